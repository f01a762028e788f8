"""Text as every field unit reads it: visible, whitespace collapsed, without control characters."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# C0 and C1 controls other than tab and line breaks, lone surrogates and the two noncharacters:
# no consumer wants them, and lxml refuses most of them in the strings it is handed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Raw-text elements: their content is one text node, never markup, and never shown.
INVISIBLE_TAGS = ("script", "style")
# Ruby annotations (furigana over kanji, pinyin over hanzi) are reading aids printed above the
# words, not words: "子<rt>こ</rt>ども" reads "子ども", and a heading read with them matches no title.
_NOT_TEXT_TAGS = (*INVISIBLE_TAGS, "rt", "rp")
# Scripts written without spaces between words (Chinese, Japanese kana and kanji): a run of them is one
# "word" to str.split(); two characters make a word on average.
UNSPACED_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_UNSPACED_WORD_CHARS = 2
_VISIBLE_TEXT = etree.XPath(
    "descendant::text()[not(parent::script or parent::style or parent::rt or parent::rp)]", smart_strings=False
)


def strip_controls(text: str) -> str:
    """Drop control characters, keeping tab and line breaks; a form feed (HTML whitespace) is a space."""
    return _CONTROLS.sub("", text.replace("\x0c", " "))


def clean_text(text: str | None) -> str:
    """Collapse whitespace and strip characters no consumer wants (NUL, other controls, ZWSP, BOM,
    soft hyphens: a browser shows none of them, and "Mes\xadsen\xadger" must compare as "Messenger")."""
    if not text:
        return ""
    # str.split() splits on exactly what the regex \s matches, at several times its speed.
    text = " ".join(text.replace("\u200b", "").replace("\ufeff", "").replace("\xad", "").split())
    if not text.isprintable():  # one C pass; only then look for the controls themselves
        text = " ".join(_CONTROLS.sub("", text).split())
    return text


def document_position(element: etree._Element) -> list[int]:
    """The element's path of child indexes from the root: a sort key for page order, for
    elements gathered by several passes (comments from areas and from items outside them)."""
    path = []
    parent = element.getparent()
    while parent is not None:
        path.append(parent.index(element))
        element, parent = parent, parent.getparent()
    path.reverse()
    return path


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
    """The element's visible text: script and style contents are not text a reader sees, ruby
    annotations not the words they annotate.

    An element without children (most of the 89,000 asked for over 430 corpus pages: links, spans,
    headings' parts) prints its own text: read directly, as the tag-filtered walk looking for a
    script inside and lxml's ``string()`` evaluation cost about 7 us each however small the
    element (the parser makes no entity nodes, so the string value of such an element is its text)."""
    if element is None:
        return ""
    tag = element.tag
    if not isinstance(tag, str):
        return clean_text(element.text)
    if not len(element):
        return "" if tag in _NOT_TEXT_TAGS else clean_text(element.text)
    if next(element.iter(*_NOT_TEXT_TAGS), None) is not None:
        return clean_text("".join(_VISIBLE_TEXT(element)))
    if isinstance(element, lxml.html.HtmlElement):
        return clean_text(element.text_content())
    return clean_text("".join(element.itertext()))


def word_count(text: str) -> int:
    """How many words ``text`` has: its spaced words, or in a script written without spaces (Chinese,
    Japanese) its characters two to a word, whichever is more."""
    return max(len(text.split()), len(UNSPACED_CHAR.findall(text)) // _UNSPACED_WORD_CHARS)
