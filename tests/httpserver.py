"""A tiny website on 127.0.0.1 for end-to-end crawl tests, with an access log to assert on.

Tests describe the site as ``path -> Page`` (status, body, headers, delay, validators); pages can
be added or changed while it runs, e.g. to edit an article between two crawls. Each request is
logged with its Host header, so a test can prove that a URL on another host (``localhost``
instead of ``127.0.0.1``, same server) was never fetched. A page can also misbehave the way hostile
or broken servers do: hang before answering, close the connection mid-body, or never end its body.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Page:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False  # store the body gzipped (a .xml.gz file, not Content-Encoding)
    truncate: int | None = None  # send only this many body bytes, then close (Content-Length says more)
    endless: bool = False  # no Content-Length: send the body again and again until the client hangs up
    chunk_delay: float = 0.0  # seconds between two repetitions of an endless body (a trickle)

    def payload(self) -> bytes:
        data = self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        return gzip.compress(data, mtime=0) if self.gzip else data


@dataclass(frozen=True)
class Hit:
    method: str
    host: str
    path: str
    status: int
    headers: dict[str, str]


class LocalSite:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.log: list[Hit] = []
        # Paths as their requests arrive, before any delay: what a held request is waiting on.
        self.arrived: list[str] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **options: object) -> None:
        self.pages[path] = Page(body, **options)  # type: ignore[arg-type]

    def fetched(self, host: str = "127.0.0.1") -> set[str]:
        """Paths requested with this Host (any method, any status)."""
        with self._lock:
            return {hit.path for hit in self.log if hit.host.split(":")[0] == host}

    def hosts(self) -> set[str]:
        with self._lock:
            return {hit.host.split(":")[0] for hit in self.log}

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()
            self.arrived.clear()

    def arrive(self, path: str) -> None:
        with self._lock:
            self.arrived.append(path)

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.log.append(hit)

    def start(self) -> LocalSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def _handler_for(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body are two writes: no delayed-ACK stall

        def do_GET(self) -> None:
            self._answer(with_body=True)

        def do_HEAD(self) -> None:
            self._answer(with_body=False)

        def _answer(self, *, with_body: bool) -> None:
            try:
                self._respond(with_body=with_body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client hung up (timeout, size limit), as it should

        def _respond(self, *, with_body: bool) -> None:
            parts = urlsplit(self.path)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            page = site.pages.get(path) or Page("not found", status=404, content_type="text/plain")
            site.arrive(path)
            if page.delay:
                time.sleep(page.delay)
            status, body = page.status, page.payload()
            if status == 200 and _not_modified(page, self.headers):
                status, body = 304, b""
            site.record(Hit(self.command, self.headers.get("Host", ""), path, status, dict(self.headers)))
            self.send_response(status)
            self.send_header("Content-Type", page.content_type)
            if page.endless:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(body)))
            if page.etag:
                self.send_header("ETag", page.etag)
            if page.last_modified:
                self.send_header("Last-Modified", page.last_modified)
            for name, value in page.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if with_body:
                self._send_body(page, body)

        def _send_body(self, page: Page, body: bytes) -> None:
            if page.truncate is not None:
                self.wfile.write(body[: page.truncate])
                self.close_connection = True
            elif page.endless:
                while True:
                    self.wfile.write(body)
                    time.sleep(page.chunk_delay)
            else:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Silent: the access log is ``site.log``."""

    return Handler


def _not_modified(page: Page, headers: Message) -> bool:
    if page.etag and headers.get("If-None-Match") == page.etag:
        return True
    return bool(page.last_modified and headers.get("If-Modified-Since") == page.last_modified)


@contextmanager
def serve() -> Iterator[LocalSite]:
    site = LocalSite().start()
    try:
        yield site
    finally:
        site.stop()
