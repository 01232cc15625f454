"""Training on several releases of one schema, and the metric selection uses by default."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.dataset._import import release_from_gold
from annotate.errors import ReleaseError
from annotate.model import _selection
from annotate.model._model_file import load_model
from annotate.model._predict import evaluate
from annotate.model._releases import field_metric, read_releases
from annotate.model._train import TrainError, train
from tests.unit.test_train import SCHEMA, _rows


def _release(
    tmp: Path,
    name: str,
    *,
    seed: int = 1,
    schema=SCHEMA,
    metrics: dict[str, str] | None = None,
    test: pd.DataFrame | None = None,
) -> Path:
    """A small release whose rows are its own (ids prefixed by ``name``)."""
    frames = {
        "train": _rows(60, "train", seed),
        "validation": _rows(24, "validation", seed + 1),
        "test": _rows(30, "test", seed + 2) if test is None else test,
    }
    table = pd.concat([f.assign(split=s) for s, f in frames.items()], ignore_index=True)
    table["sentence_id"] = name + "-" + table["sentence_id"]
    table["article_id"] = name + "-" + table["article_id"]
    made = release_from_gold(
        table, schema, tmp / name, "1.0.0", source=name, pretty_name=name, metrics=metrics
    )
    return made.path


def _flipped() -> pd.DataFrame:
    """Another test split: other sentences, every label the wrong way round."""
    return _rows(30, "test", 99).assign(
        hedging=lambda d: d["hedging"].map({"hedged": "not_hedged", "not_hedged": "hedged"})
    )


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, Any]:
    """Releases alpha and beta, beta again with the flipped test split, and a hedging model
    trained on alpha and beta (built once: each fit takes seconds)."""
    tmp = tmp_path_factory.mktemp("pair")
    a, b = _release(tmp, "alpha", seed=1), _release(tmp, "beta", seed=7)
    b2 = _release(tmp / "other", "beta", seed=7, test=_flipped())
    return a, b, b2, train([a, b], tmp / "m", fields=["hedging"])


def test_several_releases_fit_on_their_trains_and_score_each_test(pair) -> None:
    result = pair[3]
    m = result.metrics["fields"]["hedging"]
    # Train and validation of both releases (60 + 24 each) are what the model is fitted on.
    assert sum(m["train_counts"].values()) == 2 * (60 + 24)
    assert list(m["tests"]) == ["alpha@1.0.0", "beta@1.0.0"]
    assert [t["n"] for t in m["tests"].values()] == [30, 30]
    assert m["test"]["n"] == 60
    assert result.model_version.startswith("tfidf-lr-alpha+beta@1.0.0+1.0.0+")
    _, meta = load_model(result.output_dir)
    assert [r["name"] for r in meta.extra["releases"]] == ["alpha", "beta"]
    written = json.loads((result.output_dir / "metrics.json").read_text())
    assert [r["name"] for r in written["releases"]] == ["alpha", "beta"]
    # The model card names each release by the hash a reader can check (sha256sum
    # manifest.json), not the union's hash of hashes, which no file has.
    card = (result.output_dir / "README.md").read_text()
    for r in written["releases"]:
        assert f"**{r['name']} 1.0.0** (manifest.json sha256 `{r['manifest_sha256']}`)" in card
    assert written["release"]["manifest_sha256"] not in card.split("## Model")[0].split("\n", 1)[1]
    assert "Releases **alpha 1.0.0**" in (result.output_dir / "report.md").read_text()
    # Each release's test split has its row in the card's table, after the pooled one.
    for key, test in m["tests"].items():
        assert f"| hedging ({key}) | macro-f1 | {test['macro_f1']:.3f} |" in card


def test_a_release_without_a_test_split_adds_training_data_only(pair, tmp_path: Path) -> None:
    a = pair[0]
    extra = _release(tmp_path, "extra", seed=11, test=_rows(0, "test", 0))
    result = train([a, extra], tmp_path / "m", fields=["hedging"])
    m = result.metrics["fields"]["hedging"]
    assert list(m["tests"]) == ["alpha@1.0.0"]
    assert sum(m["train_counts"].values()) == 2 * (60 + 24)
    # Evaluated on that empty split, the user is told so (scikit-learn raised on no rows).
    with pytest.raises(TrainError, match="no labelled sentence in the test split") as err:
        evaluate(pair[3].output_dir, extra)
    assert "--split" in (err.value.hint or "")
    assert evaluate(pair[3].output_dir, extra, split="train")["fields"]["hedging"]["test"]["n"]


@pytest.mark.parametrize("regime", ["cross-validation", "validation split"])
def test_no_test_split_reaches_selection(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, regime: str
) -> None:
    a, b, b2, one = pair
    if regime == "validation split":
        # Pretend 50 sentences are large, to take the path that selects on validation.
        monkeypatch.setattr(_selection, "LARGE_N", 50)
        monkeypatch.setattr(_selection, "MIN_CV_MINORITY", 5)
        one = train([a, b], tmp_path / "m1", fields=["hedging"])
    two = train([a, b2], tmp_path / "m2", fields=["hedging"])
    c1, c2 = (r.metrics["fields"]["hedging"]["choice"] for r in (one, two))
    assert c1 == c2
    assert len(c1["tried"]) > 1
    assert c1["selected_on"].startswith("the validation" if regime != "cross-validation" else "5-")
    # The flipped test split was scored, and scored badly: it was read, only not for choosing.
    t1, t2 = (r.metrics["fields"]["hedging"]["tests"]["beta@1.0.0"] for r in (one, two))
    assert t2["macro_f1"] < t1["macro_f1"]


def test_releases_of_different_schemas_are_refused(tmp_path: Path) -> None:
    a = _release(tmp_path, "alpha")
    other = dataclasses.replace(SCHEMA, version="9.0.0")
    b = _release(tmp_path, "beta", schema=other)
    with pytest.raises(TrainError, match="releases of different schemas") as err:
        train([a, b], tmp_path / "m")
    assert f"{a} uses news-stance {SCHEMA.version}" in err.value.message
    assert f"{b} uses news-stance 9.0.0" in err.value.message
    assert not (tmp_path / "m").exists()


def test_the_same_release_twice_is_refused(tmp_path: Path) -> None:
    a = _release(tmp_path, "alpha")
    with pytest.raises(TrainError, match="given more than once"):
        train([a, tmp_path / "alpha" / ".." / "alpha" / "1.0.0"], tmp_path / "m")


def test_the_default_metric_is_the_one_the_release_declares(pair, tmp_path: Path) -> None:
    declared = read_releases(_release(tmp_path, "declared", metrics={"hedging": "f1:hedged"}))
    plain = read_releases(pair[0])
    assert field_metric(declared, "hedging", None) == "f1:hedged"
    assert field_metric(declared, "hedging", "macro-f1") == "macro-f1"
    assert field_metric(plain, "hedging", None) == "macro-f1"
    # A release that declares nothing does not vote against one that does.
    assert field_metric(declared + plain, "hedging", None) == "f1:hedged"
    # ... and train selects by it.
    result = train(declared[0].path, tmp_path / "m", fields=["hedging"])
    assert result.metrics["fields"]["hedging"]["choice"]["metric"] == "f1:hedged"
    # The card and the report give the declared metric's score, as a paper on the corpus would.
    test = result.metrics["fields"]["hedging"]["test"]
    f1 = test["per_class"]["hedged"]["f1"]
    card = (result.output_dir / "README.md").read_text()
    assert f"| hedging | f1:hedged | {f1:.3f} | {test['macro_f1']:.3f} | {test['n']} |" in card
    report = (result.output_dir / "report.md").read_text()
    assert f"f1:hedged on test (selected by): {f1:.3f}" in report


def test_releases_declaring_different_metrics_need_one_given(tmp_path: Path) -> None:
    a = _release(tmp_path, "alpha", metrics={"hedging": "f1:hedged"})
    b = _release(tmp_path, "beta", metrics={"hedging": "macro-f1"})
    with pytest.raises(TrainError, match="declare different metrics") as err:
        train([a, b], tmp_path / "m", fields=["hedging"])
    assert "alpha@1.0.0: f1:hedged, beta@1.0.0: macro-f1" in err.value.message
    assert "--metric" in (err.value.hint or "")
    assert not (tmp_path / "m").exists()
    assert field_metric(read_releases([a, b]), "hedging", "f1:hedged") == "f1:hedged"


@pytest.mark.parametrize(
    ("metric", "says"),
    [
        ("f1:uncertain", "names no label of the field (labels: hedged, not_hedged)"),
        ("accuracy", "is not macro-f1 or f1:<label>"),
    ],
)
def test_a_metric_that_cannot_judge_the_field_is_refused(
    tmp_path: Path, metric: str, says: str
) -> None:
    a = _release(tmp_path, "alpha")
    with pytest.raises(TrainError, match="field 'hedging'") as err:
        train(a, tmp_path / "m", fields=["hedging"], metric=metric)
    assert says in err.value.message
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize(
    ("metrics", "says"),
    [
        ({"nofield": "macro-f1"}, "'nofield' is not a choice field of schema news-stance"),
        ({"hedging": "f1:maybe"}, "field 'hedging': metric 'f1:maybe' names no label"),
    ],
)
def test_a_release_cannot_declare_a_metric_its_fields_cannot_meet(
    tmp_path: Path, metrics: dict[str, str], says: str
) -> None:
    with pytest.raises(ReleaseError) as err:
        _release(tmp_path, "alpha", metrics=metrics)
    assert says in err.value.message


def test_cli_trains_on_several_releases_and_prints_each_test(tmp_path: Path) -> None:
    a = _release(tmp_path, "alpha", metrics={"hedging": "f1:hedged"})
    b = _release(tmp_path, "beta", seed=7)
    runner = CliRunner()
    result = runner.invoke(
        app, ["train", str(a), str(b), "-o", str(tmp_path / "m"), "--field", "hedging"]
    )
    assert result.exit_code == 0, result.output
    for row in ("all releases", "alpha@1.0.0", "beta@1.0.0"):
        assert row in result.output
    assert "f1:hedged" in result.output
    other = _release(tmp_path, "gamma", schema=dataclasses.replace(SCHEMA, version="9.0.0"))
    refused = runner.invoke(app, ["train", str(a), str(other), "-o", str(tmp_path / "m2")])
    assert refused.exit_code == 2
    assert "releases of different schemas" in refused.output


def test_the_readme_train_examples_give_the_benchmark_figures() -> None:
    # The README's public-corpora commands run what benchmarks/classifier.py runs (import, then
    # train with the metric the release declares); the figures it quotes are the measured ones.
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = readme.split("### Public corpora: the benchmarks from the command line", 1)[1]
    block = block.split("```bash", 1)[1].split("```", 1)[0]
    quoted = re.findall(r"annotate train (.+?) .*?-o .*?score (0\.\d{3})", block, re.S)
    results = (root / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    rows = {
        "releases/conll2010-wikipedia/1.0.0": "| CoNLL-2010 Wikipedia (F1 of `uncertain`, eval) |",
        "releases/conll2010-biological/1.0.0": "| CoNLL-2010 biological + the 9 Szeged full papers",
    }
    assert [release for release, _ in quoted] == list(rows)
    for release, figure in quoted:
        # The latest measurement of the task: RESULTS.md keeps older rows above newer ones.
        row = [line for line in results.splitlines() if line.startswith(rows[release])][-1]
        assert f"**{figure}**" in row, (release, row)
    assert "selected by f1:uncertain" in block


def test_the_readme_cross_domain_example_gives_the_benchmark_figures() -> None:
    # The README's cross-domain commands (build-lexicon, train --lexicon, evaluate) quote the
    # figures the latest measured run of them gave, which are --cross's own.
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = readme.split("Across domains (`benchmarks/classifier.py --cross`)", 1)[1]
    block = block.split("```bash", 1)[1].split("```", 1)[0]
    adapted, own = re.search(r"(0\.\d{3}) adapted \((0\.\d{3}) with --no-adapt", block).groups()
    results = (root / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    row = [line for line in results.splitlines() if line.startswith("| the command line |")][-1]
    cells = [c.strip() for c in row.split("|")]
    assert (f"{float(cells[2]):.3f}", f"{float(cells[3]):.3f}") == (own, adapted)
    assert "build-lexicon --without conll2010-biological" in block and "--lexicon" in block
