"""Run history, field coverage and the drift alarm: every run kept, a template change told apart.

The end-to-end test serves a site, crawls it, changes its template (headline markup and JSON-LD
gone), crawls it again and expects the alarm in the summary, the exit status and ``harvester
status``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from crawl_helpers import ROOT, crawl, records, site_dir, summary, url_list
from httpserver import LocalSite, serve

from harvester import exit_status
from harvester.crawl.history import DRIFT_DROP, MIN_RECORDS, coverage, describe_drift, drift, present_fields
from harvester.crawl.state import StateStore

_TEMPLATE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Health News</title>
{head}</head><body><main><article>{h1}<p class="byline">By Ann Author</p>
<p>{title}: researchers followed several thousand adults for ten years and report that regular
walking was associated with a lower risk of heart disease, even after accounting for diet.</p>
<h2>What the experts say</h2>
<p>The team says the finding is observational and cannot show cause and effect, but it adds to a
growing body of evidence that moderate daily activity brings measurable benefits ({n}).</p>
</article></main></body></html>"""


def _page(n: int, *, redesigned: bool) -> str:
    title = f"Walking study number {n}"
    if redesigned:
        # The new template: no JSON-LD, no og:title, no <h1>, no <title>: the headline is gone.
        page = _TEMPLATE.format(title=title, head="", h1="", n=n)
        return page.replace(f"<title>{title} | Health News</title>", "")
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "datePublished": f"2024-05-{n + 1:02d}T08:00:00Z"})
    head = f'<script type="application/ld+json">{jsonld}</script><meta property="og:title" content="{title}">'
    return _TEMPLATE.format(title=title, head=head, h1=f"<h1>{title}</h1>", n=n)


def _summary(records: int, **fields: float) -> dict[str, Any]:
    return {"coverage": {"records": records, "fields": fields}}


def test_present_fields_reads_the_record_in_json_mode() -> None:
    record = {
        "headline": "A", "body_text": "text", "byline": {"authors": [{"name": "Ann"}], "published_at": None},
        "sections": [{"heading": None, "blocks": []}], "comments": [], "related_posts": [{"title": "B"}],
    }
    assert present_fields(record) == ("headline", "authors", "body", "related_posts")
    record["sections"].append({"heading": "Method", "blocks": []})
    assert "sections" in present_fields(record)


def test_coverage_is_a_share_of_the_extracted_records() -> None:
    assert coverage(4, {"headline": 4, "authors": 1}) == {
        "records": 4,
        "fields": {"headline": 1.0, "authors": 0.25, "published_at": 0.0, "body": 0.0, "sections": 0.0,
                   "comments": 0.0, "related_posts": 0.0},
    }
    assert coverage(0, {})["fields"]["headline"] is None


def test_drift_is_a_fall_well_below_the_median_of_recent_measured_runs() -> None:
    earlier = [_summary(20, headline=1.0, comments=0.4), _summary(20, headline=0.95, comments=0.5),
               _summary(2, headline=0.0, comments=0.0),  # too few records: not a measure
               _summary(20, headline=1.0, comments=0.45)]
    alarms = drift(_summary(10, headline=0.1, comments=0.4), earlier)
    assert alarms == [{"field": "headline", "coverage": 0.1, "baseline": 1.0, "earlier": [1.0, 0.95, 1.0]}]
    assert describe_drift(alarms) == "headline 100% -> 10%"
    # A smaller fall, a run with too few records, or no history raise nothing.
    assert drift(_summary(10, headline=1.0 - DRIFT_DROP + 0.05), earlier) == []
    assert drift(_summary(MIN_RECORDS - 1, headline=0.0), earlier) == []
    assert drift(_summary(10, headline=0.0), []) == []


def test_state_keeps_every_summary_newest_first(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state.sqlite") as state:
        for n in range(3):
            state.add_summary({"run_id": f"r{n}", "finished_at": f"2026-12-0{n + 1}T00:00:00+00:00", "pages": n})
        assert [s["run_id"] for s in state.summaries()] == ["r2", "r1", "r0"]
        assert [s["pages"] for s in state.summaries(limit=2)] == [2, 1]


def _status(output: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harvester.cli", "status", str(output), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_template_change_raises_the_drift_alarm_in_summary_exit_status_and_status(tmp_path: Path) -> None:
    site: LocalSite
    with serve() as site:
        site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        paths = [f"/health/walking-{n}" for n in range(6)]
        for n, path in enumerate(paths):
            site.add(path, _page(n, redesigned=False))
        urls_file, output = url_list(tmp_path, [site.url(path) for path in paths]), tmp_path / "out"

        first = crawl(urls_file, output, "-s", "HARVESTER_FAIL_ON_DRIFT=1")
        assert first.returncode == 0, first.stderr[-3000:]
        before = summary(output)
        assert before["coverage"]["records"] == 6 and before["drift"] == []
        assert before["coverage"]["fields"]["headline"] == 1.0 and before["coverage"]["fields"]["sections"] == 1.0

        for n, path in enumerate(paths):
            site.add(path, _page(n, redesigned=True))
        second = crawl(urls_file, output, "-s", "HARVESTER_FAIL_ON_DRIFT=1")

    assert second.returncode == exit_status.DRIFT, second.stderr[-3000:]
    after = summary(output)
    assert after["exit_status"] == exit_status.DRIFT and after["outcome"] == "finished"
    alarms = {alarm["field"]: alarm for alarm in after["drift"]}
    assert set(alarms) == {"headline", "published_at"}
    assert alarms["headline"]["coverage"] == 0.0 and alarms["headline"]["baseline"] == 1.0
    assert "drift: 127.0.0.1's records lost fields" in second.stderr and "headline 100% -> 0%" in second.stderr
    # The records were still written: an alarm, not a loss.
    assert sum(record["crawl"]["version"] == 2 for record in records(output)) == 6

    # Both runs are kept; status names the drift with its figures and exits 3.
    with StateStore(site_dir(output) / "state.sqlite") as state:
        assert [s["run_id"] for s in state.summaries()] == [after["run_id"], before["run_id"]]
    shown = _status(output)
    assert shown.returncode == exit_status.DRIFT, shown.stderr
    line = next(line for line in shown.stdout.splitlines() if line.startswith("127.0.0.1"))
    assert "DRIFT headline 100% -> 0%, published_at 100% -> 0%" in line and "finished" in line
    as_json = json.loads(_status(output, "--json").stdout)
    assert as_json[0]["drift"] == after["drift"] and len(as_json[0]["earlier_runs"]) == 1
    history = _status(output, "--history", "127.0.0.1").stdout.splitlines()
    assert len(history) == 4 and "first run" in history[2]


def _finished(run_id: str, at: str, **fields: Any) -> dict[str, Any]:
    return {"site": "clinic", "run_id": run_id, "started_at": at, "finished_at": at, "outcome": "finished",
            "pages": 10, "records_by_kind": {"new": 10}, "unchanged": 0, "quarantined": 0,
            "quarantined_by_reason": {}, "coverage": {"records": 10, "fields": fields}, "drift": []}


def test_status_names_a_killed_crawl_a_failed_run_and_new_quarantine(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    state_dir = tmp_path / "out" / "clinic"
    state_dir.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    with StateStore(state_dir / "state.sqlite") as state:
        state.add_summary(_finished("r1", "2026-12-01T06:00:00+00:00", headline=1.0, sections=0.5))
        failed = _finished("r2", "2026-12-02T06:00:00+00:00", headline=1.0, sections=0.3)
        failed.update(outcome="failed", error="the crawl could not reach its site", quarantined=3, pages=3,
                      quarantined_by_reason={"fetch_failed": 3})
        state.add_summary(failed)
        state.begin_run("r3", int(dead.stdout), datetime(2026, 12, 3, 6, tzinfo=UTC))  # its process is gone
    (tmp_path / "out" / "other").mkdir()
    with StateStore(tmp_path / "out" / "other" / "state.sqlite") as state:
        state.begin_run("o1", os.getpid(), datetime(2026, 12, 3, 7, tzinfo=UTC))  # this process: alive

    shown = _status(tmp_path / "out")

    assert shown.returncode == 0, shown.stderr
    line = shown.stdout.splitlines()[1]
    assert line.startswith("clinic ") and " failed " in line
    for part in ("last crawl killed (started 2026-12-03 06:00)", "was finished",
                 "last finished run 2026-12-01 06:00", "pages 10 -> 3", "quarantined 0 -> 3", "new quarantine reasons: fetch_failed",
                 "sections 50% -> 30%"):
        assert part in line, (part, line)
    other = shown.stdout.splitlines()[2]
    assert other.startswith("other ") and "never closed" in other and "crawl running since 2026-12-03 07:00" in other
    assert _status(tmp_path / "empty").returncode == exit_status.USAGE
