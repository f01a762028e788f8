"""Regions of the page a field unit claimed as not the article's own: the only keeper of that mark.

The comment and related-post units find their regions first and claim them; the body, byline,
breadcrumb, tag and image units must then leave anything inside them alone. The mark is an
attribute on the element, not only a set in memory, because trafilatura works on copies of the
tree and a profile's body is a copy too: a claimed region must be recognisable in those.
The field runner orders the units so that every claim is made before any unit that reads claims
runs (``FieldUnit.claims`` / ``FieldUnit.reads_claims``).
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

MARK = "data-harvester-exclude"
# How far up an element's ancestors a claim is looked for: claimed regions (a comment list, a
# related block) sit close above what they hold; hostile nesting is much deeper.
MAX_ANCESTORS = 200
# An XPath finding every claimed region of a tree, for a copy of the tree whose paths differ.
CLAIMED = f"//@{MARK}/.."


class Regions:
    """The claimed regions of one page, in the order claimed."""

    def __init__(self) -> None:
        self.claimed: list[etree._Element] = []

    def claim(self, element: etree._Element) -> None:
        if element.get(MARK) is None:
            element.set(MARK, "1")
            self.claimed.append(element)

    def claim_all(self, elements: Iterable[etree._Element]) -> None:
        for element in elements:
            self.claim(element)

    @staticmethod
    def is_region(element: etree._Element) -> bool:
        """Whether the element itself was claimed (a walk in document order tests each element)."""
        return element.get(MARK) is not None

    @staticmethod
    def is_claimed(element: etree._Element, limit: int = MAX_ANCESTORS) -> bool:
        """Whether the element or one of its ``limit`` nearest ancestors was claimed."""
        node: etree._Element | None = element
        depth = 0
        while node is not None and depth < limit:
            if node.get(MARK) is not None:
                return True
            node = node.getparent()
            depth += 1
        return False

    def prune_paths(self, tree: etree._Element, also: list[etree._Element], limit: int) -> str | None:
        """One expression naming by path every claimed region and ``also``, None when there is none.

        Paths are evaluated in trafilatura's copy of the tree before any region is removed. Past
        ``limit`` regions libxml2 would merge that many node sets, so the caller searches instead.
        """
        regions = [*self.claimed, *also]
        if not regions or len(regions) > limit:
            return None
        document = tree.getroottree()
        return " | ".join(document.getpath(el) for el in regions)
