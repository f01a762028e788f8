"""Hungarian "Közzétéve:" ("published:") labels the day (issue 16, template-source probes of publication
labels, fifth session): Twenty Nineteen's hu.po (Automattic/twenty-nineteen-amp-prototype, languages/hu.po)
gives it for "Published by %s", and Hungarian sites print it before the day in their info rows as before a
name. The lexicon held it only as a credit label."""

from __future__ import annotations

from harvester.dates import parse_date
from tests.field_pages import PARAGRAPHS, credited_people, extract, page

_URL = "https://hirek.example.hu/uj-hid-epul-a-dunan"


def _article(info: str) -> str:
    return page(f'<article><h1>Új híd épül a Dunán</h1>{PARAGRAPHS}<div class="info">{info}</div></article>',
                title="Példa Hírek", lang="hu")


def test_kozzeteve_labels_the_day() -> None:
    """The label alone in its element, the day after it ("<span>Közzétéve:</span> 2019. május 12."), the
    row under the text: the page is published that day (main left it undated). The Hungarian date, year
    first with periods, reads as 12 May 2019, with its time too."""
    assert str(parse_date("2019. május 12.", languages=["hu"])) == "2019-05-12"
    assert str(parse_date("2019. május 12. 14:30", languages=["hu"])) == "2019-05-12 14:30:00"
    assert str(extract(_article("<span>Közzétéve:</span> 2019. május 12."), _URL).byline.published_at) == "2019-05-12"


def test_kozzeteve_before_a_name_credits_and_dates_nothing() -> None:
    """Counter-example: "Közzétéve: Kovács Péter" (the author box's "Published by %s") credits the writer
    and dates no page, and the update's "Frissítve:" ("updated:") gives no publication day."""
    record = extract(_article("<span>Közzétéve:</span> Kovács Péter"), _URL)
    assert (credited_people(record), record.byline.published_at) == (["Kovács Péter"], None)
    record = extract(_article("<span>Frissítve:</span> 2019. május 14."), _URL)
    assert record.byline.published_at is None
