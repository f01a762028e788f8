"""harvester: health-news pages to validated, structured article records."""

__version__ = "0.1.0"

from harvester.core import extract_article  # noqa: E402
from harvester.errors import NotHTMLError  # noqa: E402
from harvester.models import SCHEMA_VERSION, ArticleRecord  # noqa: E402

__all__ = ["SCHEMA_VERSION", "ArticleRecord", "NotHTMLError", "__version__", "extract_article"]
