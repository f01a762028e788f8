"""``harvester schedule``: profiles' cron schedules, the missed-run policy, and a clean stop.

The end-to-end test runs the real scheduler process: it crawls a local site at once (``--now``),
is stopped with SIGTERM while the crawl is mid-way (the crawl checkpoints and is summarised as
interrupted), then a second scheduler resumes the crawl, which ends with every record exactly once.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from crawl_helpers import ROOT, committed_records, serve_articles
from httpserver import serve

from harvester.profiles import ProfileError, parse_profile
from harvester.scheduler import find_profiles, missed_since


def _profile(schedule: str, timezone: str | None = None) -> str:
    zone = f'timezone = "{timezone}"\n' if timezone else ""
    return f'name = "site"\nallowed_domains = ["127.0.0.1"]\nurls = ["http://127.0.0.1/a"]\nschedule = "{schedule}"\n{zone}'


def test_a_profile_schedule_is_a_five_field_cron_expression_in_its_time_zone() -> None:
    profile = parse_profile(_profile("30 6 * * 1", "Europe/Paris"), source="p.toml", folder=None)
    due = profile.cron_trigger().get_next_fire_time(None, datetime(2026, 12, 1, tzinfo=UTC))
    # Weekday 1 is Monday, as in cron (APScheduler's own numbering would make it Tuesday).
    assert due is not None and due.astimezone(UTC) == datetime(2026, 12, 7, 5, 30, tzinfo=UTC)  # 06:30 CET
    sundays = parse_profile(_profile("0 6 * * 7"), source="p.toml", folder=None).cron_trigger()
    assert sundays.get_next_fire_time(None, datetime(2026, 12, 1, tzinfo=UTC)) == datetime(2026, 12, 6, 6, tzinfo=UTC)
    for bad, message in [("61 * * * *", "field schedule"), ("0 6 * *", "five cron fields"),
                         ("0 6 1 * 1", "not both"), ("0 6 * * 8", "not a cron weekday")]:
        with pytest.raises(ProfileError, match=message):
            parse_profile(_profile(bad), source="p.toml", folder=None)
    with pytest.raises(ProfileError, match="not a known time zone"):
        parse_profile(_profile("0 6 * * *", "Mars/Olympus"), source="p.toml", folder=None)


def test_missed_run_policy_runs_a_site_whose_last_scheduled_time_passed_without_a_run() -> None:
    daily = parse_profile(_profile("0 6 * * *"), source="p.toml", folder=None)
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert missed_since(daily, datetime(2026, 12, 6, 6, 0, 5, tzinfo=UTC), now) is None  # ran today
    missed = missed_since(daily, datetime(2026, 12, 5, 6, 0, 5, tzinfo=UTC), now)
    assert missed == datetime(2026, 12, 6, 6, 0, tzinfo=UTC)  # today's 06:00 never ran
    assert missed_since(daily, None, now) is None  # never crawled: waits for its first time


def test_profiles_are_found_in_directories_and_one_site_has_one_schedule(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(_profile("0 6 * * *"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(_profile("0 7 * * *"), encoding="utf-8")  # the same site name
    with pytest.raises(ProfileError, match="several profiles name the site site"):
        find_profiles([str(tmp_path)])
    (tmp_path / "b.toml").unlink()
    assert [site.profile.name for site in find_profiles([str(tmp_path)])] == ["site"]


def _scheduler(profile: Path, output: Path) -> subprocess.Popen[str]:
    # A short download timeout bounds the graceful stop, which waits for the requests in flight.
    return subprocess.Popen(
        [sys.executable, "-m", "harvester.cli", "schedule", str(profile), "--output", str(output), "--now",
         "-s", "DOWNLOAD_TIMEOUT=3", "-s", "HARVESTER_EXTRACT_WORKERS=1"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _wait(condition: object, process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 90
    while not condition():  # type: ignore[operator]
        if process.poll() is not None:
            raise AssertionError(f"scheduler ended before {what}: {process.communicate()[1][-3000:]}")
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.1)


@pytest.mark.slow
def test_scheduler_crawls_checkpoints_on_sigterm_and_the_next_run_resumes(tmp_path: Path) -> None:
    with serve() as site:
        urls = serve_articles(site, 8)
        for url in urls[4:]:
            site.pages[url.split(str(site.port), 1)[1]].delay = 600.0  # held: they time out (3 s) in the first run
        profile = tmp_path / "local.toml"
        profile.write_text(
            f'name = "local"\nallowed_domains = ["127.0.0.1"]\nurls = {json.dumps(urls)}\n'
            'schedule = "0 0 1 1 *"\ndownload_delay = 0\nautothrottle = false\nconcurrency_per_domain = 8\n',
            encoding="utf-8",
        )
        output = tmp_path / "out"
        site_dir = output / "local"

        first = _scheduler(profile, output)
        try:
            _wait(lambda: committed_records(output, "local") >= 4, first, "4 committed records")
            first.send_signal(signal.SIGTERM)
            first.wait(timeout=90)
        finally:
            first.kill()
            log = first.communicate()[1]
        assert first.returncode == 0, log[-3000:]
        assert "crawl ended with exit status 143 (interrupted, resumes next run)" in log
        interrupted = json.loads((site_dir / "summary.json").read_text(encoding="utf-8"))
        assert interrupted["outcome"] == "interrupted" and interrupted["interrupted_by"] == "SIGTERM"

        for page in site.pages.values():
            page.delay = 0.0
        second = _scheduler(profile, output)
        try:
            _wait(lambda: json.loads((site_dir / "summary.json").read_text())["run_id"] != interrupted["run_id"],
                  second, "the second crawl's summary")
            second.send_signal(signal.SIGINT)
            second.wait(timeout=60)
        finally:
            second.kill()
            second.communicate()
    assert second.returncode == 0
    done = json.loads((site_dir / "summary.json").read_text(encoding="utf-8"))
    assert done["outcome"] == "finished" and done["resumed"] is True
    exported = [json.loads(line) for path in sorted(site_dir.glob("records-*.jsonl"))
                for line in path.read_text(encoding="utf-8").splitlines()]
    assert Counter(record["url"] for record in exported) == Counter(urls)
    assert (site_dir / "crawl.log").read_text(encoding="utf-8").count("scheduled crawl of local") == 2

