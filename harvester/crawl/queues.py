"""A scheduler priority queue that keeps its on-disk queues open while they are empty.

With JOBDIR set (every harvester crawl, for resume), Scrapy keeps one disk queue per download
slot and priority, and closes it the moment it runs empty: queuelib then deletes its files and
directory, and the next request of that priority creates them again. A crawl fed a few requests at
a time (a URL list, a sitemap, a re-run answered with 304s) empties its queue after nearly every
request, so each page paid for two directory creations, two removals and several file opens on
the reactor thread. Here an emptied queue is parked and handed back to the next push of its
priority; parked queues are closed (and their files removed) when the scheduler closes.

One queue per priority, without Scrapy's per-slot layer (``DownloaderAwarePriorityQueue``): a
harvester crawl covers one site, whose per-domain concurrency the downloader already enforces.
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Request
from scrapy.pqueues import QueueProtocol, ScrapyPriorityQueue

__all__ = ["ParkingPriorityQueue"]


class _Parkable:
    """A downstream queue whose ``close()`` while empty parks it with its owner instead."""

    def __init__(self, owner: ParkingPriorityQueue, key: tuple[bool, int], queue: QueueProtocol) -> None:
        self._owner = owner
        self._key = key
        self._queue = queue

    def push(self, request: Request) -> None:
        self._queue.push(request)

    def pop(self) -> Request | None:
        return self._queue.pop()

    def peek(self) -> Request | None:
        return self._queue.peek()  # type: ignore[attr-defined, no-any-return]

    def __len__(self) -> int:
        return len(self._queue)

    def close(self) -> None:
        if self._owner.closing or len(self._queue):
            self._queue.close()
        else:
            self._owner.parked[self._key] = self


class ParkingPriorityQueue(ScrapyPriorityQueue):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.parked: dict[tuple[bool, int], _Parkable] = {}
        self.closing = False
        super().__init__(*args, **kwargs)

    def qfactory(self, key: int) -> QueueProtocol:
        # An empty queue is falsy: parked ones are looked up by key, never with ``or``.
        parked = self.parked.pop((False, key), None)
        return parked if parked is not None else _Parkable(self, (False, key), super().qfactory(key))

    def _sqfactory(self, key: int) -> QueueProtocol:
        parked = self.parked.pop((True, key), None)
        return parked if parked is not None else _Parkable(self, (True, key), super()._sqfactory(key))

    def close(self) -> list[int]:
        self.closing = True
        active = super().close()
        for queue in self.parked.values():
            queue.close()
        self.parked.clear()
        return active
