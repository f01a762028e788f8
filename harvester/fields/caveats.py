"""Caveat, limitation, risk and safety items found in the body sections.

A caveat passage is either a section whose heading names one ("Important caveats and safety",
"Limitations", "Risiken und Nebenwirkungen", "Précautions", "Efectos secundarios"), with its
subsections, or a list introduced by a paragraph that does ("experts emphasize caution:",
"Several caveats apply:"). Each list item of the passage is one caveat; a passage without a list
gives one caveat per paragraph, and a subsection of a caveat section with no list gives one
caveat labelled with its heading. Reader advice ("What patients should know") is not a caveat.

The label is the item's bold lead ("Single-case early data:") without its closing colon or
period, taken from ``Body.leads``; an item without one is split on a short "Label: text" prefix,
else has no label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from harvester.models import Caveat, ListBlock, Paragraph, Section

__all__ = ["extract_caveats"]

MAX_CAVEATS = 200
# A "Label: text" prefix longer than this (characters, words) is a sentence, not a label.
MAX_LABEL_CHARS = 60
MAX_LABEL_WORDS = 8

_NOT_CAVEAT = (
    r"risk\s+factors?|risikofaktor\w*|facteurs?\s+de\s+risque|factor(?:es)?\s+de\s+riesgo|"
    r"(?:reduc\w*|lower\w*|cut\w*|senk\w*|réduire|reducir)\b[^.:]{0,30}\b(?:risks?|risiken?|risques?|riesgos?)"
)
_CAVEAT_WORDS = (
    # English
    r"caveats?|cautions?|cautionary|limitations?|limits\s+of|risks|safety|warnings?|side[-\s]effects?|"
    r"adverse\s+(?:effects?|events?|reactions?)|precautions?|contraindications?|drawbacks?|downsides?|"
    r"be(?:ing)?\s+careful|who\s+should\s+(?:avoid|not)|watch\s+out|beware|"
    # German
    r"risiken|nebenwirkungen|einschränkungen|limitationen|grenzen\s+der\s+studie|vorsicht\w*|warnhinweise?|"
    r"warnung(?:en)?|sicherheit|gegenanzeigen|kontraindikationen|wechselwirkungen|"
    # French
    r"risques|limites|précautions?|mises?\s+en\s+garde|effets\s+(?:secondaires|indésirables)|sécurité|"
    r"avertissements?|contre-indications?|prudence|"
    # Spanish
    r"riesgos|limitaciones|precauci(?:ón|ones)|advertencias?|efectos\s+(?:secundarios|adversos)|seguridad|"
    r"contraindicaciones|cautela"
)
_CAVEAT_HEADING = re.compile(rf"\b(?:{_CAVEAT_WORDS})\b", re.IGNORECASE)
_NOT_CAVEAT_HEADING = re.compile(rf"\b(?:{_NOT_CAVEAT})\b", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"^([^\W\d_][^:.!?;,]{0,%d}?)\s*:\s+(\S.*)$" % (MAX_LABEL_CHARS - 1), re.DOTALL)
_LEAD_END = re.compile(r"[\s:.–—-]+$")
_TEXT_START = re.compile(r"^[\s:.–—-]+")


def extract_caveats(sections: list[Section], leads: Mapping[tuple[int, int, int], str] | None = None) -> list[Caveat]:
    """Caveat items of the body in reading order; ``leads`` are ``Body.leads`` (bold item leads)."""
    leads = leads or {}
    caveats: list[Caveat] = []
    for caveat in _caveats(sections, leads):
        caveats.append(caveat)
        if len(caveats) == MAX_CAVEATS:
            break
    return caveats


def _is_caveat_text(text: str) -> bool:
    return bool(_CAVEAT_HEADING.search(text)) and not _NOT_CAVEAT_HEADING.search(text)


def _caveats(sections: list[Section], leads: Mapping[tuple[int, int, int], str]) -> Iterator[Caveat]:
    passage_level: int | None = None  # level of the caveat section whose subsections we are in
    passage_heading: str | None = None
    for s, section in enumerate(sections):
        level = section.level or 7
        if passage_level is not None and level <= passage_level:
            passage_level = passage_heading = None
        if section.heading and passage_level is None and _is_caveat_text(section.heading):
            passage_level, passage_heading = level, section.heading
            yield from _passage(s, section, leads)
        elif passage_level is not None:
            yield from _subsection(s, section, passage_heading, leads)
        else:
            yield from _introduced_lists(s, section, leads)


def _passage(s: int, section: Section, leads: Mapping[tuple[int, int, int], str]) -> Iterator[Caveat]:
    """Items of a caveat section: its list items, else its paragraphs (not those opening a list)."""
    lists = [(b, block) for b, block in enumerate(section.blocks) if isinstance(block, ListBlock)]
    if lists:
        for b, block in lists:
            for i, item in enumerate(block.items):
                yield _caveat(item, leads.get((s, b, i)), section.heading)
        return
    for b, block in enumerate(section.blocks):
        if isinstance(block, Paragraph) and not block.text.rstrip().endswith(":"):
            yield _caveat(block.text, leads.get((s, b, 0)), section.heading)


def _subsection(
    s: int, section: Section, parent: str | None, leads: Mapping[tuple[int, int, int], str]
) -> Iterator[Caveat]:
    """A subsection of a caveat section: its list items, or itself as one caveat under its heading."""
    if any(isinstance(block, ListBlock) for block in section.blocks):
        yield from _passage(s, section, leads)
        return
    text = " ".join(block.text for block in section.blocks if isinstance(block, Paragraph))
    if text:
        yield Caveat(label=section.heading, text=text, section=parent)
    elif section.heading:
        yield Caveat(label=None, text=section.heading, section=parent)


def _introduced_lists(s: int, section: Section, leads: Mapping[tuple[int, int, int], str]) -> Iterator[Caveat]:
    """Items of lists opened by a caveat paragraph ("Several caveats apply:") in any section."""
    blocks = section.blocks
    for b in range(1, len(blocks)):
        intro, block = blocks[b - 1], blocks[b]
        if (
            isinstance(block, ListBlock)
            and isinstance(intro, Paragraph)
            and intro.text.rstrip().endswith(":")
            and _is_caveat_text(intro.text)
        ):
            for i, item in enumerate(block.items):
                yield _caveat(item, leads.get((s, b, i)), section.heading)


def _caveat(text: str, lead: str | None, section: str | None) -> Caveat:
    """Split an item into its label and explanation: the bold lead, else a short "Label:" prefix."""
    if lead:
        label = _LEAD_END.sub("", lead)
        rest = _TEXT_START.sub("", text[len(lead):]) if text.startswith(lead) else ""
        if label and rest:
            return Caveat(label=label, text=rest, section=section)
    match = _LABEL_PREFIX.match(text)
    if match and len(match.group(1).split()) <= MAX_LABEL_WORDS:
        return Caveat(label=match.group(1).strip(), text=match.group(2).strip(), section=section)
    return Caveat(label=None, text=text, section=section)
