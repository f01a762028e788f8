"""A day with its clock in Chinese, Japanese or Korean writing is a date alone (issue 16,
fields-external-6). Weekly ASCII prints "<p class="data"><span>2019年04月21日12時00分</span></p>" over its
h1: the pattern of dates read "2019年04月21日" and stopped before "12時00分", so the text was no date
alone and the line over the headline dated nothing."""

from __future__ import annotations

from harvester import extract_article
from harvester.dates import search_date

_URL = "https://weekly.example.jp/elem/000/000/428/428292/"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "手のひらに収まる小型スマートフォンを実際に使ってみたので、その使い勝手を紹介したい。",
    "画面は小さいが、文字入力や地図の確認など日常的な操作は思ったよりも快適にこなせる。",
    "電池の持ちは一日使うとぎりぎりなので、長時間の外出には充電器を持っていくと安心だ。",
))


def _page(above: str) -> str:
    """A Japanese hands-on post whose ``above`` line stands over the h1 in the article's head."""
    return (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>超小型スマホの実機チェック - 週刊</title>'
        '</head><body><div id="header"><a href="/">週刊</a></div><div id="main"><div id="articleHead">'
        f'<p class="data">{above}</p><h1>超小型スマホの実機チェック</h1><p class="author">文●オカモト</p></div>'
        f'<div id="contents">{_TEXT}</div></div><div id="footer"><p>© 2019 週刊</p></div></body></html>'
    )


def test_the_cjk_clock_belongs_to_the_date() -> None:
    """"2019年04月21日12時00分", "2021년 3월 4일 13시 16분", "2019年3月1日13时16分" are read whole."""
    for text, value in (("2019年04月21日12時00分", "2019-04-21 12:00:00"), ("2021년 3월 4일 13시 16분", "2021-03-04 13:16:00"),
                        ("2019年3月1日13时16分", "2019-03-01 13:16:00")):
        found = search_date(text, languages=["ja"])
        assert found is not None and found.end == len(text) and str(found.value) == value


def test_a_day_and_clock_over_the_headline_dates_the_page() -> None:
    """The line over the h1 gives 21 April 2019 (main: no day)."""
    record = extract_article(_page("<span>2019年04月21日12時00分</span>"), _URL)
    assert str(record.byline.published_at)[:10] == "2019-04-21"


def test_a_teaser_line_over_the_headline_dates_nothing() -> None:
    """Counter-example: a line printing a teaser's title beside its day and clock is no date alone."""
    record = extract_article(_page("<span>前の記事：小型スマホが登場 2019年04月20日12時00分</span>"), _URL)
    assert record.byline.published_at is None
