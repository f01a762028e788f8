"""Related posts: the conventions behind the fourteenth round's misses (``fields-external-4.json``:
Chinese portals, a Bulgarian paper, security blogs; docs/field-quality.md, "Related posts, fourteenth
round"), each on a page of our own making with its counter-example."""

from __future__ import annotations

from functools import partial

from harvester.fields.related import extract_related_posts

from conftest import parsed_page

URL = "https://journal.example/news/2019/0926/2.html"
page_of = partial(parsed_page, url=URL, lang="zh")
ARTICLE_EN = """
<article class="post"><h1>How phishing kits learned to clone login pages</h1>
  <div class="entry-content">
    <p>Attackers now copy a bank's login page within minutes of a redesign, researchers said on Tuesday, and the
    kits sell for less than a streaming subscription on the forums where they are traded.</p>
  </div>
</article>
"""


ARTICLE_ZH = """
<article class="post"><h1>东山精密突然放量跌停 实控人减持后机构出货</h1>
  <div class="content">
    <p>9月26日，东山精密盘中突然放量跌停，龙虎榜数据显示，机构席位合计卖出逾两亿元，实控人此前已减持。</p>
    <p>分析人士认为，短期获利盘集中兑现是股价回落的主要原因，公司基本面并未发生明显变化。</p>
  </div>
</article>
"""


def related(html: str) -> list[tuple[str, str | None]]:
    return [(post.title, post.url) for post in extract_related_posts(page_of(html))]


def test_chinese_previous_and_next_labels_before_the_link() -> None:
    """"上一篇：" / "下一篇：" (the previous / next piece) printed before the link, in a paragraph, a bold
    label or a block of its own, name the neighbouring posts as "Previous:" does."""
    nav = """<div class="xq_footer"><p>上一篇：<a href="/content.aspx?id=1005">产业政策与区域绿色发展学术研讨会通知</a></p></div>
      <ul><li class="bar"><div class="post-title">下一篇 :</div>
      <a target="_blank" href="/news/2019/0926/3.html">今日股市行情分析：三大指数集体收涨</a></li></ul>"""
    assert related(ARTICLE_ZH + nav) == [
        ("产业政策与区域绿色发展学术研讨会通知", "https://journal.example/content.aspx?id=1005"),
        ("今日股市行情分析：三大指数集体收涨", "https://journal.example/news/2019/0926/3.html")]


def test_a_bracketed_chinese_label_inside_the_link() -> None:
    """"<a><span>【上一篇】</span> Title</a>": the label is the link's first text, the title follows it."""
    nav = """<ul class="list-group"><a class="item" href="/statuses/10513033/" target="_blank">
      <span>【上一篇】</span> 财政部又发大消息！银行股逆市狂拉</a>
      <a class="item" href="/statuses/10511135/" target="_blank"><span>【下一篇】</span> 国庆小长假的投资攻略请收好</a></ul>"""
    assert related(ARTICLE_ZH + nav) == [
        ("财政部又发大消息！银行股逆市狂拉", "https://journal.example/statuses/10513033/"),
        ("国庆小长假的投资攻略请收好", "https://journal.example/statuses/10511135/")]


def test_chinese_previous_and_next_page_of_a_pager_are_no_posts() -> None:
    """Counter-example: "上一页" / "下一页" page through a list (页 a page, not a piece), and a label in a
    sentence before a link ("请阅读上一篇：" is a phrase of the text, over 40 characters with it) names no post."""
    nav = """<div class="pages"><a href="/list/2.html">上一页</a> <a href="/list/4.html">下一页</a></div>
      <p>这篇报道是系列文章的第二部分，如果您还没有看过第一部分，请先阅读我们的上一篇：<a href="/a/1.html">系列报道第一部分</a></p>"""
    assert related(ARTICLE_ZH + nav) == []


def test_chinese_related_recommendations_and_korean_related_posts() -> None:
    """"相关推荐" (related recommendations) over a portal's cards under the text, "관련글" (related posts) over a
    Korean blog's box: a related heading as "相关文章" and "관련 기사" are."""
    zh = """<div class="tit"><h2>相关推荐</h2></div><ul>
      <li><a href="/news/2019/0901/7.html">面对美团突袭，共享充电宝们悄然涨价</a></li>
      <li><a href="/news/2019/0815/3.html">从低调潜伏到百亿级市场，共享雨伞还有没有戏</a></li></ul>"""
    ko = """<div class="another_category"><h4>관련글</h4><ul>
      <li><a href="/5034">악성코드 유포 주의보: 가짜 청구서 메일</a></li>
      <li><a href="/5030">랜섬웨어 공격 동향 보고서 발간</a></li></ul></div>"""
    assert [url for _, url in related(ARTICLE_ZH + zh)] == [
        "https://journal.example/news/2019/0901/7.html", "https://journal.example/news/2019/0815/3.html"]
    assert [url for _, url in related(ARTICLE_ZH + ko)] == [
        "https://journal.example/5034", "https://journal.example/5030"]


def test_continue_reading_recommends_and_on_the_topic_head_boxes() -> None:
    """"Continue Reading" over cards under a post, "<Brand> recommends", "Audios and videos on the topic" and the
    Bulgarian "Още по темата" (more on the topic) head the article's related boxes."""
    cards = """<ul><li><a href="/blog/holiday-phishing-scams">Holiday scammers are getting bolder with AI</a></li>
      <li><a href="/blog/passkeys-explained">Passkeys explained for the rest of us</a></li></ul>"""
    for label in ("Continue Reading", "DW recommends", "Audios and videos on the topic", "Още по темата"):
        assert [url for _, url in related(ARTICLE_EN + f"<div><h4>{label}</h4>{cards}</div>")] == [
            "https://journal.example/blog/holiday-phishing-scams", "https://journal.example/blog/passkeys-explained"], label


def test_continue_reading_in_a_longer_heading_heads_no_box() -> None:
    """Counter-example: "Continue reading the main story" (a paper's skip link set as a heading) and "Nobody
    recommends this" are no box label: the whole heading must be the phrase; the links under them are the
    site's sections' and the text's."""
    for label in ("Continue reading the main story", "Why nobody recommends this setup anymore"):
        html = ARTICLE_EN + f"""<div><h4>{label}</h4><ul><li><a href="/blog/holiday-phishing-scams">Holiday
          scammers are getting bolder with AI</a></li><li><a href="/blog/passkeys-explained">Passkeys explained for
          the rest of us</a></li></ul></div>"""
        assert related(html) == [], label


def test_a_chinese_headline_linked_to_a_top_level_path_is_a_card() -> None:
    """"<a href='newsDetail_forward_4322765'>面对美团突袭…</a>": Chinese prints a headline without spaces, so a link
    text with no space to a top-level path is no section label ("Fashion" to /fashion/) when it is longer than a
    section's name in Chinese."""
    box = """<div class="news_tit2"><h2>相关推荐</h2></div><div class="ctread_bd">
      <div class="ctread_li"><div class="ctread_img"><a href="/newsDetail_forward_4322765"><img src="/a.jpg" alt=""></a></div>
        <div class="ctread_name"><a href="/newsDetail_forward_4322765">面对美团突袭，市面上的共享充电宝们悄然涨价</a></div></div>
      <div class="ctread_li"><div class="ctread_img"><a href="/newsDetail_forward_4207501"><img src="/b.jpg" alt=""></a></div>
        <div class="ctread_name"><a href="/newsDetail_forward_4207501">从低调潜伏到百亿级市场，共享雨伞还有没有戏？</a></div></div></div>"""
    assert [url for _, url in related(ARTICLE_ZH + box)] == [
        "https://journal.example/newsDetail_forward_4322765", "https://journal.example/newsDetail_forward_4207501"]


def test_a_chinese_section_name_on_a_card_is_no_card() -> None:
    """Counter-example: a card's section "财经" (finance) linked to "/finance" is its label, not a post."""
    box = """<div class="related"><h2>相关文章</h2><ul>
      <li><a href="/finance">财经</a> <a href="/news/2019/0901/7.html">面对美团突袭，共享充电宝们悄然涨价</a></li>
      <li><a href="/finance">财经</a> <a href="/news/2019/0815/3.html">从低调潜伏到百亿级市场，共享雨伞还有没有戏</a></li></ul></div>"""
    assert [url for _, url in related(ARTICLE_ZH + box)] == [
        "https://journal.example/news/2019/0901/7.html", "https://journal.example/news/2019/0815/3.html"]


def test_a_card_s_account_link_two_levels_under_user_is_no_post() -> None:
    """A portal's feed card credits its account beside the headline ("<a href='/c/user/token/MS4w…/'>上海热线要闻
    ⋅</a>"): a member's page, no post."""
    box = """<div class="detail-feed"><div class="title">相关推荐</div><ul>
      <li><div class="title-box"><a href="/group/6734571327329403406/">绑架9岁男童嫌犯一审被判死刑</a></div>
        <div class="footer-bar"><a class="source" href="/c/user/token/MS4wLjABAAAAk2hoUX/">上海热线要闻 ⋅</a></div></li>
      <li><div class="title-box"><a href="/group/6712622464846791181/">八旬老人摔倒后忘记回家的路</a></div>
        <div class="footer-bar"><a class="source" href="/c/user/token/MS4wLjABAAAAkg60/">青岛新闻网文旅 ⋅</a></div></li>
      </ul></div>"""
    assert [url for _, url in related(ARTICLE_ZH + box)] == [
        "https://journal.example/group/6734571327329403406/", "https://journal.example/group/6712622464846791181/"]


def test_a_post_three_levels_under_users_stays() -> None:
    """Counter-example: "/users/jdoe/posts/123-title" is a member's post, three levels down."""
    box = """<div class="related-posts"><h3>Related posts</h3><ul>
      <li><a href="/users/jdoe/posts/123-phishing-kits-explained">Phishing kits explained in plain words</a></li>
      <li><a href="/users/amy/posts/124-passkeys-for-beginners">Passkeys for beginners, step by step</a></li></ul></div>"""
    assert [url for _, url in related(ARTICLE_EN + box)] == [
        "https://journal.example/users/jdoe/posts/123-phishing-kits-explained",
        "https://journal.example/users/amy/posts/124-passkeys-for-beginners"]


def test_a_generic_wrapper_class_after_the_box_holds_no_cards() -> None:
    """A template wraps the box of teasers and, after it, the article's meta list in the same "<div class=group>":
    the list ("Date", "Author", "Related Subjects: <a>German Wine Route</a>") repeats the wrapper, not the
    card's own parts, and is no row of the box."""
    html = ARTICLE_EN + """<h4>Audios and videos on the topic</h4>
      <div class="group"><div class="lineExtra"></div><div class="linkList"><a href="/en/wine-champion/a-16854333">
        <h2>How does a sommelier train his nose?</h2></a></div></div>
      <div class="group"><ul class="smallList"><li><strong>Date</strong> 10.06.2013</li>
        <li><strong>Related Subjects</strong> <a href="/en/german-wine-route/t-36495588">German Wine Route</a></li></ul></div>"""
    assert [url for _, url in related(html)] == ["https://journal.example/en/wine-champion/a-16854333"]


def test_rows_repeating_the_card_s_parts_stay_the_box_s() -> None:
    """Counter-example: three "<div class=post-item>" cards of the same parts after the heading are all read."""
    html = ARTICLE_EN + """<div class="wrap"><h3>Related</h3>
      <div class="post-item"><a href="/blog/one-phishing-kit">One phishing kit, three banks</a></div>
      <div class="post-item"><a href="/blog/two-factor-fatigue">Two-factor fatigue attacks rise</a></div>
      <div class="post-item"><a href="/blog/password-managers">Why password managers still matter</a></div></div>"""
    assert len(related(html)) == 3


def test_an_seo_vendor_s_link_block_is_no_related_box() -> None:
    """BrightEdge's link block ("<div class=be-ix-link-block>" with "Also of Interest:" over keyword links) is an
    SEO widget filled on every page of the site, like an ad network's recommendations: no related posts."""
    html = ARTICLE_EN + """<div class="be-ix-link-block"><div class="be-related-link-container">
      <div class="be-label">Also of Interest:</div><ul class="be-list">
      <li class="be-list-item"><a class="be-related-link" href="/blog/psirt-blogs/cve-analysis-2026">Fortinet CVE
        Analysis for the year</a></li>
      <li class="be-list-item"><a class="be-related-link" href="/resources/reports/threat-landscape-report-2026">2026
        Global Threat Landscape Report</a></li></ul></div></div>"""
    assert related(html) == []


def test_also_of_interest_in_the_site_s_own_box_stays() -> None:
    """Counter-example: the same label over a box the site names related ("<div class=related-links>") is read."""
    html = ARTICLE_EN + """<div class="related-links"><h3>Also of Interest</h3><ul>
      <li><a href="/blog/psirt-blogs/cve-analysis-2026">Fortinet CVE Analysis for the year</a></li>
      <li><a href="/blog/threat-landscape-report-2026">2026 Global Threat Landscape Report</a></li></ul></div>"""
    assert len(related(html)) == 2


def test_a_positional_tab_strip_s_latest_panel_is_the_site_s() -> None:
    """"<h2 class=Menubox><ul><li>相关文章</li><li>最新报道</li></ul></h2><div class=Contentbox><div>…</div><div>…</div>":
    tabs shown by position; the panel under "最新报道" (latest reports) is the site's newest list, not this
    article's related posts."""
    box = """<div class="relational"><h2 class="tab_1 Menubox"><ul><li class="hover">相关文章</li><li>最新报道</li></ul></h2>
      <div class="con Contentbox"><div class="hover"><ul class="list_1"></ul></div>
      <div><ul class="list_1"><li><a href="/article/2019-09-16/2826832">你的业务是否适合上链，上链有哪些坑</a></li>
        <li><a href="/article/2019-09-11/2826831">平安云跻身金融行业云领导者位置</a></li></ul></div></div></div>"""
    assert related(ARTICLE_ZH + box) == []


def test_a_positional_tab_strip_s_related_panel_stays() -> None:
    """Counter-example: the panel under the "相关文章" tab is read, the one under "最新报道" is not."""
    box = """<div class="relational"><h2 class="tab_1 Menubox"><ul><li class="hover">相关文章</li><li>最新报道</li></ul></h2>
      <div class="con Contentbox"><div class="hover"><ul class="list_1">
        <li><a href="/article/2014-08-20/2821300">知道创宇发布网络安全报告</a></li>
        <li><a href="/article/2014-08-18/2821250">安全大会议程公布，议题涵盖漏洞挖掘</a></li></ul></div>
      <div><ul class="list_1"><li><a href="/article/2019-09-16/2826832">你的业务是否适合上链，上链有哪些坑</a></li>
        <li><a href="/article/2019-09-11/2826831">平安云跻身金融行业云领导者位置</a></li></ul></div></div></div>"""
    assert [url for _, url in related(ARTICLE_ZH + box)] == [
        "https://journal.example/article/2014-08-20/2821300", "https://journal.example/article/2014-08-18/2821250"]
