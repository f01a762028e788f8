"""Spam comments: each comment's signals, and whether they add up to spam.

Signals (``Comment.spam_reasons``):

- ``referral_link``: a link in the text or the author's link that pays for sign-ups: a referral,
  affiliate or invite parameter (``register?ref=``, ``?aff=``, ``?invite_code=``) or a sign-up path
  with a code.
- ``commercial_link``: a link to a host named for a brand or trade of comment spam (exchange,
  casino, pills, loans): ``data/spam/commercial_terms.txt``.
- ``keyword_author``: the author "name" is a keyword phrase or brand ("Meilleur code de
  parrainage Binance", "registro na binance") or a web address.
- ``stock_text``: the text is one of the templates spam campaigns post word for word
  (``data/spam/stock_comments.txt``), compared by word overlap.
- ``generic_praise``: short praise or a request for "more content" that shares no content word
  with the article. Real readers write that too, so it never makes spam on its own.
- ``repeated_text``: the same text on several records of a site's crawl; only the crawl can see
  that, so the crawl's pipeline adds it (:mod:`harvester.crawl.comment_counts`).

A comment is spam when it has any signal but ``generic_praise``. A reader who disagrees, asks
about the article or links a journal has none of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import get_args
from urllib.parse import parse_qsl, urlsplit

from harvester.models import Comment, SpamReason

__all__ = ["SPAM_REASONS", "comment_signals", "flag_comments", "normalise_comment_text"]

SPAM_REASONS: tuple[str, ...] = get_args(SpamReason)
_WEAK = frozenset({"generic_praise"})

_URL = re.compile(r"https?://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+", re.IGNORECASE)
_REFERRAL_PARAM = re.compile(
    r"^(?:ref|refid|ref_id|refcode|ref_code|referral|referralcode|referral_code|referrer|invite|invitecode|invite_code|"
    r"inviter|aff|affid|aff_id|affiliate|affiliate_id|partner|partnerid|promo|promocode|promo_code|bonuscode|tracking_id)$",
    re.IGNORECASE,
)
_SIGNUP_PATH = re.compile(r"(?:^|/)(?:register|registration|register-person|sign-?up|join|invite|referral|activity/referral)(?:[/-]|$)", re.IGNORECASE)
# An author "name" that is a web address: a scheme or www., or a commercial top-level domain
# (user names with dots, "muffin.princess", "Memo.ST", are names).
_DOMAIN_NAME = re.compile(
    r"^(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|io|co|xyz|online|shop|site|store|top|club|pro|"
    r"vip|bet|casino|win|loan|app)(?:/\S*)?)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+", re.UNICODE)
_PRAISE = re.compile(
    r"\b(?:great|nice|good|helpful|helped|interesting|informative|useful|amazing|awesome|excellent|wonderful|fantastic|"
    r"thanks|thank\s+you|appreciate|love|caught\s+my\s+eye|more\s+related\s+content|keep\s+(?:it\s+up|up\s+the\s+good\s+work)|"
    r"toller?\s+(?:artikel|beitrag)|danke|super\s+artikel|merci|très\s+(?:bon|intéressant)|excelente|gracias|muy\s+(?:bueno|útil))\b",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = re.compile(r"\b(?:article|post|blog|content|point\s+of\s+view|website|site|artikel|beitrag|article|artículo|publicación)\b", re.IGNORECASE)
_MAX_GENERIC_WORDS = 45
_MIN_CONTENT_WORD = 5
_STOCK_OVERLAP = 0.8


@lru_cache(maxsize=1)
def _terms() -> tuple[frozenset[str], tuple[str, ...]]:
    """Commercial words (single) and phrases (several words), lower-case."""
    words: set[str] = set()
    phrases: list[str] = []
    text = (resources.files("harvester") / "data" / "spam" / "commercial_terms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().casefold()
        if not entry:
            continue
        (phrases.append(entry) if " " in entry else words.add(entry))
    return frozenset(words), tuple(phrases)


@lru_cache(maxsize=1)
def _stock() -> tuple[frozenset[str], ...]:
    text = (resources.files("harvester") / "data" / "spam" / "stock_comments.txt").read_text(encoding="utf-8")
    return tuple(
        frozenset(_words(line)) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def normalise_comment_text(text: str) -> str:
    """The comment's words only: what stays equal when a campaign posts one text on many pages."""
    return " ".join(_words(_URL.sub(" ", text) if _has_link(text) else text))


def _has_link(text: str) -> bool:
    return "http" in text or "www." in text


def _links(comment: Comment) -> list[str]:
    links = _URL.findall(comment.text) if _has_link(comment.text) else []
    if comment.author_url:
        links.append(comment.author_url)
    return links


def _is_referral(url: str) -> bool:
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
    except ValueError:
        return False
    params = parse_qsl(parts.query, keep_blank_values=True)
    if any(_REFERRAL_PARAM.match(key) and value for key, value in params):
        return True
    return bool(_SIGNUP_PATH.search(parts.path) and params)


def _is_commercial_host(url: str) -> bool:
    try:
        host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").casefold()
    except ValueError:
        return False
    words, _phrases = _terms()
    labels = set(re.split(r"[.-]", host))
    return bool(labels & words) or any(term in host for term in words if "." in term)


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    _words_, phrases = _terms()
    return re.compile(r"(?:^| )(?:" + "|".join(re.escape(p) for p in phrases) + r")(?: |$)")


@lru_cache(maxsize=4096)
def _is_keyword_author(name: str | None) -> bool:
    if not name:
        return False
    name = name.strip()
    if _DOMAIN_NAME.match(name):
        return True
    folded = " ".join(_words(name))
    words, _phrases = _terms()
    return bool(set(folded.split()) & words) or _phrase_pattern().search(folded) is not None


def _is_stock(tokens: set[str]) -> bool:
    if len(tokens) < 5:
        return False
    for template in _stock():
        # Both overlaps need the two lengths within a factor of 0.8 of each other.
        if not _STOCK_OVERLAP * len(template) <= len(tokens) <= len(template) / _STOCK_OVERLAP:
            continue
        shared = len(tokens & template)
        if shared >= _STOCK_OVERLAP * len(template) and shared >= _STOCK_OVERLAP * len(tokens):
            return True
    return False


def _is_generic_praise(text: str, words: list[str], article_words: frozenset[str]) -> bool:
    if not words or len(words) > _MAX_GENERIC_WORDS:
        return False
    if not (_PRAISE.search(text) or _GENERIC_SUBJECT.search(text)):
        return False
    content = {w for w in words if len(w) >= _MIN_CONTENT_WORD and not w.isdigit()}
    return not (content & article_words)


def article_words(*texts: str | None) -> frozenset[str]:
    """The article's content words (5 letters or more), which a real reader's comment shares."""
    generic = {"article", "articles", "thanks", "thank", "great", "about", "there", "their", "would", "could", "should",
               "which", "these", "those", "other", "after", "before", "being", "really", "content", "related"}
    return frozenset(w for text in texts if text for w in _words(text) if len(w) >= _MIN_CONTENT_WORD and w not in generic)


def comment_signals(comment: Comment, words: frozenset[str]) -> list[str]:
    """The spam signals of one comment, in ``SPAM_REASONS`` order."""
    found: set[str] = set()
    for link in _links(comment):
        if _is_referral(link):
            found.add("referral_link")
        if _is_commercial_host(link):
            found.add("commercial_link")
    if _is_keyword_author(comment.author):
        found.add("keyword_author")
    tokens = _words(_URL.sub(" ", comment.text) if _has_link(comment.text) else comment.text)
    if _is_stock(set(tokens)):
        found.add("stock_text")
    if _is_generic_praise(comment.text, tokens, words):
        found.add("generic_praise")
    return [reason for reason in SPAM_REASONS if reason in found]


def is_spam(reasons: Iterable[str]) -> bool:
    return any(reason not in _WEAK for reason in reasons)


def flag_comments(comments: list[Comment], *context: str | None) -> list[Comment]:
    """The comments with ``spam`` and ``spam_reasons`` set; ``context`` is the article's headline and text."""
    words = article_words(*context) if comments else frozenset()
    flagged = []
    for comment in comments:
        reasons = comment_signals(comment, words)
        flagged.append(comment.model_copy(update={"spam": is_spam(reasons), "spam_reasons": reasons}))
    return flagged
