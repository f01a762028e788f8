"""Exactly-once delivery of records into the FEEDS files, across Ctrl-C, kill -9 and full disks.

Scrapy's feed exporter writes through a buffered file and Scrapy's JOBDIR only persists the
request queue on a graceful stop, so neither alone can say whether a record reached the output.
The design, in three steps:

1. *Commit, then emit.* When the pipeline makes a new record version it commits, in one SQLite
   transaction, the page's state, the record's new version and a ``deliveries`` row holding the
   record JSON and the run id; only then does it hand the record to FEEDS. A record the state
   knows about but the feed lacks is therefore always recoverable; the reverse cannot happen.
2. *Confirm from the files.* When a run's feed files are closed, and at the start of the run
   after a killed one, the run's ``records-<run>-*.jsonl`` files are read back (a batch the killed
   run left as ``.part`` is finished first: see :mod:`harvester.crawl.manifest`): a torn last line
   (the process died mid-write) is cut off, and every (id, version) found removes its
   ``deliveries`` row. The files are the truth; the state only remembers what may be missing.
3. *Replay what is missing.* Rows still pending at start-up belong to records that never reached
   a file (killed before the buffer was flushed, or a write failed). The spider middleware
   re-emits them first thing in the new run, through the pipeline, into this run's feed; each is
   re-assigned to the new run (committed) before it is emitted, so a second kill is handled the
   same way.

The URL-level side of resuming: after a clean graceful stop (Ctrl-C, SIGTERM) Scrapy's JOBDIR
holds a consistent queue and the run resumes from it. After anything else (kill -9, an output
error, a full disk) its queue files may be torn, so the JOBDIR is discarded and the run starts
again from the start points, skipping every article URL already handled in the same crawl
generation (``ResumeSkipMiddleware``). A page fetched but not yet committed when the process
died is simply fetched again. Together: every article of the crawl ends up in exactly one line
of the union of the site's feed files. The guarantee covers process death; an OS crash or power
loss could lose page-cache writes of both the feed and the state (neither is fsynced per record,
which would cost a disk flush per page).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from harvester.crawl.manifest import finish, partial_files
from harvester.crawl.state import CrawlState, Delivery

logger = logging.getLogger(__name__)

FEED_PREFIX = "records-"
FEED_SUFFIX = ".jsonl"


def feed_name(run_id: str) -> str:
    """FEEDS file name template of one run (``%(batch_id)`` is filled in by Scrapy)."""
    return f"{FEED_PREFIX}{run_id}-%(batch_id)05d{FEED_SUFFIX}"


def feed_files(site_dir: Path, run_id: str) -> list[Path]:
    return sorted(site_dir.glob(f"{FEED_PREFIX}{run_id}-*{FEED_SUFFIX}"))


def cut_torn_tail(path: Path) -> bool:
    """Truncate ``path`` after its last complete line; True if something was cut off."""
    size = path.stat().st_size
    if size == 0:
        return False
    with path.open("rb+") as handle:
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return False
        # Walk back in blocks to the last newline; a torn line is at most one record long.
        end = size
        block = 64 * 1024
        while end > 0:
            start = max(0, end - block)
            handle.seek(start)
            chunk = handle.read(end - start)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                handle.truncate(start + cut + 1)
                return True
            end = start
        handle.truncate(0)
        return True


def delivered_keys(paths: Iterable[Path]) -> set[tuple[str, int]]:
    """(record id, version) of every complete record line in ``paths``."""
    keys: set[tuple[str, int]] = set()
    for path in paths:
        with path.open("rb") as handle:
            for line in handle:
                if not line.endswith(b"\n"):
                    continue
                try:
                    record = json.loads(line)
                    keys.add((record["id"], int(record["crawl"]["version"])))
                except (ValueError, KeyError, TypeError):
                    logger.warning("unreadable line in %s skipped while checking deliveries", path)
    return keys


@dataclass(frozen=True)
class ReplayedRecord:
    """A record an earlier run committed but never wrote: re-emitted as it was, not re-extracted."""

    delivery: Delivery


@dataclass(frozen=True)
class Reconciliation:
    confirmed: int
    # Deliveries of the checked runs that no feed file holds: to be emitted again.
    missing: list[Delivery]


def finish_partial_files(site_dir: Path, run_ids: Iterable[str]) -> list[Path]:
    """Make public the batch files a killed run left as ``.part``: torn tail cut, renamed, in the manifest."""
    finished = []
    for part in partial_files(site_dir, run_ids, FEED_PREFIX, FEED_SUFFIX):
        if cut_torn_tail(part):
            logger.warning("cut a torn last line (interrupted write) off %s", part)
        finished.append(finish(part))
    return finished


def reconcile(state: CrawlState, site_dir: Path, run_ids: Iterable[str]) -> Reconciliation:
    """Check the feed files of ``run_ids`` against their pending deliveries (steps 2 of the design).

    Batch files a killed run left unfinished are finished first: what they hold was delivered.
    """
    runs = list(run_ids)
    finish_partial_files(site_dir, runs)
    pending = state.undelivered_keys(runs)
    if not pending:
        return Reconciliation(0, [])
    files = [path for run_id in runs for path in feed_files(site_dir, run_id)]
    for path in files:
        if cut_torn_tail(path):
            logger.warning("cut a torn last line (interrupted write) off %s", path)
    found = delivered_keys(files)
    confirmed = state.confirm_delivered(key for key in pending if key in found)
    # Only the deliveries the files lack are loaded whole: the ones to re-emit.
    missing = state.undelivered(runs) if confirmed < len(pending) else []
    return Reconciliation(confirmed, missing)


def settle(state: CrawlState, site_dir: Path, run_id: str, dead_runs: list[str]) -> int:
    """Write into ``run_id``'s own file the records that ``dead_runs`` committed but never wrote.

    A distributed crawl's worker that dies is not restarted by anyone: the workers still running
    on its machine (same site directory) settle its deliveries when they finish, as a restarted
    worker does at start-up (steps 2 and 3 of the design). Each missing record is re-assigned to
    ``run_id`` before its line is written, so ``run_id``'s own reconciliation confirms it, and a
    kill in between leaves it pending for the next worker. Returns how many were written.
    """
    missing = reconcile(state, site_dir, dead_runs).missing
    if not missing:
        return 0
    path = site_dir / f"{FEED_PREFIX}{run_id}-settled{FEED_SUFFIX}"
    with path.open("a", encoding="utf-8") as handle:
        for delivery in missing:
            state.reassign_delivery(delivery.record_id, delivery.version, run_id)
            handle.write(delivery.record_json.rstrip("\n") + "\n")
            handle.flush()
    logger.warning("wrote %d records that stopped workers committed but never wrote to %s", len(missing), path)
    return len(missing)
