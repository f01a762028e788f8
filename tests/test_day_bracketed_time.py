"""A clock time alone in brackets is no date (issue 16, fields-external-6). asahi.com's news lists
print each story's time alone, "<span class="Time">(18:11)</span>", in an element named for the time;
dateparser read "(18:11)" as 8 January 2011 and the byline scan dated the article by a teaser's time."""

from __future__ import annotations

from harvester import extract_article
from harvester.dates import parse_date

_URL = "https://news.example.jp/articles/ABC123.html"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "文化庁メディア芸術祭の受賞作品が発表され、エンターテインメント部門の大賞にテレビ番組が選ばれた。",
    "贈呈式は六月に東京都内で開かれ、受賞作品は同じ会場で展示される予定だという。",
    "審査委員会は、幅広い世代が楽しめる番組づくりを高く評価したと説明している。",
))


def _page(latest: str) -> str:
    """A Japanese news article: its day printed under the h1 in a ``<time>`` named for the last
    update (the only date it prints), then ``latest`` in a list of the site's latest news."""
    return (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>メディア芸術祭賞が決定：ニュース</title>'
        '</head><body><header><a href="/">ニュース</a><nav><ul><li><a href="/national/">社会</a></li></ul></nav>'
        '</header><div id="Main"><div class="ArticleTitle"><h1>メディア芸術祭賞が決定</h1>'
        '<p class="Update"><time class="LastUpdated" datetime="">2019年3月1日13時16分</time></p></div>'
        f'<div class="ArticleText">{_TEXT}</div></div><div id="Sub"><div class="NewsList"><ul>{latest}</ul>'
        '</div></div><footer><p>Copyright 2019 News</p></footer></body></html>'
    )


def test_a_bracketed_time_is_no_date() -> None:
    """"(18:11)", "[7:30 pm]", "（18:11）" are times, no days (main: 2011-01-08 for the first)."""
    for text in ("(18:11)", "[7:30 pm]", "（18:11）"):
        assert parse_date(text, languages=["ja"]) is None


def test_the_latest_news_times_do_not_date_the_article() -> None:
    """The list's "(18:11)" in a span named for the time gave 2011-01-08; the printed day stands."""
    latest = "".join(f'<li><a href="/articles/X{n}.html">別のニュース{n}</a> <span class="Time">(18:1{n})</span></li>'
                     for n in range(4))
    assert str(extract_article(_page(latest), _URL).byline.published_at)[:10] == "2019-03-01"


def test_a_bracketed_day_still_dates() -> None:
    """Counter-example: a day in brackets ("(18.01.2018)", transgen's standfirst) is still a date."""
    assert str(parse_date("(18.01.2018)", languages=["de"])) == "2018-01-18"
    assert str(parse_date("(2019-03-01)", languages=["ja"])) == "2019-03-01"
