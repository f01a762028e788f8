"""A meta line under the headline naming the section's link, then the day, dates the page (issue 16,
fields-external-6). ossnews.jp prints "<p class="fs12"><a href="/oss_info/topic/">OSS×クラウド最新TOPICS</a>
　2019年3月15日 09:43</p>" under its h1; the day after a link printing words was taken for that link's
text running on, and the page was left undated."""

from __future__ import annotations

from harvester import extract_article

_URL = "https://www.example-news.com/oss_info/article.html?oid=8976"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "Ten open source projects stood out last year, from a code editor to a container orchestration "
    "system, according to a review of the most active repositories.",
    "The editor was ranked the most popular development environment in a large developer survey, and "
    "its extensions now number in the tens of thousands.",
    "The orchestration system came eighth among the top open source projects by contributors, ahead "
    "of several long-established libraries for machine learning.",
))


def _page(line: str) -> str:
    """A news item: the h1, ``line`` under it, the text."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ten open source projects of 2018'
        '</title></head><body><div id="header"><a href="/">Example News</a></div><div id="contents">'
        f'<div class="section box news"><h1 class="newstitle">Ten open source projects of 2018</h1>{line}'
        f'<div class="text">{_TEXT}</div></div></div><div id="footer"><p>Example News</p></div></body></html>'
    )


def test_the_day_after_the_section_link_dates_the_page() -> None:
    """"<a href=/oss_info/topic/>Topics</a> March 15, 2019 09:43" gives 15 March 2019 (main: no day)."""
    line = '<p class="fs12"><a href="https://www.example-news.com/oss_info/topic/">Latest topics</a> March 15, 2019 09:43</p>'
    assert str(extract_article(_page(line), _URL).byline.published_at)[:10] == "2019-03-15"
    line = '<p class="meta"><a href="/oss_info/">OSS</a> | 2019年3月15日 09:43</p>'
    assert str(extract_article(_page(line), _URL).byline.published_at)[:10] == "2019-03-15"


def test_the_day_after_a_story_link_dates_nothing() -> None:
    """Counter-examples: the day after a link to another story (its slug, its number, its file) is that
    story's; after a link to another section's folder ("/events/fair/"), an event's."""
    for href in ("/oss_info/other-open-source-review/", "/oss_info/2019/03/14/", "/oss_info/article.html?oid=8975",
                 "/events/fair/", "https://other.example.org/oss_info/topic/"):
        line = f'<p class="prev"><a href="{href}">Earlier: five editors compared</a> March 14, 2019 10:00</p>'
        assert extract_article(_page(line), _URL).byline.published_at is None
