"""Date parsing: the fast paths, dateparser for other languages, and what must give None."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest

from harvester import dates
from harvester.dates import date_from_url, dateparser_languages, parse_date, search_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-31T10:20:30Z", datetime(2024, 5, 31, 10, 20, 30, tzinfo=timezone.utc)),
        ("2021-11-01T10:52:50+0100", datetime(2021, 11, 1, 10, 52, 50, tzinfo=timezone(timedelta(hours=1)))),
        ("2015-03-27T13:07:55.0961234Z", datetime(2015, 3, 27, 13, 7, 55, 96123, tzinfo=timezone.utc)),
        ("2019-04-28 06:01:07", datetime(2019, 4, 28, 6, 1, 7)),
        ("2024-06-25", date(2024, 6, 25)),
        ("20240314", date(2024, 3, 14)),
        ("20240314T093000Z", datetime(2024, 3, 14, 9, 30, tzinfo=timezone.utc)),
        ("Nov 26, 2025", date(2025, 11, 26)),
        ("Tuesday, November 26th, 2025 at 3:04 pm", datetime(2025, 11, 26, 15, 4)),
        ("Tue, 15 Oct 2015 08:00:26 GMT", datetime(2015, 10, 15, 8, 0, 26, tzinfo=timezone.utc)),
        ("22 Dec 2016 10:43 PST", datetime(2016, 12, 22, 10, 43, tzinfo=timezone(timedelta(hours=-8)))),
        ("Posted on June 1st, 2020", date(2020, 6, 1)),
    ],
)
def test_english_and_iso_dates(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("31. Mai 2012", ["de"], date(2012, 5, 31)),
        ("31.05.2012 um 10:30 Uhr", ["de-DE"], datetime(2012, 5, 31, 10, 30)),
        ("26 de noviembre de 2025", ["es"], date(2025, 11, 26)),
        ("le 3 mars 2014 à 14h05", ["fr"], datetime(2014, 3, 3, 14, 5)),
        ("2025年11月26日", ["zh-CN"], date(2025, 11, 26)),
        ("2 марта 2015", ["ru"], date(2015, 3, 2)),
        ("1 сентября 2020 г.", ["ru"], date(2020, 9, 1)),
    ],
)
def test_dates_in_other_languages(text: str, languages: list[str], expected: datetime) -> None:
    assert parse_date(text, languages=languages) == expected


def test_aware_only_when_the_text_names_a_zone() -> None:
    assert parse_date("2024-05-31T10:00:00").tzinfo is None  # type: ignore[union-attr]
    assert parse_date("2024-05-31T10:00:00-04:00").utcoffset() == timedelta(hours=-4)  # type: ignore[union-attr]


def test_slashed_dates_follow_the_page_language() -> None:
    assert parse_date("05/06/2024", languages=["en-US"]) == date(2024, 5, 6)
    assert parse_date("05/06/2024", languages=["de"]) == date(2024, 6, 5)
    # A day above twelve settles the order whatever the language.
    assert parse_date("31/05/2024", languages=["en-US"]) == date(2024, 5, 31)


@pytest.mark.parametrize(
    "text",
    [None, "", "   ", "Share", "Mac & i", "5", "42", "7:30 AM", "10:43 PST", "31 February 2025", "2025-02-30",
     "31. Februar 2025", "2024-13-45", "1066-10-14", "12345678", "not a date at all but long " * 10],
)
def test_no_date_gives_none(text: str | None) -> None:
    assert parse_date(text, languages=["de"]) is None


@pytest.mark.parametrize("text", ["2018", " 2018 ", "©2018", "(2018)", "1533", "201801"])
def test_a_bare_year_is_no_date_and_never_reaches_dateparser(text: str) -> None:
    # dateparser reads digits without separators as a day, month and year: "2018" was 2020-01-08.
    before = dates._dateparser.cache_info()
    assert parse_date(text) is None
    after = dates._dateparser.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


def test_eight_digits_and_timestamps_still_read() -> None:
    assert parse_date("20180101") == date(2018, 1, 1)
    # A Unix time gives its UTC day, whatever the machine's zone (dateparser read it in that zone).
    assert parse_date("1525132800000") == date(2018, 5, 1)
    assert parse_date("1614814200") == date(2021, 3, 3)  # 23:30 UTC


@pytest.mark.parametrize(
    ("text", "languages"),
    [("15 Min", ["de"]), ("8 h 40 min", ["fr"]), ("2 days ago", ["en"]), ("vor 3 Stunden", ["de"]), ("hier", ["fr"]),
     ("March 2019", ["en"]), ("3 марта", ["ru"])],
)
def test_durations_relative_and_partial_dates_are_not_dated_from_the_clock(text: str, languages: list[str]) -> None:
    # A recipe's "15 Min" once became the publication date: the day the page was extracted.
    assert parse_date(text, languages=languages) is None


@pytest.mark.parametrize(
    "text", ["http://siliconexposed.blogspot.com/2016/05/open-verilog-flow.html", "//cdn.example/img/2019/x.jpg",
             "www.example.com/news/2024/report"],
)
def test_links_are_not_dates_and_never_reach_dateparser(text: str) -> None:
    # A blog's <abbr title="http://..."> made dateparser try each of its languages: 65 ms, once per process.
    before = dates._dateparser.cache_info()
    assert parse_date(text) is None
    after = dates._dateparser.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


def test_load_dateparser_imports_it_and_reads_each_common_language_up_front() -> None:
    # In a fresh interpreter: this one has long imported dateparser through other tests.
    script = (
        "import sys\n"
        "from harvester import dates\n"
        "assert 'dateparser' not in sys.modules\n"
        "dates.load_dateparser()\n"
        "print('dateparser' in sys.modules, dates._dateparser.cache_info().misses)\n"
        "from dateparser.languages.loader import LocaleDataLoader\n"
        "print(*sorted(LocaleDataLoader._loaded_locales))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    first, loaded = done.stdout.splitlines()
    assert first.split() == ["True", "7"]
    assert set(loaded.split()) >= {"en", "de", "fr", "es", "it", "pt", "nl"}


def test_search_date_reports_the_span() -> None:
    found = search_date("ByByFahad Hussain Nov 26, 2025")
    assert found is not None
    assert found.value == date(2025, 11, 26)
    assert "ByByFahad Hussain Nov 26, 2025"[found.start:found.end] == "Nov 26, 2025"
    assert search_date("no date here") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2024/05/31/stem-cells/", date(2024, 5, 31)),
        ("https://example.org/news/2024-05-31-stem-cells", date(2024, 5, 31)),
        ("https://example.org/a/20240531/stem-cells", date(2024, 5, 31)),
        ("https://example.org/p/123456789", None),
        ("https://example.org/2024/02/31/impossible/", None),
        # CNN's section between the year and the month; a section with no month and day dates nothing.
        ("http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html", date(2010, 8, 13)),
        ("http://edition.cnn.com/2010/WORLD/europe/08/13/floods/index.html", date(2010, 8, 13)),
        ("https://example.org/2019/page/2/", None),
        ("https://example.org/2019/best-of/list.html", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: datetime | None) -> None:
    assert date_from_url(url) == expected


def test_dateparser_languages_keep_known_codes_and_english() -> None:
    assert dateparser_languages(["pt-BR", "xx-YY", "pt"]) == ["pt", "en"]
    assert dateparser_languages(None) == ["en"]
