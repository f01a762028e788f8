"""Reader comments of Chinese portals (fields-external-4, issue 16, fourth session): a reply that
prints the post it answers as a quoted floor ("盖楼") before its own words, and a post printed
twice, in the "hot comments" list and in the full list. Each convention has a page of our own
making and a counter-example where the rule must not fire."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://portal.example/economy/2019_10_12_521091.shtml"

page_of = partial(parsed_page, url=URL, lang="zh")

ARTICLE = """<article><h1>工厂加班问题再受关注</h1>
  <p>一家代工厂被指违反劳动法，要求工人每月加班超过一百小时，当地劳动部门表示将展开调查。</p></article>"""


def floor(post_id: int, name: str, words: str) -> str:
    """The post a reply answers, quoted inside the reply: its author, its words and its buttons."""
    return f"""<div data-id="{post_id}" class="comment-box clearfix"><div class="main">
      <span class="quote"><a href="//user.portal.example/user/home?uid={post_id}">{name}</a></span>
      <div class="comment-txt">{words}</div>
      <div class="list-footer"><span class="time">3小时前</span><a href="javascript:;">回复</a></div></div></div>"""


def post(post_id: int, name: str, words: str, quoted: str = "") -> str:
    """One reader's post as a portal's comment system prints it: the user box, a quoted floor when
    it is a reply, then its own words."""
    return f"""<li data-id="{post_id}" class="comment-item"><div class="user-box">
      <a href="//user.portal.example/user/home?uid={post_id}" class="user-nick">{name}</a></div>
      {quoted}<div class="comment-txt">{words}</div>
      <div class="list-footer"><span class="time">40分钟前</span><a href="javascript:;">回复</a></div></li>"""


def thread(hot: str, all_posts: str) -> str:
    return (ARTICLE + '<div class="comments-container"><h3>热门评论</h3><ul class="list-body">' + hot
            + '</ul><h3>全部评论</h3><ul class="list-body">' + all_posts + "</ul></div>")


def test_a_quoted_floor_is_not_the_replys_words_and_counts_once() -> None:
    """A reply printing its parent's post before its own words: the reply's text is its own, and the
    quoted post, printed nowhere else on the page, is a reader's post of its own."""
    reply = post(3, "漓水清风", "关键是你的观点过于极端了呗！", floor(2, "赞我明天涨停", "真是长见识了，发表个意见都上升到政治高度了。"))
    p = page_of(thread(post(1, "大风起兮", "富士康确实是家血汗工厂。"), reply))
    assert sorted((c.author, c.text) for c in extract_comments(p)) == sorted([
        ("大风起兮", "富士康确实是家血汗工厂。"),
        ("漓水清风", "关键是你的观点过于极端了呗！"),
        ("赞我明天涨停", "真是长见识了，发表个意见都上升到政治高度了。"),
    ])


def test_a_post_in_the_hot_list_and_the_full_list_is_one_comment() -> None:
    """The hot list repeats a post of the full list (same post id, author and words), and a reply
    quotes it again: one comment."""
    first = post(1, "老中医", "外媒说苹果违反中国劳动法，先让我缓缓")
    reply = post(4, "不甜也不咸", "蛋上有条缝，被苍蝇盯上了呗。", floor(1, "老中医", "外媒说苹果违反中国劳动法，先让我缓缓"))
    p = page_of(thread(first, first + post(2, "刘枪枪", "中国劳工观察是个什么组织？") + reply))
    assert [c.text for c in extract_comments(p)] == [
        "外媒说苹果违反中国劳动法，先让我缓缓", "中国劳工观察是个什么组织？", "蛋上有条缝，被苍蝇盯上了呗。"]


def test_a_reply_after_its_parents_words_stays_a_reply() -> None:
    """Counter-example: a reply box printed after the parent's words (a nested thread) is a reply,
    not a quote; the parent keeps its words."""
    reply = post(2, "刘枪枪", "中国劳工观察是个什么组织？")
    parent = (f'<li data-id="1" class="comment-item"><div class="user-box"><a href="//user.portal.example/user/home?uid=1"'
              f' class="user-nick">大风起兮</a></div><div class="comment-txt">富士康确实是家血汗工厂。</div>'
              f'<ul class="children">{reply}</ul></li>')
    p = page_of(ARTICLE + '<div class="comments-container"><ul class="list-body">' + parent + "</ul></div>")
    assert [(c.author, c.text, c.reply_to is not None) for c in extract_comments(p)] == [
        ("大风起兮", "富士康确实是家血汗工厂。", False), ("刘枪枪", "中国劳工观察是个什么组织？", True)]


def test_the_same_words_of_two_posts_are_two_comments() -> None:
    """Counter-example: two posts with the same words ("顶", "+1") under different post ids, or by
    different readers, are two comments; so is a double post printed with no post id at all."""
    posts = post(1, "老中医", "顶") + post(2, "老中医", "顶") + post(3, "刘枪枪", "顶")
    p = page_of(ARTICLE + '<div class="comments-container"><ul class="list-body">' + posts + "</ul></div>")
    assert [c.author for c in extract_comments(p)] == ["老中医", "老中医", "刘枪枪"]
    twice = post(4, "conserv", "Here Here.").replace(' data-id="4"', "") * 2
    p = page_of(ARTICLE + '<div class="comments-container"><ul class="list-body">' + twice + "</ul></div>")
    assert [c.text for c in extract_comments(p)] == ["Here Here.", "Here Here."]


def test_a_wpdiscuz_comment_before_its_status_message_is_the_comment() -> None:
    """Counter-example: wpDiscuz prints the comment's own anchor box (author, words) before an empty
    "wpdiscuz-comment-message" box: the box is the comment, not a quote of another post."""
    item = """<div id="wc-comm-58561_0" class="wc-comment wc-blog-guest wc_comment_level-1">
      <div class="wc-comment-left"><img class="avatar" src="/a.png" alt=""><div class="wc-comment-label"><span>Gast</span></div></div>
      <div id="comment-58561" class="wc-comment-right"><div class="wc-comment-header">
        <div class="wc-comment-author"><a href="https://bibi.example/" rel="external nofollow">Bibi Blue</a></div>
        <div class="wc-comment-date">3. Januar 2020 um 12:02</div></div>
        <div class="wc-comment-text"><p>Lieber Robert, danke für die Denkanstöße und die schönen Wünsche.</p></div></div>
      <div class="wpdiscuz-comment-message"></div><div class="wpdiscuz_clear"></div></div>"""
    p = parsed_page(ARTICLE + f'<div id="wpdcom" class="wpdiscuz_unauth"><div class="wc-thread-wrapper">{item}</div></div>',
                    url="https://blog.example/2020/01/jahrzehnt/", lang="de")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Bibi Blue", "Lieber Robert, danke für die Denkanstöße und die schönen Wünsche.")]


NEWS_URL = "http://news.example/view_article.php?article_id=1484195"


def numbered_comment(number: int, header: str, words: str) -> str:
    """An older news CMS's comment: a number, an unclassed header line (the name in bold, a dash,
    the date), then the words, the only part its class names."""
    return f"""<div class="cdv"><span>#{number}</span><div>
      <div><p><span><strong>{header.split(" - ")[0]}</strong></span> - <span class="red">{header.split(" - ")[1]}</span></p></div>
      <p class="commentText">{words}</p></div></div>"""


def test_a_text_part_after_a_dated_header_line_is_a_comment() -> None:
    """"<div><p><strong>Самурай</strong> - 16.08.2015 г. 10:16:23</p></div><p class=commentText>…":
    the header names neither author nor date by class, but it prints a date right before the text
    part; two or more such boxes are the thread."""
    thread = numbered_comment(29, "Самурай - 16.08.2015 г. 10:16:23", "Лови контрабандата, за да не подбиват цените.") + \
        numbered_comment(28, "Смешници - 15.08.2015 г. 23:59:38", "Един бивш директор на една рафинерия си крадеше.")
    p = parsed_page(ARTICLE + f'<div class="cbox wt">{thread}</div>', url=NEWS_URL, lang="bg")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Самурай", "Лови контрабандата, за да не подбиват цените."),
        ("Смешници", "Един бивш директор на една рафинерия си крадеше.")]


def test_a_text_part_after_an_undated_line_is_no_comment() -> None:
    """Counter-example: text parts after a heading that prints no date (a reader poll's quoted
    voices, "Leser 1") are not read as comments."""
    boxes = "".join(f'<div class="box"><div><p><strong>Leser {n}</strong></p></div>'
                    f'<p class="commentText">Eine Stimme aus der Umfrage.</p></div>' for n in (1, 2))
    p = parsed_page(ARTICLE + boxes, url=NEWS_URL, lang="de")
    assert extract_comments(p) == []


def test_a_header_line_with_a_classed_date_is_left_to_the_named_parts_rules() -> None:
    """Counter-example: a forum's own post boxes whose header classes the date ("MtnCommentTime",
    "28.09.19 12:44") beside an account name no class rule knows are not taken by the bold-name
    rule: the header is no unclassed line (the first post is the page's text)."""
    posts = "".join(
        f'<div class="MtnComment"><div class="MtnCommentContent"><div class="MtnCommentInformation">'
        f'<span class="MtnCommentAccountName"><b>{name}</b></span><span class="MtnCommentTime"><span>28.09.19</span>'
        f'<span>1{n}:39</span></span></div><div class="MtnCommentText">Ich kann mit 13.1.1 auf den App Store zugreifen.</div>'
        f"</div></div>" for n, name in enumerate(["th3Chris", "maculi"]))
    p = parsed_page(ARTICLE + posts, url="https://www.mactech.example/forum/discussion/338679.html", lang="de")
    assert extract_comments(p) == []


PL_URL = "http://www.tygodnik.example/ar/516408/W-Polsce-najwiecej-wydaja-turysci/"


def polish_comment(number: int, nick: str, words: str) -> str:
    """A Polish news CMS's comment: "komentarz<n>" as its anchor, the nick and date in a labelled
    list, the words in "comment-item-text"."""
    return f"""<div id="komentarz{number}" class="comment-item"><div class="comment-item-inside">
      <div class="comment-item-inside-area"><dl><dt>Nick</dt><dd><span class="clLightBlue">{nick}</span></dd>
      <dt>Data dodania</dt><dd>2015-08-03 15:43:45</dd></dl></div>
      <div class="comment-item-text comment-item-text-{number}"><div>{words}</div></div></div></div>"""


def test_a_komentarz_anchor_and_a_comment_item_text_make_a_comment() -> None:
    """"div#komentarz2065432" is the comment's anchor as "comment-5" is in English, and its
    "comment-item-text" is its words: the labelled nick and date above them are not."""
    thread = polish_comment(2065432, "janki dzbanki", "....ci \"turyści\" z CIA .") + \
        polish_comment(2065221, "adam40", "nic dziwnego, że niemcy choć najliczniej to najmniej u nas")
    p = parsed_page(ARTICLE + f'<div class="comments-container">{thread}</div>', url=PL_URL, lang="pl")
    assert [(c.id, c.text) for c in extract_comments(p)] == [
        ("komentarz2065432", "....ci \"turyści\" z CIA ."),
        ("komentarz2065221", "nic dziwnego, że niemcy choć najliczniej to najmniej u nas")]


def test_a_komentarze_heading_id_names_no_comment() -> None:
    """Counter-example: "komentarze" (the plural, the section) with a number is no comment's anchor,
    and an item text box outside any comment is no comment."""
    p = parsed_page(ARTICLE + '<div id="komentarze2"><h2>Komentarze (0)</h2>'
                    '<div class="comment-item-text">Brak komentarzy.</div></div>', url=PL_URL, lang="pl")
    assert extract_comments(p) == []


def short_prefix_post(uid: int, name: str, words: str, *, when: str = '<span class="c-create-time">1小时前</span>') -> str:
    """A portal's script-rendered post: only the system's short prefix ("c-") on its parts."""
    return f"""<li class="c-item"><a href="/c/user/{uid}/" class="avatar-wrap"><img src="/a.png" alt=""></a>
      <div class="c-content"><div class="c-user-info"><a href="/c/user/{uid}/" class="c-user-name">{name}</a> {when}</div>
      <p>{words}</p><div class="c-footer-action"><span class="c-reply">回复</span></div></div></li>"""


def short_prefix_thread(items: str) -> str:
    return f"""<div id="comment"><div class="c-header"><em>7&nbsp;</em>条评论</div>
      <div class="inputBox"><div class="c-textarea"><textarea placeholder="写下您的评论..."></textarea></div></div>
      <ul>{items}</ul></div>"""


def test_a_bare_list_of_named_posts_in_the_comment_area_is_the_thread() -> None:
    """"div#comment" is the comment area, and its bare list, every item holding a poster's name
    part and a time part, is the thread, though neither list nor items are named comments."""
    items = short_prefix_post(64409395803, "海之声322", "转发了。于谦岳父的蒙古海军司令") + \
        short_prefix_post(58901842912, "青柠荔", "收回来。")
    p = page_of(ARTICLE + short_prefix_thread(items))
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("海之声322", "转发了。于谦岳父的蒙古海军司令"), ("青柠荔", "收回来。")]


def test_a_bare_list_with_an_undated_item_is_no_thread() -> None:
    """Counter-examples: a bare list in the area whose items name no time (readers who liked the
    article), and such a list outside any comment area (the site's latest posts), are no thread."""
    undated = short_prefix_post(1, "海之声322", "点赞了这篇文章", when="") + short_prefix_post(2, "青柠荔", "点赞了这篇文章", when="")
    assert extract_comments(page_of(ARTICLE + short_prefix_thread(undated))) == []
    items = short_prefix_post(1, "海之声322", "转发了。") + short_prefix_post(2, "青柠荔", "收回来。")
    assert extract_comments(page_of(ARTICLE + f'<div class="sidebar"><ul>{items}</ul></div>')) == []



def test_a_comment_classed_box_round_the_comment_area_is_the_section() -> None:
    """"div.detail-comment" round "div#comment" (count, form, thread): a box classed as a comment
    that holds the comment area is the section, not one more comment made of the whole thread."""
    items = short_prefix_post(1, "顺风顺水", "孩子失踪的地方离冰川多远？") + short_prefix_post(2, "风子", "从出口监控没有看到失踪孩子。")
    thread = short_prefix_thread(items).replace("</ul></div>", '</ul> <a class="c-load-more">查看更多评论</a> '
                                                  '<div class="dialog"><span class="dialog-title">举报此人</span></div></div>')
    p = page_of(ARTICLE + f'<div class="detail-comment"><a id="comment_area" href="#"></a>{thread}</div>')
    assert [c.text for c in extract_comments(p)] == ["孩子失踪的地方离冰川多远？", "从出口监控没有看到失踪孩子。"]


def test_a_post_holding_its_own_comment_area_is_still_a_post() -> None:
    """Counter-example: a post box classed as a comment that holds its own comment area (a Q&A
    answer and the comments under it) has words outside the area: it stays a post."""
    reply = ('<li class="comment" id="comment-2"><span class="comment-author">刘枪枪</span>'
             '<div class="comment-content">同意。</div></li>')
    post = (f'<div class="answer-comment" id="comment-1"><span class="comment-author">大风起兮</span><div class="comment-content">'
            f'富士康确实是家血汗工厂。</div><div class="comments"><ul>{reply}</ul></div></div>')
    p = page_of(ARTICLE + post)
    assert [c.text for c in extract_comments(p)] == ["富士康确实是家血汗工厂。", "同意。"]
