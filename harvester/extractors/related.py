"""Related / recommended posts blocks."""

from __future__ import annotations

from harvester.models import RelatedPost
from harvester.page import Page


def extract_related_posts(page: Page) -> list[RelatedPost]:
    return []
