"""Related posts: the failure classes found on unseen corpus pages (evaluation/gold/fields-holdout.json),
each on a page of our own making."""

from __future__ import annotations

from functools import partial

from harvester.core import extract_article
from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://gesundheit.example/2025/11/schlaf-und-herz/"

page_of = partial(parsed_page, url=URL, lang="de")

ARTICLE = """
<article class="post"><h1>Wie Schlaf das Herz schützt</h1>
  <div class="entry-content">
    <p>Wer regelmäßig sieben Stunden schläft, hat ein geringeres Risiko für Herzinfarkt, berichten Forschende aus
    Heidelberg nach einer Auswertung von Daten aus zwölf Jahren. Die Studie erschien im Fachblatt der Kardiologen.</p>
  </div>
</article>
"""


def urls(html: str) -> list[str | None]:
    return [post.url for post in extract_related_posts(page_of(html))]


def test_a_heading_naming_the_site_after_the_label() -> None:
    """"Mehr zum Thema auf UEPO.de": the label followed by where the posts are."""
    html = ARTICLE + """
    <h3>Mehr zum Thema auf Gesundheit.example</h3>
    <ul><li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
        <li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></li></ul>"""
    assert urls(html) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/",
                          "https://gesundheit.example/2025/09/schlafapnoe-erkennen/"]


def test_an_in_body_related_line_is_a_paragraph_named_related() -> None:
    """``<p class="lico-related-post"><a>Title</a></p>`` between the article's paragraphs, without a label."""
    html = ARTICLE.replace("</div>", """
    <p class="inline-related-post"><a href="/2025/08/melatonin-kinder/">Melatonin für Kinder: was Eltern wissen sollten</a></p>
    <p>Die Forschenden raten, feste Schlafzeiten einzuhalten, auch am Wochenende.</p></div>""")
    assert urls(html) == ["https://gesundheit.example/2025/08/melatonin-kinder/"]


def test_cards_with_long_excerpts_are_a_list_of_cards() -> None:
    """Little of a card's text is linked when each prints a long teaser; the linked headings make it a list."""
    teaser = ("Forschende haben untersucht, wie sich der Schlaf im Laufe des Lebens verändert und welche Folgen "
              "das für Herz und Kreislauf hat; die Ergebnisse überraschen, denn nicht die Dauer allein zählt, sondern "
              "auch die Regelmäßigkeit, mit der wir zu Bett gehen und aufstehen, und wie gut wir durchschlafen [...]")
    cards = "".join(f"""
      <li><article class="post_teaser"><h3 class="post_title"><a href="/2025/0{n}/beitrag-{n}/">Beitrag Nummer {n} über den Schlaf</a></h3>
        <div class="meta"><p>Montag | {n}. Juli 2025</p></div><div class="excerpt"><p>{teaser}</p></div>
        <div class="read_more_btn"><a href="/2025/0{n}/beitrag-{n}/">Mehr erfahren</a></div></article></li>"""
                    for n in (1, 2, 3))
    html = ARTICLE + f'<div id="related_posts"><h3 class="title">Related Posts</h3><ul>{cards}</ul></div>'
    assert urls(html) == [f"https://gesundheit.example/2025/0{n}/beitrag-{n}/" for n in (1, 2, 3)]


def teaser(slug: str, kicker: str, title: str) -> str:
    return f'<a href="/{slug}/"><div class="item"><h3>{kicker}</h3><h4>{title}</h4></div></a>'


def test_a_heading_over_several_rows_of_cards_takes_every_row() -> None:
    """"Lesen Sie auch" then two rows of two teasers: the heading's box, not its first row alone."""
    html = ARTICLE + f"""
    <div class="teaserList"><div class="boxhead">Lesen Sie auch</div>
      <div class="row">{teaser("a/erster", "Studie", "Kaffee am Abend stört den Tiefschlaf")}{teaser("a/zweiter", "Umfrage", "So schlafen die Deutschen im Winter")}</div>
      <div class="row">{teaser("b/dritter", "Ratgeber", "Was bei Einschlafproblemen wirklich hilft")}{teaser("b/vierter", "Medizin", "Schnarchen: wann es gefährlich wird")}</div>
    </div>"""
    assert urls(html) == [f"https://gesundheit.example/{slug}/" for slug in ("a/erster", "a/zweiter", "b/dritter", "b/vierter")]


def test_rows_of_cards_stop_at_a_sibling_under_its_own_heading() -> None:
    html = ARTICLE + f"""
    <div class="box"><h3>Lesen Sie auch</h3>
      <div class="row">{teaser("a/erster", "Studie", "Kaffee am Abend stört den Tiefschlaf")}</div>
      <h3>Meistgelesen</h3>
      <div class="row">{teaser("b/dritter", "Ratgeber", "Was bei Einschlafproblemen wirklich hilft")}</div>
    </div>"""
    assert urls(html) == ["https://gesundheit.example/a/erster/"]


def test_a_feed_link_in_a_related_block_is_no_post() -> None:
    """"Verfolgen Sie die neuesten Artikel zum Thema in Ihrem RSS-Reader": a subscription, not an article."""
    html = ARTICLE + """
    <div class="similarityBlock"><a href="https://rss.gesundheit.example/schlaf/">Verfolgen Sie die neuesten Artikel
      zum Thema „Schlaf“ in Ihrem RSS-Reader</a>
      <a href="/2025/07/schlaftracker/">Was Schlaftracker wirklich messen können</a></div>"""
    # A registrable domain, so that the feed's host counts as the same site as the page's.
    html = html.replace("gesundheit.example", "gesundheit-magazin.de")
    page = parsed_page(html, url="https://www.gesundheit-magazin.de/2025/11/schlaf-und-herz/", lang="de")
    assert [post.url for post in extract_related_posts(page)] == [
        "https://www.gesundheit-magazin.de/2025/07/schlaftracker/"]


def test_related_tutorials_heading_over_a_sidebar_grid() -> None:
    """"Related Tutorials" (statisticsglobe.com): the "Related <kind of post>" heading of a tutorial site."""
    html = ARTICLE + """
    <aside class="sidebar"><div class="widget widget_post_grid"><h3 class="widgettitle">Related Tutorials</h3>
      <div class="grid"><div class="cell"><a href="/2025/06/schlaf-tagebuch/"><img src="/t1.jpg" alt=""></a>
        <a href="/2025/06/schlaf-tagebuch/">Ein Schlaftagebuch führen (3 Beispiele)</a></div>
      <div class="cell"><a href="/2025/05/abendroutine/">Die Abendroutine planen: eine Anleitung</a></div></div></div></aside>"""
    assert urls(html) == ["https://gesundheit.example/2025/06/schlaf-tagebuch/",
                          "https://gesundheit.example/2025/05/abendroutine/"]


# --- Third holdout (evaluation/gold/fields-holdout-3.json): failure classes that recur across sites.

EN_URL = "https://health-news.example/2025/11/sleep-and-the-heart.html"
en_page = partial(parsed_page, url=EN_URL, lang="en")

EN_ARTICLE = """
<article class="post"><h1>How sleep protects the heart</h1>
  <div class="entry-content">
    <p>People who regularly sleep seven hours have a lower risk of heart attack, researchers in Heidelberg report
    after analysing twelve years of data. The study appeared in a cardiology journal this week.</p>
  </div>
</article>
"""


def en_urls(html: str) -> list[str | None]:
    return [post.url for post in extract_related_posts(en_page(html))]


def test_blogger_newer_and_older_post_links_are_post_navigation() -> None:
    """Blogger's pager ("Newer Post" / "Older Post" beside "Home") names the neighbouring posts."""
    html = EN_ARTICLE + """
    <div class="blog-pager" id="blog-pager">
      <span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2025/12/winter-sleep.html">Newer Post</a></span>
      <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2025/10/naps.html">Older Post</a></span>
      <a class="home-link" href="https://health-news.example/">Home</a></div>"""
    assert en_urls(html) == ["https://health-news.example/2025/12/winter-sleep.html",
                             "https://health-news.example/2025/10/naps.html"]


def test_older_posts_paging_an_archive_is_no_post_navigation() -> None:
    """The counter-example: "Older posts" of a list page leads to its next page, not to a post."""
    html = EN_ARTICLE + """
    <div class="nav-links"><a class="next" href="/page/2/">Older posts</a></div>
    <p><a href="/2025/10/naps.html">Older</a></p>"""
    assert en_urls(html) == []


def test_a_site_menu_named_like_post_navigation_is_no_post_navigation() -> None:
    """The BBC's global menu is ``<div id="orb-nav-links">``: "nav-links" is WordPress's post
    navigation, but a region with more than a previous and a next post is a menu."""
    menu = "".join(f'<li><a href="/{section}/">{section.title()}</a></li>'
                   for section in ("news", "sport", "weather", "earth", "travel", "culture"))
    html = f'<div id="orb-nav-links" class="orb-nav-section"><ul>{menu}</ul></div>' + EN_ARTICLE
    assert en_urls(html) == []


def test_a_post_navigation_with_pictures_and_titles_is_still_read() -> None:
    """The counter-example: picture and title links to the same two posts are four links, two posts."""
    html = EN_ARTICLE + """
    <nav class="navigation post-navigation"><div class="nav-links">
      <div class="nav-previous"><a href="/2025/10/naps.html"><img src="/n.jpg" alt=""></a>
        <a href="/2025/10/naps.html" rel="prev">Previous post: Short naps and blood pressure</a></div>
      <div class="nav-next"><a href="/2025/12/winter-sleep.html"><img src="/w.jpg" alt=""></a>
        <a href="/2025/12/winter-sleep.html" rel="next">Next post: Why we sleep longer in winter</a></div>
    </div></nav>"""
    assert en_urls(html) == ["https://health-news.example/2025/10/naps.html",
                             "https://health-news.example/2025/12/winter-sleep.html"]


def test_a_calendar_widget_paging_months_is_no_post_navigation() -> None:
    """WordPress's calendar widget pages by month (``wp-calendar-nav-prev``: "« Apr" to /2022/04/)."""
    html = EN_ARTICLE + """
    <aside class="widget widget_calendar"><table id="wp-calendar"><caption>May 2022</caption></table>
      <nav class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/2022/04/">« April posts</a></span></nav>
    </aside>"""
    assert en_urls(html) == []


def recipe_card(slug: str, title: str, date: str) -> str:
    """A magazine's card: picture and title link to the post, its date links to the section."""
    return f"""<article class="article"><a href="/rezepte/{slug}.html" class="img" title="{title}"><img src="/{slug}.jpg" alt=""></a>
      <header class="entry-header"><h2 class="title"><a href="/rezepte/{slug}.html">{title}</a></h2>
        <ul class="post-meta"><li class="post-date"><a href="/rezepte"><span class="meta-text">{date}</span></a></li>
          <li class="post-archive"><a href="/2023/09/">September 2023</a></li></ul></header></article>"""


def test_a_cards_date_linked_to_its_section_or_archive_is_no_post() -> None:
    """"September 01, 2023" linked to /rezepte, "September 2023" to /2023/09/: dates, not headlines."""
    html = EN_ARTICLE + f"""
    <div class="articles"><div class="parasitic_title">Related articles</div>
      {recipe_card("tiramisu", "Tangerine tiramisu: three easy ideas", "September 01, 2023")}
      {recipe_card("erdbeerkuchen", "Strawberry cake: two recipes for summer", "August 25, 2023")}</div>"""
    assert en_urls(html) == ["https://health-news.example/rezepte/tiramisu.html",
                             "https://health-news.example/rezepte/erdbeerkuchen.html"]


def test_a_headline_holding_a_date_is_still_a_title() -> None:
    """The counter-example: a headline that mentions a date is more than the date."""
    html = EN_ARTICLE + """
    <h3>Related posts</h3>
    <ul><li><a href="/2025/09/clocks-change.html">Clocks change on 26 October 2025: how to sleep well</a></li>
        <li><a href="/2025/08/summer-nights.html">Hot summer nights and your sleep</a></li></ul>"""
    assert en_urls(html) == ["https://health-news.example/2025/09/clocks-change.html",
                             "https://health-news.example/2025/08/summer-nights.html"]


def test_more_on_this_story_heads_related_posts() -> None:
    """"More on this story" (BBC, The Guardian) over a list of the story's other reports."""
    html = EN_ARTICLE + """
    <div class="group story-alsos"><div class="group__header"><h2 class="group__title">More on this story</h2></div>
      <div class="group__body"><ul>
        <li><a href="/2025/11/sleep-study-method.html">How the sleep study was done</a></li>
        <li><a href="/2025/11/heart-risk-explained.html">Heart risk explained in five charts</a></li></ul></div></div>"""
    assert en_urls(html) == ["https://health-news.example/2025/11/sleep-study-method.html",
                             "https://health-news.example/2025/11/heart-risk-explained.html"]


def test_more_on_a_section_is_no_related_heading() -> None:
    """The counter-example: "More on Health" names a section, whose page is not a post."""
    html = EN_ARTICLE + """
    <h2>More on Health</h2><p><a href="/health/">All health news and features</a></p>"""
    assert en_urls(html) == []


def test_a_labelled_line_in_the_body_is_a_related_post() -> None:
    """"<b>MORE: <a>…</a></b>" (ABC stations), "<a><span>Related: …</span></a>" (CNN): a label, a
    colon and a headline link alone in a paragraph. The label is not part of the title."""
    html = EN_ARTICLE.replace("</div>", """
    <p class="Ekqk"><b class="cXsc">MORE: <a href="/2025/10/oakland-sleep-clinic/">Oakland sleep clinic opens after a
      $5B hospital deal</a></b></p>
    <p>Doctors recommend fixed bedtimes, even at weekends.</p>
    <p> <a href="/2025/09/naps-blood-pressure.html?iid=EL"><span class="inStoryHeading">Related: Short naps lower blood
      pressure</span></a> </p></div>""")
    posts = extract_related_posts(en_page(html))
    assert [(post.title, post.url) for post in posts] == [
        ("Oakland sleep clinic opens after a $5B hospital deal", "https://health-news.example/2025/10/oakland-sleep-clinic/"),
        ("Short naps lower blood pressure", "https://health-news.example/2025/09/naps-blood-pressure.html?iid=EL"),
    ]


def test_a_label_inside_a_sentence_is_no_related_line() -> None:
    """The counter-example: "More:" or "See also:" followed by prose, or a link inside a sentence."""
    html = EN_ARTICLE.replace("</div>", """
    <p><b>More:</b> the researchers also found that <a href="/2025/09/naps.html">short naps</a> lower blood pressure.</p>
    <p>See also: <a href="/2025/08/melatonin.html">Melatonin for children</a> and the guidance of the paediatricians'
      association on screens in the bedroom.</p></div>""")
    assert en_urls(html) == []


def test_a_headline_naming_an_amount_is_no_sales_offer() -> None:
    """"$3.6 billion profit", "$5B megaproject": amounts in headlines; "$19.99" or "9,99 €" are prices."""
    html = EN_ARTICLE + """
    <h3>Related stories</h3>
    <ul><li><a href="/2025/10/amazon-profit/">Amazon earns $3.6 billion profit, vows faster delivery</a></li>
        <li><a href="/2025/10/hospital-deal/">Hospital group strikes deal that could bring $5B to Oakland</a></li>
        <li><a href="/2025/10/sleep-tracker/">Sleep tracker for $19.99: order now</a></li></ul>"""
    assert en_urls(html) == ["https://health-news.example/2025/10/amazon-profit/",
                             "https://health-news.example/2025/10/hospital-deal/"]


def test_the_latest_of_a_section_or_site_is_no_related_block() -> None:
    """"Mehr aus Thüringen" (mdr.de), "More stories" (The Verge, Newspaper theme): the latest posts
    of a region, a section or the site, the same on every article; "Mehr zum Thema" beside them is
    this article's."""
    latest = "".join(f'<div class="teaser"><h4><a href="/thueringen/{slug}-100.html">{title}</a></h4></div>'
                     for slug, title in (("unfall-a4", "Zwei Verletzte bei Unfall im Weimarer Land"),
                                         ("suedbad-gotha", "Südbad in Gotha nach Sanierung wieder offen")))
    html = ARTICLE + f"""
    <div class="box"><h4 class="headline">Mehr zum Thema</h4>
      <ul><li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li></ul></div>
    <div class="section"><h3 class="conHeadline">Mehr aus Thüringen</h3>{latest}</div>
    <div class="td-more-articles-box"><span class="td-more-articles-box-title">More stories</span>
      <div class="td_module_6"><h3><a href="/2025/11/word-of-the-week/">Word of the week: hygge</a></h3></div></div>"""
    assert urls(html) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/"]


def elementor_card(slug: str, title: str, category: str) -> str:
    """An Elementor post card: picture, category link, title, and share buttons to other sites."""
    return f"""<div class="elementor-element"><div class="elementor-image"><a href="/{slug}/"><img src="/{slug}.jpg" alt=""></a></div>
      <span class="ae-element-post-category"><a href="/{category.lower()}/">{category}</a></span>
      <h2 class="ae-element-post-title"><a href="/{slug}/">{title}</a></h2>
      <div class="social-box"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhealth-news.example%2F{slug}%2F" title="{title} teilen"></a></div></div>"""


def test_a_card_labelled_advertorial_is_no_related_post() -> None:
    """A "Verwandte Beiträge" grid whose third card is in the category "Advertorial": paid placement."""
    html = EN_ARTICLE + f"""
    <div class="elementor-widget-wrap"><h2 class="elementor-heading-title">Related posts</h2>
      {elementor_card("sleep-jewelry", "Sleep trackers you can wear as jewellery", "Fashion")}
      {elementor_card("mattress-upcycling", "Upcycling your old mattress with KEEN", "Advertorial")}
      {elementor_card("sponsored-walks", "Sponsored walks raise money for heart research", "Life")}</div>"""
    assert en_urls(html) == ["https://health-news.example/sleep-jewelry/",
                             "https://health-news.example/sponsored-walks/"]


# Second round (evaluation/gold/fields-holdout-5.json: pages n-z of the corpus).

PL_URL = "https://tygodnik.example/swiat/2116825,1,lotniskowiec.read"
ES_URL = "https://diario.example/salud/2025/11/suenio-y-corazon/"


def lang_urls(html: str, url: str, lang: str) -> list[str | None]:
    return [post.url for post in extract_related_posts(parsed_page(html, url=url, lang=lang))]


def test_read_also_lines_in_other_languages_are_related_posts() -> None:
    """"<p><em>Czytaj też: <a>…</a></em></p>" (Polish weeklies), "Lea aquí:", "Le puede interesar:"
    (Spanish papers), "Mehr:" (German business press): the body's read-also labels, in every language
    it knows, also label a related line."""
    pl = """<article><h1>Lotniskowiec wypływa w świat</h1><div class="text">
      <p>Brytyjska grupa uderzeniowa wyruszyła w pierwszy rejs na Pacyfik, z okrętami sojuszników u boku.</p>
      <p><em>Czytaj też: <a href="/swiat/1921972,1,wyscig-zbrojen.read">Wyścig zbrojeń ruszył z kopyta</a></em></p>
      <p>Rejs potrwa siedem miesięcy i obejmie wizyty w Indiach, Japonii i Korei Południowej.</p></div></article>"""
    assert lang_urls(pl, PL_URL, "pl") == ["https://tygodnik.example/swiat/1921972,1,wyscig-zbrojen.read"]
    es = """<article><h1>Dormir bien protege el corazón</h1><div class="cuerpo">
      <p>Quienes duermen siete horas tienen menos riesgo de infarto, según un estudio con datos de doce años.</p>
      <p><strong>Lea aquí:</strong> <a href="/salud/2025/10/siesta-presion/">La siesta corta baja la presión arterial</a></p>
      <p>Los investigadores recomiendan horarios fijos, también el fin de semana.</p>
      <p><b>Le puede interesar:</b> <a href="/salud/2025/09/apnea-sintomas/">Apnea del sueño: los síntomas que no debe ignorar</a></p>
      </div></article>"""
    assert lang_urls(es, ES_URL, "es") == ["https://diario.example/salud/2025/10/siesta-presion/",
                                           "https://diario.example/salud/2025/09/apnea-sintomas/"]
    de = ARTICLE.replace("</div>", """
    <p><b>Mehr:</b> <a href="/2025/10/schlafmittel-markt/">Der Markt für Schlafmittel wächst zweistellig</a></p></div>""")
    assert urls(de) == ["https://gesundheit.example/2025/10/schlafmittel-markt/"]


def test_a_read_also_label_before_prose_is_no_related_line() -> None:
    """The counter-example: the same labels opening a sentence of the text, or "Mehr:" before prose."""
    pl = """<article><h1>Lotniskowiec wypływa w świat</h1><div class="text">
      <p>Czytaj też: raport ministerstwa, który <a href="/swiat/raport.read">opublikowano wczoraj</a>, mówi o kosztach.</p>
      </div></article>"""
    assert lang_urls(pl, PL_URL, "pl") == []
    de = ARTICLE.replace("</div>", """
    <p><b>Mehr:</b> Die Forschenden raten zu festen Zeiten, wie <a href="/2025/10/studie/">eine Studie</a> zeigt.</p></div>""")
    assert urls(de) == []


def test_suggested_articles_and_read_on_at_the_site_head_related_posts() -> None:
    """"Suggested articles" (a security news site's cards) and "<p><em>Weiterlesen auf Utopia.de:</em></p>"
    over a list under the text."""
    html = ARTICLE.replace("</div>", """
    <div class="footer-readmore"><p><em>Weiterlesen auf Gesundheit.example:</em></p>
      <ul><li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
          <li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></li></ul></div></div>""")
    assert urls(html) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/",
                          "https://gesundheit.example/2025/09/schlafapnoe-erkennen/"]
    en = EN_ARTICLE + """<div class="c-section"><h3 class="c-section-title">Suggested articles</h3>
      <div class="row"><article class="c-card"><h2><a href="/2025/10/ransomware-texas/">The Texas ransomware attacks, a
      game changer</a></h2></article><article class="c-card"><h2><a href="/2025/10/fortnite-ransomware/">Fortnite
      ransomware poses as a game hack</a></h2></article></div></div>"""
    assert en_urls(en) == ["https://health-news.example/2025/10/ransomware-texas/",
                           "https://health-news.example/2025/10/fortnite-ransomware/"]


def test_a_read_on_link_is_no_heading() -> None:
    """The counter-example: "Weiterlesen" alone, a teaser's button, heads nothing."""
    html = ARTICLE.replace("</div>", """
    <div class="teaser"><p><span>Weiterlesen</span></p>
      <ul><li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li></ul></div></div>""")
    assert urls(html) == []


def test_a_navigation_label_printed_before_the_link_is_post_navigation() -> None:
    """"<b>Next:</b> <a>Title</a><br><b>Previous:</b> <a>Title</a>" in a paragraph (a technical
    blog), and Genesis' "adjacent-entry-pagination pagination" holding "Previous Post: « Title"."""
    labelled = EN_ARTICLE + """
    <p class="PageNavigation" role="navigation"><b>Next:</b> <a href="/articles/virtualenv-dockerfile/">Elegantly
      activating a virtualenv in a Dockerfile</a><br> <b>Previous:</b> <a href="/articles/slow-docker-builds/">The high
      cost of slow Docker builds</a><br></p>"""
    assert [(post.title, post.url) for post in extract_related_posts(en_page(labelled))] == [
        ("Elegantly activating a virtualenv in a Dockerfile", "https://health-news.example/articles/virtualenv-dockerfile/"),
        ("The high cost of slow Docker builds", "https://health-news.example/articles/slow-docker-builds/"),
    ]
    genesis = EN_ARTICLE + """
    <div class="adjacent-entry-pagination pagination">
      <div class="pagination-previous alignleft"><a href="/sloth-theme-nursery/">Previous Post: « 25 Ways to Decorate a
        Sloth Theme Nursery</a></div>
      <div class="pagination-next alignright"><a href="/halloween-costumes/">Next Post: 40 Matching Mom and Baby
        Halloween Costumes »</a></div></div>"""
    assert [(post.title, post.url) for post in extract_related_posts(en_page(genesis))] == [
        ("25 Ways to Decorate a Sloth Theme Nursery", "https://health-news.example/sloth-theme-nursery/"),
        ("40 Matching Mom and Baby Halloween Costumes", "https://health-news.example/halloween-costumes/"),
    ]


def test_next_inside_a_sentence_or_an_archive_pager_is_no_post_navigation() -> None:
    """The counter-examples: "… covered in the next:" inside a sentence, and an archive's
    "pagination-next" paging to page 2."""
    html = EN_ARTICLE.replace("</div>", """
    <p>The setup is covered in the next: <a href="/articles/setup/">a guide to containers</a>.</p></div>
    <div class="archive-pagination pagination"><ul><li class="pagination-next"><a href="/blog/page/2/">Next Page »</a></li>
      </ul></div>""")
    assert en_urls(html) == []


def table_box(label: str) -> str:
    """An old table layout: the box's title in a row of its own, after an icon, the cards in the next row."""
    return f"""<table class="box"><tr><td><span class="box-title"><div style="display:inline"><span class="fa fa-newspaper-o">
      </span></div>&nbsp;&nbsp;{label.replace(" ", "&nbsp;")}</span></td></tr>
      <tr><td><table><tr><td><h3><a href="/2025/10/mittagsschlaf-studie_article1.html">Mittagsschlaf senkt den Blutdruck,
      sagt eine Studie</a></h3></td></tr>
      <tr><td><h3><a href="/2025/09/schlafapnoe-erkennen_article2.html">Schlafapnoe erkennen: die wichtigsten
      Anzeichen</a></h3></td></tr></table></td></tr></table>"""


def test_a_heading_after_its_icon_in_a_row_of_its_own_heads_the_next_row() -> None:
    """"<span><div><span class="fa …"></span></div>&nbsp;Weitere&nbsp;Artikel&nbsp;zum&nbsp;Thema</span>" in a
    table row, the cards in the row after it (an agricultural news site)."""
    assert urls(ARTICLE + table_box("Weitere Artikel zum Thema")) == [
        "https://gesundheit.example/2025/10/mittagsschlaf-studie_article1.html",
        "https://gesundheit.example/2025/09/schlafapnoe-erkennen_article2.html",
    ]


def test_a_site_wide_box_in_the_same_layout_is_no_related_block() -> None:
    """The counter-example: the same layout titled "Kommentierte Artikel" (the site's most discussed)."""
    assert urls(ARTICLE + table_box("Kommentierte Artikel")) == []


def test_a_navigation_line_at_the_end_of_the_text_leaves_no_label_in_the_body() -> None:
    """"<p><strong>Next: </strong><a>Seeking Solitude</a>.</p>" closing a series' part: the next part
    is a related post and the whole line, not only its link, leaves the body ("Next: ." would stay)."""
    html = EN_ARTICLE.replace("</div>", """
    <p>I mentally nod, walk into his house, and lie down in the family bed of the farmer I have robbed.</p>
    <p><strong>Next: </strong><a href="/an-illusionist-in-skyrim-part-2/">Seeking Solitude</a>.</p></div>""")
    record = extract_article(html, url=EN_URL)
    assert [post.url for post in record.related_posts] == ["https://health-news.example/an-illusionist-in-skyrim-part-2/"]
    assert "Next" not in record.body_text


def test_a_link_printing_only_a_label_is_no_related_line() -> None:
    """The counter-example: a section's link "<a href=/weitere-nachrichten>Weitere Nachrichten:</a>" in
    a sub-navigation holds the label and no headline."""
    html = ARTICLE + """<nav class="sub-nav"><div class="sub-nav-hl"><a href="/weitere-nachrichten">
      Weitere Nachrichten: </a></div></nav>"""
    assert urls(html) == []


# Third round (the classes evaluation/gold/fields-holdout-6.json showed once measured).

def test_site_wide_lists_under_their_own_title_bar_in_a_related_aside_are_no_cards() -> None:
    """An ``<aside class="article__related">`` holding "Galleries" and "News latest" lists, each
    heading in a title bar of its own beside the list: the site's lists, not this article's."""
    def entities(title: str, links: str) -> str:
        return f"""<div class="list-of-entities"><div class="component-header"><h2><a href="/news/pictures/">{title}</a></h2></div>
          <div class="list-of-entities__container">{links}</div></div>"""
    html = EN_ARTICLE + '<aside class="row article__related">' + entities("Galleries", """
      <a href="/news/2025/11/02/cartoons-november/"><h3>Gallery: cartoons of the week, November</h3></a>""") + entities(
        "News latest", """<a href="/news/2025/11/21/disposable-cups/"><h3>Department using 1,400 disposable cups a day</h3></a>
      <a href="/science/2025/11/21/gin-tears/"><h3>Gin makes you more tearful than beer, scientists show</h3></a>""") + "</aside>"
    assert en_urls(html) == []


def test_a_related_aside_keeps_its_own_cards_beside_a_site_wide_list() -> None:
    """The counter-example: the same aside with a "Related articles" list keeps that list."""
    html = EN_ARTICLE + """<aside class="row article__related"><div class="list"><div class="component-header">
      <h2>Related articles</h2></div><div class="items"><a href="/news/2025/11/10/sleep-apnoea/"><h3>Sleep apnoea:
      the signs to watch for</h3></a></div></div><div class="list"><div class="component-header"><h2>News latest</h2>
      </div><div class="items"><a href="/news/2025/11/21/disposable-cups/"><h3>Department using 1,400 disposable cups
      a day</h3></a></div></div></aside>"""
    assert en_urls(html) == ["https://health-news.example/news/2025/11/10/sleep-apnoea/"]


def test_like_counters_and_section_links_in_cards_are_no_posts() -> None:
    """Cards printing "66 Likes" (a link to /flag/like/…) and their section ("Natur & Umwelt", the
    folder of the cards' own URLs) beside the headline: one post per card."""
    cards = "".join(f"""<article class="node--view-mode-teaser"><div class="image-wrapper"><a href="/news/natur-umwelt/{slug}"><img
      src="/{slug}.jpg" alt=""></a><div class="flag"><a href="/flag/flag/like/{n}?destination&token=x{n}">{n} Likes</a></div></div>
      <div class="field--name-field-tag"><a href="/news/natur-umwelt">Natur &amp; Umwelt</a></div>
      <h2><a href="/news/natur-umwelt/{slug}">{title}</a></h2></article>""" for n, slug, title in (
        (168, "tierische-laute", "Woher die ersten tierischen Laute stammten"),
        (253, "rattan-moebel", "Was Ihre Rattan-Möbel mit Südostasien zu tun haben")))
    html = ARTICLE + f"<h3>Das könnte Sie auch interessieren</h3><div class='related'>{cards}</div>"
    assert urls(html) == ["https://gesundheit.example/news/natur-umwelt/tierische-laute",
                          "https://gesundheit.example/news/natur-umwelt/rattan-moebel"]


def test_a_headline_opening_with_a_number_is_still_a_title() -> None:
    """The counter-example: "3 Kommentare zur Schlafstudie, die …" is a headline, not a counter."""
    html = ARTICLE + """<h3>Das könnte Sie auch interessieren</h3><ul>
      <li><a href="/2025/10/drei-kommentare/">3 Kommentare zur Schlafstudie, die Sie kennen sollten</a></li></ul>"""
    assert urls(html) == ["https://gesundheit.example/2025/10/drei-kommentare/"]


def test_bracketed_read_lines_and_a_read_more_label_over_a_list() -> None:
    """"<i class=interstitial-link><a>[Read: Title]</a></i>" between paragraphs, and "Read more:" in a
    paragraph of its own over paragraphs of one link each (a newspaper)."""
    html = EN_ARTICLE.replace("</div>", """
    <p><i class="interstitial-link"><a href="/blogs/2025/11/18/why-naps-help/">[Read: Why naps help the heart]</a></i></p>
    <p>Doctors recommend fixed bedtimes, even at weekends.</p>
    <p>Read more:</p>
    <p><a href="/world/2025/10/sleep-clinics-open/">Sleep clinics open across the region</a></p>
    <p><a href="/world/2025/09/melatonin-children/">Melatonin for children: what parents should know</a></p></div>""")
    posts = extract_related_posts(en_page(html))
    assert [(post.title, post.url) for post in posts] == [
        ("Why naps help the heart", "https://health-news.example/blogs/2025/11/18/why-naps-help/"),
        ("Sleep clinics open across the region", "https://health-news.example/world/2025/10/sleep-clinics-open/"),
        ("Melatonin for children: what parents should know", "https://health-news.example/world/2025/09/melatonin-children/"),
    ]


def test_read_more_before_a_sentence_or_topics_before_sections_is_no_heading() -> None:
    """The counter-examples: "Read more:" opening a sentence, "Weitere Themen:" over a site's sections."""
    html = EN_ARTICLE.replace("</div>", """
    <p>Read more: the full report of <a href="/2025/10/report/">the cardiology society</a> is online.</p></div>""")
    assert en_urls(html) == []
    de = ARTICLE + """<div class="tags"><b>Weitere Themen:</b> <a href="/news/marktberichte">Marktberichte</a>,
      <a href="/news/wirtschaft-politik">Wirtschaft &amp; Politik</a>, <a href="/geld-vorsorge">Geld &amp; Vorsorge</a></div>"""
    assert urls(de) == []


def test_what_a_box_lists_on_this_subject_heads_related_posts() -> None:
    """"<ul class=lnkrel><span>Artikel und Videos zum Thema</span><li>…" (a sports site) and "Diese
    Artikel könnten euch auch interessieren:" (a blog)."""
    html = ARTICLE.replace("</div>", """
    <ul class="lnkrel"><span>Artikel und Videos zum Thema</span>
      <li><a href="/video/2025/11/schlaflabor-besuch.html">Zu Besuch im Schlaflabor der Uniklinik</a></li></ul></div>""")
    assert urls(html) == ["https://gesundheit.example/video/2025/11/schlaflabor-besuch.html"]
    blog = ARTICLE + """<p><strong>Diese Artikel könnten euch auch interessieren:</strong></p>
      <ul><li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li></ul>"""
    assert urls(blog) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/"]


def test_books_on_this_subject_head_no_related_posts() -> None:
    """The counter-example: "Bücher zum Thema" lists book tips (a shop's), not articles."""
    html = ARTICLE + """<h4>Bücher zum Thema</h4><ul><li><a href="/buchtipps/schlaf-und-gesundheit/">Schlaf und
      Gesundheit: ein Handbuch</a></li></ul>"""
    assert urls(html) == []


def test_the_home_page_with_a_tracking_query_is_no_post() -> None:
    """A newsletter promotion "You might also like:" beside the site's logo link "/?nid=top_logo"."""
    html = EN_ARTICLE + """<div class="signup-banner"><a href="https://health-news.example?nid=top_pb_wplogo">Health
      News Example</a><p>You might also like:</p><ul><li>Name of a related newsletter (daily)</li></ul></div>"""
    assert en_urls(html) == []


def test_a_forum_thread_above_its_own_pages_stays_a_card() -> None:
    """The counter-example: "Ähnliche Themen" linking a thread by its headline, and its pages
    ("/thread.229732/page-4", "…/post-6341595"): the thread is no section of its pages."""
    thread = "/threads/eine-invasion-die-mich-beisst.229732/"
    html = ARTICLE + f"""<div class="block-container"><h3>Ähnliche Themen</h3><div class="item">
      <a href="{thread}">Eine Invasion, die mich beißt: sind das wirklich Katzenflöhe?</a>
      <a href="{thread}page-4">4</a> <a href="{thread}page-5">5</a>
      <a href="{thread}post-6341595">28. Oktober 2018</a></div></div>"""
    assert urls(html) == [f"https://gesundheit.example{thread}"]


def test_a_read_more_label_over_topic_links_is_no_related_block() -> None:
    """"<div class=article-topics><div>read more:</div><a>Jewish Times</a>…" (a news site): the topics
    of the article, whatever the label says; a related aside that carries a "category" class still counts."""
    topics = ARTICLE + """<div class="article-topics"><div class="label">read more:</div><ul>
      <li><a href="/jewish-times/">Jewish Times</a></li><li><a href="/topic/supreme-court/">Supreme Court</a></li></ul></div>"""
    assert urls(topics) == []
    aside = ARTICLE + """<aside class="suggested-content category"><h2>À lire aussi</h2>
      <a href="/2025/10/trottinettes-montreal/">Trottinettes en libre-service: Montréal sévira contre Lime</a></aside>"""
    assert urls(aside) == ["https://gesundheit.example/2025/10/trottinettes-montreal/"]
    more_on_topic = ARTICLE + """<div class="topic-more post"><span>Lesen Sie auch</span>
      <a href="/2025/10/signa-kredite/">Gezielte Untersuchung von Signa-Krediten</a></div>"""
    assert urls(more_on_topic) == ["https://gesundheit.example/2025/10/signa-kredite/"]


# Fourth round (the classes evaluation/gold/fields-holdout-8.json showed).

def test_a_single_post_label_in_a_pagination_wrapper_is_post_navigation() -> None:
    """"<div class=pagination><a>nächster Artikel</a> <a>vorheriger Artikel</a>" under the text (a
    local news site): each link names one post, so the "pagination" wrapper pages through articles."""
    html = ARTICLE + """<div class="pagination"><a href="/news/news_lang.php?ArtNr=335851">nächster Artikel</a>
      <a href="/news/news_lang.php?ArtNr=335854">vorheriger Artikel</a>
      <a href="/index.php?date=2023-11-06">zum Nachrichtenüberblick</a></div>"""
    assert urls(html) == ["https://gesundheit.example/news/news_lang.php?ArtNr=335851",
                          "https://gesundheit.example/news/news_lang.php?ArtNr=335854"]


def test_an_archive_pager_in_a_pagination_wrapper_is_still_no_post_navigation() -> None:
    """The counter-example: an archive's pager printing pages or plurals ("Nächste Seite",
    "Older posts") stays out, whatever a single post's label would do."""
    html = ARTICLE + """<div class="pagination"><a href="/archiv/2/">Nächste Seite</a>
      <a href="/archiv/older/">Older posts</a><a href="/archiv/neuere/">Nächste Artikel »</a></div>"""
    assert urls(html) == []


def test_more_wordings_head_related_posts() -> None:
    """"Relacionadas" (a Brazilian paper's h4) and "Editors’ Recommendations:" (a tech blog's list at
    the end of the text)."""
    def box(heading: str) -> str:
        return ARTICLE + f"""<div class="box"><h4>{heading}</h4><ul>
          <li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
          <li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></li></ul></div>"""
    for heading in ("Relacionadas", "Editors’ Recommendations:"):
        assert urls(box(heading)) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/",
                                      "https://gesundheit.example/2025/09/schlafapnoe-erkennen/"], heading


def test_related_topics_head_no_related_posts() -> None:
    """The counter-example: "Verwandte Themen" ("related topics") over a ministry's topic pages
    ("/themen/ernaehrung/ernaehrung_node.html", no taxonomy path): the heading names topics, so it
    is no related heading, though an opinion blog prints it over teasers (a miss left)."""
    html = ARTICLE + """<div class="box"><h2>Verwandte Themen</h2><ul>
      <li><a href="/DE/themen/ernaehrung/ernaehrung_node.html">Ernährung</a> <a href="/DE/themen/ernaehrung/ernaehrung_node.html">Mehr</a></li>
      <li><a href="/DE/themen/wald/wald_node.html">Wald</a> <a href="/DE/themen/wald/wald_node.html">Mehr</a></li></ul></div>"""
    assert urls(html) == []


def test_a_category_s_more_articles_and_the_site_s_news_of_the_day_are_site_wide() -> None:
    """"More articles in “News”" (a project blog's category box, named as a section) and "Dziś w
    Interii" (a portal's news of the day in a "recommendation-tabs" box): the same lists on every page."""
    category = EN_ARTICLE + """<aside class="section" id="related-section"><h4>More articles in “News”</h4>
      <h5><a href="/2021/12/17/issue-106/">These Weeks in Firefox: Issue 106</a></h5>
      <h5><a href="/2021/12/07/issue-105/">These Weeks in Firefox: Issue 105</a></h5></aside>"""
    assert en_urls(category) == []
    today = EN_ARTICLE + """<div class="common-wrapper-tabs recommendation-tabs"><h3>Strona główna</h3><div class="tabs">
      <div class="single-tab"><h3 class="single-tab-header">Dziś w Interii</h3><ul>
      <li><a href="/serie-a/napoli-udinese-zielinski">Napoli - Udinese w 36. kolejce Serie A. Gol i asysta</a></li>
      <li><a href="/plywanie/me-w-plywaniu-medale">ME w pływaniu. Dwa medale w skokach dla Włochów</a></li></ul></div></div></div>"""
    assert en_urls(today) == []


def test_related_posts_beside_a_site_wide_tab_stay() -> None:
    """The counter-example: in the same box, a "Related stories" tab keeps its cards."""
    html = EN_ARTICLE + """<div class="recommendation-tabs"><div class="single-tab"><h3>Related stories</h3><ul>
      <li><a href="/2025/10/sleep-apnoea-signs/">Sleep apnoea: the signs to watch for</a></li></ul></div>
      <div class="single-tab"><h3>Today on Health News</h3><ul>
      <li><a href="/2025/11/flu-season-starts/">Flu season starts early in the north this year</a></li></ul></div></div>"""
    assert en_urls(html) == ["https://health-news.example/2025/10/sleep-apnoea-signs/"]


def test_an_author_page_named_autorin_is_no_post() -> None:
    """A related field's cards print their authors, linked to "/autorin/<name>" (a weekly): the
    German author page is no post; an article whose slug starts with "autorin-" is one."""
    html = ARTICLE + """<div class="field-name-field-related"><h5><a href="/artikel/2023/42/weltpolitik">Weltpolitik als
      Fußballspiel</a></h5><span class="autor"><a href="/autorin/olaf-kistenmacher">Olaf Kistenmacher</a></span>
      <h5><a href="/artikel/2023/40/autorin-im-gespraech">Autorin im Gespräch über das Schreiben</a></h5>
      <span class="autor"><a href="/autorin/udo-wolter">Udo Wolter</a></span></div>"""
    assert urls(html) == ["https://gesundheit.example/artikel/2023/42/weltpolitik",
                          "https://gesundheit.example/artikel/2023/40/autorin-im-gespraech"]


def test_cards_repeating_the_first_after_a_heading_in_the_article_wrapper() -> None:
    """"<h3>Related</h3>" then three ``<div class="post-item">`` as children of the wrapper that holds
    the whole article (a blog): the heading's parent is the article, so the cards are the first one
    and those after it of the same kind."""
    cards = "".join(f"""<div class="post-item"><a href="/learn">Learn</a><h3><a href="/post-{n}/">Kanji cheat sheet number {n}
      for the supermarket</a></h3><p>How to read the labels on food in Japan, part {n}.</p></div>""" for n in (1, 2, 3))
    html = f"""<div class="wrapper"><h1>Tweet of the Week: Dealing With Chikan</h1><div class="text-left"><p>Japan is a safe
      country. Still, groping on trains is a problem that railway companies try to fight with women-only cars.</p></div>
      <h3 class="section-title">Related</h3>{cards}<div class="footer-note">Follow us</div></div>"""
    assert en_urls(html) == [f"https://health-news.example/post-{n}/" for n in (1, 2, 3)]


def test_a_box_of_the_same_class_after_a_heading_s_box_is_no_card() -> None:
    """The counter-example: a related heading inside a ``<div class="column half">`` followed by another
    "column half" promoting the site's own page: only the first box's cards are related posts."""
    html = ARTICLE + """<div class="row"><div class="column half"><div class="title">Ähnliche Beiträge</div>
      <div class="teaser"><a href="/artikel/bericht-zur-lage-vom-3-11">Bericht zur Lage vom 3.11.2021: Der Beatmungs-Horror</a></div></div>
      <div class="column half"><h2>Unsere Liste der Guten</h2><p>Die Autoren der Achse lesen und schätzen viele Bücher, hier
      unsere Empfehlungen.</p><a href="/seite/liste-der-guten">Unsere Liste der Guten</a></div></div>"""
    assert urls(html) == ["https://gesundheit.example/artikel/bericht-zur-lage-vom-3-11"]


# Holdout 9's classes (docs/field-quality.md, "fourth round").

TWO_POSTS = """<ul><li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
  <li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></li></ul>"""
BOTH = ["https://gesundheit.example/2025/10/mittagsschlaf-studie/", "https://gesundheit.example/2025/09/schlafapnoe-erkennen/"]


def test_related_headings_in_the_lexicon_s_languages() -> None:
    """One lexicon list of related headings: the Polish "Powiązane" (two pages of one publisher), "More
    to explore" (a company blog) and the same boxes in the languages around the corpus's."""
    headings = ("Powiązane", "Powiązane artykuły", "Související články", "Mohlo by vás zajímat", "Čtěte také",
                "Leia também", "Notícias relacionadas", "Leggi anche", "Articoli correlati", "Lees ook",
                "Gerelateerde artikelen", "Artículos relacionados", "Te puede interesar", "Läs också", "Læs også",
                "Les også", "Lue myös", "Kapcsolódó cikkek", "İlgili haberler", "Citește și", "More to explore")
    for heading in headings:
        assert urls(ARTICLE + f'<div class="box"><h3>{heading}</h3>{TWO_POSTS}</div>') == BOTH, heading
        # Printed as text too ("<div class=box-title>…</div>").
        assert urls(ARTICLE + f'<div class="box"><div class="box-title">{heading}</div>{TWO_POSTS}</div>') == BOTH, heading


def test_topics_and_site_wide_wordings_head_no_related_posts() -> None:
    """The counter-examples: "Powiązane tematy" and "Související témata" name topic pages; "Veja também"
    heads a Brazilian paper's standing service pieces and "Czytaj także" (no colon) a Polish weekly's
    picks across all sections: neither is read as a heading (both stay line labels)."""
    for heading in ("Powiązane tematy", "Související témata", "Veja também", "Czytaj także"):
        assert urls(ARTICLE + f'<div class="box"><h3>{heading}</h3>{TWO_POSTS}</div>') == [], heading


def test_a_box_headed_by_an_h1_is_no_article() -> None:
    """"<figure class=seeAlso><header><h1>Powiązane</h1></header>…": a CMS heading every box with an
    ``<h1>``; an ``<h1>`` printing a related label does not make its box the article."""
    html = ARTICLE + f"""<figure class="seeAlso"><header class="seeAlsoHeader"><h1 class="header">Powiązane</h1></header>
      <div class="articles_seeAlso">{TWO_POSTS}</div></figure>"""
    assert urls(html) == BOTH


def test_a_box_with_the_article_s_h1_is_still_the_article() -> None:
    """The counter-example: a wrapper named "related" that holds the headline ``<h1>`` and the text is
    the article, whatever the links in it."""
    html = f"""<div class="post related-posts-enabled"><h1>Wie Schlaf das Herz schützt</h1>
      <p>Wer regelmäßig sieben Stunden schläft, hat ein geringeres Risiko für Herzinfarkt.</p>{TWO_POSTS}</div>"""
    assert urls(html) == []


def test_upper_case_spanish_lines_and_blockquote_lines() -> None:
    """"<blockquote><b>PUEDES VER: </b><a>…</a></blockquote>" (a Peruvian paper prints each in-body line
    as a blockquote), "MIRA:" and "LEE TAMBIÉN:" lines; the lines leave the body."""
    html = ARTICLE.replace("</div>", """
      <blockquote><b>PUEDES VER: </b><a href="/2025/10/mittagsschlaf-studie/">¿Cómo sacar mi certificado de estudios?</a></blockquote>
      <p><strong>MIRA:</strong> <a href="/2025/09/schlafapnoe-erkennen/">Minedu autorizó la apertura de quioscos</a></p>
      <p><b>LEE TAMBIÉN:</b> <a href="/2025/08/melatonin-kinder/">¿Qué es la Sunedu y para qué sirve?</a></p>
      <p>Die Forschenden raten, feste Schlafzeiten einzuhalten, auch am Wochenende.</p></div>""")
    assert urls(html) == [*BOTH, "https://gesundheit.example/2025/08/melatonin-kinder/"]
    body = extract_article(html, url=URL).body_text
    assert "PUEDES VER" not in body and "Sunedu" not in body and "Wochenende" in body


def test_a_quotation_and_a_speaker_named_mira_are_no_lines() -> None:
    """The counter-examples: a blockquote quoting a sentence with a link in it is no line, and an
    interview's "Mira: …" answer (no link) stays in the body, as "Mira" is a line label only."""
    quote = ARTICLE.replace("</div>", """<blockquote><p>«Wir haben <a href="/2025/10/mittagsschlaf-studie/">die
      Mittagsschlaf-Studie</a> lange geprüft», sagt die Autorin.</p></blockquote></div>""")
    assert urls(quote) == []
    interview = ARTICLE.replace("</div>", """<p>Mira: Ich schlafe seit Jahren nur fünf Stunden und fühle mich gut.</p></div>""")
    assert "Ich schlafe seit Jahren" in extract_article(interview, url=URL).body_text


def test_a_view_all_link_beside_the_heading_is_the_archive() -> None:
    """"More to explore" then "View all blog posts" (to /blog/) in the heading's bar: the archive's
    link is no card."""
    html = EN_ARTICLE + """<div class="wrapper"><div class="header"><h2>More to explore</h2>
      <a href="/blog/" class="header-cta">View all blog posts</a></div><div class="cards">
      <a href="/blog/2023/08/15/navigation-research/" class="card">How we overhauled our navigation</a>
      <a href="/blog/2023/07/05/beautifying-our-ui/" class="card">Beautifying our UI: a fresh look</a></div></div>"""
    assert en_urls(html) == ["https://health-news.example/blog/2023/08/15/navigation-research/",
                             "https://health-news.example/blog/2023/07/05/beautifying-our-ui/"]


def test_a_headline_opening_with_see_all_is_a_card() -> None:
    """The counter-example: "See all the winners of …" is a headline, not an archive's link."""
    html = EN_ARTICLE + """<div class="related-posts"><h3>Related posts</h3><ul>
      <li><a href="/2025/03/oscars-winners/">See all the winners of the 2025 health journalism awards</a></li></ul></div>"""
    assert en_urls(html) == ["https://health-news.example/2025/03/oscars-winners/"]


def test_a_ticket_shop_s_subdomain_is_no_post() -> None:
    """A motorsport site's related box lists its "tickets." subdomain ("Bahrain 2022 – Jetzt Tickets
    sichern!"): sales, not posts."""
    html = ARTICLE + """<div class="related-news"><h3>Lesen Sie auch</h3><ul>
      <li><a href="https://tickets.gesundheit.example/f1/bahrain/tickets">Bahrain / Sachir 2022: Jetzt Formel 1 Tickets sichern!</a></li>
      <li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li></ul></div>"""
    assert urls(html) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/"]


def test_an_article_about_tickets_is_a_post() -> None:
    """The counter-example: an article on the site's own host whose slug speaks of tickets stays."""
    html = ARTICLE + """<div class="related-news"><h3>Lesen Sie auch</h3><ul>
      <li><a href="/2025/10/tickets-fuer-die-klinik-gala-ausverkauft/">Tickets für die Klinik-Gala ausverkauft</a></li></ul></div>"""
    assert urls(html) == ["https://gesundheit.example/2025/10/tickets-fuer-die-klinik-gala-ausverkauft/"]


def test_an_author_box_s_related_entries_are_the_author_s_posts() -> None:
    """Molongui's author box ("m-a-box") lists the author's latest posts as "m-a-box-related-entries",
    several levels down: the author's other posts are no related posts (the labelling guide)."""
    entries = "".join(f"""<li><div class="m-a-box-related-entry"><div class="m-a-box-related-entry-title">
      <a href="/2025/0{n}/staff-post-{n}/"><span>Staff report number {n} on the county</span></a></div></div></li>"""
                      for n in (1, 2, 3))
    html = ARTICLE + f"""<div id="mab-1" class="m-a-box "><div class="m-a-box-container"><div class="m-a-box-tab m-a-box-content
      m-a-box-profile" itemscope itemtype="https://schema.org/Person"><div class="m-a-box-content-middle"><div
      class="m-a-box-item m-a-box-data"><h5><a href="/author/staff/">Staff Report</a></h5><div class="m-a-box-related">
      <div class="m-a-box-item m-a-box-related-entries"><ul>{entries}</ul></div></div></div></div></div></div></div>"""
    assert urls(html) == []


def test_related_posts_beside_an_author_box_stay() -> None:
    """The counter-examples: a related block after the author box, not inside it, keeps its cards, and
    so does one inside a wrapper whose class is a theme's switch naming the author profile
    ("tweak-show-blog-item-author-profile-in-sidebar", a site builder's body class)."""
    html = ARTICLE + f"""<div class="author-box"><p>Anna Berg schreibt über Schlafmedizin.</p>
      <a href="/author/anna-berg/">Alle Beiträge von Anna Berg</a></div>
      <div class="related-posts"><h3>Ähnliche Beiträge</h3>{TWO_POSTS}</div>"""
    assert urls(html) == BOTH
    switched = f"""<div class="site tweak-show-blog-item-author-profile-in-sidebar">{ARTICLE}
      <section class="blog-item-related"><h3>Ähnliche Beiträge</h3>{TWO_POSTS}</section></div>"""
    assert urls(switched) == BOTH


# Holdout 10's classes (docs/field-quality.md, "fifth round").

def test_a_bootstrap_pager_names_the_neighbouring_articles() -> None:
    """"<nav aria-label=pager><ul class=pager><li class=previous><a><strong>Title</strong></a>…" under
    an Austrian magazine's article: Bootstrap's pager on an article leads to the articles beside it."""
    html = ARTICLE + """<nav aria-label="pager"><ul class="pager">
      <li class="previous"><a href="/2025/10/mittagsschlaf-studie/"><div class="pager-inner">
        <strong>Mittagsschlaf senkt den Blutdruck, sagt eine Studie</strong></div></a></li>
      <li class="next"><a href="/2025/09/schlafapnoe-erkennen/"><div class="pager-inner">
        <strong>Schlafapnoe erkennen: die wichtigsten Anzeichen</strong></div></a></li></ul></nav>"""
    assert extract_related_posts(page_of(html))[0].title == "Mittagsschlaf senkt den Blutdruck, sagt eine Studie"
    assert urls(html) == BOTH


def test_a_pager_s_archive_link_page_numbers_and_sizes_are_no_posts() -> None:
    """The counter-examples: the pager's link up to the folder the post lies in ("Blog." to "../"
    between the previous and the next post, a personal blog), an archive's pages ("/page/2/") and a
    shop's page sizes ("10", "25" items a page) in a pager."""
    url = "https://blog.example/blog/2020-10-20-cdpath/"
    html = ARTICLE + """<nav class="navbar"><ul class="nav navbar-nav pager">
      <li class="previous"><a href="../2020-10-19-google-authenticator/">SSH 2FA with Google Authenticator</a></li>
      <li class="up"><a href="../">Blog.</a></li>
      <li class="next"><a href="../2020-09-30-presentation-tools/">Presentation tools</a></li></ul></nav>"""
    assert [post.url for post in extract_related_posts(parsed_page(html, url=url))] == [
        "https://blog.example/blog/2020-10-19-google-authenticator/",
        "https://blog.example/blog/2020-09-30-presentation-tools/"]
    pages = ARTICLE + """<ul class="pager"><li class="next"><a href="/page/2/">Older entries</a></li>
      <li><a href="/wein/rioja/?start=0&amp;anzahl=10">10</a></li><li><a href="/wein/rioja/?start=0&amp;anzahl=25">25</a></li></ul>"""
    assert urls(pages) == []


def test_plain_permalinks_of_posts_are_no_page_numbers() -> None:
    """"<div class=nav-previous><a href='/?p=5029'>…</a>" on a post addressed "/?p=5031": WordPress's
    plain permalink is a post's id, so the link is the previous post."""
    html = ARTICLE + """<nav class="post-navigation"><div class="nav-previous">
      <a href="https://verein.example/?p=5029" rel="prev">Protokoll der Vorstandssitzung vom 5. August 2019</a></div></nav>"""
    posts = extract_related_posts(parsed_page(html, url="https://verein.example/?p=5031", lang="de"))
    assert [post.url for post in posts] == ["https://verein.example/?p=5029"]


def test_a_page_number_in_the_query_is_still_no_post() -> None:
    """The counter-example: on a post with a pretty address, "?p=2" in a post navigation's region
    pages through something (a gallery, a list), as before; on a "?p=" post too, "&page=2" does."""
    html = ARTICLE + """<nav class="post-navigation"><div class="nav-next"><a href="/liste/?p=2">Weiter zur Seite 2 der Liste</a></div></nav>"""
    assert urls(html) == []
    paged = ARTICLE + """<nav class="post-navigation"><div class="nav-next">
      <a href="https://verein.example/?p=5031&amp;page=2">Weiter zur Seite 2 des Protokolls</a></div></nav>"""
    assert extract_related_posts(parsed_page(paged, url="https://verein.example/?p=5031", lang="de")) == []


def test_japanese_and_chinese_related_headings_and_titles_without_spaces() -> None:
    """"<div class=listTitle>【関連記事】</div><ul><li><a>絶対にギークしか買わない32枚のTシャツ</a>…"
    (Yahoo! News Japan): the heading is in the lexicon's list, and a title in a script that prints no
    spaces between words needs none."""
    titles = ("絶対にギークしか買わない32枚のTシャツ", "NEXCO3社、高速道路SAやPAの公衆無線LANアカウントを共通化")
    items = "".join(f'<li><a href="/2025/0{n}/kiji-{n}/">{title}</a></li>' for n, title in enumerate(titles, 1))
    for heading in ("【関連記事】", "相关文章", "延伸閱讀", "관련 기사"):
        html = ARTICLE + f'<div class="box"><div class="listTitle">{heading}</div><ul>{items}</ul></div>'
        assert [post.title for post in extract_related_posts(page_of(html))] == list(titles), heading


def test_a_short_word_in_those_scripts_is_still_no_title() -> None:
    """The counter-example: "ホーム" ("home", three characters) under the same heading is a menu's
    word, not a headline, as "Home" is."""
    html = ARTICLE + '<div class="box"><div class="listTitle">【関連記事】</div><ul><li><a href="/2025/01/top/">ホーム</a></li></ul></div>'
    assert urls(html) == []


def test_further_contents_on_the_subject_and_more_on_the_site_s_address() -> None:
    """"Weitere Inhalte zum Thema" (a foundation's aside) and "Mehr auf waldwissen.net" (one card on the
    same subject under a knowledge site's article) head related posts."""
    for heading in ("Weitere Inhalte zum Thema", "Mehr auf gesundheit.example", "More on www.gesundheit.example"):
        assert urls(ARTICLE + f'<div class="box"><h3>{heading}</h3>{TWO_POSTS}</div>') == BOTH, heading


def test_more_on_a_name_or_further_contents_alone_head_nothing() -> None:
    """The counter-examples: "Mehr auf Instagram" and "More on Amazon" name a topic or another place,
    not this site's address; "Weitere Inhalte" alone says nothing of the subject."""
    for heading in ("Mehr auf Instagram", "More on Amazon", "Weitere Inhalte"):
        assert urls(ARTICLE + f'<div class="box"><h3>{heading}</h3>{TWO_POSTS}</div>') == [], heading


def test_a_news_feed_item_s_related_link_is_that_story_s() -> None:
    """"<div class=curated-feed><div class='feed-item has-related'>…<div class=feed-item-related>" (a
    magazine's latest-news stream beside the article): each item's related link belongs to that item."""
    items = "".join(f"""<div class="feed-item image has-related"><div class="feed-item-foreword"><p>And here come the hospitalizations</p></div>
      <div class="feed-item-related"><a class="related-link" href="/2025/0{n}/third-wave-{n}/">
        <div class="related-headline">The Third Wave of the Pandemic Is Here, Part {n}</div></a></div></div>""" for n in (1, 2))
    html = ARTICLE + f'<section class="secondary"><div class="curated-feed"><div class="feed-container">{items}</div></div></section>'
    assert urls(html) == []


def test_a_related_feed_after_the_article_stays() -> None:
    """The counter-example: a related block named a feed ("related-feed"), not an item of a news feed,
    lists this article's related posts."""
    html = ARTICLE + f'<div class="related-feed">{TWO_POSTS}</div>'
    assert urls(html) == BOTH


def test_one_post_s_label_in_other_languages_is_post_navigation() -> None:
    """"Entrada anterior", "Articolo successivo", "Poprzedni wpis", "Předchozí článek", "Volgende bericht"
    (the noun first in most of them) are "Previous/Next post"; a label before the title leaves it."""
    for label in ("Entrada anterior", "Articolo successivo", "Poprzedni wpis", "Předchozí článek", "Volgende bericht",
                  "Próximo post"):
        html = ARTICLE + f'<p class="adjacent"><a href="/2025/10/mittagsschlaf-studie/">« {label}</a></p>'
        assert urls(html) == [BOTH[0]], label
    titled = ARTICLE + '<div><a href="/2025/10/mittagsschlaf-studie/">Article suivant : Mittagsschlaf senkt den Blutdruck</a></div>'
    assert [post.title for post in extract_related_posts(page_of(titled))] == ["Mittagsschlaf senkt den Blutdruck"]


def test_headlines_opening_with_those_nouns_are_no_navigation() -> None:
    """The counter-example: "Article about sleep", "Post a comment", "Nota de prensa" open with a label's
    noun and are no post navigation."""
    html = ARTICLE + """<div><a href="/2025/10/mittagsschlaf-studie/">Article about sleep and the heart</a>
      <a href="/2025/09/kommentar/">Post a comment</a><a href="/2025/08/nota/">Nota de prensa del ministerio</a></div>"""
    assert urls(html) == []


def test_icon_only_newer_and_older_links_are_named_by_their_title() -> None:
    """Blogger's pager drawn with an icon font ("<a class=blog-pager-newer-link title='Newer Post'><i
    class=material-icons>&#58820;</i></a>"): the glyph is no title, the link's title attribute is."""
    html = ARTICLE + """<div class="blog-pager" id="blog-pager"><a class="home-link" href="/"><i class="material-icons">&#59530;</i></a>
      <span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2025/12/winter-sleep.html" title="Newer Post"><i class="material-icons">&#58820;</i></a></span>
      <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2025/10/naps.html" title="Older Post"><i class="material-icons">&#58824;</i></a></span></div>"""
    assert [(post.title, post.url) for post in extract_related_posts(page_of(html))] == [
        ("Newer Post", "https://gesundheit.example/2025/12/winter-sleep.html"),
        ("Older Post", "https://gesundheit.example/2025/10/naps.html")]


def test_a_glyph_beside_a_printed_title_leaves_the_title() -> None:
    """The counter-example: a link printing its post's title after an icon keeps the title, not the
    tooltip ("Weiter")."""
    html = ARTICLE + """<div class="nav-next"><a href="/2025/12/winter-sleep.html" title="Weiter"><i class="fa">&#61524;</i> Schlaf im Winter: was hilft</a></div>"""
    assert [post.title for post in extract_related_posts(page_of(html))] == ["Schlaf im Winter: was hilft"]


def test_an_event_s_announcement_among_related_teasers_is_no_post() -> None:
    """"Weitere Inhalte zum Thema" listing an interview and a seminar ("/veranstaltung/es_detail/…"): an
    event's announcement is a date to attend, no article; so is "/en/events/…"."""
    html = ARTICLE + """<section><h3>Weitere Inhalte zum Thema</h3><div class="list">
      <div class="teaser"><a href="/news/id/45257/unser-leben-zaehlt">«Unser Leben zählt für sie nicht», sagt John Adebayo</a></div>
      <div class="teaser teaser--event"><a href="/veranstaltung/es_detail/BO7LC/zusammen-lesen">Seminar: Zusammen lesen mit Gayatri Spivak</a></div>
      <div class="teaser teaser--event"><a href="/en/events/2025-12-01/reading-group">Reading group on Spivak, December</a></div></div></section>"""
    assert urls(html) == ["https://gesundheit.example/news/id/45257/unser-leben-zaehlt"]


def test_an_article_about_an_event_is_a_post() -> None:
    """The counter-example: a report whose slug or section below the top speaks of an event
    ("/news/events/…", "/2025/10/event-…") is an article."""
    html = ARTICLE + """<div class="box"><h3>Weitere Inhalte zum Thema</h3><ul>
      <li><a href="/news/events/bericht-vom-schlafkongress">Bericht vom Schlafkongress in Heidelberg</a></li>
      <li><a href="/2025/10/event-schlaflabor-offen/">Event im Schlaflabor: Türen offen für alle</a></li></ul></div>"""
    assert urls(html) == ["https://gesundheit.example/news/events/bericht-vom-schlafkongress",
                          "https://gesundheit.example/2025/10/event-schlaflabor-offen/"]


# Holdout 11's classes (docs/field-quality.md, "sixth round").

def test_the_page_s_own_translation_is_no_related_post() -> None:
    """A related-posts plugin lists this post's English version among its cards (a photo blog, the
    head's ``<link rel=alternate hreflang=en>`` names it): the same article in another language."""
    head = """<link rel="alternate" hreflang="en" href="https://gesundheit.example/en/2025/11/sleep-and-heart/">
      <link rel="alternate" hreflang="de" href="https://gesundheit.example/2025/11/schlaf-und-herz/">"""
    html = ARTICLE + """<div class="related-posts"><h3>Related Posts</h3><ul>
      <li><a href="/en/2025/11/sleep-and-heart/">How sleep protects the heart</a></li>
      <li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
      <li><a href="/en/2025/10/nap-study/">Napping lowers blood pressure, a study says</a></li></ul></div>"""
    posts = extract_related_posts(parsed_page(html, head, url=URL, lang="de"))
    # Counter-example: another post's translation counts.
    assert [post.url for post in posts] == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/",
                                           "https://gesundheit.example/en/2025/10/nap-study/"]


def test_a_related_module_inside_a_popular_stories_module_is_site_wide() -> None:
    """A blog network's left rail: "<section class='leftrailmodule--popular'><div class='js_related-module'>"
    lists the author's latest stories beside every article; its "related" class names no related block."""
    rail = """<section class="leftrailmodule leftrailmodule--popular"><div class="strapline">Written by Ann</div>
      <div class="js_related-module"><ol class="leftrail-list">
      <li><h6><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></h6></li>
      <li><h6><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></h6></li>
      </ol></div></section>"""
    assert urls(ARTICLE + rail) == []
    # Counter-example: a page wrapper far above the block naming popular posts says nothing of it.
    wrapped = f"""<div class="site popular-posts-theme"><div class="main"><div class="content"><div class="col">
      {ARTICLE}<div class="related-posts"><h3>Related Posts</h3>{TWO_POSTS}</div></div></div></div></div>"""
    assert urls(wrapped) == BOTH


def test_in_body_reference_cards_are_related_posts() -> None:
    """Kinja's in-body cards ("<aside class='referenced-wide'>" with "referenced-item"s, some waiting
    behind a carousel's arrows as "referenced-item hide"): the articles the text refers to."""
    html = """<article class="post"><h1>Wie Schlaf das Herz schützt</h1><div class="entry-content">
      <p>Wer regelmäßig sieben Stunden schläft, hat ein geringeres Risiko für Herzinfarkt.</p>
      <aside class="referenced-wide"><div class="referenced-item"><h3><a href="/2025/10/mittagsschlaf-studie/">
        Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></h3><p class="referenced-item-excerpt">Eine
        halbe Stunde genügt.</p><a class="readmore-referenced" href="/2025/10/mittagsschlaf-studie/">Read more</a></div>
      <div class="referenced-item hide"><h3><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die
        wichtigsten Anzeichen</a></h3></div></aside>
      <p>Die Studie erschien im Fachblatt der Kardiologen.</p></div></article>"""
    assert urls(html) == BOTH
    # Counter-example: a "references" list (a bibliography) is no such card.
    refs = ARTICLE + """<ol class="references"><li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den
      Blutdruck, sagt eine Studie</a></li><li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die
      wichtigsten Anzeichen</a></li></ol>"""
    assert urls(refs) == []


def test_a_tagged_picture_gallery_among_related_cards_is_no_post() -> None:
    """"[Images] COP26 : Retour sur les rassemblements…" under "Sur le même sujet" (an association's
    SPIP site): a picture gallery, tagged so by its title, is no article."""
    html = ARTICLE + """<div class="articles_connexes"><h2>Ähnliche Artikel</h2><ul>
      <li><a href="/2025/10/bilder-vom-lauf/">[Images] Der Herzlauf 2025 in Bildern</a></li>
      <li><a href="/2025/10/fotos/">Bildergalerie: Die Sieger des Herzlaufs</a></li>
      <li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
      <li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: [Video] die wichtigsten Anzeichen</a></li>
      </ul></div>"""
    # Counter-example: a bracket later in a headline tags nothing.
    assert urls(html) == BOTH


def test_an_archive_link_and_a_writer_s_profile_are_no_posts() -> None:
    """"Alle Meldungen zeigen" to the news list beside the "Ähnliche Artikel" cards (a federation's
    site), and a profile addressed by its handle ("medium.com/@name", printed after "Written on
    Feb 24 by"); a post under the handle ("/@name/a-post-1a2b") is one."""
    html = ARTICLE + """<section class="box"><h2>Ähnliche Artikel</h2>
      <div class="card"><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></div>
      <div class="card"><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></div>
      <a class="all" href="/aktuelles/">Alle Meldungen zeigen</a></section>"""
    assert urls(html) == BOTH
    medium = ARTICLE + """<div class="related-posts"><h3>Related Posts</h3><ul>
      <li><a href="/@ann">Written on Feb 24 by Ann</a></li>
      <li><a href="/@ann/why-naps-matter-1a2b3c">Why naps matter more than you think</a></li></ul></div>"""
    assert urls(medium) == ["https://gesundheit.example/@ann/why-naps-matter-1a2b3c"]


def test_a_bare_read_on_label_right_over_a_list() -> None:
    """"<aside class=fin2box><div>Weiterlesen</div><ul><li><a>…" in a news site's text: a "read on"
    label without its colon heads the list that follows it at once."""
    html = ARTICLE.replace("</div>\n</article>", f'<aside class="fin2box"><div class="insArtD">Weiterlesen</div>{TWO_POSTS}'
                           "</aside></div></article>")
    assert "Weiterlesen" in html
    assert urls(html) == BOTH
    # Counter-examples: the label over a paragraph, and a teaser's "Weiterlesen" link before a list.
    paragraph = ARTICLE + """<div class="teaser"><div>Weiterlesen</div><p>Die Studie <a href="/2025/10/mittagsschlaf-studie/">zum
      Mittagsschlaf</a> erschien im Oktober im Fachblatt der Kardiologen und fand viel Beachtung.</p></div>"""
    assert urls(paragraph) == []
    link = ARTICLE + f'<div class="teaser"><a href="/2025/08/herz/">Weiterlesen</a>{TWO_POSTS}</div>'
    assert urls(link) == []


# --- Holdout 12's classes (evaluation/gold/fields-holdout-12.json), each on a page of our own making.

def head_urls(html: str, head: str) -> list[str | None]:
    return [post.url for post in extract_related_posts(parsed_page(html, head, url=URL, lang="de"))]


def test_more_on_this_topic_in_other_languages_heads_related_posts() -> None:
    """"Więcej na ten temat" over a think tank's sidebar list of publications: "More on this topic"."""
    for label in ("Więcej na ten temat", "Más sobre este tema", "Plus sur ce sujet", "Meer over dit onderwerp"):
        html = ARTICLE + f'<section class="block"><h2 class="block-title">{label}</h2><div>{TWO_POSTS}</div></section>'
        assert urls(html) == BOTH, label
    # Counter-example: "more" and a topic page's name is no such label.
    assert urls(ARTICLE + f'<section class="block"><h2>Więcej Polska</h2><div>{TWO_POSTS}</div></section>') == []


def test_a_compound_kind_of_posts_on_this_subject_over_a_list() -> None:
    """"<p><strong>Weitere Top-Artikel zu diesem Themengebiet:</strong></p><ul>…" in a blog's text."""
    html = ARTICLE.replace("</div>\n</article>", "<blockquote><p><em><strong>Weitere Top-Artikel zu diesem "
                           f"Themengebiet:</strong></em></p>{TWO_POSTS}</blockquote></div></article>")
    assert "Themengebiet" in html
    assert urls(html) == BOTH
    # Counter-example: the blog's newest posts in the same shape stay the site's.
    newest = html.replace("Weitere Top-Artikel zu diesem Themengebiet:", "Neueste 5 Beiträge:")
    assert urls(newest) == []


def test_more_subject_news_with_its_colon_over_a_closing_list() -> None:
    """"<p><strong>More games news:</strong></p><ul>…" closing a games article; an action word late in
    a headline ("… create and 3D print your own figures") is the story's verb, not a print link."""
    html = ARTICLE + """<p><em><strong>More sleep news:</strong></em></p><ul>
      <li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
      <li><a href="/2025/09/3d-kissen/">This app lets you design and 3D print your own pillow</a></li></ul>"""
    assert urls(html) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/",
                          "https://gesundheit.example/2025/09/3d-kissen/"]
    # Counter-examples: "More top stories:" is the site's, and "Print this article" an action.
    assert urls(html.replace("More sleep news:", "More top stories:")) == []
    actions = ARTICLE + """<div class="related-posts"><h3>Related Posts</h3><ul>
      <li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
      <li><a href="/2025/10/mittagsschlaf-studie/print/">Print this article now</a></li></ul></div>"""
    assert urls(actions) == ["https://gesundheit.example/2025/10/mittagsschlaf-studie/"]


def test_an_item_s_pagination_is_post_navigation_without_its_date() -> None:
    """Squarespace's "<section class=blog-item-pagination>" under a post: the previous and next posts, each
    title printed after a ``<time>`` ("Jun 20 Trend Nude Nails")."""
    html = ARTICLE + """<section class="blog-item-pagination">
      <a class="blog-item-pagination-link--prev" href="/2025/10/mittagsschlaf-studie/"><h2><time>Jun 20</time>
        Mittagsschlaf senkt den Blutdruck</h2></a>
      <a class="blog-item-pagination-link--next" href="/2025/09/schlafapnoe-erkennen/"><h2><time>Jun 16</time>
        Schlafapnoe erkennen</h2></a></section>"""
    posts = extract_related_posts(page_of(html))
    assert [(post.title, post.url) for post in posts] == [
        ("Mittagsschlaf senkt den Blutdruck", BOTH[0]), ("Schlafapnoe erkennen", BOTH[1])]
    # Counter-example: an archive's pagination names no item.
    archive = ARTICLE + """<nav class="pagination"><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den
      Blutdruck</a> <a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen</a></nav>"""
    assert urls(archive) == []


def test_an_article_card_embedded_in_the_text_and_the_article_itself() -> None:
    """Condé Nast's "<div class='content-card-embed'>" between a listicle's items is another article
    offered beside this one; a card printing the page's own og:title and description under another
    address is the article itself."""
    head = ('<meta property="og:title" content="Wie Schlaf das Herz schützt"><meta property="og:description" '
            'content="Sieben Stunden Schlaf senken das Risiko für einen Herzinfarkt.">')
    html = ARTICLE.replace("</div>\n</article>", """<div class="ContentCardEmbedWrapper-x content-card-embed">
      <div class="content-card-embed__hed"><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den
      Blutdruck, sagt eine Studie</a></div><div class="dek">Eine halbe Stunde genügt.</div></div>
      <p>Weiter im Text.</p></div></article>
      <div class="recirc-similar related"><ul><li><a href="/2025/11/herz-schlaf/">Wie Schlaf das Herz schützt</a>
      <p>Sieben Stunden Schlaf senken das Risiko für einen Herzinfarkt.</p></li>
      <li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></li></ul></div>""")
    assert head_urls(html, head) == BOTH
    # Counter-example: a column's other issue under the same short title, with its own standfirst, counts.
    column = head.replace("Wie Schlaf das Herz schützt", "Der Schlafrückblick")
    issue = html.replace("Wie Schlaf das Herz schützt</a>", "Der Schlafrückblick</a>").replace(
        "Sieben Stunden Schlaf senken das Risiko für einen Herzinfarkt.</p>", "Folge 12 der Kolumne.</p>")
    assert head_urls(issue, column) == [BOTH[0], "https://gesundheit.example/2025/11/herz-schlaf/", BOTH[1]]
    # Counter-example: a video embed is no card.
    video = ARTICLE + '<div class="video-embed"><a href="/2025/10/video/">Das Video zur Studie ansehen</a></div>'
    assert urls(video) == []


def test_a_box_copying_the_site_s_newest_list_is_that_list() -> None:
    """A portal's "<section class=related_articles>" beside every article holds its newest news in the
    order of the newest list printed in the sidebar; a tab of SEO section links in the same box is no
    card either."""
    items = [("/2025/11/a/", "Neue Regeln für Apotheken ab Januar"), ("/2025/11/b/", "Grippewelle beginnt früher als erwartet"),
             ("/2025/11/c/", "Krankenkassen erhöhen die Beiträge")]
    lis = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in items)
    html = ARTICLE + f"""<div class="right_aside"><div class="newsBox__newestList"><ul>{lis}</ul></div></div>
      <div class="recommendations"><section class="related_articles"><ul>{lis}</ul></section>
      <div class="box_seo"><ul><li><h3>Fitness</h3><ul><li><a href="/fitness/abnehmen-tipps/">Wie schnell abnehmen?</a></li>
      <li><a href="/fitness/bauch-training/">Training für den Bauch</a></li></ul></li></ul></div></div>"""
    assert urls(html) == []
    # Counter-example: on the site's newest post the newest list holds the page itself, and a related
    # box listing the next newest posts is read.
    newest = html.replace('<div class="newsBox__newestList"><ul>',
                          '<div class="newsBox__newestList"><ul><li><a href="/2025/11/schlaf-und-herz/">Wie Schlaf das Herz schützt</a></li>')
    assert urls(newest) == [f"https://gesundheit.example{href}" for href, _ in items]


def test_a_sponsored_stream_item_and_the_site_s_main_menu() -> None:
    """A stream item whose "Sponsored" label links to the ad notice beside an icon link (the ad-choices
    badge) is paid placement; a link "NEXT" in the site's main navigation names a section, no next post."""
    html = ARTICLE + """<div class="related-stream"><ul>
      <li><div class="item"><h3><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></h3></div></li>
      <li><div class="item"><h3><a href="/ads/click?x=1">The most addictive game of the year!</a></h3>
        <div class="meta"><a href="/ads/click?x=1">InnoGames</a><span><a href="/help/kb/index?page=ads">Sponsored</a>
        <a href="/privacy/relevantads.html"><i><svg><path d="M0 0"/></svg></i></a></span></div></div></li>
      <li><div class="item"><h3><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></h3></div></li>
      </ul></div>
      <header class="main-navigation"><ul class="main-navigation__lists"><li class="main-navigation__list-item">
      <a href="https://next.gesundheit.example/next/">NEXT</a></li></ul></header>"""
    assert urls(html) == BOTH


def test_a_box_announcing_more_posts_found_here() -> None:
    """"<div class=su-box-title>Weitere Kaufratgeber zu Katzenspielzeug, DIY-Anleitungen sowie hilfreiche Tipps
    findest du hier:</div><div class=su-box-content><ul>…" (a pet magazine's in-body box; holdout 3)."""
    html = ARTICLE.replace("</div>\n</article>", '<div class="su-box"><div class="su-box-title">Weitere Ratgeber zu Schlaf '
                           "und Herz sowie hilfreiche Tipps findest du hier:</div>"
                           f'<div class="su-box-content">{TWO_POSTS}</div></div></div></article>')
    assert "findest du hier" in html
    assert urls(html) == BOTH
    # Counter-example: a sentence of the text saying where to find something is no heading.
    sentence = ARTICLE + ("<p>Weitere Informationen über die Studie und ihre Methoden findest du hier im Bericht, den "
                          f"die Forschenden veröffentlicht haben.</p>{TWO_POSTS}")
    assert urls(sentence) == []


def test_a_picture_gallery_s_address_among_related_links_is_no_post() -> None:
    """A photo slider's "Auch interessant" links to other stories' galleries ("/news/bilder/…"; holdout 3)."""
    html = ARTICLE + """<div class="related-box"><h3>Mehr zum Thema</h3><ul>
      <li><a href="/news/bilder/herzlauf-2025-die-sieger/">Herzlauf 2025: die Sieger im Überblick</a></li>
      <li><a href="/2025/10/mittagsschlaf-studie/">Mittagsschlaf senkt den Blutdruck, sagt eine Studie</a></li>
      <li><a href="/2025/09/schlafapnoe-erkennen/">Schlafapnoe erkennen: die wichtigsten Anzeichen</a></li></ul></div>"""
    assert urls(html) == BOTH
    # Counter-example: a slug naming pictures is an article's.
    slug = html.replace("/news/bilder/herzlauf-2025-die-sieger/", "/2025/10/bilder-im-kopf-schlaf/")
    assert urls(slug) == ["https://gesundheit.example/2025/10/bilder-im-kopf-schlaf/", *BOTH]


# --- Holdouts 13 and 14's classes (evaluation/gold/fields-holdout-13.json, -14.json), each on a page of our
# own making (docs/field-quality.md, "eighth round").

SELF = ("/2025/11/schlaf-und-herz/", "Wie Schlaf das Herz schützt")
OTHERS = [("/2025/10/mittagsschlaf-studie/", "Mittagsschlaf senkt den Blutdruck, sagt eine Studie"),
          ("/2025/09/schlafapnoe-erkennen/", "Schlafapnoe erkennen: die wichtigsten Anzeichen"),
          ("/2025/08/melatonin-kinder/", "Melatonin für Kinder: was Eltern wissen sollten")]


def teaser_list(items: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in items) + "</ul>"


def test_a_more_articles_list_holding_the_article_itself_is_site_wide() -> None:
    """A prefooter "Weitere Artikel" whose cards are the section's newest, this article among them."""
    html = ARTICLE + f'<section class="teaserbox-list"><div class="teaserbox-list__headline">Weitere Artikel</div>' \
                     f'{teaser_list([SELF, *OTHERS])}</section>'
    assert urls(html) == []
    # Counter-examples: without the article itself the list is read, and a "Related Posts" heading says its
    # cards were picked for this article even when a plugin lists the page among them.
    expected = [f"https://gesundheit.example{href}" for href, _ in OTHERS]
    assert urls(html.replace(teaser_list([SELF, *OTHERS]), teaser_list(OTHERS))) == expected
    assert urls(html.replace("Weitere Artikel", "Related Posts")) == expected


def test_a_related_box_sharing_some_posts_with_the_newest_list_stays() -> None:
    """Four related cards, three of them also in the sidebar's "recent posts" widget but with a pick of
    the box's own between them: no copy of that list."""
    recent = [*OTHERS[:2], ("/2025/07/a/", "Neue Regeln für Apotheken ab Januar"), OTHERS[2],
              ("/2025/06/b/", "Grippewelle beginnt früher als erwartet")]
    picks = [OTHERS[0], OTHERS[1], ("/2025/05/schlaf-im-alter/", "Schlaf im Alter: was sich ändert"), OTHERS[2]]
    html = ARTICLE + f"""<div class="related-posts">{teaser_list(picks)}</div>
      <aside class="widget widget_recent_posts">{teaser_list(recent)}</aside>"""
    assert urls(html) == [f"https://gesundheit.example{href}" for href, _ in picks]


def test_a_republished_report_s_boxes_lead_to_the_site_it_is_on() -> None:
    """A copy declaring its original on another site as canonical still prints its own site's "Auch
    interessant"; a card leading to a third site is still no card."""
    head = '<link rel="canonical" href="https://agrar.example/energie/schlaf-und-herz-600865">'
    html = ARTICLE + f'<div class="view-related"><h2>Auch interessant</h2>{teaser_list(OTHERS[:2])}' \
                     '<ul><li><a href="https://werbung.example/2025/angebot-matratze">Die neue Matratze im Test, jetzt bestellen</a></li></ul></div>'
    assert head_urls(html, head) == BOTH


def test_a_similar_named_column_of_site_boxes_is_no_related_box() -> None:
    """"<div id=SimilarTeaserArea>" holding "Meist gelesene Artikel" and "Produkt-Tipps", each under a
    heading printed as text."""
    html = ARTICLE + f"""<div id="cssSimilarTeaserArea">
      <div id="mostReadArea"><p class="cssContentHeadline">Meist gelesene Artikel</p>{teaser_list(OTHERS[:2])}</div>
      <div id="tipsArea"><p class="cssContentHeadline">Produkt-Tipps</p>
        {teaser_list([("/produktpraesentation/matratze-test-1/", "Die neue Matratze für besseren Schlaf")])}</div></div>"""
    assert urls(html) == []
    # Counter-example: a related heading among them makes it a related box.
    related = html.replace("Produkt-Tipps", "Das könnte Sie auch interessieren")
    assert urls(related) != []
    # A press office's "related-content" band: its contact and its latest releases, headed by text styled
    # as headings.
    band = ARTICLE + f"""<div class="nocontent related-content"><p class="h1 text-white">Kontakt</p>
      <p>Pressestelle, Telefon 089 123456</p><p class="h1 text-white">Aktuelle Meldungen</p>{teaser_list(OTHERS)}</div>"""
    assert urls(band) == []


def test_cards_whose_link_wraps_their_heading_make_a_list() -> None:
    """"<a href><h2>Title</h2></a>" then a long teaser and "Weiterlesen..." per card under "Ähnliche Beiträge"."""
    teaser = ("Forschende haben untersucht, wie sich der Schlaf im Laufe des Lebens verändert und welche Folgen "
              "das für Herz und Kreislauf hat; die Ergebnisse überraschen, denn nicht die Dauer allein zählt, sondern "
              "auch die Regelmäßigkeit, mit der wir zu Bett gehen und aufstehen, und wie gut wir durchschlafen.")
    cards = "".join(f'<article class="sc-x"><a href="{href}"><h2>{title}</h2></a><div>{teaser} {teaser}</div>'
                    f'<a href="{href}">Weiterlesen...</a></article>' for href, title in OTHERS)
    html = ARTICLE + f'<div class="wrapper"><h3>Ähnliche Beiträge</h3><div class="sc-y">{cards}</div></div>'
    assert urls(html) == [f"https://gesundheit.example{href}" for href, _ in OTHERS]


def test_an_archive_pager_s_class_on_headline_links_is_post_navigation() -> None:
    """An old theme's "<span class=previous-entries>" and Squarespace's "<a class=newer-posts>" under one post
    print the neighbouring posts' headlines."""
    html = ARTICLE + f"""<div class="navigation"><span class="previous-entries"><a href="{OTHERS[0][0]}">{OTHERS[0][1]}</a></span>
      <span class="next-entries"><a href="{OTHERS[1][0]}">{OTHERS[1][1]}</a></span></div>"""
    assert urls(html) == BOTH
    squarespace = ARTICLE + f"""<nav class="pagination"><a class="newer-posts" href="{OTHERS[0][0]}">← NICKY LARSON</a>
      <a class="older-posts" href="{OTHERS[1][0]}">{OTHERS[1][1]} →</a></nav>"""
    assert urls(squarespace) == BOTH
    # Counter-example: an archive's pager label under those names leads to no post.
    archive = ARTICLE + '<div class="navigation"><span class="previous-entries"><a href="/archiv/schlaf/">« Older Entries</a></span></div>'
    assert urls(archive) == []


def test_read_on_about_the_press_releases_heads_a_list() -> None:
    """"Lesen Sie dazu auch die Pressemitteilungen:" over the agency's earlier releases."""
    html = ARTICLE + f"<p><strong>Lesen Sie dazu auch die Pressemitteilungen:</strong></p>{TWO_POSTS}"
    assert urls(html) == BOTH
    # Counter-example: a sentence of the text saying so heads nothing.
    sentence = ARTICLE + ("<p>Lesen Sie dazu auch die Pressemitteilungen des Ministeriums, die im Oktober erschienen "
                          f"sind und die Zahlen erklären.</p>{TWO_POSTS}")
    assert urls(sentence) == []


def test_the_article_s_later_page_and_a_new_window_service_link_are_no_neighbours() -> None:
    """"Page" to ".../schlaf-und-herz/2/" is this article's next page; in a news box beside "Nächster Eintrag",
    a glossary link opening a new window is a service link."""
    html = ARTICLE + f"""<div class="post-navigation"><a href="/2025/11/schlaf-und-herz/2/">Page</a></div>
      <div class="txnewsprevnext"><div><b>Nächster Eintrag</b><br><a href="{OTHERS[0][0]}">{OTHERS[0][1]}</a></div>
      <p><a href="/service/abkuerzungen/" target="_blank">Abkürzungen</a></p></div>"""
    assert urls(html) == [BOTH[0]]
    # Counter-example: a labelled neighbour opening a new window stays.
    labelled = ARTICLE + f'<p>Previous: <a href="{OTHERS[1][0]}" target="_blank">{OTHERS[1][1]}</a></p>'
    assert urls(labelled) == [BOTH[1]]


# --- The classes left by the earlier rounds across all related gold files (docs/field-quality.md, "ninth
# round"), each on a page of our own making.

def test_a_class_spelling_a_related_label_names_a_box() -> None:
    """"<aside class='bloc_base meme_sujet'>" ("Sur le même sujet") under the subject's name, not a label."""
    box = f'<aside class="bloc_base meme_sujet"><span class="entete">Sommeil et santé</span>' \
          f'<div class="contenu">{teaser_list(OTHERS)}</div></aside>'
    expected = [f"https://gesundheit.example{href}" for href, _ in OTHERS]
    assert urls(ARTICLE + box) == expected
    # Counter-example: a class naming the day's subject is no related box.
    assert urls(ARTICLE + box.replace("meme_sujet", "sujet_du_jour")) == []


def test_a_french_read_line_in_the_text() -> None:
    """"<p><strong>Lire : <a>…</a></strong></p>" between two paragraphs: the French "Read:" line."""
    html = ARTICLE.replace("</div>", f'<p><strong>Lire : <a href="{OTHERS[0][0]}">{OTHERS[0][1]}</a></strong></p></div>')
    assert urls(html) == [BOTH[0]]
    # Counter-example: "Lire" opening a sentence of the text is no label.
    sentence = ARTICLE.replace("</div>", f'<p>Lire la suite dans <a href="{OTHERS[0][0]}">notre enquête de la semaine '
                                         'dernière</a>, qui montrait déjà les mêmes chiffres.</p></div>')
    assert urls(sentence) == []


def test_similar_named_items_under_their_section_s_latest_news_heading() -> None:
    """A "similar-posts" section of two site-wide lists: "Meistgelesene Artikel", then "Aktuelle Meldungen im
    Fokus" over items named like similar posts, printed before them and not inside them: the site's latest
    news, though each item's class names a similar-posts block."""
    def items(posts: list[tuple[str, str]]) -> str:
        return "".join(f'<div class="similar-posts__item similar-posts__item--news-in-focus"><div class="text">'
                       f'<a href="{href}"><h4>{title}</h4></a><p>Eine Meldung des Tages.</p></div></div>'
                       for href, title in posts)
    most_read = "".join(f'<a class="similar-posts__item" href="/2025/0{n}/gelesen/"><h3>Meistgelesen Nummer {n} der Woche</h3></a>'
                        for n in (3, 4))
    html = ARTICLE + f'<section class="similar-posts"><h3 class="similar-posts__heading">Meistgelesene Artikel</h3>' \
                     f'{most_read}<h3 class="similar-posts__heading">Aktuelle Meldungen im Fokus</h3>{items(OTHERS[:2])}' \
                     '</section>'
    assert urls(html) == []
    # Counter-example: under a related heading the items are read.
    assert urls(html.replace("Aktuelle Meldungen im Fokus", "Ähnliche Beiträge")) == BOTH


def test_read_also_the_following_posts_and_these_might_interest_you_as_well() -> None:
    """"Lesen Sie auch die folgenden Beiträge:" over a list, "Diese Artikel könnten dich ebenfalls
    interessieren:" over one-link paragraphs."""
    html = ARTICLE + f"<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p>{TWO_POSTS}"
    assert urls(html) == BOTH
    rows = "".join(f'<p><a href="{href}">{title}</a></p>' for href, title in OTHERS[:2])
    assert urls(ARTICLE + f"<p><em>Diese Artikel könnten dich ebenfalls interessieren:</em></p>{rows}") == BOTH
    # Counter-example: a sentence going on after those words heads nothing.
    sentence = ARTICLE + ("<p>Lesen Sie auch die folgenden Beiträge der Kollegen aus Heidelberg, die im Oktober "
                          f"erschienen sind und die Zahlen erklären.</p>{TWO_POSTS}")
    assert urls(sentence) == []


def test_a_line_label_whose_colon_follows_its_element() -> None:
    """"<p><strong>Weiterlesen</strong>: <a>…</a></p>": the colon printed after the bold label."""
    line = f'<p><strong>Weiterlesen</strong>: <a href="{OTHERS[0][0]}">{OTHERS[0][1]}</a></p>'
    assert urls(ARTICLE.replace("</div>", line + "</div>")) == [BOTH[0]]
    # Counter-example: the same label opening a sentence of the text is no line.
    sentence = (f'<p><strong>Weiterlesen</strong>: das lohnt sich, sagen die Forschenden in <a href="{OTHERS[0][0]}">'
                'ihrer Studie</a> über den Schlaf im Alter.</p>')
    assert urls(ARTICLE.replace("</div>", sentence + "</div>")) == []


def test_a_related_heading_beside_its_translation() -> None:
    """"<h3>Related — <span lang=zh>有關</span></h3>" then a title of its own over the cards: the label beside a
    part marked as another language."""
    cards = "".join(f'<div class="card"><h3><a href="{href}">{title}</a></h3></div>' for href, title in OTHERS[:2])
    box = f'<div class="mw-980"><h3 class="h3">Related — <span lang="zh">有關</span></h3>' \
          f'<h2 class="h2">Read further in the pursuit of knowledge</h2><div class="flex">{cards}</div></div>'
    assert urls(ARTICLE + box) == BOTH
    # Counter-example: a site-wide list's label beside its translation stays the site's.
    assert urls(ARTICLE + box.replace("Related", "Trending")) == []


def test_the_editors_recommend_in_german() -> None:
    """"Die Redaktion empfiehlt" over the editors' picks under the text, as "Editors' recommendations"."""
    html = ARTICLE + f'<div class="l-container"><h2 class="a-section-title">Die Redaktion empfiehlt</h2>{TWO_POSTS}</div>'
    assert urls(html) == BOTH
    # Counter-example: a sentence of the text saying what the editors recommend heads nothing.
    sentence = ARTICLE + ("<p>Die Redaktion empfiehlt, vor dem Schlafengehen auf schwere Mahlzeiten zu verzichten "
                          f"und das Schlafzimmer kühl zu halten.</p>{TWO_POSTS}")
    assert urls(sentence) == []
    # The same picks in the site's mega-menu are the menu's, the same on every page; in a sidebar's list of
    # widgets the heading still heads its box.
    menu = f'<ul id="mainmenu"><li class="hasChildren"><a href="/news/">News</a><div class="sub-menu-wrapper">' \
           f'<div class="main-menu-teasers"><h4>Die Redaktion empfiehlt</h4>{TWO_POSTS}</div></div></li></ul>'
    assert urls(menu + ARTICLE) == []
    assert urls(ARTICLE + menu.replace('id="mainmenu"', 'class="sidebar-widgets"')) == BOTH


# --- Tenth round: the classes the ninth round left with a suggested next step (docs/field-quality.md,
# "tenth round"), each on a page of our own making.

def test_related_topics_heading_over_articles() -> None:
    """"Verwandte Themen" over article cards (a slug of several words or a date in the address, a title of
    several words), also "Verwandte Themen auf unserem Blog:" over one link per paragraph: the cards are read."""
    assert urls(ARTICLE + f'<div class="headline_section">Verwandte Themen</div>{TWO_POSTS}') == BOTH
    assert urls(ARTICLE + f"<h3>Related topics</h3>{TWO_POSTS}") == BOTH
    rows = "".join(f'<p><a href="{href}">{title}</a></p>' for href, title in OTHERS[:2])
    html = ARTICLE.replace("</div>", f"<p><strong>Verwandte Themen auf unserem Blog: </strong></p>{rows}</div>")
    assert urls(html) == BOTH
    # Counter-example: the same heading over topic pages (one or two words in the address and the title)
    # heads no related posts.
    topics = '<ul><li><a href="/DE/Ernaehrung/ernaehrung_node.html">Ernährung</a></li>' \
             '<li><a href="/klimaschutz/">Klimaschutz und Landwirtschaft</a></li></ul>'
    assert urls(ARTICLE + f"<h3>Verwandte Themen</h3>{topics}") == []
    assert urls(ARTICLE + f"<h3>Related topics</h3>{topics}") == []


def test_a_more_subject_list_inside_the_text() -> None:
    """"<ul><li>MORE SIXERS</li><li><a>…</a></li>…</ul>" between two paragraphs of the text: "More" and the
    subject without a colon as the list's first item, one article link in each other item."""
    more = "<ul><li>MORE SCHLAF</li>" + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in OTHERS[:2]) \
           + "</ul>"
    html = ARTICLE.replace("</div>", f"{more}<p>Die Forschenden wollen die Daten nun mit weiteren Studien aus "
                                     "Skandinavien vergleichen.</p></div>")
    assert urls(html) == BOTH
    # Counter-examples: the site's "More news" list, and the same list outside the text (a column of boxes).
    assert urls(html.replace("MORE SCHLAF", "MORE NEWS")) == []
    assert urls(ARTICLE + f'<aside class="sidebar">{more}</aside>') == []


# --- Twelfth round: the classes of the external fitting set (evaluation/gold/fields-external-1.json),
# each on a page of our own making.

def test_thai_and_french_related_headings() -> None:
    """"เรื่องที่เกี่ยวข้อง" (Thai, "related stories") as a bold line over links in the text and as a box's
    heading; "À lire également..." over cards: the lexicon's labels."""
    assert urls(ARTICLE + f"<h2>เรื่องที่เกี่ยวข้อง</h2>{TWO_POSTS}") == BOTH
    assert urls(ARTICLE + f"<h2>À lire également...</h2>{TWO_POSTS}") == BOTH
    line = "".join(f'<br><a href="{href}">{title}</a>' for href, title in OTHERS[:2])
    assert urls(ARTICLE.replace("</div>", f"<p><strong>เรื่องที่เกี่ยวข้อง</strong>{line}</p></div>")) == BOTH
    # Counter-example: a Thai heading of another box (the day's news, "ข่าวรอบวัน") heads nothing.
    assert urls(ARTICLE + f"<h2>ข่าวรอบวัน</h2>{TWO_POSTS}") == []


def test_a_class_spelling_articles_lies() -> None:
    """"<div class='articles_lies_item'>" (French "articles liés") beside the text is a related block; the
    Drupal tag link closing an item ("/taxonomy/term/1819", "lire notre dossier") is no post."""
    items = "".join(f'<div class="articles_lies_item"><h4><a href="{href}">{title}</a></h4>'
                    f'<div class="articles_lies_item_tag"><em>lire notre dossier</em><br>'
                    f'<a href="/taxonomy/term/18{n}">Schlaf »</a></div></div>'
                    for n, (href, title) in enumerate(OTHERS[:2]))
    assert urls(ARTICLE + f'<div id="sidebar"><div id="right_column_assoc">{items}</div></div>') == BOTH
    # Counter-example: a class merely ending so ("supplies") names no related block.
    assert urls(ARTICLE + f'<div class="office_supplies">{TWO_POSTS}</div>') == []


def test_a_related_named_wrapper_is_read_under_its_related_heading() -> None:
    """"<section id='relatedStories'>" holding a "Mehr zum Thema" row and, under headings of their own, the
    site's ticker and picks (more cards than the row): only the row under the related heading is read."""
    ticker = "".join(f'<article class="ticker"><h2><a href="/2025/07/meldung-{n}/">Meldung Nummer {n} des Tages '
                     f'aus der Redaktion</a></h2></article>' for n in range(1, 6))
    row = "".join(f'<article><h2><a href="{href}">{title}</a></h2></article>' for href, title in OTHERS[:2])
    html = ARTICLE + f'<section id="relatedStories"><div><div class="separator">Mehr zum Thema</div>{row}</div>' \
                     f'<div class="left"><div class="separator ticker">Digital 11.09.2025 12:01</div>{ticker}</div>' \
                     '</section>'
    assert urls(html) == BOTH
    # Counter-examples: a related-named box whose heading is over all its cards stays whole, also when the
    # heading sits in a title bar's column and the cards are columns beside it (more links than the first).
    whole = ARTICLE + f'<section id="relatedStories"><h3>Mehr zum Thema</h3>{row}</section>'
    assert urls(whole) == BOTH
    columns = "".join(f'<div class="col topicbox"><a href="{href}"><h3>{title}</h3></a></div>' for href, title in OTHERS)
    beside = ARTICLE + f'<div class="row ce_related"><div class="row"><div class="col"><div class="heading">' \
                       f'<h2>Auch interessant</h2></div></div>{columns}</div></div>'
    assert urls(beside) == [f"https://gesundheit.example{href}" for href, _ in OTHERS]


def test_siehe_auch_with_its_colon_over_a_list_and_a_next_article_link() -> None:
    """"<p><strong>Siehe auch:</strong></p><ul>…</ul>" closing the text; "zum nächsten Artikel" in the
    article's navigation is the next post."""
    html = ARTICLE.replace("</div>", f"<p><strong>Siehe auch:</strong></p>{TWO_POSTS}</div>")
    assert urls(html) == BOTH
    nav = '<nav class="article-nav"><a href="/magazin">zurück zur Übersicht</a>' \
          '<a href="/magazin/unser-plan-fuer-den-schlaf">zum nächsten Artikel</a></nav>'
    assert urls(ARTICLE + nav) == ["https://gesundheit.example/magazin/unser-plan-fuer-den-schlaf"]
    # Counter-example: "Siehe auch" inside a sentence heads nothing.
    sentence = ARTICLE.replace("</div>", "<p>Siehe auch die Hinweise der Fachgesellschaft zum Schlaf.</p></div>")
    assert urls(sentence) == []


def test_more_stories_like_this_one() -> None:
    """"<label>MORE STORIES LIKE THIS ONE</label>" over a sidebar's rows: the box of the subject's stories."""
    assert urls(ARTICLE + f'<aside><label class="category">MORE STORIES LIKE THIS ONE</label>{TWO_POSTS}</aside>') == BOTH
    # Counter-example: a bare "More stories" stays the site's list, as before.
    assert urls(ARTICLE + f'<aside><label class="category">MORE STORIES</label>{TWO_POSTS}</aside>') == []


def test_a_title_bar_naming_a_section_before_a_related_named_list() -> None:
    """"<div class=related><h2><a href=/schlaf/>More in Schlaf...</a></h2></div><div id=related_images>…": the
    title bar wrapping only its heading heads the list after it, the section's latest, no related block."""
    bar = '<div class="related"><h2><a href="/schlaf/">More in Schlaf...</a></h2></div>'
    html = ARTICLE + f'{bar}<div id="related_images">{TWO_POSTS}</div>'
    assert urls(html) == []
    # Counter-examples: a title bar printing a related label keeps the list; cards printing only a picture
    # and their title, after a "More from <section>" heading, are no title bars of one another.
    assert urls(html.replace("More in Schlaf...", "Related stories")) == BOTH
    cards = "".join(f'<div class="related-article"><a href="{href}"><img src="/i{n}.jpg"></a><h3><a href="{href}">'
                    f'{title}</a></h3></div>' for n, (href, title) in enumerate(OTHERS))
    assert urls(ARTICLE + f'<div class="related-articles"><h2>More from Schlaf</h2>{cards}</div>') == []


# --- Thirteenth round: the classes of the external fitting sets (evaluation/gold/fields-external-1.json and
# -2.json), each on a page of our own making.

def test_relacionado_as_a_heading() -> None:
    """"<div class='box relacionado'><h2>Relacionado</h2>": the singular Spanish / Portuguese label."""
    assert urls(ARTICLE + f'<div class="box"><h2>Relacionado</h2><div>{TWO_POSTS}</div></div>') == BOTH
    assert urls(ARTICLE + f'<div class="box"><h2>Relacionadas</h2><div>{TWO_POSTS}</div></div>') == BOTH
    # Counter-examples: a box only named so ("noticias-relacionadas", no heading) stays unread: Latin American
    # papers name their section's latest so (a record comparison of this round); another Spanish heading
    # ("Lo último", the site's latest) heads nothing.
    assert urls(ARTICLE + f'<div class="noticias-relacionadas">{TWO_POSTS}</div>') == []
    assert urls(ARTICLE + f'<div class="box"><h2>Lo último</h2><div>{TWO_POSTS}</div></div>') == []


def test_also_see_over_a_sidebar_box() -> None:
    """"<div class=mod-header><h4>ALSO SEE</h4></div><ul class=bulletlinks>…" beside the text: "Also see", the
    same label as "See also" in the other order."""
    box = f'<div class="mod-container"><div class="mod-header"><h4>ALSO SEE</h4></div><div>{TWO_POSTS}</div></div>'
    assert urls(ARTICLE + box) == BOTH
    # Counter-example: "Also see" inside a sentence heads nothing.
    assert urls(ARTICLE.replace("</div>", "<p>Also see the guidance of the cardiologists on sleep.</p></div>")) == []


def test_more_on_a_subject_with_its_colon_over_a_list() -> None:
    """"<p><strong><em>Mehr zu Konny Reimann und seiner Familie:</em></strong></p><ul>…</ul>" in the text, and
    "More on the heart study:": more posts on the article's subject, named."""
    html = ARTICLE.replace("</div>", f"<p><strong><em>Mehr zu Schlaf und Herz:</em></strong></p>{TWO_POSTS}</div>")
    assert urls(html) == BOTH
    assert urls(html.replace("Mehr zu Schlaf und Herz:", "More on the heart study:")) == BOTH
    # Counter-examples: without its colon it is a topic page's heading; "More from <section>:" is the section's.
    assert urls(html.replace("Mehr zu Schlaf und Herz:", "Mehr zu Schlaf und Herz")) == []
    assert urls(html.replace("Mehr zu Schlaf und Herz:", "More from Schlaf:")) == []


def test_a_related_heading_in_the_site_footer_heads_nothing() -> None:
    """"<footer id=footer><div class=footer-col><h2>More on Gesundheit.example</h2><ul>…" under every page: the
    site's service links, no related block."""
    footer = f'<footer id="footer"><div class="footer-col"><h2>More on gesundheit.example</h2>{TWO_POSTS}</div></footer>'
    assert urls(ARTICLE + footer) == []
    # Counter-example: an article's own footer ("single-article-footer", outside <article>) keeps its box.
    own = f'<footer class="single-article-footer"><h2>Mehr zum Thema</h2>{TWO_POSTS}</footer>'
    assert urls(ARTICLE + own) == BOTH


FILE_URL = "https://gesundheit.example/magazin/b4192066630779.htm"


def test_a_later_page_of_an_article_file_and_a_calendar_month_are_no_posts() -> None:
    """"<div id=pageNav>Page <a>1</a> <a href='b4192066630779_page_2.htm'>2</a><a id=nextBtn>Next Page</a>" (the
    article split into files) and a calendar's "?date=2013-03" month links (Drupal Calendar's date-nav): the
    same article and an archive, no neighbouring posts."""
    pager = '<div id="pageNav"><span class="pagelinks">Page <a href="b4192066630779.htm">1</a> ' \
            '<a href="b4192066630779_page_2.htm">2</a></span><a id="nextBtn" href="b4192066630779_page_2.htm">' \
            'Next Page</a></div>'
    posts = [post.url for post in extract_related_posts(parsed_page(ARTICLE + pager, url=FILE_URL, lang="en"))]
    assert posts == []
    calendar = '<div class="date-nav"><div class="date-prev"><span class="prev"><a href="' + URL + \
               '?date=2025-10" title="Navigate to previous month" rel="nofollow"></a></span></div></div>'
    assert urls(ARTICLE + calendar) == []
    # Counter-example: a next link to another article file is the next post.
    other = '<div class="post-navigation"><a rel="next" href="c5555.htm">Wie Bewegung das Herz schützt</a></div>'
    posts = [post.url for post in extract_related_posts(parsed_page(ARTICLE + other, url=FILE_URL, lang="en"))]
    assert posts == ["https://gesundheit.example/magazin/c5555.htm"]
