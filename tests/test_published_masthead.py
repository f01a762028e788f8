"""The publication day: the day's date a newspaper prints in its site banner is not the article's (issue 16)."""

from __future__ import annotations

from datetime import date, datetime

from conftest import html_document
from tests.field_pages import PARAGRAPHS, extract


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _page(strip: str, article: str, *, lang: str = "en") -> str:
    """A newspaper's page: its banner (the logo's h1 and, beside it, ``strip``) over ``article``."""
    return html_document('<header id="head" role="banner"><div class="logo"><h1><a href="/">Diario Ejemplo</a></h1>'
                         f'</div>{strip}<nav><ul><li><a href="/local">Local</a></li></ul></nav></header>'
                         f'<div class="content">{article}</div>', "<title>Diario Ejemplo</title>", lang=lang)


def test_the_banner_date_strip_loses_to_the_byline_date() -> None:
    """ultimahora: `div.fecha` beside the logo prints the day the page was read ("jueves, 09 enero
    2014"); the byline under the headline prints the article's day, "08/01/2014"."""
    html = _page('<div class="fecha"><time datetime="jueves, 09 enero 2014 10:21">jueves, 09 enero 2014 - '
                 '<span>10:21 h</span></time></div>',
                 '<article><h3>Anticorrupción decidirá si recurre la imputación</h3><p class="autor">'
                 f'<strong>Patricio Candia</strong> | Palma | 08/01/2014</p>{PARAGRAPHS}</article>', lang="es")
    assert _day(extract(html).byline.published_at) == date(2014, 1, 8)


def test_a_banner_date_still_dates_a_page_that_prints_no_other() -> None:
    """Counter-example: with no date in the byline, the banner's date is the only one the page prints
    and still stands (it is read last, not dropped)."""
    html = _page('<div class="date">Today is May 5, 2024</div>',
                 f'<article><h2>Clinic opens</h2><p class="byline">By Jane Doe</p>{PARAGRAPHS}</article>')
    assert _day(extract(html).byline.published_at) == date(2024, 5, 5)


def test_an_article_header_or_a_publication_name_keeps_its_date() -> None:
    """Counter-examples: a `<header>` inside the article holds the article's own date, and a date in
    the banner named for the publication ("published") is the article's, over a related card's date."""
    related = '<ul class="stories"><li><a href="/other">Another story</a> <span>01/05/2024</span></li></ul>'
    html = _page('', '<article><header><h1>Clinic opens</h1><div class="date">May 7, 2024</div></header>'
                 f'<p class="byline">By Jane Doe, May 1, 2024</p>{PARAGRAPHS}</article>')
    assert _day(extract(html).byline.published_at) == date(2024, 5, 7)
    html = _page('<div class="published">May 7, 2024</div>',
                 f'<article><h2>Clinic opens</h2><p class="byline">By Jane Doe, May 1, 2024</p>{PARAGRAPHS}'
                 f'</article>{related}')
    assert _day(extract(html).byline.published_at) == date(2024, 5, 7)


def test_a_page_header_holding_the_byline_is_the_articles() -> None:
    """Counter-example (eHow): a page-level `<header>` holding the headline, the author link and a
    date is the article's header, not the site's banner: its date stands over a related card's."""
    html = html_document('<header class="header"><h1>Graduation party ideas</h1><a rel="author" href="/c/jane">'
                         'Jane Doe</a><div class="date">May 7, 2024</div></header>'
                         f'<div class="content">{PARAGRAPHS}<div class="card"><a href="/other">Another story</a> '
                         '<span class="date">May 9, 2024</span></div></div>',
                         "<title>Graduation party ideas</title>")
    assert _day(extract(html).byline.published_at) == date(2024, 5, 7)
