"""Scrapy settings of the harvester project (named by scrapy.cfg): polite and bounded by default.

Per-run paths (FEEDS, JOBDIR, state and quarantine files) are not here: spiders set them through
:func:`harvester.crawl.runtime.apply_run_settings`, because they depend on the site and the
``--output`` directory. Every value below can be overridden with ``-s NAME=VALUE``.
"""

from __future__ import annotations

from harvester import __version__

BOT_NAME = "harvester"
SPIDER_MODULES = ["harvester.crawl.spiders"]
NEWSPIDER_MODULE = "harvester.crawl.spiders"

# The one place the crawler identifies itself; site operators reach us through the URL.
PROJECT_URL = "https://github.com/harvester-project/harvester"
USER_AGENT = f"harvester/{__version__} (+{PROJECT_URL})"

# -- politeness ---------------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0  # varied by ±50% (DOWNLOAD_DELAY_JITTER); AutoThrottle never goes below it
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False  # no listening sockets for a crawler
REMOTE_CONTROL_ENABLED = False

# -- bounds: a hostile server cannot make a page, a wait or a redirect chain unbounded -------------
# Also caps the decompressed size of pages (BoundedDecompressionMiddleware honours it).
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
# The sitemaps protocol's own limit, downloaded or gunzipped; pages keep DOWNLOAD_MAXSIZE.
HARVESTER_SITEMAP_MAXSIZE = 50 * 1024 * 1024
# Scrapy starts this many tasks per callback output; the default 100 makes a huge sitemap of
# robots-disallowed URLs crawl at ~45 requests/s, 8 keeps the pipeline busy without that cost.
CONCURRENT_ITEMS = 8
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 15
REDIRECT_MAX_TIMES = 5
METAREFRESH_MAXDELAY = 10

# -- retries: transient statuses, with exponential backoff and Retry-After ------------------------
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"  # the page is then quarantined and counted, not lost
HARVESTER_RETRY_BACKOFF_BASE = 2.0  # seconds before the first retry, doubled for each next one
HARVESTER_RETRY_BACKOFF_MAX = 60.0
HARVESTER_RETRY_AFTER_MAX = 60.0  # a longer Retry-After is not waited for: the page is given up

# -- engine, output, logs ----------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
# Writes each record as the JSON the pipeline already made for the state database.
FEED_EXPORTERS = {"jsonlines": "harvester.crawl.exporters.RecordLinesExporter"}
# Batch files appear whole (written as .part, renamed when closed) and are listed in manifest.json.
FEED_STORAGES = {"": "harvester.crawl.exporters.AtomicFileFeedStorage",
                 "file": "harvester.crawl.exporters.AtomicFileFeedStorage"}
FEED_EXPORT_BATCH_ITEM_COUNT = 5000
LOG_LEVEL = "INFO"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_DATEFORMAT = "%H:%M:%S"
STATS_DUMP = False  # summary.json and the summary line replace the raw stats dump
LOGSTATS_INTERVAL = 0  # harvester.crawl.extensions.Progress reports instead, with record counts
DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"  # pipelines count every drop; the summary reports them

HTTPCACHE_ENABLED = False  # -s HTTPCACHE_ENABLED=True while developing a profile
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"

# -- harvester components ------------------------------------------------------------------------
HARVESTER_EXTRACT_WORKERS = None  # None: one per CPU; 0: extract on the reactor thread (debugging)
HARVESTER_EXTRACT_TIMEOUT = 120.0  # seconds per page before its worker is killed and it is quarantined
# Distributed crawl (harvester crawl --redis URL): the shared queue and state in this Redis.
HARVESTER_REDIS_URL = None
# Seconds after which the requests of a worker that stopped answering (killed) go back to the queue.
HARVESTER_REDIS_LEASE_TIMEOUT = 30.0
# Seconds between two looks at the shared queue by a worker with nothing in flight.
HARVESTER_REDIS_POLL_INTERVAL = 0.5
HARVESTER_PROGRESS_INTERVAL = 5.0  # seconds between progress lines in a log; 0 turns progress off
HARVESTER_PROGRESS_LIVE = True  # on a terminal, a progress line redrawn in place instead
# Seconds a stopped crawl (SIGINT, SIGTERM) lets requests in flight finish before it cuts them and
# puts them back in the queue for the resume (harvester.crawl.stopping); a second signal stops at once.
HARVESTER_STOP_GRACE = 5.0
HARVESTER_FAIL_ON_DRIFT = False  # True: exit status 3 when a field's coverage drifted (harvester.crawl.history)
HARVESTER_LANGUAGES: list[str] = []  # record languages to write (e.g. ["en"]); empty: all
# A comment text on this many records of a site's crawl is spam (repeated_text); the counts keep
# the texts seen most recently, this many (harvester.crawl.comment_counts).
HARVESTER_REPEATED_COMMENT_PAGES = 3
HARVESTER_COMMENT_TEXTS_KEPT = 200_000
# -- web archives ----------------------------------------------------------------------------------
HARVESTER_WARC_READ_AHEAD = 0  # archive pages read ahead of extraction; 0: 8 per extraction worker
HARVESTER_ARCHIVE = False  # `harvester crawl --archive`: keep every response in WARC files
HARVESTER_ARCHIVE_MAX_BYTES = 1_000_000_000  # a WARC file is closed and the next begun past this size

ITEM_PIPELINES = {
    "harvester.crawl.pipelines.ArticlePipeline": 300,
}
SPIDER_MIDDLEWARES = {
    "harvester.crawl.middlewares.ReplayUndeliveredMiddleware": 10,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "harvester.crawl.middlewares.StrictRobotsTxtMiddleware": 100,
    "harvester.crawl.middlewares.ResumeSkipMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "harvester.crawl.middlewares.BackoffRetryMiddleware": 550,
    "harvester.crawl.middlewares.ConditionalRequestMiddleware": 560,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "harvester.crawl.middlewares.BoundedDecompressionMiddleware": 590,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "harvester.crawl.middlewares.HeadOnlyMetaRefreshMiddleware": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "harvester.crawl.middlewares.BoundedRedirectMiddleware": 600,
    # Next to the downloader: the exchange as it went over the wire (HARVESTER_ARCHIVE only).
    "harvester.crawl.archive.ArchiveMiddleware": 950,
    # Nearest the downloader: a request a stop cut goes back to the queue before any other sees it.
    "harvester.crawl.stopping.RequeueCutMiddleware": 990,
}
# HTTP downloads that a stop's grace period can cut (harvester.crawl.stopping).
DOWNLOAD_HANDLERS = {
    "http": "harvester.crawl.stopping.StoppableHTTPDownloadHandler",
    "https": "harvester.crawl.stopping.StoppableHTTPDownloadHandler",
}
EXTENSIONS = {
    "harvester.crawl.extensions.RunLifecycle": 100,
    "harvester.crawl.extensions.Progress": 110,
    "harvester.crawl.stopping.GracefulStop": 120,
}
# Emptied JOBDIR queues stay open instead of being deleted and re-created page after page.
SCHEDULER_PRIORITY_QUEUE = "harvester.crawl.queues.ParkingPriorityQueue"
# `scrapy crawl` exits non-zero when the crawl could not run, like `harvester crawl`.
COMMANDS_MODULE = "harvester.crawl.commands"
