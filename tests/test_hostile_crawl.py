"""The crawler against hostile servers, sitemaps and feeds: every run ends, stays small, says what it
refused, and still crawls what was good.

Each crawl is a real ``scrapy crawl`` subprocess from the repository root against the site of
``httpserver.py`` on 127.0.0.1 (a second server on another port stands for "elsewhere"), run
under a wrapper that reports the process's peak RSS, with a ``timeout`` so that a hang fails the
test instead of blocking it. Several tests read one crawl (module fixtures): each crawl is a few
seconds of subprocess, and the run as a whole has to stay short.

Peak RSS bounds are generous (a crawl process idles near 100 MiB): they are there to catch a bomb
that was expanded, which would take a gibibyte, not to measure.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re
import socket
import struct
import subprocess
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from httpserver import LocalSite, serve

from harvester.crawl.spiders.sitemap import MAX_SITEMAP_DEPTH, SITEMAP_MAXSIZE, ArticleSitemapSpider

# Every test here runs real crawls (subprocesses against servers on 127.0.0.1).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
FAST = [
    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
    "-s", "HARVESTER_RETRY_BACKOFF_BASE=0.05", "-s", "HARVESTER_EXTRACT_WORKERS=0", "-s", "LOG_LEVEL=INFO",
    "-s", "STATS_DUMP=True",
]
# Scrapy's command line in this interpreter, then the process's peak RSS on stderr, however it ends.
# VmHWM, not getrusage: Linux carries the parent's peak (this test process's) into ru_maxrss of a
# child started by fork and exec.
_MEASURED_SCRAPY = (
    "import re, runpy, sys\n"
    "try:\n"
    "    runpy.run_module('scrapy', run_name='__main__', alter_sys=True)\n"
    "finally:\n"
    "    with open('/proc/self/status') as status:\n"
    "        peak = re.search(r'VmHWM:\\s*(\\d+) kB', status.read()).group(1)\n"
    "    print(f'peak_rss_kib={peak}', file=sys.stderr)\n"
)
MIB = 1024 * 1024
BOUNDED_RSS_MIB = 400  # an expanded bomb (1 GiB) could not fit; a crawl that refused it does
CRAWL_TIMEOUT = 90

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head><body><article><h1>{title}</h1>
<p>By Ann Author</p><p>{title}: researchers followed several thousand adults for ten years and
report that regular walking was associated with a lower risk of heart disease.</p>
<p>The finding is observational and cannot show cause and effect, the team says.</p>
</article></body></html>"""
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# Ten levels of ten: expanded, one reference is 10^9 "lol"s (3 GB).
BILLION_LAUGHS = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
)


# -- building hostile input ----------------------------------------------------------------------


@cache
def gzip_bomb() -> bytes:
    """1 GiB of zeros as a valid 1 MB gzip member, built without ever holding the zeros.

    One MiB compressed with a full flush is a self-contained deflate block sequence, so the same
    compressed bytes repeated decompress to the MiB repeated.
    """
    chunk = bytes(MIB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    count = 1024
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    return header + block * count + deflate.flush() + struct.pack("<II", crc, (count * MIB) & 0xFFFFFFFF)


def urlset(*locs: str, doctype: str = "") -> str:
    entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<urlset xmlns="{SITEMAP_NS}">{entries}</urlset>'


def sitemap_index(*locs: str) -> str:
    entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">{entries}</sitemapindex>'


def rss(*links: str, doctype: str = "") -> str:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0"?>\n{doctype}<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'


def offsite_tricks(site: LocalSite) -> list[str]:
    """Entries a sitemap or feed must never have fetched: another host (``localhost``, the same
    server, not allowed) dressed up as 127.0.0.1, malformed URLs, other schemes."""
    port = site.port
    return [
        f"//localhost:{port}/news/protocol-relative",
        f"http://127.0.0.1@localhost:{port}/news/userinfo",
        f"http://127.0.0.1:{port}@localhost:{port}/news/userinfo-with-port",
        f"http://localhost:{port}\\@127.0.0.1:{port}/news/backslash",  # urlsplit says 127.0.0.1; Scrapy fetches localhost
        f"http://localhost:{port}#@127.0.0.1/news/fragment",
        f"http://LOCALHOST:{port}/news/uppercase",
        f"http://127.0.0.1.localhost:{port}/news/suffix",
        f"http://127.0.0.1:{port}:{port}/news/bad-port",
        "http://[127.0.0.1/news/bad-ipv6",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ]


# -- running crawls ----------------------------------------------------------------------------


@dataclass
class Crawl:
    returncode: int
    log: str
    peak_rss_mib: float
    records: set[str]  # URL paths of the records written
    quarantined: dict[str, dict[str, object]]  # URL path -> quarantine entry

    def stat(self, name: str) -> int:
        match = re.search(rf"'{re.escape(name)}': (\d+)", self.log)
        return int(match.group(1)) if match else 0


_runs = itertools.count()


def scrapy_crawl(out_root: Path, spider: str, *args: str) -> Crawl:
    out = out_root / f"out{next(_runs)}"
    command = [sys.executable, "-c", _MEASURED_SCRAPY, "crawl", spider, *args, *FAST, "-a", f"output={out}"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=CRAWL_TIMEOUT)
    peak = re.search(r"peak_rss_kib=(\d+)", done.stderr)
    assert peak, done.stderr[-3000:]
    records = {urlsplit(json.loads(line)["url"]).path
               for path in out.glob("*/records-*.jsonl") for line in path.read_text().splitlines()}
    quarantined = {urlsplit(str(entry["url"])).path: entry
                   for path in out.glob("*/quarantine.jsonl")
                   for entry in map(json.loads, path.read_text().splitlines())}
    crawl = Crawl(done.returncode, done.stderr, int(peak.group(1)) / 1024, records, quarantined)
    print(f"{spider} crawl: exit {crawl.returncode}, peak RSS {crawl.peak_rss_mib:.0f} MiB")
    return crawl


def assert_ran_cleanly(crawl: Crawl) -> None:
    """Exit 0, and nothing raised in a callback, pipeline or signal handler (Scrapy logs those)."""
    failed = re.search(r"Spider error processing|Error processing|Error caught on signal handler|Traceback", crawl.log)
    assert crawl.returncode == 0 and not failed, crawl.log[-4000:]


def write_profile(tmp: Path, site: LocalSite, **fields: list[str]) -> Path:
    path = tmp / "hostile.toml"
    lines = ['name = "hostile"', f'base_url = "{site.origin}/"', 'allowed_domains = ["127.0.0.1"]',
             "article_patterns = ['/news/']"]
    lines += [f"{name} = {json.dumps(values)}" for name, values in fields.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def hits(site: LocalSite) -> Counter[str]:
    return Counter(hit.path for hit in site.log)


def refused(crawl: Crawl, path: str) -> str:
    """The log line refusing the sitemap or feed at ``path``."""
    match = re.search(rf"^.*{re.escape(path)} refused: .*$", crawl.log, re.MULTILINE)
    assert match, f"{path} not refused:\n{crawl.log[-4000:]}"
    return match.group(0)


@pytest.fixture(scope="module")
def elsewhere() -> Iterator[LocalSite]:
    """Another server (another port): what an external entity would make the crawler fetch."""
    with serve() as running:
        running.add("/secret", "top secret", content_type="text/plain")
        running.add("/evil.dtd", '<!ENTITY leak SYSTEM "file:///etc/passwd">', content_type="application/xml-dtd")
        yield running


def entity_doctypes(root: str, elsewhere: LocalSite) -> dict[str, str]:
    return {
        "laughs": f"<!DOCTYPE {root} [{BILLION_LAUGHS}]>",
        "xxe-file": f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        "xxe-http": f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{elsewhere.url("/secret")}">]>',
        "xxe-dtd": f'<!DOCTYPE {root} [<!ENTITY % remote SYSTEM "{elsewhere.url("/evil.dtd")}"> %remote;]>',
    }


ENTITY_REFERENCE = {"laughs": "&lol9;", "xxe-file": "&xxe;", "xxe-http": "&xxe;", "xxe-dtd": "&leak;"}


# -- hostile sitemaps: one crawl, read by several tests --------------------------------------------


@dataclass
class SourceRun:
    site: LocalSite
    elsewhere: LocalSite
    crawl: Crawl


@pytest.fixture(scope="module")
def hostile_sitemaps(tmp_path_factory: pytest.TempPathFactory, elsewhere: LocalSite) -> Iterator[SourceRun]:
    tmp = tmp_path_factory.mktemp("sitemaps")
    with serve() as site:
        o = site.origin
        site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        for name in ("good", "second", "entity-sibling"):
            site.add(f"/news/{name}", ARTICLE.format(title=name))
        starts = []
        for name, doctype in entity_doctypes("urlset", elsewhere).items():
            # The entity sits in a <loc> next to a plain entry: refusing the document means neither is fetched.
            body = urlset(f"{o}/news/{ENTITY_REFERENCE[name]}", f"{o}/news/entity-sibling", doctype=doctype)
            site.add(f"/entities/{name}.xml", body, content_type="application/xml")
            starts.append(f"/entities/{name}.xml")
        site.add("/bomb.xml.gz", gzip_bomb(), content_type="application/gzip")
        site.add("/bomb-encoded.xml", gzip_bomb(), content_type="application/xml", headers={"Content-Encoding": "gzip"})
        site.add("/corrupt.xml.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xffnot deflate at all",
                 content_type="application/gzip")
        site.add("/not-xml.xml", "hello, this is not XML", content_type="application/xml")
        site.add("/html.xml", "<html><body><p>a web page</p></body></html>", content_type="text/html")
        site.add("/self.xml", sitemap_index(f"{o}/self.xml", f"{o}/good.xml"), content_type="application/xml")
        site.add("/cycle-a.xml", sitemap_index(f"{o}/cycle-b.xml"), content_type="application/xml")
        site.add("/cycle-b.xml", sitemap_index(f"{o}/cycle-a.xml", f"{o}/cycle-c.xml"), content_type="application/xml")
        site.add("/cycle-c.xml", sitemap_index(f"{o}/cycle-b.xml", f"{o}/good.xml"), content_type="application/xml")
        for level in range(10):
            site.add(f"/chain/{level}.xml", sitemap_index(f"{o}/chain/{level + 1}.xml"), content_type="application/xml")
        site.add("/good.xml", urlset(f"{o}/news/good", *offsite_tricks(site)), content_type="application/xml")
        site.add("/second.xml", urlset(f"{o}/news/second"), content_type="application/xml")
        starts += ["/bomb.xml.gz", "/bomb-encoded.xml", "/corrupt.xml.gz", "/not-xml.xml", "/html.xml", "/self.xml",
                   "/cycle-a.xml", "/chain/0.xml", "/second.xml"]
        profile = write_profile(tmp, site, sitemaps=starts)
        crawl = scrapy_crawl(tmp, "sitemap", "-a", f"profile={profile}")
        yield SourceRun(site, elsewhere, crawl)


def test_hostile_sitemaps_do_not_stop_the_run(hostile_sitemaps: SourceRun) -> None:
    crawl = hostile_sitemaps.crawl
    assert_ran_cleanly(crawl)
    assert crawl.records == {"/news/good", "/news/second"}
    assert crawl.quarantined == {}
    # Refused: 4 entity documents, the gzipped bomb, corrupt gzip, not XML, HTML, the deepest index.
    assert crawl.stat("harvester/sources_failed") == 9
    # The same but the deepest index (not a start point), and the bomb the middleware refused.
    assert crawl.stat("harvester/start_points_failed") == 9


def test_sitemap_entities_are_never_expanded_nor_fetched(hostile_sitemaps: SourceRun) -> None:
    crawl, site = hostile_sitemaps.crawl, hostile_sitemaps.site
    for name in ENTITY_REFERENCE:
        assert "declares XML entities" in refused(crawl, f"/entities/{name}.xml")
    assert hostile_sitemaps.elsewhere.log == []  # neither /secret nor the external DTD was requested
    # Nothing expanded ("lol...", "root:x:0:0...", "top secret"), cut short ("/news/") or listed
    # beside an entity ("/news/entity-sibling": the document is refused whole).
    assert {path for path in hits(site) if path.startswith("/news/")} == {"/news/good", "/news/second"}


def test_gzip_bomb_sitemaps_are_cut_at_the_size_limit(hostile_sitemaps: SourceRun) -> None:
    crawl = hostile_sitemaps.crawl
    assert f"more than {SITEMAP_MAXSIZE} bytes once gunzipped" in refused(crawl, "/bomb.xml.gz")
    # Content-Encoding: gzip is undone by the decompression middleware, under the same limit.
    assert re.search(r"start point \S+/bomb-encoded.xml failed: \w+: .*exceeded DOWNLOAD_MAXSIZE", crawl.log)
    assert "corrupt gzip data" in refused(crawl, "/corrupt.xml.gz")
    assert crawl.peak_rss_mib < BOUNDED_RSS_MIB


def test_documents_that_are_not_sitemaps_are_refused(hostile_sitemaps: SourceRun) -> None:
    crawl = hostile_sitemaps.crawl
    assert refused(crawl, "/not-xml.xml").endswith("refused: not XML")
    assert refused(crawl, "/html.xml").endswith("refused: not a sitemap (root element <html>)")


def test_sitemap_index_cycles_fetch_each_sitemap_once(hostile_sitemaps: SourceRun) -> None:
    fetched = hits(hostile_sitemaps.site)
    assert {path: fetched[path] for path in ("/self.xml", "/cycle-a.xml", "/cycle-b.xml", "/cycle-c.xml")} == {
        "/self.xml": 1, "/cycle-a.xml": 1, "/cycle-b.xml": 1, "/cycle-c.xml": 1}
    assert fetched["/good.xml"] == 1  # listed by two indexes
    assert fetched["/news/good"] == 1


def test_sitemap_index_nesting_is_bounded(hostile_sitemaps: SourceRun) -> None:
    fetched = hits(hostile_sitemaps.site)
    deepest = MAX_SITEMAP_DEPTH
    assert sorted(path for path in fetched if path.startswith("/chain/")) == [
        f"/chain/{n}.xml" for n in range(deepest + 1)]
    assert (f"its sitemaps would be {deepest + 1} indexes deep (at most {deepest})"
            in refused(hostile_sitemaps.crawl, f"/chain/{deepest}.xml"))


def test_offsite_urls_in_sitemaps_are_never_fetched(hostile_sitemaps: SourceRun) -> None:
    site = hostile_sitemaps.site
    assert site.hosts() == {"127.0.0.1"}
    assert {path for path in hits(site) if path.startswith("/news/")} == {"/news/good", "/news/second"}
    assert hostile_sitemaps.crawl.stat("harvester/listed_urls_refused") == len(offsite_tricks(site))


# -- hostile feeds -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_feeds(tmp_path_factory: pytest.TempPathFactory, elsewhere: LocalSite) -> Iterator[SourceRun]:
    tmp = tmp_path_factory.mktemp("feeds")
    with serve() as site:
        o = site.origin
        site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        for name in ("good", "entity-sibling"):
            site.add(f"/news/{name}", ARTICLE.format(title=name))
        feeds = []
        for name, doctype in entity_doctypes("rss", elsewhere).items():
            body = rss(f"{o}/news/{ENTITY_REFERENCE[name]}", f"{o}/news/entity-sibling", doctype=doctype)
            site.add(f"/entities/{name}.rss", body, content_type="application/rss+xml")
            feeds.append(f"/entities/{name}.rss")
        site.add("/bomb.rss", gzip_bomb(), content_type="application/rss+xml", headers={"Content-Encoding": "gzip"})
        site.add("/page.rss", "<html><body><p>a web page</p></body></html>", content_type="text/html")
        site.add("/good.rss", rss(f"{o}/news/good", *offsite_tricks(site)), content_type="application/rss+xml")
        feeds += ["/bomb.rss", "/page.rss", "/good.rss"]
        profile = write_profile(tmp, site, feeds=feeds)
        crawl = scrapy_crawl(tmp, "feed", "-a", f"profile={profile}")
        yield SourceRun(site, elsewhere, crawl)


def test_feed_entities_are_never_expanded_nor_fetched(hostile_feeds: SourceRun) -> None:
    crawl, site = hostile_feeds.crawl, hostile_feeds.site
    assert_ran_cleanly(crawl)
    assert crawl.records == {"/news/good"}
    for name in ENTITY_REFERENCE:
        assert "declares XML entities" in refused(crawl, f"/entities/{name}.rss")
    assert hostile_feeds.elsewhere.log == []
    assert {path for path in hits(site) if path.startswith("/news/")} == {"/news/good"}
    assert re.search(r"start point \S+/bomb.rss failed: \w+: .*exceeded DOWNLOAD_MAXSIZE", crawl.log)
    assert refused(crawl, "/page.rss").endswith("refused: not an RSS or Atom feed (root element <html>)")
    assert crawl.peak_rss_mib < BOUNDED_RSS_MIB


def test_offsite_urls_in_feeds_are_never_fetched(hostile_feeds: SourceRun) -> None:
    site = hostile_feeds.site
    assert site.hosts() == {"127.0.0.1"}
    assert hostile_feeds.crawl.stat("harvester/listed_urls_refused") == len(offsite_tricks(site))


# -- redirects off the site: one crawl per kind of start point --------------------------------------


@dataclass
class RedirectRuns:
    site: LocalSite
    elsewhere: LocalSite
    crawls: dict[str, Crawl]


@pytest.fixture(scope="module")
def offsite_redirects(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedirectRuns]:
    """Start points, a child sitemap and articles on 127.0.0.1 that redirect to ``localhost`` on
    another server (not allowed), next to redirects within the site (followed)."""
    tmp = tmp_path_factory.mktemp("redirects")
    with serve() as site, serve() as elsewhere:
        o, away = site.origin, elsewhere.url("", host="localhost")
        elsewhere.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        elsewhere.add("/sitemap.xml", urlset(f"{away}/news/story"), content_type="application/xml")
        elsewhere.add("/feed.rss", rss(f"{away}/news/story"), content_type="application/rss+xml")
        elsewhere.add("/news/story", ARTICLE.format(title="elsewhere"))
        site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        for name in ("good", "moved-here"):
            site.add(f"/news/{name}", ARTICLE.format(title=name))

        def moved(path: str, target: str, status: int = 302) -> None:
            site.add(path, "", status=status, headers={"Location": target})

        moved("/moved.xml", f"{away}/sitemap.xml")
        moved("/moved.rss", f"{away}/feed.rss")
        moved("/moved-home", f"{away}/news/story")
        moved("/child-moved.xml", f"{away}/sitemap.xml")
        moved("/news/moved", f"{o}/news/moved-here", status=301)  # within the site: followed
        moved("/news/away", f"{away}/news/story")
        site.add("/news/refresh-away", f'<html><head><meta http-equiv="refresh" content="0; url={away}/news/story">'
                 "</head><body>moved</body></html>")
        site.add("/index.xml", sitemap_index(f"{o}/child-moved.xml", f"{o}/articles.xml"),
                 content_type="application/xml")
        site.add("/articles.xml", urlset(f"{o}/news/good", f"{o}/news/moved", f"{o}/news/away",
                                         f"{o}/news/refresh-away"), content_type="application/xml")
        site.add("/feed.rss", rss(f"{o}/news/good", f"{o}/news/away"), content_type="application/rss+xml")
        site.add("/home", f'<html><body><a href="{o}/news/good">good</a></body></html>')
        runs = {}
        for spider, starts in (("sitemap", {"sitemaps": ["/moved.xml", "/index.xml"]}),
                               ("feed", {"feeds": ["/moved.rss", "/feed.rss"]}),
                               ("crawl", {"start_urls": ["/moved-home", "/home"]})):
            (tmp / spider).mkdir()
            profile = write_profile(tmp / spider, site, **starts)
            runs[spider] = scrapy_crawl(tmp, spider, "-a", f"profile={profile}")
        yield RedirectRuns(site, elsewhere, runs)


@pytest.mark.slow
def test_offsite_redirects_are_refused_counted_and_reported(offsite_redirects: RedirectRuns) -> None:
    assert offsite_redirects.elsewhere.log == []
    for spider, crawl in offsite_redirects.crawls.items():
        assert_ran_cleanly(crawl)
        assert "/news/good" in crawl.records, spider
        assert re.search(r"refused a redirect off the site \(302\): \S+/moved[.\w-]+ -> http://localhost:", crawl.log)
    sitemap, feed, crawl = (offsite_redirects.crawls[name] for name in ("sitemap", "feed", "crawl"))
    # The start point, the child sitemap, an article and an article's meta refresh.
    assert sitemap.stat("harvester/offsite_redirects") == 4
    assert re.search(r"start point \S+/moved.xml failed: OffsiteRedirect", sitemap.log)
    assert feed.stat("harvester/offsite_redirects") == 2
    assert crawl.stat("harvester/offsite_redirects") == 1
    assert sitemap.stat("harvester/start_points_failed") == feed.stat("harvester/start_points_failed") == 1


@pytest.mark.slow
def test_redirects_within_the_site_are_followed(offsite_redirects: RedirectRuns) -> None:
    sitemap = offsite_redirects.crawls["sitemap"]
    assert "/news/moved-here" in sitemap.records
    assert sitemap.stat("downloader/response_status_count/301") == 1


def test_a_same_site_redirect_is_allowed_by_an_adhoc_profile() -> None:
    """example.org -> www.example.org and http -> https stay within the site of an ad-hoc start."""
    spider = ArticleSitemapSpider(sitemap="http://example.org/sitemap.xml")
    assert spider.is_allowed("https://www.example.org/sitemap.xml")
    assert spider.is_allowed("https://example.org/news/a")
    assert not spider.is_allowed("https://example.org.evil.test/sitemap.xml")
    assert not spider.is_allowed("https://cdn.example.net/sitemap.xml")


# -- faulty servers: one URL-list crawl, read by several tests -------------------------------------

# DOWNLOAD_TIMEOUT for this crawl: short, but long enough that no page that answers at once times out
# on a loaded machine.
TIMEOUT = 3.0

FAULTY = {
    "/news/good": {},
    "/news/error-500": {"body": "boom", "status": 500, "content_type": "text/plain"},
    "/news/busy-503": {"body": "busy", "status": 503, "content_type": "text/plain", "headers": {"Retry-After": "1"}},
    "/news/limited-429": {"body": "slow down", "status": 429, "content_type": "text/plain",
                          "headers": {"Retry-After": "1"}},
    "/news/come-back-tomorrow": {"body": "later", "status": 503, "content_type": "text/plain",
                                 "headers": {"Retry-After": "86400"}},
    "/news/hangs": {"body": ARTICLE.format(title="late"), "delay": 4 * TIMEOUT},
    "/news/trickles": {"body": "<p>", "endless": True, "chunk_delay": 0.2},
    "/news/cut-short": {"body": ARTICLE.format(title="cut") * 10, "truncate": 300},
    "/news/endless": {"body": "<p>" + "x" * 65536, "endless": True},
    "/news/redirects-to-itself": {"status": 302, "headers": {"Location": "/news/redirects-to-itself"}},
    "/news/loop-a": {"status": 301, "headers": {"Location": "/news/loop-b"}},
    "/news/loop-b": {"status": 301, "headers": {"Location": "/news/loop-a"}},
    **{f"/news/chain-{n}": {"status": 302, "headers": {"Location": f"/news/chain-{n + 1}"}} for n in range(12)},
}
# loop-b and the chain's later links are reached by redirects only.
LISTED = [*(path for path in FAULTY if path != "/news/loop-b" and not path.startswith("/news/chain-")),
          "/news/chain-0", "/news/gzip-bomb"]


@dataclass
class FaultyRun:
    site: LocalSite
    crawl: Crawl

    def reason(self, path: str) -> tuple[str, str]:
        entry = self.crawl.quarantined[path]
        return str(entry["reason"]), str(entry["error"])


@pytest.fixture(scope="module")
def faulty_pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultyRun]:
    tmp = tmp_path_factory.mktemp("faulty")
    with serve() as site:
        site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        for path, page in FAULTY.items():
            options = dict(page)
            site.add(path, options.pop("body", ARTICLE.format(title=path)), **options)
        site.add("/news/gzip-bomb", gzip_bomb(), headers={"Content-Encoding": "gzip"})
        urls = tmp / "urls.txt"
        urls.write_text("".join(site.url(path) + "\n" for path in LISTED), encoding="utf-8")
        crawl = scrapy_crawl(tmp, "urls", "-a", f"urls={urls}", "-s", f"DOWNLOAD_TIMEOUT={TIMEOUT}",
                             "-s", "HARVESTER_RETRY_AFTER_MAX=5")
        yield FaultyRun(site, crawl)


def test_faulty_pages_end_quarantined_and_the_run_carries_on(faulty_pages: FaultyRun) -> None:
    crawl = faulty_pages.crawl
    assert_ran_cleanly(crawl)
    assert crawl.records == {"/news/good"}
    # Every listed URL ends somewhere: a record, or a quarantine entry with a reason.
    assert set(crawl.quarantined) | crawl.records == set(LISTED)
    assert all(entry["reason"] and entry["error"] for entry in crawl.quarantined.values())


def test_server_errors_are_retried_then_quarantined(faulty_pages: FaultyRun) -> None:
    assert hits(faulty_pages.site)["/news/error-500"] == 2  # RETRY_TIMES=1
    assert faulty_pages.reason("/news/error-500") == ("http_error", "HTTP 500")


def test_retry_after_is_honoured_within_a_bound(faulty_pages: FaultyRun) -> None:
    fetched = hits(faulty_pages.site)
    assert fetched["/news/busy-503"] == fetched["/news/limited-429"] == 2
    assert faulty_pages.reason("/news/busy-503") == ("http_error", "HTTP 503")
    assert faulty_pages.reason("/news/limited-429") == ("http_error", "HTTP 429")
    # A day-long Retry-After is not waited for: given up at once, and said so.
    assert fetched["/news/come-back-tomorrow"] == 1
    assert re.search(r"come-back-tomorrow asks to retry after 86400 s .*giving up", faulty_pages.crawl.log)


def test_timeouts_and_trickling_bodies_are_quarantined(faulty_pages: FaultyRun) -> None:
    for path in ("/news/hangs", "/news/trickles"):
        reason, error = faulty_pages.reason(path)
        assert reason == "fetch_failed" and f"took longer than {TIMEOUT:.1f} seconds" in error, (path, error)


def test_connection_closed_mid_body_is_quarantined(faulty_pages: FaultyRun) -> None:
    assert faulty_pages.reason("/news/cut-short") == ("fetch_failed", "ResponseDataLossError: ")


def test_endless_body_is_cut_at_download_maxsize(faulty_pages: FaultyRun) -> None:
    assert faulty_pages.reason("/news/endless")[0] == "fetch_failed"
    assert re.search(r"Received \d+ bytes which is larger than download max size \(16777216\) in request "
                     r"<GET \S+/news/endless>", faulty_pages.crawl.log)


def test_gzip_bomb_page_is_quarantined_with_bounded_memory(faulty_pages: FaultyRun) -> None:
    reason, error = faulty_pages.reason("/news/gzip-bomb")
    assert reason == "fetch_failed" and "exceeded DOWNLOAD_MAXSIZE (16777216 B) during decompression" in error
    assert faulty_pages.crawl.peak_rss_mib < BOUNDED_RSS_MIB


def test_redirect_loops_and_chains_terminate_and_are_quarantined(faulty_pages: FaultyRun) -> None:
    fetched = hits(faulty_pages.site)
    assert faulty_pages.reason("/news/redirects-to-itself")[0] == "redirect_loop"
    assert faulty_pages.reason("/news/loop-a")[0] == "redirect_loop"
    assert fetched["/news/loop-a"] == fetched["/news/loop-b"] == 1
    reason, error = faulty_pages.reason("/news/chain-0")  # the URL as listed; the error names the chain
    assert reason == "fetch_failed" and "more than 5 redirects" in error and "/news/chain-5" in error
    assert sorted(path for path in fetched if path.startswith("/news/chain-")) == [
        f"/news/chain-{n}" for n in range(6)]


# -- one sitemap, 200,000 URLs ----------------------------------------------------------------


def test_sitemap_with_200000_urls_stays_bounded(tmp_path: Path) -> None:
    """Four times the protocol's 50,000 entries, 28 MB uncompressed: more than DOWNLOAD_MAXSIZE (a
    page limit), less than the protocol's 50 MB sitemap limit. Only the last three entries are
    article URLs, so the three records prove every entry was read."""
    with serve() as site:
        site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        slug = "a-long-slug-about-walking-and-heart-disease"
        count = 200_000
        paths = [f"/{'news' if n >= count - 3 else 'tag'}/2024/05/{n % 28 + 1:02d}/{slug}-{n:06d}" for n in range(count)]
        xml = urlset(*(site.origin + path for path in paths)).encode()
        assert 16 * MIB < len(xml) < SITEMAP_MAXSIZE
        site.add("/huge.xml.gz", gzip.compress(xml, compresslevel=1), content_type="application/gzip")
        del xml
        for path in paths[-3:]:
            site.add(path, ARTICLE.format(title=path))
        profile = write_profile(tmp_path, site, sitemaps=["/huge.xml.gz"])
        crawl = scrapy_crawl(tmp_path, "sitemap", "-a", f"profile={profile}")
    assert_ran_cleanly(crawl)
    assert crawl.records == set(paths[-3:])
    assert hits(site) == Counter({"/robots.txt": 1, "/huge.xml.gz": 1, **{path: 1 for path in paths[-3:]}})
    assert crawl.peak_rss_mib < BOUNDED_RSS_MIB


# -- robots.txt --------------------------------------------------------------------------------


@dataclass
class RobotsRun:
    missing: LocalSite
    garbage: LocalSite
    failing: LocalSite
    hanging: LocalSite
    redirecting: LocalSite
    refused_url: str
    crawl: Crawl


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on: connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def robots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RobotsRun]:
    """Sites on their own ports (so their own robots.txt): 404, garbage, 503, a robots.txt that
    never answers in time, one redirecting to another host, and a host refusing connections."""
    tmp = tmp_path_factory.mktemp("robots")
    with serve() as missing, serve() as garbage, serve() as failing, serve() as hanging, serve() as redirecting:
        garbage.add("/robots.txt", random.Random(0).randbytes(4096) + b"<html><p>" * 1000, content_type="text/plain")
        failing.add("/robots.txt", "down for maintenance", status=503, content_type="text/plain")
        hanging.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain", delay=ROBOTS_TIMEOUT * 3)
        redirecting.add("/robots.txt", "", status=301,
                        headers={"Location": missing.url("/robots.txt", host="localhost")})
        sites = (missing, garbage, failing, hanging, redirecting)
        for site in sites:
            site.add("/news/story", ARTICLE.format(title="story"))
        refused_url = f"http://127.0.0.1:{closed_port()}/news/story"
        urls = tmp / "urls.txt"
        urls.write_text("".join(site.url("/news/story") + "\n" for site in sites) + refused_url + "\n")
        crawl = scrapy_crawl(tmp, "urls", "-a", f"urls={urls}", "-s", f"DOWNLOAD_TIMEOUT={ROBOTS_TIMEOUT}")
        yield RobotsRun(missing, garbage, failing, hanging, redirecting, refused_url, crawl)


# Short, so the hanging robots.txt costs little; long enough for a loaded machine to answer the rest.
ROBOTS_TIMEOUT = 2


def test_missing_or_garbage_robots_txt_lets_the_crawl_proceed(robots: RobotsRun) -> None:
    assert_ran_cleanly(robots.crawl)
    for site in (robots.missing, robots.garbage):
        assert hits(site) == Counter({"/robots.txt": 1, "/news/story": 1})
    assert robots.crawl.stat("robotstxt/response_status_count/404") == 1
    assert robots.crawl.records == {"/news/story"}


def test_robots_txt_5xx_disallows_the_site(robots: RobotsRun) -> None:
    """RFC 9309 2.3.1.4: a robots.txt the server cannot serve means "assume complete disallow"."""
    assert "/news/story" not in hits(robots.failing)
    assert re.search(r"robots\.txt of \S+ answered HTTP 503", robots.crawl.log)


@pytest.mark.slow
def test_unreachable_robots_txt_disallows_the_site(robots: RobotsRun) -> None:
    """RFC 9309 2.3.1.4 again: a time-out or a refused connection is unreachable, not "no rules"."""
    crawl = robots.crawl
    assert "/news/story" not in hits(robots.hanging)
    port = urlsplit(robots.refused_url).port
    for netloc, error in ((f"127.0.0.1:{robots.hanging.port}", "TimeoutError"),
                          (f"127.0.0.1:{port}", "ConnectionRefusedError")):
        assert re.search(rf"robots\.txt of {netloc} is unreachable \(\w*{error}", crawl.log), crawl.log[-3000:]
    assert crawl.stat("robotstxt/unavailable") == 4  # 503, time-out, refused, redirected away


@pytest.mark.slow
def test_robots_txt_redirecting_off_the_site_is_not_followed_and_disallows(robots: RobotsRun) -> None:
    assert robots.missing.fetched("localhost") == set()
    assert hits(robots.redirecting) == Counter({"/robots.txt": 1})
    assert re.search(rf"robots\.txt of 127\.0\.0\.1:{robots.redirecting.port} redirects off the site", robots.crawl.log)


# -- output paths ------------------------------------------------------------------------------


def harvester_crawl(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harvester.cli", "crawl", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=CRAWL_TIMEOUT)


def tree(path: Path) -> set[str]:
    return {str(entry.relative_to(path)) for entry in path.rglob("*")}


def test_hostile_site_names_cannot_name_a_directory(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "out").mkdir(parents=True)
    profile = tmp_path / "escape.toml"
    profile.write_text('name = "../../escape"\nallowed_domains = ["127.0.0.1"]\nsitemaps = ["http://127.0.0.1/s.xml"]\n')
    for args in (["--start", "http://../../etc/"], ["--start", "http://..%2f..%2fetc/"], [str(profile)]):
        done = harvester_crawl(work, *args, "-o", "out")
        assert done.returncode == 2, (args, done.stderr[-2000:])
        assert "field name" in done.stderr, done.stderr  # the site name is refused, with the field named
    assert tree(tmp_path) == {"work", "work/out", "escape.toml"}


def test_site_directory_symlinked_elsewhere_is_refused(tmp_path: Path) -> None:
    with serve() as site:
        site.add("/news/story", ARTICLE.format(title="story"))
        urls = tmp_path / "urls.txt"
        urls.write_text(site.url("/news/story") + "\n")
        out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
        out.mkdir()
        elsewhere.mkdir()
        (out / "127.0.0.1").symlink_to(elsewhere)
        done = harvester_crawl(tmp_path, "--urls", str(urls), "-o", str(out))
        assert done.returncode == 1, done.stderr[-2000:]
        assert "outside" in done.stderr
        assert list(elsewhere.iterdir()) == []
        assert site.log == []
