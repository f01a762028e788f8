"""``sitemap``: articles listed in XML sitemaps (indexes, gzipped files, Google News sitemaps).

Scrapy's SitemapSpider does the fetching; its parser streams the XML (lxml, entities never
resolved, no network) but flattens each ``<url>`` to its direct children, which loses
``news:publication_date`` (nested in ``news:news``), so entries are read with a Sitemap subclass
that keeps it for ``since`` filtering.

A sitemap is remote input, so reading one is bounded: at most ``HARVESTER_SITEMAP_MAXSIZE`` bytes
(the protocol's 50 MB by default) downloaded or gunzipped, no document that declares XML entities,
each sitemap read once per run even when indexes list each other or themselves, and sitemaps at
most :data:`MAX_SITEMAP_DEPTH` indexes below a start point. A sitemap that breaks a bound is
refused with a logged reason; the rest of the run carries on.
"""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date
from io import BytesIO
from typing import Any

import lxml.etree
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.spiders import SitemapSpider
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure
from w3lib.url import canonicalize_url

from harvester.crawl.names import STAT_SOURCES_FAILED
from harvester.crawl.spiders.base import (
    HarvesterSpider,
    UnusableDocument,
    failure_reason,
    refuse_entity_declarations,
)

logger = logging.getLogger(__name__)

_PUBLICATION_DATE = "{*}news/{*}publication_date"
# The sitemaps protocol allows 50 MB uncompressed per sitemap; DOWNLOAD_MAXSIZE is sized for pages.
SITEMAP_MAXSIZE = 50 * 1024 * 1024
# The protocol has no nested indexes; a few levels allow for real sites, and a server generating an
# endless chain of indexes still comes to an end.
MAX_SITEMAP_DEPTH = 3
_DEPTH = "harvester_sitemap_depth"


class _DatedSitemap(Sitemap):
    def _process_sitemap_element(self, elem: lxml.etree._Element) -> dict[str, Any] | None:
        published = elem.findtext(_PUBLICATION_DATE)
        entry = super()._process_sitemap_element(elem)
        if entry is not None and published:
            entry["publication_date"] = published.strip()
        return entry


def entry_day(entry: dict[str, Any]) -> date | None:
    """The newest of lastmod and news:publication_date, at day resolution (W3C datetimes)."""
    days = []
    for key in ("lastmod", "publication_date"):
        try:
            days.append(date.fromisoformat(entry.get(key, "")[:10]))
        except ValueError:
            continue
    return max(days, default=None)


def read_sitemap(body: bytes) -> _DatedSitemap:
    """The sitemap or sitemap index in ``body``; raises UnusableDocument for anything else."""
    # The prolog first, parsed no further than the root's start tag: Scrapy's Sitemap drops the
    # root element, and with it the DOCTYPE, before the first entry can be looked at.
    prolog = lxml.etree.iterparse(
        BytesIO(body), events=("start",), resolve_entities=False, no_network=True, load_dtd=False, recover=True
    )
    try:
        _, root = next(prolog)
    except (StopIteration, lxml.etree.XMLSyntaxError):
        raise UnusableDocument("not XML") from None
    refuse_entity_declarations(root)
    sitemap = _DatedSitemap(body)
    if sitemap.type not in ("sitemapindex", "urlset"):
        raise UnusableDocument(f"not a sitemap (root element <{sitemap.type}>)")
    return sitemap


class ArticleSitemapSpider(HarvesterSpider, SitemapSpider):
    name = "sitemap"
    adhoc_arg = "sitemap"

    def configure(self) -> None:
        profile = self.site_profile
        self._starts = [profile.resolve(url) for url in profile.sitemaps]
        if profile.robots_sitemaps:
            self._starts.insert(0, profile.robots_url())
        # Start requests bypass the dupefilter, so an index listing a start point (itself, or A -> B
        # -> A) would have it fetched again: such entries are skipped by URL.
        self._start_sitemaps = frozenset(canonicalize_url(url) for url in self._starts)

    def apply_settings(self, settings: Settings) -> None:
        super().apply_settings(settings)
        self._sitemap_maxsize = settings.getint("HARVESTER_SITEMAP_MAXSIZE", SITEMAP_MAXSIZE)

    async def start(self) -> AsyncIterator[Request]:
        for url in self._starts:
            request = self.start_request(url, self.parse_sitemap)
            request.meta["download_maxsize"] = self._sitemap_maxsize
            yield request

    def sitemap_request(self, url: str, depth: int) -> Request:
        return Request(
            url, callback=self.parse_sitemap, errback=self.sitemap_failed,
            meta={_DEPTH: depth, "download_maxsize": self._sitemap_maxsize},
        )

    def sitemap_failed(self, failure: Failure) -> None:
        if failure.check(IgnoreRequest):  # robots.txt or offsite: deliberate
            logger.info("sitemap %s not fetched: %s", failure.request.url, failure.getErrorMessage())
            return
        self.crawler.stats.inc_value(STAT_SOURCES_FAILED)
        logger.warning("sitemap %s failed: %s", failure.request.url, failure_reason(failure))

    def sitemap_filter(self, entries: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        # A sitemap index's lastmod is when that child sitemap last changed: an old one is skipped
        # whole, which is what makes --since cheap on sites with years of archive sitemaps.
        for entry in entries:
            if self.is_fresh(entry_day(entry)):
                yield entry

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        depth = response.meta.get(_DEPTH, 0)
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                if self.is_allowed(url) and canonicalize_url(url) not in self._start_sitemaps:
                    yield self.sitemap_request(url, depth)
            return
        try:
            sitemap = read_sitemap(self.sitemap_body(response))
        except UnusableDocument as exc:
            self.refuse(response, "sitemap", str(exc))
            return
        if sitemap.type == "sitemapindex":
            if depth >= MAX_SITEMAP_DEPTH:
                self.refuse(response, "sitemap index", f"its sitemaps would be {depth + 1} indexes deep "
                            f"(at most {MAX_SITEMAP_DEPTH})")
                return
            for entry in self.sitemap_filter(sitemap):
                url = self.listed_url(response, entry["loc"])
                if url is not None and canonicalize_url(url) not in self._start_sitemaps:
                    yield self.sitemap_request(url, depth + 1)
        else:
            for entry in self.sitemap_filter(sitemap):
                if request := self.listed_article(response, entry["loc"]):
                    yield request

    def sitemap_body(self, response: Response) -> bytes:
        """The body, gunzipped (``.xml.gz`` files) within the size limit of the request."""
        if not gzip_magic_number(response):
            return response.body
        limit = response.meta.get("download_maxsize", self._max_size)
        try:
            return gunzip(response.body, max_size=limit)
        except _DecompressionMaxSizeExceeded:
            raise UnusableDocument(f"more than {limit} bytes once gunzipped (a gzip bomb?)") from None
        except (OSError, EOFError, struct.error, zlib.error) as exc:
            raise UnusableDocument(f"corrupt gzip data: {exc}") from None
