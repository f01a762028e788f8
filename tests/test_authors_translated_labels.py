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
