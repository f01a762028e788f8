"""The bundled demo: its site is built from the fixtures, served offline, and crawled end to end."""

from __future__ import annotations

import filecmp
import gzip
import json
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from harvester.demo.server import serving, site_root
from tools.build_demo import build

ROOT = Path(__file__).resolve().parents[1]


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def test_demo_site_is_up_to_date_with_the_fixtures(tmp_path: Path) -> None:
    fixtures = sorted((ROOT / "fixtures").glob("*.html"))
    assert fixtures, "no fixture pages: the demo site is built from fixtures/*.html"
    rebuilt = tmp_path / "site"
    rebuilt.mkdir()
    build(ROOT / "fixtures", rebuilt)
    served = site_root()
    built_files = sorted(p.relative_to(rebuilt) for p in rebuilt.rglob("*") if p.is_file())
    shipped = sorted(p.relative_to(served) for p in served.rglob("*") if p.is_file())
    assert built_files == shipped, "run `python -m tools.build_demo`"
    _, mismatch, errors = filecmp.cmpfiles(rebuilt, served, [str(p) for p in built_files], shallow=False)
    assert not mismatch and not errors, f"stale demo files {mismatch}: run `python -m tools.build_demo`"
    assert {p.name for p in fixtures} == {p.name for p in (served / "articles").glob("*.html")}


def test_demo_record_ids_do_not_depend_on_the_demo_servers_port() -> None:
    from harvester.core import extract_article

    for page in sorted((site_root() / "articles").glob("*.html")):
        html = page.read_bytes()
        ids = {extract_article(html, f"http://127.0.0.1:{port}/articles/{page.name}").id for port in (8765, 40123)}
        assert len(ids) == 1, page.name


@pytest.mark.slow
def test_demo_server_fills_in_its_origin_in_sitemaps_feeds_and_robots() -> None:
    with serving() as server:
        origin = server.base_url.rstrip("/")
        robots = _get(server.base_url + "robots.txt").decode()
        assert f"Sitemap: {origin}/sitemap_index.xml" in robots and "Disallow: /articles/drafts/" in robots
        news = gzip.decompress(_get(server.base_url + "sitemaps/news.xml.gz")).decode()
        assert f"<loc>{origin}/articles/" in news and "{{origin}}" not in news
        assert f"{origin}/articles/" in _get(server.base_url + "feed.xml").decode()
        article = next((site_root() / "articles").glob("*.html"))
        assert _get(f"{server.base_url}articles/{article.name}") == article.read_bytes()


@pytest.mark.slow
def test_harvester_crawl_demo_runs_offline_and_writes_records(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "harvester.cli", "crawl", "demo", "--output", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    records = [json.loads(line) for path in (out / "demo").glob("records-*.jsonl")
               for line in path.read_text().splitlines()]
    crawled = sorted(urlsplit(record["url"]).path for record in records)
    assert crawled == sorted(f"/articles/{page.name}" for page in (site_root() / "articles").glob("*.html"))
    assert all(record["headline"] and record["body_text"] for record in records)
    assert not (out / "demo" / "quarantine.jsonl").exists()
    # The default log is for a person: start, summary, warnings; Scrapy's start-up report needs -v.
    assert "Enabled downloader middlewares" not in done.stderr and "Overridden settings" not in done.stderr
    assert "crawl of demo finished" in done.stderr
    # An error-free crawl warns of nothing: a component nobody asked for (the archive) stays quiet.
    assert " WARNING " not in done.stderr and " ERROR " not in done.stderr, done.stderr
    assert "Disabled " not in done.stderr and "Spider opened" not in done.stderr


@pytest.mark.slow
def test_readme_scrapy_crawl_of_the_demo_profile_serves_the_demo_itself(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "sitemap", "-a", "profile=demo", "-a", f"output={out}",
         "-s", "HARVESTER_EXTRACT_WORKERS=1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "serving the demo site at http://127.0.0.1:" in done.stderr
    assert " WARNING " not in done.stderr and " ERROR " not in done.stderr, done.stderr
    summary = json.loads((out / "demo" / "summary.json").read_text(encoding="utf-8"))
    assert summary["outcome"] == "finished" and summary["records"] == len(list((site_root() / "articles").glob("*.html")))
