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


def test_a_continue_reading_link_alone_on_its_line_is_a_teaser_link() -> None:
    """"weiterlesen →", "Continue reading »": a teaser card's link to the rest of another post, alone on its
    line; and "Weiterlesen:", the label over other posts' headlines."""
    card = (f'<div class="card"><h4>{TITLES[0]}</h4><p>Die Psyche spielt eine nicht unerhebliche Rolle beim '
            'Abnehmen, sagen Fachleute.</p><a class="read-more" href="/2025/9/">weiterlesen <span>→</span></a></div>')
    body = body_of(GERMAN + card + GERMAN.replace("Studie", "Untersuchung") + f"<p>Weiterlesen:</p><p>{TITLES[1]}</p>")
    assert "eiterlesen" not in body
    assert "Untersuchung" in body


def test_continue_reading_in_a_sentence_or_a_skip_link_stays() -> None:
    """Counter-examples: "Weiterlesen lohnt sich …" is a sentence; "Continue reading the main story" (a paper's
    skip link, kept in Readability's expected text) has no separator after the label."""
    sentence = "Weiterlesen lohnt sich, denn am Ende der Studie steht eine überraschende Auflösung."
    body = body_of(GERMAN + f"<p>{sentence}</p>")
    assert sentence in body
    html = page("<article><h1>Vitamin D does little for healthy adults</h1>" + PARAGRAPHS
                + "<p>Continue reading the main story</p>" + PARAGRAPHS.replace("trial", "study") + "</article>")
    assert "Continue reading the main story" in extract(html, URL).body_text


def test_an_advertising_label_or_a_read_also_line_in_a_heading_is_no_section() -> None:
    """"<h3>Advertisement</h3>" over an ad slot between two paragraphs, "<h2>Mire: <a>…</a></h2>" (a teaser
    line set in a heading): no section titles; the paragraphs after them are the article's."""
    english = PARAGRAPHS.replace("<p>Earlier", '<h3 class="ad-label">Advertisement</h3><p>Earlier')
    html = page(f"<article><h1>Vitamin D does little for healthy adults</h1>{english}"
                f'<h2>Read more: <a href="/2025/10/sleep/">{TITLES[0]}</a></h2></article>')
    record = extract(html, URL)
    assert "Advertisement" not in record.body_text
    assert "Read more" not in record.body_text
    assert "observational studies" in record.body_text
    assert [section.heading for section in record.sections] == [None]


def test_a_heading_naming_advertising_in_words_stays() -> None:
    """Counter-example: a heading about advertising ("Advertisement rules for supplements") titles a part of
    the article; so does "Weitere Themen" over the article's own paragraphs (tests/test_body_evidence.py)."""
    english = PARAGRAPHS.replace("<p>Earlier", "<h2>Advertising rules for supplements</h2><p>Earlier")
    html = page(f"<article><h1>Vitamin D does little for healthy adults</h1>{english}</article>")
    assert [section.heading for section in extract(html, URL).sections] == [None, "Advertising rules for supplements"]


def test_a_read_also_line_or_a_credit_inside_a_paragraph_goes() -> None:
    """"(Le puede interesar: <a>…</a>)" between two sentences of one ``<br>``-joined paragraph, and "Foto: …"
    under a caption in the same paragraph: the lines a paragraph of their own loses."""
    paragraph = ("<p>Die Forschenden stellten die Ergebnisse am Montag in Berlin vor und beantworteten Fragen.<br>"
                 '(Lesen Sie auch: <a href="/2025/10/schlaf/">Warum Schlaf das Immunsystem stärkt</a>)<br>'
                 "Die Teilnehmer waren zwischen fünfzig und achtzig Jahre alt und lebten in drei Ländern.<br>"
                 "Foto: Jana Beispiel / Pixabay</p>")
    body = body_of(GERMAN + paragraph)
    assert "Lesen Sie auch" not in body
    assert "Foto:" not in body
    assert "Jahre alt" in body
    assert "am Montag in Berlin" in body


def test_a_line_mentioning_a_photo_or_reading_stays() -> None:
    """Counter-example: lines of a paragraph that speak of photos or of reading on are sentences."""
    paragraph = ("<p>Die Forschenden stellten die Ergebnisse am Montag in Berlin vor und beantworteten Fragen.<br>"
                 "Fotos der Teilnehmer wurden nicht veröffentlicht, um ihre Privatsphäre zu schützen.<br>"
                 "Lesen Sie auch die Studie selbst, sie ist frei zugänglich und gut verständlich geschrieben.</p>")
    body = body_of(GERMAN + paragraph)
    assert "Fotos der Teilnehmer" in body
    assert "Lesen Sie auch die Studie selbst" in body


def _text_div(sentence: str) -> str:
    """A paragraph set as a ``<div>`` (eurosport's "article-s4-rs", a page builder's text block)."""
    return f'<div class="article-text">{sentence}</div>'


TEXT_DIVS = [
    "Eine große Studie hat mehr als zwanzigtausend Erwachsene fünf Jahre lang begleitet und keinen Nutzen täglicher "
    "Vitamin-D-Tabletten für Knochen, Herz oder Krebsrisiko gefunden, berichten die Forschenden aus Boston.",
    "Wer einen ärztlich festgestellten Mangel hat, soll weiter nehmen, was verschrieben wurde; gesunde Erwachsene "
    "gewinnen aber wenig durch Tabletten aus der Drogerie, sagen die Forschenden in ihrem Bericht.",
    "Die Fachgesellschaften wollen ihre Empfehlungen im kommenden Jahr überprüfen und dabei auch ältere Menschen "
    "in Pflegeheimen berücksichtigen, die selten an die Sonne kommen und daher häufiger einen Mangel haben.",
]
CARD_LINK = ('<a class="content-card" href="/2025/10/omega-3-studie/"><div class="content-card-category">Ernährung'
             '</div><div class="content-card-title">Omega-3-Kapseln schützen das Herz nicht</div>'
             '<div class="content-card-time">VOR 14 STUNDEN</div></a>')


def test_a_link_wrapping_a_teaser_card_between_the_paragraphs_is_no_line_of_the_body() -> None:
    """A teaser card that is one link (a kicker, the title in a part named a title, a time: eurosport's
    "<a class=content-card>") set between the text's paragraphs, here ``<div>`` paragraphs, leads to
    another article of the site: a related post, not a line "ErnährungOmega-3-Kapseln …" of the body."""
    html = page('<article><h1>Vitamin D hilft gesunden Erwachsenen kaum</h1>'
                f'{_text_div(TEXT_DIVS[0])}{CARD_LINK}{_text_div(TEXT_DIVS[1])}{_text_div(TEXT_DIVS[2])}</article>',
                lang="de")
    record = extract(html, URL)
    assert "Omega-3-Kapseln" not in record.body_text
    assert all(text[:60] in record.body_text for text in TEXT_DIVS)
    assert [post.title for post in record.related_posts] == ["Omega-3-Kapseln schützen das Herz nicht"]


def test_a_timeline_of_card_links_or_a_link_around_a_lone_heading_is_no_in_text_card() -> None:
    """Counter-examples: the same card among others of its list (a news timeline after the text) is the
    site's list, a link around a heading alone (a section's linked subheading) is no card, and an
    interactive graphic's card leads to no article."""
    timeline = "".join(CARD_LINK.replace("omega-3-studie", f"meldung-{n}").replace("Omega-3-Kapseln", f"Meldung {n}:")
                       .replace('class="content-card"', 'class="content-card timeline"') for n in range(3))
    html = page('<article><h1>Vitamin D hilft gesunden Erwachsenen kaum</h1>'
                f'{_text_div(TEXT_DIVS[0])}{_text_div(TEXT_DIVS[1])}</article><div class="stream">{timeline}</div>',
                lang="de")
    assert extract(html, URL).related_posts == []
    html = page('<article><h1>Vitamin D hilft gesunden Erwachsenen kaum</h1>'
                f'{_text_div(TEXT_DIVS[0])}<a href="/2025/10/omega-3-studie/"><h2>Omega-3-Kapseln schützen das Herz '
                f'nicht</h2></a>{_text_div(TEXT_DIVS[1])}</article>', lang="de")
    assert extract(html, URL).related_posts == []
    # An interactive graphic's card (the Washington Post's "inline-graphic-linked") is the article's own
    # graphic, no other article: galleries and graphics are no related posts.
    graphic = CARD_LINK.replace('class="content-card"', 'class="inline-graphic-linked"')
    html = page('<article><h1>Vitamin D hilft gesunden Erwachsenen kaum</h1>'
                f'{_text_div(TEXT_DIVS[0])}{graphic}{_text_div(TEXT_DIVS[1])}{_text_div(TEXT_DIVS[2])}</article>',
                lang="de")
    assert extract(html, URL).related_posts == []
