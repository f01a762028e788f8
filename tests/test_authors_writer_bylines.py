"""People on the seventh pool's pages where no author was found (issue 16, round seventeen): each
class on a page made for it, with a counter-example that must not change."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page


def test_an_element_named_for_the_writer_is_a_byline() -> None:
    # Thought Catalog: "<h4 class=writer-name><a class=writer-profile-permalink>…</a></h4>" under the h1;
    # CNET Japan: "<span class=writer>松村太郎</span>".
    html = page('<article><h1>One day you will meet someone</h1><div class="writer-container writer-no-avatar">'
                '<h4 class="writer-name"><a href="/lauren-jarvis-gibson/" class="writer-profile-permalink">'
                f"Lauren Jarvis-Gibson</a></h4></div>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Lauren Jarvis-Gibson"]
    plain = page(f'<article><h1>Apple news this week</h1><p><span class="writer">Taro Matsumura</span></p>{PARAGRAPHS}</article>')
    assert credited_people(extract(plain)) == ["Taro Matsumura"]


def test_a_writer_named_box_of_other_words_names_no_one() -> None:
    # Counter-example: the writer's tagline or social line in an author box is no name.
    html = page('<article><h1>One day you will meet someone</h1><div class="writer-meta"><h2 class="writer-tagline">'
                f"For more poetry and writing follow me on Instagram</h2></div>{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == []


def test_updated_by_opens_a_byline_as_written_by_does() -> None:
    # Vox Media's Chorus byline: "Updated by <a href=/authors/…>Aja Romano</a> @ajaromano Dec 10, 2016".
    html = page('<article><h1>The kinds of harassment Twitter has banned before</h1><div class="c-byline"> Updated by '
                '<span class="c-byline__item"><a href="/authors/aja-romano">Aja Romano</a><span class="c-byline__item">'
                '<a class="c-byline__twitter-handle" href="https://twitter.com/ajaromano">@ajaromano</a></span></span>'
                f'<time class="c-byline__item">Dec 10, 2016, 10:20am EST</time></div>{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == ["Aja Romano"]


def test_an_update_line_without_a_name_credits_no_one() -> None:
    # Counter-example: "Updated by the editors" and a bare "Updated <time>" name no person.
    for line in ("Updated by the editors Dec 10, 2016", "Updated Dec 10, 2016, 10:20am EST"):
        html = page(f'<article><h1>The kinds of harassment Twitter has banned before</h1><div class="c-byline">{line}'
                    f"</div>{PARAGRAPHS}</article>")
        assert credited_people(extract(html)) == []


_LOOSE_AUTHOR = ('<address itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">'
                 "{}</span></address>")


def test_an_author_property_outside_any_item_names_the_articles_writer() -> None:
    # Hamburger Abendblatt: the byline is an itemprop=author Person, with no article item around it.
    html = page('<div class="article__header"><h2 itemprop="headline">Warum Mangos und Papayas jetzt teurer sind</h2>'
                f'</div><div>{_LOOSE_AUTHOR.format("Melanie Wassink")}</div>'
                f"<div>{PARAGRAPHS}</div>", lang="de")
    assert credited_people(extract(html)) == ["Melanie Wassink"]


def test_a_loose_author_property_in_a_comment_names_no_writer() -> None:
    # Counter-example: the same markup on a reader's comment under the text credits the commenter.
    html = page('<article><h1>Warum Mangos und Papayas jetzt teurer sind</h1>'
                f'{PARAGRAPHS}</article><section id="comments" class="comments"><ol class="comment-list">'
                f'<li class="comment"><div class="comment-body">{_LOOSE_AUTHOR.format("Hans Leser")}'
                "<p>Das war schon immer so teuer.</p></div></li></ol></section>", lang="de")
    assert credited_people(extract(html)) == []


def test_an_author_box_opening_with_the_writers_bio_names_the_writer() -> None:
    # How-To Geek: no byline line; the box under the text opens "<b><a href=/author/…>Craig Lloyd</a></b> is …".
    # The headline is an h2 (the h1 is the site's name); the box sits in the extras after the post.
    html = page('<div id="post-282568"><h2>Amazon Echo vs. Google Home: Which One Should You Buy?</h2>'
                f'{PARAGRAPHS}{PARAGRAPHS}</div><div class="articleExtras"><div id="authorinfobox"><p><b>'
                '<a href="/author/craiglloyd/">Craig Lloyd</a></b> is a mediocre gamer, aviation geek and baseball fan.'
                "</p></div></div>")
    assert credited_people(extract(html)) == ["Craig Lloyd"]


def test_an_author_box_that_opens_with_a_sentence_names_no_one() -> None:
    # Counter-example: a bio box whose bold words open no bio of theirs ("Our Science Desk writes …" is no
    # name opening the box: it is printed after the box's own words).
    html = page('<div id="post-282568"><h2>Amazon Echo vs. Google Home: Which One Should You Buy?</h2>'
                f'{PARAGRAPHS}{PARAGRAPHS}</div><div class="articleExtras"><div id="authorinfobox"><p>This review '
                "comes from <b>Example Reviews</b> and is updated every year.</p></div></div>")
    assert credited_people(extract(html)) == []


_DATED_BYLINE = ('<div id="mod-article-byline" class="mod-articlebyline"><span class="pubdate"><a href="/2009/oct/14">'
                 'October 14, 2009</a></span><span class="separator">|</span>{}</div>')


def test_a_byline_row_of_date_bar_and_name_names_the_writer() -> None:
    # LA Times archive: "October 14, 2009|Marc Lifsher", the day linking the day's index.
    html = page(f'<article><h1>State may limit power use of big TVs</h1>{_DATED_BYLINE.format("<span>Marc Lifsher</span>")}'
                f"{PARAGRAPHS}</article>")
    assert credited_people(extract(html)) == ["Marc Lifsher"]


def test_a_byline_row_of_date_bar_and_section_link_names_no_one() -> None:
    # Counter-example: the field after the bar links the section ("Health Care"): no writer.
    html = page('<article><h1>State may limit power use of big TVs</h1>'
                f'{_DATED_BYLINE.format("<a href=/health-care/>Health Care</a>")}{PARAGRAPHS}</article>')
    assert credited_people(extract(html)) == []


_JA_TEXT = ("<p>新聞をまとめて置いておけるストッカーは、リビングの片隅に置いても邪魔にならないサイズで、見た目もすっきりしています。</p>"
            "<p>付属のひもで新聞を縛ったまま取り出せるので、資源ごみの日にそのまま出せるのも便利なところです。</p>")


def test_a_japanese_name_alone_in_a_credit_line_closing_the_text_is_the_writer() -> None:
    # Lifehacker Japan: "<p class=lh-entryDetailInner--credit>島津健吾</p>" after the last paragraph.
    html = page(f'<article><h1>新聞ストッカーで部屋すっきり</h1><div class="lh-entryDetailInner">{_JA_TEXT}'
                '<p class="lh-entryDetailInner--credit">島津健吾</p></div></article>', lang="ja")
    assert credited_people(extract(html)) == ["島津健吾"]


def test_a_labelled_or_pictures_credit_line_names_no_writer() -> None:
    # Counter-example: a picture's credit ("写真：…", or a bare name in a figure) is no byline.
    for credit in ('<p class="credit">写真：佐藤花子</p>',
                   '<figure><img src="/a.jpg" alt=""><p class="credit">佐藤花子</p></figure>'):
        html = page(f'<article><h1>新聞ストッカーで部屋すっきり</h1><div class="lh-entryDetailInner">{_JA_TEXT}'
                    f"{credit}</div></article>", lang="ja")
        assert credited_people(extract(html)) == []
