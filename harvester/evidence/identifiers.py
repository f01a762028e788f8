"""Study identifiers in URLs and prose: DOI, PubMed and PMC ids, trial registrations, preprint ids.

Patterns follow each scheme's own definition, so a match is the identifier and normalisation gives
one spelling per study, whichever form a page prints:

- DOI (DOI Handbook 2.2, ISO 26324): ``10.`` + registrant code (digits, optionally dotted) + ``/``
  + suffix. DOIs are case-insensitive, so they are stored lower-case, without ``doi:`` or a
  resolver (``https://doi.org/``), percent-escapes decoded.
- PubMed id: a positive integer (NLM); PMC id: ``PMC`` + digits (NCBI).
- Trial registries of the WHO ICTRP network and the EU: ClinicalTrials.gov ``NCT`` + 8 digits;
  ISRCTN + 8 digits; EudraCT ``YYYY-NNNNNN-CC``; CTIS (EU CT number) ``YYYY-5NNNNN-CC-NN``; jRCT
  ``jRCT`` + 10 digits or a letter + 9; ChiCTR (``ChiCTR`` + 10 digits, or the older
  ``ChiCTR-XXX-YYNNNNN``); ANZCTR ``ACTRN`` + 14 digits; CTRI ``CTRI/YYYY/MM(M)/NNNNNN``; DRKS
  + 8 digits; UMIN-CTR ``UMIN`` + 9 digits; KCT (CRIS) ``KCT`` + 7 digits; PACTR + 15 digits;
  IRCT ``IRCT`` + digits + ``N`` + digits; TCTR + 11 digits.
- arXiv (arXiv identifier scheme): ``YYMM.NNNN(N)`` or the old ``archive/YYMMNNN``; stored without
  its version. medRxiv and bioRxiv ids are the suffix of their ``10.1101/`` DOIs, without version;
  a DOI printed without its server is told apart by the suffix's last group (8 digits: medRxiv,
  6 digits: bioRxiv, as both servers number them).

An EudraCT number looks like a date-stamped serial, so in prose it counts only after the word
"EudraCT"; every other pattern is distinctive on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

__all__ = ["TRIAL_SCHEMES", "Found", "Mention", "identifiers_in_text", "identifiers_in_url", "mentions"]

TRIAL_SCHEMES = (
    "nct", "isrctn", "eudract", "ctis", "jrct", "chictr", "actrn", "ctri", "drks", "umin", "kct", "pactr", "irct", "tctr",
)


@dataclass(frozen=True, order=True)
class Found:
    scheme: str
    value: str


@dataclass(frozen=True)
class Mention:
    """An identifier printed in the text, with the sentence it stands in."""

    scheme: str
    value: str
    sentence: str


# DOI: the suffix may hold any printable character; prose ends it at whitespace, quotes and
# angle brackets, and trailing sentence punctuation is trimmed afterwards.
_DOI = re.compile(r"\b(10\.\d{4,9}(?:\.\d+)*/[^\s\"'<>“”‘’«»]+)", re.IGNORECASE)
_DOI_TRAIL = ".,;:!?)]}'\""
_DOI_URL_TAIL = re.compile(r"(?:/(?:full|abstract|pdf|epdf|fulltext|html|meta|references|figures|suppl)|\.full(?:\.pdf)?|\.pdf|\.abstract)+$", re.IGNORECASE)
_BIORXIV_DOI = re.compile(r"^10\.1101/((?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,8})(?:v\d+)?$")

_TRIALS: dict[str, re.Pattern[str]] = {
    "nct": re.compile(r"\b(NCT)\s?(\d{8})\b", re.IGNORECASE),
    "isrctn": re.compile(r"\b(ISRCTN)\s?(\d{8})\b", re.IGNORECASE),
    "ctis": re.compile(r"\b((?:19|20)\d{2}-5\d{5}-\d{2}-\d{2})\b"),
    "jrct": re.compile(r"\b(jRCT)([a-z]\d{9}|\d{10})\b", re.IGNORECASE),
    "chictr": re.compile(r"\b(ChiCTR)(\d{10}|-[A-Z]{2,5}-\d{7,8})\b", re.IGNORECASE),
    "actrn": re.compile(r"\b(ACTRN)\s?(\d{14})\b", re.IGNORECASE),
    "ctri": re.compile(r"\b(CTRI)\s?/\s?(\d{4}/\d{2,3}/\d{6})\b", re.IGNORECASE),
    "drks": re.compile(r"\b(DRKS)\s?(\d{8})\b", re.IGNORECASE),
    "umin": re.compile(r"\b(UMIN)(?:-CTR)?\s?(\d{9})\b", re.IGNORECASE),
    "kct": re.compile(r"\b(KCT)(\d{7})\b"),
    "pactr": re.compile(r"\b(PACTR)(\d{15})\b", re.IGNORECASE),
    "irct": re.compile(r"\b(IRCT)(\d{8,14}N\d{1,3})\b"),
    "tctr": re.compile(r"\b(TCTR)(\d{11})\b"),
}
# The literal every match of a _TRIALS pattern holds, and whether the pattern is case-blind (the
# literal is then looked for in the lower-cased text).
_LITERALS: dict[str, tuple[str, bool]] = {
    "nct": ("nct", True), "isrctn": ("isrctn", True), "ctis": ("-5", False), "jrct": ("jrct", True),
    "chictr": ("chictr", True), "actrn": ("actrn", True), "ctri": ("ctri", True), "drks": ("drks", True),
    "umin": ("umin", True), "kct": ("KCT", False), "pactr": ("pactr", True), "irct": ("IRCT", False),
    "tctr": ("TCTR", False),
}
# In prose an EudraCT number needs its name before it (within a few words).
_EUDRACT_TEXT = re.compile(r"\bEudraCT\b[^.\n]{0,40}?\b((?:19|20)\d{2}-\d{6}-\d{2})\b(?!-\d)", re.IGNORECASE)
_EUDRACT_URL = re.compile(r"\b((?:19|20)\d{2}-\d{6}-\d{2})\b(?!-\d)")

_PMID_TEXT = re.compile(r"\b(?:PMID|PubMed\s+(?:ID|id)|PubMed)\s*:?\s*(\d{1,8})\b")
_PMCID = re.compile(r"\b(PMC)\s?(\d{4,9})\b")
_ARXIV_TEXT = re.compile(
    r"\barXiv\s*:\s*(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\b", re.IGNORECASE
)
_ARXIV_PATH = re.compile(r"^/(?:abs|pdf|html)/(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?$", re.IGNORECASE)

_PUBMED_PATH = re.compile(r"^/(?:pubmed/)?(\d{1,8})/?$")
# NCBI's Entrez query of PubMed records by their ids, the "PubMed" link Springer's reference lists print beside each
# reference: "/entrez/query.fcgi?cmd=Retrieve&db=PubMed&dopt=Abstract&list_uids=30415629" (one id: the work's).
_ENTREZ_PUBMED = re.compile(r"(?:^|&)db=pubmed(?:&|$)", re.IGNORECASE)
_ENTREZ_UIDS = re.compile(r"(?:^|&)list_uids=(\d{1,8})(?:&|$)", re.IGNORECASE)
_EUROPEPMC_PATH = re.compile(r"^/(?:article|abstract|api/fulltextRepo)/(MED|PMC)/(?:PMC)?(\d{1,9})", re.IGNORECASE)
_NATURE_ARTICLE = re.compile(r"^/articles/([a-z]\d{5}-\d{3}-\d{4,5}-[\dx]|[a-z]{2,}\d{4,6})/?$", re.IGNORECASE)


def normalise_doi(raw: str) -> str | None:
    """``raw`` as a canonical DOI (lower-case, no resolver, no trailing punctuation), else None."""
    text = unquote(raw.strip())
    text = re.sub(r"^(?:https?://)?(?:dx\.)?doi\.org/|^doi:\s*", "", text, flags=re.IGNORECASE)
    match = _DOI.search(text)
    if match is None:
        return None
    doi = _trim_trailing(match.group(1))
    return doi.lower() if "/" in doi and not doi.endswith("/") else None


def _trim_trailing(doi: str) -> str:
    """Strip sentence punctuation after a DOI, keeping closing brackets that pair an opening one."""
    while doi and doi[-1] in _DOI_TRAIL:
        last = doi[-1]
        if last == ")" and doi.count("(") >= doi.count(")"):
            break
        if last == "]" and doi.count("[") >= doi.count("]"):
            break
        doi = doi[:-1]
    return doi


def _doi_extras(doi: str) -> list[Found]:
    """The preprint id a bioRxiv/medRxiv DOI carries (their DOIs share the 10.1101 prefix)."""
    match = _BIORXIV_DOI.match(doi)
    if match is None:
        return []
    suffix = match.group(1)
    server = "medrxiv" if re.search(r"\.\d{8}$", suffix) else "biorxiv"
    return [Found(server, suffix)]


def _trial(scheme: str, match: re.Match[str]) -> Found:
    if scheme == "ctis":
        return Found(scheme, match.group(1))
    prefix, number = match.group(1), match.group(2)
    canonical = {"jrct": "jRCT", "chictr": "ChiCTR"}.get(scheme, prefix.upper())
    if scheme == "jrct":
        number = number.lower()
    elif scheme == "chictr":
        number = number.upper()
    elif scheme == "ctri":
        return Found(scheme, f"CTRI/{number}")
    return Found(scheme, canonical + number)


def identifiers_in_text(text: str) -> list[Found]:
    """Every identifier printed in ``text``, normalised, in order of first appearance, once each."""
    return [found for found, _line, _start in _scan(text)]


# The words or shapes every identifier starts with: a line without one (most lines of an article)
# skips the per-scheme searches, which keeps long pages cheap.
_CANDIDATES = re.compile(
    "|".join(re.escape(literal) for literal in (
        "10.", "nct", "isrctn", "eudract", "jrct", "chictr", "actrn", "ctri", "drks", "umin", "kct", "pactr", "irct",
        "tctr", "pmid", "pubmed", "pmc", "arxiv", "-5",
    ))
)


def _scan(text: str) -> list[tuple[Found, str, int]]:
    """(identifier, its line, its offset in the line) for each identifier's first appearance."""
    seen: set[Found] = set()
    result: list[tuple[Found, str, int]] = []
    for line in text.splitlines():
        # Literals on the case-folded line: one plain search, cheaper than a case-blind one.
        if not _CANDIDATES.search(line.casefold()):
            continue
        for start, found in _scan_line(line):
            if found not in seen:
                seen.add(found)
                result.append((found, line, start))
    return result


def _scan_line(text: str) -> list[tuple[int, Found]]:
    hits: list[tuple[int, Found]] = []
    doi_spans = []
    # Each search runs only on a line holding its pattern's literal (_LITERALS): most lines that
    # pass _CANDIDATES hold one scheme's, and the rest would scan the whole line for nothing.
    # Lower-casing finds the literals of the case-blind patterns exactly in ASCII text only (a few
    # other letters fold to i, k and s there), so other text gets every search.
    lowered = text.lower() if text.isascii() else None
    def has(literals: tuple[str, bool]) -> bool:
        literal, blind = literals
        return lowered is None or literal in (lowered if blind else text)

    for match in _DOI.finditer(text) if "10." in text else ():
        doi_spans.append((match.start(), match.end()))
        doi = normalise_doi(match.group(1))
        if doi:
            hits.append((match.start(), Found("doi", doi)))
            hits.extend((match.start(), extra) for extra in _doi_extras(doi))
    for match in _PMID_TEXT.finditer(text) if "PMID" in text or "PubMed" in text else ():
        hits.append((match.start(), Found("pmid", str(int(match.group(1))))))
    for match in _PMCID.finditer(text) if "PMC" in text else ():
        hits.append((match.start(), Found("pmcid", "PMC" + match.group(2))))
    for match in _ARXIV_TEXT.finditer(text) if has(("arxiv", True)) else ():
        hits.append((match.start(), Found("arxiv", match.group(1))))
    for scheme, pattern in _TRIALS.items():
        if not has(_LITERALS[scheme]):
            continue
        for match in pattern.finditer(text):
            # A registry number inside a DOI (10.1186/ISRCTN12345678) belongs to the DOI.
            if any(start <= match.start() < end for start, end in doi_spans):
                continue
            hits.append((match.start(), _trial(scheme, match)))
    for match in _EUDRACT_TEXT.finditer(text) if has(("eudract", True)) else ():
        hits.append((match.start(1), Found("eudract", match.group(1))))
    hits.sort(key=lambda hit: hit[0])
    return hits


def identifiers_in_url(url: str) -> list[Found]:
    """The identifiers a link's URL carries: resolver and publisher DOIs, database and registry ids."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = unquote(parts.path)
    query = unquote(parts.query)
    found: list[Found] = []

    def add(item: Found) -> None:
        if item not in found:
            found.append(item)

    if host.endswith("arxiv.org"):
        match = _ARXIV_PATH.match(path)
        if match:
            add(Found("arxiv", match.group(1)))
    if host in ("pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov"):
        match = _PUBMED_PATH.match(path.removeprefix("/pubmed") if host == "pubmed.ncbi.nlm.nih.gov" else path)
        if match and (host == "pubmed.ncbi.nlm.nih.gov" or path.startswith("/pubmed/")):
            add(Found("pmid", str(int(match.group(1)))))
    if host == "ncbi.nlm.nih.gov" and path.startswith("/entrez/") and _ENTREZ_PUBMED.search(query):
        match = _ENTREZ_UIDS.search(query)
        if match:
            add(Found("pmid", str(int(match.group(1)))))
    if host == "europepmc.org":
        match = _EUROPEPMC_PATH.match(path)
        if match:
            add(Found("pmid", str(int(match.group(2)))) if match.group(1).upper() == "MED" else Found("pmcid", "PMC" + match.group(2)))
    for match in _PMCID.finditer(path):
        if "pmc" in host or "/pmc/" in path or host == "europepmc.org":
            add(Found("pmcid", "PMC" + match.group(2)))
    if host.endswith("nature.com"):
        match = _NATURE_ARTICLE.match(path)
        if match:
            # Nature Portfolio article URLs carry the DOI suffix after the 10.1038 prefix.
            add(Found("doi", "10.1038/" + match.group(1).lower()))
    for source in (path, query):
        match = _DOI.search(source)
        if match is None:
            continue
        candidate = _DOI_URL_TAIL.sub("", match.group(1))
        if candidate.startswith("10.1101/"):
            candidate = re.sub(r"v\d+$", "", candidate)
        doi = normalise_doi(candidate.split("&", 1)[0])
        if doi:
            add(Found("doi", doi))
            for extra in _doi_extras(doi):
                add(extra)
        break
    text = path + " " + query
    for scheme, pattern in _TRIALS.items():
        for match in pattern.finditer(text):
            if not any(f.scheme == "doi" and match.group(0).lower() in f.value for f in found):
                add(_trial(scheme, match))
    if "clinicaltrialsregister.eu" in host:
        for match in _EUDRACT_URL.finditer(text):
            add(Found("eudract", match.group(1)))
    return found


def mentions(text: str) -> list[Mention]:
    """Identifiers printed in ``text``, each once, with the sentence holding its first mention."""
    result: list[Mention] = []
    if not text:
        return result
    for found, line, start in _scan(text):
        result.append(Mention(found.scheme, found.value, _sentence_at(line, start)))
    return result


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of the line ``text`` around ``offset``: it ends at . ! ? plus a space, or at 。！？."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, offset):
        begin = match.end()
    end_match = _SENTENCE_END.search(text, offset)
    end = end_match.end() if end_match else len(text)
    return " ".join(text[begin:end].split())


_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)|[。！？]+[」』）]*")
