"""People credited under byline labels as the translation files of templates print them in more
languages (issue 16, template-source probes from translations, fifth session): each test's page
renders the label a cited translation gives, over a name a reader takes for the writer."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page

_HEADLINE = "<h1>Vitamin D pills do not prevent fractures</h1>"


def _docinfo(label: str, name: str) -> str:
    """docutils' HTML5 writer's bibliographic field list (``<dl class="docinfo">``) with one author."""
    return (f'<dl class="docinfo simple"><dt class="author">{label}<span class="colon">:</span></dt>'
            f'<dd class="author"><p>{name}</p></dd></dl>')


def test_author_labels_as_docutils_translates_them() -> None:
    """docutils translates its "Author" and "Authors" field labels (docutils/docutils,
    docutils/languages/lt.py, lv.py, fa.py): Lithuanian "Autorius" / "Autoriai", Latvian "Autors", Persian
    "نویسنده" / "نویسندگان". With their colon, opening a byline or over docutils' own field list, they
    label the people after them: "Jonas Jonaitis", not "Autorius: Jonas Jonaitis"."""
    for line, names, lang in (("Autorius: Jonas Jonaitis", ["Jonas Jonaitis"], "lt"),
                              ("Autoriai: Jonas Jonaitis, Ona Petraitienė", ["Jonas Jonaitis", "Ona Petraitienė"], "lt"),
                              ("Autors: Jānis Bērziņš", ["Jānis Bērziņš"], "lv"),
                              ("نویسنده: علی رضایی", ["علی رضایی"], "fa"),
                              ("نویسندگان: علی رضایی", ["علی رضایی"], "fa")):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang=lang)
        assert credited_people(extract(html)) == names, line
    for label, name, lang in (("Autorius", "Jonas Jonaitis", "lt"), ("نویسنده", "علی رضایی", "fa")):
        html = page(f"<article>{_HEADLINE}{_docinfo(label, name)}{PARAGRAPHS}</article>", lang=lang)
        assert credited_people(extract(html)) == [name], label


def test_the_copyright_label_of_the_same_word_is_no_byline() -> None:
    """Counter-example: the Lithuanian copyright label "Autoriaus teisės:" (docutils' lt.py "copyright",
    the author's rights) in a footer names the owner, no writer; the byline's "Autorius:" still does."""
    html = page(f'<article>{_HEADLINE}<div class="byline">Autorius: Jonas Jonaitis</div>{PARAGRAPHS}'
                '<p class="copyright">Autoriaus teisės: UAB Naujienų Grupė</p></article>', lang="lt")
    assert credited_people(extract(html)) == ["Jonas Jonaitis"]


def test_the_arabic_scripts_comma_parts_two_writers() -> None:
    """docutils splits a Persian or Arabic "Authors" field at the Arabic script's semicolon and comma
    (docutils/docutils, docutils/languages/fa.py and ar.py: ``author_separators = ['؛', '،']``), as news
    sites in those languages print a byline of two: "نویسندگان: علی رضایی، مریم احمدی" names two people,
    "بقلم: أحمد محمد؛ سارة علي" too."""
    for line, names, lang in (("نویسندگان: علی رضایی، مریم احمدی", ["علی رضایی", "مریم احمدی"], "fa"),
                              ("بقلم: أحمد محمد؛ سارة علي", ["أحمد محمد", "سارة علي"], "ar")):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang=lang)
        assert credited_people(extract(html)) == names, line


def test_a_place_or_role_after_the_arabic_comma_is_no_writer() -> None:
    """Counter-example: after the comma a byline may print the writer's role or city, as after a Latin
    comma: "أحمد محمد، مراسل" (correspondent) and "بقلم: أحمد محمد، القاهرة" (Cairo) credit one person."""
    for line in ("أحمد محمد، مراسل", "بقلم: أحمد محمد، القاهرة"):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang="ar")
        assert credited_people(extract(html)) == ["أحمد محمد"], line


def _twenty_nineteen_byline(label: str, name: str) -> str:
    """Twenty Nineteen's ``twentynineteen_posted_by()`` (inc/template-tags.php): an icon, the translated
    "Posted by" for screen readers, the author's vcard link."""
    return ('<span class="byline"><svg class="svg-icon" width="16" height="16" aria-hidden="true" role="img"></svg>'
            f'<span class="screen-reader-text">{label}</span><span class="author vcard">'
            f'<a class="url fn n" href="https://example.org/author/x/">{name}</a></span></span>')


def _twenty_nineteen_author_bio(heading: str) -> str:
    """Twenty Nineteen's template-parts/post/author-bio.php under the text: the translated "Published by
    %s" as the box's heading, then the author's description."""
    return ('<div class="author-bio"><h2 class="author-title"><span class="author-heading">'
            f'{heading}</span></h2><p class="author-description">Toimittaja, kirjoittaa politiikasta. '
            '<a class="author-link" href="https://example.org/author/x/" rel="author">Lisää</a></p></div>')


def test_twenty_nineteens_translated_posted_by_and_published_by() -> None:
    """WordPress's default theme Twenty Nineteen as its translations print "Posted by" and "Published by
    %s" (Automattic/twenty-nineteen-amp-prototype, languages/fi.po "Kirjoittanut" / "Julkaissut %s",
    vi.po "Đăng bởi" / "Đăng bởi %s", hr.po "Objavio" / "Objavio %s", ro.po "Publicat de" / "Publicat de
    %s"): the author box's heading and a byline printing the label before the name credit the person,
    not "Kirjoittanut Matti Virtanen" (and the Vietnamese byline someone at all)."""
    for lang, posted, published, name in (("fi", "Kirjoittanut", "Julkaissut", "Matti Virtanen"),
                                          ("vi", "Đăng bởi", "Đăng bởi", "Nguyễn Văn An"),
                                          ("hr", "Objavio", "Objavio", "Marko Marković"),
                                          ("ro", "Publicat de", "Publicat de", "Ion Popescu")):
        header = '<header class="entry-header"><h1 class="entry-title">Vitamin D pills do not prevent fractures</h1>'
        bio = page(f'<article class="post">{header}</header><div class="entry-content">{PARAGRAPHS}</div>'
                   f'{_twenty_nineteen_author_bio(f"{published} {name}")}</article>', lang=lang)
        assert credited_people(extract(bio)) == [name], published
        line = page(f'<article class="post">{header}<div class="byline">{posted} {name}</div></header>'
                    f'<div class="entry-content">{PARAGRAPHS}</div></article>', lang=lang)
        assert credited_people(extract(line)) == [name], posted
        meta = page(f'<article class="post">{header}<div class="entry-meta">{_twenty_nineteen_byline(posted, name)}</div>'
                    f'</header><div class="entry-content">{PARAGRAPHS}</div></article>', lang=lang)
        assert credited_people(extract(meta)) == [name], posted


def test_the_same_verbs_opening_a_sentence_credit_no_one() -> None:
    """Counter-example: the labels are verbs of the language ("objavila", she published; "publicat de
    curând", published recently): a sentence opening with one, in the byline's place or in the text,
    credits no one ("Vlada", the government, is no writer)."""
    for lang, line in (("hr", "Objavila je Vlada novi zakon o radu."), ("ro", "Publicat de curând în Monitorul Oficial.")):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang=lang)
        assert credited_people(extract(html)) == [], line
        html = page(f'<article>{_HEADLINE}<div class="byline">Jane Roe</div>{PARAGRAPHS}<p>{line}</p></article>', lang=lang)
        assert credited_people(extract(html)) == ["Jane Roe"], line


def test_twenty_nineteens_turkish_and_hungarian_colon_labels() -> None:
    """Twenty Nineteen's Turkish "Posted by" is "Yazan:" (languages/tr.po) and its Hungarian "Published by
    %s" is "Közzétéve: %s" (hu.po): with the colon they label the name after them, in a byline and in the
    author box's heading."""
    for lang, line, name in (("tr", "Yazan: Ayşe Yılmaz", "Ayşe Yılmaz"), ("hu", "Közzétéve: Kovács Péter", "Kovács Péter")):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang=lang)
        assert credited_people(extract(html)) == [name], line
        bio = page(f"<article>{_HEADLINE}{PARAGRAPHS}{_twenty_nineteen_author_bio(line)}</article>", lang=lang)
        assert credited_people(extract(bio)) == [name], line


def test_the_hungarian_label_before_a_date_credits_no_one() -> None:
    """Counter-example: Hungarian themes print "Közzétéve:" (published) before the day too; "Közzétéve:
    2019. május 12." names no one, neither the label."""
    html = page(f'<article>{_HEADLINE}<div class="byline">Közzétéve: 2019. május 12.</div>{PARAGRAPHS}</article>', lang="hu")
    assert credited_people(extract(html)) == []


def test_a_turkish_credit_after_the_name() -> None:
    """Turkish puts "by" after the name: Twenty Nineteen's Turkish "Published by %s" is "%s tarafından
    yayımlandı" (Automattic/twenty-nineteen-amp-prototype, languages/tr.po), and Turkish bylines print
    "Ayşe Yılmaz tarafından", the name linked or not: the person is "Ayşe Yılmaz"."""
    for line in ("Ayşe Yılmaz tarafından", '<a href="/yazar/ayse-yilmaz/">Ayşe Yılmaz</a> tarafından',
                 "Ayşe Yılmaz tarafından yayımlandı"):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang="tr")
        assert credited_people(extract(html)) == ["Ayşe Yılmaz"], line


def test_the_turkish_postposition_in_a_sentence_credits_no_one() -> None:
    """Counter-example: "tarafından" is the language's everyday "by" ("Kitap Mehmet Demir tarafından
    yazıldı ve geçen yıl yayımlandı."): in the text it credits no writer beside the byline's."""
    html = page(f'<article>{_HEADLINE}<div class="byline">Ayşe Yılmaz tarafından</div>{PARAGRAPHS}'
                "<p>Kitap Mehmet Demir tarafından yazıldı ve geçen yıl yayımlandı.</p></article>", lang="tr")
    assert credited_people(extract(html)) == ["Ayşe Yılmaz"]


def _coauthors_link(name: str, slug: str) -> str:
    """Co-Authors Plus's ``coauthors_posts_links()`` link to one author's archive (template-tags.php), its
    title the Hebrew "Posts by %s" ("כתבות מאת %s", languages/co-authors-plus-he_IL.po)."""
    return f'<a href="https://example.co.il/author/{slug}/" title="כתבות מאת {name}" class="author url fn" rel="author">{name}</a>'


def test_the_hebrew_and_glued_to_the_second_name() -> None:
    """Co-Authors Plus joins the last two authors with its translated " and ", in Hebrew " ו"
    (Automattic/Co-Authors-Plus, languages/co-authors-plus-he_IL.po): the letter vav glued to the next
    name. "מאת דני כהן ורונית לוי" names Dani Cohen and Ronit Levi, linked or not, and a list of three
    after a comma too."""
    linked = f'מאת {_coauthors_link("דני כהן", "dani")} ו{_coauthors_link("רונית לוי", "ronit")}'
    for line, names in (("מאת דני כהן ורונית לוי", ["דני כהן", "רונית לוי"]), (linked, ["דני כהן", "רונית לוי"]),
                        ("מאת דני כהן, רונית לוי ויוסי מזרחי", ["דני כהן", "רונית לוי", "יוסי מזרחי"])):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang="he")
        assert credited_people(extract(html)) == names, line


def test_a_hebrew_surname_opening_with_vav_stays_whole() -> None:
    """Counter-example: surnames open with the same letter ("וייס", Weiss; "וולך", Wallach): "מאת משה וייס"
    and "מאת אבי משה וולך" each name one person."""
    for line, name in (("מאת משה וייס", "משה וייס"), ("מאת אבי משה וולך", "אבי משה וולך")):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>', lang="he")
        assert credited_people(extract(html)) == [name], line
