"""``skipped.jsonl``: every URL the crawl was asked for that deliberately became no record, and why.

Beside ``quarantine.jsonl`` (pages that failed) and the record files (pages that worked), this is
the third place a URL the crawl was asked for can end, so that none ends nowhere: the summary's
``outcomes`` adds the three up against the URLs asked for (see
:func:`harvester.crawl.extensions.outcomes`). Like the quarantine, one JSON object a line,
appended and flushed per URL, accumulating across runs, each entry naming its run.

A page that is *unchanged* since the last run is not a skip: its record exists (an earlier
version) and the summary counts it under ``unchanged``. The reasons are
:data:`harvester.crawl.names.SKIP_REASONS`.
"""

from __future__ import annotations

from datetime import datetime

from harvester.crawl.names import SKIP_REASONS, SkipReason
from harvester.crawl.quarantine import JsonLinesLog

_MAX_DETAIL = 2000


class SkipLog(JsonLinesLog):
    def add(
        self, *, url: str, reason: SkipReason, detail: str | None, at: datetime, run_id: str, spider: str | None = None,
        listed_in: str | None = None,
    ) -> None:
        """Append one entry; raises OSError when the output cannot be written (ValueError, before
        writing anything, for a reason outside the vocabulary)."""
        if reason not in SKIP_REASONS:
            raise ValueError(f"unknown skip reason {reason!r}: add it to harvester.crawl.names.SkipReason")
        self.write({
            "url": url,
            "reason": reason,
            "detail": (detail or "")[:_MAX_DETAIL] or None,
            "listed_in": listed_in,
            "at": at.isoformat(),
            "spider": spider,
            "run_id": run_id,
        })
