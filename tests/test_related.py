"""Related posts: cards with every field, the blocks that count and those that do not, exclusions."""

from __future__ import annotations

from datetime import date, datetime, timezone
from functools import partial

from harvester.fields.related import extract_related_posts
from harvester.models import RelatedPost
from harvester.document.page import Page

from conftest import claimed_regions, parsed_page

URL = "https://healthnews.example/japan-stem-cell-trial/"


page_of = partial(parsed_page, url=URL, lang="en-US")
excluded = partial(claimed_regions, with_id=False)


ARTICLE = """
<main id="primary"><article class="post type-post">
  <h1 class="entry-title">Japan’s Groundbreaking Stem Cell Trial Restores Mobility</h1>
  <div class="entry-content">
    <p>In a milestone moment for regenerative medicine, researchers in Japan report that a man with spinal cord
    injury has regained the ability to stand. Read the <a href="https://www.nature.com/articles/d41586-025-0001">Nature
    story</a> and the <a href="/2025/11/keio-press-release/">Keio press release</a>.</p>
  </div>
</article>
"""

SEED_CARDS = [
    ("eating-almonds-ldl-cholesterol", "Eating 15–20 Almonds a Day May Lower LDL (“Bad”) Cholesterol — What Research Shows",
     "Here’s a short, engaging excerpt you can place at the top of your article: **Excerpt:** A small handful…",
     "2025-11-26T09:12:00+00:00", "Nov 26, 2025"),
    ("orange-juice-genes-blood-pressure",
     "Daily Orange Juice May Reprogram Genes to Improve Blood Pressure & Metabolism, New Study Shows",
     "New research reveals that a daily glass of orange juice may do more than refresh — it may…",
     "2025-11-18T07:40:00+00:00", "Nov 18, 2025"),
    ("molecule-pill-russia-tiktok", "Molecule” Pill Goes Viral in Russia: The TikTok Weight-Loss Craze Hiding a Banned Drug",
     "A viral blue pill called “Molecule” is taking over Russian TikTok, promising effortless weight loss — but behind…",
     "2025-11-04T15:05:00+00:00", "Nov 4, 2025"),
    ("ripe-bananas-cancer", "Do Ripe Bananas Help Fight Cancer? What the Science Really Says",
     "nutrition, bananas, antioxidants, cancer-prevention, fruit, healthy-eating, fact-check, science, immune-health,"
     " overripe-bananas, TNF, myth-busting, diet-and-health, preventive-health, functional-foods, research, lifestyle,"
     " wellness,…", "2025-10-21T11:30:00+00:00", "Oct 21, 2025"),
]


def astra_card(slug: str, title: str, excerpt: str, when: str, shown: str, with_time: bool) -> str:
    date = f'<time class="published" datetime="{when}">{shown}</time>' if with_time else f'<span class="published">{shown}</span>'
    return f"""
    <article class="ast-related-post post type-post status-publish">
      <div class="ast-related-posts-inner-section"><div class="ast-related-post-content">
        <div class="ast-related-post-featured-section post-has-thumb">
          <div class="post-thumb-img-content"><a href="/{slug}/"><img src="/wp-content/uploads/{slug}.jpg" alt=""></a></div></div>
        <header class="entry-header related-entry-header">
          <h3 class="ast-related-post-title entry-title"><a href="https://healthnews.example/{slug}/" target="_self" rel="bookmark noopener noreferrer">{title}</a></h3>
          <div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none">
            <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">By<a title="View all posts by Fahad Hussain" href="https://healthnews.example/author/fahad-hussain/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">By<span>Fahad Hussain</span></span></a></span>
            / {date}
          </div>
        </header>
        <div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">{excerpt}</p></div>
        <p class="ast-related-post-cta read-more"><a class="ast-related-post-link" href="/{slug}/" aria-label="Related post link">Read more</a></p>
      </div></div>
    </article>"""


SIDEBAR = """
<aside id="secondary" class="widget-area secondary">
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
    <ul><li><a href="/flu-vaccine-2025-guide/">Flu Vaccine 2025: What Changed This Season</a></li>
        <li><a href="/sleep-and-heart-health/">How Sleep Protects Your Heart, According to New Data</a></li></ul></section>
  <section class="widget popular-posts"><h2 class="widget-title">Popular</h2>
    <ul><li><a href="/intermittent-fasting-myths/">Seven Myths About Intermittent Fasting</a></li></ul></section>
  <section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">
    <a href="/tag/nutrition/" class="tag-cloud-link">nutrition</a> <a href="/tag/stem-cells/" class="tag-cloud-link">stem cells</a></div></section>
  <section class="widget widget_categories"><h2 class="widget-title">Categories</h2>
    <ul><li class="cat-item"><a href="/category/health/">Health news</a></li></ul></section>
</aside>"""


def seed_page(with_time: bool = True) -> Page:
    cards = "".join(astra_card(*card, with_time=with_time) for card in SEED_CARDS)
    return page_of(ARTICLE + f"""
    <div class="ast-single-related-posts-container">
      <div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Releated Posts</h2></div>
      <div class="ast-related-posts-wrapper">{cards}</div>
    </div></main>""" + SIDEBAR)


def test_seed_related_posts_cards() -> None:
    page = seed_page()
    posts = extract_related_posts(page)
    assert posts == [
        RelatedPost(title=title, url=f"https://healthnews.example/{slug}/", excerpt=excerpt, author="Fahad Hussain",
                    published_at=datetime.fromisoformat(when))
        for slug, title, excerpt, when, _ in SEED_CARDS
    ]
    assert posts[0].published_at == datetime(2025, 11, 26, 9, 12, tzinfo=timezone.utc)
    assert page.field_sources["related_posts"] == "markup"
    assert excluded(page) == ["div.ast-single-related-posts-container"]


def test_card_dates_printed_as_text() -> None:
    posts = extract_related_posts(seed_page(with_time=False))
    assert [post.published_at for post in posts] == [
        date(2025, 11, 26), date(2025, 11, 18), date(2025, 11, 4), date(2025, 10, 21)]


def test_sidebar_widgets_are_not_related_posts_and_stay_in_place() -> None:
    page = page_of(ARTICLE + "</main>" + SIDEBAR)
    assert extract_related_posts(page) == []
    assert "related_posts" not in page.field_sources
    assert excluded(page) == []


def test_heading_named_blocks_in_several_languages() -> None:
    body = ARTICLE + """</main>
    <section class="more"><h3>You may also like</h3>
      <ul><li><a href="/vitamin-d-winter/">Do You Need Vitamin D in Winter?</a> <span class="date">12 January 2025</span></li>
          <li><a href="/walking-after-meals/">Walking After Meals Lowers Blood Sugar</a></li></ul></section>
    <div class="box"><h4>Ähnliche Beiträge</h4><div class="liste">
      <div class="eintrag"><a href="/de/kaffee-herz/">Kaffee und Herzrhythmus: Was die Studie zeigt</a>
        <p>Eine große Kohortenstudie fand keinen Zusammenhang zwischen Kaffee und Vorhofflimmern.</p>
        <span class="autor">Von Anna Schmidt</span> <span class="datum">3. März 2025</span></div></div></div>
    <div class="bloc"><h2>À lire aussi</h2><ol><li><a href="/fr/sommeil-enfants/">Sommeil des enfants : les écrans en cause</a></li></ol></div>
    """
    posts = extract_related_posts(page_of(body))
    assert posts == [
        RelatedPost(title="Do You Need Vitamin D in Winter?", url="https://healthnews.example/vitamin-d-winter/",
                    published_at=date(2025, 1, 12)),
        RelatedPost(title="Walking After Meals Lowers Blood Sugar", url="https://healthnews.example/walking-after-meals/"),
        RelatedPost(title="Kaffee und Herzrhythmus: Was die Studie zeigt", url="https://healthnews.example/de/kaffee-herz/",
                    excerpt="Eine große Kohortenstudie fand keinen Zusammenhang zwischen Kaffee und Vorhofflimmern.",
                    author="Anna Schmidt", published_at=date(2025, 3, 3)),
        RelatedPost(title="Sommeil des enfants : les écrans en cause", url="https://healthnews.example/fr/sommeil-enfants/"),
    ]


def test_a_kicker_printed_in_the_linked_heading_is_not_part_of_the_title() -> None:
    body = ARTICLE + """</main>
    <section class="related-articles"><h2>Related</h2>
      <div class="teaser"><h3><a href="/syrien-waffenruhe/"><span class="teaser-overline">Syrien</span><span
        class="teaser-headline">Russland und Türkei vereinbaren Waffenruhe</span></a></h3></div>
      <div class="related-article"><h3><a href="/booker-interview/"><span class="related-article__subheadline">Interview:
        Cory Booker</span><br><span class="related-article__headline">Making real the ideals of our country</span></a></h3>
      </div></section>"""
    assert [post.title for post in extract_related_posts(page_of(body))] == [
        "Russland und Türkei vereinbaren Waffenruhe", "Making real the ideals of our country"]


def test_a_block_named_by_its_id_only() -> None:
    # A Drupal block: "related" in the id, a heading no pattern knows ("Interessante Artikel").
    body = ARTICLE + """</main><div id="block-relatedarticlesblock"><h2>Interessante Artikel</h2>
      <figure><a href="/stars/bella-hadid/"><img src="/b.jpg" alt=""></a><figcaption><h3 class="teaser__headline">
        <a href="/stars/bella-hadid/">So zeigt sich das Supermodel im Urlaub</a></h3></figcaption></figure>
      <figure><figcaption><h3><a href="/stars/promi-geschwister/">Diese Promi-Geschwister kennt ihr noch nicht</a></h3>
      </figcaption></figure></div>"""
    assert [post.url for post in extract_related_posts(page_of(body))] == [
        "https://healthnews.example/stars/bella-hadid/", "https://healthnews.example/stars/promi-geschwister/"]


def test_yarpp_list_skips_tag_author_and_read_more_links() -> None:
    body = ARTICLE + """</main>
    <div class="yarpp yarpp-related yarpp-related-website yarpp-template-list">
      <h3>Related posts:</h3>
      <ol>
        <li><a href="https://healthnews.example/statins-and-memory/" rel="bookmark" title="Statins and Memory: Is There a Link?">Statins and Memory: Is There a Link?</a>
          <small>Filed under <a href="/category/heart/" rel="category tag">Heart</a> by <a href="/author/dana/">Dana</a></small>
          <a href="https://healthnews.example/statins-and-memory/">Read more</a></li>
        <li><a href="https://healthnews.example/omega-3-brain/" rel="bookmark" title="">Omega-3 and the Ageing Brain</a>
          <small>Filed under <a href="/tag/brain/" rel="tag">brain</a></small></li>
      </ol>
    </div>"""
    page = page_of(body)
    assert extract_related_posts(page) == [
        RelatedPost(title="Statins and Memory: Is There a Link?", url="https://healthnews.example/statins-and-memory/",
                    author="Dana"),
        RelatedPost(title="Omega-3 and the Ageing Brain", url="https://healthnews.example/omega-3-brain/"),
    ]
    assert excluded(page) == ["div.yarpp yarpp-related yarpp-related-website yarpp-template-list"]


def test_jetpack_block_filled_by_script_is_excluded_without_cards() -> None:
    body = ARTICLE + """<div id='jp-relatedposts' class='jp-relatedposts'>
      <h3 class="jp-relatedposts-headline"><em>Related</em></h3></div></main>"""
    page = page_of(body)
    assert extract_related_posts(page) == []
    assert excluded(page) == ["div.jp-relatedposts"]


def test_links_to_other_sites_and_the_page_itself_are_not_cards() -> None:
    body = ARTICLE + f"""</main><div class="related-articles"><h2>Recommended for you</h2>
      <div class="card"><a href="{URL}">Japan’s Groundbreaking Stem Cell Trial Restores Mobility</a></div>
      <div class="card"><a href="https://ads.example/click?id=7">You won’t believe this one weird trick</a></div>
      <div class="card"><a href="https://www.healthnews.example/knee-cartilage-regrowth/">Knee Cartilage Regrowth Trial Begins</a></div>
    </div>"""
    assert extract_related_posts(page_of(body, head=f'<link rel="canonical" href="{URL}">')) == [
        RelatedPost(title="Knee Cartilage Regrowth Trial Begins", url="https://www.healthnews.example/knee-cartilage-regrowth/"),
    ]


def test_related_list_at_the_end_of_the_body_excludes_only_the_list() -> None:
    body = """<article><h1>Statins and memory</h1><div class="entry-content">
      <p>A large trial found no effect of statins on memory in adults over 65, the researchers report.</p>
      <h3>Related articles</h3>
      <ul><li><a href="/cholesterol-guide/">Cholesterol: the complete guide for adults</a></li>
          <li><a href="/heart-health-basics/">Heart health basics everyone should know</a></li></ul>
    </div></article>"""
    page = page_of(body)
    assert [post.title for post in extract_related_posts(page)] == [
        "Cholesterol: the complete guide for adults", "Heart health basics everyone should know"]
    assert excluded(page) == ["h3.", "ul."]


def test_page_read_without_its_url_keeps_cards_without_urls() -> None:
    body = ARTICLE + """</main><div class="related-posts"><a href="/sleep-apnea-and-stroke/">Sleep Apnea and Stroke Risk</a>
      <a href="/sleep-apnea-cpap/">What CPAP Does for Your Heart</a></div>"""
    assert extract_related_posts(page_of(body, url=None)) == [
        RelatedPost(title="Sleep Apnea and Stroke Risk"), RelatedPost(title="What CPAP Does for Your Heart")]


def test_related_tags_and_share_boxes_are_not_related_posts() -> None:
    body = ARTICLE + """</main>
    <div class="related-tags"><a href="/tag/stem-cells/">stem cells</a> <a href="/tag/spinal-cord/">spinal cord injury</a></div>
    <div class="recommend-to-friend share-box"><a href="/share?u=1">Recommend this article to a friend</a></div>
    <div class="related-searches"><a href="/search?q=stem+cells">stem cell therapy near me</a></div>"""
    page = page_of(body)
    assert extract_related_posts(page) == []
    assert excluded(page) == []


def test_profile_selector_names_the_block() -> None:
    body = ARTICLE + """</main><div class="weiterlesen"><div class="teaser"><a href="/gelenke-knorpel/">Knorpel wächst nach: neue Therapie</a></div>
      <div class="teaser"><a href="/ruecken-training/">Rückentraining für Büroarbeiter</a></div></div>"""
    page = page_of(body, selectors={"related_posts": "div.weiterlesen"})
    assert [post.url for post in extract_related_posts(page)] == [
        "https://healthnews.example/gelenke-knorpel/", "https://healthnews.example/ruecken-training/"]
    assert page.field_sources["related_posts"] == "profile"
    assert excluded(page) == ["div.weiterlesen"]


def test_many_related_headings_and_blocks_stay_bounded() -> None:
    blocks = "".join(f'<div class="related-posts"><h3>Related</h3><a href="/post-{n}/">Post number {n} title</a></div>'
                     for n in range(5_000))
    posts = extract_related_posts(page_of(ARTICLE + "</main>" + blocks))
    assert 0 < len(posts) <= 60
    assert posts[0] == RelatedPost(title="Post number 0 title", url="https://healthnews.example/post-0/")
