"""The ``harvester`` command: each subcommand lives in its own module and registers here."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from harvester import __version__
from harvester.commands import crawl, evaluate, export, extract, schedule, schema, status, warc

_COMMANDS = (crawl, warc, schedule, status, extract, export, evaluate, schema)

DESCRIPTION = """\
Crawl health-news sites into validated article records (JSON Lines), extract records from local
pages, export them as typed tables, run crawls on a schedule and see how they went.

First steps:
  harvester crawl demo          crawl the bundled demo site (offline) into output/demo/
  harvester status              one line per crawled site: last run, records, field coverage
  harvester warc FILES          extract the pages of WARC/ARC files (e.g. Common Crawl News)
  harvester COMMAND --help      what each command does
"""

# reStructuredText in the modules' docstrings, which double as --help text: ``code`` and :role:`name`.
_RST = re.compile(r"``([^`]+)``|:[a-z]+:`~?([^`]+)`")


def plain(text: str | None) -> str | None:
    """A docstring as a person reads it in a terminal: without reStructuredText markup."""
    return _RST.sub(lambda match: match.group(1) or match.group(2), text) if text else text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="harvester", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"harvester {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _COMMANDS:
        module.register(sub)
    for command in sub.choices.values():
        command.description = plain(command.description)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
