"""``extract_article``: one page in, one validated ArticleRecord out. No I/O, no Scrapy."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from urllib.parse import urlsplit

from pydantic import ValidationError

from harvester import __version__
from harvester.dates import load_dateparser
from harvester.decoding import decode_html
from harvester.document import Page
from harvester.fields.base import run
from harvester.fields.units import UNITS
from harvester.identity import record_id
from harvester.lexicon import load_public_suffixes
from harvester.models import ArticleRecord, Extraction
from harvester.timezones import resolve_dates


def extract_article(
    html: str | bytes,
    url: str | None = None,
    *,
    content_type: str | None = None,
    selectors: Mapping[str, str] | None = None,
    timezone: str | None = None,
) -> ArticleRecord:
    """Extract every field of an article page.

    ``selectors`` are a site profile's per-field overrides (CSS or XPath), tried before the
    generic rules. ``timezone`` (an IANA name, from the site profile) is the zone of times the
    page prints without one. Never raises for a bad page (the record carries warnings instead); raises
    :class:`harvester.errors.NotHTMLError` when the input is not HTML at all.
    """
    return extract_page(article_page(html, url, content_type=content_type, selectors=selectors), timezone=timezone)


def article_page(
    html: str | bytes,
    url: str | None = None,
    *,
    content_type: str | None = None,
    selectors: Mapping[str, str] | None = None,
) -> Page:
    """The parsed page :func:`extract_page` reads, for a caller that decides on it first (a crawl
    that wants only some languages reads ``page.language`` before paying for every field)."""
    text = decode_html(html, content_type)[0] if isinstance(html, bytes) else html
    page_url = _usable_url(url)
    page = Page.from_text(text, page_url, selectors)
    if url and page_url is None:
        page.warn("url ignored: not an absolute http(s) URL")
    return page


def warm_up() -> None:
    """Load now the data the extractor otherwise loads on first need: dateparser's, the suffix list's.

    Worth it in a process that extracts many pages (a crawl's fork server, whose workers inherit
    it; a benchmark): 0.2 s once, instead of on whichever pages happen to need them first.
    trafilatura's merged justext stoplist (0.1 s on its first justext fallback) is left to load
    on need: it takes 35 MB in each process that holds it, the fork server included, and peak
    RSS of a crawl of fixture pages, which never fall back to justext, grew from 306 to 410 MB.

    What is loaded by then (the modules, dateparser's and the suffix list's data: about 70,000
    objects) is then moved out of the garbage collector's generations (``gc.freeze``): each full
    collection, triggered every few pages by what extraction allocates, would otherwise walk them
    all again (0.3-0.5 ms a page), and in a worker forked from the fork server it would write to
    pages of memory the two share.
    """
    load_dateparser()
    load_public_suffixes()
    gc.freeze()


def _usable_url(url: str | None) -> str | None:
    """The caller's URL when it can anchor relative links; a record never carries any other."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(ord(c) < 32 for c in url):
        return None
    return url


def extract_page(page: Page, *, timezone: str | None = None) -> ArticleRecord:
    """Run every field unit over the page (``harvester.fields.units``) and build the record.

    Dates get their zones once every unit has run: a zone can come from any date of the page.
    """
    values = run(page, UNITS)
    values["byline"], values["related_posts"], values["comments"] = resolve_dates(
        page, values["byline"], values["related_posts"], values["comments"], timezone)
    if not values["body_text"]:
        page.warn("no main text found")
    if not values["headline"]:
        page.warn("no headline found")
    fields = dict(
        id=record_id(values["canonical_url"], page.url, (values["headline"] or "") + values["body_text"]),
        url=page.url,
        **{name: value for name, value in values.items() if not name.startswith("_")},
    )
    extraction = Extraction(extractor_version=__version__, field_sources=page.field_sources, warnings=page.warnings)
    try:
        return ArticleRecord(**fields, extraction=extraction)
    except ValidationError as exc:
        # A field an extractor got wrong must not cost the whole page: drop the offending
        # top-level fields, say so, and keep the rest.
        bad = {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
        for name in bad:
            fields.pop(name, None)
            extraction.warnings.append(f"{name} dropped: failed validation")
        return ArticleRecord(**fields, extraction=extraction)
