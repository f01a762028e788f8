"""Structured data of one page: JSON-LD blocks read leniently, and the objects indexed by ``@id``.

Publishers describe one page with several JSON-LD objects (the article, its WebPage, the
WebSite, the publisher, each author) tied together by ``@id`` references, and some also list
teaser articles: ``JsonLd`` chooses "the" article object and resolves references, once a page
(``Page.ld``).
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from harvester.document.text import clean_text, strip_controls

_JSON = json.JSONDecoder(strict=False)
# Between and around JSON values: whitespace, stray commas, JS comment openers and the CDATA
# wrappers some CMSs put around the whole block.
_JSON_SEPARATORS = re.compile(r"(?:[\s,;]|//|<!\[CDATA\[|\]\]>)+")


def json_values(raw: str) -> tuple[list[Any], bool]:
    """The JSON values in a block, in order, and whether all of it parsed."""
    values: list[Any] = []
    position = _skip_separators(raw, 0)
    while position < len(raw):
        try:
            value, position = _JSON.raw_decode(raw, position)
        except (ValueError, RecursionError):
            return values, False
        values.append(value)
        position = _skip_separators(raw, position)
    return values, True


def _skip_separators(raw: str, position: int) -> int:
    match = _JSON_SEPARATORS.match(raw, position)
    return match.end() if match else position


def clean_json(values: list[Any], max_depth: int) -> int:
    """Strip control characters from every string and cut nesting past ``max_depth``, in place.

    Returns how many values the depth cap removed. Iterative, so depth costs nothing here, and
    extractors that recurse over what is left cannot hit Python's recursion limit.
    """
    cut = 0
    stack: list[tuple[Any, int]] = [(values, 0)]
    while stack:
        node, depth = stack.pop()
        pairs = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(pairs):
            if isinstance(value, str):
                node[key] = strip_controls(value)
            elif isinstance(value, (dict, list)):
                if depth == max_depth:
                    node[key] = None
                    cut += 1
                else:
                    stack.append((value, depth + 1))
    return cut


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    """Schema.org types of an object, without the vocabulary prefix some sites add. Schema.org's
    context aliases "type" to "@type": arteradio's publisher ``{"type": "Person", "name": …}``."""
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in as_list(obj.get("@type", obj.get("type")))}


ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "AdvertiserContentArticle",
    "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting",
    "SocialMediaPosting", "DiscussionForumPosting", "Blog", "HowTo", "Recipe", "Review", "VideoObject",
    "Chapter", "CreativeWork",
})
PAGE_TYPES = frozenset({
    "WebPage", "MedicalWebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage", "FAQPage",
    "MedicalCondition", "HealthTopicContent",
})
PERSON_TYPES = frozenset({"Person"})


class JsonLd:
    """JSON-LD objects of one page, indexed by ``@id``, with the main object chosen."""

    def __init__(self, objects: list[dict[str, Any]]) -> None:
        self.objects = objects
        self.by_id: dict[str, dict[str, Any]] = {}
        for obj in self.objects:
            ident = obj.get("@id")
            if isinstance(ident, str) and ident not in self.by_id:
                self.by_id[ident] = obj
        articles = [obj for obj in self.objects if jsonld_types(obj) & ARTICLE_TYPES]
        pages = [obj for obj in self.objects if jsonld_types(obj) & PAGE_TYPES]
        # Teaser lists repeat the Article type; the one carrying the most of what a full article
        # declares is the page's own. Other article objects stand in for missing values only when
        # they describe the same URL (two plugins describing one article), never a teaser's.
        articles.sort(key=_completeness, reverse=True)
        if articles:
            own = url_value(articles[0].get("url"))
            articles = [articles[0], *(obj for obj in articles[1:] if url_value(obj.get("url")) in (None, own))]
        self.main: list[dict[str, Any]] = articles + pages

    def resolve(self, value: Any) -> Any:
        """Follow an ``{"@id": ...}`` reference to the object the page defines under that id."""
        if isinstance(value, dict) and "@id" in value and len(value) <= 2 and "name" not in value:
            target = self.by_id.get(str(value["@id"]))
            if target is not None:
                return target
        return value

    def first(self, key: str) -> Any:
        """The first main object's value for ``key`` (references resolved), else None."""
        for obj in self.main:
            value = obj.get(key)
            if value not in (None, "", []):
                return self.resolve(value)
        return None

    def first_text(self, *keys: str) -> str | None:
        for key in keys:
            text = text_value(self.first(key))
            if text:
                return text
        return None

    def of_type(self, *types: str) -> list[dict[str, Any]]:
        wanted = set(types)
        return [obj for obj in self.objects if jsonld_types(obj) & wanted]


def _completeness(obj: dict[str, Any]) -> int:
    return sum(1 for key in ("headline", "author", "datePublished", "articleBody", "mainEntityOfPage") if obj.get(key))


def text_value(value: Any) -> str | None:
    """A plain string out of a JSON-LD value: strings, ``{"@value"}``/``{"name"}`` objects, lists."""
    if isinstance(value, list):
        for item in value:
            text = text_value(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        value = value.get("@value", value.get("name"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    # JSON-LD is written by templates that often HTML-escape twice.
    return clean_text(html.unescape(html.unescape(value))) or None


def url_value(value: Any) -> str | None:
    """A URL out of a JSON-LD value: a string, or an object's ``url`` / ``@id``."""
    if isinstance(value, list):
        for item in value:
            url = url_value(item)
            if url:
                return url
        return None
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
        if isinstance(value, (dict, list)):
            return url_value(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


class ScriptStamp(NamedTuple):
    """A publication stamp a platform's template writes into a script variable (see
    ``data/dates/script_stamps.txt``): the value as written, and the zone the platform's day is read in."""

    value: str
    zone: str


@lru_cache(maxsize=1)
def _script_stamp_entries() -> dict[str, tuple[tuple[str, str], ...]]:
    """``data/dates/script_stamps.txt`` by host: the (variable, zone) pairs in the file's order."""
    entries: dict[str, tuple[tuple[str, str], ...]] = {}
    text = (resources.files("harvester") / "data" / "dates" / "script_stamps.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if len(entry := line.split("#", 1)[0].split()) == 3:
            host, variable, zone = entry
            entries[host.lower()] = (*entries.get(host.lower(), ()), (variable, zone))
    return entries


def script_stamp_variables(host: str | None) -> tuple[tuple[str, str], ...]:
    """The (variable, zone) pairs listed for ``host`` or a domain it is under; none for most hosts."""
    labels = (host or "").lower().split(".")
    entries = _script_stamp_entries()
    return next((found for index in range(len(labels) - 1)
                 if (found := entries.get(".".join(labels[index:])))), ())


def script_variable(raw: str, name: str) -> str | None:
    """The non-empty string or number a script assigns to ``name`` by ``var``/``let``/``const``
    (``var ct = "1581517074";``); an object key of that name (WeChat's ``ct : ""``) is no assignment."""
    pattern = rf"\b(?:var|let|const)\s+{re.escape(name)}\s*=\s*(?:\"([^\"\n]+)\"|'([^'\n]+)'|(\d+)\b)"
    match = re.search(pattern, raw)
    return next((group.strip() for group in match.groups() if group and group.strip()), None) if match else None
