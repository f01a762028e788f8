"""Related posts: the conventions an audit of every corpus page's link blocks after round thirteen found
misread (docs/field-quality.md, "Related posts: an audit after round thirteen"), each on a page of our own
making."""

from __future__ import annotations

from functools import partial

from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://journal.example/2025/11/sommeil-et-coeur/"

page_of = partial(parsed_page, url=URL, lang="fr")

ARTICLE = """
<article class="post"><h1>Comment le sommeil protège le cœur</h1>
  <div class="entry-content">
    <p>Dormir sept heures par nuit réduit le risque d'infarctus, selon une étude menée pendant douze ans par des
    chercheurs de Lyon et publiée dans une revue de cardiologie.</p>
  </div>
</article>
"""
TWO_POSTS = """<ul><li><a href="/2025/10/sieste-tension/">La sieste fait baisser la tension, selon une étude</a></li>
  <li><a href="/2025/09/apnee-du-sommeil/">Apnée du sommeil : les signes qui doivent alerter</a></li></ul>"""
BOTH = ["https://journal.example/2025/10/sieste-tension/", "https://journal.example/2025/09/apnee-du-sommeil/"]


def urls(html: str) -> list[str | None]:
    return [post.url for post in extract_related_posts(page_of(html))]


def test_the_editors_recommend_in_french() -> None:
    """"La rédaction vous conseille :" over the newspaper's picks under the text, as "Die Redaktion empfiehlt"."""
    html = ARTICLE + f'<div class="fig-list"><p class="fig-list-title">La rédaction vous conseille :</p>{TWO_POSTS}</div>'
    assert urls(html) == BOTH
    assert urls(html.replace("vous conseille", "vous recommande")) == BOTH
    # Counter-example: a sentence of the text saying what the editors advise heads nothing.
    sentence = ARTICLE + ("<p>La rédaction vous conseille de dormir dans une chambre fraîche et de dîner léger "
                          f"avant de vous coucher.</p>{TWO_POSTS}")
    assert urls(sentence) == []
