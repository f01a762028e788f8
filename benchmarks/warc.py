"""Benchmark of ``harvester warc``: pages/s and MB/s of WARC for 1 and 2 extraction workers, and the
share of a page's time spent reading the archive against extracting it.

    python -m benchmarks.warc [--corpus DIR] [--pages N] [--workers 1,2] [--repeat K]

The WARC is built with warcio from real pages (``../shared/corpus`` or ``--corpus``), laid out as
Common Crawl's are: per capture a request, a response and a metadata record, each a gzip member.
Then, in this process, one pass reads the archive (warcio, as ``harvester warc`` does) and one
extracts the same pages (as one worker does, validation and JSON encoding included): that split is
the share of reading. Last, the real ``harvester warc`` runs as a subprocess per worker count,
alternating the order between repeats, into a fresh output directory each time; pages/s and MB/s
are over the run's own elapsed time (``summary.json``: from the run's start to its close, the
process start-up and imports excluded, the extraction pool's start-up included). Each run is
followed by one over a one-page archive: "pages/s after start-up" is the difference, the rate a
long run (a 1 GB CC-NEWS file) settles at.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from harvester.crawl.extraction import extract_for_feed
from harvester.evaluation import corpus_pages, find_corpus, read_page_bytes
from harvester.warc.reader import ArchivedPage, ArchiveReader

REPO = Path(__file__).resolve().parents[1]


def build_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=True, warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "benchmarks/warc.py"}))
        for url, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            response = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                 http_headers=http)
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), length=0,
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("User-Agent", "bench")], is_http_request=True),
            )
            writer.write_request_response_pair(request, response)
            fields = b"fetchTimeMs: 120\r\ncharset-detected: UTF-8\r\n"
            writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(fields),
                                                          length=len(fields), warc_content_type="application/warc-fields"))


def corpus(root: Path, count: int) -> list[tuple[str, bytes]]:
    pages: list[tuple[str, bytes]] = []
    collections = corpus_pages(root)
    # Interleaved so that a small --pages still mixes the collections.
    columns = list(collections.values())
    for row in range(max(map(len, columns), default=0)):
        for column in columns:
            if row < len(column) and len(pages) < count:
                page = column[row]
                url = page.url or f"https://corpus.example/{page.source.parent.name}/{page.source.name}"
                pages.append((url, read_page_bytes(page.source)))
    return pages


def read_pass(path: Path) -> tuple[float, list[ArchivedPage]]:
    start = time.perf_counter()
    found = [entry for entry in ArchiveReader(path) if isinstance(entry, ArchivedPage)]
    return time.perf_counter() - start, found


def extract_pass(pages: list[ArchivedPage], sides: list[frozenset[str]]) -> list[tuple[float, int]]:
    """Per side (a language filter; empty: none), the seconds to extract ``pages`` as a worker does
    and how many became records; the sides interleaved page by page, in alternating order."""
    totals = [[0.0, 0] for _ in sides]
    for n, page in enumerate(pages):
        order = list(enumerate(sides)) if n % 2 == 0 else list(enumerate(sides))[::-1]
        for side, languages in order:
            start = time.perf_counter()
            try:
                extract_for_feed(page.body, page.target_uri, page.content_type, None, languages=languages)
                totals[side][1] += 1
            except Exception:  # noqa: BLE001 - a page the crawl would quarantine or filter still cost its time
                pass
            totals[side][0] += time.perf_counter() - start
    return [(seconds, int(kept)) for seconds, kept in totals]


def run(path: Path, workers: int, work: Path, one: Path) -> dict[str, float]:
    """One run over ``path``, and one over the one-page archive ``one``: the difference is the
    time the pages themselves took, the pool's start-up and the run's set-up left out."""
    full, single = _run(path, workers, work), _run(one, workers, work)
    extra = full["elapsed"] - single["elapsed"]
    full["marginal"] = (full["pages"] - single["pages"]) / extra if extra > 0 else float("nan")
    return full


def _run(path: Path, workers: int, work: Path) -> dict[str, float]:
    out = Path(tempfile.mkdtemp(dir=work))
    done = subprocess.run(
        [sys.executable, "-m", "harvester.cli", "warc", str(path), "-o", str(out), "--workers", str(workers),
         "-s", "LOG_LEVEL=WARNING", "-s", "HARVESTER_WARC_PROGRESS_INTERVAL=0"],
        cwd=REPO, capture_output=True, text=True, timeout=3600,
    )
    if done.returncode != 0:
        raise SystemExit(f"harvester warc failed:\n{done.stderr[-3000:]}")
    summary = json.loads((out / "warc" / "summary.json").read_text())
    return {"elapsed": summary["elapsed_seconds"], "pages": summary["pages"], "records": summary["records"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    root = find_corpus(args.corpus, Path.cwd(), REPO)
    if root is None:
        raise SystemExit("no corpus: give --corpus DIR or put the shared corpus at ../shared/corpus")
    pages = corpus(root, args.pages)
    print(f"machine: {platform.machine()} {os.cpu_count()} CPUs, load average "
          + " ".join(f"{v:.2f}" for v in os.getloadavg()) + f", Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / "corpus.warc.gz"
        build_warc(path, pages)
        one = work / "one.warc.gz"
        build_warc(one, pages[:1])
        size_mb = path.stat().st_size / 1e6
        html_mb = sum(len(body) for _, body in pages) / 1e6
        print(f"WARC: {len(pages)} captures of {root} (request, response, metadata each), "
              f"{size_mb:.1f} MB gzipped, {html_mb:.1f} MB of HTML")

        read_s, found = read_pass(path)
        (extract_s, _), (english_s, english) = extract_pass(found, [frozenset(), frozenset({"en"})])
        print(f"in one process: reading {read_s:.2f} s ({len(found) / read_s:.0f} pages/s, {size_mb / read_s:.1f} MB/s),"
              f" extracting {extract_s:.2f} s ({len(found) / extract_s:.1f} pages/s);"
              f" reading is {read_s / (read_s + extract_s):.1%} of the time")
        print(f"with --language en: {english} of {len(found)} pages kept, extracting {english_s:.2f} s"
              f" ({english_s / extract_s:.0%} of extracting them all: the others are parsed, not extracted)")

        counts = [int(w) for w in args.workers.split(",")]
        results: dict[int, list[dict[str, float]]] = {w: [] for w in counts}
        for repeat in range(args.repeat):
            for workers in counts if repeat % 2 == 0 else counts[::-1]:
                results[workers].append(run(path, workers, work, one))
        print(f"{'workers':>7} {'pages':>6} {'records':>7} {'seconds':>8} {'pages/s':>8} {'MB/s WARC':>9}"
              f" {'pages/s after start-up':>22}")
        for workers, runs in results.items():
            for result in runs:
                print(f"{workers:>7} {result['pages']:>6.0f} {result['records']:>7.0f} {result['elapsed']:>8.1f}"
                      f" {result['pages'] / result['elapsed']:>8.1f} {size_mb / result['elapsed']:>9.2f}"
                      f" {result['marginal']:>22.1f}")
        if len(counts) > 1:
            base = sum(r["elapsed"] for r in results[counts[0]]) / len(results[counts[0]])
            for workers in counts[1:]:
                mean = sum(r["elapsed"] for r in results[workers]) / len(results[workers])
                print(f"{workers} workers vs {counts[0]}: {base / mean:.2f}x the pages/s")


if __name__ == "__main__":
    main()
