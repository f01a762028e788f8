"""The long-lived scheduler behind ``harvester schedule``: each site's crawl on its profile's cron schedule.

Built on APScheduler 3 (cron triggers in a time zone, per-job instance limits, misfire handling
and a bounded thread pool, all maintained and tested elsewhere); each due crawl runs as its own
process, ``harvester crawl PROFILE --output DIR``, so a crawl that fails or leaks cannot take the
scheduler down, and the reactor's one-crawl-per-process rule is kept.

Policy, as the README states it:

* never two crawls of one site at once: a crawl that comes due while the site's previous one is
  still running (or waiting for a slot) is skipped, and logged; the site directory's lock would
  refuse it anyway, which also covers a crawl started by hand;
* at most ``max_parallel`` crawls run at once; a crawl due while every slot is busy waits for one
  and runs late;
* missed runs: when the scheduler starts, a site whose last run (from its run history) is older
  than the last time its schedule came due runs once at once (``catch_up``); fire times missed
  while the scheduler was running but could not act (machine suspended) are run once, however
  many were missed, if no more than ``misfire_grace`` seconds late;
* SIGTERM or SIGINT: no new crawl starts; each running crawl is sent SIGTERM, which checkpoints
  it (it stops gracefully and the next run resumes it), and the scheduler exits once they have.
  A second signal is passed on too, which stops the crawls at once (still safe to resume).
"""

from __future__ import annotations

import logging
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from harvester.crawl.state import read_summaries
from harvester.profiles import ProfileError, SiteProfile, load_profile

logger = logging.getLogger("harvester.schedule")


@dataclass(frozen=True)
class ScheduledSite:
    profile: SiteProfile
    # What ``harvester crawl`` is given: the profile file's path, or a bundled profile's name.
    source: str


def find_profiles(targets: Sequence[str]) -> list[ScheduledSite]:
    """Profiles named by path, bundled name or directory (its ``*.toml``); raises ProfileError."""
    sites: list[ScheduledSite] = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            files = sorted(path.glob("*.toml"))
            if not files:
                raise ProfileError(f"{path}: no *.toml profiles in this directory")
            sites.extend(ScheduledSite(load_profile(file), str(file.resolve())) for file in files)
        else:
            source = str(path.resolve()) if path.suffix == ".toml" or path.exists() else target
            sites.append(ScheduledSite(load_profile(target), source))
    names = [site.profile.name for site in sites]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ProfileError(f"several profiles name the site {', '.join(duplicates)}: one schedule per site")
    return sites


def last_run_started(output: Path, site: str) -> datetime | None:
    """When the site's last kept run started, from its run history in ``output``."""
    from harvester.crawl.runtime import site_directory  # imports Scrapy's settings; not needed before

    state = site_directory(output, site) / "state.sqlite"
    if not state.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=10)) as db:
            runs = read_summaries(db, 1)
    except sqlite3.Error:
        return None
    return datetime.fromisoformat(runs[0]["started_at"]) if runs else None


def missed_since(profile: SiteProfile, last_started: datetime | None, now: datetime) -> datetime | None:
    """The first time the schedule came due after the last run started, if that is already past.

    A site never crawled has missed nothing: it waits for its first scheduled time.
    """
    if last_started is None:
        return None
    due = profile.cron_trigger().get_next_fire_time(None, last_started)
    return due if due is not None and due <= now else None


class Scheduler:
    def __init__(
        self, sites: Sequence[ScheduledSite], output: Path, *, max_parallel: int = 2, catch_up: bool = True,
        misfire_grace: int = 3600, run_now: bool = False, crawl_args: Sequence[str] = (),
    ) -> None:
        self.sites = list(sites)
        self.output = output
        self.max_parallel = max_parallel
        self.catch_up = catch_up
        self.misfire_grace = misfire_grace
        self.run_now = run_now
        self.crawl_args = list(crawl_args)
        self._running: dict[str, subprocess.Popen[bytes]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._signals = 0
        self._scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_parallel)},
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": misfire_grace},
            timezone=UTC,
        )

    def command(self, site: ScheduledSite) -> list[str]:
        return [sys.executable, "-m", "harvester.cli", "crawl", site.source, "--output", str(self.output),
                *self.crawl_args]

    def run(self) -> int:
        """Schedule every site, then block until SIGTERM/SIGINT; returns the exit status."""
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._on_signal)
        now = datetime.now(UTC)
        for site in self.sites:
            trigger = site.profile.cron_trigger()
            job = self._scheduler.add_job(self._crawl, trigger, args=(site,), id=site.profile.name,
                                          name=site.profile.name)
            missed = missed_since(site.profile, last_run_started(self.output, site.profile.name), now)
            first = None
            if self.run_now:
                first, why = now, "--now"
            elif missed is not None and self.catch_up:
                first, why = now, f"missed its run of {missed:%Y-%m-%d %H:%M %Z}"
            if first is not None:
                job.modify(next_run_time=first)
                logger.info("%s: crawling now (%s), then on its schedule %r", site.profile.name, why,
                            site.profile.schedule)
            else:
                logger.info("%s: next crawl %s (schedule %r, %s)", site.profile.name,
                            trigger.get_next_fire_time(None, now), site.profile.schedule,
                            site.profile.timezone or "UTC")
        self._scheduler.start()
        logger.info("scheduling %d sites into %s, at most %d crawls at once; SIGTERM or Ctrl-C stops",
                    len(self.sites), self.output, self.max_parallel)
        while not self._stopping.wait(1.0):
            pass
        logger.info("stopping: no new crawls; waiting for %d running crawls to checkpoint", len(self._running))
        # Pending jobs are dropped; running ones end once their crawl process has exited.
        self._scheduler.shutdown(wait=True)
        logger.info("stopped")
        return 0

    def _on_signal(self, signum: int, frame: Any) -> None:
        self._signals += 1
        self._stopping.set()
        # Passed on to the crawls (in sessions of their own, so a terminal's Ctrl-C reaches only us):
        # the first checkpoints them, a second stops them at once.
        with self._lock:
            for process in self._running.values():
                try:
                    process.send_signal(signal.SIGTERM)
                except ProcessLookupError:
                    pass

    def _crawl(self, site: ScheduledSite) -> None:
        name = site.profile.name
        log_path = self._log_path(name)
        with self._lock:
            if self._stopping.is_set():
                return
            with log_path.open("ab") as log:
                log.write(f"\n=== {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC scheduled crawl of {name}\n".encode())
                log.flush()
                process = subprocess.Popen(self.command(site), stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                           start_new_session=True)
            self._running[name] = process
        started = time.monotonic()
        logger.info("%s: crawl started (pid %d, log %s)", name, process.pid, log_path)
        status = process.wait()
        with self._lock:
            self._running.pop(name, None)
        logger.log(
            logging.INFO if status == 0 else logging.WARNING, "%s: crawl ended with exit status %d (%s) after %.0f s",
            name, status, _meaning(status), time.monotonic() - started,
        )

    def _log_path(self, site: str) -> Path:
        from harvester.crawl.runtime import site_directory

        directory = site_directory(self.output, site)
        directory.mkdir(parents=True, exist_ok=True)
        return directory / "crawl.log"


def _meaning(status: int) -> str:
    from harvester import exit_status

    return {
        exit_status.OK: "finished", exit_status.FAILED: "failed", exit_status.USAGE: "usage error",
        exit_status.DRIFT: "coverage drift", exit_status.INTERRUPTED_SIGINT: "interrupted",
        exit_status.INTERRUPTED_SIGTERM: "interrupted, resumes next run",
    }.get(status, "killed" if status < 0 else "unknown")

