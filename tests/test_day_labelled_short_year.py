"""A two-digit year right after a publication label dates the page (issue 16, fields-external-6).
How-To Geek prints "<ul><li>Published 12/10/16</li></ul>" beside the author box under its article,
the only day on the page (its h1 is the site's name). The labelled walk read only four-digit years."""

from __future__ import annotations

from harvester import extract_article

_URL = "https://www.example-geek.com/282568/smart-speakers-compared/"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "Both smart speakers answer questions, play music and control the lights, but they differ in how "
    "well they understand follow-up questions and which services they work with out of the box.",
    "The first has the larger catalogue of third-party skills, while the second draws on a search "
    "engine's knowledge and tends to answer general questions more accurately.",
    "If your home already runs on one company's services, that is usually the speaker to buy; the "
    "sound quality of the two is close enough that it should not decide it.",
))


def _page(extras: str) -> str:
    """A blog post under the site's masthead h1, its title an h2, ``extras`` under the author box."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Smart Speakers Compared</title></head><body>'
        '<div id="hd"><h1><a href="/">Example Geek</a></h1><ul class="menu"><li><a href="/windows/">Windows</a>'
        '</li></ul></div><div id="bd"><div class="content"><div class="thepost"><h2>Smart Speakers Compared'
        f'</h2><div class="entry">{_TEXT}</div><div class="articleExtras"><div id="authorinfobox">'
        '<a href="/author/janeroe/">Jane Roe</a> is a technology writer.</div><div>'
        f'<ul class="normul">{extras}</ul></div></div></div></div></div><div id="ft"><p>© 2016 Example Geek'
        '</p></div></body></html>'
    )


def test_published_with_a_two_digit_year_dates_the_page() -> None:
    """"Published 12/10/16" gives 10 December 2016 (main: no day); "Veröffentlicht: 04.03.21" 4 March 2021."""
    assert str(extract_article(_page("<li>Published 12/10/16</li>"), _URL).byline.published_at) == "2016-12-10"
    assert str(extract_article(_page("<li>Veröffentlicht: 04.03.21</li>"), _URL).byline.published_at) == "2021-03-04"


def test_an_update_or_a_number_after_the_label_dates_nothing() -> None:
    """Counter-examples: "Updated 12/10/16" is no publication label; "Published 12/10/16 results"
    is no date alone after it."""
    for extras in ("<li>Updated 12/10/16</li>", "<li>Published 12/10/16 results of the survey</li>"):
        assert extract_article(_page(extras), _URL).byline.published_at is None
