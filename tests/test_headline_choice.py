"""Which printed heading is the headline where several compete (the which-one probes of the second
session, 2026-12-07), each rule with a counter-example: pages of our own making."""

from __future__ import annotations

from field_pages import PARAGRAPHS, extract, jsonld, page

HEADLINE = "Vitamin D pills do not prevent fractures in older adults, large trial finds"
SITE = '<meta property="og:site_name" content="Example Health">'


def test_a_cookie_banner_or_dialog_heading_is_no_headline() -> None:
    for overlay in ('<div id="cookie-banner" class="cookie-consent"><h1>We value your privacy</h1>'
                    '<button>Accept</button></div>',
                    '<div class="modal fade"><h1>Sign up for our newsletter</h1></div>',
                    '<div role="dialog"><h1>Sign up for our newsletter</h1></div>',
                    '<dialog open><h1>Sign up for our newsletter</h1></dialog>'):
        html = page(f"{overlay}<article><h1>{HEADLINE}</h1>{PARAGRAPHS}</article>", SITE)
        assert extract(html).headline == HEADLINE, overlay


def test_a_heading_in_a_hero_overlay_is_the_headline() -> None:
    # "overlay" names where a hero image's text goes, not a dialog: the headline is printed there.
    html = page(f'<div class="hero"><div class="hero__overlay"><h1>{HEADLINE}</h1></div></div>'
                f"<article>{PARAGRAPHS}</article>", SITE)
    assert extract(html).headline == HEADLINE


def test_a_declared_title_cut_at_a_limit_gives_way_to_its_whole_wording() -> None:
    cut = HEADLINE[:40].rstrip() + "…"
    head = SITE + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": cut}) \
        + f'<meta property="og:title" content="{HEADLINE}">'
    assert extract(page(f"<article>{PARAGRAPHS}</article>", head)).headline == HEADLINE


def test_a_title_ending_in_an_ellipsis_that_nothing_continues_stays() -> None:
    title = "Vitamin D pills and fractures: the wait goes on…"
    head = SITE + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}) \
        + '<meta property="og:title" content="Sunshine vitamin: the verdict">'
    assert extract(page(f"<article>{PARAGRAPHS}</article>", head)).headline == title


def test_a_logo_h1_before_the_posts_h1_is_the_sites_name() -> None:
    # The <title> names only the site: the post's h1, not the header's logo h1, is the headline.
    html = page(f"<article><h1>{HEADLINE}</h1>{PARAGRAPHS}</article>", SITE).replace(
        '<header class="site-header">', '<header class="site-header"><h1 class="site-title"><a href="/">Example Health'
        '</a></h1>')
    assert extract(html).headline == HEADLINE


def test_a_pages_only_h1_naming_the_site_stays_its_heading() -> None:
    # With no other heading, the logo h1 is all the page prints; no other heading is made up.
    html = page(f"<article>{PARAGRAPHS}</article>", SITE).replace(
        '<header class="site-header">', '<header class="site-header"><h1 class="site-title"><a href="/">Example Health'
        '</a></h1>')
    assert extract(html).headline == "Example Health"


def test_a_class_naming_a_pages_modal_feature_is_no_dialog() -> None:
    # Page Six's article box "box article modal-enabled": the article itself, its h1 the headline.
    html = page(f'<div class="box article modal-enabled"><h1>{HEADLINE}</h1>{PARAGRAPHS}</div>', SITE
                + '<meta property="og:title" content="Vitamin D pills fail older adults">')
    assert extract(html).headline == HEADLINE


def test_an_aria_level_one_heading_is_the_pages_h1() -> None:
    # A page of divs declares its heading by ARIA; the <title> names only the site.
    html = page(f'<article><div role="heading" aria-level="1">{HEADLINE}</div>{PARAGRAPHS}</article>', SITE)
    assert extract(html).headline == HEADLINE


def test_an_aria_heading_of_a_lower_level_or_beside_an_h1_is_none() -> None:
    html = page(f'<article><div role="heading" aria-level="2">Most read</div>{PARAGRAPHS}</article>', SITE)
    assert extract(html).headline != "Most read"
    html = page(f'<div role="heading" aria-level="1">Example Health newsletter</div><article><h1>{HEADLINE}</h1>'
                f"{PARAGRAPHS}</article>", SITE)
    assert extract(html).headline == HEADLINE
