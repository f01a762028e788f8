"""Benchmarks, run from the checkout as ``python -m benchmarks.bench <benchmark> ...``: one subcommand each.

Machines here are shared and noisy, so every comparison runs all its sides in the same process
run, interleaved (page by page for extraction, crawl by crawl with the order alternating for the
crawl benchmarks), and is reported as ratios as well as rates, beside the machine's CPU count and
load average.

The crawl benchmarks (``crawl``, ``crawl-memory``, ``crawl-rerun``) run the real ``harvester crawl
--urls FILE`` as a subprocess against :mod:`benchmarks.bench_site`, served by a process of its own,
with politeness delays off (robots.txt still obeyed) and a fresh output directory per crawl unless
the benchmark is about re-crawling one.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import logging
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import lxml.html
import trafilatura

import harvester.core
import harvester.document.page
import harvester.fields.units
from harvester.evaluation import corpus_pages, find_corpus, read_page_bytes

from benchmarks import bench_site

# The checkout this benchmark lives in (benchmarks are development tools, never installed).
REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
EXTRACT_SIDES = ("harvester", "trafilatura", "lxml")
_SIDE_LABELS = {"harvester": "harvester (all fields)", "trafilatura": "trafilatura.extract", "lxml": "lxml parse"}
# Budget from the issue: all-fields extraction at least this fraction of trafilatura's pages/s.
SPEED_TARGET = 0.80
WARM_UP_PAGES = 5
WEIGHT_GROUPS = 4
_T = TypeVar("_T")


@dataclass(frozen=True)
class BenchPage:
    name: str
    data: bytes
    url: str | None = None


def load_pages(corpus: Path | None, limit: int | None) -> tuple[list[BenchPage], dict[str, int]]:
    """The corpus's pages (each collection capped at ``limit``), or ``fixtures/*.html`` without a corpus."""
    if corpus is None:
        fixtures = [BenchPage(path.name, path.read_bytes()) for path in sorted(FIXTURES.glob("*.html"))[:limit]]
        return fixtures, {"fixtures": len(fixtures)} if fixtures else {}
    collections = corpus_pages(corpus, limit)
    pages = [
        BenchPage(page.url or str(page.source.relative_to(corpus)), read_page_bytes(page.source), page.url)
        for found in collections.values() for page in found
    ]
    return pages, {name: len(found) for name, found in collections.items()}


def page_source(args: argparse.Namespace) -> Path | None:
    """The corpus a benchmark reads its pages from, or None for ``fixtures/*.html``; raises BenchError.

    Real pages unless ``--fixtures`` is given or no corpus is found: a crawler's work is real pages.
    A ``--corpus`` that holds no pages is an error, never a quiet fall-back to the fixtures: the
    figures would then describe other pages than the ones asked about.
    """
    if args.fixtures:
        return None
    if args.corpus is not None and not args.corpus.is_dir():
        raise BenchError(f"no corpus directory at {args.corpus}")
    corpus = find_corpus(args.corpus, Path.cwd(), REPO)
    if corpus is not None and not corpus_pages(corpus, 1):
        raise BenchError(
            f"no pages under {corpus}: expected the shared corpus (readability/, trafilatura-eval/) "
            "or .html, .htm or .xhtml files, gzipped or not"
        )
    return corpus


class PartTimer:
    """Self time of each part of ``extract_article``, measured by wrappers patched in on demand.

    Parts are the extractor functions the field units call (``harvester.fields.units``: every
    ``extract_*`` name there, the evidence layer's steps included), decoding, parsing, the dates'
    zones resolved after the units (``resolve_dates``), and the lazy shared lookups of ``Page``
    (meta tags, JSON-LD, microdata), which would otherwise be charged to whichever extractor reads
    them first. Time a part spends inside another timed part counts
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
            (harvester.document.page, "parse_html", "parse"),
            (harvester.core, "resolve_dates", "resolve_dates"),
        ]
        for name, obj in sorted(vars(harvester.fields.units).items()):
            # The extractors the field units call (by their module-level names, so patching works).
            if name.startswith("extract_") and inspect.isfunction(obj):
                targets.append((harvester.fields.units, name, name))
        for name, prop in sorted(vars(harvester.document.page.Page).items()):
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
    per_page = [dict.fromkeys(EXTRACT_SIDES, 0.0) for _ in pages]
    # Warm-up, untimed: imports, lazy compilation and first-call caches, which a crawl's worker
    # inherits from the fork server or pays once for hundreds of pages. dateparser and the public
    # suffix list are loaded on the first page that needs them, among the first few or not.
    harvester.core.warm_up()
    for page in pages[:WARM_UP_PAGES]:
        for side in EXTRACT_SIDES:
            _call(sides[side], page)
    turn = 0
    for _ in range(repeat):
        for page, spent in zip(pages, per_page):
            order = EXTRACT_SIDES[turn % 3:] + EXTRACT_SIDES[:turn % 3]
            turn += 1
            for side in order:
                if side == "harvester":
                    with timer.installed():
                        elapsed, ok = _call(sides[side], page)
                else:
                    elapsed, ok = _call(sides[side], page)
                seconds[side] += elapsed
                spent[side] += elapsed
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
        "by_weight": _by_weight(per_page, repeat),
        "by_size": _by_size(pages, per_page, repeat),
    }


def _by_weight(per_page: Sequence[Mapping[str, float]], repeat: int) -> list[dict[str, float]]:
    """The ratio in WEIGHT_GROUPS groups of pages, lightest first by trafilatura's time on them.

    harvester's work beyond trafilatura's is roughly the same few milliseconds on every page, so
    the ratio is lower on pages that give trafilatura little to do: this shows by how much.
    """
    ranked = sorted(per_page, key=lambda spent: spent["trafilatura"])
    rows = []
    for group in _groups(ranked):
        rows.append({
            "trafilatura_ms_from": 1000 * group[0]["trafilatura"] / repeat,
            "trafilatura_ms_to": 1000 * group[-1]["trafilatura"] / repeat,
            **_group_ratio(group, repeat),
        })
    return rows


def _by_size(pages: Sequence[BenchPage], per_page: Sequence[Mapping[str, float]], repeat: int) -> list[dict[str, float]]:
    """The ratio in WEIGHT_GROUPS groups of pages, smallest first by their size in bytes.

    Unlike trafilatura's time, the size is known before either side runs: it is what a set of
    unseen pages differs in, and grouping by it selects no page for being fast or slow for one side.
    """
    ranked = sorted(zip((len(page.data) for page in pages), per_page), key=lambda pair: pair[0])
    rows = []
    for group in _groups(ranked):
        rows.append({
            "kb_from": group[0][0] / 1000,
            "kb_to": group[-1][0] / 1000,
            **_group_ratio([spent for _, spent in group], repeat),
        })
    return rows


def _groups(ranked: Sequence[_T]) -> list[Sequence[_T]]:
    count = min(WEIGHT_GROUPS, len(ranked))
    return [ranked[number * len(ranked) // count:(number + 1) * len(ranked) // count] for number in range(count)]


def _group_ratio(group: Sequence[Mapping[str, float]], repeat: int) -> dict[str, float]:
    ours, theirs = (sum(spent[side] for spent in group) for side in ("harvester", "trafilatura"))
    return {
        "pages": len(group),
        "harvester_ms_per_page": 1000 * ours / (len(group) * repeat),
        "trafilatura_ms_per_page": 1000 * theirs / (len(group) * repeat),
        "ratio": theirs / ours if ours else 0.0,
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
    lines += _group_table(
        "by page weight: pages in groups by trafilatura's time on them, lightest first", "trafilatura ms on a page",
        [(f"{row['trafilatura_ms_from']:.1f} - {row['trafilatura_ms_to']:.1f}", row) for row in result["by_weight"]],
    )
    lines += _group_table(
        "by page size: pages in groups by their size in bytes, smallest first", "page size, KB",
        [(f"{row['kb_from']:.0f} - {row['kb_to']:.0f}", row) for row in result["by_size"]],
    )
    return "\n".join(lines)


def _group_table(title: str, column: str, rows: Sequence[tuple[str, Mapping[str, float]]]) -> list[str]:
    lines = ["", title, f"{column:<26}{'pages':>7}{'harvester ms':>14}{'trafilatura ms':>16}{'ratio':>8}"]
    for span, row in rows:
        lines.append(f"  {span:<24}{row['pages']:>7}{row['harvester_ms_per_page']:>14.2f}"
                     f"{row['trafilatura_ms_per_page']:>16.2f}{row['ratio']:>8.3f}")
    return lines


def run_extract(args: argparse.Namespace) -> int:
    if (args.limit is not None and args.limit < 1) or args.repeat < 1:
        print("bench extract: --limit and --repeat must be at least 1", file=sys.stderr)
        return 2
    pages, sources = load_pages(page_source(args), args.limit)
    if not pages:
        print(f"bench extract: no pages (no corpus found, no {FIXTURES}/*.html)", file=sys.stderr)
        return 2
    # trafilatura logs a warning per page it discards; the table must stay readable.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    result = bench_extract(pages, args.repeat)
    print(format_extract(result, sources))
    if args.json:
        args.json.write_text(json.dumps({**result, "sources": sources}, indent=1), encoding="utf-8")
    return 0


# -- machine facts ------------------------------------------------------------------------------


def usable_cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def machine_facts() -> str:
    return (
        f"machine: {os.cpu_count()} CPUs ({usable_cpus()} usable), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


# -- process tree sampling ----------------------------------------------------------------------

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Scanning all of /proc for new descendants costs milliseconds; known processes are read every
# sample, new ones looked for at every sample while the crawl starts its fork server and workers,
# then every N samples (workers are replaced every thousand pages or so).
_DISCOVER_EVERY = 5
_STARTING_SECONDS = 5.0


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return None
    return text[text.rfind(")") + 2:].split()


def _rollup_kb(pid: int) -> tuple[int, int] | None:
    """(Rss, Pss) of ``pid`` in kB from /proc/<pid>/smaps_rollup."""
    values: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                name, _, rest = line.partition(":")
                if name in ("Rss", "Pss"):
                    values[name] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return (values["Rss"], values["Pss"]) if len(values) == 2 else None


def _cpu_seconds(fields: list[str]) -> float:
    """User + system CPU time from /proc/<pid>/stat fields (utime and stime, in clock ticks)."""
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def busy_cpu_seconds() -> float:
    """CPU time the whole machine has spent busy (not idle, not waiting for I/O), from /proc/stat."""
    with open("/proc/stat", encoding="ascii") as handle:
        fields = [int(value) for value in handle.readline().split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / _CLOCK_TICKS


def process_cpu_seconds(pid: int) -> float:
    """CPU time of ``pid`` so far (0.0 once it is gone)."""
    fields = _stat_fields(pid)
    return _cpu_seconds(fields) if fields else 0.0


@dataclass
class TreeUsage:
    """Peak memory and CPU time of a process tree: the crawl, its fork server and its workers.

    RSS is summed over the processes, so pages they share (the fork server's preloaded modules)
    count once per process: a pessimistic figure. PSS splits shared pages between their sharers
    and sums to what the tree really occupies.
    """

    peak_rss_kb: int = 0
    peak_pss_kb: int = 0
    peak_root_rss_kb: int = 0
    peak_processes: int = 0
    root_cpu_s: float = 0.0
    others_cpu_s: float = 0.0
    samples: int = 0
    # (seconds since start, root RSS kB), one per sample: shows whether the crawl process grows.
    timeline: list[tuple[float, int]] = field(default_factory=list)

    def root_rss_at(self, fraction: float) -> int:
        """The root's RSS in kB at the sample nearest ``fraction`` of the run's duration."""
        if not self.timeline:
            return 0
        end = self.timeline[-1][0]
        return min(self.timeline, key=lambda sample: abs(sample[0] - fraction * end))[1]


class ProcessTreeSampler:
    """Samples ``root`` and its descendants from /proc every ``interval`` seconds, on a thread."""

    def __init__(self, root: int, interval: float = 0.2) -> None:
        self.root = root
        self.interval = interval
        self.usage = TreeUsage()
        self._cpu: dict[int, float] = {}
        self._tree: set[int] = {root}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-sampler", daemon=True)
        self._started = time.perf_counter()

    def __enter__(self) -> ProcessTreeSampler:
        self._started = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        cpu = dict(self._cpu)
        self.usage.root_cpu_s = cpu.pop(self.root, 0.0)
        self.usage.others_cpu_s = sum(cpu.values())

    def _run(self) -> None:
        turn = 0
        while not self._stop.is_set():
            if turn % _DISCOVER_EVERY == 0 or time.perf_counter() - self._started < _STARTING_SECONDS:
                self._discover()
            turn += 1
            self._sample()
            self._stop.wait(self.interval)

    def _discover(self) -> None:
        parents: dict[int, int] = {}
        for name in os.listdir("/proc"):
            if name.isdigit() and (fields := _stat_fields(int(name))) is not None:
                parents[int(name)] = int(fields[1])
        tree = {self.root}
        grew = True
        while grew:
            found = {pid for pid, parent in parents.items() if parent in tree} - tree
            tree |= found
            grew = bool(found)
        self._tree = tree

    def _sample(self) -> None:
        rss = pss = root_rss = alive = 0
        for pid in list(self._tree):
            fields = _stat_fields(pid)
            rollup = _rollup_kb(pid)
            if fields is None or rollup is None:
                self._tree.discard(pid)
                continue
            alive += 1
            # CPU only grows, so the last value read is kept: a worker's last 0.2 s is lost when
            # it exits between two samples (workers are replaced every few hundred pages).
            self._cpu[pid] = _cpu_seconds(fields)
            rss += rollup[0]
            pss += rollup[1]
            if pid == self.root:
                root_rss = rollup[0]
        usage = self.usage
        usage.samples += 1
        usage.peak_rss_kb = max(usage.peak_rss_kb, rss)
        usage.peak_pss_kb = max(usage.peak_pss_kb, pss)
        usage.peak_root_rss_kb = max(usage.peak_root_rss_kb, root_rss)
        usage.peak_processes = max(usage.peak_processes, alive)
        if root_rss:  # not after the crawl process has exited
            usage.timeline.append((time.perf_counter() - self._started, root_rss))


# -- crawl runs ---------------------------------------------------------------------------------

# Politeness off (robots.txt is still fetched and obeyed): the benchmark measures the crawler.
CRAWL_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "HARVESTER_PROGRESS_INTERVAL": "0",
    "LOG_LEVEL": "INFO",
}
THROUGHPUT_TARGET = 1.6
MEMORY_LIMIT_MB = 500
MEMORY_GROWTH_TARGET = 1.10
RERUN_TARGET = 5.0
_CRAWL_TIMEOUT = 3600


class BenchError(ValueError):
    """An argument the benchmark cannot run with; the message says which."""


class CrawlFailed(RuntimeError):
    """A benchmark crawl exited non-zero or wrote no summary; the message ends with its log."""


@dataclass
class CrawlRun:
    label: str
    workers: int
    pages: int
    wall_seconds: float
    summary: dict[str, Any]
    usage: TreeUsage
    server_cpu_seconds: float
    # Busy CPU time of the machine during the crawl that was neither the crawl's nor the server's.
    other_cpu_seconds: float
    state_bytes: int

    @property
    def records(self) -> int:
        return int(self.summary.get("records", 0))

    @property
    def crawl_seconds(self) -> float:
        """From the run's start inside the crawl process to its summary: no interpreter start-up."""
        return float(self.summary.get("elapsed_seconds", 0.0))

    @property
    def records_per_second(self) -> float:
        return self.records / self.crawl_seconds if self.crawl_seconds else 0.0

    @property
    def other_cpus(self) -> float:
        """CPUs busy with other processes, on average: the load the figures were measured under."""
        return self.other_cpu_seconds / self.wall_seconds if self.wall_seconds else 0.0

    def per_page_ms(self, seconds: float) -> float:
        return 1000 * seconds / self.pages if self.pages else 0.0


def crawl_once(
    site: bench_site.RunningSite, urls_file: Path, output: Path, *, workers: int, pages: int, label: str,
    extra_settings: Mapping[str, str] | None = None, sample_interval: float = 0.2,
) -> CrawlRun:
    """One ``harvester crawl --urls`` subprocess, sampled while it runs; raises CrawlFailed."""
    settings = {**CRAWL_SETTINGS, "HARVESTER_EXTRACT_WORKERS": str(workers), **(extra_settings or {})}
    command = [sys.executable, "-m", "harvester.cli", "crawl", "--urls", str(urls_file), "-o", str(output)]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    output.mkdir(parents=True, exist_ok=True)
    log_path = output / f"crawl-{label}.log"
    server_cpu = process_cpu_seconds(site.process.pid)
    machine_cpu = busy_cpu_seconds()
    with log_path.open("wb") as log:
        start = time.perf_counter()
        # cwd: anything the crawl writes by default stays in the temporary directory.
        process = subprocess.Popen(command, cwd=output, stdout=log, stderr=subprocess.STDOUT)
        try:
            with ProcessTreeSampler(process.pid, sample_interval) as sampler:
                status = process.wait(timeout=_CRAWL_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise CrawlFailed(f"crawl {label} still running after {_CRAWL_TIMEOUT} s: killed") from None
        finally:
            if process.poll() is None:  # timed out, or the benchmark itself was interrupted
                process.kill()
                process.wait()
        wall = time.perf_counter() - start
    server_cpu = process_cpu_seconds(site.process.pid) - server_cpu
    usage = sampler.usage
    others = max(0.0, busy_cpu_seconds() - machine_cpu - server_cpu - usage.root_cpu_s - usage.others_cpu_s)
    summaries = sorted(output.glob("*/summary.json"))
    if status != 0 or not summaries:
        tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        raise CrawlFailed(f"crawl {label} exited with status {status}:\n" + "\n".join(tail))
    summary: dict[str, Any] = json.loads(summaries[0].read_text(encoding="utf-8"))
    # The database with its WAL: what the incremental state costs on disk after this many pages.
    state_bytes = sum(path.stat().st_size for path in summaries[0].parent.glob("state.sqlite*"))
    return CrawlRun(label, workers, pages, wall, summary, usage, server_cpu, others, state_bytes)


def write_url_list(directory: Path, urls: Sequence[str]) -> Path:
    path = directory / f"urls-{len(urls)}.txt"
    path.write_text("\n".join(urls) + "\n", encoding="utf-8")
    return path


def _mb(kb: int) -> float:
    return kb / 1024


@dataclass(frozen=True)
class BenchSetup:
    """How a crawl benchmark ran, printed above its table: the figures mean little without it."""

    settings: Mapping[str, str]
    corpus: Path | None
    load_before: str = field(default_factory=load_average)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> BenchSetup:
        return cls(dict(args.settings), page_source(args))

    def header(self, title: str) -> list[str]:
        pages = f"real pages of {self.corpus}" if self.corpus else "fixtures/*.html (15-40 KB each)"
        lines = [
            title,
            f"pages built from {pages}",
            machine_facts(),
            f"load average (1, 5, 15 min): {self.load_before} before, {load_average()} after",
        ]
        if self.settings:
            lines.append("extra settings: " + " ".join(f"-s {name}={value}" for name, value in self.settings.items()))
        return [*lines, ""]


# -- crawl: throughput by number of extraction workers --------------------------------------------


def bench_crawl(pages: int, workers: Sequence[int], repeat: int, workdir: Path, setup: BenchSetup) -> list[CrawlRun]:
    """``repeat`` rounds of one crawl per worker count, the order reversed every other round."""
    runs: list[CrawlRun] = []
    with bench_site.serving(pages, corpus=setup.corpus) as site:
        urls_file = write_url_list(workdir, site.urls())
        for round_number in range(repeat):
            order = list(workers) if round_number % 2 == 0 else list(reversed(workers))
            for count in order:
                label = f"r{round_number + 1}-w{count}"
                runs.append(crawl_once(site, urls_file, workdir / label, workers=count, pages=pages, label=label,
                                       extra_settings=setup.settings))
    return runs


def crawl_rates(runs: Sequence[CrawlRun]) -> dict[int, float]:
    """Records per second of each worker count over all its runs (total records / total time)."""
    rates: dict[int, float] = {}
    for count in dict.fromkeys(run.workers for run in runs):
        mine = [run for run in runs if run.workers == count]
        seconds = sum(run.crawl_seconds for run in mine)
        rates[count] = sum(run.records for run in mine) / seconds if seconds else 0.0
    return rates


def format_crawl(runs: Sequence[CrawlRun], pages: int, setup: BenchSetup) -> str:
    lines = setup.header(
        f"crawl benchmark: {pages} pages on 127.0.0.1, {len(runs)} crawls, worker counts alternating in order"
    )
    lines.append(
        f"{'run':<8}{'workers':>8}{'records':>9}{'quar.':>7}{'crawl s':>9}{'wall s':>8}{'rec/s':>8}"
        f"{'crawl CPU':>11}{'worker CPU':>12}{'server CPU':>12}{'peak RSS':>10}{'others':>8}"
    )
    lines.append(
        f"{'':<8}{'':>8}{'':>9}{'':>7}{'':>9}{'':>8}{'':>8}{'ms/page':>11}{'ms/page':>12}{'ms/page':>12}"
        f"{'MB':>10}{'CPUs':>8}"
    )
    for run in runs:
        lines.append(
            f"{run.label:<8}{run.workers:>8}{run.records:>9}{run.summary.get('quarantined', 0):>7}"
            f"{run.crawl_seconds:>9.1f}{run.wall_seconds:>8.1f}{run.records_per_second:>8.1f}"
            f"{run.per_page_ms(run.usage.root_cpu_s):>11.2f}{run.per_page_ms(run.usage.others_cpu_s):>12.2f}"
            f"{run.per_page_ms(run.server_cpu_seconds):>12.2f}{_mb(run.usage.peak_rss_kb):>10.0f}"
            f"{run.other_cpus:>8.2f}"
        )
    lines.append("(others: CPUs kept busy by processes outside the benchmark, on average over the crawl)")
    rates = crawl_rates(runs)
    base_workers = next(iter(rates))
    base = rates[base_workers]
    lines += ["", f"{'workers':<10}{'records/s':>10}{'ratio':>8}"]
    for count, rate in rates.items():
        ratio = rate / base if base else 0.0
        target = f"  (target >= {THROUGHPUT_TARGET:.2f})" if count == 2 and base_workers == 1 else ""
        lines.append(f"{count:<10}{rate:>10.1f}{ratio:>8.2f}{target}")
    # What the CPU time per page allows on an idle machine, whatever the load was during the runs:
    # two workers cannot beat twice one, the crawl process and the server take their CPU time out
    # of the same CPUs as the workers, and the crawl process (one reactor thread) cannot hand out
    # pages faster than it handles them.
    cpus = usable_cpus()
    total_pages = sum(run.pages for run in runs)
    crawl_cpu = 1000 * sum(run.usage.root_cpu_s for run in runs) / total_pages
    worker_cpu = 1000 * sum(run.usage.others_cpu_s for run in runs) / total_pages
    server_cpu = 1000 * sum(run.server_cpu_seconds for run in runs) / total_pages
    if crawl_cpu and worker_cpu:
        ceiling = min(2.0, cpus * worker_cpu / (worker_cpu + crawl_cpu + server_cpu), worker_cpu / crawl_cpu)
        lines += [
            "",
            f"CPU per page, all runs: crawl process {crawl_cpu:.1f} ms (reactor, pipeline, feed, state), "
            f"workers {worker_cpu:.1f} ms (extraction), server {server_cpu:.1f} ms",
            f"ceiling of the 2/1-worker ratio these CPU times allow on {cpus} idle CPUs: {ceiling:.2f}",
        ]
    return "\n".join(lines)


def run_crawl(args: argparse.Namespace) -> int:
    workers = _parse_workers(args.workers)
    if workers is None or args.pages < 1 or args.repeat < 1:
        print("bench crawl: --pages and --repeat must be at least 1, --workers a list like 1,2", file=sys.stderr)
        return 2
    setup = BenchSetup.from_args(args)
    with tempfile.TemporaryDirectory(prefix="harvester-bench-") as workdir:
        runs = bench_crawl(args.pages, workers, args.repeat, Path(workdir), setup)
    print(format_crawl(runs, args.pages, setup))
    if args.json:
        rates = crawl_rates(runs)
        _write_json(args.json, {"pages": args.pages, "runs": [_run_json(run) for run in runs],
                                "records_per_second": {str(k): v for k, v in rates.items()}})
    return 0


def _parse_workers(text: str) -> list[int] | None:
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        return None
    if not counts or any(count < 1 for count in counts) or len(set(counts)) != len(counts):
        return None
    return counts


# -- crawl-memory: peak RSS by crawl size ---------------------------------------------------------


def bench_memory(pages: int, compare: int, workers: int, workdir: Path, setup: BenchSetup) -> list[CrawlRun]:
    runs = []
    with bench_site.serving(max(pages, compare), corpus=setup.corpus) as site:
        for size in (compare, pages):
            urls_file = write_url_list(workdir, site.urls(size))
            label = f"{size}-pages"
            runs.append(crawl_once(site, urls_file, workdir / label, workers=workers, pages=size, label=label,
                                   extra_settings=setup.settings))
    return runs


def format_memory(runs: Sequence[CrawlRun], workers: int, setup: BenchSetup) -> str:
    small, large = runs
    lines = setup.header(
        f"crawl-memory benchmark: peak memory of the crawl process tree (crawl + fork server + {workers} "
        "extraction workers), sampled from /proc every 0.2 s"
    )
    lines.append(
        f"{'pages':>7}{'records':>9}{'crawl s':>9}{'rec/s':>8}{'peak RSS':>10}{'peak PSS':>10}{'crawl RSS':>11}"
        f"{'procs':>7}{'state DB':>10}   crawl-process RSS at 25/50/75/100% of the run"
    )
    lines.append(f"{'':>7}{'':>9}{'':>9}{'':>8}{'MB':>10}{'MB':>10}{'MB':>11}{'':>7}{'MB':>10}")
    for run in runs:
        growth = "/".join(f"{_mb(run.usage.root_rss_at(fraction)):.0f}" for fraction in (0.25, 0.5, 0.75, 1.0))
        lines.append(
            f"{run.pages:>7}{run.records:>9}{run.crawl_seconds:>9.1f}{run.records_per_second:>8.1f}"
            f"{_mb(run.usage.peak_rss_kb):>10.0f}{_mb(run.usage.peak_pss_kb):>10.0f}"
            f"{_mb(run.usage.peak_root_rss_kb):>11.0f}{run.usage.peak_processes:>7}"
            f"{run.state_bytes / 1e6:>10.1f}   {growth}"
        )
    ratio = large.usage.peak_rss_kb / small.usage.peak_rss_kb if small.usage.peak_rss_kb else 0.0
    pss_ratio = large.usage.peak_pss_kb / small.usage.peak_pss_kb if small.usage.peak_pss_kb else 0.0
    lines += [
        "",
        f"peak RSS {large.pages} pages: {_mb(large.usage.peak_rss_kb):.0f} MB (target < {MEMORY_LIMIT_MB} MB)",
        f"peak RSS ratio {large.pages}/{small.pages} pages: {ratio:.3f} (target <= {MEMORY_GROWTH_TARGET:.2f}); "
        f"PSS ratio: {pss_ratio:.3f}",
    ]
    return "\n".join(lines)


def run_memory(args: argparse.Namespace) -> int:
    if args.pages < 1 or args.compare < 1 or args.workers < 1:
        print("bench crawl-memory: --pages, --compare and --workers must be at least 1", file=sys.stderr)
        return 2
    setup = BenchSetup.from_args(args)
    with tempfile.TemporaryDirectory(prefix="harvester-bench-") as workdir:
        runs = bench_memory(args.pages, args.compare, args.workers, Path(workdir), setup)
    print(format_memory(runs, args.workers, setup))
    if args.json:
        _write_json(args.json, {"runs": [_run_json(run) for run in runs]})
    return 0


# -- crawl-rerun: an unchanged site crawled again ---------------------------------------------------

RERUN_MODES = {"validators": True, "body-hash": False}
_MODE_LABELS = {"validators": "ETag + Last-Modified (304)", "body-hash": "no validators (body hash)"}


def bench_rerun(
    pages: int, workers: int, modes: Sequence[str], workdir: Path, setup: BenchSetup
) -> dict[str, tuple[CrawlRun, CrawlRun]]:
    """Per mode, a first crawl and a second one into the same output directory."""
    results: dict[str, tuple[CrawlRun, CrawlRun]] = {}
    for mode in modes:
        mode_dir = workdir / mode
        mode_dir.mkdir()
        with bench_site.serving(pages, validators=RERUN_MODES[mode], corpus=setup.corpus) as site:
            urls_file = write_url_list(mode_dir, site.urls())
            output = mode_dir / "output"
            first, second = (
                crawl_once(site, urls_file, output, workers=workers, pages=pages, label=label,
                           extra_settings=setup.settings)
                for label in ("first", "second")
            )
        results[mode] = (first, second)
    return results


def format_rerun(results: dict[str, tuple[CrawlRun, CrawlRun]], pages: int, workers: int, setup: BenchSetup) -> str:
    lines = setup.header(
        f"crawl-rerun benchmark: {pages} pages crawled twice into one output directory, site unchanged, "
        f"{workers} extraction workers"
    )
    lines.append(f"{'server':<28}{'crawl':<8}{'records':>8}{'unchanged':>10}  {'how':<16}{'crawl s':>8}{'wall s':>8}")
    for mode, pair in results.items():
        for name, run in zip(("first", "second"), pair, strict=True):
            how = ",".join(f"{k} {v}" for k, v in sorted(run.summary.get("unchanged_by_kind", {}).items())) or "-"
            lines.append(
                f"{_MODE_LABELS[mode]:<28}{name:<8}{run.records:>8}{run.summary.get('unchanged', 0):>10}  {how:<16}"
                f"{run.crawl_seconds:>8.1f}{run.wall_seconds:>8.1f}"
            )
    lines.append("")
    for mode, (first, second) in results.items():
        wall = first.wall_seconds / second.wall_seconds if second.wall_seconds else 0.0
        crawl = first.crawl_seconds / second.crawl_seconds if second.crawl_seconds else 0.0
        lines.append(
            f"{_MODE_LABELS[mode]}: second crawl {wall:.1f}x faster wall clock (target >= {RERUN_TARGET:.0f}x), "
            f"{crawl:.1f}x inside the crawl (without interpreter start-up)"
        )
    return "\n".join(lines)


def run_rerun(args: argparse.Namespace) -> int:
    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if args.pages < 1 or args.workers < 1 or not modes or any(mode not in RERUN_MODES for mode in modes):
        print(f"bench crawl-rerun: --pages and --workers at least 1, --modes from {','.join(RERUN_MODES)}",
              file=sys.stderr)
        return 2
    setup = BenchSetup.from_args(args)
    with tempfile.TemporaryDirectory(prefix="harvester-bench-") as workdir:
        results = bench_rerun(args.pages, args.workers, modes, Path(workdir), setup)
    print(format_rerun(results, args.pages, args.workers, setup))
    if args.json:
        _write_json(args.json, {mode: {"first": _run_json(first), "second": _run_json(second)}
                                for mode, (first, second) in results.items()})
    return 0


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"{text!r}: expected NAME=VALUE")
    return name, value


def _run_json(run: CrawlRun) -> dict[str, Any]:
    usage = run.usage
    return {
        "label": run.label, "workers": run.workers, "pages": run.pages, "records": run.records,
        "skipped": int(run.summary.get("skipped", 0)), "quarantined": int(run.summary.get("quarantined", 0)),
        "crawl_seconds": run.crawl_seconds, "wall_seconds": run.wall_seconds,
        "records_per_second": run.records_per_second, "peak_rss_mb": _mb(usage.peak_rss_kb),
        "peak_pss_mb": _mb(usage.peak_pss_kb), "peak_crawl_process_rss_mb": _mb(usage.peak_root_rss_kb),
        "peak_processes": usage.peak_processes,
        "crawl_process_cpu_seconds": usage.root_cpu_s, "worker_cpu_seconds": usage.others_cpu_s,
        "server_cpu_seconds": run.server_cpu_seconds, "other_cpus": run.other_cpus,
        "state_bytes": run.state_bytes, "summary": run.summary,
    }


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps({"machine": machine_facts(), **data}, indent=1, default=str), encoding="utf-8")


def _add_settings(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-s", "--set", dest="settings", action="append", type=_setting, default=[],
                        metavar="NAME=VALUE", help="a Scrapy setting for every crawl (e.g. to try a fix)")


def _add_page_source(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--corpus", type=Path, metavar="DIR",
                        help="real pages: the shared corpus, or any directory of .html/.htm/.xhtml files, gzipped "
                             "or not (default: ../shared/corpus when there is one)")
    source.add_argument("--fixtures", action="store_true",
                        help="the light pages of fixtures/*.html, even when there is a corpus")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__)
    sub = parser.add_subparsers(dest="benchmark", required=True)
    extract = sub.add_parser("extract", help="pages/s of extract_article beside trafilatura and a bare lxml parse")
    _add_page_source(extract)
    extract.add_argument("--limit", type=int, metavar="N", help="at most N pages of each collection of the corpus")
    extract.add_argument("--repeat", type=int, default=1, metavar="K", help="passes over the pages (default: 1)")
    extract.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    extract.set_defaults(run=run_extract)

    crawl = sub.add_parser("crawl", help="records/s of a crawl of the bench site, by number of extraction workers")
    crawl.add_argument("--pages", type=int, default=3000, help="articles to crawl (default: 3000)")
    crawl.add_argument("--workers", default="1,2", metavar="N,M", help="worker counts to compare (default: 1,2)")
    crawl.add_argument("--repeat", type=int, default=1, metavar="K", help="rounds, order alternating (default: 1)")
    crawl.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    _add_page_source(crawl)
    _add_settings(crawl)
    crawl.set_defaults(run=run_crawl)

    memory = sub.add_parser("crawl-memory", help="peak RSS of a large crawl beside a smaller one")
    memory.add_argument("--pages", type=int, default=10000, help="articles in the large crawl (default: 10000)")
    memory.add_argument("--compare", type=int, default=2000, help="articles in the small crawl (default: 2000)")
    memory.add_argument("--workers", type=int, default=2, help="extraction workers (default: 2)")
    memory.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    _add_page_source(memory)
    _add_settings(memory)
    memory.set_defaults(run=run_memory)

    rerun = sub.add_parser("crawl-rerun", help="time of a second crawl of the unchanged site beside the first")
    rerun.add_argument("--pages", type=int, default=2000, help="articles to crawl (default: 2000)")
    rerun.add_argument("--workers", type=int, default=2, help="extraction workers (default: 2)")
    rerun.add_argument("--modes", default=",".join(RERUN_MODES), metavar="MODE,...",
                       help="validators (server sends ETag/Last-Modified, answers 304) and/or body-hash "
                            "(server sends neither); default: both")
    rerun.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    _add_page_source(rerun)
    _add_settings(rerun)
    rerun.set_defaults(run=run_rerun)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BenchError as exc:
        print(f"bench {args.benchmark}: {exc}", file=sys.stderr)
        return 2
    except (CrawlFailed, bench_site.SiteFailed) as exc:
        print(f"bench {args.benchmark}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
