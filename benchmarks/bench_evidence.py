"""What the evidence units cost: extraction with them beside extraction without them, page by page.

``python -m benchmarks.bench_evidence [--corpus DIR] [--limit N] [--repeat R]``: each page is
extracted by both sides in one process, the side going first alternating, so the noise of a
shared machine falls on both. "Without" replaces the four evidence units (artifacts, sources,
identifiers, spam) by their fallbacks, which pass the body's and comments' values through.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import harvester.core
from harvester.evaluation import find_corpus
from harvester.fields.base import FieldUnit
from harvester.fields.units import UNITS

from benchmarks.bench import BenchPage, load_average, load_pages, usable_cpus

EVIDENCE_UNITS = ("artifacts", "sources", "identifiers", "spam")


def _without_evidence() -> tuple[FieldUnit, ...]:
    def passthrough(unit: FieldUnit) -> FieldUnit:
        keep = unit.fallback or (lambda values: unit.empty())
        return dataclasses.replace(unit, extract=lambda page, values: keep(values))
    return tuple(passthrough(u) if u.name in EVIDENCE_UNITS else u for u in UNITS)


def bench(pages: Sequence[BenchPage], repeat: int) -> dict[str, float]:
    sides = {"with": UNITS, "without": _without_evidence()}
    seconds = dict.fromkeys(sides, 0.0)
    for round_ in range(repeat):
        for index, page in enumerate(pages):
            order = list(sides) if (index + round_) % 2 == 0 else list(reversed(sides))
            for name in order:
                harvester.core.UNITS = sides[name]
                start = time.perf_counter()
                harvester.core.extract_article(page.data, page.url)
                seconds[name] += time.perf_counter() - start
    harvester.core.UNITS = UNITS
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, help="corpus directory (default: ../shared/corpus; fixtures without)")
    parser.add_argument("--limit", type=int, default=20, help="pages per corpus collection (default: 20)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    corpus = find_corpus(args.corpus, Path.cwd())
    pages, counts = load_pages(corpus, args.limit)
    if not pages:
        print("bench_evidence: no pages", file=sys.stderr)
        return 2
    for page in pages[:3]:  # warm up: dateparser, the suffix list, the domain lists
        harvester.core.extract_article(page.data, page.url)
    seconds = bench(pages, args.repeat)
    runs = len(pages) * args.repeat
    print(f"{runs} extractions per side ({counts}); {usable_cpus()} CPUs, load {load_average()}")
    for name, total in seconds.items():
        print(f"  {name + ' evidence units':26} {total:7.2f} s  {runs / total:6.1f} pages/s")
    print(f"  cost of the evidence units: {seconds['with'] / seconds['without'] - 1:+.1%} of extraction time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
