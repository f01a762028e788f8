"""Cited sources: the links of the main text that lead to other sites, once each, in order, and
the entries of the article's own sources box (``Source.listed_under`` names its heading)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from urllib.parse import unquote, urlsplit

from lxml import etree

from harvester.document import Page, clean_text
from harvester.evidence.sources import listed_kind
from harvester.fields.source_box import INTRO_ENTRY, BoxLink, footnote_list_name, source_box_links
from harvester.identity import normalize_url
from harvester.lexicon import registrable_domain
from harvester.models import Source

__all__ = ["cited_sources", "with_source_box"]

MAX_SOURCES = 200
# A box of more entries than this none of which leaves the site is the site's navigation read under
# a label (a "Zusatzinformationen" column of categories, regions and paging), not the article's sources.
MAX_SITE_ONLY_ENTRIES = 12
# A file the site serves (a law gazette, a letter, a brochure as PDF) is a document the box cites, not one of
# the site's pages: a box of them is no list of related pages.
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf)$", re.IGNORECASE)
# A picture file a text links ("<a href=.../motorspritze-3.jpg>Löschzug</a>", a photo's full size): it shows
# the thing, it is no document the text cites.
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic)$", re.IGNORECASE)
# A reference's identifier printed as its link's text ("ISBN 0-521-53927-7" linked to the wiki's book-sources
# page): the cited work, even on the page's own site.
_IDENTIFIER = re.compile(r"^(?:97[89][\s-]?)?\d[\d\s-]{7,}[\dXx]$")
_WORD = re.compile(r"[^\W_]+")
# Links that share the page or write to someone, whatever site they point at: actions, not sources.
_SHARE_LINK = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:"
    r"facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed|send))|"
    r"(?:twitter|x)\.com/(?:intent|share|home\?status)|"
    r"linkedin\.com/(?:sharearticle|shareArticle|sharing|cws/share)|"
    r"pinterest\.[a-z.]+/pin/create|reddit\.com/submit|tumblr\.com/(?:share|widgets/share)|"
    r"(?:api\.)?whatsapp\.com/send|wa\.me/|t(?:elegram)?\.me/share|vk\.com/share|xing\.com/(?:spi/shares|social)|"
    r"news\.ycombinator\.com/submitlink|getpocket\.com/(?:save|edit)|flipboard\.com/bookmarklet|"
    r"bsky\.app/intent|mastodonshare|threads\.net/intent|buffer\.com/add|digg\.com/submit|"
    r"(?:static\.)?addtoany\.com|sharethis\.com|plus\.google\.com/share|mail\.google\.com/mail/\?view=cm"
    r")",
    re.IGNORECASE,
)
# Pages that list what a word finds, not a document: a hashtag's or a tag's feed (the tag segment with only the
# tag after it: "/hashtag/COP26", "/tag/digitalherrnhut/", Instagram's "/explore/tags/montessori/"; a study filed
# at "/tag/2019/trial-results.html" is a document), Blogger's label pages ("/search/label/Andrew Zonenberg"), and
# a search's results ("google.com/search?q=", "/suche/?query="; a report at "/search/WT/reports/summary.html" is one),
# Google Scholar's among them: the "Google Scholar" link journals print beside each reference (Springer's
# "c-article-references__links", PMC's "[Google Scholar]") looks the work up, "/scholar_lookup?title=…".
_LISTING_PATH = re.compile(r"/(?:hashtag|tags?|explore/tags|search/label)/[^/]+/?$", re.IGNORECASE)
_SEARCH_SEGMENT = re.compile(
    r"/(?:search|suche|recherche|buscar|busqueda|búsqueda|busca|ricerca|zoeken|szukaj|hledat|haku|sök|søg|поиск|"
    r"scholar|scholar_lookup)/?$",
    re.IGNORECASE,
)
# Path segments of a social network's posts, videos and lists: a link to one cites what was said there.
_POST_SEGMENTS = frozenset({
    "watch", "status", "statuses", "p", "reel", "reels", "tv", "posts", "post", "video", "videos", "shorts",
    "photo", "photos", "photo.php", "permalink.php", "story.php", "playlist", "embed", "live", "events", "hashtag",
})
# First segments under which a network keeps an account's page (/in/<name>, /channel/<id>, /company/<name>).
_ACCOUNT_SEGMENTS = frozenset({"in", "company", "user", "c", "channel", "pages", "groups", "people", "showcase"})


def cited_sources(page: Page, links: Sequence[tuple[str | None, str]]) -> list[Source]:
    """Links of the main text, as (href, text), to other sites, once each page. A sequence: the
    follow-row check reads the links before the loop does.

    A link is external when its registrable domain differs from the page's (news.example.org and
    www.example.org are one site); without the page's address every link counts. The first link's text
    names a source cited several times, however its address is written (see ``_page_key``).
    """
    site = registrable_domain(page.address)
    seen: set[str] = set()
    sources: list[Source] = []
    follow = _follow_row(page, links)
    for href, raw_text in links:
        url = page.absolute(href)
        if (url is None or _SHARE_LINK.match(url) or url in follow or _ad_redirect(url) or _listing(url)
                or _picture_file(url)):
            continue
        host = (urlsplit(url).hostname or "").rstrip(".")
        if not host or (site is not None and registrable_domain(url) == site):
            continue
        key = _page_key(url)
        text = clean_text(raw_text)
        if key in seen or not text:
            continue
        seen.add(key)
        sources.append(Source(text=text, url=url, domain=host.removeprefix("www.")))
        if len(sources) == MAX_SOURCES:
            break
    return sources


def _picture_file(url: str) -> bool:
    """The link leads to a picture file (``_PICTURE``), not to a wiki's page about one: a namespace's colon
    ("/wiki/File:Clock.jpg", "/wiki/Datei:Kiosk.jpg") names the page describing the file's author and licence."""
    name = unquote(urlsplit(url).path).rsplit("/", 1)[-1]
    return _PICTURE.search(name) is not None and ":" not in name


def _listing(url: str) -> bool:
    """The link leads to a list of what a tag or a search finds (see ``_LISTING_PATH``): the text points
    the reader at a topic, it cites no document."""
    return _LISTING_PATH.search(unquote(urlsplit(url).path)) is not None or _search_results(url)


def _search_results(url: str) -> bool:
    """The link asks a search for its query (``_SEARCH_SEGMENT``): in a sources box too it looks a work up, the
    work is the entry's other link. (A tag's feed a box lists, "Hashtag <a>#bcg15</a>", is the box's entry.)"""
    parts = urlsplit(url)
    return bool(parts.query) and _SEARCH_SEGMENT.search(unquote(parts.path)) is not None


@lru_cache(maxsize=1)
def _ad_redirect_entries() -> dict[str, tuple[str, ...]]:
    """``data/links/ad_redirects.txt`` by host: the path prefixes each needs ("" for any path)."""
    entries: dict[str, tuple[str, ...]] = {}
    text = (resources.files("harvester") / "data" / "links" / "ad_redirects.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if entry := line.split("#", 1)[0].strip().lower():
            host, _, path = entry.partition("/")
            entries[host] = (*entries.get(host, ()), "/" + path if path else "")
    return entries


def _ad_redirect(url: str) -> bool:
    """The link goes through an affiliate network's or ad server's redirect (``amzn.to``, Skimlinks,
    Awin, DoubleClick): the page is paid for the click, and the shop it leads to is no evidence.
    A shop's own page (amazon.com/dp/...) a text links directly is left to the reader to judge, and a
    sources box's entry stays: a book a "Zum Weiterlesen" list links through a shop's link is cited."""
    parts = urlsplit(url)
    labels = (parts.hostname or "").lower().split(".")
    path = parts.path.lower()
    entries = _ad_redirect_entries()
    return any(path.startswith(prefix)
               for index in range(len(labels) - 1)
               for prefix in entries.get(".".join(labels[index:]), ()))


def _follow_row(page: Page, links: Sequence[tuple[str | None, str]]) -> set[str]:
    """The URLs of a "follow us on Facebook, Twitter, Instagram" row: links whose whole text is the name
    of the social network they lead to and whose address is an account's page there, on two networks
    or more. They invite the reader to follow, they cite nothing. One network's name linked twice is
    no row ("in her <a>Instagram</a> story" cites two people's accounts), nor is a linked post."""
    accounts: dict[str, str] = {}
    for href, text in links:
        url = page.absolute(href)
        if url is not None and (network := _account_network(url)) and clean_text(text).casefold() == network:
            accounts[url] = network
    return set(accounts) if len(set(accounts.values())) >= 2 else set()


def _account_network(url: str) -> str | None:
    """The name of the social network (its domain's first label: "facebook", "twitter") whose account
    page ``url`` is, else None: a post, a video or a list cites what it holds, the home page the service."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if listed_kind(host, parts.path.lower()) != "social_media" or (domain := registrable_domain(url)) is None:
        return None
    segments = [segment.lower() for segment in parts.path.split("/") if segment]
    # The network's home page ("flickr.com") is the service a text speaks of ("free music on Soundcloud").
    if not segments or segments[0] in _POST_SEGMENTS:
        return None
    if len(segments) > (2 if segments and segments[0] in _ACCOUNT_SEGMENTS else 1):
        return None
    return domain.split(".", 1)[0]


def with_source_box(
    page: Page, sources: list[Source], body: tuple[etree._Element, etree._Element] | None = None
) -> list[Source]:
    """The cited sources with the sources box's entries: a cited link the box lists says so, and
    the box's other entries follow, same-site ones included (a box names them as evidence too),
    even when the boilerplate remover dropped the box from the main text. The page itself (a
    "Permalink:" printed in the box) is not its own source. ``body``, the first and last elements of
    the located article text, tells whether a box under a closing label ("Links") closes the article."""
    box: dict[str, tuple[str, str, str]] = {}
    # The <a> element of each kept entry: where the box lists it (see _first_in_box).
    anchors: dict[str, etree._Element] = {}
    own = _page_key(page.address) if page.address else None
    site = registrable_domain(page.address)
    closing: dict[str, str] = {}
    notes = page.named_where(footnote_list_name)
    links = [(link, url) for link in source_box_links(page.tree, body, notes, site)
             if (url := page.absolute(link.href)) is not None]
    # Entries that cite a work on another site: their links to this site's page about a name are the work's
    # author or publisher, not the work (a journal's link-outs "Crossref", "CAS" and its own articles are).
    citing = {link.entry for link, url in links if link.entry > 0 and site is not None and registrable_domain(url) != site}
    # An entry whose links are all a wiki's pages about names, two or more ("named after <a>Walther Ritz</a> and
    # <a>Lord Rayleigh</a>"), is an explanatory note naming people, not a citation: a citation cites one work. A
    # wiki writes a page title's spaces as "_" (/wiki/Walther_Ritz); a site's articles whose slugs spell their
    # headlines ("wie-funktioniert-die-gasversorgung") are cited works.
    names: dict[int, list[bool]] = {}
    for link, url in links:
        if link.entry > 0 and link.entry not in citing:
            names.setdefault(link.entry, []).append("_" in urlsplit(url).path and _names_page(url, link.text))
    citing |= {entry for entry, named in names.items() if len(named) >= 2 and all(named)}
    follow_entries, follow = _follow_entries(page, links)
    for link, url in links:
        if (_SHARE_LINK.match(url) or _page_key(url) == own or link.entry in follow_entries or url in follow
                or _search_results(url)):
            continue
        same_site = site is not None and registrable_domain(url) == site
        # A one-line "Quelle: …" names another publication; a link of it to this site is a teaser. The box's
        # introduction links the site's own editorial policy.
        if same_site and (link.line or link.entry == INTRO_ENTRY
                          or (link.entry in citing and _names_page(url, link.text))):
            continue
        key = _page_key(url)
        # A box under a closing label may be dropped below; a later box listing the same link keeps it.
        if key not in box or (box[key][2] in closing and not link.closing):
            box[key] = (url, link.text, link.label)
            if link.anchor is not None:
                anchors[key] = link.anchor
            else:
                anchors.pop(key, None)
        if link.closing:
            closing[link.label] = link.closing
    box = _without_site_lists(box, site, closing)
    if not box:
        return sources
    boxed = _first_in_box(page, {key: anchor for key, anchor in anchors.items() if key in box})
    merged: list[Source] = []
    for source in sources:
        key = _page_key(source.url)
        entry = box.pop(key, None)
        if entry is None:
            merged.append(source)
            continue
        update = {"listed_under": entry[2]} | ({"place": "sources_box"} if key in boxed else {})
        merged.append(source.model_copy(update=update))
    for key, (url, text, label) in box.items():
        host = (urlsplit(url).hostname or "").rstrip(".")
        if host and (text := clean_text(text)) and len(merged) < MAX_SOURCES:
            merged.append(Source(text=text, url=url, domain=host.removeprefix("www."), listed_under=label,
                                 place="sources_box" if key in boxed else "main_text"))
    return merged


def _first_in_box(page: Page, anchors: dict[str, etree._Element]) -> set[str]:
    """The box entries (keys of ``anchors``, each with the <a> element the box lists it by) whose first link on
    the page is the box's own: such a source stands in the sources box wherever the box is, under a heading the
    places' reading sees (``evidence.places``) or not, such as a label of the list's own paragraph ("Sources:<br>
    <a>…</a>"), a press release's "<strong>Original publication:</strong>" box or an accordion's toggle
    heading over its collapsed panel. An entry the text links first stands in the text."""
    wanted = dict(anchors)
    own = {id(anchor): key for key, anchor in anchors.items()}
    tails = {_tail(key) for key in wanted}
    found: set[str] = set()
    for anchor in page.tree.iter("a"):
        if not wanted:
            break
        if (key := own.get(id(anchor))) is not None and wanted.get(key) is anchor:
            found.add(key)
            del wanted[key]
            continue
        href = anchor.get("href")
        # Resolving every href is the costly part: one whose last segment no entry ends with is none of them.
        if not href or _tail(href) not in tails:
            continue
        if (url := page.absolute(href)) is not None:
            wanted.pop(_page_key(url), None)
    return found


def _tail(url: str) -> str:
    """A URL's (or a ``_page_key``'s) last path segment, its host without "www." for a site's home page: a link
    whose tail no entry's has cannot lead to it."""
    path = url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return path.rsplit("/", 1)[-1].lower().removeprefix("www.")


def _follow_entries(page: Page, links: list[tuple[BoxLink, str]]) -> tuple[set[int], set[str]]:
    """A box's follow row (see ``_follow_row``): the list entries holding one ("Follow Fortinet on <a>X</a>,
    <a>LinkedIn</a>, <a>Facebook</a>. Subscribe on our <a>blog</a> or <a>YouTube</a>.", the last item of a
    press release's "Additional Resources"), whose every link invites the reader to follow the publisher, and
    the row's own links outside list entries. One account an entry cites ("<a>Instagram</a> of the museum")
    is no row."""
    by_entry: dict[int, list[tuple[str, str]]] = {}
    for link, url in links:
        by_entry.setdefault(link.entry, []).append((url, link.text))
    entries = {entry for entry, found in by_entry.items() if entry > 0 and _follow_row(page, found)}
    return entries, _follow_row(page, by_entry.get(0, []))


def _names_page(url: str, text: str) -> bool:
    """The link leads to the site's page about the name it prints: its path ends in the name's words
    ("Frankel, Theodore" -> /wiki/Theodore_Frankel), and the name is no identifier ("ISBN 0-521-53927-7" linked
    to the wiki's book-sources page is the cited work)."""
    if _IDENTIFIER.match(text.strip()):
        return False
    words = {word.casefold() for word in _WORD.findall(text)}
    segment = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return bool(words) and words == {word.casefold() for word in _WORD.findall(segment.replace("_", " "))}


def _page_key(url: str) -> str:
    """A URL as the same page whatever its scheme, "www.", host's case, final slash, fragment or
    tracking parameters (``utm_source``, ``fbclid``: they say where a click came from, not which page
    it leads to): a permalink printed as "https://www.example.org/a" names the page fetched at
    "http://example.org/a/", and a text citing "http://asue.de" and "https://www.asue.de/" cites one site."""
    try:
        parts = urlsplit(normalize_url(url))
    except ValueError:
        return url
    host = parts.netloc.removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


def _without_site_lists(
    box: dict[str, tuple[str, str, str]], site: str | None, closing: dict[str, str]
) -> dict[str, tuple[str, str, str]]:
    """The box's entries without those of a label whose long list never leaves the site, nor those of
    a closing label ("Links", "Weitere Informationen") that never leaves it, unless it is one entry
    after the article text (the article's pointer to the site's topic page; several are the site's
    related pages or a menu, one inside the text a teaser). Without the page's site, a closing box
    cannot be told from a menu: it is dropped."""
    if site is None:
        return {key: entry for key, entry in box.items() if entry[2] not in closing}
    by_label: dict[str, list[str]] = {}
    for key, (url, _, label) in box.items():
        by_label.setdefault(label, []).append(url)
    site_lists = {
        label for label, urls in by_label.items()
        if len(urls) > (MAX_SITE_ONLY_ENTRIES if label not in closing else 1 if closing[label] == "after" else 0)
        and all(registrable_domain(url) == site and not _DOCUMENT.search(urlsplit(url).path) for url in urls)
    }
    return {key: entry for key, entry in box.items() if entry[2] not in site_lists} if site_lists else box
