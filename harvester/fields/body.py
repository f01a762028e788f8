"""Main text: sections in reading order, plain body text, cited sources and images.

trafilatura decides what the main text is; this module turns the XML body it returns (``head``,
``p``, ``list``/``item``, ``quote``, ``code``, ``table``/``row``/``cell`` blocks with inline
``hi``, ``ref`` and ``lb``) into typed sections: the lead before the first heading is a section
without heading, each ``head`` opens a section at its level, a heading repeating the page title
before any text is the headline and no section. trafilatura is handed the shared tree itself:
``bare_extraction`` copies a tree it is given before pruning it, so ``page.tree`` stays intact for
the other extractors and no copy of ours is paid for (the head's text-less elements are only set
aside while it runs). Regions other units claimed (``Page.regions``: (comments, related
posts, share bars) are pruned before extraction.

The body is then located in the page (``body_region``) to read its images and to recover the
div-written lead paragraphs and the references list trafilatura leaves out on common blog markup.
"""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Extractor

from harvester.document import Page, Regions, clean_text, text_of
from harvester.document.parse import top_level
from harvester.document.regions import CLAIMED
from harvester.fields.base import cascade
from harvester.fields.body_furniture import (
    MIN_SLIDES,
    is_closing_furniture,
    is_disclosure,
    is_picture_credit,
    is_read_also,
    is_read_also_intro,
    slide_counter,
)
from harvester.fields.body_region import (
    Region,
    boxed,
    extend_start,
    locate_body,
    missed_headings,
    missed_lead,
    missed_references,
    text_key,
)
from harvester.fields.citations import cited_sources, with_source_box
from harvester.fields.declared_body import (
    MIN_BLOCK_COVERAGE,
    MIN_COVERAGE,
    MIN_FOUND,
    MIN_GROWTH,
    DeclaredBody,
    declared_body,
)
from harvester.fields.images import collect_images
from harvester.models import (
    Block,
    Code,
    FieldSource,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Source,
    Table,
    Via,
)
from harvester.text import render_body_text

__all__ = ["Body", "LeadKey", "extract_body"]

# (section index, block index, item index) of a paragraph (item 0) or list item in Body.sections.
LeadKey = tuple[int, int, int]

# Options measured against plain ``trafilatura.extract`` on the trafilatura evaluation set:
# comments off so reader comments never join the text; formatting on so bold labels survive as
# <hi rend="#b">, links on for the cited sources (neither costs body F1 there).
# Images stay off: on, trafilatura keeps figures and caption boxes and picks other containers,
# which cost precision and recall; images are read from the page around the extracted text.
# The "xml" format only skips the plain-text rendering of the "python" one, which is not used.
# No URL is passed: trafilatura would resolve every link of the page against the site root
# (wrongly for path-relative links, and at a cost); the few cited links are resolved here.
# The options are built once per variant (fast, favor recall) and handed over whole (``options=``):
# built from keywords on every call, they cost 0.2-0.3 ms a page (eight configparser look-ups and
# a date parameter formatted from the clock, for metadata extraction, which is off). trafilatura
# does not change an Extractor it is given (its recall retry changes a copy).
_EXTRACTORS = {
    (fast, recall): Extractor(
        output_format="xml",
        comments=False,
        tables=True,
        formatting=True,
        links=True,
        images=False,
        with_metadata=False,
        fast=fast,
        recall=recall,
    )
    for fast in (False, True) for recall in (False, True)
}

# Pruned before extraction: regions other extractors excluded, and deks / standfirsts (the
# summary under a headline, which is the record's description; pruning them changed nothing on
# the evaluation set, whose gold does not count them). Both are known by then (Page.regions, the
# markup scan), and trafilatura finds them in its copy of the tree by their paths: searching the
# whole copy for them again cost 0.4 ms a page. A profile's body is a new tree, and a page with
# more than MAX_PRUNE_PATHS of them would make libxml2 merge that many node sets: both are
# searched with _PRUNE instead. (The attribute axis is three times faster than testing every
# element with //*[@...]; the plain contains() test spares most class values the token tests.)
MAX_PRUNE_PATHS = 200
_PRUNE = (
    f"{CLAIMED} | //@class[contains(., 'dek') or contains(., 'standfirst')]"
    "[contains(concat(' ', normalize-space(.), ' '), ' dek ') or contains(., '__dek') or contains(., '-dek ')"
    " or substring(., string-length(.) - 3) = '-dek' or contains(., 'standfirst')]/.."
)
# A footnote's back-link: an arrow or a caret, with the number of the reference it returns to
# where a note is cited more than once ("↩", "↩︎", "↩2", "^", "↑", "ꜛ", "[↑]").
_BACK_LINK = re.compile(r"\[?[↩↑ꜛ^⤴][\ufe0e\ufe0f]?\s*\d{0,2}\]?")
# Set aside while trafilatura runs (see _textless_head_set_aside), in a head of at most this many
# children: real ones have about 45, a hostile one could have millions.
_TEXTLESS_HEAD = frozenset({"meta", "link", "base"})
MAX_HEAD_CHILDREN = 1_000
# trafilatura's cost grows faster than linearly with the text blocks it is given (about 2 s for
# 20,000 paragraphs, 20 s for 40,000); the largest real page of the corpora has about 7,000
# paragraphs, list items and cells. Past MAX_TEXT_BLOCKS of them, the page is cut after the last
# one allowed (in document order) for extraction: a 50 MB page costs seconds, not hours.
MAX_TEXT_BLOCKS = 15_000
_TEXT_BLOCKS = ("p", "li", "td")
# The same for elements of any kind (a paragraph of three million <b>s is one text block): the
# largest real page has about 10,000 elements; trafilatura reads at most this many.
MAX_BODY_ELEMENTS = 50_000
_NTH_ELEMENT = etree.XPath(f"/descendant::*[{MAX_BODY_ELEMENTS + 1}]")
# trafilatura compares its result with readability's and jusText's on every page; both walk the
# tree in ways that grow with its size times its depth (jusText joins the path of open tags for
# every text block: 100,000 nested divs cost it 240 s of a 330 s extraction). The largest real
# page of the corpora has about 10,000 elements; a page of more than MAX_FULL_TAGS tags gets
# trafilatura's own extractor only, and a warning saying so.
MAX_FULL_TAGS = 100_000
# A heading longer than this is a paragraph set in a heading tag, not a title of the page.
_MAX_TITLE_CHARS = 400
# A heading opening the text is the page's title when it is one of these or within <title>.
_MIN_TITLE_CHARS = 15
_LEVELS = {f"h{n}": n for n in range(1, 7)}
# "Not a substitute for medical advice" notices closing a health article, in the languages the
# caveats are read in; longer paragraphs saying so are the article's own text.
_MAX_DISCLAIMER_CHARS = 400
# Links and inline elements of the page looked at for the space trafilatura drops after some
# (_restore_inline_spaces).
MAX_SPACED_LINKS = 20_000
# trafilatura's inline elements (formatting, links, inline code) and the page's tags it makes them from.
_INLINE = frozenset({"hi", "ref", "code", "del"})
_PAGE_INLINE = ("a", "em", "i", "b", "strong", "u", "kbd", "samp", "tt", "var", "sup", "sub", "del", "s", "strike",
                "code", "mark", "cite")
# Other articles' headlines, announced by a "read also" label: each a line, a dozen at most.
MAX_TEASER_CHARS = 200
MAX_TEASERS = 12
_DISCLAIMER = re.compile(
    r"\bnot\s+(?:a\s+|intended\s+(?:as\s+a\s+|to\s+be\s+a\s+)?)?(?:substitute|replacement)\s+for\b|"
    r"for\s+(?:general\s+)?information(?:al)?\s+purposes\s+only|does\s+not\s+constitute\s+medical\s+advice|"
    r"ersetzt\s+(?:keine|nicht\s+(?:die|den|eine))\s+(?:ärztliche|medizinische|professionelle)|"
    r"ne\s+(?:remplace|se\s+substitue)\s+pas\s+(?:à\s+)?(?:un|une|le|la|l')|"
    r"no\s+(?:sustituye|reemplaza|pretende\s+sustituir)\s+(?:a\s+|el\s+|la\s+)?"
    r"(?:consejo|consulta|diagnóstico|atención)",
    re.IGNORECASE,
)
# Inline content that ends a line in the rendered text; the rest flows on the same line.
# Punctuation a link's text may be glued to: "(<a>PDF</a>)", "<a>Nature</a>'s".
_OPENING = frozenset("([{/'\"‘“„«-–")
_CLOSING = frozenset(".,;:!?)]}/'\"’”»-–")
MAX_CHIP_CHARS = 6
_BREAKING = frozenset({"lb", "p", "head", "list", "item", "quote", "code", "table", "row", "div"})


@dataclass
class Body:
    sections: list[Section] = field(default_factory=list)
    body_text: str = ""
    sources: list[Source] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    # The bold lead ("Long-term safety unknown:") of paragraphs and list items that start with
    # one, as printed: caveat labels come from it, and the record's plain strings lose it.
    leads: dict[LeadKey, str] = field(default_factory=dict)


def extract_body(page: Page) -> Body:
    """The page's main text as sections, its cited sources and its images."""
    chosen = page.override("body")
    root = _main_text(page, chosen)
    builder = _SectionBuilder(page)
    links: list[tuple[str | None, str]] = []
    if root is not None:
        _restore_inline_spaces(page, root)
        _drop_back_links(root)
        builder.build(root)
        links.extend((ref.get("target"), "".join(ref.itertext())) for ref in root.iter("ref"))
    declared_source = _check_declared(page, builder)
    keys = {key for text in builder.anchor_texts() if (key := text_key(text))}
    region = locate_body(page, keys)
    if region is not None:
        region = _recover(page, builder, region, keys, links)
        builder.drop_boxed_furniture(region, keys)
    builder.drop_furniture()
    images = collect_images(page, region)
    builder.drop_captions({image.caption for image in images if image.caption})
    sections, leads = builder.finish()
    if sections:
        # One reading gives both: the text is the sections rendered.
        source = Via.PROFILE if chosen else declared_source or Via.HEURISTIC
        page.note("sections", source)
        page.note("body_text", source)
    sources = cascade(page, "sources", [(Via.MARKUP, lambda: with_source_box(
        page, cited_sources(page, links), (region.first, region.last) if region is not None else None))]) or []
    return Body(sections, render_body_text(sections), sources, images, leads)


def _restore_inline_spaces(page: Page, root: etree._Element) -> None:
    """Give back the space after a link or a formatted run that trafilatura drops: where it splits a
    paragraph at a link ("the blog at work</ref>so I figured" -> "work so"), and wherever only
    whitespace separates two inline elements, which it trims away ("<em>is on</em> <a><em>Netflix</em></a>
    <em>and</em>" -> "is onNetflixand"). Editors and Markdown renderers print such runs all the time: an
    emphasis, a space, a link (CommonMark's ``*a* [b](u)``), a bold name, a space, an italic title.

    Only where the page itself prints an inline element of that text followed by a space:
    "<a>link</a>s" and "<b>H</b><i>ello</i>" stay one word. At most MAX_SPACED_LINKS of the
    page's inline elements are looked at.
    """
    glued: dict[str, list[etree._Element]] = {}
    for node in root.iter(*_INLINE):
        tail = node.tail or ""
        if tail[:1].isspace():
            continue
        if tail:
            # Text glued to a link: trafilatura's split drops the space there, not after formatting.
            if node.tag != "ref" or not tail[0].isalnum():
                continue
        elif (following := node.getnext()) is None or following.tag not in _INLINE or not _opens_word(following):
            continue
        text = clean_text("".join(node.itertext()))
        if text[-1:].isalnum() or text[-1:] in _CLOSING:
            glued.setdefault(text, []).append(node)
    if not glued:
        return
    for element in itertools.islice(page.tree.iter(*_PAGE_INLINE), MAX_SPACED_LINKS):
        if element.tail and element.tail[0].isspace() and (text := clean_text(element.text_content())) in glued:
            for node in glued.pop(text):
                node.tail = " " + (node.tail or "")
            if not glued:
                return


def _opens_word(node: etree._Element) -> bool:
    """Whether the inline element's text opens with a letter or digit: not with a space (the junction is
    spaced already), nor with punctuation glued to the run before it (", and", ")"); a superscript or
    subscript ("CO<sub>2</sub>", a note's number) belongs to the run before it."""
    if node.get("rend") in ("#sup", "#sub"):
        return False
    for text in node.itertext():
        if text:
            return text[0].isalnum()
    return False


def _drop_back_links(root: etree._Element) -> None:
    """Remove the links back from a footnote to its reference, and the brackets around one.

    Every footnote renderer prints one after each note, a link to the reference's anchor whose
    text is an arrow: Hugo/Goldmark and markdown-it "footnote-backref" ("↩︎", markdown-it-footnote's
    footnote_anchor rule), kramdown "reversefootnote" ("↩", "↩<sup>2</sup>" for a second
    reference), GitHub's "data-footnote-backref", Pandoc "footnote-back", python-markdown's
    footnotes, WordPress's footnotes block (WordPress/gutenberg,
    packages/block-library/src/footnotes/index.php: '<li id="%1$s">%2$s <a href="#%1$s-link">↩︎</a></li>',
    no class), WP-Footnotes and Kirby's footnotes ("footnotereverse"), and Footnotes Made Easy's
    "[<a class="footnote-back-link">↩</a>]" in brackets. A reader follows them and never reads them:
    known by what they are (a link within the page printed as an arrow or a caret), not by the
    class, which half of the renderers do not print. A "^" button back to the top of the page is
    such a link too. The note's own text and links stay.
    """
    for ref in list(root.iter("ref")):
        if "#" not in (ref.get("target") or "") or not _BACK_LINK.fullmatch(clean_text("".join(ref.itertext()))):
            continue
        parent = ref.getparent()
        if parent is None:
            continue
        previous = ref.getprevious()
        before = (previous.tail if previous is not None else parent.text) or ""
        tail = ref.tail or ""
        if before.rstrip().endswith("[") and tail.lstrip().startswith("]"):
            before, tail = before.rstrip()[:-1], tail.lstrip()[1:]
        joined = before + tail
        if previous is not None:
            previous.tail = joined
        else:
            parent.text = joined
        parent.remove(ref)


def _check_declared(page: Page, builder: _SectionBuilder) -> FieldSource | None:
    """Correct the extracted text with the page's declared article text: JSON-LD when it took the
    body's place (the extraction missed the article), None when it only dropped blocks or did nothing."""
    declared = declared_body(page)
    if declared is None:
        return None
    if builder.take_declared(declared):
        page.warn("main text taken from the page's JSON-LD articleBody: the extracted text missed most of it")
        return Via.JSON_LD
    builder.keep_declared(declared)
    return None


def _main_text(page: Page, chosen: list[etree._Element] | None) -> etree._Element | None:
    """trafilatura's XML body of the page, or of the site profile's body elements when it names some."""
    tree: etree._Element = page.tree
    # The profile already says what the body is: keep all of it.
    recall = bool(chosen)
    if chosen:
        tree = _wrap(chosen)
    prune = [_PRUNE] if chosen else _prune_paths(page)
    fast = page.max_elements is not None and page.max_elements > 2 * MAX_FULL_TAGS
    if fast:
        page.warn(f"main text read without trafilatura's fallback extractors: a page of over {MAX_FULL_TAGS:,} tags")
    tree = _within_limits(page, tree)
    with _textless_head_set_aside(tree):
        document = trafilatura.bare_extraction(tree, prune_xpath=prune, options=_EXTRACTORS[fast, recall])
    body = getattr(document, "body", None)
    return body if body is not None and (len(body) or clean_text(body.text)) else None


@contextmanager
def _textless_head_set_aside(tree: etree._Element) -> Iterator[None]:
    """Take the head's ``meta``, ``link`` and ``base`` out of the tree while trafilatura runs.

    They hold no text, and trafilatura without metadata reads none of them, yet it copies them
    with the tree four times and tests each against its pruning expressions: about 40 of a real
    page's 800 elements, 0.3 ms of its 14 ms there (bodies identical on all corpus pages). They
    go back where they were: appending every child again in order restores the order (lxml moves
    an element's tail with it), in linear time where inserting each at its index would not be.
    """
    head = tree.find("head")
    children = list(head) if head is not None and len(head) <= MAX_HEAD_CHILDREN else []
    aside = [el for el in children if el.tag in _TEXTLESS_HEAD]
    for el in aside:
        head.remove(el)
    try:
        yield
    finally:
        if aside:
            for el in children:
                head.append(el)


def _within_limits(page: Page, tree: etree._Element) -> etree._Element:
    """``tree``, or when it holds more than MAX_TEXT_BLOCKS text blocks or MAX_BODY_ELEMENTS elements,
    a copy of it cut after the last one allowed (document order), with a warning.

    Handing trafilatura a pruning expression for the rest cost more than the extraction it saves:
    trafilatura deletes each match keeping its tail, which it appends to the previous sibling's
    tail, so cutting n siblings copied a tail growing to n characters n times (9 of 25 s on a page
    of 50,000 paragraphs), after copying the whole tree. So the rest is set aside from the page's
    own tree for as long as a copy of what is left takes (slice deletions and one extend per level:
    C loops), then put back: the copy is of the part trafilatura reads, not of the whole page
    (copying 3 million elements to delete all but 50,000 of them cost 0.7 s).
    """
    size = page.max_elements
    last = _last_allowed_block(tree) if size is None or size > MAX_TEXT_BLOCKS else None
    elements = (size is None or size > MAX_BODY_ELEMENTS) and bool(_NTH_ELEMENT(tree))
    if last is None and not elements:
        return tree
    aside: list[tuple[etree._Element, list[etree._Element]]] = []
    try:
        if last is not None:
            # Counted before the excluded regions go: the cut then often removes nothing.
            page.warn(f"main text read from the first {MAX_TEXT_BLOCKS:,} paragraphs of the page only")
            aside += _set_aside_after(last, inclusive=False)
        if elements and (over := _NTH_ELEMENT(tree)):
            page.warn(f"main text read from the first {MAX_BODY_ELEMENTS:,} elements of the page only")
            aside += _set_aside_after(over[0], inclusive=True)
        return copy.deepcopy(tree)
    finally:
        # Latest first: a parent cut twice gets its later part back after its earlier one.
        for parent, rest in reversed(aside):
            parent.extend(rest)


def _last_allowed_block(tree: etree._Element) -> etree._Element | None:
    """The MAX_TEXT_BLOCKS-th paragraph, list item or cell when the page has more; else None.

    Counted by lxml's tag-filtered walk, which makes a proxy for the matches only: the XPath
    ``(//p | //li | //td)[n]`` took 35 s on a list of 60,000 links, merging node sets.
    """
    last = None
    for count, el in enumerate(tree.iter(*_TEXT_BLOCKS), 1):
        if count == MAX_TEXT_BLOCKS:
            last = el
        elif count > MAX_TEXT_BLOCKS:
            return last
    return None


def _set_aside_after(node: etree._Element, *, inclusive: bool) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Take everything after ``node`` in document order out of its tree (``node`` too when
    ``inclusive``), tails included: its following siblings and those of each ancestor. Returns
    each parent with what it lost, for ``parent.extend(rest)`` to put back."""
    aside = []
    while (parent := node.getparent()) is not None:
        index = parent.index(node) + (0 if inclusive else 1)
        if rest := parent[index:]:
            del parent[index:]
            aside.append((parent, rest))
        inclusive = False
        node = parent
    return aside


def _prune_paths(page: Page) -> list[str]:
    """One expression naming, by path, every region to prune: evaluated before any is removed."""
    paths = page.regions.prune_paths(page.tree, [*page.markup.deks, *page.hidden], MAX_PRUNE_PATHS)
    if paths is None:
        return [_PRUNE] if page.regions.claimed or page.markup.deks else []
    return [paths]


def _wrap(elements: list[etree._Element]) -> lxml.html.HtmlElement:
    """A minimal document holding copies of the profile's body elements, in page order."""
    root = lxml.html.document_fromstring("<html><body><article></article></body></html>")
    article = root.find(".//article")
    for el in elements:
        if Regions.is_region(el):
            continue
        clone = copy.deepcopy(el)
        clone.tail = None
        article.append(clone)
    return root


def _recover(
    page: Page, builder: _SectionBuilder, region: Region, keys: set[str], links: list[tuple[str | None, str]]
) -> Region:
    """Add what trafilatura missed around the located body, and its links; returns the widened region."""
    region, missed = extend_start(region, builder.heading_keys(), keys)
    if lead := [*missed_lead(page, region, keys), *missed]:
        builder.prepend_lead([Paragraph(text=text) for text in lead])
    for heading in missed_headings(page, region, keys, builder.heading_keys()):
        builder.insert_heading(heading.text, heading.level, heading.before)
    references = missed_references(region)
    if references is not None and builder.add_references(references.heading, references.level, references.items):
        links.extend(references.links)
    return region


def _headline_keys(page: Page) -> tuple[set[str], str]:
    """The page's titles (og:title, h1s) and its <title>, normalised for comparison with headings."""
    h1s = (h1 for top in top_level(page.tree) for h1 in top.iter("h1"))
    keys = {_key(text_of(h1)) for h1 in itertools.islice(h1s, 3)}
    for name in ("og:title", "twitter:title"):
        if value := page.meta_first(name):
            keys.add(_key(value))
    keys.discard("")
    title = page.tree.find(".//title")
    return keys, _key(text_of(title)) if title is not None else ""


def _key(text: str) -> str:
    return clean_text(text).casefold()


def _normalise(text: str) -> str:
    """NFC text without soft hyphens: both are invisible in the page, and gold texts compare without them."""
    text = text.replace("\xad", "")
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _lines(element: etree._Element, *, skip_lists: bool = False) -> list[str]:
    """The element's text as cleaned lines: ``lb`` and nested blocks break lines, source newlines do not."""
    if not len(element):
        line = clean_text(_normalise(element.text or ""))
        return [line] if line else []
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if node is not element and tag in _BREAKING:
                parts.append("\n")
            elif tag == "ref" and _glued_to_link(node, parts):
                # Links printed side by side ("Nature" "Keio University") are separate names: a
                # browser shows their boxes apart, their texts must not fuse into "NatureKeio".
                parts.append(" ")
            if skip_lists and tag == "list" and node is not element:
                walker.skip_subtree()
                continue
            if node.text:
                parts.append(_flowing(node.text))
        elif node is not element:
            if tag in _BREAKING:
                parts.append("\n")
            if node.tail:
                if tag == "ref" and _chip_between_links(node):
                    parts.append(" ")
                parts.append(_flowing(node.tail))
    return [line for raw in _normalise("".join(parts)).split("\n") if (line := clean_text(raw))]


def _glued_to_link(node: etree._Element, parts: list[str]) -> bool:
    """A link right after another link, or after a chip printed between two ("+1"), with no space."""
    previous = node.getprevious()
    return (previous is not None and previous.tag == "ref" and bool(parts) and bool(parts[-1])
            and not parts[-1][-1].isspace() and parts[-1][-1] not in _OPENING)


def _chip_between_links(node: etree._Element) -> bool:
    """Text glued to the end of a link and followed by another link: a count or label chip
    ("Keio University" "+1" "PMC"), not the rest of a word or sentence punctuation."""
    following = node.getnext()
    tail = node.tail or ""
    return (following is not None and following.tag == "ref" and bool(tail) and not tail[0].isspace()
            and tail[0] not in _CLOSING and len(tail.strip()) <= MAX_CHIP_CHARS)


def _flowing(text: str) -> str:
    # Each line break becomes a space, and the lines' clean_text collapses the runs: two
    # replacements cost a third of a regular expression's substitution of the runs.
    return text.replace("\n", " ").replace("\r", " ")


def _one_line(element: etree._Element, *, skip_lists: bool = False) -> str:
    return " ".join(_lines(element, skip_lists=skip_lists))


def _bold_lead(element: etree._Element) -> str | None:
    """The text of a bold run the element opens with, when it does not make up the whole element."""
    if clean_text(element.text) or not len(element):
        return None
    first = element[0]
    # A link wrapping the bold label (<ref><hi rend="#b">) counts too.
    if first.tag == "ref" and not clean_text(first.text) and len(first):
        first = first[0]
    if first.tag != "hi" or first.get("rend") != "#b":
        return None
    return _one_line(first) or None


def _code_text(el: etree._Element) -> str:
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node.tag == "lb":
                parts.append("\n")
            if node.text:
                parts.append(node.text)
        elif node is not el and node.tail:
            parts.append(node.tail)
    return "".join(parts).strip("\n").rstrip()


class _SectionBuilder:
    """Sections in the making: a section opens at each heading and fills with the blocks after it.

    Bold leads are held by block until ``finish`` numbers them, so blocks can still be added or
    removed anywhere before that.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.sections: list[Section] = [Section()]
        self.seen_block = False
        # By id() of the block; the block is held too, so its id cannot be reused by another.
        self.leads: dict[int, tuple[Block, dict[int, str]]] = {}

    @property
    def current(self) -> Section:
        return self.sections[-1]

    def build(self, root: etree._Element) -> None:
        if text := clean_text(_normalise(root.text or "")):
            self._add(Paragraph(text=text))
        for child in root:
            self._element(child)
            if text := clean_text(_normalise(child.tail or "")):
                self._add(Paragraph(text=text))

    def anchor_texts(self) -> list[str]:
        """Texts that locate the body in the page: headings, paragraphs and quotes."""
        texts: list[str] = []
        for section in self.sections:
            if section.heading:
                texts.append(section.heading)
            texts.extend(block.text for block in section.blocks if block.type in ("paragraph", "quote"))
        return texts

    def heading_keys(self) -> set[str]:
        return {section.heading.casefold() for section in self.sections if section.heading}

    def prepend_lead(self, blocks: list[Block]) -> None:
        if self.sections[0].heading is not None:
            self.sections.insert(0, Section())
        self.sections[0].blocks[:0] = blocks

    def insert_heading(self, heading: str, level: int, before: str) -> None:
        """Open a section titled ``heading`` at the paragraph keyed ``before`` (see text_key), which
        then starts it with the blocks after it; nothing unless exactly one paragraph has that key
        (a page repeating a paragraph gives no place for the heading), nor where the block before
        it is the heading's own text as a paragraph (a heading trafilatura kept as one)."""
        places = [(index, position) for index, section in enumerate(self.sections)
                  for position, block in enumerate(section.blocks)
                  if block.type == "paragraph" and text_key(block.text) == before]
        if len(places) != 1:
            return
        index, position = places[0]
        section = self.sections[index]
        if position and (previous := section.blocks[position - 1]).type == "paragraph":
            if _same_line(previous.text, heading):
                return
        elif not position and section.heading and _same_line(section.heading, heading):
            return
        opened = Section(heading=heading, level=level, blocks=section.blocks[position:])
        section.blocks = section.blocks[:position]
        self.sections.insert(index + 1, opened)

    def add_references(self, heading: str, level: int, items: list[str]) -> bool:
        """Put a references list under its heading, appended when the body lacks the heading.

        Returns False when the body already holds a list there (trafilatura kept it).
        """
        key = heading.casefold()
        section = next((s for s in self.sections if s.heading and s.heading.casefold() == key), None)
        if section is None:
            section = Section(heading=heading, level=level)
            self.sections.append(section)
        elif any(block.type == "list" for block in section.blocks):
            return False
        section.blocks.insert(0, ListBlock(items=items))
        return True

    def take_declared(self, declared: DeclaredBody) -> bool:
        """Replace the text by the declared one when it holds under MIN_FOUND of it and is under
        1/MIN_GROWTH of its length; returns whether it did."""
        text = "\n".join(text for section in self.sections for block in section.blocks for text in _block_texts(block))
        if declared.words < MIN_GROWTH * len(text.split()) or declared.found_in(text) >= MIN_FOUND:
            return False
        self.sections = [Section(blocks=[Paragraph(text=p) for p in declared.paragraphs])]
        self.leads.clear()
        return True

    def keep_declared(self, declared: DeclaredBody) -> None:
        """Drop the paragraphs and quotes the page's declared article text lacks, when it holds the
        rest of the extracted text.

        Lists, headings, tables and code stay: declared texts flatten or leave them out (a review's
        pros and cons list).
        """
        texts = [text for section in self.sections for block in section.blocks for text in _block_texts(block)]
        if not texts or declared.coverage("\n".join(texts)) < MIN_COVERAGE:
            return
        started = False
        for section in self.sections:
            kept: list[Block] = []
            for block in section.blocks:
                # What comes before the first declared paragraph is the lead or standfirst, which
                # declared texts leave out.
                if not started:
                    started = any(declared.coverage(text) >= MIN_BLOCK_COVERAGE for text in _block_texts(block))
                    kept.append(block)
                elif block.type not in ("paragraph", "quote") or declared.coverage(block.text) >= MIN_BLOCK_COVERAGE:
                    kept.append(block)
            section.blocks = kept

    def drop_furniture(self) -> None:
        """Drop the site's parts of the text (see ``body_furniture``): sections of other articles' headlines
        under a "read also" heading, "read also", picture credit and advertising disclosure lines anywhere
        with the list a "read also" label announces, and the medical or legal disclaimer and calls to
        action closing the text."""
        self.sections = [section for section in self.sections if not _is_teaser_box(section)] or self.sections[:1]
        emptied: set[int] = set()
        for section in self.sections:
            slides = _slideshows(section.blocks)
            kept: list[Block] = []
            announced = False
            for block in section.blocks:
                if announced and block.type == "list" and all(len(item) <= MAX_TEASER_CHARS for item in block.items):
                    announced = False
                    continue
                announced = block.type == "paragraph" and is_read_also_intro(block.text)
                if not _is_site_line(block) and not _is_slide(block, slides):
                    kept.append(self._without_site_lines(block))
            if section.blocks and not kept:
                emptied.add(id(section))
            section.blocks = kept
        # A heading whose whole section was the site's ("Business news in pictures" over a gallery) goes with it.
        self.sections = [section for section in self.sections if id(section) not in emptied] or self.sections[:1]
        self._drop_label_headings()
        tail = self.sections[-1]
        while tail.blocks and tail.blocks[-1].type == "paragraph" and (
                _is_disclaimer(tail.blocks[-1].text) or is_closing_furniture(tail.blocks[-1].text)):
            del tail.blocks[-1]

    def _without_site_lines(self, block: Block) -> Block:
        """A paragraph of several lines (``<br>``-joined) without its lines that are a "read also" line or a
        picture credit ("(Le puede interesar: …)" between two sentences, "Foto: …" under a caption): the
        same lines a paragraph of their own loses. The bold lead stays with the paragraph's first line."""
        if block.type != "paragraph" or "\n" not in block.text:
            return block
        lines = block.text.split("\n")
        kept = [line for line in lines if not (is_read_also(line) or is_read_also_intro(line) or is_picture_credit(line))]
        if len(kept) == len(lines) or not kept:
            return block
        paragraph = Paragraph(text="\n".join(kept))
        if (leads := self.leads.pop(id(block), None)) is not None and kept[0] == lines[0]:
            self.leads[id(paragraph)] = (paragraph, leads[1])
        return paragraph

    def _drop_label_headings(self) -> None:
        """Drop headings that are a box's label, not a title of the article: an advertising label
        ("Advertisement", "Reklama": the heading of an ad slot between two paragraphs), a "read also" line
        set in a heading ("Mire: <headline>"), or a "read also" label over nothing (a box whose links were
        pruned). Their section's paragraphs are the article's, read on under the heading before. A "read
        also" label over paragraphs stays: "Weitere Themen" may title the article's own last part."""
        sections: list[Section] = []
        for section in self.sections:
            heading = section.heading
            label = heading is not None and (
                is_disclosure(heading) or is_read_also(heading) and not is_read_also_intro(heading)
                or not section.blocks and is_read_also_intro(heading))
            if not label:
                sections.append(section)
            elif sections:
                sections[-1].blocks.extend(section.blocks)
            elif section.blocks:
                section.heading, section.level = None, None
                sections.append(section)
        self.sections = sections or self.sections[:1]

    def drop_boxed_furniture(self, region: Region, keys: set[str]) -> None:
        """Drop paragraphs worded like the site's furniture (a newsletter sign-up, a paywall notice)
        anywhere in the text when the page prints them in a box of their own (``body_region.boxed``):
        the same words in one of the article's paragraphs stay."""
        worded = {block.text for section in self.sections for block in section.blocks
                  if block.type == "paragraph" and is_closing_furniture(block.text)}
        if not worded or not (found := boxed(region, worded, keys)):
            return
        emptied: set[int] = set()
        for section in self.sections:
            kept = [block for block in section.blocks if block.type != "paragraph" or block.text not in found]
            if section.blocks and not kept:
                emptied.add(id(section))
            section.blocks = kept
        # A heading over the box alone ("PC Gamer Newsletter") goes with it.
        self.sections = [section for section in self.sections if id(section) not in emptied] or self.sections[:1]

    def drop_captions(self, captions: set[str]) -> None:
        """Remove paragraphs and one-column tables that only repeat an image's caption."""
        if not captions:
            return
        keys = {_key(caption) for caption in captions}
        for section in self.sections:
            section.blocks = [block for block in section.blocks if not _is_caption(block, keys)]

    def finish(self) -> tuple[list[Section], dict[LeadKey, str]]:
        sections = [s for s in self.sections if s.blocks or s.heading is not None]
        leads: dict[LeadKey, str] = {}
        for s, section in enumerate(sections):
            for b, block in enumerate(section.blocks):
                for item, lead in self.leads.get(id(block), (block, {}))[1].items():
                    leads[(s, b, item)] = lead
        return sections, leads

    def _element(self, el: etree._Element) -> None:
        tag = el.tag
        if tag == "head":
            self._heading(el)
        elif tag == "list":
            self._list(el)
        elif tag == "table":
            rows = [[_one_line(cell) for cell in row.iterchildren("cell")] for row in el.iterchildren("row")]
            if rows := [row for row in rows if any(row)]:
                self._add(Table(rows=rows))
        elif tag == "quote":
            if text := "\n".join(_lines(el)):
                self._add(Quote(text=text))
        elif tag == "code":
            if text := _code_text(el):
                self._add(Code(text=text))
        elif text := "\n".join(_lines(el)):
            lead = _bold_lead(el)
            self._add(Paragraph(text=text), {0: lead} if lead else None)

    def _heading(self, el: etree._Element) -> None:
        text = _one_line(el)
        if not text or (not self.seen_block and self._is_headline(text)):
            return
        self.sections.append(Section(heading=text, level=_LEVELS.get(el.get("rend", ""))))

    @cached_property
    def _headlines(self) -> tuple[set[str], str]:
        # Only needed when the text opens with a heading: the lookup is not paid on most pages.
        return _headline_keys(self.page)

    def _is_headline(self, text: str) -> bool:
        key = _key(text)
        titles, title = self._headlines
        return key in titles or _MIN_TITLE_CHARS <= len(key) <= _MAX_TITLE_CHARS and key in title

    def _list(self, el: etree._Element) -> None:
        items: list[str] = []
        leads: dict[int, str] = {}
        # Items of nested lists come after their parent item, flattened.
        for item in el.iter("item"):
            text = _one_line(item, skip_lists=True)
            if not text:
                continue
            if lead := _bold_lead(item):
                leads[len(items)] = lead
            items.append(text)
        if items:
            self._add(ListBlock(ordered=el.get("rend") == "ol", items=items), leads)

    def _add(self, block: Block, leads: dict[int, str] | None = None) -> None:
        self.current.blocks.append(block)
        self.seen_block = True
        if leads:
            self.leads[id(block)] = (block, leads)


def _is_site_line(block: Block) -> bool:
    return block.type == "paragraph" and (
        is_read_also(block.text) or is_read_also_intro(block.text) or is_picture_credit(block.text)
        or is_disclosure(block.text))


def _slideshows(blocks: list[Block]) -> set[int]:
    """The totals of the galleries of which the blocks hold MIN_SLIDES slide captions ("3/50 …") or more."""
    slides: dict[int, set[int]] = {}
    for block in blocks:
        for text in _block_texts(block):
            if counter := slide_counter(text):
                slides.setdefault(counter[1], set()).add(counter[0])
    return {total for total, numbers in slides.items() if len(numbers) >= MIN_SLIDES}


def _is_slide(block: Block, slideshows: set[int]) -> bool:
    """A slide caption, or a list of them, of one of the page's galleries."""
    return bool(slideshows) and block.type in ("paragraph", "list") and all(
        (counter := slide_counter(text)) is not None and counter[1] in slideshows for text in _block_texts(block))


def _is_teaser_box(section: Section) -> bool:
    """A section under a "read also" heading ("Mehr zum Thema", "Notas relacionadas") holding only a few
    headline-length paragraphs or list items: other articles, not this one's. A paragraph of linked
    headlines one a line (``<a>…</a><br><a>…</a>``, a CMS's box written into the text) is measured by its
    lines, each a headline, and holds no more of them than a box does."""
    if section.heading is None or not is_read_also_intro(section.heading) or len(section.blocks) > MAX_TEASERS:
        return False
    return all(block.type in ("paragraph", "list") for block in section.blocks) and all(
        len(lines := text.split("\n")) <= MAX_TEASERS and all(len(line) <= MAX_TEASER_CHARS for line in lines)
        for block in section.blocks for text in _block_texts(block))


def _same_line(text: str, heading: str) -> bool:
    """Whether a paragraph's or heading's text is the heading's, or the heading's with a part cut off
    ("Kanae's Review" for the page's "Kanae's Review<span>8.5/10</span>"), spaces and case aside."""
    text, line = "".join(text.split()).casefold(), "".join(heading.split()).casefold()
    return bool(text) and line.startswith(text)


def _block_texts(block: Block) -> list[str]:
    if block.type == "list":
        return block.items
    return [block.text] if block.type in ("paragraph", "quote") else []


def _is_disclaimer(text: str) -> bool:
    return len(text) <= _MAX_DISCLAIMER_CHARS and bool(_DISCLAIMER.search(text))


def _is_caption(block: Block, caption_keys: set[str]) -> bool:
    if block.type == "paragraph":
        return _key(block.text) in caption_keys
    if block.type == "table":
        cells = [cell for row in block.rows for cell in row if cell]
        return all(len([c for c in row if c]) <= 1 for row in block.rows) and all(
            _key(cell) in caption_keys for cell in cells
        )
    return False
