"""Agency credits closing the text: convention probes (issue 16, 2026-12-07, fourth session)."""

from __future__ import annotations

from field_pages import PARAGRAPHS, credited_people, extract, page

from harvester.models import ArticleRecord

HEADLINE = "<h1>Vitamin D trial finds no benefit</h1>"


def agencies(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "agency"]


def test_a_bare_agency_line_closing_the_text_credits_the_agency() -> None:
    # Hungarian, German and French wire copy ends with the agency's name on a line of its own.
    for line, agency in (("<strong>MTI</strong>", "MTI"), ("AFP", "AFP"), ("dpa", "dpa")):
        record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>{line}</p></article>"))
        assert agencies(record) == [agency], line


def test_a_bare_agency_name_elsewhere_credits_nothing() -> None:
    # A picture credit in a figure, an agency named in a sentence, a name line with text after it.
    for body in (
        f"{PARAGRAPHS}<figure><img src='a.jpg'><figcaption><p>AFP</p></figcaption></figure>",
        f"{PARAGRAPHS}<p>The trial was first reported by AFP.</p>",
        f"<p>AFP</p>{PARAGRAPHS}",
    ):
        assert agencies(extract(page(f"<article>{HEADLINE}{body}</article>"))) == [], body


def test_a_dated_wire_copyright_line_closing_the_text_credits_the_wire() -> None:
    # Papers running wire copy close it with the wire's notice, without "All rights reserved".
    for line, agency in (("(c) Copyright Thomson Reuters 2012.", "Reuters"), ("(c) 2012 Reuters", "Reuters"),
                         ("© 2012 The Associated Press", "AP")):
        record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>{line}</p></article>"))
        assert agencies(record) == [agency], line


def test_a_copyright_line_of_the_site_or_a_picture_credits_no_wire() -> None:
    # The site's notice, a wire's notice in the footer, an undated "© dpa" picture credit.
    footer = page(f"<article>{HEADLINE}{PARAGRAPHS}</article>").replace(
        "<p>© 2025 Example Health GmbH</p>", "<p>© 2012 The Associated Press</p>")
    assert agencies(extract(footer)) == []
    for line in ("© 2012 Example Health", "© dpa", "(c) Reuters"):
        assert agencies(extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>{line}</p></article>"))) == [], line


def test_the_sites_own_name_in_a_source_list_leaves_the_agencies_credited() -> None:
    # "Quelle: ZEIT ONLINE, dpa, AFP": the site's name is the publisher beside the wires.
    head = '<meta property="og:site_name" content="ZEIT ONLINE">'
    record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>Quelle: ZEIT ONLINE, dpa, AFP</p></article>", head, lang="de"))
    assert agencies(record) == ["dpa", "AFP"]


def test_another_outlet_in_a_source_list_credits_no_agency() -> None:
    # Counter-example: a source list naming another paper is not the wire's credit line.
    head = '<meta property="og:site_name" content="ZEIT ONLINE">'
    record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>Quelle: Le Monde, dpa, AFP</p></article>", head, lang="de"))
    assert agencies(record) == []


def test_a_newsroom_listed_with_its_wire_credits_the_wire() -> None:
    # "Par Rédaction / AFP", "Por Redacción / EFE": rewritten agency copy credits the agency.
    for line, agency, lang in (("Par Rédaction / AFP", "AFP", "fr"), ("Por Redacción / EFE", "EFE", "es")):
        record = extract(page(f"<article>{HEADLINE}<p class='byline'>{line}</p>{PARAGRAPHS}</article>", lang=lang))
        assert agencies(record) == [agency], line


def test_a_newsroom_line_without_a_wire_credits_no_one() -> None:
    # Counter-example: the newsroom alone, or with its city after the slash.
    for line in ("Par Rédaction", "Redacción / Madrid", "Redaktion MSM"):
        record = extract(page(f"<article>{HEADLINE}<p class='byline'>{line}</p>{PARAGRAPHS}</article>"))
        assert record.byline.authors == [], line


RU_SENTENCE = "Президент подписал указ о новых мерах поддержки семей с детьми, сообщила пресс-служба.</p>"


def test_an_interfax_dateline_credits_interfax() -> None:
    # Interfax prints the agency in capitals after the place and the day, before a dash.
    for opening in ("Москва. 12 марта. INTERFAX - ", "Москва. 12 марта. INTERFAX.RU - ", "МОСКВА, 12 марта. ИНТЕРФАКС - "):
        record = extract(page(f"<article>{HEADLINE}<p>{opening}{RU_SENTENCE}{PARAGRAPHS}</article>", lang="ru"))
        assert agencies(record) == ["Interfax"], opening


def test_capitals_after_a_day_that_name_no_agency_credit_none() -> None:
    # Counter-example: a ministry's acronym in the same place, a dateline-less opening.
    for opening in ("Москва. 12 марта. МИД - ", "Итоги года. ИНТЕРФАКС - "):
        record = extract(page(f"<article>{HEADLINE}<p>{opening}{RU_SENTENCE}{PARAGRAPHS}</article>", lang="ru"))
        assert agencies(record) == [], opening


def test_a_source_line_with_its_compiler_credits_the_agency_and_the_writer() -> None:
    # Polish papers: "Źródło: PAP, oprac. Jan Kowalski" (source PAP, compiled by Jan Kowalski).
    record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>Źródło: PAP, oprac. Jan Kowalski</p></article>", lang="pl"))
    assert agencies(record) == ["PAP"]
    assert credited_people(record) == ["Jan Kowalski"]


def test_a_source_line_with_own_work_credits_no_writer() -> None:
    # Counter-example: "oprac. własne" (own work) under a chart names no one; another source drops the line.
    for line in ("Źródło: PAP, oprac. własne", "Źródło: GUS, oprac. Jan Kowalski"):
        record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>{line}</p></article>", lang="pl"))
        assert credited_people(record) == [], line


def test_a_full_width_bracketed_wire_closing_the_text_credits_it() -> None:
    # Japanese papers close wire copy with "（共同）" or "（時事）" in a paragraph of its own.
    for line, agency in (("（共同）", "Kyodo"), ("（時事）", "JIJI")):
        record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>{line}</p></article>", lang="ja"))
        assert agencies(record) == [agency], line


def test_a_full_width_bracket_naming_no_wire_credits_none() -> None:
    # Counter-example: a bracketed note that is no agency ("（写真は資料）", photo from the files).
    record = extract(page(f"<article>{HEADLINE}{PARAGRAPHS}<p>（写真は資料）</p></article>", lang="ja"))
    assert agencies(record) == []
