"""Reader comments: convention probes of widespread comment systems (issue 16, second session of
2026-12-07). Each rule has a page of our own making and a counter-example."""

from __future__ import annotations

from field_pages import PARAGRAPHS, extract, page

ARTICLE = f"<article><h1>Vitamin D pills do not prevent fractures</h1>{PARAGRAPHS}</article>"


def faq_item(question: str, answer: str) -> str:
    return (f'<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">{question}</h3>'
            f'<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text">'
            f"<p>{answer}</p></div></div></div>")


def test_the_answers_of_a_faq_page_are_no_comments() -> None:
    """A FAQ block declared as microdata (FAQPage > Question > acceptedAnswer Answer, as SEO plugins
    print it under health articles) holds the site's own answers, not readers' posts."""
    faq = ('<section itemscope itemtype="https://schema.org/FAQPage"><h2>FAQ</h2>'
           + faq_item("Should I take vitamin D?", "Only if your doctor finds a deficiency, the trial says.")
           + faq_item("Does it prevent fractures?", "Not in healthy adults, according to the five-year trial.")
           + "</section>")
    assert extract(page(ARTICLE + faq)).comments == []


def test_the_answers_of_a_question_page_stay_comments() -> None:
    """Counter-example: on a question-and-answer page (QAPage) each Answer is a reader's post."""
    answers = "".join(
        f'<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>{words}</p></div>'
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{name}</span></span></div>'
        for name, words in [("Anna", "Ask your doctor for a blood test before buying any pills."),
                            ("Ben", "The trial found no benefit for healthy adults, so I stopped.")])
    qa = ('<section itemscope itemtype="https://schema.org/QAPage"><div itemprop="mainEntity" itemscope '
          'itemtype="https://schema.org/Question"><h2 itemprop="name">Should I take vitamin D?</h2>' + answers + "</div></section>")
    assert [(c.author, c.text) for c in extract(page(ARTICLE + qa)).comments] == [
        ("Anna", "Ask your doctor for a blood test before buying any pills."),
        ("Ben", "The trial found no benefit for healthy adults, so I stopped."),
    ]


def kubrick_comment(number: int, name: str, day: str, words: str) -> str:
    """A comment as WordPress's classic default theme prints it: the name, then "Says:" in the item itself."""
    return (f'<li class="alt" id="comment-{number}"><cite><a href="https://blog.example/" rel="external nofollow" class="url">'
            f'{name}</a></cite> Says:<br /><small class="commentmetadata"><a href="#comment-{number}">{day}</a></small>'
            f"<p>{words}</p></li>")


def test_the_verb_of_an_author_line_is_no_part_of_the_words() -> None:
    """"<cite>Name</cite> Says:" leaves the verb alone above the words once the name is read: it is
    the author line's, and the comment's words start after it."""
    thread = ('<h3 id="comments">2 Responses to “Vitamin D”</h3><ol class="commentlist">'
              + kubrick_comment(61, "Anna", "November 12th, 2025 at 8:15 am", "I have taken vitamin D for years.")
              + kubrick_comment(62, "Ben", "November 13th, 2025 at 9:00 am", "Says who? The trial was large.") + "</ol>")
    assert [(c.author, c.text) for c in extract(page(ARTICLE + thread)).comments] == [
        ("Anna", "I have taken vitamin D for years."),
        ("Ben", "Says who? The trial was large."),
    ]


def test_a_comment_opening_with_the_verb_keeps_it() -> None:
    """Counter-example: a reader's words that open with "Says" in a sentence of their own stay whole."""
    comment = ('<ol class="commentlist"><li class="comment" id="comment-7"><div class="comment-author"><cite class="fn">Anna</cite></div>'
               '<div class="comment-content"><p>Says nothing about older adults, sadly.</p><p>I hoped it would.</p></div></li></ol>')
    assert [c.text for c in extract(page(ARTICLE + comment)).comments] == [
        "Says nothing about older adults, sadly.\n\nI hoped it would."]


def plain_comment(number: int, name: str, words: str, actions: str) -> str:
    """A comment whose reply and report links sit unclassed in a line under its words."""
    return (f'<li class="comment" id="comment-{number}"><div class="comment-author"><strong>{name}</strong></div>'
            f'<div class="comment-date">12.11.2025</div><div class="comment-text"><p>{words}</p><p>{actions}</p></div></li>')


def test_reply_and_report_links_in_many_languages_are_no_words() -> None:
    """A last line of reply and report links is the comment's frame in Polish, Russian, Japanese,
    Chinese, Dutch, Italian and French as in English and German."""
    actions = ["<a href='#r'>Odpowiedz</a> · <a href='#f'>Zgłoś</a>", "<a href='#r'>Ответить</a>",
               "<a href='#r'>返信</a>", "<a href='#r'>回复</a> <a href='#f'>举报</a>", "<a href='#r'>Reageren</a>",
               "<a href='#r'>Rispondi</a> | <a href='#f'>Segnala</a>", "<a href='#r'>Répondre</a> <a href='#f'>Signaler</a>"]
    thread = '<div id="comments" class="comments-area"><ol class="comment-list">' + "".join(
        plain_comment(n, "Anna", f"Comment number {n} on the trial.", line) for n, line in enumerate(actions)) + "</ol></div>"
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [
        f"Comment number {n} on the trial." for n in range(len(actions))]


def test_a_last_line_of_words_with_an_action_word_stays() -> None:
    """Counter-example: a last paragraph that is a sentence, though it holds "reply", is the reader's."""
    thread = ('<div id="comments" class="comments-area"><ol class="comment-list">'
              + plain_comment(1, "Anna", "Thanks for the article.", "I will reply to the survey too.") + "</ol></div>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [
        "Thanks for the article.\n\nI will reply to the survey too."]


def rated_comment(number: int, name: str, stars: str, words: str) -> str:
    """A review-style comment: its score printed as stars inside the text box, before the words."""
    return (f'<li class="comment" id="comment-{number}"><div class="comment-author"><b class="fn">{name}</b></div>'
            f'<time class="comment-date" datetime="2025-11-12T08:00:00+00:00">November 12, 2025</time><div class="comment-text">'
            f"{stars}<p>{words}</p></div></li>")


def test_a_star_rating_in_a_comment_is_no_words() -> None:
    """WooCommerce prints a review's score as "Rated 5 out of 5" in a "star-rating" box, recipe
    plugins as ★ characters in a "…-rating" box, both inside the comment's text box: the score is
    not the reader's words, which start after it."""
    woo = ('<div class="star-rating" role="img" aria-label="Rated 4 out of 5"><span style="width:80%">Rated '
           '<strong class="rating">4</strong> out of 5</span></div>')
    stars = '<p class="recipe-plugin-rating"><span data-rating="5">★★★★★</span></p>'
    thread = ('<div id="comments" class="comments-area"><ol class="comment-list">'
              + rated_comment(1, "Anna", woo, "Easy to swallow and no aftertaste.")
              + rated_comment(2, "Ben", stars, "I rated it five out of five stars myself.") + "</ol></div>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [
        "Easy to swallow and no aftertaste.", "I rated it five out of five stars myself."]


def test_a_comment_opening_with_stars_it_typed_keeps_them() -> None:
    """Counter-example: stars a reader typed into the words, in no rating box, are the reader's."""
    thread = ('<div id="comments" class="comments-area"><ol class="comment-list">'
              + rated_comment(1, "Anna", "", "★★★★★ Easy to swallow and no aftertaste.") + "</ol></div>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == ["★★★★★ Easy to swallow and no aftertaste."]


def review(number: int, name: str, words: str) -> str:
    """A review as WooCommerce prints it: "<strong>Name</strong> – <time>" in a meta line inside the text box."""
    return (f'<li class="review" id="li-comment-{number}"><div id="comment-{number}" class="comment_container"><div class="comment-text">'
            f'<p class="meta"><strong class="woocommerce-review__author">{name}</strong> <span class="woocommerce-review__dash">&ndash;</span> '
            f'<time class="woocommerce-review__published-date" datetime="2025-11-12T08:00:00+00:00">November 12, 2025</time></p>'
            f'<div class="description"><p>{words}</p></div></div></div></li>')


def test_the_mark_between_name_and_date_is_no_words() -> None:
    """Once the name and the date of "Name – date" are read, the dash left alone above the words is
    the author line's, not the comment's start."""
    thread = '<div id="reviews"><div id="comments"><ol class="commentlist">' + review(1, "Anna", "Works well for me.") + "</ol></div></div>"
    assert [(c.author, c.text) for c in extract(page(ARTICLE + thread)).comments] == [("Anna", "Works well for me.")]


def test_a_dash_inside_the_words_stays() -> None:
    """Counter-example: a dash line between two paragraphs of the reader's words is theirs."""
    thread = ('<div id="comments" class="comments-area"><ol class="comment-list">'
              + rated_comment(1, "Anna", "", "Easy to swallow.</p><p>–</p><p>No aftertaste.") + "</ol></div>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == ["Easy to swallow.\n\n–\n\nNo aftertaste."]


def drupal_comment(number: int, submitted: str, words: str) -> str:
    """A comment as Drupal's Classy-based themes print it: "Submitted by <name> on <date>" in one line."""
    return (f'<article id="comment-{number}" class="comment js-comment by-anonymous"><footer class="comment__meta">'
            f'<p class="comment__submitted">{submitted}</p></footer><div class="comment__content">'
            f'<div class="field field--name-comment-body field--type-text-long"><p>{words}</p></div></div></article>')


def test_the_name_of_a_submitted_line_ends_where_the_day_does() -> None:
    """"Submitted by <span>Jane</span> on Wed, 11/12/2025 - 15:00": the name is Jane, not "Jane on Wed"."""
    thread = ('<section class="comment-wrapper"><h2>Comments</h2>'
              + drupal_comment(1, "Submitted by <span>Fritz Weber</span> on Wed, 11/12/2025 - 15:00", "Low levels here.")
              + drupal_comment(2, "Eingereicht von <span>Greta</span> am Do., 13.11.2025 - 16:00", "Danke.") + "</section>")
    assert [(c.author, str(c.published_at)[:10]) for c in extract(page(ARTICLE + thread)).comments] == [
        ("Fritz Weber", "2025-11-12"), ("Greta", "2025-11-13")]


def test_a_name_ending_in_a_day_word_keeps_it() -> None:
    """Counter-example: without a preposition before it, the word before the date is the name's."""
    thread = ('<section class="comment-wrapper"><h2>Comments</h2>'
              + drupal_comment(1, "Submitted by <span>Ann Friday</span>, 11/12/2025 - 15:00", "Low levels here.") + "</section>")
    assert [c.author for c in extract(page(ARTICLE + thread)).comments] == ["Ann Friday"]


def test_drupals_mark_of_an_anonymous_name_is_no_part_of_it() -> None:
    """Drupal prints "(not verified)" ("(nicht überprüft)" …) after a name an anonymous reader typed."""
    thread = ('<section class="comment-wrapper"><h2>Comments</h2>'
              + drupal_comment(1, '<span class="username">Hans (not verified)</span> on 11/12/2025 - 16:00', "Low levels here.")
              + drupal_comment(2, '<span class="username">Ina (nicht überprüft)</span> am 13.11.2025 - 16:00', "Danke.") + "</section>")
    assert [c.author for c in extract(page(ARTICLE + thread)).comments] == ["Hans", "Ina"]


def test_a_name_with_other_words_in_brackets_keeps_them() -> None:
    """Counter-example: other words in brackets after a name are the name's (a role, a place)."""
    thread = ('<section class="comment-wrapper"><h2>Comments</h2>'
              + drupal_comment(1, '<span class="username">Hans (Bonn)</span> on 11/12/2025 - 16:00', "Low levels here.") + "</section>")
    assert [c.author for c in extract(page(ARTICLE + thread)).comments] == ["Hans (Bonn)"]


def wp_comment(number: int, name: str, words: str, replies: str = "") -> str:
    """A WordPress comment: author line, text box, then its replies in ``ol.children``."""
    children = f'<ol class="children">{replies}</ol>' if replies else ""
    return (f'<li id="comment-{number}" class="comment"><article id="div-comment-{number}" class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">says:</span></div>'
            f'</footer><div class="comment-content">{words}</div></article>{children}</li>')


QUESTION = "Does the study say anything about people over eighty who rarely go outside?"


def test_a_reply_opening_with_its_parents_words_starts_after_them() -> None:
    """A reply that quotes the comment it answers in a bare blockquote (no cite, no quote class)
    before its own words: the repeated words are the parent's, the reply starts after them."""
    reply = wp_comment(2, "Ben", f"<blockquote><p>{QUESTION}</p></blockquote><p>Yes, there is a table for them.</p>")
    thread = '<div id="comments" class="comments-area"><ol class="comment-list">' + wp_comment(1, "Anna", f"<p>{QUESTION}</p>", reply) + "</ol></div>"
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [QUESTION, "Yes, there is a table for them."]


def test_a_reply_that_only_repeats_or_opens_with_a_short_match_stays_whole() -> None:
    """Counter-examples: a reply whose only words repeat the parent's, and a short opening that
    happens to match ("Me too."), are the reader's own words."""
    replies = (wp_comment(2, "Ben", f"<blockquote><p>{QUESTION}</p></blockquote>")
               + wp_comment(3, "Cleo", "<p>Me too.</p><p>I asked my GP the same.</p>"))
    thread = ('<div id="comments" class="comments-area"><ol class="comment-list">'
              + wp_comment(1, "Anna", f"<p>Me too.</p><p>{QUESTION}</p>", replies) + "</ol></div>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [
        f"Me too.\n\n{QUESTION}", QUESTION, "Me too.\n\nI asked my GP the same."]


def blogger_classic(number: int, name: str, day: str, words: str) -> str:
    """A comment of Blogger's classic layout: ``dt`` author line, ``dd`` text, ``dd`` footer with the date."""
    return (f"<dt class='comment-author' id='c{number}'><a name='c{number}'></a><a href='https://www.blogger.com/profile/{number}'>{name}</a> said...</dt>"
            f"<dd class='comment-body' id='Blog1_cmt-{number}'><p>{words}</p></dd><!-- footer -->"
            f"<dd class='comment-footer'><span class='comment-timestamp'><a href='#c{number}' title='comment permalink'>{day}</a></span></dd>")


def test_the_footer_after_a_comments_text_gives_its_date() -> None:
    """Blogger's classic layout prints the date in a second ``dd`` after the text's: it is the
    comment's date (each comment its own), and not part of its words."""
    thread = ("<div class='comments' id='comments'><h4>2 comments:</h4><dl id='comments-block'>"
              + blogger_classic(1, "Kim", "November 12, 2025 at 7:00 PM", "Low levels here.")
              + blogger_classic(2, "Lee", "November 13, 2025 at 8:00 PM", "Same here.") + "</dl></div>")
    assert [(c.author, str(c.published_at)[:10], c.text) for c in extract(page(ARTICLE + thread)).comments] == [
        ("Kim", "2025-11-12", "Low levels here."), ("Lee", "2025-11-13", "Same here.")]


def avada_comment(number: int, author_line: str, words: str) -> str:
    """A comment whose theme prints the date as bare text in the author line, no part classed as the date."""
    return (f'<li class="comment" id="comment-{number}"><div class="the-comment"><div class="comment-box">'
            f'<div class="comment-author meta">{author_line}<a rel="nofollow" class="comment-reply-link" href="#"> - Reply</a></div>'
            f'<div class="comment-text"><p>{words}</p></div></div></div></li>')


def test_a_date_printed_in_the_author_line_is_the_comments() -> None:
    """"<strong>Jane</strong> November 12, 2025 at 8:15 am" in the author line: the date is read from it."""
    thread = ('<div id="comments" class="comments-container"><h2>2 Comments</h2><ol class="comment-list commentlist">'
              + avada_comment(1, "<strong>Anna</strong>\nNovember 12, 2025 at 8:15 am", "Low levels here.")
              + avada_comment(2, "<strong>Ben</strong>\nNovember 13, 2025 at 9:00 am", "Same here.") + "</ol></div>")
    assert [(c.author, str(c.published_at)[:10]) for c in extract(page(ARTICLE + thread)).comments] == [
        ("Anna", "2025-11-12"), ("Ben", "2025-11-13")]


def test_a_year_in_the_author_line_is_no_date() -> None:
    """Counter-example: a year alone in the author line ("member since 2019") is no date of the comment."""
    thread = ('<div id="comments" class="comments-container"><ol class="comment-list commentlist">'
              + avada_comment(1, "<strong>Anna</strong>, member since 2019", "Low levels here.") + "</ol></div>")
    assert [c.published_at for c in extract(page(ARTICLE + thread)).comments] == [None]


def headed_comment(number: int, head: str, words: str) -> str:
    """A comment whose text box opens with an unclassed line naming the author and when, in words."""
    return (f'<li class="comment" id="comment-{number}"><div class="comment-body"><p>{head}</p><p>{words}</p></div></li>')


def test_a_header_line_with_a_relative_time_is_no_words() -> None:
    """"Jane · 3 hours ago" ("vor 2 Tagen", "il y a 3 heures", "hace 2 días") above the words is the
    comment's header: its name is the author, the time (relative to a day not known) is not read."""
    thread = ('<div id="comments" class="comments-area"><ol class="comment-list">'
              + headed_comment(1, "<b>Anna</b> · 3 hours ago", "Low levels here.")
              + headed_comment(2, "<b>ben_k</b> · vor 2 Tagen", "Same here.")
              + headed_comment(3, "il y a 3 heures", "Moi aussi.") + "</ol></div>")
    assert [(c.author, c.published_at, c.text) for c in extract(page(ARTICLE + thread)).comments] == [
        ("Anna", None, "Low levels here."), ("ben_k", None, "Same here."), (None, None, "Moi aussi.")]


def test_a_sentence_ending_in_a_relative_time_stays() -> None:
    """Counter-example: a first paragraph that is a sentence ending in a time ("I took my pill, 3
    hours ago") is the reader's words."""
    thread = ('<div id="comments" class="comments-area"><ol class="comment-list">'
              + headed_comment(1, "I took my last pill, 3 hours ago", "No side effects so far.") + "</ol></div>")
    assert [c.text for c in extract(page(ARTICLE + thread)).comments] == [
        "I took my last pill, 3 hours ago\n\nNo side effects so far."]
