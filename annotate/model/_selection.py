"""Choosing a field's classifier: the regularisation, the feature blocks and the threshold.

Two regimes, both blind to the test split:

- below ``LARGE_N`` labelled sentences (train + validation), :func:`select_cv` chooses
  everything by stratified five-fold cross-validation on train + validation pooled. A
  validation split of a few hundred sentences is a noisy judge: on the public benchmarks the
  settings it preferred moved by a few points between fold seeds, and a split whose class
  balance differs from train (CheckThat's dev) pulls the choice its way. Pooled out-of-fold
  predictions judge every setting on every sentence, and choose the two-class threshold on the
  same probabilities. The folds of three fold seeds are pooled: one seed's ranking was mostly
  the seed's (CheckThat), and on CoNLL Wikipedia fold seeds 0-4 chose C from 0.3 to 3 and
  thresholds from 0.325 to 0.475, where pooled they all chose one setting.
- from ``LARGE_N`` sentences on, :func:`select` chooses C and the blocks on the validation split
  (large enough there to be trusted, and five fits per setting would break the time budget),
  then :func:`cv_threshold` chooses the threshold on three-fold out-of-fold probabilities of
  train + validation.

Every fold keeps an article's sentences together (:mod:`annotate.model._folds`): the
release's test split is articles the model never saw, so settings and thresholds are judged
the same way.

Blocks that do not read labels (TF-IDF, shape, rules, span taggers, which are out of fold
already) are fitted once on the pooled data and shared by every fold and setting; the cue
lexicon, which reads labels, is refitted inside every fold. Both regimes hand those pooled
blocks to :func:`annotate.model.features.fit` so the final model does not fit them again.

The rules block (what the pre-annotator finds) is imposed, scaled by
:data:`annotate.model.features.RULES_SCALE`, on a field the rules predict (hedging,
attribution): selection sees only the training corpus, where the corpus's own n-grams do
the rules' work as well, so it would drop the one block that carries over to other text
(issue 15: it never kept it on CoNLL-2010). On other fields it is tried once more on the best
setting found without it, and wins ties.

The word-class n-gram block (:mod:`annotate.model._word_classes`) is tried the same way, once,
on the best setting found (rules decided), in the cross-validation regime only (below
``LARGE_N``, where one more set of fold fits is cheap), on the fields of
:data:`annotate.model.features.WORD_CLASS_FIELDS` when :func:`annotate.model._train.train`
calls, and is kept only when strictly better: a block of tens of thousands of columns has to
earn its place.

The latent topic block (:mod:`annotate.model._latent_topics`) is tried after it, the same way,
on every field, from ``MIN_LATENT_DOCS`` pooled sentences on (below ``LARGE_N``), and kept
only when strictly better: on CoNLL-2010 Wikipedia it raised the out-of-fold score on every
fold seed measured, on CheckThat it lowered it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from joblib import Parallel, delayed
from sklearn.metrics import f1_score

from annotate.model._folds import (
    article_groups,
    folds_said,
    repeated_folds,
    stratified_folds,
)
from annotate.model._latent_topics import MIN_LATENT_DOCS
from annotate.model._rules import HEDGE_CUE_FIELD, Lexicon
from annotate.model.features import (
    N_JOBS,
    RULES_SCALE,
    LatentTopics,
    WordClassGrams,
    canonical_csr,
    feature_blocks,
    fit_block,
    new_classifier,
    new_cue_lexicon,
    set_training_spans,
)

C_GRID = (0.3, 1.0, 3.0)
# From this many fit sentences on, the weakest regularisation is skipped (6 fits in the search
# instead of 9): on the public benchmarks C=3 won only below 3,000 sentences, and it is the
# slowest fit (twice the liblinear iterations of C=1). It is also where selection moves from
# cross-validation to the validation split.
LARGE_N = 10_000
C_GRID_LARGE = (0.3, 1.0)
# (cue block, character block) combinations tried; word and shape blocks are always on. The
# rules block is then tried on the best of these (select, select_cv).
BLOCK_GRID = ((True, True), (False, True), (True, False))
THRESHOLDS = np.round(np.arange(0.1, 0.91, 0.025), 3)
CV_FOLDS = 5
# Cross-validation is repeated with this many fold seeds and every setting is scored, and the
# threshold chosen, on the out-of-fold probabilities of all of them pooled. Why: on CheckThat
# (1,292 sentences) one setting's score moved by 0.026 between fold seeds, ten times the gain
# of any candidate, so one seed's ranking was mostly the seed's. On CoNLL Wikipedia (7,343)
# one seed's choice moved with it (fold seeds 0-4: C 0.3-3, threshold 0.325-0.475, eval
# 0.620-0.640); three pooled chose one setting on every seed (benchmarks/RESULTS.md,
# 2026-12-07). It costs three times the fold fits: Wikipedia's training about doubles.
FOLD_SEEDS = 3
# Below this many examples of the rarer class, cross-validated thresholds are noise.
MIN_CV_MINORITY = 20

Prefit = dict[str, tuple[Any, sp.csr_matrix]]


@dataclass
class Choice:
    """What model selection chose for one field, and why."""

    C: float = 1.0
    cues: bool = True
    chars: bool = True
    spans: tuple[str, ...] = ()
    threshold: float | None = None
    selection_score: float | None = None
    # The rules block (what the pre-annotator finds): on unless selection found it worse;
    # imposed (and its columns scaled) on a field the rules predict.
    rules: bool = True
    rules_imposed: bool = False
    rules_scale: float = 1.0
    # The word-class n-gram and latent topic blocks (tried below LARGE_N only).
    classes: bool = False
    latent: bool = False
    # The rules block's lexicon: None for the shipped one (LEXICON_VERSION).
    lexicon: Lexicon | None = None
    selected_on: str = "validation"
    threshold_on: str | None = None
    tried: list[dict[str, Any]] = field(default_factory=list)
    # The chosen setting's out-of-fold class probabilities of the pooled rows (a row once per
    # fold seed, in fold-seed order), when selection computed them: how the model judges text
    # like its training text that it did not see (the rules' confusion there, issue 15).
    held_out: np.ndarray | None = None


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


def _best_threshold(y: Any, p1: np.ndarray, classes: np.ndarray, score: Any) -> tuple:
    """The best ``(score, threshold)`` on ``P(classes[1])``; threshold None when argmax wins."""
    best: tuple[float, float | None] = (score(y, np.where(p1 >= 0.5, classes[1], classes[0])), None)
    for t in THRESHOLDS:
        s = score(y, np.where(p1 >= t, classes[1], classes[0]))
        if s > best[0]:
            best = (s, float(t))
    return best


def _fit_score(X: Any, y: Any, Xv: Any, yv: Any, C: float, seed: int, score: Any) -> tuple:
    model = new_classifier(C, seed, len(set(y))).fit(X, y)
    proba = model.predict_proba(Xv)
    if len(model.classes_) == 2:
        return _best_threshold(yv, proba[:, 1], model.classes_, score)
    return score(yv, model.classes_[proba.argmax(axis=1)]), None


def select(
    train: pd.DataFrame,
    valid: pd.DataFrame,
    target: str,
    metric: str,
    labels: list[str],
    seed: int,
    spans: tuple[str, ...] = (),
    *,
    impose_rules: bool = False,
    lexicon: Lexicon | None = None,
) -> Choice:
    """Choose C and the cue, character and span blocks by the metric on ``valid``.

    Each block is fitted once on ``train``; every setting reuses its matrices. ``spans``: the
    spans fields that may feed the classifier (see :func:`annotate.model.features.span_fields`);
    all of them or none are tried. ``impose_rules``: every setting has the rules block, scaled
    (a field the rules predict); ``lexicon``: the rules block's lexicon (default the shipped
    one).
    """
    y, yv = train[target].to_numpy(), valid[target].to_numpy()
    if len(set(y)) < 2 or len(valid) == 0:
        return _rules_of(
            Choice(selected_on="defaults (too little data to choose)"), impose_rules, lexicon
        )
    scale = RULES_SCALE if impose_rules else 1.0
    blocks = feature_blocks(
        cues=True,
        chars=True,
        n_docs=len(train),
        spans=spans,
        seed=seed,
        lexicon=lexicon,
        rules_scale=scale,
    )
    set_training_spans(blocks, train)
    fitted = Parallel(n_jobs=N_JOBS)(
        delayed(fit_block)(b, train["text"], y, [valid["text"]]) for _, b in blocks
    )
    mats = {name: m for (name, _), (_, m) in zip(blocks, fitted, strict=True)}

    def stack(cues: bool, chars: bool, with_spans: bool, i: int) -> sp.csr_matrix:
        names = _block_names(cues, chars, with_spans, spans, rules=impose_rules)
        return canonical_csr(sp.hstack([mats[n][i] for n in names]))

    c_grid = C_GRID_LARGE if len(train) >= LARGE_N else C_GRID
    settings = _settings(spans)
    grid = [(c, *setting) for setting in settings for c in c_grid]
    score = scorer(metric, labels)
    stacks = {st: (stack(*st, 0), stack(*st, 1)) for st in settings}
    results = Parallel(n_jobs=N_JOBS)(
        delayed(_fit_score)(stacks[st][0], y, stacks[st][1], yv, c, seed, score)
        for c, *rest in grid
        for st in [(rest[0], rest[1], rest[2])]
    )
    tried = [
        _tried(*key, s, t, rules=impose_rules) for key, (s, t) in zip(grid, results, strict=True)
    ]
    first = _best(tried, spans, "validation")
    if not impose_rules:
        # The rules block, on the best setting only: one more fit instead of a doubled grid.
        setting = (first.cues, first.chars, bool(first.spans))
        names = _block_names(*setting, spans, rules=True)
        X, Xv = (canonical_csr(sp.hstack([mats[n][i] for n in names])) for i in (0, 1))
        s, t = _fit_score(X, y, Xv, yv, first.C, seed, score)
        tried.append(_tried(first.C, *setting, s, t, rules=True))
    return _rules_of(_best(tried, spans, "validation"), impose_rules, lexicon)


def _rules_of(choice: Choice, imposed: bool, lexicon: Lexicon | None) -> Choice:
    """``choice`` with its rules block's lexicon and scale; on whatever was chosen when
    imposed."""
    choice.lexicon = lexicon
    if imposed:
        choice.rules, choice.rules_imposed, choice.rules_scale = True, True, RULES_SCALE
    return choice


def select_cv(
    pooled: pd.DataFrame,
    target: str,
    metric: str,
    labels: list[str],
    seed: int,
    spans: tuple[str, ...] = (),
    *,
    impose_rules: bool = False,
    lexicon: Lexicon | None = None,
    try_classes: bool = True,
    try_latent: bool = True,
) -> tuple[Choice, Prefit | None]:
    """Choose C, the blocks and a two-class threshold by cross-validation on ``pooled``.

    Every setting of the grid is fitted in each of ``CV_FOLDS`` stratified folds (fewer when
    the rarer class has fewer examples) and scored on the pooled out-of-fold probabilities; a
    two-class threshold is chosen on those same probabilities when the rarer class has at least
    ``MIN_CV_MINORITY`` examples. With ``FOLD_SEEDS`` fold seeds (``seed``, ``seed + 1``,
    ...), the probabilities of all of them pooled. Returns the choice and the label-free blocks
    fitted on ``pooled`` (for :func:`annotate.model.features.fit` on the same rows), or no
    blocks when there was too little data to choose. ``impose_rules`` and ``lexicon`` as in
    :func:`select`; ``try_classes``: try the word-class block on the best setting (kept if
    strictly better); ``try_latent``: then the latent topic block, the same way, from
    ``MIN_LATENT_DOCS`` rows on.
    """
    y = pooled[target].to_numpy()
    classes, counts = np.unique(y, return_counts=True)
    if len(classes) < 2 or counts.min() < 2:
        default = Choice(selected_on="defaults (too little data to choose)")
        return _rules_of(default, impose_rules, lexicon), None
    n_folds = int(min(CV_FOLDS, counts.min()))
    texts = pooled["text"].to_numpy(dtype=object)
    scale = RULES_SCALE if impose_rules else 1.0
    prefit = _label_free(
        pooled, texts, y, chars=True, spans=spans, seed=seed, lexicon=lexicon, rules_scale=scale
    )
    folds, by_article = repeated_folds(y, n_folds, seed, FOLD_SEEDS, article_groups(pooled))
    # Every score and threshold below is on the out-of-fold rows of every repetition.
    y_oof = np.tile(y, FOLD_SEEDS)
    # The cue lexicon reads labels: one per fold, learned on that fold's training rows only.
    cue_mats = Parallel(n_jobs=N_JOBS)(
        delayed(_fold_cues)(texts, y, tr, te, len(tr)) for tr, te, _ in folds
    )
    settings = _settings(spans)
    # Cue columns differ per fold; they are appended to these inside each fold.
    stacks = {
        st: canonical_csr(
            sp.hstack(
                [prefit[n][1] for n in _block_names(False, st[1], st[2], spans, impose_rules)]
            )
        )
        for st in settings
    }
    c_grid = C_GRID_LARGE if len(pooled) >= LARGE_N else C_GRID
    jobs = [(st, k) for st in settings for k in range(len(folds))]
    out = Parallel(n_jobs=N_JOBS)(
        delayed(_fold_proba)(
            stacks[st], cue_mats[k] if st[0] else None, y, *folds[k][:2], c_grid, seed
        )
        for st, k in jobs
    )
    # By (C, (cues, chars, spans), rules, word classes, latent topics).
    oof = {
        (c, st, impose_rules, False, False): np.zeros((len(y_oof), len(classes)))
        for st in settings
        for c in c_grid
    }
    for (st, k), probas in zip(jobs, out, strict=True):
        slots = folds[k][2]
        for c, p in zip(c_grid, probas, strict=True):
            oof[(c, st, impose_rules, False, False)][slots] = p
    score = scorer(metric, labels)
    may_threshold = len(classes) == 2 and counts.min() >= MIN_CV_MINORITY
    tried = []
    for (c, (cues, chars, sp_on), _, _, _), P in oof.items():
        if may_threshold:
            s, t = _best_threshold(y_oof, P[:, 1], classes, score)
        else:
            s, t = score(y_oof, classes[P.argmax(axis=1)]), None
        tried.append(_tried(c, cues, chars, sp_on, s, t, rules=impose_rules))
    where = folds_said(n_folds, by_article, FOLD_SEEDS)
    choice = _best(tried, spans, where)
    if not impose_rules:
        # The rules block, on the best setting only: n_folds more fits instead of a doubled grid.
        setting = (choice.cues, choice.chars, bool(choice.spans))
        X = canonical_csr(
            sp.hstack([prefit[n][1] for n in _block_names(False, *setting[1:], spans, True)])
        )
        s, t, P = _oof_score(
            X, cue_mats if choice.cues else None, y, folds, choice.C, seed, score, may_threshold
        )
        tried.append(_tried(choice.C, *setting, s, t, rules=True))
        oof[(choice.C, setting, True, False, False)] = P
        choice = _best(tried, spans, where)
    # Each tried once on the best setting so far, in this order, kept only when strictly better.
    candidates = [("classes", WordClassGrams())] if try_classes else []
    if try_latent and len(pooled) >= MIN_LATENT_DOCS:
        candidates.append(("latent", LatentTopics(seed=seed)))
    for name, block in candidates:
        choice = _with_block(
            name,
            block,
            choice,
            tried,
            texts,
            y,
            prefit,
            cue_mats,
            folds,
            spans,
            seed,
            where,
            score,
            may_threshold,
            oof,
        )
    choice.selected_on = where
    setting = (choice.cues, choice.chars, bool(choice.spans))
    choice.held_out = oof.get((choice.C, setting, choice.rules, choice.classes, choice.latent))
    return _rules_of(choice, impose_rules, lexicon), prefit


def _oof_score(
    X: sp.csr_matrix,
    cue_mats: list | None,
    y: np.ndarray,
    folds: list,
    C: float,
    seed: int,
    score: Any,
    may_threshold: bool,
) -> tuple[float, float | None, np.ndarray]:
    """Score, threshold and pooled out-of-fold probabilities of one setting.

    ``folds``: ``(train rows, held-out rows, their slots)`` of :func:`_repeated_folds`.
    """
    classes = np.unique(y)
    probas = Parallel(n_jobs=N_JOBS)(
        delayed(_fold_proba)(X, cue_mats[k] if cue_mats else None, y, *folds[k][:2], (C,), seed)
        for k in range(len(folds))
    )
    P = np.zeros((sum(len(f[1]) for f in folds), len(classes)))
    for (_, _, slots), p in zip(folds, probas, strict=True):
        P[slots] = p[0]
    y_oof = np.tile(y, len(P) // len(y))
    if may_threshold:
        return (*_best_threshold(y_oof, P[:, 1], classes, score), P)
    return score(y_oof, classes[P.argmax(axis=1)]), None, P


def _with_block(
    name: str,
    block: Any,
    choice: Choice,
    tried: list[dict[str, Any]],
    texts: np.ndarray,
    y: np.ndarray,
    prefit: Prefit,
    cue_mats: list,
    folds: list,
    spans: tuple[str, ...],
    seed: int,
    where: str,
    score: Any,
    may_threshold: bool,
    oof: dict[tuple, np.ndarray],
) -> Choice:
    """``choice``, or the same setting with the label-free block ``name`` (``classes``: the
    word-class n-grams, ``latent``: the latent topics) when that scores strictly higher.

    The block is fitted once on the pooled ``texts`` (it reads no labels) and added to
    ``prefit``, so the final fit reuses it; the row it scored is appended to ``tried``, its
    out-of-fold probabilities to ``oof``.
    """
    fitted, mats = fit_block(block, texts, y, [])
    prefit[name] = (fitted, mats[0])
    extra = {"classes": choice.classes, "latent": choice.latent, name: True}
    setting = (choice.cues, choice.chars, bool(choice.spans))
    names = _block_names(False, *setting[1:], spans, choice.rules, **extra)
    X = canonical_csr(sp.hstack([prefit[n][1] for n in names]))
    cues = cue_mats if choice.cues else None
    s, t, P = _oof_score(X, cues, y, folds, choice.C, seed, score, may_threshold)
    tried.append(_tried(choice.C, *setting, s, t, rules=choice.rules, **extra))
    oof[(choice.C, setting, choice.rules, extra["classes"], extra["latent"])] = P
    return _best(tried, spans, where)


def _label_free(
    pooled: pd.DataFrame,
    texts: np.ndarray,
    y: np.ndarray,
    *,
    chars: bool,
    spans: Any,
    seed: int,
    rules: bool = True,
    lexicon: Lexicon | None = None,
    rules_scale: float = 1.0,
    classes: bool = False,
    latent: bool = False,
) -> Prefit:
    """The blocks that read no labels (TF-IDF, shape, rules, span taggers), fitted once on
    ``pooled``, with their matrices by name. Span taggers count as such: their features for a
    row come from taggers that never saw that row (out of fold), so refitting them in every
    fold would cost five tagger fits per fold for little."""
    fixed = feature_blocks(
        cues=False,
        chars=chars,
        n_docs=len(pooled),
        spans=spans,
        seed=seed,
        rules=rules,
        lexicon=lexicon,
        rules_scale=rules_scale,
        classes=classes,
        latent=latent,
    )
    set_training_spans(fixed, pooled)
    fitted = Parallel(n_jobs=N_JOBS)(delayed(fit_block)(b, texts, y, []) for _, b in fixed)
    return {name: (b, m[0]) for (name, _), (b, m) in zip(fixed, fitted, strict=True)}


def _block_names(
    cues: bool,
    chars: bool,
    with_spans: bool,
    spans: Any,
    rules: bool = False,
    classes: bool = False,
    latent: bool = False,
) -> list[str]:
    """The blocks of a setting, in the order of :func:`annotate.model.features.features`."""
    return (
        ["word", "shape"]
        + ["rules"] * rules
        + ["cues"] * cues
        + ["char"] * chars
        + [f"span:{f}" for f in spans] * with_spans
        + ["classes"] * classes
        + ["latent"] * latent
    )


def _settings(spans: tuple[str, ...]) -> list[tuple[bool, bool, bool]]:
    """(cue block, character block, span blocks) settings; span blocks only when there are any,
    and always when a hedge cue field is among them.

    Why the cue tagger is imposed: its worth shows on the genre its cues were marked in, and
    the rows that choose rarely are that genre. CoNLL-2010's biological validation rows are
    mostly abstracts, with no cue marked, while the tagger learns from full papers and is
    scored on full papers: the validation split ranks the best settings with and without it
    within 0.003 of each other (which wins flipped when the tagger learnt parts of speech),
    while leaving one of the 9 Szeged papers out at a time ranked every setting with it above
    every setting without it, 0.835-0.844 against 0.780-0.813 (benchmarks/RESULTS.md, issue
    15). As with the rules block, selection then chooses C and the other blocks around it.
    """
    if HEDGE_CUE_FIELD in spans:
        choices: tuple[bool, ...] = (True,)
    else:
        choices = (False, True) if spans else (False,)
    return [(cues, chars, with_spans) for cues, chars in BLOCK_GRID for with_spans in choices]


def _tried(
    c: float,
    cues: bool,
    chars: bool,
    spans: bool,
    score: float,
    threshold: float | None,
    rules: bool = False,
    classes: bool = False,
    latent: bool = False,
) -> dict[str, Any]:
    """One row of ``Choice.tried``."""
    return {
        "C": c,
        "cues": cues,
        "chars": chars,
        "spans": spans,
        "rules": rules,
        "classes": classes,
        "latent": latent,
        "score": round(float(score), 4),
        "threshold": threshold,
    }


def _best(tried: list[dict[str, Any]], spans: tuple[str, ...], threshold_on: str) -> Choice:
    """The best row of ``tried`` as a choice; a chosen threshold was chosen on ``threshold_on``."""
    # Ties go to more blocks and then to the stronger regularisation.
    # The rules block wins ties too: on the training corpus it may add nothing, on other text
    # its lexicon (learned from several corpora) is what still carries over.
    best = max(
        tried,
        key=lambda r: (
            r["score"],
            r.get("rules", False),
            r["spans"],
            r["cues"],
            r["chars"],
            -r["C"],
        ),
    )
    return Choice(
        best["C"],
        best["cues"],
        best["chars"],
        spans if best["spans"] else (),
        best["threshold"],
        best["score"],
        threshold_on=None if best["threshold"] is None else threshold_on,
        tried=tried,
        rules=best.get("rules", False),
        classes=best.get("classes", False),
        latent=best.get("latent", False),
    )


def _fold_cues(texts: np.ndarray, y: np.ndarray, tr: np.ndarray, te: np.ndarray, n: int) -> tuple:
    # Out-of-fold inside the fold's training rows too, as in the final fit.
    lex = new_cue_lexicon(n)
    fitted = canonical_csr(lex.fit_transform(texts[tr], y[tr]))
    return fitted, canonical_csr(lex.transform(texts[te]))


def _fold_proba(
    X: sp.csr_matrix,
    cues: tuple | None,
    y: np.ndarray,
    tr: np.ndarray,
    te: np.ndarray,
    c_grid: tuple[float, ...],
    seed: int,
) -> list[np.ndarray]:
    """Probabilities (columns in sorted class order) of the fold's held-out rows, per C."""
    X_tr, X_te = X[tr], X[te]
    if cues is not None:
        X_tr = sp.hstack([X_tr, cues[0]]).tocsr()
        X_te = sp.hstack([X_te, cues[1]]).tocsr()
    classes = np.unique(y)
    out = []
    for c in c_grid:
        model = new_classifier(c, seed, len(classes)).fit(X_tr, y[tr])
        P = np.zeros((len(te), len(classes)))
        P[:, np.searchsorted(classes, model.classes_)] = model.predict_proba(X_te)
        out.append(P)
    return out


def cv_threshold(
    choice: Choice, pooled: pd.DataFrame, target: str, metric: str, seed: int
) -> Prefit | None:
    """Re-choose a two-class threshold on out-of-fold probabilities of ``pooled`` (in place).

    The unsupervised blocks (TF-IDF, shape) are fitted once on ``pooled``; the cue lexicon,
    which reads labels, is refitted inside every fold so no fold sees its own labels. Returns
    those fitted blocks and their matrices by name, for :func:`annotate.model.features.fit` on the
    same ``pooled`` (None when no threshold was chosen). From ``LARGE_N`` sentences on (where
    :func:`annotate.model._train.train` uses it), three folds: the out-of-fold probabilities are
    plentiful and each fold costs a full fit.
    """
    y = pooled[target].to_numpy()
    classes, counts = np.unique(y, return_counts=True)
    if len(classes) != 2 or counts.min() < MIN_CV_MINORITY:
        return None
    texts = pooled["text"].to_numpy(dtype=object)
    prefit = _label_free(
        pooled,
        texts,
        y,
        chars=choice.chars,
        spans=choice.spans,
        seed=seed,
        rules=choice.rules,
        lexicon=choice.lexicon,
        rules_scale=choice.rules_scale,
        classes=choice.classes,
        latent=choice.latent,
    )
    X_fixed = canonical_csr(sp.hstack([m for _, m in prefit.values()]))
    n_folds = 3 if len(pooled) >= LARGE_N else CV_FOLDS
    split, by_article = stratified_folds(y, n_folds, seed, article_groups(pooled))

    def fold(tr: np.ndarray, te: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        cues = _fold_cues(texts, y, tr, te, len(tr)) if choice.cues else None
        # Columns in sorted class order: column 1 is classes[1].
        return te, _fold_proba(X_fixed, cues, y, tr, te, (choice.C,), seed)[0][:, 1]

    p1 = np.zeros(len(y))
    for te, p in Parallel(n_jobs=N_JOBS)(delayed(fold)(tr, te) for tr, te in split):
        p1[te] = p
    _, choice.threshold = _best_threshold(y, p1, classes, scorer(metric, []))
    choice.held_out = np.column_stack([1.0 - p1, p1])
    choice.threshold_on = folds_said(n_folds, by_article)
    return prefit
