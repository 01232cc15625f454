"""A release carries a loadable schema, and training compares the model with the rules."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from annotate.dataset import IntegrityError, release_schema
from annotate.model._train import train

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "tests" / "data" / "releases" / "1.0.0"


def test_release_schema_loads_from_the_release_with_the_recorded_hash() -> None:
    schema = release_schema(OLD)
    manifest = json.loads((OLD / "manifest.json").read_text())
    assert schema.name == "news-stance"
    assert schema.sha256 == manifest["schema"]["sha256"]
    assert schema.guidelines_text.startswith("---")


def test_training_report_compares_the_model_with_the_cold_start_rules(tmp_path: Path) -> None:
    release = tmp_path / "release"
    shutil.copytree(OLD, release)
    result = train(release, tmp_path / "model")
    rows = result.metrics["rules_vs_model"]
    assert {(r["field"], r["predictor"]) for r in rows} == {
        ("hedging", "rules"),
        ("hedging", "model"),
        ("attribution", "rules"),
        ("attribution", "model"),
    }
    rules = next(r for r in rows if r["predictor"] == "rules")
    assert rules["model_version"].startswith("lexicon-")
    assert {"precision", "coverage", "macro_f1", "n"} <= set(rules)
    report = (tmp_path / "model" / "report.md").read_text()
    assert "## Rules or model as pre-annotator?" in report
    assert "| hedging | rules (lexicon-" in report


def test_training_refuses_a_tampered_release(tmp_path: Path) -> None:
    release = tmp_path / "release"
    shutil.copytree(OLD, release)
    target = release / "data" / "test.parquet"
    os.chmod(target, 0o644)
    target.write_bytes(target.read_bytes() + b"\0")
    with pytest.raises(IntegrityError, match=r"data/test\.parquet"):
        train(release, tmp_path / "model")
