"""The installed package stands alone: nothing in ``harvester/`` reaches into the source checkout.

A wheel holds ``harvester/`` only; ``fixtures/``, ``benchmarks/`` and ``tools/`` stay in the
checkout. Code that climbs from ``__file__`` above the package, or imports a development tool,
works in an editable install and breaks for everyone who installed the wheel.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import harvester

PACKAGE = Path(harvester.__file__).resolve().parent
_DEVELOPMENT_ONLY = ("benchmarks", "tools", "tests")
# ``Path(__file__).resolve().parents[N]`` or ``.parent.parent``; ``harvester.__file__`` is
# ``harvester/__init__.py`` whichever module names it.
_PARENTS = re.compile(
    r"(?P<top>harvester\.)?__file__\)?(?:\.resolve\(\))?(?:\.parents\[(?P<index>\d+)\]|(?P<chain>(?:\.parent)+)\b)"
)


def _level(match: re.Match[str]) -> int:
    """How many directories up from the file the expression lands."""
    return int(match["index"]) + 1 if match["index"] is not None else match["chain"].count(".parent")


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_climbs_from_its_file_above_the_package() -> None:
    escapes = []
    for path in _sources():
        depth = len(path.relative_to(PACKAGE).parts)  # harvester/x.py: 1; its parents[1] is the checkout
        for match in _PARENTS.finditer(path.read_text(encoding="utf-8")):
            if _level(match) > (1 if match["top"] else depth):
                escapes.append(f"{path.relative_to(PACKAGE.parent)}: {match[0]}")
    assert not escapes, escapes


def test_no_module_imports_a_development_tool() -> None:
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            found += [f"{path.relative_to(PACKAGE.parent)}: {name}" for name in names
                      if name.split(".")[0] in _DEVELOPMENT_ONLY]
    assert not found, found


def test_the_climbing_check_reads_each_way_of_climbing() -> None:
    climbing = (
        'ROOT = Path(__file__).resolve().parents[1] / "fixtures"\nUP = Path(__file__).parent.parent\n'
        "REPO = Path(harvester.__file__).resolve().parents[1]\nHERE = Path(__file__).parent / 'site'\n"
    )
    found = [(bool(match["top"]), _level(match)) for match in _PARENTS.finditer(climbing)]
    assert found == [(False, 2), (False, 2), (True, 2), (False, 1)]
