"""The exit statuses of ``harvester crawl`` and ``scrapy crawl`` (also ``exit_status`` in summary.json).

A wrapper (cron, systemd, scrapyd, a scheduler) tells what happened from the status alone:

====  =========================================================================================
0     the crawl ran and its output is complete
1     it could not run (nothing answered, every start point failed) or its output could not be
      written
2     usage error: bad arguments or profile, nothing was crawled
3     ``--fail-on-drift`` (``-s HARVESTER_FAIL_ON_DRIFT=1``) and a field's coverage drifted
130   interrupted by SIGINT (Ctrl-C); the same command resumes it
143   interrupted by SIGTERM; the same command resumes it
====  =========================================================================================
"""

from __future__ import annotations

import signal

OK = 0
FAILED = 1
USAGE = 2
DRIFT = 3


def interrupted(signum: int) -> int:
    """128 + the signal's number, as a shell reports a process ended by it (130 SIGINT, 143 SIGTERM)."""
    return 128 + int(signum)


INTERRUPTED_SIGINT = interrupted(signal.SIGINT)
INTERRUPTED_SIGTERM = interrupted(signal.SIGTERM)
