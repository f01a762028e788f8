"""Related posts: widespread conventions found by synthetic probes (CMS and theme markup, labels in more
languages), each on a page of our own making with a counter-example."""

from __future__ import annotations

import pytest

from tests.field_pages import PARAGRAPHS, extract, page

BASE = "https://health.example.org"
FIRST, REST = PARAGRAPHS.split("</p>", 1)[0] + "</p>", PARAGRAPHS.split("</p>", 1)[1]


def article(after: str = "", inbody: str = "") -> str:
    return (f"<article class='post'><h1>Vitamin D pills do not prevent fractures, a large trial finds</h1>"
            f"<div class='entry-content'>{FIRST}{inbody}{REST}</div></article>{after}")


def related(body: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(str(post.url), post.title) for post in extract(page(body, lang=lang)).related_posts]


# A box heading and an in-body line label in each language, with two headlines of that language.
LABELS = [
    ("cs", "Přečtěte si také", ("Vitamin D v zimě: kdo ho opravdu potřebuje", "Omega-3 nechrání srdce, ukázala studie")),
    ("hu", "Ezek is érdekelhetik", ("D-vitamin télen: kinek van szüksége rá", "Az omega-3 nem védi a szívet")),
    ("tr", "Bunlar da ilginizi çekebilir", ("Kışın D vitamini: kimin takviyeye ihtiyacı var", "Omega-3 kalbi korumuyor")),
    ("el", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", ("Βιταμίνη D τον χειμώνα: ποιος τη χρειάζεται", "Τα ωμέγα-3 δεν προστατεύουν την καρδιά")),
    ("el", "Σχετικά άρθρα", ("Βιταμίνη D τον χειμώνα: ποιος τη χρειάζεται", "Τα ωμέγα-3 δεν προστατεύουν την καρδιά")),
    ("ar", "اقرأ أيضاً", ("نقص فيتامين د في الشتاء: من يحتاج المكملات", "أوميغا 3 لا تحمي القلب وفق دراسة")),
    ("ar", "مقالات ذات صلة", ("نقص فيتامين د في الشتاء: من يحتاج المكملات", "أوميغا 3 لا تحمي القلب وفق دراسة")),
    ("fa", "مطالب مرتبط", ("کمبود ویتامین دی در زمستان", "امگا ۳ از قلب محافظت نمی‌کند")),
    ("hi", "ये भी पढ़ें", ("सर्दियों में विटामिन डी की कमी", "ओमेगा-3 दिल की रक्षा नहीं करता")),
    ("hi", "संबंधित खबरें", ("सर्दियों में विटामिन डी की कमी", "ओमेगा-3 दिल की रक्षा नहीं करता")),
]


@pytest.mark.parametrize(("lang", "label", "titles"), LABELS)
def test_a_related_box_headed_in_more_languages(lang: str, label: str, titles: tuple[str, str]) -> None:
    """The standing "read also" / "related" labels of news CMSs in Czech, Hungarian, Turkish, Greek
    (its capitals without accents), Arabic, Persian and Hindi head a box of the site's posts."""
    items = "".join(f'<li><a href="/2025/10/story-{i}/">{title}</a></li>' for i, title in enumerate(titles))
    body = article(after=f'<section class="box"><h2 class="box-title">{label}</h2><ul>{items}</ul></section>')
    assert related(body, lang) == [(f"{BASE}/2025/10/story-{i}/", title) for i, title in enumerate(titles)]


@pytest.mark.parametrize(("lang", "label", "titles"), LABELS + [
    ("hu", "Olvassa el", ("D-vitamin télen: kinek van szüksége rá", "")),
    ("fa", "بیشتر بخوانید", ("کمبود ویتامین دی در زمستان", "")),
])
def test_an_in_body_line_labelled_in_more_languages(lang: str, label: str, titles: tuple[str, str]) -> None:
    """The same labels, and the line-only "Olvassa el:" and "بیشتر بخوانید:" ("read more"), with a
    colon before a headline link between the paragraphs."""
    line = f'<p><strong>{label}:</strong> <a href="/2025/10/story-0/">{titles[0]}</a></p>'
    assert related(article(inbody=line), lang) == [(f"{BASE}/2025/10/story-0/", titles[0])]


def test_the_words_inside_a_sentence_are_no_label() -> None:
    """"Σχετικά με …" ("about …") opens sentences: only "Σχετικά άρθρα" and its kin name a box, and a
    link inside a sentence is no line."""
    line = ('<p>Σχετικά με τη μελέτη, οι ερευνητές παραπέμπουν σε <a href="/2025/10/story-0/">μια παλαιότερη '
            'ανάλυση για το ασβέστιο</a> και ζητούν νέες δοκιμές σε ηλικιωμένους.</p>')
    box = ('<section class="box"><h2>Σχετικά με εμάς</h2><ul><li><a href="/2025/10/story-1/">Η ομάδα σύνταξης '
           'της ιστοσελίδας</a></li><li><a href="/2025/10/story-2/">Επικοινωνία με τους συντάκτες μας</a></li></ul>'
           '</section>')
    assert related(article(after=box, inbody=line), "el") == []


def _post_nav(prev_label: str) -> str:
    """TieLabs' Jannah post navigation: per neighbour a thumbnail link printing only a reader's label, then
    the link around the post's title."""
    return '<div class="prev-next-post-nav container-wrapper">' + "".join(
        f'<div class="{kind}-post"><a href="/2025/10/{slug}/" style="background-image: url(/t.jpg)" class="post-thumb" '
        f'rel="{kind}"><span class="screen-reader-text">{label}</span></a><a href="/2025/10/{slug}/" rel="{kind}">'
        f'<h3 class="post-title">{title}</h3></a></div>'
        for kind, slug, label, title in (
            ("prev", "magnesium-sleep", prev_label, "Magnesium and sleep: a closer look at the evidence"),
            ("next", "zinc-colds", "Next", "Zinc lozenges and the common cold: the evidence"))) + "</div>"


def test_a_neighbour_post_named_by_its_title_link_after_a_labelled_thumbnail() -> None:
    """The thumbnail's "Prev" is a reader's label: the title link after it names the post."""
    assert related(article(after=_post_nav("Prev"))) == [
        (f"{BASE}/2025/10/magnesium-sleep/", "Magnesium and sleep: a closer look at the evidence"),
        (f"{BASE}/2025/10/zinc-colds/", "Zinc lozenges and the common cold: the evidence")]


def test_a_thumbnail_printing_a_title_keeps_it() -> None:
    """Counter-example: when the first link already prints a title, the second does not replace it."""
    nav = _post_nav("Magnesium and sleep, the short version")
    assert related(article(after=nav))[0] == (f"{BASE}/2025/10/magnesium-sleep/", "Magnesium and sleep, the short version")


def _check_also(items: list[tuple[str, str]], heading: str = "Check Also") -> str:
    """TieLabs' Jannah "Check Also" box: a title bar with a close button, then posts of the article's category."""
    cards = "".join(
        f'<li class="widget-single-post-item"><div class="post-widget-thumbnail"><a aria-label="{title}" '
        f'href="/2025/10/{slug}/" class="post-thumb"><img src="/t.jpg" alt=""></a></div><div class="post-widget-body">'
        f'<a class="post-title the-subtitle" href="/2025/10/{slug}/">{title}</a><div class="post-meta"><span '
        f'class="date meta-item">November 1, 2025</span></div></div></li>' for slug, title in items)
    return ('<div id="check-also-box" class="container-wrapper check-also-right show-check-also"><div '
            f'class="widget-title the-global-title"><div class="the-subtitle">{heading}</div><a href="#" '
            'id="check-also-close" class="remove"><span class="screen-reader-text">Close</span></a></div><div '
            f'class="widget posts-list-big-first"><ul class="posts-list-items">{cards}</ul></div></div>')


def test_a_check_also_box_of_one_post() -> None:
    """"Check Also" heads a box of posts; with one post, the box's title bar is not the post's title."""
    items = [("calcium-heart", "Calcium supplements and heart risk: what the new data say")]
    assert related(article(after=_check_also(items))) == [(f"{BASE}/2025/10/calcium-heart/", items[0][1])]


def test_check_also_in_a_longer_title_is_no_label() -> None:
    """Counter-example: a bar reading "Check also our shop's offers" heads no related box."""
    items = [("calcium-heart", "Calcium supplements and heart risk: what the new data say"),
             ("omega-3-trials", "Why omega-3 capsules failed the big trials")]
    assert related(article(after=_check_also(items, "Check also our shop's offers of the week"))) == []


CASPER_CARDS = [("calcium-heart", "Calcium supplements and heart risk: what the new data say"),
                ("omega-3-trials", "Why omega-3 capsules failed the big trials")]


def _casper(wrapper: str) -> str:
    """Ghost's Casper theme after the article: post cards sharing its tag, under no heading."""
    return f'<aside class="{wrapper} outer"><div class="read-more inner">' + "".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="/{slug}/"><img class="post-card-image" '
        f'src="/t.jpg" alt="{title}"></a><div class="post-card-content"><a class="post-card-content-link" '
        f'href="/{slug}/"><header class="post-card-header"><h2 class="post-card-title">{title}</h2></header></a>'
        f'<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-11-01">Nov 1, 2025</time>'
        f'</footer></div></article>' for slug, title in CASPER_CARDS) + "</div></aside>"


def test_ghost_casper_read_more_cards() -> None:
    """Casper's "read-more-wrap" names its box of posts on the article's tag."""
    assert related(article(after=_casper("read-more-wrap"))) == [(f"{BASE}/{slug}/", title) for slug, title in CASPER_CARDS]


def test_a_read_more_wrapper_is_no_box() -> None:
    """Counter-example: "read-more-wrapper", a theme's wrapper of a teaser's "Read more" button, names no box."""
    assert related(article(after=_casper("read-more-wrapper"))) == []


def _paginav(prev: str, nxt: str) -> str:
    return (f'<nav class="paginav"><a class="prev" href="{prev}"><span class="title">« Prev</span><br><span>Magnesium '
            f'and sleep: a closer look</span></a><a class="next" href="{nxt}"><span class="title">Next »</span><br><span>'
            'Zinc lozenges and the common cold</span></a></nav>')


def test_hugo_papermod_post_navigation() -> None:
    """PaperMod's "paginav" under a post: the previous and the next post, without their labels."""
    assert related(article(after=_paginav("/posts/magnesium-sleep/", "/posts/zinc-colds/"))) == [
        (f"{BASE}/posts/magnesium-sleep/", "Magnesium and sleep: a closer look"),
        (f"{BASE}/posts/zinc-colds/", "Zinc lozenges and the common cold")]


def test_a_paginav_to_archive_pages_is_no_post() -> None:
    """Counter-example: the same pager leading to an archive's pages names no post."""
    assert related(article(after=_paginav("/page/1/", "/page/3/"))) == []


def test_a_line_label_closed_by_a_bar() -> None:
    """"Lire aussi | <titre>" inside the link (Le Monde's in-body links) and "ALSO READ | <a>…</a>": the bar
    closes the label as a colon does, and the title is read without it."""
    french = ('<p class="article__paragraph"><a href="/2025/10/carence/" class="js-article-read-also">Lire aussi | '
              'Carence en vitamine D : qui doit vraiment se supplémenter</a></p>')
    english = '<p><strong>ALSO READ | </strong><a href="/2025/10/calcium/">Calcium supplements and heart risk</a></p>'
    assert related(article(inbody=french), "fr") == [
        (f"{BASE}/2025/10/carence/", "Carence en vitamine D : qui doit vraiment se supplémenter")]
    assert related(article(inbody=english)) == [(f"{BASE}/2025/10/calcium/", "Calcium supplements and heart risk")]


def test_a_bar_inside_a_sentence_opens_no_line() -> None:
    """Counter-example: a paragraph whose link text holds a bar after other words is no labelled line."""
    line = ('<p><a href="/2025/10/carence/">Vitamin D pills | what the new trial means for older adults and their '
            'doctors</a> was our most read story of the week, and the trial is still discussed widely.</p>')
    assert related(article(inbody=line)) == []


def _wp_embed(url: str, title: str) -> str:
    return ('<figure class="wp-block-embed is-type-wp-embed is-provider-example-health wp-block-embed-example-health">'
            f'<div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="aB3"><a '
            f'href="{url}">{title}</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" '
            f'security="restricted" title="&#8220;{title}&#8221; &#8212; Example Health" src="{url}embed/#?secret=aB3" '
            'data-secret="aB3" width="500" height="282" frameborder="0"></iframe></div></figure>')


def test_a_wordpress_embed_of_a_post_of_the_site_between_paragraphs() -> None:
    """A post of the site embedded in the text (its address pasted on its own line) is an in-body teaser card."""
    embed = _wp_embed(f"{BASE}/2025/10/calcium-heart/", "Calcium supplements and heart risk: what the new data say")
    assert related(article(inbody=embed)) == [
        (f"{BASE}/2025/10/calcium-heart/", "Calcium supplements and heart risk: what the new data say")]


def test_a_wordpress_embed_of_another_site_is_no_related_post() -> None:
    """Counter-example: another WordPress site's post embedded so is a quotation of that site."""
    embed = _wp_embed("https://otherblog.example/2025/10/calcium-heart/", "Calcium and the heart, a reader's view")
    assert related(article(inbody=embed)) == []


def test_the_spanish_infinitive_read_more_label() -> None:
    """"Leer más:" / "Leer también:", the infinitive beside "Lee también:", opens a Spanish in-body line."""
    line = ('<p><strong>Leer más:</strong> <a href="/2025/10/vitamina-d/">Vitamina D: quién necesita realmente '
            'suplementos</a></p>')
    assert related(article(inbody=line), "es") == [
        (f"{BASE}/2025/10/vitamina-d/", "Vitamina D: quién necesita realmente suplementos")]


def test_leer_inside_a_sentence_is_no_label() -> None:
    """Counter-example: "leer más" inside a sentence before a link is no line's label."""
    line = ('<p>Para leer más sobre el tema, los autores recomiendan <a href="/2025/10/vitamina-d/">nuestro análisis '
            'de los suplementos</a> y las guías de la sociedad de endocrinología.</p>')
    assert related(article(inbody=line), "es") == []


def _pager(prev: str, nxt: str, name: str = "pagination--pager") -> str:
    return (f'<nav class="pagination"><a href="{prev}" class="{name}" title="Magnesium and sleep: a closer look\n">'
            f'Previous</a><a href="{nxt}" class="{name}" title="Zinc lozenges and the common cold\n">Next</a></nav>')


def test_jekyll_minimal_mistakes_post_pager() -> None:
    """Minimal Mistakes' "pagination--pager" links under a post: the neighbours, named by their title attributes."""
    assert related(article(after=_pager("/posts/magnesium-sleep/", "/posts/zinc-colds/"))) == [
        (f"{BASE}/posts/magnesium-sleep/", "Magnesium and sleep: a closer look"),
        (f"{BASE}/posts/zinc-colds/", "Zinc lozenges and the common cold")]


def test_an_archive_pagination_is_no_post_navigation() -> None:
    """Counter-example: a plain "pagination" with "Previous" / "Next" links stays an archive's pager."""
    assert related(article(after=_pager("/posts/magnesium-sleep/", "/posts/zinc-colds/", "page-link"))) == []


def test_a_related_story_box_in_the_singular() -> None:
    """"Related Story" (NPR's in-body box of one story) heads a related box as "Related Stories" does."""
    box = ('<aside class="bucketwrap internallink insettwocolumn"><div class="bucket img"><h3>Related Story</h3><a '
           'href="/2025/10/calcium-heart/"><img src="/t.jpg" alt=""></a><p class="title"><a href="/2025/10/calcium-heart/">'
           'Calcium supplements and heart risk: what the new data say</a></p></div></aside>')
    assert related(article(inbody=box)) == [
        (f"{BASE}/2025/10/calcium-heart/", "Calcium supplements and heart risk: what the new data say")]


def test_a_related_story_heading_with_more_words_is_no_label() -> None:
    """Counter-example: "Related story ideas for our readers" is a heading of its own, not the label."""
    box = ('<div class="box"><h3>Related story ideas for our readers</h3><ul><li><a href="/2025/10/calcium-heart/">'
           'Calcium supplements and heart risk</a></li><li><a href="/2025/10/omega-3/">Why omega-3 capsules failed'
           '</a></li></ul></div>')
    assert related(article(after=box)) == []


def _rich_link(url: str) -> str:
    """The Guardian's in-body card of one article, its "Related:" kicker inside the title."""
    return (f'<aside data-component="rich-link" class="element element-rich-link"><div class="rich-link"><a '
            f'class="rich-link__link" href="{url}" data-link-name="in body link"></a><div class="rich-link__header">'
            f'<h2 class="rich-link__title"><span class="rich-link__kicker">Related: </span>Calcium supplements '
            f'and heart risk: what the new data say</h2></div><div class="rich-link__byline">Jane Roe</div></div>'
            '</aside>')


def test_a_guardian_rich_link_between_paragraphs() -> None:
    """A "rich-link" card in the text is a related post, titled without its "Related:" kicker (a kicker label
    inside the title is no box's title bar)."""
    assert related(article(inbody=_rich_link("/2025/10/calcium-heart/"))) == [
        (f"{BASE}/2025/10/calcium-heart/", "Calcium supplements and heart risk: what the new data say")]


def test_a_rich_link_to_a_tag_page_is_no_post() -> None:
    """Counter-example: the same card leading to a tag page names no article."""
    assert related(article(inbody=_rich_link("/tag/calcium/"))) == []


def test_a_line_of_two_links_joined_by_a_conjunction() -> None:
    """"See also: <a>…</a> and <a>…</a>" in one emphasis: the conjunction between the links leaves it a line."""
    line = ('<p><em>See also: <a href="/2025/10/calcium-heart/">Calcium supplements and heart risk</a> and <a '
            'href="/2025/10/omega-3/">Why omega-3 capsules failed the big trials</a></em></p>')
    assert related(article(inbody=line)) == [
        (f"{BASE}/2025/10/calcium-heart/", "Calcium supplements and heart risk"),
        (f"{BASE}/2025/10/omega-3/", "Why omega-3 capsules failed the big trials")]


def test_other_words_between_the_links_make_a_sentence() -> None:
    """Counter-example: words other than a conjunction between the links ("as well as our guide") make a sentence."""
    line = ('<p><em>See also: <a href="/2025/10/calcium-heart/">Calcium supplements and heart risk</a> as well as our '
            'guide <a href="/2025/10/omega-3/">Why omega-3 capsules failed the big trials</a></em></p>')
    assert related(article(inbody=line)) == []


# --- Precision probes (second pass) ------------------------------------------------------------------------------

_OWN = [("/2025/09/flu-season/", "Flu season starts early this year"),
        ("/2025/09/blood-pressure/", "New guidance on blood pressure targets")]


def _recommended(outer: str) -> str:
    """A "Recommended for you" box of the site's own stories inside ``outer``'s class."""
    return (f'<div class="{outer}"><div class="widget-header"><span>Recommended for you</span></div>' + "".join(
        f'<div class="rec-item"><a href="{url}"><span class="rec-text">{title}</span></a></div>' for url, title in _OWN)
        + "</div>")


def test_an_outbrain_widget_is_no_related_box() -> None:
    """Outbrain's widget ("<div class=OUTBRAIN><div class=ob-widget>") fills its "Recommended for you" for every
    article of the site, paid items among the site's own: no related posts by the labelling guide."""
    assert related(article(after=f'<div class="OUTBRAIN" data-widget-id="AR_1">{_recommended("ob-widget ob-feed")}</div>')) == []


def test_the_same_recommended_box_of_the_theme_is_read() -> None:
    """Counter-example: the theme's own box with the same heading and cards, no network's name, is a related box."""
    assert related(article(after=_recommended("post-recommended"))) == [
        (f"{BASE}{url}", title) for url, title in _OWN]


def _box(extra: tuple[str, str]) -> str:
    return ('<div class="related-posts"><h3>Related articles</h3><ul>' + "".join(
        f'<li><a href="{url}">{title}</a></li>' for url, title in [*_OWN, extra]) + "</ul></div>")


def test_the_articles_own_amp_version_is_no_related_post() -> None:
    """A related box listing this article's AMP copy ("/amp/", "?amp=1") lists the article itself."""
    own = "/2025/11/vitamin-d-trial/amp/"
    assert related(article(after=_box((own, "Vitamin D pills do not prevent fractures")))) == [
        (f"{BASE}{url}", title) for url, title in _OWN]
    query = "/2025/11/vitamin-d-trial/?amp=1"
    assert related(article(after=_box((query, "Vitamin D pills do not prevent fractures")))) == [
        (f"{BASE}{url}", title) for url, title in _OWN]


def test_another_posts_amp_version_is_a_related_post() -> None:
    """Counter-example: another article's AMP copy is that article, a related post."""
    other = ("/2025/10/omega-3/amp/", "Why omega-3 capsules failed the big trials")
    assert related(article(after=_box(other))) == [(f"{BASE}{url}", title) for url, title in [*_OWN, other]]


_SITE_LISTS = [("it", "I più letti"), ("pt", "Mais lidas"), ("es", "Lo más visto"), ("fr", "Dernières actualités"),
               ("pl", "Najnowsze"), ("ru", "Последние новости"), ("ja", "最新記事"), ("zh", "热门文章"),
               ("nl", "Meest gelezen"), ("sv", "Mest lästa"), ("cs", "Nejčtenější"), ("en", "Editor's choice"),
               ("en", "In case you missed it")]


def _site_box(heading: str) -> str:
    return (f'<div class="related-posts"><h3>{heading}</h3><ul>' + "".join(
        f'<li><a href="{url}">{title}</a></li>' for url, title in _OWN) + "</ul></div>")


@pytest.mark.parametrize(("lang", "heading"), _SITE_LISTS)
def test_a_site_wide_list_in_a_related_named_box(lang: str, heading: str) -> None:
    """A box whose class says related but whose heading names the site's most-read, latest or picked stories in
    any of these languages lists the same stories beside every article: no related posts (the labelling guide)."""
    assert related(article(after=_site_box(heading)), lang) == []


def test_a_related_named_box_under_a_related_heading_is_read() -> None:
    """Counter-example: the same box under "Articoli correlati" is the article's related posts."""
    assert related(article(after=_site_box("Articoli correlati")), "it") == [
        (f"{BASE}{url}", title) for url, title in _OWN]
