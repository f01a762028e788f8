"""Document-level metadata: headline, description, site name, language, canonical URL, tags.

Each field is read from the strongest evidence the page offers, in the order: site profile
selector, JSON-LD, microdata, meta tags, CMS markup conventions, heuristics. The headline is the
one printed above the article: the h1 (or CMS title element) that says what a declared title
says (``harvester.fields.headlines``), even where the declared one is an SEO or social variant;
a declared title stands in, without its site and section suffixes, only when no printed heading
matches one. The declared titles that differ from it are kept as ``alternative_headlines`` with
where each was found: publishers test headlines against each other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import chain, islice
from urllib.parse import urlsplit

from lxml import etree

from harvester.dates import search_date
from harvester.document import Page, Regions, clean_text, text_of, word_count
from harvester.document.markup import (
    HIDING_CLASSES,
    KICKER_H1_NAMES,
    KICKER_NAMES,
    SCREEN_READER_CLASSES,
    in_overlay,
    in_page_furniture,
    out_of_sight,
    tag_links,
)
from harvester.document.parse import top_level_children
from harvester.document.structured import (
    ARTICLE_TYPES,
    JsonLd,
    jsonld_types,
    text_value,
    url_value,
)
from harvester.fields.base import cascade
from harvester.fields.headlines import (
    SEPARATORS,
    is_machine_id,
    printed_match,
    strip_archive_label,
    strip_bare_separators,
    strip_tails,
    strip_trail_heads,
)
from harvester.lexicon import HOME_PAGE_LABELS, host_spelling, is_domain_name, site_label
from harvester.models import AlternativeHeadline, FieldSource, HeadlineSource, Via

__all__ = ["Metadata", "extract_metadata", "norm_title", "site_names", "strip_site_name"]

MAX_TAGS = 50
MAX_TAG_CHARS = 100
# A title longer than this is body text that leaked into a heading, not a headline.
MAX_HEADLINE_CHARS = 400
# A URL path segment of this many words or more is an article's slug, not a section's name.
MIN_SLUG_WORDS = 3
# A title's last part of this many words or more, printed as the h1, is the headline, not the site's name.
MIN_TAIL_HEADLINE_WORDS = 4
# A site's name is at most this many words ("Historische Wehranlage in Horka e.V"); a longer part that
# mentions the site is a headline about it.
MAX_SITE_NAME_WORDS = 5
_QUOTES = re.compile(r"[\"'“”„‟‘’‚‛«»‹›`´]")
_NON_WORD = re.compile(r"\W+")
_TOKEN = re.compile(r"\W+", re.ASCII)
_TRUNCATED = ("...", "…")
_OPENING_QUOTES = ('"', "“", "„", "«")
_MIN_TRUNCATED_PREFIX = 40
_URLISH = re.compile(r"^(?:https?:)?//\S+$|^www\.\S+$", re.IGNORECASE)
_PERMALINK_MARKS = " ¶§#🔗"
# Elements inside a heading looked at for a kicker printed in its own element.
MAX_HEADING_PARTS = 12
# A note in brackets closing a title (a photo credit), in ASCII or full-width brackets.
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
# What divides a kicker from the headline it is printed with.
_KICKER_MARKS = " :|-–—•·/,"
# A kicker's colon, ASCII or full-width; never one of the two colons of the " :: " separator.
_KICKER_COLONS = (re.compile(r"(?<!:): "), re.compile("："))
_KEYWORD_SPLIT = re.compile(r"\s*[,;]\s*")
# An h1 inside a breadcrumb trail, or named as its item ("nvg-Breadcrumb_Item", "breadcrumbNav__title").
_CRUMB = re.compile(r"crumb", re.IGNORECASE)
# How far up an h1's ancestors a breadcrumb is looked for.
CRUMB_DEPTH = 5
# The h2s after such an h1 looked at for the heading over the article.
MAX_HEADINGS_AFTER_CRUMB = 8
# A heading named as the element of a text block's component (BEM "block__headline"), a section's of the
# text: haus.de's "<h2 class=paragraph__headline>Was ist eine Vorsatzschalung?</h2>" (a Drupal paragraph's,
# the first question of its FAQ) under the trail's h1 "Was ist eine Vorsatzschalung und was bringt sie?".
_SECTION_HEADING = re.compile(r"\b(?:paragraph|section|text|faq|accordion)__(?:head(?:line|ing)?|title)\b", re.IGNORECASE)
# The h2s and h3s looked at for a headline printed under a section's name in the h1.
MAX_SUBHEADINGS = 5
# A class or id names a title in any case ("Title", "con-title", "title-text"): only the capitals of
# "title" fold, as XPath's translate(@class, 'TITLE', 'title') folds them.
_TITLE_CAPITALS = str.maketrans("TILE", "tile")
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# What divides a trail printed as text: "首页 - 新闻动态", "Home > News", "Startseite » Aktuelles".
_TRAIL_MARK = re.compile(r"\s+[-–—>»›/|]\s+|\s*[>»›]\s*")
# A headline in a CJK script holds at least this many of its characters.
_MIN_CJK_HEADLINE = 8
# The title elements looked at for a title's printed part.
MAX_TITLE_ELEMENTS = 200
# A heading named as a headline ("dm_article_headline", "atc-Headline", itemprop=headline).
_HEADLINE_NAME = re.compile(r"headline", re.IGNORECASE)
# A post's title element and its header, as CMS themes and page builders name them, also inside a
# longer name: WordPress's "entry-title", Elementor's post-title widget
# ("elementor-widget-theme-post-title"), JNews's "jeg_post_title", Medium's "pw-post-title", Ghost
# Source's "gh-article-title"; tagDiv's single-post title block ("tdb-title-text" in "tdb_title"), and
# Drupal's node title field printed in the page-title block ("<h1 class=page-title><span class="field
# field--name-title">").
_POST_TITLE_NAMES = re.compile(r"(?:^|[\s_-])(?:entry|post|content|article)[-_](?:title|header)(?:[\s_-]|$)"
                               r"|(?:^|\s)(?:tdb[-_]title|field--name-title)(?:[\s_-]|$)", re.IGNORECASE)
# How far up an h1's ancestors, and how far into its parts, a post title's name is looked for: Elementor
# names the widget two levels above the h1, Drupal the span inside it.
POST_TITLE_DEPTH = 3
# A news article's headline element as news templates name it, in any attribute of the h1, its wrappers
# or its parts: Brightspot's "Page-headline", the NYT's data-testid="headline", the Guardian's wrapper
# data-gu-name="headline", the BBC's type="headline" in its "headline-block", the Washington Post's
# data-qa="headline", Gannett's elementtiming="ar-headline", itemprop="headline", "story-title",
# BEM's "article__headline". Not a subheadline.
_HEADLINE_NAMES = re.compile(r"(?<!sub)(?<!sub[-_])headline|(?:^|[\s_-])(?:story|article)[-_]+(?:title|headline)",
                             re.IGNORECASE)
# The attributes a template names its headline element in.
_NAMING_ATTRIBUTES = ("class", "id", "itemprop", "data-testid", "data-qa", "type", "data-gu-name", "data-component",
                      "elementtiming")
# A heading hidden, or printed for screen readers only (markup's two catalogues), is no headline a
# reader sees. A part of a class or id, not a whole token: headings carry their own modifiers
# ("visually-hidden-title", "hidden-text", Bootstrap 3's "text-hide").
_HIDDEN_NAME = re.compile(r"(?:^|[\s_-])(?:" + "|".join(map(re.escape, sorted(HIDING_CLASSES | SCREEN_READER_CLASSES)))
                          + r")(?:$|[\s_-])", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_ANY_SEPARATOR = re.compile("|".join(map(re.escape, SEPARATORS)))
_LEADING_SYMBOLS = re.compile(r"^\W+")
# Chinese, Japanese and Korean titles print the separator before the site's or section's name
# without spaces ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "标题_教育频道_中国青年网"): a short
# tail in those scripts.
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
# CJK titles glue their parts with a bar, a full-width bar or "丨" (a stroke Chinese portals print
# as one): "标题_教育频道_中国青年网", "ビタミンD試験の結果｜日経電子版", "标题丨网易"; People's Daily
# with two hyphens, "标题--时政--人民网" (its pages as scrapers' fixtures record them).
_GLUED_CJK_TAIL = re.compile(rf"^(?P<head>.*[{_CJK}])\s*(?P<mark>--|[-_|｜丨])\s*(?P<tail>[{_CJK}][^\s\-_|｜丨]{{1,11}})$")
# Chinese writers type two hyphens for the dash "——" inside a headline too ("新冠疫苗研发取得重大进展--专家解读"):
# a part after the one "--" of a title comes off as a guess only where it names a web site ("--人民网"); People's
# Daily's "Post--Section--Site" glues two.
_SITE_NAME_END = ("网", "網")
# A part closing a title in brackets (ASCII, full-width, Japanese lenticular) or after a bar without
# spaces, two slashes or an arrow.
# A mark dividing a CJK title's parts without spaces, or the space itself.
_GLUED_MARK = re.compile(r"\s*(?:--|[-_|｜丨—])\s*|\s+")
_MARKED_SITE_TAIL = re.compile(r"^(?P<head>.*?\S)\s*(?:[(\[（【]\s*(?P<bracketed>[^()\[\]（）【】]+?)\s*[)\]）】]"
                               r"|(?:\||｜|//|→|⟶|⇒)\s*(?P<after>[^|｜/→⟶⇒]+?))\s*$")


@dataclass
class Metadata:
    headline: str | None = None
    alternative_headlines: list[AlternativeHeadline] = field(default_factory=list)
    description: str | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    tags: list[str] = field(default_factory=list)


def extract_metadata(page: Page) -> Metadata:
    """Never raises on a bad page: a field that cannot be read stays empty."""
    jsonld = page.ld
    meta = Metadata()
    meta.site_name = _site_name(page, jsonld)
    meta.headline, meta.alternative_headlines = _headline(page, jsonld, meta.site_name)
    if meta.site_name is None and meta.headline:
        meta.site_name = cascade(page, "site_name", [(Via.HEURISTIC, lambda: _site_from_title(page, meta.headline))])
    meta.description = _description(page, jsonld)
    meta.language, source = page.language_and_source
    if source:
        page.note("language", source)
    meta.canonical_url = _canonical_url(page, jsonld)
    meta.tags = _tags(page, jsonld)
    return meta


def norm_title(text: str | None) -> str:
    """The comparison key of a title: NFKC, case-folded, without quotes, whitespace collapsed."""
    if not text:
        return ""
    text = _QUOTES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(text.split())


def strip_site_name(title: str, site_names: list[str], *, guess: bool = False) -> str:
    """Remove a " | Site" suffix (or "Site | " prefix) naming the site.

    With ``guess``, a short last segment is taken for the site name even when no known name
    matches it: right for ``<title>``, too bold for a curated og:title.
    """
    keys = {_squash(name) for name in site_names if _squash(name)}
    # A part that is the site's name goes first, then one that mentions it: "Bundespolizei - Aktuelles
    # - Illegale Migration … durch die Bundespolizei …" has the site's name in front and in its headline.
    for exact in (True, False):
        for sep in SEPARATORS:
            if sep not in title:
                continue
            head, _, tail = title.rpartition(sep)
            if head.strip() and (_squash(tail) in keys if exact else _names_site(tail, keys)):
                return head.strip()
            lead, _, rest = title.partition(sep)
            # "Gregory Szorc's Digital Home | Mercurial's Journey …": a short first part naming the site
            # before a longer one is the site's name. So is a first part that is a domain name
            # ("energieverbraucher.de | Gaspreise"), whatever site it names: an archived page's host
            # is the archive's.
            if rest.strip() and (_squash(lead) in keys if exact else is_domain_name(lead)
                                 or (_is_site_name(lead, keys) and len(rest) > len(lead))):
                return rest.strip()
        # A known site name glued on by a CJK bar goes however short the headline before it, and
        # the section before it as a guess would ("标题_健康_新浪网").
        if exact and (glued := _GLUED_CJK_TAIL.match(title)) and _squash(glued["tail"]) in keys:
            return _strip_glued_tails(glued["head"].strip())
        # The site's name closing a title in brackets, or after a mark no separator list holds
        # ("Post (Site)", "Post [Site]", "Post【Site】", "Post|Site", "Post // Site", "Post → Site"):
        # the site's own name only, a bracketed "(Video)" or "[PHOTOS]" is the headline's.
        if exact and (marked := _MARKED_SITE_TAIL.match(title)) \
                and _squash(marked["bracketed"] or marked["after"]) in keys:
            return marked["head"].strip()
    if guess:
        for sep in SEPARATORS:
            if sep not in title:
                continue
            head, _, tail = title.rpartition(sep)
            # Words as the script writes them: a Japanese or Chinese headline is one or two spaced
            # "words" ("ビタミンD、毎日飲んでも骨折は防げず 大規模試験で判明 | 47NEWS"), its characters
            # two to a word.
            if word_count(head) >= 3 and len(tail.split()) <= 4 and len(tail) < len(head):
                return head.strip()
        return _strip_glued_tails(title)
    return title


def _strip_glued_tails(title: str) -> str:
    """A CJK title without the short parts glued after it: "标题_教育频道_中国青年网", the site's
    name, then its section's; a tail half the headline's length or more is kept."""
    stripped = title
    while (glued := _GLUED_CJK_TAIL.match(stripped)) and len(glued["tail"]) * 2 < len(glued["head"]):
        if glued["mark"] == "--" and title.count("--") < 2 and not glued["tail"].endswith(_SITE_NAME_END):
            break
        stripped = glued["head"].strip()
    return stripped


def _names_title(value: str) -> bool:
    """Whether a class or id names a title, folding only the capitals the XPath this replaced
    folded: "tİtle" or a fullwidth "ｔｉｔｌｅ" stay apart, as they did."""
    return "title" in value.translate(_TITLE_CAPITALS)


def _title_elements(page: Page) -> list[etree._Element]:
    """The first MAX_TITLE_ELEMENTS headings of any level and elements a class or id names a title
    inside the document's body (``/html/body``), in document order.

    As the XPath ``/html/body//*[self::h1 or ... or contains(translate(@class, ...))]`` they cost
    up to 2.4 ms a page (libxml2 merges the node sets of every parent); here the named ones come
    from the page's one attribute walk, and a walk of the body by tag puts them in order among the
    headings.
    """
    named = set(page.named_where(_names_title))
    tags = _HEADING_TAGS | {el.tag for el in named}
    return list(islice((el for body in top_level_children(page.tree, "body") for el in body.iter(*tags)
                        if el is not body and (el.tag in _HEADING_TAGS or el in named)), MAX_TITLE_ELEMENTS))


def _squash(text: str) -> str:
    """A name's comparison key, spelt as a domain spells it: "Nalas Löwenseiten" is nalas-loewenseiten's."""
    return _NON_WORD.sub("", host_spelling(norm_title(text)))


def _names_site(segment: str, keys: set[str]) -> bool:
    squashed = _squash(segment)
    if not squashed:
        return False
    return any(squashed == key or (len(key) >= 4 and (key in squashed or squashed in key)) for key in keys)


def _is_site_name(segment: str, keys: set[str]) -> bool:
    """A segment holding the site's name that is as short as a site's name: "Gregory Szorc's Digital
    Home" on gregoryszorc.com, not a headline that mentions the site ("… Feststellungen durch die
    Bundespolizei im laufenden Jahr"), nor a word of the site's name ("Offshore-Windenergie" on the
    Stiftung Offshore-Windenergie's site)."""
    squashed = _squash(segment)
    return bool(squashed) and len(segment.split()) <= MAX_SITE_NAME_WORDS and any(
        squashed == key or (len(key) >= 4 and key in squashed) for key in keys)


def _site_keys(page: Page, site_name: str | None) -> list[str]:
    """Names the site may go by in a title: its declared name and its domain ("bbc" of www.bbc.co.uk)."""
    names = [site_name] if site_name else []
    if label := site_label(page.address):
        names.append(label)
    return names


def site_names(page: Page) -> list[str]:
    """Every name the site goes by: its declared names, its publisher's, its host and domain
    ("www.tour-magazin.de", "tour-magazin"). An "author" equal to one is the publisher."""
    jsonld = page.ld
    names = [name for obj in jsonld.of_type("WebSite") if (name := text_value(obj.get("name")))]
    names += page.meta_values("og:site_name", "application-name", "apple-mobile-web-app-title")
    # A blog's publisher may be its writer, a Person: only an organization is the site.
    publisher = jsonld.resolve(jsonld.first("publisher"))
    if not (isinstance(publisher, dict) and jsonld_types(publisher) & {"Person"}):
        if name := text_value(publisher):
            names.append(name)
    names += _home_link_names(page)
    host = (urlsplit(page.address or "").hostname or "").removeprefix("www.")
    if host:
        names.append(host)
    return [*names, *_site_keys(page, None)]


# The links a page marks as leading to the site's home page; a few are enough.
HOME_LINKS = 3


def _home_link_names(page: Page) -> list[str]:
    """The site's name as its banner prints it: WordPress themes print the blog's name as a link
    ``rel="home"`` to its front page (underscores' header.php: '<p class="site-title"><a href="…"
    rel="home"><?php bloginfo( 'name' ); ?></a></p>', and Twenty Ten to Twenty Twenty-One the
    same). A byline crediting that name credits the site. A "Home" link in a trail is no name."""
    names: list[str] = []
    for a in page.home_links:
        if (text := text_of(a)) and 2 <= len(text) <= 60 \
                and text.casefold() not in ("home", "start", "inicio", "accueil", "startseite"):
            names.append(text)
            if len(names) == HOME_LINKS:
                break
    return names


def _site_name(page: Page, jsonld: JsonLd) -> str | None:
    return cascade(page, "site_name", [
        (Via.JSON_LD, lambda: next((name for obj in jsonld.of_type("WebSite") if (name := text_value(obj.get("name")))),
                                   None)),
        # og:site_name before the publisher: a publisher is often the company behind several sites.
        (Via.META, lambda: page.meta_first("og:site_name")),
        (Via.JSON_LD, lambda: text_value(jsonld.resolve(jsonld.first("publisher")))),
        (Via.MICRODATA, lambda: _microdata_publisher(page)),
        (Via.META, lambda: page.meta_first("application-name", "apple-mobile-web-app-title", "al:ios:app_name")),
    ])


def _microdata_publisher(page: Page) -> str | None:
    for item in page.microdata_of_type(*_MICRODATA_ARTICLES):
        for publisher in item.get("publisher", []):
            if isinstance(publisher, dict) and (name := _first_string(publisher.get("name"))):
                return name
    return None


def _site_from_title(page: Page, headline: str) -> str | None:
    """What ``<title>`` adds to the headline or the printed h1 is the site's name: "Blog: Post", "Post | Site"."""
    title = title_tag(page)
    if not title:
        return None
    keys = {norm_title(headline), *(norm_title(text) for text in _Printed(page).h1[:1])}
    for sep in (*SEPARATORS, ": "):
        head, found, tail = title.partition(sep)
        # The headline itself is no site name: wehranlage-horka's title "Historischer Markt ›
        # Historische Wehranlage in Horka e.V" joins the headline and the site its h1 prints.
        if found and norm_title(tail) in keys and head.strip() and norm_title(head) != norm_title(headline):
            return head.strip()
        head, found, tail = title.rpartition(sep)
        if found and norm_title(head) in keys and tail.strip() and norm_title(tail) != norm_title(headline):
            return tail.strip()
        # "Site » Blog Archive » Post", "Post - Point of Sail - Segelmacher in Kiel": of three parts or
        # more with the headline at one end, the first other part that names the host.
        parts = [part.strip() for part in title.split(sep)]
        if len(parts) > 2 and {norm_title(parts[0]), norm_title(parts[-1])} & keys:
            host = {_squash(label)} if (label := site_label(page.address)) else set()
            if named := next((part for part in parts if norm_title(part) not in keys and _names_site(part, host)), None):
                return named
    # A part that is the host's name, whatever the others say: eawag.ch's "News - Eawag", the section's
    # page title kept on the article, its h1 for screen readers only.
    if label := _squash(site_label(page.address) or ""):
        parts = _ANY_SEPARATOR.split(title)[1:]
        # Less a symbol before it: uniqz's "… | ✂ Uniqz®".
        return next((_LEADING_SYMBOLS.sub("", part) for part in parts if _squash(part) == label), None)
    return None


def title_tag(page: Page) -> str | None:
    return page.title_tag


_TITLE_META: tuple[tuple[str, HeadlineSource], ...] = (
    ("dc:title", "meta"), ("dcterms:title", "meta"), ("og:title", "open-graph"), ("title", "meta"),
    ("twitter:title", "twitter"), ("parsely-title", "meta"), ("dc.title", "meta"), ("dcterms.title", "meta"),
    ("sailthru.title", "meta"), ("citation_title", "meta"),
)
_FIELD_SOURCE: dict[HeadlineSource, FieldSource] = {
    "json-ld": Via.JSON_LD, "open-graph": Via.META, "twitter": Via.META, "meta": Via.META, "microdata": Via.MICRODATA,
    "title-tag": Via.HEURISTIC,
}


def _declared_titles(page: Page, jsonld: JsonLd, title_tag: str | None) -> list[tuple[str, HeadlineSource]]:
    """Titles the publisher declared for this article, strongest first, ``<title>`` last.

    The order is the one Readability and the readers built on it follow (JSON-LD, Dublin Core,
    Open Graph, the ``title`` meta, Twitter); microdata, which they ignore, comes after them.
    URLs and machine ids ("post-48213") are no titles.
    """
    titles: list[tuple[str, HeadlineSource]] = []
    if text := _jsonld_title(jsonld, title_tag):
        titles.append((text, "json-ld"))
    for name, source in _TITLE_META:
        if value := page.meta_first(name):
            titles.append((value, source))
    # Reading microdata is costly; it is only needed when nothing else declares a title.
    for item in page.microdata_of_type(*_MICRODATA_ARTICLES) if not titles else ():
        if text := _first_string(item.get("headline") or item.get("name")):
            titles.append((text, "microdata"))
            break
    if title_tag:
        titles.append((title_tag, "title-tag"))
    return [(text, source) for text, source in titles if not _URLISH.match(text) and not is_machine_id(text)
            and not _cut_at_quote(text, title_tag)]


def _cut_at_quote(text: str, title_tag: str | None) -> bool:
    """Whether a declared title is ``<title>`` cut where it opens a quotation: a template writing
    the title unescaped into an attribute ends the attribute at the title's own double quote
    (eluniversal's ``content="… a Biden de "incapacitado""`` reads as "… a Biden de")."""
    if not title_tag or len(text) >= len(title_tag) or not title_tag.startswith(text):
        return False
    return title_tag[len(text):].lstrip()[:1] in _OPENING_QUOTES


def _jsonld_title(jsonld: JsonLd, title_tag: str | None) -> str | None:
    """The article's ``name``, or its ``headline`` where only the headline resembles ``<title>``.

    Publishers disagree on which key holds the title: some put a summary in ``headline``
    (Wikipedia), others their own name in ``name``; the browser tab settles it.
    """
    main = next((obj for obj in jsonld.main if jsonld_types(obj) & ARTICLE_TYPES), None)
    if main is None:
        return None
    name, headline = text_value(main.get("name")), text_value(main.get("headline"))
    if name and headline and name != headline and title_tag:
        if _similarity(headline, title_tag) > 0.75 >= _similarity(name, title_tag):
            return headline
    return name or headline


def _similarity(text: str, reference: str) -> float:
    """How much of ``reference`` ``text`` covers: Readability's ``_textSimilarity``, words split
    on ASCII non-word characters as JavaScript's ``\\W`` splits them."""
    words = set(_TOKEN.split(text.lower())) - {""}
    reference_words = [word for word in _TOKEN.split(reference.lower()) if word]
    if not words or not reference_words:
        return 0.0
    missing = " ".join(word for word in reference_words if word not in words)
    return 1 - len(missing) / len(" ".join(reference_words))


_MICRODATA_ARTICLES = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "TechArticle",
                       "ScholarlyArticle", "MedicalWebPage", "WebPage", "Report", "LiveBlogPosting")


def _first_string(values: list[object] | None) -> str | None:
    for value in values or ():
        if isinstance(value, str) and value.strip():
            return clean_text(value)
    return None


def _headline(page: Page, jsonld: JsonLd, site_name: str | None) -> tuple[str | None, list[AlternativeHeadline]]:
    """The printed headline and the declared titles that differ from it."""
    site_keys = _site_keys(page, site_name)
    site_squashed = {_squash(key) for key in site_keys}
    title = title_tag(page)
    # A declared title that is only the site's name ("Yahoo News - Latest News") names no article, nor
    # one naming the front page ("Home", "Startseite | Example"): a template's default the page kept.
    declared = [(text, source) for text, source in _declared_titles(page, jsonld, title)
                if not _names_only_site(text, site_keys, site_squashed)
                and norm_title(strip_site_name(text, site_keys, guess=True)) not in HOME_PAGE_LABELS]
    headline = _chosen_headline(page, declared, site_keys, site_squashed)
    return headline, _alternatives(declared, headline)


def _chosen_headline(page: Page, declared: list[tuple[str, HeadlineSource]], site_keys: list[str],
                     site_squashed: set[str]) -> str | None:
    return cascade(page, "headline", _headline_steps(page, declared, site_keys, site_squashed), profile=_first_text)


def _headline_steps(page: Page, declared: list[tuple[str, HeadlineSource]], site_keys: list[str],
                    site_squashed: set[str]) -> Iterator[tuple[FieldSource, Callable[[], str | None]]]:
    """A printed heading matching a declared title, else the first declared title (site name and
    section tails off), else the first printed heading."""
    markup = _Printed(page)
    references = [text for text, _ in declared]
    yield Via.MARKUP, lambda: _heading_over_article(page, site_squashed)
    yield Via.MARKUP, lambda: _heading_under_section_title(page, references)
    yield Via.MARKUP, lambda: _printed_headline(markup, references, site_keys)
    yield Via.MARKUP, lambda: _lone_h1_over_unprinted_titles(page, markup, references, site_keys, site_squashed)
    # A printed heading linking to the home page that is a title's last part is the site's name
    # as its header prints it (a blog's name in its h1): " | Liebe geht durch den Magen" comes off
    # the title too.
    printed_site_keys = [*site_keys, *(text for text in markup.home_h1 if _ends_title(text, references))]
    first_printed = markup.first(site_squashed)
    sections = _section_keys(page, printed_site_keys) if declared else []
    printed_kickers = [text for text in markup.h1
                       if len(text.split()) < MIN_TAIL_HEADLINE_WORDS and text not in markup.titles]
    stand_ins: list[tuple[HeadlineSource, str]] = []
    for text, source in declared:
        if _cut_short(text, references):
            continue
        unsited = strip_site_name(strip_bare_separators(strip_archive_label(text)), printed_site_keys,
                                  guess=source == "title-tag")
        stripped = strip_tails(unsited, sections)
        # A title that opened with the site's name is a trail: "Site - Section - Post".
        if unsited != text and text.rstrip().endswith(unsited):
            stripped = strip_trail_heads(stripped, sections)
        # A first part the page prints as a short h1 of its own is its section's or kicker's, not
        # the headline's (a kicker in an element of its own is none, the labelling guide): "Gesundheit:
        # Post" declared beside "<h1>Gesundheit</h1>". Not a post's title element, nor a longer h1:
        # the headline itself (krimiblog's "Post : Krimiblog-Archiv | …" beside its `h3.entry-title`).
        stripped = strip_trail_heads(stripped, printed_kickers, (*SEPARATORS, ": ", "："), dates=False)
        # A <title> naming only the site says nothing about the article a heading may name.
        if source == "title-tag" and first_printed is not None and _squash(stripped) in site_squashed:
            continue
        stand_ins.append((source, stripped))
    stand_in = stand_ins[0][1] if stand_ins else None
    yield Via.MARKUP, lambda: _printed_title_part(markup, references, site_squashed, stand_in)
    for source, stripped in stand_ins:
        yield _FIELD_SOURCE[source], partial(str, stripped)
    yield Via.MARKUP, lambda: first_printed


def _lone_h1_over_unprinted_titles(page: Page, markup: _Printed, references: list[str], site_keys: list[str],
                                   site_squashed: set[str]) -> str | None:
    """The article's own h1 where no declared title is printed anywhere on the page: an SEO title
    written for the search results ("Zaubernuss im Winter » Wann blüht die Hamamelis?") beside the
    post's "<h1 class=entry-title>Wie pflege ich meine Zaubernuss im Winter?</h1>". Only the lone h1
    of an <article> or a post's title element, and only one sharing two words or more with a declared
    title (the same subject worded twice): a test page's "Lorem ipsum" h1 or a header's name is none.
    Where no h1 shares two words with a title, the page's one h2 named as the post's title is read the
    same way: OceanWP prints "Blog" (or its translation) in the page header's h1 by default and the
    post's title in "h2.single-post-title.entry-title" (oceanwp/oceanwp, partials/single/header.php;
    inc/helpers.php's oceanwp_title())."""
    if not references:
        return None
    def shares_words(text: str) -> bool:
        words = {word.casefold() for word in _WORD.findall(text)}
        return any(len(words & {word.casefold() for word in _WORD.findall(ref)}) >= 2 for ref in references)

    # A blog's name in an h1 of its own ("BLOG: Die Engelbart-Galaxis" over SciLogs' posts) is no rival.
    # A post's own h1 holding more than the site's name is: a vendor's blog names its product after
    # itself, Ghost's post "<article><header><h1 class=post-full-title>Ghost 3.0</h1>" on ghost.org.
    own = {text for el in page.h1s if _in_post(el) and (text := _printed_text(el)) and _squash(text) not in site_squashed}
    texts = {text for text in markup.h1 if text not in markup.home_h1
             and (text in own or not _is_site_name(text, site_squashed))}
    if any(shares_words(text) for text in texts):
        if len(texts) != 1:
            return None
        text = next(iter(texts))
        if not any(_printed_text(el) == text and _in_post(el) for el in page.h1s):
            return None
    else:
        named = markup._texts([el for el in page.headings["h2"] if _POST_TITLE_NAMES.search(el.get("class") or "")])
        # Under h1s that are all the site's name (its logo's), the one h2 of a post's header element is
        # the post's title: The Political Insider's WordPress theme prints "<h1><a href=/><img alt='The
        # Political Insider'>…</a></h1>" three times (one a screen size) and "<article><header
        # class=article-header><div><h2>Post</h2></div></header>" under them.
        if not named and not texts:
            named = markup._texts([el for el in page.headings["h2"] if _in_post_header(el)])
        if len(named) != 1 or not shares_words(text := named[0]):
            return None
    printed = _printed_squashed(page)
    if any((key := _squash(variant)) and key in printed
           for ref in references for variant in (ref, strip_site_name(ref, site_keys, guess=True))):
        return None
    return text


def _printed_title_part(markup: _Printed, references: list[str], site_squashed: set[str],
                        stand_in: str | None) -> str | None:
    """The part of a declared title that a heading or a title-named element prints whole, where no
    h1 says what a title says: the title's head before its site's or section's tail, or its tail after
    a prefix, the larger of the two. Chinese portals print the headline in an h4, an h5 or a
    ``div.title``/``span.Title``/``p.con-title`` under no h1 and glue their tails to it without the
    spaced separators other titles use ("标题_10%公司_澎湃新闻-The Paper", "标题-EDN 电子技术设计",
    "标题 东区办事处_中山网", "明日股市预测--标题"), where neither the site's name nor a word count tells
    the tail from the headline. What the page prints does. A part naming the site, or printed only
    in the page's header, navigation or footer (a logo), is none; nor a part shorter than the rest.
    A part that is what the first declared title gives anyway (``stand_in``) is left to that step."""
    parts: dict[str, str] = {}
    for ref in references:
        for start, end in _title_boundaries(ref):
            head, rest = ref[:start].strip(), ref[end:].strip()
            for part, other in ((head, rest), (rest, head)):
                if len(part) > len(other) and not _names_site(part, site_squashed):
                    parts.setdefault(norm_title(part), part)
    parts.pop(norm_title(stand_in), None)
    if not parts:
        return None
    return max((text for text in markup.title_elements if norm_title(text) in parts), key=len, default=None)


def _title_boundaries(title: str) -> Iterator[tuple[int, int]]:
    """Where a title divides into parts: its spaced separators and, in a title printed in a CJK
    script, a bar, dash or underscore glued to the words and a space (CJK words need none)."""
    for sep in SEPARATORS:
        start = title.find(sep)
        while start >= 0:
            yield start, start + len(sep)
            start = title.find(sep, start + 1)
    if re.search(f"[{_CJK}]", title):
        for glued in _GLUED_MARK.finditer(title):
            yield glued.start(), glued.end()


def _in_post(h1: etree._Element) -> bool:
    """Whether an h1 is an article's: inside an <article>, or a post's title element by its class, its
    wrappers' or its parts' (WordPress's "entry-title" in "header.entry-header", Elementor's post-title
    widget around the h1, Drupal's title field inside it). Each name is one of a post's title element
    in the theme's or builder's template: no landing page's slogan."""
    nodes = [node for node in chain([h1], islice(h1.iterancestors(), POST_TITLE_DEPTH),
                                    islice(h1.iterdescendants(), POST_TITLE_DEPTH)) if isinstance(node.tag, str)]
    names = " ".join(f"{node.get('class') or ''}" for node in nodes)
    if _POST_TITLE_NAMES.search(names) or any(el.tag == "article" for el in h1.iterancestors()):
        return True
    named = " ".join(value for node in nodes for attribute in _NAMING_ATTRIBUTES if (value := node.get(attribute)))
    return bool(_HEADLINE_NAMES.search(named))


def _in_post_header(heading: etree._Element) -> bool:
    """Whether a heading is the first of a post's header element inside an <article>: a header
    named as one ("header.entry-header", "header.article-header") within POST_TITLE_DEPTH levels."""
    for ancestor in islice(heading.iterancestors(), POST_TITLE_DEPTH):
        if ancestor.tag == "header" and _POST_TITLE_NAMES.search(ancestor.get("class") or ""):
            return (next(ancestor.iter("h1", "h2", "h3"), None) is heading
                    and any(el.tag == "article" for el in ancestor.iterancestors()))
    return False


def _printed_squashed(page: Page) -> str:
    """The page's body text as the reader sees it, squashed: no script's or style's."""
    body = page.tree.find("body")
    if body is None:
        return ""
    parts: list[str] = []
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style", "noscript", "template") and el.text:
            parts.append(el.text)
        if el is not body and el.tail:
            parts.append(el.tail)
    return _squash(" ".join(parts))


def _cut_short(title: str, titles: list[str]) -> bool:
    """Whether a declared title ending in an ellipsis is another declared title cut at a length
    limit: JSON-LD ``headline`` is cut at Google's 110 characters ("Vitamin D pills do not prevent…")
    where og:title or <title> gives the whole wording. Read without a printed heading, the whole one
    is the headline. A title ending in an ellipsis that no longer one continues is its own wording."""
    if not title.endswith(_TRUNCATED):
        return False
    stem = norm_title(title.rstrip(".… "))
    return bool(stem) and any(len(key := norm_title(other)) > len(stem) and key.startswith(stem)
                              and not other.endswith(_TRUNCATED) for other in titles)


def _printed_headline(markup: _Printed, references: list[str], site_keys: list[str]) -> str | None:
    if not references:
        return None
    found = (_matching(markup, references, site_keys) or _title_tail(markup, references, site_keys)
             or printed_match(markup.h1, references))
    if found is not None and (beside := _headline_beside_section(markup, found, references, site_keys)):
        return beside
    if found is not None and (under := _headline_under_repeated_kicker(markup.page, found)):
        return under
    if found is None and (found := printed_match(markup.titles, references)) is not None:
        # A block named for the title, matching it by the words its subtitle adds, prints the
        # headline in the heading it holds.
        return markup.title_blocks.get(found, found)
    if found is None:
        # No headline heading names a declared title, but a subheading prints one word for word: that
        # title is the one the reader sees, not a social or SEO variant the page never prints (an
        # og:title with the site's slogan beside a <title> an h2 prints under an empty logo h1).
        found = _declared_subheading(markup, references, site_keys)
    return found


def _headline_under_repeated_kicker(page: Page, found: str) -> str | None:
    """The later h1 a kicker stands over where the kicker prints the words of the h1 found: a
    template's header repeating the feature's kicker as its title. The New York Times' interactive
    template prints "<h1 class=interactive-headline itemprop=headline>The National Museum of African
    American History and Culture</h1>" (the declared title) over the graphic's own header, "<p
    class=g-kicker>The National Museum of African American History and Culture</p><h1
    class=g-headline>I, Too, Sing America</h1>", the heading printed over the text. Only a kicker
    named so, right before that h1, printing the found h1's words whole."""
    key = norm_title(found)
    h1s = page.h1s
    first = next((index for index, el in enumerate(h1s) if norm_title(_printed_text(el)) == key), None)
    if first is None:
        return None
    for h1 in h1s[first + 1:]:
        kicker = h1.getprevious()
        while kicker is not None and not isinstance(kicker.tag, str):
            kicker = kicker.getprevious()
        if kicker is None or kicker.tag in _HEADING_TAGS or norm_title(text_of(kicker)) != key \
                or not KICKER_NAMES.search((kicker.get("class") or "").lower()):
            continue
        if (text := _printed_text(h1)) and not out_of_sight(h1) and not Regions.is_claimed(h1):
            return text
    return None


def _declared_subheading(markup: _Printed, references: list[str], site_keys: list[str]) -> str | None:
    """The first h2 or h3 printing a later declared title whole (the site's name off), else None.
    Only the whole title: a part of one (a section's name before a separator) is a sidebar's
    heading. The first declared title printed so is the headline the declared step gives anyway."""
    def variants(ref: str) -> set[str]:
        return {norm_title(ref), norm_title(strip_site_name(ref, site_keys))}

    first = variants(references[0])
    keys = set().union(*map(variants, references[1:])) - first
    return next((text for text in markup.subheadings if norm_title(text) in keys), None)


def _headline_beside_section(markup: _Printed, found: str, references: list[str], site_keys: list[str]) -> str | None:
    """The headline a page prints under a short heading that is a title's first part, where it
    prints the title's rest as a heading too: "Gesundheit - Vitamin-D-Pillen schützen nicht" declared,
    "<h1>Gesundheit</h1>" the section's name over "<h2>Vitamin-D-Pillen schützen nicht</h2>". A page
    printing both parts prints its section and its headline, the one of a headline's length; a
    short heading matching a title's first part with no other printed part stays the headline.
    The rest may be printed as a later h1: a stage heading naming the section, then the article's
    own h1 (zoll.de's stage "<h1>Fachmeldungen</h1>" over the news item's "<h1>Verkündung des …</h1>")."""
    if len(found.split()) >= MIN_TAIL_HEADLINE_WORDS:
        return None
    key = _squash(found)
    later_h1 = markup.h1[markup.h1.index(found) + 1:] if found in markup.h1 else []
    for ref in references:
        for sep in (*SEPARATORS, ": ", " : "):
            head, divided, rest = ref.partition(sep)
            if not divided or _squash(head) != key:
                continue
            rests = {norm_title(rest), norm_title(strip_site_name(rest, site_keys))}
            # Words as the script writes them: a Japanese diary's section title is one spaced "word".
            if beside := next((text for text in markup.subheadings
                               if word_count(text) >= MIN_TAIL_HEADLINE_WORDS and norm_title(text) in rests), None):
                return beside
            # An h1 of its own is a headline however few its words (German compounds), if more than the section's.
            if beside := next((text for text in later_h1
                               if len(text.split()) > len(found.split()) and norm_title(text) in rests), None):
                return beside
    return None


def _heading_over_article(page: Page, site_squashed: set[str]) -> str | None:
    """The heading a reader sees over the article where the page's h1 is its breadcrumb trail's
    last item, an SEO wording printed small in the trail (Süddeutsche, FAZ, DuMont's Express and
    MOPO, RTL, hessenschau, domradio, Women's Health): the first h2 after that h1 that names
    itself a headline and shares a third of its words with it, or shares half of them, outside
    sidebars and hidden text, without its kicker. None where the h1 is no breadcrumb's. An h1 that
    prints the site's name is its logo, not the h1 looked at (tonight.de's "<h1>Tonight News</h1>"
    in the header, then the trail's h1)."""
    h1 = next((el for el in page.h1s[:5]
               if not Regions.is_claimed(el) and _squash(text_of(el)) not in site_squashed), None)
    if h1 is None or not any(_CRUMB.search(f"{node.get('class') or ''} {node.get('id') or ''}")
                             for node in islice(chain([h1], h1.iterancestors()), CRUMB_DEPTH)):
        return None
    crumb_words = {word.casefold() for word in _WORD.findall(text_of(h1))}
    for heading in h1.xpath(f"following::h2[position() <= {MAX_HEADINGS_AFTER_CRUMB}]"):
        names = f"{heading.get('class') or ''} {heading.get('id') or ''}"
        if KICKER_NAMES.search(names.lower()) or _HIDDEN_NAME.search(names) or Regions.is_claimed(heading) \
                or _SECTION_HEADING.search(names) or in_page_furniture(page, heading):
            continue
        text, named = _article_heading_text(heading)
        words = [word.casefold() for word in _WORD.findall(text)]
        if not words or len(text) > MAX_HEADLINE_CHARS:
            continue
        shared = sum(word in crumb_words for word in words) / len(words)
        covered = len(crumb_words & set(words)) / max(len(crumb_words), 1)
        named = named or _HEADLINE_NAME.search(f"{names} {heading.get('itemprop') or ''}") is not None
        # Unnamed, it says most of what the h1 says: TMZ's "<h2 class=hf1>Lupita Nyong'o</h2>" is
        # the first line of a heading the h1 prints whole.
        if (shared >= 0.5 and covered >= 0.5) or (named and shared >= 1 / 3):
            return text
    return None


def _heading_under_section_title(page: Page, references: list[str]) -> str | None:
    """The article's heading where every declared title names the page's section, not the article.

    Section templates left in charge of an article page title it with the section's name and print
    that name as the page's heading, the article's title in a lower heading after it: Bitrix's
    news.detail component with "SET_TITLE" off ("<h1 id=pagetitle>Новости</h1>" from the section,
    then bitrix/components/bitrix/news.detail/templates/.default/template.php's "<span
    class=news-date-time>…</span><h3>NAME</h3>"), Chinese portals' column templates titled
    "新闻动态--学会官网" under a trail "首页 - 新闻动态" and the article's h5 or h2. A title names the
    section when its first part is a label the page's trail or navigation links to (or a trail heading
    opening with the home label prints after it) and the rest is a site's name at most. The heading
    read is the first one after the section's h1 (or its trail heading, with no h1 at all) that is
    no label, links nowhere, and is a headline's length; a page whose h1 prints anything else is left
    to the other steps: that h1 is the headline."""
    if not references:
        return None
    heads = set()
    for ref in references:
        cut = next(iter(sorted(_title_boundaries(ref))), None)
        head, rest = (ref[:cut[0]], ref[cut[1]:]) if cut else (ref, "")
        if len(rest.split()) > MAX_SITE_NAME_WORDS:
            return None
        heads.add(_squash(head))
    labels = _section_labels(page, heads)
    if not labels:
        return None
    h1s = [el for el in page.h1s if text_of(el) and not out_of_sight(el)]
    if any(_squash(text_of(el)) not in labels for el in h1s):
        return None
    anchors = h1s or [el for el in page.body_headings[:MAX_TITLE_ELEMENTS] if _trail_parts(text_of(el))]
    if not anchors:
        return None
    for heading in anchors[0].xpath(f"following::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 "
                                    f"or self::h6][position() <= {MAX_HEADINGS_AFTER_CRUMB}]"):
        text = _printed_text(heading)
        if not text or Regions.is_claimed(heading) or out_of_sight(heading) or in_page_furniture(page, heading) \
                or next(heading.iter("a"), None) is not None or _squash(text) in labels or _trail_parts(text):
            continue
        cjk = len(re.findall(f"[{_CJK}]", text))
        if len(text) <= MAX_HEADLINE_CHARS and (len(text.split()) >= MIN_TAIL_HEADLINE_WORDS or cjk >= _MIN_CJK_HEADLINE):
            return text
        return None
    return None


def _section_labels(page: Page, wanted: set[str]) -> set[str]:
    """The sections a page's trail and navigation name: the texts of their links to other pages than
    this one and the front page, and the parts a trail heading prints after its home label
    ("<h3>首页 - 新闻动态</h3>"), squashed; none unless every ``wanted`` label is among them.

    The links' targets are resolved only when every wanted label is some link's or trail's text:
    on most pages a title's first part is no navigation label, and resolving a menu's 20-200
    links cost about 0.8 ms a page."""
    def key(url: str) -> str:
        return url.split("#")[0].rstrip("/")

    links = chain(*(el.iter("a") for el in page.markup.crumbs[:MAX_SUBHEADINGS]),
                  *(el.iter("a") for el in page.tree.iter("nav")))
    named = [(link, squashed) for link in islice(links, MAX_TITLE_ELEMENTS) if (squashed := _squash(text_of(link)))]
    trail = {_squash(part) for heading in page.body_headings[:MAX_TITLE_ELEMENTS]
             for part in _trail_parts(text_of(heading))}
    trail.discard("")
    if not wanted <= trail.union(squashed for _, squashed in named):
        return set()
    # A link to the page itself (its own menu item, "Kontakt" on the contact page) names no section above it.
    own = {key(absolute) for href in (page.address, *page.canonical_hrefs) if href and (absolute := page.absolute(href))}
    labels = {squashed for link, squashed in named
              if (target := page.absolute(link.get("href"))) and key(target) not in own and not _is_home(page, target)}
    return labels | trail if wanted <= labels | trail else set()


def _trail_parts(text: str) -> list[str]:
    """The parts a trail printed as text names after its home label ("首页 - 新闻动态", "Home > News"),
    none where the text opens with no home label."""
    parts = [part.strip() for part in _TRAIL_MARK.split(text)]
    if len(parts) < 2 or norm_title(parts[0]) not in HOME_PAGE_LABELS:
        return []
    return [part for part in parts[1:] if part]


def _article_heading_text(heading: etree._Element) -> tuple[str, bool]:
    """The headline a heading over an article prints, and whether a part of it is named as one.

    The part its ``data-headline`` names (stern.de's ``data-kicker`` is printed before it); its
    part named a headline and no kicker, the last of them ("atc-HeadlineEmphasisText" is
    FAZ's kicker, "atc-HeadlineText" after it the headline; hessenschau's topline then headline);
    else the heading without a kicker named as such, and without a bold first part followed by
    more text (DuMont's "<strong>Düsseldorf</strong><span class=hiddenElement>:</span> Tote
    Tauben …", Süddeutsche's "<strong>Deutschlandtakt</strong> Flixbus …")."""
    # stern.de: <h2 data-kicker="Tag der Abstimmung" data-headline="Niederlage für …">Tag der Abstimmung: …
    declared = clean_text(heading.get("data-headline") or "")
    if declared and declared in text_of(heading):
        return declared, True
    parts = [part for part in islice(heading.iterdescendants(), MAX_HEADING_PARTS) if isinstance(part.tag, str)]
    named = [part for part in parts if _HEADLINE_NAME.search(part.get("class") or "")
             and not KICKER_NAMES.search((part.get("class") or "").lower())
             and not re.search(r"emphasis", part.get("class") or "", re.IGNORECASE) and text_of(part)]
    if named:
        return text_of(named[-1]), True
    text = _without_kicker(heading)
    first = heading[0] if len(heading) and not (heading.text or "").strip() else None
    if first is not None and first.tag in ("strong", "b") and text_of(first) and text == text_of(heading):
        copy = deepcopy(heading)
        _remove_keeping_tail(copy[0])
        text = text_of(copy).strip(_KICKER_MARKS) or text
    return text, False


def _title_tail(markup: _Printed, references: list[str], site_keys: list[str]) -> str | None:
    """An h1 of a few words equal to a title's last part, neither linking to the home page nor
    naming the site: the headline after a section, a date or a forum's name ("News - Elder: Aus dem
    Ghetto nach Augusta", "08.11.2021 | …", "r/Python - …"). A site's name is a word or three.
    A title element a template names for the post is read after the h1s: cdu-fraktion-erfurt prints
    its headline in a `div#blog_headline`, titled "CDU-Fraktion im Erfurter Stadtrat - Entwicklung …"."""
    home = set(markup.home_h1)
    site = {_squash(key) for key in site_keys}
    return next((text for text in (*markup.h1, *markup.titles) if text not in home
                 and len(text.split()) >= MIN_TAIL_HEADLINE_WORDS
                 and not _is_site_name(text, site) and _ends_title(text, references)
                 and not _after_site_name(text, references, site)), None)


def _after_site_name(text: str, titles: list[str], site: set[str]) -> bool:
    """Whether the title part a heading equals follows the site's name: the site's tagline
    ("… | Ebene 11 - Webentwicklung . AutoCAD . Schulung", which ebene11 prints beside its logo in
    its h1), not a headline after a section's name."""
    squashed = _squash(text)
    for title in titles:
        for sep in SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and _squash(tail) == squashed:
                before = head
                for other in SEPARATORS:
                    before = before.rpartition(other)[2]
                if _names_site(before, site):
                    return True
    return False


def _section_keys(page: Page, site_keys: list[str]) -> list[str]:
    """What a title's " | Section" tail may name: the site, the URL's path segments, the declared section."""
    path = urlsplit(page.address or "").path
    segments = [segment.replace("-", " ").replace("_", " ") for segment in path.split("/") if segment]
    # A segment of several words is the article's slug, its own title: never a section to cut off.
    sections = [segment for segment in segments if len(segment.split()) < MIN_SLUG_WORDS]
    return [*site_keys, *sections, *page.meta_values("article:section")]


def _alternatives(declared: list[tuple[str, HeadlineSource]], headline: str | None) -> list[AlternativeHeadline]:
    """Declared titles other than the headline, each wording once, in declaration order."""
    seen = {norm_title(headline)} if headline else set()
    alternatives: list[AlternativeHeadline] = []
    for text, source in declared:
        key = norm_title(text)
        if key and key not in seen:
            seen.add(key)
            alternatives.append(AlternativeHeadline(text=clean_text(text), source=source))
    return alternatives


def _first_text(elements: list[etree._Element]) -> str | None:
    return next((text for el in elements if (text := text_of(el))), None)


def _names_only_site(title: str, site_keys: list[str], site_squashed: set[str]) -> bool:
    return bool({_squash(title), _squash(strip_site_name(title, site_keys))} & site_squashed)


class _Printed:
    """Headings as printed: h1 elements first, CMS title classes only when no h1 will do."""

    def __init__(self, page: Page) -> None:
        self.page = page

    @cached_property
    def h1(self) -> list[str]:
        # A page without an h1 may declare one by ARIA: "<div role=heading aria-level=1>".
        return self._texts([_headline_after_kicker(_paragraph_out_of_h1(el)) for el in self.page.h1s or self.page.aria_h1s])

    @cached_property
    def titles(self) -> list[str]:
        return self._texts(self.page.markup.titles[:10])

    @cached_property
    def home_h1(self) -> list[str]:
        """The h1 texts that link to the site's home page: a header's site name, not a headline."""
        return self._texts([el for el in self.page.h1s if any(
            _is_home(self.page, self.page.absolute(a.get("href"))) for a in el.iter("a"))])

    @cached_property
    def h1_lines(self) -> list[str]:
        """The lines an h1 prints in elements of their own, where it prints two or more: a headline
        span beside the site's name linking home (Ultima Hora's "<h1><span class=define>…</span>
        <a href=/mallorca.html>Ultima Hora Mallorca</a></h1>"), or a role and name after a ``<br>``
        (Nikkei's "<span>…の成否</span><br><span>編集委員　中沢克二</span>")."""
        lines: list[str] = []
        for h1 in self.page.h1s:
            if Regions.is_claimed(h1) or (h1.text or "").strip():
                continue
            parts = [part for part in h1 if isinstance(part.tag, str) and text_of(part)]
            # A kicker line (cicero's `teaser-small__kicker` "Corona-Pandemie", the title's head
            # before " - ") is no headline line: _without_kicker reads that heading.
            if len(parts) < 2 or any(KICKER_NAMES.search((part.get("class") or "").lower()) for part in parts):
                continue
            lines.extend(text_of(part) for part in parts)
        return lines

    @cached_property
    def h1_heads(self) -> list[str]:
        """The words an h1 prints before the secondary text it closes with in a ``<small>``: Bootstrap's
        page header (twbs/bootstrap, docs/components/page-header.md: "<h1>Example page header
        <small>Subtext for header</small></h1>"), the subtitle printed smaller on the headline's line."""
        heads: list[str] = []
        for h1 in self.page.h1s:
            last = h1[-1] if len(h1) else None
            if last is None or last.tag != "small" or (last.tail or "").strip() or Regions.is_claimed(h1) \
                    or out_of_sight(h1) or not text_of(last):
                continue
            copy = deepcopy(h1)
            copy.remove(copy[-1])
            if text := _printed_text(copy):
                heads.append(text)
        return heads

    @cached_property
    def title_blocks(self) -> dict[str, str]:
        """A title-named block's text -> the heading it holds: ESPN's `div.mod-article-title` runs
        its dateline, h1, subtitle h3, tools and byline into one text; the h1 inside is the headline."""
        blocks: dict[str, str] = {}
        for el in self.page.markup.titles[:10]:
            if el.tag in ("h1", "h2", "h3") or Regions.is_claimed(el):
                continue
            heading = next(chain(el.iter("h1"), el.iter("h2")), None)
            if heading is not None and (text := _without_kicker(heading)):
                # Keyed by the block's text as `titles` reads it: a <br> in the block divides words.
                blocks[_printed_text(el)] = text
        return blocks

    @cached_property
    def title_elements(self) -> list[str]:
        """Headings of every level and elements a class or id names a title ("title", "con-title",
        "title-text"), as printed, outside the page's header, navigation and footer."""
        elements = [el for el in _title_elements(self.page)
                    if not any(node.tag in ("header", "nav", "footer") for node in el.iterancestors())]
        return [text for text in self._texts(elements) if text not in self.home_h1]

    @cached_property
    def subheadings(self) -> list[str]:
        """The first h2 and h3 texts, as printed: where a page's h1 is its section's name."""
        return self._texts([*self.page.headings["h2"][:MAX_SUBHEADINGS], *self.page.headings["h3"][:MAX_SUBHEADINGS]])

    def first(self, site_squashed: set[str]) -> str | None:
        """The first printed heading; of several h1s, the first that is no logo: a header's "<h1
        class=site-title><a href=/>Example Health</a></h1>" before the post's h1 is the site's name,
        which a <title> naming only the site cannot tell apart from the article's heading."""
        headings = self.h1 or self.titles
        return next((text for text in headings if text not in self.home_h1 and _squash(text) not in site_squashed),
                    next(iter(headings), None))

    @staticmethod
    def _texts(elements: list[etree._Element]) -> list[str]:
        # A permalink anchor printed after a heading ("Title¶", Sphinx and docs themes) is no word of it.
        # A heading only screen readers get, or none (by its or a wrapper's class or inline style), is
        # printed to no sighted reader: reiterrevue's
        # "<h1 class=sr-only>Reiterrevue International</h1>" names the site before the post's h1,
        # umweltbundesamt's "<h1 class=visuallyhidden>" repeats <title> with its " | Umweltbundesamt".
        # Nor is a dialog's or a cookie banner's heading laid over the page ("We value your privacy").
        return [text for el in elements
                if not Regions.is_claimed(el) and not out_of_sight(el) and not in_overlay(el)
                and (text := _printed_text(el)) and len(text) <= MAX_HEADLINE_CHARS]


def _printed_text(el: etree._Element) -> str:
    """A heading's or title block's text as printed: without its kicker and a permalink mark."""
    text = _without_kicker(el).rstrip(_PERMALINK_MARKS)
    if (mark := _leading_anchor_mark(el)) and text.startswith(mark) and (rest := text[len(mark):].strip()):
        return rest
    return text


def _leading_anchor_mark(el: etree._Element) -> str | None:
    """The mark of a section anchor a heading opens with: a link to a fragment of the page whose text
    is a symbol, no word. tDiary prints each section of a day's diary page as "<h3><a name=p01
    href=…/20190211.html#p01><span class=sanchor>■</span> </a>Title</h3>" (its default
    section_anchor "■"; other themes print "#", "¶" or "§" there)."""
    if (el.text or "").strip() or not len(el) or el[0].tag != "a":
        return None
    anchor = el[0]
    if "#" not in (anchor.get("href") or "") and not anchor.get("name"):
        return None
    mark = text_of(anchor)
    return mark if mark and not re.search(r"\w", mark) else None


def _paragraph_out_of_h1(h1: etree._Element) -> etree._Element:
    """The paragraph an h1 printed its words in, where the parser closed the h1 before it: libxml2
    ends an open h1 at a ``<p>`` start tag (a browser keeps the paragraph inside), so People's
    WordPress template's "<h1 class=article-header__title><p>Jennifer Aniston on …</p></h1>" parses
    as an empty h1 and the paragraph after it. Only an h1 with nothing in it, the paragraph right
    after it with no text between: an empty h1 before other text (a logo's) stays what it is, and so
    does one a script fills before the text's opening paragraph, a sentence (a standfirst ending in its
    full stop, "<h1 id=headline></h1><p>City budget vote delayed again as … for next year.</p>"): a
    headline ends in no full stop."""
    if (h1.text or "").strip() or len(h1) or (h1.tail or "").strip():
        return h1
    following = h1.getnext()
    if following is not None and following.tag == "p" and (printed := text_of(following)) and not following.attrib \
            and not _SENTENCE_END.search(printed):
        return following
    return h1


# A sentence's full stop closing a text (not an ellipsis, nor an abbreviation's dot after a capital: "Inc.").
_SENTENCE_END = re.compile(r"(?:(?<![.A-Z])\.|。)[\"'”’)]*\s*$")


def _headline_after_kicker(h1: etree._Element) -> etree._Element:
    """The heading a kicker h1 stands over: bike-magazin prints its kicker line as
    "<h1 class=strapline>Strava-Update: POI bei Routen-Tool</h1>" and the large headline as the
    "<h2 class=title>" right after it. An h1 whose class names no kicker, or one followed by no
    heading, is its own headline."""
    if not KICKER_H1_NAMES.search(h1.get("class") or ""):
        return h1
    following = h1.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is not None and following.tag in ("h2", "h3") and text_of(following) \
            and not KICKER_NAMES.search((following.get("class") or "").lower()):
        return following
    return h1


def _without_kicker(heading: etree._Element) -> str:
    """A heading's text without the kicker it prints in an element of its own: the Economist's
    "<h1><span class=article__subheadline>Open Progress</span><br><span>Why collaborative ...",
    a Dachzeile span in a news site's h1. The kicker is a line above the headline, not its first
    words, and read with it (glued where only a ``<br>`` divides them) it matches no declared title.
    A heading that is all kicker by its class keeps its text."""
    heading = _spaced_breaks(_without_dateline(heading))
    parts = list(islice(heading.iterdescendants(), MAX_HEADING_PARTS))
    kickers = {index for index, part in enumerate(parts)
               if isinstance(part.tag, str) and KICKER_NAMES.search((part.get("class") or "").lower())}
    if not kickers and (_kicker_line(heading) or _glued_kicker(heading)):
        kickers = {0}
    if not kickers and (small := _small_line_above(heading)) is not None and small in parts:
        kickers = {parts.index(small)}
    # A part hidden from every reader is no printed word: futurezone closes its h1 with "<span
    # class=hide>.</span>", the full stop its og:title and the printed headline lack. Nor is a part
    # for screen readers only: Drupal themes close the h1 with the site's name for them
    # ("…<span class=element-invisible> | FASSETTE.NET</span>"), others open it with a label
    # ("<span class=visuallyhidden>Headline:</span>").
    hidden = {index for index, part in enumerate(parts) if isinstance(part.tag, str) and out_of_sight(part, depth=0)}
    if not kickers and not hidden:
        return text_of(heading)
    copy = deepcopy(heading)
    for index, part in enumerate(list(islice(copy.iterdescendants(), MAX_HEADING_PARTS))):
        if (index in kickers or index in hidden) and part.getparent() is not None:
            _remove_keeping_tail(part)
    if not kickers:
        return text_of(copy) or text_of(heading)
    # The separator printed (or hidden for screen readers) after the kicker goes with it:
    # "<span class=kicker>Zugverkehr</span>: Im ICE ..." is "Im ICE ...".
    return text_of(copy).strip(_KICKER_MARKS) or text_of(heading)


def _without_dateline(heading: etree._Element) -> etree._Element:
    """The heading without the dateline it prints as its last line: PHPCMS v9's default article
    template (templates/default/content/show.html) writes "<h1>{$title}<br /><span>{$inputtime}
    来源：{$copyfrom} 评论：… 点击：</span><span id=hits></span></h1>", the date, source and counters
    in elements of their own after a ``<br>``. Only a last line of elements holding a date: a headline
    broken over two lines ("<h1>Vitamin D pills do not prevent<br>fractures</h1>") keeps its words,
    and a heading with no text before the ``<br>`` is returned as it is."""
    breaks = [index for index, part in enumerate(heading) if part.tag == "br"]
    if not breaks:
        return heading
    last = breaks[-1]
    before, after = heading[:last], heading[last + 1:]
    if not (heading.text or "").strip() and not any(text_of(part) or (part.tail or "").strip() for part in before):
        return heading
    if not after or (heading[last].tail or "").strip() or any(not isinstance(part.tag, str) or (part.tail or "").strip()
                                                             for part in after):
        return heading
    if search_date(" ".join(text_of(part) for part in after)) is None:
        return heading
    copy = deepcopy(heading)
    for part in list(copy)[last:]:
        copy.remove(part)
    return copy


def _spaced_breaks(heading: etree._Element) -> etree._Element:
    """The heading with a space after each ``<br>``: a headline broken over two lines reads as
    words apart ("<h1>Vitamin D pills do not prevent<br>fractures</h1>"), not glued ("preventfractures")
    as the element's text would join them. A heading without one is returned as it is."""
    if next(heading.iter("br"), None) is None:
        return heading
    copy = deepcopy(heading)
    for br in copy.iter("br"):
        br.tail = " " + (br.tail or "")
    return copy


def _kicker_line(heading: etree._Element) -> bool:
    """Whether the heading opens with a line of its own ending in a colon, in an element of its own
    and broken from the rest by a ``<br>``: automobilwoche's "<h1><span class=pf-title>Krach vor
    der VW-Betriebsversammlung:</span><br><span>Es knirscht …</span></h1>", its class naming no
    kicker. A colon inside one line ("Krach: Es knirscht") is the headline's own."""
    if len(heading) < 3 or (heading.text or "").strip():
        return False
    first, second = heading[0], heading[1]
    return (isinstance(first.tag, str) and first.tag != "br" and second.tag == "br"
            and not (first.tail or "").strip() and text_of(first).endswith(":")
            and any(text_of(part) for part in heading[2:] if isinstance(part.tag, str)))


def _small_line_above(heading: etree._Element) -> etree._Element | None:
    """The ``<small>`` line a heading (or the one element it wraps) opens with before a ``<br>``:
    the kicker printed smaller above the headline (swim.de's "<h1><span class=post-title><small>Einheit
    der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>"), None without one. A ``<small>`` after
    the headline's words is its secondary line, Bootstrap's "<h1>Headline <small>subtitle</small></h1>"."""
    box = heading
    if len(box) == 1 and not (box.text or "").strip() and not (box[0].tail or "").strip() \
            and isinstance(box[0].tag, str) and box[0].tag not in ("small", "br"):
        box = box[0]
    if len(box) < 2 or (box.text or "").strip():
        return None
    first, second = box[0], box[1]
    rest = (second.tail or "").strip() or any(text_of(part) for part in box[2:] if isinstance(part.tag, str))
    if first.tag == "small" and second.tag == "br" and not (first.tail or "").strip() and text_of(first) and rest:
        return first
    return None


def _glued_kicker(heading: etree._Element) -> bool:
    """Whether the heading opens with an element of its own ending in a colon and the headline's
    text follows it with no space at all: be.ch's "<h1><span>Medienmitteilung der … direktion
    <span>:</span></span>Impfen und Boostern …</h1>", the span a block (a line of its own) by its
    style sheet. Words glued to a colon print that way only on separate lines; "<h1><span>Krach:</span>
    Es knirscht</h1>", a space after the colon, is one line, the headline's own kicker."""
    if not len(heading) or (heading.text or "").strip():
        return False
    first = heading[0]
    tail = first.tail or ""
    return (isinstance(first.tag, str) and first.tag != "br" and text_of(first).endswith(":")
            and bool(tail) and not tail[0].isspace() and len(tail.split()) >= MIN_TAIL_HEADLINE_WORDS)


def _remove_keeping_tail(element: etree._Element) -> None:
    """Remove an element from its tree; the text after it stays where it was."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _matching(printed: _Printed, references: list[str], site_keys: list[str]) -> str | None:
    """The first printed heading saying what one of the references says, site names aside.

    What precedes a title's last separator may be the printed part: a heading equal to it is the
    headline, whatever the word count a guess at a site suffix would ask for. So is what precedes an
    earlier separator when a part after it names the site ("Ben Wilson Surf - Point of Sail -
    Segelmacher in Kiel" on pointofsail-kiel.de); without that, an earlier part is as often a
    section, a date or a forum's name ("News - …", "08.11.2021 | …", "r/Python - …"). A heading
    equal to what follows a title's first colon is the headline under its kicker.
    """
    keys: set[str] = set()
    prefixes: list[str] = []
    site = {_squash(key) for key in site_keys}
    for ref in map(strip_archive_label, references):
        # " -" too: a title typed without the dash's second space ("Koncesjonowana opozycja -Leszek
        # Jażdżewski - Liberté!", the h1 printing only the first part), matched to a printed h1 only.
        heads = [head for sep in (*SEPARATORS, " -") if sep in ref for head in _heads(ref, sep, site)
                 if _squash(head) not in site]
        for variant in (ref, strip_site_name(ref, site_keys), *heads):
            keys.add(norm_title(variant))
            # "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer" declared, the h1 printing
            # the part after the kicker's colon, the kicker a line above it. Not the site's name after
            # a colon: krimiblog's "Post : Krimiblog-Archiv | Tagline | …", its h1 the blog's name.
            if (tail := _after_kicker(variant)) and not _is_site_name(tail, site):
                keys.add(norm_title(tail))
            if variant.endswith(_TRUNCATED) and len(variant) > _MIN_TRUNCATED_PREFIX:
                prefixes.append(norm_title(variant.rstrip(".… ")))
    for group in ("h1", "titles"):
        for text in getattr(printed, group):
            key = norm_title(text)
            if key in keys or any(key.startswith(prefix) for prefix in prefixes):
                return text
    # One line of an h1 printing several is the title (or the title less a bracketed note after it:
    # Nikkei's adds the photo credit "（写真＝ロイター）"); the others are the site's name or the byline.
    for text in printed.h1_lines:
        key = norm_title(text)
        if key in keys or any(ref.startswith(key) and _BRACKETED.fullmatch(ref[len(key):].strip()) for ref in keys):
            return text
    # An h1 closing with its secondary text in a <small> (Bootstrap's page header) prints the title before it.
    return next((text for text in printed.h1_heads if norm_title(text) in keys), None)


def _after_kicker(title: str) -> str | None:
    """What follows a title's first colon ("Kicker: Headline"), None without one. Not the second colon
    of the " :: " separator: Tistory's skins title a post "[##_page_title_##] :: [##_title_##]", the blog's
    name after it, and print that name in their header's h1 before the post's."""
    for colon in _KICKER_COLONS:
        if (found := colon.search(title)) and title[:found.start()].strip() and title[found.end():].strip():
            return title[found.end():].strip()
    return None


def _is_home(page: Page, url: str | None) -> bool:
    """Whether ``url`` is the root of the page's own host."""
    if not url or not page.address:
        return False
    target, own = urlsplit(url), urlsplit(page.address)
    return target.path in ("", "/") and not target.query and target.hostname == own.hostname


def _ends_title(text: str, titles: list[str]) -> bool:
    squashed = _squash(text)
    return bool(squashed) and any(
        _squash(title.rpartition(sep)[2]) == squashed for title in titles for sep in SEPARATORS if sep in title)


def _heads(title: str, sep: str, site: set[str]) -> Iterator[str]:
    """What precedes the last ``sep`` of ``title``, and what precedes an earlier one when a part
    after it names the site: "A - B - Site" gives "A - B" and "A". Or when it is a headline's length:
    stol.it's "Verfassungsgericht: Berlusconis Sex-Prozess geht weiter / Politik / Politik im Überblick /
    Artikel / Home - stol.it - …", the h1 printing the first part, the trail and the site after it.
    A word or three before a separator is as often a section's name ("Politik - …")."""
    parts = title.split(sep)
    for end in range(len(parts) - 1, 0, -1):
        head = sep.join(parts[:end]).strip()
        if head and (end == len(parts) - 1 or any(_names_site(part, site) for part in parts[end:])
                     or len(head.split()) >= MIN_TAIL_HEADLINE_WORDS):
            yield head


def _description(page: Page, jsonld: JsonLd) -> str | None:
    return cascade(page, "description", [
        (Via.JSON_LD, lambda: jsonld.first_text("description")),
        (Via.META, lambda: page.meta_first("dc:description", "og:description", "description", "twitter:description",
                                           "dc.description", "dcterms.description", "dcterms.abstract",
                                           "parsely-description", "sailthru.description")),
    ])


def _canonical_url(page: Page, jsonld: JsonLd) -> str | None:
    return cascade(page, "canonical_url", [
        (Via.MARKUP, lambda: _canonical_link(page)),
        (Via.META, lambda: page.absolute(page.meta_first("og:url"))),
        (Via.JSON_LD, lambda: next((url for key in ("url", "mainEntityOfPage")
                                    if (url := page.absolute(url_value(jsonld.first(key))))), None)),
    ])


def _canonical_link(page: Page) -> str | None:
    return next((url for href in page.canonical_hrefs if (url := page.absolute(href))), None)


def _tags(page: Page, jsonld: JsonLd) -> list[str]:
    return cascade(page, "tags", [
        (Via.JSON_LD, lambda: _clean_tags(_jsonld_keywords(jsonld))),
        (Via.META, lambda: _clean_tags(_article_tags(page))),
        (Via.MARKUP, lambda: _clean_tags(_tag_link_texts(page))),
        (Via.META, lambda: _keyword_meta(page)),
    ], profile=lambda elements: _clean_tags(text_of(el) for el in elements)) or []


def _jsonld_keywords(jsonld: JsonLd) -> list[str]:
    keywords = jsonld.first("keywords")
    raw: list[str] = []
    for item in keywords if isinstance(keywords, list) else [keywords]:
        if text := text_value(item):
            raw.extend(_KEYWORD_SPLIT.split(text))
    return raw


def _article_tags(page: Page) -> list[str]:
    """The ``article:tag`` values: one tag each, or, where the page declares one value only, the
    list it holds ("Oceans,New Zealand,Environment", the Guardian's). Several values are one tag
    each, commas and all ("Washington, D.C.")."""
    values = page.meta_values("article:tag")
    return _KEYWORD_SPLIT.split(values[0]) if len(values) == 1 else values


def _keyword_meta(page: Page) -> list[str]:
    """Keyword lists in meta tags: the first that gives any tag."""
    for name in ("news_keywords", "keywords", "parsely-tags", "sailthru.tags"):
        values = page.meta_values(name)
        if tags := _clean_tags(part for value in values for part in _KEYWORD_SPLIT.split(value)):
            return tags
    return []


def _tag_link_texts(page: Page) -> list[str]:
    """Texts of tag links; category links (``rel="category tag"``) name sections, not tags."""
    texts: list[str] = []
    for el in chain(page.markup.tags, tag_links(page)):
        if Regions.is_claimed(el) or in_page_furniture(page, el):
            continue
        links = [el] if el.tag == "a" else list(islice(el.iter("a"), MAX_TAGS))
        texts.extend(text_of(link) for link in links if "category" not in (link.get("rel") or "").lower())
        if len(texts) >= MAX_TAGS:
            break
    return texts


def _clean_tags(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    tags: list[str] = []
    for value in values:
        tag = clean_text(value).strip(" #,;")
        if not tag or len(tag) > MAX_TAG_CHARS or tag.casefold() in seen:
            continue
        seen.add(tag.casefold())
        tags.append(tag)
        if len(tags) >= MAX_TAGS:
            break
    return tags
