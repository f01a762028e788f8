"""Helpers the test modules share: the small HTML pages they build and parse.

Plain functions, imported with ``from conftest import ...`` (pytest puts ``tests/`` on the path):
the field tests build pages from a head and a body fragment at module level, where fixtures do
not reach. A test module binds its own page URL once, e.g.
``page = partial(parsed_page, url=URL)``, and its tests pass only what they are about.
"""

from __future__ import annotations

from collections.abc import Iterable

from harvester.document.page import Page


_ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-03-0{day}T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Ann Author</p>
<p>{title}: researchers followed several thousand adults for ten years and report that regular
walking was associated with a lower risk of heart disease, even after accounting for diet.</p>
<p>The team says the finding is observational and cannot show cause and effect, but it adds to a
growing body of evidence that moderate daily activity brings measurable benefits.</p>
<p>{extra}</p></article></main><footer>Copyright Health News</footer></body></html>"""


def article_html(title: str, extra: str = "Independent experts welcomed the study and asked for trials.") -> str:
    """A small, complete news article page (og:type article, a dated byline, three paragraphs) titled ``title``.

    Distinct titles give distinct records; ``extra`` changes the last paragraph, so a page can change.
    """
    return _ARTICLE.format(title=title, day=1 + len(title) % 9, extra=extra)


def html_document(body: str = "", head: str = "", *, lang: str | None = "en") -> str:
    """A minimal HTML5 document around ``head`` and ``body`` fragments (``lang=None``: no lang attribute)."""
    html = "<html>" if lang is None else f'<html lang="{lang}">'
    return f'<!DOCTYPE html>{html}<head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def page_from_html(
    html: str, *, url: str | None, selectors: dict[str, str] | None = None, claimed: Iterable[str] = ()
) -> Page:
    """``html`` parsed as a Page, the elements matching each CSS selector of ``claimed`` claimed as
    regions, as the comments and related-posts units claim theirs before the body is read."""
    page = Page.from_text(html, url, selectors)
    for selector in claimed:
        for element in page.tree.cssselect(selector):
            page.regions.claim(element)
    return page


def parsed_page(
    body: str = "", head: str = "", *, url: str | None, lang: str | None = "en",
    selectors: dict[str, str] | None = None, claimed: Iterable[str] = (),
) -> Page:
    """A Page of :func:`html_document` (``body`` and ``head`` fragments) at ``url``."""
    return page_from_html(html_document(body, head, lang=lang), url=url, selectors=selectors, claimed=claimed)


def claimed_regions(page: Page, *, with_id: bool = True) -> list[str]:
    """``tag#id.class`` (``tag.class`` without ids) of every region claimed on ``page``, in page order."""
    return [
        f"{el.tag}#{el.get('id') or ''}.{el.get('class') or ''}" if with_id else f"{el.tag}.{el.get('class') or ''}"
        for el in page.tree.iter() if isinstance(el.tag, str) and page.regions.is_region(el)
    ]
