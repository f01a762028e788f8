"""ArticleRecord v2: the contract between the extractor, the crawler and every consumer.

Field names are public: downstream pipelines and the JSON Schema in ``schemas/`` depend on them.
Add fields only as optional ones and raise ``SCHEMA_VERSION``'s minor part when you do; a change
that a reader of the previous version would reject raises the major part (v1 -> v2: dates).

Dates of the article (publication, update, related posts, comments) say what the page gives:
an RFC 3339 date-time with its UTC offset when the page gives a time and its zone is known (from
the page, the site profile's ``timezone`` or the site's declared zone), else a calendar day
(``YYYY-MM-DD``). A time printed without any zone to be found is never passed off as UTC: the
field keeps its day, and the wall-clock time goes beside it in ``<field>_local``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Final, Literal, Union

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    NaiveDatetime,
    WithJsonSchema,
    field_validator,
    model_validator,
)

SCHEMA_VERSION = "2.0"

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOCAL_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"


def _record_date(value: Any) -> Any:
    """A date or an aware date-time; a time without its offset is refused, never read as UTC."""
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError("a date-time needs its UTC offset (give the day, and the time in <field>_local)")
        return value
    if isinstance(value, str) and not _DAY.match(value):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return value  # pydantic says what is wrong with it
        if parsed.utcoffset() is None:
            raise ValueError("a date-time needs its UTC offset (give the day, and the time in <field>_local)")
    return value


RecordDate = Annotated[AwareDatetime | date, BeforeValidator(_record_date)]
LocalDateTime = Annotated[
    NaiveDatetime,
    WithJsonSchema({"type": "string", "pattern": _LOCAL_PATTERN,
                    "description": "A wall-clock time in the site's unknown zone: ISO 8601 without offset."}),
]
_LOCAL_NOTE = (" Set only when the page prints a time but no zone for it can be found: the field beside it then"
               " holds the day alone.")


class Dated(BaseModel):
    """A model whose dates (``date_fields``) each have a ``<name>_local`` companion.

    An extractor may hand over a naive datetime (a time printed without zone): it is stored as
    what it honestly is, a known day and a local wall-clock time, until a zone is found for it.
    """

    model_config = ConfigDict(extra="forbid")
    date_fields: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def _split_naive(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        for name in cls.date_fields:
            value = data.get(name)
            if isinstance(value, datetime) and value.utcoffset() is None:
                data = {**data, name: value.date(), f"{name}_local": value}
        return data

    @model_validator(mode="after")
    def _local_matches_day(self) -> Dated:
        for name in self.date_fields:
            local = getattr(self, f"{name}_local")
            if local is not None and getattr(self, name) != local.date():
                raise ValueError(f"{name}_local must fall on the day {name} gives")
        return self


FieldSource = Literal["json-ld", "microdata", "meta", "markup", "heuristic", "profile", "url"]


class Via:
    """The ``FieldSource`` labels by name, for the code that notes where a field came from.

    The Literal is what the schema states; extractors write ``Via.JSON_LD`` (the field came via
    JSON-LD), so that a misspelt label fails where it is written, not as a record that no longer
    validates.
    """

    JSON_LD: Final[FieldSource] = "json-ld"
    MICRODATA: Final[FieldSource] = "microdata"
    META: Final[FieldSource] = "meta"
    MARKUP: Final[FieldSource] = "markup"
    HEURISTIC: Final[FieldSource] = "heuristic"
    PROFILE: Final[FieldSource] = "profile"
    URL: Final[FieldSource] = "url"


# Characters a URL in a record never carries as they are: controls (C0, DEL, C1), spaces and line
# separators, and the invisible format characters (bidi overrides and isolates, zero-width ones,
# the BOM) that make a URL display as something it is not. The schema states the common ones as a
# pattern; the validator percent-encodes every character of those Unicode categories.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})
_UNSAFE_RANGES = (
    "\\x00-\\x20\\x7f-\\xa0\\u00ad\\u061c\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f"
    "\\u205f-\\u206f\\u3000\\ufeff\\ufff9-\\ufffb"
)
_UNSAFE_CHAR = re.compile(f"[{_UNSAFE_RANGES}]")
SAFE_URL_PATTERN = f"^[^{_UNSAFE_RANGES}]*$"


def percent_encode_unsafe(value: object) -> object:
    """``value`` with every control, space or invisible format character percent-encoded (UTF-8).

    One place for every URL field of a record, whichever extractor found the URL: a
    ``<link rel=canonical>`` holding U+202E must not reach a consumer that displays it. Encoding
    (RFC 3986 allows percent-encoded octets anywhere, the host included) rather than refusing keeps
    the field and the record; the characters were never part of a working address anyway.
    """
    if not isinstance(value, str) or (value.isascii() and value.isprintable() and " " not in value):
        return value
    return "".join(
        "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        if unicodedata.category(char) in _UNSAFE_CATEGORIES or _UNSAFE_CHAR.match(char) else char
        for char in value
    )


# Every URL field of a record.
Url = Annotated[str, BeforeValidator(percent_encode_unsafe), Field(pattern=SAFE_URL_PATTERN)]


class _Model(BaseModel):
    # Unknown keys are a producer bug: refusing them keeps the schema honest for consumers.
    model_config = ConfigDict(extra="forbid")


class Crumb(_Model):
    name: str = Field(min_length=1)
    url: Url | None = None


class Author(_Model):
    name: str = Field(min_length=1)
    url: Url | None = None
    kind: Literal["person", "agency", "organization"] = Field(
        default="person",
        description="person: a named writer; agency: a news agency credited for the text (dpa, AFP, Reuters); "
        "organization: another body named as the author when no person is.",
    )


class Byline(Dated):
    date_fields: ClassVar[tuple[str, ...]] = ("published_at", "updated_at")

    authors: list[Author] = Field(default_factory=list)
    published_at: RecordDate | None = Field(
        default=None, description="Publication: a date-time with offset, or the day when that is all that is known.")
    published_at_local: LocalDateTime | None = Field(default=None, description="Printed publication time." + _LOCAL_NOTE)
    updated_at: RecordDate | None = Field(
        default=None, description="Last update: a date-time with offset, or the day when that is all that is known.")
    updated_at_local: LocalDateTime | None = Field(default=None, description="Printed update time." + _LOCAL_NOTE)
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
    url: Url
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
    url: Url
    alt: str | None = None
    caption: str | None = None


class RelatedPost(Dated):
    date_fields: ClassVar[tuple[str, ...]] = ("published_at",)

    title: str = Field(min_length=1)
    url: Url | None = None
    excerpt: str | None = None
    author: str | None = None
    published_at: RecordDate | None = Field(default=None, description="As printed on the card: mostly a day.")
    published_at_local: LocalDateTime | None = Field(default=None, description="Printed time of the card." + _LOCAL_NOTE)


SpamReason = Literal["referral_link", "commercial_link", "keyword_author", "stock_text", "generic_praise", "repeated_text"]


class Comment(Dated):
    date_fields: ClassVar[tuple[str, ...]] = ("published_at",)

    id: str = Field(description="The page's own comment id, else a position-derived one.")
    author: str | None = None
    author_url: Url | None = None
    published_at: RecordDate | None = None
    published_at_local: LocalDateTime | None = Field(default=None, description="Printed time of the comment." + _LOCAL_NOTE)
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

    fetched_at: AwareDatetime
    status: int
    content_hash: str
    version: int = Field(ge=1, description="Raised each time the article's content changes.")
    previous_content_hash: str | None = Field(
        default=None, description="content_hash of version - 1 (null on version 1): apply changes in order.")
    first_seen: AwareDatetime
    spider: str
    profile: str | None = None
    warc: ArchiveSource | None = None


class ArticleRecord(_Model):
    # 2.0: dates state their precision (a day, or a date-time with offset, with <field>_local);
    # it includes 1.1's additions (alternative_headlines, Author.kind, Source.listed_under/kind/
    # identifiers/place, identifiers, artifacts, Comment.spam) and crawl.warc.
    schema_version: Literal["2.0"] = SCHEMA_VERSION
    id: str = Field(min_length=1, description="Stable: from the canonical URL, else the URL, else the content.")
    url: Url | None = None
    canonical_url: Url | None = None
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
    "Dated",
    "Extraction",
    "FieldSource",
    "HeadlineSource",
    "Identifier",
    "IdentifierMention",
    "IdentifierScheme",
    "Image",
    "ListBlock",
    "LocalDateTime",
    "Paragraph",
    "Quote",
    "RecordDate",
    "RelatedPost",
    "Section",
    "SpamReason",
    "Source",
    "SourceKind",
    "Table",
    "Via",
]
