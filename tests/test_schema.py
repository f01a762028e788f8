"""The committed JSON Schema is the feed's contract: it must match the models exactly."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from strict_schema import format_errors, strict_validator

from harvester import extract_article
from harvester.schema import SCHEMA_FILE, schema_text

ROOT = Path(__file__).resolve().parents[1]
# Every page the project ships: the golden and evidence fixtures and the demo site's articles.
PAGES = (sorted((ROOT / "fixtures").glob("*.html")) + sorted((ROOT / "fixtures" / "evidence").glob("*.html"))
         + sorted((ROOT / "harvester" / "demo" / "site" / "articles").rglob("*.html")))


def test_committed_schema_matches_models() -> None:
    committed = (ROOT / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(), "schemas/ drifted from the models: run `harvester schema`"


def test_schema_rejects_unknown_fields_and_accepts_a_record() -> None:
    schema = json.loads(schema_text())
    record = extract_article("<html><head><title>T</title></head><body><p>Text.</p></body></html>",
                             "https://example.org/a").model_dump(mode="json")
    jsonschema.validate(record, schema)
    record["surprise"] = 1
    try:
        jsonschema.validate(record, schema)
    except jsonschema.ValidationError:
        return
    raise AssertionError("a record with an unknown field validated")


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_every_shipped_page_gives_a_record_valid_with_formats_checked(page: Path) -> None:
    record = extract_article(page.read_bytes(), f"https://example.org/{page.stem}").model_dump(mode="json")
    assert format_errors(record) == []


def test_hand_written_gold_records_are_valid_with_formats_checked() -> None:
    for path in sorted((ROOT / "fixtures").glob("*.json")):
        gold = {key: value for key, value in json.loads(path.read_text(encoding="utf-8")).items()
                if not key.startswith("_")}
        record = {**gold, "id": path.stem, "extraction": {"extractor_version": "gold"}}
        assert format_errors(record) == [], path.name


@pytest.mark.parametrize(("value", "fixed"), [
    ("2025-05-05T00:46:00", "2025-05-05T00:46:00+02:00"), ("2019-11-18T00:00:00", "2019-11-18"),
    ("26 Nov 2025", "2025-11-26"),
])
def test_strict_schema_refuses_a_time_without_offset(value: str, fixed: str) -> None:
    """The v1 failure: naive date-times. A strict consumer must see them refused."""
    record = extract_article("<html><head><title>T</title></head><body><p>Text.</p></body></html>",
                             "https://example.org/a").model_dump(mode="json")
    record["byline"]["published_at"] = value
    assert any("published_at" in error for error in format_errors(record))
    record["byline"]["published_at"] = fixed
    assert format_errors(record) == []
    assert strict_validator().is_valid(record)
