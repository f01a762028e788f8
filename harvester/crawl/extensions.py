"""Run lifecycle and progress: what a person watching, or a script checking, needs to know.

:class:`RunLifecycle` closes a run properly: once the feed files are closed it reads them back
to confirm every record committed this run reached a file (see :mod:`harvester.crawl.delivery`),
records how the run ended, writes ``summary.json``, logs the summary and releases the site lock.
The ``harvester/exit_status`` stat (also in the summary) is what a command should exit with:
0 when the crawl ran and its output is complete, 1 when it could not run at all (nothing
answered, or every start point failed) or its output could not be written.

:class:`Progress` logs a line every ``HARVESTER_PROGRESS_INTERVAL`` seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task
from twisted.internet.defer import Deferred

from harvester.crawl.archive import STAT_FILES as STAT_ARCHIVE_FILES
from harvester.crawl.archive import STAT_RESPONSES as STAT_ARCHIVE_RESPONSES
from harvester.crawl.context import RunContext, run_context
from harvester.crawl.delivery import feed_files, reconcile
from harvester.crawl.pipelines import STAT_NOT_PROCESSED, STAT_PAGES, STAT_QUARANTINED, STAT_RECORDS, STAT_UNCHANGED
from harvester.crawl.runtime import release_run_lock
from harvester.crawl.spiders import warc
from harvester.crawl.state import StateError

logger = logging.getLogger(__name__)

STAT_EXIT_STATUS = "harvester/exit_status"
STAT_COULD_RUN = "harvester/could_run"
STAT_MISSING = "harvester/missing_from_feed"
# How long closing waits for the feed exporter to close its files before checking them anyway.
_FEED_CLOSE_WAIT = 120


def _sub_counts(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    head = prefix + "/"
    return {key[len(head):]: value for key, value in stats.items() if key.startswith(head)}


def could_run(stats: Mapping[str, Any]) -> bool:
    """False when the crawl never reached its site: no response, or every start point failed.

    A run over web archives (the ``warc`` spider) fetches nothing: it ran when it opened a file.
    """
    if warc.STAT_FILES in stats:
        return bool(stats[warc.STAT_FILES])
    if not stats.get("downloader/response_count", 0):
        return False
    starts = stats.get("harvester/start_points", 0)
    if starts and stats.get("harvester/start_points_failed", 0) >= starts:
        return False
    pages = stats.get(STAT_PAGES, 0)
    return not (pages and stats.get(f"{STAT_QUARANTINED}/fetch_failed", 0) >= pages)


def crawl_exit_status(stats: Mapping[str, Any]) -> int:
    """The process exit status for a finished crawl's stats (1 if the run never closed)."""
    return int(stats.get(STAT_EXIT_STATUS, 1))


def archive_summary(stats: Mapping[str, Any], damaged: list[dict[str, Any]]) -> dict[str, Any]:
    """What a run over web archives read: files, bytes, records, and what it passed over and why."""
    return {
        "files": stats.get(warc.STAT_FILES, 0),
        "files_damaged": stats.get(warc.STAT_FILES_DAMAGED, 0),
        "bytes": stats.get(warc.STAT_BYTES, 0),
        "records": stats.get(warc.STAT_RECORDS, 0),
        "passed_by_reason": _sub_counts(stats, warc.STAT_PASSED),
        "filtered_by_reason": _sub_counts(stats, warc.STAT_FILTERED),
        "resume_skipped": stats.get(warc.STAT_RESUME_SKIPPED, 0),
        "damaged": damaged,
    }


class RunLifecycle:
    def __init__(self, crawler: Crawler, context: RunContext) -> None:
        self.crawler = crawler
        self.context = context
        self._feeds_closed: Deferred[None] = Deferred()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        context = run_context(crawler)
        if context is None:
            raise NotConfigured("no harvester output paths: the spider did not call apply_run_settings")
        extension = cls(crawler, context)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.feed_exporter_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self) -> None:
        context = self.context
        run = context.run
        logger.info(
            "crawling %s into %s (run %s, %s generation %d%s)",
            context.site, context.site_dir, run.run_id, "resuming" if run.resumed else "new", run.generation,
            f", {len(context.replay)} records to re-emit" if context.replay else "",
        )
        if not any(isinstance(ext, FeedExporter) for ext in self.crawler.extensions.middlewares):
            self._feeds_closed.callback(None)

    def feed_exporter_closed(self) -> None:
        if not self._feeds_closed.called:
            self._feeds_closed.callback(None)

    async def spider_closed(self, reason: str) -> None:
        context = self.context
        stats = self.crawler.stats
        try:
            await asyncio.wait_for(maybe_deferred_to_future(self._feeds_closed), _FEED_CLOSE_WAIT)
        except TimeoutError:
            logger.error("feed files not closed after %d s; checking them anyway", _FEED_CLOSE_WAIT)
        missing = 0
        try:
            missing = len(reconcile(context.state, context.site_dir, [context.run_id]).missing)
            # Any error may have been Scrapy failing to write its queue: only an error-free graceful
            # stop leaves a JOBDIR worth resuming from.
            job_dir_ok = reason == "shutdown" and context.fatal_error is None and not stats.get_value("log_count/ERROR")
            context.state.end_run(context.run_id, reason, datetime.now(UTC), job_dir_ok=job_dir_ok)
        except (StateError, OSError) as exc:
            # The run stays open in the state: the next run treats it as killed and checks its files.
            context.fatal_error = context.fatal_error or f"cannot finish the crawl state: {exc}"
        if missing:
            stats.set_value(STAT_MISSING, missing)
            context.fatal_error = context.fatal_error or (
                f"{missing} records were not written to the feed files; the next run emits them again"
            )
        summary = self.summary(reason, stats.get_stats())
        if STAT_ARCHIVE_FILES in stats.get_stats():
            summary["warc_files"] = stats.get_value(STAT_ARCHIVE_FILES)
            summary["warc_responses"] = stats.get_value(STAT_ARCHIVE_RESPONSES, 0)
        if warc.STAT_FILES in stats.get_stats():
            summary["archive"] = archive_summary(stats.get_stats(), getattr(self.crawler.spider, "damaged", []))
        stats.set_value(STAT_COULD_RUN, summary["could_run"])
        stats.set_value(STAT_EXIT_STATUS, summary["exit_status"])
        self._write_summary(summary)
        self._log_summary(summary)
        context.quarantine.close()
        context.state.close()
        release_run_lock(context.site_dir)

    def summary(self, reason: str, stats: Mapping[str, Any]) -> dict[str, Any]:
        context = self.context
        finished = datetime.now(UTC)
        elapsed = (finished - context.started_at).total_seconds()
        ran = could_run(stats)
        error = context.fatal_error
        if not ran and error is None:
            error = "the crawl could not reach its site (no response, or every start point failed)"
        pages = stats.get(STAT_PAGES, 0)
        return {
            "site": context.site,
            "run_id": context.run_id,
            "generation": context.run.generation,
            "resumed": context.run.resumed,
            "started_at": context.started_at.isoformat(),
            "finished_at": finished.isoformat(),
            "elapsed_seconds": round(elapsed, 3),
            "finish_reason": reason,
            "responses": stats.get("downloader/response_count", 0),
            "pages": pages,
            "pages_per_minute": round(pages / elapsed * 60, 1) if elapsed > 0 else 0.0,
            "records": stats.get(STAT_RECORDS, 0),
            "records_by_kind": _sub_counts(stats, STAT_RECORDS),
            "unchanged": stats.get(STAT_UNCHANGED, 0),
            "unchanged_by_kind": _sub_counts(stats, STAT_UNCHANGED),
            "quarantined": stats.get(STAT_QUARANTINED, 0),
            "quarantined_by_reason": _sub_counts(stats, STAT_QUARANTINED),
            "resume_skipped": stats.get("harvester/resume_skipped", 0),
            # Deliberately not fetched or not emitted: policy, not failure.
            "skipped": {
                "robots_txt": stats.get("robotstxt/forbidden", 0),
                "offsite": stats.get("offsite/filtered", 0),
                "not_an_article": stats.get("harvester/not_an_article", 0),
                "duplicate_requests": stats.get("dupefilter/filtered", 0),
                "language": stats.get("harvester/filtered/language", 0),
            },
            "not_processed": stats.get(STAT_NOT_PROCESSED, 0),
            "missing_from_feed": stats.get(STAT_MISSING, 0),
            "feed_files": [path.name for path in feed_files(context.site_dir, context.run_id)],
            "could_run": ran,
            "error": error,
            "exit_status": 0 if ran and error is None else 1,
        }

    def _write_summary(self, summary: dict[str, Any]) -> None:
        path = self.context.summary_path
        temporary = path.with_name(path.name + ".tmp")
        try:
            temporary.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            os.replace(temporary, path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            logger.error("cannot write %s: %s", path, exc)
            summary["exit_status"] = 1
            self.crawler.stats.set_value(STAT_EXIT_STATUS, 1)

    def _log_summary(self, s: dict[str, Any]) -> None:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(s["quarantined_by_reason"].items()))
        logger.info(
            "crawl of %s %s in %.1f s: %d pages, %d records written, %d unchanged, %d quarantined%s; see %s",
            s["site"], s["finish_reason"], s["elapsed_seconds"], s["pages"], s["records"], s["unchanged"],
            s["quarantined"], f" ({reasons})" if reasons else "", self.context.summary_path,
        )
        if s["error"]:
            logger.error("crawl of %s failed: %s", s["site"], s["error"])


class Progress:
    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self._loop: task.LoopingCall | None = None
        self._last_pages = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        interval = crawler.settings.getfloat("HARVESTER_PROGRESS_INTERVAL", 30.0)
        if interval <= 0:
            raise NotConfigured("progress logging turned off")
        extension = cls(crawler, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self) -> None:
        self._loop = task.LoopingCall(self.log)
        self._loop.start(self.interval, now=False)

    def log(self) -> None:
        stats = self.crawler.stats
        pages = stats.get_value(STAT_PAGES, 0)
        rate = (pages - self._last_pages) / self.interval * 60
        self._last_pages = pages
        logger.info(
            "progress: %d responses, %d article pages (%.1f/min), %d records written, %d unchanged, %d quarantined",
            stats.get_value("downloader/response_count", 0), pages, rate, stats.get_value(STAT_RECORDS, 0),
            stats.get_value(STAT_UNCHANGED, 0), stats.get_value(STAT_QUARANTINED, 0),
        )

    def spider_closed(self) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
