"""Politeness across the workers of a distributed crawl: one per-domain delay and concurrency for all.

Scrapy enforces ``DOWNLOAD_DELAY`` and ``CONCURRENT_REQUESTS_PER_DOMAIN`` per process; three
workers would hit a site three times as hard. This downloader middleware (enabled by ``--redis``,
last before the download) takes a slot for the request's host in Redis first, so the limits hold
for the crawl as a whole:

* ``P:polite:next:<host>``: the server time (ms) before which no worker may start a request to
  the host; each request moves it on by the delay (randomised like Scrapy's, 0.5-1.5x).
* ``P:polite:busy:<host>``: the requests in flight to the host (sorted set, member -> expiry), at
  most ``CONCURRENT_REQUESTS_PER_DOMAIN``. An entry expires after ``DOWNLOAD_TIMEOUT`` plus a
  margin, so a killed worker's slots come back on their own.

Redis' own clock (``TIME``) is used, so workers on machines whose clocks differ agree. A request
that has to wait sleeps (asyncio, the reactor keeps running) and asks again. Each worker's own
Scrapy limits still apply on top; AutoThrottle stays per process.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import random
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from harvester.crawl.frontier import distributed_frontier
from harvester.crawl.names import STAT_SHARED_POLITENESS_WAITS

logger = logging.getLogger(__name__)

_SLOT = "harvester_polite_slot"

# Returns 0 when the request may start now (and takes a slot), otherwise milliseconds to wait.
_ACQUIRE = """
local busy, nxt = KEYS[1], KEYS[2]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local delay, limit, ttl, member = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', busy, '-inf', now)
if limit > 0 and redis.call('ZCARD', busy) >= limit then return 50 end
local allowed = tonumber(redis.call('GET', nxt) or '0')
if allowed > now then return allowed - now end
if delay > 0 then redis.call('SET', nxt, now + delay, 'PX', delay + 60000) end
if limit > 0 then
  redis.call('ZADD', busy, now + ttl, member)
  redis.call('PEXPIRE', busy, ttl)
end
return 0
"""


class SharedPolitenessMiddleware:
    def __init__(self, client: Any, prefix: str, worker: str, delay: float, randomize: bool, limit: int,
                 timeout: float) -> None:
        self.client = client
        self.prefix = prefix
        self.worker = worker
        self.delay = delay
        self.randomize = randomize
        self.limit = limit
        self.ttl_ms = int((timeout + 30) * 1000)
        self._acquire = client.register_script(_ACQUIRE)
        self._ids = itertools.count()
        self.stats: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        frontier = distributed_frontier(crawler)
        settings = crawler.settings
        delay = settings.getfloat("DOWNLOAD_DELAY")
        limit = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if delay <= 0 and limit <= 0:
            raise NotConfigured("no per-domain delay or concurrency limit to share")
        middleware = cls(
            frontier.client, frontier.key("polite"), frontier.worker, delay,
            settings.getbool("RANDOMIZE_DOWNLOAD_DELAY", True), limit, settings.getfloat("DOWNLOAD_TIMEOUT", 180),
        )
        middleware.stats = crawler.stats
        return middleware

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        member = f"{self.worker}:{next(self._ids)}"
        delay = self.delay * random.uniform(0.5, 1.5) if self.randomize else self.delay  # noqa: S311 - jitter
        keys = [f"{self.prefix}:busy:{host}", f"{self.prefix}:next:{host}"]
        while True:
            wait_ms = int(self._acquire(keys=keys, args=[int(delay * 1000), self.limit, self.ttl_ms, member]))
            if wait_ms <= 0:
                break
            if self.stats is not None:
                self.stats.inc_value(STAT_SHARED_POLITENESS_WAITS)
            await asyncio.sleep(wait_ms / 1000)
        if self.limit > 0:
            request.meta[_SLOT] = (keys[0], member)

    def _release(self, request: Request) -> None:
        slot = request.meta.pop(_SLOT, None)
        if slot is not None:
            try:
                self.client.zrem(*slot)
            except Exception as exc:  # noqa: BLE001 - the slot expires on its own
                logger.debug("cannot release a politeness slot: %s", exc)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self._release(request)
