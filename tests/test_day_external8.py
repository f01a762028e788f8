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


def _stamped(printed: str) -> date:
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Andre Braugher dies at 61", "datePublished": "2023-12-13T02:12:54.361Z"}</script>')
    # CNN's timestamp box: the update's stamp first, then the publication's, each a UTC instant.
    html = page('<article><h1>Andre Braugher dies at 61</h1><div class="timestamp-elevate"><div class="updated">'
                'Updated <time datetime="2023-12-13T18:24:48.605Z">Dec 13, 2023, 1:24 PM ET</time></div>'
                '<div class="timestamp__published">Published '
                f'<time datetime="2023-12-13T02:12:54.361Z">{printed}</time></div></div>{PARAGRAPHS}</article>', head)
    published = extract(html).byline.published_at
    return published.date() if hasattr(published, "hour") else published


def test_a_utc_stamp_printed_as_the_local_evening_is_the_local_day() -> None:
    # cnn.com: <time datetime=2023-12-13T02:12:54.361Z>Published Dec 12, 2023, 9:12 PM ET</time>.
    assert _stamped("Dec 12, 2023, 9:12 PM ET") == date(2023, 12, 12)


def test_a_utc_stamp_printed_on_its_own_day_keeps_it() -> None:
    # Counter-example: a London page prints the UTC day.
    assert _stamped("Dec 13, 2023, 2:12 AM") == date(2023, 12, 13)


def test_a_created_fact_without_a_colon_is_no_publication_day() -> None:
    # Counter-example: reddit's community box "Created Jan 25, 2008" dates the community, not the post.
    assert _day("<span>2.7k Online</span><br>Created Jan 25, 2008<br>") is None
