"""The classifier of one choice field: features, model selection on validation, the final fit.

Features are a ``FeatureUnion`` of three blocks: word 1-2 gram TF-IDF, character 2-5 gram
TF-IDF (``char_wb``), and a cue block: binary word 1-3 grams reduced to the ``k`` most
class-dependent ones by chi-squared on the training split. The cue block is a lexicon learned
from the training labels; it is not length-normalised, so a hedge such as "may" or a reporting
verb such as "said" weighs the same in a long sentence as in a short one, which TF-IDF blocks
dilute. Whether the cue block helps, and the regularisation ``C``, are chosen on the validation
split; for a two-class field the decision threshold is too. The test split is never looked at.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import FixedThresholdClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
CUE_K = 300
N_JOBS = 2
THRESHOLDS = np.round(np.arange(0.1, 0.91, 0.025), 3)


@dataclass
class Choice:
    """What model selection chose for one field, and why."""

    C: float = 1.0
    cues: bool = True
    threshold: float | None = None
    validation_score: float | None = None
    selected_on: str = "validation"
    tried: list[dict[str, Any]] = field(default_factory=list)


def features(*, cues: bool = True, cue_k: int = CUE_K, n_docs: int = 10_000) -> FeatureUnion:
    """The feature union (unfitted); ``n_docs`` scales ``min_df`` so tiny data keeps features."""
    min_df = 2 if n_docs >= 200 else 1
    blocks: list[tuple[str, Any]] = [
        ("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
        (
            "char",
            TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=min_df
            ),
        ),
    ]
    if cues:
        counts = CountVectorizer(ngram_range=(1, 3), binary=True, min_df=min_df)
        blocks.append(("cues", Pipeline([("counts", counts), ("select", _Select(cue_k))])))
    # Two blocks fit in parallel on the two cores; the cue block is cheap.
    return FeatureUnion(blocks, n_jobs=N_JOBS)


class _Select(SelectKBest):
    """``SelectKBest(chi2)`` that keeps every feature when there are fewer than ``k``."""

    def __init__(self, k: int = CUE_K) -> None:
        super().__init__(score_func=chi2, k=k)

    def _check_params(self, X: Any, y: Any) -> None:
        # Tiny releases have fewer n-grams than k, and then keeping them all is what is meant;
        # the parent warns about it, which would make every small training run noisy.
        pass


def _model(C: float, seed: int) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=seed)


def scorer(metric: str, labels: list[str]) -> Any:
    """``macro-f1`` over the schema labels, or ``f1:<label>`` (F1 of one class)."""
    if metric.startswith("f1:"):
        pos = metric[3:]
        return lambda y, p: f1_score(y, p, labels=[pos], average="macro", zero_division=0)
    return lambda y, p: f1_score(
        y, p, labels=sorted(set(y) | set(p)), average="macro", zero_division=0
    )


def holdout(df: pd.DataFrame, share: int = 5) -> np.ndarray:
    """A fixed ``1/share`` of articles (hash of ``article_id``), when validation is empty."""
    keys = df["article_id"].astype(str)
    return np.array(
        [int(hashlib.sha256(k.encode()).hexdigest()[:8], 16) % share == 0 for k in keys]
    )


def _fit_score(X: Any, y: Any, Xv: Any, yv: Any, C: float, seed: int, score: Any) -> tuple:
    model = _model(C, seed).fit(X, y)
    proba = model.predict_proba(Xv)
    pred = model.classes_[proba.argmax(axis=1)]
    best = (score(yv, pred), None)
    if len(model.classes_) == 2:
        for t in THRESHOLDS:
            pred = np.where(proba[:, 1] >= t, model.classes_[1], model.classes_[0])
            best = max(best, (score(yv, pred), float(t)), key=lambda b: b[0])
    return best


def select(
    train: pd.DataFrame, valid: pd.DataFrame, target: str, metric: str, labels: list[str], seed: int
) -> Choice:
    """Choose C, the cue block and (two classes) the threshold by the metric on ``valid``."""
    y, yv = train[target].to_numpy(), valid[target].to_numpy()
    if len(set(y)) < 2 or len(valid) == 0:
        return Choice(selected_on="defaults (too little data to choose)")
    union = features(cues=True, n_docs=len(train)).fit(train["text"], y)
    X, Xv = union.transform(train["text"]), union.transform(valid["text"])
    n_cues = union.transformer_list[2][1].named_steps["select"].get_support().sum()
    # The cue block's columns come last; dropping them gives the union without cues.
    plain, plain_v = X[:, : X.shape[1] - n_cues], Xv[:, : Xv.shape[1] - n_cues]
    grid = [(c, cues) for cues in (True, False) for c in C_GRID]
    score = scorer(metric, labels)
    results = Parallel(n_jobs=N_JOBS)(
        delayed(_fit_score)(X if cues else plain, y, Xv if cues else plain_v, yv, c, seed, score)
        for c, cues in grid
    )
    tried = [
        {"C": c, "cues": cues, "score": round(float(s), 4), "threshold": t}
        for (c, cues), (s, t) in zip(grid, results, strict=True)
    ]
    best = max(tried, key=lambda r: (r["score"], r["cues"], -r["C"]))
    return Choice(best["C"], best["cues"], best["threshold"], best["score"], tried=tried)


def build(choice: Choice, n_docs: int, seed: int, n_classes: int) -> Pipeline:
    """The unfitted pipeline for a choice; a constant predictor when one class was seen."""
    if n_classes < 2:
        # A logistic regression cannot be fitted on one class; predict the only class seen.
        return Pipeline([("model", DummyClassifier(strategy="most_frequent"))])
    model: Any = _model(choice.C, seed)
    if choice.threshold is not None:
        model = FixedThresholdClassifier(model, threshold=choice.threshold)
    return Pipeline([("features", features(cues=choice.cues, n_docs=n_docs)), ("model", model)])


def fit(choice: Choice, df: pd.DataFrame, target: str, seed: int) -> Pipeline:
    """Fit the chosen pipeline on ``df`` (rows with a label only)."""
    pipe = build(choice, len(df), seed, df[target].nunique())
    return pipe.fit(df["text"], df[target].to_numpy())


def proba(pipe: Pipeline, texts: Any) -> tuple[np.ndarray, np.ndarray]:
    """Labels and class probabilities (columns in ``classes_`` order) of ``texts``."""
    texts = pd.Series(texts, dtype=object).fillna("")
    P = pipe.predict_proba(texts)
    return pipe.predict(texts), np.asarray(P)
