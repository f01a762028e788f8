"""Main text: sections in reading order, plain body text, cited sources and images."""

from __future__ import annotations

from dataclasses import dataclass, field

from harvester.models import Image, Section, Source
from harvester.page import Page


@dataclass
class Body:
    sections: list[Section] = field(default_factory=list)
    body_text: str = ""
    sources: list[Source] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


def extract_body(page: Page) -> Body:
    return Body()
