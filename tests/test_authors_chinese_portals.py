"""People on Chinese news portals (issue 16, fourteenth round, fields-external-4's misses): how the
portals print and declare their writers, and what they print where a writer's name goes that is none."""

from __future__ import annotations

from harvester.models import ArticleRecord
from tests.field_pages import ZH_PARAGRAPHS, credited_people, extract, zh_page


def test_a_chinese_outlet_or_source_note_where_the_name_goes_is_no_one() -> None:
    """Chinese portals declare the paper or site as the author ("证券时报网", a website; "新京报", a
    newspaper; a company "…有限公司") and print "作者：网络整理" (compiled from the web) where the
    writer's name goes: outlets, companies and source notes, no person."""
    for meta in ("证券时报网", "新京报", "青岛软媒网络科技有限公司", "IT之家"):
        html = zh_page(ZH_PARAGRAPHS, f'<meta name="author" content="{meta}">')
        assert credited_people(extract(html)) == [], meta
    assert credited_people(extract(zh_page(f'<div class="info"><span>作者：网络整理</span></div>{ZH_PARAGRAPHS}'))) == []


def test_a_chinese_writer_beside_the_outlet_meta_stays() -> None:
    """Counter-example: with the outlet's meta gone, the printed author field names the writer; a
    two-character name ending in an outlet's character ("李社") is a person's."""
    html = zh_page(f'<div class="info"><span>来源：证券时报网</span><span>作者：李在山</span></div>{ZH_PARAGRAPHS}',
               '<meta name="author" content="证券时报网">')
    assert credited_people(extract(html)) == ["李在山"]
    short = zh_page(ZH_PARAGRAPHS, '<meta name="author" content="李社">')
    assert credited_people(extract(short)) == ["李社"]


def test_the_lede_opening_bracket_credits_the_reporters() -> None:
    """Chinese news credit their reporters in brackets opening the lede, after the dateline or the
    paper's "快讯": "新京报快讯（记者 裴剑飞）", "新华社北京12月9日电（记者唐霁）", and a hospital's
    "（职工通讯员 李琴雯 刘会）"; the role words go, each name is a person."""
    for opening, names in (("新京报快讯（记者 王小明）", ["王小明"]), ("新华社上海12月9日电（记者唐霁）", ["唐霁"]),
                           ("（职工通讯员 李琴雯 刘会）", ["李琴雯", "刘会"]),
                           ("本报讯（记者 张伟 通讯员 李华）", ["张伟", "李华"])):
        html = zh_page(f"<p>{opening}上海市交通委员会今日表示，地铁新线的土建工程已经全部完成，预计年底前正式通车。</p>{ZH_PARAGRAPHS}")
        assert credited_people(extract(html)) == names, opening


def test_a_photographers_or_a_later_bracket_credits_no_writer() -> None:
    """Counter-examples: "（记者 张伟 摄）" credits a picture, and a bracket deep in a sentence ("…告诉
    （实习生 李华）…") is no opening credit."""
    photo = zh_page(f"<p>（记者 张伟 摄）</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(photo)) == []
    later = zh_page("<p>上海市交通委员会今日表示，地铁新线的土建工程已经全部完成，有关负责人在现场告诉（实习生 李华）说，"
                f"预计年底前正式通车。</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(later)) == []


def test_the_author_field_inside_an_info_line_names_the_writer() -> None:
    """Portals print the author among the info line's fields under the headline, with or without its
    colon: "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", "出处：快科技 作者：宪瑞
    编辑：宪瑞 人气： 5380 次"."""
    for line, name in (("发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", "魏星"),
                       ("2020-11-23 10:22:14 出处：快科技 作者：宪瑞 编辑：宪瑞 人气： 5380 次 评论(18)", "宪瑞")):
        html = zh_page(f'<div class="tit_bar"><h4>{line}</h4></div>{ZH_PARAGRAPHS}')
        assert credited_people(extract(html)) == [name], line


def test_an_info_line_naming_a_body_or_only_an_editor_names_no_writer() -> None:
    """Counter-examples: "作者：医技药剂党支部时间：…" names a party branch (more than four characters
    before the next field), "编辑：宪瑞" an editor, and "本文作者认为" is a sentence's word."""
    for line in ("来源：本站原创 作者：医技药剂党支部时间：2019年10月31日 23:00 浏览： 33",
                 "2020-11-23 10:22:14 出处：快科技 编辑：宪瑞 人气： 5380 次", "本文作者认为 新线 将在年底通车"):
        html = zh_page(f'<div class="tit_bar"><h4>{line}</h4></div>{ZH_PARAGRAPHS}')
        assert credited_people(extract(html)) == [], line


def test_a_closing_writing_credit_names_the_writers() -> None:
    """Chinese pages close the text with its writers' credit: "采写：南都见习记者 林子沛" (gathered and
    written by, the paper's reporter word dropped), "执笔/叨叨姐、胡一刀&李小飞刀" (the pen, names
    joined by "、" and "&")."""
    for line, names in (("<p>采写：南都见习记者 林子沛</p>", ["林子沛"]),
                        ("<p><strong>执笔/叨叨姐、胡一刀&amp;李小飞刀</strong></p>", ["叨叨姐", "胡一刀", "李小飞刀"])):
        html = zh_page(f"{ZH_PARAGRAPHS}{line}")
        assert credited_people(extract(html)) == names, line


def test_a_closing_picture_or_editing_credit_names_no_writer() -> None:
    """Counter-examples: "摄影/张艳 编辑/苏芳" credits a photographer and an editor, and a writing
    label opening a long sentence is no credit."""
    for line in ("<p>医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳</p>",
                 "<p>执笔：上海市交通委员会有关负责人在接受采访时表示，新线通车后将大大缓解城市东部居民的出行压力。</p>"):
        html = zh_page(f"{ZH_PARAGRAPHS}{line}")
        assert credited_people(extract(html)) == [], line


def test_an_author_boxs_labels_and_headlines_are_no_names() -> None:
    """A portal's author box prints its labels ("当前位置 :", "发布于 …", "相关文章") and the writer's
    other headlines in elements named for the author: a Chinese name holds no digit and no colon."""
    html = zh_page(f'<div class="news-author"><p class="author-desc"><strong>当前位置 :</strong></p>'
               '<div class="author-news"><a class="more">相关文章</a><ul><li><a href="/a/1">天秤币迷思：真能实现精密的平衡吗？</a></li>'
               f'<li><a href="/a/2">半个月涨逾30%</a></li></ul></div></div>{ZH_PARAGRAPHS}')
    assert credited_people(extract(html)) == []


def test_a_name_in_the_author_box_stays() -> None:
    """Counter-example: the writer's name in the same box is a person."""
    html = zh_page(f'<div class="news-author"><p class="author">王小明</p><div class="author-news"><a class="more">相关文章</a>'
               f'</div></div>{ZH_PARAGRAPHS}')
    assert credited_people(extract(html)) == ["王小明"]


def _agencies(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "agency"]


def test_a_source_field_naming_a_wire_credits_the_agency() -> None:
    """Portals print where the copy came from in the info line: "来源：中新网" (China News Service's
    wire, by its website's name) credits the agency, as "Quelle: KNA" does."""
    html = zh_page(f'<div class="time"><span>2019-09-09 10:21:33</span><span>来源：中新网</span></div>{ZH_PARAGRAPHS}')
    assert _agencies(extract(html)) == ["China News Service"]


def test_a_source_field_naming_a_paper_credits_no_agency() -> None:
    """Counter-example: "来源：证券时报网" names a paper's website, no wire and no writer."""
    html = zh_page(f'<div class="time"><span>2019-09-09 10:21:33</span><span>来源：证券时报网</span></div>{ZH_PARAGRAPHS}')
    record = extract(html)
    assert _agencies(record) == [] and credited_people(record) == []


def test_a_reprints_writer_and_paper_credit_names_the_writer() -> None:
    """A portal's reprint prints its writer and the paper it first ran in under the headline:
    "石佳/中国青年报" names the writer 石佳."""
    html = zh_page(f'<div class="news_about"><p>石佳/中国青年报</p><p>2019-12-28 10:21</p></div>{ZH_PARAGRAPHS}')
    assert credited_people(extract(html)) == ["石佳"]


def test_two_names_or_a_path_apart_by_a_slash_are_no_reprint_credit() -> None:
    """Counter-examples: "张伟/李华" (two names, no paper after the slash) and "首页/新闻" (a trail)."""
    for line in ("张伟/李华", "首页/新闻"):
        html = zh_page(f'<div class="news_about"><p>{line}</p><p>2019-12-28 10:21</p></div>{ZH_PARAGRAPHS}')
        assert credited_people(extract(html)) == [], line
