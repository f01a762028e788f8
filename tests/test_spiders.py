"""Each spider, run as a real ``scrapy crawl`` subprocess against a tiny site on 127.0.0.1.

The site has a sitemap index (a plain sitemap, a gzipped Google News sitemap, an old archive
sitemap and one on another host), RSS and Atom feeds, an index page with links, robots.txt with
a Disallow, and links/entries on ``localhost`` (the same server under a host that is not allowed:
any request for it shows up in the access log). Assertions are on what the server was asked for
and on what the run wrote: records, and quarantine entries for pages that could not be records.
"""

from __future__ import annotations

import itertools
import json
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from httpserver import LocalSite, serve

# Every test here runs real crawls (subprocesses against servers on 127.0.0.1).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
# Fast for tests (no politeness delays, extraction on the reactor thread instead of a worker
# pool that takes longer to start than these crawls take), with the stats dumped to the log.
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0", "-s", "LOG_LEVEL=INFO",
        "-s", "HARVESTER_EXTRACT_WORKERS=0", "-s", "STATS_DUMP=True"]

ARTICLE = """<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:type" content="article"></head>
<body><article><h1>{title}</h1><p>By Ann Author</p><p>{title} is reported here at length.</p>
<p>A second paragraph about the study and what it found.</p></article></body></html>"""
PLAIN = "<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>{links}</body></html>"

ALL_ARTICLES = {"/news/early-study", "/news/late-study", "/news/breaking", "/news/stale-news", "/news/archive-piece"}


def _links(*hrefs: str) -> str:
    return "<ul>" + "".join(f'<li><a href="{href}">{href}</a></li>' for href in hrefs) + "</ul>"


def _urlset(*entries: str, news: bool = False) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
            + "".join(entries) + "</urlset>")


def _url(loc: str, lastmod: str | None = None) -> str:
    return f"<url><loc>{loc}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>"


def _news(loc: str, published: str) -> str:
    return (f"<url><loc>{loc}</loc><news:news><news:publication><news:name>T</news:name>"
            f"<news:language>en</news:language></news:publication>"
            f"<news:publication_date>{published}</news:publication_date><news:title>x</news:title>"
            "</news:news></url>")


def build_site(site: LocalSite) -> None:
    o, offsite = site.origin, site.url("", host="localhost")
    site.add("/robots.txt", f"User-agent: *\nDisallow: /news/blocked\n\nSitemap: {o}/sitemap_index.xml\n",
             content_type="text/plain")
    site.add("/sitemap_index.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{o}/sitemaps/posts.xml</loc><lastmod>2024-05-01</lastmod></sitemap>"
        f"<sitemap><loc>{o}/sitemaps/news.xml.gz</loc><lastmod>2024-06-05T10:00:00+00:00</lastmod></sitemap>"
        f"<sitemap><loc>{o}/sitemaps/old.xml</loc><lastmod>2023-01-01</lastmod></sitemap>"
        f"<sitemap><loc>{offsite}/sitemaps/posts.xml</loc></sitemap>"
        "</sitemapindex>"), content_type="application/xml")
    site.add("/sitemaps/posts.xml", _urlset(
        _url(f"{o}/news/early-study", "2024-01-10"), _url(f"{o}/news/late-study", "2024-05-01T08:30:00Z"),
        _url(f"{o}/news/blocked-trial", "2024-05-01"), _url(f"{o}/about", "2024-05-01"),
        _url(f"{offsite}/news/offsite-story", "2024-05-01")), content_type="application/xml")
    site.add("/sitemaps/news.xml.gz", _urlset(
        _news(f"{o}/news/breaking", "2024-06-02T07:00:00+02:00"), _news(f"{o}/news/stale-news", "2024-02-01"),
        news=True), content_type="application/gzip", gzip=True)
    site.add("/sitemaps/old.xml", _urlset(_url(f"{o}/news/archive-piece", "2023-01-01")),
             content_type="application/xml")
    site.add("/feed.xml", (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/</link>'
        f"<item><title>a</title><link>{o}/news/early-study</link>"
        "<pubDate>Wed, 10 Jan 2024 08:00:00 GMT</pubDate></item>"
        "<item><title>b</title><link>/news/late-study</link><pubDate>Wed, 01 May 2024 08:00:00 +0000</pubDate></item>"
        f"<item><title>c</title><link>{offsite}/news/offsite-story</link></item>"
        "</channel></rss>"), content_type="application/rss+xml")
    site.add("/atom.xml", (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f'<entry><title>d</title><link rel="alternate" href="{o}/news/breaking"/>'
        f'<link rel="enclosure" href="{o}/media/podcast.mp3"/><updated>2024-06-02T05:00:00Z</updated></entry>'
        f'<entry><title>e</title><link href="{o}/news/stale-news"/><published>2024-02-01T09:00:00Z</published></entry>'
        "</feed>"), content_type="application/atom+xml")
    site.add("/", PLAIN.format(title="Home", links=_links(
        "/news/early-study", "/news/late-study", "/about", "/news/blocked-trial", "/tag/health",
        f"{offsite}/news/offsite-story")))
    site.add("/tag/health", PLAIN.format(title="Health", links=_links("/news/breaking", "/news/archive-piece", "/")))
    site.add("/about", PLAIN.format(title="About us", links=_links("/")))
    site.add("/news/report.pdf", b"%PDF-1.4 not a page", content_type="application/pdf")
    site.add("/news/broken", "server error", status=500, content_type="text/plain")
    for path in ALL_ARTICLES | {"/news/blocked-trial"}:
        site.add(path, ARTICLE.format(title=path.rsplit("/", 1)[1].replace("-", " ").title()) + _links("/"))


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    with serve() as running:
        build_site(running)
        yield running


@pytest.fixture()
def fresh(site: LocalSite) -> LocalSite:
    site.clear_log()
    return site


def write_profile(tmp_path: Path, site: LocalSite, extra: str) -> Path:
    path = tmp_path / "testsite.toml"
    path.write_text(
        f'name = "testsite"\nbase_url = "{site.origin}/"\nallowed_domains = ["127.0.0.1"]\n'
        f"article_patterns = ['/news/']\n{extra}\n", encoding="utf-8")
    return path


@dataclass
class Crawl:
    returncode: int
    log: str
    records: set[str]  # URL paths of the records written
    quarantined: dict[str, str]  # URL path -> reason
    skipped: dict[str, str]  # URL (host and path) -> reason
    summary: dict[str, Any]

    def stat(self, name: str) -> int:
        match = re.search(rf"'{re.escape(name)}': (\d+)", self.log)
        return int(match.group(1)) if match else 0


_runs = itertools.count()


def run_crawl(command: list[str], tmp_path: Path) -> Crawl:
    """Run from the repository root (scrapy.cfg) with a fresh output directory."""
    out = tmp_path / f"out{next(_runs)}"
    done = subprocess.run([*command, *FAST, "-s", f"HARVESTER_OUTPUT_DIR={out}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    records = {urlsplit(json.loads(line)["url"]).path
               for path in out.glob("*/records-*.jsonl") for line in path.read_text().splitlines()}
    quarantined = {urlsplit(entry["url"]).path: entry["reason"]
                   for path in out.glob("*/quarantine.jsonl")
                   for entry in map(json.loads, path.read_text().splitlines())}
    skipped = {_host_path(entry["url"]): entry["reason"]
               for path in out.glob("*/skipped.jsonl")
               for entry in map(json.loads, path.read_text().splitlines())}
    summaries = [json.loads(path.read_text()) for path in out.glob("*/summary.json")]
    return Crawl(done.returncode, done.stderr, records, quarantined, skipped, summaries[0] if summaries else {})


def _host_path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}{parts.path}"


def scrapy_crawl(spider: str, tmp_path: Path, *args: str) -> Crawl:
    crawl = run_crawl([sys.executable, "-m", "scrapy", "crawl", spider, *args], tmp_path)
    # Scrapy logs these (with a traceback) when a callback, pipeline or signal handler raises.
    failed = re.search(r"Spider error processing|Error processing|Error caught on signal handler", crawl.log)
    assert crawl.returncode == 0 and not failed, crawl.log[-3000:]
    return crawl


def harvester_crawl(tmp_path: Path, *args: str) -> Crawl:
    return run_crawl([sys.executable, "-m", "harvester.cli", "crawl", *args], tmp_path)


def fetched_articles(site: LocalSite) -> set[str]:
    return {path for path in site.fetched() if path.startswith("/news/")}


def test_sitemap_index_with_gzipped_news_sitemap(fresh: LocalSite, tmp_path: Path) -> None:
    profile = write_profile(tmp_path, fresh, 'sitemaps = ["sitemap_index.xml"]')
    crawl = scrapy_crawl("sitemap", tmp_path, "-a", f"profile={profile}")
    assert fetched_articles(fresh) == ALL_ARTICLES
    assert crawl.records == ALL_ARTICLES
    assert "/about" not in fresh.fetched()  # listed, but not an article URL
    assert "/news/blocked-trial" not in fresh.fetched()  # listed, but disallowed by robots.txt
    assert crawl.stat("robotstxt/forbidden") == 1
    assert fresh.hosts() == {"127.0.0.1"}  # the localhost sitemap and article were never requested


def test_sitemaps_from_robots_txt_since_uses_lastmod_and_news_publication_date(
    fresh: LocalSite, tmp_path: Path
) -> None:
    profile = write_profile(tmp_path, fresh, "robots_sitemaps = true")
    crawl = scrapy_crawl("sitemap", tmp_path, "-a", f"profile={profile}", "-a", "since=2024-04-01")
    assert fetched_articles(fresh) == crawl.records == {"/news/late-study", "/news/breaking"}
    assert "/sitemap_index.xml" in fresh.fetched()  # found through robots.txt's Sitemap: line
    assert "/sitemaps/old.xml" not in fresh.fetched()  # the index says it has not changed since
    assert fresh.hosts() == {"127.0.0.1"}


def test_adhoc_sitemap_without_a_profile(fresh: LocalSite, tmp_path: Path) -> None:
    # No article patterns: every listed page is fetched and only article-looking ones are emitted.
    crawl = scrapy_crawl("sitemap", tmp_path, "-a", f"sitemap={fresh.origin}/sitemaps/posts.xml")
    assert fetched_articles(fresh) == crawl.records == {"/news/early-study", "/news/late-study"}
    assert "/about" in fresh.fetched() and crawl.stat("harvester/skipped/not_an_article") == 1
    assert fresh.hosts() == {"127.0.0.1"}


def test_rss_and_atom_feeds(fresh: LocalSite, tmp_path: Path) -> None:
    profile = write_profile(tmp_path, fresh, 'feeds = ["feed.xml", "atom.xml"]')
    crawl = scrapy_crawl("feed", tmp_path, "-a", f"profile={profile}")
    assert fetched_articles(fresh) == crawl.records == ALL_ARTICLES - {"/news/archive-piece"}
    assert "/media/podcast.mp3" not in fresh.fetched()  # an enclosure, not the entry's page
    assert fresh.hosts() == {"127.0.0.1"}


def test_link_crawl_with_article_patterns(fresh: LocalSite, tmp_path: Path) -> None:
    profile = write_profile(tmp_path, fresh, 'start_urls = ["/"]')
    crawl = scrapy_crawl("crawl", tmp_path, "-a", f"profile={profile}")
    expected = {"/news/early-study", "/news/late-study", "/news/breaking", "/news/archive-piece"}
    assert fetched_articles(fresh) == crawl.records == expected
    assert "/news/blocked-trial" not in fresh.fetched()
    assert fresh.hosts() == {"127.0.0.1"}


def test_link_crawl_without_patterns_emits_only_article_pages(fresh: LocalSite, tmp_path: Path) -> None:
    crawl = scrapy_crawl("crawl", tmp_path, "-a", f"start={fresh.origin}/")
    assert {"/about", "/tag/health"} <= fresh.fetched()
    assert crawl.records == {"/news/early-study", "/news/late-study", "/news/breaking", "/news/archive-piece"}
    assert crawl.stat("harvester/skipped/not_an_article") == 2  # about and the tag page: fetched, not emitted
    assert fresh.hosts() == {"127.0.0.1"}


def test_url_list_every_url_ends_in_a_record_a_quarantine_or_a_skip_entry(fresh: LocalSite, tmp_path: Path) -> None:
    refused = f"http://127.0.0.1:{free_port()}/news/unreachable"
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# to fetch\n{fresh.origin}/news/early-study\n{fresh.origin}/news/missing\n\n"
        f"{fresh.origin}/news/report.pdf\n{fresh.origin}/news/broken\n{refused}\n"
        f"{fresh.url('/news/offsite-story', host='localhost')}\n{fresh.origin}/news/late-study\n"
    )
    profile = write_profile(tmp_path, fresh, f'url_list = "{urls.name}"')
    crawl = scrapy_crawl("urls", tmp_path, "-a", f"profile={profile}")
    assert fetched_articles(fresh) == {"/news/early-study", "/news/missing", "/news/report.pdf", "/news/broken",
                                       "/news/late-study"}
    assert fresh.hosts() == {"127.0.0.1"}
    assert crawl.records == {"/news/early-study", "/news/late-study"}
    # Error statuses and non-HTML bodies are not dropped by Scrapy.
    assert crawl.quarantined == {"/news/missing": "http_error", "/news/broken": "http_error",
                                 "/news/report.pdf": "not_html_content_type"}
    # A host refusing connections has no readable robots.txt: complete disallow (RFC 9309).
    assert crawl.skipped == {"127.0.0.1/news/unreachable": "robots_txt", "localhost/news/offsite-story": "refused_url"}
    assert crawl.summary["outcomes"] == {"asked": 7, "records": 2, "unchanged": 0, "quarantined": 3, "skipped": 2,
                                         "not_processed": 0, "pending": 0}


def test_harvester_crawl_with_a_profile_since_and_max_pages(fresh: LocalSite, tmp_path: Path) -> None:
    profile = write_profile(tmp_path, fresh, 'feeds = ["feed.xml", "atom.xml"]\nstart_urls = ["/"]')
    crawl = harvester_crawl(tmp_path, str(profile), "--since", "2024-04-01")
    assert crawl.returncode == 0, crawl.log[-3000:]
    # The feed spider (the profile's first start point kind) with pubDate / Atom dates.
    assert fetched_articles(fresh) == crawl.records == {"/news/late-study", "/news/breaking"}
    fresh.clear_log()
    crawl = harvester_crawl(tmp_path, str(profile), "--spider", "crawl", "--max-pages", "1")
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert len(fetched_articles(fresh)) == len(crawl.records) == 1


def free_port() -> int:
    """A port that was free a moment ago: nothing listens there."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_harvester_crawl_fails_when_no_start_point_answers(tmp_path: Path) -> None:
    port = free_port()
    crawl = harvester_crawl(tmp_path, "--sitemap", f"http://127.0.0.1:{port}/sitemap.xml")
    assert crawl.returncode == 1
    # The summary says why, naming the start point that failed.
    assert f"the crawl could not reach its site (no response, or every start point failed); last failure: " \
           f"http://127.0.0.1:{port}/" in crawl.log and "Connection refused" in crawl.log
