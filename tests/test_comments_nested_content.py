"""Reader comments: a content part nested in another (issue 16, seventh session of 2026-12-08).

Substack prints each comment as "div.comment-content" holding the header (name, a short age "1d" linking
the comment) and then "div.comment-body" with the paragraphs; the inner part is the words."""

from __future__ import annotations

from field_pages import PARAGRAPHS, extract, page

ARTICLE = f"<article><h1>Vitamin D pills do not prevent fractures</h1>{PARAGRAPHS}</article>"


def substack_comment(number: int, name: str, words: str) -> str:
    return (f'<div class="comment" id="comment-{number}"><div class="comment-content">'
            f'<div class="pencraft header"><a href="https://example.substack.com/profile/{number}-x">{name}</a>'
            f'<a href="https://example.substack.com/p/post/comment/{number}" title="Mar 3, 2026, 1:07 PM">'
            f'<span>1d</span></a></div>'
            f'<div class="comment-body expanded"><p><span>{words}</span></p></div></div></div>')


def test_the_inner_content_part_holds_the_words() -> None:
    thread = ('<div class="comments-page"><h2>Discussion about this post</h2>'
              + substack_comment(101, "Richard Sprague", "Loophole alert! How do you define non-profit here?")
              + substack_comment(102, "Ann Lee", "Just a proofreading note: the lion is loose in the zoo.")
              + "</div>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [
        "Loophole alert! How do you define non-profit here?",
        "Just a proofreading note: the lion is loose in the zoo.",
    ]


def test_paragraphs_each_classed_as_text_stay_whole() -> None:
    """Counter-example: a content part whose paragraphs are each classed as text ("p.comment-text")
    keeps all of them; the first paragraph is not the whole comment."""
    def item(number: int, name: str, first: str, second: str) -> str:
        return (f'<li class="comment" id="comment-{number}"><div class="comment-author">{name}</div>'
                f'<div class="comment-content"><p class="comment-text">{first}</p>'
                f'<p class="comment-text">{second}</p></div></li>')
    thread = ('<ol class="comment-list">'
              + item(201, "Ann Lee", "I took them for years.", "My doctor then found no deficiency at all.")
              + item(202, "Bo Chen", "Same here, no effect.", "The trial confirms what I saw myself.")
              + "</ol>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [
        "I took them for years.\n\nMy doctor then found no deficiency at all.",
        "Same here, no effect.\n\nThe trial confirms what I saw myself.",
    ]
