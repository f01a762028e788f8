"""The catalogue of field units, in the order they are declared (``base.order`` adds needs).

Adding a field: write its unit (a function ``(page, values) -> {field: value}``) in a module of
its own, declare it here with what it fills and needs, add the field to ``ArticleRecord``,
regenerate the schema (``harvester schema``), and test the unit on a page. Nothing else changes:
the runner orders it, isolates its errors and ``core`` builds the record from the filled values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from harvester.document import Page
from harvester.fields.base import FieldUnit, Values, order
from harvester.fields.body import Body, extract_body
from harvester.fields.breadcrumbs import extract_breadcrumbs
from harvester.fields.byline import extract_byline
from harvester.fields.caveats import extract_caveats
from harvester.fields.comments import extract_comments
from harvester.fields.metadata import Metadata, extract_metadata
from harvester.fields.related import extract_related_posts
from harvester.models import Byline


def _comments(page: Page, values: Mapping[str, Any]) -> Values:
    return {"comments": extract_comments(page)}


def _related(page: Page, values: Mapping[str, Any]) -> Values:
    return {"related_posts": extract_related_posts(page)}


def _metadata(page: Page, values: Mapping[str, Any]) -> Values:
    return _metadata_values(extract_metadata(page))


def _metadata_values(meta: Metadata) -> Values:
    return {"headline": meta.headline, "description": meta.description, "site_name": meta.site_name,
            "language": meta.language, "canonical_url": meta.canonical_url, "tags": meta.tags}


def _breadcrumbs(page: Page, values: Mapping[str, Any]) -> Values:
    return {"breadcrumbs": extract_breadcrumbs(page)}


def _byline(page: Page, values: Mapping[str, Any]) -> Values:
    return {"byline": extract_byline(page)}


def _body(page: Page, values: Mapping[str, Any]) -> Values:
    return _body_values(extract_body(page))


def _body_values(body: Body) -> Values:
    return {"sections": body.sections, "body_text": body.body_text, "sources": body.sources,
            "images": body.images, "_leads": body.leads}


def _caveats(page: Page, values: Mapping[str, Any]) -> Values:
    return {"caveats": extract_caveats(values["sections"], values["_leads"])}


UNITS: tuple[FieldUnit, ...] = tuple(order([
    FieldUnit("comments", ("comments",), _comments, lambda: {"comments": []}, claims=True,
              selectors=("comments",)),
    FieldUnit("related_posts", ("related_posts",), _related, lambda: {"related_posts": []}, claims=True,
              selectors=("related_posts",)),
    FieldUnit("metadata", ("headline", "description", "site_name", "language", "canonical_url", "tags"),
              _metadata, lambda: _metadata_values(Metadata()), reads_claims=True, selectors=("headline", "tags")),
    FieldUnit("breadcrumbs", ("breadcrumbs",), _breadcrumbs, lambda: {"breadcrumbs": []}, reads_claims=True,
              selectors=("breadcrumbs",)),
    FieldUnit("byline", ("byline",), _byline, lambda: {"byline": Byline()}, reads_claims=True,
              selectors=("authors", "published_at", "updated_at")),
    FieldUnit("body", ("sections", "body_text", "sources", "images", "_leads"), _body,
              lambda: _body_values(Body()), reads_claims=True, selectors=("body",)),
    FieldUnit("caveats", ("caveats",), _caveats, lambda: {"caveats": []}, needs=("sections", "_leads")),
]))
