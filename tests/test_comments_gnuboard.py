"""Reader comments in GnuBoard5's comment skin (issue 16, fifth session, template-source probes).

gnuboard/gnuboard5 ``skin/board/basic/view_comment.skin.php``: section#bo_vc holds one
article#c_<id> per comment (a reply indented by style, with an "icon_reply" image); its unclassed
<header> prints an <h1> "Name님의 댓글", the name from get_sideview() (a member's a.sv_member and
its span.sv menu, repeated in noscript.sv_nojs; a guest's span.sv_guest), the label "작성일" and
span.bo_vc_hdinfo's <time>; the words in a bare <p>, the actions in footer ul.bo_vc_act; the form
in aside#bo_vc_w after the section.
"""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://board.example.kr/bbs/board.php?bo_table=free&wr_id=1"

page_of = partial(parsed_page, url=URL, lang="ko")

ARTICLE = """<article id="bo_v"><header><h2 id="bo_v_title">비타민 D 보충제, 골절 예방 효과 없어</h2></header>
  <section id="bo_v_atc"><div id="bo_v_con"><p>대규모 임상시험 결과 비타민 D 보충제가 노인의 골절을 예방하지 못한다는
  연구가 발표됐다.</p><p>연구진은 오 년 동안 이만 명 이상의 참가자를 추적 관찰했다.</p></div></section></article>"""
FIRST = "좋은 기사 감사합니다. 비타민 D 효과에 대해 다시 생각해 보게 되네요."
REPLY = "의사 선생님도 결핍이 아니면 굳이 먹을 필요 없다고 하셨어요."
MENU = '<a href="/bbs/memo_form.php?me_recv_mb_id={mb}" onclick="win_memo(this.href); return false;">쪽지보내기</a>' \
       '<a href="/bbs/profile.php?mb_id={mb}" onclick="win_profile(this.href); return false;">자기소개</a>'


def member(mb: str, name: str) -> str:
    """get_sideview() for a member: the name link, its menu, the same menu for readers without script."""
    menu = MENU.format(mb=mb)
    return (f'<span class="sv_wrap"><a href="/bbs/profile.php?mb_id={mb}" class="sv_member" title="{name} 자기소개" '
            f'target="_blank" rel="nofollow" onclick="return false;">{name}</a><span class="sv">{menu}</span>'
            f'<noscript class="sv_nojs"><span class="sv">{menu}</span></noscript></span>')


def comment(cid: int, heading: str, name_html: str, iso: str, shown: str, words: str, *, reply: bool = False) -> str:
    """One comment as the skin prints it."""
    indent = ' style="margin-left:20px;border-top-color:#e0e0e0"' if reply else ""
    icon = '<img src="/skin/board/basic/img/icon_reply.gif" class="icon_reply" alt="댓글의 댓글">' if reply else ""
    return (f'<article id="c_{cid}"{indent}><header style="z-index:3"><h1>{heading}님의 댓글</h1>\n{name_html}\n{icon}\n'
            f'작성일\n<span class="bo_vc_hdinfo"><time datetime="{iso}">{shown}</time></span></header>\n'
            f'<p>\n{words}\n</p><span id="edit_{cid}"></span><span id="reply_{cid}"></span>'
            f'<input type="hidden" value="" id="secret_comment_{cid}"><textarea id="save_comment_{cid}" style="display:none">{words}</textarea>'
            f'<footer><ul class="bo_vc_act"><li><a href="./board.php?bo_table=free&amp;wr_id=1&amp;c_id={cid}&amp;w=c#bo_vc_w" '
            f'onclick="comment_box(\'{cid}\', \'c\'); return false;">답변</a></li></ul></footer></article>')


def board(comments: str) -> str:
    """The list in section#bo_vc, then the form in aside#bo_vc_w."""
    return (ARTICLE + f'<section id="bo_vc"><h2>댓글목록</h2>{comments}</section>'
            '<aside id="bo_vc_w"><h2>댓글쓰기</h2><form name="fviewcomment" action="./write_comment_update.php" method="post">'
            '<input type="hidden" name="w" value="c" id="w"><textarea id="wr_content" name="wr_content" title="내용"></textarea>'
            '<input type="submit" id="btn_submit" class="btn_submit" value="댓글등록"></form></aside>')


def test_gnuboard5_comments_give_name_date_and_words() -> None:
    """Each article#c_<id> is one comment: its header's <h1> is no mark of the article, the name
    is get_sideview()'s (not its menu), the label "작성일" and the date are off the words."""
    p = page_of(board(comment(201, "김민수", member("minsu", "김민수"), "2025-11-12T08:15:00+09:00", "25-11-12 08:15", FIRST)
                      + comment(202, "이지은", '<span class="sv_guest">이지은</span>', "2025-11-13T09:00:00+09:00",
                                "25-11-13 09:00", REPLY, reply=True)))
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("김민수", "2025-11-12", FIRST), ("이지은", "2025-11-13", REPLY)]


def test_an_empty_gnuboard5_list_gives_no_comment() -> None:
    """Counter-example: section#bo_vc printing "등록된 댓글이 없습니다." (no comments yet) holds none."""
    p = page_of(board('<p id="bo_vc_empty">등록된 댓글이 없습니다.</p>'))
    assert extract_comments(p) == []


def test_words_opening_with_the_date_label_stay_the_readers() -> None:
    """Counter-example: the label is dropped as a line of its own only; a reader's sentence opening
    with it ("작성일 기준으로…") keeps it."""
    words = "작성일 기준으로 보면 이 연구는 벌써 삼 년 전 자료네요."
    p = page_of(board(comment(201, "김민수", member("minsu", "김민수"), "2025-11-12T08:15:00+09:00", "25-11-12 08:15", words)))
    assert [(c.author, c.text) for c in extract_comments(p)] == [("김민수", words)]
