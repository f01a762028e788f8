"""Every command of the README is run by a test: the operations here, the rest where they live.

:data:`RUN_BY` names, for each command of the README's code blocks, the test that runs it;
``test_every_readme_command_is_run_by_a_test`` fails when the README gains a command no test runs
(or a test named there is gone). Commands are run as written, with only what must differ on a
test machine replaced (checked to be there, so a changed README fails here): ``/srv/harvest`` and
``/scratch``, ``/results`` by temporary directories, ``/opt/harvester/.venv`` by this environment,
``redis-host:6379``, ``localhost:6800`` and ``https://data.commoncrawl.org`` by servers on
127.0.0.1 (a real redis-server, a real scrapyd, a local copy of the Common Crawl layout).
"""

from __future__ import annotations

import configparser
import gzip
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from crawl_helpers import ROOT, serve_articles
from httpserver import LocalSite, serve
from redisserver import free_port
from test_scrapyd import scrapyd  # noqa: F401 - the fixture: a real scrapyd on 127.0.0.1
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import article_html
from harvester import exit_status
from harvester.cli import build_parser, main
from harvester.demo.server import site_root
from harvester.profiles import load_profile

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent
HARVESTER = BIN / "harvester"
DEMO_ARTICLES = len(list((site_root() / "articles").glob("*.html")))

# The test that runs each command of the README's code blocks (file::function).
PARSES = "test_readme_commands.py::test_every_readme_harvester_command_parses"
RUN_BY: dict[str, str] = {
    "make demo": "test_readme_operations.py::test_make_demo_twice_the_second_run_writes_nothing",
    "make test": "test_readme_operations.py::test_make_n_shows_the_set_up_then_the_command",
    "harvester extract page.html other.html.gz -o records.jsonl":
        "test_readme_commands.py::test_readme_extract_examples_run_as_written",
    "harvester extract page.html --url https://site.example/a":
        "test_readme_commands.py::test_readme_extract_examples_run_as_written",
    "python: from harvester import extract_article, NotHTMLError":
        "test_readme_operations.py::test_readme_python_snippets_run",
    "harvester crawl PROFILE [--output DIR] [--since YYYY-MM-DD] [--max-pages N] [--spider NAME] [--fail-on-drift] [-v]":
        PARSES,
    "harvester crawl --sitemap URL | --feed URL | --start URL | --urls FILE": PARSES,
    "harvester crawl --list": "test_readme_operations.py::test_crawl_list_names_the_bundled_profiles",
    "harvester crawl PROFILE --redis redis://HOST:6379/0":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "scrapy crawl sitemap -a profile=demo":
        "test_demo.py::test_readme_scrapy_crawl_of_the_demo_profile_serves_the_demo_itself",
    "harvester status [DIR]": "test_readme_operations.py::test_crontab_line_runs_via_sh_and_status_reads_it",
    "harvester status DIR --history SITE": "test_readme_operations.py::test_crontab_line_runs_via_sh_and_status_reads_it",
    "harvester status DIR --json": "test_readme_operations.py::test_crontab_line_runs_via_sh_and_status_reads_it",
    "harvester status --history clinic-news": "test_readme_operations.py::test_crontab_line_runs_via_sh_and_status_reads_it",
    'toml: schedule = "15 */6 * * *"      # at 00:15, 06:15, 12:15 and 18:15':
        "test_readme_operations.py::test_crontab_line_runs_via_sh_and_status_reads_it",
    "harvester schedule sites/ --output /srv/harvest [--max-parallel 2] [--now] [--no-catch-up]":
        "test_schedule.py::test_scheduler_crawls_checkpoints_on_sigterm_and_the_next_run_resumes",
    "15 */6 * * *  cd /srv/harvest && /opt/harvester/.venv/bin/harvester crawl sites/clinic-news.toml --output"
    " /srv/harvest/output --fail-on-drift >> /srv/harvest/clinic-news.log 2>&1":
        "test_readme_operations.py::test_crontab_line_runs_via_sh_and_status_reads_it",
    "systemd: harvest-clinic-news.service harvest-clinic-news.timer":
        "test_readme_operations.py::test_systemd_units_verify_and_the_service_stops_resumably_on_its_kill_signal",
    "scrapyd-deploy": "test_readme_operations.py::test_scrapyd_deploy_and_the_curl_commands_as_written",
    "curl http://localhost:6800/schedule.json -d project=harvester -d spider=sitemap -d profile=demo"
    " -d output=/srv/harvest/output": "test_readme_operations.py::test_scrapyd_deploy_and_the_curl_commands_as_written",
    "curl http://localhost:6800/listjobs.json?project=harvester":
        "test_readme_operations.py::test_scrapyd_deploy_and_the_curl_commands_as_written",
    "harvester warc FILES_OR_DIRS... [--output DIR] [--profile P] [--domain HOST] [--since D] [--until D]"
    " [--language en] [--workers N]": PARSES,
    "harvester crawl PROFILE --archive": "test_readme_operations.py::test_crawl_archive_then_re_extract_it_as_written",
    "harvester warc output/demo/warc --profile demo -o reextracted":
        "test_readme_operations.py::test_crawl_archive_then_re_extract_it_as_written",
    "curl -s https://data.commoncrawl.org/crawl-data/CC-NEWS/2024/03/warc.paths.gz | gunzip > paths.txt":
        "test_readme_operations.py::test_cc_news_jobs_with_gnu_parallel_against_a_local_copy",
    "parallel --sshloginfile machines.txt -j 1 --retries 3 --joblog jobs.log '\n"
    "  f=$(basename {}); curl -sf -o /scratch/$f https://data.commoncrawl.org/{} \\\n"
    "  && harvester warc /scratch/$f --language en --output /results/${f%.warc.gz} && rm /scratch/$f' :::: paths.txt":
        "test_readme_operations.py::test_cc_news_jobs_with_gnu_parallel_against_a_local_copy",
    "harvester export output/demo --to parquet --output exports/demo": "test_export.py::test_each_format_loads_back_with_one_row_per_item",
    "harvester export output/demo --to duckdb --output exports/demo.duckdb":
        "test_export.py::test_each_format_loads_back_with_one_row_per_item",
    "harvester export output/demo --to csv --output exports/demo-csv":
        "test_export.py::test_each_format_loads_back_with_one_row_per_item",
    "python: import pandas as pd": "test_export.py::test_readme_loading_examples_run_as_written",
    "python: import polars as pl": "test_export.py::test_readme_loading_examples_run_as_written",
    "sql: -- duckdb exports/demo.duckdb": "test_export.py::test_readme_loading_examples_run_as_written",
    "apt-get install -y redis-server": "test_readme_operations.py::test_make_n_shows_the_set_up_then_the_command",
    "redis-server --bind 0.0.0.0 --requirepass SECRET --appendonly yes --appendfsync everysec":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "harvester crawl PROFILE --redis redis://default:SECRET@redis-host:6379/0 -o output/":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "harvester crawl --sitemap URL --redis redis://default:SECRET@redis-host:6379/0":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "harvester status --redis redis://default:SECRET@redis-host:6379/0":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "redis-cli -u redis://default:SECRET@redis-host:6379/0 hgetall harvester:<site>:crawl":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "redis-cli -u redis://default:SECRET@redis-host:6379/0 zcard harvester:<site>:queue":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "redis-cli -u redis://default:SECRET@redis-host:6379/0 hlen harvester:<site>:leases":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "redis-cli -u redis://default:SECRET@redis-host:6379/0 smembers harvester:<site>:workers":
        "test_readme_operations.py::test_redis_commands_against_a_real_redis_server",
    "python -m benchmarks.bench extract [--corpus DIR] [--limit N] [--repeat K]":
        "test_bench.py::test_extract_bench_over_a_corpus",
    "python -m benchmarks.bench crawl --pages 2000 --workers 1,2 --repeat 2":
        "test_bench_crawl.py::test_crawl_bench_compares_worker_counts",
    "python -m benchmarks.bench crawl-memory --pages 10000 --compare 2000":
        "test_bench_crawl.py::test_crawl_memory_bench_compares_sizes",
    "python -m benchmarks.bench crawl-rerun --pages 2000":
        "test_bench_crawl.py::test_crawl_rerun_bench_reports_both_server_kinds",
    "python -m benchmarks.bench_export --records 100000 --compare 10000":
        "test_readme_operations.py::test_export_benchmark_runs_on_a_small_input",
    "python: # harvester/fields/reading_time.py": "test_readme_operations.py::test_readme_python_snippets_run",
    "python benchmarks/hostile_inputs.py [CASE ...] [--baseline main]":
        "test_readme_operations.py::test_hostile_inputs_benchmark_runs_two_cases_against_a_baseline",
}

_CRON = re.compile(r"^(\S+\s+){5}\S")


def code_blocks() -> list[tuple[str, str]]:
    """The README's fenced code blocks: (language, text)."""
    return re.findall(r"```(\w*)\n(.*?)```", README, flags=re.S)


def _logical_lines(text: str) -> list[str]:
    """Shell lines, a line continued by ``\\`` or by an open single quote joined to the next."""
    lines, current = [], ""
    for raw in text.splitlines():
        # A comment ends a line that starts a command (the README puts none inside a continued one).
        current = f"{current}\n{raw}" if current else re.split(r"\s+#", raw, maxsplit=1)[0]
        if current.count("'") % 2 or current.endswith("\\"):
            continue
        if current.strip():
            lines.append(current.strip())
        current = ""
    return lines


def readme_commands() -> list[str]:
    """Every command the README's code blocks show, as :data:`RUN_BY` keys them."""
    commands = []
    for language, text in code_blocks():
        if language == "bash":
            commands += _logical_lines(text)
        elif language == "":
            commands += [line[2:] for line in text.splitlines() if line.startswith("$ ")]
            commands += [line for line in text.splitlines() if _CRON.match(line) and " cd " in line]
        elif language == "ini":
            units = re.findall(r"^# /etc/systemd/system/(\S+)", text, flags=re.M)
            commands.append("systemd: " + " ".join(units))
        else:
            commands.append(f"{language}: " + next(line for line in text.splitlines() if line.strip()))
    return commands


def test_every_readme_command_is_run_by_a_test() -> None:
    commands = readme_commands()
    assert [command for command in commands if command not in RUN_BY] == [], "a README command no test runs"
    assert [command for command in RUN_BY if command not in commands] == [], "RUN_BY names a command the README lost"
    for where in set(RUN_BY.values()):
        module, function = where.split("::")
        assert f"def {function}(" in (ROOT / "tests" / module).read_text(encoding="utf-8"), where


def _here(command: str, replacements: dict[str, str]) -> str:
    """``command`` as run here: each replaced text must be in it (else the README changed under the test)."""
    for old, new in replacements.items():
        assert old in command, (old, command)
        command = command.replace(old, new)
    return command


def _readme_command(start: str) -> str:
    matches = [command for command in readme_commands() if command.startswith(start)]
    assert len(matches) == 1, (start, matches)
    return matches[0]


def _sh(command: str, cwd: Path, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", "-c", command], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", **env})


def _records(directory: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(directory.glob("records-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def _summary(directory: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((directory / "summary.json").read_text(encoding="utf-8"))
    return result


# -- set-up -----------------------------------------------------------------------------------------

def test_make_n_shows_the_set_up_then_the_command(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # --no-print-directory: under `make test` (CI) this make is a sub-make, which would print
    # "Entering directory" lines around its commands.
    demo = subprocess.run(["make", "--no-print-directory", "-n", f"VENV={venv}", "demo"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    assert demo.stdout.splitlines() == [
        f"python3 -m venv {venv}", f"{venv}/bin/python -m pip install --quiet --upgrade pip",
        f"{venv}/bin/python -m pip install --quiet -e '.[dev]'", f"touch {venv}/.installed",
        f"{venv}/bin/harvester crawl demo",
    ]
    test = subprocess.run(["make", "--no-print-directory", "-n", f"VENV={venv}", "test"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    assert "apt-get install -y -q $missing" in test.stdout and test.stdout.endswith(f"{venv}/bin/python -m pytest -q -n 2 --dist loadfile\n")
    # `make test` installs what the README's commands need besides Python: Redis (its
    # `apt-get install -y redis-server`, a version it is tested with), GNU parallel and curl.
    tools = re.search(r"^SYSTEM_TOOLS := (.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), flags=re.M)
    assert tools and set(tools.group(1).split()) == {"redis-server", "parallel", "curl"}
    assert "apt-get install -y redis-server" in _readme_command("apt-get install")
    version = subprocess.run(["redis-server", "--version"], capture_output=True, text=True, check=True).stdout
    major, minor = map(int, re.search(r"v=(\d+)\.(\d+)", version).groups())  # type: ignore[union-attr]
    assert (major, minor) >= (6, 2), version
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.slow
def test_make_demo_twice_the_second_run_writes_nothing(tmp_path: Path) -> None:
    # The Makefile run from a scratch directory (so output/ is the scratch one, not the checkout's),
    # with this environment as its VENV: made by `make`, it is up to date and not made again.
    venv = Path(sys.prefix)
    if not (venv / ".installed").exists():
        pytest.skip("this environment was not made by `make` (no .installed stamp)")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").symlink_to(ROOT / "pyproject.toml")
    make = ["make", "--no-print-directory", f"VENV={venv}", "demo"]
    if subprocess.run([*make[:-1], "-q", f"{venv}/.installed"], cwd=tmp_path).returncode != 0:
        pytest.skip("pyproject.toml is newer than the environment: `make` would reinstall it")
    runs = [subprocess.run(make, cwd=tmp_path, capture_output=True, text=True, timeout=180) for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr[-3000:]
        assert " WARNING " not in run.stderr and " ERROR " not in run.stderr, run.stderr
    assert "crawl of demo finished" in runs[0].stderr
    summary = _summary(tmp_path / "output" / "demo")
    assert summary["records"] == 0 and summary["unchanged"] == DEMO_ARTICLES and summary["outcome"] == "finished"
    assert len(_records(tmp_path / "output" / "demo")) == DEMO_ARTICLES  # all from the first run


def test_crawl_list_names_the_bundled_profiles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_readme_command("harvester crawl --list").split()[1:]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert listed == {path.stem for path in (ROOT / "harvester" / "profiles").glob("*.toml")}


def test_readme_python_snippets_run() -> None:
    blocks = [text for language, text in code_blocks() if language == "python"]
    extract = next(text for text in blocks if text.startswith("from harvester import extract_article"))
    page = next((ROOT / "fixtures").glob("*.html")).read_bytes()
    scope: dict[str, Any] = {"html_bytes_or_str": page}
    exec(compile(extract, "README.md", "exec"), scope)  # noqa: S102 - the README's own example
    assert scope["record"].headline and scope["record"].url == "https://site.example/a"
    # The recipe for a new field unit: its function and its FieldUnit line fit the code as it is.
    from harvester.fields import base

    recipe = next(text for text in blocks if text.startswith("# harvester/fields/reading_time.py"))
    function, unit = recipe.split("# harvester/fields/units.py, in the UNITS list")
    scope = dict(vars(base))  # what a unit module imports: Page, Values, FieldUnit, Mapping, Any
    exec(compile(function, "README.md", "exec"), scope)  # noqa: S102 - the README's own example
    made = eval(compile(unit.strip().rstrip(","), "README.md", "eval"), scope)  # noqa: S307 - the README's own line
    assert made.name == "reading_time" and made.needs == ("body_text",)
    assert scope["extract_reading_time"](None, {"body_text": "word " * 460}) == {"reading_time": 2}


@pytest.mark.slow
def test_export_benchmark_runs_on_a_small_input() -> None:
    line = _readme_command("python -m benchmarks.bench_export")
    done = _sh(_here(line, {"python ": f"{sys.executable} ", "--records 100000": "--records 300",
                            "--compare 10000": "--compare 100"}), ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "parquet" in done.stdout and "records/s" in done.stdout, done.stdout


@pytest.mark.slow
def test_hostile_inputs_benchmark_runs_two_cases_against_a_baseline() -> None:
    line = _readme_command("python benchmarks/hostile_inputs.py")
    # HEAD: the one ref every checkout has.
    done = _sh(_here(line, {"python ": f"{sys.executable} ", "[CASE ...]": "nested_divs_100k unclosed_tags_100k",
                            "[--baseline main]": "--baseline HEAD --timeout 120"}), ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [json.loads(row) for row in done.stdout.splitlines()]
    assert [(row["case"], row["side"]) for row in rows] == [
        ("nested_divs_100k", "baseline"), ("nested_divs_100k", "this"),
        ("unclosed_tags_100k", "baseline"), ("unclosed_tags_100k", "this")]
    assert all(row["exit"] == 0 and row["body_chars"] > 0 and row["cpu_seconds"] > 0 for row in rows), rows


# -- cron, systemd ---------------------------------------------------------------------------------

@pytest.fixture
def clinic_news(tmp_path: Path) -> Iterator[tuple[LocalSite, Path]]:
    """/srv/harvest as the README lays it out: sites/clinic-news.toml (with the README's schedule
    lines) listing the articles of a site on 127.0.0.1."""
    with serve() as site:
        urls = serve_articles(site, 6)
        toml = next(text for language, text in code_blocks() if language == "toml")
        (tmp_path / "sites").mkdir()
        (tmp_path / "sites" / "clinic-news.toml").write_text(
            f'name = "clinic-news"\nallowed_domains = ["127.0.0.1"]\nurls = {json.dumps(urls)}\n'
            "download_delay = 0\nautothrottle = false\n" + toml, encoding="utf-8",
        )
        yield site, tmp_path


@pytest.mark.slow
def test_crontab_line_runs_via_sh_and_status_reads_it(clinic_news: tuple[LocalSite, Path]) -> None:
    site, srv = clinic_news
    line = _readme_command("15 */6 * * *")
    fields, command = line.split(maxsplit=5)[:5], line.split(maxsplit=5)[5]
    # The crontab's times are the profile's schedule, which harvester accepts.
    profile = load_profile(srv / "sites" / "clinic-news.toml")
    assert " ".join(fields) == profile.schedule == "15 */6 * * *"
    command = _here(command, {"/opt/harvester/.venv/bin/harvester": str(HARVESTER), "/srv/harvest": str(srv)})

    done = _sh(command, srv)

    assert done.returncode == 0 and done.stdout == done.stderr == "", (done.stdout, done.stderr)
    log = (srv / "clinic-news.log").read_text(encoding="utf-8")
    assert "crawl of clinic-news finished" in log and " WARNING " not in log, log
    assert len(_records(srv / "output" / "clinic-news")) == 6
    # harvester status, as the README shows it, from the same directory.
    for synopsis, argv in [("harvester status [DIR]", ["output"]),
                           ("harvester status DIR --history SITE", ["output", "--history", "clinic-news"]),
                           ("harvester status DIR --json", ["output", "--json"]),
                           ("harvester status --history clinic-news", ["--history", "clinic-news"])]:
        assert synopsis in readme_commands()
        status = subprocess.run([str(HARVESTER), "status", *argv], cwd=srv, capture_output=True, text=True, timeout=60)
        assert status.returncode == 0, status.stderr
        assert "clinic-news" in status.stdout and "finished" in status.stdout, status.stdout
    assert json.loads(subprocess.run([str(HARVESTER), "status", "output", "--json"], cwd=srv, capture_output=True,
                                     text=True).stdout)


def _units() -> dict[str, str]:
    text = next(text for language, text in code_blocks() if language == "ini")
    parts = re.split(r"^# /etc/systemd/system/(\S+)\n", text, flags=re.M)
    return {name: body.strip() + "\n" for name, body in zip(parts[1::2], parts[2::2], strict=True)}


@pytest.mark.slow
def test_systemd_units_verify_and_the_service_stops_resumably_on_its_kill_signal(
    clinic_news: tuple[LocalSite, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    site, srv = clinic_news
    units = _units()
    assert set(units) == {"harvest-clinic-news.service", "harvest-clinic-news.timer"}
    here = {"/opt/harvester/.venv/bin/harvester": str(HARVESTER), "/srv/harvest": str(srv)}
    unit_dir = tmp_path_factory.mktemp("units")
    for name, body in units.items():
        (unit_dir / name).write_text(_here(body, here) if name.endswith(".service") else body, encoding="utf-8")
    service = configparser.ConfigParser(strict=False, interpolation=None)
    service.optionxform = str  # type: ignore[assignment,method-assign]
    service.read_string(units["harvest-clinic-news.service"])
    timer = configparser.ConfigParser(strict=False, interpolation=None)
    timer.optionxform = str  # type: ignore[assignment,method-assign]
    timer.read_string(units["harvest-clinic-news.timer"])
    # The stop signal is one the crawl takes as "interrupt, resumably", with time for its grace period.
    kill = signal.Signals[service["Service"]["KillSignal"]]
    assert kill in (signal.SIGINT, signal.SIGTERM)
    from harvester.crawl import settings

    assert int(service["Service"]["TimeoutStopSec"]) > 4 * settings.HARVESTER_STOP_GRACE
    exec_start = service["Service"]["ExecStart"].split()
    assert exec_start[0] == "/opt/harvester/.venv/bin/harvester"
    build_parser().parse_args(exec_start[1:])
    analyze = shutil.which("systemd-analyze")
    if analyze is not None:
        verified = subprocess.run([analyze, "verify", "--man=no", *sorted(map(str, unit_dir.iterdir()))],
                                  capture_output=True, text=True, timeout=60)
        assert verified.returncode == 0 and verified.stderr == "", verified.stderr
        # The timer fires when the crontab line does: 00:15, 06:15, 12:15, 18:15.
        calendar = subprocess.run([analyze, "calendar", "--iterations=4", timer["Timer"]["OnCalendar"]],
                                  capture_output=True, text=True, check=True, env={**os.environ, "TZ": "UTC"}).stdout
        assert sorted(re.findall(r"\d\d:\d\d:\d\d", calendar)) == ["00:15:00", "06:15:00", "12:15:00", "18:15:00"]
    else:
        assert timer["Timer"]["OnCalendar"] == "*-*-* 00/6:15:00" and timer["Install"]["WantedBy"] == "timers.target"

    # `systemctl stop` while it crawls: the service's command gets KillSignal, then runs again.
    for path in list(site.pages)[4:]:
        site.pages[path].delay = 600.0
    command = _here(service["Service"]["ExecStart"], here)
    workdir = Path(_here(service["Service"]["WorkingDirectory"], {"/srv/harvest": str(srv)}))
    running = subprocess.Popen(command.split(), cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(set(site.arrived) & set(list(site.pages)[4:])) < 1:
            assert running.poll() is None and time.monotonic() < deadline, running.communicate()[1][-3000:]
            time.sleep(0.05)
        running.send_signal(kill)
        log = running.communicate(timeout=90)[1]
    finally:
        try:
            os.killpg(running.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert running.returncode == exit_status.interrupted(kill), log[-3000:]
    assert _summary(srv / "output" / "clinic-news")["outcome"] == "interrupted"
    for page in site.pages.values():
        page.delay = 0.0
    again = subprocess.run(command.split(), cwd=workdir, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr[-3000:]
    assert sorted(record["url"] for record in _records(srv / "output" / "clinic-news")) == sorted(
        site.url(path) for path in site.pages if path.startswith("/news/"))


# -- scrapyd ----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_scrapyd_deploy_and_the_curl_commands_as_written(scrapyd: str, tmp_path: Path) -> None:  # noqa: F811
    # The project as checked out, its scrapy.cfg's [deploy] target pointing at this test's scrapyd
    # (the README's is localhost:6800): then `scrapyd-deploy` runs as written.
    project = tmp_path / "project"
    project.mkdir()
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "harvester", project / "harvester", ignore=shutil.ignore_patterns("__pycache__"))
    config = (ROOT / "scrapy.cfg").read_text(encoding="utf-8")
    (project / "scrapy.cfg").write_text(_here(config, {"http://localhost:6800/": scrapyd}), encoding="utf-8")
    localhost = {"http://localhost:6800/": scrapyd}

    deployed = _sh(_readme_command("scrapyd-deploy"), project)
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    assert '"status": "ok"' in deployed.stdout, deployed.stdout

    output = tmp_path / "out"
    scheduled = _sh(_here(_readme_command("curl http://localhost:6800/schedule.json"),
                          {**localhost, "/srv/harvest/output": str(output)}), tmp_path)
    assert scheduled.returncode == 0, scheduled.stderr
    job = json.loads(scheduled.stdout)["jobid"]
    listjobs = _here(_readme_command("curl http://localhost:6800/listjobs.json"), localhost)
    deadline = time.monotonic() + 180
    while True:
        listed = _sh(listjobs, tmp_path)
        assert listed.returncode == 0, listed.stderr
        if any(entry["id"] == job for entry in json.loads(listed.stdout)["finished"]):
            break
        assert time.monotonic() < deadline, f"the scrapyd job did not finish: {listed.stdout}"
        time.sleep(0.5)
    summary = _summary(output / "demo")
    assert summary["outcome"] == "finished" and summary["exit_status"] == 0, summary
    assert len(_records(output / "demo")) == DEMO_ARTICLES


# -- Redis ------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_redis_commands_against_a_real_redis_server(tmp_path: Path) -> None:
    port = free_port()
    started = _here(_readme_command("redis-server --bind"), {"0.0.0.0": "127.0.0.1"})
    server = subprocess.Popen([*started.split(), "--port", str(port), "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = {"redis-host:6379": f"127.0.0.1:{port}"}
    try:
        cli = _here(_readme_command("redis-cli -u redis://default:SECRET@redis-host:6379/0 zcard"), url)
        deadline = time.monotonic() + 30
        while _sh(cli.split(" zcard")[0] + " ping", tmp_path).stdout.strip() != "PONG":
            assert server.poll() is None and time.monotonic() < deadline, "redis-server did not answer"
            time.sleep(0.1)
        with serve() as site:
            urls = serve_articles(site, 4)
            profile = tmp_path / "clinic.toml"
            profile.write_text(f'name = "clinic"\nallowed_domains = ["127.0.0.1"]\nurls = {json.dumps(urls)}\n'
                               "download_delay = 0\nautothrottle = false\n", encoding="utf-8")
            sitemap = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
            site.add("/sitemap.xml", f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                     f'sitemap/0.9">{sitemap}</urlset>', content_type="application/xml")
            fast = " -s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=0 -s HARVESTER_EXTRACT_WORKERS=1"
            for start, fill in [("harvester crawl PROFILE --redis redis://default", {"PROFILE": str(profile)}),
                                ("harvester crawl --sitemap URL --redis", {"URL": site.url("/sitemap.xml")})]:
                command = _here(_readme_command(start), {**fill, **url}) + fast
                worker = _sh(command + (" -o output/" if " -o " not in command else ""), tmp_path)
                assert worker.returncode == 0, worker.stderr[-3000:]
                assert "crawl of" in worker.stderr and "finished" in worker.stderr
        status = _sh(_here(_readme_command("harvester status --redis"), url), tmp_path)
        assert status.returncode == 0, status.stderr
        assert "clinic" in status.stdout and "127.0.0.1" in status.stdout, status.stdout
        answers = {}
        for key in ("hgetall", "zcard", "hlen", "smembers"):
            command = _here(_readme_command(f"redis-cli -u redis://default:SECRET@redis-host:6379/0 {key}"),
                            {**url, "<site>": "clinic"})
            done = _sh(command, tmp_path)
            assert done.returncode == 0 and "AUTH failed" not in done.stderr, done.stderr
            answers[key] = done.stdout.split()
        assert "finished" in answers["hgetall"] and "generation" in answers["hgetall"]
        assert answers["zcard"] == ["0"] and answers["hlen"] == ["0"]
    finally:
        server.terminate()
        server.wait(timeout=30)
    records = [r for directory in (tmp_path / "output").iterdir() for r in _records(directory)]
    assert len(records) == 8 and {r["url"] for r in records} == set(urls)


# -- web archives ----------------------------------------------------------------------------------

@pytest.mark.slow
def test_crawl_archive_then_re_extract_it_as_written(tmp_path: Path) -> None:
    crawled = _sh(_here(_readme_command("harvester crawl PROFILE --archive"), {"PROFILE": "demo"})
                  + " -s HARVESTER_EXTRACT_WORKERS=1", tmp_path)
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    again = _sh(_readme_command("harvester warc output/demo/warc") + " --workers 1", tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    originals = {record["id"]: record for record in _records(tmp_path / "output" / "demo")}
    re_extracted = {record["id"]: record for record in _records(tmp_path / "reextracted" / "demo")}
    assert len(originals) == DEMO_ARTICLES and re_extracted.keys() == originals.keys()
    assert all(re_extracted[i]["crawl"]["content_hash"] == originals[i]["crawl"]["content_hash"] for i in originals)


def _warc(pages: list[tuple[str, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=http))
    return buffer.getvalue()


@pytest.mark.slow
def test_cc_news_jobs_with_gnu_parallel_against_a_local_copy(tmp_path: Path) -> None:
    if shutil.which("parallel") is None:
        pytest.skip("GNU parallel is not installed (make system-deps installs it)")
    month = "crawl-data/CC-NEWS/2024/03"
    files = {f"{month}/CC-NEWS-2024030{n}000000-0000{n}.warc.gz": [
        (f"https://news.example/{n}/{i}", article_html(f"Story {i} of file {n}")) for i in range(3)] for n in (1, 2)}
    with serve() as commoncrawl:
        for path, pages in files.items():
            commoncrawl.add(f"/{path}", _warc(pages), content_type="application/octet-stream")
        commoncrawl.add(f"/{month}/warc.paths.gz", gzip.compress("".join(f"{p}\n" for p in files).encode()),
                        content_type="application/octet-stream")
        here = {"https://data.commoncrawl.org": commoncrawl.origin, "/scratch": str(tmp_path / "scratch"),
                "/results": str(tmp_path / "results")}
        (tmp_path / "scratch").mkdir()
        (tmp_path / "machines.txt").write_text(":\n", encoding="utf-8")  # GNU parallel's name for this machine
        listed = _sh(_here(_readme_command("curl -s https://data.commoncrawl.org/"),
                           {"https://data.commoncrawl.org": commoncrawl.origin}), tmp_path)
        assert listed.returncode == 0, listed.stderr
        assert (tmp_path / "paths.txt").read_text(encoding="utf-8").split() == list(files)
        jobs = _sh(_here(_readme_command("parallel "), here), tmp_path, timeout=300)
    assert jobs.returncode == 0, jobs.stderr[-3000:]
    log = (tmp_path / "jobs.log").read_text(encoding="utf-8").splitlines()
    assert len(log) == 1 + len(files) and all(line.split("\t")[6] == "0" for line in log[1:]), log
    assert list((tmp_path / "scratch").iterdir()) == []
    for path, pages in files.items():
        name = Path(path).name.removesuffix(".warc.gz")
        records = _records(tmp_path / "results" / name / "warc")
        assert sorted(record["url"] for record in records) == sorted(url for url, _ in pages)
