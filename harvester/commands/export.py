"""``harvester export SOURCE... --to parquet|duckdb|csv --output PATH``: records to typed tables.

SOURCE is a crawl's site directory (its finished batch files, as listed in manifest.json), an
output directory holding site directories, or JSON Lines files (gzipped or not). Parquet and CSV
write one file per table into the PATH directory; DuckDB writes one database file with a table per
table and a ``latest_articles`` view. A data dictionary is written beside the export. Lines that
are not records go to rejected.jsonl with the reason (exit status 1); nothing else is dropped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="export records to Parquet, DuckDB or CSV tables", description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", type=Path, metavar="SOURCE")
    parser.add_argument("--to", required=True, choices=("parquet", "duckdb", "csv"), help="output format")
    parser.add_argument("--output", "-o", required=True, type=Path, metavar="PATH",
                        help="a directory (parquet, csv) or a database file (duckdb)")
    parser.add_argument("--overwrite", action="store_true", help="replace PATH if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        from harvester.export.writer import ExportError, export
    except ImportError as exc:
        print(f"harvester export: needs pyarrow and duckdb ({exc.name} is missing): "
              "pip install 'harvester[export]'", file=sys.stderr)
        return 2
    try:
        result = export(args.sources, args.to, args.output, overwrite=args.overwrite)
    except ExportError as exc:
        print(f"harvester export: {exc}", file=sys.stderr)
        return 2
    rows = ", ".join(f"{name} {count}" for name, count in result.rows.items())
    print(f"exported {result.records} records from {len(result.files)} files to {result.output} ({rows});"
          f" data dictionary: {result.dictionary_path}")
    if result.rejected:
        print(f"harvester export: {result.rejected} lines were not records: see {result.rejected_path}",
              file=sys.stderr)
        return 1
    return 0
