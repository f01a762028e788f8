"""Site profiles: the TOML file that tells the spiders where a site's articles are and how to be polite.

A profile is data, not code, so adding a site never means writing a spider. Loading validates it
completely up front: a typo must fail before the first request, with the file and field named.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from harvester.crawl.names import SpiderName

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

SelectorField = Literal[
    "headline", "authors", "published_at", "updated_at", "breadcrumbs", "tags", "body", "comments",
    "related_posts",
]

_START_FIELDS: dict[str, str] = {"sitemap": "sitemaps", "feed": "feeds", "crawl": "start_urls"}
_HOSTNAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    return pattern


Regex = Annotated[str, AfterValidator(_compiles)]


class ProfileError(ValueError):
    """A profile that cannot be used; the message names the file (or source) and the field."""


class SiteProfile(BaseModel):
    """One site: its domains, where crawling starts, which URLs are articles, and politeness.

    Start points may be relative URLs when ``base_url`` is given; they are resolved against it,
    which lets the bundled demo profile follow the demo server to whatever port it was given.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    description: str = ""
    allowed_domains: list[str] = Field(min_length=1)
    base_url: str | None = None
    spider: SpiderName | None = None

    sitemaps: list[str] = Field(default_factory=list)
    robots_sitemaps: bool = False
    feeds: list[str] = Field(default_factory=list)
    start_urls: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    url_list: Path | None = None

    article_patterns: list[Regex] = Field(default_factory=list)
    deny_patterns: list[Regex] = Field(default_factory=list)
    selectors: dict[SelectorField, str] = Field(default_factory=dict)
    # The site's IANA time zone ("Europe/Berlin"): the zone of times its pages print without one.
    timezone: str | None = None

    download_delay: float | None = Field(default=None, ge=0)
    concurrency_per_domain: int | None = Field(default=None, ge=1)
    autothrottle: bool | None = None
    # Keep every fetched response, with its request, in gzipped WARC files beside the records.
    archive: bool = False

    # When ``harvester schedule`` crawls the site: a five-field cron expression ("0 */6 * * *"),
    # read in ``timezone`` (default UTC).
    schedule: str | None = None
    # The site's IANA time zone ("Europe/Berlin"): its schedule's, and the zone of times its pages
    # print without one (harvester.timezones).
    timezone: str | None = None

    @field_validator("allowed_domains")
    @classmethod
    def _hostnames(cls, domains: list[str]) -> list[str]:
        # Scrapy's offsite filter compares bare host names: a scheme, port or path never matches.
        cleaned = [domain.strip().lower() for domain in domains]
        for domain in cleaned:
            if not _HOSTNAME.match(domain):
                raise ValueError(f"{domain!r} is not a bare host name (no scheme, port or path)")
        return cleaned

    @field_validator("base_url")
    @classmethod
    def _absolute_base(cls, url: str | None) -> str | None:
        if url is not None and not _is_http_url(url):
            raise ValueError(f"{url!r} is not an absolute http(s) URL")
        return url

    @field_validator("schedule")
    @classmethod
    def _cron_expression(cls, expression: str | None) -> str | None:
        if expression is not None:
            _cron(expression, None)
        return expression

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, name: str | None) -> str | None:
        if name is not None:
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "America", a zone directory
                raise ValueError(f"{name!r} is not a known time zone (an IANA name such as Europe/Paris)") from None
        return name

    @field_validator("selectors")
    @classmethod
    def _non_empty_selectors(cls, selectors: dict[str, str]) -> dict[str, str]:
        for field, selector in selectors.items():
            if not selector.strip():
                raise ValueError(f"the selector for {field!r} is empty")
        return selectors

    @model_validator(mode="after")
    def _start_points_resolve_inside_domains(self) -> SiteProfile:
        if not self.start_kinds():
            raise ValueError(
                "no start points: give sitemaps, robots_sitemaps, feeds, start_urls, urls or url_list"
            )
        if self.spider is not None and self.spider not in self.start_kinds():
            raise ValueError(f"spider = {self.spider!r} but the profile has no start points for it")
        for field in ("sitemaps", "feeds", "start_urls", "urls"):
            for url in getattr(self, field):
                if not _is_http_url(url) and self.base_url is None:
                    raise ValueError(f"{field}: {url!r} is relative and the profile has no base_url")
                absolute = self.resolve(url)
                if not self.allows(absolute):
                    raise ValueError(f"{field}: {absolute!r} is outside allowed_domains")
        if self.robots_sitemaps and self.base_url is not None and not self.allows(self.base_url):
            raise ValueError(f"base_url {self.base_url!r} is outside allowed_domains")
        return self

    def cron_trigger(self) -> CronTrigger:
        """The profile's schedule as an APScheduler trigger (standard five-field cron, in its time zone)."""
        if self.schedule is None:
            raise ValueError(f"profile {self.name} has no schedule")
        return _cron(self.schedule, self.timezone)

    def start_kinds(self) -> tuple[SpiderName, ...]:
        """The spiders this profile has start points for, in order of preference."""
        kinds: list[SpiderName] = []
        if self.sitemaps or self.robots_sitemaps:
            kinds.append("sitemap")
        if self.feeds:
            kinds.append("feed")
        if self.start_urls:
            kinds.append("crawl")
        if self.urls or self.url_list is not None:
            kinds.append("urls")
        return tuple(kinds)

    @property
    def default_spider(self) -> SpiderName:
        return self.spider or self.start_kinds()[0]

    def resolve(self, url: str) -> str:
        return urljoin(self.base_url, url) if self.base_url else url

    def allows(self, url: str) -> bool:
        """Same rule as Scrapy's offsite filter: the host or one of its subdomains is allowed."""
        host = urlsplit(url).hostname or ""
        return any(host == domain or host.endswith("." + domain) for domain in self.allowed_domains)

    def with_start_point(self, spider: SpiderName, start: str) -> SiteProfile:
        """This profile with the spider's start points replaced by one given on the command line."""
        if spider == "urls":
            return self.with_changes(spider=None, urls=[], url_list=start)
        changes: dict[str, object] = {_START_FIELDS[spider]: [start]}
        if spider == "sitemap":
            changes["robots_sitemaps"] = False
        return self.with_changes(spider=None, **changes)

    def with_changes(self, **changes: object) -> SiteProfile:
        """A validated copy (``model_copy`` would skip validation)."""
        return _validated({**self.model_dump(), **changes}, f"profile {self.name}")

    def robots_url(self) -> str:
        root = self.base_url or f"https://{self.allowed_domains[0]}/"
        return urljoin(root, "/robots.txt")


def _cron(expression: str, timezone: str | None) -> CronTrigger:
    from apscheduler.triggers.cron import CronTrigger  # only scheduling needs it; every crawl loads profiles

    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"{expression!r}: expected five cron fields (minute hour day month weekday)")
    minute, hour, day, month, weekday = fields
    if day != "*" and weekday != "*":
        # cron runs when either matches, APScheduler when both do: refused rather than misread.
        raise ValueError(f"{expression!r}: restrict the day of the month or the weekday, not both")
    try:
        return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=_cron_weekdays(weekday),
                           timezone=ZoneInfo(timezone or "UTC"))
    except ValueError as exc:
        raise ValueError(f"{expression!r}: {exc}") from None


_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def _cron_weekdays(field: str) -> str:
    """A cron weekday field (0 or 7 Sunday, names, ranges, steps) as APScheduler day names.

    APScheduler 3 numbers weekdays from Monday = 0, so ``from_crontab("0 6 * * 1")`` would crawl
    on Tuesdays: the field is expanded here with cron's numbering instead.
    """
    if field == "*":
        return field
    days: set[int] = set()
    for item in field.lower().split(","):
        span, _, step_text = item.partition("/")
        first, _, last = span.partition("-")
        try:
            step = int(step_text) if step_text else 1
            start, end = (0, 6) if span == "*" else (_weekday(first), _weekday(last or first))
        except ValueError:
            raise ValueError(f"weekday {item!r} is not a cron weekday (0-7 or sun-sat)") from None
        if step < 1 or (end < start and not (last and _weekday(last) == 0)):
            raise ValueError(f"weekday {item!r} is not a cron weekday range")
        if end < start:  # "5-7" / "fri-sun": Sunday written as 7
            end = 7
        days.update(day % 7 for day in range(start, end + 1, step))
    return ",".join(_WEEKDAYS[day] for day in sorted(days))


def _weekday(text: str) -> int:
    if text in _WEEKDAYS:
        return _WEEKDAYS.index(text)
    number = int(text)
    if not 0 <= number <= 7:
        raise ValueError(text)
    return 7 if number == 7 else number


def _is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def parse_since(value: str | date | None) -> date | None:
    """``--since`` / ``-a since=``: a calendar day; entries dated before it are skipped."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ProfileError(f"since: {value!r} is not a date (expected YYYY-MM-DD)") from None


def bundled_profiles() -> list[str]:
    folder = resources.files("harvester").joinpath("profiles")
    return sorted(entry.name[: -len(".toml")] for entry in folder.iterdir() if entry.name.endswith(".toml"))


def load_profile(name_or_path: str | Path) -> SiteProfile:
    """A bundled profile by name (``demo``) or a profile file by path (``sites/x.toml``)."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ProfileError(f"{path}: cannot read the profile: {exc}") from None
        return parse_profile(text, source=str(path), folder=path.parent)
    name = str(name_or_path)
    resource = resources.files("harvester").joinpath("profiles", f"{name}.toml")
    if "/" in name or not resource.is_file():
        known = ", ".join(bundled_profiles())
        raise ProfileError(f"{name}: no such profile file, and not a bundled profile (bundled: {known})")
    return parse_profile(resource.read_text(encoding="utf-8"), source=f"{name} (bundled)", folder=None)


def parse_profile(text: str, *, source: str, folder: Path | None) -> SiteProfile:
    """Validate profile TOML; ``url_list`` is relative to the profile's ``folder``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: not valid TOML: {exc}") from None
    if folder is not None and isinstance(data.get("url_list"), str):
        data["url_list"] = str(folder / data["url_list"])
    return _validated(data, source)


def _validated(data: dict[str, object], source: str) -> SiteProfile:
    try:
        return SiteProfile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(_describe(source, exc)) from None


def _describe(source: str, exc: ValidationError) -> str:
    lines = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"]) or "(profile)"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown field"
        lines.append(f"{source}: field {field}: {message}")
    return "\n".join(lines)


def adhoc_profile(spider: SpiderName, start: str) -> SiteProfile:
    """A profile for a run without one: the site is the host of the start point (or of the URLs)."""
    if spider == "urls":
        hosts = sorted({_site_host(url) for url in read_url_list(Path(start))})
        if not hosts:
            raise ProfileError(f"{start}: no http(s) URLs in the file")
        return _validated({"name": hosts[0], "allowed_domains": hosts, "url_list": start}, start)
    if not _is_http_url(start):
        raise ProfileError(f"{start!r} is not an absolute http(s) URL")
    host = _site_host(start)
    return _validated({"name": host, "allowed_domains": [host], _START_FIELDS[spider]: [start]}, start)


def _site_host(url: str) -> str:
    # www.example.org and example.org are one site; allowing the bare domain covers both.
    return (urlsplit(url).hostname or "").removeprefix("www.")


def read_url_list(path: Path) -> list[str]:
    """One absolute http(s) URL per line; blank lines and ``#`` comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read the URL list: {exc}") from None
    urls = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _is_http_url(line):
            raise ProfileError(f"{path}: line {number}: {line!r} is not an absolute http(s) URL")
        urls.append(line)
    return urls
