"""``scrapy crawl`` whose exit status says whether the crawl could run, as ``harvester crawl``'s does.

Scrapy's own command exits 0 whenever the spider started, even when no page of the site could be
fetched or the output could not be written; a scheduler running ``scrapy crawl`` would take that
for success. The status comes from the one rule ``summary.json`` records
(:func:`harvester.crawl.extensions.crawl_exit_status`).
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import Crawler
from scrapy.spiders import Spider

from harvester.crawl.extensions import crawl_exit_status


class Command(ScrapyCrawlCommand):
    crawler: Crawler | None = None

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        if not self.exitcode and self.crawler is not None and self.crawler.stats is not None:
            self.exitcode = crawl_exit_status(self.crawler.stats.get_stats())
