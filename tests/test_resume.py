"""Faults during a run: kill -9 and Ctrl-C then the same command again, two crawls at once, and an
output directory that cannot be written. Real ``scrapy crawl`` subprocesses against 127.0.0.1.

To interrupt deterministically, the site answers the first articles at once and holds the rest
(a long server-side delay): the crawl is then provably mid-way, with some records committed and
the others not yet fetched, when the test interrupts it.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from crawl_helpers import (
    FAST, ROOT, check_manifest, committed_records, crawl, crawl_command, records, serve_articles, site_dir, summary, url_list,
)
from httpserver import LocalSite, serve

from harvester import exit_status
from harvester.crawl.delivery import delivered_keys

# Every test here runs real crawls (subprocesses against servers on 127.0.0.1).
pytestmark = pytest.mark.slow

ARTICLES = 14
ANSWERED = 9  # articles served before the site starts holding requests
HOLD = 600.0  # long enough that only the test's interruption ends the first run


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with serve() as running:
        yield running


def _hold_after(site: LocalSite, urls: list[str], answered: int, seconds: float) -> None:
    for url in urls[answered:]:
        site.pages[url.split(str(site.port), 1)[1]].delay = seconds


def _release(site: LocalSite) -> None:
    for page in site.pages.values():
        page.delay = 0.0


def _start(urls_file: Path, output: Path, *settings: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        crawl_command(urls_file, output, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", *settings),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _wait_for(condition: object, process: subprocess.Popen[str], what: str, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():  # type: ignore[operator]
        if process.poll() is not None:
            raise AssertionError(f"crawl ended before {what}: {process.communicate()[1][-3000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def _reap(process: subprocess.Popen[str]) -> str:
    """Kill what is left of the crawl's process group (workers, fork server) and return its log."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return process.communicate(timeout=30)[1]


def _group_ends(pgid: int, limit: float = 30.0) -> bool:
    """Whether every process of the group (extraction workers, fork server) exits on its own."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def _assert_exactly_once(output: Path, urls: list[str]) -> None:
    exported = records(output)  # json.loads of every line: a torn line would fail here
    assert Counter(record["url"] for record in exported) == Counter(urls)
    assert len({record["id"] for record in exported}) == len(urls)
    assert {record["crawl"]["version"] for record in exported} == {1}


def _state_is_sound(output: Path) -> bool:
    with closing(sqlite3.connect(site_dir(output) / "state.sqlite")) as db:
        return bool(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def test_kill_9_mid_crawl_then_same_command_finishes_with_exactly_the_expected_records(
    site: LocalSite, tmp_path: Path
) -> None:
    urls = serve_articles(site, ARTICLES)
    _hold_after(site, urls, ANSWERED, HOLD)
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    # Small batches: some records sit in closed files, the last ones only in the exporter's buffer.
    batch = ["-s", "FEED_EXPORT_BATCH_ITEM_COUNT=4", "-s", "HARVESTER_PROGRESS_INTERVAL=0.2"]
    first = _start(urls_file, output, *batch)
    try:
        _wait_for(lambda: committed_records(output) == ANSWERED, first, f"{ANSWERED} committed records")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        orphans_exited = _group_ends(first.pid)
    finally:
        log = _reap(first)
    assert first.returncode == -signal.SIGKILL
    assert orphans_exited, "extraction workers outlived the killed crawl"
    # The progress line shows the crawl was alive and waiting on the held page, not finished.
    assert "progress:" in log
    assert _state_is_sound(output)
    # A consumer sees only whole batch files, each in the manifest; the batch open at the kill is a .part.
    check_manifest(output, finished=False)
    in_files_before = len(delivered_keys(site_dir(output).glob("records-*.jsonl*")))  # complete lines only
    assert in_files_before < ANSWERED  # the kill really lost buffered records: replay has work to do

    _release(site)
    site.clear_log()
    second = subprocess.run(crawl_command(urls_file, output, *batch), cwd=ROOT, capture_output=True, text=True,
                            timeout=120)

    assert second.returncode == 0, second.stderr
    _assert_exactly_once(output, urls)
    assert sum(entry["records"] for entry in check_manifest(output)) == ARTICLES
    result = summary(output)
    assert result["resumed"] is True and result["exit_status"] == 0
    assert result["records_by_kind"] == {"replayed": ANSWERED - in_files_before, "new": ARTICLES - ANSWERED}
    # Articles already handled before the kill are not fetched again.
    assert result["resume_skipped"] == ANSWERED
    fetched_again = {hit.path for hit in site.log if hit.path.startswith("/news/")}
    assert len(fetched_again) == ARTICLES - ANSWERED
    assert _state_is_sound(output)


def test_ctrl_c_then_same_command_resumes_from_the_job_dir(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, ARTICLES)
    # Held briefly: Ctrl-C waits for requests in flight, so this bounds the graceful stop.
    _hold_after(site, urls, ANSWERED, 1.0)
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    # One request at a time: the rest wait in the scheduler, which JOBDIR persists on Ctrl-C.
    first = _start(urls_file, output, "-s", "CONCURRENT_REQUESTS=1")
    try:
        _wait_for(lambda: committed_records(output) == ANSWERED, first, f"{ANSWERED} committed records")
        first.send_signal(signal.SIGINT)
        first.wait(timeout=60)
    finally:
        _reap(first)
    # A wrapper tells an interrupted crawl from a finished one by its status alone.
    assert first.returncode == exit_status.INTERRUPTED_SIGINT == 130
    interrupted = summary(output)
    assert interrupted["finish_reason"] == "shutdown" and interrupted["outcome"] == "interrupted"
    assert interrupted["interrupted_by"] == "SIGINT" and interrupted["exit_status"] == 130
    assert (site_dir(output) / ".job" / "requests.queue").is_dir()
    done_before = interrupted["records"]
    assert ANSWERED <= done_before < ARTICLES

    _release(site)
    second = crawl(urls_file, output)

    assert second.returncode == 0, second.stderr
    _assert_exactly_once(output, urls)
    result = summary(output)
    assert result["resumed"] is True
    assert result["records_by_kind"] == {"new": ARTICLES - done_before}


@pytest.mark.slow
def test_a_second_sigterm_stops_at_once_and_the_next_run_loses_nothing(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, ARTICLES)
    _hold_after(site, urls, ANSWERED, HOLD)
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    # A graceful stop waits for the held requests until this timeout: only the second signal ends it early.
    first = _start(urls_file, output, "-s", f"DOWNLOAD_TIMEOUT={HOLD:.0f}")
    try:
        _wait_for(lambda: committed_records(output) == ANSWERED, first, f"{ANSWERED} committed records")
        first.send_signal(signal.SIGTERM)
        time.sleep(0.5)  # the first signal's handler has run: the second is "again"
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)
        orphans_exited = _group_ends(first.pid)
    finally:
        log = _reap(first)
    assert first.returncode == exit_status.INTERRUPTED_SIGTERM == 143, log[-3000:]
    assert "SIGTERM again: stopping at once" in log
    assert orphans_exited, "extraction workers outlived the stopped crawl"
    assert _state_is_sound(output)

    _release(site)
    second = crawl(urls_file, output)

    assert second.returncode == 0, second.stderr
    _assert_exactly_once(output, urls)
    assert summary(output)["resumed"] is True


def test_second_crawl_into_the_same_directory_is_refused(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, 2)
    _hold_after(site, urls, 1, HOLD)
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    first = _start(urls_file, output)
    try:
        _wait_for(lambda: committed_records(output) == 1, first, "the first crawl to be under way")

        second = crawl(urls_file, output)

        assert second.returncode != 0
        assert "another crawl (pid " in second.stderr and str(site_dir(output)) in second.stderr
        assert first.poll() is None  # the first crawl was not disturbed
    finally:
        _reap(first)


def test_unwritable_output_is_a_clear_error_and_non_zero_exit(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, 1)
    # A regular file where the output directory should be: unwritable even for root.
    blocker = tmp_path / "out"
    blocker.write_text("not a directory", encoding="utf-8")

    done = crawl(url_list(tmp_path, urls), blocker)

    assert done.returncode != 0
    assert f"cannot create output directory {site_dir(blocker)}" in done.stderr
    assert site.fetched() == set()
    assert blocker.read_text(encoding="utf-8") == "not a directory"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs to fill up; needs root (or CAP_SYS_ADMIN) to mount, skipped otherwise."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _harvester_crawl(urls_file: Path, output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "from harvester.cli import main; raise SystemExit(main())",
               "crawl", "--urls", str(urls_file), "--output", str(output)]
    command += [f"--set={FAST[i + 1]}" for i in range(0, len(FAST), 2)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_disk_full_stops_with_a_clear_error_and_a_rerun_completes_exactly_once(
    site: LocalSite, tmp_path: Path, small_disk: Path
) -> None:
    urls = serve_articles(site, 30)
    urls_file, output = url_list(tmp_path, urls), small_disk / "out"
    ballast = small_disk / "ballast"
    ballast.write_bytes(b"\0" * (shutil.disk_usage(small_disk).free - 160 * 1024))

    full = _harvester_crawl(urls_file, output)

    assert full.returncode != 0
    assert "cannot write the crawl output" in full.stderr
    assert "disk is full" in full.stderr or "No space left on device" in full.stderr
    assert _state_is_sound(output)
    ballast.unlink()
    subprocess.run(["mount", "-o", "remount,size=16m", str(small_disk)], check=True)

    again = _harvester_crawl(urls_file, output)

    assert again.returncode == 0, again.stderr
    _assert_exactly_once(output, urls)
    assert _state_is_sound(output)
