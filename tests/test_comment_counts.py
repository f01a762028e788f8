"""Spam comments across a crawl: flagged ones, texts repeated on several pages, and the summary."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_helpers import article, crawl, records, summary, url_list
from httpserver import LocalSite, serve

from harvester.crawl.comment_counts import CommentCounts

CAMPAIGN = "Check out my page for the best deals on everything you need today friends"


def test_a_text_on_three_pages_counts_as_repeated_from_its_first_page() -> None:
    counts = CommentCounts(threshold=3)
    first = counts.add("a", [{"text": CAMPAIGN, "spam": False}, {"text": "Thanks!", "spam": False}])
    second = counts.add("b", [{"text": CAMPAIGN.upper() + " https://deals.example/?x=1", "spam": True}])
    third = counts.add("c", [{"text": CAMPAIGN, "spam": False}])
    fourth = counts.add("d", [{"text": CAMPAIGN, "spam": False}, {"text": "A different comment about the trial design itself.", "spam": False}])
    assert (first.comments, first.repeated, first.spam_or_repeated) == (2, 0, 0)
    assert (second.spam, second.repeated, second.spam_or_repeated) == (1, 0, 1)
    # Crossing the threshold: three occurrences repeated, the two not yet counted as spam are now.
    assert (third.repeated, third.spam_or_repeated) == (3, 2)
    assert (fourth.repeated, fourth.spam_or_repeated) == (1, 1)


def test_the_same_record_twice_is_one_page_and_short_texts_never_repeat() -> None:
    counts = CommentCounts(threshold=2)
    counts.add("a", [{"text": CAMPAIGN}])
    assert counts.add("a", [{"text": CAMPAIGN}]).repeated == 0
    assert counts.add("b", [{"text": "Thanks!"}]).repeated == 0
    assert counts.add("c", [{"text": "Thanks!"}]).repeated == 0
    assert counts.add("b", [{"text": CAMPAIGN}]).repeated == 2


def _comment(number: int, author: str, text: str) -> str:
    return (f'<li id="comment-{number}" class="comment depth-1"><article id="div-comment-{number}" class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{author}</b> '
            f'<span class="says">says:</span></div></footer><div class="comment-content"><p>{text}</p></div></article></li>')


def _with_comments(html: str, comments: list[str]) -> str:
    return html.replace("</body>", f'<div id="comments" class="comments-area"><ol class="comment-list">{"".join(comments)}'
                                   "</ol></div></body>")


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with serve() as running:
        yield running


@pytest.mark.slow
def test_crawl_summary_counts_spam_comments(site: LocalSite, tmp_path: Path) -> None:
    site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    pages = {
        "/news/one": [_comment(1, "Anna", CAMPAIGN),
                      _comment(2, "registro na binance", "Thanks for sharing. https://accounts.binance.info/register-person?ref=UT2YTZSU")],
        "/news/two": [_comment(3, "Ben", CAMPAIGN), _comment(4, "Clara", "Was the trial blinded, and who paid for the study?")],
        "/news/three": [_comment(5, "Dora", CAMPAIGN)],
    }
    for n, (path, comments) in enumerate(pages.items()):
        site.add(path, _with_comments(article(f"Comment story {n}"), comments))
    output = tmp_path / "out"

    done = crawl(url_list(tmp_path, [site.url(path) for path in pages]), output)

    assert done.returncode == 0, done.stderr
    flagged = [c["id"] for r in records(output) for c in r["comments"] if c["spam"]]
    assert flagged == ["comment-2"], flagged
    assert summary(output)["comments"] == {"total": 5, "spam": 4, "flagged_spam": 1, "repeated_text": 3}
    assert "4 of 5 comments spam" in done.stderr
    shown = subprocess.run([sys.executable, "-m", "harvester.cli", "status", str(output)], capture_output=True,
                           text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    header, line = shown.stdout.splitlines()[:2]
    column = header.index("SPAM") + len("SPAM")
    assert line[column - 11: column].strip() == "4/5", shown.stdout
