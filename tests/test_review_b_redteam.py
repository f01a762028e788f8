"""Red-team probes of the sixth session's comment, related and source rules (review-b): realistic pages on which
a rule misfired, each with the narrowing that keeps the rule's own convention."""
from __future__ import annotations

from harvester import extract_article

URL = "https://www.healthdaily.example.com/2025/11/walking-heart/"
PARAGRAPHS = (
    "Researchers followed more than 12,000 adults for a decade and found that those who walked briskly for at least "
    "thirty minutes a day had markedly fewer heart attacks than those who did not, even after accounting for diet.",
    "The team, based at a university hospital, said the effect held in men and women alike and across age groups, "
    "although it was strongest in people over sixty who had been largely inactive before the study began.",
    "“Small, steady habits matter more than occasional bursts of effort,” said the lead author, who cautioned that "
    "the study was observational and could not prove cause and effect on its own.",
)


def page(body: str = "", *, after: str = "", lang: str = "en", article_class: str = "post",
         title: str = "Study finds walking helps the heart") -> str:
    """A news site's article page: header, navigation, the article (``body`` closing its text, ``after`` after the
    article), a sidebar and a footer."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Health Daily</title>'
            '</head><body><header class="site-header"><a href="/" class="logo">Health Daily</a><nav class="main-nav">'
            '<ul><li><a href="/news/">News</a></li><li><a href="/nutrition/">Nutrition</a></li><li><a href="/fitness/">'
            f'Fitness</a></li></ul></nav></header><main><article class="{article_class}"><h1>{title}</h1>'
            '<p class="byline">By <a href="/author/jane-miller/">Jane Miller</a> · <time datetime="2025-11-10">'
            f'November 10, 2025</time></p><div class="entry-content">{text}{body}</div></article>{after}</main>'
            '<aside class="sidebar"><h3>Newsletter</h3><p>Sign up for our weekly digest.</p></aside>'
            '<footer class="site-footer"><p>© 2025 Health Daily</p><ul><li><a href="/privacy/">Privacy</a></li>'
            '</ul></footer></body></html>')


# Sources: a footnote list's class (b069381).

STEP_APPS = ('<h2>Three apps to count your steps</h2><ol><li><a href="https://apps.example.org/stepper">Stepper</a> is '
             'free.</li><li><a href="https://apps.example.org/walkr">Walkr</a> makes a game of it.</li><li>'
             '<a href="https://apps.example.org/pacer">Pacer</a> has walking groups.</li></ol>')


def test_a_post_classed_has_footnotes_is_no_footnote_list() -> None:
    """A post whose class says it has notes ("has-footnotes", "no-footnotes": a theme's state class on the article or
    its text) names no footnote list: its first <ol>, a list of apps of the article's own text, is no sources box."""
    for article_class in ("post has-footnotes", "post no-footnotes", "post show-footnotes"):
        record = extract_article(page(STEP_APPS, article_class=article_class), URL)
        assert [source.listed_under for source in record.sources if source.listed_under] == [], article_class


def test_easy_footnotes_wrapper_is_still_a_footnote_list() -> None:
    """Counter-example: Easy Footnotes' "ol.easy-footnotes-wrapper" (jasonyingling/easy-footnotes,
    easy-footnotes.php) still names the list."""
    notes = "".join(f'<li class="easy-footnote-single">{text} <a href="{url}">{url}</a></li>' for text, url in (
        ("Smith J. Walking and myocardial infarction. JAMA 2024.", "https://doi.org/10.1001/jama.2024.1234"),
        ("Lee K. Daily steps and mortality. Lancet 2023.", "https://pubmed.ncbi.nlm.nih.gov/36000001/")))
    record = extract_article(page(f'<ol class="easy-footnotes-wrapper">{notes}</ol>'), URL)
    assert [source.listed_under for source in record.sources if source.listed_under] == ["Footnotes", "Footnotes"]


# Comments: an action line opening a comment (3ac729f).

def wordpress_comment(words: str, *, lang: str = "en") -> str:
    """WordPress's comment list as Twenty Twenty-One prints it (wp-includes/class-walker-comment.php, html5_comment):
    "li.comment" > "footer.comment-meta" (author vcard, metadata) and "div.comment-content" of the reader's paragraphs."""
    return ('<section id="comments" class="comments-area"><h2 class="comments-title">One comment</h2>'
            '<ol class="comment-list"><li id="comment-7" class="comment even thread-even depth-1"><article '
            'id="div-comment-7" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            '<b class="fn">Lucía Gómez</b> <span class="says">says:</span></div><div class="comment-metadata">'
            '<a href="#comment-7"><time datetime="2025-11-11T08:15:00+00:00">November 11, 2025 at 8:15 am</time></a>'
            f'</div></footer><div class="comment-content">{words}</div><div class="reply"><a class="comment-reply-link" '
            'href="#respond">Reply</a></div></article></li></ol></section>')


def test_a_one_word_first_paragraph_of_a_comment_is_its_words() -> None:
    """A reader's comment opening with one word that is also an action link's ("Positivo." after a test, "Like!",
    "Report:") keeps it: a header's row of links, the line the rule drops, holds two actions or more."""
    for first, rest in (("Positivo.", "Me hice la prueba ayer y salió positivo, con síntomas leves."),
                        ("Like!", "This matches what my cardiologist told me last spring."),
                        ("Report:", "I walked 10,000 steps a day for a year and lost 8 kg.")):
        record = extract_article(page(after=wordpress_comment(f"<p>{first}</p><p>{rest}</p>")), URL)
        assert [comment.text for comment in record.comments] == [f"{first}\n\n{rest}"], first


def test_a_row_of_action_links_opening_a_comment_is_still_dropped() -> None:
    """Counter-example: Tistory's header links printed before the words ("댓글주소 수정/삭제 댓글쓰기", the skin
    guide's span.control) are still no words of the comment."""
    words = ('<p><a class="address" href="#comment1">댓글주소</a> <a class="modify" href="#">수정/삭제</a> '
             '<a class="write" href="#">댓글쓰기</a></p><p>저도 매일 걷기 시작했어요.</p>')
    record = extract_article(page(after=wordpress_comment(words), lang="ko"), URL)
    assert [comment.text for comment in record.comments] == ["저도 매일 걷기 시작했어요."]


# Comments: a list named "cmt<N>" (4ff87cc).

def test_a_health_pages_cmt_type_lists_are_no_comments() -> None:
    """A page on Charcot-Marie-Tooth disease names its lists of each type's signs by the type ("<ul id=cmt1>",
    "<ul id=cmt2>", the targets of its jump links): the lists are the article's, not Z-Blog's comments, whose list
    opens with the name and "发布于 <date>" item (zblogcn/zblogphp, zb_users/theme/default/template/comment.php)."""
    body = ('<h2>Types of CMT</h2><p>Jump to: <a href="#cmt1">CMT1</a> · <a href="#cmt2">CMT2</a></p>'
            '<h3>CMT1</h3><ul id="cmt1"><li>Caused by changes in the genes that make the myelin sheath, such as PMP22.'
            '</li><li>Slowed nerve conduction, often first noticed in childhood or the teenage years.</li></ul>'
            '<h3>CMT2</h3><ul id="cmt2"><li>Affects the nerve fibre (axon) itself rather than its sheath.</li>'
            '<li>Nerve conduction speeds are near normal, but the signals are weaker.</li></ul>')
    record = extract_article(page(body, title="What is Charcot-Marie-Tooth disease?"), URL)
    assert record.comments == []
    assert "Slowed nerve conduction" in record.body_text


# Sources: a footnote list without a label (e94e86f).

def goldmark(notes: tuple[str, ...]) -> str:
    """Hugo's footnotes as Goldmark renders them (yuin/goldmark, extension/footnote.go): ``div.footnotes
    [role=doc-endnotes]`` > ``hr`` + ``ol`` of ``li#fn:N``, each closing with its back-link."""
    items = "".join(f'<li id="fn:{n}"><p>{note}&#160;<a href="#fnref:{n}" class="footnote-backref" '
                    f'role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>' for n, note in enumerate(notes, 1))
    return f'<div class="footnotes" role="doc-endnotes"><hr><ol>{items}</ol></div>'


def test_notes_linking_the_sites_own_guides_are_no_sources_box() -> None:
    """Notes explaining the text, two of three pointing to the site's own guide and glossary ("see our guide to
    counting steps"), cite no work: the list is no sources box."""
    notes = ('By brisk walking we mean about 100 steps a minute; see our <a href="/guides/counting-steps/">guide to '
             'counting steps</a>.',
             'The most oxygen the body can use in a minute; our <a href="https://www.healthdaily.example.com/glossary/'
             'vo2max/">glossary</a> explains how it is measured.',
             "The study left out people with heart failure.")
    record = extract_article(page(goldmark(notes)), URL)
    assert [source.listed_under for source in record.sources if source.listed_under] == []


def test_notes_citing_papers_on_other_sites_are_still_a_sources_box() -> None:
    """Counter-example: notes citing papers at their publishers' addresses are the article's sources."""
    notes = ('Smith J. Walking and myocardial infarction. JAMA 2024. <a href="https://doi.org/10.1001/jama.2024.1234">'
             'doi:10.1001/jama.2024.1234</a>',
             'Lee K. Daily steps and mortality. Lancet 2023. <a href="https://pubmed.ncbi.nlm.nih.gov/36000001/">PubMed</a>',
             "The study left out people with heart failure.")
    record = extract_article(page(goldmark(notes)), URL)
    assert [source.url for source in record.sources if source.listed_under == "Footnotes"] == [
        "https://doi.org/10.1001/jama.2024.1234", "https://pubmed.ncbi.nlm.nih.gov/36000001/"]


# Comments: the "date - name" line outside a comment's words (2e62a5f).

def test_a_permalink_or_edit_link_after_the_date_is_no_name() -> None:
    """A theme's comment header printing the date, a dash and the comment's permalink or edit link ("Nov 11, 2025 -
    Permalink", "… - Edit": WordPress's Kubrick comments.php prints ``edit_comment_link('edit')`` after the date)
    names no author: the link's word is an action, as "Reply" is."""
    comments = "".join(
        f'<div class="comment" id="comment-{n}"><p class="meta">{day} - <a href="{link}">{word}</a></p>'
        f'<div class="comment-body"><p>{words}</p></div></div>'
        for n, day, link, word, words in (
            (1, "Nov 11, 2025", "#comment-1", "Permalink", "Great article, I started walking every morning."),
            (2, "Nov 12, 2025", "/wp-admin/comment.php?action=editcomment&amp;c=2", "Edit",
             "Walking helped my blood pressure a lot.")))
    record = extract_article(page(after=f'<section class="comments"><h2>Comments</h2>{comments}</section>'), URL)
    assert [(comment.author, str(comment.published_at)[:10]) for comment in record.comments] == [
        (None, "2025-11-11"), (None, "2025-11-12")]


def test_djangos_date_then_name_line_still_names_the_author() -> None:
    """Counter-example: django-contrib-comments' ``<dt id=c12>{{ comment.submit_date }} - {{ comment.name }}</dt>``
    (comments/list.html) still names the author."""
    html = page(after='<div id="comments"><dl id="comments"><dt id="c12">Nov. 11, 2025, 8:15 a.m. - Maria Lopez</dt>'
                      '<dd><p>I walk my dog twice a day now.</p></dd></dl></div>')
    assert [(comment.author, str(comment.published_at)[:10]) for comment in extract_article(html, URL).comments] == [
        ("Maria Lopez", "2025-11-11")]


# Related: a sentence introducing the list under a related heading (a1a4c1f).

def test_a_short_paragraph_then_a_linked_paragraph_under_a_related_heading_is_text() -> None:
    """A section of the text headed "Related" whose short first sentence is followed by more of the text, one of its
    paragraphs linking an earlier article inline: the heading introduces no list, the link is no related post."""
    body = ('<h2>Related</h2><p>Walking is also linked to better sleep.</p><p>In a separate study, <a href="/2025/10/'
            'sleep-and-steps/">people who walked</a> after dinner slept longer and woke less often at night.</p>'
            '<ul><li>Walk after dinner.</li><li>Keep a steady pace.</li></ul>')
    assert extract_article(page(body), URL).related_posts == []


def test_an_introduction_then_cards_under_a_related_heading_are_still_related() -> None:
    """Counter-example: Gatsby's "Here are a couple of related posts you might enjoy reading." (find_string
    "related posts you might": postTemplate) then the list of cards are still related posts."""
    body = ('<h2>Related Post -</h2><p>Here are a couple of related posts you might enjoy reading.</p><ul>'
            '<li><a href="/2025/10/sleep-and-steps/">Walking after dinner helps you sleep</a></li>'
            '<li><a href="/2025/09/salt-and-blood-pressure/">Less salt, lower blood pressure</a></li></ul>')
    assert [post.title for post in extract_article(page(body), URL).related_posts] == [
        "Walking after dinner helps you sleep", "Less salt, lower blood pressure"]


# Sources: an address printed without its scheme (5eb0031).

def test_a_softwares_name_with_a_slash_in_a_reference_is_no_address() -> None:
    """An entry naming the software an app runs on ("its Node.js/Express backend") prints no address: ".js" is no
    public suffix, so "Node.js" is no host."""
    box = ("<h2>Sources</h2><ul><li>Interview with the app's developers on its Node.js/Express backend, October 2025."
           "</li><li>Smith J. Walking and myocardial infarction. JAMA 2024. doi.org/10.1001/jama.2024.1234</li></ul>")
    record = extract_article(page(after=box), URL)
    assert [(source.url, source.listed_under) for source in record.sources if source.listed_under] == [
        ("http://doi.org/10.1001/jama.2024.1234", "Sources")]


def test_a_short_list_of_steps_after_an_introduction_is_no_related_list() -> None:
    """A "Related" section of the text: "What to do next:" and two steps whose sentences link the site's test and
    guide pages. The list a sentence introduces is a list of titles (mostly its links' text), not of sentences."""
    body = ('<h2>Related</h2><p>What to do next:</p><ol><li>Ask your GP for a <a href="/tests/vitamin-d-blood-test/">'
            'blood test</a> if you have symptoms.</li><li>Read our <a href="/guides/sunlight/">guide to safe sunlight'
            '</a> before the summer.</li></ol>')
    assert extract_article(page(body), URL).related_posts == []


# Related: "猜你喜欢" over a list (475a12a).

def test_guess_you_like_over_the_sites_own_goods_is_no_related_list() -> None:
    """A Chinese health blog's "猜你喜欢" box over its own shop's products ("/goods/101.html", ECShop's
    "goods.php?id=…"), printed without prices: products, no related posts."""
    box = ('<div class="guess"><h3>猜你喜欢</h3><ul><li><a href="/goods/101.html">维生素D3软胶囊</a></li>'
           '<li><a href="/goods.php?id=102">液体钙 中老年</a></li></ul></div>')
    record = extract_article(page(after=box, lang="zh-CN", title="每天走路有益心脏"), URL)
    assert record.related_posts == []


def test_guess_you_like_over_the_blogs_posts_is_still_related() -> None:
    """Counter-example: Z-BlogPHP's xiaonan theme's "<dd id=guan><h3>猜你喜欢</h3><ul>" of related posts (find_string
    "猜你喜欢", GetList(…, array('is_related'=>$article.ID))) stays a related list."""
    box = ('<dl><dd id="guan"><h3>猜你喜欢</h3><ul><li><a href="/post/80.html">散步降血糖的正确方法</a><span>2025-10-01'
           '</span></li><li><a href="/post/81.html">中老年人如何补钙</a><span>2025-09-12</span></li></ul></dd></dl>')
    record = extract_article(page(after=box, lang="zh-CN", title="每天走路有益心脏"), URL)
    assert [post.title for post in record.related_posts] == ["散步降血糖的正确方法", "中老年人如何补钙"]
