"""``annotate status`` before any pull: one line saying what to do, and no server asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app


def test_status_without_an_annotation_table_says_to_pull_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing answers on the discard port: a status that asked the server would fail
    # with a connection error instead.
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "0" * 40)
    missing = tmp_path / "annotations.parquet"
    ran = CliRunner().invoke(app, ["status", "--annotations", str(missing)])
    assert ran.exit_code == 2, ran.output
    said = " ".join(ran.output.split())
    assert f"no annotation table at {missing}" in said and "annotate pull" in said
