"""The committed JSON Schema is the feed's contract: it must match the models exactly."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from harvester import extract_article
from harvester.schema import SCHEMA_FILE, schema_text

ROOT = Path(__file__).resolve().parents[1]


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
