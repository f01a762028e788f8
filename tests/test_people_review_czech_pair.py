"""Red-team probes of the sixth session's Czech and Slovak "a" pair (review-a). Italian, Spanish and
Portuguese bylines name a correspondent by a title, "a" (to) and the place the writer is sent to, and a
place of two capitalised words made the piece look like two names: "Mario Rossi, Nostro Inviato a New
York" credited "Nostro Inviato" and "New York" as persons. The pair itself is CLDR's "{0} a {1}"
(micti/PhpArrayCldrData, Data/php/cs/listPatterns.php)."""

from __future__ import annotations

from tests.field_pages import credited_people, extract, page

_IT_TEXT = ("<p>Il governo ha annunciato lunedì un nuovo piano per ampliare i servizi ferroviari in tutto il paese nel "
            "prossimo decennio, con nuove linee al nord.</p><p>Secondo i funzionari il piano costerà più di dieci "
            "miliardi di euro e creerà migliaia di posti di lavoro nelle costruzioni.</p><p>I deputati "
            "dell'opposizione hanno criticato la proposta come sottofinanziata.</p>")


def _article(byline: str, lang: str = "it") -> str:
    return page(f'<article><h1>Nuovo piano ferroviario</h1><p class="byline">{byline}</p>{_IT_TEXT}</article>',
                title="Nuovo piano ferroviario", lang=lang)


def test_a_correspondents_title_before_a_and_a_place_names_no_one() -> None:
    for byline in ("Mario Rossi, Nostro Inviato a New York", "Ana López, Enviada Especial a Nueva York",
                   "João Silva, Correspondente Especial a Nova Iorque"):
        people = credited_people(extract(_article(byline)))
        assert len(people) == 1 and people[0].endswith(byline.split(",")[0]), (byline, people)


def test_two_czech_writers_still_pair() -> None:
    """Counter-example: the rule's own pair."""
    assert credited_people(extract(_article("Jan Novák a Petr Svoboda", "cs"))) == ["Jan Novák", "Petr Svoboda"]
