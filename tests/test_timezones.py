"""Dates keep their precision and get their zone from the profile or the page, never silently UTC."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from harvester import ArticleRecord, extract_article
from harvester.dates import parse_date
from harvester.profiles import ProfileError, parse_profile

URL = "https://health.example.org/news/a"


def page(head: str = "", byline: str = "", comments: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Walking and the heart</title>{head}</head>
<body><article><h1>Walking and the heart</h1><p class="byline">By Ann Author</p><p>{byline}</p>
<p>Researchers followed several thousand adults for ten years and report that regular walking was
associated with a lower risk of heart disease, even after accounting for diet and smoking.</p>
<p>The team says the finding is observational and cannot show cause and effect.</p></article>
{comments}</body></html>"""


PRINTED_TIME = '<span class="date">Posted July 1, 2025 at 10:30 am</span>'
COMMENTS = """<section id="comments"><h2>Comments</h2><ol class="comment-list">
<li id="comment-1" class="comment"><div class="comment-author vcard"><b class="fn">Maya</b></div>
<div class="comment-metadata"><time>January 12, 2025 at 2:07 pm</time></div>
<div class="comment-content"><p>Walking to the station counts too.</p></div></li></ol></section>"""


def offset(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-06-25", date(2024, 6, 25)),
    ("26 Nov 2025", date(2025, 11, 26)),
    ("Nov 26, 2025 10:30", datetime(2025, 11, 26, 10, 30)),
    ("2025-11-26T10:30:00+01:00", datetime(2025, 11, 26, 10, 30, tzinfo=offset(1))),
    ("8 mars 2020", date(2020, 3, 8)),
])
def test_a_date_has_the_precision_the_text_gives(text: str, expected: date) -> None:
    value = parse_date(text, languages=["fr"] if "mars" in text else None)
    assert value == expected and type(value) is type(expected)


def test_a_printed_day_stays_a_day_not_a_midnight() -> None:
    record = extract_article(page(byline='<time class="published">26 Nov 2025</time>'), URL)
    assert record.model_dump(mode="json")["byline"]["published_at"] == "2025-11-26"


def test_a_time_without_any_zone_keeps_its_day_and_the_wall_clock_beside_it() -> None:
    byline = record_dates(extract_article(page(byline=PRINTED_TIME), URL))
    assert byline["published_at"] == "2025-07-01"
    assert byline["published_at_local"] == "2025-07-01T10:30:00"


def test_the_profile_timezone_comes_first_with_daylight_saving_per_date() -> None:
    head = '<meta property="article:modified_time" content="2025-07-02T09:00:00+05:30">'
    record = extract_article(page(head=head, byline=PRINTED_TIME, comments=COMMENTS), URL, timezone="Europe/Berlin")
    dumped = record.model_dump(mode="json")
    assert dumped["byline"]["published_at"] == "2025-07-01T10:30:00+02:00"
    assert dumped["byline"]["published_at_local"] is None
    assert dumped["comments"][0]["published_at"] == "2025-01-12T14:07:00+01:00"


def test_without_a_profile_zone_another_date_of_the_page_gives_the_offset() -> None:
    head = '<meta property="article:modified_time" content="2025-07-02T09:00:00+05:30">'
    byline = record_dates(extract_article(page(head=head, byline=PRINTED_TIME), URL))
    assert byline["published_at"] == "2025-07-01T10:30:00+05:30"
    assert byline["updated_at"] == "2025-07-02T09:00:00+05:30"


def test_a_utc_stamp_is_not_taken_for_the_sites_zone() -> None:
    head = '<meta property="article:modified_time" content="2025-07-02T09:00:00Z">'
    byline = record_dates(extract_article(page(head=head, byline=PRINTED_TIME), URL))
    assert byline["published_at"] == "2025-07-01"
    assert byline["published_at_local"] == "2025-07-01T10:30:00"


def test_the_sites_declared_zone_comes_last() -> None:
    head = '<meta name="timezone" content="America/New_York">'
    byline = record_dates(extract_article(page(head=head, byline=PRINTED_TIME), URL))
    assert byline["published_at"] == "2025-07-01T10:30:00-04:00"


@pytest.mark.parametrize("declared", ["America", "Mars/Olympus", "../../etc/passwd", "x" * 300, ""])
def test_a_declared_zone_that_is_no_zone_is_ignored(declared: str) -> None:
    head = f'<meta name="timezone" content="{declared}">'
    byline = record_dates(extract_article(page(head=head, byline=PRINTED_TIME), URL))
    assert byline["published_at"] == "2025-07-01" and byline["published_at_local"] == "2025-07-01T10:30:00"


def test_a_utc_instant_keeps_the_offset_the_page_gives_for_it() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Walking and the heart",'
            ' "datePublished": "2025-05-04T22:46:00Z"}</script>')
    byline_html = '<time datetime="2025-05-05T00:46:00+02:00">5 May 2025, 00:46</time>'
    byline = record_dates(extract_article(page(head=head, byline=byline_html), URL))
    assert byline["published_at"] == "2025-05-05T00:46:00+02:00"


def test_a_utc_time_element_printing_local_time_reveals_the_offset() -> None:
    byline_html = '<time datetime="2025-11-12T08:30:00Z">Wednesday, November 12, 2025 - 09:30</time>'
    comments = COMMENTS.replace("January 12, 2025 at 2:07 pm", "November 12, 2025 at 2:07 pm")
    dumped = extract_article(page(byline=byline_html, comments=comments), URL).model_dump(mode="json")
    assert dumped["byline"]["published_at"] == "2025-11-12T09:30:00+01:00"
    assert dumped["comments"][0]["published_at"] == "2025-11-12T14:07:00+01:00"


def test_profiles_refuse_an_unknown_zone() -> None:
    text = 'name = "t"\nallowed_domains = ["example.org"]\nurls = ["https://example.org/a"]\ntimezone = "Mars/Olympus"\n'
    with pytest.raises(ProfileError, match="time zone"):
        parse_profile(text, source="t.toml", folder=None)
    assert parse_profile(text.replace("Mars/Olympus", "Europe/Lisbon"), source="t.toml", folder=None).timezone == "Europe/Lisbon"


def record_dates(record: ArticleRecord) -> dict[str, Any]:
    return record.model_dump(mode="json")["byline"]


def test_extract_command_takes_the_zone_and_refuses_an_unknown_one(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from harvester.cli import main

    source = tmp_path / "page.html"
    source.write_text(page(byline=PRINTED_TIME), encoding="utf-8")
    assert main(["extract", str(source), "--timezone", "America/Chicago"]) == 0
    assert json.loads(capsys.readouterr().out)["byline"]["published_at"] == "2025-07-01T10:30:00-05:00"
    assert main(["extract", str(source), "--timezone", "Central"]) == 2
    assert "IANA" in capsys.readouterr().err
