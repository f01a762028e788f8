"""The field runner: declared order, and a failing unit costs the record only its own fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import TypeAdapter

import harvester.core
from harvester import extract_article
from harvester.document import Page
from harvester.fields.base import FieldUnit, Values, cascade, order, run
from harvester.fields.units import UNITS
from harvester.models import ArticleRecord, FieldSource, Via

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "wordpress-seed.html"
URL = "https://healthnews.example/2025/11/27/stem-cell-trial/"


def _broken(page: Page, values: Mapping[str, Any]) -> Values:
    raise RuntimeError("injected failure")


@pytest.mark.parametrize("unit", UNITS, ids=[unit.name for unit in UNITS])
def test_a_failing_unit_gives_a_valid_record_with_a_warning(unit: FieldUnit, monkeypatch: pytest.MonkeyPatch) -> None:
    html = FIXTURE.read_text(encoding="utf-8")
    whole = extract_article(html, URL).model_dump(mode="json")
    units = tuple(dataclasses.replace(u, extract=_broken) if u is unit else u for u in UNITS)
    monkeypatch.setattr(harvester.core, "UNITS", units)

    record = extract_article(html, URL)

    ArticleRecord.model_validate(record.model_dump(mode="json"))
    assert f"{unit.name} extraction failed: RuntimeError: injected failure" in record.extraction.warnings
    dumped = record.model_dump(mode="json")
    empty = unit.empty()
    if unit.fallback is not None:
        # A refining unit leaves the values it refines as the units before it found them.
        before = run(Page.from_text(html, URL), UNITS[: UNITS.index(unit)])
        kept = unit.fallback(before)
        assert set(kept) == set(unit.fills)
    for name in unit.fills:
        if not name.startswith("_"):
            value = kept[name] if unit.fallback is not None else empty[name]
            expected = TypeAdapter(ArticleRecord.model_fields[name].annotation).dump_python(value, mode="json")
            assert dumped[name] == expected
            if unit.fallback is None:
                assert name not in record.extraction.field_sources
    # The other units' record fields come out as they do without the failure, unless they read
    # this unit's values (the caveats read the body's sections).
    readers = {name for u in UNITS if set(u.needs) & set(unit.fills) for name in u.fills}
    for name in ("headline", "byline", "comments", "related_posts", "breadcrumbs", "sections", "tags"):
        if name not in unit.fills and name not in readers and unit.name not in ("comments", "related_posts"):
            assert dumped[name] == whole[name], name
    assert set(empty) == set(unit.fills)


def test_claiming_units_run_before_the_units_that_leave_claims_alone() -> None:
    names = [unit.name for unit in UNITS]
    for claimer in (u for u in UNITS if u.claims):
        for reader in (u for u in UNITS if u.reads_claims):
            assert names.index(claimer.name) < names.index(reader.name)


def test_order_puts_a_unit_after_what_it_needs_and_refuses_bad_declarations() -> None:
    def unit(name: str, fills: tuple[str, ...], needs: tuple[str, ...] = (), **flags: bool) -> FieldUnit:
        return FieldUnit(name, fills, _broken, dict, needs=needs, **flags)

    ordered = order([unit("a", ("x",), ("y",)), unit("b", ("y",), reads_claims=True), unit("c", ("z",), claims=True)])
    assert [u.name for u in ordered] == ["c", "b", "a"]
    with pytest.raises(ValueError, match="needs"):
        order([unit("a", ("x",), ("nothing",))])
    with pytest.raises(ValueError, match="wait on each other"):
        order([unit("a", ("x",), ("y",)), unit("b", ("y",), ("x",))])


def test_the_named_source_labels_are_exactly_the_schemas() -> None:
    named = {value for name, value in vars(Via).items() if name.isupper()}
    assert named == set(get_args(FieldSource))


def test_cascade_reads_a_generator_of_steps_only_as_far_as_the_first_value() -> None:
    # A generator declares the sources in order; what comes after the first value is never read.
    page = Page.from_text("<html><body><p>x</p></body></html>", "https://example.org/a")
    read: list[str] = []

    def steps() -> Iterator[tuple[FieldSource, Callable[[], str | None]]]:
        read.append("json-ld")
        yield Via.JSON_LD, lambda: None
        read.append("meta")
        yield Via.META, lambda: "From meta"
        read.append("markup")
        yield Via.MARKUP, lambda: "From markup"

    assert cascade(page, "headline", steps()) == "From meta"
    assert read == ["json-ld", "meta"]
    assert page.field_sources == {"headline": "meta"}
