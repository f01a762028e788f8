"""Reader comments in the markup of more comment templates read at their source (issue 16, sixth
session, template-source probes): Z-Blog PHP, Drupal's core comment template, django-contrib-comments,
Tistory skins. Each test prints a template's markup faithfully inside a whole article page (header,
navigation, article, sidebar, footer); each rule has a counter-example where it must not fire."""

from __future__ import annotations

from harvester.core import extract_article

ARTICLE_ZH = """<article class="post" id="post-88"><h1 class="post-title">饭后散步有助于降低血糖峰值</h1>
<p class="post-meta">作者：<a href="/author/1">李华</a> 发布于 <time datetime="2025-11-10T09:00:00+08:00">2025-11-10</time></p>
<div class="post-content">
<p>一项发表于本周的随机交叉试验显示，饭后短时间散步可以降低餐后血糖的升高幅度。研究共招募了四十二名糖尿病前期的成年人。</p>
<p>参与者在部分日子里于午餐和晚餐后半小时内以轻松的步伐散步十分钟，其余日子则保持坐姿，连续血糖仪每五分钟记录一次血糖水平。</p>
<p>研究人员报告说，在散步的日子里，餐后血糖峰值平均降低了百分之十七，每天血糖高于目标范围的时间减少了将近一个小时。</p>
<p>作者提醒，这项试验持续时间较短，仅为四周，也没有测量进展为二型糖尿病等长期结果。</p></div></article>"""

ARTICLE_EN = """<article class="node node--type-article"><h1>Walking after meals lowers blood sugar spikes, trial finds</h1>
<p class="node__meta">By <a href="/user/7">Hannah Lee</a>, 10 November 2025</p><div class="node__content">
<p>A short walk after eating lowers the rise in blood sugar that follows a meal, according to a randomised crossover
trial of 42 adults with prediabetes published this week.</p>
<p>Participants walked for ten minutes at an easy pace within half an hour of lunch and dinner on some days and sat
on others, while a continuous glucose monitor recorded their levels every five minutes.</p>
<p>On walking days the peak after meals was on average 17 percent lower, and the time spent above the target range
fell by almost an hour a day, the researchers reported.</p>
<p>The authors caution that the trial was short, lasting four weeks, and did not measure long-term outcomes.</p></div></article>"""


def whole_page(article: str, comments: str, *, lang: str) -> str:
    """An article page around the comment markup: masthead, menu, the article, the comments, a sidebar, a footer."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Health Notes</title>
<meta property="og:type" content="article"></head><body>
<header id="masthead"><p class="site-title"><a href="/">Health Notes</a></p><nav id="site-navigation"><ul class="menu">
<li><a href="/">Home</a></li><li><a href="/category/nutrition/">Nutrition</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div id="content"><main id="main">{article}
{comments}</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent posts</h2><ul>
<li><a href="/2025/11/14/fibre/">How much fibre do we need?</a></li><li><a href="/2025/11/03/sleep/">Short sleep and weight gain</a></li></ul></section></aside></div>
<footer id="colophon"><p>&copy; 2025 Health Notes. <a href="/privacy/">Privacy policy</a></p></footer></body></html>"""


def read(html: str, url: str) -> list[tuple[str | None, str | None, str, str | None]]:
    """(author, day, text, reply_to) of each comment the page gives."""
    return [(c.author, str(c.published_at)[:10] if c.published_at else None, c.text, c.reply_to)
            for c in extract_article(html, url).comments]


# --- Z-Blog PHP ---------------------------------------------------------------------------------

Z1 = "这个方法我试过，晚饭后走十分钟，第二天早上的血糖确实低了一些。"
Z2 = "请问散步的速度有要求吗？我平时走得比较慢。"
Z3 = "感谢分享，文章写得很清楚，转给家里的老人看了。"
ZBLOG_URL = "https://blog.example.cn/post/88.html"


def zblog(cid: int, name: str, when: str, words: str, replies: str = "") -> str:
    """zblogcn/zblogphp zb_users/theme/default/template/comment.php: each comment a <ul class=msg
    id=cmt{ID}>, the avatar, name and "发布于 {Time()}" with the reply link in li.msgname, the words
    in li.msgarticle, the replies' own <ul>s nested in it (``{foreach $comment.Comments}``)."""
    return (f'<ul class="msg" id="cmt{cid}">\n\t<li class="msgname"><img class="avatar" src="/zb_users/avatar/0.png" alt="" width="32"/>'
            f'&nbsp;<span class="commentname"><a href="https://blog.example.cn/" rel="nofollow" target="_blank">{name}</a></span><br/>'
            f'<small>&nbsp;发布于&nbsp;{when}&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" '
            f'onclick="zbp.comment.reply(\'{cid}\')">回复该评论</a></span></small></li>\n\t<li class="msgarticle">{words}\n{replies}\n\t</li>\n</ul>')


def zblog_page(comments: str) -> str:
    """comments.php: the "评论列表" head, the comments between the Ajax labels, then commentpost.php's form."""
    return whole_page(ARTICLE_ZH, '<ul class="msg msghead">\n\t<li class="tbname">评论列表</li>\n</ul>\n<label id="AjaxCommentBegin"></label>'
                      + comments + '<div class="pagebar commentpagebar"></div><label id="AjaxCommentEnd"></label>'
                      '<div class="post" id="divCommentPost"><p class="posttop"><a name="comment">发表评论：</a></p>'
                      '<form id="frmSumbit" method="post" action="/zb_system/cmd.php?act=cmt&amp;postid=88"><p><input type="text" '
                      'name="inpName" id="inpName" value="访客" /> <label for="inpName">名称(*)</label></p><p><textarea name="txaArticle" '
                      'id="txaArticle"></textarea></p><p><input name="sumbit" type="submit" value="提交" class="button" /></p></form></div>',
                      lang="zh")


def test_zblog_comments_are_read_with_their_replies() -> None:
    """Z-Blog's "<ul id=cmt12>" is one comment, though a list and in no comment area; its
    "发布于 <date> 回复该评论" line is its date, neither words nor the reply link."""
    html = zblog_page(zblog(12, "小王", "2025-11-11 08:15:00", Z1, zblog(14, "李华", "2025-11-11 10:02:00", Z3))
                      + zblog(13, "糖友老张", "2025-11-12 21:40:00", Z2))
    assert read(html, ZBLOG_URL) == [
        ("小王", "2025-11-11", Z1, None), ("李华", "2025-11-11", Z3, "cmt12"), ("糖友老张", "2025-11-12", Z2, None)]


def test_a_comment_opening_with_the_label_keeps_its_sentence() -> None:
    """Counter-example: "发布于" and a date in a reader's sentence, with more words after the date, are words."""
    words = "发布于 2025-11-10 的那篇文章我也看过，和这次的结论一样。"
    html = zblog_page(zblog(12, "小王", "2025-11-11 08:15:00", f"{words}<br/>{Z1}"))
    assert [(author, day, text.split("\n")[0]) for author, day, text, _ in read(html, ZBLOG_URL)] == [
        ("小王", "2025-11-11", words)]


def test_a_list_with_a_cmt_name_but_no_number_is_no_comment() -> None:
    """Counter-example: only "cmt<number>" names a comment; a sidebar's "<ul id=cmtlist>" of the site's
    latest comments (other articles') stays out."""
    sidebar = ('<div class="function" id="divComments"><h3 class="function_t">最近发表</h3><ul id="cmtlist">'
               '<li><a href="/post/80.html#cmt5">小王：我也觉得运动很重要，每天坚持走路一小时。</a></li>'
               '<li><a href="/post/81.html#cmt6">老张：多吃蔬菜少吃肉，身体会更健康一些。</a></li></ul></div>')
    assert read(zblog_page(sidebar), ZBLOG_URL) == []


# --- Drupal core's comment template; django-contrib-comments ------------------------------------

W1 = "I tried this after reading about it last month and my evening readings dropped noticeably, even with a short walk."
W2 = "Does it matter whether the walk is before or after dessert? My doctor never mentioned timing at all."
W3 = "Thanks for writing this up. The point about light movement is the part people miss when they hear exercise."
NODE_URL = "https://site.example/node/88"


def drupal_core(cid: int, name: str, created: str, subject: str, words: str, parent: int | None = None) -> str:
    """drupal/drupal core/modules/comment/templates/comment.html.twig as rendered (the markup of Stable
    9 and of themes that do not override it): article#comment-<cid>.js-comment, a bare <footer> with
    "Submitted by {{ author }} on {{ created }}", the hidden "In reply to" line and the permalink, then
    the subject's <h3>, the body field and the links."""
    in_reply = (f'<p class="visually-hidden">In reply to <a href="/comment/{parent}#comment-{parent}" hreflang="en">'
                f'Worked for me</a> by Maria</p>') if parent else ""
    return (f'<article data-comment-user-id="0" id="comment-{cid}" class="js-comment"><span class="hidden" '
            f'data-comment-timestamp="1762848900"></span><footer><article typeof="schema:Person" about="/user/0"></article>'
            f'<p>Submitted by <span>{name} (not verified)</span> on <span>{created}</span></p>{in_reply}'
            f'<a href="/comment/{cid}#comment-{cid}" hreflang="en">Permalink</a></footer><div><h3><a href="/comment/{cid}#comment-{cid}" '
            f'class="permalink" rel="bookmark" hreflang="en">{subject}</a></h3><div class="clearfix text-formatted field '
            f'field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{words}</p></div>'
            f'<ul class="links inline"><li><a href="/comment/reply/node/88/comment/{cid}">Reply</a></li></ul></div></article>')


def drupal_page(comments: str) -> str:
    return whole_page(ARTICLE_EN, '<section class="field field--name-comment field--type-comment field--label-above '
                      'comment-wrapper"><h2>Comments</h2>' + comments + '<h2>Add new comment</h2><form class="comment-comment-form '
                      'comment-form" action="/comment/reply/node/88/comment" method="post" id="comment-form"><label for="edit-name">'
                      'Your name</label><input type="text" id="edit-name" name="name"><textarea name="comment_body[0][value]"></textarea>'
                      '<input type="submit" value="Save"></form></section>', lang="en")


def test_drupal_cores_submitted_line_gives_name_and_date() -> None:
    """The unclassed "Submitted by Name (not verified) on Tue, 11/11/2025 - 08:15" line outside the
    body field names the author and the date; the subject opens the words."""
    html = drupal_page(drupal_core(12, "Maria", "Tue, 11/11/2025 - 08:15", "Worked for me", W1)
                       + '<div class="indented">' + drupal_core(14, "Hannah", "Tue, 11/11/2025 - 10:02", "Thanks", W3, 12)
                       + "</div>" + drupal_core(13, "Tom", "Wed, 11/12/2025 - 21:40", "Timing?", W2))
    assert read(html, NODE_URL) == [("Maria", "2025-11-11", f"Worked for me\n\n{W1}", None),
                                    ("Hannah", "2025-11-11", f"Thanks\n\n{W3}", "comment-12"),
                                    ("Tom", "2025-11-12", f"Timing?\n\n{W2}", None)]


def test_django_comments_date_then_name_line() -> None:
    """django/django-contrib-comments django_comments/templates/comments/list.html: "<dl id=comments>",
    each "<dt id=c{{ comment.id }}>{{ comment.submit_date }} - {{ comment.name }}</dt>" over the
    "<dd><p>{{ comment.comment }}</p></dd>"."""
    listing = ('<h2>Comments</h2><dl id="comments">\n    <dt id="c41">\n      Nov. 11, 2025, 8:15 a.m. - Maria Lopez\n    </dt>\n'
               f'    <dd>\n      <p>{W1}</p>\n    </dd>\n    <dt id="c42">\n      Nov. 12, 2025, 9:40 p.m. - Tom Baker\n    </dt>\n'
               f'    <dd>\n      <p>{W2}</p>\n    </dd>\n</dl><h3>Post a comment</h3><form action="/comments/post/" method="post">'
               '<p><label for="id_comment">Comment</label> <textarea name="comment" id="id_comment"></textarea></p>'
               '<p class="submit"><input type="submit" name="post" class="submit-post" value="Post"></p></form>')
    assert read(whole_page(ARTICLE_EN, listing, lang="en"), "https://site.example/blog/walking/") == [
        ("Maria Lopez", "2025-11-11", W1, None), ("Tom Baker", "2025-11-12", W2, None)]


def test_a_member_box_date_outside_the_words_dates_no_comment() -> None:
    """Counter-example: a forum-like comment whose user box prints "Registriert seit: 12.03.2019" (no
    "Submitted by" label, no date-then-name line) outside its text part gives no date."""
    item = ('<div class="comment" id="comment-5"><div class="comment-author"><a href="/user/5">Maria</a></div>'
            '<div><span>Registriert seit: 12.03.2019</span></div>'
            f'<div class="comment-content"><p>{W1}</p></div></div>')
    assert read(drupal_page(item), NODE_URL) == [("Maria", None, W1, None)]


# --- Tistory skins --------------------------------------------------------------------------------

ARTICLE_KO = """<div class="article-view"><h2 class="title-article">식후 걷기, 혈당 급상승 낮춘다</h2>
<div class="box-info"><span class="date">2025. 11. 10. 09:00</span></div><div class="contents_style">
<p>식사 후 짧게 걷는 것만으로도 식후 혈당 상승폭을 줄일 수 있다는 무작위 교차 임상시험 결과가 이번 주 발표됐다.</p>
<p>참가자들은 어떤 날에는 점심과 저녁 식사 후 30분 안에 10분 동안 가볍게 걸었고, 다른 날에는 앉아서 지냈다.</p>
<p>걷는 날에는 식후 혈당 최고치가 평균 17% 낮았다고 연구진은 밝혔다.</p></div></div>"""
K1 = "저도 식후에 10분씩 걷기 시작했는데 혈당이 확실히 덜 오르는 것 같아요."
K2 = "걷는 속도도 중요한가요? 천천히 걸어도 효과가 있는지 궁금합니다."
K3 = "네, 꾸준히 하시면 더 좋아질 거예요. 응원합니다!"
TISTORY_URL = "https://healthnote.tistory.com/88"


def tistory(cid: int, name: str, when: str, words: str, replies: str = "", *, reply: bool = False) -> str:
    """The Tistory skin guide's comment list (s_rp_container > s_rp_rep, s_rp2_container > s_rp2_rep):
    li#comment<id> (``[##_rp_rep_id_##]``), div of the entry's class, span.image, span.name, span.date,
    span.control with the address, edit/delete and (top level only) reply links, the words in a bare <p>,
    the replies' <ul> after the div."""
    write = "" if reply else (f'<a href="#" onclick="commentComment({cid}); return false;" class="write">&nbsp;\n'
                              '<span>댓글쓰기</span></a>')
    nested = f"<ul>{replies}</ul>" if replies else ""
    return (f"<li id='comment{cid}'>\n<div class=\"rp_general\">\n<span class=\"image\"><img src=\"/skin/images/profile.png\" "
            f'alt="" /></span>\n<span class="name">{name}</span>\n<span class="date"> {when}</span>\n<span class="control">'
            f'<a href="/88#comment{cid}" class="address">&nbsp;\n<span>댓글주소</span></a><a href="#" onclick="deleteComment({cid}); '
            f'return false;" class="modify">&nbsp;\n<span>수정/삭제</span></a>{write}</span>\n<p>{words}</p>\n</div>{nested}\n</li>')


def test_tistory_skin_action_links_open_no_comment() -> None:
    """The control span's "댓글주소 수정/삭제 댓글쓰기", printed between the date and the words, is
    no part of them."""
    listing = ('<div class="commentList"><ol>' + tistory(13045678, "당뇨관리", "2025.11.11 08:15", K1,
                                                         tistory(13045680, "건강노트", "2025.11.11 10:02", K3, reply=True))
               + tistory(13045679, "궁금이", "2025.11.12 21:40", K2) + "</ol></div>")
    assert read(whole_page(ARTICLE_KO, listing, lang="ko"), TISTORY_URL) == [
        ("당뇨관리", "2025-11-11", K1, None), ("건강노트", "2025-11-11", K3, "comment13045678"),
        ("궁금이", "2025-11-12", K2, None)]


def test_an_action_word_alone_is_still_a_comments_words() -> None:
    """Counter-example: a reader's first line opening with an action word ("수정 부탁드려요", please
    correct, in a skin printing no control links) is words, and stays before the rest."""
    def bare(cid: int, words: str) -> str:
        return (f"<li id='comment{cid}'><div class=\"rp_general\"><span class=\"name\">당뇨관리</span>"
                f'<span class="date"> 2025.11.11 08:15</span><p>{words}</p></div></li>')
    listing = '<div class="commentList"><ol>' + bare(13045679, "수정 부탁드려요<br><br>17%가 아니라 15% 아닌가요?") + "</ol></div>"
    assert [text for _, _, text, _ in read(whole_page(ARTICLE_KO, listing, lang="ko"), TISTORY_URL)] == [
        "수정 부탁드려요\n\n17%가 아니라 15% 아닌가요?"]


# --- Dotclear -------------------------------------------------------------------------------------

F1 = "J'ai essayé de marcher dix minutes après le dîner et ma glycémie du soir a vraiment baissé, merci pour l'article."
F2 = "Est-ce que l'effet est le même si on marche avant le repas ? Mon médecin ne m'a jamais parlé de ce moment."
DOTCLEAR_URL = "https://blog.example.fr/post/2025/11/10/marcher"


def dotclear(cid: int, number: int, info: str, words: str) -> str:
    """dotclear/dotclear inc/public/default-templates/dotty/_entry-feedback.html: li#c<id>.comment,
    p.comment-info "<a class=comment-number>N</a> {{tpl:lang From}} {{tpl:CommentAuthorLink}} - <time>",
    the words in div.comment-content."""
    return (f'<li id="c{cid}" class="comment odd"><p class="comment-info"><a href="#c{cid}" class="comment-number">{number}</a>\n'
            f'{info}</p><div class="comment-content"><p>{words}</p></div></li>')


def dotclear_page(items: str) -> str:
    return whole_page(ARTICLE_EN, '<section class="post-feedback"><div class="feedback__comments" id="comments"><h3>2 réactions</h3>'
                      f'<ul class="comments-list">{items}</ul></div><form class="comment-form" action="#pr" method="post" '
                      'id="comment-form"><h3>Ajouter un commentaire</h3><textarea name="c_content" id="c_content"></textarea>'
                      '<p class="buttons"><button type="submit" class="preview" name="preview">Prévisualiser</button></p></form></section>',
                      lang="fr")


def test_dotclear_name_is_the_link_before_the_date() -> None:
    """The element right before the date holds the name: neither the comment's number nor the
    translated "From" ("De") before it is part of it."""
    html = dotclear_page(
        dotclear(101, 1, 'De <a href="https://marie.example/">Marie</a> - <time datetime="2025-11-11T08:15:00+01:00">'
                 '11/11/2025, 08:15</time>', F1)
        + dotclear(102, 2, 'De <a href="https://paul.example/">Paul</a> - <time datetime="2025-11-12T21:40:00+01:00">'
                   '12/11/2025, 21:40</time>', F2))
    assert [(a, d, t) for a, d, t, _ in read(html, DOTCLEAR_URL)] == [("Marie", "2025-11-11", F1), ("Paul", "2025-11-12", F2)]


def test_a_classed_author_wins_over_the_element_before_the_date() -> None:
    """Counter-example: a name part a class names ("<cite class=fn>") is the author, whatever the
    element before the date holds (here a "Permalink" link)."""
    html = dotclear_page(dotclear(101, 1, '<cite class="fn">Marie Curie</cite> <a href="#c101">Permalink</a> - '
                                  '<time datetime="2025-11-11T08:15:00+01:00">11/11/2025, 08:15</time>', F1))
    assert [(a, d, t) for a, d, t, _ in read(html, DOTCLEAR_URL)] == [("Marie Curie", "2025-11-11", F1)]


# --- Plone ----------------------------------------------------------------------------------------

PLONE_URL = "https://site.example/news/walking-after-meals"


def plone(cid: str, depth: int, name: str, when: str, words: str) -> str:
    """plone/plone.app.discussion src/plone/app/discussion/browser/comments.pt (Plone 6): div.comment
    "level-<depth> state-published" with the comment's id, the portrait and div.comment-author (the
    name's link, a <br>, the date in a bare "<small class=text-muted>"), div.comment-body holding the
    words, the reply button; in div.discussion inside div.pat-discussion, no comment area."""
    slug = name.split()[0].lower()
    return (f'<div class="comment level-{depth} state-published" id="{cid}"><div class="d-flex flex-row align-items-center mb-3">'
            f'<div class="comment-image me-3"><a href="https://site.example/author/{slug}"><img alt="{name}" src="/portrait/{slug}" />'
            f'</a></div><div class="comment-author"><a href="https://site.example/author/{slug}">{name}</a><br />'
            f'<small class="text-muted">{when}</small></div></div><div class="comment-body"><p>{words}</p>'
            '<div class="d-flex flex-row justify-content-end mb-3"></div></div><button class="context reply-to-comment-button hide '
            'allowMultiSubmit btn btn-primary btn-sm">Reply</button></div>')


def plone_page(items: str) -> str:
    return whole_page(ARTICLE_EN, f'<div class="pat-discussion"><div class="discussion">{items}</div><div class="reply border p-3" '
                      'id="commenting"><fieldset><legend>Add comment</legend><p>You can add a comment by filling out the form below. '
                      'Plain text formatting.</p><form action="/news/walking/@@view" method="post"><textarea name="form.widgets.comment.text">'
                      '</textarea><input type="submit" name="form.buttons.comment" value="Comment" /></form></fieldset></div></div>', lang="en")


def test_plone_discussion_comments_dated_in_their_author_part() -> None:
    """The date printed in the author part, unclassed, is the date evidence a comment outside any
    comment area needs besides its author."""
    html = plone_page(plone("1762848900000", 0, "Maria Lopez", "Nov 11, 2025 08:15 AM", W1)
                      + plone("1762850000000", 1, "Hannah Lee", "Nov 11, 2025 10:02 AM", W3)
                      + plone("1762983600000", 0, "Tom Baker", "Nov 12, 2025 09:40 PM", W2))
    assert [(a, d, t) for a, d, t, _ in read(html, PLONE_URL)] == [
        ("Maria Lopez", "2025-11-11", W1), ("Hannah Lee", "2025-11-11", W3), ("Tom Baker", "2025-11-12", W2)]


def test_an_undated_comment_box_outside_any_area_stays_no_comment() -> None:
    """Counter-example: an opinion teaser classed "comment" whose author part prints a year but no
    date ("columnist since 2019") is still no reader's comment."""
    teaser = ('<div class="comment"><div class="comment-author"><a href="/author/jane">Jane Doe</a>, columnist since 2019</div>'
              '<div class="comment-body"><p>Why the new sugar tax will not change what children eat at school, and what would.</p></div></div>')
    assert read(plone_page(teaser), PLONE_URL) == []


# --- Serendipity (s9y) ----------------------------------------------------------------------------

G1 = "Ich gehe seit einem Monat nach dem Abendessen zehn Minuten spazieren und meine Werte sind deutlich besser geworden."
G2 = "Spielt es eine Rolle, ob man vor oder nach dem Nachtisch geht? Mein Arzt hat das nie erwähnt."
S9Y_URL = "https://blog.example.de/archives/88-Spazieren.html"


def s9y_bootstrap4(cid: int, who: str, iso: str, shown: str, words: str) -> str:
    """s9y/Serendipity templates/bootstrap4/comments.tpl: li#c<id>.comment, "ul.comment_info" of two
    items, each after an icon whose <title> is its label ("Geschrieben von", "am"): the name, then the
    <time>; the words in div.comment_content; the reply link."""
    icon = ('<svg class="icon-{0}" role="img" viewbox="0 0 1792 1792" width="1792" height="1792" aria-labelledby="title">'
            '<title id="title">{1}</title><use xlink:href="/templates/bootstrap4/img/icons.svg#{0}"></use></svg>')
    return (f'<li id="c{cid}" class="comment mb-4 commentlevel_0"><ul class="comment_info plainList"><li class="d-inline-block">'
            f'{icon.format("user", "Geschrieben von")}{who}</li><li class="d-inline-block">{icon.format("calendar", "am")}'
            f'<time datetime="{iso}">{shown}</time></li></ul><div class="comment_content clearfix"><p>{words}</p></div>'
            f'<a id="serendipity_reply_{cid}" class="comment_reply btn btn-outline-primary btn-sm" href="#serendipity_CommentForm">'
            f'Antworten</a><div id="serendipity_replyform_{cid}"></div></li>')


def s9y_page(items: str) -> str:
    return whole_page(ARTICLE_EN, f'<section id="comments"><h3>Kommentare</h3><ol class="plainList">{items}</ol></section>'
                      '<section id="respond"><h3>Kommentar schreiben</h3><form id="serendipity_comment" action="/comment.php" '
                      'method="post"><textarea name="serendipity[comment]"></textarea><input type="submit" value="Abschicken"></form>'
                      '</section>', lang="de")


def test_s9y_bootstrap4_name_line_before_the_date_line() -> None:
    """The bare name on the line opening the header, before the date's line, is the author."""
    html = s9y_page(s9y_bootstrap4(12, "Maria", "2025-11-11T08:15:00+01:00", "11.11.2025 08:15", G1)
                    + s9y_bootstrap4(13, '<a href="https://tom.example/">Tom</a>', "2025-11-12T21:40:00+01:00", "12.11.2025 21:40", G2))
    assert [(a, d, t) for a, d, t, _ in read(html, S9Y_URL)] == [("Maria", "2025-11-11", G1), ("Tom", "2025-11-12", G2)]


def test_a_first_line_that_is_no_name_credits_no_one() -> None:
    """Counter-example: an action ("Antworten") or a sentence on the line before the date names no author."""
    html = s9y_page(s9y_bootstrap4(12, "Antworten", "2025-11-11T08:15:00+01:00", "11.11.2025 08:15", G1)
                    + s9y_bootstrap4(13, "Endlich!", "2025-11-12T21:40:00+01:00", "12.11.2025 21:40", G2))
    assert [(a, d, t) for a, d, t, _ in read(html, S9Y_URL)] == [(None, "2025-11-11", G1), (None, "2025-11-12", G2)]
