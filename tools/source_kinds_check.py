"""Two checks of a change to the source classification that the labelled links alone cannot give.

The labelled links (``fixtures/source-links/labels.tsv``) flatter list entries written for their
own hosts. So, against a git revision ``REF`` (default ``main``):

1. **Held out**: the score of the current rules with every list entry added since ``REF`` that
   matches a labelled link's host left out: what the change gives on links it was not written for.
2. **Out of set**: the cited links of every corpus page (``../shared/corpus``) that are not
   labelled, classified by ``REF`` and by the current tree; the links whose kind changed are
   printed, grouped by the kind they moved to and by host, with whether a list or a rule moved
   them, for a person to judge (``--json`` keeps them).

Run from the checkout: ``python -m tools.source_kinds_check [--ref main] [--json OUT]``.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from harvester import extract_article
from harvester.evidence import sources
from harvester.evidence.scoring import format_sources, load_labels, score_sources

LABELS = Path("fixtures/source-links/labels.tsv")
_CLASSIFY = (
    "import json, sys\n"
    "from harvester.evidence.sources import classify_source\n"
    "urls = json.load(sys.stdin)\n"
    "json.dump({u: classify_source(u) for u in urls}, sys.stdout)\n"
)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".").removeprefix("www.")


def _entries_at(ref: str) -> set[str]:
    entries = set()
    for kind in sources.SOURCE_KINDS:
        shown = subprocess.run(["git", "show", f"{ref}:harvester/data/source_domains/{kind}.txt"],
                               capture_output=True, text=True, check=False)
        for line in shown.stdout.splitlines():
            entry = line.split("#", 1)[0].strip().lower().removeprefix("www.")
            if entry:
                entries.add(entry)
    return entries


def held_out(ref: str) -> None:
    links = load_labels(LABELS)
    labelled_hosts = {_host(link.url) for link in links}
    old = _entries_at(ref)
    current = dict(sources.domain_lists())
    left_out = sorted(
        entry for entry in current if entry not in old
        and any(host == entry.split("/")[0] or host.endswith("." + entry.split("/")[0]) for host in labelled_hosts)
    )
    kept = {entry: value for entry, value in current.items() if entry not in left_out}
    sources.domain_lists = lambda: kept  # type: ignore[assignment]
    sources._by_host.cache_clear()
    print(f"held out: {len(left_out)} entries added since {ref} match a labelled link's host: {' '.join(left_out)}")
    print(format_sources(score_sources(links)))


def corpus_links(corpus: Path) -> list[str]:
    """Every cited link of the corpus pages (the readability pages with their URL)."""
    found: dict[str, None] = {}
    pages: list[tuple[bytes, str | None]] = []
    for page in sorted((corpus / "readability").iterdir()):
        meta = page / "expected-metadata.json"
        url = json.loads(meta.read_text(encoding="utf-8")).get("url") if meta.is_file() else None
        pages.append(((page / "source.html").read_bytes(), url or f"http://fakehost.example/{page.name}/"))
    for path in sorted((corpus / "trafilatura-eval" / "pages").iterdir()):
        pages.append((gzip.decompress(path.read_bytes()), None))
    for html, url in pages:
        try:
            record = extract_article(html, url=url)
        except Exception:  # noqa: BLE001 - a page that is not HTML has no links to check
            continue
        found.update(dict.fromkeys(source.url for source in record.sources))
    return list(found)


def classified_at(ref: str, urls: list[str]) -> dict[str, str]:
    """The kinds ``ref``'s code gives ``urls``, run from an export of its package."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "archive", ref, "harvester"], capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        done = subprocess.run([sys.executable, "-c", _CLASSIFY], input=json.dumps(urls), capture_output=True,
                              text=True, check=True, cwd=folder)
    result: dict[str, str] = json.loads(done.stdout)
    return result


def out_of_set(ref: str, corpus: Path, output: Path | None) -> None:
    labelled = {link.url for link in load_labels(LABELS)}
    urls = [url for url in corpus_links(corpus) if url not in labelled]
    before = classified_at(ref, urls)
    moved: dict[str, dict[str, list[tuple[str, str, str]]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for url in urls:
        now = sources.classify_source(url)
        if now != before[url]:
            parts = urlsplit(url)
            by = "list" if sources.listed_kind(_host(url), unquote(parts.path).lower()) == now else "rule"
            moved[now][_host(url)].append((url, before[url], by))
    print(f"\nout of set: {len(urls)} unlabelled cited links of {corpus}; kinds changed since {ref}:")
    for kind, by_host in sorted(moved.items()):
        count = sum(len(items) for items in by_host.values())
        print(f"to {kind}: {count} links on {len(by_host)} hosts")
        for host, items in sorted(by_host.items()):
            print(f"  {host:40} {len(items):>3}  by {items[0][2]}, was {items[0][1]}: {items[0][0][:100]}")
    if output is not None:
        output.write_text(json.dumps(moved, indent=1, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--json", type=Path, help="write the moved links here")
    args = parser.parse_args()
    out_of_set(args.ref, args.corpus, args.json)
    held_out(args.ref)
    return 0


if __name__ == "__main__":
    sys.exit(main())
