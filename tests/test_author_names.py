"""One author-name cleaner (harvester.names) for bylines, related cards and comments."""

from __future__ import annotations

from functools import partial

import pytest

from harvester.fields.comments import extract_comments
from harvester.fields.related import extract_related_posts
from harvester.names import clean_name

from conftest import parsed_page

page_of = partial(parsed_page, url="https://healthnews.example/story/")
ARTICLE = """<main><article><h1>Title of the story</h1><div class="entry-content">
  <p>Some long body text about health, with enough words to be the article.</p></div></article></main>"""


@pytest.mark.parametrize(
    ("text", "flags", "expected"),
    [
        ("ByByFahad Hussain Nov 26, 2025", {}, "Fahad Hussain"),
        ("By Jillian Kubala, MS, RD", {}, "Jillian Kubala"),
        ("di Mario Rossi", {}, "Mario Rossi"),
        ("di Mario Rossi", {"particles": False}, "di Mario Rossi"),
        ("Candice Roe says: May 3, 2019 at 5:00 pm", {"says": True}, "Candice Roe"),
        ("Comment by Jane Doe, 17.07.2011 @ 13:04", {"says": True}, "Jane Doe"),
        ("Par Stefan Häne, Sylvain Besson", {}, "Stefan Häne, Sylvain Besson"),
        ("14. Juli 2023", {}, None),
        ("Redaktion Gesundheit Aktuell", {}, "Redaktion Gesundheit Aktuell"),
        ("Autorin: Anna Berg", {"person": True}, "Anna Berg"),
        ("Staff Writer", {"person": True}, None),
        ("Anonymous", {"person": True}, None),
        ("Anonymous", {}, "Anonymous"),
        ("· by Aureliana · in Gefühle", {"person": True}, "Aureliana"),
        # A generational suffix is part of the name, unlike a degree: King III is not King.
        ("By Perry Bacon Jr.", {"person": True}, "Perry Bacon Jr."),
        ("Martin Luther King III", {"person": True}, "Martin Luther King III"),
        ("Sammy Davis Sr, PhD", {"person": True}, "Sammy Davis Sr."),
    ],
)
def test_clean_name(text: str, flags: dict[str, bool], expected: str | None) -> None:
    assert clean_name(text, languages=["en"], **flags) == expected


def test_a_commenters_says_goes_even_before_a_date_and_credentials_go() -> None:
    # "Candice ... says" kept its "says" when a date followed it: the comments' cleaner took
    # "says" off the end of the line before cutting the date off.
    comments = """<div id="comments" class="comments-area"><h2 class="comments-title">2 comments</h2>
    <ol class="comment-list">
    <li id="comment-11" class="comment"><article class="comment-body">
      <div class="comment-author vcard">Candice Roe says: May 3, 2019 at 5:00 pm</div>
      <div class="comment-content"><p>Thank you for this clear article.</p></div></article></li>
    <li id="comment-12" class="comment"><article class="comment-body">
      <div class="comment-author vcard"><b class="fn">Jane Doe, MD, PhD</b></div>
      <div class="comment-content"><p>As a physician I agree with the summary.</p></div></article></li></ol></div>"""
    assert [c.author for c in extract_comments(page_of(ARTICLE + comments))] == ["Candice Roe", "Jane Doe"]


def test_a_related_cards_author_loses_credentials_but_keeps_co_authors() -> None:
    # healthline.com's cards print "Jillian Kubala, MS, RD"; tdg.ch's "Par Stefan Häne, Sylvain Besson".
    related = """<section class="related-posts"><h2>Related articles</h2><ul>
    <li><a href="/a/">Is fat good for you? What the studies say</a><span class="author">By Jillian Kubala, MS, RD</span></li>
    <li><a href="/b/">Ten foods that lower blood pressure</a><span class="author">Par Stefan Häne, Sylvain Besson</span>
    </li></ul></section>"""
    assert [r.author for r in extract_related_posts(page_of(ARTICLE + related))] == [
        "Jillian Kubala", "Stefan Häne, Sylvain Besson"]
