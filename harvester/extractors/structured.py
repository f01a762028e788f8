"""Structured data as the metadata, byline and breadcrumb extractors read it.

Publishers describe one page with several JSON-LD objects (the article, its WebPage, the
WebSite, the publisher, each author) tied together by ``@id`` references, and some also list
teaser articles: ``JsonLd`` chooses "the" article object and resolves references, once.
``meta_values`` reads meta tags whose ``property`` lists several names at once (RDFa allows
``property="og:title twitter:title"``).
"""

from __future__ import annotations

import html
import weakref
from typing import Any

from lxml import etree

from harvester.page import Page, clean_text, jsonld_types

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

    def __init__(self, page: Page) -> None:
        self.objects = page.jsonld
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


_JSONLD: weakref.WeakKeyDictionary[etree._Element, JsonLd] = weakref.WeakKeyDictionary()


def jsonld_of(page: Page) -> JsonLd:
    """The page's JSON-LD, indexed once and shared by the extractors of the same parse."""
    found = _JSONLD.get(page.tree)
    if found is None:
        found = _JSONLD[page.tree] = JsonLd(page)
    return found


def meta_values(page: Page, *names: str) -> list[str]:
    """Contents of the first named meta tag present, also matching space-separated property lists."""
    index = _META_INDEX.get(page.tree)
    if index is None:
        index = _META_INDEX[page.tree] = {}
        for key, values in page.meta.items():
            for name in key.split():
                index.setdefault(name, []).extend(values)
    for name in names:
        if values := index.get(name):
            return values
    return []


def meta_first(page: Page, *names: str) -> str | None:
    values = meta_values(page, *names)
    return values[0] if values else None


_META_INDEX: weakref.WeakKeyDictionary[etree._Element, dict[str, list[str]]] = weakref.WeakKeyDictionary()


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
