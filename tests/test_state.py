"""Crawl state, hashing, versioning and delivery bookkeeping, and the per-run output layout.

Unit level: a real SQLite file, real feed files and real settings objects in a temporary directory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy.settings import Settings

from harvester.crawl.delivery import cut_torn_tail, delivered_keys, feed_files, reconcile
from harvester.crawl.middlewares import retry_after_seconds
from harvester.crawl.extraction import content_hash
from harvester.crawl.pipelines import extraction_key
from harvester.crawl.runtime import RunSetupError, apply_run_settings, release_run_lock, site_directory, site_slug
from harvester.crawl.state import PageOutcome, RecordState, StateError, StateStore

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def state(tmp_path: Path) -> Iterator[StateStore]:
    with StateStore(tmp_path / "state.sqlite") as store:
        yield store


def _page(url: str, outcome: str, generation: int = 1, **fields: object) -> PageOutcome:
    return PageOutcome(url=url, status=fields.pop("status", 200), outcome=outcome,  # type: ignore[arg-type]
                       fetched_at=T0, generation=generation, **fields)  # type: ignore[arg-type]


def _record(record_id: str, version: int, content: str = "h") -> RecordState:
    return RecordState(record_id, f"http://x.test/{record_id}", content, version, T0, T0)


# -- runs and generations ---------------------------------------------------------------------


def test_generations_advance_only_after_a_finished_run(state: StateStore) -> None:
    first = state.begin_run("r1", 1, T0)
    assert (first.generation, first.resumed, first.crashed_runs) == (1, False, ())
    state.end_run("r1", "finished", T0)
    assert not state.job_dir_reusable()

    second = state.begin_run("r2", 1, T0 + timedelta(minutes=1))
    assert (second.generation, second.resumed) == (2, False)
    state.end_run("r2", "shutdown", T0, job_dir_ok=True)
    assert state.job_dir_reusable()  # Ctrl-C: its JOBDIR is worth keeping

    third = state.begin_run("r3", 1, T0 + timedelta(minutes=2))
    assert (third.generation, third.resumed) == (2, True)
    # r3 never ends: it was killed.
    assert not state.job_dir_reusable()  # a killed run's JOBDIR is not trusted
    fourth = state.begin_run("r4", 1, T0 + timedelta(minutes=3))
    assert (fourth.generation, fourth.resumed, fourth.crashed_runs) == (2, True, ("r3",))
    # r4 dies too, before it had checked r3's files: r5 must check both.
    fifth = state.begin_run("r5", 1, T0 + timedelta(minutes=4))
    assert fifth.crashed_runs == ("r3", "r4")
    state.close_killed_runs(fifth.crashed_runs, T0)
    assert state.begin_run("r6", 1, T0 + timedelta(minutes=5)).crashed_runs == ("r5",)


def test_done_in_generation_excludes_transient_failures(state: StateStore) -> None:
    state.save_page(_page("http://x.test/ok", "record", body_hash="b"))
    state.save_page(_page("http://x.test/404", "quarantined", status=404))
    state.save_page(_page("http://x.test/503", "failed", status=503))
    assert state.done_in_generation("http://x.test/ok", 1)
    assert state.done_in_generation("http://x.test/404", 1)
    assert not state.done_in_generation("http://x.test/503", 1)  # retried when the crawl resumes
    assert not state.done_in_generation("http://x.test/ok", 2)


def test_a_failed_fetch_keeps_the_validators_of_the_last_good_one(state: StateStore) -> None:
    state.save_page(_page("http://x.test/a", "record", body_hash="b1", etag='"e1"', last_modified="Mon", record_id="a"))
    state.save_page(_page("http://x.test/a", "failed", status=500, generation=2))
    kept = state.page("http://x.test/a")
    assert kept is not None
    assert (kept.body_hash, kept.etag, kept.last_modified, kept.record_id) == ("b1", '"e1"', "Mon", "a")
    assert (kept.status, kept.outcome, kept.generation) == (500, "failed", 2)


# -- versions and deliveries ------------------------------------------------------------------


def test_new_versions_are_committed_with_a_pending_delivery(state: StateStore) -> None:
    state.begin_run("r1", 1, T0)
    state.save_new_version(_page("http://x.test/a", "record", body_hash="b"), _record("a", 1), '{"v":1}', "r1")
    state.save_new_version(_page("http://x.test/a", "record", body_hash="c"), _record("a", 2, "h2"), '{"v":2}', "r1")
    current = state.record("a")
    assert current is not None and (current.version, current.content_hash) == (2, "h2")
    assert [(d.record_id, d.version, d.record_json) for d in state.undelivered()] == [
        ("a", 1, '{"v":1}'), ("a", 2, '{"v":2}'),
    ]
    assert state.confirm_delivered([("a", 1), ("zzz", 9)]) == 1
    state.reassign_delivery("a", 2, "r2")
    assert [(d.version, d.run_id) for d in state.undelivered()] == [(2, "r2")]
    assert state.undelivered(["r1"]) == []


def test_a_failed_transaction_leaves_the_previous_state(state: StateStore) -> None:
    state.save_new_version(_page("http://x.test/a", "record", body_hash="b"), _record("a", 1), "{}", "r1")
    # The same delivery key again cannot fail, but a record with a NULL id violates NOT NULL.
    with pytest.raises(StateError):
        state.save_new_version(_page("http://x.test/a", "record", body_hash="zz"),
                               RecordState(None, "u", "h", 2, T0, T0), "{}", "r1")  # type: ignore[arg-type]
    page = state.page("http://x.test/a")
    assert page is not None and page.body_hash == "b"  # the page update was rolled back with it
    assert state.integrity_ok()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "state.sqlite"
    bogus.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StateError, match="cannot open crawl state"):
        StateStore(bogus)


def test_state_uses_wal(tmp_path: Path) -> None:
    StateStore(tmp_path / "s.sqlite").close()
    with closing(sqlite3.connect(tmp_path / "s.sqlite")) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# -- hashes -----------------------------------------------------------------------------------


def test_content_hash_ignores_crawl_and_extraction_provenance() -> None:
    record = {"id": "a", "headline": "H", "body_text": "x", "extraction": {"warnings": []}, "crawl": None}
    same = {**record, "extraction": {"warnings": ["other"]}, "crawl": {"version": 7}}
    edited = {**record, "body_text": "x, corrected"}
    assert content_hash(record) == content_hash(same)
    assert content_hash(record) != content_hash(edited)


def test_extraction_key_changes_with_profile_selectors() -> None:
    assert extraction_key(None) == extraction_key({})
    assert extraction_key({"body": "main"}) != extraction_key(None)


# -- feed files and reconciliation ------------------------------------------------------------


def _line(record_id: str, version: int) -> str:
    return json.dumps({"id": record_id, "crawl": {"version": version}}) + "\n"


def test_cut_torn_tail(tmp_path: Path) -> None:
    path = tmp_path / "records-r1-00001.jsonl"
    path.write_text(_line("a", 1) + _line("b", 1) + '{"id": "c", "cra', encoding="utf-8")
    assert cut_torn_tail(path)
    assert path.read_text(encoding="utf-8") == _line("a", 1) + _line("b", 1)
    assert not cut_torn_tail(path)
    only_torn = tmp_path / "records-r1-00002.jsonl"
    only_torn.write_text('{"id": "d"', encoding="utf-8")
    assert cut_torn_tail(only_torn) and only_torn.read_bytes() == b""


def test_reconcile_confirms_what_the_files_hold_and_returns_the_rest(state: StateStore, tmp_path: Path) -> None:
    for record_id in ("a", "b", "c"):
        state.save_new_version(_page(f"http://x.test/{record_id}", "record"), _record(record_id, 1),
                               json.dumps({"id": record_id}), "r1")
    state.save_new_version(_page("http://x.test/z", "record"), _record("z", 1), "{}", "r0")
    (tmp_path / "records-r1-00001.jsonl").write_text(_line("a", 1), encoding="utf-8")
    (tmp_path / "records-r1-00002.jsonl").write_text(_line("b", 1) + '{"id": "c", "crawl": {"ver', encoding="utf-8")

    result = reconcile(state, tmp_path, ["r1"])

    assert result.confirmed == 2
    assert [d.record_id for d in result.missing] == ["c"]
    assert delivered_keys(feed_files(tmp_path, "r1")) == {("a", 1), ("b", 1)}
    assert (tmp_path / "records-r1-00002.jsonl").read_text(encoding="utf-8") == _line("b", 1)
    assert {d.record_id for d in state.undelivered()} == {"c", "z"}  # other runs untouched


# -- output layout and locking ----------------------------------------------------------------


@pytest.mark.parametrize(
    "site",
    ["../../etc", "/etc/passwd", "..", ".", "", "a/b", "a\\b", "x\x00y", "~root", "é" * 300, "CON", ".hidden",
     "http://evil.test/../../x?y=1#z", "%2e%2e%2f"],
)
def test_hostile_site_names_stay_inside_the_output_dir(tmp_path: Path, site: str) -> None:
    root = tmp_path / "out"
    directory = site_directory(root, site)
    assert directory.parent == root.resolve()
    assert directory.name not in ("", ".", "..") and not directory.name.startswith(".")
    assert len(directory.name) <= 100


def test_distinct_names_get_distinct_directories() -> None:
    names = ["a/b", "a?b", "a b", "A-B", "a-b"]
    assert len({site_slug(name) for name in names}) == len(names)
    assert site_slug("example.org") == "example.org"


def test_a_symlinked_site_dir_pointing_outside_is_refused(tmp_path: Path) -> None:
    root, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    root.mkdir()
    elsewhere.mkdir()
    (root / "news").symlink_to(elsewhere)
    with pytest.raises(RunSetupError, match="outside"):
        site_directory(root, "news")


def test_run_settings_lay_out_the_site_dir_and_lock_it(tmp_path: Path) -> None:
    settings = Settings({"FEED_EXPORT_BATCH_ITEM_COUNT": 7})
    apply_run_settings(settings, output_dir=tmp_path / "out", site="news.example")
    site_dir = tmp_path.resolve() / "out" / "news.example"
    try:
        assert settings["JOBDIR"] == str(site_dir / ".job")
        assert settings["HARVESTER_STATE_PATH"] == str(site_dir / "state.sqlite")
        assert settings["HARVESTER_QUARANTINE_PATH"] == str(site_dir / "quarantine.jsonl")
        (uri, options), = settings.getdict("FEEDS").items()
        assert uri.startswith(str(site_dir) + "/records-" + settings["HARVESTER_RUN_ID"])
        assert uri.endswith("-%(batch_id)05d.jsonl")
        assert options["format"] == "jsonlines" and settings.getint("FEED_EXPORT_BATCH_ITEM_COUNT") == 7
        with pytest.raises(RunSetupError, match="already being crawled"):
            apply_run_settings(Settings(), output_dir=tmp_path / "out", site="news.example")
    finally:
        release_run_lock(site_dir)
    apply_run_settings(Settings(), output_dir=tmp_path / "out", site="news.example")
    release_run_lock(site_dir)


@pytest.mark.parametrize(
    ("reason", "job_dir_ok", "kept"),
    [("shutdown", True, True), ("shutdown", False, False), ("finished", False, False), (None, False, False)],
)
def test_the_job_dir_survives_only_a_clean_graceful_stop(
    tmp_path: Path, reason: str | None, job_dir_ok: bool, kept: bool
) -> None:
    site_dir = tmp_path / "out" / "site"
    (site_dir / ".job").mkdir(parents=True)
    with StateStore(site_dir / "state.sqlite") as store:
        store.begin_run("r1", 1, T0)
        if reason is not None:
            store.end_run("r1", reason, T0, job_dir_ok=job_dir_ok)
    apply_run_settings(Settings(), output_dir=tmp_path / "out", site="site")
    release_run_lock(site_dir.resolve())
    assert (site_dir / ".job").exists() is kept


def test_percent_in_the_output_path_does_not_break_the_feed_template(tmp_path: Path) -> None:
    settings = Settings()
    apply_run_settings(settings, output_dir=tmp_path / "100%s", site="s")
    release_run_lock((tmp_path / "100%s" / "s").resolve())
    (uri,) = settings.getdict("FEEDS")
    assert (uri % {"batch_id": 1}).startswith(str((tmp_path / "100%s").resolve()))


@pytest.mark.parametrize(
    ("header", "seconds"),
    [(b"120", 120.0), (b"Wed, 01 May 2024 12:00:30 GMT", 30.0), (b"garbage", None), (None, None),
     (b"Wed, 01 May 2024 11:00:00 GMT", 0.0)],
)
def test_retry_after(header: bytes | None, seconds: float | None) -> None:
    assert retry_after_seconds(header, now=T0) == seconds



def test_undelivered_keys_name_pending_deliveries_in_order(state: StateStore) -> None:
    for record_id in ("a", "b"):
        state.save_new_version(_page(f"http://x.test/{record_id}", "record"), _record(record_id, 1),
                               json.dumps({"id": record_id}), "r1")
    assert state.undelivered_keys(["r1"]) == [("a", 1), ("b", 1)]
    assert state.undelivered_keys([]) == []
