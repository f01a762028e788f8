"""How long a crawl takes to stop after one SIGINT while the site holds some requests.

A site on 127.0.0.1 answers the first articles at once and holds the others (ten minutes); once
the answered ones are committed, the crawl (``scrapy crawl urls``, from the checkout root) gets
SIGINT, and the script prints the seconds from the signal to the process's exit, its exit status
and what the summary says was left for the resume.

    python -m benchmarks.stop                           # the default HARVESTER_STOP_GRACE
    python -m benchmarks.stop --grace 0 --grace 1 --grace 5
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES, ANSWERED, HOLD = 14, 9, 600.0
PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {n}</title>'
        '<meta property="og:type" content="article"></head><body><main><article><h1>Story {n}</h1>'
        "<p>Researchers followed several thousand adults for ten years and report that walking was associated"
        " with a lower risk of heart disease, even after accounting for diet and smoking.</p></article></main>"
        "</body></html>")


class _Site(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
        else:
            n = int(self.path.rsplit("-", 1)[1])
            if n >= ANSWERED:
                time.sleep(HOLD)
            body, kind = PAGE.format(n=n).encode(), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent."""


def _committed(state: Path) -> int:
    if not state.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=5)) as db:
            return int(db.execute("SELECT count(*) FROM records").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def stop_once(port: int, grace: float | None) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        urls = Path(tmp) / "urls.txt"
        urls.write_text("".join(f"http://127.0.0.1:{port}/news/story-{n}\n" for n in range(ARTICLES)), encoding="utf-8")
        output = Path(tmp) / "out"
        command = [sys.executable, "-m", "scrapy", "crawl", "urls", "-a", f"urls={urls}", "-a", f"output={output}",
                   "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "HARVESTER_EXTRACT_WORKERS=1"]
        if grace is not None:
            command += ["-s", f"HARVESTER_STOP_GRACE={grace}"]
        crawl = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=True)
        try:
            while _committed(output / "127.0.0.1" / "state.sqlite") < ANSWERED:
                if crawl.poll() is not None:
                    return f"the crawl ended early (status {crawl.returncode})"
                time.sleep(0.05)
            time.sleep(0.5)  # the held requests are sent by now
            started = time.monotonic()
            crawl.send_signal(signal.SIGINT)
            crawl.wait(timeout=120)
            seconds = time.monotonic() - started
        finally:
            try:
                os.killpg(crawl.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        summary = json.loads((output / "127.0.0.1" / "summary.json").read_text(encoding="utf-8"))
        return (f"stopped in {seconds:.1f} s, exit status {crawl.returncode}, outcome {summary['outcome']},"
                f" {summary['records']} records, {summary['outcomes']['pending']} left for the resume")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grace", type=float, action="append", help="HARVESTER_STOP_GRACE (repeatable)")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for grace in args.grace or [None]:
        label = "default" if grace is None else f"{grace:g} s"
        print(f"HARVESTER_STOP_GRACE {label}: {stop_once(server.server_address[1], grace)}", flush=True)


if __name__ == "__main__":
    main()
