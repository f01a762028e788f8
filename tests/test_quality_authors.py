"""People apart from the publisher, dateline places and job titles; agencies kept and labelled."""

from __future__ import annotations

from harvester.fields.credits import is_publisher
from harvester.models import ArticleRecord
from tests.field_pages import PARAGRAPHS, extract, jsonld, page


def _people(record: ArticleRecord) -> list[str]:
    return [a.name for a in record.byline.authors if a.kind == "person"]


def _agencies(record: ArticleRecord) -> list[str]:
    return [a.name for a in record.byline.authors if a.kind == "agency"]


def test_an_organization_author_naming_the_site_is_the_publisher_not_an_author() -> None:
    head = (jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                    "author": {"@type": "Organization", "name": "Example Health"},
                    "publisher": {"@type": "Organization", "name": "Example Health"}})
            + '<meta property="og:site_name" content="Example Health">')
    record = extract(page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>", head))
    assert record.byline.authors == []

    printed = page('<article><h1>Vitamin D trial</h1><p class="byline">By <a rel="author" href="/author/jane-roe/">'
                   f"Jane Roe</a></p>{PARAGRAPHS}</article>", head)
    assert _people(extract(printed)) == ["Jane Roe"]
    assert _agencies(extract(printed)) == []


def test_a_publisher_in_the_author_meta_and_a_dateline_place_are_not_names() -> None:
    head = '<meta name="author" content="Süddeutsche.de GmbH, Munich, Germany">'
    html = page('<article><h1>Flixbus attackiert Deutsche Bahn</h1><div class="authors">Von Markus Balser, Berlin'
                f"</div>{PARAGRAPHS}</article>", head, title="Flixbus attackiert Deutsche Bahn - Süddeutsche.de",
                lang="de")
    record = extract(html, "https://www.sueddeutsche.example/wirtschaft/bahn-1.4445845")
    assert _people(record) == ["Markus Balser"]


def test_a_job_title_after_the_name_is_not_a_second_author() -> None:
    html = page('<article><h1>Vitamin D trial</h1><div class="byline">By Benjamin Romano, Seattle Times business '
                f"reporter</div>{PARAGRAPHS}</article>")
    assert _people(extract(html)) == ["Benjamin Romano"]


def test_an_agency_beside_a_reporter_is_kept_and_labelled() -> None:
    html = page(f'<article><h1>Die Jungen entdecken die Börse</h1><p class="author">Von David Hutzler, dpa</p>'
                f"{PARAGRAPHS}</article>", '<meta name="author" content="finanztreff.de">',
                title="Die Jungen entdecken die Börse", lang="de")
    record = extract(html, "https://www.finanztreff.example/news/boerse/24437626")
    assert _people(record) == ["David Hutzler"]
    assert _agencies(record) == ["dpa"]


def test_an_agency_alone_in_the_byline_is_an_agency_not_a_person() -> None:
    html = page(f'<article><h1>Microsoft moves to erase its carbon footprint</h1><div class="byline">Reuters</div>'
                f"{PARAGRAPHS}</article>")
    record = extract(html)
    assert _people(record) == [] and _agencies(record) == ["Reuters"]


def test_an_agency_credited_in_the_dateline_or_at_the_end_of_the_text() -> None:
    dateline = page("<article><h1>Zverev zieht ins Viertelfinale ein</h1>"
                    "<p>Montpellier (SID) – Tennis-Olympiasieger Alexander Zverev hat beim ATP-Turnier in Montpellier "
                    "das Viertelfinale erreicht und dabei keinen Satz abgegeben.</p>"
                    f"{PARAGRAPHS}</article>", lang="de")
    assert _agencies(extract(dateline)) == ["SID"]
    closing = page(f"<article><h1>Zweiter Coronafall im Team</h1>{PARAGRAPHS}<p>(SID)</p></article>", lang="de")
    assert _agencies(extract(closing)) == ["SID"]


def test_credit_rules_on_strings() -> None:
    from harvester.fields.credits import agency_credit, sort_line, without_trailers

    assert [agency_credit(n) for n in ("dpa", "Agencia EFE", "(SID)", "dpa-AFX", "Reuters News Agency")] == [
        "dpa", "Agencia EFE", "SID", "dpa-AFX", "Reuters News Agency"]
    assert agency_credit("AP Photo") is None and agency_credit("Jane Doe") is None
    assert without_trailers("dpa am") == "dpa" and without_trailers("Christoph Hein Chefredakteur") == "Christoph Hein"
    assert without_trailers("Michiel de") == "Michiel de"
    assert sort_line(["Jane Doe", "Senior Staff Technologist", "ACLU Speech", "Privacy"], []) == [
        ("Jane Doe", "person"), ("Senior Staff Technologist", "drop"), ("ACLU Speech", "drop"), ("Privacy", "drop")]
    assert sort_line(["det", "dpa"], []) == [("det", "drop"), ("dpa", "agency")]
    assert sort_line(["Example GmbH", "Munich", "Germany"], []) == []
    # Two capitalised words ending in a role word are still a name.
    assert sort_line(["Main Writer"], []) == [("Main Writer", "person")]


def test_a_structured_person_named_like_a_publication_or_a_host_is_no_author() -> None:
    """JSON-LD "Person" authors that are the publication ("AUTO ZEITUNG", "Polizeiticker Schweiz")
    or a host name ("datev.de"): a structured Person is otherwise kept even where the site bears
    its name, so these need their own test."""
    for name in ("AUTO ZEITUNG", "Polizeiticker Schweiz", "datev.de", "Redacción Diario Pagina Siete"):
        head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                       "author": {"@type": "Person", "name": name}})
        record = extract(page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>", head))
        assert record.byline is None or not record.byline.authors, name


def test_a_user_handle_and_a_surname_like_a_newspaper_word_stay_people() -> None:
    assert not is_publisher("robert.stitz", [])
    assert not is_publisher("Emily Post", [])
    assert is_publisher("tennisnet.com", [])
    # an author archive's link text printed where the name goes
    assert is_publisher("Alle Beiträge", []) and is_publisher("View all posts", [])
