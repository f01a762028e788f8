"""The document layer: what a page is (its bounded parse, text, structured data, claimed regions).

No field logic lives here; field units (``harvester.fields``) read what this layer computes once.
"""

from harvester.document.page import SUBHEADING_TAGS, Page, normalize_language
from harvester.document.parse import parse_html
from harvester.document.regions import Regions
from harvester.document.structured import JsonLd, jsonld_types, text_value, url_value
from harvester.document.text import clean_text, document_position, inside, strip_controls, text_of, word_count

__all__ = ["SUBHEADING_TAGS", "JsonLd", "Page", "Regions", "clean_text", "document_position", "inside", "jsonld_types",
           "normalize_language", "parse_html", "strip_controls", "text_of", "text_value", "url_value", "word_count"]
