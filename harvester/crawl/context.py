"""The run a crawl belongs to: one state connection and run identity shared by every component.

Pipelines, middlewares and extensions are built by Scrapy independently; they meet here, through
the crawler, so the state database is opened once and the run is begun (and a killed run
reconciled) exactly once, by whichever component asks first. A distributed run
(``HARVESTER_REDIS_URL``) gets the shared store and the frontier here too, on one Redis client.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

from harvester.crawl.delivery import reconcile
from harvester.crawl.quarantine import QuarantineLog
from harvester.crawl.skips import SkipLog
from harvester.crawl.state import CrawlState, Delivery, RunStart, StateStore

if TYPE_CHECKING:
    from harvester.crawl.frontier import Frontier

logger = logging.getLogger(__name__)

_ATTRIBUTE = "_harvester_run"


@dataclass
class RunContext:
    site: str
    site_dir: Path
    quarantine: QuarantineLog
    skips: SkipLog
    summary_path: Path
    state: CrawlState
    run: RunStart
    started_at: datetime
    # Records a killed or failed earlier run committed but no feed file holds: emitted first.
    replay: list[Delivery] = field(default_factory=list)
    # Set when the output cannot be written: the crawl stops and exits non-zero.
    fatal_error: str | None = None
    # The shared queue of a distributed crawl; None on one machine (Scrapy's own scheduler).
    frontier: Frontier | None = None

    @property
    def run_id(self) -> str:
        return self.run.run_id


def run_context(crawler: Crawler) -> RunContext | None:
    """The crawler's run, begun on first use; None when the spider set no harvester paths."""
    existing: RunContext | None = getattr(crawler, _ATTRIBUTE, None)
    if existing is not None:
        return existing
    settings = crawler.settings
    if not settings.get("HARVESTER_STATE_PATH") and not settings.get("HARVESTER_REDIS_URL"):
        return None
    site_dir = Path(settings["HARVESTER_SITE_DIR"])
    started_at = datetime.now(UTC)
    state, frontier = _open_state(settings, site_dir)
    run = state.begin_run(settings["HARVESTER_RUN_ID"], os.getpid(), started_at)
    if run.crashed_runs:
        checked = reconcile(state, site_dir, run.crashed_runs)
        state.close_killed_runs(run.crashed_runs, started_at)
        logger.warning(
            "previous crawl of %s did not close (killed, or its output failed); %d of its records are in"
            " its files, %d will be emitted again",
            settings["HARVESTER_SITE"], checked.confirmed, len(checked.missing),
        )
    context = RunContext(
        site=settings["HARVESTER_SITE"],
        site_dir=site_dir,
        quarantine=QuarantineLog(Path(settings["HARVESTER_QUARANTINE_PATH"])),
        skips=SkipLog(Path(settings["HARVESTER_SKIPPED_PATH"])),
        summary_path=Path(settings["HARVESTER_SUMMARY_PATH"]),
        state=state,
        run=run,
        started_at=started_at,
        replay=state.undelivered(),
        frontier=frontier,
    )
    setattr(crawler, _ATTRIBUTE, context)
    return context


def _open_state(settings: BaseSettings, site_dir: Path) -> tuple[CrawlState, Frontier | None]:
    """SQLite in the site directory, or the shared store and frontier of a distributed crawl."""
    url = settings.get("HARVESTER_REDIS_URL")
    if not url:
        return StateStore(settings["HARVESTER_STATE_PATH"]), None
    from harvester.crawl.frontier import DEFAULT_LEASE_TIMEOUT, Frontier
    from harvester.crawl.runtime import site_slug, worker_id
    from harvester.crawl.shared_store import RedisStateStore, connect, key_prefix

    client = connect(url)
    prefix = key_prefix(site_slug(settings["HARVESTER_SITE"]))
    worker = worker_id()
    lease_timeout = settings.getfloat("HARVESTER_REDIS_LEASE_TIMEOUT", DEFAULT_LEASE_TIMEOUT)
    state = RedisStateStore(
        client, prefix, site_dir=site_dir, worker=worker, lock_path=Path(settings["HARVESTER_LOCK_PATH"])
    )
    return state, Frontier(client, prefix, worker, lease_timeout)
