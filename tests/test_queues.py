"""JOBDIR: the scheduler queue that parks emptied queues, and article requests as they are written to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.squeues import PickleFifoDiskQueue
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from harvester.crawl.queues import ParkingPriorityQueue
from harvester.crawl.spiders.base import ArticleRequest


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


class _Articles(Spider):
    name = "articles"

    def parse_article(self, response: object) -> None: ...

    def article_failed(self, failure: object) -> None: ...


def test_article_requests_are_queued_with_their_callbacks_named(tmp_path: Path) -> None:
    spider = _Articles()
    request = ArticleRequest("https://a.example/1", callback=spider.parse_article, errback=spider.article_failed,
                             meta={"handle_httpstatus_list": [404]})

    data = request.to_dict(spider=spider)
    back = request_from_dict(data, spider=spider)

    assert (data["callback"], data["errback"]) == ("parse_article", "article_failed")
    assert (request.callback, request.errback) == (spider.parse_article, spider.article_failed)
    assert isinstance(back, ArticleRequest) and back.url == request.url and back.meta == request.meta
    assert (back.callback, back.errback) == (spider.parse_article, spider.article_failed)


class _Other:
    def parse_article(self, response: object) -> None: ...


def test_a_callback_that_is_not_the_spiders_own_is_refused_as_scrapy_refuses_it() -> None:
    request = ArticleRequest("https://a.example/1", callback=_Other().parse_article)
    with pytest.raises(ValueError, match="not an instance method"):
        request.to_dict(spider=_Articles())
