"""Distributed crawl benchmark: records/s with 1, 2 and 3 workers sharing one Redis, and what Redis costs.

    python -m benchmarks.distributed --pages 600 --workers 1 2 3     # from the checkout

For each worker count, a fresh Redis database and output directory, then that many
``harvester crawl --urls FILE --redis URL`` processes started together against the benchmark
site (:mod:`benchmarks.bench_site`, its own process), politeness delays off. Reported per run:

* records/s: records in the union of the feed files over the crawl's span (first worker's start
  to last worker's end, from their summaries: interpreter start-up is not counted);
* Redis round trips per page (the workers' own count: commands, scripts and pipelines sent);
* Redis operations per page and Redis CPU per page (``INFO commandstats``: every command the
  server ran, those inside Lua scripts included, and the microseconds it spent on them), and the
  memory the crawl left in Redis per record (``used_memory``: the state and the delivery ledger).

Then ``redis-benchmark`` measures this server's plain SET/GET rate, and the capacity model of the
README is printed: Redis runs commands on one thread, so the crawl saturates it at about
1e6 / (Redis CPU us per page) pages/s, whatever the number of machines.

The redis-server is started on 127.0.0.1 on a free port by this script (persistence off), as
the tests start theirs; the machine's CPU count and load average are printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import redis

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the tests' redis-server starter, shared rather than copied

from redisserver import redis_server  # noqa: E402

from benchmarks import bench_site  # noqa: E402
from benchmarks.bench import CRAWL_SETTINGS, load_average, machine_facts, write_url_list  # noqa: E402


def _commandstats(client: redis.Redis) -> tuple[int, int]:
    """(commands run, microseconds spent) by the server so far, script-internal commands included."""
    calls = usec = 0
    for name, stats in client.info("commandstats").items():
        if name.startswith("cmdstat_"):
            calls += int(stats["calls"])
            usec += int(stats["usec"])
    return calls, usec


def crawl(urls_file: Path, url: str, workdir: Path, workers: int, extract_workers: int) -> dict[str, Any]:
    client = redis.Redis.from_url(url)
    client.flushall()
    client.config_resetstat()
    memory_before = int(client.info("memory")["used_memory"])
    output = workdir / f"out-{workers}"
    command = [sys.executable, "-m", "harvester.cli", "crawl", "--urls", str(urls_file), "-o", str(output),
               "--redis", url]
    for name, value in {**CRAWL_SETTINGS, "HARVESTER_EXTRACT_WORKERS": str(extract_workers)}.items():
        command += ["-s", f"{name}={value}"]
    output.mkdir(parents=True)
    logs = [output / f"worker-{n}.log" for n in range(workers)]
    processes = [subprocess.Popen(command, cwd=output, stdout=log.open("wb"), stderr=subprocess.STDOUT)
                 for log in logs]
    for process, log in zip(processes, logs, strict=True):
        if process.wait(timeout=3600) != 0:
            tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
            raise RuntimeError(f"a worker exited with status {process.returncode}:\n" + "\n".join(tail))
    calls, usec = _commandstats(client)
    memory = int(client.info("memory")["used_memory"]) - memory_before
    summaries = [json.loads(path.read_text(encoding="utf-8")) for path in output.glob("*/summary-*.json")]
    started = min(datetime.fromisoformat(s["started_at"]) for s in summaries)
    finished = max(datetime.fromisoformat(s["finished_at"]) for s in summaries)
    span = (finished - started).total_seconds()
    records = sum(1 for path in output.glob("*/records-*.jsonl") for _ in path.open("rb"))
    pages = sum(s["pages"] for s in summaries) or 1
    return {
        "workers": workers, "records": records, "span": span, "records_per_s": records / span if span else 0.0,
        "pages_by_worker": [s["pages"] for s in summaries],
        "round_trips_per_page": sum(s.get("redis_round_trips") or 0 for s in summaries) / pages,
        "ops_per_page": calls / pages, "redis_us_per_page": usec / pages,
        "bytes_per_record": memory / records if records else 0.0,
    }


def redis_benchmark(url: str, requests: int) -> dict[str, float]:
    """Plain SET and GET rates of the server (``redis-benchmark -q``), 50 clients, no pipelining."""
    parts = redis.connection.parse_url(url)
    result = subprocess.run(
        ["redis-benchmark", "-h", parts.get("host", "127.0.0.1"), "-p", str(parts.get("port", 6379)),
         "-t", "set,get", "-n", str(requests), "-q"],
        capture_output=True, text=True, check=True,
    )
    rates = {}
    for line in result.stdout.replace("\r", "\n").splitlines():
        match = re.match(r"(SET|GET): ([\d.]+) requests per second", line.strip())
        if match:
            rates[match.group(1)] = float(match.group(2))
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=600, help="articles on the benchmark site (default 600)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3], help="crawl processes per run")
    parser.add_argument("--extract-workers", type=int, default=1, help="extraction processes per crawl process")
    parser.add_argument("--benchmark-requests", type=int, default=100_000, help="redis-benchmark -n")
    args = parser.parse_args(argv)

    print(machine_facts())
    print(f"load average before: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="bench-distributed-") as tmp, redis_server(Path(tmp)) as url, \
            bench_site.serving(args.pages) as site:
        workdir = Path(tmp)
        urls_file = write_url_list(workdir, site.urls())
        runs = [crawl(urls_file, url, workdir, n, args.extract_workers) for n in args.workers]
        rates = redis_benchmark(url, args.benchmark_requests)
    print(f"load average after: {load_average()}")
    print(f"\n{args.pages} pages, {args.extract_workers} extraction process(es) per crawl process\n")
    print(f"{'workers':>8}{'records':>9}{'span s':>8}{'rec/s':>8}{'x1':>6}{'trips/page':>12}"
          f"{'ops/page':>10}{'redis us/page':>15}{'B/record':>10}  pages by worker")
    base = runs[0]["records_per_s"] or 1.0
    for run in runs:
        print(f"{run['workers']:>8}{run['records']:>9}{run['span']:>8.1f}{run['records_per_s']:>8.1f}"
              f"{run['records_per_s'] / base:>6.2f}{run['round_trips_per_page']:>12.1f}{run['ops_per_page']:>10.1f}"
              f"{run['redis_us_per_page']:>15.0f}{run['bytes_per_record']:>10.0f}  {run['pages_by_worker']}")
    ops = sum(r["ops_per_page"] for r in runs) / len(runs)
    usec = sum(r["redis_us_per_page"] for r in runs) / len(runs)
    plain = min(rates.values()) if rates else 0.0
    print("\nredis-benchmark on this server: " + ", ".join(f"{k} {v:,.0f} ops/s" for k, v in rates.items()))
    print("capacity model (one Redis, any number of machines):")
    print(f"  by operations: {plain:,.0f} ops/s / {ops:.1f} ops per page = {plain / ops:,.0f} pages/s"
          if ops else "  no operations measured")
    print(f"  by Redis CPU:  1e6 us/s / {usec:.0f} us per page = {1e6 / usec:,.0f} pages/s" if usec else "")
    print(f"  one worker here: {base:.1f} records/s, so about {plain / ops / base if ops else 0:,.0f} such workers"
          " before Redis is the bottleneck (by operations)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
