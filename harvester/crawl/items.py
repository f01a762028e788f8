"""What spiders hand to pipelines: the fetched page, not yet extracted.

Extraction happens in a pipeline (off the reactor thread), so spiders stay pure fetch-and-discover.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from harvester.models import ArchiveSource


@dataclass
class FetchedPage:
    url: str
    status: int
    # Out of the repr: Scrapy logs item reprs on errors, and a whole page there buries the message.
    body: bytes = field(repr=False)
    content_type: str | None
    fetched_at: datetime
    spider: str
    profile: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    selectors: dict[str, str] | None = None
    # The profile's IANA zone for times the site prints without one.
    timezone: str | None = None
    # Why nothing usable was fetched (DNS, timeout, refused...); status is 0 then and body empty.
    error: str | None = None
    # Read from a web archive: where (the record's provenance), and the file's key in the state.
    warc: ArchiveSource | None = None
    archive_file: str | None = None

    @property
    def archive(self) -> tuple[str, int] | None:
        """(file key, offset) of the archive record this page was read from, if it was."""
        if self.warc is None or self.archive_file is None:
            return None
        return self.archive_file, self.warc.offset
