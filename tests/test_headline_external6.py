"""Headline conventions read from the third external pool's fitting pages (fields-external-6,
2026-12-08): each rule with a counter-example, on pages of our own making."""

from __future__ import annotations

from field_pages import PARAGRAPHS, extract, page

SEO_TITLE = ("Vitamin D study: daily vitamin D supplements do not prevent bone fractures in older adults "
             "| Health News - Example Health")


def test_an_seo_title_with_a_section_tail_still_names_its_printed_h1() -> None:
    # The h1 covers most of the title's first part, not of the whole title with its section and site.
    html = page(f"<div class='xq1'><h1>Vitamin D pills do not prevent fractures</h1></div><div>{PARAGRAPHS}</div>",
                title=SEO_TITLE)
    assert extract(html).headline == "Vitamin D pills do not prevent fractures"


def test_a_heading_covering_a_short_part_of_a_long_title_is_not_its_printed_form() -> None:
    # A first part is read only where the parts after it are a site's or a section's: here one is its tagline.
    title = "Fractures in adults | Example Health: independent health news for patients and doctors"
    html = page(f"<div class='promo'><h1>Independent health news for readers</h1></div><article>{PARAGRAPHS}</article>",
                title=title)
    assert extract(html).headline != "Independent health news for readers"


def test_an_h1_printing_its_words_in_a_paragraph_gives_them() -> None:
    # libxml2 closes the h1 at the <p>: the words sit in the paragraph after an empty h1.
    headline = "Vitamin D pills did not prevent fractures in a five-year trial of twenty thousand adults"
    html = page(f"<article><header class='article-header'><h1 class='article-header__title'><p>{headline}</p> </h1>"
                f"<p class='byline'>By Ann Smith</p></header>{PARAGRAPHS}</article>",
                title="Vitamin D pills did not prevent fractures | Example Health")
    assert extract(html).headline == headline


def test_an_empty_h1_before_a_paragraph_of_its_own_stays_empty() -> None:
    # A paragraph with a class of its own after an empty h1 (a logo's) is the page's, not the heading's.
    html = page(f"<h1 class='logo'></h1><p class='tagline'>Independent health news since 1999</p>"
                f"<article>{PARAGRAPHS}</article>", title="Vitamin D pills did not prevent fractures | Example Health")
    assert extract(html).headline == "Vitamin D pills did not prevent fractures"


DIARY = "山田太郎の日記"
DIARY_TITLE = "改正法が施行され、初期パスワードの扱いが変わることが理解されていない"


def _diary(section: str) -> str:
    # A tDiary day page: the diary's name in the h1, the day in an h2, each section's title in an h3
    # opening with its anchor mark; <title> glues the diary's name and the section's title.
    return page(f"<h1>{DIARY}</h1><div class='day'><h2><span class='date'><a href='/diary/20190211.html'>"
                f"2019年02月11日</a></span></h2><div class='section'><h3><a name='p01' href='/diary/20190211.html#p01'>"
                f"<span class='sanchor'>■</span> </a>{section}</h3><p>{'本文です。' * 30}</p></div></div>",
                title=f"{DIARY} - {DIARY_TITLE}", lang="ja")


def test_a_diarys_section_title_under_its_name_is_the_headline_without_its_anchor_mark() -> None:
    assert extract(_diary(DIARY_TITLE), "https://example.jp/diary/20190211.html").headline == DIARY_TITLE


def test_a_section_title_other_than_the_declared_one_is_not_taken_for_it() -> None:
    record = extract(_diary("今日の昼食について書いておきます、とても長い見出しです"), "https://example.jp/diary/20190211.html")
    assert record.headline != "今日の昼食について書いておきます、とても長い見出しです"


def _logo_h1_page(article: str) -> str:
    # The site's logo in h1s (one a screen size), the post's title in its header's h2.
    logo = "<h1><a href='/'><img src='/logo.png' alt='Example Health'><span class='sr-only'>Example Health</span></a></h1>"
    return page(f"{logo}{logo}{article}", title="Doctors are stunned by what this vitamin D trial found!")


def test_the_h2_of_a_posts_header_under_logo_h1s_is_the_headline() -> None:
    html = _logo_h1_page("<article><header class='article-header row'><div class='col-xs-12'>"
                         "<h2>Vitamin D trial finds pills do not prevent fractures</h2></div></header>"
                         f"{PARAGRAPHS}</article>")
    assert extract(html).headline == "Vitamin D trial finds pills do not prevent fractures"


def test_a_header_h2_outside_an_article_is_not_the_headline() -> None:
    html = _logo_h1_page("<aside><header class='entry-header'><h2>Vitamin D trial: more stories</h2></header></aside>"
                         f"<div>{PARAGRAPHS}</div>")
    assert extract(html).headline == "Doctors are stunned by what this vitamin D trial found!"


_SITE = '<meta property="og:site_name" content="Example Health">'


def test_a_posts_own_h1_naming_the_sites_product_is_the_headline() -> None:
    html = page(f"<article><header class='post-full-header'><h1 class='post-full-title'>Example Health 3.0</h1></header>"
                f"{PARAGRAPHS}</article>", _SITE, title="Announcing Example Health 3.0 – the story behind our redesign")
    assert extract(html).headline == "Example Health 3.0"


def test_a_posts_h1_that_is_only_the_sites_name_is_not_the_headline() -> None:
    html = page(f"<article><header class='post-full-header'><h1 class='post-full-title'>Example Health</h1></header>"
                f"{PARAGRAPHS}</article>", _SITE, title="Vitamin D pills do not prevent fractures | Example Health")
    assert extract(html).headline == "Vitamin D pills do not prevent fractures"


_FEATURE = "The Vitamin D Trial"


def _feature_page(kicker: str) -> str:
    # A template's header h1 printing the declared title over a graphic's own header: kicker, then h1.
    return page(f"<article><header class='story-header'><h1 class='story-heading'>{_FEATURE}</h1></header>"
                f"<div class='g-graphic'><div class='g-header'><p class='g-kicker'>{kicker}</p>"
                f"<h1 class='g-headline'>Twenty Thousand Adults, Five Years</h1></div>{PARAGRAPHS}</div></article>",
                title=f"{_FEATURE} - Example Health")


def test_an_h1_under_a_kicker_repeating_the_first_h1_is_the_headline() -> None:
    assert extract(_feature_page(_FEATURE)).headline == "Twenty Thousand Adults, Five Years"


def test_an_h1_under_another_kicker_leaves_the_first_h1_the_headline() -> None:
    assert extract(_feature_page("Health in numbers")).headline == _FEATURE
