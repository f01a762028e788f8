"""Reader comments whose author no class names (issue 16, audit after round thirteen): the name
printed right before the comment's date. Each form has a page of our own making and a
counter-example that must not change."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://citynews.example/2020/02/new-tram-line/"

page_of = partial(parsed_page, url=URL, lang="fr")

ARTICLE = """<article><h1>La nouvelle ligne de tram ouvre en mars</h1>
  <p>La ville a annoncé que la nouvelle ligne de tramway reliera la gare au campus dès le mois de mars,
  avec un passage toutes les six minutes aux heures de pointe et un service prolongé le week-end.</p></article>"""


def header_comment(number: int, name_part: str, when: str, words: str) -> str:
    """One comment as a news theme prints it: a header holding the name and a classed date, then the text."""
    return f"""<li class="comment depth-1" id="comment-{number}"><div class="comment-header">
        <img alt="" src="/avatar.png">{name_part}<p class="comment-meta">{when}</p></div>
      <div class="comment-body"><p>{words}</p></div></li>"""


def test_the_name_printed_right_before_the_date_is_the_author() -> None:
    """A heading holding a name in the comment's header, right before its date line, names the
    author (a Tunisian daily's WordPress theme); so does an unclassed name right before a date in
    a comment without a text part (a TYPO3 comment plugin: "<span class=MetaOTBold>Name</span>
    <span class=comment-date>…"), and the name leaves the text."""
    p = page_of(ARTICLE + f"""<div id="comments" class="comments-container"><ol class="commentlist">
      {header_comment(957, "<h3>Liberte</h3>", "18/02/2020 à 16:42", "Enfin une bonne nouvelle pour les étudiants.")}
      </ol></div>
      <div class="comment-main-level comment" id="comment3989"><div class="comment-box"><p>
        <span class="MetaOTBold">Marth</span> <span class="comment-date">02.12.2022, 15:57:32</span></p>
        <div><p>Ich bin schon vor Wochen mit Fachleuten ins Gespräch gekommen.</p></div></div></div>""")
    assert [(c.author, c.text, str(c.published_at)[:10]) for c in extract_comments(p)] == [
        ("Liberte", "Enfin une bonne nouvelle pour les étudiants.", "2020-02-18"),
        ("Marth", "Ich bin schon vor Wochen mit Fachleuten ins Gespräch gekommen.", "2022-12-02")]


def test_a_subject_line_before_the_date_is_no_author() -> None:
    """Counter-example: the heading a reader gave the comment, printed in the comment itself before
    its date line, stays its subject; a sentence before the date names nobody."""
    p = page_of(ARTICLE + """<div id="comments" class="comments-container"><ol class="commentlist">
      <li class="comment" id="comment-1"><h4>Enfin</h4><p class="comment-meta">18/02/2020 à 16:42</p>
        <div class="comment-body"><p>Une bonne nouvelle pour les étudiants.</p></div></li>
      <li class="comment" id="comment-2"><div class="comment-header"><span>Bravo à la ville!</span>
        <p class="comment-meta">19/02/2020 à 09:10</p></div>
        <div class="comment-body"><p>Il était temps.</p></div></li></ol></div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        (None, "Enfin\n\nUne bonne nouvelle pour les étudiants."), (None, "Il était temps.")]


def bold_comment(number: int, name: str, when: str, words: str) -> str:
    """One comment of a news site's own system: rating controls, the name in bold, "on <date> said:",
    then the text part."""
    return f"""<div id="comment-{number}" class="comments odd"><div class="inner"><div>
        <div class="ratings-area"><a class="rate-up" href="#"><span class="count">2</span></a>
          <a href="#">Flag as Offensive</a></div>
        <b>{name}</b> <span class="smaller">on <a href="/c/{number}">{when}</a> said:</span>
        <div class="comment-content"><div class="comment-text">{words}</div></div></div></div></div>"""


def test_a_bold_name_before_the_text_part_is_the_author() -> None:
    """A name in bold printed before the comment's text part, classed as nothing, is its author."""
    p = page_of(ARTICLE + f"""<div class="comments-content">
      {bold_comment(1, "Beltway Greg", "Sep 21, 3:05 PM", "If you're short you better cover.")}
      {bold_comment(2, "r cohn", "Sep 21, 3:20 PM", "Sell all banks.")}</div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Beltway Greg", "If you're short you better cover."), ("r cohn", "Sell all banks.")]


def test_a_bold_line_in_a_comment_without_a_text_part_stays_text() -> None:
    """Counter-example: with no text part to stand before, a bold first line may be the subject a
    reader typed; it stays the comment's first words. Bold words inside the text are no author."""
    p = page_of(ARTICLE + """<div id="comments" class="comments-area"><ol class="comment-list">
      <li class="comment" id="comment-1"><p><strong>Great news</strong></p><p>At last a tram.</p>
        <span class="comment-date">March 3, 2020</span></li>
      <li class="comment" id="comment-2"><span class="comment-date">March 4, 2020</span>
        <div class="comment-content"><p><b>Jane Doe</b> is right, it was time.</p></div></li></ol></div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        (None, "Great news\n\nAt last a tram."), (None, "Jane Doe is right, it was time.")]


def footer_comment(number: int, name: str, words: str, footer: str) -> str:
    """One comment of a WordPress theme that prints the name in a heading, the words, then an
    unclassed footer line."""
    return f"""<li id="comment-{number}" class="row-fluid"><div class="span10 comment-info">
        <h3><a href="https://{name.lower()}.example" rel="external nofollow">{name}</a></h3>
        <p>{words}</p><div>{footer}</div></div></li>"""


def test_a_date_line_ending_the_comment_is_its_footer() -> None:
    """The comment's last paragraph holding only its date, or a credit and its date, is its footer:
    not text; the date and the name are read from it when nothing else gives them."""
    p = page_of(ARTICLE + f"""<h3 class="comments-count">2 Comments</h3><ul class="comment-items">
      {footer_comment(1, "Marius", "Schöner Relaunch und viel Glück.", "<b>18. 05. 2014</b> <b>22:38</b>")}</ul>
      <div id="comments"><ol class="comment-list"><li class="comment" id="comment-2"><div class="comment-body">
        <p>Bonne idée.</p><p>Par Anna Martin, le 19. 05. 2014</p></div></li></ol></div>""")
    assert [(c.author, c.text, str(c.published_at)[:10]) for c in extract_comments(p)] == [
        (None, "Schöner Relaunch und viel Glück.", "2014-05-18"), ("Anna Martin", "Bonne idée.", "2014-05-19")]


def test_a_closing_line_with_a_date_among_words_stays_text() -> None:
    """Counter-example: a last paragraph that says more than a date ("See you at the fair on 3 May
    2014") is the reader's words; a one-paragraph comment holding a date stays whole."""
    p = page_of(ARTICLE + f"""<h3 class="comments-count">2 Comments</h3><ul class="comment-items">
      {footer_comment(1, "Marius", "Schöner Relaunch.", "See you at the book fair on 3 May 2014")}
      {footer_comment(2, "Anna", "", "18. 05. 2014 22:38")}</ul>""")
    assert [c.text for c in extract_comments(p)] == [
        "Schöner Relaunch.\n\nSee you at the book fair on 3 May 2014", "18. 05. 2014 22:38"]


def test_a_posted_by_footer_names_the_author_up_to_the_date() -> None:
    """A comment's "Posted by: Name, date" footer line gives the name up to the date even when the name
    holds a comma ("G. Moore, US CPA", the credential then dropped); a name without a credit word
    before it still ends at its comma ("Muriel, le …")."""
    p = page_of(ARTICLE + """<div id="comments" class="comments-area"><ol class="comment-list">
      <li class="comment" id="comment-1"><div class="comment-content"><p>Please leave us alone!</p></div>
        <p class="comment-date">Posted by: G. Moore, US CPA, 28 Sep 2011 | 08:54</p></li>
      <li class="comment" id="comment-2"><div class="comment-content"><p>Bonne idée.</p></div>
        <p class="comment-date">Muriel, le 22/01/2020 à 12:01</p></li></ol></div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("G. Moore", "Please leave us alone!"), ("Muriel", "Bonne idée.")]


def test_the_name_before_the_date_in_a_footer_after_the_text() -> None:
    """A footer after the text part printing the name link and the date ("<a>dasK</a>, <time>…", a
    bike magazine's comments mirrored from its forum) names the author too; the last words of a
    comment without a text part never do."""
    p = page_of(ARTICLE + """<ul class="comments-list"><li class="mtbnewsCommentContainer">
      <div id="comment-17896844" class="clearfix mtbnewsCommentMessageContainer">
        <div class="mtbnewsCommentMessage">Und peng! Als Trail unwürdig geoutet!</div>
        <div class="mtbnewsCommentMessageInfoContainer"><a href="/forum/m/profile.36162/">dasK</a>,
          <time datetime="26. Januar 2022 13:11">26. Januar 2022 13:11</time></div></div></li>
      <li class="comment" id="comment-2"><p>Stimmt.</p><p>Danke</p><span class="comment-date">26.01.2022</span></li>
      </ul>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("dasK", "Und peng! Als Trail unwürdig geoutet!"), (None, "Stimmt.\n\nDanke")]


def test_a_quote_box_named_by_its_class_or_data_name_is_another_readers_words() -> None:
    """A blockquote that names whom it quotes in an attribute (XenForo's bbcode "<blockquote
    class=xfBb-quote data-name=Name>") is another reader's words: left out of the comment's text,
    as a quote box with a <cite> already was; its name is no author. A bare blockquote, the reader's
    own words set apart, stays text."""
    p = page_of(ARTICLE + """<ul class="comments-list">
      <li class="comment" id="comment-1"><div class="comment-content"><blockquote class="xfBb-quote"
        data-name="RockyRider66">Wo gehört das Logo hin?</blockquote>Immer woanders.</div>
        <p class="comment-date">Posted by: Haentz, 26. Januar 2022 13:30</p></li>
      <li class="comment" id="comment-2"><div class="comment-content"><blockquote>Ein Zitat aus dem Artikel.</blockquote>
        <p>Dem stimme ich zu.</p></div><p class="comment-date">Posted by: JensDey, 26. Januar 2022 13:31</p></li>
      </ul>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Haentz", "Immer woanders."), ("JensDey", "Ein Zitat aus dem Artikel.\n\nDem stimme ich zu.")]


def test_a_spanish_author_line_ends_with_dijo() -> None:
    """"<cite><strong>Ramón</strong> dijo:</cite>" (a Spanish theme; Blogger prints "dijo..." too) names
    Ramón, as "says:" and "sagt:" do; "dijo" inside the words stays text."""
    p = page_of(ARTICLE + """<ol class="commentlist">
      <li class="comment" id="comment-767"><div class="commenttext"><cite><strong>Ramón</strong> dijo:</cite>
        <p>El ministro dijo que no habrá cambios.</p></div></li></ol>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [("Ramón", "El ministro dijo que no habrá cambios.")]


def test_an_author_line_holding_the_name_link_and_the_date_gives_the_link() -> None:
    """A credit line opening with the name's link and holding the date part ("<cite><a><strong>Isaac
    </strong></a> <span class=ugccmt-timestamp><abbr title=…>16 minutes ago</abbr></span></cite>")
    names the link's text, not "Isaac 16 minutes ago"; a credit line holding the name alone keeps it."""
    p = page_of(ARTICLE + """<ul class="comment-list">
      <li class="comment" id="comment-1"><cite><a href="https://pulse.example/isaac"><strong>Isaac</strong></a>
        <span class="ugccmt-timestamp"><abbr title="2011-08-25T02:30:00+0000">16 minutes ago</abbr></span></cite>
        <blockquote class="ugccmt-commenttext">He was a brilliant icon.</blockquote></li>
      <li class="comment" id="comment-2"><cite><a href="https://pulse.example/samsara">Samsara</a></cite>
        <abbr title="2011-08-25T02:27:30+0000">19 minutes ago</abbr><p>Wise people know where to stop.</p></li>
      </ul>""")
    assert [(c.author, c.author_url, str(c.published_at)[:10]) for c in extract_comments(p)] == [
        ("Isaac", "https://pulse.example/isaac", "2011-08-25"),
        ("Samsara", "https://pulse.example/samsara", "2011-08-25")]


def test_wordpress_commenter_link_alone_on_its_line_is_the_author() -> None:
    """WordPress's link to a commenter's site ("<a rel='external nofollow' class='url'>"), alone in an
    unclassed heading, names the author; in a pingback list the same link opens the item's text (the
    linking post's title) and stays text."""
    p = page_of(ARTICLE + """<h3 class="comments-count">One Comment</h3><ul class="comment-items">
      <li id="comment-1446" class="row-fluid"><div class="span10 comment-info">
        <h3><a href="https://marius.example" rel="external nofollow" class="url">Marius</a></h3>
        <p>Schöner Relaunch und viel Glück.</p><div><b>18. 05. 2014</b> <b>22:38</b></div></div></li></ul>
      <div id="trackbacks"><h3>Trackbacks/Pingbacks</h3><ol class="pinglist"><li id="comment-1225">
        <a href="https://wolfwitte.example/51" rel="external nofollow ugc" class="url">Sorgfaltspflicht statt NetzDG</a>
        - […] Publizistische Sorgfaltspflicht […]</li></ol></div>""")
    assert [(c.author, c.author_url, c.text) for c in extract_comments(p)] == [
        ("Marius", "https://marius.example", "Schöner Relaunch und viel Glück."),
        (None, None, "Sorgfaltspflicht statt NetzDG - […] Publizistische Sorgfaltspflicht […]")]


def test_a_one_word_comment_before_its_date_keeps_its_word() -> None:
    """Counter-example: in a comment without a text part, a single word printed right before the
    date ("<p>Danke</p><span class=comment-date>…") is the whole comment, no name of its author."""
    p = page_of(ARTICLE + """<ul class="comments-list">
      <li class="comment" id="comment-1"><p>Danke</p><span class="comment-date">26.01.2022</span></li></ul>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [(None, "Danke")]
