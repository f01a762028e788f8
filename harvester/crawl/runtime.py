"""Per-run settings: where one crawl of one site writes, and the guarantee that only one crawl does.

Spiders call :func:`apply_run_settings` from ``from_crawler`` (settings are still mutable there),
so ``scrapy crawl`` and ``harvester crawl`` lay out the output directory the same way::

    <output_dir>/<site slug>/
        .lock                      flock held for the whole run: one crawl per site directory
        .job/                      Scrapy JOBDIR (request queue, dupefilter) for Ctrl-C resume
        state.sqlite               incremental state (see harvester.crawl.state)
        records-<run>-<batch>.jsonl  FEEDS output, rotated every FEED_EXPORT_BATCH_ITEM_COUNT items
                                   (written as .jsonl.part, renamed when complete)
        manifest.json              finished batch files with record count, bytes and SHA-256
        quarantine.jsonl           pages that could not become a valid record, with the reason
        skipped.jsonl              URLs asked for that were deliberately not made records, with the reason
        summary.json               the last run's summary

With ``HARVESTER_REDIS_URL`` (``harvester crawl --redis``) the run is one worker of a distributed
crawl: the queue and the state live in Redis (see :mod:`harvester.crawl.frontier` and
:mod:`harvester.crawl.shared_store`), so there is no ``.job/`` and no ``state.sqlite``; several
workers may share the directory, each holding its own ``.lock-<run>`` and writing its own
``records-<run>-*.jsonl``, where the run id ends with the worker id (``<host>-<pid>``).

The site name comes from a profile file or a URL on the command line, so it is untrusted: it is
reduced to a slug and the resolved directory must be a direct child of the output directory.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import re
import shutil
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from scrapy.settings import Settings

from harvester.crawl.delivery import feed_name
from harvester.crawl.state import StateError, StateStore

logger = logging.getLogger(__name__)

DEFAULT_BATCH_ITEM_COUNT = 5000

_SLUG_BAD = re.compile(r"[^a-z0-9._-]+")
_SLUG_MAX = 80

# Lock files held by this process, by site directory: released when the spider closes.
_held_locks: dict[Path, IO[str]] = {}


class RunSetupError(RuntimeError):
    """The crawl cannot start: output not writable, or another crawl holds the site directory."""


def site_slug(site: str) -> str:
    """A file-name-safe, collision-resistant name for ``site``.

    A name that had to change gets a short hash of the original, so ``a/b`` and ``a?b`` do not
    share a directory.
    """
    slug = _SLUG_BAD.sub("-", site.strip().lower()).strip(".-_")[:_SLUG_MAX].strip(".-_")
    if slug == site and slug:
        return slug
    digest = hashlib.sha256(site.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else f"site-{digest}"


def site_directory(output_dir: Path, site: str) -> Path:
    """``<output_dir>/<slug>``, refusing anything (symlinks included) that resolves elsewhere."""
    root = Path(output_dir).expanduser().resolve()
    candidate = (root / site_slug(site)).resolve()
    if candidate.parent != root:
        raise RunSetupError(f"site directory for {site!r} resolves to {candidate}, outside {root}")
    return candidate


def apply_run_settings(settings: Settings, *, output_dir: Path, site: str) -> None:
    """Point FEEDS, JOBDIR and the harvester paths at the site directory and lock it for this run.

    Raises :class:`RunSetupError` (clear message, no partial state) when the directory cannot be
    created or written, or when another crawl holds it.
    """
    try:
        _apply(settings, Path(output_dir), site)
    except RunSetupError as exc:
        # Logged as well as raised: under ``scrapy crawl`` the message would otherwise only be the
        # last line of a traceback.
        logger.error("cannot start the crawl: %s", exc)
        raise


def worker_id() -> str:
    """This process as a worker of a distributed crawl: ``<host>-<pid>``, file-name safe."""
    host = _SLUG_BAD.sub("-", socket.gethostname().lower()).strip(".-_")[:40] or "host"
    return f"{host}-{os.getpid()}"


def _apply(settings: Settings, output_dir: Path, site: str) -> None:
    site_dir = site_directory(output_dir, site)
    try:
        site_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RunSetupError(f"cannot create output directory {site_dir}: {exc.strerror or exc}") from exc
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    if settings.get("HARVESTER_REDIS_URL"):
        _apply_distributed(settings, site_dir, site, f"{stamp}-{worker_id()}")
        return
    _lock(site_dir)
    job_dir = site_dir / ".job"
    state_path = site_dir / "state.sqlite"
    try:
        with StateStore(state_path) as state:
            resume = state.job_dir_reusable()
    except StateError as exc:
        release_run_lock(site_dir)
        raise RunSetupError(str(exc)) from exc
    if not resume and job_dir.exists():
        # A finished crawl's dupefilter would filter every article of the next incremental run, and
        # the queue files of a killed or failed crawl may be torn: only a graceful stop leaves one
        # to reuse. Without it the crawl starts over and the state skips what is already done.
        shutil.rmtree(job_dir)

    _set_run_settings(settings, site_dir, site, stamp, {
        "HARVESTER_STATE_PATH": str(state_path),
        "HARVESTER_SUMMARY_PATH": str(site_dir / "summary.json"),
        "JOBDIR": str(job_dir),
    })


def _apply_distributed(settings: Settings, site_dir: Path, site: str, run_id: str) -> None:
    """A worker of a distributed crawl: its own lock, its own summary, the Redis scheduler."""
    from harvester.crawl.shared_store import SharedStoreError, connect

    lock = _lock(site_dir, f".lock-{run_id}")
    try:
        connect(settings["HARVESTER_REDIS_URL"]).close()
    except SharedStoreError as exc:
        release_run_lock(site_dir)
        raise RunSetupError(str(exc)) from exc
    _set_run_settings(settings, site_dir, site, run_id, {
        "HARVESTER_LOCK_PATH": str(lock),
        "HARVESTER_SUMMARY_PATH": str(site_dir / f"summary-{run_id}.json"),
        "SCHEDULER": "harvester.crawl.frontier.RedisScheduler",
    })
    # Only the seeder reads start(); the per-domain delay and concurrency are shared by every worker
    # (last before the download, after robots.txt and the resume skip).
    settings["SPIDER_MIDDLEWARES"].set("harvester.crawl.frontier.SeedOnceMiddleware", 20, priority="spider")
    settings["DOWNLOADER_MIDDLEWARES"].set(
        "harvester.crawl.politeness.SharedPolitenessMiddleware", 950, priority="spider"
    )


def _set_run_settings(settings: Settings, site_dir: Path, site: str, run_id: str, extra: dict[str, str]) -> None:
    batch = settings.getint("FEED_EXPORT_BATCH_ITEM_COUNT") or DEFAULT_BATCH_ITEM_COUNT
    # A plain path, not a file:// URI: percent-escapes would clash with the %(batch_id) template.
    feed_uri = str(site_dir).replace("%", "%%") + "/" + feed_name(run_id)
    run_settings = {
        "HARVESTER_SITE": site,
        "HARVESTER_SITE_DIR": str(site_dir),
        "HARVESTER_RUN_ID": run_id,
        "HARVESTER_QUARANTINE_PATH": str(site_dir / "quarantine.jsonl"),
        "HARVESTER_SKIPPED_PATH": str(site_dir / "skipped.jsonl"),
        **extra,
        "FEED_EXPORT_BATCH_ITEM_COUNT": batch,
        "FEEDS": {
            feed_uri: {
                "format": "jsonlines",
                "encoding": "utf-8",
                "store_empty": False,
                "overwrite": False,
            }
        },
    }
    for name, value in run_settings.items():
        settings.set(name, value, priority="spider")


def _lock(site_dir: Path, name: str = ".lock") -> Path:
    if site_dir in _held_locks:
        raise RunSetupError(f"{site_dir} is already being crawled by this process")
    path = site_dir / name
    try:
        handle = path.open("a+", encoding="utf-8")
    except OSError as exc:
        raise RunSetupError(f"output directory {site_dir} is not writable: {exc.strerror or exc}") from exc
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            raise RunSetupError(
                f"another crawl (pid {holder}) is writing to {site_dir}; wait for it to finish or use another --output"
            ) from exc
        raise RunSetupError(f"cannot lock {path}: {exc.strerror or exc}") from exc
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
    except OSError as exc:
        handle.close()
        raise RunSetupError(f"output directory {site_dir} is not writable: {exc.strerror or exc}") from exc
    _held_locks[site_dir] = handle
    return path


def release_run_lock(site_dir: Path | str) -> None:
    """Drop this process's lock on ``site_dir`` (no-op if it holds none); a worker's own lock file
    (``.lock-<run>``) goes with it, since no later run reuses it."""
    handle = _held_locks.pop(Path(site_dir), None)
    if handle is not None:
        if Path(handle.name).name.startswith(".lock-"):
            Path(handle.name).unlink(missing_ok=True)
        handle.close()
