"""The printed headline over SEO and social titles, suffixes and machine ids; the declared
variants kept beside it with their source."""

from __future__ import annotations

from harvester.lexicon import host_spelling
from tests.field_pages import PARAGRAPHS, extract, jsonld, page


def test_printed_headline_wins_over_the_seo_and_social_titles_which_are_kept_as_variants() -> None:
    head = (
        jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Vitamin D: Why the new trial disappoints"})
        + '<meta property="og:title" content="Vitamin D pills: the big trial disappoints">'
        + '<meta name="twitter:title" content="Vitamin D: Why the new trial disappoints">'
    )
    html = page(f'<article><h1 class="entry-title">Why the big vitamin D trial found no benefit</h1>{PARAGRAPHS}'
                "</article>", head, title="Vitamin D: Why the new trial disappoints | Example Health")
    record = extract(html)
    assert record.headline == "Why the big vitamin D trial found no benefit"
    assert record.extraction.field_sources["headline"] == "markup"
    variants = [(alt.text, alt.source) for alt in record.alternative_headlines]
    assert variants == [
        ("Vitamin D: Why the new trial disappoints", "json-ld"),
        ("Vitamin D pills: the big trial disappoints", "open-graph"),
        ("Vitamin D: Why the new trial disappoints | Example Health", "title-tag"),
    ]


def test_a_heading_that_is_the_sites_name_is_not_the_headline() -> None:
    html = page(f'<h1 class="title">Silicon Exposed</h1><article><h3 class="post-title entry-title">Open Verilog '
                f"flow for Silego GreenPak4 programmable logic devices</h3>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Open Verilog flow for Silego GreenPak4 programmable logic devices">',
                title="Silicon Exposed: Open Verilog flow for Silego GreenPak4 programmable logic devices")
    record = extract(html)
    assert record.headline == "Open Verilog flow for Silego GreenPak4 programmable logic devices"


def test_site_and_section_suffixes_are_stripped_when_nothing_prints_the_headline() -> None:
    html = page(f"<article><div class='post-body'>{PARAGRAPHS}</div></article>",
                '<meta property="og:site_name" content="Example.de">'
                '<meta property="og:title" content="Warum Fasten den Schlaf verändert | Gesundheit | 28.04.2023">',
                title="Warum Fasten den Schlaf verändert - Example.de", lang="de")
    record = extract(html, "https://www.example.de/gesundheit/fasten-schlaf-100.html")
    assert record.headline == "Warum Fasten den Schlaf verändert"
    assert [alt.source for alt in record.alternative_headlines] == ["open-graph", "title-tag"]


def test_a_printed_headline_keeps_its_own_words_when_a_title_tag_adds_a_site_suffix() -> None:
    html = page(f"<article><h1>Losing face: 6,000 surgical masks stolen from Kobe hospital</h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Losing face: 6,000 surgical masks stolen from Kobe hospital'
                ' | The Japan Times">', title="Losing face: 6,000 surgical masks stolen | The Japan Times")
    record = extract(html)
    assert record.headline == "Losing face: 6,000 surgical masks stolen from Kobe hospital"


def test_a_machine_id_is_never_a_headline() -> None:
    head = (jsonld({"@context": "https://schema.org", "@type": "Article", "headline": "post-48213"})
            + '<meta property="og:title" content="5f2b9c0e-8d1a-4c7e-9b3f-2a6d1e0c4b77">')
    html = page(f"<article><div class='content'>{PARAGRAPHS}</div></article>", head,
                title="Cold water swimming and the heart | Example Health")
    record = extract(html)
    assert record.headline == "Cold water swimming and the heart"
    assert all(alt.text not in ("post-48213", "5f2b9c0e-8d1a-4c7e-9b3f-2a6d1e0c4b77")
               for alt in record.alternative_headlines)


def test_headline_rules_on_strings() -> None:
    from harvester.fields.headlines import is_machine_id, printed_match, strip_tails

    assert is_machine_id("post-48213") and is_machine_id("IMG_2041") and is_machine_id("5f2b9c0e8d1a")
    assert not is_machine_id("COVID-19") and not is_machine_id("Paxlovid") and not is_machine_id("Windows 11 review")
    assert strip_tails("Fasten und Schlaf | Gesundheit | 28.04.2023", ["gesundheit"]) == "Fasten und Schlaf"
    assert strip_tails("Fasten und Schlaf - Example.de", ["example"]) == "Fasten und Schlaf"
    assert strip_tails("Rock - Paper - Scissors", ["example"]) == "Rock - Paper - Scissors"
    # The part after a title's separator is the site's name, never the printed headline.
    declared = ["Evolve: Shared Mutable History — evolve extension for Mercurial"]
    assert printed_match(["evolve extension for Mercurial", "Evolve: Shared Mutable History"], declared) == \
        "Evolve: Shared Mutable History"
    assert printed_match(["Allergies Health Center"], ["Babies Who Eat Peanuts Early May Avoid Allergy"]) is None


def test_a_printed_heading_equal_to_a_titles_first_part_when_a_later_part_names_the_site() -> None:
    html = page(f"<article><h1>Ben Wilson Surf</h1>{PARAGRAPHS}</article>",
                title="Ben Wilson Surf - Point of Sail - Segelmacher, Surf und Kite Shop in Kiel")
    record = extract(html, "https://pointofsail-kiel.example/produkte/ben-wilson/")
    assert record.headline == "Ben Wilson Surf"
    assert record.site_name == "Point of Sail"


def test_a_printed_heading_equal_to_a_titles_last_part_after_a_section_label() -> None:
    """"News - …": the first part is a section; the printed headline is the title's last part."""
    html = page(f"<article><h1>Elder: Aus dem Ghetto nach Augusta</h1>{PARAGRAPHS}</article>",
                title="News - Elder: Aus dem Ghetto nach Augusta")
    assert extract(html, "https://golf.example/news/elder/").headline == "Elder: Aus dem Ghetto nach Augusta"


def test_wordpress_blog_archive_title_gives_the_posts_title() -> None:
    """The default theme's "Site » Blog Archive » Post", its h1 the site's name linking home; the
    post's slug is its title, not a section to cut off."""
    url = "https://fouryears.example/2013/08/interning-of-small-integers-in-python/"
    html = page(f'<h1><a href="https://fouryears.example/">Four Years Remaining</a></h1><article>{PARAGRAPHS}'
                "</article>", title="Four Years Remaining » Blog Archive » Interning of Small Integers in Python")
    assert extract(html, url).headline == "Interning of Small Integers in Python"


def test_a_blogs_name_printed_as_its_h1_comes_off_the_title() -> None:
    html = page(f'<h1><a href="https://kochblog.example/">Liebe geht durch den Magen</a></h1><article>{PARAGRAPHS}'
                "</article>", title="Rinderleber-Geschnetzeltes mit Apfel | Liebe geht durch den Magen")
    assert extract(html, "https://kochblog.example/rinderleber/").headline == "Rinderleber-Geschnetzeltes mit Apfel"


def test_soft_hyphens_leave_the_headline() -> None:
    html = page(f"<article><h1>Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum</h1>"
                f"{PARAGRAPHS}</article>", title="BKA - Pressemitteilungen - Messengerdienste sind kein rechtsfreier Raum")
    record = extract(html, "https://bka.example/presse/messenger.html")
    assert record.headline == "Messengerdienste sind kein rechtsfreier Raum"
    assert record.site_name == "BKA"


# --- classes found on the unseen-news holdout (evaluation/gold/fields-holdout-news.json) ---------


def test_an_h1_equal_to_the_part_after_a_kicker_colon_is_the_headline() -> None:
    """taz: the kicker printed above the h1 and glued into the declared titles as "Kicker: Headline"."""
    kicker = "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"
    html = page(f'<article><p class="kicker">Siemens und die Kohlemine Adani</p><h1>Kaeser verarscht Neubauer</h1>'
                f"{PARAGRAPHS}</article>", f'<meta property="og:title" content="{kicker}">',
                title=f"{kicker} - taz.de", lang="de")
    record = extract(html, "https://taz.de/Siemens-und-die-Kohlemine-Adani/!5655255/")
    assert record.headline == "Kaeser verarscht Neubauer"
    assert [alt.text for alt in record.alternative_headlines] == [kicker, f"{kicker} - taz.de"]


def test_a_headline_printed_with_its_colon_keeps_it() -> None:
    """The counter-example: where the h1 prints the whole "Kicker: Headline", that is the headline."""
    title = "Ministra de la Mujer por Berrios: “Que la justicia penal investigue, no la canónica”"
    html = page(f"<article><h1>{title}</h1>{PARAGRAPHS}</article>", f'<meta property="og:title" content="{title}">',
                title=f"{title} – Publimetro Chile", lang="es")
    assert extract(html).headline == title


def test_a_kicker_in_its_own_element_inside_the_h1_is_not_the_headline() -> None:
    """The Economist ("<span class=article__subheadline>" and a <br>) and tagesschau (a Dachzeile span)."""
    html = page('<article><h1><span class="article__subheadline">Open Progress</span><br>'
                '<span class="article__headline">Why collaborative thinking beats individual smarts</span></h1>'
                f"{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Why collaborative thinking beats individual smarts">')
    assert extract(html).headline == "Why collaborative thinking beats individual smarts"
    html = page('<article><h1> <span class="dachzeile">Interne Unterlagen im Netz</span> '
                '<span class="headline">Daten von Rheinmetall gehackt</span> </h1>'
                f"{PARAGRAPHS}</article>", title="Interne Unterlagen im Netz: Daten von Rheinmetall gehackt",
                lang="de")
    assert extract(html).headline == "Daten von Rheinmetall gehackt"


def test_the_separator_after_a_kicker_goes_with_it() -> None:
    """ZEIT ONLINE and Tagesspiegel print ": " after the kicker span, hidden for screen readers."""
    html = page('<article><h1 class="article-heading"><span class="article-heading__kicker">Zugverkehr</span>'
                '<span class="visually-hidden">: </span><span class="article-heading__title">Im ICE von Frankfurt '
                f"nach Barcelona</span></h1>{PARAGRAPHS}</article>",
                title="Zugverkehr: Im ICE von Frankfurt nach Barcelona | ZEIT ONLINE", lang="de")
    assert extract(html).headline == "Im ICE von Frankfurt nach Barcelona"


def test_an_h1_of_spans_without_a_kicker_keeps_all_its_words() -> None:
    """The counter-example: spans that are no kicker by their class are the headline's words."""
    html = page('<article><h1><span class="word">Why collaborative</span> <span class="word">thinking beats '
                f"individual smarts</span></h1>{PARAGRAPHS}</article>",
                title="Why collaborative thinking beats individual smarts | Example Health")
    assert extract(html).headline == "Why collaborative thinking beats individual smarts"


def test_ruby_annotations_are_not_words_of_the_headline() -> None:
    """NHK News Web Easy prints furigana over the kanji of its headline; og:title adds the site."""
    html = page('<article><h1 class="article-main__title"><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ'
                '</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>'
                f"{PARAGRAPHS}</article>",
                '<meta property="og:site_name" content="NEWS WEB EASY">'
                '<meta property="og:title" content="NEWS WEB EASY|子どもへの体罰を禁止する法律ができる">',
                title="NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", lang="ja")
    assert extract(html).headline == "子どもへの体罰を禁止する法律ができる"


def test_a_glued_site_suffix_comes_off_a_cjk_title() -> None:
    """Xinhua: no heading prints the title; <title> glues "-新华网" to it without spaces."""
    html = page(f'<article><div class="h-text">{PARAGRAPHS}</div></article>',
                title="武汉的声音：有英勇的你，才有英雄的城！-新华网", lang="zh")
    assert extract(html, "http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm").headline == \
        "武汉的声音：有英勇的你，才有英雄的城！"
    # The site's name, then its section's; the page prints the title alone (Readability's "youth" page).
    html = page(f'<article><div class="l_tit">海外留学生看两会：出国前后关注点大不同</div>{PARAGRAPHS}</article>',
                title="海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", lang="zh")
    assert extract(html, "http://news.youth.cn/gn/201703/t20170310_9260562.htm").headline == \
        "海外留学生看两会：出国前后关注点大不同"
    # A hyphen inside a Latin-script title is no glued separator.
    html = page(f'<article><div class="h-text">{PARAGRAPHS}</div></article>', title="COVID-19 vaccines in winter")
    assert extract(html).headline == "COVID-19 vaccines in winter"


def test_a_known_site_name_glued_by_a_cjk_bar_comes_off_a_short_title() -> None:
    """A full-width bar ("｜") or the stroke "丨" glues the site's name to a title too short for the
    guess (the name half the headline's length or more): the site's declared name comes off, and
    a section glued before it with it."""
    head = '<meta property="og:site_name" content="日経電子版">'
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head, title="ビタミンD試験の結果｜日経電子版", lang="ja")
    assert extract(html).headline == "ビタミンD試験の結果"
    head = '<meta property="og:site_name" content="网易">'
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head, title="维生素D试验为何没有效果_健康丨网易", lang="zh")
    assert extract(html).headline == "维生素D试验为何没有效果"
    # Counter-example: a short glued tail that is not the site's name stays on a short title.
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head, title="ビタミンD試験の結果｜日経電子版", lang="ja")
    assert extract(html).headline == "ビタミンD試験の結果｜日経電子版"


def test_two_hyphens_divide_a_title_like_a_dash() -> None:
    """"Post -- Site": a typewriter's dash before the site's name."""
    head = '<meta property="og:site_name" content="Example Health">'
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head,
                title="Why the big vitamin D trial found no benefit -- Example Health")
    assert extract(html).headline == "Why the big vitamin D trial found no benefit"


_CRUMB_TITLE = "Düsseldorf ISS Dome: Peta erstattet Anzeige wegen toten Tauben"


def _crumb_page(heading: str, crumb: str = _CRUMB_TITLE) -> str:
    return page('<nav><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/duesseldorf">Düsseldorf</a>'
                f'</li><li><h1>{crumb}</h1></li></ol></nav><article><header class="dm_article_header">{heading}'
                f"</header>{PARAGRAPHS}</article>", f'<meta property="og:title" content="{crumb}">',
                title=f"{crumb} | Express", lang="de")


def test_the_heading_over_the_article_wins_over_a_breadcrumb_h1() -> None:
    # DuMont: the h1 is the trail's last item (an SEO wording), the headline an h2 with its bold kicker.
    html = _crumb_page('<h2 class="dm_article_headline"><strong>Düsseldorf</strong><span class="hiddenElement">:'
                       "</span> Tote Tauben im ISS Dome gefunden – „Peta“ erstattet Strafanzeige </h2>")
    assert extract(html).headline == "Tote Tauben im ISS Dome gefunden – „Peta“ erstattet Strafanzeige"
    # FAZ, hessenschau, Women's Health: the part named a headline, after the kicker's.
    named = _crumb_page('<h2 itemprop="headline"><span class="c-contentHeader__topline">Flörsheimer auf der Buchmesse'
                        '</span> <span class="c-contentHeader__headline">Peta erstattet Anzeige: tote Tauben im Dome'
                        "</span></h2>")
    assert extract(named).headline == "Peta erstattet Anzeige: tote Tauben im Dome"
    # Süddeutsche: no class at all, the h2 shares the h1's words.
    plain = _crumb_page("<h2><strong>Deutschlandtakt</strong> Flixbus attackiert Deutsche Bahn</h2>",
                        "Deutschlandtakt: Flixbus attackiert Deutsche Bahn")
    assert extract(plain).headline == "Flixbus attackiert Deutsche Bahn"


def test_a_breadcrumb_h1_stays_the_headline_without_a_heading_over_the_article() -> None:
    # A kicker h2, an infobox's heading and a hidden heading are no headline over the article.
    html = _crumb_page('<h2 class="article-headline-kicker">Weitere vier Wochen?</h2><h2 class="pane-title">'
                       'Zentralkomitee der Katholiken</h2><h2 class="hide">ISS Dome Peta Tauben Anzeige</h2>')
    assert extract(html).headline == _CRUMB_TITLE
    # Drupal's screen-reader class and a heading's own hiding modifier hide it too.
    for name in ("element-invisible", "visually-hidden-title"):
        html = _crumb_page(f'<h2 class="{name}">ISS Dome Peta Tauben Anzeige</h2>')
        assert extract(html).headline == _CRUMB_TITLE, name
    # An h1 outside any breadcrumb keeps its place over a later h2 sharing its words.
    plain = page(f"<article><h1>{_CRUMB_TITLE}</h1><h2>Peta erstattet Anzeige</h2>{PARAGRAPHS}</article>",
                 f'<meta property="og:title" content="{_CRUMB_TITLE}">', lang="de")
    assert extract(plain).headline == _CRUMB_TITLE


def test_a_first_line_of_the_breadcrumb_headline_is_no_heading_over_the_article() -> None:
    # TMZ: an unnamed h2 printing a few of the h1's words ("Lupita Nyong'o") is a line of it.
    crumb = "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
    html = page(f'<div class="breadcrumbs"><h1 class="post-title-breadcrumb">{crumb}</h1></div><article>'
                f'<div class="headline"><h2 class="hf1">Lupita Nyong\'o</h2></div>{PARAGRAPHS}</article>',
                f'<meta property="og:title" content="{crumb}">')
    assert extract(html).headline == crumb


def test_a_heading_declaring_its_headline_part_gives_it() -> None:
    html = _crumb_page('<h2 id="mainTitle" data-kicker="Düsseldorf" data-headline="Peta erstattet Anzeige wegen '
                       'toten Tauben">Düsseldorf: Peta erstattet Anzeige wegen toten Tauben</h2>')
    assert extract(html).headline == "Peta erstattet Anzeige wegen toten Tauben"


def test_a_title_typed_without_the_dashs_second_space_still_splits_off_the_author() -> None:
    """liberte.pl (news holdout 7): og:title "Koncesjonowana opozycja -Leszek Jażdżewski - Liberté!",
    the h1 printing only the first part; the author's name is no part of the headline."""
    head = ('<meta property="og:title" content="Koncesjonowana opozycja -Leszek Jażdżewski - Liberté!">'
            '<meta property="og:site_name" content="Liberté!">')
    html = page(f"<article><h1>Koncesjonowana opozycja</h1>{PARAGRAPHS}</article>", head,
                title="Koncesjonowana opozycja -Leszek Jażdżewski - Liberté!", lang="pl")
    assert extract(html).headline == "Koncesjonowana opozycja"


def test_a_hyphen_inside_a_headline_is_no_separator() -> None:
    """Counter-example: "Anti -Vaccine" style spacing inside the printed headline keeps it whole."""
    title = "Der Anti -Impf-Protest wächst - Example Health"
    html = page(f"<article><h1>Der Anti -Impf-Protest wächst</h1>{PARAGRAPHS}</article>", title=title, lang="de")
    assert extract(html).headline == "Der Anti -Impf-Protest wächst"


def test_a_kicker_line_ending_in_a_colon_above_a_line_break_is_no_part_of_the_headline() -> None:
    """automobilwoche.de (news holdout 7): "<h1><span class=pf-title>Krach vor der
    VW-Betriebsversammlung:</span><br><span>Es knirscht …</span></h1>", declared glued together."""
    title = "Krach vor der VW-Betriebsversammlung: Es knirscht zwischen Diess und Aufsichtsräten"
    html = page('<article><h1><span class="pf-title">Krach vor der VW-Betriebsversammlung:</span><br>'
                f'<span class="blue">Es knirscht zwischen Diess und Aufsichtsräten</span></h1>{PARAGRAPHS}</article>',
                f'<meta property="og:title" content="{title}">', title=title, lang="de")
    assert extract(html).headline == "Es knirscht zwischen Diess und Aufsichtsräten"


def test_a_colon_inside_one_line_of_the_headline_stays() -> None:
    """Counter-example: one line with a colon, and two spans without a break, are the headline whole."""
    title = "Krach vor der VW-Betriebsversammlung: Es knirscht"
    one = page(f"<article><h1>{title}</h1>{PARAGRAPHS}</article>", title=title, lang="de")
    assert extract(one).headline == title
    spans = page('<article><h1><span>Krach vor der VW-Betriebsversammlung:</span> <span>Es knirscht</span></h1>'
                 f"{PARAGRAPHS}</article>", title=title, lang="de")
    assert extract(spans).headline == title


def test_a_kicker_h1_gives_way_to_the_heading_under_it() -> None:
    """bike-magazin.de (news holdout 9): "<h1 class=strapline>Strava-Update: POI bei Routen-Tool</h1>"
    is the small kicker line, the large "<h2 class=title>" right under it the headline; the
    <title> joins both."""
    title = "Strava-Karten ab sofort mit mehr Infos - Strava-Update: POI bei Routen-Tool"
    html = page('<article><h1 class="strapline">Strava-Update: POI bei Routen-Tool</h1>\n'
                f'<h2 class="title">Strava-Karten ab sofort mit mehr Infos</h2>{PARAGRAPHS}</article>',
                f'<meta property="og:title" content="{title}">', title=title, lang="de")
    assert extract(html).headline == "Strava-Karten ab sofort mit mehr Infos"


def test_an_h1_named_for_its_section_or_without_a_heading_under_it_stays_the_headline() -> None:
    """Counter-examples: a "section-title" h1 (a class word pages also give their title) and a
    kicker-named h1 followed by a paragraph, not a heading, are the headline."""
    title = "Strava-Karten ab sofort mit mehr Infos"
    for h1, after in (('<h1 class="section-title">', '<h2 class="title">Mehr aus der Szene</h2>'),
                      ('<h1 class="topline">', "<p>Strava hat seine Karten erweitert.</p>")):
        html = page(f"<article>{h1}{title}</h1>{after}{PARAGRAPHS}</article>", title=title, lang="de")
        assert extract(html).headline == title


def test_a_declared_title_cut_at_its_own_unescaped_quote_gives_way_to_the_title_tag() -> None:
    """eluniversal.com (news holdout 5) writes its title unescaped into every meta:
    `content="Senador … de "incapacitado""` ends at the quote; its h1 is the logo."""
    title = 'Senador republicano califica a Biden de "incapacitado"'
    html = page('<h1 class="title-img"><a href="/"><img src="/logo.png" alt=""></a></h1>'
                f'<article><h2 class="title"><a href="#">{title}</a></h2>{PARAGRAPHS}</article>',
                f'<meta property="og:title" content="{title}" /><meta name="twitter:title" content="{title}" />',
                title=title, lang="es")
    assert extract(html).headline == title


def test_a_shorter_declared_title_that_ends_elsewhere_stays() -> None:
    """Counter-example: an og:title that is the <title>'s first words before a site's name, or
    before more words with no quote, is a title of its own."""
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", '<meta property="og:title" content="Senador republicano">',
                title="Senador republicano califica a Biden", lang="es")
    assert extract(html).headline == "Senador republicano"


def test_a_logo_h1_naming_the_site_before_a_breadcrumb_h1() -> None:
    """tonight.de (news holdout 8): "<h1>Tonight News</h1>" in the header's logo, then the trail's
    h1 (the SEO wording), then the heading over the article in an h2."""
    crumb = 'Danni Büchner und Ennesto Monte trennen sich: "Arschloch"'
    html = page('<div class="header--logo"><h1>Example Health</h1></div>'
                '<div class="breadcrumbs"><span><a href="/">Example Health</a></span> &gt; '
                f'<span><h1>{crumb}</h1></span></div><article><div class="post--title">'
                "<h2>„Arschloch“: Danni Büchner und Ennesto Monté trennen sich</h2></div>"
                f"{PARAGRAPHS}</article>", '<meta property="og:site_name" content="Example Health">',
                title=crumb, lang="de")
    assert extract(html).headline == "„Arschloch“: Danni Büchner und Ennesto Monté trennen sich"


def test_a_logo_h1_before_the_article_h1_changes_nothing() -> None:
    """Counter-example: a logo h1 naming the site, then the article's own h1 outside any trail and
    an h2 sharing its words: the article's h1 is the headline."""
    title = "Danni Büchner und Ennesto Monté trennen sich"
    html = page(f'<div class="header--logo"><h1>Example Health</h1></div><article><h1>{title}</h1>'
                f"<h2>Danni Büchner: Ennesto Monté trennen sich</h2>{PARAGRAPHS}</article>",
                '<meta property="og:site_name" content="Example Health">', title=f"{title} | Example Health", lang="de")
    assert extract(html).headline == title


# Eighth round (news holdout 10).

def test_a_kicker_span_glued_to_the_headline_by_its_colon_is_no_part_of_it() -> None:
    """be.ch (news holdout 10): "<h1><span>Medienmitteilung der … direktion <span>:</span></span>Impfen
    und Boostern …</h1>", the span a block of its own by the style sheet, the headline glued to its
    colon with no space."""
    headline = "Impfen und Boostern ist bis Ende Februar noch überall möglich"
    html = page('<article><h1 class="css-3003lo"><span class="css-umyvef">Medienmitteilung der Gesundheits-, Sozial- '
                f'und Integrationsdirektion <span class="css-1ftw2zb">:</span></span>{headline}</h1>{PARAGRAPHS}'
                "</article>", title=f"{headline} | Kanton Bern", lang="de")
    assert extract(html).headline == headline


def test_a_kicker_span_followed_by_a_space_stays_in_the_headline() -> None:
    """Counter-example: "<h1><span>Paxlovid:</span> Grünes Licht …</h1>" prints one line, the colon
    followed by a space: the headline's own kicker."""
    html = page("<article><h1><span>Paxlovid:</span> Grünes Licht für die Pille gegen Covid</h1>"
                f"{PARAGRAPHS}</article>", title="Paxlovid: Grünes Licht für die Pille gegen Covid | Kanton Bern", lang="de")
    assert extract(html).headline == "Paxlovid: Grünes Licht für die Pille gegen Covid"


def test_a_post_title_element_named_blog_headline_is_the_titles_last_part() -> None:
    """cdu-fraktion-erfurt.de (news holdout 10): no headings at all; the post's title is printed in
    `div#blog_headline`, the <title> "CDU-Fraktion im Erfurter Stadtrat - Entwicklung …"."""
    html = page('<div id="blog_teaser_firstline">22.05.2014 - Gemeinde/ Stadt</div><div id="blog_headline" '
                'class="blog_teaser_headline">Entwicklung der Waldorfschule ermöglicht</div>'
                f"{PARAGRAPHS}", title="CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht",
                lang="de")
    assert extract(html).headline == "Entwicklung der Waldorfschule ermöglicht"


def test_a_teaser_headline_element_is_no_post_title() -> None:
    """Counter-example: a teaser's `teaser_headline` printing a title's last part names no post;
    the title stays."""
    title = "CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht"
    html = page('<div class="teaser_headline">Entwicklung der Waldorfschule ermöglicht</div>'
                f"{PARAGRAPHS}", title=title, lang="de")
    assert extract(html).headline == title


# Twelfth round (fields-external-1.json).

def test_a_titles_suffix_after_a_single_angle_quote_is_the_site() -> None:
    """wara-enforcement.org's WordPress theme writes "<title>Post ‹ Site</title>" and prints the
    post's title in an h3 (no h1)."""
    headline = "Guinée : Un braconnier d’éléphant interpellé et condamné à la peine maximale !"
    html = page(f'<div class="post_header"><h3><a href="/guinee/">{headline}</a></h3></div>{PARAGRAPHS}',
                title=f"{headline} ‹ Wara Conservation Project", lang="fr")
    assert extract(html).headline == headline


def test_a_part_of_the_h1_hidden_from_every_reader_is_no_printed_word() -> None:
    """futurezone.at closes its h1 with "<span class=hide>.</span>": the printed headline has no full
    stop. Counter-example: a visible span keeps its words."""
    html = page('<article><h1><span class="pretitle">KNOWHOW</span><span><span itemprop="headline">Wie '
                'CreativeCommons richtig genutzt wird</span><span class="hide">.</span></span></h1>'
                f"{PARAGRAPHS}</article>", title="Wie CreativeCommons richtig genutzt wird", lang="de")
    assert extract(html).headline == "Wie CreativeCommons richtig genutzt wird"
    html = page("<article><h1>Wie CreativeCommons <span>richtig</span> genutzt wird</h1>"
                f"{PARAGRAPHS}</article>", title="Wie CreativeCommons richtig genutzt wird", lang="de")
    assert extract(html).headline == "Wie CreativeCommons richtig genutzt wird"


def test_an_h1_printing_the_sites_tagline_is_no_headline() -> None:
    """ebene11.com prints its logo and tagline in the h1 ("Webentwicklung . AutoCAD . Schulung"), the
    title's part after the site's name ("Post - Subtitle | Ebene 11 - Webentwicklung . AutoCAD .
    Schulung"): no headline. Counter-example: cdu-fraktion's "Site - Post", the h1 after the site's name
    being the title's only other part, stays (test_a_post_title_element_named_blog_headline…)."""
    html = page('<h1><img src="/logo.png" alt="Ebene 11"><span>Webentwicklung . AutoCAD . Schulung</span></h1>'
                f"<article><h2>Dateien mit Migrationshintergrund</h2>{PARAGRAPHS}</article>",
                title="Dateien mit Migrationshintergrund | Ebene 11 - Webentwicklung . AutoCAD . Schulung", lang="de")
    assert extract(html, "https://ebene11.com/die-arbeit-mit-fremden-dwg-dateien").headline \
        == "Dateien mit Migrationshintergrund"


# Thirteenth round (fields-external-1.json and -2.json): pages of our own making for each class.

def test_an_h1_line_printing_the_title_beside_the_sites_name_is_the_headline() -> None:
    """A newspaper prints "<h1><span>Headline</span><a href=/edition.html>Site Edition</a></h1>", the
    site's name a link in the h1 (Ultima Hora Mallorca); a Japanese daily prints the writer's role
    and name on a line of the h1 after a <br>, its title closing with a bracketed photo credit
    (Nikkei). Counter-example: an h1 printing the title across two spans, no line of its own a
    title, stays whole."""
    html = page('<article><h1><span class="define">Prosecutors weigh an appeal over the ruling</span>'
                '<a href="/edition.html">Daily Island News</a></h1>'
                f"{PARAGRAPHS}</article>", '<meta property="og:site_name" content="Daily Island News">',
                title="Prosecutors weigh an appeal over the ruling » Local » Daily Island News")
    assert extract(html).headline == "Prosecutors weigh an appeal over the ruling"
    html = page("<article><h1><span>米朝首脳直通電話　習氏に挑むトランプ戦術の成否</span><br>"
                f"<span>編集委員　中沢克二</span></h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）">',
                title="米朝首脳直通電話　習氏に挑むトランプ戦術の成否　（写真＝ロイター）　：日本経済新聞", lang="ja")
    assert "編集委員" not in extract(html).headline
    assert extract(html).headline.startswith("米朝首脳直通電話")
    html = page("<article><h1><span>Vitamin D</span> <span>does not prevent fractures</span></h1>"
                f"{PARAGRAPHS}</article>", title="Vitamin D does not prevent fractures")
    assert extract(html).headline == "Vitamin D does not prevent fractures"


def test_a_title_block_gluing_dateline_tools_and_byline_prints_its_headline_in_its_heading() -> None:
    """ESPN's `div.mod-article-title` holds the dateline, the h1, a subtitle h3, the share tools and
    the byline, and the <title> runs the h1 and the subtitle together: the h1 is the headline, not
    the block's text. Counter-example: the same page whose h1 prints the whole title keeps it."""
    block = ('<div class="mod-article-title"><div class="date">Updated: August 13, 2010</div>'
             '<div class="headline"><h1 class="h2">Are the coaches grandstanding?</h1>'
             "<h3>Do two coaches take stands on agents to make a point?</h3></div>"
             '<ul class="tools"><li>Email</li><li>Print</li></ul><p>By Jane Hill</p></div>')
    html = page(f"<article>{block}{PARAGRAPHS}</article>",
                title="Are the coaches grandstanding? Two coaches take stands on agents - Sports")
    assert extract(html).headline == "Are the coaches grandstanding?"
    html = page(f"<article>{block.replace('Are the coaches grandstanding?', 'Are the coaches grandstanding? Two coaches take stands on agents')}"
                f"{PARAGRAPHS}</article>",
                title="Are the coaches grandstanding? Two coaches take stands on agents - Sports")
    assert extract(html).headline == "Are the coaches grandstanding? Two coaches take stands on agents"


def test_an_h1_opening_with_a_kicker_line_is_not_read_line_by_line() -> None:
    """cicero.de prints "<h1><span class=teaser-small__kicker>Corona-Pandemie</span><span
    class=visually-hidden> - </span><span>„Es kommt …“</span></h1>", its title "Corona-Pandemie - „Es
    kommt …“": the kicker equals the title's head but is no headline line."""
    html = page('<article><h1><span class="teaser-small__kicker">Corona-Pandemie</span>'
                '<span class="visually-hidden"> - </span><span>„Es kommt auch darauf an, wie die Menschen sterben“</span>'
                f"</h1>{PARAGRAPHS}</article>",
                '<meta property="og:site_name" content="Cicero Online">',
                title="Corona-Pandemie - „Es kommt auch darauf an, wie die Menschen sterben“ | Cicero Online", lang="de")
    assert extract(html).headline == "„Es kommt auch darauf an, wie die Menschen sterben“"


def test_words_for_screen_readers_only_are_no_part_of_the_printed_headline() -> None:
    """Drupal themes close the h1 with the site's name for screen readers ("<span
    class=element-invisible> | Site</span>"), others open it with a label ("<span
    class=visuallyhidden>Headline:</span>"); an h1 whose own class is "sr-only" names the site
    before the post's h1. A sighted reader sees none of them. Counter-example: a visible span keeps
    its words."""
    html = page('<article><h1 class="title">Cold water and the heart<span class="element-invisible"> | '
                f'Example Health</span></h1>{PARAGRAPHS}</article>', title="Cold water and the heart | Example Health")
    assert extract(html).headline == "Cold water and the heart"
    html = page('<article><h1><span class="visuallyhidden">Headline:</span> Cold water and the heart</h1>'
                f"{PARAGRAPHS}</article>", title="Cold water and the heart | Example Health")
    assert extract(html).headline == "Cold water and the heart"
    head = jsonld({"@context": "https://schema.org", "@type": "Article", "name": "Example Health International"})
    html = page('<h1 class="sr-only">Example Health International</h1><article><h1 itemprop="headline">Cold '
                f"water and the heart</h1>{PARAGRAPHS}</article>",
                head + '<meta property="og:title" content="Cold water and the heart">',
                title="Cold water and the heart - Example Health International")
    assert extract(html).headline == "Cold water and the heart"
    html = page(f"<article><h1>Cold water <span>and the heart</span></h1>{PARAGRAPHS}</article>",
                title="Cold water and the heart | Example Health")
    assert extract(html).headline == "Cold water and the heart"


def test_the_title_part_holding_the_sites_name_is_the_site_part_and_the_other_the_headline() -> None:
    """A part that is the site's name is cut before one that merely mentions it: bundespolizei.de's
    "Bundespolizei - Aktuelles - Illegale Migration … durch die Bundespolizei …", whose h1 prints the
    last part (a headline about the site, no site name). A short first part holding the host's name
    is the site's ("Gregory Szorc's Digital Home | Mercurial's Journey…" on gregoryszorc.com).
    Counter-example: a first part that is only a word of the site's name stays ("Offshore-Windenergie
    – Sauberer Strom vom Meer | Stiftung Offshore-Windenergie")."""
    headline = "Illegale Migration: Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr"
    html = page(f"<article><h1><strong>{headline}</strong></h1>{PARAGRAPHS}</article>",
                title=f"Bundespolizei - Aktuelles - {headline}", lang="de")
    assert extract(html, "https://www.bundespolizei.de/Web/DE/Meldungen/2021/10/lage.html").headline == headline
    html = page(f"<article><div class='post'>{PARAGRAPHS}</div></article>",
                title=f"Bundespolizei - Aktuelles - {headline}", lang="de")
    assert extract(html, "https://www.bundespolizei.de/Web/DE/Meldungen/2021/10/lage.html").headline \
        == f"Aktuelles - {headline}"
    html = page(f"<article><div class='post'>{PARAGRAPHS}</div></article>",
                title="Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3")
    assert extract(html, "https://gregoryszorc.com/blog/2020/01/13/python-3/").headline \
        == "Mercurial's Journey to and Reflections on Python 3"
    html = page(f"<article><div class='post'>{PARAGRAPHS}</div></article>",
                '<meta property="og:site_name" content="Stiftung Offshore-Windenergie">',
                title="Offshore-Windenergie – Sauberer Strom vom Meer | Stiftung Offshore-Windenergie", lang="de")
    assert extract(html, "https://www.offshore-stiftung.de/offshore-windenergie").headline \
        == "Offshore-Windenergie – Sauberer Strom vom Meer"


def test_a_domain_name_opening_the_title_is_the_sites_name() -> None:
    """"energieverbraucher.de | Gaspreise", "Example.de - …": a first part that is a domain name is the
    site's, the host's or another's (an archived page's host is the archive's). Counter-example: a
    first word with a dot under no public suffix ("Node.js - …") is the title's own."""
    html = page(f"<article><div class='post'>{PARAGRAPHS}</div></article>",
                title="energieverbraucher.de | Gaspreise steigen im Winter weiter", lang="de")
    record = extract(html, "https://web.archive.org/web/2023/https://www.energieverbraucher.de/news/18725/")
    assert record.headline == "Gaspreise steigen im Winter weiter"
    html = page(f"<article><div class='post'>{PARAGRAPHS}</div></article>",
                title="Node.js - Streams in der Praxis und im Test", lang="de")
    assert extract(html, "https://web.archive.org/web/2023/https://blog.example.org/streams/").headline \
        == "Node.js - Streams in der Praxis und im Test"


def test_a_heading_equal_to_the_titles_first_part_is_the_headline_before_a_trail() -> None:
    """stol.it's title is the headline, then its trail and the site: "Verfassungsgericht: Berlusconis
    Sex-Prozess geht weiter / Politik / Politik im Überblick / Artikel / Home - stol.it - …"; the h1
    prints the first part. Counter-examples: an h1 printing a section's word before the title's other
    parts is no headline; nor is the site's name a title's part puts after a colon ("Post : Blog-Archiv
    | Tagline | …", the blog's name in its h1)."""
    headline = "Verfassungsgericht: Berlusconis Sex-Prozess geht weiter"
    title = (f"{headline} / Politik / Politik im Überblick / Artikel / Home - stol.it - Suedtirol Online mit "
             "Nachrichten, Bildern und Videos")
    html = page(f"<article><h1>{headline}</h1>{PARAGRAPHS}</article>", title=title, lang="de")
    assert extract(html, "https://web.archive.org/web/2012/http://www.stol.it/Artikel/Politik/x").headline == headline
    title = "Politik - Berlusconis Sex-Prozess geht weiter - Beispiel Online mit Nachrichten, Bildern und Videos"
    html = page(f"<article><h1>Politik</h1>{PARAGRAPHS}</article>", title=title, lang="de")
    assert extract(html, "https://www.example.it/x").headline != "Politik"
    title = ("Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen zum Verfall eines "
             "Genres | Gegründet 2005 | 6. Jahrgang")
    html = page(f"<h1><a href='/'>Krimiblog-Archiv</a></h1><article>{PARAGRAPHS}</article>", title=title, lang="de")
    assert extract(html, "https://archiv.krimiblog.de/2895").headline != "Krimiblog-Archiv"


def test_a_title_part_that_is_the_hosts_name_is_the_sites_name() -> None:
    """A page declaring no site name whose <title> has a part equal to the host's name: that part is
    the site's name, whatever the other parts say (eawag.ch's "News - Eawag", the section page's title
    on an article; "… | | ✂ Uniqz®" less its symbol). Counter-example: a part only mentioning the host
    ("Gaspreise in Eawag-Studie") names no site."""
    html = page(f"<article><h1>Auf das erste Elektron kommt es an</h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Auf das erste Elektron kommt es an">', title="News - Eawag",
                lang="de")
    assert extract(html, "https://www.eawag.ch/de/news/auf-das-erste-elektron/").site_name == "Eawag"
    html = page(f"<article><h1>Katzendecke nähen</h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Katzendecke nähen">', title="Katzendecke nähen | | ✂ Uniqz®",
                lang="de")
    assert extract(html, "https://uniqz.de/katzendecke/").site_name == "Uniqz®"
    html = page(f"<article><h1>Auf das erste Elektron kommt es an</h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Auf das erste Elektron kommt es an">',
                title="News - Elektronen in Eawag-Studie", lang="de")
    assert extract(html, "https://www.eawag.ch/de/news/auf-das-erste-elektron/").site_name is None


def test_bars_of_box_drawing_and_full_width_divide_a_title_like_a_bar() -> None:
    """"Post │ Site": a box-drawing bar (U+2502) before the site's name comes off like " | "."""
    head = ('<meta property="og:site_name" content="Nestlé Marktplatz">'
            '<meta property="og:title" content="Produkttester werden: gratis testen │ Nestlé Marktplatz">')
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head, title="Produkttester werden│Nestlé Marktplatz",
                lang="de")
    assert extract(html).headline == "Produkttester werden: gratis testen"
    for bar in ("┃", "‖", "｜"):
        html = page(f"<article><p>{PARAGRAPHS}</p></article>", '<meta property="og:site_name" content="Example Health">',
                    title=f"Why the big vitamin D trial found no benefit {bar} Example Health")
        assert extract(html).headline == "Why the big vitamin D trial found no benefit", bar


def test_a_declared_title_a_subheading_prints_wins_over_one_the_page_never_prints() -> None:
    """An og:title giving the site's slogan beside a <title> the page prints as its h2, under an
    empty logo h1: the printed one is the headline, the slogan a declared variant."""
    head = '<meta property="og:title" content="Example Health, the best of health news">'
    html = page(f"<h1></h1><article><h2>Why the big vitamin D trial found no benefit</h2>{PARAGRAPHS}</article>",
                head, title="Why the big vitamin D trial found no benefit")
    record = extract(html)
    assert record.headline == "Why the big vitamin D trial found no benefit"
    assert record.extraction.field_sources["headline"] == "markup"
    assert [alt.text for alt in record.alternative_headlines] == ["Example Health, the best of health news"]


def test_a_subheading_printing_a_part_of_a_title_or_its_first_declared_title_changes_nothing() -> None:
    """Counter-examples: an h2 naming the title's section ("Gesundheit" of "Post - Gesundheit -
    Site") is a sidebar's heading, and an h2 printing the first declared title leaves it to the
    declared step and its source."""
    head = '<meta property="og:title" content="Warum Fasten den Schlaf verändert - Gesundheit">'
    html = page(f"<article><div class='content'>{PARAGRAPHS}</div></article><aside><h2>Gesundheit</h2></aside>",
                head, title="Warum Fasten den Schlaf verändert - Gesundheit - Example.de", lang="de")
    assert extract(html, "https://www.example.de/gesundheit/fasten-100.html").headline == \
        "Warum Fasten den Schlaf verändert"
    head = '<meta property="og:title" content="Why the big vitamin D trial found no benefit">'
    html = page(f"<article><h2>Why the big vitamin D trial found no benefit</h2>{PARAGRAPHS}</article>", head,
                title="Vitamin D: the trial | Example Health")
    record = extract(html)
    assert record.headline == "Why the big vitamin D trial found no benefit"
    assert record.extraction.field_sources["headline"] == "meta"


def test_a_section_h1_over_the_articles_own_h1_gives_way_to_it() -> None:
    """"Fachmeldungen - Verkündung des Tabaksteuergesetzes" declared, a stage h1 printing the
    section's name over the article's h1 printing the rest: the rest is the headline, German
    compounds making it three words."""
    head = '<meta name="title" content="Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes">'
    html = page("<div class='stage'><h1>Fachmeldungen</h1></div><article>"
                f"<h1>Verkündung des Tabaksteuermodernisierungsgesetzes</h1>{PARAGRAPHS}</article>", head,
                title="Zoll online - Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes", lang="de")
    assert extract(html, "https://www.example.de/Fachmeldungen/2021/verkuendung.html").headline == \
        "Verkündung des Tabaksteuermodernisierungsgesetzes"


def test_a_short_h1_printing_a_titles_first_part_stays_where_no_later_h1_prints_the_rest() -> None:
    """Counter-examples: a later h1 that is no part of the title (a sidebar's), or no longer than
    the first part, leaves the short h1 the headline."""
    head = '<meta property="og:title" content="Vitamin-D-Pillen schützen nicht - Studie">'
    for later in ("Meistgelesen heute hier", "Studie"):
        html = page(f"<article><h1>Vitamin-D-Pillen schützen nicht</h1>{PARAGRAPHS}</article><aside><h1>{later}</h1>"
                    "</aside>", head, title="Vitamin-D-Pillen schützen nicht - Studie", lang="de")
        assert extract(html).headline == "Vitamin-D-Pillen schützen nicht", later


def test_a_site_name_with_accents_or_umlauts_is_the_hosts_name() -> None:
    """No site name declared, the host's spells it: "Nestlé Marktplatz" is nestle-marktplatz.de's,
    "Ärzte Zeitung" aerztezeitung.de's (a German domain writes an umlaut as two letters)."""
    head = '<meta property="og:title" content="Produkttester werden: gratis testen │ Nestlé Marktplatz">'
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head, title="Produkttester werden: gratis testen", lang="de")
    assert extract(html, "https://www.nestle-marktplatz.de/mitmachen/produkttests").headline == \
        "Produkttester werden: gratis testen"
    head = '<meta property="og:title" content="Warum Fasten den Schlaf verändert - Ärzte Zeitung">'
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head, title="Warum Fasten den Schlaf verändert", lang="de")
    assert extract(html, "https://www.aerztezeitung.de/Medizin/fasten-123.html").headline == \
        "Warum Fasten den Schlaf verändert"


def test_a_title_part_differing_from_the_hosts_name_by_more_than_its_marks_stays() -> None:
    """Counter-examples: "Nestlé Rezepte" is not nestle-marktplatz's name, and a kana's voicing mark
    is a letter of its own, not an accent."""
    head = '<meta property="og:title" content="Produkttester werden │ Nestlé Rezepte">'
    html = page(f"<article><p>{PARAGRAPHS}</p></article>", head, title="Produkttester werden │ Nestlé Rezepte",
                lang="de")
    assert extract(html, "https://www.nestle-marktplatz.de/mitmachen/produkttests").headline == \
        "Produkttester werden │ Nestlé Rezepte"
    assert host_spelling("がっこう") == "がっこう"
    assert host_spelling("nestlé löwen") == "nestle loewen"


def test_a_posts_own_h1_wins_over_an_seo_title_the_page_never_prints() -> None:
    """An SEO <title> written for the search results, printed nowhere, beside the post's
    "<h1 class=entry-title>": the h1 is the headline, the <title> a declared variant."""
    html = page("<article><header class='entry-header'><h1 class='entry-title'>Wie pflege ich meine Zaubernuss im "
                f"Winter?</h1></header>{PARAGRAPHS}</article>", title="Zaubernuss im Winter » Wann blüht die Hamamelis?",
                lang="de")
    record = extract(html)
    assert record.headline == "Wie pflege ich meine Zaubernuss im Winter?"
    assert [alt.text for alt in record.alternative_headlines] == ["Zaubernuss im Winter » Wann blüht die Hamamelis?"]


def test_an_h1_beside_a_printed_or_unrelated_declared_title_or_outside_the_post_leaves_the_title() -> None:
    """Counter-examples: a declared title the page prints (in its breadcrumb), an h1 sharing no two
    words with it (a test page's "Lorem ipsum dolor"), and an h1 outside any article (a header's
    slogan) leave the declared title the headline."""
    title = "Zaubernuss im Winter: Wann blüht die Hamamelis?"
    crumb = f"<nav class='breadcrumb'><a href='/'>Start</a> <span>{title}</span></nav>"
    html = page(f"{crumb}<article><h1 class='entry-title'>Wie pflege ich meine Zaubernuss im Winter?</h1>{PARAGRAPHS}"
                "</article>", title=title, lang="de")
    assert extract(html).headline == title
    html = page(f"<article><h1>Lorem ipsum dolor</h1>{PARAGRAPHS}</article>", title="Share buttons removal test")
    assert extract(html).headline == "Share buttons removal test"
    html = page(f"<header><h1>Der Winter im Garten mit Zaubernuss</h1></header><div>{PARAGRAPHS}</div>", title=title,
                lang="de")
    assert extract(html).headline == title


def test_a_title_naming_the_front_page_is_no_headline() -> None:
    """"<title>Home</title>", a template's default, over a post's h1: the h1 is the headline, and
    "Startseite | Example" names no article either."""
    for title in ("Home", "Startseite | Example"):
        html = page(f"<article><h1>Time to say goodbye.</h1>{PARAGRAPHS}</article>", title=title)
        record = extract(html, "https://example.de/")
        assert record.headline == "Time to say goodbye.", title
        assert record.alternative_headlines == [], title


def test_a_title_opening_with_home_is_a_headline() -> None:
    """Counter-example: "Home Office: so arbeiten Sie besser" is a headline that opens with the word."""
    html = page(f"<div>{PARAGRAPHS}</div>", title="Home Office: so arbeiten Sie besser", lang="de")
    assert extract(html).headline == "Home Office: so arbeiten Sie besser"


def test_a_separator_with_nothing_after_it_comes_off_the_title() -> None:
    """"Über André Loibl |": a template filling in an empty site name leaves its bar, no headline's."""
    html = page(f"<div>{PARAGRAPHS}</div>", title="Über André Loibl |", lang="de")
    assert extract(html).headline == "Über André Loibl"
    html = page(f"<div>{PARAGRAPHS}</div>", title="| Why the big vitamin D trial found no benefit")
    assert extract(html).headline == "Why the big vitamin D trial found no benefit"


def test_a_dash_or_bar_inside_a_title_or_glued_to_its_word_stays() -> None:
    """Counter-examples: a dash between two words, one glued to a word ("C++-"), and a mark closing
    a frame it opens around the site's name ("Post :: Site ::", pixnet's) stay."""
    for title in ("Heute im Test - Morgen im Handel", "Warum wir C++- und Rust-Code mischen"):
        html = page(f"<div>{PARAGRAPHS}</div>", title=title, lang="de")
        assert extract(html).headline == title
    title = "Neue Studie zum Schlaf :: Stevens Tagebuch ::"
    html = page(f"<div>{PARAGRAPHS}</div>", f'<meta property="og:title" content="{title}">', title=title, lang="de")
    assert extract(html).headline == title


def test_a_blogs_name_in_an_h1_of_its_own_leaves_the_posts_h1_alone() -> None:
    """SciLogs prints "BLOG: Die Engelbart-Galaxis" (the declared site name) in an h1 over the post's
    h1.entry-title; its og:title, printed nowhere, gives way to the post's h1."""
    head = ('<meta property="og:site_name" content="Die Engelbart-Galaxis">'
            '<meta property="og:title" content="Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs">')
    body = (f"<div class='inner'><h1>BLOG: Die Engelbart-Galaxis</h1></div><article><header class='entry-header'>"
            f"<h1 class='entry-title'>Die Ablehnung von Gendersprache – medial produziert</h1></header>{PARAGRAPHS}"
            "</article>")
    html = page(body, head, title="Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs", lang="de")
    assert extract(html).headline == "Die Ablehnung von Gendersprache – medial produziert"


def test_a_second_h1_naming_no_site_leaves_the_declared_title() -> None:
    """Counter-example: a second post's h1 (no site's name) makes the post's h1 no lone one. (The title
    worded so that the h1 is no printed form of its first part either: "Die Ablehnung der Gendersprache"
    is, 0.9 of its words, since the seventh session reads a title's first part before its tails.)"""
    title = "Warum stößt die Gendersprache so oft auf Ablehnung bei den Lesern » SciLogs - Wissenschaftsblogs"
    head = ('<meta property="og:site_name" content="Die Engelbart-Galaxis">'
            f'<meta property="og:title" content="{title}">')
    body = (f"<article><h1 class='entry-title'>Die Ablehnung von Gendersprache – medial produziert</h1>{PARAGRAPHS}"
            "</article><article><h1 class='entry-title'>Warum Blogs heute anders schreiben</h1>"
            "</article>")
    html = page(body, head, title=title, lang="de")
    assert extract(html).headline == title


def test_a_heading_for_screen_readers_by_any_framework_s_class_is_no_headline() -> None:
    """German federal sites (the Government Site Builder) open the page with the site's name for
    screen readers ("<h1 class=aural>Zoll</h1>"), Foundation with "show-for-sr", GOV.UK with
    "govuk-visually-hidden": no sighted reader sees that h1, so the article's h1 is the headline.
    Counter-example: Tailwind's "not-sr-only" shows its h1, the page's first printed heading."""
    head = jsonld({"@context": "https://schema.org", "@type": "Article", "name": "Example Health International"})
    for hidden, headline in (("aural", "Cold water and the heart"), ("show-for-sr", "Cold water and the heart"),
                             ("govuk-visually-hidden", "Cold water and the heart"),
                             ("ui-helper-hidden-accessible", "Cold water and the heart"),
                             ("not-sr-only", "Example Health International")):
        html = page(f'<h1 class="{hidden}">Example Health International</h1><article><h1 itemprop="headline">Cold '
                    f"water and the heart</h1>{PARAGRAPHS}</article>",
                    head + '<meta property="og:title" content="Cold water and the heart">',
                    title="Cold water and the heart - Example Health International")
        assert extract(html).headline == headline, hidden


def test_a_heading_hidden_by_an_inline_style_or_a_hidden_wrapper_is_no_headline() -> None:
    """The screen-reader utilities written inline ("clip: rect(0 0 0 0)", "clip-path: inset(50%)",
    "left: -9999px"), ``display: none``, the hidden attribute, or a wrapper's class hiding the h1:
    no sighted reader sees it. Counter-examples: ``aria-hidden`` hides from screen readers only, a
    small negative margin moves nothing off the screen, and a page's main column hidden whole until
    a script runs (a loading shell) is what the reader sees once it has: each leaves the headline as
    the unstyled page gives it; so does a negative top (a page locked in place under an open dialog,
    yahoo's "style='top: -505px;'" on the whole page)."""
    head = jsonld({"@context": "https://schema.org", "@type": "Article", "name": "Example Health International"})

    def headline(site_h1: str, wrapper: str = "div") -> str | None:
        return extract(page(f'<{wrapper}>{site_h1}<article><h1 itemprop="headline">Cold water and the heart</h1>'
                            f"{PARAGRAPHS}</article></{wrapper.split()[0]}>",
                            head + '<meta property="og:title" content="Cold water and the heart">',
                            title="Cold water and the heart - Example Health International")).headline

    shown = headline("<h1>Example Health International</h1>")
    assert shown == "Example Health International"
    for hidden in ('<h1 style="border:0;clip:rect(0 0 0 0);height:1px;overflow:hidden;position:absolute">',
                   '<h1 style="clip-path: inset(50%); position: absolute">', '<h1 style="position:absolute;left:-9999px">',
                   '<h1 style="display: none !important">', "<h1 hidden>", '<div class="visually-hidden"><h1>',
                   '<header style="position:absolute;left:-10000px;top:auto"><div><h1>'):
        closing = "</h1>" + "</div>" * hidden.count("<div") + "</header>" * hidden.count("<header")
        assert headline(f"{hidden}Example Health International{closing}") == "Cold water and the heart", hidden
    for seen in ('<h1 aria-hidden="true">', '<h1 style="margin-left:-10px">', '<h1 style="position:fixed;top:-1505px">'):
        assert headline(f"{seen}Example Health International</h1>") == shown, seen
    assert headline("<h1>Example Health International</h1>", 'main style="visibility:hidden"') == shown

# Fourteenth round (fields-external-4.json): Chinese portals' titles and title elements.


def test_a_cjk_title_holding_figures_is_no_machine_id() -> None:
    """A Chinese government portal's <title> "1-10月德清县固定资产投资结构趋稳趋优", written without
    spaces, holds three figures: it is a headline, not a CMS id. Counter-examples: ASCII ids stay ids."""
    from harvester.fields.headlines import is_machine_id

    title = "1-10月德清县固定资产投资结构趋稳趋优"
    html = page(f"<div class='con'>{PARAGRAPHS}</div>", title=title, lang="zh-CN")
    assert extract(html, "https://fgw.example.cn/art/2016/11/22/art_1621004_30332664.html").headline == title
    assert is_machine_id("post-48213") and is_machine_id("IMG_2041") and not is_machine_id(title)


def test_a_title_element_printing_a_cjk_titles_head_is_the_headline() -> None:
    """Chinese portals glue the section's and site's names to the title without spaced separators
    ("标题_10%公司_澎湃新闻-The Paper", "标题 东区办事处_中山网") and print the headline in an h4 or a
    `span.Title` under no h1: the part the page prints is the headline."""
    headline = "共享充电宝涨价告别1元时代：是“收割韭菜”还是回归理性"
    for element in (f"<h1 class='news_title'>{headline}</h1>", f"<h4>{headline}</h4>",
                    f"<span class='Title'>{headline}</span>"):
        for tail in ("_10%公司_澎湃新闻-The Paper", " 东区办事处_中山网", "-EDN 电子技术设计"):
            html = page(f"<div class='newscontent'>{element}{PARAGRAPHS}</div>", title=headline + tail, lang="zh-CN")
            record = extract(html, "https://www.news.example.cn/newsDetail_forward_4506347")
            assert record.headline == headline, (element, tail)


def test_a_title_element_printing_a_titles_tail_after_a_prefix_is_the_headline() -> None:
    """"明日股市预测--标题": a prefix glued to the title by two dashes, the headline printed in a
    `div.title-text` under the logo's h1."""
    headline = "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%"
    body = ("<header><h1><a href='/'>今日股市行情_明日大盘 - 明日大盘网</a></h1></header>"
            f"<div class='page_art_title'><div class='title-text'>{headline}</div></div>{PARAGRAPHS}")
    html = page(body, title="明日股市预测--" + headline, lang="zh-CN")
    assert extract(html, "https://www.mingri.example.com/shishi/news/637863.html").headline == headline


def test_a_printed_part_shorter_than_the_rest_or_in_the_header_is_no_headline() -> None:
    """Counter-examples: a sidebar's `h3.widget-title` printing the title's short section part
    ("新闻动态"), and a logo printing the title's longer part in the page's header, leave the title."""
    title = "新闻动态_顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"
    body = f"<aside><h3 class='widget-title'>新闻动态</h3></aside><div>{PARAGRAPHS}</div>"
    html = page(body, title=title, lang="zh-CN")
    assert extract(html, "https://www.example.cn/a/1.html").headline == title
    logo = "湖南省中医药研究院附属医院官方网站欢迎您"
    body = f"<header><div class='site-title'>{logo}</div></header><div>{PARAGRAPHS}</div>"
    html = page(body, title="通知 " + logo, lang="zh-CN")
    assert extract(html, "https://www.example.cn/a/2.html").headline != logo


# Template-source probes (fifth session): the markup CMS templates print the headline in.


def test_the_dateline_a_heading_prints_after_a_break_is_no_word_of_the_headline() -> None:
    """PHPCMS v9's default article template (forget-code/phpcms,
    phpcms/templates/default/content/show.html) prints the date, source and counters as the h1's
    last line: "<h1>{$title}<br /><span>{$inputtime} 来源：{$copyfrom} 评论：… 点击：</span><span
    id="hits"></span></h1>"; its <title> is "{$title} - {$catname} - {$site_title}"
    (global.func.php's seo())."""
    headline = "上海地铁新线年底通车"
    body = ("<div class='crumbs'><a href='/'>首页</a><span> &gt; </span><a href='/news/'>新闻动态</a> &gt; 正文</div>"
            f"<div id='Article'><h1>{headline}<br />\n<span>2025-11-04 09:30:00&nbsp;&nbsp;&nbsp;来源：市交通委"
            "&nbsp;&nbsp;&nbsp;评论：<a href='#comment_iframe' id='comment'>0</a> 点击：</span><span id='hits'></span>"
            f"</h1><div class='content'>{PARAGRAPHS}</div></div>")
    html = page(body, title=f"{headline} - 新闻动态 - 示例新闻网", lang="zh-CN")
    assert extract(html, "http://www.example.cn/html/news/2025/1104/1.html").headline == headline


def test_a_headline_broken_over_two_lines_or_closing_with_a_year_keeps_its_last_line() -> None:
    """Counter-examples: a headline broken by a ``<br>`` before its last words, in a span or not, and
    a last line naming no date, are the headline whole."""
    for h1, want in (("Vitamin D pills do not prevent<br><span>fractures, trial finds</span>",
                      "Vitamin D pills do not prevent fractures, trial finds"),
                     ("Review of the year<br><span>What 2024 taught us</span>", "Review of the year What 2024 taught us")):
        html = page(f"<article><h1>{h1}</h1>{PARAGRAPHS}</article>",
                    '<meta property="og:site_name" content="Example Health">', title="Example Health")
        assert extract(html).headline == want, h1


def test_a_page_builders_or_themes_post_title_element_wins_over_an_seo_title() -> None:
    """The post's title element as builders and themes name them, not in an <article>: Elementor Pro's
    Post Title widget (commercial; its rendered markup, data-widget_type "theme-post-title.default",
    the widget "elementor-widget-theme-post-title" two levels above "h1.elementor-heading-title"),
    tagDiv Newspaper's single title block (commercial; rendered "tdb_title" > "h1.tdb-title-text", as
    scrapers in the code index select it), Drupal core's page title block printing the node's title
    field (drupal/drupal, core/modules/node/templates/field--node--title.html.twig: "<span{{ attributes
    }}>", its class "field--name-title", inside "h1.page-title"). A Yoast or Rank Math SEO <title> the
    page never prints is a variant beside it."""
    headline = "Vitamin D pills do not prevent fractures, trial finds"
    seo = "Vitamin D study 2025: no benefit for bones"
    for element in ("<div class='elementor-element elementor-widget elementor-widget-theme-post-title "
                    "elementor-page-title elementor-widget-heading'><div class='elementor-widget-container'><h1 "
                    f"class='elementor-heading-title elementor-size-default'>{headline}</h1></div></div>",
                    "<div class='td_block_wrap tdb_title tdi_60 tdb-single-title'><div class='tdb-block-inner "
                    f"td-fix-index'><h1 class='tdb-title-text'>{headline}</h1></div></div>",
                    "<div id='block-pagetitle' class='block block-core block-page-title-block'><h1 class='page-title'>"
                    f"<span class='field field--name-title field--type-string field--label-hidden'>{headline}</span>"
                    "</h1></div>"):
        html = page(f"<div class='content'>{element}<div class='body'>{PARAGRAPHS}</div></div>",
                    f'<meta property="og:title" content="{seo}">', title=f"{seo} - Example Health")
        record = extract(html)
        assert record.headline == headline, element
        assert seo in [alt.text for alt in record.alternative_headlines]


def test_a_builders_heading_widget_or_a_related_posts_title_is_no_post_title() -> None:
    """Counter-examples: Elementor's plain heading widget printing a landing page's slogan in an h1,
    and a "related-post-title" heading that is no h1, leave the declared title the headline."""
    seo = "Vitamin D study 2025: no benefit for bones"
    slogan = ("<div class='elementor-widget elementor-widget-heading'><div class='elementor-widget-container'>"
              "<h1 class='elementor-heading-title'>Vitamin D and your bones</h1></div></div>")
    related = "<aside><h3 class='related-post-title'>Vitamin D and bones: older trials</h3></aside>"
    for extra in (slogan, related):
        html = page(f"<div class='content'>{extra}<div class='body'>{PARAGRAPHS}</div></div>",
                    f'<meta property="og:title" content="{seo}">', title=f"{seo} - Example Health")
        assert extract(html).headline == seo, extra


def test_the_secondary_text_an_h1_closes_with_in_a_small_is_no_word_of_the_headline() -> None:
    """Bootstrap's page header (twbs/bootstrap, docs/components/page-header.md: "<div class=page-header>
    <h1>Example page header <small>Subtext for header</small></h1></div>") prints a subtitle smaller on
    the headline's line; the declared title is the words before it."""
    headline = "Vitamin D pills do not prevent fractures, trial finds"
    html = page(f"<article><div class='page-header'><h1>{headline} <small>A five-year trial of 25,000 adults</small>"
                f"</h1></div>{PARAGRAPHS}</article>", title=f"{headline} | Example Health")
    assert extract(html).headline == headline


def test_a_small_the_declared_title_holds_or_names_is_the_headlines_own() -> None:
    """Counter-examples: a ``<small>`` printing the declared title's last words is part of the headline,
    and so is one where no declared title names the words before it."""
    html = page(f"<article><h1>Vitamin D pills <small>do not prevent fractures</small></h1>{PARAGRAPHS}</article>",
                title="Vitamin D pills do not prevent fractures | Example Health")
    assert extract(html).headline == "Vitamin D pills do not prevent fractures"
    html = page(f"<article><h1>Sleep and memory <small>what we know</small></h1>{PARAGRAPHS}</article>",
                '<meta property="og:title" content="Vitamin D pills do not prevent fractures">', title="Example Health")
    assert extract(html).headline != "Sleep and memory"


def test_the_one_post_title_h2_under_a_page_headers_label_wins_over_an_seo_title() -> None:
    """OceanWP's single post by default: the page header's "<h1 class=page-header-title>Blog</h1>"
    (oceanwp/oceanwp, inc/helpers.php: oceanwp_title() gives "Blog" unless the post title is chosen)
    and the post's title in "<h2 class='single-post-title entry-title' itemprop=headline>"
    (partials/single/header.php, heading tag h2 by default); a Yoast SEO <title> printed nowhere."""
    headline = "Vitamin D pills do not prevent fractures, trial finds"
    seo = "Vitamin D study 2025: no benefit for bones"
    body = ("<header class='page-header'><div class='container clr page-header-inner'><h1 class='page-header-title "
            "clr'>Blog</h1></div></header><div id='content-wrap' class='container clr'><article id='post-1'>"
            f"<header class='entry-header clr'><h2 class='single-post-title entry-title' itemprop='headline'>{headline}"
            f"</h2></header><div class='entry-content clr'>{PARAGRAPHS}</div></article></div>")
    html = page(body, f'<meta property="og:title" content="{seo}">', title=f"{seo} | Example Health")
    record = extract(html)
    assert record.headline == headline
    assert seo in [alt.text for alt in record.alternative_headlines]


def test_several_post_title_h2s_or_an_h1_saying_the_title_leave_the_h2s_alone() -> None:
    """Counter-examples: a listing's many "h2.entry-title" cards under the blog's h1, and an h1 that
    shares the title's words (the page's own headline), are not read as the post's h2."""
    seo = "Vitamin D study 2025: no benefit for bones"
    cards = "".join(f"<article><h2 class='entry-title'><a href='/p/{n}/'>Vitamin D and bones, part {n}</a></h2>"
                    "<p>Teaser.</p></article>" for n in range(3))
    html = page(f"<h1 class='page-header-title'>Blog</h1>{cards}{PARAGRAPHS}",
                f'<meta property="og:title" content="{seo}">', title=f"{seo} | Example Health")
    assert extract(html).headline == seo
    html = page(f"<div><h1>Vitamin D study: the bones</h1><h2 class='entry-title'>Vitamin D and bones, once more</h2>"
                f"{PARAGRAPHS}</div>", f'<meta property="og:title" content="{seo}">', title=f"{seo} | Example Health")
    assert extract(html).headline != "Vitamin D and bones, once more"


def test_the_heading_under_a_title_naming_the_pages_section_is_the_headline() -> None:
    """A section's template titling an article page: Bitrix's news.detail with SET_TITLE off prints
    the section's "<h1 id=pagetitle>Новости</h1>" and, from
    bitrix/components/bitrix/news.detail/templates/.default/template.php, "<span
    class=news-date-time>…</span><h3>NAME</h3>"; a Chinese portal's column template titles the page
    "新闻动态--学会官网" under the trail "<h3>首页 - 新闻动态</h3>" and prints the article's h5."""
    headline = "Власти объявили о запуске новой линии метро"
    body = ("<div class='breadcrumbs'><a href='/'>Главная</a> / <a href='/news/'>Новости</a></div>"
            "<h1 id='pagetitle'>Новости</h1><div class='news-detail'><span class='news-date-time'>04.11.2025</span>"
            f"<h3>{headline}</h3><div class='news-detail-text'>{PARAGRAPHS}</div></div>")
    assert extract(page(body, title="Новости", lang="ru"), "https://city.example.ru/news/12/").headline == headline
    headline = "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
    body = ("<div class='se_nav'><div class='title_la'><h3>首页 - 新闻动态</h3></div></div><div class='news_left'>"
            f"<div class='xq_fonts'><h5>{headline}</h5><div class='ly'><b>发布时间：2019-05-18</b> <i>来源：示例学会</i>"
            f"</div><div class='detailCon'>{PARAGRAPHS}</div></div></div>")
    html = page(body, title="新闻动态--示例学会官网", lang="zh-CN")
    assert extract(html, "http://www.example.org.cn/content.aspx?id=1004").headline == headline


def test_a_title_opening_with_a_section_or_an_h1_printing_the_headline_is_left_alone() -> None:
    """Counter-examples: a title whose section label is followed by the headline ("Новости - Власти
    объявили …") and a page whose h1 prints the article's title keep their headline; a linked card
    title under a section's h1 is no headline."""
    headline = "Власти объявили о запуске новой линии метро"
    crumbs = "<div class='breadcrumbs'><a href='/'>Главная</a> / <a href='/news/'>Новости</a></div>"
    body = f"{crumbs}<h1>{headline}</h1><h3>Другие новости раздела за неделю</h3>{PARAGRAPHS}"
    html = page(body, title=f"Новости - {headline}", lang="ru")
    assert extract(html, "https://city.example.ru/news/12/").headline == headline
    body = (f"{crumbs}<h1 id='pagetitle'>Новости</h1><h3><a href='/news/13/'>Метро: новые станции откроются "
            f"весной</a></h3>{PARAGRAPHS}")
    assert extract(page(body, title="Новости", lang="ru"), "https://city.example.ru/news/").headline == "Новости"


def test_a_news_templates_named_headline_h1_wins_over_an_seo_title() -> None:
    """News templates name their headline element in an attribute of the h1, its wrapper or its
    text's span, outside any <article>: the Guardian's dotcom-rendering "<div data-gu-name=headline>
    <h1>" (as scrapers in the code index select it), Brightspot's "h1.Page-headline", the Washington
    Post's "<h1 data-qa=headline><span data-qa=headline-text>", itemprop=headline. The SEO <title> and
    og:title the page never prints are variants beside it (labelling guide: "Not the <title>, not
    og:title or JSON-LD when they differ")."""
    headline = "Vitamin D pills do not prevent fractures, trial finds"
    seo = "Vitamin D study 2025: no benefit for bones"
    for element in (f"<div data-gu-name='headline' class='dcr-1w6ijgx'><div class='dcr-0'><h1 class='dcr-u0152o'>"
                    f"{headline}</h1></div></div>",
                    f"<div class='Page-headline-wrap'><h1 class='Page-headline'>{headline}</h1></div>",
                    f"<h1 data-qa='headline' class='wpds-c-iiQaMf'><span data-qa='headline-text'>{headline}</span></h1>",
                    f"<h1 itemprop='headline' class='h1-big'>{headline}</h1>"):
        html = page(f"<div class='Page-content'>{element}<div class='body'>{PARAGRAPHS}</div></div>",
                    f'<meta property="og:title" content="{seo}">', title=f"{seo} | Example Health")
        assert extract(html).headline == headline, element


def test_an_unnamed_or_subheadline_h1_leaves_the_seo_title() -> None:
    """Counter-examples: an h1 in a plain div (as often a landing page's slogan) and one named a
    subheadline keep the declared title the headline, as before."""
    seo = "Vitamin D study 2025: no benefit for bones"
    for element in ("<div class='top'><h1 class='h1-big'>Vitamin D and your bones</h1></div>",
                    "<div class='article-subheadline'><h1>Vitamin D and your bones</h1></div>"):
        html = page(f"<div class='content'>{element}<div class='body'>{PARAGRAPHS}</div></div>",
                    f'<meta property="og:title" content="{seo}">', title=f"{seo} | Example Health")
        assert extract(html).headline == seo, element


def test_a_page_titled_as_its_own_menu_item_keeps_its_heading() -> None:
    """Counter-example: a contact page titled "Kontakt" like the menu item linking to it (the link
    leads to the page itself, written with a trailing slash) names no section above it."""
    nav = "<nav><a href='/news/'>News</a> <a href='/kontakt/'>Kontakt</a></nav>"
    body = f"{nav}<h1>Kontakt</h1><h2>So erreichen Sie unsere Redaktion am besten</h2>{PARAGRAPHS}"
    html = page(body, title="Kontakt", lang="de")
    assert extract(html, "https://health.example.org/kontakt").headline == "Kontakt"
