"""The Redis side of a distributed crawl, against a real redis-server: state, queue leases, politeness."""

from __future__ import annotations

import asyncio
import fcntl
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis
from redisserver import redis_server
from scrapy import Request

from harvester.crawl.comment_counts import TextCount
from harvester.crawl.frontier import Frontier
from harvester.crawl.politeness import SharedPolitenessMiddleware
from harvester.crawl.shared_store import RedisStateStore, crawl_progress
from harvester.crawl.state import PageOutcome, RecordState, StateStore

pytestmark = pytest.mark.slow

PREFIX = "harvester:test"
NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as server_url:
        yield server_url


@pytest.fixture
def client(url: str) -> Iterator[redis.Redis]:
    connection = redis.Redis.from_url(url)
    connection.flushdb()
    yield connection
    connection.close()


def _store(client: redis.Redis, tmp_path: Path, worker: str) -> RedisStateStore:
    return RedisStateStore(client, PREFIX, site_dir=tmp_path, worker=worker, lock_path=tmp_path / f".lock-{worker}")


def _outcome(outcome: str, **fields: object) -> PageOutcome:
    return PageOutcome(url="http://site/a", status=200, outcome=outcome, fetched_at=NOW, generation=1, **fields)  # type: ignore[arg-type]


def test_a_version_committed_by_another_worker_meanwhile_is_refused(client: redis.Redis, tmp_path: Path) -> None:
    first, second = _store(client, tmp_path, "w1"), _store(client, tmp_path, "w2")
    record = RecordState("rec", "http://site/a", "hash-1", 1, NOW, NOW)
    page = _outcome("record", body_hash="b1", record_id="rec")
    assert first.record("rec") is None and second.record("rec") is None  # both read "no version yet"
    assert first.save_new_version(page, record, '{"id":"rec"}', "run-1", 0)
    assert not second.save_new_version(page, record, '{"id":"rec"}', "run-2", 0)
    assert second.record("rec") == record
    assert second.undelivered(["run-1"])[0].record_json == '{"id":"rec"}'
    assert second.undelivered(["run-2"]) == []


def test_pages_follow_the_sqlite_rules(client: redis.Redis, tmp_path: Path) -> None:
    """A failed fetch keeps the validators and hash of the last good one, in both stores."""
    shared = _store(client, tmp_path, "w1")
    with StateStore(tmp_path / "state.sqlite") as local:
        for store in (shared, local):
            store.save_page(_outcome("record", body_hash="b1", extraction_key="k", etag='"e1"', record_id="rec"))
            store.save_page(_outcome("failed"))
        assert shared.page("http://site/a") == local.page("http://site/a")
        assert shared.done_in_generation("http://site/a", 1) is local.done_in_generation("http://site/a", 1) is False


def test_deliveries_are_confirmed_and_reassigned_by_key(client: redis.Redis, tmp_path: Path) -> None:
    store = _store(client, tmp_path, "w1")
    for n in (1, 2):
        record = RecordState(f"rec{n}", f"http://site/{n}", "h", 1, NOW, NOW)
        assert store.save_new_version(_outcome("record"), record, f'{{"id":"rec{n}"}}', "run-1", 0)
    store.reassign_delivery("rec2", 1, "run-2")
    assert store.undelivered_keys(["run-1"]) == [("rec1", 1)]
    assert store.confirm_delivered([("rec1", 1), ("rec2", 1), ("nope", 1)]) == 2
    assert store.undelivered_keys(["run-1", "run-2"]) == []


def test_only_one_worker_claims_a_dead_run(client: redis.Redis, tmp_path: Path) -> None:
    dead = _store(client, tmp_path, "dead")
    dead.begin_run("run-dead", 1, NOW)  # its lock file is not held: the process is gone
    first, second = _store(client, tmp_path, "w1"), _store(client, tmp_path, "w2")
    with first.lock_path.open("w") as lock_1, second.lock_path.open("w") as lock_2:
        fcntl.flock(lock_1, fcntl.LOCK_EX)  # live workers hold their lock files
        fcntl.flock(lock_2, fcntl.LOCK_EX)
        assert first.begin_run("run-1", 2, NOW).crashed_runs == ("run-dead",)
        assert second.begin_run("run-2", 3, NOW).crashed_runs == ()
    # The claimer died before settling: the next worker takes the claim over, and the claimer's run.
    assert set(second.claim_dead_runs("run-2")) == {"run-dead", "run-1"}


def test_runs_closed_long_ago_with_nothing_pending_are_forgotten(client: redis.Redis, tmp_path: Path) -> None:
    store = _store(client, tmp_path, "w1")
    for run_id in ("run-old", "run-recent"):
        store.begin_run(run_id, 1, NOW)
    store.end_run("run-old", "finished", datetime(2020, 1, 1, tzinfo=UTC))
    store.end_run("run-recent", "finished", datetime.now(UTC))
    assert store.claim_dead_runs("run-new") == []
    assert set(store.runs()) == {"run-recent"}


def test_a_dead_workers_leases_go_back_to_the_queue_with_their_priority(client: redis.Redis) -> None:
    dying, survivor = Frontier(client, PREFIX, "dying", 30), Frontier(client, PREFIX, "survivor", 30)
    assert dying.push("fp-low", b"low", 0) and dying.push("fp-high", b"high", 10)
    assert not survivor.push("fp-low", b"low again", 0), "a fingerprint is queued once for all workers"
    dying.heartbeat()
    assert [data for _, data in dying.pop(4)] == [b"high", b"low"]
    assert survivor.pop(4) == [] and dying.pending() == 2
    assert survivor.reap() == 0, "a live worker keeps its leases"
    dying.retire()  # what the TTL does to the alive key of a worker killed with SIGKILL
    assert survivor.reap() == 2
    assert [data for _, data in survivor.pop(4)] == [b"high", b"low"]


def test_progress_reads_the_shared_crawl(client: redis.Redis, tmp_path: Path) -> None:
    store = _store(client, tmp_path, "w1")
    store.begin_run("run-1", 1, NOW)
    worker = Frontier(client, PREFIX, "w1", 30)
    worker.heartbeat()
    worker.push("a", b"a", 0)
    worker.push("b", b"b", 0)
    worker.pop(1)
    progress = crawl_progress(client, PREFIX)
    assert {k: progress[k] for k in ("generation", "status", "queued", "in_flight", "requests_seen")} == {
        "generation": 1, "status": "running", "queued": 1, "in_flight": 1, "requests_seen": 2,
    }
    assert progress["live_workers"] == ["w1"] and list(progress["runs"]) == ["run-1"]


def test_the_run_history_keeps_one_summary_per_run_newest_first(client: redis.Redis, tmp_path: Path) -> None:
    store = _store(client, tmp_path, "w1")
    for n, minute in ((1, 1), (2, 3), (3, 2)):
        store.add_summary({"run_id": f"run-{n}", "finished_at": f"2026-01-02T03:0{minute}:00+00:00", "pages": n})
    store.add_summary({"run_id": "run-1", "finished_at": "2026-01-02T03:01:00+00:00", "pages": 10})
    assert [s["run_id"] for s in store.summaries()] == ["run-2", "run-3", "run-1"]
    assert store.summaries(limit=1)[0]["run_id"] == "run-2" and store.summaries()[-1]["pages"] == 10


def test_acknowledged_requests_are_gone_for_good(client: redis.Redis) -> None:
    worker = Frontier(client, PREFIX, "w", 30)
    worker.heartbeat()
    worker.push("fp", b"req", 0)
    [(lease, _)] = worker.pop(4)
    assert worker.pending() == 1
    worker.ack(lease)
    worker.retire()
    assert worker.reap() == 0 and worker.pending() == 0


def test_the_delay_is_shared_by_the_workers(client: redis.Redis) -> None:
    first = SharedPolitenessMiddleware(client, f"{PREFIX}:polite", "w1", delay=60.0, randomize=False, limit=0,
                                       timeout=10)
    second = SharedPolitenessMiddleware(client, f"{PREFIX}:polite", "w2", delay=60.0, randomize=False, limit=0,
                                        timeout=10)
    keys = [f"{PREFIX}:polite:busy:site", f"{PREFIX}:polite:next:site"]
    assert first._acquire(keys=keys, args=[60000, 0, 10000, "w1:0"]) == 0
    assert 0 < second._acquire(keys=keys, args=[60000, 0, 10000, "w2:0"]) <= 60000


def test_concurrency_is_shared_by_the_workers(client: redis.Redis) -> None:
    def middleware(worker: str) -> SharedPolitenessMiddleware:
        return SharedPolitenessMiddleware(client, f"{PREFIX}:polite", worker, delay=0.0, randomize=False,
                                          limit=1, timeout=10)

    first, second = middleware("w1"), middleware("w2")
    held = Request("http://site/a")
    asyncio.run(first.process_request(held))

    async def second_waits_for_the_slot() -> bool:
        waiting = asyncio.ensure_future(second.process_request(Request("http://site/b")))
        await asyncio.sleep(0.3)
        blocked = not waiting.done()
        first.process_response(held, None)  # type: ignore[arg-type]
        await asyncio.wait_for(waiting, 5)
        return blocked

    assert asyncio.run(second_waits_for_the_slot()), "one request at a time to the host, across workers"


def test_comment_texts_are_counted_by_the_sqlite_rules(client: redis.Redis, tmp_path: Path) -> None:
    """Each record once, the earlier unflagged comments reported at the threshold, the least recent
    texts forgotten past the cap: in both stores alike."""
    calls = [("a", {"t": 1, "old": 1}), ("a", {"t": 1}), ("b", {"t": 0}), ("c", {"t": 1, "u": 1}), ("d", {"t": 1}),
             ("e", {"v": 1})]
    shared = _store(client, tmp_path, "w1")
    with StateStore(tmp_path / "state.sqlite") as local:
        results = [[store.count_comment_texts(record, texts, 3, 3) for record, texts in calls] for store in (shared, local)]
        kept_locally = {key for (key,) in local._db.execute("SELECT text_key FROM comment_texts")}
    assert results[0] == results[1]
    assert [result["t"] for result in results[0] if "t" in result] == [
        TextCount(1, 0), TextCount(1, 0), TextCount(2, 0), TextCount(3, 1), TextCount(3, 0)]
    assert {key.decode() for key in client.hkeys(f"{PREFIX}:comment_texts")} == kept_locally == {"t", "u", "v"}
