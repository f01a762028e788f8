"""Sources: template-source probes (2026-12-07, sixth session).

Each test renders a convention's markup, as the cited template or renderer prints it, inside a whole blog post
(site header and menu, the post's byline, text, tags, share row and author box, a comment, a sidebar of widgets
and the site footer), and checks the sources the record lists under a box's label.
"""

from __future__ import annotations

from harvester import extract_article
from harvester.models import ArticleRecord

URL = "https://www.healthwatch-blog.example.com/2025/11/vitamin-d-fracture-trial/"
PARAGRAPHS = (
    "A large randomised trial that followed more than twenty-five thousand adults for five years has found that a "
    "daily vitamin D supplement did not lower their risk of fractures{r1}, adding to a growing body of evidence that "
    "the popular pills do little for healthy people.",
    "The participants, men over fifty and women over fifty-five, were given either two thousand international units "
    "of vitamin D3 a day or a placebo. Neither they nor the researchers knew who was taking what until the trial ended.",
    "Over the five years, the rate of total fractures was almost identical in the two groups, and the same held for hip "
    "fractures and for fractures of the wrist and spine{r2}. Blood tests showed that the supplement did raise vitamin D "
    "levels, so the null result cannot be blamed on the pills not being absorbed.",
    "Earlier observational studies had linked low vitamin D levels with osteoporosis, falls and a long list of other "
    "illnesses, which raised hopes that supplements would prevent them. Randomised trials, which can separate cause "
    "from coincidence, have mostly not borne that out{r3}.",
    "\u201cPeople who have a diagnosed deficiency, or conditions such as osteoporosis, should keep taking what their "
    "doctor has prescribed,\u201d the lead author said in a statement. \u201cBut for the general population there is no "
    "reason to take these supplements to prevent fractures.\u201d",
    "Outside experts said the trial was well designed but cautioned that it enrolled relatively few people with very "
    "low vitamin D levels, the group most likely to benefit. National guidance still recommends a modest daily dose in "
    "the winter months for people in northern countries{r4}.",
)
HEADER = (
    '<header class="site-header"><a class="logo" href="/">HealthWatch</a><nav class="main-navigation"><ul class="menu">'
    '<li><a href="/news/">News</a></li><li><a href="/nutrition/">Nutrition</a></li><li><a href="/fitness/">Fitness</a>'
    '</li><li><a href="/about/">About</a></li></ul></nav></header>'
)
AFTER = (
    '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/vitamin-d/" rel="tag">vitamin D</a>'
    '</span></footer><div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" '
    'href="https://twitter.com/intent/tweet?url=x">Twitter</a></li></ul></div><div class="author-info"><h2>About Jane '
    'Miller</h2><p>Jane Miller is a science journalist who has covered medicine for fifteen years. <a '
    'href="/author/jane-miller/">View all posts by Jane Miller</a></p></div>'
)
COMMENTS = (
    '<div id="comments" class="comments-area"><h2 class="comments-title">One thought on this post</h2><ol '
    'class="comment-list"><li id="comment-11" class="comment"><article class="comment-body"><footer class="comment-meta">'
    '<b class="fn">Peter</b></footer><div class="comment-content"><p>I stopped taking mine last year. See also <a '
    'href="https://www.bmj.com/content/383/bmj-2023-075966">this one</a>.</p></div></article></li></ol></div>'
)
SIDEBAR = (
    '<aside id="secondary" class="widget-area sidebar">{extra}<section class="widget widget_recent_entries"><h2 '
    'class="widget-title">Recent Posts</h2><ul><li><a href="/2025/11/omega-3-heart/">Omega-3 pills and the heart</a>'
    '</li><li><a href="/2025/10/sleep-and-memory/">Why sleep helps you remember</a></li></ul></section><section '
    'class="widget widget_links"><h2 class="widget-title">Blogroll</h2><ul><li><a '
    'href="https://www.sciencebasedmedicine.org/">Science-Based Medicine</a></li></ul></section></aside>'
)
FOOTER = ('<footer class="site-footer"><ul><li><a href="/privacy/">Privacy policy</a></li></ul><p>\u00a9 2025 '
          "HealthWatch</p></footer>")


def post(box: str, *, refs: dict[str, str] | None = None, inside: bool = True, sidebar: str = "",
         lang: str = "en", content_class: str = "entry-content") -> str:
    """A blog post's page: ``box`` closing the post's text (``inside``) or after its text's container, ``refs``
    the note markers in the text."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    for key in ("r1", "r2", "r3", "r4"):
        text = text.replace("{" + key + "}", (refs or {}).get(key, ""))
    title = "Vitamin D pills do not prevent fractures, five-year trial finds"
    article = (f'<article class="post hentry"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
               '<span class="byline">By <a href="/author/jane-miller/">Jane Miller</a></span> <time '
               'datetime="2025-11-12T09:00:00+00:00">November 12, 2025</time></header>'
               f'<div class="{content_class}">{text}{box if inside else ""}</div>{"" if inside else box}{AFTER}</article>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - HealthWatch</title>'
            f'<link rel="canonical" href="{URL}"></head><body>{HEADER}<div class="site-content"><main class="site-main">'
            f'{article}{COMMENTS}</main>{SIDEBAR.format(extra=sidebar)}</div>{FOOTER}</body></html>')


def listed(record: ArticleRecord) -> list[tuple[str, str | None]]:
    """The record's sources listed under a box's label, with that label, in page order."""
    return [(source.url, source.listed_under) for source in record.sources if source.listed_under]


# Footnote lists without a heading.

CITATIONS = (
    ("LeBoff MS, Chou SH, Ratliff KA, et al. Supplemental Vitamin D and Incident Fractures in Midlife and Older "
     "Adults. N Engl J Med 2022;387:299-309.", "https://www.nejm.org/doi/full/10.1056/NEJMoa2202106"),
    ("VITAL trial, secondary outcomes.", "https://clinicaltrials.gov/study/NCT01169259"),
    ("Bolland MJ, Grey A, Avenell A. Effects of vitamin D supplementation on musculoskeletal health. Lancet Diabetes "
     "Endocrinol 2018;6:847-858.", "https://doi.org/10.1016/S2213-8587(18)30265-1"),
    ("NHS. Vitamin D.", "https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-d/"),
)
EXPLANATIONS = (
    "Sometimes called the sunshine vitamin, because the skin makes it in sunlight.",
    "Two thousand units is about five times the usual recommended daily amount.",
    'The trial is known as VITAL; see <a href="https://www.vitalstudy.org/">its website</a>.',
    "Fractures caused by major trauma, such as car accidents, were not counted.",
)


def goldmark(notes: tuple[str, ...]) -> str:
    """Hugo's footnotes as Goldmark renders them (yuin/goldmark, extension/footnote.go): ``div.footnotes
    [role=doc-endnotes]`` > ``hr`` + ``ol`` of ``li#fn:N``, each closing with its "↩︎" back-link."""
    items = "".join(f'<li id="fn:{n}"><p>{note}&#160;<a href="#fnref:{n}" class="footnote-backref" '
                    f'role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>' for n, note in enumerate(notes, 1))
    return f'<div class="footnotes" role="doc-endnotes"><hr><ol>{items}</ol></div>'


def cited(template: str = '{text} <a href="{url}">{url}</a>') -> tuple[str, ...]:
    return tuple(template.format(text=text, url=url) for text, url in CITATIONS)


def markers(template: str) -> dict[str, str]:
    return {f"r{n}": template.format(n=n) for n in range(1, 5)}


GOLDMARK_MARKERS = markers('<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a></sup>')
ALL_FOOTNOTES = [(url, "Footnotes") for _, url in CITATIONS]


def test_a_hugo_footnote_list_after_the_posts_text_is_its_sources_box() -> None:
    """Goldmark's list printed after the text's container (a theme that renders ``.Content`` and then the
    notes): the boilerplate remover dropped it whole, and with it every cited paper."""
    record = extract_article(post(goldmark(cited()), refs=GOLDMARK_MARKERS, inside=False), URL)
    assert listed(record) == ALL_FOOTNOTES


def test_pandocs_footnotes_aside_is_a_sources_box() -> None:
    """Pandoc 3.1 prints its notes in ``<aside id=footnotes class="footnotes footnotes-end-of-document"
    role=doc-endnotes>`` > ``hr`` + ``ol`` of ``li#fnN`` with a "footnote-back" link (jgm/pandoc,
    src/Text/Pandoc/Writers/HTML.hs; 2.x and 3.2 print a ``<section>``): an aside of the post, not the site's."""
    notes = "".join(f'<li id="fn{n}"><p>{note}<a href="#fnref{n}" class="footnote-back" role="doc-backlink">↩︎</a>'
                    "</p></li>" for n, note in enumerate(cited(), 1))
    box = (f'<aside id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>{notes}'
           "</ol></aside>")
    record = extract_article(post(box, refs=markers('<a href="#fn{n}" class="footnote-ref" id="fnref{n}" '
                                                    'role="doc-noteref"><sup>{n}</sup></a>')), URL)
    assert listed(record) == ALL_FOOTNOTES


def test_markdown_it_and_python_markdown_footnotes_are_sources_boxes() -> None:
    """markdown-it-footnote (markdown-it/markdown-it-footnote, README: ``hr.footnotes-sep`` + ``section.footnotes``
    > ``ol.footnotes-list`` of ``li#fnN.footnote-item``), as Ghost's Markdown card prints it, and Python-Markdown's
    footnotes extension (Python-Markdown/markdown, markdown/extensions/footnotes.py: ``div.footnote`` > ``hr`` + ``ol``
    of ``li#fn:N`` with a "footnote-backref" link), each a list whose every note cites a work."""
    markdown_it = ('<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">' + "".join(
        f'<li id="fn{n}" class="footnote-item"><p>{note} <a href="#fnref{n}" class="footnote-backref">↩︎</a></p></li>'
        for n, note in enumerate(cited(), 1)) + "</ol></section>")
    python_markdown = ('<div class="footnote"><hr /><ol>' + "".join(
        f'<li id="fn:{n}"><p>{note}&#160;<a class="footnote-backref" href="#fnref:{n}" title="Jump back to footnote '
        f'{n} in the text">&#8617;</a></p></li>' for n, note in enumerate(cited('{text} <a href="{url}">Full text</a>'), 1))
        + "</ol></div>")
    for box in (markdown_it, python_markdown):
        record = extract_article(post(box, inside=False), URL)
        assert listed(record) == ALL_FOOTNOTES


def test_wordpress_and_substack_footnotes_are_sources_boxes() -> None:
    """WordPress's footnotes block (WordPress/gutenberg, packages/block-library/src/footnotes/index.php:
    ``ol.wp-block-footnotes`` of ``li#<uuid>``) and Substack's notes (``div.footnote`` > ``a.footnote-number`` +
    ``div.footnote-content``, one block a note) closing the text: kept in the text, and a box of citations."""
    gutenberg = '<ol class="wp-block-footnotes">' + "".join(
        f'<li id="c0ffee{n}">{note} <a href="#c0ffee{n}-link" aria-label="Jump to footnote reference {n}">↩︎</a></li>'
        for n, note in enumerate(cited(), 1)) + "</ol>"
    substack = "".join(
        f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{n}" href="#footnote-anchor-{n}" '
        f'class="footnote-number" contenteditable="false" target="_self">{n}</a><div class="footnote-content"><p>{note}'
        "</p></div></div>" for n, note in enumerate(cited(), 1))
    for box in (gutenberg, substack):
        record = extract_article(post(box), URL)
        assert listed(record) == ALL_FOOTNOTES


def test_explanatory_footnotes_are_no_sources_box() -> None:
    """Counter-example: notes that explain (one of four links a project's site) are no source list, as the
    labelling guide rules for the SRE book's and alexander-klier's notes; nor is one citing note alone, nor a
    list of notes in the site's sidebar."""
    one = cited()[:1]
    two_of_four = EXPLANATIONS[:2] + cited()[2:]
    for box, sidebar in ((goldmark(EXPLANATIONS), ""), (goldmark(one), ""), (goldmark(two_of_four), ""),
                         ("", goldmark(cited()))):
        record = extract_article(post(box, refs=GOLDMARK_MARKERS, sidebar=sidebar), URL)
        assert listed(record) == []


# Addresses printed without their scheme.

SCHEMELESS = (
    ("LeBoff MS, et al. Supplemental Vitamin D and Incident Fractures. N Engl J Med. 2022;387:299-309. "
     "doi.org/10.1056/NEJMoa2202106", "http://doi.org/10.1056/NEJMoa2202106"),
    ("Bolland MJ, et al. Effects of vitamin D supplementation on musculoskeletal health. "
     "pubmed.ncbi.nlm.nih.gov/30293909/", "http://pubmed.ncbi.nlm.nih.gov/30293909/"),
    ("National Institutes of Health. Vitamin D fact sheet. ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/.",
     "http://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/"),
)


def test_addresses_printed_without_their_scheme_in_a_reference_list_are_its_entries() -> None:
    """A reference list printing the DOI resolver, PubMed or an agency's page without "https://", as reference
    managers' styles do (R's mvgam prints its citations "… Methods in Ecology and Evolution, 14, 771-784.
    doi.org/10.1111/2041-210X.13974": nicholasjclark/mvgam, README.md): each is the entry's address, like a
    "www." address printed without its scheme."""
    box = "<h2>References</h2><ul>" + "".join(f"<li>{text}</li>" for text, _ in SCHEMELESS) + "</ul>"
    record = extract_article(post(box, inside=False), URL)
    assert listed(record) == [(url, "References") for _, url in SCHEMELESS]


def test_a_journals_abbreviation_or_units_with_a_slash_are_no_address() -> None:
    """Counter-example: "J.Clin.Endocrinol/Metab", "U.S./Canada", "25 ng/mL" and a bare "Nature.com" in a reference
    list print no address: a host needs a lower-case top-level domain and a path."""
    box = ("<h2>References</h2><ul><li>Holick MF. Evaluation of vitamin D deficiency. J.Clin.Endocrinol/Metab "
           "2011;96:1911-30. Levels below 25 ng/mL in U.S./Canada cohorts.</li><li>Nature.com editorial, 2020.</li>"
           '<li><a href="https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-d/">NHS: Vitamin D</a></li></ul>')
    record = extract_article(post(box, inside=False), URL)
    assert listed(record) == [("https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-d/", "References")]


# Labels of more languages.

TWO_WORKS = ('<ul><li><a href="https://www.nejm.org/doi/full/10.1056/NEJMoa2202106">LeBoff MS et al. N Engl J Med 2022'
             '</a></li><li><a href="https://www.who.int/publications/i/item/9789240000001">WHO 2023</a></li></ul>')


def test_reference_list_titles_of_baltic_slavic_and_hungarian_pages_head_sources_boxes() -> None:
    """Reference-list titles as Zotero's PDF reader knows them (zotero/pdf-worker,
    src/structure/reference/titles.js: Lithuanian "Šaltiniai", Slovenian "Viri", Polish and Czech "Literatura",
    Estonian "Kirjandus", Latvian "Atsauces", Hungarian "Irodalomjegyzék") and Wikipedia's (Slovak "Referencie",
    Serbian "Извори": wikimedia/pywikibot, scripts/noreferences.py; Bulgarian "Източници"), Latvian "Avoti" and
    Estonian "Allikad" (sources), each over the post's list of works after its text."""
    for lang, label in (("lt", "Šaltiniai"), ("sl", "Viri"), ("pl", "Literatura"), ("cs", "Literatura"),
                        ("et", "Kirjandus"), ("lv", "Atsauces"), ("hu", "Irodalomjegyzék"), ("hu", "Irodalom"),
                        ("sk", "Referencie"), ("sr", "Извори"), ("bg", "Източници"), ("lv", "Avoti"), ("et", "Allikad")):
        record = extract_article(post(f"<h2>{label}</h2>{TWO_WORKS}", inside=False, lang=lang), URL)
        assert listed(record) == [("https://www.nejm.org/doi/full/10.1056/NEJMoa2202106", label),
                                  ("https://www.who.int/publications/i/item/9789240000001", label)], label


def test_a_literature_category_or_widget_is_no_sources_box() -> None:
    """Counter-example: a Spanish culture page's "Literatura" kicker over the headline and its sidebar widget
    "Literatura" of the site's book reviews are the site's section names, not the article's sources."""
    widget = ('<section class="widget widget_recent_entries"><h2 class="widget-title">Literatura</h2><ul><li><a '
              'href="https://www.elpais.com/cultura/libros/">Libros del mes</a></li></ul></section>')
    html = post("", sidebar=widget, lang="es").replace(
        '<h1 class="entry-title">', '<span class="kicker">Literatura</span><h1 class="entry-title">')
    assert listed(extract_article(html, URL)) == []


# An author's own books.

BOOKS = ('<ul><li><a href="https://www.amazon.com/dp/B0C1234567">The Vitamin Myth (2023)</a>, buy now</li><li><a '
         'href="https://bookshop.org/p/books/bones-for-life/123">Bones for Life (2021)</a></li></ul>')


def test_a_bibliography_in_the_author_box_is_the_authors_books_not_the_articles_sources() -> None:
    """The author box under the post (Twenty Sixteen's ``div.author-info`` > ``div.author-description``,
    WordPress/twentysixteen, template-parts/biography.php) holds the description the author writes, here their
    "Bibliography" of books for sale: no source of the article."""
    box = '<div class="author-info"><div class="author-description"><h3>Bibliography</h3>' + BOOKS + "</div></div>"
    record = extract_article(post(box, inside=False), URL)
    assert listed(record) == []


def test_a_bibliography_closing_the_text_is_still_a_sources_box() -> None:
    """Counter-example: the same list under "Bibliography" at the end of the post's text is the article's reading
    list (the labelling guide counts a "Zum Weiterlesen" list's shop links as its entries)."""
    record = extract_article(post("<h3>Bibliography</h3>" + BOOKS), URL)
    assert listed(record) == [("https://www.amazon.com/dp/B0C1234567", "Bibliography"),
                              ("https://bookshop.org/p/books/bones-for-life/123", "Bibliography")]


# Agency credits.

def source_affix(links: tuple[tuple[str, str], ...]) -> str:
    """Source Affix's sources after the post's text, comma-separated under its default title "Source :"
    (ernilambar/source-affix, includes/classes/class-source-affix.php)."""
    linked = ", ".join(f'<a href="{url}" target="_blank">{name}</a>' for url, name in links)
    return ('<div class="sa-source-wrapper"><div class="sa-source-inner"><span class="source-title">Source :</span>'
            f'<div class="sa-source-content"><div class="news-source">{linked}</div></div></div></div>')


def test_agencies_home_pages_under_a_source_label_are_credits_not_a_sources_box() -> None:
    """"Source : Reuters, AP" linked to the agencies' home pages, in Source Affix's two blocks or on one line, credits
    the agencies as the labelling guide's "Quelle: <a href=kathpress.at>kathpress</a>" does: no box entry."""
    agencies = (("https://www.reuters.com/", "Reuters"), ("https://apnews.com/", "AP"))
    line = '<p>Sources: <a href="https://www.reuters.com/">Reuters</a>, <a href="https://apnews.com/">AP</a></p>'
    for box in (source_affix(agencies), line):
        assert listed(extract_article(post(box), URL)) == []


def test_source_affix_links_to_reports_are_a_sources_box() -> None:
    """Counter-example: Source Affix's links to the reports themselves are the post's sources."""
    reports = (("https://www.reuters.com/business/healthcare-pharmaceuticals/vitamin-d-2025-11-12/", "Reuters"),
               ("https://www.nejm.org/doi/full/10.1056/NEJMoa2202106", "NEJM"))
    record = extract_article(post(source_affix(reports)), URL)
    assert listed(record) == [(url, "Source") for url, _ in reports]


# Footnote plugins whose list's class names its footnotes within a longer word.

def test_easy_footnotes_list_without_its_title_is_a_sources_box() -> None:
    """Easy Footnotes prints ``ol.easy-footnotes-wrapper`` of ``li.easy-footnote-single`` after the post, without
    its "Footnotes" title where the site turns the label off (jasonyingling/easy-footnotes, easy-footnotes.php:
    ``$content .= '<ol class="easy-footnotes-wrapper">'.$footnoteCopy.'</ol>'``)."""
    items = "".join(
        f'<li class="easy-footnote-single"><span id="easy-footnote-bottom-{n}-4182" class="easy-footnote-margin-adjust">'
        f'</span>{note}<a class="easy-footnote-to-top" href="#easy-footnote-{n}-4182"></a></li>'
        for n, note in enumerate(cited(), 1))
    record = extract_article(post(f'<ol class="easy-footnotes-wrapper">{items}</ol>'), URL)
    assert listed(record) == ALL_FOOTNOTES


def test_a_sites_entry_footnotes_of_explanations_are_no_sources_box() -> None:
    """Counter-example: an "entry-footnotes" list whose notes explain the text, one of four linking the site's own
    methodology page (as FiveThirtyEight's endorsement tracker prints it), is no source list."""
    notes = ('<li id="fn-1"><a href="https://www.healthwatch-blog.example.com/methodology/">How we rate trials</a></li>'
             + "".join(f'<li id="fn-{n}">{note}</li>' for n, note in enumerate(
                 (EXPLANATIONS[0], EXPLANATIONS[1], EXPLANATIONS[3]), 2)))
    box = f'<div class="entry-footnotes"><ol class="footnotes">{notes}</ol></div>'
    assert listed(extract_article(post(box, inside=False), URL)) == []
