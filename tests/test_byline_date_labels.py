"""A byline's date line read where the writer goes (issue 16, template-source probes of byline labels,
fifth session): the publication's and the update's labels the date code reads (``lexicon``'s
``MORE_PUBLISHED_LABELS``, ``UPDATE_LABELS``, ...) and the credit words are no person, and a row printing
the day's field before the writer's credits the writer."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page

_HEADLINE = "<h1>Vitamin D pills do not prevent fractures</h1>"


def _byline(line: str, lang: str) -> list[str]:
    html = page(f'<article>{_HEADLINE}<p class="byline">{line}</p>{PARAGRAPHS}</article>', lang=lang)
    return credited_people(extract(html))


def test_a_label_before_the_day_is_no_person() -> None:
    """A date line in the byline's place, its label left once the day is cut: Twenty Nineteen's Finnish
    "Julkaissut" (Automattic/twenty-nineteen-amp-prototype, languages/fi.po, "Published by %s") printed
    before the day, the South Slavic "Objavljeno:", Czech "Publikováno", the Czech update's "Aktualizováno"
    (the labels the date code reads, lexicon.MORE_PUBLISHED_LABELS and UPDATE_LABELS). A reader sees no
    writer; main credited the label."""
    for line, lang in (("Julkaissut 12.5.2019", "fi"), ("Objavljeno: 12.05.2019.", "hr"),
                       ("Publikováno 12. 5. 2019", "cs"), ("Aktualizováno 12. 5. 2019", "cs")):
        assert _byline(line, lang) == [], line


def test_a_name_after_the_label_or_like_one_stays() -> None:
    """Counter-example: the same credit word before a name credits the name, and a name that opens with
    a credit word ("Byron", "Porter") or holds a label's letters ("Julia Publicover") is a person."""
    for line, names, lang in (("Julkaissut Matti Virtanen", ["Matti Virtanen"], "fi"),
                              ("Byron", ["Byron"], "en"), ("Porter", ["Porter"], "en"),
                              ("By Julia Publicover", ["Julia Publicover"], "en")):
        assert _byline(line, lang) == names, line


def test_the_writers_field_after_the_days_field() -> None:
    """A meta row printing the day's field before the writer's, the fields apart by bars: Twenty Nineteen's
    Hungarian "Közzétéve:" (Automattic/twenty-nineteen-amp-prototype, languages/hu.po) before the day, the
    author label "Szerző:" before the name; "Published: … | Author: …" and the Croatian row alike. The
    writer is the name after the author's label (main credited no one: it read the first field only)."""
    for line, names, lang in (("Közzétéve: 2019. május 12. | Szerző: Kovács Péter", ["Kovács Péter"], "hu"),
                              ("Published: May 12, 2019 | Author: Jane Roe", ["Jane Roe"], "en"),
                              ("Objavljeno: 12.05.2019. | Autor: Ivan Horvat", ["Ivan Horvat"], "hr"),
                              ("12.05.2019 | Von Anna Berg", ["Anna Berg"], "de")):
        assert _byline(line, lang) == names, line


def test_an_unlabelled_field_after_the_day_is_no_writer() -> None:
    """Counter-example: a field after the day that no credit label or word opens is a section or a place
    ("12.05.2019 | Sport", "Published: May 12, 2019 | Health"): no one is credited; a writer's field first
    keeps its name whatever follows ("Szerző: Kovács Péter | Közzétéve: …")."""
    for line, names in (("12.05.2019 | Sport", []), ("Published: May 12, 2019 | Health", []),
                        ("By Jane Roe | May 12, 2019 | Author: Ali Khan", ["Jane Roe"])):
        assert _byline(line, "en") == names, line
    assert _byline("Szerző: Kovács Péter | Közzétéve: 2019. május 12.", "hu") == ["Kovács Péter"]
