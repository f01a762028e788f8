"""Pages made for the field-quality tests (issue 16): an article with a site header and footer
around what each test puts in it."""

from __future__ import annotations

import json

from conftest import html_document

from harvester import extract_article
from harvester.models import ArticleRecord

URL = "https://health.example.org/2025/11/vitamin-d-trial/"
PARAGRAPHS = (
    "<p>A large randomised trial followed more than twenty thousand adults for five years and found that a daily "
    "vitamin D supplement did not lower their risk of fractures, cancer or heart disease.</p>"
    "<p>The researchers say people with a diagnosed deficiency should still take what their doctor prescribes, "
    "but that healthy adults gain little from the pills bought over the counter.</p>"
    "<p>Earlier observational studies had linked low vitamin D levels with many illnesses, which raised hopes "
    "that supplements would prevent them; randomised trials have mostly not borne that out.</p>"
)


def page(body: str, head: str = "", *, title: str = "Example Health", lang: str = "en") -> str:
    """``body`` in the main region of a site page with a header, navigation and footer."""
    return html_document(
        '<header class="site-header"><a href="/">Example Health</a><nav><a href="/news/">News</a>'
        f'<a href="/about/">About</a></nav></header><main>{body}</main>'
        '<footer class="site-footer"><p>© 2025 Example Health GmbH</p></footer>',
        f"<title>{title}</title>{head}", lang=lang,
    )


def extract(html: str, url: str = URL) -> ArticleRecord:
    return extract_article(html, url)


def jsonld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


