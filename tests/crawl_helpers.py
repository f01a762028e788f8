"""Shared by the crawl back-half tests: articles to serve, ``scrapy crawl urls`` runs, output readers.

Crawls run as real subprocesses from the repository root (so scrapy.cfg and the project settings
apply), with politeness delays turned off and one extraction worker to spare the CPU.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from httpserver import LocalSite

from conftest import article_html as article

ROOT = Path(__file__).resolve().parents[1]

FAST = [
    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
    "-s", "HARVESTER_RETRY_BACKOFF_BASE=0.05", "-s", "HARVESTER_EXTRACT_WORKERS=1", "-s", "LOG_LEVEL=INFO",
]


def serve_articles(site: LocalSite, count: int, *, etag: bool = True) -> list[str]:
    """``count`` article pages plus a permissive robots.txt; returns their URLs."""
    site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    paths = [f"/news/story-{n:02d}" for n in range(count)]
    for n, path in enumerate(paths):
        site.add(path, article(f"Story number {n}"), etag=f'"v1-{n}"' if etag else None)
    return [site.url(path) for path in paths]


def url_list(tmp_path: Path, urls: list[str]) -> Path:
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(urls) + "\n", encoding="utf-8")
    return path


def crawl_command(urls_file: Path, output: Path, *settings: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "urls", "-a", f"urls={urls_file}", "-a", f"output={output}",
            *FAST, *settings]


def crawl(urls_file: Path, output: Path, *settings: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(crawl_command(urls_file, output, *settings), cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def site_dir(output: Path) -> Path:
    """Where ad-hoc URL-list crawls of the test server write (the site is named after the host)."""
    return output / "127.0.0.1"


def records(output: Path) -> list[dict[str, Any]]:
    """Every record line of every feed file of the site, in file order."""
    lines = []
    for path in sorted(site_dir(output).glob("records-*.jsonl")):
        lines.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return lines


def check_manifest(output: Path, *, finished: bool = True, site: str = "127.0.0.1") -> list[dict[str, Any]]:
    """The manifest, after checking it lists exactly the finished feed files with true counts and checksums."""
    from harvester.crawl.manifest import file_digest, read_manifest

    directory = output / site
    entries = read_manifest(directory)
    assert sorted(entry["file"] for entry in entries) == sorted(p.name for p in directory.glob("records-*.jsonl"))
    for entry in entries:
        assert file_digest(directory / entry["file"]) == (entry["records"], entry["bytes"], entry["sha256"])
    if finished:
        assert not list(directory.glob("*.part")), "a batch file was left unfinished"
    return entries


def quarantine(output: Path) -> list[dict[str, Any]]:
    path = site_dir(output) / "quarantine.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def summary(output: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((site_dir(output) / "summary.json").read_text(encoding="utf-8"))
    return result


def committed_records(output: Path, site: str | None = None) -> int:
    """Records the running crawl has committed to its state (read while it writes: WAL allows it)."""
    path = (output / site if site else site_dir(output)) / "state.sqlite"
    if not path.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as db:
            return int(db.execute("SELECT count(*) FROM records").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the crawl has not created its tables yet
