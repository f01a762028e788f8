"""The evidence layer of one record: classified sources, identifier mentions, artifacts, spam flags.

Runs after the other fields, on what they found: it needs the body's sections and sources, the
related posts' excerpts, the comments and the page's tree (for where each source stands).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from harvester.evidence.artifacts import find_artifacts
from harvester.evidence.identifiers import Found, identifiers_in_text, identifiers_in_url, mentions
from harvester.evidence.places import caption_links, link_places
from harvester.evidence.sources import classify_source
from harvester.evidence.spam import flag_comments
from harvester.models import Artifact, Comment, Identifier, IdentifierMention, Image, RelatedPost, Section, Source
from harvester.text import render_body_text

__all__ = ["Evidence", "classify_sources", "evidence"]


@dataclass
class Evidence:
    sections: list[Section]
    body_text: str
    sources: list[Source]
    identifiers: list[IdentifierMention]
    artifacts: list[Artifact]
    comments: list[Comment]
    error: str | None = None


def classify_sources(
    sources: list[Source], places: dict[str, str] | None = None
) -> list[Source]:
    """Each source with its kind, identifiers (URL first, then link text) and place."""
    classified = []
    for source in sources:
        found: list[Found] = []
        for item in identifiers_in_url(source.url) + identifiers_in_text(source.text):
            if item not in found:
                found.append(item)
        kind = classify_source(source.url, source.text, found)
        place = (places or {}).get(source.url.split("#", 1)[0], "main_text")
        classified.append(source.model_copy(update={
            "kind": kind,
            "identifiers": [Identifier(scheme=f.scheme, value=f.value) for f in found],
            "place": place,
        }))
    return classified


def evidence(
    *,
    tree: etree._Element | None,
    resolve: Callable[[str | None], str | None],
    sections: list[Section],
    sources: list[Source],
    headline: str | None,
    description: str | None,
    related: list[RelatedPost],
    comments: list[Comment],
    images: list[Image] = (),  # type: ignore[assignment]
    cite: Callable[[list[tuple[str | None, str]]], list[Source]] | None = None,
) -> Evidence:
    """The evidence fields; on a failure (a bug), the inputs unchanged and the error to warn about."""
    try:
        if tree is not None and cite is not None:
            # Links in the captions of the article's images are cited too; the main text drops captions.
            known = {source.url for source in sources}
            extra = cite(caption_links(tree, [image.caption for image in images if image.caption]))
            sources = sources + [source for source in extra if source.url not in known]
        return _evidence(tree, resolve, sections, sources, headline, description, related, comments)
    except Exception as exc:  # noqa: BLE001 - one bad page must not cost the record its other fields
        return Evidence(sections, render_body_text(sections), sources, [], [], comments, f"{type(exc).__name__}: {exc}")


def _evidence(
    tree: etree._Element | None,
    resolve: Callable[[str | None], str | None],
    sections: list[Section],
    sources: list[Source],
    headline: str | None,
    description: str | None,
    related: list[RelatedPost],
    comments: list[Comment],
) -> Evidence:
    scan = find_artifacts(sections, headline=headline, description=description, related=related)
    kept = scan.sections
    body_text = render_body_text(kept)
    places = link_places(tree, resolve, [s.url for s in sources]) if tree is not None and sources else {}
    classified = classify_sources(sources, places)
    linked = {(i.scheme, i.value) for s in classified for i in s.identifiers}
    found = [
        IdentifierMention(scheme=m.scheme, value=m.value, sentence=m.sentence, linked=(m.scheme, m.value) in linked)
        for m in mentions(body_text)
    ]
    flagged = flag_comments(comments, headline, body_text)
    return Evidence(kept, body_text, classified, found, scan.artifacts, flagged)
