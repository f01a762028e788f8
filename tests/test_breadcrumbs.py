"""Breadcrumb trails from JSON-LD, microdata and the markup of common themes and plugins."""

from __future__ import annotations

from functools import partial

from harvester.fields.breadcrumbs import extract_breadcrumbs
from harvester.models import Crumb

from conftest import parsed_page

URL = "https://health.example.org/health/stem-cell-trial/"
TITLE = "Japan’s Groundbreaking Stem Cell Trial Restores Mobility"
SEED_TRAIL = [
    Crumb(name="Home", url="https://health.example.org/"),
    Crumb(name="Health", url="https://health.example.org/category/health/"),
    Crumb(name=TITLE, url=None),
]


page = partial(parsed_page, url=URL, lang=None)


def test_jsonld_breadcrumb_list_ordered_by_position_with_string_and_object_items() -> None:
    p = page(head=f"""<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
      {{"@type": "BreadcrumbList", "@id": "https://health.example.org/#crumbs", "itemListElement": [
        {{"@type": "ListItem", "position": 3, "name": "{TITLE}"}},
        {{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://health.example.org/"}},
        {{"@type": "ListItem", "position": "2",
          "item": {{"@id": "https://health.example.org/category/health/", "name": "Health"}}}}]}}]}}</script>""")
    assert extract_breadcrumbs(p) == SEED_TRAIL
    assert p.field_sources["breadcrumbs"] == "json-ld"


def test_jsonld_items_referenced_by_id() -> None:
    p = page(head="""<script type="application/ld+json">[
      {"@type": "WebPage", "@id": "https://x.example/news/", "name": "News"},
      {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": "https://x.example/news/"}}]}]</script>""")
    assert extract_breadcrumbs(p) == [Crumb(name="News", url="https://x.example/news/")]


def test_microdata_breadcrumb_list() -> None:
    p = page(body="""<ol itemscope itemtype="https://schema.org/BreadcrumbList">
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
        <a itemprop="item" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
        <a itemprop="item" href="/category/health/"><span itemprop="name">Health</span></a>
        <meta itemprop="position" content="2"></li>
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
        <span itemprop="name">""" + TITLE + """</span><meta itemprop="position" content="3"></li></ol>""")
    assert extract_breadcrumbs(p) == SEED_TRAIL
    assert p.field_sources["breadcrumbs"] == "microdata"


def test_yoast_markup_with_separators_and_a_relative_base() -> None:
    p = page(head='<base href="https://health.example.org/">',
             body=f"""<p id="breadcrumbs" class="yoast-breadcrumb"><span><span><a href="./">Home</a> »
             <span><a href="category/health/">Health</a> » <span class="breadcrumb_last" aria-current="page">{TITLE}
             </span></span></span></span></p>""", url="https://cdn.example.net/copy/page")
    assert extract_breadcrumbs(p) == SEED_TRAIL
    assert p.field_sources["breadcrumbs"] == "markup"


def test_rank_math_and_aria_label_navigation() -> None:
    rank_math = page(body=f"""<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>
      <a href="/">Home</a><span class="separator"> &raquo; </span><a href="/category/health/">Health</a>
      <span class="separator"> &raquo; </span><span class="last">{TITLE}</span></p></nav>""")
    bootstrap = page(body=f"""<nav aria-label="breadcrumb"><ol class="crumbs-x">
      <li><a href="/">Home</a></li><li><a href="/category/health/">Health</a></li>
      <li aria-current="page">{TITLE}</li></ol></nav>""")
    expected = [Crumb(name="Home", url="https://health.example.org/"),
                Crumb(name="Health", url="https://health.example.org/category/health/"),
                Crumb(name=TITLE, url=None)]
    assert extract_breadcrumbs(rank_math) == expected
    assert extract_breadcrumbs(bootstrap) == expected


def test_item_classes_without_a_named_container() -> None:
    p = page(body="""<ul class="path"><li class="breadcrumb-item"><a href="/">Home</a></li>
      <li class="breadcrumb-item"><a href="/a/">Section</a></li><li class="breadcrumb-item active">Story</li></ul>""")
    assert [c.name for c in extract_breadcrumbs(p)] == ["Home", "Section", "Story"]


def test_you_are_here_label_and_unsafe_links_are_dropped() -> None:
    p = page(body="""<div class="breadcrumbs">You are here: <a href="javascript:void(0)">Home</a> &gt;
      <a href="/news/">News</a> &gt; Today</div>""")
    assert extract_breadcrumbs(p) == [Crumb(name="Home", url=None),
                                      Crumb(name="News", url="https://health.example.org/news/"),
                                      Crumb(name="Today", url=None)]


def test_screen_reader_labels_and_hidden_copies_are_no_crumbs_but_a_phone_only_hiding_is_read() -> None:
    p = page(body="""<div class="breadcrumbs"><span class="screen-reader-text">Breadcrumb</span>
      <span class="Is-Hidden">Secret</span><a href="/">Home</a> &gt; <a href="/news/">News</a></div>""")
    assert [c.name for c in extract_breadcrumbs(p)] == ["Home", "News"]
    omeda = page(body="""<div class="breadcrumbs d-none d-md-block"><a href="/">Home</a> &gt;
      <span class="d-none d-lg-inline"><a href="/news/">News</a></span></div>""")
    assert [c.name for c in extract_breadcrumbs(omeda)] == ["Home", "News"]


def test_profile_selector_first() -> None:
    p = page(body="""<div class="breadcrumb"><a href="/">Generic</a></div>
      <div class="trail"><a href="/">Start</a><a href="/x/">X</a></div>""", selectors={"breadcrumbs": "div.trail a"})
    assert [c.name for c in extract_breadcrumbs(p)] == ["Start", "X"]
    assert p.field_sources["breadcrumbs"] == "profile"


def test_invalid_jsonld_and_no_trail_give_an_empty_list() -> None:
    p = page(head="""<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [</script>""")
    assert extract_breadcrumbs(p) == []
    assert extract_breadcrumbs(page(head='<script type="application/ld+json">{"@type": "BreadcrumbList",'
                                         ' "itemListElement": "nonsense"}</script>')) == []
    assert "breadcrumbs" not in p.field_sources


def test_deep_nesting_inside_a_trail_stays_bounded() -> None:
    nested = "<span>" * 5000 + "deep" + "</span>" * 5000
    p = page(body=f'<div class="breadcrumb"><a href="/">Home</a>{nested}</div>')
    assert extract_breadcrumbs(p)[0] == Crumb(name="Home", url="https://health.example.org/")


def test_a_menu_in_a_trail_named_container_is_no_trail_and_the_next_trail_is_read() -> None:
    """A theme's navigation in a "breadcrumbs" container (twelve sections) and a menu naming a
    section under two parents are menus; the page's real trail after them is the trail."""
    sections = "".join(f'<li><a href="/s{i}/">Section {i}</a></li>' for i in range(12))
    twice = '<ul><li><a href="/a/">Travel</a></li><li><a href="/b/">Europe</a></li><li><a href="/c/">Travel</a></li></ul>'
    trail = (f'<nav class="breadcrumb"><a href="https://health.example.org/">Home</a> › '
             f'<a href="https://health.example.org/category/health/">Health</a> › <span>{TITLE}</span></nav>')
    for menu in (sections, twice):
        p = page(body=f'<div class="breadcrumbs"><ul>{menu}</ul></div><main>{trail}<article><p>Words.</p></article></main>')
        assert extract_breadcrumbs(p) == SEED_TRAIL


def test_a_deep_trail_and_a_declared_long_trail_stay_trails() -> None:
    """Counter-examples: a nine-step trail a government site prints is a trail, and a JSON-LD
    trail is taken as declared, however long."""
    steps = [f"Level {i}" for i in range(8)]
    links = " › ".join(f'<a href="/l{i}/">{name}</a>' for i, name in enumerate(steps))
    p = page(body=f'<nav class="breadcrumb">{links} › <span>{TITLE}</span></nav><article><p>Words.</p></article>')
    assert [crumb.name for crumb in extract_breadcrumbs(p)] == [*steps, TITLE]
    items = ", ".join(f'{{"@type": "ListItem", "position": {i + 1}, "name": "Step {i}"}}' for i in range(12))
    p = page(head=f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BreadcrumbList",'
                  f' "itemListElement": [{items}]}}</script>')
    assert len(extract_breadcrumbs(p)) == 12
