"""A model's answers adapted to the collection it labels, without the collection's labels.

A model trained on one corpus learns how far to trust the rules block (the pre-annotator's cue
lexicon) from that corpus alone. Trained on CoNLL-2010 Wikipedia, where the rules are weak, it
learns to discount them, and carries that to biological text, where they are strong (F1 of
``uncertain`` 0.70 for the rules alone against 0.48 for the Wikipedia model;
benchmarks/RESULTS.md, issue 15). Nothing chosen on the training corpus can know better; the
collection being labelled can, if it is seen whole, as ``annotate evaluate`` (a release split)
and ``annotate predict`` (a sentence table) see it.

How much a rule hit says on *this* collection is read from how the rules' votes line up with the
model's beliefs on it: one moment step of Dawid & Skene (1979) with the model's posterior as
each sentence's prior. The rules are an annotator whose confusion on the collection,
``C[k, l]`` = P(the rules say ``l`` | the class is ``k``), is estimated with the model's
probabilities standing in for the unknown classes (add-one smoothed). The model already weighs
the rules as much as they told on its training text, so only the collection's excess over that
is new: at fit time ``train`` estimates the same confusion, ``H``, on held-out folds of the
training text (the out-of-fold probabilities selection computes; :func:`remember_home`), and
each sentence's posterior becomes

    Q_ik  proportional to  P_ik * C[k, l_i] / H[k, l_i],

on which the model's own decision rule is taken (its threshold, else the most probable class).
On text like the training text ``C`` is ``H`` up to sampling, and ``Q`` = ``P``: in domain the
step changes few labels (CoNLL-2010 Wikipedia: 114 of 7,288, 0.6284 -> 0.6304). Where the test
text is a kind the training text holds little of, ``H`` read mostly on the other kind is not
home for it: the biological + papers model, trained mostly on abstracts, loses 0.008 on the eval
papers (0.844 -> 0.836, 30 of 5,001 labels; benchmarks/RESULTS.md). Where the rules fire on the
sentences the model half-believes in more than they did at home, a hit becomes stronger
evidence; where they line up less, weaker. The same estimator on both sides is the point: it is
biased toward the model's own view (its errors blur ``C``'s rows together), and the bias cancels
only when both are read the same way. The share of the collection given each class moves with it
(reported as ``prior``; pinned on 1,000 of CoNLL-2010's biological eval sentences for a
Wikipedia model by ``tests/unit/test_collection.py``). The mean probability is no estimate of
that rate: the models are trained with balanced class weights, so it sits near the middle either
way. The step has no fitted parameter and no label of the collection.

It is the default of ``evaluate`` and ``predict`` (``--no-adapt`` to turn it off). The step
before format 7 (``fix/crossdom5``) adapted by ``C`` alone: it counted the rules' agreement a
second time, and in domain that cost where the rules are good but the model better (CoNLL-2010
biological eval 0.824 -> 0.771). A model of format 6 or older holds no ``H`` and is never
adapted: its answers stay those it gave.

Only one step, not EM to convergence: iterating lets ``Q`` feed its own estimate of ``C`` until
the rules' false-positive rate reaches 0 and ``Q`` is the rules' vote, whatever the model says
(a fixed point of the iteration, reached on CoNLL-2010 text in 2-3 steps). Saerens, Latinne &
Decaestecker's (2002) EM on the model's posteriors alone collapses the same way on these
models, whose probabilities are not calibrated (balanced class weights, a threshold chosen in
cross-validation): it estimated a base rate of 0.000 for 0.158 on biological text.

A collection needs evidence of each class to estimate ``C`` from: below :data:`MIN_EVIDENCE`
sentences' worth of the model's probability on some class (a collection of one sentence has at
most 1), the answer is the model's own, bit for bit, and the report says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from annotate.model import features as _features
from annotate.model._rules import NEGATIVE_LABELS, POSITIVE_LABELS, RULE_FEATURES, rule_features

__all__ = [
    "MIN_EVIDENCE",
    "Adaptation",
    "adapted_proba",
    "remember_home",
    "rules_confusion",
    "rules_labels",
]

# A rate estimated from 10 sentences has a standard error of at most 0.16 (binomial, p = 0.5):
# below that on some class, the rules' confusion on the collection is mostly noise.
MIN_EVIDENCE = 10.0
_COLUMN = {name: i for i, name in enumerate(RULE_FEATURES)}
_NO_HOME = (
    "the model holds no confusion of the rules on its training text (trained before format 7, "
    "or too few held-out sentences of some class): its own answer"
)


@dataclass(frozen=True)
class Adaptation:
    """What the collection step did for one field.

    ``applied``: whether the answers are the adapted ones; ``reason`` says why not.
    ``prior``: per class, the share of the collection given it by the model alone and adapted.
    ``confusion``: the rules' estimated ``P(rules say l | class k)`` as
    ``{k: {l: p}}``. ``changed``: how many sentences' labels the step changed.
    """

    applied: bool
    reason: str
    prior: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: dict[str, dict[str, float]] = field(default_factory=dict)
    changed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "reason": self.reason,
            "prior": self.prior,
            "rules_confusion": self.confusion,
            "changed": self.changed,
        }


def _rules_block(pipe: Any) -> Any:
    union = pipe.named_steps.get("features") if hasattr(pipe, "named_steps") else None
    for name, block in getattr(union, "transformer_list", ()):
        if name == "rules":
            return block
    return None


def rules_labels(field_name: str, classes: list[Any], found: np.ndarray) -> np.ndarray | None:
    """The label the rules give ``field_name`` for each row of ``found`` (``rule_features``
    columns), as an index into ``classes``; None when the rules do not predict that field or
    give a label the field does not have.

    Examples
    --------
    >>> found = rule_features(["It may rain.", "It rained."])
    >>> rules_labels("hedging", ["certain", "uncertain"], found).tolist()
    [1, 0]
    >>> rules_labels("subjectivity", ["OBJ", "SUBJ"], found) is None
    True
    """
    hit_cue = found[:, _COLUMN["attribution_cue"]] > 0
    named = found[:, _COLUMN["named_source"]] > 0
    unnamed = found[:, _COLUMN["anonymous_source"]] > 0
    if field_name in POSITIVE_LABELS:
        column = "hedge_cue" if field_name == "hedging" else "attribution_cue"
        hit = found[:, _COLUMN[column]] > 0
        positive = next((v for v in POSITIVE_LABELS[field_name] if v in classes), None)
        negative = next((v for v in NEGATIVE_LABELS[field_name] if v in classes), None)
        if positive is None or negative is None:
            return None
        return np.where(hit, classes.index(positive), classes.index(negative))
    names = {
        "source": ("none", "named", "unnamed"),
        "attribution": ("unattributed", "named_source", "anonymous_source"),
    }.get(field_name)
    if names is None or not set(names) <= set(classes):
        return None
    label = np.where(named, names[1], np.where(unnamed, names[2], names[0]))
    label = np.where(hit_cue, label, names[0])
    return np.array([classes.index(v) for v in label], dtype=int)


def rules_confusion(P: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """``C[k, l]``, P(the rules say ``l`` | class ``k``), with the probabilities ``P`` (rows of
    sentences, columns of classes) standing in for the unknown classes; add-one smoothed.

    Examples
    --------
    >>> P = np.array([[0.9, 0.1], [0.8, 0.2], [0.2, 0.8], [0.1, 0.9]])
    >>> rules_confusion(P, np.array([0, 0, 1, 1])).round(2).tolist()
    [[0.68, 0.32], [0.32, 0.68]]
    """
    k = P.shape[1]
    said = np.eye(k)[labels]  # one-hot of the rules' label, rows as P's
    return (P.T @ said + 1.0) / (P.sum(axis=0)[:, None] + k)


def remember_home(pipe: Any, field_name: str, texts: Any, held_out: np.ndarray) -> bool:
    """Store in ``pipe``'s rules block the rules' confusion on the text it was trained on.

    ``texts``: the training sentences; ``held_out``: their out-of-fold class probabilities from
    selection (``Choice.held_out``: rows as ``texts``, once per fold seed). Estimated as
    :func:`adapted_proba` estimates it on a collection, so on text like the training text the
    two agree and the step changes nothing. Returns whether it was stored (not without a rules
    block, a field the rules predict and :data:`MIN_EVIDENCE` of every class).
    """
    block = _rules_block(pipe)
    classes = [str(c) for c in pipe.classes_]
    if block is None or len(classes) < 2 or held_out.sum(axis=0).min() < MIN_EVIDENCE:
        return False
    texts = pd.Series(texts, dtype=object).fillna("").astype(str).tolist()
    labels = rules_labels(field_name, classes, rule_features(texts, block.version))
    if labels is None:
        return False
    repeats = len(held_out) // len(texts)
    block.home_confusion_ = rules_confusion(held_out, np.tile(labels, repeats))
    return True


def adapted_proba(
    pipe: Any, field_name: str, texts: Any
) -> tuple[np.ndarray, np.ndarray, Adaptation]:
    """Labels and class probabilities of ``texts`` adapted to them as one collection.

    Parameters
    ----------
    pipe : Pipeline
        A fitted model of one field (as ``load_model`` returns it).
    field_name : str
        The field it predicts: the rules vote on ``hedging``, ``has_attribution``,
        ``source`` and ``attribution``; on any other field the answer is the model's own.
    texts : sequence of str
        The whole collection: a release split, a sentence table.

    Returns
    -------
    labels, probabilities, Adaptation
        As :func:`annotate.model.features.proba`, plus what the step did. When it does not
        apply (no rules vote, fewer than :data:`MIN_EVIDENCE` sentences' worth of some class)
        the labels and probabilities are the model's own, exactly.

    Notes
    -----
    Needs the rules' confusion on held-out training folds that ``train`` stores in the rules
    block (format 7, :func:`remember_home`); an older model's answer is its own, exactly.
    """
    pred, P = _features.proba(pipe, texts)
    classes = [str(c) for c in pipe.classes_]
    block = _rules_block(pipe)
    if block is None or len(classes) < 2:
        return pred, P, Adaptation(False, "the model has no rules block for this field")
    # Read as features.proba reads them: a missing text is an empty one.
    texts = pd.Series(texts, dtype=object).fillna("").astype(str).tolist()
    labels = rules_labels(field_name, classes, rule_features(texts, block.version))
    if labels is None:
        return pred, P, Adaptation(False, f"the rules do not predict {field_name!r}")
    evidence = P.sum(axis=0)
    if evidence.min() < MIN_EVIDENCE:
        return (
            pred,
            P,
            Adaptation(
                False,
                f"collection too small: {evidence.min():.1f} sentences' worth of class "
                f"{classes[int(evidence.argmin())]!r}, {MIN_EVIDENCE:g} needed",
            ),
        )
    home = getattr(block, "home_confusion_", None)
    if home is None:
        return pred, P, Adaptation(False, _NO_HOME)
    confusion = rules_confusion(P, labels)
    # The model already weighs a rule hit as much as it told on the training text (home): only
    # the collection's excess over that is new evidence.
    Q = P * (confusion / home)[:, labels].T
    Q /= Q.sum(axis=1, keepdims=True)
    threshold = _features.decision_threshold(pipe)
    if threshold is not None and len(classes) == 2:
        chosen = (Q[:, 1] >= threshold).astype(int)
    else:
        chosen = Q.argmax(axis=1)
    adapted = np.asarray(pipe.classes_)[chosen]
    own = np.asarray(pred)
    return (
        adapted,
        Q,
        Adaptation(
            True,
            "adapted to the collection",
            prior={
                str(c): {
                    "model": round(float((own == c).mean()), 4),
                    "adapted": round(float((adapted == c).mean()), 4),
                }
                for c in pipe.classes_
            },
            confusion={
                c: {d: round(float(confusion[i, j]), 4) for j, d in enumerate(classes)}
                for i, c in enumerate(classes)
            },
            changed=int((adapted != own).sum()),
        ),
    )
