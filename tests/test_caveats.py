"""Caveats: items of caveat / limitation / risk / safety passages, with their bold labels and section."""

from __future__ import annotations

import pytest

from harvester.fields.body import extract_body
from harvester.fields.caveats import extract_caveats
from harvester.models import ListBlock, Paragraph, Section
from harvester.document.page import Page

URL = "https://healthnews.example/2025/11/27/stem-cell-trial/"
FILLER = (
    "Researchers plan to continue enrolling patients and to monitor outcomes over months and years, assessing "
    "both functional improvements and safety markers in larger controlled trials."
)


def caveats_of(content: str) -> list[tuple[str | None, str, str | None]]:
    """Caveats of an article whose content is ``content``, through the body extractor as core runs it."""
    html = f"""<html><head><title>Stem cell trial</title></head><body><article><h1>Stem cell trial</h1>
    <div class="entry-content"><p>{FILLER}</p>{content}<h2>Next steps</h2><p>{FILLER} More to come.</p></div>
    </article></body></html>"""
    body = extract_body(Page.from_text(html, URL))
    return [(c.label, c.text, c.section) for c in extract_caveats(body.sections, body.leads)]


SEED_CAVEATS = """
<h2>Important caveats and safety</h2>
<p>While the result is encouraging, experts emphasize caution:</p>
<ul>
<li><strong>Single-case early data:</strong> Isolated improvements in one or a few participants do not guarantee
consistent benefit across larger, more diverse patient groups.</li>
<li><strong>Long-term safety unknown:</strong> Potential risks — including immune reactions, abnormal tissue
growth, or tumor formation — require extended follow-up.</li>
<li><strong>Rehabilitation remains crucial:</strong> Cell therapy is typically combined with intensive
rehabilitation; functional gains usually reflect both biological repair and dedicated physio/therapy.</li>
<li><strong>Regulatory and ethical oversight:</strong> High-quality randomized trials with transparent reporting
are essential before broad clinical adoption.</li>
</ul>
<h2>What patients and caregivers should know</h2>
<p>If you or a loved one is exploring cutting-edge options:</p>
<ul>
<li>Consult trusted specialists at accredited centers with experience in spinal cord trials.</li>
<li>Ask about trial eligibility, risks, expected follow-up, and whether the program includes rehabilitation
services.</li>
<li>Beware of unproven treatments marketed without peer-reviewed evidence; legitimate clinical trials operate
under strict standards.</li>
</ul>"""


def test_seed_caveats_with_bold_labels_and_not_the_reader_advice() -> None:
    section = "Important caveats and safety"
    assert caveats_of(SEED_CAVEATS) == [
        ("Single-case early data", "Isolated improvements in one or a few participants do not guarantee consistent "
         "benefit across larger, more diverse patient groups.", section),
        ("Long-term safety unknown", "Potential risks — including immune reactions, abnormal tissue growth, or tumor "
         "formation — require extended follow-up.", section),
        ("Rehabilitation remains crucial", "Cell therapy is typically combined with intensive rehabilitation; "
         "functional gains usually reflect both biological repair and dedicated physio/therapy.", section),
        ("Regulatory and ethical oversight", "High-quality randomized trials with transparent reporting are essential "
         "before broad clinical adoption.", section),
    ]


@pytest.mark.parametrize(
    ("heading", "item", "label", "text"),
    [
        ("Risks and limitations", "<b>Observational data</b>: The studies show an association, not proof.",
         "Observational data", "The studies show an association, not proof."),
        ("Safety and limitations", "<strong>Mixed results.</strong> Across all participants there was no effect.",
         "Mixed results", "Across all participants there was no effect."),
        ("Risiken und Nebenwirkungen", "<strong>Schlafstörungen:</strong> Koffein wirkt bis zu acht Stunden.",
         "Schlafstörungen", "Koffein wirkt bis zu acht Stunden."),
        ("Précautions et effets secondaires", "<b>Grossesse :</b> Demandez l'avis de votre médecin avant.",
         "Grossesse", "Demandez l'avis de votre médecin avant."),
        ("Efectos secundarios", "<strong>Insomnio:</strong> La cafeína actúa hasta ocho horas.",
         "Insomnio", "La cafeína actúa hasta ocho horas."),
        ("Safety: who should be careful", "Reflux and ulcers: It can worsen heartburn and irritate an ulcer.",
         "Reflux and ulcers", "It can worsen heartburn and irritate an ulcer."),
        ("Limitations", "The trial lasted 12 weeks, so it cannot show long-term effects.",
         None, "The trial lasted 12 weeks, so it cannot show long-term effects."),
        ("Warnings", "<strong>Everything in this item is bold, with no explanation after it.</strong>",
         None, "Everything in this item is bold, with no explanation after it."),
    ],
)
def test_caveat_sections_in_several_languages_and_label_forms(heading: str, item: str, label: str | None,
                                                               text: str) -> None:
    content = (f"<h2>{heading}</h2><p>A few things to keep in mind:</p>"
               f"<ul><li>{item}</li><li>Second item here.</li></ul>")
    found = caveats_of(content)
    assert found[0] == (label, text, heading)
    assert found[1] == (None, "Second item here.", heading)
    assert len(found) == 2


@pytest.mark.parametrize(
    "heading",
    ["What patients and caregivers should know", "Risk factors for spinal cord injury", "How to reduce your risks",
     "Was Leserinnen und Leser jetzt wissen sollten", "How the therapy may work"],
)
def test_other_sections_have_no_caveats(heading: str) -> None:
    content = f"<h2>{heading}</h2><p>Some points:</p><ul><li><b>First:</b> one point.</li><li>Another point.</li></ul>"
    assert caveats_of(content) == []


def test_list_introduced_by_a_caveat_paragraph_in_any_section() -> None:
    content = """<h2>Who benefited most</h2>
    <p>The researchers reported no serious adverse events. Several caveats apply:</p>
    <ul><li><strong>Short follow-up.</strong> Three years may be too short.</li><li>Mostly white participants.</li></ul>
    <p>Dietitians suggested three simple swaps:</p><ol><li>Choose whole-grain bread.</li></ol>"""
    assert caveats_of(content) == [
        ("Short follow-up", "Three years may be too short.", "Who benefited most"),
        (None, "Mostly white participants.", "Who benefited most"),
    ]


def test_subsections_of_a_caveat_section_are_caveats_labelled_by_their_heading() -> None:
    content = f"""<h2>Limitations</h2><h3>Small sample</h3><p>Only one patient has been reported so far. {FILLER}</p>
    <h3>No control group</h3><p>Without a comparison group the effect of rehabilitation alone is unknown.</p>"""
    found = caveats_of(content)
    assert [(label, section) for label, _, section in found] == [("Small sample", "Limitations"),
                                                                 ("No control group", "Limitations")]
    assert found[1][1] == "Without a comparison group the effect of rehabilitation alone is unknown."


def test_caveat_section_without_list_gives_its_paragraphs() -> None:
    content = f"<h2>Safety</h2><p>No serious side effects were reported in the first year of follow-up. {FILLER}</p>"
    assert [(label, section) for label, _, section in caveats_of(content)] == [(None, "Safety")]


def test_without_bold_leads_a_short_label_prefix_is_split() -> None:
    sections = [Section(heading="Risks", level=2, blocks=[ListBlock(items=[
        "Tumour growth: Cells could grow uncontrolled.",
        "Dr. Sato said: the data are early, and the team is cautious.",
        "Bleeding, infection, or pain at the injection site: all were rare in earlier trials.",
    ])])]
    assert [(c.label, c.text) for c in extract_caveats(sections)] == [
        ("Tumour growth", "Cells could grow uncontrolled."),
        (None, "Dr. Sato said: the data are early, and the team is cautious."),
        (None, "Bleeding, infection, or pain at the injection site: all were rare in earlier trials."),
    ]


def test_no_sections_no_caveats() -> None:
    assert extract_caveats([]) == []
    assert extract_caveats([Section(blocks=[Paragraph(text="Caution: hot.")])]) == []
