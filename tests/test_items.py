"""FetchedPage reprs end up in Scrapy's log lines; they must not carry the page body."""

from __future__ import annotations

from datetime import datetime, timezone

from harvester.crawl.items import FetchedPage


def test_repr_leaves_out_the_body() -> None:
    page = FetchedPage(url="http://127.0.0.1/a", status=200, body=b"<html>" + b"x" * 10_000,
                       content_type="text/html", fetched_at=datetime.now(timezone.utc), spider="urls")
    assert "xxxx" not in repr(page)
    assert "http://127.0.0.1/a" in repr(page)
