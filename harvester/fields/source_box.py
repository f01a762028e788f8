"""An article's own sources box: a "Sources" / "References" / "Quellen" / "Further reading"
heading (or label) followed by its list of links or printed URLs.

Boilerplate removal often drops such a box from the body (it looks like a link list), so the
links the article names as its evidence would be lost with it. The box is read from the whole
page: any element whose entire text is such a label, outside page furniture (sidebars, widgets,
navigation, footers, comments), and the entries after it up to the next heading. A sidebar
"References" blogroll is furniture, not a box.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from harvester.document.text import clean_text, text_of

__all__ = ["BoxLink", "in_site_furniture", "source_box_links"]

MAX_LABELS = 20_000
MAX_BOXES = 5
MAX_ENTRIES = 60
MAX_LABEL_CHARS = 60
# Elements after a label looked at for its entries, and ancestors climbed when it has none.
MAX_SIBLINGS = 40
MAX_CLIMB = 4
MAX_ENTRY_CHARS = 300

_LABEL = re.compile(
    r"^\W*(?:sources?|source\s+links|references?|reference\s+list|further\s+reading|more\s+reading|"
    r"works\s+cited|citations?|bibliography|studies(?:\s+cited)?|literature|"
    r"quellen?|quellenangaben?|quellen\s+und\s+links|quellenverzeichnis|literatur|literaturverzeichnis|"
    r"literaturangaben|literaturhinweise|weiterführende\s+links|weiterführende\s+literatur|zum\s+weiterlesen|"
    r"nachweise|sources\s+et\s+références|références|bibliographie|pour\s+aller\s+plus\s+loin|"
    r"fuentes?|referencias|bibliografía|fonti|riferimenti|bibliografia|bronnen|referenties)\s*:?\W*$",
    re.IGNORECASE,
)
MAX_ANCESTORS = 60
# Class or id words that start with one of these name furniture ("sidebar-primary", "widget_text",
# Blogger's "LinkList"); inside a word they are layout modifiers ("st_sidebar_on_right").
_FURNITURE = re.compile(
    r"(?:^|\s)(?:sidebar|widget|blogroll|linklist|comments?(?:$|[\s_-])|comment-list|site-footer|page-footer|"
    r"footer-widgets|menu|navbar|navigation|breadcrumb|share|sharing|social)",
    re.IGNORECASE,
)
# An article's own footer ("entry-footer", "article-footer") holds its sources more often than a site's.
_ARTICLE_FOOTER = re.compile(r"entry|article|post|story|content", re.IGNORECASE)
# Siblings after a box that end it: the article's tags, share buttons, author box, comments.
_BOX_END = re.compile(r"tag|share|sharing|social|author|comment|related|newsletter|navigation|rating", re.IGNORECASE)
# The first letters of every label _LABEL accepts, case aside: a cheap filter before it.
_LABEL_HINT = re.compile(
    r"sourc|refer|further|more\s+read|works|citation|bibliogr|studies|literat|quell|weiterf|weiterles|nachweis|"
    r"référ|pour\s+aller|fuente|referenc|fonti|riferim|bronnen",
    re.IGNORECASE,
)
# The same for ASCII text lower-cased, where it matches exactly what the case-blind search does
# (only A-Z fold to its letters) at a quarter of its cost: about 200 texts a page are tested.
_LABEL_HINT_LOWER = re.compile(_LABEL_HINT.pattern)
_EDIT = re.compile(r"^\W*(?:edit|bearbeiten|modifier|editar|quelltext bearbeiten)\W*$", re.IGNORECASE)
_LINK = etree.XPath("boolean(descendant-or-self::a[@href])")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LABEL_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "div", "span", "dt", "summary", "li",
                         "em", "header"})
_TEXT_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")


@dataclass(frozen=True)
class BoxLink:
    """One entry of a sources box: its URL (as written, resolved by the caller), text and label."""

    href: str
    text: str
    label: str


def source_box_links(root: etree._Element) -> list[BoxLink]:
    """The links of every sources box of the page, in page order, each URL once."""
    links: list[BoxLink] = []
    seen: set[str] = set()
    boxes = 0
    for label_el in _label_candidates(root):
        label_text = text_of(label_el)
        if len(label_text) > MAX_LABEL_CHARS or not _LABEL.match(label_text):
            continue
        # The innermost element carrying the label: "<p><strong>Quellen:</strong></p>" is read once.
        if any(isinstance(child.tag, str) and text_of(child) == label_text for child in label_el):
            continue
        if in_site_furniture(label_el):
            continue
        label = label_text.strip().rstrip(":：").strip()
        # A label inside a heading ("<h2><span>References</span><span>[edit]</span></h2>") starts
        # its box after the heading, not at the heading's own links.
        heading = next((a for a in label_el.iterancestors() if a.tag in _HEADINGS), None) if label_el.tag not in _HEADINGS else None
        entries = list(_entries(heading if heading is not None else label_el))
        if not entries:
            continue
        boxes += 1
        for href, text in entries:
            key = href.split("#", 1)[0]
            if key in seen:
                continue
            seen.add(key)
            links.append(BoxLink(href=href, text=text, label=label))
            if len(links) >= MAX_ENTRIES:
                return links
        if boxes >= MAX_BOXES:
            break
    return links


def _label_candidates(root: etree._Element) -> Iterator[etree._Element]:
    """Elements whose own first text could be a label: a cheap test of ``el.text`` on each, the
    full text only for the few that pass (a string value per element would cost quadratic time)."""
    for el in islice(root.iter(*_LABEL_TAGS), MAX_LABELS):
        text = el.text
        if text and len(text) <= MAX_LABEL_CHARS * 2 and (
            _LABEL_HINT_LOWER.search(text.lower()) if text.isascii() else _LABEL_HINT.search(text)
        ):
            yield el


def in_site_furniture(el: etree._Element) -> bool:
    """Inside a sidebar, widget, navigation, site footer or comment: a box there is the site's.

    Narrower than the furniture other fields avoid: a theme's "forced_menu" or "teaser" class on
    the article's wrapper must not hide the article's own box.
    """
    node = el.getparent()
    for _ in range(MAX_ANCESTORS):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag in ("aside", "nav", "footer") and not _ARTICLE_FOOTER.search(node.get("class") or ""):
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _FURNITURE.search(names):
            return True
        node = node.getparent()
    return False


def _entries(label: etree._Element) -> Iterator[tuple[str, str]]:
    """The (href, text) entries following a label: the siblings after it up to the next heading,
    else those after its parent (a label wrapped in its own element), climbing a few levels."""
    anchor = label
    for _ in range(MAX_CLIMB + 1):
        found = list(_after(anchor))
        if found:
            yield from found
            return
        parent = anchor.getparent()
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            return
        anchor = parent


def _after(anchor: etree._Element) -> Iterator[tuple[str, str]]:
    level = anchor.tag if anchor.tag in _HEADINGS else None
    sibling = anchor.getnext()
    count = 0
    while sibling is not None and count < MAX_SIBLINGS:
        count += 1
        if isinstance(sibling.tag, str):
            if sibling.tag in _HEADINGS and (level is None or sibling.tag <= level):
                return
            text = text_of(sibling)
            if _LABEL.match(text[:MAX_LABEL_CHARS + 1]) or _BOX_END.search(sibling.get("class") or ""):
                return
            # Another list's own label ("Verwandte Themen auf unserem Blog:") ends this one.
            if len(text) <= MAX_LABEL_CHARS and text.endswith((":", "：")) and not _LINK(sibling):
                return
            yield from _links_in(sibling)
        sibling = sibling.getnext()


def _links_in(el: etree._Element) -> Iterator[tuple[str, str]]:
    """Links of an entry, and URLs printed as text outside links ("abgerufen am ...: https://...")."""
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "a" and (href := (node.get("href") or "").strip()):
            if not href.startswith(("#", "javascript:", "mailto:")) and not _EDIT.match(text_of(node)):
                yield href, text_of(node) or href
        holder = node.getparent() if node is not el else None
        for chunk, owner in ((node.text if node.tag != "a" else None, node), (node.tail, holder)):
            for match in _TEXT_URL.finditer(chunk or ""):
                text = text_of(owner) if owner is not None else ""
                yield match.group(0), clean_text(text[:MAX_ENTRY_CHARS]) or match.group(0)
