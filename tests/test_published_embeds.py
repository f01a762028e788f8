"""The publication day: embedded social posts date nothing of the article, a release dateline dates it (issue 16)."""

from __future__ import annotations

from datetime import date, datetime

from tests.field_pages import PARAGRAPHS, extract, page


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


_INSTAGRAM = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Bg/">'
              '<div><a href="https://www.instagram.com/p/Bg/">A post shared by Brand (@brand)</a> '
              '<time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018 at 12:30 PDT</time></div></blockquote>')
_TWEET = ('<blockquote class="twitter-tweet"><p lang="en">Our clinic opens today.</p>&mdash; Clinic (@clinic) '
          '<a href="https://twitter.com/clinic/status/1">May 5, 2020</a></blockquote>')


def test_an_embedded_instagram_post_dates_nothing_the_article_prints() -> None:
    """horizont: a commentary printed "29. Januar 2019" quotes three Instagram posts of March 2018, each
    with its own `<time datetime>`; the article's day is the one its header prints."""
    html = page(f'<article><h1>Fashion brands on Instagram</h1><div class="meta"><span>Dienstag,</span> '
                f'<span>29. Januar 2019</span></div><p>Brands post every day.</p>{_INSTAGRAM}{PARAGRAPHS}</article>',
                lang="de")
    assert _day(extract(html).byline.published_at) == date(2019, 1, 29)


def test_an_embedded_tweet_under_the_headline_is_not_the_byline_date() -> None:
    """A tweet embedded between the headline and the byline: its "May 5, 2020" is the tweet's."""
    html = page(f'<article><h1>New clinic opens</h1>{_TWEET}<p class="byline">By Jane Doe</p>'
                f'<p>Published 7 May 2020.</p>{PARAGRAPHS}</article>')
    assert _day(extract(html).byline.published_at) == date(2020, 5, 7)


def test_a_quotation_or_a_share_button_is_no_embed() -> None:
    """Counter-examples: a plain `<blockquote>` and a "twitter-share" button are the page's own markup;
    a date in them still counts where nothing else dates the page."""
    html = page('<article><h1>New clinic opens</h1><div class="twitter-share"><time datetime="2020-05-07">'
                f'7 May 2020</time></div><blockquote><p>We open today.</p></blockquote>{PARAGRAPHS}</article>')
    assert _day(extract(html).byline.published_at) == date(2020, 5, 7)
    html = page('<article><h1>New clinic opens</h1><blockquote><time datetime="2020-05-07">7 May 2020</time>'
                f'</blockquote>{PARAGRAPHS}</article>')
    assert _day(extract(html).byline.published_at) == date(2020, 5, 7)


def _release(above: str) -> str:
    """A newsroom's release: no h1, its title in an h2 (the declared title), the line ``above`` over it,
    and a sentence under it naming another day."""
    return page(f'<div class="col"><span class="press_location_time">{above}</span> &mdash; <small>Aussendung</small>'
                '<h2>Ministerin beim Treffen der Außenminister in Luxemburg</h2>'
                '<p>Die Ministerin eröffnete einen Gedankenaustausch über die Prioritäten des Vorsitzes im Rat, '
                'welchen Österreich seit 1. Juli 2018 innehat.</p>'
                f'{PARAGRAPHS}</div>', '<meta property="og:title" content="Ministerin beim Treffen der '
                'Außenminister in Luxemburg">', lang="de")


def test_a_release_dateline_over_the_headline_dates_it() -> None:
    """eza.gv.at: "Schengen, 3. Juli 2018" over a release's headline, "seit 1. Juli 2018" in a sentence
    under it: the dateline, the place and the day alone, dates the release."""
    assert _day(extract(_release("\n  Schengen,\n   3. Juli 2018\n")).byline.published_at) == date(2018, 7, 3)


def test_an_update_label_or_a_teaser_over_the_headline_is_no_dateline() -> None:
    """Counter-examples: "Aktualisiert, 5. Juli 2018" dates an update, and a teaser's line
    ("Wien, 2. Juli 2018: Neue Regeln") prints more than a place and a day."""
    assert _day(extract(_release("Aktualisiert, 5. Juli 2018")).byline.published_at) != date(2018, 7, 5)
    assert _day(extract(_release("Wien, 2. Juli 2018: Neue Regeln für Reisende")).byline.published_at) \
        != date(2018, 7, 2)


def _highlighted(list_class: str) -> str:
    return page(f'<h1>Democrats to use Social Security against GOP</h1><ul class="{list_class}">'
                '<li>The Social Security Act was signed into law on August 14, 1935</li>'
                '<li>Democrats will tout the program this fall</li></ul>'
                f'<p class="cnnByline">By Ed Hornick, CNN</p>{PARAGRAPHS}')


def test_a_date_in_the_story_highlights_is_the_stories_subject() -> None:
    """CNN: "Story highlights" under the headline sum the story up; "signed into law on August 14,
    1935" is history, and the address's /2010/POLITICS/08/13/ dates the page."""
    url = "http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html"
    assert _day(extract(_highlighted("cnn_bulletbin cnnStryHghLght"), url).byline.published_at) == date(2010, 8, 13)
    assert _day(extract(_highlighted("key-points"), url).byline.published_at) == date(2010, 8, 13)


def test_a_dated_list_under_the_headline_not_named_highlights_still_dates() -> None:
    """Counter-example: an unnamed list's item under the headline is read as before (a byline list)."""
    html = page('<h1>Democrats to use Social Security against GOP</h1><ul class="meta">'
                f'<li>August 13, 2010</li><li>By Ed Hornick</li></ul>{PARAGRAPHS}')
    assert _day(extract(html).byline.published_at) == date(2010, 8, 13)
