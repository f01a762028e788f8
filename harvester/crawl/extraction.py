"""Extraction off the reactor thread, in worker processes, so fetching never waits on parsing.

Workers are started with ``forkserver`` (``spawn`` where unavailable): forking the Twisted process
itself would copy its reactor, sockets and threads into the child. The fork server preloads the
extractor once, so a replaced worker starts cheaply. A page that takes longer than the timeout
gets its worker killed; a worker that dies takes the pool with it, so the pages it was holding
are tried once more on a fresh pool before being given up as a crash.

Workers must not outlive a crawl killed with SIGKILL: each watches a pipe whose only write end
the crawl process holds, and exits when the kernel closes it. (Without this they would wait
forever on their task queue, and keep the fork server alive with them.)
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from typing import Any

from harvester.core import extract_article

logger = logging.getLogger(__name__)

# Workers are recycled after this many pages: bounds any memory a hostile page leaves behind.
_TASKS_PER_WORKER = 500


class ExtractionTimeout(Exception):
    """The page was still being extracted when its time ran out."""


class WorkerCrashed(Exception):
    """The worker process died while extracting this page (twice, on two pools)."""


def extract_json(body: bytes, url: str, content_type: str | None, selectors: Mapping[str, str] | None) -> dict[str, Any]:
    """The record in JSON mode: what crosses the process boundary and what gets validated again."""
    return extract_article(body, url, content_type=content_type, selectors=selectors).model_dump(mode="json")


def _exit_with_crawl(lifeline: Connection) -> None:
    """Worker initializer: exit as soon as the crawl process is gone, however it died."""

    def watch() -> None:
        try:
            lifeline.recv_bytes()
        except EOFError:
            pass
        os._exit(0)

    threading.Thread(target=watch, name="harvester-lifeline", daemon=True).start()


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["harvester.core"])
        return context
    return multiprocessing.get_context("spawn")


class ExtractionPool:
    """``workers`` processes, or extraction on the calling thread when ``workers`` is 0."""

    def __init__(self, workers: int | None, timeout: float) -> None:
        self.workers = (os.cpu_count() or 1) if workers is None else workers
        self.timeout = timeout
        self._executor: ProcessPoolExecutor | None = None
        self._lifeline: tuple[Connection, Connection] | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            if self._lifeline is None:
                self._lifeline = multiprocessing.Pipe(duplex=False)
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=_context(), max_tasks_per_child=_TASKS_PER_WORKER,
                initializer=_exit_with_crawl, initargs=(self._lifeline[0],),
            )
        return self._executor

    def _discard(self, executor: ProcessPoolExecutor, *, kill: bool) -> None:
        if self._executor is executor:
            self._executor = None
        if kill:
            # The executor has no per-task cancel: the only way to stop a running page is its process.
            # (None once the executor has shut down: another page's timeout already killed them.)
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.kill()
        # Queued pages fail with BrokenProcessPool once the pool notices; their callers retry them.
        executor.shutdown(wait=False)

    async def extract(
        self, body: bytes, url: str, content_type: str | None, selectors: Mapping[str, str] | None
    ) -> dict[str, Any]:
        """Raises NotHTMLError as the extractor does, ExtractionTimeout or WorkerCrashed."""
        if self.workers == 0:
            return extract_json(body, url, content_type, selectors)
        args = (body, url, content_type, selectors)
        try:
            return await self._attempt(*args)
        except BrokenProcessPool:
            logger.warning("an extraction worker died; retrying %s on a fresh pool", url)
        try:
            return await self._attempt(*args)
        except BrokenProcessPool:
            raise WorkerCrashed("the extraction worker died while processing this page") from None

    async def _attempt(
        self, body: bytes, url: str, content_type: str | None, selectors: Mapping[str, str] | None
    ) -> dict[str, Any]:
        executor = self._pool()
        future = asyncio.wrap_future(executor.submit(extract_json, body, url, content_type, selectors))
        try:
            return await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            logger.warning("extraction of %s exceeded %.0f s: restarting the workers", url, self.timeout)
            self._discard(executor, kill=True)
            raise ExtractionTimeout(f"extraction exceeded {self.timeout:g} s") from None
        except BrokenProcessPool:
            self._discard(executor, kill=False)
            raise

    def close(self) -> None:
        """Stop the idle workers cleanly, then drop the lifeline (which would stop them anyway)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        if self._lifeline is not None:
            for end in self._lifeline:
                end.close()
            self._lifeline = None
