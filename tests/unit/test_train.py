"""train / evaluate / predict on tiny synthetic releases written in the release layout."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from annotate.dataset._import import release_from_gold
from annotate.model import _selection
from annotate.model._model_file import load_model
from annotate.model._predict import evaluate, predict
from annotate.model._train import TrainError, train
from annotate.schema._schema import load_schema
from annotate.studio._predictions import to_predictions

# The synthetic sentences carry choice labels and no cue or source spans: under
# news-stance's error rules (a hedged or attributed sentence needs its span) a release
# would leave those annotations out, so these tests release with the rules removed.
SCHEMA = dataclasses.replace(
    load_schema(Path(__file__).parents[2] / "schemas" / "news-stance.yaml"), rules=()
)
HEDGED = ["may", "could", "reportedly", "possibly", "might"]
SOURCES = {
    "named_source": "Mr Smith said",
    "anonymous_source": "officials said",
    "unattributed": "",
}
TOPICS = ["the bridge", "the plant", "the port", "the airbase", "the talks", "the ceasefire"]


def _rows(n: int, split: str, seed: int, *, claim: str = "factual") -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        hedged = i % 2 == 0
        attribution = list(SOURCES)[i % 3]
        verb = f"{rng.choice(HEDGED)} have failed" if hedged else "failed"
        text = f"{SOURCES[attribution]} {rng.choice(TOPICS)} {verb} on day {rng.randint(1, 30)}."
        rows.append(
            {
                "sentence_id": f"{split}-{i}",
                "article_id": f"{split}-a{i // 4}",
                "text": text.strip().capitalize(),
                "hedging": "hedged" if hedged else "not_hedged",
                "attribution": attribution,
                "claim_type": claim if i % 5 else "opinion",
            }
        )
    return pd.DataFrame(rows)


def _release(
    tmp: Path,
    n_train: int = 90,
    n_test: int = 45,
    version: str = "0.1.0",
    schema=SCHEMA,
    n_valid: int = 30,
):
    frames = {
        "train": _rows(n_train, "train", 1),
        "validation": _rows(n_valid, "validation", 2),
        # "prediction" never occurs in train: the model must cope and the report must say so.
        "test": _rows(n_test, "test", 3, claim="prediction"),
    }
    table = pd.concat([f.assign(split=name) for name, f in frames.items()], ignore_index=True)
    made = release_from_gold(table, schema, tmp / f"release-{version}", version, source="test")
    return made.path


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("train")
    release = _release(tmp)
    result = train(release, tmp / "model", seed=0)
    return release, result


def test_writes_model_card_metrics_report_and_plots(trained):
    _, result = trained
    out = result.output_dir
    for name in ("model.skops", "model.json", "README.md", "metrics.json", "report.md"):
        assert (out / name).is_file(), name
    for field in ("claim_type", "hedging", "attribution"):
        assert (out / f"confusion-{field}.png").read_bytes()[:4] == b"\x89PNG"
    assert (out / "learning-curve.png").read_bytes()[:4] == b"\x89PNG"
    manifest_sha = result.metrics["release"]["manifest_sha256"]
    card = (out / "README.md").read_text()
    assert (
        "release **news-stance 0.1.0**" in card
        and manifest_sha in card
        and f"news-stance {SCHEMA.version}" in card
    )
    assert "Intended use" in card and "Limits" in card
    report = (out / "report.md").read_text()
    assert "| class | precision | recall | F1 | support (test) | train + validation |" in report
    assert "| hedged |" in report and "Macro-F1 on test:" in report
    metrics = json.loads((out / "metrics.json").read_text())
    hedging = metrics["fields"]["hedging"]
    assert hedging["test"]["macro_f1"] > 0.9  # the cue words separate the classes
    assert hedging["test"]["per_class"]["hedged"]["support"] == 23
    assert hedging["choice"]["selected_on"] == (
        "5-fold cross-validation on train + validation, folds by article (3 fold seeds pooled)"
    )
    assert [n for n, _ in metrics["learning_curve"]["hedging"]][-1] == 90


def test_small_data_is_reported_with_counts(trained):
    _, result = trained
    claim = result.metrics["fields"]["claim_type"]
    codes = {w["code"]: w for w in claim["warnings"]}
    # Train never saw "prediction"; test has 36 of them but only 9 "opinion" and no others.
    assert codes["class_absent_from_train"]["counts"]["prediction"] == 0
    assert codes["few_test_examples"]["counts"]["opinion"] == 9
    assert "not reliable" in (result.output_dir / "report.md").read_text()
    assert "opinion (9)" in (result.output_dir / "README.md").read_text()
    # In the card's table the warning sits on the headline score, the one selection used.
    (row,) = [r for r in (result.output_dir / "README.md").read_text().splitlines()
              if r.startswith("| claim_type |")]  # fmt: skip
    assert row.split(" | ")[2].endswith("per-class scores and macro-F1 are not meaningful)")
    pred = predict(result.output_dir, _rows(10, "new", 9, claim="prediction"))
    assert set(pred["claim_type"]) <= {"factual", "opinion"}


def test_tiny_release_trains_but_says_so(tmp_path):
    release = _release(tmp_path, n_train=10, n_test=12)
    result = train(release, tmp_path / "m", fields=["hedging"])
    warning = next(
        w
        for w in result.metrics["fields"]["hedging"]["warnings"]
        if w["code"] == "few_train_sentences"
    )
    assert warning["counts"] == {"hedged": 20, "not_hedged": 20}
    assert "only 40 labelled training sentences" in warning["message"]
    assert any(
        "not reliable" in line for line in (tmp_path / "m" / "report.md").read_text().splitlines()
    )
    assert (
        "Chosen on 5-fold cross-validation on train + validation"
        in (tmp_path / "m" / "report.md").read_text()
    )


def test_a_field_too_small_to_choose_keeps_defaults_and_says_so(tmp_path):
    frames = {"train": _rows(20, "train", 1), "validation": _rows(6, "validation", 2)}
    frames["test"] = _rows(6, "test", 3)
    for name in ("train", "validation"):
        frames[name]["hedging"] = "not_hedged"
    frames["train"].loc[0, "hedging"] = "hedged"  # one example: nothing to cross-validate
    table = pd.concat([f.assign(split=n) for n, f in frames.items()], ignore_index=True)
    release = release_from_gold(table, SCHEMA, tmp_path / "rel", "0.1.0", source="test").path
    result = train(release, tmp_path / "m", fields=["hedging"])
    assert result.metrics["fields"]["hedging"]["choice"]["selected_on"].startswith("defaults")
    line = next(
        x for x in (tmp_path / "m" / "report.md").read_text().splitlines() if "Chosen on" in x
    )
    assert line.startswith("Chosen on defaults (too little data to choose): C=1.0")
    assert "None" not in line


def test_large_releases_choose_on_the_validation_split(tmp_path, monkeypatch):
    # Five fits per setting would break the time budget on large releases; this pretends 50
    # sentences are large to exercise that path.
    monkeypatch.setattr(_selection, "LARGE_N", 50)
    monkeypatch.setattr(_selection, "MIN_CV_MINORITY", 5)
    result = train(_release(tmp_path), tmp_path / "m", fields=["hedging"])
    choice = result.metrics["fields"]["hedging"]["choice"]
    assert choice["selected_on"] == "the validation split"
    assert {r["C"] for r in choice["tried"]} == set(_selection.C_GRID_LARGE)
    assert choice["threshold_on"] in (
        None,
        "3-fold cross-validation on train + validation, folds by article",
    )
    report = (tmp_path / "m" / "report.md").read_text()
    assert "Chosen on the validation split" in report


def test_model_round_trips_through_skops_and_predicts_the_same(trained):
    release, result = trained
    models, meta = load_model(result.output_dir)
    test = pd.read_parquet(release / "data" / "test.parquet")
    names = SCHEMA.field("hedging").values
    gold = [names[i] for i in test["hedging"]]
    pred = models["hedging"].predict(test["text"])
    confusion = pd.crosstab(pd.Categorical(gold, names), pd.Categorical(pred, names), dropna=False)
    assert confusion.to_numpy().tolist() == result.metrics["fields"]["hedging"]["test"]["confusion"]
    assert meta.model_version == result.model_version
    assert not any(
        b"pickle" in line
        for line in (result.output_dir / "model.skops").read_bytes().split(b"\n")[:1]
    )


class _Untrusted:
    """Stands for anything a model file should not hold (skops would rebuild it on load)."""

    def __init__(self) -> None:
        self.payload = "x"


def test_refuses_unexpected_types_in_a_model_file(trained, tmp_path):
    import skops.io as sio

    _, result = trained
    (tmp_path / "model.json").write_text((result.output_dir / "model.json").read_text())
    sio.dump({"hedging": _Untrusted()}, tmp_path / "model.skops")
    with pytest.raises(
        TrainError, match=r"refusing to load types annotate train never writes: .*_Untrusted"
    ):
        load_model(tmp_path)


def test_predict_columns_uncertainty_and_label_studio_predictions(trained, tmp_path):
    _, result = trained
    sentences = _rows(6, "new", 5)[["sentence_id", "text"]]
    sentences.to_parquet(tmp_path / "s.parquet")
    path = predict(result.output_dir, tmp_path / "s.parquet", output=tmp_path / "p.parquet")
    pred = pd.read_parquet(path)
    assert list(pred.columns) == [
        "sentence_id",
        "claim_type",
        "claim_type_score",
        "hedging",
        "hedging_score",
        "attribution",
        "attribution_score",
        "uncertainty",
        "order",
        "model_version",
    ]
    assert pred["uncertainty"].between(0, 1).all() and pred["hedging_score"].between(0.5, 1).all()
    items = to_predictions(pred, SCHEMA)
    assert items[0]["model_version"] == result.model_version
    values = SCHEMA.parse_result(items[0]["result"], sentences["text"][0])
    assert (
        values["hedging"] == pred["hedging"][0] and values["attribution"] == pred["attribution"][0]
    )


def test_evaluate_on_another_release_and_refuse_another_schema(trained, tmp_path):
    _, result = trained
    other = _release(tmp_path, version="0.2.0")
    scores = evaluate(result.output_dir, other)
    assert scores["release"] == "0.2.0" and scores["fields"]["hedging"]["test"]["macro_f1"] > 0.9
    changed = load_schema(Path(__file__).parents[2] / "schemas" / "news-stance.yaml")
    changed = type(changed)(**{**changed.__dict__, "version": "2.0.0"})
    bad = _release(tmp_path, version="0.3.0", schema=changed)
    with pytest.raises(
        TrainError,
        match=r"trained on schema news-stance 1\.1\.0, release 0\.3\.0 uses news-stance 2\.0\.0",
    ):
        evaluate(result.output_dir, bad)


def test_unknown_field_names_the_valid_ones(trained, tmp_path):
    release, _ = trained
    with pytest.raises(TrainError, match="no choice field 'stance'") as err:
        train(release, tmp_path / "m", fields=["stance"])
    assert "claim_type, hedging, attribution" in str(err.value)


def test_trains_on_a_release_written_by_the_release_writer(tmp_path):
    release = Path(__file__).parents[1] / "data" / "releases" / "1.0.0"
    result = train(release, tmp_path / "m", fields=["hedging"])
    assert result.model_version.startswith("tfidf-lr-annotate-test-fixture@1.0.0+")
    assert any(
        w["code"] == "few_train_sentences" for w in result.metrics["fields"]["hedging"]["warnings"]
    )


def test_marked_source_spans_train_a_tagger_that_the_saved_model_keeps(tmp_path):
    """A release with spans: selection tries the span tagger, and skops reloads it."""
    frames = {"train": _rows(90, "train", 1), "validation": _rows(30, "validation", 2)}
    frames["test"] = _rows(45, "test", 3)
    table = pd.concat([f.assign(split=name) for name, f in frames.items()], ignore_index=True)

    def source(text: str) -> list[dict]:
        for phrase in ("Mr smith", "Officials"):
            if text.startswith(phrase):
                return [{"start": 0, "end": len(phrase), "label": "source", "text": phrase}]
        return []

    table["source"] = table["text"].map(source)
    made = release_from_gold(table, SCHEMA, tmp_path / "release", "0.1.0", source="test")
    result = train(made.path, tmp_path / "model", fields=["attribution"], seed=0)
    choice = result.metrics["fields"]["attribution"]["choice"]
    assert {r["spans"] for r in choice["tried"]} == {False, True}
    # Every setting scores 1.0 on this easy data; ties go to more blocks, so the tagger is in.
    assert choice["spans"] == ["source"]
    report = (tmp_path / "model" / "report.md").read_text(encoding="utf-8")
    assert "span taggers source" in report
    models, _ = load_model(result.output_dir)
    blocks = dict(models["attribution"].named_steps["features"].transformer_list)
    assert blocks["span:source"].tagger_ is not None
    sentences = ["Mr smith said the port failed on day 3.", "Officials said the bridge failed."]
    assert list(models["attribution"].predict(sentences)) == [
        "named_source",
        "anonymous_source",
    ]
