"""Which class and id names mark page furniture (harvester.document.markup), and which only name a
layout or a wrapper round the article: bylines, dates and tags inside furniture are other posts'."""

from __future__ import annotations

import pytest

from harvester.core import article_page
from harvester.document.markup import in_page_furniture, is_furniture_name


@pytest.mark.parametrize("name", ["sidebar", "sidebar-right", "related-posts", "widget_recent_entries", "comments",
                                  "site-footer", "social-share", "post-nav", "next",
                                  "sidebar-second", "region-sidebar-first", "gone-sidebar"])
def test_names_of_furniture(name: str) -> None:
    assert is_furniture_name(name)


@pytest.mark.parametrize("name", [
    # layout modifiers naming where furniture goes (before this round)
    "has-sidebar", "two-col-sidebar-right",
    # an audit of the first h1 of 1,094 pages: wrappers round the whole page or its content and side
    # column whose names the furniture words matched (25 of the 115 headlines "in furniture")
    "__next",  # Next.js's root element on every page of a Next.js site (healthline, the Economist)
    "content-sidebar-wrap",  # the Genesis framework's wrapper of content and side column
    "eltdf-content-has-sidebar", "hasRightSidebar", "iz-pagebody--wsidebar", "sidebar-on", "sidebar-off",
    # Drupal's page layout classes; the Elementor page builder's block classes (the post's own text too)
    "zen-one-sidebar-second", "two-sidebars", "elementor-widget__width-initial", "elementor-widget-theme-post-content",
    # WordPress post_class() taxonomy terms on the post's own element
    "category-newsletter", "tag-social-media",
])
def test_names_of_layouts_wrappers_and_taxonomy_are_no_furniture(name: str) -> None:
    assert not is_furniture_name(name)


def test_an_element_naming_the_content_area_or_a_layout_switch_is_no_side_column() -> None:
    """verfassungsblog's "site-content content-area sidebar" and pinkstinks' "sidebar-on
    sidebar-right" wrap the article: what they hold is not in furniture. Counter-example: the
    same byline in a real side column is."""
    for wrapper in ('<div class="site-content content-area sidebar">', '<div class="sidebar-on sidebar-right">',
                    '<div id="__next">', '<div class="content-sidebar-wrap">'):
        page = article_page(f'<html><body>{wrapper}<article><h1>Walking</h1><p class="byline">By Jane Doe</p>'
                            "</article></div></body></html>", "https://example.org/walking")
        assert not in_page_furniture(page, page.tree.xpath("//p")[0]), wrapper
    page = article_page('<html><body><article><h1>Walking</h1></article><div class="sidebar">'
                        '<p class="byline">By Anna Berg</p></div></body></html>', "https://example.org/walking")
    assert in_page_furniture(page, page.tree.xpath("//p")[0])


def test_column_wrappers_of_sticky_sidebar_plugins_and_themes_and_opinion_pieces_are_no_furniture() -> None:
    """An audit of the headline elements "inside furniture" after round thirteen: the Theia Sticky
    Sidebar plugin wraps the content of every column it keeps in view, the article's too, in
    "theiaStickySidebar"; the Impreza theme's section holding content and side column is
    "l-section for_sidebar"; "contentWithSidebar" and "sqrwithsidebar" name such a wrapper in one
    word; taz prints an opinion piece in "sect_article commentary", no comment list. The h1 and the
    byline inside each are the article's. Counter-example: the plugin's wrapper inside a side column."""
    for wrapper in ('<div class="theiaStickySidebar">', '<section class="l-section for_sidebar at_right">',
                    '<div class="contentWithSidebar">', '<div class="sqrcontentcontainer sqrwithsidebar">',
                    '<div class="sect sect_article news subjective commentary">'):
        page = article_page(f'<html><body>{wrapper}<article><h1>Walking</h1><p class="byline">By Jane Doe</p>'
                            "</article></div></body></html>", "https://example.org/walking")
        assert not in_page_furniture(page, page.tree.xpath("//h1")[0]), wrapper
        assert not in_page_furniture(page, page.tree.xpath("//p")[0]), wrapper
    page = article_page('<html><body><article><h1>Walking</h1></article><div class="sidebar"><div '
                        'class="theiaStickySidebar"><p class="byline">By Anna Berg</p></div></div></body></html>',
                        "https://example.org/walking")
    assert in_page_furniture(page, page.tree.xpath("//p")[0])


def test_a_region_named_for_comments_that_holds_the_headline_is_the_article() -> None:
    """"Comment" also names an article: horizont prints a guest commentary in
    `article.ArticleHeaderComment` round its h1, byline and date; Kinja's lifehacker marks a post
    that has comments `article.post commented`. Their byline and date are the article's. Counter-
    examples: a comment list without an h1, and a comment-named region holding an h1 beside
    another furniture name, stay furniture."""
    for wrapper in ('<article class="ArticleHeaderComment">', '<article class="post hentry commented">'):
        page = article_page(f'<html><body><div>{wrapper}<h1>Walking</h1><p class="byline">By Jane Doe</p>'
                            "</article></div></body></html>", "https://example.org/walking")
        assert not in_page_furniture(page, page.tree.xpath("//p")[0]), wrapper
    for region in ('<div class="comments"><h3>3 comments</h3>', '<div class="sidebar comments"><h1>Popular</h1>'):
        page = article_page(f'<html><body><article><h2>Walking</h2></article>{region}'
                            '<p class="byline">By Anna Berg</p></div></body></html>', "https://example.org/walking")
        assert in_page_furniture(page, page.tree.xpath("//p")[0]), region
