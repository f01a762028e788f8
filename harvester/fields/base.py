"""What a field unit is, and the runner that orders, isolates and applies them.

A field unit extracts one family of record fields from a ``Page`` (fundus' "one registered
method per field", trafilatura's catalogue of rules kept in one place). It declares

- ``fills``: the values it produces (record fields, and ``_``-prefixed working values other
  units read, such as the body's bold leads that the caveat unit labels its items with);
- ``needs``: values of other units it reads (the runner runs their units first);
- ``claims``: whether it claims regions of the page (``Page.regions``) that other units must
  leave alone, and ``reads_claims`` whether it leaves claimed regions alone: every claiming unit
  runs before every reading one, so no unit depends on statement order in ``core``.

The runner isolates errors per unit: a unit that raises costs the record only its own fields,
which take their empty values, and the page carries a warning saying which unit failed and why.
A unit that refines values another unit found (``fallback``: the evidence units, which take
instruction text out of the body, classify its sources and flag spam comments) leaves those
values unrefined instead: its failure must not cost the record the body or the comments.
Within a unit, ``cascade`` tries a field's sources in the documented order (profile selector,
JSON-LD, microdata, meta, markup, heuristic) and records which one gave the value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lxml import etree

from harvester.document import Page
from harvester.models import FieldSource, Via

LOGGER = logging.getLogger(__name__)

T = TypeVar("T")
Values = dict[str, Any]


@dataclass(frozen=True)
class FieldUnit:
    """One extraction unit: ``extract(page, values)`` returns a value for each name in ``fills``."""

    name: str
    fills: tuple[str, ...]
    extract: Callable[[Page, Mapping[str, Any]], Values]
    # The value of each filled name when the unit fails (a fresh copy is made per page).
    empty: Callable[[], Values]
    needs: tuple[str, ...] = ()
    claims: bool = False
    reads_claims: bool = False
    # Profile selector keys (``[selectors]`` of a site profile) this unit reads, for documentation
    # and for the profile loader's check of selector names.
    selectors: tuple[str, ...] = field(default=())
    # For a unit that refines other units' values: its values on failure, made from those values.
    fallback: Callable[[Mapping[str, Any]], Values] | None = None


def order(units: Iterable[FieldUnit]) -> list[FieldUnit]:
    """The units in an order where each runs after what it needs; otherwise as declared.

    Raises ValueError for a need no unit fills or a cycle: a mistake in the declarations, found
    at import time (``harvester.fields.UNITS``), never on a page.
    """
    pending = list(units)
    filled_by = {name: unit.name for unit in pending for name in unit.fills}
    for unit in pending:
        if missing := [need for need in unit.needs if need not in filled_by]:
            raise ValueError(f"field unit {unit.name} needs {missing}, which no unit fills")
    claimers = {unit.name for unit in pending if unit.claims}
    done: list[FieldUnit] = []
    names: set[str] = set()
    while pending:
        for unit in pending:
            before = {filled_by[need] for need in unit.needs}
            if unit.reads_claims:
                before |= claimers - {unit.name}
            if before <= names:
                done.append(unit)
                names.add(unit.name)
                pending.remove(unit)
                break
        else:
            raise ValueError(f"field units wait on each other: {[unit.name for unit in pending]}")
    return done


def run(page: Page, units: Iterable[FieldUnit]) -> Values:
    """Every unit's values; a unit that raises leaves its empty values and a warning instead."""
    values: Values = {}
    for unit in units:
        sources_before = dict(page.field_sources)
        try:
            produced = unit.extract(page, values)
        except Exception as exc:  # noqa: BLE001 - one failing unit must not cost the page its other fields
            LOGGER.debug("field unit %s failed on %s", unit.name, page.url, exc_info=True)
            page.warn(f"{unit.name} extraction failed: {type(exc).__name__}: {exc}")
            # Sources a unit noted before it failed describe values it no longer gives.
            page.field_sources.clear()
            page.field_sources.update(sources_before)
            produced = unit.fallback(values) if unit.fallback is not None else unit.empty()
        values.update(produced)
    return values


def from_profile(page: Page, name: str, read: Callable[[list[etree._Element]], T], *,
                 selector: str | None = None) -> T | None:
    """The value ``read`` makes of the elements a site profile's selector picks, noted as "profile".

    ``selector`` is the profile's key when it differs from the field's name. None when the profile
    names no selector for it, the selector picks nothing, or ``read`` finds nothing there: the
    unit's own sources are tried next.
    """
    elements = page.override(selector or name)
    if elements and (value := read(elements)):
        page.note(name, Via.PROFILE)
        return value
    return None


def cascade(page: Page, name: str, steps: Iterable[tuple[FieldSource, Callable[[], T]]], *,
            profile: Callable[[list[etree._Element]], T] | None = None) -> T | None:
    """The first non-empty value of ``steps``, noting its source for ``name``; None when all are empty.

    With ``profile``, a site profile's selector for ``name`` is read first (``from_profile``).
    Steps are thunks: a source is only read when the ones before it gave nothing. ``steps`` may be
    a generator, which then declares the order of sources as code: what a later step depends on
    (which of several declared dates is the earliest, and so which source gave it) is worked out
    only when the steps before it gave nothing.
    """
    if profile is not None and (value := from_profile(page, name, profile)):
        return value
    for source, step in steps:
        if value := step():
            page.note(name, source)
            return value
    return None
