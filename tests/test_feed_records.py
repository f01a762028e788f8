"""What a worker hands back for the feed, and how the feed writes it: the record's JSON, made once."""

from __future__ import annotations

import io
import json
import pickle
from datetime import UTC, datetime
from pathlib import Path

import pytest

from harvester.crawl.exporters import EncodedRecord, RecordLinesExporter
from harvester.crawl.extraction import InvalidRecord, content_hash, extract_for_feed
from harvester.models import ArticleRecord, CrawlInfo

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _crawl_info() -> CrawlInfo:
    fetched = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
    return CrawlInfo(fetched_at=fetched, status=200, content_hash="h", version=2, first_seen=fetched,
                     spider="urls", profile="demo")


@pytest.mark.parametrize("fixture", sorted(path.name for path in FIXTURES.glob("*.html"))[:3])
def test_the_line_is_the_record_with_its_crawl_provenance(fixture: str) -> None:
    body = (FIXTURES / fixture).read_bytes()
    extracted = extract_for_feed(body, "https://news.example/a", "text/html; charset=utf-8", None)
    crawl = _crawl_info()

    line = extracted.line(crawl)

    parsed = json.loads(line)
    assert "\n" not in line
    assert ArticleRecord.model_validate(parsed).model_dump(mode="json") == parsed
    assert parsed["crawl"] == crawl.model_dump(mode="json")
    assert parsed["id"] == extracted.record_id
    assert content_hash(parsed) == extracted.content_hash
    # What crosses back from a worker process must pickle.
    assert pickle.loads(pickle.dumps(extracted)) == extracted


def test_crawl_is_the_last_field_of_the_schema() -> None:
    """The line is the worker's JSON with ``crawl`` appended: only right while crawl comes last."""
    assert list(ArticleRecord.model_fields)[-1] == "crawl"


def test_invalid_record_survives_the_trip_back_from_a_worker() -> None:
    error = pickle.loads(pickle.dumps(InvalidRecord("1 validation error for ArticleRecord")))
    assert isinstance(error, InvalidRecord) and "validation error" in str(error)


def test_the_exporter_writes_the_encoded_json_as_it_is() -> None:
    line = '{"id":"a","headline":"Caf\u00e9 \U0001f600","crawl":null}'
    out = io.BytesIO()
    exporter = RecordLinesExporter(out, encoding="utf-8")

    exporter.export_item(EncodedRecord(json.loads(line), line))
    exporter.export_item({"id": "b"})

    first, second = out.getvalue().decode("utf-8").splitlines()
    assert first == line
    assert json.loads(second) == {"id": "b"}


def test_the_exporter_encodes_again_when_the_feed_picks_its_fields() -> None:
    line = '{"id":"a","headline":"H"}'
    out = io.BytesIO()
    exporter = RecordLinesExporter(out, encoding="utf-8", fields_to_export=["headline"])

    exporter.export_item(EncodedRecord(json.loads(line), line))

    assert json.loads(out.getvalue()) == {"headline": "H"}
