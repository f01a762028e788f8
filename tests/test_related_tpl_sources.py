"""Related posts: template-source probes, sixth session (docs/field-quality.md, "Related posts: template-source
probes of blogs, Asian themes and Eastern European read-also lines").

Each test prints the markup a public template, theme or scraper of a site renders (cited in its docstring) inside
an article page of our own making (a site header and menu, the article with its meta, categories and tags, a
sidebar of recent posts, categories and a tag cloud, a footer), and checks what a reader sees; each rule has a
counter-example."""

from __future__ import annotations

from tests.field_pages import extract, page

BASE = "https://health.example.org"
URL = f"{BASE}/2025/11/vitamin-d-trial/"
RELATED = [(f"{BASE}/2025/10/calcium-hearts/", "Calcium pills and the heart: what the data say"),
           (f"{BASE}/2025/09/omega-3-vital/", "Omega-3 in the VITAL trial, five years on")]
SIDEBAR = (f'<aside id="secondary" class="widget-area sidebar"><section class="widget widget_recent_entries"><h2 '
           f'class="widget-title">Recent Posts</h2><ul><li><a href="{BASE}/2025/11/flu-season-early/">Flu season starts '
           f'early in the south</a></li><li><a href="{BASE}/2025/11/sleep-teens/">Teenagers sleep an hour less than a '
           f'decade ago</a></li></ul></section><section class="widget widget_categories"><h2 class="widget-title">'
           f'Categories</h2><ul><li class="cat-item"><a href="{BASE}/category/nutrition/">Nutrition</a></li></ul>'
           f'</section><section class="widget widget_tag_cloud"><div class="tagcloud"><a href="{BASE}/tag/bones/" '
           f'class="tag-cloud-link">bones</a> <a href="{BASE}/tag/supplements/" class="tag-cloud-link">supplements</a>'
           f'</div></section></aside>')


def article_page(title: str, paragraphs: list[str], lang: str, *, inside: str = "", after: str = "") -> str:
    """An article in ``lang`` with ``inside`` after its second paragraph and ``after`` under the text."""
    texts = [f"<p>{text}</p>" for text in paragraphs]
    texts.insert(2, inside)
    article = (f'<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">{title}'
               f'</h1><div class="entry-meta"><time class="entry-date published" datetime="2025-11-04T08:00:00+01:00">'
               f'2025-11-04</time> <span class="byline"><span class="author vcard"><a class="url fn n" '
               f'href="{BASE}/author/jroe/">Jane Roe</a></span></span></div></header><div class="entry-content">'
               f'{"".join(texts)}</div><footer class="entry-footer"><span class="cat-links"><a '
               f'href="{BASE}/category/nutrition/" rel="category tag">Nutrition</a></span> <span class="tags-links"><a '
               f'href="{BASE}/tag/bones/" rel="tag">bones</a></span></footer></article>{after}')
    return page(f'<div id="primary" class="content-area">{article}</div>{SIDEBAR}', title=title, lang=lang)


def related(html: str) -> list[tuple[str, str]]:
    return [(str(post.url), post.title) for post in extract(html, URL).related_posts]


# The in-body read-also lines of Bulgarian, Yugoslav and Baltic news, and their counter-examples.

HR_TITLE = "Vitamin D ne sprječava prijelome, pokazalo je veliko istraživanje"
HR_TEXT = [
    "Veliko randomizirano istraživanje koje je pet godina pratilo više od dvadeset tisuća odraslih pokazalo je da "
    "svakodnevni dodatak vitamina D nije smanjio rizik od prijeloma, raka ili bolesti srca.",
    "Istraživači kažu da bi osobe s dijagnosticiranim nedostatkom i dalje trebale uzimati ono što im je propisao "
    "liječnik, ali zdravi odrasli malo dobivaju od tableta kupljenih bez recepta.",
    "Ranija opažajna istraživanja povezivala su niske razine vitamina D s mnogim bolestima, no randomizirana "
    "istraživanja to uglavnom nisu potvrdila.",
    "Sudionici su nasumično raspoređeni na dvije tisuće jedinica dnevno ili na placebo, a ni oni ni liječnici nisu "
    "znali tko uzima što.",
]
BG_TITLE = "Витамин D не предпазва от фрактури, показва голямо проучване"
BG_TEXT = [
    "Голямо рандомизирано проучване, което в продължение на пет години е проследило над двадесет хиляди възрастни, "
    "установява, че ежедневната добавка с витамин D не е намалила риска от фрактури, рак или сърдечни заболявания.",
    "Изследователите казват, че хората с диагностициран дефицит трябва да продължат да приемат предписаното от "
    "лекаря, но здравите възрастни печелят малко от таблетките без рецепта.",
    "По-ранни наблюдателни проучвания свързваха ниските нива на витамин D с много заболявания, но рандомизираните "
    "изпитвания в повечето случаи не го потвърдиха.",
]
LT_TITLE = "Didelis tyrimas: vitaminas D neapsaugo nuo lūžių"
LT_TEXT = [
    "Didelis atsitiktinių imčių tyrimas, kuriame penkerius metus buvo stebima daugiau nei dvidešimt tūkstančių "
    "suaugusiųjų, parodė, kad kasdienis vitamino D papildas nesumažino lūžių, vėžio ar širdies ligų rizikos.",
    "Mokslininkai teigia, kad žmonės, kuriems diagnozuotas trūkumas, turėtų toliau vartoti gydytojo paskirtus "
    "vaistus, tačiau sveiki suaugusieji iš nereceptinių tablečių gauna mažai naudos.",
    "Ankstesni stebėjimo tyrimai mažą vitamino D kiekį siejo su daugeliu ligų, tačiau atsitiktinių imčių tyrimai "
    "to dažniausiai nepatvirtino.",
]


def test_a_yugoslav_news_sites_read_also_line() -> None:
    """alo.rs prints "PROČITAJTE JOŠ:" as a paragraph of its ``div#newsContent`` before a linked headline (a
    scraper of Serbian news skips exactly that paragraph text, find_string "PROČITAJTE JOŠ:"); scrapers of Croatian
    news drop "PROČITAJTE I:|VIDI JOŠ:|MOŽDA VAS ZANIMA:" as promo lines, and a Croatian blog closes its posts
    with "**Pročitajte i:** [<post>](…) · [<post>](…)". The line's post is a related post, and no sentence of
    the text."""
    for label in ("PROČITAJTE JOŠ:", "Pročitajte i:", "Vidi još:", "MOŽDA VAS ZANIMA:"):
        line = f'<p><strong>{label}</strong> <a href="{RELATED[0][0]}">{RELATED[0][1]}</a></p>'
        html = article_page(HR_TITLE, HR_TEXT, "hr", inside=line)
        assert related(html) == RELATED[:1], label
        assert RELATED[0][1] not in (extract(html, URL).body_text or ""), label
    listed = ('<p><strong>Pročitajte i:</strong></p><ul>'
              + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in RELATED) + "</ul>")
    assert related(article_page(HR_TITLE, HR_TEXT, "hr", inside=listed)) == RELATED


def test_a_bulgarian_and_a_serbian_cyrillic_read_more_line() -> None:
    """"Прочетете още: <link>" (read more), the line label of Bulgarian pages (Microsoft's Bulgarian docs print
    "Прочетете още: [как да …](…)"), and Serbian Cyrillic "Прочитајте још:" (politika.rs's in-text label, in a
    scraper's list of its boilerplate lines): a line's label before a linked headline."""
    line = f'<p><strong>Прочетете още:</strong> <a href="{RELATED[0][0]}">{RELATED[0][1]}</a></p>'
    assert related(article_page(BG_TITLE, BG_TEXT, "bg", inside=line)) == RELATED[:1]
    line = f'<p><b>Прочитајте још:</b> <a href="{RELATED[1][0]}">{RELATED[1][1]}</a></p>'
    assert related(article_page(BG_TITLE, BG_TEXT, "sr", inside=line)) == RELATED[1:]


def test_a_baltic_blogs_read_also_heading() -> None:
    """A multilingual blog's related posts under "Skaitykite taip pat" (lt) and "Lasiet arī" (lv), read also: its
    table of headings (find_string "Skaitykite taip pat": ``RELATED_HEADING`` lt/lv/ee/…, rendered as
    ``<section class="related"><h2>…</h2><ul><li><a>``) and another site's ``<h3>Skaitykite taip pat</h3>`` over
    its cards of internal links."""
    for label in ("Skaitykite taip pat", "Lasiet arī"):
        box = (f'<section class="more"><h2>{label}</h2><ul>'
               + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in RELATED) + "</ul></section>")
        assert related(article_page(LT_TITLE, LT_TEXT, "lt", after=box)) == RELATED, label


def test_read_more_buttons_and_sentences_in_these_languages_stay() -> None:
    """The counter-examples: "Прочетете още" and "Pročitajte još" are also the teaser cards' "read more" buttons
    (a Bulgarian ministry's news cards, ``<a class="readmore">Прочетете още <i …></i></a>``; a Serbian theme's
    cards) and "pročitajte i" a verb inside a sentence ("Osim uputa u nastavku, pročitajte i: <a>…</a>"): a
    sidebar's teaser with its button gives no related post, and the sentence stays in the text with its link no
    related post."""
    teaser = (f'<aside class="news-teasers"><div class="post-box"><h3>Flu season starts early in the south</h3><p>The '
              f'first cases …</p><a href="{BASE}/2025/11/flu-season-early/" class="readmore">Прочетете още <i '
              f'class="fas fa-long-arrow-right"></i></a></div></aside>')
    assert related(article_page(BG_TITLE, BG_TEXT, "bg", after=teaser)) == []
    sentence = (f'<p>Osim uputa u nastavku, pročitajte i: <a href="{BASE}/vodic/doziranje/">vodič o doziranju</a> '
                f'koji je objavila Hrvatska agencija za lijekove prošle godine.</p>')
    html = article_page(HR_TITLE, HR_TEXT, "hr", inside=sentence)
    assert related(html) == []
    assert "Osim uputa u nastavku" in (extract(html, URL).body_text or "")


# Chinese and Korean blog themes' headings over their related posts.

ZH_TITLE = "大型试验发现维生素D片不能预防骨折"
ZH_TEXT = [
    "一项对两万多名成年人进行五年随访的大型随机试验发现，每天服用维生素D补充剂并没有降低骨折、癌症或心脏病的风险。",
    "研究人员表示，被诊断为缺乏的人仍应遵医嘱服药，但健康成年人从非处方药中获益甚微。",
    "早期的观察性研究曾将维生素D水平低与多种疾病联系起来，但随机试验大多没有证实这一点。",
]
KO_TITLE = "대규모 임상시험, 비타민D 알약은 골절을 예방하지 못해"
KO_TEXT = [
    "2만 명 이상의 성인을 5년 동안 추적한 대규모 무작위 임상시험에서 매일 비타민D 보충제를 먹어도 골절이나 암, "
    "심장병 위험이 낮아지지 않는 것으로 나타났다.",
    "연구진은 결핍 진단을 받은 사람은 의사의 처방을 계속 따라야 하지만 건강한 성인이 약국에서 산 알약으로 얻는 "
    "이익은 적다고 말했다.",
    "이전의 관찰 연구들은 낮은 비타민D 수치를 여러 질병과 연관 지었지만 무작위 시험에서는 대부분 확인되지 않았다.",
]


def test_a_chinese_blog_themes_guess_you_like_heading() -> None:
    """"猜你喜欢" (guess you like) heads the related list of Chinese blog themes: Typecho's OneBlog
    (smireshang/OneBlog-Typecho-, ONEBLOG/custom/Phone/post_no_thumb.php: ``$this->related(5)`` under ``<h3
    class="oneblog"><i class="iconfont …"></i>猜你喜欢</h3>``, each post a ``div.relate-post``) and Z-BlogPHP's
    xiaonan theme (``<dd id="guan"><h3>猜你喜欢</h3><ul>`` over ``GetList(…, array('is_related'=>$article.ID))``):
    neither wrapper names a related box, so the heading alone says what the list is."""
    oneblog = ('<h3 class="oneblog"><i class="iconfont icon-app theme-color"></i>猜你喜欢</h3>'
               + "".join(f'<div class="relate-post" style="background-image:url(/r{number}.jpg)"><a href="{href}" '
                         f'title="{title}"><h2 class="prev-title">{title}</h2></a></div>'
                         for number, (href, title) in enumerate(RELATED)))
    assert related(article_page(ZH_TITLE, ZH_TEXT, "zh-CN", after=oneblog)) == RELATED
    xiaonan = ('<dl><dd id="guan"><h3>猜你喜欢</h3><ul>'
               + "".join(f'<li><a href="{href}">{title}</a><span>2025-10-01</span></li>' for href, title in RELATED)
               + "</ul></dd></dl>")
    assert related(article_page(ZH_TITLE, ZH_TEXT, "zh-CN", after=xiaonan)) == RELATED


def test_a_korean_blogs_posts_to_read_with_this_one() -> None:
    """"함께 보면 좋은 글" (posts good to see together) closes Korean tech blogs' posts over a list of their posts on
    the subject (find_string "함께 보면 좋은 글": "## 함께 보면 좋은 글" then "- [<post>](/ko_troubleshooting/…)")."""
    box = ('<h2 id="함께-보면-좋은-글">함께 보면 좋은 글</h2><ul>'
           + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in RELATED) + "</ul>")
    assert related(article_page(KO_TITLE, KO_TEXT, "ko", after=box)) == RELATED


def test_the_same_headings_over_a_shops_products_give_nothing() -> None:
    """The counter-examples: shops head their product picks with the same words ("猜你喜欢" over a cart's
    ``recommended-products`` of ShopCards with prices; "함께 보면 좋은 상품", products good to see together, over a
    product grid): priced products and a heading naming products (상품) are no related posts."""
    shop = ('<div class="recommended-products"><h3 class="section-title">猜你喜欢</h3><div class="recommended-list">'
            + "".join(f'<div class="product"><a href="{BASE}/shop/item-{number}/"><img src="/p{number}.jpg" alt="">'
                      f'<h4>维生素D3软胶囊 {number}000IU</h4></a><p class="price">￥{89 + number}.00</p><a class="btn" '
                      f'href="{BASE}/cart/add/{number}/">加入购物车</a></div>' for number in range(3))
            + "</div></div>")
    assert related(article_page(ZH_TITLE, ZH_TEXT, "zh-CN", after=shop)) == []
    products = ('<section class="recommended-section"><h2>함께 보면 좋은 상품</h2><div class="product-grid">'
                + "".join(f'<a href="{BASE}/products/vit-{number}/" class="product-card"><h3>비타민D 보충제 {number}</h3>'
                          f'</a>' for number in range(3)) + "</div></section>")
    assert related(article_page(KO_TITLE, KO_TEXT, "ko", after=products)) == []


# A sentence introducing the list under its heading.

EN_TITLE = "Vitamin D pills do not prevent fractures, large trial finds"
EN_TEXT = [
    "A large randomised trial followed more than twenty thousand adults for five years and found that a daily "
    "vitamin D supplement did not lower their risk of fractures, cancer or heart disease.",
    "The researchers say people with a diagnosed deficiency should still take what their doctor prescribes, but "
    "that healthy adults gain little from the pills bought over the counter.",
    "Earlier observational studies had linked low vitamin D levels with many illnesses, which raised hopes that "
    "supplements would prevent them; randomised trials have mostly not borne that out.",
]


def related_list(heading: str, between: str) -> str:
    return (f'<section class="more-reading">{heading}{between}<ul>'
            + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in RELATED) + "</ul></section>")


def test_a_sentence_introducing_the_list_under_its_heading() -> None:
    """A Gatsby WordPress blog's post template prints ``<h2 class="section-title separator-below"> Related Post -
    </h2><p> Here are a couple of related posts you might enjoy reading.</p><RecomendedPosts />`` (find_string
    "related posts you might": postTemplate), and Korean tech blogs close a post with "## 함께 보면 좋은 글", the
    sentence "같은 주제 흐름에서 이어서 읽기 좋은 글입니다." and then the list: the sentence stood between the heading
    and its list, and the list was lost."""
    gatsby = related_list('<h2 class="section-title separator-below"> Related Post - </h2>',
                          "<p> Here are a couple of related posts you might enjoy reading.</p>")
    assert related(article_page(EN_TITLE, EN_TEXT, "en", after=gatsby)) == RELATED
    korean = related_list("<h2>함께 보면 좋은 글</h2>", "<p>같은 주제 흐름에서 이어서 읽기 좋은 글입니다.</p>")
    assert related(article_page(KO_TITLE, KO_TEXT, "ko", after=korean)) == RELATED
    items = "<ul>" + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in RELATED) + "</ul>"
    short = "<p>Two earlier pieces on the same question.</p>"
    assert related(article_page(EN_TITLE, EN_TEXT, "en", inside=f"<h2>Related</h2>{short}{items}")) == RELATED


def test_a_paragraph_of_text_or_a_linked_line_is_no_introduction() -> None:
    """The counter-examples, under a heading among the text's own paragraphs (no box around it to climb to): a
    paragraph of the text's length after the heading, and a paragraph with a link of its own, are not a list's
    introduction, so the heading does not reach past them to the list."""
    items = "<ul>" + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in RELATED) + "</ul>"
    prose = ("<p>Several readers asked how this trial compares with the ones we covered last year, which used other "
             "doses, other populations and other outcomes, and whether the advice has changed since then.</p>")
    assert related(article_page(EN_TITLE, EN_TEXT, "en", inside=f"<h2>Related</h2>{prose}{items}")) == []
    linked = '<p>See <a href="https://www.who.int/news/vitamin-d">what the WHO says</a>.</p>'
    assert related(article_page(EN_TITLE, EN_TEXT, "en", inside=f"<h2>Related</h2>{linked}{items}")) == []


# Japanese blogs' "to read along with this one".

JA_TITLE = "ビタミンD錠剤は骨折を防がない、大規模試験"
JA_TEXT = [
    "五年間にわたり二万人以上の成人を追跡した大規模な無作為化試験で、毎日のビタミンDサプリメントは骨折やがん、心臓病のリスクを"
    "下げなかったことが分かった。",
    "研究者らは、欠乏症と診断された人は引き続き医師の処方に従うべきだが、健康な成人が市販の錠剤から得るものは少ないと述べている。",
    "これまでの観察研究ではビタミンDの低さが多くの病気と結び付けられてきたが、無作為化試験ではほとんど裏付けられていない。",
]


def test_a_japanese_blogs_read_along_heading() -> None:
    """"あわせて読みたい" (to read along with this one) labels Japanese blogs' related posts: a WordPress theme's block
    pattern (find_string "あわせて読みたい": ``<div class="wp-block-group is-style-lish-box-title lish-related"><p
    class="lish-box-label">あわせて読みたい</p>`` over two post cards) and the "## あわせて読みたい" list closing
    Japanese review blogs' posts (``- [<post>](/posts/…)``), a heading with no related class around it."""
    closing = ("<h2>あわせて読みたい</h2><ul>"
               + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in RELATED) + "</ul>")
    assert related(article_page(JA_TITLE, JA_TEXT, "ja", after=closing)) == RELATED


def test_the_words_opening_a_sentence_are_no_label() -> None:
    """The counter-example: the same words opening a sentence of the text ("あわせて読みたい本として、<a>…</a>を挙げ
    たい。", a book to read along) label nothing; the sentence stays in the text and its link is no related post."""
    sentence = (f'<p>あわせて読みたい本として、<a href="{BASE}/books/vitamin-d-handbook/">ビタミンDの教科書</a>を挙げたい。'
                f'栄養学の基礎から最新の臨床試験までを丁寧に解説している。</p>')
    html = article_page(JA_TITLE, JA_TEXT, "ja", inside=sentence)
    assert related(html) == []
    assert "あわせて読みたい本として" in (extract(html, URL).body_text or "")
