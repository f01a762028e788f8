"""Stopping a crawl on SIGINT / SIGTERM: within seconds, and without losing a URL.

Scrapy's graceful stop (its handler of the first signal) sends no new request and keeps the queue
in the JOBDIR for the resume, but lets every request already taken from the queue run its course:
a page the server holds takes up to ``DOWNLOAD_TIMEOUT`` (30 s), a request waiting for its
download slot up to AutoThrottle's delay, a retry its back-off. So a Ctrl-C'd crawl took half a
minute to stop. Here:

* the first signal starts Scrapy's graceful stop and a grace period of ``HARVESTER_STOP_GRACE``
  seconds (default 5; 0 cuts at once), in which requests in flight may still finish;
* when it ends, whatever is still in flight is cut: downloads under way are cancelled (their
  connections aborted), requests waiting for a download slot, a retry back-off or a shared
  politeness slot are let go, and each goes back into the scheduler's queue (with ``dont_filter``:
  the duplicate filter has seen it). The queue is then saved with the rest, so the resume fetches
  it; nothing cut is quarantined, skipped or counted as an error;
* a second signal ends the process at once (``os._exit``), as safe as ``kill -9``: every state
  write is a transaction, and the next run re-emits the records whose feed lines were lost.

The parts meet through :func:`stop_control` (one :class:`StopControl` per crawler):
:class:`GracefulStop` (extension: the signals, the grace period, the cut),
:class:`StoppableHTTPDownloadHandler` (HTTP downloads a cut can cancel),
:class:`RequeueCutMiddleware` (downloader middleware: a cut request back to the scheduler) and
:meth:`StopControl.pause` (a wait that a cut ends early).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Awaitable
from typing import Any, Self, TypeVar

from scrapy import Request, signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from twisted.python.failure import Failure

from harvester import exit_status

__all__ = [
    "DownloadCut", "GracefulStop", "RequeueCutMiddleware", "STOP_SIGNALS", "StopControl",
    "StoppableHTTPDownloadHandler", "stop_control",
]

logger = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)

_ATTRIBUTE = "_harvester_stop"

_T = TypeVar("_T")


class DownloadCut(Exception):
    """A request in flight when the stop's grace period ended; it goes back to the queue."""


class StopControl:
    """What the stopping parts of one crawl share: the signal that stopped it, and the cut."""

    def __init__(self) -> None:
        # The signal that interrupted the crawl (SIGINT, SIGTERM), if one did.
        self.interrupted_by: int | None = None
        self._cut = asyncio.Event()
        self._downloads: set[asyncio.Task[Any]] = set()

    @property
    def cutting(self) -> bool:
        return self._cut.is_set()

    @property
    def downloads(self) -> int:
        """Downloads under way (sent, not answered)."""
        return len(self._downloads)

    async def cuttable(self, download: Awaitable[_T], request: Request) -> _T:
        """``download``'s result, or :class:`DownloadCut` if the stop cuts it first."""
        if self.cutting:
            raise DownloadCut(request.url)
        task = asyncio.ensure_future(download)
        self._downloads.add(task)
        try:
            return await task
        except asyncio.CancelledError:
            if self.cutting and task.cancelled():
                raise DownloadCut(request.url) from None
            raise
        finally:
            self._downloads.discard(task)

    async def pause(self, seconds: float) -> bool:
        """Wait ``seconds``; False if the stop cut the wait short (the caller should give up waiting)."""
        if self.cutting:
            return False
        try:
            await asyncio.wait_for(self._cut.wait(), seconds)
        except TimeoutError:
            return True
        return False

    def cut(self) -> int:
        """Cut every download under way; returns how many there were."""
        self._cut.set()
        cancelled = 0
        for task in list(self._downloads):
            cancelled += task.cancel()
        return cancelled


def stop_control(crawler: Crawler) -> StopControl:
    """The crawler's :class:`StopControl`, made on first use."""
    control: StopControl | None = getattr(crawler, _ATTRIBUTE, None)
    if control is None:
        control = StopControl()
        setattr(crawler, _ATTRIBUTE, control)
    return control


class StoppableHTTPDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, whose downloads under way a stop can cut (see the module doc)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._control = stop_control(crawler)

    async def download_request(self, request: Request) -> Response:
        return await self._control.cuttable(super().download_request(request), request)


class RequeueCutMiddleware:
    """Downloader middleware next to the downloader: a cut request goes back to the scheduler.

    Returned from ``process_exception``, a request is scheduled again, before the engine lets go of
    the cut one, so the scheduler still takes it and saves it in the JOBDIR with the rest of the
    queue. Requests a component downloads itself (``callback=NO_CALLBACK``: robots.txt) are not
    scheduled again: their component sees the :class:`DownloadCut` and gives up.
    """

    def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if not isinstance(exception, DownloadCut) or request.callback is NO_CALLBACK:
            return None
        return request.replace(dont_filter=True)


class GracefulStop:
    """Watches SIGINT and SIGTERM: a graceful stop, the cut after the grace period, then at once."""

    def __init__(self, crawler: Crawler, grace: float) -> None:
        self.crawler = crawler
        self.grace = grace
        self.control = stop_control(crawler)
        self._timer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(crawler, max(0.0, crawler.settings.getfloat("HARVESTER_STOP_GRACE", 5.0)))
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        from twisted.internet import reactor  # not at import: that would install the default reactor

        # Scrapy installs its shutdown handlers when the reactor starts: wrap them then (``scrapy
        # crawl`` builds extensions once it runs, ``harvester crawl`` before it starts it).
        if reactor.running:
            extension._watch_signals()
        else:
            reactor.callWhenRunning(reactor.callLater, 0, extension._watch_signals)
        return extension

    def _watch_signals(self) -> None:
        for signum in STOP_SIGNALS:
            previous = signal.getsignal(signum)
            if callable(previous):
                signal.signal(signum, self._first_signal(previous))

    def _first_signal(self, previous: Any) -> Any:
        def handler(signum: int, frame: Any) -> None:
            from twisted.internet import reactor

            self.control.interrupted_by = signum
            previous(signum, frame)  # Scrapy's graceful stop (it installs its own second-signal handler)
            for other in STOP_SIGNALS:
                signal.signal(other, _stop_at_once)
            reactor.callFromThread(self._start_grace)  # no logging or timers inside a signal handler

        return handler

    def _start_grace(self) -> None:
        from twisted.internet import reactor

        if self._timer is None and not self.control.cutting:
            self._timer = reactor.callLater(self.grace, self.cut)

    def cut(self) -> None:
        """End the grace period: cut what is in flight, back to the queue (see the module doc)."""
        self._timer = None
        waiting = self._let_go_of_waiting_requests()
        downloading = self.control.cut()
        if waiting or downloading:
            logger.info(
                "stopping: %d downloads under way and %d requests waiting to be sent after %g s"
                " (HARVESTER_STOP_GRACE) go back to the queue for the resume",
                downloading, waiting, self.grace,
            )

    def _let_go_of_waiting_requests(self) -> int:
        """Fail the requests waiting in the downloader's slots (download delay, concurrency) with DownloadCut."""
        engine = self.crawler.engine
        if engine is None:
            return 0
        waiting = 0
        for slot in engine.downloader.slots.values():
            while slot.queue:
                request, deferred = slot.queue.popleft()
                deferred.errback(Failure(DownloadCut(request.url)))
                waiting += 1
        return waiting

    def spider_closed(self) -> None:
        if self._timer is not None and self._timer.active():
            self._timer.cancel()
        self._timer = None


def _stop_at_once(signum: int, frame: Any) -> None:
    """A second SIGINT/SIGTERM: end now. Safe as ``kill -9`` is: every state write is a transaction,
    and the next run re-emits the records whose feed lines were still buffered."""
    message = (f"\n{signal.Signals(signum).name} again: stopping at once; the same command resumes the crawl"
               " and re-emits anything not yet written\n")
    os.write(sys.stderr.fileno(), message.encode())
    os._exit(exit_status.interrupted(signum))
