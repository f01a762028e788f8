"""Benchmarks, run as ``python -m harvester.bench <benchmark> ...``: one subcommand each.

Machines here are shared and noisy, so every comparison runs all its sides in the same process,
interleaved page by page with the order rotating, and is reported as ratios as well as rates.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura

import harvester
import harvester.core
import harvester.page
from harvester.evaluation import find_corpus, load_readability, load_trafilatura_eval, read_page_bytes

REPO = Path(harvester.__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
EXTRACT_SIDES = ("harvester", "trafilatura", "lxml")
_SIDE_LABELS = {"harvester": "harvester (all fields)", "trafilatura": "trafilatura.extract", "lxml": "lxml parse"}
# Budget from the issue: all-fields extraction at least this fraction of trafilatura's pages/s.
SPEED_TARGET = 0.80


@dataclass(frozen=True)
class BenchPage:
    name: str
    data: bytes
    url: str | None = None


def load_pages(corpus: Path | None, limit: int | None) -> tuple[list[BenchPage], dict[str, int]]:
    """Corpus pages (each corpus capped at ``limit``) when there are any, else ``fixtures/*.html``."""
    pages: list[BenchPage] = []
    sources: dict[str, int] = {}
    if corpus is not None:
        readability = [
            BenchPage(case.name, read_page_bytes(case.source)) for case in load_readability(corpus / "readability")[:limit]
        ]
        segments = [
            BenchPage(case.url, read_page_bytes(case.source), case.url)
            for case in load_trafilatura_eval(corpus / "trafilatura-eval")[:limit]
        ]
        sources = {name: len(found) for name, found in (("readability", readability), ("trafilatura-eval", segments)) if found}
        pages = readability + segments
    if not pages:
        fixtures = [BenchPage(path.name, path.read_bytes()) for path in sorted(FIXTURES.glob("*.html"))[:limit]]
        sources = {"fixtures": len(fixtures)} if fixtures else {}
        pages = fixtures
    return pages, sources


class PartTimer:
    """Self time of each part of ``extract_article``, measured by wrappers patched in on demand.

    Parts are the extractor functions ``harvester.core`` calls, decoding, parsing, and the lazy
    shared lookups of ``Page`` (meta tags, JSON-LD, microdata), which would otherwise be charged to
    whichever extractor reads them first. Time a part spends inside another timed part counts
    only once, for the inner one.
    """

    def __init__(self) -> None:
        self._targets = self._find_targets()
        # Every part gets a row, even one never called: a stable table is easier to compare.
        self.seconds: dict[str, float] = {label: 0.0 for _, _, label in self._targets}
        self._children: list[float] = []
        self._wrapped = {(owner, attr): self._wrap(label, getattr(owner, attr)) for owner, attr, label in self._targets}

    @staticmethod
    def _find_targets() -> list[tuple[Any, str, str]]:
        targets: list[tuple[Any, str, str]] = [
            (harvester.core, "decode_html", "decode"),
            (harvester.page, "parse_html", "parse"),
        ]
        for name, obj in sorted(vars(harvester.core).items()):
            if inspect.isfunction(obj) and obj.__module__.startswith("harvester.extractors."):
                targets.append((harvester.core, name, name))
        for name, prop in sorted(vars(harvester.page.Page).items()):
            if isinstance(prop, functools.cached_property):
                targets.append((prop, "func", f"page.{name}"))
        return targets

    def _wrap(self, label: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._children.append(0.0)
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                self.seconds[label] += elapsed - self._children.pop()
                if self._children:
                    self._children[-1] += elapsed

        return timed

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Patch the timed versions in for the duration of the block only, then restore."""
        originals = {(owner, attr): getattr(owner, attr) for owner, attr, _ in self._targets}
        try:
            for (owner, attr), wrapped in self._wrapped.items():
                setattr(owner, attr, wrapped)
            yield
        finally:
            for (owner, attr), original in originals.items():
                setattr(owner, attr, original)


def _extract_sides() -> dict[str, Callable[[BenchPage], Any]]:
    return {
        "harvester": lambda page: harvester.core.extract_article(page.data, page.url),
        "trafilatura": lambda page: trafilatura.extract(page.data, url=page.url),
        "lxml": lambda page: lxml.html.document_fromstring(page.data),
    }


def bench_extract(pages: Sequence[BenchPage], repeat: int) -> dict[str, Any]:
    """Time the three sides page by page, rotating which one goes first."""
    timer = PartTimer()
    sides = _extract_sides()
    seconds = dict.fromkeys(EXTRACT_SIDES, 0.0)
    failures = dict.fromkeys(EXTRACT_SIDES, 0)
    for side in EXTRACT_SIDES:  # warm-up: imports, lazy compilation, first-call caches
        _call(sides[side], pages[0])
    turn = 0
    for _ in range(repeat):
        for page in pages:
            order = EXTRACT_SIDES[turn % 3:] + EXTRACT_SIDES[:turn % 3]
            turn += 1
            for side in order:
                if side == "harvester":
                    with timer.installed():
                        elapsed, ok = _call(sides[side], page)
                else:
                    elapsed, ok = _call(sides[side], page)
                seconds[side] += elapsed
                failures[side] += not ok
    calls = len(pages) * repeat
    rate = {side: calls / seconds[side] if seconds[side] else 0.0 for side in EXTRACT_SIDES}
    harvester_total = seconds["harvester"]
    parts = dict(timer.seconds)
    parts["other (Page, record, validation)"] = max(0.0, harvester_total - sum(parts.values()))
    return {
        "pages": len(pages),
        "repeat": repeat,
        "sides": {
            side: {
                "pages_per_second": rate[side],
                "ms_per_page": 1000 * seconds[side] / calls,
                "seconds": seconds[side],
                "failures": failures[side],
            }
            for side in EXTRACT_SIDES
        },
        "ratios": {
            "harvester/trafilatura": rate["harvester"] / rate["trafilatura"] if rate["trafilatura"] else 0.0,
            "harvester/lxml": rate["harvester"] / rate["lxml"] if rate["lxml"] else 0.0,
        },
        "parts": [
            {
                "part": name,
                "ms_per_page": 1000 * spent / calls,
                "share": spent / harvester_total if harvester_total else 0.0,
            }
            for name, spent in sorted(parts.items(), key=lambda item: -item[1])
        ],
    }


def _call(func: Callable[[BenchPage], Any], page: BenchPage) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        func(page)
    except Exception:  # noqa: BLE001 - a side failing on a page is counted, the run goes on
        return time.perf_counter() - start, False
    return time.perf_counter() - start, True


def format_extract(result: dict[str, Any], sources: dict[str, int]) -> str:
    origin = ", ".join(f"{count} {name}" for name, count in sources.items())
    lines = [
        f"extract benchmark: {result['pages']} pages ({origin}) x {result['repeat']} repeat(s), "
        "one process, interleaved page by page, rotating order",
        "",
        f"{'side':<24}{'pages/s':>10}{'ms/page':>10}{'failures':>10}",
    ]
    for side, row in result["sides"].items():
        lines.append(
            f"{_SIDE_LABELS[side]:<24}{row['pages_per_second']:>10.1f}{row['ms_per_page']:>10.2f}{row['failures']:>10}"
        )
    ratios = result["ratios"]
    lines += [
        f"pages/s ratio harvester/trafilatura: {ratios['harvester/trafilatura']:.3f} (target >= {SPEED_TARGET:.2f})",
        f"pages/s ratio harvester/lxml:        {ratios['harvester/lxml']:.3f}",
        "",
        f"{'harvester time by part':<36}{'ms/page':>10}{'share':>9}",
    ]
    for part in result["parts"]:
        lines.append(f"  {part['part']:<34}{part['ms_per_page']:>10.2f}{part['share']:>8.1%}")
    return "\n".join(lines)


def run_extract(args: argparse.Namespace) -> int:
    if (args.limit is not None and args.limit < 1) or args.repeat < 1:
        print("bench extract: --limit and --repeat must be at least 1", file=sys.stderr)
        return 2
    corpus = find_corpus(args.corpus, Path.cwd(), REPO)
    pages, sources = load_pages(corpus, args.limit)
    if not pages:
        print(f"bench extract: no pages (no corpus at {args.corpus or '../shared/corpus'}, no {FIXTURES}/*.html)", file=sys.stderr)
        return 2
    # trafilatura logs a warning per page it discards; the table must stay readable.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    result = bench_extract(pages, args.repeat)
    print(format_extract(result, sources))
    if args.json:
        args.json.write_text(json.dumps({**result, "sources": sources}, indent=1), encoding="utf-8")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m harvester.bench", description=__doc__)
    sub = parser.add_subparsers(dest="benchmark", required=True)
    extract = sub.add_parser("extract", help="pages/s of extract_article beside trafilatura and a bare lxml parse")
    extract.add_argument("--corpus", type=Path, help="corpus directory (default: ../shared/corpus; else fixtures/)")
    extract.add_argument("--limit", type=int, metavar="N", help="at most N pages from each corpus")
    extract.add_argument("--repeat", type=int, default=1, metavar="K", help="passes over the pages (default: 1)")
    extract.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    extract.set_defaults(run=run_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
