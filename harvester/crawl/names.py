"""The crawl's vocabulary in one place: spider names, quarantine reasons and stats keys.

These strings are an interface: ``summary.json``, ``quarantine.jsonl`` and the Scrapy stats are
read by people and scripts, so a key is spelled once here and every writer and reader imports
it. The Literal types let a type checker catch a misspelt reason or spider name where it is
written, not when a summary comes out with a count under a new name.

Nothing here imports Scrapy: profiles and the command line read these names without paying for it.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

# -- spiders ---------------------------------------------------------------------------------------

# The spiders' ``name`` attributes; Scrapy's spider loader (SPIDER_MODULES) finds the classes.
SpiderName = Literal["sitemap", "feed", "crawl", "urls"]
SPIDER_NAMES: Final[tuple[SpiderName, ...]] = get_args(SpiderName)
# The spider of ``harvester warc``: it reads web archives, so no profile starts it.
WARC_SPIDER: Final = "warc"

# -- quarantine reasons ----------------------------------------------------------------------------

# Why a page went to quarantine.jsonl instead of becoming a record: a stable vocabulary for the
# summary's ``quarantined_by_reason`` and for anyone grepping the file.
QuarantineReason = Literal[
    "fetch_failed",  # no usable response: DNS, refused, timeout, size limit, too many redirects
    "redirect_loop",  # a redirect back into its own chain
    "http_error",  # 4xx / 5xx after retries
    "unexpected_status",  # e.g. 304 for a page the state never saw
    "not_html_content_type",
    "empty_body",
    "not_html",  # the extractor found no HTML document in the body
    "extraction_error",  # the extractor raised
    "extraction_timeout",
    "worker_crash",  # the extraction worker process died
    "validation_error",  # the record does not validate against the schema
    "warc_damaged",  # harvester warc: a web archive truncated or corrupt from this record on
]
QUARANTINE_REASONS: Final[tuple[QuarantineReason, ...]] = get_args(QuarantineReason)

# -- skip reasons ---------------------------------------------------------------------------------

# Why a URL the crawl was asked for went to skipped.jsonl: deliberately no record, policy not failure.
# An unchanged page is not a skip: its record exists (an earlier version).
SkipReason = Literal[
    "not_an_article",  # fetched, and plainly not an article (spiders.base.plainly_not_article)
    "robots_txt",  # forbidden by robots.txt, or robots.txt could not be read (RFC 9309: disallow)
    "refused_url",  # listed, but not an http(s) URL of an allowed domain: never requested
    "offsite_redirect",  # redirected to a host the profile does not allow: not followed
    "duplicate_redirect",  # redirected to a URL this crawl fetches anyway (listed too, or a shared target)
    "already_handled",  # a resumed crawl: this crawl generation already has its outcome
    "ignored",  # another deliberate refusal by a middleware (the detail says which)
    "language",  # parsed, not in a language the run asked for (HARVESTER_LANGUAGES): not extracted
]
SKIP_REASONS: Final[tuple[SkipReason, ...]] = get_args(SkipReason)

# -- stats keys written by harvester ---------------------------------------------------------------

# Every article page the pipeline received; each ends in exactly one of records, unchanged,
# quarantined or not_processed.
STAT_PAGES: Final = "harvester/pages"
# Records emitted, with sub-keys ``/<RecordKind>``.
STAT_RECORDS: Final = "harvester/records"
# Pages that produced nothing new, with sub-keys ``/<UnchangedHow>``.
STAT_UNCHANGED: Final = "harvester/unchanged"
# Pages quarantined, with sub-keys ``/<QuarantineReason>``.
STAT_QUARANTINED: Final = "harvester/quarantined"
# Pages dropped because the output could not be written (fetched again next run).
STAT_NOT_PROCESSED: Final = "harvester/not_processed"

# Records extracted this run (emitted or unchanged in content), and with sub-keys ``/<field>`` how
# many had each coverage field (harvester.crawl.history.COVERAGE_FIELDS).
STAT_EXTRACTED: Final = "harvester/extracted"
STAT_COVERAGE: Final = "harvester/coverage"

# settled: written for a killed worker of a distributed crawl (harvester.crawl.delivery.settle).
RecordKind = Literal["new", "changed", "replayed", "settled"]
UnchangedHow = Literal["not_modified", "body", "content"]

# harvester warc: archive files opened (its presence marks a run over archives), those found
# damaged, bytes read, records read, records that are not pages by reason (record type, not_html,
# http_status, too_large), pages the filters left out by filter (domain, date, url_pattern), and
# pages a resumed run passed over because an earlier run of the generation committed them.
STAT_WARC_FILES: Final = "harvester/warc/files"
STAT_WARC_FILES_DAMAGED: Final = "harvester/warc/files_damaged"
STAT_WARC_BYTES: Final = "harvester/warc/bytes"
STAT_WARC_RECORDS: Final = "harvester/warc/records"
STAT_WARC_PASSED: Final = "harvester/warc/passed"
STAT_WARC_FILTERED: Final = "harvester/warc/filtered"
STAT_WARC_RESUME_SKIPPED: Final = "harvester/warc/resume_skipped"
# harvester crawl --archive: responses written to WARC files, their body bytes, the files' names.
STAT_ARCHIVE_RESPONSES: Final = "harvester/archive/responses"
STAT_ARCHIVE_BYTES: Final = "harvester/archive/bytes"
STAT_ARCHIVE_FILES: Final = "harvester/archive/files"

# Read by harvester.crawl.extensions.could_run: "every start point failed" means the crawl never ran.
STAT_START_POINTS: Final = "harvester/start_points"
STAT_START_FAILED: Final = "harvester/start_points_failed"
# The last start point failure (its URL and error), for the summary of a run that could not reach its site.
STAT_START_ERROR: Final = "harvester/start_point_error"
# Sitemaps and feeds that gave nothing: refused (not XML, entity declarations, too large, corrupt
# gzip, nested too deep) or, for child sitemaps, failed to download.
STAT_SOURCES_FAILED: Final = "harvester/sources_failed"
# Entries of sitemaps and feeds that are not http(s) URLs of an allowed domain: never requested.
STAT_LISTED_REFUSED: Final = "harvester/listed_urls_refused"

# URLs already handled in this crawl generation, not fetched again by a resumed crawl.
STAT_RESUME_SKIPPED: Final = "harvester/resume_skipped"
# Requests sent with If-None-Match / If-Modified-Since.
STAT_CONDITIONAL: Final = "harvester/conditional_requests"
# robots.txt could not be read (5xx, 429, time-out, refused connection, an off-site redirect):
# nothing on that host is crawled in this run (RFC 9309 2.3.1.4).
STAT_ROBOTS_UNAVAILABLE: Final = "robotstxt/unavailable"
# Redirects (HTTP or meta refresh) to a host the profile does not allow: refused, never followed.
STAT_OFFSITE_REDIRECTS: Final = "harvester/offsite_redirects"
# Article URLs the crawl was asked for (listed, linked or given), each counted once; every one of
# them ends in a record, an unchanged page, a quarantine entry or a skip entry (skipped.jsonl).
STAT_ASKED: Final = "harvester/asked"
# URLs written to skipped.jsonl, with sub-keys ``/<SkipReason>``.
STAT_SKIPPED: Final = "harvester/skipped"

# Reader comments of the records emitted: all of them, those marked spam, those flagged by the
# page's own signals (the extractor), those carrying the crawl's repeated_text reason, and the
# comments of records written earlier, unflagged, whose text reached the threshold in this run
# (harvester.crawl.comment_counts).
STAT_COMMENTS: Final = "harvester/comments"
STAT_COMMENTS_SPAM: Final = "harvester/comments/spam"
STAT_COMMENTS_FLAGGED: Final = "harvester/comments/flagged_spam"
STAT_COMMENTS_REPEATED: Final = "harvester/comments/repeated_text"
STAT_COMMENTS_REPEATED_EARLIER: Final = "harvester/comments/repeated_earlier_unflagged"

# Set when the run closes: the process exit status, whether the crawl reached its site, and
# records committed to the state but not found in the feed files.
STAT_EXIT_STATUS: Final = "harvester/exit_status"
STAT_COULD_RUN: Final = "harvester/could_run"
STAT_MISSING: Final = "harvester/missing_from_feed"

# Distributed crawls (--redis): this worker's Redis round trips, and requests that waited for the
# per-domain delay or concurrency shared by every worker.
STAT_REDIS_ROUND_TRIPS: Final = "harvester/redis_round_trips"
STAT_SHARED_POLITENESS_WAITS: Final = "harvester/politeness/shared_waits"

# -- stats keys written by Scrapy that harvester reads ---------------------------------------------

SCRAPY_RESPONSES: Final = "downloader/response_count"
SCRAPY_REQUESTS: Final = "downloader/request_count"
SCRAPY_ROBOTS_FORBIDDEN: Final = "robotstxt/forbidden"
SCRAPY_OFFSITE: Final = "offsite/filtered"
SCRAPY_DUPLICATES: Final = "dupefilter/filtered"
SCRAPY_ERRORS_LOGGED: Final = "log_count/ERROR"


def sub_key(stat: str, part: str) -> str:
    """The key of one breakdown of ``stat``: ``harvester/quarantined/http_error`` and the like."""
    return f"{stat}/{part}"
