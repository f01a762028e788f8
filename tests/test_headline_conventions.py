"""Headline conventions found by the probes of the second session (2026-12-07), each rule with a
counter-example: pages of our own making."""

from __future__ import annotations

from field_pages import PARAGRAPHS, extract, page

HEADLINE = "Vitamin-D-Tabletten schützen nicht vor Knochenbrüchen"


def _titled(title: str, head: str = "") -> str:
    """A page printing no heading: the headline is read from its titles."""
    return page(f"<article>{PARAGRAPHS}</article>", head, title=title, lang="de")


def test_section_after_the_site_name_is_the_trails() -> None:
    # "Site - Section - Post": the title is a breadcrumb trail, the section the URL's.
    url = "https://health.example.org/gesundheit/2025/vitamin-d/"
    site = '<meta property="og:site_name" content="Example Health">'
    assert extract(_titled(f"Example Health - Gesundheit - {HEADLINE}", site), url).headline == HEADLINE
    assert extract(_titled(f"Example Health | 07.12.2025 | {HEADLINE}", site), url).headline == HEADLINE


def test_a_first_part_without_the_site_name_before_it_stays() -> None:
    # The same section word opening a title that does not open with the site's name is the topic.
    url = "https://villa.example.org/gesundheit/galaxy/"
    assert extract(_titled("Gesundheit - Ferienvilla in Florida"), url).headline == "Gesundheit - Ferienvilla in Florida"
    # Not a section: a part after the site's name that the URL and the page do not declare.
    assert extract(_titled(f"Example Health - Villa Galaxy - {HEADLINE}"), url).headline \
        == f"Villa Galaxy - {HEADLINE}"


def test_site_name_in_brackets_or_after_a_glued_bar_closes_the_title() -> None:
    site = '<meta property="og:site_name" content="Example Health">'
    for title in (f"{HEADLINE} (Example Health)", f"{HEADLINE} [Example Health]", f"{HEADLINE}【Example Health】",
                  f"{HEADLINE}|Example Health", f"{HEADLINE} // Example Health", f"{HEADLINE} → Example Health"):
        assert extract(_titled(title, site)).headline == HEADLINE, title


def test_a_bracketed_tag_not_naming_the_site_stays() -> None:
    site = '<meta property="og:site_name" content="Example Health">'
    assert extract(_titled(f"{HEADLINE} (Video)", site)).headline == f"{HEADLINE} (Video)"
    assert extract(_titled(f"{HEADLINE} [Studie] - Example Health", site)).headline == f"{HEADLINE} [Studie]"


def test_a_headline_broken_over_two_lines_keeps_its_words_apart() -> None:
    head = '<meta property="og:title" content="Vitamin D pills do not prevent fractures, trial finds">'
    html = page(f"<article><h1>Vitamin D pills do not prevent<br>fractures, trial finds</h1>{PARAGRAPHS}</article>",
                head)
    assert extract(html).headline == "Vitamin D pills do not prevent fractures, trial finds"
    # A kicker line above the break is still the kicker's, not the headline's first words.
    kicker = page("<article><h1><span>Studie:</span><br><span>Vitamin-D-Pillen schützen nicht</span></h1>"
                  f"{PARAGRAPHS}</article>", '<meta property="og:title" content="Studie: Vitamin-D-Pillen schützen nicht">')
    assert extract(kicker).headline == "Vitamin-D-Pillen schützen nicht"


def test_a_title_part_printed_as_a_heading_of_its_own_is_no_part_of_the_headline() -> None:
    # The section's name printed as the h1, the headline printed nowhere as a heading.
    html = page(f"<article><h1>Gesundheit</h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Gesundheit: ' + HEADLINE + '">', lang="de")
    assert extract(html).headline == HEADLINE
    # Counter-example: a first part no heading prints is the headline's own.
    bare = page(f"<article><h1>Ernährung</h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Gesundheit: ' + HEADLINE + '">', lang="de")
    assert extract(bare).headline == f"Gesundheit: {HEADLINE}"
    # Nor is a post's title element, however short: it is the headline, the title's rest the blog's.
    blog = page(f'<div class="post"><h3 class="entry-title">Kurz und gut</h3>{PARAGRAPHS}</div>',
                '<meta property="og:title" content="Kurz und gut: Ermittlungen zum Verfall eines Genres">', lang="de")
    assert extract(blog).headline != "Ermittlungen zum Verfall eines Genres"


def test_the_h1_naming_the_section_over_the_headline_printed_in_an_h2() -> None:
    # "Section - Post": the h1 prints the title's first part, the h2 its rest, the headline.
    html = page(f"<article><h1>Gesundheit</h1><h2>{HEADLINE}</h2>{PARAGRAPHS}</article>",
                title=f"Gesundheit - {HEADLINE}", lang="de")
    assert extract(html).headline == HEADLINE
    # Counter-example: the h2 is a subheading of the text, not the title's rest; the h1 stays.
    villa = page(f"<article><h1>Villa Galaxy</h1><h2>Ausstattung und Lage</h2>{PARAGRAPHS}</article>",
                 title="Villa Galaxy - Ferienvilla in Florida", lang="de")
    assert extract(villa).headline == "Villa Galaxy"


def test_a_small_line_above_the_break_is_the_kicker() -> None:
    head = '<meta property="og:title" content="Einheit der Woche | Lagen-Pyramide mit Grundlagenausdauer - Example Health">'
    html = page('<article><h1 class="single-post-title"><span class="post-title"><small>Einheit der Woche</small><br>'
                f"Lagen-Pyramide mit Grundlagenausdauer</span></h1>{PARAGRAPHS}</article>", head, lang="de")
    assert extract(html).headline == "Lagen-Pyramide mit Grundlagenausdauer"
    # Counter-example: a <small> after the headline's words is its secondary line, printed with it.
    after = page(f"<article><h1>Lagen-Pyramide mit Grundlagenausdauer <small>Einheit der Woche</small></h1>{PARAGRAPHS}"
                 "</article>", head, lang="de")
    assert extract(after).headline == "Lagen-Pyramide mit Grundlagenausdauer Einheit der Woche"


def test_a_title_block_with_a_break_still_gives_the_heading_it_holds() -> None:
    # ESPN's `div.mod-article-title`: date line, h1, subtitle h3; the title matches the block's words.
    html = page('<div class="mod-article-title"><div class="date">Updated:<br>August 13, 2010</div>'
                "<h1>Florida, Alabama grandstanding?</h1><h3>Are Urban Meyer and Nick Saban closing practices?</h3>"
                f"</div><article>{PARAGRAPHS}</article>",
                title="Florida, Alabama grandstanding? Urban Meyer, Nick Saban take stands on agents - ESPN")
    assert extract(html).headline == "Florida, Alabama grandstanding?"
