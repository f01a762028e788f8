"""Writing a crawl's HTTP exchanges to rotating gzipped WARC/1.1 files (warcio does the format).

Each file opens with a ``warcinfo`` record naming the software and the crawl's settings; each
exchange is a ``response`` record (with ``WARC-Payload-Digest`` and ``WARC-Block-Digest``)
followed by its ``request`` record (``WARC-Concurrent-To`` the response), each record its own
gzip member, so readers can seek to any record's offset. Files are flushed after every exchange
(a killed crawl leaves every exchange but possibly the last readable) and a new file is begun
once one passes ``max_bytes``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

# Headers that describe the transfer, not the payload the archive keeps: the body is stored
# de-chunked, so a Transfer-Encoding header would make readers de-chunk it again.
_TRANSFER_HEADERS = frozenset({"transfer-encoding"})


class ArchiveWriter:
    """Rotating ``<prefix>-<serial>.warc.gz`` files in ``directory``."""

    def __init__(self, directory: Path, prefix: str, info: Mapping[str, Any], *, max_bytes: int) -> None:
        self.directory = directory
        self.prefix = prefix
        self.info = dict(info)
        self.max_bytes = max_bytes
        self.files: list[Path] = []
        self._file: IO[bytes] | None = None
        self._writer: WARCWriter | None = None

    def _open(self) -> WARCWriter:
        if self._writer is not None and self._file is not None:
            if self._file.tell() < self.max_bytes:
                return self._writer
            self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{self.prefix}-{len(self.files):05d}.warc.gz"
        self._file = path.open("xb")
        self.files.append(path)
        writer = self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        info = {key: json.dumps(value) if isinstance(value, (dict, list)) else value for key, value in self.info.items()}
        writer.write_record(writer.create_warcinfo_record(path.name, info))
        return writer

    def write_exchange(
        self,
        *,
        url: str,
        method: str,
        request_headers: Sequence[tuple[str, str]],
        request_body: bytes,
        protocol: str,
        status: int,
        reason: str,
        response_headers: Sequence[tuple[str, str]],
        body: bytes,
        captured_at: datetime | None = None,
        ip_address: str | None = None,
    ) -> None:
        """Append one response and the request that fetched it; raises OSError if it cannot."""
        writer = self._open()
        date = datetime_to_iso_date((captured_at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None),
                                    use_micros=True)
        warc_headers: dict[str, str] = {"WARC-Date": date}
        if ip_address:
            warc_headers["WARC-IP-Address"] = ip_address
        kept = [(name, value) for name, value in response_headers if name.lower() not in _TRANSFER_HEADERS]
        http = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol=protocol or "HTTP/1.1")
        response = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                             http_headers=http, warc_headers_dict=dict(warc_headers))
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_http = StatusAndHeaders(f"{method} {target} {protocol or 'HTTP/1.1'}", list(request_headers),
                                        is_http_request=True)
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(request_body),
                                            length=len(request_body), http_headers=request_http,
                                            warc_headers_dict=dict(warc_headers))
        writer.write_request_response_pair(request, response)
        assert self._file is not None
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = None
        self._writer = None
