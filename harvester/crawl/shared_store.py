"""The incremental state and delivery ledger of a distributed crawl, in the Redis that holds its frontier.

``harvester crawl ... --redis URL`` runs any number of workers on any machines against one Redis.
Every worker may fetch any page, so what SQLite keeps per site directory on one machine (body
hash, record hash, validators, versions, first seen, pending deliveries, runs) lives here instead,
under ``harvester:<site slug>:``. Why Redis and not PostgreSQL next to it: see docs/distributed.md.

Keys (``P`` is the prefix)::

    P:crawl                hash   generation, status (running|finished), seeder, seeded
    P:page:<url>           hash   record_id body_hash extraction_key etag last_modified status
                                  outcome first_seen last_seen generation (an absent field is NULL)
    P:record:<id>          hash   url content_hash version first_seen last_seen
    P:deliveries           hash   "<id> <version>" -> record JSON, committed but not confirmed in a feed
    P:delivery_run         hash   "<id> <version>" -> run id
    P:run_deliveries:<run> set    the pending deliveries of one run
    P:runs                 hash   run id -> JSON (worker, host, site_dir, lock file, started/ended, reason)
    P:claims               hash   run id -> the run that settles it after its worker died
                                  (closed runs with nothing pending are forgotten after RUNS_KEPT)
    P:history              hash   run id -> the worker's closed-run summary (P:history_order: by end time)
    P:comment_texts        hash   comment text key -> "<earlier unflagged> <record id> ..." (the first
                                  records carrying it, up to the threshold; harvester.crawl.comment_counts)
    P:comment_texts_used   zset   text key by when last seen (P:comment_texts_tick): the least recent
                                  beyond HARVESTER_COMMENT_TEXTS_KEPT are forgotten

Every write of one fact is one MULTI/EXEC or one Lua script, so a worker killed at any instant
leaves the old or the new state. A new record version is committed only if the version the
worker read is still the current one (compare-and-set in Lua): two workers fetching two URLs of
one article at the same moment cannot both emit version N+1.

Settling a dead worker's deliveries needs its feed files, which are on its machine: a run is
settled by a worker on the same host with the same site directory, once the dead run's lock file
can be locked (the kernel released it: the process is gone, not just slow).
"""

from __future__ import annotations

import fcntl
import json
import logging
import socket
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harvester.crawl.comment_counts import TextCount
from harvester.crawl.state import Delivery, PageOutcome, PageState, RecordState, RunStart, StateError

if TYPE_CHECKING:
    import redis

logger = logging.getLogger(__name__)

KEY_ROOT = "harvester"
# Run summaries kept per site for the history (every worker of every run writes one).
HISTORY_KEPT = 1000
# Closed runs with nothing left to settle are forgotten after this long (each start checks the rest).
RUNS_KEPT = timedelta(days=30)


class SharedStoreError(StateError):
    """Redis cannot be reached or written."""


def connect(url: str) -> redis.Redis:
    """A client for ``url`` (``redis://HOST:PORT/DB``) that answered a PING; SharedStoreError otherwise.

    It counts its round trips (``round_trips``: commands, scripts and pipelines sent), which the
    run summary reports: the figure the capacity model of docs/distributed.md is built on.
    """
    import redis

    class CountingRedis(redis.Redis):
        round_trips = 0

        def execute_command(self, *args: Any, **options: Any) -> Any:
            self.round_trips += 1
            return super().execute_command(*args, **options)

        def pipeline(self, transaction: bool = True, shard_hint: Any = None) -> Any:
            pipe = super().pipeline(transaction, shard_hint)
            execute = pipe.execute

            def counted(*args: Any, **kwargs: Any) -> Any:
                self.round_trips += 1
                return execute(*args, **kwargs)

            pipe.execute = counted
            return pipe

    try:
        client = CountingRedis.from_url(url, socket_timeout=30, socket_connect_timeout=10, health_check_interval=30)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise SharedStoreError(f"cannot reach Redis at {url}: {exc}") from exc
    return client


def key_prefix(site_slug: str) -> str:
    return f"{KEY_ROOT}:{site_slug}"


def hostname() -> str:
    return socket.gethostname()


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _s(value: bytes | str | None) -> str | None:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _delivery_key(record_id: str, version: int) -> str:
    return f"{record_id} {version}"


def _split_delivery_key(key: bytes | str) -> tuple[str, int]:
    record_id, _, version = (_s(key) or "").rpartition(" ")
    return record_id, int(version)


def lock_is_free(path: str | None) -> bool:
    """True when nobody holds ``path``'s flock: the run that held it has ended, one way or another."""
    if not path:
        return True
    try:
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - closed below, lock released with it
    except OSError:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        handle.close()
    return True


# begin_run: join the running crawl, or start the next generation when the last one finished.
_JOIN = """
local crawl, runs = KEYS[1], KEYS[2]
local status = redis.call('HGET', crawl, 'status')
local generation = tonumber(redis.call('HGET', crawl, 'generation') or '0')
local resumed = 1
if status ~= 'running' then
  generation = generation + 1
  resumed = 0
  redis.call('HSET', crawl, 'generation', generation, 'status', 'running', 'seeded', '0')
  redis.call('HDEL', crawl, 'seeder')
  for i = 3, #KEYS do redis.call('DEL', KEYS[i]) end
end
redis.call('HSET', runs, ARGV[1], ARGV[2])
return {generation, resumed}
"""

# save_new_version: compare-and-set on the record's version, then page, record and delivery at once.
# Returns 1 when committed, 0 when the record moved since the caller read it.
_NEW_VERSION = """
local page, record, deliveries, delivery_run, run_set = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local current = redis.call('HGET', record, 'version') or '0'
if current ~= ARGV[1] then return 0 end
local n = tonumber(ARGV[2])
local i = 3
for _ = 1, n do redis.call('HSET', page, ARGV[i], ARGV[i + 1]); i = i + 2 end
local m = tonumber(ARGV[i]); i = i + 1
for _ = 1, m do redis.call('HDEL', page, ARGV[i]); i = i + 1 end
redis.call('HSETNX', page, 'first_seen', ARGV[i]); i = i + 1
redis.call('HSET', record, 'url', ARGV[i], 'content_hash', ARGV[i + 1], 'version', ARGV[i + 2],
           'first_seen', ARGV[i + 3], 'last_seen', ARGV[i + 4])
local key = ARGV[i + 5]
redis.call('HSET', deliveries, key, ARGV[i + 6])
redis.call('HSET', delivery_run, key, ARGV[i + 7])
redis.call('SADD', run_set, key)
return 1
"""

# confirm_delivered / reassign_delivery: a delivery moves between run sets with its run.
_CONFIRM = """
local deliveries, delivery_run, prefix = KEYS[1], KEYS[2], ARGV[1]
local removed = 0
for i = 2, #ARGV do
  local run = redis.call('HGET', delivery_run, ARGV[i])
  if run then
    redis.call('SREM', prefix .. run, ARGV[i])
    redis.call('HDEL', delivery_run, ARGV[i])
    removed = removed + redis.call('HDEL', deliveries, ARGV[i])
  end
end
return removed
"""

_REASSIGN = """
local delivery_run, prefix, key, run = KEYS[1], ARGV[1], ARGV[2], ARGV[3]
local old = redis.call('HGET', delivery_run, key)
if not old then return 0 end
redis.call('SREM', prefix .. old, key)
redis.call('SADD', prefix .. run, key)
redis.call('HSET', delivery_run, key, run)
return 1
"""

# count_comment_texts: the SQLite store's rules, for every worker at once (one script per record).
# ARGV: record id, threshold, texts kept, then (text key, comments not flagged otherwise) pairs.
# Returns (records, earlier unflagged released) per pair.
_COUNT_TEXTS = """
local texts, used, tick_key = KEYS[1], KEYS[2], KEYS[3]
local record, threshold, kept = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local tick = redis.call('INCR', tick_key)
local result = {}
for i = 4, #ARGV, 2 do
  local key, unflagged = ARGV[i], tonumber(ARGV[i + 1])
  local value = redis.call('HGET', texts, key)
  local earlier, records = 0, {}
  if value then
    local first = true
    for word in string.gmatch(value, '%S+') do
      if first then earlier = tonumber(word); first = false else table.insert(records, word) end
    end
  end
  local known = false
  for _, id in ipairs(records) do if id == record then known = true end end
  local released = 0
  if not known and #records < threshold then
    table.insert(records, record)
    if #records == threshold then released = earlier else earlier = earlier + unflagged end
    redis.call('HSET', texts, key, earlier .. ' ' .. table.concat(records, ' '))
  end
  redis.call('ZADD', used, tick, key)
  table.insert(result, #records)
  table.insert(result, released)
end
local over = redis.call('ZCARD', used) - kept
while over > 0 do
  local oldest = redis.call('ZRANGE', used, 0, math.min(over, 1000) - 1)
  redis.call('HDEL', texts, unpack(oldest))
  redis.call('ZREM', used, unpack(oldest))
  over = over - #oldest
end
return result
"""


class RedisStateStore:
    """The :class:`~harvester.crawl.state.CrawlState` of one worker of a distributed crawl.

    Used from the reactor thread only, like the SQLite store; each call is one or a few round trips.
    """

    def __init__(self, client: redis.Redis, prefix: str, *, site_dir: Path, worker: str, lock_path: Path) -> None:
        self.client = client
        self.prefix = prefix
        self.site_dir = Path(site_dir)
        self.worker = worker
        self.host = hostname()
        self.lock_path = lock_path
        self._join = client.register_script(_JOIN)
        self._new_version = client.register_script(_NEW_VERSION)
        self._confirm = client.register_script(_CONFIRM)
        self._reassign = client.register_script(_REASSIGN)
        self._count_texts = client.register_script(_COUNT_TEXTS)
        self._just_read: tuple[str, PageState | None] | None = None

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def _call(self, what: str, function: Any, *args: Any, **kwargs: Any) -> Any:
        import redis

        try:
            return function(*args, **kwargs)
        except redis.RedisError as exc:
            raise SharedStoreError(f"cannot {what} in the shared crawl state: {exc}") from exc

    def close(self) -> None:
        """The client belongs to the worker (the scheduler shares it): nothing of its own to close."""

    # -- runs ---------------------------------------------------------------------------------

    def job_dir_reusable(self) -> bool:
        """A distributed crawl keeps its queue in Redis, never in a JOBDIR."""
        return False

    def begin_run(self, run_id: str, pid: int, started_at: datetime) -> RunStart:
        info = {
            "worker": self.worker, "host": self.host, "pid": pid, "site_dir": str(self.site_dir),
            "lock": str(self.lock_path), "started_at": _ts(started_at), "ended_at": None, "reason": None,
        }
        generation, resumed = self._call(
            "begin the run", self._join,
            keys=[self.key("crawl"), self.key("runs"), self.key("seen"), self.key("queue"),
                  self.key("requests"), self.key("leases")],
            args=[run_id, json.dumps(info)],
        )
        return RunStart(run_id, int(generation), bool(resumed), tuple(self.claim_dead_runs(run_id)))

    def runs(self) -> dict[str, dict[str, Any]]:
        raw = self._call("read the runs", self.client.hgetall, self.key("runs"))
        return {_s(run_id) or "": json.loads(value) for run_id, value in raw.items()}

    def claim_dead_runs(self, claimer: str) -> list[str]:
        """Runs of this host and site directory that ended without settling their deliveries, now
        claimed by ``claimer``: killed ones (lock free, never closed) and closed ones with
        deliveries still pending. Claiming is atomic (HSETNX): two workers never settle one run."""
        claimed = []
        for run_id, info in self.runs().items():
            if run_id == claimer or info.get("host") != self.host or info.get("site_dir") != str(self.site_dir):
                continue
            if info.get("ended_at") is None and not lock_is_free(info.get("lock")):
                continue  # alive
            if info.get("ended_at") is not None and not self.client.scard(self.key("run_deliveries", run_id)):
                if datetime.fromisoformat(info["ended_at"]) < datetime.now(UTC) - RUNS_KEPT:
                    self._forget_run(run_id)
                continue  # closed and complete
            holder = _s(self.client.hget(self.key("claims"), run_id))
            if holder is not None and holder != claimer:
                holder_info = self.runs().get(holder, {})
                if holder_info.get("ended_at") is None and not lock_is_free(holder_info.get("lock")):
                    continue  # being settled by a live run
                self.client.hdel(self.key("claims"), run_id)
            if self._call("claim a run", self.client.hsetnx, self.key("claims"), run_id, claimer) or holder == claimer:
                claimed.append(run_id)
        return claimed

    def _forget_run(self, run_id: str) -> None:
        """A run closed long ago with nothing pending: nothing will ever need it (its summary stays
        in the history)."""
        pipe = self.client.pipeline(transaction=True)
        pipe.hdel(self.key("runs"), run_id)
        pipe.hdel(self.key("claims"), run_id)
        self._call("forget an old run", pipe.execute)

    def close_killed_runs(self, run_ids: Iterable[str], at: datetime) -> None:
        """Mark settled dead runs killed, and remove the lock files they left (nobody holds them)."""
        runs = self.runs()
        for run_id in run_ids:
            self._update_run(run_id, ended_at=_ts(at), reason="killed")
            lock = runs.get(run_id, {}).get("lock")
            if lock and runs[run_id].get("host") == self.host and lock_is_free(lock):
                Path(lock).unlink(missing_ok=True)

    def end_run(self, run_id: str, reason: str, ended_at: datetime, *, job_dir_ok: bool = False) -> None:
        self._update_run(run_id, ended_at=_ts(ended_at), reason=reason)

    def _update_run(self, run_id: str, **changes: Any) -> None:
        raw = self._call("read a run", self.client.hget, self.key("runs"), run_id)
        info = json.loads(raw) if raw else {}
        if info.get("ended_at") is not None and changes.get("reason") == "killed":
            return
        info.update(changes)
        self._call("end a run", self.client.hset, self.key("runs"), run_id, json.dumps(info))

    # -- run history (what harvester status and the drift alarm read) ---------------------------

    def add_summary(self, summary: dict[str, Any]) -> None:
        """Keep a worker's closed-run summary (replacing one written for the same run), newest
        ``HISTORY_KEPT`` per site; each covers the pages that worker handled."""
        run_id = summary["run_id"]
        finished = datetime.fromisoformat(summary["finished_at"]).timestamp()
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(self.key("history"), run_id, json.dumps(summary, ensure_ascii=False))
        pipe.zadd(self.key("history_order"), {run_id: finished})
        self._call("keep the run in the history", pipe.execute)
        stale = self._call("trim the history", self.client.zrange, self.key("history_order"), 0, -HISTORY_KEPT - 1)
        if stale:
            pipe = self.client.pipeline(transaction=True)
            pipe.zrem(self.key("history_order"), *stale)
            pipe.hdel(self.key("history"), *stale)
            self._call("trim the history", pipe.execute)

    def summaries(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The history's summaries, newest first."""
        return self._call("read the history", read_history, self.client, self.prefix, limit)  # type: ignore[no-any-return]

    # -- pages and records --------------------------------------------------------------------

    def page(self, url: str) -> PageState | None:
        # The resume check and the conditional-request middleware read one request's page back to
        # back: the second read is the first's answer (a round trip saved per page). Single use:
        # any other call in between and the page is read again.
        just_read, self._just_read = self._just_read, None
        if just_read is not None and just_read[0] == url:
            return just_read[1]
        raw = self._call("read a page", self.client.hgetall, self.key("page", url))
        if not raw:
            return None
        row = {_s(k): _s(v) for k, v in raw.items()}
        return PageState(
            url=url, record_id=row.get("record_id"), body_hash=row.get("body_hash"),
            extraction_key=row.get("extraction_key"), etag=row.get("etag"), last_modified=row.get("last_modified"),
            status=int(row["status"]), outcome=row["outcome"] or "", first_seen=datetime.fromisoformat(row["first_seen"]),
            last_seen=datetime.fromisoformat(row["last_seen"]), generation=int(row["generation"]),
        )

    def record(self, record_id: str) -> RecordState | None:
        raw = self._call("read a record", self.client.hgetall, self.key("record", record_id))
        if not raw:
            return None
        row = {_s(k): _s(v) for k, v in raw.items()}
        return RecordState(
            record_id, row["url"] or "", row["content_hash"] or "", int(row["version"]),
            datetime.fromisoformat(row["first_seen"]), datetime.fromisoformat(row["last_seen"]),
        )

    def done_in_generation(self, url: str, generation: int) -> bool:
        self._just_read = None
        known = self.page(url)
        self._just_read = (url, known)
        return known is not None and known.generation == generation and known.outcome != "failed"

    @staticmethod
    def _page_fields(o: PageOutcome) -> tuple[dict[str, str], list[str]]:
        """The SQLite upsert's rules as field sets and deletions: a failed or quarantined fetch
        keeps the validators and hash of the last good one; record id and validators coalesce."""
        sets = {"status": str(o.status), "outcome": o.outcome, "last_seen": _ts(o.fetched_at),
                "generation": str(o.generation)}
        deletions: list[str] = []
        if o.outcome not in ("quarantined", "failed"):
            for name in ("body_hash", "extraction_key"):
                value = getattr(o, name)
                if value is None:
                    deletions.append(name)
                else:
                    sets[name] = value
            for name in ("record_id", "etag", "last_modified"):
                value = getattr(o, name)
                if value is not None:
                    sets[name] = value
        return sets, deletions

    def _queue_page(self, pipe: Any, o: PageOutcome) -> None:
        self._just_read = None
        sets, deletions = self._page_fields(o)
        key = self.key("page", o.url)
        pipe.hset(key, mapping=sets)
        if deletions:
            pipe.hdel(key, *deletions)
        pipe.hsetnx(key, "first_seen", _ts(o.fetched_at))

    def save_page(self, outcome: PageOutcome) -> None:
        pipe = self.client.pipeline(transaction=True)
        self._queue_page(pipe, outcome)
        self._call("save a page", pipe.execute)

    def save_unchanged_record(self, page: PageOutcome, record_id: str) -> None:
        pipe = self.client.pipeline(transaction=True)
        self._queue_page(pipe, page)
        pipe.hset(self.key("record", record_id), "last_seen", _ts(page.fetched_at))
        self._call("save a page", pipe.execute)

    def save_new_version(
        self, page: PageOutcome, record: RecordState, record_json: str, run_id: str, previous_version: int = 0
    ) -> bool:
        self._just_read = None
        sets, deletions = self._page_fields(page)
        args: list[Any] = [str(previous_version), len(sets)]
        for name, value in sets.items():
            args += [name, value]
        args += [len(deletions), *deletions, _ts(page.fetched_at)]
        args += [record.url, record.content_hash, record.version, _ts(record.first_seen), _ts(record.last_seen),
                 _delivery_key(record.record_id, record.version), record_json, run_id]
        committed = self._call(
            "commit a record", self._new_version,
            keys=[self.key("page", page.url), self.key("record", record.record_id), self.key("deliveries"),
                  self.key("delivery_run"), self.key("run_deliveries", run_id)],
            args=args,
        )
        return bool(committed)

    # -- deliveries ---------------------------------------------------------------------------

    def _run_keys(self, run_ids: Iterable[str] | None) -> list[bytes]:
        if run_ids is None:
            run_ids = [run_id for run_id, holder in self._claims().items() if holder in self._my_runs()]
        keys: list[bytes] = []
        for run_id in run_ids:
            keys.extend(sorted(self._call("read deliveries", self.client.smembers, self.key("run_deliveries", run_id))))
        return keys

    def _claims(self) -> dict[str, str]:
        raw = self._call("read claims", self.client.hgetall, self.key("claims"))
        return {_s(k) or "": _s(v) or "" for k, v in raw.items()}

    def _my_runs(self) -> set[str]:
        return {run_id for run_id, info in self.runs().items() if info.get("worker") == self.worker}

    def undelivered(self, run_ids: Iterable[str] | None = None) -> list[Delivery]:
        """Pending deliveries of ``run_ids``; None means every run this worker has claimed."""
        keys = self._run_keys(run_ids)
        if not keys:
            return []
        jsons = self._call("read deliveries", self.client.hmget, self.key("deliveries"), keys)
        runs = self._call("read deliveries", self.client.hmget, self.key("delivery_run"), keys)
        result = []
        for key, record_json, run_id in zip(keys, jsons, runs, strict=True):
            if record_json is not None and run_id is not None:
                record_id, version = _split_delivery_key(key)
                result.append(Delivery(record_id, version, _s(run_id) or "", _s(record_json) or ""))
        return result

    def undelivered_keys(self, run_ids: Iterable[str]) -> list[tuple[str, int]]:
        return [_split_delivery_key(key) for key in self._run_keys(list(run_ids))]

    def confirm_delivered(self, keys: Iterable[tuple[str, int]]) -> int:
        names = [_delivery_key(record_id, version) for record_id, version in keys]
        removed = 0
        for start in range(0, len(names), 1000):
            removed += int(self._call(
                "confirm deliveries", self._confirm,
                keys=[self.key("deliveries"), self.key("delivery_run")],
                args=[self.key("run_deliveries", ""), *names[start:start + 1000]],
            ))
        return removed

    def reassign_delivery(self, record_id: str, version: int, run_id: str) -> None:
        self._call(
            "reassign a delivery", self._reassign, keys=[self.key("delivery_run")],
            args=[self.key("run_deliveries", ""), _delivery_key(record_id, version), run_id],
        )

    # -- comment texts --------------------------------------------------------------------------

    def count_comment_texts(
        self, record_id: str, texts: dict[str, int], threshold: int, kept: int
    ) -> dict[str, TextCount]:
        """:meth:`harvester.crawl.state.StateStore.count_comment_texts`, shared by the workers."""
        args: list[Any] = [record_id, threshold, kept]
        for key, unflagged in texts.items():
            args += [key, unflagged]
        result = self._call(
            "count comment texts", self._count_texts,
            keys=[self.key("comment_texts"), self.key("comment_texts_used"), self.key("comment_texts_tick")],
            args=args,
        )
        return {key: TextCount(int(result[2 * n]), int(result[2 * n + 1])) for n, key in enumerate(texts)}


def crawl_progress(client: redis.Redis, prefix: str) -> dict[str, Any]:
    """Where a distributed crawl stands, read-only, in one round trip: for a status command or a
    person with ``redis-cli`` (the keys are named in this module's docstring)."""
    pipe = client.pipeline(transaction=False)
    pipe.hgetall(f"{prefix}:crawl")
    pipe.zcard(f"{prefix}:queue")
    pipe.hlen(f"{prefix}:leases")
    pipe.scard(f"{prefix}:seen")
    pipe.hlen(f"{prefix}:deliveries")
    pipe.smembers(f"{prefix}:workers")
    pipe.hgetall(f"{prefix}:runs")
    crawl, queued, leased, seen, pending, workers, runs = pipe.execute()
    crawl = {_s(k): _s(v) for k, v in crawl.items()}
    live = [w for w in sorted(_s(w) or "" for w in workers) if client.exists(f"{prefix}:alive:{w}")]
    return {
        "generation": int(crawl.get("generation") or 0),
        "status": crawl.get("status") or "never run",
        "seeded": crawl.get("seeded") == "1",
        "queued": int(queued),
        "in_flight": int(leased),
        "requests_seen": int(seen),
        "deliveries_pending": int(pending),
        "live_workers": live,
        "runs": {_s(k): json.loads(v) for k, v in runs.items()},
    }


def read_history(client: redis.Redis, prefix: str, limit: int | None = None) -> list[dict[str, Any]]:
    """A site's kept run summaries, newest first (what :meth:`RedisStateStore.summaries` reads)."""
    run_ids = client.zrevrange(f"{prefix}:history_order", 0, -1 if limit is None else limit - 1)
    if not run_ids:
        return []
    return [json.loads(value) for value in client.hmget(f"{prefix}:history", run_ids) if value is not None]


def distributed_sites(client: redis.Redis) -> list[str]:
    """The key prefixes of every site crawled into this Redis database, sorted."""
    suffix = ":crawl"
    return sorted(
        (_s(key) or "")[: -len(suffix)] for key in client.scan_iter(match=f"{KEY_ROOT}:*{suffix}", count=1000)
    )
