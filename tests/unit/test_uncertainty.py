"""The uncertainty order shared by ``annotate predict`` / ``push`` and the simulation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from annotate.errors import TrainError
from annotate.model._uncertainty import (
    MEASURES,
    density,
    diverse_batch,
    served_order,
    uncertainty,
)


def test_uncertainty_is_one_minus_the_smallest_margin_over_fields() -> None:
    sure = np.array([[0.9, 0.1], [0.5, 0.5], [0.2, 0.8]])
    three = np.array([[0.1, 0.2, 0.7], [0.0, 0.0, 1.0], [0.4, 0.35, 0.25]])
    got = uncertainty([sure, three])
    # Row 0: margins 0.8 and 0.5 -> 0.5; row 1: coin toss in the first field; row 2: 0.6, 0.05.
    assert np.allclose(got, [0.5, 1.0, 0.95])


def test_a_single_label_field_is_sure_and_nothing_gives_empty() -> None:
    assert np.allclose(uncertainty([np.ones((2, 1))]), [0.0, 0.0])
    assert uncertainty([]).shape == (0,)
    assert uncertainty([np.zeros((0, 2))]).shape == (0,)


def test_a_sentence_at_the_models_threshold_is_the_most_uncertain() -> None:
    # Selection chose 0.35 for the second label: 0.35 is the coin toss, 0.5 already leans.
    P = np.array([[0.5, 0.5], [0.65, 0.35], [0.8, 0.2], [0.1, 0.9], [1.0, 0.0], [0.0, 1.0]])
    got = uncertainty([P], [0.35])
    assert np.allclose(got, [1 - 0.15 / 0.65, 1.0, 1 - 0.15 / 0.35, 1 - 0.55 / 0.65, 0.0, 0.0])
    assert np.argmax(got) == 1


def test_a_threshold_of_one_half_or_none_is_one_minus_the_margin() -> None:
    P = np.array([[0.9, 0.1], [0.5, 0.5], [0.3, 0.7]])
    assert np.allclose(uncertainty([P], [0.5]), uncertainty([P]))
    assert np.allclose(uncertainty([P], [None]), [0.2, 1.0, 0.6])


def test_each_field_is_judged_at_its_own_threshold() -> None:
    low = np.array([[0.7, 0.3], [0.1, 0.9]])  # threshold 0.3: row 0 is at it, row 1 far above
    three = np.array([[0.8, 0.1, 0.1], [0.6, 0.3, 0.1]])  # margins 0.7 and 0.3
    assert np.allclose(uncertainty([low, three], [0.3, None]), [1.0, 0.7])


@pytest.mark.parametrize(
    ("P", "thresholds", "match"),
    [
        (np.full((2, 2), 0.5), [0.0], r"field 0: decision threshold 0\.0 for 2 labels"),
        (np.full((2, 2), 0.5), [1.2], r"field 0: decision threshold 1\.2 for 2 labels"),
        (np.full((2, 3), 1 / 3), [0.4], r"field 0: decision threshold 0\.4 for 3 labels"),
        (np.full((2, 2), 0.5), [0.4, 0.4], r"2 decision thresholds for 1 fields"),
    ],
)
def test_a_threshold_that_cannot_be_a_decision_is_refused(P, thresholds, match) -> None:
    with pytest.raises(TrainError, match=match):
        uncertainty([P], thresholds)


def test_predict_orders_at_the_threshold_the_model_decides_at(hedging_model, tmp_path) -> None:
    """``annotate predict`` (whose ``uncertainty`` column ``push`` serves) reads the threshold
    selection chose from the model itself."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import FixedThresholdClassifier

    from annotate.model import features as _features
    from annotate.model._model_file import dump_models, load_model
    from annotate.model._predict import predict
    from tests.unit.test_train import _rows

    _, result = hedging_model
    models, _ = load_model(result.output_dir)
    pipe = models["hedging"]
    sentences = _rows(12, "new", 7)[["sentence_id", "text"]]
    _, P = _features.proba(pipe, sentences["text"])
    # A threshold at one sentence's probability, away from 0.5: that sentence is the coin toss.
    at = int(np.argmax(np.abs(P[:, 1] - 0.5)))
    t = float(P[at, 1])
    lr = pipe.named_steps["model"]
    wrapped = FixedThresholdClassifier(lr, threshold=t)
    wrapped.estimator_ = lr  # the fitted model, as train leaves it
    pipe.steps[-1] = ("model", wrapped)
    assert _features.decision_threshold(pipe) == t
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "model.json").write_bytes((result.output_dir / "model.json").read_bytes())
    with open(model_dir / "model.skops", "wb") as fh:
        dump_models(models, fh)
    pred = predict(model_dir, sentences)
    assert isinstance(pred, pd.DataFrame)
    # Weighed by how typical each sentence is (tested below): divided out, the sentence at the
    # threshold is the coin toss.
    typical = density(TfidfVectorizer(ngram_range=(1, 2)).fit_transform(sentences["text"]))
    assert np.allclose(pred["uncertainty"], (uncertainty([P], [t]) * typical).round(4))
    assert np.isclose(uncertainty([P], [t])[at], 1.0)
    assert _features.decision_threshold(load_model(result.output_dir)[0]["hedging"]) is None


def test_density_is_the_mean_cosine_similarity_to_every_sentence_over_the_largest() -> None:
    rng = np.random.default_rng(0)
    X = rng.random((7, 5)) * (rng.random((7, 5)) < 0.5)
    X[3] = 0.0  # a sentence without a known word is like none
    unit = X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-300)
    mean_cosine = (unit @ unit.T).mean(axis=1)
    assert np.allclose(density(X), mean_cosine / mean_cosine.max())
    assert np.allclose(density(sp.csr_matrix(X)), density(X))
    assert density(X)[3] == 0.0
    assert np.allclose(density(np.zeros((3, 4))), 1.0)  # nothing alike: none preferred
    assert density(np.zeros((0, 4))).shape == (0,)


def test_an_atypical_sentence_comes_after_a_typical_one_as_uncertain() -> None:
    """The most uncertain sentences alone are often atypical of the pool (on CheckThat they
    trained a model that ranked the test split worse than random order's): the order weighs
    closeness to the decision by how typical the sentence is."""
    P = np.array([[0.5, 0.5], [0.5, 0.5], [0.6, 0.4]])
    got = uncertainty([P], typical=np.array([0.2, 1.0, 1.0]))
    assert np.allclose(got, [0.2, 1.0, 0.8])
    assert list(np.argsort(-got, kind="stable")) == [1, 2, 0]


def test_predict_weighs_down_a_sentence_unlike_the_others(hedging_model) -> None:
    """``annotate predict`` (whose ``uncertainty`` column ``push`` serves) weighs by density
    over the table's own texts: a sentence sharing no word with the others, the one the
    model is least sure of, loses most of its uncertainty."""
    from annotate.model import features as _features
    from annotate.model._model_file import load_model
    from annotate.model._predict import predict
    from tests.unit.test_train import _rows

    _, result = hedging_model
    sentences = _rows(12, "new", 7)[["sentence_id", "text"]]
    odd = pd.DataFrame({"sentence_id": ["odd"], "text": ["Zyx qwv plorb glimt."]})
    table = pd.concat([sentences, odd], ignore_index=True)
    _, P = _features.proba(load_model(result.output_dir)[0]["hedging"], table["text"])
    alone = uncertainty([P])  # the model has no threshold (see the test above)
    assert alone.argmax() == len(sentences)  # unweighted, it would be served first
    pred = predict(result.output_dir, table)
    assert isinstance(pred, pd.DataFrame)
    kept = pred["uncertainty"].to_numpy() / alone
    assert kept.argmin() == len(sentences)
    assert kept[-1] < 0.5 < kept[:-1].min()


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        ("margin", [1 - 0.3, 1.0, 0.0, 1 - 0.1]),
        ("entropy", [None, 1.0, 0.0, None]),
        ("least-confident", [(1 - 0.6) * 1.5, 1.0, 0.0, (1 - 0.45) * 1.5]),
    ],
)
def test_the_three_measures_of_a_field_of_three_labels(measure, expected) -> None:
    P = np.array([[0.6, 0.3, 0.1], [1 / 3, 1 / 3, 1 / 3], [0.0, 1.0, 0.0], [0.45, 0.35, 0.2]])
    got = uncertainty([P], measure=measure)
    entropy = -(P * np.log(np.where(P > 0, P, 1.0))).sum(axis=1) / np.log(3)
    want = [entropy[i] if e is None else e for i, e in enumerate(expected)]
    assert np.allclose(got, want)


def test_with_two_labels_the_three_measures_give_one_order() -> None:
    p = np.random.default_rng(1).random(50)  # no two equally far from 0.5
    P = np.column_stack([1 - p, p])
    orders = [np.argsort(-uncertainty([P], measure=m), kind="stable") for m in MEASURES]
    assert all((o == orders[0]).all() for o in orders)


def test_an_unknown_measure_or_density_of_other_sentences_is_refused() -> None:
    P = np.full((2, 2), 0.5)
    with pytest.raises(TrainError, match=r"unknown uncertainty measure 'gini'"):
        uncertainty([P], measure="gini")
    with pytest.raises(TrainError, match=r"3 density weights for 2 sentences"):
        uncertainty([P], typical=np.ones(3))


# Three confusions of a model, as news repeats them: near-copies of one wire sentence each
# (corpus/iran-missiles-russia.txt and the way other outlets rewrite it), most uncertain first.
_CONFUSIONS = [
    "Analysts say the new missiles could potentially let Russia spare its own dwindling stockpile.",
    "Analysts say the missiles could potentially let Russia spare its dwindling stockpile.",
    "The new missiles could potentially let Russia spare its own dwindling stockpile, "
    "analysts say.",
    "\u201cThere will be more shipments,\u201d an Iranian official told Reuters.",
    "An Iranian official told Reuters there would be more shipments.",
    "Help support the Tampa Free Press by making a small donation.",
    "Help support the Tampa Free Press: make a small donation.",
]
_UNSURE = np.array([0.9, 0.89, 0.88, 0.7, 0.69, 0.5, 0.49])


def _tfidf(texts: list[str]) -> sp.csr_matrix:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=(1, 2)).fit_transform(texts)


@pytest.mark.parametrize("seed", range(5))
def test_a_diverse_batch_takes_the_most_uncertain_of_each_confusion(seed) -> None:
    """The batch of the highest scores is three near-copies of one sentence; the diverse
    batch is the most uncertain sentence of each of the three."""
    assert list(np.argsort(-_UNSURE, kind="stable")[:3]) == [0, 1, 2]
    assert list(diverse_batch(_UNSURE, _tfidf(_CONFUSIONS), 3, seed=seed)) == [0, 3, 5]
    # Among the 2 x 2 most uncertain only two confusions are candidates.
    assert list(diverse_batch(_UNSURE, _tfidf(_CONFUSIONS), 2, seed=seed, candidates=2)) == [0, 3]


def test_a_diverse_batch_is_the_same_for_a_seed() -> None:
    """The simulation's seeds and a re-run of ``annotate predict`` give the same batches."""
    rng = np.random.default_rng(3)
    texts = [" ".join(rng.choice(_CONFUSIONS[i % 7].split(), 6)) for i in range(400)]
    scores, rows = rng.random(400), _tfidf(texts)
    first = diverse_batch(scores, rows, 20, seed=7)
    assert len(first) == len(set(first)) == 20
    assert (np.diff(scores[first]) <= 0).all()  # most uncertain first
    assert (diverse_batch(scores, rows, 20, seed=7) == first).all()
    assert (diverse_batch(scores, rows.toarray(), 20, seed=7) == first).all()


def test_a_diverse_batch_of_few_or_alike_sentences() -> None:
    same = _tfidf(["The sanctions stay."] * 4)
    # Four identical sentences are one cluster: the batch is filled by score.
    assert list(diverse_batch(np.array([0.1, 0.4, 0.3, 0.2]), same, 3)) == [1, 2, 3]
    assert list(diverse_batch(np.array([0.1, 0.4]), same[:2], 5)) == [1, 0]
    assert diverse_batch(np.zeros(0), same[:0], 5).shape == (0,)


def test_a_diverse_batch_of_other_rows_or_no_size_is_refused() -> None:
    rows = _tfidf(_CONFUSIONS)
    with pytest.raises(TrainError, match=r"7 TF-IDF rows for 3 uncertainty scores"):
        diverse_batch(np.ones(3), rows, 2)
    with pytest.raises(TrainError, match=r"diverse batch of size 0 among 10 times as many"):
        diverse_batch(_UNSURE, rows, 0)


def test_the_served_order_is_diverse_batch_after_diverse_batch() -> None:
    rows = _tfidf(_CONFUSIONS)
    got = served_order(_UNSURE, rows, batch=3)
    assert list(got[:3]) == [0, 3, 5]  # one per confusion, then the rest the same way
    assert sorted(got) == list(range(7))
    assert list(served_order(_UNSURE, None)) == list(range(7))  # no words: by score
    assert served_order(np.zeros(0), rows[:0]).shape == (0,)
    # After ``ahead`` diverse batches the rest follows by score.
    assert list(served_order(_UNSURE, rows, batch=3, ahead=1)) == [0, 3, 5, 1, 2, 4, 6]


def test_predict_writes_the_served_order_and_push_serves_it(hedging_model) -> None:
    """``annotate predict``'s ``order`` is :func:`served_order` of its uncertainty over the
    table's word TF-IDF, and the scores ``push --order-by-uncertainty`` sends (Label Studio
    serves the lowest first) follow it, not the uncertainty alone: near-copies of one
    confusion are not served one after another."""
    from annotate.model._predict import _words, predict
    from annotate.studio._predictions import to_predictions
    from tests.unit.test_train import SCHEMA, _rows

    _, result = hedging_model
    # More than one batch of 50: within a single batch the order is by score anyway.
    confusions = pd.DataFrame(
        {"sentence_id": [f"s-{i}" for i in range(len(_CONFUSIONS))], "text": _CONFUSIONS}
    )
    table = pd.concat([_rows(120, "new", 7)[["sentence_id", "text"]], confusions])
    table = table.reset_index(drop=True)
    # The model's own answers: adapting to the table (the default) would move the uncertainty
    # that uncertainty_of recomputes from the model alone.
    pred = predict(result.output_dir, table, adapt=False)
    assert isinstance(pred, pd.DataFrame)
    unsure = uncertainty_of(result, table)
    want = served_order(unsure, _words(table["text"]))
    assert (want != np.argsort(-unsure, kind="stable")).any()  # the test tells them apart
    assert list(np.argsort(pred["order"].to_numpy())) == list(want)
    assert sorted(pred["order"]) == list(range(1, len(table) + 1))
    scores = [p["score"] for p in to_predictions(pred, SCHEMA)]
    assert list(np.argsort(scores, kind="stable")) == list(want)


def uncertainty_of(result, table: pd.DataFrame) -> np.ndarray:
    """What ``predict`` weighs: the model's uncertainty times density on the table's words."""
    from annotate.model import features as _features
    from annotate.model._model_file import load_model
    from annotate.model._predict import _words

    pipe = load_model(result.output_dir)[0]["hedging"]
    _, P = _features.proba(pipe, table["text"])
    t = _features.decision_threshold(pipe)
    return uncertainty([P], [t], typical=density(_words(table["text"])))
