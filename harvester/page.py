"""One parsed page shared by every extractor: the tree is built once, structured data read once."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from cssselect import SelectorError
from lxml import etree

from harvester.errors import NotHTMLError
from harvester.models import FieldSource

EXCLUDE_ATTR = "data-harvester-exclude"
# Bounds that keep one hostile page from costing unbounded time: a JSON-LD block beyond this is
# skipped with a warning (real ones are a few kB), and so is microdata past this many items.
MAX_JSONLD_CHARS = 2_000_000
MAX_MICRODATA_ITEMS = 2_000
_TAG = re.compile(r"<\s*[a-zA-Z!/?]")
_WS = re.compile(r"\s+")


def clean_text(text: str | None) -> str:
    """Collapse whitespace and strip characters no consumer wants (NUL, other C0 controls)."""
    if not text:
        return ""
    text = text.replace("\x00", "").replace("\u200b", "").replace("\ufeff", "")
    return _WS.sub(" ", text).strip()


def text_of(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return clean_text(element.text_content() if hasattr(element, "text_content") else "".join(element.itertext()))


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse leniently; raises NotHTMLError when the text holds no markup at all."""
    text = text.replace("\x00", "")
    if not text.strip():
        raise NotHTMLError("empty document")
    if not _TAG.search(text[:100_000]):
        raise NotHTMLError("no HTML markup (plain text?)")
    # An XML declaration with an encoding makes lxml refuse a str; drop it, we decoded already.
    if text.lstrip().startswith("<?xml"):
        text = text[text.find("?>") + 2:]
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotHTMLError(f"unparseable: {exc}") from exc
    if root is None:
        raise NotHTMLError("empty document")
    return root


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    """Schema.org types of an object, without the vocabulary prefix some sites add."""
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in _as_list(obj.get("@type"))}


@dataclass
class Page:
    """The parse of one page plus the notes extractors leave for the record's ``extraction``."""

    tree: lxml.html.HtmlElement
    url: str | None = None
    selectors: Mapping[str, str] = field(default_factory=dict)
    field_sources: dict[str, FieldSource] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, url: str | None = None, selectors: Mapping[str, str] | None = None) -> Page:
        return cls(tree=parse_html(text), url=url, selectors=dict(selectors or {}))

    def override(self, field_name: str) -> list[etree._Element] | None:
        """Elements a site profile's selector picks for a field, or None when it names none.

        Selectors are CSS, or XPath when they start with ``/`` or ``(``.
        """
        selector = self.selectors.get(field_name)
        if not selector:
            return None
        try:
            if selector.startswith(("/", "(")):
                found = self.tree.xpath(selector)
            else:
                found = self.tree.cssselect(selector)
        except (etree.XPathError, SelectorError) as exc:
            self.warn(f"selector for {field_name} is invalid: {exc}")
            return None
        return [el for el in found if isinstance(el, etree._Element)]

    def note(self, field_name: str, source: FieldSource) -> None:
        self.field_sources[field_name] = source

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def exclude(self, element: etree._Element) -> None:
        """Mark a region (comments, related posts, share bar) that must stay out of the body."""
        element.set(EXCLUDE_ATTR, "1")

    @cached_property
    def base_url(self) -> str | None:
        """The URL relative links resolve against: ``<base href>`` resolved against the page URL."""
        for href in self.tree.xpath("//head/base/@href | //base/@href")[:1]:
            href = href.strip()
            if href and urlsplit(urljoin(self.url or "", href)).scheme in ("http", "https"):
                return urljoin(self.url or "", href)
        return self.url

    def absolute(self, href: str | None) -> str | None:
        """Resolve a link; anything not http(s) (javascript:, mailto:, data:) becomes None."""
        if not href:
            return None
        href = href.strip().replace("\n", "").replace("\t", "")
        if not href or href.startswith("#"):
            return None
        try:
            resolved = urljoin(self.base_url or "", href)
        except ValueError:
            return None
        if urlsplit(resolved).scheme not in ("http", "https"):
            return None
        return resolved

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-cased name, property or itemprop, in page order."""
        found: dict[str, list[str]] = {}
        for el in self.tree.iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            content = clean_text(content)
            if not content:
                continue
            for key in (el.get("property"), el.get("name"), el.get("itemprop")):
                if key:
                    found.setdefault(key.strip().lower(), []).append(content)
        return found

    def meta_first(self, *names: str) -> str | None:
        for name in names:
            values = self.meta.get(name)
            if values:
                return values[0]
        return None

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object of the page, ``@graph`` members and list items flattened."""
        objects: list[dict[str, Any]] = []
        for script in self.tree.xpath("//script[@type]"):
            if "ld+json" not in (script.get("type") or "").lower():
                continue
            raw = script.text or ""
            if len(raw) > MAX_JSONLD_CHARS:
                self.warn(f"json-ld block of {len(raw)} characters skipped")
                continue
            raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
            if not raw:
                continue
            try:
                data = json.loads(raw, strict=False)
            except (ValueError, RecursionError):
                self.warn("invalid json-ld block skipped")
                continue
            stack = _as_list(data)
            while stack:
                item = stack.pop(0)
                if not isinstance(item, dict):
                    continue
                if "@graph" in item:
                    stack.extend(_as_list(item["@graph"]))
                if "@type" in item:
                    objects.append(item)
        return objects

    def jsonld_of_type(self, *types: str) -> list[dict[str, Any]]:
        wanted = set(types)
        return [obj for obj in self.jsonld if jsonld_types(obj) & wanted]

    @cached_property
    def microdata(self) -> list[dict[str, Any]]:
        """Top-level microdata items as ``{"@type": [...], prop: [values]}`` (nested items as dicts)."""
        items: list[dict[str, Any]] = []
        for el in self.tree.xpath("//*[@itemscope][not(@itemprop)]")[:MAX_MICRODATA_ITEMS]:
            items.append(self._microdata_item(el, depth=0))
        return items

    def microdata_of_type(self, *types: str) -> list[dict[str, Any]]:
        wanted = set(types)
        return [item for item in self._all_microdata() if set(item["@type"]) & wanted]

    def _all_microdata(self) -> Iterator[dict[str, Any]]:
        stack = list(self.microdata)
        while stack:
            item = stack.pop(0)
            yield item
            for values in item.values():
                if isinstance(values, list):
                    stack.extend(v for v in values if isinstance(v, dict))

    def _microdata_item(self, scope: etree._Element, depth: int) -> dict[str, Any]:
        types = [t.rsplit("/", 1)[-1] for t in (scope.get("itemtype") or "").split()]
        item: dict[str, Any] = {"@type": types, "@element": scope}
        for el in self._item_properties(scope):
            if depth < 8 and el.get("itemscope") is not None:
                value: Any = self._microdata_item(el, depth + 1)
            else:
                value = self._microdata_value(el)
            if value in (None, ""):
                continue
            for name in (el.get("itemprop") or "").split():
                item.setdefault(name, []).append(value)
        return item

    @staticmethod
    def _item_properties(scope: etree._Element) -> Iterator[etree._Element]:
        """Descendants carrying ``itemprop`` whose nearest enclosing item is ``scope``."""
        stack = list(scope)
        while stack:
            el = stack.pop(0)
            if not isinstance(el.tag, str):
                continue
            if el.get("itemprop") is not None:
                yield el
            if el.get("itemscope") is None:
                stack[0:0] = list(el)

    def _microdata_value(self, el: etree._Element) -> str | None:
        tag = el.tag
        if tag == "meta":
            return clean_text(el.get("content"))
        if tag in ("a", "link", "area"):
            return self.absolute(el.get("href"))
        if tag in ("img", "audio", "video", "source", "iframe", "embed"):
            return self.absolute(el.get("src"))
        if tag == "time":
            return clean_text(el.get("datetime") or text_of(el))
        if el.get("content") is not None:
            return clean_text(el.get("content"))
        return text_of(el)
