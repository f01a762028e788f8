"""Precision and recall of source classification against a labelled set of links.

The labelled set (``fixtures/source-links/labels.tsv``: url, kind, origin) was labelled by reading
the links; see its GUIDE.md. Links are classified from their URL alone (the set keeps no link
text), so rules that read the link text are not measured here.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harvester.evidence.sources import SOURCE_KINDS, classify_source

__all__ = ["LabelledLink", "format_sources", "load_labels", "score_sources"]


@dataclass(frozen=True)
class LabelledLink:
    url: str
    kind: str
    origin: str


def load_labels(path: Path) -> list[LabelledLink]:
    """The labelled links; a row with an unknown kind is an error in the labels, named with its line."""
    rows: list[LabelledLink] = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for number, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        if row["kind"] not in SOURCE_KINDS:
            raise ValueError(f"{path}: row {number}: unknown kind {row['kind']!r}")
        rows.append(LabelledLink(row["url"], row["kind"], row.get("origin") or ""))
    return rows


def score_sources(links: list[LabelledLink]) -> dict[str, Any]:
    """Per kind: support, predicted, precision, recall; overall accuracy; and the confusions."""
    tp: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    support: Counter[str] = Counter()
    errors = []
    for link in links:
        got = classify_source(link.url)
        support[link.kind] += 1
        predicted[got] += 1
        if got == link.kind:
            tp[got] += 1
        else:
            errors.append({"url": link.url, "label": link.kind, "predicted": got})
    kinds = {}
    for kind in SOURCE_KINDS:
        kinds[kind] = {
            "support": support[kind],
            "predicted": predicted[kind],
            "precision": round(tp[kind] / predicted[kind], 3) if predicted[kind] else None,
            "recall": round(tp[kind] / support[kind], 3) if support[kind] else None,
        }
    return {
        "links": len(links),
        "accuracy": round(sum(tp.values()) / len(links), 3) if links else None,
        "kinds": kinds,
        "errors": errors,
    }


def format_sources(summary: dict[str, Any]) -> str:
    lines = [f"source classification: {summary['links']} labelled links, accuracy {summary['accuracy']}",
             f"  {'kind':<22}{'links':>6}{'predicted':>10}{'precision':>10}{'recall':>8}"]
    for kind, row in summary["kinds"].items():
        p = "-" if row["precision"] is None else f"{row['precision']:.2f}"
        r = "-" if row["recall"] is None else f"{row['recall']:.2f}"
        lines.append(f"  {kind:<22}{row['support']:>6}{row['predicted']:>10}{p:>10}{r:>8}")
    return "\n".join(lines)
