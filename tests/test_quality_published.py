"""The publication day as the page's readers see it (issue 16, unseen-news holdout 3)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from harvester.dates import parse_date, search_date
from tests.field_pages import PARAGRAPHS, extract, jsonld, page


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _article(declared: str, printed: str, lang: str = "pt") -> str:
    head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                   "datePublished": declared})
    return page(f'<article><h1>Vitamin D trial</h1><div class="credits">Por Rodolfo Costa {printed}</div>'
                f"{PARAGRAPHS}</article>", head, lang=lang)


def test_a_utc_stamp_on_the_next_day_gives_way_to_the_printed_local_day() -> None:
    """gazetadopovo.com.br, lanacion.com.ar: the CMS declares 00:44 UTC on 4 May, the page prints
    21:44 on 3 May (Brasília): the readers' day is the 3rd."""
    record = extract(_article("2022-05-04T00:44:52.000Z", "03/05/2022 21:44"))
    assert _day(record.byline.published_at) == date(2022, 5, 3)
    # The declared instant, to the second, at the offset the printed time shows.
    assert record.byline.published_at == parse_date("2022-05-04T00:44:52.000Z")
    assert record.byline.published_at.utcoffset() == timedelta(hours=-3)
    # A printed day alone, as lanacion.com.ar's <time>3 de mayo de 2022</time>.
    head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                   "datePublished": "Wed, 04 May 2022 00:25:56 GMT"})
    html = page('<article><h1>Vitamin D trial</h1><time datetime="3 de mayo de 2022">3 de mayo de 2022</time>'
                f"{PARAGRAPHS}</article>", head, lang="es")
    assert _day(extract(html).byline.published_at) == date(2022, 5, 3)


def test_a_declared_day_stays_where_no_time_zone_can_explain_the_printed_one() -> None:
    """Counter-examples: a local offset already gives the page's own day; a printed time that is no
    whole number of quarter hours away, or a day the instant falls on in no zone, is another date
    (an update, a teaser), not the declared instant printed locally; the same day changes nothing."""
    assert _day(extract(_article("2022-05-04T00:44:52-03:00", "03/05/2022 21:44")).byline.published_at) \
        == date(2022, 5, 4)
    assert _day(extract(_article("2022-05-04T00:44:52Z", "03/05/2022 21:07")).byline.published_at) \
        == date(2022, 5, 4)
    assert _day(extract(_article("2022-05-04T15:00:00Z", "3 de maio de 2022")).byline.published_at) \
        == date(2022, 5, 4)
    assert extract(_article("2022-05-04T10:00:00Z", "04/05/2022 07:00")).byline.published_at \
        == parse_date("2022-05-04T10:00:00Z")


def test_month_names_in_russian_ukrainian_and_polish() -> None:
    """football.ua prints '15 августа 2016, 13:43' and declares nothing: the day was lost."""
    assert search_date("Германия 15 августа 2016, 13:43 Подольски").value == datetime(2016, 8, 15, 13, 43)
    assert parse_date("3 травня 2021") == date(2021, 5, 3)
    assert parse_date("12 października 2020") == date(2020, 10, 12)
    # Not a date: a month name without a year stays unread, as in any language.
    assert search_date("15 августа") is None


def test_a_time_above_the_headline_in_its_header_is_the_publication() -> None:
    """5min.at (news holdout 6): the only date is a ``<time>`` with utility classes, printed above
    the h1 inside the article's ``<header>``; the elements after the headline do not reach it."""
    html = page('<article><header><div><time class="text-xs" datetime="2023-11-05 14:09">Veröffentlicht am '
                '5. November 2023, 14:09</time></div><div><h1>Villachs Meister expandiert</h1></div></header>'
                f"{PARAGRAPHS}</article>", lang="de")
    assert _day(extract(html).byline.published_at) == date(2023, 11, 5)


def test_a_time_in_a_header_without_the_headline_is_not_the_publication() -> None:
    """Counter-example: the site's header prints today's date; the article names none."""
    html = page('<header class="masthead"><time class="text-xs" datetime="2024-01-09">9. Januar 2024</time></header>'
                f"<article><h1>Villachs Meister expandiert</h1>{PARAGRAPHS}</article>", lang="de")
    assert extract(html).byline.published_at is None
