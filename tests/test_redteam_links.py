"""Red-team review of the seventh session's related-posts and source-box rules (2026-12-08): pages where a rule's
trigger appears but its conclusion is wrong, each failing before its narrowing."""

from __future__ import annotations

from functools import partial

from test_sources_templates import PARAGRAPHS, URL, listed, post

from harvester import extract_article
from harvester.fields.related import extract_related_posts

from conftest import parsed_page

SISTER = "https://www.usatoday.example.net/story/news/nation/2025/10/28/omega-3-trial-results/94512/"


def test_a_read_more_line_in_the_middle_of_the_text_is_a_teaser_of_a_sister_site() -> None:
    """A Gannett paper's "<p>Read more: <a href=usatoday.com/…>Headline</a></p>" between two paragraphs of the text:
    a read-also line to the network's other paper, no report the post is based on."""
    html = post("")
    second = f"<p>{PARAGRAPHS[1]}</p>"
    html = html.replace(second, f'{second}<p>Read more: <a href="{SISTER}">Omega-3 trial results surprise '
                                f'cardiologists</a></p>')
    assert listed(extract_article(html, URL)) == []


RUNNING = ("The governor's office said on Monday that no plans had been made to remove anyone by force, but the "
           "camp's medics were preparing for the worst as the first snows fell on the valley.")


def _related(html: str, url: str) -> list[tuple[str, str | None]]:
    return [(p.title, p.url) for p in extract_related_posts(partial(parsed_page, url=url)(html))]


def test_posts_filed_under_a_quotes_section_are_posts() -> None:
    """A WordPress blog of sayings with the category base "quotes" ("/quotes/einstein-on-imagination/") and a dated
    "/quotes/2016/11/28/…" lists its posts under "Related quotes": no security's quote page ("/quote/AAPL")."""
    html = f"""<article><h1>Churchill on success</h1><p>{RUNNING}</p><p>{RUNNING}</p>
      <div class="related-posts"><h3>Related quotes</h3><ul>
      <li><a href="/quotes/einstein-on-imagination-and-knowledge/">Einstein on imagination and knowledge</a></li>
      <li><a href="/quotes/2016/11/27/twain-on-the-lack-of-money">Twain on the lack of money as root of evil</a></li>
      </ul></div></article>"""
    assert _related(html, "https://sayings.example/quotes/churchill-on-success/") == [
        ("Einstein on imagination and knowledge", "https://sayings.example/quotes/einstein-on-imagination-and-knowledge/"),
        ("Twain on the lack of money as root of evil", "https://sayings.example/quotes/2016/11/27/twain-on-the-lack-of-money")]


def test_a_card_title_link_named_for_its_rubric_leads_to_the_post() -> None:
    """A German CMS names its teaser's title link after the section ("<a class=rubrik-teaser__link
    href=/politik/…-a-1234567.html>"): the link leads to an article (its number), so it is the card's, not the
    rubric's page (The New Yorker's "Rubric__rubric" link to "/magazine/annals-of-science")."""
    html = f"""<article><h1>Das Protestcamp</h1><p>{RUNNING}</p><p>{RUNNING}</p>
      <section class="related"><h2>Mehr zum Thema</h2>
      <div class="teaser"><a class="rubrik-teaser__link" href="/politik/regierung-ordnet-raeumung-an-a-1234567.html">Regierung
        ordnet die Räumung des Camps an</a></div>
      <div class="teaser"><a class="rubrik-teaser__link" href="/politik/demonstranten-bleiben-a-1234568.html">Demonstranten
        bleiben trotz Schnee im Camp</a></div></section></article>"""
    assert [url for _, url in _related(html, "https://zeitung.example/politik/das-protestcamp-a-1234569.html")] == [
        "https://zeitung.example/politik/regierung-ordnet-raeumung-an-a-1234567.html",
        "https://zeitung.example/politik/demonstranten-bleiben-a-1234568.html"]


def test_an_empty_anchor_or_ad_slot_between_a_related_heading_and_its_list() -> None:
    """"<h3>Related Articles</h3><div id=related-articles-anchor></div><ul>…" and an empty "<div class=widget-ad-slot>"
    between "You might also like" and its list: the empty element is no script's slot holding the box, the list
    after it is the heading's (a popIn slot with no list after it still heads nothing)."""
    listing = """<ul><li><a href="/news/2016/11/28/governor-orders-evacuation/">Governor orders evacuation of the
      camp</a></li><li><a href="/news/2016/11/27/protesters-stay-despite-snow/">Protesters stay despite the first
      snow</a></li></ul>"""
    url = "https://paper.example/news/2016/11/29/pipeline-protest-camp/"
    expected = ["https://paper.example/news/2016/11/28/governor-orders-evacuation/",
                "https://paper.example/news/2016/11/27/protesters-stay-despite-snow/"]
    for heading, slot in (("Related Articles", "<div id='related-articles-anchor'></div>"),
                          ("You might also like", "<div class='widget-ad-slot'></div>")):
        html = f"""<article><h1>Camp</h1><p>{RUNNING}</p><p>{RUNNING}</p></article>
          <div class="box"><h3>{heading}</h3>{slot}{listing}</div>"""
        assert [url for _, url in _related(html, url)] == expected
