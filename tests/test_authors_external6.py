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
