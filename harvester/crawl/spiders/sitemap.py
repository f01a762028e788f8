"""``sitemap``: articles listed in XML sitemaps (indexes, gzipped files, Google News sitemaps).

Scrapy's SitemapSpider does the fetching and gunzipping; its parser flattens each ``<url>`` to
its direct children, which loses ``news:publication_date`` (nested in ``news:news``), so entries
are read with a Sitemap subclass that keeps it for ``since`` filtering.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date
from typing import Any

import lxml.etree
from scrapy import Request
from scrapy.http import Response
from scrapy.spiders import SitemapSpider
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from harvester.crawl.spiders.base import HarvesterSpider

logger = logging.getLogger(__name__)

_PUBLICATION_DATE = "{*}news/{*}publication_date"


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


class ArticleSitemapSpider(HarvesterSpider, SitemapSpider):
    name = "sitemap"
    adhoc_arg = "sitemap"

    async def start(self) -> AsyncIterator[Request]:
        profile = self.site_profile
        if profile.robots_sitemaps:
            yield self.start_request(profile.robots_url(), self.parse_sitemap)
        for url in profile.sitemaps:
            yield self.start_request(profile.resolve(url), self.parse_sitemap)

    def sitemap_filter(self, entries: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        # A sitemap index's lastmod is when that child sitemap last changed: an old one is skipped
        # whole, which is what makes --since cheap on sites with years of archive sitemaps.
        for entry in entries:
            if self.is_fresh(entry_day(entry)):
                yield entry

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                if self.is_allowed(url):
                    yield Request(url, callback=self.parse_sitemap)
            return
        body = self._get_sitemap_body(response)
        if not body:
            logger.warning("not a sitemap, ignored: %s", response.url)
            return
        sitemap = _DatedSitemap(body)
        if sitemap.type == "sitemapindex":
            for entry in self.sitemap_filter(sitemap):
                url = response.urljoin(entry["loc"])
                if self.is_allowed(url):
                    yield Request(url, callback=self.parse_sitemap)
        elif sitemap.type == "urlset":
            for entry in self.sitemap_filter(sitemap):
                url = response.urljoin(entry["loc"])
                if self.is_article_url(url) and (request := self.article_request(url)):
                    yield request
        else:
            logger.warning("not a sitemap (root <%s>), ignored: %s", sitemap.type, response.url)
