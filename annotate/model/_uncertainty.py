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

The order also weighs each sentence by how typical it is of the sentences to annotate
(information density, Settles & Craven 2008): the most uncertain sentences alone are often
atypical (short, odd, unlike what the test holds), and a model trained on them ranks the rest
worse. On CheckThat the threshold-only order's model fell behind random order's in average
precision on the test split from 200 labels on, whatever threshold it decided at
(benchmarks/RESULTS.md, issue 15).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from annotate.errors import TrainError

__all__ = [
    "BATCH",
    "CANDIDATES",
    "MEASURES",
    "badge_batch",
    "density",
    "diverse_batch",
    "gradient_embedding",
    "served_order",
    "uncertainty",
]

# How unsure a field of more than two labels is; with two labels all three order sentences alike.
MEASURES = ("margin", "entropy", "least-confident")
# Sentences served per diverse batch: the simulation's step (benchmarks/active.py).
BATCH = 50
# Diverse batches served before the rest goes by score alone: each costs a clustering (about
# 0.8 s on 2 loaded cores), and a project retrains and predicts again long before its
# annotators label 1,000 sentences (the simulation retrains after every batch).
AHEAD = 20
# A diverse batch is picked among this many times its size of the most uncertain (Zhdanov 2019
# uses 10); not tuned.
CANDIDATES = 10
# Dimensions the TF-IDF rows are reduced to before clustering: k-means on raw sparse TF-IDF
# finds clusters of shared rare words, not of topic.
_COMPONENTS = 50


def uncertainty(
    probabilities: Sequence[np.ndarray],
    thresholds: Sequence[float | None] | None = None,
    *,
    measure: str = "margin",
    typical: np.ndarray | None = None,
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
    measure : {"margin", "entropy", "least-confident"}
        How a field without a threshold is judged: ``1 - margin`` (the gap between the two most
        probable labels), the entropy of its probabilities over ``log(n_labels)``, or ``1 -
        max`` over ``1 - 1/n_labels``; each is 1 when all labels are equally probable and 0
        when one is certain. With two labels the three give the same order.
    typical : numpy.ndarray, optional
        One weight in [0, 1] per sentence, how typical it is of the sentences to annotate
        (:func:`density`); the result is multiplied by it. None weighs all alike.

    Returns
    -------
    numpy.ndarray
        ``n_sentences`` values in [0, 1]. Without a threshold, ``measure``. With threshold
        ``t``, ``1 - |p - t|`` scaled by the room on that side (``t`` below it, ``1 - t``
        above): 1 exactly at the threshold, 0 at probability 0 or 1; at ``t = 0.5`` the same
        as ``1 - margin``. The least certain field counts. A field with one label (a model
        that saw one class) is sure. Times ``typical`` when given. Empty when no field is
        given or no sentence.

    Raises
    ------
    TrainError
        If the thresholds do not match the fields one to one, a threshold is given for a
        field without two labels or lies outside (0, 1), the measure is unknown, or
        ``typical`` has not one weight per sentence.
    """
    if measure not in MEASURES:
        raise TrainError(
            f"unknown uncertainty measure {measure!r}",
            hint=f"use one of {', '.join(MEASURES)}",
        )
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
        closeness.append(_unsure(P, measure))
    if not closeness:
        return np.zeros(0)
    unsure = np.clip(np.max(closeness, axis=0), 0.0, 1.0)
    if typical is None:
        return unsure
    typical = np.asarray(typical, dtype=float)
    if typical.shape != unsure.shape:
        raise TrainError(
            f"{typical.size} density weights for {unsure.size} sentences",
            hint="compute the weights with density() on the same sentences as the probabilities",
        )
    return unsure * np.clip(typical, 0.0, 1.0)


def density(vectors: Any) -> np.ndarray:
    """How typical each sentence is of a set: its mean cosine similarity to all of them.

    Parameters
    ----------
    vectors : array or sparse matrix
        One row per sentence (word TF-IDF); rows are L2-normalised here.

    Returns
    -------
    numpy.ndarray
        One value per row in [0, 1]: the mean cosine similarity to every row (itself included),
        over the largest; computed through the mean row, so in time linear in the rows. All 1
        when no row is similar to the mean (nothing to prefer); empty for no row.
    """
    X = sp.csr_matrix(vectors, dtype=float)
    if X.shape[0] == 0:
        return np.zeros(0)
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1))).ravel()
    X = sp.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ X
    # The mean of a row's cosines to all rows is its cosine-weighted dot with the mean row.
    d = np.maximum(np.asarray(X @ np.asarray(X.mean(axis=0)).ravel()).ravel(), 0.0)
    top = d.max()
    return d / top if top > 0 else np.ones(X.shape[0])


def _unsure(P: np.ndarray, measure: str) -> np.ndarray:
    """``measure`` of each row of a field's probabilities, in [0, 1]; 0 with one label."""
    k = P.shape[1]
    if k < 2:  # a model that saw one class: it is sure
        return np.zeros(P.shape[0])
    if measure == "entropy":
        with np.errstate(divide="ignore", invalid="ignore"):
            h = -np.where(P > 0, P * np.log(P), 0.0).sum(axis=1)
        return h / np.log(k)
    if measure == "least-confident":
        return (1.0 - P.max(axis=1)) / (1.0 - 1.0 / k)
    top2 = np.sort(P, axis=1)[:, -2:]
    return 1.0 - (top2[:, 1] - top2[:, 0])


def diverse_batch(
    scores: np.ndarray, vectors: Any, size: int, *, seed: int = 0, candidates: int = CANDIDATES
) -> np.ndarray:
    """The next batch to annotate: the most uncertain of each cluster of the most uncertain.

    Diverse mini-batch selection (Zhdanov 2019): the ``candidates * size`` highest ``scores``
    are clustered into ``size`` groups (k-means weighed by the scores, on the TF-IDF rows
    reduced by truncated SVD) and the highest score of each group is taken. A batch of the
    ``size`` highest scores alone is often many sentences near one confusion of the model; one
    per cluster spends the batch on as many different ones.

    Parameters
    ----------
    scores : numpy.ndarray
        One value per sentence, higher first (:func:`uncertainty`).
    vectors : array or sparse matrix
        One row per sentence (word TF-IDF), in the order of ``scores``.
    size : int
        Sentences in the batch (at least 1).
    seed : int
        Seed of the SVD and of k-means: the same inputs and seed give the same batch.
    candidates : int
        How many times ``size`` of the most uncertain are clustered (at least 1; 1 is the
        ``size`` highest scores).

    Returns
    -------
    numpy.ndarray
        Row indices into ``scores``, ``min(size, len(scores))`` of them, highest score first;
        ties keep the rows' order.

    Raises
    ------
    TrainError
        If ``vectors`` has not one row per score, or ``size`` or ``candidates`` is below 1.
    """
    from sklearn.cluster import KMeans

    scores = np.asarray(scores, dtype=float)
    if size < 1 or candidates < 1:
        raise TrainError(
            f"diverse batch of size {size} among {candidates} times as many",
            hint="pass a batch size and a candidate factor of at least 1",
        )
    if vectors.shape[0] != scores.shape[0]:
        raise TrainError(
            f"{vectors.shape[0]} TF-IDF rows for {scores.shape[0]} uncertainty scores",
            hint="pass the rows of the same sentences as the scores, in the same order",
        )
    top = np.argsort(-scores, kind="stable")[: candidates * size]
    if len(top) <= size:
        return top[:size]
    points = _reduced(vectors[top], seed)
    # A few rows can be identical (no word, or the same text): fewer distinct points than
    # clusters would leave clusters empty; they are filled from the best rest below.
    k = min(size, len(np.unique(points.round(8), axis=0)))
    weights = np.maximum(scores[top], 1e-9)
    groups = KMeans(k, n_init=1, random_state=seed).fit_predict(points, sample_weight=weights)
    # ``top`` is sorted by score, so the first row of each group is its most uncertain.
    _, first = np.unique(groups, return_index=True)
    chosen = np.sort(first)
    if len(chosen) < size:  # fewer clusters than the batch: the most uncertain of the rest
        rest = np.setdiff1d(np.arange(len(top)), chosen)
        chosen = np.sort(np.concatenate([chosen, rest[: size - len(chosen)]]))
    return top[chosen]


def served_order(
    scores: np.ndarray, vectors: Any, *, batch: int = BATCH, seed: int = 0, ahead: int = AHEAD
) -> np.ndarray:
    """The order to annotate: :func:`diverse_batch` after :func:`diverse_batch`.

    The order ``annotate predict`` writes (its ``order`` column) and ``push
    --order-by-uncertainty`` serves, and the one the simulation (``benchmarks/active.py``)
    measured: on CoNLL-2010 Wikipedia it reached 95% of the full-data score with 200 labels
    against 350 for the highest scores alone and 600 for random order, and needed fewer labels
    than the highest scores alone on every corpus (benchmarks/RESULTS.md, issue 15).

    Parameters
    ----------
    scores : numpy.ndarray
        One value per sentence, higher first (:func:`uncertainty`).
    vectors : array or sparse matrix, optional
        One row per sentence (word TF-IDF); None orders by score alone.
    batch : int
        Sentences per batch.
    seed : int
        Seed of each batch's clustering.
    ahead : int
        Diverse batches; the sentences after them follow by score.

    Returns
    -------
    numpy.ndarray
        A permutation of the rows: the first batch, then the next among the rest, up to
        ``ahead`` batches, then the rest by score (ties in row order).
    """
    scores = np.asarray(scores, dtype=float)
    if vectors is None:
        return np.argsort(-scores, kind="stable")
    vectors = sp.csr_matrix(vectors)
    left = np.arange(len(scores))
    out: list[np.ndarray] = []
    while len(left) and len(out) < ahead:
        picked = diverse_batch(scores[left], vectors[left], batch, seed=seed)
        out.append(left[picked])
        left = np.delete(left, picked)
    out.append(left[np.argsort(-scores[left], kind="stable")])
    return np.concatenate(out)


def gradient_embedding(
    probabilities: Sequence[np.ndarray],
    thresholds: Sequence[float | None] | None,
    vectors: Any,
    *,
    typical: np.ndarray | None = None,
    seed: int = 0,
) -> np.ndarray:
    """BADGE's gradient embedding of each sentence for the toolkit's linear models.

    Ash et al. (2020) embed a sentence as the gradient of the loss at the model's own guess,
    ``(p - onehot(guess)) (x) x``: its length says how much labelling the sentence would move
    the model, its direction which weights it would move. For a logistic model over TF-IDF rows
    that is the row scaled per label by how far the probabilities are from the guess, so it is
    computed here from the probabilities ``predict`` has and the sentence's word TF-IDF row
    (reduced by truncated SVD, as k-means on raw sparse TF-IDF groups rare words, not topics).
    A two-label field with a decision threshold guesses at it, not at 0.5, and is as far from
    its guess as :func:`uncertainty` is close to it (half of it: at ``t = 0.5`` exactly
    ``|p - guess|``). Fields are concatenated, as a model with one head per field would be.

    Measured, not served: BADGE batches (:func:`badge_batch` over this embedding) gained less
    over random order than :func:`diverse_batch` on every corpus of the simulation
    (``benchmarks/active.py``, order ``badge``; benchmarks/RESULTS.md, issue 15, fifth run).

    Parameters
    ----------
    probabilities : sequence of numpy.ndarray
        One ``(n_sentences, n_labels)`` array of class probabilities per field.
    thresholds : sequence of float or None, optional
        As for :func:`uncertainty`.
    vectors : array or sparse matrix
        One row per sentence (word TF-IDF), in the order of the probabilities.
    typical : numpy.ndarray, optional
        One weight in [0, 1] per sentence (:func:`density`) the embedding is scaled by.
    seed : int
        Seed of the SVD: the same inputs and seed give the same embedding.

    Returns
    -------
    numpy.ndarray
        ``(n_sentences, sum over fields of n_labels * d)``, ``d`` at most 50; all 0 for a
        sentence every field is sure of.

    Raises
    ------
    TrainError
        As :func:`uncertainty`, or if ``vectors`` has not one row per sentence.
    """
    n = probabilities[0].shape[0] if len(probabilities) else 0
    if vectors.shape[0] != n:
        raise TrainError(
            f"{vectors.shape[0]} TF-IDF rows for {n} sentences' probabilities",
            hint="pass the rows of the same sentences as the probabilities, in the same order",
        )
    if thresholds is None:
        thresholds = [None] * len(probabilities)
    # Validates the thresholds and ``typical`` the way the served score does.
    uncertainty(probabilities, thresholds, typical=typical)
    if n == 0:
        return np.zeros((0, 0))
    points = _reduced(vectors, seed)
    if typical is not None:
        points = points * np.clip(np.asarray(typical, dtype=float), 0.0, 1.0)[:, None]
    blocks = []
    for P, t in zip(probabilities, thresholds, strict=True):
        P = np.asarray(P, dtype=float)
        if P.shape[1] < 2:  # one label: nothing to learn from any sentence
            continue
        if t is None:
            pull = P - np.eye(P.shape[1])[P.argmax(axis=1)]
        else:
            p = P[:, 1]
            far = 0.5 * uncertainty([P], [t])
            # The guess's side: towards the second label when at or above the threshold.
            side = np.where(p >= t, 1.0, -1.0)
            pull = far[:, None] * np.column_stack([side, -side])
        blocks.append((pull[:, :, None] * points[:, None, :]).reshape(n, -1))
    return np.hstack(blocks) if blocks else np.zeros((n, 0))


def _reduced(vectors: Any, seed: int) -> np.ndarray:
    """``vectors``' rows, L2-normalised, reduced to at most ``_COMPONENTS`` dimensions by
    truncated SVD and normalised again (the points both batch orders cluster or draw from)."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    rows = normalize(sp.csr_matrix(vectors, dtype=float))
    dims = min(_COMPONENTS, rows.shape[0] - 1, rows.shape[1] - 1)
    if dims < 2:
        return np.asarray(rows.toarray())
    # Rows without variance (all alike) make the SVD's explained-variance ratio 0/0, a
    # statistic not used here.
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.asarray(normalize(TruncatedSVD(dims, random_state=seed).fit_transform(rows)))


def badge_batch(embedding: np.ndarray, size: int, *, seed: int = 0) -> np.ndarray:
    """The next batch by k-means++ seeding over gradient embeddings (BADGE, Ash et al. 2020).

    Each pick is drawn with probability proportional to its squared distance from the nearest
    sentence already picked, so a batch is both uncertain (long embeddings lie far from
    everything) and spread (a near-copy of a pick lies close to it), with no knob for how much
    of each. Sentences every field is sure of (a zero embedding) are not drawn; when the rest is
    used up, or only copies of picks are left, the batch is filled by embedding length.

    Parameters
    ----------
    embedding : numpy.ndarray
        One row per sentence (:func:`gradient_embedding`).
    size : int
        Sentences in the batch (at least 1).
    seed : int
        Seed of the draws: the same inputs and seed give the same batch.

    Returns
    -------
    numpy.ndarray
        Row indices, ``min(size, len(embedding))`` of them, in the order drawn.

    Raises
    ------
    TrainError
        If ``size`` is below 1.
    """
    from sklearn.cluster import kmeans_plusplus

    if size < 1:
        raise TrainError(
            f"BADGE batch of size {size}",
            hint="pass a batch size of at least 1",
        )
    E = np.asarray(embedding, dtype=float)
    n = E.shape[0]
    length = np.sqrt((E**2).sum(axis=1)) if E.size else np.zeros(n)
    by_length = np.argsort(-length, kind="stable")
    drawn: list[int] = []
    live = length > 0
    k = min(size, int(live.sum()))
    if k >= 1:
        # One draw per pick (n_local_trials=1): BADGE's plain D^2 sampling, not scikit-learn's
        # greedy best-of-several, which would lean towards outliers less and spread less.
        _, ids = kmeans_plusplus(
            E, k, sample_weight=live.astype(float), random_state=seed, n_local_trials=1
        )
        # Only copies of picks left: the draws repeat a row; those are dropped and filled.
        drawn = [int(i) for i in dict.fromkeys(ids.tolist()) if live[i]]
    if len(drawn) < min(size, n):
        seen = set(drawn)
        drawn += [int(i) for i in by_length if i not in seen][: min(size, n) - len(drawn)]
    return np.array(drawn, dtype=int)
