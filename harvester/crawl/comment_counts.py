"""Spam comments across a crawl: the extractor's flags, and the same text posted on many pages.

One page cannot tell that its comment is a campaign's; the crawl can. A comment text (its words,
case and links aside: :func:`harvester.evidence.spam.normalise_comment_text`) seen on
``REPEATED_COMMENT_PAGES`` records or more of one run is ``repeated_text``. Records are not
rewritten for it (a record is what its page says, so re-crawling a page gives the same record);
the run counts it, per site, in the stats and the summary. Short texts ("Thanks!") are left out:
real readers repeat those.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from harvester.evidence.spam import normalise_comment_text

__all__ = ["REPEATED_COMMENT_PAGES", "CommentCounts", "CommentTally"]

REPEATED_COMMENT_PAGES = 3
MIN_WORDS = 6


@dataclass
class CommentTally:
    """What one record adds to the counts."""

    comments: int = 0
    spam: int = 0
    repeated: int = 0
    spam_or_repeated: int = 0


@dataclass
class _Text:
    records: set[str] = field(default_factory=set)
    # Spam flags of the occurrences seen before the text counted as repeated.
    flags: list[bool] = field(default_factory=list)


class CommentCounts:
    def __init__(self, threshold: int = REPEATED_COMMENT_PAGES) -> None:
        self.threshold = threshold
        self._texts: dict[bytes, _Text] = {}

    def add(self, record_id: str, comments: Iterable[Mapping[str, Any]]) -> CommentTally:
        """Count a record's comments; texts crossing the threshold count their earlier pages too."""
        tally = CommentTally()
        for comment in comments:
            spam = bool(comment.get("spam"))
            tally.comments += 1
            tally.spam += spam
            words = normalise_comment_text(str(comment.get("text") or ""))
            if len(words.split()) < MIN_WORDS:
                tally.spam_or_repeated += spam
                continue
            key = hashlib.blake2b(words.encode(), digest_size=12).digest()
            seen = self._texts.setdefault(key, _Text())
            if record_id in seen.records:
                tally.spam_or_repeated += spam
                continue
            seen.records.add(record_id)
            pages = len(seen.records)
            if pages < self.threshold:
                seen.flags.append(spam)
                tally.spam_or_repeated += spam
            elif pages == self.threshold:
                tally.repeated += pages
                # The earlier occurrences not flagged as spam become spam now; flagged ones were counted.
                tally.spam_or_repeated += 1 + sum(not flag for flag in seen.flags)
                seen.flags.clear()
            else:
                tally.repeated += 1
                tally.spam_or_repeated += 1
        return tally
