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
    kind: Literal["person", "agency", "organization"] = Field(
        default="person",
        description="person: a named writer; agency: a news agency credited for the text (dpa, AFP, Reuters); "
        "organization: another body named as the author when no person is.",
    )


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


SourceKind = Literal[
    "journal_article",
    "preprint",
    "trial_registry",
    "press_release",
    "public_health_agency",
    "institution",
    "news",
    "reference",
    "social_media",
    "other",
]
IdentifierScheme = Literal[
    "doi", "pmid", "pmcid", "arxiv", "medrxiv", "biorxiv",
    "nct", "isrctn", "eudract", "ctis", "jrct", "chictr", "actrn", "ctri", "drks", "umin", "kct", "pactr", "irct", "tctr",
]


class Identifier(_Model):
    scheme: IdentifierScheme = Field(description="doi, pmid, pmcid, a preprint server or a trial registry.")
    value: str = Field(
        min_length=1,
        description="Normalised: a DOI lower-case without resolver; registry numbers in their registry's spelling.",
    )


class Source(_Model):
    text: str
    url: str
    domain: str
    listed_under: str | None = Field(
        default=None,
        description="Heading of the article's own sources box (\"Sources\", \"Quellen\") listing this link; "
        "null for a link cited in the text.",
    )
    kind: SourceKind = Field(default="other", description="What the link points at; see the README's vocabulary.")
    identifiers: list[Identifier] = Field(default_factory=list, description="Study identifiers the URL or link text carries.")
    place: Literal["main_text", "sources_box", "caption"] = Field(
        default="main_text", description="Where on the page the link stands."
    )


HeadlineSource = Literal["json-ld", "open-graph", "twitter", "title-tag", "meta", "microdata"]


class AlternativeHeadline(_Model):
    """A title the page declares for itself that differs from the printed headline."""

    text: str = Field(min_length=1)
    source: HeadlineSource


class IdentifierMention(_Model):
    """A study identifier printed in the main text, linked or not."""

    scheme: IdentifierScheme
    value: str = Field(min_length=1)
    sentence: str = Field(min_length=1, description="The sentence of body_text the identifier stands in.")
    linked: bool = Field(default=False, description="Whether one of the record's sources carries the same identifier.")


ArtifactKind = Literal["assistant_instruction", "refusal_or_disclaimer", "placeholder", "seo_scaffolding", "keyword_list"]


class Artifact(_Model):
    """Writing-assistant or template text left on the page (see the README)."""

    kind: ArtifactKind
    text: str = Field(min_length=1)
    where: Literal["body", "description", "related_post", "headline"]
    section: str | None = Field(default=None, description="Heading of the body section holding it.")
    removed: bool = Field(default=False, description="Whether it was taken out of sections and body_text.")


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


SpamReason = Literal["referral_link", "commercial_link", "keyword_author", "stock_text", "generic_praise", "repeated_text"]


class Comment(_Model):
    id: str = Field(description="The page's own comment id, else a position-derived one.")
    author: str | None = None
    author_url: str | None = None
    published_at: datetime | None = None
    text: str
    reply_to: str | None = Field(default=None, description="id of the parent comment, null at top level.")
    awaiting_moderation: bool = False
    spam: bool = False
    spam_reasons: list[SpamReason] = Field(
        default_factory=list, description="Why the comment is taken for spam (generic_praise alone does not make it spam)."
    )


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
    # 1.1 added alternative_headlines, Author.kind, Source.listed_under/kind/identifiers/place,
    # identifiers, artifacts, Comment.spam and crawl.warc; 1.0 records still validate.
    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION
    id: str = Field(min_length=1, description="Stable: from the canonical URL, else the URL, else the content.")
    url: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    site_name: str | None = None
    headline: str | None = Field(default=None, description="The headline printed above the article.")
    alternative_headlines: list[AlternativeHeadline] = Field(
        default_factory=list,
        description="Other titles the page declares (JSON-LD, og:title, <title>...), with where each was found.",
    )
    description: str | None = None
    breadcrumbs: list[Crumb] = Field(default_factory=list)
    byline: Byline = Field(default_factory=Byline)
    sections: list[Section] = Field(default_factory=list)
    body_text: str = ""
    caveats: list[Caveat] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    identifiers: list[IdentifierMention] = Field(default_factory=list)
    artifacts: list[Artifact] = Field(default_factory=list)
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
    "AlternativeHeadline",
    "ArchiveSource",
    "ArticleRecord",
    "Artifact",
    "ArtifactKind",
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
    "HeadlineSource",
    "Identifier",
    "IdentifierMention",
    "IdentifierScheme",
    "Image",
    "ListBlock",
    "Paragraph",
    "Quote",
    "RelatedPost",
    "Section",
    "SpamReason",
    "Source",
    "SourceKind",
    "Table",
]
