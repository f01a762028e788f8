"""Ctrl-C and SIGTERM end a crawl within the grace period, and the resume loses no URL.

Real ``scrapy crawl`` subprocesses against a site on 127.0.0.1 that holds requests (a server-side
delay of ten minutes, with ``DOWNLOAD_TIMEOUT`` as long): a crawl that ends at all within the
generous bounds below ended because its stop cut what it was waiting for, never because a wait
ran out. The tests wait for the server to have received the requests it holds before signalling,
so they do not depend on timing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from crawl_helpers import (
    ROOT, committed_records, crawl, crawl_command, quarantine, records, serve_articles, site_dir, summary, url_list,
)
from httpserver import LocalSite, serve

from harvester import exit_status

pytestmark = pytest.mark.slow

ARTICLES = 8
ANSWERED = 3  # articles answered before the site holds the rest
HOLD = 600.0
# Only a cut ends a held download: the download time-out is as long as the hold.
HELD = ["-s", f"DOWNLOAD_TIMEOUT={HOLD:.0f}", "-s", "HARVESTER_STOP_GRACE=1"]
# How long a stopping crawl may take before the test gives up on it: far above the 1 s grace
# period plus the extraction pool's shutdown, far below the hold.
STOP_BOUND = 90.0


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with serve() as running:
        yield running


def _path(site: LocalSite, url: str) -> str:
    return url.split(str(site.port), 1)[1]


def _hold(site: LocalSite, paths: list[str]) -> None:
    for path in paths:
        site.pages[path].delay = HOLD


def _release(site: LocalSite) -> None:
    for page in site.pages.values():
        page.delay = 0.0


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"crawl ended before {what}: {process.communicate()[1][-3000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def _interrupt(process: subprocess.Popen[str], signum: int) -> str:
    """Send ``signum`` once and return the crawl's log once it has ended by itself."""
    process.send_signal(signum)
    try:
        return process.communicate(timeout=STOP_BOUND)[1]
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise AssertionError(f"the crawl did not stop within {STOP_BOUND:.0f} s of one {signum!r}") from None
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # anything left of its group (it has none when it stopped well)
        except ProcessLookupError:
            pass


def _start(urls_file: Path, output: Path, *settings: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        crawl_command(urls_file, output, *HELD, *settings), cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _resume_finishes_exactly_once(site: LocalSite, urls_file: Path, output: Path, urls: list[str]) -> dict[str, object]:
    _release(site)
    again = crawl(urls_file, output)
    assert again.returncode == 0, again.stderr[-3000:]
    exported = records(output)
    assert Counter(record["url"] for record in exported) == Counter(urls)
    result = summary(output)
    assert result["resumed"] is True and result["outcome"] == "finished"
    assert quarantine(output) == [] and not (site_dir(output) / "skipped.jsonl").exists()
    return result


def _assert_interrupted(output: Path, process: subprocess.Popen[str], log: str, signum: int) -> dict[str, object]:
    assert process.returncode == exit_status.interrupted(signum), log[-3000:]
    result = summary(output)
    assert result["outcome"] == "interrupted" and result["finish_reason"] == "shutdown", result
    assert result["interrupted_by"] == signal.Signals(signum).name and result["exit_status"] == process.returncode
    assert result["error"] is None
    # What was cut went back to the queue: nothing quarantined, skipped or logged as an error.
    assert result["quarantined"] == 0 and result["skipped"] == 0, result
    assert " ERROR " not in log, log[-3000:]
    assert (site_dir(output) / ".job" / "requests.queue").is_dir()
    return result


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_one_signal_cuts_held_downloads_after_the_grace_period_and_the_resume_fetches_them(
    site: LocalSite, tmp_path: Path, signum: int
) -> None:
    urls = serve_articles(site, ARTICLES)
    held = [_path(site, url) for url in urls[ANSWERED:]]
    _hold(site, held)
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    first = _start(urls_file, output)
    _wait_for(lambda: committed_records(output) == ANSWERED and len(set(site.arrived) & set(held)) >= 2,
              first, "answered articles committed and held ones requested")

    log = _interrupt(first, signum)

    interrupted = _assert_interrupted(output, first, log, signum)
    assert "go back to the queue for the resume" in log
    assert interrupted["records"] == ANSWERED and interrupted["outcomes"]["pending"] == ARTICLES - ANSWERED
    site.clear_log()
    result = _resume_finishes_exactly_once(site, urls_file, output, urls)
    assert result["records_by_kind"] == {"new": ARTICLES - ANSWERED}
    # The held articles, cut while downloading, are fetched by the resume; the others are not.
    assert {hit.path for hit in site.log if hit.path.startswith("/news/")} == set(held)


def test_interrupted_before_the_first_response_is_interrupted_not_failed(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, ARTICLES)
    _hold(site, ["/robots.txt"])  # every article waits for the robots.txt the site holds
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    first = _start(urls_file, output)
    _wait_for(lambda: "/robots.txt" in site.arrived, first, "the robots.txt request")

    log = _interrupt(first, signal.SIGINT)

    interrupted = _assert_interrupted(output, first, log, signal.SIGINT)
    assert interrupted["responses"] == 0 and interrupted["records"] == 0
    assert interrupted["robots_txt_unavailable"] == 0  # unknown rules, not "disallow all"
    result = _resume_finishes_exactly_once(site, urls_file, output, urls)
    assert result["records_by_kind"] == {"new": ARTICLES}


def test_requests_waiting_for_their_download_slot_go_back_to_the_queue(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, ARTICLES)
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    # After robots.txt, each request waits its turn in the downloader for ten minutes.
    first = _start(urls_file, output, "-s", f"DOWNLOAD_DELAY={HOLD:.0f}", "-s", "RANDOMIZE_DOWNLOAD_DELAY=0")
    _wait_for(lambda: "/robots.txt" in site.fetched() and summary_started(output), first, "robots.txt fetched")

    log = _interrupt(first, signal.SIGINT)

    interrupted = _assert_interrupted(output, first, log, signal.SIGINT)
    # Every request asked for went back to the queue. How many the URL list had given by the signal
    # depends on the machine's load (a loaded CI machine: 6 of 8); the resume reads the rest.
    outcomes = interrupted["outcomes"]
    assert interrupted["records"] == 0 and 0 < outcomes["asked"] <= ARTICLES and outcomes["pending"] == outcomes["asked"]
    result = _resume_finishes_exactly_once(site, urls_file, output, urls)
    assert result["records_by_kind"] == {"new": ARTICLES}


def test_a_retry_waiting_out_its_back_off_goes_back_to_the_queue(site: LocalSite, tmp_path: Path) -> None:
    urls = serve_articles(site, ARTICLES)
    broken = _path(site, urls[-1])
    site.pages[broken].status = 503  # retried after a ten-minute back-off
    urls_file, output = url_list(tmp_path, urls), tmp_path / "out"
    first = _start(urls_file, output, "-s", f"HARVESTER_RETRY_BACKOFF_BASE={HOLD:.0f}",
                   "-s", f"HARVESTER_RETRY_BACKOFF_MAX={HOLD:.0f}")
    _wait_for(lambda: committed_records(output) == ARTICLES - 1 and broken in site.fetched(), first,
              "the other articles committed and the broken one answered")

    log = _interrupt(first, signal.SIGINT)

    interrupted = _assert_interrupted(output, first, log, signal.SIGINT)
    assert interrupted["records"] == ARTICLES - 1 and interrupted["outcomes"]["pending"] == 1
    site.pages[broken].status = 200
    result = _resume_finishes_exactly_once(site, urls_file, output, urls)
    assert result["records_by_kind"] == {"new": 1}


def summary_started(output: Path) -> bool:
    """Whether the crawl has opened its state (its spider is open, its signal handlers installed)."""
    return (site_dir(output) / "state.sqlite").exists()
