"""Benchmark ``harvester export``: records/s, rows/s and peak RSS per format, at two input sizes.

    python -m benchmarks.bench_export [--records 100000] [--compare 10000] [--formats parquet,duckdb,csv]

The records are real extractions (the golden fixture pages and the demo site's articles), each
repeated under new ids and versions with crawl provenance, written once to a JSON Lines file.
Each export runs in a fresh subprocess that reports its own peak RSS, so the figures of the two
sizes compare directly: memory bounded by the batch size stays flat while the input grows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import resource, sys, time
from pathlib import Path
from harvester.export.writer import export
start = time.perf_counter()
result = export([Path(sys.argv[1])], sys.argv[2], Path(sys.argv[3]))
elapsed = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(result.records, sum(result.rows.values()), elapsed, peak_kb)
"""


def base_records() -> list[dict]:
    from harvester import extract_article

    pages = sorted((ROOT / "fixtures").glob("*.html"))
    return [json.loads(extract_article(path.read_bytes(), f"https://bench.example/{path.stem}").model_dump_json())
            for path in pages]


def write_input(path: Path, count: int, bases: list[dict]) -> None:
    """``count`` records: the base records cycled, ids made unique per 3 versions of an article."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            record = dict(bases[n % len(bases)])
            article, version = divmod(n, 3)
            record["id"] = hashlib.sha256(f"{article}".encode()).hexdigest()[:32]
            record["crawl"] = {
                "fetched_at": "2025-12-01T06:00:00Z", "status": 200, "content_hash": f"{n:064x}",
                "version": version + 1, "previous_content_hash": f"{n - 1:064x}" if version else None,
                "first_seen": "2025-12-01T06:00:00Z", "spider": "sitemap", "profile": "bench",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_export(source: Path, to: str, output: Path) -> tuple[int, int, float, float]:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(source), to, str(output)], capture_output=True,
                          text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"export to {to} failed:\n{done.stderr[-3000:]}")
    records, rows, elapsed, peak_kb = done.stdout.splitlines()[-1].split()
    return int(records), int(rows), float(elapsed), int(peak_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--compare", type=int, default=10_000, help="a smaller input, run beside it (0: none)")
    parser.add_argument("--formats", default="parquet,duckdb,csv")
    args = parser.parse_args()
    formats = args.formats.split(",")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}, "
          f"Python {platform.python_version()}")
    bases = base_records()
    sizes = [size for size in (args.compare, args.records) if size]
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        work = Path(tmp)
        print(f"{'format':8} {'records':>8} {'rows':>9} {'seconds':>8} {'records/s':>10} {'rows/s':>9} "
              f"{'peak RSS MB':>11}  input MB")
        for size in sizes:
            source = work / f"records-{size}.jsonl"
            write_input(source, size, bases)
            megabytes = source.stat().st_size / 1e6
            for to in formats:
                output = work / f"out-{size}.{to}"
                records, rows, elapsed, peak = run_export(source, to, output)
                print(f"{to:8} {records:8d} {rows:9d} {elapsed:8.1f} {records / elapsed:10.0f} {rows / elapsed:9.0f} "
                      f"{peak:11.0f}  {megabytes:.0f}", flush=True)
            source.unlink()
    print(f"load at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
