"""People on the seventh pool of unseen pages (issue 16, Mercury's fixtures of US and Japanese news):
each failure class on a page made for it, with a counter-example that must not change."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page


def test_the_card_a_byline_name_opens_is_no_part_of_the_name() -> None:
    # Bloomberg: the author's modal, hidden until the name is clicked, links "More stories by <name>".
    html = page('<article><h1>Stocks rise to records</h1><address class="lede__byline"> by <div class="author">'
                'Jeremy Herron <div class="author__modal"><a class="author__modal-bio" href="/authors/ARJ/jeremy-herron"'
                ' rel="author">More stories by Jeremy Herron</a></div></div></address>'
                f"{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Jeremy Herron"]


def test_an_author_overlay_of_buttons_names_no_one() -> None:
    # ABC News: each name's overlay holds a "Close" button linking the page itself and follow links.
    overlay = ('<div class="author-overlay"><a class="close" href="#">Close</a><div class="author-meta">'
               '<a class="btn-social" href="https://twitter.com/intent/user?screen_name=x">Follow on Twitter</a></div>'
               '<div class="author-meta auth-bio"><a href="/author/{slug}" class="author-info">More from {first}</a>'
               "</div></div>")
    html = page('<article><h1>The grudge behind the hack</h1><ul class="authors"><li><div rel="author" '
                'class="author has-bio"><span class="by-text">By</span> Josh Haskell</div>'
                + overlay.format(slug="josh_haskell", first="Josh")
                + '</li><li><div rel="author" class="author has-bio">David Caplan</div>'
                + overlay.format(slug="david_caplan", first="David")
                + f"</li></ul>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Josh Haskell", "David Caplan"]


def test_a_box_that_is_all_card_keeps_its_name() -> None:
    # Counter-example: a name printed only inside a popover-classed element is still the name.
    html = page('<article><h1>The grudge behind the hack</h1><p class="byline">By <span class="author-popover">'
                f'<a href="/author/jane-roe" rel="author">Jane Roe</a></span></p>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_login_printed_after_its_owners_name_is_the_same_author() -> None:
    # The Motley Fool: "Keith Noonan (keithnoonan)", the login linking the member profile.
    html = page('<article><h1>Betting on eSports</h1><div class="author-byline"><div class="author-name">Keith Noonan'
                '</div><div class="author-username">(<a href="https://my.fool.com/profile/keithnoonan/activity.aspx">'
                f"keithnoonan</a>)</div></div>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Keith Noonan"]


def test_a_login_that_spells_another_name_stays_a_second_author() -> None:
    html = page('<article><h1>Betting on eSports</h1><div class="author-byline"><div class="author-name">Keith Noonan'
                '</div><div class="author-username">(<a href="https://my.fool.com/profile/jdoe/activity.aspx">'
                f"janedoe</a>)</div></div>{PARAGRAPHS}</article>")
    assert sorted(credited_people(extract(html))) == ["Keith Noonan", "janedoe"]


def _day(html: str) -> str | None:
    published = extract(html).byline.published_at
    return None if published is None else published.isoformat()[:10]


def test_a_slashed_date_with_a_two_digit_year_in_a_date_element_is_the_day() -> None:
    # Observer's WordPress theme: "By <a>Sage Lazzaro</a> • <span class=entry-date>12/16/16 12:21pm</span>" in
    # a meta line named for its share and comment counts too, read by the walk from the headline.
    meta = '<div class="entry-meta nyo-social-comments">By <span class="author vcard"><a rel="author" ' \
           'href="/author/sage/">Sage Lazzaro</a>' \
           '</span> &#x2022; <span class="entry-date">{}</span></div>'
    html = page(f"<article><h1>A lost city atop a Greek mountain</h1>{meta.format('12/16/16 12:21pm')}{PARAGRAPHS}</article>")
    assert _day(html) == "2016-12-16"
    # A day over twelve first is read day first, as a four-digit year's is.
    british = page(f"<article><h1>A lost city atop a Greek mountain</h1>{meta.format('16/12/16')}{PARAGRAPHS}</article>")
    assert _day(british) == "2016-12-16"


def test_a_slashed_short_date_outside_a_date_element_dates_nothing() -> None:
    # A score or a reference under the headline: no element named for the date, no publication word.
    html = page(f'<article><h1>Cup final ends level</h1><p class="score">3/4/20</p>{PARAGRAPHS}</article>')
    assert _day(html) is None


def test_a_layout_wrapper_named_for_its_sidebars_around_the_headline_is_no_sidebar() -> None:
    # Raw Story's theme wraps the post in "gdl-page-left page-left-right-sidebar" inside a "single-sidebar
    # right-sidebar" page wrapper; its side column's widget prints template h1s of one word.
    html = page('<div class="post-9 post type-post hentry"><div class="page-wrapper normal-sidebar single-sidebar '
                'right-sidebar"><div class="gdl-page-left page-left-right-sidebar"><div class="blog-content-wrapper">'
                '<h1 class="blog-title">Six celebrities refuse to play the inauguration</h1><div class="blog-author">'
                '<a href="/author/ganevatana/" title="Posts by Tana Ganeva" rel="author">Tana Ganeva</a><br>'
                f'<a href="/2016/12/22/">22 Dec 2016 at 14:27 ET</a></div>{PARAGRAPHS}<div class="about-author-wrapper">'
                '<h5 class="about-author-title">About the Author</h5></div></div></div><div class="textwidget"><h1>{text}'
                "</h1></div></div></div>")
    assert credited_people(extract(html)) == ["Tana Ganeva"]


def test_a_sidebar_holding_the_site_title_h1_stays_a_sidebar() -> None:
    # A theme's side column before the post, the blog's title in its header and a teaser's byline in a
    # widget: another post's author, whatever h1 the column holds.
    html = page('<div id="sidebar" class="sidebar"><header class="site-header"><h1 class="site-title">The Daily Walking '
                'Health Blog</h1></header><div class="widget"><a href="/other/">Another story</a> <span class="byline">'
                '<a rel="author" href="/author/jim/">Jim Other</a></span></div></div><main><h2>Six celebrities refuse to '
                f'play</h2><p class="byline">By <a rel="author" href="/author/ann/">Ann Author</a></p>{PARAGRAPHS}</main>')
    assert credited_people(extract(html)) == ["Ann Author"]
