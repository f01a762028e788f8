"""Related-post evidence beside the named blocks: post navigation, sales links, card meta lines.

- Post navigation ("← Previous post", "Nächster Beitrag →", ``rel="prev"``/``rel="next"`` links
  in the page, WordPress' ``nav-previous``/``nav-next``) names the neighbouring posts: they are
  related posts a reader is offered, and their links are not the article's text.
- A "You might also like" block of a magazine mixes articles with its shop, subscription and
  kiosk offers; those are sales, not posts.
- A card labelled "Advertorial", "Anzeige" or "Sponsored" (its category or badge) is paid
  placement, not a post the article's readers are offered for its subject.
- A card's meta line "Jane Roe · 20 Nov 2025" names its author without a "By".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from urllib.parse import urlsplit, urlunsplit

from lxml import etree

from harvester.dates import search_date
from harvester.document import Page
from harvester.document.markup import shown_to_screen_readers_only
from harvester.document.parse import top_level_children
from harvester.document.text import clean_text, text_of

__all__ = ["NavLink", "is_sales_link", "is_sponsored_card", "is_sponsored_label", "meta_line_author", "name_before_digits", "post_navigation", "printed_date", "without_arrows", "without_printed_time"]

MAX_NAV_LINKS = 6
MAX_NAV_REGIONS = 10
MAX_NAME_WORDS = 5
# The ``<time>`` elements of a card looked at for one printed after its title.
MAX_CARD_TIMES = 3
# How many links of a title's element are looked through for the date printed after them.
MAX_STAMP_PARTS = 40
# The longest text that may be a date and nothing else ("Wednesday, 20 November 2025, 14:30"), and what it may
# print beside the date ("| ", "am").
MAX_DATE_STAMP_CHARS = 40
MAX_DATE_STAMP_REST = 3

# The lookahead on the first letters lets the search skip other positions at once; same matches.
_NAV_NAME = re.compile(
    r"(?=[pnseacio])(?:post-?navigation|nav-?links|nav-?single|single-?nav|post-?nav|postnav|"
    r"navigation-?(?:post|single|next|prev)|"
    r"prev-?next|next-?prev|nav-?previous|nav-?next|previous-?post|next-?post|prev-?post|post-?prev|post-?next|"
    r"entry-?navigation|article-?navigation|content-nav|nav-?prev|pager-?(?:prev|next|newer|older)|adjacent|"
    # Bootstrap's pager, "<ul class=pager><li class=previous><a>Title</a>…": on an article, the
    # neighbouring articles (an archive's "Older" pages lead to "/page/2/", which _PAGE_URL turns away).
    r"(?<![\w-])pager(?![\w-])|"
    # Squarespace's "<section class=blog-item-pagination>" under a post: the pagination of one item, the
    # neighbouring posts (an archive's pagination names no item).
    r"item-?pagination|"
    # Joomla's content plugin under an article: "<nav class=pagenavigation><span class='pagination ms-0'><a
    # class='btn btn-sm btn-secondary previous' rel=prev>" (joomla-cms, plugins/content/pagenavigation/tmpl/
    # default.php), the neighbouring articles of one article, in a "pagination" span.
    r"(?<![\w-])pagenavigation(?![\w-])|"
    # Hugo's PaperMod theme under a post: "<nav class=paginav><a class=prev><span class=title>« Prev</span><br>
    # <span>Title</span></a>…" (its archive pages use "pagination").
    r"(?<![\w-])paginav(?![\w-])|"
    # Jekyll's Minimal Mistakes under a post: "<nav class=pagination><a class=pagination--pager title='Title'>
    # Previous</a>…" (its archive pager prints numbered items without that name).
    r"pagination--pager|"
    # An archive pager's name on one post's links ("<span class=previous-entries>", "<a class=newer-posts>"):
    # the neighbouring posts when the link prints a headline (``_ENTRY_PAGER_NAME``).
    r"(?:previous|next|newer|older)-(?:entries|posts))",
)
# "previous-entries", "next-entries", "newer-posts", "older-posts": an archive's pager ("« Older Entries" to
# "/page/2/") in most themes; under a single post (Kubrick's "navigation", Squarespace's "pagination")
# its links print the neighbouring posts' headlines instead, and then they are post navigation.
_ENTRY_PAGER_NAME = re.compile(r"(?<![\w-])(?:previous|next|newer|older)-(?:entries|posts)(?![\w-])")
MIN_HEADLINE_WORDS = 2
# Genesis' ``adjacent-entry-pagination`` and an item's pagination are a post navigation in a
# "pagination" wrapper; so are Soledad's "<div class=post-pagination><div class=prev-post>…<div class=next-post>"
# (mjholdings/bizso_theme, soledad/inc/templates/post_pagination.php): "prev-post" as much as "next-post".
_POST_NAV_NAME = re.compile(r"post-?navigation|post-?nav|nav-?previous|nav-?next|previous-?post|prev-?post|next-?post|adjacent-?entry|"
                            r"item-?pagination|pagination--pager|(?<![\w-])pagenavigation(?![\w-])|(?<![\w-])(?:previous|next|newer|older)-(?:entries|posts)(?![\w-])")
# A site's menu by its name (a mega-menu's list, the main navigation: "main-navigation__list-item").
SITE_MENU_NAME = re.compile(r"menu|(?:main|site|primary|global|top)[-_]?nav", re.IGNORECASE)
# Navigation of comments, archives and image galleries: pages, not posts. The site's menu too (a
# portal's section "NEXT" among its links), and a portal's strip of stories ("<div class=filmstrip-nav><a
# class=filmstrip-previous>Previous</a>" over a news portal's copy of a paper's story), a carousel by another name.
# A menu's panel by its own name ("<li class=nav-flyout-link><div class=flyout><ul><li><a href=/innovate/next/>NEXT
# Blog</a>", a Bootstrap "dropdown"): a section among the site's sections, whatever its name begins with.
_NOT_NAV_NAME = re.compile(r"comment|pagination|page-?numbers|gallery|slide|carousel|filmstrip|media-viewer|ribbon|"
                           rf"breadcrumb|calendar|flyout|dropdown|{SITE_MENU_NAME.pattern}", re.IGNORECASE)
# A post navigation offers the previous and the next post (each perhaps twice: picture and title);
# a region of that name with more links is a site menu (the BBC's ``orb-nav-links``).
MAX_NAV_REGION_URLS = 4
_NAV_PATH = etree.XPath(
    "/descendant::*[self::nav or self::div or self::ul or self::li or self::p or self::span or self::section"
    " or self::footer or self::aside or self::a][@class or @id]"
)
# The lookahead on the first letters lets the search skip other positions at once; same matches.
_TEXT_HINT = re.compile(r"(?=[pnvs])(?:prev|next|vorig|vorherig|nächst|précédent|suivant)", re.IGNORECASE)
# "Newer Post" / "Older Post" open the link's text: a prefix test, as "o" in the hint's lookahead
# would let the search stop at most positions of most texts.
_PAGER_WORDS = ("newer", "older")
# One post's label in the other languages around the corpus's, most with the noun first ("Entrada
# anterior", "Article précédent", "Articolo successivo", "Próximo post", "Poprzedni wpis", "Předchozí
# článek", "Volgende bericht"): the same label as "Previous post", with its words in either order.
_OTHER_POST_LABEL = (
    r"(?:entrada|art[íi]culo|articolo|article|artigo|post|publicaci[óo]n|publica[çc][ãa]o|nota|mat[ée]ria)\s+"
    r"(?:anterior|siguiente|precedente|successivo|seguinte|pr[óo]xim[oa]|précédent|suivant)|"
    r"(?:pr[óo]xim[oa]|anterior)\s+(?:post|artigo|art[íi]culo|entrada|publica[çc][ãa]o|publicaci[óo]n|mat[ée]ria|nota)|"
    r"(?:poprzedni|następny|nastepny)\s+(?:wpis|artykuł|post|tekst)|"
    r"(?:předchozí|další|následující)\s+(?:článek|příspěvek|zpráva)|"
    r"(?:vorige|volgende)\s+(?:bericht|artikel|post)"
)
# The Chinese, Japanese and Korean post navigation labels: "上一篇：" / "下一篇：" (the previous / next piece,
# with its measure word: 篇 an article, 条/條/则/則 an item; printed before the link or inside it as
# "【上一篇】"), "前一篇" / "后一篇", "前の記事" / "次の記事", "이전글" / "다음글". Not "上一页" / "下一页", the
# previous / next page of a pager.
_CJK_NAV_LABEL = (r"(?:上一|下一|前一|[后後]一)(?:篇|[条條则則])(?:文章|新[闻聞]|[资資]讯|[帖贴]子)?|上篇|下篇|"
                  r"(?:前|次)の(?:記事|投稿|エントリー?)|(?:이전|다음)\s*(?:글|기사|포스트)")
# The label alone, perhaps in brackets and with its colon ("【上一篇】", "上一篇 :", "上一篇："); a text
# opening with it.
# "≫次の記事" / "≪前の記事": the double angle brackets point as the arrows do.
_CJK_LABEL = re.compile(rf"^[\s【\[［〖<«‹←≪≫]*(?:{_CJK_NAV_LABEL})[】\]］〗]?\s*[:：]?\s*$")
_CJK_LABEL_OPEN = re.compile(rf"^[\s【\[［〖<«‹←]*(?:{_CJK_NAV_LABEL})(?:[】\]］〗]\s*[:：]?|\s*[:：]|\s+|$)")
# Their first words, an anchored test before the full one: a link whose text opens with none of them
# (and holds none of _TEXT_HINT's words) cannot open such a label; most texts fail at their first letter.
_OTHER_LABEL_OPEN = re.compile(
    r"[\s«‹←<]*(?=[eapnmdv])(?:entrada|art[íi]culo|articolo|article|artigo|post|publica|nota|mat[ée]ria|"
    r"pr[óo]xim|anterior|poprzedni|nast[ęe]pny|předchozí|další|následující|vorige|volgende)\s",
    re.IGNORECASE,
)
# The labels that, opening a link's text, make it a post navigation link on their own.
_TEXT_LABEL = re.compile(
    # "zum nächsten Artikel" ("to the next article"), the German dative after "zum".
    rf"^[\s«‹←<]*(?:{_OTHER_POST_LABEL}|(?:previous|next|vorige[rs]?|vorherige[rs]?|nächste[rs]?|précédent|suivant|"
    r"zum\s+(?:vorigen|vorherigen|nächsten))"
    r"(?:\s+(?:post|article|story|entry|eintrag|beitrag|artikel|billet))?"
    # Blogger's "Newer Post" / "Older Post" (and "Older Entries"): only with the noun, as a bare
    # "Older" also pages through an archive.
    r"|(?:newer|older)\s+(?:posts?|entry|entries|articles?|stories))(?:\s*[:»›→>]|\s*$|\s+(?=\S))",
    re.IGNORECASE,
)
# A link that prints only a label naming one post ("nächster Artikel", "Previous article") leads to
# a post even inside a "pagination" wrapper (nnz-online's ``<div class=pagination>`` under the text):
# an archive's pager prints pages or plurals ("Next page", "Older posts", "Nächste Seite").
_ONE_POST_LABEL = re.compile(
    r"^[\s«‹←<]*(?:(?:previous|next)\s+(?:post|article|story|entry)|(?:nächster|vorheriger|voriger|"
    r"zum\s+(?:nächsten|vorherigen|vorigen))\s+"
    rf"(?:artikel|beitrag|eintrag)|{_OTHER_POST_LABEL})[\s»›→>]*$",
    re.IGNORECASE,
)
MAX_LABELLED = 3000
MAX_NAV_TEXT = 200
# The same labels printed before the link, outside it: "Next: <a>Title</a> Previous: <a>Title</a>".
_LABEL_BEFORE = re.compile(
    r"^[\W_]*(?:previous|next|older|newer|vorherige[rs]?|vorige[rs]?|nächste[rs]?|précédent|suivant|"
    r"anterior|siguiente|precedente|successivo)(?:\s+(?:post|article|story|entry|eintrag|beitrag|artikel|billet|"
    r"entrada|artículo|articolo))?\s*:\s*$",
    re.IGNORECASE,
)
MAX_LABEL_BEFORE_CHARS = 40
_LABEL_ELEMENTS = frozenset({"b", "strong", "span", "em", "i", "label"})
_LINE_TAGS = frozenset({"p", "div", "li", "dd", "span"})
# What a navigation line holds beside its links: labels and punctuation.
_ONLY_LABELS = re.compile(
    rf"^(?:[\W_]|{_CJK_NAV_LABEL}|previous|next|older|newer|vorherige[rs]?|vorige[rs]?|nächste[rs]?|précédent|suivant|anterior|"
    r"siguiente|precedente|successivo|post|article|story|entry|eintrag|beitrag|artikel|billet|entrada|artículo|"
    r"articolo)*$",
    re.IGNORECASE,
)
_LINKS = etree.XPath("descendant-or-self::a[@href]")
# A card's part named a date ("<span class=date>", "<div class=item__date>", "<span class=postDate>").
_DATE_PARTS = etree.XPath("descendant::*[contains(@class, 'date') or contains(@class, 'Date')]")
# The label a navigation link prints before or instead of the title: the direction, the thing it leads
# to (a post, a serial's chapter, a forum's topic) and a verb; "Previous Chapter" is a label whole, no
# "Chapter" of a title left over.
_NAV_LABEL = re.compile(
    rf"^[\s【\[［〖<«‹←]*(?:{_CJK_NAV_LABEL})[】\]］〗]?\s*[:：]?\s*|"
    rf"^\W*(?:{_OTHER_POST_LABEL})\s*:?\W*|"
    r"^\W*(?:previous|next|older|newer|prev|vorherige[rs]?|vorige[rs]?|nächste[rs]?|naechste[rs]?|"
    r"zurück|weiter|nachfolgende[rs]?|précédent|suivant|anterior|siguiente|precedente|successivo|vorig|volgend)"
    r"(?:\s+(?:post|posts|article|articles|story|entry|eintrag|beitrag|artikel|inhalt|billet|entrada|"
    r"artículo|articolo|bericht|chapter|kapitel|chapitre|capítulo|capitolo|thema|topic))?"
    # A forum's or a blog theme's verb after it ("Nächstes Thema anzeigen", "Weiterblättern").
    r"(?:\s*(?:anzeigen|lesen|blättern))?\s*:?\W*",
    re.IGNORECASE,
)
_PAGE_URL = re.compile(r"[?&](?:page|paged|p|seite|cpage)=\d|/page/\d|/seite/\d|comment-page-\d|#comment|"
                       # A calendar's month ("?date=2013-03", Drupal Calendar's date-nav; "?m=201303",
                       # WordPress's calendar widget): an archive page, no post.
                       r"[?&](?:date|m)=(?:19|20)\d\d(?:-?[01]\d)?(?:&|$)", re.IGNORECASE)
# A page number in a query: "page=2", "story_page=2", "pg=3", "seite=2" (a key ending so), not "p=968".
_PAGE_NUMBER_QUERY = re.compile(r"(?:^|&)[\w-]*(?:page|pg|seite)=\d{1,3}(?:&|$)", re.IGNORECASE)
# A later page's number joined to an article file's name ("_page_2", "-2", "_p3", "-seite-2").
_PAGE_SUFFIX = re.compile(r"[-_](?:page[-_]?|seite[-_]?|p)?\d{1,3}", re.IGNORECASE)
# WordPress's plain permalink, "?p=5031": a post's id.
_POST_ID_QUERY = re.compile(r"(?:^|&)p=\d+(?=&|$)")
# Icon fonts draw their glyphs from the Private Use Area (Material Icons' "&#58820;", Font Awesome's).
_ICON_GLYPHS = re.compile("[\ue000-\uf8ff]")
_ARROWS = re.compile(r"^[\s«»‹›←→<>|·•]+|[\s«»‹›←→<>|·•]+$")

# Shops, subscriptions, kiosks, ticket sales and downloads a block may list beside posts (a motorsport
# site's "tickets." subdomain in its box of related news: "Bahrain 2022 – Jetzt Tickets sichern!").
_SALES_HOST = re.compile(r"^(?:shop|store|subs?|subscribe|abo|abonnement|checkout|boutique|tienda|kiosk|"
                         r"premium|plus|angebot|tickets?|ticketshop|billetterie|entradas)\.", re.IGNORECASE)
_SALES_SEGMENTS = frozenset({
    "shop", "store", "produkt", "produkte", "product", "products", "abo", "abos", "abonnement", "abonnements",
    "subscribe", "subscription", "subscriptions", "checkout", "cart", "warenkorb", "kiosk", "pdf", "boutique",
    "tienda", "angebot", "angebote", "deals", "buy", "kaufen", "bestellen", "order", "trial", "testabo",
    # Chinese shops' product pages ("/goods/101.html", ECShop's "goods.php?id=101"), which blog themes list under the
    # same "猜你喜欢" (guess you like) as their related posts.
    "goods", "goods.php",
})
# The offer's nouns ("subscription", "Abonnement", "Abo") name a sale in a short title only ("Digital
# subscription", "Ihr Abo"); inside a headline's sentence they report on one (MIT Technology Review's related
# card 'A “QuitGPT” campaign is urging people to cancel their ChatGPT subscriptions').
_SALES_NOUN = re.compile(r"\b(?:subscriptions?|abonnements?|abos?)\b", re.IGNORECASE)
MAX_SALES_NOUN_WORDS = 5
_SALES_TITLE = re.compile(
    r"\b(?:subscribe|abonnieren|probe-?abo|jetzt\s+(?:testen|kaufen|bestellen|"
    r"sichern|abonnieren)|gratis\s+(?:lesen|testen)|kostenlos\s+testen|in\s+den\s+warenkorb|add\s+to\s+(?:cart|bag)|"
    r"buy\s+now|shop\s+now|zum\s+shop|s'abonner|abonnez-vous|suscr[ií]bete)",
    re.IGNORECASE,
)
# A price, not an amount in a headline ("could bring $5B megaproject", "$2 billion deal").
_PRICE = re.compile(
    r"(?:€|\$|£)\s?\d[\d.,]*(?![\d.,])(?!\s?(?:[kmb]n?|bn|mio|mrd|million|billion|trillion|millionen|milliarden)\b)"
    r"|\d\s?(?:€|eur\b|euro\b)",
    re.IGNORECASE,
)

# A card's label, alone in its element, that marks paid placement.
_SPONSORED_LABEL = re.compile(
    r"^\W*(?:advertorial|anzeige|gesponsert|sponsored(?:\s+(?:content|post|story))?|paid\s+(?:content|post)|"
    r"partner\s*content|promoted|publireportage|sponsoris[ée]|publicit[ée]|publicidad|contenido\s+patrocinado|"
    r"patrocinado)\W*$",
    re.IGNORECASE,
)
MAX_LABEL_CHARS = 30
# Japanese publishers' mark of paid placement, in brackets ("<ｐｒ特集>", "【PR】", "[PR]", "(PR)"), in half or full
# width, alone or after a brand ("＆Ｍ<ｐｒ特集>", Asahi's native ads among its recommended stories).
_PR_MARK = re.compile(r"[<＜【\[［(（]\s*(?:pr|ｐｒ)(?:特集|記事|企画)?\s*[>＞】\]］)）]", re.IGNORECASE)
MAX_CARD_ELEMENTS = 80

_META_SEPARATORS = re.compile(r"\s*[|·•—–]\s*|\s+-\s+|,\s*(?=\d)")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*|van|von|de|der|den|da|di|du|del|la|le|ter|ten|bin|al)$")
_NOT_NAME = re.compile(r"^(?:updated|posted|published|veröffentlicht|aktualisiert|am|on|le|el|il|read|min|"
                       r"minutes?|minuten|lesezeit|news|video|podcast|sponsored|anzeige|advertisement)\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class NavLink:
    """A previous/next post link: the link element, its href as written and its title; ``region``
    is what the body must not read: the link, or the whole line of a label printed before it
    ("<p><b>Next:</b> <a>Title</a>.</p>" would leave "Next: ." in the text)."""

    link: etree._Element
    href: str
    title: str
    region: etree._Element


def post_navigation(page: Page) -> list[NavLink]:
    """The previous / next post links of the page, in page order, each href once."""
    found: list[NavLink] = []
    seen: dict[str, int] = {}
    for link in _navigation_links(page):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or _is_page_url(page, href):
            continue
        if href in seen:
            _take_printed_title(found, seen[href], link)
            continue
        # The neighbouring post opens in place; an unlabelled link of the region opening a new window is
        # a service link beside it (a fire brigade's glossary "Abkürzungen" under "Nächster Eintrag").
        # A labelled one is the neighbour whatever window it opens ("Previous: <a target=_blank>…").
        if link.get("target") == "_blank" and not _labelled_before(link) \
                and not _TEXT_LABEL.match(text_of(link)[:MAX_NAV_TEXT]) and not _cjk_labelled(link):
            continue
        title = nav_title(link)
        # A page number or a page size ("10", "25", "50" in a shop's pager), and the folder above the
        # page ("Blog." to "../" between the previous and the next post): the archive, no post.
        if title is None or title.isdigit() or _is_folder_above(page, href) or _is_later_page(page, href):
            continue
        seen[href] = len(found)
        found.append(NavLink(link, href, title, _navigation_line(link) if _labelled_before(link) else link))
        if len(found) >= MAX_NAV_LINKS:
            break
    return found


def _take_printed_title(found: list[NavLink], index: int, link: etree._Element) -> None:
    """A second link to a neighbouring post gives it its title when the first printed only a reader's
    label: a theme's thumbnail link holding "<span class=screen-reader-text>Previous</span>" over the
    picture, then the title link ("<a rel=prev><h3 class=post-title>…</h3></a>", TieLabs' Jannah and
    other magazine themes) would otherwise leave the post named "Prev"."""
    earlier = found[index]
    if _NAV_LABEL.fullmatch(earlier.title) and (title := nav_title(link)) and not _NAV_LABEL.fullmatch(title):
        found[index] = replace(earlier, title=title)


def _is_folder_above(page: Page, href: str) -> bool:
    """A link to a folder the page's own address lies in ("/blog/" from "/blog/2020-10-19-post/")."""
    url = page.absolute(href)
    if url is None or page.address is None:
        return False
    folder, own = urlsplit(url), urlsplit(page.address)
    path = folder.path.rstrip("/") + "/"
    return folder.netloc == own.netloc and not folder.query and own.path.startswith(path) \
        and own.path.rstrip("/") + "/" != path


def _is_later_page(page: Page, href: str) -> bool:
    """A link to a later page of the article itself: its own address and a page number
    ("/2019/06/royal-salute-polo-rome/2/" from ".../royal-salute-polo-rome/"), the same article (the labelling
    guide), whatever the link prints ("Page", "Next Page")."""
    url = page.absolute(href)
    if url is None or page.address is None:
        return False
    later, own = urlsplit(url), urlsplit(page.address)
    if later.netloc != own.netloc:
        return False
    path = own.path.rstrip("/") + "/"
    if later.path.startswith(path) and later.path[len(path):].strip("/").isdigit():
        return True
    # The same address with a page number in its query ("?story_page=2", CinemaBlend's "Continued On Next Page
    # >", rel=next; "?page=2", "?pg=3"): the article's next page. Not "?p=968", WordPress's id of another post.
    if later.path.rstrip("/") == own.path.rstrip("/") and own.path.strip("/") \
            and _PAGE_NUMBER_QUERY.search(later.query) and not _PAGE_NUMBER_QUERY.search(own.query):
        return True
    # The page number joined to the file's name ("b4192066630779_page_2.htm" from "b4192066630779.htm",
    # "story-2.html" from "story.html"): older CMSs split a long article into files so.
    stem, dot, extension = own.path.rpartition(".")
    if not dot or "/" in extension or not stem:
        return False
    return later.path.endswith(f".{extension}") and _PAGE_SUFFIX.fullmatch(later.path[len(stem):-len(extension) - 1]) \
        is not None and later.path.startswith(stem)


def _is_page_url(page: Page, href: str) -> bool:
    """A link to another page of an archive, a gallery or the comments. "?p=5029" is WordPress's plain
    address of a post, not a page number, on a site whose own article is addressed so ("/?p=5031")."""
    if not _PAGE_URL.search(href):
        return False
    if not _POST_ID_QUERY.search(urlsplit(page.address or "").query):
        return True
    parts = urlsplit(href)
    return _PAGE_URL.search(urlunsplit(parts._replace(query=_POST_ID_QUERY.sub("", parts.query, count=1)))) is not None


def _navigation_links(page: Page) -> Iterator[etree._Element]:
    regions = 0
    for el in page.named_where(_names_navigation):
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        # "pagination post-navigation": the post's name wins over the generic one.
        if not _POST_NAV_NAME.search(names) and (_NOT_NAV_NAME.search(names) or _in_named(el, _NOT_NAV_NAME)):
            continue
        # A link named as a post's pager is its own region ("<a class=pagination--pager>").
        all_links = [el] if el.tag == "a" and el.get("href") else _LINKS(el)
        if len({link.get("href") for link in all_links}) > MAX_NAV_REGION_URLS:
            continue
        regions += 1
        links = all_links[:MAX_NAV_LINKS]
        if _ENTRY_PAGER_NAME.search(names) and not _NAV_NAME.search(_ENTRY_PAGER_NAME.sub(" ", names)):
            links = [link for link in links if _prints_headline(link)]
        # A label inside the link ("<a><div class=post-nav-link__label>Vorheriger Beitrag</div>...</a>").
        yield from links or [a for a in el.iterancestors("a")][:1]
        if regions >= MAX_NAV_REGIONS:
            break
    # Links that print only a navigation label and a title ("« Vorige", "Nächster Beitrag: ..."),
    # or that follow such a label ("Next: <a>Title</a>").
    # Every test below wants an href: a link without one is passed over before them. A link's own
    # opening text, when it prints something, is the first printed part itertext would find.
    for count, link in enumerate(page.tree.iter("a")):
        if count >= MAX_LABELLED:
            break
        if not link.get("href"):
            continue
        if _labelled_before(link) and not _in_named(link, _NOT_NAV_NAME):
            yield link
            continue
        own = link.text
        printed = own if own and own.strip() else next((part for part in link.itertext() if part.strip()), "")
        first = own or printed
        if _CJK_LABEL_OPEN.match(printed) and len(text_of(link)) <= MAX_NAV_TEXT \
                and not _in_named(link, _NOT_NAV_NAME):
            yield link
            continue
        if not first or not (_TEXT_HINT.search(first[:60]) or first.lstrip()[:5].lower() in _PAGER_WORDS
                             or _OTHER_LABEL_OPEN.match(first)):
            continue
        text = text_of(link)
        if len(text) <= MAX_NAV_TEXT and _TEXT_LABEL.match(text) \
                and (not _in_named(link, _NOT_NAV_NAME) or _ONE_POST_LABEL.match(text)):
            yield link
    for link in islice(_rel_links(page.tree), MAX_NAV_LINKS):
        rel = (link.get("rel") or "").lower().split()
        if ("prev" in rel or "next" in rel) and not _in_named(link, _NOT_NAV_NAME):
            yield link


def _prints_headline(link: etree._Element) -> bool:
    """A pager link printing a post's headline ("ZF Friedrichshafen übernimmt Cherry Corporation",
    "← NICKY LARSON"), not a pager's label ("« Older Entries", "Next page") nor a number."""
    text = _ARROWS.sub("", text_of(link))
    return len(text.split()) >= MIN_HEADLINE_WORDS and _NAV_LABEL.match(text) is None


def _cjk_labelled(link: etree._Element) -> bool:
    """A link whose first printed text is a CJK navigation label ("<a><span>【上一篇】</span> Title</a>")."""
    return _CJK_LABEL_OPEN.match(next((part for part in link.itertext() if part.strip()), "")) is not None


def _labelled_before(link: etree._Element) -> bool:
    """A link right after a navigation label of its own: the text before it in its line (since the
    line's start, the previous link or a ``<br>``) is "Next:" or "<b>Previous post:</b>" and nothing
    else, so a sentence ending "... in the next:" is no label. The Chinese, Japanese and Korean labels
    ("上一篇：", "【下一篇】") need no colon: they name the neighbouring piece and nothing else."""
    before = _text_before(link)
    if len(before) > MAX_LABEL_BEFORE_CHARS:
        return False
    if _CJK_LABEL.match(before):
        return True
    # A label naming one post, direction and noun, printed whole in its own element before the link
    # ("<span class=article_meta-title><i class='fa fa-arrow-down'></i> Next Story</span> <a>Title</a>",
    # NBC News under its articles): no colon needed, as nothing else is printed before the link.
    if (previous := link.getprevious()) is not None and previous.tag in _LABEL_ELEMENTS \
            and not (previous.tail or "").strip() and _ONE_POST_LABEL.match(text_of(previous)):
        return True
    return before.rstrip().endswith(":") and _LABEL_BEFORE.match(before) is not None


def _navigation_line(link: etree._Element) -> etree._Element:
    """The line a labelled navigation link stands in when it holds only navigation labels, links
    and punctuation; the link alone otherwise."""
    line = link.getparent()
    if line is None or line.tag not in _LINE_TAGS:
        return link
    rest = text_of(line)
    for other in _LINKS(line):
        rest = rest.replace(text_of(other), " ", 1)
    return line if _ONLY_LABELS.match(rest) else link


def _text_before(link: etree._Element) -> str:
    """The text printed right before a link: the previous element's tail, or the label element
    itself when only spaces follow it ("<b>Next:</b> <a>"), or the parent's opening text."""
    previous = link.getprevious()
    # A label on the line above the link ("<em>≫次の記事</em><br><a>Title</a>", Publickey's post navigation): the
    # line break with nothing after it passed over to the label.
    if previous is not None and previous.tag == "br" and not (previous.tail or "").strip() \
            and (label := previous.getprevious()) is not None and label.tag in _LABEL_ELEMENTS:
        previous = label
    if previous is None:
        parent = link.getparent()
        return (parent.text or "") if parent is not None else ""
    tail = previous.tail or ""
    if tail.strip() or len(previous):
        return tail
    # A block of its own holding only a CJK label ("<div class=adjacent-post-title>上一篇 :</div><a>"): the
    # templates print the label over the link so.
    if previous.tag not in _LABEL_ELEMENTS and not (previous.tag == "div" and _CJK_LABEL.match(previous.text or "")):
        return tail
    return (previous.text or "") + tail


def _rel_links(root: etree._Element) -> Iterator[etree._Element]:
    """Links of the body with an href whose rel holds "prev" or "next" (a substring, as the words
    are tested after), as ``/html/body/descendant::a[@href][contains(@rel, ...)]`` found them: by
    lxml's walk over the links, where the XPath cost 0.2 ms a page."""
    for body in top_level_children(root, "body"):
        for link in body.iter("a"):
            rel = link.get("rel")
            if rel is not None and ("prev" in rel or "next" in rel) and link.get("href") is not None:
                yield link


def _names_navigation(value: str) -> bool:
    """A class or id value naming a post navigation. Every _NAV_NAME alternative holds "nav",
    "prev", "next", "pager", "adjacent", "pagination" or "er-posts" (case-sensitively, as it matches): those substring tests
    turn away almost every value before the regular expression runs."""
    return ("nav" in value or "prev" in value or "next" in value or "pager" in value or "adjacent" in value
            or "pagination" in value or "er-posts" in value) \
        and _NAV_NAME.search(value) is not None


def _in_named(el: etree._Element, pattern: re.Pattern[str], depth: int = 3) -> bool:
    node = el.getparent()
    for _ in range(depth):
        if node is None:
            return False
        if pattern.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


def nav_title(link: etree._Element) -> str | None:
    """The post title a navigation link prints, its "Previous post" label and arrows removed;
    the label itself when the link prints nothing else ("« Vorige"); None for a bare arrow. An icon
    font's glyph (Blogger's "<a title='Newer Post'><i class=material-icons>&#58820;</i></a>") prints
    nothing a reader can read: the link's title attribute names it."""
    labels = [part for part in link.iter() if part is not link and isinstance(part.tag, str)
              and _NAV_LABEL.fullmatch(text_of(part) or "x")]
    # A label inside a label is the same words once: Elementor Pro's post navigation wraps its screen reader's
    # "Prev" in the arrow's span ("<span class=post-navigation__arrow-wrapper><i></i><span
    # class=elementor-screen-only>Prev</span></span>", its post-navigation widget's render()); taken twice, the
    # second "Prev" came out of the printed "Previous" label and left "iousZinc lozenges…".
    label_parts = [text_of(part) for part in labels if not any(other in labels for other in part.iterancestors())]
    # What only a screen reader reads is no printed title: Joomla's page navigation prints "Prev" and keeps
    # "<span class=visually-hidden>Previous article: Title</span>" for screen readers; the link prints "Prev".
    # Taken out first: the printed label's "Prev" is also the first word of the hidden "Previous article: …".
    # A link printing nothing but an icon, its neighbour's title for screen readers only, is named by that title
    # (the labelling guide: "the title of the linked post where they print none").
    whole = _ICON_GLYPHS.sub("", text_of(link))
    printed = whole
    for part in link.iter():
        if part is not link and isinstance(part.tag, str) and shown_to_screen_readers_only(part.get("class") or ""):
            printed = printed.replace(text_of(part), " ", 1)
    text = printed if clean_text(printed) else whole
    for part in label_parts:
        text = text.replace(part, " ", 1)
    title = without_printed_time(link, _ARROWS.sub("", clean_text(_NAV_LABEL.sub("", clean_text(text), count=1))))
    if title:
        return title
    fallback = _ARROWS.sub("", clean_text(link.get("title") or clean_text(printed) or whole))
    return fallback or None


_DIGIT = re.compile(r"\d")


def name_before_digits(name: str | None) -> str | None:
    """A card byline's name without what its first digit opens: a name never holds digits, and what a
    card's byline prints from one on is when the post appeared ("8 hours ago" alone, "Jane Roe vor 3
    Stunden", "il y a 2 jours"); the lower-case words before the digit open that phrase ("vor", "il y a")
    and go with it. None when no name is left."""
    if name is None or (match := _DIGIT.search(name)) is None:
        return name
    words = name[:match.start()].split()
    while words and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words) or None


# Arrows a teaser link prints before or after its title (">>> Neue Rot-Weiß Karte …", "» Grundwissen Kompost",
# "GPX-Routen … einblenden «", ">> … <<", "« Vorige"): pointers, not words of the post's title. A guillemet
# opening or closing a quotation stays: "« Il est temps … », une conversation", German "»Dauerbaustelle«" (no
# space inside).
_LEADING_ARROWS = re.compile(r"^[<>«»‹›←→◀▶►▸]+\s+")
_TRAILING_ARROWS = re.compile(r"\s+[<>«»‹›←→◀]+$")
_QUOTE_PAIRS = {"»": "«", "›": "‹", "«": "»", "‹": "›"}


def without_arrows(title: str) -> str:
    """A card's title without the arrows printed around it; the labelling guide labels titles "without
    their arrows". A guillemet is an arrow only when the title holds no guillemet answering it: "» Title"
    with no "«" points, "« Title »" quotes."""
    rest = title
    if (lead := _LEADING_ARROWS.match(rest)) and not _answered(lead.group().strip(), rest[lead.end():]):
        rest = rest[lead.end():]
    if (trail := _TRAILING_ARROWS.search(rest)) and not _answered(trail.group().strip(), rest[:trail.start()]):
        rest = rest[:trail.start()]
    return rest if rest.strip() and any(ch.isalnum() for ch in rest) else title


def _answered(arrows: str, rest: str) -> bool:
    """Whether a guillemet among ``arrows`` is answered by its pair in the rest of the title (a quotation)."""
    return any(pair in rest for mark, pair in _QUOTE_PAIRS.items() if mark in arrows)


def without_printed_time(el: etree._Element, title: str) -> str:
    """A title without the date printed before or after it in the same element (``printed_date``)."""
    return printed_date(el, title)[0]


def printed_date(el: etree._Element, title: str) -> tuple[str, str | None]:
    """A title without the ``<time>`` printed before or after it in the same element ("<h2><time>Jun 20</time>
    Trend Nude Nails</h2>", Squarespace's pagination and related cards; "<h2 class=headline><span
    class=title>Darfur Withers as Sudan Sells Food</span><time class=dateline>AUG. 9, 2008</time></h2>", a
    newspaper's story cards), and the date it printed. A date printed after the title in a part named a date
    ("<h2>Fall of the Berlin Wall remembered <span class=date>10.11.2019</span></h2>") or as the text after the
    title's link ("<div class=headline><a>Folsäure ist unverzichtbar</a> 02.02.2022</div>") is the post's date
    too, where it prints a date and nothing else: "… vom 5. August 2019" in the link's own words stays."""
    for time in el.iter("time"):
        stamp = text_of(time)
        if stamp and title.startswith(stamp) and (rest := title[len(stamp):].lstrip(" -–—|·:")):
            return rest, stamp
        break
    for stamp in _trailing_stamps(el):
        if stamp and title.endswith(stamp) and (rest := title[:-len(stamp)].rstrip(" -–—|·:,")):
            return rest, stamp
    return title, None


def _trailing_stamps(el: etree._Element) -> Iterator[str]:
    """The texts an element prints as dates of their own: its ``<time>`` elements, its parts named a date, and
    the text right after one of its links, each printing a date and nothing else."""
    yield from (text_of(time) for time in islice(el.iter("time"), MAX_CARD_TIMES))
    for part in islice(_DATE_PARTS(el), MAX_CARD_TIMES):
        if _is_date_only(stamp := text_of(part)):
            yield stamp
    # The fine print after a title: Jekyll's Poole themes (Lanyon, Hyde) print each related post as "<h3><a>
    # {{ post.title }} <small>{{ post.date | date_to_string }}</small></a></h3>" (poole/lanyon, _layouts/post.html).
    for small in islice(el.iter("small"), MAX_CARD_TIMES):
        if _is_date_only(stamp := text_of(small)):
            yield stamp
    for link in islice(el.iter("a"), MAX_STAMP_PARTS):
        if link is not el and _is_date_only(stamp := clean_text(link.tail)):
            yield stamp


def _is_date_only(text: str) -> bool:
    """A text printing a date and nothing else ("02.02.2022", "10 Nov 2019, 14:30")."""
    if not text or len(text) > MAX_DATE_STAMP_CHARS:
        return False
    found = search_date(text)
    return found is not None and len(text) - (found.end - found.start) <= MAX_DATE_STAMP_REST


def is_sales_link(url: str, title: str) -> bool:
    """A shop, subscription, kiosk or download offer rather than an article."""
    parts = urlsplit(url)
    if _SALES_HOST.match(parts.hostname or ""):
        return True
    segments = {segment.lower() for segment in parts.path.split("/") if segment}
    if segments & _SALES_SEGMENTS:
        return True
    if _SALES_NOUN.search(title) and len(title.split()) <= MAX_SALES_NOUN_WORDS:
        return True
    return bool(_SALES_TITLE.search(title)) or bool(_PRICE.search(title))


def is_sponsored_label(text: str) -> bool:
    """A paid-placement label alone ("Sponsored", "Anzeige"), also printed as a link to the ad's notice."""
    return len(text) <= MAX_LABEL_CHARS and _SPONSORED_LABEL.match(text) is not None


def is_sponsored_card(card: etree._Element) -> bool:
    """A card printing a paid-placement label as its category or badge ("Advertorial")."""
    for count, el in enumerate(card.iter()):
        if count >= MAX_CARD_ELEMENTS:
            break
        text = el.text
        # A label with no element inside it (a comment may follow it: "&lt;ｐｒ特集&gt;<!--ｐｒ特集-->").
        if text and len(text) <= MAX_LABEL_CHARS and (_SPONSORED_LABEL.match(text) or _PR_MARK.search(text)) \
                and not any(isinstance(child.tag, str) for child in el):
            return True
    return False


def meta_line_author(text: str, date_start: int | None) -> str | None:
    """The author a card's meta line names before its date: "Jane Roe · 20 Nov 2025" -> "Jane Roe".

    ``date_start`` is where the date begins in ``text`` (None: the line holds no date); the part
    before it must read like a name: one to five capitalised words, no digits, not a label.
    """
    head = text[:date_start] if date_start is not None else text
    pieces = [piece for piece in _META_SEPARATORS.split(head) if piece.strip()]
    if not pieces:
        return None
    name = clean_text(pieces[0]).strip(" ,;:")
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or any(ch.isdigit() for ch in name) or _NOT_NAME.match(name):
        return None
    if not all(_NAME_WORD.match(word) for word in words) or not words[0][:1].isupper():
        return None
    return name
