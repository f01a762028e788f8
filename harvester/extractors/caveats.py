"""Caveat, limitation, risk and safety items found in the body sections."""

from __future__ import annotations

from harvester.models import Caveat, Section


def extract_caveats(sections: list[Section]) -> list[Caveat]:
    return []
