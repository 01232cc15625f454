"""The CLI layer: documented commands, one-line errors, JSON output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import typer.main
from typer.testing import CliRunner

from annotate.cli import app
from annotate.studio._client import Connection

ROOT = Path(__file__).resolve().parents[2]


def _commands(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    found = []
    for name, command in group.commands.items():
        # Typer vendors click, so test for a group by shape rather than by class.
        if hasattr(command, "commands"):
            found += _commands(command, f"{prefix}{name} ")
        else:
            found.append((f"{prefix}{name}", command))
    return found


def test_every_command_is_documented_in_the_readme_and_has_help() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = _commands(typer.main.get_group(app))
    assert commands
    for name, command in commands:
        assert f"`annotate {name}" in readme, f"README does not document `annotate {name}`"
        assert command.help, f"`annotate {name}` has no help text"


def test_every_command_accepts_json() -> None:
    for name, command in _commands(typer.main.get_group(app)):
        options = {opt for param in command.params for opt in getattr(param, "opts", [])}
        assert "--json" in options, f"`annotate {name}` has no --json"


def test_toolkit_errors_are_one_message_and_exit_code_2(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9")
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    # A valid table: push checks its input before it looks for a server.
    pd.DataFrame({"sentence_id": ["a-1"], "text": ["A."], "text_sha256": ["0" * 64]}).to_parquet(
        tmp_path / "s.parquet"
    )
    result = CliRunner().invoke(app, ["push", str(tmp_path / "s.parquet")])
    assert result.exit_code == 2
    assert "LABEL_STUDIO_API_KEY is not set, but LABEL_STUDIO_URL is" in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_exception(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9")
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    result = CliRunner().invoke(app, ["--debug", "push", str(tmp_path / "s.parquet")])
    assert result.exit_code != 2
    assert result.exception is not None


def test_connection_repr_hides_the_token() -> None:
    token = "f" * 36 + "abcd"
    text = repr(Connection(url="http://x", api_key=token))
    assert token not in text
    assert re.search(r"\*\*\*abcd", text)


def test_ingest_command_reports_skipped_files_and_exit_code(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "A Title\n\nThe first sentence is here. The second one follows it.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out" / "s.parquet"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "-o", str(out), "--json"])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    assert summary["n_articles"] == 1 and summary["n_sentences"] == 2
    assert [Path(s["path"]).name for s in summary["skipped"]] == ["empty.txt"]

    clean = CliRunner().invoke(app, ["ingest", str(tmp_path / "good.txt"), "-o", str(out)])
    assert clean.exit_code == 0, clean.output
    assert "sentences" in clean.stdout


def test_ingest_command_prints_encoding_warnings_and_exits_1(tmp_path: Path) -> None:
    # A file read in a guessed encoding may hold wrong characters: said, like a skip, with exit 1.
    (tmp_path / "win.txt").write_bytes(
        "A Title\n\nShe said \u201cno\u201d at the caf\u00e9.\n".encode("cp1252")
    )
    out = tmp_path / "out" / "s.parquet"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "win.txt"), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "warning" in result.stderr and "decoded as cp1252" in result.stderr
    as_json = CliRunner().invoke(
        app, ["ingest", str(tmp_path / "win.txt"), "-o", str(out), "--json"]
    )
    assert as_json.exit_code == 1
    summary = json.loads(as_json.stdout)
    assert summary["n_articles"] == 1 and summary["skipped"] == []
    assert [w["line"] for w in summary["warnings"]] == [None]


def test_preannotate_command_writes_rule_based_predictions(tmp_path: Path) -> None:
    runner = CliRunner()
    sentences = tmp_path / "s.parquet"
    done = runner.invoke(app, ["ingest", str(ROOT / "corpus"), "-o", str(sentences)])
    assert done.exit_code == 0, done.output
    out = tmp_path / "pre.parquet"
    result = runner.invoke(
        app,
        [
            "preannotate",
            str(sentences),
            "-o",
            str(out),
            "--schema",
            str(ROOT / "schemas" / "news-stance.yaml"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sentences"] == 24
    import pandas as pd

    frame = pd.read_parquet(out)
    # The rules' quality is pinned in test_preannotate.py; here, the command's contract.
    assert set(frame["sentence_id"]) == set(pd.read_parquet(sentences)["sentence_id"])
    assert set(frame["hedging"]) <= {"hedged", "not_hedged"}
    assert set(frame["attribution"]) <= {"unattributed", "named_source", "anonymous_source"}
    assert frame["model_version"].str.startswith("lexicon-").all()
