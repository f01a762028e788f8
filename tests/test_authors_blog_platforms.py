"""People: convention probes of modern blog platforms' author markup (fourth session): WordPress's
block themes, Medium, Blogger, Ghost"""

from __future__ import annotations

from harvester.models import ArticleRecord
from tests.field_pages import PARAGRAPHS, extract, page

HEADLINE = "Vitamin D does not prevent fractures"


def _people(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "person"]


def test_wordpress_post_author_blocks_name_element_credits_the_writer() -> None:
    """WordPress's block themes print the writer in the post author block's "__name" element, beside
    its "__avatar", "__byline" ("Written by") and "__bio" (the block's own name holds "block")."""
    html = page(f'<main class="wp-block-group"><h1 class="wp-block-post-title">{HEADLINE}</h1><div class="entry-content '
                f'wp-block-post-content">{PARAGRAPHS}</div><div class="wp-block-post-author"><div class="wp-block-post-author__avatar">'
                '<img src="a.jpg" alt=""></div><div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">'
                'Written by</p><p class="wp-block-post-author__name">Jane Roe</p><p class="wp-block-post-author__bio">Jane writes '
                'about health and science for the site.</p></div></div></main>')
    assert _people(extract(html)) == ["Jane Roe"]


def test_a_commenters_name_element_is_no_writer() -> None:
    """Counter-example: a comment's "comment-author__name" names a reader."""
    html = page(f'<article><h1>{HEADLINE}</h1>{PARAGRAPHS}</article><div class="responses"><div class="reply">'
                '<div class="comment-author__name">Bob Smith</div><p>Great post, thanks for writing it.</p></div></div>')
    assert _people(extract(html)) == []
