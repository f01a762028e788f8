"""Run lifecycle and progress: what a person watching, or a script checking, needs to know.

:class:`RunLifecycle` closes a run properly: once the feed files are closed it reads them back
to confirm every record committed this run reached a file (see :mod:`harvester.crawl.delivery`),
records how the run ended, writes ``summary.json``, keeps it in the run history (with the run's
field coverage and any drift alarm, see :mod:`harvester.crawl.history`), logs the summary and
releases the site lock. The ``harvester/exit_status`` stat (also in the summary) is what a command
should exit with; :mod:`harvester.exit_status` lists the statuses.

A run stopped by SIGINT or SIGTERM (:mod:`harvester.crawl.stopping`) is summarised as
"interrupted", with the signal's exit status, also when it stopped before its first response.

:class:`Progress` logs a line every ``HARVESTER_PROGRESS_INTERVAL`` seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
import time
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

from harvester import exit_status
from harvester.crawl.context import RunContext, run_context
from harvester.crawl.delivery import feed_files, reconcile, settle
from harvester.crawl.history import DRIFT_WINDOW, coverage, describe_drift, drift
from harvester.crawl.names import (
    SCRAPY_DUPLICATES, SCRAPY_ERRORS_LOGGED, SCRAPY_OFFSITE, SCRAPY_REQUESTS, SCRAPY_RESPONSES,
    STAT_ASKED, STAT_COMMENTS, STAT_COMMENTS_FLAGGED, STAT_COMMENTS_REPEATED, STAT_COMMENTS_REPEATED_EARLIER, STAT_COMMENTS_SPAM,
    STAT_COULD_RUN, STAT_COVERAGE, STAT_EXIT_STATUS, STAT_EXTRACTED, STAT_MISSING,
    STAT_NOT_PROCESSED, STAT_OFFSITE_REDIRECTS, STAT_PAGES, STAT_QUARANTINED, STAT_RECORDS, STAT_REDIS_ROUND_TRIPS,
    STAT_RESUME_SKIPPED, STAT_ROBOTS_UNAVAILABLE, STAT_SKIPPED, STAT_START_ERROR, STAT_START_FAILED,
    STAT_START_POINTS, STAT_UNCHANGED, QUARANTINE_REASONS, QuarantineReason, sub_key,
    STAT_ARCHIVE_FILES, STAT_ARCHIVE_RESPONSES, STAT_WARC_BYTES, STAT_WARC_FILES,
    STAT_WARC_FILES_DAMAGED, STAT_WARC_FILTERED, STAT_WARC_PASSED, STAT_WARC_RECORDS, STAT_WARC_RESUME_SKIPPED,
)
from harvester.crawl.runtime import release_run_lock
from harvester.crawl.state import StateError
from harvester.crawl.stopping import stop_control

logger = logging.getLogger(__name__)

# How long closing waits for the feed exporter to close its files before checking them anyway.
_FEED_CLOSE_WAIT = 120


def _sub_counts(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    head = prefix + "/"
    return {key[len(head):]: value for key, value in stats.items() if key.startswith(head)}


def _reason_counts(stats: Mapping[str, Any]) -> dict[QuarantineReason, int]:
    """Quarantined pages by reason, in the vocabulary's order (reasons with no page left out)."""
    counts = {reason: stats.get(sub_key(STAT_QUARANTINED, reason), 0) for reason in QUARANTINE_REASONS}
    return {reason: count for reason, count in counts.items() if count}


def could_run(stats: Mapping[str, Any]) -> bool:
    """False when the crawl never reached its site: no response, or every start point failed.

    A run that sent no request at all (a resumed crawl with nothing left to fetch) did run. A run
    over web archives (the ``warc`` spider) fetches nothing: it ran when it opened a file.
    """
    if STAT_WARC_FILES in stats:
        return bool(stats[STAT_WARC_FILES])
    if not stats.get(SCRAPY_RESPONSES, 0) and stats.get(SCRAPY_REQUESTS, 0):
        return False
    starts = stats.get(STAT_START_POINTS, 0)
    if starts and stats.get(STAT_START_FAILED, 0) >= starts:
        return False
    pages = stats.get(STAT_PAGES, 0)
    return not (pages and stats.get(sub_key(STAT_QUARANTINED, "fetch_failed"), 0) >= pages)


def outcomes(stats: Mapping[str, Any]) -> dict[str, int]:
    """Where the URLs the crawl was asked for ended: each in exactly one of records (new or changed),
    unchanged (its record is an earlier version), quarantined, skipped, or not processed (the output
    could not be written). ``pending`` is what is left: requests still queued when a run was stopped
    (they are fetched when it resumes). Exact for a run that is not a resumed one; a resumed run also
    finishes URLs the stopped run was asked for.
    """
    ended = {
        "records": stats.get(sub_key(STAT_RECORDS, "new"), 0) + stats.get(sub_key(STAT_RECORDS, "changed"), 0),
        "unchanged": stats.get(STAT_UNCHANGED, 0),
        "quarantined": stats.get(STAT_QUARANTINED, 0),
        "skipped": stats.get(STAT_SKIPPED, 0),
        "not_processed": stats.get(STAT_NOT_PROCESSED, 0),
    }
    asked = stats.get(STAT_ASKED, 0)
    return {"asked": asked, **ended, "pending": asked - sum(ended.values())}


def _how(context: RunContext) -> str:
    if context.frontier is not None:
        return "joining distributed" if context.run.resumed else "new distributed"
    return "resuming" if context.run.resumed else "new"


def crawl_exit_status(stats: Mapping[str, Any]) -> int:
    """The process exit status for a finished crawl's stats (1 if the run never closed)."""
    return int(stats.get(STAT_EXIT_STATUS, exit_status.FAILED))


def archive_summary(stats: Mapping[str, Any], damaged: list[dict[str, Any]]) -> dict[str, Any]:
    """What a run over web archives read: files, bytes, records, and what it passed over and why."""
    return {
        "files": stats.get(STAT_WARC_FILES, 0),
        "files_damaged": stats.get(STAT_WARC_FILES_DAMAGED, 0),
        "bytes": stats.get(STAT_WARC_BYTES, 0),
        "records": stats.get(STAT_WARC_RECORDS, 0),
        "passed_by_reason": _sub_counts(stats, STAT_WARC_PASSED),
        "filtered_by_reason": _sub_counts(stats, STAT_WARC_FILTERED),
        "resume_skipped": stats.get(STAT_WARC_RESUME_SKIPPED, 0),
        "damaged": damaged,
    }


class RunLifecycle:
    def __init__(self, crawler: Crawler, context: RunContext) -> None:
        self.crawler = crawler
        self.context = context
        self._feeds_closed: Deferred[None] = Deferred()
        self._stop = stop_control(crawler)

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
            context.site, context.site_dir, run.run_id, _how(context), run.generation,
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
            if context.frontier is not None:
                self._settle_stopped_workers()
            missing = len(reconcile(context.state, context.site_dir, [context.run_id]).missing)
            # Any error may have been Scrapy failing to write its queue: only an error-free graceful
            # stop leaves a JOBDIR worth resuming from.
            job_dir_ok = reason == "shutdown" and context.fatal_error is None and not stats.get_value(SCRAPY_ERRORS_LOGGED)
            context.state.end_run(context.run_id, reason, datetime.now(UTC), job_dir_ok=job_dir_ok)
            if context.frontier is not None and reason == "finished" and context.frontier.finish():
                logger.info("the shared queue is empty: crawl generation %d is finished", context.run.generation)
        except (StateError, OSError) as exc:
            # The run stays open in the state: the next run treats it as killed and checks its files.
            context.fatal_error = context.fatal_error or f"cannot finish the crawl state: {exc}"
        if missing:
            stats.set_value(STAT_MISSING, missing)
            context.fatal_error = context.fatal_error or (
                f"{missing} records were not written to the feed files; the next run emits them again"
            )
        if context.frontier is not None:
            stats.set_value(STAT_REDIS_ROUND_TRIPS, getattr(context.frontier.client, "round_trips", 0))
        summary = self.summary(reason, stats.get_stats())
        if STAT_ARCHIVE_FILES in stats.get_stats():
            summary["warc_files"] = stats.get_value(STAT_ARCHIVE_FILES)
            summary["warc_responses"] = stats.get_value(STAT_ARCHIVE_RESPONSES, 0)
        if STAT_WARC_FILES in stats.get_stats():
            summary["archive"] = archive_summary(stats.get_stats(), getattr(self.crawler.spider, "damaged", []))
        self._compare_with_history(summary)
        stats.set_value(STAT_COULD_RUN, summary["could_run"])
        stats.set_value(STAT_EXIT_STATUS, summary["exit_status"])
        self._write_summary(summary)
        self._log_summary(summary)
        context.quarantine.close()
        context.skips.close()
        context.state.close()
        release_run_lock(context.site_dir)

    def _settle_stopped_workers(self) -> None:
        """Distributed crawl: records that killed workers of this machine committed but never wrote."""
        context = self.context
        state = context.state
        dead = state.claim_dead_runs(context.run_id)  # type: ignore[attr-defined]
        if not dead:
            return
        written = settle(state, context.site_dir, context.run_id, dead)
        state.close_killed_runs(dead, datetime.now(UTC))
        if written:
            self.crawler.stats.inc_value(STAT_RECORDS, written)
            self.crawler.stats.inc_value(sub_key(STAT_RECORDS, "settled"), written)

    def summary(self, reason: str, stats: Mapping[str, Any]) -> dict[str, Any]:
        context = self.context
        finished = datetime.now(UTC)
        elapsed = (finished - context.started_at).total_seconds()
        # A worker of a distributed crawl that found the queue already drained by the others did
        # its part; whether the site was reachable is the seeder's to report.
        ran = could_run(stats) or (
            context.frontier is not None and not stats.get(SCRAPY_RESPONSES, 0)
            and not stats.get(STAT_START_POINTS, 0)
        )
        error = context.fatal_error
        signum = self._stop.interrupted_by
        # Stopped by a signal, maybe before the site answered at all: the same command resumes it.
        interrupted = signum is not None and reason == "shutdown"
        if not ran and error is None and not interrupted:
            error = "the crawl could not reach its site (no response, or every start point failed)"
            if stats.get(STAT_START_ERROR):
                error += f"; last failure: {stats[STAT_START_ERROR]}"
            elif stats.get(sub_key(STAT_QUARANTINED, "fetch_failed")):
                error += f"; every page failed to fetch (reasons in {context.quarantine.path})"
            elif stats.get(STAT_ROBOTS_UNAVAILABLE):
                error += (f"; robots.txt could not be read, so nothing was fetched (RFC 9309; reasons in"
                          f" {context.skips.path})")
        pages = stats.get(STAT_PAGES, 0)
        if error is not None or not (ran or interrupted):
            status, outcome = exit_status.FAILED, "failed"
        elif interrupted:
            status, outcome = exit_status.interrupted(signum), "interrupted"
        else:
            status, outcome = exit_status.OK, reason
        return {
            "site": context.site,
            "run_id": context.run_id,
            "generation": context.run.generation,
            "resumed": context.run.resumed,
            "started_at": context.started_at.isoformat(),
            "finished_at": finished.isoformat(),
            "elapsed_seconds": round(elapsed, 3),
            # finished, interrupted (SIGINT/SIGTERM), failed, or Scrapy's reason (closespider_...)
            "outcome": outcome,
            "interrupted_by": signal.Signals(signum).name if signum is not None else None,
            "finish_reason": reason,
            "responses": stats.get(SCRAPY_RESPONSES, 0),
            "pages": pages,
            "pages_per_minute": round(pages / elapsed * 60, 1) if elapsed > 0 else 0.0,
            "records": stats.get(STAT_RECORDS, 0),
            "records_by_kind": _sub_counts(stats, STAT_RECORDS),
            "unchanged": stats.get(STAT_UNCHANGED, 0),
            "unchanged_by_kind": _sub_counts(stats, STAT_UNCHANGED),
            "quarantined": stats.get(STAT_QUARANTINED, 0),
            "quarantined_by_reason": _reason_counts(stats),
            "resume_skipped": stats.get(STAT_RESUME_SKIPPED, 0),
            # Deliberately not made records (policy, not failure), each written to skipped.jsonl.
            "skipped": stats.get(STAT_SKIPPED, 0),
            "skipped_by_reason": _sub_counts(stats, STAT_SKIPPED),
            "outcomes": outcomes(stats),
            # Requests that were never URLs of their own: links off the site, a URL requested twice.
            "filtered_requests": {
                "offsite": stats.get(SCRAPY_OFFSITE, 0),
                "duplicate": stats.get(SCRAPY_DUPLICATES, 0),
            },
            "offsite_redirects": stats.get(STAT_OFFSITE_REDIRECTS, 0),
            "robots_txt_unavailable": stats.get(STAT_ROBOTS_UNAVAILABLE, 0),
            "not_processed": stats.get(STAT_NOT_PROCESSED, 0),
            "missing_from_feed": stats.get(STAT_MISSING, 0),
            # Reader comments of the records written (harvester.crawl.comment_counts): "spam" is
            # marked spam, by the page's own signals ("flagged_spam") or its text seen on several
            # records of the crawl ("repeated_text"); "repeated_earlier_unflagged": comments of
            # records written before their text reached that count, left unflagged in them.
            "comments": {
                "total": stats.get(STAT_COMMENTS, 0),
                "spam": stats.get(STAT_COMMENTS_SPAM, 0),
                "flagged_spam": stats.get(STAT_COMMENTS_FLAGGED, 0),
                "repeated_text": stats.get(STAT_COMMENTS_REPEATED, 0),
                "repeated_earlier_unflagged": stats.get(STAT_COMMENTS_REPEATED_EARLIER, 0),
            },
            "feed_files": [path.name for path in feed_files(context.site_dir, context.run_id)],
            "worker": context.frontier.worker if context.frontier is not None else None,
            "redis_round_trips": stats.get(STAT_REDIS_ROUND_TRIPS),
            "coverage": coverage(stats.get(STAT_EXTRACTED, 0), _sub_counts(stats, STAT_COVERAGE)),
            "drift": [],
            "could_run": ran,
            "error": error,
            "exit_status": status,
        }

    def _compare_with_history(self, summary: dict[str, Any]) -> None:
        """Add the drift alarm to ``summary`` and keep it in the run history (summary.json is only the last)."""
        state = self.context.state
        try:
            summary["drift"] = drift(summary, state.summaries(limit=DRIFT_WINDOW * 4))
            if summary["drift"] and summary["exit_status"] == exit_status.OK and self.crawler.settings.getbool(
                "HARVESTER_FAIL_ON_DRIFT"
            ):
                summary["exit_status"] = exit_status.DRIFT
            state.add_summary(summary)
        except StateError as exc:
            logger.error("cannot keep the run in the history: %s", exc)
            if summary["exit_status"] == exit_status.OK:
                summary["exit_status"] = exit_status.FAILED

    def _write_summary(self, summary: dict[str, Any]) -> None:
        path = self.context.summary_path
        temporary = path.with_name(path.name + ".tmp")
        try:
            temporary.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            os.replace(temporary, path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            logger.error("cannot write %s: %s", path, exc)
            summary["exit_status"] = exit_status.FAILED
            self.crawler.stats.set_value(STAT_EXIT_STATUS, exit_status.FAILED)

    def _log_summary(self, s: dict[str, Any]) -> None:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(s["quarantined_by_reason"].items()))
        logger.info(
            "crawl of %s %s in %.1f s: %d pages, %d records written, %d unchanged, %d quarantined%s, %d skipped,"
            " %d of %d comments spam; see %s",
            s["site"], s["outcome"], s["elapsed_seconds"], s["pages"], s["records"], s["unchanged"],
            s["quarantined"], f" ({reasons})" if reasons else "", s["skipped"], s["comments"]["spam"],
            s["comments"]["total"], self.context.summary_path,
        )
        if s["drift"]:
            logger.warning(
                "drift: %s's records lost fields compared with its recent runs (coverage, median of recent runs"
                " -> this run): %s", s["site"], describe_drift(s["drift"]),
            )
        if s["outcome"] == "interrupted":
            logger.warning("crawl of %s interrupted by %s; run the same command to resume", s["site"],
                           s["interrupted_by"])
        if s["error"]:
            logger.error("crawl of %s failed: %s", s["site"], s["error"])


class Progress:
    """Progress while the crawl runs: pages, records, rate and the queue.

    On a terminal a live line is redrawn in place every half second (each log message clears it
    first, so they never mix); in a log (a pipe, a file, cron, systemd, scrapyd) a line is logged
    every ``HARVESTER_PROGRESS_INTERVAL`` seconds instead.
    """

    def __init__(self, crawler: Crawler, interval: float, live: bool) -> None:
        self.crawler = crawler
        self.interval = _LIVE_INTERVAL if live else interval
        self.live = live
        self._loop: task.LoopingCall | None = None
        self._last_pages = 0
        self._started = time.monotonic()
        self._shown = False
        self._clearer = _ClearLiveLine(self) if live else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        interval = crawler.settings.getfloat("HARVESTER_PROGRESS_INTERVAL", 5.0)
        if interval <= 0:
            raise NotConfigured  # turned off as asked: no message, which Scrapy would log as a warning
        live = (crawler.settings.getbool("HARVESTER_PROGRESS_LIVE", True) and not crawler.settings.get("LOG_FILE")
                and sys.stderr.isatty())
        extension = cls(crawler, interval, live)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self) -> None:
        if self._clearer is not None:
            for handler in logging.getLogger().handlers:
                handler.addFilter(self._clearer)
        self._started = time.monotonic()
        self._loop = task.LoopingCall(self.log)
        self._loop.start(self.interval, now=False)

    def line(self) -> str:
        # A run over web archives has a better measure of progress: the bytes of input read.
        spider_line = getattr(self.crawler.spider, "progress_line", None)
        if callable(spider_line):
            return str(spider_line())
        stats = self.crawler.stats
        pages = stats.get_value(STAT_PAGES, 0)
        if self.live:  # a rate over half a second jumps about: the run's average instead
            rate = pages / max(time.monotonic() - self._started, 1e-3) * 60
        else:
            rate = (pages - self._last_pages) / self.interval * 60
        self._last_pages = pages
        engine = self.crawler.engine
        scheduler = getattr(engine, "scheduler", None) if engine is not None else None
        try:
            queued = f", {len(scheduler)} queued" if scheduler is not None else ""  # type: ignore[arg-type]
        except TypeError:
            queued = ""
        return (
            f"progress: {stats.get_value(SCRAPY_RESPONSES, 0)} responses, {pages} article pages"
            f" ({rate:.1f}/min), {stats.get_value(STAT_RECORDS, 0)} records written,"
            f" {stats.get_value(STAT_UNCHANGED, 0)} unchanged, {stats.get_value(STAT_QUARANTINED, 0)} quarantined"
            f"{queued}"
        )

    def log(self) -> None:
        if not self.live:
            logger.info("%s", self.line())
            return
        sys.stderr.write("\r\033[K" + self.line()[: _terminal_width() - 1])
        sys.stderr.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self._shown = False

    def spider_closed(self) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self.clear()
        if self._clearer is not None:
            for handler in logging.getLogger().handlers:
                handler.removeFilter(self._clearer)


_LIVE_INTERVAL = 0.5


class _ClearLiveLine(logging.Filter):
    """Clears the live progress line before a log message is written over it."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def filter(self, record: logging.LogRecord) -> bool:
        self.progress.clear()
        return True


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size((120, 24)).columns
