"""The evidence layer's steps over one page's extracted values, each called by a field unit.

Each is named ``extract_<unit>`` after the unit that calls it, as the field extractors are: the
extraction benchmark's time by part finds them by that name.

They run after the body, metadata, related-post and comment units, on what those found: the
body's sections and cited links, the related posts' excerpts, the comments, and the page's tree
(where each source stands, the links in image captions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml import etree

from harvester.evidence.artifacts import ArtifactScan, find_artifacts
from harvester.evidence.identifiers import Found, identifiers_in_text, identifiers_in_url, mentions
from harvester.evidence.places import caption_links, link_places
from harvester.evidence.sources import classify_source
from harvester.evidence.spam import flag_comments
from harvester.models import Comment, Identifier, IdentifierMention, Image, RelatedPost, Section, Source

__all__ = ["classify_sources", "extract_artifacts", "extract_identifiers", "extract_sources", "extract_spam",
           "with_caption_links"]

Cite = Callable[[list[tuple[str | None, str]]], list[Source]]


def extract_artifacts(
    sections: list[Section], headline: str | None, description: str | None, related: Iterable[RelatedPost]
) -> ArtifactScan:
    """The page's artifacts, and its sections without the blocks that are wholly artifacts."""
    return find_artifacts(sections, headline=headline, description=description, related=related)


def extract_sources(
    tree: etree._Element, sources: list[Source], images: Iterable[Image], cite: Cite,
    resolve: Callable[[str | None], str | None],
) -> list[Source]:
    """The body's cited sources and the links of its image captions, classified (``classify_sources``)."""
    return classify_sources(with_caption_links(tree, sources, images, cite), tree, resolve)


def with_caption_links(tree: etree._Element, sources: list[Source], images: Iterable[Image], cite: Cite) -> list[Source]:
    """``sources`` and, after them, the links in the captions of the article's images (the main text drops captions)."""
    links = caption_links(tree, [image.caption for image in images if image.caption])
    if not links:
        return sources
    known = {source.url for source in sources}
    return sources + [source for source in cite(links) if source.url not in known]


def classify_sources(
    sources: list[Source], tree: etree._Element | None = None, resolve: Callable[[str | None], str | None] | None = None
) -> list[Source]:
    """Each source with its kind, identifiers (URL first, then link text) and place on the page."""
    places = link_places(tree, resolve, [s.url for s in sources]) if tree is not None and resolve and sources else {}
    classified = []
    for source in sources:
        found: list[Found] = []
        for item in identifiers_in_url(source.url) + identifiers_in_text(source.text):
            if item not in found:
                found.append(item)
        classified.append(source.model_copy(update={
            "kind": classify_source(source.url, source.text, found),
            "identifiers": [Identifier(scheme=f.scheme, value=f.value) for f in found],
            "place": _place(places.get(source.url.split("#", 1)[0], "main_text"), source.place),
        }))
    return classified


def _place(found: str, listed: str) -> str:
    """The place of the source's first link on the page; "sources_box" where the sources box's reading found that
    link to be one of its entries (``citations.with_source_box``) and the markup around it names no place."""
    return listed if found == "main_text" and listed == "sources_box" else found


def extract_identifiers(body_text: str, sources: Iterable[Source]) -> list[IdentifierMention]:
    """Identifiers printed in the main text, each with its sentence and whether a source links it."""
    linked = {(i.scheme, i.value) for s in sources for i in s.identifiers}
    return [
        IdentifierMention(scheme=m.scheme, value=m.value, sentence=m.sentence, linked=(m.scheme, m.value) in linked)
        for m in mentions(body_text)
    ]


def extract_spam(comments: list[Comment], headline: str | None, body_text: str) -> list[Comment]:
    """The comments, each with its spam flag and reasons (``harvester.evidence.spam``)."""
    return flag_comments(comments, headline, body_text)
