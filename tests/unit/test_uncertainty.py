"""The uncertainty order shared by ``annotate predict`` / ``push`` and the simulation."""

from __future__ import annotations

import numpy as np
import pytest

from annotate.errors import TrainError
from annotate.model._uncertainty import uncertainty


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
    from sklearn.model_selection import FixedThresholdClassifier

    from annotate.model import features as _features
    from annotate.model._train import dump_models, load_model, predict
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
    assert pred["uncertainty"][at] == 1.0
    assert np.allclose(pred["uncertainty"], uncertainty([P], [t]).round(4))
    assert _features.decision_threshold(load_model(result.output_dir)[0]["hedging"]) is None
