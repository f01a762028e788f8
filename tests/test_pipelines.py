"""The article pipeline end to end: real crawls of a 127.0.0.1 site, checked through their output.

Every article page ends as a schema-valid record or a quarantine entry with a reason; the summary
counts both and the exit status says whether the crawl could run.
"""

from __future__ import annotations

import gzip
import socket
from datetime import UTC, datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_helpers import article, crawl, quarantine, records, serve_articles, site_dir, summary, url_list
from httpserver import LocalSite, serve
from strict_schema import format_errors

from harvester.crawl.items import FetchedPage
from harvester.crawl.extraction import content_hash
from harvester.crawl.pipelines import triage
from harvester.models import ArticleRecord


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with serve() as running:
        yield running


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
def test_bad_pages_are_quarantined_with_reasons_and_good_ones_exported(site: LocalSite, tmp_path: Path) -> None:
    good = serve_articles(site, 2)
    site.add("/broken", "<h1>Internal error</h1>", status=500)
    site.add("/gone", "<h1>Not here</h1>", status=404)
    site.add("/report.pdf", b"%PDF-1.7 binary", content_type="application/pdf")
    site.add("/empty", "")
    site.add("/plain", "\x89PNG\r\n\x1a\n\x00\x00binary", content_type="text/html")
    # Refused without a retry: the server asks for more patience than HARVESTER_RETRY_AFTER_MAX.
    site.add("/busy", "<p>come back tomorrow</p>", status=503, headers={"Retry-After": "86400"})
    site.add("/limited", "<p>slow down</p>", status=429, headers={"Retry-After": "0"})
    bomb = gzip.compress(b"<html><body>" + b"<p>x</p>" * 400_000, compresslevel=9)  # 3.2 MB from ~10 kB
    site.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    site.add("/loop", "", status=302, headers={"Location": "/loop-2"})
    site.add("/loop-2", "", status=302, headers={"Location": "/loop"})
    for hop in range(8):
        site.add(f"/hop-{hop}", "", status=301, headers={"Location": f"/hop-{hop + 1}"})
    refused = f"http://127.0.0.1:{_closed_port()}/news/unreachable"
    bad = {
        site.url("/broken"): "http_error",
        site.url("/gone"): "http_error",
        site.url("/report.pdf"): "not_html_content_type",
        site.url("/empty"): "empty_body",
        site.url("/plain"): "not_html",
        site.url("/busy"): "http_error",
        site.url("/limited"): "http_error",
        site.url("/bomb"): "fetch_failed",
        site.url("/loop"): "redirect_loop",
    }
    output = tmp_path / "out"

    done = crawl(url_list(tmp_path, [*good, *bad, site.url("/hop-0"), refused]), output,
                 "-s", f"DOWNLOAD_MAXSIZE={1024 * 1024}")

    assert done.returncode == 0, done.stderr
    # A redirect chain that fails is reported under the URL that was asked for.
    assert {entry["url"]: entry["reason"] for entry in quarantine(output)} == {**bad, site.url("/hop-0"): "fetch_failed"}
    for entry in quarantine(output):
        assert entry["fetched_at"] and "status" in entry and "error" in entry
    assert sorted(record["url"] for record in records(output)) == sorted(good)
    result = summary(output)
    assert result["records"] == 2 and result["quarantined"] == len(bad) + 1
    assert result["quarantined_by_reason"] == {"http_error": 4, "not_html_content_type": 1, "empty_body": 1,
                                               "not_html": 1, "fetch_failed": 2, "redirect_loop": 1}
    # A host refusing connections has no readable robots.txt: RFC 9309 says disallow, so a skip.
    assert result["skipped_by_reason"] == {"robots_txt": 1}
    assert result["outcomes"]["asked"] == len(good) + len(bad) + 2 and result["outcomes"]["pending"] == 0
    assert result["exit_status"] == 0 and result["could_run"] is True
    errors = {entry["url"]: entry["error"] for entry in quarantine(output)}
    assert "DOWNLOAD_MAXSIZE" in errors[site.url("/bomb")]
    assert f"more than 5 redirects: {site.url('/hop-0')} -> " in errors[site.url("/hop-0")]
    assert errors[site.url("/loop")] == f"redirect loop: {site.url('/loop')} -> {site.url('/loop-2')} -> {site.url('/loop')}"
    # 500 and 429 were retried once (RETRY_TIMES=1); a Retry-After beyond the limit was not waited for.
    paths = [hit.path for hit in site.log]
    assert (paths.count("/broken"), paths.count("/limited"), paths.count("/busy")) == (2, 2, 1)


@pytest.mark.slow
def test_every_exported_record_validates_against_the_json_schema(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, 3)
    site.add("/emoji", article("Caf\u00e9 \U0001f600 & \u201cquotes\u201d"))
    urls.append(site.url("/emoji"))
    output = tmp_path / "out"

    done = crawl(url_list(tmp_path, urls), output, "-s", "HARVESTER_EXTRACT_WORKERS=0")

    assert done.returncode == 0, done.stderr
    exported = records(output)
    assert len(exported) == 4
    for record in exported:
        assert format_errors(record) == []
        ArticleRecord.model_validate(record)
        assert record["crawl"]["version"] == 1
        assert record["crawl"]["spider"] == "urls" and record["crawl"]["status"] == 200
        assert record["crawl"]["content_hash"] == content_hash(record)
    assert "Caf\u00e9 \U0001f600" in next(r["headline"] for r in exported if r["url"].endswith("/emoji"))
    raw = next(site_dir(output).glob("records-*.jsonl")).read_text(encoding="utf-8")
    assert "\U0001f600" in raw  # FEED_EXPORT_ENCODING utf-8: no \\u escapes


@pytest.mark.slow
def test_meta_refresh_pages_lead_to_their_articles_in_any_encoding(site: LocalSite, tmp_path: Path) -> None:
    serve_articles(site, 0)
    refresh = '<html><head><meta http-equiv="refresh" content="0; url={target}"></head><body></body></html>'
    site.add("/moved", refresh.format(target="/articles/first"))
    site.add("/moved-wide", refresh.format(target="/articles/second").encode("utf-16"),
             content_type="text/html; charset=utf-16")
    # "refresh" only past the head Scrapy reads: an article like any other.
    site.add("/long", article("A long page") + "<!-- " + "x" * 20_000 + " --><meta http-equiv=refresh content='0; url=/no'>")
    site.add("/articles/first", article("The first article"))
    site.add("/articles/second", article("The second article"))
    output = tmp_path / "out"

    done = crawl(url_list(tmp_path, [site.url(path) for path in ("/moved", "/moved-wide", "/long")]), output)

    assert done.returncode == 0, done.stderr
    assert sorted(record["url"] for record in records(output)) == [
        site.url("/articles/first"), site.url("/articles/second"), site.url("/long")]
    assert "/no" not in site.fetched()


@pytest.mark.slow
def test_crawl_that_reaches_nothing_exits_non_zero(tmp_path: Path) -> None:
    output = tmp_path / "out"
    urls = [f"http://127.0.0.1:{_closed_port()}/news/{n}" for n in range(2)]

    done = crawl(url_list(tmp_path, urls), output)

    assert done.returncode == 1, done.stderr  # scrapy crawl says so too, not only the summary
    result = summary(output)
    assert result["could_run"] is False and result["exit_status"] == 1
    assert "could not reach" in result["error"]
    # No host answers, so neither does its robots.txt: complete disallow (RFC 9309), every URL a skip.
    assert "robots.txt could not be read, so nothing was fetched (RFC 9309; reasons in " in result["error"]
    assert result["skipped_by_reason"] == {"robots_txt": 2}


@pytest.mark.parametrize(
    ("status", "content_type", "body", "reason"),
    [
        (0, None, b"", "fetch_failed"),
        (503, "text/html", b"<p>busy</p>", "http_error"),
        (302, "text/html", b"", "unexpected_status"),
        (200, "image/png", b"\x89PNG", "not_html_content_type"),
        (200, "text/html; charset=utf-8", b"  \n ", "empty_body"),
        (200, "text/html", b"", "empty_body"),
        (200, "text/html", b"\t\x0b\x0c\r\n", "empty_body"),
        (200, "text/html", b"\n  <p>x</p>", None),
        (200, None, b"<html><p>x</p></html>", None),
        (200, "application/xhtml+xml", b"<html/>", None),
    ],
)
def test_triage(status: int, content_type: str | None, body: bytes, reason: str | None) -> None:
    page = FetchedPage(url="http://x.test/a", status=status, body=body, content_type=content_type,
                       fetched_at=datetime.now(UTC), spider="urls")
    found = triage(page)
    assert (found[0] if found else None) == reason


@pytest.mark.slow
def test_an_extraction_over_its_time_limit_is_quarantined_and_its_worker_replaced(
    site: LocalSite, tmp_path: Path
) -> None:
    urls = serve_articles(site, 2)
    output = tmp_path / "out"

    # No page can cross to a worker process and back in a microsecond.
    done = crawl(url_list(tmp_path, urls), output, "-s", "HARVESTER_EXTRACT_TIMEOUT=0.000001")

    assert done.returncode == 0, done.stderr
    assert {entry["url"]: entry["reason"] for entry in quarantine(output)} == dict.fromkeys(urls, "extraction_timeout")
    assert records(output) == []
    assert summary(output)["quarantined_by_reason"] == {"extraction_timeout": 2}
