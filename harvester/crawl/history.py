"""Run history: field coverage of a run's records, and the drift alarm that compares it with earlier runs.

Every run's summary is kept in the site's state database (``run_history``, see
:mod:`harvester.crawl.state`); ``summary.json`` is only the latest one. This module is plain
Python (no Scrapy), so ``harvester status`` reads the history without starting a crawler.

**Field coverage** is the share of the records extracted in a run that have a field: a headline,
authors, a publication date, a body, headed sections, comments, related posts. It counts every
record the run extracted, emitted or found unchanged in content; pages skipped unparsed (304,
same bytes) are not extracted and so not counted.

**Drift**: a site whose template changes keeps answering 200 while its records quietly lose
fields. A field drifts when its coverage in this run is at least :data:`DRIFT_DROP` below the
median of the site's last :data:`DRIFT_WINDOW` runs that measured it; a run is measured only when
it extracted at least :data:`MIN_RECORDS` records (fewer say too little about a template).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

COVERAGE_FIELDS = ("headline", "authors", "published_at", "body", "sections", "comments", "related_posts")

# A run measures coverage when it extracted at least this many records.
MIN_RECORDS = 5
# Earlier measured runs a run is compared with.
DRIFT_WINDOW = 5
# How far (a share of records, 0-1) a field's coverage must fall below its recent median.
DRIFT_DROP = 0.3


def present_fields(record: Mapping[str, Any]) -> tuple[str, ...]:
    """The coverage fields ``record`` (an ArticleRecord in JSON mode) has."""
    byline = record.get("byline") or {}
    present = {
        "headline": bool(record.get("headline")),
        "authors": bool(byline.get("authors")),
        "published_at": bool(byline.get("published_at")),
        "body": bool(record.get("body_text")),
        # The lead (heading null) is there whenever a body is: a section means a headed one.
        "sections": any(section.get("heading") for section in record.get("sections") or ()),
        "comments": bool(record.get("comments")),
        "related_posts": bool(record.get("related_posts")),
    }
    return tuple(name for name in COVERAGE_FIELDS if present[name])


def coverage(extracted: int, counts: Mapping[str, int]) -> dict[str, Any]:
    """``{"records": n, "fields": {field: share}}`` from per-field counts over ``extracted`` records."""
    fields = {name: round(counts.get(name, 0) / extracted, 3) if extracted else None for name in COVERAGE_FIELDS}
    return {"records": extracted, "fields": fields}


def measured(summary: Mapping[str, Any]) -> dict[str, float] | None:
    """The run's coverage by field, or None when it extracted too few records to say."""
    cov = summary.get("coverage") or {}
    if (cov.get("records") or 0) < MIN_RECORDS:
        return None
    return {name: share for name, share in (cov.get("fields") or {}).items() if share is not None}


def drift(current: Mapping[str, Any], earlier: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Fields whose coverage in ``current`` fell well below the recent runs (``earlier``: newest first).

    Each alarm names the field, this run's coverage, the median it is compared with and the
    earlier runs' figures, so a person can see the change without opening the history.
    """
    now = measured(current)
    if now is None:
        return []
    history = [cov for cov in (measured(summary) for summary in earlier) if cov is not None][:DRIFT_WINDOW]
    alarms = []
    for name in COVERAGE_FIELDS:
        before = [cov[name] for cov in history if name in cov]
        if name not in now or not before:
            continue
        baseline = statistics.median(before)
        if baseline - now[name] >= DRIFT_DROP - 1e-9:
            alarms.append({
                "field": name, "coverage": now[name], "baseline": round(baseline, 3), "earlier": before,
            })
    return alarms


def describe_drift(alarms: Sequence[Mapping[str, Any]]) -> str:
    """One line for a log or a status: ``headline 100% -> 0%, published_at 100% -> 17%``."""
    return ", ".join(
        f"{alarm['field']} {percent(alarm['baseline'])} -> {percent(alarm['coverage'])}" for alarm in alarms
    )


def percent(share: float | None) -> str:
    return "-" if share is None else f"{share * 100:.0f}%"
