"""``harvester crawl --archive``: a real crawl of 127.0.0.1 kept in WARC files, which ``harvester warc``
extracts again into the same records.

The site answers as real ones do: a gzip Content-Encoding, a redirect, a 404, robots.txt.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from crawl_helpers import FAST, ROOT, article, url_list
from httpserver import LocalSite, serve
from scrapy.settings import Settings
from warcio.archiveiterator import ArchiveIterator

from harvester.crawl.runtime import release_run_lock
from harvester.crawl.spiders.urls import UrlListSpider
from harvester.profiles import parse_profile
from harvester.warc.reader import ArchivedPage, ArchiveReader
from harvester.warc.writer import ArchiveWriter

FIXTURES = sorted((ROOT / "fixtures").glob("*.html"))[:3]


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with serve() as running:
        yield running


def harvester(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harvester.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def by_id(site_dir: Path) -> dict[str, dict[str, Any]]:
    lines = [line for path in sorted(site_dir.glob("records-*.jsonl")) for line in path.read_text().splitlines()]
    return {record["id"]: record for record in map(json.loads, lines)}


@pytest.mark.slow
def test_crawl_archive_re_extracts_to_the_same_records(site: LocalSite, tmp_path: Path) -> None:
    site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    paths = [f"/health/{page.stem}" for page in FIXTURES]
    for path, page in zip(paths, FIXTURES, strict=True):
        site.add(path, page.read_bytes())
    site.add("/news/compressed", article("A page sent gzip-encoded"), gzip=True, headers={"Content-Encoding": "gzip"})
    site.add("/old-address", b"", status=301, headers={"Location": "/news/moved"})
    site.add("/news/moved", article("A page reached through a redirect"))
    urls = [site.url(path) for path in [*paths, "/news/compressed", "/old-address", "/news/gone"]]
    out = tmp_path / "out"

    crawled = harvester("crawl", "--urls", str(url_list(tmp_path, urls)), "--archive", "-o", str(out), *FAST)
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    site_dir = out / "127.0.0.1"
    summary = json.loads((site_dir / "summary.json").read_text())
    assert summary["quarantined_by_reason"] == {"http_error": 1}  # the 404
    warc_files = sorted((site_dir / "warc").glob("*.warc.gz"))
    assert [path.name for path in warc_files] == summary["warc_files"]
    originals = by_id(site_dir)
    assert len(originals) == len(paths) + 2

    # The archive: a warcinfo record first, then each response and the request that fetched it,
    # with digests; the gzip-encoded body kept as it came, with its Content-Encoding.
    with warc_files[0].open("rb") as file:
        records = list(_records(file))
    info = records[0]
    assert info["type"] == "warcinfo" and b"software: harvester/" in info["block"]
    assert b'"ROBOTSTXT_OBEY": true' in info["block"] and info["version"] == "WARC/1.1"
    responses = [r for r in records if r["type"] == "response"]
    requests = {r["concurrent_to"] for r in records if r["type"] == "request"}
    assert all(r["payload_digest"].startswith("sha1:") and r["id"] in requests for r in responses)
    assert {r["uri"] for r in responses} >= {*urls, site.url("/news/moved"), site.url("/robots.txt")}
    compressed = next(r for r in responses if r["uri"].endswith("/news/compressed"))
    assert compressed["content_encoding"] == "gzip" and gzip.decompress(compressed["raw_payload"])

    again = harvester("warc", str(site_dir / "warc"), "--domain", "127.0.0.1", "-o", str(tmp_path / "again"),
                      "--workers", "0")
    assert again.returncode == 0, again.stderr[-3000:]
    re_extracted = by_id(tmp_path / "again" / "warc")
    assert re_extracted.keys() == originals.keys()
    for record_id, original in originals.items():
        record = re_extracted[record_id]
        assert {k: v for k, v in record.items() if k != "crawl"} == {k: v for k, v in original.items() if k != "crawl"}
        assert record["crawl"]["content_hash"] == original["crawl"]["content_hash"]
        source = record["crawl"]["warc"]
        entry = next(iter(ArchiveReader(site_dir / "warc" / source["file"], start=source["offset"])))
        assert isinstance(entry, ArchivedPage) and entry.target_uri == record["url"] == source["target_uri"]


def _records(file: Any) -> Iterator[dict[str, Any]]:
    for record in ArchiveIterator(file):
        headers = record.rec_headers
        http = record.http_headers
        yield {
            "type": record.rec_type,
            "version": headers.protocol,
            "id": headers.get_header("WARC-Record-ID"),
            "uri": headers.get_header("WARC-Target-URI"),
            "payload_digest": headers.get_header("WARC-Payload-Digest") or "",
            "concurrent_to": headers.get_header("WARC-Concurrent-To"),
            "content_encoding": http.get_header("Content-Encoding") if http else None,
            "raw_payload": record.raw_stream.read(),
        } if record.rec_type != "warcinfo" else {
            "type": "warcinfo", "version": headers.protocol, "block": record.raw_stream.read(),
        }


def test_writer_rotates_files_each_opening_with_warcinfo(tmp_path: Path) -> None:
    writer = ArchiveWriter(tmp_path / "warc", "site-run", {"software": "harvester/test", "settings": {"a": 1}},
                           max_bytes=2000)
    # Hex digests: a body gzip cannot shrink below the file size limit.
    body = ("<html><body>" + " ".join(hashlib.sha256(bytes([n])).hexdigest() for n in range(100))
            + "</body></html>").encode()
    for n in range(3):
        writer.write_exchange(
            url=f"https://news.example/a?n={n}", method="GET", request_headers=[("User-Agent", "t")],
            request_body=b"", protocol="HTTP/1.1", status=200, reason="OK",
            response_headers=[("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], body=body,
        )
    writer.close()
    assert [p.name for p in writer.files] == [f"site-run-{n:05d}.warc.gz" for n in range(3)]
    for n, path in enumerate(writer.files):
        with path.open("rb") as file:
            kinds = [(r["type"], r.get("uri")) for r in _records(file)]
        assert kinds == [("warcinfo", None), ("response", f"https://news.example/a?n={n}"),
                         ("request", f"https://news.example/a?n={n}")]
        page = next(e for e in ArchiveReader(path) if isinstance(e, ArchivedPage))
        assert page.body == body  # stored de-chunked, without the Transfer-Encoding that would say otherwise


def test_a_profile_can_ask_for_the_archive(tmp_path: Path) -> None:
    text = 'name = "kept"\nallowed_domains = ["news.example"]\nurls = ["https://news.example/a"]\narchive = true\n'
    for archive in (True, False):
        profile = parse_profile(text if archive else text.replace("archive = true\n", ""), source="t", folder=None)
        spider = UrlListSpider(profile=profile, output=str(tmp_path))
        settings = Settings()
        try:
            spider.apply_settings(settings)
        finally:
            release_run_lock(tmp_path / "kept")
        assert settings.getbool("HARVESTER_ARCHIVE") is archive
