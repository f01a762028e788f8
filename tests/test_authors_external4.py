"""People and agencies, fourteenth round (fields-external-4's misses, fourth session): what portals
print or declare where the writer's name goes that is no one, and where they print the writer."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page


def test_a_recommendation_widgets_vendor_or_like_button_is_no_writer() -> None:
    """A content-recommendation widget credits its vendor over its cards ("by Taboola", a link in its
    header), and a "like us" button sits in the author box beside the date ("15.08.2015, godz. 13:37
    Polub Money.pl", Polish "Like"): neither names a writer."""
    widget = page(f'<article><h1>Vitamin D does not prevent fractures</h1>{PARAGRAPHS}</article><div class="trc_rbox_header">'
                  '<div class="logoDiv link-attribution"><a class="trc_desktop_attribution_link"><span>by Taboola</span></a></div></div>')
    assert credited_people(extract(widget)) == []
    like = page('<article><h1>Witamina D nie chroni przed złamaniami</h1><div class="article__author"><div class="post-time">'
                '15.08.2015, <time>godz. 13:37</time></div><div class="like-us"><span>Polub Money.pl</span></div></div>'
                f'{PARAGRAPHS}</article>', lang="pl")
    assert credited_people(extract(like)) == []


def test_a_writer_named_like_a_widget_word_stays() -> None:
    """Counter-example: a writer's name in the author box beside the like button stays."""
    html = page('<article><h1>Witamina D nie chroni przed złamaniami</h1><div class="article__author"><span class="name">'
                f'Anna Kowalska</span><div class="like-us"><span>Polub Money.pl</span></div></div>{PARAGRAPHS}</article>', lang="pl")
    assert credited_people(extract(html)) == ["Anna Kowalska"]


def test_a_polish_company_or_a_media_group_declared_as_author_is_no_one() -> None:
    """Polish publishers declare their company as the author meta: "AWR Wprost Sp. z o.o." (a limited
    company), "Grupa Wirtualna Polska" (a media group, as "Grupo Clarín", "Groupe Le Monde")."""
    for meta in ("AWR Wprost Sp. z o.o.", "Grupa Wirtualna Polska", "Grupo Clarín"):
        html = page(f"<article><h1>Witamina D nie chroni przed złamaniami</h1>{PARAGRAPHS}</article>",
                    f'<meta name="author" content="{meta}">', lang="pl")
        assert credited_people(extract(html)) == [], meta


def test_a_name_holding_a_group_word_later_stays() -> None:
    """Counter-example: "Group" or "Sp" inside a person's name ("Anna Grupa", "Jan Spz") is a name."""
    for meta in ("Anna Grupa", "Jan Spz"):
        html = page(f"<article><h1>Witamina D nie chroni przed złamaniami</h1>{PARAGRAPHS}</article>",
                    f'<meta name="author" content="{meta}">', lang="pl")
        assert credited_people(extract(html)) == [meta], meta


def test_a_templates_placeholder_author_names_no_one() -> None:
    """A theme ships its author meta as "name, email@gmail.com" and a site leaves it: a placeholder."""
    html = page(f"<article><h1>Vitamin D does not prevent fractures</h1>{PARAGRAPHS}</article>",
                '<meta name="author" content="name, email@gmail.com">')
    assert credited_people(extract(html)) == []


def test_a_name_holding_the_placeholder_word_stays() -> None:
    """Counter-example: "Name" as a word of a name ("Jane Name") is no placeholder."""
    html = page(f"<article><h1>Vitamin D does not prevent fractures</h1>{PARAGRAPHS}</article>",
                '<meta name="author" content="Jane Name">')
    assert credited_people(extract(html)) == ["Jane Name"]


def test_a_security_vendors_research_desk_is_no_person() -> None:
    """Security blogs name their research desk in the author box and author meta ("G DATA Security
    Center", "Elastic Security Labs", "Check Point Research"); the writer, where the text prints one
    ("Written by John Dador" opening it), is the person."""
    for desk in ("G DATA Security Center", "Elastic Security Labs", "Check Point Research"):
        html = page(f'<article><h1>Inside a stealer\'s infrastructure</h1>{PARAGRAPHS}</article>',
                    f'<meta name="author" content="{desk}">')
        assert credited_people(extract(html)) == [], desk
    written = page(f'<article><h1>Inside a stealer\'s infrastructure</h1><div class="content"><p><i>Written by John Dador</i></p>'
                   f'{PARAGRAPHS}</div><div class="author-box"><h4 class="author-title">G DATA Security Center</h4></div></article>')
    assert credited_people(extract(written)) == ["John Dador"]


def test_a_surname_like_a_desk_word_stays() -> None:
    """Counter-example: "Labs" or "Research" inside a name, not closing it ("Anna Labsen", "Research Miller")."""
    for name in ("Anna Labsen", "Research Miller"):
        html = page(f"<article><h1>Inside a stealer's infrastructure</h1>{PARAGRAPHS}</article>",
                    f'<meta name="author" content="{name}">')
        assert credited_people(extract(html)) == [name], name


_HOST = "health.example.org"


def test_a_name_with_the_sites_address_in_brackets_is_the_publisher() -> None:
    """A publisher's author meta names it with its own address: "Deutsche Welle (www.dw.com)" on
    dw.com, here "Example Health (www.health.example.org)"."""
    html = page(f"<article><h1>Vitamin D does not prevent fractures</h1>{PARAGRAPHS}</article>",
                f'<meta name="author" content="Example Health Online (www.{_HOST})">')
    assert credited_people(extract(html)) == []


def test_a_writer_with_her_own_address_in_brackets_stays() -> None:
    """Counter-example: a writer's own blog after her name, another site's address, is hers."""
    html = page(f"<article><h1>Vitamin D does not prevent fractures</h1>{PARAGRAPHS}</article>",
                '<meta name="author" content="Jane Roe (janeroe.net)">')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_bold_author_label_in_its_list_item_names_the_writer() -> None:
    """An info list of label and value pairs, the label bold and the value its tail: "<li><strong>Author
    </strong> Julian Tompkin</li>" (DW's "Date", "Author", "Related Subjects")."""
    html = page(f"<article><h1>Uncorking the wines of Georgia</h1>{PARAGRAPHS}<ul class=\"smallList\"><li><strong>Date"
                "</strong> 12.05.2019</li><li><strong>Author</strong> Julian Tompkin</li></ul></article>")
    assert credited_people(extract(html)) == ["Julian Tompkin"]


def test_a_bold_author_word_opening_a_sentence_or_a_longer_item_is_no_label() -> None:
    """Counter-examples: "<li><strong>Author</strong> events are held every month</li>" is a sentence,
    and an item printing text before the bold word is no pair."""
    for item in ("<li><strong>Author</strong> events are held every month</li>",
                 "<li>Meet the <strong>Author</strong> Julian Tompkin</li>"):
        html = page(f"<article><h1>Uncorking the wines of Georgia</h1>{PARAGRAPHS}<ul>{item}</ul></article>")
        assert credited_people(extract(html)) == [], item
