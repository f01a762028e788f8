"""Time and peak memory of ``harvester extract`` on each hostile input of the README's limits table.

Each input is generated (nothing is stored in the repository), then extracted in a fresh
subprocess that reports its wall time and peak RSS (VmHWM) however it ends; a case running past
``--timeout`` is killed and reported as such. The "over 64 MiB" case goes through the Python API
(``extract_article`` on bytes), the way a caller with the page in memory meets the limit.

    python benchmarks/hostile_inputs.py                 # every case
    python benchmarks/hostile_inputs.py nested_divs_100k comments_100k --timeout 120
    python benchmarks/hostile_inputs.py --baseline main  # each case by main's harvester, then this one

Prints one line per case: wall seconds, CPU seconds (user + system: steadier than wall time on a
machine shared with other jobs), peak RSS in MiB, body characters, warnings.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

URL = "https://health.example.org/news/walking-study.html"
HEADLINE = "Walking cuts heart risk"
LEAD = ("<p>Adults who walked thirty minutes a day had fewer heart attacks over ten years, researchers reported "
        "on Tuesday in a study that followed 12,000 people in four countries.</p>")
MIB = 1024 * 1024


def article(body: str, after: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f'<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>'
            f'<main><article><h1>{HEADLINE}</h1><div class="entry-content">{LEAD}{body}</div></article>{after}</main>'
            f"<footer><p>&copy; 2024 Health Example</p></footer></body></html>")


def page_50mb() -> str:
    paragraph = ("<p>Paragraph {}: health researchers reported on the trial outcomes and the caveats that apply to "
                 "the cohort studied in this long report.</p>\n")
    count = 50 * MIB // len(paragraph.format(100_000))
    return article("".join(paragraph.format(i) for i in range(count)))


def over_64mib() -> str:
    paragraph = "<p>Paragraph {}: a long report on walking, heart disease and the cohort studied.</p>\n"
    count = 70 * MIB // len(paragraph.format(100_000))
    return article("".join(paragraph.format(i) for i in range(count)))


def tags_4m() -> str:
    return article("<p>" + "<b>x</b>" * 4_000_000 + "</p>")


def nested_divs() -> str:
    return article("<div>" * 100_000 + "<p>The innermost paragraph of the nest.</p>" + "</div>" * 100_000)


def unclosed_tags() -> str:
    return article("".join(f"<span>word {i} " for i in range(100_000)))


def unclosed_styled() -> str:
    return article("".join(f'<font color="#333">word {i} ' for i in range(100_000)))


def nested_blockquotes() -> str:
    return article("<blockquote>" * 100_000 + "<p>The innermost quotation.</p>" + "</blockquote>" * 100_000)


def paragraphs_200k() -> str:
    return article("".join(f"<p>Paragraph {i} of a very long report on walking.</p>\n" for i in range(200_000)))


def links_300k() -> str:
    return article("<ul>" + "".join(f'<li><a href="/p/{i}">link {i}</a></li>\n' for i in range(300_000)) + "</ul>")


WP_COMMENT = ('<li id="comment-{i}" class="comment depth-1"><article id="div-comment-{i}" class="comment-body">'
              '<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader {i}</b> '
              '<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{i}">'
              '<time datetime="2024-03-15T10:00:00+00:00">March 15, 2024</time></a></div></footer>'
              '<div class="comment-content"><p>Comment {i}: thanks for the write-up.</p></div></article></li>\n')


def comments_100k() -> str:
    comments = "".join(WP_COMMENT.format(i=i) for i in range(100_000))
    return article("", '<div id="comments" class="comments-area"><h2 class="comments-title">100,000 thoughts</h2>'
                   f'<ol class="comment-list">{comments}</ol></div>')


def nested_tables() -> str:
    return article("<table><tr><td>" * 30_000 + "<p>The innermost cell's paragraph.</p>" + "</td></tr></table>" * 30_000)


CASES: dict[str, Callable[[], str]] = {
    "page_50mb": page_50mb,
    "over_64mib_api": over_64mib,
    "tags_4m": tags_4m,
    "nested_divs_100k": nested_divs,
    "unclosed_tags_100k": unclosed_tags,
    "unclosed_styled_100k": unclosed_styled,
    "nested_blockquotes_100k": nested_blockquotes,
    "paragraphs_200k": paragraphs_200k,
    "links_300k": links_300k,
    "comments_100k": comments_100k,
    "nested_tables_30k": nested_tables,
}

# Run in the child: the extraction (CLI or API), then the peak RSS, whatever happened.
_CHILD = """
import json, os, re, sys, time
path, url, api = sys.argv[1], sys.argv[2], sys.argv[3] == "api"
if os.environ.get("HOSTILE_BASELINE"):  # the baseline's harvester, not the editable install's
    sys.meta_path = [f for f in sys.meta_path if "__editable__" not in getattr(f, "__module__", "")]
    sys.path.insert(0, os.environ["HOSTILE_BASELINE"])
start, cpu_start = time.perf_counter(), time.process_time()
report = {}
try:
    if api:
        from harvester import extract_article
        record = extract_article(open(path, "rb").read(), url)
        report = {"body_chars": len(record.body_text), "warnings": record.extraction.warnings,
                  "comments": len(record.comments)}
    else:
        from harvester.cli import main
        real, sys.stdout = sys.stdout, open(path + ".json", "w", encoding="utf-8")
        try:
            code = main(["extract", path, "--url", url])
        finally:
            sys.stdout.close()
            sys.stdout = real
        text = open(path + ".json", encoding="utf-8").read()
        record = json.loads(text) if text.strip() else {}
        report = {"exit": code, "body_chars": len(record.get("body_text") or ""),
                  "warnings": record.get("extraction", {}).get("warnings"), "comments": len(record.get("comments") or [])}
finally:
    report["seconds"] = round(time.perf_counter() - start, 2)
    report["cpu_seconds"] = round(time.process_time() - cpu_start, 2)
    with open("/proc/self/status") as status:
        report["peak_rss_mib"] = int(re.search(r"VmHWM:\\s*(\\d+) kB", status.read()).group(1)) // 1024
    print("REPORT " + json.dumps(report), file=sys.stderr)
"""


def run_case(path: Path, name: str, timeout: float, baseline: Path | None) -> dict[str, object]:
    """One extraction of the input at ``path`` in a fresh process, by this checkout or the baseline."""
    env = {**os.environ, "HOSTILE_BASELINE": str(baseline) if baseline else ""}
    side = "baseline" if baseline else "this"
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path), URL, "api" if name.endswith("_api") else "cli"],
                              capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"case": name, "side": side, "seconds": f">{timeout:.0f} (killed)"}
    finally:
        path.with_name(path.name + ".json").unlink(missing_ok=True)
    lines = [line for line in done.stderr.splitlines() if line.startswith("REPORT ")]
    report = json.loads(lines[-1][7:]) if lines else {"error": done.stderr[-500:]}
    if done.returncode and "error" not in report:
        report["error"] = done.stderr.strip().splitlines()[-2:] if done.stderr.strip() else done.returncode
    report.setdefault("seconds", round(time.perf_counter() - start, 2))
    return {"case": name, "side": side, "mb": round(path.stat().st_size / 1e6, 1), **report}


def export_baseline(ref: str, directory: Path) -> Path:
    """The ``harvester`` package as it was at git ``ref``, unpacked under ``directory``."""
    root = Path(__file__).resolve().parents[1]
    archive = subprocess.run(["git", "archive", ref, "harvester"], cwd=root, capture_output=True, check=True).stdout
    target = directory / "baseline"
    target.mkdir()
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", metavar="CASE", help=f"cases to run (default: all): {', '.join(CASES)}")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before a case is killed")
    parser.add_argument("--baseline", metavar="GIT_REF",
                        help="also run each case with the harvester of this commit, right before this checkout's")
    args = parser.parse_args()
    if unknown := set(args.cases) - set(CASES):
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="hostile-") as temporary:
        directory = Path(temporary)
        baseline = export_baseline(args.baseline, directory) if args.baseline else None
        for name in args.cases or list(CASES):
            path = directory / f"{name}.html"
            path.write_text(CASES[name](), encoding="utf-8")
            for side in ([baseline] if baseline else []) + [None]:
                print(json.dumps(run_case(path, name, args.timeout, side)), flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
