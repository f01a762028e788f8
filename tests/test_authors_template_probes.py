"""People credited by the byline markup of CMS templates, themes and platforms (issue 16, template-source
probes, fifth session): each test's page renders what a cited template prints, and the Chinese
credits the labelling guide settles."""

from __future__ import annotations

from conftest import html_document
from harvester.fields.byline import split_authors
from tests.field_pages import PARAGRAPHS, ZH_PARAGRAPHS, credited_people, extract, page, zh_page

_HEADLINE = "<h1>Vitamin D pills do not prevent fractures</h1>"
_LEDE = "上海市交通委员会今日表示，地铁新线的土建工程已经全部完成，预计年底前正式通车。"


def test_an_interns_line_in_a_chinese_credit_is_no_writer() -> None:
    """docs/labelling-guide.md ("Chinese credits"): interns' lines (实习生) are not people. The lede's
    bracket "本报讯（记者 张伟 实习生 李华）", the unbracketed "本报讯 记者王小明 实习生李华 报道：", a
    credit line "澎湃新闻记者 刘威 实习生 张三" and a closing "（记者 王小明 实习生 赵六）" credit the
    reporter alone; an intern alone credits no one."""
    for html, names in (
        (zh_page(f"<p>本报讯（记者 张伟 实习生 李华）{_LEDE}</p>{ZH_PARAGRAPHS}"), ["张伟"]),
        (zh_page(f"<p>本报讯（实习生李华 本报记者张伟）{_LEDE}</p>{ZH_PARAGRAPHS}"), ["张伟"]),
        (zh_page(f"<p>本报讯 记者王小明 实习生李华 报道：{_LEDE}</p>{ZH_PARAGRAPHS}"), ["王小明"]),
        (zh_page(f'<div class="news_about"><p>澎湃新闻记者 刘威 实习生 张三</p></div>{ZH_PARAGRAPHS}'), ["刘威"]),
        (zh_page(f"{ZH_PARAGRAPHS}<p>（记者 王小明 实习生 赵六）</p>"), ["王小明"]),
        (zh_page(f"<p>（实习生 李华）{_LEDE}</p>{ZH_PARAGRAPHS}"), []),
    ):
        assert credited_people(extract(html)) == names


def test_a_correspondent_after_an_intern_stays() -> None:
    """Counter-example: only the intern's names go; a correspondent (通讯员) named after the intern
    is a person (the guide's gold: "（职工通讯员 李琴雯 刘会）"), and so is a reporter whose text
    mentions interns ("实习生占比")."""
    after = zh_page(f"<p>本报讯（实习生 李华 记者 张伟 通讯员 赵六）{_LEDE}</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(after)) == ["张伟", "赵六"]
    mention = zh_page(f"<p>本报讯（记者 张伟）今年企业招聘中实习生占比达百分之十四。{_LEDE}</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(mention)) == ["张伟"]


def test_a_bylines_lines_stay_apart_in_the_raw_byline() -> None:
    """Old newspaper templates and author boxes break the byline into lines with ``<br>``: "By Jane
    Roe<br>Staff Writer", "Jane Roe<br>Washington". The raw byline keeps the break (a reader sees two
    lines), where the element's text glued "Jane RoeStaff Writer"; the names read stay the same."""
    role = extract(page(f'<article>{_HEADLINE}<div class="byline">By Jane Roe<br>Staff Writer</div>{PARAGRAPHS}</article>'))
    assert role.byline.raw == "By Jane Roe\nStaff Writer"
    assert credited_people(role) == ["Jane Roe"]
    two = extract(page(f'<article>{_HEADLINE}<p class="byline">By Jane Roe<br/>and John Smith</p>{PARAGRAPHS}</article>'))
    assert (two.byline.raw, credited_people(two)) == ("By Jane Roe\nand John Smith", ["Jane Roe", "John Smith"])


def test_a_byline_without_a_break_is_one_line() -> None:
    """Counter-example: a byline whose parts are elements, not lines, reads as one line."""
    html = page(f'<article>{_HEADLINE}<div class="byline">By <a href="/author/jane-roe/">Jane Roe</a> '
                f'<span>Staff Writer</span></div>{PARAGRAPHS}</article>')
    assert extract(html).byline.raw == "By Jane Roe Staff Writer"


def _genesis(title: str) -> str:
    """A Genesis post with its author box after the entry, as genesis_get_author_box renders it
    (StudioPress Genesis, lib/structure/post.php; its copy in the tally theme's functions): the box
    a schema.org Person, the title "About" and the name in a span of its own."""
    return page('<article class="post entry" itemscope itemtype="https://schema.org/CreativeWork"><header '
                f'class="entry-header">{_HEADLINE}</header><div class="entry-content" itemprop="text">{PARAGRAPHS}</div>'
                '</article><section class="author-box" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                f'<img alt="" src="/avatar.png" class="avatar"><h4 class="author-box-title">{title}</h4>'
                '<div class="author-box-content" itemprop="description"><p>Jane Roe covers health and medicine for '
                'Example Health.</p></div></section>')


def test_an_author_box_titled_about_the_writer_names_the_writer() -> None:
    """Genesis's author box titles itself "About <span itemprop=name>Jane Roe</span>": the writer is
    Jane Roe, not "About Jane Roe"."""
    assert credited_people(extract(_genesis('About <span itemprop="name">Jane Roe</span>'))) == ["Jane Roe"]


def test_an_author_box_titled_with_the_name_alone_keeps_it() -> None:
    """Counter-example: a box whose title is the name alone keeps the whole name; the German
    translation of the title's word ("Über Jane Roe") goes as the English does."""
    assert credited_people(extract(_genesis('<span itemprop="name">Jane Roe</span>'))) == ["Jane Roe"]
    assert credited_people(extract(_genesis('Über <span itemprop="name">Jane Roe</span>'))) == ["Jane Roe"]


def _substack(article_class: str) -> str:
    """A Substack post as its pages print it (the markup scrapers select: "h1.post-title",
    "span.byline-names", "div.available-content"; e.g. run-llama's llama_index Substack reader):
    the article classed "typography newsletter-post post", the writers' names linked in their
    profile cards, no structured data."""
    return page(f'<article class="{article_class}"><div class="post-header"><h1 dir="auto" class="post-title published">'
                'Vitamin D pills do not prevent fractures</h1><h3 dir="auto" class="subtitle">What a five-year trial '
                'found</h3><div class="byline-wrapper"><div class="pencraft byline-names"><span class="pencraft">'
                '<span class="profile-hover-card-target"><a href="https://substack.com/@janeroe">Jane Roe</a></span>'
                '</span><span class="pencraft"> and </span><span class="pencraft"><span class="profile-hover-card-target">'
                '<a href="https://substack.com/@jsmith">John Smith</a></span></span></div><div class="pencraft meta">'
                f'Nov 04, 2025</div></div></div><div class="available-content"><div dir="auto" class="body markup">'
                f'{PARAGRAPHS}</div></div></article>')


def test_a_substack_posts_byline_names_its_writers() -> None:
    """Substack classes every post "newsletter-post": the post itself, whose byline names the writers,
    not a newsletter sign-up box whose names would be furniture."""
    assert credited_people(extract(_substack("typography newsletter-post post"))) == ["Jane Roe", "John Smith"]


def test_a_newsletter_box_is_still_furniture() -> None:
    """Counter-example: a box named for the newsletter ("newsletter-signup") beside the post is
    furniture still; a byline inside it credits no one. (A box so named around the headline is the
    post's wrapper, see ``_holds_the_headline``.)"""
    html = page('<article class="typography newsletter-post post"><h1 class="post-title">Vitamin D pills do not prevent '
                f'fractures</h1><div class="available-content">{PARAGRAPHS}</div></article><div class="newsletter-signup">'
                '<div class="pencraft byline-names"><a href="https://substack.com/@janeroe">Jane Roe</a> and '
                '<a href="https://substack.com/@jsmith">John Smith</a></div><p>Subscribe to their weekly letter.</p></div>')
    assert credited_people(extract(html)) == []


def _drupal_field(label: str, items: str) -> str:
    """A Drupal node with a field's label over its items, as core's field.html.twig prints a field
    whose label is shown inline: "<div class=field__label>…</div><div class=field__items><div
    class=field__item>…</div>…</div>" (the field's machine name says nothing of authors here)."""
    return page('<article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field '
                'field--name-title field--type-string">Vitamin D pills do not prevent fractures</span></h1><div class="field '
                f'field--name-field-credit field--type-string field--label-inline"><div class="field__label">{label}</div>'
                f'<div class="field__items">{items}</div></div><div class="node__content"><div class="field '
                f'field--name-body field--type-text-with-summary field__item">{PARAGRAPHS}</div></div></article>')


def test_a_plural_or_foreign_author_label_is_no_name() -> None:
    """The label of a multi-author byline or of an author field, in the plural and in the languages
    news sites print it: "Autorzy: Anna Nowak, Piotr Kowalski" (Polish), "Autoři:" (Czech), "Авторы:"
    (Russian) opening a byline, and a Drupal field's label "Автор" or "Szerzők" (Hungarian) over its
    item, name the people after them, not "Autorzy: Anna Nowak"."""
    for line, names in (("Autorzy: Anna Nowak, Piotr Kowalski", ["Anna Nowak", "Piotr Kowalski"]),
                        ("Autoři: Jana Nováková, Petr Svoboda", ["Jana Nováková", "Petr Svoboda"]),
                        ("Авторы: Анна Иванова, Пётр Смирнов", ["Анна Иванова", "Пётр Смирнов"])):
        html = page(f'<article>{_HEADLINE}<div class="byline">{line}</div>{PARAGRAPHS}</article>')
        assert credited_people(extract(html)) == names, line
    for label, name in (("Автор", "Анна Иванова"), ("Szerzők", "Kovács Anna")):
        html = _drupal_field(label, f'<div class="field__item">{name}</div>')
        assert credited_people(extract(html)) == [name], label


def test_a_plural_label_without_its_colon_is_a_word_of_the_name() -> None:
    """Counter-example: without its colon a plural label is a word like any other: a byline "Authors
    Guild" keeps it (no "Guild" is credited)."""
    html = page(f'<article>{_HEADLINE}<div class="byline">Authors Guild</div>{PARAGRAPHS}</article>')
    assert "Guild" not in credited_people(extract(html))


def test_an_author_fields_items_are_read_apart() -> None:
    """Drupal's field template prints each of a field's values in an element of its own under the
    label: "Authors" over "<div class=field__item>Jane Roe</div><div class=field__item>John Smith</div>"
    names two people, not "Jane RoeJohn Smith"; and where the field is named for its authors
    ("field--name-field-autores") the label printed inside it ("Autores") is no one."""
    items = '<div class="field__item">Jane Roe</div><div class="field__item">John Smith</div>'
    assert credited_people(extract(_drupal_field("Authors", items))) == ["Jane Roe", "John Smith"]
    named = _drupal_field("Autores", '<div class="field__item">Ana García</div><div class="field__item">Juan López</div>')
    named = named.replace("field--name-field-credit", "field--name-field-autores")
    assert credited_people(extract(named)) == ["Ana García", "Juan López"]


def test_an_author_fields_one_item_stays_whole() -> None:
    """Counter-example: one item is one name, its words set in elements of their own or not."""
    for item in ('<div class="field__item">Jane Roe</div>', '<div class="field__item"><span>Jane</span> <span>Roe</span></div>'):
        assert credited_people(extract(_drupal_field("Authors", item))) == ["Jane Roe"], item


def _wordpress(site: str, author: str) -> str:
    """A WordPress page as underscores' header.php and Twenty Twenty-One's byline print it: the
    blog's name linked rel="home" in the banner, "By <a rel=author>" closing the post."""
    return html_document(
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a '
        f'href="https://health.example.org/" rel="home">{site}</a></p></div></header><main id="main" class="site-main">'
        f'<article class="post type-post hentry entry">{_HEADLINE}<div class="entry-content">{PARAGRAPHS}</div>'
        '<footer class="entry-footer"><div class="posted-by"><span class="posted-on">Published <time class="entry-date '
        'published" datetime="2025-11-04T09:00:00+00:00">November 4, 2025</time></span><span class="byline">By <a '
        f'href="/author/editor/" rel="author">{author}</a></span></div></footer></article></main>',
        "<title>Vitamin D pills do not prevent fractures &#8211; Example Health</title>")


def test_a_byline_crediting_the_blogs_name_credits_the_site() -> None:
    """A post bylined with the blog's own name, as its banner links it rel="home" (the account the
    site posts under), credits no person."""
    assert credited_people(extract(_wordpress("Example Health", "Example Health"))) == []


def test_a_writer_beside_the_blogs_name_stays() -> None:
    """Counter-example: a writer whose name shares a word with the blog's stays a person."""
    assert credited_people(extract(_wordpress("The Roe Report", "Jane Roe"))) == ["Jane Roe"]


def _discuz(fields: str) -> str:
    """A Discuz portal article's info line as its template prints it (portal/view.htm: the date,
    "{lang view_publisher}" 发布者, views, comments, then "{lang view_author_original}" 原作者 and
    "{lang from}" 来自, fields apart by "<span class=pipe>|</span>")."""
    line = '<span class="pipe">|</span>'.join(("2025-11-04 09:00", "发布者: admin", "查看: 1234", "评论: 0", *fields.split("/")))
    return zh_page(f'<p class="xg1">{line}</p>{ZH_PARAGRAPHS}')


def test_a_discuz_articles_original_author_is_the_writer() -> None:
    """Discuz credits the writer as the original author ("原作者: 张三"), beside the account that
    posted the article ("发布者: admin", the CMS's default login)."""
    assert credited_people(extract(_discuz("原作者: 张三/来自: 新华网"))) == ["张三"]


def test_a_discuz_article_without_an_original_author_names_no_one() -> None:
    """Counter-example: without the field, the line names only the posting account and the source."""
    assert credited_people(extract(_discuz("来自: 新华网"))) == []


def test_the_last_two_writers_are_apart_in_more_languages() -> None:
    """Newspack's byline (newspack-theme, inc/template-tags.php) and Co-Authors Plus join the last
    two writers with their translated " and ": Lithuanian "ir", Indonesian "dan", Vietnamese "và"
    part two people."""
    for line, names in (("Ona Petraitienė ir Jonas Kazlauskas", ["Ona Petraitienė", "Jonas Kazlauskas"]),
                        ("Siti Rahma dan Budi Santoso", ["Siti Rahma", "Budi Santoso"]),
                        ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"])):
        html = page(f'<article>{_HEADLINE}<span class="byline"><span>by</span> {line}</span>{PARAGRAPHS}</article>')
        assert credited_people(extract(html)) == names, line


def test_a_capitalised_dan_is_a_name() -> None:
    """Counter-example: only the small joiner parts names; "Tim Dan" and "Dan Brown" keep their "Dan",
    and a French "un" is no joiner ("Pétition soutenue par un Super contributeur" names no one)."""
    for line, names in (("Tim Dan", ["Tim Dan"]), ("Dan Brown", ["Dan Brown"])):
        html = page(f'<article>{_HEADLINE}<span class="byline"><span>by</span> {line}</span>{PARAGRAPHS}</article>')
        assert credited_people(extract(html)) == names, line
    assert split_authors("Pétition soutenue par un Super contributeur") == []
