"""Page: the shared parse and the lookups every extractor shares."""

from __future__ import annotations

from harvester.page import Page


def test_named_where_picks_by_class_or_id_in_page_order() -> None:
    page = Page.from_text(
        '<html><body><div id="respond"><p class="comment-body">a</p></div><aside class="related-posts">b</aside>'
        '<p class="Comment">c</p><p class="">d</p><p id="comments-title">e</p></body></html>'
    )

    def comment_class(value: str) -> bool:
        return "omment" in value

    found = page.named_where(comment_class, lambda value: comment_class(value) or value == "respond")

    assert [el.get("class") or el.get("id") for el in found] == ["respond", "comment-body", "Comment", "comments-title"]
    assert page.named_where(lambda value: "elated" in value)[0].tag == "aside"
    assert page.named_where(lambda value: "nowhere" in value) == []
