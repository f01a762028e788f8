"""Leftover writing-assistant text: each kind in several languages, and honest pages left alone."""

from __future__ import annotations

import pytest

from harvester.evidence.artifacts import classify_text, find_artifacts, is_keyword_list
from harvester.models import ListBlock, Paragraph, Quote, RelatedPost, Section

FLAGGED = [
    ("Suggested anchor text: CDC flu page — place this after your paragraph on symptoms.", "assistant_instruction"),
    ("Here’s a short, engaging excerpt you can place at the top of your article: **Excerpt:** Flu season…", "assistant_instruction"),
    ("Sure! Here is a rewritten version of the paragraph:", "assistant_instruction"),
    ("I hope this helps! Let me know if you'd like me to adjust the tone.", "assistant_instruction"),
    ("Vorgeschlagener Ankertext: RKI-Seite zur Impfung – hier nach dem zweiten Absatz einfügen.", "assistant_instruction"),
    ("Hier ist ein kurzer Auszug, den Sie über Ihrem Artikel verwenden können:", "assistant_instruction"),
    ("Texte d’ancrage suggéré : page de Santé publique France sur la grippe.", "assistant_instruction"),
    ("Voici un extrait accrocheur que vous pouvez placer en haut de votre article :", "assistant_instruction"),
    ("Texto de anclaje sugerido: página del Ministerio de Sanidad.", "assistant_instruction"),
    ("As an AI language model, I cannot provide medical advice about dosing.", "refusal_or_disclaimer"),
    ("I'm sorry, but I cannot fulfill this request.", "refusal_or_disclaimer"),
    ("As of my last knowledge update in 2021, the vaccine was not approved.", "refusal_or_disclaimer"),
    ("Als KI-Sprachmodell kann ich keine medizinische Beratung geben.", "refusal_or_disclaimer"),
    ("En tant que modèle de langage, je ne peux pas donner d'avis médical.", "refusal_or_disclaimer"),
    ("Como modelo de lenguaje, no puedo recomendar un tratamiento.", "refusal_or_disclaimer"),
    ("Meta description: Learn how flu vaccines work and who should get one this season.", "seo_scaffolding"),
    ("Focus keyword: flu vaccine side effects", "seo_scaffolding"),
    ("Title: 7 Surprising Facts About the Flu Vaccine", "seo_scaffolding"),
    ("nutrition, bananas, antioxidants, cancer-prevention, fruit, healthy-eating, fact-check, science, wellness,…", "keyword_list"),
    ("Keywords: grippe, vaccin, hiver, santé, prévention, virus, immunité, épidémie", "keyword_list"),
    ("Dr. [Insert doctor's name], a cardiologist at [Hospital Name], said the results were promising.", "placeholder"),
    ("Contact {{ clinic_phone }} for an appointment.", "placeholder"),
]


@pytest.mark.parametrize(("text", "kind"), FLAGGED, ids=[f"{k}-{t[:24]}" for t, k in FLAGGED])
def test_flagged(text: str, kind: str) -> None:
    found = classify_text(text)
    assert found is not None and found[0] == kind, found


HONEST = [
    # Pages that quote, discuss or resemble assistant text without being it.
    "Reviewers found Amazon listings that began “As an AI language model, I cannot…”, a sign nobody had read them.",
    "The phrase \"I cannot fulfill this request\" appeared in at least 30 news articles, NewsGuard said.",
    "Researchers counted product reviews starting As an AI language model and found hundreds.",
    "Here's a summary of the key findings:",
    "Here are the five symptoms doctors say you should never ignore:",
    "Sorry, but I can't agree with the panel, said Dr. Meyer, who led the trial.",
    "Google's guidance says anchor text should describe the page it links to.",
    "Place this in context: the study followed only 40 patients for six months.",
    "Patients should add a note to their diary after each dose.",
    "The recipe uses oats, bananas, walnuts, cinnamon, honey, yoghurt, blueberries and a pinch of salt.",
    "Symptome sind Fieber, Husten, Halsschmerzen, Kopfschmerzen, Gliederschmerzen, Müdigkeit, Schnupfen und Schüttelfrost.",
    "Les chercheurs ont écrit que « en tant que modèle de langage » apparaissait dans des articles scientifiques.",
    "En tant que médecin, je recommande la vaccination aux personnes âgées.",
    "Como médico, recomiendo la vacuna a los mayores de 65 años.",
    "Wikipedia marks unsupported claims with [citation needed].",
    "The form asks for “[Insert name]”, which confused some patients.",
    # Seen on corpus pages: reader advice, credit lines, sentence lists, clause lists, shortcodes.
    "Write down what you want from retirement. Once you have it all down, put it in a place where you will see it every day.",
    "Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), J E Theriot, davidd, George Redgrave, David Amsler, Arup Malakar, J B, jakerome.",
    "Mitgliedsbeiträge, freiwillige Spenden, organisierte Sammlungen, Schenkungen, Subventionen, Zuschüsse, Projektförderungen, Vermächtnisse, Sponsoren und Werbung.",
    "无土栽培、立体种植、智能调控、四季生产……在益阳一个智慧农业园区里，物联网、大数据等技术，对农业生产进行智能感知、智能预警、智能决策，精准使用水、肥、药。",
    "[sourcecode language=\"bash\"]",
    "Bougainvillea grows best in full sun and well-drained soil [source].",
    "Das Design, der Innenraum, die klimatisierten Sitze, das Platzangebot, die Sicherheitsausstattung, die Reichweite im E-Modus, der Verbrauch, die Fahrleistungen",
]


@pytest.mark.parametrize("text", HONEST, ids=[t[:30] for t in HONEST])
def test_honest_text_not_flagged(text: str) -> None:
    assert classify_text(text) is None


def test_guide_section_and_instruction_blocks_leave_the_sections() -> None:
    sections = [
        Section(blocks=[Paragraph(text="Flu vaccines cut hospital admissions by a third, a new study shows.")]),
        Section(heading="Sources", level=2, blocks=[
            Paragraph(text="CDC — flu vaccine effectiveness page"),
            Paragraph(text="Suggested anchor text: CDC effectiveness data — use this where you summarize the results."),
        ]),
        Section(heading="How to insert them (quick placement guide)", level=2, blocks=[ListBlock(items=[
            "After the lead paragraph, add the CDC link to support the claim.",
            "Add a sources box at the end of your article.",
        ])]),
        Section(heading="What readers said", level=2, blocks=[
            Quote(text="As an AI language model, I cannot fulfill this request."),
        ]),
    ]
    scan = find_artifacts(sections, related=[RelatedPost(title="Older post", excerpt="Here is a catchy excerpt for your blog: Oranges…")])
    assert [(a.kind, a.where, a.removed) for a in scan.artifacts] == [
        ("assistant_instruction", "body", True),
        ("assistant_instruction", "body", True),
        ("assistant_instruction", "related_post", False),
    ]
    assert [s.heading for s in scan.sections] == [None, "Sources", "What readers said"]
    assert scan.sections[1].blocks == [Paragraph(text="CDC — flu vaccine effectiveness page")]
    assert scan.artifacts[1].text.startswith("How to insert them (quick placement guide)\nAfter the lead paragraph")


def test_a_how_to_heading_over_reader_advice_is_kept() -> None:
    section = Section(heading="How to use them safely", level=2, blocks=[ListBlock(items=[
        "Take the tablets with water after a meal.",
        "Ask your pharmacist before combining them with other drugs.",
    ])])
    scan = find_artifacts([section])
    assert scan.artifacts == [] and scan.sections == [section]


def test_placeholder_stays_in_the_body() -> None:
    section = Section(blocks=[Paragraph(text="Dr. [Insert name] said the trial would continue.")])
    scan = find_artifacts([section])
    assert [(a.kind, a.text, a.removed) for a in scan.artifacts] == [("placeholder", "[Insert name]", False)]
    assert scan.sections == [section]


def test_headline_and_description() -> None:
    scan = find_artifacts([], headline="Title: Flu Shots Explained", description="Meta description: Everything about flu shots.")
    assert [(a.kind, a.where) for a in scan.artifacts] == [("seo_scaffolding", "headline"), ("seo_scaffolding", "description")]
    assert find_artifacts([], headline="Here is what the study found").artifacts == []


def test_keyword_list_needs_many_short_items() -> None:
    assert not is_keyword_list("flu, vaccine, winter")
    assert not is_keyword_list("The vaccine, given in autumn, protects older adults, children, nurses, teachers, cooks, drivers, and others.")
