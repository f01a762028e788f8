"""Where the extracted main text sits in the page, and what trafilatura leaves out around it.

trafilatura returns text, not the page elements it came from. The body is located again by its
texts: the first and the last page element whose text opens like one of the body's paragraphs,
headings or quotes bound it. Around that region two things trafilatura misses on common blog
markup are recovered:

- lead paragraphs written as ``<div>`` text (the Blogger editor) before ``<p>`` paragraphs:
  trafilatura reads div text only when a page has little ``<p>`` text;
- a "Sources" / "References" / "Quellen" list of links right after the text: trafilatura drops
  link-only lists as navigation, but there they are the article's citations;
- the lead (standfirst, teaser, intro, "chapo") printed between the headline and the body's
  first paragraph: trafilatura takes the container of the paragraphs and leaves out the article
  header it sits in, as it cannot tell a lead from the kicker, byline and share bar around it.
  The headline's position and the located body bound where a lead can be.

And one thing trafilatura keeps: the site's boxes between the paragraphs (a newsletter sign-up, a
paywall notice, a "support us" plea). Their words say what they are, but an article may say the
same words in its own paragraphs; what tells them apart is where the page prints them: a box is
an element of its own, the article's paragraphs are siblings of one kind (``boxed``).

Cost: one pass over the page's paragraph-like elements reading at most ~80 characters of each,
then sibling walks bounded by MAX_SIBLINGS.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from harvester.document import Page, Regions, text_of
from harvester.document.markup import in_page_furniture, out_of_sight

__all__ = [
    "MissedHeading", "Region", "ReferenceList", "boxed", "elements_between", "extend_start", "locate_body",
    "missed_headings", "missed_lead", "missed_references", "text_key",
]

# Page elements compared with the body's texts; past it, the end of the body is not found.
MAX_CANDIDATES = 20_000
# Siblings looked at around the region for missed lead text or a references list.
MAX_SIBLINGS = 12
# Ancestors climbed from the body's last element to find a references list beside a wrapper.
MAX_CLIMB = 3
MAX_REFERENCE_ITEMS = 100
# A subheading is a line; a "heading" longer than this is a teaser or a paragraph set in a heading tag.
MAX_HEADING_CHARS = 200
# Elements without text stepped over between a subheading and its paragraph.
_SPACER_TAGS = frozenset({"hr", "br", "p", "span", "figure", "img", "picture", "script", "noscript", "style"})
# A text locates the body when this many non-space characters of it are compared: shorter ones
# ("Share", "Summary") are found all over a page.
KEY_CHARS = 40
# Lead text shorter than this is a dateline, a label or a button, not a paragraph.
MIN_LEAD_CHARS = 40
# Where trafilatura's paragraphs, headings and quotes come from (list items and cells are not
# anchors: menus and tables have many, and reading them all costs more than the rest).
_CANDIDATE_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Elements that make a text a block of blocks rather than a paragraph; tested by XPath where the
# element is small (extend_start's siblings), by a lazy walk where it may be the page (missed_lead).
_BLOCK_TAGS = ("p", "div", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "form", "figure", "img", "iframe", "video", "button", "input")
_BLOCK_DESCENDANT = etree.XPath(f"boolean(descendant::*[{' or '.join(f'self::{tag}' for tag in _BLOCK_TAGS)}])")
_LINKS = etree.XPath("descendant::a[@href]")
# The lead: text blocks between the headline and the body. Past MAX_HEADER_BLOCKS of them what lies
# between is not an article header (a logo's <h1> above a page of teasers). A lead is a sentence or
# more: kickers, datelines, bylines and labels are shorter or end without punctuation.
MAX_HEADER_BLOCKS = 12
MIN_LEAD_WORDS = 12
# The headline: the nearest <h1> before the body, else the nearest element microdata names the
# headline (TYPO3's news pages print it in an <h3 itemprop="headline">).
_PRECEDING_H1 = etree.XPath("preceding::h1[1]")
_PRECEDING_HEADLINE = etree.XPath("preceding::*[@itemprop = 'headline'][1]")
_LEAD_TAGS = ("p", "div", "h2", "h3")
# Where a text block between headline and body is not the lead: a caption or credit of the hero
# picture, a form, a menu, an aside, a dialog or promotion laid over the page.
_NOT_LEAD_TAGS = frozenset({"figure", "figcaption", "nav", "aside", "footer", "form", "button", "label", "a", "dialog"})
_NOT_LEAD_NAMES = re.compile(r"caption|credit|copyright|modal|popup|overlay|newsletter|promo|cookie|consent",
                             re.IGNORECASE)
# Sentence ends; a closing parenthesis ends a caption's credit ("(Foto: dpa)") or a dateline's
# update time, a colon a label ("Highlights aus dem Heft:").
_SENTENCE_END = re.compile(r"[.!?…\"“”»]\W*$")
# Elements a box's text is looked for in (inline ones are part of a paragraph, not a box), and the
# depth of the path below the body's container that tells a box from a paragraph. A box's text is
# compared whole only when this many of its first non-space characters match.
_BOX_TAGS = ("p", "div", "li", "blockquote", "section", "aside", "td", "dd", "h2", "h3", "h4", "h5", "h6")
MAX_BOX_DEPTH = 12
_OPENING_CHARS = 16
_REFERENCES_HEADING = re.compile(
    r"^(?:sources?|references?|further\s+reading|citations?|bibliography|studies\s+cited|works\s+cited|"
    r"sources?\s+(?:and|&)\s+(?:references?|further\s+reading)|"
    r"references?\s+(?:and|&)\s+(?:sources?|further\s+reading)|"
    r"quellen|quellenangaben|quellen\s+und\s+(?:links|literatur|weiterführende\s+informationen)|literatur|"
    r"literaturangaben|literaturverzeichnis|weiterführende\s+(?:links|literatur|informationen)|"
    r"sources?\s+et\s+références|références|bibliographie|pour\s+en\s+savoir\s+plus|"
    r"fuentes|fuentes\s+y\s+referencias|referencias|bibliografía|para\s+saber\s+más)\s*:?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Region:
    first: etree._Element
    last: etree._Element
    container: etree._Element


@dataclass(frozen=True)
class MissedHeading:
    """A subheading of the body its text lacks, and the key of the paragraph it stands over."""

    text: str
    level: int
    before: str


@dataclass(frozen=True)
class ReferenceList:
    heading: str
    level: int
    items: list[str]
    links: list[tuple[str, str]]


def text_key(text: str) -> str:
    """The comparable opening of a text: no whitespace or soft hyphens, NFC, KEY_CHARS long ("" if shorter)."""
    opening = _unspaced(text[: 4 * KEY_CHARS])
    if len(opening) < 2 * KEY_CHARS < len(text):
        opening = _unspaced(text)
    opening = unicodedata.normalize("NFC", opening.replace("\xad", ""))
    return opening[:KEY_CHARS] if len(opening) >= KEY_CHARS else ""


def _unspaced(text: str) -> str:
    # str.split() splits on exactly what the regex \s matches, at five times its speed here.
    return "".join(text.split())


def _element_key(element: etree._Element) -> str:
    """The key of an element's text, reading only as much of it as the key needs."""
    # Most paragraphs open with plain text: their first text node holds the key.
    if (key := text_key((element.text or "")[: 4 * KEY_CHARS])) or not len(element):
        return key
    collected = ""
    for piece in element.itertext():
        collected += _unspaced(piece[: 4 * KEY_CHARS])
        if len(collected) >= 2 * KEY_CHARS:
            break
    return text_key(collected)


def locate_body(page: Page, keys: set[str]) -> Region | None:
    """The page elements holding the first and the last of the texts keyed ``keys`` (see text_key)."""
    if not keys:
        return None
    first = last = None
    for position, element in enumerate(page.tree.iter(*_CANDIDATE_TAGS)):
        if position == MAX_CANDIDATES:
            break
        if _element_key(element) in keys:
            first = first if first is not None else element
            last = element
    if first is None or last is None:
        return None
    return Region(first, last, common_ancestor(first, last))


def common_ancestor(first: etree._Element, last: etree._Element) -> etree._Element:
    ancestors = set(first.iterancestors())
    ancestors.add(first)
    node: etree._Element | None = last
    while node is not None and node not in ancestors:
        node = node.getparent()
    return node if node is not None else first.getroottree().getroot()


def elements_between(start: etree._Element, end: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """Elements after ``start`` in document order (its descendants included) and before ``end``.

    With ``tags``, only elements of those tags: lxml then skips the others without a Python step.
    """
    inside = False
    wanted = (*tags, start.tag, end.tag) if tags else ()
    for element in common_ancestor(start, end).iter(*wanted):
        if element is end:
            return
        if element is start:
            inside = True
        elif inside and (not tags or element.tag in tags):
            yield element


def extend_start(region: Region, body_headings: set[str], body_keys: set[str]) -> tuple[Region, list[str]]:
    """Walk back from the body's first element over its siblings still part of the text.

    Those are the body's own headings and ``<div>`` paragraphs (which the located texts, all
    from paragraph elements, do not cover), spacers and images between them, and lead paragraphs
    written as bare ``<div>`` text that trafilatura left out because the page has ``<p>`` text
    too. The walk stops at anything else: a real paragraph trafilatura dropped was dropped for a
    reason. Returns the region starting at the earliest such sibling, and the texts left out.
    """
    first = region.first
    missed: list[str] = []
    for count, sibling in enumerate(region.first.itersiblings(preceding=True)):
        if count == MAX_SIBLINGS or not isinstance(sibling.tag, str) or Regions.is_region(sibling):
            break
        text = text_of(sibling)
        if not text or (sibling.tag in ("table", "figure") or sibling.find(".//img") is not None) and len(text) < 300:
            continue
        if text_key(text) in body_keys or sibling.tag in _HEADING_TAGS and text.casefold() in body_headings:
            first = sibling
            continue
        if sibling.tag not in ("div", "span", "font") or _BLOCK_DESCENDANT(sibling) or len(text) < MIN_LEAD_CHARS:
            break
        if _link_share(sibling, text) > 0.5:
            break
        first = sibling
        missed.append(text)
    missed.reverse()
    if first is region.first:
        return region, missed
    return Region(first, region.last, common_ancestor(first, region.last)), missed


def missed_lead(page: Page, region: Region, body_keys: set[str]) -> list[str]:
    """The lead paragraphs between the page's headline (the nearest ``<h1>`` before the body, else
    the nearest ``itemprop=headline``) and the body's first element that the body lacks, in page order.

    A lead is a text block of MIN_LEAD_WORDS words or more ending like a sentence, outside the
    regions other units claimed, the hidden elements, the byline's and dek's elements, captions
    and links. Nothing is taken when more than MAX_HEADER_BLOCKS text blocks (or ten times as many
    elements) lie between: that is not an article header.
    """
    found = _PRECEDING_H1(region.first) or _PRECEDING_HEADLINE(region.first)
    if not found:
        return []
    headline = found[0]
    candidates: list[tuple[etree._Element, str]] = []
    blocks = 0
    for count, element in enumerate(_following(headline, region.first, _LEAD_TAGS)):
        if count == 10 * MAX_HEADER_BLOCKS:
            return []
        # A lazy walk that stops at the first block: the XPath test reads a large div's whole subtree.
        if element.tag == "div" and next(element.iterdescendants(*_BLOCK_TAGS), None) is not None:
            continue
        if not (text := text_of(element)):
            continue
        blocks += 1
        if blocks > MAX_HEADER_BLOCKS:
            return []
        # A page printing its lead twice (a mobile and a desktop header) gives it once.
        if (len(text.split()) >= MIN_LEAD_WORDS and _SENTENCE_END.search(text) and not text.startswith("©")
                and text_key(text) not in body_keys and _link_share(element, text) <= 0.5
                and all(text != seen for _, seen in candidates)):
            candidates.append((element, text))
    if not candidates:
        return []
    # Deks and standfirsts named as such are the record's description and pruned from the body.
    excluded = {*page.hidden, *page.markup.deks}
    stop = common_ancestor(headline, region.first)
    # A byline element holding the body is a post's wrapper whose class says "status-publish".
    bylines = set(page.markup.byline).difference(region.first.iterancestors())
    return [text for element, text in candidates if not _outside_lead(element, stop, excluded, bylines)]


def _following(start: etree._Element, end: etree._Element, tags: tuple[str, ...]) -> Iterator[etree._Element]:
    """Elements of ``tags`` after ``start`` (not inside it) and before ``end``, in document order.

    Walks forward from ``start`` over following siblings, climbing, and down into the ancestors
    of ``end`` only: what precedes ``start`` in their common ancestor (a page's menus) is never
    visited, as ``elements_between`` would.
    """
    enclosing = set(end.iterancestors())
    node: etree._Element | None = start
    while node is not None and node not in enclosing:
        for sibling in node.itersiblings():
            if sibling is end:
                return
            if sibling in enclosing:
                yield from _down_to(sibling, end, enclosing, tags)
                return
            yield from sibling.iter(*tags)
        node = node.getparent()


def _down_to(
    ancestor: etree._Element, end: etree._Element, enclosing: set[etree._Element], tags: tuple[str, ...]
) -> Iterator[etree._Element]:
    """Elements of ``tags`` inside ``ancestor`` (an ancestor of ``end``) that come before ``end``."""
    for child in ancestor:
        if child is end:
            return
        if child in enclosing:
            yield from _down_to(child, end, enclosing, tags)
            return
        yield from child.iter(*tags)


def _outside_lead(
    element: etree._Element, stop: etree._Element, excluded: set[etree._Element], bylines: set[etree._Element]
) -> bool:
    """Within a claimed, hidden or dek element, a byline, a caption, a link or page furniture, up to ``stop``."""
    node: etree._Element | None = element
    while node is not None and node is not stop:
        if (node in excluded or Regions.is_region(node) or node.tag in _NOT_LEAD_TAGS
                or _NOT_LEAD_NAMES.search(node.get("class") or "")
                or node in bylines):
            return True
        node = node.getparent()
    return False


def boxed(region: Region, texts: set[str], body_keys: set[str]) -> set[str]:
    """Those of ``texts`` the page prints inside the body's container in a box of their own: an
    element whose path below the container (tags and classes) is not the path of any of the body's
    own paragraphs, headings or quotes (keyed ``body_keys``). A text not found there stays out of
    the answer: no evidence either way.

    Read only for the few texts worded like site furniture: one walk over the container's blocks,
    comparing a short opening of each before its whole text.
    """
    wanted = {_unspaced(text).casefold(): text for text in texts}
    openings = {key[:_OPENING_CHARS] for key in wanted}
    own_keys = body_keys - {text_key(text) for text in texts}
    found: dict[str, etree._Element] = {}
    paths: set[tuple[tuple[str, str], ...]] = set()
    for element in region.container.iter(*_BOX_TAGS):
        if element.tag in _CANDIDATE_TAGS and _element_key(element) in own_keys:
            paths.add(_path(element, region.container))
        if _opening(element) in openings and (key := _unspaced(text_of(element)).casefold()) in wanted:
            # Document order: a descendant printing the same text comes later and is the box itself.
            found[key] = element
    return {wanted[key] for key, element in found.items() if paths and _path(element, region.container) not in paths}


def _opening(element: etree._Element) -> str:
    """The first _OPENING_CHARS non-space characters of an element's text, case-folded."""
    collected = ""
    for piece in element.itertext():
        collected += _unspaced(piece[: 2 * _OPENING_CHARS])
        if len(collected) >= _OPENING_CHARS:
            break
    return collected[:_OPENING_CHARS].casefold()


def _path(element: etree._Element, container: etree._Element) -> tuple[tuple[str, str], ...]:
    """Tags and classes from the element up to the container, at most MAX_BOX_DEPTH of them."""
    steps: list[tuple[str, str]] = []
    node: etree._Element | None = element
    while node is not None and node is not container and len(steps) < MAX_BOX_DEPTH:
        steps.append((node.tag, node.get("class") or ""))
        node = node.getparent()
    return tuple(steps)


def _link_share(element: etree._Element, text: str) -> float:
    linked = sum(len(text_of(a)) for a in _LINKS(element))
    return linked / len(text) if text else 0.0


def missed_references(region: Region) -> ReferenceList | None:
    """The first references heading in or just after the body that is followed by a list of links."""
    for heading in _reference_headings(region):
        following = next((s for s in heading.itersiblings() if isinstance(s.tag, str) and text_of(s)), None)
        if following is not None and following.tag in ("ul", "ol") and not Regions.is_region(following):
            if found := _reference_list(text_of(heading), int(heading.tag[1]), following):
                return found
    return None


def _reference_headings(region: Region) -> Iterator[etree._Element]:
    """h2-h6 naming a references list, between the body's first and last elements, then after the last."""
    for element in elements_between(region.first, region.last, *_HEADING_TAGS):
        if _REFERENCES_HEADING.match(text_of(element)):
            yield element
    node: etree._Element | None = region.last
    for _ in range(MAX_CLIMB + 1):
        if node is None:
            return
        for sibling in _siblings_after(node):
            if Regions.is_region(sibling):
                return
            if sibling.tag in _HEADING_TAGS and _REFERENCES_HEADING.match(text_of(sibling)):
                yield sibling
        if node is region.container:
            return
        node = node.getparent()


def _siblings_after(node: etree._Element) -> Iterator[etree._Element]:
    for count, sibling in enumerate(node.itersiblings()):
        if count == MAX_SIBLINGS:
            return
        if isinstance(sibling.tag, str):
            yield sibling


def _reference_list(heading: str, level: int, list_element: etree._Element) -> ReferenceList | None:
    items: list[str] = []
    links: list[tuple[str, str]] = []
    for item in list_element.iterchildren("li"):
        if len(items) == MAX_REFERENCE_ITEMS:
            break
        if text := text_of(item):
            items.append(text)
            links.extend((a.get("href") or "", text_of(a)) for a in _LINKS(item))
    if not items or not links:
        return None
    return ReferenceList(heading, level, items, links)


def missed_headings(page: Page, region: Region, body_keys: set[str], body_headings: set[str]) -> list[MissedHeading]:
    """The body's own subheadings its text lacks, in page order: h2-h6 between the body's first and
    last elements whose next sibling holding text is one of the body's paragraphs.

    trafilatura falls back on its other extractors when its own reading is short, and those keep
    paragraphs only (every h2 of a long article lost); its own reading drops a heading now and then
    too. A heading standing over one of the body's paragraphs is the article's title of what
    follows: a box's heading stands over the box's own content (a list of links, a form, a teaser),
    which is not the body's, and a teaser's heading is a link to another page. Nothing hidden
    (the page's hidden elements, a hiding class), laid over the page (a login dialog, a modal) or
    in its furniture (a sidebar, a menu) counts; ``body_headings`` (case-folded) are the headings
    the text has.
    """
    hidden = set(page.hidden)
    found: list[MissedHeading] = []
    # Compared without spaces: "Setting up ¶" in the text is the page's "Setting up<a>¶</a>".
    seen = {_unspaced(heading) for heading in body_headings}
    for heading in elements_between(region.first, region.last, *_HEADING_TAGS):
        text = text_of(heading)
        if not text or len(text) > MAX_HEADING_CHARS or (key := _unspaced(text).casefold()) in seen:
            continue
        following = _neighbour(heading)
        if following is None or following.tag != "p" or (before := _element_key(following)) not in body_keys:
            continue
        if Regions.is_region(heading) or _away_link_share(heading, text) > 0.5 or hidden and any(
                node in hidden for element in (heading, following)
                for node in itertools.chain((element,), element.iterancestors())):
            continue
        if out_of_sight(heading) or in_page_furniture(page, heading) or _in_box(heading, region.container):
            continue
        seen.add(key)
        found.append(MissedHeading(text, int(heading.tag[1]), before))
    return found


def _in_box(element: etree._Element, container: etree._Element) -> bool:
    """Within a modal, a form, a caption, a menu or a promotion below the body's container (Foundation's
    ``div.reveal-modal``, a login ``div.b-dialog``), as ``_outside_lead`` tells a lead from them."""
    node: etree._Element | None = element
    while node is not None and node is not container:
        if node.tag in _NOT_LEAD_TAGS or _NOT_LEAD_NAMES.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


def _away_link_share(element: etree._Element, text: str) -> float:
    """The share of the text in links leaving the page: a docutils/Sphinx heading links back to the
    table of contents (``<a class="toc-backref" href="#id12">``), a teaser's heading to the article."""
    linked = sum(len(text_of(a)) for a in _LINKS(element) if not (a.get("href") or "").startswith("#"))
    return linked / len(text) if text else 0.0


def _neighbour(element: etree._Element) -> etree._Element | None:
    """The nearest following sibling element holding text; only empty spacers, rules, pictures and
    scripts are stepped over (an empty ``<div>`` is a widget's placeholder, a comment thread's)."""
    for count, sibling in enumerate(element.itersiblings()):
        if count == MAX_SIBLINGS:
            return None
        if not isinstance(sibling.tag, str):
            continue
        if text_of(sibling):
            return sibling
        if sibling.tag not in _SPACER_TAGS:
            return None
    return None
