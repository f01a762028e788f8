"""Date parsing shared by every extractor that reads a date off a page.

Pages print dates in every shape and language. dateparser reads nearly all of them but costs
milliseconds per call (over a second for an impossible date with no language hint), so the
shapes that cover most real pages are read here with regular expressions first, and dateparser
is kept for short leftovers, with its results cached.

A date keeps the precision the page gives it: a text naming only a day gives a ``date``, never a
midnight that no page printed; a text with a time gives a ``datetime``, aware when the text names
its zone or offset, naive (a local wall-clock time) otherwise. :mod:`harvester.timezones` then
finds the zone of naive times from the site profile or the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

__all__ = ["MONTH_WORDS", "WEEKDAY_NAME", "DateMatch", "PageDate", "comparable", "date_from_url", "dateparser_languages", "load_dateparser",
           "parse_date", "search_date"]

# A date as a page gives it: a ``date`` when the page names only the day, a ``datetime`` when it
# names a time too (aware when it names the zone). ``datetime`` is a subclass of ``date``: test
# ``isinstance(value, datetime)`` to tell them apart.
PageDate = date | datetime

MIN_YEAR = 1900
_EPOCH_DAY = date(1970, 1, 1)
MAX_YEAR = 2100
# dateparser is only worth its cost on something that can be a date on its own.
DATEPARSER_MAX_CHARS = 100
DATEPARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_DATES_FROM": "past",
    # A record depends on the page alone, never on the clock: dateparser would date a duration
    # ("15 Min", "8 h 40 min") or "2 days ago" from now, and fill a missing year or day from today.
    "PARSERS": ["timestamp", "custom-formats", "absolute-time", "no-spaces-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    # dateparser's default returns an aware datetime exactly when the text names a zone, and a
    # naive one otherwise: the contract of parse_date, so RETURN_AS_TIMEZONE_AWARE stays unset.
}

# Latin-script names, then the genitive a day takes in Russian, Ukrainian and Polish ("15 августа 2016").
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
        "januari", "января", "січня", "stycznia"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro",
        "fev", "februari", "февраля", "лютого", "lutego"),
    3: ("march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt", "марта", "березня",
        "marca"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "квітня", "kwietnia"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "мая", "травня", "maja"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "июня", "червня", "czerwca"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июля", "липня", "lipca"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "августа", "серпня", "sierpnia"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "set", "settembre", "setembro", "сентября", "вересня",
        "września"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "октября",
        "жовтня", "października"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "ноября", "листопада", "listopada"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
        "dezembro", "декабря", "грудня", "grudnia"),
}
# The day-first month names of more languages, read only in the day-month-year and the year-month-day
# order those languages write ("3 Mart 2021", "3. března 2021", "3 مارس 2021"): Turkish, Greek,
# Czech, Slovak, the Scandinavian languages, Finnish, Romanian, Croatian, Serbian and
# Slovenian (Latin), Bulgarian, Catalan, Indonesian, Malay ("12 Mac 2019", "3 Ogos 2021": the names
# Indonesian does not share), Estonian, Arabic (the Egyptian, the Levantine and the Maghreb names) and
# Hebrew (with the preposition "ב" it is printed with). Names of two languages that mean different
# months (Croatian "listopad" is October, Polish November) stay out.
_DAY_FIRST_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("ocak", "ιανουαρίου", "ledna", "januára", "tammikuuta", "ianuarie", "siječnja", "januar",
        "януари", "gener", "jaanuar", "يناير", "كانون الثاني", "جانفي", "ינואר", "בינואר"),
    2: ("şubat", "φεβρουαρίου", "února", "februára", "helmikuuta", "februarie", "veljače",
        "februar", "февруари", "febrer", "veebruar", "فبراير", "شباط", "فيفري", "פברואר", "בפברואר"),
    3: ("mart", "μαρτίου", "března", "marca", "maaliskuuta", "marts", "martie", "ožujka", "marta",
        "marec", "март", "març", "maret", "märts", "mac", "مارس", "آذار", "מרץ", "במרץ"),
    4: ("nisan", "απριλίου", "dubna", "apríla", "huhtikuuta", "aprilie", "travnja", "април",
        "aprill", "أبريل", "ابريل", "نيسان", "أفريل", "אפריל", "באפריל"),
    5: ("mayıs", "μαΐου", "května", "mája", "toukokuuta", "maj", "svibnja", "май", "maig", "mei",
        "مايو", "أيار", "ماي", "מאי", "במאי"),
    6: ("haziran", "ιουνίου", "června", "júna", "kesäkuuta", "iunie", "lipnja", "junij", "юни",
        "juny", "juuni", "يونيو", "يونيه", "حزيران", "جوان", "יוני", "ביוני"),
    7: ("temmuz", "ιουλίου", "července", "júla", "heinäkuuta", "iulie", "srpnja", "julij", "юли",
        "juliol", "juuli", "julai", "يوليو", "يوليه", "تموز", "جويلية", "יולי", "ביולי"),
    8: ("ağustos", "αυγούστου", "srpna", "elokuuta", "augusti", "kolovoza", "avgust", "август", "agost",
        "agustus", "ogos", "أغسطس", "اغسطس", "آب", "أوت", "אוגוסט", "באוגוסט"),
    9: ("eylül", "σεπτεμβρίου", "září", "septembra", "syyskuuta", "septembrie", "rujna",
        "septembar", "септември", "setembre", "سبتمبر", "أيلول", "ספטמבר", "בספטמבר"),
    10: ("ekim", "οκτωβρίου", "října", "októbra", "lokakuuta", "octombrie", "oktobar", "октомври",
         "octubre", "oktoober", "أكتوبر", "اكتوبر", "تشرين الأول", "אוקטובר", "באוקטובר"),
    11: ("kasım", "νοεμβρίου", "listopadu", "novembra", "marraskuuta", "noiembrie", "studenoga", "studenog",
         "novembar", "ноември", "novembre", "نوفمبر", "تشرين الثاني", "נובמבר", "בנובמבר"),
    12: ("aralık", "δεκεμβρίου", "prosince", "decembra", "joulukuuta", "decembrie", "prosinca", "decembar",
         "декември", "desembre", "desember", "detsember", "disember", "ديسمبر", "كانون الأول", "דצמבר", "בדצמבר"),
}

# Hungarian writes the year first, then the month's name or its abbreviation, then the day ("2021.
# március 3.", "2021. márc. 3."): only these names are read in that order.
_YEAR_FIRST_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("január", "jan"), 2: ("február", "febr"), 3: ("március", "márc"), 4: ("április", "ápr"), 5: ("május", "máj"),
    6: ("június", "jún"), 7: ("július", "júl"), 8: ("augusztus", "aug"), 9: ("szeptember", "szept"),
    10: ("október", "okt"), 11: ("november", "nov"), 12: ("december", "dec"),
}

# Thai names, full and abbreviated ("3 มีนาคม 2564", "3 มี.ค. 2564"): Thai pages count the years of the
# Buddhist era, 543 ahead of the common era.
_THAI_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("มกราคม", "ม.ค."), 2: ("กุมภาพันธ์", "ก.พ."), 3: ("มีนาคม", "มี.ค."), 4: ("เมษายน", "เม.ย."),
    5: ("พฤษภาคม", "พ.ค."), 6: ("มิถุนายน", "มิ.ย."), 7: ("กรกฎาคม", "ก.ค."), 8: ("สิงหาคม", "ส.ค."),
    9: ("กันยายน", "ก.ย."), 10: ("ตุลาคม", "ต.ค."), 11: ("พฤศจิกายน", "พ.ย."), 12: ("ธันวาคม", "ธ.ค."),
}
_BUDDHIST_ERA = 543
# The common-era year before the first of each Japanese era Japanese pages still date by ("令和3年" is 2021).
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}

# Latvian writes "2021. gada 3. martā" (the year, "gada", the day, the month in the locative or the genitive)
# and Lithuanian "2021 m. kovo 3 d." (the year, "m.", the month in the genitive, the day, "d."): their names are
# read only in those orders.
_LATVIAN_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("janvārī", "janvāra"), 2: ("februārī", "februāra"), 3: ("martā", "marta"), 4: ("aprīlī", "aprīļa"),
    5: ("maijā", "maija"), 6: ("jūnijā", "jūnija"), 7: ("jūlijā", "jūlija"), 8: ("augustā", "augusta"),
    9: ("septembrī", "septembra"), 10: ("oktobrī", "oktobra"), 11: ("novembrī", "novembra"), 12: ("decembrī", "decembra"),
}
_LITHUANIAN_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("sausio",), 2: ("vasario",), 3: ("kovo",), 4: ("balandžio",), 5: ("gegužės",), 6: ("birželio",),
    7: ("liepos",), 8: ("rugpjūčio",), 9: ("rugsėjo",), 10: ("spalio",), 11: ("lapkričio",), 12: ("gruodžio",),
}

# The months of the Solar Hijri (Jalali) calendar, Iran's and Afghanistan's civil calendar ("۱۳ اسفند ۱۳۹۹"):
# only read in the day-month-year order, and always converted to the Gregorian day.
_JALALI_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("فروردین",), 2: ("اردیبهشت",), 3: ("خرداد",), 4: ("تیر",), 5: ("مرداد", "امرداد"), 6: ("شهریور",),
    7: ("مهر",), 8: ("آبان",), 9: ("آذر",), 10: ("دی",), 11: ("بهمن",), 12: ("اسفند",),
}
# Jalali years of the common era's 1921 to 2120: a numeric date with such a year ("1399/12/13") is Jalali when
# it is written in Persian or Arabic-Indic digits or the page is in Persian; no Gregorian page date is that old.
_JALALI_YEARS = range(1300, 1500)
_JALALI_LANGUAGES = frozenset({"fa", "ps", "prs"})
_EASTERN_DIGIT = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")
# The Jalali years in which the 33-year leap cycle restarts (Borkowski's breaks, as jalaali-js keeps them).
_JALALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
                  2394, 2456, 3178)


def _unaccented(name: str) -> str:
    """A name without its accents, as pages print it in capitals ("ΜΑΡΤΙΟΥ", "MAYIS", "BREZNA")."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).replace("ı", "i")


def _month_table(*tables: dict[int, tuple[str, ...]]) -> dict[str, int]:
    """Each name's number, under the name, the name without an abbreviation's dot, and unaccented;
    the first table to name a form keeps it."""
    months: dict[str, int] = {}
    for table in tables:
        for number, names in table.items():
            for name in names:
                for form in (name, name.rstrip("."), _unaccented(name)):
                    months.setdefault(form, number)
    return months


_MONTHS = _month_table(_MONTH_NAMES, _DAY_FIRST_MONTH_NAMES, _YEAR_FIRST_MONTH_NAMES, _THAI_MONTH_NAMES,
                       _JALALI_MONTH_NAMES)
_THAI_MONTHS = frozenset(_month_table(_THAI_MONTH_NAMES))
_JALALI_MONTHS = frozenset(_month_table(_JALALI_MONTH_NAMES))
_LATVIAN_MONTHS = _month_table(_LATVIAN_MONTH_NAMES)
_LITHUANIAN_MONTHS = _month_table(_LITHUANIAN_MONTH_NAMES)


def _alternatives(names: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(name) for name in names}, key=len, reverse=True))


# Every name after a day; the month-first order ("Nov 26, 2025") only with the first table's names,
# the languages that write it (and a name tried at every position of a text costs).
_MONTH_RE = _alternatives(_MONTHS)
_LEADING_MONTH_RE = _alternatives(_month_table(_MONTH_NAMES))
_YEAR_FIRST_MONTH_RE = _alternatives(_month_table(_YEAR_FIRST_MONTH_NAMES))
_LATVIAN_MONTH_RE = _alternatives(_LATVIAN_MONTHS)
_LITHUANIAN_MONTH_RE = _alternatives(_LITHUANIAN_MONTHS)
# Every month's name and abbreviation the date search reads, lower case: a byline unit tells a month
# glued to a name by a template ("Ali KhanNovember 3") from the name's own letters.
MONTH_WORDS = frozenset(_MONTHS) | frozenset(_LATVIAN_MONTHS) | frozenset(_LITHUANIAN_MONTHS)
_WEEKDAY_RE = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?|"
               r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")
# A weekday's full name alone ("Tuesday", "Dienstag", "mardi"): a byline unit tells "By Tuesday, the
# council …" (a sentence) from a credit. The short forms ("Sun", "Wed") are names too.
WEEKDAY_NAME = re.compile(rf"^(?=\w{{5}})(?:{_WEEKDAY_RE})$", re.IGNORECASE)

# The clock in Chinese, Japanese and Korean writing too: "2019年04月21日12時00分" (weekly.ascii.jp's date
# line over its h1), "13时16分", "13시 16분".
_TIME = (r"(?:\s*(?:,|at|um|à|a las|às|alle|-|–|—|\|)?\s*(?P<H>\d{1,2})(?:[:h]|\s*[時时시]\s*)(?P<M>\d{2})"
         r"(?:\s*[分분])?(?::(?P<S>\d{2}))?"
         r"(?:\.\d+)?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?(?:\s*uhr\b)?"
         r"\s*(?P<tz>Z\b|UTC|GMT|[+-]\d{2}:?\d{2}\b|[ECMP][SD]T\b|CES?T\b|BST\b)?)?")
_ZONE_OFFSETS = {"Z": 0, "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
                 "PST": -8, "PDT": -7, "CET": 1, "CEST": 2, "BST": 1}
_DATE_IN_TEXT = re.compile(
    r"(?<![\w])(?:"
    # 2024-05-31, 2024/05/31, 2024.05.31 (with an ISO time and zone when present)
    r"(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})(?:T(?P<iso>\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?))?(?!\d)"
    # 31 May 2012, 31. Mai 2012, 26 de noviembre de 2025, 1st of June, 2020
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+|of\s+|d['’])?(?P<m2>{_MONTH_RE})(?!\w)\.?,?\s*(?:de\s+|del\s+)?"
    r"(?P<y2>\d{4})(?!\d)"
    # Nov 26, 2025 / November 26th 2025
    rf"|(?P<m3>{_LEADING_MONTH_RE})\b\.?\s*(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b,?\s*(?P<y3>\d{{4}})(?!\d)"
    # 2021. március 3., 2021. márc. 3., 2021. 3. 3. (Hungarian, Korean): the year first, a dot after it
    rf"|(?P<y7>\d{{4}})\.\s*(?:(?P<m7>{_YEAR_FIRST_MONTH_RE})\b\.?|(?P<n7>\d{{1,2}})\.)\s*(?P<d7>\d{{1,2}})(?!\d)\.?"
    # 2021. gada 3. martā (Latvian), 2021 m. kovo 3 d. (Lithuanian)
    rf"|(?P<y8>\d{{4}})(?:\.\s*gada\s+(?P<d8>\d{{1,2}})\.\s*(?P<m8>{_LATVIAN_MONTH_RE})"
    rf"|\s*m\.\s*(?P<m9>{_LITHUANIAN_MONTH_RE})\s+(?P<d9>\d{{1,2}})\s*d\.?)(?!\w)"
    # 令和3年3月3日: a Japanese era's year ("元" its first)
    r"|(?P<era>令和|平成|昭和)\s*(?P<ey>\d{1,2}|元)\s*年\s*(?P<m10>\d{1,2})\s*月\s*(?P<d10>\d{1,2})\s*日"
    # 2025年11月26日 / 2025년 11월 26일
    r"|(?P<y4>\d{4})\s*[年년]\s*(?P<m4>\d{1,2})\s*[月월]\s*(?P<d4>\d{1,2})\s*[日일]?"
    # 31.05.2012
    r"|(?P<d5>\d{1,2})\.\s?(?P<m5>\d{1,2})\.\s?(?P<y5>\d{4})(?!\d)"
    # 05/31/2024 or 31/05/2024, 28-04-2021: order decided by the values, else by the language
    r"|(?P<a6>\d{1,2})(?P<s6>[/-])(?P<b6>\d{1,2})(?P=s6)(?P<y6>\d{4})(?!\d)"
    r")" + _TIME,
    re.IGNORECASE,
)
# A Unix time in seconds or milliseconds from 2001-09-09 to 2033-05-18 (a leading 1): scripts' data-timestamp.
_UNIX_TIME = re.compile(r"^1\d{9}(?:\d{3})?$")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}|^\d{8}(?:T\d{4}|$)")
_ISO_FRACTION = re.compile(r"(\.\d{6})\d+")
_ISO_SPACED_ZONE = re.compile(r"\s+(?=[+-]\d{2}:?\d{2}$)")
_WEEKDAY_PREFIX = re.compile(rf"^(?:{_WEEKDAY_RE})\b\.?,?\s*", re.IGNORECASE)
_DIGIT = re.compile(r"\d|[〇一二三四五六七八九十]")
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
# A year alone, or a year and a month run together ("2018", "©2018", "201801"): no publication
# date, and dateparser's reading of digits without separators splits it into a nonsense day
# ("2018" -> 2020-01-08, "1533" -> 2033-01-05). Eight digits (20180101) and timestamps stay.
_BARE_YEAR = re.compile(r"^[^\w\s]?\s*\d{4,7}\s*[^\w\s]?$")
# A day with a two-digit year written with dots and nothing else ("02.12.19"): day first in every
# country that writes dates with dots (the US writes slashes). dateparser read hertie-school's
# "02.12.19" over its h1 as 12 February 2019 on an English page.
_DOTTED_SHORT_YEAR = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$")
# Two-digit years from this one on are the 1900s ("31.12.99"), below it the 2000s.
_CENTURY_PIVOT = 69
# Whether the page being read writes its dotted two-digit-year dates month first (see
# ``dotted_month_first``): a few US templates do, uproxx's byline "12.09.16" for 9 December 2016. A
# question asked only when such a date is read: answering it reads the whole page's text.
_DOTTED_MONTH_FIRST: ContextVar[Callable[[], bool] | None] = ContextVar("dotted_month_first", default=None)
# A time of day alone ("7:30 AM"): dateparser would date it today. In brackets too: asahi.com's news
# lists print each story's clock time alone, "<span class=Time>(18:11)</span>", which dateparser read as
# 8 January 2011 ("18" and "11" taken for day and year) and dated the article by a teaser's time.
_TIME_ONLY = re.compile(r"^[(\[（［]?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*"
                        r"(?:[a-z]{1,5}|[+-]\d{2}:?\d{2})?\s*[)\]）］]?$", re.IGNORECASE)
# A link in a title or content attribute: never a date, and dateparser would try every one of its
# languages on it first (65 ms for one URL).
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//|^www\.", re.IGNORECASE)
# "/2012-06/04/" is the month's folder and the day's of Chinese news CMSs (xinhuanet, chinanews).
# CNN's addresses (2000-2013) name the section between the year and the month:
# "/2010/POLITICS/08/13/", "/2010/WORLD/europe/08/13/"; the month and the day then take two digits each.
# /2019/0312/: the year, then month and day glued in one segment, the default article address of the
# Chinese CMSs DedeCMS ("{typedir}/{Y}/{M}{D}/{aid}.html") and PHPCMS ("{$catdir}/{$year}/{$month}{$day}/
# {$id}.html"), and People's Daily's /n1/2019/0312/c1001-….html.
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:/(?P<m>\d{1,2})/(?P<d>\d{1,2})|-(?P<m2>\d{2})[-/](?P<d2>\d{2})|(?P<m3>\d{2})(?P<d3>\d{2})"
    r"|(?:/[A-Za-z][\w-]*){1,2}/(?P<m4>\d{2})/(?P<d4>\d{2})|/(?P<m5>\d{2})(?P<d5>\d{2})(?=/))"
    r"(?=[/_.-]|$)"
)
# What load_dateparser reads up front: the languages _MONTH_NAMES covers, which are the languages
# most pages of the corpus and the crawled sites come in, and a text that is in none of them.
_PRELOADED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
_NOT_A_DATE = "8 h 40 min"
# Languages where a slashed date reads month first.
_MONTH_FIRST = {"en", "en-us", "en-ph", "en-ca"}


@dataclass(frozen=True)
class DateMatch:
    """A date found inside longer text, with its span so callers can cut it out (bylines)."""

    value: PageDate
    start: int
    end: int


def parse_date(text: str | None, *, languages: list[str] | None = None) -> PageDate | None:
    """Read one date: a ``date`` when the text names no time, else a datetime, aware when it names a zone.

    ``languages`` are the page's language tags (``"de"``, ``"pt-BR"``); they only guide
    dateparser and the reading of slashed dates. An impossible date ("31 February 2025") gives
    None. Never raises.
    """
    if not text:
        return None
    text = " ".join(text.split())
    if (not text or not _DIGIT.search(text) or _BARE_NUMBER.match(text) or _BARE_YEAR.match(text)
            or _TIME_ONLY.match(text) or _URL.match(text)):
        return None
    if _UNIX_TIME.match(text):
        return _from_unix_time(text)
    if _ISO_START.match(text):
        value = _from_iso(text)
        if value is not None:
            return value
    found = False
    for match in _DATE_IN_TEXT.finditer(text[:1000]):
        found = True
        value = _from_match(match, languages)
        if value is not None:
            return value
    if dotted := _DOTTED_SHORT_YEAR.match(text):
        return dotted_short_year(dotted.group(1), dotted.group(2), dotted.group(3))
    if found or len(text) >= DATEPARSER_MAX_CHARS:
        # The text holds a date in a known shape that is impossible: dateparser would only spend
        # time to agree.
        return None
    return _dateparser(text, tuple(dateparser_languages(languages)))


def dotted_short_year(first: str, second: str, year: str) -> date | None:
    """The day a dotted date with a two-digit year names ("02.12.19"): day first, unless the page being
    read writes such dates month first (see ``dotted_month_first``)."""
    full = int(year) + (1900 if int(year) >= _CENTURY_PIVOT else 2000)
    if (month_first := _DOTTED_MONTH_FIRST.get()) is not None and month_first():
        return _day(full, int(first), int(second))
    return _day(full, int(second), int(first))


@contextmanager
def dotted_month_first(month_first: Callable[[], bool]) -> Iterator[None]:
    """Read dotted two-digit-year dates month first while the block runs, where ``month_first()`` says so:
    the page's own dates of that form tell its order (see the byline unit's ``_writes_dotted_month_first``).
    Asked at the first such date, never on a page printing none; the caller remembers the answer."""
    token = _DOTTED_MONTH_FIRST.set(month_first)
    try:
        yield
    finally:
        _DOTTED_MONTH_FIRST.reset(token)


def search_date(text: str | None, *, languages: list[str] | None = None) -> DateMatch | None:
    """The first well-formed date inside free text ("By Jane Doe Nov 26, 2025"), with its span."""
    if not text:
        return None
    for match in _DATE_IN_TEXT.finditer(text):
        value = _from_match(match, languages)
        if value is not None:
            return DateMatch(value, match.start(), match.end())
    return None


def date_from_url(url: str | None) -> date | None:
    """A publication day written into the URL path: /2024/05/31/, /2024-05-31-, /20240531/, /2024/0531/."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        month = match.group("m") or match.group("m2") or match.group("m3") or match.group("m4") or match.group("m5")
        day = match.group("d") or match.group("d2") or match.group("d3") or match.group("d4") or match.group("d5")
        value = _day(int(match.group("y")), int(month), int(day))
        if value is not None:
            return value
    return None


def dateparser_languages(languages: Iterable[str] | None) -> list[str]:
    """dateparser language codes for page language tags, English last as the web's fallback."""
    from dateparser.data import language_order

    known = set(language_order)
    codes: list[str] = []
    for tag in languages or ():
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary in known and primary not in codes:
            codes.append(primary)
    if "en" not in codes:
        codes.append("en")
    return codes


def comparable(value: PageDate) -> datetime:
    """An aware datetime to order dates of any precision by: a day is its first instant, a naive
    time is read as UTC. Only for ordering: never a value to record."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value if value.utcoffset() is not None else value.replace(tzinfo=UTC)


def _from_iso(text: str) -> PageDate | None:
    candidate = _ISO_SPACED_ZONE.sub("", text.replace(" T", "T"))
    candidate = _ISO_FRACTION.sub(r"\1", candidate)
    if candidate.endswith(("z", "Z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if not MIN_YEAR <= value.year <= MAX_YEAR or _is_epoch(value):
        return None
    # "2024-05-31" (or "20240531") names a day, not its midnight.
    return value.date() if len(candidate) in (8, 10) else value


def unix_instant(text: str, zone: tzinfo) -> datetime | None:
    """The instant a Unix time in seconds or milliseconds names, at ``zone``; None for other text.
    For a stamp whose platform is known (``Page.script_published``): its readers' zone gives the day,
    where ``parse_date`` keeps only a Unix time's UTC day."""
    text = text.strip()
    if not _UNIX_TIME.match(text):
        return None
    return datetime.fromtimestamp(int(text) / 1000 if len(text) > 10 else int(text), zone)


def _from_unix_time(text: str) -> date:
    """The UTC day of a Unix time: dateparser read it in the machine's zone, and a record depends on
    the page alone. Its day only, as dateparser gave it: a declared time on that day is preferred
    to it (see ``_earliest_key`` in the byline unit), and pages put another instant in a Unix time
    than the one they print (pagina12's article:published_time is half an hour before the
    datePublished its byline prints, the day before in Buenos Aires)."""
    return datetime.fromtimestamp(int(text) / 1000 if len(text) > 10 else int(text), UTC).date()


def _is_epoch(value: datetime) -> bool:
    """The Unix epoch is a CMS's empty timestamp ("datePublished": "1970-01-01T01:00:00+01:00"
    on a Polish trade portal's every page), never a date a page was written on: the instant 0 at
    any offset, or its midnight without one."""
    if value.utcoffset() is not None:
        return value.timestamp() == 0
    return value.date() == _EPOCH_DAY and value.time() == datetime.min.time()


def _from_match(match: re.Match[str], languages: list[str] | None) -> PageDate | None:
    groups = match.groupdict()
    if groups["y1"]:
        year, month, day = int(groups["y1"]), int(groups["m1"]), int(groups["d1"])
        if year in _JALALI_YEARS and _writes_jalali(match.group(), languages):
            return _from_jalali(year, month, day)
        if groups["iso"]:
            return _from_iso(f"{groups['y1']}-{int(groups['m1']):02d}-{int(groups['d1']):02d}T{groups['iso']}")
    elif groups["y2"]:
        year, month, day = int(groups["y2"]), _month(groups["m2"]), int(groups["d2"])
        if groups["m2"] in _THAI_MONTHS and year > MAX_YEAR:
            year -= _BUDDHIST_ERA
        elif groups["m2"] in _JALALI_MONTHS:
            return _from_jalali(year, month, day)
    elif groups["y3"]:
        year, month, day = int(groups["y3"]), _month(groups["m3"]), int(groups["d3"])
    elif groups["y7"]:
        year, day = int(groups["y7"]), int(groups["d7"])
        month = _month(groups["m7"]) if groups["m7"] else int(groups["n7"])
    elif groups["era"]:
        year = _JAPANESE_ERAS[groups["era"]] + (1 if groups["ey"] == "元" else int(groups["ey"]))
        month, day = int(groups["m10"]), int(groups["d10"])
    elif groups["y8"]:
        year = int(groups["y8"])
        if groups["m8"]:
            month, day = _LATVIAN_MONTHS[groups["m8"].lower()], int(groups["d8"])
        else:
            month, day = _LITHUANIAN_MONTHS[groups["m9"].lower()], int(groups["d9"])
    elif groups["y4"]:
        year, month, day = int(groups["y4"]), int(groups["m4"]), int(groups["d4"])
    elif groups["y5"]:
        year, month, day = int(groups["y5"]), int(groups["m5"]), int(groups["d5"])
    else:
        year, first, second = int(groups["y6"]), int(groups["a6"]), int(groups["b6"])
        month_first = second > 12 or (first <= 12 and (_reads_month_first(languages) or _drupal_medium(match)))
        month, day = (first, second) if month_first else (second, first)
        if year in _JALALI_YEARS and _writes_jalali(match.group(), languages):
            return _from_jalali(year, second, first)
    if not groups["H"]:
        return _day(year, month, day)
    hour, minute, second_ = int(groups["H"]), int(groups["M"]), int(groups["S"] or 0)
    ampm = (groups["ampm"] or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    zone = _zone(groups["tz"])
    return _make(year, month, day, hour, minute, second_, zone)


# Drupal's default "medium" date format, "D, m/d/Y - H:i" ("Tue, 03/12/2019 - 09:15"), which core
# prints in every language with the weekday translated ("Di, 03/12/2019 - 09:15", "mar, 03/12/2019 -
# 09:15"): the node's "Submitted by … on …" line and field--name-created. Month first whatever the page's
# language: the weekday's short name and comma before it, both numbers of two digits, " - " before the time.
_DRUPAL_MEDIUM = re.compile(r"\d{2}/\d{2}/\d{4} - \d{2}:\d{2}")
_WEEKDAY_COMMA = re.compile(r"(?:^|[\s(])[^\W\d_]{2,4}\.?,\s$")


def _drupal_medium(match: re.Match[str]) -> bool:
    """Whether a slashed date is printed in Drupal's default medium format (see ``_DRUPAL_MEDIUM``)."""
    return _DRUPAL_MEDIUM.fullmatch(match.group().strip()) is not None \
        and _WEEKDAY_COMMA.search(match.string[max(0, match.start() - 8):match.start()]) is not None


def _month(name: str) -> int:
    """The number of a month name as the regular expression matched it, in any case."""
    lower = name.lower()
    return _MONTHS.get(lower) or _MONTHS.get(lower.rstrip(".")) or _MONTHS[_unaccented(lower)]


def _writes_jalali(text: str, languages: list[str] | None) -> bool:
    """A numeric date with a year of _JALALI_YEARS is Jalali in Persian or Arabic-Indic digits or on a Persian page."""
    return bool(_EASTERN_DIGIT.search(text)) or any(
        tag.replace("_", "-").split("-")[0].lower() in _JALALI_LANGUAGES for tag in languages or ())


def _from_jalali(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri (Jalali) day, by the arithmetic of Borkowski's leap-year breaks
    (jalaali-js): the Jalali year starts on a day of March that the count of leap years since the last
    break fixes; months 1-6 have 31 days, 7-11 have 30, Esfand 29 or 30. Only the page's day is kept:
    Iranian pages print the local time, and what a time meant is for the timezone step to tell."""
    if year not in _JALALI_YEARS or not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    first = _jalali_new_year(year)
    value = first + timedelta(days=(month - 1) * 31 - (month // 7) * (month - 7) + day - 1)
    return value if value < _jalali_new_year(year + 1) else None


def _jalali_new_year(year: int) -> date:
    """The Gregorian day of 1 Farvardin of a Jalali year (jalaali-js's ``jalCal``)."""
    leap_jalali, previous, jump = -14, _JALALI_BREAKS[0], 0
    for following in _JALALI_BREAKS[1:]:
        jump = following - previous
        if year < following:
            break
        leap_jalali += jump // 33 * 8 + jump % 33 // 4
        previous = following
    elapsed = year - previous
    leap_jalali += elapsed // 33 * 8 + (elapsed % 33 + 3) // 4
    if jump % 33 == 4 and jump - elapsed == 4:
        leap_jalali += 1
    gregorian = year + 621
    leap_gregorian = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leap_jalali - leap_gregorian)


def _reads_month_first(languages: list[str] | None) -> bool:
    if not languages:
        return True
    return languages[0].lower().replace("_", "-") in _MONTH_FIRST


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    upper = name.upper()
    if upper in _ZONE_OFFSETS:
        return timezone(timedelta(hours=_ZONE_OFFSETS[upper]))
    digits = upper.replace(":", "")
    try:
        hours, minutes = int(digits[1:3]), int(digits[3:5])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if digits[0] == "-" else offset)


def _day(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _make(year: int, month: int, day: int, hour: int, minute: int, second: int,
          zone: tzinfo | None) -> datetime | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def load_dateparser() -> None:
    """Import dateparser and read its data for the common languages now, not on the first page.

    The import and English cost about 0.12 s; each other language 10-30 ms more the first time
    dateparser is handed a text of it that is no date (it then compiles all that language's
    patterns, relative terms included). Once per process, and paid before a benchmark times pages
    or a crawl's fork server starts its workers, which would otherwise each pay it again.
    """
    for language in _PRELOADED_LANGUAGES:
        _dateparser(_NOT_A_DATE, tuple(dateparser_languages([language])))


# A time of day somewhere in a text dateparser reads: "7:30", "7h30", "7 pm", "19.30 Uhr".
_HAS_TIME = re.compile(r"\d[:h.]\d{2}(?!\d)|\d\s*[ap]\.?\s?m\b|\buhr\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _dateparser(text: str, languages: tuple[str, ...]) -> PageDate | None:
    import dateparser

    text = _WEEKDAY_PREFIX.sub("", text) or text
    try:
        value = dateparser.parse(text, languages=list(languages), settings=DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError, RecursionError):
        return None
    if value is None or not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    offset = value.utcoffset()
    if offset is None and not _HAS_TIME.search(text):
        return value.date()
    if offset is None:
        return value.replace(tzinfo=None)
    # dateparser's zone objects (pytz, StaticTzInfo) do not survive copying or serialising well.
    return value.replace(tzinfo=timezone(offset))

