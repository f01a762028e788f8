"""Body: the conventions an invariant audit of harvester's own records found misread (no related post's
teaser or its box label is a line of the body; docs/field-quality.md, "Body: an invariant audit, second
round"), each on a page of our own making with its counter-example."""

from __future__ import annotations

from field_pages import PARAGRAPHS, URL, extract, page

GERMAN = (
    "<p>Eine große Studie hat mehr als zwanzigtausend Erwachsene fünf Jahre lang begleitet und keinen Nutzen "
    "täglicher Vitamin-D-Tabletten für Knochen, Herz oder Krebsrisiko gefunden.</p>"
    "<p>Wer einen ärztlich festgestellten Mangel hat, soll weiter nehmen, was verschrieben wurde; gesunde "
    "Erwachsene gewinnen aber wenig durch Tabletten aus der Drogerie, sagen die Forschenden.</p>"
)


def body_of(article: str, lang: str = "de") -> str:
    html = page(f'<article><h1>Vitamin D hilft gesunden Erwachsenen kaum</h1>{article}</article>', lang=lang)
    return extract(html, URL).body_text


def test_a_sehen_sie_auch_line_is_a_read_also_line() -> None:
    """"Sehen Sie auch: <a>…</a>": the polite German "see also" before another article's headline."""
    body = body_of(GERMAN + '<p>Sehen Sie auch: <a href="/2025/10/schlaf/">Woran Sie erkennen, dass Ihr '
                   'Arzt nicht der Richtige ist</a></p>' + GERMAN.replace("Studie", "Untersuchung"))
    assert "Sehen Sie auch" not in body
    assert "Woran Sie erkennen" not in body
    assert "Untersuchung" in body


def test_sehen_sie_auch_in_a_sentence_stays() -> None:
    """Counter-example: the words open a sentence of the article, with no separator after them."""
    sentence = "Sehen Sie auch, wie die Forschenden die Teilnehmer über fünf Jahre hinweg begleitet haben."
    body = body_of(GERMAN + f"<p>{sentence}</p>")
    assert sentence in body


TITLES = ("Warum nehme ich nicht ab? Vier mögliche Gründe, die kaum jemand kennt",
          "Zwanzig Kilo abnehmen: Mit dieser Strategie klappt es endlich wirklich",
          "Endlich schlank! Mit diesen acht Tipps richtig erfolgreich abnehmen",
          "Home Gym: So gelingt auch zuhause das perfekte Workout für Anfänger")


def test_a_box_named_also_on_the_sites_address_is_a_teaser_box() -> None:
    """"Auch auf gofeminin.de" over a linked headline: the site's other post, named by the site's address."""
    body = body_of(GERMAN + f'<h2>Auch auf gesund.example.de</h2><p><a href="/2025/1/">{TITLES[1]}</a></p>')
    assert "Auch auf" not in body
    assert "Zwanzig Kilo" not in body
    assert "Drogerie" in body


def test_a_teaser_paragraph_is_measured_by_its_lines() -> None:
    """A paragraph of linked headlines one a line (``<a>…</a><br><a>…</a>``, a CMS's box written into the
    text) under a "read also" heading: each line a headline, together longer than one."""
    teasers = "<br><br>".join(f'<a href="/2025/{n}/">{title}</a>' for n, title in enumerate(TITLES))
    body = body_of(GERMAN + f"<h2>Schon gelesen?</h2><p>{teasers}</p>")
    assert "Schon gelesen" not in body
    assert "Zwanzig Kilo" not in body
    assert "Drogerie" in body


def test_auch_auf_a_network_or_in_a_sentence_stays() -> None:
    """Counter-examples: "Auch auf Instagram" names no address; "Auch auf gesund.example.de gibt es …" is a
    sentence of the article, not a label."""
    sentence = "Auch auf gesund.example.de gibt es seit Jahren einen Rechner für den persönlichen Bedarf."
    body = body_of(GERMAN + "<h2>Auch auf Instagram</h2><p>Die Forschenden teilen ihre Ergebnisse auch dort, "
                   "mit Grafiken zu jeder Gruppe der Studie.</p>" + f"<p>{sentence}</p>")
    assert "Auch auf Instagram" in body
    assert "mit Grafiken" in body
    assert sentence in body


def test_a_paragraph_of_many_lines_under_a_read_also_heading_stays() -> None:
    """Counter-example: under a "Schon gelesen?" heading, a paragraph of more lines than a box holds is text."""
    lines = "<br>".join(f"Woche {n}: die Teilnehmer nahmen ihre Tabletten und notierten Beschwerden."
                        for n in range(1, 16))
    body = body_of(GERMAN + f"<h2>Schon gelesen?</h2><p>{lines}</p>")
    assert "Woche 15" in body


def test_english_paragraphs_unchanged() -> None:
    """The English page of the other field tests keeps its three paragraphs."""
    html = page(f"<article><h1>Vitamin D does little for healthy adults</h1>{PARAGRAPHS}</article>")
    assert "observational studies" in extract(html, URL).body_text
