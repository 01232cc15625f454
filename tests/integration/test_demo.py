"""The README's main job, end to end, against the test server."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from annotate._client import Client
from annotate.cli import app
from annotate.demo import demo
from annotate.release import load_release, verify

ROOT = Path(__file__).resolve().parents[2]


def test_whole_loop_on_the_bundled_corpus(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    result = demo(
        ROOT / "corpus",
        tmp_path / "demo",
        schema=ROOT / "schemas" / "news-stance.yaml",
        project=project_name,
        client=client,
    )
    assert result.sentences == 24
    assert result.gold_annotations == 24
    # 24 annotations x 6 fields (3 choices, 3 span fields), one row each.
    assert result.annotation_rows == 24 * 6

    release_dir = Path(result.paths["release"])
    manifest = verify(release_dir)
    assert manifest["version"] == "0.1.0"
    assert manifest["project"]["title"] == project_name
    assert sum(manifest["splits"].values()) == 24
    # One article: grouping by article would empty the test split, so the card says so.
    assert manifest["split_unit"] == "sentence"
    card = (release_dir / "README.md").read_text()
    assert "sentence" in card.lower() and "split" in card.lower()
    data = load_release(release_dir)
    assert set(data) == {"train", "validation", "test"}
    assert data["train"].features["claim_type"].names[0] == "factual"

    report = Path(result.paths["report"]).read_text()
    assert "macro-F1" in report or "macro_f1" in report
    metrics = json.loads((Path(result.paths["model"]) / "metrics.json").read_text())
    assert set(metrics["fields"]) == {"claim_type", "hedging", "attribution"}
    assert any("24 labelled sentences from 1 article(s) are far too few" in n for n in result.notes)

    again = demo(
        ROOT / "corpus",
        tmp_path / "demo",
        schema=ROOT / "schemas" / "news-stance.yaml",
        project=project_name,
        client=client,
    )
    assert again.gold_annotations == 0, "a second run must not annotate twice"
    assert again.annotation_rows == result.annotation_rows

    # The trained model's predictions go back as pre-annotations, least certain first.
    run = CliRunner().invoke(
        app,
        [
            "predict",
            result.paths["model"],
            result.paths["sentences"],
            "-o",
            str(tmp_path / "pred.parquet"),
            "--push",
            "--project",
            project_name,
            "--schema",
            str(ROOT / "schemas" / "news-stance.yaml"),
            "--json",
        ],
    )
    assert run.exit_code == 0, run.output
    summary = json.loads(run.stdout)
    assert summary["pushed"] == 24
    project = client.sdk.projects.get(id=int(result.project_url.rsplit("/", 1)[1]))
    assert project.sampling == "Uncertainty sampling"
    predictions = client.sdk.predictions.list(project=project.id)
    assert len(predictions) == 24
    # The model that predicted is the one on disk now: its id names the release it was trained on
    # by the hash of that release's manifest.json, which a rebuild of the release changes.
    meta = json.loads((Path(result.paths["model"]) / "model.json").read_text())
    assert meta["model_version"].endswith("+" + meta["release_manifest_sha256"][:12])
    assert {p.model_version for p in predictions} == {meta["model_version"]}
