"""People and agencies: convention probes of Eastern and Central European news credits (fourth
session): what Polish, Czech, Hungarian, Romanian, Serbian and Russian papers print for a writer and
an agency."""

from __future__ import annotations

from harvester.models import ArticleRecord
from tests.field_pages import credited_people, extract, page

PL = ("<p>Rząd przyjął w czwartek projekt ustawy o podatku od sprzedaży detalicznej, który ma przynieść budżetowi "
      "ponad dwa miliardy złotych rocznie od przyszłego roku.</p><p>Minister finansów powiedział dziennikarzom, że "
      "przepisy obejmą największe sieci handlowe, a małe sklepy zostaną zwolnione z nowej daniny.</p>"
      "<p>Projekt trafi teraz do Sejmu, gdzie opozycja zapowiada poprawki dotyczące stawek i terminów.</p>")


def _article(text: str, closing: str, lang: str = "pl") -> str:
    return page(f"<article><h1>Rząd przyjął podatek od sprzedaży</h1>{text}{closing}</article>", lang=lang)



def test_polish_oprac_abbreviation_credits_the_compiler() -> None:
    """Polish papers close a compiled story "oprac. Jan Kowalski" (opracował, compiled by): the
    abbreviation's period stands for the label's colon."""
    for closing in ('<p class="sign">oprac. Piotr Wiśniewski</p>', "<p>Oprac. Piotr Wiśniewski</p>"):
        assert credited_people(extract(_article(PL, closing))) == ["Piotr Wiśniewski"], closing


def test_polish_oprac_wlasne_is_no_one() -> None:
    """Counter-example: "oprac. własne" (own work) closes a chart's source note and names no one."""
    for closing in ("<p>oprac. własne</p>", "<p>Źródło: GUS, oprac. własne</p>"):
        assert credited_people(extract(_article(PL, closing))) == [], closing


def _agencies(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "agency"]


def test_a_closing_source_line_in_central_and_eastern_european_languages_credits_its_agency() -> None:
    """Agencies' copy closes with the source label of the paper's language: Czech and Slovak "Zdroj:",
    Hungarian "forrás:", Romanian "Sursa:", Serbian "Izvor:" / "Извор:", Russian "Источник:", Bulgarian
    "Източник:"; the Cyrillic acronyms name the agencies of their Latin forms."""
    cases = (("cs", "<p>Zdroj: ČTK</p>", "ČTK"), ("sk", "<p>Zdroj: TASR</p>", "TASR"), ("hu", "<p>forrás: MTI</p>", "MTI"),
             ("ro", "<p>Sursa: Agerpres</p>", "Agerpres"), ("sr", "<p>Izvor: Tanjug</p>", "Tanjug"),
             ("sr", "<p>Извор: Танјуг</p>", "Tanjug"), ("ru", "<p>Источник: ТАСС</p>", "TASS"),
             ("bg", "<p>Източник: БТА</p>", "BTA"))
    for lang, closing, agency in cases:
        assert _agencies(extract(_article(PL, closing, lang))) == [agency], closing


def test_a_pictures_source_or_a_sentence_opening_with_source_credits_no_agency() -> None:
    """Counter-example: a picture's source ("Sursa foto: Agerpres") and a sentence opening with the word
    ("Izvor iz vlade: Tanjug", a source in the government) credit no agency; a person after the label is
    a source's, no writer."""
    for lang, closing in (("ro", "<p>Sursa foto: Agerpres</p>"), ("sr", "<p>Izvor iz vlade: Tanjug</p>"),
                          ("cs", "<p>Zdroj: Petr Novák</p>")):
        record = extract(_article(PL, closing, lang))
        assert _agencies(record) == [] and credited_people(record) == [], closing


def test_a_tickers_titled_box_credits_its_own_source_not_the_articles() -> None:
    """Counter-example: a live ticker's short item in the page's column, titled by a heading classed
    as a title, closes with "Zdroj: ČTK": that item's source, not the writer's story's (aktualne)."""
    ticker = ('<div class="timeline"><div class="swift-box"><h3 class="swift-box__title">Praha postaví téměř tři '
              'stovky družstevních bytů</h3><div class="swift-box__desc"><p>Podél Radlické ulice vzniknou dva domy s '
              'až 266 družstevními byty, řekla radní.</p></div><span class="swift-box__author">Zdroj: <a '
              'href="/autori/ctk/">ČTK</a></span></div></div>')
    html = page('<article><h1>Rząd przyjął podatek od sprzedaży</h1><div class="author"><a class="author__name" '
                f'href="/autori/ales-vavra/">Aleš Vávra</a></div>{PL}</article>{ticker}', lang="cs")
    record = extract(html)
    assert _agencies(record) == [] and credited_people(record) == ["Aleš Vávra"]


def test_a_source_line_under_the_posts_own_titled_heading_stays() -> None:
    """Counter-example to the ticker: Blogger's "h3.post-title" printing the page's title heads the
    post's own body, whose closing "Zdroj: ČTK" credits the post."""
    html = page('<div class="post"><h3 class="post-title">Vláda schválila daň z prodeje</h3><div class="post-body">'
                f'{PL}<p>Zdroj: ČTK</p></div></div>', title="Vláda schválila daň z prodeje", lang="cs")
    assert _agencies(extract(html)) == ["ČTK"]
