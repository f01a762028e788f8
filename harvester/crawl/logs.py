"""What ``harvester crawl`` logs by default: the run's start, progress, summary and any warning.

Scrapy opens every crawl with a start-up report at INFO (versions, overridden settings, enabled
add-ons, extensions, middlewares and pipelines: some 80 lines) that matters when debugging a
project, not when running one; ``harvester crawl -v`` shows it. ``scrapy crawl`` is left as Scrapy
users know it.
"""

from __future__ import annotations

import logging

# Loggers whose INFO records are only the start-up report.
_REPORT_LOGGERS = ("scrapy.middleware", "scrapy.addons", "scrapy.utils.log", "scrapy.extensions.telnet")
# scrapy.crawler also says "Received SIGINT..." at INFO, which a person needs: only this goes. The
# engine's "Spider opened" / "Spider closed" repeat harvester's start and summary lines ("Closing
# spider (reason)", when the stop began, stays).
_REPORT_MESSAGES = ("Overridden settings", "Spider opened", "Spider closed")


class _StartUpReport(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.INFO:
            return True
        return record.name not in _REPORT_LOGGERS and not str(record.msg).startswith(_REPORT_MESSAGES)


def quiet_start_up() -> None:
    """Drop the start-up report from this process's log (on the loggers, so Scrapy's handler keeps it out)."""
    report = _StartUpReport()
    for name in (*_REPORT_LOGGERS, "scrapy.crawler", "scrapy.core.engine"):
        logging.getLogger(name).addFilter(report)
