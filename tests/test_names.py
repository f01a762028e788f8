"""The crawl's vocabulary (harvester.crawl.names) is the one its writers and readers use."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from harvester.crawl.extensions import _reason_counts
from harvester.crawl.names import QUARANTINE_REASONS, SPIDER_NAMES, STAT_QUARANTINED, WARC_SPIDER, sub_key
from harvester.crawl.quarantine import QuarantineLog
from harvester.crawl.skips import SkipLog


def test_scrapys_spider_loader_finds_exactly_the_named_spiders() -> None:
    settings = Settings()
    settings.setmodule("harvester.crawl.settings", priority="project")
    loader = SpiderLoader.from_settings(settings)
    assert sorted(loader.list()) == sorted([*SPIDER_NAMES, WARC_SPIDER])


def test_the_quarantine_log_writes_known_reasons_and_refuses_others(tmp_path: Path) -> None:
    log = QuarantineLog(tmp_path / "quarantine.jsonl")
    entry = {"url": "http://x.test/a", "status": 500, "error": "HTTP 500", "fetched_at": datetime.now(UTC),
             "run_id": "r1"}
    log.add(reason="http_error", **entry)
    with pytest.raises(ValueError, match="unknown quarantine reason 'http_errors'"):
        log.add(reason="http_errors", **entry)  # type: ignore[arg-type]
    log.close()
    lines = (tmp_path / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["reason"] for line in lines] == ["http_error"]


def test_the_summary_counts_quarantine_by_reason_in_the_vocabularys_order() -> None:
    stats = {STAT_QUARANTINED: 4, sub_key(STAT_QUARANTINED, "validation_error"): 1,
             sub_key(STAT_QUARANTINED, "fetch_failed"): 3, "harvester/records": 2}
    counts = _reason_counts(stats)
    assert counts == {"fetch_failed": 3, "validation_error": 1}
    assert list(counts) == [reason for reason in QUARANTINE_REASONS if reason in counts]


def test_the_skip_log_writes_known_reasons_and_refuses_others(tmp_path: Path) -> None:
    log = SkipLog(tmp_path / "skipped.jsonl")
    entry = {"url": "http://x.test/a", "detail": "no text of its own", "at": datetime.now(UTC), "run_id": "r1"}
    log.add(reason="not_an_article", **entry)
    with pytest.raises(ValueError, match="unknown skip reason 'not_article'"):
        log.add(reason="not_article", **entry)  # type: ignore[arg-type]
    log.close()
    lines = (tmp_path / "skipped.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["reason"] for line in lines] == ["not_an_article"]
