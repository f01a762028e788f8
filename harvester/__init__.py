"""harvester: health-news pages to validated, structured article records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from harvester.errors import NotHTMLError  # noqa: E402
from harvester.models import SCHEMA_VERSION, ArticleRecord  # noqa: E402

if TYPE_CHECKING:
    from harvester.core import extract_article

__all__ = ["SCHEMA_VERSION", "ArticleRecord", "NotHTMLError", "__version__", "extract_article"]


def __getattr__(name: str) -> Any:
    # The extractor (trafilatura, lxml, dateparser) takes half a second to import: a crawl process,
    # whose workers do the extracting, and every command that does not extract skip it.
    if name == "extract_article":
        from harvester.core import extract_article

        return extract_article
    raise AttributeError(f"module 'harvester' has no attribute {name!r}")
