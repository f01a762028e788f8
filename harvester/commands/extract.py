"""``harvester extract FILE...``: local pages to JSON Lines, one bad file never stopping the rest."""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from harvester.core import extract_article
from harvester.errors import NotHTMLError

# Bigger files are refused unread: the extractor's time and memory bounds assume this cap.
MAX_FILE_BYTES = 64 * 1024 * 1024


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("extract", help="extract records from local .html / .html.gz files")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--url", help="the page's URL (resolves relative links; one file only)")
    parser.add_argument("-o", "--output", type=Path, help="JSON Lines file (default: standard output)")
    parser.set_defaults(run=run)


def read_page(path: Path) -> bytes:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES} bytes")
    if path.suffix == ".gz":
        with gzip.open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise ValueError(f"decompresses to more than {MAX_FILE_BYTES} bytes")
        return data
    return path.read_bytes()


def run(args: argparse.Namespace) -> int:
    if args.url and len(args.files) > 1:
        print("harvester extract: --url names one page; give one FILE with it", file=sys.stderr)
        return 2
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for path in args.files:
            try:
                record = extract_article(read_page(path), args.url)
            except (OSError, ValueError, EOFError) as exc:
                kind = "not HTML" if isinstance(exc, NotHTMLError) else "cannot read"
                print(f"harvester extract: {path}: {kind}: {exc}", file=sys.stderr)
                failed += 1
                continue
            out.write(record.model_dump_json() + "\n")
    finally:
        if args.output:
            out.close()
    if failed:
        print(f"harvester extract: {failed} of {len(args.files)} files failed", file=sys.stderr)
    return 1 if failed else 0
