"""The publication day: a class naming the date part of its block (BEM's "meta__date") dates the page (issue 16)."""

from __future__ import annotations

from datetime import date, datetime

from tests.field_pages import PARAGRAPHS, extract, page

# An address without a day, so that only the printed date can date the page.
_URL = "https://www.example.org/themen/wasserstoff"
# A long article: its foot is beyond the elements read under the headline.
_LONG_TEXT = PARAGRAPHS * 30


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def test_a_bem_date_element_after_the_text_dates_the_page() -> None:
    """gruene-bundestag prints "<div class=pageMeta><span class=meta__date>03.11.2021</span></div>";
    a site printing it at the foot of a long article is dated by it, and a teaser's date after it (in its
    furniture region) is not read first."""
    html = page(f'<article><h1>COP26 in Glasgow</h1>{_LONG_TEXT}<div class="pageMeta"><span class="meta__date">'
                '03.11.2021</span></div></article><div class="basicTeaser"><h3><a href="/cop25">COP25</a></h3>'
                '<div class="basicTeaser__meta"><span class="meta__date">01.09.2021</span></div></div>', lang="de")
    assert _day(extract(html, _URL).byline.published_at) == date(2021, 11, 3)


def test_block_date_names_in_other_spellings() -> None:
    """"blog_detail_date" (dvgw), "headline-date" (amnesty), camel case "newsDate"."""
    for name in ("blog_detail_date", "headline-date", "newsDate"):
        html = page(f'<article><h1>Welche Heizung ist klimafreundlich?</h1>{_LONG_TEXT}<div class="foot"><span '
                    f'class="{name}">19. November 2021</span></div></article>', lang="de")
        assert _day(extract(html, _URL).byline.published_at) == date(2021, 11, 19), name


def test_an_event_date_element_dates_nothing() -> None:
    """Counter-example: an event's date in a box of the text ("event__date", "termin-date",
    "start-date") is the day of the event, not of the page: the article's own date under the text
    stands, though it comes later."""
    for name in ("event__date", "termin-date", "start-date"):
        html = page(f'<article><h1>Tag der offenen Tür</h1>{PARAGRAPHS}<div class="box"><span class="{name}">'
                    '24.12.2030</span></div><p>Wir laden ein.</p><div class="article__date">03.11.2021</div>'
                    '</article>', lang="de")
        assert _day(extract(html, _URL).byline.published_at) == date(2021, 11, 3), name


def test_a_block_date_labelled_an_update_is_not_the_publication() -> None:
    """Counter-example (rp.pl): two "article__date" blocks at the foot, the update's first
    ("Aktualizacja: 05.05.2021, 05:53") and then the publication's ("Publikacja: 04.05.2021")."""
    html = page(f'<article><h1>Unijne fundusze coraz bliżej</h1>{_LONG_TEXT}<div class="article__date">Aktualizacja: '
                '05.05.2021, 05:53</div><div class="article__date">Publikacja: 04.05.2021</div></article>', lang="pl")
    assert _day(extract(html, _URL).byline.published_at) == date(2021, 5, 4)
