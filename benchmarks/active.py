"""Does the uncertainty order save annotation? An active-learning simulation on public corpora.

From 50 labelled sentences of a corpus's train + validation pool, 50 more are "annotated" (their
gold label revealed) at a time, chosen by

(a) ``random``: a random order;
(b) ``uncertainty``: the highest :func:`annotate.model._uncertainty.uncertainty` of the current
    model first (the order served until issue 15's fourth run): closeness to the model's own
    decision threshold (``1 - margin`` without one), weighed by how typical the sentence is of
    the unlabelled pool (:func:`annotate.model._uncertainty.density` of the word TF-IDF rows);
(b'') ``diverse``: the same scores, each batch by
    :func:`annotate.model._uncertainty.diverse_batch` (the most uncertain of each cluster of the
    500 most uncertain), the first batch of ``served_order``: the order ``annotate predict``
    writes (``order``) and ``annotate push`` serves; ``coverage``: one sentence per k-means
    cluster of the unlabelled pool until two consecutive models agree (``STABLE_KAPPA``), then
    as (b); ``calibrated`` (fields of more than two labels): (b) over sigmoid-calibrated
    probabilities;
(b''') ``badge``: BADGE (Ash et al. 2020): each batch by k-means++ seeding over the gradient
    embeddings of the unlabelled pool (:func:`annotate.model._uncertainty.gradient_embedding`,
    :func:`annotate.model._uncertainty.badge_batch`); ``badge-density``: the same embeddings
    scaled by density; ``committee``: query by committee, the highest disagreement (mean KL to
    the mean) of ``COMMITTEE`` bootstrap models, weighed by density; ``committee-diverse``:
    that disagreement in the served order's diverse batches;
(b') ``no-density``: the same without the density weight (the order after issue 15's first
    fix); on fields of more than two labels also ``entropy`` and ``least-confident``, the other
    two measures of :func:`uncertainty`, without the weight;
(c) ``seeded``: the first 50 chosen with the cue-lexicon pre-annotator
    (:func:`annotate.model._rules.preannotate`: half among the sentences it flags, half among the
    rest), then as (b).

After each step the model is refitted and scored on the official test split with the corpus's
official metric; 5 seeds give the mean and spread. The model inside the loop is a **fixed,
fast setting** of the toolkit's own pipeline (no cross-validated selection per step): the
label-free blocks of :func:`annotate.model.features.features` (word 1-2 gram TF-IDF, shape,
the rules block; no cue lexicon, no characters) fitted once on the pool's texts, which an
annotation project has before any label, and the toolkit's balanced logistic regression
(``features.new_classifier``, C=1) refitted on the labelled rows at each step. As ``annotate train``
does, a two-class field gets the decision threshold that maximises the corpus's metric on
out-of-fold probabilities of the labelled rows (``--threshold cv``, the default; once the rarer
class has ``_selection.MIN_CV_MINORITY`` examples); ``--threshold none`` decides at 0.5, the
setting of the first run. "Full data" is the same setting fitted on the whole pool. Also
reported: how often an annotator would accept the pre-annotation unchanged (its agreement with
gold on the test split, per field).

    .venv/bin/python benchmarks/active.py [--max-labels 2000] [--seeds 5] [--threshold cv]
    .venv/bin/python benchmarks/active.py --merge run1.err run2.err   # runs split by order/seed
    .venv/bin/python benchmarks/active.py --diagnose conll-wiki   # why an order wins or loses
    .venv/bin/python benchmarks/active.py --diagnose-threshold checkthat   # is it the threshold?
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
PLOTS = ROOT / "benchmarks" / "plots"

# name: (kind, subset, field)
CORPORA = {
    "factappeal": ("factappeal", None, "source"),
    "factappeal-appeal": ("factappeal", None, "appeal"),
    "checkthat": ("checkthat-subjectivity", None, "subjectivity"),
    "conll-wiki": ("conll2010", "wikipedia", "hedging"),
}
# name: (measure, weighed by density); "random" and the seeded start are handled apart.
ORDERS = {
    "uncertainty": ("margin", True),
    "no-density": ("margin", False),
    "seeded": ("margin", True),
    "entropy": ("entropy", False),
    "least-confident": ("least-confident", False),
}
TWO_LABEL = ("random", "uncertainty", "no-density", "seeded")
MULTI_LABEL = (*TWO_LABEL, "entropy", "least-confident")
# Batch orders on top of the served score (issue 15, fourth run): ``diverse`` takes each batch
# with ``diverse_batch`` among the most uncertain; ``coverage`` spreads its batches over the
# unlabelled pool (one per k-means cluster) until the model's predictions are stable, then
# orders as served.
BATCH_ORDERS = ("diverse", "coverage", "badge", "badge-density", "committee", "committee-diverse")
# Query by committee (issue 15, fifth run): this many logistic models fitted on bootstraps of
# the labelled rows; a sentence's disagreement is the mean KL divergence of each member's
# probabilities from the committee's mean (McCallum & Nigam 1998), weighed by density.
COMMITTEE = 5
# Fields of more than two labels: the served order (margin x density) over calibrated
# probabilities (sigmoid on ``CALIBRATION_FOLDS`` folds of the labelled rows) instead of the
# balanced one-vs-rest model's, which lean towards the rarer labels by construction.
MULTI_ORDERS = ("calibrated",)
CALIBRATION_FOLDS = 3
ALL_ORDERS = ("random", *ORDERS, *BATCH_ORDERS, *MULTI_ORDERS)
# Coverage gives way to uncertainty once two consecutive models label the unlabelled pool
# alike: Cohen's kappa of their predictions at least this ("stabilizing predictions",
# Bloodgood & Vijay-Shanker 2009; 0.8 is the conventional "substantial agreement", not tuned).
STABLE_KAPPA = 0.8
START = STEP = 50


def rule_flags(pool: pd.DataFrame, schema: Any) -> np.ndarray:
    """Sentences the pre-annotator flags (any field it predicts marked, hedged or attributed).

    With a corpus schema that has no field the rules predict (CheckThat), the default schema's
    hedging and attribution rules are used instead.
    """
    from annotate.model._rules import HIT_SCORE, preannotate
    from annotate.schema import load_schema

    pred = preannotate(pool[["sentence_id", "text"]], schema)
    assert isinstance(pred, pd.DataFrame)
    scores = [c for c in pred.columns if c.endswith("_score")]
    if not scores:
        pred = preannotate(pool[["sentence_id", "text"]], load_schema("news-stance"))
        assert isinstance(pred, pd.DataFrame)
        scores = [c for c in pred.columns if c.endswith("_score")]
    return (pred[scores] >= HIT_SCORE).any(axis=1).to_numpy()


def acceptance(test: pd.DataFrame, schema: Any) -> list[dict]:
    """Share of test sentences whose pre-annotated label equals gold, per field it predicts."""
    from annotate.model._rules import HIT_SCORE, preannotate

    pred = preannotate(test[["sentence_id", "text"]], schema)
    assert isinstance(pred, pd.DataFrame)
    rows = []
    for f in schema.fields:
        if f.kind != "choice" or f.name not in pred.columns:
            continue
        same = pred[f.name].astype(str).to_numpy() == test[f.name].astype(str).to_numpy()
        flagged = (pred[f"{f.name}_score"] >= HIT_SCORE).to_numpy()
        rows.append(
            {
                "field": f.name,
                "n": len(test),
                "accepted": round(float(same.mean()), 4),
                "accepted_flagged": round(float(same[flagged].mean()), 4)
                if flagged.any()
                else None,
                "n_flagged": int(flagged.sum()),
                "accepted_unflagged": round(float(same[~flagged].mean()), 4)
                if (~flagged).any()
                else None,
            }
        )
    return rows


def threshold_cv(X: Any, y: np.ndarray, seed: int, score: Any) -> float | None:
    """The two-class decision threshold ``annotate train`` would choose on these labelled rows.

    Out-of-fold probabilities (``_selection.CV_FOLDS`` stratified folds) of the loop's model and
    the metric-best threshold among ``_selection.THRESHOLDS``; None (argmax) with more than two
    classes, too few of the rarer class, or when 0.5 is best.
    """
    from sklearn.model_selection import StratifiedKFold

    from annotate.model import features as _features
    from annotate.model._selection import CV_FOLDS, MIN_CV_MINORITY, _best_threshold

    classes, counts = np.unique(y, return_counts=True)
    if len(classes) != 2 or counts.min() < MIN_CV_MINORITY:
        return None
    p1 = np.zeros(len(y))
    for tr, te in StratifiedKFold(CV_FOLDS, shuffle=True, random_state=seed).split(X, y):
        p1[te] = _features.new_classifier(1.0, seed, 2).fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
    return _best_threshold(y, p1, classes, score)[1]


def calibrated(X: Any, y: np.ndarray, seed: int) -> Any:
    """The loop's model with sigmoid-calibrated probabilities, fitted on the labelled rows.

    Falls back to the plain model while a label has fewer examples than
    ``CALIBRATION_FOLDS`` (no stratified folds possible).
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.model_selection import StratifiedKFold

    from annotate.model import features as _features

    classes, counts = np.unique(y, return_counts=True)
    base = _features.new_classifier(1.0, seed, len(classes))
    if counts.min() < CALIBRATION_FOLDS:
        return base.fit(X, y)
    folds = StratifiedKFold(CALIBRATION_FOLDS, shuffle=True, random_state=seed)
    return CalibratedClassifierCV(base, method="sigmoid", cv=folds).fit(X, y)


def disagreement(X: Any, y: np.ndarray, rest: Any, labels: list[str], seed: int) -> np.ndarray:
    """How much a committee of bootstrap models disagrees on each unlabelled row.

    ``COMMITTEE`` of the loop's models, each fitted on a bootstrap sample of the labelled rows
    (a sample with one label is drawn again, up to ten times, else left out); per row the mean
    KL divergence of each member's probabilities from the members' mean, over all ``labels``
    (a label a member never saw has probability 0 for it). 0 when fewer than two members fit.
    """
    from annotate.model import features as _features

    rng = np.random.default_rng(seed)
    members = []
    for m in range(COMMITTEE):
        for _ in range(10):
            take = rng.integers(0, len(y), len(y))
            if len(np.unique(y[take])) > 1:
                break
        else:
            continue
        model = _features.new_classifier(1.0, seed + m, len(np.unique(y[take]))).fit(
            X[take], y[take]
        )
        P = np.zeros((rest.shape[0], len(labels)))
        P[:, [labels.index(c) for c in model.classes_]] = model.predict_proba(rest)
        members.append(P)
    if len(members) < 2:
        return np.zeros(rest.shape[0])
    Ps = np.stack(members)
    mean = Ps.mean(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        kl = np.where(Ps > 0, Ps * np.log(Ps / mean), 0.0).sum(axis=2)
    return kl.mean(axis=0)


def pool_and_test(name: str) -> tuple[Any, str, pd.DataFrame, pd.DataFrame, Any]:
    """One corpus's labelled pool (train + validation), its test split and its metric."""
    from annotate.corpus._public import load_corpus
    from annotate.model._selection import scorer

    kind, subset, field = CORPORA[name]
    corpus = load_corpus(kind, subset=subset)
    df = corpus.sentences[corpus.sentences[field].notna()]
    pool = df[df["split"].isin(["train", "validation"])].reset_index(drop=True)
    test = df[df["split"] == "test"].reset_index(drop=True)
    labels = next(f.values for f in corpus.schema.fields if f.name == field)
    return corpus, field, pool, test, scorer(corpus.metric, list(labels))


def simulate(
    name: str,
    max_labels: int,
    seeds: int,
    threshold: str = "cv",
    orders: tuple[str, ...] | None = None,
    first_seed: int = 0,
) -> dict:
    """Run the strategies on one corpus (``orders``, default all that fit the field); scores
    per step, per seed."""
    from sklearn.metrics import cohen_kappa_score
    from sklearn.model_selection import FixedThresholdClassifier

    from annotate.model import features as _features
    from annotate.model._uncertainty import (
        badge_batch,
        density,
        diverse_batch,
        gradient_embedding,
        uncertainty,
    )

    corpus, field, pool, test, score = pool_and_test(name)
    started = time.perf_counter()
    union = _features.features(cues=False, chars=False, rules=True, n_docs=len(pool))
    union.n_jobs = None  # a few thousand sentences: workers cost more than they save
    X = union.fit_transform(pool["text"]).tocsr()
    Xt = union.transform(test["text"]).tocsr()
    # The word block's rows: the word 1-2 gram TF-IDF annotate predict weighs density on.
    words = union.transformer_list[0][1].transform(pool["text"]).tocsr()
    y, yt = pool[field].astype(str).to_numpy(), test[field].astype(str).to_numpy()
    labels = sorted(set(y))
    flags = rule_flags(pool, corpus.schema)
    strategies: tuple[str, ...] = TWO_LABEL if len(labels) == 2 else MULTI_LABEL
    if orders:
        multi = (*MULTI_LABEL, *MULTI_ORDERS) if len(labels) > 2 else TWO_LABEL
        strategies = tuple(o for o in orders if o in multi or o in BATCH_ORDERS)

    def fit_score(rows: np.ndarray, seed: int) -> tuple[Any, float]:
        classes = np.unique(y[rows])
        if len(classes) < 2:  # one class seen: the only prediction possible
            return None, float(score(yt, np.full(len(yt), classes[0])))
        model = _features.new_classifier(1.0, seed, len(classes))
        t = threshold_cv(X[rows], y[rows], seed, score) if threshold == "cv" else None
        if t is not None:  # as features.build wraps the model when selection chose one
            model = FixedThresholdClassifier(model, threshold=t)
        model.fit(X[rows], y[rows])
        return model, float(score(yt, model.predict(Xt)))

    full = fit_score(np.arange(len(pool)), 0)[1]
    steps = list(range(START, min(max_labels, len(pool)) + 1, STEP))
    curves: dict[str, list[list[float]]] = {s: [] for s in strategies}
    # Per order, the share of each label among the sentences it picked by 500 labels.
    picked: dict[str, list[dict[str, float]]] = {s: [] for s in strategies}
    # Per coverage run, the labels at which it gave way to uncertainty (None: never).
    switched: list[int | None] = []
    for seed in range(first_seed, first_seed + seeds):
        rng = np.random.default_rng(seed)
        order = rng.permutation(len(pool))  # ties and random picks follow this order
        for strategy in strategies:
            if strategy == "seeded":
                on, off = order[flags[order]], order[~flags[order]]
                half = min(START // 2, len(on))
                chosen = list(on[:half]) + list(off[: START - half])
            else:
                chosen = list(order[:START])
            scores: list[float] = []
            model: Any = None
            covering, switch = strategy == "coverage", None
            for n in steps:
                if len(chosen) < n:
                    taken = np.zeros(len(pool), dtype=bool)
                    taken[chosen] = True
                    rest = order[~taken[order]]
                    want = n - len(chosen)
                    if strategy == "random" or model is None:
                        chosen += list(rest[:want])
                    elif covering:
                        # Every unlabelled sentence a candidate, all alike: one per cluster of
                        # the pool, the first of each in the seed's random order.
                        flat = np.ones(len(rest))
                        many = -(-len(rest) // want)
                        chosen += list(
                            rest[diverse_batch(flat, words[rest], want, seed=seed, candidates=many)]
                        )
                    elif strategy in ("badge", "badge-density"):
                        # The served order's own batch: k-means++ over the gradient embedding
                        # of the model scored at the step before.
                        E = gradient_embedding(
                            [model.predict_proba(X[rest])],
                            [_features.decision_threshold(model)],
                            words[rest],
                            typical=density(words[rest]) if strategy == "badge-density" else None,
                            seed=seed,
                        )
                        chosen += list(rest[badge_batch(E, want, seed=seed)])
                    elif strategy in ("committee", "committee-diverse"):
                        u = disagreement(X[chosen], y[chosen], X[rest], labels, seed)
                        u = u * density(words[rest])
                        if strategy == "committee-diverse":  # the served batches, on it
                            chosen += list(rest[diverse_batch(u, words[rest], want, seed=seed)])
                        else:
                            chosen += list(rest[np.argsort(-u, kind="stable")[:want]])
                    else:
                        # The model scored at the step before is the one that picks.
                        measure, weigh = ORDERS.get(strategy, ("margin", True))
                        judge = (
                            calibrated(X[chosen], y[chosen], seed)
                            if strategy == "calibrated"
                            else model
                        )
                        u = uncertainty(
                            [judge.predict_proba(X[rest])],
                            [_features.decision_threshold(model)],
                            measure=measure,
                            typical=density(words[rest]) if weigh else None,
                        )
                        if strategy == "diverse":
                            chosen += list(rest[diverse_batch(u, words[rest], want, seed=seed)])
                        else:
                            # Stable sort: equal uncertainty keeps the seed's random order.
                            chosen += list(rest[np.argsort(-u, kind="stable")[:want]])
                before = model
                model, got = fit_score(np.array(chosen), seed)
                scores.append(got)
                if covering and before is not None and model is not None:
                    taken = np.zeros(len(pool), dtype=bool)
                    taken[chosen] = True
                    left = X[~taken]
                    kappa = cohen_kappa_score(before.predict(left), model.predict(left))
                    if kappa >= STABLE_KAPPA:
                        covering, switch = False, n
            if strategy == "coverage":
                switched.append(switch)
            took = y[chosen[START:500]]
            picked[strategy].append({v: float(np.mean(took == v)) for v in labels})
            curves[strategy].append(scores)
        # Each seed's curves as it ends: a run stopped early keeps the seeds it finished.
        done = {s: curves[s][-1] for s in strategies}
        print(
            json.dumps(
                {"corpus": name, "seed": seed, "steps": steps, "curves": done, "full_score": full}
            ),
            file=sys.stderr,
            flush=True,
        )
    mean = {s: np.mean(curves[s], axis=0) for s in strategies}
    need: dict[str, int | None] = {}
    for s in strategies:
        reached = [n for n, m in zip(steps, mean[s], strict=True) if m >= 0.95 * full]
        need[s] = reached[0] if reached else None
    return {
        "corpus": name,
        "field": field,
        "metric": corpus.metric,
        "pool": len(pool),
        "test": len(test),
        "flagged_in_pool": int(flags.sum()),
        "full_score": round(full, 4),
        "steps": steps,
        "seeds": seeds,
        "threshold": threshold,
        "strategies": list(strategies),
        "curves": {s: [[round(v, 4) for v in c] for c in curves[s]] for s in strategies},
        "labels_to_95": need,
        # The mean of the mean curve: one number for the whole budget, where 95% is one step.
        "mean_score": {s: round(float(mean[s].mean()), 4) for s in strategies},
        "pool_share": {v: round(float(np.mean(y == v)), 3) for v in labels},
        "picked_share_to_500": {
            s: {v: round(float(np.mean([p[v] for p in picked[s]])), 3) for v in labels}
            for s in strategies
        },
        "coverage_switched_at": switched,
        "acceptance": acceptance(test, corpus.schema),
        "seconds": round(time.perf_counter() - started, 1),
    }


def diagnose(name: str, seeds: int = 3, until: int = 2000) -> list[dict]:
    """Why an order wins or loses: what each picks and what the model it trains then predicts.

    Decision at 0.5, as in the first run (``--threshold none``). Per order, seed and checkpoint:
    the share of the rarer class among the picked sentences (against the pool's), their median
    length, how alike the sentences of one batch are (mean over batches of the median of each
    sentence's highest cosine similarity to another of its batch, word TF-IDF rows) and exact
    duplicates within a batch; on the test split, the predicted and gold share of the rarer
    class, precision and recall, the metric at the model's decision, the average precision
    (ranking quality, threshold-free) and the threshold that would have been best on the test
    split (a diagnostic only: nothing is chosen on it).
    """
    from sklearn.metrics import average_precision_score, precision_recall_curve
    from sklearn.preprocessing import normalize

    from annotate.model import features as _features
    from annotate.model._uncertainty import uncertainty

    _, field, pool, test, score = pool_and_test(name)
    union = _features.features(cues=False, chars=False, rules=True, n_docs=len(pool))
    union.n_jobs = None
    X = union.fit_transform(pool["text"]).tocsr()
    Xt = union.transform(test["text"]).tocsr()
    words = normalize(union.transformer_list[0][1].transform(pool["text"])).tocsr()
    y, yt = pool[field].astype(str).to_numpy(), test[field].astype(str).to_numpy()
    rare = pd.Series(y).value_counts().index[-1]
    tokens = pool["text"].str.split().str.len().to_numpy()
    rows = []
    for seed in range(seeds):
        order = np.random.default_rng(seed).permutation(len(pool))
        for strategy in ("random", "margin"):
            chosen, alike, dups = list(order[:START]), [], 0
            for n in range(START + STEP, until + 1, STEP):
                taken = np.zeros(len(pool), dtype=bool)
                taken[chosen] = True
                rest = order[~taken[order]]
                if strategy == "random":
                    pick = rest[:STEP]
                else:
                    model = _features.new_classifier(1.0, seed, len(set(y[chosen])))
                    u = uncertainty([model.fit(X[chosen], y[chosen]).predict_proba(X[rest])])
                    pick = rest[np.argsort(-u, kind="stable")[:STEP]]
                sim = (words[pick] @ words[pick].T).toarray()
                np.fill_diagonal(sim, 0)
                alike.append(float(np.median(sim.max(axis=1))))
                dups += int(pool["text"].iloc[pick].str.lower().duplicated().sum())
                chosen += list(pick)
                if n not in (500, 1000, until):
                    continue
                model = _features.new_classifier(1.0, seed, len(set(y[chosen]))).fit(
                    X[chosen], y[chosen]
                )
                pred = model.predict(Xt)
                p1 = model.predict_proba(Xt)[:, list(model.classes_).index(rare)]
                prec, rec, thr = precision_recall_curve(yt == rare, p1)
                f1 = 2 * prec * rec / np.maximum(prec + rec, 1e-12)
                hit = (pred == rare) & (yt == rare)
                rows.append(
                    {
                        "order": strategy,
                        "seed": seed,
                        "labels": n,
                        "picked_rare": round(float(np.mean(y[chosen[START:]] == rare)), 3),
                        "pool_rare": round(float(np.mean(y == rare)), 3),
                        "picked_median_tokens": float(np.median(tokens[chosen[START:]])),
                        "pool_median_tokens": float(np.median(tokens)),
                        "batch_alike": round(float(np.mean(alike)), 3),
                        "batch_duplicates": dups,
                        "test_predicted_rare": round(float(np.mean(pred == rare)), 3),
                        "test_gold_rare": round(float(np.mean(yt == rare)), 3),
                        "precision": round(float(hit.sum() / max((pred == rare).sum(), 1)), 3),
                        "recall": round(float(hit.sum() / max((yt == rare).sum(), 1)), 3),
                        "score": round(float(score(yt, pred)), 3),
                        "average_precision": round(
                            float(average_precision_score(yt == rare, p1)), 3
                        ),
                        "best_threshold_on_test": round(float(thr[np.argmax(f1[:-1])]), 3),
                    }
                )
    return rows


def diagnose_threshold(name: str, seeds: int = 5, until: int = 500) -> list[dict]:
    """Is it the threshold? Where the threshold-only order (``no-density``) loses to random.

    Per order (random, ``no-density``), checkpoint and seed, as :func:`simulate` runs them: the
    rarer class's labels and share among the picks; the cross-validated threshold and its
    spread (max - min) over 5 fold seeds on the same rows; the prior-matched quantile (the
    threshold that would label the unlabelled pool in the labelled rows' proportion); on the
    test split, the metric at the chosen threshold, at 0.5, at the quantile and at the best
    threshold on the test split itself (a diagnostic only), the average precision of the
    second label (ranking, threshold-free), the predicted share of the rarer class, and the
    picks' median length. Returned as the mean over seeds per order and checkpoint.
    """
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import FixedThresholdClassifier

    from annotate.model import features as _features
    from annotate.model._selection import THRESHOLDS
    from annotate.model._uncertainty import uncertainty

    _, field, pool, test, score = pool_and_test(name)
    union = _features.features(cues=False, chars=False, rules=True, n_docs=len(pool))
    union.n_jobs = None
    X = union.fit_transform(pool["text"]).tocsr()
    Xt = union.transform(test["text"]).tocsr()
    y, yt = pool[field].astype(str).to_numpy(), test[field].astype(str).to_numpy()
    classes = np.unique(y)
    rare = pd.Series(y).value_counts().index[-1]
    tokens = pool["text"].str.split().str.len().to_numpy()

    def decide(p1: np.ndarray, t: float) -> np.ndarray:
        return np.where(p1 >= t, classes[1], classes[0])

    rows = []
    for seed in range(seeds):
        order = np.random.default_rng(seed).permutation(len(pool))
        for strategy in ("random", "no-density"):
            chosen: list[int] = list(order[:START])
            model: Any = None
            for n in range(START, until + 1, STEP):
                taken = np.zeros(len(pool), dtype=bool)
                taken[chosen] = True
                rest = order[~taken[order]]
                if n > START:
                    if strategy == "random":
                        pick = rest[:STEP]
                    else:
                        u = uncertainty(
                            [model.predict_proba(X[rest])], [_features.decision_threshold(model)]
                        )
                        pick = rest[np.argsort(-u, kind="stable")[:STEP]]
                    chosen += list(pick)
                    taken[pick] = True
                r = np.array(chosen)
                ts = [threshold_cv(X[r], y[r], s, score) for s in range(5)]
                t = threshold_cv(X[r], y[r], seed, score)
                plain = _features.new_classifier(1.0, seed, 2).fit(X[r], y[r])
                model = plain if t is None else FixedThresholdClassifier(plain, threshold=t)
                model.fit(X[r], y[r])
                p1 = plain.predict_proba(Xt)[:, 1]
                q = float(
                    np.quantile(plain.predict_proba(X[~taken])[:, 1], np.mean(y[r] == classes[0]))
                )
                at_test = [float(score(yt, decide(p1, v))) for v in THRESHOLDS]
                rows.append(
                    {
                        "order": strategy,
                        "labels": n,
                        "rare_labels": int((y[r] == rare).sum()),
                        "picked_rare": float(np.mean(y[r[START:]] == rare)) if n > START else None,
                        "threshold": 0.5 if t is None else t,
                        "threshold_spread": float(np.ptp([0.5 if v is None else v for v in ts])),
                        "prior_quantile": q,
                        "best_threshold_on_test": float(THRESHOLDS[int(np.argmax(at_test))]),
                        "score_at_threshold": float(score(yt, decide(p1, 0.5 if t is None else t))),
                        "score_at_half": float(score(yt, decide(p1, 0.5))),
                        "score_at_quantile": float(score(yt, decide(p1, q))),
                        "score_at_best_on_test": max(at_test),
                        "average_precision": float(average_precision_score(yt == classes[1], p1)),
                        "test_predicted_rare": float(np.mean(model.predict(Xt) == rare)),
                        "test_gold_rare": float(np.mean(yt == rare)),
                        "picked_median_tokens": float(np.median(tokens[r[START:]]))
                        if n > START
                        else None,
                    }
                )
    table = pd.DataFrame(rows).groupby(["labels", "order"], sort=True).mean(numeric_only=True)
    return [{"labels": k[0], "order": k[1]} | v.round(3).to_dict() for k, v in table.iterrows()]


def merge(paths: list[str]) -> list[dict]:
    """One result per corpus from the per-seed lines of several runs' stderr.

    Runs split by order (``--order``) or by seed (``--first-seed``) print each seed's curves as
    it ends; this puts them together: per order the seeds' curves (a seed run twice counts
    once), the labels to 95% of the full-data score on the mean curve, the mean of the mean
    curve, and the spread (max - min) of the seeds' own curve means.
    """
    seen: dict[str, dict] = {}
    for path in paths:
        for line in Path(path).read_text().splitlines():
            if not line.startswith("{") or '"seed"' not in line:
                continue
            row = json.loads(line)
            r = seen.setdefault(
                row["corpus"],
                {"corpus": row["corpus"], "steps": row["steps"], "full": row["full_score"]},
            )
            if row["steps"] != r["steps"] or row["full_score"] != r["full"]:
                raise SystemExit(f"{path}: {row['corpus']} seed {row['seed']} is another run")
            for order, curve in row["curves"].items():
                r.setdefault("by_seed", {}).setdefault(order, {})[row["seed"]] = curve
    results = []
    for name, r in seen.items():
        _, _, field = CORPORA[name]
        kind = CORPORA[name][0]
        orders = sorted(r["by_seed"], key=lambda o: ALL_ORDERS.index(o))
        curves = {o: [r["by_seed"][o][k] for k in sorted(r["by_seed"][o])] for o in orders}
        mean = {o: np.mean(curves[o], axis=0) for o in orders}
        need = {}
        for o in orders:
            hit = [n for n, m in zip(r["steps"], mean[o], strict=True) if m >= 0.95 * r["full"]]
            need[o] = hit[0] if hit else None
        own = {o: np.mean(curves[o], axis=1) for o in orders}
        results.append(
            {
                "corpus": name,
                "field": field,
                "metric": "f1:uncertain" if kind == "conll2010" else "macro-f1",
                "full_score": round(r["full"], 4),
                "steps": r["steps"],
                "seeds": min(len(c) for c in curves.values()),
                "seeds_per_order": {o: sorted(r["by_seed"][o]) for o in orders},
                "strategies": orders,
                "curves": {o: [[round(v, 4) for v in c] for c in curves[o]] for o in orders},
                "labels_to_95": need,
                "mean_score": {o: round(float(mean[o].mean()), 4) for o in orders},
                "seed_spread": {o: round(float(np.ptp(own[o])), 4) for o in orders},
                "checkpoints": {
                    o: {
                        n: [round(float(mean[o][i]), 3)]
                        + [
                            round(float(v), 3)
                            for v in (np.min(curves[o], axis=0)[i], np.max(curves[o], axis=0)[i])
                        ]
                        for i, n in enumerate(r["steps"])
                        if n in (50, 100, 150, 200, 300, 500, 1000)
                    }
                    for o in orders
                },
            }
        )
    return results


def plot(result: dict, path: Path) -> Path:
    """Test score against labels used, mean and min-max band over seeds, per strategy."""
    from annotate._files import write_png
    from annotate.model._report import _pyplot

    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    steps = result["steps"]
    for s in result["strategies"]:
        c = np.array(result["curves"][s])
        ax.plot(steps, c.mean(axis=0), label=s)
        ax.fill_between(steps, c.min(axis=0), c.max(axis=0), alpha=0.2)
    ax.axhline(0.95 * result["full_score"], color="grey", ls="--", lw=1, label="95% of full")
    ax.set_xlabel("labels used")
    ax.set_ylabel(result["metric"] + " (test)")
    ax.set_title(f"{result['corpus']}: {result['field']} ({result['seeds']} seeds)")
    ax.legend(loc="lower right", fontsize=8)
    return write_png(path, fig, dpi=70)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=list(CORPORA), action="append")
    parser.add_argument("--max-labels", type=int, default=2000)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--threshold", choices=("cv", "none"), default="cv")
    parser.add_argument("--order", choices=ALL_ORDERS, action="append")
    # Seeds are independent: a long corpus can run its seeds in several processes.
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--diagnose", choices=list(CORPORA))
    parser.add_argument("--diagnose-threshold", choices=list(CORPORA))
    # Put together the per-seed lines (stderr) of runs split by order or seed, and plot them.
    parser.add_argument("--merge", nargs="+", metavar="STDERR")
    args = parser.parse_args()
    if args.merge:
        merged = merge(args.merge)
        for r in merged:
            r["plot"] = str(plot(r, PLOTS / f"active-{r['corpus']}.png").relative_to(ROOT))
        print(json.dumps(merged))
        return
    if args.diagnose_threshold:
        print(json.dumps(diagnose_threshold(args.diagnose_threshold), indent=1))
        return
    if args.diagnose:
        print(json.dumps(diagnose(args.diagnose), indent=1))
        return
    results = []
    for name in args.corpus or CORPORA:
        r = simulate(name, args.max_labels, args.seeds, args.threshold, args.order, args.first_seed)
        r["plot"] = str(plot(r, PLOTS / f"active-{name}.png").relative_to(ROOT))
        print(json.dumps({k: v for k, v in r.items() if k != "curves"}), file=sys.stderr)
        results.append(r)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
