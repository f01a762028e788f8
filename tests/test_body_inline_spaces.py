"""Body text (issue 16): the space between two inline runs of a sentence.

Editors and Markdown renderers print a sentence's formatted runs and links side by side with one
space between them: CommonMark renders ``**Foo** *Bar* `Baz``` as
``<p><strong>Foo</strong> <em>Bar</em> <code>Baz</code></p>`` (susam/texme, README.md, its
renderCommonMark example), a review's "where to watch" line is
``<em>is streaming on</em> <a href="…"><em>Netflix</em></a> <em>and on</em> …`` (the Vox list of
Readability's videos-1), a label is ``<strong>Title:</strong> <em>Outcome</em>``. trafilatura trims
a whitespace-only tail to nothing (trafilatura/htmlprocessing.py, ``handle_textnode``), so its
formatted XML glues the runs: "is streaming onNetflixand on". A reader sees the space.
"""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, extract, page

HEADLINE = "<h1>The best films to stream this winter, ranked</h1>"
WATCH = (
    '<p>Star Wars: The Last Jedi <em>is currently</em> <a href="https://www.netflix.com/watch/80192018">'
    '<em>streaming on Netflix</em></a> <em>and available to digitally rent on</em> '
    '<a href="https://play.google.com/store/movies/details?id=fgPqJgZepxM"><em>Google Play</em></a> '
    '<em>and</em> <a href="https://www.youtube.com/watch?v=Q0CbN8sfihY"><em>YouTube</em></a><em>.</em></p>'
)
LABELS = (
    '<p><strong>Starring:</strong> <em>Claes Bang</em> and <a href="/people/elisabeth-moss/">Elisabeth Moss</a>, '
    "in a satire of the contemporary art world.</p>"
)
RENDERED = ("<p>The festival jury called it <strong>hilariously needling</strong> <em>and intoxicating</em> "
            "before it gave the film its top prize.</p>")


def body_of(body: str) -> str:
    html = page(f"<article>{HEADLINE}{PARAGRAPHS}{body}{PARAGRAPHS.replace('<p>', '<p>Again, ')}</article>")
    return extract(html).body_text


def test_a_space_between_formatted_runs_and_links_is_kept() -> None:
    text = body_of(WATCH + LABELS + RENDERED)
    assert ("Star Wars: The Last Jedi is currently streaming on Netflix and available to digitally rent on "
            "Google Play and YouTube.") in text
    assert "Starring: Claes Bang and Elisabeth Moss, in a satire" in text
    assert "hilariously needling and intoxicating before it" in text


def test_runs_the_page_prints_glued_stay_one_word() -> None:
    # A brand set in two styles with no space between them, and a footnote number after a link:
    # the page prints no space there, so none is added.
    text = body_of(
        "<p>The app, <strong>Med</strong><em>Scape</em>, lists the trial among the year's most read reports "
        'in <a href="https://www.nejm.org/">the journal</a><sup>1</sup> this season.</p>'
    )
    assert "The app, MedScape, lists" in text
    assert "in the journal1 this season" in text
