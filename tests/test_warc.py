"""``harvester warc``: web archives built with warcio, read into records through the crawl's path.

The archive holds the fixture pages (real-looking health-news HTML) as response records, with
what real archives also hold: a warcinfo record, request records, a PDF response, a 404, a
revisit record, and a last record cut off mid-way (a download that died).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from crawl_helpers import article
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from harvester import exit_status
from harvester.cli import main
from harvester.crawl.extraction import LanguageNotWanted, extract_for_feed, language_wanted, wanted_languages
from harvester.crawl.spiders.warc import WarcSpider
from harvester.export.tables import record_rows
from harvester.schema import SCHEMA_FILE
from harvester.warc.reader import ArchivedPage, ArchiveReader, Damaged, Passed, archive_files

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "fixtures").glob("*.html"))
SCHEMA = json.loads((ROOT / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8"))
HOST = "https://news.example"


def _http(status: str, content_type: str) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def _record(writer: WARCWriter, kind: str, uri: str, body: bytes = b"", *, status: str = "200 OK",
            content_type: str = "text/html; charset=utf-8", date_: str = "2024-03-01T09:00:00Z") -> Any:
    if kind == "request":
        http = StatusAndHeaders(f"GET {uri.split('/', 3)[-1]} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        return writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=http,
                                         warc_headers_dict={"WARC-Date": date_})
    return writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=_http(status, content_type),
                                     warc_headers_dict={"WARC-Date": date_})


def build_archive(path: Path, *, truncated_tail: bool = True, gzipped: bool = True, more: int = 0) -> dict[str, int]:
    """The test archive, with ``more`` short articles after the fixture pages; returns the offset of
    each page's response record, by URL (and of the cut-off record, as "truncated")."""
    offsets: dict[str, int] = {}
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests/test_warc.py"}))
    pages = [(f"{HOST}/health/{page.stem}", page.read_bytes()) for page in FIXTURES]
    pages += [(f"{HOST}/news/story-{n}", article(f"Story number {n}").encode()) for n in range(more)]
    for uri, body in pages:
        writer.write_record(_record(writer, "request", uri))
        offsets[uri] = buffer.tell()
        writer.write_record(_record(writer, "response", uri, body))
    writer.write_record(_record(writer, "response", f"{HOST}/report.pdf", b"%PDF-1.4 not a page",
                                content_type="application/pdf"))
    writer.write_record(_record(writer, "response", f"{HOST}/gone", b"<html><body>Gone</body></html>",
                                status="404 Not Found"))
    first = f"{HOST}/health/{FIXTURES[0].stem}"
    writer.write_record(writer.create_revisit_record(first, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                                     refers_to_uri=first, refers_to_date="2024-03-01T09:00:00Z"))
    data = buffer.getvalue()
    if truncated_tail:
        tail = io.BytesIO()
        tail_writer = WARCWriter(tail, gzip=gzipped, warc_version="1.1")
        tail_writer.write_record(_record(tail_writer, "response", f"{HOST}/health/cut-off", FIXTURES[1].read_bytes()))
        offsets["truncated"] = len(data)
        data += tail.getvalue()[: len(tail.getvalue()) // 2]
    path.write_bytes(data)
    return offsets


# -- reading -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gzipped", [True, False])
def test_reader_sorts_records_and_stops_at_the_damage(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    offsets = build_archive(path, gzipped=gzipped)
    entries = list(ArchiveReader(path))
    pages = [e for e in entries if isinstance(e, ArchivedPage)]
    assert {p.target_uri: p.offset for p in pages} == {u: o for u, o in offsets.items() if u != "truncated"}
    assert all(p.status == 200 and p.captured_at == datetime(2024, 3, 1, 9, tzinfo=UTC) for p in pages)
    assert pages[0].body == FIXTURES[0].read_bytes() and pages[0].record_id.startswith("<urn:uuid:")
    passed = sorted(e.reason for e in entries if isinstance(e, Passed))
    assert passed == sorted(["warcinfo", *["request"] * len(FIXTURES), "not_html", "http_status", "revisit"])
    assert isinstance(entries[-1], Damaged) and entries[-1].offset == offsets["truncated"]
    # Resuming from a record's offset reads from that record on.
    last = pages[-1]
    again = list(ArchiveReader(path, start=last.offset))
    assert isinstance(again[0], ArchivedPage) and again[0].target_uri == last.target_uri


def test_reader_reads_arc_files(tmp_path: Path) -> None:
    body = b"<html><body><h1>Hi</h1><p>Some text.</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    version = b"1 0 Harvester tests\nURL IP-address Archive-date Content-type Archive-length\n"
    data = b"filedesc://t.arc 0.0.0.0 20240301090000 text/plain %d\n" % len(version) + version + b"\n"
    data += b"http://news.example/a 127.0.0.1 20240302101500 text/html %d\n" % len(http) + http + b"\n"
    path = tmp_path / "t.arc.gz"
    path.write_bytes(gzip.compress(data[: data.index(b"http://")]) + gzip.compress(data[data.index(b"http://"):]))
    pages = [e for e in ArchiveReader(path) if isinstance(e, ArchivedPage)]
    assert [(p.target_uri, p.captured_at, p.body) for p in pages] == [
        ("http://news.example/a", datetime(2024, 3, 2, 10, 15, tzinfo=UTC), body)
    ]


def test_not_an_archive_is_damaged_at_zero_and_missing_paths_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"this is not a web archive\n" * 10)
    entries = list(ArchiveReader(junk))
    assert len(entries) == 1 and isinstance(entries[0], Damaged) and entries[0].offset == 0
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.warc").write_bytes(b"")
    (tmp_path / "sub" / "notes.txt").write_text("x")
    assert archive_files([tmp_path]) == [junk, tmp_path / "sub" / "b.warc"]
    with pytest.raises(FileNotFoundError):
        archive_files([tmp_path / "nope.warc.gz"])


def test_filters_domain_date_and_profile_patterns(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    build_archive(path, truncated_tail=False)
    spider = WarcSpider(files=[str(path)], profile="demo", domain="127.0.0.1", since="2024-03-01", until="2024-03-31")

    def page(url: str, day: date = date(2024, 3, 5)) -> ArchivedPage:
        when = datetime(day.year, day.month, day.day, tzinfo=UTC)
        return ArchivedPage(0, None, url, when, 200, "text/html", b"")

    assert spider.filtered_out(page("http://127.0.0.1:8765/articles/a.html")) is None
    assert spider.filtered_out(page("https://elsewhere.example/articles/a.html")) == "domain"
    assert spider.filtered_out(page("http://127.0.0.1:8765/about.html")) == "url_pattern"
    assert spider.filtered_out(page("http://127.0.0.1:8765/articles/a.html?replytocom=3")) == "url_pattern"
    assert spider.filtered_out(page("http://127.0.0.1:8765/articles/a.html", date(2024, 4, 1))) == "date"
    assert spider.filtered_out(page("http://127.0.0.1:8765/articles/a.html", date(2024, 2, 29))) == "date"


def test_a_page_in_another_language_is_refused_once_parsed() -> None:
    german = (ROOT / "fixtures" / "non-english.html").read_bytes()
    with pytest.raises(LanguageNotWanted, match="de-DE"):
        extract_for_feed(german, "https://news.example/a", "text/html", None, languages=frozenset({"en"}))
    assert extract_for_feed(german, "https://news.example/a", "text/html", None, languages=frozenset({"de"})).record_id


def test_language_filter_compares_primary_subtags() -> None:
    wanted = wanted_languages("en, DE-at")
    assert wanted == {"en", "de"}
    assert language_wanted("en-GB", wanted) and language_wanted("de", wanted)
    assert not language_wanted("fr", wanted) and not language_wanted(None, wanted)
    assert language_wanted(None, wanted_languages([]))


# -- whole runs ----------------------------------------------------------------------------------------


def warc_command(*args: str, workers: int = 1) -> list[str]:
    """``harvester warc`` with one extraction worker, or with 0 (extraction in the crawl process:
    the same pipeline without a worker pool's start-up, for runs that test something else)."""
    return [sys.executable, "-m", "harvester.cli", "warc", *args, "--workers", str(workers), "-s", "LOG_LEVEL=INFO"]


def harvester_warc(*args: str, workers: int = 1) -> subprocess.CompletedProcess[str]:
    return subprocess.run(warc_command(*args, workers=workers), cwd=ROOT, capture_output=True, text=True, timeout=120)


def committed(state: Path) -> int:
    """Archive records the running extraction has committed (read while it writes: WAL allows it)."""
    try:
        with closing(sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=5)) as db:
            return int(db.execute("SELECT count(*) FROM archive_records").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet


def interrupt_after(
    command: list[str], state: Path, records: int, how: signal.Signals = signal.SIGINT
) -> subprocess.CompletedProcess[str]:
    """Run ``command``, and once it has committed ``records`` archive records send ``how`` to its
    whole process group, workers included (Ctrl-C in a terminal does that with SIGINT)."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while committed(state) < records and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(process.pid, how)
        stdout, stderr = process.communicate(timeout=90)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def feed_records(site: Path) -> list[dict[str, Any]]:
    return [record for path in sorted(site.glob("records-*.jsonl")) for record in read_lines(path)]


@pytest.mark.slow
def test_extract_interrupt_and_resume_gives_every_page_once(tmp_path: Path) -> None:
    archive = tmp_path / "in" / "crawl.warc.gz"
    archive.parent.mkdir()
    offsets = build_archive(archive, more=40)
    pages = len(offsets) - 1
    out = tmp_path / "out"
    site = out / "warc"

    # Ctrl-C once two records are in: a graceful stop, with the pages in the pipeline finished.
    first = interrupt_after(warc_command(str(archive.parent), "-o", str(out)), site / "state.sqlite", 2)
    assert first.returncode == exit_status.INTERRUPTED_SIGINT, first.stderr[-3000:]
    assert "Traceback" not in first.stderr, first.stderr[-3000:]
    assert json.loads((site / "summary.json").read_text())["outcome"] == "interrupted"
    interrupted = feed_records(site)
    assert 2 <= len(interrupted) < pages
    reasons = {entry["reason"] for entry in read_lines(site / "quarantine.jsonl")}
    assert reasons <= {"warc_damaged"}, "no worker may die of the Ctrl-C"

    # Resumed, then killed outright (kill -9) a few records further on.
    killed = interrupt_after(warc_command(str(archive.parent), "-o", str(out), workers=0), site / "state.sqlite",
                             len(interrupted) + 3, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL
    done_before = committed(site / "state.sqlite")
    assert len(interrupted) + 3 <= done_before < pages

    second = harvester_warc(str(archive.parent), "-o", str(out), workers=0)
    assert second.returncode == 0, second.stderr[-3000:]
    summary = json.loads((site / "summary.json").read_text())
    assert summary["resumed"] and summary["finish_reason"] == "finished"
    assert summary["archive"]["resume_skipped"] == done_before and summary["outcomes"]["pending"] == 0
    assert summary["archive"]["passed_by_reason"] == {
        "warcinfo": 1, "request": pages, "not_html": 1, "http_status": 1, "revisit": 1,
    }

    records = feed_records(site)
    urls = [r["url"] for r in records]
    assert sorted(urls) == sorted(u for u in offsets if u != "truncated"), "every page exactly once"
    for record in records:
        jsonschema.validate(record, SCHEMA, format_checker=jsonschema.FormatChecker())
        source = record["crawl"]["warc"]
        assert source["file"] == "crawl.warc.gz" and source["offset"] == offsets[record["url"]]
        assert source["target_uri"] == record["url"] and source["record_id"].startswith("<urn:uuid:")
        assert record["crawl"]["fetched_at"] == "2024-03-01T09:00:00Z" and record["crawl"]["spider"] == "warc"

    # The cut-off record is reported, in each run that reached it, and in the quarantine file.
    damaged = [q for q in read_lines(site / "quarantine.jsonl") if q["reason"] == "warc_damaged"]
    assert damaged and {q["warc"]["offset"] for q in damaged} == {offsets["truncated"]}
    assert summary["archive"]["damaged"][0]["offset"] == offsets["truncated"]
    assert "is damaged at byte" in second.stderr

    # Run again after it finished: everything is read again, and nothing new is written.
    third = harvester_warc(str(archive), "-o", str(out), workers=0)
    assert third.returncode == 0, third.stderr[-3000:]
    summary = json.loads((site / "summary.json").read_text())
    assert not summary["resumed"] and summary["records"] == 0 and summary["unchanged"] == pages
    assert len(feed_records(site)) == pages


def test_bad_arguments_are_refused_before_any_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "out")
    assert main(["warc", str(tmp_path / "missing.warc.gz"), "-o", out]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["warc", str(tmp_path / "empty"), "-o", out]) == 2
    assert "no .warc" in capsys.readouterr().err
    (tmp_path / "empty" / "a.warc").write_bytes(b"")
    assert main(["warc", str(tmp_path / "empty"), "--since", "2024-05-01", "--until", "2024-04-01", "-o", out]) == 2
    assert "before --since" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_language_filter_on_the_command_line(tmp_path: Path) -> None:
    archive = tmp_path / "a.warc.gz"
    build_archive(archive, truncated_tail=False)
    out = tmp_path / "out"
    done = harvester_warc(str(archive), "-o", str(out), "--language", "de", "--since", "2024-03-01",
                          "--until", "2024-03-01", "--domain", "news.example", workers=0)
    assert done.returncode == 0, done.stderr[-3000:]
    records = feed_records(out / "warc")
    assert [r["language"] for r in records] == ["de-DE"]
    summary = json.loads((out / "warc" / "summary.json").read_text())
    assert summary["skipped_by_reason"] == {"language": len(FIXTURES) - 1}
    assert summary["archive"]["filtered_by_reason"] == {} and summary["outcomes"]["pending"] == 0
    skipped = read_lines(out / "warc" / "skipped.jsonl")
    assert sorted(entry["url"] for entry in skipped) == sorted(
        f"{HOST}/health/{page.stem}" for page in FIXTURES if page.stem != "non-english")


def test_the_export_carries_the_archive_provenance() -> None:
    record = json.loads((ROOT / "fixtures" / "blogger.json").read_text(encoding="utf-8"))
    record["id"] = "a1"
    record["crawl"] = {
        "fetched_at": "2024-03-01T09:00:00Z", "status": 200, "content_hash": "0" * 64, "version": 1,
        "first_seen": "2024-03-01T09:00:00Z", "spider": "warc",
        "warc": {"file": "CC-NEWS-1.warc.gz", "offset": 1234, "record_id": "<urn:uuid:x>", "target_uri": "https://a.b/"},
    }
    article = next(row for table, row in record_rows(record) if table == "articles")
    assert (article["warc_file"], article["warc_offset"], article["warc_record_id"], article["warc_target_uri"]) == (
        "CC-NEWS-1.warc.gz", 1234, "<urn:uuid:x>", "https://a.b/")
