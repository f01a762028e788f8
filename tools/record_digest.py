"""Extract every page of a corpus and the fixtures, and write one line per page: name and record hash.

A refactor of the extraction core must not change a single record. Run this before and after::

    python tools/record_digest.py --output before.tsv
    ... change ...
    python tools/record_digest.py --output after.tsv --compare before.tsv

``--compare`` prints the pages whose record differs and exits 1 when any does. ``--dump DIR``
also writes each record as JSON (``DIR/<name>.json``) so that a difference can be read with
``diff``. Field-source labels and warnings are part of the record and so part of the hash.
Pages come from ``../shared/corpus`` (both collections, through their indexes) or ``--corpus``,
and from ``fixtures/*.html`` (fetched at the URL their expected record names, if any).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from harvester import NotHTMLError, extract_article
from harvester.evaluation import corpus_pages, find_corpus, read_page_bytes

ROOT = Path(__file__).resolve().parents[1]


def pages(corpus: Path | None) -> Iterator[tuple[str, bytes, str | None]]:
    """(name, page bytes, url) for every corpus page, then every fixture."""
    if corpus is not None:
        for collection, found in corpus_pages(corpus).items():
            for page in found:
                name = f"{collection}/{page.source.parent.name}/{page.source.name}"
                yield name, read_page_bytes(page.source), page.url
    for html in sorted((ROOT / "fixtures").glob("*.html")):
        expected = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        yield f"fixtures/{html.name}", html.read_bytes(), expected.get("url")


def digest(data: bytes, url: str | None) -> tuple[str, str]:
    """The record as canonical JSON and its hash; a page that is not HTML hashes its error."""
    try:
        record = extract_article(data, url=url).model_dump(mode="json")
    except NotHTMLError as exc:
        text = json.dumps({"error": str(exc)})
    else:
        text = json.dumps(record, sort_keys=True, ensure_ascii=False)
    return text, hashlib.sha256(text.encode()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="corpus directory (default: ../shared/corpus)")
    parser.add_argument("--output", type=Path, required=True, help="TSV of page name and record hash")
    parser.add_argument("--compare", type=Path, help="an earlier --output to compare against")
    parser.add_argument("--dump", type=Path, help="also write each record as JSON into this directory")
    args = parser.parse_args(argv)
    corpus = find_corpus(args.corpus, Path.cwd(), ROOT)
    lines = []
    for name, data, url in pages(corpus):
        text, hashed = digest(data, url)
        lines.append(f"{name}\t{hashed}")
        if args.dump:
            target = args.dump / (name.replace("/", "__") + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} pages ({'corpus ' + str(corpus) if corpus else 'no corpus'}, fixtures) -> {args.output}")
    if not args.compare:
        return 0
    before = dict(line.split("\t") for line in args.compare.read_text(encoding="utf-8").splitlines())
    after = dict(line.split("\t") for line in lines)
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    for name in changed[:20]:
        print(f"changed: {name}")
    print(f"{len(changed)} of {len(after)} records differ from {args.compare}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
