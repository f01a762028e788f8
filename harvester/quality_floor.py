"""The quality floor: ``harvester evaluate``'s scores against a committed baseline file.

A crash fails CI by itself; a drop in extraction quality does not, unless something compares the
scores. The baseline file records harvester's scores for each selection of pages it was run on
(the whole corpus, or ``--limit N`` and ``--only NAME``), with the page counts behind them.
``harvester evaluate --baseline FILE`` exits 1 when any score is more than the tolerance below its
recorded value, naming each; ``--save-baseline FILE`` records the current scores for the run's
selection, which is how a deliberate change moves the floor (in the commit that explains it).

Scores are compared only between runs on the same pages: a baseline recorded on other page
counts, or without an entry for the run's selection, is an error (exit 2), never a pass.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from harvester import __version__

# The largest drop of a score (all are shares or F1 values in [0, 1]) that is not a regression:
# well under one page in a hundred on the headline, author and date rates.
TOLERANCE = 0.005
SIDE = "harvester"
# Floats as written and read back: far below the tolerance, and a diff of the file stays readable.
_DIGITS = 6


class BaselineError(ValueError):
    """The baseline cannot be used for this run; the message says why."""


@dataclass(frozen=True)
class Selection:
    """Which pages a run scored: ``--limit`` and ``--only`` of ``harvester evaluate``."""

    limit: int | None = None
    only: str | None = None

    def describe(self) -> str:
        parts = [f"--only {self.only}" if self.only else "", f"--limit {self.limit}" if self.limit else ""]
        return " ".join(part for part in parts if part) or "every page"

    def as_json(self) -> dict[str, Any]:
        return {"limit": self.limit, "only": self.only}


def scores(summary: Mapping[str, Any]) -> dict[str, float]:
    """Harvester's scores in an evaluate summary, as ``section/metric``; metrics with no page left out."""
    found: dict[str, float] = {}
    for section, value in summary.items():
        if not isinstance(value, Mapping) or not isinstance(value.get("metrics"), Mapping):
            continue
        for metric, row in value["metrics"].items():
            if row.get("pages") and row.get(SIDE) is not None:
                found[f"{section}/{metric}"] = round(float(row[SIDE]), _DIGITS)
    comments = summary.get("comments")
    if isinstance(comments, Mapping) and comments.get("pages") and comments.get(SIDE) is not None:
        found["comments/recall"] = round(float(comments[SIDE]), _DIGITS)
    return found


def page_counts(summary: Mapping[str, Any]) -> dict[str, int]:
    return {name: count for name, count in summary["pages"].items() if name != "total"}


@dataclass
class Comparison:
    """The run's scores beside the baseline's, split by what they mean for the floor."""

    dropped: list[tuple[str, float, float]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    improved: list[tuple[str, float, float]] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    held: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.dropped or self.missing)


def compare(baseline: Mapping[str, float], current: Mapping[str, float], tolerance: float = TOLERANCE) -> Comparison:
    """A score fails when it is more than ``tolerance`` below its baseline value, or no longer reported."""
    result = Comparison()
    for name, was in sorted(baseline.items()):
        now = current.get(name)
        if now is None:
            result.missing.append(name)
        elif now < was - tolerance and not math.isclose(now, was - tolerance, abs_tol=1e-9):
            result.dropped.append((name, was, now))
        elif now > was + tolerance:
            result.improved.append((name, was, now))
        else:
            result.held += 1
    result.new = sorted(set(current) - set(baseline))
    return result


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"cannot read the baseline {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise BaselineError(f"the baseline {path} is not JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
        raise BaselineError(f"the baseline {path} has no \"runs\" list: not a file written by --save-baseline")
    return data


def _entry(data: Mapping[str, Any], selection: Selection) -> Mapping[str, Any] | None:
    wanted = selection.as_json()
    return next((run for run in data["runs"] if isinstance(run, Mapping) and run.get("selection") == wanted), None)


def check(path: Path, selection: Selection, summary: Mapping[str, Any], tolerance: float = TOLERANCE) -> Comparison:
    """This run's scores against the baseline entry of the same selection; raises BaselineError."""
    entry = _entry(_read(path), selection)
    if entry is None:
        raise BaselineError(
            f"the baseline {path} has no scores for {selection.describe()}: record them with --save-baseline"
        )
    pages = page_counts(summary)
    if entry.get("pages") != pages:
        raise BaselineError(
            f"not comparable: the baseline {path} for {selection.describe()} was recorded on {entry.get('pages')} "
            f"pages, this run scored {pages} (a changed corpus needs a new baseline: --save-baseline)"
        )
    return compare(entry.get("scores") or {}, scores(summary), tolerance)


def save(path: Path, selection: Selection, summary: Mapping[str, Any]) -> None:
    """Record this run's scores in ``path``, replacing the entry of the same selection, keeping the others."""
    data = _read(path) if path.exists() else {}
    runs = [run for run in data.get("runs", []) if isinstance(run, Mapping) and run.get("selection") != selection.as_json()]
    runs.append({
        "selection": selection.as_json(),
        "pages": page_counts(summary),
        "harvester_version": __version__,
        "recorded_on": datetime.now(UTC).date().isoformat(),
        "scores": scores(summary),
    })
    runs.sort(key=lambda run: json.dumps(run.get("selection"), sort_keys=True))
    document = {
        "about": "harvester evaluate scores per selection of pages; `harvester evaluate --baseline FILE` "
                 "fails when a score drops by more than the tolerance. Update with --save-baseline.",
        "runs": runs,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def describe(comparison: Comparison, path: Path, tolerance: float) -> list[str]:
    """Lines for a person: the failures first, then what improved or is new (worth a new baseline)."""
    lines: list[str] = []
    if comparison.failed:
        lines.append(f"quality below the baseline {path} (tolerance {tolerance}):")
        lines += [f"  {name}: {was:.4f} -> {now:.4f} ({now - was:+.4f})" for name, was, now in comparison.dropped]
        lines += [f"  {name}: in the baseline, no longer reported" for name in comparison.missing]
    else:
        lines.append(f"quality floor held: {comparison.held + len(comparison.improved)} scores at or above the "
                     f"baseline {path} (tolerance {tolerance})")
    if comparison.improved:
        lines.append("improved beyond the tolerance (record with --save-baseline to raise the floor):")
        lines += [f"  {name}: {was:.4f} -> {now:.4f} ({now - was:+.4f})" for name, was, now in comparison.improved]
    if comparison.new:
        lines.append("not in the baseline yet: " + ", ".join(comparison.new))
    return lines
