"""People on Chinese, Japanese and Korean news pages (issue 16, convention probes, fourth session):
the credit forms the major portals and platforms print, each on a page of our own making."""

from __future__ import annotations

from harvester.models import ArticleRecord
from tests.field_pages import (
    ZH_PARAGRAPHS,
    ZH_TITLE,
    credited_people,
    extract,
    jsonld,
    page,
    zh_page,
)

_KO_TITLE = "서울 지하철 신규 노선 연말 개통"
_KO_TEXT = (
    "<p>서울시는 7일 지하철 신규 노선의 토목 공사가 모두 끝났으며 현재 설비 시험과 시운전을 진행하고 있다고 밝혔다.</p>"
    "<p>신규 노선은 총 길이 약 30킬로미터로 20개 역이 설치되며 개통 후 도시 동부의 주거 지역과 업무 지구를 연결한다.</p>"
    "<p>관계자는 시운전 기간 정식 운영 기준에 따라 열차를 운행하고 각종 비상 계획을 훈련할 것이라고 설명했다.</p>"
)




def _ko(body: str) -> str:
    return page(f"<article><h1>{_KO_TITLE}</h1>{body}</article>", title=_KO_TITLE, lang="ko")


def test_a_newsroom_role_word_between_the_names_is_no_one() -> None:
    """A credit line split at its spaces or slashes leaves the role words between the names: "记者
    王小明、李华 通讯员 赵六" (the correspondent's word), "澎湃新闻记者 刘威 实习生 张三" (the intern's),
    and a WeChat closing "编辑/排版：李华" (editing and layout) read "编辑" as a writer. Role words name
    no one."""
    line = zh_page(f"<p>记者 王小明、李华 通讯员 赵六</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(line)) == ["王小明", "李华", "赵六"]
    intern = zh_page(f'<div class="news_about"><p>澎湃新闻记者 刘威 实习生 张三</p></div>{ZH_PARAGRAPHS}')
    assert "实习生" not in credited_people(extract(intern))
    layout = zh_page(f"{ZH_PARAGRAPHS}<p>来源：解放日报</p><p>编辑/排版：李华</p><p>审核：赵六</p>")
    assert credited_people(extract(layout)) == []


def test_a_name_that_holds_a_role_word_stays() -> None:
    """Counter-example: only a role word standing alone goes; a name holding one of its characters
    ("王编") and the names beside it stay."""
    html = zh_page(f"<p>记者 王编、李华</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(html)) == ["王编", "李华"]


def test_a_korean_byline_names_the_reporters_before_the_word_for_reporter() -> None:
    """Korean papers print "홍길동 기자" and go on in the same line with the day the story went in
    ("입력 2020.05.12 10:20"), put a correspondent's city before an equals sign ("워싱턴=김철수 특파원")
    and join two reporters with a middle dot ("홍길동·김철수 기자"): the names alone."""
    for byline, names in (("홍길동 기자 <span>입력 2020.05.12 10:20</span>", ["홍길동"]),
                          ("워싱턴=김철수 특파원", ["김철수"]), ("홍길동·김철수 기자", ["홍길동", "김철수"])):
        html = _ko(f'<div class="byline">{byline}</div>{_KO_TEXT}')
        assert credited_people(extract(html, "https://www.example.co.kr/news/articleView.html?idxno=1")) == names, byline


def test_a_korean_word_that_opens_with_reporter_is_no_byline() -> None:
    """Counter-example: "기자회견" (a press conference) opens with the word for reporter; "서울시 기자회견"
    in the byline's place names no reporter "서울시"."""
    html = _ko(f'<div class="byline">서울시 기자회견</div>{_KO_TEXT}')
    assert "서울시" not in credited_people(extract(html, "https://www.example.co.kr/news/articleView.html?idxno=1"))


def test_a_bar_after_the_writers_label_credits_the_writer() -> None:
    """WeChat articles and 36Kr open the text with "文 | 王小明" or "文｜王小明" (text by, a bar where
    others print a slash or colon), Caixin with "文｜财新 记者 王小明 李华" (the outlet, a space, the
    reporter's word): the writers."""
    for line, names in (("文 | 王小明", ["王小明"]), ("文｜王小明", ["王小明"]), ("文｜财新 记者 王小明 李华", ["王小明", "李华"])):
        html = zh_page(f"<p>{line}</p><p>编辑｜赵六</p>{ZH_PARAGRAPHS}")
        assert credited_people(extract(html)) == names, line


def test_a_bar_after_an_editors_or_pictures_label_credits_no_writer() -> None:
    """Counter-example: "编辑｜赵六" (editor) and "图 | 张三" (picture) in the same form name no writer."""
    html = zh_page(f"<p>编辑｜赵六</p><p>图 | 张三</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(html)) == []


def test_a_portals_channel_or_an_official_account_declared_as_author_is_no_one() -> None:
    """Portals declare their news channel as each page's author ("新浪新闻", "腾讯新闻"), and the
    accounts of governments and cities post as "…发布" ("上海发布") in the author's field: publishers.
    The reporter the page prints is the person."""
    declared = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": ZH_TITLE,
                       "author": {"@type": "Person", "name": "新浪新闻"}})
    html = zh_page(f"<p>新京报讯（记者 王小明）上海市交通委员会今日表示，地铁新线的土建工程已经全部完成。</p>{ZH_PARAGRAPHS}", declared)
    assert credited_people(extract(html)) == ["王小明"]
    account = zh_page(f'<div class="a_Info"><span class="a_author">作者：上海发布</span></div>{ZH_PARAGRAPHS}',
                  '<meta name="author" content="腾讯新闻客户端">')
    assert credited_people(extract(account)) == []


def test_a_name_ending_in_a_single_character_of_those_words_stays() -> None:
    """Counter-example: only the whole word ends an outlet's name; a writer "李闻" or "张发" stays."""
    for name in ("李闻", "张发"):
        assert credited_people(extract(zh_page(ZH_PARAGRAPHS, f'<meta name="author" content="{name}">'))) == [name], name


def test_the_reporters_bracket_closing_the_text_credits_them() -> None:
    """Chinese papers close a report with its reporters in brackets of their own: "（记者 王小明）",
    "（本报记者 张三 李四）"."""
    for line, names in (("（记者 王小明）", ["王小明"]), ("（本报记者 张三 李四）", ["张三", "李四"])):
        assert credited_people(extract(zh_page(f"{ZH_PARAGRAPHS}<p>{line}</p>"))) == names, line


def test_a_photographers_or_the_ends_bracket_closing_the_text_credits_no_one() -> None:
    """Counter-example: "（记者 张伟 摄）" credits a picture and "（完）" marks the end; a reporter's
    bracket inside the text's last sentence is no closing credit."""
    for line in ("（记者 张伟 摄）", "（完）", "据介绍，该项目由记者站协调（记者 张伟）完成。"):
        assert credited_people(extract(zh_page(f"{ZH_PARAGRAPHS}<p>{line}</p>"))) == [], line


def _agencies(record: ArticleRecord) -> list[str]:
    return [author.name for author in record.byline.authors if author.kind == "agency"]


def test_china_news_services_own_dateline_credits_the_agency() -> None:
    """China News Service cables its own copy as "中新网5月12日电 (记者 李纯)" (its site's name in the
    dateline, where Xinhua prints "新华社"): the agency, and the reporter."""
    html = zh_page(f"<p>中新网5月12日电 (记者 李纯)上海市交通委员会今日表示，地铁新线的土建工程已经全部完成。</p>{ZH_PARAGRAPHS}")
    record = extract(html, "https://www.chinanews.com/gn/2020/05-12/9181.shtml")
    assert _agencies(record) == ["China News Service"]
    assert credited_people(record) == ["李纯"]


def test_another_sites_dateline_credits_no_agency() -> None:
    """Counter-example: "人民网北京5月12日电" is people.com.cn's, a site and no agency."""
    html = zh_page(f"<p>人民网北京5月12日电 上海市交通委员会今日表示，地铁新线的土建工程已经全部完成。</p>{ZH_PARAGRAPHS}")
    assert _agencies(extract(html)) == []


def test_a_korean_wires_dateline_credits_the_agency_and_its_reporter() -> None:
    """Korean wire copy opens "(서울=연합뉴스) 홍길동 기자 = …" (the city, Yonhap, the reporter, an
    equals sign), and News1 and Newsis print the same form: the agency and the reporter."""
    for dateline, agency in (("(서울=연합뉴스) 홍길동 기자 = ", "Yonhap"), ("(서울=뉴스1) 홍길동 기자 = ", "News1")):
        html = _ko(f"<p>{dateline}서울시는 7일 지하철 신규 노선의 토목 공사가 모두 끝났다고 밝혔다.</p>{_KO_TEXT}")
        record = extract(html, "https://www.example.co.kr/news/articleView.html?idxno=1")
        assert _agencies(record) == [agency], dateline
        assert credited_people(record) == ["홍길동"], dateline


def test_a_korean_picture_credit_in_the_same_form_credits_no_one() -> None:
    """Counter-example: "(사진=서울시 제공)" (photo: provided by the city) opens many Korean ledes in
    the same bracket and equals sign: no agency, no reporter."""
    html = _ko(f"<p>(사진=서울시) 서울시는 7일 지하철 신규 노선의 토목 공사가 모두 끝났다고 밝혔다.</p>{_KO_TEXT}")
    record = extract(html, "https://www.example.co.kr/news/articleView.html?idxno=1")
    assert _agencies(record) == [] and credited_people(record) == []


def test_a_news_agency_as_the_source_in_a_dated_info_line_is_credited() -> None:
    """Chinese portals print the day first in the info line under the headline, the source after it
    and more fields after that: "2020-05-12 10:20:31　来源: 新华社" (NetEase's post_info, Sina's,
    chinanews'), "来源: 新华社　作者：李明". Xinhua is the agency; the writer's field stays the writer's."""
    for line, people in (("2020-05-12 10:20:31　来源: 新华社", []), ("2020-05-12 10:20:31　来源: 新华社　作者：李明", ["李明"])):
        record = extract(zh_page(f'<div class="post_info">{line}</div>{ZH_PARAGRAPHS}'))
        assert _agencies(record) == ["Xinhua"], line
        assert credited_people(record) == people, line


def test_a_paper_or_site_as_the_source_in_a_dated_info_line_credits_no_agency() -> None:
    """Counter-example: "来源: 北京青年报" (a newspaper) and "来源：新华网" (Xinhua's web portal, as the
    guide reads it) after the day credit no agency."""
    for line in ("2020-05-12 10:20:31　来源: 北京青年报", "2020-05-12 10:20:31 来源：新华网"):
        assert _agencies(extract(zh_page(f'<div class="post_info">{line}</div>{ZH_PARAGRAPHS}'))) == [], line


_JA_TITLE = "東京で新しい地下鉄が開業"
_JA_TEXT = (
    "<p>東京都は七日、新しい地下鉄路線が来月開業すると発表した。総延長は約三十キロで、二十の駅が設けられる。</p>"
    "<p>都の担当者は、開業後は都心と郊外の移動時間が大幅に短縮されると説明した。利用者は一日約十万人を見込む。</p>"
)


def _ja(body: str) -> str:
    return page(f"<article><h1>{_JA_TITLE}</h1>{body}</article>", title=_JA_TITLE, lang="ja")


def test_a_japanese_wires_dateline_or_closing_bracket_credits_the_wire() -> None:
    """Japanese papers run Kyodo's and Jiji's copy under "【ワシントン共同】" (the city glued to the
    wire's short name) or close it "…と発表した。（共同）": the agency."""
    for body, agency in ((f"<p>【ワシントン共同】米政府は七日、新たな制裁を発表した。</p>{_JA_TEXT}", "Kyodo"),
                         (f"<p>【北京時事】中国政府は七日、新たな方針を発表した。</p>{_JA_TEXT}", "JIJI"),
                         (f"{_JA_TEXT}<p>米政府は七日、新たな制裁を発表した。（共同）</p>", "Kyodo")):
        assert _agencies(extract(_ja(body), "https://www.example.jp/news/2020/05/12/1.html")) == [agency], body


def test_joint_in_a_sentences_bracket_is_no_wire() -> None:
    """Counter-example: "共同" (joint) in a bracket inside a sentence ("日米（共同）研究") or a heading
    bracket naming another thing ("【共同研究】") credits no wire."""
    for body in (f"<p>日米の（共同）研究チームは七日、成果を発表した。</p>{_JA_TEXT}", f"<p>【共同研究】成果を発表した。</p>{_JA_TEXT}"):
        assert _agencies(extract(_ja(body), "https://www.example.jp/news/2020/05/12/1.html")) == [], body


def test_a_korean_reporters_byline_closing_the_text_credits_the_reporter() -> None:
    """Korean news close with the reporter's byline and e-mail in a paragraph of its own:
    "홍길동 기자 hong@example.co.kr", "[김철수 특파원]"."""
    for line, names in (("홍길동 기자 hong@example.co.kr", ["홍길동"]), ("[김철수 특파원]", ["김철수"])):
        html = _ko(f"{_KO_TEXT}<p>{line}</p>")
        assert credited_people(extract(html, "https://www.example.co.kr/news/articleView.html?idxno=1")) == names, line


def test_a_korean_sentence_closing_the_text_credits_no_one() -> None:
    """Counter-example: a last sentence about reporters ("서울시는 기자들에게 설명했다.") or a contact
    line ("문의 hong@example.co.kr") is no byline."""
    for line in ("서울시는 기자들에게 설명했다.", "문의 hong@example.co.kr"):
        html = _ko(f"{_KO_TEXT}<p>{line}</p>")
        assert credited_people(extract(html, "https://www.example.co.kr/news/articleView.html?idxno=1")) == [], line


def test_a_japanese_writers_credit_names_the_writer() -> None:
    """Japanese features credit "文・山田太郎", "取材・文：山田 太郎" (reported and written by, the family
    and given name apart) and go on with the photographer's field on the same line: the writer alone."""
    for line, name in (("文・山田太郎", "山田太郎"), ("取材・文：山田 太郎　写真：佐藤花子", "山田 太郎"),
                       ("文／やまだ花子、写真／佐藤花子", "やまだ花子")):
        html = _ja(f"<p>{line}</p>{_JA_TEXT}")
        assert credited_people(extract(html, "https://www.example.jp/news/2020/05/12/1.html")) == [name], line


def test_a_japanese_photographers_credit_names_no_writer() -> None:
    """Counter-example: "写真：佐藤花子" (photograph) and "文化部" (a culture desk, opening with the
    character for text) name no writer."""
    for line in ("写真：佐藤花子", "文化部・山田"):
        html = _ja(f"<p>{line}</p>{_JA_TEXT}")
        assert credited_people(extract(html, "https://www.example.jp/news/2020/05/12/1.html")) == [], line


def test_an_unbracketed_reporters_credit_after_this_papers_news_names_them() -> None:
    """Regional papers open "本报讯 记者王小明 通讯员李华 报道：" (this paper's news, the reporter and the
    correspondent, "reports:"): both, "报道" no name."""
    for opening, names in (("本报讯 记者王小明 通讯员李华 报道：", ["王小明", "李华"]), ("本报讯（记者 张伟）报道：", ["张伟"])):
        html = zh_page(f"<p>{opening}上海市交通委员会今日表示，地铁新线的土建工程已经全部完成。</p>{ZH_PARAGRAPHS}")
        assert credited_people(extract(html)) == names, opening


def test_a_reporters_word_in_this_papers_news_without_the_reports_word_names_no_one() -> None:
    """Counter-example: "本报讯 据记者了解，…" (as the reporter learnt) names no reporter."""
    html = zh_page(f"<p>本报讯 据记者了解，上海市交通委员会今日表示，地铁新线的土建工程已经全部完成。</p>{ZH_PARAGRAPHS}")
    assert credited_people(extract(html)) == []
