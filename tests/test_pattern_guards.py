"""Guards for the label patterns' speed-ups: a possessive leading run and a first-letter lookahead.

Both are exact only while the patterns keep a property a later rule could break without noticing:
no label may open with a character of the possessive run, and every label hint's first letter
must be in the lookahead that skips other positions.
"""

from __future__ import annotations

import re

from harvester.fields import byline, related, source_box


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
