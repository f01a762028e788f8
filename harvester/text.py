"""Plain-text rendering of body sections: one rule shared by the extractor, tests and consumers."""

from __future__ import annotations

from harvester.models import Block, Section


def render_block(block: Block) -> str:
    if block.type == "list":
        return "\n".join(block.items)
    if block.type == "table":
        return "\n".join(" | ".join(row) for row in block.rows)
    return block.text


def render_body_text(sections: list[Section]) -> str:
    """Headings and blocks in reading order, separated by blank lines; list items one per line."""
    parts: list[str] = []
    for section in sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(rendered for block in section.blocks if (rendered := render_block(block)))
    return "\n\n".join(parts)
