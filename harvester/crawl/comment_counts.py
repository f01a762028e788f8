"""Spam comments across a crawl: the same text posted on many pages.

One page cannot tell that its comment is a campaign's; the crawl can. A comment text (its words,
case and links aside: :func:`harvester.evidence.spam.normalise_comment_text`) carried by
``HARVESTER_REPEATED_COMMENT_PAGES`` records or more of a site's crawl gets ``spam: true`` and
the reason ``repeated_text`` in the records written from then on. Short texts ("Thanks!", under
``MIN_WORDS`` words) are left out: real readers repeat those.

The counts outlive a run (a campaign spreads over weeks), in the crawl state: the SQLite
``comment_texts`` table on one machine, a Redis hash shared by the workers of a distributed crawl
(both in :mod:`harvester.crawl.state` / :mod:`harvester.crawl.shared_store`). Each text keeps the
ids of the first records carrying it, up to the threshold, so a record fetched again is not
counted twice; the ``HARVESTER_COMMENT_TEXTS_KEPT`` texts used most recently are kept, the others
forgotten (a forgotten text starts counting again).

The limit to know: records written before a text reached the threshold are not rewritten (a
record, once in the feed, stays as written), so the first pages of a campaign carry the comment
unflagged. The run counts those comments (``repeated_earlier_unflagged`` in the summary) when
their text reaches the threshold.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from harvester.crawl.extraction import ExtractedRecord, content_hash
from harvester.evidence.spam import SPAM_REASONS, is_spam, normalise_comment_text

__all__ = [
    "COMMENT_TEXTS_KEPT", "MIN_WORDS", "REPEATED", "REPEATED_COMMENT_PAGES", "CommentTally", "TextCount",
    "comment_keys", "mark_repeated", "tally", "texts_to_count", "with_repeated",
]

REPEATED_COMMENT_PAGES = 3
COMMENT_TEXTS_KEPT = 200_000
MIN_WORDS = 6
REPEATED = "repeated_text"


@dataclass(frozen=True)
class TextCount:
    """What the state knows of one text once a record has been counted."""

    # Distinct records carrying the text, counted up to the threshold (no further: nothing needs it).
    records: int
    # When this record brought the text to the threshold: the comments of the earlier records that
    # carry it and were not flagged otherwise (written before it counted as repeated); else 0.
    earlier_unflagged: int


def text_key(text: str) -> str | None:
    """The key a comment text is counted under, None for a text too short to count."""
    words = normalise_comment_text(text)
    if words.count(" ") + 1 < MIN_WORDS:
        return None
    return hashlib.blake2b(words.encode(), digest_size=12).hexdigest()


def comment_keys(comments: Iterable[Mapping[str, Any]]) -> tuple[tuple[str | None, bool], ...]:
    """Per comment, its text key and its spam flag: computed in the extraction worker, so the crawl
    process counts texts without reading the record."""
    return tuple((text_key(str(c.get("text") or "")), bool(c.get("spam"))) for c in comments)


def texts_to_count(keys: Iterable[tuple[str | None, bool]]) -> dict[str, int]:
    """The record's distinct texts, each with how many of its comments carrying it are not spam."""
    texts: dict[str, int] = {}
    for key, spam in keys:
        if key is not None:
            texts[key] = texts.get(key, 0) + (not spam)
    return texts


def mark_repeated(head: str, keys: tuple[tuple[str | None, bool], ...], repeated: set[str]) -> tuple[str, dict[str, Any]]:
    """The record JSON head (see ExtractedRecord) with the comments whose text is in ``repeated``
    flagged ``repeated_text``; also the record as a dict (to hash it again)."""
    record = json.loads(head + "}")
    for comment, (key, _spam) in zip(record["comments"], keys, strict=True):
        if key in repeated:
            reasons = {*comment["spam_reasons"], REPEATED}
            comment["spam_reasons"] = [reason for reason in SPAM_REASONS if reason in reasons]
            comment["spam"] = True
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))[:-1], record


@dataclass
class CommentTally:
    """The summary's comment counts for the records a run wrote."""

    total: int = 0
    spam: int = 0
    flagged_spam: int = 0
    repeated_text: int = 0


def tally(comments: Iterable[Mapping[str, Any]]) -> CommentTally:
    """``spam``: marked spam in the record; ``flagged_spam``: by the page's own signals (what
    the extractor saw); ``repeated_text``: carrying the crawl's repeated-text reason."""
    counts = CommentTally()
    for comment in comments:
        reasons = comment.get("spam_reasons") or []
        counts.total += 1
        counts.spam += bool(comment.get("spam"))
        counts.flagged_spam += is_spam(reason for reason in reasons if reason != REPEATED)
        counts.repeated_text += REPEATED in reasons
    return counts


def with_repeated(extracted: ExtractedRecord, repeated: set[str]) -> ExtractedRecord:
    """``extracted`` with its repeated comments flagged, and hashed again: ``content_hash`` stays
    the hash of what the record says (a page whose comment became a campaign's is a new version
    when its content is extracted again)."""
    head, record = mark_repeated(extracted.json_head, extracted.comment_keys, repeated)
    return replace(extracted, json_head=head, content_hash=content_hash(record))
