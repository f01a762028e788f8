"""Rebuild the demo site from the golden fixture pages: ``python -m tools.build_demo`` from the checkout.

The fixtures (``fixtures/*.html``) are copied to ``harvester/demo/site/articles/`` and every
page that lists articles is regenerated from them: home and second index page, a tag page, a
sitemap index with a regular sitemap and a gzipped Google News sitemap, RSS and Atom feeds, and
robots.txt. Re-running it after the fixtures change leaves the site consistent; the output is
deterministic, so an unchanged fixture set gives byte-identical files.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import lxml.html

# A development tool: it writes the demo site that the package ships, from the checkout's fixtures.
REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "harvester" / "demo" / "site"
FIXTURES = REPO / "fixtures"
ORIGIN = "{{origin}}"  # replaced by harvester.demo.server with http://127.0.0.1:PORT
# Listed in the sitemap and linked from the home page, yet disallowed by robots.txt: a polite
# crawler never fetches it.
DRAFT = "articles/drafts/upcoming-study.html"
OFFSITE = "https://www.example.org/health/offsite-article.html"
# A record's id is its canonical URL's hash, else its URL's: a fixture without a canonical link gets
# one on this fixed origin, so the demo's record ids do not change with the port the server got.
CANONICAL_ORIGIN = "https://demo-health-news.example"
_HAS_CANONICAL = re.compile(rb"<link\b[^>]*\brel\s*=\s*[\"']?canonical", re.I)
PER_INDEX_PAGE = 6
NEWS_ITEMS = 4
_FALLBACK_DAY = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


@dataclass(frozen=True)
class Article:
    path: str
    headline: str
    published: datetime


def read_article(source: Path, path: str, position: int) -> Article:
    html = source.read_bytes()
    tree = lxml.html.fromstring(html)
    headline = (
        _first(tree.xpath("//meta[@property='og:title']/@content"))
        or _first(tree.xpath("//h1//text()"))
        or _first(tree.xpath("//title/text()"))
        or source.stem.replace("-", " ")
    )
    found = (
        _first(tree.xpath("//meta[@property='article:published_time']/@content"))
        or next(iter(_JSONLD_DATE.findall(html.decode("utf-8", "replace"))), None)
        or _first(tree.xpath("//time/@datetime"))
    )
    return Article(path, " ".join(headline.split()), _parse_day(found) or _FALLBACK_DAY + timedelta(days=position))


def with_canonical(html: bytes, path: str) -> bytes:
    """``html`` with a canonical link on CANONICAL_ORIGIN added when it has none."""
    if _HAS_CANONICAL.search(html):
        return html
    link = f'<link rel="canonical" href="{CANONICAL_ORIGIN}/{path}">'.encode()
    head_end = html.lower().find(b"</head>")
    if head_end < 0:
        raise SystemExit(f"{path}: no </head> to add a canonical link to")
    return html[:head_end] + link + html[head_end:]


def _first(values: list[str]) -> str | None:
    return next((" ".join(v.split()) for v in values if v and v.strip()), None)


def _parse_day(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def build(fixtures: Path = FIXTURES, site: Path = SITE) -> list[Article]:
    sources = sorted(fixtures.glob("*.html"))
    if not sources:
        raise SystemExit(f"no fixture pages in {fixtures}")
    articles_dir = site / "articles"
    if articles_dir.exists():
        shutil.rmtree(articles_dir)
    (articles_dir / "drafts").mkdir(parents=True)
    articles = []
    for position, source in enumerate(sources):
        path = f"articles/{source.name}"
        _write(site / path, with_canonical(source.read_bytes(), path))
        articles.append(read_article(source, path, position))
    articles.sort(key=lambda a: (a.published, a.path), reverse=True)
    _write(site / DRAFT, _page("Upcoming study (draft)", '<article><h1>Upcoming study (draft)</h1>'
                               "<p>Embargoed until publication.</p></article>", og_type="article"))
    _write_indexes(site, articles)
    _write_sitemaps(site, articles)
    _write_feeds(site, articles)
    _write(site / "robots.txt", f"User-agent: *\nDisallow: /articles/drafts/\n\nSitemap: {ORIGIN}/sitemap_index.xml\n")
    return articles


def _write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)


def _page(title: str, body: str, *, og_type: str = "website", depth: int = 0) -> str:
    up = "../" * depth
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)} | Harvester Demo Health News</title>"
        f"<meta property=\"og:type\" content=\"{og_type}\"></head>\n<body>\n"
        f"<nav><a href=\"{up}index.html\">Home</a> <a href=\"{up}tags/health-news.html\">Health news</a> "
        f"<a href=\"{up}about.html\">About</a></nav>\n{body}\n</body></html>\n"
    )


def _listing(articles: list[Article], depth: int) -> str:
    up = "../" * depth
    items = "".join(
        f'<li><a href="{up}{a.path}">{escape(a.headline)}</a> <time datetime="{a.published.date()}">'
        f"{a.published:%d %B %Y}</time></li>\n" for a in articles
    )
    return f"<ul class=\"articles\">\n{items}</ul>"


def _write_indexes(site: Path, articles: list[Article]) -> None:
    first, rest = articles[:PER_INDEX_PAGE], articles[PER_INDEX_PAGE:]
    more = '<p><a href="page2.html">Older articles</a></p>' if rest else ""
    draft = f'<p>Coming soon: <a href="{DRAFT}">an upcoming study</a></p>'
    offsite = f'<p>Elsewhere: <a href="{OFFSITE}">a partner site</a></p>'
    home = f"<h1>Latest health news</h1>\n{_listing(first, 0)}\n{more}\n{draft}\n{offsite}"
    _write(site / "index.html", _page("Latest", home))
    _write(site / "page2.html", _page("Older articles", f"<h1>Older articles</h1>\n{_listing(rest, 0)}"))
    tagged = articles[::2]
    _write(site / "tags" / "health-news.html",
           _page("Health news", f"<h1>Tag: health news</h1>\n{_listing(tagged, 1)}", depth=1))
    _write(site / "about.html", _page("About", "<h1>About this site</h1>\n<p>A demo health-news site bundled with "
                                      "harvester. Its articles are the extractor's golden fixtures.</p>"))


def _write_sitemaps(site: Path, articles: list[Article]) -> None:
    newest = max(a.published for a in articles)
    index = "".join(
        f"  <sitemap><loc>{ORIGIN}/sitemaps/{name}</loc><lastmod>{newest.date()}</lastmod></sitemap>\n"
        for name in ("articles.xml", "news.xml.gz")
    )
    _write(site / "sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{index}</sitemapindex>\n')
    urls = [(f"{ORIGIN}/{a.path}", a.published.date().isoformat()) for a in articles]
    urls += [(f"{ORIGIN}/{DRAFT}", newest.date().isoformat()), (OFFSITE, newest.date().isoformat()),
             (f"{ORIGIN}/about.html", "2024-01-01"), (f"{ORIGIN}/tags/health-news.html", newest.date().isoformat())]
    entries = "".join(f"  <url><loc>{escape(loc)}</loc><lastmod>{day}</lastmod></url>\n" for loc, day in urls)
    _write(site / "sitemaps" / "articles.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n')
    news = "".join(
        f"  <url><loc>{ORIGIN}/{a.path}</loc><news:news><news:publication><news:name>Harvester Demo"
        "</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
        f"<news:title>{escape(a.headline)}</news:title></news:news></url>\n" for a in articles[:NEWS_ITEMS]
    )
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{news}</urlset>\n')
    _write(site / "sitemaps" / "news.xml.gz", gzip.compress(xml.encode("utf-8"), mtime=0))


def _write_feeds(site: Path, articles: list[Article]) -> None:
    newest = max(a.published for a in articles)
    items = "".join(
        f"<item><title>{escape(a.headline)}</title><link>{ORIGIN}/{a.path}</link>"
        f"<guid>{ORIGIN}/{a.path}</guid><pubDate>{format_datetime(a.published.astimezone(UTC))}</pubDate></item>\n"
        for a in articles
    )
    items += f"<item><title>Partner article</title><link>{OFFSITE}</link></item>\n"
    _write(site / "feed.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
           f"<title>Harvester Demo Health News</title><link>{ORIGIN}/</link>"
           f"<description>Latest articles</description>\n{items}</channel></rss>\n")
    entries = "".join(
        f"<entry><title>{escape(a.headline)}</title><link rel=\"alternate\" href=\"{ORIGIN}/{a.path}\"/>"
        f"<id>{ORIGIN}/{a.path}</id><updated>{a.published.isoformat()}</updated></entry>\n" for a in articles
    )
    _write(site / "atom.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
           f"<title>Harvester Demo Health News</title><id>{ORIGIN}/</id><updated>{newest.isoformat()}</updated>\n"
           f"{entries}</feed>\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES, help=f"fixture pages (default {FIXTURES})")
    args = parser.parse_args()
    articles = build(args.fixtures)
    print(json.dumps({"site": str(SITE), "articles": len(articles)}))


if __name__ == "__main__":
    main()
