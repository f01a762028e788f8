"""The shared frontier of a distributed crawl: a reliable request queue and duplicate filter in Redis.

Not scrapy-redis: its queue pops a request and forgets it, so a worker killed with requests in
flight loses them, and its spiders start from ``start_requests()``, which Scrapy 2.16+ no longer
calls. What harvester needs of it is a priority queue and a fingerprint set; written here on
redis-py, with what it lacks: leases.

* **Queue.** ``P:queue`` (sorted set: request id by -priority, ids in push order so one priority
  is first in, first out) and ``P:requests`` (id -> the request as Scrapy's own ``to_dict``,
  pickled, as JOBDIR stores it). Push filters on ``P:seen`` (request fingerprints) in the same
  script, so two workers finding one link queue it once.
* **Leases.** Popping moves a request to ``P:leases`` (id -> worker) and ``P:leased:<worker>``
  (id -> priority): it stays owned, not gone. It is acknowledged (deleted) only once Scrapy is
  done with it: downloaded, its callback run, every request it yielded queued and every item it
  yielded through the pipeline, so its record is committed to the shared state. A redirect or a
  retry is queued as a new request before the old one is acknowledged.
* **Visibility timeout.** Each worker keeps ``P:alive:<worker>`` alive with a TTL
  (``HARVESTER_REDIS_LEASE_TIMEOUT``, refreshed three times per period from a thread of its
  own). A worker killed with SIGKILL stops refreshing it; once it expires, the next worker that
  finds the queue empty puts that worker's leases back in the queue (``reap``). A graceful stop
  puts its own back at once.
* **Start.** The first worker of a generation claims seeding and queues every start request at
  once; the others skip ``start()``, or take seeding over if the seeder died before finishing it.
* **End.** A worker stops when the queue is empty, no request is leased by anyone, and seeding
  is done: the crawl is over for everyone. An idle worker looks at the queue every
  ``HARVESTER_REDIS_POLL_INTERVAL`` seconds; one that loses Redis stops with a clear error.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import threading
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Self

from redis.exceptions import RedisError
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.request import request_from_dict

from harvester.crawl.context import RunContext, run_context

if TYPE_CHECKING:
    import redis

logger = logging.getLogger(__name__)

LEASE = "harvester_lease"
DEFAULT_LEASE_TIMEOUT = 30.0
# Requests popped per round trip: a worker keeps at most this many more than it is downloading.
_POP_BATCH = 4
# The seeder lets the reactor run after queuing this many start requests.
_SEED_YIELD_EVERY = 200

_PUSH = """
local queue, requests, seen, seq = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
if ARGV[1] ~= '' and redis.call('SADD', seen, ARGV[1]) == 0 then return 0 end
local id = string.format('%014d', redis.call('INCR', seq))
redis.call('HSET', requests, id, ARGV[2])
redis.call('ZADD', queue, ARGV[3], id)
return 1
"""

_POP = """
local queue, requests, leases, mine = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local items = redis.call('ZRANGE', queue, 0, tonumber(ARGV[2]) - 1, 'WITHSCORES')
local out = {}
for i = 1, #items, 2 do
  local id, score = items[i], items[i + 1]
  redis.call('ZREM', queue, id)
  redis.call('HSET', leases, id, ARGV[1])
  redis.call('ZADD', mine, score, id)
  table.insert(out, id)
  table.insert(out, redis.call('HGET', requests, id))
end
return out
"""

_ACK = """
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return redis.call('ZREM', KEYS[3], ARGV[1])
"""

# Put back the leases of workers whose alive key expired (or of ARGV[2], a worker stopping).
_REAP = """
local workers, queue, leases, prefix = KEYS[1], KEYS[2], KEYS[3], ARGV[1]
local candidates = redis.call('SMEMBERS', workers)
if ARGV[2] ~= '' then candidates = {ARGV[2]} end
local moved = 0
for _, worker in ipairs(candidates) do
  if ARGV[2] ~= '' or redis.call('EXISTS', prefix .. 'alive:' .. worker) == 0 then
    local mine = prefix .. 'leased:' .. worker
    local items = redis.call('ZRANGE', mine, 0, -1, 'WITHSCORES')
    for i = 1, #items, 2 do
      redis.call('ZADD', queue, items[i + 1], items[i])
      redis.call('HDEL', leases, items[i])
      moved = moved + 1
    end
    redis.call('DEL', mine)
    redis.call('SREM', workers, worker)
  end
end
return moved
"""

_CLAIM_SEEDING = """
local crawl, prefix, worker = KEYS[1], ARGV[1], ARGV[2]
if redis.call('HGET', crawl, 'seeded') == '1' then return -1 end
local seeder = redis.call('HGET', crawl, 'seeder')
if seeder and seeder ~= worker and redis.call('EXISTS', prefix .. 'alive:' .. seeder) == 1 then return 0 end
redis.call('HSET', crawl, 'seeder', worker)
return 1
"""

# A generation is finished when nothing is queued or leased and its start points were all listed.
_FINISH = """
local crawl, queue, leases = KEYS[1], KEYS[2], KEYS[3]
if redis.call('HGET', crawl, 'seeded') ~= '1' then return 0 end
if redis.call('ZCARD', queue) > 0 or redis.call('HLEN', leases) > 0 then return 0 end
redis.call('HSET', crawl, 'status', 'finished')
return 1
"""


class Frontier:
    """The Redis side of the shared queue, one per worker; every method is one round trip."""

    def __init__(self, client: redis.Redis, prefix: str, worker: str, lease_timeout: float) -> None:
        self.client = client
        self.prefix = prefix
        self.worker = worker
        self.lease_timeout = lease_timeout
        self._push = client.register_script(_PUSH)
        self._pop = client.register_script(_POP)
        self._ack = client.register_script(_ACK)
        self._reap = client.register_script(_REAP)
        self._claim = client.register_script(_CLAIM_SEEDING)
        self._finish = client.register_script(_FINISH)

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def heartbeat(self) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.set(self.key("alive", self.worker), 1, px=int(self.lease_timeout * 1000))
        pipe.sadd(self.key("workers"), self.worker)
        pipe.execute()

    def push(self, fingerprint: str, data: bytes, priority: int) -> bool:
        return bool(self._push(
            keys=[self.key("queue"), self.key("requests"), self.key("seen"), self.key("seq")],
            args=[fingerprint, data, -priority],
        ))

    def pop(self, count: int) -> list[tuple[str, bytes]]:
        flat = self._pop(
            keys=[self.key("queue"), self.key("requests"), self.key("leases"), self.key("leased", self.worker)],
            args=[self.worker, count],
        )
        return [(flat[i].decode(), flat[i + 1]) for i in range(0, len(flat), 2)]

    def ack(self, lease: str) -> None:
        self._ack(keys=[self.key("requests"), self.key("leases"), self.key("leased", self.worker)], args=[lease])

    def reap(self, worker: str = "") -> int:
        """Put back the leases of dead workers (or all of ``worker``'s); how many went back."""
        return int(self._reap(
            keys=[self.key("workers"), self.key("queue"), self.key("leases")], args=[self.key(""), worker],
        ))

    def pending(self) -> int:
        pipe = self.client.pipeline(transaction=False)
        pipe.zcard(self.key("queue"))
        pipe.hlen(self.key("leases"))
        queued, leased = pipe.execute()
        return int(queued) + int(leased)

    def claim_seeding(self) -> int:
        """1: this worker seeds; 0: a live worker is seeding; -1: seeding is done."""
        return int(self._claim(keys=[self.key("crawl")], args=[self.key(""), self.worker]))

    def seeding_done(self) -> None:
        self.client.hset(self.key("crawl"), "seeded", "1")

    def finish(self) -> bool:
        return bool(self._finish(keys=[self.key("crawl"), self.key("queue"), self.key("leases")]))

    def retire(self) -> None:
        self.client.delete(self.key("alive", self.worker))


def distributed_frontier(crawler: Crawler) -> Frontier:
    """The crawl's shared frontier; NotConfigured (the component stays off) on one machine."""
    context = run_context(crawler)
    if context is None or context.frontier is None:
        raise NotConfigured("not a distributed crawl (harvester crawl --redis)")
    return context.frontier


class _Heartbeat(threading.Thread):
    """Keeps this worker's alive key fresh from its own thread.

    Not from the reactor: a reactor busy for a few seconds (start-up, a large page) would let the
    key expire and hand a live worker's requests to others. Only the process dying stops it.
    """

    def __init__(self, frontier: Frontier) -> None:
        super().__init__(name="harvester-redis-heartbeat", daemon=True)
        self.frontier = frontier
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.frontier.lease_timeout / 3):
            try:
                self.frontier.heartbeat()
            except Exception as exc:  # noqa: BLE001 - retried next period; the lease outlives one miss
                logger.warning("cannot refresh this worker's lease in Redis: %s", exc)

    def stop(self) -> None:
        self._stopped.set()
        self.join(timeout=5)


class RedisScheduler:
    """A Scrapy scheduler (``SCHEDULER``) over :class:`Frontier`; set by ``--redis``."""

    def __init__(self, crawler: Crawler, context: RunContext, frontier: Frontier) -> None:
        self.crawler = crawler
        self.context = context
        self.frontier = frontier
        self.stats = crawler.stats
        self.fingerprinter = crawler.request_fingerprinter
        self.spider: Spider | None = None
        self._local: list[Request] = []
        self._heartbeat: _Heartbeat | None = None
        self.poll_interval = crawler.settings.getfloat("HARVESTER_REDIS_POLL_INTERVAL", 0.5)
        self._last_reap = float("-inf")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        frontier = distributed_frontier(crawler)
        return cls(crawler, run_context(crawler), frontier)  # type: ignore[arg-type]

    # -- life --------------------------------------------------------------------------------

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.frontier.heartbeat()
        self._heartbeat = _Heartbeat(self.frontier)
        self._heartbeat.start()
        self._acknowledge_when_handled()
        # The engine asks an idle scheduler for requests on its heartbeat (5 s): other workers may
        # have queued some meanwhile, so a worker with nothing in flight asks more often.
        self.crawler.engine._SLOT_HEARTBEAT_INTERVAL = self.poll_interval  # type: ignore[misc]

    def _acknowledge_when_handled(self) -> None:
        """Acknowledge a request once the engine is done with its downloader output.

        Scrapy has no signal for "this request is fully handled"; the engine's
        ``_handle_downloader_output`` completes exactly then (callback or errback run, yielded
        requests queued, yielded items through the pipelines, or the redirect/retry queued), and
        the engine looks it up on the instance for every request, so it is wrapped here.
        """
        engine = self.crawler.engine
        handle = getattr(engine, "_handle_downloader_output", None)
        if handle is None:
            raise RuntimeError(
                "this Scrapy version has no ExecutionEngine._handle_downloader_output: the distributed"
                " crawl cannot acknowledge requests (harvester is tested with Scrapy 2.13-2.19)"
            )

        def handled(result: Any, request: Request) -> Any:
            deferred = handle(result, request)
            deferred.addBoth(self._ack, request)
            return deferred

        engine._handle_downloader_output = handled  # type: ignore[method-assign]

    def _ack(self, passthrough: Any, request: Request) -> Any:
        lease = request.meta.get(LEASE)
        if lease is not None:
            try:
                self.frontier.ack(lease)
            except Exception as exc:  # noqa: BLE001 - unacknowledged: it is fetched again, and the state skips it
                logger.warning("cannot acknowledge %s in Redis: %s", request.url, exc)
        return passthrough

    def close(self, reason: str) -> None:
        if self._heartbeat is not None:
            self._heartbeat.stop()
        try:
            self._local.clear()  # popped, never handed to the engine: leased, so queued again below
            returned = self.frontier.reap(self.frontier.worker)
            if returned:
                logger.info("put %d unfinished requests back in the shared queue", returned)
            self.frontier.retire()
        except Exception as exc:  # noqa: BLE001 - the leases then come back when they time out
            logger.warning("cannot hand this worker's requests back to Redis: %s", exc)

    # -- queue -------------------------------------------------------------------------------

    def has_pending_requests(self) -> bool:
        if self._local:
            return True
        try:
            return self.frontier.pending() > 0
        except RedisError as exc:
            self._lost_redis(exc)
            return False

    def enqueue_request(self, request: Request) -> bool:
        fingerprint = "" if request.dont_filter else self.fingerprinter.fingerprint(request).hex()
        data = pickle.dumps(request.to_dict(spider=self.spider), protocol=4)
        try:
            queued = self.frontier.push(fingerprint, data, request.priority)
        except RedisError as exc:
            # The request that found this one stays leased: it is fetched again when the crawl resumes.
            self._lost_redis(exc)
            return False
        if not queued:
            self.stats.inc_value("dupefilter/filtered")
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.stats.inc_value("scheduler/enqueued")
        return True

    def next_request(self) -> Request | None:
        if not self._local:
            try:
                self._take()
            except RedisError as exc:
                self._lost_redis(exc)
        if not self._local:
            return None
        self.stats.inc_value("scheduler/dequeued/redis")
        self.stats.inc_value("scheduler/dequeued")
        return self._local.pop()

    def _take(self) -> None:
        popped = self.frontier.pop(_POP_BATCH)
        if not popped and self._reap_due() and self.frontier.reap():
            logger.info("requests of a worker that stopped answering went back to the queue")
            popped = self.frontier.pop(_POP_BATCH)
        # Reversed: the list is popped from its end, so the highest priority comes first.
        for lease, data in reversed(popped):
            if data is None:  # its body was deleted (a new generation began): nothing to fetch
                self.frontier.ack(lease)
                continue
            request = request_from_dict(pickle.loads(data), spider=self.spider)  # noqa: S301 - our own queue
            request.meta[LEASE] = lease
            self._local.append(request)

    def _reap_due(self) -> bool:
        """Look for dead workers' leases at most every ``lease_timeout / 3`` seconds: the engine
        asks for a request after every response, and once the queue is drained each ask would
        otherwise cost a second round trip for nothing (a dead worker's key expires no faster)."""
        now = time.monotonic()
        if now - self._last_reap < min(1.0, self.frontier.lease_timeout / 3):
            return False
        self._last_reap = now
        return True

    def _lost_redis(self, exc: Exception) -> None:
        """Redis stopped answering: stop this worker with a clear error rather than wait forever.
        Its leases come back to the queue when it is restarted or when they time out."""
        if self.context.fatal_error is None:
            self.context.fatal_error = f"lost the shared queue in Redis: {exc}"
            logger.error("%s; stopping this worker (run the same command again to resume)", self.context.fatal_error)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="output_error"))


class SeedOnceMiddleware:
    """Spider middleware: only the worker that claims seeding reads ``start()``; the others wait
    until seeding is done, and take it over if the seeder died first.

    The seeder queues every start request at once instead of handing them to its engine one at a
    time: Scrapy reads ``start()`` lazily, only as its own downloader has room, which would leave
    the other workers an empty queue while the seeder trickles the start points in.
    """

    def __init__(self, crawler: Crawler, frontier: Frontier) -> None:
        self.crawler = crawler
        self.frontier = frontier

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, distributed_frontier(crawler))

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        while True:
            claim = self.frontier.claim_seeding()
            if claim < 0:
                logger.info("the shared queue is seeded; taking requests from it")
                return
            if claim > 0:
                break
            await asyncio.sleep(min(1.0, self.frontier.lease_timeout / 3))
        logger.info("this worker seeds the shared queue with the start points")
        queued = 0
        async for item_or_request in start:
            if not isinstance(item_or_request, Request):
                yield item_or_request
                continue
            self.crawler.engine.crawl(item_or_request)
            queued += 1
            if queued % _SEED_YIELD_EVERY == 0:
                await asyncio.sleep(0)  # a long URL list must not hold the reactor
        self.frontier.seeding_done()
        logger.info("queued %d start requests for every worker", queued)
