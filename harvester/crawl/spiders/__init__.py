"""The spiders (``sitemap``, ``feed``, ``crawl``, ``urls``); Scrapy finds them via SPIDER_MODULES."""
