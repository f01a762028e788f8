"""The main text corrected by evidence trafilatura does not use: elements the page hides, the site's
own lines ("read also", picture credits, closing calls to action) and the article text the page
declares in JSON-LD. Each rule has an honest page beside it that must keep its text."""

from __future__ import annotations

import json

import pytest

from harvester import extract_article
from harvester.fields.body_furniture import is_closing_furniture, is_disclosure, is_picture_credit, is_read_also
from harvester.fields.body_region import locate_body, missed_lead, text_key
from harvester.fields.declared_body import MIN_DECLARED_WORDS, declared_body

from conftest import page_from_html

URL = "https://news.example/health/2025/03/flu-vaccine-study"
SENTENCES = [
    "Researchers at the university hospital followed twelve thousand adults over three winter seasons.",
    "Those who received the high-dose flu vaccine had fewer hospital admissions for pneumonia than the rest.",
    "The effect was strongest among people over seventy-five, the group most at risk of complications.",
    "The authors caution that the study was observational and cannot prove the vaccine caused the difference.",
    "Independent experts said the findings were consistent with earlier randomised trials in Denmark and Canada.",
    "Health officials plan to review the vaccination guidance before the next season begins in the autumn.",
    "The study was funded by the national research council and published in a peer-reviewed journal this week.",
    "Pharmacies expect vaccine supplies to arrive in September, earlier than in previous years.",
]


def page(paragraphs: list[str], *, ld_body: str | None = None, extra_body: str = "") -> str:
    ld = ""
    if ld_body is not None:
        ld = '<script type="application/ld+json">%s</script>' % json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "High-dose flu vaccine",
             "articleBody": ld_body})
    ps = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>High-dose flu vaccine</title>
{ld}</head><body><header><nav><a href="/">Home</a> <a href="/health">Health</a></nav></header>
<main><article><h1>High-dose flu vaccine cut pneumonia admissions</h1>
<div class="article-body">{ps}</div>{extra_body}</article></main>
<footer><p>Contact the newsroom</p></footer></body></html>"""


def body_of(html: str) -> str:
    return extract_article(html, URL).body_text or ""


# --- hidden elements -------------------------------------------------------------------------

def bare_page(paragraphs: list[str]) -> str:
    """A page without an article container: trafilatura falls back on its wider extraction, which
    keeps what the page hides."""
    ps = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>High-dose flu vaccine</title>
</head><body><h1>High-dose flu vaccine cut pneumonia admissions</h1>{ps}</body></html>"""


HIDDEN_TEXT = ("Subscribers get unlimited access to every story on this site, the archive since 1990 and the "
               "weekly health letter written by our medical editors, delivered to their inbox each Friday.")


@pytest.mark.parametrize("hidden", [
    f'<p style="display: none;">{HIDDEN_TEXT}</p>',
    f'<p hidden="hidden">{HIDDEN_TEXT}</p>',
    f'<div style="visibility:hidden !important"><p>{HIDDEN_TEXT}</p></div>',
    # The screen-reader utilities written inline: clipped to nothing, or moved far off the left edge.
    f'<p style="position:absolute;clip:rect(1px, 1px, 1px, 1px);width:1px;height:1px;overflow:hidden">{HIDDEN_TEXT}</p>',
    f'<div style="position:absolute;left:-10000px;top:auto"><p>{HIDDEN_TEXT}</p></div>',
])
def test_what_the_page_hides_is_not_body_text(hidden: str) -> None:
    text = body_of(bare_page(SENTENCES[:4] + [hidden] + SENTENCES[4:]))
    assert "Subscribers get unlimited access" not in text
    assert all(sentence in text for sentence in SENTENCES)


def test_an_article_inside_a_hidden_wrapper_keeps_its_text() -> None:
    """A page that hides its article until a script runs (a loading shell) still has a body."""
    html = page(SENTENCES).replace("<main>", '<main style="display:none">')
    text = body_of(html)
    assert SENTENCES[0] in text and SENTENCES[-1] in text


def test_page_hidden_lists_outermost_elements_with_text_only() -> None:
    html = page(SENTENCES, extra_body=(
        '<div style="visibility: hidden"><p>Outer hidden text</p><p style="display:none">Inner one</p></div>'
        '<iframe style="display:none"></iframe><span style="display: block">Shown</span>'
        # A negative margin or top moves text a little (or locks a page under a dialog): still seen.
        '<p style="margin-left:-20px">Pulled left</p><div style="position:fixed;top:-1505px"><p>Locked</p></div>'
        # The screen-reader utilities written inline hide their text from sight.
        '<span style="position:absolute;left:-10000px">Off the left edge</span>'
        '<span style="clip: rect(0 0 0 0); position: absolute">Clipped</span>'))
    hidden = page_from_html(html, url=URL).hidden
    assert [el.tag for el in hidden] == ["div", "span", "span"]


# --- the site's own lines --------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Lesen Sie auch: Warum Grippe-Impfungen im Herbst wichtig sind",
    "À lire aussi : La vaccination contre la grippe en 2025",
    "LE PUEDE INTERESAR: Cinco mitos sobre la gripe",
    "Czytaj też: Szczepienia przeciw grypie",
    "Read more:",
    "Mehr zum Thema",
    "Lea más: Propone legalizar la comercialización de marihuana",
    "VEA TAMBIÉN: Estrella de la educación no brilla para estudiantes",
    "Schon gelesen?",
    "Dowiedz się więcej: Kto jak głosował ws. unijnych funduszy?",
])
def test_read_also_lines(line: str) -> None:
    assert is_read_also(line)


@pytest.mark.parametrize("line", [
    "Read also the guidance from the World Health Organization, which recommends vaccination for all adults.",
    "Related research suggests the effect lasts for several seasons.",
    "See also how the study was designed.",
])
def test_article_sentences_starting_like_a_read_also_label_are_not(line: str) -> None:
    assert not is_read_also(line)


def test_read_also_and_picture_credit_lines_leave_the_body_text() -> None:
    paragraphs = SENTENCES[:3] + ["Read also: Five myths about the flu shot", "Foto: dpa"] + SENTENCES[3:]
    text = body_of(page(paragraphs))
    assert "Five myths" not in text and "Foto: dpa" not in text
    assert all(sentence in text for sentence in SENTENCES)


def test_picture_credits() -> None:
    assert is_picture_credit("Crédits photos : AFP / Getty")
    assert is_picture_credit("Bildquelle: picture alliance")
    assert not is_picture_credit("Photographs of the clinic, taken in 2019 by a patient, show the crowded ward "
                                 "and the queue outside it: the hospital has since doubled its beds and staff.")


def test_closing_calls_to_action_leave_only_at_the_end() -> None:
    middle = "The newsletter of the medical association warned doctors about the shortage in August."
    paragraphs = SENTENCES[:4] + [middle] + SENTENCES[4:] + [
        "Subscribe to our newsletter for the week's health news.", "© 2025 News Example. All rights reserved."]
    text = body_of(page(paragraphs))
    assert middle in text
    assert "Subscribe to our newsletter" not in text and "All rights reserved" not in text
    assert SENTENCES[-1] in text


def test_a_long_closing_paragraph_is_the_articles() -> None:
    assert is_closing_furniture("Follow us on Facebook and X.")
    assert is_closing_furniture("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner")
    assert is_closing_furniture("Never miss the latest news by signing up to our newsletter today!")
    assert not is_closing_furniture("Follow him on X")
    assert not is_closing_furniture(" ".join(SENTENCES[:3]) + " Readers can subscribe to the journal.")


# --- the declared article text ---------------------------------------------------------------

def test_declared_body_needs_enough_words() -> None:
    short = page(SENTENCES, ld_body="A short teaser of the article.")
    assert declared_body(page_from_html(short, url=URL)) is None
    full = page(SENTENCES, ld_body="\n".join(SENTENCES * 2))
    declared = declared_body(page_from_html(full, url=URL))
    assert declared is not None and declared.words >= MIN_DECLARED_WORDS


def test_declared_body_in_html_and_escaped() -> None:
    ld = "".join(f"&lt;p&gt;{s}&lt;/p&gt;" for s in SENTENCES * 2)
    declared = declared_body(page_from_html(page(SENTENCES, ld_body=ld), url=URL))
    assert declared is not None
    assert declared.paragraphs[0] == SENTENCES[0]
    assert "<p>" not in declared.joined


def test_a_paragraph_the_declared_text_lacks_is_dropped_after_the_first_declared_one() -> None:
    standfirst = "A large study offers the clearest evidence yet for older adults this winter."
    promo = "Our partners offer discounted travel insurance for readers who book before Friday."
    html = page([standfirst] + SENTENCES[:4] + [promo] + SENTENCES[4:], ld_body="\n".join(SENTENCES))
    text = body_of(html)
    assert promo not in text
    assert standfirst in text
    assert all(sentence in text for sentence in SENTENCES)


def test_an_honest_page_keeps_every_paragraph() -> None:
    """The declared text is the same article: nothing to drop."""
    html = page(SENTENCES, ld_body="\n\n".join(SENTENCES))
    text = body_of(html)
    assert all(sentence in text for sentence in SENTENCES)


def test_a_teaser_declared_text_drops_nothing() -> None:
    """A declared text holding under MIN_COVERAGE of the extraction is a teaser: it judges nothing."""
    teaser = " ".join(SENTENCES[:2]) + " " + " ".join(["More details follow in the full article."] * 12)
    html = page(SENTENCES, ld_body=teaser)
    text = body_of(html)
    assert all(sentence in text for sentence in SENTENCES)


def test_the_declared_text_replaces_an_extraction_that_missed_the_article() -> None:
    """The markup holds a box of other text; the declared text is the article: it becomes the body.

    (trafilatura itself falls back on articleBody when what it found is a line or two.)"""
    box = ["Photo of a vaccination centre in the city this morning, taken by our reporter on her way to the clinic.",
           "Queues formed early as pharmacists opened the doors at eight and handed out numbered tickets.",
           "The city council has extended the opening hours of its three vaccination centres until the end of May."]
    html = page(box, ld_body="\n".join(SENTENCES))
    record = extract_article(html, URL)
    assert SENTENCES[0] in (record.body_text or "") and SENTENCES[-1] in (record.body_text or "")
    assert box[0] not in (record.body_text or "")
    assert record.extraction.field_sources["body_text"] == "json-ld"
    assert any("articleBody" in warning for warning in record.extraction.warnings)


def test_page_hidden_skips_an_element_holding_the_headline_or_the_article() -> None:
    """Even when it holds little of the page's text: a tabbed or script-revealed article is the page."""
    long_footer = "<footer>" + " ".join(SENTENCES * 3) + "</footer>"
    for hidden in ('<div hidden><h1>Flu vaccine</h1><p>Short text.</p></div>',
                   '<div style="display:none"><div itemprop="articleBody"><p>Short text.</p></div></div>'):
        html = f"<html><body>{hidden}{long_footer}</body></html>"
        assert page_from_html(html, url=URL).hidden == []
    assert len(page_from_html(f"<html><body><div hidden><p>Short text.</p></div>{long_footer}</body></html>",
                              url=URL).hidden) == 1


def test_a_section_of_other_articles_under_a_read_also_heading_is_dropped() -> None:
    # Headlines without their links: trafilatura drops a list of links itself, not this.
    box = ("<h2>Weitere Themen</h2><ul><li>Grippe: Wer die Impfung bezahlt</li>"
           "<li>Fünf Mythen über die Grippeimpfung</li></ul>")
    record = extract_article(page(SENTENCES + [box]), URL)
    assert [section.heading for section in record.sections] == [None]
    text = record.body_text or ""
    assert "Weitere Themen" not in text and "Fünf Mythen" not in text
    assert all(sentence in text for sentence in SENTENCES)


def test_a_read_also_heading_over_the_articles_own_paragraphs_stays() -> None:
    """A section under such a heading that holds paragraphs longer than a headline is the article's."""
    section = "<h2>Weitere Themen</h2>" + "".join(f"<p>{' '.join(SENTENCES[i:i + 3])}</p>" for i in (0, 3))
    record = extract_article(page(SENTENCES[5:] + [section]), URL)
    assert [section.heading for section in record.sections] == [None, "Weitere Themen"]
    assert SENTENCES[0] in (record.body_text or "")


def test_the_list_a_read_also_label_announces_goes_with_it() -> None:
    teasers = ("<p>Lesen Sie auch die folgenden Beiträge:</p><ul><li>Grippe: Wer die Impfung bezahlt</li>"
               "<li>Fünf Mythen über die Grippeimpfung</li></ul>")
    text = body_of(page(SENTENCES[:4] + [teasers] + SENTENCES[4:]))
    assert "folgenden Beiträge" not in text and "Fünf Mythen" not in text
    assert all(sentence in text for sentence in SENTENCES)


def test_a_gallerys_slide_captions_leave_the_text_with_their_heading() -> None:
    slides = "".join(f"<li>{n}/20 Slide {n} Caption of another story, picture {n}.</li>" for n in range(1, 6))
    record = extract_article(page(SENTENCES[:4] + [f"<h2>News in pictures</h2><ul>{slides}</ul>",
                                                   "<h2>What comes next</h2>"] + SENTENCES[4:]), URL)
    text = record.body_text or ""
    assert "Slide" not in text
    assert [section.heading for section in record.sections] == [None, "What comes next"]
    assert all(sentence in text for sentence in SENTENCES)


@pytest.mark.parametrize("lines", [
    ["1/2 cup of oats a day lowered cholesterol in the trial.", "3/4 of the participants finished it."],
    ["12/05/2020 Counts were higher.", "13/05/2020 Counts were lower.", "14/05/2020 Counts fell."],
    ["1/4 of adults had no vaccine.", "2/4 had one dose.", "1/4 had two."],
])
def test_numbers_with_a_slash_in_the_articles_sentences_are_not_slides(lines: list[str]) -> None:
    text = body_of(page(SENTENCES[:4] + lines + SENTENCES[4:]))
    assert all(line in text for line in lines)


def blog_post(sentence_html: str) -> str:
    """A Blogger-style post: text, links and line breaks straight in a div, where trafilatura splits
    the paragraph at a link and drops the space after it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body>
<div class="post-body entry-content">{sentence_html}<br /><br />
<h2>So what is it?</h2>{SENTENCES[0]} {SENTENCES[1]}<br /><br />{SENTENCES[2]} {SENTENCES[3]}<br /></div>
</body></html>"""


def test_the_space_after_a_link_is_kept_where_the_page_prints_it() -> None:
    html = blog_post("I have written posts but they were all for "
                     '<a href="https://blog.example/label/me">the blog at work</a> so I figured I was long overdue.')
    text = body_of(html)
    assert "the blog at work so I figured" in text


def test_a_word_ending_after_a_link_stays_one_word() -> None:
    html = blog_post("I have written posts about "
                     '<a href="https://blog.example/tag/chip">chip</a>s and the boards that hold them, for years now.')
    assert "chip s" not in body_of(html)


# --- the lead between the headline and the body ---------------------------------------------

LEAD = ("A study of twelve thousand adults suggests the stronger flu shot keeps older people out of "
        "hospital, though experts say the evidence is not yet conclusive.")
CAPTION = ("A nurse prepares a dose of the high-dose vaccine at a pharmacy in the city centre on Monday "
           "morning, before the season begins.")


def headed_page(header: str, paragraphs: list[str] = SENTENCES, *, headline_tag: str = "h1") -> str:
    """An article whose header (headline, lead, byline, picture) sits outside the body's container."""
    ps = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    headline = f"<{headline_tag}>High-dose flu vaccine cut pneumonia admissions</{headline_tag.split()[0]}>"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>High-dose flu vaccine</title>
</head><body><header><nav><a href="/">Home</a> <a href="/health">Health</a></nav></header>
<main><div class="article"><div class="article-header"><span class="kicker">Vaccines</span>
{headline}{header}</div>
<div class="article-body">{ps}</div></div></main>
<footer><p>Contact the newsroom</p></footer></body></html>"""


HEADER = f"""<div class="teaser-text"><p>{LEAD}</p></div>
<p>Updated on 3 March 2025 at 10:42, first published on 2 March 2025 at 18:00 (Health desk)</p>
<div class="meta"><span class="author">By Jane Doe</span> <time datetime="2025-03-03">3 March 2025</time></div>
<figure><img src="/img/nurse.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>"""


def test_the_lead_between_headline_and_body_opens_the_body_text() -> None:
    text = body_of(headed_page(HEADER))
    assert text.startswith(LEAD)
    assert all(sentence in text for sentence in SENTENCES)
    assert text.count("twelve thousand adults suggests") == 1


def test_the_header_keeps_its_byline_kicker_and_caption_out_of_the_body() -> None:
    text = body_of(headed_page(HEADER))
    assert "Jane Doe" not in text and "Vaccines" not in text and "Updated on" not in text
    assert "A nurse prepares" not in text


def lead_of(header: str, **options: str) -> list[str]:
    page = page_from_html(headed_page(header, **options), url=URL)
    keys = {text_key(sentence) for sentence in SENTENCES}
    region = locate_body(page, keys)
    assert region is not None
    return missed_lead(page, region, keys)


def test_a_logo_headline_over_a_stream_of_teasers_gives_no_lead() -> None:
    """More text blocks between an <h1> and the body than an article header holds: other stories."""
    assert lead_of(HEADER) == [LEAD]
    teasers = "".join(f"<div class='card'><p>Story {n}: {LEAD}</p></div>" for n in range(14))
    assert lead_of(teasers + HEADER) == []
    assert lead_of(HEADER + f'<div class="teaser-text mobile"><p>{LEAD}</p></div>') == [LEAD]


def test_a_headline_named_by_microdata_bounds_the_lead_too() -> None:
    """TYPO3's news pages print the headline in an <h3 itemprop="headline">, with no <h1>."""
    assert lead_of(HEADER, headline_tag='h3 itemprop="headline"') == [LEAD]
    assert lead_of(HEADER, headline_tag="h3") == []


def test_a_post_wrapper_named_like_a_byline_does_not_hide_the_lead() -> None:
    """WordPress names a post's wrapper "status-publish" (a byline keyword), and the headline may
    stand above it: the wrapper holds the body, it is not a byline."""
    ps = "\n".join(f"<p>{p}</p>" for p in SENTENCES)
    html = f"""<!DOCTYPE html><html lang="en"><head><title>High-dose flu vaccine</title></head><body><main>
<h1>High-dose flu vaccine cut pneumonia admissions</h1>
<article class="post type-post status-publish"><div class="article-header"><p>{LEAD}</p>
<div class="byline">By Jane Doe, 3 March 2025</div></div><div class="article-body">{ps}</div></article>
</main></body></html>"""
    page = page_from_html(html, url=URL)
    keys = {text_key(sentence) for sentence in SENTENCES}
    region = locate_body(page, keys)
    assert region is not None and missed_lead(page, region, keys) == [LEAD]


# --- the site's boxes between the paragraphs -------------------------------------------------

PLEA = "Never miss a story: subscribe to our free weekly health newsletter today."
NEWSLETTER_SENTENCE = ("The clinic's newsletter, sent to forty thousand subscribers each month, first announced the "
                       "trial to patients.")


def test_a_sign_up_box_between_the_paragraphs_leaves_the_text() -> None:
    box = f'<div class="inline-box"><p class="box-text">{PLEA}</p></div>'
    text = body_of(page(SENTENCES[:4] + [box] + SENTENCES[4:]))
    assert "subscribe to our free weekly" not in text
    assert all(sentence in text for sentence in SENTENCES)


def test_the_same_words_in_the_articles_own_paragraphs_stay() -> None:
    """An article about a newsletter, or a paragraph worded like a plea, printed as one of the
    article's paragraphs, is the article's."""
    text = body_of(page(SENTENCES[:4] + [NEWSLETTER_SENTENCE, PLEA] + SENTENCES[4:]))
    assert NEWSLETTER_SENTENCE in text and PLEA in text


# --- advertising disclosures -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Anzeige",
    "ANZEIGE - Heute mal ausgehen? Wie wäre es mit:",
    "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.",
    "Advertisement",
    "This post may contain affiliate links. If you buy through them, we may earn a small commission.",
    "Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte.",
    "Bei den Verlinkungen handelt es sich um Affiliate Links",
    "This post contains references to products from one or more of our advertisers.",
])
def test_advertising_disclosures(line: str) -> None:
    assert is_disclosure(line)


@pytest.mark.parametrize("line", [
    "Werbung nervt. Tracking nervt. Und gerade mobil habe ich keine Zeit für schwere Webseiten.",
    "Affiliate links are a common way for health bloggers to earn money from product reviews.",
    "Advertisements for sugary drinks will be banned before 9 pm from next year, the ministry said.",
    "Die Anzeige gegen den Hersteller wurde von der Staatsanwaltschaft geprüft und eingestellt.",
])
def test_sentences_about_advertising_are_not_disclosures(line: str) -> None:
    assert not is_disclosure(line)


def test_a_disclosure_leaves_the_body_text_wherever_it_is() -> None:
    notice = "This post contains affiliate links: we may earn a commission on purchases made through them."
    text = body_of(page([notice] + SENTENCES[:4] + ["Anzeige"] + SENTENCES[4:]))
    assert "affiliate links" not in text and "Anzeige" not in text
    assert all(sentence in text for sentence in SENTENCES)
