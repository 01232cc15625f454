"""`annotate release / verify / diff` on the command line, over the library's own tables."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from annotate.cli import app
from tests.unit.release_support import ROOT, C, Table, annotate_all, corpus
from tests.unit.release_support import sentences as make_sentences

SCHEMA = str(ROOT / "schemas" / "news-stance.yaml")


def _inputs(tmp_path: Path, n: int, relabel: bool = False) -> tuple[Path, Path]:
    sents = make_sentences(corpus(n))
    table = annotate_all(Table(), sents)
    if relabel:
        table.add("art000-0", C, claim_type="opinion", hedge_cue=[(0, 8)])
    annotations, sentences = tmp_path / f"a{n}.parquet", tmp_path / f"s{n}.parquet"
    table.frame().to_parquet(annotations)
    sents.to_parquet(sentences)
    return annotations, sentences


def test_release_verify_diff_and_tamper(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "releases"
    a1, s1 = _inputs(tmp_path, 20)
    args = ["--schema", SCHEMA, "-o", str(out)]
    first = runner.invoke(
        app, ["release", "1.0.0", "--annotations", str(a1), "--sentences", str(s1), *args]
    )
    assert first.exit_code == 0, first.output
    again = runner.invoke(
        app, ["release", "1.0.0", "--annotations", str(a1), "--sentences", str(s1), *args]
    )
    assert again.exit_code == 2 and "already exists; releases are immutable" in again.output

    a2, s2 = _inputs(tmp_path, 30)
    suggest = runner.invoke(
        app,
        [
            "release",
            "x",
            "--suggest",
            "--parent",
            "1.0.0",
            "--annotations",
            str(a2),
            "--sentences",
            str(s2),
            "--json",
            *args,
        ],
    )
    assert suggest.exit_code == 0, suggest.output
    assert json.loads(suggest.stdout) == {"suggested_version": "1.1.0"}
    second = runner.invoke(
        app,
        [
            "release",
            "1.1.0",
            "--parent",
            "1.0.0",
            "--annotations",
            str(a2),
            "--sentences",
            str(s2),
            "--json",
            *args,
        ],
    )
    assert second.exit_code == 0, second.output
    assert json.loads(second.stdout)["warnings"] == []

    diff = runner.invoke(app, ["diff", str(out / "1.0.0"), str(out / "1.1.0"), "--json"])
    assert diff.exit_code == 0
    assert json.loads(diff.stdout)["sentences_added"] > 0

    ok = runner.invoke(app, ["verify", str(out / "1.1.0")])
    assert ok.exit_code == 0 and "files match the manifest" in ok.stdout
    target = out / "1.1.0" / "data" / "train.parquet"
    os.chmod(target, 0o644)
    target.write_bytes(target.read_bytes() + b"x")
    bad = runner.invoke(app, ["verify", str(out / "1.1.0")])
    assert bad.exit_code == 2
    assert "data/train.parquet" in bad.output
