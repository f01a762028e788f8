"""Two writers joined by the Czech and Slovak "a" (and), template-source probes of the sixth session.
CLDR's list patterns join a list of two with "{0} a {1}" in both languages (micti/PhpArrayCldrData,
Data/php/cs/listPatterns.php and Data/php/sk/listPatterns.php), which is what ``Intl.ListFormat`` and ICU
print for a template formatting its authors, and what Czech and Slovak news sites print by hand:
"Jan Novák a Petr Svoboda" credited one person of four words."""

from __future__ import annotations

from tests.field_pages import credited_people, extract, page

_CS_TEXT = ("<p>Ministerstvo zdravotnictví zveřejnilo novou studii o vitaminu D, podle které doplňky stravy "
            "nechrání před zlomeninami.</p>"
            "<p>Lékaři přesto doporučují, aby lidé s prokázaným nedostatkem užívali to, co jim předepíše lékař.</p>"
            "<p>Výzkum sledoval více než dvacet tisíc dospělých po dobu pěti let a nenašel žádný přínos.</p>")


def _article(byline: str, lang: str) -> str:
    return page(f'<article><h1>Vitamin D nechrání před zlomeninami</h1><div class="article-author">{byline}</div>'
                f'{_CS_TEXT}</article>', lang=lang)


def test_two_writers_joined_by_a() -> None:
    """"Jan Novák a Petr Svoboda" (cs), "Autori: Ján Kováč a Mária Horváthová" (sk), and the first two
    of a CLDR list of three ("Jan Novák, Petr Svoboda a Eva Dvořáková") credit each writer."""
    for byline, names, lang in (
            ("Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"], "cs"),
            ("Autor: Jan Novák a Petra Svobodová", ["Jan Novák", "Petra Svobodová"], "cs"),
            ("Autori: Ján Kováč a Mária Horváthová", ["Ján Kováč", "Mária Horváthová"], "sk"),
            ("Jan Novák, Petr Svoboda a Eva Dvořáková", ["Jan Novák", "Petr Svoboda", "Eva Dvořáková"], "cs")):
        assert credited_people(extract(_article(byline, lang))) == names, byline


def test_the_romance_preposition_a_joins_no_one() -> None:
    """Counter-example: the same word is the Spanish, Italian and Portuguese preposition. "Mario Rossi a
    Roma" (filed from Rome) credits one writer, not "Roma", "Entrevista a Juan López" no pair; a Czech writer "and
    team" ("Jan Novák a kolektiv") is no second person."""
    html = page('<article><h1>La vitamina D non previene le fratture</h1><div class="article-author">Mario Rossi a Roma'
                '</div><p>Uno studio durato cinque anni su oltre ventimila adulti non ha trovato alcun beneficio '
                'degli integratori.</p><p>I medici consigliano comunque di seguire la prescrizione in caso di '
                'carenza accertata.</p></article>', lang="it")
    people = credited_people(extract(html))
    assert len(people) == 1 and people[0].startswith("Mario Rossi"), people  # one writer, "Roma" no second
    html = page('<article><h1>La vitamina D no previene fracturas</h1><div class="article-author">Entrevista a Juan '
                'López</div><p>Un estudio de cinco años con más de veinte mil adultos no encontró ningún beneficio '
                'de los suplementos.</p><p>Los médicos recomiendan seguir la receta en caso de déficit.</p></article>',
                lang="es")
    assert len(credited_people(extract(html))) <= 1
    assert credited_people(extract(_article("Jan Novák a kolektiv", "cs"))) != ["Jan Novák", "kolektiv"]
