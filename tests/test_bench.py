"""The extract benchmark runs end to end and prints its rows; no timing is asserted."""

from __future__ import annotations

import gzip
import json
from functools import cached_property
from pathlib import Path

import pytest

import harvester.core
import harvester.document.page
import harvester.fields.units
from benchmarks import bench
from conftest import article_html


def _core_extractors() -> set[str]:
    return {name for name in vars(harvester.fields.units) if name.startswith("extract_")}


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert bench.main(["extract", *args]) == 0
    return capsys.readouterr().out


def test_extract_bench_over_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("one", "two", "three"):
        folder = tmp_path / "corpus" / "readability" / name
        folder.mkdir(parents=True)
        (folder / "source.html").write_text(article_html(f"Page {name}"), encoding="utf-8")
    originals = {name: getattr(harvester.fields.units, name) for name in _core_extractors()}
    parse_html = harvester.document.page.parse_html
    lazy = {name: prop.func for name, prop in vars(harvester.document.page.Page).items() if isinstance(prop, cached_property)}
    out = tmp_path / "bench.json"

    printed = _run(["--corpus", str(tmp_path / "corpus"), "--limit", "2", "--repeat", "2", "--json", str(out)], capsys)

    assert "2 pages (2 readability) x 2 repeat(s)" in printed
    for row in ("harvester (all fields)", "trafilatura.extract", "lxml parse",
                "pages/s ratio harvester/trafilatura", "pages/s ratio harvester/lxml", "harvester time by part"):
        assert row in printed
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["pages"] == 2 and result["repeat"] == 2
    assert set(result["sides"]) == {"harvester", "trafilatura", "lxml"}
    assert all(side["failures"] == 0 for side in result["sides"].values())
    parts = {part["part"] for part in result["parts"]}
    assert parts >= _core_extractors() | {"parse", "decode", "other (Page, record, validation)"}
    # The evidence layer's steps and the dates' zones are parts of their own, not "other".
    assert parts >= {"extract_artifacts", "extract_sources", "extract_identifiers", "extract_spam", "resolve_dates"}
    assert "load_public_suffixes" not in parts
    assert parts >= {f"page.{name}" for name in lazy}
    for name in _core_extractors():
        assert f"  {name} " in printed
    assert sum(part["share"] for part in result["parts"]) == pytest.approx(1.0)
    # pages grouped by weight, lightest first: two pages make two groups of one
    weights = result["by_weight"]
    assert [row["pages"] for row in weights] == [1, 1]
    assert weights[0]["trafilatura_ms_to"] <= weights[1]["trafilatura_ms_from"]
    assert all(row["ratio"] == pytest.approx(row["trafilatura_ms_per_page"] / row["harvester_ms_per_page"])
               for row in weights)
    assert "by page weight" in printed
    # and by their size in bytes, smallest first
    sizes = result["by_size"]
    assert [row["pages"] for row in sizes] == [1, 1]
    assert sizes[0]["kb_to"] <= sizes[1]["kb_from"]
    assert sum(row["pages"] * row["trafilatura_ms_per_page"] for row in sizes) == pytest.approx(
        sum(row["pages"] * row["trafilatura_ms_per_page"] for row in weights))
    assert "by page size" in printed
    # the timing wrappers live only inside the benchmark
    assert {name: getattr(harvester.fields.units, name) for name in _core_extractors()} == originals
    assert harvester.document.page.parse_html is parse_html
    assert all(vars(harvester.document.page.Page)[name].func is func for name, func in lazy.items())



def test_pages_are_grouped_by_size_in_bytes_smallest_first() -> None:
    sizes_and_times = [(3000, 4.0, 2.0), (1000, 1.0, 1.0), (4000, 8.0, 8.0), (2000, 2.0, 1.5)]
    pages = [bench.BenchPage(str(size), b"x" * size) for size, _, _ in sizes_and_times]
    per_page = [{"harvester": ours, "trafilatura": theirs, "lxml": 0.1} for _, ours, theirs in sizes_and_times]

    rows = bench._by_size(pages, per_page, repeat=2)

    assert [(row["kb_from"], row["kb_to"], row["pages"]) for row in rows] == [
        (1.0, 1.0, 1), (2.0, 2.0, 1), (3.0, 3.0, 1), (4.0, 4.0, 1)]
    assert [row["ratio"] for row in rows] == [1.0, 0.75, 0.5, 1.0]
    assert [row["harvester_ms_per_page"] for row in rows] == [500.0, 1000.0, 2000.0, 4000.0]

def test_extract_bench_over_any_directory_of_html_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "unseen"
    (pages / "2026").mkdir(parents=True)
    (pages / "a.html").write_text(article_html("Page a"), encoding="utf-8")
    (pages / "2026" / "b.htm.gz").write_bytes(gzip.compress(article_html("Page b").encode()))
    (pages / "2026" / "c.html").write_text(article_html("Page c"), encoding="utf-8")
    (pages / "index.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "bench.json"
    printed = _run(["--corpus", str(pages), "--json", str(out)], capsys)
    assert "3 pages (3 unseen) x 1 repeat(s)" in printed
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["sources"] == {"unseen": 3}
    assert [row["pages"] for row in result["by_weight"]] == [1, 1, 1]
    assert [row["pages"] for row in result["by_size"]] == [1, 1, 1]
    assert all(side["failures"] == 0 for side in result["sides"].values())


def test_extract_bench_without_a_corpus_uses_the_fixture_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fixtures = tmp_path / "repo" / "fixtures"
    fixtures.mkdir(parents=True)
    for name in ("a", "b", "c"):
        (fixtures / f"{name}.html").write_text(article_html(name), encoding="utf-8")
    (fixtures / "a.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(bench, "FIXTURES", fixtures)
    monkeypatch.setattr(bench, "REPO", fixtures.parent)
    monkeypatch.chdir(fixtures.parent)
    printed = _run(["--repeat", "1"], capsys)
    assert "3 pages (3 fixtures) x 1 repeat(s)" in printed


def test_extract_bench_over_the_project_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    fixtures = sorted(bench.FIXTURES.glob("*.html"))
    if not fixtures:
        pytest.skip("no fixtures/*.html in this checkout yet")
    printed = _run(["--fixtures", "--limit", "2", "--repeat", "1"], capsys)
    assert f"{min(2, len(fixtures))} pages ({min(2, len(fixtures))} fixtures)" in printed
    assert "harvester (all fields)" in printed and "lxml parse" in printed


def test_extract_bench_never_swaps_a_corpus_without_pages_for_the_fixtures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["extract", "--corpus", str(tmp_path / "absent")]) == 2
    assert f"bench extract: no corpus directory at {tmp_path / 'absent'}" in capsys.readouterr().err
    (tmp_path / "notes.txt").write_text("no pages here", encoding="utf-8")
    assert bench.main(["extract", "--corpus", str(tmp_path)]) == 2
    assert f"bench extract: no pages under {tmp_path}" in capsys.readouterr().err
    assert bench.main(["crawl", "--pages", "5", "--corpus", str(tmp_path)]) == 2
    assert f"bench crawl: no pages under {tmp_path}" in capsys.readouterr().err


def test_extract_bench_rejects_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["extract", "--repeat", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err
