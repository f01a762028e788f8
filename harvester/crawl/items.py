"""What spiders hand to pipelines: the fetched page, not yet extracted.

Extraction happens in a pipeline (off the reactor thread), so spiders stay pure fetch-and-discover.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


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
