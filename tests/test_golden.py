"""Golden pages: hand-written expected records in fixtures/ are the definition of a correct extraction.

Each ``fixtures/<case>.html`` has a sibling ``<case>.json`` written by reading the page, never by
running the extractor. Fields are compared one test per case and field so a failure names exactly
what regressed. Comparison rules: strings after whitespace collapsing; ``*_at`` fields as dates
(a day must be that day, given as a day; a date-time must be the same instant at the same offset); lists
element by element; objects only on the keys the expectation lists; ``body_text`` against
``render_body_text`` of the expected sections. Keys starting with ``_`` are test metadata.
"""

from __future__ import annotations

import difflib
import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import lxml.html
import pytest
from lxml import etree

from harvester import extract_article
from harvester.identity import record_id
from harvester.models import ArticleRecord, Section
from harvester.text import render_body_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = sorted(p.stem for p in FIXTURES.glob("*.html") if p.with_suffix(".json").is_file())
# Fields a record derives or stamps itself; an expectation naming them would be a fixture bug.
NOT_EXPECTED = {"id", "extraction", "crawl", "schema_version", "body_text"}
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WS = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")
MAX_MESSAGES = 25


def collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


@cache
def expected(case: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{case}.json").read_text(encoding="utf-8"))


@cache
def page_bytes(case: str) -> bytes:
    return (FIXTURES / f"{case}.html").read_bytes()


@cache
def extracted(case: str) -> ArticleRecord:
    return extract_article(page_bytes(case), url=expected(case)["url"])


def expected_sections(case: str) -> list[Section]:
    return [Section.model_validate(section) for section in expected(case)["sections"]]


def field_params() -> list[Any]:
    params = []
    for case in CASES:
        fields = [key for key in expected(case) if not key.startswith("_")]
        if "sections" in fields:
            fields.append("body_text")
        params.extend(pytest.param(case, name, id=f"{case}-{name}") for name in fields)
    return params


def _brief(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 300 else text[:297] + "..."


def _compare_datetime(want: str, got: Any, path: str, errors: list[str]) -> None:
    if not isinstance(got, str):
        errors.append(f"{path}: expected {want!r}, got {got!r}")
        return
    if _DATE_ONLY.fullmatch(want) or _DATE_ONLY.fullmatch(got):
        ok = got == want
    else:
        # A date-time states its offset (schema v2): the same instant at the page's offset.
        actual, wanted = datetime.fromisoformat(got), datetime.fromisoformat(want)
        ok = actual.tzinfo is not None and actual == wanted and actual.utcoffset() == wanted.utcoffset()
    if not ok:
        errors.append(f"{path}: expected {want!r}, got {got!r}")


def compare(want: Any, got: Any, path: str, errors: list[str]) -> None:
    """Collect every difference between an expectation and the dumped record, with its path."""
    if isinstance(want, dict):
        if not isinstance(got, dict):
            errors.append(f"{path}: expected an object {_brief(want)}, got {_brief(got)}")
            return
        for key, value in want.items():
            if key.startswith("_"):
                continue
            if key not in got:
                errors.append(f"{path}.{key}: missing from the record")
                continue
            compare(value, got[key], f"{path}.{key}", errors)
    elif isinstance(want, list):
        if not isinstance(got, list):
            errors.append(f"{path}: expected a list {_brief(want)}, got {_brief(got)}")
            return
        for index, (item, actual) in enumerate(zip(want, got)):
            compare(item, actual, f"{path}[{index}]", errors)
        if len(got) < len(want):
            missing = want[len(got):]
            errors.append(f"{path}: {len(missing)} missing from [{len(got)}] on: {_brief(missing)}")
        elif len(got) > len(want):
            extra = got[len(want):]
            errors.append(f"{path}: {len(extra)} unexpected from [{len(want)}] on: {_brief(extra)}")
    elif isinstance(want, str) and path.endswith("_at"):
        _compare_datetime(want, got, path, errors)
    elif isinstance(want, str):
        if not isinstance(got, str) or collapse(got) != collapse(want):
            errors.append(f"{path}: expected {want!r}, got {got!r}")
    elif want != got or isinstance(want, bool) != isinstance(got, bool):
        errors.append(f"{path}: expected {want!r}, got {got!r}")


def _report(case: str, errors: list[str]) -> str:
    shown = errors[:MAX_MESSAGES]
    more = f"\n  ... and {len(errors) - MAX_MESSAGES} more" if len(errors) > MAX_MESSAGES else ""
    return f"{case}: {len(errors)} difference(s)\n  " + "\n  ".join(shown) + more


def paragraphs(text: str) -> list[str]:
    """Body text as blank-line separated chunks, each line whitespace-collapsed."""
    chunks = _BLANK_LINES.split(text.replace("\r\n", "\n").strip())
    result = []
    for chunk in chunks:
        lines = [collapse(line) for line in chunk.split("\n") if line.strip()]
        if lines:
            result.append("\n".join(lines))
    return result


def _compare_body(case: str, record: ArticleRecord) -> None:
    want = paragraphs(render_body_text(expected_sections(case)))
    got = paragraphs(record.body_text)
    if want == got:
        return
    first = next((i for i, (w, g) in enumerate(zip(want, got)) if w != g), min(len(want), len(got)))
    diff = list(difflib.unified_diff(
        "\n\n".join(want).split("\n"), "\n\n".join(got).split("\n"), "expected", "extracted", n=1, lineterm=""
    ))
    pytest.fail(
        f"{case}: body_text differs from the first at paragraph {first} "
        f"({len(want)} expected, {len(got)} extracted)\n" + "\n".join(diff[:60])
    )


def test_golden_cases_present() -> None:
    assert len(CASES) >= 6, f"expected at least six golden fixtures in {FIXTURES}, found {CASES}"


@pytest.mark.parametrize(("case", "field"), field_params())
def test_golden(case: str, field: str) -> None:
    record = extracted(case)
    if field == "body_text":
        _compare_body(case, record)
        return
    errors: list[str] = []
    compare(expected(case)[field], record.model_dump(mode="json")[field], field, errors)
    assert not errors, _report(case, errors)


@pytest.mark.parametrize("case", CASES)
def test_golden_record_validates(case: str) -> None:
    record = extracted(case)
    ArticleRecord.model_validate(record.model_dump(mode="json"))
    dropped = [w for w in record.extraction.warnings if "failed validation" in w]
    assert not dropped, f"{case}: fields dropped for failing validation: {dropped}"


@pytest.mark.parametrize("case", CASES)
def test_golden_no_leaks(case: str) -> None:
    record = extracted(case)
    assert record.body_text.strip(), f"{case}: body_text is empty, so the leak check would prove nothing"
    haystacks = {
        "body_text": collapse(record.body_text).casefold(),
        "sections": collapse(render_body_text(record.sections)).casefold(),
    }
    leaks = [
        f"{where} holds {needle!r}"
        for needle in expected(case)["_must_not_leak"]
        for where, text in haystacks.items()
        if collapse(needle).casefold() in text
    ]
    assert not leaks, f"{case}: boilerplate leaked into the body:\n  " + "\n  ".join(leaks)


@pytest.mark.parametrize("case", CASES)
def test_golden_record_id(case: str) -> None:
    want = expected(case)
    first = extracted(case)
    again = extract_article(page_bytes(case), url=want["url"])
    assert first.id == again.id, f"{case}: id changed between two extractions of the same page"
    assert first.id == record_id(want["canonical_url"], want["url"], ""), (
        f"{case}: id is not derived from the canonical URL {want['canonical_url'] or want['url']!r}"
    )
    if want["canonical_url"]:
        mirrored = extract_article(page_bytes(case), url="https://mirror.example/copied/article.html")
        assert mirrored.id == first.id, f"{case}: id follows the fetch URL instead of the declared canonical"


def _texts_on_page(want: dict[str, Any]) -> list[str]:
    """Every text the expectation claims the page shows."""
    texts = [want["headline"], *(c["name"] for c in want["breadcrumbs"])]
    texts += [a["name"] for a in want["byline"]["authors"]]
    for section in want["sections"]:
        texts += [section["heading"]] if section["heading"] else []
        for block in section["blocks"]:
            cells = [cell for row in block.get("rows", []) for cell in row]
            texts += block.get("items") or cells or [block["text"]]
    texts += [c["text"] for c in want["caveats"]] + [s["text"] for s in want["sources"]] + want["tags"]
    texts += [p["title"] for p in want["related_posts"]]
    texts += [p["excerpt"] for p in want["related_posts"] if p["excerpt"]]
    texts += [t for c in want["comments"] for t in (c["author"], *c["text"].split("\n\n"))]
    return texts


def _urls_on_page(want: dict[str, Any]) -> list[str]:
    urls = [s["url"] for s in want["sources"]] + [i["url"] for i in want["images"]]
    return urls + [p["url"] for p in want["related_posts"]] + [c["url"] for c in want["breadcrumbs"] if c["url"]]


@pytest.mark.parametrize("case", CASES)
def test_golden_fixture_is_consistent(case: str) -> None:
    """The hand-written expectation must describe this page: catches typos in the fixtures."""
    want = expected(case)
    assert not NOT_EXPECTED & want.keys(), f"{case}: expectation names derived fields {NOT_EXPECTED & want.keys()}"
    assert want.get("_must_not_leak"), f"{case}: no _must_not_leak strings"
    fields = {k: v for k, v in want.items() if not k.startswith("_")}
    ArticleRecord.model_validate({**fields, "id": "fixture", "extraction": {"extractor_version": "fixture"}})

    tree = lxml.html.document_fromstring(page_bytes(case).decode("utf-8"))
    etree.strip_elements(tree, "script", "style", with_tail=False)
    page_text = collapse(tree.body.text_content())
    # The same text with a space at every element boundary: side-by-side links ("Nature" "Keio
    # University") read apart on the page, and the expectation writes them apart.
    spaced_text = collapse(" ".join(tree.body.itertext()))
    links = {urljoin(want["url"], ref) for ref in tree.xpath("//@href | //@src | //@data-src")}

    missing = [t for t in _texts_on_page(want) if collapse(t) not in page_text and collapse(t) not in spaced_text]
    assert not missing, f"{case}: expected text not on the page: {missing}"
    unlinked = [u for u in _urls_on_page(want) if u not in links]
    assert not unlinked, f"{case}: URLs not linked from the page: {unlinked}"

    comment_ids = [c["id"] for c in want["comments"]]
    assert len(set(comment_ids)) == len(comment_ids), f"{case}: duplicate comment ids"
    absent = set(comment_ids) - set(tree.xpath("//@id"))
    assert not absent, f"{case}: comment ids not on the page: {absent}"
    for index, comment in enumerate(want["comments"]):
        parents = (None, *comment_ids[:index])
        assert comment["reply_to"] in parents, f"{case}: comments[{index}] replies to an unknown or later id"

    body = collapse(render_body_text(expected_sections(case))).casefold()
    stale = [s for s in want["_must_not_leak"] if collapse(s) not in page_text]
    assert not stale, f"{case}: leak strings not on the page, so they test nothing: {stale}"
    wrong = [s for s in want["_must_not_leak"] if collapse(s).casefold() in body]
    assert not wrong, f"{case}: leak strings that are part of the expected body: {wrong}"
