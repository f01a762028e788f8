"""``harvester export``: JSON Lines records to typed, normalised tables in Parquet, DuckDB or CSV.

Records stream through in batches: each batch's rows become Arrow tables (typed by
:mod:`harvester.export.tables`) appended to one staging Parquet file per table, so memory holds one
batch, whatever the input size. DuckDB then writes the requested format from the staging files
(it spills to disk past its memory limit) and adds ``is_latest``, which needs every version of an
article. The output appears only when complete: it is built under a temporary name beside the
target and renamed.

A line that is not a record (bad JSON, no id, a value of the wrong shape) is not exported and
not lost: it goes to ``rejected.jsonl`` beside the output with its file, line and reason.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from harvester.export.dictionary import DICTIONARY_NAME, Examples, data_dictionary
from harvester.export.tables import SCHEMAS, TABLES, record_rows

Format = Literal["parquet", "duckdb", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "duckdb", "csv")
DEFAULT_BATCH_RECORDS = 1000
# DuckDB's budget for the final write (the join adding is_latest, sorting, CSV/Parquet encoding);
# past it DuckDB spills to the staging directory.
DUCKDB_MEMORY_LIMIT = "256MB"
REJECTED_NAME = "rejected.jsonl"
_KNOWN_SCHEMAS = ("1.0", "1.1", "2.0")


class ExportError(Exception):
    """The export cannot run: no input, an unreadable file, an output that already exists."""


@dataclass
class ExportResult:
    output: Path
    records: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    rejected: int = 0
    files: list[Path] = field(default_factory=list)
    rejected_path: Path | None = None
    dictionary_path: Path | None = None


def input_files(sources: Iterable[Path]) -> list[Path]:
    """The JSON Lines files of each source: a file as given; a crawl's site directory by its manifest
    (finished batch files only, oldest first), else its ``records-*.jsonl``; an output directory
    holding site directories, each of them."""
    files: list[Path] = []
    for source in sources:
        if source.is_file():
            files.append(source)
        elif source.is_dir():
            found = _site_files(source)
            if found is None:
                found = [path for child in sorted(p for p in source.iterdir() if p.is_dir())
                         for path in (_site_files(child) or [])]
            if not found:
                raise ExportError(f"{source}: no records-*.jsonl files (nor site directories holding them)")
            files.extend(found)
        else:
            raise ExportError(f"{source}: no such file or directory")
    if not files:
        raise ExportError("no input files")
    return files


def _site_files(directory: Path) -> list[Path] | None:
    from harvester.crawl.manifest import read_manifest

    listed = [directory / entry["file"] for entry in read_manifest(directory)]
    if listed:
        return listed
    found = sorted(directory.glob("records-*.jsonl"))
    return found or None


def export(sources: Iterable[Path], to: Format, output: Path, *, overwrite: bool = False,
           batch_records: int = DEFAULT_BATCH_RECORDS) -> ExportResult:
    files = input_files(sources)
    if output.exists() and not overwrite:
        raise ExportError(f"{output} exists: remove it, choose another path, or pass --overwrite")
    output.parent.mkdir(parents=True, exist_ok=True)
    result = ExportResult(output, files=files)
    work = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        staging = work / "staging"
        staging.mkdir()
        built = work / "built"
        examples = _stage(files, staging, work / REJECTED_NAME, result, batch_records)
        _finish(to, staging, built, work)
        dictionary = data_dictionary(examples)
        if to == "duckdb":
            _replace(built / "export.duckdb", output)
            beside = output.with_name(f"{output.stem}-{DICTIONARY_NAME}")
        else:
            (built / DICTIONARY_NAME).write_text(dictionary, encoding="utf-8")
            _replace(built, output)
            beside = output / DICTIONARY_NAME
        beside.write_text(dictionary, encoding="utf-8")
        rejected_path = output.with_name(f"{output.stem}-{REJECTED_NAME}") if to == "duckdb" else \
            output / REJECTED_NAME
        result.rejected_path = rejected_path if result.rejected else None
        result.dictionary_path = beside
        if result.rejected:
            shutil.move(work / REJECTED_NAME, rejected_path)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _replace(built: Path, output: Path) -> None:
    if output.is_dir():
        shutil.rmtree(output)
    elif output.exists():
        output.unlink()
    os.replace(built, output)


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        with path.open("rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
        handle: IO[bytes] = gzip.open(path, "rb") if gzipped else path.open("rb")
        with handle:
            yield from enumerate(handle, start=1)
    except (OSError, EOFError) as exc:
        raise ExportError(f"{path}: cannot read: {exc}") from exc


def _stage(files: list[Path], staging: Path, rejected_path: Path, result: ExportResult,
           batch_records: int) -> Examples:
    writers: dict[str, pq.ParquetWriter] = {}
    buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    examples = Examples()
    pending = 0
    with rejected_path.open("w", encoding="utf-8") as rejected:
        for path in files:
            for number, line in _lines(path):
                if not line.strip():
                    continue
                try:
                    rows = _rows(line)
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    result.rejected += 1
                    reason = f"{type(exc).__name__}: {exc}"
                    rejected.write(json.dumps({"file": str(path), "line": number, "reason": reason,
                                               "text": line.decode("utf-8", "replace")[:10_000]}) + "\n")
                    continue
                for table, row in rows:
                    buffers[table].append(row)
                    examples.offer(table, row)
                result.records += 1
                pending += 1
                if pending >= batch_records:
                    _flush(buffers, writers, staging, result)
                    pending = 0
    _flush(buffers, writers, staging, result)
    for name, schema in SCHEMAS.items():
        if name not in writers:
            writers[name] = pq.ParquetWriter(staging / f"{name}.parquet", schema)
        writers[name].close()
    return examples


def _rows(line: bytes) -> list[tuple[str, dict[str, Any]]]:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise TypeError("a line holds no JSON object")
    if record.get("schema_version") not in _KNOWN_SCHEMAS:
        raise ValueError(f"unknown schema_version {record.get('schema_version')!r}")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise KeyError("id")
    return list(record_rows(record))


def _flush(buffers: dict[str, list[dict[str, Any]]], writers: dict[str, pq.ParquetWriter], staging: Path,
           result: ExportResult) -> None:
    for name, rows in buffers.items():
        if not rows:
            continue
        table = pa.Table.from_pylist(rows, schema=SCHEMAS[name])
        if name not in writers:
            writers[name] = pq.ParquetWriter(staging / f"{name}.parquet", SCHEMAS[name], compression="zstd")
        writers[name].write_table(table)
        result.rows[name] += len(rows)
        rows.clear()


def _latest_articles(staging: Path) -> str:
    source = f"read_parquet('{_sql_path(staging / 'articles.parquet')}')"
    return (f"SELECT a.* REPLACE (a.version = m.latest AS is_latest) FROM {source} a "
            f"JOIN (SELECT article_id, max(version) AS latest FROM {source} GROUP BY article_id) m "
            "USING (article_id)")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _finish(to: Format, staging: Path, built: Path, work: Path) -> None:
    import duckdb

    built.mkdir()
    target = str(built / "export.duckdb") if to == "duckdb" else ":memory:"
    with duckdb.connect(target) as con:
        con.execute(f"SET memory_limit = '{DUCKDB_MEMORY_LIMIT}'")
        con.execute(f"SET temp_directory = '{_sql_path(work / 'spill')}'")
        con.execute("SET TimeZone = 'UTC'")
        con.execute("SET preserve_insertion_order = false")
        con.execute("SET enable_progress_bar = false")  # it would print to the command's standard output
        for name in TABLES:
            query = _latest_articles(staging) if name == "articles" else \
                f"SELECT * FROM read_parquet('{_sql_path(staging / f'{name}.parquet')}')"
            if to == "duckdb":
                con.execute(f"CREATE TABLE {name} AS {query}")
                _comment(con, name)
            elif to == "parquet" and name != "articles":
                os.replace(staging / f"{name}.parquet", built / f"{name}.parquet")
            else:
                options = "FORMAT parquet, COMPRESSION zstd" if to == "parquet" else "FORMAT csv, HEADER true"
                con.execute(f"COPY ({query}) TO '{_sql_path(built / f'{name}.{to}')}' ({options})")
        if to == "duckdb":
            con.execute("CREATE VIEW latest_articles AS SELECT * FROM articles WHERE is_latest")


def _comment(con: Any, table: str) -> None:
    """The data dictionary inside the database too: ``duckdb_columns()`` shows each column's meaning."""
    for column in TABLES[table]:
        meaning = column.meaning.replace("'", "''")
        # Quoted: artifacts.where is an SQL keyword.
        con.execute(f"COMMENT ON COLUMN {table}.\"{column.name}\" IS '{meaning}'")
