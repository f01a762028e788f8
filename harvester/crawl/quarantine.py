"""``quarantine.jsonl``: every article page that could not become a valid record, and why.

One JSON object a line, appended and flushed per page so a killed crawl keeps what it logged.
The file accumulates across runs (each entry names its run); a page that fails again on a later
run is logged again, since the failure is news for that run too.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import IO

# Why a page was quarantined: a stable vocabulary for the summary and for anyone grepping the file.
REASONS = (
    "fetch_failed",  # no usable response: DNS, refused, timeout, size limit, too many redirects
    "redirect_loop",
    "http_error",  # 4xx / 5xx after retries
    "unexpected_status",  # e.g. 304 for a page the state never saw
    "not_html_content_type",
    "empty_body",
    "not_html",  # the extractor found no HTML document in the body
    "extraction_error",
    "extraction_timeout",
    "worker_crash",
    "validation_error",
    "warc_damaged",  # a web archive truncated or corrupt from this record on (harvester warc)
)

_MAX_ERROR = 2000


class QuarantineLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def add(
        self,
        *,
        url: str,
        status: int,
        reason: str,
        error: str | None,
        fetched_at: datetime,
        run_id: str,
        content_type: str | None = None,
        spider: str | None = None,
        profile: str | None = None,
        warc: dict[str, object] | None = None,
    ) -> None:
        """Append one entry; raises OSError when the output cannot be written."""
        if self._file is None:
            self._file = self.path.open("a", encoding="utf-8")
        entry = {
            "url": url,
            "status": status,
            "reason": reason,
            "error": (error or "")[:_MAX_ERROR] or None,
            "fetched_at": fetched_at.isoformat(),
            "content_type": content_type,
            "spider": spider,
            "profile": profile,
            "run_id": run_id,
        }
        if warc is not None:
            entry["warc"] = warc
        self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
