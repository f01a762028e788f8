"""A two-digit year after a publication's word dates the page (issue 16, template-source probes of
htmldate's conventions, sixth session). htmldate's test suite reads a blog's byline "<abbr
class="published">am 12.11.16</abbr>" as 12 November 2016 (adbar/htmldate, tests/unit_tests.py,
``test_exact_date``, "abbr in document body"); German themes print the day so after "am" (on) or a
publication's word: "Veröffentlicht am 04.03.21 um 10:30". Harvester read a two-digit year only where the
element printed the day alone ("28.01.22")."""

from __future__ import annotations

from harvester import extract_article

_URL = "https://gesundheit.example.de/vitamin-d-studie"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "Eine große randomisierte Studie hat mehr als zwanzigtausend Erwachsene fünf Jahre lang begleitet und "
    "fand, dass tägliches Vitamin D das Risiko für Knochenbrüche, Krebs oder Herzkrankheiten nicht senkte.",
    "Wer einen nachgewiesenen Mangel hat, sollte weiterhin einnehmen, was der Arzt verordnet, sagen die "
    "Forschenden; gesunde Erwachsene gewinnen durch frei verkäufliche Präparate aber wenig.",
    "Frühere Beobachtungsstudien hatten niedrige Vitamin-D-Spiegel mit vielen Krankheiten in Verbindung "
    "gebracht; randomisierte Studien haben das meist nicht bestätigt.",
))


def _page(meta: str) -> str:
    """A German blog post: masthead, menu, headline, ``meta`` under it, text, a reader's comment of
    20 March 2021 printed "am 20.03.21", a footer of 2024."""
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Vitamin D schützt nicht vor '
        'Knochenbrüchen | Gesundheit heute</title></head><body><header class="site-header"><a href="/">'
        'Gesundheit heute</a><nav><ul><li><a href="/ernaehrung/">Ernährung</a></li><li><a href="/medizin/">'
        'Medizin</a></li></ul></nav></header><main><article class="post"><h1 class="entry-title">Vitamin D '
        f'schützt nicht vor Knochenbrüchen</h1>{meta}<div class="entry-content">{_TEXT}</div></article>'
        '<section id="comments" class="comments-area"><ol class="comment-list"><li class="comment">'
        '<div class="comment-author">Maria K.</div><div class="comment-metadata"><span>am 20.03.21</span></div>'
        '<div class="comment-content"><p>Sehr interessant, danke für den Artikel.</p></div></li></ol></section>'
        '</main><footer class="site-footer"><p>© 2024 Gesundheit heute</p></footer></body></html>'
    )


def test_short_year_after_am_dates_the_page() -> None:
    """"<abbr class=published>am 04.03.21</abbr>" and "Veröffentlicht am 04.03.21 um 10:30" give 4 March
    2021, also after the update's day (main: no day)."""
    byline = '<div class="entry-meta">Von Jane Roe <abbr class="published">am 04.03.21</abbr></div>'
    assert str(extract_article(_page(byline), _URL).byline.published_at) == "2021-03-04"
    byline = '<div class="entry-meta"><span>Veröffentlicht am 04.03.21 um 10:30</span></div>'
    assert str(extract_article(_page(byline), _URL).byline.published_at)[:10] == "2021-03-04"
    # The update's day printed first gives way to the publication's.
    byline = '<p class="meta"><span>Aktualisiert am 05.03.21</span> <span>Veröffentlicht am 04.03.21</span></p>'
    assert str(extract_article(_page(byline), _URL).byline.published_at) == "2021-03-04"


def test_short_year_of_an_update_a_version_or_a_comment_dates_nothing() -> None:
    """Counter-examples: the update's "Aktualisiert am 05.03.21" alone is no publication; a version
    "Version 1.10.22" and the comment's "am 20.03.21" date no page."""
    for byline in ('<p class="meta"><span>Aktualisiert am 05.03.21</span></p>',
                   '<p class="meta"><span>Version 1.10.22</span></p>', ""):
        assert extract_article(_page(byline), _URL).byline.published_at is None
