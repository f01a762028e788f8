"""The hand-labelled field gold: its scoring rules on hand-sized inputs, the committed file, and
the evaluate command's section for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harvester.cli import main
from harvester.evaluation import (
    LinkCounts,
    ReadabilityCase,
    SegmentCase,
    agency_names,
    author_names,
    comment_counts,
    link_counts,
    link_scores,
    load_field_gold,
    optional_set_f1,
    page_name,
    url_key,
)
from tests.test_evaluation import _article, build_corpus

FIELD_GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "gold" / "fields.json"


def test_url_key_resolves_and_ignores_scheme_www_fragment_and_final_slash() -> None:
    base = "https://www.example.org/news/today.html"
    assert url_key("/news/older/", base) == "example.org/news/older"
    assert url_key("http://example.org/news/older#comments") == "example.org/news/older"
    assert url_key("older.html?id=3", base) == "example.org/news/older.html?id=3"
    assert url_key("javascript:void(0)", base) is None
    assert url_key("mailto:desk@example.org") is None
    assert url_key("", base) is None and url_key(None) is None


def test_link_counts_compare_distinct_urls_after_resolution() -> None:
    base = "https://www.example.org/a/page"
    counts = link_counts(
        ["/a/one", "https://example.org/a/one/", "/a/two", "/shop/cart", None],
        ["https://www.example.org/a/one", "https://www.example.org/a/two", "https://www.example.org/a/three"],
        base,
    )
    assert counts == LinkCounts(matched=2, predicted=3, gold=3)
    assert link_counts([], [], base) == LinkCounts(0, 0, 0)


def test_link_scores_weigh_every_link_alike_across_pages() -> None:
    scores = link_scores([LinkCounts(2, 3, 3), LinkCounts(0, 1, 0), LinkCounts(1, 1, 5)])
    assert scores.precision == pytest.approx(3 / 5)
    assert scores.recall == pytest.approx(3 / 8)
    assert link_scores([]).precision == 0.0


def test_agency_names_drop_the_generic_word_and_case() -> None:
    assert agency_names(["Agencia EFE", "dpa", "Agence France-Presse", "Reuters News Agency"]) == {
        "efe", "dpa", "afp", "reuters"
    }
    # Gold and record compared by canonical name: "Associated Press" and "(AP)" are one agency,
    # "Deutsche Presse-Agentur" is "dpa"; two agencies stay two.
    assert agency_names(["Associated Press"]) == agency_names(["(AP)"]) == {"ap"}
    assert agency_names(["Deutsche Presse-Agentur", "AP"]) == {"dpa", "ap"}
    assert agency_names(["", "  "]) == set()
    assert agency_names(None) == set()


def test_names_lose_their_form_of_address() -> None:
    assert author_names(["Dr. Sebastian Brüggemann"]) == {"sebastian brüggemann"}
    assert author_names("Von Prof. Dr. Anna Schmidt") == {"anna schmidt"}
    # An initial is not a form of address.
    assert author_names(["M. Night Shyamalan"]) == {"m night shyamalan"}


def test_optional_set_f1_scores_a_name_where_the_gold_has_none() -> None:
    assert optional_set_f1(set(), set()) is None
    assert optional_set_f1({"example news"}, set()) == 0.0
    assert optional_set_f1({"jane doe", "berlin"}, {"jane doe"}) == pytest.approx(2 / 3)


def test_page_names_match_the_gold_files_naming(tmp_path: Path) -> None:
    assert page_name(ReadabilityCase(name="aclu", source=tmp_path / "aclu" / "source.html")) == "readability/aclu"
    segment = SegmentCase(url="https://x.org/", source=tmp_path / "pages" / "x.org.news.html.gz")
    assert page_name(segment) == "trafilatura-eval/x.org.news.html"


def test_committed_gold_is_well_formed() -> None:
    gold = load_field_gold(FIELD_GOLD)
    assert len(gold) >= 40
    raw = json.loads(FIELD_GOLD.read_text(encoding="utf-8"))["pages"]
    assert len(raw) == len(gold), "a page is labelled twice"
    for item in raw:
        assert item["page"].split("/", 1)[0] in ("readability", "trafilatura-eval")
        assert item["headline"].strip() and item["url"].startswith("http")
        for link in item["related"] + item["sources"]:
            assert link["title" if "title" in link else "text"].strip()
            assert url_key(link["url"]) is not None, link
    # The gold covers what it is for: related blocks, source boxes, agencies, several languages.
    assert sum(bool(item["related"]) for item in raw) >= 25
    assert sum(bool(item["sources"]) for item in raw) >= 5
    assert sum(bool(item["agencies"]) for item in raw) >= 8


def test_load_field_gold_missing_file_is_empty(tmp_path: Path) -> None:
    assert load_field_gold(tmp_path / "nope.json") == {}


def _gold_file(path: Path) -> Path:
    pages = [
        {"page": "readability/case-a", "url": "https://example.org/walking", "headline": "Walking lowers blood pressure",
         "people": ["Jane Doe"], "agencies": ["dpa"],
         "related": [{"title": "Older", "url": "https://example.org/older"}],
         "sources": [{"text": "Study", "url": "https://journal.example.com/study"}]},
        {"page": "trafilatura-eval/one.html", "url": "https://example.org/one", "headline": "Walking",
         "people": [], "agencies": [], "related": [], "sources": []},
    ]
    path.write_text(json.dumps({"version": 1, "pages": pages}), encoding="utf-8")
    return path


def _relabel(gold: Path, page: int = 0, **labels: object) -> None:
    """Change some labels of one page of a gold file (None: not labelled)."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    data["pages"][page].update(labels)
    gold.write_text(json.dumps(data), encoding="utf-8")


def _report(corpus: Path, gold: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, Any], str]:
    """``harvester evaluate --only gold`` over the corpus with that gold: its JSON report and printout."""
    out = gold.with_suffix(".report.json")
    assert main(["evaluate", "--corpus", str(corpus), "--gold", str(gold), "--only", "gold", "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8")), capsys.readouterr().out


def _linked_article() -> str:
    """The labelled page with a cited study inside the article and two related posts after it."""
    return _article("Walking lowers blood pressure", "Jane Doe", None).replace(
        "</article>",
        '<p>Source: <a href="https://journal.example.com/study">the study</a></p></article>'
        '<section class="related-posts"><h2>Related posts</h2><ul>'
        '<li><a href="https://example.org/older">Older walking study</a></li>'
        '<li><a href="https://example.org/other">Sleep and the heart</a></li></ul></section>',
    )


def test_evaluate_scores_the_labelled_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    folder = corpus / "readability" / "case-a"
    html = _linked_article()
    (folder / "source.html").write_text(html, encoding="utf-8")
    gold = _gold_file(tmp_path / "fields.json")
    out = tmp_path / "report.json"
    code = main(["evaluate", "--corpus", str(corpus), "--gold", str(gold), "--only", "gold", "--json", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert "2 pages (1 readability, 1 trafilatura-eval)" in printed
    assert "hand-labelled fields (2 pages)" in printed and "related posts recall" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    metrics = report["gold"]["metrics"]
    assert metrics["gold_headline_exact_match"] == {"pages": 2, "harvester": 1.0, "trafilatura": 1.0}
    # Only case-a has people in the gold or the output; its agency is missed.
    assert metrics["gold_people_f1"]["pages"] == 1 and metrics["gold_people_f1"]["harvester"] == 1.0
    assert metrics["gold_agencies_f1"]["harvester"] == 0.0 and metrics["gold_agencies_f1"]["trafilatura"] is None
    assert metrics["gold_related_recall"]["harvester"] == 1.0
    assert metrics["gold_related_precision"]["harvester"] == pytest.approx(0.5)
    assert metrics["gold_related_recall"]["trafilatura"] is None
    assert metrics["gold_sources_any_recall"]["harvester"] == 1.0
    fields = {r["page"]: r["sides"]["harvester"]["fields"] for r in report["results"]}
    assert fields["case-a"]["related"] == [1, 2, 1]
    assert "case-b" not in fields  # --only gold: unlabelled pages are not scored


def test_labelled_pages_of_another_collection_are_scored_on_their_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Pages from elsewhere (tools/fetch_external_pages.py) beside the shared layout: a labelled
    # file below the corpus is scored on its fields; an unlabelled one and a labelled page that is
    # missing are not; asking for one of the shared collections leaves them out.
    corpus = build_corpus(tmp_path / "corpus")
    (corpus / "external" / "news").mkdir(parents=True)
    (corpus / "external" / "news" / "walk.html").write_text(_linked_article(), encoding="utf-8")
    (corpus / "external" / "news" / "unlabelled.html").write_text(_linked_article(), encoding="utf-8")
    gold = tmp_path / "external.json"
    pages = [
        {"page": "external/news/walk.html", "url": "https://example.org/walking",
         "headline": "Walking lowers blood pressure", "people": ["Jane Doe"], "agencies": [],
         "related": [{"title": "Older", "url": "https://example.org/older"}], "sources": [],
         "published": None, "comments": []},
        {"page": "external/news/gone.html", "url": "https://example.org/gone", "headline": "Gone",
         "people": [], "agencies": [], "related": [], "sources": []},
    ]
    gold.write_text(json.dumps({"version": 1, "pages": pages}), encoding="utf-8")
    report, printed = _report(corpus, gold, capsys)
    assert "1 pages (0 readability, 0 trafilatura-eval, 1 other labelled pages)" in printed
    assert [r["page"] for r in report["results"]] == ["external/news/walk.html"]
    fields = report["results"][0]["sides"]["harvester"]["fields"]
    assert fields["headline_match"] is True and fields["people_f1"] == 1.0
    # The gold's address is the page's: the related links resolve against it.
    assert fields["related"] == [1, 2, 1]
    out = tmp_path / "readability-only.json"
    assert main(["evaluate", "--corpus", str(corpus), "--gold", str(gold), "--only", "readability",
                 "--json", str(out)]) == 0
    capsys.readouterr()
    assert all(r["corpus"] == "readability" for r in json.loads(out.read_text(encoding="utf-8"))["results"])


def test_evaluate_only_gold_without_gold_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    assert main(["evaluate", "--corpus", str(corpus), "--gold", str(tmp_path / "none.json"), "--only", "gold"]) == 2
    assert "no field gold" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main(["evaluate", "--corpus", str(corpus), "--gold", str(tmp_path / "bad.json")]) == 2
    assert "cannot read the field gold" in capsys.readouterr().err


def test_people_not_labelled_are_not_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A related-posts holdout says "people": null, "agencies": null: its pages count neither as
    pages without an author (F1 0.000 for every name found) nor at all in those two lines;
    an empty list still means "labelled: nobody"."""
    corpus = build_corpus(tmp_path / "corpus")
    (corpus / "readability" / "case-a" / "source.html").write_text(
        _article("Walking lowers blood pressure", "Jane Doe", None), encoding="utf-8")
    gold = _gold_file(tmp_path / "fields.json")
    _relabel(gold, people=None, agencies=None)
    assert load_field_gold(gold)["readability/case-a"].people is None
    assert load_field_gold(gold)["trafilatura-eval/one.html"].people == ()
    report, _ = _report(corpus, gold, capsys)
    fields = {r["page"]: r["sides"]["harvester"]["fields"] for r in report["results"]}
    assert fields["case-a"]["people"] == ["jane doe"]
    assert fields["case-a"]["people_f1"] is None and fields["case-a"]["agencies_f1"] is None
    assert report["gold"]["metrics"]["gold_people_f1"]["pages"] == 0


def test_links_not_labelled_are_not_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A headline-and-authors holdout says "related": null, "sources": null (a related-posts one
    "headline": null): the related posts and sources found on its pages are no false positives,
    and the pages are left out of those lines."""
    corpus = build_corpus(tmp_path / "corpus")
    html = _linked_article()
    (corpus / "readability" / "case-a" / "source.html").write_text(html, encoding="utf-8")
    gold = _gold_file(tmp_path / "fields.json")
    _relabel(gold, related=None, sources=None, headline=None)
    assert load_field_gold(gold)["readability/case-a"].related is None
    assert load_field_gold(gold)["trafilatura-eval/one.html"].related == ()
    report, _ = _report(corpus, gold, capsys)
    fields = {r["page"]: r["sides"]["harvester"]["fields"] for r in report["results"]}
    assert fields["case-a"]["related"] is None and fields["case-a"]["sources_any"] is None
    metrics = report["gold"]["metrics"]
    # Only the labelled page (nothing related, nothing found) is left: no precision to score.
    assert metrics["gold_related_precision"] == {"pages": 0, "harvester": None, "trafilatura": None}
    assert metrics["gold_people_f1"]["pages"] == 1
    assert fields["case-a"]["headline_match"] is None and metrics["gold_headline_exact_match"]["pages"] == 1


def test_publication_day_is_scored_only_where_labelled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gold "published" day is scored as "published same day" for both sides; a page without it
    (null or missing, as in the older gold files) is not labelled and not scored, and a value that
    is no YYYY-MM-DD day is a labelling error."""
    corpus = build_corpus(tmp_path / "corpus")
    gold = _gold_file(tmp_path / "fields.json")
    # case-a declares 2024-03-05T08:00:00+01:00: the page's own day, not the UTC one (04 at 07:00).
    _relabel(gold, published="2024-03-05")
    _relabel(gold, 1, published=None)
    loaded = load_field_gold(gold)
    assert loaded["readability/case-a"].published.isoformat() == "2024-03-05"
    assert loaded["trafilatura-eval/one.html"].published is None
    report, printed = _report(corpus, gold, capsys)
    assert "published same day" in printed
    fields = {r["page"]: r["sides"]["harvester"]["fields"] for r in report["results"]}
    assert fields["case-a"]["published_same_day"] is True
    assert fields["https://example.org/one"]["published_same_day"] is None
    assert report["gold"]["metrics"]["gold_published_same_day"] == {"pages": 1, "harvester": 1.0, "trafilatura": 1.0}

    _relabel(gold, published="2024-03-04")
    assert _report(corpus, gold, capsys)[0]["gold"]["metrics"]["gold_published_same_day"]["harvester"] == 0.0

    _relabel(gold, published="5 March 2024")
    with pytest.raises(ValueError):
        load_field_gold(gold)


def test_comment_counts_match_each_labelled_opening_once() -> None:
    """A comment matches when its text starts with the labelled opening (whitespace and NFKC
    aside); two comments opening alike are two gold comments, and a third such is a false positive."""
    predicted = ["Thanks!  Great\npost about sleep.", "Thanks! Great post, again", "Thanks! Great post",
                 "Leave a Reply"]
    gold = ["Thanks! Great post", "Thanks! Great post", "I disagree with the second point"]
    assert comment_counts(predicted, gold) == LinkCounts(matched=2, predicted=4, gold=3)
    # The label is an opening: a prediction shorter than it (a truncated comment) does not match.
    assert comment_counts(["Thanks!"], ["Thanks! Great post"]) == LinkCounts(0, 1, 1)
    assert comment_counts([], []) == LinkCounts(0, 0, 0)


_COMMENTED = (
    '<section id="comments" class="comments-area"><h2>2 thoughts on this</h2><ol class="comment-list">'
    '<li id="comment-11" class="comment"><article class="comment-body"><footer class="comment-meta">'
    '<b class="fn">Ann Reader</b> <time datetime="2024-03-06T10:00:00+00:00">6 March 2024</time></footer>'
    '<div class="comment-content"><p>My blood pressure fell after a month of daily walks.</p></div>'
    "</article></li>"
    '<li id="comment-12" class="comment"><article class="comment-body"><footer class="comment-meta">'
    '<b class="fn">Bob Walker</b> <time datetime="2024-03-07T10:00:00+00:00">7 March 2024</time></footer>'
    '<div class="comment-content"><p>Did the study control for diet at all?</p></div>'
    "</article></li></ol></section>"
)


def test_a_soft_hyphen_copied_into_a_labelled_comment_is_no_difference() -> None:
    # The Huffington Post hides U+00AD in long words; a label copied from the markup keeps them.
    assert comment_counts(["An instrumental role, see bcs.worthpublishers.com"],
                          ["An instrument\u00adal role, see bcs.worth\u00adpublishers"]) == LinkCounts(1, 1, 1)
    assert comment_counts(["An instrumental role"], ["An instrument-al role"]) == LinkCounts(0, 1, 1)


def test_comments_scored_where_labelled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Labelled comments give precision and recall; "comments": null (or no key) is not scored,
    and "comments_complete": false (a long thread labelled in part) scores recall only."""
    corpus = build_corpus(tmp_path / "corpus")
    (corpus / "readability" / "case-a" / "source.html").write_text(
        _article("Walking lowers blood pressure", "Jane Doe", None).replace("</article>", "</article>" + _COMMENTED),
        encoding="utf-8")
    gold = _gold_file(tmp_path / "fields.json")
    _relabel(gold, comments=[{"author": "Ann Reader", "text_start": "My blood pressure fell after a month"}])
    assert load_field_gold(gold)["readability/case-a"].comments == ("My blood pressure fell after a month",)
    assert load_field_gold(gold)["trafilatura-eval/one.html"].comments is None

    def metrics() -> dict[str, dict[str, object]]:
        report, printed = _report(corpus, gold, capsys)
        assert "comments precision" in printed
        return report["gold"]["metrics"]

    scored = metrics()
    # One comment labelled, two found: the unlabelled second one is a false positive.
    assert scored["gold_comments_recall"] == {"pages": 1, "harvester": 1.0, "trafilatura": None}
    assert scored["gold_comments_precision"]["harvester"] == pytest.approx(0.5)
    _relabel(gold, comments_complete=False)
    scored = metrics()
    assert scored["gold_comments_recall"]["harvester"] == 1.0
    assert scored["gold_comments_precision"] == {"pages": 0, "harvester": None, "trafilatura": None}
    _relabel(gold, comments=None)
    assert metrics()["gold_comments_recall"] == {"pages": 0, "harvester": None, "trafilatura": None}
