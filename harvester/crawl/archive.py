"""``--archive``: every response a crawl fetches, with its request, kept in gzipped WARC files.

:class:`ArchiveMiddleware` sits next to the downloader (after every other downloader middleware
on the way in, before them on the way out), so it keeps what went over the wire: the request as
sent and the response as received, compressed body and redirects included, robots.txt,
sitemaps and feeds too. The files go to ``<site dir>/warc/<site>-<run>-<serial>.warc.gz``;
``harvester warc <site dir>/warc --profile <profile>`` extracts them again, with whatever
extractor is current then.

An archive that cannot be written stops the crawl like any other output error: a crawl asked to
keep its pages must not quietly keep only some.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from importlib.metadata import version
from pathlib import Path
from typing import Any, Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from harvester import __version__
from harvester.crawl.context import run_context
from harvester.crawl.names import STAT_ARCHIVE_BYTES, STAT_ARCHIVE_FILES, STAT_ARCHIVE_RESPONSES
from harvester.crawl.runtime import site_slug
from harvester.warc.writer import ArchiveWriter

logger = logging.getLogger(__name__)

ARCHIVE_DIRECTORY = "warc"
# Settings that say how the pages were fetched, named in each file's warcinfo record.
_RECORDED_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "DOWNLOAD_DELAY", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN",
    "AUTOTHROTTLE_ENABLED", "DOWNLOAD_TIMEOUT", "DOWNLOAD_MAXSIZE", "REDIRECT_MAX_TIMES", "RETRY_TIMES",
    "COOKIES_ENABLED",
)


def _headers(headers: Any) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items() for value in values
    ]


class ArchiveMiddleware:
    def __init__(self, crawler: Crawler, writer: ArchiveWriter) -> None:
        self.crawler = crawler
        self.writer = writer
        self._failed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("HARVESTER_ARCHIVE"):
            # Off unless asked for (--archive, archive = true in the profile): nothing to report, so
            # no message, which Scrapy would log as a warning in every crawl.
            raise NotConfigured
        site_dir, run_id = settings.get("HARVESTER_SITE_DIR"), settings.get("HARVESTER_RUN_ID")
        if not site_dir or not run_id:
            raise NotConfigured("no harvester output paths: the spider did not call apply_run_settings")
        site = settings["HARVESTER_SITE"]
        info: dict[str, Any] = {
            "software": f"harvester/{__version__} (warcio/{version('warcio')})",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "isPartOf": site,
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "http-header-user-agent": settings.get("USER_AGENT"),
            "harvester-run": run_id,
            "harvester-settings": {name: settings.get(name) for name in _RECORDED_SETTINGS},
        }
        spider = crawler.spider
        profile = getattr(spider, "site_profile", None)
        if spider is not None:
            info["harvester-spider"] = spider.name
        if profile is not None:
            info["harvester-profile"] = profile.model_dump(mode="json", exclude_defaults=True)
        writer = ArchiveWriter(
            Path(site_dir) / ARCHIVE_DIRECTORY, f"{site_slug(site)}-{run_id}", info,
            max_bytes=settings.getint("HARVESTER_ARCHIVE_MAX_BYTES") or 1_000_000_000,
        )
        middleware = cls(crawler, writer)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if self._failed:
            return response
        try:
            self.writer.write_exchange(
                url=response.url, method=request.method, request_headers=_headers(request.headers),
                request_body=request.body, protocol=response.protocol or "HTTP/1.1", status=response.status,
                reason=_reason(response.status), response_headers=_headers(response.headers), body=response.body,
                ip_address=str(response.ip_address) if response.ip_address is not None else None,
            )
        except OSError as exc:
            self._stop(exc)
            return response
        stats = self.crawler.stats
        stats.inc_value(STAT_ARCHIVE_RESPONSES)
        stats.inc_value(STAT_ARCHIVE_BYTES, len(response.body))
        stats.set_value(STAT_ARCHIVE_FILES, [path.name for path in self.writer.files])
        return response

    def _stop(self, exc: OSError) -> None:
        self._failed = True
        context = run_context(self.crawler)
        message = f"cannot write the crawl's WARC archive in {self.writer.directory}: {exc}"
        logger.error("%s; stopping the crawl", message)
        if context is not None and context.fatal_error is None:
            context.fatal_error = message
        if self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="output_error"))

    def spider_closed(self) -> None:
        self.writer.close()


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
