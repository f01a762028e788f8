"""``crawl``: follow links from start pages within the allowed domains, emitting article pages.

With article patterns, a matching link is an article and every other link is only followed.
Without them, every page is a candidate and only those that look like articles (og:type article,
JSON-LD Article, an <article> with a headline) are emitted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.link import Link
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule

from harvester.crawl.items import FetchedPage
from harvester.crawl.names import STAT_NOT_AN_ARTICLE
from harvester.crawl.spiders.base import ARTICLE_STATUSES, HarvesterSpider, looks_like_article


class LinkCrawlSpider(HarvesterSpider, CrawlSpider):
    name = "crawl"
    adhoc_arg = "start"

    def configure(self) -> None:
        profile = self.site_profile
        self._starts = frozenset(profile.resolve(url) for url in profile.start_urls)
        deny = profile.deny_patterns
        # Domains are checked in process_links, not with allow_domains: LinkExtractor compares
        # host:port with the bare domain, so a site on a non-default port would match nothing.
        if profile.article_patterns:
            self.rules = (
                Rule(LinkExtractor(allow=profile.article_patterns, deny=deny), callback="parse_article",
                     errback="article_failed", process_links="on_site", process_request="as_article",
                     follow=True),
                Rule(LinkExtractor(deny=deny), process_links="on_site", process_request="within_budget",
                     follow=True),
            )
        else:
            self.rules = (
                Rule(LinkExtractor(deny=deny), callback="parse_candidate", process_links="on_site",
                     process_request="as_candidate", follow=True),
            )

    async def start(self) -> AsyncIterator[Request]:
        for url in self.site_profile.start_urls:
            # No callback: CrawlSpider's default one applies the rules to the start page.
            yield self.start_request(self.site_profile.resolve(url), None)

    def on_site(self, links: list[Link]) -> list[Link]:
        # Start requests bypass the dupefilter (see start_request), so links back to a start page
        # are dropped here or every page linking home would fetch it again.
        return [link for link in links if self.is_allowed(link.url) and link.url not in self._starts]

    def as_article(self, request: Request, response: Response) -> Request | None:
        if not self.take_budget(request.url):
            return None
        request.meta["handle_httpstatus_list"] = ARTICLE_STATUSES
        return request

    def as_candidate(self, request: Request, response: Response) -> Request | None:
        return request if self.take_budget(request.url) else None

    def within_budget(self, request: Request, response: Response) -> Request | None:
        # Once the article budget is spent, walking more index pages finds nothing to fetch.
        return None if self._budget_spent else request

    def parse_candidate(self, response: Response) -> Iterator[FetchedPage]:
        if isinstance(response, HtmlResponse) and looks_like_article(response):
            yield self.fetched(response)
        else:
            self.crawler.stats.inc_value(STAT_NOT_AN_ARTICLE)
