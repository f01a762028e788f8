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
* Both redirect middlewares (HTTP and meta refresh) refuse a redirect whose target the site
  profile does not allow (:class:`OffsiteRedirect`): Scrapy's offsite filter lets every
  ``dont_filter`` request through, so a start point, sitemap, feed or robots.txt redirecting to
  another host would otherwise be fetched there. A redirect within the site (example.org to
  www.example.org when the profile allows example.org, http to https) is followed as before.
* :class:`StrictRobotsTxtMiddleware`: a robots.txt that cannot be read (5xx, 429, time-out,
  refused connection, an off-site redirect) means "disallow everything" (RFC 9309 2.3.1.4).
"""

from __future__ import annotations

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
from scrapy.robotstxt import RobotParser
from scrapy.settings import BaseSettings
from scrapy.utils.misc import build_from_crawler
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from harvester.crawl.context import RunContext, run_context
from harvester.crawl.delivery import ReplayedRecord
from harvester.crawl.names import (
    STAT_CONDITIONAL, STAT_OFFSITE_REDIRECTS, STAT_RESUME_SKIPPED, STAT_ROBOTS_UNAVAILABLE,
)
from harvester.crawl.pipelines import extraction_key
from harvester.crawl.stopping import DownloadCut, StopControl, stop_control

logger = logging.getLogger(__name__)

_CONDITIONAL_META = "harvester_conditional"


class ResponseRefused(Exception):
    """The response cannot be used: too large once decompressed, or too many redirects."""


class AlreadyHandled(IgnoreRequest):
    """A resumed crawl meets a URL this crawl generation already has an outcome for."""


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host the site profile does not allow: refused, never followed.

    An IgnoreRequest, like the offsite filter's own refusal: deliberate policy, not a failure of
    the page; the spiders write it down as a skip (articles) or a failed start point.
    """

    def __init__(self, source: str, target: str) -> None:
        super().__init__(f"redirect off the site refused: {source} -> {target}")
        self.source = source
        self.target = target


class SameSiteRedirects:
    """Mixin for Scrapy's redirect middlewares: a redirect target must be allowed by the profile.

    Checked here rather than left to the offsite filter, which never looks at ``dont_filter``
    requests (start points and robots.txt are) and, for the others, drops the redirect silently.
    """

    crawler: Crawler

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        spider = self.crawler.spider
        is_allowed = getattr(spider, "is_allowed", None)
        if is_allowed is not None and not is_allowed(redirected.url):
            self.crawler.stats.inc_value(STAT_OFFSITE_REDIRECTS)
            logger.warning("refused a redirect off the site (%s): %s -> %s", reason, request.url, redirected.url)
            raise OffsiteRedirect(request.url, redirected.url)
        return super()._redirect(redirected, request, reason)  # type: ignore[misc]


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


class _RunMiddleware:
    """A middleware of a harvester run: it reads the run's context (state, generation) and is
    switched off (NotConfigured) in a crawl that has none."""

    def __init__(self, crawler: Crawler, context: RunContext) -> None:
        self.crawler = crawler
        self.context = context

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, _context_or_skip(crawler))


class ResumeSkipMiddleware(_RunMiddleware):
    def process_request(self, request: Request) -> None:
        # dont_filter requests are start points (sitemaps, feeds, start pages): always re-read, as
        # they are how the rest of the crawl is found again.
        if request.dont_filter:
            return
        if self.context.state.done_in_generation(request.url, self.context.run.generation):
            self.crawler.stats.inc_value(STAT_RESUME_SKIPPED)
            raise AlreadyHandled(f"already handled in this crawl: {request.url}")


class ConditionalRequestMiddleware(_RunMiddleware):
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

    @property
    def _stop(self) -> StopControl:
        return stop_control(self.crawler)

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
        await self._stop.pause(delay)  # a stopping crawl queues the retry at once, for the resume
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._stop.pause(self.backoff(request))
        return retry


class BoundedDecompressionMiddleware(HttpCompressionMiddleware):
    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:  # raised by the parent only when decompression exceeds the limit
            raise ResponseRefused(str(exc)) from None


class BoundedRedirectMiddleware(SameSiteRedirects, RedirectMiddleware):
    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except OffsiteRedirect:
            raise
        except IgnoreRequest:  # raised by the parent only when REDIRECT_MAX_TIMES is exceeded
            chain = [*request.meta.get("redirect_urls", []), request.url]
            raise ResponseRefused(f"more than {self.max_redirect_times} redirects: {' -> '.join(chain)}") from None


# Scrapy reads a meta refresh in the first 4,096 characters of a page: at most four bytes each.
_REFRESH_HEAD_BYTES = 4 * 4096


class HeadOnlyMetaRefreshMiddleware(SameSiteRedirects, MetaRefreshMiddleware):
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


_DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """A robots.txt that cannot be read means "disallow all", as RFC 9309 2.3.1.4 asks.

    Scrapy parses a 5xx error page as robots.txt, and takes a time-out, a refused connection or any
    other download error as "no robots.txt": both allow everything, and a site whose robots.txt is
    down is exactly the site that wants no extra load. A 4xx still means "no rules" (2.3.1.3). A
    robots.txt redirecting off the site is not followed (:class:`SameSiteRedirects`), so its rules
    are unknown: disallow too.
    """

    _unavailable: dict[str, str]

    def _disallow_all(self, netloc: str, why: str) -> RobotParser:
        logger.warning("robots.txt of %s %s: nothing on that host is crawled in this run (RFC 9309)", netloc, why)
        self.crawler.stats.inc_value(STAT_ROBOTS_UNAVAILABLE)
        if not hasattr(self, "_unavailable"):
            self._unavailable = {}
        self._unavailable[netloc] = f"robots.txt {why}: complete disallow (RFC 9309)"
        return build_from_crawler(self._parserimpl, self.crawler, _DISALLOW_ALL)

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            why = getattr(self, "_unavailable", {}).get(urlparse_cached(request).netloc)
            if why is None:
                raise
            raise IgnoreRequest(f"Forbidden by robots.txt: {why}") from None

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:  # type: ignore[override]
        if response.status >= 500 or response.status == 429:
            self._disallow_all(netloc, f"answered HTTP {response.status}")
            response = response.replace(body=_DISALLOW_ALL)
        await super()._parse_robots(response, netloc, request)

    async def robot_parser(self, request: Request) -> RobotParser | None:
        """Scrapy's, except for what a robots.txt that could not be downloaded means.

        Scrapy logs the error with a traceback (an ERROR that would also mark the run's JOBDIR as
        unusable) and allows everything; here it is a warning and a complete disallow.
        """
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            pending: Deferred[RobotParser | None] = Deferred()
            self._parsers[netloc] = pending
            robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                             meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
            try:
                response = await self.crawler.engine.download_async(robots)
                await self._parse_robots(response, netloc, request)
            except DownloadCut:
                # The crawl is stopping: the rules are unknown, not unreadable. The requests waiting
                # for them go back to the queue (RequeueCutMiddleware); the resume asks again.
                del self._parsers[netloc]
                pending.errback(Failure(DownloadCut(robots.url)))
                pending.addErrback(lambda _: None)  # handled, when no request was waiting
                raise
            except Exception as exc:  # noqa: BLE001 - every way of not getting robots.txt is decided here
                self._unreadable(exc, netloc)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(parser)
        return parser

    def _unreadable(self, exc: Exception, netloc: str) -> None:
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc).__name__}")
        if isinstance(exc, OffsiteRedirect):
            why = f"redirects off the site ({exc.target})"
        else:
            why = f"is unreachable ({type(exc).__name__}: {exc})"
        parser = self._disallow_all(netloc, why)
        pending = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(pending, Deferred):
            pending.callback(parser)
