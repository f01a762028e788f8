"""The feed as a consumer tails it: batch files appear complete, and ``manifest.json`` lists them.

A consumer polling the site directory must never read a half-written file. A batch is written as
``records-<run>-<batch>.jsonl.part`` and renamed to its final name only once closed; the rename is
atomic, so a ``records-*.jsonl`` file is always whole. Then ``manifest.json`` (itself replaced
atomically) gains the file's record count, size and SHA-256, in the order the files were finished:
a consumer reads the manifest, processes the files it has not seen, and checks each against its
checksum. A ``.part`` file left by a killed run is finished at the next run's start, after its torn
last line (if any) is cut off (see :mod:`harvester.crawl.delivery`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"
PART_SUFFIX = ".part"
MANIFEST_VERSION = 1
_CHUNK = 1024 * 1024


def manifest_path(site_dir: Path) -> Path:
    return site_dir / MANIFEST_NAME


def read_manifest(site_dir: Path) -> list[dict[str, Any]]:
    """The finished files, oldest first (empty when none is finished yet)."""
    path = manifest_path(site_dir)
    if not path.exists():
        return []
    files: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["files"]
    return files


def file_digest(path: Path) -> tuple[int, int, str]:
    """(records, bytes, sha256) of a JSON Lines file: one record per line."""
    digest = hashlib.sha256()
    lines = size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            lines += chunk.count(b"\n")
            size += len(chunk)
    return lines, size, digest.hexdigest()


def finish(part: Path) -> Path:
    """Make a closed ``.part`` batch public: fsync, rename to its final name, list it in the manifest."""
    final = part.with_name(part.name.removesuffix(PART_SUFFIX))
    records, size, sha256 = file_digest(part)
    _fsync(part)
    os.replace(part, final)
    _fsync_dir(part.parent)
    _append(final.parent, {
        "file": final.name, "records": records, "bytes": size, "sha256": sha256,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    })
    return final


def partial_files(site_dir: Path, run_ids: Iterable[str], prefix: str, suffix: str) -> list[Path]:
    return sorted(path for run_id in run_ids
                  for path in site_dir.glob(f"{prefix}{run_id}-*{suffix}{PART_SUFFIX}"))


def _append(site_dir: Path, entry: dict[str, Any]) -> None:
    files = [item for item in read_manifest(site_dir) if item["file"] != entry["file"]]
    files.append(entry)
    path = manifest_path(site_dir)
    temporary = path.with_name(path.name + PART_SUFFIX)
    temporary.write_text(json.dumps({"version": MANIFEST_VERSION, "files": files}, indent=1) + "\n",
                         encoding="utf-8")
    _fsync(temporary)
    os.replace(temporary, path)


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
