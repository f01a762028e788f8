"""One cleaner for a person's name as a page prints it, for the byline, related cards and comments.

Each of the three units used to carry its own cleaner, and they drifted: only the byline dropped
credentials ("Jane Doe, MD, PhD"), only the related cards stripped an Italian "di", and the
comments' "says" came off before the date was cut, so "Candice Roe says: 3 May 2019" kept its
"says". The steps are the same for all three; the flags say what differs in where the text comes
from, not how a name is cleaned.
"""

from __future__ import annotations

import re
import unicodedata

from harvester.dates import WEEKDAY_NAME, search_date
from harvester.document import clean_text
from harvester.lexicon import (
    AUTHOR_FIELD_LABELS,
    BYLINE_VERBS,
    CJK_DATE_LABELS,
    CREDIT_COLON_LABELS,
    CREDIT_GLUED,
    CREDIT_LABELS,
    CREDIT_PARTICLE,
    CREDIT_POSTPOSITIONS,
    CREDIT_PREFIX,
    CREDIT_WORD_PATTERN,
    JOB_TITLE_ENDINGS,
    MORE_PUBLISHED_LABELS,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    PUBLICATION_DATE_LABELS,
    PUBLISHED_WORDS,
    UPDATE_LABELS,
)

__all__ = ["MAX_NAME_CHARS", "SAYS", "SAYS_VERBS", "clean_name", "is_phrase", "strip_prefix"]

# A person's name in a byline; a commenter's or a card's author may be a longer handle or label.
MAX_NAME_CHARS = 80
MAX_LABEL_CHARS = 120
# A first word naming a job ("Wirtschaftsredakteur", "FOCUS-Online-Experte") before a name of two words or more.
_LEADING_ROLE = re.compile(rf"(?:{JOB_TITLE_ENDINGS}|experte|expertin)$", re.IGNORECASE)
MAX_NAME_WORDS = 8

# "Written by", "By:", "Autorin:", "Text:": what a byline prints before the name; "Text & Fotos:"
# (petri-heil's, "Text und Bilder:") credits the writer of both.
_PREFIX_WORDS = re.compile(
    r"^(?:te?xto?\s*(?:&|\+|und|and|et|y|e)\s*(?:fotos?|photos?|bilder?|images?)\s*:|"
    rf"(?:(?:{'|'.join(BYLINE_VERBS)})\s+by|{CREDIT_WORD_PATTERN}|{'|'.join(CREDIT_LABELS)})(?:\s*[:：]?\s+|\s*[:：]\s*)|"
    rf"(?:{'|'.join(CREDIT_COLON_LABELS)})\s*[:：/]\s*|"
    # Chinese "reporter" before the names, with the outlet's name or "本报" (this paper) before it:
    # "记者 王小明", "本报记者王小明", "新华社记者：张三".
    r"[\u4e00-\u9fff]{0,6}?[记記]者(?:\s*[:：]\s*|\s+|(?=[\u4e00-\u9fff])))",
    re.IGNORECASE,
)
# A postposed credit closing the text: "Ayşe Yılmaz tarafından (yayımlandı)" -> "Ayşe Yılmaz".
_CREDIT_AFTER = re.compile(rf"\s+(?:{'|'.join(CREDIT_POSTPOSITIONS)})\s*[.:]?\s*$", re.IGNORECASE)
# The verbs a commenter's name is followed by: "Jane Doe says:", "Jan sagt …:", "Ramón dijo:" (Spanish
# WordPress themes and Blogger print "dijo").
SAYS_VERBS = r"says|said|wrote|sagt|schreibt|schrieb|meint|dit|a dit|dice|dijo|disse|scrive|zegt"
SAYS = re.compile(rf"\s*(?:{SAYS_VERBS})\s*(?:\.\.\.|…)?\s*:?\s*$", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# What follows a name on its line: a separator and more ("Jane Doe | 3 comments", "Jane Doe —
# 17.07.2011"), a count or date after a comma, a preposition before a date ("Jane am 21. Jan.").
_CUT = re.compile(r"\s*(?:[|•·—–]|\s-{1,2}\s|,\s*\d).*$|"
                  r"\s+(?:am|on|le|um|at|el|il)\s+(?=\S*\d).*$", re.IGNORECASE)
_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:am|on|le|um|at|el|il|@))+\s*$", re.IGNORECASE)
_EDGE_MARKS = " ,;:|–—-·•"
# What is no letter or digit at a name's edges. A vowel sign or other combining mark closing a word
# belongs to it (Hindi "शर्मा", Thai "สมชาย ใจดี", Bengali), though a regular expression's \W holds it.
_EDGE = re.compile(r"^[\s\W_]+")
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf", "Co", "Cs"})
# Lower-case words a credit holds that are no phrase's: a wire printed as itself ("dpa Berlin"), and
# what joins a body's name, which an organization author is cleaned as ("Centre for Health
# Protection", "Bundesamt für Strahlenschutz", "Contributors to Wikimedia projects").
_NAME_WORDS = NAME_PARTICLES | frozenset(agency.casefold() for agency in NEWS_AGENCIES if " " not in agency) \
    | frozenset({"of", "for", "to", "the", "für", "pour", "para", "per", "dla"})
# A credit word closing the text: a link's label whose name went elsewhere ("Autorenseite von", the
# author page's link under tegernseerstimme's author box; "All posts by"). No name ends with one.
_CREDIT_LAST = frozenset({"von", "by", "par", "por", "door"})
# A German place's preposition cut to its letter, "Frankfurt a. M." (am Main), "Freiburg i. Br." (im
# Breisgau), "Neustadt b. Coburg" (bei): an imprint's town, no name ("v." and "d." abbreviate particles).
_PLACE_ABBREVIATION = re.compile(r"^[aib]\.$")

_ROLE_CORE = frozenset({
    "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "journalist", "photographer",
    "producer", "intern", "staff", "editors", "writers", "reporters", "redakteur", "redakteurin", "rédaction",
    "redaction", "journaliste", "correspondant", "redacción", "redaccion", "redazione",
})
_ROLE_WORDS = _ROLE_CORE | frozenset({
    "senior", "contributing", "special", "to", "the", "chief", "associate", "assistant", "managing", "news",
    "health", "science", "editorial", "desk", "team", "freelance", "guest", "author", "in", "at", "large",
    "executive", "deputy", "political", "medical", "digital", "national", "international", "foreign", "sports",
    "business", "tech", "technology", "features", "opinion", "of", "for", "a", "an", "lead", "data", "web",
    "online", "copy", "social", "media", "video", "audio", "investigative", "general", "assignment",
})
# Degrees printed after a name: "Brenda Goodman, MA", "Jane Doe MD, PhD". Not a generational
# suffix: "Martin Luther King III" and "Perry Bacon Jr." are other people without it.
_CREDENTIALS = frozenset({
    "md", "m.d", "phd", "ph.d", "ma", "m.a", "ms", "msc", "bsc", "mph", "rn", "bsn", "do", "dds", "mba", "rd", "ld",
    "ldn", "facp", "faan", "mbbs", "frcp", "cde", "lpn", "np", "pa-c", "jd", "pharmd", "dnp", "mpa", "mfa", "bs", "ba",
    "cpt", "ccc-slp", "lcsw", "psyd", "mscn", "cdces", "faap", "facs", "facc",
})
# A Korean, Japanese or Chinese name with the word for reporter or correspondent after it, as their news
# sites print every byline ("김민수 기자", "山田太郎記者"), a Japanese paper's desk before it
# ("科学医療部・山田太郎記者"): the name alone.
_CJK_REPORTER = re.compile(r"^(?:[\u4e00-\u9fff\u30a0-\u30ff]{1,10}[部局課]・)?"
                           r"(?P<name>[\u4e00-\u9fff\uac00-\ud7a3]{2,5}?)\s*(?:기자|특파원|記者|记者|特派員)$")
_NOT_NAMES = frozenset({
    "share", "follow", "email", "print", "comment", "comments", "posted", "updated", "published", "read more",
    "more", "menu", "home", "search", "by", "anonymous", "unknown", "author", "authors", "staff",
    "guest", "none", "null", "undefined", "facebook", "twitter", "linkedin", "instagram",
    # Cloudflare's stand-in for an obfuscated address ("[email protected]"), printed where the byline's e-mail was
    "email protected",
    # The buttons of the card a byline's name opens (ABC News's "author-overlay": "<a class=close>Close</a>"
    # over its follow links).
    "close", "open", "toggle", "expand", "collapse", "back", "next", "previous", "bio", "full bio", "view bio",
})


def strip_prefix(text: str, *, particles: bool = True, labels: bool = True) -> str:
    """"ByBy Jane Doe", "Written by: Jane Doe", "di Mario Rossi" -> the name: credit prefixes off the
    start, repeated ones too. ``particles``: also an Italian / Spanish / Portuguese "di", "de" before
    a capitalised name, which a comment's author line never prints as a credit; ``labels``: also a
    byline's label ("Autorin:", "Text:", "Redaktion"), which elsewhere is a word of the name
    ("Redaktion Gesundheit Aktuell" commenting under its own article)."""
    while True:
        stripped = CREDIT_GLUED.sub("", CREDIT_PREFIX.sub("", text))
        if labels:
            stripped = _PREFIX_WORDS.sub("", stripped)
        if particles:
            stripped = CREDIT_PARTICLE.sub("", stripped)
        stripped = stripped.strip()
        if stripped == text:
            return text
        text = stripped


def clean_name(text: str, *, languages: list[str] | None = None, particles: bool = True, says: bool = False,
               person: bool = False) -> str | None:
    """The name alone out of a printed credit, or None when nothing is left that can be one.

    "ByByFahad Hussain Nov 26, 2025", "Comment by Jane Doe — 17.07.2011 @ 13:04", "Jane Doe, MD,
    PhD" -> the name: URLs, credit prefixes, what follows a date or separator and trailing degrees
    off. ``languages`` guide the date search; ``particles`` strips "di" / "de" prefixes
    (``strip_prefix``); ``says`` reads a commenter's line: "says:" off, and after a credit only
    what precedes a comma; ``person`` asks for a person's name (a byline): byline labels off
    ("Autorin:"), at most 80 characters and eight words, symbols out, and no role ("Staff Writer")
    or page word ("Share", "Anonymous"), which a comment or a card may carry as its label.
    """
    if person:
        text = "".join(ch for ch in text if unicodedata.category(ch) not in _SYMBOL_CATEGORIES)
    name = clean_text(_URL.sub(" ", text))
    if says:
        name = SAYS.sub("", name)
    prefixed = strip_prefix(name.strip(_EDGE_MARKS), particles=particles, labels=person)
    if says and prefixed != name:
        # "Comment by Jane Doe, 17.07.2011 at 13:04": what follows the comma is no name.
        prefixed = prefixed.split(",")[0]
    name = _CREDIT_AFTER.sub("", prefixed)
    if (found := search_date(name, languages=languages)) is not None:
        # A date before the name is a card's or comment's meta line read whole; one after it ends the name.
        name = name[found.end:] if found.start == 0 else name[:found.start]
    if says:
        name = SAYS.sub("", name.strip(_EDGE_MARKS))
    name = _TRAILING_CONNECTOR.sub("", _CUT.sub("", name.strip(_EDGE_MARKS))).strip(_EDGE_MARKS)
    words = name.split()
    while words and words[-1].casefold().strip(".,") in _CREDENTIALS:
        words.pop()
    name = " ".join(words).strip(_EDGE_MARKS)
    if person:
        return _with_suffix_point(_person(_without_trailing_marks(_EDGE.sub("", name))))
    return _with_suffix_point(name) if name and len(name) <= MAX_LABEL_CHARS and not name.isdigit() else None


def _without_trailing_marks(name: str) -> str:
    """``name`` less what closes it and is no letter, digit or combining mark: "Jane Roe." -> "Jane Roe",
    "राहुल शर्मा" as printed."""
    end = len(name)
    while end:
        letter = end
        while letter and unicodedata.category(name[letter - 1]).startswith("M"):
            letter -= 1
        if letter and name[letter - 1].isalnum():
            break  # marks on a letter are the letter's; on nothing (an emoji's variation selector) they go
        end = letter - 1 if letter else 0
    return name[:end]


def _leading_role_words(words: list[str]) -> int:
    """How many words of a role open ``words``: a run of role words ending with a role's core noun
    ("Health correspondent", "Senior Staff Writer"); 0 when they open with none."""
    run = 0
    for i, word in enumerate(words):
        key = word.strip(".,:").casefold()
        if key not in _ROLE_WORDS:
            break
        if key in _ROLE_CORE:
            run = i + 1
    return run


def _with_suffix_point(name: str | None) -> str | None:
    """The point of a generational suffix the edge marks took: "Perry Bacon Jr." as printed."""
    return name + "." if name and name[-3:].casefold() in (" jr", " sr") else name


_FIELD_LABEL = re.compile(rf"(?:{'|'.join(AUTHOR_FIELD_LABELS)})", re.IGNORECASE)

# A publication's or an update's label, or a credit word, left alone where a name was looked for: what a
# date line holds once its date is cut ("Julkaissut 12.5.2019", Finnish "published by" before the day;
# "Objavljeno: 12.05.2019.", "Publikováno 12. 5. 2019", "Aktualizováno"). The date code's own labels
# (lexicon), an ending allowed on a label ("aktualizov" -> "Aktualizováno"), none on a credit word ("by" is
# no "Byron", "por" no "Porter").
_DATE_LINE_LABEL = re.compile(rf"(?:{CJK_DATE_LABELS}|{PUBLICATION_DATE_LABELS}|{PUBLISHED_WORDS}|{MORE_PUBLISHED_LABELS}|"
                              rf"{UPDATE_LABELS})\w*|(?:{CREDIT_WORD_PATTERN})", re.IGNORECASE)


def _person(name: str) -> str | None:
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return None
    if reporter := _CJK_REPORTER.match(name):
        name = reporter.group("name")
    words = name.split()
    # A role printed before the name: "FOCUS-Online-Experte Robin Tschöpe", "Gastautor Max Muster";
    # one of several words too, closed by its core noun: "Health correspondent Jane Roe", "Senior Staff
    # Writer Jane Roe" (a broadcaster's and a paper's byline). Two capitalised words stay after it.
    if len(words) >= 3 and _LEADING_ROLE.search(words[0]):
        name = " ".join(words[1:])
    elif (role := _leading_role_words(words)) and len(words) - role >= 2 and all(w[:1].isupper() for w in words[role:]):
        name = " ".join(words[role:])
    if not any(ch.isalpha() for ch in name) or name.casefold() in _NOT_NAMES:
        return None
    # Words of a cased script all in lower case are a phrase, not a name: "zuletzt bearbeitet"
    # (last edited), "news service reports"; a login name is one word ("john", "KonstantinNotz").
    if len(name.split()) >= 2 and name == name.lower() and name != name.upper():
        return None
    if is_phrase(name) or (len(name.split()) >= 2 and name.split()[-1].casefold() in _CREDIT_LAST):
        return None
    lowered = [w.strip(".,").casefold() for w in name.split()]
    if set(lowered) <= _ROLE_WORDS and set(lowered) & _ROLE_CORE:
        return None
    if len(lowered) == 1 and lowered[0] in _ROLE_WORDS:
        return None
    # A possessive before another word is a phrase: "By Ali Khan's estimate, the council …", "By
    # Mr. Khan's account" open sentences; no name holds "'s" inside it.
    if any(word.endswith(("'s", "’s")) for word in name.split()[:-1]):
        return None
    # A weekday after "By" opens a sentence, no credit: "By Tuesday, Mayor Ali Khan had signed …".
    if len(lowered) == 1 and WEEKDAY_NAME.match(lowered[0]):
        return None
    # An author field's label read with its items ("Autores, Ana García, Juan López": Drupal's field
    # template prints the label in the field's element) is no one.
    if _FIELD_LABEL.fullmatch(name) or _DATE_LINE_LABEL.fullmatch(name):
        return None
    return name


def is_phrase(text: str) -> bool:
    """Whether words of a cased script read as a phrase, not a name: a lower-case word that is no name
    particle stands before a capitalised one, opening the words ("deinen Hochzeitsbloggern", an author
    meta's "your wedding bloggers") or after one capitalised word ("Krótko o przepisach prawa w Nowej
    Zelandii", a column's label; "Atemschutzmaske über Exit-Strategie", a glossary's heading read where
    the author goes; "Frankfurt a. M", the town of an imprint's address). After a name of two
    capitalised words it opens an affiliation ("Jane Doe of the University of Oxford"); an abbreviation
    with its point ("Dr. med. Anna Berg"), a lower-case word closing the name ("Mobasir hassan", a
    surname as typed) and a login before a legal form ("besserwisser eG") stay."""
    words = text.split()
    lower = [i for i, word in enumerate(words) if (word.isalpha() and word == word.lower() and word != word.upper()
                                                   and word.casefold() not in _NAME_WORDS) or _PLACE_ABBREVIATION.match(word)]
    if not lower or len(words) < 2:
        return False
    first = lower[0]
    capitalised_before = sum(word[:1].isupper() for word in words[:first])
    return (first == 0 or capitalised_before < 2) and any(word[:1].isupper() for word in words[first + 1:])
