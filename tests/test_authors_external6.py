"""People on the external-6 pool's misses of wrong or incomplete names (issue 16, Mercury's fixtures
of US and Japanese news): each class on a page made for it, with a counter-example that must not change."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page

_HEADLINE = "<h1>Ambassador to resign at the end of the year</h1>"


def _article(byline: str) -> str:
    return page(f'<article itemscope itemtype="http://schema.org/NewsArticle">{_HEADLINE}{byline}{PARAGRAPHS}</article>')


def test_one_person_item_around_several_names_credits_each() -> None:
    # nytimes.com: p[itemprop=author] is one Person item around "By A, B and C", a name span for each.
    html = _article('<p itemprop="author" itemscope itemtype="http://schema.org/Person">By <a href="/by/jane-roe">'
                    '<span itemprop="name">Jane Roe</span></a>, <a href="/by/tom-miller"><span itemprop="name">'
                    'Tom Miller</span></a> and <a href="/by/ali-khan"><span itemprop="name">Ali Khan</span></a></p>')
    assert credited_people(extract(html)) == ["Jane Roe", "Tom Miller", "Ali Khan"]


def test_a_person_item_printing_its_name_again_in_part_is_one_author() -> None:
    html = _article('<div itemprop="author" itemscope itemtype="http://schema.org/Person">By <a href="/by/jane-roe">'
                    '<span itemprop="name">Jane Roe</span></a><p class="bio">Follow <span itemprop="name">Jane</span>'
                    ' on social media.</p></div>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_an_author_link_after_an_illustration_label_credits_no_writer() -> None:
    # The New Yorker: "By <a rel=author>A</a>" then "Illustration by <a rel=author>B</a>", both author links.
    html = page(f'<article>{_HEADLINE}<div class="byline-hero"><p>By <a rel="author" href="/contributors/jane-roe">'
                'Jane Roe</a></p><p>Illustration by <a rel="author" href="/contributors/tom-miller">Tom Miller</a></p>'
                f'</div>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_translators_list_under_its_label_credits_no_writer() -> None:
    # InfoQ Japan: one author widget, the writer's list under "作者：", the translator's under "翻訳者".
    item = '<ul class="authors"><li><span class="author__name"><a class="author__link" href="/profile/{0}">{1}</a></span></li></ul>'
    html = page(f'<article>{_HEADLINE}<div class="article__authors"><div><p class="meta">作者：</p>'
                + item.format("jane-roe", "Jane Roe") + '</div><div><p class="meta">翻訳者</p>'
                + item.format("nakamura", "中村 真子") + f"</div></div>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_writer_who_took_the_photos_too_stays_the_author() -> None:
    # Counter-example: "Text and photos by" credits the writer, "and" a co-author.
    html = page(f'<article>{_HEADLINE}<div class="byline-hero"><p>Text and photos by <a rel="author" '
                'href="/contributors/jane-roe">Jane Roe</a> and <a rel="author" href="/contributors/tom-miller">'
                f'Tom Miller</a></p></div>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Jane Roe", "Tom Miller"]


def _ja_article(byline: str) -> str:
    return page('<article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">'
                f'普通に使える手のひらサイズの超小型スマホの実機チェック</h1>{byline}{PARAGRAPHS}</article>',
                title="超小型スマホの実機チェック - 週刊サンプル", lang="ja")


def test_a_japanese_text_credit_names_the_writer_without_mark_or_desk() -> None:
    # Weekly ASCII: "文●オカモト／ASCII編集部", text (文) by Okamoto, of the ASCII editorial desk.
    html = _ja_article('<p class="author" itemprop="author">文●オカモト／ASCII編集部</p>')
    assert credited_people(extract(html)) == ["オカモト"]


def test_a_japanese_credit_line_names_the_writer_not_the_photographer() -> None:
    html = _ja_article('<p class="author" itemprop="author">取材・文◎山田太郎　写真◎佐藤花子</p>')
    assert credited_people(extract(html)) == ["山田太郎"]


def test_a_chinese_text_credit_stays_read_as_before() -> None:
    # Counter-example: "文/王小明" (text by, a Chinese credit) keeps its name.
    html = _ja_article('<p class="author" itemprop="author">文/王小明</p>')
    assert credited_people(extract(html)) == ["王小明"]


def _partner_article(name: str, logo: str) -> str:
    return page(f'<article>{_HEADLINE}<ul class="meta"><li><a href="/archives/author/neol" rel="author">{name}</a>'
                f'</li></ul>{PARAGRAPHS}{logo}</article>')


def test_a_partner_credited_with_its_logo_linking_its_home_page_is_no_person() -> None:
    # getnews.jp: the partner magazine in the author link, its logo under the text linking its own site.
    html = _partner_article("Neol Tokyo", '<div class="partnerlogo"><a href="http://www.neol.example.jp/">'
                            '<img src="/img/partner/origin_neol.png" alt="Neol Tokyo"></a></div>')
    assert credited_people(extract(html)) == []


def test_an_avatar_linking_the_writers_own_site_keeps_the_writer() -> None:
    # Counter-example: the writer's picture links her own site: no logo, she stays the author.
    html = _partner_article("Jane Roe", '<div class="bio"><a href="https://janeroe.example.net/">'
                            '<img src="/img/avatars/jane-roe.jpg" alt="Jane Roe"></a></div>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_photographers_credit_in_the_byline_text_names_no_writer() -> None:
    # The New Yorker's "Illustration by" printed in the line itself: "By A. Photographs by B".
    html = page(f'<article>{_HEADLINE}<p class="byline">By Jane Roe. Photographs by Tom Miller</p>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_translators_credit_after_the_writer_names_no_writer() -> None:
    html = page(f'<article>{_HEADLINE}<p class="byline">By Jane Roe, translated by Tom Miller</p>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Jane Roe"]


def test_a_writer_credited_for_text_and_photos_stays_the_author() -> None:
    # Counter-example: "Text and photos by" is the writer's own credit.
    html = page(f'<article>{_HEADLINE}<p class="byline">Text and photos by Jane Roe</p>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Jane Roe"]
