"""``extract_article``: one page in, one validated ArticleRecord out. No I/O, no Scrapy."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from pydantic import ValidationError

from harvester import __version__
from harvester.dates import load_dateparser
from harvester.decoding import decode_html
from harvester.document import Page
from harvester.fields.body import extract_body
from harvester.fields.breadcrumbs import extract_breadcrumbs
from harvester.fields.byline import extract_byline
from harvester.fields.caveats import extract_caveats
from harvester.fields.citations import load_public_suffixes
from harvester.fields.comments import extract_comments
from harvester.fields.metadata import extract_metadata
from harvester.fields.related import extract_related_posts
from harvester.identity import record_id
from harvester.models import ArticleRecord, Extraction


def extract_article(
    html: str | bytes,
    url: str | None = None,
    *,
    content_type: str | None = None,
    selectors: Mapping[str, str] | None = None,
) -> ArticleRecord:
    """Extract every field of an article page.

    ``selectors`` are a site profile's per-field overrides (CSS or XPath), tried before the
    generic rules. Never raises for a bad page (the record carries warnings instead); raises
    :class:`harvester.errors.NotHTMLError` when the input is not HTML at all.
    """
    return extract_page(article_page(html, url, content_type=content_type, selectors=selectors))


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
    """
    load_dateparser()
    load_public_suffixes()


def _usable_url(url: str | None) -> str | None:
    """The caller's URL when it can anchor relative links; a record never carries any other."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(ord(c) < 32 for c in url):
        return None
    return url


def extract_page(page: Page) -> ArticleRecord:
    # Comments and related posts run first: they mark their regions so the body leaves them out.
    comments = extract_comments(page)
    related = extract_related_posts(page)
    meta = extract_metadata(page)
    breadcrumbs = extract_breadcrumbs(page)
    byline = extract_byline(page)
    body = extract_body(page)
    caveats = extract_caveats(body.sections, body.leads)
    if not body.body_text:
        page.warn("no main text found")
    if not meta.headline:
        page.warn("no headline found")
    fields = dict(
        id=record_id(meta.canonical_url, page.url, (meta.headline or "") + body.body_text),
        url=page.url,
        canonical_url=meta.canonical_url,
        language=meta.language,
        site_name=meta.site_name,
        headline=meta.headline,
        description=meta.description,
        breadcrumbs=breadcrumbs,
        byline=byline,
        sections=body.sections,
        body_text=body.body_text,
        caveats=caveats,
        sources=body.sources,
        tags=meta.tags,
        images=body.images,
        related_posts=related,
        comments=comments,
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
