"""Related posts: the conventions behind the fourteenth round's misses (``fields-external-4.json``:
Chinese portals, a Bulgarian paper, security blogs; docs/field-quality.md, "Related posts, fourteenth
round"), each on a page of our own making with its counter-example."""

from __future__ import annotations

from harvester.fields.related import extract_related_posts

from test_related_audit import page_of


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
