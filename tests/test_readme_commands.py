"""The README's commands work as written, and ``--help`` reads as help for a person.

Every ``harvester`` line in the README's shell blocks must parse (synopsis placeholders filled in
with sample values), so an option renamed in the code fails here; the extract examples are run
for real on two pages.
"""

from __future__ import annotations

import gzip
import json
import re
import shlex
from pathlib import Path

import pytest

from harvester.cli import build_parser, main
from harvester.commands import schema as schema_command

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# Synopsis placeholders -> values a real command line would have.
_SAMPLES = {
    "PROFILE": "demo", "URL": "https://site.example/a", "FILE": "urls.txt", "DIR": "out", "N": "3",
    "YYYY-MM-DD": "2024-01-01", "NAME": "sitemap", "SITE": "demo",
}


def _shell_lines() -> list[str]:
    lines = []
    for block in re.findall(r"```bash\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            command = re.split(r"\s+#", line, maxsplit=1)[0].strip().rstrip("&").strip()
            if command:
                lines.append(command)
    return lines


def _harvester_commands() -> list[list[str]]:
    """Each ``harvester`` line as argv, one per ``a | b`` alternative, [optional] parts included."""
    commands = []
    for line in _shell_lines():
        if not line.startswith("harvester "):
            continue
        line = line.replace("[", " ").replace("]", " ")
        head, *alternatives = [part.strip() for part in line.split("|")]
        words = shlex.split(head)
        variants = [words] + [[*words[:2], *shlex.split(alt)] for alt in alternatives if alt]
        if alternatives:  # "--sitemap URL | --feed URL": the first alternative is in the head
            variants[0] = words
        commands.extend([[_SAMPLES.get(word, word) for word in variant[1:]] for variant in variants])
    return commands


def test_the_readme_has_harvester_commands_to_check() -> None:
    names = {argv[0] for argv in _harvester_commands()}
    assert {"crawl", "extract", "status", "schedule"} <= names


@pytest.mark.parametrize("argv", _harvester_commands(), ids=lambda argv: " ".join(argv)[:60])
def test_every_readme_harvester_command_parses(argv: list[str]) -> None:
    build_parser().parse_args(argv)  # a usage error exits (SystemExit), failing the test


def test_readme_extract_examples_run_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    page = (ROOT / "fixtures" / sorted(p.name for p in (ROOT / "fixtures").glob("*.html"))[0]).read_bytes()
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "other.html.gz").write_bytes(gzip.compress(page))
    monkeypatch.chdir(tmp_path)
    examples = [line for line in _shell_lines() if line.startswith("harvester extract ")]
    assert len(examples) == 2
    for line in examples:
        assert main(shlex.split(line)[1:]) == 0, (line, capsys.readouterr().err)
    written = (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(written) == 2 and all(json.loads(line)["headline"] for line in written)
    assert json.loads(capsys.readouterr().out)["url"] == "https://site.example/a"


def test_help_is_plain_text_with_a_description_for_every_command() -> None:
    parser = build_parser()
    texts = [parser.format_help()]
    subcommands = next(action for action in parser._actions if action.dest == "command").choices
    for name, command in subcommands.items():
        assert command.description, f"harvester {name} --help has no description"
        texts.append(command.format_help())
    for text in texts:
        assert "``" not in text and ":mod:`" not in text and ":func:`" not in text, text


def test_schema_outside_a_checkout_prints_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    # From the checkout, the default is the checkout's own schemas/, never the working directory.
    assert schema_command.checkout_schemas() == ROOT / "schemas"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(schema_command, "checkout_schemas", lambda: None)  # as when installed from a wheel
    args = build_parser().parse_args(["schema"])
    assert args.run(args) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "ArticleRecord"
    assert list(tmp_path.iterdir()) == []


def test_the_readme_status_example_has_the_columns_status_prints() -> None:
    from harvester.commands.status import LEGEND, _header

    example = README[README.index("$ harvester status --history"):]
    assert _header() in example and LEGEND in example
