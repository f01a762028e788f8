"""Reading web archives (WARC 1.0/1.1, gzipped or not, and ARC) record by record, with offsets.

Built on warcio: it reads ARC as well as WARC, gzipped per record or plain, and decodes the HTTP
payload (chunked transfer, gzip/deflate/br content encodings). What this module adds is the
harvester's view of a record: an HTML page to extract (:class:`ArchivedPage`), a record passed
over with a reason (:class:`Passed`), or the point where the file stops being readable
(:class:`Damaged`). Reading never raises for bad input: a truncated or corrupt file ends in one
``Damaged`` entry after every record before the damage.

No Scrapy here: the ``warc`` spider turns these entries into fetched pages.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator

# Content types taken as pages; a response without one is taken too (the extractor decides).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# File names read when a directory is given.
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass(frozen=True)
class ArchivedPage:
    """An HTTP response record with a 2xx status and an HTML (or undeclared) content type."""

    offset: int
    record_id: str | None
    target_uri: str
    captured_at: datetime
    status: int
    content_type: str | None
    body: bytes = field(repr=False)
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Passed:
    """A record that is not a page to extract: ``reason`` is a stable word for counting."""

    offset: int
    reason: str  # warcinfo, request, metadata, resource, revisit, ... | not_html | http_status | too_large
    target_uri: str | None = None
    captured_at: datetime | None = None


@dataclass(frozen=True)
class Damaged:
    """The file cannot be read past ``offset``: a truncated or corrupt record, or not an archive."""

    offset: int
    error: str
    target_uri: str | None = None


Entry = ArchivedPage | Passed | Damaged


def archive_files(paths: list[Path]) -> list[Path]:
    """The archive files named, directories expanded to the archives they hold (sorted, recursive).

    Raises FileNotFoundError for a path that does not exist: a typo must not pass as an empty run.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(ARCHIVE_SUFFIXES)))
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return files


def _looks_like_archive(path: Path) -> bool:
    """Whether the file starts as a WARC or an ARC file does, gzipped or not.

    Checked first because warcio takes any line of five words for an ARC record header.
    """
    with path.open("rb") as file:
        head = file.read(2)
        file.seek(0)
        try:
            start = (gzip.GzipFile(fileobj=file).read(16) if head == b"\x1f\x8b" else file.read(16)).lstrip()
        except (OSError, EOFError, zlib.error):
            return False
    return not start or start.startswith((b"WARC/", b"filedesc://"))


def _captured_at(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


class ArchiveReader:
    """One archive file, read from ``start`` (a record boundary: 0 or an offset this reader gave).

    ``position`` is how far into the file reading has got, for progress over bytes.
    """

    def __init__(self, path: Path, *, start: int = 0, max_body: int = 16 * 1024 * 1024) -> None:
        self.path = path
        self.start = start
        self.max_body = max_body
        self.size = os.path.getsize(path)
        self._file: IO[bytes] | None = None
        self._position = start

    @property
    def position(self) -> int:
        """Bytes of the file read so far (where reading stopped, once it has)."""
        if self._file is not None and not self._file.closed:
            self._position = self._file.tell()
        return self._position

    def __iter__(self) -> Iterator[Entry]:
        if self.start == 0 and not _looks_like_archive(self.path):
            yield Damaged(0, "not a WARC or ARC file (it starts with neither WARC/ nor filedesc://)")
            return
        with self.path.open("rb") as self._file:
            self._file.seek(self.start)
            records = ArchiveIterator(self._file, arc2warc=True)
            offset = self.start
            uri: str | None = None
            while True:
                try:
                    record = next(records, None)
                    if record is None:
                        self._position = self.size
                        return
                    if records.err_count:
                        # warcio read on after a record whose Content-Length did not end it: what
                        # follows is read from the wrong place.
                        raise ValueError("a record's length does not match its content")
                    offset = records.offset
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    entry = self._entry(record, offset, uri)
                except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on bad input; all mean "damaged here"
                    yield Damaged(offset, f"{type(exc).__name__}: {exc}".strip()[:500], uri)
                    return
                yield entry

    def _entry(self, record: object, offset: int, uri: str | None) -> Entry:
        headers = record.rec_headers  # type: ignore[attr-defined]
        kind = record.rec_type  # type: ignore[attr-defined]
        captured_at = _captured_at(headers.get_header("WARC-Date"))
        if kind != "response":
            return Passed(offset, kind or "unknown", uri, captured_at)
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None or not uri or captured_at is None:
            return Passed(offset, "not_http", uri, captured_at)
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            return Passed(offset, "http_status", uri, captured_at)
        if not 200 <= status < 300:
            return Passed(offset, "http_status", uri, captured_at)
        content_type = http.get_header("Content-Type")
        mime = _mime(content_type) or _mime(headers.get_header("WARC-Identified-Payload-Type"))
        if mime and mime not in HTML_TYPES:
            return Passed(offset, "not_html", uri, captured_at)
        body = record.content_stream().read(self.max_body + 1)  # type: ignore[attr-defined]
        if len(body) > self.max_body:
            return Passed(offset, "too_large", uri, captured_at)
        if record.raw_stream.limit > 0:  # type: ignore[attr-defined]
            # The file ended inside the record: its page would be extracted from a fragment.
            raise EOFError(f"record truncated: {record.raw_stream.limit} bytes missing")  # type: ignore[attr-defined]
        return ArchivedPage(
            offset=offset, record_id=headers.get_header("WARC-Record-ID"), target_uri=uri,
            captured_at=captured_at, status=status, content_type=content_type, body=body,
            etag=http.get_header("ETag"), last_modified=http.get_header("Last-Modified"),
        )
