"""Screen classifier configurations by cross-validation on several fold seeds (issue 15).

A candidate is judged as selection judges a setting (``annotate.model._selection``): 5-fold
stratified cross-validation on train + validation, the label-free blocks fitted once on those
rows (``_selection._label_free``), the cue lexicon refitted inside each fold, the threshold
chosen on the pooled out-of-fold probabilities; here on several fold seeds, so a gain can be
set beside the spread between seeds. ``--test`` also fits on train + validation and scores the
official test split once, at the threshold chosen on the fold seeds selection would use
(``--selection-seeds``: 0 from 2,000 sentences on, 0,1,2 below).

    python benchmarks/classifier_candidates.py prepare conll2010 hedging DIR --subset wikipedia
    python benchmarks/classifier_candidates.py score DIR hedging f1:uncertain \\
        --seeds 0,1 "word,shape,rules*4,char,classes;C=3" \\
        "vote:word,shape,rules*4,classes;C=3|char;C=3"
    python benchmarks/classifier_candidates.py sentiment DIR   # needs vaderSentiment

``sentiment`` caches blocks from the VADER lexicon (``vaderSentiment``, not a dependency of the
toolkit: install it beside, e.g. ``pip install --target D vaderSentiment`` and ``PYTHONPATH=D``):
``vader`` (16 dense columns: VADER's negative, neutral, positive and compound scores, the
compound's size, positive + negative, lexicon words and their mean strength, strong words,
boosters, negations, capitalised words, "!", "?", first and second person; counts as log1p),
``vbins`` (lexicon words by sign and strength, 8 columns), ``vcat`` (one-hot bins of the
compound and of the positive and negative shares), ``vlex`` (one binary column per lexicon
word, 7,506) and ``vlexv`` (the same, valued by the word's strength / 4). They read no labels,
so like the other label-free blocks they are computed once on train + validation.
``score`` reads every block cached in DIR.

A candidate is ``blocks;C=..;cw=..;pen=..``: blocks by the names selection uses, ``*k``
scaling a block's columns; ``cw`` balanced (default), ``none``, or the weight of the second
class; ``pen`` l2 (default) or l1. ``vote:A|B|...``: a committee, the mean of the
probabilities of one model per view (soft vote). Prints one JSON line per candidate.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from joblib import Parallel, delayed
from sklearn.linear_model import LogisticRegression

from annotate.dataset._import import import_corpus
from annotate.dataset._read import read_release
from annotate.model import _folds, _selection
from annotate.model.features import WordClassGrams, fit_block, new_cue_lexicon

SEEDS = range(5)


def prepare(kind: str, field: str, out: Path, subset: str | None) -> None:
    """Import the corpus and cache its blocks (train + validation, test) and fold cues."""
    out.mkdir(parents=True, exist_ok=True)
    rel = read_release(import_corpus(kind, out / "releases", subset=subset).path)

    def labelled(split: str) -> pd.DataFrame:
        df = rel.splits[split]
        return df[df[field].notna()].reset_index(drop=True)

    full = pd.concat([labelled("train"), labelled("validation")], ignore_index=True)
    test = labelled("test")
    full.to_parquet(out / "full.parquet")
    test.to_parquet(out / "test.parquet")
    y, texts = full[field].to_numpy(), full["text"].to_numpy(dtype=object)
    prefit = _selection._label_free(full, texts, y, chars=True, spans=(), seed=0)
    block, mats = fit_block(WordClassGrams(), texts, y, [])
    prefit["classes"] = (block, mats[0])
    lexicon = new_cue_lexicon(len(full))
    prefit["cues"] = (lexicon, lexicon.fit_transform(texts, y))
    for name, (block, X) in prefit.items():
        sp.save_npz(out / f"X_{name}.npz", sp.csr_matrix(X))
        sp.save_npz(out / f"T_{name}.npz", sp.csr_matrix(block.transform(test["text"])))
    for seed in SEEDS:
        folds, _ = _folds.repeated_folds(
            y, _selection.CV_FOLDS, seed, 1, _folds.article_groups(full)
        )
        cues = [_selection._fold_cues(texts, y, tr, te, len(tr)) for tr, te, _ in folds]
        with open(out / f"folds{seed}.pkl", "wb") as f:
            pickle.dump((folds, cues), f)


def _spec(text: str) -> dict[str, str]:
    pairs = [p.split("=", 1) if "=" in p else ["blocks", p] for p in text.split(";")]
    return {key: value for key, value in pairs}


def _design(spec: dict, mats: dict, rows: Any = None, cues: Any = None) -> sp.csr_matrix:
    parts = []
    for item in spec["blocks"].split(","):
        name, _, scale = item.partition("*")
        M = cues if name == "cues" else mats[name]
        parts.append((M if rows is None or name == "cues" else M[rows]) * float(scale or 1))
    return sp.hstack(parts).tocsr()


def _model(spec: dict, classes: np.ndarray, seed: int) -> LogisticRegression:
    cw: Any = spec.get("cw", "balanced")
    if cw == "none":
        cw = None
    elif cw != "balanced":
        cw = {classes[0]: 1.0, classes[1]: float(cw)}
    pen = spec.get("pen", "l2")
    return LogisticRegression(
        C=float(spec.get("C", 3)),
        class_weight=cw,
        solver="liblinear",
        dual=pen == "l2",
        penalty=pen,
        max_iter=1000,
        random_state=seed,
    )


def _fold(spec, X, y, classes, tr, te, cues, seed) -> np.ndarray:
    train = _design(spec, X, tr, cues[0])
    held = _design(spec, X, te, cues[1])
    return _model(spec, classes, seed).fit(train, y[tr]).predict_proba(held)[:, 1]


def _judged(oof: dict, on: list[int], y: np.ndarray, classes: np.ndarray, scorer: Any) -> tuple:
    """Score and threshold on the out-of-fold probabilities of fold seeds ``on``, pooled."""
    pooled = np.concatenate([oof[s] for s in on])
    return _selection._best_threshold(np.tile(y, len(on)), pooled, classes, scorer)


def score(args: argparse.Namespace) -> None:
    """Print each candidate's out-of-fold score per fold seed (and its test score)."""
    d = Path(args.dir)
    full, test = pd.read_parquet(d / "full.parquet"), pd.read_parquet(d / "test.parquet")
    y, y_test = full[args.field].to_numpy(), test[args.field].to_numpy()
    classes = np.unique(y)
    scorer = _selection.scorer(args.metric, list(classes))
    cached = [f.name[2:-4] for f in sorted(d.glob("X_*.npz"))]
    X = {b: sp.load_npz(d / f"X_{b}.npz").tocsr() for b in cached}
    T = {b: sp.load_npz(d / f"T_{b}.npz").tocsr() for b in cached}
    seeds = sorted({int(s) for s in f"{args.seeds},{args.selection_seeds}".split(",")})
    for candidate in args.candidates:
        views = candidate[5:].split("|") if candidate.startswith("vote:") else [candidate]
        specs = [_spec(v) for v in views]
        oof = {}
        for seed in seeds:
            with open(d / f"folds{seed}.pkl", "rb") as f:
                folds, cues = pickle.load(f)
            jobs = [(s, k) for s in specs for k in range(len(folds))]
            out = Parallel(n_jobs=2)(
                delayed(_fold)(s, X, y, classes, *folds[k][:2], cues[k], seed) for s, k in jobs
            )
            p = np.zeros((len(specs), len(y)))
            for (s, k), pk in zip(jobs, out, strict=True):
                p[specs.index(s), folds[k][1]] = pk
            oof[seed] = p.mean(axis=0)

        shown = [int(s) for s in args.seeds.split(",")]
        per_seed = {s: round(_judged(oof, [s], y, classes, scorer)[0], 4) for s in shown}
        line: dict[str, Any] = {
            "candidate": candidate,
            "seeds": per_seed,
            "mean": round(float(np.mean(list(per_seed.values()))), 4),
        }
        if args.test:
            on = [int(s) for s in args.selection_seeds.split(",")]
            selected, threshold = _judged(oof, on, y, classes, scorer)
            probas = []
            for s in specs:
                model = _model(s, classes, 0).fit(_design(s, X, cues=X["cues"]), y)
                probas.append(model.predict_proba(_design(s, T, cues=T["cues"]))[:, 1])
            cut = 0.5 if threshold is None else threshold
            pred = np.where(np.mean(probas, axis=0) >= cut, classes[1], classes[0])
            line |= {"selection": round(selected, 4), "threshold": threshold}
            line["test"] = round(scorer(y_test, pred), 4)
        print(json.dumps(line), flush=True)


_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_FIRST = {"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"}
_SECOND = {"you", "your", "yours", "yourself", "yourselves"}


def sentiment(out: Path) -> None:
    """Cache the VADER blocks (see the module docstring) for train + validation and test."""
    try:
        from vaderSentiment.vaderSentiment import (
            BOOSTER_DICT,
            NEGATE,
            SentimentIntensityAnalyzer,
        )
    except ImportError as e:
        raise SystemExit(f"sentiment needs vaderSentiment ({e}): pip install --target D") from e
    analyzer = SentimentIntensityAnalyzer()
    lexicon: dict[str, float] = analyzer.lexicon
    index = {w: i for i, w in enumerate(sorted(lexicon))}
    negations = {w.lower() for w in NEGATE}
    boosters = {w.lower() for w in BOOSTER_DICT if " " not in w}

    def dense(text: str) -> list[float]:
        s = analyzer.polarity_scores(text)
        words = _WORD.findall(text)
        low = [w.lower() for w in words]
        values = [lexicon[w] for w in low if w in lexicon]
        counts = [
            len(values),
            sum(1 for v in values if abs(v) >= 2),
            sum(1 for w in low if w in boosters),
            sum(1 for w in low if w in negations or w.endswith("n't")),
            sum(1 for w in words if len(w) > 1 and w.isupper()),
            text.count("!"),
            text.count("?"),
            sum(1 for w in low if w in _FIRST),
            sum(1 for w in low if w in _SECOND),
        ]
        strength = sum(abs(v) for v in values) / max(len(words), 1)
        scores = [s["neg"], s["neu"], s["pos"], s["compound"], abs(s["compound"])]
        return [*scores, s["pos"] + s["neg"], strength, *np.log1p(counts)]

    def bins(text: str) -> np.ndarray:
        c = np.zeros(8)
        for w in _WORD.findall(text):
            v = lexicon.get(w.lower())
            if v is not None:
                c[min(int(abs(v)), 3) + 4 * (v < 0)] += 1
        return np.log1p(c)

    def category(text: str) -> np.ndarray:
        s = analyzer.polarity_scores(text)
        out = np.zeros(15)
        out[np.digitize(s["compound"], [-0.6, -0.2, -0.05, 0.05, 0.2, 0.6])] = 1
        out[7 + np.digitize(s["pos"], [0.0001, 0.1, 0.25])] = 1
        out[11 + np.digitize(s["neg"], [0.0001, 0.1, 0.25])] = 1
        return out

    def words(texts: list[str], strength: bool) -> sp.csr_matrix:
        rows, cols, vals = [], [], []
        for i, text in enumerate(texts):
            for w in {w.lower() for w in _WORD.findall(text)} & index.keys():
                rows.append(i)
                cols.append(index[w])
                vals.append(abs(lexicon[w]) / 4 if strength else 1.0)
        return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(index)))

    for prefix, name in (("X", "full"), ("T", "test")):
        texts = pd.read_parquet(out / f"{name}.parquet")["text"].tolist()
        blocks = {
            "vader": sp.csr_matrix(np.array([dense(t) for t in texts])),
            "vbins": sp.csr_matrix(np.array([bins(t) for t in texts])),
            "vcat": sp.csr_matrix(np.array([category(t) for t in texts])),
            "vlex": words(texts, strength=False),
            "vlexv": words(texts, strength=True),
        }
        for block, M in blocks.items():
            sp.save_npz(out / f"{prefix}_{block}.npz", M)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    prep = sub.add_parser("prepare")
    prep.add_argument("kind")
    prep.add_argument("field")
    prep.add_argument("dir", type=Path)
    prep.add_argument("--subset")
    run = sub.add_parser("score")
    run.add_argument("dir")
    run.add_argument("field")
    run.add_argument("metric")
    run.add_argument("candidates", nargs="+")
    run.add_argument("--seeds", default="0,1")
    run.add_argument("--selection-seeds", default="0")
    run.add_argument("--test", action="store_true")
    lex = sub.add_parser("sentiment")
    lex.add_argument("dir", type=Path)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.kind, args.field, args.dir, args.subset)
    elif args.command == "sentiment":
        sentiment(args.dir)
    else:
        score(args)


if __name__ == "__main__":
    main()
