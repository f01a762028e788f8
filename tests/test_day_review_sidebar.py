"""Red-team probes of the sixth session's sidebar-teaser rule (review-a). A theme that prints the post in
"<div class="post-12 post type-post hentry">" (WordPress's post_class(), wp-includes/post-template.php,
get_post_class: "hentry for hAtom compliance"), not an ``<article>``, and its post meta as an "<aside
class="entry-meta">" list whose day links to the day's archive had the post's own day passed over as a
sidebar teaser's: the rule spared the post meta only inside an ``<article>``."""

from __future__ import annotations

from harvester import extract_article
from tests.test_day_sidebar_teasers import _SIDEBAR, _TEXT, _URL


def _page(post_class: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vitamin D pills do not prevent '
        'fractures | Example News</title></head><body><header id="masthead"><a href="/">Example News</a><nav>'
        '<ul><li><a href="/health/">Health</a></li><li><a href="/about/">About</a></li></ul></nav></header>'
        f'<div id="content" class="row"><div id="primary" class="col-md-8"><div id="post-12" class="{post_class}">'
        '<h1 class="entry-title">Vitamin D pills do not prevent fractures</h1><aside class="entry-meta"><ul>'
        '<li class="posted-on"><a href="https://news.example.org/2021/03/04/">March 4, 2021</a></li>'
        '<li class="byline"><a href="https://news.example.org/author/jane/">Jane Roe</a></li></ul></aside>'
        f'<div class="entry-content">{_TEXT}</div></div></div>{_SIDEBAR}</div>'
        '<footer id="colophon"><p>© 2024 Example News</p></footer></body></html>'
    )


def test_the_post_meta_aside_of_a_hentry_post_dates_the_page() -> None:
    assert str(extract_article(_page("post-12 post type-post status-publish hentry"), _URL).byline.published_at) \
        == "2021-03-04"


def test_the_sidebar_teaser_still_dates_nothing() -> None:
    """Counter-example: the rule's own sidebar, the post printing no day."""
    html = _page("post-12 post hentry").replace(
        '<li class="posted-on"><a href="https://news.example.org/2021/03/04/">March 4, 2021</a></li>', "")
    assert extract_article(html, _URL).byline.published_at is None
