"""Extraction off the reactor thread, in worker processes, so fetching never waits on parsing.

Workers are started with ``forkserver`` (``spawn`` where unavailable): forking the Twisted process
itself would copy its reactor, sockets and threads into the child. The fork server preloads the
extractor and the data it would load on first need (:mod:`harvester.crawl.worker_preload`), so a
replaced worker starts cheaply. A page that takes longer than the timeout gets its worker
killed; a worker that dies takes the pool with it, so the pages it was holding are tried once
more on a fresh pool before being given up as a crash.

Workers must not outlive a crawl killed with SIGKILL: each watches a pipe whose only write end
the crawl process holds, and exits when the kernel closes it. (Without this they would wait
forever on their task queue, and keep the fork server alive with them.)
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import multiprocessing
import os
import signal
import threading
import weakref
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from harvester.models import CrawlInfo

logger = logging.getLogger(__name__)

# Workers are recycled after this many pages each: bounds any memory a hostile page leaves behind.
# Not with ProcessPoolExecutor's max_tasks_per_child: on Python 3.11 to 3.14 a worker that exits at
# its limit is not always replaced, and the pages queued behind it wait forever (CPython gh-115634).
# The whole pool is replaced instead (see ExtractionPool._pool).
_TASKS_PER_WORKER = 500
# The new pool starts once the retiring pool's workers have finished the pages queued on them and
# exited (a tenth of a second on real pages): started beside them, it held twice the workers for
# that moment, the crawl's peak memory (489 MB instead of 395 MB summed RSS over a real-page crawl
# of 10,000 pages). A retiring page that runs longer than this is not waited for.
_DRAIN_WAIT = 5.0
# Pages handed to the executor at once, per worker: enough queued that a worker never waits for
# the reactor (busy with fetching and exporting) to hand it its next page; with two per worker the
# second worker of a 2-CPU machine sat idle often enough to cost a sixth of its throughput. The
# other pages in flight wait their turn in the pipeline: a retiring pool keeps its workers alive
# beside the new pool's until it has worked through the pages queued on it.
_IN_FLIGHT_PER_WORKER = 4
# A page's timeout runs from when the executor hands it to a worker's queue (the future turns
# "running"), not while it waits behind other pages; this is how often that is checked. A page
# never handed over within the timeout times this factor is treated as timed out.
_QUEUE_POLL = 0.05
_QUEUE_WAIT_FACTOR = _IN_FLIGHT_PER_WORKER


class ExtractionTimeout(Exception):
    """The page was still being extracted when its time ran out."""


class WorkerCrashed(Exception):
    """The worker process died while extracting this page (twice, on two pools)."""


class InvalidRecord(Exception):
    """The extracted record does not validate against the schema once in JSON form."""


class LanguageNotWanted(Exception):
    """The page's language is not one the run asked for (``HARVESTER_LANGUAGES``); no record made."""


def wanted_languages(setting: object) -> frozenset[str]:
    """``HARVESTER_LANGUAGES`` (a list, or comma-separated) as lower-case primary subtags."""
    items = setting.split(",") if isinstance(setting, str) else list(setting or [])
    return frozenset(str(item).strip().lower().split("-")[0] for item in items if str(item).strip())


def language_wanted(language: str | None, wanted: frozenset[str]) -> bool:
    """Whether a record in ``language`` passes the run's language filter (none: every record)."""
    if not wanted:
        return True
    return language is not None and language.strip().lower().replace("_", "-").split("-")[0] in wanted


# Record fields that describe the fetch or the extractor run, not the article.
_NOT_CONTENT = frozenset({"crawl", "extraction"})


def content_hash(record: Mapping[str, Any]) -> str:
    """Hash of what the article says (JSON mode), so a re-crawl that only re-fetched it emits nothing."""
    content = {key: value for key, value in record.items() if key not in _NOT_CONTENT}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class ExtractedRecord:
    """A record made ready for the feed in a worker, everything but its crawl provenance.

    Validating, hashing and encoding a record costs the crawl process's single reactor thread as
    much as the rest of a page's handling, and can run beside it in the worker: the crawl process
    only adds the ``crawl`` object, which depends on its state database.
    """

    record_id: str
    content_hash: str
    # The record's JSON without its last member, ``crawl``, and without the closing brace.
    json_head: str
    # Which of the run history's coverage fields the record has (harvester.crawl.history).
    fields: tuple[str, ...] = ()
    # Per comment, its text's key and its spam flag (harvester.crawl.comment_counts).
    comment_keys: tuple[tuple[str | None, bool], ...] = ()

    def line(self, crawl: CrawlInfo) -> str:
        """The complete record's JSON: the head with ``crawl`` appended (it is the schema's last field)."""
        return f'{self.json_head},"crawl":{crawl.model_dump_json()}}}'


def extract_for_feed(
    body: bytes, url: str, content_type: str | None, selectors: Mapping[str, str] | None,
    timezone: str | None = None, *, languages: frozenset[str] = frozenset(),
) -> ExtractedRecord:
    """Extract, then validate the record again in JSON mode: exactly what a consumer will parse.

    With ``languages``, a page in another language raises :class:`LanguageNotWanted` once parsed,
    before its fields are extracted: the record's language is the page's, so the decision is the
    same, at the cost of the parse alone.
    """
    # Imported here: the crawl process itself never extracts (its workers do, and the fork server
    # preloads the extractor for them), so it is spared the import.
    from pydantic import ValidationError

    from harvester.core import article_page, extract_page
    from harvester.crawl.comment_counts import comment_keys
    from harvester.crawl.history import present_fields
    from harvester.models import ArticleRecord

    page = article_page(body, url, content_type=content_type, selectors=selectors)
    if not language_wanted(page.language, languages):
        raise LanguageNotWanted(f"language {page.language!r} not wanted")
    data = extract_page(page, timezone=timezone).model_dump(mode="json", exclude={"crawl"})
    try:
        ArticleRecord.model_validate(data)
    except ValidationError as exc:
        # Raised as our own exception: pydantic's does not survive the trip back from a worker.
        raise InvalidRecord(str(exc)) from None
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return ExtractedRecord(data["id"], content_hash(data), text[:-1], present_fields(data),
                           comment_keys(data.get("comments") or ()))


def _exit_with_crawl(lifeline: Connection) -> None:
    """Worker initializer: exit as soon as the crawl process is gone, however it died.

    Ctrl-C is left to the crawl process: a terminal sends SIGINT to the whole process group, and
    a worker it interrupted would die (idle) or hand back a KeyboardInterrupt (busy), breaking the
    graceful stop into worker crashes and a run that never closes.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)

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
        context.set_forkserver_preload(["harvester.crawl.worker_preload"])
        return context
    return multiprocessing.get_context("spawn")


async def _exited(processes: list[BaseProcess], limit: float) -> None:
    """Return once every process has exited, or after ``limit`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    # A sentinel turns readable when its process ends; waiting on it reads nothing, so the
    # executor's own thread, which joins the processes, is not disturbed.
    while len(wait([process.sentinel for process in processes], timeout=0)) < len(processes):
        if loop.time() >= deadline:
            return
        await asyncio.sleep(_QUEUE_POLL)


def _processes(executor: ProcessPoolExecutor) -> list[BaseProcess]:
    """The executor's worker processes; none once it has been shut down."""
    return list((getattr(executor, "_processes", None) or {}).values())


class ExtractionPool:
    """``workers`` processes, or extraction on the calling thread when ``workers`` is 0."""

    def __init__(self, workers: int | None, timeout: float, languages: frozenset[str] = frozenset()) -> None:
        self.workers = (os.cpu_count() or 1) if workers is None else workers
        self.timeout = timeout
        self.languages = languages
        self._executor: ProcessPoolExecutor | None = None
        self._slots = asyncio.Semaphore(max(1, self.workers) * _IN_FLIGHT_PER_WORKER)
        self._submitted = 0  # pages handed to the current executor
        # Workers of retired executors, which shutdown() forgets: a page still running on one may
        # time out, and then its process must be killed.
        self._retired: weakref.WeakKeyDictionary[ProcessPoolExecutor, list[BaseProcess]] = weakref.WeakKeyDictionary()
        self._lifeline: tuple[Connection, Connection] | None = None
        self._draining: asyncio.Task[None] | None = None

    async def _pool(self) -> ProcessPoolExecutor:
        """The executor for the next page: a fresh one once the current one has had its share."""
        if self._executor is not None and self._submitted >= self.workers * _TASKS_PER_WORKER:
            retiring, self._executor = self._executor, None
            self._retired[retiring] = processes = _processes(retiring)
            # Its workers still extract the pages queued on it, then exit.
            retiring.shutdown(wait=False)
            self._draining = asyncio.ensure_future(_exited(processes, _DRAIN_WAIT))
        while (draining := self._draining) is not None:
            # Shielded: one page's cancellation must not cut the wait short for the others.
            await asyncio.shield(draining)
            if self._draining is draining:
                self._draining = None
        if self._executor is None:
            if self._lifeline is None:
                self._lifeline = multiprocessing.Pipe(duplex=False)
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=_context(),
                initializer=_exit_with_crawl, initargs=(self._lifeline[0],),
            )
            self._submitted = 0
        self._submitted += 1
        return self._executor

    def _discard(self, executor: ProcessPoolExecutor, *, kill: bool) -> None:
        if self._executor is executor:
            self._executor = None
        if kill:
            # The executor has no per-task cancel: the only way to stop a running page is its process.
            # (A retired executor's are remembered; any other has none left once it has shut down:
            # another page's timeout already killed them.)
            for process in self._retired.pop(executor, None) or _processes(executor):
                process.kill()
        # Queued pages fail with BrokenProcessPool once the pool notices; their callers retry them.
        executor.shutdown(wait=False)

    async def extract(
        self, body: bytes, url: str, content_type: str | None, selectors: Mapping[str, str] | None,
        timezone: str | None = None,
    ) -> ExtractedRecord:
        """Raises NotHTMLError as the extractor does, InvalidRecord, LanguageNotWanted, ExtractionTimeout
        or WorkerCrashed."""
        if self.workers == 0:
            return extract_for_feed(body, url, content_type, selectors, timezone, languages=self.languages)
        args = (body, url, content_type, selectors, timezone)
        try:
            return await self._attempt(*args)
        except BrokenProcessPool:
            logger.warning("an extraction worker died; retrying %s on a fresh pool", url)
        try:
            return await self._attempt(*args)
        except BrokenProcessPool:
            raise WorkerCrashed("the extraction worker died while processing this page") from None

    async def _attempt(
        self, body: bytes, url: str, content_type: str | None, selectors: Mapping[str, str] | None,
        timezone: str | None,
    ) -> ExtractedRecord:
        async with self._slots:
            executor = await self._pool()
            submitted = executor.submit(
                extract_for_feed, body, url, content_type, selectors, timezone, languages=self.languages
            )
            future = asyncio.wrap_future(submitted)
            try:
                await self._handed_over(submitted, future)
                return await asyncio.wait_for(future, self.timeout)
            except TimeoutError:
                logger.warning("extraction of %s exceeded %.0f s: restarting the workers", url, self.timeout)
                self._discard(executor, kill=True)
                raise ExtractionTimeout(f"extraction exceeded {self.timeout:g} s") from None
            except BrokenProcessPool:
                self._discard(executor, kill=False)
                raise

    async def _handed_over(self, submitted: Future[ExtractedRecord], future: asyncio.Future[ExtractedRecord]) -> None:
        """Return once the page is running (or done); raises TimeoutError if it never gets there."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout * _QUEUE_WAIT_FACTOR
        while not (submitted.running() or submitted.done()):
            if loop.time() >= deadline:
                raise TimeoutError
            await asyncio.wait({future}, timeout=_QUEUE_POLL)

    def close(self) -> None:
        """Stop the idle workers cleanly, then drop the lifeline (which would stop them anyway)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        if self._lifeline is not None:
            for end in self._lifeline:
                end.close()
            self._lifeline = None
