"""Agency credits as the wires' own formatters print them (issue 16, template-source probes, fifth
session): each page of our own making copies the form a wire's software or style sets."""

from __future__ import annotations

from field_pages import extract, page

from harvester.models import ArticleRecord

_IT_HEADLINE = "<h1>Decreto per la ricostruzione approvato</h1>"
_IT = (
    "Il governo ha approvato oggi un decreto per accelerare i lavori di ricostruzione nelle zone colpite dal terremoto.",
    "Secondo il ministro, i fondi stanziati ammontano a oltre due miliardi di euro per i prossimi tre anni.",
    "I sindaci dei comuni interessati hanno accolto con favore il provvedimento, chiedendo però tempi certi.",
)


def agencies(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "agency"]


def _italian(*paragraphs: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return page(f"<article>{_IT_HEADLINE}{text}</article>", title="Decreto per la ricostruzione", lang="it")


def test_a_text_opening_with_the_bracketed_wire_and_a_dash_credits_it() -> None:
    """ANSA's dateline sets the wire before the place: "(ANSA) - ROMA, 12 MAG - Il governo …" (the
    dateline of superdesk/superdesk-ansa, server/ansa/formatters/ansa_newsml_g2_formatter_test.py:
    "(ANSA) - Roma (foo), DATE -"); Adnkronos opens its copy "(Adnkronos) - " the same way."""
    assert agencies(extract(_italian(f"(ANSA) - ROMA, 12 MAG - {_IT[0]}", *_IT[1:]))) == ["ANSA"]
    assert agencies(extract(_italian(f"(Adnkronos) - {_IT[0]}", *_IT[1:]))) == ["Adnkronos"]


def test_a_bracket_opening_the_text_that_names_no_wire_credits_nothing() -> None:
    """A bracketed label before a dash ("(Aggiornamento) -", an update's) is no agency; nor is a
    wire's bracket without the dash, inside the first sentence."""
    assert agencies(extract(_italian(f"(Aggiornamento) - {_IT[0]}", *_IT[1:]))) == []
    assert agencies(extract(_italian(f"(ANSA) ha riferito che {_IT[0].lower()}", *_IT[1:]))) == []


def test_a_bracketed_wire_with_a_full_stop_closing_the_text_credits_it() -> None:
    """ANSA closes its copy "… tempi certi. (ANSA)." (superdesk/superdesk-ansa,
    server/ansa/tests/macros/format_text_macro_test.py: "… il catalogo. (ANSA)."): the full stop
    after the bracket kept the closing-bracket path from reading it."""
    assert agencies(extract(_italian(*_IT[:2], f"{_IT[2]} (ANSA)."))) == ["ANSA"]


def test_a_bracket_inside_the_closing_sentence_credits_nothing() -> None:
    """A wire named in brackets before the sentence's full stop is a quotation's source, and a
    bracket after the full stop naming no wire ("(foto)") no credit."""
    assert agencies(extract(_italian(*_IT[:2], "Lo ha detto il ministro all'agenzia (ANSA)."))) == []
    assert agencies(extract(_italian(*_IT[:2], f"{_IT[2]} (Foto)."))) == []


_EN_HEADLINE = "<h1>Government approves rail plan</h1>"
_EN = (
    "The government announced on Monday a new plan to expand rail services across the country over the next decade.",
    "Officials said the plan would cost more than ten billion dollars and create thousands of jobs in construction.",
    "Opposition lawmakers criticised the proposal as poorly funded and lacking detail on timelines.",
)


def _english(*paragraphs: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return page(f"<article>{_EN_HEADLINE}{text}</article>", title="Government approves rail plan")


def test_a_bracketed_inputs_line_closing_the_text_credits_its_agencies() -> None:
    """Indian papers close copy drawn on the wires with "(With inputs from Reuters)" (Business
    Standard's market wraps, wap.business-standard.com/article-amp/markets/...-120110600172_1.html in
    the tool library's pages) or "(With inputs from PTI, IANS)"; the bracket kept the line from the
    material-label path ("Mit Material von dpa"), as it kept Spanish "(Con información de …)"."""
    assert agencies(extract(_english(*_EN, "(With inputs from Reuters)"))) == ["Reuters"]
    assert agencies(extract(_english(*_EN, "(With inputs from PTI, IANS)"))) == ["PTI", "IANS"]
    # Infobae's italic "(Con información de AFP, EFE y Reuters)" (trafilatura-eval's infobae.com-ucrania).
    closing = _english(*_EN, "<i>(Con información de AFP, EFE y Reuters)</i>")
    assert agencies(extract(closing)) == ["AFP", "EFE", "Reuters"]


def test_an_inputs_line_naming_no_wire_credits_nothing() -> None:
    """"(With inputs from agencies)" names none, and one naming a non-agency source ("(With inputs
    from our Delhi bureau)") credits nothing."""
    assert agencies(extract(_english(*_EN, "(With inputs from agencies)"))) == []
    assert agencies(extract(_english(*_EN, "(With inputs from our Delhi bureau)"))) == []


def test_an_ambiguous_acronym_in_a_dateline_bracket_credits_its_agency() -> None:
    """Acronyms kept out of the agencies as words or first names are the wire in its own dateline:
    Anadolu's "ANKARA (AA) - " (Turkish reports as the code corpus's AA-style generators print them:
    "ANKARA (AA) - Türkiye'de dün …"), The Canadian Press's "TORONTO (CP) — " (a wire classifier's
    test there: "TORONTO (CP) — Invented text."), TAP's "Tunis, 12 mai (TAP) - "."""
    for opening, agency in (("ANKARA (AA) - ", "Anadolu Agency"), ("TORONTO (CP) — ", "The Canadian Press"),
                            ("Tunis, 12 mai (TAP) - ", "Tunis Afrique Presse")):
        assert agencies(extract(_english(opening + _EN[0], *_EN[1:]))) == [agency], opening


def test_an_ambiguous_acronym_outside_a_dateline_credits_nothing() -> None:
    """The same acronyms in a sentence's bracket ("The Ministry of Agriculture (MAP) - "), closing the
    text ("(AA)") or in another case ("(aa)") name no agency; nor does "(Hina)", which stays out."""
    for body in (("The Ministry of Agriculture (MAP) - " + _EN[0], *_EN[1:]), (*_EN, "(AA)"),
                 ("ANKARA (aa) - " + _EN[0], *_EN[1:]), ("ZAGREB, 12. svibnja (Hina) - " + _EN[0], *_EN[1:])):
        assert agencies(extract(_english(*body))) == [], body[0]


def test_a_bracketed_wire_with_a_full_stop_on_a_line_of_its_own_credits_it() -> None:
    """The same ANSA closing set as a paragraph of its own, "<p>(ANSA).</p>"; "(Foto)." so set names
    no one."""
    assert agencies(extract(_italian(*_IT, "(ANSA)."))) == ["ANSA"]
    assert agencies(extract(_italian(*_IT, "(Foto)."))) == []


_DE_HEADLINE = "<h1>Regierung weitet Förderung aus</h1>"
_DE = (
    "Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich ausweiten, wie das "
    "Wirtschaftsministerium am Montag mitteilte.",
    "Demnach sollen Hausbesitzer künftig bis zu siebzig Prozent der Kosten erstattet bekommen, wenn sie eine alte "
    "Ölheizung ersetzen.",
    "Kritik kam von der Opposition, die die Pläne als zu teuer und zu bürokratisch bezeichnete.",
)


def test_a_material_line_listing_its_wires_with_a_slash_credits_each() -> None:
    """"<em>Mit Material von dpa/AFP</em>" in italics (no own text for the slash path) left the list
    whole, "dpa/AFP" no agency; "Mit Material von dpa/Wikipedia" still credits none."""
    def german(line: str) -> str:
        text = "".join(f"<p>{paragraph}</p>" for paragraph in (*_DE, line))
        return page(f"<article>{_DE_HEADLINE}{text}</article>", title="Regierung weitet Förderung aus", lang="de")

    assert agencies(extract(german("<em>Mit Material von dpa/AFP</em>"))) == ["dpa", "AFP"]
    assert agencies(extract(german("<em>Mit Material von dpa/Wikipedia</em>"))) == []
