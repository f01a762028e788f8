"""Headline probes of blog and news templates not probed before (2026-12-07, sixth session): each
rule with the template that prints the convention and a counter-example. Pages of our own making."""

from __future__ import annotations

from field_pages import PARAGRAPHS, extract
from conftest import html_document

KO_HEADLINE = "비타민D 매일 먹어도 골절 예방 효과 없다…대규모 임상 결과"
KO_PARAGRAPHS = (
    "<p>성인 2만여 명을 5년 동안 추적한 대규모 무작위 임상시험에서 비타민D 보충제를 매일 복용해도 골절이나 암, "
    "심장질환 위험이 낮아지지 않는 것으로 나타났다.</p>"
    "<p>연구진은 결핍 진단을 받은 사람은 의사의 처방대로 계속 복용해야 하지만 건강한 성인은 약국에서 산 보충제로 "
    "얻는 이득이 거의 없다고 밝혔다.</p>"
    "<p>그동안 관찰 연구에서는 낮은 비타민D 수치가 여러 질병과 관련이 있다는 결과가 나와 보충제의 예방 효과에 대한 "
    "기대가 컸다.</p>"
)


def _tistory(article_heading: str, title: str) -> str:
    """A Tistory skin's post page: the blog's name in the header's h1 linking home
    (tistory/document-tistory-skin, global.md: "<h1><a href="[##_blog_link_##]">[##_title_##]</a></h1>"),
    the post's heading in the Odyssey skin's `div.hgroup`, the sidebar's popular posts."""
    return html_document(
        '<div id="wrap"><header id="header"><div class="inner"><h1><a href="https://jane.tistory.com/">제인의 건강 노트</a>'
        '</h1><nav id="gnb"><ul><li><a href="/category">분류 전체보기</a></li><li><a href="/guestbook">방명록</a></li>'
        '</ul></nav></div></header><div id="container"><main class="main"><div class="area-view">'
        f'<div class="article-header"><div class="hgroup"><div class="category">건강</div>{article_heading}'
        '<div class="post-meta"><span class="author">제인</span><span class="date">2025. 11. 4. 10:00</span></div>'
        f'</div></div><div class="article-view"><div class="contents_style">{KO_PARAGRAPHS}</div></div></div></main>'
        '<aside class="area-aside"><h3>인기 글</h3><ul><li><a href="/101">수면이 노인 기억력에 미치는 영향</a></li>'
        '<li><a href="/99">올해 독감 백신, 알아야 할 것</a></li></ul></aside></div></div>',
        f"<title>{title}</title>", lang="ko",
    )


def test_the_blog_name_after_a_double_colon_is_no_headline_after_a_kicker() -> None:
    # Tistory's skins title a post "[##_page_title_##] :: [##_title_##]" (the Odyssey skin and the
    # skins built on it; ten skin.html files in the code index print that <title>). The second colon of
    # " :: " read as a kicker's colon made the blog's name a key of the title, and its h1 the headline.
    url = "https://jane.tistory.com/123"
    title = f"{KO_HEADLINE} :: 제인의 건강 노트"
    assert extract(_tistory(f"<h1>{KO_HEADLINE}</h1>", title), url).headline == KO_HEADLINE
    assert extract(_tistory(f'<h2 class="title-article">{KO_HEADLINE}</h2>', title), url).headline == KO_HEADLINE


def test_a_kickers_colon_still_gives_the_heading_after_it() -> None:
    # Counter-example: "Kicker: Headline" declared, the h1 printing the words after the colon.
    html = html_document(
        '<header><a href="/">Example Health</a></header><main><article><p class="kicker">Paxlovid</p>'
        f'<h1>Grünes Licht für die Corona-Pille</h1>{PARAGRAPHS}</article></main>',
        "<title>Paxlovid: Grünes Licht für die Corona-Pille | Example Health</title>", lang="de",
    )
    assert extract(html).headline == "Grünes Licht für die Corona-Pille"


ZH_HEADLINE = "大型试验：每天服用维生素D并不能预防骨折"
ZH_PARAGRAPHS = (
    "<p>一项随访两万多名成年人长达五年的大型随机试验发现，每天服用维生素D补充剂并不能降低骨折、癌症或心脏病的风险。</p>"
    "<p>研究人员表示，确诊缺乏维生素D的人仍应遵医嘱服药，但健康成年人从药店自行购买的补充剂中获益甚微。</p>"
    "<p>此前的观察性研究曾将维生素D水平偏低与多种疾病联系起来，但随机试验大多未能证实这一点。</p>"
)


def _dedecms(heading: str, title: str) -> str:
    """DedeCMS's default article page (templets/default/article_article.htm, as in 931863856/dedecms):
    "<title>{dede:field.title/}_{dede:global.cfg_webname/}</title>", the place trail, the title in
    `div.title` (an h2 there, an "<h1>{dede:field.title/}</h1>" in sites' own templates), the info
    line, the text, the "热点内容" list on the right."""
    return html_document(
        '<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">健康网</a></h1></div></div>'
        '<div class="nav"><ul><li><a href="/">主页</a></li><li><a href="/jiankang/">健康</a></li></ul></div></div>'
        '<div class="w960 center clear mt10"><div class="pleft"><div class="place"><strong>当前位置:</strong> '
        '<a href="/">主页</a> > <a href="/jiankang/">健康</a> > </div><div class="viewbox">'
        f'<div class="title">{heading}</div><div class="info"><small>时间:</small>2025-11-04 10:00<small>来源:</small>'
        f'新华社 <small>作者:</small>张伟</div><div class="content">{ZH_PARAGRAPHS}</div></div></div>'
        '<div class="pright"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light">'
        '<ul class="c1 ico2"><li><a href="/jiankang/2025/1101/12.html">睡眠如何影响老年人的记忆力</a></li>'
        '<li><a href="/jiankang/2025/1030/11.html">今年流感疫苗须知</a></li></ul></dd></dl></div></div>',
        f"<title>{title}</title>", lang="zh-CN",
    )


def test_an_underscore_glues_no_site_name_to_the_headlines_words() -> None:
    # "【独家】" or "独家|" before the headline and DedeCMS's "_" before the site's name: the "_" joined
    # "…预防骨折_健康网" into one run of word characters, so the printed heading lacked a "word" as long
    # as itself and the <title>, marker and all, was the record's headline.
    url = "https://www.example-jiankang.cn/jiankang/2025/1104/13.html"
    for title in (f"【独家】{ZH_HEADLINE}_健康网", f"独家|{ZH_HEADLINE}_健康网", f"独家丨{ZH_HEADLINE}_健康网"):
        assert extract(_dedecms(f"<h1>{ZH_HEADLINE}</h1>", title), url).headline == ZH_HEADLINE, title


def test_a_heading_sharing_only_the_titles_first_words_is_still_no_headline() -> None:
    # Counter-example: an h1 sharing only the part before the colon with the title is another
    # article's; the title, its site name off, stays the headline.
    url = "https://www.example-jiankang.cn/jiankang/2025/1104/13.html"
    html = _dedecms("<h1>大型试验：每天服用维生素D会致癌吗</h1>", f"{ZH_HEADLINE}_健康网")
    assert extract(html, url).headline == ZH_HEADLINE


JA_HEADLINE = "ビタミンD、毎日飲んでも骨折は防げず　大規模試験で判明"
JA_PARAGRAPHS = (
    "<p>二万人以上の成人を五年間追跡した大規模なランダム化試験で、ビタミンDのサプリメントを毎日飲んでも骨折やがん、"
    "心臓病のリスクは下がらないことが分かった。</p>"
    "<p>研究者らは、欠乏症と診断された人は引き続き医師の処方に従うべきだが、健康な成人が市販の錠剤から得るものは"
    "ほとんどないとしている。</p>"
)


def _unheaded(title: str) -> str:
    """A Japanese article page whose saved HTML prints no heading (a script draws it): the headline
    is read from the <title>."""
    return html_document(
        '<header class="site-header"><a href="/"><img src="/logo.png" alt=""></a><nav><a href="/news/">ニュース</a>'
        f'<a href="/health/">健康</a></nav></header><main><article>{JA_PARAGRAPHS}</article>'
        '<aside><h3>人気記事</h3><ul><li><a href="/a.html">睡眠が高齢者の記憶に与える影響</a></li></ul></aside></main>',
        f"<title>{title}</title>", lang="ja",
    )


def test_a_japanese_headline_counts_its_characters_when_a_title_part_is_guessed_a_site() -> None:
    # WordPress core's wp_get_document_title() (wp-includes/general-template.php) joins "Post", then the
    # site's name, with " - " (the document_title_separator filter's default); 47NEWS and others print
    # " | Site". A Japanese headline is one or two spaced "words": the guess at an undeclared site's name
    # asked three of them and left the name on.
    url = "https://www.example-kenko.jp/health/20251104-123/"
    for suffix in (" - けんこう通信", " | 47NEWS"):
        assert extract(_unheaded(JA_HEADLINE + suffix), url).headline.replace("\u3000", " ") \
            == JA_HEADLINE.replace("\u3000", " "), suffix


def test_a_short_japanese_first_part_keeps_a_longer_one_after_it() -> None:
    # Counter-example: a kicker of two characters before a longer part is no headline before a site's name.
    url = "https://www.example-kenko.jp/health/20251104-123/"
    assert extract(_unheaded("速報 - ビタミンDで骨折は防げず"), url).headline == "速報 - ビタミンDで骨折は防げず"


def _people(title: str) -> str:
    """A People's Daily article page as scrapers' fixtures of people.com.cn record it: the top
    navigation, the headline printed by a script (absent from the saved page), the source line, the text."""
    return html_document(
        '<div class="main"><div class="rm_nav cf" id="rm_topnav"><div class="layout rm_nav_con cf"><a href="/">首页</a>'
        '<a href="/politics/">时政</a><a href="/health/">健康</a></div></div>'
        '<div class="col col-1 fl"><div class="rm_txt_con cf"><div class="col-1-1 fl">2025年11月04日08:21 | 来源：'
        f'人民网－人民日报</div><div class="rm_txt_zw">{ZH_PARAGRAPHS}</div></div></div></div>',
        f"<title>{title}</title>", lang="zh-CN",
    )


def test_two_hyphens_glue_a_chinese_titles_section_and_site() -> None:
    # "标题--时政--人民网": the site's name and the section's come off as "_" and "-" glued ones did.
    url = "http://health.people.com.cn/n1/2025/1104/c14739-40123456.html"
    assert extract(_people(f"{ZH_HEADLINE}--健康·生活--人民网"), url).headline == ZH_HEADLINE
    assert extract(_people(f"{ZH_HEADLINE}--人民网"), url).headline == ZH_HEADLINE


def test_a_long_part_after_two_hyphens_stays() -> None:
    # Counter-example: a part after "--" as long as a headline is no site's or section's name.
    url = "http://health.people.com.cn/n1/2025/1104/c14739-40123456.html"
    title = "维生素D--每天服用并不能预防骨折、癌症或心脏病"
    assert extract(_people(title), url).headline == title
