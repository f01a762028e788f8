"""The JSON Schema of ArticleRecord, as committed in ``schemas/`` for downstream consumers."""

from __future__ import annotations

import json
from pathlib import Path

from harvester.models import SCHEMA_VERSION, ArticleRecord

SCHEMA_FILE = f"article-record-v{SCHEMA_VERSION.split('.')[0]}.schema.json"


def article_schema() -> dict:
    schema = ArticleRecord.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://harvester.invalid/schemas/{SCHEMA_FILE}",
        "version": SCHEMA_VERSION,
        **schema,
    }


def schema_text() -> str:
    return json.dumps(article_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schema(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / SCHEMA_FILE
    path.write_text(schema_text(), encoding="utf-8")
    return path
