"""The spiders (``sitemap``, ``feed``, ``crawl``, ``urls``, and ``warc``, which reads web archives
instead of fetching); Scrapy finds them via SPIDER_MODULES."""
