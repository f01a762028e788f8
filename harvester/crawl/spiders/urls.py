"""``urls``: a given list of article URLs (the profile's ``urls`` / ``url_list``, or ``-a urls=FILE``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from scrapy import Request

from harvester.crawl.spiders.base import HarvesterSpider


class UrlListSpider(HarvesterSpider):
    name = "urls"
    adhoc_arg = "urls"

    async def start(self) -> AsyncIterator[Request]:
        for url in self.url_list():
            if not self.is_allowed(url):
                self.count_asked(url)
                self.skip(url, "refused_url", "not an http(s) URL of an allowed domain")
            elif request := self.article_request(url):
                yield request
