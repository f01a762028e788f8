"""Reader comments: every source, every field, reply links, exclusions, and the hostile sizes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import partial

import pytest

import harvester.fields.comments
from harvester.fields.comments import extract_comments
from harvester.models import Comment

from conftest import claimed_regions, parsed_page

URL = "https://healthnews.example/japan-stem-cell-trial/"
NOTICE = ("Your comment is awaiting moderation. This is a preview; your comment will be visible after it has "
          "been approved.")


page_of = partial(parsed_page, url=URL, lang="en-US")
excluded = claimed_regions


ARTICLE = """
<main id="primary" class="site-main"><article id="post-1842" class="post-1842 post type-post">
  <header class="entry-header"><h1 class="entry-title">Japan’s Groundbreaking Stem Cell Trial Restores Mobility</h1></header>
  <div class="entry-content">
    <p>In a milestone moment for regenerative medicine, researchers in Japan report that a man with spinal cord
    injury has regained the ability to stand without assistance following treatment in a pioneering trial.</p>
    <h2>What the trial involves</h2>
    <p>The clinical program uses lab-grown stem cells designed to replace or support damaged neural tissue.</p>
    <p class="comments-link"><a href="#comments">4 Comments</a></p>
  </div>
</article>
"""


def astra_comment(number: int, author: str, url: str, when: str, shown: str, text: str) -> str:
    """One comment as the Astra theme prints it for its author while awaiting moderation."""
    return f"""
    <li class="comment even thread-even depth-1" id="li-comment-{number}">
      <article id="comment-{number}" class="ast-comment">
        <div class="ast-comment-info">
          <div class="ast-comment-avatar-wrap"><img alt="" src="https://secure.gravatar.com/avatar/x?s=50" class="avatar avatar-50 photo"></div>
          <div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
            <header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
              <div class="ast-comment-cite-wrap"><cite><b class="fn"><a href="{url}" class="url" rel="ugc external nofollow">{author}</a></b> <span class="says">says:</span></cite></div>
              <div class="ast-comment-time"><span class="timendate"><a href="{URL}#comment-{number}"><time datetime="{when}">{shown}</time></a></span></div>
            </header>
          </div></div>
        </div>
        <section class="ast-comment-content comment">
          <p class="ast-highlight-text comment-awaiting-moderation">{NOTICE}</p>
          <p>{text}</p>
          <div class="ast-comment-edit-reply-wrap"></div>
        </section>
      </article>
    </li>"""


SEED_COMMENTS = [
    (2291, "registro na binance", "https://www.binance.info/register?ref=A1", "2025-11-28T14:03:11+05:00",
     "November 28, 2025 at 2:03 pm",
     "Can you be more specific about the content of your article? After reading it, I still have some doubts. "
     "Hope you can help me."),
    (2307, "Meilleur code de parrainage Binance", "https://www.binance.info/fr/join?ref=B2", "2025-11-29T03:47:52+05:00",
     "November 29, 2025 at 3:47 am",
     "Your point of view caught my eye and was very interesting. Thanks. I have a question for you."),
    (2315, "Creati un cont personal", "https://www.binance.info/ro/join?ref=C3", "2025-11-30T21:15:06+05:00",
     "November 30, 2025 at 9:15 pm", "Your article helped me a lot, is there any more related content? Thanks!"),
    (2322, "Najlepszy kod polecajacy Binance", "https://www.binance.info/pl/join?ref=D4", "2025-12-01T08:22:39+05:00",
     "December 1, 2025 at 8:22 am",
     "Thanks for sharing. I read many of your blog posts, cool, your blog is very good. "
     "https://accounts.binance.info/ar-BH/register-person?ref=UT2YTZSU"),
]

LEAVE_A_REPLY = """
  <div id="respond" class="comment-respond">
    <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
    <form action="https://healthnews.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
      <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
      <p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p>
      <p class="comment-form-author"><label for="author">Name</label><input id="author" name="author" type="text"></p>
      <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
    </form>
  </div>"""

SEED_PAGE = ARTICLE + f"""
<div id="comments" class="comments-area comment-form-position-below">
  <div class="comments-count-wrapper"><h3 class="comments-title">4 Comments <span class="screen-reader-text">Text</span></h3></div>
  <ol class="ast-comment-list">
    {''.join(astra_comment(*row) for row in SEED_COMMENTS)}
  </ol>
  {LEAVE_A_REPLY}
</div>
</main>
<footer id="colophon"><a href="#" id="ast-scroll-top">Scroll to Top</a></footer>
"""


def test_seed_wordpress_comments_awaiting_moderation() -> None:
    page = page_of(SEED_PAGE)
    comments = extract_comments(page)
    pkt = timezone(timedelta(hours=5))
    assert comments == [
        Comment(id=f"comment-{number}", author=author, author_url=url,
                published_at=datetime.fromisoformat(when), text=text, reply_to=None, awaiting_moderation=True)
        for number, author, url, when, _, text in SEED_COMMENTS
    ]
    assert comments[0].published_at == datetime(2025, 11, 28, 14, 3, 11, tzinfo=pkt)
    assert all("awaiting moderation" not in c.text and "says" not in c.text for c in comments)
    assert page.field_sources["comments"] == "markup"
    # The whole comments area, its reply form included, is kept out of the body.
    assert "div#comments.comments-area comment-form-position-below" in excluded(page)


def test_leave_a_reply_form_alone_gives_no_comment_and_is_excluded() -> None:
    page = page_of(ARTICLE + '<div id="comments" class="comments-area">' + LEAVE_A_REPLY + "</div></main>")
    assert extract_comments(page) == []
    assert "comments" not in page.field_sources
    assert excluded(page) == ["div#comments.comments-area"]


def test_reply_form_outside_any_comment_area_is_excluded() -> None:
    page = page_of(ARTICLE + "</main>" + LEAVE_A_REPLY)
    assert extract_comments(page) == []
    assert excluded(page) == ["div#respond.comment-respond"]


def wp_comment(number: int, author: str, day: int, text: str, children: str = "") -> str:
    """WordPress core's html5 comment walker, replies in ``ol.children``."""
    replies = f'<ol class="children">{children}</ol>' if children else ""
    return f"""
    <li id="comment-{number}" class="comment byuser depth-1">
      <article id="div-comment-{number}" class="comment-body">
        <footer class="comment-meta">
          <div class="comment-author vcard"><img alt="" src="/avatar.png" class="avatar" height="32" width="32">
            <b class="fn">{author}</b> <span class="says">says:</span></div>
          <div class="comment-metadata"><a href="{URL}#comment-{number}"><time datetime="2025-11-{day:02d}T09:30:00+00:00">November {day}, 2025 at 9:30 am</time></a>
            <span class="edit-link"><a class="comment-edit-link" href="/wp-admin/comment.php?c={number}">Edit</a></span></div>
        </footer>
        <div class="comment-content">{text}</div>
        <div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={number}#respond" aria-label="Reply to {author}">Reply</a></div>
      </article>{replies}
    </li>"""


def test_nested_replies_three_levels_deep_keep_page_order_and_parents() -> None:
    thread = wp_comment(
        10, "Ana", 1, "<p>Does this work for old injuries?</p>",
        wp_comment(11, "Dr. Ito", 2, "<p>The trial only enrolled recent injuries.</p><p>Older ones are next.</p>",
                   wp_comment(12, "Ana", 3, "<p>Thank you, that helps a lot.</p>",
                              wp_comment(13, "Ben", 4, "<p>Same question here, thanks both.</p>"))),
    ) + wp_comment(20, "Chloé", 5, "<p>Great summary of a careful study.</p>")
    page = page_of(ARTICLE + f'<div id="comments" class="comments-area"><ol class="comment-list">{thread}</ol>'
                   + LEAVE_A_REPLY + "</div></main>")
    comments = extract_comments(page)
    assert [(c.id, c.reply_to, c.author) for c in comments] == [
        ("comment-10", None, "Ana"),
        ("comment-11", "comment-10", "Dr. Ito"),
        ("comment-12", "comment-11", "Ana"),
        ("comment-13", "comment-12", "Ben"),
        ("comment-20", None, "Chloé"),
    ]
    assert comments[1].text == "The trial only enrolled recent injuries.\n\nOlder ones are next."
    assert [c.published_at.day for c in comments if c.published_at] == [1, 2, 3, 4, 5]
    assert all(not c.awaiting_moderation and "Reply" not in c.text and "Edit" not in c.text for c in comments)
    assert comments[0].author_url is None


DRUPAL = """
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper" id="comments">
  <h2 class="title comment-form__title">Comments</h2>
  <a id="comment-71"></a>
  <article data-comment-user-id="0" class="comment js-comment by-anonymous" role="article">
    <footer class="comment__meta">
      <p class="comment__author"><a rel="nofollow" href="https://runner.example/">Maya</a></p>
      <p class="comment__time">Wednesday, November 12, 2025 - 14:07</p>
    </footer>
    <div class="comment__content">
      <h3><a href="/comment/71#comment-71" class="permalink" rel="bookmark">Walking counts</a></h3>
      <div class="field field--name-comment-body field--type-text-long"><p>Walking to the station counts too.</p></div>
      <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/5/comment/71">Reply</a></li></ul>
    </div>
  </article>
  <div class="indented">
    <a id="comment-72"></a>
    <article class="comment js-comment by-node-author" role="article">
      <footer class="comment__meta"><p class="comment__author"><span class="username">Editor</span></p>
        <p class="comment__time">Wednesday, November 12, 2025 - 15:40</p></footer>
      <div class="comment__content"><div class="field field--name-comment-body"><p>It does, every step counts.</p></div></div>
    </article>
    <div class="indented">
      <a id="comment-73"></a>
      <article class="comment js-comment by-anonymous" role="article">
        <footer class="comment__meta"><p class="comment__author"><span class="username">Maya</span></p>
          <p class="comment__time">Thursday, November 13, 2025 - 08:02</p></footer>
        <div class="comment__content"><div class="field field--name-comment-body"><p>Good to know!</p></div></div>
      </article>
    </div>
  </div>
  <a id="comment-74"></a>
  <article class="comment js-comment by-anonymous" role="article">
    <footer class="comment__meta"><p class="comment__author"><span class="username">Priya S.</span></p>
      <p class="comment__time">Wednesday, November 12, 2025 - 18:55</p></footer>
    <div class="comment__content"><div class="field field--name-comment-body"><p>Phone or wrist tracker?</p></div></div>
  </article>
  <h2 class="comment-form__title">Add new comment</h2>
  <form class="comment-comment-form comment-form" id="comment-form" action="/comment/reply/node/5/comment_node_article" method="post">
    <div class="form-item"><label>Your name</label><input type="text" name="name"></div>
    <div class="form-item"><label>Comment</label><textarea name="comment_body"></textarea></div>
  </form>
</section>
"""


def test_drupal_comments_with_anchor_ids_and_sibling_reply_blocks() -> None:
    page = page_of(ARTICLE + "</main>" + DRUPAL)
    comments = extract_comments(page)
    assert [(c.id, c.reply_to, c.author, c.text) for c in comments] == [
        # The subject the reader typed (Drupal's linked <h3>) opens the text, as printed.
        ("comment-71", None, "Maya", "Walking counts\n\nWalking to the station counts too."),
        ("comment-72", "comment-71", "Editor", "It does, every step counts."),
        ("comment-73", "comment-72", "Maya", "Good to know!"),
        ("comment-74", None, "Priya S.", "Phone or wrist tracker?"),
    ]
    assert comments[0].author_url == "https://runner.example/"
    assert comments[0].published_at_local == datetime(2025, 11, 12, 14, 7)
    assert comments[3].published_at_local == datetime(2025, 11, 12, 18, 55)
    assert "section#comments.field field--name-comment field--type-comment field--label-above comment-wrapper" in \
        excluded(page)


MICRODATA = """
<div itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="headline">Hearing aids and cognitive decline</h1>
  <div itemprop="articleBody"><p>Older adults who wore hearing aids showed slower decline.</p></div>
  <section class="discussion">
    <h2>Reader comments (3)</h2>
    <div class="entry" id="c-9812" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="https://diaries.example/"><span itemprop="name">Margaret H.</span></a></span>
      <time itemprop="dateCreated" datetime="2025-10-30T19:45:00+00:00">30 Oct 2025, 19:45</time>
      <div itemprop="text"><p>I resisted hearing aids for years.</p><p>My only regret is waiting so long.</p></div>
      <div class="thread">
        <div class="entry staff" id="c-9820" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
          <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Thanh Nguyen</span></span>
          <meta itemprop="dateCreated" content="2025-10-31T08:10:00+00:00">
          <p itemprop="text">Thank you for sharing this, Margaret.</p>
        </div>
      </div>
    </div>
    <div class="entry" id="c-9833" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
      <span itemprop="author">Dev</span> <span itemprop="dateCreated">1 November 2025</span>
      <p itemprop="text">Were the participants randomised?</p>
    </div>
  </section>
</div>
"""


def test_microdata_comments_with_a_nested_reply() -> None:
    page = page_of(MICRODATA, url="https://carepoint.example/news/hearing-aids")
    comments = extract_comments(page)
    assert comments == [
        Comment(id="c-9812", author="Margaret H.", author_url="https://diaries.example/",
                published_at=datetime(2025, 10, 30, 19, 45, tzinfo=timezone.utc),
                text="I resisted hearing aids for years.\n\nMy only regret is waiting so long."),
        Comment(id="c-9820", author="Thanh Nguyen", published_at=datetime(2025, 10, 31, 8, 10, tzinfo=timezone.utc),
                text="Thank you for sharing this, Margaret.", reply_to="c-9812"),
        Comment(id="c-9833", author="Dev", published_at=date(2025, 11, 1), text="Were the participants randomised?"),
    ]
    assert page.field_sources["comments"] == "microdata"


JSONLD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "@id": "https://news.example/a#article", "headline": "Whole grains and LDL",
   "comment": [
     {"@type": "Comment", "@id": "https://news.example/a#comment-1", "text": "Oats every morning &amp; it works.",
      "dateCreated": "2025-11-24T10:00:00-05:00",
      "author": {"@type": "Person", "name": "Lee", "url": "https://lee.example/"},
      "comment": [{"@type": "Comment", "@id": "https://news.example/a#comment-2", "text": "<p>Same here.</p><p>Two years now.</p>",
                   "dateCreated": "2025-11-24T11:30:00-05:00", "author": "Sam"}]},
     {"@type": "Comment", "url": "https://news.example/a#comment-3", "text": "Any data on rye?",
      "datePublished": "2025-11-25", "author": {"@type": "Person", "name": "Kim"}}
   ]},
  {"@type": "Comment", "@id": "https://news.example/a#comment-4", "text": "Reply to Kim: yes, see the supplement.",
   "parentItem": {"@id": "https://news.example/a#comment-3"}, "author": {"name": "Editor"}}
]}</script>"""


def test_jsonld_comments_nested_and_linked_by_parent_item() -> None:
    markup = ('<div id="comments" class="comments"><div class="comment" id="comment-1"><span class="author">Lee</span>'
              "<p>Oats every morning &amp; it works.</p></div></div>")
    page = page_of(ARTICLE + "</main>" + markup, url="https://news.example/a", head=JSONLD)
    comments = extract_comments(page)
    est = timezone(timedelta(hours=-5))
    assert comments == [
        Comment(id="comment-1", author="Lee", author_url="https://lee.example/",
                published_at=datetime(2025, 11, 24, 10, tzinfo=est), text="Oats every morning & it works."),
        Comment(id="comment-2", author="Sam", published_at=datetime(2025, 11, 24, 11, 30, tzinfo=est),
                text="Same here.\n\nTwo years now.", reply_to="comment-1"),
        Comment(id="comment-3", author="Kim", published_at=date(2025, 11, 25), text="Any data on rye?"),
        Comment(id="comment-4", author="Editor", text="Reply to Kim: yes, see the supplement.", reply_to="comment-3"),
    ]
    assert page.field_sources["comments"] == "json-ld"
    # The same comments printed on the page still stay out of the body.
    assert "div#comments.comments" in excluded(page)


BLOGGER = """
<div class="comments" id="comments">
  <h4>3 comments:</h4>
  <div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra">
    <li class="comment" id="c7104417651238891234">
      <div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""></div>
      <div class="comment-block">
        <div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/0815" rel="nofollow">Rosa</a></cite>
          <span class="icon user"></span>
          <span class="datetime secondary-text"><a rel="nofollow" href="https://kitchen.blogspot.com/2025/11/vinegar.html?showComment=1763741640000#c7104417651238891234">21:00</a></span></div>
        <p class="comment-content">Does apple cider vinegar work too?<br><br>I take it with lunch.</p>
        <span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="7104417651238891234">Reply</a></span>
      </div>
      <div class="comment-replies"><div id="c7104417651238891234-rt" class="comment-thread inline-thread">
        <span class="thread-toggle thread-expanded"><span class="thread-count"><a target="_self">Replies</a></span></span>
        <ol id="c7104417651238891234-ra" class="thread-chrome thread-expanded"><div>
          <li class="comment" id="c2200000000000000001">
            <div class="comment-block">
              <div class="comment-header"><cite class="user blog-author"><a href="https://www.blogger.com/profile/42" rel="nofollow">Kitchen Notebook</a></cite>
                <span class="datetime secondary-text"><a rel="nofollow" href="https://kitchen.blogspot.com/2025/11/vinegar.html?showComment=1763748120000#c2200000000000000001">22:42</a></span></div>
              <p class="comment-content">Yes, any vinegar with acetic acid.</p>
            </div>
          </li>
        </div></ol>
      </div></div>
    </li>
    <li class="comment" id="c3300000000000000002">
      <div class="comment-block">
        <div class="comment-header"><cite class="user">Anonymous</cite>
          <span class="datetime secondary-text"><a rel="nofollow" href="https://kitchen.blogspot.com/2025/11/vinegar.html?showComment=1763827200000#c3300000000000000002">November 22, 2025 at 4:00 PM</a></span></div>
        <p class="comment-content">Thanks!</p>
      </div>
    </li>
  </ol></div></div>
  <p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/1/2">Post a Comment</a></p>
</div>
"""


def test_blogger_threaded_comments_with_permalink_timestamps() -> None:
    comments = extract_comments(page_of(ARTICLE + "</main>" + BLOGGER, url="https://kitchen.blogspot.com/2025/11/vinegar.html"))
    assert [(c.id, c.reply_to, c.author, c.author_url, c.text) for c in comments] == [
        ("c7104417651238891234", None, "Rosa", "https://www.blogger.com/profile/0815",
         "Does apple cider vinegar work too?\n\nI take it with lunch."),
        ("c2200000000000000001", "c7104417651238891234", "Kitchen Notebook", "https://www.blogger.com/profile/42",
         "Yes, any vinegar with acetic acid."),
        ("c3300000000000000002", None, "Anonymous", None, "Thanks!"),
    ]
    assert [c.published_at for c in comments] == [
        datetime(2025, 11, 21, 16, 14, tzinfo=timezone.utc),
        datetime(2025, 11, 21, 18, 2, tzinfo=timezone.utc),
        datetime(2025, 11, 22, 16, 0, tzinfo=timezone.utc),
    ]


GERMAN = """
<section class="kommentare" id="kommentare">
  <h2>Kommentare (2)</h2>
  <ol class="kommentar-liste">
    <li class="kommentar" id="kommentar-5531">
      <div class="kommentar__kopf"><span class="kommentar__autor">Heike M.</span> schrieb am <span class="kommentar__datum">26. November 2025 um 14:32 Uhr</span>:</div>
      <div class="kommentar__text"><p>Endlich mal eine gute Nachricht!</p></div>
      <div class="kommentar__aktionen"><a href="#antworten-5531" class="antworten">Antworten</a> <a href="/kommentar/melden/5531" class="melden">Melden</a></div>
      <ol class="kommentar__antworten">
        <li class="kommentar" id="kommentar-5538">
          <div class="kommentar__kopf"><a class="kommentar__autor" href="https://www.kardiologie.example/">Dr. Peter Lang</a> schrieb am <span class="kommentar__datum">26. November 2025 um 16:05 Uhr</span>:</div>
          <div class="kommentar__text"><p>Als Kardiologe kann ich das bestätigen.</p></div>
        </li>
      </ol>
    </li>
  </ol>
  <div class="kommentar-formular"><h3>Kommentar schreiben</h3><form action="/kommentar/neu" method="post"><textarea name="text"></textarea></form></div>
</section>
"""


def test_german_class_names_are_read_like_english_ones() -> None:
    page = page_of(ARTICLE + "</main>" + GERMAN, url="https://gesundheit.example/kaffee-a-48213.html")
    assert [(c.id, c.reply_to, c.author, c.author_url, c.published_at_local, c.text) for c in extract_comments(page)] == [
        ("kommentar-5531", None, "Heike M.", None, datetime(2025, 11, 26, 14, 32), "Endlich mal eine gute Nachricht!"),
        ("kommentar-5538", "kommentar-5531", "Dr. Peter Lang", "https://www.kardiologie.example/",
         datetime(2025, 11, 26, 16, 5), "Als Kardiologe kann ich das bestätigen."),
    ]


def test_words_printed_inside_the_author_box_are_the_comment() -> None:
    # A WordPress.com theme prints the paragraphs inside .comment-author: they were all pruned.
    p = page_of(ARTICLE + """<h2 id="comments">2 Antworten</h2><ol id="commentlist">
      <li class="comment even depth-1" id="comment-49606"><div id="div-comment-49606">
        <div class="comment-author vcard"><img class="avatar" src="/a.png" alt="">
          <p>Deinen letzten Absatz kann ich nur unterschreiben.</p>
          <p><cite>Kommentar von <span class="fn"><a href="https://heumann.example/" class="url">Margit
          Heumann</a></span> — 2019-01-01 @ <a href="#comment-49606">00:39</a></cite>
          <span class="reply"><a class="comment-reply-link" href="?replytocom=49606#respond">Antworten</a></span></p>
        </div></div></li></ol>""")
    comments = extract_comments(p)
    assert [(c.id, c.author, c.text) for c in comments] == [
        ("comment-49606", "Margit Heumann", "Deinen letzten Absatz kann ich nur unterschreiben.")]


def test_a_wordless_content_field_falls_back_to_the_whole_comment() -> None:
    # Drupal: the first .field--name-comment-body holds only the comment's linked title.
    p = page_of(ARTICLE + """<div id="comments" class="comments">
      <article id="comment-214106" class="js-comment comment" typeof="schema:Comment">
        <footer><h6>Heidemarie Heim | Di, 21. April 2020 - 16:40</h6></footer>
        <div><div class="field--name-comment-body"><p property="schema:name">
          <a href="/comment/214106#comment-214106" class="permalink">Wo und wie gestorben wird</a></p></div>
        <div property="schema:text" class="field field--name-comment-body"><p>Vielen Dank für diese
          Einblicke!</p></div>
        <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/214106">Antworten</a></li></ul>
      </div></article></div>""")
    # The linked title is the reader's subject line: it opens the text; the "Name | date" heading does not.
    assert [(c.id, c.text) for c in extract_comments(p)] == [
        ("comment-214106", "Wo und wie gestorben wird\n\nVielen Dank für diese Einblicke!")]


def test_heuristic_reads_repeated_dated_items_under_a_comments_heading() -> None:
    forum = """
    <h2>3 Kommentare</h2>
    <ul class="forum">
      <li class="fil"><b>Red Bastard</b> <span>(22 juin 2018 @11h29)</span> <p>Même argument qu'avant, désolé.</p></li>
      <li class="fil"><b>Louise</b> <span>(23 juin 2018 @09h02)</span> <p>Merci pour cet article.</p><p>Très clair.</p></li>
      <li class="fil"><b>Paul</b> <span>(24 juin 2018 @18h45)</span> <p>Et les sources ?</p></li>
    </ul>"""
    page = page_of(ARTICLE + "</main>" + forum, url="https://blog.example.fr/billet")
    comments = extract_comments(page)
    assert [(c.id, c.author, c.published_at.isoformat()[:10] if c.published_at else None, c.text)
            for c in comments] == [
        ("c1", "Red Bastard", "2018-06-22", "Même argument qu'avant, désolé."),
        ("c2", "Louise", "2018-06-23", "Merci pour cet article.\n\nTrès clair."),
        ("c3", "Paul", "2018-06-24", "Et les sources ?"),
    ]
    assert page.field_sources["comments"] == "heuristic"
    assert "ul#.forum" in excluded(page)


@pytest.mark.parametrize("heading", ["留言列表 (2)", "Komentarze (2)", "Комментарии: 2", "コメント"])
def test_comment_headings_in_other_languages_head_the_repeated_items(heading: str) -> None:
    """Pixnet's blogs (Traditional Chinese) print their comments as repeated lists under "留言列表"
    with no comment classes; Polish, Russian and Japanese sites name theirs likewise."""
    thread = f"""
    <h3><img src="minus.gif"> <span>{heading}</span></h3>
    <div class="user-post-text">
      <ul class="single-post"><li class="post-info"><span class="user-name"><a href="http://a.example/">小鳳</a></span>
        <span class="post-time">於 2013/12/28 10:28</span></li><li class="post-text">露營兼賞楓，好棒的生活</li></ul>
      <ul class="single-post"><li class="post-info"><span class="user-name"><a href="http://b.example/">黑傑克</a></span>
        <span class="post-time">於 2013/12/31 08:02</span></li><li class="post-text">美樹果然是仙境呀</li></ul>
    </div>"""
    comments = extract_comments(page_of(ARTICLE + "</main>" + thread, url="https://blog.example.tw/post/1"))
    assert [(c.author, c.text) for c in comments] == [("小鳳", "露營兼賞楓，好棒的生活"), ("黑傑克", "美樹果然是仙境呀")]


def test_a_commentary_section_heading_is_not_a_comments_heading() -> None:
    """Counter-example: "评论" also names a Chinese paper's commentary section, whose dated teasers
    are other articles, not readers' comments."""
    teasers = """
    <h3>评论</h3>
    <ul class="list">
      <li class="item"><a href="/a/1">社评：医保改革要稳步推进</a> <span>2023-05-02</span> <p>本报评论员 张三</p></li>
      <li class="item"><a href="/a/2">观察：基层医院的新挑战</a> <span>2023-05-01</span> <p>本报评论员 李四</p></li>
    </ul>"""
    assert extract_comments(page_of(ARTICLE + "</main>" + teasers, url="https://news.example.cn/a/3")) == []


def test_profile_selector_picks_the_comments_themselves() -> None:
    body = ARTICLE + """</main><div class="talk"><div class="post"><span class="who">Ana</span>
    <div class="said">First!</div></div><div class="post"><span class="who">Bo</span><div class="said">Second.</div></div></div>"""
    page = page_of(body, selectors={"comments": "div.talk > div.post"})
    comments = extract_comments(page)
    assert [(c.id, c.text) for c in comments] == [("c1", "Ana\n\nFirst!"), ("c2", "Bo\n\nSecond.")]
    assert page.field_sources["comments"] == "profile"
    assert excluded(page) == ["div#.post", "div#.post"]


def test_comment_words_elsewhere_are_not_comments() -> None:
    """A comment count link, an opinion-section teaser list, icons and "add comment" buttons."""
    body = ARTICLE + """
    <div class="post-meta"><a class="comment" href="#comments"><i class="fa-comment"></i> 12 comments</a></div>
    </main>
    <aside class="rail"><ol class="teasers">
      <li class="teaser comment premium"><a href="/opinion/a">Why the NHS needs nurses</a>
        <span class="author">Jane Roe</span><time datetime="2025-11-20T08:00:00Z">20 Nov</time><span>Premium</span></li>
      <li class="teaser comment"><a href="/opinion/b">Our view</a><span class="author">Leader</span>
        <time datetime="2025-11-21T08:00:00Z">21 Nov</time></li>
    </ol></aside>
    <div class="add-comment"><button class="btn">Add a comment</button></div>
    <div class="comment-count">0 Comments</div>"""
    page = page_of(body)
    assert extract_comments(page) == []
    assert excluded(page) == []


def test_pingbacks_are_comments_named_after_the_linking_post() -> None:
    body = ARTICLE + """</main><div id="comments"><ol class="commentlist">
      <li class="post pingback"><p>Pingback: <a href="https://other.example/stem-cells/" class="url" rel="external nofollow ugc">Stem cells roundup | Other Blog</a></p></li>
    </ol></div>"""
    assert extract_comments(page_of(body)) == [
        Comment(id="c1", author="Stem cells roundup | Other Blog", author_url="https://other.example/stem-cells/",
                text="Stem cells roundup | Other Blog"),
    ]


def test_malformed_markup_and_impossible_dates_do_not_raise() -> None:
    body = """<div id="comments"><ol class="comment-list"><li class="comment" id="comment-1"><div class="comment-author">
    <b class="fn">X</b><div class="comment-metadata"><time datetime="2025-02-31T10:00:00">31 February 2025</time>
    <div class="comment-content"><p>unclosed <b>bold <i>text</ol>"""
    comments = extract_comments(page_of(body, url=None))
    assert [(c.id, c.author, c.published_at, c.text) for c in comments] == [("comment-1", "X", None, "unclosed bold text")]


def wp_rows(count: int) -> str:
    return "".join(
        f'<li id="comment-{n}" class="comment"><article id="div-comment-{n}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader {n}</b></div>'
        f'<div class="comment-metadata"><time datetime="2025-11-27T10:00:00+00:00">Nov 27</time></div></footer>'
        f'<div class="comment-content"><p>Comment number {n}.</p></div></article></li>'
        for n in range(count)
    )


def test_comments_up_to_the_cap_all_come_out_without_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harvester.fields.comments, "MAX_COMMENTS", 30)
    page = page_of(ARTICLE + f'</main><div id="comments" class="comments-area"><ol class="comment-list">{wp_rows(30)}'
                   "</ol></div>")
    comments = extract_comments(page)
    assert [c.id for c in comments] == [f"comment-{n}" for n in range(30)]
    assert comments[-1] == Comment(id="comment-29", author="Reader 29",
                                   published_at=datetime(2025, 11, 27, 10, tzinfo=timezone.utc),
                                   text="Comment number 29.")
    assert not [w for w in page.warnings if "comments past" in w]


def test_comments_past_the_cap_are_not_read_and_the_record_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # A hostile page of 100,000 comments took 18-37 s; the walk stops at the cap instead.
    monkeypatch.setattr(harvester.fields.comments, "MAX_COMMENTS", 30)
    page = page_of(ARTICLE + f'</main><div id="comments" class="comments-area"><ol class="comment-list">{wp_rows(45)}'
                   "</ol></div>")
    comments = extract_comments(page)
    assert [c.id for c in comments] == [f"comment-{n}" for n in range(30)]
    assert "comments past the first 30 not read" in page.warnings
    # The whole comment area is still kept out of the body, the unread comments included.
    assert "div#comments.comments-area" in excluded(page)


def test_jsonld_comments_past_the_cap_are_not_read_and_the_record_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harvester.fields.comments, "MAX_COMMENTS", 2)
    page = page_of(ARTICLE + "</main>", url="https://news.example/a", head=JSONLD)
    assert [c.id for c in extract_comments(page)] == ["comment-1", "comment-2"]
    assert "comments past the first 2 not read" in page.warnings


def test_heuristic_comments_past_the_cap_are_not_read_and_the_record_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harvester.fields.comments, "MAX_COMMENTS", 2)
    items = "".join(f"<li class='fil'><b>Reader {n}</b> <span>({20 + n} juin 2018 @11h29)</span> <p>Avis {n}.</p></li>"
                    for n in range(3))
    page = page_of(ARTICLE + f"</main><h2>3 Kommentare</h2><ul class='forum'>{items}</ul>",
                   url="https://blog.example.fr/billet")
    assert [(c.author, c.text) for c in extract_comments(page)] == [("Reader 0", "Avis 0."), ("Reader 1", "Avis 1.")]
    assert "comments past the first 2 not read" in page.warnings


def test_a_reply_chain_deeper_than_the_cap_keeps_every_comment() -> None:
    depth = 3_000
    html = "".join(f'<li class="comment" id="comment-{n}"><p class="comment-author">R{n}</p>'
                   f'<div class="comment-content">Reply {n}</div><ol class="children">' for n in range(depth))
    html += "</ol></li>" * depth
    comments = extract_comments(page_of(f'<div id="comments"><ol class="comment-list">{html}</ol></div>'))
    assert len(comments) == depth
    assert comments[1].reply_to == "comment-0"
    assert comments[10].reply_to == "comment-9"
    # Past the parser's depth limit the tree is folded up (with a warning): a folded reply hangs
    # off an earlier comment of its chain, never off a later one or none.
    order = {c.id: n for n, c in enumerate(comments)}
    assert all(c.reply_to is not None and order[c.reply_to] < n for n, c in enumerate(comments[1:], 1))


FORUM = """<section class="comments-container"><h1 id="comments">Kommentare</h1><ul class="comments">
  <li id="comment-1508"><div><h2 id="c1508">Ein Argument</h2>
    <span class="metadata">geschrieben von berg2012 am 21. Jan. 2015, 19:04</span>
    <span class="reply-comment">[ <a href="/login/">antworten</a> ]</span></div>
    <p>Ich hätte eine andere Erklärung.</p>
    <ul class="comments"><li id="comment-1511"><div><h2 id="c1511">AW: Ein Argument</h2>
      <span class="metadata">geschrieben von wScherf am 21. Jan. 2015, 20:02</span></div>
      <p>Das überzeugt mich nicht.</p></li></ul></li></ul></section>"""


def test_a_subject_heading_opens_the_comment_text() -> None:
    """Forums and news CMSs print the subject a reader typed as a heading above the text (issue 16:
    every comment of two unseen sites lost it, and with it the opening of what was written)."""
    comments = extract_comments(page_of(ARTICLE + FORUM))
    assert [(c.id, c.reply_to, c.author, c.text) for c in comments] == [
        ("comment-1508", None, "berg2012", "Ein Argument\n\nIch hätte eine andere Erklärung."),
        ("comment-1511", "comment-1508", "wScherf", "AW: Ein Argument\n\nDas überzeugt mich nicht."),
    ]


def test_frame_headings_are_no_subject() -> None:
    """Counter-example: a theme's heading holding the author's name, a "Name | date" heading, a
    "says:" heading and Drupal's visually hidden "In reply to <parent's subject>" stay out."""
    p = page_of(ARTICLE + """<div id="comments" class="comments-container"><ol class="commentlist">
      <li id="comment-957" class="comment depth-1"><div class="comment-header"><h3>Liberte</h3>
        <p class="comment-meta">18/02/2020 à 16:42</p></div>
        <div class="comment-body"><p>La parité je veux bien.</p></div></li>
      <li id="comment-958" class="comment depth-1"><h6>Heidemarie Heim | Do, 23. April 2020 - 14:27</h6>
        <h4>Ann says:</h4>
        <p class="visually-hidden">In reply to <a href="/comment/9#comment-9" class="permalink">Wo und wie</a>
          by <span>Gast</span></p>
        <div class="comment-content"><p>Werter Herr Kessler!</p></div></li></ol></div>""")
    assert [c.text for c in extract_comments(p)] == ["La parité je veux bien.", "Werter Herr Kessler!"]


def test_comment_cards_are_comments() -> None:
    """A comment printed as a card ("c-comment-card", its text in "c-comment-card__text") is a
    comment, its text the card's text (issue 16: a news CMS's only comment was missed)."""
    p = page_of(ARTICLE + """<div id="comments" class="x-comments"><h3>Kommentare <span>1</span></h3>
      <a class="c-comment-card__call-to-comment" href="/login">Kommentieren ...</a>
      <div class="column c-comment-card js-comment-wrapper"><div class="js-comment-box">
        <span class="c-author">Gustlik</span><span class="c-author__divider">|</span>
        <span class="c-author__community">Community</span>
        <time class="c-comment-card__timestamp" datetime="2020-04-22T07:33:47">22.04.2020</time>
        <div class="c-comment-card__text"><p>Nun ... erst gestern wurde es demonstriert.</p></div>
        <a class="c-button" href="/reply">Beantworten</a></div></div></div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [("Gustlik", "Nun ... erst gestern wurde es demonstriert.")]


def test_teaser_cards_with_comment_counters_are_no_comments() -> None:
    """Counter-example: teaser cards with a "comment-counts" badge, outside any comment area, stay
    what they are: no comment."""
    p = page_of(ARTICLE + """<div class="teasers">
      <div class="teaser-card"><a href="/a">Sazerac: alles über den Klassiker</a><div class="comment-counts">58</div></div>
      <div class="teaser-card"><a href="/b">Negroni für Anfänger</a><div class="comment-counts">10</div></div></div>""")
    assert extract_comments(p) == []


def test_a_site_prefixed_comment_list_with_a_name_and_date_line() -> None:
    """A petition site's signers' comments: cards in a "mo-comments-list" (a list-of-comments class
    behind the site's own prefix), the name and date in one meta line "Name - Le <date>" (issue 16:
    all three were dropped for want of an area, an author and a date)."""
    def card(line: str, words: str) -> str:
        return f"""<div class="mo-comment-card"><div class="container-profil"><div>
          <div class="mo-comment-infos"><strong>{line}</strong></div>
          <div class="mo-comment-content f-text c-text">{words}</div>
          <div class="mo-container-like"><i class="mo-comment-like far fa-thumbs-up"></i>
            <span class="mo-comment-nblike f-text c-text">0</span></div></div></div></div>"""
    p = parsed_page(ARTICLE + '<div class="mo-comments-list">' + card(
        "Muriel - Le 22/01/2020 à 12:01:03", "Pour sauver un fleuron du patrimoine") + card(
        "Jean-françois - Le 24/11/2019 à 18:45:00", "Arrêtez la casse du service public !") + "</div>",
        url="https://petition.example/signer/choeur", lang="fr")
    comments = extract_comments(p)
    assert [(c.author, str(c.published_at)[:10], c.text) for c in comments] == [
        ("Muriel", "2020-01-22", "Pour sauver un fleuron du patrimoine"),
        ("Jean-françois", "2019-11-24", "Arrêtez la casse du service public !"),
    ]


def test_a_recent_comments_widget_list_is_no_comment_area() -> None:
    """Counter-example: a sidebar's "recent-comments-list" names readers and dates of comments on
    other articles: no comment of this page."""
    p = page_of(ARTICLE + """<aside><ul class="recent-comments-list">
      <li class="comment-item"><span class="comment-meta">Anna - 3. März 2020</span>
        <a href="/other/#comment-4">Zur Impfung</a></li>
      <li class="comment-item"><span class="comment-meta">Bernd - 4. März 2020</span>
        <a href="/other/#comment-5">Zur Studie</a></li></ul></aside>""")
    assert extract_comments(p) == []


def test_a_live_ticker_of_comments_printed_as_links() -> None:
    """A sports portal's live comments: each an <a id="livecomment_N"> holding the nick in small
    print and the words (issue 16: all eight were missed, "a" being no comment element)."""
    p = parsed_page(ARTICLE + """<aside><div class="livecomments brick__content" id="liveComments"><div>
      <a id="livecomment_15745539"><small>klon5</small> <span>Patryk Dudek pojedzie teraz po raz 900.<br>
        <br>Cóż za elokwencja.</span></a>
      <a id="livecomment_15745628"><small>bartiksm</small> <span>Tungate lepszy niż Dudek :DD</span></a></div>
      <form class="livecomments__form" action="https://sport.example/comment/ajax_save">
        <input type="text" name="comment_body"><button type="submit">+ Dodaj komentarz</button></form>
      </div></aside>""", url="https://sport.example/relacja/falubaz", lang="pl")
    assert [(c.id, c.author, c.text) for c in extract_comments(p)] == [
        ("livecomment_15745539", "klon5", "Patryk Dudek pojedzie teraz po raz 900.\n\nCóż za elokwencja."),
        ("livecomment_15745628", "bartiksm", "Tungate lepszy niż Dudek :DD"),
    ]


def test_a_newsroom_live_ticker_is_no_comments() -> None:
    """Counter-example: a live match report's entries (the newsroom's commentary, linked to their
    minute, no comment id, no comment area) stay the article's."""
    p = page_of(ARTICLE + """<div class="live-ticker"><a class="live-match-comment" href="#m12">
      <small>12'</small><span>Kubera wins the heat from the gate.</span></a>
      <a class="live-match-comment" href="#m15"><small>15'</small><span>Vaculik falls in the second bend.</span></a></div>""")
    assert extract_comments(p) == []


def own_system_comment(ident: int, author: str, when: str, words: str) -> str:
    """A magazine's own comment system: no comment class on the comment, only on its parts."""
    return f"""<div class="commentsCon flex" id="{ident}"><div class="leftCon">
      <p class="strong commentAuthor">{author}</p><p class="commentDate">{when}</p>
      <p class="commentText">{words}</p>
      <div class="addQuote"><textarea class="comment quoteComment" data-id="{ident}"></textarea></div></div>
      <div class="rightCon"><div class="like_comment_count">0</div></div></div>"""


def test_comments_known_by_their_named_parts_alone() -> None:
    """"<div class=leftCon><p class=commentAuthor>…<p class=commentDate>…<p class=commentText>…"
    (a woodworking magazine's CMS): an element holding a comment's author, date and text as its own
    children is one comment, though its class names none."""
    html = ARTICLE + '<div id="kommentarModul"><h3>2 Kommentare</h3><div class="commentConWrap">' + \
        own_system_comment(2, "Holzwerker1956", "21. Jan 2022", "Danke, dieser Tipp ist Gold wert.") + \
        own_system_comment(1, "Unbekannter Nutzer", "20. Jan 2022", "Du bist der Beste!") + "</div></div>"
    comments = extract_comments(page_of(html))
    assert [(c.author, c.text) for c in comments] == [
        ("Holzwerker1956", "Danke, dieser Tipp ist Gold wert."), ("Unbekannter Nutzer", "Du bist der Beste!")]


def test_one_box_of_named_parts_or_parts_without_a_date_are_no_comments() -> None:
    """Counter-examples: a single such box (a quoted reader's letter in a sidebar) and boxes whose
    parts name no date are not read as comments."""
    one = ARTICLE + own_system_comment(1, "Unbekannter Nutzer", "20. Jan 2022", "Du bist der Beste!")
    assert extract_comments(page_of(one)) == []
    undated = ARTICLE + "".join(
        f'<div class="box"><p class="commentAuthor">Leser {n}</p><p class="commentText">Eine Stimme aus der Umfrage.</p></div>'
        for n in (1, 2))
    assert extract_comments(page_of(undated)) == []


def header_and_text_comment(number: int, author: str, shown: str, words: str, text_class: str) -> str:
    """symfony sfCommentPlugin's markup: the comment item holds the author and date only, its text follows it."""
    return f"""<div class="row"><div class="sf_comment" id="sf_comment_{number}">
      <div class="titulo_post"><p class="sf_comment_info"><span class="sf_comment_author">{author}</span><br />
      <span class="date">{shown}</span></p></div></div>
      <div class="{text_class}"><p>{words}</p></div>
      <div class="sf_comment_rating"><strong>Valoración:</strong><span>3</span></div></div>"""


def test_a_comment_header_takes_the_text_printed_right_after_it() -> None:
    """A comment item that is only the comment's header (author and date in "sf_comment", the words
    in the sibling "sf_comment_text") is one comment with those words (issue 16: a Spanish paper's
    ten comments were dropped as wordless)."""
    html = ARTICLE + '<div id="sf_comment_list" class="box">' + header_and_text_comment(
        7, "Alcalino", "Hace 28 minutos", "Vaya comportamiento tan poco ejemplar del fiscal.", "sf_comment_text") + \
        header_and_text_comment(6, "Casper", "Hace 37 minutos", "Lo importante es el cocido.", "sf_comment_text") + "</div>"
    comments = extract_comments(page_of(html))
    assert [(c.author, c.text) for c in comments] == [
        ("Alcalino", "Vaya comportamiento tan poco ejemplar del fiscal."), ("Casper", "Lo importante es el cocido.")]


def test_a_comment_header_does_not_take_a_following_box_that_names_no_comment_text() -> None:
    """Counter-example: the block after the header is a teaser ("teaser-text"), not a comment's text:
    the wordless headers stay no comments."""
    html = ARTICLE + '<div id="sf_comment_list" class="box">' + header_and_text_comment(
        7, "Alcalino", "Hace 28 minutos", "Lea también: la Audiencia decide.", "teaser-text") + \
        header_and_text_comment(6, "Casper", "Hace 37 minutos", "Lea también: el juez imputa.", "teaser-text") + "</div>"
    assert extract_comments(page_of(html)) == []


def numbered_reader_post(number: int, author: str, shown: str, words: str) -> str:
    """A Spanish paper's own comment list: each item keeps a hidden "private message" pop-up, then the
    reader's name and date, the comment's number, the words and the action links."""
    return f"""<li style="z-index: 10;"><div class="mensaje_privado" style="display: none;">
      <a class="cerrar_ventana" href="#">Cerrar ventana</a><h5>Redactar mensaje privado</h5>
      <p>Enviar mensaje a <strong>{author}</strong></p></div>
      <div class="usuario"><div class="usuario_nombre"><strong>{author}</strong>
      <span class="fecha_hora">{shown}</span></div><h4>#{number}</h4></div>
      <p>{words}</p><div class="interact"><a href="#comentar">Responder</a> <a href="#comentar">Citar mensaje</a>
      <span class="valorar"><p>Valorar</p><a href="#">Positivo</a> <a href="#">Negativo</a></span>
      <div><span>Denunciar</span></div></div></li>"""


def test_a_numbered_comment_list_under_a_count_and_separator_heading() -> None:
    """"15 » Comentarios" heads a numbered list of readers' posts with no comment classes: the count
    may be set off by a separator ("15 »", "(15)"); what the browser does not show (a pop-up under
    ``display: none``), the "#11" number and the action bar ("Responder Citar mensaje", "Valorar",
    "Positivo Negativo") are no part of the comment (issue 16: a Spanish daily's five comments were
    missed)."""
    thread = """<div><h3><span>15 &raquo;</span> <span class="encabezado">Comentarios</span>
      <span class="links_comentar">¿Quieres comentar? <a href="#comentar">Entra</a></span></h3>
      <ol>""" + numbered_reader_post(11, "PepeChan", "28.oct.2012 | 11:26", "Su cara lo dice todo.") + \
        numbered_reader_post(12, "ponsshan1", "28.oct.2012 | 11:31", "En unas horas saldrán los amiguetes.") + \
        "</ol></div>"
    page = page_of(ARTICLE + "</main>" + thread, url="https://diario.example.es/espana/1.html")
    assert [(c.author, c.text) for c in extract_comments(page)] == [
        ("PepeChan", "Su cara lo dice todo."), ("ponsshan1", "En unas horas saldrán los amiguetes.")]


def test_a_count_and_separator_heading_over_undated_teasers_is_no_comment_list() -> None:
    """Counter-example: "(2) Comentarios" over a list of undated teasers (the most-commented stories)
    gives no comment: every item must be dated."""
    teasers = """<h3>(2) Comentarios</h3><ul>
      <li><a href="/a/1">La Audiencia decide sobre la imputación</a><p>Lea la noticia completa.</p></li>
      <li><a href="/a/2">El juez imputa de nuevo a la Infanta</a><p>Lea la noticia completa.</p></li></ul>"""
    assert extract_comments(page_of(ARTICLE + "</main>" + teasers, url="https://diario.example.es/espana/2.html")) == []


@pytest.mark.parametrize(("area", "item", "author", "when", "words", "url"), [
    ("commenti", "commento", "commento-autore", "commento-data", "commento-testo", "https://giornale.example.it/a"),
    ("komentarze", "komentarz", "komentarz-autor", "komentarz-data", "komentarz-tresc", "https://portal.example.pl/a"),
])
def test_italian_and_polish_comment_classes_are_read_like_english_ones(
        area: str, item: str, author: str, when: str, words: str, url: str) -> None:
    """Italian ("commento", "commento-testo") and Polish ("komentarz", "komentarz-tresc") comment
    systems name their parts in their language, as German and French ones do: the comment headings
    already knew "commenti" and "komentarze", the class names did not."""
    def one(name: str, day: str, text: str) -> str:
        return (f'<div class="{item}"><span class="{author}">{name}</span>'
                f'<span class="{when}">{day}</span><div class="{words}"><p>{text}</p></div></div>')
    html = ARTICLE + "</main>" + f'<section class="{area}">' + one("Gianni", "12.03.2021", "Ottimo articolo.") + \
        one("Ola", "13.03.2021", "Dziękuję za tekst.") + "</section>"
    assert [(c.author, c.text) for c in extract_comments(page_of(html, url=url))] == [
        ("Gianni", "Ottimo articolo."), ("Ola", "Dziękuję za tekst.")]


def test_an_italian_comment_counter_is_no_comment() -> None:
    """Counter-example: "commenti-count" badges on teaser cards (an action/counter, not a comment)
    give no comment."""
    html = ARTICLE + "</main>" + "".join(
        f'<div class="teaser"><a href="/a/{n}">Notizia {n}</a><span class="commenti-count">{n}</span></div>'
        for n in (1, 2))
    assert extract_comments(page_of(html, url="https://giornale.example.it/b")) == []
