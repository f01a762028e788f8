"""Guards for the patterns' speed-ups: a possessive leading run, a first-letter lookahead, the
furniture stems' one search, the refusal words' grouping and the bare agency line's early refusal.

Each is exact only while the patterns keep a property a later rule could break without noticing:
no label may open with a character of the possessive run, every label hint's first letter
must be in the lookahead that skips other positions, every furniture stem must be word
characters only (a stem where no word character precedes it is then a word starting with it),
every refusal word must contain the part it is grouped under, and a character refusing a bare
agency line early must be one its whole text keeps and the agency pattern refuses.
"""

from __future__ import annotations

import re

from harvester.document.text import clean_text
from harvester.evidence import artifacts
from harvester.fields import body_furniture, byline, related, source_box


def test_the_label_hint_lookahead_admits_every_hint_first_letter() -> None:
    # A hint added without its first letter in the lookahead would never be found.
    letters, hints = re.fullmatch(r"\(\?=\[(\w+)\]\)\(\?:(.*)\)", source_box._LABEL_HINT.pattern, re.DOTALL).groups()
    assert {hint[0].lower() for hint in hints.split("|")} <= set(letters)


def test_labels_after_long_indentation_are_still_found_whole() -> None:
    indent = "\n" + " " * 500
    published = byline._PUBLISHED_LABEL.match(f"{indent}Published on May 5, 2024")
    assert published is not None and published.end() == len(indent) + len("Published on ")
    assert byline._DATE_LABEL_ONLY.match(f"{indent}Datum: ") is not None
    assert related._RELATED_HEADING.match(f"{indent}» Related posts") is not None
    assert source_box._LINE_LABEL.match(f"{indent}Quelle: Golem").group(1) == "Quelle"


def test_furniture_stems_are_word_characters_so_one_search_finds_the_words_they_start() -> None:
    # A stem with a space or a hyphen ("sign-up") would no longer mean "a word starting with it".
    for stems in (body_furniture._CLOSING_STEMS, body_furniture._DISCLOSURE_STEMS):
        assert all(re.fullmatch(r"\w+", stem) for stem in stems)
        assert set(body_furniture._STEM_SEARCHES) >= {stems}
    for text, expected in [("Please SUBSCRIBE today", True), ("unsubscribe here", False), ("Folgen Sie uns", True),
                           ("Anzeige", True), ("Die Hauswerbung", False), ("Sígueme", True), ("x_sign", False)]:
        stems = body_furniture._CLOSING_STEMS + body_furniture._DISCLOSURE_STEMS
        words = re.findall(r"\w+", text.casefold())
        assert any(word.startswith(stems) for word in words) is expected
        found = body_furniture._has_stem(text, body_furniture._CLOSING_STEMS) or body_furniture._has_stem(
            text, body_furniture._DISCLOSURE_STEMS)
        assert found is expected


def test_every_refusal_word_contains_the_part_it_is_grouped_under() -> None:
    # A word under a part it lacks would be skipped on every text without that part.
    for part, words in artifacts._REFUSAL_WORDS.items():
        assert words and all(part in word for word in words)
    assert artifacts._holds_refusal_word("i'm sorry, but as an ai language model")
    assert not artifacts._holds_refusal_word("the study was able to show that as many as half")


def test_a_character_refusing_a_bare_agency_line_early_is_one_its_whole_text_keeps_and_refuses() -> None:
    # _bare_agency_line refuses a paragraph by a character of its own text before reading the
    # whole: exact only while each such character survives clean_text and _BARE_AGENCY never
    # accepts it (a character added to the agency pattern must leave the early refusal too).
    for code in range(0x10000):
        char = chr(code)
        if byline._NOT_BARE_AGENCY.search(char):
            assert char in clean_text(f"A{char}B"), hex(code)
            assert byline._BARE_AGENCY.match(f"A{char}B") is None, hex(code)
