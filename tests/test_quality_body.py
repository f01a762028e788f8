"""Body text (issue 16): template-source probes of the furniture renderers print inside the text.

Each page renders a convention's markup as its template writes it, inside an article page; the
back-links are for following, and no reader reads them as the article's words.
"""

from __future__ import annotations

import pytest

from tests.field_pages import PARAGRAPHS, extract, page

HEADLINE = "<h1>Vitamin D pills do not prevent fractures, trial finds</h1>"
NOTE = "The VITAL trial enrolled 25,871 participants across the United States"
REFERENCE = (
    '<p>A large randomised trial followed more than twenty thousand adults for five years<sup id="fnref:1">'
    '<a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> and found that a daily supplement '
    "did not lower their risk of fractures.</p>"
)
REPORT = '<a href="https://www.nejm.org/doi/full/10.1056/NEJMoa2202106">trial report</a>'

# One note after the article's text, as each renderer writes its list and back-link.
FOOTNOTE_LISTS = {
    # markdown-it-footnote's footnote_anchor rule (Ghost's editor, many static sites):
    # ' <a href="#fnref1" class="footnote-backref">↩︎</a>' inside the note's last paragraph.
    "markdown-it (Ghost)": (
        '<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">'
        f'<li id="fn1" class="footnote-item"><p>{NOTE}, as the {REPORT} says. '
        '<a href="#fnref1" class="footnote-backref">\u21a9\ufe0e</a></p></li></ol></section>'
    ),
    # WordPress/gutenberg, packages/block-library/src/footnotes/index.php:
    # '<li id="%1$s">%2$s <a href="#%1$s-link">↩︎</a></li>' in the block's <ol>, no class on the link.
    "Gutenberg footnotes block": (
        f'<ol class="wp-block-footnotes"><li id="a1b2">{NOTE}, as the {REPORT} says. '
        '<a href="#a1b2-link">\u21a9\ufe0e</a></li></ol>'
    ),
    # WP Footnotes / Footnotes Made Easy: each note ends in '[<a href="#identifier_0_2044" class="footnote-link
    # footnote-back-link">&#8617;</a>]' (as on corpus page alexander-klier.net.zeitphilosophie).
    "WP Footnotes in brackets": (
        f'<ol class="footnotes"><li id="footnote_0_2044" class="footnote">{NOTE}, as the {REPORT} says. '
        '[<a href="#identifier_0_2044" class="footnote-link footnote-back-link">&#8617;</a>]</li></ol>'
    ),
    # kramdown: a note cited twice gets '<a href="#fnref:1:1" class="reversefootnote">&#8617;<sup>2</sup></a>'.
    "kramdown, a note cited twice": (
        f'<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>{NOTE}, as the '
        f'{REPORT} says.&#160;<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a> '
        '<a href="#fnref:1:1" class="reversefootnote" role="doc-backlink">&#8617;<sup>2</sup></a></p></li></ol></div>'
    ),
    # MediaWiki's Cite extension: '<span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span>'
    # before the note's text.
    "MediaWiki references": (
        '<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist">'
        '<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^'
        f'</a></b></span> <span class="reference-text">{NOTE}, as the {REPORT} says.</span></li></ol></div>'
    ),
}


@pytest.mark.parametrize("notes", FOOTNOTE_LISTS.values(), ids=FOOTNOTE_LISTS.keys())
def test_a_footnote_back_link_is_no_text_of_its_note(notes: str) -> None:
    record = extract(page(f"<article>{HEADLINE}{REFERENCE}{PARAGRAPHS}{notes}</article>"))
    assert f"{NOTE}, as the trial report says." in record.body_text
    assert "\u21a9" not in record.body_text and "^" not in record.body_text and "[]" not in record.body_text
    assert [source.url for source in record.sources] == ["https://www.nejm.org/doi/full/10.1056/NEJMoa2202106"]


def test_text_after_a_back_link_and_an_arrow_of_the_article_stay() -> None:
    """A pruned back-link takes only itself: the note's words after it stay, and so does an arrow
    the article prints in its own sentence or a link of its own to a place on the page."""
    notes = (
        '<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a>'
        f"</span> {NOTE}.</li></ol>"
    )
    own = ('<p>On the keypad, the key marked \u21a9 returns to the menu, as the <a href="#fn1">first note</a> '
           "explains in detail for every model.</p>")
    record = extract(page(f"<article>{HEADLINE}{REFERENCE}{PARAGRAPHS}{own}{notes}</article>"))
    assert f"{NOTE}." in record.body_text
    assert "the key marked \u21a9 returns to the menu, as the first note explains" in record.body_text
