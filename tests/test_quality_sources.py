"""In-article sources boxes, and link texts kept apart in the body text."""

from __future__ import annotations

import pytest

from harvester.models import ArticleRecord
from tests.field_pages import PARAGRAPHS, extract, page


# A box's two references, a paper by its DOI and a WHO report: the source-box audit's tests give them
# under each label they try.
TWO_REFS = ('<ul><li><a href="https://doi.org/10.1038/s41586-024-0001">Smith et al., Nature 2024</a></li>'
            '<li><a href="https://www.who.int/publications/i/item/9789240000001">WHO 2023</a></li></ul>')


def listed(record: ArticleRecord) -> list[tuple[str, str | None]]:
    """The record's sources listed under a box's label, with that label, in page order."""
    return [(s.url, s.listed_under) for s in record.sources if s.listed_under]


def both_under(label: str) -> list[tuple[str, str | None]]:
    """TWO_REFS's addresses, each listed under ``label``."""
    return [("https://doi.org/10.1038/s41586-024-0001", label),
            ("https://www.who.int/publications/i/item/9789240000001", label)]


def study_post(body: str, lang: str = "en") -> str:
    """A blog post's page: the study's text, then ``body`` (a box, a line) in the entry content, as
    the source-box audits' tests give them."""
    return page(f"<article><h1>Studie</h1><div class='entry-content'>{PARAGRAPHS}{body}</div></article>", lang=lang)


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
    boxed = listed(record)
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


# --- fifth round (holdout of source boxes): labels, source lines, printed URLs, wiki lists ---------

def boxed(html: str, url: str = "https://health.example.org/2025/11/vitamin-d-trial/") -> list[tuple[str, str | None]]:
    return listed(extract(html, url))


def article(box: str, lang: str = "en") -> str:
    return page(f"<article><h1>Vitamin D trial</h1><div class='entry-content'>{PARAGRAPHS}{box}</div></article>"
                "<aside class='more'><a href='/news/other-story/'>Another story</a></aside>", lang=lang)


@pytest.mark.parametrize(("heading", "label"), [
    ("<h2>External links</h2>", "External links"),
    ("<h2>Weblinks</h2>", "Weblinks"),
    ("<h3>Einzelnachweise</h3>", "Einzelnachweise"),
    ("<h2>Fuentes</h2>", "Fuentes"),
    ("<h2>Références</h2>", "Références"),
    ("<h2>Bibliografia</h2>", "Bibliografia"),
    ("<h2><a name='credits'>Credits / Resources</a></h2>", "Credits / Resources"),
    ("<h1 class='gc gd'>Sources &amp; links</h1>", "Sources & links"),
    ("<h2>Weiterführende Informationen</h2>", "Weiterführende Informationen"),
    ("<p><strong>Quellenangaben:</strong></p>", "Quellenangaben"),
])
def test_a_box_under_a_label_of_any_language_gives_its_links(heading: str, label: str) -> None:
    box = f'{heading}<ul><li><a href="https://www.who.int/news/item/1">WHO report</a></li></ul>'
    assert boxed(article(box)) == [("https://www.who.int/news/item/1", label)]


def test_a_label_in_a_definition_list_term_gives_its_links() -> None:
    box = '<dl><dt>Quellen</dt><dd><a href="https://www.rki.de/bericht">RKI-Bericht</a></dd></dl>'
    assert boxed(article(box, lang="de")) == [("https://www.rki.de/bericht", "Quellen")]


def test_literatur_as_a_word_of_a_title_is_no_box() -> None:
    box = '<h2>Literatur im Unterricht</h2><ul><li><a href="https://www.schule.example/buecher">Bücher</a></li></ul>'
    assert boxed(article(box, lang="de")) == []


def test_a_closing_source_line_with_a_linked_title_is_a_one_entry_box() -> None:
    box = ('<p>Quelle: Carlsen OCL et al.: Physical activity in pregnancy. AJOG Global Reports 2021. '
           '<a href="http://dx.doi.org/10.1016/j.xagr.2020.100002">http://dx.doi.org/10.1016/j.xagr.2020.100002</a></p>'
           '<h3><a href="https://reclaimthenet.org/un-program">Quelle: UN Program Pushes Digital ID</a></h3>'
           '<div class="subfooter"><span>Quelle: <a href="http://www.golem.de/0706/52902.html">Golem</a></span></div>')
    assert boxed(article(box, lang="de")) == [
        ("http://dx.doi.org/10.1016/j.xagr.2020.100002", "Quelle"),
        ("https://reclaimthenet.org/un-program", "Quelle"),
        ("http://www.golem.de/0706/52902.html", "Quelle"),
    ]


def test_an_unlinked_source_a_photo_credit_and_a_same_site_teaser_are_no_box() -> None:
    box = ("<p>Quelle: dpa</p>"
           '<figure><img src="/a.jpg"><figcaption>Quelle: <a href="https://www.flickr.com/photos/x/1">Jane Doe</a>'
           "</figcaption></figure>"
           '<div class="teaser"><h3><a href="/kultur/buecher/">Literatur: Die Bücher des Jahres</a></h3></div>')
    assert boxed(article(box, lang="de")) == []


def test_urls_printed_without_scheme_or_run_together_are_each_an_entry() -> None:
    box = ("<h4>Quellenangaben:</h4><p>₁ WWF (2021): Kompass, abrufbar unter "
           "https://www.wwf.de/kompass.pdfhttps://www.wwf.de/kompass.pdf.<br>"
           "₂ Jüttemann: Kleinwindkraft, Selbstverlag: www.klein-windkraftanlagen.com, 2020</p>")
    assert [url for url, _ in boxed(article(box, lang="de"))] == [
        "https://www.wwf.de/kompass.pdf", "http://www.klein-windkraftanlagen.com",
    ]


def test_a_link_that_prints_another_url_gives_the_printed_one_but_an_ellipsis_keeps_the_link() -> None:
    box = ('<h2>Literatur</h2><ul><li>Van Steenwyk: Epigenetics. '
           '<a href="https://journal.example/268">https://pubmed.ncbi.nlm.nih.gov/30349741/</a></li>'
           '<li><a href="https://www.nature.com/articles/s41586-020-2649-2">https://www.nature.com/articles/s41…</a>'
           "</li></ul>")
    assert sorted(url for url, _ in boxed(article(box, lang="de"))) == [
        "https://pubmed.ncbi.nlm.nih.gov/30349741/", "https://www.nature.com/articles/s41586-020-2649-2",
    ]


def test_a_book_list_without_links_does_not_reach_past_its_box() -> None:
    box = ("<div class='text'><h2>Literaturverzeichnis</h2><ul><li>Bendel, L.: Lexikon der Früchte, 2008.</li></ul>"
           "</div><div class='categories'><a href='https://lexikon.example/obst.html'>Obst</a>"
           "<a href='https://lexikon.example/gemuese.html'>Gemüse</a></div>")
    assert boxed(article(box, lang="de")) == []


def test_the_permalink_printed_in_a_box_is_not_a_source() -> None:
    box = ('<div><h2>Zusatzinformationen:</h2></div><p><a href="https://doi.org/10.1126/science.abe4688">Formation '
           "of α clusters</a></p><p>Permalink: https://www.health.example.org/2025/11/vitamin-d-trial</p>")
    assert boxed(article(box, lang="de")) == [("https://doi.org/10.1126/science.abe4688", "Zusatzinformationen")]


WIKI_REFERENCES = (
    '<h2><span class="mw-headline" id="References">References</span><span class="mw-editsection">'
    '<a href="/w/index.php?title=X&amp;action=edit&amp;section=3">edit</a></span></h2>'
    '<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">'
    '<a href="#cite_ref-1">^</a></span> <span class="reference-text"><cite>Doe, J. (2016). '
    '<a class="external text" href="https://distill.pub/2016/misread-tsne/">"How to Use t-SNE"</a>. '
    '<i>IEEE TVCG</i>. <a href="/wiki/ArXiv" title="ArXiv">arXiv</a>:<a href="https://arxiv.org/abs/1706.02582">'
    '1706.02582</a>. <a href="/wiki/Digital_object_identifier">doi</a>:<a href="https://doi.org/10.1109%2Ftvcg.1">'
    '10.1109/tvcg.1</a>. <a href="/wiki/International_Standard_Serial_Number">ISSN</a> '
    '<a href="https://www.worldcat.org/issn/1077-2626">1077-2626</a>. '
    '<a href="https://arxiv.org/archive/cs.LG">cs.LG</a></cite></span></li></ol></div>'
    '<table class="toccolours"><tr><td><a href="/wiki/Charms">Charms</a></td></tr></table>'
)


def test_a_wiki_reference_list_gives_the_works_not_the_identifier_pages_or_navigation() -> None:
    html = page(f"<div id='content' class='mw-body'><h1>T-SNE</h1><div class='mw-parser-output'>{PARAGRAPHS}"
                f"{WIKI_REFERENCES}</div></div>")
    assert [url for url, _ in boxed(html, "https://en.wikipedia.org/wiki/T-SNE")] == [
        "https://distill.pub/2016/misread-tsne/", "https://arxiv.org/abs/1706.02582", "https://doi.org/10.1109%2Ftvcg.1",
    ]


def test_references_of_a_plain_text_document_run_over_its_pre_pages() -> None:
    html = page(
        "<h1>remoteStorage</h1>" + "<pre>" + PARAGRAPHS.replace("<p>", "").replace("</p>", "\n") +
        '\n<span class="h2"><a class="selflink" href="#section-17">17</a>. References</span>\n\n'
        '   [WORDS] Bradner, S., <a href="./rfc2119">RFC 2119</a>, March 1997.\n</pre><!--NewPage-->'
        "<pre class='newpage'>\n   [MANIFEST] Mozilla, "
        '<a href="https://developer.mozilla.org/en-">https://developer.mozilla.org/en-</a>\n'
        "        US/Apps/Manifest, April 2014.\n\n"
        '<span class="h2"><a class="selflink" href="#section-18">18</a>. Authors\' addresses</span>\n'
        '   <a href="https://indiehosters.example/">IndieHosters</a>\n</pre>'
        '<span class="noprint"><a href="https://tools.ietf.org/tools/rfcmarkup/">rfcmarkup</a></span>')
    assert [url for url, _ in boxed(html, "https://tools.ietf.org/html/draft-dejong-remotestorage-04")] == [
        "https://tools.ietf.org/html/rfc2119", "https://developer.mozilla.org/en-US/Apps/Manifest",
    ]


def test_a_long_labelled_list_that_never_leaves_the_site_is_its_navigation() -> None:
    regions = "".join(f'<li><a href="/regionen/{n}/">Landesverband {n}</a></li>' for n in range(14))
    box = f"<h2>Zusatzinformationen</h2><ul>{regions}</ul>"
    assert boxed(article(box, lang="de")) == []


# --- sixth round (second holdout of source boxes): closing labels, box ends, linked lists ------------

LATER = ("<p>Both groups were followed for the same five years, and their doctors did not know who took the "
         "pills; the trial's design is described in its protocol, published before the first patient joined.</p>"
         "<p>The authors plan to follow a smaller group of older adults for longer, to see whether falls in the "
         "oldest participants change with the dose, which this trial could not answer.</p>")


@pytest.mark.parametrize(("heading", "label"), [
    ("<p><strong>Links</strong></p>", "Links"),
    ("<h2>Weitere Informationen</h2>", "Weitere Informationen"),
    ("<p><b>Weitere Informationen:</b></p>", "Weitere Informationen"),
    ("<h3>Resources</h3>", "Resources"),
])
def test_a_closing_label_over_a_list_of_links_after_the_text_is_a_box(heading: str, label: str) -> None:
    box = (f'{heading}<ul><li>Infos: <a href="https://www.who.int/news/item/1">WHO report</a></li>'
           '<li>Mehr: <a href="/themen/vitamine/">Vitamine</a></li></ul>')
    assert boxed(article(box, lang="de")) == [
        ("https://www.who.int/news/item/1", label), ("https://health.example.org/themen/vitamine/", label),
    ]


def test_a_closing_section_of_sentences_after_the_article_text_is_a_box() -> None:
    html = page("<article><h1>Vitamin D trial</h1><div class='story'>" + PARAGRAPHS + "</div>"
                "<div class='more'><h2>Weitere Informationen</h2><p>Die Methode ist auf "
                '<a href="https://docs.example.com/method">Gitbook</a> und auf unserer '
                '<a href="https://lab.example.com/">Website</a> dokumentiert.</p></div></article>', lang="de")
    assert [url for url, _ in boxed(html)] == ["https://docs.example.com/method", "https://lab.example.com/"]


def test_a_resources_section_in_the_middle_of_the_text_is_no_box() -> None:
    box = ("<h3>Resources</h3><p>What kind of resources does your application need? In most cases we focus on "
           'memory and CPU, as the <a href="https://nodejs.org/api/inspector.html">inspector</a> shows them, and '
           "good monitoring of both is mandatory for any service that runs in production.</p>" + LATER)
    assert boxed(article(box)) == []


def test_a_closing_label_before_the_article_or_over_the_sites_own_pages_is_no_box() -> None:
    html = page("<div class='top'><p><strong>Links</strong></p><ul><li><a href='https://partner.example.net/'>"
                "Partner</a></li></ul></div><article><h1>Vitamin D trial</h1><div class='story'>" + PARAGRAPHS +
                "<p><strong>Links</strong></p><ul><li><a href='/presse/1/'>Pressemitteilung 1</a></li>"
                "<li><a href='/presse/2/'>Pressemitteilung 2</a></li></ul></div></article>", lang="de")
    assert boxed(html) == []


def test_an_original_publication_and_a_linked_reference_list_are_boxes() -> None:
    box = ('<p><a href="https://files.example.net/literatur.pdf"><strong>Literaturliste zum Download</strong></a></p>'
           '<p><a href="/literatur/"><strong>Literaturliste des Verlags</strong></a></p>'
           '<h4>Originalpublikation</h4><p>Aeppli M. et al. (2022): Thermodynamic controls. PNAS. '
           '<a href="https://doi.org/10.1073/pnas.2115629119">https://doi.org/10.1073/pnas.2115629119</a></p>')
    assert sorted(boxed(article(box, lang="de"))) == [
        ("https://doi.org/10.1073/pnas.2115629119", "Originalpublikation"),
        ("https://files.example.net/literatur.pdf", "Literaturliste zum Download"),
    ]


def test_a_rule_or_the_next_label_marked_like_this_one_ends_the_box() -> None:
    box = ('<p class="flapHead">Weitere Informationen</p><p class="flapContent"><a href="https://award.example.com/">'
           'Informationen zum Preis</a></p><p class="flapHead">Downloads</p><p class="flapContent">'
           '<a href="https://cdn.example.com/logo.png">Logo</a></p>'
           '<h5>Quellen:</h5><p><a href="https://doi.org/10.1002/ange.1">https://doi.org/10.1002/ange.1</a></p><hr>'
           '<p><a href="https://example.org/bild">Bild</a></p>'
           '<p><strong>Zum Weiterlesen:</strong></p><p>Thiele, C.: <a href="https://tidd.ly/3P9">Positiv führen</a></p>'
           '<p>---</p><p>Dann <a href="https://health.example.org/newsletter">abonnieren Sie</a>!</p>')
    assert sorted(url for url, _ in boxed(article(box, lang="de"))) == [
        "https://award.example.com/", "https://doi.org/10.1002/ange.1", "https://tidd.ly/3P9",
    ]


def test_a_box_in_a_post_that_a_blog_platform_wraps_in_a_widget_is_read() -> None:
    html = page("<div class='widget Blog' id='Blog1'><div class='post hentry'><h1>Vitamin D trial</h1>"
                "<div class='post-body entry-content'>" + PARAGRAPHS + "<h2><span>4</span> References</h2><ol><li>"
                "<a href='https://doi.org/10.1001/jama.2019.0001'>Manson JE et al.</a></li></ol></div></div></div>"
                "<div class='widget LinkList'><h2>References</h2><ul><li><a href='https://blog.example.net/'>"
                "A friend's blog</a></li></ul></div>")
    assert boxed(html) == [("https://doi.org/10.1001/jama.2019.0001", "4 References")]


def test_a_teaser_box_inside_the_text_and_a_label_that_is_a_links_text_are_no_box() -> None:
    box = ("<div class='box'><h3>Weitere Informationen</h3><ul><li><a href='/podcast/alle-folgen/'>Alle Folgen in "
           "der Übersicht</a></li></ul></div>" + LATER +
           '<p><a href="https://www.verlag.example/buch/123"><span>Quelle</span></a> Cover</p>'
           '<p><a href="https://www.verlag.example/autorin">Die Autorin</a></p>')
    assert boxed(article(box, lang="de")) == []


def test_a_wrappers_layout_class_does_not_end_the_box_it_shares() -> None:
    picks = "".join(f'<div class="w-full"><h3>Pick {n}</h3></div><ul class="list"><li><a href="/news/{n}/">Story {n}'
                    "</a></li></ul>" for n in range(12))
    box = f'<div class="w-full"><h3>Further Reading</h3></div><ul class="list"><li><a href="/news/a/">A</a></li></ul>{picks}'
    assert boxed(article(box)) == []


# --- seventh round (third holdout of source boxes): notes, supplement columns, wiki names, labels -----

@pytest.mark.parametrize(("heading", "label"), [
    ("<h4>Links zur Vertiefung und Vernetzung</h4>", "Links zur Vertiefung und Vernetzung"),
    ("<h2>Aller plus loin</h2>", "Aller plus loin"),
    ("<h3>Verwandte Links</h3>", "Verwandte Links"),
])
def test_further_reading_and_related_links_labels_give_their_links(heading: str, label: str) -> None:
    box = f'{heading}<ul><li><a href="https://www.natur-freizeit.example/schneesport">Schneesport</a></li></ul>'
    assert boxed(article(box, lang="de")) == [("https://www.natur-freizeit.example/schneesport", label)]


def test_related_links_to_the_sites_own_news_are_no_box() -> None:
    box = ('<h3>Verwandte Links</h3><ul><li><a href="/news/nachtskitouren/">Nachtskitouren</a></li>'
           '<li><a href="/news/sparflamme/">Leben auf Sparflamme</a></li></ul>')
    assert boxed(article(box, lang="de")) == []


def test_notes_after_the_text_and_numbered_notes_in_an_accordion_give_their_links() -> None:
    notes = ('<div class="notes"><h2>Notes</h2><p>[1] « Objectifs et principes », Section 37, 2007.</p>'
             '<p>[2] Voir le texte « Les revues prises dans le piège ». <a href="http://www.revues.example/piege">'
             "http://www.revues.example/piege</a></p><p>[3] Il va sans dire qu'il s'agit d'articles en anglais.</p></div>")
    html = page(f"<article><h1>Vitamin D trial</h1><div class='entry-content'>{PARAGRAPHS}</div>{notes}</article>")
    assert boxed(html) == [("http://www.revues.example/piege", "Notes")]
    accordion = ('<div class="panel"><a class="collapsed" href="#collapse-1" role="button" aria-expanded="false"><div class="panel-heading">'
                 '<h4>Anmerkungen</h4></div></a><div id="collapse-1" class="panel-collapse collapse"><p>(1) Afrobarometer '
                 '(2021): Meldung 455. Im Internet unter: <a href="https://afrobarometer.example/ad455.pdf">'
                 "https://afrobarometer.example/ad455.pdf</a> [13.10.2021].</p></div></div>")
    assert boxed(article(accordion + LATER, lang="de")) == [("https://afrobarometer.example/ad455.pdf", "Anmerkungen")]


def test_notes_of_prose_in_the_middle_of_the_text_are_no_box() -> None:
    box = ("<h3>Notes</h3><p>We asked the authors about the dose; they point to the "
           '<a href="https://www.efsa.example/opinion">safety opinion</a> and say it was chosen to stay well below it, '
           "which most readers will find reassuring whatever they think of the result.</p>" + LATER)
    assert boxed(article(box)) == []


SUPPLEMENT = ('<aside class="column" id="supplement"><h2 class="aural">Zusatzinformationen</h2>'
              '<div class="c-box"><h3>Weitere Informationen</h3><ul>'
              '<li><a href="/downloads/informationsschreiben.pdf?__blob=publicationFile">Informationsschreiben</a></li>'
              '<li><a href="/downloads/bgbl_53.pdf">BGBl. Teil I Nr. 53</a></li></ul></div>'
              '<div class="c-box"><button><span>Publikationen</span></button><section><a href="/pub/broschuere.pdf">'
              "Download</a> <a href='/warenkorb?add=1'>Bestellen</a></section></div></aside>")


def test_the_pages_supplement_column_gives_its_documents_but_not_its_publication_offer() -> None:
    html = page(f"<div class='row'><article><h1>Vitamin D trial</h1><div class='article-body'>{PARAGRAPHS}</div>"
                f"</article>{SUPPLEMENT}</div>", lang="de")
    assert [url for url, _ in boxed(html)] == [
        "https://health.example.org/downloads/informationsschreiben.pdf?__blob=publicationFile",
        "https://health.example.org/downloads/bgbl_53.pdf",
    ]


def test_a_sidebar_column_with_the_same_boxes_is_the_sites() -> None:
    sidebar = SUPPLEMENT.replace('class="column" id="supplement"', 'class="sidebar"')
    html = page(f"<div class='row'><article><h1>Vitamin D trial</h1><div class='article-body'>{PARAGRAPHS}</div>"
                f"</article>{sidebar}</div>", lang="de")
    assert boxed(html) == []


def test_a_link_box_beside_the_text_in_the_article_and_a_list_classed_related_under_links_are_boxes() -> None:
    html = page("<article><div class='article-content'><h1>Vitamin D trial</h1>" + PARAGRAPHS + "</div>"
                "<aside class='article-sidebar'><h3>Links</h3><ul><li><a href='/dokument/factsheet'>Factsheet</a></li>"
                "</ul></aside></article>", lang="de")
    assert boxed(html) == [("https://health.example.org/dokument/factsheet", "Links")]
    box = ("<h3>Ähnliche Nachrichten</h3><div class='news-related'><ul><li><a href='/news/synode/'>Synode</a></li></ul>"
           "</div><h3>Links</h3><div class='news-related'><ul><li><a href='https://www.youtube.com/watch?v=abc'>Clip</a>"
           "</li><li><a href='/livestream'>Livestream</a></li></ul></div>")
    assert boxed(article(box, lang="de")) == [
        ("https://www.youtube.com/watch?v=abc", "Links"), ("https://health.example.org/livestream", "Links"),
    ]


def test_a_block_classed_related_under_a_closing_label_that_stays_on_the_site_is_no_box() -> None:
    box = ("<div class='also'><h3>You might also like</h3><p>Our talk on testing.</p><p>Resources:</p>"
           "<div class='related-talks'><a href='/talks/developer-fitness/'>Developer fitness</a></div></div>")
    assert boxed(article(box)) == []


def test_a_box_still_ends_at_a_related_block_after_its_entries() -> None:
    box = ('<h2>Quellen</h2><p><a href="https://www.rki.example/bericht">RKI-Bericht</a></p>'
           "<div class='related'><a href='https://partner.example.net/story'>Partner story</a></div>")
    assert boxed(article(box, lang="de")) == [("https://www.rki.example/bericht", "Quellen")]


def test_a_wiki_references_author_and_publisher_pages_are_names_not_entries() -> None:
    box = ('<h2>References</h2><ol class="references"><li><cite><a href="/wiki/Theodore_Frankel">Frankel, Theodore</a> '
           '(2004). <a href="https://books.example.com/geometry">The Geometry of Physics</a>. '
           '<a href="/wiki/Cambridge_University_Press">Cambridge University Press</a>. <a href="/wiki/ISBN">ISBN</a> '
           '<a href="/wiki/Special:BookSources/0-521-53927-7">0-521-53927-7</a>.</cite></li>'
           '<li><cite><a href="/wiki/The_Ancient_Book">The Ancient Book</a>, chapter 3.</cite></li>'
           '<li>Smith J. Vaccine trial. <a href="https://doi.org/10.1016/j.vaccine.1">Vaccine</a>. '
           '<a href="/servlet/linkout?key=10.1016">Crossref</a> <a href="/doi/10.7326/M19-1">Link</a></li></ol>')
    assert sorted(url for url, _ in boxed(article(box), "https://wiki.example.org/wiki/Hermitian_matrix")) == [
        "https://books.example.com/geometry",
        "https://doi.org/10.1016/j.vaccine.1",
        "https://wiki.example.org/doi/10.7326/M19-1",
        "https://wiki.example.org/servlet/linkout?key=10.1016",
        "https://wiki.example.org/wiki/Special:BookSources/0-521-53927-7",
        "https://wiki.example.org/wiki/The_Ancient_Book",
    ]


def test_every_sections_source_line_is_read() -> None:
    sections = "".join(f"<h3>Land {n}</h3><p>In Land {n} gilt 2G beim Friseur, mit Ausnahmen für Kinder.</p>"
                       f'<p><em>Quelle: <a href="https://www.land{n}.example/regeln">Land {n}</a></em></p>'
                       for n in range(7))
    assert len(boxed(article(sections, lang="de"))) == 7


# --- eighth round (fourth holdout of source boxes): phrase labels, singular labels, closing lines ----------

PRINTED_URLS = ("<p>&nbsp;</p><p><em>Weitere genutzte Quellen in englischer und japanischer Sprache:</em></p>"
                '<p><a href="https://news.example.net/2018/02/health-%20ecosystem/">'
                "https://news.example.net/2018/02/health- ecosystem/</a></p>"
                '<p><a href="http://www.gov.example.jp/content_51.htm">http://www.gov.example.jp/content_51.htm</a></p>'
                "<p><em>Foto: Agentur / Fotografin</em></p>"
                '<div class="shariff"><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">teilen</a></li>'
                '<li><a href="https://twitter.com/share?url=x">tweet</a></li></ul></div>')


def test_a_phrase_naming_the_sources_over_a_run_of_links_closing_the_text_is_a_box() -> None:
    # WordPress classes an image post's own container "hentry format-image": that is no picture caption.
    html = page("<div class='post hentry format-image'><h1>Vitamin D trial</h1><div class='inner'>" + PARAGRAPHS +
                PRINTED_URLS + "</div></div>", lang="de")
    label = "Weitere genutzte Quellen in englischer und japanischer Sprache"
    assert boxed(html) == [
        ("https://news.example.net/2018/02/health-%20ecosystem/", label),
        ("http://www.gov.example.jp/content_51.htm", label),
    ]


def test_a_phrase_with_a_source_word_over_prose_in_the_text_and_practical_infos_are_no_box() -> None:
    box = ("<p>Das sagen die Quellen aus dem Ministerium:</p><p>Die Studie sei gründlich geprüft worden, sagte eine "
           'Sprecherin, die auf den <a href="https://www.bmg.example/bericht">Bericht</a> des Ministeriums verwies und '
           "weitere Prüfungen ankündigte, bevor die Empfehlung geändert werde.</p>" + LATER +
           '<p><strong>Die wichtigsten Infos:</strong></p><ul><li><a href="https://therme.example.at/tickets">Tickets</a>'
           "</li></ul><p>Aktionsplan und weitere Informationen unter "
           '<a href="https://www.amt.example.ch/plan">www.amt.example.ch/plan</a>.</p>')
    assert boxed(article(box, lang="de")) == []


def test_a_further_reading_box_of_one_link_is_a_box() -> None:
    box = ('<div class="kastenBox"><div class="kastenHead">Weiterführender Link<br></div><div class="kastenInnerBox">'
           '<a href="https://www.workplace.example.com/TLUS">Personal Leadership 5.0</a></div></div>')
    assert boxed(article(box, lang="de")) == [("https://www.workplace.example.com/TLUS", "Weiterführender Link")]


def test_a_links_line_after_the_prose_of_a_page_without_an_article_container_is_a_box() -> None:
    prose = "".join(f"<div class='text'>{p}</div>" for p in PARAGRAPHS.split("</p>") if p)
    html = page("<div class='top'><div class='text'>Links: <a href='https://partner.example.net/'>Partner</a></div>"
                "</div><div class='content'><h1>Vitamin D trial</h1>" + prose.replace("<p>", "") +
                "<div class='text'>Links: <a href='https://www.trauernetz.example/'>www.trauernetz.example</a> und "
                "<a href='https://www.instagram.com/trauernetz'>www.instagram.com/trauernetz</a></div>"
                "<div class='text'>Links: <a href='/presse/'>Presse</a></div></div>", lang="de")
    assert boxed(html) == [
        ("https://www.trauernetz.example/", "Links"), ("https://www.instagram.com/trauernetz", "Links"),
    ]


def test_a_wiki_note_naming_two_people_is_no_entry_but_a_reference_to_the_wikis_book_page_is() -> None:
    box = ('<h2>References</h2><ol class="references"><li><span class="reference-text">Also known as the Rayleigh-Ritz '
           'ratio; named after <a href="/wiki/Walther_Ritz">Walther Ritz</a> and <a href="/wiki/Lord_Rayleigh">Lord '
           'Rayleigh</a>.</span></li><li><span class="reference-text"><i><a href="/wiki/The_Ancient_Book">The Ancient '
           'Book</a></i>, chapter 3</span></li><li><a href="https://books.example.com/geometry">The Geometry of '
           'Physics</a></li></ol>')
    assert sorted(url for url, _ in boxed(article(box), "https://wiki.example.org/wiki/Hermitian_matrix")) == [
        "https://books.example.com/geometry",
        "https://wiki.example.org/wiki/The_Ancient_Book",
    ]
    # A site's own articles whose slugs spell their headlines are the works an entry cites.
    box = ('<h2>Weitere Informationen</h2><ul><li>Lesen Sie <a href="/themen/wie-funktioniert-die-gasversorgung">Wie '
           'funktioniert die Gasversorgung?</a> und <a href="/themen/wie-funktioniert-die-wasserversorgung">Wie '
           'funktioniert die Wasserversorgung?</a></li><li><a href="https://asue.example.de/">ASUE</a></li></ul>')
    assert len(boxed(article(box, lang="de"))) == 3


WEB_LIST = "".join(f'<li>{what}: <a href="http://www.{site}.example/">www.{site}.example</a></li>'
                   for what, site in (("Fair gehandelt", "banafair"), ("Kunst", "bananenkunst"), ("Musik", "banane-rockt")))


def test_a_closing_list_of_printed_web_addresses_after_a_box_continues_it() -> None:
    box = ("<h2>Literaturverzeichnis</h2><ul><li>Bendel, L. <i>Lexikon der Früchte</i>. Köln, 2008.</li></ul>"
           f"<h2>Und zum Schluss - Das BananenWeb</h2><ul>{WEB_LIST}</ul>")
    assert boxed(article(box, lang="de")) == [
        (f"http://www.{site}.example/", "Und zum Schluss - Das BananenWeb")
        for site in ("banafair", "bananenkunst", "banane-rockt")
    ]


def test_a_next_section_of_worded_links_or_with_text_after_it_does_not_continue_a_box() -> None:
    worded = WEB_LIST.replace(">www.banafair.example<", ">Banafair<")
    for after in (f"<h2>Mehr zum Thema</h2><ul>{worded}</ul>", f"<h2>Mehr zum Thema</h2><ul>{WEB_LIST}</ul>{LATER}"):
        box = "<h2>Literaturverzeichnis</h2><ul><li>Bendel, L. <i>Lexikon der Früchte</i>. Köln, 2008.</li></ul>" + after
        assert boxed(article(box, lang="de")) == []


def test_via_and_source_labels_of_an_article_meta_list_are_a_box() -> None:
    """A tech blog's article-meta list under the text: "Via" (where the story was found) and "Source"
    items, each a bold label and its links, are the article's sources (issue 16, twelfth round: "Via"
    was no label, so the story's first source was lost)."""
    html = page(f"<article><h1>Facebook explains its feed study</h1><div class='article-body'>{PARAGRAPHS}</div>"
                '<ul class="simplelist sourcelist"><li class="via"><strong>Via</strong>'
                '<span><a href="https://www.engadget.example/facebook-explains/">Engadget</a></span></li>'
                '<li class="source"><strong>Source</strong><span>'
                '<a href="https://www.guardian.example/facebook-study">The Guardian</a></span></li></ul></article>')
    record = extract(html)
    assert listed(record) == [
        ("https://www.engadget.example/facebook-explains/", "Via"),
        ("https://www.guardian.example/facebook-study", "Source")]


def test_via_inside_a_sentence_or_a_share_line_labels_nothing() -> None:
    """Counter-example: "via" inside a line of text ("Share via", "Sent via Email") is no label."""
    html = page(f"<article><h1>Facebook explains its feed study</h1><div class='article-body'>{PARAGRAPHS}"
                '<p><strong>Share via</strong> <a href="https://twitter.example/share">Twitter</a></p>'
                '<p>Story sent via <a href="https://mail.example/">Email</a>.</p></div></article>')
    record = extract(html)
    assert [s.url for s in record.sources if s.listed_under] == []


def test_an_im_web_box_in_the_side_column_is_the_articles_sources() -> None:
    """A German science site's side column box "Im Web:" lists the web pages the article draws on
    ("Weblinks"): a sources box, though it sits in the page's third column."""
    html = page(f"<div id='col1'><article><h1>Afrikanische Schweinepest</h1><div class='article-body'>{PARAGRAPHS}"
                "</div></article></div><div id='col3'><div id='col3_content'><h4>Im Web:</h4>"
                '<div class="layoutbox"><ul><li><a href="https://www.fli.example/asp/">Friedrich-Loeffler-Institut: '
                'Afrikanische Schweinepest</a></li><li><a href="https://www.nature.example/articles/srep21645">Lillico '
                "et al., Scientific Reports 2016</a></li></ul></div></div></div>", lang="de")
    record = extract(html, "https://www.transgen.example/aktuell/2687.html")
    assert listed(record) == [
        ("https://www.fli.example/asp/", "Im Web"), ("https://www.nature.example/articles/srep21645", "Im Web")]


def test_source_headings_of_central_and_eastern_european_nordic_and_east_asian_languages_head_a_box() -> None:
    """"Źródła", "Источники", "Zdroje", "Kilder", "Källor", "参考资料", "出典", and the notes "Przypisy" /
    "Примечания" closing the article, head its sources as "Quellen" does; "Źródła podają" ("sources say")
    or "Источники сообщают" opening a sentence heads nothing."""
    for label, lang in [("Źródła", "pl"), ("Przypisy", "pl"), ("Источники", "ru"), ("Примечания", "ru"),
                        ("Zdroje", "cs"), ("Kilder", "da"), ("Källor", "sv"), ("参考资料", "zh"), ("出典", "ja")]:
        html = page(f"<article><h1>Badanie</h1><div class='entry-content'>{PARAGRAPHS}<h2>{label}</h2>{TWO_REFS}"
                    "</div></article>", lang=lang)
        record = extract(html, "https://www.blog.example/2024/badanie.html")
        assert listed(record) == both_under(label), label
    html = page(f"<article><h1>Badanie</h1><div class='entry-content'>{PARAGRAPHS}"
                '<p>Źródła podają, że <a href="https://www.news.example/a">ministerstwo</a> wie o tym.</p>'
                '<p>Источники сообщают: <a href="https://www.news.example/b">министерство</a> знает.</p>'
                "</div></article>", lang="pl")
    assert [s.url for s in extract(html).sources if s.listed_under] == []


def test_a_source_noun_qualified_as_used_or_cited_heads_a_box() -> None:
    """"Sources cited", "Verwendete Quellen", "Fuentes consultadas", "Webographie", "Quellen und
    weiterführende Informationen" name the article's sources as "Sources" does; a heading that only
    mentions sources in a sentence ("Sources used by the police remain unclear") heads nothing."""
    for label in ("Sources cited", "Works consulted", "Verwendete Quellen", "Quellenhinweise",
                  "Quellen und weiterführende Informationen", "Fuentes consultadas", "Webographie", "Sitografia",
                  "Referências bibliográficas", "Bibliography and further reading"):
        html = study_post(f"<h2>{label}</h2>{TWO_REFS}")
        record = extract(html, "https://www.blog.example/2024/studie.html")
        assert listed(record) == both_under(label), label
    html = study_post("<h2>Sources used by the police remain unclear</h2>"
                '<p>The <a href="https://www.news.example/police">police</a> would not say more.</p>')
    assert [s.url for s in extract(html).sources if s.listed_under] == []


def test_an_accordions_toggle_button_labels_the_collapsed_sources_after_it() -> None:
    """The WAI-ARIA / Bootstrap accordion: "<h2><button aria-expanded=false>Sources</button></h2>" (or the
    button alone) over a collapsed panel of references. A "Source" button in a picture's caption toggles
    its credit, not a box."""
    refs = ('<div class="accordion-collapse collapse" id="refs"><div class="accordion-body"><ul>'
            '<li><a href="https://doi.org/10.1038/s41586-024-0001">Smith et al., Nature 2024</a></li>'
            '<li><a href="https://www.who.int/publications/i/item/9789240000001">WHO 2023</a></li></ul></div></div>')
    for toggle in ('<h2 class="accordion-header"><button class="accordion-button collapsed" aria-expanded="false" '
                   'aria-controls="refs">Sources</button></h2>',
                   '<button class="toggle" aria-expanded="false" aria-controls="refs">Sources</button>'):
        html = page(f"<article><h1>Vitamin D trial</h1><div class='entry-content'>{PARAGRAPHS}"
                    f"<div class='accordion'><div class='accordion-item'>{toggle}{refs}</div></div></div></article>")
        record = extract(html, "https://www.health.example/vitamin-d.html")
        assert listed(record) == [
            ("https://doi.org/10.1038/s41586-024-0001", "Sources"),
            ("https://www.who.int/publications/i/item/9789240000001", "Sources")]
    html = page(f"<article><h1>Vitamin D trial</h1><div class='entry-content'>{PARAGRAPHS}"
                '<figure><img src="/sun.jpg" alt="Sun"><figcaption><button aria-expanded="false">Source</button>'
                '<span><a href="https://www.gettyimages.example/photo/1">Getty Images</a></span></figcaption></figure>'
                "</div></article>")
    assert [s.url for s in extract(html).sources if s.listed_under] == []
    # A button naming its panel heads that panel only: the visible author row between them is not a source.
    html = page(f"<article><h1>Chininum</h1><div class='entry-content'>{PARAGRAPHS}<div>"
                '<button class="btn collapsed" data-toggle="collapse" data-target="#AuthorCollapse">Quellen</button>'
                '<div class="source"><div>Autor:</div><div><a href="/redaktion">Redaktion</a></div>'
                '<div class="collapse" id="AuthorCollapse"><ol><li>Fachinformation Chininum Tabletten</li></ol></div>'
                "</div></div></div></article>", lang="de")
    assert [s.url for s in extract(html, "https://www.drugs.example/chininum").sources if s.listed_under] == []


def test_a_bold_lead_in_sources_label_ends_at_the_next_lead_in_of_its_block() -> None:
    """A science-news footer: "<strong>Source:</strong> the paper's reference and DOI link, then a block of its own
    "<strong>Journal information:</strong>" linking the journal's page: the box is the paper. A block of entries
    without a lead-in of its own stays in the box."""
    html = page(f"<article><h1>A Neandertal tool</h1><div class='entry-content'>{PARAGRAPHS}"
                "<div class='article-more'><strong>Source:</strong> Niekus et al. A tar-backed tool, <i>PNAS</i> (2019). "
                '<a href="https://doi.org/10.1073/pnas.1907828116">DOI: 10.1073/pnas.1907828116</a>'
                '<div class="mt-3"><strong>Journal information:</strong> <a href="https://www.pnas.example/">PNAS</a>'
                "</div></div></div></article>")
    record = extract(html, "https://science.example/news/tool.html")
    assert listed(record) == [
        ("https://doi.org/10.1073/pnas.1907828116", "Source")]
    html = page(f"<article><h1>A Neandertal tool</h1><div class='entry-content'>{PARAGRAPHS}"
                "<div class='article-more'><strong>Sources:</strong> "
                '<div><a href="https://doi.org/10.1073/pnas.1907828116">Niekus et al. 2019</a></div>'
                '<div><a href="https://www.pnas.example/press">PNAS press release</a></div>'
                "</div></div></article>")
    record = extract(html, "https://science.example/news/tool.html")
    assert [s.url for s in record.sources if s.listed_under] == [
        "https://doi.org/10.1073/pnas.1907828116", "https://www.pnas.example/press"]


def test_more_information_labels_of_other_languages_close_an_article_as_weitere_informationen_does() -> None:
    """"More information", "Pour en savoir plus", "Más información", "Per saperne di più", "Meer informatie",
    "Więcej informacji" over the links closing an article (or opening a line of them) are its sources, under
    the rules of "Weitere Informationen": a list of the site's own pages under it is its related pages, and a
    sentence "For more information, see …" or a "Learn more" button labels nothing."""
    refs = ('<ul><li><a href="https://www.who.int/publications/i/item/9789240000001">WHO report 2023</a></li>'
            '<li><a href="https://www.ecdc.europa.eu/en/publications-data/report">ECDC report</a></li></ul>')
    for label in ("More information", "Pour en savoir plus", "Más información", "Per saperne di più",
                  "Meer informatie", "Więcej informacji"):
        html = page(f"<article><h1>Vaccins</h1><div class='entry-content'>{PARAGRAPHS}<h2>{label}</h2>{refs}"
                    "</div></article>")
        record = extract(html, "https://www.blog.example/2024/vaccins.html")
        assert listed(record) == [
            ("https://www.who.int/publications/i/item/9789240000001", label),
            ("https://www.ecdc.europa.eu/en/publications-data/report", label)], label
    line = page(f"<article><h1>Vaccins</h1><div class='entry-content'>{PARAGRAPHS}"
                '<p>Más información: <a href="https://www.sanidad.example/vacunas/">www.sanidad.example</a></p>'
                "</div></article>", lang="es")
    assert [(s.url, s.listed_under) for s in extract(line, "https://www.blog.example/2024/vacunas.html").sources
            if s.listed_under] == [("https://www.sanidad.example/vacunas/", "Más información")]
    html = page(f"<article><h1>Vaccins</h1><div class='entry-content'>{PARAGRAPHS}"
                '<p>For more information, see <a href="https://www.who.int/vaccines">the WHO</a>.</p>'
                '<p><a class="button" href="https://www.who.int/about">Learn more</a></p>'
                '<h2>More information</h2><ul><li><a href="/2024/flu.html">Flu season</a></li>'
                '<li><a href="/2024/measles.html">Measles</a></li></ul></div></article>')
    assert [s.url for s in extract(html, "https://www.blog.example/2024/vaccins.html").sources
            if s.listed_under] == []


def test_a_more_information_reference_citing_a_paper_by_its_doi_is_a_source_within_the_text() -> None:
    """A science-news site's paragraph "More information: <the paper's reference> <a>DOI</a>" is followed by its
    "Citation: …" paragraph, so the located text goes on after it, where a closing label's box counts only as
    a list of links: its DOI link cites the paper and makes it one. A "More information" section of prose mid-article, linking a page without a DOI, is prose."""
    html = page(f"<article><h1>A Neandertal tool</h1><div class='entry-content'>{PARAGRAPHS}"
                "<p><strong>More information:</strong> Marcel J. L. Th. Niekus et al. Middle "
                "Paleolithic complex technology and a Neandertal tar-backed tool from the Dutch North Sea, <i>Proceedings "
                "of the National Academy of Sciences</i> (2019). "
                '<a href="http://dx.doi.org/10.1073/pnas.1907828116">DOI: 10.1073/pnas.1907828116</a></p>'
                "<p>Citation: A Neandertal tar-backed tool from the Dutch North Sea (2019, November 19) retrieved 20 "
                "November 2019. This document is subject to copyright. Apart from any fair dealing for the purpose of "
                "private study or research, no part may be reproduced without the written permission. The content is "
                "provided for information purposes only.</p></div></article>")
    record = extract(html, "https://science.example/news/tool.html")
    assert listed(record) == [
        ("http://dx.doi.org/10.1073/pnas.1907828116", "More information")]
    html = page(f"<article><h1>A Neandertal tool</h1><div class='entry-content'>{PARAGRAPHS}"
                "<h2>More information</h2><p>The finders, amateur palaeontologists who comb the beaches "
                "of the Dutch coast every winter after the storms, describe their finds and how they are dated on "
                '<a href="https://www.finders.example/">their site</a>, where the tool is shown from every side.</p>'
                f"{PARAGRAPHS}</div></article>")
    record = extract(html, "https://science.example/news/tool.html")
    assert [s.url for s in record.sources if s.listed_under] == []


def test_a_compound_of_list_names_naming_sources_heads_a_box() -> None:
    """"Literatur und Quellen", "Sources & Notes", "Einzelnachweise und Anmerkungen", "Fuentes y referencias",
    "Bibliographie et sources": list names joined by "and", one naming sources, head a box. Joined names
    without one ("Notes & Links") or a source word in a phrase ("Sources and Uses of Funds") head none."""
    for label in ("Literatur und Quellen", "Sources & Notes", "Notes and sources", "Einzelnachweise und Anmerkungen",
                  "Fuentes y referencias", "Bibliographie et sources", "Quellen / Links"):
        html = study_post(f"<h2>{label}</h2>{TWO_REFS}")
        record = extract(html, "https://www.blog.example/2024/studie.html")
        assert listed(record) == both_under(label), label
    for label in ("Notes & Links", "Sources and Uses of Funds"):
        html = study_post(f"<h2>{label}</h2>"
                    '<p>The fund drew on <a href="https://www.bank.example/report">the bank</a> and its donors, '
                    f"as the table shows in detail for every year of the programme.</p>{PARAGRAPHS}")
        assert [s.url for s in extract(html).sources if s.listed_under] == [], label


def test_a_toggles_verb_or_entry_count_around_a_source_label_still_heads_its_box() -> None:
    """A collapsed box's toggle reads "Show sources", "Quellen anzeigen", "Afficher les sources" or counts its
    entries, "Quellen (2)", "References [2]": the label all the same, its entries listed under the label alone.
    A code viewer's "View source" button heads nothing."""
    for toggle, label in (("Show sources", "sources"), ("Quellen anzeigen", "Quellen"), ("Afficher les sources", "sources"),
                          ("Quellen (2)", "Quellen"), ("References [2]", "References")):
        html = study_post(f"<details><summary>{toggle}</summary>{TWO_REFS}</details>")
        record = extract(html, "https://www.blog.example/2024/studie.html")
        assert listed(record) == both_under(label), toggle
    html = page(f"<article><h1>Parsing dates</h1><div class='entry-content'>{PARAGRAPHS}"
                '<div class="highlight"><pre>parse(date)</pre><button class="toggle">View source</button></div>'
                '<p>The parser follows <a href="https://www.ietf.example/rfc3339">RFC 3339</a> closely, as the '
                "tests show for every format it reads, including the odd ones.</p></div></article>")
    assert [s.url for s in extract(html).sources if s.listed_under] == []


def test_the_label_of_the_paper_a_science_news_item_reports_on_heads_a_box() -> None:
    """Science-news items close with the paper they report on under its own label: "Journal Reference:" over
    the citation and its DOI link, "Fachartikel: <a>…</a>", "Originalstudie". A "Fachartikel" section link of
    the site's menu, "journal reference" inside a sentence, or a document box's "Originalartikel" (the article's
    own print original, its PDF to download) heads nothing."""
    cite = ('<ol class="journal"><li>Niekus, M. et al. A tar-backed tool. <i>PNAS</i>, 2019; '
            '<a href="https://doi.org/10.1073/pnas.1907828116">DOI: 10.1073/pnas.1907828116</a></li></ol>')
    for label, box in (("Journal Reference", f"<h3>Journal Reference:</h3>{cite}"),
                       ("Fachartikel", '<p>Fachartikel: <a href="https://doi.org/10.1073/pnas.1907828116">Niekus et '
                                       "al., PNAS 2019</a></p>"),
                       ("Originalstudie", f"<p><strong>Originalstudie</strong></p>{cite}")):
        html = page(f"<article><h1>A Neandertal tool</h1><div class='entry-content'>{PARAGRAPHS}{box}</div></article>")
        record = extract(html, "https://science.example/news/tool.html")
        assert listed(record) == [
            ("https://doi.org/10.1073/pnas.1907828116", label)], label
    html = page('<nav class="main-nav"><ul><li><a href="/magazin/fachartikel">Fachartikel</a></li>'
                '<li><a href="/magazin/news">News</a></li></ul></nav>'
                f"<article><h1>A Neandertal tool</h1><div class='entry-content'>{PARAGRAPHS}"
                '<p>Every journal reference in the <a href="https://www.pnas.example/">PNAS</a> archive is checked '
                "by hand, the editors say, before the paper goes online.</p></div>"
                "<div class='infobox'><strong>Originalartikel</strong><br><p>Hamberger, J. (2021): Der Holzhandel. "
                'LWF aktuell 131.</p><strong>Download</strong><ul><li><a href="/assets/a131_Holzhandel.pdf">'
                "Originalartikel als PDF</a></li></ul></div></article>")
    assert [s.url for s in extract(html, "https://science.example/news/tool.html").sources if s.listed_under] == []


def test_a_heading_wrapped_with_its_edit_link_heads_the_box_after_the_wrapper() -> None:
    """MediaWiki 1.43 (Wikipedia since 2024) wraps a heading and its "[edit]" link in a ``div.mw-heading``:
    the reference list follows the wrapper. A heading whose wrapper goes on with words is no such wrapper."""
    heading = ('<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection">'
               '<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=X&amp;action=edit&amp;section=4">'
               'edit</a><span class="mw-editsection-bracket">]</span></span></div>')
    refs = ('<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">'
            '<a href="#cite_ref-1">^</a></span> <span class="reference-text"><a href="https://doi.org/10.1038/s41586-024-0001">'
            'Smith et al., Nature 2024</a></span></li></ol></div>')
    assert boxed(article(heading + refs)) == [("https://doi.org/10.1038/s41586-024-0001", "References")]
    wrapped = ('<div class="intro"><h2>References</h2><span>are given where the <a href="/w/Help:Edit">edit</a> '
               'history shows them</span></div>')
    assert boxed(article(wrapped + refs)) == []


def test_source_headings_and_source_lines_of_more_languages_head_a_box() -> None:
    """The Nordic "Referenser", Hungarian "Források", Greek "Πηγές", Romanian "Surse", Ukrainian "Джерела",
    Korean "참고 문헌", Indonesian "Daftar Pustaka", Vietnamese "Tài liệu tham khảo", Hebrew "מקורות", Arabic
    "المصادر" head the article's sources as "Quellen" does, and the singular "Źródło:", "Источник:", "المصدر:"
    open a source line as "Quelle:" does; a sentence opening with the word ("Források szerint …") heads nothing."""
    for label, lang in [("Referenser", "sv"), ("Referanser", "no"), ("Források", "hu"), ("Πηγές", "el"),
                        ("Surse", "ro"), ("Джерела", "uk"), ("참고 문헌", "ko"), ("Daftar Pustaka", "id"),
                        ("Tài liệu tham khảo", "vi"), ("מקורות", "he"), ("المصادر", "ar"), ("المراجع", "ar")]:
        html = study_post(f"<h2>{label}</h2>{TWO_REFS}", lang=lang)
        assert listed(extract(html, "https://www.blog.example/2024/studie.html")) == both_under(label), label
    for label, lang in [("Źródło", "pl"), ("Источник", "ru"), ("المصدر", "ar")]:
        html = study_post(f'<p>{label}: <a href="https://www.who.int/news/item/1">WHO</a></p>', lang=lang)
        assert listed(extract(html, "https://www.blog.example/2024/studie.html")) == [
            ("https://www.who.int/news/item/1", label)], label
    html = study_post('<p>Források szerint a <a href="https://www.news.example/a">minisztérium</a> tud róla.</p>',
                      lang="hu")
    assert [s.url for s in extract(html).sources if s.listed_under] == []


def test_a_source_noun_qualified_by_what_it_backs_heads_a_box() -> None:
    """"Article Sources" (the Dotdash sites' box), "Medical References", "Scientific references", "Our sources",
    German "Referenzen" and Italian "Per approfondire" name the article's sources or further reading; a heading
    that goes on as a sentence ("Our sources say the minister will resign") heads nothing."""
    for label in ("Article Sources", "Medical References", "Scientific references", "Our sources", "Referenzen",
                  "Per approfondire"):
        html = study_post(f"<h2>{label}</h2>{TWO_REFS}")
        assert listed(extract(html, "https://www.blog.example/2024/studie.html")) == both_under(label), label
    html = study_post("<h2>Our sources say the minister will resign</h2>"
                '<p>The <a href="https://www.news.example/m">ministry</a> would not say more.</p>')
    assert [s.url for s in extract(html).sources if s.listed_under] == []


def test_a_source_line_linking_an_agencys_home_page_under_its_name_is_a_credit() -> None:
    """"Quelle: <a href=https://www.dpa.de/>dpa</a>" credits the agency as an unlinked "Quelle: dpa" does: no
    source. The same line linked to the agency's report, or printing the address it links, names a source."""
    credit = '<p>Quelle: <a href="https://www.dpa.de/">dpa</a></p>'
    assert boxed(article(credit, lang="de")) == []
    report = '<p>Quelle: <a href="https://www.dpa.de/meldung/123">dpa</a></p>'
    assert boxed(article(report, lang="de")) == [("https://www.dpa.de/meldung/123", "Quelle")]
    printed = '<p>Quelle: <a href="https://www.ischgl.com/">www.ischgl.com</a></p>'
    assert boxed(article(printed, lang="de")) == [("https://www.ischgl.com/", "Quelle")]


def test_sources_joined_with_resources_or_studies_head_a_box() -> None:
    """"References & Resources", "Quellen und Studien", "Studies and sources" join a source name with a list of
    resources or studies, as "Sources & Notes" joins notes; "Studies and tools", naming no sources, heads nothing."""
    for label in ("References &amp; Resources", "Quellen und Studien", "Studies and sources"):
        html = study_post(f"<h2>{label}</h2>{TWO_REFS}")
        name = label.replace("&amp;", "&")
        assert listed(extract(html, "https://www.blog.example/2024/studie.html")) == both_under(name), label
    html = study_post(f"<h2>Studies and tools</h2>"
                f"{TWO_REFS}<p>More on the trial follows below, with what the researchers plan next.</p>")
    assert listed(extract(html, "https://www.blog.example/2024/studie.html")) == []


def test_a_sources_boxs_introduction_is_no_entry_where_it_links_the_sites_own_pages() -> None:
    """A health site's box opens with a sentence on its sourcing ("… Read our <a>editorial process</a>") or
    announces its list ("This article is based on the following studies:"): the site's policy page is no source,
    and the colon does not end the box. A study the introduction links on another site is one."""
    intro = ('<h2>Article Sources</h2><p>Verywell Health uses only high-quality sources, including peer-reviewed '
             'studies, to support the facts within our articles. Read our <a href="/editorial-process">editorial '
             f'process</a> to learn more.</p>{TWO_REFS}')
    assert boxed(article(intro)) == both_under("Article Sources")
    announced = f"<h2>Sources</h2><p>This article is based on the following studies:</p>{TWO_REFS}"
    assert boxed(article(announced)) == both_under("Sources")
    named = ('<h2>Sources</h2><p>The trial itself was published in <a href="https://www.nejm.org/doi/10.1056/x">the '
             f'New England Journal of Medicine</a> last year by researchers from Boston.</p>{TWO_REFS}')
    assert boxed(article(named)) == [("https://www.nejm.org/doi/10.1056/x", "Sources"), *both_under("Sources")]


def test_a_saved_page_without_its_url_keeps_its_own_sites_links_out_of_the_sources() -> None:
    """Read from a file, the page is at its canonical address: its relative links are its own site's
    (no sources; a related box's cards keep their URLs) and its record's ``url`` stays unknown."""
    from harvester import extract_article
    html = ('<html><head><title>Why the big vitamin D trial found no benefit</title>'
            '<link rel="canonical" href="https://news.example/health/vitamin-d-trial"></head><body><article>'
            '<h1>Why the big vitamin D trial found no benefit</h1>'
            + "<p>The trial gave 25,000 adults vitamin D or a placebo for five years and followed them closely.</p>" * 3
            + '<p>The results appeared in <a href="https://www.nejm.org/doi/10.1056/NEJMoa1809944">the journal</a>; '
            'see also <a href="/health/omega-3">our omega-3 story</a>.</p></article>'
            '<section class="related-posts"><h2>Related posts</h2><ul>'
            '<li><a href="/health/omega-3-trial-results">Omega-3 trial results explained</a></li>'
            '<li><a href="/health/sunlight-and-mood">Sunlight and mood: what studies show</a></li></ul></section>'
            '</body></html>')
    record = extract_article(html.encode())
    assert record.url is None
    assert [source.url for source in record.sources] == ["https://www.nejm.org/doi/10.1056/NEJMoa1809944"]
    assert [post.url for post in record.related_posts] == ["https://news.example/health/omega-3-trial-results",
                                                          "https://news.example/health/sunlight-and-mood"]


def test_a_follow_us_row_of_social_networks_is_no_source() -> None:
    """"Carry the discussion over to our Facebook, Twitter or Instagram", each link's text its network's
    name and its address the site's account there, invites the reader; it cites nothing. A tweet the
    text quotes stays a source."""
    record = extract(study_post(
        '<p>The lead author <a href="https://twitter.com/drsmith/status/1234567890">explained the result</a> '
        'in a thread.</p><p>Tell us what you think in the comments, or carry the discussion over to our '
        '<a href="https://www.facebook.com/examplehealth/">Facebook</a>, '
        '<a href="https://twitter.com/examplehealth">Twitter</a> or '
        '<a href="https://www.instagram.com/examplehealth">Instagram</a>.</p>'))
    assert [s.url for s in record.sources] == ["https://twitter.com/drsmith/status/1234567890"]


def test_one_networks_name_linked_to_peoples_accounts_is_a_source() -> None:
    """Two accounts on one network, each linked under the network's name, are the people the text
    cites ("in her Instagram story"), not a row of the site's own accounts."""
    record = extract(study_post(
        '<p>He deleted the photos on <a href="https://www.instagram.com/ennesto.example/">Instagram</a>, '
        'while she told her fans in her <a href="https://www.instagram.com/danni.example/">Instagram</a> '
        'story that she was fine.</p>'))
    assert [s.url for s in record.sources] == ["https://www.instagram.com/ennesto.example/",
                                               "https://www.instagram.com/danni.example/"]


def test_networks_named_at_their_home_pages_are_the_services_a_text_cites() -> None:
    """"Free music on Soundcloud, free photos on Flickr": the networks' home pages are the services the text
    speaks of, not a row of accounts to follow."""
    record = extract(study_post(
        '<p>Creative Commons licences are common on the big platforms: there is free music on '
        '<a href="http://www.soundcloud.com">Soundcloud</a> and free photos on <a href="http://flickr.com">Flickr</a>, '
        'most of them free to reuse with the author named.</p>'))
    assert [s.url for s in record.sources] == ["http://www.soundcloud.com", "http://flickr.com"]


def test_one_page_linked_under_two_spellings_of_its_address_is_one_source() -> None:
    """Scheme, "www.", the host's case, a final slash and tracking parameters do not change the page a
    link leads to: the text's first link names it, and a box listing it again marks that source."""
    record = extract(study_post(
        '<p>The <a href="https://furfree.example/">Fur Free Retailer</a> programme lists the shops; see '
        '<a href="http://www.FurFree.example">furfree.example</a> and its '
        '<a href="https://furfree.example/?utm_source=health&amp;utm_medium=link">shop list</a>.</p>'
        '<h2>Sources</h2><ul><li><a href="http://www.furfree.example">Fur Free Retailer</a></li>'
        '<li><a href="https://doi.org/10.1038/s41586-024-0001">Smith et al., Nature 2024</a></li></ul>'))
    assert [(s.url, s.text, s.listed_under) for s in record.sources] == [
        ("https://furfree.example/", "Fur Free Retailer", "Sources"),
        ("https://doi.org/10.1038/s41586-024-0001", "Smith et al., Nature 2024", "Sources")]


def test_two_pages_that_a_query_parameter_names_stay_two_sources() -> None:
    """A query that names the page ("article.php?sid=6475") is part of the address, unlike a tracking one."""
    record = extract(study_post(
        '<p>The protocol of the trial was described in two articles of a magazine for doctors, '
        '<a href="http://www.medjournal.example/article.php?sid=6475">Part I</a> on the recruitment and '
        '<a href="http://www.medjournal.example/article.php?sid=6508">Part II</a> on the follow-up visits.</p>'))
    assert [s.text for s in record.sources] == ["Part I", "Part II"]


def test_links_through_affiliate_and_ad_redirects_are_no_sources() -> None:
    """Amazon's short links, Skimlinks and Awin pay the page for a click to a shop: ads, not evidence."""
    record = extract(study_post(
        '<p>For the cake we used <a href="https://amzn.to/2sn002c">butter</a>, a '
        '<a href="https://go.redirectingat.com?id=66960X1&amp;url=https%3A%2F%2Fshop.example%2Fscale">kitchen scale</a> '
        'and a <a href="https://www.awin1.com/cread.php?awinmid=6220&amp;p=https%3A%2F%2Fshop.example%2Fmould">mould</a>, '
        'as the <a href="https://doi.org/10.1038/s41586-024-0001">study of baking habits</a> recommends.</p>'))
    assert [s.url for s in record.sources] == ["https://doi.org/10.1038/s41586-024-0001"]


def test_a_book_linked_at_the_shops_own_page_stays_a_source() -> None:
    """A link straight to a shop's page (amazon.com/dp/...) names the work, as the author's own book does."""
    record = extract(study_post(
        '<p>The lead author describes the method in her book '
        '<a href="https://www.amazon.com/Vitamin-Trials-Explained/dp/0316000000">Vitamin Trials Explained</a>, '
        'published last year by a university press after a decade of work on the cohort.</p>'))
    assert [s.url for s in record.sources] == ["https://www.amazon.com/Vitamin-Trials-Explained/dp/0316000000"]


def test_a_hashtag_a_tag_page_and_a_search_are_no_sources() -> None:
    """A hashtag's feed, a blog's tag page and a search's results list what a word finds: no document."""
    record = extract(study_post(
        '<p>The campaign ran under <a href="https://twitter.com/hashtag/VitaminD?src=hash">#VitaminD</a> and '
        '<a href="https://blog.lab.example/tag/supplements/">our lab blog</a>; the '
        '<a href="https://www.google.com/search?q=vitamin+d+trial">results of a search</a> show how often it is '
        'shared, though the <a href="https://doi.org/10.1038/s41586-024-0001">trial itself</a> found no benefit.</p>'))
    assert [s.url for s in record.sources] == ["https://doi.org/10.1038/s41586-024-0001"]


def test_a_document_filed_under_a_tag_or_search_folder_is_a_source() -> None:
    """A report at "/search/WT/reports/..." and a study at "/tag/2019/..." are documents: the listing is
    the tag or search segment with only its word after it, or a search's query."""
    record = extract(study_post(
        '<p>The tribunal summarised the evidence in its '
        '<a href="https://forms.justice.example/search/WT/reports/reportSummary.html?reportId=wt_68000605">report</a>, '
        'and the institute filed the <a href="https://institute.example/tag/2019/trial-results.html">trial results</a> '
        'with the other reports of that year before the hearings began.</p>'))
    assert [s.url for s in record.sources] == [
        "https://forms.justice.example/search/WT/reports/reportSummary.html?reportId=wt_68000605",
        "https://institute.example/tag/2019/trial-results.html"]


def _saved_wiki_page(head: str) -> str:
    """A saved wiki page (no URL) linking its own articles absolutely and relatively, and one newspaper."""
    return ('<html><head><title>List of films featuring time loops</title>' + head + '</head><body><article>'
            '<h1>List of films featuring time loops</h1>'
            + "<p>A time loop traps its characters in a stretch of time that repeats, often a single day.</p>" * 3
            + '<p><a href="https://en.wiki.example/wiki/Repeat_Performance">Repeat Performance</a> (1947) and '
            '<a href="/wiki/Groundhog_Day_(film)">Groundhog Day</a> (1993) are the best known, as '
            '<a href="https://www.nytimes.com/1993/02/12/movies/groundhog-day.html">a review</a> noted.</p>'
            '</article></body></html>')


def test_a_saved_page_without_its_url_or_canonical_link_is_at_the_url_its_json_ld_declares() -> None:
    """A saved wiki page declares its address only in its JSON-LD article: its own articles are no sources."""
    from harvester import extract_article
    ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", ' \
         '"name": "List of films featuring time loops", ' \
         '"url": "https://en.wiki.example/wiki/List_of_films_featuring_time_loops"}</script>'
    record = extract_article(_saved_wiki_page(ld).encode())
    assert record.url is None
    assert [s.url for s in record.sources] == ["https://www.nytimes.com/1993/02/12/movies/groundhog-day.html"]


def test_a_canonical_link_wins_over_the_json_ld_url_for_a_saved_pages_site() -> None:
    """The canonical link, when there is one, is the page's address: a JSON-LD url naming another site (the
    article's first publisher) does not make that site the page's own."""
    from harvester import extract_article
    head = ('<link rel="canonical" href="https://films.example/lists/time-loops">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
            '"name": "List of films featuring time loops", '
            '"url": "https://en.wiki.example/wiki/List_of_films_featuring_time_loops"}</script>')
    record = extract_article(_saved_wiki_page(head).encode())
    assert [s.url for s in record.sources][:1] == ["https://en.wiki.example/wiki/Repeat_Performance"]


def test_a_link_to_a_picture_file_is_no_source_but_a_wikis_page_about_it_is() -> None:
    """A photo's file linked from the text shows the thing; the wiki page describing the file (its author,
    licence, origin) is a page a photo credit names."""
    record = extract(study_post(
        '<p>The fire brigade bought its first <a href="https://brigade.example/images/history/pump-1.jpg">motor '
        'pump</a> in 1937; the <a href="https://commons.wikimedia.org/wiki/File:Pump_1937.jpg">archive photo</a> '
        'and the <a href="https://www.town.example/history/fire-brigade-chronicle.html">town chronicle</a> '
        'record the day it arrived.</p>'))
    assert [s.url for s in record.sources] == ["https://commons.wikimedia.org/wiki/File:Pump_1937.jpg",
                                               "https://www.town.example/history/fire-brigade-chronicle.html"]


# Fourteenth round (fields-external-4.json): a press release's resources box.

RESOURCES_BOX = (
    "<p class='press-title'><b>Additional Resources</b></p><ul>"
    "<li>Download a copy of the <a href='https://research.example.net/reports/threat-report'>2025 Threat "
    "Report</a>.</li>"
    "<li>Read the <a href='https://blog.example.net/threat-research/key-takeaways'>blog</a> for takeaways.</li>"
    "{last}</ul>"
)


def test_a_follow_entry_of_a_sources_box_is_no_source() -> None:
    """A press release's "Additional Resources" list closes with "Follow Example on X, LinkedIn, Facebook and
    Instagram. Subscribe on our blog or YouTube.": that entry invites the reader to follow, every link of it."""
    last = ("<li>Follow Example on <a href='https://x.com/Example'>X</a>, <a href='https://www.linkedin.com/company/"
            "example/'>LinkedIn</a>, <a href='https://www.facebook.com/Example/'>Facebook</a>. Subscribe on our "
            "<a href='https://blog.example.net/'>blog</a> or <a href='https://www.youtube.com/channel/UCJHo4'>"
            "YouTube</a>.</li>")
    record = extract(study_post(RESOURCES_BOX.format(last=last)))
    assert listed(record) == [("https://research.example.net/reports/threat-report", "Additional Resources"),
                              ("https://blog.example.net/threat-research/key-takeaways", "Additional Resources")]


def test_one_account_an_entry_cites_stays_a_source() -> None:
    """Counter-example: an entry citing one account ("the museum's <a>Instagram</a>") is no follow row."""
    last = "<li>The museum's photos on <a href='https://www.instagram.com/examplemuseum/'>Instagram</a>.</li>"
    record = extract(study_post(RESOURCES_BOX.format(last=last)))
    assert ("https://www.instagram.com/examplemuseum/", "Additional Resources") in listed(record)


def test_a_previous_research_section_closing_a_write_up_is_its_sources_box() -> None:
    """Security write-ups close with the earlier reports they build on under "Previous Research on
    <topic>" (or "Prior research"), the report's address printed as its link's text."""
    url = "https://www.research.example.com/blog/threat-insight/amatera-stealer-rebranded"
    for label in ("Previous Research on ACRStealer", "Prior research"):
        box = f"<h2>{label}</h2><p><a href='{url}'>www.research.example.com/blog/threat-insight/amatera</a></p>"
        assert listed(extract(study_post(box))) == [(url, label)], label


def test_a_research_section_is_no_sources_box() -> None:
    """Counter-example: "Research on ACRStealer" names the write-up's own section, not earlier reports."""
    url = "https://www.research.example.com/blog/threat-insight/amatera-stealer-rebranded"
    box = f"<h2>Research on ACRStealer</h2><p><a href='{url}'>www.research.example.com/blog/threat-insight/amatera</a></p>"
    assert listed(extract(study_post(box))) == []


# Template-source probes (fifth session): footnote plugins' and accordions' reference lists.

def footnotes_container(button: str) -> str:
    """The reference container of the "footnotes" plugin by mark.reference (markcheret/footnotes,
    templates/public/reference-container.html and reference-container-body.html): the label in a ``<p>``
    with its collapse button after it, then the table of notes in a sibling ``div``."""
    rows = "".join(
        f'<tr><td id="footnote_plugin_reference_5_1_{n}" class="footnote_plugin_index pointer"><a '
        f'class="footnote_backlink"><span class="footnote_index_arrow">&#8593;</span>{n}</a></td>'
        f'<td class="footnote_plugin_text">{item}</td></tr>'
        for n, item in enumerate(TWO_REFS.removeprefix("<ul><li>").removesuffix("</li></ul>").split("</li><li>"), 1))
    return ('<div class="speaker-mute footnotes_reference_container"><div class="footnote_container_prepare"><p>'
            '<span class="footnote_reference_container_label pointer">References</span>'
            f'<span class="footnote_reference_container_collapse_button">{button}</span></p></div>'
            '<div id="footnote_references_container_5_1"><table class="footnotes_table footnote-reference-container">'
            f"<tbody>{rows}</tbody></table></div></div>")


def test_a_footnote_plugins_references_label_with_its_collapse_button_heads_its_notes() -> None:
    """The "[+]" button after the plugin's "References" label is no text of the label's paragraph: the box is
    the table after the label's wrapper."""
    record = extract(study_post(footnotes_container('[<a id="footnote_reference_container_collapse_button_5_1">+</a>]')))
    assert listed(record) == both_under("References")


def test_a_label_followed_by_words_in_its_paragraph_heads_no_box_after_it() -> None:
    """Counter-example: a "References" span that a sentence goes on after ("References to the trial ...") is no
    label of what follows its paragraph."""
    record = extract(study_post(footnotes_container("to the trial appear in both papers")))
    assert listed(record) == []


def placed(record: ArticleRecord) -> list[tuple[str, str | None, str]]:
    """The record's sources with the label listing them and their place on the page."""
    return [(s.url, s.listed_under, s.place) for s in record.sources]


def test_an_accordions_sources_stand_in_the_sources_box() -> None:
    """A health page's "Sources" accordion item after the text, as Bootstrap renders it (twbs/bootstrap,
    site/content/docs/5.3/components/accordion.md: ``h2.accordion-header > button.accordion-button`` over
    ``div.accordion-collapse > div.accordion-body``): the list stands in the box its toggle heads, though no
    heading stands right before it."""
    box = ('<p>Last medically reviewed on November 12, 2025</p><div class="accordion" id="articleSources">'
           '<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" '
           'type="button" data-bs-toggle="collapse" data-bs-target="#collapseSources" aria-expanded="false" '
           'aria-controls="collapseSources">Sources</button></h2><div id="collapseSources" class="accordion-collapse '
           f'collapse" data-bs-parent="#articleSources"><div class="accordion-body">{TWO_REFS}</div></div></div></div>')
    record = extract(study_post(box))
    assert placed(record) == [(url, label, "sources_box") for url, label in both_under("Sources")]


def test_a_press_releases_original_publication_stands_in_the_sources_box() -> None:
    """A press release's "Original publication:" lead-in with the paper's DOI link in its own block."""
    box = ("<p><strong>Original publication:</strong><br>Manson JE et al.: Vitamin D Supplements and Prevention of "
           "Cancer. N Engl J Med (2019). <a href='https://doi.org/10.1056/NEJMoa1809944'>"
           "https://doi.org/10.1056/NEJMoa1809944</a></p>")
    record = extract(study_post(box))
    assert placed(record) == [("https://doi.org/10.1056/NEJMoa1809944", "Original publication", "sources_box")]


def test_a_box_entry_the_text_links_first_stands_in_the_text() -> None:
    """Counter-example: the text cites the paper before the accordion lists it: its first link is the text's."""
    cited = ("<p>The trial was published in <a href='https://doi.org/10.1038/s41586-024-0001'>Nature</a> this "
             "week.</p>")
    box = ('<div class="accordion"><div class="accordion-item"><h2 class="accordion-header"><button '
           'class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#c1" '
           f'aria-controls="c1">Sources</button></h2><div id="c1" class="accordion-collapse collapse show">'
           f'<div class="accordion-body">{TWO_REFS}</div></div></div></div>')
    record = extract(study_post(cited + box))
    assert placed(record) == [("https://doi.org/10.1038/s41586-024-0001", "Sources", "main_text"),
                              ("https://www.who.int/publications/i/item/9789240000001", "Sources", "sources_box")]


def pmc_reference(doi_href: str) -> str:
    """A reference of PMC's article pages (and of journals built the same way): the citation, then the work's
    own links in brackets, "[DOI] [PubMed] [Google Scholar]"."""
    return ('<section class="ref-list"><h2>References</h2><ul class="ref-list"><li id="R1"><cite>Manson JE, et al. '
            'Vitamin D supplements and prevention of cancer. <em>N Engl J Med.</em> 2019;380:33–44.</cite> '
            f'[<a href="{doi_href}" class="usa-link usa-link--external" target="_blank">DOI</a>] '
            '[<a href="https://pubmed.ncbi.nlm.nih.gov/30415629/" class="usa-link">PubMed</a>]</li></ul></section>')


def test_a_references_doi_link_printed_doi_is_the_work() -> None:
    """The "[DOI]" link leads to the work's DOI: it is the reference's first entry, not the name of the scheme."""
    record = extract(page(f"<article><h1>Vitamin D</h1><div class='entry-content'>{PARAGRAPHS}</div>"
                          f"{pmc_reference('https://doi.org/10.1056/NEJMoa1809944')}</article>"))
    assert listed(record) == [("https://doi.org/10.1056/NEJMoa1809944", "References"),
                              ("https://pubmed.ncbi.nlm.nih.gov/30415629/", "References")]


def test_a_doi_link_to_a_page_about_the_scheme_is_no_entry() -> None:
    """Counter-example: a "DOI" link to a page explaining the scheme (a wiki's) names no work."""
    record = extract(page(f"<article><h1>Vitamin D</h1><div class='entry-content'>{PARAGRAPHS}</div>"
                          f"{pmc_reference('https://en.wikipedia.org/wiki/Digital_object_identifier')}</article>"))
    assert listed(record) == [("https://pubmed.ncbi.nlm.nih.gov/30415629/", "References")]


def test_a_references_google_scholar_lookup_is_no_source() -> None:
    """Springer's reference list (``ul.c-article-references``, each item's ``p.c-article-references__links``:
    "Article", "PubMed", "Google Scholar") and PMC's "[Google Scholar]": the lookup searches for the work the
    entry's other links give."""
    links = ('<p class="c-article-references__links u-hide-print"><a data-track="click_references" '
             'href="https://doi.org/10.1056%2FNEJMoa1809944" aria-label="Article reference 1">Article</a> '
             '<a data-track="click_references" href="http://scholar.google.com/scholar_lookup?&amp;title=Vitamin%20D'
             '%20supplements&amp;journal=N%20Engl%20J%20Med&amp;volume=380&amp;publication_year=2019" '
             'aria-label="Google Scholar reference 1">Google Scholar</a></p>')
    box = ('<h2 class="c-article-section__title" id="Bib1">References</h2><div class="c-article-section__content">'
           '<ul class="c-article-references"><li class="c-article-references__item" data-counter="1.">'
           '<p class="c-article-references__text" id="ref-CR1">Manson JE, Cook NR, Lee IM, et al. Vitamin D '
           f'supplements and prevention of cancer. N Engl J Med. 2019;380:33–44.</p>{links}</li></ul></div>')
    record = extract(page(f"<article><h1>Vitamin D</h1><div class='entry-content'>{PARAGRAPHS}</div>{box}</article>"))
    assert [source.url for source in record.sources] == ["https://doi.org/10.1056%2FNEJMoa1809944"]


def test_a_hashtag_feed_a_links_box_lists_stays_its_entry() -> None:
    """Counter-example: a blog's closing "Links" list naming the event's hashtag feed ("Hashtag <a>#bcg15</a>")
    lists it as the reader's pointer; no search is asked."""
    box = ('<p>Links</p><ul><li>Barcamp <a href="http://barcamp.example.at/">Barcamp Graz</a></li>'
           '<li>Hashtag <a href="https://twitter.com/hashtag/bcg15?f=realtime&amp;src=hash">#bcg15</a></li></ul>')
    record = extract(study_post(box))
    assert ("https://twitter.com/hashtag/bcg15?f=realtime&src=hash", "Links") in listed(record)


def springer_reference(entrez_query: str) -> str:
    """Springer's reference item with its "PubMed" link through NCBI's Entrez (``p.c-article-references__links``)."""
    return ('<h2 class="c-article-section__title" id="Bib1">References</h2><ul class="c-article-references">'
            '<li class="c-article-references__item" data-counter="1."><p class="c-article-references__text" '
            'id="ref-CR1">Manson JE, Cook NR, Lee IM, et al. Vitamin D supplements and prevention of cancer. N Engl J '
            'Med. 2019;380:33–44.</p><p class="c-article-references__links u-hide-print"><a data-track="click_references" '
            f'href="http://www.ncbi.nlm.nih.gov/entrez/query.fcgi?{entrez_query}" aria-label="PubMed reference 1">'
            'PubMed</a></p></li></ul>')


def test_an_entrez_pubmed_link_carries_the_works_pmid() -> None:
    """"/entrez/query.fcgi?cmd=Retrieve&db=PubMed&dopt=Abstract&list_uids=30415629" opens PubMed's record of the
    work: a journal article with its PMID, not a page of the health agency."""
    record = extract(page(f"<article><h1>Vitamin D</h1><div class='entry-content'>{PARAGRAPHS}</div>"
                          f"{springer_reference('cmd=Retrieve&amp;db=PubMed&amp;dopt=Abstract&amp;list_uids=30415629')}"
                          "</article>"))
    [source] = record.sources
    assert (source.kind, [(i.scheme, i.value) for i in source.identifiers]) == ("journal_article", [("pmid", "30415629")])


def test_an_entrez_query_of_another_database_carries_no_pmid() -> None:
    """Counter-example: Entrez's nucleotide record of the same number is no PubMed record."""
    record = extract(page(f"<article><h1>Vitamin D</h1><div class='entry-content'>{PARAGRAPHS}</div>"
                          f"{springer_reference('cmd=Retrieve&amp;db=nucleotide&amp;list_uids=30415629')}</article>"))
    [source] = record.sources
    assert (source.kind, source.identifiers) == ("public_health_agency", [])
