"""Crawl one site, described by a profile (a bundled name or a .toml file) or an ad-hoc start point.

Everything goes to DIR/<site>/ (DIR is --output, default output/): records-<run>-<batch>.jsonl,
quarantine.jsonl (pages that could not become a record, with the reason), summary.json (this
run; every run's summary is kept in the run history that harvester status reads) and the state
that makes the next run incremental and lets an interrupted one resume.

"harvester crawl demo" serves the bundled demo site on 127.0.0.1 while it crawls it: no network needed.

Exit status: 0 done; 1 failed (site unreachable, output not writable); 2 usage error; 3 a field's
coverage drifted (with --fail-on-drift); 130 / 143 interrupted by SIGINT / SIGTERM: the same
command resumes it. Ctrl-C stops gracefully within seconds (HARVESTER_STOP_GRACE, default 5 s: then
requests still in flight are put back in the queue); a second Ctrl-C stops at once, and still safely.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from harvester.crawl.names import SPIDER_NAMES, SpiderName
from harvester.profiles import (
    ProfileError,
    SiteProfile,
    adhoc_profile,
    bundled_profiles,
    load_profile,
    parse_since,
)

_ADHOC: dict[str, SpiderName] = {"sitemap": "sitemap", "feed": "feed", "start": "crawl", "urls": "urls"}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "crawl",
        help="crawl a site described by a profile (or an ad-hoc start point) into JSON Lines records",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("profile", nargs="?", help="bundled profile name (e.g. demo) or path to a profile .toml")
    start = parser.add_mutually_exclusive_group()
    start.add_argument("--sitemap", metavar="URL", help="crawl the articles of this sitemap (or sitemap index)")
    start.add_argument("--feed", metavar="URL", help="crawl the articles of this RSS or Atom feed")
    start.add_argument("--start", metavar="URL", help="link crawl from this page, within its host")
    start.add_argument("--urls", metavar="FILE", type=Path, help="fetch the article URLs listed in FILE, one a line")
    parser.add_argument("--spider", choices=SPIDER_NAMES, help="run this spider instead of the profile's default")
    parser.add_argument("-o", "--output", type=Path, metavar="DIR",
                        help="the site's files go to DIR/<site>/ (default: output/)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="-v: also Scrapy's start-up report (versions, settings, components); -vv: debug log")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="skip sitemap/feed entries dated before this day")
    parser.add_argument(
        "--max-pages", type=int, metavar="N",
        help="request at most N article pages in this crawl (counted at request time; a resumed crawl keeps its count)",
    )
    parser.add_argument(
        "--redis", metavar="URL",
        help="join a distributed crawl whose queue and state are in this Redis (redis://HOST:PORT/DB);"
        " start the same command on any number of machines",
    )
    parser.add_argument(
        "--fail-on-drift", action="store_true",
        help="exit with status 3 when a field's coverage fell well below the site's recent runs (see harvester status)",
    )
    parser.add_argument(
        "--archive", action="store_true",
        help="also write every fetched response, with its request, to gzipped WARC files in <site>/warc/"
             " (re-extract them later with `harvester warc`); a profile can set archive = true",
    )
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    parser.add_argument("--list", action="store_true", help="list the bundled profiles and exit")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name in bundled_profiles():
            print(f"{name:24} {load_profile(name).description}")
        return 0
    try:
        spider, profile, kwargs = plan(args)
        settings = scrapy_settings(args)
    except (ProfileError, ValueError) as exc:
        print(f"harvester crawl: {exc}", file=sys.stderr)
        return 2
    if not args.verbose:
        from harvester.crawl.logs import quiet_start_up

        quiet_start_up()
    if args.profile == "demo":
        from harvester.demo.server import serve_profile

        server, profile = serve_profile(profile)
        print(f"harvester crawl: serving the demo site at {server.base_url}", file=sys.stderr)
        try:
            return run_spider(spider, settings, profile=profile, **kwargs)
        finally:
            server.stop()
    return run_spider(spider, settings, profile=profile, **kwargs)


def plan(args: argparse.Namespace) -> tuple[SpiderName, SiteProfile, dict[str, Any]]:
    """Which spider runs with which profile and arguments; raises ProfileError before any crawl."""
    if args.max_pages is not None and args.max_pages < 1:
        raise ProfileError("--max-pages must be at least 1")
    kwargs: dict[str, Any] = {"since": parse_since(args.since), "max_pages": args.max_pages}
    adhoc = [(flag, str(getattr(args, flag))) for flag in _ADHOC if getattr(args, flag) is not None]
    if adhoc:
        flag, start = adhoc[0]
        spider = _ADHOC[flag]
        if args.spider not in (None, spider):
            raise ProfileError(f"--{flag} runs the {spider} spider, not {args.spider}")
        if args.profile is None:
            return spider, adhoc_profile(spider, start), kwargs
        return spider, load_profile(args.profile).with_start_point(spider, start), kwargs
    if args.profile is None:
        raise ProfileError("give a PROFILE or one of --sitemap, --feed, --start, --urls")
    profile = load_profile(args.profile)
    spider = args.spider or profile.default_spider
    if spider not in profile.start_kinds():
        raise ProfileError(f"profile {profile.name}: no start points for the {spider} spider")
    return spider, profile, kwargs


def scrapy_settings(args: argparse.Namespace) -> Any:
    """The project's Scrapy settings with the command line's ``-s``, ``--output`` and ``--archive``."""
    # Scrapy is imported here, not at module level: every other subcommand would pay its import.
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("harvester.crawl.settings", priority="project")
    if args.verbose >= 2:
        settings.set("LOG_LEVEL", "DEBUG", priority="cmdline")
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"-s {item!r}: expected NAME=VALUE")
        settings.set(name, value, priority="cmdline")
    if args.output is not None:
        settings.set("HARVESTER_OUTPUT_DIR", str(args.output), priority="cmdline")
    if getattr(args, "redis", None) is not None:
        if urlsplit(args.redis).scheme not in ("redis", "rediss", "unix"):
            raise ValueError(f"--redis {args.redis!r}: expected redis://HOST:PORT/DB (or rediss://, unix://)")
        settings.set("HARVESTER_REDIS_URL", args.redis, priority="cmdline")
    if getattr(args, "fail_on_drift", False):
        settings.set("HARVESTER_FAIL_ON_DRIFT", True, priority="cmdline")
    if getattr(args, "archive", False):
        settings.set("HARVESTER_ARCHIVE", True, priority="cmdline")
    return settings


def run_spider(spider: str, settings: Any, **kwargs: Any) -> int:
    """Run one harvester spider (a SpiderName, or ``warc``) in this process; the exit status of the run."""
    from scrapy.crawler import CrawlerProcess

    from harvester import exit_status
    from harvester.crawl.extensions import crawl_exit_status

    process = CrawlerProcess(settings)
    # By name: Scrapy's spider loader finds the class in SPIDER_MODULES, as `scrapy crawl` does.
    crawler = process.create_crawler(spider)
    failures: list[BaseException] = []
    process.crawl(crawler, **kwargs).addErrback(lambda failure: failures.append(failure.value))
    process.start()
    if process.bootstrap_failed:
        reason = failures[0] if failures else "see the log above"
        print(f"harvester crawl: the crawl could not start: {reason}", file=sys.stderr)
        return exit_status.FAILED
    # One rule for "did it work", shared with summary.json: see harvester.crawl.extensions.
    status = crawl_exit_status(crawler.stats.get_stats())
    if status == exit_status.FAILED:
        print("harvester crawl: the crawl failed (see the summary above)", file=sys.stderr)
    elif status == exit_status.DRIFT:
        print("harvester crawl: field coverage drifted (see the warning above; --fail-on-drift)", file=sys.stderr)
    elif status:
        print(f"harvester crawl: interrupted (exit status {status}); run the same command to resume", file=sys.stderr)
    return status
