"""Reader comments the markup rules did not see (issue 16, a recall audit after round thirteen):
comment systems named in ways the class rules do not read. Each convention has a page of our own
making and a counter-example that must stay without comments."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://countynews.example/opinion/article.aspx?articleid=20111118"

page_of = partial(parsed_page, url=URL, lang="en")

ARTICLE = """<div id="main"><h1>New rules for the county court</h1>
  <p>The county court will publish the names of witnesses only after the trial, its clerk said on
  Thursday, after a year in which three witnesses were threatened before they could testify.</p></div>"""


def aspnet_row(prefix: str, n: int, name: str, words: str) -> str:
    """One row of an ASP.NET comment control: a table whose boxes are all classed "comment"."""
    row = f"{prefix}_ctrl{n}"
    return f"""<table id="{row}_tblOdd" class="commentBackground"><tr>
      <td id="{row}_tdAvatar"><img id="{row}_imgAvatar" src="/a.jpg"></td>
      <td id="{row}_tdComment"><div>
        <a id="{row}_lnkScreenName" class="comment" href="/profile/profile.aspx?id={n}">{name}</a>
        <span id="{row}_lblCommentDate" class="comment">(1 day ago)</span></div>
        <div class="comment">{words}</div></td></tr></table>"""


def test_each_row_of_an_aspnet_comment_list_is_a_comment() -> None:
    """ASP.NET names every control of a list's row "<list>_ctrl<N>_<control>": with the list named
    for comments, each row is one comment; its date box is named for the date ("lblCommentDate")
    and stays out of the text, the profile link is the author."""
    prefix = "ctl00_body1_CommentControl1_lstComment"
    p = page_of(ARTICLE + aspnet_row(prefix, 0, "Richard Hart", "Simply ghastly. I side with the editors.")
                + aspnet_row(prefix, 1, "Eagle 4", "I think the proposal started in McAlester.")
                + f"""<span id="{prefix}_lblViewAll" class="commentLink">2 comments displayed</span>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Richard Hart", "Simply ghastly. I side with the editors."),
        ("Eagle 4", "I think the proposal started in McAlester."),
    ]


def test_a_list_of_the_most_commented_articles_is_no_comment_list() -> None:
    """Counter-example: a sidebar's repeater of the most commented articles ("rptMostCommented"),
    each row a link to an article and its date, is no reader's comment."""
    prefix = "ctl00_sidebar_rptMostCommented"
    rows = "".join(f"""<div id="{prefix}_ctrl{n}_divItem" class="comment-teaser">
        <a id="{prefix}_ctrl{n}_lnkTitle" href="/news/{n}">School board votes on the new budget plan</a>
        <span id="{prefix}_ctrl{n}_lblDate">Nov 17, 2011</span></div>""" for n in range(3))
    assert extract_comments(page_of(ARTICLE + rows)) == []


def reader_letter(name: str, day: str, words: str) -> str:
    """One reader's post printed as a letter ("Leserbrief"), its name and date in a meta line."""
    return f"""<div class="leserbrief"><div class="leserbrief_inner">
      <div class="leserbrief_meta"><span class="autor">{name}</span> / {day}</div><p>{words}</p></div></div>"""


def test_reader_letters_under_an_article_are_comments() -> None:
    """German sites that print readers' posts as letters ("Leserpost", boxes classed "leserbrief")
    name them in the word their pages print; the meta line gives the author and the date."""
    p = page_of(ARTICLE + """<div id="comment_entries"><div class="headline_section">Leserpost</div>"""
                + reader_letter("Karla Kuhn", "22.04.2020", "Die Regel kommt viel zu spät für die Zeugen.")
                + reader_letter("Hans Kloss", "23.04.2020", "Ein Jahr Drohungen, und erst jetzt handelt das Gericht.")
                + "</div>")
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("Karla Kuhn", "2020-04-22", "Die Regel kommt viel zu spät für die Zeugen."),
        ("Hans Kloss", "2020-04-23", "Ein Jahr Drohungen, und erst jetzt handelt das Gericht."),
    ]


def test_links_to_reader_letters_are_no_comments() -> None:
    """Counter-examples: a menu link and a button to write a letter, and a box of the latest letters
    the site published as articles (each a teaser with its comment count) are no reader's comment."""
    p = page_of(ARTICLE + """<nav><a class="leserbrief" href="/leserbriefe">Leserbrief</a></nav>
      <a class="btn" id="leserbrief" href="/reader_letters/new">Leserbrief schreiben</a>
      <section class="box-item box-aktuelle-leserbriefe"><h3>Leserbrief</h3><div class="box-content">
        <article><div class="comments-wrapper"><a href="/leserbrief-islam#comments">27</a></div>
          <a href="/leserbrief-islam"><h4>LESERBRIEF – Rückblick auf eine Debatte</h4></a>
          <p>Die Debatte macht derweil viel von sich reden, und meist negativ.</p>
          <span class="date">22.04.2020</span></article></div></section>""")
    assert extract_comments(p) == []


def test_an_underscored_meta_line_gives_the_date() -> None:
    """"comment_meta" is "comment-meta" written with an underscore (an older WordPress theme's
    "<div class=comment_meta><a href=#comment-5>29.07.2006 um 16:43</a> | Antworten</div>"): the date."""
    p = page_of(ARTICLE + """<ol class="commentlist"><li class="comment" id="comment-754844">
      <div class="comment_content"><div class="comment_author"><a href="https://blog.example" class="url">Yalcin</a></div>
      <div class="comment-text"><p>Wirklich eine gute Regel, endlich.</p></div>
      <div class="comment_meta"><a href="#comment-754844">29.07.2006 um 16:43</a></div></div></li></ol>""")
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract_comments(p)] == [
        ("Yalcin", "2006-07-29", "Wirklich eine gute Regel, endlich.")]


def news_comment(name: str, when: str, words: str) -> str:
    """One comment of a news site's own system: "news-comment-main", name and date in classed boxes."""
    return f"""<div class="news-comment-main"><div class="row"><div class="news-comment-main-author"><strong>{name}</strong></div>
      <div class="news-comment-main-date"><span>{when}</span></div></div><p>{words}</p>
      <button class="news-comment-response">Odpowiedz</button></div>"""


def test_a_comment_classed_box_holding_comments_is_their_list() -> None:
    """A box classed as a comment ("news-comment", the section's own "#comment-section") that holds
    two or more comments as its children is their list: each "news-comment-main" is one comment, and
    the "news-comment-sub" block after one holds its replies. Before, the section was one comment."""
    p = page_of(ARTICLE + f"""<div class="news-comment" id="comment-section">
      {news_comment("Robs", "2021-05-11 23:13", "To przecież klient jest poszkodowany.")}
      {news_comment("KNP", "2021-05-11 17:00", "Przekręt stulecia, kontrakt bez końca.")}
      <div class="news-comment-sub"><div class="news-comment">
        {news_comment("Arek", "2021-05-11 23:49", "Tyle tylko, że nie było tego gazu skąd wziąć!")}
        {news_comment("Kris", "2021-05-11 20:28", "Dokładnie tak i nikt za to nie siedzi.")}</div></div></div>""")
    assert [(c.id, c.reply_to, c.author, c.text) for c in extract_comments(p)] == [
        ("c1", None, "Robs", "To przecież klient jest poszkodowany."),
        ("c2", None, "KNP", "Przekręt stulecia, kontrakt bez końca."),
        ("c2.1", "c2", "Arek", "Tyle tylko, że nie było tego gazu skąd wziąć!"),
        ("c2.2", "c2", "Kris", "Dokładnie tak i nikt za to nie siedzi."),
    ]


def test_a_comment_with_replies_inside_stays_a_comment() -> None:
    """Counter-example: a comment that holds its replies as its own children, after its header and
    words (a thread nested in its parent), is still a comment, not a list of them (how replies
    nested without a reply list are read is not this rule's)."""
    p = page_of(ARTICLE + """<ol class="commentlist"><li class="comment" id="comment-1">
      <div class="comment-author">Jane</div><div class="comment-meta">12.03.2021</div>
      <div class="comment-content"><p>Endlich eine klare Regel.</p></div>
      <ul class="children"><li class="comment" id="comment-2"><div class="comment-author">Joe</div>
        <div class="comment-meta">13.03.2021</div><div class="comment-content"><p>Sehe ich auch so.</p></div></li></ul>
      </li></ol>
      <div class="comment-thread"><div class="comment"><div class="comment-author">Ann</div>
        <div class="comment-meta">14.03.2021</div><div class="comment-content"><p>Und die Zeugen?</p></div>
        <div class="comment"><div class="comment-author">Bob</div><div class="comment-meta">15.03.2021</div>
          <div class="comment-content"><p>Werden geschützt.</p></div></div>
        <div class="comment"><div class="comment-author">Cem</div><div class="comment-meta">16.03.2021</div>
          <div class="comment-content"><p>Hoffentlich.</p></div></div></div></div>""")
    assert [(c.id, c.reply_to, c.author) for c in extract_comments(p)] == [
        ("comment-1", None, "Jane"), ("comment-2", "comment-1", "Joe"),
        ("c2", None, "Ann")]
