"""Site furniture trafilatura leaves inside the main text: "read also" lines and the closing calls to action.

Two kinds of paragraph are the site's, not the article's, and recognisable by their own words:

- **"Read also" lines** anywhere in the text: a label and a linked headline of another article
  ("Lesen Sie auch: …", "LE PUEDE INTERESAR: …", "À lire aussi : …", "Czytaj też: …"), or the
  bare label of a list of them ("Das Thema könnte dich auch interessieren:").
- **Picture credit lines** anywhere: "Foto: dpa", "Titelbild: …", "Crédits photos : …", "Image
  illustrative : …": the credit of a picture the text no longer shows.
- **Slideshow captions**: "1/50 United goin down …", "2/50 …": a gallery's slides with their
  counter, three or more slides of one gallery (three numbers over the same total), never the
  article's own paragraphs.
- **Advertising disclosures** anywhere: the label over an advertisement or a sponsored post
  ("Anzeige", "Werbung:", "Advertisement") and the notice that a text holds affiliate links or
  earns a commission ("This post contains affiliate links", "Wir erhalten eine Provision"): a
  legal notice of the site, phrased as one (a label alone, "this post contains", "we earn"),
  so that an article's sentence about advertising or affiliate links stays.
- **The closing calls to action** after the article's last paragraph: subscription and newsletter
  pleas, "follow us on …", app downloads, copyright and reprint notices, "log in to comment",
  "back to top", "more topics". Only a run of short paragraphs at the very end is dropped, from the
  last one backwards, stopping at the first that is not furniture: an article that discusses
  newsletters or copyright in its own paragraphs keeps them.

One catalogue, in the languages of the corpora (en, de, fr, es, pt, it, pl, nl); a phrase that
says "subscribe" in another language is added here.
"""

from __future__ import annotations

import re

from harvester.lexicon import READ_ALSO_LABELS, RELATED_LABELS

__all__ = ["MIN_SLIDES", "is_closing_furniture", "is_disclosure", "is_picture_credit", "is_read_also", "is_read_also_intro", "slide_counter"]

# A "read also" line is a label and a headline, never a paragraph of the article.
MAX_READ_ALSO_CHARS = 200
# A picture credit is a label and a name or two.
MAX_CREDIT_CHARS = 120
# A disclosure is a label or a notice of a sentence or three.
MAX_DISCLOSURE_CHARS = 400
# Closing furniture is a line or two; a longer closing paragraph is the article's.
MAX_CLOSING_CHARS = 300

# The labels of related-post headings and of "read also" lines (the lexicon's).
_READ_ALSO_LABEL = rf"(?:{RELATED_LABELS}|{READ_ALSO_LABELS})"
# The label, then a separator and a headline ("Lesen Sie auch: …"), or the label alone.
_READ_ALSO = re.compile(rf"^\W*{_READ_ALSO_LABEL}\s*(?:[:>»|–—-]\s*\S.*|[:>»|–—-]?\W*)$", re.IGNORECASE | re.DOTALL)
# A label announcing a list of other articles: the label alone, or with a few words and a colon
# ("Lesen Sie auch die folgenden Beiträge:").
# The leading run is possessive (`*+`, never given back): no label opens with the characters it
# takes, and giving them back one by one tried every label again after each (200 spaces of
# indentation before a text: 39 us a match, 1.5 us possessive). Same matches.
_READ_ALSO_INTRO = re.compile(rf"^\W*+{_READ_ALSO_LABEL}(?:\s*[:>»|–—-]?\W*|\b[^.!?:]{{0,40}}:\W*)$", re.IGNORECASE)

# "12/50 " or "12 / 50 " opening a caption; a bare counter or a date ("12/05/2020") is not one.
_SLIDE_COUNTER = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s+(?=\D)")
# A gallery is this many slides or more; two numbered lines may be a fraction or a score.
MIN_SLIDES = 3

_PICTURE_CREDIT = re.compile(
    r"^\W*(?:(?:titel|beitrags|vorschau|artikel|header)?bild(?:quelle|nachweis)?|fotos?|photos?|"
    r"photo\s+credits?|image\s+credits?|images?|credits?|crédits?(?:\s+photos?)?|image\s+illustrative|"
    r"imagen(?:es)?|fuente\s+de\s+la\s+imagen|zdjęci[ea]|fot\.|foto\s+di|immagine)\s*:\s*\S",
    re.IGNORECASE,
)
_DISCLOSURE = re.compile(
    # the label alone, or with a separator before what it labels ("Anzeige: …", "*Werbung. …")
    r"^\W*(?:anzeige|werbung|advertisement|advertorial|sponsored(?:\s+(?:post|content))?|publicidad|publicité|"
    r"pubblicità|reklama)\s*(?:$|[:\-–—|.,(\]])|"
    # "this post contains affiliate links", "dieser Beitrag enthält Werbung"
    r"\b(?:this|the)\s+(?:post|article|page|video|story|review)\b[^.]{0,60}\b(?:contains?|includes?)\b[^.]{0,40}"
    r"\b(?:affiliate|sponsored|advertis|paid\s+(?:links?|partnership))|"
    r"\b(?:dieser|diese|dieses)\s+(?:beitrag|artikel|text|post|seite|video)\b[^.]{0,60}\b(?:enthält|beinhaltet)\b"
    r"[^.]{0,40}\b(?:affiliate|werb|anzeige|provision|sponsor)|"
    # "we may earn a commission", "erhalten wir eine kleine Provision"
    r"\b(?:we|i)\s+(?:may\s+|might\s+|will\s+)?(?:receive|earn|get|make)\s+(?:a\s+)?(?:small\s+)?"
    r"(?:share\s+of\s+(?:the\s+)?sales|commission|compensation)|"
    r"\b(?:erhalten|bekommen|verdienen|erhält|bekommt)\s+(?:wir|ich)?\b[^.]{0,40}\bprovision|"
    r"\bas\s+an\s+amazon\s+associate|\bour\s+advertisers\b|\bindependent\s+review\s+process|"
    # links the notice says are affiliate links ("Bei den Verlinkungen handelt es sich um Affiliate Links")
    r"\b(?:links?|verlinkungen)\b[^.]{0,60}\b(?:sind|are|handelt\s+es\s+sich\s+um)\b[^.]{0,30}\baffiliate|"
    r"\baffiliate[-\s]links?\b[^.]{0,40}\b(?:gekennzeichnet|markiert|versehen|marked)\b|"
    r"\b(?:mit|with)\s+affiliate[-\s]links?\s+(?:versehen|markiert|gekennzeichnet)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    # subscriptions, newsletters, apps, social accounts
    r"\bsubscri(?:be|ber|ption)|\bsign(?:ing)?\s+up\b|\bnewsletter|\bfollow\s+(?:us\b|the\s+\w+\s+on\b)|"
    r"\b(?:consider\s+)?support(?:ing)?\s+(?:us|our\s+(?:work|journalism))\b|\bunterstütze|\bunterstützen\s+sie\s+uns|"
    r"\bdownload\s+(?:the|our)\b.{0,40}\bapps?\b|\bjoin\s+(?:us|our)\b|"
    r"\babonnier|\bfolgen\s+sie\s+uns|\bjetzt\s+(?:registrieren|anmelden|abonnieren)|"
    r"\babonne[rz]\b|\babonnez|\bsuivez[-\s]nous|\binscrivez[-\s]vous|"
    r"\bsuscr[ií]b|\bs[ií]gu?enos\b|\búnete\b|\bassine\b|\biscriviti\b|\bzapraszamy\b.{0,40}\bsubskrypc|"
    r"\b(?:telegram|whatsapp|youtube)\b.{0,60}\b(?:canal|channel|kanal)\b|\b(?:canal|channel|kanal)\b.{0,60}"
    r"\b(?:telegram|whatsapp|youtube)\b|"
    # rights and reprints
    r"^\W*(?:©|\(c\)\s)|\bcopyright\b|\ball\s+rights\s+reserved|\balle\s+rechte\s+vorbehalten|"
    r"\btous\s+droits\s+réservés|\btodos\s+los\s+derechos\s+reservados|\bchronion[ya]\s+prawem|"
    r"\bwritten\s+permission\b|\bnachdruck\b|"
    # comments and accounts
    r"\b(?:logged|log|sign)\s+in\s+to\s+(?:comment|post|reply)|\beingeloggt\s+sein|\bangemeldet\s+sein\b|"
    r"\bnicht\s+eingeloggt|"
    # navigation
    r"^\W*(?:back\s+to\s+top|zurück\s+nach\s+oben|nach\s+oben|retour\s+en\s+haut|volver\s+arriba)\W*$|"
    r"^\W*zurück\s+zu(?:r|m)?\s+(?:liste|listenansicht|übersicht|startseite)\W*$|"
    r"^\W*(?:mehr|weitere)\s+(?:themen|artikel|nachrichten|news)\b[^.!?]{0,60}$|^\W*top[-\s]themen\b[^.!?]{0,60}$|"
    r"^\W*more\s+(?:news|stories|articles)\b[^.!?]{0,60}$",
    re.IGNORECASE,
)


# Every alternative of _CLOSING needs a word starting with one of these, or a "©" / "(c)"; every
# alternative of _DISCLOSURE one of the other stems. Both expressions try their dozens of
# alternatives at every position of a paragraph (40 and 14 µs a paragraph), and the boxed-furniture
# test asks about every short paragraph of the body: the words rule most paragraphs out first.
_CLOSING_STEMS = (
    "subscri", "sign", "newsletter", "follow", "support", "unterstütze", "download", "join", "abonn", "folgen",
    "registrieren", "anmelden", "suivez", "inscrivez", "suscr", "sig", "síg", "únete", "assine", "iscriviti",
    "zapraszamy", "telegram", "whatsapp", "youtube", "copyright", "reserved", "vorbehalten", "réservés",
    "reservados", "chronion", "permission", "nachdruck", "log", "eingeloggt", "angemeldet", "top", "oben", "haut",
    "arriba", "zurück", "themen", "artikel", "nachrichten", "news", "stories", "articles",
)
_DISCLOSURE_STEMS = (
    "anzeige", "werbung", "advertis", "advertorial", "sponsor", "paid", "publicidad", "publicité", "pubblicità",
    "reklama", "affiliate", "werb", "provision", "commission", "compensation", "sales", "amazon", "independent",
)
_WORD = re.compile(r"\w+")


def _has_stem(text: str, stems: tuple[str, ...]) -> bool:
    """Whether a word of the text starts with one of the stems (one C-speed test per word)."""
    return any(word.startswith(stems) for word in _WORD.findall(text.casefold()))


def slide_counter(text: str) -> tuple[int, int] | None:
    """A slide caption's counter ("3/50 Title …" gives (3, 50)), else None."""
    match = _SLIDE_COUNTER.match(text)
    if match is None or not 0 < int(match[1]) <= int(match[2]):
        return None
    return int(match[1]), int(match[2])


def is_read_also(text: str) -> bool:
    """A "read also" line: a label and another article's headline, or the label alone."""
    return len(text) <= MAX_READ_ALSO_CHARS and bool(_READ_ALSO.match(text))


def is_read_also_intro(text: str) -> bool:
    """A label announcing a list of other articles, with nothing of theirs after it."""
    return len(text) <= MAX_READ_ALSO_CHARS and bool(_READ_ALSO_INTRO.match(text))


def is_picture_credit(text: str) -> bool:
    """A picture credit line: a credit label and the names after it."""
    return len(text) <= MAX_CREDIT_CHARS and bool(_PICTURE_CREDIT.match(text))


def is_disclosure(text: str) -> bool:
    """An advertising label or an affiliate or sponsoring notice (see the module's docstring)."""
    return (len(text) <= MAX_DISCLOSURE_CHARS and _has_stem(text, _DISCLOSURE_STEMS)
            and bool(_DISCLOSURE.search(text)))


def is_closing_furniture(text: str) -> bool:
    """A short paragraph of the site's closing furniture (see the module's docstring)."""
    return (len(text) <= MAX_CLOSING_CHARS and ("©" in text or "(c)" in text.casefold()
                                                 or _has_stem(text, _CLOSING_STEMS))
            and bool(_CLOSING.search(text)))
