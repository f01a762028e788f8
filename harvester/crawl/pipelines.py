"""The one item pipeline: a fetched page in, at most one validated, versioned record out.

Each :class:`FetchedPage` ends in exactly one counted outcome (``harvester/...`` stats, reported
by the summary), never a silent drop:

* quarantined (``quarantine.jsonl`` + ``harvester/quarantined/<reason>``): fetch failure, HTTP
  error, non-HTML content type, empty body, not HTML, extractor failure, invalid record;
* filtered (``harvester/filtered/language``): parsed, but not in a language the run asked for
  (``HARVESTER_LANGUAGES``), so not extracted;
* unchanged (``harvester/unchanged/<how>``): 304 Not Modified, same body bytes as the last good
  fetch (extraction skipped), or same record content (extracted, not emitted);
* emitted (``harvester/records/<new|changed|replayed>``): the record's JSON-mode dict, exactly the
  ArticleRecord schema, handed to FEEDS after its version was committed to the state.

Extraction runs in worker processes and is awaited, so the reactor keeps fetching meanwhile. The
workers also validate, hash and encode the record (see :class:`ExtractedRecord`); what is left
here is the part that needs the state database: versioning and the ``crawl`` provenance.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime
from typing import Any, NoReturn, Self

from pydantic import ValidationError
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from harvester import __version__
from harvester.crawl.comment_counts import (
    COMMENT_TEXTS_KEPT, REPEATED_COMMENT_PAGES, tally, texts_to_count, with_repeated,
)
from harvester.crawl.context import RunContext, run_context
from harvester.crawl.delivery import ReplayedRecord
from harvester.crawl.exporters import EncodedRecord
from harvester.crawl.extraction import (
    ExtractedRecord, ExtractionPool, ExtractionTimeout, InvalidRecord, LanguageNotWanted, WorkerCrashed,
    wanted_languages,
)
from harvester.crawl.items import FetchedPage
from harvester.crawl.names import (
    STAT_COMMENTS, STAT_COMMENTS_FLAGGED, STAT_COMMENTS_REPEATED, STAT_COMMENTS_REPEATED_EARLIER, STAT_COMMENTS_SPAM,
    STAT_COVERAGE,
    STAT_EXTRACTED, STAT_NOT_PROCESSED, STAT_PAGES, STAT_QUARANTINED, STAT_RECORDS, STAT_SKIPPED, STAT_UNCHANGED,
    QuarantineReason, RecordKind, SkipReason, UnchangedHow, sub_key,
)
from harvester.crawl.state import PageOutcome, RecordState, StateError
from harvester.errors import NotHTMLError
from harvester.models import CrawlInfo

logger = logging.getLogger(__name__)

_HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml"})
# Statuses worth fetching again when a killed or stopped crawl resumes: the server may recover.
_TRANSIENT = frozenset({0, 408, 429, 500, 502, 503, 504, 522, 524})

# A record versioned by another worker at the same instant is read again; this many tries at most.
_VERSION_ATTEMPTS = 5


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extraction_key(selectors: dict[str, str] | None, timezone: str | None = None) -> str:
    """Identifies how a body is turned into a record: a new extractor or profile means re-extract."""
    how: list[object] = [__version__, selectors or {}]
    if timezone:
        how.append(timezone)
    return sha256_hex(json.dumps(how, sort_keys=True).encode())[:16]


def triage(page: FetchedPage) -> tuple[QuarantineReason, str | None] | None:
    """Why ``page`` cannot be extracted, before any parsing; None when it can."""
    if page.status == 0:
        return "fetch_failed", page.error or "no response"
    if page.status >= 400:
        return "http_error", f"HTTP {page.status}"
    if not 200 <= page.status < 300:
        return "unexpected_status", f"HTTP {page.status}"
    mime = (page.content_type or "").split(";", 1)[0].strip().lower()
    if mime not in _HTML_TYPES:
        return "not_html_content_type", page.content_type
    if not page.body or page.body.isspace():  # what strip() tests, without copying the page
        return "empty_body", None
    return None


class _Quarantined(DropItem):
    def __init__(self, reason: QuarantineReason) -> None:
        super().__init__(f"quarantined: {reason}", log_level="DEBUG")


class ArticlePipeline:
    def __init__(self, crawler: Crawler, context: RunContext) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.context = context
        settings = crawler.settings
        workers = settings.get("HARVESTER_EXTRACT_WORKERS")
        self.pool = ExtractionPool(
            None if workers in (None, "") else int(workers), settings.getfloat("HARVESTER_EXTRACT_TIMEOUT", 120.0),
            wanted_languages(settings.get("HARVESTER_LANGUAGES")),
        )
        self.repeated_pages = settings.getint("HARVESTER_REPEATED_COMMENT_PAGES", REPEATED_COMMENT_PAGES)
        self.texts_kept = settings.getint("HARVESTER_COMMENT_TEXTS_KEPT", COMMENT_TEXTS_KEPT)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        context = run_context(crawler)
        if context is None:
            raise NotConfigured("no harvester output paths: the spider did not call apply_run_settings")
        pipeline = cls(crawler, context)
        crawler.signals.connect(pipeline.request_dropped, signal=signals.request_dropped)
        return pipeline

    def close_spider(self) -> None:
        self.pool.close()

    def request_dropped(self, request: Request) -> None:
        """A redirect the dupefilter drops, silently: a loop back into its own chain is quarantined;
        an article redirecting to a URL the crawl fetches anyway is written down as a skip."""
        chain: list[str] = request.meta.get("redirect_urls") or []
        if not chain or self.context.fatal_error is not None:
            return
        if request.url not in chain:
            skip = getattr(self.crawler.spider, "skip", None)
            if request.meta.get("harvester_asked") and skip is not None:
                skip(chain[0], "duplicate_redirect", f"redirects to {request.url}, which this crawl fetches anyway")
            return
        error = "redirect loop: " + " -> ".join([*chain, request.url])
        try:
            self._record_quarantine(
                url=chain[0], status=0, reason="redirect_loop", error=error, fetched_at=datetime.now(UTC),
                content_type=None, spider=self.crawler.spider.name if self.crawler.spider else None,
                profile=None, transient=False, warc=None,
            )
        except (StateError, OSError) as exc:
            self._stop(exc)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, (FetchedPage, ReplayedRecord)):
            return item
        if isinstance(item, FetchedPage):
            self.stats.inc_value(STAT_PAGES)
        if self.context.fatal_error is not None:
            self.stats.inc_value(STAT_NOT_PROCESSED)
            raise DropItem("not processed: the output cannot be written", log_level="DEBUG")
        try:
            if isinstance(item, ReplayedRecord):
                return self._replay(item)
            return await self._process(item)
        except (StateError, OSError) as exc:
            self._stop(exc)
            self.stats.inc_value(STAT_NOT_PROCESSED)
            raise DropItem("not processed: the output cannot be written", log_level="DEBUG") from exc

    async def _process(self, page: FetchedPage) -> dict[str, Any]:
        state = self.context.state
        if page.status == 304:
            self._not_modified(page)
        problem = triage(page)
        if problem is not None:
            self._quarantine(page, *problem)
        key = extraction_key(page.selectors, page.timezone)
        body_hash = sha256_hex(page.body)
        known = state.page(page.url)
        if known is not None and known.body_hash == body_hash and known.extraction_key == key:
            state.save_page(self._outcome(page, "unchanged", body_hash, key, known.record_id))
            self._unchanged(page, "body")
        try:
            extracted = await self.pool.extract(page.body, page.url, page.content_type, page.selectors,
                                                page.timezone)
        except LanguageNotWanted as exc:
            # A skip, not saved to the state: the page is not the run's business, like an offsite URL.
            self._skip(page, "language", str(exc))
        except NotHTMLError as exc:
            self._quarantine(page, "not_html", str(exc))
        except InvalidRecord as exc:
            self._quarantine(page, "validation_error", str(exc))
        except ExtractionTimeout as exc:
            self._quarantine(page, "extraction_timeout", str(exc))
        except WorkerCrashed as exc:
            self._quarantine(page, "worker_crash", str(exc))
        except Exception as exc:  # noqa: BLE001 - the extractor must not raise; if it does, the page says why
            self._quarantine(page, "extraction_error", f"{type(exc).__name__}: {exc}")
        return self._version(page, extracted, body_hash, key)

    def _version(self, page: FetchedPage, extracted: ExtractedRecord, body_hash: str, key: str) -> EncodedRecord:
        # No await from here to the commit: the read-modify-write of the version is atomic with
        # respect to the other pages in flight on the reactor thread. Other workers of a
        # distributed crawl are not on this thread: the shared store refuses a commit whose
        # previous version moved meanwhile, and the version is then read again.
        extracted = self._mark_repeated_comments(extracted)
        for _ in range(_VERSION_ATTEMPTS):
            committed = self._commit_version(page, extracted, body_hash, key)
            if committed is not None:
                return committed
        raise StateError(f"record {extracted.record_id}: its version kept changing under this worker")

    def _commit_version(
        self, page: FetchedPage, extracted: ExtractedRecord, body_hash: str, key: str
    ) -> EncodedRecord | None:
        state = self.context.state
        record_id = extracted.record_id
        digest = extracted.content_hash
        self.stats.inc_value(STAT_EXTRACTED)
        for name in extracted.fields:
            self.stats.inc_value(sub_key(STAT_COVERAGE, name))
        previous = state.record(record_id)
        outcome = self._outcome(page, "record", body_hash, key, record_id)
        if previous is not None and previous.content_hash == digest:
            state.save_unchanged_record(
                self._outcome(page, "unchanged", body_hash, key, record_id), record_id
            )
            self._unchanged(page, "content")
        version = previous.version + 1 if previous is not None else 1
        first_seen = previous.first_seen if previous is not None else page.fetched_at
        try:
            crawl = CrawlInfo(
                fetched_at=page.fetched_at, status=page.status, content_hash=digest, version=version,
                previous_content_hash=previous.content_hash if previous is not None else None,
                first_seen=first_seen, spider=page.spider, profile=page.profile, warc=page.warc,
            )
        except ValidationError as exc:
            self._quarantine(page, "validation_error", str(exc))
        line = extracted.line(crawl)
        if not state.save_new_version(
            outcome, RecordState(record_id, page.url, digest, version, first_seen, page.fetched_at), line,
            self.context.run_id, version - 1,
        ):
            return None
        self._count_record("new" if version == 1 else "changed")
        record = json.loads(line)
        self._count_comments(record.get("comments") or [])
        return EncodedRecord(record, line)

    def _mark_repeated_comments(self, extracted: ExtractedRecord) -> ExtractedRecord:
        """Count the record's comment texts in the crawl state; flag those now on enough records.

        Counted before the record is versioned, once per record (the state ignores a record it
        has counted), so the comments of records written before a text reached the threshold are
        counted as they come to light, even when this record turns out unchanged.
        """
        texts = texts_to_count(extracted.comment_keys)
        if not texts:
            return extracted
        counts = self.context.state.count_comment_texts(
            extracted.record_id, texts, self.repeated_pages, self.texts_kept
        )
        earlier = sum(count.earlier_unflagged for count in counts.values())
        if earlier:
            self.stats.inc_value(STAT_COMMENTS_REPEATED_EARLIER, earlier)
        repeated = {key for key, count in counts.items() if count.records >= self.repeated_pages}
        return with_repeated(extracted, repeated) if repeated else extracted

    def _count_comments(self, comments: list[dict[str, Any]]) -> None:
        counts = tally(comments)
        for key, value in (
            (STAT_COMMENTS, counts.total), (STAT_COMMENTS_SPAM, counts.spam),
            (STAT_COMMENTS_FLAGGED, counts.flagged_spam), (STAT_COMMENTS_REPEATED, counts.repeated_text),
        ):
            if value:
                self.stats.inc_value(key, value)

    def _replay(self, item: ReplayedRecord) -> EncodedRecord:
        delivery = item.delivery
        self.context.state.reassign_delivery(delivery.record_id, delivery.version, self.context.run_id)
        self._count_record("replayed")
        logger.info("re-emitting record %s v%d lost by an earlier run", delivery.record_id, delivery.version)
        return EncodedRecord(json.loads(delivery.record_json), delivery.record_json)

    def _count_record(self, kind: RecordKind) -> None:
        self.stats.inc_value(STAT_RECORDS)
        self.stats.inc_value(sub_key(STAT_RECORDS, kind))

    def _outcome(
        self, page: FetchedPage, outcome: str, body_hash: str | None = None, key: str | None = None,
        record_id: str | None = None,
    ) -> PageOutcome:
        return PageOutcome(
            url=page.url, status=page.status, outcome=outcome, fetched_at=page.fetched_at,
            generation=self.context.run.generation, body_hash=body_hash, extraction_key=key,
            etag=page.etag, last_modified=page.last_modified, record_id=record_id, archive=page.archive,
        )

    def _not_modified(self, page: FetchedPage) -> NoReturn:
        known = self.context.state.page(page.url)
        if known is None or known.body_hash is None:
            self._quarantine(page, "unexpected_status", "HTTP 304 for a page with no previous version")
        self.context.state.save_page(
            self._outcome(page, "unchanged", known.body_hash, known.extraction_key, known.record_id)
        )
        self._unchanged(page, "not_modified")

    def _unchanged(self, page: FetchedPage, how: UnchangedHow) -> NoReturn:
        self.stats.inc_value(STAT_UNCHANGED)
        self.stats.inc_value(sub_key(STAT_UNCHANGED, how))
        logger.debug("unchanged (%s): %s", how, page.url)
        raise DropItem(f"unchanged ({how})", log_level="DEBUG")

    def _skip(self, page: FetchedPage, reason: SkipReason, detail: str) -> NoReturn:
        """Written to skipped.jsonl and counted, as the spiders' skips are; raises OSError when it cannot be."""
        self.context.skips.add(url=page.url, reason=reason, detail=detail, at=datetime.now(UTC),
                               run_id=self.context.run_id, spider=page.spider)
        self.stats.inc_value(STAT_SKIPPED)
        self.stats.inc_value(sub_key(STAT_SKIPPED, reason))
        raise DropItem(f"skipped ({reason}): {detail}", log_level="DEBUG")

    def _quarantine(self, page: FetchedPage, reason: QuarantineReason, error: str | None) -> NoReturn:
        self._record_quarantine(
            url=page.url, status=page.status, reason=reason, error=error, fetched_at=page.fetched_at,
            content_type=page.content_type, spider=page.spider, profile=page.profile,
            transient=page.status in _TRANSIENT and reason in ("fetch_failed", "http_error"),
            warc=page.warc.model_dump() if page.warc is not None else None, archive=page.archive,
        )
        raise _Quarantined(reason)

    def _record_quarantine(
        self, *, url: str, status: int, reason: QuarantineReason, error: str | None, fetched_at: datetime,
        content_type: str | None, spider: str | None, profile: str | None, transient: bool,
        warc: dict[str, object] | None, archive: tuple[str, int] | None = None,
    ) -> None:
        # Logged before the state is told: a crash in between logs the page twice, never zero times.
        self.context.quarantine.add(
            url=url, status=status, reason=reason, error=error, fetched_at=fetched_at, run_id=self.context.run_id,
            content_type=content_type, spider=spider, profile=profile, warc=warc,
        )
        self.context.state.save_page(PageOutcome(
            url=url, status=status, outcome="failed" if transient else "quarantined", fetched_at=fetched_at,
            generation=self.context.run.generation, archive=archive,
        ))
        self.stats.inc_value(STAT_QUARANTINED)
        self.stats.inc_value(sub_key(STAT_QUARANTINED, reason))
        logger.info("quarantined (%s): %s%s", reason, url, f" ({error[:200]})" if error else "")

    def _stop(self, exc: BaseException) -> None:
        if self.context.fatal_error is None:
            message = f"cannot write the crawl output in {self.context.site_dir}: {exc}"
            self.context.fatal_error = message
            logger.error("%s; stopping the crawl (pages not yet recorded are fetched again next run)", message)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="output_error"))
