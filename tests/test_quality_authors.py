"""People apart from the publisher, dateline places and job titles; agencies kept and labelled."""

from __future__ import annotations

from harvester.fields.credits import is_publisher, sort_line
from harvester.models import ArticleRecord
from tests.field_pages import PARAGRAPHS, credited_people, extract, jsonld, page


def _agencies(record: ArticleRecord) -> list[str]:
    return [a.name for a in record.byline.authors if a.kind == "agency"]


def test_an_organization_author_naming_the_site_is_the_publisher_not_an_author() -> None:
    head = (jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                    "author": {"@type": "Organization", "name": "Example Health"},
                    "publisher": {"@type": "Organization", "name": "Example Health"}})
            + '<meta property="og:site_name" content="Example Health">')
    record = extract(page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>", head))
    assert record.byline.authors == []

    printed = page('<article><h1>Vitamin D trial</h1><p class="byline">By <a rel="author" href="/author/jane-roe/">'
                   f"Jane Roe</a></p>{PARAGRAPHS}</article>", head)
    assert credited_people(extract(printed)) == ["Jane Roe"]
    assert _agencies(extract(printed)) == []


def test_a_publisher_in_the_author_meta_and_a_dateline_place_are_not_names() -> None:
    head = '<meta name="author" content="Süddeutsche.de GmbH, Munich, Germany">'
    html = page('<article><h1>Flixbus attackiert Deutsche Bahn</h1><div class="authors">Von Markus Balser, Berlin'
                f"</div>{PARAGRAPHS}</article>", head, title="Flixbus attackiert Deutsche Bahn - Süddeutsche.de",
                lang="de")
    record = extract(html, "https://www.sueddeutsche.example/wirtschaft/bahn-1.4445845")
    assert credited_people(record) == ["Markus Balser"]


def test_a_job_title_after_the_name_is_not_a_second_author() -> None:
    html = page('<article><h1>Vitamin D trial</h1><div class="byline">By Benjamin Romano, Seattle Times business '
                f"reporter</div>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Benjamin Romano"]


def test_an_agency_beside_a_reporter_is_kept_and_labelled() -> None:
    html = page(f'<article><h1>Die Jungen entdecken die Börse</h1><p class="author">Von David Hutzler, dpa</p>'
                f"{PARAGRAPHS}</article>", '<meta name="author" content="finanztreff.de">',
                title="Die Jungen entdecken die Börse", lang="de")
    record = extract(html, "https://www.finanztreff.example/news/boerse/24437626")
    assert credited_people(record) == ["David Hutzler"]
    assert _agencies(record) == ["dpa"]


def test_an_agency_alone_in_the_byline_is_an_agency_not_a_person() -> None:
    html = page(f'<article><h1>Microsoft moves to erase its carbon footprint</h1><div class="byline">Reuters</div>'
                f"{PARAGRAPHS}</article>")
    record = extract(html)
    assert credited_people(record) == [] and _agencies(record) == ["Reuters"]


def test_an_agency_credited_in_the_dateline_or_at_the_end_of_the_text() -> None:
    dateline = page("<article><h1>Zverev zieht ins Viertelfinale ein</h1>"
                    "<p>Montpellier (SID) – Tennis-Olympiasieger Alexander Zverev hat beim ATP-Turnier in Montpellier "
                    "das Viertelfinale erreicht und dabei keinen Satz abgegeben.</p>"
                    f"{PARAGRAPHS}</article>", lang="de")
    assert _agencies(extract(dateline)) == ["SID"]
    closing = page(f"<article><h1>Zweiter Coronafall im Team</h1>{PARAGRAPHS}<p>(SID)</p></article>", lang="de")
    assert _agencies(extract(closing)) == ["SID"]


def test_credit_rules_on_strings() -> None:
    from harvester.fields.credits import agency_credit, sort_line, without_trailers

    assert [agency_credit(n) for n in ("dpa", "Agencia EFE", "(SID)", "dpa-AFX", "Reuters News Agency")] == [
        "dpa", "Agencia EFE", "SID", "dpa-AFX", "Reuters News Agency"]
    assert agency_credit("AP Photo") is None and agency_credit("Jane Doe") is None
    assert without_trailers("dpa am") == "dpa" and without_trailers("Christoph Hein Chefredakteur") == "Christoph Hein"
    assert without_trailers("Michiel de") == "Michiel de"
    assert sort_line(["Jane Doe", "Senior Staff Technologist", "ACLU Speech", "Privacy"], []) == [
        ("Jane Doe", "person"), ("Senior Staff Technologist", "drop"), ("ACLU Speech", "drop"), ("Privacy", "drop")]
    assert sort_line(["det", "dpa"], []) == [("det", "drop"), ("dpa", "agency")]
    assert sort_line(["Example GmbH", "Munich", "Germany"], []) == []
    # Two capitalised words ending in a role word are still a name.
    assert sort_line(["Main Writer"], []) == [("Main Writer", "person")]


def test_a_structured_person_named_like_a_publication_or_a_host_is_no_author() -> None:
    """JSON-LD "Person" authors that are the publication ("AUTO ZEITUNG", "Polizeiticker Schweiz")
    or a host name ("datev.de"): a structured Person is otherwise kept even where the site bears
    its name, so these need their own test."""
    for name in ("AUTO ZEITUNG", "Polizeiticker Schweiz", "datev.de", "Redacción Diario Pagina Siete"):
        head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                       "author": {"@type": "Person", "name": name}})
        record = extract(page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>", head))
        assert record.byline is None or not record.byline.authors, name


def test_a_user_handle_and_a_surname_like_a_newspaper_word_stay_people() -> None:
    assert not is_publisher("robert.stitz", [])
    assert not is_publisher("Emily Post", [])
    assert is_publisher("tennisnet.com", [])
    # an author archive's link text printed where the name goes
    assert is_publisher("Alle Beiträge", []) and is_publisher("View all posts", [])


# --- classes found on the unseen-news holdout (evaluation/gold/fields-holdout-news.json) ---------


def test_places_after_the_publisher_in_the_author_meta_are_no_people() -> None:
    """DER SPIEGEL's meta author "SPIEGEL ONLINE, Hamburg, Germany": the printed byline names the author."""
    head = ('<meta name="author" content="SPIEGEL ONLINE, Hamburg, Germany">'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ein Albtraum",
                      "publisher": {"@type": "Organization", "name": "SPIEGEL ONLINE"}}))
    html = page(f'<article><h1>Ein Albtraum</h1><div class="dig-autoren">Von Clemens Höges</div>{PARAGRAPHS}'
                "</article>", head, lang="de")
    assert credited_people(extract(html, "https://www.spiegel.de/spiegel/print/d-161500790.html")) == ["Clemens Höges"]
    # The counter-example: after a person's name, the pieces are still a person and a place.
    assert sort_line(["Markus Balser", "Berlin"], ["SPIEGEL ONLINE"]) == [("Markus Balser", "person"),
                                                                         ("Berlin", "drop")]


def test_tag_and_save_links_in_an_author_box_are_no_authors() -> None:
    """Energetyka24 prints the article's tags ("DOTYCZY:") and a "Zapisz do:" link in its author row."""
    row = ('<div class="news-author row"><div class="news-author-content"><a href="/autorzy/daniel-czyzewski">'
           '<span>Daniel Czyżewski</span></a></div><div class="news-tags"><strong>DOTYCZY: </strong><ul>'
           '<li><a href="/wyszukiwanie/?tag=gazprom">gazprom</a></li><li><a href="/wyszukiwanie/?tag=pgnig-sa">'
           'PGNIG SA</a></li></ul></div><a href="/pdf/?article=rosjanie">Zapisz do:</a></div>')
    html = page(f"<article><h1>Rosjanie sugerują odcięcie Polski od gazu</h1>{row}{PARAGRAPHS}</article>", lang="pl")
    assert credited_people(extract(html, "https://energetyka24.com/rosjanie")) == ["Daniel Czyżewski"]
    # The counter-example: an author box of two linked names without author pages keeps both.
    box = ('<div class="author-box">By <a href="/jane">Jane Roe</a> and <a href="/john">John Doe</a></div>')
    html = page(f"<article><h1>Vitamin D trial</h1>{box}{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Jane Roe", "John Doe"]


def test_an_obfuscated_email_address_is_no_name() -> None:
    """The Local: "AFP/The Local - [email protected]", Cloudflare's stand-in linked to its decoder."""
    html = page('<article><h1>Meet the Swede who tattooed a face on his arm</h1><div class="article-single__author">'
                'AFP/The Local - <a href="/cdn-cgi/l/email-protection#0a">[email&#160;protected]</a></div>'
                f"{PARAGRAPHS}</article>", '<meta property="og:site_name" content="The Local Sweden">')
    record = extract(html, "https://www.thelocal.se/20200428/meet-the-swede")
    assert credited_people(record) == []
    assert _agencies(record) == ["AFP"]


def test_a_structured_person_named_as_the_site_is_the_publisher_unless_the_page_names_them_too() -> None:
    """Ultima Hora declares itself the author Person beside the Organization publisher of the same
    name; a personal site (hakibenita.com) declares the same and names its owner in the meta author."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tribunal confirma la condena",
            "author": {"@type": "Person", "name": "Ultima Hora"},
            "publisher": {"@type": "Organization", "name": "Ultima Hora"}}
    html = page(f"<article><h1>Tribunal confirma la condena</h1>{PARAGRAPHS}</article>", jsonld(data), lang="es")
    assert credited_people(extract(html, "https://www.ultimahora.com/tribunal-n2999922.html")) == []
    data = {**data, "author": {"@type": "Person", "name": "Haki Benita"},
            "publisher": {"@type": "Organization", "name": "Haki Benita"}}
    html = page(f"<article><h1>Tribunal confirma la condena</h1>{PARAGRAPHS}</article>",
                jsonld(data) + '<meta name="author" content="Haki Benita">')
    assert credited_people(extract(html, "https://hakibenita.com/sql-anomaly-detection")) == ["Haki Benita"]
    # A personal site whose publisher is its owner: the Person stays.
    data = {**data, "author": {"@type": "Person", "name": "Wolfgang Schmale"},
            "publisher": {"@id": "https://wolfgangschmale.eu/#/schema/person/"}}
    html = page(f"<article><h1>Abgebrochene Forschung</h1>{PARAGRAPHS}</article>", jsonld(data), lang="de")
    assert credited_people(extract(html, "https://wolfgangschmale.eu/abgebrochene-forschung/")) == ["Wolfgang Schmale"]


def test_a_structured_person_named_as_the_site_gives_way_to_the_printed_byline() -> None:
    """El Colombiano names itself in JSON-LD and the meta author; the byline prints the reporter."""
    head = (jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Alcaldía",
                    "author": {"@type": "Person", "name": "El Colombiano"}})
            + '<meta name="author" content="El Colombiano">')
    html = page('<article><h1>Alcaldía responde</h1><div class="author">Jacobo Betancur Peláez | Publicado hace 3 '
                f"horas</div>{PARAGRAPHS}</article>", head, lang="es")
    assert credited_people(extract(html, "https://www.elcolombiano.com/antioquia/alcaldia-CB17497186")) == [
        "Jacobo Betancur Peláez"]


def test_a_phrase_in_lower_case_is_no_name() -> None:
    """"By Staff and news service reports" (Twin Cities), "zuletzt bearbeitet" (last edited) in an
    author element; a login name in lower case is one word and stays."""
    html = page('<article><h1>St. Louis Park elects a new mayor</h1><div class="byline">By Staff and news service '
                f"reports</div>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == []
    html = page(f'<article><h1>Vitamin D trial</h1><div class="byline">By john</div>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["john"]


def test_a_dateline_credit_after_the_headline_and_editor_initials_in_a_credit_line() -> None:
    """Reuters prints its byline and reading time in paragraphs before the dateline "LOS ANGELES
    (Reuters) -"; Tribune de Genève closes with "(ats/nxp)", the agency and an editor's initials."""
    html = page('<div class="nav"><p>Discover Thomson Reuters</p></div><article><h1>Parasite scores historic upset'
                '</h1><p class="byline">By Jill Serjeant</p><p>4 Min Read</p><p>LOS ANGELES (Reuters) - South '
                f"Korean thriller Parasite was the upset winner.</p>{PARAGRAPHS}</article>")
    record = extract(html, "https://www.reuters.com/article/us-awards-sag/parasite-idUSKBN1ZI0EH")
    assert credited_people(record) == ["Jill Serjeant"]
    assert _agencies(record) == ["Reuters"]
    html = page(f'<article><h1>Berne interdit le chlorothalonil</h1>{PARAGRAPHS}<p>Ces produits sont toxiques. '
                '<span class="idcode">(ats/nxp)</span></p></article>', lang="fr")
    assert _agencies(extract(html, "https://www.tdg.ch/suisse/berne/story/18348200")) == ["ATS"]
    # The counter-example: a bracket of words that are neither agencies nor initials credits no one.
    html = page(f'<article><h1>Berne interdit le chlorothalonil</h1>{PARAGRAPHS}<p>Ces produits sont toxiques. '
                '<span class="idcode">(ats/voir aussi)</span></p></article>', lang="fr")
    assert _agencies(extract(html, "https://www.tdg.ch/suisse/berne/story/18348200")) == []


def test_a_structured_author_holding_html_is_read_as_its_text() -> None:
    """OSW prints the byline's link into its JSON-LD author string."""
    head = jsonld({"@context": "https://schema.org", "@type": "Article", "headline": "Rosyjskie zamachy w Czechach",
                   "author": '<a href="/pl/eksperci/mateusz-gniazdowski" hreflang="pl">Mateusz Gniazdowski</a>'})
    html = page(f"<article><h1>Rosyjskie zamachy w Czechach</h1>{PARAGRAPHS}</article>", head, lang="pl")
    assert credited_people(extract(html, "https://www.osw.waw.pl/pl/publikacje/analizy/2021-04-20/rosyjskie")) == [
        "Mateusz Gniazdowski"]
    # The counter-example: a plain name is read as it is.
    head = jsonld({"@context": "https://schema.org", "@type": "Article", "headline": "Rosyjskie zamachy w Czechach",
                   "author": {"@type": "Person", "name": "Jane Roe"}})
    html = page(f"<article><h1>Rosyjskie zamachy w Czechach</h1>{PARAGRAPHS}</article>", head, lang="pl")
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_placeholders_newsrooms_and_picture_credits_are_no_people() -> None:
    """infobae.com declares the author "anónimo", elcomercio.pe "Redacción EC"; football.ua prints
    its picture's credit "Фото из Инстаграма ..." in the author element (news holdout 3)."""
    head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                   "author": {"@type": "Person", "name": "anónimo"}})
    assert credited_people(extract(page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>", head, lang="es"))) == []
    head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                   "author": {"@type": "Person", "name": "Redacción EC"}})
    assert credited_people(extract(page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>", head, lang="es"))) == []
    html = page('<article><h1>Vitamin D trial</h1><p><span class="author">Фото из Инстаграма Лукаша Подольски'
                f"</span></p>{PARAGRAPHS}</article>", lang="ru")
    assert credited_people(extract(html)) == []
    assert is_publisher("Foto: Jaiver Nieto", []) and is_publisher("Redaktion Sport", [])


def test_a_lone_picture_or_source_label_is_no_one() -> None:
    """A credit label left alone where the name goes ("Photo" in the author meta, "Quelle" in an
    author element) names no one: the person a later source names is the author."""
    html = page(f'<article><h1>Interactive maps in your language</h1><p class="byline">By Jane Roe</p>{PARAGRAPHS}'
                "</article>", '<meta name="author" content="Photo">')
    assert credited_people(extract(html)) == ["Jane Roe"]
    html = page(f'<article><h1>Vitamin D trial</h1><span class="author">Quelle</span>{PARAGRAPHS}</article>', lang="de")
    assert credited_people(extract(html)) == []
    assert is_publisher("Photo", []) and is_publisher("Fotos", [])


def test_names_beside_newsroom_and_picture_words_stay_people() -> None:
    """Counter-examples: a person's name is kept, also one that holds such a word later on, and a
    one-word "Foto" or "Image" is no picture credit of anybody."""
    head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D trial",
                   "author": {"@type": "Person", "name": "Ana Redacción Pérez"}})
    assert credited_people(extract(page(f"<article><h1>Vitamin D trial</h1>{PARAGRAPHS}</article>", head, lang="es"))) \
        == ["Ana Redacción Pérez"]
    assert not is_publisher("Photon Smith", []) and not is_publisher("Imagine Dragons Fan", [])
    assert not is_publisher("Jaiver Nieto", [])


def test_a_publisher_in_an_earlier_author_meta_does_not_hide_the_person_in_a_later_one() -> None:
    """heise.de: dc.creator "heise online" (the site's web edition) comes before author "Denis Dilba"."""
    head = ('<meta name="dc.creator" content="heise online"><meta name="author" content="Denis Dilba">'
            '<meta property="og:site_name" content="heise online">')
    html = page(f"<article><h1>Lithium aus dem Schredder</h1>{PARAGRAPHS}</article>", head, lang="de")
    assert credited_people(extract(html, "https://www.heise.de/newsticker/meldung/Lithium-4451133.html")) == ["Denis Dilba"]
    # Counter-example: a person in the first author meta is kept as before.
    head = '<meta name="dc.creator" content="Jane Roe"><meta name="author" content="Denis Dilba">'
    html = page(f"<article><h1>Lithium aus dem Schredder</h1>{PARAGRAPHS}</article>", head, lang="de")
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_an_author_block_opening_with_a_byline_label_is_a_byline() -> None:
    """radio.cz: <div class="node-block node-block--authors"><span>Auteur:</span> <a>Anna Kubišta</a>."""
    html = page(f"<article><h1>Le ministre de la Santé sommé de démissionner</h1>{PARAGRAPHS}"
                '<div class="node-block node-block--authors"><span class="block__label">Auteur:</span> '
                '<a href="/anna-kubista-8091766">Anna Kubišta</a></div></article>', lang="fr")
    assert credited_people(extract(html)) == ["Anna Kubišta"]
    # Counter-example: an author box without such a label (a bio block) names no author by itself.
    html = page(f"<article><h1>Le ministre de la Santé sommé de démissionner</h1>{PARAGRAPHS}"
                '<div class="node-block node-block--authors"><span class="block__label">Les plus lus</span> '
                '<a href="/autre-article-1">Autre article</a></div></article>', lang="fr")
    assert credited_people(extract(html)) == []


def test_a_date_word_glued_to_the_last_name_comes_off() -> None:
    """latercera.com prints "José Miguel Wilson" and "Hace 13 horas" with no space between."""
    html = page('<article><h1>La agenda de Interior</h1><div class="author">Isabel Caro, Rocío Latorre y José '
                f'Miguel Wilson<span>Hace 13 horas</span></div>{PARAGRAPHS}</article>', lang="es")
    assert credited_people(extract(html)) == ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]
    # Counter-example: a capital inside a surname is no glued word ("MacDonald", "FitzGerald").
    html = page('<article><h1>La agenda de Interior</h1><div class="author">Ronald MacDonald<span>3 hours ago</span>'
                f"</div>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Ronald MacDonald"]


def test_an_editor_is_no_author_and_a_chinese_reporter_line_is_the_byline() -> None:
    """banyuetan.org: meta author is the "责任编辑" (editor in charge) the page prints; the text opens
    with "半月谈记者 史卫燕" (outlet, reporter, name)."""
    head = '<meta name="author" content="孔德明">'
    body = ("<p>益水之阳，是名益阳。这个洞庭湖区的重要城市，60年前就曾在作家周立波笔下的《山乡巨变》中展现风貌。"
            "60年后，数字农业、数字治理、数字社会，无一不在继续书写新的篇章。</p>" * 3)
    html = page(f'<article><h1>益阳：数字是优长</h1><p>半月谈记者 史卫燕</p>{body}'
                '<div class="detail_author">责任编辑：孔德明</div></article>', head, lang="zh")
    assert credited_people(extract(html)) == ["史卫燕"]
    # Counter-examples: without the editor's credit the meta author is the author; a sentence
    # naming a reporter inside the text is no byline.
    html = page(f'<article><h1>益阳：数字是优长</h1>{body}</article>', head, lang="zh")
    assert credited_people(extract(html)) == ["孔德明"]
    html = page(f'<article><h1>益阳：数字是优长</h1><p>他对记者说，今年的收成很好，村里的年轻人也回来了。</p>{body}'
                "</article>", lang="zh")
    assert credited_people(extract(html)) == []


def test_site_names_written_as_hosts_or_without_accents_are_the_publisher() -> None:
    # elcolombiano.com's og:site_name "www.elcolombiano.com" names "El Colombiano"; larepublica.pe
    # spells "La República" without its accent (holdout news-5).
    assert is_publisher("El Colombiano", ["www.elcolombiano.com"])
    assert is_publisher("La República", ["larepublica.pe"])
    # Counter-example: a reporter of that site stays a person.
    assert not is_publisher("Jacobo Betancur Peláez", ["www.elcolombiano.com"])


def test_staff_reports_newsroom_shorthands_and_source_labels_are_no_people() -> None:
    # "by HLNF Staff Report" (heartlandnewsfeed), ORF's "red, wien.ORF.at/Agenturen", Forsal's
    # "Źródło: Statista.com" and "Redakcja Forsal.pl" (holdout news-5).
    for credit in ("HLNF Staff Report", "red", "Agenturen", "Źródło: Statista.com", "Redakcja Forsal.pl"):
        assert is_publisher(credit, []), credit
    # Counter-examples: a nickname in capitals and a name are people; an agency after a source
    # label is still the agency.
    assert not is_publisher("Red Smith", [])
    assert not is_publisher("Red", [])
    assert sort_line(["Quelle: KNA"], []) == [("Quelle: KNA", "agency")]


def test_article_by_alone_is_a_label_not_a_name() -> None:
    # nationnews.com prints "<span>Article by</span> <span>Barry Alleyne</span>" (holdout news-5).
    html = page('<article><h1>Schools safe amidst surge</h1><div class="byline"><span>Article by</span> '
                f'<span class="author">Barry Alleyne</span></div>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Barry Alleyne"]
    # Counter-example: a printed "Story by" line keeps its name.
    html = page('<article><h1>Schools safe amidst surge</h1><div class="byline">Story by Jane Roe</div>'
                f"{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_source_line_names_no_author_but_keeps_its_agency() -> None:
    # gelbe-liste.de: "Quelle: Fachinformation … von DHU-Arzneimittel GmbH & Co. KG …" gave the
    # piece "Co. KG Informationsstelle für Arzneispezialitäten" as a person.
    source = ("Quelle: Fachinformation Chininum D4 Tabletten von DHU-Arzneimittel GmbH & Co. KG "
              "Informationsstelle für Arzneispezialitäten")
    html = page(f'<article><h1>Chininum D4</h1><div class="author">{source}</div>{PARAGRAPHS}</article>', lang="de")
    assert credited_people(extract(html)) == []
    # Counter-example: an agency credited as the source stays the agency.
    html = page(f'<article><h1>Chininum D4</h1><div class="author">Quelle: dpa</div>{PARAGRAPHS}</article>',
                lang="de")
    assert _agencies(extract(html)) == ["dpa"]


def test_a_microdata_author_named_as_the_site_gives_way_to_the_printed_byline() -> None:
    # elcolombiano.com: an itemprop=author Person "El Colombiano" in the author box, the reporter
    # printed in the byline (holdout news-5).
    box = ('<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
           '<span itemprop="name">El Colombiano</span></div>')
    html = page(f'<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Buses de la Alcaldía</h1>'
                f'<div class="autor">Jacobo Betancur Peláez</div>'
                f"{PARAGRAPHS}{box}</article>", '<meta property="og:site_name" content="www.elcolombiano.com">',
                lang="es")
    assert credited_people(extract(html, "https://www.elcolombiano.com/antioquia/buses-EN17385450")) == \
        ["Jacobo Betancur Peláez"]
    # Counter-example: a personal site whose owner is its microdata author, printed nowhere else,
    # keeps him (no byline names anyone else, no publisher organization bears the name).
    box = ('<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
           '<span itemprop="name">Haki Benita</span></div>')
    html = page(f'<article itemscope itemtype="https://schema.org/BlogPosting"><h1>Postgres tips</h1>{PARAGRAPHS}{box}'
                "</article>",
                '<meta property="og:site_name" content="Haki Benita">')
    assert credited_people(extract(html, "https://hakibenita.example/postgres-tips")) == ["Haki Benita"]


def test_a_login_menu_names_no_author() -> None:
    # computerbild.de's logged-in menu template: <li class="username"> holding "Profil bearbeiten",
    # "Abonnierte Newsletter", "Abmelden" (holdout news-5).
    menu = ('<ul class="menulogin switch"><li class="username"><p>##loginname##</p><ul>'
            '<li><a href="/user/stammdaten.html">Profil bearbeiten</a></li>'
            '<li><a href="/newsletter.html">Abonnierte Newsletter</a></li><li><a href="#">Abmelden</a></li>'
            "</ul></li></ul>")
    html = page(f"<header>{menu}</header><article><h1>Bundesliga live sehen</h1>{PARAGRAPHS}</article>", lang="de")
    assert credited_people(extract(html)) == []
    # Counter-example: a byline beside the menu is read.
    html = page(f'<header>{menu}</header><article><h1>Bundesliga live sehen</h1><div class="author">'
                f"Von Dennis Kochinky</div>{PARAGRAPHS}</article>", lang="de")
    assert credited_people(extract(html)) == ["Dennis Kochinky"]
