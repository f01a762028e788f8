"""In-article sources boxes, and link texts kept apart in the body text."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, extract, page


SOURCES_BOX = (
    '<div class="citation"><div class="citation__label">Quellen</div><ul>'
    '<li>Hilimire, M. R. et al. (2015): Fermented foods, neuroticism, and social anxiety, '
    "abgerufen am 21.09.22: https://pubmed.ncbi.nlm.nih.gov/25998000/</li>"
    '<li><a href="https://www.rki.de/DE/Content/InfAZ/N/Neuartiges_Coronavirus/Therapie.html">'
    "Robert Koch-Institut: Therapie</a></li>"
    '<li><a href="/ernaehrung/fermentierte-lebensmittel/">Fermentierte Lebensmittel im Überblick</a></li>'
    "</ul></div>"
)


def test_an_in_article_sources_box_gives_sources_even_outside_the_body() -> None:
    html = page(f"<article><h1>Zwei Lebensmittel gegen soziale Ängste</h1><div class='article-body'>{PARAGRAPHS}"
                f"</div>{SOURCES_BOX}</article>", lang="de")
    record = extract(html, "https://www.fitness.example/news/soziale-aengste-531297.html")
    boxed = [(s.url, s.listed_under) for s in record.sources if s.listed_under]
    assert boxed == [
        ("https://pubmed.ncbi.nlm.nih.gov/25998000/", "Quellen"),
        ("https://www.rki.de/DE/Content/InfAZ/N/Neuartiges_Coronavirus/Therapie.html", "Quellen"),
        ("https://www.fitness.example/ernaehrung/fermentierte-lebensmittel/", "Quellen"),
    ]


def test_a_sources_heading_with_a_list_in_the_body_and_inline_citations_stay_apart() -> None:
    html = page(f"<article><h1>Vitamin D trial</h1><div class='entry-content'>{PARAGRAPHS}"
                '<p>The <a href="https://www.nejm.org/doi/full/10.1056/NEJMoa1809944">trial</a> was large.</p>'
                "<h2>References</h2><ol>"
                '<li><a href="https://doi.org/10.1001/jama.2019.0001">Manson JE et al. JAMA 2019</a></li>'
                '<li><a href="https://www.bmj.com/content/364/bmj.k4902">Bolland MJ et al. BMJ 2019</a></li></ol>'
                "</div></article>")
    record = extract(html)
    assert [(s.url, s.listed_under) for s in record.sources] == [
        ("https://www.nejm.org/doi/full/10.1056/NEJMoa1809944", None),
        ("https://doi.org/10.1001/jama.2019.0001", "References"),
        ("https://www.bmj.com/content/364/bmj.k4902", "References"),
    ]


def test_a_sidebar_called_references_is_not_a_sources_box() -> None:
    html = page(f"<article><h1>Vitamin D trial</h1><div class='entry-content'>{PARAGRAPHS}</div></article>"
                '<aside class="sidebar widget-area"><div class="widget LinkList"><h2>References</h2><ul>'
                '<li><a href="https://blog.example.net/">A friend\'s blog</a></li>'
                '<li><a href="https://twitter.com/example">My twitter</a></li></ul></div></aside>')
    assert [s for s in extract(html).sources if s.listed_under] == []


def test_adjacent_link_texts_do_not_run_together_in_the_body_text() -> None:
    html = page("<article><h1>Stem cell trial</h1><div class='entry-content'>" + PARAGRAPHS +
                '<p>Sources: <a href="https://www.nature.com/articles/d41586-025-0001">Nature</a>'
                '<a href="https://www.keio.ac.jp/en/press/">Keio University</a><a href="https://pmc.example/1">+1</a>'
                '<a href="https://www.ncbi.nlm.nih.gov/pmc/">PMC</a></p></div></article>')
    body = extract(html).body_text
    assert "NatureKeio" not in body and "University+1PMC" not in body
    assert "Nature Keio University +1 PMC" in body
