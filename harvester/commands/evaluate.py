"""``harvester evaluate``: harvester beside trafilatura alone, on the same pages in the same run.

Each page's bytes go to both sides unchanged (each decodes them its own way, as in production);
both outputs are scored by the same functions of :mod:`harvester.evaluation`. A side that raises
on a page scores that page as empty output and is counted.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path
from typing import Any

from harvester import quality_floor
from harvester.evaluation import (
    FieldGold,
    LabelledPage,
    LinkCounts,
    ReadabilityCase,
    SegmentCase,
    SegmentCounts,
    agency_names,
    author_names,
    calendar_day,
    comment_anchors,
    comment_counts,
    find_corpus,
    fragment_text,
    headline_matches,
    link_counts,
    link_scores,
    load_field_gold,
    load_labelled_pages,
    load_readability,
    load_trafilatura_eval,
    normalise_headline,
    optional_set_f1,
    page_name,
    read_page_bytes,
    same_day,
    segment_counts,
    segment_scores,
    set_f1,
    shingle_counts,
    shingle_scores,
)
from harvester.evidence.scoring import format_sources, load_labels, score_sources

SIDES = ("harvester", "trafilatura")
READABILITY = "readability"
TRAFILATURA_EVAL = "trafilatura-eval"
# Labelled pages of any other collection under the corpus directory (fields only, no body gold).
OTHER_PAGES = "other labelled pages"
GOLD = "gold"
# Hand-labelled fields of corpus pages (docs/labelling-guide.md), in a checkout, read from the
# working directory as the corpus is: the installed package names no checkout path.
FIELD_GOLD = Path("evaluation") / "gold" / "fields.json"
SOURCES = "sources"
LABELS = Path("fixtures") / "source-links" / "labels.tsv"

Case = ReadabilityCase | SegmentCase | LabelledPage


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "evaluate", help="score extraction quality on the gold corpora, beside trafilatura alone",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--corpus", type=Path, help="corpus directory (default: ../shared/corpus from the current directory)"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="at most N pages from each corpus")
    parser.add_argument(
        "--only", choices=(READABILITY, TRAFILATURA_EVAL, GOLD, SOURCES),
        help="score one corpus only, only the pages with hand-labelled fields, or only the source "
        "classification on the labelled links",
    )
    parser.add_argument(
        "--gold", type=Path, default=FIELD_GOLD, metavar="FILE",
        help="hand-labelled fields of corpus pages (default: evaluation/gold/fields.json in the current directory)",
    )
    parser.add_argument(
        "--labels", type=Path, metavar="TSV",
        help=f"labelled source links (default: {LABELS} from the current directory)",
    )
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the summary and per-page scores as JSON")
    floor = parser.add_argument_group("quality floor (see harvester.quality_floor)")
    floor.add_argument(
        "--baseline", type=Path, metavar="FILE",
        help="exit 1 when any of harvester's scores is more than --tolerance below its value in FILE "
             "for the same selection of pages (e.g. evaluation/baseline.json)",
    )
    floor.add_argument("--tolerance", type=float, default=quality_floor.TOLERANCE, metavar="T",
                       help=f"largest drop of a score that still passes (default: {quality_floor.TOLERANCE})")
    floor.add_argument("--save-baseline", type=Path, metavar="FILE",
                       help="record this run's scores in FILE for its selection of pages (others are kept)")
    parser.set_defaults(run=run)


@dataclass
class SideOutput:
    """What one extractor gave for one page, in the shape both sides share."""

    headline: str | None = None
    authors: set[str] = field(default_factory=set)
    # Credited agencies apart from people (None: the side does not tell them apart).
    agencies: set[str] | None = None
    published: str | None = None
    body: str = ""
    # Ids of the comments found, for the sides that find comments one by one (None: not a feature).
    comment_ids: set[str] | None = None
    # The comments' texts in page order, scored against labelled comments (None: not a feature).
    comment_texts: list[str] | None = None
    # Related posts' URLs; the sources' URLs, and those listed in an in-article sources box
    # (None: not a feature of the side).
    related_urls: list[str | None] | None = None
    source_urls: list[str] | None = None
    box_source_urls: list[str] | None = None
    error: str | None = None
    seconds: float = 0.0


def _harvester_side(data: bytes, url: str | None) -> SideOutput:
    # The extractors are imported when a page is scored: the CLI loads this module for every command.
    from harvester.core import extract_article

    record = extract_article(data, url)
    published = calendar_day(record.byline.published_at)
    # Records before the agency label carry people only; ``kind`` tells them apart when present.
    kinds = [(author.name, getattr(author, "kind", "person")) for author in record.byline.authors]
    return SideOutput(
        headline=record.headline,
        authors=author_names(name for name, kind in kinds if kind != "agency"),
        agencies=agency_names(name for name, kind in kinds if kind == "agency"),
        published=published.isoformat() if published else None,
        body=record.body_text,
        comment_ids={comment.id for comment in record.comments},
        comment_texts=[comment.text for comment in record.comments],
        related_urls=[post.url for post in record.related_posts],
        source_urls=[source.url for source in record.sources],
        box_source_urls=[source.url for source in record.sources if getattr(source, "listed_under", None)],
    )


def _trafilatura_side(data: bytes, url: str | None) -> SideOutput:
    import trafilatura

    document = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    body = (document.text or "") if document is not None else ""
    if document is None:
        # Too little text for trafilatura to keep a body; its metadata may still be there.
        document = trafilatura.extract_metadata(data, default_url=url)
    if document is None:
        return SideOutput()
    published = calendar_day(document.date)
    return SideOutput(
        headline=document.title,
        authors=author_names(document.author),
        published=published.isoformat() if published else None,
        body=body,
    )


_RUNNERS: dict[str, Callable[[bytes, str | None], SideOutput]] = {
    "harvester": _harvester_side,
    "trafilatura": _trafilatura_side,
}


def _run_sides(data: bytes | None, url: str | None, read_error: str | None) -> dict[str, SideOutput]:
    outputs: dict[str, SideOutput] = {}
    for side, runner in _RUNNERS.items():
        if data is None:
            outputs[side] = SideOutput(error=read_error)
            continue
        start = time.perf_counter()
        try:
            output = runner(data, url)
        except Exception as exc:  # noqa: BLE001 - a side raising is a scored outcome, not a crash
            output = SideOutput(error=f"{type(exc).__name__}: {exc}"[:300])
        output.seconds = time.perf_counter() - start
        outputs[side] = output
    return outputs


def _read(path: Path) -> tuple[bytes | None, str | None]:
    try:
        return read_page_bytes(path), None
    except (OSError, EOFError, ValueError) as exc:
        return None, f"cannot read: {exc}"


def score_case(case: Case) -> dict[str, Any]:
    """Run both sides on one page and score them; a plain dict so it crosses process borders."""
    data, read_error = _read(case.source)
    anchors = comment_anchors(data) if data is not None else set()
    if isinstance(case, LabelledPage):
        outputs = _run_sides(data, case.fields.url, read_error)
        return {
            "corpus": OTHER_PAGES,
            "page": case.name,
            "comment_anchors": len(anchors),
            "sides": {
                side: {**_side_common(out, anchors), "fields": _field_scores(out, case.fields)}
                for side, out in outputs.items()
            },
        }
    if isinstance(case, SegmentCase):
        outputs = _run_sides(data, case.url, read_error)
        return {
            "corpus": TRAFILATURA_EVAL,
            "page": case.url,
            "comment_anchors": len(anchors),
            "sides": {
                side: {
                    **_side_common(out, anchors),
                    "segments": list(astuple(segment_counts(out.body, case.with_, case.without))),
                    "fields": _field_scores(out, case.fields) if case.fields else None,
                }
                for side, out in outputs.items()
            },
        }
    # Readability's pages come without their address; a labelled page has one, and both sides
    # get it, as a crawl would give it, so that relative links (related posts) resolve.
    outputs = _run_sides(data, case.fields.url if case.fields else None, read_error)
    gold_authors = author_names(case.byline)
    gold_day = calendar_day(case.published)
    gold_body = fragment_text(case.expected_html.read_text(encoding="utf-8")) if case.expected_html else None
    sides: dict[str, Any] = {}
    for side, out in outputs.items():
        sides[side] = {
            **_side_common(out, anchors),
            "headline": out.headline,
            "authors": sorted(out.authors),
            "published": out.published,
            "headline_match": headline_matches(out.headline, case.title) if normalise_headline(case.title) else None,
            "authors_f1": set_f1(out.authors, gold_authors) if gold_authors else None,
            "same_day": same_day(out.published, case.published) if gold_day else None,
            "shingles": list(shingle_counts(out.body, gold_body)) if gold_body else None,
            "fields": _field_scores(out, case.fields) if case.fields else None,
        }
    return {
        "corpus": READABILITY,
        "page": case.name,
        "comment_anchors": len(anchors),
        "gold": {
            "headline": case.title,
            "authors": sorted(gold_authors),
            "published": gold_day.isoformat() if gold_day else None,
        },
        "sides": sides,
    }


def _field_scores(out: SideOutput, gold: FieldGold) -> dict[str, Any]:
    """One side's hand-labelled fields of a page: None where the side lacks the feature or
    neither the gold nor the side has anything to compare."""
    def links(urls: list[str | None] | list[str] | None, gold_urls: tuple[str, ...] | None) -> list[int] | None:
        # None where the side lacks the feature or the gold did not label these links.
        if urls is None or gold_urls is None:
            return None
        return list(astuple(link_counts(urls, gold_urls, gold.url)))

    return {
        "headline": out.headline,
        "headline_match": headline_matches(out.headline, gold.headline) if gold.headline is not None else None,
        "people": sorted(out.authors),
        # Not scored where the gold did not label them (a related-posts holdout).
        "people_f1": optional_set_f1(out.authors, author_names(gold.people)) if gold.people is not None else None,
        "published_same_day": same_day(out.published, gold.published) if gold.published is not None else None,
        "agencies_f1": (
            optional_set_f1(out.agencies, agency_names(gold.agencies))
            if out.agencies is not None and gold.agencies is not None else None
        ),
        "related": links(out.related_urls, gold.related),
        "sources_any": links(out.source_urls, gold.sources),
        "sources_box": links(out.box_source_urls, gold.sources),
        "comments": (
            list(astuple(comment_counts(out.comment_texts, gold.comments)))
            if out.comment_texts is not None and gold.comments is not None else None
        ),
        # A thread labelled in part scores recall on the labelled comments only, not precision.
        "comments_complete": gold.comments_complete,
    }


def _side_common(out: SideOutput, anchors: set[str]) -> dict[str, Any]:
    found = len(anchors & out.comment_ids) if out.comment_ids is not None else None
    return {"error": out.error, "seconds": round(out.seconds, 6), "body_chars": len(out.body),
            "comments_found": found}


def _quiet_libraries() -> None:
    # trafilatura and htmldate log a warning per discarded page; thousands of them bury the table.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _score_all(cases: list[Case], jobs: int) -> Iterator[dict[str, Any]]:
    if jobs <= 1 or len(cases) < 2:
        yield from map(score_case, cases)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_quiet_libraries) as pool:
        yield from pool.map(score_case, cases, chunksize=4)


# --- summary ---------------------------------------------------------------------------------

def _rate(values: Iterable[bool]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def _metric(results: list[dict[str, Any]], key: str, aggregate: Callable[[list[Any]], float]) -> dict[str, Any]:
    scored = [r for r in results if r["sides"][SIDES[0]][key] is not None]
    row: dict[str, Any] = {"pages": len(scored)}
    for side in SIDES:
        # No page to score is no score (n/a), not 0.000.
        row[side] = aggregate([r["sides"][side][key] for r in scored]) if scored else None
    return row


def _readability_summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    metrics: dict[str, Any] = {
        "headline_exact_match": _metric(results, "headline_match", _rate),
        "authors_f1": _metric(results, "authors_f1", _mean),
        "published_same_day": _metric(results, "same_day", _rate),
    }
    scored = [r for r in results if r["sides"][SIDES[0]]["shingles"] is not None]
    per_side = {side: shingle_scores([tuple(r["sides"][side]["shingles"]) for r in scored]) for side in SIDES}
    for name in ("precision", "recall", "f1"):
        metrics[f"body_{name}_shingles"] = {"pages": len(scored), **{s: getattr(per_side[s], name) for s in SIDES}}
    return {"pages": len(results), "metrics": metrics}


def _segments_summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    per_side = {
        side: segment_scores(SegmentCounts(*r["sides"][side]["segments"]) for r in results) for side in SIDES
    }
    metrics = {
        f"body_{name}_segments": {"pages": len(results), **{s: getattr(per_side[s], name) for s in SIDES}}
        for name in ("precision", "recall", "f1")
    }
    return {"pages": len(results), "metrics": metrics}


def _fields_summary(results: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The hand-labelled fields over the pages that have them, each side where it has the field."""
    labelled = [r for r in results if r["sides"][SIDES[0]].get("fields")]
    if not labelled:
        return None

    def per_side(key: str, aggregate: Callable[[list[Any]], float]) -> dict[str, Any]:
        row: dict[str, Any] = {}
        pages = 0
        for side in SIDES:
            values = [r["sides"][side]["fields"][key] for r in labelled]
            values = [v for v in values if v is not None]
            row[side] = aggregate(values) if values else None
            pages = max(pages, len(values))
        return {"pages": pages, **row}

    def links(key: str, name: str) -> dict[str, Any]:
        # A page no side has counts for is one whose gold did not label these links: not scored.
        scored = [r for r in labelled if any(r["sides"][side]["fields"][key] is not None for side in SIDES)]
        row: dict[str, Any] = {}
        for side in SIDES:
            counts = [r["sides"][side]["fields"][key] for r in scored]
            if not counts or any(c is None for c in counts):
                row[side] = None
                continue
            total = sum((LinkCounts(*c) for c in counts), LinkCounts())
            scores = link_scores([total])
            row[side] = getattr(scores, name) if (total.predicted if name == "precision" else total.gold) else None
        gold_pages = sum(1 for r in scored if r["sides"][SIDES[0]]["fields"][key] and r["sides"][SIDES[0]]["fields"][key][2])
        return {"pages": gold_pages, **row}

    def comments(name: str) -> dict[str, Any]:
        # Precision only where the whole thread was labelled: the rest of a long one is not a false positive.
        scored = [r for r in labelled if r["sides"][SIDES[0]]["fields"].get("comments") is not None
                  and (name == "recall" or r["sides"][SIDES[0]]["fields"]["comments_complete"])]
        row: dict[str, Any] = {}
        for side in SIDES:
            counts = [r["sides"][side]["fields"]["comments"] for r in scored]
            if not counts or any(c is None for c in counts):
                row[side] = None
                continue
            total = sum((LinkCounts(*c) for c in counts), LinkCounts())
            row[side] = getattr(link_scores([total]), name) if (total.predicted if name == "precision" else total.gold) else None
        return {"pages": len(scored), **row}

    metrics = {
        "gold_headline_exact_match": per_side("headline_match", _rate),
        "gold_people_f1": per_side("people_f1", _mean),
        "gold_agencies_f1": per_side("agencies_f1", _mean),
        "gold_published_same_day": per_side("published_same_day", _rate),
        "gold_related_precision": links("related", "precision"),
        "gold_related_recall": links("related", "recall"),
        "gold_sources_box_precision": links("sources_box", "precision"),
        "gold_sources_box_recall": links("sources_box", "recall"),
        "gold_sources_any_recall": links("sources_any", "recall"),
        "gold_comments_precision": comments("precision"),
        "gold_comments_recall": comments("recall"),
    }
    return {"pages": len(labelled), "metrics": metrics}


def _comments_summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Comments found at ``comment-<n>`` anchors over both corpora; None for a side without comments."""
    anchored = [r for r in results if r["comment_anchors"]]
    anchors = sum(r["comment_anchors"] for r in anchored)
    row: dict[str, Any] = {"pages": len(anchored), "anchors": anchors}
    for side in SIDES:
        found = [r["sides"][side]["comments_found"] for r in anchored]
        row[side] = sum(found) / anchors if anchors and None not in found else None
    return row


def summarise(results: list[dict[str, Any]], corpus: Path, jobs: int, wall: float) -> dict[str, Any]:
    by_corpus = {
        READABILITY: [r for r in results if r["corpus"] == READABILITY],
        TRAFILATURA_EVAL: [r for r in results if r["corpus"] == TRAFILATURA_EVAL],
    }
    # Other labelled pages are counted only where there are some: the shared corpus's reports keep their shape.
    others = sum(1 for r in results if r["corpus"] == OTHER_PAGES)
    summary: dict[str, Any] = {
        "corpus": str(corpus),
        "pages": {name: len(rs) for name, rs in by_corpus.items()}
        | ({OTHER_PAGES: others} if others else {}) | {"total": len(results)},
    }
    if by_corpus[READABILITY]:
        summary[READABILITY] = _readability_summary(by_corpus[READABILITY])
    if by_corpus[TRAFILATURA_EVAL]:
        summary[TRAFILATURA_EVAL] = _segments_summary(by_corpus[TRAFILATURA_EVAL])
    if (fields := _fields_summary(results)) is not None:
        summary[GOLD] = fields
    summary["comments"] = _comments_summary(results)
    summary["failures"] = {side: sum(1 for r in results if r["sides"][side]["error"]) for side in SIDES}
    summary["empty_body"] = {side: sum(1 for r in results if not r["sides"][side]["body_chars"]) for side in SIDES}
    summary["runtime"] = {
        "wall_seconds": round(wall, 3),
        "jobs": jobs,
        **{f"{side}_seconds": round(sum(r["sides"][side]["seconds"] for r in results), 3) for side in SIDES},
    }
    return summary


_LABELS = {
    "headline_exact_match": "headline exact match",
    "authors_f1": "authors F1",
    "published_same_day": "published same day",
    "body_precision_shingles": "body precision (shingles)",
    "body_recall_shingles": "body recall (shingles)",
    "body_f1_shingles": "body F1 (shingles)",
    "body_precision_segments": "body precision (segments)",
    "body_recall_segments": "body recall (segments)",
    "body_f1_segments": "body F1 (segments)",
    "gold_headline_exact_match": "printed headline exact",
    "gold_people_f1": "people F1",
    "gold_agencies_f1": "agencies F1",
    "gold_published_same_day": "published same day",
    "gold_related_precision": "related posts precision",
    "gold_related_recall": "related posts recall",
    "gold_sources_box_precision": "source box precision",
    "gold_sources_box_recall": "source box recall",
    "gold_sources_any_recall": "source box links in sources",
    "gold_comments_precision": "comments precision",
    "gold_comments_recall": "comments recall",
}


def _cells(row: dict[str, Any]) -> str:
    """Both sides' scores of a row, "n/a" for a side with none."""
    return "".join(f"{value:>{width}.3f}" if value is not None else f"{'n/a':>{width}}"
                   for value, width in ((row["harvester"], 12), (row["trafilatura"], 13)))


def format_table(summary: dict[str, Any]) -> str:
    pages = summary["pages"]
    lines = [
        f"harvester evaluate: {pages['total']} pages ({pages[READABILITY]} {READABILITY}, "
        f"{pages[TRAFILATURA_EVAL]} {TRAFILATURA_EVAL}"
        + (f", {pages[OTHER_PAGES]} {OTHER_PAGES}" if pages.get(OTHER_PAGES) else "")
        + f") from {summary['corpus']}",
        "",
        f"{'metric':<34}{'pages':>7}{'harvester':>12}{'trafilatura':>13}",
    ]
    for corpus in (READABILITY, TRAFILATURA_EVAL):
        if corpus not in summary:
            continue
        lines.append(f"{corpus} ({summary[corpus]['pages']} pages)")
        for key, row in summary[corpus]["metrics"].items():
            lines.append(f"  {_LABELS[key]:<32}{row['pages']:>7}{_cells(row)}")
    if GOLD in summary:
        lines.append(f"hand-labelled fields ({summary[GOLD]['pages']} pages)")
        for key, row in summary[GOLD]["metrics"].items():
            lines.append(f"  {_LABELS[key]:<32}{row['pages']:>7}{_cells(row)}")
    comments = summary["comments"]
    if comments["pages"]:
        cells = _cells(comments)
        lines.append(f"both corpora: {comments['anchors']} reader comments with comment-<n> anchors")
        lines.append(f"  {'comments found (recall)':<32}{comments['pages']:>7}{cells}")
    for key, label in (("failures", "failed (raised, scored empty)"), ("empty_body", "empty body")):
        row = summary[key]
        lines.append(f"{label:<34}{pages['total']:>7}{row['harvester']:>12}{row['trafilatura']:>13}")
    runtime = summary["runtime"]
    lines += [
        "",
        f"runtime: {runtime['wall_seconds']:.1f} s wall with {runtime['jobs']} job(s); time in extraction "
        f"summed over pages: harvester {runtime['harvester_seconds']:.1f} s, "
        f"trafilatura {runtime['trafilatura_seconds']:.1f} s",
    ]
    return "\n".join(lines)


def collect_cases(corpus: Path, only: str | None, limit: int | None, gold: dict[str, FieldGold] | None = None) -> list[Case]:
    """The pages to score, each with its hand-labelled fields when ``gold`` has them.

    ``only="gold"`` keeps just the labelled pages (``limit`` then counts them, not the corpus).
    Labelled pages outside the shared corpus's two collections (files below ``corpus`` that the
    gold names) are scored on their fields, unless one collection was asked for.
    """
    gold = gold or {}
    cases: list[Case] = []
    every = None if only == GOLD else limit
    if only in (None, READABILITY, GOLD):
        cases.extend(load_readability(corpus / READABILITY)[:every])
    if only in (None, TRAFILATURA_EVAL, GOLD):
        cases.extend(load_trafilatura_eval(corpus / TRAFILATURA_EVAL)[:every])
    cases = [replace(case, fields=gold.get(page_name(case))) for case in cases]
    if only in (None, GOLD):
        cases.extend(load_labelled_pages(corpus, gold, {page_name(case) for case in cases}))
    if only == GOLD:
        cases = [case for case in cases if case.fields is not None][:limit]
    return cases


def _labels_path(given: Path | None) -> Path | None:
    path = given if given is not None else Path.cwd() / LABELS
    return path if path.is_file() else None


def run_sources(args: argparse.Namespace) -> tuple[int, dict[str, Any] | None]:
    """Source classification against the labelled links: per kind precision and recall."""
    path = _labels_path(args.labels)
    if path is None:
        print(f"harvester evaluate: no labelled source links at {args.labels or LABELS}", file=sys.stderr)
        return 2, None
    try:
        links = load_labels(path)
    except (OSError, ValueError, KeyError) as exc:
        print(f"harvester evaluate: {exc}", file=sys.stderr)
        return 2, None
    summary = score_sources(links)
    by_origin = {
        "corpus": score_sources([link for link in links if link.origin.startswith("corpus/")]),
        "written pages": score_sources([link for link in links if not link.origin.startswith("corpus/")]),
    }
    print(format_sources(summary))
    print("  accuracy by origin: " + ", ".join(
        f"{name} {part['accuracy']} ({part['links']} links)" for name, part in by_origin.items() if part["links"]
    ))
    summary["accuracy_by_origin"] = {name: part["accuracy"] for name, part in by_origin.items()}
    return 0, summary


def run(args: argparse.Namespace) -> int:
    if args.only == SOURCES:
        status, summary = run_sources(args)
        if summary is not None and args.json:
            args.json.write_text(json.dumps({SOURCES: summary}, ensure_ascii=False, indent=1), encoding="utf-8")
        return status
    corpus = find_corpus(args.corpus, Path.cwd())
    if corpus is None:
        where = args.corpus or "../shared/corpus (from the current directory)"
        print(f"harvester evaluate: no corpus directory at {where}", file=sys.stderr)
        return 2
    if (args.limit is not None and args.limit < 1) or args.jobs < 1:
        print("harvester evaluate: --limit and --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        gold = load_field_gold(args.gold)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"harvester evaluate: cannot read the field gold {args.gold}: {exc}", file=sys.stderr)
        return 2
    if args.only == GOLD and not gold:
        print(f"harvester evaluate: no field gold at {args.gold}", file=sys.stderr)
        return 2
    cases = collect_cases(corpus, args.only, args.limit, gold)
    if not cases:
        print(f"harvester evaluate: no pages under {corpus}", file=sys.stderr)
        return 2
    _quiet_libraries()
    start = time.perf_counter()
    results = list(_score_all(cases, args.jobs))
    summary = summarise(results, corpus, args.jobs, time.perf_counter() - start)
    print(format_table(summary))
    if args.only is None:
        print()
        _status, sources = run_sources(args)
        if sources is not None:
            summary[SOURCES] = sources
    if args.json:
        args.json.write_text(json.dumps({**summary, "results": results}, ensure_ascii=False, indent=1), encoding="utf-8")
    return _quality_floor(args, summary)


def _quality_floor(args: argparse.Namespace, summary: dict[str, Any]) -> int:
    selection = quality_floor.Selection(limit=args.limit, only=args.only)
    status = 0
    if args.baseline is not None:
        try:
            comparison = quality_floor.check(args.baseline, selection, summary, args.tolerance)
        except quality_floor.BaselineError as exc:
            print(f"harvester evaluate: {exc}", file=sys.stderr)
            return 2
        lines = quality_floor.describe(comparison, args.baseline, args.tolerance)
        print("\n" + "\n".join(lines), file=sys.stderr if comparison.failed else sys.stdout)
        status = 1 if comparison.failed else 0
    if args.save_baseline is not None:
        try:
            quality_floor.save(args.save_baseline, selection, summary)
        except (quality_floor.BaselineError, OSError) as exc:
            print(f"harvester evaluate: cannot record the baseline: {exc}", file=sys.stderr)
            return 2
        print(f"scores for {selection.describe()} recorded in {args.save_baseline}")
    return status
