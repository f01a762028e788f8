"""The committed schema as a strict consumer reads it: JSON Schema ``format`` asserted.

Schema registries and strict pipelines check ``format``; jsonschema only does when given a
FormatChecker, and checks ``date-time`` only with ``rfc3339-validator`` installed (a dev
dependency). ``strict_validator`` refuses to run without it, so a test using it cannot pass
vacuously.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema

from harvester.schema import SCHEMA_FILE

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / SCHEMA_FILE


@cache
def strict_validator() -> jsonschema.Draft202012Validator:
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    if "date-time" not in checker.checkers or checker.conforms("2025-05-05T00:46:00", "date-time"):
        raise RuntimeError("date-time is not format-checked: install rfc3339-validator (pip install -e '.[dev]')")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=checker)


def format_errors(record: dict) -> list[str]:
    """Every way ``record`` fails the strict schema, with the path of each failure."""
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in strict_validator().iter_errors(record)]
