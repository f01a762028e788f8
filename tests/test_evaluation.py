"""The evaluation metrics on inputs small enough to score by hand, and the evaluate command end to end."""

from __future__ import annotations

import gzip
import shutil
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from harvester.cli import main
from harvester.evaluation import (
    SegmentCounts,
    author_names,
    calendar_day,
    comment_anchors,
    corpus_pages,
    find_corpus,
    fragment_text,
    headline_matches,
    load_readability,
    load_trafilatura_eval,
    normalise_headline,
    read_page_bytes,
    same_day,
    segment_counts,
    segment_scores,
    set_f1,
    shingle_counts,
    shingle_scores,
    shingles,
)

# --- headlines -------------------------------------------------------------------------------


def test_headline_normalisation_ignores_case_quotes_width_and_spacing() -> None:
    assert normalise_headline("  \u201cThe  Best\u201d\u00a0Day\n") == "the best day"
    assert normalise_headline("\ufb01rst \uff21ID") == "first aid"  # NFKC: ligature, full-width
    assert headline_matches("The \u2018Best\u2019 Day", 'the "best"   day')


def test_headline_mismatch_and_missing_gold() -> None:
    assert not headline_matches("The Best Day - Example News", "The Best Day")
    assert not headline_matches(None, "The Best Day")
    assert not headline_matches("Anything", None)
    assert not headline_matches("", "")


# --- authors ---------------------------------------------------------------------------------


def test_byline_string_splits_into_normalised_names() -> None:
    assert author_names("By Jane Doe, John Smith and Ann Lee") == {"jane doe", "john smith", "ann lee"}
    assert author_names("Written by Rob Ewaschuk\n   Edited by Betsy Beyer") == {"rob ewaschuk", "betsy beyer"}
    assert author_names("Par S\u00e9bastien Farcis") == {"s\u00e9bastien farcis"}


def test_byline_noise_is_dropped() -> None:
    # credentials, parentheses, dates and a bare "By" are not names
    assert author_names("By Brenda  Goodman, MA\n  March 11, 2015") == {"brenda goodman"}
    assert author_names("Bradley M. Kuhn (http://ebb.org/bkuhn/)") == {"bradley m kuhn"}
    assert author_names("Martin Untersinger (avec Damien Leloup et Morgane Tual)") == {"martin untersinger"}
    assert author_names("By\n\t\tScott Cunningham") == {"scott cunningham"}
    assert author_names("April 28, 2019 at 6:01 am") == set()
    assert author_names(None) == set()


def test_list_of_names_and_byline_normalise_alike() -> None:
    assert author_names(["JANE DOE", "John  Smith"]) == author_names("By Jane Doe & John Smith")
    assert author_names("Stella Kim; Jennifer Jett") == {"stella kim", "jennifer jett"}


def test_set_f1_by_hand() -> None:
    assert set_f1({"a", "b"}, {"a", "c", "d"}) == pytest.approx(2 * 1 / (2 + 3))
    assert set_f1({"a"}, {"a"}) == 1.0
    assert set_f1(set(), {"a"}) == 0.0
    assert set_f1({"a"}, set()) == 0.0


# --- dates -----------------------------------------------------------------------------------


def test_calendar_day_keeps_the_page_offset() -> None:
    assert calendar_day("2015-07-24T23:36:09-05:00") == date(2015, 7, 24)
    assert calendar_day("2017-11-03 03:01:00.000000") == date(2017, 11, 3)
    assert calendar_day(datetime(2015, 7, 24, 23, 0, tzinfo=timezone(timedelta(hours=-5)))) == date(2015, 7, 24)
    assert calendar_day("not a date") is None
    assert calendar_day("2015-02-30") is None


def test_same_day() -> None:
    published = datetime(2015, 7, 24, 1, 0, tzinfo=timezone.utc)
    assert same_day(published, "2015-07-24T05:36:09+01:00")
    assert same_day("2015-07-24", "2015-07-24T05:36:09+01:00")
    assert not same_day("2015-07-25", "2015-07-24T05:36:09+01:00")
    assert not same_day(None, "2015-07-24")
    assert not same_day("2015-07-24", None)


# --- body: shingles --------------------------------------------------------------------------


def test_shingles_by_hand() -> None:
    assert shingles("a b, c. d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b") == {("a", "b"): 1}
    assert shingles("") == {}
    assert shingles("x x x x x") == {("x", "x", "x", "x"): 2}


def test_shingle_counts_by_hand() -> None:
    # gold shingles abcd bcde cdef, predicted abcd bcde cdex: 2 shared, 1 extra, 1 missed, of 4
    assert shingle_counts("a b c d e x", "a b c d e f") == pytest.approx((0.5, 0.25, 0.25))
    assert shingle_counts("", "a b c d") == (0.0, 0.0, 1.0)
    assert shingle_counts("", "") == (0.0, 0.0, 0.0)


def test_shingle_scores_average_over_pages_by_hand() -> None:
    pages = [
        (0.5, 0.25, 0.25),  # precision 2/3, recall 2/3
        (0.0, 0.0, 1.0),  # empty output: no precision, recall 0
        (0.0, 1.0, 0.0),  # output, no gold: precision 0, no recall
        (1.0, 0.0, 0.0),  # perfect: 1 and 1
    ]
    scores = shingle_scores(pages)
    assert scores.precision == pytest.approx((2 / 3 + 0 + 1) / 3)
    assert scores.recall == pytest.approx((2 / 3 + 0 + 1) / 3)
    assert scores.f1 == pytest.approx(5 / 9)
    assert shingle_scores([]).f1 == 0.0


# --- body: segments --------------------------------------------------------------------------


def test_segment_counts_and_micro_average_by_hand() -> None:
    first = segment_counts("Alpha beta.\n\nGamma", ["Alpha beta", "delta"], ["Gamma", "menu"])
    assert first == SegmentCounts(kept_with=1, all_with=2, kept_without=1, all_without=2)
    second = SegmentCounts(kept_with=2, all_with=2, kept_without=0, all_without=3)
    scores = segment_scores([first, second])
    assert scores.precision == pytest.approx(3 / 4)
    assert scores.recall == pytest.approx(3 / 4)
    assert scores.f1 == pytest.approx(3 / 4)
    assert segment_counts(None, ["a"], ["b"]) == SegmentCounts(0, 1, 0, 1)
    assert segment_scores([]).f1 == 0.0


def test_segment_match_is_verbatim() -> None:
    assert segment_counts("alpha beta", ["Alpha beta"], []).kept_with == 0


# --- gold text and corpora -------------------------------------------------------------------


def test_fragment_text_separates_blocks_but_not_inline() -> None:
    text = fragment_text("<h2>Head</h2><p>one</p><p>two<b>three</b> four</p><ul><li>x</li><li>y</li></ul>")
    assert re.findall(r"\w+", text) == ["Head", "one", "twothree", "four", "x", "y"]
    assert fragment_text("   ") == ""


_PARAGRAPHS = [
    "Researchers at a university hospital followed two thousand adults for ten years and found that "
    "those who walked briskly every day had markedly lower blood pressure than those who did not.",
    "The team measured blood pressure at every visit and adjusted the figures for age, weight, smoking "
    "and medication, which made the difference smaller but did not remove it.",
    "Doctors not involved in the study said the result fits earlier work, while warning that people "
    "who walk more may differ in other ways the researchers could not measure.",
]


def _article(title: str, author: str | None, published: str | None) -> str:
    meta = f'<meta property="og:title" content="{title}">'
    if author:
        meta += f'<meta name="author" content="{author}">'
    if published:
        meta += f'<meta property="article:published_time" content="{published}">'
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        f"<html><head><title>{title} | Example Health</title>{meta}</head><body>"
        '<nav><a href="/">Home</a> <a href="/news">Newsroom menu</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright Example Health footer</footer></body></html>"
    )


def build_corpus(root: Path) -> Path:
    """Two readability cases and a two-page trafilatura-eval set, one of them not HTML at all."""
    cases = {
        "case-a": ("Walking lowers blood pressure", "Jane Doe", "2024-03-05T08:00:00+01:00",
                   {"byline": "By Jane Doe", "publishedTime": "2024-03-05T08:00:00+01:00"}),
        "case-b": ("Sleep and memory", None, None, {"byline": None, "publishedTime": None}),
    }
    for name, (title, author, published, gold) in cases.items():
        folder = root / "readability" / name
        folder.mkdir(parents=True)
        (folder / "source.html").write_text(_article(title, author, published), encoding="utf-8")
        (folder / "expected.html").write_text("".join(f"<p>{p}</p>" for p in _PARAGRAPHS), encoding="utf-8")
        (folder / "expected-metadata.json").write_text(json.dumps({"title": title, **gold}), encoding="utf-8")
    pages = root / "trafilatura-eval" / "pages"
    pages.mkdir(parents=True)
    (pages / "one.html.gz").write_bytes(gzip.compress(_article("Walking", None, None).encode("utf-8")))
    (pages / "two.html.gz").write_bytes(gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8))
    evaldata = {
        "https://example.org/one": {
            "file": "one.html",
            "with": ["walked briskly every day", "could not measure"],
            "without": ["Newsroom menu", "Example Health footer"],
        },
        "https://example.org/two": {"file": "two.html", "with": ["anything"], "without": ["nothing"]},
        "https://example.org/missing": {"file": "missing.html", "with": ["x"], "without": []},
    }
    (root / "trafilatura-eval" / "evaldata.json").write_text(json.dumps(evaldata), encoding="utf-8")
    return root


_COMMENTS = """<div id="comments" class="comments-area"><h2>2 Comments</h2><ol class="comment-list">
<li id="li-comment-7" class="comment"><div id="div-comment-7"><cite class="fn">Ana</cite>
<time datetime="2024-03-06T10:00:00Z">6 March 2024</time><p>Does this hold for older adults too?</p></div></li>
<li id="comment-8" class="comment"><cite class="fn">Ben</cite><time datetime="2024-03-07T10:00:00Z">7 March</time>
<p>My doctor said the same thing last year.</p></li></ol></div>"""


def test_comment_anchors_name_each_reader_comment_once() -> None:
    page = _article("Walking", None, None).replace("</article>", "</article>" + _COMMENTS).encode()
    assert comment_anchors(page) == {"comment-7", "comment-8"}
    assert comment_anchors(b"<p id='comment-form'>no comments</p>") == set()
    assert comment_anchors(b"") == set()


def test_evaluate_scores_comments_found_at_their_anchors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus" / "readability" / "with-comments"
    folder.mkdir(parents=True)
    html = _article("Walking", None, None).replace("</article>", "</article>" + _COMMENTS)
    (folder / "source.html").write_text(html, encoding="utf-8")
    (folder / "expected-metadata.json").write_text(json.dumps({"title": "Walking"}), encoding="utf-8")
    out = tmp_path / "report.json"
    code, printed = _evaluate(["--corpus", str(tmp_path / "corpus"), "--json", str(out)], capsys)
    assert code == 0 and "comments found (recall)" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["comments"] == {"pages": 1, "anchors": 2, "harvester": 1.0, "trafilatura": None}


def test_loaders_read_gold_and_skip_missing_pages(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path)
    readability = load_readability(corpus / "readability")
    assert [c.name for c in readability] == ["case-a", "case-b"]
    assert readability[0].title == "Walking lowers blood pressure"
    assert readability[0].byline == "By Jane Doe"
    assert readability[1].byline is None and readability[1].published is None
    segments = load_trafilatura_eval(corpus / "trafilatura-eval")
    assert [c.url for c in segments] == ["https://example.org/one", "https://example.org/two"]
    assert segments[0].with_ == ("walked briskly every day", "could not measure")
    assert read_page_bytes(segments[0].source).startswith(b"<html>")
    assert load_readability(tmp_path / "absent") == []
    assert load_trafilatura_eval(tmp_path / "absent") == []


def test_corpus_pages_read_the_shared_layout_or_any_directory_of_html_files(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "shared")
    pages = corpus_pages(corpus)
    # gold files (expected.html) are not pages; a listed page that is missing is skipped
    assert {name: [page.source.relative_to(corpus).as_posix() for page in found] for name, found in pages.items()} == {
        "readability": ["readability/case-a/source.html", "readability/case-b/source.html"],
        "trafilatura-eval": ["trafilatura-eval/pages/one.html.gz", "trafilatura-eval/pages/two.html.gz"],
    }
    assert [page.url for page in pages["trafilatura-eval"]] == ["https://example.org/one", "https://example.org/two"]
    assert pages["readability"][0].url is None
    assert {name: len(found) for name, found in corpus_pages(corpus, 1).items()} == {"readability": 1, "trafilatura-eval": 1}
    # one collection given on its own is read by its own index too
    assert list(corpus_pages(corpus / "readability")) == ["readability"]
    assert len(corpus_pages(corpus / "trafilatura-eval")["trafilatura-eval"]) == 2

    unseen = tmp_path / "unseen-pages"
    for name, data in {
        "b/news.HTM": b"<p>b</p>", "a.html": b"<p>a</p>", "c/d/e.xhtml.gz": gzip.compress(b"<p>e</p>"),
        "notes.txt": b"not a page", "image.png": b"\x89PNG", ".cache/old.html": b"<p>hidden</p>",
    }.items():
        (unseen / name).parent.mkdir(parents=True, exist_ok=True)
        (unseen / name).write_bytes(data)
    (unseen / "folder.html").mkdir()
    found = corpus_pages(unseen)
    assert list(found) == ["unseen-pages"]
    assert [page.source.relative_to(unseen).as_posix() for page in found["unseen-pages"]] == [
        "a.html", "b/news.HTM", "c/d/e.xhtml.gz"
    ]
    assert [read_page_bytes(page.source) for page in found["unseen-pages"]] == [b"<p>a</p>", b"<p>b</p>", b"<p>e</p>"]
    assert len(corpus_pages(unseen, 2)["unseen-pages"]) == 2
    assert corpus_pages(tmp_path / "absent") == {}
    (tmp_path / "empty").mkdir()
    assert corpus_pages(tmp_path / "empty") == {}


def test_find_corpus_prefers_explicit_then_each_base_in_order(tmp_path: Path) -> None:
    corpus = tmp_path / "shared" / "corpus"
    corpus.mkdir(parents=True)
    cwd = tmp_path / "checkout"
    cwd.mkdir()
    elsewhere = tmp_path / "x" / "y"
    elsewhere.mkdir(parents=True)
    assert find_corpus(None, cwd, elsewhere) == corpus.resolve()
    assert find_corpus(None, elsewhere, cwd) == corpus.resolve()
    assert find_corpus(None, elsewhere, elsewhere) is None
    assert find_corpus(tmp_path / "nope", cwd, cwd) is None
    assert find_corpus(corpus, elsewhere, elsewhere) == corpus


# --- the command -----------------------------------------------------------------------------


def _evaluate(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["evaluate", *args])
    return code, capsys.readouterr().out


def test_evaluate_command_prints_table_and_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    out = tmp_path / "report.json"
    code, printed = _evaluate(["--corpus", str(corpus), "--json", str(out)], capsys)
    assert code == 0
    for row in ("headline exact match", "authors F1", "published same day", "body F1 (shingles)",
                "body precision (segments)", "body recall (segments)", "body F1 (segments)",
                "failed (raised, scored empty)", "empty body", "runtime:"):
        assert row in printed
    assert "4 pages (2 readability, 2 trafilatura-eval)" in printed

    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["pages"] == {"readability": 2, "trafilatura-eval": 2, "total": 4}
    metrics = report["readability"]["metrics"]
    assert metrics["headline_exact_match"]["pages"] == 2
    assert metrics["authors_f1"]["pages"] == 1  # case-b has no byline gold
    assert metrics["published_same_day"]["pages"] == 1
    assert metrics["body_f1_shingles"]["pages"] == 2
    assert report["trafilatura-eval"]["metrics"]["body_f1_segments"]["pages"] == 2
    for section in ("readability", "trafilatura-eval"):
        for row in report[section]["metrics"].values():
            assert 0.0 <= row["harvester"] <= 1.0 and 0.0 <= row["trafilatura"] <= 1.0
    # The PNG page: harvester refuses it (NotHTMLError, counted), trafilatura returns nothing.
    assert report["failures"] == {"harvester": 1, "trafilatura": 0}
    assert report["empty_body"]["trafilatura"] >= 1 and report["empty_body"]["harvester"] >= 1

    results = {r["page"]: r for r in report["results"]}
    assert results["case-a"]["gold"] == {
        "headline": "Walking lowers blood pressure", "authors": ["jane doe"], "published": "2024-03-05"
    }
    # trafilatura alone gets this easy page right: the instrument must see that.
    trafilatura_a = results["case-a"]["sides"]["trafilatura"]
    assert trafilatura_a["headline_match"] is True
    assert trafilatura_a["authors_f1"] == 1.0
    assert trafilatura_a["same_day"] is True
    assert trafilatura_a["shingles"][0] > 0.8
    assert results["https://example.org/one"]["sides"]["trafilatura"]["segments"] == [2, 2, 0, 2]
    assert results["https://example.org/two"]["sides"]["harvester"]["error"].startswith("NotHTMLError")
    assert results["https://example.org/two"]["sides"]["trafilatura"]["segments"] == [0, 1, 0, 1]
    assert report["trafilatura-eval"]["metrics"]["body_recall_segments"]["trafilatura"] == pytest.approx(2 / 3)


def test_evaluate_jobs_and_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    serial, parallel = tmp_path / "serial.json", tmp_path / "parallel.json"
    assert _evaluate(["--corpus", str(corpus), "--json", str(serial)], capsys)[0] == 0
    assert _evaluate(["--corpus", str(corpus), "--jobs", "2", "--json", str(parallel)], capsys)[0] == 0
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (serial, parallel))
    for section in ("readability", "trafilatura-eval", "failures", "empty_body"):
        assert one[section] == two[section]
    assert [r["page"] for r in one["results"]] == [r["page"] for r in two["results"]]

    code, printed = _evaluate(["--corpus", str(corpus), "--only", "trafilatura-eval", "--limit", "1"], capsys)
    assert code == 0
    assert "1 pages (0 readability, 1 trafilatura-eval)" in printed
    assert "headline exact match" not in printed


def test_evaluate_without_corpus_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--corpus", str(tmp_path / "nope")]) == 2
    assert "no corpus" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["evaluate", "--corpus", str(tmp_path / "empty")]) == 2
    assert "no pages" in capsys.readouterr().err


def test_a_measure_no_page_can_score_shows_na_not_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Readability case without a publication time leaves "published same day" unscored: n/a,
    where it printed 0.000 as if every side had got every day wrong."""
    corpus = build_corpus(tmp_path / "corpus")
    shutil.rmtree(corpus / "readability" / "case-a")
    out = tmp_path / "report.json"
    code, printed = _evaluate(["--corpus", str(corpus), "--only", "readability", "--json", str(out)], capsys)
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["readability"]["metrics"]["published_same_day"] == {"pages": 0, "harvester": None, "trafilatura": None}
    row = next(line for line in printed.splitlines() if "published same day" in line)
    assert "n/a" in row and "0.000" not in row
