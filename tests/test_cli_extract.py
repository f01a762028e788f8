"""``harvester extract FILE...`` on a mix of good and bad files: every bad one named on stderr
with its reason, every good one still extracted, exit status 1 when any failed."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harvester import ArticleRecord
from harvester.cli import main
from harvester.commands.extract import MAX_FILE_BYTES

from conftest import article_html


def harvester_extract(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harvester.cli", "extract", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def records(stdout: str) -> list[ArticleRecord]:
    return [ArticleRecord.model_validate(json.loads(line)) for line in stdout.splitlines()]


def good_page(path: Path, title: str, *, compress: bool = False) -> Path:
    data = article_html(title).encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def test_bad_files_are_named_and_the_good_ones_still_extracted(tmp_path: Path) -> None:
    good = [good_page(tmp_path / "one.html", "Page one"),
            good_page(tmp_path / "two.html.gz", "Page two", compress=True),
            good_page(tmp_path / "saved-compressed.html", "Page three", compress=True)]
    bomb_member = gzip.compress(b"<p>a</p>" * (1024 * 1024 // 8), compresslevel=9)
    bad = {
        "empty.html": (b"", "not HTML: empty document"),
        "blank.html": (b"  \n\t\n", "not HTML: empty document"),
        "notes.html": (b"Walking cuts heart risk.\nNo markup here at all.\n", "not HTML: no markup"),
        "image.html": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not HTML: a PNG image"),
        "paper.html": (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4, "not HTML: a PDF document"),
        "corrupt.html.gz": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 64, "corrupt gzip data"),
        "bomb.html.gz": (bomb_member * 65, "refused: decompresses to more than"),
    }
    for name, (data, _) in bad.items():
        (tmp_path / name).write_bytes(data)
    with (tmp_path / "huge.html").open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: refused before a byte is read
    (tmp_path / "folder.html").mkdir()
    os.mkfifo(tmp_path / "pipe.html")
    others = {"huge.html": "over the 67,108,864-byte limit", "folder.html": "cannot read: is a directory",
              "pipe.html": "cannot read: not a regular file", "missing.html": "cannot read: No such file or directory"}
    names = [*bad, *others]
    args = [good[0], *(tmp_path / n for n in names[:5]), good[1], *(tmp_path / n for n in names[5:]), good[2]]

    done = harvester_extract(*args)

    assert done.returncode == 1
    assert [r.headline for r in records(done.stdout)] == ["Page one", "Page two", "Page three"]
    complaints = dict(line.split(": ", 2)[1:] for line in done.stderr.splitlines()[:-1])
    expected = {str(tmp_path / name): reason for name, (_, reason) in bad.items()} | {
        str(tmp_path / name): reason for name, reason in others.items()}
    assert complaints.keys() == expected.keys()
    for path, reason in expected.items():
        assert reason in complaints[path], (path, complaints[path])
    assert done.stderr.splitlines()[-1] == f"harvester extract: {len(names)} of {len(args)} files failed"


def test_all_good_files_exit_zero_and_go_to_the_output_file(tmp_path: Path) -> None:
    pages = [good_page(tmp_path / f"{i}.html", f"Page {i}") for i in range(3)]
    out = tmp_path / "records.jsonl"
    done = harvester_extract(*pages, "-o", out)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert [r.headline for r in records(out.read_text(encoding="utf-8"))] == ["Page 0", "Page 1", "Page 2"]


def test_a_truncated_gzip_page_is_extracted_from_what_was_recovered(tmp_path: Path) -> None:
    data = gzip.compress(article_html("Cut short").encode() * 20)
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) // 2])
    done = harvester_extract(path)
    assert done.returncode == 0
    assert f"{path}: warning: gzip data truncated" in done.stderr
    assert [r.headline for r in records(done.stdout)] == ["Cut short"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    locked = good_page(tmp_path / "locked.html", "Locked")
    locked.chmod(0)
    done = harvester_extract(locked, good_page(tmp_path / "open.html", "Open"))
    assert done.returncode == 1
    assert f"{locked}: cannot read: Permission denied" in done.stderr
    assert [r.headline for r in records(done.stdout)] == ["Open"]


def test_the_url_resolves_links(tmp_path: Path) -> None:
    path = good_page(tmp_path / "a.html", "With URL")
    done = harvester_extract(path, "--url", "https://health.example.org/news/a.html")
    assert done.returncode == 0
    assert records(done.stdout)[0].url == "https://health.example.org/news/a.html"


@pytest.mark.parametrize("url", ["news/a.html", "javascript:alert(1)", "ftp://example.org/a.html", "http://[oops/"])
def test_the_url_must_be_absolute_http(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(good_page(tmp_path / "a.html", "A")), "--url", url]) == 2
    printed = capsys.readouterr()
    assert printed.out == "" and "--url must be an absolute http(s) URL" in printed.err


def test_the_url_names_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = good_page(tmp_path / "a.html", "A")
    assert main(["extract", str(path), str(path), "--url", "https://health.example.org/a.html"]) == 2
    assert "one FILE" in capsys.readouterr().err


def test_an_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    done = harvester_extract(good_page(tmp_path / "a.html", "A"), "-o", tmp_path / "no-such-dir" / "out.jsonl")
    assert done.returncode == 2
    assert "cannot write" in done.stderr and "No such file or directory" in done.stderr
