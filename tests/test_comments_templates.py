"""Reader comments in the markup of comment templates read at their source (issue 16, fifth session,
template-source probes): each test prints a template's markup faithfully, element names, classes
and order as the template renders them, inside an article page; each rule has a counter-example
where it must not fire."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://portal.example/portal.php?mod=view&aid=88"

page_of = partial(parsed_page, url=URL, lang="zh")

ARTICLE = """<article><h1>上海地铁新线年底通车</h1>
  <p>上海市交通委员会今日表示，地铁新线的土建工程已经全部完成，目前正在进行设备调试和试运行，预计年底前正式通车。</p>
  <p>新线全长约三十公里，共设车站二十座，通车后将连接城市东部的多个居住区和商务区。</p></article>"""
FIRST = "这条地铁线通车以后，我上班可以少换乘两次，节省不少时间。"
SECOND = "希望试运行期间多做几次应急演练，安全第一。"


def discuz_portal(cid: int, name: str, when: str, words: str, *, static: bool = False) -> str:
    """Discuz! X's portal comment (template/default/portal/portal_comment_li.htm): an anchor, then a
    <dl id="comment_<cid>_li">, its <dt> the quote and report links floated right ("y") before the
    name and date, its <dd> the words. A page the portal wrote out as static HTML (``makehtml``)
    prints the floated box empty."""
    actions = "" if static else (
        f'\t\t\t<a href="javascript:;" onclick="portal_comment_requote({cid}, \'88\');" class="xg2">引用</a>\n'
        f'\t\t\t<a href="misc.php?mod=report&amp;rtype=comment&amp;rid={cid}" id="a_report_{cid}" class="xg2">举报</a>\n')
    return (f'<a name="comment_anchor_{cid}"></a>\n<dl id="comment_{cid}_li" class="ptm pbm bbda cl">\n\t<dt class="mbm">\n'
            f'\t\t<span class="y">\n{actions}\t\t</span>\n'
            f'\t\t<a href="home.php?mod=space&amp;uid={cid}" class="xi2 xw1" c="1">{name}</a>\n'
            f'\t\t<span class="xg1 xw0">{when}</span>\n\t</dt>\n\t<dd>{words}</dd>\n</dl>\n')


def discuz_portal_page(comments: str) -> str:
    """The portal article page's comment box: div#comment.bm, its heading, div#comment_ul and the form."""
    return (ARTICLE + '<div id="comment" class="bm"><div class="bm_h cl"><a href="portal.php?mod=comment&amp;id=88&amp;idtype=aid" '
            'class="y">查看全部评论(<em>2</em>)</a><h3 class="ss">最新评论</h3></div><div id="comment_ul" class="bm_c">' + comments
            + '</div><form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post">'
            '<textarea name="message" rows="3" class="pt" id="message"></textarea>'
            '<button type="submit" name="commentsubmit_btn" id="commentsubmit_btn" class="pn"><strong>评论</strong></button></form></div>')


def uchome(cid: int, name: str, when: str, words: str) -> str:
    """UCenter Home's comment (space_comment_li: li#comment_<cid>_li, the reply link floated in
    div.r_option, the name and date in div.title, the words in div.detail#comment_<cid>)."""
    return (f'<li id="comment_{cid}_li"><div class="avatar48"><a href="space.php?uid={cid}"><img src="/avatar.gif" class="avatar"></a></div>'
            f'<div class="title"><div class="r_option"><a href="cp.php?ac=comment&amp;op=reply&amp;cid={cid}" id="c_{cid}_reply">回复</a></div>'
            f'<a href="space.php?uid={cid}" id="author_{cid}">{name}</a> <span class="gray">{when}</span></div>'
            f'<div class="detail" id="comment_{cid}">{words}</div></li>')


def test_discuz_portal_comment_boxes_are_comments() -> None:
    """Discuz!'s "comment_<cid>_li" names a comment, printed as a <dl>: each box is one comment with
    its words and date."""
    p = page_of(discuz_portal_page(discuz_portal(5, "上海小张", "2025-11-12 08:15", FIRST)
                                   + discuz_portal(6, "地铁迷", "2025-11-13 09:00", SECOND)))
    assert [(c.text, str(c.published_at)[:10]) for c in extract_comments(p)] == [
        (FIRST, "2025-11-12"), (SECOND, "2025-11-13")]


def test_a_uchome_comment_holding_its_words_box_is_one_comment() -> None:
    """li#comment_5_li holds div#comment_5 (the words): one comment, whose header gives name and date."""
    p = page_of(ARTICLE + '<div class="comments_list" id="comment"><ul id="comment_ul">'
                + uchome(5, "上海小张", "2025-11-12 08:15", FIRST) + uchome(6, "地铁迷", "2025-11-13 09:00", SECOND) + "</ul></div>")
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("上海小张", "2025-11-12", FIRST), ("地铁迷", "2025-11-13", SECOND)]


def test_a_definition_list_in_a_comments_words_is_no_comment_of_its_own() -> None:
    """Counter-example: a <dl> a reader typed (Drupal's basic HTML allows it) is part of the words."""
    p = parsed_page(
        "<article><h1>Vitamin D pills do not prevent fractures</h1><p>A large randomised trial followed more than twenty "
        "thousand adults for five years and found no benefit from a daily vitamin D supplement.</p></article>"
        '<section class="comments"><article id="comment-61" class="comment js-comment"><footer class="comment__meta">'
        '<p class="comment__author"><span>Maria Lopez</span></p><p class="comment__time">Wed, 11/12/2025 - 08:15</p></footer>'
        '<div class="comment__content"><div class="field field--name-comment-body"><p>Two terms the article mixes up:</p>'
        "<dl><dt>Deficiency</dt><dd>a level below 30 nmol/l.</dd><dt>Insufficiency</dt><dd>between 30 and 50.</dd></dl>"
        "</div></div></article></section>",
        url="https://health.example.org/2025/11/vitamin-d-trial/")
    comments = extract_comments(p)
    assert [(c.author, c.text.split()[:2]) for c in comments] == [("Maria Lopez", ["Two", "terms"])]
    assert "Insufficiency" in comments[0].text


def test_reply_and_report_links_before_the_name_are_the_headers() -> None:
    """Discuz!'s <dt> prints its quote and report links (floated right) before the name: "引用 举报
    上海小张 2025-11-12 08:15" names 上海小张."""
    p = page_of(discuz_portal_page(discuz_portal(5, "上海小张", "2025-11-12 08:15", FIRST)
                                   + discuz_portal(6, "地铁迷", "2025-11-13 09:00", SECOND)))
    assert [c.author for c in extract_comments(p)] == ["上海小张", "地铁迷"]


def test_a_handle_opening_with_an_actions_characters_stays_whole() -> None:
    """Counter-example: on a static portal page (no links in the header) a handle that opens with the
    characters of an action, "回复君", is the name whole."""
    p = page_of(discuz_portal_page(discuz_portal(5, "回复君", "2025-11-12 08:15", FIRST, static=True)
                                   + discuz_portal(6, "引用达人", "2025-11-13 09:00", SECOND, static=True)))
    assert [c.author for c in extract_comments(p)] == ["回复君", "引用达人"]


HEALTH_URL = "https://health.example.org/2025/11/vitamin-d-trial/"
HEALTH_ARTICLE = ("<article><h1>Vitamin D pills do not prevent fractures</h1><p>A large randomised trial followed more than "
                  "twenty thousand adults for five years and found no benefit from a daily vitamin D supplement.</p></article>")


def typepad(cid: str, name: str, when: str, words: str) -> str:
    """TypePad's classic comment: the words first, then the footer line "Posted by: Name | date"
    (``p.comment-footer``, the name and the date unclassed links)."""
    return (f'<div class="comment font-entrybody" id="comment-{cid}"><a id="c{cid}"></a>'
            f'<div class="comment-content font-entrybody" id="comment-{cid}-content"><p>{words}</p></div>'
            f'<p class="comment-footer font-entryfooter">Posted by: <a rel="nofollow" href="https://blog.example/">{name}</a> | '
            f'<a rel="nofollow" href="{HEALTH_URL}?cid={cid}#comment-{cid}">{when}</a></p></div>')


def test_a_comment_footer_line_names_the_author_and_the_date() -> None:
    """TypePad prints who and when under the words, in a footer line no part of which is classed."""
    p = parsed_page(HEALTH_ARTICLE + '<div class="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3>'
                    '<div class="comments-content">'
                    + typepad("6a00d83451b31c69e201b8d2e1f1e1970c", "Maria Lopez", "November 12, 2025 at 08:15 AM",
                              "I have taken vitamin D for years on my doctor's advice.")
                    + typepad("6a00d83451b31c69e201b8d2e1f1e2970c", "Tom Baker", "November 13, 2025 at 09:00 AM",
                              "Thanks for explaining the difference between the trials.")
                    + "</div></div>", url=HEALTH_URL)
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("Maria Lopez", "2025-11-12", "I have taken vitamin D for years on my doctor's advice."),
        ("Tom Baker", "2025-11-13", "Thanks for explaining the difference between the trials.")]


def test_a_footers_edit_date_does_not_replace_the_classed_date() -> None:
    """Counter-example: the date the header gives (a ``<time datetime>``) stays the comment's date when
    a footer line prints the day it was edited."""
    p = parsed_page(HEALTH_ARTICLE + '<div id="comments" class="comments-area"><ol class="comment-list">'
                    '<li id="comment-11" class="comment"><div class="comment-author vcard"><b class="fn">Maria Lopez</b></div>'
                    '<div class="comment-date"><time datetime="2025-11-12T08:15:00+00:00">November 12, 2025</time></div>'
                    "<div class=\"comment-content\"><p>I have taken vitamin D for years on my doctor's advice.</p></div>"
                    '<div class="comment-footer">Last edited November 14, 2025 · <a class="comment-reply-link" href="#">Reply</a></div>'
                    "</li></ol></div>", url=HEALTH_URL)
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("Maria Lopez", "2025-11-12", "I have taken vitamin D for years on my doctor's advice.")]


def test_a_footer_of_buttons_dates_nothing() -> None:
    """Counter-example: a portal's comment section, itself classed as a comment box, ends with its
    editor's footer of buttons ("表情 加粗 发表", guancha's "comment-footer"): no date, so the section
    is no comment of its own."""
    def post(post_id: int, name: str, words: str) -> str:
        return (f'<li data-id="{post_id}" class="comment-item"><div class="user-box"><a href="//user.portal.example/user/personal-homepage?uid={post_id}" '
                f'class="user-nick">{name}</a></div><div class="comment-txt">{words}</div>'
                '<div class="list-footer"><span class="time">3小时前</span><a href="javascript:;">回复</a></div></li>')
    p = page_of(ARTICLE + '<div class="gc-comment" id="comments-container" data-id="423745"><h3>热门评论 <span>2</span>条</h3>'
                '<div class="comment-list"><ul class="list-body">' + post(1, "上海小张", FIRST) + post(2, "地铁迷", SECOND)
                + '</ul></div><h3>我要评论</h3><div class="comment-component"><div class="edui-editor-body"><div id="mainUE" '
                'contenteditable="true"><p>请自觉遵守互联网相关的政策法规，共同营造“阳光、理性、平和、友善”的跟评互动环境。</p></div></div>'
                '<div class="comment-footer"><a href="javascript:;" class="face">表情</a><a href="javascript:;" class="bold">加粗</a>'
                '<a href="javascript:;" class="btn-publish">发表</a></div></div></div>')
    assert [(c.author, c.text) for c in extract_comments(p)] == [("上海小张", FIRST), ("地铁迷", SECOND)]


def hatena(cid: str, user: str, iso: str, shown: str, words: str) -> str:
    """Hatena Blog's comment: li.entry-comment in ul.comment inside div.comment-box (no comment-area
    class), p.comment-user-name, p.comment-content, p.comment-metadata."""
    return (f'<li class="entry-comment js-entry-comment" data-comment-id="{cid}"><p class="comment-user-name">'
            f'<a class="comment-user-id" href="https://blog.hatena.ne.jp/{user}/">id:{user}</a></p>'
            f'<p class="comment-content">{words}</p><p class="comment-metadata"><a class="comment-permalink" href="#{cid}">'
            f'<time datetime="{iso}" title="{shown}">{shown}</time></a></p></li>')


def test_comments_in_an_unspaced_script_are_counted_in_its_words() -> None:
    """Outside a known comment area a comment needs a few words: a Japanese comment has no spaces, and
    its sentence was one "word"; its characters, two to a word, are its words."""
    words = ("私も毎日ビタミンDを飲んでいましたが、この記事を読んで考え直しました。", "骨折の予防には運動も大事だと医師に言われました。")
    p = parsed_page(HEALTH_ARTICLE + '<div class="comment-box js-comment-box"><ul class="comment js-comment">'
                    + hatena("131", "sakura", "2025-11-12T08:15:00+09:00", "2025-11-12 08:15", words[0])
                    + hatena("132", "kenta", "2025-11-13T09:00:00+09:00", "2025-11-13 09:00", words[1])
                    + '</ul><a class="leave-comment-title js-leave-comment-title">コメントを書く</a></div>', url=HEALTH_URL, lang="ja")
    assert [(c.author, c.text) for c in extract_comments(p)] == [("id:sakura", words[0]), ("id:kenta", words[1])]


def test_a_short_cjk_kicker_outside_a_comment_area_is_no_comment() -> None:
    """Counter-example: an opinion section's teaser ("评论" is also "Opinion") printing a name, a day and a
    two-character kicker is no reader's comment."""
    teaser = ('<div class="comment-item"><span class="comment-author">本报评论员</span>'
              '<span class="comment-date">2025-11-12</span><p>社论</p></div>')
    p = page_of(ARTICLE + '<aside class="sidebar">' + teaser + teaser.replace("2025-11-12", "2025-11-13") + "</aside>")
    assert extract_comments(p) == []


RU_URL = "https://news.example.ru/society/501-vitamin-d.html"
RU_ARTICLE = ("<article><h1>Витамин D не защищает от переломов</h1><p>Крупное рандомизированное исследование пяти лет "
              "наблюдения за двадцатью тысячами взрослых не нашло пользы от ежедневного приёма витамина D.</p></article>")


def dle(cid: int, name: str, when: str, words: str, replies: str = "") -> str:
    """DataLife Engine: the engine's tree markup (li#comments-tree-item-<n>, div#comment-id-<n>, the words
    in div#comm-id-<n>) around the Default template's comments.tpl (com_info, com_user, com_content)."""
    return (f'<li id="comments-tree-item-{cid}" class="comments-tree-item"><div id="comment-id-{cid}"><div class="comment">'
            f'<div class="com_info"><div class="avatar"><span class="cover">{name}</span></div>'
            f'<div class="com_user"><b class="name"><a href="/user/{name}/">{name}</a></b><span class="grey date">{when}</span></div>'
            f'<div class="meta"><ul class="left"><li class="reply grey" title="Ответить"><a href="#"><span class="title_hide">Ответить</span></a></li>'
            f'<li class="complaint" title="Жалоба"><a href="#"><span class="title_hide">Жалоба</span></a></li></ul></div></div>'
            f'<div class="com_content"><div class="text"><div id="comm-id-{cid}">{words}</div></div></div></div></div>{replies}</li>')


def dle_page(items: str) -> str:
    return (RU_ARTICLE + '<div class="block story_comments" id="dle-comments-form"><h4 class="block_title">Комментарии</h4></div>'
            '<div id="dle-comments-list"><div id="dle-ajax-comments"></div><ol class="comments-tree-list">' + items + "</ol></div>")


def test_datalife_engine_comments_are_read_by_the_engines_ids() -> None:
    """DLE's ids are the engine's, whatever the template: each tree item is one comment, its words the
    comm-id box, a reply nested in the item's own comments-tree-list."""
    first, reply, last = ("Спасибо за статью, очень полезно знать про витамин D.", "А что говорят врачи о дозировке для пожилых?",
                          "Полностью согласен с выводами исследования.")
    p = parsed_page(dle_page(dle(501, "Иван", "12.11.2025, 08:15", first,
                                 '<ol class="comments-tree-list">' + dle(502, "Мария", "12.11.2025, 09:00", reply) + "</ol>")
                             + dle(503, "Олег", "13.11.2025, 10:00", last)), url=RU_URL, lang="ru")
    assert [(c.author, c.text, c.reply_to) for c in extract_comments(p)] == [
        ("Иван", first, None), ("Мария", reply, "comment-501"), ("Олег", last, None)]


def test_a_dle_reply_quoting_a_comment_starts_after_the_quote() -> None:
    """Counter-example: the words box holds DLE's quote of another reader (div.quote between the
    engine's QuoteBegin marks); the reply's own words start after it."""
    quoted = ('<!--QuoteBegin--><div class="quote"><!--QuoteEBegin-->Спасибо за статью, очень полезно знать про витамин D.'
              "<!--QuoteEnd--></div><!--QuoteEEnd-->А мне врач советовал не бросать.")
    p = parsed_page(dle_page(dle(501, "Иван", "12.11.2025, 08:15", "Спасибо за статью, очень полезно знать про витамин D.")
                             + dle(502, "Мария", "12.11.2025, 09:00", quoted)), url=RU_URL, lang="ru")
    assert [c.text for c in extract_comments(p)] == [
        "Спасибо за статью, очень полезно знать про витамин D.", "А мне врач советовал не бросать."]


def k2(cid: int, name: str, when: str, words: str, parity: str) -> str:
    """Joomla K2's item comment (components/com_k2/templates/default/item.php): li.even/odd in
    ul.itemCommentsList, a "Comment Link" anchor, span.commentDate, span.commentAuthorName " posted by
    <a>Name</a>", the words in a bare <p>."""
    return (f'<li class="{parity}"><span class="commentLink"><a href="/news/item/501-vitamin-d#comment{cid}" name="comment{cid}" '
            f'id="comment{cid}">Comment Link</a></span><img src="/media/k2/users/noavatar.png" alt="{name}" width="48" height="48">'
            f'<span class="commentDate">{when}</span><span class="commentAuthorName"> posted by <a href="https://blog.example/" '
            f'title="{name}" rel="nofollow">{name}</a></span><p>{words}</p><div class="clr"></div></li>')


def test_a_camelcase_list_of_comments_is_the_comment_list() -> None:
    """K2 names its list "itemCommentsList" (camelCase, the item's comments list): read word by word it
    is a comment list, and each of its bare items a comment."""
    first, second = "I have taken vitamin D for years on my doctor's advice.", "Thanks for explaining the trials."
    p = parsed_page(HEALTH_ARTICLE + '<div class="itemComments"><h3 class="itemCommentsCounter"><span>2</span> comments</h3>'
                    '<ul class="itemCommentsList">' + k2(11, "Maria Lopez", "Wednesday, 12 November 2025 08:15", first, "even")
                    + k2(12, "Tom Baker", "Thursday, 13 November 2025 09:00", second, "odd") + "</ul></div>", url=HEALTH_URL)
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("Maria Lopez", "2025-11-12", first), ("Tom Baker", "2025-11-13", second)]


def test_a_camelcase_latest_comments_widget_is_no_comment_list() -> None:
    """Counter-example: K2's "latest comments" module (ul in div.k2LatestCommentsBlock, classed
    "latestCommentsList" in many templates) lists comments on other items: no comment of this page."""
    rows = "".join(f'<li><span class="lcComment">{words}</span><span class="lcUsername">{name}</span>'
                   f'<span class="lcCommentDate">{when}</span></li>'
                   for name, when, words in [("Maria Lopez", "12 November 2025", "Omega-3 pills are worth a second look, I think."),
                                             ("Tom Baker", "13 November 2025", "Calcium is the one my doctor worries about.")])
    p = parsed_page(HEALTH_ARTICLE + '<aside><div class="k2LatestCommentsBlock"><ul class="latestCommentsList">' + rows
                    + "</ul></div></aside>", url=HEALTH_URL)
    assert extract_comments(p) == []


def kboard(name: str, when: str, words: str) -> str:
    """KBoard's comment (cosmosfarm/KBoard-wordpress-plugin, plugins/kboard-comments/skin/default/
    list-template.php): a bare <li> whose parts are named after the list, "comments-list-username",
    "-create" (the time), "-content", "-controller"."""
    return (f'<li><div class="comments-list-username">{name}</div><div class="comments-list-create">{when}</div>'
            f'<div class="comments-list-content">{words}</div><div class="comments-list-controller"><span><a href="#">삭제</a></span>'
            '<span><a href="#">댓글</a></span></div><hr></li>')


KO_WORDS = ("좋은 기사 감사합니다. 비타민 D 효과에 대해 다시 생각해 보게 되네요.", "의사 선생님도 결핍이 아니면 굳이 먹을 필요 없다고 하셨어요.")


def test_parts_named_after_the_comment_list_and_a_creation_time_are_read() -> None:
    """KBoard names each comment's parts after its list: the creation time ("-create") printing a
    year is the date, "comments-list-content" the words; a bare list of such rows is the thread."""
    p = parsed_page(HEALTH_ARTICLE + '<div id="kboard-comments"><div class="comments-list"><ul>'
                    + kboard("김민수", "2025-11-12 08:15", KO_WORDS[0]) + kboard("이지은", "2025-11-13 09:00", KO_WORDS[1])
                    + "</ul></div></div>", url=HEALTH_URL, lang="ko")
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("김민수", "2025-11-12", KO_WORDS[0]), ("이지은", "2025-11-13", KO_WORDS[1])]


def test_a_create_box_without_a_year_dates_nothing() -> None:
    """Counter-example: a "comment-create" box that is the editor creating a comment ("댓글 쓰기", no
    date) inside a comment section classed as a comment box gives the section no date: it stays no
    comment of its own."""
    def post(post_id: int, name: str, words: str) -> str:
        return (f'<li data-id="{post_id}" class="comment-item"><div class="user-box"><a href="//user.portal.example/user/personal-homepage?uid={post_id}" '
                f'class="user-nick">{name}</a></div><div class="comment-txt">{words}</div>'
                '<div class="list-footer"><span class="time">3시간 전</span><a href="javascript:;">답글</a></div></li>')
    p = parsed_page(HEALTH_ARTICLE + '<div class="ko-comment" id="comments-container"><h3>댓글 <span>2</span></h3>'
                    '<div class="comment-list"><ul class="list-body">' + post(1, "김민수", KO_WORDS[0]) + post(2, "이지은", KO_WORDS[1])
                    + '</ul></div><div class="comment-create"><div contenteditable="true"><p>댓글을 입력하세요.</p></div>'
                    '<a href="javascript:;" class="btn-publish">댓글 쓰기</a></div></div>', url=HEALTH_URL, lang="ko")
    assert [(c.author, c.text) for c in extract_comments(p)] == [("김민수", KO_WORDS[0]), ("이지은", KO_WORDS[1])]


def xe(cid: int, uid: int, name: str, when: str, words: str) -> str:
    """XE/Rhymix board skin's comment: li#comment_<n>.fdb_itm, div.meta (a.author, span.date), the words
    in div.xe_content, then div.fdb_nav with its "댓글" (reply) link, no part of which is classed."""
    return (f'<li id="comment_{cid}" class="fdb_itm clear"><div class="meta"><a href="#popup_menu_area" class="member_{uid} author" '
            f'onclick="return false">{name}</a><span class="date">{when}</span></div><div class="comment_{cid}_{uid} xe_content">{words}</div>'
            f'<div class="fdb_nav img_tx"><a class="re_comment" href="/index.php?act=dispBoardReplyComment&amp;comment_srl={cid}">'
            '<i class="fa fa-comment"></i> 댓글</a></div></li>')


def test_a_korean_reply_link_under_the_words_is_no_word() -> None:
    """The "댓글" (reply) link printed under a comment's words on Korean boards is an action."""
    p = parsed_page(HEALTH_ARTICLE + '<div class="fdb_lst_wrp"><div id="cmtPosition" class="fdb_lst"><ul class="fdb_lst_ul">'
                    + xe(101, 7, "김민수", "2025.11.12 08:15", KO_WORDS[0]) + xe(102, 8, "이지은", "2025.11.13 09:00", KO_WORDS[1])
                    + "</ul></div></div>", url=HEALTH_URL, lang="ko")
    assert [c.text for c in extract_comments(p)] == list(KO_WORDS)


def test_a_korean_sentence_ending_with_an_action_word_stays() -> None:
    """Counter-example: a last line that is a reader's sentence holding such a word ("댓글 감사합니다")
    is words, not a link line."""
    last = "좋은 댓글 감사합니다, 답글 남깁니다."
    p = parsed_page(HEALTH_ARTICLE + '<div class="fdb_lst_wrp"><div id="cmtPosition" class="fdb_lst"><ul class="fdb_lst_ul">'
                    + xe(101, 7, "김민수", "2025.11.12 08:15", KO_WORDS[0]) + xe(102, 8, "이지은", "2025.11.13 09:00", f"<p>{KO_WORDS[1]}</p><p>{last}</p>")
                    + "</ul></div></div>", url=HEALTH_URL, lang="ko")
    assert [c.text for c in extract_comments(p)] == [KO_WORDS[0], f"{KO_WORDS[1]}\n\n{last}"]
