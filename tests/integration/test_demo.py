"""The README's main job, end to end, against the test server."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from annotate._demo import demo
from annotate.cli import app
from annotate.dataset import load_release, release, verify
from annotate.schema._schema import load_schema
from annotate.studio._client import Client

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
    # 24 annotations x 7 fields (3 choices, 4 span fields), one row each.
    assert result.annotation_rows == 24 * 7

    release_dir = Path(result.paths["release"])
    manifest = verify(release_dir)
    assert manifest.version == "0.1.0"
    assert manifest.project is not None and manifest.project["title"] == project_name
    assert sum(manifest.splits.values()) == 24
    # One article: grouping by article would empty the test split, so the card says so.
    assert manifest.split_unit == "sentence"
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
    # Nothing changed: the same release and model, said so.
    assert (again.paths["release"], again.paths["model"]) == (
        result.paths["release"],
        result.paths["model"],
    )
    assert "release 0.1.0 reused: the annotations give the same data" in again.notes
    assert "model news-stance-0.1.0 reused: it was trained on this release" in again.notes

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


def _hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_a_second_run_keeps_all_made_before_and_says_what_it_used(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    workdir, schema_path = tmp_path / "demo", ROOT / "schemas" / "news-stance.yaml"
    first = demo(ROOT / "corpus", workdir, schema=schema_path, project=project_name, client=client)
    schema = load_schema(schema_path)
    # Between the runs, the user makes a release and a file of their own ...
    release(
        "0.2.0",
        workdir / "releases",
        annotations=first.paths["annotations"],
        sentences=first.paths["sentences"],
        schema=schema,
    )
    (workdir / "notes.txt").write_text("my own notes\n")
    # ... and annotators go on: a task added by hand, labelled, and a second opinion on a
    # corpus sentence (claim type other than the gold one: a tie, so the data change).
    project_id = int(first.project_url.rsplit("/", 1)[1])
    values: dict[str, object] = {
        "claim_type": "opinion",
        "hedging": "not_hedged",
        "hedge_cue": [],
        "attribution": "unattributed",
        "source": [],
        "attribution_cue": [],
    }
    # Imported by hand: the fields the labelling interface shows, but no sentence_id.
    by_hand = {"text": "A sentence added by hand.", "title": "By hand"}
    added = client.sdk.tasks.create(
        project=project_id, data=by_hand | {"context_before": "", "context_after": ""}
    )
    client.sdk.annotations.create(id=added.id, result=schema.to_result(values))
    pulled = pd.read_parquet(first.paths["annotations"])
    gold = pulled[pulled["field"] == "claim_type"].iloc[0]
    values["claim_type"] = "opinion" if gold["value"] != "opinion" else "factual"
    client.sdk.annotations.create(id=int(gold["task_id"]), result=schema.to_result(values))
    before = _hashes(workdir)

    run = CliRunner().invoke(
        app,
        [
            "demo",
            "--corpus",
            str(ROOT / "corpus"),
            "--workdir",
            str(workdir),
            "--releases-dir",
            str(workdir / "releases"),
            "--models-dir",
            str(workdir / "models"),
            "--schema",
            str(schema_path),
            "--project",
            project_name,
        ],
    )

    assert run.exit_code == 0, run.output
    after = _hashes(workdir)
    assert set(before) <= set(after), f"gone: {sorted(set(before) - set(after))}"
    changed = sorted(k for k in before if before[k] != after[k])
    # Only pull's own outputs are updated (with the new annotations), as pull always does.
    assert all(k.startswith("annotations.") for k in changed), changed
    said = " ".join(run.output.split())
    assert "release 0.2.1 made from release 0.2.0 (patch change" in said
    assert "model news-stance-0.2.1 trained on release 0.2.1" in said
    assert "1 annotation(s) on task(s) that are not sentences of" in said
    made = verify(workdir / "releases" / "0.2.1")
    assert made.parent == "0.2.0" and sum(made.splits.values()) == 24
    assert (workdir / "models" / "news-stance-0.2.1" / "model.skops").is_file()
