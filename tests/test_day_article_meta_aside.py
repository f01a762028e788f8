"""A date in the story's meta column, a plain ``<aside>`` inside the ``<article>`` holding the headline,
dates the page (issue 16, fields-external-6). spektrum.de sets its h1 as the breadcrumb trail's last item
and prints the day in "<aside class="small-12 medium-2 columns"><ul class="content__meta"><li
class="content__meta__date">19.07.2022</li>" beside the text, inside its "<article class=content>": the
byline scan passed over every ``<aside>`` as furniture and the walk under the deep h1 never reached it."""

from __future__ import annotations

from harvester import extract_article

_URL = "https://www.example-wissen.de/news/genetik-riesenblumen/2039026"
_TEXT = "".join(f"<p>{sentence}</p>" for sentence in (
    "Die Riesenblumen leben als Parasiten in Lianen und zeigen sich nur, wenn sie ihre gewaltigen Blüten "
    "öffnen, die nach verrottendem Fleisch riechen und so Fliegen anlocken.",
    "Ein Forschungsteam hat nun das Erbgut einer Art entschlüsselt und festgestellt, dass ihr fast die "
    "Hälfte der Gene fehlt, die Pflanzen sonst für die Photosynthese brauchen.",
    "Dafür trägt sie zahlreiche Gene ihres Wirts in sich, die sie im Lauf der Evolution übernommen hat, "
    "schreiben die Forschenden in ihrer Studie.",
))


def _page(column: str, sidebar: str = "") -> str:
    """An article: the h1 as the breadcrumb trail's last item, then a row with ``column`` (an aside)
    beside the text; ``sidebar`` after the article."""
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Das Geheimnis der Riesenblumen'
        '</title></head><body><header><a href="/">Wissen</a><nav><ul><li><a href="/biologie/">Biologie</a></li>'
        '</ul></nav></header><div id="main"><article class="content"><div class="row"><div role="navigation" '
        'class="small-12 columns"><ol class="breadcrumbs"><li><a href="/">Startseite</a></li><li><a '
        'href="/biologie/">Biologie</a></li><li><h1>Genetik: Das Geheimnis der Riesenblumen</h1></li></ol>'
        '</div></div><div class="row"><div class="small-12 columns"><div class="read-out">Vorlesen</div></div>'
        f'</div><div class="row">{column}<div class="small-12 medium-8 columns"><h2>Das Geheimnis der '
        f'Riesenblumen</h2>{_TEXT}</div></div></article>{sidebar}</div><footer><p>© 2022 Wissen</p></footer>'
        '</body></html>'
    )


def test_the_meta_column_inside_the_article_dates_the_page() -> None:
    """The aside's "19.07.2022" gives 19 July 2022 (main: no day)."""
    column = ('<aside class="small-12 medium-2 columns"><ul class="content__meta"><li class="content__meta__category">'
              'Hintergrund</li><li class="content__meta__date">19.07.2022</li><li>Lesedauer ca. 10 Minuten</li></ul></aside>')
    assert str(extract_article(_page(column), _URL).byline.published_at) == "2022-07-19"


def test_a_sidebar_or_a_teaser_in_an_aside_dates_nothing() -> None:
    """Counter-examples: the same date in an aside named "sidebar" inside the article, a teaser's date in a
    plain aside inside it, and a plain aside after the article date no page."""
    for column, sidebar in (
            ('<aside class="sidebar"><span class="meta__date">19.07.2022</span></aside>', ""),
            ('<aside><ul><li><a href="/news/anderes-thema/2039000">Anderes Thema</a> <span class="meta__date">'
             '18.07.2022</span></li></ul></aside>', ""),
            ("", '<aside class="small-12 medium-2 columns"><span class="meta__date">18.07.2022</span></aside>')):
        assert extract_article(_page(column, sidebar), _URL).byline.published_at is None
