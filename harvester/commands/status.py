"""``harvester status [DIR]``: one line per site crawled into DIR, from its run history.

Each line gives the last run (when, its outcome, pages, records new / changed / unchanged,
quarantined, spam comments of all comments), the share of that run's records with each field, and what changed since the runs
before it: a drift alarm (a field's coverage far below its recent median), a different outcome,
more quarantined pages, fields gaining or losing coverage. A crawl still running is named as such.
``--json`` prints the same for machines, with every kept summary of the runs compared.
``--redis URL`` reads the distributed crawls kept in that Redis instead (one summary per worker
and run; a crawl is running while its queue has work or a worker is alive).

Exit status: 0, or 3 when the last run of any site raised a drift alarm (so a monitoring job can
run ``harvester status`` alone), 2 when DIR holds no crawled site.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Mapping
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from harvester import exit_status
from harvester.crawl.history import COVERAGE_FIELDS, describe_drift, measured, percent
from harvester.crawl.state import read_summaries

_SHORT = {"headline": "H", "authors": "A", "published_at": "D", "body": "B", "sections": "S", "comments": "C",
          "related_posts": "R"}
LEGEND = ("spam: spam comments / comments of the records written (flagged, or the same text on 3+ records);"
          " coverage: share of the run's extracted records with H headline, A authors, D publication date, B body,"
          " S headed sections, C comments, R related posts; '(MM-DD)': of the last run that extracted enough"
          " records to measure, when this one did not (pages unchanged)")
# A coverage change smaller than this (a share of records) is not worth a mention.
_NOTABLE = 0.1


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "status", help="one line per crawled site: last run, outcome, records, quarantine, coverage, changes",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("directory", nargs="?", type=Path, default=Path("output"), metavar="DIR",
                        help="the --output directory of the crawls (default: output/)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    parser.add_argument("--runs", type=int, default=5, metavar="N",
                        help="compare the last run with the N runs before it (default: 5)")
    parser.add_argument("--history", metavar="SITE", help="one line per kept run of SITE instead, newest first")
    parser.add_argument("--redis", metavar="URL", help="the distributed crawls (harvester crawl --redis) in this Redis")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    where = args.redis or args.directory
    states = (lambda limit, only=None: redis_site_states(args.redis, limit, only)) if args.redis else (
        lambda limit, only=None: site_states(args.directory, limit, only))
    try:
        sites = states(max(args.runs, 1) + 1)
    except RuntimeError as exc:  # the shared store cannot be reached
        print(f"harvester status: {exc}", file=sys.stderr)
        return exit_status.FAILED
    if args.history:
        sites = [site for site in sites if args.history in (site["site"], site["directory"].name)]
        if not sites:
            print(f"harvester status: no run history for {args.history!r} in {where}", file=sys.stderr)
            return exit_status.USAGE
        sites = states(None, sites[0]["directory"])
    if not sites:
        what = "no distributed crawl" if args.redis else "no */state.sqlite"
        print(f"harvester status: no crawled site in {where} ({what})", file=sys.stderr)
        return exit_status.USAGE
    if args.json:
        print(json.dumps([_jsonable(site) for site in sites], indent=2, ensure_ascii=False))
    elif args.history:
        site = sites[0]
        print(_header())
        for index, summary in enumerate(site["runs"]):
            earlier = site["runs"][index + 1:]
            print(_line(site["site"], summary, _changes(summary, earlier), earlier))
        print(LEGEND)
    else:
        print(_header())
        for site in sites:
            print(_site_line(site))
        print(LEGEND)
    drifting = any(site["runs"] and site["runs"][0].get("drift") for site in sites)
    return exit_status.DRIFT if drifting else exit_status.OK


def site_states(directory: Path, limit: int | None, only: Path | None = None) -> list[dict[str, Any]]:
    """Per site directory under ``directory``: its name, kept summaries (newest first), a running crawl."""
    found = []
    for state_path in sorted(directory.glob("*/state.sqlite")):
        if only is not None and state_path.parent != only:
            continue
        try:
            with closing(sqlite3.connect(f"file:{state_path}?mode=ro", uri=True, timeout=10)) as db:
                runs = read_summaries(db, limit)
                running = _running(db)
        except sqlite3.Error as exc:
            print(f"harvester status: {state_path}: cannot read: {exc}", file=sys.stderr)
            continue
        site = runs[0]["site"] if runs else state_path.parent.name
        found.append({"site": site, "directory": state_path.parent, "runs": runs, "running": running})
    return found


def redis_site_states(url: str, limit: int | None, only: Path | None = None) -> list[dict[str, Any]]:
    """:func:`site_states` for the distributed crawls of a Redis: the site's key prefix stands for
    its directory; a crawl runs while its generation is open and some worker is alive."""
    from harvester.crawl.shared_store import connect, crawl_progress, distributed_sites, read_history

    client = connect(url)
    found = []
    for prefix in distributed_sites(client):
        if only is not None and Path(prefix) != only:
            continue
        runs = read_history(client, prefix, limit)
        progress = crawl_progress(client, prefix)
        running = None
        if progress["status"] == "running":
            open_runs = [(run_id, info) for run_id, info in progress["runs"].items() if info.get("ended_at") is None]
            started = min((info["started_at"] for _, info in open_runs), default=None)
            if started is not None:
                running = {"run_id": open_runs[0][0], "started_at": started, "alive": bool(progress["live_workers"])}
        site = runs[0]["site"] if runs else prefix.split(":", 1)[1]
        found.append({"site": site, "directory": Path(prefix), "runs": runs, "running": running})
    client.close()
    return found


def _running(db: sqlite3.Connection) -> dict[str, Any] | None:
    """The newest run when it has not closed and its process is alive (a dead one was killed)."""
    row = db.execute("SELECT run_id, pid, started_at, ended_at FROM runs ORDER BY started_at DESC, rowid DESC LIMIT 1"
                     ).fetchone()
    if row is None or row[3] is not None:
        return None
    run_id, pid, started_at, _ = row
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return {"run_id": run_id, "started_at": started_at, "alive": False}
    except PermissionError:
        pass
    return {"run_id": run_id, "started_at": started_at, "alive": True}


def _header() -> str:
    return (f"{'SITE':24} {'LAST RUN (UTC)':16} {'OUTCOME':12} {'PAGES':>6} {'NEW':>5} {'CHANGED':>7} "
            f"{'UNCHANGED':>9} {'QUARANTINED':>11} {'SPAM':>11}  {'COVERAGE':45} CHANGES")


def _site_line(site: Mapping[str, Any]) -> str:
    runs = site["runs"]
    running = site["running"]
    note = ""
    if running is not None:
        note = ("crawl running since " if running["alive"] else "last crawl killed (started ") + _when(
            running["started_at"]) + ("" if running["alive"] else ")")
    if not runs:
        return f"{site['site']:24} {'-':16} {'never closed':12}  {note}"
    changes = _changes(runs[0], runs[1:])
    return _line(site["site"], runs[0], "; ".join(part for part in (note, changes) if part), runs[1:])


def _line(name: str, s: Mapping[str, Any], changes: str, earlier: list[Mapping[str, Any]]) -> str:
    kinds = s.get("records_by_kind") or {}
    return (f"{name:24} {_when(s.get('finished_at')):16} {_outcome(s):12} {s.get('pages', 0):>6} "
            f"{kinds.get('new', 0):>5} {kinds.get('changed', 0):>7} {s.get('unchanged', 0):>9} "
            f"{s.get('quarantined', 0):>11} {_spam(s):>11}  {_coverage(s, earlier):45} {changes}")


def _spam(summary: Mapping[str, Any]) -> str:
    """Spam comments of the run's records, of all their comments ("-" for runs from before the count)."""
    comments = summary.get("comments")
    if not isinstance(comments, Mapping):
        return "-"
    return f"{comments.get('spam', 0)}/{comments.get('total', 0)}"


def _when(stamp: str | None) -> str:
    return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M") if stamp else "-"


def _outcome(summary: Mapping[str, Any]) -> str:
    return str(summary.get("outcome") or summary.get("finish_reason") or "?")


def _coverage(summary: Mapping[str, Any], earlier: list[Mapping[str, Any]]) -> str:
    cov, note = measured(summary), ""
    if cov is None:
        source = next((s for s in earlier if measured(s) is not None), None)
        if source is None:
            return f"- ({(summary.get('coverage') or {}).get('records', 0)} extracted)"
        cov, note = measured(source), f" ({datetime.fromisoformat(source['finished_at']).strftime('%m-%d')})"
    assert cov is not None
    return " ".join(f"{_SHORT[name]}{percent(cov.get(name))}" for name in COVERAGE_FIELDS) + note


def _changes(last: Mapping[str, Any], earlier: list[Mapping[str, Any]]) -> str:
    """What differs between the last run and the ones before it, most important first."""
    parts = []
    if last.get("drift"):
        parts.append("DRIFT " + describe_drift(last["drift"]))
    if not earlier:
        return "; ".join(parts) or "first run"
    previous = earlier[0]
    if _outcome(previous) != _outcome(last):
        parts.append(f"was {_outcome(previous)}")
    if last.get("outcome") == "failed":
        good = next((s for s in earlier if s.get("outcome") == "finished"), None)
        parts.append(f"last finished run {_when(good['finished_at'])}" if good else "no finished run kept")
        if last.get("error"):
            parts.append(str(last["error"]))
    pages_before, pages_now = previous.get("pages", 0), last.get("pages", 0)
    if pages_now * 2 < pages_before:  # a sitemap or feed that broke, or a site that stopped answering
        parts.append(f"pages {pages_before} -> {pages_now}")
    before, now = previous.get("quarantined", 0), last.get("quarantined", 0)
    if now > before:
        parts.append(f"quarantined {before} -> {now}")
    new_reasons = sorted(set(last.get("quarantined_by_reason") or {}) - set(previous.get("quarantined_by_reason") or {}))
    if new_reasons:
        parts.append("new quarantine reasons: " + ", ".join(new_reasons))
    drifted = {alarm["field"] for alarm in last.get("drift") or ()}
    now_cov = measured(last)
    then_cov = next((cov for cov in (measured(s) for s in earlier) if cov is not None), None)
    if now_cov and then_cov:
        for name in COVERAGE_FIELDS:
            if name in drifted or name not in now_cov or name not in then_cov:
                continue
            if abs(now_cov[name] - then_cov[name]) >= _NOTABLE:
                parts.append(f"{name} {percent(then_cov[name])} -> {percent(now_cov[name])}")
    return "; ".join(parts) or f"as before ({len(earlier)} earlier run{'s' if len(earlier) > 1 else ''})"


def _jsonable(site: Mapping[str, Any]) -> dict[str, Any]:
    runs = site["runs"]
    return {
        "site": site["site"],
        "directory": str(site["directory"]),
        "running": site["running"],
        "last_run": runs[0] if runs else None,
        "drift": (runs[0].get("drift") or []) if runs else [],
        "changes": _changes(runs[0], runs[1:]) if runs else None,
        "earlier_runs": runs[1:],
    }
