"""An article's own sources box: a "Sources" / "References" / "Quellen" / "Further reading"
heading (or label) followed by its list of links or printed URLs, or a closing one-line
"Quelle: <linked title>" that names the report an article is based on.

Boilerplate removal often drops such a box from the body (it looks like a link list), so the
links the article names as its evidence would be lost with it. The box is read from the whole
page: any element whose entire text is such a label, outside page furniture (sidebars, widgets,
navigation, footers, comments), and the entries after it up to the next heading. A sidebar
"References" blogroll is furniture, not a box, and a "Quelle:" under a picture is its credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count, islice
from urllib.parse import urlsplit

from lxml import etree

from harvester.document.text import clean_text, text_of
from harvester.evidence.identifiers import identifiers_in_url
from harvester.lexicon import (
    CLOSING_LINE_LABELS,
    CLOSING_SOURCE_LABELS,
    NOTE_LABELS,
    OFFER_LABELS,
    SOURCE_CREDIT_LABELS,
    SOURCE_LABELS,
    SOURCE_NOUNS,
    TOGGLE_VERBS,
    TOGGLE_VERBS_AFTER,
    is_domain_name,
    registrable_domain,
)

__all__ = ["FOOTNOTES_LABEL", "INTRO_ENTRY", "BoxLink", "footnote_list_name", "in_site_furniture", "source_box_links"]

MAX_LABELS = 20_000
MAX_BOXES = 5
# One-line sources ("Quelle: <a>…</a>") are counted apart: a text of many sections may close each with one.
MAX_LINES = 20
MAX_ENTRIES = 60
MAX_LABEL_CHARS = 60
# Elements after a label looked at for its entries, and ancestors climbed when it has none.
MAX_SIBLINGS = 40
MAX_CLIMB = 4
MAX_ENTRY_CHARS = 300
# A "Quelle: <title>" line longer than this is a paragraph of text, not a source line.
MAX_LINE_CHARS = 400
# <pre> pages a plain-text document's box runs on over (rfcmarkup pages an RFC into <pre> blocks).
MAX_PRE_PAGES = 4

# A whole label, after an optional section number ("17. References"), and the label that opens a
# one-line source ("Quelle: <a>Golem</a>"), whose entries are the line's own links.
# A collapsed box's toggle may name its verb ("Show sources", "Quellen anzeigen") and count its entries
# ("Quellen (5)", "References [12]"). "View source" is a code viewer's button, not a box's.
# The box is listed under the label without them ("Quellen ausblenden" lists its entries under "Quellen").
_LABEL = re.compile(rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?"
                    rf"(?P<verb>(?:{TOGGLE_VERBS})\s+(?:(?:the|all|les|las|los|le|i|de|die|alle)\s+)?(?!source\b))?"
                    rf"(?P<name>{SOURCE_LABELS})(?P<after>\s+(?:{TOGGLE_VERBS_AFTER})|\s*[(\[]\d{{1,3}}[)\]])?\s*:?\W*$",
                    re.IGNORECASE)
# The leading run is possessive (`*+`, never given back): no label opens with the characters it
# takes, and giving them back one by one tried every label again after each (200 spaces of
# indentation before a text: 39 us a match, 1.5 us possessive). Same matches.
_LINE_LABEL = re.compile(rf"^\W*+({SOURCE_LABELS})\s*[:：]\s*(?=\S)", re.IGNORECASE)
# The singular label of a source line ("Source", "Quelle"), whose home-page links credit agencies (see _credits_agency).
_CREDIT_LABEL = re.compile(rf"^(?:{SOURCE_CREDIT_LABELS})$", re.IGNORECASE)
# A label that heads a sources box only where the box closes the article (see _closes_article).
_CLOSING_LABEL = re.compile(rf"^\W*(?:{CLOSING_SOURCE_LABELS})\s*:?\W*$", re.IGNORECASE)
# A "Read more:" lead-in ending in a colon, alone or opening its line ("<strong>READ MORE:</strong><br><a>Foundation
# For Economic Education: The Failure of …</a><br><a>Business Insider: …</a>", The Federalist Papers): the reports a
# post is based on where every link of it leaves the site; over the site's own stories (Time's "Read more: <a>…</a>")
# it heads related posts. A "Read more" button (no colon) is a teaser's.
_READ_MORE = re.compile(r"^\W*+(read\s+more)\s*[:：]\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# A closing line saying the text summarises, translates or is adapted from the address it gives: ossnews.jp closes a
# summary with "以上、下記URLからの要約<br><a>https://opensourceforu.com/…</a>" ("the above is a summary from the URL
# below"), Japanese sites print "…より翻訳" / "…からの抜粋" the same way, English ones "Adapted from <a>…</a>",
# "Translated from:". Read only after the article's prose, as a closing line is (see _after_prose).
_BASED_ON = re.compile(
    r"^\W*+((?:(?:以上|本記事|この記事)[、，,]?\s*)?(?:下記|以下|次)の?(?:url|記事|サイト|ページ|リンク)?(?:から|より)の?"
    r"(?:要約|抜粋|翻訳|引用|転載)|(?:this\s+(?:article|post|story)\s+(?:is|was)\s+)?(?:adapted|translated|excerpted|"
    r"summari[sz]ed)\s+from)\s*[:：。.]?\s*(?=\S)", re.IGNORECASE)
# A short phrase ending in a colon that names the sources ("Weitere genutzte Quellen in englischer Sprache:"):
# a label for the run of links right after it, read only where they close the article like a closing label's.
MAX_PHRASE_CHARS = 80
_PHRASE_LABEL = re.compile(rf"^[^:：]*\b(?:{SOURCE_NOUNS})\b[^:：]*[:：]\s*$", re.IGNORECASE)
# A closing label opening a line of its own links ("Links: <a>www.trauernetz.de</a>"), read only after the
# article's prose: the text (outside links) of the blocks before the line.
_CLOSING_LINE = re.compile(rf"^\W*({CLOSING_LINE_LABELS})\s*[:：]\s*(?=\S)", re.IGNORECASE)
MIN_PROSE_CHARS = 300
# Notes' labels, and the number a note opens with ("(1) Afrobarometer (2021): …", "[2] Voir …", "3. …").
_NOTE_LABEL = re.compile(rf"^\W*(?:{NOTE_LABELS})\s*:?\W*$", re.IGNORECASE)
_NOTE_NUMBER = re.compile(r"^\s*[(\[]?\d{1,3}[)\].]\s")
# A closing box of more entries than this is a list of the site's topics, not the article's sources.
MAX_CLOSING_ENTRIES = 10
# A link whose own text names the article's reference list ("Literaturliste zum Download") is it.
_LIST_LINK = re.compile(r"^\W*(?:literaturliste|literaturverzeichnis|quellenverzeichnis|reference\s+list|"
                        r"bibliography)\b", re.IGNORECASE)
# A link whose own text names the original a translated or republished article is made from: InfoQ's Japanese and
# Chinese editions open each translation with "<a><em>原文(投稿日：2019/02/16)へのリンク</em></a>" ("link to the original
# (posted …)", "原文链接"), and Japanese news portals close a republished item with "元記事を読む" (read the original
# article). The original is often the same site's other edition, so its entry is kept on the site too.
_ORIGINAL_WORDS = ("原文", "元記事", "原著")
_ORIGINAL_LINK = re.compile(r"^\W*(?:原文|元記事|原著)(?:\s*[(（][^)）]{0,40}[)）])?\s*"
                            r"(?:へのリンク|へ|链接|連結|リンク|網址|はこちら|を読む|を見る)?\W*$")
# Class words of the article's own container: what wraps it (Blogger's "widget Blog") is no furniture
# of the article's box.
_ARTICLE_CONTAINER = re.compile(r"(?:^|\s)(?:hentry|entry-content|post-body|article-body|articlebody|article-content)"
                                r"(?:$|\s)", re.IGNORECASE)
# A column the page names its supplement (a government CMS's "Zusatzinformationen" column, "aside#supplement",
# "c-supplement") holds this page's own boxes, not the site's: it is no furniture.
_SUPPLEMENT = re.compile(r"(?:^|[\s_-])supplement(?:$|[\s_-])", re.IGNORECASE)
MAX_ANCESTORS = 60
# Class or id words that start with one of these name furniture ("sidebar-primary", "widget_text",
# Blogger's "LinkList"); inside a word they are layout modifiers ("st_sidebar_on_right").
_FURNITURE = re.compile(
    r"(?:^|\s)(?:sidebar|widget|blogroll|linklist|comments?(?:$|[\s_-])|comment-list|site-footer|page-footer|"
    r"footer-widgets|menu|navbar|navigation|breadcrumb|share|sharing|social)",
    re.IGNORECASE,
)
# Class or id words of a side box, the site's sidebar or a pullbox floated into the text (see _set_in_text).
_SIDE_BOX = re.compile(r"(?:^|\s)(?:sidebar|widget)", re.IGNORECASE)
# A paragraph of the article's prose beside a box set into the text: a sentence or more, not a label or a caption.
MIN_PROSE_PARAGRAPH = 80
# An article's own footer ("entry-footer", "article-footer") holds its sources more often than a site's.
_ARTICLE_FOOTER = re.compile(r"entry|article|post|story|content", re.IGNORECASE)
# Siblings after a box that end it: the article's tags, share buttons, author box, comments, a
# wiki's navigation boxes ("navbox", MediaWiki's "toccolours") and categories.
_BOX_END = re.compile(r"tag|share|sharing|social|author|comment|related|newsletter|navigation|rating|navbox|"
                      r"toccolours|catlinks", re.IGNORECASE)
# The first letters of every label _LABEL accepts, case aside: a cheap filter before it. The
# lookahead on the hints' first letters lets the search skip other positions at once (same
# matches): a case-blind search of non-ASCII text tried every hint at every character, 20-170 us
# a text.
_LABEL_HINT = re.compile(
    r"(?=[abcefhijklmnopqrsuvwzźилсп参出外関相原元要抜翻引転fhπβαдlр참출dtnמاšбі])(?:"
    r"sourc|refer|notes|further|more\s+read|read\s+more|works|citation|bibliogr|studies|literat|extern|credit|additional|"
    r"previous\s+res|prior\s+res|earlier\s+res|"
    r"quell|einzelnach|weblink|nachweis|weiterf|zusatz|weiterles|référ|liens|pour\s+aller|fuente|enlaces|fonte|"
    r"fonti|ligaç|riferim|collegam|bron|links|weitere\s+inf|mehr\s+inf|resources|original|vertiefung|aller\s+plus|"
    r"anmerk|fußnot|endnot|footnot|im\s+web|via|źród|przypis|zdroj|použit|источн|литер|список|примеч|kilder|källor|"
    r"lähteet|kaynak|参考|出典|外部|関連|相关|相關|原文|元記事|原著|要約|抜粋|翻訳|引用|転載|adapted\s+from|translated\s+from|excerpted\s+from|summari[sz]ed\s+from|this\s+(?:article|post|story)\s+(?:is|was)\s+(?:adapted|translated|excerpted|summari)|webograph|sitogra|journal\s+ref|study\s+ref|fachart|"
    r"more\s+inf|for\s+more|useful|helpful|pour\s+en|plus\s+d|más\s+inf|para\s+saber|per\s+saperne|approfond|maggiori|"
    r"meer\s+inf|więcej|mais\s+inf|forrás|hivatkoz|πηγ|βιβλιογρ|αναφορ|surse|джерел|літер|참고|출처|daftar|sumber|"
    r"tài\s+liệu|nguồn|מקור|المصاد|المراج|المصدر|piśmien|wykaz|seznam|zoznam|popis|библиогр|бібліогр|irodal|avoti|"
    r"atsauc|šaltin|allik|kirjand|viit|kirjall|izvor|извор|viri|източн|използв|референц|referenc|heimild|kildel|"
    r"litteratur|källför|jegyzet)",
    re.IGNORECASE,
)
# The same for ASCII text lower-cased, where it matches exactly what the case-blind search does
# (only A-Z fold to its letters) at a quarter of its cost: about 200 texts a page are tested.
_LABEL_HINT_LOWER = re.compile(_LABEL_HINT.pattern)
_EDIT = re.compile(r"^\W*(?:edit|bearbeiten|modifier|editar|quelltext bearbeiten|edit source|modifier le code|"
                   r"editar código)\W*$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]")
# A home page's path: none, a language's ("/de/") or an index file ("/index.html").
_INDEX = re.compile(r"/?(?:[a-z]{2}(?:-[a-z]{2})?/?)?(?:index\.\w+)?", re.IGNORECASE)
_LINK = etree.XPath("boolean(descendant-or-self::a[@href])")
# A link's attributes that make it a button opening a collapsed section.
_TOGGLE_ATTRIBUTES = frozenset({"aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle"})
# A link to a paper by its DOI.
_DOI_LINK = re.compile(r"^\s*(?:https?:)?//(?:dx\.)?doi\.org/10\.", re.IGNORECASE)
# The id a toggle button names its panel by (a selector other than "#id" names no one panel).
_PANEL_ID = re.compile(r"[\w:.-]+")
# An entry's link: (href, text, the number of the reference list item it is in, 0 outside one, INTRO_ENTRY in
# the box's introduction: see _is_intro; the <a> element, None for a URL printed as text).
Entry = tuple[str, str, int, etree._Element | None]
INTRO_ENTRY = -1
MIN_INTRO_CHARS = 40
_ENTRY_IDS = count(1)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# An accordion's toggle button is its section's label: the WAI-ARIA and Bootstrap accordions put a "Sources"
# section's title in a <button> (inside a heading or not) that opens the collapsed list after it.
_LABEL_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "i", "p", "div", "span", "dt", "summary",
                         "li", "em", "header", "button"})
# Labels that may open with a child element: "<h2><a name=credits>Credits</a></h2>", rfcmarkup's
# "<span class=h2><a>17</a>. References</span>", "<h3><a href=…>Quelle: …</a></h3>".
_OPENED_BY_CHILD = _HEADINGS | {"span"}
# Siblings that are page furniture of their own: a box ends before them.
_END_TAGS = frozenset({"nav", "aside", "footer", "form"})
# The heading of a box offering the site's publications or downloads (brochures to order, logo files).
_OFFER = re.compile(rf"^\W*(?:{OFFER_LABELS})\W*$", re.IGNORECASE)
# A paragraph that is only a rule drawn in text ("---", "* * *", "___").
_TEXT_RULE = re.compile(r"^\s*(?:[-*_=~]\s*){3,}$")
# A printed URL ends at the next one run together with it ("…klima.pdfhttps://www.wwf.de/…"), and
# a "www." address printed without its scheme is one too, as is a host name followed by a path (a reference
# list's "doi.org/10.1111/2041-210X.13974", "pubmed.ncbi.nlm.nih.gov/30293909/": reference managers and styles
# that print the DOI resolver without its scheme, as R's mvgam prints its citations, nicholasjclark/mvgam,
# README.md). A bare host without a path ("Nature.com") names a site, not an address, and a top-level domain is
# printed in lower case ("J.Clin.Endocrinol/Metab" is a journal's abbreviation).
_URL_CHAR = r"(?!https?://)[^\s<>\"'()\[\]…]"
_TEXT_URL = re.compile(
    rf"(?:https?://|(?<![\w@/.-])www\.(?=[\w-]+\.[a-z])|(?<![\w@/.-])(?=(?:[a-z\d][a-z\d-]*\.)+(?-i:[a-z]{{2,24}})/[^\s/]))"
    rf"(?:{_URL_CHAR})*(?!https?://)[^\s<>\"'()\[\].,;:!?…]",
    re.IGNORECASE,
)
# A URL printed over two lines of a plain-text document: the next line's run continues it when the
# first ends in "-" or "/" or the run starts with "/".
_WRAPPED = re.compile(r"^\n[ \t]*([^\s,;]+)")
# A reference's identifier links that name the scheme or the journal, not the work: a wiki's page
# on "doi" or "ISSN", the ISSN catalogue, arXiv's category listing.
_SCHEME_NAME = re.compile(r"^(?:doi|pmid|pmc|pmcid|e?issn|isbn|arxiv|oclc|bibcode|s2cid|jstor|hdl|lccn|zbl|mr|osti|"
                          r"ssrn|citeseerx|eprint|asin)$", re.IGNORECASE)
_CATALOGUE = re.compile(r"^(?:https?:)?//(?:www\.|search\.)?(?:worldcat\.org/issn/|portal\.issn\.org/|"
                        r"arxiv\.org/(?:archive|list)/)", re.IGNORECASE)
# A footnote list, as the renderers class it: Goldmark (Hugo), kramdown (Jekyll), PHP Markdown Extra, MultiMarkdown and
# Pandoc's "footnotes" container (Pandoc's id "footnotes"), markdown-it-footnote's "section.footnotes >
# ol.footnotes-list", Python-Markdown's "div.footnote", WordPress's footnotes block "ol.wp-block-footnotes", Substack's
# notes ("div.footnote" each). The label its entries are listed under where no heading names the list: the English
# name of the convention the markup names (``class="footnotes"``, ``role="doc-endnotes"``), as GitHub prints it for
# screen readers ("<h2 class=sr-only>Footnotes</h2>"). The plural as a part of a class name too: Easy Footnotes prints
# "ol.easy-footnotes-wrapper" of "li.easy-footnote-single", without its "Footnotes" title where the site turns it off
# (jasonyingling/easy-footnotes, easy-footnotes.php). The word names the list, not a state of the page: "has-footnotes",
# "no-footnotes", "show-footnotes" (a post's or body's class saying whether notes are printed) and "footnotes-toggle"
# (the button) class the whole post or a control, whose first <ol> is any list of the text.
_FOOTNOTES = re.compile(r"(?:^|\s)(?!(?:has|no|show|hide|with|without|toggle|is|js|enable|disable)[-_]footnotes)"
                        r"(?:[\w-]*[-_])?footnotes(?:[-_](?:wrapper|list|container|section|area|block|inner))?(?:\s|$)"
                        r"|^footnote(?:\s|$)")
FOOTNOTES_LABEL = "Footnotes"
MIN_CITING_NOTES = 2
# Substack's note number, the link back to its marker that opens each note it prints as a block.
_NOTE_NUMBER_LINK = re.compile(r"(?:^|\s)footnote-number(?:\s|$)")
# The author box under a post, as WordPress's default themes print it around the author's own description (Twenty
# Fifteen and Twenty Sixteen "div.author-info" > "div.author-description", template-parts/biography.php; Twenty
# Nineteen to Twenty Twenty-One "div.author-bio"), Genesis's "section.author-box" and Simple Author Box's
# "div.saboxplugin-wrap".
_AUTHOR_BOX = re.compile(r"(?:^|\s)(?:author-(?:info|bio|box|description)|about-author|saboxplugin-wrap)(?:$|\s)",
                         re.IGNORECASE)
# A picture's caption or credit: a "Quelle:" there credits the photo.
_CAPTION = re.compile(r"(?:^|[\s_-])(?:caption|credit|copyright|bildnachweis|bildquelle|photo|foto|image|img)",
                      re.IGNORECASE)


@dataclass(frozen=True)
class BoxLink:
    """One entry of a sources box: its URL (as written, resolved by the caller), text and label.

    ``line`` marks an entry of a one-line "Quelle: …" source: it names another publication, so the
    caller keeps it only when it leads to another site (a teaser "Literatur: <a>…</a>" does not).
    ``closing`` marks an entry under a label that heads a box only where it closes the article
    ("Links", "Weitere Informationen"): "after" where the article text ends before the label, "list"
    where the box is a list of links the text goes on past. The caller keeps such a box that never
    leaves the site only as one entry after the text (a pointer to the site's topic page; several
    are its related pages, and a teaser box inside the text is one of them).
    """

    href: str
    text: str
    label: str
    line: bool = False
    closing: str = ""
    # The reference-list item the link is in: a wiki reference's links to its author's or publisher's
    # page beside the cited work's own link are names, not entries (see citations). INTRO_ENTRY: a link of
    # the box's introduction, which the caller keeps only where it leaves the site (the study it names, not the
    # site's editorial policy).
    entry: int = 0
    # The <a> element the entry is read from (None for a URL printed as text): where the link stands.
    anchor: etree._Element | None = field(default=None, compare=False, repr=False)


def source_box_links(
    root: etree._Element, body: tuple[etree._Element, etree._Element] | None = None,
    notes: Sequence[etree._Element] = (), site: str | None = None,
) -> list[BoxLink]:
    """The links of every sources box of the page, in page order, each URL once (or twice: see ``seen``).

    ``body`` is the first and the last element of the located article text: a box under a closing
    label ("Links", "Weitere Informationen") counts only where it closes the article (see
    _closes_article). ``notes`` are the elements the page's markup names a footnote list (see
    ``footnote_list_name``), in page order: one that cites works is a box of its own where no label heads it.
    """
    links: list[BoxLink] = []
    # Each URL once; one first listed under a closing label comes again from a later box (the caller may
    # drop the closing box).
    seen: dict[str, bool] = {}
    boxes = lines = counted = 0
    order: dict[etree._Element, int] = {}
    # Without a located text, the element the markup marks as the article places a closing label.
    region: list[tuple[etree._Element, etree._Element] | None] = [body]
    for label_el in _label_candidates(root):
        label_text = text_of(label_el)
        line = None
        closing = listed = phrase = closing_line = read_more = False
        # A section of printed web addresses right after the box, closing the article (see _web_list_after).
        more: tuple[str, list[Entry]] | None = None
        if len(label_text) > MAX_LABEL_CHARS or not _LABEL.match(label_text):
            closing = len(label_text) <= MAX_LABEL_CHARS and _CLOSING_LABEL.match(label_text) is not None
            phrase = not closing and len(label_text) <= MAX_PHRASE_CHARS and _PHRASE_LABEL.match(label_text) is not None
            closing = closing or phrase
            listed = not closing and _list_link(label_el, label_text) is not None
            if not (closing or listed) and len(label_text) <= MAX_LINE_CHARS:
                line = _LINE_LABEL.match(label_text)
                if line is None and (line := _CLOSING_LINE.match(label_text)) is not None:
                    closing_line = True
            if not (closing or listed or line) and len(label_text) <= MAX_LINE_CHARS and (
                    line := _BASED_ON.match(label_text)) is not None:
                closing_line = True
            if not (closing or listed or line) and len(label_text) <= MAX_LINE_CHARS and (
                    lead := _READ_MORE.match(label_text)) is not None:
                read_more = True
                line = lead if lead.group("rest").strip() else None
            if not (closing or listed or line or read_more):
                continue
        if _carried_by_child(label_el, label_text, whole=line is None):
            continue
        if in_site_furniture(label_el, boxes_in_text=True) or _in_caption(label_el) or _in_author_box(label_el):
            continue
        # A label that is a link's own text ("<a href=…><span>Quelle</span></a>" under a book cover)
        # heads nothing: it is that link.
        if not listed and line is None and _in_link(label_el):
            continue
        if listed:
            link = _list_link(label_el, label_text)
            assert link is not None
            label = label_text.strip()
            entries = [(href, text, 0, link) for href, text in _link(link, (link.get("href") or "").strip())]
        elif line is not None:
            label = line.group(1).strip()
            entries = list(_links_in(label_el))
            if closing_line and not (len(entries) <= MAX_CLOSING_ENTRIES and _after_prose(label_el)):
                continue
            if not closing_line and not read_more and _credits_agency(entries):
                continue
        else:
            label = label_text.strip().rstrip(":：").strip()
            if (whole := _LABEL.match(label_text)) is not None and (whole.group("verb") or whole.group("after")):
                label = whole.group("name")
            # A label inside a heading ("<h2><span>References</span><span>[edit]</span></h2>") starts
            # its box after the heading, not at the heading's own links.
            heading = next((a for a in label_el.iterancestors() if a.tag in _HEADINGS), None) if label_el.tag not in _HEADINGS else None
            chars = [0, 0, 0, 0]
            anchor = heading if heading is not None else label_el
            panel = _controlled_panel(label_el)
            if panel is not None:
                entries = list(_links_in(panel))
                chars[:] = [len(text_of(panel)), sum(len(text_of(link)) for link in panel.iter("a")),
                            sum(1 for _ in panel.iter("ol")), 0]
            else:
                entries = list(_entries(anchor, chars, closing, run=phrase or read_more))
            more = None if closing or panel is not None else _web_list_after(anchor)
            # Numbered notes are a reference list wherever the text goes on after them (an accordion).
            if _NOTE_LABEL.match(label_text) is None:
                chars[2] = 0
            # "Source :" over its own block of links (Source Affix's "span.source-title" + "div.sa-source-content")
            # is a source line set on two blocks: home pages under their names credit agencies there too.
            if _CREDIT_LABEL.match(label) and _credits_agency(entries):
                continue
            if closing and not (
                len(entries) <= MAX_CLOSING_ENTRIES
                and _closes_article(label_el, chars, region, root, order,
                                    cites=any(_DOI_LINK.match(entry[0]) for entry in entries))
            ):
                continue
        if read_more and not (entries and all(_off_site(href, site) for href, _, _, _ in entries)):
            continue
        # One headline opening its line in the middle of the text ("<p>Read more: <a>Governor orders evacuation of
        # the camp</a></p>" between two paragraphs, a Gannett paper's teaser of USA Today's story) is a read-also
        # line to a sister publication, wherever it leads; a report it is based on is listed where the text ends or
        # under a lead-in of its own.
        if read_more and line is not None and len(entries) == 1 and _prose_follows(label_el):
            continue
        # A box the page classes as related (read only because it follows its label) that never leaves the
        # site is the site's related pages wherever it stands.
        kind = ("after" if _after_text(label_el, region[0], order) and not chars[3] else "list") if closing else ""
        groups = [(label, entries)] + ([more] if more is not None else [])
        if not any(found for _, found in groups):
            continue
        if line is None:
            boxes += 1
        else:
            lines += 1
        for href, text, entry, link_el, label in ((*found, name) for name, group in groups for found in group):
            key = href.split("#", 1)[0]
            if key in seen and not (seen[key] and not kind):
                continue
            seen[key] = bool(kind) and seen.get(key, True)
            # The original of a translation is no teaser of another publication: its same-site edition stays.
            line_entry = line is not None or (listed and not _ORIGINAL_LINK.match(label))
            links.append(BoxLink(href=href, text=text, label=label, line=line_entry, closing=kind,
                                 entry=entry, anchor=link_el))
            # A closing box (ten entries at most) the caller may drop does not use up the others' room.
            counted += not kind
            if counted >= MAX_ENTRIES:
                return links
        if boxes >= MAX_BOXES or lines >= MAX_LINES:
            break
    for entries in _footnote_lists(notes, site):
        if boxes >= MAX_BOXES:
            break
        boxes += 1
        for href, text, entry, link_el in entries:
            key = href.split("#", 1)[0]
            if key in seen and not seen[key]:
                continue
            seen[key] = False
            links.append(BoxLink(href=href, text=text, label=FOOTNOTES_LABEL, entry=entry, anchor=link_el))
            counted += 1
            if counted >= MAX_ENTRIES:
                return links
    return links


def footnote_list_name(name: str) -> bool:
    """A class or id naming a footnote list as the Markdown renderers and footnote blocks print it (``_FOOTNOTES``)."""
    return _FOOTNOTES.search(name) is not None


def _footnote_lists(containers: Sequence[etree._Element], site: str | None) -> Iterator[list[Entry]]:
    """The entries of each footnote list without a label that cites works: its notes are the items of the
    list's ``<ol>`` (or the notes the page prints one by one, Substack's), and more than half of them,
    two at least, cite by a link or a printed URL to another site (``site``: the page's registrable domain).
    Explanatory notes ("Sometimes known as alert spam") with a link here and there, or linking the site's own
    guides, are no source list (the labelling guide's SRE book and one-note alexander-klier), nor is a list in a
    sidebar or comment. A list inside another one found is read with it."""
    read: set[etree._Element] = set()
    for container in containers:
        if container in read or read.intersection(container.iterancestors()) or in_site_furniture(container):
            continue
        notes = _notes(container)
        if not notes:
            continue
        read.update((container, *notes))
        found = [[(href, text, entry or item, link) for href, text, entry, link in _links_in(note)]
                 for item, note in zip(_ENTRY_IDS, notes)]
        citing = sum(1 for entries in found if any(_off_site(href, site) for href, _, _, _ in entries))
        if citing >= MIN_CITING_NOTES and 2 * citing > len(notes):
            yield [entry for entries in found for entry in entries]


def _off_site(href: str, site: str | None) -> bool:
    """A link to another site: a note linking the site's own pages ("see our <a href=/guides/steps>guide</a>", a
    glossary entry) explains the text; one citing a work links where the work is."""
    return (domain := registrable_domain(href)) is not None and domain != site


def _notes(container: etree._Element) -> list[etree._Element]:
    """The notes of a footnote list: the items of the container's list (it, or the first ``<ol>`` inside it:
    Goldmark's, kramdown's, Pandoc's, Python-Markdown's ``<div class=footnotes><hr><ol>``), else, for a note
    printed as a block of its own (Substack's ``div.footnote`` > ``a.footnote-number``), it and the notes
    printed after it."""
    listed = container if container.tag == "ol" else next(container.iter("ol"), None)
    if listed is not None:
        return [item for item in listed if item.tag == "li"]
    if not _NOTE_NUMBER_LINK.search(" ".join(a.get("class") or "" for a in islice(container.iter("a"), 1))):
        return []
    notes = [container]
    for sibling in container.itersiblings():
        if isinstance(sibling.tag, str) and sibling.get("class") == container.get("class"):
            notes.append(sibling)
    return notes


def _closes_article(label: etree._Element, chars: list[int],
                    region: list[tuple[etree._Element, etree._Element] | None], root: etree._Element,
                    order: dict[etree._Element, int], cites: bool = False) -> bool:
    """A box under a closing label ("Links", "Weitere Informationen", "Resources") closes the article:
    it comes after the start of the located article text (a header's or a left column's "Links"
    is the site's), and either the article text ends before it or the box is a list of links (their
    text at least half of the box's) or of numbered notes, or it ``cites`` a paper by its DOI link (a
    science-news site's "More information: <the paper's reference> <a>DOI</a>", kept in the text). A "Resources" section in the middle of an
    article, whose paragraphs go on after it, is prose with a link, not a list. The order of the page's elements
    is counted once, on the first closing label (most pages have none). ``region`` holds the located
    text's first and last elements; where none was located, the same pass puts there the first element
    marked as the article (``entry-content``, ``article-content``, ``itemprop=articleBody``) and its last
    descendant: its text is the article's."""
    if not order:
        container = None
        for n, node in enumerate(root.iter()):
            order[node] = n
            if region[0] is None and container is None and isinstance(node.tag, str) and (
                _ARTICLE_CONTAINER.search(node.get("class") or "") or node.get("itemprop") == "articleBody"
            ):
                container = node
        if container is not None:
            last = container
            while len(last) and isinstance(last[-1].tag, str):
                last = last[-1]
            region[0] = (container, last)
    if region[0] is None:
        return False
    first, last = region[0]
    at = order.get(label, -1)
    if at <= order.get(first, len(order)):
        return False
    return order.get(last, len(order)) < at or 2 * chars[1] >= chars[0] or chars[2] > 0 or cites


def _after_text(label: etree._Element, body: tuple[etree._Element, etree._Element] | None,
                order: dict[etree._Element, int]) -> bool:
    """The located article text ends before ``label`` (its order counted by _closes_article)."""
    return body is not None and order.get(body[1], len(order)) < order.get(label, -1)


def _web_list_after(anchor: etree._Element) -> tuple[str, list[Entry]] | None:
    """The next section after a source box's heading, when it closes the article and is a list of printed web
    addresses: a heading of the same level ("Und zum Schluss - Das BananenWeb" after "Literaturverzeichnis")
    over one list, the last thing in its container, each of whose items (three or more) links an address it
    prints ("www.banafair.de"). Such a list is the article's web links whatever its heading says; a list
    whose links carry words (other articles, products) is not one."""
    level = _heading_level(anchor)
    if level is None:
        return None
    heading = next((sibling for sibling in islice(anchor.itersiblings(), MAX_SIBLINGS)
                    if isinstance(sibling.tag, str) and _heading_level(sibling) is not None), None)
    if heading is None or _heading_level(heading) != level:
        return None
    block = heading.getnext()
    while block is not None and not isinstance(block.tag, str):
        block = block.getnext()
    if block is None or block.tag not in ("ul", "ol") or not _ends_its_parent(block):
        return None
    items = [item for item in block if item.tag == "li"]
    if len(items) < 3 or len(items) > MAX_ENTRIES:
        return None
    entries: list[Entry] = []
    for item in items:
        links = [link for link in item.iter("a") if _TEXT_URL.fullmatch(text_of(link))]
        if not links:
            return None
        entries.extend((href, text, 0, link) for link in links for href, text in _link(link, (link.get("href") or "").strip()))
    label = text_of(heading).strip()
    return (label, entries) if label and len(label) <= MAX_LABEL_CHARS else None


def _credits_agency(entries: list[Entry]) -> bool:
    """A source line whose links are each a site's home page under its name ("Quelle: <a href=https://www.dpa.de/>
    dpa</a>", "Sources: <a href=https://www.reuters.com/>Reuters</a>, <a href=https://apnews.com/>AP</a>", as Source
    Affix prints its comma-separated sources, ernilambar/source-affix, includes/classes/class-source-affix.php)
    credits agencies or publishers as an unlinked "Quelle: dpa" does: it names no work. A printed address ("Quelle:
    <a>www.ischgl.com</a>") is what the reader is pointed to, an entry."""
    return bool(entries) and all(_home_page_credit(href, text) for href, text, _, _ in entries)


def _home_page_credit(href: str, text: str) -> bool:
    """A link to a site's home page under the site's name, not its printed address."""
    parts = urlsplit(href)
    return bool(parts.netloc) and not parts.query and _INDEX.fullmatch(parts.path) is not None and (
        _TEXT_URL.fullmatch(text.strip()) is None)


def _after_prose(el: etree._Element) -> bool:
    """The blocks before ``el`` (before its parent, a few levels up, where it opens its parent) hold the
    article's prose: text outside links, at least MIN_PROSE_CHARS of it in the MAX_SIBLINGS blocks before.
    A "Links:" line in a site's header or menu follows other links, not a text."""
    node: etree._Element | None = el
    for _ in range(MAX_CLIMB):
        if node is None or node.tag in ("body", "html"):
            return False
        prose = 0
        for sibling in islice(node.itersiblings(preceding=True), MAX_SIBLINGS):
            if not isinstance(sibling.tag, str):
                continue
            prose += len(text_of(sibling)) - sum(len(text_of(link)) for link in sibling.iter("a"))
            if prose >= MIN_PROSE_CHARS:
                return True
        node = node.getparent()
    return False


def _in_link(el: etree._Element) -> bool:
    """Inside a link that is not an accordion's toggle ("<a href=#collapse-1 role=button><h4>Anmerkungen</h4>
    </a>" opens the section the label heads). A table of contents' link names a section elsewhere."""
    return any(node.tag == "a" and not _TOGGLE_ATTRIBUTES.intersection(node.attrib) and node.get("role") != "button"
               for node in islice(el.iterancestors(), MAX_CLIMB))


def _controlled_panel(el: etree._Element) -> etree._Element | None:
    """The panel a toggle button opens ("<button aria-controls=refs>", Bootstrap's "data-target=#refs"): the
    button's box is that panel, wherever it stands; what stands between them (a drug page's visible "Autor:"
    row above its collapsed sources) is not in it."""
    if el.tag != "button":
        return None
    for name in ("aria-controls", "data-target", "data-bs-target"):
        target = (el.get(name) or "").split()
        if target and _PANEL_ID.fullmatch(ident := target[0].removeprefix("#")):
            found = el.getroottree().xpath("//*[@id=$ident]", ident=ident)
            if found:
                return found[0]
    return None


def _list_link(el: etree._Element, text: str) -> etree._Element | None:
    """The link whose whole text names the article's reference list ("<a><strong>Literaturliste zum
    Download</strong></a>"), the label element itself or its parent."""
    if not (_LIST_LINK.match(text) or _ORIGINAL_LINK.match(text)) or len(text) > MAX_LABEL_CHARS:
        return None
    for node in (el, el.getparent()):
        if node is not None and node.tag == "a" and node.get("href") and text_of(node) == text:
            return node
    return None


def _label_candidates(root: etree._Element) -> Iterator[etree._Element]:
    """Elements whose own first text could be a label: a cheap test of ``el.text`` on each (or of
    its first child's text and tail when it opens with a child: "<h2><a name=…>Credits</a></h2>",
    "<span><a>17</a>. References</span>"), the full text only for the few that pass (a string value
    per element would cost quadratic time)."""
    for el in islice(root.iter(*_LABEL_TAGS, "a"), MAX_LABELS):
        text = el.text
        # A link is a label only where its own text names a translation's original (see _ORIGINAL_LINK).
        if el.tag == "a":
            if text and text.lstrip().startswith(_ORIGINAL_WORDS):
                yield el
            continue
        # Only a heading's or a span's child is looked into: a proxy for every element's first child
        # would triple the scan's cost.
        if text is None and el.tag in _OPENED_BY_CHILD and len(el) and isinstance(el[0].tag, str):
            text = f"{el[0].text or ''}{el[0].tail or ''}"
        if not text:
            continue
        if len(text) <= MAX_LABEL_CHARS * 2:
            if _LABEL_HINT_LOWER.search(text.lower()) if text.isascii() else _LABEL_HINT.search(text):
                yield el
        # A longer text is a source line only if it opens with its label ("Quelle: Carlsen OCL et al.: …").
        elif _LINE_LABEL.match(text[:MAX_LABEL_CHARS]):
            yield el


def _carried_by_child(el: etree._Element, text: str, whole: bool) -> bool:
    """A child holds the same text: "<p><strong>Quellen:</strong></p>" is read once, at the
    child. A name anchor ("<h2><a name=credits>Credits</a></h2>") and, for a source line, the
    line's own link ("<h3><a href=…>Quelle: …</a></h3>") leave the label to the parent."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "a" and (not whole or not child.get("href")):
            continue
        if not whole and child.tag not in _LABEL_TAGS:
            continue
        if text_of(child) == text:
            return True
    return False


def _in_caption(el: etree._Element) -> bool:
    """Inside a figure or a picture's caption or credit: a "Quelle:" there credits the photo. The climb stops
    at the article's own container, whose class may name its post format (WordPress's "hentry
    format-image")."""
    for node in islice(el.iterancestors(), MAX_CLIMB):
        if _ARTICLE_CONTAINER.search(node.get("class") or ""):
            break
        if node.tag in ("figure", "figcaption") or _CAPTION.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return _CAPTION.search(el.get("class") or "") is not None


def _in_author_box(el: etree._Element) -> bool:
    """Inside the author box under a post (``_AUTHOR_BOX``): the author's biography, which the author writes, lists
    their own books ("Bibliography: <a>The Vitamin Myth</a>") or sites; they are no sources of the article."""
    return any(_AUTHOR_BOX.search(f"{node.get('class') or ''} {node.get('id') or ''}")
               for node in islice(el.iterancestors(), MAX_CLIMB * 2))


def in_site_furniture(el: etree._Element, boxes_in_text: bool = False) -> bool:
    """Inside a sidebar, widget, navigation, site footer or comment: a box there is the site's. With
    ``boxes_in_text`` (a sources box's label), a side box set into the article's prose is not (see _set_in_text).

    Narrower than the furniture other fields avoid: a theme's "forced_menu" or "teaser" class on
    the article's wrapper must not hide the article's own box.
    """
    node = el.getparent()
    for _ in range(MAX_ANCESTORS):
        if node is None or node.tag in ("body", "html"):
            return False
        # The article's own container: what wraps it (Blogger's "widget Blog") is not the box's furniture.
        if _ARTICLE_CONTAINER.search(node.get("class") or "") or node.get("itemprop") == "articleBody":
            return False
        if _SUPPLEMENT.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return False
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        # A box floated into the text (see _set_in_text) is the article's own, however it is classed.
        if boxes_in_text and (node.tag == "aside" or _SIDE_BOX.search(names)) and _set_in_text(node):
            node = node.getparent()
            continue
        if node.tag in ("aside", "nav", "footer") and not _ARTICLE_FOOTER.search(node.get("class") or ""):
            return True
        if _FURNITURE.search(names):
            return True
        node = node.getparent()
    return False


def _prose_follows(el: etree._Element) -> bool:
    """Whether a paragraph of prose (MIN_PROSE_PARAGRAPH characters) comes right after the line ``el`` is or
    opens (its paragraph)."""
    node: etree._Element | None = el
    while node is not None and node.tag not in ("p", "div", "li", "blockquote"):
        node = node.getparent()
    after = _element_sibling(node, preceding=False) if node is not None else None
    return after is not None and after.tag == "p" and len(text_of(after)) >= MIN_PROSE_PARAGRAPH


def _set_in_text(node: etree._Element) -> bool:
    """A side box set into the article's prose: inside one of its paragraphs, or between two paragraphs of prose.
    A news template floats its in-body pullboxes there (Ars Technica's "Further Reading" teaser of an earlier story,
    ``<p><aside class="pullbox sidebar story-sidebar right">…<h3>Further Reading</h3><a>…</a></aside>Text…</p>``,
    which a parser that knows <aside> closes the paragraph before); a site's sidebar stands beside the article's
    container, never among its paragraphs."""
    parent = node.getparent()
    if parent is not None and parent.tag == "p":
        return True
    around = [_element_sibling(node, preceding=True), _element_sibling(node, preceding=False)]
    return all(sibling is not None and sibling.tag == "p" and len(text_of(sibling)) >= MIN_PROSE_PARAGRAPH
               for sibling in around)


def _element_sibling(node: etree._Element, preceding: bool) -> etree._Element | None:
    """The element right before (``preceding``) or after ``node``, comments and processing instructions aside."""
    for sibling in node.itersiblings(preceding=preceding):
        if isinstance(sibling.tag, str):
            return sibling
    return None


def _entries(label: etree._Element, chars: list[int] | None = None, closing: bool = False,
             run: bool = False) -> Iterator[Entry]:
    """The (href, text, entry) links following a label: the siblings after it up to the next heading,
    else, when the label ends its element (a label wrapped in its own element), those after its
    parent, climbing a few levels. A label followed by entries without links (a list of books) has
    no linked entries: climbing past them would take whatever follows the box for it. ``chars``
    gets the box's text and link text lengths, its count of numbered notes (see _closes_article) and of
    blocks classed as the end of a box ("news-related") it holds as the block right after its label. ``run``
    for a phrase label: its box is the run of blocks with links right after it (see _after)."""
    anchor = label
    for _ in range(MAX_CLIMB + 1):
        if chars is not None:
            chars[:] = [0, 0, 0, 0]
        found = list(_after(anchor, chars, marked=anchor is label, closing=closing, run=run))
        if found or not _ends_its_parent(anchor):
            yield from found
            return
        parent = anchor.getparent()
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            return
        anchor = parent


def _ends_its_parent(el: etree._Element) -> bool:
    """Nothing with text follows ``el`` inside its parent but its section's edit link or a collapse toggle of
    symbols: MediaWiki (1.43, Wikipedia since 2024) wraps each heading with its "[edit]" link in a
    ``div.mw-heading``, and the footnotes plugin by mark.reference (markcheret/footnotes,
    templates/public/reference-container.html) prints its "References" label in a ``<p>`` with a "[+]" button
    (``span.footnote_reference_container_collapse_button``) after it: either way the box follows the wrapper."""
    if (el.tail or "").strip():
        return False
    for sibling in el.itersiblings():
        if (sibling.tail or "").strip() or (isinstance(sibling.tag, str) and _WORDS.search(text_of(sibling))
                                            and not _edit_links(sibling)):
            return False
    return True


def _edit_links(el: etree._Element) -> bool:
    """``el`` holds only edit links and punctuation ("[edit | edit source]")."""
    links = list(el.iter("a"))
    rest = text_of(el)
    for link in links:
        rest = rest.replace(text_of(link), "", 1)
    return bool(links) and all(_EDIT.match(text_of(link)) for link in links) and not _WORDS.search(rest)


def _heading_level(el: etree._Element) -> str | None:
    """"h2" for an <h2>, and for an element a plain-text page marks as one (rfcmarkup's
    ``<span class="h2">``)."""
    if el.tag in _HEADINGS:
        return el.tag
    names = (el.get("class") or "").split()
    return next((name for name in names if name in _HEADINGS), None)


def _following(anchor: etree._Element) -> Iterator[etree._Element | Entry]:
    """The siblings after ``anchor``; in a plain-text document paged into <pre> blocks (an RFC's
    rfcmarkup page) they go on at the start of the next <pre>, whose leading text (before its first
    element) can print a URL: that one comes as an entry, (url, text), not as an element."""
    sibling = anchor.getnext()
    page = anchor.getparent()
    for _ in range(MAX_PRE_PAGES + 1):
        count = 0
        while sibling is not None and count < MAX_SIBLINGS:
            count += 1
            yield sibling
            sibling = sibling.getnext()
        if page is None or page.tag != "pre":
            return
        page = page.getnext()
        while page is not None and not isinstance(page.tag, str):
            page = page.getnext()
        if page is None or page.tag != "pre":
            return
        yield from ((url, text, 0, None) for url, text in _printed_urls(page.text))
        sibling = page[0] if len(page) else None


def _after(anchor: etree._Element, chars: list[int] | None = None, marked: bool = False,
           closing: bool = False, run: bool = False) -> Iterator[Entry]:
    """The entries after ``anchor``; ``marked`` when it is the label itself, whose tag and class are
    the page's mark of its section labels ("p.flapHead"), unlike a wrapper's layout class. ``closing``
    for a closing label ("Links"), whose box must close the article and leave the site when classed
    as related (see source_box_links). ``run`` for a phrase label ("Weitere genutzte Quellen:"), which
    announces the links right after it: the first block with text but no link or printed URL (a photo
    credit, then share buttons) ends its box."""
    level = _heading_level(anchor)
    mark = (anchor.tag, anchor.get("class")) if marked and anchor.get("class") else None
    # A bold lead-in label ("<strong>More information:</strong> <cite>… <a>DOI</a>") runs in its own block: a
    # block after it that opens with a lead-in of its own ("<div><strong>Journal information:</strong> <a>…")
    # is the next labelled section.
    lead_in = marked and anchor.tag in ("strong", "b") and text_of(anchor).endswith((":", "："))
    # The block right after a closing label is what it labels, whatever its class: a news CMS classes
    # every link list of an item "news-related", its "Links" too. (After a section's heading, a wiki's
    # "Main article" note classed "navigation" is no box.)
    first = marked and closing
    for sibling in _following(anchor):
        if isinstance(sibling, tuple):
            yield sibling
            continue
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _END_TAGS or sibling.tag == "hr":
            return
        sibling_level = _heading_level(sibling)
        if sibling_level is not None and (level is None or sibling_level <= level):
            return
        text = text_of(sibling)
        owned, first = first and bool(text), first and not text
        classed_end = _BOX_END.search(sibling.get("class") or "") is not None
        if _LABEL.match(text[:MAX_LABEL_CHARS + 1]) or (classed_end and not owned):
            return
        if run and text and not _LINK(sibling) and not _TEXT_URL.search(text):
            return
        # A rule written as text ("<p>---</p>") ends the box like an <hr>.
        if _TEXT_RULE.match(text):
            return
        if lead_in and _opens_with_lead_in(sibling):
            return
        # Another list's own label ("Verwandte Themen auf unserem Blog:", or a "Downloads" marked as
        # the box's label is: "<p class=flapHead>") ends this one.
        if len(text) <= MAX_LABEL_CHARS and not _LINK(sibling) and not _is_intro(sibling) and (
            text.endswith((":", "：")) or (mark is not None and (sibling.tag, sibling.get("class")) == mark)
        ):
            return
        # A section of a column's boxes that offers the site's publications to download or order
        # ("Publikationen" under "Zusatzinformationen") is no source.
        if _OFFER.match(next((piece for piece in sibling.itertext() if piece.strip()), "")):
            continue
        if chars is not None:
            chars[0] += len(text)
            chars[1] += sum(len(text_of(link)) for link in sibling.iter("a"))
            chars[2] += sibling.tag == "ol" or _NOTE_NUMBER.match(text) is not None
            chars[3] += classed_end
        yield from _links_in(sibling)


def _opens_with_lead_in(el: etree._Element) -> bool:
    """``el`` opens with a bold label of its own ending in a colon ("<strong>Journal information:</strong>")."""
    if (el.text or "").strip() or not len(el) or el[0].tag not in ("strong", "b"):
        return False
    label = text_of(el[0])
    return len(label) <= MAX_LABEL_CHARS and label.endswith((":", "："))


def _printed_urls(chunk: str | None, holder: etree._Element | None = None) -> Iterator[tuple[str, str]]:
    """URLs printed in ``chunk``, each with the text of ``holder`` (the element the chunk is read
    in). That text is read only once a URL is found: few chunks print one, and a parent's text read for
    the tail of each of its children was read once per child (12,000 texts over 430 pages)."""
    text = None
    for match in _TEXT_URL.finditer(chunk or ""):
        if text is None:
            text = text_of(holder)
        url = match.group(0)
        if not url.lower().startswith(("http", "www.")) and not is_domain_name(url.split("/", 1)[0]):
            # A host without its scheme names a domain under a public suffix: "Node.js/Express" (.js is none) is
            # a software's name in a reference's words.
            continue
        url = url if url.lower().startswith("http") else f"http://{url}"
        yield url, clean_text(text[:MAX_ENTRY_CHARS]) or url


def _links_in(el: etree._Element) -> Iterator[Entry]:
    """Links of an entry, and URLs printed as text outside links ("abgerufen am ...: https://..."), each
    with the number of the list item it is in (a reference list's ``<li>``), else 0."""
    entries: dict[etree._Element, int] = {}
    own = 0
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "li" and node is not el:
            entries[node] = next(_ENTRY_IDS)
        if node.tag == "p" and _is_intro(node):
            entries[node] = INTRO_ENTRY
        if node.tag == "a" and (href := (node.get("href") or "").strip()):
            if not href.startswith(("#", "javascript:", "mailto:")):
                item = next((entries[a] for a in islice(node.iterancestors(), MAX_CLIMB * 2) if a in entries), own)
                yield from ((url, text, item, node) for url, text in _link(node, href))
        if node.tag != "a":
            yield from ((url, text, own, None) for url, text in _printed_urls(node.text, node))
        yield from ((url, text, own, None) for url, text in _printed_urls(node.tail, node.getparent() if node is not el else None))


def _is_intro(el: etree._Element) -> bool:
    """A paragraph of prose right before the box's list: the box's introduction ("Verywell Health uses only
    high-quality sources … Read our <a>editorial process</a>", "This article is based on the following studies:"),
    not an entry. Prose: MIN_INTRO_CHARS of text outside links at least, twice its links' text."""
    following = el.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None or following.tag not in ("ul", "ol") or next(el.iter("li", "ul", "ol"), None) is not None:
        return False
    text = len(text_of(el))
    linked = sum(len(text_of(link)) for link in el.iter("a"))
    return text - linked >= MIN_INTRO_CHARS and linked * 3 <= text


def _link(node: etree._Element, href: str) -> Iterator[tuple[str, str]]:
    """A link's entry. A link that prints a URL other than its target gives the printed one: the
    reader sees it, and a copied href may point at the entry above, or a URL wrapped over two lines
    of a plain-text page may be linked by its first line only. An edit link or a reference's link
    to the name of its identifier scheme ("doi", "ISSN": a wiki's page on it, not the work's "[DOI]" link) or to a
    journal catalogue is no entry."""
    text = text_of(node)
    # PMC's and journals' reference lists print the work's own resolver links as "[DOI] [PubMed]": a scheme's name
    # that leads to an identifier of the work is its link, not the wiki's page on the scheme.
    if _EDIT.match(text) or (_SCHEME_NAME.match(text) and not identifiers_in_url(href)) or _CATALOGUE.match(href):
        return
    printed = text if _TEXT_URL.fullmatch(text) else None
    if printed is not None and (printed.endswith(("-", "/")) or (node.tail or "").lstrip(" \t\n").startswith("/")):
        wrapped = _WRAPPED.match(node.tail or "")
        if wrapped and any(a.tag == "pre" for a in node.iterancestors()):
            printed += wrapped.group(1).rstrip(".,;:!?")
    if printed is not None:
        printed = printed if printed.lower().startswith("http") else f"http://{printed}"
        if not _comparable(href).startswith(_comparable(printed)):
            yield printed, printed
            return
    yield href, text or href


def _comparable(url: str) -> str:
    """A URL without scheme, "www." and final slash, to tell a printed URL from its link's."""
    url = re.sub(r"^(?:https?:)?//(?:www\.)?", "", url.strip(), flags=re.IGNORECASE)
    return url.rstrip("/")
