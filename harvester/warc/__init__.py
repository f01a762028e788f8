"""Web archives in and out: reading WARC/ARC files into pages, writing a crawl's exchanges as WARC.

warcio does the format (it reads ARC and WARC, gzipped or not, and writes WARC/1.1 with digests);
this package holds what harvester needs on top, without Scrapy.
"""
