"""Document-level metadata: headline, description, site name, language, canonical URL, tags."""

from __future__ import annotations

from dataclasses import dataclass, field

from harvester.page import Page


@dataclass
class Metadata:
    headline: str | None = None
    description: str | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    tags: list[str] = field(default_factory=list)


def extract_metadata(page: Page) -> Metadata:
    return Metadata()
