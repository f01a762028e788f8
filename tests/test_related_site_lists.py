"""Related posts: the site-wide lists printed inside or beside a related box that the fourth pass of the audit
after round thirteen traced (docs/field-quality.md, "Related posts: an audit after round thirteen", fourth pass),
each on a page of our own making with its counter-example."""

from __future__ import annotations

from harvester.document import Regions
from harvester.fields.related import extract_related_posts

from test_related_audit import ARTICLE, BOTH, TWO_POSTS, page_of, urls

NEWEST = """<ul><li><a href="/2025/11/budget-vote/">Le budget voté en première lecture à l'Assemblée</a></li>
  <li><a href="/2025/11/greve-sncf/">Grève à la SNCF : le trafic perturbé jeudi</a></li></ul>"""


def test_tabs_of_a_related_box_that_name_no_relatedness_are_site_lists() -> None:
    """"Sur le même sujet" over one tab per tag of the article and a section's "+ récents" tab: each panel is
    the tag's or the section's newest stories, the same on every page of it; none is this article's."""
    box = f"""<div id="surlememesujet" class="article-related"><p class="mod-title">Sur le même sujet</p>
      <ul class="tabs-nav"><li class="current"><a href="/tag/sommeil" data-k="#sommeil">Sommeil</a></li>
        <li><a data-k="#plusrecents">+ récents</a></li></ul>
      <div class="tabs-content"><div id="sommeil" class="tab-pane current">{TWO_POSTS}</div>
        <div id="plusrecents" class="tab-pane">{NEWEST}</div></div></div>"""
    assert urls(ARTICLE + box) == []
    # The same box without tabs: its list is the box's.
    plain = f'<div class="article-related"><p class="mod-title">Sur le même sujet</p>{TWO_POSTS}</div>'
    assert urls(ARTICLE + plain) == BOTH


def test_the_related_tab_of_a_tabbed_box_is_related() -> None:
    """Counter-example: a tabbed box whose first tab is labelled "Related" (ARIA tabs, Bootstrap's "#id" links)
    offers its picks for this article there; only its "Most read" tab is the site's."""
    box = f"""<section class="related-box"><ul role="tablist">
        <li><button role="tab" aria-controls="tab-related">Articles liés</button></li>
        <li><a href="#tab-popular" role="tab">Les plus lus</a></li></ul>
      <div role="tabpanel" id="tab-related">{TWO_POSTS}</div>
      <div role="tabpanel" id="tab-popular">{NEWEST}</div></section>"""
    assert urls(ARTICLE + box) == BOTH
    # A panel whose tab is not found is left to the other tests.
    untabbed = box.replace('aria-controls="tab-related"', "").replace('href="#tab-popular"', 'href="#"')
    assert len(urls(ARTICLE + untabbed)) == 4


STORY = """<main><header class="article-header"><h1>Comment le sommeil protège le cœur</h1></header>
  <div class="entry-content">
    <p>Dormir sept heures par nuit réduit le risque d'infarctus, selon une étude menée pendant douze ans par des
    chercheurs de Lyon et publiée dans une revue de cardiologie.</p>
  </div></main>"""


def test_a_related_strip_in_the_navigation_bar_above_the_headline_is_the_sites() -> None:
    """A sticky bar over every article ("<nav class=context_nav><section class=context_nav__related>",
    "3 related articles") lists the site's newest stories before the headline: no related posts. The site's
    logo in an h1 of the page header does not count as the headline."""
    bar = f"""<header class="site-header"><h1>Le Journal</h1></header>
      <nav class="context-nav"><section class="context-nav__related">{NEWEST}</section></nav>"""
    assert urls(bar + STORY) == []
    # The strip is still claimed: its thumbnails and titles are no other unit's either.
    page = page_of(bar + STORY)
    extract_related_posts(page)
    assert Regions.is_claimed(page.tree.xpath("//section[@class='context-nav__related']")[0])
    # Counter-examples: the same box after the headline; a related column printed before the text, also in a
    # <nav>; a navigation list headed as related before the headline.
    assert len(urls(STORY + f'<nav class="post-nav"><section class="related-posts">{TWO_POSTS}</section></nav>')) == 2
    side = f'<aside class="sidebar"><div class="related-posts"><h3>Articles liés</h3>{TWO_POSTS}</div></aside>'
    assert urls(side + STORY) == BOTH
    assert urls(f'<aside><nav class="related-posts">{TWO_POSTS}</nav></aside>' + STORY) == BOTH
    assert urls(f'<nav class="side-list"><h5>Articles liés</h5>{TWO_POSTS}</nav>' + STORY) == BOTH


def test_hidden_sibling_panels_named_for_site_lists_are_site_lists() -> None:
    """A related-named column whose tabs are pictures swapped by a script: "<div class=featured_posts>" beside
    "<div class=breaking_posts style='display:none'>", the site's featured and breaking posts of the day."""
    tabs = '<div class="tabs-header"><img src="/tab_featured_on.png"><a href="#" class="swap"><img src="/tab_breaking_off.png"></a></div>'
    box = f"""<div class="related_articles module">{tabs}<div class="featured_posts">{TWO_POSTS}</div>
      <div class="breaking_posts" style="display:none;">{NEWEST}</div></div>"""
    assert urls(ARTICLE + box) == []
    # Counter-examples: one list named "featured-stories" is the box's own list; two named lists both shown
    # are two lists, left to the other tests.
    assert urls(ARTICLE + f'<div class="related-stories"><div class="featured-stories">{TWO_POSTS}</div></div>') == BOTH
    shown = box.replace(' style="display:none;"', "")
    assert len(urls(ARTICLE + shown)) == 4
