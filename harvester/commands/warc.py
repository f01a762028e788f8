"""``harvester warc``: extract the HTML pages of web archives (WARC, WARC.gz, ARC) into records.

The pages take a crawl's path: the extraction pool (every core), validation, quarantine,
incremental state and exactly-once feed, into ``<output>/<site>/`` (the site is the profile's
name, else --site, else "warc"). Interrupted and run again, it goes on where it stopped; run again
after it finished, it re-reads the archives and writes only records that changed (for example
with a newer extractor). Each record says where it was read (``crawl.warc``).

Exit status as harvester crawl's: 0 done (a damaged file is reported, not a failure); 1 output
not writable; 2 usage error; 130 / 143 interrupted: the same command resumes it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harvester import exit_status
from harvester.commands.crawl import run_spider, scrapy_settings
from harvester.crawl.names import WARC_SPIDER
from harvester.profiles import ProfileError, load_profile, parse_since
from harvester.warc.reader import archive_files


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "warc",
        help="extract the HTML pages of WARC/ARC files (e.g. Common Crawl News) into JSON Lines records",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR",
                        help="archive files (.warc, .warc.gz, .arc, .arc.gz) or directories holding them")
    parser.add_argument("-o", "--output", type=Path, help="output directory (default: output/)")
    parser.add_argument("--profile", help="read only the profile's domains and article URLs, with its selectors")
    parser.add_argument("--site", help="name of the output's site directory when no profile names it (default: warc)")
    parser.add_argument("--domain", action="append", default=[], metavar="HOST",
                        help="read only pages of this host or its subdomains (repeatable)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="read only pages captured on or after this day")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="read only pages captured on or before this day")
    parser.add_argument("--language", action="append", default=[], metavar="CODE",
                        help="write only records in this language, e.g. en (repeatable; en matches en-GB)")
    parser.add_argument("--workers", type=int, metavar="N", help="extraction processes (default: one per CPU)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="-v: also Scrapy's start-up report (versions, settings, components); -vv: debug log")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        files = archive_files(args.paths)
        if not files:
            raise ValueError("no .warc, .warc.gz, .arc or .arc.gz files in " + ", ".join(map(str, args.paths)))
        profile = load_profile(args.profile) if args.profile else None
        since, until = parse_since(args.since), parse_since(args.until)
        if since and until and until < since:
            raise ValueError(f"--until {until} is before --since {since}")
        if args.workers is not None and args.workers < 0:
            raise ValueError("--workers must be 0 or more")
        settings = scrapy_settings(args)
    except (ProfileError, ValueError, OSError) as exc:
        print(f"harvester warc: {exc}", file=sys.stderr)
        return exit_status.USAGE
    if not args.verbose:
        from harvester.crawl.logs import quiet_start_up

        quiet_start_up()
    if args.language:
        settings.set("HARVESTER_LANGUAGES", args.language, priority="cmdline")
    if args.workers is not None:
        settings.set("HARVESTER_EXTRACT_WORKERS", args.workers, priority="cmdline")
    return run_spider(
        WARC_SPIDER, settings, files=files, profile=profile, domain=args.domain, since=since, until=until, site=args.site,
    )
