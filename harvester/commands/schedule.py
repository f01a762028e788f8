"""``harvester schedule``: crawl each site on its profile's schedule, in the foreground, until stopped.

Profiles carry ``schedule = "<cron expression>"`` (five fields: minute hour day month weekday)
and optionally ``timezone = "Europe/Paris"`` (default UTC). Each due crawl runs as its own
``harvester crawl PROFILE --output DIR`` process, its log appended to DIR/<site>/crawl.log;
never two of one site at once, at most --max-parallel at a time. A site whose last run is older
than the last time its schedule came due runs once at start (--no-catch-up to wait for its next
time instead). SIGTERM or Ctrl-C stops scheduling and checkpoints the running crawls (they
resume on their next run); a second one stops them at once. Run it under systemd, tmux or
nohup; ``harvester status DIR`` shows what it did.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from harvester import exit_status
from harvester.profiles import ProfileError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "schedule", help="run each profile's crawl on its cron schedule (foreground, until SIGTERM/Ctrl-C)",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("profiles", nargs="+", metavar="PROFILE_OR_DIR",
                        help="profile files, bundled profile names, or directories of *.toml profiles")
    parser.add_argument("-o", "--output", type=Path, default=Path("output"),
                        help="where the crawls write: each site in DIR/<site>/ (default: output/)")
    parser.add_argument("--max-parallel", type=int, default=2, metavar="N", help="crawls at once (default: 2)")
    parser.add_argument("--no-catch-up", dest="catch_up", action="store_false",
                        help="at start, do not run sites whose last scheduled time passed without a run")
    parser.add_argument("--misfire-grace", type=int, default=3600, metavar="SECONDS",
                        help="run a crawl that comes due this late at most (machine suspended); default 3600")
    parser.add_argument("--now", action="store_true", help="crawl every site once at start, then on schedule")
    parser.add_argument("--fail-on-drift", action="store_true", help="passed on to each crawl (see harvester crawl)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting passed on to each crawl")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from harvester.scheduler import Scheduler, find_profiles

    if args.max_parallel < 1:
        print("harvester schedule: --max-parallel must be at least 1", file=sys.stderr)
        return exit_status.USAGE
    try:
        sites = find_profiles(args.profiles)
    except ProfileError as exc:
        print(f"harvester schedule: {exc}", file=sys.stderr)
        return exit_status.USAGE
    scheduled = [site for site in sites if site.profile.schedule]
    for site in sites:
        if not site.profile.schedule:
            print(f"harvester schedule: {site.source}: no schedule in this profile; not scheduled", file=sys.stderr)
    if not scheduled:
        print("harvester schedule: no profile has a schedule (schedule = \"0 */6 * * *\")", file=sys.stderr)
        return exit_status.USAGE
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        datefmt="%Y-%m-%d %H:%M:%S")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return Scheduler(
        scheduled, args.output.resolve(), max_parallel=args.max_parallel, catch_up=args.catch_up,
        misfire_grace=args.misfire_grace, run_now=args.now,
        crawl_args=[*(["--fail-on-drift"] if args.fail_on_drift else []), *(f"--set={item}" for item in args.set)],
    ).run()
