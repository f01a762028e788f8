"""Red-team pages for round seventeen's people, day, headline and page-furniture rules (issue 16):
each a page where a rule's trigger appears but its conclusion would be wrong."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, credited_people, extract, page


def test_a_meta_row_of_date_bar_and_category_or_comment_count_names_no_one() -> None:
    # WordPress themes' meta line: "<time>October 14, 2021</time> | <span class=cat-links>Product
    # Reviews</span>", "March 3, 2021 | No Comments": a category or a comment count, no writer.
    for field in ('<span class="cat-links">Product Reviews</span>', '<span class="comments">No Comments</span>',
                  "<span>Leave A Comment</span>"):
        html = page('<article><h1>Review: the new Pixel phone</h1><div class="byline"><time class="entry-date">'
                    f'October 14, 2021</time> <span class="sep">|</span> {field}</div>{PARAGRAPHS}</article>')
        assert credited_people(extract(html)) == []


def test_a_loose_author_person_the_text_cites_or_quotes_names_no_writer() -> None:
    # A review's book card after its first paragraph ("Jane Austen: Pride and Prejudice"), a quotation's
    # <cite itemprop=author>: the cited author and the quoted speaker, not the post's writer.
    intro = ("<p>Two hundred years on, the novel still sells thousands of copies a year and still gets adapted "
             "for film and television every decade or so.</p>")
    person = '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{}</span></span>'
    book = page(f'<h1>Why Pride and Prejudice still matters</h1><div class="entry-content">{intro}<div class="book-card">'
                f'{person.format("Jane Austen")}: <i>Pride and Prejudice</i>, 1813.</div>{PARAGRAPHS}</div>')
    assert credited_people(extract(book)) == []
    quote = page('<article><h1>What the mayor said about the new bridge</h1><div class="entry-content">'
                 '<blockquote><p>"This bridge will connect our neighbourhoods for a century."</p><footer>— '
                 '<cite itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Maria Lopez'
                 f"</span></cite>, mayor</footer></blockquote>{PARAGRAPHS}</div></article>")
    assert credited_people(extract(quote)) == []


_JA_TEXT = ("<p>今月から新しいお菓子の販売を始めました。季節の果物を使った焼き菓子で、数量限定となっております。ぜひ店頭で"
            "お試しください。</p><p>詳しくは店舗スタッフまでお問い合わせください。</p>")


def test_a_japanese_credit_lines_label_or_company_names_no_writer() -> None:
    # "<span class=credit>提供元</span>" (provided by) over "<p class=credit>株式会社サンプル</p>": a
    # source's label and a company, no person.
    html = page(f'<article><h1>新商品のお知らせ</h1><div class="entry-content">{_JA_TEXT}<div class="entry-credit">'
                '<span class="credit">提供元</span></div><p class="credit">株式会社サンプル</p></div></article>', lang="ja")
    assert credited_people(extract(html)) == []


def test_a_side_columns_widget_h1_leaves_the_column_furniture() -> None:
    # An old theme's sidebar holds the page's one long h1, a widget's ("Subscribe to our newsletter"),
    # the post titled by an h2: the sidebar stays a sidebar, its teaser's "by Mark Baker" no writer's.
    html = page('<div id="content"><div class="post"><h2 class="post-title">Making sourdough at home</h2>'
                f'<div class="entry">{PARAGRAPHS}</div></div></div><div id="sidebar" class="sidebar-right">'
                '<div class="widget"><h1 class="widget-title">Subscribe to our newsletter</h1><p>Get new recipes by '
                'email.</p></div><div class="widget"><a href="/2019/01/rye-bread/">Rye bread basics</a> by '
                '<a href="/author/mark/" rel="author">Mark Baker</a></div></div>',
                title="Making sourdough at home - Flour and Water")
    assert credited_people(extract(html)) == []


def test_an_empty_h1_before_a_standfirst_sentence_is_no_headline_in_it() -> None:
    # An h1 a script fills, then the standfirst: a sentence ending in its full stop is no headline.
    html = page('<article><h1 id="headline"></h1><p>City budget vote delayed again as council members argue over '
                f'police funding and transit cuts for next year.</p>{PARAGRAPHS}</article>',
                title="City budget vote delayed again | Metro News")
    assert extract(html).headline == "City budget vote delayed again"


def test_a_writer_named_box_with_a_heading_is_no_byline() -> None:
    # A job advert set into the text, "<div class=writer><h4>We're hiring!</h4><p>Freelance Writer</p>
    # <a href=/jobs/>Apply Now</a></div>": "Apply Now" is no one.
    html = page('<article><h1>The best budget laptops of 2021</h1><div class="entry-content">'
                '<p>You do not need to spend a fortune on a good laptop. We tested twenty models under five hundred '
                'dollars to find the ones worth buying this year.</p><div class="writer"><h4>We\'re hiring!</h4>'
                f'<p>Freelance Writer</p><a href="/jobs/">Apply Now</a></div>{PARAGRAPHS}</div></article>')
    assert credited_people(extract(html)) == []


def test_a_book_authors_bio_box_names_no_writer() -> None:
    # A review's "book-author-info" box opens with the reviewed book's author and a bio's verb.
    html = page(f'<article><h1>A quiet novel about a loud family</h1><div class="entry-content">{PARAGRAPHS}</div>'
                '<div class="book-author-info"><p><strong>Maria Santos</strong> is a novelist from Lisbon; this is '
                "her third book.</p></div></article>")
    assert credited_people(extract(html)) == []


def test_a_logo_in_the_sites_footer_or_an_aside_leaves_the_byline() -> None:
    # A footer's strip of partners ("<footer><div class=partners><a href=https://www.reuters.example/><img
    # alt=Reuters>") or the writer's own site's logo in an aside: the byline's name stays.
    body = '<p>Stocks rallied on Friday after a stronger than expected jobs report eased worries.</p>'
    for name, logo in (("Reuters", '<footer><div class="partners"><a href="https://www.reuters.example/">'
                        '<img src="/img/partner-reuters.png" alt="Reuters"></a></div></footer>'),
                       ("Ann Lee", '<aside class="partner-box"><a href="https://annleebakes.example/">'
                        '<img class="partner-logo" src="/img/annlee.png" alt="Ann Lee"></a></aside>')):
        html = page(f'<article><h1>Markets rally after jobs report</h1><div class="byline">By <a href="/author/x/">'
                    f"{name}</a></div>{body}{PARAGRAPHS}</article>{logo}")
        record = extract(html)
        assert [author.name for author in record.byline.authors] == [name]


def test_a_version_number_in_a_table_leaves_a_german_pages_dotted_day_day_first() -> None:
    # A German release note's package table prints "7.14.20" (no month 14): a version, not a US date;
    # the byline's "05.03.21" is 5 March 2021.
    html = page('<article><h1>Neue Version von Nextcloud erschienen</h1><div class="meta"><span class="author">Von '
                f'Peter Schulz</span> <span class="date">05.03.21</span></div>{PARAGRAPHS}<table><tr><th>Paket</th>'
                "<th>Version</th></tr><tr><td>php-fpm</td><td>7.14.20</td></tr></table></article>", lang="de")
    assert str(extract(html).byline.published_at) == "2021-03-05"
