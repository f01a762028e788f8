"""Middlewares that consult the crawl state or shape how a request is retried.

* :class:`ReplayUndeliveredMiddleware` (spider): first thing in a run, re-emits records an earlier
  run committed but never wrote (see :mod:`harvester.crawl.delivery`).
* :class:`ResumeSkipMiddleware` (downloader): a URL already handled in this crawl generation is
  not fetched again when a stopped or killed crawl is resumed.
* :class:`ConditionalRequestMiddleware` (downloader): ``If-None-Match`` / ``If-Modified-Since``
  from the last good fetch; the pipeline counts a 304 as unchanged.
* :class:`BackoffRetryMiddleware` (downloader): Scrapy's retries, spaced by exponential backoff
  and by ``Retry-After`` on 429/503, so a struggling server is not hammered.
* :class:`BoundedDecompressionMiddleware` and :class:`BoundedRedirectMiddleware` (downloader):
  Scrapy's own, except that a body over DOWNLOAD_MAXSIZE once decompressed (a gzip bomb) and a
  redirect chain over REDIRECT_MAX_TIMES fail the request with :class:`ResponseRefused` instead
  of ``IgnoreRequest``: spiders treat IgnoreRequest as a deliberate skip (robots.txt, offsite),
  while these are failures that must reach the quarantine.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.settings import BaseSettings
from scrapy.utils.response import response_status_message

from harvester.crawl.context import RunContext, run_context
from harvester.crawl.delivery import ReplayedRecord
from harvester.crawl.names import STAT_CONDITIONAL, STAT_RESUME_SKIPPED, STAT_ROBOTS_UNAVAILABLE
from harvester.crawl.pipelines import extraction_key

logger = logging.getLogger(__name__)

_CONDITIONAL_META = "harvester_conditional"


class ResponseRefused(Exception):
    """The response cannot be used: too large once decompressed, or too many redirects."""


def _context_or_skip(crawler: Crawler) -> RunContext:
    context = run_context(crawler)
    if context is None:
        raise NotConfigured("no harvester output paths: the spider did not call apply_run_settings")
    return context


class ReplayUndeliveredMiddleware:
    def __init__(self, context: RunContext) -> None:
        self.context = context

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(_context_or_skip(crawler))

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        replay, self.context.replay = self.context.replay, []
        for delivery in replay:
            yield ReplayedRecord(delivery)
        async for item_or_request in start:
            yield item_or_request


class ResumeSkipMiddleware:
    def __init__(self, crawler: Crawler, context: RunContext) -> None:
        self.crawler = crawler
        self.context = context

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, _context_or_skip(crawler))

    def process_request(self, request: Request) -> None:
        # dont_filter requests are start points (sitemaps, feeds, start pages): always re-read, as
        # they are how the rest of the crawl is found again.
        if request.dont_filter:
            return
        if self.context.state.done_in_generation(request.url, self.context.run.generation):
            self.crawler.stats.inc_value(STAT_RESUME_SKIPPED)
            raise IgnoreRequest(f"already handled in this crawl: {request.url}")


class ConditionalRequestMiddleware:
    def __init__(self, crawler: Crawler, context: RunContext) -> None:
        self.crawler = crawler
        self.context = context

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, _context_or_skip(crawler))

    def _current_key(self) -> str:
        # A page last extracted by another extractor version or profile must be fetched in full.
        profile = getattr(self.crawler.spider, "site_profile", None)
        selectors = dict(getattr(profile, "selectors", None) or {}) or None
        return extraction_key(selectors, getattr(profile, "timezone", None))

    def process_request(self, request: Request) -> None:
        if request.meta.pop(_CONDITIONAL_META, False):
            # A redirect copies the headers set for the previous URL; they do not describe this one.
            request.headers.pop(b"If-None-Match", None)
            request.headers.pop(b"If-Modified-Since", None)
        if b"If-None-Match" in request.headers or b"If-Modified-Since" in request.headers:
            return
        known = self.context.state.page(request.url)
        if known is None or known.body_hash is None or known.extraction_key != self._current_key():
            return
        if not (known.etag or known.last_modified):
            return
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified
        request.meta[_CONDITIONAL_META] = True
        self.crawler.stats.inc_value(STAT_CONDITIONAL)


def retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or HTTP-date); None if absent or bad."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("HARVESTER_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("HARVESTER_RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("HARVESTER_RETRY_AFTER_MAX", 60.0)

    def backoff(self, request: Request) -> float:
        return min(self.backoff_base * 2 ** request.meta.get("retry_times", 0), self.backoff_max)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = self.backoff(request)
        if response.status in (429, 503):
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            if asked is not None and asked > self.retry_after_max:
                logger.info(
                    "%s asks to retry after %.0f s (more than %.0f s): giving up",
                    request.url, asked, self.retry_after_max,
                )
                return response
            if asked is not None:
                delay = max(delay, asked)
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await asyncio.sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self.backoff(request))
        return retry


class BoundedDecompressionMiddleware(HttpCompressionMiddleware):
    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:  # raised by the parent only when decompression exceeds the limit
            raise ResponseRefused(str(exc)) from None


class BoundedRedirectMiddleware(RedirectMiddleware):
    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except IgnoreRequest:  # raised by the parent only when REDIRECT_MAX_TIMES is exceeded
            chain = [*request.meta.get("redirect_urls", []), request.url]
            raise ResponseRefused(f"more than {self.max_redirect_times} redirects: {' -> '.join(chain)}") from None


# Scrapy reads a meta refresh in the first 4,096 characters of a page: at most four bytes each.
_REFRESH_HEAD_BYTES = 4 * 4096


class HeadOnlyMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's, without decoding every page in the crawl process to look for a refresh.

    Scrapy decodes the whole body (and keeps the text with the response) to read the first 4,096
    characters of it: 0.2 ms of the crawl process's 4-5 ms a real page, for text nothing else in
    that process reads. A page whose head does not contain the word "refresh" cannot hold a meta
    refresh (57 of the 1,099 corpus pages have the word there, 607 have "http-equiv"); a head with
    NUL bytes may be UTF-16 or UTF-32, where that byte search sees nothing, and is left to Scrapy.
    """

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if isinstance(response, HtmlResponse):
            head = response.body[:_REFRESH_HEAD_BYTES]
            if b"\0" not in head and b"refresh" not in head.lower():
                return response
        return super().process_response(request, response)


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Treat a robots.txt answering 5xx or 429 as "disallow all", as RFC 9309 2.3.1.4 asks.

    Scrapy parses the error page itself as robots.txt, which allows everything: a site whose
    robots.txt is down is exactly the site that wants no extra load.
    """

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:  # type: ignore[override]
        if response.status >= 500 or response.status == 429:
            logger.warning("robots.txt of %s answered HTTP %d: nothing on that host is crawled in this run (RFC 9309)",
                           netloc, response.status)
            self.crawler.stats.inc_value(STAT_ROBOTS_UNAVAILABLE)
            response = response.replace(body=b"User-agent: *\nDisallow: /\n")
        await super()._parse_robots(response, netloc, request)
