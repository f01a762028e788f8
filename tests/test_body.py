"""Main text: sections and blocks in reading order, plain text, cited sources, images, no boilerplate."""

from __future__ import annotations

import pytest
from lxml import etree

import harvester.fields.body as body_module
from harvester import extract_article
from harvester.fields.body import Body, extract_body
from harvester.models import Code, ListBlock, Paragraph, Quote, Table
from harvester.document.page import Page
from harvester.text import render_body_text

from conftest import page_from_html

URL = "https://healthnews.example/2025/11/27/stem-cell-trial-paralysed-man-stands/"
HEADLINE = "Japan’s Stem Cell Trial Restores Mobility: Paralyzed Man Stands Again"
LEAD = (
    "In a milestone moment for regenerative medicine, researchers in Japan report that a man with spinal cord "
    "injury has regained the ability to stand, according to "
    "<a href=\"https://www.nature.com/articles/d41586-025-00863-2\">"
    "a Nature news story</a> published this week."
)
PARAGRAPH = (
    "The clinical program uses lab-grown stem cells designed to replace or support damaged neural tissue in the "
    "spinal cord. Doctors deliver therapeutic cells to the injury site where they are intended to survive."
)

# A WordPress (GeneratePress-like) article in the likeness of the seed: navigation, a featured
# image, share bar, newsletter box and author box inside the content, related posts, comments
# awaiting moderation, the Leave a Reply form, a sidebar and a footer.
ARTICLE = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>{HEADLINE} - HealthNews Today</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:image" content="https://healthnews.example/wp-content/uploads/2025/11/stem-cell-trial-1200x675.jpg">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header"><a href="/">
<img class="is-logo-image" src="/wp-content/uploads/logo.png" alt="HealthNews Today"></a>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/category/health/">Health</a></li>
<li><a href="/category/mental-wellbeing/">Mental Wellbeing</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-4182" class="post-4182 post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header"><h1 class="entry-title">{HEADLINE}</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/fahad/">Fahad Hussain</a></span>
<img class="avatar avatar-32" src="https://secure.gravatar.com/avatar/abc?s=32" alt="" width="32" height="32">
</div></header>
<div class="featured-image"><figure><img src="https://healthnews.example/wp-content/uploads/2025/11/stem-cell-trial.jpg"
 alt="Patient standing with support" width="1200" height="675">
 <figcaption>A patient during rehabilitation.</figcaption></figure></div>
<div class="entry-content">
<p>{LEAD}</p>
<h2>What the trial involves</h2>
<p>{PARAGRAPH} Details are on <a href="/2025/10/01/spinal-cord-primer/">our primer</a> and in
<a href="//www.keio.ac.jp/en/press-releases/2025/Mar/21/49-164139/">the Keio University press release</a>.</p>
<figure class="wp-block-image"><img loading="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
 data-src="/wp-content/uploads/2025/11/cell-delivery-diagram.png" alt="Diagram of cell delivery" width="800"
 height="450">
<figcaption>How the cells reach the injury site.</figcaption></figure>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></li>
<li><a href="https://twitter.com/intent/tweet?url=x">Share on X</a></li></ul></div>
<h3>How the cells are made</h3>
<p>Skin or blood cells are reprogrammed into induced pluripotent stem cells, then coaxed into becoming neural
precursor cells before they are transplanted.<br>The process takes several months per batch of cells.</p>
<h2>Early outcome: a patient stands</h2>
<blockquote><p>“He stood on his own for the first time in years,” said the lead researcher.</p></blockquote>
<table><thead><tr><th>Patient</th><th>Before</th><th>After</th></tr></thead>
<tbody><tr><td>1</td><td>Could not stand</td><td>Stands unaided</td></tr>
<tr><td>2</td><td>No change</td><td>No change</td></tr></tbody></table>
<ol><li>Cells were grown for three months.</li><li>Cells were injected at the injury site.</li>
<li>Patients followed <strong>intensive</strong> rehabilitation.</li></ol>
<pre><code>dose = 2_000_000  # cells per patient
sites = 1</code></pre>
<div class="newsletter-box"><h3>Never miss a health breakthrough</h3>
<p>Join 25,000 readers who get our Weekly Health Briefing in their inbox every Friday morning.</p></div>
<h2>Important caveats and safety</h2>
<p>While the result is encouraging, experts emphasize caution:</p>
<ul><li><strong>Single-case early data:</strong> Isolated improvements in one participant do not guarantee benefit.</li>
<li><strong>Long-term safety unknown:</strong> Potential risks such as tumor formation require follow-up.</li></ul>
<div class="box"><h4>About the author</h4><p>Fahad Hussain writes about medicine and health policy for
HealthNews Today and has covered regenerative medicine for over a decade from Tokyo and London.</p></div>
<h2>Sources</h2>
<ul><li><a href="https://www.nature.com/articles/d41586-025-00863-2">Paralysed man stands again (Nature)</a></li>
<li><a href="https://pmc.ncbi.nlm.nih.gov/articles/PMC8169603/">Study protocol (PMC)</a></li></ul>
<p>This article is for information only and is not a substitute for professional medical advice.</p>
</div></article>
<div class="related-posts"><h2>Releated Posts</h2>
<article><h3><a href="/orange-juice-genes/">Daily Orange Juice May Reprogram Genes to Improve Blood Pressure</a></h3>
<img src="/wp-content/uploads/2025/11/orange-juice-300x169.jpg" alt=""><p>New research reveals that a daily glass of
orange juice may do more than refresh. ByByFahad Hussain Nov 18, 2025</p></article></div>
<div id="comments" class="comments-area"><h3 class="comments-title">4 Comments</h3><ol class="comment-list">
<li id="comment-12" class="comment"><article class="comment-body"><footer><b class="fn">registro na binance</b> says:
<em class="comment-awaiting-moderation">Your comment is awaiting moderation.</em></footer>
<div class="comment-content"><p>Can you be more specific about the content of your article? After reading it, I still
have some doubts about the trial and its long-term results. Hope you can help me.
<a href="https://accounts.binance.info/register-person?ref=UT2">register</a></p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
<form id="commentform">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea name="comment"></textarea><p><input type="checkbox"> Save my name, email, and website in this browser.</p>
</form></div></div>
</main>
<aside class="sidebar"><h2>Recent Posts</h2><ul><li>
<a href="/vitamin-d/">Winter Vitamin D: who needs a supplement</a></li></ul></aside>
</div>
<footer class="site-footer"><p>© 2025 HealthNews Today. All rights reserved.</p><a href="#">Scroll to Top</a></footer>
</body></html>"""

# Marked the way the comments and related extractors mark them (core runs those first).
EXCLUDED = ("div.related-posts", "#comments", "div.newsletter-box", "div.sharedaddy", "div.box")
BOILERPLATE = (
    "Skip to content", "Mental Wellbeing", "Share this", "Share on Facebook", "Never miss a health breakthrough",
    "Weekly Health Briefing", "Releated Posts", "Daily Orange Juice", "ByBy", "4 Comments", "registro na binance",
    "awaiting moderation", "Can you be more specific", "register-person", "Leave a Reply",
    "Your email address will not be published", "Save my name", "Recent Posts", "Winter Vitamin D",
    "All rights reserved", "Scroll to Top", "About the author", "not a substitute for professional medical advice",
    "How the cells reach the injury site", "A patient during rehabilitation",
)


def article_page(html: str = ARTICLE, *, excluded: tuple[str, ...] = EXCLUDED, url: str | None = URL,
                 selectors: dict[str, str] | None = None) -> Page:
    return page_from_html(html, url=url, selectors=selectors, claimed=excluded)


@pytest.fixture(scope="module")
def body() -> Body:
    return extract_body(article_page())


def test_sections_in_reading_order_with_levels(body: Body) -> None:
    assert [(s.heading, s.level) for s in body.sections] == [
        (None, None),
        ("What the trial involves", 2),
        ("How the cells are made", 3),
        ("Early outcome: a patient stands", 2),
        ("Important caveats and safety", 2),
        ("Sources", 2),
    ]


def test_blocks_keep_their_kind_and_order(body: Body) -> None:
    outcome = body.sections[3]
    assert [block.type for block in outcome.blocks] == ["quote", "table", "list", "code"]
    quote, table, steps, code = outcome.blocks
    assert isinstance(quote, Quote) and quote.text.startswith("“He stood on his own")
    assert isinstance(table, Table) and table.rows == [
        ["Patient", "Before", "After"], ["1", "Could not stand", "Stands unaided"], ["2", "No change", "No change"]]
    assert isinstance(steps, ListBlock) and steps.ordered
    assert steps.items[2] == "Patients followed intensive rehabilitation."
    assert isinstance(code, Code) and code.text == "dose = 2_000_000  # cells per patient\nsites = 1"
    caveats = body.sections[4].blocks
    assert isinstance(caveats[1], ListBlock) and not caveats[1].ordered
    assert caveats[1].items[0].startswith("Single-case early data: Isolated improvements")


def test_lead_paragraph_and_line_breaks(body: Body) -> None:
    lead = body.sections[0].blocks
    assert len(lead) == 1 and isinstance(lead[0], Paragraph)
    assert lead[0].text.startswith("In a milestone moment") and lead[0].text.endswith("published this week.")
    made = body.sections[2].blocks[0]
    assert isinstance(made, Paragraph)
    # <br> breaks the line; the source's own line breaks are spaces.
    assert made.text.split("\n") == [
        "Skin or blood cells are reprogrammed into induced pluripotent stem cells, then coaxed into becoming neural "
        "precursor cells before they are transplanted.",
        "The process takes several months per batch of cells.",
    ]


def test_body_text_is_the_rendering_of_the_sections(body: Body) -> None:
    assert body.body_text == render_body_text(body.sections)
    assert HEADLINE not in body.body_text


@pytest.mark.parametrize("needle", BOILERPLATE)
def test_no_boilerplate_leaks(body: Body, needle: str) -> None:
    assert needle.casefold() not in body.body_text.casefold()


def test_excluded_regions_are_pruned_before_extraction() -> None:
    # The author box is prose inside the content: only the exclusion mark keeps it out.
    kept = extract_body(article_page(excluded=EXCLUDED[:-1])).body_text
    assert "has covered regenerative medicine for over a decade" in kept
    assert "has covered regenerative medicine" not in extract_body(article_page()).body_text


def test_page_tree_is_left_intact() -> None:
    page = article_page()
    before = etree.tostring(page.tree)
    extract_body(page)
    assert etree.tostring(page.tree) == before


def test_sources_are_external_body_links_once_each_in_order(body: Body) -> None:
    assert [(s.text, s.url, s.domain) for s in body.sources] == [
        ("a Nature news story", "https://www.nature.com/articles/d41586-025-00863-2", "nature.com"),
        ("the Keio University press release", "https://www.keio.ac.jp/en/press-releases/2025/Mar/21/49-164139/",
         "keio.ac.jp"),
        ("Study protocol (PMC)", "https://pmc.ncbi.nlm.nih.gov/articles/PMC8169603/", "pmc.ncbi.nlm.nih.gov"),
    ]


def test_references_list_dropped_by_trafilatura_is_recovered(body: Body) -> None:
    sources = body.sections[-1]
    assert sources.heading == "Sources"
    assert sources.blocks == [ListBlock(items=["Paralysed man stands again (Nature)", "Study protocol (PMC)"])]


def test_images_lead_first_then_inline_with_captions(body: Body) -> None:
    assert [(i.url, i.alt, i.caption) for i in body.images] == [
        ("https://healthnews.example/wp-content/uploads/2025/11/stem-cell-trial.jpg", "Patient standing with support",
         "A patient during rehabilitation."),
        ("https://healthnews.example/wp-content/uploads/2025/11/cell-delivery-diagram.png", "Diagram of cell delivery",
         "How the cells reach the injury site."),
    ]


def test_field_sources_are_noted() -> None:
    page = article_page()
    extract_body(page)
    assert page.field_sources["sections"] == "heuristic"
    assert page.field_sources["body_text"] == "heuristic"
    assert page.field_sources["sources"] == "markup"
    assert page.field_sources["images"] == "meta"


def test_og_image_not_shown_on_the_page() -> None:
    html = f"""<html><head><meta property="og:image" content="/media/card.jpg">
    <meta property="og:image:alt" content="A card"></head><body><article><h1>{HEADLINE}</h1>
    <p>{PARAGRAPH}</p><p>{PARAGRAPH} Second paragraph of the article with more words.</p></article></body></html>"""
    images = extract_body(Page.from_text(html, URL)).images
    assert [(i.url, i.alt) for i in images] == [("https://healthnews.example/media/card.jpg", "A card")]


def test_declared_lead_image_outside_the_text_is_the_img_naming_its_fullest_form() -> None:
    # Neither <img> sits between the headline and the text: the lead is looked up in the page,
    # the absolute form first (even in a later <img>), then protocol-relative, then root-relative.
    lead = "https://healthnews.example/media/lead-photo.jpg"
    html = f"""<html><head><meta property="og:image" content="{lead}"></head><body>
    <header><img src="/media/lead-photo.jpg" alt="root-relative" width="600"></header>
    <article><h1>{HEADLINE}</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH} Second paragraph with more words.</p></article>
    <footer><img srcset="//healthnews.example/media/lead-photo.jpg 2x" alt="protocol-relative" width="600">
    <img data-src="{lead}" alt="absolute" width="600"></footer></body></html>"""
    assert [(i.url, i.alt) for i in extract_body(Page.from_text(html, URL)).images] == [(lead, "absolute")]
    without_absolute = html.replace(f'<img data-src="{lead}" alt="absolute" width="600">', "")
    images = extract_body(Page.from_text(without_absolute, URL)).images
    assert [(i.url, i.alt) for i in images] == [(lead, "protocol-relative")]


def test_jsonld_image_reference_when_no_og_image() -> None:
    html = f"""<html><head><script type="application/ld+json">{{"@graph": [
      {{"@type": "ImageObject", "@id": "{URL}#primaryimage", "url": "https://cdn.example/lead.jpg"}},
      {{"@type": "NewsArticle", "headline": "x", "image": {{"@id": "{URL}#primaryimage"}}}}]}}</script></head>
    <body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH} And one more sentence to make it long.</p></article></body>
    </html>"""
    page = Page.from_text(html, URL)
    assert [i.url for i in extract_body(page).images] == ["https://cdn.example/lead.jpg"]
    assert page.field_sources["images"] == "json-ld"


def test_blogger_div_paragraphs_caption_table_and_disclaimer() -> None:
    html = f"""<html><head><title>Vinegar and blood sugar</title></head><body>
    <h3 class="post-title">Vinegar and blood sugar</h3>
    <div class="post-body entry-content">
    <div>A spoonful of vinegar before a starchy meal is one of the most shared blood sugar tips online, so I read
    the studies.</div>
    <div><br></div>
    <table class="tr-caption-container"><tbody><tr><td>
    <a href="https://blogger.googleusercontent.com/img/s1600/glass.jpg">
    <img src="https://blogger.googleusercontent.com/img/w640-h427/glass.jpg" alt="A glass of water" width="640"
     height="427"></a></td></tr>
    <tr><td class="tr-caption">Diluted vinegar before a meal.</td></tr></tbody></table>
    <div>The short answer: vinegar can blunt the rise in blood sugar a little, but it is not a substitute for
    medication.</div>
    <h2>What the studies found</h2>
    <p>{PARAGRAPH}</p>
    <p>Most of the research is small: volunteers drink two tablespoons of vinegar in water before a meal.</p>
    <p>Dieser Artikel ersetzt keine ärztliche Beratung.</p>
    </div></body></html>"""
    body = extract_body(Page.from_text(html, "https://notebook.blogspot.com/2025/11/vinegar.html"))
    lead = [block.text for block in body.sections[0].blocks if isinstance(block, Paragraph)]
    assert lead == [
        "A spoonful of vinegar before a starchy meal is one of the most shared blood sugar tips online, so I read "
        "the studies.",
        "The short answer: vinegar can blunt the rise in blood sugar a little, but it is not a substitute for "
        "medication.",
    ]
    assert "Diluted vinegar before a meal." not in body.body_text
    assert "ärztliche Beratung" not in body.body_text
    assert [(i.url, i.caption) for i in body.images] == [
        ("https://blogger.googleusercontent.com/img/w640-h427/glass.jpg", "Diluted vinegar before a meal.")]


def test_dek_and_headline_repeated_in_the_text_are_not_body() -> None:
    html = f"""<html><head><title>{HEADLINE} | HealthNews</title></head><body><div class="story">
    <p class="story__dek">A one-line summary of the story under the headline, which is the page description.</p>
    <div class="story__body"><h2>{HEADLINE}</h2><p>{PARAGRAPH}</p>
    <p>{PARAGRAPH} A second paragraph follows here.</p></div></div></body></html>"""
    body = extract_body(Page.from_text(html, URL))
    assert [s.heading for s in body.sections] == [None]
    assert "one-line summary" not in body.body_text


def test_soft_hyphens_are_removed() -> None:
    html = f"<html><body><article><p>Schon im Mit\u00adtel\u00adal\u00adter war der Wein bekannt. {PARAGRAPH}</p>" \
           f"<p>{PARAGRAPH}</p></article></body></html>"
    assert "Schon im Mittelalter war der Wein bekannt." in extract_body(Page.from_text(html, URL)).body_text


def test_profile_selector_picks_the_body() -> None:
    page = article_page(selectors={"body": "div.entry-content"})
    body = extract_body(page)
    assert page.field_sources["sections"] == "profile"
    assert body.sections[1].heading == "What the trial involves"
    assert "Skip to content" not in body.body_text


def test_without_page_url_every_link_counts() -> None:
    html = f"""<html><body><article><p>{PARAGRAPH} See <a href="https://healthnews.example/primer/">the primer</a>
    and <a href="mailto:editor@healthnews.example">write to us</a>.</p><p>{PARAGRAPH}</p></article></body></html>"""
    sources = extract_body(Page.from_text(html)).sources
    assert [(s.text, s.domain) for s in sources] == [("the primer", "healthnews.example")]


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<p>short</p>",
        "<html><body>" + "<div>" * 5000 + "deep text" + "</div>" * 5000 + "</body></html>",
        "<html><body><table><tr><td><table><tr><td>x</td></tr></table></td></tr></table></body></html>",
    ],
)
def test_pages_without_a_body_give_an_empty_body(html: str) -> None:
    body = extract_body(Page.from_text(html, URL))
    assert body.body_text == render_body_text(body.sections)
    assert body.sources == []


def test_trafilatura_failure_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(body_module.trafilatura, "bare_extraction", broken)
    record = extract_article(ARTICLE, URL)
    assert record.sections == [] and record.body_text == ""
    assert any("body extraction failed: RuntimeError: boom" in warning for warning in record.extraction.warnings)
    assert record.headline


@pytest.mark.parametrize("regions", [3, body_module.MAX_PRUNE_PATHS + 1])
def test_excluded_regions_are_pruned_by_path_or_by_search_when_there_are_many(regions: int) -> None:
    # Nested in each other and beside each other: all named in one expression, evaluated before
    # any is removed, so removing one cannot shift the path of the next.
    boxes = "".join(f'<div class="box"><div class="inner"><p>Boxed text number {n} of the page, not the article, '
                    f'said twice here so that it looks like a real paragraph.</p></div></div>' for n in range(regions))
    html = f"""<html><body><article><h1>{HEADLINE}</h1>
    <p class="dek">A one-line summary of the story under the headline, which is the page description.</p>
    <p>{PARAGRAPH}</p>{boxes}<p>{PARAGRAPH} A second paragraph follows here.</p></article></body></html>"""
    page = Page.from_text(html, URL)
    for box in page.tree.xpath("//div[@class='box']"):
        page.regions.claim(box)
        page.regions.claim(box[0])

    body = extract_body(page)

    assert "Boxed text" not in body.body_text and "one-line summary" not in body.body_text
    assert "A second paragraph follows here." in body.body_text


def test_a_page_of_more_paragraphs_than_the_limit_is_read_up_to_it() -> None:
    limit = body_module.MAX_TEXT_BLOCKS
    paragraphs = "".join(f"<p>Paragraph {n} of a very long page.</p>" for n in range(limit + 10))
    page = Page.from_text(f"<html><body><article>{paragraphs}</article></body></html>", URL)
    assert page.max_elements is not None and page.max_elements > limit

    body = extract_body(page)

    assert f"main text read from the first {limit:,} paragraphs of the page only" in page.warnings
    assert f"Paragraph {limit + 5} of" not in body.body_text
