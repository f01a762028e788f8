"""A page's own dotted two-digit-year dates tell the order it writes them in (issue 16,
fields-external-6). uproxx, a US site, prints "<span class="published-date">12.09.16</span>" in its byline
for 9 December 2016, and "11.29.16", "11.30.16" beside its sidebar's stories: read day first as Europe
writes dots, the byline gave 12 September 2016. A dotted date that can only read month first ("11.29.16")
and none that can only read day first turn the page's order."""

from __future__ import annotations

from harvester import extract_article

_URL = "https://news.example.com/news/cabinet-race/"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "The former mayor has withdrawn from consideration for the post, according to a statement released "
    "by the transition team late on Friday afternoon.",
    "He had been seen as a leading candidate for weeks, but questions about his business dealings abroad "
    "were said to have complicated the vetting process.",
    "The team said a decision on the nomination would be announced next week, after further interviews "
    "with the remaining candidates.",
))


def _page(byline: str, sidebar: str) -> str:
    """A news post: h1, ``byline``, text, a sidebar of other stories printing ``sidebar``'s dates."""
    items = "".join(f'<li><a href="/news/story-{n}/">Another story {n}</a> <span class="published-date">{day}</span></li>'
                    for n, day in enumerate(sidebar.split()))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Cabinet Race</title></head><body>'
        '<header><a href="/">Example News</a></header><div class="post"><div class="post-top"><h1>The Cabinet '
        f'Race Narrows</h1><div class="author">Jane Roe {byline}</div></div><div class="post-content">{_TEXT}'
        f'</div></div><aside class="sidebar"><ul>{items}</ul></aside><footer><p>© Example News</p></footer>'
        '</body></html>'
    )


def test_month_first_dotted_dates_turn_the_byline_day() -> None:
    """"12.09.16" beside "11.29.16" and "11.30.16" gives 9 December 2016 (main: 12 September)."""
    record = extract_article(_page('<span class="published-date">12.09.16</span>', "12.08.16 11.30.16 11.29.16"), _URL)
    assert str(record.byline.published_at) == "2016-12-09"


def test_day_first_or_undecided_dotted_dates_stay_day_first() -> None:
    """Counter-examples: beside "29.11.16" (day first only), or with no date that decides, "12.09.16" is
    12 September 2016; one date that reads only day first outweighs one that reads only month first."""
    for sidebar in ("12.08.16 30.11.16 29.11.16", "12.08.16 10.11.16", "11.29.16 30.11.16"):
        record = extract_article(_page('<span class="published-date">12.09.16</span>', sidebar), _URL)
        assert str(record.byline.published_at) == "2016-09-12"
