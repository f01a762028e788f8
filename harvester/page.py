"""One parsed page shared by every extractor: the tree is built once, structured data read once."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable, Iterator, Mapping
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

# Bounds that keep one hostile page from costing unbounded time or memory. Each cut is reported
# in the record's warnings. Real pages stay far inside them: the largest of 730 corpus pages has
# ~10,000 elements, the deepest of the 130 readability pages nests 37 levels.
# Characters parsed at most (the CLI refuses bigger files); the rest of the page is cut.
MAX_PARSE_CHARS = 64 * 1024 * 1024
# Tags parsed at most: a tree costs ~120 bytes per element, so "<a>" repeated over 64 MB would
# otherwise build 20 million elements. 3 million tags hold 100,000 WordPress comments.
MAX_TAGS = 3_000_000
# libxml2's own limit for ordinary parses; deeper markup (unclosed tags everywhere, 100,000 nested
# divs) is folded back up by FOLD_LEVELS instead of libxml2 silently dropping the rest of the page.
MAX_DEPTH = 256
# The fallback parse of such a page folds it much flatter: nothing on it is real layout any more,
# and every walk up the tree (trafilatura's pruning, jusText's paths, region tests) costs its depth.
FOLDED_DEPTH = 32
FOLD_LEVELS = FOLDED_DEPTH // 2
# Tables nested deeper than this in such a page are layout, not data: their cells' content joins
# the cell they sit in (trafilatura reads every nested table again for each table holding it).
MAX_TABLE_NESTING = 4
_TABLE_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"})
# A JSON-LD block beyond this is skipped (real ones are a few kB, the biggest a few hundred), so
# is every block once the page's total is spent, objects past the count are ignored and nesting
# past the depth (real JSON-LD nests under 10 deep) is cut.
MAX_JSONLD_CHARS = 2_000_000
MAX_JSONLD_TOTAL_CHARS = 8_000_000
MAX_JSONLD_OBJECTS = 10_000
MAX_JSONLD_DEPTH = 32
MAX_MICRODATA_ITEMS = 2_000
# Headings of one level looked at (Page.headings): a real page has tens, a hostile one millions.
MAX_HEADINGS = 400

# Something that opens a tag, a comment or a doctype: "a < b" or "<john@example.org>" does not.
_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9:-]*[\s/>]|/[a-zA-Z]|!--|!doctype)", re.IGNORECASE)
_MARKUP_SCAN = 100_000
_NOT_SPACE = re.compile(r"\S")
# C0 and C1 controls other than tab and line breaks, lone surrogates and the two noncharacters:
# no consumer wants them, and lxml refuses most of them in the strings it is handed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_BINARY_SNIFF = 4096
_MAX_CONTROL_SHARE = 0.05
# Raw-text elements: their content is one text node, never markup, and never shown.
_INVISIBLE_TAGS = ("script", "style")
# Headings below the page title, in level order (Page.headings).
SUBHEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_DROPPED_TAGS = (*_INVISIBLE_TAGS, "template")
# Location paths start with /descendant:: throughout: libxml2 evaluates "//x[predicate]" per
# parent and merges the node sets in quadratic time (4,000 WordPress comments: 5 s, not 0.05 s).
# Every element with a class or id, in document order (see Page.named).
_NAMED = etree.XPath("/descendant::*[@class or @id]")
_VISIBLE_TEXT = etree.XPath(
    "descendant::text()[not(parent::script or parent::style)]", smart_strings=False
)
_URL_BLANKS = re.compile(r"[\t\n\r]")
_JSON = json.JSONDecoder(strict=False)
# Between and around JSON values: whitespace, stray commas, JS comment openers and the CDATA
# wrappers some CMSs put around the whole block.
_JSON_SEPARATORS = re.compile(r"(?:[\s,;]|//|<!\[CDATA\[|\]\]>)+")


def strip_controls(text: str) -> str:
    """Drop control characters, keeping tab and line breaks; a form feed (HTML whitespace) is a space."""
    return _CONTROLS.sub("", text.replace("\x0c", " "))


def clean_text(text: str | None) -> str:
    """Collapse whitespace and strip characters no consumer wants (NUL, other controls, ZWSP, BOM)."""
    if not text:
        return ""
    # str.split() splits on exactly what the regex \s matches, at several times its speed.
    text = " ".join(text.replace("\u200b", "").replace("\ufeff", "").split())
    if not text.isprintable():  # one C pass; only then look for the controls themselves
        text = " ".join(_CONTROLS.sub("", text).split())
    return text


def inside(element: etree._Element, regions: set[etree._Element], limit: int = 60) -> bool:
    """Whether an ancestor within ``limit`` levels is one of ``regions``.

    The limit keeps a check per element cheap on hostile nesting; regions that matter (comment
    areas, related blocks, breadcrumb trails) sit close above what they hold.
    """
    parent = element.getparent()
    for _ in range(limit):
        if parent is None:
            return False
        if parent in regions:
            return True
        parent = parent.getparent()
    return False


def text_of(element: etree._Element | None) -> str:
    """The element's visible text: script and style contents are not text a reader sees."""
    if element is None:
        return ""
    if not isinstance(element.tag, str):
        return clean_text(element.text)
    if next(element.iter(*_INVISIBLE_TAGS), None) is not None:
        return clean_text("".join(_VISIBLE_TEXT(element)))
    if isinstance(element, lxml.html.HtmlElement):
        return clean_text(element.text_content())
    return clean_text("".join(element.itertext()))


class _DepthCappedTarget:
    """Parser target that builds the tree lxml would, but never deeper than FOLDED_DEPTH.

    libxml2 stops building its tree at a fixed depth and loses the rest of the page; its event
    interface has no such limit, so the fallback parse builds the tree from events. When an
    element would open below the cap, the element it opens in moves up (with what it holds so
    far) to the ancestor FOLD_LEVELS higher: every element keeps its own children and the page
    keeps all its text in document order; only that one parent link is shortened.

    An element without attributes opening as the first content of one of the same tag, also
    without attributes, is merged into it: ``<div><div><div>...`` a hundred thousand deep is one
    div, not a hundred thousand elements every later walk would step through. What the merged
    element holds stays, in order, in the one kept. Likewise the table elements of tables nested
    more than MAX_TABLE_NESTING deep: their content stays in the cell holding them.
    """

    def __init__(self) -> None:
        self._parser = html_parser()
        self._root: lxml.html.HtmlElement | None = None
        self._open: list[etree._Element] = []  # the built tree's open elements, outermost first
        self._events: list[etree._Element | None] = []  # per element open in the event stream
        self._last: etree._Element | None = None  # last child closed in the open element: owns the tail
        self._text: list[str] = []  # text events are joined once, not concatenated one by one
        self.moved = 0
        self.merged = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._flush()
        if not attrib and self._open:
            parent = self._open[-1]
            if parent.tag == tag and not parent.attrib and parent.text is None and not len(parent):
                self._events.append(None)  # merged: its end closes nothing
                self.merged += 1
                return
        if (tag in _TABLE_TAGS and self._open and (tag == "table" or self._open[-1].tag in ("td", "th"))
                and sum(el.tag == "table" for el in self._open) >= MAX_TABLE_NESTING):
            self._events.append(None)  # a table in a table in a table...: its cells join the outer cell
            self.merged += 1
            return
        if len(self._open) >= FOLDED_DEPTH:
            current, ancestor = self._open[-1], self._open[-FOLD_LEVELS - 2]
            ancestor.append(current)
            del self._open[-FOLD_LEVELS - 1:-1]
            self.moved += 1
        element = self._make(tag, attrib)
        if element is not None:
            self._open.append(element)
            self._last = None
        self._events.append(element)

    def _make(self, tag: str, attrib: dict[str, str]) -> etree._Element | None:
        for attributes in (attrib, None):
            if attributes is None:
                # lxml refuses attribute names libxml2 lets through ("a<b", "xmlns:x"); drop those.
                attributes = {name: value for name, value in attrib.items() if _valid_attribute(name, value)}
            try:
                if not self._open:
                    if self._root is not None:
                        return None
                    self._root = self._parser.makeelement(tag, attributes)
                    return self._root
                return etree.SubElement(self._open[-1], tag, attributes)
            except ValueError:
                continue
        return None

    def end(self, tag: str) -> None:
        self._flush()
        element = self._events.pop()
        # An element whose parent moved up was closed in the built tree already.
        if element is not None and self._open and self._open[-1] is element:
            self._last = self._open.pop()

    def data(self, data: str) -> None:
        self._text.append(data)

    def _flush(self) -> None:
        if not self._text:
            return
        text = "".join(self._text)
        self._text.clear()
        if self._last is self._root:
            return  # after </html>: nothing a page shows
        if self._last is not None:
            self._last.tail = (self._last.tail or "") + text
        elif self._open:
            self._open[-1].text = (self._open[-1].text or "") + text

    def close(self) -> lxml.html.HtmlElement | None:
        self._flush()
        return self._root


def _valid_attribute(name: str, value: str) -> bool:
    try:
        etree.Element("x", {name: value})
    except ValueError:
        return False
    return True


def _nth_index(text: str, char: str, n: int) -> int:
    """Index of the n-th ``char`` (n >= 1) in a text known to hold more than n of them."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if text.count(char, 0, middle) >= n:
            high = middle
        else:
            low = middle + 1
    return low - 1


def _looks_binary(sample: str) -> bool:
    return len(_BINARY_CONTROLS.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)


def html_parser(**options: bool) -> lxml.html.HTMLParser:
    """lxml's HTML parser, making every element an ``HtmlElement`` without calling back into Python.

    lxml.html's own lookup is a Python method run for every element proxy lxml creates, by us
    and by trafilatura on its copy of the tree (a copy keeps its parser): over a million calls,
    a tenth of the extraction time. The special classes it picks (form, input, label) are used
    by neither.
    """
    parser = lxml.html.HTMLParser(**options)
    parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def parse_html(text: str, warnings: list[str] | None = None) -> lxml.html.HtmlElement:
    """Parse leniently within the module's bounds; raises NotHTMLError when the text holds no markup.

    What a bound cuts or flattens is appended to ``warnings`` when given: a record made from a
    partial parse must say so.
    """
    notes = warnings if warnings is not None else []
    if len(text) > MAX_PARSE_CHARS:
        cut = text.rfind("<", 0, MAX_PARSE_CHARS)
        text = text[:cut if cut > 0 else MAX_PARSE_CHARS]
        notes.append(f"page cut to its first {MAX_PARSE_CHARS:,} characters")
    if _looks_binary(text[:_BINARY_SNIFF]):
        raise NotHTMLError("not HTML: binary data")
    text = strip_controls(text)
    first = _NOT_SPACE.search(text)
    if first is None:
        raise NotHTMLError("not HTML: empty document")
    start = first.start()
    if not _MARKUP.search(text, start, start + _MARKUP_SCAN):
        raise NotHTMLError("not HTML: no markup (plain text?)")
    # An XML declaration with an encoding makes lxml refuse a str; drop it, we decoded already.
    if text.startswith("<?xml", start):
        text = text[max(text.find("?>", start), start) + 2:]
    if len(text) > MAX_TAGS and text.count("<") > MAX_TAGS:  # a count costs 0.1 ms on a real page
        text = text[:_nth_index(text, "<", MAX_TAGS + 1)]
        notes.append(f"page cut after its first {MAX_TAGS:,} tags")
    parser = html_parser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotHTMLError(f"not HTML: {exc}") from exc
    if parser.error_log.filter_types([etree.ErrorTypes.ERR_RESOURCE_LIMIT]):
        # Too deep, or a text node over 10 MB: libxml2 stopped there. Parse again from events.
        target = _DepthCappedTarget()
        events = etree.HTMLParser(target=target, huge_tree=True, remove_comments=True, remove_pis=True)
        try:
            root = etree.fromstring(text, events)
        except (etree.ParserError, ValueError, AssertionError) as exc:
            raise NotHTMLError(f"not HTML: {exc}") from exc
        if target.moved or target.merged:
            notes.append(f"markup nested deeper than {MAX_DEPTH} levels: {target.moved:,} elements moved up,"
                         f" {target.merged:,} empty wrappers merged")
    if root is None:
        raise NotHTMLError("not HTML: empty document")
    # A template's content is inert (an HTML5 parser keeps it out of the document); libxml2 makes
    # it ordinary children, which every extractor would then read as page text. Scripts and styles
    # are never text a reader sees, and no extractor reads them but JSON-LD; they hold half the
    # text of a typical real page (median of the shared corpus), which every pass over the tree
    # and each of trafilatura's copies of it would carry along. One walk finds all three.
    for element in [el for el in root.iterdescendants(_DROPPED_TAGS) if not _is_jsonld(el)]:
        element.drop_tree()
    return root


def _is_jsonld(element: etree._Element) -> bool:
    return element.tag == "script" and "ld+json" in (element.get("type") or "").lower()


def _http_url(base: str, href: str) -> str | None:
    try:
        resolved = urljoin(base, href)
        parts = urlsplit(resolved)
    except ValueError:  # a malformed IPv6 host, "http://[oops/"
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return resolved


def _json_values(raw: str) -> tuple[list[Any], bool]:
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


def _clean_json(values: list[Any]) -> int:
    """Strip control characters from every string and cut nesting past MAX_JSONLD_DEPTH, in place.

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
                if depth == MAX_JSONLD_DEPTH:
                    node[key] = None
                    cut += 1
                else:
                    stack.append((value, depth + 1))
    return cut


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
    # Regions marked by exclude(), in the order marked: the body extractor prunes them by path.
    excluded: list[etree._Element] = field(default_factory=list)
    # At most this many elements (None: not known), so that a count of elements can be skipped
    # where it could not reach its limit: a count costs a tree walk.
    max_elements: int | None = None

    @classmethod
    def from_text(cls, text: str, url: str | None = None, selectors: Mapping[str, str] | None = None) -> Page:
        warnings: list[str] = []
        tree = parse_html(text, warnings)
        # Each "<" opens at most one element, and the parser implies at most one more per tag
        # (a <p> around stray text) and the document's html, head and body.
        return cls(tree=tree, url=url, selectors=dict(selectors or {}), warnings=warnings,
                   max_elements=2 * text.count("<") + 3)

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
        self.excluded.append(element)

    @cached_property
    def base_url(self) -> str | None:
        """The URL relative links resolve against: ``<base href>`` resolved against the page URL."""
        for href in self.tree.xpath("(/descendant::base[@href])[1]/@href"):
            if resolved := _http_url(self.url or "", _URL_BLANKS.sub("", href).strip()):
                return resolved
        return self.url

    def absolute(self, href: str | None) -> str | None:
        """Resolve a link; anything but an http(s) URL with a host (javascript:, data:) becomes None."""
        if not href:
            return None
        # Browsers drop tabs and line breaks anywhere in a URL ("java\tscript:" is javascript:).
        href = _URL_BLANKS.sub("", href).strip()
        if not href or href.startswith("#"):
            return None
        return _http_url(self.base_url or "", href)

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
        """Every JSON-LD object of the page, ``@graph`` members and list items flattened.

        Strings come without control characters (a ``\\u0000`` escape decodes to NUL). Blocks
        holding several concatenated objects, or trailing junk, yield what parses.
        """
        objects: list[dict[str, Any]] = []
        budget = MAX_JSONLD_TOTAL_CHARS
        for script in self.tree.xpath("/descendant::script[@type]"):
            if not _is_jsonld(script):
                continue
            raw = script.text or ""
            if len(raw) > min(MAX_JSONLD_CHARS, budget):
                self.warn(f"json-ld block of {len(raw):,} characters skipped (over the size limit)")
                continue
            budget -= len(raw)
            values, complete = _json_values(raw.strip().removeprefix("<!--").removesuffix("-->"))
            if not complete:
                self.warn("invalid json-ld block skipped" if not values else "invalid json-ld block partly read")
            if _clean_json(values):
                self.warn(f"json-ld nested deeper than {MAX_JSONLD_DEPTH} levels cut")
            stack = deque(values)
            while stack:
                item = stack.popleft()
                if isinstance(item, list):
                    stack.extend(item)
                    continue
                if not isinstance(item, dict):
                    continue
                if "@graph" in item:
                    stack.extend(_as_list(item["@graph"]))
                if "@type" in item:
                    if len(objects) == MAX_JSONLD_OBJECTS:
                        self.warn(f"json-ld objects past the first {MAX_JSONLD_OBJECTS:,} ignored")
                        return objects
                    objects.append(item)
        return objects

    def jsonld_of_type(self, *types: str) -> list[dict[str, Any]]:
        wanted = set(types)
        return [obj for obj in self.jsonld if jsonld_types(obj) & wanted]

    @cached_property
    def headings(self) -> dict[str, list[etree._Element]]:
        """The page's first MAX_HEADINGS ``h2`` to ``h6`` of each level, by tag, in document order.

        The comment and related-post extractors both look for blocks under headings, level by
        level. One walk for all five levels costs about half what five ``//hN`` queries cost
        (0.07 against 0.125 ms on a light page), and each extractor ran those queries itself.
        """
        found: dict[str, list[etree._Element]] = {tag: [] for tag in SUBHEADING_TAGS}
        for el in self.tree.iter(*SUBHEADING_TAGS):
            if len(level := found[el.tag]) < MAX_HEADINGS:
                level.append(el)
        return found

    @cached_property
    def named(self) -> list[tuple[etree._Element, str, str]]:
        """Every element with a class or id, as (element, class, id), in document order.

        Several extractors look for elements by what their class or id says (markup conventions,
        related-post blocks, comment parts); each walk of the tree for that cost 0.3-0.4 ms a page,
        so they all pick from this one.
        """
        return [(el, el.get("class") or "", el.get("id") or "") for el in _NAMED(self.tree)]

    def named_where(
        self, class_test: Callable[[str], bool], id_test: Callable[[str], bool] | None = None
    ) -> list[etree._Element]:
        """Elements whose class passes ``class_test`` or whose id passes ``id_test`` (default: the
        same), in document order; each distinct value is tested once."""
        id_test = id_test or class_test
        classes = {value for value in {name for _, name, _ in self.named} if value and class_test(value)}
        ids = {value for value in {name for _, _, name in self.named} if value and id_test(value)}
        if not classes and not ids:
            return []
        return [el for el, class_name, id_name in self.named if class_name in classes or id_name in ids]

    @cached_property
    def microdata(self) -> list[dict[str, Any]]:
        """Top-level microdata items as ``{"@type": [...], prop: [values]}`` (nested items as dicts)."""
        scopes = self.tree.xpath("/descendant::*[@itemscope][not(@itemprop) or not(ancestor::*[@itemscope])]")
        if len(scopes) > MAX_MICRODATA_ITEMS:
            self.warn(f"microdata items past the first {MAX_MICRODATA_ITEMS:,} ignored")
        return [self._microdata_item(el, depth=0) for el in scopes[:MAX_MICRODATA_ITEMS]]

    def microdata_of_type(self, *types: str) -> list[dict[str, Any]]:
        wanted = set(types)
        return [item for item in self._all_microdata() if set(item["@type"]) & wanted]

    def _all_microdata(self) -> Iterator[dict[str, Any]]:
        stack = deque(self.microdata)
        while stack:
            item = stack.popleft()
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
        stack = list(reversed(scope))
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str):
                continue
            if el.get("itemprop") is not None:
                yield el
            if el.get("itemscope") is None:
                stack.extend(reversed(el))

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
