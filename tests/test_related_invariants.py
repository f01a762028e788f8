"""Related posts: the conventions an invariant audit of harvester's own records found misread (a related
post's title is no sentence of the body, no link is both a source and a related post, a title is the post's
words; docs/field-quality.md, "Related posts: an invariant audit"), each on a page of our own making with its
counter-example."""

from __future__ import annotations

from harvester.fields.related import extract_related_posts

from test_related_audit import ARTICLE, BOTH, TWO_POSTS, page_of, urls


def titles(html: str) -> list[str]:
    return [post.title for post in extract_related_posts(page_of(html))]


def test_arrows_around_a_teaser_title_are_no_words_of_it() -> None:
    """A teaser line or card prints arrows before or after its linked title (">>> …", "» …", "… «", ">> … <<"):
    pointers to the link, which the labelling guide leaves out of the title."""
    box = """<div class="related-posts"><h3>À lire aussi</h3><ul>
      <li><a href="/2025/10/sieste-tension/">&gt;&gt;&gt; La sieste fait baisser la tension, selon une étude</a></li>
      <li><a href="/2025/09/apnee-du-sommeil/">Apnée du sommeil : les signes qui doivent alerter &laquo;</a></li>
      <li><a href="/2025/08/insomnie/">&raquo; Insomnie : quand consulter un médecin</a></li></ul></div>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension, selon une étude",
                                     "Apnée du sommeil : les signes qui doivent alerter",
                                     "Insomnie : quand consulter un médecin"]


def test_guillemets_quoting_words_of_a_title_stay() -> None:
    """Counter-example: French guillemets open and close a quotation in the title ("« … », une conversation",
    "… des « stars »"), German ones hug the words ("»Schlaf ist Medizin«"): no arrows."""
    box = """<div class="related-posts"><h3>À lire aussi</h3><ul>
      <li><a href="/2025/10/sieste-tension/">« La sieste est un soin », une conversation avec un cardiologue</a></li>
      <li><a href="/2025/09/apnee-du-sommeil/">Apnée du sommeil : le retour des « stars » du CPAP</a></li>
      <li><a href="/2025/08/insomnie/">»Schlaf ist Medizin« sagt die Ärztin</a></li></ul></div>"""
    assert titles(ARTICLE + box) == ["« La sieste est un soin », une conversation avec un cardiologue",
                                     "Apnée du sommeil : le retour des « stars » du CPAP",
                                     "»Schlaf ist Medizin« sagt die Ärztin"]



def test_a_links_heading_over_one_card_is_the_boxs_title_bar() -> None:
    """A broadcaster's related box of one story ("<div class=linklist><h4 class=headline>Weiterführende Links</h4>
    <ul><li><a><span class=linktext>…"): the box is read as the card, and its "headline" part is the box's
    heading, no title of the post."""
    box = """<div class="article-related"><div class="linklist"><h4 class="headline">Weiterführende Links</h4>
      <ul class="list"><li><a href="/2025/10/sieste-tension/"><span class="linktext">La sieste fait baisser la
      tension, selon une étude</span></a></li></ul></div></div>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension, selon une étude"]


def test_a_card_title_opening_with_a_links_word_is_a_title() -> None:
    """Counter-example: a card's headline that opens with a word a links heading uses ("Literatur: …") is the
    post's title, as is one printing a reading list's heading in its words."""
    box = """<div class="article-related"><div class="linklist"><h4 class="headline">Literatur : les romans qui parlent
      du sommeil</h4><ul class="list"><li><a href="/2025/10/romans-sommeil/"><span class="linktext">Lire</span></a>
      </li></ul></div></div>"""
    assert titles(ARTICLE + box) == ["Literatur : les romans qui parlent du sommeil"]


def test_a_related_named_box_under_a_links_heading_is_the_articles_links() -> None:
    """TYPO3's news extension prints the related news, the article's links and its files in boxes of one
    class ("<h3>Links</h3><div class=news-related>"): under "Links" a PDF, a video and the site's livestream
    page, none a post."""
    html = ARTICLE + f"""<div class="row"><div class="col"><h3>Articles liés</h3>
      <div class="news-related">{TWO_POSTS}</div></div>
      <div class="col"><h3>Links</h3><div class="news-related"><ul>
        <li><a href="/fileadmin/documents/rapport-sommeil-2025.pdf">Le rapport complet sur le sommeil</a></li>
        <li><a href="https://www.youtube.com/watch?v=abc123">La conférence de presse en vidéo</a></li>
        <li><a href="/livestream">Le direct de la conférence</a></li></ul></div></div></div>"""
    assert urls(html) == BOTH


def test_a_links_heading_over_the_sites_articles_heads_related_posts() -> None:
    """Counter-example: a broadcaster's related box under "Weiterführende Links" ("<div class=cssArticleRelated>")
    lists the site's own dated stories: related posts, whatever the heading calls them."""
    html = ARTICLE + f'<div class="article-related"><h4>Weiterführende Links</h4>{TWO_POSTS}</div>'
    assert urls(html) == BOTH


def test_a_teasers_kicker_named_like_a_headline_is_no_title() -> None:
    """Teaser cards print their kicker in a part named like a headline before the title ("<span
    class=basicTeaser__superHeadline>", "<div class=pre-headline-teaser>"): the title is the heading after it, or
    the element right after the kicker where nothing else is named."""
    box = """<aside class="documentRelated"><h2>Plus sur le sommeil</h2>
      <article class="basicTeaser"><a href="/2025/10/sieste-tension/"><span class="basicTeaser__superHeadline">Sieste</span>
        <h3 class="basicTeaser__title">La sieste fait baisser la tension, selon une étude</h3>
        <div class="basicTeaser__main">Vingt minutes après le déjeuner suffisent, disent les chercheurs.</div></a></article>
      <article class="basicTeaser"><a href="/2025/09/apnee-du-sommeil/"><div class="pre-headline-teaser">Apnée</div>
        <div class="teaser-h2">Apnée du sommeil : les signes qui doivent alerter</div>
        <p>Ronflements, fatigue au réveil : ce qui doit amener à consulter.</p></a></article></aside>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension, selon une étude",
                                     "Apnée du sommeil : les signes qui doivent alerter"]


def test_a_card_whose_title_part_is_named_a_headline_keeps_it() -> None:
    """Counter-example: a card's title part named "headline" (no kicker word) is its title, though an
    "underline" part follows it."""
    box = """<aside class="documentRelated"><h2>Plus sur le sommeil</h2>
      <article class="teaser"><a href="/2025/10/sieste-tension/"><div class="teaser-headline">La sieste fait baisser
        la tension, selon une étude</div><div class="teaser-subheadline">Santé</div><p>Vingt minutes suffisent.</p></a>
      </article>
      <article class="teaser"><a href="/2025/09/apnee-du-sommeil/"><h3 class="title">Apnée du sommeil : les signes qui
        doivent alerter</h3><p>Ronflements, fatigue au réveil.</p></a></article></aside>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension, selon une étude",
                                     "Apnée du sommeil : les signes qui doivent alerter"]


def test_a_date_printed_after_a_cards_title_in_its_heading_is_no_title() -> None:
    """A newspaper's story card prints the date after the title inside its linked heading ("<h2
    class=headline><span class=title>…</span><time class=dateline>AUG. 9, 2008</time></h2>"): the post's date."""
    box = """<section class="related-coverage"><h2>Related Coverage</h2><ul>
      <li><article class="story"><a href="/2025/10/sieste-tension/"><h2 class="headline"><span class="title">La sieste
        fait baisser la tension, selon une étude</span> <time class="dateline">OCT. 9, 2025</time></h2></a></article></li>
      <li><article class="story"><a href="/2025/09/apnee-du-sommeil/"><h2 class="headline">Apnée du sommeil : les signes
        qui doivent alerter</h2></a><time>SEPT. 2, 2025</time></article></li></ul></section>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension, selon une étude",
                                     "Apnée du sommeil : les signes qui doivent alerter"]


def test_a_year_closing_a_title_outside_a_time_element_stays() -> None:
    """Counter-example: a title ending in a year or a date it names ("… depuis 2008") keeps it when no
    ``<time>`` prints it."""
    box = """<section class="related-coverage"><h2>Related Coverage</h2><ul>
      <li><a href="/2025/10/sieste-tension/">La sieste fait baisser la tension depuis 2008</a></li>
      <li><a href="/2025/09/apnee-du-sommeil/">Apnée du sommeil : ce qui change au 1er janvier 2026</a>
        <time>SEPT. 2, 2025</time></li></ul></section>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension depuis 2008",
                                     "Apnée du sommeil : ce qui change au 1er janvier 2026"]


def test_a_one_card_boxs_label_inside_its_link_is_no_title() -> None:
    """Svbtle's read-next box is one link holding the box's label, the post's title and its excerpt ("<a><h4
    class=readnext_header>Read this next</h4><h3 class=readnext_title>…</h3><p>…"): the title is the heading after
    the label, not the link's whole text."""
    box = """<section id="readnext"><a href="/2025/10/sieste-tension/"><h4 class="readnext_header">Read this next</h4>
      <h3 class="readnext_title">La sieste fait baisser la tension</h3><p class="readnext_content">Vingt minutes après
      le déjeuner suffisent, disent les chercheurs de Lyon… <span>Continue →</span></p></a></section>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension"]


def test_a_first_heading_that_is_no_label_is_the_title() -> None:
    """Counter-example: a card whose first heading is a headline, not a box's label, keeps it as its title though
    another heading (its section) follows."""
    box = """<section class="related-post"><a href="/2025/10/sieste-tension/"><h4 class="readnext_header">La sieste fait
      baisser la tension</h4><h3 class="readnext_title">Santé et sommeil</h3><p class="readnext_content">Vingt
      minutes suffisent.</p></a></section>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension"]


def test_a_kicker_glued_to_the_title_in_the_markup_is_no_words_of_it() -> None:
    """A teaser prints its kicker on a line of its own before the title, glued to it in the markup with no space
    ("<h4><em>Gedenken</em>#WeRemember …</h4>", "<h2><span class=tsrTitle>…</span><span class=tsrSubtitle>…",
    "<a><h4 class=schlagwort>Bildersuche</h4>Google …</a>"): the kicker is no words of the title."""
    box = """<div class="related-posts"><h3>Lesen Sie auch</h3><ul>
      <li><h4><em>Gedenken</em>#WeRemember - Der Landtag erinnert an die Opfer</h4>
        <a class="more" href="/2025/10/weremember/">Mehr …</a></li>
      <li><a href="/2025/09/feuerstein/"><h2><span class="tsrTitle">Trauer um eine Humor-Legende</span><span
        class="tsrSubtitle">Herbert Feuerstein ist tot</span></h2></a></li>
      <li><a href="/2025/08/bildersuche/"><h4 class="schlagwort">
        Bildersuche</h4>Google Bildersuche ist keine Verletzung</a></li></ul></div>"""
    assert titles(ARTICLE + box) == ["#WeRemember - Der Landtag erinnert an die Opfer", "Herbert Feuerstein ist tot",
                                     "Google Bildersuche ist keine Verletzung"]


def test_a_part_set_off_by_a_space_or_running_on_in_lower_case_is_words_of_the_title() -> None:
    """Counter-example: a title opening with a part set off by a space ("<strong>Exklusiv</strong> Der Plan …")
    or running on in lower case ("<em>iPhone</em>-Nutzer …") keeps it."""
    box = """<div class="related-posts"><h3>Lesen Sie auch</h3><ul>
      <li><a href="/2025/10/plan/"><h3><strong>Exklusiv</strong> Der Plan der Regierung für den Winter</h3></a></li>
      <li><a href="/2025/09/iphone/"><h3><em>iPhone</em>-Nutzer klagen über leere Akkus</h3></a></li></ul></div>"""
    assert titles(ARTICLE + box) == ["Exklusiv Der Plan der Regierung für den Winter",
                                     "iPhone-Nutzer klagen über leere Akkus"]


def test_a_one_word_topic_heading_before_the_title_heading_is_passed_over() -> None:
    """A card link holding picture, topic heading, title heading and excerpt ("<a><h4>Persönlichkeitsentwicklung</h4>
    <h3 class=title>…</h3><p class=subtitle>…</p></a>"): the topic, one word, can be no title; the title is the
    next heading, not the link's whole text."""
    box = """<div class="related-articles"><h2>Das könnte dich auch interessieren</h2>
      <a href="/magazin/entscheiden/"><div><h4>Persönlichkeitsentwicklung</h4><h3 class="title">Warum es so schwer
        fällt, uns zu entscheiden</h3><p class="subtitle">Die Wahl zu haben, ist ein Privileg.</p></div></a>
      <a href="/magazin/grenzen/"><div><h4>Beziehungen</h4><h3 class="title">Gesunde Grenzen setzen</h3>
        <p class="subtitle">Feierabend, endlich zu Hause.</p></div></a></div>"""
    assert titles(ARTICLE + box) == ["Warum es so schwer fällt, uns zu entscheiden", "Gesunde Grenzen setzen"]


def test_a_first_heading_that_can_be_a_title_stays_the_title() -> None:
    """Counter-example: a card whose first heading is a title of several words keeps it, though another heading
    follows."""
    box = """<div class="related-articles"><h2>Das könnte dich auch interessieren</h2>
      <a href="/magazin/entscheiden/"><div><h4>Warum es so schwer fällt, uns zu entscheiden</h4><h3 class="title">
        Persönlichkeit und Alltag</h3></div></a>
      <a href="/magazin/grenzen/"><div><h4>Gesunde Grenzen setzen</h4><h3 class="title">Beziehungen heute</h3>
        </div></a></div>"""
    assert titles(ARTICLE + box) == ["Warum es so schwer fällt, uns zu entscheiden", "Gesunde Grenzen setzen"]


def test_a_card_links_title_attribute_printed_as_a_part_is_the_title() -> None:
    """A card wrapping section, date, title and excerpt in one link names its title in the link's ``title``
    attribute, and a part prints it ("<a title='…'><span class=teaser_series>01.01.2022 - Formel 1</span><span
    class=teaser_header>…</span><span class=teaser_body>…</span></a>"): that is the title, not the whole text."""
    box = """<div class="article_related"><strong>Weitere Inhalte:</strong>
      <div><a href="/f1/news-1-gasly/" title="Pierre Gasly: Ich will um die WM kämpfen"><span class="teaser_series">
        01.01.2022 - Formel 1</span><span class="teaser_header">Pierre Gasly: Ich will um die WM kämpfen</span>
        <span class="teaser_body">Pierre Gasly hofft nach zwei starken Jahren auf mehr. mehr</span></a></div>
      <div><a href="/f1/news-2-tsunoda/" title="Lebenszeichen von Tsunoda: Selbstvertrauen zurück"><span
        class="teaser_series">13.12.2021 - Formel 1</span><span class="teaser_header">Lebenszeichen von Tsunoda:
        Selbstvertrauen zurück</span><span class="teaser_body">AlphaTauri räumt beim Finale ab. mehr</span></a></div>
      </div>"""
    assert titles(ARTICLE + box) == ["Pierre Gasly: Ich will um die WM kämpfen",
                                     "Lebenszeichen von Tsunoda: Selbstvertrauen zurück"]


def test_a_card_links_title_attribute_printed_nowhere_is_a_tooltip() -> None:
    """Counter-example: a ``title`` attribute no part of the link prints ("Zum Artikel: …", a shortened title)
    is a tooltip; the link's text stays the title."""
    box = """<div class="article_related"><strong>Weitere Inhalte:</strong>
      <div><a href="/f1/news-1-gasly/" title="Zum Artikel"><span>Pierre Gasly: Ich will um die WM kämpfen</span>
        </a></div>
      <div><a href="/f1/news-2-tsunoda/" title="Tsunoda"><span>Lebenszeichen von Tsunoda</span><span>:
        Selbstvertrauen zurück</span></a></div></div>"""
    assert titles(ARTICLE + box) == ["Pierre Gasly: Ich will um die WM kämpfen",
                                     "Lebenszeichen von Tsunoda: Selbstvertrauen zurück"]


def posts(html: str) -> list[tuple[str, str | None, str | None]]:
    return [(post.title, post.published_at and post.published_at.isoformat()[:10], post.excerpt)
            for post in extract_related_posts(page_of(html))]


def test_a_date_printed_apart_after_the_title_is_the_cards_date() -> None:
    """A card prints its date after the title in a part named a date ("<h2>… <span class=date>10.11.2019</span>
    </h2>") or after the title's link ("<div class=headline><a>…</a> 02.02.2022</div>"): the post's date, no
    words of its title."""
    box = """<div class="related-posts"><h3>Lesen Sie auch</h3><ul>
      <li><div class="headline"><a href="/2025/10/folsaeure/">Folsäure ist unverzichtbar</a> 02.02.2022 </div></li>
      <li><h2 class="teaser"><a href="/2025/09/stillen/">Stillen senkt das Risiko von Frauen</a>
        <span class="date">10.11.2019</span></h2></li></ul></div>"""
    assert posts(ARTICLE + box) == [("Folsäure ist unverzichtbar", "2022-02-02", None),
                                    ("Stillen senkt das Risiko von Frauen", "2019-11-10", None)]


def test_a_date_in_the_links_own_words_stays_in_the_title() -> None:
    """Counter-example: a title naming a date in its own words ("Protokoll der Sitzung vom 5. August 2019",
    "<span>Bericht zur Lage</span> vom 3.11.2021") keeps it: the link's words, not a date printed apart."""
    box = """<div class="related-posts"><h3>Lesen Sie auch</h3><ul>
      <li><div class="headline"><a href="/2025/10/protokoll/">Protokoll der Sitzung vom 5. August 2019</a></div></li>
      <li><div class="headline"><a href="/2025/09/bericht/"><span>Bericht zur Lage</span> vom 3.11.2021</a></div>
        </li></ul></div>"""
    assert posts(ARTICLE + box) == [("Protokoll der Sitzung vom 5. August 2019", None, None),
                                    ("Bericht zur Lage vom 3.11.2021", None, None)]


def test_a_link_wrapping_the_whole_card_holds_its_date_and_excerpt() -> None:
    """A card's link wraps picture, title, date and excerpt ("<a><h2>… <span class=date>…</span></h2><p>…</p></a>"):
    its parts beside the title are the card's date and excerpt, as beside a title link; the picture's caption is
    no excerpt, and the day it names no date of the post."""
    box = """<div class="related-posts"><h3>Lesen Sie auch</h3>
      <div class="news"><a href="/2025/10/mauerfall/"><figure><img src="/a.jpg"><figcaption><p>Bild: © Agentur
        Beispiel, Berlin</p></figcaption></figure><h2>Fall of the Berlin Wall remembered <span class="date">
        10.11.2019</span></h2><p>Three months after the Berlin Wall came down, Nelson Mandela walked out.</p></a></div>
      <div class="news"><a href="/2025/09/libya/"><div class="image__metadata"><div class="image__caption">Delegates
        arrive in Berlin on April 23, 2019.</div></div><h2>Berlin Libya conference: a first step?</h2><p>The German
        government has invited the warring parties to Berlin.</p></a></div></div>"""
    assert posts(ARTICLE + box) == [
        ("Fall of the Berlin Wall remembered", "2019-11-10",
         "Three months after the Berlin Wall came down, Nelson Mandela walked out."),
        ("Berlin Libya conference: a first step?", None,
         "The German government has invited the warring parties to Berlin.")]


def test_a_title_link_holds_no_excerpt_of_its_card() -> None:
    """Counter-example: a link printing only the title (with its kicker) is the title's link; a paragraph outside
    it is the excerpt, the link's parts are not read as one."""
    box = """<div class="related-posts"><h3>Lesen Sie auch</h3>
      <div class="news"><a href="/2025/10/mauerfall/"><span class="kicker">Gedenken</span> <span class="title">Fall of
        the Berlin Wall remembered</span></a><p>Three months after the Berlin Wall came down.</p></div>
      <div class="news"><a href="/2025/09/libya/"><span class="kicker">Diplomatie</span> <span class="title">Berlin
        Libya conference: a first step?</span></a><p>The German government has invited the parties.</p></div></div>"""
    assert posts(ARTICLE + box) == [
        ("Fall of the Berlin Wall remembered", None, "Three months after the Berlin Wall came down."),
        ("Berlin Libya conference: a first step?", None, "The German government has invited the parties.")]


def test_a_part_named_a_kicker_gives_way_to_the_part_named_a_headline() -> None:
    """A card's kicker set as a heading of its own with a class naming it a label, a category or a
    subheadline ("<h3 class=a-label-subject>Nach Durchbruch bei EU-Gipfel</h3><h3 class=a-headline>…",
    stern's) is no title where a part after it is named a headline. Counter-example: a part named a
    title before a part named a subtitle stays the title ("<span class=tsrTitle>…<span class=tsrSubtitle>")."""
    box = """<div class="related-posts"><h3>Lesen Sie auch</h3><ul>
      <li><a href="/2025/10/sieste-tension/"><h3 class="a-label-subject">Nach der Studie</h3>
        <h3 class="a-headline">La sieste fait baisser la tension, selon une étude</h3></a></li>
      <li><a href="/2025/09/apnee-du-sommeil/"><span class="card-title">Apnée du sommeil : les signes</span>
        <span class="card-subtitle">Ce qui doit alerter les proches</span></a></li></ul></div>"""
    assert titles(ARTICLE + box) == ["La sieste fait baisser la tension, selon une étude",
                                     "Apnée du sommeil : les signes"]


def _navigation(previous: str, following: str, title_attribute: str = "") -> str:
    return ('<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous">'
            f'<a rel="prev" href="/2025/10/sieste-tension/"{title_attribute}>{previous}</a></div><div class="nav-next">'
            f'<a rel="next" href="/2025/12/apnee-du-sommeil/">{following}</a></div></div></nav>')


def test_a_navigation_label_naming_a_chapter_or_a_topic_is_a_label_whole() -> None:
    """A serial's "Previous Chapter" / "Next Chapter" (Royal Road, AO3) and a forum's "Vorheriges Thema
    anzeigen" are labels whole: read as "Previous" and a title, every neighbour was titled "Chapter" or
    "Thema anzeigen". Blogger's "♥♥Weiterblättern♥♥" is a label too: its title attribute names the link.
    Counter-example: a chapter's own title after the label stays ("Next: Chapter 12: The Storm")."""
    assert titles(ARTICLE + _navigation("← Previous Chapter", "Next Chapter →")) == ["Previous Chapter", "Next Chapter"]
    assert titles(ARTICLE + _navigation("« Vorheriges Thema anzeigen", "Nächstes Thema anzeigen »")) == [
        "Vorheriges Thema anzeigen", "Nächstes Thema anzeigen"]
    assert titles(ARTICLE + _navigation("♥♥Weiterblättern♥♥", "Next: Chapter 12: The Storm",
                                        ' title="Neuerer Post"')) == ["Neuerer Post", "Chapter 12: The Storm"]


def test_a_one_word_name_the_address_is_is_the_cards_title() -> None:
    """A download's or a lexicon entry's card names its post in one word ("<h4>VeraCrypt</h4>" to
    "/downloads/VeraCrypt_70310496.html", "Apfel" to "/lexikon/obst/apfel"): read as no title, the card's
    whole text stood for it ("VeraCryptVeraCrypt ist ein …Zum Download"). Counter-examples: a word the
    address is not ("Chapter"), a category's part ("<h6 class=category>") and a kicker with the title run
    on after it are no title."""
    box = """<div class="related-posts"><h3>Alternativen</h3>
      <a href="/downloads/VeraCrypt_70310496.html" class="card"><figure><img src="/v.png" alt="VeraCrypt"></figure>
        <div><h4>VeraCrypt</h4><p>VeraCrypt ist ein Verschlüsselungsprogramm, das sicherer sein will.</p></div>
        <p>Zum Download</p></a>
      <a href="/lexikon/obst/apfel" class="card"><h4>Apfel</h4><p>Äpfel schmecken nicht nur wunderbar, sie sind
        auch gesund.</p></a></div>"""
    assert titles(ARTICLE + box) == ["VeraCrypt", "Apfel"]
    others = """<div class="related-posts"><h3>Lesen Sie auch</h3>
      <div class="card"><h6 class="category"><a href="/info/allgemein/">Allgemein</a></h6>
        <h4><a href="/2025/10/sieste-tension/">La sieste fait baisser la tension</a></h4></div>
      <div class="card"><a href="/2025/09/bildersuche/"><h4>Bildersuche</h4>Google Bildersuche ist keine Verletzung</a></div>
      <div class="card"><a href="/fiction/63759/chapter/1446199/one-hundred-one"><h4>Chapter</h4>
        <p>Alden asked Haoyu as the two of them headed down a broad hall.</p></a></div></div>"""
    assert titles(ARTICLE + others)[:2] == ["La sieste fait baisser la tension", "Google Bildersuche ist keine Verletzung"]
    assert "Chapter" not in titles(ARTICLE + others)
