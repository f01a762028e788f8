"""The contract on real pages: a sitemap crawl of corpus pages whose every record a strict consumer
accepts (formats checked), exported to each format and loaded back with one row per item.

Needs the shared corpus (``../shared/corpus``); skipped without it, as the project's tests must
pass without it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_helpers import FAST, check_manifest
from httpserver import LocalSite, serve
from strict_schema import format_errors
from test_export import expected_rows, loaded_rows

from harvester.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = 20


def _corpus() -> Path | None:
    for base in (ROOT.parent, ROOT.parent.parent):
        candidate = base / "shared" / "corpus" / "readability"
        if candidate.is_dir():
            return candidate
    return None


CORPUS = _corpus()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(CORPUS is None, reason="no ../shared/corpus")]


def dated_news_pages() -> list[Path]:
    """The first pages (by name) whose gold gives a publication time: news pages, dates to get right."""
    assert CORPUS is not None
    pages = []
    for folder in sorted(CORPUS.iterdir()):
        metadata = folder / "expected-metadata.json"
        if metadata.is_file() and json.loads(metadata.read_text(encoding="utf-8")).get("publishedTime"):
            pages.append(folder / "source.html")
    return pages[:PAGES]


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    with serve() as running:
        running.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        entries = []
        for page in dated_news_pages():
            path = f"/articles/{page.parent.name}.html"
            running.add(path, page.read_bytes(), content_type="text/html; charset=utf-8")
            entries.append(f"<url><loc>{running.url(path)}</loc></url>")
        running.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(entries) + "</urlset>",
                    content_type="application/xml")
        yield running


@pytest.fixture(scope="module")
def crawled(site: LocalSite, tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("real")
    profile = work / "realpages.toml"
    profile.write_text(f'name = "realpages"\nbase_url = "{site.origin}/"\nallowed_domains = ["127.0.0.1"]\n'
                       "article_patterns = ['/articles/']\nsitemaps = ['sitemap.xml']\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "sitemap", "-a", f"profile={profile}", *FAST,
                           "-s", f"HARVESTER_OUTPUT_DIR={work / 'output'}"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return work / "output" / "realpages"


def read_records(site_dir: Path) -> list[dict]:
    return [json.loads(line) for entry in check_manifest(site_dir.parent, site="realpages")
            for line in (site_dir / entry["file"]).read_text(encoding="utf-8").splitlines()]


def test_every_record_of_a_real_page_crawl_validates_with_formats_checked(crawled: Path) -> None:
    records = read_records(crawled)
    quarantined = (crawled / "quarantine.jsonl").read_text().splitlines() if (crawled / "quarantine.jsonl").exists() \
        else []
    assert len(records) + len(quarantined) == PAGES and len(records) >= PAGES - 2
    failures = {record["url"]: errors for record in records if (errors := format_errors(record))}
    assert failures == {}
    assert sum(1 for record in records if record["byline"]["published_at"]) >= PAGES // 2


@pytest.mark.parametrize("to", ["parquet", "duckdb", "csv"])
def test_the_crawl_exports_to_each_format_with_one_row_per_item(crawled: Path, to: str, tmp_path: Path) -> None:
    output = tmp_path / f"export.{to}"
    assert main(["export", str(crawled), "--to", to, "--output", str(output)]) == 0
    assert loaded_rows(to, output) == expected_rows(read_records(crawled))
