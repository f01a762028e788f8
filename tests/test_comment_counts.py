"""Spam comments across a crawl: flagged ones, texts repeated on several pages, and the summary."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from contextlib import closing
from typing import Any

import redis
from crawl_helpers import FAST, ROOT, article, crawl, records, site_dir, summary, url_list
from httpserver import LocalSite, serve
from redisserver import redis_server

from harvester.crawl.comment_counts import TextCount, comment_keys, mark_repeated, tally, texts_to_count
from harvester.crawl.state import StateStore

CAMPAIGN = "Check out my page for the best deals on everything you need today friends"


def test_a_text_is_keyed_by_its_words_and_short_texts_are_not_counted() -> None:
    keys = comment_keys([
        {"text": CAMPAIGN, "spam": False},
        {"text": CAMPAIGN.upper() + " https://deals.example/?x=1", "spam": True},
        {"text": "Thanks, great article!", "spam": False},
    ])
    assert keys[0][0] == keys[1][0] is not None and keys[2][0] is None
    assert [spam for _, spam in keys] == [False, True, False]
    # One text carried by two comments of the record, one flagged otherwise: one unflagged comment.
    assert texts_to_count(keys) == {keys[0][0]: 1}


def test_the_state_counts_each_record_once_and_reports_the_earlier_unflagged_at_the_threshold(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state.sqlite") as state:
        assert state.count_comment_texts("a", {"t": 1}, 3, 100) == {"t": TextCount(1, 0)}
        assert state.count_comment_texts("a", {"t": 1}, 3, 100) == {"t": TextCount(1, 0)}  # the same record again
        assert state.count_comment_texts("b", {"t": 0}, 3, 100) == {"t": TextCount(2, 0)}  # flagged otherwise
        # The third record: the text is repeated; one earlier comment (a's) was written unflagged.
        assert state.count_comment_texts("c", {"t": 1, "u": 1}, 3, 100) == {"t": TextCount(3, 1), "u": TextCount(1, 0)}
        assert state.count_comment_texts("d", {"t": 1}, 3, 100) == {"t": TextCount(3, 0)}
        assert state.count_comment_texts("a", {"t": 1}, 3, 100) == {"t": TextCount(3, 0)}
    with StateStore(tmp_path / "state.sqlite") as state:  # kept across runs
        assert state.count_comment_texts("e", {"t": 1}, 3, 100) == {"t": TextCount(3, 0)}


def test_the_state_keeps_the_texts_seen_most_recently(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state.sqlite") as state:
        state.count_comment_texts("a", {"old": 1, "kept": 1}, 2, 2)
        state.count_comment_texts("b", {"kept": 1}, 2, 2)  # "kept" seen again: "old" is now the least recent
        state.count_comment_texts("c", {"new": 1}, 2, 2)
        texts = {key for (key,) in state._db.execute("SELECT text_key FROM comment_texts")}
        assert texts == {"kept", "new"}
        # A forgotten text counts from the start again.
        assert state.count_comment_texts("d", {"old": 1}, 2, 2) == {"old": TextCount(1, 0)}


def test_repeated_comments_are_flagged_in_the_record_and_counted_apart() -> None:
    comments = [
        {"id": "1", "text": CAMPAIGN, "spam": False, "spam_reasons": []},
        {"id": "2", "text": "Was the trial blinded, and who paid for the study?", "spam": False, "spam_reasons": []},
        {"id": "3", "text": CAMPAIGN + " https://x.example/register?ref=1", "spam": True, "spam_reasons": ["referral_link"]},
    ]
    keys = comment_keys(comments)
    head, record = mark_repeated('{"id":"r","comments":' + json.dumps(comments), keys, {keys[0][0]})
    assert json.loads(head + "}") == record
    assert [(c["spam"], c["spam_reasons"]) for c in record["comments"]] == [
        (True, ["repeated_text"]), (False, []), (True, ["referral_link", "repeated_text"])]
    counts = tally(record["comments"])
    assert (counts.total, counts.spam, counts.flagged_spam, counts.repeated_text) == (3, 2, 1, 2)


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


def _serve_campaign(site: LocalSite) -> dict[str, list[str]]:
    site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    pages = {
        "/news/one": [_comment(1, "Anna", CAMPAIGN),
                      _comment(2, "registro na binance", "Thanks for sharing. https://accounts.binance.info/register-person?ref=UT2YTZSU")],
        "/news/two": [_comment(3, "Ben", CAMPAIGN), _comment(4, "Clara", "Was the trial blinded, and who paid for the study?")],
        "/news/three": [_comment(5, "Dora", CAMPAIGN)],
    }
    for n, (path, comments) in enumerate(pages.items()):
        site.add(path, _with_comments(article(f"Comment story {n}"), comments))
    return pages


def _campaign_flags(written: list[dict[str, Any]]) -> list[tuple[bool, list[str]]]:
    return sorted((c["spam"], c["spam_reasons"]) for r in written for c in r["comments"] if c["author"] != "Clara"
                  and "binance" not in c["author"])


@pytest.mark.slow
def test_a_comment_on_three_pages_is_spam_from_the_third_and_the_summary_counts_it(
    site: LocalSite, tmp_path: Path
) -> None:
    pages = _serve_campaign(site)
    output = tmp_path / "out"

    done = crawl(url_list(tmp_path, [site.url(path) for path in pages]), output)

    assert done.returncode == 0, done.stderr
    written = records(output)
    # Whichever page's record is written third carries the flag; the first two were written before.
    assert _campaign_flags(written) == [(False, []), (False, []), (True, ["repeated_text"])]
    flagged = sorted(c["id"] for r in written for c in r["comments"] if c["spam"])
    assert len(flagged) == 2 and "comment-2" in flagged
    assert summary(output)["comments"] == {
        "total": 5, "spam": 2, "flagged_spam": 1, "repeated_text": 1, "repeated_earlier_unflagged": 2,
    }
    assert "2 of 5 comments spam" in done.stderr
    with closing(sqlite3.connect(site_dir(output) / "state.sqlite")) as db:
        [(kept,)] = db.execute("SELECT records FROM comment_texts WHERE records LIKE '% % %'").fetchall()
    assert set(kept.split()) == {r["id"] for r in written}
    shown = subprocess.run([sys.executable, "-m", "harvester.cli", "status", str(output)], capture_output=True,
                           text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    header, line = shown.stdout.splitlines()[:2]
    column = header.index("SPAM") + len("SPAM")
    assert line[column - 11: column].strip() == "2/5", shown.stdout

    # The next run: the counts are in the state, so a new page with the text is spam at once.
    site.add("/news/four", _with_comments(article("Comment story 4"), [_comment(6, "Emil", CAMPAIGN)]))
    again = crawl(url_list(tmp_path, [site.url(path) for path in [*pages, "/news/four"]]), output)
    assert again.returncode == 0, again.stderr
    [fourth] = [r for r in records(output) if r["url"].endswith("/news/four")]
    assert [(c["spam"], c["spam_reasons"]) for c in fourth["comments"]] == [(True, ["repeated_text"])]
    assert summary(output)["comments"] == {
        "total": 1, "spam": 1, "flagged_spam": 0, "repeated_text": 1, "repeated_earlier_unflagged": 0,
    }


@pytest.mark.slow
def test_a_distributed_crawl_counts_comment_texts_in_redis(site: LocalSite, tmp_path: Path) -> None:
    pages = _serve_campaign(site)
    output = tmp_path / "out"
    with redis_server(tmp_path) as url:
        done = subprocess.run(
            [sys.executable, "-m", "harvester.cli", "crawl", "--urls", str(url_list(tmp_path, [site.url(p) for p in pages])),
             "-o", str(output), "--redis", url, *FAST, "-s", "HARVESTER_EXTRACT_WORKERS=0",
             "-s", "HARVESTER_PROGRESS_INTERVAL=0"],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        client = redis.Redis.from_url(url)
        texts = {key: value.decode().split() for key, value in client.hgetall("harvester:127.0.0.1:comment_texts").items()}
        client.close()
    written = records(output)
    assert _campaign_flags(written) == [(False, []), (False, []), (True, ["repeated_text"])]
    # Clara's question on one record; the campaign's text on three, two of them written unflagged.
    assert len(texts) == 2
    question, campaign = sorted(texts.values(), key=len)
    assert question == ["1", next(r["id"] for r in written if any(c["author"] == "Clara" for c in r["comments"]))]
    assert campaign[0] == "2" and sorted(campaign[1:]) == sorted(r["id"] for r in written)
    # Each worker writes its own summary, named for its run.
    [worker_summary] = site_dir(output).glob("summary-*.json")
    assert json.loads(worker_summary.read_text(encoding="utf-8"))["comments"]["repeated_earlier_unflagged"] == 2
