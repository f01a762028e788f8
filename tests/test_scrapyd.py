"""The README's scrapyd deployment, for real: a scrapyd on 127.0.0.1, ``scrapyd-deploy`` of the project's
egg (bundled profiles included), then ``schedule.json`` with a profile, and the crawl's records found."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from crawl_helpers import ROOT

from harvester.demo.server import serving, site_root

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _api(base: str, endpoint: str, form: dict[str, str] | None = None) -> dict[str, Any]:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    with urllib.request.urlopen(base + endpoint, data=data, timeout=10) as response:
        answer: dict[str, Any] = json.loads(response.read())
    assert answer.get("status") == "ok", answer
    return answer


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[str]:
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = _free_port()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\npoll_interval = 0.5\nitems_dir =\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n",
        encoding="utf-8",
    )
    process = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _api(base, "daemonstatus.json")
                break
            except OSError:
                assert process.poll() is None, process.communicate()[1].decode()[-2000:]
                assert time.monotonic() < deadline, "scrapyd did not answer"
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.slow
def test_scrapyd_deploy_then_schedule_json_with_a_profile_crawls_it(scrapyd: str, tmp_path: Path) -> None:
    # scrapyd-deploy reads its target from scrapy.cfg files, $XDG_CONFIG_HOME/scrapy.cfg among them.
    config = tmp_path / "config"
    config.mkdir()
    (config / "scrapy.cfg").write_text(f"[deploy:local]\nurl = {scrapyd}\nproject = harvester\n", encoding="utf-8")
    deployed = subprocess.run(
        [str(BIN / "scrapyd-deploy"), "local", "--version", "1"], cwd=ROOT, capture_output=True, text=True,
        timeout=180, env={**os.environ, "XDG_CONFIG_HOME": str(config)},
    )
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    assert set(_api(scrapyd, "listspiders.json?project=harvester")["spiders"]) == {"crawl", "feed", "sitemap", "urls", "warc"}

    output = tmp_path / "out"
    with serving() as demo:
        # The bundled demo profile, read from the deployed egg, re-rooted at this demo server.
        job = _api(scrapyd, "schedule.json", {
            "project": "harvester", "spider": "sitemap", "profile": "demo", "base_url": demo.base_url,
            "output": str(output), "setting": "HARVESTER_EXTRACT_WORKERS=1",
        })["jobid"]
        deadline = time.monotonic() + 120
        while not any(entry["id"] == job for entry in _api(scrapyd, "listjobs.json?project=harvester")["finished"]):
            assert time.monotonic() < deadline, "the scrapyd job did not finish"
            time.sleep(0.5)

    summary = json.loads((output / "demo" / "summary.json").read_text(encoding="utf-8"))
    assert summary["exit_status"] == 0 and summary["outcome"] == "finished", summary
    records = [json.loads(line) for path in (output / "demo").glob("records-*.jsonl")
               for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list((site_root() / "articles").glob("*.html")))
    assert all(record["crawl"]["spider"] == "sitemap" and record["crawl"]["profile"] == "demo" for record in records)
