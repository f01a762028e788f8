"""Related posts: template-source probes (docs/field-quality.md, "Related posts: template-source probes").

Each test prints the markup a public theme or plugin template renders (cited in its docstring) inside an
article page of our own making, and checks what a reader sees; each rule has a counter-example."""

from __future__ import annotations

from tests.field_pages import PARAGRAPHS, extract, page

BASE = "https://health.example.org"
ARTICLE = ("<article class='post type-post'><h1 class='entry-title'>Vitamin D pills do not prevent fractures, trial"
           f" finds</h1><div class='entry-content'>{PARAGRAPHS}</div></article>")
PREVIOUS = (f"{BASE}/2025/10/zinc-colds/", "Zinc lozenges shorten colds by a day, review says")
NEXT = (f"{BASE}/2025/10/fish-oil/", "Why fish oil trials keep disagreeing")


def related(html: str) -> list[tuple[str, str]]:
    return [(str(post.url), post.title) for post in extract(html).related_posts]


def test_an_svg_icons_title_is_no_word_of_the_post_navigation() -> None:
    """Kadence's ``the_post_navigation`` arguments (openlab-at-city-tech/openlab,
    wp-content/themes/kadence/template-parts/content/single-entry.php) print "Next" and an arrow icon whose
    SVG holds ``<title>Continue</title>`` (inc/components/icons/component.php, the icons' default label): a
    screen reader's name for the drawing, not printed, so the next post is "Why fish oil…", not
    "ContinueWhy fish oil…"."""
    icon = ('<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon '
            'kadence-arrow-{0}-alt-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" '
            'width="27" height="28" viewBox="0 0 27 28"><title>{1}</title><path d="M27 13.953c0 0.141z"></path>'
            '</svg></span>')
    nav = (f'<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post '
           f'navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{PREVIOUS[0]}" rel="prev">'
           f'<div class="post-navigation-sub"><small>{icon.format("left", "Previous")}Previous</small></div>'
           f'{PREVIOUS[1]}</a></div><div class="nav-next"><a href="{NEXT[0]}" rel="next"><div '
           f'class="post-navigation-sub"><small>Next{icon.format("right", "Continue")}</small></div>{NEXT[1]}</a>'
           f'</div></div></nav>')
    assert related(page(ARTICLE + nav)) == [PREVIOUS, NEXT]


def test_the_pages_own_title_and_an_svgs_printed_text_stay() -> None:
    """The counter-example: the ``<title>`` in the head still names the page, and an SVG's ``<text>`` is
    drawn, so a link whose drawing prints "Next" keeps that word."""
    nav = (f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-next"><a href="{NEXT[0]}" '
           f'rel="next"><svg viewBox="0 0 60 20"><text x="0" y="15">Next:</text></svg> {NEXT[1]}</a></div></div>'
           f'</nav>')
    record = extract(page(ARTICLE + nav, title="Vitamin D pills do not prevent fractures - Example Health"))
    assert record.headline == "Vitamin D pills do not prevent fractures, trial finds"
    assert [(str(post.url), post.title) for post in record.related_posts] == [NEXT]


def soledad_pagination(previous: tuple[str, str], following: tuple[str, str]) -> str:
    """Soledad's post pagination, style 1 with thumbnails (mjholdings/bizso_theme,
    soledad/inc/templates/post_pagination.php): the picture's link, then the label over the title's link."""
    return ''.join(
        f'<div class="{side}-post"><a class="penci-image-holder penci-lazy penci-post-nav-thumb penci-holder-load" '
        f'data-bgset="/img/{side}.jpg" href="{href}"></a><div class="{side}-post-inner"><div class="prev-post-title'
        f'{" next-post-title" if side == "next" else ""}"><span>{side} post</span></div><a href="{href}"><div '
        f'class="pagi-text"><h5 class="{side}-title">{title}</h5></div></a></div></div>'
        for side, (href, title) in (("prev", previous), ("next", following)))


def test_soledads_previous_post_in_its_pagination_wrapper() -> None:
    """Soledad wraps the previous and next post in ``<div class="post-pagination">``: a pagination by its name,
    which the navigation passes over unless a part names one post; "next-post" did, "prev-post" did not, so the
    previous post was lost."""
    html = page(ARTICLE + f'<div class="post-pagination pcpagp-style-1">{soledad_pagination(PREVIOUS, NEXT)}</div>')
    assert related(html) == [PREVIOUS, NEXT]


def test_a_prev_post_named_link_to_an_archive_page_is_no_post() -> None:
    """The counter-example: in the same wrapper, links to the archive's pages ("/page/2/") are pages, not
    neighbouring posts, whatever their parts are named."""
    pages = ((f"{BASE}/news/page/1/", "Newer stories here"), (f"{BASE}/news/page/3/", "Older stories here"))
    html = page(ARTICLE + f'<div class="post-pagination">{soledad_pagination(*pages)}</div>')
    assert related(html) == []


def elementor_navigation(arrow: bool) -> str:
    """Elementor Pro's post navigation widget as its render() prints it (modules/theme-elements/widgets/
    post-navigation.php): the arrow's span holding the screen reader's "Prev"/"Next", then the label and title."""
    def side(name: str, label: str, short: str, href: str, title: str) -> str:
        icon = (f'<span class="post-navigation__arrow-wrapper post-navigation__arrow-{name}"><i class="fa fa-angle-'
                f'{"left" if name == "prev" else "right"}" aria-hidden="true"></i><span class="elementor-screen-only">'
                f'{short}</span></span>') if arrow else ""
        words = (f'<span class="elementor-post-navigation__link__{name}"><span class="post-navigation__{name}--label">'
                 f'{label}</span><span class="post-navigation__{name}--title">{title}</span></span>')
        inside = icon + words if name == "prev" else words + icon
        return (f'<div class="elementor-post-navigation__{name} elementor-post-navigation__link"><a href="{href}" '
                f'rel="{name}">{inside}</a></div>')
    return (f'<div class="elementor-post-navigation">{side("prev", "Previous", "Prev", *PREVIOUS)}'
            f'{side("next", "Next", "Next", *NEXT)}</div>')


def test_elementors_screen_reader_prev_inside_the_arrow_is_one_label() -> None:
    """The arrow's span and the "Prev" inside it are one label: taken twice, the second "Prev" was cut out of
    the printed "Previous" and the previous post came out as "iousZinc lozenges…"."""
    assert related(page(ARTICLE + elementor_navigation(arrow=True))) == [PREVIOUS, NEXT]


def test_elementors_navigation_without_arrows_keeps_its_titles() -> None:
    """The counter-example: without the arrows (the widget's "show_arrow" off) the labels stand alone and the
    titles are read as before."""
    assert related(page(ARTICLE + elementor_navigation(arrow=False))) == [PREVIOUS, NEXT]


def poole_related(stamp: str) -> str:
    """The related posts of Jekyll's Poole themes (poole/lanyon and poole/hyde, _layouts/post.html): each title
    and its date in the fine print inside the link, as the Liquid template lays them out."""
    items = "".join(f"""
      <li>
        <h3>
          <a href="{href}">
            {title}
            <small>{stamp}</small>
          </a>
        </h3>
      </li>""" for href, title in (PREVIOUS, NEXT))
    return f'<div class="related">\n  <h2>Related Posts</h2>\n  <ul class="related-posts">{items}\n  </ul>\n</div>'


def test_the_date_in_a_poole_cards_fine_print_is_its_date() -> None:
    """"<small>{{ post.date | date_to_string }}</small>" after the title is the post's date, no word of its title."""
    posts = extract(page(f'<div class="post">{ARTICLE}</div>{poole_related("02 Oct 2025")}')).related_posts
    assert [(str(post.url), post.title, str(post.published_at)) for post in posts] == [
        (*PREVIOUS, "2025-10-02"), (*NEXT, "2025-10-02")]


def test_fine_print_that_is_no_date_stays_in_the_title() -> None:
    """The counter-example: fine print with words of its own ("(video)") is part of what the link prints."""
    posts = extract(page(f'<div class="post">{ARTICLE}</div>{poole_related("(video)")}')).related_posts
    assert [(post.title, post.published_at) for post in posts] == [
        (f"{PREVIOUS[1]} (video)", None), (f"{NEXT[1]} (video)", None)]


def joomla_navigation(wrapper: str, previous: tuple[str, str], following: tuple[str, str]) -> str:
    """Joomla 4's page navigation under an article (joomla-cms, plugins/content/pagenavigation/tmpl/default.php):
    the neighbour's title for screen readers only, "Prev" / "Next" printed."""
    def side(name: str, rel: str, label: str, hidden: str, href: str, title: str) -> str:
        return (f'<a class="btn btn-sm btn-secondary {name}" href="{href}" rel="{rel}"><span class="visually-hidden">'
                f'{hidden}: {title}</span><span class="icon-chevron-{"left" if rel == "prev" else "right"}" '
                f'aria-hidden="true"></span> <span aria-hidden="true">{label}</span></a>')
    return (f'<nav class="{wrapper}" aria-label="Page Navigation"><span class="pagination ms-0">'
            f'{side("previous", "prev", "Prev", "Previous article", *previous)}'
            f'{side("next", "next", "Next", "Next article", *following)}</span></nav>')


def test_joomlas_page_navigation_gives_the_neighbouring_articles() -> None:
    """"pagenavigation" names the neighbours of one article; the "pagination" span inside it no longer hides
    them. Each is named by what it prints ("Prev", "Next": the labelling guide's Blogger and Twenty Eleven
    call), not by the screen reader's "Previous article: …"."""
    html = page(ARTICLE[:-len("</article>")] + joomla_navigation("pagenavigation", PREVIOUS, NEXT) + "</article>")
    assert related(html) == [(PREVIOUS[0], "Prev"), (NEXT[0], "Next")]


def test_a_pagination_of_the_same_buttons_is_no_page_navigation() -> None:
    """The counter-example: the same buttons in a list's pagination (no "pagenavigation") are an archive's pages."""
    pages = ((f"{BASE}/news/?start=10", "Older stories"), (f"{BASE}/news/?start=30", "Newer stories"))
    html = page(ARTICLE + joomla_navigation("com-content-category__navigation w-100", *pages))
    assert related(html) == []


def test_an_icon_only_link_is_named_by_its_screen_reader_title() -> None:
    """The counter-example to reading only the printed text: WordPress's ``the_post_navigation`` with an arrow
    icon and the whole label for screen readers ("<span class=screen-reader-text>previous News: <span
    class=post-title>…</span></span>") prints no words, and the guide names such a link by its post's title."""
    nav = (f'<nav class="navigation post-navigation" aria-label="Post navigation"><h2 class="screen-reader-text">Post '
           f'navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{PREVIOUS[0]}" rel="prev"><span '
           f'class="pagination-nav" aria-hidden="true"><svg viewBox="0 0 100 100"><path d="M 10,50 L 60,100 Z">'
           f'</path></svg></span> <span class="screen-reader-text">previous post: <span class="post-title">'
           f'{PREVIOUS[1]}</span></span></a></div></div></nav>')
    assert related(page(ARTICLE + nav)) == [PREVIOUS]
