"""People on the external-8 pool's misses (issue 16, the fourth pool: article-extractor's blogs,
mediacloud's news, webarticle2text's NBC page): each class on a page made for it, with a
counter-example that must not change."""

from __future__ import annotations

from conftest import html_document

from tests.field_pages import PARAGRAPHS, credited_people, extract

_HEADLINE = "<h1>Fragments: February 25</h1>"


def _personal_site(body: str, head: str = "", *, host: str = "janeroe.com") -> tuple[str, str]:
    # A personal site: its banner links home under its address, nothing names it in words.
    html = html_document(f'<header><a href="/">{host}</a></header><main>{body}</main>',
                         f'<title>Fragments</title><meta property="og:site_name" content="{host}">{head}')
    return html, f"https://{host}/fragments/2026-02-25.html"


def test_a_personal_sites_owner_printed_as_its_byline_is_the_writer() -> None:
    # martinfowler.com: <div class="author">Martin Fowler: 25 Feb 2026</div> under the h1.
    html, url = _personal_site(f'{_HEADLINE}<div class="author">Jane Roe: 25 Feb 2026</div>{PARAGRAPHS}')
    assert credited_people(extract(html, url)) == ["Jane Roe"]


def test_a_personal_sites_owner_crediting_a_post_in_its_text_is_the_writer() -> None:
    # simonwillison.net ("Simon Willison’s Weblog"): meta author and "collected by Simon Willison".
    html, url = _personal_site(f'{_HEADLINE}{PARAGRAPHS}<p>This is a quotation collected by Jane Roe.</p>',
                               '<meta name="author" content="Jane Roe">')
    html = html.replace('content="janeroe.com"', 'content="Jane Roe’s Weblog"')
    assert credited_people(extract(html, url)) == ["Jane Roe"]


def test_the_owners_name_only_in_the_sites_name_credits_no_one() -> None:
    # Counter-example: a guide's chapter on simonwillison.net prints the name only as the masthead's.
    html, url = _personal_site(f'{_HEADLINE}{PARAGRAPHS}', '<meta name="author" content="Jane Roe">')
    html = html.replace('content="janeroe.com"', 'content="Jane Roe’s Weblog"').replace(">janeroe.com</a>", ">Jane Roe’s Weblog</a>")
    assert credited_people(extract(html, url)) == []


def test_a_brand_named_in_words_stays_the_publisher() -> None:
    # Counter-example: a site with a name of its own ("Mail Online" on dailymail.co.uk) crediting its address's words.
    html, url = _personal_site(f'{_HEADLINE}<div class="author">Daily Mail: 25 Feb 2026</div>{PARAGRAPHS}',
                               host="dailymail.co.uk")
    html = html.replace('content="dailymail.co.uk"', 'content="Mail Online"')
    assert credited_people(extract(html, url)) == []


def _tagdiv(author: str, head: str = "", *, by: str = "Nga") -> str:
    # tagDiv Newspaper (telegraf.al): the credit word in its own div, then the author's archive link.
    return html_document(
        '<header><a href="/">Lajme Shqip</a></header><main><article itemscope itemtype="https://schema.org/Article"><header class="td-post-title">'
        '<h1 class="entry-title">Mancester, sulm i tmerrshëm, plagosen pesë persona</h1>'
        f'<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">{by}</div> '
        f'<a href="/author/arben/">{author}</a><div class="td-author-line"> - </div></div></div></header>'
        f'{PARAGRAPHS}</article></main>', f"<title>Mancester</title>{head}", lang="sq")


def test_the_credit_words_own_element_names_no_one() -> None:
    assert credited_people(extract(_tagdiv("Arben Hoxha"))) == ["Arben Hoxha"]


def test_a_credit_word_element_in_english_keeps_its_writer() -> None:
    # Counter-example: the English template's "By" was read right before and stays so.
    assert credited_people(extract(_tagdiv("Arben Hoxha", by="By"))) == ["Arben Hoxha"]


_PERSON_ITEM = ('<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                '<meta itemprop="name" content="{0}"></span>')


def test_a_newspaper_named_gazeta_is_the_publisher_not_a_person() -> None:
    # telegraf.al: "Nga Gazeta Telegraf", its microdata Person "Gazeta Telegraf", og:site_name the same.
    head = '<meta property="og:site_name" content="Gazeta Telegraf">'
    html = _tagdiv("Gazeta Telegraf", head).replace("</h1>", "</h1>" + _PERSON_ITEM.format("Gazeta Telegraf"))
    assert credited_people(extract(html)) == []


def test_a_person_item_named_otherwise_stays_the_writer() -> None:
    head = '<meta property="og:site_name" content="Gazeta Telegraf">'
    html = _tagdiv("Arben Hoxha", head).replace("</h1>", "</h1>" + _PERSON_ITEM.format("Arben Hoxha"))
    assert credited_people(extract(html)) == ["Arben Hoxha"]


def _meta_page(head: str) -> str:
    return html_document('<header><a href="/">Diario Bahía</a></header><main><article><h1>Nuevo encuentro con '
                         f'Defensa para negociar la desafectación de suelo</h1>{PARAGRAPHS}</article></main>',
                         f"<title>Nuevo encuentro</title>{head}", lang="es")


def test_a_one_word_account_after_a_newsroom_meta_is_no_writer() -> None:
    # diariobahiadecadiz.com: meta author "Redacción", article:author "Dany" (the account that posted it).
    head = '<meta name="author" content="Redacción"><meta property="article:author" content="Dany">'
    assert credited_people(extract(_meta_page(head))) == []


def test_a_full_name_after_a_newsroom_meta_stays_the_writer() -> None:
    # Counter-example: a person's name of two words in the later meta is a writer's.
    head = '<meta name="author" content="Redacción"><meta property="article:author" content="Daniel Pérez">'
    assert credited_people(extract(_meta_page(head))) == ["Daniel Pérez"]


def test_a_one_word_author_meta_alone_is_unchanged() -> None:
    # Counter-example: with no newsroom credit, a blogger's one-word name stays.
    assert credited_people(extract(_meta_page('<meta property="article:author" content="Dany">'))) == ["Dany"]


def _declared(names: list[str], byline: str) -> str:
    authors = ", ".join(f'{{"@type": "Person", "name": "{name}"}}' for name in names)
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "Gunfight kills Navy SEAL in Somalia", "author": [{authors}]}}</script>')
    return html_document('<header><a href="/">Example News</a></header><main><article><h1>Gunfight kills Navy SEAL '
                         f'in Somalia</h1><p class="byline_article">{byline}</p>{PARAGRAPHS}</article></main>',
                         f"<title>Gunfight kills Navy SEAL</title>{head}")


def test_a_byline_adding_a_co_author_to_the_declared_one_credits_both() -> None:
    # nbcnews.com: JSON-LD author "Courtney Kube", byline "by Courtney Kube and Hans Nichols".
    html = _declared(["Jane Roe"], "by Jane Roe and Tom Miller")
    assert credited_people(extract(html)) == ["Jane Roe", "Tom Miller"]


def test_a_byline_leaving_out_a_declared_author_adds_no_one() -> None:
    # Counter-example: the byline does not name every declared person: the declaration stands.
    html = _declared(["Jane Roe", "Ali Khan"], "by Jane Roe and Tom Miller")
    assert credited_people(extract(html)) == ["Jane Roe", "Ali Khan"]


def test_a_brand_writing_its_address_with_capitals_stays_the_publisher() -> None:
    # Counter-example: elcolombiano.com ("ElColombiano.com") crediting "El Colombiano" under the headline.
    html, url = _personal_site(f'{_HEADLINE}<div class="author">Jane Roe: 25 Feb 2026</div>{PARAGRAPHS}')
    html = html.replace('content="janeroe.com"', 'content="JaneRoe.com"')
    assert credited_people(extract(html, url)) == []


def test_a_site_naming_itself_nowhere_has_no_owner() -> None:
    # Counter-example: hildesheimer-presse.de declares no name; its byline spelling the address is the site.
    html, url = _personal_site(f'{_HEADLINE}<div class="author">Jane Roe: 25 Feb 2026</div>{PARAGRAPHS}')
    html = html.replace('<meta property="og:site_name" content="janeroe.com">', "")
    assert credited_people(extract(html, url)) == []


def _hey(header: str) -> str:
    return html_document(f'<main><header>{header}</header><p>February 5, 2026</p><h2><span>Clankers with claws'
                         f'</span></h2><section><article><div class="trix-content">{PARAGRAPHS}</div></article>'
                         '</section></main>', "<title>Clankers with claws</title>")


def test_a_link_labelled_as_the_writers_posts_credits_him() -> None:
    # world.hey.com: <a aria-label="All posts from David Heinemeier Hansson" href="/dhh"><img><p>David …</p></a>.
    html = _hey('<a aria-label="All posts from Jane Roe" href="/jroe"><img src="/jroe/avatar"><p>Jane Roe</p></a>')
    assert credited_people(extract(html, "https://world.example.com/jroe/clankers-with-claws-9f86fa71")) == ["Jane Roe"]


def test_links_labelled_for_several_writers_credit_no_one() -> None:
    # Counter-example: a team box labels each member's posts; none of them is known to be the writer.
    html = _hey('<a title="Posts by Jane Roe" href="/jroe">Jane Roe</a><a title="Posts by Tom Miller" href="/tmiller">'
                'Tom Miller</a>')
    assert credited_people(extract(html, "https://world.example.com/jroe/clankers-with-claws-9f86fa71")) == []


def test_a_publisher_writing_the_address_with_capitals_makes_a_brand() -> None:
    # Counter-example: elcolombiano.com, og:site_name "www.elcolombiano.com", its JSON-LD publisher "ElColombiano.com".
    publisher = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                 '"headline": "Fragments", "publisher": {"@type": "Organization", "name": "JaneRoe.com"}}</script>')
    html, url = _personal_site(f'{_HEADLINE}<div class="author">Jane Roe: 25 Feb 2026</div>{PARAGRAPHS}', publisher)
    assert credited_people(extract(html, url)) == []


def test_a_hidden_link_labelled_as_the_writers_posts_credits_no_one() -> None:
    # Counter-example: Avada's hidden vcard (jagd-oesterreich.at): "Beiträge von Lutz Molter" no reader sees.
    html = _hey('<span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/jroe/" '
                'title="Beiträge von Jane Roe" rel="author">Jane Roe</a></span></span>')
    assert credited_people(extract(html, "https://world.example.com/jroe/clankers-with-claws-9f86fa71")) == []
