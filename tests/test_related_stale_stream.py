"""Related posts: a box the page fills, whenever it is served, with its section's or tag's newest items. A page
fetched years after it was published (a Wayback capture, a live re-fetch of an old article) then lists stories
of the capture time under "Related": every card dated more than half a year after the article's own day is
the site's latest stream, not a related post (docs/field-quality.md, "Related posts: newest items on the
fourth pool")."""

from __future__ import annotations

from functools import partial

from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://paper.example/world/manchester-stabbing-five-injured/"
page_of = partial(parsed_page, url=URL)
RUNNING = ("Police said five people were injured in the attack at a shopping centre on Friday, and a man was "
           "arrested at the scene on suspicion of serious assault.")


def _card(path: str, title: str, picture: str | None = None, time: str | None = None) -> str:
    img = f'<img src="https://paper.example{picture}" alt="">' if picture else ""
    stamp = f'<time datetime="{time}">{time}</time>' if time else ""
    return f'<li><a href="{path}">{img}</a><h3><a href="{path}">{title}</a></h3>{stamp}</li>'


def _page(cards: list[str], published: str | None = "2019-10-11T16:43:20+00:00") -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return f"""<html><head>{meta}</head><body><article><h1>Manchester stabbing: five people injured</h1>
      <div class="entry-content"><p>{RUNNING}</p><p>{RUNNING}</p></div></article>
      <div class="td_block_related_posts"><h4 class="td-related-title">Related articles</h4>
      <ul>{"".join(cards)}</ul></div></body></html>"""


def related(html: str) -> list[str]:
    return [post.title for post in extract_related_posts(page_of(html))]


NEWEST = [
    _card("/world/kosovo-mp-ignores-criticism/", "Kosovo MP ignores the criticism of her outfit",
          "/wp-content/uploads/2022/07/capture-14-218x150.jpg"),
    _card("/world/cocaine-gang-broken-up-in-germany/", "Cocaine gang broken up in Germany, four arrested",
          "/wp-content/uploads/2022/07/gang-218x150.jpg"),
    _card("/world/young-man-shot-dead-in-belgium/", "Young man shot dead in Belgium, one arrested",
          "/wp-content/uploads/2022/06/belgium-218x150.jpg"),
]


def test_a_related_box_of_the_capture_times_newest_items_is_no_related_post() -> None:
    """A tagDiv "td_block_related_posts" box on a 2019 article captured in 2022 (telegraf.al): its three cards'
    thumbnails were uploaded in June and July 2022, so each post is of 2022 at the earliest."""
    assert related(_page(NEWEST)) == []


def test_cards_whose_addresses_or_times_are_years_later_are_no_related_posts() -> None:
    """The day may come from the card's address ("/2026/08/19/") or its printed <time>."""
    cards = [_card("/2026/08/19/council-approves-budget/", "Council approves the new budget"),
             _card("/local/harbour-works-begin/", "Harbour works begin next week", time="2026-08-23")]
    assert related(_page(cards)) == []


def test_follow_ups_a_few_weeks_later_stay_related() -> None:
    """Counter-example: a curated box may list later stories of the same affair; weeks later is a follow-up."""
    cards = [_card("/2019/11/02/suspect-charged-over-manchester-stabbing/", "Suspect charged over the stabbing"),
             _card("/2019/12/20/victims-of-manchester-stabbing-speak/", "Victims of the stabbing speak out")]
    assert related(_page(cards)) == ["Suspect charged over the stabbing", "Victims of the stabbing speak out"]


def test_an_article_without_a_declared_day_is_left_alone() -> None:
    """Counter-example: with no day of its own declared, nothing says the cards are later than the article."""
    assert len(related(_page(NEWEST, published=None))) == 3


def test_one_undated_card_keeps_the_box() -> None:
    """Counter-example: every card must be dated late; a card with no day may be an older related post."""
    cards = [*NEWEST[:2], _card("/world/manchester-attack-timeline/", "Manchester attack: a timeline")]
    assert len(related(_page(cards))) == 3


def test_a_box_of_older_posts_stays_related() -> None:
    """Counter-example: cards dated before the article (background pieces) are what a related box holds."""
    cards = [_card("/2017/05/23/manchester-arena-bombing/", "Manchester Arena bombing: what we know"),
             _card("/2018/03/01/knife-crime-rises/", "Knife crime rises across England")]
    assert len(related(_page(cards))) == 2
