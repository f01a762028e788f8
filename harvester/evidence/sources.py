"""What kind of evidence a cited link is, from its URL and text alone (no network look-ups).

The vocabulary (``SOURCE_KINDS``, from ``harvester.models.SourceKind``) is closed and documented
in the README. The curated lists in ``harvester/data/source_domains/<kind>.txt`` give a link the
kind of its longest matching entry (a host matches itself and its subdomains; ``host/path`` also
needs the path prefix), so ``nature.com/articles/d41586-`` (Nature's news) beats ``nature.com``
(its journals). Then, the first answer winning:

1. a listed social network, registry, preprint server or reference work: that kind; a journal
   host whose URL carries a preprint DOI (10.1101/...): ``preprint``;
2. ``press_release`` when the URL path says so (``/press-release/``, ``/pressemitteilung/``,
   ``/newsroom/`` ...), the host is a press office's (``presse.``, ``newsroom.``), the link text
   says so, or a university's, hospital's, agency's or government's own news or release pages are
   linked (their newsrooms publish releases); never for a listed journal article or news outlet;
3. the listed kind;
4. the identifiers the URL carries: a registry number (``trial_registry``), a preprint id or DOI
   (``preprint``), a DOI, PubMed or PMC id (``journal_article``);
5. host and URL forms: a governmental host speaking of health (``public_health_agency``),
   ``.edu`` / ``.ac.*`` / university and hospital words (``institution``), encyclopedia and
   dictionary words in the host or a ``/wiki/``, ``/dictionary/``, ``/glossary/``, ``/lexikon/`` ...
   path (``reference``), newspaper words in the host, a ``/news/`` section or the URL shape of a
   news story (a slug ending in a date or story number, a story number before the slug, a dated
   path under ``/story/`` or ``/article/``; not on blogs, shops, Q&A sites or for uploaded files)
   (``news``);
6. ``other``.

Extending: add a line to the list of the kind (see ``data/source_domains/README.md``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import get_args
from urllib.parse import unquote, urlsplit

from harvester.evidence.identifiers import TRIAL_SCHEMES, Found, identifiers_in_url
from harvester.models import SourceKind

__all__ = ["SOURCE_KINDS", "classify_source", "domain_lists"]

SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)
_LISTED = tuple(kind for kind in SOURCE_KINDS if kind != "other")

# DOI prefixes of preprint servers (their DOIs resolve to a preprint, not a journal article).
PREPRINT_DOI_PREFIXES = (
    "10.1101/",  # bioRxiv, medRxiv
    "10.48550/",  # arXiv
    "10.21203/",  # Research Square
    "10.20944/",  # Preprints.org
    "10.2139/",  # SSRN
    "10.31234/",  # PsyArXiv
    "10.31219/",  # OSF Preprints
    "10.26434/",  # ChemRxiv
    "10.22541/",  # Authorea
    "10.32388/",  # Qeios
    "10.2196/preprints",  # JMIR Preprints
)

_PRESS_PATH = re.compile(
    r"(?:^|[/_.-])(?:press[-_]?releases?|news[-_]?releases?|media[-_]?releases?|pressreleases?|"
    r"press[-_]?room|pressroom|newsroom|press[-_]?center|press[-_]?centre|media[-_]?cent(?:er|re)|"
    r"pressemitteilung(?:en)?|pressemeldung(?:en)?|medienmitteilung(?:en)?|presseinformation(?:en)?|"
    r"communiques?(?:[-_]de)?[-_]presse|communique|notas?[-_]de[-_]prensa|sala[-_]de[-_]prensa|"
    r"comunicados?(?:[-_]de[-_]imprensa)?|comunicati[-_]stampa|persberichten?|"
    r"press|presse|pressrelease|releases)(?:[/_.-]|$)",
    re.IGNORECASE,
)
_PRESS_TEXT = re.compile(
    r"\b(?:press\s+release|news\s+release|media\s+release|pressemitteilung|pressemeldung|medienmitteilung|"
    r"communiqué\s+de\s+presse|nota\s+de\s+prensa|comunicado\s+de\s+prensa|comunicato\s+stampa|"
    r"persbericht)\b|プレスリリース|新闻稿|보도자료",
    re.IGNORECASE,
)
# An institution's or agency's own news pages: their newsrooms publish releases.
_NEWS_PATH = re.compile(
    r"(?:^|/)(?:news|nachrichten|aktuelles|actualites|actualités|actualidad|noticias|noticies|notizie|nieuws|nyheter|media|stories)(?:/|$)",
    re.IGNORECASE,
)
# On a government or institution host, a "release" page is a press release (not software).
_RELEASE_SEGMENT = re.compile(r"(?:^|/)(?:release|releases|media-releases?)(?:/|$)", re.IGNORECASE)
# On a host no rule knows, a /news/ section is most often a news outlet's.
_NEWS_SEGMENT = re.compile(r"^/news/", re.IGNORECASE)
# A press office's own host: presse.inserm.fr, newsroom.example.com.
_PRESS_HOST = re.compile(r"^(?:press|presse|prensa|imprensa|stampa|pressroom|newsroom|mediaroom|media-?centre|media-?center)\.", re.IGNORECASE)

_GOV_HOST = re.compile(
    r"(?:^|\.)(?:gov|gob|gouv|gv|govt|go|gc|admin|bund|europa)\.(?:[a-z]{2,3})$|\.gov$|\.mil$|\.int$|"
    r"(?:^|\.)(?:gov|nhs)\.uk$|\.gc\.ca$|\.gov\.[a-z]{2}$",
    re.IGNORECASE,
)
_HEALTH_WORD = re.compile(
    r"health|sante|santé|salud|saude|salute|gesundheit|medic|disease|pharm|drug|hospital|vaccin|"
    r"mhlw|moh|nih|cdc|sanit|epidem|hygien|infect|zdrow|zdravi|gezondheid|halsa|hälsa|sundhed|terveys|saglik",
    re.IGNORECASE,
)
_INSTITUTION_HOST = re.compile(
    r"\.edu(?:\.[a-z]{2})?$|\.ac\.[a-z]{2}$|(?:^|[.-])(?:uni|univ)[-.]|universi|hochschule|"
    r"hospital|hopital|hôpital|klinik|klinikum|clinic(?!al)|medicalcent|medcenter|healthsystem|"
    r"children'?s|institut|cancercenter|krankenhaus|ospedale|hospitalario|universitair|(?:^|[.-])(?:chu|chru|aphp)[.-]",
    re.IGNORECASE,
)
_REFERENCE_HOST = re.compile(r"wiki|encyclop|dictionar|lexikon|glossar", re.IGNORECASE)
# The shapes of a news story's URL, on a host no list or rule knows: a slug ending in a date or a
# long story number (chaos-theory-in-ecology-20151013, ...-metroid-part-2-1284621108), a story
# number before the slug (/299655/why-your-uber-driver-hates-uber/), an article number
# (/Articles/770966/), a dated path under an article segment (/story/.../2019/11/17/...). A dated
# path alone is not enough: blogs have the same (on 200 links of the corpus pages it moved to news,
# half were blog posts and NGO pages). Blogs, shops, help centres and uploaded files are left out.
_DATED_STORY = re.compile(
    r"(?:^|/)(?:story|stories|article|articles|articulo|artikel|articolo|noticia|noticias)/(?:[^/]+/)*"
    r"(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/",
    re.IGNORECASE,
)
_STORY_SLUG = re.compile(
    r"/[a-z0-9]+(?:-[a-z0-9]+){3,}-(?:(?:19|20)\d{6}|\d{6,})(?:\.html?)?/?$|"
    r"/\d{5,}/[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\.html?)?/?$|"
    r"/(?:article|articles|story|stories)/\d{5,}/?$",
    re.IGNORECASE,
)
_NOT_STORY_HOST = re.compile(
    r"blog|^(?:support|help|docs|developers?|shop|store|kb|forum|forums|community|wiki)\.|"
    r"(?:^|\.)(?:wordpress\.com|blogspot\.[a-z.]+|github\.io|archive\.org|stackoverflow\.com|"
    r"stackexchange\.com|amazon\.[a-z.]+|ebay\.[a-z.]+)$",
    re.IGNORECASE,
)
# Blog posts, questions, shop items, uploaded files (WordPress dates its uploads' folders).
_NOT_STORY_PATH = re.compile(
    r"(?:^|/)(?:blog|blogs|weblog|forum|forums|questions|shop|products?|dp|wp|wp-content|uploads|shareddocs)(?:/|$)|"
    r"\.(?:pdf|jpe?g|png|gif|webp|svg|mp[34]|m4a|docx?|xlsx?|pptx?|zip)$",
    re.IGNORECASE,
)
# A reference work's entry on a host no list knows: a wiki page, a dictionary or glossary entry.
_REFERENCE_PATH = re.compile(
    r"(?:^|/)(?:wiki|dictionary|dictionaries|encyclopedia|encyclopaedia|glossary|lexikon|lexicon|"
    r"w(?:ö|oe)rterbuch|dictionnaire|diccionario|dizionario|dicionario|woordenboek|definition|define)(?:/|$)",
    re.IGNORECASE,
)
_NEWS_HOST = re.compile(
    r"(?:^|[.-])(?:news|times|post|herald|tribune|gazette|zeitung|nachrichten|noticias|daily|courier|"
    r"chronicle|observer|telegraph|journalnews|presse|press(?=\.)|tagblatt|anzeiger|rundschau|kurier)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def domain_lists() -> dict[str, tuple[str, str]]:
    """Every curated entry (``host`` or ``host/path-prefix``, lower-case) with its kind and list file.

    An entry in two lists is a data error: the test of the lists refuses it.
    """
    entries: dict[str, tuple[str, str]] = {}
    folder = resources.files("harvester") / "data" / "source_domains"
    for kind in _LISTED:
        name = f"{kind}.txt"
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip().lower().removeprefix("www.")
            if entry:
                entries.setdefault(entry, (kind, name))
    return entries


@lru_cache(maxsize=1)
def _by_host() -> dict[str, list[tuple[str, str]]]:
    """Entries grouped by host: (path prefix, kind), longest prefix first."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for entry, (kind, _name) in domain_lists().items():
        host, _, path = entry.partition("/")
        grouped.setdefault(host, []).append(("/" + path if path else "", kind))
    for items in grouped.values():
        items.sort(key=lambda item: -len(item[0]))
    return grouped


def listed_kind(host: str, path: str) -> str | None:
    """The kind of the longest curated entry matching ``host`` + ``path`` (both lower-case), else None."""
    best: tuple[int, str] | None = None
    labels = host.split(".")
    lists = _by_host()
    for index in range(len(labels) - 1):
        suffix = ".".join(labels[index:])
        for prefix, kind in lists.get(suffix, ()):
            if path.startswith(prefix) or (prefix and path + "/" == prefix):
                score = len(suffix) + len(prefix) * 2
                if best is None or score > best[0]:
                    best = (score, kind)
                break
    return best[1] if best else None


def classify_source(url: str, text: str = "", identifiers: list[Found] | None = None) -> str:
    """The kind of evidence a link points at (one of ``SOURCE_KINDS``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "other"
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    if not host:
        return "other"
    path = unquote(parts.path).lower()
    if identifiers is None:
        identifiers = identifiers_in_url(url)
    schemes = {found.scheme for found in identifiers}
    dois = [found.value for found in identifiers if found.scheme == "doi"]
    preprint_id = bool(schemes & {"arxiv", "medrxiv", "biorxiv"}) or any(d.startswith(PREPRINT_DOI_PREFIXES) for d in dois)
    listed = listed_kind(host, path)
    if listed in ("social_media", "trial_registry", "preprint", "reference"):
        return listed
    if listed == "journal_article" and preprint_id:
        return "preprint"
    institutional = listed in ("institution", "public_health_agency") or (
        listed is None and (_INSTITUTION_HOST.search(host) is not None or _GOV_HOST.search(host) is not None)
    )
    if listed != "journal_article" or not (schemes & {"doi", "pmid", "pmcid"}):
        if (_PRESS_PATH.search(path) or _PRESS_HOST.match(host)) and listed not in ("journal_article", "news"):
            return "press_release"
        if _PRESS_TEXT.search(text) and listed not in ("journal_article", "news"):
            return "press_release"
        if institutional and (_NEWS_PATH.search(path) or _RELEASE_SEGMENT.search(path)):
            return "press_release"
    # A PubMed record (a PMID the URL carries, as NCBI's Entrez query by id does) describes a paper, on the agency's host.
    if listed == "public_health_agency" and "pmid" in schemes:
        return "journal_article"
    if listed is not None:
        return listed
    if schemes & set(TRIAL_SCHEMES) and "doi" not in schemes:
        return "trial_registry"
    if preprint_id:
        return "preprint"
    if schemes & {"doi", "pmid", "pmcid"}:
        return "journal_article"
    if _is_agency_host(host, path):
        return "public_health_agency"
    if _INSTITUTION_HOST.search(host):
        return "institution"
    if _REFERENCE_HOST.search(host) or _REFERENCE_PATH.search(path):
        return "reference"
    if _NEWS_HOST.search(host) or _NEWS_SEGMENT.search(path) or _is_story_url(host, path):
        return "news"
    return "other"


def _is_story_url(host: str, path: str) -> bool:
    """A news story's URL shape on a host that is not a blog, shop or help centre (governmental and
    academic hosts are decided before this)."""
    if _NOT_STORY_HOST.search(host) or _NOT_STORY_PATH.search(path):
        return False
    return _DATED_STORY.search(path) is not None or _STORY_SLUG.search(path) is not None


def _is_agency_host(host: str, path: str) -> bool:
    """A governmental host whose name or path speaks of health (a ministry, an institute, an agency)."""
    return _GOV_HOST.search(host) is not None and _HEALTH_WORD.search(host + path) is not None
