"""End to end: one crawl on a real Redis, three worker processes, one of them killed with SIGKILL.

The guarantee under test: the union of every worker's feed files holds each page of the site
exactly once, although a worker died holding requests (they go back to the queue when its lease
times out) and records it had committed but maybe not written (a surviving worker on the same
machine settles them); and a re-run of the crawl emits nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import redis
from crawl_helpers import FAST, ROOT, serve_articles, site_dir, url_list
from httpserver import serve
from redisserver import free_port, redis_server
from scrapy.settings import Settings

from harvester import cli
from harvester.crawl.runtime import RunSetupError, apply_run_settings

pytestmark = pytest.mark.slow

PAGES = 300
PREFIX = "harvester:127.0.0.1"


def _workers(urls_file: Path, output: Path, url: str, count: int) -> list[subprocess.Popen[str]]:
    # The user's command (harvester crawl ... --redis URL), with the tests' fast settings.
    command = [
        sys.executable, "-m", "harvester.cli", "crawl", "--urls", str(urls_file), "-o", str(output), "--redis", url,
        *FAST, "-s", "HARVESTER_REDIS_LEASE_TIMEOUT=2", "-s", "HARVESTER_PROGRESS_INTERVAL=0",
        # Extraction on the reactor thread: no extraction process to start per worker (the CPU of
        # five worker start-ups is most of this file's time); the heartbeat has its own thread.
        "-s", "HARVESTER_EXTRACT_WORKERS=0",
    ]
    return [
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in range(count)
    ]


def _finish(workers: list[subprocess.Popen[str]], status: int = 0) -> list[str]:
    logs = []
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == status, err[-3000:]
        logs.append(err)
    return logs


def _feed_urls(output: Path) -> list[str]:
    urls = []
    for path in sorted(site_dir(output).glob("records-*.jsonl")):
        text = path.read_text(encoding="utf-8")
        assert not text or text.endswith("\n"), f"torn line left in {path.name}"
        urls.extend(json.loads(line)["url"] for line in text.splitlines())
    return urls


def _worker_pid(name: bytes | None) -> int | None:
    return int(name.decode().rsplit("-", 1)[1]) if name else None


def test_three_workers_one_killed_every_page_once_and_a_rerun_emits_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve() as site, redis_server(tmp_path) as url:
        pages = serve_articles(site, PAGES)
        urls_file = url_list(tmp_path, pages)
        output = tmp_path / "out"
        client = redis.Redis.from_url(url)

        workers = _workers(urls_file, output, url, 3)
        # Kill a worker that is not seeding, part way, while it holds leased requests.
        deadline = time.monotonic() + 60
        victim = None
        while victim is None and time.monotonic() < deadline:
            seeder = _worker_pid(client.hget(f"{PREFIX}:crawl", "seeder"))
            for worker in workers:
                # Deliveries stay pending until the run ends: the records this worker committed.
                committed = next(iter(client.keys(f"{PREFIX}:run_deliveries:*-{worker.pid}")), None)
                held = next(iter(client.keys(f"{PREFIX}:leased:*-{worker.pid}")), None)
                if worker.pid == seeder or committed is None or held is None:
                    continue
                if client.scard(committed) >= PAGES // 20 and client.zcard(held):
                    os.kill(worker.pid, signal.SIGKILL)
                    victim = worker
                    break
            time.sleep(0.02)
        assert victim is not None, "no worker held requests part way through the crawl"
        victim.wait(timeout=10)
        assert victim.returncode == -signal.SIGKILL
        assert client.zcard(held), "the killed worker's requests are still leased to it"

        logs = _finish([worker for worker in workers if worker is not victim])
        assert any("went back to the queue" in log for log in logs)

        emitted = _feed_urls(output)
        assert Counter(emitted) == Counter(pages), "every page exactly once in the union of the feeds"
        # Every worker wrote its own files, named with its worker id (host-pid).
        writers = {path.name.rsplit("-", 1)[0] for path in site_dir(output).glob("records-*.jsonl")}
        assert len(writers) >= 2
        assert client.hget(f"{PREFIX}:crawl", "status") == b"finished"
        assert client.hlen(f"{PREFIX}:deliveries") == 0, "every delivery confirmed from a feed file"
        assert not list(site_dir(output).glob(".lock-*")), "the dead worker's lock file went with its settling"

        # A re-run by two workers: a new generation, every page unchanged, not one record emitted.
        site.clear_log()
        _finish(_workers(urls_file, output, url, 2))
        assert _feed_urls(output) == emitted
        assert client.hget(f"{PREFIX}:crawl", "generation") == b"2"
        assert {hit.path for hit in site.log if hit.status == 304} >= {f"/news/story-{n:02d}" for n in range(PAGES)}

        # harvester status reads the workers' run history from the shared store.
        assert cli.main(["status", "--redis", url, "--json"]) == 0
        [status] = json.loads(capsys.readouterr().out)
        assert status["site"] == "127.0.0.1" and status["running"] is None
        runs = [status["last_run"], *status["earlier_runs"]]
        # Two surviving workers in the first generation (the killed one wrote no summary), two in the second.
        assert len(runs) == 4 and {run["finish_reason"] for run in runs} == {"finished"}
        assert runs[0]["records"] == 0 and runs[0]["generation"] == 2


def test_a_malformed_or_unreachable_redis_is_a_clear_error_before_any_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    urls_file = url_list(tmp_path, ["http://127.0.0.1:9/news/a"])
    assert cli.main(["crawl", "--urls", str(urls_file), "--redis", "http://example.org"]) == 2
    assert "expected redis://HOST:PORT/DB" in capsys.readouterr().err
    settings = Settings({"HARVESTER_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})  # nothing listens there
    with pytest.raises(RunSetupError, match="cannot reach Redis at redis://127.0.0.1"):
        apply_run_settings(settings, output_dir=tmp_path / "out", site="example")
    assert not list((tmp_path / "out" / "example").glob(".lock*")), "no lock left behind"


def test_a_stopped_worker_hands_its_requests_back_and_the_crawl_resumes(tmp_path: Path) -> None:
    with serve() as site, redis_server(tmp_path) as url:
        pages = serve_articles(site, 40)
        for path in site.pages:
            site.pages[path].delay = 0.1  # slow enough to be stopped with requests in flight
        urls_file = url_list(tmp_path, pages)
        output = tmp_path / "out"
        client = redis.Redis.from_url(url)
        [worker] = _workers(urls_file, output, url, 1)
        deadline = time.monotonic() + 60
        while client.hlen(f"{PREFIX}:leases") == 0 or not client.keys(f"{PREFIX}:record:*"):
            assert time.monotonic() < deadline and worker.poll() is None, "the worker never got going"
            time.sleep(0.05)
        worker.send_signal(signal.SIGINT)  # Ctrl-C: a graceful stop
        _finish([worker], status=130)  # interrupted: run the same command to resume
        assert client.hlen(f"{PREFIX}:leases") == 0, "no request stays leased to a stopped worker"
        assert client.zcard(f"{PREFIX}:queue") > 0 and client.hget(f"{PREFIX}:crawl", "status") == b"running"

        for path in site.pages:
            site.pages[path].delay = 0.0
        _finish(_workers(urls_file, output, url, 1))
        assert Counter(_feed_urls(output)) == Counter(pages)
        assert client.hget(f"{PREFIX}:crawl", "status") == b"finished"
