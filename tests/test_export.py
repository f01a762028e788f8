"""``harvester export``: typed tables in each format, loaded back with the row counts the records imply."""

from __future__ import annotations

import json
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from harvester import extract_article
from harvester.cli import main
from harvester.export.dictionary import readme_section
from harvester.export.tables import ITEM_COUNTS, TABLES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# The golden pages, and the evidence pages (cited identifiers, writing-assistant artifacts, spam).
FIXTURES = sorted((ROOT / "fixtures").glob("*.html")) + sorted((ROOT / "fixtures" / "evidence").glob("*.html"))


def expected_rows(records: list[dict[str, Any]]) -> dict[str, int]:
    return {table: sum(count(record) for record in records) for table, count in ITEM_COUNTS.items()}


def loaded_rows(to: str, output: Path) -> dict[str, int]:
    """Row counts of each table as a reader gets them back from the written files."""
    if to == "parquet":
        return {table: pq.read_metadata(output / f"{table}.parquet").num_rows for table in TABLES}
    if to == "csv":
        return {table: pacsv.read_csv(output / f"{table}.csv").num_rows for table in TABLES}
    with duckdb.connect(str(output), read_only=True) as con:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def _crawled(record: dict[str, Any], version: int, previous: str | None) -> dict[str, Any]:
    return {**record, "crawl": {
        "fetched_at": f"2025-12-0{version}T06:00:00Z", "status": 200, "content_hash": f"hash-{version}",
        "version": version, "previous_content_hash": previous, "first_seen": "2025-12-01T06:00:00Z",
        "spider": "sitemap", "profile": "demo"}}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    """The fixture pages' records, and a second version of the first article as a re-crawl would emit it."""
    extracted = [json.loads(extract_article(path.read_bytes(), f"https://demo.example/{path.name}").model_dump_json())
                 for path in FIXTURES]
    changed = {**extracted[0], "headline": "Updated: " + extracted[0]["headline"]}
    return [_crawled(extracted[0], 1, None), *extracted[1:], _crawled(changed, 2, "hash-1")]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, Any]]) -> Iterator[Path]:
    """A directory laid out as the README assumes (``output/demo`` a crawl's site directory), exported
    with the README's own commands."""
    work = tmp_path_factory.mktemp("export")
    site = work / "output" / "demo"
    site.mkdir(parents=True)
    (site / "records-1-00001.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    commands = re.search(r"## Exporting.*?```bash\n(.*?)```", README, re.DOTALL)
    assert commands, "README has no export commands"
    cwd = os.getcwd()
    os.chdir(work)
    try:
        for line in commands.group(1).splitlines():
            argv = shlex.split(line, comments=True)
            assert argv[:2] == ["harvester", "export"]
            assert main(argv[1:]) == 0, line
        yield work
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(("to", "path"), [("parquet", "exports/demo"), ("csv", "exports/demo-csv"),
                                          ("duckdb", "exports/demo.duckdb")])
def test_each_format_loads_back_with_one_row_per_item(to: str, path: str, workdir: Path,
                                                     records: list[dict[str, Any]]) -> None:
    counts = loaded_rows(to, workdir / path)
    assert counts == expected_rows(records)
    assert all(counts[table] > 0 for table in TABLES), counts


def test_types_offsets_and_latest_flag_in_duckdb(workdir: Path, records: list[dict[str, Any]]) -> None:
    with duckdb.connect(str(workdir / "exports" / "demo.duckdb"), read_only=True) as con:
        types = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'articles'")
                     .fetchall())
        assert types["published_at"] == "TIMESTAMP WITH TIME ZONE" and types["published_at_local"] == "TIMESTAMP"
        assert types["version"] == "INTEGER" and types["is_latest"] == "BOOLEAN" and types["fetched_at"].startswith(
            "TIMESTAMP WITH")
        first = records[0]["id"]
        versions = con.execute("SELECT version, is_latest, previous_content_hash FROM articles WHERE article_id = ?"
                               " ORDER BY version", [first]).fetchall()
        assert versions == [(1, False, None), (2, True, "hash-1")]
        assert con.execute("SELECT count(*) FROM latest_articles").fetchone()[0] == len(records) - 1
        # The seed page prints 09:41:18 at +05:00: instant, wall clock and offset all kept.
        row = con.execute("SELECT epoch(published_at), published_at_local, published_at_offset_minutes,"
                          " published_at_precision FROM latest_articles WHERE canonical_url LIKE '%japan-stem-cell%'"
                          ).fetchone()
        assert str(row[1]) == "2025-11-27 09:41:18" and row[2] == 300 and row[3] == "time"
        assert row[0] == 1764218478  # 2025-11-27T04:41:18Z
        # A German page with no zone anywhere: the day and the wall clock, no invented instant.
        german = con.execute("SELECT published_at, published_at_local, published_at_precision FROM articles"
                             " WHERE language LIKE 'de%'").fetchone()
        assert german[0] is None and str(german[1]) == "2025-11-26 10:15:00" and german[2] == "time"
        days = con.execute("SELECT DISTINCT published_at_precision FROM related_posts").fetchall()
        assert ("day",) in days


def test_the_data_dictionary_is_written_beside_each_export(workdir: Path) -> None:
    for path in ("exports/demo/data-dictionary.md", "exports/demo-csv/data-dictionary.md",
                 "exports/demo-data-dictionary.md"):
        text = (workdir / path).read_text(encoding="utf-8")
        assert "| `published_at_offset_minutes` | int16 |" in text and "## comments" in text


def test_readme_loading_examples_run_as_written(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    examples = re.search(r"<!-- loading-examples:start -->(.*?)<!-- loading-examples:end -->", README, re.DOTALL)
    assert examples
    blocks = re.findall(r"```(python|sql)\n(.*?)```", examples.group(1), re.DOTALL)
    assert [language for language, _ in blocks] == ["python", "python", "sql"]
    cwd = os.getcwd()
    os.chdir(workdir)
    try:
        for language, code in blocks:
            if language == "python":
                exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own example
            else:
                database = re.match(r"-- duckdb (\S+)", code)
                assert database
                with duckdb.connect(database.group(1), read_only=True) as con:
                    for statement in filter(str.strip, code.split(";")):
                        assert con.execute(statement).fetchall()
    finally:
        os.chdir(cwd)
    assert "Japan" in capsys.readouterr().out


def test_readme_data_dictionary_matches_the_models() -> None:
    assert readme_section() in README, "README's data dictionary drifted: python -m harvester.export.dictionary README.md"


def test_lines_that_are_not_records_are_rejected_with_the_reason_and_the_rest_exported(
    tmp_path: Path, records: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mixed.jsonl"
    bad = ['{"torn": ', json.dumps({**records[1], "schema_version": "9.0"}), json.dumps({**records[2], "byline": 5})]
    source.write_text("\n".join([json.dumps(records[1]), *bad, json.dumps(records[3])]) + "\n", encoding="utf-8")

    assert main(["export", str(source), "--to", "parquet", "--output", str(tmp_path / "out")]) == 1

    assert loaded_rows("parquet", tmp_path / "out")["articles"] == 2
    rejected = [json.loads(line) for line in (tmp_path / "out" / "rejected.jsonl").read_text().splitlines()]
    assert [(r["line"], r["reason"].split(":")[0]) for r in rejected] == [
        (2, "JSONDecodeError"), (3, "ValueError"), (4, "AttributeError")]
    assert "3 lines were not records" in capsys.readouterr().err
    # An existing output is never replaced unasked.
    assert main(["export", str(source), "--to", "parquet", "--output", str(tmp_path / "out")]) == 2


def test_a_crawl_directory_is_read_through_its_manifest(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    from harvester.crawl.manifest import finish

    site = tmp_path / "site"
    site.mkdir()
    (site / "records-1-00001.jsonl.part").write_text(json.dumps(records[1]) + "\n", encoding="utf-8")
    finish(site / "records-1-00001.jsonl.part")
    (site / "records-2-00001.jsonl.part").write_text(json.dumps(records[2]) + "\n", encoding="utf-8")  # in progress

    assert main(["export", str(tmp_path), "--to", "duckdb", "--output", str(tmp_path / "x.duckdb")]) == 0

    assert loaded_rows("duckdb", tmp_path / "x.duckdb")["articles"] == 1
