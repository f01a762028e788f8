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


# Japanese "related sites / links" boxes after the text.

MAKERS = ('<ul><li><a href="https://www.palm.example.com/">Palm</a></li><li><a href="https://plusstyle.example.jp/">'
          '＋Style</a></li></ul>')
OWN_PAGES = ('<ul><li><a href="/2025/10/omega-3-heart/">オメガ3と心臓</a></li><li><a href="/2025/10/sleep-and-memory/">'
             '睡眠と記憶</a></li></ul>')


def test_a_japanese_related_sites_box_closing_the_text_is_a_sources_box() -> None:
    """Weekly ASCII closes a hands-on with "■関連サイト" (related sites) over the maker's and the shop's sites, as a
    German text closes with "Weiterführende Links"; Mynavi prints "関連リンク" the same way."""
    box = f'<div class="relatedarticle"><p class="headname">■関連サイト</p>{MAKERS}</div>'
    assert listed(extract_article(post(box, lang="ja"), URL)) == [
        ("https://www.palm.example.com/", "■関連サイト"), ("https://plusstyle.example.jp/", "■関連サイト")]
    box = f"<h2>関連リンク</h2>{MAKERS}"
    assert [label for _, label in listed(extract_article(post(box, lang="ja"), URL))] == ["関連リンク", "関連リンク"]
    # "参考リンク" (reference links) and "外部リンク" (external links) head a sources box wherever it stands.
    for label in ("参考リンク", "外部リンク"):
        assert len(listed(extract_article(post(f"<h3>{label}</h3>{MAKERS}", lang="ja"), URL))) == 2


def test_a_japanese_related_links_box_of_the_sites_own_pages_or_related_articles_is_no_sources_box() -> None:
    """Counter-examples: "関連リンク" over the site's own pages is its related pages, as "Related links" of them is;
    "関連記事" (related articles) names no box of sources."""
    assert listed(extract_article(post(f"<h2>関連リンク</h2>{OWN_PAGES}", lang="ja"), URL)) == []
    assert listed(extract_article(post(f"<h2>関連記事</h2>{MAKERS}", lang="ja"), URL)) == []


# A "Read more:" lead-in over reports on other sites.

FEE = "https://fee.example.org/articles/the-failure-of-public-schooling-in-one-chart/"
BI = "https://www.businessinsider.example.net/trump-criticism-of-us-public-schools-pisa-results-2016-12"
OWN = "https://www.healthwatch-blog.example.com/2025/10/omega-3-heart/"


def _read_more(*urls: str, line: bool = False) -> str:
    """The Federalist Papers' indented paragraph: a bold "READ MORE:" over linked reports, one a line."""
    links = "<br> ".join(f'<a href="{url}">Report {n}: what the numbers show</a>' for n, url in enumerate(urls, 1))
    if line:
        return post(f"<p>Read more: {links}</p>")
    return post(f'<p style="padding-left: 60px;"><strong>READ MORE:</strong><br> {links}</p>')


def test_a_read_more_lead_in_over_reports_on_other_sites_is_a_sources_box() -> None:
    """"READ MORE:" over the reports a post is based on, every one on another site (The Federalist Papers)."""
    assert listed(extract_article(_read_more(FEE, BI), URL)) == [(FEE, "READ MORE"), (BI, "READ MORE")]
    assert listed(extract_article(_read_more(FEE, line=True), URL)) == [(FEE, "Read more")]


def test_a_read_more_lead_in_over_the_sites_own_stories_is_no_sources_box() -> None:
    """Counter-examples: "Read more:" over the site's own story (Time's) heads a related post, and so does a lead-in
    whose links do not all leave the site; a "Read more" button without its colon is a teaser's."""
    assert listed(extract_article(_read_more(OWN), URL)) == []
    assert listed(extract_article(_read_more(OWN, line=True), URL)) == []
    assert listed(extract_article(_read_more(FEE, OWN), URL)) == []
    assert listed(extract_article(post(f'<p><a href="{FEE}">Read more</a></p>'), URL)) == []


# A translation's link to its original.

ORIGINAL = "https://www.healthwatch-blog.example.com/en/2025/11/vitamin-d-fracture-trial/"


def _translated(link: str) -> str:
    """The post opening, as InfoQ's Japanese edition opens a translation, with a paragraph that is one link."""
    html = post("", lang="ja")
    first = f"<p>{PARAGRAPHS[0].format(r1='')}</p>"
    assert first in html
    return html.replace(first, f"<p>{link}</p>{first}")


def test_a_link_to_the_original_of_a_translation_is_a_source_line() -> None:
    """InfoQ's "<a><em>原文(投稿日：2019/02/16)へのリンク</em></a>" (link to the original, posted …) names the English
    article the text translates, on the same site's other edition: its entry stays."""
    html = _translated(f'<a href="{ORIGINAL}" target="_blank"><em>原文(投稿日：2025/11/10)へのリンク</em></a>')
    assert listed(extract_article(html, URL)) == [(ORIGINAL, "原文(投稿日：2025/11/10)へのリンク")]
    html = _translated('<a href="https://news.example.net/a/123">元記事を読む</a>')
    assert listed(extract_article(html, URL)) == [("https://news.example.net/a/123", "元記事を読む")]


def test_a_link_that_only_mentions_the_original_is_no_source_line() -> None:
    """Counter-examples: a link whose text speaks of the original in a sentence ("原文の意味は…", what the original
    means) or offers to show it ("原文を表示", a comment's machine translation toggle) names no source."""
    html = _translated(f'<a href="{ORIGINAL}">原文の意味はこちらの解説を参照</a>')
    assert listed(extract_article(html, URL)) == []
    html = _translated('<a href="#comment-11">原文を表示</a>')
    assert listed(extract_article(html, URL)) == []


# A closing line saying what the text summarises or is adapted from.

SUMMARISED = "https://opensourceforu.example.org/2019/03/ten-trending-open-source-projects-of-2018/"


def test_a_closing_summary_of_line_over_its_printed_url_is_a_source_line() -> None:
    """ossnews.jp closes a summary with "以上、下記URLからの要約<br><a>https://…</a>" (the above summarises the URL
    below); an English text closes with "Adapted from <a>…</a>" the same way."""
    box = f'<p>以上、下記URLからの要約<br>\n  <a href="{SUMMARISED}">{SUMMARISED}</a></p>'
    assert listed(extract_article(post(box, lang="ja"), URL)) == [(SUMMARISED, "以上、下記URLからの要約")]
    box = f'<p>Adapted from <a href="{SUMMARISED}">Ten trending open source projects of 2018</a>.</p>'
    assert listed(extract_article(post(box), URL)) == [(SUMMARISED, "Adapted from")]


def test_a_summary_of_line_before_the_text_or_to_the_sites_own_page_is_no_source_line() -> None:
    """Counter-examples: the same line in the site's header, before any prose, is no article's line, and one
    pointing at the site's own page names no other publication."""
    html = post("").replace('<div class="site-content">', f'<div class="site-content"><p>Adapted from <a '
                            f'href="{SUMMARISED}">Ten trending projects</a></p>')
    assert listed(extract_article(html, URL)) == []
    box = f'<p>Adapted from <a href="{OWN}">our guide to omega-3</a>.</p>'
    assert listed(extract_article(post(box), URL)) == []
