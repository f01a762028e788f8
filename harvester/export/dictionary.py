"""The data dictionary of an export: every table's columns with type, meaning and an example.

Generated from :data:`harvester.export.tables.TABLES` (whose meanings come from the models), with
examples from the exported records themselves. The README's copy takes its examples from the
bundled demo article; ``python -m harvester.export.dictionary README.md`` rewrites it, and a test
fails when it drifts.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from harvester.export.tables import TABLES, record_rows

DICTIONARY_NAME = "data-dictionary.md"
README_START = "<!-- data-dictionary:start (generated: python -m harvester.export.dictionary README.md) -->"
README_END = "<!-- data-dictionary:end -->"
_MAX_EXAMPLE = 60


class Examples:
    """The first non-null value seen in each column."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, Any]] = {name: {} for name in TABLES}
        # is_latest is decided once every record is read, never on a row as it streams past.
        self.values["articles"]["is_latest"] = True
        self._missing = {name: {column.name for column in columns} - self.values[name].keys()
                         for name, columns in TABLES.items()}

    def offer(self, table: str, row: dict[str, Any]) -> None:
        missing = self._missing[table]
        if not missing:
            return
        for name in list(missing):
            if row.get(name) is not None:
                self.values[table][name] = row[name]
                missing.discard(name)


def _example(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        # An aware value is stored as its UTC instant: shown as such.
        text = (value.astimezone(UTC) if value.tzinfo else value).isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, bool):
        text = str(value).lower()
    else:
        text = str(value)
    text = " ".join(text.split())
    if len(text) > _MAX_EXAMPLE:
        text = text[: _MAX_EXAMPLE - 1] + "…"
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def data_dictionary(examples: Examples | None = None, *, heading_level: int = 1) -> str:
    """Markdown: one table per exported table, a row per column."""
    values = examples.values if examples else {name: {} for name in TABLES}
    hashes = "#" * heading_level
    parts = [
        f"{hashes} Data dictionary\n",
        "Every table is keyed by `article_id` and `version`; child tables add `position` (order on the page).",
        "A date is four columns: the instant (UTC timestamp; null when only the day or no zone is known),",
        "`_local` (wall-clock time as the page gives it), `_offset_minutes` and `_precision` (`day` or `time`).\n",
    ]
    for table, columns in TABLES.items():
        parts.append(f"{hashes}# {table}\n")
        parts.append("| column | type | meaning | example |")
        parts.append("|---|---|---|---|")
        for column in columns:
            meaning = column.meaning.replace("|", "\\|").replace("\n", " ")
            parts.append(f"| `{column.name}` | {column.type} | {meaning} | {_example(values[table].get(column.name))} |")
        parts.append("")
    return "\n".join(parts)


def demo_examples() -> Examples:
    """Examples from the bundled demo article (the seed page), with the provenance a second crawl of it
    that found the article changed would add."""
    from importlib import resources

    from harvester.core import extract_article

    page = resources.files("harvester") / "demo" / "site" / "articles" / "wordpress-seed.html"
    record = json.loads(extract_article(page.read_bytes(), "https://demo.example/articles/wordpress-seed.html")
                        .model_dump_json())
    record["crawl"] = {
        "fetched_at": "2025-12-01T06:00:00Z", "status": 200, "content_hash": "9f2c" + "0" * 60, "version": 2,
        "previous_content_hash": "41ab" + "0" * 60, "first_seen": "2025-11-28T06:00:00Z", "spider": "sitemap",
        "profile": "demo",
    }
    examples = Examples()
    for table, row in record_rows(record):
        examples.offer(table, row)
    return examples


def readme_section() -> str:
    return f"{README_START}\n{data_dictionary(demo_examples(), heading_level=3)}{README_END}"


def rewrite_readme(path: Path) -> bool:
    """Replace the README's generated section; True when it changed."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(README_START) + ".*?" + re.escape(README_END), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{path}: no {README_START!r} ... {README_END!r} section")
    updated = pattern.sub(lambda _: readme_section(), text)
    path.write_text(updated, encoding="utf-8")
    return updated != text


if __name__ == "__main__":
    print("rewritten" if rewrite_readme(Path(sys.argv[1])) else "unchanged")
