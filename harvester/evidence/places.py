"""Where on the page a cited link stands: the main text, an in-article sources box, or a caption.

A researcher weighs a study linked from a sentence differently from one in a reading list or a
photo credit. The place is read from the page's markup around the link's first occurrence: a
caption element or caption class; a sources box is a container named for sources or references
(class or id), or the run of blocks after a heading that says "Sources", "References", "Quellen",
"Références", "Fuentes", "参考文献" ...; anything else is the main text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml import etree

__all__ = ["SOURCES_HEADING", "link_places"]

Place = str
SOURCES_HEADING = re.compile(
    r"^\s*(?:sources?|references?|further\s+reading|read\s+more|bibliography|citations?|studies\s+cited|"
    r"(?:the\s+)?studies|links?|more\s+information|learn\s+more|quellen(?:angaben)?|literatur(?:angaben|verzeichnis)?|"
    r"weiterführende\s+(?:links|informationen|literatur)|mehr\s+zum\s+thema|références?|sources\s+et\s+références|"
    r"pour\s+aller\s+plus\s+loin|bibliographie|fuentes?|referencias?|bibliografía|para\s+saber\s+más|referências|fontes?|"
    r"fonti|riferimenti|bibliografia|参考文献|出典|参考資料|引用文献|関連リンク)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_BOX_NAME = re.compile(
    r"(?:^|[\s_-])(?:sources?|references?|reference-list|refs|citations?|bibliography|footnotes?|endnotes?|"
    r"further-reading|literatur|quellen|fuentes|referencias)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CAPTION_NAME = re.compile(r"caption|credit|bildunterschrift|legende", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset({"p", "li", "div", "section", "article", "ul", "ol", "dl", "table", "figure", "aside", "blockquote"})


def link_places(tree: etree._Element, resolve: Callable[[str | None], str | None], urls: Iterable[str]) -> dict[str, Place]:
    """The place of the first link to each of ``urls`` (absolute, without fragment) in ``tree``."""
    wanted = {url.split("#", 1)[0] for url in urls}
    # Resolving every href of a page is the costly part; an href whose last path segment no wanted
    # URL ends with cannot resolve to one.
    tails = {_tail(url) for url in wanted}
    places: dict[str, Place] = {}
    for anchor in tree.iter("a"):
        if not wanted:
            break
        href = anchor.get("href")
        if not href or _tail(href) not in tails:
            continue
        url = resolve(href)
        key = url.split("#", 1)[0] if url else None
        if key in wanted:
            wanted.discard(key)
            places[key] = place_of(anchor)
    return places


def _tail(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def place_of(anchor: etree._Element) -> Place:
    for element in anchor.iterancestors():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("figcaption", "caption"):
            return "caption"
        # Most ancestors have neither class nor id: nothing for either name test to find.
        names = _names(element) if element.get("class") is not None or element.get("id") is not None else ""
        if names and _CAPTION_NAME.search(names):
            return "caption"
        if tag in ("body", "html"):
            break
        if names and _BOX_NAME.search(names):
            return "sources_box"
    heading = _heading_before(anchor)
    if heading is not None and SOURCES_HEADING.match(" ".join("".join(heading.itertext()).split())):
        return "sources_box"
    return "main_text"


def _names(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _heading_before(anchor: etree._Element) -> etree._Element | None:
    """The closest heading before the link's block: a real heading, or a paragraph that is only bold text."""
    block = anchor
    while block.getparent() is not None and (not isinstance(block.tag, str) or block.tag not in _BLOCKS):
        block = block.getparent()
    if block.tag in _HEADINGS:
        return None
    for element in block.itersiblings(preceding=True):
        found = _as_heading(element)
        if found is not None:
            return found
    parent = block.getparent()
    # One level up: a list item's list, a paragraph's wrapper.
    if parent is not None and parent.tag not in ("body", "article", "main"):
        for element in parent.itersiblings(preceding=True):
            found = _as_heading(element)
            if found is not None:
                return found
    return None


def _as_heading(element: etree._Element) -> etree._Element | None:
    if not isinstance(element.tag, str):
        return None
    if element.tag in _HEADINGS:
        return element
    if element.tag == "p" and len(element) == 1 and element[0].tag in ("strong", "b") and not (element.text or "").strip():
        return element
    return None


def caption_links(tree: etree._Element, captions: Iterable[str]) -> list[tuple[str | None, str]]:
    """Links, as (href, text), of the captions of the article's own images (the main text leaves captions out)."""
    wanted = {" ".join(caption.split()) for caption in captions if caption}
    links: list[tuple[str | None, str]] = []
    if not wanted:
        return links
    for element in tree.iter("figcaption", "caption", "p", "div", "span"):
        tag = element.tag
        if tag not in ("figcaption", "caption") and (
            (element.get("class") is None and element.get("id") is None) or not _CAPTION_NAME.search(_names(element))
        ):
            continue
        if " ".join("".join(element.itertext()).split()) in wanted:
            links.extend((a.get("href"), "".join(a.itertext())) for a in element.iter("a"))
    return links
