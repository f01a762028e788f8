"""The labelled source links behind ``harvester evaluate --only sources``, and the measure itself."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from harvester.cli import main
from harvester.evidence.scoring import LabelledLink, load_labels, score_sources

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "fixtures" / "source-links" / "labels.tsv"


def test_labelled_set_is_large_and_covers_every_kind() -> None:
    links = load_labels(LABELS)
    assert len(links) >= 150
    assert len({link.url for link in links}) == len(links), "a link labelled twice"
    kinds = Counter(link.kind for link in links)
    assert all(kinds[kind] >= 4 for kind in kinds) and len(kinds) == 10, kinds


def test_links_from_written_pages_are_on_those_pages() -> None:
    for link in load_labels(LABELS):
        if link.origin.startswith("fixtures/"):
            tree = lxml.html.fromstring((REPO / link.origin).read_bytes())
            assert link.url in tree.xpath("//a/@href"), f"{link.url} is not linked from {link.origin}"


def test_scores_count_hits_and_misses() -> None:
    links = [
        LabelledLink("https://clinicaltrials.gov/study/NCT04368728", "trial_registry", "t"),
        LabelledLink("https://en.wikipedia.org/wiki/X", "reference", "t"),
        LabelledLink("https://github.com/x/y", "news", "t"),
    ]
    summary = score_sources(links)
    assert summary["accuracy"] == round(2 / 3, 3)
    assert summary["kinds"]["news"] == {"support": 1, "predicted": 0, "precision": None, "recall": 0.0}
    assert summary["kinds"]["other"] == {"support": 0, "predicted": 1, "precision": 0.0, "recall": None}


def test_unknown_kind_in_labels_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text("url\tkind\torigin\nhttps://x.example/\tblog\tt\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown kind 'blog'"):
        load_labels(path)


def test_evaluate_prints_precision_and_recall_per_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sources.json"
    assert main(["evaluate", "--only", "sources", "--labels", str(LABELS), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "precision" in printed and "trial_registry" in printed
    summary = json.loads(out.read_text(encoding="utf-8"))["sources"]
    assert summary["links"] == len(load_labels(LABELS))
    assert main(["evaluate", "--only", "sources", "--labels", str(tmp_path / "missing.tsv")]) == 2
