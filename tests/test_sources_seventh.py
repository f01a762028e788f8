"""Sources: conventions of the third pool's fitting pages (2026-12-08, seventh session).

Each test renders the convention inside the whole blog post of ``test_sources_templates`` (site header, byline, text,
tags, share row, author box, a comment, a sidebar of widgets, the site footer) and checks the sources listed under a
box's label; each has a near page the rule must leave alone.
"""

from __future__ import annotations

from test_sources_templates import PARAGRAPHS, URL, listed, post

from harvester import extract_article

# Ars Technica's in-body "Further Reading" pullbox of an earlier story.

EARLIER = "https://www.healthwatch-blog.example.com/2024/03/vitamin-d-and-falls/"
PULLBOX = ('<aside class="pullbox sidebar story-sidebar right"><div class="story-sidebar-part"><div '
           f'class="story-sidebar-part-content"><h3>Further Reading</h3><a href="{EARLIER}">Vitamin D pills and falls: '
           'what the trials say</a></div></div></aside>')


def _with_pullbox(where: str) -> str:
    """The post with the pullbox inside its second paragraph ("in"), between its second and third ("between")."""
    html = post("")
    second = f"<p>{PARAGRAPHS[1]}</p>"
    if where == "in":
        return html.replace(second, f"<p>{PULLBOX}{PARAGRAPHS[1]}</p>")
    return html.replace(second, second + PULLBOX)


def test_a_further_reading_pullbox_floated_into_a_paragraph_is_a_sources_box() -> None:
    """Ars Technica floats "aside.pullbox.sidebar" into a paragraph of the text: the article's own box, not the
    site's sidebar (the labelling call: a "Further reading" box of the site's own stories is a sources box)."""
    assert listed(extract_article(_with_pullbox("in"), URL)) == [(EARLIER, "Further Reading")]


def test_a_further_reading_pullbox_between_two_paragraphs_is_a_sources_box() -> None:
    """The same pullbox where a parser that knows <aside> closed the paragraph before it: between two of prose."""
    assert listed(extract_article(_with_pullbox("between"), URL)) == [(EARLIER, "Further Reading")]


def test_a_further_reading_widget_in_the_site_sidebar_is_still_furniture() -> None:
    """Counter-example: the same box in the site's sidebar (beside the article, among widgets) is the site's."""
    html = post("", sidebar=PULLBOX.replace('class="pullbox sidebar story-sidebar right"', 'class="widget"'))
    assert listed(extract_article(html, URL)) == []
    html = post("", sidebar=PULLBOX)
    assert listed(extract_article(html, URL)) == []
