"""The crawl benchmarks run end to end on a tiny bench site and print their rows; no timing is asserted.

Also covers what the figures rest on: the bench site's pages are distinct articles, it answers
conditional requests like a real server, the process-tree sampler sees the crawl's workers, and
the extraction pool keeps going past the point where it replaces its workers.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from benchmarks import bench, bench_site
from harvester import dates
from harvester.core import extract_article
from harvester.evaluation import find_corpus


@contextmanager
def _served(site: bench_site.BenchSite) -> Iterator[str]:
    server = bench_site.make_server(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_bench_site_pages_are_distinct_articles() -> None:
    site = bench_site.BenchSite(12)
    templates = len(site.templates)
    assert templates == len(list(bench_site.FIXTURES.glob("*.html")))
    records = [extract_article(site.article(n) or b"", f"http://127.0.0.1:1/articles/{n}") for n in range(2 * templates)]
    assert len({record.id for record in records}) == len(records)
    for number, record in enumerate(records):
        assert record.headline and record.headline.endswith(f"(report {number})")
        assert f"Report {number}. " in record.body_text
        assert record.canonical_url in (None, bench_site.canonical_url(number))
    # the same number renders the same page: a re-crawl sees an unchanged site
    assert site.article(5) == site.article(5)
    assert site.article(12) is None and site.article(-1) is None


def test_bench_site_builds_its_pages_from_any_directory_of_html_pages(tmp_path: Path) -> None:
    fixtures = sorted(bench_site.FIXTURES.glob("*.html"))[:2]
    pages = tmp_path / "pages"
    (pages / "nested").mkdir(parents=True)
    (pages / "one.html").write_bytes(fixtures[0].read_bytes())
    (pages / "nested" / "two.html.gz").write_bytes(gzip.compress(fixtures[1].read_bytes()))
    (pages / "nested" / "expected.json").write_text("{}", encoding="utf-8")
    templates = bench_site.corpus_templates(pages, 50)
    assert len(templates) == 2
    site = bench_site.BenchSite(4, templates=templates)
    records = [extract_article(site.article(n) or b"", f"http://127.0.0.1:1/articles/{n}") for n in range(4)]
    assert len({record.id for record in records}) == 4
    assert all(record.headline and record.headline.endswith(f"(report {n})") for n, record in enumerate(records))
    with pytest.raises(FileNotFoundError):
        bench_site.corpus_templates(tmp_path / "nested-nothing", 50)


@pytest.mark.slow
def test_bench_site_serves_validators_robots_and_sitemap() -> None:
    site = bench_site.BenchSite(3)
    with _served(site) as origin:
        status, headers, body = _get(f"{origin}/articles/2")
        assert status == 200 and b"(report 2)" in body
        assert headers["ETag"] == '"bench-2"' and headers["Last-Modified"] == bench_site.LAST_MODIFIED
        assert _get(f"{origin}/articles/2", {"If-None-Match": '"bench-2"'})[0] == 304
        assert _get(f"{origin}/articles/2", {"If-Modified-Since": bench_site.LAST_MODIFIED})[0] == 304
        assert _get(f"{origin}/articles/2", {"If-None-Match": '"bench-1"'})[0] == 200
        assert _get(f"{origin}/articles/3")[0] == 404
        assert b"Allow: /" in _get(f"{origin}/robots.txt")[2]
        sitemap = _get(f"{origin}/sitemap.xml")[2].decode()
        assert [f"<loc>{origin}/articles/{n}</loc>" in sitemap for n in range(4)] == [True, True, True, False]
    with _served(bench_site.BenchSite(3, validators=False, templates=site.templates)) as origin:
        status, headers, _ = _get(f"{origin}/articles/1", {"If-None-Match": '"bench-1"'})
        assert status == 200 and "ETag" not in headers and "Last-Modified" not in headers


@pytest.mark.slow
def test_serving_runs_the_site_in_its_own_process_until_closed() -> None:
    with bench_site.serving(4) as running:
        assert running.urls() == [f"{running.origin}/articles/{n}" for n in range(4)]
        status, _, body = _get(running.url(3))
        assert status == 200 and b"(report 3)" in body
        process = running.process
    assert process.returncode == 0


def test_process_tree_sampler_sees_descendants() -> None:
    script = "import subprocess, sys, time; c = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(3)']); time.sleep(1.5); c.kill()"
    parent = subprocess.Popen([sys.executable, "-c", script])
    with bench.ProcessTreeSampler(parent.pid, interval=0.05) as sampler:
        parent.wait(timeout=30)
    usage = sampler.usage
    assert usage.peak_processes == 2
    assert usage.peak_rss_kb > usage.peak_root_rss_kb > 0
    assert 0 < usage.peak_pss_kb <= usage.peak_rss_kb
    assert usage.samples >= len(usage.timeline) > 5


_POOL_SCRIPT = """
import asyncio
import json
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import wait

from harvester.crawl import extraction

extraction._TASKS_PER_WORKER = 2
PAGE = b"<html><body><article><h1>Walking</h1><p>" + b"Walking lowers blood pressure. " * 20 + b"</p></article></body></html>"
pools = []
alive_at_start = []


class Watched(ProcessPoolExecutor):
    \"\"\"Notes, as each pool starts, how many workers of the earlier pools are still alive.\"\"\"

    def __init__(self, *args, **kwargs):
        earlier = [process for pool in pools for process in pool.workers]
        alive_at_start.append(len(earlier) - len(wait([process.sentinel for process in earlier], timeout=0)))
        super().__init__(*args, **kwargs)
        self.workers = []
        pools.append(self)

    def submit(self, *args, **kwargs):
        future = super().submit(*args, **kwargs)
        self.workers += [process for process in self._processes.values() if process not in self.workers]
        return future


extraction.ProcessPoolExecutor = Watched


async def crawl_like():
    pool = extraction.ExtractionPool(1, timeout=60)
    try:
        return await asyncio.gather(*(pool.extract(PAGE, f"http://127.0.0.1/{n}", "text/html", None) for n in range(9)))
    finally:
        pool.close()

if __name__ == "__main__":
    urls = [json.loads(record.json_head + "}")["url"] for record in asyncio.run(crawl_like())]
    print(json.dumps({"urls": urls, "alive_at_start": alive_at_start}))
"""


def test_extraction_pool_replaces_its_workers_without_stalling_or_overlapping(tmp_path: Path) -> None:
    """Crawls of more than 500 pages per worker stalled on ProcessPoolExecutor's max_tasks_per_child.

    A new pool starts only once the retiring pool's workers have exited: it used to start beside
    them, and that moment was the crawl's memory peak. In a subprocess: a stalled pool also hangs
    the interpreter's exit, which must fail this test rather than hang the test run.
    """
    script = tmp_path / "pool.py"
    script.write_text(_POOL_SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["urls"] == [f"http://127.0.0.1/{n}" for n in range(9)]
    # Pools of two pages each for nine pages: several replacements, none beside live workers.
    assert len(result["alive_at_start"]) >= 3 and set(result["alive_at_start"]) == {0}


_PRELOAD_SCRIPT = """
import sys
from concurrent.futures import ProcessPoolExecutor

from harvester.crawl import extraction


def loaded():
    dates = sys.modules.get("harvester.dates")
    suffixes = sys.modules.get("tld.utils")
    return {
        "extractor": "harvester.core" in sys.modules,
        "dateparser": "dateparser" in sys.modules,
        "dates_read": dates._dateparser.cache_info().currsize if dates else 0,
        "suffix_list": bool(suffixes and suffixes.tld_names),
    }


if __name__ == "__main__":
    assert "dateparser" not in sys.modules
    with ProcessPoolExecutor(1, mp_context=extraction._context()) as executor:
        print(executor.submit(loaded).result())
"""


def test_extraction_workers_start_with_the_extractor_and_its_lazy_data_loaded(tmp_path: Path) -> None:
    """Each worker (replaced every 500 pages) loaded dateparser and the suffix list for itself: 0.15 s."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform: workers are spawned and load what they use")
    script = tmp_path / "preload.py"
    script.write_text(_PRELOAD_SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # load_dateparser reads one text in each language it loads
    read = len(dates._PRELOADED_LANGUAGES)
    assert done.stdout.strip() == str({"extractor": True, "dateparser": True, "dates_read": read, "suffix_list": True})


def _bench(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert bench.main(args) == 0
    return capsys.readouterr().out


@pytest.mark.slow
def test_crawl_bench_compares_worker_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "crawl.json"
    printed = _bench(["crawl", "--pages", "30", "--workers", "1,2", "--json", str(out)], capsys)
    assert "crawl benchmark: 30 pages" in printed and "machine: " in printed and "load average" in printed
    # Real pages by default, when the shared corpus is beside the checkout (as in CI).
    corpus = find_corpus(None, Path.cwd(), bench.REPO)
    assert f"pages built from {f'real pages of {corpus}' if corpus else 'fixtures/*.html'}" in printed
    rows = {line.split()[0]: line.split() for line in printed.splitlines() if line.startswith("r1-")}
    assert set(rows) == {"r1-w1", "r1-w2"}
    assert [rows["r1-w1"][1], rows["r1-w2"][1]] == ["1", "2"]
    assert "(target >= 1.60)" in printed and "CPU per page, all runs" in printed
    result = json.loads(out.read_text(encoding="utf-8"))
    # Every page comes out as a record or, for a corpus page that plainly is no article (a
    # readability test page of a few words), a written skip; none is quarantined, and both worker
    # counts see the same pages.
    assert [run["records"] + run["skipped"] for run in result["runs"]] == [30, 30]
    assert [run["quarantined"] for run in result["runs"]] == [0, 0]
    assert result["runs"][0]["records"] == result["runs"][1]["records"] >= 25
    assert set(result["records_per_second"]) == {"1", "2"}


@pytest.mark.slow
def test_crawl_rerun_bench_reports_both_server_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    printed = _bench(["crawl-rerun", "--pages", "12", "--workers", "1", "--fixtures"], capsys)
    assert "pages built from fixtures/*.html" in printed
    lines = printed.splitlines()
    # server, crawl, records, unchanged, how unchanged, crawl s, wall s
    rows = {(line[:28].strip(), *line[28:].split()[:1]): line[28:].split()[1:-2] for line in lines
            if line[:28].strip() in ("ETag + Last-Modified (304)", "no validators (body hash)")}
    assert rows == {
        ("ETag + Last-Modified (304)", "first"): ["12", "0", "-"],
        ("ETag + Last-Modified (304)", "second"): ["0", "12", "not_modified", "12"],
        ("no validators (body hash)", "first"): ["12", "0", "-"],
        ("no validators (body hash)", "second"): ["0", "12", "body", "12"],
    }
    assert sum("second crawl" in line and "(target >= 5x)" in line for line in lines) == 2


@pytest.mark.slow
def test_crawl_memory_bench_compares_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    printed = _bench(["crawl-memory", "--pages", "16", "--compare", "8", "--workers", "1", "--fixtures"], capsys)
    rows = [line.split() for line in printed.splitlines() if line.split() and line.split()[0] in ("8", "16")]
    assert [row[:2] for row in rows] == [["8", "8"], ["16", "16"]]
    # crawl process, fork server, one worker at least; RSS of the tree above the crawl process's own
    assert all(int(row[7]) >= 3 and float(row[4]) > float(row[6]) > 0 for row in rows)
    assert "peak RSS ratio 16/8 pages" in printed and "(target < 500 MB)" in printed


def test_crawl_benches_reject_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["crawl", "--workers", "1,x"]) == 2
    assert bench.main(["crawl-memory", "--pages", "0"]) == 2
    assert bench.main(["crawl-rerun", "--modes", "etag"]) == 2
    assert "bench crawl-rerun" in capsys.readouterr().err
    assert bench.main(["crawl", "--pages", "5", "--corpus", "/nonexistent/corpus"]) == 2
    assert "no corpus directory at /nonexistent/corpus" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        bench.main(["crawl", "--corpus", ".", "--fixtures"])
    assert exited.value.code == 2
