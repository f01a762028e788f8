"""Related posts: the conventions behind the seventeenth round's recall misses (``fields-external-6.json``:
Mercury's US and Japanese news fixtures; docs/field-quality.md, "Related posts: recall on the third pool"),
each on a page of our own making with its counter-example."""

from __future__ import annotations

from functools import partial

from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://paper.example/us-news/2016/nov/29/pipeline-protest-camp"
page_of = partial(parsed_page, url=URL)
RUNNING = ("The governor's office said on Monday that no plans had been made to remove anyone by force, but the "
           "camp's medics were preparing for the worst as the first snows fell on the valley.")


def related(html: str) -> list[tuple[str, str | None]]:
    return [(post.title, post.url) for post in extract_related_posts(page_of(html))]


def test_an_in_body_card_titled_by_its_own_h1() -> None:
    """"<aside class=element-rich-link>…<h1 class=rich-link__title>…</h1>…<a class=rich-link__link href=…></a>":
    HTML5 lets a sectioning element open with an h1; the card's h1 is its title, not the page's headline."""
    html = f"""<article><h1 class="content__headline">Protesters dig in as the camp's deadline nears</h1>
      <div class="content__article-body"><p>{RUNNING}</p>
      <aside class="element element-rich-link"><div class="rich-link"><div class="rich-link__header">
        <h1 class="rich-link__title">Governor orders immediate evacuation of the camp</h1></div>
        <div class="rich-link__read-more"><div class="rich-link__read-more-text">Read more</div></div>
        <a class="rich-link__link" href="/us-news/2016/nov/28/governor-evacuation-order-camp"></a></div></aside>
      <p>{RUNNING}</p></div></article>"""
    assert related(html) == [("Governor orders immediate evacuation of the camp",
                              "https://paper.example/us-news/2016/nov/28/governor-evacuation-order-camp")]


def test_a_related_named_wrapper_around_the_headline_stays_the_article() -> None:
    """Counter-example: a short block named related that holds the page's own headline h1 (a template's
    "has-related" wrapper around a brief) is the article, not a card."""
    html = f"""<div class="story has-related-rail"><h1>Protesters dig in as the camp's deadline nears</h1>
      <p><a href="/us-news/2016/nov/28/governor-evacuation-order-camp">Governor orders immediate evacuation</a></p>
      </div><p>{RUNNING}</p>"""
    assert related(html) == []


def test_a_lone_link_among_div_paragraphs() -> None:
    """"<div class=zn-body__paragraph><a href=…>Headline</a></div>" between the text's paragraphs printed as divs
    of one class: an unlabelled teaser line, as the same link alone in a ``<p>``."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body">
      <div class="zn-body__paragraph">{RUNNING}</div>
      <div class="zn-body__paragraph"><a href="/2016/11/28/politics/conway-romney-attacks/index.html">Source: Trump
        irritated by Conway attacks on Romney</a></div>
      <div class="zn-body__paragraph">{RUNNING}</div></div>"""
    assert related(html) == [("Source: Trump irritated by Conway attacks on Romney",
                              "https://paper.example/2016/11/28/politics/conway-romney-attacks/index.html")]


def test_a_lone_link_among_divs_of_other_classes_stays() -> None:
    """Counter-example: a div holding one link between boxes of other kinds (a promo between a video and a
    share bar) is no paragraph of the text."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body">
      <div class="video-wrapper">{RUNNING}</div>
      <div class="promo"><a href="/2016/11/28/politics/conway-romney-attacks/index.html">Source: Trump
        irritated by Conway attacks on Romney</a></div>
      <div class="share-bar">{RUNNING}</div></div>"""
    assert related(html) == []


def test_a_lone_link_after_a_short_sentence_of_the_text() -> None:
    """A short paragraph closing as a sentence ("Far from quieting the storm, he is whipping it up.") between the
    running text and a lone linked headline is the text going on: the line still follows running text."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body"><p>{RUNNING}</p>
      <p>Far from quieting the storm, Trump is whipping it up.</p>
      <p><a href="/2016/11/29/politics/who-could-be-in-the-cabinet/index.html">Who could be in Trump's Cabinet?</a></p>
      <p>{RUNNING}</p></div>"""
    assert related(html) == [("Who could be in Trump's Cabinet?",
                              "https://paper.example/2016/11/29/politics/who-could-be-in-the-cabinet/index.html")]


def test_a_lone_link_after_a_short_label_paragraph_stays() -> None:
    """Counter-example: a short paragraph that is no sentence ("Photos from the camp") before the link is a
    caption or a label of something else, not the text going on: the link is not taken as a line."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body"><p>{RUNNING}</p>
      <p>Photos from the camp</p>
      <p><a href="/2016/11/29/politics/who-could-be-in-the-cabinet/index.html">Who could be in Trump's Cabinet?</a></p>
      <p>{RUNNING}</p></div>"""
    assert related(html) == []
