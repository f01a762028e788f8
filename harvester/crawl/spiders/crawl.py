"""``crawl``: follow links from start pages within the allowed domains, emitting article pages.

With article patterns, a matching link is an article and every other link is only followed.
Without them, every page is a candidate and only those that look like articles (og:type article,
JSON-LD Article, an <article> with a headline) are emitted; the others are written to
``skipped.jsonl`` as not articles, and a candidate that fails (404, time-out) is quarantined.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.link import Link
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule

from harvester.crawl.items import FetchedPage
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
                Rule(LinkExtractor(deny=deny), callback="parse_candidate", errback="article_failed",
                     process_links="on_site", process_request="as_candidate", follow=True),
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
        self.count_asked(request)
        return request

    def as_candidate(self, request: Request, response: Response) -> Request | None:
        # Without article patterns every page of the site is a candidate: each gets an outcome.
        if not self.take_budget(request.url):
            return None
        self.count_asked(request)
        return request

    def within_budget(self, request: Request, response: Response) -> Request | None:
        # Once the article budget is spent, walking more index pages finds nothing to fetch.
        return None if self._budget_spent else request

    def parse_candidate(self, response: Response) -> Iterator[FetchedPage]:
        if isinstance(response, HtmlResponse) and looks_like_article(response):
            yield self.fetched(response)
        else:
            self.skip(response.url, "not_an_article", "no article signs (og:type article, an <article> with its"
                      " <h1>, JSON-LD Article), and no list named it")
