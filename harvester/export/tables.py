"""The normalised tables of an export: their columns, what each means, and one record's rows.

Every table is keyed by ``article_id`` and ``version`` (one article's record versions over
re-crawls); child tables add a ``position`` (order on the page). Each column's meaning comes
from the model field it is read from, so this module, the JSON Schema and the data dictionary
say the same thing.

A date of the record becomes four columns (schema v2 dates, see :mod:`harvester.models`):
``<name>`` the instant (UTC timestamp; null when the zone is unknown or only the day is known),
``<name>_local`` the wall-clock time as the page gives it (a day at midnight),
``<name>_offset_minutes`` the page's UTC offset (null when unknown) and ``<name>_precision``
(``day`` or ``time``). v1 records' naive date-times are read as local times of unknown zone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pyarrow as pa
from pydantic import BaseModel

from harvester.models import (
    AlternativeHeadline,
    ArchiveSource,
    ArticleRecord,
    Artifact,
    IdentifierMention,
    Author,
    Byline,
    Caveat,
    Comment,
    CrawlInfo,
    Crumb,
    Extraction,
    Image,
    RelatedPost,
    Section,
    Source,
)

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")
LOCAL_TIMESTAMP = pa.timestamp("us")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    meaning: str


def _doc(model: type[BaseModel], field: str, fallback: str = "") -> str:
    description = model.model_fields[field].description
    return description or fallback


def _date_columns(name: str, meaning: str) -> list[Column]:
    return [
        Column(name, UTC_TIMESTAMP, f"{meaning}: the instant (UTC); null when only the day, or no zone, is known."),
        Column(f"{name}_local", LOCAL_TIMESTAMP,
               f"{meaning}: wall-clock time as the page gives it (midnight when only the day is known)."),
        Column(f"{name}_offset_minutes", pa.int16(), f"{meaning}: the page's UTC offset in minutes; null when unknown."),
        Column(f"{name}_precision", pa.string(), f"{meaning}: 'day' (a calendar day) or 'time'."),
    ]


KEY = [
    Column("article_id", pa.string(), _doc(ArticleRecord, "id")),
    Column("version", pa.int32(), "Record version of the article (crawl.version; 1 for records made from local files)."),
]


def _child(*columns: Column) -> list[Column]:
    return [*KEY, Column("position", pa.int32(), "Order on the page, from 0."), *columns]


TABLES: dict[str, list[Column]] = {
    "articles": [
        *KEY,
        Column("is_latest", pa.bool_(), "True on the highest version of each article in this export."),
        Column("schema_version", pa.string(), "Record schema version (2.0; 1.0 for records of schema v1)."),
        Column("url", pa.string(), _doc(ArticleRecord, "url", "The page URL the record was made from.")),
        Column("canonical_url", pa.string(), _doc(ArticleRecord, "canonical_url", "The page's declared canonical URL.")),
        Column("language", pa.string(), _doc(ArticleRecord, "language", "Language tag (BCP-47), as the page declares it, else as its URL's locale names it (/en-gb/).")),
        Column("site_name", pa.string(), _doc(ArticleRecord, "site_name", "Publisher or blog name.")),
        Column("headline", pa.string(), _doc(ArticleRecord, "headline", "The article's title.")),
        Column("description", pa.string(), _doc(ArticleRecord, "description", "The page's summary.")),
        Column("body_text", pa.string(), _doc(ArticleRecord, "body_text", "Main text: headings and blocks.")),
        Column("byline_raw", pa.string(), _doc(Byline, "raw")),
        *_date_columns("published_at", "Publication"),
        *_date_columns("updated_at", "Last update"),
        Column("extractor_version", pa.string(), _doc(Extraction, "extractor_version", "harvester version.")),
        Column("field_sources", pa.string(), _doc(Extraction, "field_sources").rstrip(".") + " (a JSON object)."),
        Column("warnings", pa.string(), "Extraction warnings, one per line; null when none."),
        Column("fetched_at", UTC_TIMESTAMP, _doc(CrawlInfo, "fetched_at", "When the page was fetched.")),
        Column("http_status", pa.int16(), _doc(CrawlInfo, "status", "HTTP status of the fetch.")),
        Column("content_hash", pa.string(), _doc(CrawlInfo, "content_hash", "SHA-256 of the record's content.")),
        Column("previous_content_hash", pa.string(), _doc(CrawlInfo, "previous_content_hash")),
        Column("first_seen", UTC_TIMESTAMP, _doc(CrawlInfo, "first_seen", "When the article was first fetched.")),
        Column("spider", pa.string(), _doc(CrawlInfo, "spider", "The spider that fetched it.")),
        Column("profile", pa.string(), _doc(CrawlInfo, "profile", "The site profile of the crawl.")),
        Column("warc_file", pa.string(), _doc(ArchiveSource, "file") + " Null unless read from a web archive."),
        Column("warc_offset", pa.int64(), _doc(ArchiveSource, "offset")),
        Column("warc_record_id", pa.string(), _doc(ArchiveSource, "record_id")),
        Column("warc_target_uri", pa.string(), _doc(ArchiveSource, "target_uri")),
    ],
    "alternative_headlines": _child(
        Column("text", pa.string(), _doc(AlternativeHeadline, "text", "A declared title differing from the headline.")),
        Column("source", pa.string(), _doc(AlternativeHeadline, "source", "Where the page declares it."))),
    "authors": _child(Column("name", pa.string(), _doc(Author, "name", "Author name as printed.")),
                      Column("url", pa.string(), _doc(Author, "url", "Author page URL.")),
                      Column("kind", pa.string(), _doc(Author, "kind"))),
    "breadcrumbs": _child(Column("name", pa.string(), _doc(Crumb, "name", "Crumb label.")),
                          Column("url", pa.string(), _doc(Crumb, "url", "Crumb link; null for the current page."))),
    "sections": _child(Column("heading", pa.string(), _doc(Section, "heading")),
                       Column("level", pa.int8(), _doc(Section, "level", "Heading level, 2 for h2."))),
    "blocks": [
        *KEY,
        Column("section", pa.int32(), "Position of the block's section (sections.position)."),
        Column("position", pa.int32(), "Order in the section, from 0."),
        Column("type", pa.string(), "paragraph, list, quote, table or code."),
        Column("text", pa.string(), "The block's text; list items one per line, table rows one per line with cells"
                                    " separated by tabs."),
        Column("ordered", pa.bool_(), "For lists: numbered; null for other blocks."),
        Column("items", pa.string(), "For lists: the items, for tables: the rows of cells (JSON); null otherwise."),
    ],
    "caveats": _child(Column("label", pa.string(), _doc(Caveat, "label")),
                      Column("text", pa.string(), _doc(Caveat, "text", "The caveat without its label.")),
                      Column("section", pa.string(), _doc(Caveat, "section"))),
    "sources": _child(Column("text", pa.string(), _doc(Source, "text", "Link text of the citation.")),
                      Column("url", pa.string(), _doc(Source, "url", "Cited URL.")),
                      Column("domain", pa.string(), _doc(Source, "domain", "Host of the cited URL, without www.")),
                      Column("listed_under", pa.string(), _doc(Source, "listed_under")),
                      Column("kind", pa.string(), _doc(Source, "kind")),
                      Column("place", pa.string(), _doc(Source, "place")),
                      Column("identifiers", pa.string(), _doc(Source, "identifiers").rstrip(".")
                             + " (a JSON list of {scheme, value}); null when none.")),
    "identifiers": _child(
        Column("scheme", pa.string(), "doi, pmid, pmcid, a preprint server or a trial registry."),
        Column("value", pa.string(), "The identifier, normalised."),
        Column("sentence", pa.string(), _doc(IdentifierMention, "sentence")),
        Column("linked", pa.bool_(), _doc(IdentifierMention, "linked"))),
    "artifacts": _child(
        Column("kind", pa.string(), "What kind of writing-assistant or template text it is."),
        Column("text", pa.string(), "The text left on the page."),
        Column("where", pa.string(), "body, description, related_post or headline."),
        Column("section", pa.string(), _doc(Artifact, "section")),
        Column("removed", pa.bool_(), _doc(Artifact, "removed"))),
    "images": _child(Column("url", pa.string(), _doc(Image, "url", "Image URL.")),
                     Column("alt", pa.string(), _doc(Image, "alt", "Alternative text.")),
                     Column("caption", pa.string(), _doc(Image, "caption", "Caption shown with the image."))),
    "tags": _child(Column("tag", pa.string(), "A tag, label or keyword of the article.")),
    "related_posts": _child(
        Column("title", pa.string(), _doc(RelatedPost, "title", "Title of the linked article.")),
        Column("url", pa.string(), _doc(RelatedPost, "url", "Its URL.")),
        Column("excerpt", pa.string(), _doc(RelatedPost, "excerpt", "Teaser text on the card.")),
        Column("author", pa.string(), _doc(RelatedPost, "author", "Author printed on the card.")),
        *_date_columns("published_at", "Card date"),
    ),
    "comments": _child(
        Column("comment_id", pa.string(), _doc(Comment, "id")),
        Column("author", pa.string(), _doc(Comment, "author", "Commenter name.")),
        Column("author_url", pa.string(), _doc(Comment, "author_url", "Commenter's link.")),
        *_date_columns("published_at", "Comment date"),
        Column("text", pa.string(), _doc(Comment, "text", "Comment text; paragraphs separated by a blank line.")),
        Column("reply_to", pa.string(), _doc(Comment, "reply_to")),
        Column("awaiting_moderation", pa.bool_(), _doc(Comment, "awaiting_moderation", "Shown as awaiting moderation.")),
        Column("spam", pa.bool_(), _doc(Comment, "spam", "Taken for spam.")),
        Column("spam_reasons", pa.string(), _doc(Comment, "spam_reasons").rstrip(".") + " (comma-separated); null when none."),
    ),
}

SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema([pa.field(column.name, column.type) for column in columns]) for name, columns in TABLES.items()
}

# Which record list each child table holds one row per item of: what a loaded export is checked against.
ITEM_COUNTS: dict[str, Callable[[dict[str, Any]], int]] = {
    "articles": lambda record: 1,
    "alternative_headlines": lambda record: len(record.get("alternative_headlines") or []),
    "authors": lambda record: len(record.get("byline", {}).get("authors", [])),
    "breadcrumbs": lambda record: len(record.get("breadcrumbs", [])),
    "sections": lambda record: len(record.get("sections", [])),
    "blocks": lambda record: sum(len(section.get("blocks", [])) for section in record.get("sections", [])),
    "caveats": lambda record: len(record.get("caveats", [])),
    "sources": lambda record: len(record.get("sources", [])),
    "identifiers": lambda record: len(record.get("identifiers") or []),
    "artifacts": lambda record: len(record.get("artifacts") or []),
    "images": lambda record: len(record.get("images", [])),
    "tags": lambda record: len(record.get("tags", [])),
    "related_posts": lambda record: len(record.get("related_posts", [])),
    "comments": lambda record: len(record.get("comments", [])),
}


def date_values(name: str, value: str | None, local: str | None = None) -> dict[str, Any]:
    """The four columns of one record date (see the module docstring)."""
    instant = local_time = offset = precision = None
    if local:
        local_time, precision = datetime.fromisoformat(local), "time"
    elif value:
        if "T" not in value:
            local_time, precision = datetime.combine(date.fromisoformat(value), datetime.min.time()), "day"
        else:
            parsed = datetime.fromisoformat(value)
            local_time, precision = parsed.replace(tzinfo=None), "time"
            if (utc_offset := parsed.utcoffset()) is not None:
                instant, offset = parsed, int(utc_offset.total_seconds() // 60)
    return {name: instant, f"{name}_local": local_time, f"{name}_offset_minutes": offset,
            f"{name}_precision": precision}


def _timestamp(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def record_rows(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every row one record gives; ``is_latest`` is filled in once all are read."""
    crawl = record.get("crawl") or {}
    key = {"article_id": record["id"], "version": int(crawl.get("version") or 1)}
    byline = record.get("byline") or {}
    extraction = record.get("extraction") or {}
    yield "articles", {
        **key, "is_latest": None, "schema_version": record.get("schema_version"),
        "url": record.get("url"), "canonical_url": record.get("canonical_url"), "language": record.get("language"),
        "site_name": record.get("site_name"), "headline": record.get("headline"),
        "description": record.get("description"), "body_text": record.get("body_text"),
        "byline_raw": byline.get("raw"),
        **date_values("published_at", byline.get("published_at"), byline.get("published_at_local")),
        **date_values("updated_at", byline.get("updated_at"), byline.get("updated_at_local")),
        "extractor_version": extraction.get("extractor_version"),
        "field_sources": json.dumps(extraction.get("field_sources") or {}, ensure_ascii=False, sort_keys=True),
        "warnings": "\n".join(extraction.get("warnings") or []) or None,
        "fetched_at": _timestamp(crawl.get("fetched_at")), "http_status": crawl.get("status"),
        "content_hash": crawl.get("content_hash"), "previous_content_hash": crawl.get("previous_content_hash"),
        "first_seen": _timestamp(crawl.get("first_seen")), "spider": crawl.get("spider"),
        "profile": crawl.get("profile"),
        **{f"warc_{name}": (crawl.get("warc") or {}).get(name) for name in ("file", "offset", "record_id", "target_uri")},
    }
    for position, alternative in enumerate(record.get("alternative_headlines") or []):
        yield "alternative_headlines", {**key, "position": position, "text": alternative.get("text"),
                                        "source": alternative.get("source")}
    for position, author in enumerate(byline.get("authors") or []):
        yield "authors", {**key, "position": position, "name": author.get("name"), "url": author.get("url"),
                          "kind": author.get("kind")}
    for position, crumb in enumerate(record.get("breadcrumbs") or []):
        yield "breadcrumbs", {**key, "position": position, "name": crumb.get("name"), "url": crumb.get("url")}
    for number, section in enumerate(record.get("sections") or []):
        yield "sections", {**key, "position": number, "heading": section.get("heading"), "level": section.get("level")}
        for position, block in enumerate(section.get("blocks") or []):
            yield "blocks", {**key, "section": number, "position": position, **_block(block)}
    for position, caveat in enumerate(record.get("caveats") or []):
        yield "caveats", {**key, "position": position, "label": caveat.get("label"), "text": caveat.get("text"),
                          "section": caveat.get("section")}
    for position, source in enumerate(record.get("sources") or []):
        yield "sources", {**key, "position": position, "text": source.get("text"), "url": source.get("url"),
                          "domain": source.get("domain"), "listed_under": source.get("listed_under"),
                          "kind": source.get("kind"), "place": source.get("place"),
                          "identifiers": json.dumps(source["identifiers"]) if source.get("identifiers") else None}
    for position, mention in enumerate(record.get("identifiers") or []):
        yield "identifiers", {**key, "position": position, "scheme": mention.get("scheme"), "value": mention.get("value"),
                              "sentence": mention.get("sentence"), "linked": mention.get("linked")}
    for position, artifact in enumerate(record.get("artifacts") or []):
        yield "artifacts", {**key, "position": position, "kind": artifact.get("kind"), "text": artifact.get("text"),
                            "where": artifact.get("where"), "section": artifact.get("section"),
                            "removed": artifact.get("removed")}
    for position, image in enumerate(record.get("images") or []):
        yield "images", {**key, "position": position, "url": image.get("url"), "alt": image.get("alt"),
                         "caption": image.get("caption")}
    for position, tag in enumerate(record.get("tags") or []):
        yield "tags", {**key, "position": position, "tag": tag}
    for position, post in enumerate(record.get("related_posts") or []):
        yield "related_posts", {
            **key, "position": position, "title": post.get("title"), "url": post.get("url"),
            "excerpt": post.get("excerpt"), "author": post.get("author"),
            **date_values("published_at", post.get("published_at"), post.get("published_at_local")),
        }
    for position, comment in enumerate(record.get("comments") or []):
        yield "comments", {
            **key, "position": position, "comment_id": comment.get("id"), "author": comment.get("author"),
            "author_url": comment.get("author_url"),
            **date_values("published_at", comment.get("published_at"), comment.get("published_at_local")),
            "text": comment.get("text"), "reply_to": comment.get("reply_to"),
            "awaiting_moderation": comment.get("awaiting_moderation"), "spam": comment.get("spam"),
            "spam_reasons": ",".join(comment.get("spam_reasons") or []) or None,
        }


def _block(block: dict[str, Any]) -> dict[str, Any]:
    kind = block.get("type")
    if kind == "list":
        items = block.get("items") or []
        return {"type": kind, "text": "\n".join(items), "ordered": bool(block.get("ordered")),
                "items": json.dumps(items, ensure_ascii=False)}
    if kind == "table":
        rows = block.get("rows") or []
        return {"type": kind, "text": "\n".join("\t".join(row) for row in rows), "ordered": None,
                "items": json.dumps(rows, ensure_ascii=False)}
    return {"type": kind, "text": block.get("text"), "ordered": None, "items": None}
