"""Headline, people and published day as the open-source news CMSs render their article header
(issue 16, template-source probes, fifth session): each test's page prints what a cited template
renders, and the record is compared with what a reader sees."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page

_HEADLINE = "Vitamin D pills do not prevent fractures"


def _drupal_node(submitted: str, after: str = "") -> str:
    """A Drupal 8+ article in full view: core's node template (drupal/drupal,
    core/modules/node/templates/node.html.twig, kept by Classy and Bartik) prints
    ``{% trans %}Submitted by {{ author_name }} on {{ date }}{% endtrans %}`` in
    ``div.node__submitted``, the author being the rendered ``uid`` field."""
    return page(
        '<article role="article" about="/node/12" class="node node--type-article node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title field--type-string">{_HEADLINE}</span></h1>'
        f'<footer class="node__meta"><div class="node__submitted">{submitted}</div></footer>'
        f'<div class="node__content clearfix"><div class="field field--name-body">{PARAGRAPHS}</div></div></article>'
        f"{after}", lang="de")


def _uid(name: str) -> str:
    return ('<span class="field field--name-uid field--type-entity-reference field--label-hidden">'
            f'<span lang="" about="/user/3" typeof="schema:Person" property="schema:name" datatype="">{name}</span>'
            "</span>")


def _created(printed: str) -> str:
    return f'<span class="field field--name-created field--type-created field--label-hidden">{printed}</span>'


def test_drupals_author_field_names_the_writer_of_a_translated_submitted_line() -> None:
    """Drupal's translations of "Submitted by … on …" ("Verfasst von … am …", "Soumis par … le …",
    "Enviado por … el …", "Inviato da … il …", "Ingezonden door … op …") put the connector and the
    date format's abbreviated weekday ("Mo", "lun", "Lun", "ma") next to the name; the ``uid``
    field holds the name alone, as a reader sees it."""
    for line, name in (
        (f'Verfasst von {_uid("Jane Roe")} am {_created("Mo, 11/03/2025 - 14:30")}', "Jane Roe"),
        (f'Soumis par {_uid("Jeanne Roux")} le {_created("lun, 11/03/2025 - 14:30")}', "Jeanne Roux"),
        (f'Enviado por {_uid("Juana Ruiz")} el {_created("Lun, 11/03/2025 - 14:30")}', "Juana Ruiz"),
        (f'Inviato da {_uid("Anna Rossi")} il {_created("Lun, 11/03/2025 - 14:30")}', "Anna Rossi"),
        (f'Ingezonden door {_uid("Jan de Vries")} op {_created("ma, 11/03/2025 - 14:30")}', "Jan de Vries"),
    ):
        record = extract(_drupal_node(line))
        assert credited_people(record) == [name], line
        assert record.byline.raw is not None and record.byline.raw.startswith(line.split(" ", 1)[0])


def test_a_teasers_author_field_credits_no_one_on_the_article() -> None:
    """Counter-example: a views block's teaser (another article's card, its title a link) prints its
    own ``uid`` field; the article's writer is its own node's."""
    teaser = ('<aside class="region-sidebar"><h2>Neueste Beiträge</h2>'
              '<article class="node node--type-article node--view-mode-teaser"><h2 class="node__title">'
              '<a href="/news/flu-vaccines" rel="bookmark">Flu vaccines arrive early this year</a></h2>'
              f'<footer class="node__meta"><div class="node__submitted">Verfasst von {_uid("Tom Miller")} am '
              f'{_created("Mo, 11/03/2025 - 14:30")}</div></footer></article></aside>')
    record = extract(_drupal_node(f'Verfasst von {_uid("Jane Roe")} am {_created("Mo, 11/03/2025 - 14:30")}', teaser))
    assert credited_people(record) == ["Jane Roe"]


def _superdesk_mag(info: str, lang: str = "en") -> str:
    """Superdesk Publisher's demo theme (superdesk/web-publisher, src/SWP/Bundle/FixturesBundle/Resources/
    themes/DefaultTheme/views/article.html.twig): an ``h6.info`` line of stamps over the ``h2.title``."""
    return page(
        '<article class="news_item span8 "><div class="thumbnail content_text"><img src="/media/pills.jpg" alt="Pills">'
        '<h6 class="caption">Vitamin D pills</h6></div><div class="content content_text padding_bottom_10">'
        f'<h6 class="info">{info}</h6><h2 class="title">{_HEADLINE}</h2>{PARAGRAPHS}</div></article>', title=_HEADLINE,
        lang=lang)


def test_a_publication_date_fields_label_dates_the_article() -> None:
    """"Publish date: 03.11.2025, 14:30 | Creation date: … | Update date: …" (Superdesk Publisher) and a
    CMS's publication-date field label in other languages date the article by the stamp they label;
    the line's next label ("Creation date") is no part of it."""
    for info, lang in (
        ("Publish date: 03.11.2025, 14:30 | Creation date: 01.11.2025, 09:12 | Update date: 05.11.2025, 10:00", "en"),
        ("Publication date: 3 November 2025", "en"),
        ("Date published: 3 November 2025", "en"),
        ("Veröffentlichungsdatum: 03.11.2025", "de"),
        ("Date de publication : 03/11/2025", "fr"),
        ("Fecha de publicación: 03/11/2025", "es"),
        ("Data di pubblicazione: 03/11/2025", "it"),
    ):
        record = extract(_superdesk_mag(info, lang))
        assert str(record.byline.published_at)[:10] == "2025-11-03", info


def test_a_publication_date_label_elsewhere_leaves_the_articles_date() -> None:
    """Counter-example: a book box's "Publication date:" in the text of a review dates the book; the
    article's own printed date stands."""
    book = ('<ul class="book-info"><li><strong>Publisher:</strong> Penguin</li>'
            "<li><strong>Publication date:</strong> 12 May 2019</li></ul>")
    html = page(f'<article><h1>{_HEADLINE}</h1><div class="entry-meta"><time class="entry-date published" '
                f'datetime="2025-11-03T10:00:00+00:00">3 November 2025</time></div>{PARAGRAPHS}{book}</article>')
    assert str(extract(html).byline.published_at)[:10] == "2025-11-03"


def _credit_line(line: str, lang: str = "en") -> str:
    return page(f'<article><h1>{_HEADLINE}</h1><div class="byline">{line}</div>{PARAGRAPHS}</article>', lang=lang)


def test_a_photographers_role_in_brackets_credits_no_writer() -> None:
    """Newscoop's themes print each credited author with the type the newsroom gave it, lower-cased:
    "By Jane Roe (writer), Tom Miller (photographer)" (sourcefabric/Newscoop, newscoop/install/
    sample_templates/the_new_custodian/templates/set_the_new_custodian/_tpl/article-cont.tpl). A
    photographer is no author (docs/labelling-guide.md, "people"); nor is one named so in Spanish,
    French or German."""
    for line, names, lang in (
        ('By <a href="/user/profile/jroe">Jane Roe</a> (writer), Tom Miller (photographer)', ["Jane Roe"], "en"),
        ("Por Juana Ruiz (redactora), Pedro Gil (fotógrafo)", ["Juana Ruiz"], "es"),
        ("Par Jeanne Roux (journaliste), Paul Martin (photographe)", ["Jeanne Roux"], "fr"),
        ("Von Anna Berg (Autorin), Tom Ruiz (Fotograf)", ["Anna Berg"], "de"),
    ):
        assert credited_people(extract(_credit_line(line, lang))) == names, line


def test_writers_with_other_roles_in_brackets_stay() -> None:
    """Counter-example: the other types Newscoop prints ("writer", "author", "columnist") credit writers,
    and a name holding the letters of a role ("Anna Fotografova") is a name."""
    line = "By Jane Roe (writer), Tom Miller (author), Anna Fotografova (columnist)"
    assert credited_people(extract(_credit_line(line))) == ["Jane Roe", "Tom Miller", "Anna Fotografova"]


def _arc_story(printed: str, stamp: str, head: str = "") -> str:
    """An Arc XP story header: the headline, byline and date blocks (WPMedia/arc-themes-blocks,
    blocks/date-block/features/date/default.jsx: ``dateTime`` is the story's UTC display_date, the
    text the same instant in the site's zone)."""
    return page(f'<article><h1 class="b-headline">{_HEADLINE}</h1><section class="b-byline">By '
                f'<a href="/people/jane-roe/">Jane Roe</a></section><time class="c-date b-date" dateTime="{stamp}">'
                f'{printed}</time><div class="b-article-body">{PARAGRAPHS}</div></article>', head)


def test_a_utc_stamp_printed_in_the_sites_zone_dates_the_printed_day() -> None:
    """A story published at 11:30 p.m. in New York carries 04:30 UTC the next day in ``dateTime``; a
    reader sees 3 November (docs/labelling-guide.md: the page's own time zone), declared by a meta in
    UTC or not."""
    late = ("November 3, 2025 at 11:30 p.m. EST", "2025-11-04T04:30:00.000Z")
    for head in ("", '<meta property="article:published_time" content="2025-11-04T04:30:00Z">'):
        published = extract(_arc_story(*late, head)).byline.published_at
        assert str(published) == "2025-11-03 23:30:00-05:00", head


def test_a_utc_stamp_of_another_instant_or_the_same_day_stands() -> None:
    """Counter-examples: a stamp on the day printed keeps its instant, and a printed time that is
    not the stamp's instant in the zone it names (an edit stamp) leaves the stamp's day."""
    same = extract(_arc_story("November 3, 2025 at 2:30 p.m. EST", "2025-11-03T19:30:00Z")).byline.published_at
    assert str(same) == "2025-11-03 19:30:00+00:00"
    other = extract(_arc_story("November 3, 2025 at 9:00 a.m. EST", "2025-11-04T04:30:00Z")).byline.published_at
    assert str(other)[:10] == "2025-11-04"
