"""``harvester crawl``: run one spider in-process for a site profile or an ad-hoc start point.

``harvester crawl demo`` also serves the bundled demo site on 127.0.0.1 for the length of the
crawl and points the demo profile at it, so the first command of the README needs no network.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from harvester.profiles import (
    ProfileError,
    SiteProfile,
    SpiderName,
    adhoc_profile,
    bundled_profiles,
    load_profile,
    parse_since,
)

_SPIDERS = ("sitemap", "feed", "crawl", "urls")
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
    parser.add_argument("--spider", choices=_SPIDERS, help="run this spider instead of the profile's default")
    parser.add_argument("-o", "--output", type=Path, help="output directory (default: output/)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="skip sitemap/feed entries dated before this day")
    parser.add_argument(
        "--max-pages", type=int, metavar="N",
        help="request at most N article pages in this crawl (counted at request time; a resumed crawl keeps its count)",
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
    if args.profile == "demo":
        from harvester.demo.server import serving

        # The profile's own port when free: page URLs, and so the incremental state, then stay the
        # same from one demo run to the next (a second run reports everything unchanged).
        port = urlsplit(profile.base_url or "").port or 0
        with serving(port=port, any_port_if_taken=True) as server:
            print(f"harvester crawl: serving the demo site at {server.base_url}", file=sys.stderr)
            return run_spider(spider, settings, profile=profile.with_changes(base_url=server.base_url), **kwargs)
    return run_spider(spider, settings, profile=profile, **kwargs)


def plan(args: argparse.Namespace) -> tuple[str, SiteProfile, dict[str, Any]]:
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
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"-s {item!r}: expected NAME=VALUE")
        settings.set(name, value, priority="cmdline")
    if args.output is not None:
        settings.set("HARVESTER_OUTPUT_DIR", str(args.output), priority="cmdline")
    if getattr(args, "archive", False):
        settings.set("HARVESTER_ARCHIVE", True, priority="cmdline")
    return settings


def run_spider(spider: str, settings: Any, **kwargs: Any) -> int:
    """Run one harvester spider in this process; the exit status of the run (see crawl_exit_status)."""
    from scrapy.crawler import CrawlerProcess

    from harvester.crawl.extensions import crawl_exit_status
    from harvester.crawl.spiders import crawl, feed, sitemap, urls, warc

    spider_cls = {
        "sitemap": sitemap.ArticleSitemapSpider, "feed": feed.FeedSpider,
        "crawl": crawl.LinkCrawlSpider, "urls": urls.UrlListSpider, "warc": warc.WarcSpider,
    }[spider]
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls)
    failures: list[BaseException] = []
    process.crawl(crawler, **kwargs).addErrback(lambda failure: failures.append(failure.value))
    process.start()
    if process.bootstrap_failed:
        reason = failures[0] if failures else "see the log above"
        print(f"harvester crawl: the crawl could not start: {reason}", file=sys.stderr)
        return 1
    # One rule for "did it work", shared with summary.json: see harvester.crawl.extensions.
    status = crawl_exit_status(crawler.stats.get_stats())
    if status:
        print("harvester crawl: the crawl failed (see the summary above)", file=sys.stderr)
    return status
