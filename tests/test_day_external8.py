"""Publication day on the external-8 pool's misses (issue 16): each class on a page made for it,
with a counter-example that must not change."""

from __future__ import annotations

from datetime import date

from tests.field_pages import PARAGRAPHS, extract, page


def _day(meta_box: str) -> date | None:
    html = page(f"<article><h2>Anti-patterns: things to avoid</h2>{PARAGRAPHS}<div class='metabox'><p>{meta_box}</p>"
                "</div></article>")
    published = extract(html).byline.published_at
    return published if published is None or isinstance(published, date) and not hasattr(published, "hour") \
        else published.date()


def test_a_created_stamp_is_the_publication_day() -> None:
    # simonwillison.net's guide chapters: "Created: 4th March 2026<br>Last modified: 4th March 2026".
    assert _day("Created: 4th March 2026<br>Last modified: 6th March 2026<br>") == date(2026, 3, 4)


def test_a_modified_stamp_alone_is_no_publication_day() -> None:
    # Counter-example: the update's stamp alone says nothing of the publication.
    assert _day("Last modified: 6th March 2026<br>") is None
