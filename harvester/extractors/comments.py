"""Reader comments."""

from __future__ import annotations

from harvester.models import Comment
from harvester.page import Page


def extract_comments(page: Page) -> list[Comment]:
    return []
