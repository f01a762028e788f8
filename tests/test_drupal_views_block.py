"""A Drupal Views block's rows name other nodes' writers (issue 16, template-source probes of news CMSs,
fifth session): a block listing the latest nodes, placed in a region under or beside the article, prints
each row's "Submitted by … " field; the article's byline is the node's own, never a row's."""

from __future__ import annotations

from conftest import html_document

from tests.field_pages import PARAGRAPHS, credited_people, extract

_URL = "https://news.example.org/node/52"


def _views_rows(display: str, titles: tuple[str, ...]) -> str:
    """A view's block display as Drupal renders it: views-view.html.twig's wrapper (``view view-{id}
    view-id-{id} view-display-id-{display}``), views-view-unformatted's ``views-row``, views-view-fields'
    ``views-field views-field-{field}`` with the field's ``views-label`` ("Submitted by") and its
    ``field-content`` (drupal/drupal, core/modules/views/templates/): one row a title."""
    rows = "".join(
        f'<div class="views-row views-row-{i}"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{40 + i}">{title}</a></span></div>'
        '<div class="views-field views-field-name"><span class="views-label">Submitted by </span>'
        f'<span class="field-content"><a href="/user/{6 + i}" class="username">{name}</a></span></div>'
        '<div class="views-field views-field-created"><span class="field-content">Mon, 11/03/2025 - 10:00</span>'
        '</div></div>' for i, (title, name) in enumerate(zip(titles, ("Mark Hansen", "Lisa Gray", "Tom Berger")), 1))
    return (f'<div class="view view-frontpage view-id-frontpage view-display-id-{display}"><div class="view-content">'
            f'{rows}</div></div>')


_LATEST = ("City council approves budget", "New bridge opens in spring", "Library extends its hours")


def _page(node_meta: str, block: str) -> str:
    """Drupal 7's Bartik page: the node in the content region (node.tpl.php, its "submitted" line when the
    content type displays it), a block of block.tpl.php (``block block-{module}``) in the region under it."""
    node = ('<div id="node-52" class="node node-article clearfix" about="/node/52" typeof="sioc:Item foaf:Document">'
            f'{node_meta}<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary '
            f'field-label-hidden"><div class="field-items"><div class="field-item even">{PARAGRAPHS}</div></div></div>'
            '</div></div>')
    return html_document(
        '<div id="page"><div id="header"><a href="/" id="logo">Example Town News</a></div><div id="main">'
        '<div id="content" class="column"><h1 class="title" id="page-title">Vitamin D pills do not prevent fractures</h1>'
        f'<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">'
        f'{node}</div></div></div></div><div class="region region-content-bottom">{block}</div></div>'
        '<div id="footer">© Example Town</div></div>',
        "<title>Vitamin D pills do not prevent fractures | Example Town News</title>", lang="en")


def test_a_views_blocks_row_is_no_byline() -> None:
    """A node printing no "Submitted by" line (its content type hides it) over a Views block of the latest
    nodes (``block block-views``, D7's block.tpl.php; the view's ``view-display-id-block_1``), three rows:
    the rows' "Submitted by Mark Hansen" … are other nodes' writers, and the article credits no one (main credited
    Mark Hansen)."""
    block = ('<div id="block-views-frontpage-block" class="block block-views"><h2>Latest news</h2>'
             f'<div class="content">{_views_rows("block_1", _LATEST)}</div></div>')
    assert credited_people(extract(_page("", block), _URL)) == []


def test_the_nodes_own_line_and_a_views_page_stay() -> None:
    """Counter-example: the node's own "Submitted by" line (node.tpl.php's ``submitted``) credits its writer
    beside the block, and a block of one row is no list: a view whose contextual filter takes the page's
    node prints the article's own header in a block (wirtschaftspsychologie-aktuell's
    "mg_article_headers" block_2 holds its byline), and its "Submitted by" still credits."""
    block = ('<div id="block-views-frontpage-block" class="block block-views"><h2>Latest news</h2>'
             f'<div class="content">{_views_rows("block_1", _LATEST)}</div></div>')
    own = ('<div class="meta submitted"><span property="dc:date dc:created" content="2025-11-04T09:00:00+00:00">'
           'Submitted by <a href="/user/3" class="username">Jane Roe</a> on Tue, 11/04/2025 - 09:00</span></div>')
    assert credited_people(extract(_page(own, block), _URL)) == ["Jane Roe"]
    header = ('<div id="block-views-block-article-headers-block-2" class="block block-views">'
              f'<div class="content">{_views_rows("block_2", ("Vitamin D pills do not prevent fractures",))}</div></div>')
    assert credited_people(extract(_page("", header), _URL)) == ["Mark Hansen"]


def test_a_views_blocks_row_dates_no_page() -> None:
    """The same node printing no date of its own over the block of the latest nodes: the first row's
    ``views-field-created`` ("Mon, 11/03/2025 - 10:00", views-view-fields.html.twig) is another node's day,
    and the page is left undated (main took the row's day for the article's)."""
    block = ('<div id="block-views-frontpage-block" class="block block-views"><h2>Latest news</h2>'
             f'<div class="content">{_views_rows("block_1", _LATEST)}</div></div>')
    assert extract(_page("", block), _URL).byline.published_at is None


def test_the_nodes_own_submitted_line_dates_the_page_beside_the_block() -> None:
    """Counter-example: the node's own "Submitted by Jane Roe on Tue, 11/04/2025 - 09:00" (node.tpl.php's
    ``submitted``, no machine-readable stamp) dates the page beside the block, and a block of one row (the
    article's own header, see above) still does."""
    block = ('<div id="block-views-frontpage-block" class="block block-views"><h2>Latest news</h2>'
             f'<div class="content">{_views_rows("block_1", _LATEST)}</div></div>')
    own = ('<div class="meta submitted">Submitted by <a href="/user/3" class="username">Jane Roe</a>'
           ' on Tue, 11/04/2025 - 09:00</div>')
    assert str(extract(_page(own, block), _URL).byline.published_at) == "2025-11-04"
    header = ('<div id="block-views-block-article-headers-block-2" class="block block-views">'
              f'<div class="content">{_views_rows("block_2", ("Vitamin D pills do not prevent fractures",))}</div></div>')
    assert str(extract(_page("", header), _URL).byline.published_at) == "2025-11-03"
