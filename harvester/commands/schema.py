"""``harvester schema``: write the JSON Schema the models define."""

from __future__ import annotations

import argparse
from pathlib import Path

from harvester.schema import write_schema


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("schema", help="write the ArticleRecord JSON Schema")
    parser.add_argument("--dir", type=Path, default=Path("schemas"), help="target directory (default: schemas/)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print(write_schema(args.dir))
    return 0
