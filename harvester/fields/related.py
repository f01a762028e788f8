"""Related / recommended posts blocks: one RelatedPost per card, in page order.

What counts (precision first): a block whose class or heading says related, recommended,
similar, "you may also like", "read next", "more from", "Ähnliche Beiträge", "Articles similaires"
and the like, wherever it sits, sidebars included, as long as it reads like a list of links and
not like an article. Site-wide widgets that list the same links on every page whatever the
article - recent, latest, popular, trending, most read, tag clouds, category lists, navigation -
are not related posts: they are neither read nor excluded here, even in a block named "related"
(a "Recent Posts" heading wins). In a related block, a card is a link to another article of the
same site with a real title (two words or more); links to tag, category, author or search pages,
to the page itself, to other sites (sponsored "recommendations") and "Read more" links are not
cards.

Headings may be printed as text ("<strong>Lesen Sie auch:</strong>", "Mehr zum Thema Gesundheit:",
"<div class=pane-title>Related Stories</div>") and blocks may sit in the body (a line, a list,
a card). The previous / next post navigation is read too, after the blocks' cards. Inside a
block, shop, subscription and kiosk offers (``related_signals.is_sales_link``) and the parts under
their own site-wide heading ("Plus en Montréal", "Les plus populaires") are no cards; a card's
meta line "Jane Roe · 20 Nov 2025" gives its author.

Every related block found is excluded from the body, whether or not it yields cards (Jetpack's
block, for one, is filled by script and holds only its heading in the saved page).

Cost: one XPath pass over class values and one cheap query per heading level; cards are read
with relative lookups inside the (small) blocks, each bounded by MAX_LINKS_PER_BLOCK.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, partial
from itertools import chain, islice
from urllib.parse import urlsplit, urlunsplit

from lxml import etree

from harvester.dates import PageDate, date_from_url, parse_date, search_date
from harvester.document import (
    SUBHEADING_TAGS,
    Page,
    Regions,
    clean_text,
    document_position,
    inside,
    text_of,
)
from harvester.document.markup import KICKER_H1_NAMES, KICKER_NAMES, shown_to_screen_readers_only
from harvester.fields.base import cascade, from_profile
from harvester.fields.related_signals import (
    SITE_MENU_NAME,
    NavLink,
    is_sales_link,
    is_sponsored_card,
    is_sponsored_label,
    meta_line_author,
    name_before_digits,
    post_navigation,
    without_arrows,
    printed_date,
)
from harvester.lexicon import (
    CLOSING_SOURCE_LABELS,
    CREDIT_BEFORE,
    OFFER_LABELS,
    READ_ALSO_LABELS,
    RELATED_LABELS,
    RELATED_TOPIC_LABELS,
    SOURCE_LABELS,
    host_spelling,
    registrable_domain,
    starts_with_credit,
)
from harvester.models import RelatedPost, Via
from harvester.names import clean_name

__all__ = ["extract_related_posts"]

MAX_BLOCKS = 20
MAX_CANDIDATES = 400
MAX_LINKS_PER_BLOCK = 300
MAX_CARDS = 60
# A "related" block with more article links than this is a menu or an archive.
MAX_BLOCK_URLS = 60
# A block of at least this many tag, topic or category links beside one article URL at most is a list of topics.
MIN_TOPIC_LINKS = 4
MAX_TITLE_CHARS = 300
MAX_EXCERPT_CHARS = 1000
MIN_TITLE_CHARS = 8
# A one-word title (a name the card's address also names, ``_address_names``) is shorter: "Apfel".
MIN_NAME_CHARS = 3
# A text shorter than this that reads as a related heading is a box's label, not a card's title.
MAX_LABEL_TITLE_CHARS = 40
# The fewest words a card's title prints (what a box's title bar leaves beside its label is fewer).
MIN_CARD_TITLE_WORDS = 2
# The elements of a card's "title" part looked through for its box's label.
MAX_TITLE_BAR_ELEMENTS = 12
# The longest one-word link text read as a section's name on a card ("Gesundheitspolitik").
MAX_LABEL_WORD_CHARS = 30
# The longest section name in Chinese or Japanese characters ("国际新闻", "ニュース速報").
MAX_CJK_SECTION_CHARS = 6
# The most words a section's name printed on a card has ("Natur & Umwelt").
MAX_SECTION_NAME_WORDS = 3
# The most words a card's kicker has ("Sur de la Florida", "Coronavirus in Deutschland").
MAX_KICKER_WORDS = 5
# The most words a kicker glued to its title in the markup has ("Das Risiko von Helfern und Rettern"): the glue
# sets it off, so it may be longer than a kicker read by its words alone.
MAX_GLUED_KICKER_WORDS = 8
# How many elements inside a card's link are looked through for the part printing its title attribute.
MAX_LINK_PARTS = 40
# The longest text that may be a date and nothing else ("Wednesday, 20 November 2025, 14:30").
MAX_DATE_TITLE_CHARS = 40
# How far a heading's ancestors are climbed to find the block holding its cards.
MAX_HEADING_CLIMB = 4
# The longest sentence introducing a related list under its heading ("Here are a couple of related posts you might
# enjoy reading."): one short sentence, not a paragraph of the text.
MAX_INTRODUCTION_CHARS = 120
# A block whose text is longer than this must be mostly link text to be a list of cards.
MIN_LINK_LIST_CHARS = 400
MIN_LINK_SHARE = 0.15
MIN_TITLE_SHARE = 0.5
# The most text a card with a long teaser holds (title, date, three or four lines of excerpt).
MAX_CARD_CHARS = 700
MAX_NESTING = 60

_LINKS = etree.XPath("descendant::a[@href]")
_BLOCK_LINKS = etree.XPath("descendant-or-self::a[@href]")
_SUBHEADINGS = etree.XPath("(descendant::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6])[position() <= 20]")
_CARD_HEADING_LINKS = etree.XPath(
    "descendant::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//a[@href]"
    " | descendant::a[@href][ancestor::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]]"
)
# A card's link wrapping its title heading ("<a href><h2>Modeschreck: Patchwork-Mäntel</h2></a>", valid
# HTML5): a linked heading as much as "<h2><a>" is (for the list test only: the link may hold more).
_HEADING_WRAPPING_LINKS = etree.XPath(
    "descendant::a[@href][descendant::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]]"
)
_TITLE_PART_CANDIDATES = etree.XPath(
    "descendant::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or contains(@class, 'title')"
    " or contains(@class, 'headline') or contains(@class, 'Title') or contains(@class, 'Headline')][position() <= 3]"
)
_IN_PARAGRAPH = etree.XPath("boolean(ancestor::p)")
# A picture's caption or credit inside a card's link, or a part holding one ("<figure>…<figcaption><p>Bild: ©
# …</p>", "<div class=image__metadata><div class=image__caption>… on April 23, 2021.</div>"): no excerpt, and the
# day it names is no date of the post.
_IN_FIGURE = etree.XPath("boolean(ancestor-or-self::figure | ancestor-or-self::figcaption | descendant::figcaption"
                         " | ancestor-or-self::*[contains(@class, 'caption') or contains(@class, 'credit')]"
                         " | descendant::*[contains(@class, 'caption')])")
_PICTURE_TAGS = frozenset({"img", "picture", "source"})
_SEO_PARTS = etree.XPath("descendant::*[contains(@class, 'seo') or contains(@class, 'Seo') or contains(@class, 'SEO')]")
# "box_seo", "seo-links", "seoBox", "SEO-Teaser": the word, not "museo" nor "seoul".
_SEO_NAME = re.compile(r"(?<![A-Za-z])(?:seo|Seo|SEO)(?![a-z])")
# A tabbed widget's panels (Bootstrap's "tab-pane", "fig-tab-pane", "tabs-panel", ARIA's role=tabpanel) with an id
# their tab names, and the tabs that name one: a link to "#id", a script's target ("data-target", "data-k",
# "data-tab") or ``aria-controls``.
_TAB_PANELS = etree.XPath(
    "descendant::*[@id and (@role='tabpanel' or contains(@class, 'tab-pane') or contains(@class, 'tab-panel') "
    "or contains(@class, 'tabs-panel') or contains(@class, 'tabpanel'))][position() <= 20]")
_TAB_PANEL_NAME = re.compile(r"(?<![a-z])tabs?-?pan(?:e|el)(?![a-z])", re.IGNORECASE)
_TAB_TARGETS = ("href", "data-target", "data-k", "data-tab", "aria-controls")
_TAB_LABELS = etree.XPath("descendant::*[@href or @data-target or @data-k or @data-tab or @aria-controls]")
MAX_TAB_LABELS = 200
# A tab strip matched to its panels by position: its tabs, and how far above its list the title bar reaches.
MAX_POSITIONAL_TABS = 6
MAX_TAB_STRIP_CLIMB = 3
# Panels of a tabbed widget named for the site's list each shows ("featured_posts" beside a hidden
# "breaking_posts", "latest-list" / "popular-list"): a whole class word, or its part after a hyphen or underscore.
_SITE_PANEL_NAME = re.compile(r"(?:^|[\s_-])(?:featured|breaking|latest|newest|recent|popular|trending|most[-_]?read|"
                              r"meistgelesen|neueste)(?=$|[\s_-])", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
MIN_SITE_PANELS = 2
MAX_PANEL_PARENTS = 500
_NAMED_PARTS = etree.XPath("descendant::*[@class][position() <= 8]")
_HEADLINE_NAME = re.compile(r"headline|title")
# A box's heading inside a region: a subheading or an element named a headline or heading or styled as
# one ("<p class='h1 text-white'>"), not a card's title inside its link.
_BOX_HEADINGS = etree.XPath(
    "(descendant::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or contains(@class, 'eadline')"
    " or contains(@class, 'eading') or contains(concat(' ', normalize-space(@class), ' '), ' h1 ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h2 ')][not(ancestor::a)])[position() <= 12]"
)
MAX_MENU_CLIMB = 12
# The most items like a block read back to the heading of their section (``_heading_before``).
MAX_ITEMS_BEFORE = 12
_CARD_HEADINGS = etree.XPath("descendant::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]")
_CARD_TIMES = etree.XPath("descendant::time[@datetime] | descendant::*[@itemprop='datePublished']")
_CARD_PARTS = etree.XPath("descendant::*[@class or self::p]")
_AUTHOR_LINKS = etree.XPath("descendant::a[@rel='author' or contains(@href, '/author/')]")
# A card's byline holding an author part and a date part of its own ("<div class=cb-byline><span class=cb-author>
# <a rel=author>Jane Roe</a></span><span class=cb-separator><i></i></span><span class=cb-date><time>20. November
# 2018</time></span>", a WordPress magazine theme's cards): read whole, the name and the date run together ("Jane
# Roe20. November 2018"); its author part names the author (all of them: "<a>Jane Roe</a> und <a>John Doe</a>").
_AUTHOR_AND_DATE_PARTS = etree.XPath(
    "boolean(descendant::*[@rel='author' or @itemprop='author' or contains(@class, 'author')"
    " or contains(@class, 'Author') or contains(@class, 'autor') or contains(@class, 'auteur')])"
    " and boolean(descendant::*[self::time or @itemprop='datePublished' or contains(@class, 'date')"
    " or contains(@class, 'Date')])"
)
_HAS_BLOCKS = etree.XPath("boolean(descendant::*[self::p or self::div or self::ul or self::ol])")
# A region holding the headline or a long article body is the article, never a related block. The
# first few such parts: an ``<h1>`` printing a related label is a box's heading (some CMSs head every
# box with one: "<figure class=seeAlso><header><h1>Powiązane</h1></header>…"), not the headline; nor is an
# ``<h1>`` inside a link: a card's linked title ("<a class=shout_anchor><h1 class=entry-title>…</h1></a>", a
# blog theme's "Ähnliche Beiträge" cards).
MAX_MAIN_PARTS = 3
_MAIN_CONTENT = etree.XPath(
    "descendant-or-self::*[self::h1 and not(ancestor::a) or @itemprop='articleBody' or (contains(@class, '-content') or"
    " contains(@class, '-body')) and (contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' post-content ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' article-body ')) and string-length(.) > 1500]"
    f"[position() <= {MAX_MAIN_PARTS}]"
)

_RELATED_NAME = re.compile(
    r"related|releated|recommend|also[-_]?like|alsolike|might[-_]?(?:also[-_]?)?like|may[-_]?(?:also[-_]?)?like|"
    r"read[-_]?next|readnext|read[-_]?also|readalso|more[-_]?from|morefrom|similar|yarpp|crp[-_]related|read-more-articles|"
    # Ghost's default theme Casper: "<aside class='read-more-wrap outer'>", three cards of posts sharing the
    # article's tag after it, with no heading. Not a bare "read-more": a teaser's "Read more" link.
    r"(?<![a-z])read-more-wrap(?![a-z])|"
    # The Guardian's in-body card of one of its articles, "<aside class=element-rich-link><div class=rich-link>
    # …<span class=rich-link__kicker>Related: </span>Title…".
    r"(?<![a-z])rich-link(?![a-z])|"
    r"more[-_]?stories|more[-_]?articles|(?<![a-z])referenced(?![a-z])|"
    # An article's card embedded in the text ("<div class='content-card-embed'>", Condé Nast's between a
    # listicle's items): another article offered beside this one, as an in-body teaser card is.
    r"(?:content|article|story|post)[-_]?card[-_]?embed|"
    # A class spelling a related label of the lexicon: Le Monde's "<aside class='bloc_base meme_sujet'>"
    # ("Sur le même sujet") under a topic's name. Not "mehrzumthemabox": a German site heads its latest
    # news with it ("Aktuelles auf mobilsicher.de"), as its "Mehr zum Thema" heading alone would not.
    r"(?<![a-z])(?:sur[-_]?le[-_]?)?m[eê]me[-_]?sujet|"
    # "Articles liés" spelt in a class: slate.fr's "<div id='article_right_column_assoc'><div
    # class='articles_lies_item'>" cards beside the text.
    r"(?<![a-z])articles?[-_]?li[eé]s(?![a-z])",
    re.IGNORECASE,
)
# Names that mention "related" but are tags, topics, products, galleries or in-comment badges.
_NOT_RELATED_NAME = re.compile(
    r"(?<![a-z])tags?(?![a-z])|topic|categor|keyword|search|product|shop|wishlist|(?<![a-z])cart(?![a-z])|gallery|"
    r"comment|video|podcast|audio|recent|latest|popular|trending|most[-_]?read|newest|meistgelesen|neueste|"
    r"friend|share|social|mail|newsletter|button|search|"
    # A poll's own links ("<ul class=poll-related><li><a>Reference Story</a><li><a>View Results</a>", a survey's or
    # a quiz's): the story the question came from and the results, the same box beside every article.
    r"(?<![a-z])polls?(?![a-z])|survey|quiz|umfrage|sondage|encuesta|"
    # The publisher's other sites ("<footer class=footer_partners><h2>関連サイト</h2><ul class=Related-site>",
    # getnews.jp's footer of partner services): sites, not posts. Not YARPP's "yarpp-related-website" (its related
    # posts of this website).
    r"(?<![a-z])related[-_]?sites?(?![a-z])",
    re.IGNORECASE,
)
# An author box ("author-box", "blog-item-author-profile--footer", "about-the-author", Molongui's
# "m-a-box", Simple Author Box's "saboxplugin-wrap"): a list in it, whatever its class says
# ("m-a-box-related-entries"), is the author's other posts, which are no related posts (the
# labelling guide). The class word must end with the box's name (or a BEM modifier or a wrapper's
# word after it): a theme's switch on the body ("tweak-show-blog-item-author-profile-in-sidebar")
# names no box.
_AUTHOR_BOX_NAME = re.compile(
    r"(?:author[-_]?(?:box|bio|info|profile|card|details|about)|about[-_]?(?:the[-_]?)?author|autorenbox|"
    r"(?<![\w-])m-a-box|saboxplugin)(?:[-_](?:wrap(?:per)?|container|inner|area|section))?(?:--|__|(?![\w-]))",
    re.IGNORECASE,
)
# An item of a news feed or river ("feed-item", "feed__item", "river-item"); not the feed itself.
_FEED_ITEM_NAME = re.compile(r"(?<![\w-])(?:[\w-]*[-_])?(?:feed|river)[-_]{1,2}(?:item|entry|card)(?![\w-])",
                             re.IGNORECASE)
# A module of the site's most popular or trending stories ("leftrailmodule--popular", "popular-posts",
# "most-read"): a whole class word, or its last part after a hyphen or underscore.
_SITE_LIST_NAME = re.compile(r"(?<![\w-])(?:[\w-]*[-_])?(?:popular|trending|most[-_]?read|meistgelesen)"
                             r"(?:[-_](?:posts?|stories|articles|list|module|box|widget))?(?![\w-])", re.IGNORECASE)
# A recommendation network's widget, by the names its script writes (Outbrain, Taboola, MGID, Revcontent).
# BrightEdge's link block ("<div class=be-ix-link-block><div class=be-related-link-container><div class=be-label>Also
# of Interest:</div>…"): an SEO vendor's widget that fills internal keyword links on every page of a site, not
# reading chosen for the article.
_NETWORK_WIDGET_NAME = re.compile(r"(?<![\w-])(?:outbrain|ob-widget|taboola|trc_related_container|trc_rbox|mgbox|mgid|"
                                  r"rc-widget|rc-wc|revcontent|be-ix-link-block|be-related-link)(?:[-_][\w-]*)?(?![\w-])",
                                  re.IGNORECASE)
MAX_SITE_LIST_CLIMB = 3
# The query of an article's AMP version ("?amp", "?amp=1").
_AMP_QUERIES = frozenset({"amp", "amp=1", "amp=true"})
# A list of the site's newest, latest, recent, popular or most-read stories, named anywhere in a class
# or id ("newsBox__newestList", "latest-news", "recentPosts", "most-read").
_SITE_WIDE_NAME = re.compile(r"newest|latest|recent|popular|most[-_]?read|mostRead|meistgelesen|neueste",
                             re.IGNORECASE)
MAX_SITE_LISTS = 40
# A block of at least this many cards, at least two thirds of them in a site-wide list elsewhere on the
# page, is a copy of that list.
MIN_COPIED_CARDS = 3
# How much of the page's declared description a card must print to be the page itself.
MAX_DESCRIPTION_OPENING = 60
MIN_OWN_HEADLINE_WORDS = 5
MIN_DESCRIPTION_CHARS = 20
COPIED_SHARE_NUM = 2
COPIED_SHARE_DEN = 3
# A block's name or title saying it is recommended ("m-recommended-for-you", "Empfohlen", "おすすめ"), and one
# saying it is on the article's subject (related, similar), which a recommended block may say too.
_RECOMMEND_WORD = re.compile(r"recommend|empfohlen|empfehlung|recommand|recomendad|raccomandat|おすすめ|推荐|推薦",
                             re.IGNORECASE)
_SUBJECT_WORD = re.compile(r"relat|similar|ähnlich|verwandt|thema|sujet|relacionad|correlat|関連|相[关關]|같은|"
                           r"also|auch|aussi|también", re.IGNORECASE)
# The name of an element a script fills with a widget: a recommendation or related box, a recirculation module or
# a recommendation network's slot (Zergnet, popIn, Outbrain, Taboola, Plista, Ligatus, MGID, Revcontent).
_SCRIPT_MOUNT_NAME = re.compile(r"widget|recommend|related|recirc|(?<![a-z])recs(?![a-z])|zergnet|popin|outbrain|"
                                r"taboola|plista|ligatus|mgid|revcontent", re.IGNORECASE)
# A heading that says "more articles" and nothing of the article ("Weitere Artikel", "More posts:").
_GENERIC_MORE_HEADING = re.compile(r"^\W*(?:weitere|mehr|more|other|andere)\s+(?:artikel|beiträge|berichte|"
                                   r"meldungen|nachrichten|news|articles|posts|stories)\W*$", re.IGNORECASE)
_TAXONOMY_NAME = re.compile(r"(?<![a-z])(?:tags|topics|keywords|schlagwoerter|schlagworte)(?![a-z])",
                            re.IGNORECASE)
# The whole heading must be the phrase ("Related Searches", "Related links to tools" are not posts).
# The leading run is possessive (`*+`, never given back): no label opens with the characters it
# takes, and giving them back one by one tried every label again after each (200 spaces of
# indentation before a text: 39 us a match, 1.5 us possessive). Same matches.
_RELATED_HEADING = re.compile(
    rf"^\W*+(?:(?:{RELATED_LABELS})\W*$"
    # "Mehr zum Thema auf UEPO.de", "Related posts on Example.com", "Weiterlesen auf Utopia.de:": the
    # label and where the posts are.
    rf"|(?:{RELATED_LABELS}|weiterlesen)\s+(?:on|at|auf|bei|sur|en|su|em)\s+[\w.'’-]+(?:\s+[\w.'’-]+){{0,2}}\W*$"
    r"|mehr\s+zum\s+thema\b[^.!?]{0,40}$|lesetipps?\W*$|"
    # "Mehr auf waldwissen.net", "More on example.com": more of this site, named by its address (not
    # "More on Amazon", a topic page's heading).
    r"(?:mehr\s+auf|more\s+on)\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\W*$|"
    # "Weitere Artikel zum Thema", "Artikel und Videos zum Thema": a label, or what the box lists,
    # and "on this subject".
    rf"(?:{RELATED_LABELS})\s+zum\s+thema\W*$|"
    r"(?:weitere\s+|mehr\s+)?(?:[\w]+-)?(?:artikel|beiträge|berichte|meldungen|nachrichten|news|texte|dossiers|"
    r"videos|inhalte)(?:\s+und\s+(?:artikel|beiträge|videos|bilder))?\s+"
    # "… zum Thema", "Weitere Top-Artikel zu diesem Themengebiet:" (a blog's in-body box).
    r"(?:zum\s+them(?:a|engebiet)|zu\s+(?:diesem|dem)\s+them(?:a|engebiet))\W*$|"
    # "Weitere Kaufratgeber zu Katzenspielzeug, DIY-Anleitungen sowie hilfreiche Tipps findest du hier:"
    # (a box's title over its list): more posts of the site on the article's subject, announced.
    r"weitere\s+[^.!?:]{3,90}?\s+(?:findest\s+du|finden\s+sie|findet\s+ihr)\s+(?:hier|bei\s+uns)\s*:?\W*$|"
    # "More games news:" over a list closing the text: more news of the article's own subject, named by
    # one word; not "More top stories:" nor "More latest news:", the site's.
    r"more\s+(?!(?:top|latest|recent|popular|trending|breaking)\b)[\w-]+\s+(?:news|stories|articles|posts|reviews)"
    r"\s*:\W*$|"
    # A "read on" label printed alone with its colon over a list ("Read more:", "Czytaj też:"); not
    # "Weitere Themen:", over a site's sections.
    r"(?:read\s+more|see\s+also|siehe\s+auch|lesen\s+sie\s+(?:mehr|weiter|hier)|lies\s+auch|auch\s+lesen|"
    r"(?:lea|lee)\s+(?:también|más|aquí)|leia\s+mais|leggi\s+anche|czytaj\s+(?:też|także|również|więcej)|"
    r"(?:zobacz|przeczytaj)\s+(?:też|także|również)|đọc\s+thêm|xem\s+thêm|olvassa\s+el|прочетете\s+още|"
    r"pročitajte\s+(?:još|i)|прочитајте\s+(?:још|и)|vidi\s+još|možda\s+vas\s+zanima)\s*:\W*$|"
    r"(?:también\s+)?te\s+puede\s+interesar\W*$|related\s+(?:stories|articles|posts)\W*$|"
    # "Mehr zu Konny Reimann und seiner Familie:", "More on the Brexit talks:", "Plus sur l'affaire :" printed
    # with its colon over a list in the text: more posts on the article's subject, named. Only with the
    # colon (without it "More on Amazon" is a topic page's heading) and not "More from/in …", a section's.
    r"(?:mehr\s+(?:zu|über)|more\s+(?:on|about)|plus\s+sur|más\s+sobre|mais\s+sobre)\s+[^.!?:]{2,60}?\s*:\W*$)",
    re.IGNORECASE,
)
# A related-topics heading (``RELATED_TOPIC_LABELS``; also "… auf unserem Blog:"): its cards are read only
# when each is an article (_lists_articles).
_TOPICS_HEADING = re.compile(
    rf"^\W*+(?:{RELATED_TOPIC_LABELS})"
    r"(?:\s+(?:on|at|auf|bei|in)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2})?\W*$",
    re.IGNORECASE,
)
# A topic card's test: the words of an address's last segment; a date or an article number in the address.
_SLUG_WORD = re.compile(r"[-_+.]+|%20")
_ARTICLE_NUMBER = re.compile(r"\d{4,}|\d{1,2}[._-]\d{1,2}[._-]\d{2,4}|/(?:19|20)\d\d/")
MIN_SLUG_WORDS = 3
# "MORE SIXERS" as a list's first item (_is_list_label): "More" and a subject of one or two words, not the
# site's ("More news", "More top stories", "More from …").
_MORE_SUBJECT = re.compile(
    r"^\W*more\s+(?!(?:news|stories|articles|posts|top|latest|recent|popular|trending|breaking|from|in|on|to|"
    r"videos?|photos?)\b)[\w'’-]+(?:\s+[\w'’-]+)?\W*$",
    re.IGNORECASE,
)
# A bare "read on" label ("Weiterlesen", "Read more", no colon) heads related posts only when a list
# follows it at once in the same box ("<aside><div>Weiterlesen</div><ul><li><a>…"): elsewhere it is a
# teaser's link text.
_BARE_READ_ON = re.compile(r"^\W*(?:weiterlesen|read\s+more|lesen\s+sie\s+(?:mehr|weiter)|mehr\s+lesen)\W*$",
                           re.IGNORECASE)
# The headings of the article's own links, files and sources ("Weiterführende Links", "Quellen", "Downloads"): a
# box's title bar, never a post's title. Not a reading list's ("Further reading", "Zum Weiterlesen", "Pour aller
# plus loin"), which heads the site's posts as often as other sites' pages.
_LINKS_HEADING = re.compile(rf"^\W*(?:{SOURCE_LABELS}|{CLOSING_SOURCE_LABELS}|{OFFER_LABELS})\s*:?\W*$", re.IGNORECASE)
_READING_WORDS = re.compile(r"read|lesen|lire|loin|vertiefung|lectura|leitura|lettura", re.IGNORECASE)
# Site-wide lists, also the latest posts of a section or of the whole site printed as "More from
# <section>", "More articles in “News”", "Mehr aus <Region>" or a bare "More stories" (the same list
# on every article), and the site's news of the day ("Today on Ars", "Dziś w Interii").
_WIDGET_HEADING = re.compile(
    r"^\W*(?:recent|latest|newest|popular|most\s+(?:popular|read|viewed|shared)|trending|top\s+(?:stories|posts)|"
    r"neueste|meist\s*gelesen|beliebt|aktuelle\s+(?:meldungen|nachrichten|news|beiträge|artikel)(?:\s+im\s+(?:fokus|überblick))?\W*$|derniers|les\s+plus\s+(?:lus|populaires|partagés|commentés)|populaires|"
    r"últimas|más\s+leídas|plus\s+en\s|más\s+en\s|mehr\s+(?:aus|von)\s|"
    r"more\s+(?:(?:stories|articles|posts|news)\s+)?(?:in|from)\s|"
    r"more\s+(?:stories|articles|posts)\W*$|news\s+latest|today\s+(?:on|in|at)\s|heute\s+(?:auf|bei|in)\s|"
    r"dziś\s+w\s|"
    # The site's featured picks ("<section class=relatedarticles><p class=rightboxesheadline>Featured</p>", the same
    # beside every article): the whole heading, as a card's "Featured: …" title is a headline.
    r"featured(?:\s+(?:posts?|stories|articles|news|content))?\W*$|"
    # The same lists in more languages and forms ("I più letti", "Mais lidas", "Najnowsze", "Последние новости",
    # "最新記事", "Editor's choice", "In case you missed it"): each heading names the site's list, not the article's.
    r"(?:i\s+)?più\s+(?:letti|lette|visti|condivisi)\W*$|ultime\s+notizie\W*$|lo\s+(?:más|mas)\s+(?:visto|leído)\W*$|"
    r"lo\s+último\W*$|mais\s+(?:lidas|lidos|vistas|vistos)\W*$|dernières\s+actualités\W*$|à\s+la\s+une\W*$|"
    r"meist\s*(?:kommentiert|geteilt)\W*$|meest\s+gelezen|populaire\s+artikelen\W*$|mest\s+(?:lästa|lest|læste)\W*$|"
    r"cele\s+mai\s+citite|nejčtenější|najczęściej\s+czytane|najpopularniejsze|najnowsze\W*$|"
    r"самое\s+(?:читаемое|популярное)|последние\s+новости\W*$|popul[aá]rn[ií]\W*$|"
    r"(?:最新|人気|热门|熱門)(?:記事|文章|ニュース|新闻|新聞|消息)?\W*$|ランキング\W*$|"
    r"editor'?s?['’]?s?\s+(?:choice|picks?)\W*$|"
    # ja "編集部おすすめの記事" (the editors' picks: CNET Japan's right-column box, the same beside every article).
    r"編集部の?(?:おすすめ|オススメ|お勧め|イチオシ)(?:の?記事)?\W*$|(?:our|staff)\s+picks\W*$|in\s+case\s+you\s+missed\s+it\W*$|"
    r"breaking\s+news\W*$|hot\s+right\s+now\W*$|what\s+others\s+are\s+reading\W*$|most\s+commented\W*$|"
    # Picture galleries are no articles: a list of them is the site's, not a related block.
    r"(?:picture\s+|photo\s+)?galler(?:y|ies)\W*$|bildergalerien|fotostrecken|"
    # The site's sections, a nav closing a related box ("<h2 class=sr-only>Other Sections</h2>" over "Videos",
    # "Spotlight: …" links, InfoWorld's "Related content"): navigation, not posts.
    r"(?:other|more|all|explore)\s+sections\W*$)",
    re.IGNORECASE,
)
# Taxonomy and account pages (German author pages also as "/autorin/", Drupal's "/taxonomy/term/1819"):
# the taxonomy segment with at most its slug after it ("/tag/health/"), so a section path such as
# "/themen/gesundheit/2024/artikel.html" stays an article.
_NOT_ARTICLE_PATH = re.compile(
    r"/(?:taxonomy/term|tag|tags|category|categories|categorie|kategorie|rubrik|topic|topics|thema|themen|authors?|"
    r"autor(?:in(?:nen)?|en|zy|es|i)?|auteurs?|user|users|profiles?|profil|people|search|suche|page|feed|login|register|"
    r"motcle|mot-cle|mots-cles|schlagworte?|stichworte?|etiquetas?|"
    # A collection's or an archive's page ("/collection/next-generation-leaders/" closing a "Read more:" line, a
    # shop's "/collections/sale"): a list of posts or products, no post. Not "/archives/2556": WordPress's
    # numeric permalinks ("/archives/%post_id%", its "Numeric" setting; IIJ's techlog) address each post so (a
    # year's archive, "/archives/2019", is a date archive).
    r"collections?|archives?(?!/\d+/?$))"
    r"(?:/[^/]*)?/?$|wp-login\.php|"
    # A member's page two levels down ("/c/user/token/<id>/", "/user/profile/<login>"): the account a portal's
    # card credits beside its headline, no post.
    r"/(?:user|users|profiles?|profil)/[^/]+/[^/]+/?$|"
    # A document or a file, also served with a query ("pm220126.pdf?__blob=publicationFile&v=5").
    r"\.(?:pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|mp3|mp4)(?:\?|$)|"
    # A search's query ("?s=", "?q=", "?keyword=": Asahi's "article_search/s_list4.html?keyword=…" series link on a
    # recommended card) and a listing's filter.
    r"[?&](?:s|q|cat|tag|replytocom|share|keywords?|query)=|/(?:forum|forums|foren)/|/comments?/?$|"
    # A profile addressed by its handle ("medium.com/@name", also YouTube's and Mastodon's): the
    # writer's page, printed after "Written on Feb 24 by"; "/@name/a-post-1a2b" is a post.
    r"^/@[^/]+/?$|"
    # A security's quote page ("/quote/nasdaq/activision-blizzard/atvi", The Motley Fool's ticker cards beside its
    # related articles; "data.cnbc.com/quotes/%40CL.1" under CNBC's "Related Securities"; Yahoo Finance's and
    # Bloomberg's "/quote/AAPL"): a price table, no article. The page ends in a ticker, a short word; not a post
    # filed under a "quotes" section ("/quotes/einstein-on-imagination/", a WordPress blog's category base;
    # "/quotes/2016/11/28/twain-on-money/").
    r"^/quotes?/(?!.*/(?:19|20)\d\d/)(?:[^/?]+/)*[^/?]{1,15}/?(?:\?|$)",
    re.IGNORECASE,
)
# A tag's, a topic's or a category's page ("/tag/federal-reserve", "/thema/klima/"), among ``_NOT_ARTICLE_PATH``'s.
_TOPIC_PATH = re.compile(r"/(?:taxonomy/term|tags?|categor(?:y|ies|ie)|kategorie|rubrik|topics?|them(?:a|en)|motcle|"
                         r"mot-cle|mots-cles|schlagworte?|stichworte?|etiquetas?)/[^/]+/?$", re.IGNORECASE)
# A date archive ("/2022/04/", a calendar's or a card's date link): the posts of a month or day; not a post whose
# permalink ends in its date after its slug ("/bueroalltag/warum-meal-planning-wichtig-ist/2022/12/28/", WordPress's
# "%category%/%postname%/%year%/%monthnum%/%day%/"), ``_is_date_archive``.
_DATE_ARCHIVE_PATH = re.compile(r"/(?:19|20)\d\d(?:/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?)?/?$")
# A query that only tracks where a click came from. Besides Google's utm_ and the ad networks' click ids, a
# campaign's id ("?n_cid=NARAN1002", "icid", "ocid", "mc_cid") and the analytics suites' markers (AT Internet's
# "xtor", Webtrends' "WT.mc_id", comScore's "ns_campaign", "intcmp", "cmpid"): a portal's "related sites" box
# links the group's other sites' home pages with them, and no such key names a post as "?p=123" does.
_TRACKING_QUERY = re.compile(
    r"^(?:(?:utm_\w+|nid|tid|ref|source|src|cmp|fbclid|gclid|from|itm_\w+|(?:\w+_|i|o)cid|xtor|wt\.\w+|ns_\w+|intcmp|"
    r"cmpid)=[^&]*&?)+$", re.IGNORECASE)
# The front page of the site or of a section by its file ("/conjoncture/index.php" under "Plus d'articles
# Conjoncture", "/sport/index.html", ASP.NET's "/default.aspx"): the section's latest items. Deeper, the file is
# an article's own ("/2016/01/11/news/economy/rich-taxes/index.html").
_SECTION_FRONT_PATH = re.compile(r"^/(?:[^/]+/)?(?:index|default|home)\.(?:php\d?|s?html?|aspx?|jsp|cfm)$",
                                 re.IGNORECASE)
# An event's announcement ("/veranstaltung/es_detail/BO7LC/zusammen-lesen…", a seminar among a
# foundation's "Weitere Inhalte zum Thema"): a date to attend, no article (the labelling guide).
_EVENT_PATH = re.compile(r"^/(?:[a-z]{2}/)?(?:veranstaltung(?:en)?|termine?|events?|[ée]v[éè]nements?|eventos?|"
                         r"agenda|kalender|calendar)/", re.IGNORECASE)
# A feed reader's address ("rss.focus.de/auto/experten/"): a subscription to a section, not an article.
_FEED_HOST = re.compile(r"^(?:rss|feeds?|atom)\.", re.IGNORECASE)
# A card's link named for what it leads to besides the post: its author, its tags or category, the comments, a
# share button; also its rubric, the section's name printed over the title ("<a class='Rubric__rubric___3hrQE'
# href=/magazine/annals-of-science>Annals of Science</a>", The New Yorker's recirculation cards; "rubrique");
# its writer named as a contributor ("<a class='ld-card__contributor' href=/community/carly-page>", LeadDev's
# "More like this" cards: the person's page, not a post).
_NOT_CARD_LINK_NAME = re.compile(r"author|byline|contributor|tag|categor|comment|share|social|avatar|profile|label|badge",
                                 re.IGNORECASE)
# The rubric's name: the section's page, without an article's number or date in its address. German "Rubrik" and
# French "rubrique" name a card's section too ("<a class=rubrik-teaser__link href=/politik/wahl-a-1234567.html>", its
# title link), so a link so named to an article is the card's.
_RUBRIC_LINK_NAME = re.compile(r"rubri", re.IGNORECASE)
# Links of a block that are actions or promotions, not articles: the action word among the link's first
# four words ("Share on Facebook", "Diesen Artikel jetzt weiterempfehlen", "Sign up for our newsletter");
# later in a headline it is the story's verb ("… will let you create and 3D print your own action figures").
_ACTION_TITLE = re.compile(
    r"^\W*(?:\S+\s+){0,3}?(?:empfehlen|weiterempfehlen|recommend\s+(?:this|page|article)|share|teilen|drucken|print|newsletter|"
    r"abonnieren|subscribe|anmelden|sign\s+up|log\s*in|pdf)\b|"
    # The site's app offered among the cards, by the link's opening words ("Download the Microsoft News app for full
    # coverage", "Jetzt die App herunterladen", "Téléchargez l'application"); "How to download the new app" is a headline.
    r"^\W*(?:download|get|install)\s+(?:the|our)\s+(?:\S+\s+){0,3}?apps?\b|"
    r"^\W*(?:jetzt\s+)?(?:die|unsere)\s+(?:\S+\s+){0,2}?app\s+(?:herunterladen|laden|installieren)\b|"
    r"^\W*t[ée]l[ée]charge[rz]\s+(?:l[’']|notre\s+)appli",
    re.IGNORECASE,
)
# A counter is an action's link ("66 Likes" to /flag/like/…, "3 Kommentare"), never a headline.
_COUNTER_TITLE = re.compile(
    r"^\W*\d[\d.,']*\s*(?:likes?|gefällt\s+mir|kommentare?|comments?|shares?|votes?|stimmen|views?|aufrufe)\W*$",
    re.IGNORECASE,
)
# A media card's play button is a generic link too ("<a href=/video/…;_ylt=A><img><span class='action play'>Play
# Video</span></a>" beside the title's link, whose tracking differs): the button, not the video's title.
_GENERIC_LINK_TEXT = re.compile(
    r"^(?:read\s+more|more|continue\s+reading|learn\s+more|see\s+more|view\s+more|weiterlesen|mehr|mehr\s+lesen|"
    r"lire\s+la\s+suite|lire\s+plus|leer\s+más|leia\s+mais|continua|details|»|›|→|"
    r"(?:play|watch)\s+(?:the\s+)?(?:video|clip|now)|video\s+(?:abspielen|ansehen|starten)|"
    r"(?:voir|regarder)\s+la\s+vid[ée]o|ver\s+(?:el\s+)?v[ií]deo)\W*$",
    re.IGNORECASE,
)
# A link to the listing a block's cards come from ("View all blog posts" to /blog/ beside the "More to
# explore" heading, "Alle Beiträge anzeigen", "Alle Meldungen zeigen"): the archive, not a post. A few words after "all" at
# most, and not "the": "See all the winners of the 2023 Oscars" is a headline.
_ARCHIVE_LINK_TEXT = re.compile(
    r"^\W*(?:(?:view|see|show|browse)\s+all(?:\s+(?!the\b)[\w-]+){0,3}|alle\s+\w+(?:\s+\w+)?\s+(?:anzeigen|ansehen|zeigen)|"
    r"(?:voir|afficher)\s+tou(?:t|s|tes?)(?:\s+[\w-]+){0,3}|ver\s+tod[oa]s?(?:\s+[\w-]+){0,3}|"
    # The listing as the posts' overview ("Zurück zur Übersicht", "Back to overview").
    r"(?:zurück\s+)?zur\s+übersicht|(?:back\s+to\s+(?:the\s+)?)?overview)\W*$",
    re.IGNORECASE,
)
# A picture gallery's card, named so by its title's tag ("[Images] COP26 : Retour sur …", "Bildergalerie:
# …", "In pictures: …"): galleries are no articles (the labelling guide), even among related cards.
_GALLERY_TITLE = re.compile(
    r"^\W*(?:\[\s*(?:images?|photos?|fotos?|bilder|diaporama|galer(?:ie|ía|ia)|gallery)\s*\]|"
    r"(?:bildergalerie|fotostrecke|fotogalerie|photo\s+gallery|in\s+pictures|diaporama)\s*:)",
    re.IGNORECASE,
)
# A picture gallery's address: a folder named for galleries ("/news/bilder/leatt-kollektion-…", a
# photo slider's "Auch interessant" among a news site's related links), no article (the labelling guide).
_GALLERY_PATH = re.compile(r"/(?:bilder|bildergalerien?|fotostrecken?|fotogalerien?|galerien?|galleries|gallery|"
                           r"photo-?galler(?:y|ies)|diashows?)/", re.IGNORECASE)
# Japanese, Chinese and Korean headlines print no spaces between their words ("絶対にギークしか買わない
# 32枚のTシャツ"): a title in those scripts needs none to be more than one word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_EXCERPT_NAME = re.compile(r"excerpt|summary|desc|teaser|intro|snippet|lead|abstract|dek|subtitle|text|content",
                           re.IGNORECASE)
_AUTHOR_NAME = re.compile(r"author|autor|auteur|byline|writer", re.IGNORECASE)
_DATE_NAME = re.compile(r"date|time|published|datum|fecha", re.IGNORECASE)
_META_NAME = re.compile(r"meta|byline|author|autor|auteur|date|time|datum|fecha|info|footer|category|tag",
                        re.IGNORECASE)


# Short text nodes a label may be; the first word of a related heading in the corpus languages,
# a cheap test before the full one.
MAX_LABEL_TEXTS = 20_000
MAX_LABEL_TEXT_CHARS = 120
MAX_LABELS = 30
MAX_LABEL_BLOCK_CHARS = 2500
# An icon before a heading's text is an empty element or a wrapper of one or two.
MAX_ICON_PARTS = 2
# An ``<h1>`` too: a CMS that heads every box with one ("<h1 class=header>Powiązane</h1>").
_LABEL_TAGS = ("strong", "b", "em", "span", "p", "div", "li", "dt", "header", "label", "h1")
# The first words of related labels in the corpus languages (regular-expression pieces, each opening
# with a literal letter), for a cheap search before the full test.
_LABEL_WORDS = (
    "related", "releated", "may", "might", "recommend", "read", "more", "also", "similar", "ähnliche", "verwandte",
    "könnte", "auch", "weitere", "mehr", "see", "siehe", "weiterlesen", "passend", "lesen", "lese", "lies",
    "articles?", "lire", "vous", r"sur\s+le", "artículos", "noticias", "notas", "notícias", "matérias", "entradas",
    r"te\s+puede", r"le\s+puede", "también", "posts", "leia", "lea", "lee", "leggi", "articoli", "potrebbe",
    "gerelateerde", "lees", "you", "suggested", "schon", "zum", "empfohlene", "das", "voir", r"à\s+voir", "vea",
    "ver", "veja", "mir[ae]", "puedes", "contenido", "czytaj", "przeczytaj", "zobacz", "dowiedz", "relacionad",
    "editor", "redaktion", r"la\s+rédaction", "empfehlungen", "powiązane", "související", "súvisiace", "mohlo", "reportagens", "notizie", r"ti\s+potrebbe",
    r"tal\s+vez", "läs", "læs", r"les\s+også", r"lue\s+myös", "relater", "aiheeseen", "cite", "articole",
    # "More on this topic" where "more" is a common word inside texts ("plus", "mais"): with the next word.
    r"więcej\s+na", r"más\s+sobre", r"mais\s+sobre", r"plus\s+sur", r"davantage\s+sur", r"altro\s+su",
    r"di\s+più\s+su", r"meer\s+over", r"více\s+k",
    # cs "Přečtěte si také", hu "Ezt is olvassa el" / "Ez is érdekelheti", tr "Ayrıca okuyun".
    "přečtěte", r"ez(?:t|ek)?\s+is", "ayrıca",
    # "Continue Reading", "Audios and videos on the topic", "Stories on the topic".
    "continue", "audio", "video", "stories",
    # id "Artikel terkait", vi "Tin liên quan" / "Tin tức liên quan" (related articles, news).
    r"artikel\s+terkait", r"tin\s+(?:tức\s+)?liên",
    # lt "Skaitykite taip pat", lv "Lasiet arī"; hr/sr/bs "Pročitajte još/i", "Vidi još", "Možda vas zanima".
    "skaitykite", r"lasiet\s+arī", "pročitajte", r"vidi\s+još", r"možda\s+vas",
)


def _by_first_letter(words: tuple[str, ...]) -> str:
    """One alternation per first letter ("r(?:elated|ead|…)|m(?:ay|ore|…)"): at each position the search
    tries only the words opening with that letter, not all of them."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# The lookahead on the alternatives' first letters lets the search skip other positions at once
# (four times faster on the corpus); it matches exactly what the alternatives alone match.
_LABEL_START = re.compile(
    rf"(?=[{''.join(sorted({word[0] for word in _LABEL_WORDS}))}])(?:{_by_first_letter(_LABEL_WORDS)})",
    re.IGNORECASE,
)
# The first word character of every _RELATED_HEADING phrase: the full text opens with the
# element's first text, and clean_text drops only non-word characters, so an element whose first
# text opens with another word character cannot be a label. One anchored test, several times
# cheaper than the unanchored _LABEL_START search it spares on most elements.
_LABEL_FIRST = re.compile(r"\W*[rymwasäàvdpltnegcz]", re.IGNORECASE)
# The lexicon's phrases that open with a letter no other label opens with ("Ook interessant", "İlgili
# haberler", "Čtěte také", "Quizás te interese", "Kapcsolódó cikkek", "関連記事", "เรื่องที่เกี่ยวข้อง",
# "Читайте также"): one
# anchored test for the few texts opening with such a letter, so that the search above does not stop at
# every "o" and "i".
# Greek, Arabic, Persian and Hindi labels open with their own letters ("Διαβάστε επίσης", "اقرأ أيضا",
# "مطالب مرتبط", "ये भी पढ़ें"), as do hu "Olvassa el" and tr "Bunlar da ilginizi çekebilir", id "Baca juga" /
# "Berita terkait", vi "Bài viết liên quan" / "Đọc thêm" / "Xem thêm", bg "Прочетете още" and sr "Прочитајте још",
# zh "猜你喜欢", ko "함께 보면 좋은 글" and ja "あわせて読みたい".
_RARE_LABEL_FIRST = re.compile(r"\W*[oibqčkđx関相延관猜함あ合併เчсдпмноδσاإأمخبयस]", re.IGNORECASE)
_RARE_LABEL_START = re.compile(r"\W*(?:ook\s+interessant|i̇?lgili|i̇?lginizi|bunlar\s+da|olvassa|benzer|quizá|čtěte|"
                               r"čítajte|kapcsolódó|"
                               r"関連|相[关關]|延伸|관련|猜你|함께|(?:あわせて|合わせて|併せて)読|あなたに|เรื่องที่เกี่ยวข้อง|читайте|смотрите|дивіться|похожие|схожі|"
                               r"материалы|новости|статьи|публикации|матеріали|новини|статті|публікації|още|свързани|"
                               r"διαβ[άα]στε|σχετικ|[اإ]قر[أا]|مقالات|أخبار|اخبار|مواضيع|مطالب|خبرهای|بیشتر|ये|यह|संबंधित|"
                               r"baca\s+juga|berita\s+terkait|bài(?:\s+viết)?\s+liên|đọc\s+thêm|xem\s+thêm|"
                               r"прочетете\s+още|прочитајте)",
                               re.IGNORECASE)


@cache
def _may_open_label(char: str) -> bool:
    """Whether a text whose first non-space character is ``char`` may pass _LABEL_FIRST or
    _RARE_LABEL_FIRST: a word character must be one of their letters; any other character
    (punctuation, "»") may precede one."""
    return _LABEL_FIRST.match(char) is not None or _RARE_LABEL_FIRST.match(char) is not None \
        or not (char.isalnum() or char == "_")


def _opens_label(text: str) -> bool:
    """The cheap test of an element's first text: it may open a related label."""
    if _LABEL_FIRST.match(text):
        return _LABEL_START.search(text) is not None
    return _RARE_LABEL_START.match(text) is not None


# An in-body line: a label and a colon before one to three headline links, alone in a paragraph
# ("<b>MORE: <a>…</a></b>", "<a>Related: …</a>", "<strong>Siehe auch:</strong> <a>…</a>",
# "<em>Czytaj też: <a>…</a></em>"). Beside the block headings, the labels of the body's "read also"
# lines (the lexicon's, in the corpus languages) and the words such a line uses and a heading does
# not ("More:", "Mehr:", "See also:").
# Its leading run possessive too (see above): same matches, no retries.
_LINE_LABEL = re.compile(
    rf"^\W*+(?:{RELATED_LABELS}|{READ_ALSO_LABELS}|more|mehr|read|see\s+also|also\s+see|siehe\s+auch|weiterlesen|"
    # "Lire : <a>…</a>" (Le Monde), the French "Read:", as a line's label only, as "Read:" is.
    r"lire|"
    # "MIRA: <a>…</a>" (Peruvian papers): a line label only, as a paragraph opening "Mira:" may be
    # a speaker's name in an interview, which the body's label list must keep.
    r"lesetipps?|mira(?:\s+(?:también|aquí))?)"
    # Its colon, or a bar after a space: "Lire aussi | <titre>" (Le Monde's in-body links print their label so,
    # inside the link), "ALSO READ | <a>…</a>" (Indian news sites).
    r"(?:\s*:|\s+\|)\s*",
    re.IGNORECASE,
)
# A label naming topics ("Weitere Themen:", "More topics:") introduces a site's sections, not posts.
_TOPICS_LABEL = re.compile(r"\bthem(?:en|es|as)\b|\btopics?\b", re.IGNORECASE)
MAX_LINE_LINKS = 3
# The most one-link paragraphs read after a heading's first row.
MAX_LINK_ROWS = 10
# Where a line's label ends at the latest ("Das könnte Sie auch interessieren:").
MAX_LINE_LABEL_CHARS = 45
# Inline elements between a line's label and its paragraph.
_INLINE_TAGS = frozenset({"b", "strong", "em", "i", "span", "a"})
# A blockquote too: "<blockquote><b>PUEDES VER: </b><a>…</a></blockquote>" (a Peruvian paper's CMS
# prints each in-body line so).
_LINE_TAGS = frozenset({"p", "li", "div", "dd", "blockquote"})
_NO_WORDS = re.compile(r"^\W*$")
# What may stand between a line's two or three links besides punctuation: "See also: <a>…</a> and <a>…</a>",
# "Lesen Sie auch: <a>…</a> und <a>…</a>", the conjunctions of the corpus languages.
_LINK_JOINERS = re.compile(r"^(?:\W|\b(?:and|or|und|oder|et|ou|y|o|e|i|en|och|og|ja|oraz|lub)\b)*$", re.IGNORECASE)
# Unlabelled lone-link lines (``_lone_link_lines``): the paragraphs looked at, the inline elements
# that may wrap the link alone, the least words of its title, the least text of the paragraph before,
# the siblings after it searched for more text.
MAX_LONE_LINK_PARAGRAPHS = 3000
_LONE_LINK_WRAPPERS = frozenset({"strong", "b", "em", "i", "span"})
MIN_LONE_LINK_WORDS = 3
# A lone link's title in a script written without spaces: its least characters.
MIN_CJK_LINE_CHARS = 10
_EMPHASIS_TAGS = frozenset({"strong", "b", "em", "i"})
# A kicker offering media ("LISTEN:", "WATCH:", "VIDEO:", "Zum Anhören:"): the audio or video, no post.
_MEDIA_KICKER = re.compile(r"^\W*(?:listen|watch|video|audio|podcast|photos?|hören|anhören|ansehen|écoute[rz]?|regarde[rz]?)\b",
                           re.IGNORECASE)
# The same offer opening a link's own text, with its colon, after "Related" or alone ("RELATED PHOTOS: …",
# "VIDEO: …", "Related video: …").
_MEDIA_LABEL = re.compile(r"^\W*(?:related\s+|more\s+)?(?:photos?|pictures|gallery|videos?|watch|listen|audio|podcast)"
                          r"\s*:", re.IGNORECASE)
MIN_RUNNING_TEXT_CHARS = 150
# A short paragraph of the text closes as a sentence does, a closing quotation mark or bracket after it or not.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
MAX_SIBLINGS_AFTER_LINE = 3
# In-text cards (``_in_text_cards``): the links looked at, the levels climbed from the title to the
# card, the elements a card may be; the title links of a list's cards.
MAX_IN_TEXT_LINKS = 5000
MAX_CARD_CLIMB = 4
_IN_TEXT_CARD_TAGS = frozenset({"div", "aside", "article", "section", "figure"})
# An embedded picture gallery's card ("<aside class='field-name-field-node-ref-gallery'>…Zur kompletten
# Fotostrecke") or interactive graphic's ("<div class=inline-graphic-linked><a href=…_graphic.html>…View
# Graphic", wapo-1's map): galleries and graphics are no articles (the labelling guide).
_GALLERY_NAME = re.compile(r"galler|galerie|fotostrecke|slideshow|graphic", re.IGNORECASE)
_TITLE_LINKS = etree.XPath("descendant::a[parent::h2 or parent::h3 or parent::h4 or parent::h5 or parent::h6 "
                          "or contains(../@class, 'title') or contains(../@class, 'headline')]")

# A paragraph too: an in-body related line is often one ``<p class="related-post">`` holding a link.
_BLOCK_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "footer", "article", "nav", "dl", "table", "li", "p"})


@dataclass
class _Block:
    element: etree._Element
    heading: etree._Element | None = None
    # A related-named block that is the site's strip (``_in_strip_above_headline``): claimed, so no other unit
    # reads its thumbnails or titles as the article's, but no posts.
    site_wide: bool = False


def extract_related_posts(page: Page) -> list[RelatedPost]:
    """Never raises on a bad page: no related block gives an empty list."""
    languages = page.languages
    if posts := from_profile(page, "related_posts", lambda elements: _profile_posts(page, elements, languages)):
        return posts
    # Read before the blocks are claimed: a block may hold the navigation ("« Vorige | Nächste »").
    navigation = post_navigation(page)
    blocks = _blocks(page)
    for block in blocks:
        page.regions.claim(block.element)
        if block.heading is not None:
            page.regions.claim(block.heading)
    return cascade(page, "related_posts", [(Via.MARKUP, lambda: _posts(page, blocks, navigation, languages))]) or []


def _posts(page: Page, blocks: list[_Block], navigation: list[NavLink], languages: list[str]) -> list[RelatedPost]:
    """The blocks' cards, then the previous and next posts the page links to."""
    posts = _cards_of_blocks(page, blocks, languages)
    return posts + _navigation_posts(page, navigation, posts)


def _navigation_posts(page: Page, navigation: list[NavLink], found: list[RelatedPost]) -> list[RelatedPost]:
    """The previous and next posts the page links to, after the blocks' cards; their links are
    claimed, so the body does not read "← Previous post ..." as text. They lead to the sites the cards
    may lead to (``_own_sites``): a sister paper's copy declaring its original canonical
    ("business.financialpost.com" over a vancouversun.com page) links to the neighbouring posts of the
    site it was fetched from."""
    canonical = _canonical(page)
    seen = _page_keys(page, canonical) | {_url_key(post.url) for post in found if post.url}
    sites = _own_sites(page, canonical)
    posts: list[RelatedPost] = []
    for nav in navigation:
        # The listing between the previous and the next post ("<div class=nav-overview><a>Alle News anzeigen</a>"):
        # the archive, as under a block's cards.
        if (url := _post_url(page, nav.link)) is None or _ARCHIVE_LINK_TEXT.match(nav.title):
            continue
        absolute = bool(urlsplit(url).scheme)
        page.regions.claim(nav.region)
        key = _url_key(url)
        if key in seen or (sites and absolute and registrable_domain(url) not in sites):
            continue
        seen.add(key)
        posts.append(RelatedPost(title=nav.title[:MAX_TITLE_CHARS], url=url if absolute else None))
    return posts


def _profile_posts(page: Page, elements: list[etree._Element], languages: list[str]) -> list[RelatedPost]:
    """Cards of the blocks a profile names; the blocks are claimed whether or not they give any."""
    page.regions.claim_all(elements)
    return _cards_of_blocks(page, [_Block(el) for el in elements], languages)


def _blocks(page: Page) -> list[_Block]:
    """Related blocks named by class / id or by a heading: outermost ones, no overlap, in page order."""
    found: list[_Block] = []
    chosen: set[etree._Element] = set()

    def take(block: _Block) -> None:
        el = block.element
        if el in chosen or inside(el, chosen) or Regions.is_claimed(el, MAX_NESTING + 1) or _in_author_box(el) \
                or _in_feed_item(el) or _in_site_list(el) or _in_network_widget(el):
            return
        inner = {other.element for other in found if inside(other.element, {el})}
        if inner:
            # A heading's block enclosing blocks already taken by name: keep the outer one.
            found[:] = [other for other in found if other.element not in inner]
            chosen.difference_update(inner)
        chosen.add(el)
        found.append(block)

    named = [el for el in page.named_where(_names_related)[:MAX_CANDIDATES]
             if el.tag in _BLOCK_TAGS and _is_related_name(el)]
    for el in _without_other_boxes(named):
        if len(found) >= MAX_BLOCKS:
            break
        if (not inside(el, chosen) and (not _is_main_content(el) or _is_titled_card(page, el))
                and not _is_widget(el) and not _is_box_column(el) and _is_link_list(el)
                and not _is_links_box(page, el)):
            take(_Block(el, site_wide=_in_strip_above_headline(page, el)))
    # Headings come level by level, then labels printed as text ("<strong>Lesen Sie auch:</strong>",
    # "<div class=pane-title>Related Stories</div>"); page order is restored below.
    headings = [heading for tag in SUBHEADING_TAGS for heading in page.headings[tag]]
    labels, lines = _labels(page)
    for heading in [*headings, *labels]:
        if len(found) >= MAX_BLOCKS or len(heading) > 6:
            continue
        title = heading.text_content()
        if len(title) <= 200 and len(heading) and not _is_related_heading(heading, title):
            title = _without_translation(heading, title)
        if len(title) > 200 or not _is_related_heading(heading, title) or _WIDGET_HEADING.match(title) \
                or _in_menu(heading) or _in_site_footer(heading):
            continue
        if inside(heading, chosen):
            _narrow_to_heading(page, heading, found, chosen)
            continue
        block = _Block(heading.getparent(), heading) if heading.tag == "li" and _is_list_label(heading, title) \
            else _heading_block(page, heading)
        if block is not None and not _is_taxonomy(block.element):
            rows = [*_link_rows_after(page, block.element), *_like_rows_after(page, heading, block.element)]
            if not _RELATED_HEADING.match(title) and not _lists_articles(page, [block.element, *rows]):
                continue
            take(block)
            for row in rows:
                take(_Block(row))
    for line in [*lines, *_lone_link_lines(page), *_bare_link_lines(page), *_in_text_cards(page)]:
        if len(found) < MAX_BLOCKS and not inside(line, chosen):
            take(_Block(line))
    found.sort(key=lambda block: document_position(block.element))
    return found


def _without_other_boxes(named: list[etree._Element]) -> list[etree._Element]:
    """The related-named blocks, without those that share their related class word with a box titled
    related while printing a title of their own that is not: a CMS's box partial carries the same class
    whatever it lists, and its title says what each box is (CinemaBlend's side column prints "<div
    class='partial content_story_cb_related sidebar'>" under "Related", then under "New Reviews", "Top
    Movies" and "Features", the site's curated picks). A box without a title of its own stays (a card's
    title inside its link is no box title), and so does every box where none of its kind is titled related:
    the page shows its related heading only by a box that prints it."""
    if len(named) < 2:
        return named
    words = [{word for word in (el.get("class") or "").split() if _RELATED_NAME.search(word)} for el in named]
    titles = [_box_title(el) for el in named]
    related_words = {word for kind, title in zip(words, titles, strict=True)
                     if title is not None and _is_related_heading(*title) for word in kind}
    if not related_words:
        return named
    return [el for el, kind, title in zip(named, words, titles, strict=True)
            if title is None or kind.isdisjoint(related_words) or _is_related_heading(*title)]


def _box_title(el: etree._Element) -> tuple[etree._Element, str] | None:
    """A box's own title: the first subheading in it, before any link ("<div class=hgroup><h2><span>New
    Reviews</span></h2></div><a href>…"); a card's linked title comes after its link opens."""
    for count, node in enumerate(el.iterdescendants()):
        if count >= MAX_TITLE_BAR_ELEMENTS or node.tag == "a":
            return None
        if node.tag in SUBHEADING_TAGS and (title := text_of(node)):
            return (node, title[:MAX_LABEL_TEXT_CHARS]) if len(title) <= MAX_LABEL_TEXT_CHARS else None
    return None


def _in_strip_above_headline(page: Page, el: etree._Element) -> bool:
    """A block in the site's navigation bar or page header above the headline: a magazine's sticky context
    bar ("<nav class=context_nav><section class=context_nav__related>", "3 related articles") printing its
    newest stories over every article, whatever its class says. The site's strip is a ``<nav>``, a ``<header>``
    or a navigation or banner region that comes before the page's headline (its first ``<h1>`` with words
    outside such a bar) and does not hold it. Asked of a block found by its name only: a heading naming the
    box related ("<nav class=side-list><h5>NOTICIAS RELACIONADAS</h5>") is the page's word for it. A box in a
    side column (``<aside>``) printed before the text stays, whatever holds it."""
    if not _in_site_bar(el) or any(node.tag == "aside" or node.get("role") == "complementary"
                                   for node in islice(chain([el], el.iterancestors()), MAX_NESTING)):
        return False
    # The headline: a logo's h1 sits in the page header ("<header><h1>Engadget</h1>"), the article's outside.
    headline = next((h1 for h1 in page.h1s if text_of(h1) and not _in_site_bar(h1)), None)
    if headline is None or inside(headline, {el}):
        return False
    return document_position(el) < document_position(headline)


def _in_site_bar(el: etree._Element) -> bool:
    """Whether the element is, or sits in, a ``<nav>``, a navigation or banner region, or a ``<header>`` that is
    the page's, not an article's ("<main><header><h1>" holds the headline)."""
    header = False
    for node in islice(chain([el], el.iterancestors()), MAX_NESTING):
        if node.tag == "nav" or node.get("role") in ("navigation", "banner"):
            return True
        if node.tag in ("article", "main"):
            return False
        header = header or node.tag == "header"
    return header


def _narrow_to_heading(page: Page, heading: etree._Element, found: list[_Block], chosen: set[etree._Element]) -> None:
    """A block taken by its name that holds a related heading over a part of it only, beside more
    links than that part holds: the heading's part is the box. A news site's "<section
    id='relatedStories'>" wraps its "Mehr zum Thema" row (three cards) and, under headings of their
    own, its news ticker and featured picks (eighteen cards), the same beside every article."""
    named = next((block for block in found if block.heading is None and inside(heading, {block.element})), None)
    if named is None:
        return
    part = _heading_block(page, heading)
    # The part must hold its heading: a heading's first row alone (a title bar's column, then the cards
    # as columns beside it) is no box of its own.
    if part is None or part.element is named.element or not inside(part.element, {named.element}) \
            or not inside(heading, {part.element}):
        return
    inner = len(_LINKS(part.element))
    if len(_LINKS(named.element)) - inner <= inner:
        return
    found[found.index(named)] = part
    chosen.discard(named.element)
    chosen.add(part.element)


def _labels(page: Page) -> tuple[list[etree._Element], list[etree._Element]]:
    """Elements other than h2-h6 whose own short text reads like a related block's heading, and
    the paragraphs that are a labelled related line: a cheap test of each element's first text,
    the full tests only for the few that pass."""
    labels: list[etree._Element] = []
    lines: list[etree._Element] = []
    for el in islice(page.tree.iter("a", *_LABEL_TAGS), MAX_LABEL_TEXTS):
        text = el.text
        after_icon = False
        if not (text and text.strip()) and len(el) and el.tag != "a":
            # A heading printed after its icon ("<span><i class='fa fa-newspaper'></i> Weitere Artikel
            # zum Thema</span>"): the text after the empty icon element; a heading only, never a line.
            text, after_icon = _text_after_icon(el) or _accented_opening(el), True
        if not text or len(text) > MAX_LABEL_TEXT_CHARS or not (opening := text.lstrip()):
            continue
        # A link is only ever a line ("Related: …", "Lire aussi | …"): without a colon or a bar near its
        # start, it is none.
        if el.tag == "a" and ":" not in (start := text[:MAX_LINE_LABEL_CHARS]) and " |" not in start:
            continue
        # The first printed character, decided once per character: most texts stop here.
        if not _may_open_label(opening[0]) or not _opens_label(text):
            continue
        # Inside a link only the line's label counts ("<a><span>Related: …</span></a>").
        in_link = el.tag == "a" or any(a.tag == "a" for a in el.iterancestors())
        if not in_link and (_is_related_heading(el, whole := text_of(el))
                            or after_icon and _is_related_heading(el, _without_translation(el, whole))):
            if len(labels) < MAX_LABELS:
                labels.append(el)
        elif not after_icon and (label := _LINE_LABEL.match(_with_colon_after(el, text))) \
                and not _TOPICS_LABEL.search(label.group()) and (line := _labelled_line(el, label.end())) is not None:
            if len(lines) < MAX_LABELS:
                lines.append(line)
    return labels, lines


def _in_menu(heading: etree._Element) -> bool:
    """A heading inside the site's menu ("<ul id=mainmenu><li>…<div class=main-menu-teasers><h4>Die Redaktion
    empfiehlt</h4>", a mega-menu's picks, the same on every page): a list or ``<nav>`` named a menu or the
    site's navigation around it. Read only for the few headings that pass the label test."""
    node = heading.getparent()
    for _ in range(MAX_MENU_CLIMB):
        if node is None:
            return False
        if node.tag in ("ul", "nav") and SITE_MENU_NAME.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


# The site's footer by its name: the whole class or id word ("footer", "site-footer", "sitefooter",
# "page-footer", "global-footer", WordPress's "colophon"), not an article's ("single-article-footer").
_SITE_FOOTER_NAME = re.compile(
    r"(?<![\w-])(?:(?:site|page|global|main)[-_]?)?footer(?![\w-])|(?<![\w-])colophon(?![\w-])", re.IGNORECASE)


def _in_site_footer(heading: etree._Element) -> bool:
    """A heading in the site's footer ("<footer id=footer><div class=footer-col><h2>More on Cleveland.com</h2>
    <ul><li><a href=/interact/>…", the same columns of service links under every page): a ``<footer>`` or a
    ``role=contentinfo`` region outside any ``<article>`` or ``<main>``, the footer named the site's
    ("footer", "site-footer", "sitefooter", "colophon"). An article's own ``<footer>``
    ("single-article-footer", "endofarticle", also outside ``<article>``) may hold its related posts.
    Read only for the few headings that pass the label test."""
    footer = False
    for node in heading.iterancestors():
        if node.tag in ("article", "main"):
            return False
        if node.get("role") == "contentinfo" or (node.tag == "footer" and _SITE_FOOTER_NAME.search(
                f"{node.get('class') or ''} {node.get('id') or ''}")):
            footer = True
    return footer


def _without_translation(heading: etree._Element, title: str) -> str:
    """A heading's text without the parts marked as another language ("Related — <span lang=zh>有關</span>",
    a multilingual site printing its label beside a translation) or shown to screen readers only (Le Monde's
    "<span class=catcher__title><span class=icon__premium><span class=sr-only>Article réservé à nos
    abonnés</span></span> Lire aussi</span>", the subscriber icon's spoken name): the label is what is left."""
    for part in heading.iterdescendants():
        if isinstance(part.tag, str) and (part.get("lang") or shown_to_screen_readers_only(part.get("class") or "")):
            title = title.replace(part.text_content(), " ", 1)
    return title


def _with_colon_after(el: etree._Element, text: str) -> str:
    """A label's text with the colon printed right after its element ("<strong>Weiterlesen</strong>: <a>…</a>",
    "<b>Related</b>: <a>…</a>"): the line's label is the same as with the colon inside."""
    tail = el.tail
    if el.tag != "a" and ":" not in text and tail and tail.lstrip().startswith(":") and not len(el):
        return f"{text.rstrip()}:"
    return text


def _is_related_heading(el: etree._Element, title: str) -> bool:
    """A related block's heading: a related label, a "related topics" label (its cards tested later), or a
    bare "read on" label with a list right after it ("<aside class=fin2box><div>Weiterlesen</div><ul>…</ul>
    </aside>", a news site's in-body box)."""
    if _RELATED_HEADING.match(title) or _TOPICS_HEADING.match(title) or _is_list_label(el, title):
        return True
    following = el.getnext()
    return following is not None and following.tag in ("ul", "ol") and _BARE_READ_ON.match(title) is not None


def _is_list_label(el: etree._Element, title: str) -> bool:
    """"<ul><li>MORE SIXERS</li><li><a>…</a></li>…</ul>" between the paragraphs of the text: a list whose first
    item prints "More <subject>" and no link, every other item one link. Without its colon "More <word>" is
    also a section's link text or a site's "More news" list, so only this shape inside the text counts."""
    items = el.getparent()
    if el.tag != "li" or items is None or items.tag not in ("ul", "ol") or items[0] is not el or len(items) < 3 \
            or not _MORE_SUBJECT.match(title) or _LINKS(el):
        return False
    if not all(isinstance(item.tag, str) and item.tag == "li" and len(_LINKS(item)) == 1 for item in items[1:]):
        return False
    return _among_paragraphs(items)


def _among_paragraphs(el: etree._Element) -> bool:
    """Whether a paragraph with words of its own comes before and after the element (empty ones
    skipped): it sits in the article's text, not in a column of site boxes."""
    for step in (etree._Element.itersiblings, partial(etree._Element.itersiblings, preceding=True)):
        for sibling in step(el):
            if isinstance(sibling.tag, str) and sibling.tag == "p" and text_of(sibling):
                break
            if isinstance(sibling.tag, str) and sibling.tag not in ("p", "br"):
                return False
        else:
            return False
    return True


def _text_after_icon(el: etree._Element) -> str | None:
    """The text after an element's first child when that child prints nothing (an icon: ``<i>``,
    an icon font's ``<span>`` or a small wrapper of one); None otherwise."""
    icon = el[0]
    tail = icon.tail
    if not tail or not tail.strip() or len(icon) > MAX_ICON_PARTS or (icon.text and icon.text.strip()):
        return None
    for part in icon.iterdescendants():
        # The icon's name for screen readers ("<span class=sr-only>Article réservé à nos abonnés</span>") is not
        # printed.
        spoken = isinstance(part.tag, str) and shown_to_screen_readers_only(part.get("class") or "")
        if (part.text and part.text.strip() and not spoken) or (part.tail and part.tail.strip()):
            return None
        if spoken and len(part):
            return None
    return tail


# Inline parts a heading sets its first words off in.
_ACCENT_TAGS = frozenset({"span", "strong", "b", "em", "i"})


def _accented_opening(el: etree._Element) -> str | None:
    """The first words of a heading set off in an accent part of their own, the rest printed after it
    ("<div class=block-top><span class=ft-c>À lire</span> aussi</div>", a newspaper's box over its cards): the
    part's text for the cheap test; the part alone is no label, the full test reads the whole heading.
    None unless the heading's text goes on right after the part."""
    first = el[0]
    if not isinstance(first.tag, str) or first.tag not in _ACCENT_TAGS or len(first) or not (first.text and first.text.strip()) \
            or not (first.tail and first.tail.strip()):
        return None
    return first.text


def _labelled_line(el: etree._Element, label_end: int) -> etree._Element | None:
    """The paragraph a line label opens when it holds nothing but the label and one to three
    links ("MORE: <a>Headline</a>"); None for a label inside a sentence or over a longer text.

    ``el`` is the element whose first text holds the label (the link itself in "<a>Related: …</a>"),
    ``label_end`` where the label ends in that text.
    """
    line = el if el.tag == "a" or _LINKS(el) else el.getparent()
    for _ in range(3):
        if line is None or line.tag in _LINE_TAGS:
            break
        if line.tag not in _INLINE_TAGS:
            return None
        line = line.getparent()
    if line is None or line.tag not in _LINE_TAGS:
        return None
    links = _LINKS(line)
    if not links or len(links) > MAX_LINE_LINKS:
        return None
    rest = text_of(line)
    label = clean_text((el.text or "")[:label_end])
    if not rest.startswith(label):
        return None
    # A link printing only the label ("<a href=/weitere-nachrichten>Weitere Nachrichten:</a>") is a
    # section's link, not a line.
    if el.tag == "a" and _NO_WORDS.match(text_of(el)[len(label):]):
        return None
    rest = rest[len(label):]
    for link in links:
        rest = rest.replace(text_of(link).removeprefix(label), " ", 1)
    return line if _NO_WORDS.match(rest) or _LINK_JOINERS.match(rest) else None


def _lone_link_lines(page: Page) -> list[etree._Element]:
    """Paragraphs between the body's paragraphs that print nothing but one link, bold, italic or
    bare ("<p><strong><a href=/babyalarm-im-hause-reimann…>Babyalarm im Hause Reimann: Neue Folgen
    der Kult-Familie</a></strong></p>", "<p class=block-link><a>Meisterfeier vertagt: …</a></p>"): an
    unlabelled "read also" teaser, set apart from the text as a labelled line is. A link inside a
    sentence is no such line, nor a lone link closing the text ("Zur Übersicht"): the paragraph must
    follow running text and come before more of it. Whether the link is a post of the site (not a tag
    page, not a study on another site) is decided by the cards, as for any line."""
    lines: list[etree._Element] = []
    sites = _own_sites(page, _canonical(page))
    for paragraph in chain(islice(page.tree.iter("p"), MAX_LONE_LINK_PARAGRAPHS), _div_paragraphs(page)):
        if len(lines) >= MAX_LABELS:
            break
        if not len(paragraph):
            continue
        links = _LINKS(paragraph)
        if len(links) != 1 or any(a.tag == "a" for a in paragraph.iterancestors()):
            continue
        link = links[0]
        title = text_of(link)
        # A title closing in a colon leads in to what follows it (a paid plan's box), and a link
        # wrapping a picture or a figure is an embedded product, not a line of text.
        if len(title.split()) < MIN_LONE_LINK_WORDS or title.endswith(":") \
                or any(isinstance(el.tag, str) and el.tag not in _LONE_LINK_WRAPPERS for el in link.iterdescendants()):
            continue
        # A link opening with a media label ("<a><strong>RELATED PHOTOS: Jennifer Aniston's Beautiful Backyard
        # Wedding</strong></a>", People; "VIDEO: …") offers a picture gallery or a video, no article.
        if _MEDIA_LABEL.match(title):
            continue
        whole = text_of(paragraph)
        if not (_alone(link, paragraph) if whole == title
                else _in_brackets(whole, title)
                or whole.endswith(title) and _is_kicker(paragraph, whole, whole[:-len(title)].strip())):
            continue
        # Its address an article's, as a card under a topics heading must be: a site's standing link
        # closing the text ("See TIME's Pictures of the Week", "/time/picturesoftheweek") is none, nor a
        # place in a page (a weekly edition's "<p><a href=/Articles/637755/#Comments>Comments (5 posted)</a>").
        if "#" in (link.get("href") or "") or (url := _post_url(page, link)) is None \
                or not _is_article_card(paragraph, url, [link]):
            continue
        # Decided before the line is claimed: a lone link to another site (a video on a network's
        # site, the study) stays in the text and among the sources.
        if sites and urlsplit(url).scheme and registrable_domain(url) not in sites:
            continue
        # Interstitial links follow each other too ("[ A ]", "[ B ]" after a paragraph): the second
        # follows the first.
        after_line = bool(lines) and paragraph.getprevious() is lines[-1] and _in_brackets(whole, title)
        if (_follows_text(paragraph) or after_line) and _precedes_text(paragraph, same_class=True):
            lines.append(paragraph)
    return lines


def _bare_link_lines(page: Page) -> list[etree._Element]:
    """Links set between the text's paragraphs with no paragraph of their own, one a line (CNET Japan's
    "<p>…</p>\n<a class=t_link href=/article/35135171/>ログインせずに…（4/4）</a>\n<a class=t_link>…</a>\n<h2>",
    the week's earlier reports between two sections): a lone-link line whose paragraph is the link. Nothing is
    printed beside the link in its box; it follows running text (or the link of the run before it) and more of
    the text follows the run. Its address must be an article of the site, as a lone link's must."""
    lines: list[etree._Element] = []
    sites = _own_sites(page, _canonical(page))
    for link in islice(page.tree.iter("a"), MAX_IN_TEXT_LINKS):
        if len(lines) >= MAX_LABELS:
            break
        parent = link.getparent()
        if parent is None or parent.tag not in _IN_TEXT_CARD_TAGS or (link.tail or "").strip():
            continue
        before = link.getprevious()
        if ((before.tail if before is not None else parent.text) or "").strip():
            continue
        title = text_of(link)
        if not _is_line_title(title) or title.endswith(":") \
                or any(isinstance(el.tag, str) and el.tag not in _LONE_LINK_WRAPPERS for el in link.iterdescendants()):
            continue
        while before is not None and (not isinstance(before.tag, str) or before.tag == "br"):
            before = before.getprevious()
        after_line = before is not None and bool(lines) and before is lines[-1]
        if not (after_line or (before is not None and before.tag == "p" and _follows_text(link))) \
                or not _text_after_run(link):
            continue
        if "#" in (link.get("href") or "") or (url := _post_url(page, link)) is None \
                or not _is_article_card(link, url, [link]):
            continue
        if sites and urlsplit(url).scheme and registrable_domain(url) not in sites:
            continue
        lines.append(link)
    return lines


def _is_line_title(title: str) -> bool:
    """Whether a lone link's text is long enough for a headline: MIN_LONE_LINK_WORDS words, or in a script
    written without spaces (Japanese, Chinese) MIN_CJK_LINE_CHARS characters."""
    return len(title.split()) >= MIN_LONE_LINK_WORDS or (len(title) >= MIN_CJK_LINE_CHARS and bool(_CJK.search(title)))


def _text_after_run(link: etree._Element) -> bool:
    """Whether a paragraph or a subheading with words follows a bare link and the bare links after it."""
    for after in islice(link.itersiblings(), MAX_LINK_ROWS + MAX_SIBLINGS_AFTER_LINE):
        if not isinstance(after.tag, str) or after.tag in ("a", "br"):
            continue
        return after.tag in ("p", "h2", "h3", "h4") and bool(text_of(after))
    return False


def _div_paragraphs(page: Page) -> Iterator[etree._Element]:
    """The text's paragraphs printed as ``<div>``s of one class (CNN's "<div class=zn-body__paragraph>", a page
    builder's "<div class=text-block>"): a text div (``_is_text_div``) holding an element, beside a sibling of
    the same tag and class. A lone link among them is a line as in a ``<p>``."""
    for div in islice(page.tree.iter("div"), MAX_LONE_LINK_PARAGRAPHS):
        if not len(div) or not (name := div.get("class")) or not _is_text_div(div):
            continue
        before, after = div.getprevious(), div.getnext()
        if any(other is not None and other.tag == "div" and other.get("class") == name for other in (before, after)):
            yield div


def _is_paragraph_of(el: etree._Element, paragraph: etree._Element) -> bool:
    """Whether a sibling is a paragraph of the same text as ``paragraph``: a ``<p>``, or for a div paragraph
    (``_div_paragraphs``) a text div of its class."""
    if paragraph.tag in ("p", "a"):
        return el.tag == "p"
    return el.tag == "div" and el.get("class") == paragraph.get("class") and _is_text_div(el)


def _alone(link: etree._Element, paragraph: etree._Element) -> bool:
    """Whether the link is all the paragraph holds, bare or in inline elements holding nothing else."""
    if paragraph.text and paragraph.text.strip():
        return False
    node = link.getparent()
    while node is not paragraph and node is not None and node.tag in _LONE_LINK_WRAPPERS and len(node) == 1 \
            and not (node.text and node.text.strip()):
        node = node.getparent()
    return node is paragraph and not (link.tail and link.tail.strip())


def _in_brackets(whole: str, title: str) -> bool:
    """Whether a line prints nothing but its link between square brackets: Arc XP's interstitial link
    (WPMedia/arc-themes-blocks, blocks/article-body-block/chains/article-body/default.jsx, case
    "interstitial_link": ``<p class=…__interstitial-link><span>[&nbsp;</span><a>…</a><span>&nbsp;]</span></p>``),
    the related story a newsroom sets between the paragraphs, as the Washington Post's older
    ``<p class=interstitial-link><i>[<a>…</a>]</i></p>`` did. Brackets are no words of a sentence."""
    return whole.startswith("[") and whole.endswith("]") and whole[1:-1].strip() == title


def _is_kicker(paragraph: etree._Element, whole: str, opening: str) -> bool:
    """Whether the words before a line's closing link are its kicker, not a sentence: short, closing in
    a colon, and printed in capitals ("IN TEXAS: <a>Family of Ebola patient quarantined</a>", as a US
    paper's "ALSO:") or with the whole line in one emphasis ("<p><em>Były dowódca wojsk USA w Europie:
    <a>Rosja jest groźna</a></em></p>"). "Update: the company answered <a>here</a>" closes in no colon;
    "LISTEN: <a>…</a>" offers the show's audio, not an article."""
    if not opening.endswith(":") or len(opening) > MAX_LINE_LABEL_CHARS or _MEDIA_KICKER.match(opening):
        return False
    if opening == opening.upper() and any(char.isalpha() for char in opening):
        return True
    return len(paragraph) == 1 and paragraph[0].tag in _EMPHASIS_TAGS and not (paragraph.text or "").strip() \
        and text_of(paragraph[0]) == whole


def _in_text_cards(page: Page) -> list[etree._Element]:
    """Teaser cards set between the text's paragraphs without a label: a box holding one article of
    the site under its linked title ("<aside class=story-enhancement><article class=media-item><h2
    class=headline><a>…</a></h2>…", "<article class=article-interner-teaser>…<div
    class=article-interner-teaser__headline><a>…"). The card is
    the largest element around the title that stays short and leads to that one address; it must follow
    running text and come before more of it, as a lone link's line must. A box of several links (a fact
    box, a list of sources) is no such card, nor one leading to another site or to a tag page."""
    cards: list[etree._Element] = []
    sites = _own_sites(page, _canonical(page))
    for link in islice(page.tree.iter("a"), MAX_IN_TEXT_LINKS):
        if len(cards) >= MAX_LABELS:
            break
        title_part = link.getparent()
        wraps = _is_card_link(link)
        if title_part is None or not (wraps or title_part.tag in SUBHEADING_TAGS
                                      or _HEADLINE_NAME.search(title_part.get("class") or "")
                                      or _is_wordpress_embed(title_part)):
            continue
        href = link.get("href") or ""
        # The title's words before the address: most links under a heading are too short to be a card.
        if "#" in href or len(text_of(link).split()) < MIN_LONE_LINK_WORDS or (url := _post_url(page, link)) is None:
            continue
        if sites and urlsplit(url).scheme and registrable_domain(url) not in sites:
            continue
        # A link wrapping the card is the card at least; the climb goes on from there.
        card = link if wraps else None
        node = link if wraps else title_part
        for _ in range(MAX_CARD_CLIMB):
            node = node.getparent()
            # The climb stops below the text around the card: a level holding a paragraph of running text.
            if node is None or node.tag not in _IN_TEXT_CARD_TAGS or len(text_of(node)) > MAX_CARD_CHARS \
                    or any(len(text_of(child)) >= MIN_RUNNING_TEXT_CHARS for child in node.iterchildren("p")) \
                    or any(_second_title(page, other, href) for other in _LINKS(node)):
                break
            card = node
        # Its place between running text first: few cards pass it, and the card's title costs more.
        if card is None or card in cards or not _after_running_text(card) \
                or not (_precedes_text(card) or _before_running_text(card)):
            continue
        if _is_article_card(card, url, [link]) and not any(_GALLERY_NAME.search(el.get("class") or "") for el in card.iter()):
            cards.append(card)
    return cards


def _is_card_link(link: etree._Element) -> bool:
    """Whether a link is a whole teaser card: it holds one title, a heading or a part named a title or
    headline, and more beside it (a kicker, a date, a picture): "<a class=content-card href=…><div
    class=content-card-category>Olympia 2022</div><div class=content-card-title>Friedrich als
    Fahnenträger?</div><div>VOR 14 STUNDEN</div></a>", "<a href=…><h2>…</h2><img></a>". A link around a
    lone heading is that heading's link; a link holding two titles (a kicker set as a heading of its own,
    a title part around the heading) is left to the boxes' reading, which tells them apart."""
    if not len(link):  # most links hold their text alone: no card (the test below walks the rest)
        return False
    parts = [el for el in link.iterdescendants() if isinstance(el.tag, str)]
    names = [(el, (el.get("class") or "").lower()) for el in parts]
    titles = [el for el, name in names if (el.tag in SUBHEADING_TAGS or el.tag == "h1" or _HEADLINE_NAME.search(name))
              and not KICKER_NAMES.search(name)]
    return len(parts) > 1 and len(titles) == 1


def _is_wordpress_embed(el: etree._Element) -> bool:
    """WordPress's embed of a post pasted as an address on its own line: "<figure class='wp-block-embed
    is-type-wp-embed'><div><blockquote class=wp-embedded-content><a>Title</a></blockquote><iframe …>", the
    quote holding the post's linked title (the iframe's card is drawn by a script)."""
    return el.tag == "blockquote" and "wp-embedded-content" in (el.get("class") or "")


def _second_title(page: Page, link: etree._Element, href: str) -> bool:
    """Whether a link beside a card's title leads to another post under a title of its own: the card's
    author ("/staff/jake-sherman") and kicker ("<a href=/bauen/bauwissen>Bauwissen</a>", a word or
    two) are part of one card; a second headline makes the box a list."""
    return (link.get("href") or "") != href and _post_url(page, link) is not None \
        and len(text_of(link).split()) >= MIN_LONE_LINK_WORDS


def _after_running_text(card: etree._Element) -> bool:
    """Whether the element follows running text: a long paragraph, or a block whose paragraphs are one."""
    before = card.getprevious()
    # Past comments and empty elements ("<p></p>", an ad's empty slot).
    while before is not None and (not isinstance(before.tag, str) or not text_of(before)):
        before = before.getprevious()
    if before is None:
        return False
    # A card of the same list before it (a slider's slides, a column of opinion teasers with their
    # excerpts) is no text: its title is a link in a heading or a title part.
    if _is_list_neighbour(card, before):
        return False
    paragraphs = [before] if before.tag == "p" or _is_text_div(before) else before.findall(".//p")
    return any(len(text := text_of(paragraph)) >= MIN_RUNNING_TEXT_CHARS
               and sum(len(text_of(a)) for a in _LINKS(paragraph)) * 2 < len(text) for paragraph in paragraphs)


def _is_list_neighbour(card: etree._Element, sibling: etree._Element) -> bool:
    """Whether a sibling of a card is a card of the same list (a slider's slides, a column of opinion
    teasers with their excerpts, a news timeline): not a paragraph, and named as the card is or holding a
    title link (a link in a heading or a title part, or a link wrapping a card, ``_is_card_link``)."""
    return sibling.tag != "p" and (sibling.get("class") == card.get("class") or bool(_TITLE_LINKS(sibling))
                                   or any(_is_card_link(link) for link in _BLOCK_LINKS(sibling)))


def _before_running_text(card: etree._Element) -> bool:
    """Whether running text follows the card in a block of its own ("<article class=paragraph><h2>…<p>…")."""
    for after in islice(card.itersiblings(), MAX_SIBLINGS_AFTER_LINE):
        # A card of the same list after it (a news timeline's next teaser with its excerpt) is no text.
        if isinstance(after.tag, str) and _is_list_neighbour(card, after):
            return False
        if isinstance(after.tag, str) and any(len(text_of(paragraph)) >= MIN_RUNNING_TEXT_CHARS
                                              for paragraph in after.iterfind(".//p")):
            return True
        if _is_text_div(after) and len(text_of(after)) >= MIN_RUNNING_TEXT_CHARS:
            return True
    return False


def _is_text_div(el: etree._Element) -> bool:
    """Whether a ``<div>`` is a paragraph by another tag: text and inline parts only, no block inside
    (eurosport's "<div class=article-s4-rs>Viel mehr wollte Weikert … <a>…</a></div>", a page builder's
    paragraphs)."""
    return el.tag == "div" and not any(child.tag in _BLOCK_TAGS or child.tag in SUBHEADING_TAGS
                                       for child in el.iterchildren() if isinstance(child.tag, str))


def _follows_text(paragraph: etree._Element) -> bool:
    """Whether the paragraph comes after one of running text (a long paragraph, not a link list). Short
    sentences of the text may stand between ("Far from quieting the storm, Trump is whipping it up." over
    CNN's lone "<a>Who could be in Trump's Cabinet?</a>", a quote's one line over the Daily News' "<a
    class=ra-related>"): a paragraph closing as a sentence closes, mostly unlinked, is the text going on."""
    for before in islice(paragraph.itersiblings(preceding=True), MAX_SIBLINGS_AFTER_LINE):
        if not _is_paragraph_of(before, paragraph):
            return False
        text = text_of(before)
        if not text or sum(len(text_of(a)) for a in _LINKS(before)) * 2 >= len(text):
            return False
        if len(text) >= MIN_RUNNING_TEXT_CHARS:
            return True
        # A short paragraph set whole in italics or bold is an editor's note on what follows ("<p><i>Weiterführende
        # Informationen finden Sie in den angeführten PDF-Dokumenten …</i></p>" over a list of documents), not the text.
        if not _SENTENCE_END.search(text) or (len(before) == 1 and before[0].tag in _EMPHASIS_TAGS
                                               and not (before.text or "").strip() and text_of(before[0]) == text):
            return False
    return False


def _precedes_text(paragraph: etree._Element, *, same_class: bool = False) -> bool:
    """Whether more of the text follows: a paragraph or a subheading with words among the next siblings
    (an empty jump anchor may sit between); for a line among div paragraphs (``same_class``), a text div of its
    class too. Not for an in-text card: the next card of a list of boxes is no text."""
    for after in islice(paragraph.itersiblings(), MAX_SIBLINGS_AFTER_LINE):
        if (after.tag in ("p", "h2", "h3", "h4") or same_class and _is_paragraph_of(after, paragraph)) and text_of(after):
            return True
    return False


def _names_related(value: str) -> bool:
    """A class or id value naming a related block; tested on each distinct value of the page once.

    Rarer names ("you-may-like", "more-from") are left to the block's heading; not "read-next" and
    "read-also", which a box of one or a few cards under a link or a label of its own often carries
    alone ("<div class=read-next-wrapper><p class=read-next><a>Read Next</a></p><p class=read-next-link>…",
    "<article class=read-also><h3>читайте также</h3>…"). Substring
    tests written out run four times faster than any() over them or one regular expression.
    """
    return "elated" in value or "eleated" in value or "ecommend" in value or "imilar" in value \
        or "eferenced" in value or "ard-embed" in value or "ardEmbed" in value or "sujet" in value \
        or "rticles_li" in value or "rticles-li" in value or "rticlesli" in value or "rticle_li" in value \
        or "rticle-li" in value or "ead-next" in value or "ead_next" in value or "eadNext" in value \
        or "ead-also" in value or "ead_also" in value or "eadAlso" in value or "ead-more-wrap" in value \
        or "ich-link" in value


def _is_related_name(el: etree._Element) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_RELATED_NAME.search(names)) and not _NOT_RELATED_NAME.search(names)


def _in_author_box(el: etree._Element) -> bool:
    """Whether the block is, or sits in, an author box (the author's other posts, whatever their
    list's class says). A climb from the few blocks taken, cheaper than testing every class of the page."""
    node: etree._Element | None = el
    for _ in range(MAX_NESTING):
        if node is None or node.tag in ("html", "body", "main"):
            return False
        if _names_author_box(node.get("class") or "") or _names_author_box(node.get("id") or ""):
            return True
        node = node.getparent()
    return False


def _in_feed_item(el: etree._Element) -> bool:
    """Whether the block is or sits in an item of a news feed ("<div class='feed-item has-related'>" in
    a magazine's latest-news stream beside the article): the item's related link is that other story's
    reading, not this article's. A climb from the few blocks taken, as for author boxes."""
    node: etree._Element | None = el
    for _ in range(MAX_NESTING):
        if node is None or node.tag in ("html", "body", "main"):
            return False
        value = node.get("class") or ""
        if ("feed" in value or "river" in value) and _FEED_ITEM_NAME.search(value):
            return True
        node = node.getparent()
    return False


def _in_site_list(el: etree._Element) -> bool:
    """Whether the block sits in a module of the site's popular or trending stories: a left rail's
    "<section class='leftrailmodule--popular'><div class='js_related-module'>" (a blog network's list of
    the author's latest, under "Written by <name>") lists the same stories beside every article. Only
    the block's nearest ancestors: a page wrapper's class says nothing of one box. The block itself too: a
    heading's box named so ("<div class='sidebar-module trending-module'><header><h2>You may also like</h2>", a
    blog network's sidebar reel of the day's trending stories) is that module, whatever its heading says."""
    node: etree._Element | None = el
    for _ in range(MAX_SITE_LIST_CLIMB + 1):
        if node is None or node.tag in ("html", "body", "main"):
            return False
        for value in (node.get("class"), node.get("id")):
            if value and ("opular" in value or "rending" in value or "ost" in value or "eistgelesen" in value) \
                    and _SITE_LIST_NAME.search(value):
                return True
        node = node.getparent()
    return False


def _in_network_widget(el: etree._Element) -> bool:
    """Whether the block is, or sits in, a recommendation network's widget (Outbrain's "<div class=OUTBRAIN>
    <div class=ob-widget>", Taboola's "trc_related_container", MGID's "mgbox", Revcontent's "rc-widget"):
    its "Recommended for you" / "You may like" are filled by the network for every article of the site,
    paid items among the site's own, which the labelling guide counts as no related posts."""
    node: etree._Element | None = el
    for _ in range(MAX_SITE_LIST_CLIMB + 1):
        if node is None or node.tag in ("html", "body", "main"):
            return False
        for value in (node.get("class"), node.get("id")):
            if value and _NETWORK_WIDGET_NAME.search(value):
                return True
        node = node.getparent()
    return False


def _names_author_box(value: str) -> bool:
    """A class or id value naming an author box; the substring tests ("Author" holds "uthor") turn away
    almost every value before the regular expression runs."""
    return ("uthor" in value or "m-a-box" in value or "sabox" in value or "UTHOR" in value) \
        and _AUTHOR_BOX_NAME.search(value) is not None


def _is_taxonomy(el: etree._Element) -> bool:
    """A list named for topics or tags ("<div class=article-topics>read more: <a>Jewish Times</a>…"):
    under whatever label, its links are topic pages, not posts."""
    return bool(_TAXONOMY_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _is_widget(el: etree._Element) -> bool:
    """A site-wide list (recent, popular) that only carries a related-looking class: its own heading
    says so, or the heading its section prints before it and its like items does."""
    heading = _CARD_HEADINGS(el)
    if heading and _WIDGET_HEADING.match(text_of(heading[0])):
        return True
    return (before := _heading_before(el)) is not None and bool(_WIDGET_HEADING.match(text_of(before)[:80]))


def _is_links_box(page: Page, el: etree._Element) -> bool:
    """A related-named block under a heading naming the article's links, files or sources whose entries are
    not all articles of the site: TYPO3's news extension prints its related links and files in `news-related`
    boxes under "Links" and "Downloads" beside the related news ("<h3>Links</h3><div class=news-related>": a PDF,
    a video, the site's livestream page), the sources' and attachments' boxes. The same heading over the site's
    articles alone ("<div class=cssArticleRelated><h4>Weiterführende Links</h4>", a broadcaster's one dated
    story) heads related posts."""
    heading = _CARD_HEADINGS(el)
    label = heading[0] if heading else _heading_before(el)
    return label is not None and _is_links_heading(text_of(label)[:80]) and not _lists_articles(page, [el])


def _is_links_heading(text: str) -> bool:
    """A heading naming the article's links, files or sources and no reading list (``_LINKS_HEADING``)."""
    return bool(_LINKS_HEADING.match(text)) and not _READING_WORDS.search(text) and not _RELATED_HEADING.match(text)


def _heading_before(el: etree._Element) -> etree._Element | None:
    """The subheading printed right before an item and the items like it (the same tag) before it in
    its section: "<h3>Aktuelle Meldungen im Fokus</h3><div class='similar-posts__item'>…</div><div
    class='similar-posts__item'>…</div>" heads both items, each of which a similar-named class takes for a
    block of its own (DATEV's `section.similar-posts`, whose first part are similar posts indeed)."""
    before = el.getprevious()
    for _ in range(MAX_ITEMS_BEFORE):
        if before is None or not isinstance(before.tag, str) or before.tag != el.tag:
            break
        # Not an item like it (the same class): a card printing only its picture and its title is no bar.
        if before.get("class") != el.get("class") and (bar := _title_bar_heading(before)) is not None:
            return bar
        before = before.getprevious()
    return before if before is not None and before.tag in SUBHEADING_TAGS else None


def _title_bar_heading(el: etree._Element) -> etree._Element | None:
    """The heading of a title bar that wraps it alone ("<div class=related><h2><a href=/business/>More in
    Business...</a></h2></div>" before "<div id=related_images>…"): it heads the items after the bar."""
    inner = _SUBHEADINGS(el)
    return inner[0] if len(inner) == 1 and text_of(inner[0]) == text_of(el) else None


def _is_box_column(el: etree._Element) -> bool:
    """A region named similar or related that holds several boxes under headings of their own, none a
    related heading and one a site-wide list's ("<div id=cssSimilarTeaserArea>" over "Finden Sie Ideen in
    unseren Galerien", "Meist gelesene Artikel", "Produkt-Tipps" and the comments; a press office's
    "related-content" band over "Kontakt" and "Aktuelle Meldungen"): the page's column of site boxes, not
    one related box. Headings printed as text count too ("<p class=cssContentHeadline>", "<p class=h1>"),
    a card's title inside its link does not."""
    titles = [text_of(heading)[:80] for heading in _BOX_HEADINGS(el)]
    return len(titles) >= 2 and any(_WIDGET_HEADING.match(title) for title in titles) \
        and not any(_RELATED_HEADING.match(title) for title in titles)


def _is_main_content(el: etree._Element) -> bool:
    return el.tag in ("html", "body", "main") or any(not _is_box_h1(part) for part in _MAIN_CONTENT(el))


def _is_titled_card(page: Page, el: etree._Element) -> bool:
    """A short block named related whose only mark of an article is an ``<h1>`` that is not the page's
    headline: the card's own title, as HTML5 lets each sectioning element open with an h1 (the Guardian's
    in-body "<aside class=element-rich-link><div class=rich-link>…<h1 class=rich-link__title>Standing Rock
    protest: …</h1>…<a class=rich-link__link href=…>", one story of the site between the paragraphs). A
    block holding the page's headline, its article body or more text than a card is the article's. Each h1 titles
    one card: a block leading to more addresses than it holds h1s (a card's section and topic links beside its
    one title) is left to the other readings."""
    if len(text_of(el)) > MAX_CARD_CHARS:
        return False
    headline = next((h1 for h1 in page.h1s if text_of(h1) and not _in_site_bar(h1)), None)
    parts = _MAIN_CONTENT(el)
    return bool(parts) and all(part.tag == "h1" and part is not headline for part in parts) \
        and len({link.get("href") for link in _LINKS(el)}) <= len(parts)


def _is_box_h1(el: etree._Element) -> bool:
    """An ``<h1>`` that prints a related block's label ("Powiązane"), not the article's headline."""
    if el.tag != "h1":
        return False
    text = text_of(el)
    return len(text) <= MAX_LABEL_TEXT_CHARS and bool(_RELATED_HEADING.match(text))


def _heading_block(page: Page, heading: etree._Element) -> _Block | None:
    """The list of cards a "Related Posts" heading introduces.

    The element right after the heading when it holds article links (``<h3>`` + ``<ul>``, also the
    shape of a "Related" list at the end of an article body); else the smallest ancestor holding
    article links besides the heading's own, as long as it reads like a list of links, not like
    an article.
    """
    own = {id(link) for link in _LINKS(heading)}
    following = _next_element(heading)
    if following is not None and _is_script_mount(following):
        # An empty anchor or ad slot between the heading and its own list ("<h3>Related Articles</h3><div
        # id=related-articles-anchor></div><ul>…", "<div class=widget-ad-slot></div>") is passed over as a clearing
        # div is: only a list of titles right after it is the heading's.
        after = _next_element(following)
        if after is None or after.tag not in ("ul", "ol") or not _has_article_links(page, after, own):
            return None
        following = after
    # The list after an introduction: a paragraph there is the text going on ("<h2>Related</h2><p>Walking is also
    # linked to better sleep.</p><p>In a separate study, <a>people who walked</a> slept longer.</p>"), no list.
    introduced = False
    if following is not None and _is_introduction(following) and (after := _next_element(following)) is not None \
            and after.tag != "p":
        following, introduced = after, True
    # After an introduction, a list of titles: a short list of steps whose sentences link a page or two ("What to
    # do next:" then "Ask your GP for a <a>blood test</a> …") is the text's, however short.
    if following is not None and _has_article_links(page, following, own) and _is_link_list(following,
                                                                                           titles=introduced):
        return _Block(_card_rows(page, heading, following), heading)
    current = heading
    for _ in range(MAX_HEADING_CLIMB):
        parent = current.getparent()
        if parent is None or _is_main_content(parent):
            return None
        current = parent
        if (block := _row_after_wrapper(page, heading, current, own)) is not None:
            return block
        if _has_article_links(page, current, own):
            # A label printed as text ("<strong>Lesen Sie auch:</strong>") introduces a line or a
            # short list, never a region as long as an article.
            if heading.tag not in SUBHEADING_TAGS and len(text_of(current)) > MAX_LABEL_BLOCK_CHARS:
                return None
            return _Block(current, heading) if _is_link_list(current) else None
    return None


def _is_script_mount(el: etree._Element) -> bool:
    """An empty element named for the widget a script fills ("<h4>あわせて読みたい</h4><div id=_popIn_recommend>
    </div>", weekly.ascii.jp; "<div class=heading>More to Explore</div><div id=zergnet-widget-45375></div>", AOL's
    right rail): the heading's box is that element, empty in the saved page, and the boxes beside it are no
    part of it (a magazine's current-issue cover, the rail's other modules). Not a clearing or spacing element
    between a heading and its list ("<div class=clear></div>"): only a name saying widget, recommendation or a
    recommendation network's."""
    if len(el) or (el.text or "").strip() or el.tag not in ("div", "section", "aside", "ul", "ol"):
        return False
    return _SCRIPT_MOUNT_NAME.search(f"{el.get('id') or ''} {el.get('class') or ''}") is not None


def _next_element(el: etree._Element) -> etree._Element | None:
    """The next sibling that is an element (comments and processing instructions passed over)."""
    following = el.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def _is_introduction(el: etree._Element) -> bool:
    """A short paragraph without links between a related heading and its list: the sentence a template prints to
    introduce the list ("<h2>Related Post -</h2><p>Here are a couple of related posts you might enjoy reading.</p>"
    over a Gatsby blog's cards; "## 함께 보면 좋은 글" then "같은 주제 흐름에서 이어서 읽기 좋은 글입니다." in a Korean
    blog's posts). The list after it is the heading's."""
    return el.tag == "p" and not _LINKS(el) and 0 < len(text_of(el)) <= MAX_INTRODUCTION_CHARS


def _row_after_wrapper(page: Page, heading: etree._Element, wrapper: etree._Element, own: set[int]) -> _Block | None:
    """The cards right after an element that wraps the heading and prints nothing else: a table
    row of its own over a row of cards ("<tr><td><span>Weitere Artikel zum Thema</span></td></tr>
    <tr><td>…cards…</td></tr>"), a title bar over a list; with the rows after it, as under a heading."""
    following = wrapper.getnext()
    while following is not None and (not isinstance(following.tag, str) or not text_of(following)):
        following = following.getnext()
    if following is None or _LINKS(wrapper) or text_of(wrapper) != text_of(heading):
        return None
    if _has_article_links(page, following, own) and _is_link_list(following):
        return _Block(_card_rows(page, wrapper, following), heading)
    return None


def _link_rows_after(page: Page, block: etree._Element) -> list[etree._Element]:
    """The paragraphs right after a heading's block that print nothing but article links ("Read
    more:" then one ``<p><a>…</a></p>`` per article, among the article's paragraphs): the rows up
    to the first paragraph with words of its own."""
    rows: list[etree._Element] = []
    row = block.getnext()
    while row is not None and len(rows) < MAX_LINK_ROWS:
        if not isinstance(row.tag, str) or row.tag not in _LINE_TAGS:
            break
        links = _LINKS(row)
        if not links or len(links) > MAX_LINE_LINKS or not _has_article_links(page, row, set()):
            break
        rest = text_of(row)
        for link in links:
            rest = rest.replace(text_of(link), " ", 1)
        if not _NO_WORDS.match(rest):
            break
        rows.append(row)
        row = row.getnext()
    return rows


def _like_rows_after(page: Page, heading: etree._Element, block: etree._Element) -> list[etree._Element]:
    """The cards right after a heading's first card that repeat its tag and class ("<h3>Related</h3>"
    then three ``<div class="post-item">`` inside the article's wrapper, which _card_rows cannot
    take whole): the rows up to the first sibling of another kind or without article links. Only
    for a first card beside its heading: a block around its heading ("<div class='column half'>"
    with "Verwandte Themen" in it) is no card, and a box of the same class after it holds other things."""
    rows: list[etree._Element] = []
    name = block.get("class")
    if not name or block.getparent() is not heading.getparent():
        return rows
    row = block.getnext()
    while row is not None and len(rows) < MAX_LINK_ROWS:
        if not isinstance(row.tag, str):
            row = row.getnext()
            continue
        if row.tag != block.tag or row.get("class") != name or _first_part(row) != _first_part(block) \
                or not _has_article_links(page, row, set()):
            break
        rows.append(row)
        row = row.getnext()
    return rows


def _first_part(el: etree._Element) -> tuple[str, str] | None:
    """The tag and class of an element's first child element: rows of cards repeat it, while a template's
    generic wrapper class ("<div class=group>" around a box of teasers, then around the article's meta list
    "Date / Author / Related Subjects / Keywords") holds other things under the same name."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    return None if first is None else (first.tag, first.get("class") or "")


def _card_rows(page: Page, heading: etree._Element, first: etree._Element) -> etree._Element:
    """The block of a heading followed by several rows of cards ("Lesen Sie auch" then two
    ``<div>`` of two teasers each): the heading's parent when all of its other children are such
    rows (or empty), else the first row alone. A sibling without article links, a second
    heading for one, ends the block at the first row."""
    parent = heading.getparent()
    if parent is None or _is_main_content(parent) or not _is_link_list(parent):
        return first
    own = {id(link) for link in _LINKS(heading)}
    for child in parent:
        if child is heading or not isinstance(child.tag, str) or child.tag in ("script", "style", "noscript"):
            continue
        if not text_of(child):
            continue
        if child.tag in SUBHEADING_TAGS or not _has_article_links(page, child, own):
            return first
    return parent


def _is_link_list(el: etree._Element, *, titles: bool = False) -> bool:
    """Cards are mostly headline links with short teasers; an article body is mostly unlinked prose.

    Cards with long teasers ("<h3><a>Title</a></h3><p>three lines of excerpt ...</p>" each) have
    little linked text, but each prints its title as a linked heading: two or more such headings
    with at most MAX_CARD_CHARS of text each make a list of cards too. A list of ``titles`` (the list a
    sentence introduces) is mostly its links' text, short or not: MIN_TITLE_SHARE of it.
    """
    text = len(text_of(el))
    if not titles and text <= MIN_LINK_LIST_CHARS:
        return True
    linked = sum(len(text_of(link)) for link in _LINKS(el)[:MAX_LINKS_PER_BLOCK])
    if linked >= text * (MIN_TITLE_SHARE if titles else MIN_LINK_SHARE):
        return True
    headings = {id(link) for link in _CARD_HEADING_LINKS(el)[:MAX_LINKS_PER_BLOCK]}
    headings |= {id(link) for link in _HEADING_WRAPPING_LINKS(el)[:MAX_LINKS_PER_BLOCK]}
    return len(headings) >= 2 and text <= len(headings) * MAX_CARD_CHARS


def _has_article_links(page: Page, el: etree._Element, ignored: set[int]) -> bool:
    for link in _LINKS(el)[:MAX_LINKS_PER_BLOCK]:
        if id(link) not in ignored and _post_url(page, link) is not None:
            return True
    return False


def _page_keys(page: Page, canonical: str | None) -> set[str]:
    """The page's own addresses: its URL, its canonical URL and its translations. A head link
    ``<link rel=alternate hreflang=en href=…>`` names the same article in another language (the
    labelling guide: a page's translation is the same article), which a related-posts plugin may
    list among its cards or a language switcher link; another post's translation still counts."""
    urls = [page.address, canonical]
    for el in page.head_links:
        if el.get("hreflang") and "alternate" in (el.get("rel") or "").lower().split():
            urls.append(page.absolute(el.get("href")))
    return {_url_key(url) for url in urls if url}


def _url_key(url: str) -> str:
    """The address that names one article: without "www.", a closing slash or its AMP version's "/amp"
    or "?amp=1" (the labelling guide: the AMP copy of this article listed among its cards is the article
    itself, and a post given as both is one post)."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/").removesuffix("/amp")
    query = "" if parts.query.lower() in _AMP_QUERIES else parts.query
    return urlunsplit(("", parts.netloc.lower().removeprefix("www."), path, query, ""))


def _post_url(page: Page, link: etree._Element) -> str | None:
    """The link's URL when it can lead to an article: not a tag, author, search or share link.

    Absolute, except on a page read without its URL, where a relative link is kept as written.
    """
    url = page.absolute(link.get("href"))
    if url is None:
        url = _relative(page, link.get("href"))
        if url is None:
            return None
    parts = urlsplit(url)
    if _NOT_ARTICLE_PATH.search(parts.path + ("?" + query if (query := _article_query(parts.path, parts.query)) else "")) \
            or (not parts.query and _is_date_archive(parts.path)):
        return None
    if _FEED_HOST.match(parts.hostname or "") or _EVENT_PATH.match(parts.path) or _SECTION_FRONT_PATH.match(parts.path):
        return None
    # The home page, also with a tracking query ("?nid=top_pb_wplogo"); "/?p=123" is a post.
    if parts.path in ("", "/") and (not parts.query or _TRACKING_QUERY.match(parts.query)):
        return None
    rel = (link.get("rel") or "").lower().split()
    if "tag" in rel or "author" in rel or "category" in rel:
        return None
    if _NOT_CARD_LINK_NAME.search(link.get("class") or "") or _follows_by(link) \
            or _RUBRIC_LINK_NAME.search(link.get("class") or "") and not _ARTICLE_NUMBER.search(parts.path):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def _article_query(path: str, query: str) -> str:
    """The query a link's address is judged by: without a ``tag=`` marker when the path is an article's (its
    number or date in it). CNET's sites mark where a click came from so ("/article/35135158/?tag=
    cleaf_relstory_manual" under CNET Japan's "あなたにおすすめの記事"); WordPress's "/?tag=climate" and "/blog/?tag=x",
    a tag's archive, carry no article number."""
    if not query or "tag=" not in query or not _ARTICLE_NUMBER.search(path):
        return query
    return "&".join(part for part in query.split("&") if not part.lower().startswith("tag="))


def _is_date_archive(path: str) -> bool:
    """A path ending in a year, month or day that follows the site's root or a folder, not an article's
    slug of three words or more (the post's own date closing its permalink)."""
    if (found := _DATE_ARCHIVE_PATH.search(path)) is None:
        return False
    before = path[:found.start()].rstrip("/").rpartition("/")[2]
    return len([word for word in _SLUG_WORD.split(before) if word]) < MIN_SLUG_WORDS


def _relative(page: Page, href: str | None) -> str | None:
    if page.base_url or not href:
        return None
    href = href.strip()
    parts = urlsplit(href)
    return href if not parts.scheme and not parts.netloc and parts.path else None


def _follows_by(link: etree._Element) -> bool:
    """A link printed right after "By" / "Written by" names the author, not an article."""
    previous = link.getprevious()
    before = previous.tail if previous is not None else link.getparent().text if link.getparent() is not None else ""
    return bool(before) and bool(CREDIT_BEFORE.search(before[-40:]))


def _canonical(page: Page) -> str | None:
    """The href of the first head link whose rel is exactly "canonical"."""
    for el in page.head_links:
        if el.get("rel") == "canonical" and (href := el.get("href")) is not None:
            return page.absolute(href)
    return None


def _cards_of_blocks(page: Page, blocks: list[_Block], languages: list[str]) -> list[RelatedPost]:
    """Cards of every block, each URL once; cards leading off the site (ads, sponsored stories) are left
    out by _cards."""
    posts: list[RelatedPost] = []
    canonical = _canonical(page)
    own = _page_keys(page, canonical)
    seen = set(own)
    sites = _own_sites(page, canonical)
    own_titles = _own_titles(page)
    site_lists: dict[str, list[tuple[etree._Element, int]]] | None = None
    published: date | None = None
    for block in blocks:
        if block.site_wide:
            continue
        cards = _cards(page, block.element, sites)
        if len(cards) >= MIN_STALE_CARDS:
            published = published or _declared_day(page)
            if published is not None and _lists_later_stream(cards, published):
                continue
        if len(cards) >= MIN_COPIED_CARDS:
            if (_is_generic_list(block) or _is_recommendation(block)) and _lists_own_page(cards, own):
                continue
            if site_lists is None:
                site_lists = _site_list_urls(page, own)
            if _copies_site_list(cards, block.element, site_lists):
                continue
        for card, url, links in cards:
            key = _url_key(url)
            absolute = bool(urlsplit(url).scheme)
            if key in seen:
                continue
            post = _read_card(page, card, url if absolute else None, links, languages)
            # A shop, subscription or kiosk offer among the cards is a sale, a labelled advertorial
            # paid placement, a picture gallery tagged so in its title: none is a post.
            if post is not None and not is_sales_link(url, post.title) and not is_sponsored_card(card) \
                    and not _GALLERY_TITLE.match(post.title) and not _GALLERY_PATH.search(urlsplit(url).path) \
                    and not _is_own_card(card, post.title, own_titles):
                seen.add(key)
                posts.append(post)
            if len(posts) >= MAX_CARDS:
                return posts
    return posts


# A block whose every card is dated this long after the article's own day is the site's newest items.
STALE_STREAM_DAYS = 180
# The fewest cards for that call: one late card is as likely a follow-up as a stream.
MIN_STALE_CARDS = 2
# The most pictures of a card, and declared dates of the page, read for those days.
MAX_CARD_IMAGES = 4
MAX_DECLARED_DATES = 8
# A WordPress media path ("/wp-content/uploads/2022/07/x-218x150.jpg"): the month the picture was uploaded,
# no later than the day the post showing it was published.
_UPLOAD_MONTH = re.compile(r"/uploads/((?:19|20)\d{2})/(\d{2})/")
# A Wayback address's capture stamp ("/web/20220721144042/", "/web/20220721144042im_/"): the capture's day, not
# the post's.
_WAYBACK_PREFIX = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/", re.IGNORECASE)
_DECLARED_PUBLISHED = ("article:published_time", "og:article:published_time")


def _declared_day(page: Page) -> date | None:
    """The article's day as its page declares it (article:published_time, the page's JSON-LD article or its
    first microdata datePublished), the earliest when several disagree; None when it declares none."""
    values = [*page.meta_values(*_DECLARED_PUBLISHED)]
    # A teaser list's microdata declares its cards' days too: only the first, the article's, is read.
    values += page.meta_values("datepublished")[:1]
    values += [value for obj in page.ld.main if isinstance(value := obj.get("datePublished"), str)]
    days = [value.date() if isinstance(value, datetime) else value
            for text in values[:MAX_DECLARED_DATES] if (value := parse_date(text)) is not None]
    return min(days, default=None)


def _card_day(card: etree._Element, url: str) -> date | None:
    """The earliest day a card's post can carry: a date its address writes ("/2024/05/31/"), a date it prints
    (``<time datetime>``), else the upload month of its thumbnail (a post shows no picture uploaded after it)."""
    if (day := date_from_url(_WAYBACK_PREFIX.sub("/", url))) is not None:
        return day
    for node in _CARD_TIMES(card)[:1]:
        if (value := parse_date(node.get("datetime") or node.get("content") or text_of(node))) is not None:
            return value.date() if isinstance(value, datetime) else value
    for img in islice(card.iter("img", "source"), MAX_CARD_IMAGES):
        for attr in ("src", "data-src", "srcset"):
            if (match := _UPLOAD_MONTH.search(img.get(attr) or "")) and 1 <= int(match.group(2)) <= 12:
                return date(int(match.group(1)), int(match.group(2)), 1)
    return None


def _lists_later_stream(cards: list[tuple[etree._Element, str, list[etree._Element]]], published: date) -> bool:
    """Whether a block's cards are the site's newest items of capture time, not posts related to this one:
    every card carries a day (``_card_day``), each more than half a year after the article's declared day.
    A tagDiv (WordPress Newspaper theme) "td_block_related_posts" box fills itself, whenever the page is
    served, with its category's newest posts: telegraf.al's 2019 report on a Manchester stabbing, captured
    in 2022, lists three July 2022 stories under "ARTIKUJ TË NGJASHËM" (thumbnails in /uploads/2022/07/).
    Follow-ups a few weeks later stay related, and so does a block with one undated card."""
    limit = published + timedelta(days=STALE_STREAM_DAYS)
    for card, url, _ in cards:
        day = _card_day(card, url)
        if day is None or day <= limit:
            return False
    return True


def _lists_articles(page: Page, elements: list[etree._Element]) -> bool:
    """Whether the block and rows under a "related topics" heading list articles: each card is one
    (_is_article_card). Read for the few such headings only, before the block is claimed."""
    sites = _own_sites(page, _canonical(page))
    cards = [card for el in elements for card in _cards(page, el, sites)]
    return bool(cards) and all(_is_article_card(card, url, links) for card, url, links in cards)


def _is_article_card(card: etree._Element, url: str, links: list[etree._Element]) -> bool:
    """A card under a "related topics" heading that is an article, not a topic page: its address ends in a
    slug of several words or it carries a date or a number ("/artikel/bericht_zur_coronalage_vom_3.11.2021_…",
    "/retail-design-die-trends-der-ladenbauexperten/"), and its title has several words. A topic page's
    address names one or two words ("/DE/Ernaehrung/ernaehrung_node.html", "/klimaschutz/") and so does
    its title ("Ernährung")."""
    path = urlsplit(url).path
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return False
    slug = re.sub(r"\.[a-z]{2,5}$", "", segments[-1], flags=re.IGNORECASE)
    if not (_ARTICLE_NUMBER.search(path) or len([word for word in _SLUG_WORD.split(slug) if word]) >= MIN_SLUG_WORDS):
        return False
    title = _card_title(card, links) or ""
    return bool(_CJK.search(title)) or len(title.split()) >= MIN_SLUG_WORDS


def _own_sites(page: Page, canonical: str | None) -> set[str]:
    """The sites whose articles a block's cards may lead to: the canonical URL's (else og:url's) and the
    address the page was fetched from. A republished report declares its original on another site as
    canonical ("agrarheute.com" under a forestry magazine's copy, whose "Auch interessant" lists the
    magazine's own news): the page still prints the boxes of the site it was fetched from. Not og:url
    beside a canonical: a portal's copy of another paper's story declares itself there and fills its
    recommendation widgets with the portal's stream. Empty when none is known (every link then counts)."""
    declared = canonical or page.absolute(page.meta_first("og:url"))
    return {site for url in (declared, page.address) if url and (site := registrable_domain(url))}


def _is_generic_list(block: _Block) -> bool:
    """A block found only by a heading that says "more articles" and nothing of this one ("Weitere
    Artikel", "More posts"): whether its cards are picked for the article, the heading does not say."""
    return block.heading is not None and not _is_related_name(block.element) \
        and _GENERIC_MORE_HEADING.match(text_of(block.heading)) is not None


def _is_recommendation(block: _Block) -> bool:
    """A block named or headed "recommended" and nothing of the article's subject (AOL's right rail "<div
    class='l-module m-recommended-for-you'><h3>Recommended For You</h3>"): a recommendation engine's or the
    editors' picks, the same stream beside every article; one that lists the article itself among them is that
    stream (the labelling guide), unlike a box named related or similar, picked by subject."""
    el = block.element
    title = block.heading if block.heading is not None else (found[0] if (found := _box_title(el)) else None)
    words = f"{el.get('class') or ''} {el.get('id') or ''} {text_of(title)[:80] if title is not None else ''}"
    return _RECOMMEND_WORD.search(words) is not None and _SUBJECT_WORD.search(words) is None


def _lists_own_page(cards: list[tuple[etree._Element, str, list[etree._Element]]], own: set[str]) -> bool:
    """Whether a block of several cards lists the article itself ("Weitere Artikel" over a guide's
    prefooter, the section's newest items with this one among them): a listing of the site, the same
    whichever of its items is read, not posts picked for this one (the labelling guide: a list holding
    the article itself is site-wide). Asked only of a generic "more articles" block (``_is_generic_list``) and
    of a recommended one (``_is_recommendation``): a box whose class or heading names it related (a plugin's "article-related", a "Related Posts"
    heading) may list the page among its picks and is still this article's. A one- or two-card teaser
    is left to the card test, which skips the page's own link."""
    return any(_url_key(url) in own for _, url, _ in cards)


def _site_list_urls(page: Page, own: set[str]) -> dict[str, list[tuple[etree._Element, int]]]:
    """The links of the page's latest, newest, recent, popular and most-read lists (named so by a class
    or id), by path (``_path_key``), with the list each sits in and its place there. Not a list that
    holds the page itself (``own``, its keys): an article among the site's newest has the newest for
    neighbours, and a blog's related-posts plugin may offer just those (a yoga blog's newest post, whose
    three related posts are the next three of its "Recent Posts"); its box copies nothing."""
    urls: dict[str, list[tuple[etree._Element, int]]] = {}
    own_paths = {_path_key(key) for key in own}
    for el in page.named_where(_names_site_list)[:MAX_SITE_LISTS]:
        keys = [_path_key(href) for link in _LINKS(el)[:MAX_LINKS_PER_BLOCK] if (href := link.get("href"))]
        if own_paths.isdisjoint(keys):
            for place, key in enumerate(keys):
                urls.setdefault(key, []).append((el, place))
    return urls


def _copies_site_list(cards: list[tuple[etree._Element, str, list[etree._Element]]], block: etree._Element,
                      site_lists: dict[str, list[tuple[etree._Element, int]]]) -> bool:
    """Whether a block's cards are the page's latest (or popular) list printed elsewhere: a portal's box
    classed "related_articles" holding its newest news in the newest list's order, the same beside every
    article, is that list, not this article's related posts. The copy is a run: two thirds of the cards
    one after another, each later in the same list than the one before. A related-posts plugin that picks
    by subject may offer some of the newest posts too, but between picks of its own (a climbing
    magazine's four cards, three of them in its "Videos" sidebar of recent posts, the third not): no copy."""
    best = run = 0
    previous: dict[etree._Element, int] = {}
    for _, url, _ in cards:
        places = {el: place for el, place in site_lists.get(_path_key(url), ())
                  if el is not block and not inside(el, {block}) and not inside(block, {el})}
        run = run + 1 if any(el in previous and place > previous[el] for el, place in places.items()) else (
            1 if places else 0)
        previous = places
        best = max(best, run)
    return best * COPIED_SHARE_DEN >= len(cards) * COPIED_SHARE_NUM


def _path_key(url: str) -> str:
    """A link's path and query, as written or absolute: the same page of one site whichever form the
    link takes (resolving each list link against the page's address cost more than the rest of the test)."""
    parts = urlsplit(url.strip())
    return parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")


def _names_site_list(value: str) -> bool:
    """A class or id naming a site-wide list of stories; substring tests first."""
    return ("ewest" in value or "atest" in value or "ecent" in value or "opular" in value or "ost" in value
            or "eistgelesen" in value or "eueste" in value) and _SITE_WIDE_NAME.search(value) is not None


def _own_titles(page: Page) -> tuple[set[str], list[str]]:
    """The page's declared titles (og:title, twitter:title) and the openings of its declared
    descriptions, casefolded: a card printing both is this article under another address (a magazine's
    grid of "Lesen Sie mehr" holding the article's own headline and standfirst), not another post. The
    title alone is not enough when short: a column's issues share one ("Kaisers royaler Wochenrückblick",
    issue 12 beside issue 31)."""
    titles = {clean_text(title).casefold() for name in ("og:title", "twitter:title") if (title := page.meta_first(name))}
    descriptions = [clean_text(text).casefold()[:MAX_DESCRIPTION_OPENING]
                    for name in ("og:description", "description", "twitter:description")
                    if (text := page.meta_first(name)) and len(clean_text(text)) >= MIN_DESCRIPTION_CHARS]
    return titles, descriptions


def _is_own_card(card: etree._Element, title: str, own: tuple[set[str], list[str]]) -> bool:
    """A card printing the page's own declared title: a headline of a sentence's length names one article
    (a newspaper's "similar articles" listing the page under an older slug); a short title may be a
    column's name, shared by its issues, and must come with the opening of the page's description."""
    titles, descriptions = own
    if title.casefold() not in titles:
        return False
    if len(title.split()) >= MIN_OWN_HEADLINE_WORDS:
        return True
    text = text_of(card).casefold()
    return any(description in text for description in descriptions)


def _widget_parts(block: etree._Element) -> set[etree._Element]:
    """Parts of a block under their own site-wide heading: "À lire aussi" followed, in the same
    aside, by "Plus en Montréal" and "Les plus populaires" lists, which are not this article's; and its
    link boxes for search engines ("<div class=box_seo>", a portal's columns of section links in a tab
    of its "recommendations" box), the same on every page."""
    parts: set[etree._Element] = {el for el in _SEO_PARTS(block) if _SEO_NAME.search(el.get("class") or "")}
    parts.update(_site_tab_panels(block))
    parts.update(_positional_tab_panels(block))
    for heading in _SUBHEADINGS(block):
        if not _WIDGET_HEADING.match(text_of(heading)[:80]):
            continue
        # The heading's own part: its parent, or the nearest ancestor holding links besides the
        # heading's when the heading sits in a title bar of its own ("<div class=header><h2>").
        own = len(_LINKS(heading))
        part = heading.getparent()
        for _ in range(MAX_HEADING_CLIMB):
            if part is None or part is block or len(_LINKS(part)) > own:
                break
            part = part.getparent()
        if part is not None and part is not block:
            parts.add(part)
    return parts


def _site_tab_panels(block: etree._Element) -> set[etree._Element]:
    """The panels of a tabbed widget in a block whose tab does not name relatedness: a newspaper's "Sur le même
    sujet" box holding one tab per tag of the article ("EDF", "Arnaud Montebourg", each the tag's newest
    stories) beside a section's "+ récents" / "+ commentés" tabs, the same lists on every page of the tag or
    section. Only a tab labelled as related ("Related", "Ähnliche Artikel") offers picks for this article; a
    panel whose tab is not found is left to the other tests, but for panels named for the site's lists
    (``_site_named_panels``)."""
    site = _site_named_panels(block)
    panels = [panel for panel in _TAB_PANELS(block)
              if panel.get("role") == "tabpanel" or _TAB_PANEL_NAME.search(panel.get("class") or "")]
    if not panels:
        return site
    labels: dict[str, str] = {}
    for el in _TAB_LABELS(block)[:MAX_TAB_LABELS]:
        for name in _TAB_TARGETS:
            target = (el.get(name) or "").strip()
            if target:
                labels.setdefault(target.removeprefix("#"), text_of(el))
    for panel in panels:
        label = labels.get(panel.get("id") or "")
        if label is not None and not (_RELATED_HEADING.match(label) or _TOPICS_HEADING.match(label)):
            site.add(panel)
    return site


def _positional_tab_panels(block: etree._Element) -> set[etree._Element]:
    """The panels of a tab strip matched to its tabs by position, not by a target: "<ul><li class=hover>相关文章</li>
    <li>最新报道</li></ul>" (a "Menubox" of unlinked labels, a script shows the n-th part of the "Contentbox"
    after it), the related tab's list beside the site's latest reports. A part under a tab that names no
    relatedness is the site's list; only a strip whose labels name relatedness on one tab at least is read so."""
    site: set[etree._Element] = set()
    for strip in islice(block.iter("ul", "ol"), MAX_PANEL_PARENTS):
        tabs = [child for child in strip if isinstance(child.tag, str)]
        labels = [text_of(tab) for tab in tabs]
        if not MIN_SITE_PANELS <= len(tabs) <= MAX_POSITIONAL_TABS or any(_LINKS(tab) for tab in tabs) \
                or any(not label or len(label) > MAX_LABEL_TITLE_CHARS for label in labels):
            continue
        related = [bool(_RELATED_HEADING.match(label)) for label in labels]
        if not any(related) or all(related):
            continue
        # The strip's title bar, up to two levels above the list, is followed by the panels' container.
        holder: etree._Element | None = strip
        for _ in range(MAX_TAB_STRIP_CLIMB):
            if holder is None or holder is block:
                break
            following = holder.getnext()
            while following is not None and not isinstance(following.tag, str):
                following = following.getnext()
            panels = [] if following is None else [child for child in following if isinstance(child.tag, str)]
            if len(panels) == len(tabs):
                site.update(panel for panel, is_related in zip(panels, related) if not is_related)
                break
            holder = holder.getparent()
    return site


def _site_named_panels(block: etree._Element) -> set[etree._Element]:
    """Panels of a tabbed widget whose tabs print no words (pictures swapped by a script), named for the site's
    lists they show: a blog network's "related_articles" column holding "<div class=featured_posts>" and "<div
    class=breaking_posts style='display:none'>", the site's featured and breaking posts of the day beside every
    article. Two or more sibling parts so named, one of them hidden until its tab is clicked; a single part
    named "featured-stories" is a related list's own name (a rights group's "related-stories" pane) and stays."""
    found: set[etree._Element] = set()
    for parent in islice(chain([block], block.iterdescendants()), MAX_PANEL_PARENTS):
        if not isinstance(parent.tag, str) or len(parent) < MIN_SITE_PANELS:
            continue
        named = [child for child in parent if isinstance(child.tag, str)
                 and _SITE_PANEL_NAME.search(child.get("class") or "")]
        if len(named) >= MIN_SITE_PANELS and any(_HIDDEN_STYLE.search(child.get("style") or "") for child in named) \
                and all(_LINKS(child) for child in named):
            found.update(named)
    return found


def _cards(page: Page, block: etree._Element,
           sites: set[str]) -> list[tuple[etree._Element, str, list[etree._Element]]]:
    """Each article URL of the block with its card: the largest element around it linking nowhere
    else on the site. Links off the site (share buttons, sponsored stories) and a card's section
    label are parts of a card, not cards: the card reaches over them to its label ("Advertorial")."""
    by_url: dict[str, list[etree._Element]] = {}
    widgets = _widget_parts(block)
    topics = 0
    # A block may be one card that is a link (``_is_card_link``): its own link is its card's.
    for link in _BLOCK_LINKS(block)[:MAX_LINKS_PER_BLOCK]:
        if (widgets and inside(link, widgets)) or _is_section_link(link):
            continue
        if (url := _post_url(page, link)) is None:
            topics += _is_topic_link(link)
            continue
        if sites and urlsplit(url).scheme and registrable_domain(url) not in sites:
            continue
        by_url.setdefault(url, []).append(link)
    # "<div class=read_more><strong>Read More:</strong> <a href=/tag/federal-reserve>…</a>, … <a href=/business>
    # Business News</a>": the article's topics and its section, the last link a topic's page by another address.
    if not by_url or len(by_url) > MAX_BLOCK_URLS or (topics >= MIN_TOPIC_LINKS and len(by_url) == 1):
        return []
    _drop_section_urls(by_url)
    if len(by_url) == 1:
        url, links = next(iter(by_url.items()))
        return [(block, url, links)]
    # For each element between a link and the block: the article URLs it holds (two are enough).
    holds: dict[etree._Element, set[str]] = {}
    for url, links in by_url.items():
        for link in links:
            el: etree._Element | None = link
            for _ in range(MAX_NESTING):
                if el is None or el is block:
                    break
                urls = holds.setdefault(el, set())
                if url in urls or len(urls) >= 2:
                    break
                urls.add(url)
                el = el.getparent()
    cards = []
    for url, links in by_url.items():
        card = links[0]
        parent = card.getparent()
        for _ in range(MAX_NESTING):
            if parent is None or parent is block or holds.get(parent) != {url}:
                break
            card, parent = parent, parent.getparent()
        cards.append((card, url, links))
    return cards


def _is_topic_link(link: etree._Element) -> bool:
    """A link to a tag's, a topic's or a category's page, by its path or its ``rel``."""
    rel = (link.get("rel") or "").lower().split()
    path = urlsplit((link.get("href") or "").strip()).path
    return "tag" in rel or "category" in rel or _TOPIC_PATH.search(path) is not None


def _drop_section_urls(by_url: dict[str, list[etree._Element]]) -> None:
    """A URL whose path is the folder of two or more other cards' URLs ("/news/natur-umwelt" beside
    "/news/natur-umwelt/woher-die-laute…" and "/news/natur-umwelt/rattan…") and whose links print a
    section's name ("Natur & Umwelt", three words at most) is their section, not a card of its own;
    a forum thread above its own pages ("/thread.229732/page-4") prints its headline and stays."""
    for url in list(by_url):
        folder = url.rstrip("/") + "/"
        if (sum(1 for other in by_url if other.startswith(folder) and other != folder) >= 2
                and all(len(text_of(link).split()) <= MAX_SECTION_NAME_WORDS for link in by_url[url])):
            del by_url[url]


def _is_section_link(link: etree._Element) -> bool:
    """A card's category label ("Fashion" to /fashion/): one word leading to a top-level path; its
    kicker linked to its section (``_is_kicker_link``); its paid-placement label linked to the ad's notice ("<a href=help.example.com/kb/…>Sponsored</a>"); an
    icon link printing nothing but an ``<svg>`` or ``<i>`` and no title (the ad-choices badge). Not a card of its own,
    each is part of the card that prints it (and may say "Advertorial")."""
    text = text_of(link)
    if not text:
        return link.get("title") is None and _is_icon_only(link)
    if is_sponsored_label(text) or _is_kicker_link(link, text):
        return True
    # Chinese and Japanese print a headline without spaces ("面对美团突袭，市面上的共享充电宝们悄然涨价" to
    # "newsDetail_forward_4322765"): a section's name in them is a word or two ("财经", "国际新闻").
    if " " in text or len(text) > MAX_LABEL_WORD_CHARS or (len(text) > MAX_CJK_SECTION_CHARS and _CJK.search(text)):
        return False
    path = urlsplit(link.get("href") or "").path.strip("/")
    return bool(path) and "/" not in path and "." not in path


def _is_kicker_link(link: etree._Element, text: str) -> bool:
    """A card's kicker linked to its section ("<h2 class=kicker-id><a class=kicker href=/noticias/acceso-miami/>Acceso
    Miami</a></h2>", "<span class=topline><a>Neue Rechte</a></span>"): the link or its parent named a kicker by the
    words only a kicker's class uses, a few words of text. The card's label, its headline is another link."""
    if len(text.split()) > MAX_KICKER_WORDS:
        return False
    parent = link.getparent()
    return any(el is not None and KICKER_H1_NAMES.search(el.get("class") or "") for el in (link, parent))


def _is_icon_only(link: etree._Element) -> bool:
    """A link drawing only an icon: an ``<svg>`` or an icon font's ``<i>``, no picture (an ``<img>`` or a
    background image)."""
    icon = False
    for el in link.iterdescendants():
        tag = el.tag
        if tag in _PICTURE_TAGS or "background" in (el.get("style") or ""):
            return False
        icon = icon or tag in ("svg", "i") or (isinstance(tag, str) and tag.endswith("}svg"))
    return icon


def _read_card(page: Page, card: etree._Element, url: str | None, links: list[etree._Element],
               languages: list[str]) -> RelatedPost | None:
    title = _card_title(card, links)
    if title is None:
        return None
    title, stamp = printed_date(card, title)
    title = without_arrows(title)
    # "Related: Chicago is America's most segregated city": the line's label is not the title.
    if (label := _LINE_LABEL.match(title)) and label.end() < len(title):
        # "[Read: Why Tunisia suffers]": the bracket the label opened closes the title.
        title = title[label.end():]
        if "[" in title[:label.end()] or title.endswith("]") and "[" not in title:
            title = title.rstrip("] ")
    author, published, excerpt = _card_details(card, title, links, languages)
    # A one-word title reads as a name to the byline's tests: the card's title is not its author.
    if author == title:
        author = None
    if published is None and stamp is not None:
        published = parse_date(stamp, languages=languages)
    return RelatedPost(title=title, url=url, excerpt=excerpt, author=author, published_at=published)


def _title_parts(el: etree._Element) -> list[etree._Element]:
    """The first heading or "title"/"headline" part inside a card or its link that is no kicker: a teaser's
    "<span class=basicTeaser__superHeadline>Sofortmaßnahmen</span><h3 class=basicTeaser__title>…" prints its
    kicker in a part named like a headline before the title. Where no other part is named, the title is the
    element right after the kicker ("<div class=pre-headline-teaser>Kaminöfen</div><div class=teaser-h2>…"),
    unless that is a paragraph (an excerpt). The box's label printed inside a one-card box's link is passed
    over too (Svbtle's "<a><h4 class=readnext_header>Read this next</h4><h3 class=readnext_title>…"). The parts
    after the first come next: a card's topic printed as a heading of one word before the title heading
    ("<h4>Persönlichkeitsentwicklung</h4><h3 class=title>…", "<div class=zfkTitleElement>Wärme</div><h3
    class=basicTeaser__title>…") can be no title, and the title is the next part, not the whole link's text."""
    kicker = None
    parts = []
    for part in _TITLE_PART_CANDIDATES(el):
        if KICKER_H1_NAMES.search(part.get("class") or ""):
            kicker = kicker if kicker is not None else part
        elif not _is_label_text(text_of(part)):
            parts.append(part)
    # A part named a kicker ("<h3 class=a-label-subject>Nach Durchbruch bei EU-Gipfel</h3><h3
    # class=a-headline>…") gives way to a part named a headline or title after it.
    named = [(part, (part.get("class") or "").lower()) for part in parts]
    if any(_HEADLINE_NAME.search(name) and not KICKER_NAMES.search(name) for _, name in named):
        parts = [part for part, name in named if not KICKER_NAMES.search(name)]
    if parts:
        return parts
    after = kicker.getnext() if kicker is not None else None
    return [after] if after is not None and isinstance(after.tag, str) and after.tag != "p" else []


def _is_label_text(text: str) -> bool:
    """A related box's label ("Read this next", "Related"), short enough to be no card's title."""
    return len(text) < MAX_LABEL_TITLE_CHARS and _RELATED_HEADING.match(text) is not None


def _card_title(card: etree._Element, links: list[etree._Element]) -> str | None:
    """The card's headline: a linked heading, a heading or "title" part inside the link, else the longest link text."""
    own = set(links)
    texts = [_printed_title(_headline_part(link)) for link in _CARD_HEADING_LINKS(card) if link in own]
    for link in links:
        texts += [_printed_title(part) for part in _title_parts(link)]
    texts += [_printed_title(part) for part in _title_parts(card) if not _holds_box_label(part)]
    if not any(" " in text for text in texts) and (named := _one_word_name(card, links)) is not None:
        return named
    texts += [title for link in links if (title := _printed_link_title(link))]
    # Then link texts in page order, those inside a paragraph (a linked excerpt) last.
    texts += [_printed_title(link) for link in links if not _IN_PARAGRAPH(link)]
    texts += [_printed_title(link) for link in links if _IN_PARAGRAPH(link)]
    # A textless (image or overlay) link's title attribute names the article; others are tooltips.
    texts += [clean_text(link.get("title")) for link in links if not text_of(link)]
    for text in texts:
        if (MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS and (" " in text or _CJK.search(text))
                and not _GENERIC_LINK_TEXT.match(text)
                and not _ACTION_TITLE.match(text) and not _COUNTER_TITLE.match(text)
                and not _ARCHIVE_LINK_TEXT.match(text)
                and not (len(text) < MAX_LABEL_TITLE_CHARS and _RELATED_HEADING.match(text))
                and not _is_date_only(text)):
            return text
    return None


def _one_word_name(card: etree._Element, links: list[etree._Element]) -> str | None:
    """A name of one word in the card's title part, the title of its post where the address is that name
    (an id or a file ending aside): a download's or a lexicon entry's card ("<h4>VeraCrypt</h4>" to
    "/downloads/VeraCrypt_70310496.html", "Apfel" to "/lexikon/warenkunde/obst/apfel"), whose whole text
    would stand for its title otherwise. A word the address does not name is a button's or a section's
    ("Chapter", "News"); a part named a category or kicker ("<h6 class=category><a href=/info/allgemein/>")
    and a menu's item name a topic page."""
    if any(_in_menu(link) for link in links):
        return None
    own = set(links)
    parts = [*(_headline_part(link) for link in _CARD_HEADING_LINKS(card) if link in own),
             *(part for link in links for part in _title_parts(link)), *_title_parts(card)]
    for part in parts:
        text = _printed_title(part)
        around = list(islice(chain([part], part.iterancestors()), 3))
        # The whole of its heading ("<h4>Weitere Meldungen aus der Rubrik <a>Schwangerschaft</a>:</h4>" names
        # a rubric), with no title run on after it (a kicker: "<h4>Bildersuche</h4>Google Bildersuche ist …").
        heading = next((node for node in around if node.tag in SUBHEADING_TAGS or node.tag == "h1"), part)
        if len(text.split()) == 1 and MIN_NAME_CHARS <= len(text) and not _CJK.search(text) \
                and text_of(heading) == text and not (part.tail or "").strip() and not (heading.tail or "").strip() \
                and not any(KICKER_NAMES.search(f"{node.get('class') or ''} {node.get('id') or ''}".lower())
                            for node in around) and _address_is(links, text):
            return text
    return None


def _address_is(links: list[etree._Element], word: str) -> bool:
    """Whether the last part of a card link's address is ``word`` (spelt as an address spells it: "Äpfel"
    as "aepfel"), in any case, an id's digits and a file ending aside ("VeraCrypt_70310496.html")."""
    key = host_spelling(word.casefold())
    for link in links:
        last = urlsplit(link.get("href") or "").path.rstrip("/").rsplit("/", 1)[-1]
        words = [word for word in _SLUG_WORD.split(host_spelling(re.sub(r"\.[a-z]{2,5}$", "", last.casefold())))
                 if word and not word.isdigit()]
        if words == [key]:
            return True
    return False


def _printed_link_title(link: etree._Element) -> str | None:
    """A card link's ``title`` attribute where a part inside the link prints it as its whole text: a card wrapping
    picture, section, date, title and excerpt in one link names its title part so ("<a title='Formel 1 - Pierre
    Gasly: …'>…<span class=msm_content_teaser_header>Formel 1 - Pierre Gasly: …</span><span
    class=msm_content_teaser_body>…</span></a>"), and the link's whole text is the card's. A title attribute
    printed nowhere in the link is a tooltip ("Lesen Sie den Beitrag:")."""
    title = clean_text(link.get("title"))
    if not title or text_of(link) == title:
        return None
    return title if any(text_of(part) == title for part in islice(link.iterdescendants(), MAX_LINK_PARTS)) else None


def _printed_title(el: etree._Element) -> str:
    """The element's text without the kicker it opens with on a line of its own: a teaser prints its kicker as a
    block before the title, glued to it in the markup with no space between ("<h4><em>Gedenken</em>#WeRemember -
    Bundesrat erinnert …</h4>", "<h2><span class=tsrTitle>Trauer um eine Humor-Legende</span><span
    class=tsrSubtitle>Herbert Feuerstein ist tot</span></h2>", "<a><h4 class=schlagwort>Bildersuche</h4>Google
    Bildersuche ist …</a>"); read as text the two run together ("GedenkenWeRemember"). The kicker is a few words
    the element prints first, the title opens right after it with a capital, a digit, a hashtag or a quote. A
    part set off by a space ("<strong>Exklusiv</strong> Der Plan …") or running on in lower case
    ("<em>iPhone</em>-Nutzer", "<b>Word</b>press") is words of the title."""
    whole = text_of(el)
    if (el.text or "").strip():
        return whole
    title = whole
    for child in el:
        if not isinstance(child.tag, str) or not (kicker := text_of(child)):
            if (child.tail or "").strip():
                break
            continue
        raw = "".join(child.itertext())
        rest = title[len(kicker):].lstrip() if title.startswith(kicker) else ""
        glued = not raw[-1:].isspace() and not (child.tail or "")[:1].isspace() and _after_raw(child)[:1] == rest[:1]
        if not (glued and rest and _opens_title(rest[0]) and len(kicker.split()) <= MAX_GLUED_KICKER_WORDS
                and len(rest.split()) >= MIN_CARD_TITLE_WORDS):
            break
        title = rest
        if (child.tail or "").strip():
            break
    return title


def _after_raw(el: etree._Element) -> str:
    """The markup's text right after an element: its tail, else the next sibling's first text."""
    if el.tail:
        return el.tail
    after = el.getnext()
    return "".join(after.itertext()) if after is not None and isinstance(after.tag, str) else ""


def _opens_title(char: str) -> bool:
    """A title's first character: a capital, a digit, a hashtag or an opening quote."""
    return char.isupper() or char.isdigit() or char in "#\"'„“‚‘«»"


def _holds_box_label(part: etree._Element) -> bool:
    """Whether a card's "title" part is its box's title bar: a one-card box is read as its own card, and
    its bar ("<div class=widget-title><div class=the-subtitle>Check Also</div><a>Close</a></div>", TieLabs'
    Jannah) holds a related label beside its buttons, so the whole bar's text matches no label; a links
    heading is a bar too ("<div class=linklist><h4 class=headline>Weiterführende Links</h4><ul><li><a>…", a
    broadcaster's box of one story). A title
    printing a kicker label before its words ("<h2><span>Related: </span>Title</h2>", the Guardian's in-body
    cards) is a title: what the label leaves is more than a button's word."""
    whole = text_of(part)
    for el in islice(part.iter(), MAX_TITLE_BAR_ELEMENTS):
        if isinstance(el.tag, str) and len(text := text_of(el)) < MAX_LABEL_TITLE_CHARS \
                and (_RELATED_HEADING.match(text) or _is_links_heading(text)):
            return len(whole.replace(text, " ", 1).split()) < MIN_CARD_TITLE_WORDS
    return False


def _is_date_only(text: str) -> bool:
    """"September 01, 2023": a card's date linked to its section or archive, no headline."""
    if len(text) > MAX_DATE_TITLE_CHARS:
        return False
    found = search_date(text)
    return found is not None and len(text) - (found.end - found.start) <= 3


def _headline_part(link: etree._Element) -> etree._Element:
    """The headline inside a linked heading that also prints a kicker ("Syrien" + "Russland und ...")."""
    for part in _NAMED_PARTS(link):
        name = part.get("class", "").lower()
        if _HEADLINE_NAME.search(name) and not KICKER_NAMES.search(name):
            return part
    return link


def _card_details(card: etree._Element, title: str, links: list[etree._Element],
                  languages: list[str]) -> tuple[str | None, PageDate | None, str | None]:
    """Author, date and excerpt from the card's other parts (its title and "Read more" links aside)."""
    author: str | None = None
    published: PageDate | None = None
    for el in _CARD_TIMES(card):
        published = parse_date(el.get("datetime") or el.get("content") or text_of(el), languages=languages)
        if published:
            break
    meta_texts: list[str] = []
    excerpts: list[str] = []
    wrapping = {link for link in links if _wraps_card(link, title)}
    wrapped_named: list[str] = []
    wrapped_plain: list[str] = []
    for el in _CARD_PARTS(card):
        inside = next((link for link in el.iterancestors("a") if link in links), None)
        if el in links or (inside is not None and (inside not in wrapping or _holds_title(el, title)
                                                   or _IN_FIGURE(el))):
            continue
        names = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('rel') or ''}"
        text = text_of(el)
        if not text or text == title or len(text) > MAX_EXCERPT_CHARS * 2:
            continue
        if inside is not None:
            # A wrapping link's parts give the date and the excerpt after the title; its section and kicker are
            # no author.
            if _DATE_NAME.search(names) or _META_NAME.search(names):
                found = search_date(text, languages=languages)
                published = published or (found.value if found is not None else None)
            elif ((el.tag == "p" or _EXCERPT_NAME.search(names) and not _HAS_BLOCKS(el))
                  and not _under_kicker(el, inside) and _prints_after(inside, title, text)):
                # A part named an excerpt ("<div class=lead><p>…") before a bare paragraph (a credit's "<div
                # class=uploader><p>Fotó: …").
                named = _EXCERPT_NAME.search(f"{names} {el.getparent().get('class') or ''}")
                (wrapped_named if named else wrapped_plain).append(text)
            continue
        if author is None and (_AUTHOR_NAME.search(names) or el.get("rel") == "author") and not _AUTHOR_AND_DATE_PARTS(el):
            author = name_before_digits(clean_name(text, languages=languages))
        elif published is None and _DATE_NAME.search(names):
            published = parse_date(text, languages=languages)
        if _META_NAME.search(names) or starts_with_credit(text):
            meta_texts.append(text)
            continue
        if el.tag == "p" or (_EXCERPT_NAME.search(names) and not _HAS_BLOCKS(el)):
            excerpts.append(text)
    # The excerpt a link wrapping the card prints is its own; one outside it may be a neighbour's.
    excerpts = wrapped_named + wrapped_plain + excerpts
    excerpt = next((text for text in map(_without_leading_date, excerpts) if _is_excerpt(text, title, languages)),
                   None)
    if author is None:
        author = next((name for link in _AUTHOR_LINKS(card)
                       if (name := clean_name(text_of(link), languages=languages))), None)
    for text in meta_texts:
        found = search_date(text, languages=languages)
        if author is None and starts_with_credit(text):
            author = clean_name(text, languages=languages)
        elif author is None:
            # "Jane Roe · 20 Nov 2025": the name before the date, without a "By".
            author = meta_line_author(text, found.start if found is not None else None)
        if published is None and found is not None:
            published = found.value
    return author, published, excerpt


def _wraps_card(link: etree._Element, title: str) -> bool:
    """Whether a card's link wraps the whole card, its title one part among others: "<a><h2>Fall of the Berlin
    Wall … <span class=date>10.11.2019</span></h2><p>Three months after …</p></a>", "<a><span
    class=teaser_series>01.01.2022 - Formel 1</span><span class=teaser_header>…</span><span class=teaser_body>…
    </a>". Its other parts give the card's date and excerpt, as they do beside a title link (but its picture's
    caption; a section or kicker inside the link is no author)."""
    text = text_of(link)
    return text != title and title in text and any(
        (part_text := text_of(part)) and not _holds_title(part, title) and part_text not in title
        for part in _CARD_PARTS(link))


def _under_kicker(el: etree._Element, link: etree._Element) -> bool:
    """Whether a part inside a card's link is its kicker or in it ("<div class=pre-headline-teaser><span
    class=dachzeile>Nach 15 Jahren Rechtsstreit</span>"): a paragraph named a subtitle is the excerpt."""
    for part in chain([el], el.iterancestors()):
        if part is link:
            return False
        if part.tag != "p" and KICKER_NAMES.search(part.get("class") or ""):
            return True
    return False


def _prints_after(link: etree._Element, title: str, text: str) -> bool:
    """Whether a card's link prints a part's text after its title: a card prints kicker, title, excerpt in this
    order, and what comes before the title (a kicker, a picture's credit, a video's consent notice) is no excerpt."""
    whole = text_of(link)
    return 0 <= whole.find(title) < whole.find(text)


def _holds_title(el: etree._Element, title: str) -> bool:
    """Whether a part prints the card's title (its title part or a part around it)."""
    return title in text_of(el)


def _without_leading_date(text: str) -> str:
    """"06.03.2016Werden Sie ..." -> "Werden Sie ...": a card's date printed inside its teaser."""
    found = search_date(text[:40])
    return text[found.end:].lstrip(" -–—|:·") if found is not None and found.start == 0 else text


def _is_excerpt(text: str, title: str, languages: list[str]) -> bool:
    if title in text:
        return False
    if starts_with_credit(text) or _GENERIC_LINK_TEXT.match(text):
        return False
    found = search_date(text, languages=languages)
    return len(text) >= 20 and (found is None or len(text) - (found.end - found.start) >= 20)
