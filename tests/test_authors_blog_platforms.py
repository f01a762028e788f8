"""People: convention probes of modern blog platforms' author markup (fourth session): WordPress's
block themes, Ghost's post cards, the bio box closing a post"""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page

HEADLINE = "Vitamin D does not prevent fractures"



def test_wordpress_post_author_blocks_name_element_credits_the_writer() -> None:
    """WordPress's block themes print the writer in the post author block's "__name" element, beside
    its "__avatar", "__byline" ("Written by") and "__bio" (the block's own name holds "block")."""
    html = page(f'<main class="wp-block-group"><h1 class="wp-block-post-title">{HEADLINE}</h1><div class="entry-content '
                f'wp-block-post-content">{PARAGRAPHS}</div><div class="wp-block-post-author"><div class="wp-block-post-author__avatar">'
                '<img src="a.jpg" alt=""></div><div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">'
                'Written by</p><p class="wp-block-post-author__name">Jane Roe</p><p class="wp-block-post-author__bio">Jane writes '
                'about health and science for the site.</p></div></div></main>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_commenters_name_element_is_no_writer() -> None:
    """Counter-example: a comment's "comment-author__name" names a reader."""
    html = page(f'<article><h1>{HEADLINE}</h1>{PARAGRAPHS}</article><div class="responses"><div class="reply">'
                '<div class="comment-author__name">Bob Smith</div><p>Great post, thanks for writing it.</p></div></div>')
    assert credited_people(extract(html)) == []


def test_a_ghost_post_cards_author_beside_its_linked_heading_is_no_writer() -> None:
    """Ghost's "Read more" post cards under a post print the teased post's author after the card's
    link (which holds its heading), in "post-card-byline-content": no writer of this post."""
    cards = ('<aside class="read-more"><article class="post-card"><div class="post-card-content"><a class="post-card-content-link" '
             'href="/another-post/"><header><h2 class="post-card-title">Another post on bone health</h2></header></a>'
             '<footer class="post-card-meta"><div class="post-card-byline-content"><span><a href="/author/bob/">Bob Smith</a>'
             '</span><span class="post-card-byline-date"><time>2 Mar 2024</time></span></div></footer></div></article></aside>')
    html = page(f'<article class="post"><h1>{HEADLINE}</h1><section class="gh-content">{PARAGRAPHS}</section></article>{cards}')
    assert credited_people(extract(html)) == []


def test_a_card_classed_article_holding_the_h1_keeps_its_byline() -> None:
    """Counter-example: a theme wrapping the article itself in a "card" (the page's h1 inside it) and
    linking a related heading in it prints the post's own byline."""
    html = page(f'<div class="card"><div class="card-body"><h1>{HEADLINE}</h1><div class="post-card-byline-content"><a '
                'href="/author/jane/">Jane Roe</a></div>' f'{PARAGRAPHS}<a href="/other/"><h3>Read also: calcium and bones</h3></a>'
                '</div></div>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_the_author_bio_box_closing_a_post_names_its_writer() -> None:
    """Security and company blogs credit a post only in the bio box closing it: "<h3>About the
    author</h3><h4>Jane Roe</h4>", or the name bold opening the bio ("<p><strong>Jane Roe</strong> is
    …"), "O autorze" in Polish."""
    boxes = ('<div class="author-bio"><h3>About the author</h3><h4>Jane Roe</h4><p>Jane Roe is a security researcher '
             'who writes about malware.</p></div>',
             '<h3>About the Author</h3><p><strong>Jane Roe</strong> is a security researcher who writes about malware.</p>',
             '<div class="bio"><p><b>O autorze</b></p><p><a href="/o-nas/jane-roe">Jane Roe</a> pisze o bezpieczeństwie.</p></div>')
    for box in boxes:
        html = page(f'<article><h1>{HEADLINE}</h1><div class="entry-content">{PARAGRAPHS}{box}</div></article>')
        assert credited_people(extract(html)) == ["Jane Roe"], box


def test_a_bio_box_without_a_name_or_under_a_byline_adds_no_one() -> None:
    """Counter-examples: a bio box naming a team in a sentence names no one; a post with a byline
    keeps its byline's writer, not a name in the box."""
    team = page(f'<article><h1>{HEADLINE}</h1>{PARAGRAPHS}<h3>About the author</h3><p>This post was written by our '
                'research team in Berlin.</p></article>')
    assert credited_people(extract(team)) == []
    byline = page(f'<article><h1>{HEADLINE}</h1><p class="byline">By Ann Lee</p>{PARAGRAPHS}<h3>About the author</h3>'
                  '<h4>Jane Roe</h4></article>')
    assert credited_people(extract(byline)) == ["Ann Lee"]
