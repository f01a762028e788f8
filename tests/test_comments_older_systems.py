"""Reader comments of older comment systems (issue 16, twelfth round: fields-external-1.json): a
numbered list of bare items, underscored class names, a subject part, a quoted reader, hex ids and
"Posted by" lines. Each class has a page of our own making and a counter-example that must not change."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://healthnews.example/2010/10/flu-season-map/"

page_of = partial(parsed_page, url=URL, lang="en")

ARTICLE = """<article><h1>Flu season starts early this year</h1>
  <p>Health officials say the flu season has started two weeks earlier than usual in most states, and
  urge older adults to get vaccinated now rather than wait for the winter peak of infections.</p></article>"""


def bare_item(name: str, when: str, words: str, quote: str = "") -> str:
    """One comment as a forum-backed comment list prints it: an unnamed <li>, its author a profile
    link, its date in a meta box, its text in "submitted-comment", then Reply/Quote controls."""
    return f"""<li class="odd clearfix"><div><a name="46062"></a></div>
      <div class="group"><div class="comment-avatar"><img src="/a.jpg" alt="avatar for user {name}"></div>
        <div class="commentor-info"><div><a href="/members/profile/view.cfm?id=1">{name}</a></div></div>
        <div class="comment-meta">Reply #2 <div>{when}</div></div></div>
      <div class="submitted-comment clearfix">{quote}<p>{words}</p></div>
      <ul class="comment-controls"><li class="reply"><a href="#threadform">Reply</a></li>
        <li class="quote"><a href="#">Quote</a></li></ul></li>"""


def test_items_of_a_comment_list_in_a_comment_area_are_comments() -> None:
    """An "ol#commentsList" in the comment area holds bare "<li class=odd>" items: each is a comment,
    its text without the Reply/Quote controls, and a quoted reader's box ("<blockquote><cite>Name:
    date</cite>…") is neither its author nor its text (a news site's 20 printed comments were missed)."""
    quote = "<blockquote><div><cite>Mikey123: Oct. 9, 2010 - 7:56 AM EST</cite></div><p>Get the shot.</p></blockquote>"
    p = page_of(ARTICLE + f"""<div id="comments"><h2>Readers' Comments (718)</h2><ol id="commentsList">
      {bare_item("Dread-neck", "Oct. 9, 2010 - 7:28 AM EST", "People are queueing at the pharmacy already.")}
      {bare_item("conserv", "Oct. 9, 2010 - 8:02 AM EST", "Here here.", quote)}</ol></div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Dread-neck", "People are queueing at the pharmacy already."), ("conserv", "Here here.")]


def test_a_latest_comments_widget_list_stays_no_comments() -> None:
    """Counter-example: a "ul.commentList" of the site's latest comments (an article's title and a
    date, no author) holds no comment of this page."""
    p = page_of(ARTICLE + """<div class="latestComments"><h3>Neue Kommentare</h3><ul class="commentList">
      <li class="quip-latest-comment"><h4><a href="/slider#qcom294">Slider mit CSS3</a>
        <span class="commentDate">vor 2 Monaten</span></h4><p>Man muss schauen, dass …</p></li>
      <li class="quip-latest-comment"><h4><a href="/tabs#qcom288">Tabs mit purem CSS</a>
        <span class="commentDate">vor 3 Monaten</span></h4><p>Vielen Dank …</p></li></ul></div>""")
    assert extract_comments(p) == []


def slate_item(number: int, item_class: str, title: str, author_line: str, words: str) -> str:
    """One comment of an older Drupal theme: "article_comment_item" (a reply "article_comment_answer"),
    the reader's title in "comment_title", the author in a "Soumis par <name>, le <date>" line."""
    title_part = f'<div class="comment_title">{title}</div>' if title else ""
    return f"""<a id="comment-{number}"></a><div class="{item_class}">
      <div class="comment_author_pic"><img src="/avatar.jpg"></div>
      <div class="comment_infos">{title_part}<div class="comment_author">{author_line}</div></div>
      <div class="comment_content"><p>{words}</p></div></div>"""


def test_underscored_comment_items_their_titles_and_answers() -> None:
    """"article_comment_item" names a comment as "article-comment-item" would, a reply
    "article_comment_answer" too; the title a reader typed ("comment_title") opens the text."""
    p = page_of(ARTICLE + f"""<div class="article_footer_comments"><div id="article_comments_content">
      {slate_item(106187, "article_comment_item", "Une histoire bien française",
                  'Soumis par <span class="comment_author_name">Roger</span>, le lundi 29 octobre 2012 à 16h01',
                  "La bourgeoisie des héritiers s'associe.")}
      <div class="indented">{slate_item(106269, "article_comment_answer", "",
                  '<span class="comment_author_name">Stephane</span> a répondu le mardi 30 octobre 2012 à 11h45',
                  "Tout à fait d'accord !")}</div></div></div>""", lang="fr")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Roger", "Une histoire bien française\n\nLa bourgeoisie des héritiers s'associe."),
        ("Stephane", "Tout à fait d'accord !")]


def test_a_no_comments_box_with_underscores_stays_no_comment() -> None:
    """Counter-example: "no_comment" and "show_comments" are no comment items, underscored or not."""
    p = page_of(ARTICLE + """<div id="comments"><div class="no_comment">Noch keine Kommentare.</div>
      <div class="show_comments"><a href="#c">Kommentare anzeigen</a> <span class="date">2012</span></div></div>""")
    assert extract_comments(p) == []


def test_comment_ids_of_hex_object_ids() -> None:
    """"div#comment-4e7a3582eab8eab87600003f" (a database object id, not a number) names the comment
    as "comment-5" does."""
    def hex_item(ident: str, words: str) -> str:
        return f"""<div id="comment-{ident}" class="comments even"><div class="inner"><b>Beltway Greg</b>
          <span class="smaller">on <a href="/c/{ident}" title="Permalink to this comment">Sep 21, 3:05 PM</a> said:</span>
          <div class="comment-content"><div class="comment-text">{words}</div></div></div></div>"""
    p = page_of(ARTICLE + f"""<div id="comments"><h3>The Water Cooler</h3>
      {hex_item("4e7a3582eab8eab87600003f", "If you're short you better cover.")}
      {hex_item("4e7a39cbecad049c39000029", "Cover shorts in what?")}</div>""")
    assert [c.text for c in extract_comments(p)] == ["If you're short you better cover.", "Cover shorts in what?"]


def posted_box(title: str, words: str, line: str) -> str:
    return f"""<div class="visitors_comment_content"><h3>{title}<a href="javascript:void(0)" name="c_1"></a></h3>
      <p>{words}</p><p class="common_date">{line}</p></div>"""


def test_a_comment_box_holding_its_posted_by_line() -> None:
    """A comment's text box ("visitors_comment_content") holding its own "Posted by: Name, date" line,
    twice or more outside the article: each box is one comment, its heading the reader's title."""
    p = page_of(ARTICLE + f"""<div class="visitors_comment_block"><div class="section_title" id="comments">
      <p><span>Visitor comments</span></p></div><div class="common_inner_block">
      {posted_box("USA &amp; IFRS??", "Last time I checked, there was no decision.", "Posted by: Florida CPA, 27 Sep 2011 | 15:22")}
      {posted_box("Get Real", "The US is about 25% of the world economy.", "Posted by: SJ, 28 Sep 2011 | 09:10")}</div></div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Florida CPA", "USA & IFRS??\n\nLast time I checked, there was no decision."),
        ("SJ", "Get Real\n\nThe US is about 25% of the world economy.")]


def test_boxes_with_a_date_line_and_no_credit_stay_no_comments() -> None:
    """Counter-example: the same boxes whose date line names no one ("Updated 27 Sep 2011") are a
    list of notes, no readers' posts."""
    p = page_of(ARTICLE + f"""<div class="common_inner_block">
      {posted_box("Update", "The figures were revised.", "Updated 27 Sep 2011 | 15:22")}
      {posted_box("Correction", "An earlier version misnamed the agency.", "Updated 28 Sep 2011 | 09:10")}</div>""")
    assert extract_comments(p) == []


def test_a_reply_list_opening_with_an_empty_item() -> None:
    """"<ul class=fig-comment-child><li><li class=fig-comment>" (the parser closes the empty <li>): the
    reply list still holds the reply, which comes after its parent; the avatar box's "Abonné" badge is
    no text."""
    def fig(name: str, words: str, replies: str = "") -> str:
        return f"""<li class="fig-comment"><article class="fig-comment-content">
          <div class="fig-comment-avatar-wrapper"><a href="/page/{name}"><img src="/a.jpg"></a>
            <span class="fig-comment-type">Abonné</span></div>
          <div class="fig-comment-header"><a href="/page/{name}" class="fig-comment-user">{name}</a></div>
          <div class="fig-comment-msg"><p>{words}</p></div>
          <div class="fig-comment-footer"><span class="fig-comment-timestamp">Le 06/04/2013 à 11:36</span></div>
        </article>{replies}</li>"""
    p = page_of(ARTICLE + f"""<div class="fig-mod-line"><ul class="fig-comments">
      {fig("papi744", "On vend les bijoux de famille.",
           '<ul class="fig-comment-child"><li>' + fig("Pauvre France15", "il arrive chez sa tante") + "</ul>")}
      {fig("Glaius", "Ce gouvernement gratte les fonds de tiroir.")}</ul></div>""", lang="fr")
    found = extract_comments(p)
    assert [(c.author, c.text) for c in found] == [
        ("papi744", "On vend les bijoux de famille."), ("Pauvre France15", "il arrive chez sa tante"),
        ("Glaius", "Ce gouvernement gratte les fonds de tiroir.")]
    assert (found[1].reply_to, found[2].reply_to) == (found[0].id, None)


def card_comment(number: int, author_box: str, words: str) -> str:
    return f"""<div class="comment" id="comment-{number}"><div class="author_name">{author_box}</div>
      <div class="comment_body"><div class="comment_time">12:40 AM on 8/16/2010</div>{words}</div></div>"""


def test_an_author_card_gives_the_name_of_its_opening_link() -> None:
    """An author box that is a card ("<a>MetalCanuck</a><div class=bio_teaser>…<div>34 Fans</div>")
    names the reader by its opening link, not by the whole card ("MetalCanuck 34 Fans")."""
    p = page_of(ARTICLE + f"""<div id="comments">{card_comment(57293761,
        '<a href="/social/MetalCanuck">MetalCanuck</a><div class="bio_teaser">Clinton Democrat</div>'
        '<div class="author_fans"><a href="/social/MetalCanuck/fans">34 Fans</a></div>', "CHANGE!!")}</div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [("MetalCanuck", "CHANGE!!")]


def test_an_author_card_opening_with_the_name_in_text_keeps_it() -> None:
    """Counter-example: a card whose name is printed as text before a link ("<p>Jane Doe</p><a>Website</a>")
    is read as before: the link is not the name."""
    p = page_of(ARTICLE + f"""<div id="comments">{card_comment(57293762,
        '<p>Jane Doe</p><a href="https://jane.example/">Website</a>', "Thanks for the update.")}</div>""")
    (comment,) = extract_comments(p)
    assert comment.author == "Jane Doe"


def test_a_title_line_holding_the_author_and_date_is_no_subject() -> None:
    """Counter-example: a "commentTitle" line holding the author and date parts is the comment's
    header: the text opens with what the reader wrote, not with "Critica vor 11 Wochen"."""
    p = page_of(ARTICLE + """<div class="comments" id="comments"><div class="comment">
      <p class="commentTitle"><span class="commentAuthor">Critica</span> <span class="commentDate">vor 11 Wochen</span></p>
      <p class="commentText">Noch Fragen?</p></div></div>""", lang="de")
    assert [(c.author, c.text) for c in extract_comments(p)] == [("Critica", "Noch Fragen?")]
