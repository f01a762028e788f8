"""The run a crawl belongs to: one state connection and run identity shared by every component.

Pipelines, middlewares and extensions are built by Scrapy independently; they meet here, through
the crawler, so the state database is opened once and the run is begun (and a killed run
reconciled) exactly once, by whichever component asks first.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from scrapy.crawler import Crawler

from harvester.crawl.delivery import reconcile
from harvester.crawl.quarantine import QuarantineLog
from harvester.crawl.skips import SkipLog
from harvester.crawl.state import Delivery, RunStart, StateStore

logger = logging.getLogger(__name__)

_ATTRIBUTE = "_harvester_run"


@dataclass
class RunContext:
    site: str
    site_dir: Path
    quarantine: QuarantineLog
    skips: SkipLog
    summary_path: Path
    state: StateStore
    run: RunStart
    started_at: datetime
    # Records a killed or failed earlier run committed but no feed file holds: emitted first.
    replay: list[Delivery] = field(default_factory=list)
    # Set when the output cannot be written: the crawl stops and exits non-zero.
    fatal_error: str | None = None

    @property
    def run_id(self) -> str:
        return self.run.run_id


def run_context(crawler: Crawler) -> RunContext | None:
    """The crawler's run, begun on first use; None when the spider set no harvester paths."""
    existing: RunContext | None = getattr(crawler, _ATTRIBUTE, None)
    if existing is not None:
        return existing
    settings = crawler.settings
    state_path = settings.get("HARVESTER_STATE_PATH")
    if not state_path:
        return None
    site_dir = Path(settings["HARVESTER_SITE_DIR"])
    started_at = datetime.now(UTC)
    state = StateStore(state_path)
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
    )
    setattr(crawler, _ATTRIBUTE, context)
    return context
