"""People credited under Joomla's translated "Written by %s" (template-source probes of systems and
languages not yet probed, sixth session). Joomla's article info prints the string
``COM_CONTENT_WRITTEN_BY`` of the site's language before the author's name: Joomla 2.5's
``components/com_content/views/article/tmpl/default.php`` inside ``<dd class="createdby">`` with no
microdata, Joomla 3's ``layouts/joomla/content/info_block/author.php`` the same with
``itemprop="author"``. Its translations (joomla/joomla-cms, language/hu-HU/hu-HU.com_content.ini
"Írta: %s", language/sk-SK/sk-SK.com_content.ini "Napísal: %s"; the Czech pack as sites ship it,
resyst-cz/cyklo-janicek, language/cs-CZ/cs-CZ.com_content.ini "Napsal %s") left the label glued to the
name ("Írta: Kovács Péter")."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page

_CS_TEXT = ("<p>Ministerstvo zdravotnictví zveřejnilo novou studii o vitaminu D, podle které doplňky stravy "
            "nechrání před zlomeninami.</p>"
            "<p>Napsal jsem ministrovi dopis, řekl předseda lékařské komory, a čekám na odpověď do konce měsíce.</p>"
            "<p>Lékaři přesto doporučují, aby lidé s prokázaným nedostatkem užívali to, co jim předepíše lékař.</p>")


def _joomla25_article(label: str, name: str, lang: str) -> str:
    """Joomla 2.5's article view: the headline, the ``dl.article-info`` of category, date, author and
    hits, the text, a sidebar module."""
    return page('<div class="item-page"><h2><a href="/hirek/12-vitamin-d">Vitamin D pills do not prevent fractures</a></h2>'
                '<dl class="article-info"><dt class="article-info-term">Details</dt>'
                '<dd class="category-name"><a href="/hirek">Hírek</a></dd>'
                '<dd class="published">2025-11-03</dd>'
                f'<dd class="createdby">{label} {name}</dd><dd class="hits">123</dd></dl>'
                f'{PARAGRAPHS}</div><div class="moduletable"><h3>Népszerű</h3><ul class="mostread">'
                '<li><a href="/hirek/7-influenza">Flu season starts early</a></li></ul></div>',
                title="Vitamin D pills do not prevent fractures - Example Health", lang=lang)


def test_joomlas_translated_written_by_labels_no_name() -> None:
    """hu "Írta:", sk "Napísal:", cs "Napsal" before the name credit the name alone."""
    for label, name, lang in (("Írta:", "Kovács Péter", "hu"), ("Napísal:", "Ján Kováč", "sk"),
                              ("Napsal", "Jan Novák", "cs")):
        assert credited_people(extract(_joomla25_article(label, name, lang))) == [name], label
        html = page(f'<article><h1>Vitamin D pills do not prevent fractures</h1><p class="byline">{label} {name}</p>'
                    f'{PARAGRAPHS}</article>', lang=lang)
        assert credited_people(extract(html)) == [name], label


def test_the_same_verbs_in_a_sentence_credit_no_one() -> None:
    """Counter-example: "Napsal jsem ministrovi dopis" (I wrote a letter) in the text and as a lead, and
    Hungarian "írta" in a sentence of a meta line, credit no one."""
    headline = "<h1>Vitamin D nechrání před zlomeninami</h1>"
    assert credited_people(extract(page(f"<article>{headline}{_CS_TEXT}</article>", lang="cs"))) == []
    html = page(f'<article>{headline}<p class="lead">Napsal jsem dopis.</p>{_CS_TEXT}</article>', lang="cs")
    assert credited_people(extract(html)) == []
    html = page('<article><h1>A D-vitamin nem véd a törések ellen</h1><p class="meta">Ezt írta a minisztérium '
                'szóvivője</p><p>A minisztérium új tanulmányt tett közzé a D-vitaminról, amely szerint az '
                'étrend-kiegészítők nem védenek a törések ellen.</p><p>Az orvosok ennek ellenére azt javasolják, '
                'hogy akinek hiánya van, szedje, amit az orvosa felír.</p></article>', lang="hu")
    assert credited_people(extract(html)) == []


def test_joomlas_vietnamese_written_by() -> None:
    """Joomla 1.5's Vietnamese pack prints "Written by %s" as "Viết bởi %s" (congthanhkid/xaydungWeb-joomla,
    language/vi-VN/vi-VN.com_content.ini): the writer was read as no one."""
    name = "Nguyễn Văn An"
    assert credited_people(extract(_joomla25_article("Viết bởi", name, "vi"))) == [name]
    html = page(f'<article><h1>Vitamin D pills do not prevent fractures</h1><p class="byline">Viết bởi {name}</p>'
                f'{PARAGRAPHS}</article>', lang="vi")
    assert credited_people(extract(html)) == [name]


def test_the_vietnamese_verb_before_a_sentence_credits_no_one() -> None:
    """Counter-example: "Viết bởi một bác sĩ ..." (written by a doctor who …) opens a sentence, no byline."""
    html = page('<article><h1>Vitamin D không ngăn ngừa gãy xương</h1><p class="lead">Viết bởi một bác sĩ từng điều trị '
                'cho hàng nghìn bệnh nhân, cuốn sách giải thích vì sao thuốc bổ không thay thế được chế độ ăn.</p>'
                '<p>Một nghiên cứu kéo dài năm năm với hơn hai mươi nghìn người trưởng thành không tìm thấy lợi ích '
                'nào của viên uống vitamin D.</p><p>Các bác sĩ vẫn khuyên người thiếu hụt nên dùng theo chỉ định.</p>'
                '</article>', lang="vi")
    assert credited_people(extract(html)) == []

