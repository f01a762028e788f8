"""Evidence golden pages: hand-written pages in five languages and the evidence a reader finds on them.

Each ``fixtures/evidence/<case>.html`` has a ``<case>.json`` written by reading the page: the kind,
identifiers and place of every cited source, the identifiers printed in the text, the artifacts
(and, for the honest pages, none), and which comments are spam. Only those fields are compared
(with the comparison rules of ``test_golden``); ``_body_must_contain`` / ``_body_must_not_contain``
say what must stay in and be taken out of ``body_text``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import lxml.html
import pytest
from lxml import etree

from harvester import extract_article
from harvester.evidence.sources import SOURCE_KINDS
from harvester.models import ArticleRecord, Artifact, Identifier, IdentifierMention
from test_golden import collapse, compare

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "evidence"
CASES = sorted(p.stem for p in FIXTURES.glob("*.html") if p.with_suffix(".json").is_file())
FIELDS = ("sources", "identifiers", "artifacts", "comments")


@cache
def expected(case: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{case}.json").read_text(encoding="utf-8"))


@cache
def extracted(case: str) -> ArticleRecord:
    return extract_article((FIXTURES / f"{case}.html").read_bytes(), url=expected(case)["url"])


def test_cases_cover_languages_and_honest_pages() -> None:
    assert {"evidence-en", "evidence-de", "evidence-fr", "evidence-es", "evidence-ja", "honest-ai-en", "honest-ai-de"} <= set(CASES)


@pytest.mark.parametrize(("case", "field"), [(c, f) for c in CASES for f in FIELDS if f in expected(c)])
def test_evidence_golden(case: str, field: str) -> None:
    errors: list[str] = []
    compare(expected(case)[field], extracted(case).model_dump(mode="json")[field], field, errors)
    assert not errors, f"{case}:\n  " + "\n  ".join(errors)


@pytest.mark.parametrize("case", CASES)
def test_body_keeps_the_article_and_drops_the_instructions(case: str) -> None:
    body = collapse(extracted(case).body_text)
    assert body, f"{case}: empty body"
    missing = [text for text in expected(case).get("_body_must_contain", []) if collapse(text) not in body]
    leaked = [text for text in expected(case).get("_body_must_not_contain", []) if collapse(text) in body]
    assert not missing and not leaked, f"{case}: missing {missing}, still in the body {leaked}"


@pytest.mark.parametrize("case", CASES)
def test_expectation_is_consistent_with_its_page(case: str) -> None:
    """Typos in the hand-written expectations: every URL, comment id and artifact text is on the page."""
    want = expected(case)
    html = (FIXTURES / f"{case}.html").read_text(encoding="utf-8")
    tree = lxml.html.document_fromstring(html)
    etree.strip_elements(tree, "script", "style", with_tail=False)
    links = {urljoin(want["url"], ref) for ref in tree.xpath("//a/@href")}
    page_text = collapse(tree.text_content() + " " + " ".join(tree.xpath("//meta/@content")))
    assert not [s["url"] for s in want.get("sources", []) if s["url"] not in links]
    assert not {c["id"] for c in want.get("comments", [])} - set(tree.xpath("//@id"))
    for artifact in want.get("artifacts", []):
        assert collapse(artifact["text"]) in page_text, f"{case}: artifact text not on the page: {artifact['text']!r}"
    for mention in want.get("identifiers", []):
        assert collapse(mention["sentence"]) in page_text, f"{case}: sentence not on the page: {mention['sentence']!r}"
    for text in want.get("_body_must_contain", []) + want.get("_body_must_not_contain", []):
        assert collapse(text) in page_text, f"{case}: {text!r} is not on the page, so it tests nothing"
    for source in want.get("sources", []):
        assert source["kind"] in SOURCE_KINDS and source["place"] in ("main_text", "sources_box", "caption"), source
        [Identifier.model_validate(item) for item in source["identifiers"]]
    [IdentifierMention.model_validate(item) for item in want.get("identifiers", [])]
    [Artifact.model_validate(item) for item in want.get("artifacts", [])]
