"""A sidebar's teasers date no page (issue 16, template-source probes of htmldate's conventions, sixth
session). htmldate's own test suite makes the point for its free-text search: a page's date elements are
its own, its copyright year and other items' days a last resort (adbar/htmldate, tests/unit_tests.py,
``test_no_date``). The HTML5 sidebar (WordPress's `get_sidebar()` in an `<aside id="secondary"
class="widget-area">`, WordPress/twentysixteen sidebar.php; the "Recent Posts" widget prints each item as
"<li><a href=…>Title</a> <span class=post-date>…</span></li>", WordPress/WordPress
wp-includes/widgets/class-wp-widget-recent-posts.php) lists other stories with their days. Harvester's walk
under the headline reads a teaser's day only as its last resort, and on a page printing no day of its own
it took the sidebar's first teaser as the publication."""

from __future__ import annotations

from harvester import extract_article

_URL = "https://news.example.org/health/vitamin-d-trial"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "A large randomised trial followed more than twenty thousand adults for five years and found that a daily "
    "vitamin D supplement did not lower their risk of fractures, cancer or heart disease.",
    "The researchers say people with a diagnosed deficiency should still take what their doctor prescribes, "
    "but that healthy adults gain little from the pills bought over the counter.",
    "Earlier observational studies had linked low vitamin D levels with many illnesses, which raised hopes "
    "that supplements would prevent them; randomised trials have mostly not borne that out.",
))
# WordPress's Recent Posts widget in Twenty Sixteen's sidebar.
_SIDEBAR = (
    '<aside id="secondary" class="col-md-4 sidebar widget-area" role="complementary"><section id="recent-posts-2" '
    'class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
    '<li><a href="https://news.example.org/health/flu-season/">Flu season starts early</a> '
    '<span class="post-date">February 10, 2021</span></li>'
    '<li><a href="https://news.example.org/health/sleep/">How much sleep do teenagers need?</a> '
    '<span class="post-date">February 8, 2021</span></li></ul></section></aside>'
)


def _page(meta: str) -> str:
    """A blog post in a two-column Bootstrap layout (the post in ``col-md-8``, the widget sidebar in an
    ``<aside class="col-md-4">`` beside it), the post's ``meta`` under its text."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vitamin D pills do not prevent '
        'fractures | Example News</title></head><body>'
        '<header class="site-header"><p class="site-title"><a href="/">Example News</a></p>'
        '<nav class="navbar"><ul><li><a href="/health/">Health</a></li><li><a href="/science/">Science</a>'
        '</li></ul></nav></header><div class="container"><div class="row"><div class="col-md-8">'
        '<article class="post type-post"><h1 class="entry-title">Vitamin D pills do not prevent fractures, '
        f'trial finds</h1><div class="entry-content">{_TEXT}</div><footer class="entry-footer">{meta}</footer>'
        f'</article></div>{_SIDEBAR}'
        '</div></div><footer id="colophon" class="site-footer"><p>© 2024 Example News</p></footer>'
        "</body></html>"
    )


def test_sidebar_recent_posts_date_no_page() -> None:
    """The post prints no day: the sidebar's Recent Posts widget gives none either (main took its first
    item's "February 10, 2021")."""
    record = extract_article(_page('<span class="cat-links"><a href="/category/health/">Health</a></span>'), _URL)
    assert record.byline.published_at is None


def test_post_own_day_linking_to_its_archive_still_dates_it() -> None:
    """Counter-examples: the post's own day in its meta list, linking to the day's archive (a list item
    linking elsewhere, as a teaser is), still dates the page, in an ``<aside>`` of the article too; so
    does its day printed beside the sidebar's teasers."""
    own = ('<ul class="entry-meta"><li><a href="https://news.example.org/2021/03/04/">March 4, 2021</a></li>'
           '<li><a href="/author/jane-roe/">Jane Roe</a></li></ul>')
    assert str(extract_article(_page(own), _URL).byline.published_at) == "2021-03-04"
    own = own.replace("<ul", '<aside class="entry-meta"><ul').replace("</ul>", "</ul></aside>")
    assert str(extract_article(_page(own), _URL).byline.published_at) == "2021-03-04"
    own = '<span class="posted-on">Posted on <time datetime="2021-03-04T09:30:00+01:00">March 4, 2021</time></span>'
    assert str(extract_article(_page(own), _URL).byline.published_at)[:10] == "2021-03-04"
