"""Incremental crawl state in one SQLite file per site directory.

What a re-run needs to know, and nothing more:

* ``pages``: per fetched URL, the body hash and validators (ETag, Last-Modified) of the last good
  fetch, the record it produced, and the crawl generation that last handled it.
* ``records``: per record id, the content hash and version last emitted. Versions are per record
  id, not per URL, because two URLs with one canonical URL are one article: keying by URL would
  emit the same (id, version) twice.
* ``deliveries``: records committed for export but not yet confirmed in a feed file (see
  :mod:`harvester.crawl.delivery` for the exactly-once design).
* ``runs``: one row per run; a row with no ``ended_at`` is a run that was killed.
* ``run_history``: every closed run's summary (what ``summary.json`` held after it), kept so a
  failed run never hides the good one before it, and so coverage can be compared across runs
  (see :mod:`harvester.crawl.history`).
* ``comment_texts``: per comment text seen in the site's records (its key), the first records
  carrying it, up to the repeated-text threshold, and when it was last seen; the most recently
  seen texts are kept (see :mod:`harvester.crawl.comment_counts`); created at the first count.
* ``archive_records``: the web-archive records (file, offset) whose page outcome is committed, by
  generation: what an interrupted ``harvester warc`` run skips when it is run again. Written in
  the same transaction as the page's outcome, so a record is either done or read again.

A *generation* is one complete pass over a site. A run that follows a finished run starts a new
generation; a run that follows an interrupted one continues it, so pages already handled in the
generation need not be fetched again.

Every write is one transaction, and the database runs in WAL mode: a process killed at any
instant leaves either the old or the new state, never a torn one. ``synchronous=NORMAL`` keeps
that guarantee for process crashes (kill -9, OOM); only an OS crash or power loss may lose the
last commits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from harvester.crawl.comment_counts import TextCount

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY NOT NULL,
    generation INTEGER NOT NULL,
    pid INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    close_reason TEXT,
    job_dir_ok INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY NOT NULL,
    record_id TEXT,
    body_hash TEXT,
    extraction_key TEXT,
    etag TEXT,
    last_modified TEXT,
    status INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    generation INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT PRIMARY KEY NOT NULL,
    url TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    version INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries (
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    run_id TEXT NOT NULL,
    record_json TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE INDEX IF NOT EXISTS deliveries_by_run ON deliveries (run_id);
CREATE TABLE IF NOT EXISTS run_history (
    run_id TEXT PRIMARY KEY NOT NULL,
    finished_at TEXT NOT NULL,
    summary TEXT NOT NULL
);
"""

# Created by the first count of comment texts, so a state without comments carries none of it.
_COMMENT_SCHEMA = """
CREATE TABLE IF NOT EXISTS comment_texts (
    text_key TEXT PRIMARY KEY NOT NULL,
    records TEXT NOT NULL,          -- ids of the first records carrying it, space-separated
    earlier_unflagged INTEGER NOT NULL,  -- their comments with it not flagged otherwise
    used INTEGER NOT NULL           -- when last seen (a counter): the least recent are forgotten
);
CREATE INDEX IF NOT EXISTS comment_texts_by_use ON comment_texts (used);
"""

# Created by the first run over web archives (harvester warc), so a crawl's state carries none of it.
_ARCHIVE_SCHEMA = """
CREATE TABLE IF NOT EXISTS archive_records (
    file TEXT NOT NULL,
    offset INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    PRIMARY KEY (file, offset)
);
"""

# Close reasons after which the next run starts a new pass instead of resuming this one.
_COMPLETE_REASONS = ("finished",)


def read_summaries(db: sqlite3.Connection, limit: int | None = None) -> list[dict[str, Any]]:
    """Run summaries newest first, from an open state database (one without the table has none)."""
    try:
        rows = db.execute(
            "SELECT summary FROM run_history ORDER BY finished_at DESC, rowid DESC LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [json.loads(row[0]) for row in rows]


class StateError(RuntimeError):
    """The state database cannot be opened or written (disk full, read-only, not a database)."""


@dataclass(frozen=True)
class PageState:
    url: str
    record_id: str | None
    body_hash: str | None
    extraction_key: str | None
    etag: str | None
    last_modified: str | None
    status: int
    outcome: str
    first_seen: datetime
    last_seen: datetime
    generation: int


@dataclass(frozen=True)
class RecordState:
    record_id: str
    url: str
    content_hash: str
    version: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class RunStart:
    run_id: str
    generation: int
    # True when the previous run did not finish: this run continues its generation.
    resumed: bool
    # Runs that were killed (no ended_at): their feed files need checking.
    crashed_runs: tuple[str, ...]


@dataclass(frozen=True)
class Delivery:
    record_id: str
    version: int
    run_id: str
    record_json: str


@dataclass(frozen=True)
class PageOutcome:
    """What one fetch of an article URL came to, as the state remembers it."""

    url: str
    status: int
    outcome: str  # record | unchanged | quarantined | failed
    fetched_at: datetime
    generation: int
    body_hash: str | None = None
    extraction_key: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    record_id: str | None = None
    # (archive file key, record offset) when the page was read from a web archive.
    archive: tuple[str, int] | None = None


class CrawlState(Protocol):
    """What the crawl components ask of the incremental state and the delivery ledger.

    :class:`StateStore` (SQLite, one machine: the default) and
    :class:`harvester.crawl.shared_store.RedisStateStore` (``--redis``: every worker of a
    distributed crawl) implement it; pipelines, middlewares and extensions see only this.
    """

    def close(self) -> None: ...
    def begin_run(self, run_id: str, pid: int, started_at: datetime) -> RunStart: ...
    def close_killed_runs(self, run_ids: Iterable[str], at: datetime) -> None: ...
    def end_run(self, run_id: str, reason: str, ended_at: datetime, *, job_dir_ok: bool = False) -> None: ...
    def add_summary(self, summary: dict[str, Any]) -> None: ...
    def summaries(self, limit: int | None = None) -> list[dict[str, Any]]: ...
    def page(self, url: str) -> PageState | None: ...
    def record(self, record_id: str) -> RecordState | None: ...
    def done_in_generation(self, url: str, generation: int) -> bool: ...
    def save_page(self, outcome: PageOutcome) -> None: ...
    def save_unchanged_record(self, page: PageOutcome, record_id: str) -> None: ...
    def save_new_version(
        self, page: PageOutcome, record: RecordState, record_json: str, run_id: str, previous_version: int
    ) -> bool: ...
    def undelivered(self, run_ids: Iterable[str] | None = None) -> list[Delivery]: ...
    def undelivered_keys(self, run_ids: Iterable[str]) -> list[tuple[str, int]]: ...
    def confirm_delivered(self, keys: Iterable[tuple[str, int]]) -> int: ...
    def reassign_delivery(self, record_id: str, version: int, run_id: str) -> None: ...
    def count_comment_texts(
        self, record_id: str, texts: dict[str, int], threshold: int, kept: int
    ) -> dict[str, TextCount]: ...


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


class StateStore:
    """One connection, used from the reactor thread only."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StateError(f"cannot open crawl state {self.path}: {exc}") from exc
        # Rows of comment_texts, read (the table created) at the first count: one process writes this database.
        self._text_rows: int | None = None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; any SQLite failure (disk full included) becomes StateError."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back on its own (e.g. SQLITE_FULL during COMMIT).
            if self._db.in_transaction:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StateError(f"cannot write crawl state {self.path}: {exc}") from exc
            raise

    def _write(self, sql: str, params: Iterable[object] = ()) -> None:
        with self._transaction() as db:
            db.execute(sql, tuple(params))

    # -- runs ---------------------------------------------------------------------------------

    def _last_run(self) -> tuple[str, int, str | None, str | None, int] | None:
        return self._db.execute(
            "SELECT run_id, generation, ended_at, close_reason, job_dir_ok FROM runs"
            " ORDER BY started_at DESC, rowid DESC LIMIT 1"
        ).fetchone()

    def job_dir_reusable(self) -> bool:
        """Whether the last run left a JOBDIR to resume from (see :meth:`end_run`)."""
        last = self._last_run()
        return last is not None and last[2] is not None and bool(last[4])

    def begin_run(self, run_id: str, pid: int, started_at: datetime) -> RunStart:
        with self._transaction() as db:
            last = self._last_run()
            if last is None:
                generation, resumed = 1, False
            elif last[2] is not None and last[3] in _COMPLETE_REASONS:
                generation, resumed = last[1] + 1, False
            else:
                generation, resumed = last[1], True
            crashed = tuple(r[0] for r in db.execute("SELECT run_id FROM runs WHERE ended_at IS NULL ORDER BY rowid"))
            db.execute(
                "INSERT INTO runs (run_id, generation, pid, started_at) VALUES (?, ?, ?, ?)",
                (run_id, generation, pid, _ts(started_at)),
            )
        return RunStart(run_id, generation, resumed, crashed)

    def close_killed_runs(self, run_ids: Iterable[str], at: datetime) -> None:
        """Mark runs that never closed as killed, once their feed files have been checked.

        Not done by :meth:`begin_run`: a run that dies while checking them leaves them open, and
        the next run checks them again (checking is idempotent).
        """
        with self._transaction() as db:
            db.executemany(
                "UPDATE runs SET ended_at = ?, close_reason = 'killed' WHERE run_id = ?",
                [(_ts(at), run_id) for run_id in run_ids],
            )

    def end_run(self, run_id: str, reason: str, ended_at: datetime, *, job_dir_ok: bool = False) -> None:
        """``job_dir_ok``: the run stopped gracefully, unfinished and error-free, so Scrapy's JOBDIR
        is consistent and worth resuming from. After anything else (killed, output error, disk
        full) its queue files may be torn, and the next run starts over instead."""
        self._write(
            "UPDATE runs SET ended_at = ?, close_reason = ?, job_dir_ok = ? WHERE run_id = ?",
            (_ts(ended_at), reason, int(job_dir_ok), run_id),
        )

    def add_summary(self, summary: dict[str, Any]) -> None:
        """Keep a closed run's summary in the history (replacing one written for the same run)."""
        self._write(
            "INSERT OR REPLACE INTO run_history (run_id, finished_at, summary) VALUES (?, ?, ?)",
            (summary["run_id"], summary["finished_at"], json.dumps(summary, ensure_ascii=False)),
        )

    def summaries(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The history's summaries, newest first."""
        return read_summaries(self._db, limit)

    # -- pages and records --------------------------------------------------------------------

    def page(self, url: str) -> PageState | None:
        row = self._db.execute(
            "SELECT url, record_id, body_hash, extraction_key, etag, last_modified, status, outcome,"
            " first_seen, last_seen, generation FROM pages WHERE url = ?",
            (url,),
        ).fetchone()
        if row is None:
            return None
        return PageState(*row[:8], _dt(row[8]), _dt(row[9]), row[10])

    def record(self, record_id: str) -> RecordState | None:
        row = self._db.execute(
            "SELECT record_id, url, content_hash, version, first_seen, last_seen FROM records WHERE record_id = ?",
            (record_id,),
        ).fetchone()
        if row is None:
            return None
        return RecordState(*row[:4], _dt(row[4]), _dt(row[5]))

    def done_in_generation(self, url: str, generation: int) -> bool:
        """Handled for good in this pass: a record, unchanged, or a permanent failure."""
        row = self._db.execute(
            "SELECT 1 FROM pages WHERE url = ? AND generation = ? AND outcome != 'failed'", (url, generation)
        ).fetchone()
        return row is not None

    def save_page(self, outcome: PageOutcome) -> None:
        with self._transaction() as db:
            self._upsert_page(db, outcome)

    def _upsert_page(self, db: sqlite3.Connection, o: PageOutcome) -> None:
        # A failed or quarantined fetch keeps the validators and hash of the last good one: the next
        # fetch compares against what was last exported, not against an error page.
        keep_good = o.outcome in ("quarantined", "failed")
        db.execute(
            """
            INSERT INTO pages (url, record_id, body_hash, extraction_key, etag, last_modified, status,
                               outcome, first_seen, last_seen, generation)
            VALUES (:url, :record_id, :body_hash, :extraction_key, :etag, :last_modified, :status,
                    :outcome, :seen, :seen, :generation)
            ON CONFLICT (url) DO UPDATE SET
                record_id = CASE WHEN :keep THEN record_id ELSE coalesce(:record_id, record_id) END,
                body_hash = CASE WHEN :keep THEN body_hash ELSE :body_hash END,
                extraction_key = CASE WHEN :keep THEN extraction_key ELSE :extraction_key END,
                etag = CASE WHEN :keep THEN etag ELSE coalesce(:etag, etag) END,
                last_modified = CASE WHEN :keep THEN last_modified ELSE coalesce(:last_modified, last_modified) END,
                status = :status, outcome = :outcome, last_seen = :seen, generation = :generation
            """,
            {
                "url": o.url, "record_id": o.record_id, "body_hash": o.body_hash,
                "extraction_key": o.extraction_key, "etag": o.etag, "last_modified": o.last_modified,
                "status": o.status, "outcome": o.outcome, "seen": _ts(o.fetched_at),
                "generation": o.generation, "keep": keep_good,
            },
        )
        if o.archive is not None:
            db.execute(
                "INSERT OR REPLACE INTO archive_records (file, offset, generation) VALUES (?, ?, ?)",
                (*o.archive, o.generation),
            )

    def archive_done(self, file: str, generation: int) -> set[int]:
        """Offsets of the records of ``file`` whose outcome this generation has committed.

        Called before a run reads ``file``: it creates the table the page outcomes of its records
        are committed to.
        """
        try:
            self._db.executescript(_ARCHIVE_SCHEMA)
            rows = self._db.execute(
                "SELECT offset FROM archive_records WHERE file = ? AND generation = ?", (file, generation)
            ).fetchall()
        except sqlite3.Error as exc:
            raise StateError(f"cannot write crawl state {self.path}: {exc}") from exc
        return {offset for (offset,) in rows}

    def save_unchanged_record(self, page: PageOutcome, record_id: str) -> None:
        """The page was re-extracted but its record's content is what was last exported."""
        with self._transaction() as db:
            self._upsert_page(db, page)
            db.execute("UPDATE records SET last_seen = ? WHERE record_id = ?", (_ts(page.fetched_at), record_id))

    def save_new_version(
        self, page: PageOutcome, record: RecordState, record_json: str, run_id: str, previous_version: int = 0
    ) -> bool:
        """Commit a new record version and queue it for delivery, atomically; always True here.

        Called before the record is handed to the feed exporter, so a crash after this point
        leaves a delivery row that the next run checks against the feed files. One process writes
        this database, so ``previous_version`` (what the caller read) is still current; the shared
        store, written by many workers, checks it instead.
        """
        with self._transaction() as db:
            self._upsert_page(db, page)
            db.execute(
                """
                INSERT INTO records (record_id, url, content_hash, version, first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (record_id) DO UPDATE SET url = excluded.url, content_hash = excluded.content_hash,
                    version = excluded.version, last_seen = excluded.last_seen
                """,
                (record.record_id, record.url, record.content_hash, record.version,
                 _ts(record.first_seen), _ts(record.last_seen)),
            )
            db.execute(
                "INSERT OR REPLACE INTO deliveries (record_id, version, run_id, record_json) VALUES (?, ?, ?, ?)",
                (record.record_id, record.version, run_id, record_json),
            )
        return True

    # -- deliveries ---------------------------------------------------------------------------

    def undelivered(self, run_ids: Iterable[str] | None = None) -> list[Delivery]:
        """Deliveries not yet confirmed in a feed file, oldest first; all runs when ``run_ids`` is None."""
        return [Delivery(*row) for row in self._pending("record_id, version, run_id, record_json", run_ids)]

    def undelivered_keys(self, run_ids: Iterable[str]) -> list[tuple[str, int]]:
        """``(record_id, version)`` of the pending deliveries, without their records.

        Reconciling a run checks every record it wrote; loading their JSON for that would make
        the end of a long crawl cost memory in proportion to its length.
        """
        return [(record_id, version) for record_id, version in self._pending("record_id, version", run_ids)]

    def _pending(self, columns: str, run_ids: Iterable[str] | None) -> list[tuple[Any, ...]]:
        sql = f"SELECT {columns} FROM deliveries"
        params: tuple[str, ...] = ()
        if run_ids is not None:
            params = tuple(run_ids)
            if not params:
                return []
            sql += f" WHERE run_id IN ({','.join('?' * len(params))})"
        return self._db.execute(sql + " ORDER BY rowid", params).fetchall()

    def confirm_delivered(self, keys: Iterable[tuple[str, int]]) -> int:
        """Forget deliveries found in a feed file; returns how many were pending."""
        with self._transaction() as db:
            before = db.total_changes
            db.executemany("DELETE FROM deliveries WHERE record_id = ? AND version = ?", list(keys))
            return db.total_changes - before

    def reassign_delivery(self, record_id: str, version: int, run_id: str) -> None:
        """Hand a pending delivery to ``run_id`` before it is re-emitted into that run's feed."""
        self._write("UPDATE deliveries SET run_id = ? WHERE record_id = ? AND version = ?", (run_id, record_id, version))

    # -- comment texts --------------------------------------------------------------------------

    def count_comment_texts(
        self, record_id: str, texts: dict[str, int], threshold: int, kept: int
    ) -> dict[str, TextCount]:
        """Count ``record_id`` as carrying each of ``texts`` (key -> its comments with the text not
        flagged otherwise), at most once per record; keep the ``kept`` texts seen most recently.

        Idempotent for one record, so a record counted by a run that was killed before writing it
        is not counted twice when the page is fetched again.
        """
        counts: dict[str, TextCount] = {}
        if self._text_rows is None:
            try:
                self._db.executescript(_COMMENT_SCHEMA)
                self._text_rows = self._db.execute("SELECT count(*) FROM comment_texts").fetchone()[0]
            except sqlite3.Error as exc:
                raise StateError(f"cannot write crawl state {self.path}: {exc}") from exc
        rows = self._text_rows
        # Forgotten until the commit: a failed transaction leaves the count to be read again.
        self._text_rows = None
        with self._transaction() as db:
            used = db.execute("SELECT coalesce(max(used), 0) + 1 FROM comment_texts").fetchone()[0]
            added = 0
            for key, unflagged in texts.items():
                row = db.execute("SELECT records, earlier_unflagged FROM comment_texts WHERE text_key = ?",
                                 (key,)).fetchone()
                records, earlier = (row[0].split(), row[1]) if row is not None else ([], 0)
                released = 0
                if record_id not in records and len(records) < threshold:
                    records.append(record_id)
                    if len(records) == threshold:
                        released = earlier
                    else:
                        earlier += unflagged
                added += row is None
                db.execute(
                    "INSERT OR REPLACE INTO comment_texts (text_key, records, earlier_unflagged, used)"
                    " VALUES (?, ?, ?, ?)", (key, " ".join(records), earlier, used),
                )
                counts[key] = TextCount(len(records), released)
            rows += added
            if rows > kept:
                db.execute("DELETE FROM comment_texts WHERE text_key IN"
                           " (SELECT text_key FROM comment_texts ORDER BY used LIMIT ?)", (rows - kept,))
                rows = kept
        self._text_rows = rows
        return counts

    def integrity_ok(self) -> bool:
        return self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
