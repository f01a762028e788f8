"""``quarantine.jsonl``: every article page that could not become a valid record, and why.

One JSON object a line, appended and flushed per page so a killed crawl keeps what it logged.
The file accumulates across runs (each entry names its run); a page that fails again on a later
run is logged again, since the failure is news for that run too.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from harvester.crawl.names import QUARANTINE_REASONS, QuarantineReason

_MAX_ERROR = 2000


class JsonLinesLog:
    """An append-only JSON-lines file, opened on first use, flushed per entry (a killed crawl keeps
    what it wrote); shared by the quarantine and the skip log."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def write(self, entry: dict[str, Any]) -> None:
        """Append one entry; raises OSError when the output cannot be written."""
        if self._file is None:
            self._file = self.path.open("a", encoding="utf-8")
        self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class QuarantineLog(JsonLinesLog):
    def add(
        self,
        *,
        url: str,
        status: int,
        reason: QuarantineReason,
        error: str | None,
        fetched_at: datetime,
        run_id: str,
        content_type: str | None = None,
        spider: str | None = None,
        profile: str | None = None,
        warc: dict[str, object] | None = None,
    ) -> None:
        """Append one entry; raises OSError when the output cannot be written.

        A reason outside the vocabulary is a bug that would put a count under a name no reader
        knows: it raises ValueError before anything is written.
        """
        if reason not in QUARANTINE_REASONS:
            raise ValueError(f"unknown quarantine reason {reason!r}: add it to harvester.crawl.names.QuarantineReason")
        self.write({
            "url": url,
            "status": status,
            "reason": reason,
            "error": (error or "")[:_MAX_ERROR] or None,
            "fetched_at": fetched_at.isoformat(),
            "content_type": content_type,
            "spider": spider,
            "profile": profile,
            "run_id": run_id,
            **({"warc": warc} if warc is not None else {}),
        })
