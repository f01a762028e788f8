"""What a page is: its tree and every value derived from it, each computed once, on first need.

``Page`` holds no field logic. Field units read its cached properties (meta tags, JSON-LD with
``@id`` references resolved, microdata, the class / id scan, headings, the language) and leave
their notes (warnings, which source each field came from) and claims (``Page.regions``) on it.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from cssselect import SelectorError
from lxml import etree

from harvester.document.markup import HIDING_STYLE, MarkupScan, is_embed_name, scan
from harvester.document.parse import (
    MAX_JSONLD_CHARS,
    MAX_JSONLD_DEPTH,
    MAX_JSONLD_OBJECTS,
    MAX_JSONLD_TOTAL_CHARS,
    MAX_MICRODATA_ITEMS,
    is_jsonld,
    parse_html,
    top_level,
    top_level_children,
)
from harvester.document.regions import Regions
from harvester.document.structured import (
    JsonLd,
    ScriptStamp,
    as_list,
    clean_json,
    json_values,
    jsonld_types,
    script_stamp_variables,
    script_variable,
    url_value,
)
from harvester.document.text import clean_text, text_of
from harvester.models import FieldSource, Via

# Headings of one level looked at (Page.headings): a real page has tens, a hostile one millions.
MAX_HEADINGS = 400
# Headings below the page title, in level order (Page.headings).
SUBHEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
# The page's h1s the field units look at (Page.h1s): the headline is among the first few.
MAX_H1S = 10
# Location paths start with /descendant:: throughout: libxml2 evaluates "//x[predicate]" per
# parent and merges the node sets in quadratic time (4,000 WordPress comments: 5 s, not 0.05 s).
_URL_BLANKS = re.compile(r"[\t\n\r]")
_CONTENT_LANGUAGE = etree.XPath("/html/head/meta[@http-equiv][@content]")
_URL_LOCALE = re.compile(r"^[a-z]{2}[-_][a-z]{2}$", re.IGNORECASE)
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$", re.IGNORECASE)
_HAS_TEXT = etree.XPath("boolean(descendant::text()[normalize-space()])")
_TITLE = etree.XPath("/html/head/title | /html/body/title")
_HOLDS_ARTICLE = etree.XPath("boolean(descendant-or-self::*[self::h1 or self::article or @itemprop='articleBody'])")
# Hidden elements looked at: real pages hide a few menus, dialogs and templates.
MAX_HIDDEN = 100
# Resolved links kept per page (Page.absolute); a hostile page may hold hundreds of thousands.
MAX_RESOLVED = 10_000
_UNKNOWN = object()


def _http_url(base: str, href: str) -> str | None:
    try:
        resolved = urljoin(base, href)
        parts = urlsplit(resolved)
    except ValueError:  # a malformed IPv6 host, "http://[oops/"
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return resolved


def _url_locale(url: str | None) -> str | None:
    """The locale a URL's first path segment names, language and region ("/en-gb/", "/de-DE/");
    a bare two letters ("/de/", "/tv/", "/us/") name a section or a country as often."""
    if not url:
        return None
    first = urlsplit(url).path.strip("/").split("/", 1)[0]
    return first if _URL_LOCALE.match(first) else None


def normalize_language(tag: str | None) -> str | None:
    """A BCP-47 tag in its conventional case ("en-GB", "zh-Hant-TW"), or None when malformed."""
    if not tag:
        return None
    tag = tag.strip().replace("_", "-").split(",")[0].split(";")[0].strip()
    if not _LANGUAGE_TAG.match(tag):
        return None
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2:
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


@dataclass
class _AttributeWalk:
    """What one walk over every element finds by attributes, in document order."""

    # Every element with a class or id, as (element, class, id).
    named: list[tuple[etree._Element, str, str]] = field(default_factory=list)
    # Every element with ``itemscope``.
    scopes: list[etree._Element] = field(default_factory=list)
    # Every element with ``hidden``, or a ``style`` saying "none" or "hidden" somewhere.
    maybe_hidden: list[etree._Element] = field(default_factory=list)
    # Every element declaring itself the article's text (``itemprop="articleBody"``).
    article_bodies: list[etree._Element] = field(default_factory=list)
    # Every element declaring a publication date by microdata (``itemprop="datePublished"``).
    published_props: list[etree._Element] = field(default_factory=list)
    # Every element holding its publication date in a script's data attribute (see PUBLISHED_STAMPS).
    published_stamps: list[etree._Element] = field(default_factory=list)
    # Every link marked ``rel="home"`` (a theme's banner link to the front page).
    home_links: list[etree._Element] = field(default_factory=list)


@dataclass
class Page:
    """The parse of one page plus the notes field units leave for the record's ``extraction``."""

    tree: lxml.html.HtmlElement
    url: str | None = None
    selectors: Mapping[str, str] = field(default_factory=dict)
    field_sources: dict[str, FieldSource] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Regions claimed by the comment and related-post units, which the others must leave alone.
    regions: Regions = field(default_factory=Regions)
    # At most this many elements (None: not known), so that a count of elements can be skipped
    # where it could not reach its limit: a count costs a tree walk.
    max_elements: int | None = None
    # The publication stamp the platform's template writes into a script variable, read from the
    # text before the parse drops scripts (see ``_script_stamp``).
    script_published: ScriptStamp | None = None
    # Links resolved so far, by href as written (see ``absolute``).
    _resolved: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, url: str | None = None, selectors: Mapping[str, str] | None = None) -> Page:
        warnings: list[str] = []
        tree = parse_html(text, warnings)
        # Each "<" opens at most one element, and the parser implies at most one more per tag
        # (a <p> around stray text) and the document's html, head and body.
        page = cls(tree=tree, url=url, selectors=dict(selectors or {}), warnings=warnings,
                   max_elements=2 * text.count("<") + 3)
        page.script_published = _script_stamp(text, page.address)
        return page

    def override(self, field_name: str) -> list[etree._Element] | None:
        """Elements a site profile's selector picks for a field, or None when it names none.

        Selectors are CSS, or XPath when they start with ``/`` or ``(``.
        """
        selector = self.selectors.get(field_name)
        if not selector:
            return None
        try:
            if selector.startswith(("/", "(")):
                found = self.tree.xpath(selector)
            else:
                found = self.tree.cssselect(selector)
        except (etree.XPathError, SelectorError) as exc:
            self.warn(f"selector for {field_name} is invalid: {exc}")
            return None
        return [el for el in found if isinstance(el, etree._Element)]

    def note(self, field_name: str, source: FieldSource) -> None:
        self.field_sources[field_name] = source

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    @cached_property
    def base_url(self) -> str | None:
        """The URL relative links resolve against: ``<base href>`` resolved against the page's
        ``address``, else that address itself (a saved page's declared one: without it every
        relative related post, source and image of such a page would be lost)."""
        hrefs = (href for top in top_level(self.tree) for base in top.iter("base") if (href := base.get("href")) is not None)
        if (href := next(hrefs, None)) is not None and (
                resolved := _http_url(self.address or "", _URL_BLANKS.sub("", href).strip())):
            return resolved
        return self.address

    @cached_property
    def address(self) -> str | None:
        """Where the page is: the URL it was read from, else the one it declares for itself.

        A page read without its address (a saved file, an archive record without one) is taken to be
        at its absolute canonical link, else its absolute og:url, else the absolute ``url`` its JSON-LD
        article declares (a wiki's saved page declares only that): a browser would have had the
        address the page was saved from, and that is the likeliest one. Field units read the page's
        site and location from here (its own links, its relative links, the URL's date); the record's
        ``url`` stays the address it was read from, None when unknown."""
        if self.url:
            return self.url
        for href in (*self.canonical_hrefs, self.meta_first("og:url"), url_value(self.ld.first("url"))):
            if href and (url := _http_url("", _URL_BLANKS.sub("", href).strip())):
                return url
        return None

    @cached_property
    def canonical_hrefs(self) -> list[str]:
        """The ``href`` of each ``<link rel=canonical>`` in the head, as written (maybe relative)."""
        return [href for el in self.head_links
                if "canonical" in (el.get("rel") or "").lower().split() and (href := el.get("href"))]

    def absolute(self, href: str | None) -> str | None:
        """Resolve a link; anything but an http(s) URL with a host (javascript:, data:) becomes None.

        Two in five calls resolve a link already resolved (the body's links are cited sources,
        then their places; related cards, images): each answer is kept, for up to MAX_RESOLVED
        links a page, as urljoin and urlsplit cost about 10 us a link.
        """
        if not href:
            return None
        if (known := self._resolved.get(href, _UNKNOWN)) is not _UNKNOWN:
            return known
        resolved = self._resolve(href)
        if len(self._resolved) < MAX_RESOLVED:
            self._resolved[href] = resolved
        return resolved

    def _resolve(self, href: str) -> str | None:
        # Browsers drop tabs and line breaks anywhere in a URL ("java\tscript:" is javascript:).
        href = _URL_BLANKS.sub("", href).strip()
        if not href or href.startswith("#"):
            return None
        return _http_url(self.base_url or "", href)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-cased name, property or itemprop, in page order."""
        found: dict[str, list[str]] = {}
        for el in self.tree.iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            content = clean_text(content)
            if not content:
                continue
            for key in (el.get("property"), el.get("name"), el.get("itemprop")):
                if key:
                    found.setdefault(key.strip().lower(), []).append(content)
        return found

    @cached_property
    def _meta_index(self) -> dict[str, list[str]]:
        """``meta`` by each single name: RDFa allows ``property="og:title twitter:title"``."""
        index: dict[str, list[str]] = {}
        for key, values in self.meta.items():
            for name in key.split():
                index.setdefault(name, []).extend(values)
        return index

    def meta_values(self, *names: str) -> list[str]:
        """Contents of the first of ``names`` the page has a meta tag for, in page order."""
        for name in names:
            if values := self._meta_index.get(name):
                return values
        return []

    def meta_first(self, *names: str) -> str | None:
        values = self.meta_values(*names)
        return values[0] if values else None

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object of the page, ``@graph`` members and list items flattened.

        Strings come without control characters (a ``\\u0000`` escape decodes to NUL). Blocks
        holding several concatenated objects, or trailing junk, yield what parses.
        """
        objects: list[dict[str, Any]] = []
        budget = MAX_JSONLD_TOTAL_CHARS
        for script in (el for top in top_level(self.tree) for el in top.iter("script")):
            if not is_jsonld(script):
                continue
            raw = script.text or ""
            if len(raw) > min(MAX_JSONLD_CHARS, budget):
                self.warn(f"json-ld block of {len(raw):,} characters skipped (over the size limit)")
                continue
            budget -= len(raw)
            values, complete = json_values(raw.strip().removeprefix("<!--").removesuffix("-->"))
            if not complete:
                self.warn("invalid json-ld block skipped" if not values else "invalid json-ld block partly read")
            if clean_json(values, MAX_JSONLD_DEPTH):
                self.warn(f"json-ld nested deeper than {MAX_JSONLD_DEPTH} levels cut")
            stack = deque(values)
            while stack:
                item = stack.popleft()
                if isinstance(item, list):
                    stack.extend(item)
                    continue
                if not isinstance(item, dict):
                    continue
                if "@graph" in item:
                    stack.extend(as_list(item["@graph"]))
                if "@type" in item:
                    if len(objects) == MAX_JSONLD_OBJECTS:
                        self.warn(f"json-ld objects past the first {MAX_JSONLD_OBJECTS:,} ignored")
                        return objects
                    objects.append(item)
        return objects

    @cached_property
    def ld(self) -> JsonLd:
        """The JSON-LD objects indexed by ``@id``, with the page's own article chosen."""
        return JsonLd(self.jsonld)

    def jsonld_of_type(self, *types: str) -> list[dict[str, Any]]:
        wanted = set(types)
        return [obj for obj in self.jsonld if jsonld_types(obj) & wanted]

    @cached_property
    def text(self) -> str:
        """The whole document's text (``text_of`` the tree): the byline unit checks names against what
        the page prints in several rules, each asking only when its cheaper tests have passed."""
        return text_of(self.tree)

    @cached_property
    def title_tag(self) -> str | None:
        """The text of the document's ``<title>`` (in the head, or where a broken page puts it, the
        body), the first that prints any: the headline unit, the byline's and the furniture test
        compare headings with it, each once a page."""
        return next((text for el in _TITLE(self.tree) if (text := text_of(el))), None)

    @cached_property
    def h1s(self) -> list[etree._Element]:
        """The page's first MAX_H1S ``h1`` elements, in document order.

        The metadata, byline and image units each look among them for the headline; a page with
        one h1 made each of their ``tree.iter("h1")`` walk the whole tree to find there was no
        second, five walks a page.
        """
        return list(islice(self.tree.iter("h1"), MAX_H1S))

    @cached_property
    def aria_h1s(self) -> list[etree._Element]:
        """The first MAX_H1S elements declaring themselves a level-1 heading by ARIA (``role=heading
        aria-level=1``), in document order: a page built of divs (a web app's, a page builder's)
        prints its title so, and screen readers announce it as the page's h1."""
        return list(islice(self.tree.xpath("//*[@role='heading'][@aria-level='1']"), MAX_H1S))

    @cached_property
    def headings(self) -> dict[str, list[etree._Element]]:
        """The page's first MAX_HEADINGS ``h2`` to ``h6`` of each level, by tag, in document order.

        The comment and related-post extractors both look for blocks under headings, level by
        level. One walk for all five levels costs about half what five ``//hN`` queries cost
        (0.07 against 0.125 ms on a light page), and each extractor ran those queries itself.
        """
        found: dict[str, list[etree._Element]] = {tag: [] for tag in SUBHEADING_TAGS}
        for el in self.tree.iter(*SUBHEADING_TAGS):
            if len(level := found[el.tag]) < MAX_HEADINGS:
                level.append(el)
        return found

    @cached_property
    def body_headings(self) -> list[etree._Element]:
        """The first MAX_HEADINGS ``h1`` to ``h6`` of the document's body (``/html/body``), all
        levels together, in document order.

        The metadata unit reads trails printed as headings from them. As the XPath
        ``/html/body//*[self::h1 or ...]`` they cost 1.4 ms a page (libxml2 merges the node sets
        of every parent), as a walk of the body by tag 0.02.
        """
        return list(islice((el for body in top_level_children(self.tree, "body")
                            for el in body.iter("h1", "h2", "h3", "h4", "h5", "h6")), MAX_HEADINGS))

    @cached_property
    def head_links(self) -> list[etree._Element]:
        """The ``<link>`` elements of the document's head (``/html/head/link``), in order.

        The canonical links are read from them (``canonical_hrefs``); an XPath evaluation costs
        0.02-0.05 ms however few nodes it visits, a walk over the head's children a few microseconds.
        """
        return [link for head in top_level_children(self.tree, "head") for link in head.iterchildren("link")]

    @cached_property
    def hidden(self) -> list[etree._Element]:
        """Outermost elements of the body a browser does not show (``hidden``, an inline
        markup.HIDING_STYLE: ``display: none``, ``visibility: hidden``, clipped or moved off the
        screen) and that hold text, at most MAX_HIDDEN: their text is not
        the article's (Readability drops them for the same reason).

        An element holding the headline (``<h1>``), an ``<article>`` or the declared article body
        is not listed: that is the article, shown once a script has run (a loading shell).

        A class hiding an element is not looked at here: whether "hidden" or "sr-only" hides the
        text a unit reads depends on the unit (a screen-reader label is still a byline's text), so
        the classes are markup's HIDING_CLASSES and SCREEN_READER_CLASSES, tested where needed.
        """
        found: list[etree._Element] = []
        bodies = set(top_level_children(self.tree, "body"))
        # What ``/html/body/descendant::*`` reads: inside a body of a top-level <html>.
        candidates = (el for el in self._attribute_walk.maybe_hidden
                      if any(body in bodies for body in el.iterancestors("body")))
        for count, el in enumerate(candidates):
            if len(found) == MAX_HIDDEN or count == 10 * MAX_HIDDEN:
                break
            if el.get("hidden") is None and not HIDING_STYLE.search(el.get("style") or ""):
                continue
            if found and found[-1] in el.iterancestors():
                continue
            if _HOLDS_ARTICLE(el) or not _HAS_TEXT(el):
                continue
            found.append(el)
        return found

    @cached_property
    def embeds(self) -> frozenset[etree._Element]:
        """The social posts the page embeds (markup's EMBED_CLASSES: an Instagram, Twitter/X, TikTok,
        Facebook, Bluesky or Mastodon post): other people's posts, whose dates and authors are never
        the article's. Kept here, not claimed as a region: their text may still be the article's
        quotation, for the body to keep or leave."""
        return frozenset(self.named_where(is_embed_name, lambda _: False))

    def in_embed(self, el: etree._Element) -> bool:
        """Whether ``el`` is an embedded social post or inside one (see ``embeds``)."""
        embeds = self.embeds
        return bool(embeds) and (el in embeds or any(parent in embeds for parent in el.iterancestors()))

    @cached_property
    def markup(self) -> MarkupScan:
        """Elements whose class or id names a CMS convention (titles, bylines, trails, tags)."""
        return scan(self)

    @cached_property
    def language_and_source(self) -> tuple[str | None, FieldSource | None]:
        """The page's declared language (BCP-47, normalised) and where it was declared."""
        for value, source in self._language_candidates():
            if language := normalize_language(value):
                return language, source
        return None, None

    @property
    def language(self) -> str | None:
        return self.language_and_source[0]

    @property
    def languages(self) -> list[str]:
        """Language hints for date parsing: the page's declared language, when it declares one."""
        language = self.language
        return [language] if language else []

    def _language_candidates(self) -> Iterator[tuple[str | None, FieldSource]]:
        """In order of preference, lazily: most pages declare ``<html lang>``."""
        root = self.tree
        yield root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"), Via.MARKUP
        yield self.meta_first("og:locale"), Via.META
        yield self.ld.first_text("inLanguage"), Via.JSON_LD
        for el in _CONTENT_LANGUAGE(root):
            if (el.get("http-equiv") or "").lower() == "content-language":
                yield el.get("content"), Via.META
        yield self.meta_first("language", "dc.language", "dcterms.language"), Via.META
        # A site that declares nothing may still name the locale in its paths ("msn.com/en-gb/news/"):
        # the day order of "02/10/2020" is the locale's.
        yield _url_locale(self.address), Via.URL

    @cached_property
    def named(self) -> list[tuple[etree._Element, str, str]]:
        """Every element with a class or id, as (element, class, id), in document order.

        Several extractors look for elements by what their class or id says (markup conventions,
        related-post blocks, comment parts); each walk of the tree for that cost 0.3-0.4 ms a page,
        so they all pick from this one.
        """
        return self._attribute_walk.named

    @cached_property
    def _attribute_walk(self) -> _AttributeWalk:
        """One walk over every element for what is found by its attributes (see _AttributeWalk).
        As absolute XPaths, each of these cost 0.25-0.8 ms a page (an XPath builds the set of every
        match, then lxml an object for each); reading five attributes of each element in one walk
        costs less than the largest of them."""
        walk = _AttributeWalk()
        for top in top_level(self.tree):
            for el in top.iter(etree.Element):
                # One call for the names; most elements have no attribute, or none of these.
                if not (names := el.keys()):
                    continue
                if "class" in names or "id" in names:
                    walk.named.append((el, el.get("class") or "", el.get("id") or ""))
                if "itemscope" in names:
                    walk.scopes.append(el)
                if "hidden" in names or ("style" in names and ("none" in (style := el.get("style") or "")
                                                               or "hidden" in style or "clip" in style or ":-" in style
                                                               or ": -" in style)):
                    walk.maybe_hidden.append(el)
                if "itemprop" in names:
                    if (prop := el.get("itemprop")) == "articleBody":
                        walk.article_bodies.append(el)
                    elif prop == "datePublished":
                        walk.published_props.append(el)
                if "data-publish-date" in names or "data-published" in names or "data-pubdate" in names \
                        or ("property" in names and "content" in names and rdfa_created(el)):
                    walk.published_stamps.append(el)
                if "rel" in names and el.tag == "a" and "home" in (el.get("rel") or "").lower().split():
                    walk.home_links.append(el)
        return walk

    @property
    def article_bodies(self) -> list[etree._Element]:
        """The elements declaring themselves the article's text (``itemprop="articleBody"``), in page order."""
        return self._attribute_walk.article_bodies

    @cached_property
    def _named_values(self) -> tuple[set[str], set[str]]:
        """The distinct non-empty class and id values of ``named``: collected once, not per ``named_where``."""
        return {name for _, name, _ in self.named if name}, {name for _, _, name in self.named if name}

    def named_where(
        self, class_test: Callable[[str], bool], id_test: Callable[[str], bool] | None = None
    ) -> list[etree._Element]:
        """Elements whose class passes ``class_test`` or whose id passes ``id_test`` (default: the
        same), in document order; each distinct value is tested once."""
        id_test = id_test or class_test
        class_values, id_values = self._named_values
        classes = {value for value in class_values if class_test(value)}
        ids = {value for value in id_values if id_test(value)}
        if not classes and not ids:
            return []
        return [el for el, class_name, id_name in self.named if class_name in classes or id_name in ids]

    @property
    def stray_published_props(self) -> list[etree._Element]:
        """``itemprop="datePublished"`` elements inside no item: a template that closes its
        Article item before the date (eurailpress's ``<section itemscope>`` ends after the h1, the
        "<div itemprop=datePublished datetime=2022-02-04>" follows it). Microdata reads them in no
        item; the page still declares its date with them."""
        return [el for el in self._attribute_walk.published_props
                if not any(parent.get("itemscope") is not None for parent in el.iterancestors())]

    @property
    def published_stamps(self) -> list[etree._Element]:
        """Elements holding the publication date in a data attribute a script reads (``data-publish-date``,
        ``data-published``, ``data-pubdate``), whatever their class: "<div data-publish-date=…>" around a
        byline, "<span data-published=2021-03-03>3 days ago</span>". The attribute names the date the
        article's, as ``pubdate`` does; the byline unit passes over a comment's or a teaser's. Also
        an RDFa creation date in the body (see ``rdfa_created``)."""
        return self._attribute_walk.published_stamps

    @property
    def home_links(self) -> list[etree._Element]:
        """The links marked ``rel="home"``, in page order: WordPress themes print the blog's name so in
        the banner. Read from the one attribute walk: the site's names are asked for several times a
        page, and a walk of every link each time cost as much as the rest of the question."""
        return self._attribute_walk.home_links

    @cached_property
    def microdata(self) -> list[dict[str, Any]]:
        """Top-level microdata items as ``{"@type": [...], prop: [values]}`` (nested items as dicts)."""
        # Items that are no other item's property: no itemprop, or no item around them.
        scopes = [el for el in self._attribute_walk.scopes if el.get("itemprop") is None
                  or not any(parent.get("itemscope") is not None for parent in el.iterancestors())]
        if len(scopes) > MAX_MICRODATA_ITEMS:
            self.warn(f"microdata items past the first {MAX_MICRODATA_ITEMS:,} ignored")
        return [self._microdata_item(el, depth=0) for el in scopes[:MAX_MICRODATA_ITEMS]]

    def microdata_of_type(self, *types: str) -> list[dict[str, Any]]:
        wanted = set(types)
        return [item for item in self._all_microdata() if set(item["@type"]) & wanted]

    def _all_microdata(self) -> Iterator[dict[str, Any]]:
        stack = deque(self.microdata)
        while stack:
            item = stack.popleft()
            yield item
            for values in item.values():
                if isinstance(values, list):
                    stack.extend(v for v in values if isinstance(v, dict))

    def _microdata_item(self, scope: etree._Element, depth: int) -> dict[str, Any]:
        types = [t.rsplit("/", 1)[-1] for t in (scope.get("itemtype") or "").split()]
        item: dict[str, Any] = {"@type": types, "@element": scope}
        for el in self._item_properties(scope):
            if depth < 8 and el.get("itemscope") is not None:
                value: Any = self._microdata_item(el, depth + 1)
            else:
                value = self._microdata_value(el)
            if value in (None, ""):
                continue
            for name in (el.get("itemprop") or "").split():
                item.setdefault(name, []).append(value)
        return item

    @staticmethod
    def _item_properties(scope: etree._Element) -> Iterator[etree._Element]:
        """Descendants carrying ``itemprop`` whose nearest enclosing item is ``scope``.

        A walk that stops at nested items: an XPath over all the scope's descendants (twice as
        fast on real pages) would visit a nested item's elements again for each item around it.
        """
        stack = list(reversed(scope))
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str):
                continue
            if el.get("itemprop") is not None:
                yield el
            if el.get("itemscope") is None:
                stack.extend(reversed(el))

    def _microdata_value(self, el: etree._Element) -> str | None:
        tag = el.tag
        if tag == "meta":
            return clean_text(el.get("content"))
        if tag in ("a", "link", "area"):
            return self.absolute(el.get("href"))
        if tag in ("img", "audio", "video", "source", "iframe", "embed"):
            return self.absolute(el.get("src"))
        if tag == "time":
            return clean_text(el.get("datetime") or text_of(el))
        if el.get("content") is not None:
            return clean_text(el.get("content"))
        return text_of(el)


def _script_stamp(text: str, address: str | None) -> ScriptStamp | None:
    """The publication stamp the platform's template writes into a script variable, on a host
    ``data/dates/script_stamps.txt`` lists (WeChat's ``var ct = "1581517074";`` under a printed
    "昨天"): the platform's own convention, read nowhere else (a variable's name means nothing on
    another site). Read from the page's text, as the parse keeps no script but JSON-LD; the first
    listed variable the text assigns wins."""
    variables = script_stamp_variables(urlsplit(address or "").hostname)
    return next((ScriptStamp(value, zone) for name, zone in variables
                 if (value := script_variable(text, name))), None)


# RDFa properties naming a resource's creation or issue, as CMSs print them on a body element with the
# date machine-readable in ``content`` (see ``rdfa_created``).
_RDFA_CREATED = frozenset({"dc:created", "dc:date", "dc:issued", "dcterms:created", "dcterms:date", "dcterms:issued",
                           "schema:datecreated", "schema:datepublished"})


def rdfa_created(el: etree._Element) -> bool:
    """Whether the element declares a creation date by RDFa, its value in ``content``: Drupal 7's RDF
    module (core, on in the standard profile) wraps the node's "Submitted by admin on Tue, 03/12/2019 -
    09:15" in ``<span property="dc:date dc:created" content="2019-03-12T09:15:00+01:00"
    datatype="xsd:dateTime">`` (rdf.module, rdf_preprocess_node and rdf_process), Drupal 8-9's in a
    hidden ``<span property="schema:dateCreated" content=…>`` (its rdf_metadata theme hook); each
    comment's "submitted" line gets the same, inside the comment. Not a ``<meta>``: the head's are
    read as meta tags."""
    return el.tag != "meta" and any(token.lower() in _RDFA_CREATED for token in (el.get("property") or "").split())
