"""Accounts on content platforms (issue 16, template-source probes, fifth session): 百家号, 企鹅号 and
网易号 print the account that posted an article where a byline would be. The account is the piece's
publisher, not a person (docs/labelling-guide.md, "Chinese credits"); a reporter the text credits
still is one. Each page copies the markup the platform renders."""

from __future__ import annotations

from conftest import html_document

from tests.field_pages import ZH_PARAGRAPHS, ZH_TITLE, credited_people, extract

_BAIJIAHAO = "https://baijiahao.baidu.com/s?id=1765712345678901234&wfr=spider&for=pc"


def _baijiahao(account: str, text: str = ZH_PARAGRAPHS) -> str:
    """Baijiahao's article page of 2019 as it renders (the header of gne's tests_baijiahao_2, ext-4):
    the account's avatar and p.author-name over the day, the body in div.article-content."""
    return html_document(
        '<div class="title_border"><div class="anci_header_content">'
        f'<div class="article-title"><h2>{ZH_TITLE}</h2></div>'
        '<div class="article-desc clearfix"><div class="author-icon"><img src="https://pic.rmb.bdstatic.com/a.png">'
        '<i class="author-vip author-vip-2"></i></div>'
        f'<div class="author-txt"><p class="author-name">{account}</p>'
        '<div class="article-source article-source-bjh"><span class="date">发布时间：05-12</span>'
        '<span class="time">18:30</span></div></div></div></div></div>'
        '<div id="content-container" class="content-container clearfix"><div id="left-container" class="left-container">'
        f'<div class="article " id="article"><div class="article-content">{text}</div></div></div></div>',
        f"<title>{ZH_TITLE}</title>", lang="zh-CN")


def test_a_baijiahao_account_is_the_publisher() -> None:
    """A self-media brand's account ("科技老王说") in Baijiahao's p.author-name posted the piece: no
    person. A newspaper's account ("上观新闻") was left out before, as an outlet's name."""
    assert credited_people(extract(_baijiahao("科技老王说"), _BAIJIAHAO)) == []


def test_a_reporter_the_text_credits_under_a_platform_account_is_the_writer() -> None:
    """The text's own credit ("记者 张三") names the writer under the account, read by the lede's level
    once the account's name is passed over."""
    html = _baijiahao("科技老王说", f"<p>记者 张三</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(html, _BAIJIAHAO)) == ["张三"]


def test_a_tencent_and_a_netease_account_are_the_publisher() -> None:
    """企鹅号 (new.qq.com/omn): the left column's a.author to the account's page (div.left-stick-wp, as
    the crawlers in the code corpus read it) and meta author. 网易号 (163.com/dy): "来源:" linked to the
    account's /dy/media/ page and the .post_wemedia box (DIYgod/RSSHub lib/routes/163/utils.ts reads
    .post_wemedia_name a as the feed's owner). The text's "文/李四" still names the writer."""
    tencent = html_document(
        f'<div class="qq_conent clearfix"><div class="LEFT"><h1>{ZH_TITLE}</h1><div class="content clearfix">'
        f'<div class="content-article">{ZH_PARAGRAPHS}</div></div></div>'
        '<div id="LeftTool" class="LeftTool"><div class="left-stick-wp"><div data-bossirs="ly">'
        '<a target="_blank" class="author" href="//new.qq.com/omn/author/5215095">'
        '<img src="//inews.gtimg.com/newsapp_ls/0/1.png"><div>科技老王说</div></a></div>'
        '<div class="year"><span>2023</span></div><div class="md">05/12</div><div class="time">18:30</div></div></div></div>',
        f'<title>{ZH_TITLE}_腾讯新闻</title><meta name="author" content="科技老王说">', lang="zh-CN")
    assert credited_people(extract(tencent, "https://new.qq.com/rain/a/20230512A07ABC00")) == []

    def netease(text: str) -> str:
        return html_document(
            f'<div class="post_main"><h1 class="post_title">{ZH_TITLE}</h1>'
            '<div class="post_info">2023-05-12 18:30:12　来源: <a href="https://www.163.com/dy/media/T1512345678901.html">'
            '科技老王说</a></div>'
            f'<div class="post_body">{text}</div></div>'
            '<div class="post_wemedia"><div class="post_wemedia_avatar"><a href="https://www.163.com/dy/media/T1512345678901.html">'
            '<img src="https://dingyue.ws.126.net/a.png"></a></div><div class="post_wemedia_info">'
            '<div class="post_wemedia_name"><a href="https://www.163.com/dy/media/T1512345678901.html">科技老王说</a></div>'
            '<div class="post_wemedia_title">分享科技圈的新鲜事</div></div></div>',
            f'<title>{ZH_TITLE}|网易</title><meta name="author" content="科技老王说">', lang="zh-CN")

    url = "https://www.163.com/dy/article/I5ABCDEF0512D3VJ.html"
    assert credited_people(extract(netease(ZH_PARAGRAPHS), url)) == []
    assert credited_people(extract(netease(f"<p>文/李四</p>{ZH_PARAGRAPHS}"), url)) == ["李四"]


def test_the_same_byline_markup_off_a_platform_names_a_person() -> None:
    """A site of its own printing a writer in the same slot (a blog or a paper on its own domain)
    names that writer: only a platform's pages print the poster's account there."""
    html = _baijiahao("王小明")
    assert credited_people(extract(html, "https://news.example.cn/2023/05/12/metro.html")) == ["王小明"]
    assert credited_people(extract(_baijiahao("科技老王说"), "https://news.example.cn/2023/05/12/metro.html")) \
        == ["科技老王说"]
