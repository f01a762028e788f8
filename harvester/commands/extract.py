"""``harvester extract FILE...``: local pages to JSON Lines, one bad file never stopping the rest.

Each file that yields no record is named on standard error with the reason and the run goes on;
the exit status is 1 when any file failed, 2 for a usage error, 0 otherwise. Gzip-compressed
pages are read whatever their name (saved pages are often compressed without a ``.gz``).
"""

from __future__ import annotations

import argparse
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from harvester.errors import NotHTMLError

# Bigger files (or decompressed contents) are refused unread: the extractor's time and memory
# bounds assume this cap (see harvester.document.parse.MAX_PARSE_CHARS).
MAX_FILE_BYTES = 64 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class UnreadablePage(Exception):
    """The file cannot be turned into page bytes: missing, unreadable, too big, corrupt."""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("extract", help="extract records from local .html / .html.gz files", description=__doc__,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--url", help="the page's http(s) URL (resolves relative links; one file only)")
    parser.add_argument("--timezone", metavar="ZONE",
                        help="IANA zone (Europe/Berlin) of times the pages print without one; default: found on the page")
    parser.add_argument("-o", "--output", type=Path, help="JSON Lines file (default: standard output)")
    parser.set_defaults(run=run)


def _gunzip(data: bytes, path: Path) -> bytes:
    """Decompress every gzip member, never past MAX_FILE_BYTES; a truncated stream keeps its start."""
    out = bytearray()
    while data.startswith(_GZIP_MAGIC):
        room = MAX_FILE_BYTES + 1 - len(out)
        stream = zlib.decompressobj(wbits=31)
        try:
            out += stream.decompress(data, room)
        except zlib.error as exc:
            raise UnreadablePage(f"corrupt gzip data ({exc})") from exc
        if len(out) > MAX_FILE_BYTES or stream.unconsumed_tail:
            raise UnreadablePage(f"refused: decompresses to more than {MAX_FILE_BYTES:,} bytes")
        if not stream.eof:
            print(f"harvester extract: {path}: warning: gzip data truncated, extracting the "
                  f"{len(out):,} bytes recovered", file=sys.stderr)
            break
        data = stream.unused_data
    return bytes(out)


def read_page(path: Path) -> bytes:
    """The page's bytes, decompressed; raises UnreadablePage with a reason a user can act on."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UnreadablePage("cannot read: is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadablePage("cannot read: not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise UnreadablePage(f"refused: {info.st_size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadablePage(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise UnreadablePage(f"refused: over the {MAX_FILE_BYTES:,}-byte limit")
    return _gunzip(data, path) if data.startswith(_GZIP_MAGIC) else data


def _extract_one(path: Path, url: str | None, out: BinaryIO, timezone: str | None = None) -> bool:
    from harvester.core import extract_article  # not at import: `harvester crawl` loads this module too

    try:
        record = extract_article(read_page(path), url, timezone=timezone)
    except (UnreadablePage, NotHTMLError) as exc:
        print(f"harvester extract: {path}: {exc}", file=sys.stderr)
        return False
    except Exception as exc:  # noqa: BLE001 - an extractor bug on one page must not end the run
        print(f"harvester extract: {path}: extraction failed (internal error: {type(exc).__name__}: {exc})",
              file=sys.stderr)
        return False
    out.write(record.model_dump_json().encode("utf-8") + b"\n")
    out.flush()
    return True


def run(args: argparse.Namespace) -> int:
    if args.url:
        if len(args.files) > 1:
            print("harvester extract: --url names one page; give one FILE with it", file=sys.stderr)
            return 2
        try:
            parts = urlsplit(args.url)
        except ValueError:
            parts = urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            print(f"harvester extract: --url must be an absolute http(s) URL, not {args.url!r}", file=sys.stderr)
            return 2
    from harvester.timezones import zone_named

    if args.timezone and zone_named(args.timezone) is None:
        print(f"harvester extract: --timezone must be an IANA zone name (Europe/Berlin), not {args.timezone!r}",
              file=sys.stderr)
        return 2
    try:
        out = args.output.open("wb") if args.output else sys.stdout.buffer
    except OSError as exc:
        print(f"harvester extract: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        failed = sum(not _extract_one(path, args.url, out, args.timezone) for path in args.files)
    finally:
        if args.output:
            out.close()
    if failed:
        print(f"harvester extract: {failed} of {len(args.files)} files failed", file=sys.stderr)
    return 1 if failed else 0
