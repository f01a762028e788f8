"""Reader comments: one Comment per reader comment, in page order, replies pointing at their parent.

Evidence order: site profile selector, JSON-LD ``comment`` arrays, microdata Comment /
UserComments items, CMS markup (WordPress and its themes, wpDiscuz, Drupal, Blogger, generic
``comment`` lists), then a heuristic for repeated dated items under a "N Comments" heading.
Whatever the source, the comment areas and reply forms found in the markup are excluded from the
body, because JSON-LD comments are printed on the page too.

Cost: one XPath pass finds every element whose class or id mentions a comment; each comment
area is then walked once, iteratively, assigning every element to its nearest enclosing comment,
so a comment's author, date and text are read without any search of the document and 100,000
comments stay linear. Class attributes are classified once per distinct value (cached). Reply
nesting deeper than MAX_DEPTH is attached to the comment at the cap. Comments past MAX_COMMENTS
are not read (the walk stops there), with a warning.

Ids: the page's own id for the comment element ("comment-123", "c-9812", Blogger's "c123456");
"li-comment-123", "div-comment-123" and wpDiscuz's "wc-comm-123_0" name the permalink anchor
"comment-123" and become that; a comment without an id gets a position-derived one ("c1",
replies "c1.1"), so ``reply_to`` always names an emitted comment.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from harvester.dates import PageDate, parse_date, search_date
from harvester.document import Page, clean_text, document_position, inside, jsonld_types, text_of, word_count
from harvester.document.markup import shown_to_screen_readers_only
from harvester.document.parse import top_level
from harvester.document.structured import text_value, url_value
from harvester.fields.base import cascade, from_profile
from harvester.lexicon import CJK_DATE_LABELS, CREDIT_INSIDE, CREDIT_PREFIX
from harvester.models import Comment, Via
from harvester.names import SAYS, SAYS_VERBS, clean_name

__all__ = ["extract_comments"]

# Comments read at most, with a warning past it. Real pages print at most a few hundred (80 in the
# largest of the 1,099 shared corpus pages; WordPress pages 50 by default); each comment costs about
# 0.1 ms of Python work (walk, text, author, date, spam signals, zone, validation), so 100,000 of
# them took 18-37 s on a 2-core machine where 20,000 take a fifth of that.
MAX_COMMENTS = 20_000
MAX_DEPTH = 50
MAX_AUTHOR_CHARS = 120
MAX_ID_CHARS = 80
# How far above an author's name a link around it is looked for.
MAX_LINK_CLIMB = 3
# Per comment, candidates for author and date beyond these are not the comment's own.
MAX_AUTHOR_CANDIDATES = 4
MAX_DATE_CANDIDATES = 6
MAX_SUBJECT_CANDIDATES = 4
# A subject line is a line: a longer heading inside a comment is text of another kind.
MAX_SUBJECT_CHARS = 200
# A teaser of a news site's "Comment" (opinion) section prints a kicker or a linked headline, not
# a reader's words. Counted in words of the comment's script (a Japanese sentence has no spaces).
MIN_STRAY_WORDS = 3
# A page's own comment system, known by its comments' named parts alone, prints two comments or more.
MIN_PART_HOLDERS = 2
MAX_STRAY_LINK_SHARE = 0.5
# Headings and declared article bodies whose regions are the article, of each kind.
MAX_ARTICLE_MARKERS = 20

# Every element whose class or id could name a comment part (Page.named_where, or this one pass
# with microdata types for the pages that declare Comment items); the exact rules run in Python
# on the survivors. "/descendant::" rather than "//" and no union or parent step: libxml2 merges
# such node sets pairwise, which turns quadratic on a page with 100,000 comments.
_CANDIDATES_MICRODATA = etree.XPath(
    "/descendant::*[@class[contains(., 'omment') or contains(., 'omentar')]"
    " or @id[contains(., 'omment') or contains(., 'omentar') or starts-with(., 'cmt') or .='respond' or .='disqus_thread']"
    " or @itemtype[contains(., 'omment') or contains(., 'Answer')]]"
)
# The article's own markers: a comment area never holds them.
# Headings a comment count is looked for in.
_HEADING_TAGS = ("h2", "h3", "h4", "h5")
_ATTRIBUTE_DATES = etree.XPath("descendant::*[@datetime or @title or @content][position() <= 3]")
_SHORT_LABELS = etree.XPath("descendant::*[self::a or self::strong or self::b or self::cite][position() <= 4]")

# GnuBoard5 (the Korean board CMS) names its comment list "bo_vc" (board view comments).
_AREA_IDS = frozenset({
    "comments", "comments-area", "comment-area", "comment-section", "comments-section", "commentsection",
    "comments-block", "comments-list", "comment-list", "commentlist", "disqus_thread", "comments-wrapper",
    "comment-wrapper", "comments-container", "respond", "commentform", "comment-form", "reply-form", "kommentare",
    "commentaires", "livecomments", "live-comments", "comment", "bo_vc",
})
_AREA_CLASSES = frozenset({
    "comments-area", "comment-list", "commentlist", "comments-list", "comment-respond", "wp-block-comments",
    "wp-block-post-comments", "wp-block-post-comments-form", "wp-block-comment-template", "comment-wrapper",
    "comments-wrapper", "comments-container", "comment-section", "comments-section", "field--type-comment",
    "field-type-comment", "comments-block", "post-comments", "entry-comments", "article-comments", "comment-form",
    "commentform", "comments", "wpdiscuz_top_clearing", "wc-thread-wrapper", "kommentare", "kommentar-liste",
    "kommentar-formular", "commentaires", "comentarios", "commenti", "komentarze", "livecomments", "live-comments",
})
# A site's own prefix before a list-of-comments class ("mo-comments-list"); a sidebar's "recent
# comments" widget lists other articles' comments and is no area of this page's.
_PREFIXED_AREA = re.compile(
    r"(?!(?:recent|latest|top|last|popular|most|new|widget|sidebar)-)[a-z0-9]+-"
    r"(?:comments?-(?:list|area|section|wrapper|container|block)|commentlist)"
)
# The same names spelled with underscores, as PHP and Symfony plugins print them ("sf_comment_list",
# "comments_container", "jnews_comment_container"); a control or widget prefix names no area.
# A camelCase class ("itemCommentsList", Joomla K2's list of an item's comments) is read word by word
# too ("item-comments-list"), as the prefixed and hyphenated spellings are.
_CAMEL_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SNAKE_AREA = re.compile(
    r"(?!(?:recent|latest|top|last|popular|most|new|widget|sidebar|show|hidden|add|more|load)_)(?:[a-z0-9]+_)?"
    r"comments?_(?:list|area|section|wrapper|container)"
)
_POST_ID_ATTRIBUTES = ("data-id", "data-comment-id", "data-commentid", "data-cid")
_FORM_IDS = frozenset({"respond", "commentform", "comment-form", "reply-form", "comment_form"})
_ITEM_TAGS = frozenset({"li", "article", "div", "section", "dl", "dt", "dd", "blockquote", "tr"})
_LIST_TAGS = frozenset({"ol", "ul"})
# What an ASP.NET list row's outermost element may be: a block, or the table many of them print.
_ROW_TAGS = _ITEM_TAGS | {"table"}
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "form", "textarea", "button", "select", "input",
                        "svg", "iframe", "img", "picture", "video", "audio", "object", "nav"})
_BLOCK_TAGS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
                         "section", "article", "header", "footer", "table", "tr", "dl", "dt", "dd", "figure",
                         "figcaption", "address", "hr", "main", "aside"})
# schema.org's spelling, and the all-lower-case one some news CMSs print ('itemtype="http://schema.org/comment"'
# on a German business daily's comment list): a type name's case is a typo there, never another type.
_MICRODATA_TYPES = frozenset({"Comment", "UserComments", "Answer", "comment", "usercomments", "answer"})
_DATE_PROPS = frozenset({"datecreated", "commenttime", "datepublished"})
_TEXT_PROPS = frozenset({"text", "commenttext"})
_AUTHOR_PROPS = frozenset({"author", "creator", "commenter"})
_FIELD_PROPS = _AUTHOR_PROPS | _DATE_PROPS
_NO_PROPS: frozenset[str] = frozenset()

# Discuz! and UCenter Home (the Chinese forum and portal CMSs) name a comment's box "comment_<cid>_li"
# (a portal article's <dl>, a space's <li>) and its words "comment_<cid>" inside it: one comment.
# DataLife Engine (DLE, the Russian-language news and portal CMS) wraps every template's comment in
# "<li id=comments-tree-item-<n>><div id=comment-id-<n>>": one comment, "comment-<n>".
_COMMENT_ID = re.compile(
    r"^(?P<prefix>li-|div-)?(?:comment|kommentar|commentaire|comentario|commento|komentarz|cmt|c|live-?comment)[-_]?\d+$|^wc-comm-(?P<b>\d+)_\d+$|"
    r"^c\d{5,}$|^cid-\d+$|^comment-(?=[a-f]*\d)[0-9a-f]{16,}$|^(?P<discuz>comment_\d+)_li$|"
    r"^(?:comment-id|comments-tree-item)-(?P<dle>\d+)$",
    re.IGNORECASE,
)
# DLE prints a comment's words in "<div id=comm-id-<n>>", whatever the template's classes.
_TEXT_ID = re.compile(r"^comm-id-\d+$")
# Z-Blog PHP (the Chinese blog CMS) names every comment "cmt<ID>" in every theme, its script's
# reply form finding the comment by it; the default theme prints each as a list of its own
# (zb_users/theme/default/template/comment.php: "<ul class=msg id=cmt{$comment.ID}>", the name's
# <li> and the words' <li>, replies nested in the words' <li>), in no comment area.
_CMT_ID = re.compile(r"^cmt\d+$")
_ANCHOR_ID = re.compile(r"^(?:comment|kommentar|c)[-_]?\d+$", re.IGNORECASE)
# ASP.NET WebForms names every control of a list's row "<list>_ctrl<N>_<control>" (Repeater, ListView;
# DataList and GridView "_ctl<NN>_"): with the list named for comments ("lstComment", "rptComments"),
# each row is one comment, however its boxes are classed. A list of the most commented articles is not.
_ASPNET_ROW_SEGMENT = re.compile(r"ctrl?\d+", re.IGNORECASE)
_ASPNET_LIST = re.compile(
    r"(?!\w*(?:most|recent|latest|top|popular|last))\w*(?:comment|kommentar|comentario|commento|komentarz)", re.IGNORECASE)
# Class names are matched per token, lower-cased (so "commentListCommentName" matches too), in
# the languages comment systems are written in: "kommentar__autor" is "comment__author", and Italian
# "commento-testo" and Polish "komentarz-tresc" are read as the headings read "commenti" and "komentarze".
# German "Leserbrief" (a reader's letter) names a comment where a site prints readers' posts as letters
# (achgut's "leserbrief" boxes under "Leserpost", "leserbrief_meta" holding name and date).
_C = r"(?:comments?|kommentare?|commentaires?|comentarios?|comment[oi]|komentarz[ey]?|leserbriefe?)"
_ICON_PREFIX = r"(?!fa-|fas-|far-|icon-|ico-|dashicons-|bi-|glyphicon-|svg-)"
# "add-comment", "show-comments" and the like are actions, not comments. "news-comment-main" is a
# comment too (a news CMS's own system: the "-main" box beside the "-sub" box of its replies).
_ITEM_TOKEN = re.compile(
    _ICON_PREFIX + r"(?!(?:add|create|new|write|post|leave|show|load|more|all|no|edit|reply|open|toggle|count|view|"
    r"submit|has|with|latest|recent|top|last)[-_])(?:[a-z0-9]+[-_])?(?:comment|kommentar|commentaire|comentario|commento|komentarz|pingback|"
    r"trackback|leserbrief)(?:-?item|_item|-?card|[-_]answer|-main)?$"
)
_REPLY_MARKER = re.compile(r"(?:[a-z0-9]+-)?(?:reply|sub|child)(?:-comment)?$|comment-(?:sub|child|reply-item)$")
_REPLY_ZONE = re.compile(
    r"(?:[a-z0-9]+-)?(?:children|replies|indented|sub-?comments|child-?comments|replies-list)$|"
    r".*" + _C + r"[-_]{0,2}(?:children|replies|antworten|reponses|respuestas|thread-replies|sub)$"
)
_FORM_TOKEN = re.compile(
    r"(?:[a-z0-9]+-)?" + _C + r"[-_]{0,2}(?:respond|form|formular|formulaire|reply-form)|commentform|reply-form"
)
_AUTHOR_WORD = r"(?:author|autor|auteur|autore|user|commenter|poster|benutzer|nutzer|utilisateur|usuario)"
_AUTHOR_STRONG = re.compile(
    r".*" + _AUTHOR_WORD + r"[-_]{0,2}(?:name|link)|.*" + _C + r"[-_]{0,2}(?:meta[-_]{1,2})?(?:author[-_]{0,2})?name|"
    # GnuBoard5's get_sideview() prints a member's name as "a.sv_member", a guest's as "span.sv_guest".
    r".*nick-?name|" + _C + r"__(?:author|autor|auteur)|sv_(?:member|guest)"
)
_AUTHOR_WEAK = re.compile(_ICON_PREFIX + r"(?:[\w-]*[-_])?(?:" + _C + r"[-_]{0,2})?" + _AUTHOR_WORD + r"$")
_DATE_TOKEN = re.compile(
    r".*(?:date|time|datetime|timestamp|published|posted|submitted|pubdate|timendate|datum|fecha|zeit)$|"
    r".*" + _C + r"(?:-?(?:meta(?:data)?|infos?)|_meta(?:data)?)$|commentmetadata|metadata|"
    # Italian and Polish "data" is the date ("commento-data"); English "comment-data" may hold the whole comment.
    r".*(?:comment[oi]|komentarz[ey]?)[-_]{0,2}data$"
)
# A comment's footer is its meta line when it prints a date: TypePad prints "Posted by: Name | date"
# under the words in ``p.comment-footer``, name and date unclassed links. A footer of buttons (a
# comment form's "表情 加粗 发表") is none. Both are read as a date only when they print a year.
_FOOTER_TOKEN = re.compile(r".*" + _C + r"[-_]?footer")
# A part named for when the comment was created ("comment-created", KBoard's "comments-list-create")
# is its date when it prints one; "comment-create" may as well be the form that creates one.
_CREATED_TOKEN = re.compile(r".*" + _C + r".*[-_]created?")
_CONTENT_TOKEN = re.compile(
    r".*" + _C + r"[-_]{0,2}(?:(?:card|item|list)[-_]{1,2})?(?:content|text|body|message|entry|txt|copy|inhalt|texte|texto|contenu|testo|tresc|tekst)"
    r"(?:[-_]inner)?$"
)
_COMMENT_LIST_TOKEN = re.compile(r"(?:[a-z0-9]+[-_])?" + _C + r"[-_]?list")
# A part holding the subject line a reader typed: "comment_title", "comment-subject".
_SUBJECT_TOKEN = re.compile(r".*comment[-_]{0,2}(?:title|subject)")
_WHOLE_BODY_TOKENS = frozenset({"comment-body", "comment_body", "commentbody"})
_FURNITURE_TOKEN = re.compile(
    r".*" + _C + r".*(?:meta|metadata|header|footer|kopf|avatar|reply|reply-link|reply-title|actions?|aktionen|links?|"
    r"votes?|likes?|rating|permalink|edit|edit-link|toggle|flag|report|share|reactions?|badge|icon|count|info|tools|"
    # A numbered theme's counter, "<p class=comment-number><a href=#comment-4414>1</a></p>".
    r"number|counter|"
    r"controls|avatar[-_]wrap(?:per)?)$|"
    r"(?:reply|says|avatar|vcard|edit-link|links|"
    r"permalink|submitted|thread-toggle|antworten|"
    r"melden|report|wc-reply-button|wc-vote-link|wc-vote-result|comment-reply-link|reply-link|commentmetadata|"
    # A review's stars (WooCommerce's "star-rating" printing "Rated 5 out of 5", recipe plugins'
    # "…-rating" boxes of ★ characters): the reader's score, not words.
    r"metadata|(?:[a-z0-9]+-)*(?:star-)?ratings?|(?:[a-z0-9]+-)*rating-stars)$|.*(?:btn|button|reply|report|melden|flag).*|"
    # A like/dislike widget under the words (the "Comments Like Dislike" plugin's "cld-like-dislike-wrap",
    # "likes-count", "vote-count", "upvote"): its counts are votes, not words.
    r"(?:[a-z0-9]+[-_])*(?:like[-_]dislike|(?:dis)?likes?[-_](?:count|counter|wrap|button|btn|box)|"
    r"votes?[-_](?:count|counter|buttons?|box)|(?:up|down)votes?)(?:[-_][a-z0-9]+)*|"
    # wpDiscuz's inline feedback opens the words with the article passage it answers ("Feedback on:
    # <quote> Read more", themes/default/class.WpdiscuzWalker.php): the article's words, not the reader's.
    r"(?:[a-z0-9]+-)*inline-feedback-(?:wrapper|info)|"
    # GnuBoard5's get_sideview() menu after a member's name ("쪽지보내기 메일보내기 자기소개").
    r"sv"
)
_MODERATION_TOKEN = re.compile(r".*(?:awaiting|unapproved|pending-approval)")
_PRUNE_MODERATION_TOKEN = re.compile(r".*(?:moderation|awaiting|unapproved)")
_PROFILE_LINK = re.compile(r"/(?:user|users|profil|profile|profiles|member|members|benutzer|people)/", re.IGNORECASE)
_SHOW_COMMENT = re.compile(r"[?&]showComment=(\d{12,14})")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[./]\d{1,2}[./]\d{2}\b")

_MODERATION = re.compile(
    r"^\s*(?:your comment is awaiting moderation|comment awaiting moderation|awaiting moderation|"
    r"dein kommentar muss noch freigegeben werden|ihr kommentar muss noch freigegeben werden|"
    r"ihr kommentar wartet auf freischaltung|dein kommentar wartet auf freischaltung|"
    r"votre commentaire est en attente de modération|tu comentario está esperando moderación|"
    r"su comentario está esperando moderación|o seu comentário aguarda moderação|"
    r"il tuo commento è in attesa di moderazione)\b[^\n.]*\.?"
    r"(?:\s*this is a preview; your comment will be visible after it has been approved\.?)?",
    re.IGNORECASE | re.MULTILINE,
)
_MODERATION_HINT = re.compile(r"moder|freigegeben|freischaltung|aguarda", re.IGNORECASE)
# "Name - Le", "Name | ", "Name, on ": a name, a separator (a hyphen with a space before it, as
# "Jean-françois" holds one), perhaps a preposition, then the date.
_NAME_BEFORE_DATE = re.compile(r"\s*(?P<name>[^|–—,·\n]{2,60}?)\s*(?:[|–—,·]|\s-)\s*(?:(?:le|on|am|el|il|op|em)\s+)?",
                               re.IGNORECASE)
_PINGBACK = re.compile(r"^\s*(?:pingback|trackback)\s*:\s*", re.IGNORECASE)
# A pingback named in the author line ("<cite>Pingback von <a class=url>Linking post</a></cite>", a theme's
# comment_type() before the author link): the linking post is the author, its title whole.
_PINGBACK_BY = re.compile(r"^\s*(?:pingback|trackback)\s+(?:by|from|von|de|par|di|da|door|van)\s+\S", re.IGNORECASE)
# Tags whose element can be a comment's author or date without saying so in a class.
# Blocks that make an author box a card of several lines rather than a name.
_CARD_BLOCKS = frozenset({"div", "p"})
_FIELD_TAGS = frozenset({"time", "cite", "a", "abbr", "small"})
# Where a comment's subject line is printed: a heading in the comment (forums, news CMSs), or
# Drupal's permalink around the subject.
_SUBJECT_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_NOT_TEXT_TAGS = frozenset({"cite", "time", "h1", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
# The leading run is possessive (`*+`, never given back): no label opens with the characters it
# takes, and giving them back one by one tried every label again after each (200 spaces of
# indentation before a text: 39 us a match, 1.5 us possessive). Same matches.
_COMMENT_HEADING = re.compile(
    r"^\s*+(?:\(?\d+\)?\s*[»›:|·]?\s+)?(?:comments?|responses?|replies|reactions?|réactions?|kommentare?|commentaires?|comentarios?|"
    r"comentários?|commenti|reacties|leserkommentare|antworten|komentarze?|komentáře|komentarji|kommentarer|"
    r"kommentit|kommenttia|yorumlar|hozzászólások|commentaren|комментари[ийя]|коментар[іи]|σχόλια|تعليقات)\b"
    # Chinese, Japanese and Korean comment headings ("留言列表 (42)", "コメント"): no word boundary;
    # "评论" also names a paper's commentary section, so it is not among them.
    r"|^\s*+(?:\d+\s*)?(?:留言|回應|回应|コメント|댓글)"
    r"|^\s*+(?:one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|zwei|drei)\s+(?:comments?|responses?|"
    r"thoughts?|replies|kommentare?|antworten?)\b"
    r"|\b\d+\s+(?:thoughts?|responses?|comments?|kommentare?|commentaires?)\s+(?:on|to|zu|sur)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w")
# A line of action links, one or several in a row ("Responder Citar mensaje", "Reply Report"); the
# reply and report links of the languages WordPress, Disqus-like widgets and news CMSs print
# ("Odpowiedz · Zgłoś", "Ответить", "返信", "回复 举报", "Reageren", "Segnala", "Signaler"), and Korean
# boards' "댓글" / "답글" (reply), "답변", "신고" (report), "수정" / "삭제" (edit, delete: XE, GnuBoard, KBoard),
# and Tistory skins' "댓글주소" (the comment's address), "수정/삭제", "댓글쓰기" (reply) in span.control; the
# permalink and edit links a header prints after its date ("Nov 11, 2025 - Permalink", "12.11.2025 | Bearbeiten"),
# never a name.
_ACTIONS = (r"permalink|permalien|edited|edit|bearbeiten|editar|reply|antworten|répondre|responder|rispondi|beantworten|report|melden|"
            r"kommentar melden|report comment|like|gefällt mir|\d+\s+likes?|quote|zitieren|citer|"
            r"citar mensaje|citar|denunciar|reportar|valorar|positivo|negativo|signaler|segnala|"
            r"reageren|beantwoorden|rapporteren|odpowiedz|zgłoś|cytuj|ответить|пожаловаться|"
            r"цитировать|返信|通報|報告|回复该评论|回复|回覆|举报|檢舉|引用|댓글주소|댓글쓰기|답글쓰기|댓글|답글|답변|신고|수정|삭제")
_ACTION_LINE = re.compile(rf"^(?:(?:{_ACTIONS})\W*)+$", re.IGNORECASE)
# One action word of such a line: a line opening the comment is its header's row of links only where it holds two
# or more (Tistory's "댓글주소 수정/삭제 댓글쓰기"); a single word there ("Positivo.", "Like!", "Report:") may as
# well open the words a reader typed.
_ACTION_WORD = re.compile(_ACTIONS, re.IGNORECASE)
# The same links opening a header line before the name ("引用 举报 Name 2025-11-12 08:15"): a header
# whose actions float right (Discuz!'s portal comments, "<span class=y>引用 举报</span>") prints them
# first in the source. Reply, quote and report links only (a vote word such as "Like" may open a name),
# each followed by a space or a mark, so a handle that opens with such characters ("回复君") stays.
_ACTION_LEAD = re.compile(r"^(?:(?:reply|quote|report|antworten|zitieren|melden|répondre|citer|signaler|responder|citar|"
                          r"denunciar|rispondi|segnala|odpowiedz|cytuj|zgłoś|ответить|цитировать|пожаловаться|"
                          r"返信|引用|回复|回覆|举报|檢舉|通報)(?:\s*[|·•/]\s*|\s+))+", re.IGNORECASE)
# A numbered comment's number printed on a line of its own ("#11"): the list's frame, not the words.
_NUMBER_LINE = re.compile(r"^#\d+$")
_CJK_DATE_LABEL = re.compile(rf"^(?:{CJK_DATE_LABELS})\s*[:：]?")
# Drupal core's "Submitted by {{ author }} on {{ created }}" (comment.html.twig) and its translations
# ("Verfasst von … am …", "Soumis par … le …", "Enviado por … el …") before the name.
_SUBMITTED_BY = re.compile(r"^\s*(?:submitted by|verfasst von|soumis par|enviado por)\s+", re.IGNORECASE)
# Between a date printed first and the name after it: a dash or a bar, with spaces around it.
_DATE_NAME_MARK = re.compile(r"\s*[-–—|]\s+")
# A first line naming the writer: "Jane says:", "Nicolai11 schrieb:".
_SAYS_LINE = re.compile(rf"^(?P<name>[^\n]{{1,80}}?)\s+(?:{SAYS_VERBS})\s*:?\s*(?P<rest>[^\n]*)$", re.IGNORECASE)
# What an author line leaves alone at the top of the words once its name and date are read: the
# verb ("<cite>Jane</cite> Says:<br>", WordPress's classic default theme and the many themes built
# on it) or the mark between them ("<strong>Jane</strong> – <time>", WooCommerce's review line), or
# the comment's type before the name ("<?php comment_type(); ?> by <cite>Jane</cite>": "Comment by",
# "Kommentar<small> von </small><cite>", "Trackback from").
_TYPE_BY = (r"(?:comment|kommentar|commentaire|comentario|commento|reactie|trackback|pingback)\s+"
            r"(?:by|from|von|de|par|di|da|door|van)")
# Korean boards print a label between the name and the date: "작성일" (written on, GnuBoard5's
# view_comment.skin.php), "등록일" (posted on).
_LEAD_FRAME = re.compile(rf"^(?:(?:(?:{SAYS_VERBS})\s*(?:\.\.\.|…)?\s*:?|{_TYPE_BY}\s*:?|(?:작성일|등록일)\s*:?|[-–—|·•:/]+)"
                         r"[ \t]*\n\n)+(?=\S)",
                         re.IGNORECASE)
# Drupal prints "(not verified)" after the name an anonymous commenter typed, in the site's language.
_UNVERIFIED = re.compile(r"\s*\((?:not verified|nicht überprüft|non vérifié|no verificado|non verificato|"
                         r"niet geverifieerd|não verificado|niezweryfikowany)\)\s*$", re.IGNORECASE)
# A time printed relative to the day the page was made, ending a comment's header or footer line.
_RELATIVE_TIME = re.compile(
    r"(?:^|\s)(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|"
    r"il\s+y\s+a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|"
    r"hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)|"
    r"(?:\d+|un[ao]?)\s+(?:secondi|minuti|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa)\s*$",
    re.IGNORECASE,
)
# Header lines read before a comment's words, at most (counter, name, badge, date, rating, reply-to, report).
MAX_HEADER_LINES = 8
# Marks around a name in a header line: a counter "#1" before it, a badge after it ("Guest", "(Gast)").
_HEADER_MARKS = re.compile(r"^#\d+\s+|\s*\(?\b(?:guest|gast|invité|invitado|ospite|gość)\b\)?(?=\s|$)", re.IGNORECASE)
# What a header line may print after the date: its time ("um 08:15 Uhr", "at 8:15 am").
_TIME_TAIL = re.compile(r"^(?:(?:um|at|à|a las|alle|o|в)\s+)?\d{1,2}[:.h]\s?\d{2}(?:\s*(?:uhr|am|pm|min))?",
                        re.IGNORECASE)
# The mark of a comment changed after posting, after its date: "(edited)", "(bearbeitet)".
_EDITED = re.compile(r"\(?\b(?:edited|bearbeitet|geändert|modifié|editado|modificato|bewerkt)\b\)?", re.IGNORECASE)
# "in reply to Anna" and its translations, after a replier's name or on a line of its own.
_REPLY_TO = re.compile(r"\s+(?=(?:in reply to|replying to|replied|antwort auf|antwortete|als antwort auf|en réponse à|"
                       r"a répondu|en respuesta a|respondió|in risposta a|ha risposto)(?:\s|$))", re.IGNORECASE)
# Vote counts printed as a line of their own ("12 ▲ 3 ▼", "+5 / -1", "👍 3 👎 0").
_VOTE_LINE = re.compile(r"(?=.*\d)(?=.*[▲▼△▽↑↓+\-👍👎])[\d\s▲▼△▽↑↓+\-–/|·👍👎]+")
# The mark left alone under the words once a footer's name and date are read: Stack Exchange's
# "<span class=comment-copy>words</span> – <a class=comment-user>Name</a> <span class=comment-date>…",
# "words — Name, date" lines (the tail twin of ``_LEAD_FRAME``'s mark).
_MARK_LINE = re.compile(r"[-–—|·•/]+")
# The link unfolding a long comment, after its last sentence or on a line of its own.
_MORE_LINK = re.compile(r"(?:^|(?<=[.!?…)\"”»])\s+)(?:show more|read more|see more|weiterlesen|mehr anzeigen|mehr lesen|"
                        r"lire la suite|voir plus|leer más|ver más|mostra altro|continua a leggere|lees meer|toon meer)"
                        r"\s*(?:»|›|→|\.\.\.|…)?$", re.IGNORECASE)
# Header lines with no name or date: a counter, a badge, stars, votes ("12 ▲ 3 ▼", "+5 / -1"), a
# rating, "in reply to Anna" / "Antwort auf Anna" / "@Anna", "Mitglied seit 2019".
_FRAME_LINE = re.compile(
    r"#\d+|[★☆✩⭐\s]+|" + _VOTE_LINE.pattern + "|"
    r"(?:rating|bewertung|note|valoración|voto)\s*:?\s*\d(?:[.,]\d)?\s*/\s*\d+|"
    r"(?:in reply to|replying to|reply to|antwort auf|antwortete auf|als antwort auf|en réponse à|"
    r"en respuesta a|in risposta a)\s+[^\n.!?]{1,60}|@\S{1,40}|"
    r"(?:member since|mitglied seit|dabei seit|membre depuis|miembro desde|membro dal|lid sinds)\s+[^\n.!?]{1,30}",
    re.IGNORECASE,
)
# A name before such a time: a handle ("monslateamoi") or two or three capitalised words ("Ben K.").
_HANDLE = re.compile(r"\S{2,40}|[A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'-]*){1,2}")
# What joins a credited name to its date: a preposition, perhaps a weekday ("Jane on Wed, 11/12/2025",
# "Jana am Mi., 12.11.2025", "Jeanne le mer. 12/11/2025").
_DAY_BEFORE_DATE = re.compile(r"(?:\s+(?:on|am|le|el|il|op|em)(?:\s+\w{2,10}\.?)?)?[\s,]*$", re.IGNORECASE)
# A reply's opening paragraph repeating its parent's words is a quote of them from this length on
# (shorter, "Thanks!" or "Me too" may be the reader's own words that happen to match).
MIN_QUOTE_CHARS = 20
# Of the parent's words, a quote is looked for in the first these many characters: each reply costs
# a scan of them, and a page of thousands of replies to one long comment stays linear.
MAX_QUOTED_CHARS = 4_000
# A comment's header or footer line naming its date (and perhaps its author) is a line, not a paragraph.
MAX_META_LINE_CHARS = 160
# A name printed alone on its line, with no class saying so: a handle or a person's name, a few
# words and no sentence.
MAX_NAME_LINE_CHARS = 60
MAX_NAME_LINE_WORDS = 5
# Where another reader's words may be quoted inside a comment, and how such a quote opens ("Anna wrote:").
_QUOTE_TAGS = frozenset({"blockquote", "div", "section", "aside"})
_QUOTE_OPENING = re.compile(rf"^[^\n:]{{1,{MAX_NAME_LINE_CHARS}}}?\s(?:{SAYS_VERBS})\s*:", re.IGNORECASE)
_SENTENCE_MARK = re.compile(r"[!?]|(?<!\b\w)\.$")
# What may stand between a name and the date printed after it: a separator, a preposition ("on", "am", "le").
_NAME_DATE_GAP = re.compile(r"[\s|–—,·:-]*(?:(?:on|am|le|el|il|op|em)\s*)?", re.IGNORECASE)


@dataclass(frozen=True)
class _Roles:
    """What one class attribute says an element is, inside a comment area."""

    item: bool = False
    pingback: bool = False
    reply_marker: bool = False
    reply_zone: bool = False
    form: bool = False
    author: int | None = None
    date: bool = False
    # A part that is the date when it prints a year (a footer line, a "created" part).
    date_if_year: bool = False
    content: int | None = None
    furniture: bool = False
    moderation_flag: bool = False
    moderation_note: bool = False
    relevant: bool = False
    area: bool = False
    pruned: bool = False


_NO_ROLES = _Roles()


@lru_cache(maxsize=8192)
def _roles(class_attr: str) -> _Roles:
    tokens = class_attr.lower().split()
    if not tokens:
        return _NO_ROLES
    author = None
    if "fn" in tokens:
        author = 0
    elif any(_AUTHOR_STRONG.fullmatch(t) for t in tokens):
        author = 1
    elif any(_AUTHOR_WEAK.fullmatch(t) for t in tokens):
        author = 3
    content = None
    if any(_CONTENT_TOKEN.fullmatch(t) for t in tokens):
        content = 2 if not _WHOLE_BODY_TOKENS.isdisjoint(tokens) else 1
    date = any(_DATE_TOKEN.fullmatch(t) for t in tokens)
    date_if_year = any(_FOOTER_TOKEN.fullmatch(t) or _CREATED_TOKEN.fullmatch(t) for t in tokens)
    moderation_flag = any(_MODERATION_TOKEN.match(t) for t in tokens)
    moderation_note = any(_PRUNE_MODERATION_TOKEN.match(t) for t in tokens)
    reply_zone = any(_REPLY_ZONE.fullmatch(t) for t in tokens)
    form = any(_FORM_TOKEN.fullmatch(t) for t in tokens)
    # A label for screen readers ("Reply to", Drupal's "In reply to") is furniture too.
    furniture = any(_FURNITURE_TOKEN.fullmatch(t) for t in tokens) or shown_to_screen_readers_only(class_attr)
    return _Roles(
        item=any(_ITEM_TOKEN.fullmatch(t) for t in tokens),
        pingback="pingback" in tokens or "trackback" in tokens,
        reply_marker=any(_REPLY_MARKER.fullmatch(t) for t in tokens),
        reply_zone=reply_zone,
        form=form,
        author=author,
        date=date,
        date_if_year=date_if_year,
        content=content,
        furniture=furniture,
        moderation_flag=moderation_flag,
        moderation_note=moderation_note,
        relevant=author is not None or date or date_if_year or content is not None or moderation_flag,
        area=not _AREA_CLASSES.isdisjoint(tokens) or any(_PREFIXED_AREA.fullmatch(t) for t in _spelled(class_attr)),
        # Parts of a comment that are not its text: forms, replies, who, when, actions, notices.
        pruned=form or reply_zone or furniture or moderation_note or date or author is not None,
    )


def _spelled(names: str) -> list[str]:
    """Lower-cased class or id tokens, each camelCase one also with its words hyphenated."""
    return [spelling for name in names.split()
            for spelling in dict.fromkeys((name.lower(), _CAMEL_BREAK.sub("-", name).lower()))]


def _roles_of(el: etree._Element) -> _Roles:
    return _roles(el.get("class") or "")


def _dates_by_year(roles: _Roles, el: etree._Element) -> bool:
    """Whether a part named a footer or a creation time is the comment's date: it prints a year."""
    return roles.date_if_year and _YEAR.search(text_of(el)) is not None


@dataclass
class _Item:
    """One comment as the markup walk sees it: its element and candidates for each field."""

    element: etree._Element
    parent: _Item | None
    depth: int
    own_id: str | None = None
    page_id: str | None = None
    microdata: bool = False
    in_area: bool = False
    forced: bool = False
    # Found as an item of a comment list only (no class, id or microdata of its own names a comment).
    listed: bool = False
    # The row prefix of an ASP.NET list of comments ("…_lstComment_ctrl0"), when the item is such a row.
    row: str | None = None
    pingback: bool = False
    moderation: bool = False
    authors: list[tuple[int, etree._Element]] = field(default_factory=list)
    content: tuple[int, etree._Element] | None = None
    dates: list[tuple[int, etree._Element]] = field(default_factory=list)
    # Headings and permalink titles in the comment, in page order: candidates for its subject line.
    subjects: list[etree._Element] = field(default_factory=list)
    reply_count: int = 0
    comment_id: str = ""
    # The words emitted for it, for its replies to tell a quote of them from their own.
    text: str = ""
    emitted: bool = False
    # A quoted floor: the post a reply answers, printed inside the reply before its own words.
    quoted: bool = False


def extract_comments(page: Page) -> list[Comment]:
    """Never raises on a bad page: no comments give an empty list."""
    languages = page.languages
    declared = page.microdata_of_type(*_MICRODATA_TYPES)
    candidates = _CANDIDATES_MICRODATA(page.tree) if declared else page.named_where(_names_comment, _ids_comment)
    article = _Article(page)
    areas = _areas(candidates, article)
    for area in areas:
        page.regions.claim(area)
    if comments := from_profile(page, "comments", lambda elements: _profile_comments(page, elements, languages)):
        return comments
    markup_items, stray_roots = _walk_markup(areas, candidates, article)
    markup = _build(page, _capped(page, markup_items), languages)
    for root, found in stray_roots:
        if any(item.emitted for item in found):
            page.regions.claim(root)
    return cascade(page, "comments", [
        (Via.JSON_LD, lambda: _from_jsonld(page, languages)),
        (Via.MARKUP, lambda: _from_forum_posts(page, languages)),
        (Via.MICRODATA if any(item.microdata for item in markup_items) else Via.MARKUP, lambda: markup),
        (Via.HEURISTIC, lambda: _from_heading_lists(page, languages, article)),
    ]) or []


# --- Markup --------------------------------------------------------------------------------------


def _profile_comments(page: Page, elements: list[etree._Element], languages: list[str]) -> list[Comment]:
    """Comments in the regions a profile names; the regions are claimed whether or not they hold any."""
    page.regions.claim_all(elements)
    return _build(page, _capped(page, _walk(elements, forced=True)), languages)


def _capped(page: Page, items: list[_Item]) -> list[_Item]:
    """The first MAX_COMMENTS items; the walks stop one past the cap, so more means the page had more."""
    if len(items) <= MAX_COMMENTS:
        return items
    page.warn(f"comments past the first {MAX_COMMENTS:,} not read")
    return items[:MAX_COMMENTS]


def _names_comment(value: str) -> bool:
    return "omment" in value or "omentar" in value or "eserbrief" in value


def _ids_comment(value: str) -> bool:
    return _names_comment(value) or value in ("respond", "disqus_thread", "bo_vc") or bool(_CMT_ID.match(value))


def _in_comment_box(el: etree._Element) -> bool:
    """Whether an ancestor's id names it a comment ("c_12", "comment-12")."""
    return any(_COMMENT_ID.match(holder.get("id") or "") for holder in el.iterancestors())


class _Article:
    """Which elements hold the article itself (its ``<h1>``, its articleBody): found once per page.

    One cheap pass over the page answers for every candidate region, where a search inside each
    region would cost the size of every nested candidate on hostile pages.
    """

    def __init__(self, page: Page) -> None:
        self._page = page
        self._holders: set[etree._Element] | None = None

    def within(self, el: etree._Element) -> bool:
        if el.tag in ("html", "body", "main"):
            return True
        if self._holders is None:
            self._holders = set()
            # The first MAX_ARTICLE_MARKERS of each kind (a hostile page may print thousands).
            # GnuBoard5's comment skin heads every comment with an <h1> ("Name님의 댓글",
            # skin/board/basic/view_comment.skin.php in <article id="c_<n>">): a heading inside an
            # element named as a comment is that comment's, no mark of the article.
            headings = (h1 for top in top_level(self._page.tree) for h1 in top.iter("h1"))
            markers = [*(h1 for h1 in islice(headings, MAX_ARTICLE_MARKERS) if not _in_comment_box(h1)),
                       *self._page.article_bodies[:MAX_ARTICLE_MARKERS]]
            for marker in markers:
                for holder in (marker, *marker.iterancestors()):
                    if holder in self._holders:
                        break
                    self._holders.add(holder)
        return el in self._holders


def _is_area(el: etree._Element) -> bool:
    if el.tag == "form":
        return "comment" in (el.get("action") or "").lower() or "comment" in (el.get("id") or "").lower()
    ident = (el.get("id") or "").lower()
    return _roles_of(el).area or ident in _AREA_IDS or any(
        _SNAKE_AREA.fullmatch(name) for name in (ident, *(el.get("class") or "").lower().split()))


def _areas(candidates: list[etree._Element], article: _Article) -> list[etree._Element]:
    """Outermost comment areas and reply forms that do not hold the article itself."""
    found: list[etree._Element] = []
    chosen: set[etree._Element] = set()
    for el in candidates:
        if not _is_area(el) or inside(el, chosen) or article.within(el):
            continue
        chosen.add(el)
        found.append(el)
    return found


def _is_form(el: etree._Element, roles: _Roles) -> bool:
    return roles.form or (el.get("id") or "").lower() in _FORM_IDS


def _comment_id(el: etree._Element) -> str | None:
    ident = (el.get("id") or "").strip()
    match = _COMMENT_ID.match(ident)
    if match is None:
        return None
    if match.group("prefix"):
        return ident[len(match.group("prefix")):]
    if match.group("discuz"):
        return match.group("discuz")
    if number := match.group("b") or match.group("dle"):
        return f"comment-{number}"
    return ident


def _comment_list_id(el: etree._Element) -> str | None:
    """The comment id of a list printed as one comment, its first item the header: Z-Blog's "<ul id=cmt12>" opens
    with the name and "发布于 <date>" item. A list of the text with such an id and no dated header is the text's:
    a health page's "<ul id=cmt1>" of Charcot-Marie-Tooth type 1's signs, "<ol id=c2>" of a chapter's points."""
    first = next((child for child in el if child.tag == "li"), None)
    if first is None or (ident := _comment_id(el)) is None:
        return None
    header = text_of(first)
    return ident if len(header) <= MAX_META_LINE_CHARS and _YEAR.search(header) else None


def _page_id(el: etree._Element) -> str | None:
    """Any id attribute of a comment element: the page's name for it even when not "comment-<n>"."""
    ident = (el.get("id") or "").strip()
    return ident if 0 < len(ident) <= MAX_ID_CHARS and " " not in ident else None


def _post_id(item: _Item) -> str | None:
    """The id the comment system gives the post: the element's own anchor, or a data attribute
    ("data-id", "data-comment-id") where a portal prints the same post in several lists."""
    if item.own_id is not None or item.page_id is not None:
        return item.own_id or item.page_id
    el = item.element
    return next((value for name in _POST_ID_ATTRIBUTES if (value := el.get(name))), None)


def _same_comment(first: str, second: str) -> bool:
    """"comment-5" and "comment5" (or "li-comment-5" before normalising) name one comment."""
    return first.replace("-", "").replace("_", "").lower() == second.replace("-", "").replace("_", "").lower()


def _is_microdata_item(el: etree._Element) -> bool:
    if el.get("itemscope") is None:
        return False
    types = {t.rsplit("/", 1)[-1] for t in (el.get("itemtype") or "").split()}
    if not types & _MICRODATA_TYPES:
        return False
    # An Answer is a reader's post on a question-and-answer page (QAPage); inside a FAQPage (the
    # FAQ blocks of SEO plugins and health sites) it is the site's own answer to its own question.
    return bool(types - {"Answer", "answer"}) or not _in_faq_page(el)


def _in_faq_page(el: etree._Element) -> bool:
    return any("FAQPage" in (scope.get("itemtype") or "") for scope in el.iterancestors() if scope.get("itemscope") is not None)


def _is_candidate(el: etree._Element, roles: _Roles) -> bool:
    if el.tag in _ROW_TAGS and _aspnet_row(el) is not None:
        return True
    if el.tag in _LIST_TAGS:
        return _comment_list_id(el) is not None
    return el.tag in _ITEM_TAGS and (roles.item or _comment_id(el) is not None or _is_microdata_item(el))


def _aspnet_row(el: etree._Element) -> str | None:
    """The row prefix ("ctl00_body1_CommentControl1_lstComment_ctrl0") when ``el`` is the outermost
    element of a row of an ASP.NET list of comments (an older news CMS's comment control: a table
    per comment, name, date and words in boxes all classed "comment"). The parts inside share the
    prefix; the row is the element no ancestor of which does."""
    ident = el.get("id")
    if not ident or "_ct" not in ident:
        return None
    parts = ident.split("_")
    row = next(("_".join(parts[:i + 1]) for i in range(1, len(parts) - 1)
                if _ASPNET_ROW_SEGMENT.fullmatch(parts[i]) and _ASPNET_LIST.match(parts[i - 1])), None)
    if row is None or any((ancestor.get("id") or "").startswith(row + "_") for ancestor in el.iterancestors()):
        return None
    return row


def _is_listing(el: etree._Element) -> bool:
    return el.tag in ("ol", "ul", "dl") or "comment" in (el.get("class") or "").lower() or "comment" in (
        el.get("id") or "").lower()


def _has_evidence(item: _Item, languages: list[str]) -> bool:
    """A comment names its author, its date or its own anchor; a "comment" box naming none is not one.

    Outside a known comment area the word "comment" in a class is weaker still (news sites call
    their opinion section "Comment"): an anchor of its own, or both author and date, are needed; so
    does an item known only as an item of a comment list (a widget of the latest comments, each an
    article's title and a date, is such a list too). A date printed in the author part, unclassed,
    is the date as ``_item_date`` reads it: plone.app.discussion's comments.pt prints
    "<div class=comment-author><a>Name</a><br><small class=text-muted>date</small>" in
    "div.comment#<id>" inside "div.discussion", no comment area.
    """
    if item.forced or item.microdata or item.pingback or item.own_id is not None:
        return True
    if item.quoted:
        return bool(item.authors)
    if (item.in_area and not item.listed) or item.row is not None:
        return bool(item.authors) or bool(item.dates)
    return bool(item.authors) and (bool(item.dates) or _dated_author_part(item, languages))


def _dated_author_part(item: _Item, languages: list[str]) -> bool:
    return any(_author_part_date(el, languages) is not None for _, el in item.authors)


def _author_part_date(el: etree._Element, languages: list[str]) -> PageDate | None:
    """A date printed in an author part's text, its lines apart ("Name<br><small>Nov 11, 2025</small>")."""
    text = " ".join(_block_text(el, lambda part: part.tag in _SKIP_TAGS)[0].split())
    if len(text) <= MAX_META_LINE_CHARS and _YEAR.search(text) and (found := search_date(text, languages=languages)):
        return found.value
    return None


def _is_stray(item: _Item) -> bool:
    """Found by a "comment" class alone, outside any comment area and without an anchor of its own."""
    return not (item.in_area or item.forced or item.microdata or item.pingback or item.own_id is not None
                or item.row is not None)


def _walk_markup(areas: list[etree._Element], candidates: list[etree._Element], article: _Article,
                 ) -> tuple[list[_Item], list[tuple[etree._Element, list[_Item]]]]:
    """Comments in the comment areas, then comment items found elsewhere, each region walked once.

    Also returns the regions walked outside the areas, to be excluded when they hold a comment.
    """
    visited: set[etree._Element] = set()
    items = _walk(areas, visited=visited, in_area=True)
    stray_roots: list[tuple[etree._Element, list[_Item]]] = []
    for candidate in candidates:
        if len(items) > MAX_COMMENTS:
            break
        if candidate in visited or not _is_candidate(candidate, _roles_of(candidate)) or _wraps_area(candidate, areas):
            continue
        # The list holding the comment is walked, so its siblings and Drupal's sibling reply
        # blocks come along; a container that turns out to hold the article is not taken.
        root = candidate.getparent()
        if root is None or not _is_listing(root) or article.within(root):
            root = candidate
        if article.within(root):
            visited.add(candidate)
            continue
        found = _walk([root], visited=visited, in_area=False)
        stray_roots.append((root, found))
        items.extend(found)
    for item in items:
        _take_following_text(item)
    holders = _part_holders(candidates, items, article)
    if len(holders) >= MIN_PART_HOLDERS:
        found = _walk(holders, visited=visited, forced=True)
        stray_roots.extend((item.element, [item]) for item in found)
        items.extend(found)
    if stray_roots and len(items) > len(stray_roots[0][1]):
        # Items found outside the areas among items found in them (a Q&A page's answers, each
        # followed by its comment list): readers' posts come in page order. A parent precedes its
        # replies in page order too, as _build needs.
        items.sort(key=lambda item: document_position(item.element))
    return items, stray_roots


def _wraps_area(el: etree._Element, areas: list[etree._Element]) -> bool:
    """A box classed as a comment round the comment area, with no words outside it ("div.detail-comment"
    holding an empty anchor and "div#comment": count, form and thread): the section, no comment. A
    post holding its own comment area (a Q&A answer and the comments under it) has words of its own."""
    held = [area for area in areas if inside(area, {el})]
    if not held:
        return False
    def chars(node: etree._Element) -> int:
        return len("".join(text_of(node).split()))
    return chars(el) <= sum(chars(area) for area in held)


def _take_following_text(item: _Item) -> None:
    """A comment item that is only the comment's header (symfony's sfCommentPlugin: "<div
    class=sf_comment>" holds the author and the date, its sibling "<div class=sf_comment_text>" the
    words; phpBB-like themes split "post-header" and "comment-text" the same way) takes as its text
    the element right after it, when that element's class names a comment's text and no comment.
    The item must name its author or date itself, so a bare "comment" box is not given a text."""
    if item.content is not None or not (item.authors or item.dates):
        return
    following = item.element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None or following.tag not in _ITEM_TAGS:
        return
    roles = _roles_of(following)
    if roles.content is not None and not roles.item and _comment_id(following) is None:
        item.content = (3, following)


def _part_holders(candidates: list[etree._Element], items: list[_Item], article: _Article) -> list[etree._Element]:
    """Elements that hold a comment's named parts as their own children, an author, a date and the
    text ("<div class=leftCon><p class=commentAuthor>…<p class=commentDate>…<p class=commentText>",
    a magazine's own comment system), though their own class names no comment: each is one comment.
    So is a comment's text box holding its own "Posted by" line. Two or more such elements, outside
    the comments found and outside the article."""
    taken = {item.element for item in items}
    holders: list[etree._Element] = []
    for candidate in candidates:
        if _roles_of(candidate).content is None:
            continue
        if candidate.tag in _ITEM_TAGS and _holds_credit_line(candidate):
            holder = candidate
        elif (holder := candidate.getparent()) is None or holder.tag not in _ITEM_TAGS or (
                holders and holders[-1] is holder):
            continue
        else:
            parts = [_roles_of(child) for child in holder if isinstance(child.tag, str)]
            if not (any(roles.author is not None for roles in parts) and any(roles.date for roles in parts)
                    or _dated_header_before(candidate)):
                continue
        if not (holder in taken or inside(holder, taken) or article.within(holder)):
            holders.append(holder)
    return holders


def _dated_header_before(el: etree._Element) -> bool:
    """A comment's text part right after a short line that prints a bold name and a date, the
    comment's header ("<div><p><strong>Name</strong> - 16.08.2015 г. 10:44:23</p></div><p
    class=commentText>…", an older news CMS that classes only the words). The line must class
    neither part: where a class names the date (a forum's "MtnCommentTime" beside an account name
    no class rule knows), the item is the system's own and is left to the rules for named parts."""
    header = el.getprevious()
    while header is not None and not isinstance(header.tag, str):
        header = header.getprevious()
    if header is None or header.tag not in _CARD_BLOCKS or (
            header.find(".//strong") is None and header.find(".//b") is None):
        return False
    if any(isinstance(part.tag, str) and (_roles_of(part).date or _roles_of(part).author is not None)
           for part in header.iter()):
        return False
    line = text_of(header)
    return 0 < len(line) <= MAX_META_LINE_CHARS and _YEAR.search(line) is not None


def _holds_credit_line(el: etree._Element) -> bool:
    """A comment's text box ("visitors_comment_content") that holds, as its own child, a date part
    opening with a credit ("Posted by: Jane, 27 Sep 2011 | 15:22"): author and date in one line."""
    return any(isinstance(child.tag, str) and _roles_of(child).date and CREDIT_PREFIX.match(text_of(child))
               for child in el)


def _walk(roots: Iterable[etree._Element], *, visited: set[etree._Element] | None = None, in_area: bool = False,
          forced: bool = False) -> list[_Item]:
    """Walk regions depth-first once, creating a comment per item element and recording its fields.

    ``forced`` (a profile's selection) makes the selected elements comments when they hold no
    comment items: each of several elements, or each child of a single one.
    """
    visited = set() if visited is None else visited
    root_list = list(roots)
    forced_items: set[etree._Element] = set()
    if forced and not any(_is_candidate(el, _roles_of(el)) for root in root_list for el in root.iter()):
        forced_items = set(root_list) if len(root_list) > 1 else {
            child for root in root_list for child in root if isinstance(child.tag, str)}
    items: list[_Item] = []
    # Per parent element: the last top-level-looking comment among its children (Drupal's
    # ".indented" reply blocks and flat "comment-sub" replies follow their parent as siblings),
    # and a pending anchor id (Drupal 7's <a id="comment-12"></a> just before the comment).
    last_child_item: dict[etree._Element, _Item] = {}
    pending_anchor: dict[etree._Element, str] = {}
    stack: list[tuple[etree._Element, _Item | None, bool]] = [(root, None, False) for root in reversed(root_list)]
    pop, push = stack.pop, stack.extend
    while stack and len(items) <= MAX_COMMENTS:
        el, owner, reply_zone = pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        cls = el.get("class")
        roles = _roles(cls) if cls else _NO_ROLES
        ident = el.get("id")
        if ident is not None and owner is not None and (owner.row is not None or _TEXT_ID.match(ident)):
            roles = _part_roles(el, owner.row)
        if roles.form or (ident is not None and ident.lower() in _FORM_IDS):
            continue
        if tag == "a" and (owner is None or reply_zone) and not len(el) and not (el.text or "").strip():
            anchor = ident or el.get("name") or ""
            if _ANCHOR_ID.match(anchor) and (parent_el := el.getparent()) is not None:
                pending_anchor[parent_el] = anchor
            continue
        own_id: str | None = None
        microdata = candidate = listed = False
        row = _aspnet_row(el) if owner is None and tag in _ROW_TAGS else None
        if tag in _ITEM_TAGS or row is not None or (tag == "a" and ident and len(el) and _comment_id(el) is not None) or (
                tag in _LIST_TAGS and ident and _comment_list_id(el) is not None):
            # A comment printed as a link holding the name and the words (a live ticker's
            # <a id="livecomment_9"><small>nick</small><span>words</span></a>) is one by its id, and
            # so is one printed as a list of its parts (Z-Blog's "<ul id=cmt12>").
            own_id = _comment_id(el) if ident else None
            microdata = el.get("itemscope") is not None and _is_microdata_item(el)
            listed = not roles.item and in_area and owner is None and tag == "li" and (
                _is_comment_list(el.getparent()) or _lists_posts(el.getparent()))
            item_class = roles.item and not _lists_items(el)
            candidate = item_class or own_id is not None or microdata or (bool(forced_items) and el in forced_items) \
                or listed or row is not None
            if candidate:
                # Only comment elements are remembered: enough never to walk a comment twice.
                if el in visited:
                    continue
                visited.add(el)
        if owner is None and tag == "dd" and _continues_dt(el, last_child_item):
            # <dt> names the author and date, the <dd> after it holds the text: one comment.
            owner = last_child_item[el.getparent()]
            if owner.content is None:
                owner.content = (3, el)
            _record_field(owner, el, tag, roles)
        elif candidate and (owner is None or reply_zone or (microdata and owner.microdata)
                            or (own_id is not None and owner.own_id is not None
                                and not _same_comment(own_id, owner.own_id))):
            parent_el = el.getparent()
            if parent_el is not None:
                own_id = own_id or pending_anchor.pop(parent_el, None)
                if owner is None and roles.reply_marker and parent_el in last_child_item:
                    owner = last_child_item[parent_el]
            parent_item = owner
            while parent_item is not None and parent_item.depth >= MAX_DEPTH:
                parent_item = parent_item.parent
            item = _Item(el, parent_item, parent_item.depth + 1 if parent_item is not None else 0,
                         own_id=own_id, page_id=_page_id(el), microdata=microdata, in_area=in_area,
                         forced=el in forced_items, pingback=roles.pingback, listed=listed and own_id is None,
                         row=row)
            items.append(item)
            if parent_el is not None and not roles.reply_marker:
                last_child_item[parent_el] = item
            owner, reply_zone = item, False
        elif owner is None or reply_zone:
            if roles.reply_zone and (parent_el := el.getparent()) in last_child_item:
                owner, reply_zone = last_child_item[parent_el], True
        else:
            if candidate:
                # The same comment in two elements (li#li-comment-5 > article#comment-5): one comment.
                owner.own_id = owner.own_id or own_id
                owner.microdata = owner.microdata or microdata
            if len(owner.subjects) < MAX_SUBJECT_CANDIDATES and (
                    tag in _SUBJECT_TAGS or (cls is not None and _is_subject_part(tag, cls))):
                owner.subjects.append(el)
            if _quotes_reader(el):
                continue
            if tag in _ITEM_TAGS and _quotes_post(el):
                # The quoted floor is a post of its own, beside the reply; printed again in the
                # list (its own item, or another reply's quote), _build keeps it once.
                quoted = _Item(el, owner.parent, owner.depth, in_area=owner.in_area, quoted=True)
                items.append(quoted)
                push([(child, quoted, False) for child in reversed(el)])
                continue
            if roles.reply_zone or (tag in _LIST_TAGS and _holds_items(el)):
                reply_zone = True
            elif roles.relevant or tag in _FIELD_TAGS or el.get("itemprop") is not None or el.get("content"):
                _record_field(owner, el, tag, roles)
        if len(el):
            push([(child, owner, reply_zone) for child in reversed(el)])
    return items


def _lists_items(el: etree._Element) -> bool:
    """An element classed as a comment that opens with a comment and holds two or more as its own
    children is their list, not a comment ("<div class=news-comment id=comment-section>" round each
    "news-comment-main"). A comment holding its replies opens with its own header or words."""
    children = [child for child in el if isinstance(child.tag, str)]
    items = [child.tag in _ITEM_TAGS and _roles_of(child).item for child in children]
    return bool(items) and items[0] and sum(items) >= 2


def _part_roles(el: etree._Element, row: str | None) -> _Roles:
    """An element's roles in a comment: its class's and, in a row of an ASP.NET list of comments, its
    control's name's too ("…_ctrl0_lblCommentDate" is the date, whatever its class); DLE's words box
    ("comm-id-<n>") is the text."""
    cls = el.get("class") or ""
    ident = el.get("id")
    if row is not None and ident is not None and ident.startswith(row + "_"):
        return _roles(f"{cls} {ident.rsplit('_', 1)[1]}")
    if ident is not None and _TEXT_ID.match(ident):
        return _roles(f"{cls} comment-text")
    return _roles(cls) if cls else _NO_ROLES


def _quotes_reader(el: etree._Element) -> bool:
    """A quote box inside a comment: another reader's words, neither this comment's author nor its
    text. It names whom it quotes ("<blockquote><cite>Name: date</cite>…", XenForo's bbcode
    "<blockquote data-name=Name>", a first line "Anna wrote:" / "Anna schrieb:") or its class calls
    it a quote ("xfBb-quote", "bbCodeBlock--quote", a forum's or news site's "<div class=quote>");
    a bare blockquote may be the reader's own words set apart, and stays text."""
    if el.tag not in _QUOTE_TAGS:
        return False
    if el.get("data-name") is not None or el.get("data-author") is not None:
        return True
    if any("quote" in token for token in (el.get("class") or "").lower().split()):
        return True
    if el.tag != "blockquote":
        return False
    return el.find(".//cite") is not None or bool(_QUOTE_OPENING.match(text_of(el)[:MAX_NAME_LINE_CHARS * 2]))


def _quotes_post(el: etree._Element) -> bool:
    """A box inside a comment that holds a post of its own, a link (the poster's) and a comment's
    text part, before the comment's own words in a later sibling: the post it answers, quoted
    ("盖楼", stacked floors: a Chinese portal's reply prints its parent's author, words and buttons
    in a box, then its own "comment-txt"). Replies come after the words they answer, so such a box
    is a quote, neither this comment's text nor a reply of its own. A box carrying the comment's
    own anchor (wpDiscuz's "div#comment-5.wc-comment-right" before an empty status message) is the
    comment itself."""
    if _comment_id(el) is not None or not any(
            isinstance(sibling.tag, str) and _roles_of(sibling).content is not None and text_of(sibling)
            for sibling in el.itersiblings()):
        return False
    return el.find(".//a[@href]") is not None and any(
        isinstance(part.tag, str) and _roles_of(part).content is not None for part in el.iterdescendants())


def _lists_posts(el: etree._Element | None) -> bool:
    """A bare list in a comment area whose items (two or more, every one) each hold a part named
    the poster's name and a part named the time ("<ul><li class=c-item>…<a class=c-user-name>…<span
    class=c-create-time>…", a portal's script-rendered thread whose items carry only the system's
    short prefix): the list of comments, though neither it nor its items are named so."""
    if el is None or el.tag not in _LIST_TAGS or el.get("class"):
        return False
    rows = [child for child in el if isinstance(child.tag, str)]
    if len(rows) < MIN_PART_HOLDERS or any(row.tag != "li" for row in rows):
        return False
    return all(any(_roles_of(part).author is not None for part in row.iterdescendants() if isinstance(part.tag, str))
               and any((roles := _roles_of(part)).date or _dates_by_year(roles, part)
                       for part in row.iterdescendants() if isinstance(part.tag, str))
               for row in rows)


def _is_comment_list(el: etree._Element | None) -> bool:
    """A list named the list of comments ("ol#commentsList", "ul.comment-list") in a comment area: each
    of its items is a comment even when its own class names none (an older comment system's bare
    "<li class=odd>"). Outside an area such a list is a widget of the site's latest comments."""
    if el is None or el.tag not in _LIST_TAGS:
        return False
    return any(_COMMENT_LIST_TOKEN.fullmatch(t) for t in _spelled(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _is_subject_part(tag: str, cls: str) -> bool:
    """Drupal's permalink title, or a part named the comment's title or subject ("comment_title"),
    which prints the subject line a reader typed above the text."""
    tokens = cls.lower().split()
    return (tag == "a" and "permalink" in tokens) or any(_SUBJECT_TOKEN.fullmatch(t) for t in tokens)


def _continues_dt(el: etree._Element, last_child_item: dict[etree._Element, _Item]) -> bool:
    """A ``<dd>`` after the ``<dt>`` of a comment, directly or after its other ``<dd>``s (Blogger's
    classic layout: the text's ``dd.comment-body``, then ``dd.comment-footer`` with the date)."""
    previous = last_child_item.get(el.getparent())
    if previous is None or previous.element.tag != "dt":
        return False
    sibling = el.getprevious()
    while sibling is not None and (sibling.tag == "dd" or not isinstance(sibling.tag, str)):
        sibling = sibling.getprevious()
    return sibling is previous.element


def _holds_items(el: etree._Element) -> bool:
    """A bare list inside a comment whose first element is itself a comment: a reply list. An empty
    element before it (a stray "<li>" the parser closed before the reply's own) is skipped."""
    for child in el:
        if isinstance(child.tag, str) and (len(child) or (child.text or "").strip() or child.attrib):
            return _is_candidate(child, _roles_of(child))
    return False


def _record_field(item: _Item, el: etree._Element, tag: str, roles: _Roles) -> None:
    if roles.moderation_flag:
        item.moderation = True
    prop_attr = el.get("itemprop")
    props = _props(prop_attr) if prop_attr else _NO_PROPS
    author_rank = 0 if props & _AUTHOR_PROPS else roles.author
    if author_rank is None:
        if tag == "cite":
            author_rank = 2
        elif tag == "a" and (_PROFILE_LINK.search(el.get("href") or "") or _is_commenter_link(item, el)):
            author_rank = 4
        elif tag == "small" and item.element.tag == "a" and el.getparent() is item.element and el.getprevious() is None:
            # A comment printed as a link opens with the name in small print.
            author_rank = 3
    if author_rank is not None and len(item.authors) < MAX_AUTHOR_CANDIDATES:
        item.authors.append((author_rank, el))
    if len(item.dates) < MAX_DATE_CANDIDATES:
        if props & _DATE_PROPS or (tag == "time" and el.get("datetime")):
            item.dates.append((0, el))
        elif roles.date or tag == "time" or (tag == "abbr" and el.get("title")) or _dates_by_year(roles, el):
            item.dates.append((1, el))
        elif el.get("content") and "dc:date" in (el.get("property") or ""):
            item.dates.append((0, el))
    content_rank = 0 if props & _TEXT_PROPS else roles.content
    if content_rank is not None and (item.content is None or content_rank < item.content[0]
                                     or _narrows_content(item.content[1], el)):
        item.content = (content_rank, el)


def _narrows_content(outer: etree._Element, inner: etree._Element) -> bool:
    """A content part nested in the one found first, holding all its paragraphs: the words, the outer part
    also holding the header. Substack prints "div.comment-content" with the name and the short age ("1d")
    linking the comment, then "div.comment-body" with the paragraphs (experimental-history.com's threads).
    Paragraphs each classed as text ("p.comment-text" twice) are parts of the words, not all of them."""
    if inner is outer or outer not in inner.iterancestors():
        return False
    return all(p is inner or inner in p.iterancestors() for p in outer.iter("p"))


def _is_commenter_link(item: _Item, el: etree._Element) -> bool:
    """WordPress's link to a commenter's site (``get_comment_author_link``: "<a href=… rel='external
    nofollow ugc' class='url'>Name</a>"), alone on a line of its own ("<h3><a class=url>Marius</a></h3>")
    in a theme that classes no part around it. A pingback prints the same link, the linking post's
    title, before its excerpt in the item itself: that is its text."""
    if "url" not in (el.get("class") or "").split() or "external" not in (el.get("rel") or "").split():
        return False
    line = el.getparent()
    return line is not None and line is not item.element and not item.pingback and text_of(line) == text_of(el)


@lru_cache(maxsize=1024)
def _props(value: str) -> frozenset[str]:
    return frozenset(value.lower().split())


def _build(page: Page, items: list[_Item], languages: list[str]) -> list[Comment]:
    item_elements = {item.element for item in items}
    comments: list[Comment] = []
    seen: set[str] = set()
    # Posts printed before, by (post id, author, words): a "hot comments" list repeats posts of the
    # full list, and a quoted floor repeats the post it quotes. Without a post id, the same words by
    # the same reader twice are two posts (a double post, "Reply #14" and "#15").
    printed: dict[tuple[str, str | None, str], str] = {}
    top_count = 0
    for item in items:
        if item.parent is not None and not item.parent.comment_id:
            # The parent was dropped (no text): replies go to its parent, already resolved to a
            # kept comment since parents come first.
            item.parent = item.parent.parent
        if not _has_evidence(item, languages):
            continue
        author, author_url = _item_author(page, item, languages)
        if author is None and (name_el := _unclassed_name(item, languages)) is not None:
            # Read before the text, so that the name is left out of it.
            item.authors.append((5, name_el))
            author, author_url = _item_author(page, item, languages)
        text, moderated, link_share = _item_text(item, item_elements)
        text = _LEAD_FRAME.sub("", _without_actions(text))
        if not text or (_is_stray(item) and (word_count(text) < MIN_STRAY_WORDS or link_share > MAX_STRAY_LINK_SHARE)):
            continue
        if item.parent is None:
            top_count += 1
            position_id = f"c{top_count}"
        else:
            item.parent.reply_count += 1
            position_id = f"{item.parent.comment_id}.{item.parent.reply_count}"
        ident = item.own_id or item.page_id or position_id
        item.comment_id = ident
        if ident in seen:
            continue
        seen.add(ident)
        item.emitted = True
        published = _item_date(item, languages)
        if published is None or author is None:
            text, head_author, head_date = _header_line(text, languages)
            author, published = author or head_author, published or head_date
        text, foot_author, foot_date = _footer_line(text, languages)
        author, published = author or foot_author, published or foot_date
        if (published is None or author is None) and item.content is not None:
            line_author, line_date = _outer_meta(item, item_elements, languages)
            author, published = author or line_author, published or line_date
        text = _without_tail(text)
        if item.parent is not None:
            text = _without_quote_of(text, item.parent.text)
        item.text = text
        if _PINGBACK.match(text):
            text = _PINGBACK.sub("", text)
            if author is None:
                author, author_url = _pingback_source(page, item.element)
        elif author is not None and _PINGBACK_BY.match(author):
            author, author_url = _pingback_source(page, item.element)
        elif subject := _subject(item, author):
            text = f"{subject}\n\n{text}"
        if (post_id := _post_id(item)) is not None:
            if (key := (post_id, author, text)) in printed:
                item.comment_id, item.emitted = printed[key], False
                continue
            printed[key] = ident
        comments.append(Comment(
            id=ident,
            author=author,
            author_url=author_url,
            published_at=published,
            text=text,
            reply_to=item.parent.comment_id if item.parent is not None else None,
            awaiting_moderation=item.moderation or moderated,
        ))
    return comments


def _without_quote_of(text: str, parent_text: str) -> str:
    """A reply's words without the opening paragraphs that repeat its parent's: a quote of the comment
    it answers, set apart in a bare ``<blockquote>`` or pasted, before the reader's own words."""
    if not parent_text:
        return text
    quoted = " ".join(parent_text[:MAX_QUOTED_CHARS].split())
    paragraphs = text.split("\n\n")
    start = 0
    while start < len(paragraphs) - 1 and len(line := " ".join(paragraphs[start].split())) >= MIN_QUOTE_CHARS \
            and line in quoted:
        start += 1
    return "\n\n".join(paragraphs[start:])


def _unclassed_name(item: _Item, languages: list[str]) -> etree._Element | None:
    """The element holding the author's name in a comment that classes no author part."""
    found = _name_before_date(item, languages)
    return found if found is not None else _bold_name(item, languages)


def _name_before_date(item: _Item, languages: list[str]) -> etree._Element | None:
    """The element printed right before the comment's date, when it holds a name alone and stands
    apart from the comment's words: the author, in themes that class the date and not the name
    ("<h3>Name</h3><p class=comment-meta>18/02/2020 à 16:42", "<span class=MetaOTBold>Name</span>
    <span class=comment-date>…", a footer "<a href=/forum/m/profile.36162/>Name</a>, <time>…" after
    the text). Only for a comment whose author no class or tag names."""
    for _, date_el in item.dates:
        previous = date_el.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is None or previous.tag in _SKIP_TAGS or not _NAME_DATE_GAP.fullmatch(previous.tail or ""):
            continue
        if (previous.tag in _SUBJECT_TAGS or _is_subject_part(previous.tag, previous.get("class") or "")) \
                and not _in_furniture(previous, item.element):
            # A heading in the comment itself is the subject line a reader typed; one in its header is the name.
            continue
        if _outside_words(item, previous, date_el) and _name_line(previous, languages):
            return previous
    return None


def _bold_name(item: _Item, languages: list[str]) -> etree._Element | None:
    """A bold name in the comment before its text part: the author, in comment systems that print
    it in ``<b>`` and class neither ("<b>Beltway Greg</b> <span>on <a>Sep 21, 3:05 PM</a> said:</span>
    <div class=comment-content>…", a news site's own system). In a comment without a text part a
    bold first line may as well be the subject a reader typed: it is left alone."""
    if item.content is None:
        return None
    content = item.content[1]
    for el in item.element.iter():
        if el is content:
            break
        if el.tag in ("b", "strong") and _name_line(el, languages):
            return el
    return None


def _outside_words(item: _Item, el: etree._Element, date_el: etree._Element) -> bool:
    """Whether a name element stands apart from the comment's words: outside its text part (in a
    header before it or a footer after it), or, in a comment without one, as its header: the name
    and then the date open the comment, and words follow them (a one-word comment before its date,
    "Danke", is no name)."""
    if item.content is not None:
        content = item.content[1]
        return not (el is content or inside(el, {content}) or inside(content, {el}))
    whole, name, when = text_of(item.element), text_of(el), text_of(date_el)
    if not whole.startswith(name):
        return False
    rest = whole[len(name):]
    rest = rest[_NAME_DATE_GAP.match(rest).end():]
    return rest.startswith(when) and bool(rest[len(when):].strip())


def _name_line(el: etree._Element, languages: list[str]) -> str | None:
    """A name alone in an element: short, no sentence, no date, no action or comment count."""
    text = text_of(el)
    if (not text or len(text) > MAX_NAME_LINE_CHARS or len(text.split()) > MAX_NAME_LINE_WORDS
            or _SENTENCE_MARK.search(text) or _ACTION_LINE.match(text) or _COMMENT_HEADING.match(text)
            or search_date(text, languages=languages)):
        return None
    return _author_name(text, languages)


def _item_text(item: _Item, item_elements: set[etree._Element]) -> tuple[str, bool, float]:
    """The comment's words, whether they held a moderation notice, and the share of them that is link text.

    The content element is preferred; when it holds no words (a Drupal title field classed as the
    comment body), the whole comment is read. When that is empty too, the words sit inside a box
    classed as a comment's author or meta line (themes that print the paragraphs inside
    ``.comment-author`` or ``.comment-info``): such boxes holding paragraphs are read, the names and
    dates inside them still left out.
    """
    roots = [item.content[1]] if item.content is not None else []
    for relaxed in (False, True):
        for root in (*roots, item.element):
            found = _text_under(item, root, item_elements, relaxed=relaxed)
            if found[0]:
                return found
    return found


def _text_under(
    item: _Item, root: etree._Element, item_elements: set[etree._Element], *, relaxed: bool
) -> tuple[str, bool, float]:
    def holds_text(el: etree._Element) -> bool:
        return relaxed and el.find(".//p") is not None

    authors = {el for _, el in item.authors if not holds_text(el)}

    def prune(el: etree._Element) -> bool:
        if el is root:
            return False
        tag = el.tag
        if tag in _SKIP_TAGS or tag in _NOT_TEXT_TAGS or el in item_elements or el in authors \
                or _quotes_reader(el):
            return True
        cls = el.get("class")
        if cls or item.row is not None:
            roles = _part_roles(el, item.row)
            if roles.pruned and (roles.form or roles.reply_zone or roles.moderation_note or not holds_text(el)):
                return True
        ident = el.get("id")
        if ident is not None and ident.lower() in _FORM_IDS:
            return True
        props = el.get("itemprop")
        return props is not None and not _FIELD_PROPS.isdisjoint(_props(props))

    raw, link_chars = _block_text(root, prune)
    text, moderated = _strip_moderation(raw)
    return text, moderated, link_chars / max(1, len(raw) - raw.count(" ") - raw.count("\n"))


def _subject(item: _Item, author: str | None) -> str | None:
    """The subject line a reader gave the comment (Drupal's subject field, a forum's heading), which
    begins what they wrote ("Es geht um den Menschen - Danke Herr Borasio" / "und nicht um Geld").

    Headings are left out of the text walk, since most headings in a comment are its frame: the
    author's name (a theme's ``<h3>``), a "Name | date" line, "says:", an action. A candidate is the
    subject when it is none of those and does not sit in the comment's furniture (Drupal's hidden
    "In reply to <parent's subject>").
    """
    for el in item.subjects:
        line = clean_text(text_of(el))
        if (not line or len(line) > MAX_SUBJECT_CHARS or not _WORD.search(line) or line == author
                or _YEAR.search(line) or _COMMENT_HEADING.match(line) or _SAYS_LINE.match(line)
                or _ACTION_LINE.match(line) or _in_furniture(el, item.element) or _holds_header_part(el)):
            continue
        return line
    return None


def _holds_header_part(el: etree._Element) -> bool:
    """A title line holding the comment's author or date part ("<p class=commentTitle><span
    class=commentAuthor>…<span class=commentDate>…") is its header, no subject a reader typed."""
    for part in el.iterdescendants():
        if isinstance(part.tag, str) and (cls := part.get("class")) and (
                (roles := _roles(cls)).author is not None or roles.date):
            return True
    return False


def _in_furniture(el: etree._Element, item_el: etree._Element) -> bool:
    """Whether an element sits in a part of its comment that is not the text (meta line, hidden label)."""
    for ancestor in el.iterancestors():
        if ancestor is item_el:
            return False
        cls = ancestor.get("class")
        if cls and (roles := _roles(cls)).pruned and roles.content is None:
            return True
    return False


def _without_actions(text: str) -> str:
    """Drop trailing "Reply" / "Report" lines a theme prints inside the comment's own block, and such
    a line opening it before the words: a header's action links printed after the name and date
    parts, unclassed (Tistory's skin guide: "<span class=name>…<span class=date>…<span class=control>
    <a class=address>댓글주소</a><a class=modify>수정/삭제</a><a class=write>댓글쓰기</a></span><p>words")."""
    paragraphs = text.split("\n\n")
    while paragraphs and _ACTION_LINE.match(paragraphs[-1]):
        paragraphs.pop()
    while len(paragraphs) > 1 and _ACTION_LINE.match(paragraphs[0]) and len(_ACTION_WORD.findall(paragraphs[0])) > 1:
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _without_tail(text: str) -> str:
    """Drop the vote counts printed under the words ("12 ▲ 3 ▼"), a dash left of a footer's credit
    ("– Name date") and the "Show more" / "Weiterlesen" link after a folded text. Read once the header lines are off, so that a comment of votes alone
    ("+1") under its name line stays the reader's words."""
    paragraphs = text.split("\n\n")
    while len(paragraphs) > 1 and (_VOTE_LINE.fullmatch(last := paragraphs[-1].strip()) or _MARK_LINE.fullmatch(last)):
        paragraphs.pop()
    if (more := _MORE_LINK.search(paragraphs[-1])) and (kept := paragraphs[-1][:more.start()].rstrip()):
        paragraphs[-1] = kept
    elif len(paragraphs) > 1 and _MORE_LINK.match(paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def _strip_moderation(text: str) -> tuple[str, bool]:
    if not _MODERATION_HINT.search(text):
        return text, False
    kept: list[str] = []
    moderated = False
    for paragraph in text.split("\n\n"):
        stripped = _MODERATION.sub("", paragraph, count=1).strip()
        if stripped != paragraph.strip():
            moderated = True
        if stripped:
            kept.append(stripped)
    return "\n\n".join(kept), moderated


def _block_text(root: etree._Element, prune: Callable[[etree._Element], bool]) -> tuple[str, int]:
    """Text of a region as paragraphs separated by blank lines (``<br>`` breaks a line, two a paragraph),
    and how many of its non-space characters are link text.

    lxml's iterwalk does the traversal, iteratively, so a deeply nested comment cannot exhaust the
    recursion and a page of many comments stays cheap.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    link_depth = 0
    link_chars = 0
    skipped: etree._Element | None = None

    def flush() -> None:
        if not current:
            return
        joined = "".join(current).replace("\r", " ")
        current.clear()
        if "\n" not in joined:
            if text := clean_text(joined):
                paragraphs.append(text)
            return
        for chunk in _PARAGRAPH_BREAK.split(joined):
            lines = (clean_text(line) for line in chunk.split("\n"))
            if text := "\n".join(line for line in lines if line):
                paragraphs.append(text)

    def add(text: str) -> None:
        nonlocal link_chars
        current.append(text.replace("\n", " "))
        if link_depth:
            link_chars += len(text) - text.count(" ") - text.count("\n")

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if not isinstance(tag, str) or (el is not root and prune(el)):
                walker.skip_subtree()
                skipped = el
                continue
            if tag in _BLOCK_TAGS:
                flush()
            elif tag == "br":
                current.append("\n")
            elif tag == "a":
                link_depth += 1
            if el.text:
                add(el.text)
            continue
        if el is skipped:
            skipped = None
        elif tag in _BLOCK_TAGS:
            flush()
        elif tag == "a":
            link_depth -= 1
        if el is not root and el.tail:
            add(el.tail)
    flush()
    return "\n\n".join(paragraphs), link_chars


def _item_author(page: Page, item: _Item, languages: list[str]) -> tuple[str | None, str | None]:
    for _, el in sorted(item.authors, key=lambda pair: pair[0]):
        name_el = _name_part(el)
        if name := _author_name(text_of(name_el), languages):
            return name, _author_link(page, name_el, el)
    # The element right before the date, in the meta line, holding a name alone: Dotclear's
    # "<p class=comment-info><a class=comment-number>1</a> From <a>Marie</a> - <time>…" (dotty's
    # _entry-feedback.html), where the line's text before the date also holds the number and the label.
    # Recorded as the author part, so that the text leaves it out.
    if (name_el := _name_before_date(item, languages)) is not None and (name := _author_name(text_of(name_el), languages)):
        item.authors.append((5, name_el))
        return name, _author_link(page, name_el, name_el)
    # A meta line naming both ("geschrieben von Jane am 21. Jan. 2015", "Muriel - Le 22/01/2020 à 12:01").
    for _, el in item.dates:
        line = text_of(el)
        if match := CREDIT_INSIDE.search(line):
            # "Submitted by Jane on Wed, 11/12/2025 - 15:00" (Drupal): the name ends where the day does.
            words = match.group("name")
            if (found := search_date(words, languages=languages)) is not None and found.start > 0:
                words = _DAY_BEFORE_DATE.sub("", words[:found.start])
            if name := _author_name(words, languages):
                return name, None
        if len(line) > 200 or (found := search_date(line, languages=languages)) is None:
            continue
        before = line[:found.start]
        # After a credit word the name runs to the date, commas and all ("Posted by: G. Moore, US CPA,
        # 28 Sep 2011 | 08:54", a comment footer); without one a comma ends it.
        if CREDIT_PREFIX.match(before) and (name := _author_name(before, languages)):
            return name, None
        if (match := _NAME_BEFORE_DATE.fullmatch(before)) and (name := _author_name(match.group("name"), languages)):
            return name, None
    return None, None


def _name_part(el: etree._Element) -> etree._Element:
    """The name inside an author block (``.fn``, ``itemprop=name``); in a block that is a card of
    blocks opening with the name's link (then a bio teaser, "34 Fans") or holding a profile link that
    names its handle (after a badge line), or a credit line opening with
    it and holding the date part too ("<cite><a>Isaac</a> <span class=…-timestamp><abbr title=…>16
    minutes ago</abbr></span></cite>", Yahoo's comments), that link; else the block itself."""
    first_link = None
    card = False
    for part in el.iterdescendants():
        if not isinstance(part.tag, str):
            continue
        if "name" in (part.get("itemprop") or "") or "fn" in (part.get("class") or "").split():
            return part
        if part.tag == "a" and first_link is None and text_of(part):
            first_link = part
        # A line break after the name's link makes the block lines too (Plone's "<a>Name</a><br><small>date").
        card = card or part.tag in _CARD_BLOCKS or (first_link is not None and (_is_date_part(part) or part.tag == "br"))
    if card and first_link is not None and (text_of(el).startswith(text_of(first_link)) or _names_own_profile(first_link)):
        return first_link
    # A card opening with the name in a block of its own ("<p>Jane Doe</p><a>my blog</a>"): that
    # block, not the card, whose text would run the name into the next block's ("Jane Doemy blog").
    if card and not (el.text or "").strip() and (first := next(
            (part for part in el if isinstance(part.tag, str) and text_of(part)), None)) is not None \
            and first.tag in _CARD_BLOCKS and len(first) == 0:
        return first
    return el


def _names_own_profile(link: etree._Element) -> bool:
    """A member's profile link whose address names the handle it prints ("<a href=/social/cliffhammond>
    cliffhammond</a>", "/users/2466/vogel612"): the name, whatever badge line ("HUFFPOST SUPER USER",
    "Top Commenter") a card prints above it."""
    name = text_of(link).casefold()
    return bool(name) and name in urlsplit(link.get("href") or "").path.casefold().split("/")


def _is_date_part(el: etree._Element) -> bool:
    """A part printing a date: a ``<time>``, an ``<abbr title>``, an element classed as a date."""
    return el.tag == "time" or (el.tag == "abbr" and el.get("title") is not None) or _roles_of(el).date


def _author_link(page: Page, name_el: etree._Element, el: etree._Element) -> str | None:
    """The author's own link: inside the name or its block, or around the name; never a comment permalink."""
    links = list(name_el.iter("a"))
    links += [ancestor for ancestor in islice(name_el.iterancestors(), MAX_LINK_CLIMB) if ancestor.tag == "a"]
    if name_el is not el:
        links += list(el.iter("a"))
    for link in links:
        href = link.get("href") or ""
        if "#comment" not in href and "replytocom" not in href and (url := page.absolute(href)):
            return url
    return None


def _header_line(text: str, languages: list[str]) -> tuple[str, str | None, PageDate | None]:
    """The comment's unclassed header lines, read and dropped: a first paragraph that is only the
    comment's date, "By Jane Doe, 15 May 2019" or "Jane says:", and, in comment systems that print
    the header as bare lines before an unnamed text box, the lines around such a date: the name
    alone ("Anna" over "12.11.2025"), the name and date on one line ("#1 Anna (Gast) 12.11.2025"),
    a counter "#1", a badge ("Guest"), a rating or vote line ("★★★★☆", "12 ▲ 3 ▼"), "in reply to
    Anna", a report link; a dated header line broken off the words by a ``<br>`` alone. Only when a
    date line is among them: without one, a short first line may as well be a reader's first words.
    At least one paragraph stays: the words."""
    paragraphs = text.split("\n\n")
    head = paragraphs[0]
    if len(paragraphs) > 1 and len(head) <= MAX_META_LINE_CHARS \
            and (says := _SAYS_LINE.match(head)) and (name := _author_name(says.group("name"), languages)):
        return "\n\n".join(paragraphs[1:]), name, parse_date(says.group("rest"), languages=languages)
    first_line, _, rest_of_first = head.partition("\n")
    if rest_of_first.strip() and len(first_line) <= MAX_META_LINE_CHARS \
            and ((meta := _meta_line(first_line, languages)) is not None and meta[1] is not None
                 or _name_date_line(_HEADER_MARKS.sub("", first_line).strip(), languages) is not None):
        # "<p><b>Anna</b> 12.11.2025<br>Words…": the header line and the words in one paragraph.
        paragraphs[:1] = [first_line, rest_of_first]
    author: str | None = None
    published: PageDate | None = None
    pending_name: str | None = None
    dated = False
    start = 0
    for index, line in enumerate(paragraphs[:MAX_HEADER_LINES]):
        if index == len(paragraphs) - 1 or len(line) > MAX_META_LINE_CHARS:
            break
        bare = _HEADER_MARKS.sub("", line).strip()
        meta = _meta_line(bare, languages) if bare else None
        if meta is None and bare and not dated:
            meta = _name_date_line(bare, languages)
        if meta is not None:
            name, when = meta
            author = author or name or pending_name
            published = published or when
            dated = True
            start = index + 1
        elif not bare or _FRAME_LINE.fullmatch(bare) or _ACTION_LINE.match(line):
            if dated:
                start = index + 1
        elif not dated and author is None and pending_name is None and (name := _bare_name(bare, languages)):
            pending_name = name
        else:
            break
    if not dated:
        return text, None, None
    return "\n\n".join(paragraphs[start:]), author, published


def _name_date_line(line: str, languages: list[str]) -> tuple[str, PageDate] | None:
    """A header line printing a bare name, then the date: "Anna 12.11.2025", "Anna am 12.11.2025 um
    08:15 Uhr", "Ben in reply to Anna 13.11.2025", "Ben antwortete am 13.11.2025", perhaps a time,
    "(edited)" or a report link after it."""
    if (found := search_date(line, languages=languages)) is None:
        return None
    name_part = _REPLY_TO.split(_DAY_BEFORE_DATE.sub("", _ACTION_LEAD.sub("", line[:found.start])), maxsplit=1)[0]
    tail = line[found.end:].strip(" ,;:|–—-()@")
    tail = _EDITED.sub("", _TIME_TAIL.sub("", tail, count=1)).strip(" ,;:|–—-·")
    if (tail and not _ACTION_LINE.match(tail)) or not (name := _bare_name(name_part, languages)):
        return None
    return name, found.value


def _outer_meta(item: _Item, item_elements: set[etree._Element], languages: list[str],
                ) -> tuple[str | None, PageDate | None]:
    """Author and date from the unclassed lines a comment prints outside its text part: Drupal core's
    comment.html.twig (the markup of Stable, Stable 9 and every theme not overriding it) prints
    "<footer><p>Submitted by <span>Name</span> on <span>date</span></p>…" before the classed body
    field; django-contrib-comments' comments/list.html prints "<dt id=c12>date - name</dt>" over the
    <dd> of words; Serendipity's bootstrap4 comments.tpl prints the name and the date as two items of
    "ul.comment_info", each after an icon. The first line giving a date is read, and a bare name on
    the line opening the header before it; the words are not looked at."""
    content = item.content[1] if item.content is not None else None

    def prune(el: etree._Element) -> bool:
        # A heading outside the words is the subject a reader typed, never the header's name line.
        if el is content or el in item_elements or el.tag in _SKIP_TAGS or el.tag in _SUBJECT_TAGS or _quotes_reader(el):
            return True
        cls = el.get("class")
        return cls is not None and ((roles := _roles(cls)).form or roles.reply_zone)

    lines, _ = _block_text(item.element, prune)
    for index, line in enumerate(lines.replace("\n\n", "\n").split("\n")[:MAX_HEADER_LINES]):
        if index == 0:
            first = line
        if len(line) > MAX_META_LINE_CHARS:
            continue
        submitted = _SUBMITTED_BY.match(line)
        if (meta := _meta_line(line, languages)
                or (_name_date_line(line[submitted.end():], languages) if submitted else None)
                or _date_name_line(line, languages)) is not None and meta[1] is not None:
            if meta[0] is None and index == 1:
                return _bare_name(first, languages), meta[1]
            return meta
    return None, None


def _date_name_line(line: str, languages: list[str]) -> tuple[str, PageDate] | None:
    """A line printing the date, a mark, then a bare name: django-contrib-comments' "Nov. 11, 2025,
    8:15 a.m. - Maria Lopez" (``{{ comment.submit_date }} - {{ comment.name }}``)."""
    if (found := search_date(line, languages=languages)) is None or line[:found.start].strip():
        return None
    tail = line[found.end:]
    if not (mark := _DATE_NAME_MARK.match(tail)) or not (name := _bare_name(tail[mark.end():], languages)):
        return None
    return name, found.value


def _footer_line(text: str, languages: list[str]) -> tuple[str, str | None, PageDate | None]:
    """A last paragraph that is only the comment's date, or "By Jane Doe, 15 May 2019": the footer a
    theme prints under the words without classing it (a WordPress theme's "<div><b>18. 05. 2014</b>
    <b>22:38</b></div>" after the text), read and dropped like a header line."""
    rest, _, foot = text.rpartition("\n\n")
    if not rest or len(foot) > MAX_META_LINE_CHARS:
        return text, None, None
    if (meta := _meta_line(foot, languages) or _name_date_line(foot, languages)) is None:
        return text, None, None
    return (rest, *meta)


def _meta_line(line: str, languages: list[str]) -> tuple[str | None, PageDate | None] | None:
    """A line that is a date alone, or a credit and a date ("By Jane Doe, 15 May 2019"): its author and
    date. A time relative to the day the page was printed ("3 hours ago", "vor 2 Tagen"), alone or
    after a name and a mark ("Jane · 3 hours ago"), is such a line too, its date left unread."""
    if relative := _RELATIVE_TIME.search(line):
        head = line[:relative.start()]
        if not head.strip(" ,;:|–—-·()@"):
            return None, None
        if (match := _NAME_BEFORE_DATE.fullmatch(head)) and _HANDLE.fullmatch(match.group("name")):
            return _author_name(match.group("name"), languages), None
        return None
    if (found := search_date(line, languages=languages)) is None:
        return None
    leftover = (line[:found.start] + " " + line[found.end:]).strip(" ,;:|–—-()@")
    # "发布于 2025-11-11 08:15:00 回复该评论": a publication label before the date and the reply link
    # after it (Z-Blog PHP's default comment.php, "&nbsp;发布于&nbsp;{$comment.Time()}" and its
    # "revertcomment" link in one <small>) leave the line a date alone.
    leftover = _CJK_DATE_LABEL.sub("", leftover).strip()
    if not leftover or _ACTION_LINE.match(leftover):
        return None, found.value
    if CREDIT_PREFIX.match(leftover) and (name := _author_name(leftover, languages)):
        return name, found.value
    return None


def _bare_name(text: str, languages: list[str]) -> str | None:
    """A name printed bare in a header line: a few words, no sentence, no digit, no action."""
    text = text.strip(" ,;:|–—-·")
    if (not text or len(text) > MAX_NAME_LINE_CHARS or len(text.split()) > MAX_NAME_LINE_WORDS
            or _SENTENCE_MARK.search(text) or _ACTION_LINE.match(text) or _COMMENT_HEADING.match(text)
            or any(char.isdigit() for char in text)):
        return None
    return _author_name(text, languages)


def _author_name(text: str, languages: list[str]) -> str | None:
    """A commenter's name: "says:" off, Drupal's mark of an anonymous name off; "di" / "de" before a
    name is a word of it, not a credit."""
    return clean_name(_UNVERIFIED.sub("", text), languages=languages, particles=False, says=True)


def _pingback_source(page: Page, el: etree._Element) -> tuple[str | None, str | None]:
    for link in el.iter("a"):
        href = link.get("href") or ""
        name = text_of(link)
        if name and href and "#comment" not in href:
            return name[:MAX_AUTHOR_CHARS], page.absolute(href)
    return None, None


def _item_date(item: _Item, languages: list[str]) -> PageDate | None:
    for _, el in sorted(item.dates, key=lambda pair: pair[0]):
        if value := _date_of(el, languages):
            return value
    # No part classed as the date: themes that print it as bare text in the author line
    # ("<div class='comment-author meta'><strong>Jane</strong> November 12, 2025 at 8:15 am", Avada).
    for _, el in sorted(item.authors, key=lambda pair: pair[0]):
        if (value := _author_part_date(el, languages)) is not None:
            return value
    return None


def _with_dated_descendants(el: etree._Element) -> Iterator[etree._Element]:
    yield el
    yield from _ATTRIBUTE_DATES(el)


def _date_of(el: etree._Element, languages: list[str]) -> PageDate | None:
    """A date from attributes (datetime, content, title), a Blogger permalink, or text naming a year.

    Text without a year ("21:00", "vor 8 Stunden", "yesterday") would be read relative to today,
    which changes with the day the page is read: it is left out.
    """
    for candidate in _with_dated_descendants(el):
        for raw in (candidate.get("datetime"), candidate.get("content"), candidate.get("title")):
            if raw and _YEAR.search(raw) and (value := parse_date(raw, languages=languages)):
                return value
    for link in el.iter("a"):
        if match := _SHOW_COMMENT.search(link.get("href") or ""):
            return datetime.fromtimestamp(int(match.group(1)) / 1000, tz=timezone.utc)
    text = text_of(el)
    if text and len(text) <= 200 and _YEAR.search(text):
        return parse_date(text, languages=languages)
    return None


# --- JSON-LD -------------------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"</p\s*>|\n\s*\n", re.IGNORECASE)


def _from_jsonld(page: Page, languages: list[str]) -> list[Comment]:
    """Comments of the page's objects (``comment`` arrays, replies nested or linked by ``parentItem``)."""
    by_id = {str(obj["@id"]): obj for obj in page.jsonld if isinstance(obj.get("@id"), str)}
    stack: list[tuple[Any, str | None, int]] = []
    for obj in reversed(page.jsonld):
        if "Comment" in jsonld_types(obj):
            stack.append((obj, None, 0))
        elif obj.get("comment"):
            stack.extend((c, None, 0) for c in reversed(_as_list(obj.get("comment"))))
    comments: list[Comment] = []
    seen_objects: set[int] = set()
    seen_ids: set[str] = set()
    counters: dict[str | None, int] = {}
    while stack and len(comments) < MAX_COMMENTS:
        obj, parent, depth = stack.pop()
        if isinstance(obj, dict) and set(obj) <= {"@id", "@type"} and str(obj.get("@id")) in by_id:
            obj = by_id[str(obj["@id"])]
        if not isinstance(obj, dict) or id(obj) in seen_objects:
            continue
        seen_objects.add(id(obj))
        parent = _jsonld_ref(obj.get("parentItem")) or parent
        counters[parent] = counters.get(parent, 0) + 1
        ident = _jsonld_ref(obj) or (f"{parent}.{counters[parent]}" if parent else f"c{counters[parent]}")
        text = _jsonld_text(obj.get("text") or obj.get("commentText") or obj.get("description"))
        if text and ident not in seen_ids:
            seen_ids.add(ident)
            author = obj.get("author") or obj.get("creator")
            if isinstance(author, list):
                author = author[0] if author else None
            comments.append(Comment(
                id=ident,
                author=text_value(author),
                author_url=page.absolute(url_value(author)) if isinstance(author, dict) else None,
                published_at=parse_date(text_value(obj.get("dateCreated") or obj.get("datePublished")
                                                   or obj.get("commentTime")), languages=languages),
                text=text,
                reply_to=parent,
            ))
        if depth < MAX_DEPTH:
            stack.extend((reply, ident, depth + 1) for reply in reversed(_as_list(obj.get("comment"))))
    if stack:
        page.warn(f"comments past the first {MAX_COMMENTS:,} not read")
    known = {comment.id for comment in comments}
    return [c if c.reply_to is None or c.reply_to in known else c.model_copy(update={"reply_to": None})
            for c in comments]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _jsonld_ref(value: Any) -> str | None:
    """A comment's id as the page's anchor for it: the fragment of its ``@id`` / ``url`` when it has one."""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    return (urlsplit(value).fragment if "#" in value else "") or value


def _jsonld_text(value: Any) -> str:
    raw = value if isinstance(value, str) else text_value(value) or ""
    paragraphs = []
    for chunk in _PARAGRAPH_END.split(_BREAK.sub("\n", raw)):
        lines = (clean_text(html.unescape(_TAG.sub(" ", line))) for line in chunk.split("\n"))
        if text := "\n".join(line for line in lines if line):
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


# --- Heuristic -----------------------------------------------------------------------------------


def _from_heading_lists(page: Page, languages: list[str], article: _Article) -> list[Comment]:
    """Repeated dated items right after a "N Comments" heading, for markup without comment classes."""
    headings = (heading for tag in _HEADING_TAGS for heading in page.headings[tag])
    for heading in headings:
        if len(heading) > 5 or not _COMMENT_HEADING.search(heading.text_content()[:200]):
            continue
        listing = _list_after(heading, article)
        if listing is None:
            continue
        if comments := _heuristic_items(page, listing, languages):
            page.regions.claim(listing)
            page.regions.claim(heading)
            return comments
    return []


def _list_after(heading: etree._Element, article: _Article) -> etree._Element | None:
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in ("h1", "h2", "h3") or article.within(sibling):
            return None
        if len(_repeated_children(sibling)) >= 2:
            return sibling
    return None


def _repeated_children(el: etree._Element) -> list[etree._Element]:
    """The children sharing the most common tag and class, when at least two do."""
    children = [child for child in el if isinstance(child.tag, str)]
    shapes: dict[tuple[str, str], int] = {}
    for child in children:
        key = (child.tag, child.get("class") or "")
        shapes[key] = shapes.get(key, 0) + 1
    if not shapes:
        return []
    shape, count = max(shapes.items(), key=lambda pair: pair[1])
    return [child for child in children if (child.tag, child.get("class") or "") == shape] if count >= 2 else []


def _heuristic_items(page: Page, listing: etree._Element, languages: list[str]) -> list[Comment]:
    """Each item needs a date and text beyond author and date; most items must qualify, or none count.

    What a browser does not show (a "send a private message" pop-up kept under ``display: none`` in
    each item) is no part of the comment, nor is its author.
    """
    children = _repeated_children(listing)
    hidden = set(page.hidden)
    comments: list[Comment] = []

    def prune(el: etree._Element) -> bool:
        return el.tag in _SKIP_TAGS or el in hidden or _is_form(el, _roles_of(el))

    for position, child in enumerate(children[:MAX_COMMENTS], start=1):
        whole = _block_text(child, prune)[0]
        dated = search_date(whole[:400], languages=languages)
        if dated is None:
            continue
        label, author = _author_label(child, whole[:dated.start], languages)
        paragraphs = []
        for paragraph in whole.split("\n\n"):
            lines = [line for line in paragraph.split("\n") if not _is_chrome_line(line, author, languages)]
            if lines:
                paragraphs.append("\n".join(lines))
        text, moderated = _strip_moderation("\n\n".join(paragraphs))
        if not text:
            continue
        comments.append(Comment(
            id=_comment_id(child) or f"c{position}",
            author=author or None,
            author_url=page.absolute(label.get("href")) if label is not None and label.tag == "a" else None,
            published_at=dated.value,
            text=text,
            awaiting_moderation=moderated,
        ))
    if len(comments) * 2 < min(len(children), MAX_COMMENTS):
        return []
    if len(children) > MAX_COMMENTS:
        page.warn(f"comments past the first {MAX_COMMENTS:,} not read")
    return comments


def _author_label(item: etree._Element, before_date: str,
                  languages: list[str]) -> tuple[etree._Element | None, str]:
    """The first short link or bold text printed before the item's date: its author."""
    for label in _SHORT_LABELS(item):
        name = _author_name(text_of(label), languages)
        if name and name in before_date and not search_date(name, languages=languages):
            return label, name
    return None, ""


def _is_chrome_line(line: str, author: str, languages: list[str]) -> bool:
    """Lines of a comment's frame: its author (with "says:"), its date, its action links."""
    if not _WORD.search(line):
        return True
    if author and line.startswith(author):
        rest = SAYS.sub("", line[len(author):]).strip(" ,|–—-")
        if not rest or _is_date_line(rest, languages):
            return True
    return bool(_ACTION_LINE.match(line) or _NUMBER_LINE.match(line)) or _is_date_line(line, languages)


def _is_date_line(text: str, languages: list[str]) -> bool:
    found = search_date(text, languages=languages)
    return found is not None and len(text) - (found.end - found.start) < 25


# --- Forum threads -------------------------------------------------------------------------------

# A post of a forum thread as the software marks it (class tokens, lower-cased): vBulletin 4's
# li.postcontainer, XenForo 2's article.message--post, Invision's article.cPost, Discourse's
# div.topic-post. phpBB's div.post is a post only with its id "p<number>" (WordPress prints
# "post" on every article); Reddit names a comment "t1_<id>" (new Reddit: a class token; old
# Reddit: "id-t1_<id>"), its opening post "t3_<id>".
_POST_TOKENS = frozenset({"postcontainer", "message--post", "cpost", "topic-post"})
_REDDIT_COMMENT = re.compile(r"(?:id-)?t1_[0-9a-z]+")
# Where a post's own words are, best first: the software's text box (vBulletin's
# post_message_<n> and postcontent, XenForo's bbWrapper, Discourse's cooked, Invision's rich text,
# Reddit's usertext-body and RichTextJSON-root), then phpBB's plain "content".
_POST_TEXT_TOKENS = frozenset({"bbwrapper", "postcontent", "cooked", "ipstype_richtext", "usertext-body",
                               "richtextjson-root"})
_POST_TEXT_ID = re.compile(r"post_message_\d+")
# The name link first; a line classed "author" may hold "von <name> » <date>".
_POST_USERNAME_TOKENS = frozenset({"username", "username-coloured"})
_PANEL_TAGS = frozenset({"div", "section", "aside", "dl", "td"})
_POST_DATE_TOKENS = frozenset({"date", "postdate", "u-dt", "live-timestamp", "relative-date"})
# Another member's words quoted at the top of (or inside) a reply: vBulletin's bbcode boxes,
# XenForo's bbCodeBlock--quote, Invision's ipsQuote, Discourse's aside.quote; phpBB prints a bare
# blockquote whose cite names the quoted member.
_QUOTE_TOKENS = frozenset({"bbcode_container", "bbcode_quote", "bbcodeblock--quote", "ipsquote", "quote"})
# The printed post number ("#661"): a thread's first post printed is its opening post only when
# it is post 1, or carries no number and the address names no later page.
_POST_NUMBER = re.compile(r"#\s?(\d{1,7})")
_LATER_PAGE = re.compile(r"[?&](?:page|start)=0*[1-9]|/page[-/]0*(?:[2-9]|[1-9]\d)\b", re.IGNORECASE)


def _post_class(value: str) -> bool:
    # Every distinct class value of every page passes here: two substring tests rule out nearly all.
    if "ost" not in value and "t1_" not in value:
        return False
    tokens = value.lower().split()
    return not _POST_TOKENS.isdisjoint(tokens) or any(_REDDIT_COMMENT.fullmatch(token) for token in tokens)


def _phpbb_post_id(value: str) -> bool:
    # By id, not by the "post" class most blogs print: the page's elements are only scanned when
    # a value passes, and a phpBB id is rare elsewhere.
    return value[:1] == "p" and value[1:].isdigit()


def _post_kind(el: etree._Element) -> str | None:
    """"forum" for a thread's post (the first may be the opening post), "reply" for a post that names
    itself a reply (Reddit's t1_), None for anything else."""
    tokens = (el.get("class") or "").lower().split()
    if any(_REDDIT_COMMENT.fullmatch(token) for token in tokens):
        return "reply"
    if not _POST_TOKENS.isdisjoint(tokens):
        return "forum"
    if "post" in tokens and _phpbb_post_id(el.get("id") or ""):
        return "forum"
    return None


@dataclass
class _Post:
    """A forum post's parts, read in one walk of it."""

    element: etree._Element
    text: tuple[int, etree._Element] | None = None
    author: etree._Element | None = None
    # Whether ``author`` is a line classed "author" rather than the name itself.
    author_line: bool = False
    date: etree._Element | None = None
    number: int | None = None


def _from_forum_posts(page: Page, languages: list[str]) -> list[Comment]:
    """The replies of a forum thread: its posts after the opening post, which is the page's text.

    The opening post is the thread's first post printed, unless it carries a number above 1
    ("#661") or the address names a later page: there every post printed is a reply. Quote boxes
    are left out of a reply's text (they hold another member's words).
    """
    found = [el for el in page.named_where(_post_class, _phpbb_post_id)[:MAX_COMMENTS + 1]
             if el.tag in _ITEM_TAGS and _post_kind(el) is not None]
    if not found:
        return []
    all_posts = set(found)
    posts = [_read_post(el, all_posts) for el in found]
    # Replies leave the body when the page's text is elsewhere: the opening post printed above
    # them, or (Reddit) a post of another kind. On a later page of a thread the posts are all the
    # page holds, and the body would otherwise fall to the page's furniture.
    claim = _post_kind(found[0]) == "reply"
    if not claim and _opens_thread(page, posts[0]):
        # With its replies gone, the body's extractor takes the opening post's whole element,
        # member panel and all: the panel is claimed then (a thread of one post is left as it was).
        if len(posts) > 1 and (box := _author_box(posts[0])) is not None:
            page.regions.claim(box)
        posts, claim = posts[1:], True
    comments: list[Comment] = []
    seen: set[str] = set()
    for position, post in enumerate(posts, start=1):
        # A post whose text box is not found is not read: its whole element is the member's
        # panel, counters and actions as much as words.
        text = _post_text(post.text[1], all_posts) if post.text is not None else ""
        if not text:
            continue
        ident = _page_id(post.element) or next(
            (token for token in (post.element.get("class") or "").split() if _REDDIT_COMMENT.fullmatch(token)),
            f"c{position}")
        if ident in seen:
            continue
        seen.add(ident)
        if claim:
            page.regions.claim(post.element)
        author = post.element.get("data-author") or (text_of(post.author) if post.author is not None else "")
        comments.append(Comment(
            id=ident,
            author=_author_name(author, languages) if author else None,
            author_url=_author_link(page, post.author, post.author) if post.author is not None else None,
            published_at=_date_of(post.date, languages) if post.date is not None else None,
            text=text,
        ))
        if len(comments) >= MAX_COMMENTS:
            page.warn(f"comments past the first {MAX_COMMENTS:,} not read")
            break
    return comments


def _read_post(el: etree._Element, all_posts: set[etree._Element]) -> _Post:
    """One walk of the post, not into the posts a broken page nests inside it."""
    post = _Post(el)
    walker = etree.iterwalk(el, events=("start",))
    for _, part in walker:
        if part is not el and part in all_posts:
            walker.skip_subtree()
            continue
        if not isinstance(part.tag, str):
            continue
        tokens = (part.get("class") or "").lower().split()
        rank = 0 if (not _POST_TEXT_TOKENS.isdisjoint(tokens) or _POST_TEXT_ID.fullmatch(part.get("id") or "")) \
            else 1 if "content" in tokens else None
        if rank is not None and (post.text is None or rank < post.text[0]):
            post.text = (rank, part)
        if rank == 0 and post.text[1] is part:
            # The words: no author, date or post number of this post inside them.
            walker.skip_subtree()
            continue
        if not _POST_USERNAME_TOKENS.isdisjoint(tokens):
            if post.author is None or post.author_line:
                post.author, post.author_line = part, False
        elif post.author is None and "author" in tokens:
            post.author, post.author_line = part, True
        if post.date is None and ((part.tag == "time" and part.get("datetime"))
                                  or not _POST_DATE_TOKENS.isdisjoint(tokens)):
            post.date = part
        if post.number is None and part.tag == "a" and not len(part) and (
                match := _POST_NUMBER.fullmatch((part.text or "").strip())):
            post.number = int(match.group(1))
    return post


def _author_box(post: _Post) -> etree._Element | None:
    """The opening post's member panel (name, rank, join date, post count): the part of the post
    holding its author and not its words. The post is the article, its panel no text of it."""
    if post.author is None or post.text is None:
        return None
    holds_text = set(post.text[1].iterancestors())
    box = post.author
    for parent in box.iterancestors():
        if parent in holds_text:
            # A panel is a box of lines; a line naming the author and the date above the words
            # (phpBB's p.author) is the post's byline, which the byline unit reads.
            return box if box.tag in _PANEL_TAGS else None
        box = parent
    return None


def _opens_thread(page: Page, first: _Post) -> bool:
    if first.number is not None:
        return first.number == 1
    return not _LATER_PAGE.search(page.address or "")


def _is_quote_box(el: etree._Element) -> bool:
    if el.tag == "blockquote" and el.find(".//cite") is not None:
        return True
    cls = el.get("class")
    return bool(cls) and not _QUOTE_TOKENS.isdisjoint(cls.lower().split())


def _post_text(root: etree._Element, all_posts: set[etree._Element]) -> str:
    def prune(el: etree._Element) -> bool:
        return el.tag in _SKIP_TAGS or el in all_posts or _is_quote_box(el)

    text, _ = _strip_moderation(_block_text(root, prune)[0])
    return text
