"""Writing-assistant and template text left on a page: found by its form and its place.

Content farms paste generated drafts without reading them, and the leftovers are how trackers of
unreliable AI-generated sites find them. A phrase list alone would flag honest articles that quote
or discuss such text, so every rule here asks for a form as well as words:

- ``assistant_instruction``: a block that *starts* with an instruction label ("Suggested anchor
  text:"), an assistant's preamble addressed to the writer ("Here's a short, engaging excerpt you
  can place at the top of your article:"), or an instruction to place something in "your
  article/paragraph"; a section whose heading announces a placement guide and whose blocks are
  such instructions is one artifact.
- ``refusal_or_disclaimer``: a block or sentence that *opens* with an assistant's refusal or
  self-description ("As an AI language model", "I cannot fulfill this request").
- ``placeholder``: a bracketed slot left unfilled ("[Insert doctor's name]"), ``{{...}}``, lorem
  ipsum.
- ``seo_scaffolding``: a block, headline or description that opens with an SEO label ("Meta
  description:", "Focus keyword:", "Title:").
- ``keyword_list``: a text that is nothing but a long comma-separated list of short phrases.

Text in quotation marks or in a block quote is never flagged: that is how honest pages show such
text. Blocks that are wholly instruction, refusal, scaffolding or keyword dump are taken out of
the sections (``removed``); a placeholder sits in the article's own sentence, which stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from harvester.models import Artifact, ListBlock, Paragraph, RelatedPost, Section

__all__ = ["ArtifactScan", "find_artifacts"]

_LABEL_INSTRUCTION = re.compile(
    r"^\s*(?:(?:suggested|recommended|proposed|optional|possible)\s+(?:anchor\s+texts?|placements?|internal\s+links?|"
    r"external\s+links?|links?|image|images|captions?|alt\s+texts?|call\s+to\s+action|cta|sources?\s+to\s+cite|headlines?|titles?)|"
    r"anchor\s+texts?|link\s+placement|placement|where\s+to\s+(?:place|put|insert|link)|"
    r"note\s+to\s+(?:the\s+)?(?:writer|editor|author)|writer'?s\s+note|"
    r"vorgeschlagener?\s+(?:ankertext|linktext|platzierung)|ankertext|"
    r"texte\s+d['’]ancrage(?:\s+sugg[ée]r[ée])?|ancre\s+sugg[ée]r[ée]e|"
    r"texto\s+(?:de\s+)?ancla(?:je)?(?:\s+sugerido)?|anclaje\s+sugerido|"
    r"推奨アンカーテキスト|アンカーテキスト)\s*[:：]",
    re.IGNORECASE,
)
# "place this after your paragraph that ...", "use this where you summarize ...".
_PLACE_IN_YOUR = re.compile(
    r"\b(?:place|put|insert|add|use|paste|link)\s+(?:this|these|it|them|the\s+links?)\s+"
    r"(?:after|before|below|above|in|into|at|where|when|near)\b[^.]{0,80}?"
    r"(?:\byour\s+(?:article|post|blog\s+post|paragraph|piece|draft|intro(?:duction)?|conclusion|section|text|content)\b|"
    r"\bwhere\s+you\s+(?:summari[sz]e|describe|discuss|mention|announce|introduce|talk\s+about)\b)",
    re.IGNORECASE,
)
_YOUR_DOCUMENT = re.compile(
    r"\b(?:your|the)\s+(?:article|post|blog\s+post|piece|paragraph|draft|intro(?:duction)?|conclusion|lead\s+paragraph|"
    r"methods?(?:/[\w-]+)*\s+paragraph|source\s+list)\b|\b(?:where|when)\s+you\s+(?:announce|discuss|summari[sz]e|describe|mention)\b",
    re.IGNORECASE,
)
_EDIT_VERB = re.compile(
    r"^\s*(?:(?:after|before|in|when|where|at)\b.{0,160}?,\s*)?(?:add|link|insert|place|put|use|cite|include|paste|mention)\b",
    re.IGNORECASE,
)
_GUIDE_HEADING = re.compile(
    r"\b(?:how|where)\s+to\s+(?:insert|place|add|use|link)\s+(?:them|these|the\s+links?|the\s+sources?|this)\b|"
    r"placement\s+guide|anchor\s+texts?|link\s+suggestions?|suggested\s+(?:links|sources|anchor)|"
    r"internal\s+linking\s+(?:suggestions|plan)|seo\s+(?:notes|checklist)|"
    r"platzierungs?hilfe|so\s+fügen\s+sie|guide\s+de\s+placement|cómo\s+insertar",
    re.IGNORECASE,
)
_PREAMBLE = re.compile(
    r"^\s*(?:(?:sure|certainly|of\s+course|absolutely|great)[!,.]?\s+)?(?:here(?:['’]s|\s+is|\s+are)|below\s+is|"
    r"hier\s+(?:ist|sind)|voici|voilà|aquí\s+(?:tienes|está|están|hay))\b[^:\n]{0,160}[:：]",
    re.IGNORECASE,
)
_PREAMBLE_SURE = re.compile(r"^\s*(?:sure|certainly|of\s+course|absolutely)[!,.]\s+here(?:['’]s|\s+is|\s+are)\b", re.IGNORECASE)
# What makes a "Here is ...:" an assistant's reply rather than a journalist's lead-in.
_PREAMBLE_CUE = re.compile(
    r"\byou\s+(?:can|could|may|might)\s+(?:use|place|paste|add|copy|put|insert)\b|\bfor\s+your\s+(?:article|post|blog|website|readers|site)\b|"
    r"\byour\s+(?:article|post|blog)\b|\b(?:engaging|catchy|seo[- ](?:friendly|optimi[sz]ed)|compelling|click-worthy|"
    r"rewritten|revised\s+version|polished)\b|\bsie\s+(?:können|verwenden)\b|\bihre[mnrs]?\s+(?:artikel|beitrags?)\b|"
    r"\bvous\s+pouvez\b|\bvotre\s+article\b|\bpuedes\s+(?:usar|colocar)\b|\btu\s+art[íi]culo\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:i\s+hope\s+this\s+helps|let\s+me\s+know\s+if\s+you(?:['’]d|\s+would)?\s+(?:like|want|need)\s+(?:me\s+to|any\s+(?:changes|adjustments|edits))|"
    r"feel\s+free\s+to\s+(?:adjust|modify|tweak)\s+(?:the|this)\s+(?:text|tone|article|wording))",
    re.IGNORECASE,
)
_REFUSAL = re.compile(
    r"^\s*(?:as\s+an?\s+(?:ai|artificial\s+intelligence)(?:\s+(?:language\s+)?model|\s+assistant)?\b|as\s+a\s+(?:large\s+)?language\s+model\b|"
    r"i(?:['’]m|\s+am)\s+sorry,?\s+but\s+(?:as\s+an\s+ai|i\s+(?:cannot|can(?:['’]|no)t|am\s+unable|won['’]t))|"
    r"i\s+(?:cannot|can(?:['’]|no)t)\s+(?:fulfil+|comply\s+with|assist\s+with|help\s+with|complete|generate)\s+(?:this|that|your)\s+(?:request|task)|"
    r"i(?:['’]m|\s+am)\s+(?:unable|not\s+able)\s+to\s+(?:fulfil+|comply\s+with|assist\s+with|browse|access\s+real-time)|"
    r"as\s+of\s+my\s+(?:last\s+)?(?:knowledge\s+)?(?:update|cut-?off|training)|my\s+(?:knowledge|training)\s+(?:cut-?off|data\s+(?:only\s+)?(?:goes|extends))|"
    r"i\s+(?:do\s+not|don['’]t)\s+have\s+(?:access\s+to\s+)?(?:real-time|browsing|the\s+ability\s+to\s+browse)|"
    r"als\s+(?:eine?\s+)?(?:ki|künstliche\s+intelligenz)(?:-sprachmodell|\s+sprachmodell)?\b|als\s+sprachmodell\b|"
    r"en\s+tant\s+qu['’](?:ia|intelligence\s+artificielle|assistant)|en\s+tant\s+que\s+(?:modèle\s+de\s+langage|ia)\b|"
    r"como\s+(?:un\s+)?modelo\s+de\s+lenguaje|como\s+(?:una\s+)?(?:ia|inteligencia\s+artificial)\b|"
    r"私はAI(?:言語モデル)?(?:なので|として)|AI言語モデルとして)",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"\[(?:insert|add|enter|include|your|placeholder|name\s+of|company\s+name|product\s+name|brand\s+name|author\s+name|"
    r"doctor['’]?s?\s+name|link\s+to|url\s+of|source\s+(?:name|link|url)|date|location|city|keyword|number|statistic|quote|"
    r"einfügen|name\s+des|ins[ée]rer|votre|nom\s+du|insertar|tu\s+nombre|nombre\s+de)\b[^\]\n]{0,80}\]|"
    r"\{\{\s*[\w .-]{1,40}\s*\}\}|\blorem\s+ipsum\s+dolor\b|【(?:挿入|ここに)[^】]{0,40}】",
    re.IGNORECASE,
)
_SEO_LABEL = re.compile(
    r"^\s*(?:meta\s+description|meta[- ]description|meta\s+title|seo\s+title|seo\s+description|title\s+tag|"
    r"focus\s+key(?:word|phrase)s?|url\s+slug|slug|primary\s+keywords?|secondary\s+keywords?|target\s+keywords?|lsi\s+keywords?|"
    r"meta[- ]beschreibung|fokus-?keyword|méta-?description|meta\s+descripción|palabra\s+clave\s+principal|title|titel|titre|título|"
    r"h1|headline)\s*[:：]",
    re.IGNORECASE,
)
_KEYWORDS_LABEL = re.compile(r"^\s*(?:keywords?|tags|schlagw(?:ö|oe)rter|mots[- ]cl[ée]s|palabras\s+clave)\s*[:：]\s*", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|\"[^\"]*\"|「[^」]*」|『[^』]*』|‘[^’]*’")
# Cheap tests that let most blocks skip the costlier searches: words every refusal rule needs, and
# the characters a placeholder is made of.
# (Substring tests: a third cheaper than one search for all of them, which tries each at every
# position.) The words are grouped by a part every word of the group contains: a text without
# the part holds none of them, so most texts are searched for 11 parts, not 29 words (5.8 -> 3.8
# us a text on the 10,719 texts of 430 corpus pages; tests/test_pattern_guards.py keeps the parts).
_REFUSAL_WORDS = {
    "as ": ("as an ai", "as an artificial", "as a language", "as a large language", "as of my"),
    "sorry": ("sorry",),
    "can": ("cannot", "can't", "can’t"),
    "able": ("unable", "not able"),
    "my ": ("my knowledge", "my training"),
    "have": ("don't have", "don’t have", "do not have"),
    "als ": ("als ki", "als eine ki", "als künstliche", "als sprachmodell"),
    "en tant qu": ("en tant qu",),
    "como ": ("como un modelo", "como modelo", "como una ia", "como ia", "como una inteligencia", "como inteligencia"),
    "言語": ("ai言語",),
    "私は": ("私はai",),
}
_PLACEHOLDER_CHARS = ("[", "{", "【")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?。！？])\s+)(?=\S)")
_MIN_KEYWORDS = 8
# Characters no keyword field holds: CJK punctuation (commas there separate clauses), brackets.
_NO_KEYWORDS = re.compile(r"[。！？；：、，（）()\[\]“”„\"«»]")
_DETERMINER = re.compile(
    r"(?:the|a|an|der|die|das|den|dem|des|ein|eine|le|la|les|l['’]|un|une|des|el|los|las|il|lo|gli|o|os|as|de|het|een)\s",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r"(?:^|\s)(?:and|or|und|oder|et|ou|y|en|och|og)(?:\s|$)", re.IGNORECASE)
# Body kinds taken out of the sections when they make up a whole block.
_REMOVABLE = frozenset({"assistant_instruction", "refusal_or_disclaimer", "seo_scaffolding", "keyword_list"})


@dataclass
class ArtifactScan:
    sections: list[Section]
    artifacts: list[Artifact]


def _quoted(text: str, start: int) -> bool:
    return any(m.start() < start < m.end() for m in _QUOTED.finditer(text))


def _is_instruction(text: str) -> bool:
    """A block that tells the writer what to do with the text (not a reader what to do with their health)."""
    if _LABEL_INSTRUCTION.match(text) or _CLOSING.match(text) or _PREAMBLE_SURE.match(text):
        return True
    preamble = _PREAMBLE.match(text)
    if preamble and _PREAMBLE_CUE.search(preamble.group(0)):
        return True
    if "you" not in text.casefold():
        return False
    match = _PLACE_IN_YOUR.search(text)
    return bool(match and not _quoted(text, match.start()))


def _is_guide_item(text: str) -> bool:
    """An item of a placement guide: an editing verb, about the writer's own document."""
    return _is_instruction(text) or bool(_EDIT_VERB.match(text) and _YOUR_DOCUMENT.search(text))


def _holds_refusal_word(folded: str) -> bool:
    for part, words in _REFUSAL_WORDS.items():
        if part in folded:
            for word in words:
                if word in folded:
                    return True
    return False


def _refusal(text: str) -> tuple[bool, str | None]:
    """(whole block is one, the matched sentence) for refusals opening the block or one of its sentences."""
    folded = text.casefold()
    if not _holds_refusal_word(folded):
        return False, None
    if _REFUSAL.match(text):
        return True, text
    for start in _SENTENCE_START.finditer(text):
        if start.start() == 0:
            continue
        if _REFUSAL.match(text, start.end()) and not _quoted(text, start.end()):
            end = re.search(r"[.!?。！？](?:\s|$)", text[start.end():])
            return False, text[start.end(): start.end() + end.end() if end else len(text)].strip()
    return False, None


def is_keyword_list(text: str) -> bool:
    """A long comma-separated run of short phrases and nothing else (a pasted keyword field).

    Unlabelled, the phrases must be mostly lower-case, as keyword fields are: a sentence listing
    things, a photo-credit line or a run of names is not one. Text in a script without word
    spaces (Chinese, Japanese) is never taken for one: its commas separate clauses.
    """
    if text.count(",") < _MIN_KEYWORDS - 1 or _NO_KEYWORDS.search(text):
        return False
    labelled = _KEYWORDS_LABEL.match(text)
    body = _KEYWORDS_LABEL.sub("", text.strip()).rstrip("…, ").strip()
    if "\n" in body or re.search(r"[.!?;:](?:\s|$)", body) or body.endswith("."):
        return False
    items = [item.strip() for item in body.split(",") if item.strip()]
    if len(items) < _MIN_KEYWORDS or any(len(item.split()) > 4 or len(item) > 40 for item in items):
        return False
    if any(_CONJUNCTION.search(item) for item in items):
        return False
    # Phrases with articles ("der Innenraum, die Sitze, ...") are a list in prose, not keywords.
    if sum(bool(_DETERMINER.match(item)) for item in items) >= 0.3 * len(items):
        return False
    if not labelled and sum(item[:1].islower() for item in items) < 0.6 * len(items):
        return False
    return sum(len(item.split()) <= 2 for item in items) >= 0.7 * len(items)


def classify_text(text: str) -> tuple[str, bool, str] | None:
    """The artifact a standalone text is: (kind, covers the whole text, the artifact's text), else None."""
    stripped = text.strip()
    if not stripped:
        return None
    if _is_instruction(stripped):
        return "assistant_instruction", True, stripped
    whole, sentence = _refusal(stripped)
    if whole:
        return "refusal_or_disclaimer", True, stripped
    if _SEO_LABEL.match(stripped):
        return "seo_scaffolding", True, stripped
    if is_keyword_list(stripped):
        return "keyword_list", True, stripped
    if sentence:
        return "refusal_or_disclaimer", False, sentence
    # "lorem" in the lower-cased text is what a case-blind search finds: only A-Z fold to its letters.
    may_hold = any(char in stripped for char in _PLACEHOLDER_CHARS) or "lorem" in stripped.lower()
    for match in _PLACEHOLDER.finditer(stripped) if may_hold else ():
        if not _quoted(stripped, match.start()):
            return "placeholder", False, match.group(0)
    return None


def find_artifacts(
    sections: list[Section],
    *,
    headline: str | None = None,
    description: str | None = None,
    related: Iterable[RelatedPost] = (),
) -> ArtifactScan:
    """Artifacts of every place, and the sections without the blocks that are wholly artifacts."""
    artifacts: list[Artifact] = []
    for where, text in (("headline", headline), ("description", description)):
        found = classify_text(text) if text else None
        # A headline is short: only scaffolding and placeholders are told by form there.
        if found and (where == "description" or found[0] in ("seo_scaffolding", "placeholder", "refusal_or_disclaimer")):
            artifacts.append(Artifact(kind=found[0], text=found[2], where=where))
    kept: list[Section] = []
    for section in sections:
        if _is_guide_section(section):
            lines = [section.heading or ""] + [line for block in section.blocks for line in _block_lines(block)]
            artifacts.append(Artifact(
                kind="assistant_instruction", text="\n".join(l for l in lines if l), where="body",
                section=section.heading, removed=True,
            ))
            continue
        if section.heading:
            found = classify_text(section.heading)
            if found and found[0] in ("seo_scaffolding", "placeholder", "refusal_or_disclaimer"):
                artifacts.append(Artifact(kind=found[0], text=found[2], where="body", section=section.heading))
        blocks = []
        for block in section.blocks:
            kept_block = _scan_block(block, section.heading, artifacts)
            if kept_block is not None:
                blocks.append(kept_block)
        if blocks or section.heading:
            # A section with all its blocks kept is kept as it is: a copy per section cost more
            # than the scan of its text on most pages.
            unchanged = len(blocks) == len(section.blocks) and all(a is b for a, b in zip(blocks, section.blocks))
            kept.append(section if unchanged else section.model_copy(update={"blocks": blocks}))
    for post in related:
        if post.excerpt:
            found = classify_text(post.excerpt)
            if found:
                artifacts.append(Artifact(kind=found[0], text=found[2], where="related_post"))
    return ArtifactScan(kept, artifacts)


def _block_lines(block: object) -> list[str]:
    if isinstance(block, ListBlock):
        return list(block.items)
    text = getattr(block, "text", None)
    return [text] if text else []


def _is_guide_section(section: Section) -> bool:
    """A section announced as a placement guide whose blocks are instructions to the writer."""
    if not section.heading or not _GUIDE_HEADING.search(section.heading):
        return False
    lines = [line for block in section.blocks for line in _block_lines(block)]
    return bool(lines) and sum(_is_guide_item(line) for line in lines) * 2 >= len(lines)


def _scan_block(block: object, heading: str | None, artifacts: list[Artifact]) -> object | None:
    """Record the block's artifacts; return the block to keep (None when it is wholly an artifact)."""
    if isinstance(block, Paragraph):
        found = classify_text(block.text)
        if found is None:
            return block
        kind, whole, text = found
        removed = whole and kind in _REMOVABLE
        artifacts.append(Artifact(kind=kind, text=text, where="body", section=heading, removed=removed))
        return None if removed else block
    if isinstance(block, ListBlock):
        items = []
        for item in block.items:
            found = classify_text(item)
            if found is None:
                items.append(item)
                continue
            kind, whole, text = found
            removed = whole and kind in _REMOVABLE
            artifacts.append(Artifact(kind=kind, text=text, where="body", section=heading, removed=removed))
            if not removed:
                items.append(item)
        if not items:
            return None
        return block if len(items) == len(block.items) else block.model_copy(update={"items": items})
    # Quotes, tables and code show text; they are never the page's own leftovers.
    return block
