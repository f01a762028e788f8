"""Document metadata: headline, description, site name, language, canonical URL, tags."""

from __future__ import annotations

from functools import partial

from harvester.document import normalize_language
from harvester.fields.metadata import extract_metadata, strip_site_name
from harvester.document.page import Page

from conftest import parsed_page

URL = "https://health.example.org/2025/11/27/stem-cell-trial/"
TITLE = "Japan’s Groundbreaking Stem Cell Trial Restores Mobility: Paralyzed Man Stands Again"


page = partial(parsed_page, url=URL)


WORDPRESS = page(
    head=f"""<title>{TITLE} | Health Daily</title>
    <meta property="og:site_name" content="Health Daily">
    <meta property="og:title" content="{TITLE} - Health Daily">
    <meta property="og:description" content="A man with a spinal cord injury stands again.">
    <meta property="og:locale" content="en_US">
    <meta property="article:tag" content="stem cells"><meta property="article:tag" content="Spinal Cord">
    <meta property="article:tag" content="stem cells">
    <link rel="canonical" href="/2025/11/27/stem-cell-trial/">""",
    body=f"""<header class="site-header"><h1 class="site-title">Health Daily</h1></header>
    <article><h1 class="entry-title">{TITLE}</h1><p>Researchers in Japan report...</p>
    <footer class="entry-footer"><span class="tags-links"><a href="/tag/x" rel="tag">ignored: meta tags win</a></span>
    </footer></article>""",
)


def test_wordpress_page_reads_meta() -> None:
    meta = extract_metadata(WORDPRESS)
    # As printed: the h1 says what og:title says, without the site suffix og:title adds.
    assert meta.headline == TITLE
    assert [(alt.text, alt.source) for alt in meta.alternative_headlines] == [
        (f"{TITLE} - Health Daily", "open-graph"), (f"{TITLE} | Health Daily", "title-tag")]
    assert meta.site_name == "Health Daily"
    assert meta.description == "A man with a spinal cord injury stands again."
    assert meta.language == "en"
    assert meta.canonical_url == "https://health.example.org/2025/11/27/stem-cell-trial/"
    assert meta.tags == ["stem cells", "Spinal Cord"]
    assert WORDPRESS.field_sources["headline"] == "markup"
    assert WORDPRESS.field_sources["tags"] == "meta"


def test_jsonld_graph_headline_keywords_and_language() -> None:
    p = page(
        head="""<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "@id": "https://news.example/#site", "name": "Example News"},
          {"@type": "WebPage", "@id": "https://news.example/a#page", "url": "https://news.example/a",
           "inLanguage": "de-DE"},
          {"@type": "NewsArticle", "headline": "Stammzellen: Gelähmter Mann steht wieder &amp; geht",
           "description": "Ein Durchbruch.", "keywords": "Stammzellen, Rückenmark, ,Japan",
           "mainEntityOfPage": {"@id": "https://news.example/a#page"},
           "isPartOf": {"@id": "https://news.example/#site"}}
        ]}</script>""",
        body="<h1>Ganz andere Überschrift</h1>", lang="", url="https://news.example/a?utm=1",
    )
    meta = extract_metadata(p)
    assert meta.headline == "Stammzellen: Gelähmter Mann steht wieder & geht"
    assert meta.description == "Ein Durchbruch."
    assert meta.site_name == "Example News"
    assert meta.language == "de-DE"
    assert meta.canonical_url == "https://news.example/a"
    assert meta.tags == ["Stammzellen", "Rückenmark", "Japan"]
    assert p.field_sources["headline"] == "json-ld"
    assert p.field_sources["language"] == "json-ld"


def test_jsonld_list_instead_of_object_and_keyword_list() -> None:
    p = page(head="""<script type="application/ld+json">[
        {"@type": "Organization", "name": "Example Health"},
        {"@type": "BlogPosting", "headline": "Orange juice and blood pressure", "keywords": ["diet", " Diet ", "BP"]}
    ]</script>""", body="<h1>Orange juice and blood pressure</h1>")
    meta = extract_metadata(p)
    assert meta.headline == "Orange juice and blood pressure"
    assert meta.tags == ["diet", "BP"]


def test_invalid_jsonld_falls_back_to_meta() -> None:
    p = page(head="""<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
        <meta property="og:title" content="Almonds may lower LDL cholesterol">""")
    assert extract_metadata(p).headline == "Almonds may lower LDL cholesterol"
    assert p.field_sources["headline"] == "meta"
    assert "invalid json-ld block skipped" in p.warnings


MICRODATA_ARTICLE = """<article itemscope itemtype="https://schema.org/Article">
<h2 itemprop="headline">Do ripe bananas help fight cancer?</h2></article>"""


def test_og_title_over_microdata() -> None:
    p = page(head='<meta property="og:title" content="Ripe bananas and cancer">', body=MICRODATA_ARTICLE)
    assert extract_metadata(p).headline == "Ripe bananas and cancer"
    assert p.field_sources["headline"] == "meta"


def test_microdata_headline_when_no_title_is_declared_elsewhere() -> None:
    p = page(head="<title>Bananas | Health Daily</title>", body=MICRODATA_ARTICLE)
    assert extract_metadata(p).headline == "Do ripe bananas help fight cancer?"
    assert p.field_sources["headline"] == "microdata"


def jsonld_article(name: str, headline: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"name": "{name}", "headline": "{headline}"}}</script>')


def test_jsonld_name_is_the_title_when_headline_is_a_summary() -> None:
    p = page(head="<title>Mozilla - Wikipedia</title>"
                  + jsonld_article("Mozilla", "free software community founded in 1998"))
    assert extract_metadata(p).headline == "Mozilla"
    assert p.field_sources["headline"] == "json-ld"


def test_jsonld_headline_wins_where_only_it_resembles_the_title_tag() -> None:
    title = "West Ham hrozí gigantům, okouzlil i Linekera"
    p = page(head=f"<title>{title} - Aktuálně.cz</title>" + jsonld_article("Aktuálně.cz", title))
    assert extract_metadata(p).headline == title


def test_space_separated_meta_properties_are_read() -> None:
    p = page(head='<meta property="og:title twitter:title" content="One title, two names">')
    assert extract_metadata(p).headline == "One title, two names"


def test_title_tag_loses_its_site_suffix_when_nothing_else_declares_a_title() -> None:
    p = page(head="<title>Why almonds lower cholesterol in adults – Nutrition Weekly</title>",
             body="<div class='logo'>Nutrition Weekly</div>")
    meta = extract_metadata(p)
    assert meta.headline == "Why almonds lower cholesterol in adults"
    assert p.field_sources["headline"] == "heuristic"


def test_cms_title_class_when_there_is_no_h1() -> None:
    p = page(head="<title>Blood pressure | Site</title>",
             body="<h2 class='post-title'>Blood pressure</h2><h2>Related</h2>")
    assert extract_metadata(p).headline == "Blood pressure"


def test_profile_selector_overrides_everything() -> None:
    p = page(head='<meta property="og:title" content="Declared">', body="<div class='hed'>Printed &amp; chosen</div>",
             selectors={"headline": "div.hed", "tags": "//ul[@id='kw']/li"})
    p2 = page(body="<ul id='kw'><li>a</li><li>b</li></ul>", selectors={"tags": "//ul[@id='kw']/li"})
    assert extract_metadata(p).headline == "Printed & chosen"
    assert p.field_sources["headline"] == "profile"
    assert extract_metadata(p2).tags == ["a", "b"]
    assert p2.field_sources["tags"] == "profile"


def test_tags_from_rel_tag_links_skip_categories_excluded_regions_and_sidebars() -> None:
    p = page(body="""<article><h1>Heading</h1><p>Text</p>
      <span class="cat-links"><a href="/c/health" rel="category tag">Health</a></span>
      <span class="tags-links"><a href="/t/a" rel="tag">nutrition</a>, <a href="/t/b" rel="tag">bananas</a></span>
      </article>
      <aside class="widget"><a href="/t/c" rel="tag">sidebar tag</a></aside>
      <section id="related"><a href="/t/d" rel="tag">related tag</a></section>""")
    p.regions.claim(p.tree.xpath("//section[@id='related']")[0])
    assert extract_metadata(p).tags == ["nutrition", "bananas"]
    assert p.field_sources["tags"] == "markup"


def test_a_posts_taxonomy_classes_are_no_page_furniture() -> None:
    """WordPress's post_class() writes the post's categories and tags onto its article
    ("tag-social-media" on doschu.com's, "category-newsletter" on verfassungsblog's): they name
    the post's subjects, not a share bar or a newsletter box, so the tag links inside the article
    are its tags (not the keywords meta's). Counter-example: a share bar classed "social-share"
    inside the article is still furniture, its tag link no tag of the post."""
    p = page(head='<meta name="keywords" content="social media, linkedin, b2b">',
             body="""<article class="post type-post hentry category-newsletter tag-social-media tag-linkedin">
      <h1>Solopreneurs on LinkedIn</h1><p>Text</p>
      <span class="tags-links"><a href="/tag/linkedin/" rel="tag">LinkedIn</a>, <a href="/tag/b2b/" rel="tag">B2B</a></span>
      <div class="social-share"><a href="/tag/share/" rel="tag">share this</a></div></article>""")
    assert extract_metadata(p).tags == ["LinkedIn", "B2B"]
    assert p.field_sources["tags"] == "markup"


def test_keywords_meta_is_the_last_resort() -> None:
    p = page(head='<meta name="news_keywords" content="stem cells; spine, Japan">')
    assert extract_metadata(p).tags == ["stem cells", "spine", "Japan"]


def test_relative_canonical_resolves_against_base_href() -> None:
    p = page(head='<base href="https://cdn.example.net/health/"><link rel="canonical" href="story-42.html">')
    assert extract_metadata(p).canonical_url == "https://cdn.example.net/health/story-42.html"


def test_non_http_canonical_falls_back_to_og_url() -> None:
    p = page(head="""<link rel="canonical" href="javascript:void(0)">
                     <meta property="og:url" content="https://example.org/story">""")
    assert extract_metadata(p).canonical_url == "https://example.org/story"
    assert p.field_sources["canonical_url"] == "meta"


def test_language_from_og_locale_and_content_language() -> None:
    assert extract_metadata(page(head='<meta property="og:locale" content="pt_BR">', lang="")).language == "pt-BR"
    p = page(head='<meta http-equiv="Content-Language" content="en-gb, fr">', lang="")
    assert extract_metadata(p).language == "en-GB"
    assert extract_metadata(page(lang="not a language!")).language is None


def test_normalize_language_uses_bcp47_case() -> None:
    assert normalize_language("zh-hant-tw") == "zh-Hant-TW"
    assert normalize_language("EN_us") == "en-US"
    assert normalize_language("") is None


def test_strip_site_name() -> None:
    assert strip_site_name("Bananas and cancer | Health Daily", ["Health Daily"]) == "Bananas and cancer"
    assert strip_site_name("Health Daily | Bananas and cancer", ["Health Daily"]) == "Bananas and cancer"
    assert strip_site_name("Mozilla - Wikipedia", ["Other"]) == "Mozilla - Wikipedia"
    assert strip_site_name("What we know about bananas - Site", [], guess=True) == "What we know about bananas"


def test_missing_everything_gives_empty_metadata() -> None:
    p = Page.from_text("<html><body><p>Nothing here.</p></body></html>")
    meta = extract_metadata(p)
    assert (meta.headline, meta.description, meta.site_name, meta.language, meta.canonical_url, meta.tags) == (
        None, None, None, None, None, [])
    assert p.field_sources == {}


def test_a_declared_title_naming_only_the_site_gives_way_to_the_printed_headline() -> None:
    p = page(head="""<title>Soyuz cargo ship breaks up over Siberia</title>
        <meta property="og:site_name" content="Daily Wire - Latest News &amp; Headlines">
        <meta property="og:title" content="Daily Wire - Latest News &amp; Headlines">""",
             body="<h1 class='logo'>Daily Wire</h1><h1>Soyuz cargo ship breaks up over Siberia</h1>")
    assert extract_metadata(p).headline == "Soyuz cargo ship breaks up over Siberia"


def test_site_name_from_the_title_tag_when_og_title_keeps_the_suffix() -> None:
    p = page(head=f'<title>{TITLE} | Health Daily</title><meta property="og:title" content="{TITLE} | Health Daily">',
             body=f"<article><h1>{TITLE}</h1><p>Researchers in Japan report...</p></article>")
    meta = extract_metadata(p)
    assert meta.headline == TITLE
    assert meta.site_name == "Health Daily"


def test_a_single_article_tag_holding_a_list_gives_its_tags_but_several_keep_their_commas() -> None:
    """The Guardian declares its tags in one ``article:tag`` ("Oceans,New Zealand,Environment"); a
    page declaring one tag a meta keeps a tag with a comma whole (counter-example)."""
    p = page(head='<meta property="article:tag" content="Oceans,New Zealand, Environment">')
    assert extract_metadata(p).tags == ["Oceans", "New Zealand", "Environment"]
    p = page(head='<meta property="article:tag" content="Washington, D.C."><meta property="article:tag" content="Health">')
    assert extract_metadata(p).tags == ["Washington, D.C.", "Health"]


def test_title_elements_are_the_xpath_they_replace() -> None:
    """The walk for the title elements returns what ``/html/body//*[self::h1 or ... or
    contains(translate(@class, 'TITLE', 'title'), 'title') ...]`` returned, in its order: headings
    and capitalised names among the body's elements, not the body itself, not "tİtle" (a dotted
    capital the XPath did not fold) nor a fullwidth "ｔｉｔｌｅ"."""
    from lxml import etree

    from harvester.fields.metadata import _title_elements

    p = parsed_page(
        '<div class="Con-TITLE"><span id="tİtle">x</span><h2>A</h2></div><p class="ｔｉｔｌｅ">y</p>'
        '<section><h1 class="post-Title">B</h1><div id="subtitle">C</div></section><h6>D</h6>', url=None)
    p.tree.find("body").set("class", "title-page")
    xpath = etree.XPath("/html/body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
                        " or contains(translate(@class, 'TITLE', 'title'), 'title')"
                        " or contains(translate(@id, 'TITLE', 'title'), 'title')]")
    assert [el.tag for el in _title_elements(p)] == ["div", "h2", "h1", "div", "h6"]
    assert _title_elements(p) == xpath(p.tree)
