"""People and agencies: convention probes of Eastern and Central European news credits (fourth
session): what Polish, Czech, Hungarian, Romanian, Serbian and Russian papers print for a writer and
an agency."""

from __future__ import annotations

from harvester.models import ArticleRecord
from tests.field_pages import extract, page

PL = ("<p>Rząd przyjął w czwartek projekt ustawy o podatku od sprzedaży detalicznej, który ma przynieść budżetowi "
      "ponad dwa miliardy złotych rocznie od przyszłego roku.</p><p>Minister finansów powiedział dziennikarzom, że "
      "przepisy obejmą największe sieci handlowe, a małe sklepy zostaną zwolnione z nowej daniny.</p>"
      "<p>Projekt trafi teraz do Sejmu, gdzie opozycja zapowiada poprawki dotyczące stawek i terminów.</p>")


def _article(text: str, closing: str, lang: str = "pl") -> str:
    return page(f"<article><h1>Rząd przyjął podatek od sprzedaży</h1>{text}{closing}</article>", lang=lang)


def _people(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "person"]


def test_polish_oprac_abbreviation_credits_the_compiler() -> None:
    """Polish papers close a compiled story "oprac. Jan Kowalski" (opracował, compiled by): the
    abbreviation's period stands for the label's colon."""
    for closing in ('<p class="sign">oprac. Piotr Wiśniewski</p>', "<p>Oprac. Piotr Wiśniewski</p>"):
        assert _people(extract(_article(PL, closing))) == ["Piotr Wiśniewski"], closing


def test_polish_oprac_wlasne_is_no_one() -> None:
    """Counter-example: "oprac. własne" (own work) closes a chart's source note and names no one."""
    for closing in ("<p>oprac. własne</p>", "<p>Źródło: GUS, oprac. własne</p>"):
        assert _people(extract(_article(PL, closing))) == [], closing
