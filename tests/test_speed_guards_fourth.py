"""Guards for the fourth speed pass's exact short cuts (docs/benchmarks.md, 2026-12-07, sixth
session): each is exact only while a pattern or a data table keeps a property a later rule could
break without noticing."""

from __future__ import annotations

import lxml.html

from harvester.document import markup


def test_every_views_block_name_holds_the_substring_tested_first() -> None:
    # in_views_block_list splits an ancestor's names only when they hold _VIEWS_BLOCK_NAME: a
    # pattern that could match a name without it would be skipped.
    assert markup._VIEWS_BLOCK.pattern.startswith(markup._VIEWS_BLOCK_NAME)
    for name in ("view-display-id-block", "view-display-id-block_2"):
        assert markup._VIEWS_BLOCK.fullmatch(name)


def _date_in(block_class: str, rows: int) -> lxml.html.HtmlElement:
    row = '<div class="views-row"><span class="date">May 5, 2024</span></div>'
    tree = lxml.html.fromstring(
        f'<html><body><div class="view {block_class}"><div class="view-content">{row * rows}</div></div></body></html>')
    return tree.xpath("//span")[0]


def test_a_views_block_list_is_still_found_and_a_single_row_or_another_view_is_not() -> None:
    assert markup.in_views_block_list(_date_in("view-id-news view-display-id-block_1", 2))
    assert markup.in_views_block_list(_date_in("view-display-id-block", 3))
    assert not markup.in_views_block_list(_date_in("view-display-id-block_1", 1))
    assert not markup.in_views_block_list(_date_in("view-display-id-page_1", 3))


def test_an_element_without_children_reads_its_own_text_and_a_script_or_ruby_part_none() -> None:
    # text_of reads a childless element's text directly: the answer must stay the one the full
    # reading gives (whitespace collapsed, soft hyphens gone, script and ruby text unread).
    from lxml import etree

    from harvester.document.text import text_of

    tree = lxml.html.fromstring(
        "<html><body><p><a>  Mes\xadsen\xadger \n news </a><script>var a = 1;</script>"
        "<ruby>子<rt>こ</rt></ruby><span></span></p></body></html>")
    assert text_of(tree.find(".//a")) == "Messenger news"
    assert text_of(tree.find(".//script")) == ""
    assert text_of(tree.find(".//rt")) == ""
    assert text_of(tree.find(".//span")) == ""
    assert text_of(tree.find(".//p")) == "Messenger news 子"
    xml = etree.fromstring("<doc><p> plain  text </p><script>x</script></doc>")
    assert text_of(xml.find("p")) == "plain text"
    assert text_of(xml.find("script")) == ""


def test_unaccenting_leaves_ascii_as_it_is_and_still_drops_marks() -> None:
    # _unaccented returns ASCII text unchanged before normalising: the NFKD reading must agree.
    from harvester.fields import credits

    assert credits._unaccented("la republica") == "la republica"
    assert credits._unaccented("la república") == "la republica"
    assert credits._unaccented("ﬁnanz") == "finanz"  # a compatibility form: not ASCII, normalised
    assert credits.is_publisher("La República", ["larepublica.pe"])
    assert credits.is_publisher("Betty Crocker Kitchens", ["bettycrocker"])
    assert not credits.is_publisher("John Smith", ["john.com"])


def test_post_navigation_reads_labelled_links_with_an_href_whatever_their_first_text() -> None:
    # _navigation_links passes over links without an href first and takes a link's own opening
    # text as its first printed part: links of each form must still be found, an anchor not.
    from harvester.core import article_page
    from harvester.fields.related_signals import post_navigation

    paragraph = "<p>" + "The study followed patients for two years and measured outcomes. " * 6 + "</p>"
    html = (
        "<html><head><title>A post</title></head><body><article><h1>A post</h1>" + paragraph * 3
        + '<p><a name="next">Next post: an anchor</a></p>'
        + '<div class="entry-links"><a href="/2020/older-post/">« Previous post: Older findings on sleep</a> '
        + '<a href="/2020/newer-post/"><span>Next post: Newer findings on diet</span></a></div>'
        + "</article></body></html>")
    page = article_page(html, "https://example.org/2020/a-post/")
    assert [link.href for link in post_navigation(page)] == ["/2020/older-post/", "/2020/newer-post/"]
