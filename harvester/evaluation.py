"""Quality metrics and gold-corpus loaders for ``harvester evaluate`` and the benchmarks.

Everything here is a pure function of its inputs: the command decides what to run, these decide
how a result is scored, so one scoring rule serves both sides of every comparison.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from harvester.fields.credits import canonical_agency

SHINGLE_SIZE = 4

_TOKEN = re.compile(r"\w+")
_WS = re.compile(r"\s+")
_QUOTES = re.compile("[\"'`\u00ab\u00bb\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u300c\u300d\u300e\u300f]")
# Byline separators between names; "and" in the languages of the corpora.
_NAME_SPLIT = re.compile(r"[\n\r,;|&/\u00b7\u2022]|\s(?:and|und|et|y|e)\s", re.IGNORECASE)
_NAME_PREFIX = re.compile(
    r"^(?:(?:written|posted|edited|reviewed|reported|text|story|words|photos?)\s+)?"
    r"(?:by|par|von|por|di|door|av|af)(?:\s+|$)",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^\w\s]")
# Academic and professional post-nominals: "Brenda Goodman, MA" names one person, not two.
_CREDENTIALS = frozenset({"md", "phd", "ma", "mba", "mph", "ms", "msc", "rn", "np", "pa", "do", "dds", "rd", "jr", "sr"})
# Forms of address before a name: "Dr. Sebastian Brüggemann" is the Sebastian Brüggemann of a list,
# and a religious one the same ("Frater Franziskus", labelled "Franziskus" as the guide says).
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|dipl|mr|mrs|ms|mme|herr|frau|frater|pater|bruder|schwester|father|sister)"
                        r"\.?\s+)+", re.IGNORECASE)
# Words around an agency's name that are not its name: "Agencia EFE" is EFE, "dpa-AFX" stays dpa-AFX.
_AGENCY_WORDS = re.compile(
    r"\b(?:agencia|agence|agentur|agenzia|news\s+agency|press\s+agency|nachrichtenagentur|agency)\b",
    re.IGNORECASE,
)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Elements after which a renderer starts a new line; without a break their words would fuse.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)


# --- headlines -------------------------------------------------------------------------------

def normalise_headline(text: str | None) -> str:
    """NFKC, case folding, quotes removed, whitespace collapsed: typography is not an error."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _WS.sub(" ", _QUOTES.sub("", text)).strip()


def headline_matches(predicted: str | None, gold: str | None) -> bool:
    gold_norm = normalise_headline(gold)
    return bool(gold_norm) and normalise_headline(predicted) == gold_norm


# --- authors ---------------------------------------------------------------------------------

def normalise_name(name: str) -> str:
    """One person's name as compared: the byline's "By" and any parenthesis gone, punctuation
    and case ignored. Empty when nothing name-like remains (dates, credentials)."""
    name = unicodedata.normalize("NFKC", name)
    name = _WS.sub(" ", _PARENTHESES.sub(" ", _QUOTES.sub("", name))).strip()
    while (stripped := _HONORIFIC.sub("", _NAME_PREFIX.sub("", name))) != name:
        name = stripped.strip()
    if any(ch.isdigit() for ch in name):
        return ""
    name = _WS.sub(" ", _NON_WORD.sub(" ", name.casefold())).strip()
    return "" if name in _CREDENTIALS else name


def author_names(values: str | Iterable[str] | None) -> set[str]:
    """The set of normalised names in a byline string or a list of names.

    The gold is a printed byline ("By A, B and C") while extractors give lists; every value goes
    through the same split and normalisation so neither side is favoured.
    """
    if not values:
        return set()
    if isinstance(values, str):
        values = [values]
    names: set[str] = set()
    for value in values:
        # Parentheses go first: "(avec A et B)" or "(http://...)" must not split into names.
        for part in _NAME_SPLIT.split(_PARENTHESES.sub(" ", value or "")):
            if name := normalise_name(part):
                names.add(name)
    return names


def set_f1(predicted: set[str], gold: set[str]) -> float:
    if not predicted or not gold:
        return 1.0 if predicted == gold else 0.0
    return 2 * len(predicted & gold) / (len(predicted) + len(gold))


def agency_names(values: Iterable[str] | None) -> set[str]:
    """Credited agencies as compared: each by its canonical name (the lexicon's AGENCY_ALIASES:
    "Associated Press" is "AP" on both sides, gold and record), the generic "Agencia"/"Agence"/"news
    agency" dropped, case and punctuation ignored, so "Agencia EFE" and "EFE" are one agency."""
    names: set[str] = set()
    for value in values or ():
        name = _AGENCY_WORDS.sub(" ", unicodedata.normalize("NFKC", canonical_agency(value or "")))
        name = _WS.sub(" ", _NON_WORD.sub(" ", name.casefold())).strip()
        if name:
            names.add(name)
    return names


def optional_set_f1(predicted: set[str], gold: set[str]) -> float | None:
    """Set F1, or None when both sides are empty: a page without the field says nothing of it,
    while a name given where the gold has none (a publisher taken for an author) costs."""
    if not predicted and not gold:
        return None
    return set_f1(predicted, gold)


# --- links: related posts and source boxes ---------------------------------------------------

def url_key(url: str | None, base: str | None = None) -> str | None:
    """A URL as compared: resolved against ``base``, without scheme, ``www.``, fragment or final
    slash. http and https, or a trailing slash, are one page to a reader; the query is kept,
    since it can name the page."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True)
class LinkCounts:
    """Links found by URL on one page: matched, all predicted, all in the gold (distinct URLs)."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: LinkCounts) -> LinkCounts:
        return LinkCounts(self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold)


def link_counts(predicted: Iterable[str | None], gold: Iterable[str], base: str | None = None) -> LinkCounts:
    """Both sides resolved against the page's URL (``base``) and compared as :func:`url_key`."""
    pred = {key for url in predicted if (key := url_key(url, base))}
    true = {key for url in gold if (key := url_key(url, base))}
    return LinkCounts(len(pred & true), len(pred), len(true))


def link_scores(counts: Iterable[LinkCounts]) -> Scores:
    """Micro average over pages: every link weighs the same, whichever page holds it."""
    total = sum(counts, LinkCounts())
    return Scores.of(
        total.matched / total.predicted if total.predicted else 0.0,
        total.matched / total.gold if total.gold else 0.0,
    )


# --- reader comments -------------------------------------------------------------------------

def _comment_key(text: str | None) -> str:
    """A comment's text as compared: NFKC and collapsed whitespace, so line breaks and the
    spaces of a copied label are not errors; soft hyphens (U+00AD) are dropped, as no reader sees
    one where the line does not break, whether a label copied them from the markup or not."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text or "").replace("\u00ad", "")).strip()


def comment_counts(predicted: Iterable[str], gold_starts: Iterable[str]) -> LinkCounts:
    """Comments matched, predicted and labelled on one page (the counts links use).

    A predicted comment matches a gold one when its text starts with the gold's ``text_start``;
    each gold comment is matched once, in page order, so two readers who open with "Thanks!"
    are two comments to find, not one.
    """
    gold = [key for start in gold_starts if (key := _comment_key(start))]
    open_gold = list(gold)
    predicted_keys = [_comment_key(text) for text in predicted]
    matched = 0
    for key in predicted_keys:
        for index, start in enumerate(open_gold):
            if key.startswith(start):
                del open_gold[index]
                matched += 1
                break
    return LinkCounts(matched, len(predicted_keys), len(gold))


# --- dates -----------------------------------------------------------------------------------

def calendar_day(value: str | date | None) -> date | None:
    """The calendar day as the page states it, in the page's own offset (no conversion to UTC)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _ISO_DAY.match(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def same_day(predicted: str | date | None, gold: str | date | None) -> bool:
    gold_day = calendar_day(gold)
    return gold_day is not None and calendar_day(predicted) == gold_day


# --- body text: shingles (public article-extraction benchmarks) ------------------------------

@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> Scores:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Overlapping runs of ``size`` ``\\w+`` tokens; a text shorter than that is one shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)))


def shingle_counts(predicted: str | None, gold: str | None, size: int = SHINGLE_SIZE) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingle multisets, scaled to sum to 1 so long pages weigh no more."""
    pred, true = shingles(predicted, size), shingles(gold, size)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def shingle_scores(counts: Sequence[tuple[float, float, float]]) -> Scores:
    """Precision averaged over pages with output, recall over pages with gold, F1 of the two.

    The convention of the public article-extraction benchmark, so figures compare with theirs.
    """
    precisions = [_page_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_page_recall(*c) for c in counts if c[0] + c[2] > 0]
    return Scores.of(
        statistics.fmean(precisions) if precisions else 0.0,
        statistics.fmean(recalls) if recalls else 0.0,
    )


# --- body text: segments (trafilatura's evaluation set) --------------------------------------

@dataclass(frozen=True)
class SegmentCounts:
    kept_with: int = 0
    all_with: int = 0
    kept_without: int = 0
    all_without: int = 0

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(
            self.kept_with + other.kept_with,
            self.all_with + other.all_with,
            self.kept_without + other.kept_without,
            self.all_without + other.all_without,
        )


def segment_counts(text: str | None, with_: Sequence[str], without: Sequence[str]) -> SegmentCounts:
    """A segment is kept when it occurs verbatim in the text, as in trafilatura's own evaluation."""
    text = text or ""
    return SegmentCounts(
        kept_with=sum(1 for s in with_ if s in text),
        all_with=len(with_),
        kept_without=sum(1 for s in without if s in text),
        all_without=len(without),
    )


def segment_scores(counts: Iterable[SegmentCounts]) -> Scores:
    """Counts summed over all pages first (micro average), then precision and recall."""
    total = sum(counts, SegmentCounts())
    kept = total.kept_with + total.kept_without
    return Scores.of(
        total.kept_with / kept if kept else 0.0,
        total.kept_with / total.all_with if total.all_with else 0.0,
    )


# --- comments: anchors as a stand-in gold ----------------------------------------------------

# WordPress and the themes and CMSs that copy it give every reader comment a permalink anchor,
# ``id="comment-123"`` on the comment's element (or ``li-comment-`` / ``div-comment-`` around it).
# Neither corpus has comment gold; on pages carrying such anchors, each anchor is one comment the
# extractor should find, whatever markup the theme prints inside it.
_COMMENT_ANCHORS = etree.XPath(
    "/descendant::*[self::li or self::article or self::div][starts-with(@id, 'comment-') or "
    "starts-with(@id, 'li-comment-') or starts-with(@id, 'div-comment-')]/@id",
    smart_strings=False,
)
_COMMENT_ANCHOR = re.compile(r"^(?:li-|div-)?(comment-\d+)$")


def comment_anchors(data: bytes) -> set[str]:
    """The ``comment-<n>`` anchors of a page's reader comments; empty when it has none or no markup."""
    try:
        root = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return set()
    return {match.group(1) for ident in _COMMENT_ANCHORS(root) if (match := _COMMENT_ANCHOR.match(ident.strip()))}


# --- gold text -------------------------------------------------------------------------------

def fragment_text(html: str) -> str:
    """The text of a gold HTML fragment, with a line break after each block so words never fuse."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return root.text_content()


# --- corpora ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReadabilityCase:
    """One page of the readability corpus with its metadata and body gold."""

    name: str
    source: Path
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    expected_html: Path | None = None
    fields: FieldGold | None = None


@dataclass(frozen=True)
class SegmentCase:
    """One page of the trafilatura evaluation set with its must-have / must-not-have segments."""

    url: str
    source: Path
    with_: tuple[str, ...] = field(default_factory=tuple)
    without: tuple[str, ...] = field(default_factory=tuple)
    fields: FieldGold | None = None


@dataclass(frozen=True)
class LabelledPage:
    """A page of any other collection under the corpus directory, scored on its labelled fields only.

    The shared corpus's pages are all labelled and fitted to; a figure that says how harvester does
    on the next site needs pages from elsewhere (``tools/fetch_external_pages.py``). Such a page has
    no body gold: ``name`` is its path below the corpus directory, as the gold file names it.
    """

    name: str
    source: Path
    fields: FieldGold


@dataclass(frozen=True)
class FieldGold:
    """Hand-labelled fields of one corpus page (``evaluation/gold/fields.json``).

    ``page`` names the page as ``readability/<folder>`` or ``trafilatura-eval/<file>``; ``url``
    is the page's address, against which relative links of both the gold and the output resolve.
    ``headline``, ``people``, ``agencies``, ``related`` and ``sources`` are None where the file says
    ``null`` (or nothing): a holdout labelled for related posts only, or for headlines and authors
    only, whose pages must not count as having no author or no related post. ``published`` is the
    day of first publication as the page prints or declares it, in its own time zone (``YYYY-MM-DD``);
    None where it was not labelled (the older gold files), so those pages are not scored for it.
    """

    page: str
    url: str
    headline: str | None
    people: tuple[str, ...] | None = ()
    agencies: tuple[str, ...] | None = ()
    related: tuple[str, ...] | None = ()
    sources: tuple[str, ...] | None = ()
    published: date | None = None
    # The opening words of each reader comment in page order (None: comments not labelled);
    # ``comments_complete`` is False where a long thread was labelled only in part, so that the
    # comments past the label do not count as false positives.
    comments: tuple[str, ...] | None = None
    comments_complete: bool = True


def load_field_gold(path: Path) -> dict[str, FieldGold]:
    """The labelled pages by name; empty when the file is missing. A malformed file raises."""
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    gold: dict[str, FieldGold] = {}
    for item in data["pages"]:
        gold[item["page"]] = FieldGold(
            page=item["page"],
            url=item["url"],
            headline=item.get("headline"),
            people=_labelled(item.get("people")),
            agencies=_labelled(item.get("agencies")),
            related=_labelled([link["url"] for link in links]) if (links := item.get("related")) is not None else None,
            sources=_labelled([link["url"] for link in links]) if (links := item.get("sources")) is not None else None,
            published=_labelled_day(item.get("published")),
            comments=(
                _labelled([comment["text_start"] for comment in comments])
                if (comments := item.get("comments")) is not None else None
            ),
            comments_complete=item.get("comments_complete", True),
        )
    return gold


def _labelled(names: list[str] | None) -> tuple[str, ...] | None:
    """A list of names or URLs as labelled ([] is a page without any); None where they were not labelled."""
    return None if names is None else tuple(names)


def _labelled_day(value: str | None) -> date | None:
    """A labelled publication day; a value that is no ``YYYY-MM-DD`` day is a labelling error, not
    "not labelled", so it raises instead of silently leaving the page unscored."""
    if value is None:
        return None
    day = calendar_day(value)
    if day is None or day.isoformat() != value:
        raise ValueError(f"published must be YYYY-MM-DD or null, not {value!r}")
    return day


def page_name(case: ReadabilityCase | SegmentCase | LabelledPage) -> str:
    """The name a gold file gives a corpus page: its collection and folder or file name."""
    if isinstance(case, LabelledPage):
        return case.name
    if isinstance(case, ReadabilityCase):
        return f"readability/{case.name}"
    name = case.source.name
    return f"trafilatura-eval/{name.removesuffix('.gz')}"


def load_labelled_pages(root: Path, gold: dict[str, FieldGold], known: set[str]) -> list[LabelledPage]:
    """The labelled pages that are files below ``root`` outside the shared corpus's collections
    (``known`` names those already loaded), in the gold's order; a labelled page that is missing
    from ``root`` is not scored, as a missing page of the shared corpus is not."""
    pages: list[LabelledPage] = []
    for name, fields in gold.items():
        source = root / name
        if name not in known and source.is_file():
            pages.append(LabelledPage(name=name, source=source, fields=fields))
    return pages


def load_readability(root: Path) -> list[ReadabilityCase]:
    """Cases under ``root`` (one folder each with source.html), sorted by folder name."""
    cases: list[ReadabilityCase] = []
    if not root.is_dir():
        return cases
    for folder in sorted(p for p in root.iterdir() if (p / "source.html").is_file()):
        gold: dict[str, object] = {}
        meta_path = folder / "expected-metadata.json"
        if meta_path.is_file():
            gold = json.loads(meta_path.read_text(encoding="utf-8"))
        expected = folder / "expected.html"
        cases.append(
            ReadabilityCase(
                name=folder.name,
                source=folder / "source.html",
                title=_str_or_none(gold.get("title")),
                byline=_str_or_none(gold.get("byline")),
                published=_str_or_none(gold.get("publishedTime")),
                expected_html=expected if expected.is_file() else None,
            )
        )
    return cases


def load_trafilatura_eval(root: Path) -> list[SegmentCase]:
    """Cases listed in ``root/evaldata.json`` whose page exists, in the file's order."""
    index = root / "evaldata.json"
    if not index.is_file():
        return []
    cases: list[SegmentCase] = []
    for url, item in json.loads(index.read_text(encoding="utf-8")).items():
        name = str(item.get("file") or "")
        for candidate in (root / "pages" / f"{name}.gz", root / "pages" / name):
            if name and candidate.is_file():
                cases.append(
                    SegmentCase(
                        url=url,
                        source=candidate,
                        with_=tuple(str(s) for s in item.get("with") or ()),
                        without=tuple(str(s) for s in item.get("without") or ()),
                    )
                )
                break
    return cases


@dataclass(frozen=True)
class CorpusPage:
    """A page file of a corpus, with the URL it was fetched from when the corpus records one."""

    source: Path
    url: str | None = None


# Names of page files in a directory of pages that is not one of the shared corpus's collections.
_PAGE_SUFFIXES = tuple(f"{suffix}{gz}" for suffix in (".html", ".htm", ".xhtml") for gz in ("", ".gz"))


def corpus_pages(root: Path, limit: int | None = None) -> dict[str, list[CorpusPage]]:
    """The pages under ``root`` by collection, at most ``limit`` of each; empty when there are none.

    The shared corpus's collections are read through their own indexes, so that their gold files
    (``expected.html``) are never taken for pages: ``root`` may hold them (``readability/``,
    ``trafilatura-eval/``) or be one of them. Any other directory is one collection, named after
    it: every ``.html``, ``.htm`` or ``.xhtml`` file below it, gzipped or not, outside hidden
    directories, in path order. That is how pages nobody has seen yet get benchmarked.
    """
    readability = load_readability(root / "readability") or load_readability(root)
    segments = load_trafilatura_eval(root / "trafilatura-eval") or load_trafilatura_eval(root)
    collections = {
        "readability": [CorpusPage(case.source) for case in readability[:limit]],
        "trafilatura-eval": [CorpusPage(case.source, case.url) for case in segments[:limit]],
    }
    if not (readability or segments) and root.is_dir():
        files = sorted(
            path for path in root.rglob("*")
            if path.name.lower().endswith(_PAGE_SUFFIXES) and path.is_file()
            and not any(part.startswith(".") for part in path.relative_to(root).parts)
        )
        collections = {root.resolve().name or "pages": [CorpusPage(path) for path in files[:limit]]}
    return {name: pages for name, pages in collections.items() if pages}


def read_page_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix.lower() == ".gz" else data


def find_corpus(explicit: Path | None, *bases: Path) -> Path | None:
    """The corpus directory: the one given, else the first ``../shared/corpus`` from ``bases``.

    The command passes the cwd only (an installed package has no checkout to look beside); the
    benchmarks, which live in the checkout, also pass the checkout.
    """
    if explicit is not None:
        return explicit if explicit.is_dir() else None
    for base in bases:
        candidate = (base / ".." / "shared" / "corpus").resolve()
        if candidate.is_dir():
            return candidate
    return None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
