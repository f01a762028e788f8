"""What every harvester spider shares: profile and argument handling, run settings, article requests.

Spiders only discover and fetch. Every response for an article URL, including error statuses and
non-HTML bodies, leaves as a :class:`FetchedPage` so the pipelines can quarantine it with a reason
instead of it vanishing in a middleware; an article URL deliberately not fetched or not emitted
(robots.txt, an off-site redirect, plainly not an article) is written to ``skipped.jsonl`` with
the reason (:meth:`HarvesterSpider.skip`). Sitemaps and feeds are remote input too: one that cannot be
used is refused with a logged reason and counted, never allowed to stop the run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar, Self
from urllib.parse import urlsplit

import lxml.etree
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

from harvester.crawl.context import run_context
from harvester.crawl.items import FetchedPage
from harvester.crawl.middlewares import AlreadyHandled, OffsiteRedirect
from harvester.crawl.names import (
    STAT_ASKED, STAT_LISTED_REFUSED, STAT_SKIPPED, STAT_SOURCES_FAILED, STAT_START_ERROR, STAT_START_FAILED,
    STAT_START_POINTS, SkipReason, SpiderName, sub_key,
)
from harvester.decoding import binary_kind
from harvester.crawl.runtime import apply_run_settings
from harvester.profiles import ProfileError, SiteProfile, adhoc_profile, load_profile, parse_since, read_url_list

logger = logging.getLogger(__name__)

# Redirect codes stay out: listing them would stop RedirectMiddleware from following them.
ARTICLE_STATUSES = [300, 304, 305, 306, *range(400, 600)]

# Cheap "is this an article?" for link crawls without article patterns, whose pages nobody listed:
# one XPath over the tree the response already parsed. The full decision belongs to the extractor;
# this only keeps obvious index, tag and about pages out of the pipelines.
_ARTICLE_SIGNS = (
    "boolean("
    "//meta[@property='og:type' and starts-with(normalize-space(@content), 'article')]"
    " | //article[.//h1]"
    " | //script[@type='application/ld+json']"
    "[re:test(., '\"@type\"\\s*:\\s*\\[?[^\\]]*\"(News|Medical|Scholarly|Blog|Report|Tech)?(Article|BlogPosting)\"')]"
    ")"
)


# "Plainly not an article", for pages a sitemap, feed or URL list names: those are articles unless
# the page says otherwise. Structured data declaring another kind of page (and no article) ...
_OTHER_PAGE_TYPES = (
    "boolean("
    "//meta[@property='og:type' and normalize-space(@content)='profile']"
    " | //script[@type='application/ld+json']"
    "[re:test(., '\"@type\"\\s*:\\s*\"(CollectionPage|SearchResultsPage|ProfilePage|ContactPage|CheckoutPage)\"')]"
    "[not(re:test(., '\"@type\"\\s*:\\s*\\[?[^\\]]*\"(News|Medical|Scholarly|Blog|Report|Tech)?(Article|BlogPosting)\"'))]"
    ")"
)
# ... or no text of its own: what is left outside links, headings, navigation and scripts (an app
# shell, an "about" page of links, a redirect stub). Counted in non-space characters, so that a
# language written without spaces counts like one with them.
_OWN_TEXT = (
    "//body//text()[not(ancestor::a or ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template or ancestor::nav or ancestor::header or ancestor::footer or ancestor::button"
    " or ancestor::select or ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5"
    " or ancestor::h6 or ancestor::title)]"
)
MIN_OWN_TEXT = 40


class ArticleRequest(Request):
    """A request whose callbacks JOBDIR records by their names, found without a search.

    Scrapy's ``Request.to_dict`` names a callback by searching ``inspect.getmembers(spider)``,
    which reads every attribute of the spider, properties included, for each request queued on
    disk: 5 % of the crawl process's time in an unchanged re-run. An article request's callbacks
    are the spider's own methods, so a method's name is all the search would find.
    """

    def to_dict(self, *, spider: Spider | None = None) -> dict[str, Any]:
        names = [_own_method_name(spider, method) for method in (self.callback, self.errback)]
        if None in names:
            return super().to_dict(spider=spider)
        data = super(ArticleRequest, self.replace(callback=None, errback=None)).to_dict(spider=spider)
        data["callback"], data["errback"] = names
        return data


def _own_method_name(spider: Spider | None, method: Any) -> str | None:
    """The name of ``method`` on ``spider`` when it is one of the spider's methods, else None."""
    name = getattr(method, "__name__", None)
    own = getattr(spider, name, None) if name else None
    if own is None or getattr(own, "__func__", None) is not getattr(method, "__func__", method):
        return None
    return name


# Request meta flag of the requests counted in STAT_ASKED (kept through redirects).
ASKED = "harvester_asked"
# Request meta flag of the run's start points (kept through redirects).
START_POINT = "harvester_start_point"


class UnusableDocument(ValueError):
    """A sitemap or feed that is refused as a whole; the message says why."""


def fetchable_url(url: str) -> str | None:
    """``url`` as Scrapy will request it, or None when it is not an http(s) URL Scrapy could request.

    Domain checks must judge this form, not the raw string: Scrapy's ``safe_url_string`` reads "\\"
    as "/" the way browsers do, so ``http://evil.example\\@allowed.example/`` is a request to
    evil.example although ``urlsplit`` of the raw string names allowed.example as the host.
    """
    try:
        fetched = safe_url_string(url)
        parts = urlsplit(fetched)
        # .port raises ValueError for a port that is not a number in range, as Request would.
        usable = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:
        return None
    return fetched if usable else None


def refuse_entity_declarations(root: lxml.etree._Element) -> None:
    """Raise UnusableDocument when the document's DOCTYPE declares entities (general or parameter).

    Sitemaps and feeds never need them; declaring them is how entity-expansion bombs and external
    entities (XXE) start. The parsers never expand them, which leaves a reference's element text cut
    short (``<loc>http://site/news/&x;</loc>`` reads as ``http://site/news/``): refusing the whole
    document is the only reading that is not wrong.
    """
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and next(iter(dtd.iterentities()), None) is not None:
        raise UnusableDocument("declares XML entities (never expanded: an entity bomb or an external entity)")


def looks_like_article(response: Response) -> bool:
    if not isinstance(response, HtmlResponse):
        return False
    return response.xpath(_ARTICLE_SIGNS).get() == "1"


def plainly_not_article(response: HtmlResponse) -> str | None:
    """Why a listed page is plainly not an article, or None: then it is one (the extractor decides
    the rest, and a page it cannot use is quarantined, not skipped)."""
    if response.xpath(_OTHER_PAGE_TYPES).get() == "1":
        return "its structured data declares another kind of page"
    own = 0
    for text in response.xpath(_OWN_TEXT).getall():
        own += len("".join(text.split()))
        if own >= MIN_OWN_TEXT:
            return None
    return f"no text of its own ({own} characters outside links, headings and navigation)"


class HarvesterSpider(Spider):
    """Base of the four spiders; subclasses set ``name`` and ``adhoc_arg`` and implement ``start``.

    Arguments (``-a NAME=VALUE`` on the scrapy command line): ``profile`` (bundled name or .toml
    path), the subclass's ad-hoc start point (``sitemap``/``feed``/``start``/``urls``), ``since``
    (YYYY-MM-DD), ``output`` (directory), ``base_url`` (re-roots a profile's relative start
    points) and ``max_pages`` (at most that many article requests in this crawl).
    """

    # Scrapy's spider loader finds a spider by this name; the Literal keeps profiles, the command
    # line and the spiders to one vocabulary.
    name: SpiderName
    adhoc_arg: ClassVar[str]

    def __init__(
        self,
        *args: Any,
        profile: str | SiteProfile | None = None,
        since: str | date | None = None,
        output: str | None = None,
        base_url: str | None = None,
        max_pages: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        adhoc = kwargs.pop(self.adhoc_arg, None)
        self.site_profile = self._resolve_profile(profile, adhoc, base_url)
        if self.name not in self.site_profile.start_kinds():
            raise ProfileError(f"profile {self.site_profile.name}: no start points for the {self.name} spider")
        self.allowed_domains = list(self.site_profile.allowed_domains)
        self.since = parse_since(since)
        self.output_dir = output
        self.max_pages = None if max_pages in (None, "") else int(max_pages)
        self._articles = [re.compile(p) for p in self.site_profile.article_patterns]
        self._denied = [re.compile(p) for p in self.site_profile.deny_patterns]
        # A page a sitemap, feed or URL list names is an article unless it plainly is not; with
        # article patterns the profile has already said which URLs are articles.
        self.check_listed = not self._articles
        self._asked: set[bytes] = set()
        self._budget_spent = False
        self.configure()
        super().__init__(*args, **kwargs)

    def _resolve_profile(
        self, profile: str | SiteProfile | None, adhoc: str | None, base_url: str | None
    ) -> SiteProfile:
        if profile is None:
            if adhoc is None:
                raise ProfileError(f"the {self.name} spider needs -a profile=NAME_OR_PATH or -a {self.adhoc_arg}=...")
            return adhoc_profile(self.name, adhoc)
        loaded = profile if isinstance(profile, SiteProfile) else load_profile(profile)
        if base_url:
            loaded = loaded.with_changes(base_url=base_url)
        return loaded if adhoc is None else loaded.with_start_point(self.name, adhoc)

    def configure(self) -> None:
        """Hook run before Scrapy's own ``__init__`` (CrawlSpider compiles its rules there)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.apply_settings(crawler.settings)
        if kwargs.get("profile") == "demo" and not kwargs.get("base_url"):
            spider.serve_demo()
        return spider

    def serve_demo(self) -> None:
        """``scrapy crawl SPIDER -a profile=demo`` serves the demo site for the crawl, as ``harvester
        crawl demo`` does, instead of failing on a connection refused (``-a base_url=`` points the
        profile at a demo server started elsewhere instead)."""
        from harvester.demo.server import serve_profile

        server, self.site_profile = serve_profile(self.site_profile)
        logger.info("serving the demo site at %s for this crawl", server.base_url)
        self.crawler.signals.connect(lambda: server.stop(), signal=signals.spider_closed, weak=False)

    def apply_settings(self, settings: Settings) -> None:
        # Settings are still mutable here (Scrapy >= 2.11 freezes them after from_crawler). The
        # "spider" priority lets -s on the command line still override a profile's politeness.
        profile = self.site_profile
        if profile.download_delay is not None:
            settings.set("DOWNLOAD_DELAY", profile.download_delay, priority="spider")
        if profile.concurrency_per_domain is not None:
            settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", profile.concurrency_per_domain, priority="spider")
        if profile.autothrottle is not None:
            settings.set("AUTOTHROTTLE_ENABLED", profile.autothrottle, priority="spider")
        if profile.archive:
            settings.set("HARVESTER_ARCHIVE", True, priority="spider")
        output = Path(self.output_dir or settings.get("HARVESTER_OUTPUT_DIR") or "output")
        apply_run_settings(settings, output_dir=output, site=profile.name)

    # -- which URLs are articles ---------------------------------------------------------------

    def is_allowed(self, url: str) -> bool:
        fetched = fetchable_url(url)
        return fetched is not None and self.site_profile.allows(fetched)

    def listed_url(self, response: Response, link: str) -> str | None:
        """The URL a sitemap or feed entry names, as it will be fetched; None (counted) when it is not
        an http(s) URL of an allowed domain."""
        try:
            url = fetchable_url(response.urljoin(link))
        except ValueError:  # urljoin rejects some malformed URLs (an unclosed IPv6 bracket) itself
            url = None
        if url is None or not self.site_profile.allows(url):
            self.crawler.stats.inc_value(STAT_LISTED_REFUSED)
            logger.debug("listed URL refused (not an http(s) URL of an allowed domain): %r in %s", link, response.url)
            self.count_asked(link)
            self.skip(link, "refused_url", "not an http(s) URL of an allowed domain", listed_in=response.url)
            return None
        return url

    def listed_article(self, response: Response, link: str) -> Request | None:
        """The request for an article a sitemap or feed lists: None when the URL is refused (see
        :meth:`listed_url`), denied, matches no article pattern of the profile, or max_pages is spent."""
        url = self.listed_url(response, link)
        if url is None or any(p.search(url) for p in self._denied):
            return None
        if self._articles and not any(p.search(url) for p in self._articles):
            return None
        return self.article_request(url)

    def is_fresh(self, day: date | None) -> bool:
        """``since`` filtering at day resolution; an undated entry is kept (it may be new)."""
        return self.since is None or day is None or day >= self.since

    # -- requests --------------------------------------------------------------------------------

    def start_request(self, url: str, callback: Callable[[Response], Any] | None) -> Request:
        # dont_filter, as Scrapy does for start URLs: a resumed crawl (JOBDIR) re-reads its
        # sitemaps/feeds/start pages, and the persisted dupefilter skips what was already fetched.
        # Profile validation already keeps start points inside allowed_domains.
        self.crawler.stats.inc_value(STAT_START_POINTS)
        return Request(url, callback=callback, errback=self.start_failed, dont_filter=True, meta={START_POINT: True})

    def start_failed(self, failure: Failure) -> None:
        self.crawler.stats.inc_value(STAT_START_FAILED)
        self.crawler.stats.set_value(STAT_START_ERROR, f"{failure.request.url}: {failure_reason(failure)}")
        logger.error("start point %s failed: %s", failure.request.url, failure_reason(failure))

    def refuse(self, response: Response, kind: str, reason: str) -> None:
        """A sitemap or feed that cannot be used: logged with why, counted, and a failed start point
        when it was one (a run whose every start point failed exits non-zero)."""
        self.crawler.stats.inc_value(STAT_SOURCES_FAILED)
        if response.meta.get(START_POINT):
            self.crawler.stats.inc_value(STAT_START_FAILED)
            self.crawler.stats.set_value(STAT_START_ERROR, f"{response.url}: {reason}")
            logger.error("start point %s refused: %s", response.url, reason)
        else:
            logger.warning("%s %s refused: %s", kind, response.url, reason)

    def article_request(self, url: str) -> Request | None:
        """A request whose every outcome reaches ``parse_article``; None once max_pages is spent."""
        if not self.take_budget(url):
            return None
        request = ArticleRequest(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"handle_httpstatus_list": ARTICLE_STATUSES},
        )
        self.count_asked(request)
        return request

    # -- accounting: every URL asked for ends in a record, a quarantine entry or a skip entry ----

    def count_asked(self, request_or_link: Request | str) -> None:
        """Count a URL the crawl is asked for, once however often it is listed (the dupefilter's
        fingerprint decides what "once" is, as it decides what is fetched once)."""
        if isinstance(request_or_link, Request):
            key = self.crawler.request_fingerprinter.fingerprint(request_or_link)
        else:
            key = b"listed:" + request_or_link.encode("utf-8", "surrogateescape")
        if isinstance(request_or_link, Request):
            request_or_link.meta[ASKED] = True
        if key not in self._asked:
            self._asked.add(key)
            self.crawler.stats.inc_value(STAT_ASKED)

    def skip(self, url: str, reason: SkipReason, detail: str | None, *, listed_in: str | None = None) -> None:
        """Write down a URL the crawl was asked for and deliberately did not make a record."""
        self.crawler.stats.inc_value(STAT_SKIPPED)
        self.crawler.stats.inc_value(sub_key(STAT_SKIPPED, reason))
        logger.debug("skipped (%s): %s%s", reason, url, f" ({detail})" if detail else "")
        context = run_context(self.crawler)
        if context is None:
            return
        try:
            context.skips.add(url=url, reason=reason, detail=detail, at=datetime.now(UTC), run_id=context.run_id,
                              spider=self.name, listed_in=listed_in)
        except OSError as exc:
            if context.fatal_error is None:
                context.fatal_error = f"cannot write {context.skips.path}: {exc}"
                logger.error("%s", context.fatal_error)

    def take_budget(self, url: str) -> bool:
        if self.max_pages is None:
            return True
        # The spider state survives a JOBDIR resume, so a resumed run does not get a fresh budget.
        state = getattr(self, "state", None)
        if state is None:
            state = self.state = {}
        issued: set[str] = state.setdefault("harvester_article_urls", set())
        if url in issued:
            return True
        if len(issued) >= self.max_pages:
            if not self._budget_spent:
                self._budget_spent = True
                logger.info("max_pages=%d reached: no further article requests", self.max_pages)
            return False
        issued.add(url)
        return True

    # -- responses -------------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[FetchedPage]:
        # An empty, blank or binary page goes on: the pipeline quarantines it (empty_body, not_html).
        if (self.check_listed and 200 <= response.status < 300 and isinstance(response, HtmlResponse)
                and response.body and not response.body.isspace() and binary_kind(response.body) is None):
            why = plainly_not_article(response)
            if why is not None:
                self.skip(response.url, "not_an_article", why)
                return
        yield self.fetched(response)

    def article_failed(self, failure: Failure) -> Iterator[FetchedPage]:
        if failure.check(HttpError):
            yield self.fetched(failure.value.response)
            return
        if failure.check(IgnoreRequest):
            # robots.txt, an off-site redirect, or a middleware deciding the page needs no fetch:
            # all deliberate, and written down.
            request_url = (failure.request.meta.get("redirect_urls") or [failure.request.url])[0]
            self.skip(request_url, *skip_reason(failure.value))
            return
        request: Request = failure.request
        yield FetchedPage(
            # The URL as listed: after redirects the error names where the chain failed.
            url=(request.meta.get("redirect_urls") or [request.url])[0],
            status=0,
            body=b"",
            content_type=None,
            fetched_at=datetime.now(UTC),
            spider=self.name,
            profile=self.site_profile.name,
            selectors=dict(self.site_profile.selectors) or None,
            timezone=self.site_profile.timezone,
            error=failure_reason(failure),
        )

    def fetched(self, response: Response) -> FetchedPage:
        return FetchedPage(
            url=response.url,
            status=response.status,
            body=response.body,
            content_type=_header(response, b"Content-Type"),
            fetched_at=datetime.now(UTC),
            spider=self.name,
            profile=self.site_profile.name,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            selectors=dict(self.site_profile.selectors) or None,
            timezone=self.site_profile.timezone,
        )

    def url_list(self) -> list[str]:
        profile = self.site_profile
        urls = [profile.resolve(url) for url in profile.urls]
        if profile.url_list is not None:
            urls.extend(read_url_list(profile.url_list))
        return urls


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def skip_reason(exc: BaseException) -> tuple[SkipReason, str]:
    """The skips.REASONS entry and detail for an IgnoreRequest that stopped an article request."""
    if isinstance(exc, OffsiteRedirect):
        return "offsite_redirect", str(exc)
    if isinstance(exc, AlreadyHandled):
        return "already_handled", str(exc)
    message = str(exc)
    if message.startswith("Forbidden by robots.txt"):  # RobotsTxtMiddleware (and StrictRobotsTxtMiddleware)
        return "robots_txt", message
    return "ignored", message or type(exc).__name__


def failure_reason(failure: Failure) -> str:
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"
