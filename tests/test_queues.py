"""The scheduler queue that parks emptied JOBDIR queues instead of deleting and re-creating them."""

from __future__ import annotations

from pathlib import Path

from scrapy import Request, Spider
from scrapy.squeues import PickleFifoDiskQueue
from scrapy.utils.test import get_crawler

from harvester.crawl.queues import ParkingPriorityQueue


def make_queue(path: Path, startprios: list[int] | None = None) -> ParkingPriorityQueue:
    crawler = get_crawler(Spider)
    crawler.spider = Spider("test")
    return ParkingPriorityQueue.from_crawler(crawler, PickleFifoDiskQueue, str(path), startprios or [])


def test_an_emptied_queue_is_parked_and_reused(tmp_path: Path) -> None:
    queue = make_queue(tmp_path / "q")
    queue.push(Request("https://a.example/1"))
    first = queue.queues[0]
    assert queue.pop().url == "https://a.example/1"  # type: ignore[union-attr]
    assert not queue.queues and queue.parked  # emptied: parked, its directory kept
    assert (tmp_path / "q" / "0").is_dir()
    queue.push(Request("https://a.example/2"))
    assert queue.queues[0] is first and not queue.parked
    assert queue.pop().url == "https://a.example/2"  # type: ignore[union-attr]
    assert queue.pop() is None
    assert queue.close() == []
    assert not (tmp_path / "q" / "0").exists()  # closed empty: removed as Scrapy's own queue does


def test_pending_requests_survive_close_and_reopen(tmp_path: Path) -> None:
    queue = make_queue(tmp_path / "q")
    for number, priority in ((1, 0), (2, 5), (3, 0)):
        queue.push(Request(f"https://a.example/{number}", priority=priority))
    assert queue.pop().url == "https://a.example/2"  # type: ignore[union-attr]
    active = queue.close()
    assert active == [0]

    reopened = make_queue(tmp_path / "q", active)
    assert [reopened.pop().url for _ in range(2)] == ["https://a.example/1", "https://a.example/3"]  # type: ignore[union-attr]
    assert reopened.pop() is None and len(reopened) == 0


def test_start_requests_have_parked_queues_of_their_own(tmp_path: Path) -> None:
    crawler = get_crawler(Spider)
    crawler.spider = Spider("test")
    queue = ParkingPriorityQueue.from_crawler(
        crawler, PickleFifoDiskQueue, str(tmp_path / "q"), [], start_queue_cls=PickleFifoDiskQueue
    )
    queue.push(Request("https://a.example/start", meta={"is_start_request": True}))
    queue.push(Request("https://a.example/found"))
    # Other requests come before start requests of the same priority.
    assert [queue.pop().url for _ in range(2)] == ["https://a.example/found", "https://a.example/start"]  # type: ignore[union-attr]
    assert set(queue.parked) == {(False, 0), (True, 0)}
    queue.push(Request("https://a.example/start-2", meta={"is_start_request": True}))
    assert set(queue.parked) == {(False, 0)}
    active = queue.close()
    assert active == [0]

    reopened = ParkingPriorityQueue.from_crawler(
        crawler, PickleFifoDiskQueue, str(tmp_path / "q"), active, start_queue_cls=PickleFifoDiskQueue
    )
    assert reopened.pop().url == "https://a.example/start-2"  # type: ignore[union-attr]
    assert reopened.pop() is None
