"""Write the JSON Schema of the article records (ArticleRecord), the contract of every export.

Run from the root of a source checkout with no --dir, it rewrites the checkout's schemas/ file (do
so after any change to the models: a test fails until you do). Anywhere else, with no --dir, it
prints the schema on standard output and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harvester.schema import schema_text, write_schema


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("schema", help="write (or print) the ArticleRecord JSON Schema", description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, metavar="DIR",
                        help="write the schema file into DIR (default: the checkout's schemas/, else print it)")
    parser.add_argument("--stdout", action="store_true", help="print the schema instead of writing it")
    parser.set_defaults(run=run)


def checkout_schemas() -> Path | None:
    """The schemas/ folder when the current directory is a harvester checkout's root.

    Found from the working directory, not from the installed package: an installed harvester
    knows nothing of any checkout.
    """
    root = Path.cwd()
    project = root / "pyproject.toml"
    if (root / "schemas").is_dir() and project.is_file() and 'name = "harvester"' in project.read_text("utf-8"):
        return root / "schemas"
    return None


def run(args: argparse.Namespace) -> int:
    directory = None if args.stdout else args.dir or checkout_schemas()
    if directory is None:
        sys.stdout.write(schema_text())
        return 0
    print(write_schema(directory))
    return 0
