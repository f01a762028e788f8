"""Serve the bundled demo site on 127.0.0.1 so ``harvester crawl demo`` works offline.

Sitemaps, feeds and robots.txt must carry absolute URLs, but the port is only known once the
server is bound. Those files therefore hold the placeholder ``{{origin}}``, replaced with
``http://127.0.0.1:PORT`` as they are served (inside gzipped files too). Article and index HTML
use relative links and are served untouched, with the stock Last-Modified / If-Modified-Since.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import gzip
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

from harvester.profiles import SiteProfile

PLACEHOLDER = b"{{origin}}"
_TEMPLATED = (".xml", ".xml.gz", ".txt")


@functools.cache
def site_root() -> Path:
    """The demo site's directory. Installed from a zipped egg (a scrapyd deployment) the package has
    no directory to serve from: its files are copied out once per process, and removed at exit."""
    site = resources.files("harvester").joinpath("demo", "site")
    if isinstance(site, Path):
        return site
    copy = Path(tempfile.mkdtemp(prefix="harvester-demo-site-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    _copy_out(site, copy)
    return copy


def _copy_out(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_out(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())


class _DemoHandler(SimpleHTTPRequestHandler):
    # Headers and body are two writes: with Nagle's algorithm the body would wait for the client's
    # delayed ACK of the headers, up to 40 ms a response.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        if not self._send_templated(head_only=False):
            super().do_GET()

    def do_HEAD(self) -> None:
        if not self._send_templated(head_only=True):
            super().do_HEAD()

    def _send_templated(self, *, head_only: bool) -> bool:
        path = Path(self.translate_path(self.path))
        if not path.name.endswith(_TEMPLATED) or not path.is_file():
            return False
        host, port = self.server.server_address[:2]
        origin = f"http://{host}:{port}".encode()
        body = path.read_bytes()
        if path.name.endswith(".gz"):
            body = gzip.compress(gzip.decompress(body).replace(PLACEHOLDER, origin), mtime=0)
        else:
            body = body.replace(PLACEHOLDER, origin)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head_only:
            self.wfile.write(body)
        return True

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the crawl's own log already shows every request."""


class DemoServer:
    """The demo site on an ephemeral 127.0.0.1 port, served from a daemon thread."""

    def __init__(self, root: Path | None = None, port: int = 0, *, any_port_if_taken: bool = False) -> None:
        handler = partial(_DemoHandler, directory=str(root or site_root()))
        try:
            self._httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError:
            if not (port and any_port_if_taken):
                raise
            self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="demo-server", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> DemoServer:
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def serving(root: Path | None = None, port: int = 0, *, any_port_if_taken: bool = False) -> Iterator[DemoServer]:
    server = DemoServer(root, port, any_port_if_taken=any_port_if_taken).start()
    try:
        yield server
    finally:
        server.stop()


def serve_profile(profile: SiteProfile) -> tuple[DemoServer, SiteProfile]:
    """Start the demo site for the demo profile: on the profile's own port when free (page URLs,
    and so the incremental state, then stay the same from one demo run to the next), else on any;
    returns the running server and the profile re-rooted at it."""
    server = DemoServer(port=urlsplit(profile.base_url or "").port or 0, any_port_if_taken=True).start()
    return server, profile.with_changes(base_url=server.base_url)


def main() -> None:
    """``python -m harvester.demo.server``: serve the demo for ``scrapy crawl ... -a profile=demo``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765, the demo profile's)")
    args = parser.parse_args()
    server = DemoServer(port=args.port)
    print(f"serving the demo site at {server.base_url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
