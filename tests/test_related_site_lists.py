"""Related posts: the site-wide lists printed inside or beside a related box that the fourth pass of the audit
after round thirteen traced (docs/field-quality.md, "Related posts: an audit after round thirteen", fourth pass),
each on a page of our own making with its counter-example."""

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
PICKS = """<ul><li><a href="/2025/10/sieste-tension/">La sieste fait baisser la tension, selon une étude</a></li>
  <li><a href="/2025/09/apnee-du-sommeil/">Apnée du sommeil : les signes qui doivent alerter</a></li></ul>"""
PICKED = ["https://journal.example/2025/10/sieste-tension/", "https://journal.example/2025/09/apnee-du-sommeil/"]
NEWEST = """<ul><li><a href="/2025/11/budget-vote/">Le budget voté en première lecture à l'Assemblée</a></li>
  <li><a href="/2025/11/greve-sncf/">Grève à la SNCF : le trafic perturbé jeudi</a></li></ul>"""


def urls(html: str) -> list[str | None]:
    return [post.url for post in extract_related_posts(page_of(html))]


def test_tabs_of_a_related_box_that_name_no_relatedness_are_site_lists() -> None:
    """"Sur le même sujet" over one tab per tag of the article and a section's "+ récents" tab: each panel is
    the tag's or the section's newest stories, the same on every page of it; none is this article's."""
    box = f"""<div id="surlememesujet" class="article-related"><p class="mod-title">Sur le même sujet</p>
      <ul class="tabs-nav"><li class="current"><a href="/tag/sommeil" data-k="#sommeil">Sommeil</a></li>
        <li><a data-k="#plusrecents">+ récents</a></li></ul>
      <div class="tabs-content"><div id="sommeil" class="tab-pane current">{PICKS}</div>
        <div id="plusrecents" class="tab-pane">{NEWEST}</div></div></div>"""
    assert urls(ARTICLE + box) == []
    # The same box without tabs: its list is the box's.
    plain = f'<div class="article-related"><p class="mod-title">Sur le même sujet</p>{PICKS}</div>'
    assert urls(ARTICLE + plain) == PICKED


def test_the_related_tab_of_a_tabbed_box_is_related() -> None:
    """Counter-example: a tabbed box whose first tab is labelled "Related" (ARIA tabs, Bootstrap's "#id" links)
    offers its picks for this article there; only its "Most read" tab is the site's."""
    box = f"""<section class="related-box"><ul role="tablist">
        <li><button role="tab" aria-controls="tab-related">Articles liés</button></li>
        <li><a href="#tab-popular" role="tab">Les plus lus</a></li></ul>
      <div role="tabpanel" id="tab-related">{PICKS}</div>
      <div role="tabpanel" id="tab-popular">{NEWEST}</div></section>"""
    assert urls(ARTICLE + box) == PICKED
    # A panel whose tab is not found is left to the other tests.
    untabbed = box.replace('aria-controls="tab-related"', "").replace('href="#tab-popular"', 'href="#"')
    assert len(urls(ARTICLE + untabbed)) == 4

