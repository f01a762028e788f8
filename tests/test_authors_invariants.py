"""People and agencies: an invariant audit (issue 16, third session). Every person a record credits is
printed on the page as a name: these pages hold what the audit found credited that is no one's name."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page

_JOOMLA = '<meta name="generator" content="Joomla! - Open Source Content Management">'



def test_a_cms_default_account_names_no_one() -> None:
    """Joomla names its first account "Super User" and prints it, and its author meta, for every
    article the site's owner posts under it; a theme's author box prints "Newsdesk" for a newsroom's
    shared account. Neither is a writer, whether declared or printed."""
    declared = page(f"<article><h1>Schreibstil im Netz</h1>{PARAGRAPHS}</article>",
                    f'{_JOOMLA}<meta name="author" content="Super User">', lang="de")
    assert credited_people(extract(declared)) == []
    for line in ("Geschrieben von Super User", "Von Newsdesk"):
        printed = page(f'<article><h1>Schreibstil im Netz</h1><p class="author">{line}</p>{PARAGRAPHS}</article>', lang="de")
        assert credited_people(extract(printed)) == [], line


def test_a_writer_beside_or_named_like_an_account_stays() -> None:
    """Counter-example: the printed writer is read over the default account's meta, and a surname
    that is the account's word ("Hans User") is a name."""
    printed = page('<article><h1>Schreibstil im Netz</h1><p class="author">Geschrieben von Jana Berger</p>'
                   f"{PARAGRAPHS}</article>", f'{_JOOMLA}<meta name="author" content="Super User">', lang="de")
    assert credited_people(extract(printed)) == ["Jana Berger"]
    user = page(f'<article><h1>Schreibstil im Netz</h1><p class="author">Von Hans User</p>{PARAGRAPHS}</article>', lang="de")
    assert credited_people(extract(user)) == ["Hans User"]


def test_a_phrase_where_the_name_goes_names_no_one() -> None:
    """A lower-case word that is no name particle before a capitalised one makes a phrase, not a name:
    an author meta's "deinen Hochzeitsbloggern" (your wedding bloggers), a column's label in the
    author slot ("#Krótko o przepisach prawa w Nowej Zelandii i Polsce", whose "i" joins no two
    people), a glossary's heading read as the byline."""
    meta = page(f"<article><h1>Die perfekte Hochzeitslocation</h1>{PARAGRAPHS}</article>",
                '<meta name="author" content="deinen Hochzeitsbloggern">', lang="de")
    assert credited_people(extract(meta)) == []
    column = page('<article><h1>Nowa Zelandia: płatny urlop</h1><span class="autor"><span class="imienazwisko">'
                  f"#Krótko o przepisach prawa w Nowej Zelandii i Polsce</span></span>{PARAGRAPHS}</article>", lang="pl")
    assert credited_people(extract(column)) == []
    heading = page('<article><h1>Glossar</h1><p class="author">Atemschutzmaske über Exit-Strategie</p>'
                   f"{PARAGRAPHS}</article>", lang="de")
    assert credited_people(extract(heading)) == []


def test_names_with_particles_titles_or_a_lower_case_surname_stay() -> None:
    """Counter-example: particles of descent ("Ursula von der Leyen", "Rafael dos Santos", "Osama bin
    Laden"), a title's abbreviation ("Dr. med. Anna Berg"), a surname typed in lower case ("Mobasir
    hassan"), two writers joined by "und", and an affiliation after a name of two words stay."""
    for line, people in (("Von Ursula von der Leyen", ["Ursula von der Leyen"]), ("Von Rafael dos Santos", ["Rafael dos Santos"]),
                         ("Von Dr. med. Anna Berg", ["Dr. med. Anna Berg"]), ("Von Mobasir hassan", ["Mobasir hassan"]),
                         ("Von Anna Berg und Tom Lutz", ["Anna Berg", "Tom Lutz"])):
        html = page(f'<article><h1>Die Lage in Europa</h1><p class="author">{line}</p>{PARAGRAPHS}</article>', lang="de")
        assert credited_people(extract(html)) == people, line
    html = page(f'<article><h1>Sleep and memory</h1><div class="author">By Jane Doe of the University of Oxford</div>'
                f"{PARAGRAPHS}</article>")
    assert credited_people(extract(html))[0].startswith("Jane Doe")


def test_a_media_house_named_as_the_author_is_the_publisher() -> None:
    """A publishing house's name closed by "Media" in the author meta ("Wirtualna Polska Media" over
    its sports site) names the company, not a writer, as "Kaiser Health News" names an outlet."""
    html = page(f"<article><h1>Unia Leszno wygrywa</h1>{PARAGRAPHS}</article>",
                '<meta name="author" content="Wirtualna Polska Media">', lang="pl")
    assert credited_people(extract(html)) == []


def test_a_wire_named_media_and_a_name_like_it_stay() -> None:
    """Counter-example: "PA Media" after a writer is the wire, and "Ana Medina" a name."""
    html = page(f'<article><h1>Trains cancelled</h1><p class="byline">By Jane Roe, PA Media</p>{PARAGRAPHS}</article>')
    record = extract(html)
    assert credited_people(record) == ["Jane Roe"]
    assert [a.name for a in record.byline.authors if a.kind == "agency"] == ["PA"]
    medina = page(f'<article><h1>Trains cancelled</h1><p class="byline">By Ana Medina</p>{PARAGRAPHS}</article>')
    assert credited_people(extract(medina)) == ["Ana Medina"]


def test_an_imprint_s_town_in_the_author_meta_is_no_one() -> None:
    """A company's address as its author meta, "GIROMATCH, Frankfurt a. M., Germany": the town's
    preposition cut to its letter ("a." am, "i." im, "b." bei) marks a place, not a name."""
    for address in ("GIROMATCH, Frankfurt a. M., Germany", "GIROMATCH, Freiburg i. Br."):
        html = page(f"<article><h1>1000 Euro Kredit</h1>{PARAGRAPHS}</article>",
                    f'<meta name="author" content="{address}"><meta property="og:site_name" content="GIROMATCH">', lang="de")
        assert credited_people(extract(html)) == [], address


def test_initials_and_abbreviated_particles_stay_in_a_name() -> None:
    """Counter-example: a middle initial ("Jan A. Berg") and a particle cut to its letter ("Anna v. d.
    Heide") are a name's."""
    for name in ("Jan A. Berg", "Anna v. d. Heide"):
        html = page(f"<article><h1>1000 Euro Kredit</h1>{PARAGRAPHS}</article>", f'<meta name="author" content="{name}">', lang="de")
        assert credited_people(extract(html)) == [name], name


def test_a_subheading_opening_with_von_is_no_byline() -> None:
    """A teaser's or a section's heading under the headline opening "Von der …" ("from … to …") is a
    title: "Von der Wärmemessung zur Echtzeit-Energiedienstleistung" names no one."""
    for heading in ('<h2><a href="/pm-7660/">Von der Wärmemessung zur Echtzeit-Energiedienstleistung</a></h2>',
                    "<h3>Von Mitte März bis Ende April</h3>"):
        html = page(f"<article><h1>Energiedienstleistung in Köln</h1>{heading}{PARAGRAPHS}</article>", lang="de")
        assert credited_people(extract(html)) == [], heading


def test_a_byline_beside_a_subheading_or_marked_in_one_stays() -> None:
    """Counter-example: a "Von Jane Roe" line under a subheading and a heading classed as the byline
    are read."""
    html = page("<article><h1>Energiedienstleistung in Köln</h1><h2>Ein neuer Markt</h2><p>Von Jana Berger</p>"
                f"{PARAGRAPHS}</article>", lang="de")
    assert credited_people(extract(html)) == ["Jana Berger"]
    marked = page(f'<article><h1>Energiedienstleistung in Köln</h1><h4 class="author">Von Jana Berger</h4>{PARAGRAPHS}</article>',
                  lang="de")
    assert credited_people(extract(marked)) == ["Jana Berger"]
    boxed = page('<article><h1>Energiedienstleistung in Köln</h1><div class="article-author"><h2>Interview: Jana Berger'
                 f"<br>Foto: Tom Lutz</h2></div>{PARAGRAPHS}</article>", lang="de")
    assert credited_people(extract(boxed)) == ["Jana Berger"]


def test_a_label_ending_with_its_credit_word_is_no_name() -> None:
    """An author box's link labelled "Autorenseite von " (author page of), the name printed apart, is
    no second writer: no name ends with its credit word."""
    html = page('<article><h1>Klimavorreiter am See</h1><div class="author-box"><a rel="author" href="/author/birgit-posselt/">'
                'Birgit Posselt</a><p class="author_links"><a rel="author" href="/author/birgit-posselt/">Autorenseite von </a>'
                f"</p></div>{PARAGRAPHS}</article>", lang="de")
    assert credited_people(extract(html)) == ["Birgit Posselt"]


def test_a_name_ending_with_a_particle_stays() -> None:
    """Counter-example: a name particle closing the text ("Michiel de", Dublin Core's inverted "Jong,
    Michiel de" read in two) is no credit word."""
    html = page(f"<article><h1>remoteStorage</h1>{PARAGRAPHS}</article>", '<meta name="author" content="Michiel de">')
    assert credited_people(extract(html)) == ["Michiel de"]


def test_a_site_s_web_team_account_is_no_writer() -> None:
    """A WordPress account named for the site's team in a German compound ("revamp-it Webteam",
    "Redaktionsteam") is the site, as "team" alone is."""
    for name in ("revamp-it Webteam", "Talent Redaktionsteam"):
        html = page(f'<article><h1>Neue Kurse</h1><span class="author vcard">von <a rel="author" href="/?author=14">{name}</a>'
                    f"</span>{PARAGRAPHS}</article>", lang="de")
        assert credited_people(extract(html)) == [], name


def test_a_name_holding_the_team_word_inside_stays() -> None:
    """Counter-example: only the closing compound names the account; a surname holding the word
    ("Jana Webteamer") is a name."""
    html = page(f'<article><h1>Neue Kurse</h1><p class="byline">Von Jana Webteamer</p>{PARAGRAPHS}</article>', lang="de")
    assert credited_people(extract(html)) == ["Jana Webteamer"]


# Second round (the printed byline): byline.raw is the printed credit line.

def test_a_writer_s_e_mail_after_the_byline_is_no_part_of_its_line() -> None:
    """A newspaper prints its writer's address beside the byline ("By Grace Zokovitch | gzokovitch@…",
    "Bruno Wendel bruno.cardoso@…", Cloudflare's "[email protected]" in its place), a blog's author
    box its PGP key after it: the credit line ends before the address, and an address alone after its
    label is no credit line."""
    for line, raw in (('By <a href="/author/jane-roe/">Jane Roe</a> | jroe@example.com', "By Jane Roe"),
                      ("Jane Roe jane.roe@example.com 12. Mai 2022", "Jane Roe"),
                      ('Jane Roe / <a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a> / 12/05/2022', "Jane Roe")):
        html = page(f'<article><h1>Sleep and memory</h1><div class="byline">{line}</div>{PARAGRAPHS}</article>')
        record = extract(html)
        assert record.byline.raw == raw, line
        assert credited_people(record) == ["Jane Roe"], line
    alone = page(f'<article><h1>Sleep and memory</h1><p class="author">E-Mail j.roe@example.com PGP-Key 0xAC27FCDC</p>'
                 f"{PARAGRAPHS}</article>")
    assert alone.count("@") == 1 and extract(alone).byline.raw is None


def test_a_credit_line_without_an_address_or_with_an_at_sign_in_a_name_stays() -> None:
    """Counter-example: a byline without an address stays whole, and an address glued to the last name by
    the template ("Jane Roejroe@…": where the name ends cannot be told) is left as printed."""
    html = page(f'<article><h1>Sleep and memory</h1><div class="byline">By Jane Roe | Health reporter</div>{PARAGRAPHS}</article>')
    assert extract(html).byline.raw == "By Jane Roe | Health reporter"
    glued = page(f'<article><h1>Sleep and memory</h1><div class="byline">Jane Roe<span>jroe@example.com</span></div>{PARAGRAPHS}</article>')
    assert extract(glued).byline.raw == "Jane Roejroe@example.com"


def test_a_sentence_opening_with_a_credit_word_is_no_credit_line() -> None:
    """A consent line under a form ("By clicking "Submit," you agree to …"), a paragraph opening "By
    default, …" or "Par ailleurs, …" reached by the byline's walk is a sentence: a credit word, a lower-case
    word that is no name particle, and a clause. It is no printed credit line."""
    for line in ('By clicking "Submit," you agree to the Privacy Policy and Terms of Use of this site and its partners.',
                 "By default, the tool looks for the required version on your path and creates an environment for it.",
                 "Par ailleurs, l’opinion publique perçoit qu’il y a un changement dans la composition de la migration."):
        html = page(f'<article><h1>Sleep and memory</h1><p class="author-note">{line}</p>{PARAGRAPHS}</article>')
        assert extract(html).byline.raw is None, line


def test_a_long_credit_line_without_a_clause_stays() -> None:
    """Counter-example: a long credit to a body ("By the editors of …"), a login's dated line and a name
    after a particle ("Von der Leyen …") hold no clause: they stay the printed line."""
    for line in ("By the editors of the Journal of Medicine and the Society of Friends of Health Inc.",
                 "Posted by jdoe on March 3, 2020 in Uncategorized, Health and Science with 3 comments",
                 "Von der Leyen Ursula, Präsidentin der Europäischen Kommission, und Jana Berger aus Berlin."):
        html = page(f'<article><h1>Sleep and memory</h1><p class="byline">{line}</p>{PARAGRAPHS}</article>')
        assert extract(html).byline.raw == line, line


def test_a_small_heading_labelling_the_author_s_name_after_it() -> None:
    """A news template's meta column prints the author's label as a small heading and the name in the
    element after it, the two alone in their box ("<h4>Autor</h4><p><a>Nikolai Huke</a>, </p>"): a
    label-value pair, as a table's or list's two cells are."""
    html = page(f'<article><h1>Wir waren fast 40 Tage in Quarantäne</h1>{PARAGRAPHS}<section class="news__meta-header">'
                '<div class="news__meta-column"><h4 class="news__meta-title">Autor</h4><p class="news__meta-text">'
                '<a href="/profil/es_detail/A7M7/nikolai-huke">Nikolai Huke</a><b class="separator">, </b></p></div>'
                "</section></article>", lang="de")
    assert credited_people(extract(html)) == ["Nikolai Huke"]


def test_a_heading_over_a_list_of_writers_is_no_pair() -> None:
    """Counter-example: a heading over more than its value ("Autoren" over a list of the site's writers
    and a link to all of them) labels a box, not one name."""
    html = page(f'<article><h1>Wir waren fast 40 Tage in Quarantäne</h1>{PARAGRAPHS}</article><aside><div class="writers">'
                '<h4>Autor</h4><p><a href="/profil/jana-berger">Jana Berger</a></p><p><a href="/autoren/">Alle Autoren</a></p>'
                "</div></aside>", lang="de")
    assert credited_people(extract(html)) == []


def test_a_profile_link_on_its_own_line_under_the_headline_is_the_byline() -> None:
    """A CMS without author archives links the writer's name to the member's profile page
    ("<a href=/user/profile/rmonge>Rebeca Monge</a>" on a line of its own under the lead), as WordPress
    links "/author/<login>/"."""
    html = page('<article><h1>Tras una semana de acoso a la prensa</h1><div class="lead"><p>El presidente de la Asamblea '
                'exigió a los periodistas críticos que se vayan del país.</p></div><div class="row"><div class="__content">'
                f'<a class="tint-text--dark" href="/user/profile/rmonge"> Rebeca Monge</a></div></div>{PARAGRAPHS}</article>',
                lang="es")
    assert credited_people(extract(html)) == ["Rebeca Monge"]
    # A grid theme nests the headline six levels deep, the link in a later row of the page's grid.
    nested = page('<article><div class="page_head"><div class="row"><div class="col"><div class="cell"><div class="box">'
                  '<hgroup><h1>Tras una semana de acoso a la prensa</h1></hgroup></div></div></div></div>'
                  '<div class="row"><div class="col"><p>El presidente de la Asamblea exigió a los periodistas críticos que '
                  'se vayan del país.</p></div></div><div class="row"><div class="col"><div class="__content">'
                  '<a href="/user/profile/rmonge"> Rebeca Monge</a></div></div></div></div>'
                  f'{PARAGRAPHS}</article>', lang="es")
    assert credited_people(extract(nested)) == ["Rebeca Monge"]


def test_a_profile_link_inside_a_sentence_is_no_byline() -> None:
    """Counter-example: a profile linked in a sentence ("Una entrevista con <a>Rebeca Monge</a> sobre …")
    names the subject, not the writer; one in a sidebar's box, a member of the site's team."""
    html = page('<article><h1>Tras una semana de acoso a la prensa</h1><p>Una entrevista con <a href="/user/profile/rmonge">'
                f'Rebeca Monge</a> sobre la libertad de prensa en El Salvador.</p>{PARAGRAPHS}</article>', lang="es")
    assert credited_people(extract(html)) == []
    aside = page(f'<article><h1>Tras una semana de acoso a la prensa</h1>{PARAGRAPHS}</article><aside class="sidebar">'
                 '<div class="team"><p><a href="/user/profile/rmonge">Rebeca Monge</a></p></div></aside>', lang="es")
    assert credited_people(extract(aside)) == []
