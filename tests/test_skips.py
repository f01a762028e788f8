"""Every URL a crawl is asked for ends in exactly one place: a record, a quarantine entry or a skip
entry (``skipped.jsonl``, with the reason), and the summary's ``outcomes`` add up.

One real ad-hoc sitemap crawl (no profile, so no article patterns) of a site on 127.0.0.1 whose
sitemap lists one page of each kind; ``localhost`` on a second server stands for another host.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from httpserver import serve

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0", "-s", "LOG_LEVEL=INFO",
        "-s", "HARVESTER_EXTRACT_WORKERS=0"]
TEXT = ("Researchers followed several thousand adults for ten years and report that regular walking was"
        " associated with a lower risk of heart disease, even after accounting for diet.")
# An article with none of the "article signs" (og:type, <article>, JSON-LD): text in a div with <br>s,
# as Blogger templates print posts. A sitemap lists it, so it is an article.
PLAIN_POST = f"<html><head><title>A walk a day</title></head><body><h3>A walk a day</h3><div class='post-body'>{TEXT}<br><br>{TEXT}</div></body></html>"
OG_ARTICLE = f"<html><head><meta property='og:type' content='article'><title>Story</title></head><body><h1>Story</h1><p>{TEXT}</p></body></html>"
APP_SHELL = "<html><head><title>Loading</title></head><body><div id='app'></div><script>render({text: 'lots of words here'})</script></body></html>"
COLLECTION = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "CollectionPage",'
              f' "name": "Health"}}</script></head><body><h1>Health</h1><p>{TEXT}</p><p>{TEXT}</p></body></html>')


def _urlset(*locs: str) -> str:
    entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], dict[str, dict[str, Any]]]]:
    out = tmp_path_factory.mktemp("skips")
    with serve() as site, serve() as elsewhere:
        o = site.origin
        elsewhere.add("/news/story", OG_ARTICLE)
        site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        site.add("/news/plain-post", PLAIN_POST)
        site.add("/news/og-article", OG_ARTICLE)
        site.add("/news/app-shell", APP_SHELL)
        site.add("/news/empty", "")
        site.add("/category/health", COLLECTION)
        site.add("/private/draft", OG_ARTICLE)
        site.add("/news/away", "", status=302, headers={"Location": elsewhere.url("/news/story", host="localhost")})
        site.add("/news/old-address", "", status=301, headers={"Location": f"{o}/news/plain-post"})
        listed = ["/news/plain-post", "/news/og-article", "/news/app-shell", "/news/empty", "/category/health",
                  "/news/gone", "/private/draft", "/news/away", "/news/old-address", "/news/og-article"]
        site.add("/sitemap.xml", _urlset(*(o + path for path in listed), "javascript:alert(1)"),
                 content_type="application/xml")
        done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "sitemap", "-a", f"sitemap={o}/sitemap.xml",
                               "-a", f"output={out}", *FAST], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        assert elsewhere.log == []
    site_dir = out / "127.0.0.1"
    ended: dict[str, dict[str, Any]] = {}
    for name, kind in (("records-*.jsonl", "record"), ("quarantine.jsonl", "quarantine"), ("skipped.jsonl", "skip")):
        for path in site_dir.glob(name):
            for entry in map(json.loads, path.read_text().splitlines()):
                key = entry["url"] if entry["url"].startswith("javascript:") else urlsplit(entry["url"]).path
                assert key not in ended, f"{key} ended twice"
                ended[key] = {"kind": kind, **entry}
    yield json.loads((site_dir / "summary.json").read_text()), ended


def test_every_listed_url_ends_in_one_place_with_its_reason(crawl: tuple[dict[str, Any], dict[str, dict[str, Any]]]) -> None:
    _, ended = crawl
    where = {url: (e["kind"], e.get("reason")) for url, e in ended.items()}
    assert where == {
        "/news/plain-post": ("record", None),
        "/news/og-article": ("record", None),
        "/news/empty": ("quarantine", "empty_body"),
        "/news/gone": ("quarantine", "http_error"),
        "/news/app-shell": ("skip", "not_an_article"),
        "/category/health": ("skip", "not_an_article"),
        "/private/draft": ("skip", "robots_txt"),
        "/news/away": ("skip", "offsite_redirect"),
        "/news/old-address": ("skip", "duplicate_redirect"),
        "javascript:alert(1)": ("skip", "refused_url"),
    }
    assert "no text of its own" in ended["/news/app-shell"]["detail"]
    assert "declares another kind of page" in ended["/category/health"]["detail"]
    assert ended["javascript:alert(1)"]["listed_in"].endswith("/sitemap.xml")
    assert "localhost" in ended["/news/away"]["detail"]


def test_the_summary_outcomes_add_up(crawl: tuple[dict[str, Any], dict[str, dict[str, Any]]]) -> None:
    summary, _ = crawl
    assert summary["outcomes"] == {"asked": 10, "records": 2, "unchanged": 0, "quarantined": 2, "skipped": 6,
                                   "not_processed": 0, "pending": 0}
    assert summary["skipped_by_reason"] == {"not_an_article": 2, "robots_txt": 1, "offsite_redirect": 1,
                                            "duplicate_redirect": 1, "refused_url": 1}
    assert summary["offsite_redirects"] == 1
