"""The printed headline among the titles a page declares.

A page declares titles for search engines and social cards (JSON-LD ``headline``, og:title,
``<title>``) and prints one above the article. Publishers test the declared ones against each
other, add " | Site" or " | Health | 28.04.2023" to them, and sometimes leave a CMS id there; the
reader sees the printed one. The record's headline is the printed one when a printed heading
says what the declared titles say, and the declared ones stay beside it as variants.
Pure string functions: the metadata extractor finds the candidates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from harvester.lexicon import host_spelling

__all__ = ["SEPARATORS", "covers", "is_machine_id", "printed_match", "strip_archive_label", "strip_bare_separators",
           "strip_tails", "strip_trail_heads"]

# How much of a declared title's wording a printed heading must share to be its printed form:
# "Why the big vitamin D trial found no benefit" covers 0.6 of "Vitamin D: Why the new trial
# disappoints"; a blog's name in the h1 covers none of the post's title.
MIN_COVER = 0.5
# The most words of a title's part naming its site or section ("India News", "Times of India").
_SITE_PART_WORDS = 4
_WORD = re.compile(r"\W+", re.ASCII)
_UNICODE_WORD = re.compile(r"\w+")
# A word as covers() compares them: no underscore in it. Chinese CMSs glue a title's parts with one
# (DedeCMS's templets/default/article_article.htm: "<title>{dede:field.title/}_{dede:global.cfg_webname/}");
# as a word character it glued the site's name to the headline's last run of characters, which a
# printed heading then lacked whole.
_COVER_WORD = re.compile(r"[^\W_]+")
_UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.IGNORECASE)
_HEX = re.compile(r"^(?:0x)?[0-9a-f]{8,}$", re.IGNORECASE)
# What divides a title's parts ("Post | Section | Site"): the one list both this module and metadata read.
# A typewriter's dash is two hyphens: "Post -- Site".
# Besides the ASCII bar, the bars of other scripts and of box drawing that titles print between a
# headline and the site's name: "Produkttester werden │ Nestlé Marktplatz", "標題 ｜ 站名".
SEPARATORS = (" | ", " - ", " -- ", " – ", " — ", " :: ", " · ", " » ", " • ", " « ", " ‹ ", " › ", " / ", " ~ ", " || ",
              " │ ", " ┃ ", " ‖ ", " ｜ ")
_BARE_SEPARATORS = re.compile("|".join(
    rf"^\s*{re.escape(sep.strip())}\s+|\s+{re.escape(sep.strip())}\s*$" for sep in SEPARATORS))
_ARCHIVE_LABEL = re.compile(r"^.*?\s»\s*(?:blog[- ]?archi(?:ve|v)|archives?\s+du\s+blog)\s*»\s*(\S.*)$", re.IGNORECASE)
_DATE_TAIL = re.compile(
    r"^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4})\s*$"
)

# A day's date, not a bare year: "2024 - A year in review" opens with its own topic.
_FULL_DATE = re.compile(r"^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})\s*$")


def is_machine_id(text: str) -> bool:
    """A CMS or database id, not words: "post-48213", "5f2b9c0e-8d1a-...", "IMG_2041", "123456".

    Ids are written in ASCII. A title in a script that writes no spaces between words is one token
    however many words it holds, and its figures are words too: "1-10月德清县固定资产投资结构趋稳趋优",
    a Chinese government portal's <title>, is a headline, not an id."""
    text = text.strip()
    if not text or " " in text or not text.isascii():
        return False
    if _UUID.match(text) or _HEX.match(text) or text.isdigit():
        return True
    # "post-48213", "IMG_2041", "a1b2c3d4": a run of three digits or more in one token; a
    # one-word title such as "COVID-19" or "Windows 11" has fewer.
    return sum(ch.isdigit() for ch in text) >= 3


def covers(printed: str, declared: str) -> float:
    """How much of ``declared``'s words ``printed`` holds, by characters of the missing words
    (Readability's text similarity, over Unicode words so "Schmerzen spüren" counts whole)."""
    words = {w.casefold() for w in _COVER_WORD.findall(unicodedata.normalize("NFKC", printed))}
    reference = [w.casefold() for w in _COVER_WORD.findall(unicodedata.normalize("NFKC", declared))]
    if not words or not reference:
        return 0.0
    missing = " ".join(word for word in reference if word not in words)
    return 1 - len(missing) / len(" ".join(reference))


def printed_match(printed: list[str], declared: Iterable[str]) -> str | None:
    """The first printed heading that is the printed form of a declared title, else None.

    A heading whose wording covers most of a title's is its printed form, even where the words
    differ in part (an SEO title's keyword up front, a kicker, a question mark); one much longer
    than every title is a paragraph, not a headline.
    """
    titles = [title for title in declared if title.strip()]
    # A heading that is the part after a title's separator names the site ("Post — Site Name").
    tails = {_squash(title.rpartition(sep)[2]) for title in titles for sep in SEPARATORS if sep in title}
    # A title's longest part is read too: its site's and section's parts are no words a printed heading
    # lacks. The Times of India's <title> "Kashmir issue: China snubs Imran Khan, says resolve Jammu and
    # Kashmir bilaterally | India News - Times of India" is an SEO rewording of its h1 "China snubs Imran
    # Khan, says resolve J&K bilaterally", which covers 0.61 of the first part, 0.46 of the whole title.
    titles += [part for title in titles if (part := _headline_part(title)) is not None]
    for text in printed:
        if _squash(text) in tails:
            continue
        for title in titles:
            if len(text) <= 3 * len(title) + 20 and covers(text, title) >= MIN_COVER \
                    and covers(title, text) >= MIN_COVER / 2:
                return text
    return None


def _headline_part(title: str) -> str | None:
    """A title's first part where the parts after it are its tails, each of a site's or a section's
    length and shorter than it ("Post | Section - Site" gives "Post"), else None: the site's long
    tagline after a short headline ("Post | Site: the independent magazine for …") is no tail."""
    parts = [title]
    for sep in SEPARATORS:
        parts = [piece.strip() for part in parts for piece in part.split(sep)]
    head, tails = parts[0], parts[1:]
    if not tails or any(len(part.split()) > _SITE_PART_WORDS or len(part) >= len(head) for part in tails):
        return None
    return head


def strip_tails(title: str, section_keys: Iterable[str]) -> str:
    """Remove trailing " | Section | 28.04.2023" parts: dates, and parts naming the site or a
    section (``section_keys``: site names, the URL's path segments, breadcrumb names), as long as
    some words are left."""
    keys = {_squash(key) for key in section_keys if _squash(key)}
    changed = True
    while changed:
        changed = False
        for sep in SEPARATORS:
            if sep not in title:
                continue
            head, _, tail = title.rpartition(sep)
            if head.strip() and (_DATE_TAIL.match(tail) or _squash(tail) in keys or _names_host(tail, keys)):
                title = head.strip()
                changed = True
                break
    return title


def strip_trail_heads(title: str, section_keys: Iterable[str], separators: tuple[str, ...] = SEPARATORS, *,
                      dates: bool = True) -> str:
    """Remove a title's leading parts that ``section_keys`` name or, with ``dates``, that are a
    day's date, as long as some words are left. For a title that opened with the site's name (``title``
    is what follows it): such a title is a breadcrumb trail, "Site - Section - Post", its keys the
    URL's path segments and the declared section. For any title, with the kicker's colon among the
    ``separators``: its keys the headings the page prints apart from the headline. Never a first part
    for its shortness: it is as often the headline's own topic ("Villa Galaxy - Ferienvilla in Florida",
    "Synchronschwimmen - Aktuelles")."""
    keys = {_squash(key) for key in section_keys if _squash(key)}
    changed = True
    while changed:
        changed = False
        for sep in separators:
            head, found, rest = title.partition(sep)
            if found and rest.strip() and ((dates and _FULL_DATE.match(head)) or _squash(head) in keys):
                title = rest.strip()
                changed = True
                break
    return title


def strip_bare_separators(title: str) -> str:
    """A title less a separator with nothing on its other side: a template filling in an empty site
    name or section ("Über André Loibl |", "National Rail Enquiries -", "| Post"). Not where the same
    mark divides the title too: then it closes a frame around the last part (pixnet's "Post :: Site ::")."""
    match = _BARE_SEPARATORS.search(title)
    if match is None or title.count(match[0].strip()) > 1:
        return title
    return _BARE_SEPARATORS.sub("", title).strip() or title


def strip_archive_label(title: str) -> str:
    """The post's title out of the WordPress default theme's "Site » Blog Archive » Post" (and its
    translations), where the title's first parts name the site and the page type."""
    match = _ARCHIVE_LABEL.match(title)
    return match[1] if match else title


def _names_host(tail: str, keys: set[str]) -> bool:
    """"Example.de", "www.example.de": a domain whose name is the site's."""
    tail = tail.strip().lower().removeprefix("www.")
    if "." not in tail or " " in tail:
        return False
    return _squash(tail.rsplit(".", 1)[0]) in keys or _squash(tail) in keys


def _squash(text: str) -> str:
    """A name's comparison key, spelt as a domain spells it: "Nestlé Marktplatz" is nestle-marktplatz's."""
    return "".join(_UNICODE_WORD.findall(host_spelling(unicodedata.normalize("NFKC", text).casefold())))
