"""A generated health-news site on 127.0.0.1 for the crawl benchmarks: N distinct articles, from memory.

The pages are the golden fixtures (``fixtures/*.html``) turned into templates, so extracting one
costs what extracting a real page costs. Page ``n`` is template ``n % T`` with its own canonical
URL (so its own record id), a numbered headline and a numbered lead paragraph, so no two pages
yield the same record. Pages are rendered per request by joining a few strings: nothing is
stored on disk and a 10,000-page site takes no more memory than a 6-page one.

The fixtures are hand-trimmed (15-40 KB); real article pages are several times heavier (the
corpus pages average 100-150 KB). ``--corpus DIR`` builds the templates from real pages instead
(the shared corpus, or any directory of HTML files: see :func:`corpus_templates`), for figures at
real page weight.

Like a real server it sends ``ETag`` and ``Last-Modified`` and answers conditional requests with
304 (``--no-validators`` turns both off, leaving a re-crawl only the body hash to go by).

Run it as its own process (``python -m benchmarks.bench_site --pages N`` from the checkout) so that serving does not
share a GIL with the crawl it serves: it prints its origin as the first line of stdout and serves
until its stdin is closed, so it never outlives the benchmark that started it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from harvester.core import extract_article
from harvester.decoding import decode_html
from harvester.errors import NotHTMLError
from harvester.evaluation import corpus_pages, read_page_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLE_PREFIX = "/articles/"
# Canonical URLs live on a fixed host, not on 127.0.0.1:<port>: record ids stay the same when the
# server comes back on another port.
CANONICAL_ORIGIN = "https://bench.example"
LAST_MODIFIED = "Mon, 01 Dec 2025 08:00:00 GMT"
_LEAD_WORDS = 4
_CANONICAL, _HEADLINE, _LEAD = "\0canonical\0", "\0headline\0", "\0lead\0"
_MARKERS = re.compile(f"({_CANONICAL}|{_HEADLINE}|{_LEAD})")


@dataclass(frozen=True)
class Template:
    """A page split at the places that vary from one article to the next, filled by :meth:`render`."""

    parts: tuple[str, ...]
    headline: str

    def render(self, number: int) -> bytes:
        values = {
            _CANONICAL: canonical_url(number),
            _HEADLINE: f"{self.headline} (report {number})",
            _LEAD: f"Report {number}. ",
        }
        return "".join(values.get(part, part) for part in self.parts).encode("utf-8")


def canonical_url(number: int) -> str:
    return f"{CANONICAL_ORIGIN}{ARTICLE_PREFIX}{number}"


def article_path(number: int) -> str:
    return f"{ARTICLE_PREFIX}{number}"


def make_template(html: str) -> Template:
    """Find the canonical URL, headline and lead paragraph of ``html`` with the extractor, and mark them.

    Whatever the extractor does not find (a page without a canonical URL) simply stays the same
    on every page; the page URL then tells the records apart.
    """
    record = extract_article(html.encode("utf-8"), "http://127.0.0.1/")
    marked = html
    if record.canonical_url:
        marked = marked.replace(record.canonical_url, _CANONICAL)
    if record.headline:
        marked = marked.replace(record.headline, _HEADLINE)
    lead = next((block.text for section in record.sections for block in section.blocks
                 if getattr(block, "type", "") == "paragraph"), "")
    words = lead.split()[:_LEAD_WORDS]
    # The first words as the start of a text node (meta descriptions often repeat them), with any
    # whitespace between them: the markup may break the lead's lines.
    found = re.search(r">\s*(" + r"\s+".join(map(re.escape, words)) + ")", marked) if words else None
    if found:
        marked = marked[:found.start(1)] + _LEAD + marked[found.start(1):]
    parts = _MARKERS.split(marked)
    return Template(tuple(part for part in parts if part), record.headline or "")


def load_templates(fixtures: Path = FIXTURES) -> list[Template]:
    templates = [make_template(path.read_text(encoding="utf-8")) for path in sorted(fixtures.glob("*.html"))]
    if not templates:
        raise FileNotFoundError(f"no {fixtures}/*.html to build the benchmark site from")
    return templates


def corpus_templates(corpus: Path, limit: int) -> list[Template]:
    """Templates from up to ``limit`` pages of each collection in ``corpus`` (see :func:`corpus_pages`).

    Pages are decoded to text here and served as UTF-8 (the Content-Type header says so); a page
    that is not HTML is left out.
    """
    templates = []
    for page in (page for pages in corpus_pages(corpus, limit).values() for page in pages):
        try:
            templates.append(make_template(decode_html(read_page_bytes(page.source))[0]))
        except NotHTMLError:
            continue
    if not templates:
        raise FileNotFoundError(f"no corpus pages under {corpus} to build the benchmark site from")
    return templates


class BenchSite:
    """The site's content: ``pages`` articles, a robots.txt and a sitemap listing them."""

    def __init__(self, pages: int, *, validators: bool = True, templates: Sequence[Template] | None = None) -> None:
        self.pages = pages
        self.validators = validators
        self.templates = list(templates) if templates is not None else load_templates()

    def article(self, number: int) -> bytes | None:
        if not 0 <= number < self.pages:
            return None
        return self.templates[number % len(self.templates)].render(number)

    def robots(self, origin: str) -> bytes:
        return f"User-agent: *\nAllow: /\nSitemap: {origin}/sitemap.xml\n".encode()

    def sitemap(self, origin: str) -> bytes:
        entries = "".join(f"<url><loc>{origin}{article_path(n)}</loc></url>" for n in range(self.pages))
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>\n'
        ).encode()

    def etag(self, number: int) -> str:
        return f'"bench-{number}"'


def _handler_for(site: BenchSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the crawler expects of a real server
        # Headers and body go out in two writes: with Nagle's algorithm on, the body waits for the
        # client's delayed ACK of the headers (up to 40 ms a response). Real servers set TCP_NODELAY.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            try:
                self._respond()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _respond(self) -> None:
            host, port = self.server.server_address[:2]
            origin = f"http://{host}:{port}"
            path = self.path.split("?", 1)[0]
            headers: dict[str, str] = {}
            body: bytes | None = None
            content_type = "text/html; charset=utf-8"
            if path == "/robots.txt":
                body, content_type = site.robots(origin), "text/plain; charset=utf-8"
            elif path == "/sitemap.xml":
                body, content_type = site.sitemap(origin), "application/xml"
            elif path.startswith(ARTICLE_PREFIX) and _is_number(path[len(ARTICLE_PREFIX):]):
                number = int(path[len(ARTICLE_PREFIX):])
                if site.validators and 0 <= number < site.pages:
                    headers = {"ETag": site.etag(number), "Last-Modified": LAST_MODIFIED}
                    if _not_modified(headers, self.headers):
                        self._send(304, content_type, b"", headers)
                        return
                body = site.article(number)
            if body is None:
                self._send(404, "text/plain", b"not found", {})
            else:
                self._send(200, content_type, body, headers)

        def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Silent: a log line per request would cost more than the request."""

    return Handler


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _not_modified(validators: dict[str, str], request: Message) -> bool:
    if "If-None-Match" in request:
        return request["If-None-Match"] == validators["ETag"]
    return request.get("If-Modified-Since") == validators["Last-Modified"]


def make_server(site: BenchSite, port: int = 0) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(site))
    server.daemon_threads = True
    return server


class SiteFailed(RuntimeError):
    """The site's process did not start (its error is on stderr)."""


@dataclass
class RunningSite:
    """A bench site served by a child process (see the module docstring for why a process)."""

    process: subprocess.Popen[bytes]
    origin: str
    pages: int

    def url(self, number: int) -> str:
        return f"{self.origin}{article_path(number)}"

    def urls(self, count: int | None = None) -> list[str]:
        return [self.url(n) for n in range(self.pages if count is None else count)]


@contextmanager
def serving(pages: int, *, validators: bool = True, corpus: Path | None = None) -> Iterator[RunningSite]:
    # By its path, not with -m: the benchmark may run from any directory, and this is a checkout file.
    command = [sys.executable, __file__, "--pages", str(pages)]
    if not validators:
        command.append("--no-validators")
    if corpus is not None:
        command += ["--corpus", str(corpus)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        origin = process.stdout.readline().decode().strip()
        if not origin.startswith("http://"):
            raise SiteFailed(f"the benchmark site did not start (exit status {process.wait()})")
        yield RunningSite(process, origin, pages)
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the server's signal to stop
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_site", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="number of articles (default: 1000)")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)")
    parser.add_argument("--no-validators", action="store_true", help="send no ETag/Last-Modified, never 304")
    parser.add_argument("--corpus", type=Path, metavar="DIR",
                        help="build the pages from this corpus's real pages instead of fixtures/*.html")
    parser.add_argument("--corpus-limit", type=int, default=50, metavar="N",
                        help="at most N pages of each corpus (default: 50)")
    args = parser.parse_args(argv)
    templates = corpus_templates(args.corpus, args.corpus_limit) if args.corpus else None
    server = make_server(BenchSite(args.pages, validators=not args.no_validators, templates=templates), args.port)
    host, port = server.server_address[:2]
    print(f"http://{host}:{port}", flush=True)
    threading.Thread(target=server.serve_forever, name="bench-site", daemon=True).start()
    try:
        sys.stdin.buffer.read()  # returns at EOF: whoever started the server is done or gone
    except KeyboardInterrupt:
        pass
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
