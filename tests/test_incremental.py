"""Incremental crawling: a second run over an unchanged site emits nothing; a changed article is
emitted again with its version raised. Real crawls of a 127.0.0.1 site that honours validators.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_helpers import article, check_manifest, crawl, records, serve_articles, summary, url_list
from httpserver import LocalSite, serve


# Every test here runs real crawls (subprocesses against servers on 127.0.0.1).
pytestmark = pytest.mark.slow

@pytest.fixture
def site() -> Iterator[LocalSite]:
    with serve() as running:
        yield running


def test_unchanged_site_emits_nothing_then_a_changed_article_gets_version_2(site: LocalSite, tmp_path: Path) -> None:
    with_etags = serve_articles(site, 3)
    # One article without validators: the server answers 200 with the same body, so the body hash
    # (not a 304) is what tells it unchanged.
    site.add("/news/no-validators", article("An article without validators"))
    urls = [*with_etags, site.url("/news/no-validators")]
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    # Extraction on the reactor thread: this test is about state, and it spares three worker pools.
    in_thread = ("-s", "HARVESTER_EXTRACT_WORKERS=0")

    first = crawl(urls_file, output, *in_thread)
    assert first.returncode == 0, first.stderr
    assert summary(output)["records"] == 4
    initial = {record["url"]: record for record in records(output)}
    site.clear_log()

    second = crawl(urls_file, output, *in_thread)

    assert second.returncode == 0, second.stderr
    assert len(records(output)) == 4  # nothing new in any feed file
    result = summary(output)
    assert result["records"] == 0 and result["feed_files"] == []
    assert result["unchanged_by_kind"] == {"not_modified": 3, "body": 1}
    conditional = {hit.path: hit.headers.get("If-None-Match") for hit in site.log if hit.path.startswith("/news/")}
    assert conditional == {
        "/news/story-00": '"v1-0"', "/news/story-01": '"v1-1"', "/news/story-02": '"v1-2"',
        "/news/no-validators": None,
    }
    assert {hit.path: hit.status for hit in site.log}["/news/story-00"] == 304

    site.add("/news/story-01", article("Story number 1", extra="Update: a correction was added."), etag='"v2-1"')
    site.add("/news/no-validators", article("An article without validators", extra="A new reader comment."))

    third = crawl(urls_file, output, *in_thread)

    assert third.returncode == 0, third.stderr
    result = summary(output)
    assert result["records_by_kind"] == {"changed": 2} and result["unchanged"] == 2
    latest = {record["url"]: record for record in records(output)[4:]}
    assert set(latest) == {site.url("/news/story-01"), site.url("/news/no-validators")}
    for url, record in latest.items():
        before = initial[url]
        assert record["id"] == before["id"]
        assert record["crawl"]["version"] == 2
        assert record["crawl"]["first_seen"] == before["crawl"]["first_seen"]
        assert record["crawl"]["content_hash"] != before["crawl"]["content_hash"]
        assert record["crawl"]["previous_content_hash"] == before["crawl"]["content_hash"]
        assert before["crawl"]["previous_content_hash"] is None
    assert sum(entry["records"] for entry in check_manifest(output)) == 6
    assert "correction" in latest[site.url("/news/story-01")]["body_text"]

