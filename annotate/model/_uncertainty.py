"""How unsure a model is about each sentence: the order ``annotate predict`` and ``push`` use.

One function so that the order served to annotators (``predict`` writes ``uncertainty``,
``push --order-by-uncertainty`` serves the highest first) and the active-learning simulation
(``benchmarks/active.py``) cannot drift apart.

Uncertainty is measured at the model's own decision threshold, not at probability 0.5. A
two-class field whose threshold was chosen for F1 of the rarer class (``annotate train`` does
this by cross-validation) decides at, say, 0.35; the sentences near 0.5 are then ones it already
labels with some confidence, and labelling them teaches a boundary the model does not use. On
CoNLL-2010 Wikipedia that made uncertainty order worse than random order (benchmarks/RESULTS.md,
issue 15).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from annotate.errors import TrainError

__all__ = ["uncertainty"]


def uncertainty(
    probabilities: Sequence[np.ndarray], thresholds: Sequence[float | None] | None = None
) -> np.ndarray:
    """How close each sentence is to a decision of its least certain field.

    Parameters
    ----------
    probabilities : sequence of numpy.ndarray
        One ``(n_sentences, n_labels)`` array of class probabilities per field.
    thresholds : sequence of float or None, optional
        One per field: the probability of the field's second label (``classes_[1]``) at or
        above which the model predicts that label, as ``FixedThresholdClassifier`` holds it;
        None (or no sequence) for the most probable label. Only two-label fields have one.

    Returns
    -------
    numpy.ndarray
        ``n_sentences`` values in [0, 1]. Without a threshold, ``1 - margin`` (the gap between
        the two most probable labels). With threshold ``t``, ``1 - |p - t|`` scaled by the
        room on that side (``t`` below it, ``1 - t`` above): 1 exactly at the threshold, 0 at
        probability 0 or 1; at ``t = 0.5`` the same as ``1 - margin``. The least certain field
        counts. A field with one label (a model that saw one class) is sure. Empty when no
        field is given or no sentence.

    Raises
    ------
    TrainError
        If the thresholds do not match the fields one to one, or a threshold is given for a
        field without two labels or lies outside (0, 1).
    """
    if thresholds is None:
        thresholds = [None] * len(probabilities)
    if len(thresholds) != len(probabilities):
        raise TrainError(
            f"{len(thresholds)} decision thresholds for {len(probabilities)} fields",
            hint="pass one threshold (or None) per field, in the order of the probabilities",
        )
    closeness = []
    for i, (P, t) in enumerate(zip(probabilities, thresholds, strict=True)):
        P = np.asarray(P, dtype=float)
        if P.shape[0] == 0:
            return np.zeros(0)
        if t is not None:
            if P.shape[1] != 2 or not 0.0 < t < 1.0:
                raise TrainError(
                    f"field {i}: decision threshold {t!r} for {P.shape[1]} labels",
                    hint="a threshold is a probability in (0, 1) of a two-label field's "
                    "second label; retrain the model with 'annotate train'",
                )
            p = P[:, 1]
            closeness.append(1.0 - np.abs(p - t) / np.where(p >= t, 1.0 - t, t))
            continue
        # With a single column, the runner-up has probability 0: the model is sure.
        top2 = np.sort(P, axis=1)[:, -2:] if P.shape[1] > 1 else np.hstack([np.zeros_like(P), P])
        closeness.append(1.0 - (top2[:, 1] - top2[:, 0]))
    return np.clip(np.max(closeness, axis=0), 0.0, 1.0) if closeness else np.zeros(0)
