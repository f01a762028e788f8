"""The article text a page declares about itself (JSON-LD ``articleBody``), as a check on trafilatura.

trafilatura decides what the main text is from the markup alone. Many news CMSs also publish the
article's text in the page's JSON-LD: what the publisher itself says the article is, without the
photo credits, subscription pleas, newsletter boxes and "read also" lines between and after its
paragraphs. It cannot replace the extracted text (it is often a teaser cut after a paragraph or
two, flattened without headings, or holds HTML), but compared with it, it says which extracted
paragraphs are not the article.

Comparison is by word trigrams (``\\w+`` tokens, case-folded), so markup, punctuation and
whitespace differences between the two copies do not matter.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from harvester.document import Page, clean_text

__all__ = ["DeclaredBody", "declared_body"]

# A declared text shorter than this is a teaser or a summary, not the article.
MIN_DECLARED_WORDS = 80
# The declared text must hold this share of the extracted text's trigrams to describe the same
# article in full (a teaser cut after the first paragraphs holds less)...
MIN_COVERAGE = 0.8
# Under this share of the declared text in the extracted text, with the declared text at least
# MIN_GROWTH times as long, the extraction missed the article (a caption or a teaser box taken for
# it) and the declared text is the body.
MIN_FOUND = 0.5
MIN_GROWTH = 2
# ... and a block is the article's when this share of its own trigrams is in the declared text.
MIN_BLOCK_COVERAGE = 0.5
# Past this size the declared text is not compared (a hostile page's megabytes of JSON).
MAX_DECLARED_CHARS = 500_000
_WORDS = re.compile(r"\w+")
_MARKUP = re.compile(r"<[a-zA-Z/!][^>]*>")
# Elements of a declared HTML body after which a new paragraph starts.
_BREAKS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "ul", "ol")


@dataclass(frozen=True)
class DeclaredBody:
    """The declared article text as word trigrams, for coverage tests of extracted blocks."""

    paragraphs: tuple[str, ...]
    trigrams: frozenset[tuple[str, ...]]
    joined: str
    words: int

    @classmethod
    def of(cls, text: str) -> DeclaredBody:
        words = _words(text)
        paragraphs = tuple(line for raw in text.splitlines() if (line := clean_text(raw)))
        return cls(paragraphs, frozenset(zip(words, words[1:], words[2:])), " ".join(words), len(words))

    def coverage(self, text: str) -> float:
        """The share of ``text``'s trigrams found in the declared text (1.0 or 0.0 for texts of
        fewer than three words: the words found in a row or not)."""
        words = _words(text)
        if len(words) < 3:
            return float(bool(words) and f" {' '.join(words)} " in f" {self.joined} ")
        grams = list(zip(words, words[1:], words[2:]))
        return sum(gram in self.trigrams for gram in grams) / len(grams)

    def found_in(self, text: str) -> float:
        """The share of the declared text's trigrams that ``text`` holds."""
        words = _words(text)
        return len(self.trigrams.intersection(zip(words, words[1:], words[2:]))) / max(1, len(self.trigrams))


def declared_body(page: Page) -> DeclaredBody | None:
    """The page's own article's ``articleBody`` when it is long enough to be the article, else None."""
    value = page.ld.first("articleBody")
    if not isinstance(value, str) or len(value) > MAX_DECLARED_CHARS:
        return None
    # Templates escape it once or twice ("&amp;ccedil;"); some put the body's HTML there.
    text = html.unescape(html.unescape(value))
    if _MARKUP.search(text):
        try:
            fragment = lxml.html.fragment_fromstring(text, create_parent="div")
        except (etree.ParserError, ValueError):
            return None
        for element in fragment.iter(*_BREAKS):
            element.tail = "\n" + (element.tail or "")
        text = fragment.text_content()
    declared = DeclaredBody.of(text)
    return declared if declared.words >= MIN_DECLARED_WORDS else None


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())
