"""ArticleRecord v1: the contract between the extractor, the crawler and every consumer.

Field names are public: downstream pipelines and the JSON Schema in ``schemas/`` depend on them.
Add fields only as optional ones and raise ``SCHEMA_VERSION``'s minor part when you do.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.1"

FieldSource = Literal["json-ld", "microdata", "meta", "markup", "heuristic", "profile", "url"]


class _Model(BaseModel):
    # Unknown keys are a producer bug: refusing them keeps the schema honest for consumers.
    model_config = ConfigDict(extra="forbid")


class Crumb(_Model):
    name: str = Field(min_length=1)
    url: str | None = None


class Author(_Model):
    name: str = Field(min_length=1)
    url: str | None = None


class Byline(_Model):
    authors: list[Author] = Field(default_factory=list)
    published_at: datetime | None = None
    updated_at: datetime | None = None
    raw: str | None = Field(default=None, description="The byline text as printed on the page.")


class Paragraph(_Model):
    type: Literal["paragraph"] = "paragraph"
    text: str = Field(min_length=1)


class ListBlock(_Model):
    type: Literal["list"] = "list"
    ordered: bool = False
    items: list[str] = Field(min_length=1)


class Quote(_Model):
    type: Literal["quote"] = "quote"
    text: str = Field(min_length=1)


class Table(_Model):
    type: Literal["table"] = "table"
    rows: list[list[str]] = Field(min_length=1)


class Code(_Model):
    type: Literal["code"] = "code"
    text: str = Field(min_length=1)


Block = Annotated[Union[Paragraph, ListBlock, Quote, Table, Code], Field(discriminator="type")]


class Section(_Model):
    heading: str | None = Field(default=None, description="null for the lead before the first subheading.")
    level: int | None = Field(default=None, ge=1, le=6)
    blocks: list[Block] = Field(default_factory=list)


class Caveat(_Model):
    label: str | None = Field(default=None, description="The bold lead of the item, without its colon.")
    text: str = Field(min_length=1)
    section: str | None = Field(default=None, description="Heading of the section holding the item.")


class Source(_Model):
    text: str
    url: str
    domain: str


class Image(_Model):
    url: str
    alt: str | None = None
    caption: str | None = None


class RelatedPost(_Model):
    title: str = Field(min_length=1)
    url: str | None = None
    excerpt: str | None = None
    author: str | None = None
    published_at: datetime | None = None


class Comment(_Model):
    id: str = Field(description="The page's own comment id, else a position-derived one.")
    author: str | None = None
    author_url: str | None = None
    published_at: datetime | None = None
    text: str
    reply_to: str | None = Field(default=None, description="id of the parent comment, null at top level.")
    awaiting_moderation: bool = False


class Extraction(_Model):
    extractor_version: str
    field_sources: dict[str, FieldSource] = Field(
        default_factory=dict, description="Where each non-empty field was found."
    )
    warnings: list[str] = Field(default_factory=list)


class ArchiveSource(_Model):
    """Where in a web archive the page was read: enough to fetch the capture again by byte range."""

    file: str = Field(min_length=1, description="The WARC (or ARC) file's name.")
    offset: int = Field(ge=0, description="Byte offset of the record in the file (of its gzip member, if gzipped).")
    record_id: str | None = Field(default=None, description="WARC-Record-ID; null for ARC records.")
    target_uri: str = Field(min_length=1, description="WARC-Target-URI: the URL that was captured.")


class CrawlInfo(_Model):
    """Provenance added by the crawler; absent on records made from local files.

    For a record read from a web archive, ``fetched_at`` is the capture date (WARC-Date) and
    ``warc`` says where the capture is; ``warc`` is null for pages fetched live.
    """

    fetched_at: datetime
    status: int
    content_hash: str
    version: int = Field(ge=1, description="Raised each time the article's content changes.")
    first_seen: datetime
    spider: str
    profile: str | None = None
    warc: ArchiveSource | None = None


class ArticleRecord(_Model):
    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION
    id: str = Field(min_length=1, description="Stable: from the canonical URL, else the URL, else the content.")
    url: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    site_name: str | None = None
    headline: str | None = None
    description: str | None = None
    breadcrumbs: list[Crumb] = Field(default_factory=list)
    byline: Byline = Field(default_factory=Byline)
    sections: list[Section] = Field(default_factory=list)
    body_text: str = ""
    caveats: list[Caveat] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    images: list[Image] = Field(default_factory=list)
    related_posts: list[RelatedPost] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)
    extraction: Extraction
    crawl: CrawlInfo | None = None

    @field_validator("body_text", "headline", "description")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        # NUL bytes break C-based consumers (DuckDB, PostgreSQL text); a record carrying them is invalid.
        if value is not None and "\x00" in value:
            raise ValueError("contains NUL characters")
        return value


__all__ = [
    "SCHEMA_VERSION",
    "ArchiveSource",
    "ArticleRecord",
    "Author",
    "Block",
    "Byline",
    "Caveat",
    "Code",
    "Comment",
    "CrawlInfo",
    "Crumb",
    "Extraction",
    "FieldSource",
    "Image",
    "ListBlock",
    "Paragraph",
    "Quote",
    "RelatedPost",
    "Section",
    "Source",
    "Table",
]
