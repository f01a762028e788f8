"""Forum threads: the replies are comments, the opening post is the page's text (issue 16).

Each forum software on a page of our own making, in the markup it prints (vBulletin 4, XenForo 2,
phpBB 3, Invision, Discourse, new and old Reddit), and the counter-examples: an opening post, a
page listing threads, quote boxes.
"""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import claimed_regions, parsed_page

URL = "https://forum.example/threads/impfung-nebenwirkungen.3976/"
page_of = partial(parsed_page, url=URL, lang="de")


def vbulletin_post(number: int, ident: int, author: str, words: str, quote: str = "") -> str:
    """One vBulletin 4 post: user box, post counter, the message (a quote box first when given)."""
    box = (f"""<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">
        <div class="bbcode_postedby">Zitat von <strong>Arzt</strong></div>
        <div class="message">{quote}</div></div></div></div>""" if quote else "")
    return f"""<li class="postbit postbitim postcontainer old" id="post_{ident}">
      <div class="postdetails_noavatar"><div class="userinfo_noavatar">
        <a class="username offline popupctrl" href="/members/{author.lower()}.html"><strong>{author}</strong></a>
        <span class="usertitle">Gehöre zum Inventar</span></div>
        <dl class="userstats"><dd>03.03.2011, 14:17</dd><dd><a name="post{ident}" href="#post{ident}"
          class="postcounter">#{number}</a></dd></dl></div>
      <div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{ident}">
        <script>googletag.display('ad');</script>
        <blockquote class="postcontent restore">{box}{words}</blockquote></div></div></div></div>
      <div class="postfoot"><a class="quote" href="/newreply.php?p={ident}">Zitieren</a></div><hr></li>"""


def vbulletin_thread(*posts: str) -> str:
    return f"""<h1>Impfung und Nebenwirkungen</h1><div id="postlist" class="postlist restrain">
      <ol id="posts" class="posts">{"".join(posts)}</ol></div>"""


def test_vbulletin_replies_after_the_opening_post_are_comments() -> None:
    """Page 1 of a thread: post #1 is the page's text, stays in the body (but for its member panel);
    the replies are comments with their authors, and leave the body."""
    p = page_of(vbulletin_thread(
        vbulletin_post(1, 100, "Redaktion", "Die Impfkommission hat ihre Empfehlung geändert."),
        vbulletin_post(2, 101, "Predator", "Das war noch nicht das Update, sondern nur die Vorbereitung."),
        vbulletin_post(3, 102, "Chatfix", "Starte mal die App neu."),
    ))
    comments = extract_comments(p)
    assert [(c.id, c.author, c.author_url, c.text) for c in comments] == [
        ("post_101", "Predator", "https://forum.example/members/predator.html",
         "Das war noch nicht das Update, sondern nur die Vorbereitung."),
        ("post_102", "Chatfix", "https://forum.example/members/chatfix.html", "Starte mal die App neu."),
    ]
    assert claimed_regions(p) == ["div#.postdetails_noavatar", "li#post_101.postbit postbitim postcontainer old",
                                  "li#post_102.postbit postbitim postcontainer old"]


def test_on_a_later_page_of_a_thread_every_post_is_a_reply() -> None:
    """The first post printed carries "#661": the opening post is on page 1, not here. The quote box
    opening a reply is another member's words: the reply's text starts after it."""
    p = page_of(vbulletin_thread(
        vbulletin_post(661, 949757, "Predator", "Das war noch nicht das Update.<br><br>Warum auch immer.",
                       quote="Gibt es denn irgendwo eine Seite, wo die Features beschrieben sind?"),
        vbulletin_post(662, 949760, "sunsetkilling", "Bekomme immer noch den Fehler 801812C1 =("),
    ))
    assert [(c.author, c.text) for c in extract_comments(p)] == [
        ("Predator", "Das war noch nicht das Update.\n\nWarum auch immer."),
        ("sunsetkilling", "Bekomme immer noch den Fehler 801812C1 =("),
    ]
    # The posts are all this page holds: they stay in the body too, which has nothing else.
    assert claimed_regions(p) == []


def test_a_thread_of_one_post_has_no_comment() -> None:
    """Counter-example: the opening post alone is the article, no comment, and stays in the body."""
    p = page_of(vbulletin_thread(vbulletin_post(1, 100, "Redaktion", "Die Impfkommission hat entschieden.")))
    assert extract_comments(p) == []
    assert claimed_regions(p) == []


def xenforo_post(ident: int, author: str, when: str, words: str, rest: str = "") -> str:
    """A XenForo 2 post; ``rest`` goes inside it, as broken markup nests the next posts there."""
    return f"""<article class="message message--post js-post js-inlineModContainer" data-author="{author}"
        data-content="post-{ident}" id="js-post-{ident}"><span class="u-anchorTarget" id="post-{ident}"></span>
      <div class="message-inner"><div class="message-cell message-cell--user">
        <section itemscope itemtype="https://schema.org/Person" class="message-user">
          <h4 class="message-name"><a href="/members/{author.lower()}.201/" class="username" itemprop="name">{author}</a></h4>
          <div class="userBanner message-userBanner" itemprop="jobTitle"><strong>Hero</strong></div></section></div>
        <div class="message-cell message-cell--main"><header class="message-attribution">
          <a href="/threads/x.3976/post-{ident}"><time class="u-dt" datetime="{when}">Sep 20, 2020</time></a>
          <li><a href="/threads/x.3976/post-{ident}" rel="nofollow"> #{ident - 53502} </a></li>
          <div class="message-content js-messageContent"><article class="message-body js-selectToQuote">
            <div class="bbWrapper">{words}</div></article></div>
          <div class="reactionsBar"><span class="u-srOnly">Reactions:</span><a href="/r">Herr Blocksberg</a></div>
          {rest}</header></div></div></article>"""


def test_xenforo_replies_nested_by_broken_markup_are_each_a_comment() -> None:
    """XenForo's header left open nests every next post inside the one before: each post is still
    one comment, its text its bbWrapper without the posts inside it; "Name said:" quote boxes and
    their "Click to expand..." are the quoted member's, not the reply's."""
    quote = """<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote">
      <div class="bbCodeBlock-title"><a class="bbCodeBlock-sourceJump" href="/goto/post?id=53504">Tiberius said:</a></div>
      <div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">Die Lichtrunen wurden entfernt.</div>
      <div class="bbCodeBlock-expandLink"><a>Click to expand...</a></div></div></blockquote>"""
    third = xenforo_post(53505, "Nixe", "2020-09-20T10:13:41-0700", quote + "Tja,<br>das ist schade.")
    second = xenforo_post(53504, "Bluerider", "2020-09-20T09:28:31-0700", "Schade um die Lichtrunen.", third)
    p = page_of("<h1>Patchnotes 4.47.4</h1>" + xenforo_post(
        53503, "Tiberius", "2020-09-18T08:00:00-0700", "<b>Patch Notes 4.47.4</b><br>Lichtrunen entfernt.", second))
    comments = extract_comments(p)
    assert [(c.id, c.author, c.published_at.isoformat() if c.published_at else None, c.text) for c in comments] == [
        ("js-post-53504", "Bluerider", "2020-09-20T09:28:31-07:00", "Schade um die Lichtrunen."),
        ("js-post-53505", "Nixe", "2020-09-20T10:13:41-07:00", "Tja,\ndas ist schade."),
    ]
    # The opening post stays the article but for its member panel; the replies (the second holding
    # the third) are claimed.
    assert claimed_regions(p, with_id=False) == [
        "div.message-cell message-cell--user", "article.message message--post js-post js-inlineModContainer",
        "article.message message--post js-post js-inlineModContainer"]


def test_a_post_without_its_text_box_is_not_read() -> None:
    """Counter-example: a phpBB-like post whose words sit in no known text box (a hosted forum's own
    template, a "sponsored content" post) is not read: its whole element is panel and counters."""
    p = parsed_page("""<div id="p1" class="post row1"><div class="postprofile">admina<br>71 Beiträge</div>
        <div class="postbody"><h2>Forums-Regeln</h2><div class="entry">Bitte freundlich bleiben.</div></div></div>
      <div id="p2" class="post row2"><div class="postprofile">lupa<br>71 Beiträge</div>
        <div class="postbody"><h2>Re: Forums-Regeln</h2><div class="entry">Nachtrag: keine Werbung.</div></div></div>""",
                    url="https://forum.example/t5-regeln", lang="de")
    assert extract_comments(p) == []
    assert claimed_regions(p) == []


def test_phpbb_posts_on_a_later_page_and_cited_quotes() -> None:
    """phpBB: div.post#p<n>, the words in the postbody's content; the address's start=20 names a
    later page, so the first post printed is a reply too; a blockquote citing a member is a quote."""
    def post(ident: int, author: str, words: str) -> str:
        return f"""<div id="p{ident}" class="post has-profile bg2"><div class="inner">
          <dl class="postprofile"><dt><a href="/memberlist.php?u=2" class="username">{author}</a></dt></dl>
          <div class="postbody"><div id="post_content{ident}"><h3><a href="#p{ident}">Re: Impfung</a></h3>
            <p class="author"><span class="responsive-hide">von <strong><a href="/memberlist.php?u=2"
              class="username">{author}</a></strong> » </span><time datetime="2021-03-04T10:00:00+00:00">Do 4. Mär 2021</time></p>
            <div class="content">{words}</div></div></div></div></div>"""
    p = parsed_page("<h2>Impfung</h2>" + post(21, "anna", "Bei mir gab es keine Beschwerden.") + post(
        22, "bernd", '<blockquote cite="/viewtopic.php?p=21#p21"><div><cite>anna hat geschrieben:</cite>'
        "Bei mir gab es keine Beschwerden.</div></blockquote>Bei mir auch nicht."),
        url="https://forum.example/viewtopic.php?t=5&start=20", lang="de")
    assert [(c.id, c.author, c.text) for c in extract_comments(p)] == [
        ("p21", "anna", "Bei mir gab es keine Beschwerden."), ("p22", "bernd", "Bei mir auch nicht.")]


def test_new_reddit_comments_without_names_or_dated_years() -> None:
    """New Reddit names each comment "t1_<id>" and prints no year ("6 years ago"), here no user
    name either: the t1_ name is the evidence. The question (t3_) is the page's text."""
    def comment(ident: str, words: str) -> str:
        return f"""<div id="t1_{ident}" class="_3sf33"><div class="P8SGA Comment t1_{ident} _1z5rd">
          <button aria-label="upvote" class="voteButton">up</button><span class="_1RIl5">level 1</span>
          <div class="_1S45"><span>39 points</span><span> · </span>
            <a href="/r/Python/comments/1bbbwk/x/{ident}/"><span>6 years ago</span></a></div>
          <div data-test-id="comment" class="_3cjCp"><div class="_292io RichTextJSON-root">{words}</div></div>
          </div></div>"""
    p = page_of("""<div class="Post t3_1bbbwk" id="t3_1bbbwk"><h1>What to include in __init__.py?</h1>
        <div class="_292io RichTextJSON-root"><p>I'm new to packaging.</p></div></div>"""
                + comment("c95cjs5", "<p>I tend toward option 3.</p><pre><code>stuff/\n  __init__.py</code></pre>")
                + comment("c95ey1k", "<p>Nothing. Explicit is better than implicit.</p>"))
    comments = extract_comments(p)
    assert [(c.id, c.author, c.text) for c in comments] == [
        ("t1_c95cjs5", None, "I tend toward option 3.\n\nstuff/ __init__.py"),
        ("t1_c95ey1k", None, "Nothing. Explicit is better than implicit."),
    ]
    assert claimed_regions(p, with_id=False) == ["div.P8SGA Comment t1_c95cjs5 _1z5rd",
                                                 "div.P8SGA Comment t1_c95ey1k _1z5rd"]


def test_old_reddit_comments_hold_their_words_in_a_form() -> None:
    """Old Reddit prints a comment's words in a form (for editing): they are still its words; the
    self post above (t3_) is the page's text, a nested reply its own comment."""
    def thing(ident: str, author: str, words: str, children: str = "") -> str:
        return f"""<div class=" thing id-t1_{ident} noncollapsed comment " id="thing_t1_{ident}" data-author="{author}">
          <div class="entry unvoted"><p class="tagline"><a href="/user/{author}" class="author may-blank">{author}</a>
            <span class="score unvoted">39 points</span>
            <time class="live-timestamp" datetime="2013-03-30T10:00:00+00:00">6 years ago</time></p>
          <form action="#" class="usertext warn-on-unload" id="form-t1_{ident}"><input type="hidden" name="thing_id"
            value="t1_{ident}"><div class="usertext-body may-blank-within md-container"><div class="md">{words}</div></div></form>
          <ul class="flat-list buttons"><li><a href="/permalink">permalink</a></li><li><a href="#">reply</a></li></ul></div>
          <div class="child"><div class="sitetable listing">{children}</div></div></div>"""
    p = page_of("""<div class=" thing id-t3_1bbbwk link self" id="thing_t3_1bbbwk"><p class="title">
        <a class="title" href="/r/Python/comments/1bbbwk/">What to include?</a></p><form class="usertext">
        <div class="usertext-body"><div class="md"><p>I'm new to packaging.</p></div></div></form></div>
        <div class="commentarea"><div class="sitetable nestedlisting">"""
                + thing("c95cjs5", "jdoe", "<p>I tend toward option 3.</p>",
                        thing("c95dsuy", "mitsu", "<p>Flat is better than nested.</p>"))
                + "</div></div>")
    comments = extract_comments(p)
    assert [(c.id, c.author, c.published_at.year if c.published_at else None, c.text) for c in comments] == [
        ("thing_t1_c95cjs5", "jdoe", 2013, "I tend toward option 3."),
        ("thing_t1_c95dsuy", "mitsu", 2013, "Flat is better than nested."),
    ]


def test_invision_and_discourse_posts() -> None:
    """Invision's article.cPost (rich text, ipsQuote boxes) and Discourse's topic-post (cooked, an
    aside.quote): the first post of page 1 is the topic, the rest replies."""
    def invision(ident: int, author: str, words: str) -> str:
        return f"""<article id="elComment_{ident}" class="cPost ipsBox ipsComment ipsComment_parent">
          <aside class="ipsComment_author cAuthorPane"><h3 class="cAuthorPane_author"><strong><a
            href="/profile/2-{author}/" class="username">{author}</a></strong></h3></aside>
          <div class="ipsColumn"><div class="ipsComment_meta"><time datetime="2021-01-05T08:00:00Z">5. Januar</time></div>
          <div data-role="commentContent" class="ipsType_normal ipsType_richText ipsContained">{words}</div></div></article>"""
    p = page_of(invision(1, "admin", "<p>Neue Studie zur Impfung.</p>") + invision(
        2, "carla", '<blockquote class="ipsQuote" data-ipsquote=""><div class="ipsQuote_citation">admin schrieb:</div>'
        "<div class=\"ipsQuote_contents\"><p>Neue Studie.</p></div></blockquote><p>Danke für den Link!</p>"))
    assert [(c.author, c.text) for c in extract_comments(p)] == [("carla", "Danke für den Link!")]

    def discourse(number: int, author: str, words: str) -> str:
        return f"""<article class="boxed onscreen-post" id="post_{number}"><div class="row"><div class="topic-post
          clearfix regular"><div class="topic-meta-data"><span class="first username"><a href="/u/{author}">{author}</a>
          </span></div><div class="topic-body"><div class="cooked">{words}</div></div></div></div></article>"""
    p = page_of(discourse(1, "lead", "<p>Which dose?</p>") + discourse(
        2, "dana", '<aside class="quote"><div class="title">lead:</div><blockquote><p>Which dose?</p></blockquote></aside>'
        "<p>The second one.</p>"))
    assert [(c.author, c.text) for c in extract_comments(p)] == [("dana", "The second one.")]


def test_a_page_listing_threads_is_no_comments() -> None:
    """Counter-example: a forum's thread list (XenForo structItem, vBulletin threadbit) names
    threads, authors and dates, and holds no reply."""
    p = page_of("""<h1>Allgemein</h1><div class="structItemContainer">
      <div class="structItem structItem--thread js-inlineModContainer" data-author="Tiberius">
        <div class="structItem-title"><a href="/threads/patchnotes.3976/">Patchnotes 4.47.4</a></div>
        <a href="/members/tiberius.1/" class="username">Tiberius</a><time datetime="2020-09-18T08:00:00-0700">Sep 18</time></div>
      <div class="structItem structItem--thread js-inlineModContainer" data-author="Nixe">
        <div class="structItem-title"><a href="/threads/frage.3977/">Eine Frage zu den Events</a></div>
        <a href="/members/nixe.2/" class="username">Nixe</a><time datetime="2020-09-19T08:00:00-0700">Sep 19</time></div>
      </div><ol id="threads" class="threads"><li class="threadbit hot" id="thread_122760"><div class="threadinfo">
        <a class="title" href="/122760-update.html">Microsoft beginnt Auslieferung</a>
        <a class="username" href="/members/71187.html">Predator</a><span class="date">03.03.2011</span></div></li></ol>""")
    assert extract_comments(p) == []
    assert claimed_regions(p) == []


def test_a_byline_line_above_the_opening_post_is_not_claimed() -> None:
    """Counter-example: phpBB prints "von <name> » <date>" as a line (p.author) above the opening
    post's words: that is the post's byline, for the byline unit, not a member panel to claim;
    only the reply is."""
    p = page_of("""<div id="p453" class="post bg2"><div class="inner"><div class="postbody">
      <h3 class="first"><a href="#p453">Was ist Freie Software?</a></h3>
      <p class="author"><a href="./viewtopic.php?p=453#p453">Beitrag</a> von <strong><a
        href="./memberlist.php?mode=viewprofile&amp;u=5" class="username">r23</a></strong> » 21.01.2009, 05:42</p>
      <div class="content">Freie Software garantiert vier Freiheiten.</div></div>
      <dl class="postprofile"><dt><a href="./memberlist.php?u=5" class="username">r23</a></dt><dd>Beiträge: 7</dd></dl>
      </div></div><div id="p454" class="post bg1"><div class="inner"><div class="postbody">
      <p class="author">von <strong><a href="./memberlist.php?u=6" class="username">gast</a></strong> » 22.01.2009</p>
      <div class="content">Danke für die Erklärung.</div></div></div></div>""")
    assert [(c.author, c.text) for c in extract_comments(p)] == [("gast", "Danke für die Erklärung.")]
    assert claimed_regions(p) == ["div#p454.post bg1"]


def qa_page(*answers: str) -> str:
    """A Q&A page as Stack Exchange prints it: the question (schema.org Question), its comment list,
    then each answer (schema.org Answer) with the comment list under it."""
    def comments(*pairs: tuple[int, str, str]) -> str:
        return '<div class="comments"><ul class="comments-list">' + "".join(
            f"""<li id="comment-{ident}" class="comment"><div class="comment-body"><span class="comment-copy">{words}</span>
              &ndash;&nbsp;<a href="/users/{ident}/{author}" class="comment-user">{author}</a>
              <span class="comment-date"><span title="2014-03-02 10:00:00Z">Mar 2, 2014</span></span></div></li>"""
            for ident, author, words in pairs) + "</ul></div>"
    question = f"""<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
      <h1 itemprop="name">When to use wurde versus war?</h1>
      <div class="question"><div class="s-prose" itemprop="text"><p>Ich wurde ausgeraubt or ich war ausgeraubt?</p></div>
      {comments((101, "vogel", "maybe ausgeraubt is a bad example"))}</div>"""
    return '<div itemscope itemtype="https://schema.org/QAPage">' + question + "".join(
        f"""<div id="answer-{ident}" class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
          <div class="s-prose" itemprop="text"><p>{words}</p></div>
          <div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
            <a href="/users/{ident}/{author}">{author}</a><span itemprop="name" class="d-none">{author}</span></div>
          <time itemprop="dateCreated" datetime="2014-03-01T12:00:00">Mar 1, 2014</time>
          {comments(*replies)}</div>"""
        for ident, author, words, replies in answers) + "</div></div>"


def test_a_q_and_a_page_s_answers_and_comments_are_readers_posts_in_page_order() -> None:
    """Stack Exchange: the question is the page's text; the answers (schema.org Answer items, no
    comment class) and the short comments under the question and under each answer are all
    readers' posts, in page order (the comments had been read, the answers not)."""
    p = page_of(qa_page(
        (201, "earthling", "I don't quite agree with the other two answers.", [(301, "tony", "I found this helpful")]),
        (202, "hagen", "While werden has the meaning become, war does not.", [])))
    assert [(c.author, c.text.split(".")[0]) for c in extract_comments(p)] == [
        ("vogel", "maybe ausgeraubt is a bad example"),
        ("earthling", "I don't quite agree with the other two answers"),
        ("tony", "I found this helpful"),
        ("hagen", "While werden has the meaning become, war does not")]


def test_a_question_alone_has_no_comment() -> None:
    """Counter-example: the question itself (schema.org Question, its text in itemprop=text) is the
    page's text, never a reader's post."""
    p = page_of(qa_page())
    assert [c.author for c in extract_comments(p)] == ["vogel"]
