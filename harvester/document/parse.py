"""The bounded parse: an HTML text becomes one lxml tree, within limits a hostile page cannot pass."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from harvester.document.text import INVISIBLE_TAGS, strip_controls
from harvester.errors import NotHTMLError

# Bounds that keep one hostile page from costing unbounded time or memory. Each cut is reported
# in the record's warnings. Real pages stay far inside them: the largest of 730 corpus pages has
# ~10,000 elements, the deepest of the 130 readability pages nests 37 levels.
# Characters parsed at most (the CLI refuses bigger files); the rest of the page is cut.
MAX_PARSE_CHARS = 64 * 1024 * 1024
# Tags ("<" characters) parsed at most: a tree costs ~120 bytes per element, so "<a>" repeated over
# 64 MB would otherwise build 20 million elements. A million is a hundred times the largest corpus
# page and holds the 20,000 WordPress comments the comment unit reads (about 30 a comment); it
# was 3 million, for 100,000 comments, when every comment was read: each page-wide pass (the
# class/id index, the XPath scans) paid for all of them.
MAX_TAGS = 1_000_000
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
# Formatting that only styles text: in such a page, one of these without attributes opening inside
# another without attributes joins it (unclosed <span>s, a hundred thousand deep, are one span).
_INLINE_TAGS = frozenset({"span", "font", "b", "i", "em", "strong", "u", "s", "small", "big", "mark", "tt"})
# A JSON-LD block beyond this is skipped (real ones are a few kB, the biggest a few hundred), so
# is every block once the page's total is spent, objects past the count are ignored and nesting
# past the depth (real JSON-LD nests under 10 deep) is cut.
MAX_JSONLD_CHARS = 2_000_000
MAX_JSONLD_TOTAL_CHARS = 8_000_000
MAX_JSONLD_OBJECTS = 10_000
MAX_JSONLD_DEPTH = 32
MAX_MICRODATA_ITEMS = 2_000

# Something that opens a tag, a comment or a doctype: "a < b" or "<john@example.org>" does not.
_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9:-]*[\s/>]|/[a-zA-Z]|!--|!doctype)", re.IGNORECASE)
_MARKUP_SCAN = 100_000
_NOT_SPACE = re.compile(r"\S")
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_BINARY_SNIFF = 4096
_MAX_CONTROL_SHARE = 0.05
_DROPPED_TAGS = (*INVISIBLE_TAGS, "template")
# An inline SVG's ``<title>`` and ``<desc>`` name the drawing for a screen reader and as a tooltip; the page
# prints neither. Kadence's post navigation draws "Next" and an arrow holding "<title>Continue</title>" (its
# icons' default), which read as text made the next post "ContinueWhy fish oil…"
# (openlab-at-city-tech/openlab, wp-content/themes/kadence/inc/components/icons/component.php).
_SVG_LABEL_TAGS = ("title", "desc")


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
    more than MAX_TABLE_NESTING deep: their content stays in the cell holding them. And formatting
    inside formatting, both without attributes or the same tag with the same attributes
    (``<span>word <span>word ...``, ``<font color=red>`` never closed): the text is the same, and
    100,000 unclosed spans folded to 32 levels were still 100,000 elements, past what the body
    extractor reads, so half the page's text was cut.
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
        self.inlined = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        # A merged element's start and end change nothing about where text goes: the text around
        # it stays pending and is set once, not concatenated onto an lxml text per element.
        if self._open:
            parent = self._open[-1]
            if (not attrib and not parent.attrib and parent.tag == tag and parent.text is None and not len(parent)
                    and not self._text):
                self._events.append(None)  # merged: its end closes nothing
                self.merged += 1
                return
            if tag in _INLINE_TAGS and parent.tag in _INLINE_TAGS and (
                    not (attrib or parent.attrib) or (parent.tag == tag and dict(parent.attrib) == attrib)):
                self._events.append(None)
                self.inlined += 1
                return
        if (tag in _TABLE_TAGS and self._open and (tag == "table" or self._open[-1].tag in ("td", "th"))
                and sum(el.tag == "table" for el in self._open) >= MAX_TABLE_NESTING):
            self._events.append(None)  # a table in a table in a table...: its cells join the outer cell
            self.merged += 1
            return
        self._flush()
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
        element = self._events.pop()
        if element is None:
            return  # merged or never built: nothing closes in the built tree
        self._flush()
        # An element whose parent moved up was closed in the built tree already.
        if self._open and self._open[-1] is element:
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
        if target.moved or target.merged or target.inlined:
            inlined = f", {target.inlined:,} nested inline elements merged" if target.inlined else ""
            notes.append(f"markup nested deeper than {MAX_DEPTH} levels: {target.moved:,} elements moved up,"
                         f" {target.merged:,} empty wrappers merged{inlined}")
    if root is None:
        raise NotHTMLError("not HTML: empty document")
    # A template's content is inert (an HTML5 parser keeps it out of the document); libxml2 makes
    # it ordinary children, which every extractor would then read as page text. Scripts and styles
    # are never text a reader sees, and no extractor reads them but JSON-LD; they hold half the
    # text of a typical real page (median of the shared corpus), which every pass over the tree
    # and each of trafilatura's copies of it would carry along. One walk finds all three, and an SVG's labels.
    for element in [el for el in root.iterdescendants(*_DROPPED_TAGS, *_SVG_LABEL_TAGS)
                    if not is_jsonld(el) and (el.tag not in _SVG_LABEL_TAGS or _in_svg(el))]:
        element.drop_tree()
    return root


def _in_svg(element: etree._Element) -> bool:
    """An element inside an inline ``<svg>`` (the page's ``<title>`` in its head is none)."""
    return any(ancestor.tag == "svg" for ancestor in element.iterancestors())


def top_level(root: etree._Element) -> list[etree._Element]:
    """The document's top-level elements in order: the root, and the ``<html>`` elements libxml2
    starts beside it for markup after ``</html>`` (5 of the 1,099 corpus pages).

    Absolute XPaths ("/descendant::a", "/html/body/...") read those too, a walk of the root does
    not; a walk that replaces such a path goes over each of these.
    """
    return [*reversed([el for el in root.itersiblings(preceding=True) if isinstance(el.tag, str)]), root,
            *[el for el in root.itersiblings() if isinstance(el.tag, str)]]


def top_level_children(root: etree._Element, tag: str) -> list[etree._Element]:
    """``/html/<tag>``: the ``tag`` children of every top-level ``<html>`` (``body``, ``head``)."""
    return [child for top in top_level(root) if top.tag == "html" for child in top.iterchildren(tag)]


def is_jsonld(element: etree._Element) -> bool:
    return element.tag == "script" and "ld+json" in (element.get("type") or "").lower()
