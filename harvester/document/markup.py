"""CMS markup conventions found in one pass, shared by the metadata, breadcrumb and byline units.

Conventions (``.entry-title``, ``.byline``, ``.breadcrumb``, ``rel=tag``) are recognised by
attribute names. Testing each convention with its own ``contains(@class, ...)`` walks the tree
once per test. So: fetch the elements carrying a class or id with one location path, classify
their distinct class / id values with ``str.find`` over all of them joined and a few regular
expressions, and file each element by its values, once a page (``Page.markup``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain, islice, takewhile
from typing import TYPE_CHECKING

from lxml import etree

from harvester.document.parse import top_level
from harvester.document.text import text_of

if TYPE_CHECKING:
    from harvester.document.page import Page

__all__ = ["EMBED_CLASSES", "HIDING_CLASSES", "KICKER_H1_NAMES", "KICKER_NAMES", "MarkupScan", "SCREEN_READER_CLASSES",
           "HIDING_STYLE", "author_links", "hides_from_everyone", "out_of_sight", "in_overlay", "in_page_furniture", "in_site_banner", "is_embed_name", "is_furniture_name",
           "plain_times", "scan",
           "shown_to_screen_readers_only", "tag_links", "trail_navs"]

# Per category, more than this many hits means an archive or a comment list, not one article.
MAX_PER_CATEGORY = 500
# Named elements (Page.named) scanned for conventions, in document order: a real page has a few
# thousand; past this the rest of a hostile one (100,000 comments) is not scanned.
MAX_NAMED = 20_000
# How far up a sidebar / related-posts region is looked for.
FURNITURE_DEPTH = 40

# Elements only their tag or rel names, each read when an extractor gets that far: by lxml's
# tag-filtered walk, which makes Python objects for the tag's elements only (an XPath over the
# page cost 0.05-0.25 ms each, its evaluation set-up alone 0.02-0.05 ms).


def _plain_times(root: etree._Element) -> Iterator[etree._Element]:
    return (el for top in top_level(root) for el in top.iter("time") if el.get("class") is None and el.get("id") is None)


def _rel_links(root: etree._Element) -> Iterator[etree._Element]:
    """Links whose rel holds "author" or "tag" (a substring: the callers then test the words)."""
    return (el for top in top_level(root) for el in top.iter("a")
            if (rel := el.get("rel")) is not None and ("author" in rel or "tag" in rel))


def _labelled_navs(root: etree._Element) -> Iterator[etree._Element]:
    return (el for top in top_level(root) for el in top.iter("nav") if el.get("aria-label") is not None)


# The class a social network's embed code writes on the post it embeds, as whole tokens: Instagram's
# "<blockquote class=instagram-media>", Twitter/X's "twitter-tweet" / "twitter-video", TikTok's
# "tiktok-embed", Facebook's "fb-post" / "fb-video", Bluesky's "bluesky-embed", Mastodon's
# "mastodon-embed", Threads' "text-post-media", Reddit's "reddit-embed-bq", and WordPress's block
# round any of them, "wp-block-embed". Such a post is someone else's, with its own date and author
# (horizont prints three Instagram posts of March 2018, each with its `<time datetime>`, inside a
# commentary of January 2019). Not a share button ("twitter-share", "fb-share-button") nor a
# "wp-block-embed__wrapper" alone (inside the block).
EMBED_CLASSES = frozenset({"instagram-media", "twitter-tweet", "twitter-video", "tiktok-embed", "fb-post", "fb-video",
                           "bluesky-embed", "mastodon-embed", "text-post-media", "reddit-embed-bq", "wp-block-embed"})


def is_embed_name(class_attr: str) -> bool:
    """Whether a class value holds an EMBED_CLASSES token, in any case: an embedded social post."""
    return not EMBED_CLASSES.isdisjoint(class_attr.lower().split())


# Page furniture by class or id. Whole words where the word also names article parts
# ("node--promoted", Blogger's main "widget Blog", WordPress' "entry-footer"). A "commentary" is an
# opinion piece, not a comment list: taz prints its opinion articles in "sect_article … commentary".
_FURNITURE = re.compile(
    r"related|sidebar|widget-area|widget_|comment(?!ary)|respond|site-?footer|page-?footer|teaser|recommend|popular|"
    r"trending|more-(?:stories|posts)|yarpp|carousel|newsletter|author-?bio|about-?the-?author|"
    r"(?:^|\s)footer(?:$|\s)|(?:^|[-_\s])(?:promo|share|sharing|social|menu|nav|next|prev|previous)(?:$|[-_\s])",
    re.IGNORECASE,
)
# A class naming where furniture is placed ("vw-blog-sidebar-postition-right" on boxen.de's page
# wrapper, its theme's spelling; "eltdf-content-has-sidebar", the Genesis framework's wrapper of
# content and side column "content-sidebar-wrap") describes the layout, not the furniture; so does
# Next.js's root `div#__next`, round every page of a Next.js site, which "next" would match; and
# Drupal's page layout classes "one-sidebar" / "two-sidebars" ("zen-one-sidebar-second"), and the
# Elementor page builder's "elementor-widget…" on every block it lays out, the post's title and
# text among them ("elementor-widget__width-initial" would match "widget_"). So do the Theia Sticky
# Sidebar plugin's "theiaStickySidebar", which it wraps round the content of every column it keeps in
# view, the article's column too (incurvy, nh24); the Impreza theme's "for_sidebar" on the section
# holding both columns (statisticsglobe); and "…WithSidebar" written in one word ("contentWithSidebar",
# "sqrwithsidebar": ebb.org, rheinruhronline), a wrapper of content and side column.
_LAYOUT = re.compile(r"^(?:has|with|no|is)-|layout|(?:two|three|four|\d)-?col|mix|template|pos[a-z]{0,2}ition|"
                     r"(?:^|[-_])(?:has|with|w|for)[-_]?(?:right|left)?-?sidebar|withsidebar|content-sidebar|"
                     r"sidebar-(?:on|off)$|^__next$|(?:^|[-_])(?:one|two)-sidebars?|^elementor-widget|"
                     r"^theiaStickySidebar$",
                     re.IGNORECASE)
# A class naming the page's content area (WordPress starter themes' "content-area", "site-main"):
# such an element holds the article, whatever layout word it carries beside ("site-content
# content-area sidebar" on verfassungsblog, the layout with a side column).
# A theme's "sidebar-on" / "sidebar-off" switches the layout of the wrapper it is written on, beside
# a "sidebar-right" that would otherwise name a side column.
_CONTENT_AREA = re.compile(r"content-area|site-content|site-main|main-content|sidebar-(?:on|off)", re.IGNORECASE)
# "Comment" is also an article type: the opinion pieces of the British and German press ("Comment
# is free", "Kommentar"; horizont's guest commentary in `article.ArticleHeaderComment` inside
# "PageArticle_commentHeader", round its headline, byline and date). A region named for comments
# that holds one of the page's h1s is such an article: reader comment lists carry no h1.
_COMMENT_NAME = re.compile(r"comment(?!ary)", re.IGNORECASE)
# WordPress's post_class() terms: "category-<slug>", "tag-<slug>" on the post's own element.
_TAXONOMY = re.compile(r"(?:category|tag)-", re.IGNORECASE)
# Substack's name for the post itself: every post is an "<article class="typography newsletter-post
# post">", headline, byline and text inside; "newsletter" there names the publication, not a sign-up box.
_NEWSLETTER_POST = re.compile(r"newsletter-post", re.IGNORECASE)
_TAG_NAMES = re.compile(r"tags-links|post-tags|entry-tags|article-tags|field--name-field-tags|tag-list|"
                        r"tags-list|(?:^|\s)tags?(?:\s|$)")
# "blog_headline", "post_headline": the id a blog or news template gives its post's title element
# (cdu-fraktion-erfurt's `div#blog_headline`, a page without headings), not "teaser_headline".
_TITLE_NAMES = re.compile(r"entry-title|post-title|article-title|(?:^|\s)headline(?:\s|$)|article-headline|page-title|"
                          r"(?:^|\s)(?:blog|post|entry|news)[_-]headline(?:\s|$)|"
                          r"single-post-title|td-post-title|story-title|article__title|c-article-title|post__title|"
                          r"title-post|article-header__title|content-title")
# A kicker, overline or label printed above or beside a headline, often inside the same heading or
# link ("<h1><span class=dachzeile>Interne Unterlagen</span><span>Daten ... gehackt</span></h1>"),
# by class, in the languages whose CMSs name it (Dachzeile, Spitzmarke, volanta, antetítulo,
# surtitre, occhiello; "superHeadline" and "pre-headline" over a teaser's title); matched in a lower-cased class value.
_KICKER_WORDS = (r"overline|kicker|eyebrow|topline|roofline|dachzeile|spitzmarke|supertitle|pretitle|volanta|antetitulo|"
                 r"surtitre|occhiello|super-?headline|pre-?headline")
KICKER_NAMES = re.compile(rf"sub-?headline|sub-?title|headline-intro|{_KICKER_WORDS}|label|category|section|rubric")
# An h1 that names itself a kicker line, by the words only a kicker's class uses (not "label",
# "section" or "category", which also name a page's title): bike-magazin's "<h1 class=strapline>".
KICKER_H1_NAMES = re.compile(rf"strapline|{_KICKER_WORDS}", re.IGNORECASE)
# Classes a stylesheet hides an element with from every reader, screen readers included, as whole
# tokens (frameworks' and themes' own: Bootstrap's "d-none", Avada's "rich-snippet-hidden"). Not a
# part's ("field--label-hidden": Drupal hides the field's label), a layout's ("overflow-hidden") or a
# breakpoint's ("hidden-xs": hidden on small screens only), nor Bootstrap's "d-none" beside a
# breakpoint's display ("d-none d-md-block": omeda.de's breadcrumb trail and contents, hidden on
# phones only). The hidden attribute and inline styles are Page.hidden's.
HIDING_CLASSES = frozenset({"hidden", "is-hidden", "u-hidden", "d-none", "hide", "invisible", "rich-snippet-hidden"})
_SHOWN_FROM_BREAKPOINT = re.compile(r"d-(?:sm|md|lg|xl|xxl)-(?!none$)[a-z-]+")
# Classes that move an element off the screen but leave it to screen readers (Bootstrap's "sr-only",
# WordPress' "screen-reader-text", Drupal's "visually-hidden" and older "element-invisible"): a label
# for them ("Breadcrumb", "Posted by", "In reply to"), never text a sighted reader sees. The other
# frameworks' and CMSs' words for it: Foundation's "show-for-sr", the Government Site Builder's
# "aural" (German federal sites: zoll.de's "<h1 class=aural>Zoll</h1>"), WordPress themes'
# "assistive-text", jQuery UI's "hidden-accessible", inuitcss' "hidden-visually", "a11y-hidden",
# "offscreen" (video.js, BBC's "off-screen") and Bootstrap 5's "visually-hidden-focusable" (shown
# only while a keyboard focuses it: skip links, drop-down menus).
SCREEN_READER_CLASSES = frozenset({"sr-only", "sronly", "visually-hidden", "visuallyhidden", "u-visually-hidden",
                                   "hidden-visually", "hiddenvisually", "screen-reader-text", "screen-reader-only",
                                   "screenreader", "screenreader-only", "element-invisible", "show-for-sr", "aural",
                                   "assistive-text", "hidden-accessible", "hide-accessible", "a11y-hidden", "offscreen",
                                   "off-screen", "visually-hidden-focusable"})
# A design system's or plugin's namespace before one of those words, as its own utility ("govuk-
# visually-hidden", "usa-sr-only", "cdk-visually-hidden", "ui-helper-hidden-accessible", Jetpack's
# "sharing-screen-reader-text", "o-visuallyhidden", "is-aural"): hyphen- or underscore-joined
# letters before it. Not Tailwind's "not-sr-only" (it shows the element again) nor a responsive
# variant ("md:sr-only": hidden on wide screens only).
_SCREEN_READER_TOKEN = re.compile(r"_?(?:[a-z0-9]+[-_])*?(?P<word>" + "|".join(
    map(re.escape, sorted(SCREEN_READER_CLASSES, key=len, reverse=True))) + ")")
# Inline styles that take an element out of sight: not rendered (display: none, visibility: hidden),
# or moved off the screen as the screen-reader utilities do it inline (clip: rect(0 0 0 0) or
# rect(1px, 1px, 1px, 1px), clip-path: inset(50%); left or text-indent at -1000px or further: the
# off-left and image-replacement techniques). One declaration of the style attribute. Not a negative
# top: a page under an open dialog is locked in place by "top: -<scroll offset>px" and still seen
# (yahoo's "<div id=render-target-mrt style='top: -505px;'>", the whole page).
HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden"
                          r"|clip\s*:\s*rect\(\s*(?:[01](?:px)?[\s,]+){3}[01](?:px)?\s*\)|clip-path\s*:\s*inset\(\s*50%\s*\)"
                          r"|(?:left|text-indent)\s*:\s*-\d{4,}(?:\.\d+)?(?:px)?)\s*(?:!important\s*)?(?:;|$)",
                          re.IGNORECASE)
# How far up out_of_sight looks for a hiding class, attribute or style.
SIGHT_DEPTH = 8
# Containers a loading shell or an anti-flicker snippet hides whole until a script shows them: their
# hiding says nothing of what a reader of the finished page sees.
_SHELLS = frozenset({"html", "body", "main", "article"})
_TRAIL_LABEL = re.compile(r"crumb|you are here|sie sind hier|vous êtes ici|está aquí|sei qui|u bent hier|ariane",
                          re.IGNORECASE)
_SHORT_BYLINE_NAMES = re.compile(r"(?:^|\s)(?:fn|time)(?:\s|$)|timestamp")
# The signature element of Spanish and Italian news sites' templates ("<p class=firma>", El Mundo's
# byline, El País's author block): the whole word only, never "confirmation" or "foto-firma".
_SIGNATURE_NAMES = re.compile(r"(?:^|\s)firmas?(?:\s|$)")
# Deks and standfirsts: the summary under a headline ("dek", "article__dek", "post-dek"), not "dekra".
_DEK_NAMES = re.compile(r"(?:^|\s)dek(?:\s|$)|__dek|-dek(?:\s|$)")
# Keyword -> (category, check): str.find over all values joined finds the keywords at C speed;
# only a value whose keyword is ambiguous pays for a regular expression.
_KEYWORDS: dict[str, tuple[str, re.Pattern[str] | None]] = {
    **{word: ("crumbs", None) for word in ("crumb", "trail-items", "brotkrumen", "ariane", "migas", "briciole",
                                            "kruimel")},
    "tag": ("tags", _TAG_NAMES), "schlagw": ("tags", None), "etiquet": ("tags", None), "post-labels": ("tags", None),
    "title": ("titles", _TITLE_NAMES), "headline": ("titles", _TITLE_NAMES),
    # "writer" as templates name the byline's name: Thought Catalog's "<h4 class=writer-name>", CNET
    # Japan's "<span class=writer>" (the byline unit reads it as an author token, see _AUTHOR_TOKEN).
    **{word: ("byline", None) for word in ("author", "byline", "date", "publish", "posted", "modified", "submitted",
                                            "username", "writer", "autor", "auteur", "verfasser", "datum", "fecha",
                                            "aktualisiert", "erschienen", "postmetadata")},
    # Drupal 8+'s author base field, which core's node template prints inside "Submitted by … on …".
    "field--name-uid": ("byline", None),
    "firma": ("byline", _SIGNATURE_NAMES),
    "fn": ("byline", _SHORT_BYLINE_NAMES), "time": ("byline", _SHORT_BYLINE_NAMES),
    "dek": ("deks", _DEK_NAMES), "standfirst": ("deks", None),
}


@dataclass
class MarkupScan:
    """Elements a class or id names as a convention, by category, in document order."""

    crumbs: list[etree._Element] = field(default_factory=list)
    tags: list[etree._Element] = field(default_factory=list)
    titles: list[etree._Element] = field(default_factory=list)
    byline: list[etree._Element] = field(default_factory=list)
    deks: list[etree._Element] = field(default_factory=list)
    furniture: dict[etree._Element, bool] = field(default_factory=dict)
    # Whether a header-like element is the site's banner (see in_site_banner), once per element.
    banners: dict[etree._Element, bool] = field(default_factory=dict)
    truncated: bool = False
    unnamed: dict[str, list[etree._Element]] = field(default_factory=dict)


def plain_times(page: Page) -> list[etree._Element]:
    """``<time>`` elements without a class or id (those with one are in the scan)."""
    return _unnamed(page, "times", _plain_times)


def author_links(page: Page) -> list[etree._Element]:
    return [el for el in _unnamed(page, "rel", _rel_links) if "author" in (el.get("rel") or "").lower().split()]


def tag_links(page: Page) -> list[etree._Element]:
    return [el for el in _unnamed(page, "rel", _rel_links) if "tag" in (el.get("rel") or "").lower().split()]


def trail_navs(page: Page) -> list[etree._Element]:
    """``<nav>`` elements labelled as a trail for screen readers ("breadcrumb", "Sie sind hier")."""
    return [el for el in _unnamed(page, "navs", _labelled_navs) if _TRAIL_LABEL.search(el.get("aria-label") or "")]


def _unnamed(page: Page, key: str, find: Callable[[etree._Element], Iterator[etree._Element]]) -> list[etree._Element]:
    """The first MAX_PER_CATEGORY elements ``find`` gives, below the root, read once a page."""
    unnamed = page.markup.unnamed
    if key not in unnamed:
        unnamed[key] = list(islice((el for el in find(page.tree) if el is not page.tree), MAX_PER_CATEGORY))
    return unnamed[key]


# What a page lays over itself before the reader reaches the article: a cookie or consent banner,
# a dialog. Its heading ("We value your privacy", "Sign up for our newsletter") is the first h1 of
# many pages and names no article. By the dialog's own element and roles, by a class or id word of
# the consent managers' ("cookie-banner", "onetrust-consent-sdk", "gdpr-notice") and by the modal
# classes of Bootstrap and its kin ("modal", "modal-dialog"). Not a word naming a state or feature of
# the page ("modal-enabled" on Page Six's article box, "cookies-accepted"), nor "overlay" or "popup":
# a hero image's "hero__overlay" holds the headline itself, a "popup-gallery" the article's pictures.
_OVERLAY_PART = re.compile(r"cookies?|consent|gdpr")
_MODAL_NAMES = frozenset({"modal", "modal-dialog", "modal-content", "modal-overlay"})
_STATE_PART = re.compile(r"enabled|disabled|accepted|declined|given|open|opened|closed|is|has|no")
_OVERLAY_ROLES = frozenset({"dialog", "alertdialog"})
OVERLAY_DEPTH = 8


def in_overlay(el: etree._Element) -> bool:
    """Whether the element sits in a dialog or a cookie/consent banner laid over the page: a
    ``<dialog>``, ``role=dialog``/``alertdialog``, ``aria-modal=true``, or a class or id naming a
    consent banner or a modal."""
    node: etree._Element | None = el
    steps = 0
    while node is not None and steps < OVERLAY_DEPTH and node.tag not in ("body", "html"):
        if node.tag == "dialog" or (node.get("role") or "").lower() in _OVERLAY_ROLES \
                or (node.get("aria-modal") or "").lower() == "true" \
                or any(_overlay_name(name) for name in f"{node.get('class') or ''} {node.get('id') or ''}".split()):
            return True
        node = node.getparent()
        steps += 1
    return False


def _overlay_name(name: str) -> bool:
    name = name.lower()
    if name in _MODAL_NAMES:
        return True
    parts = re.split(r"[-_]+", name)
    return any(_OVERLAY_PART.fullmatch(part) for part in parts) and not any(_STATE_PART.fullmatch(p) for p in parts)


def is_furniture_name(name: str) -> bool:
    """A class or id naming page furniture: "sidebar", "related-posts", "widget_recent_entries".

    Not a layout modifier naming where furniture goes ("has-sidebar", "two-col-sidebar-right"),
    nor a post's taxonomy term: WordPress's ``post_class()`` writes every category and tag of the
    post onto its article ("category-newsletter", "tag-comment" on verfassungsblog's editorial),
    which names the post's subject, not a region of the page; nor Substack's "newsletter-post", the
    post itself.
    """
    return _FURNITURE.search(name) is not None and _LAYOUT.search(name) is None and _TAXONOMY.match(name) is None \
        and _NEWSLETTER_POST.fullmatch(name) is None


def hides_from_everyone(class_attr: str) -> bool:
    """Whether a class value holds a HIDING_CLASSES token, in any case: text no reader gets.
    A lone "d-none" with a breakpoint's display token only hides on small screens."""
    tokens = class_attr.lower().split()
    hiding = HIDING_CLASSES.intersection(tokens)
    if hiding == {"d-none"}:
        return not any(_SHOWN_FROM_BREAKPOINT.fullmatch(token) for token in tokens)
    return bool(hiding)


def shown_to_screen_readers_only(class_attr: str) -> bool:
    """Whether a class value holds a SCREEN_READER_CLASSES token, in any case, also as a utility
    class ("u-screen-reader-text", arteradio's: SUIT CSS and ITCSS prefix utilities with "u-"): a
    label for screen readers, which a sighted reader never sees."""
    return any((match := _SCREEN_READER_TOKEN.fullmatch(token)) is not None
               and not token[:match.start("word")].endswith("not-")
               for token in class_attr.lower().split())


def out_of_sight(el: etree._Element, depth: int = SIGHT_DEPTH) -> bool:
    """Whether a sighted reader sees none of ``el``: it or one of its ``depth`` nearest ancestors
    hides it by a class of either catalogue (HIDING_CLASSES, SCREEN_READER_CLASSES), the hidden
    attribute or an inline HIDING_STYLE ("<div class=sr-only><h1>Site</h1></div>", "<h1
    style='position:absolute;left:-9999px'>"). ``aria-hidden`` is not: it hides from screen readers
    what everyone else sees (icons, a heading's printed copy). A body, main or article hidden whole
    is a loading shell (see _SHELLS), shown once a script has run."""
    for node in islice(chain([el], el.iterancestors()), depth + 1):
        if node.tag in _SHELLS:
            return False
        if not isinstance(node.tag, str):
            continue
        class_attr = node.get("class") or ""
        if hides_from_everyone(class_attr) or shown_to_screen_readers_only(class_attr) \
                or node.get("hidden") is not None or HIDING_STYLE.search(node.get("style") or ""):
            return True
    return False


def in_page_furniture(page: Page, el: etree._Element) -> bool:
    """Inside a sidebar, widget, related-posts or comment region nobody marked as excluded.

    Bylines and tags found there belong to other articles. Answers are remembered per ancestor:
    the candidates of one page share most of theirs.
    """
    memo = page.markup.furniture
    node = el.getparent()
    steps = 0
    # body and html classes describe the whole page ("sidebar-primary"), not a region of it.
    while node is not None and steps < FURNITURE_DEPTH and node.tag not in ("body", "html"):
        known = memo.get(node)
        if known is None:
            names = f"{node.get('class') or ''} {node.get('id') or ''}".split()
            furniture = [name for name in names if is_furniture_name(name)]
            known = memo[node] = node.tag in ("aside", "nav") or (
                bool(furniture) and not any(_CONTENT_AREA.fullmatch(n) for n in names)
                and not _opinion_article(page, node, furniture) and not _holds_the_headline(page, node)) \
                or _views_block_list(node, names)
        if known:
            return True
        node = node.getparent()
        steps += 1
    return False


# A Drupal view's block display as Views names it by default ("view-display-id-block", "block_1":
# views-view.html.twig's class, drupal/drupal core/modules/views/templates) and its rows
# (views-view-unformatted.html.twig's "views-row").
_VIEWS_BLOCK = re.compile(r"view-display-id-block(?:_\d+)?")
# What every name _VIEWS_BLOCK matches whole holds (a guard test keeps the pattern opening with it).
_VIEWS_BLOCK_NAME = "view-display-id-block"
_VIEWS_ROWS = etree.XPath("count(.//*[contains(concat(' ', normalize-space(@class), ' '), ' views-row ')])")


def in_views_block_list(el: etree._Element) -> bool:
    """Inside a Drupal Views block listing nodes (see _views_block_list), whichever region holds it: its
    rows' dates and "Submitted by" lines are other nodes', never the page's (the date unit asks this
    alone, as a byline or a sidebar heading near the headline is no furniture to it).

    Asked of every date candidate near the headline (13,000 times over 430 corpus pages): an
    ancestor's names are split and matched only when they hold the display name at all, which
    every name the pattern matches whole contains, so the answer is the same at a substring test
    per ancestor."""
    for node in islice(el.iterancestors(), FURNITURE_DEPTH):
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _VIEWS_BLOCK_NAME in names and _views_block_list(node, names.split()):
            return True
    return False


def _views_block_list(node: etree._Element, names: list[str]) -> bool:
    """A Views block listing nodes, two rows or more: teasers of other nodes in whichever region it is
    placed, each with its own "Submitted by" line. One row is no list: a block whose contextual filter
    takes the page's node prints the article's own header in it (wirtschaftspsychologie-aktuell's
    "mg_article_headers" block_2 holds its byline)."""
    return any(_VIEWS_BLOCK.fullmatch(name) for name in names) and _VIEWS_ROWS(node) >= 2


# The site's banner by its name: a header naming the site ("site-header", "masthead", "head"), not an
# article's ("entry-header", "article-header", "post-header": those hold the headline and byline).
_BANNER_NAME = re.compile(r"(?:site|page|main|global|top)?[-_]?(?:header|head|masthead|banner)", re.IGNORECASE)
_BYLINE_NAME = re.compile(r"byline|author", re.IGNORECASE)


def in_site_banner(page: Page, el: etree._Element) -> bool:
    """Inside the site's banner over the article: a ``role=banner`` element, or a ``<header>`` or
    an element named the site's header (see _BANNER_NAME), that neither stands in nor holds an
    ``<article>`` or ``<main>`` and holds no byline (an author link, an element named for the author
    or the byline: then it is the article's header, as eHow's page-level `<header>` with the h1 and
    "Last updated September 14, 2016"). Newspapers print the day's date in the banner beside the
    logo (ultimahora's "<header id=head role=banner> … <div class=fecha><time>jueves, 09 enero
    2014", nachtkritik's `span.mod_datetime` in its `div#head`): the day a reader opens the page,
    not the day of the article."""
    for node in islice(el.iterancestors(), FURNITURE_DEPTH):
        if node.tag in ("article", "main", "body"):
            return False
        names = f"{node.get('class') or ''} {node.get('id') or ''}".split()
        if (node.get("role") or "").lower() == "banner" or node.tag == "header" \
                or any(_BANNER_NAME.fullmatch(name) for name in names):
            known = page.markup.banners.get(node)
            if known is None:
                known = page.markup.banners[node] = _is_banner(page, node)
            return known
    return False


def _is_banner(page: Page, node: etree._Element) -> bool:
    """Whether a header-like element is the site's banner, not the article's header (see in_site_banner)."""
    if next(node.iter("article", "main"), None) is not None \
            or any(ancestor.tag in ("article", "main") for ancestor in node.iterancestors()):
        return False
    bylines = [el for el in chain(page.markup.byline, author_links(page))
               if el.tag == "a" or _BYLINE_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}")]
    return not any(node in el.iterancestors() for el in bylines)


def _opinion_article(page: Page, node: etree._Element, furniture: list[str]) -> bool:
    """Whether every furniture name of ``node`` names comments and it holds one of the page's h1s:
    an opinion piece's article or header (see _COMMENT_NAME), not a reader comment list."""
    return all(_COMMENT_NAME.search(name) for name in furniture) and any(
        node in h1.iterancestors() for h1 in page.h1s)


# The words an h1 prints to be read as a title: a widget's template h1 prints a placeholder ("{text}"
# in rawstory's side stories), a logo's one or two words.
_HEADLINE_WORDS = 3
# A heading element's site-title names: a theme prints its logo or blog name in an h1 too.
_SITE_TITLE = re.compile(r"logo|brand|site-?(?:title|name)|masthead", re.IGNORECASE)


def _holds_the_headline(page: Page, node: etree._Element) -> bool:
    """Whether ``node`` holds the page's one h1 that prints a title's words, the article's: a region with a
    furniture name around the headline is the layout's wrapper, named for the columns beside it
    (rawstory's theme wraps the post in "gdl-page-left page-left-right-sidebar"), never a sidebar,
    which holds other pages' teasers. Not a site's title in a banner or a side column (an h1 in a
    ``<header>`` or named for the logo or blog name), nor a side column's widget heading where the page
    declares a title its words are not of (an old theme's "<div id=sidebar><h1 class=widget-title>Subscribe
    to our newsletter</h1>" beside the post's h2)."""
    h1s = [h1 for h1 in page.h1s if len(text_of(h1).split()) >= _HEADLINE_WORDS]
    if len(h1s) != 1 or node not in h1s[0].iterancestors() or not _declared_title_words(page, text_of(h1s[0])):
        return False
    below = takewhile(lambda el: el is not node, chain([h1s[0]], h1s[0].iterancestors()))
    return not any(el.tag == "header" or _SITE_TITLE.search(f"{el.get('class') or ''} {el.get('id') or ''}")
                   for el in below)


_TITLE_WORD = re.compile(r"\w+")


def _declared_title_words(page: Page, heading: str) -> bool:
    """Whether half a heading's words at least are the page's declared title's (its ``<title>`` or
    ``og:title``), or the page declares none (a title of fewer than three words is the site's name
    alone, no headline's): a headline prints its page's title, a widget's heading other words."""
    declared = [value for value in (page.title_tag, page.meta_first("og:title")) if value]
    title_words = {word.casefold() for text in declared for word in _TITLE_WORD.findall(text or "")}
    words = [word.casefold() for word in _TITLE_WORD.findall(heading)]
    return len(title_words) < _HEADLINE_WORDS or not words or 2 * sum(word in title_words for word in words) >= len(words)


def _categories(values: set[str]) -> dict[str, set[str]]:
    """The categories each interesting value belongs to; values naming none are left out."""
    originals = list(values)
    # Lower-cased value by value: lower-casing the joined text could shift the offsets below.
    ordered = [value.lower() for value in originals]
    found: dict[str, set[str]] = {}
    if not ordered:
        return found
    starts = [0, *accumulate(len(value) + 1 for value in ordered)]
    joined = "\n".join(ordered)
    for keyword, (category, check) in _KEYWORDS.items():
        position = joined.find(keyword)
        while position != -1:
            index = bisect_right(starts, position) - 1
            if check is None or check.search(ordered[index]):
                found.setdefault(originals[index], set()).add(category)
            position = joined.find(keyword, starts[index + 1])
    return found


def scan(page: Page) -> MarkupScan:
    """Read once by ``Page.markup``."""
    found = MarkupScan()
    named = page.named[:MAX_NAMED]
    found.truncated = len(named) == MAX_NAMED
    by_class = _categories({name for _, name, _ in named if name})
    by_id = _categories({name for _, _, name in named if name})
    for el, class_name, id_name in named:
        # Most elements name no convention: two look-ups, no set built for them.
        if (class_name not in by_class and id_name not in by_id) or el is page.tree:
            continue
        for category in by_class.get(class_name, _NONE) | by_id.get(id_name, _NONE):
            bucket: list[etree._Element] = getattr(found, category)
            if len(bucket) < MAX_PER_CATEGORY:
                bucket.append(el)
    if found.truncated:
        page.warn(f"markup conventions read in the first {MAX_NAMED:,} elements with a class or id only")
    return found


_NONE: frozenset[str] = frozenset()
