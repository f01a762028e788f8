"""Related posts: the conventions an audit of every corpus page's link blocks after round thirteen found
misread (docs/field-quality.md, "Related posts: an audit after round thirteen"), each on a page of our own
making."""

from __future__ import annotations

from functools import partial

from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://journal.example/2025/11/sommeil-et-coeur/"

page_of = partial(parsed_page, url=URL, lang="fr")

ARTICLE = """
<article class="post"><h1>Comment le sommeil protège le cœur</h1>
  <div class="entry-content">
    <p>Dormir sept heures par nuit réduit le risque d'infarctus, selon une étude menée pendant douze ans par des
    chercheurs de Lyon et publiée dans une revue de cardiologie.</p>
  </div>
</article>
"""
TWO_POSTS = """<ul><li><a href="/2025/10/sieste-tension/">La sieste fait baisser la tension, selon une étude</a></li>
  <li><a href="/2025/09/apnee-du-sommeil/">Apnée du sommeil : les signes qui doivent alerter</a></li></ul>"""
BOTH = ["https://journal.example/2025/10/sieste-tension/", "https://journal.example/2025/09/apnee-du-sommeil/"]


def urls(html: str) -> list[str | None]:
    return [post.url for post in extract_related_posts(page_of(html))]


def test_the_editors_recommend_in_french() -> None:
    """"La rédaction vous conseille :" over the newspaper's picks under the text, as "Die Redaktion empfiehlt"."""
    html = ARTICLE + f'<div class="fig-list"><p class="fig-list-title">La rédaction vous conseille :</p>{TWO_POSTS}</div>'
    assert urls(html) == BOTH
    assert urls(html.replace("vous conseille", "vous recommande")) == BOTH
    # Counter-example: a sentence of the text saying what the editors advise heads nothing.
    sentence = ARTICLE + ("<p>La rédaction vous conseille de dormir dans une chambre fraîche et de dîner léger "
                          f"avant de vous coucher.</p>{TWO_POSTS}")
    assert urls(sentence) == []


def test_a_card_byline_with_an_author_part_and_a_date_part() -> None:
    """"<div class=cb-byline><span class=cb-author><a rel=author>…</a></span><span class=cb-separator><i></i></span>
    <span class=cb-date><time>…</time></span></div>" under a card's title: read whole, the byline runs the name
    and the date together; its author part names the author (all of them), the date stays the date."""
    card = """<li><h4 class="cb-post-title"><a href="{href}">{title}</a></h4><div class="cb-byline"><span class="cb-author">
      {names}</span><span class="cb-separator"><i class="fa fa-times"></i></span><span class="cb-date"><time
      datetime="{day}">{printed}</time></span></div></li>"""
    cards = card.format(href="/2025/10/sieste-tension/", title="La sieste fait baisser la tension, selon une étude",
                        names='<a href="/author/claire-martin/" rel="author">Claire Martin</a>',
                        day="2025-10-20", printed="20 octobre 2025") + \
        card.format(href="/2025/09/apnee-du-sommeil/", title="Apnée du sommeil : les signes qui doivent alerter",
                    names='<a href="/author/paul-roy/" rel="author">Paul Roy</a> et '
                          '<a href="/author/anne-duval/" rel="author">Anne Duval</a>',
                    day="2025-09-03", printed="3 septembre 2025")
    posts = extract_related_posts(page_of(ARTICLE + f'<div class="cb-related-posts"><h3>Articles similaires</h3><ul>{cards}</ul></div>'))
    assert [(post.author, str(post.published_at)) for post in posts] == [("Claire Martin", "2025-10-20"),
                                                                        ("Paul Roy et Anne Duval", "2025-09-03")]


def test_a_card_byline_printing_when_the_post_appeared_names_no_one() -> None:
    """"<div class=ra_byline>8 hours ago</div>" under a card's title: a name never holds digits, and what a byline
    prints from one on is when the post appeared; a name before it stays ("Claire Martin il y a 2 jours")."""
    card = '<div class="ra_entry"><div class="ra_title"><a href="{href}">{title}</a></div><div class="ra_byline">{line}</div></div>'
    cards = card.format(href="/2025/10/sieste-tension/", title="La sieste fait baisser la tension, selon une étude",
                        line="8 hours ago") + \
        card.format(href="/2025/09/apnee-du-sommeil/", title="Apnée du sommeil : les signes qui doivent alerter",
                    line="Claire Martin il y a 2 jours")
    posts = extract_related_posts(page_of(ARTICLE + f'<div class="related_articles">{cards}</div>'))
    assert [post.url for post in posts] == BOTH
    assert [post.author for post in posts] == [None, "Claire Martin"]


def test_a_heading_with_its_first_words_set_off_in_an_accent_part() -> None:
    """"<div class=block-top><span class=ft-c>À lire</span> aussi</div>" over a box of cards: the label is the
    whole heading, its first words styled apart."""
    cards = "".join(f'<div class="item article"><a href="{href}"><h5>{title}</h5></a><p>{teaser}</p></div>'
                    for href, title, teaser in [
                        ("/2025/10/sieste-tension/", "La sieste fait baisser la tension, selon une étude",
                         "Vingt minutes après le déjeuner suffisent, selon les chercheurs."),
                        ("/2025/09/apnee-du-sommeil/", "Apnée du sommeil : les signes qui doivent alerter",
                         "Ronflements, fatigue au réveil : quand consulter un médecin.")])
    box = f'<div class="block block-call-items"><div class="block-top"><span class="ft-c">À lire</span> aussi</div>' \
          f'<div class="block-content">{cards}</div></div>'
    assert urls(ARTICLE + box) == BOTH
    # Counter-example: an accent part opening another text heads nothing.
    assert urls(ARTICLE + box.replace("</span> aussi", "</span> dans notre magazine")) == []


def test_a_related_named_box_headed_featured_is_the_site_s_picks() -> None:
    """"<section class=relatedarticles><p class=rightboxesheadline>Featured</p><article>…" beside the text: the
    site's featured picks, the same beside every article, whatever the box's class says."""
    cards = "".join(f'<article class="boxpart"><header><h3 class="title"><a href="{href}">{title}</a></h3></header></article>'
                    for href, title in [("/2025/10/sieste-tension/", "La sieste fait baisser la tension, selon une étude"),
                                        ("/2025/09/apnee-du-sommeil/", "Apnée du sommeil : les signes qui doivent alerter")])
    box = f'<aside><section class="relatedarticles"><p class="colorheadline rightboxesheadline">Featured</p>{cards}</section></aside>'
    assert urls(ARTICLE + box) == []
    # Counter-examples: the same box under a related heading is related; a card's "Featured: …" title is a headline.
    assert urls(ARTICLE + box.replace(">Featured<", ">Articles similaires<")) == BOTH
    featured_title = box.replace(">Featured<", ">Articles similaires<").replace("La sieste", "Featured: la sieste")
    assert urls(ARTICLE + featured_title) == BOTH


def test_cards_titled_by_linked_h1s_are_no_article() -> None:
    """"<h4>Articles similaires</h4><div>Ne les manquez pas</div><div><a><h1 class=entry-title>…</h1></a>…" (a blog
    theme titling its related cards with ``<h1>``s inside their links): a linked ``<h1>`` is a card's title, the
    box no article; each card's "par <a>Name</a>" line and date stay the card's."""
    cards = "".join(f"""<div class="blog_entry_li"><a href="{href}" class="shout_anchor"><h1 class="entry-title">{title}</h1></a>
      <div class="single_blog_meta"><div class="prk_lf">{day}</div><div class="prk_lf shout_author">par <a
      href="/author/{slug}/">{name}</a></div></div><p>Un résumé de l'article en quelques mots.</p></div>"""
                    for href, title, day, slug, name in [
                        ("/2025/10/sieste-tension/", "La sieste fait baisser la tension, selon une étude",
                         "20 octobre 2025", "claire", "Claire Martin"),
                        ("/2025/09/apnee-du-sommeil/", "Apnée du sommeil : les signes qui doivent alerter",
                         "3 septembre 2025", "paul", "Paul Roy")])
    box = f'<div id="shout_box"><div class="prk_inner_block"><h4>Articles similaires</h4>' \
          f'<div class="small_headings">Ne les manquez pas</div><div class="grid">{cards}</div></div></div>'
    posts = extract_related_posts(page_of(ARTICLE + box))
    assert [(post.url, post.author, str(post.published_at)) for post in posts] == [
        (BOTH[0], "Claire Martin", "2025-10-20"), (BOTH[1], "Paul Roy", "2025-09-03")]
    # Counter-example: an unlinked h1 in the same box is a headline, and the region an article.
    assert urls(ARTICLE + box.replace('<div class="small_headings">', '<h1>Un autre titre</h1><div class="small_headings">')) == []


def test_boxes_named_read_next_and_read_also() -> None:
    """"<div class=read-next-wrapper><p class=read-next><a>Read Next</a></p><p class=read-next-link><a>…</a></p>" under
    the text and "<article class=read-also><h3>читайте также</h3><ul>…" (a heading no lexicon reads): the name
    says what the box is."""
    href, title = "/2025/10/sieste-tension/", "La sieste fait baisser la tension, selon une étude"
    read_next = f'<div class="read-next-wrapper"><p class="read-next"><a href="{href}">Read Next</a></p>' \
                f'<p class="read-next-link"><a class="desktop" href="{href}">{title}</a></p></div>'
    assert urls(ARTICLE + read_next) == BOTH[:1]
    read_also = f'<article class="read-also"><h3 class="feed-header">Чтение</h3>{TWO_POSTS}</article>'
    assert urls(ARTICLE + read_also) == BOTH
    # Counter-example: a share bar named for the section it sits in is no box of posts.
    share = f'<div class="extra-share-read-next-section"><a href="{href}">Partager cet article sur Facebook</a></div>'
    assert urls(ARTICLE + share) == []


def test_related_headings_and_lines_in_russian_and_ukrainian() -> None:
    """"<h3>Читайте также</h3><ul>…" under the text (a football site's box), "Похожие новости", "Материалы по теме",
    "Читайте також", "Схожі новини", and the in-body line "<p><strong>Читайте также:</strong> <a>…</a></p>"."""
    for heading in ("Читайте также", "Похожие новости", "Материалы по теме", "Читайте також", "Схожі новини",
                    "Новини за темою"):
        assert urls(ARTICLE + f'<div class="box"><h3>{heading}</h3>{TWO_POSTS}</div>') == BOTH, heading
    assert urls(ARTICLE + f'<div class="box"><div class="title">Читайте также</div>{TWO_POSTS}</div>') == BOTH
    line = '<p><strong>Читайте также:</strong> <a href="/2025/10/sieste-tension/">Дневной сон снижает давление</a></p>'
    assert urls(ARTICLE.replace("</div>", line + "</div>")) == BOTH[:1]
    # Counter-example: a sentence opening with the words heads nothing.
    sentence = "<p>Читайте также внимательно инструкцию к препарату перед тем, как принимать его на ночь.</p>"
    assert urls(ARTICLE + sentence + TWO_POSTS) == []


def test_a_card_s_kicker_linked_to_its_section_is_its_label() -> None:
    """"<h2 class=kicker-id><a class=kicker href=/sante/sommeil/>Santé et sommeil</a></h2><h3><a>…</a></h3>" on a card:
    the kicker is the card's label, not a post of its own (a section's name of several words, two folders deep)."""
    cards = "".join(f'<div class="card"><h2 class="caps kicker-id"><a class="kicker" href="/sante/sommeil/">Santé et '
                    f'sommeil</a></h2><h3><a href="{href}">{title}</a></h3></div>'
                    for href, title in [("/2025/10/sieste-tension/", "La sieste fait baisser la tension, selon une étude"),
                                        ("/2025/09/apnee-du-sommeil/", "Apnée du sommeil : les signes qui doivent alerter")])
    assert urls(ARTICLE + f'<div class="box"><h2>Articles similaires</h2>{cards}</div>') == BOTH
    # The same with the kicker named on its wrapper ("<span class=topline><a>…</a></span>").
    topline = cards.replace('<h2 class="caps kicker-id"><a class="kicker"', '<span class="topline"><a').replace(
        "</a></h2>", "</a></span>", 2)
    assert urls(ARTICLE + f'<div class="box"><h2>Articles similaires</h2>{topline}</div>') == BOTH


def test_a_collection_s_or_an_archive_s_page_is_no_post() -> None:
    """A related list closing on "<a href=/collection/next-generation-leaders/>Generation Leaders</a>": a
    collection's page (and an archive's, "/archives/sante/"), a list of posts, not a post; an article filed
    under an archive's folder ("/science/archive/2020/08/slug/") stays one."""
    box = '<div class="box"><h3>Articles similaires</h3><ul><li><a href="/2025/10/sieste-tension/">La sieste fait ' \
          'baisser la tension, selon une étude</a></li><li><a href="/collection/les-grands-dossiers-sante/">Les grands ' \
          'dossiers de la santé</a></li></ul></div>'
    assert urls(ARTICLE + box) == BOTH[:1]
    assert urls(ARTICLE + box.replace("/collection/les-grands-dossiers-sante/", "/archives/sante/")) == BOTH[:1]
    filed = box.replace("/collection/les-grands-dossiers-sante/", "/sante/archive/2025/08/apnee-du-sommeil/")
    assert urls(ARTICLE + filed) == [BOTH[0], "https://journal.example/sante/archive/2025/08/apnee-du-sommeil/"]


def test_a_republished_copy_s_post_navigation_leads_to_the_site_it_is_on() -> None:
    """A sister paper's copy declaring its original canonical ("<link rel=canonical href=https://autre-journal.example/…>")
    under "<nav class='pagination post-navigation'><a class=previous>…</a></nav>": the previous post is on the site the
    page was fetched from, as its related cards are; a link to a third site stays out."""
    head = '<link rel="canonical" href="https://autre-journal.example/sante/sommeil-et-coeur/">'
    nav = '<nav class="pagination post-navigation"><nav class="pagination"><a class="previous" ' \
          'href="https://journal.example/2025/10/sieste-tension/"><span>La sieste fait baisser la tension, selon une ' \
          'étude</span></a></nav></nav>'
    posts = extract_related_posts(parsed_page(ARTICLE + nav, head, url=URL, lang="fr"))
    assert [post.url for post in posts] == BOTH[:1]
    elsewhere = nav.replace("https://journal.example/", "https://troisieme-site.example/")
    assert extract_related_posts(parsed_page(ARTICLE + elsewhere, head, url=URL, lang="fr")) == []
    # Nor is a portal's strip of stories a post navigation ("<div class=filmstrip-nav><a class=filmstrip-previous>").
    strip = '<div class="filmstrip"><div class="filmstrip-nav"><a class="filmstrip-previous" ' \
            'href="https://journal.example/2025/10/sieste-tension/">Previous</a></div></div>'
    assert extract_related_posts(parsed_page(strip + ARTICLE, head, url=URL, lang="fr")) == []


def test_a_permalink_ending_in_the_post_s_date_is_a_post() -> None:
    """"<a class=vw-post-navigation-previous href=/bien-etre/la-sieste-fait-baisser-la-tension/2025/10/20/>" (a theme's
    permalinks closing on the post's date after its slug): the previous post, not a day's archive; a date after the
    root or a section folder ("/2025/10/", "/blog/2025/10/20/") stays an archive."""
    nav = '<div class="vw-post-navigation"><a class="vw-post-navigation-previous" href="{href}"><span ' \
          'class="vw-post-navigation-label">Article précédent</span><h4 class="vw-post-navigation-title">La sieste fait ' \
          'baisser la tension, selon une étude</h4></a></div>'
    href = "/bien-etre/la-sieste-fait-baisser-la-tension/2025/10/20/"
    assert urls(ARTICLE + nav.format(href=href)) == ["https://journal.example" + href]
    assert urls(ARTICLE + nav.format(href="/blog/2025/10/20/")) == []
    assert urls(ARTICLE + nav.format(href="/2025/10/")) == []


def test_another_site_s_home_page_with_a_campaign_query_is_no_post() -> None:
    """A paper's "related sites" box ("<a href='https://asia.journal.example/?n_cid=NAV01'>Journal Asia</a>", each of
    its other sites' home pages with the campaign's id, AT Internet's "xtor" or Webtrends' "WT.mc_id"): no post;
    "/?p=123", WordPress's plain permalink, stays one."""
    box = '<div class="related-sites"><h3>Sur le même sujet</h3><ul>{items}</ul></div>'
    homes = ['https://asia.journal.example/?n_cid=NAV01', 'https://sport.journal.example/?xtor=AL-32',
             'https://radio.journal.example/?WT.mc_id=footer', 'https://journal.example?icid=rel_2']
    items = "".join(f'<li><a href="{href}">Le site du groupe numéro {n}</a></li>' for n, href in enumerate(homes))
    assert urls(ARTICLE + box.format(items=items)) == []
    post = '<li><a href="https://journal.example/?p=123">La sieste fait baisser la tension, selon une étude</a></li>'
    assert urls(ARTICLE + box.format(items=items + post)) == ["https://journal.example/?p=123"]


def test_a_section_named_next_in_a_menu_s_flyout_is_no_post_navigation() -> None:
    """A magazine's header menu whose panel lists a section called "NEXT" ("<li class=nav-flyout-link><div
    class=flyout><ul><li><a href=/innovate/next/>NEXT Blog</a>"), or a Bootstrap "dropdown" listing it: a section
    among sections, not the next post; the same link under the article stays the next post."""
    link = '<a href="https://journal.example/2025/12/next-le-blog-des-idees/">Next Blog</a>'
    flyout = f'<ul id="header-links"><li class="nav-flyout-link"><div class="flyout"><ul><li>{link}</li></ul></div></li></ul>'
    dropdown = f'<ul class="links"><li class="dropdown"><ul><li>{link}</li></ul></li></ul>'
    assert urls(flyout + ARTICLE) == []
    assert urls(dropdown + ARTICLE) == []
    assert urls(ARTICLE + f"<p>{link}</p>") == ["https://journal.example/2025/12/next-le-blog-des-idees/"]


def test_a_media_card_s_play_button_is_no_title() -> None:
    """A video card whose picture link prints the play button ("<a class=media><img><span class='action play'>Play
    Video</span></a>") beside its title's link, the two told apart by their tracking (";_ylt=A", ";_ylt=B"): one
    post, the title's; "Watch the video" and "Video abspielen" are buttons too."""
    card = '<li class="video"><a class="media" href="/video/sommeil-coeur-1.html;_ylt=A"><img src="/v.jpg" alt="">' \
           '<span class="action play">{button}</span></a><p><a href="/video/sommeil-coeur-1.html;_ylt=B">Vidéo : ce que ' \
           'le sommeil change pour le cœur</a></p></li>'
    for button in ("Play Video", "Watch the video", "Video abspielen"):
        html = ARTICLE + f'<div class="related-content"><h3>Sur le même sujet</h3><ul>{card.format(button=button)}' \
                         f'{TWO_POSTS[4:-5]}</ul></div>'
        assert urls(html) == ["https://journal.example/video/sommeil-coeur-1.html;_ylt=B", *BOTH]


def test_a_section_s_front_page_by_its_file_is_no_post() -> None:
    """"<a href=/conjoncture/index.php>Plus d'articles Conjoncture</a>" closing a related box (also "/sport/index.html",
    "/default.aspx"): the section's front page, no post; an article's own "index.html" deeper down stays a post."""
    box = '<div class="article-related"><h3>Sur le même sujet</h3><ul>{items}</ul></div>'
    fronts = ["/conjoncture/index.php", "/sport/index.html", "/default.aspx"]
    items = "".join(f"<li><a href='{href}'>Plus d'articles de la rubrique {n}</a></li>" for n, href in enumerate(fronts))
    assert urls(ARTICLE + box.format(items=TWO_POSTS[4:-5] + items)) == BOTH
    deep = "<li><a href='/2025/10/20/sante/sieste-tension/index.html'>La sieste fait baisser la tension</a></li>"
    assert urls(ARTICLE + box.format(items=deep)) == ["https://journal.example/2025/10/20/sante/sieste-tension/index.html"]


def test_a_poll_s_related_links_are_no_related_posts() -> None:
    """A poll box beside the article ("<ul class=poll-related><li><a>Reference Story</a></li><li><a>View Results</a>"):
    the story the question came from and the results, no related posts; a survey's and a quiz's too."""
    story = '<li><a href="/2025/10/sieste-tension/">La sieste fait baisser la tension, selon une étude publiée hier</a></li>' \
            '<li><a href="/2025/09/apnee-du-sommeil/">Apnée du sommeil : les signes qui doivent alerter</a></li>'
    for name in ("poll-related", "survey_related", "quizRelated"):
        assert urls(ARTICLE + f'<ul class="{name}">{story}</ul>') == []
    assert urls(ARTICLE + f'<ul class="post-related">{story}</ul>') == BOTH


def test_a_line_of_the_article_s_topics_is_no_related_post() -> None:
    """"<div class=read_more><strong>Read More:</strong> <a href=/tag/…>…</a>, … <a href=/sante>Santé</a></div>": the
    article's topics and its section's page, no post; cards of a related box printing their tags stay posts."""
    tags = ", ".join(f'<a href="/tag/{slug}">{slug.title()}</a>' for slug in ("sommeil", "coeur", "infarctus", "etudes"))
    line = f'<div class="read_more"><strong>Read More:</strong> {tags}, <a href="/sante-publique">Santé publique</a></div>'
    assert urls(ARTICLE + line) == []
    cards = "".join(f'<li>{link}<p><a href="/tag/sommeil">Sommeil</a> <a href="/tag/coeur">Cœur</a></p></li>'
                    for link in TWO_POSTS[4:-5].replace("<li>", "").split("</li>") if link.strip())
    assert urls(ARTICLE + f'<div class="related-posts"><h3>À lire aussi</h3><ul>{cards}</ul></div>') == BOTH


def test_the_listing_between_the_previous_and_the_next_post_is_no_post() -> None:
    """"<nav class='navigation post-navigation'>…<div class=nav-previous>…</div><div class=nav-overview><a
    href=/actualites/toutes/>Alle News anzeigen</a></div>": the previous post, not the listing beside it ("Zurück zur
    Übersicht", "Voir tous les articles" too)."""
    nav = '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a rel="prev" ' \
          'href="/2025/10/sieste-tension/">La sieste fait baisser la tension, selon une étude</a></div>' \
          '<div class="nav-overview"><a href="/actualites/toutes/">{text}</a></div></div></nav>'
    for text in ("Alle News anzeigen", "Zurück zur Übersicht", "Voir tous les articles"):
        assert urls(ARTICLE + nav.format(text=text)) == BOTH[:1]


def test_the_site_s_app_offered_among_the_cards_is_no_post() -> None:
    """A portal's rail offering its app beside related stories ("<a href=/tech/journal-app-ar-BB12>Download the Journal
    app for full coverage of the crisis</a>", "Jetzt die App herunterladen", "Téléchargez l'application"): a promotion,
    no post; a headline about downloading an app stays one."""
    promo = '<li><a href="/2025/11/journal-app-couverture/">{text}</a></li>'
    for text in ("Download the Journal app for full coverage of the crisis", "Jetzt die Journal App herunterladen",
                 "Téléchargez l'application du Journal"):
        html = ARTICLE + f'<div class="related-posts"><h3>À lire aussi</h3><ul>{TWO_POSTS[4:-5]}' \
                         f'{promo.format(text=text)}</ul></div>'
        assert urls(html) == BOTH
    headline = promo.format(text="How to download the new Journal app on an old phone")
    assert urls(ARTICLE + f'<div class="related-posts"><h3>À lire aussi</h3><ul>{headline}</ul></div>') == \
        ["https://journal.example/2025/11/journal-app-couverture/"]
