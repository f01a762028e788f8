"""Reader comments an invariant audit found wrong (issue 16, third session): a page printing "3
Kommentare" over a thread in its HTML has three comments; a commenter's name is a name. Each
convention has a page of our own making and a counter-example where the rule must not fire."""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import claimed_regions, parsed_page

URL = "https://wirtschaft.example/politik/grenzen-zu/25776812.html"

page_of = partial(parsed_page, url=URL, lang="de")

ARTICLE = """<article><h1>Grenzen zu, Pendler warten</h1>
  <p>Seit sechs Wochen warten Pendler an der Grenze zu Frankreich, weil die Kontrollen nur zwei
  Übergänge offen lassen; die Landesregierung will darüber am Dienstag mit Paris sprechen.</p></article>"""


def lower_case_item(name: str, when: str, words: str, itemtype: str) -> str:
    """One reader's comment as a news CMS prints it: a microdata item and no comment class on it."""
    return f"""<li itemscope itemtype="{itemtype}" itemprop="comment" class="col-md-offset-1">
      <header><span itemscope itemtype="https://schema.org/Person" itemprop="author">Herr
        <span itemprop="name">{name}</span></span>
        <time content="{when}" itemprop="datePublished">{when[8:10]}.{when[5:7]}.{when[:4]}</time></header>
      <p itemprop="text">{words}</p>
      <footer><a href="#" class="report">Als Spam melden!</a></footer></li>"""


def test_a_comment_type_spelled_in_lower_case_is_a_comment() -> None:
    """'itemtype="http://schema.org/comment"': the type's case is a typo, the items are the thread
    the page's "2 Kommentare" counts."""
    items = "".join(lower_case_item(*args, itemtype="http://schema.org/comment") for args in [
        ("Steffen Ecks", "2020-04-28T10:27:29+02:00", "Diese ganze Situation ist der traurige Rest deutscher Europapolitik."),
        ("Hans Bajohr", "2020-04-27T20:10:40+02:00", "Viele Saarländer haben mehr Bindungen nach Frankreich als nach Berlin."),
    ])
    p = page_of(ARTICLE + f"<section><h2>2 Kommentare</h2><ul>{items}</ul></section>")
    assert [(c.author, c.published_at.isoformat()[:10], c.text) for c in extract_comments(p)] == [
        ("Steffen Ecks", "2020-04-28", "Diese ganze Situation ist der traurige Rest deutscher Europapolitik."),
        ("Hans Bajohr", "2020-04-27", "Viele Saarländer haben mehr Bindungen nach Frankreich als nach Berlin."),
    ]


def test_a_lower_case_type_of_another_kind_is_no_comment() -> None:
    """Counter-example: items of another type spelled in lower case (a "review" list of products,
    with author, date and words) stay no comments."""
    items = "".join(lower_case_item(*args, itemtype="http://schema.org/review") for args in [
        ("Steffen Ecks", "2020-04-28T10:27:29+02:00", "Der Adapter hält, was er verspricht, und lädt schnell."),
        ("Hans Bajohr", "2020-04-27T20:10:40+02:00", "Nach zwei Wochen ist das Kabel am Stecker gebrochen."),
    ])
    assert extract_comments(page_of(ARTICLE + f"<section><ul>{items}</ul></section>")) == []


BLOG_URL = "https://politblog.example/2023/11/01/reisen-des-praesidenten/"


def wp_comment(ident: int, name: str, words: str, after: str = "") -> str:
    """A WordPress core comment (`li.comment` > `div.comment-body`), ``after`` printed under the words."""
    return f"""<li class="comment even depth-1" id="comment-{ident}"><div id="div-comment-{ident}" class="comment-body">
      <div class="comment-author vcard"><cite class="fn">{name}</cite> <span class="says">sagt:</span></div>
      <div class="comment-meta commentmetadata"><a href="#comment-{ident}">1. November 2023 um 11:54 Uhr</a></div>
      <p>{words}</p>{after}
      <div class="reply"><a class="comment-reply-link" href="?replytocom={ident}#respond">Antworten</a></div></div></li>"""


def like_dislike(likes: int, dislikes: int) -> str:
    """The "Comments Like Dislike" plugin's widget: two icon links and their counts."""
    return f"""<div class="cld-like-dislike-wrap cld-template-1">
      <div class="cld-like-wrap cld-common-wrap"><a href="javascript:void(0)" class="cld-like-trigger"><i class="fas fa-thumbs-up"></i></a>
        <span class="cld-like-count-wrap cld-count-wrap">{likes}</span></div>
      <div class="cld-dislike-wrap cld-common-wrap"><a href="javascript:void(0)" class="cld-dislike-trigger"><i class="fas fa-thumbs-down"></i></a>
        <span class="cld-dislike-count-wrap cld-count-wrap">{dislikes}</span></div></div>"""


def test_a_like_dislike_widget_is_no_part_of_the_words() -> None:
    """The counts of a like/dislike widget under the words ("1", "3") are votes: the words end
    before them."""
    p = parsed_page(ARTICLE + """<h3>Kommentare</h3><ol class="comment-list">"""
                    + wp_comment(896105, "Auslandsoesi", "Das Amt gehört abgeschafft.", like_dislike(1, 3))
                    + wp_comment(896104, "Contra", "Das glaubt ihr doch wohl selber nicht.", like_dislike(12, 0))
                    + "</ol>", url=BLOG_URL, lang="de")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Auslandsoesi", "Das Amt gehört abgeschafft."),
        ("Contra", "Das glaubt ihr doch wohl selber nicht."),
    ]


def test_a_reader_writing_about_likes_keeps_the_words() -> None:
    """Counter-example: a paragraph of the reader's whose class names likes but no widget's part
    (no count, button or box: "reader-likes") stays text."""
    words = '<p class="reader-likes">Likes zählen hier nicht, 3 Gründe reichen.</p>'
    p = parsed_page(ARTICLE + """<h3>Kommentare</h3><ol class="comment-list">"""
                    + wp_comment(896105, "Auslandsoesi", "Das Amt gehört abgeschafft.", words) + "</ol>",
                    url=BLOG_URL, lang="de")
    assert [c.text for c in extract_comments(p)] == ["Das Amt gehört abgeschafft.\n\nLikes zählen hier nicht, 3 Gründe reichen."]


QA_URL = "https://sprache.example/questions/10379/war-oder-wurde-ausgeraubt"


def qa_comment(ident: int, words: str, name: str) -> str:
    """A Stack Exchange comment: the words, then "– Name" and the date on the same line."""
    return f"""<li id="comment-{ident}" class="comment js-comment"><div class="comment-actions">
        <div class="comment-score"><span class="cool">1</span></div></div>
      <div class="comment-text js-comment-text-and-form"><div class="comment-body">
        <span class="comment-copy">{words}</span>
        <div class="d-inline-flex">&ndash;&nbsp;<a href="/users/{ident}/x" class="comment-user">{name}</a></div>
        <span class="comment-date"><span title="2014-02-07 10:53:03Z" class="relativetime-clean">Feb 7, 2014 at 10:53</span></span>
      </div></div></li>"""


def test_the_dash_before_a_footer_credit_is_no_word() -> None:
    """"words – Name date": once the name and the date are read, the dash left alone under the
    words is the footer's mark."""
    p = parsed_page(ARTICLE + '<ul class="comments-list">'
                    + qa_comment(26550, "Maybe <i>ausgeraubt</i> is a bad example.", "Vogel612")
                    + qa_comment(26551, "I found this answer very helpful.", "Tony M") + "</ul>", url=QA_URL)
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Vogel612", "Maybe ausgeraubt is a bad example."),
        ("Tony M", "I found this answer very helpful."),
    ]


def test_an_emoticon_of_dashes_closing_the_words_stays() -> None:
    """Counter-example: a last paragraph of the reader's made of dashes and more ("-.-", "¯\\_(ツ)_/¯")
    is an emoticon, and a comment of marks alone keeps them."""
    p = parsed_page(ARTICLE + """<h3>Kommentare</h3><ol class="comment-list">"""
                    + wp_comment(7, "Anna", "Schon wieder verschoben.", "<p>-.-</p>")
                    + wp_comment(8, "Ben", "–") + "</ol>", url=BLOG_URL, lang="de")
    assert [c.text for c in extract_comments(p)] == ["Schon wieder verschoben.\n\n-.-", "–"]


RECIPE_URL = "https://kochblog.example/rezepte/rinderleber-mit-apfel.htm"


def numbered_comment(ident: int, number: str, name: str, words: str, counter_class: str = "comment-number") -> str:
    """A numbered theme's comment: the counter linking to the comment, the name, the date, the words."""
    return f"""<li id="comment-{ident}" class="alt"><p class="{counter_class}"><a href="#comment-{ident}">{number}</a></p>
      <cite>{name}</cite><br><small class="commentmetadata">8. Dezember 2010 um 10:56</small>
      <p>{words}</p></li>"""


def test_a_comment_counter_is_no_part_of_the_words() -> None:
    """"<p class=comment-number>1</p>": the thread's counter is the theme's, not the reader's."""
    p = parsed_page(ARTICLE + '<div id="comments"><h2>2 Kommentare</h2><ol class="commentlist">'
                    + numbered_comment(4414, "1", "Mareike", "Eine interessante Art, Leber zuzubereiten.")
                    + numbered_comment(4439, "2", "Georg77", "Und dazu ein guter Wein.") + "</ol></div>",
                    url=RECIPE_URL, lang="de")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Mareike", "Eine interessante Art, Leber zuzubereiten."),
        ("Georg77", "Und dazu ein guter Wein."),
    ]


def test_a_number_in_the_words_stays() -> None:
    """Counter-example: a paragraph of the reader's whose class names no comment's counter
    ("number" alone, a recipe's "step-number") keeps its number."""
    p = parsed_page(ARTICLE + '<div id="comments"><ol class="commentlist">'
                    + numbered_comment(4414, "1", "Mareike", "Ich nehme 2 Äpfel.", counter_class="step-number")
                    + "</ol></div>", url=RECIPE_URL, lang="de")
    assert [c.text for c in extract_comments(p)] == ["1\n\nIch nehme 2 Äpfel."]


def typed_comment(ident: int, name: str, words: str) -> str:
    """An older theme's comment: "<?php comment_type(); ?> von <cite>Name</cite>", then the date."""
    return f"""<li id="comment-{ident}" class="alt">Kommentar<small> von </small><cite>{name}</cite><br>
      <small class="commentmetadata">8. Dezember 2010 um 10:56</small><p>{words}</p></li>"""


def test_the_comment_type_before_the_name_is_no_word() -> None:
    """"Kommentar von <cite>Mareike</cite>" ("Comment by", comment_type() and a preposition): with
    the name read, the type left alone above the words is the header's."""
    p = parsed_page(ARTICLE + '<div id="comments"><ol class="commentlist">'
                    + typed_comment(4414, "Mareike", "Eine interessante Art, Leber zuzubereiten.")
                    + typed_comment(4439, "Georg77", "Und dazu ein guter Wein.") + "</ol></div>",
                    url=RECIPE_URL, lang="de")
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Mareike", "Eine interessante Art, Leber zuzubereiten."),
        ("Georg77", "Und dazu ein guter Wein."),
    ]


def test_a_reader_opening_with_a_comment_by_someone_keeps_it() -> None:
    """Counter-example: the reader's first sentence naming another's comment ("Kommentar von
    Georg77 …") is words, not a type line."""
    p = parsed_page(ARTICLE + '<div id="comments"><ol class="commentlist">'
                    + typed_comment(4414, "Mareike", "Kommentar von Georg77: stimme zu.</p><p>Mit Apfel besser.")
                    + "</ol></div>", url=RECIPE_URL, lang="de")
    assert [c.text for c in extract_comments(p)] == ["Kommentar von Georg77: stimme zu.\n\nMit Apfel besser."]


def cite_comment(ident: int, cite: str, words: str) -> str:
    """An older theme's comment: the author line in a ``<cite>``, the date after a bar, the words."""
    return f"""<li id="comment-{ident}"><cite>{cite}</cite> | <small><a href="#comment-{ident}">11.09.2011 23:31</a></small>
      <p>{words}</p></li>"""


def test_a_pingback_named_in_the_author_line_is_the_linking_post() -> None:
    """"<cite>Pingback von <a>Title - Blog</a></cite>": the author is the linking post, its title whole
    (a dash in a title is no end of a name) and its address, not "Pingback von Title"."""
    link = "<a href='https://lesezeichen.example/2011/09/11/457/' rel='external nofollow' class='url'>Lesezeichen 457 - Papierkorb</a>"
    p = parsed_page(ARTICLE + '<h3 id="comments">1 Kommentar</h3><ol class="commentlist">'
                    + cite_comment(463934, f"Pingback von {link}", "[…] Gefällt mir – Unlängst spazierte ich durch Eimsbüttel […]")
                    + "</ol>", url=BLOG_URL, lang="de")
    assert [(c.author, c.author_url) for c in extract_comments(p)] == [
        ("Lesezeichen 457 - Papierkorb", "https://lesezeichen.example/2011/09/11/457/")]


def test_a_reader_named_with_von_keeps_the_name() -> None:
    """Counter-example: a reader's name holding "von" ("Jana von Bergen"), with a link to her site,
    is her name, not a pingback."""
    p = parsed_page(ARTICLE + '<ol class="commentlist">'
                    + cite_comment(463935, "<a href='https://bergen.example/' class='url'>Jana von Bergen</a>", "Schöner Text!")
                    + "</ol>", url=BLOG_URL, lang="de")
    assert [(c.author, c.author_url) for c in extract_comments(p)] == [("Jana von Bergen", "https://bergen.example/")]


NEWS_URL = "https://noticias.example/2013/01/07/el-fiscal-consulta.html"


def sf_comment(ident: int, name: str, words: str) -> str:
    """A Symfony comment plugin's comment: the header box, the words in a box beside it, both in an
    unnamed row."""
    return f"""<div class="borde_bottom clearfix"><div class="sf_comment" id="sf_comment_{ident}"><p class="sf_comment_info">
        <span class="sf_comment_author">{name}</span><br><span class="date">Hace 28 minutos</span></p></div>
      <div class="sf_comment_text"><p>{words}</p></div></div>"""


def test_a_comment_list_named_with_underscores_leaves_the_body() -> None:
    """"<div id=sf_comment_list>": the underscore spelling of a comment list is the thread's area,
    claimed whole, so that the words printed beside each comment's header leave the body too."""
    p = parsed_page(ARTICLE + '<div id="sf_comment_list" class="box"><div class="pager">Página 1 de 2</div>'
                    + sf_comment(1073341, "Alcalino", "Vaya comportamiento tan poco ejemplar del fiscal.")
                    + sf_comment(1073330, "Pep", "Lo importante es el cocido madrileño.") + "</div>",
                    url=NEWS_URL, lang="es")
    assert [c.author for c in extract_comments(p)] == ["Alcalino", "Pep"]
    assert "div#sf_comment_list.box" in claimed_regions(p)


def test_a_recent_comments_list_with_underscores_is_no_area() -> None:
    """Counter-example: a sidebar's "recent_comments_list" (links to other articles' threads) and a
    "show_comments_block" button bar are not this article's comment area."""
    p = parsed_page(ARTICLE + """<aside><ul id="recent_comments_list"><li><a href="/2013/01/06/x.html#c1">Pep en
      El juez imputa</a></li></ul><div class="show_comments_block"><a href="#">Ver comentarios</a></div></aside>""",
                    url=NEWS_URL, lang="es")
    extract_comments(p)
    assert claimed_regions(p) == []


SOCIAL_URL = "https://bignews.example/2011/10/05/alabama-workers-immigration-law_n_997793.html"


def card_comment(ident: int, name_box: str, words: str) -> str:
    """A news site's comment: an author card of blocks (badge, name, bio, fans), then the words."""
    return f"""<div id="comment_{ident}" class="comment_item"><div class="comment_top">
      <div class="author_name has_title">{name_box}</div></div>
      <div class="comment_body"><div class="comment_time">30 seconds ago (7:18 PM)</div>{words}</div></div>"""


def test_a_profile_link_naming_its_handle_is_the_name_under_a_badge() -> None:
    """A badge line above the name ("HUFFPOST SUPER USER"), a bio and a fan count under it: the
    profile link whose address names the handle it prints is the name."""
    box = """<div class="bold">SUPER USER</div><a class="bold" href="/social/cliffhammond?action=comments">cliffhammond</a>
      <div class="bio_teaser">Onward through the fog!</div>
      <div class="author_fans"><a class="author_fans_count" href="/social/cliffhammond">1271 Fans</a></div>"""
    p = parsed_page(ARTICLE + '<div id="comments">' + card_comment(1, box, "We should hold a debate in Mobile.")
                    + "</div>", url=SOCIAL_URL)
    assert [c.author for c in extract_comments(p)] == ["cliffhammond"]


def test_a_link_to_a_readers_site_after_her_name_is_not_the_name() -> None:
    """Counter-example: a card printing the name, then a link to the reader's own site (its address
    names no handle it prints) keeps the name line."""
    box = """<div class="bold">Jane Doe</div><a href="https://janedoe.example/blog">my blog</a>"""
    p = parsed_page(ARTICLE + '<div id="comments">' + card_comment(2, box, "We should hold a debate in Mobile.")
                    + "</div>", url=SOCIAL_URL)
    [comment] = extract_comments(p)
    assert comment.author == "Jane Doe"
