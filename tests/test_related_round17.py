"""Related posts: the conventions behind the seventeenth round's recall misses (``fields-external-6.json``:
Mercury's US and Japanese news fixtures; docs/field-quality.md, "Related posts: recall on the third pool"),
each on a page of our own making with its counter-example."""

from __future__ import annotations

from functools import partial

from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://paper.example/us-news/2016/nov/29/pipeline-protest-camp"
page_of = partial(parsed_page, url=URL)
RUNNING = ("The governor's office said on Monday that no plans had been made to remove anyone by force, but the "
           "camp's medics were preparing for the worst as the first snows fell on the valley.")


def related(html: str) -> list[tuple[str, str | None]]:
    return [(post.title, post.url) for post in extract_related_posts(page_of(html))]


def test_an_in_body_card_titled_by_its_own_h1() -> None:
    """"<aside class=element-rich-link>…<h1 class=rich-link__title>…</h1>…<a class=rich-link__link href=…></a>":
    HTML5 lets a sectioning element open with an h1; the card's h1 is its title, not the page's headline."""
    html = f"""<article><h1 class="content__headline">Protesters dig in as the camp's deadline nears</h1>
      <div class="content__article-body"><p>{RUNNING}</p>
      <aside class="element element-rich-link"><div class="rich-link"><div class="rich-link__header">
        <h1 class="rich-link__title">Governor orders immediate evacuation of the camp</h1></div>
        <div class="rich-link__read-more"><div class="rich-link__read-more-text">Read more</div></div>
        <a class="rich-link__link" href="/us-news/2016/nov/28/governor-evacuation-order-camp"></a></div></aside>
      <p>{RUNNING}</p></div></article>"""
    assert related(html) == [("Governor orders immediate evacuation of the camp",
                              "https://paper.example/us-news/2016/nov/28/governor-evacuation-order-camp")]


def test_a_related_named_wrapper_around_the_headline_stays_the_article() -> None:
    """Counter-example: a short block named related that holds the page's own headline h1 (a template's
    "has-related" wrapper around a brief) is the article, not a card."""
    html = f"""<div class="story has-related-rail"><h1>Protesters dig in as the camp's deadline nears</h1>
      <p><a href="/us-news/2016/nov/28/governor-evacuation-order-camp">Governor orders immediate evacuation</a></p>
      </div><p>{RUNNING}</p>"""
    assert related(html) == []


def test_a_lone_link_among_div_paragraphs() -> None:
    """"<div class=zn-body__paragraph><a href=…>Headline</a></div>" between the text's paragraphs printed as divs
    of one class: an unlabelled teaser line, as the same link alone in a ``<p>``."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body">
      <div class="zn-body__paragraph">{RUNNING}</div>
      <div class="zn-body__paragraph"><a href="/2016/11/28/politics/conway-romney-attacks/index.html">Source: Trump
        irritated by Conway attacks on Romney</a></div>
      <div class="zn-body__paragraph">{RUNNING}</div></div>"""
    assert related(html) == [("Source: Trump irritated by Conway attacks on Romney",
                              "https://paper.example/2016/11/28/politics/conway-romney-attacks/index.html")]


def test_a_lone_link_among_divs_of_other_classes_stays() -> None:
    """Counter-example: a div holding one link between boxes of other kinds (a promo between a video and a
    share bar) is no paragraph of the text."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body">
      <div class="video-wrapper">{RUNNING}</div>
      <div class="promo"><a href="/2016/11/28/politics/conway-romney-attacks/index.html">Source: Trump
        irritated by Conway attacks on Romney</a></div>
      <div class="share-bar">{RUNNING}</div></div>"""
    assert related(html) == []


def test_a_lone_link_after_a_short_sentence_of_the_text() -> None:
    """A short paragraph closing as a sentence ("Far from quieting the storm, he is whipping it up.") between the
    running text and a lone linked headline is the text going on: the line still follows running text."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body"><p>{RUNNING}</p>
      <p>Far from quieting the storm, Trump is whipping it up.</p>
      <p><a href="/2016/11/29/politics/who-could-be-in-the-cabinet/index.html">Who could be in Trump's Cabinet?</a></p>
      <p>{RUNNING}</p></div>"""
    assert related(html) == [("Who could be in Trump's Cabinet?",
                              "https://paper.example/2016/11/29/politics/who-could-be-in-the-cabinet/index.html")]


def test_a_lone_link_after_a_short_label_paragraph_stays() -> None:
    """Counter-example: a short paragraph that is no sentence ("Photos from the camp") before the link is a
    caption or a label of something else, not the text going on: the link is not taken as a line."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body"><p>{RUNNING}</p>
      <p>Photos from the camp</p>
      <p><a href="/2016/11/29/politics/who-could-be-in-the-cabinet/index.html">Who could be in Trump's Cabinet?</a></p>
      <p>{RUNNING}</p></div>"""
    assert related(html) == []


JA_URL = "https://news.example.jp/article/35135610/"
ja_page_of = partial(parsed_page, url=JA_URL, lang="ja")
JA_RUNNING = ("アップルは3月25日のイベントで、雑誌の読み放題サービスやゲームの遊び放題サービス、オリジナル映像作品の見放題サービスを発表した。"
              "また、独自のクレジットカードも発表しており、ハードウェアからサービスへの転換を鮮明にしている。今後の展開が注目される。"
              "同社は機械学習の人材の獲得にも動いてきた。グーグルの研究者を雇ったことも話題となった。")


def ja_related(html: str) -> list[tuple[str, str | None]]:
    return [(post.title, post.url) for post in extract_related_posts(ja_page_of(html))]


def test_japanese_recommended_for_you_heading() -> None:
    """"あなたにおすすめの記事" (articles recommended for you) over a box of the site's articles under the text heads
    them as "Recommended for you" does."""
    html = f"""<h1>アップルが目論む、エコシステムの外</h1><div class="article-body"><p>{JA_RUNNING}</p></div>
      <div class="nocontent"><h2>あなたにおすすめの記事</h2><div class="leaf-item-inner"><ul>
        <li><a href="/article/35128535/">構想3年開発2年--新機構の2 in 1、写真で見る新モデル</a></li>
        <li><a href="/article/35133825/">「VR Kit」が4月12日発売--段ボール製工作キットで楽しむVR</a></li></ul></div></div>"""
    assert [url for _, url in ja_related(html)] == ["https://news.example.jp/article/35128535/",
                                                    "https://news.example.jp/article/35133825/"]


def test_japanese_editors_picks_box_is_the_site_s() -> None:
    """Counter-example: "編集部おすすめの記事" (the editors' picks) over a box named recommended is the site's
    standing list, as "Editor's picks" is."""
    html = f"""<h1>アップルが目論む、エコシステムの外</h1><div class="article-body"><p>{JA_RUNNING}</p></div>
      <div class="right-pickup-block" id="editor_recommend"><h2>編集部おすすめの記事</h2><ul>
        <li><a href="/article/35134862/">百貨店が売る「プログラミング玩具」--売り場の総監督が名作を紹介</a></li>
        <li><a href="/article/35134803/">インドネシアの大学で「ロボットプログラミング講習」を開催</a></li></ul></div>"""
    assert ja_related(html) == []


def test_a_tag_marker_on_an_article_address_is_tracking() -> None:
    """"/article/35135158/?tag=cleaf_relstory_manual": CNET's sites mark where a click came from with "tag=" on
    the article's own address (its number in it); the card is an article."""
    html = f"""<h1>Trump shows no sign of changing course</h1><p>{RUNNING}</p>
      <div class="related-stories"><h3>Related stories</h3><ul>
        <li><a href="/article/35135158/?tag=cleaf_relstory_manual">Apple News+ signs up 200,000 in two days</a></li>
        </ul></div>"""
    assert related(html) == [("Apple News+ signs up 200,000 in two days",
                              "https://paper.example/article/35135158/?tag=cleaf_relstory_manual")]


def test_a_tag_query_on_a_folder_is_a_tag_archive() -> None:
    """Counter-example: WordPress's "/blog/?tag=climate" (no article number in the path) is a tag's archive."""
    html = f"""<h1>Trump shows no sign of changing course</h1><p>{RUNNING}</p>
      <div class="related-stories"><h3>Related stories</h3><ul>
        <li><a href="/blog/?tag=climate-change-policy">Everything on climate change policy</a></li></ul></div>"""
    assert related(html) == []


def test_bare_links_between_paragraphs() -> None:
    """"<p>…</p><a class=t_link href=…>…（4/4）</a><a class=t_link>…</a><h2>": linked headlines set between the text's
    paragraphs with no paragraph of their own, one a line, are teaser lines as lone links in paragraphs are."""
    html = f"""<h1>アップルが目論む、エコシステムの外</h1><div class="article-body"><p>{JA_RUNNING}</p>
      <a href="/article/35135171/" class="t_link">ログインせずにパーソナライズできるiPhoneの背景（4/4）</a>
      <a href="/article/35135310/" class="t_link">元グーグルのAI専門家がアップルに入社（4/5）</a>
      <h2>Appleが目論む、エコシステムの外</h2><p>{JA_RUNNING}</p></div>"""
    assert [url for _, url in ja_related(html)] == ["https://news.example.jp/article/35135171/",
                                                    "https://news.example.jp/article/35135310/"]


def test_a_bare_link_inside_running_text_stays() -> None:
    """Counter-example: a bare link with words printed beside it in its box is part of a sentence, no line."""
    html = f"""<h1>アップルが目論む、エコシステムの外</h1><div class="article-body"><p>{JA_RUNNING}</p>
      詳しくは<a href="/article/35135171/">ログインせずにパーソナライズできるiPhoneの背景</a>を参照。
      <h2>Appleが目論む、エコシステムの外</h2><p>{JA_RUNNING}</p></div>"""
    assert ja_related(html) == []


def test_wordpress_numeric_permalink_under_archives_is_a_post() -> None:
    """"/archives/2556": WordPress's numeric permalinks ("/archives/%post_id%") address each post under "archives";
    the post navigation's link leads to a post."""
    html = f"""<article><h1>Smartphone policy in 2019</h1><p>{RUNNING}</p></article>
      <nav id="nav-single" class="pager"><span class="previous"><a href="/archives/2556" rel="prev">
        <span class="meta-nav">←</span> Previous Post</a></span></nav>"""
    assert [url for _, url in related(html)] == ["https://paper.example/archives/2556"]


def test_an_archive_by_name_stays_no_post() -> None:
    """Counter-example: "/archives/politics" (a section's archive) and "/archives/2019" (a year's) are lists."""
    html = f"""<article><h1>Smartphone policy in 2019</h1><p>{RUNNING}</p></article>
      <nav id="nav-single" class="pager"><span class="previous"><a href="/archives/politics" rel="prev">Previous Post</a>
      </span><span class="next"><a href="/archives/2019" rel="next">Next Post</a></span></nav>"""
    assert related(html) == []


def test_a_japanese_navigation_label_on_the_line_above_the_link() -> None:
    """"<em>≫次の記事</em><br><a>Title</a>": the label of the next article printed on its own line over the link,
    the double angle bracket pointing as an arrow does."""
    html = f"""<h1>アップルが目論む、エコシステムの外</h1><div class="article-body"><p>{JA_RUNNING}</p></div>
      <div class="footer"><em>≫次の記事</em><br><a href="/blog/19/stack_overflow_ceo.html">Stack Overflowが新社長を募集中</a>
      </div>"""
    assert ja_related(html) == [("Stack Overflowが新社長を募集中", "https://news.example.jp/blog/19/stack_overflow_ceo.html")]


def test_an_emphasis_line_above_a_link_stays_no_navigation() -> None:
    """Counter-example: an emphasised line that is no navigation label over a link ("<em>特集</em><br><a>…</a>",
    a feature's kicker) makes no neighbouring post."""
    html = f"""<h1>アップルが目論む、エコシステムの外</h1><div class="article-body"><p>{JA_RUNNING}</p></div>
      <div class="footer"><em>≫特集</em><br><a href="/blog/19/stack_overflow_ceo.html">Stack Overflowが新社長を募集中</a>
      </div>"""
    assert ja_related(html) == []


def test_a_label_after_an_icon_with_a_screen_reader_name() -> None:
    """"<span class=catcher__title><span class=icon__premium><span class=sr-only>Article réservé à nos
    abonnés</span></span> Lire aussi</span>": the icon's spoken name is not printed; the label is "Lire aussi"."""
    html = f"""<h1>La Commission européenne abaisse sa prévision de croissance</h1><div class="article__content">
      <p>{RUNNING}</p><section class="catcher catcher--inline"><span class="catcher__title"><span class="icon__premium">
      <span class="sr-only">Article réservé à nos abonnés</span></span> Lire aussi </span><span class="catcher__desc">
      <a href="/economie/article/2019/04/15/le-fmi-appelle-a-ne-pas-gacher-la-reprise_5450247_3234.html">Le FMI appelle
      les gouvernements à ne pas gâcher la reprise</a></span></section><p>{RUNNING}</p></div>"""
    assert [url for _, url in related(html)] == [
        "https://paper.example/economie/article/2019/04/15/le-fmi-appelle-a-ne-pas-gacher-la-reprise_5450247_3234.html"]


def test_a_kicker_after_an_icon_with_a_screen_reader_name_is_no_label() -> None:
    """Counter-example: without its spoken name the printed title is still no label ("Chronique", a column's
    kicker over its link): no related box."""
    html = f"""<h1>La Commission européenne abaisse sa prévision de croissance</h1><div class="article__content">
      <p>{RUNNING}</p><section class="catcher catcher--inline"><span class="catcher__title"><span class="icon__premium">
      <span class="sr-only">Article réservé à nos abonnés</span></span> Chronique </span><span class="catcher__desc">
      <a href="/economie/article/2019/04/15/le-fmi-appelle-a-ne-pas-gacher-la-reprise_5450247_3234.html">Le FMI appelle
      les gouvernements à ne pas gâcher la reprise</a></span></section><p>{RUNNING}</p></div>"""
    assert related(html) == []


def test_a_lone_link_after_an_italic_note_stays() -> None:
    """Counter-example: a short paragraph set whole in italics ("<p><i>Further information in the documents
    listed below.</i></p>") is an editor's note on the links after it, not the text going on."""
    html = f"""<h1>Trump shows no sign of changing course</h1><div class="article__body"><p>{RUNNING}</p>
      <p><i>Further information is in the documents listed below.</i></p>
      <p class="callout"><a href="/dokumente/klima/jahresbericht-2021/jahresnewsletter-2021">Climate series annual report 2021</a></p>
      <p>{RUNNING}</p></div>"""
    assert related(html) == []
