"""Reader comments in wpDiscuz's markup (issue 16, fifth session, template-source probes).

wpDiscuz (the most-installed WordPress comment plugin after core) prints its thread from
``themes/default/class.WpdiscuzWalker.php`` (WordpressPluginDirectory/wpdiscuz) and layout 1's
components: div#wpdcom holding the form (div.wpd-form-wrap), div#wpd-threads with the sorting bar
(div.wpd-thread-head) and div.wpd-thread-list; each comment a div#wpd-comm-<id>_<parent>.wpd-comment,
its replies nested inside it, the name in div.wpd-comment-author, the date in div.wpd-comment-date
(the full date in its title, "2 years ago" printed), the words in div.wpd-comment-text and the vote
and reply buttons in div.wpd-comment-footer.
"""

from __future__ import annotations

from functools import partial

from harvester.fields.comments import extract_comments

from conftest import parsed_page

URL = "https://blog.example/2024/03/02/keeping-slugs-off/"

page_of = partial(parsed_page, url=URL)

ARTICLE = """<article class="post type-post"><h1 class="entry-title">Keeping slugs off your vegetables</h1>
  <div class="entry-content"><p>Slugs are the most common complaint we hear from readers each spring, and the usual
  remedies vary a great deal in how well they work.</p><p>Copper barriers, beer traps and nematodes all have their
  supporters; we tested each of them on three raised beds over a season.</p></div></article>"""
FIRST = "We tried copper tape around the raised beds last spring and the slugs stayed away all summer."
REPLY = "Seconded, the copper tape worked for me as well, though birds still took the seedlings."
THIRD = "Beer traps work too, but you have to empty them every other day or they smell terrible."
# What an inline comment opens its words with: the article passage it answers (the walker's
# "wpd-inline-feedback-wrapper", phrase wc_feedback_content_text, then "Read more").
FEEDBACK = ("<div class='wpd-inline-feedback-wrapper'><span class='wpd-inline-feedback-info'>Feedback on:</span> "
            "<i class='fas fa-quote-left'></i>Copper barriers, beer traps and nematodes all have their&quot;  "
            "<a class='wpd-feedback-content-link' data-feedback-content-id='3' href='#wpd-inline-3'>Read more</a></div>")


def wpd_comment(cid: int, parent: int, name: str, posted: str, words: str, *, replies: str = "",
                inline: bool = False) -> str:
    """One comment as the walker prints it in layout 1, replies nested after its form anchor."""
    level = 2 if parent else 1
    classes = (f"comment even thread-even depth-{level} wpd-comment" + (" wpd-reply" if parent else "")
               + (" wpd-inline-comment" if inline else "") + f" wpd_comment_level-{level}")
    reply_to = (f'<div class="wpd-reply-to"><i class="far fa-comments"></i>Reply to&nbsp; <a href="#comment-{parent}">'
                "Margaret Hill</a></div>" if parent else "")
    return (f"<div id='wpd-comm-{cid}_{parent}' class='{classes}'><div class=\"wpd-comment-wrap wpd-blog-guest\">"
            f'<div class="wpd-comment-left "><div class="wpd-avatar "><img alt="{name}" src="/avatar/{cid}.png" '
            f'class="avatar avatar-64 photo"></div></div><div id="comment-{cid}" class="wpd-comment-right">'
            f'<div class="wpd-comment-header"><div class="wpd-comment-author ">{name}</div>'
            f'<div class="wpd-comment-date" title="{posted}"><i class=\'far fa-clock\' aria-hidden=\'true\'></i> 2 years ago</div>'
            '<div class="wpd-space"></div></div>'
            f'{reply_to}<div class="wpd-comment-text">{FEEDBACK if inline else ""}<p>{words}</p></div>'
            '<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg viewBox="0 0 448 512">'
            '<path d="M416 208H272"></path></svg></div><div class="wpd-vote-result" title="2">2</div><div class="wpd-vote-down '
            'wpd_not_clicked"><svg viewBox="0 0 448 512"><path d="M416 208H32"></path></svg></div></div><div class="wpd-reply-button">'
            '<svg viewBox="0 0 24 24"><path d="M10 9V5l-7"></path></svg><span>Reply</span></div><div class="wpd-space"></div></div>'
            f"</div></div><div id='wpdiscuz_form_anchor-{cid}_{parent}'></div>{replies}</div>")


def wpdiscuz(comments: str) -> str:
    """div#wpdcom: the main form, then div#wpd-threads with the count, the filters ("Inline
    Feedbacks", most reacted, hottest) and the sorting buttons before the list."""
    return ('<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open"><div class="wpd-form-wrap">'
            '<div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">'
            'Subscribe</span></div><div class="wpd-auth"><div class="wpd-login"><a rel="nofollow" href="/wp-login.php">Login</a>'
            '</div></div></div><div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0">'
            '<form method="post" class="wpd_comm_form wpd_main_comm_form"><textarea id="wc-textarea-0_0" name="wc_comment" '
            'class="wc_comment wpd-field"></textarea><input id="wc_name-0_0" class="wc_name wpd-field" type="text" name="wc_name" '
            'placeholder="Name*"><input class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" value="Post Comment">'
            '</form></div></div><div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head">'
            '<div class="wpd-thread-info " data-comments-count="3"><span class=\'wpdtc\' title=\'3\'>3</span> Comments</div>'
            '<div class="wpd-space"></div><div class="wpd-thread-filter"><div class="wpd-filter wpdf-inline wpd_not_clicked" '
            'wpd-tooltip="Inline Feedbacks"><i class="fas fa-quote-left"></i></div><div class="wpd-filter wpdf-reacted '
            'wpd_not_clicked" wpd-tooltip="Most reacted comment"><i class="fas fa-bolt"></i></div><div class="wpd-filter '
            'wpdf-sorting"><span class="wpdiscuz-sort-button wpdiscuz-date-sort-desc wpdiscuz-sort-button-active" '
            'data-sorting="newest">Newest</span><div class="wpdiscuz-sort-buttons"><span class="wpdiscuz-sort-button '
            'wpdiscuz-date-sort-asc" data-sorting="oldest">Oldest</span><span class="wpdiscuz-sort-button wpdiscuz-vote-sort-up" '
            'data-sorting="by_vote">Most Voted</span></div></div></div></div><div class="wpd-comment-info-bar"><div '
            'class="wpd-current-view"><i class="fas fa-quote-left"></i> Inline Feedbacks</div><div class="wpd-filter-view-all">'
            f'View all comments</div></div><div class="wpd-thread-list">{comments}'
            '<div class="wpdiscuz-comment-pagination"></div></div></div></div>')


def read(comments: str) -> list[tuple[str | None, str, str | None, str]]:
    return [(c.author, str(c.published_at), c.reply_to, c.text) for c in extract_comments(page_of(ARTICLE + wpdiscuz(comments)))]


def test_a_wpdiscuz_thread_reads_names_dates_words_and_replies_not_its_form_or_toolbar() -> None:
    """Guard: the thread in div#wpdcom (no core div#comments round it) gives each comment, the reply
    nested in its parent, with the name, the title's date and the words; the form, the sorting bar
    and the vote and reply buttons give none."""
    reply = wpd_comment(13, 12, "Tom Baker", "March 4, 2024 10:05 am", REPLY)
    thread = (wpd_comment(12, 0, "Margaret Hill", "March 3, 2024 9:12 am", FIRST, replies=reply)
              + wpd_comment(15, 0, "Priya Nair", "March 5, 2024 6:40 pm", THIRD))
    assert read(thread) == [("Margaret Hill", "2024-03-03", None, FIRST), ("Tom Baker", "2024-03-04", "comment-12", REPLY),
                            ("Priya Nair", "2024-03-05", None, THIRD)]


def test_an_inline_feedbacks_quote_of_the_article_is_not_the_readers_words() -> None:
    """An inline comment (wpd-inline-comment) opens its words with the passage it answers: the words
    are the reader's paragraph alone."""
    thread = wpd_comment(15, 0, "Priya Nair", "March 5, 2024 6:40 pm", THIRD, inline=True)
    assert read(thread) == [("Priya Nair", "2024-03-05", None, THIRD)]


def test_words_about_feedback_stay_the_readers_words() -> None:
    """Counter-example: the rule reads the plugin's class names, not the words "Feedback on:" a
    reader typed."""
    words = "Feedback on: the nematodes section. They cost too much for a small garden, in my experience."
    thread = wpd_comment(15, 0, "Priya Nair", "March 5, 2024 6:40 pm", words)
    assert read(thread) == [("Priya Nair", "2024-03-05", None, words)]
