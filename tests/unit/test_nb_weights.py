"""Naive-Bayes weighted n-grams (NB-LR): chosen, fitted, saved and loaded (issue 15)."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from annotate.model import _selection
from annotate.model import features as _features
from annotate.model._nb_weights import NBWeighted, nb_ratio
from tests.unit.test_word_classes import _words


def _needles(n: int = 300, seed: int = 0) -> pd.DataFrame:
    """Sentences of 15 filler words (2,000 made-up words, each rare), 80% of them with one of 40
    words of their class: many weak, rare signals among noise, where the naive-Bayes prior
    helps the regression (checked below: the weighted setting scores strictly higher)."""
    rng = np.random.default_rng(seed)
    words = _words(2080, seed)
    signal = {"yes": words[:40], "no": words[40:80]}
    rows = []
    for _ in range(n):
        label = "yes" if rng.random() < 0.4 else "no"
        chosen = list(rng.choice(words[80:], 15))
        if rng.random() < 0.8:
            chosen.insert(int(rng.integers(len(chosen))), str(rng.choice(signal[label])))
        rows.append({"text": " ".join(chosen) + ".", "field": label, "article_id": "a"})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def chosen() -> tuple[pd.DataFrame, _selection.Choice, dict]:
    pooled = _needles()
    choice, prefit = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert prefit is not None
    return pooled, choice, prefit


def test_selection_keeps_the_weights_when_they_score_higher(chosen) -> None:
    _, choice, _ = chosen
    (row,) = [r for r in choice.tried if r["nb"]]
    assert row["score"] > max(r["score"] for r in choice.tried if not r["nb"])
    assert choice.nb


def test_the_fitted_model_weights_exactly_the_ngram_blocks_by_the_labels_of_its_rows(
    chosen,
) -> None:
    pooled, choice, prefit = chosen
    model = _features.fit(choice, pooled, "field", 0, prefit=prefit)
    blocks = dict(model.named_steps["features"].transformer_list)
    ngrams = {"word", "char", "classes"} & set(blocks)
    assert {n for n, b in blocks.items() if isinstance(b, NBWeighted)} == ngrams
    word = blocks["word"]
    inner = word.block.transform(pooled["text"])
    ratio = nb_ratio(inner, pooled["field"])
    assert np.allclose(word.ratio_, ratio, atol=1e-6)
    assert np.allclose(word.transform(pooled["text"]).toarray(), inner.toarray() * ratio, atol=1e-5)
    # Reusing selection's pooled blocks gives the model a fit from scratch gives.
    again = _features.fit(choice, pooled, "field", 0)
    new = list(_needles(40, seed=7)["text"])
    assert np.allclose(_features.proba(model, new)[1], _features.proba(again, new)[1], atol=1e-6)


def test_a_weighted_model_saves_loads_as_trusted_and_predicts_the_same(
    chosen, hedging_model, tmp_path
) -> None:
    from annotate.model._train import dump_models, load_model

    pooled, choice, prefit = chosen
    model = _features.fit(choice, pooled, "field", 0, prefit=prefit)
    folder = tmp_path / "model"
    folder.mkdir()
    shutil.copy(hedging_model[1].output_dir / "model.json", folder / "model.json")
    with open(folder / "model.skops", "wb") as fh:
        dump_models({"field": model}, fh)
    # A type missing from the trusted list would raise UntrustedModelError here.
    loaded, _ = load_model(folder)
    new = list(_needles(40, seed=7)["text"])
    assert np.array_equal(_features.proba(loaded["field"], new)[1], _features.proba(model, new)[1])


def test_in_selection_each_folds_ratio_comes_from_its_training_rows_only() -> None:
    from annotate.model._nb_weights import nb_scale

    rng = np.random.default_rng(0)
    X = sp.csr_matrix(rng.random((60, 30)) < 0.2, dtype=float)
    y = np.where(rng.random(60) < 0.5, "a", "b")
    tr, te = np.arange(45), np.arange(45, 60)
    weighted = np.r_[np.ones(20, bool), np.zeros(10, bool)]
    (P,) = _selection._fold_proba(X, None, y, tr, te, (1.0,), 0, weighted)

    def scaled_by(rows: np.ndarray) -> np.ndarray:
        ratio = np.where(weighted, nb_ratio(X[rows], y[rows]), 1.0)
        return _selection._fold_proba(nb_scale(X, ratio), None, y, tr, te, (1.0,), 0)[0]

    assert np.allclose(P, scaled_by(tr))
    # Learned on every row, held-out ones included, the weights would differ.
    assert not np.allclose(P, scaled_by(np.arange(60)))


def test_three_classes_are_not_offered_the_weights() -> None:
    pooled = _needles()
    pooled.loc[pooled.index % 3 == 0, "field"] = "maybe"
    choice, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert not any(r["nb"] for r in choice.tried) and not choice.nb
    with pytest.raises(ValueError, match="two classes"):
        nb_ratio(sp.csr_matrix(np.eye(3)), ["a", "b", "c"])


def test_train_records_the_weights_in_the_choice(hedging_model) -> None:
    choice = hedging_model[1].metrics["fields"]["hedging"]["choice"]
    assert "nb" in choice and any(r["nb"] for r in choice["tried"])


# --- small data: several fold seeds pooled --------------------------------------------------


def test_repeated_folds_hold_out_every_row_once_per_fold_seed() -> None:
    y = np.array(["a"] * 30 + ["b"] * 20)
    folds = _selection._repeated_folds(y, 5, seed=0, repeats=3)
    assert len(folds) == 15
    slots = np.concatenate([s for _, _, s in folds])
    assert sorted(slots) == list(range(150))
    for r in range(3):
        held = np.concatenate([te for _, te, _ in folds[5 * r : 5 * r + 5]])
        assert sorted(held) == list(range(50))
    # Each repetition is its own fold seed, so the held-out sets differ.
    assert not np.array_equal(folds[0][1], folds[5][1])


def test_small_data_is_judged_on_three_fold_seeds_pooled(chosen, monkeypatch) -> None:
    pooled, choice, _ = chosen
    assert len(pooled) < _selection.SMALL_N
    assert choice.selected_on.endswith("(3 fold seeds pooled)")
    # With one fold seed, the same rows give other scores: the pooled ones are what was used.
    monkeypatch.setattr(_selection, "SMALL_N", 0)
    one, _ = _selection.select_cv(pooled, "field", "macro-f1", [], seed=0)
    assert "pooled" not in one.selected_on
    assert [r["score"] for r in one.tried] != [r["score"] for r in choice.tried]
