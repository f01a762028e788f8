"""Related posts: the failure classes found on fields-external-6's fitting pages (seventh session), each on a
page of our own making, with a near page the rule must leave alone."""

from __future__ import annotations

from functools import partial

from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://movies.example/news/1602870/three-d-or-not-three-d"

page_of = partial(parsed_page, url=URL, lang="en")

ARTICLE = """
<article class="story"><h1>To 3D or not to 3D: the right ticket for the holiday film</h1>
  <div class="story-body">
    <p>The conversion is passable, with most depth effects kept to the background of the frame, and there is no
    nausea to speak of, so the 3D edition gets a passing grade; the 2D edition remains the better buy overall.</p>
  </div>
</article>
"""


def urls(html: str, url: str = URL) -> list[str | None]:
    return [post.url for post in extract_related_posts(parsed_page(html, url=url, lang="en"))]


def _box(kind: str, title: str | None, slugs: list[str]) -> str:
    head = f'<div class="hgroup"><h2><span>{title}</span></h2></div>' if title else ""
    cards = "".join(f'<a href="https://movies.example/news/{n}/{slug}" class="story_item"><div class="title">'
                    f'<h2>{slug.replace("-", " ").title()}</h2></div></a>' for n, slug in enumerate(slugs, 100))
    return f'<div class="partial content_story_cb_related {kind}">{head}<div>{cards}</div></div>'


RELATED = ["why-the-stars-love-the-ending", "buy-the-right-ticket-for-the-musical"]
REVIEWS = ["patriots-day-review-of-the-week", "a-monster-calls-review-in-full"]


def test_a_box_partial_titled_otherwise_beside_the_one_titled_related() -> None:
    """CinemaBlend's side column: one box partial ("content_story_cb_related") under "Related", then under "New
    Reviews" and "Top Movies": the class names the template's box, each title what it lists."""
    html = ARTICLE + "<aside>" + _box("sidebar", "Related", RELATED) + _box("sidebar curated", "New Reviews", REVIEWS) \
        + _box("sidebar curated", "Top Movies", ["fast-and-furious-everything-we-know", "avatar-two-so-far"]) + "</aside>"
    assert urls(html) == [f"https://movies.example/news/{n}/{slug}" for n, slug in enumerate(RELATED, 100)]


def test_boxes_of_one_kind_none_titled_related_all_stay() -> None:
    """Counter-examples: where no box of the kind prints a related title, the class is all the page says (each box
    is read as before); a box without a title of its own beside the related one stays too."""
    html = ARTICLE + "<aside>" + _box("sidebar", "Keep Watching", RELATED) \
        + _box("sidebar curated", "Don't Miss", REVIEWS) + "</aside>"
    assert len(urls(html)) == 4
    html = ARTICLE + "<aside>" + _box("sidebar", "Related", RELATED) + _box("sidebar", None, REVIEWS) + "</aside>"
    assert len(urls(html)) == 4


def _reel(kind: str) -> str:
    cards = "".join(f'<div class="reel__item"><a href="https://movies.example/news/{n}/{slug}">'
                    f'<span aria-label="{slug}">{slug.replace("-", " ").title()}</span></a></div>'
                    for n, slug in enumerate(["the-warriors-lost-again-last-night", "every-story-about-the-runner"], 200))
    return f'<div class="sidebar-module {kind}"><header><h2><strong>You</strong> may also like</h2></header>' \
           f'<div class="reel">{cards}</div></div>'


def test_a_related_heading_over_a_box_named_trending() -> None:
    """Kinja's sidebar "<div class='sidebar-module trending-module'><header><h2>You may also like</h2>": the box is
    the site's trending reel of the day, whatever its heading says (Deadspin)."""
    assert urls(ARTICLE + _reel("trending-module js_leftrailmodule--trending")) == []
    # Counter-example: the same heading over a box named for nothing site-wide is read.
    assert len(urls(ARTICLE + _reel("story-module"))) == 2


COVER = '<div class="current-issue"><p class="cover"><a href="https://movies.example/magazine/issue-1226/"></a></p>' \
        '<div class="cap"><h4><a href="https://movies.example/magazine/issue-1226/">Movies Weekly No. 1226 (April 16' \
        ' issue)</a></h4></div></div>'


def test_a_heading_over_an_empty_widget_slot_heads_nothing() -> None:
    """"<h4>あわせて読みたい</h4><div id=_popIn_recommend></div>" then the current issue's cover in the same wrapper
    (weekly.ascii.jp), "More to Explore" over an empty Zergnet slot in a rail of other modules (AOL): the heading's
    box is the script's slot, empty in the saved page; the boxes beside it are not its cards."""
    html = ARTICLE + f'<div class="article-bottom"><h4 id="relatedname">Read next</h4><div id="_popIn_recommend">' \
                     f'</div><div class="article-bottom-inner">{COVER}</div></div>'
    assert urls(html) == []
    # Counter-example: a clearing element between the heading and its list is passed over as before.
    html = ARTICLE + '<div class="article-bottom"><h4>Read next</h4><div class="clear"></div><ul>' \
                     '<li><a href="https://movies.example/news/300/why-the-stars-love-the-ending">Why the stars love ' \
                     'the ending</a></li><li><a href="https://movies.example/news/301/buy-the-right-ticket">Buy the ' \
                     'right ticket for the musical</a></li></ul></div>'
    assert len(urls(html)) == 2


def _rail(kind: str, title: str, own: bool) -> str:
    slugs = ["carnival-unit-to-pay-record-fine", "police-arrest-bank-robbery-suspect", "jobless-claims-hit-high"]
    if own:
        slugs.insert(2, "three-d-or-not-three-d")
    cards = "".join(f'<div class="article"><a href="https://movies.example/news/{1602870 if slug.startswith("three") else n}'
                    f'/{slug}"><h3>{slug.replace("-", " ").title()}</h3></a></div>' for n, slug in enumerate(slugs, 400))
    return f'<div class="l-module {kind}"><h3 class="header"><span>{title}</span></h3>{cards}</div>'


def test_a_recommended_box_holding_the_article_itself() -> None:
    """AOL's right rail "<div class='l-module m-recommended-for-you'><h3>Recommended For You</h3>" lists the day's
    stream with this article among it: a recommendation stream, the same beside every article, not picks for it."""
    assert urls(ARTICLE + _rail("m-recommended-for-you", "Recommended For You", own=True)) == []
    # Counter-examples: the same box without the article is read; a box named related that lists the article
    # among its picks stays this article's (a plugin may list the page itself).
    assert len(urls(ARTICLE + _rail("m-recommended-for-you", "Recommended For You", own=False))) == 3
    assert len(urls(ARTICLE + _rail("m-related-stories", "Related Stories", own=True))) == 3


def _recirc(rubric_class: str) -> str:
    cards = "".join(f'<div class="RecirculationRecommendedStories__story"><a class="Link__link" href="https://movies.'
                    f'example/magazine/2019/05/{slug}"><img src="x.jpg" alt=""></a><a class="Link__link {rubric_class}" '
                    f'href="https://movies.example/magazine/{section}" title="{section}">{section.replace("-", " ").title()}'
                    f'</a><a class="Link__link" href="https://movies.example/magazine/2019/05/{slug}"><h2>'
                    f'{slug.replace("-", " ").title()}</h2></a></div>'
                    for slug, section in (("the-dream-machine-of-quantum-computing", "annals-of-science"),
                                          ("catching-dust-from-an-asteroid", "annals-of-technology")))
    return f'<div class="RecirculationRecommendedStories__column"><h5>Recommended Stories</h5>{cards}</div>'


def test_a_cards_rubric_link_is_no_card() -> None:
    """The New Yorker's recirculation cards print their rubric as a link to the section ("<a class='Link__link
    Rubric__rubric___3hrQE' href=/magazine/annals-of-science>Annals of Science</a>") between the picture and the
    title: the section's page, not a post."""
    assert urls(ARTICLE + _recirc("Rubric__rubric___3hrQE")) == [
        "https://movies.example/magazine/2019/05/the-dream-machine-of-quantum-computing",
        "https://movies.example/magazine/2019/05/catching-dust-from-an-asteroid"]
    # Counter-example: the same link named for nothing is read as before (three words, a post to the card test).
    assert len(urls(ARTICLE + _recirc("Link__secondary"))) == 4


def test_a_securitys_quote_page_is_no_post() -> None:
    """The Motley Fool's "related-content" column lists ticker cards ("/quote/nasdaq/activision-blizzard/atvi")
    above its articles; CNBC's "Related Securities" links "data.cnbc.com/quotes/%40CL.1": price tables, no posts."""
    html = ARTICLE + '<section class="related-content"><h2>Read More</h2><ul>' \
        '<li><a href="https://movies.example/quote/nasdaq/activision-blizzard/atvi">Activision Blizzard Stock</a></li>' \
        '<li><a href="https://movies.example/investing/2017/03/08/seven-perks-of-prime.aspx">7 Under-the-Radar ' \
        'Perks of Amazon Prime</a></li></ul></section>'
    assert urls(html) == ["https://movies.example/investing/2017/03/08/seven-perks-of-prime.aspx"]
    # Counter-example: a post whose slug says "quotes" deeper in its path stays a post.
    html = html.replace("/quote/nasdaq/activision-blizzard/atvi", "/investing/2017/03/07/best-buffett-quotes-for-2017")
    assert len(urls(html)) == 2


def test_a_list_named_related_sites_lists_sites() -> None:
    """getnews.jp's footer "<h2>関連サイト</h2><ul class='Related-site'><li class='Related-site_list'><a href=/mcn>…" lists
    the publisher's other services ("related sites"), no posts."""
    items = '<li class="{0}_list"><a href="https://movies.example/creators-network-for-video-makers">Support for ' \
            'video creators: our creator network</a></li><li class="{0}_list"><a href="https://movies.example/' \
            'vocal-and-dance-idol-magazine">Vocal and dance: the idol magazine of the group</a></li>'
    assert urls(ARTICLE + f'<footer class="footer_partners"><ul class="Related-site">{items.format("Related-site")}'
                          '</ul></footer>') == []
    # Counter-examples: a list named related posts is read, and so is YARPP's "yarpp-related-website" (the related
    # posts of this website).
    assert len(urls(ARTICLE + f'<div class="Related-posts"><ul>{items.format("Related-posts")}</ul></div>')) == 2
    assert len(urls(ARTICLE + '<div class="yarpp yarpp-related yarpp-related-website"><ul>'
                              f'{items.format("yarpp")}</ul></div>')) == 2


def test_the_articles_next_page_by_a_query_is_no_post() -> None:
    """CinemaBlend's "<div class=nextpage><a class=next-story rel=next href='…/three-d-or-not-three-d?story_page=2'>
    Continued On Next Page ></a>": the article's own second page, not the next post."""
    pager = f'<div class="nextpage"><a class="next-story" rel="next" href="{URL}?story_page=2">Continued On Next ' \
            'Page &gt;</a></div>'
    assert urls(ARTICLE + pager) == []
    # Counter-example: the next post on the same site, and WordPress's "?p=968" beside a "?p=908" page, are posts.
    nav = '<div class="post-navigation"><a rel="next" href="https://movies.example/news/1602871/the-next-review">' \
          'The next review of the week</a></div>'
    assert urls(ARTICLE + nav) == ["https://movies.example/news/1602871/the-next-review"]
    plain = '<div class="navigation"><a rel="next" href="https://movies.example/?p=968">Weiter zum nächsten Film</a></div>'
    assert urls(ARTICLE + plain, url="https://movies.example/?p=908") == ["https://movies.example/?p=968"]


def _recommend(label: str) -> str:
    return '<ul class="Recommend"><li><dl><dt><a href="https://movies.example/articles/ASM2V3W04.html">Hololens 2 ' \
           'frees the picture from the screen</a></dt></dl></li><li class="andNativead"><dl><dt><span><a href=' \
           f'"https://movies.example/and_M/20190227/198034/">{label}<!--ｐｒ特集--></a></span> <a href="https://movies.' \
           'example/and_M/20190227/198034/">What single men think of love and marriage</a></dt></dl></li></ul>'


def test_a_japanese_pr_mark_makes_a_card_paid_placement() -> None:
    """Asahi's "<ul class=Recommend>" mixes native ads printing "＆Ｍ&lt;ｐｒ特集&gt;" (a PR feature) among its picks:
    paid placement, no post; "【PR】" and "[PR]" mark the same."""
    assert urls(ARTICLE + _recommend("＆Ｍ&lt;ｐｒ特集&gt;")) == ["https://movies.example/articles/ASM2V3W04.html"]
    assert len(urls(ARTICLE + _recommend("【PR】"))) == 1
    # Counter-example: a kicker without the mark, and "PR" inside a word or a title, leave the card a post.
    assert len(urls(ARTICLE + _recommend("＆Ｍ特集"))) == 2
    assert len(urls(ARTICLE + _recommend("PR agencies (report)"))) == 2


def test_a_search_by_keyword_is_no_post() -> None:
    """A card's series link to a search ("article_search/s_list4.html?keyword=…", Asahi): a list of results."""
    html = ARTICLE + '<div class="related"><h2>Related</h2><ul><li><a href="https://movies.example/article_search/' \
        's_list4.html?keyword=forum%20review">Forum review, by the historian of society</a></li><li><a href=' \
        '"https://movies.example/articles/DA3S13912721.html">Redefining the shape of this country</a></li></ul></div>'
    assert urls(html) == ["https://movies.example/articles/DA3S13912721.html"]
    # Counter-example: another query ("?id=") names a post.
    assert len(urls(html.replace("?keyword=", "?id="))) == 2


def test_a_lone_link_opening_with_a_media_label_is_no_post() -> None:
    """People's "<p><a href=…-wedding-photos/><strong>RELATED PHOTOS: Jennifer Aniston's Beautiful Backyard Wedding
    </strong></a></p>" between the paragraphs: a picture gallery, no article (the labelling guide)."""
    line = '<p><a href="https://movies.example/celebrity/{0}/"><strong>{1}: The beautiful backyard wedding of the ' \
           'year</strong></a></p>'
    text = "<p>The host insisted, four years later and in front of the whole studio audience, that the coat had been " \
           "stolen from the set, and the guest laughed it off before telling the story of the tag once again.</p>"
    html = ARTICLE.replace("</div>", text + line.format("backyard-wedding-photos", "RELATED PHOTOS") + text + "</div>")
    assert urls(html) == []
    # Counter-example: "RELATED:" over an article's title is a read-also line.
    html = ARTICLE.replace("</div>", text + line.format("backyard-wedding-story", "RELATED") + text + "</div>")
    assert urls(html) == ["https://movies.example/celebrity/backyard-wedding-story/"]
