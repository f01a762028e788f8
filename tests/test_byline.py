"""Authors and dates: each level of evidence, name cleaning, and pages that hold none."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import partial

import pytest

from harvester.fields.byline import extract_byline, split_authors
from harvester.document.page import Page

from conftest import parsed_page

URL = "https://health.example.org/2025/11/27/stem-cell-trial/"


page = partial(parsed_page, url=URL)


def names(p: Page) -> list[str]:
    return [author.name for author in extract_byline(p).authors]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("ByByFahad Hussain Nov 26, 2025", ["Fahad Hussain"]),
        ("Ana Lima, Bo Chen & Cleo Diaz", ["Ana Lima", "Bo Chen", "Cleo Diaz"]),
        ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
        ("Par Sébastien Farcis", ["Sébastien Farcis"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By Brenda Goodman, MA", ["Brenda Goodman"]),
        ("Jane Doe (jane.doe@example.org)", ["Jane Doe"]),
        ("By Jane Doe | Updated 5:00 PM ET, May 5, 2024", ["Jane Doe"]),
        ("by Lucas Nolan22 Dec 2016651", ["Lucas Nolan"]),
        ("Written by Rob Ewaschuk\n   Edited by Betsy Beyer", ["Rob Ewaschuk", "Betsy Beyer"]),
        ("By\n\t\tScott Cunningham", ["Scott Cunningham"]),
        ("Zoë O&#39;Brien 🌿✨", ["Zoë O'Brien"]),
        ("Staff Writer", []),
        ("Bruno (Henrique Zecchin) Rodrigues", ["Bruno Rodrigues"]),
        ("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
         ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
        ("", []),
    ],
)
def test_split_authors(printed: str, expected: list[str]) -> None:
    assert split_authors(printed) == expected


def test_jsonld_authors_by_id_reference_with_dates_and_zone() -> None:
    p = page(head="""<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "Person", "@id": "https://news.example/#/person/1", "name": "Aiko Tanaka",
         "url": "https://news.example/authors/aiko"},
        {"@type": "Organization", "@id": "https://news.example/#org", "name": "Example News"},
        {"@type": "NewsArticle", "headline": "Stem cells",
         "author": [{"@id": "https://news.example/#/person/1"}, {"@type": "Person", "name": "Ken Sato"},
                    {"@id": "https://news.example/#org"}],
         "datePublished": "2025-11-27T09:30:00+09:00", "dateModified": "2025-11-28T08:00:00Z"}]}</script>""")
    byline = extract_byline(p)
    assert [(a.name, a.url) for a in byline.authors] == [
        ("Aiko Tanaka", "https://news.example/authors/aiko"), ("Ken Sato", None)]
    assert byline.published_at == datetime(2025, 11, 27, 9, 30, tzinfo=timezone(timedelta(hours=9)))
    assert byline.updated_at == datetime(2025, 11, 28, 8, 0, tzinfo=timezone.utc)
    assert p.field_sources["authors"] == "json-ld"
    assert p.field_sources["published_at"] == "json-ld"


def test_jsonld_string_author_and_organization_only_when_no_person() -> None:
    p = page(head="""<script type="application/ld+json">{"@type": "Article",
        "author": "Mia Park &amp; Leo Kim", "datePublished": "2024-05-31"}</script>""")
    assert names(p) == ["Mia Park", "Leo Kim"]
    org = page(head="""<script type="application/ld+json">{"@type": "Article",
        "author": {"@type": "Organization", "name": "Reuters"}}</script>""",
               body="<div class='byline'>By Dana Ng</div>")
    assert names(org) == ["Dana Ng"]
    only_org = page(head="""<script type="application/ld+json">{"@type": "Article",
        "author": {"@type": "Organization", "name": "Reuters"}}</script>""")
    assert names(only_org) == ["Reuters"]


def test_microdata_author_and_dates() -> None:
    p = page(body="""<article itemscope itemtype="https://schema.org/BlogPosting">
        <h1 itemprop="headline">Ripe bananas</h1>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">
          <a itemprop="url" href="/authors/ravi"><span itemprop="name">Ravi Patel</span></a></span>
        <meta itemprop="datePublished" content="2025-10-21T08:00:00-05:00">
        <time itemprop="dateModified" datetime="2025-10-22">Oct 22</time></article>""")
    byline = extract_byline(p)
    assert [(a.name, a.url) for a in byline.authors] == [("Ravi Patel", "https://health.example.org/authors/ravi")]
    assert byline.published_at == datetime(2025, 10, 21, 8, tzinfo=timezone(timedelta(hours=-5)))
    assert byline.updated_at == date(2025, 10, 22)
    assert p.field_sources["authors"] == "microdata"


def test_meta_tags_and_the_earliest_declared_publication() -> None:
    p = page(head="""<meta name="author" content="Lena Fischer">
        <meta property="article:published_time" content="2015-09-17T16:57:43+01:00">
        <meta property="article:modified_time" content="2016-05-08T10:11:51+01:00">""",
             body="""<div itemscope itemtype="http://schema.org/NewsArticle">
        <meta itemprop="datePublished" content="2016-05-08T10:11:51+01:00"></div>""")
    byline = extract_byline(p)
    assert names(p) == ["Lena Fischer"]
    assert byline.published_at == datetime(2015, 9, 17, 16, 57, 43, tzinfo=timezone(timedelta(hours=1)))
    assert byline.updated_at == datetime(2016, 5, 8, 10, 11, 51, tzinfo=timezone(timedelta(hours=1)))


def test_meta_author_url_is_not_a_name() -> None:
    p = page(head="""<meta property="article:author" content="https://facebook.com/someone">
                     <meta name="parsely-author" content="Omar Haddad">""")
    assert names(p) == ["Omar Haddad"]


WORDPRESS_BODY = """
<article class="post">
  <h1 class="entry-title">Japan’s stem cell trial restores mobility</h1>
  <div class="entry-meta">
    <span class="posted-on">Posted on <a href="/2025/11/27/"><time class="entry-date published"
      datetime="2025-11-27T10:00:00+00:00">November 27, 2025</time><time class="updated"
      datetime="2025-11-28T12:00:00+00:00">November 28, 2025</time></a></span>
    <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/fahad/">Fahad Hussain</a>
    </span></span>
  </div>
  <p>In a milestone moment for regenerative medicine...</p>
</article>
<section class="related-posts"><h2>Releated Posts</h2>
  <div class="post-card"><h3>Almonds and LDL</h3>
    <span class="byline">ByBy<span class="author"><a href="/author/someone-else/">Someone Else</a></span></span>
    <time class="entry-date published" datetime="2025-11-26">Nov 26, 2025</time></div>
</section>
<aside id="secondary" class="widget-area"><span class="author">Widget Author</span></aside>
"""


def test_wordpress_markup_byline_and_dates() -> None:
    p = page(body=WORDPRESS_BODY)
    byline = extract_byline(p)
    assert [(a.name, a.url) for a in byline.authors] == [("Fahad Hussain", "https://health.example.org/author/fahad/")]
    assert byline.published_at == datetime(2025, 11, 27, 10, tzinfo=timezone.utc)
    assert byline.updated_at == datetime(2025, 11, 28, 12, tzinfo=timezone.utc)
    assert byline.raw is not None and "Fahad Hussain" in byline.raw
    assert p.field_sources["authors"] == "markup"
    assert p.field_sources["published_at"] == "markup"


def test_excluded_region_bylines_are_never_the_articles() -> None:
    body = """<h1>Headline</h1><p>Text without any byline.</p>
      <ol class="commentlist"><li><span class="author"><a href="/u/spam">Binance referral</a></span>
      <time datetime="2025-11-20">Nov 20, 2025</time></li></ol>"""
    p = page(body=body, url="https://health.example.org/stem-cell-trial/")
    p.regions.claim(p.tree.xpath("//ol")[0])
    byline = extract_byline(p)
    assert byline.authors == []
    assert byline.published_at is None


def test_blogger_and_drupal_conventions() -> None:
    blogger = page(body="""<h3 class="post-title">Open Verilog flow</h3>
      <div class="post-header"><span class="post-author vcard">Posted by <span class="fn">whitequark</span></span>
      <abbr class="published" title="2016-05-08T03:30:00-07:00">May 8</abbr></div>""")
    byline = extract_byline(blogger)
    assert [a.name for a in byline.authors] == ["whitequark"]
    assert byline.published_at == datetime(2016, 5, 8, 3, 30, tzinfo=timezone(timedelta(hours=-7)))
    drupal = page(body="""<h1>Node title</h1><div class="node__meta">
      <div class="node__submitted">Submitted by <span class="field--name-uid"><a href="/user/7">Ines Moreau</a>
      </span> on <span class="field--name-created">Fri, 05/31/2024 - 10:00</span></div></div>""")
    byline = extract_byline(drupal)
    assert [a.name for a in byline.authors] == ["Ines Moreau"]
    assert byline.published_at_local == datetime(2024, 5, 31, 10, 0)


def test_printed_by_line_under_the_headline() -> None:
    p = page(body="""<h1>Orange juice and genes</h1><p class="dek">A daily glass may help.</p>
      <p>By <a href="/staff/ada">Ada Obi</a> and Mei Wong</p><p>Body text follows here.</p>""")
    byline = extract_byline(p)
    assert [a.name for a in byline.authors] == ["Ada Obi", "Mei Wong"]
    assert p.field_sources["authors"] == "heuristic"


def test_dates_in_other_languages_use_the_page_language() -> None:
    german = page(body="""<h1>Stammzellen</h1><div class="meta"><span class="datum">31. Mai 2012</span></div>
      <p class="date">31. Mai 2012</p>""", lang="de", url="https://example.de/artikel")
    assert extract_byline(german).published_at == date(2012, 5, 31)
    spanish = page(body="<h1>Células madre</h1><p class='fecha date'>26 de noviembre de 2025</p>", lang="es",
                   url="https://example.es/articulo")
    assert extract_byline(spanish).published_at == date(2025, 11, 26)


def test_a_locale_in_the_url_orders_a_slashed_date_where_nothing_is_declared() -> None:
    """msn.com/en-gb/ declares no language and prints "02/10/2020": 2 October in Britain, read as
    10 February before; a bare "/de/" or "/tv/" names a section as often and says nothing."""
    body = "<h1>Student halls too full</h1><p class='date'>02/10/2020</p>"
    british = page(body=body, lang=None, url="https://www.example.com/en-gb/news/uknews/halls")
    assert extract_byline(british).published_at == date(2020, 10, 2)
    assert british.language == "en-GB" and british.language_and_source[1] == "url"
    american = page(body=body, lang=None, url="https://www.example.com/en-us/news/halls")
    assert extract_byline(american).published_at == date(2020, 2, 10)
    assert page(body=body, lang=None, url="https://www.example.com/tv/halls").language is None
    # A declared language wins over the path.
    assert page(body=body, lang="de", url="https://www.example.com/en-gb/halls").language == "de"


def test_impossible_dates_are_skipped_not_raised() -> None:
    p = page(head='<meta property="article:published_time" content="2025-02-31T10:00:00Z">',
             body="<h1>Title</h1><time class='published'>31 February 2025</time>",
             url="https://example.org/story")
    assert extract_byline(p).published_at is None


def test_a_bare_year_is_no_publication_date() -> None:
    # bummfilm.de's portfolio printed <span class="datum">2018</span> and got 2020-01-08 (dateparser
    # split the digits into a day); a Springer chapter's cited works, microdata ScholarlyArticles with
    # datePublished "1988", beat the chapter's own date as the earliest declared one (1988-01-09).
    portfolio = page(body="<h1>Über uns</h1><p><span class='datum'>2018</span> Kurzfilm</p>",
                     lang="de", url="https://example.de/ueber")
    assert extract_byline(portfolio).published_at is None
    chapter = page(head='<meta name="dc.date" content="2017-01-30">',
                   body="""<h1>Drug eruptions</h1><ol><li itemscope itemtype="http://schema.org/ScholarlyArticle">
                   <meta itemprop="datePublished" content="1988">Shear NH. Drug eruptions.</li></ol>""",
                   url="https://example.org/chapter")
    assert extract_byline(chapter).published_at == date(2017, 1, 30)


def test_date_from_the_url_as_a_last_resort() -> None:
    p = page(body="<h1>Title</h1><p>No date printed.</p>", url="https://example.org/2024/05/31/story/")
    assert extract_byline(p).published_at == date(2024, 5, 31)
    assert p.field_sources["published_at"] == "url"


def test_profile_selectors_come_first() -> None:
    p = page(head='<meta name="author" content="Meta Name">',
             body="""<p class="credit">Text: Kim Lee</p><span id="when" data-x="1">2023-01-02</span>""",
             selectors={"authors": "p.credit", "published_at": "#when"})
    byline = extract_byline(p)
    assert [a.name for a in byline.authors] == ["Kim Lee"]
    assert byline.published_at == date(2023, 1, 2)
    assert p.field_sources["authors"] == "profile"
    assert p.field_sources["published_at"] == "profile"


def test_entities_and_emoji_in_author_names() -> None:
    p = page(head="""<script type="application/ld+json">{"@type": "NewsArticle",
        "author": {"@type": "Person", "name": "Chlo&eacute; Dupont-Na&iuml;m &#x1F33F;"}}</script>""")
    assert names(p) == ["Chloé Dupont-Naïm"]


def test_missing_everything_gives_an_empty_byline() -> None:
    p = Page.from_text("<html><body><p>Nothing to see.</p></body></html>")
    byline = extract_byline(p)
    assert (byline.authors, byline.published_at, byline.updated_at, byline.raw) == ([], None, None, None)
    assert p.field_sources == {}


def test_a_teaser_article_in_json_ld_does_not_lend_its_author() -> None:
    p = page(head="""<script type="application/ld+json">[
        {"@type": "NewsArticle", "url": "https://news.example/main", "headline": "Main story",
         "datePublished": "2025-01-02", "articleBody": "Full text."},
        {"@type": "NewsArticle", "url": "https://news.example/other", "headline": "Teaser",
         "author": {"@type": "Person", "name": "Teaser Writer"}}]</script>
        <meta name="author" content="Main Writer">""")
    assert names(p) == ["Main Writer"]


def test_deeply_nested_byline_markup_is_read_without_error() -> None:
    nested = "<div class='byline author'>" * 3000 + "By Deep Writer" + "</div>" * 3000
    p = page(body=f"<h1>Title</h1><time class='published' datetime='2025-03-04'>x</time>{nested}",
             url="https://example.org/story")
    byline = extract_byline(p)
    assert [a.name for a in byline.authors] == ["Deep Writer"]
    assert byline.published_at == date(2025, 3, 4)


def test_one_instant_declared_twice_keeps_the_local_offset() -> None:
    p = page(head="""<script type="application/ld+json">{"@type": "NewsArticle",
        "datePublished": "2017-02-24T01:18:13Z"}</script>
        <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">""")
    published = extract_byline(p).published_at
    assert published == datetime(2017, 2, 23, 17, 18, 13, tzinfo=timezone(timedelta(hours=-8)))
    assert published.utcoffset() == timedelta(hours=-8)  # type: ignore[union-attr]
    assert p.field_sources["published_at"] == "meta"


def test_an_account_handle_gives_way_to_the_printed_name() -> None:
    p = page(head='<script type="application/ld+json">{"@context": "https://schema.org", '
                  '"@type": "NewsArticle", "headline": "Bananas", "author": "CC7567"}</script>',
             body=WORDPRESS_BODY)
    assert names(p) == ["Fahad Hussain"]
    assert p.field_sources["authors"] == "markup"


def test_an_account_handle_is_kept_when_no_person_is_named() -> None:
    p = page(head='<script type="application/ld+json">{"@context": "https://schema.org", '
                  '"@type": "NewsArticle", "headline": "Bananas", "author": "CC7567"}</script>')
    assert names(p) == ["CC7567"]
    assert p.field_sources["authors"] == "json-ld"


def test_a_title_case_byline_splits_at_and_and_drops_the_publication_after_for() -> None:
    """The Daily Mail prints "By Glen Owen And Brendan Carlin For The Mail On Sunday"."""
    assert split_authors("By Glen Owen And Brendan Carlin For The Mail On Sunday") == ["Glen Owen", "Brendan Carlin"]
    assert split_authors("Organization for Transformative Works") == ["Organization for Transformative Works"]


def test_a_role_printed_before_the_name_is_not_part_of_it() -> None:
    assert split_authors("FOCUS-Online-Experte Robin Tschöpe") == ["Robin Tschöpe"]
    assert split_authors("Gastautor Max Muster") == ["Max Muster"]
    assert split_authors("Victor Hugo Silva") == ["Victor Hugo Silva"]
