"""Related posts: the unheaded in-body teasers a recall pass over the gold pages' missed links found
(docs/field-quality.md, "Related posts: an audit after round thirteen", third pass), each on a page of our
own making."""

from __future__ import annotations

from functools import partial

from harvester.core import extract_article
from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://zeitung.example/sport/volleyball/finale-ohne-spielfuehrerin-100.html"

page_of = partial(parsed_page, url=URL, lang="de")

RUNNING = ("<p>Die Stuttgarterinnen führen in der Finalserie mit 2:1 und würden mit einem Sieg im nächsten Spiel "
           "den Meistertitel perfekt machen, sagt die Sportdirektorin vor dem vierten Duell in eigener Halle.</p>")
MORE = ("<p>Für die Angreiferin rückt nun eine junge Spielerin in die Mannschaft, die in dieser Saison schon "
        "mehrfach überzeugt hat und die Trainer loben.</p>")
TEASER = "/sport/volleyball/meisterfeier-vertagt-stuttgart-verliert-spiel-drei-100.html"
TEASER_URL = "https://zeitung.example" + TEASER


def urls(body: str) -> list[str | None]:
    html = f'<article><h1>Finale ohne Spielführerin</h1><div class="bodytext">{body}</div></article>'
    return [post.url for post in extract_related_posts(page_of(html))]


def test_a_lone_link_paragraph_between_the_paragraphs_is_a_teaser() -> None:
    """"<p><strong><a>Headline</a></strong></p>" or a bare "<p><a>Headline</a></p>" set between two
    paragraphs of the text: an unlabelled "read also" line."""
    bold = f'<p><strong><a href="{TEASER}">Meisterfeier vertagt: Stuttgart verliert Spiel drei</a></strong></p>'
    assert urls(RUNNING + bold + MORE) == [TEASER_URL]
    bare = f'<p class="block-link"><a href="{TEASER}">Meisterfeier vertagt: Stuttgart verliert Spiel drei</a></p>'
    assert urls(RUNNING + bare + "<h2>Junge Spielerin übernimmt</h2>" + MORE) == [TEASER_URL]


def test_links_that_are_no_lone_teaser() -> None:
    """Counter-examples: a link inside a sentence of the text; a lone link to the study on another site; a lone
    link to a tag page; a lone link closing the text; a link leading in to a box ("Probier's mit …:")."""
    in_text = (f'<p>Stuttgart führt in der Serie, nachdem es <a href="{TEASER}">Spiel drei gegen Dresden verloren '
               "hat</a>, und will nun den Titel holen.</p>")
    assert urls(RUNNING + in_text + MORE) == []
    study = '<p><a href="https://uni.example/studien/sprungkraft-im-volleyball-2024">Studie zur Sprungkraft im Volleyball</a></p>'
    assert urls(RUNNING + study + MORE) == []
    # … and it stays in the text: the line is not claimed as a block that gives no card.
    page = f'<html><body><article><h1>Finale ohne Spielführerin</h1>{RUNNING}{study}{MORE}</article></body></html>'
    assert "Studie zur Sprungkraft im Volleyball" in extract_article(page, URL).body_text
    tag = '<p><strong><a href="/thema/volleyball/">Alle Nachrichten zum Volleyball</a></strong></p>'
    assert urls(RUNNING + tag + MORE) == []
    closing = f'<p><a href="{TEASER}">Meisterfeier vertagt: Stuttgart verliert Spiel drei</a></p>'
    assert urls(RUNNING + MORE + closing) == []
    lead_in = f'<p><a href="{TEASER}">Probier es mit unserem Trainingsplan für acht Wochen:</a></p>'
    assert urls(RUNNING + lead_in + MORE) == []


CARD_URL = "https://zeitung.example/sport/volleyball/dresden-holt-den-ausgleich-in-der-serie-101.html"


def card(title: str = "Dresden holt den Ausgleich in der Finalserie", extra: str = "", name: str = "story-enhancement") -> str:
    return (f'<aside class="{name}"><article class="media-item"><h2 class="headline"><a href="{CARD_URL}">{title}</a></h2>'
            f'<p class="byline">Von <a href="/autoren/jana-roe">Jana Roe</a></p>{extra}</article></aside>')


def test_a_card_between_the_paragraphs_is_a_teaser() -> None:
    """A box holding one article of the site under its linked title, its author beside, set between two
    paragraphs of the text: an unlabelled in-text teaser card."""
    assert urls(RUNNING + card() + MORE) == [CARD_URL]
    # Its kicker links the section ("<a href=/sport/volleyball>Volleyball</a>"): still one card.
    kicker = card(extra='<a class="kicker" href="/sport/volleyball/">Volleyball</a>')
    assert urls(RUNNING + kicker + MORE) == [CARD_URL]


def test_boxes_that_are_no_in_text_card() -> None:
    """Counter-examples: a box of two titled links (a list, not one card); a card in a list of cards, the one
    before it no text; an embedded picture gallery's card; a card leading to another site."""
    two = card(extra=f'<h3><a href="{TEASER}">Meisterfeier vertagt: Stuttgart verliert Spiel drei</a></h3>')
    assert urls(RUNNING + two + MORE) == []
    assert urls(card() + card("Ein zweiter Titel eines Artikels der Reihe") + MORE) == []
    gallery = card(name="field-name-field-node-ref-gallery")
    assert urls(RUNNING + gallery + MORE) == []
    other_site = card().replace(CARD_URL, "https://verband.example/meldungen/finale-dresden-stuttgart-2024")
    assert urls(RUNNING + other_site + MORE) == []


def test_a_line_closing_in_its_link_after_a_kicker_is_a_teaser() -> None:
    """"<p><strong>Mehr dazu lesen Sie hier: <a>…</a></strong></p>", "<p><em>Były dowódca wojsk USA w Europie:
    <a>Rosja jest groźna</a></em></p>": the whole line in one emphasis, its words before the link closing in a
    colon; or a kicker in capitals, "IN STUTTGART: <a>…</a>"."""
    link = f'<a href="{TEASER}">Meisterfeier vertagt: Stuttgart verliert Spiel drei</a>'
    assert urls(RUNNING + f"<p><strong>Alles zum Finale hier: {link}</strong></p>" + MORE) == [TEASER_URL]
    assert urls(RUNNING + f"<p><em>Rückblick auf das dritte Spiel: {link}</em></p>" + MORE) == [TEASER_URL]
    assert urls(RUNNING + f"<p>IN STUTTGART: {link}</p>" + MORE) == [TEASER_URL]


def test_lines_with_words_before_the_link_that_are_no_kicker() -> None:
    """Counter-examples: a sentence ending in the link (no colon); a plain-type label in lower case, a
    speaker's words in an interview may end so; a kicker offering the show's audio ("LISTEN:")."""
    link = f'<a href="{TEASER}">Meisterfeier vertagt: Stuttgart verliert Spiel drei</a>'
    assert urls(RUNNING + f"<p><em>Wie die Mannschaft das dritte Spiel verlor, lesen Sie in {link}</em></p>" + MORE) == []
    assert urls(RUNNING + f"<p>Die Trainerin sagte dazu: {link}</p>" + MORE) == []
    assert urls(RUNNING + f"<p>LISTEN: {link}</p>" + MORE) == []
