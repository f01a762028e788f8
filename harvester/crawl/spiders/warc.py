"""``warc``: pages read from web archives (WARC, gzipped WARC, ARC) instead of fetched.

The archive's HTML response records become :class:`FetchedPage` items yielded from ``start()``,
so they take the crawl's own path: the extraction pool, validation, quarantine, incremental
state and exactly-once feed. Each carries its provenance (file, offset, record id, target URI;
the capture date is its ``fetched_at``).

Resuming: the pipeline commits each record's (file, offset) with the page's outcome, in one
transaction. A run that follows an interrupted one continues its generation and passes over the
records already committed; so every record reaches the feed exactly once across interruptions.
A run that follows a finished one reads everything again, and the state reports what it already
knew as unchanged (a newer extractor re-extracts, giving new versions where a record changed).

Records that are not pages (requests, revisits, metadata, non-HTML, non-2xx) and pages the
filters leave out are counted by reason, never quarantined: an archive is mostly other things.
A file that is truncated or corrupt is read up to the damage, which is logged, counted and
written to the quarantine file; the run goes on with the next file.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_from_coro

from harvester.crawl.context import run_context
from harvester.crawl.extraction import _IN_FLIGHT_PER_WORKER
from harvester.crawl.items import FetchedPage
from harvester.crawl.names import (
    STAT_ASKED, STAT_PAGES, STAT_WARC_BYTES, STAT_WARC_FILES, STAT_WARC_FILES_DAMAGED, STAT_WARC_FILTERED, STAT_WARC_PASSED,
    STAT_WARC_RECORDS, STAT_WARC_RESUME_SKIPPED, WARC_SPIDER, sub_key,
)
from harvester.crawl.runtime import apply_run_settings
from harvester.crawl.state import StateError, StateStore
from harvester.models import ArchiveSource
from harvester.profiles import SiteProfile, load_profile, parse_since
from harvester.warc.reader import ArchivedPage, ArchiveReader, Damaged, Passed, archive_files

logger = logging.getLogger(__name__)

DEFAULT_SITE = "warc"
_ROOM_POLL = 0.02


def _host_in(host: str, domains: Iterable[str]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value]


class WarcSpider(Spider):
    """Arguments (``-a NAME=VALUE`` under ``scrapy crawl warc``; comma-separated lists there):
    ``files`` (archive files or directories), ``profile`` (its allowed domains, article and deny
    patterns and selectors apply), ``domain`` (host or parent domain), ``since``/``until``
    (YYYY-MM-DD, capture date, both inclusive), ``site`` (the output directory's name when no
    profile names it) and ``output``. Languages are the pipeline's ``HARVESTER_LANGUAGES``.
    """

    name = WARC_SPIDER

    def __init__(
        self,
        *args: Any,
        files: str | Iterable[str | Path] = (),
        profile: str | SiteProfile | None = None,
        domain: str | Iterable[str] | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        site: str | None = None,
        output: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.files = archive_files([Path(p) for p in _as_list(files)])
        if not self.files:
            raise ValueError("no archive files to read (give WARC/ARC files or directories holding them)")
        self.site_profile = profile if isinstance(profile, SiteProfile) or profile is None else load_profile(profile)
        self.domains = [d.lower().strip(".") for d in _as_list(domain)]
        self.since = parse_since(since)
        self.until = parse_since(until)
        if self.since and self.until and self.until < self.since:
            raise ValueError(f"--until {self.until} is before --since {self.since}")
        self.site = site or (self.site_profile.name if self.site_profile else DEFAULT_SITE)
        self.output_dir = output
        loaded = self.site_profile
        self._articles = [re.compile(p) for p in loaded.article_patterns] if loaded else []
        self._denied = [re.compile(p) for p in loaded.deny_patterns] if loaded else []
        self.selectors = dict(loaded.selectors) if loaded and loaded.selectors else None
        self.total_bytes = sum(path.stat().st_size for path in self.files)
        self._bytes_done = 0
        self._reader: ArchiveReader | None = None
        self._room = asyncio.Event()
        self._max_in_flight = 1
        self._started = time.monotonic()
        self.damaged: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.apply_settings(crawler.settings)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._item_done, signal=signal)
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        return spider

    def apply_settings(self, settings: Settings) -> None:
        output = Path(self.output_dir or settings.get("HARVESTER_OUTPUT_DIR") or "output")
        apply_run_settings(settings, output_dir=output, site=self.site)
        read_ahead = settings.getint("HARVESTER_WARC_READ_AHEAD")
        if read_ahead < 1:
            workers = settings.get("HARVESTER_EXTRACT_WORKERS")
            count = (os.cpu_count() or 1) if workers in (None, "") else int(workers)
            # Enough to keep the pool's own queue full, and no more: an archive may be far larger
            # than memory, and Scrapy does not hold back items yielded from start().
            read_ahead = 2 * max(1, count) * _IN_FLIGHT_PER_WORKER
        self._max_in_flight = read_ahead

    # -- filters ---------------------------------------------------------------------------------

    def filtered_out(self, page: ArchivedPage) -> str | None:
        """Which filter leaves ``page`` out (a stats word), or None when it is read."""
        try:
            host = (urlsplit(page.target_uri).hostname or "").lower()
        except ValueError:
            return "domain"
        if self.site_profile is not None and not self.site_profile.allows(page.target_uri):
            return "domain"
        if self.domains and not _host_in(host, self.domains):
            return "domain"
        day = page.captured_at.astimezone(UTC).date()
        if (self.since and day < self.since) or (self.until and day > self.until):
            return "date"
        if any(p.search(page.target_uri) for p in self._denied):
            return "url_pattern"
        if self._articles and not any(p.search(page.target_uri) for p in self._articles):
            return "url_pattern"
        return None

    # -- reading ---------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[FetchedPage]:
        context = run_context(self.crawler)
        assert context is not None  # apply_run_settings ran in from_crawler
        stats = self.crawler.stats
        if not isinstance(context.state, StateStore):
            self._stop("harvester warc keeps its state in the site directory: run it without HARVESTER_REDIS_URL")
            return
        for path in self.files:
            key = str(path.resolve())
            try:
                done = context.state.archive_done(key, context.run.generation)
            except StateError as exc:
                self._stop(str(exc))
                return
            stats.inc_value(STAT_WARC_FILES)
            logger.info("reading %s (%s)%s", path, _size(path.stat().st_size),
                        f", {len(done)} records done by an earlier run" if done else "")
            self._reader = reader = ArchiveReader(path, max_body=self.settings.getint("DOWNLOAD_MAXSIZE") or 2**31)
            read = reader.size
            for entry in reader:
                stats.inc_value(STAT_WARC_RECORDS)
                if isinstance(entry, Damaged):
                    read = entry.offset
                    self._damaged(path, entry)
                    break
                if isinstance(entry, Passed):
                    stats.inc_value(sub_key(STAT_WARC_PASSED, entry.reason))
                    continue
                if entry.offset in done:
                    stats.inc_value(STAT_WARC_RESUME_SKIPPED)
                    continue
                reason = self.filtered_out(entry)
                if reason is not None:
                    stats.inc_value(sub_key(STAT_WARC_FILTERED, reason))
                    continue
                while not self._stopping() and self._items_in_pipeline() >= self._max_in_flight:
                    # An item's signal comes just before Scrapy stops counting it: look again a
                    # moment after it, whichever comes first.
                    self._room.clear()
                    with suppress(TimeoutError):
                        await asyncio.wait_for(self._room.wait(), _ROOM_POLL)
                if self._stopping():
                    return
                # Asked for, in the crawl's accounting: it ends as a record, unchanged, quarantined or skipped.
                stats.inc_value(STAT_ASKED)
                yield self.page(path, key, entry)
            self._bytes_done += reader.size
            stats.inc_value(STAT_WARC_BYTES, read)
            self._reader = None

    def page(self, path: Path, key: str, entry: ArchivedPage) -> FetchedPage:
        profile = self.site_profile
        return FetchedPage(
            url=entry.target_uri, status=entry.status, body=entry.body, content_type=entry.content_type,
            fetched_at=entry.captured_at, spider=self.name, profile=profile.name if profile else None,
            etag=entry.etag, last_modified=entry.last_modified, selectors=self.selectors,
            warc=ArchiveSource(file=path.name, offset=entry.offset, record_id=entry.record_id,
                               target_uri=entry.target_uri),
            archive_file=key,
        )

    def _damaged(self, path: Path, damage: Damaged) -> None:
        context = run_context(self.crawler)
        assert context is not None
        self.crawler.stats.inc_value(STAT_WARC_FILES_DAMAGED)
        self.damaged.append({"file": str(path), "offset": damage.offset, "error": damage.error})
        logger.error("%s is damaged at byte %d (%s): read up to there, going on with the next file",
                     path, damage.offset, damage.error)
        try:
            context.quarantine.add(
                url=damage.target_uri or path.resolve().as_uri(), status=0, reason="warc_damaged", error=damage.error,
                fetched_at=datetime.now(UTC), run_id=context.run_id, spider=self.name,
                profile=self.site_profile.name if self.site_profile else None,
                warc={"file": path.name, "offset": damage.offset, "record_id": None, "target_uri": damage.target_uri},
            )
        except OSError as exc:
            self._stop(f"cannot write {context.quarantine.path}: {exc}")

    def _stop(self, error: str) -> None:
        """The output cannot be written: as for the pipeline's output errors, the run stops and exits 1."""
        context = run_context(self.crawler)
        assert context is not None
        context.fatal_error = context.fatal_error or error
        logger.error("%s; stopping", error)
        if self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="output_error"))

    def _item_done(self) -> None:
        self._room.set()
        # Scrapy 2.19 looks whether the spider is idle (done, or closing and drained) when a
        # response is done or on its 5-second heartbeat, never when an item from start() is done:
        # a run would end up to 5 s late, and one stopped with pages in the pipeline (Ctrl-C,
        # CLOSESPIDER_*) would wait forever. So it looks once the item has left Scrapy's count.
        from twisted.internet import reactor  # imported late: importing it installs a reactor

        reactor.callLater(_ROOM_POLL, self._idle_check)

    def _idle_check(self) -> None:
        engine = self.crawler.engine
        scraper = engine.scraper if engine is not None else None
        if scraper is None or scraper.slot is None:
            return
        closing = scraper.slot.closing
        if closing is not None:
            if not closing.called:
                scraper._check_if_closing()  # noqa: SLF001 - see _item_done
        elif engine._slot is not None:  # noqa: SLF001
            engine._slot.nextcall.schedule()  # noqa: SLF001 - the engine's own "anything left?" look

    def _stopping(self) -> bool:
        """The run is closing (Ctrl-C, an output error, CLOSESPIDER_*): read no further."""
        engine = self.crawler.engine
        return engine is None or not engine.running or (engine._slot is not None and bool(engine._slot.closing))  # noqa: SLF001

    def _items_in_pipeline(self) -> int:
        slot = self.crawler.engine.scraper.slot if self.crawler.engine else None
        return slot.itemproc_size if slot is not None else 0

    # -- progress --------------------------------------------------------------------------------

    def bytes_read(self) -> int:
        reader = self._reader
        return self._bytes_done + (reader.position - reader.start if reader is not None else 0)

    def _opened(self) -> None:
        self._started = time.monotonic()

    def progress_line(self) -> str:
        """A progress bar over the bytes of input, with pages/s; the crawl's Progress shows it."""
        done, total = self.bytes_read(), max(1, self.total_bytes)
        share = min(1.0, done / total)
        elapsed = max(1e-6, time.monotonic() - self._started)
        pages = self.crawler.stats.get_value(STAT_PAGES, 0)
        left = f", about {(elapsed / share - elapsed) / 60:.0f} min left" if 0 < share < 1 else ""
        return (
            f"warc [{'#' * int(share * 30):<30}] {share:4.0%} {_size(done)} of {_size(total)}, {pages} pages,"
            f" {pages / elapsed:.1f} pages/s, {done / elapsed / 1e6:.1f} MB/s{left}"
        )


def _size(count: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} B"
