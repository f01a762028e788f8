"""Page: the shared parse and the lookups every extractor shares."""

from __future__ import annotations

from harvester.document.page import MAX_HEADINGS, Page


def test_named_where_picks_by_class_or_id_in_page_order() -> None:
    page = Page.from_text(
        '<html><body><div id="respond"><p class="comment-body">a</p></div><aside class="related-posts">b</aside>'
        '<p class="Comment">c</p><p class="">d</p><p id="comments-title">e</p></body></html>'
    )

    def comment_class(value: str) -> bool:
        return "omment" in value

    found = page.named_where(comment_class, lambda value: comment_class(value) or value == "respond")

    assert [el.get("class") or el.get("id") for el in found] == ["respond", "comment-body", "Comment", "comments-title"]
    assert page.named_where(lambda value: "elated" in value)[0].tag == "aside"
    assert page.named_where(lambda value: "nowhere" in value) == []



def test_headings_are_the_subheadings_by_level_in_page_order() -> None:
    page = Page.from_text(
        "<html><body><h1>Title</h1><h3>c1</h3><section><h2>b1</h2><div><h3>c2</h3></div></section>"
        "<h6>f1</h6><h2>b2</h2></body></html>"
    )

    texts = {tag: [el.text for el in elements] for tag, elements in page.headings.items()}

    assert texts == {"h2": ["b1", "b2"], "h3": ["c1", "c2"], "h4": [], "h5": [], "h6": ["f1"]}


def test_headings_keep_the_first_few_hundred_of_a_level() -> None:
    many = "".join(f"<h2>{n}</h2>" for n in range(MAX_HEADINGS + 50))
    page = Page.from_text(f"<html><body>{many}<h3>last</h3></body></html>")

    assert [el.text for el in page.headings["h2"]] == [str(n) for n in range(MAX_HEADINGS)]
    assert [el.text for el in page.headings["h3"]] == ["last"]

def test_the_parse_drops_scripts_and_styles_but_keeps_json_ld_and_the_text_around_them() -> None:
    page = Page.from_text(
        '<html><head><style>p { color: red }</style><script src="app.js"></script>'
        '<script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "Walking"}</script></head>'
        '<body><p>Walking <script>track("walk")</script>lowers <style>.x{}</style>blood pressure.</p>'
        '<script type="text/javascript">var ads = 1;</script>Tail text.</body></html>'
    )

    assert [el.tag for el in page.tree.iter("script", "style")] == ["script"]
    assert page.jsonld[0]["headline"] == "Walking"
    assert "".join(page.tree.find(".//p").itertext()) == "Walking lowers blood pressure."
    assert page.tree.find("body").text_content() == "Walking lowers blood pressure.Tail text."


def test_absolute_answers_a_repeated_link_as_the_first_time_and_keeps_a_bounded_number(monkeypatch) -> None:
    import harvester.document.page as page_module

    monkeypatch.setattr(page_module, "MAX_RESOLVED", 2)
    page = Page.from_text('<html><head><base href="https://site.example/a/"></head><body><p>x</p></body></html>',
                          url="https://site.example/")
    for _ in range(2):
        assert page.absolute("b.html") == "https://site.example/a/b.html"
        assert page.absolute(" java\tscript:alert(1)") is None
        assert page.absolute("#top") is None
        assert page.absolute("https://other.example/c") == "https://other.example/c"
    assert len(page._resolved) == 2


def test_microdata_properties_belong_to_their_nearest_item_in_page_order() -> None:
    page = Page.from_text(
        '<html><body itemscope itemtype="https://schema.org/WebPage"><span itemprop="name">Page</span>'
        '<div itemprop="mainEntity" itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Title</h1><div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Ann Lee</span></div><p><b itemprop="keywords">health</b></p></div>'
        '<span itemprop="about">Hearts</span></body></html>'
    )
    [item] = page.microdata
    assert list(item) == ["@type", "@element", "name", "mainEntity", "about"]
    article = item["mainEntity"][0]
    assert [name for name in article if not name.startswith("@")] == ["headline", "author", "keywords"]
    assert article["author"][0]["name"] == ["Ann Lee"]


def test_markup_after_the_closing_html_tag_is_read_like_the_rest() -> None:
    """libxml2 starts a second top-level <html> for markup after </html>; the walks that replaced
    absolute XPaths ("/descendant::", "/html/head/link", "/html/body//p") must read it as they did."""
    from harvester.document import markup
    from harvester.fields.byline import _first_paragraphs

    html = ("<html><head><title>T</title></head><body><nav class=menu>m</nav></body></html>"
            "<html><head><link rel=canonical href='https://example.org/c'></head><body>"
            "<p id=late>After the end.</p><a rel=author href='/jo'>Jo</a><time>2 May</time></body></html>")
    page = Page.from_text(html, "https://example.org/a")
    assert [name for _, name, _ in page.named] == ["menu"] + [""]
    assert [el.get("id") for el, _, _ in page.named] == [None, "late"]
    assert [el.get("href") for el in page.head_links] == ["https://example.org/c"]
    assert [el.text for el in markup.author_links(page)] == ["Jo"]
    assert [el.text for el in markup.plain_times(page)] == ["2 May"]
    assert [el.get("id") for el in _first_paragraphs(page.tree)] == ["late"]


def test_a_page_read_without_its_address_is_at_the_address_it_declares() -> None:
    """A saved page (no URL given) resolves relative links against its absolute canonical link, else
    its og:url; a relative canonical, or none, leaves it without an address."""
    head = '<link rel="canonical" href="https://news.example/health/vitamin-d"><meta property="og:url" content="https://other.example/x">'
    page = Page.from_text(f"<html><head>{head}</head><body><p>x</p></body></html>", None)
    assert page.url is None
    assert page.address == "https://news.example/health/vitamin-d"
    assert page.absolute("/health/omega-3") == "https://news.example/health/omega-3"
    page = Page.from_text('<html><head><link rel="canonical" href="/health/x">'
                          '<meta property="og:url" content="https://news.example/health/x"></head><body></body></html>', None)
    assert page.address == "https://news.example/health/x"
    page = Page.from_text('<html><head><link rel="canonical" href="/health/x"></head><body></body></html>', None)
    assert page.address is None and page.absolute("/health/omega-3") is None
    # The address it was read from wins over the one it declares.
    page = Page.from_text(f"<html><head>{head}</head><body></body></html>", "https://mirror.example/a")
    assert page.address == "https://mirror.example/a"
