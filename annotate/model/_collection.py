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
probabilities standing in for the unknown classes (add-one smoothed), and each sentence's
posterior becomes

    Q_ik  proportional to  P_ik * C[k, l_i],

on which the model's own decision rule is taken (its threshold, else the most probable class).
Where the rules fire on the sentences the model half-believes in, a hit becomes strong evidence;
where they fire at random with respect to the model, ``C`` has equal rows and ``Q`` = ``P``. The
share of the collection given each class moves with it (reported as ``prior``: on CoNLL-2010's
biological eval the Wikipedia model of the cross-domain benchmark labels 12.4% uncertain,
adapted 15.0%, truly 15.8%; pinned on 1,000 of those sentences by
``tests/unit/test_collection.py``). The mean probability is no estimate of that rate: the
models are trained with balanced class weights, so it sits near the middle either way. The step
has no fitted parameter and no label of the collection, and reads nothing of the training
corpus beyond the model itself.

It is optional (``evaluate(adapt=True)``, ``predict(adapt=True)``, ``--adapt``) because in
domain it hurts where the rules are good but the model better: their hits line up with the
model's beliefs, so the step reads them as strong evidence, and agreement says the rules are
informative on a collection, not that they beat the model there (CoNLL-2010 biological eval
0.824 -> 0.771; benchmarks/RESULTS.md).

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
from annotate.model._rules import _NEGATIVE, _POSITIVE, RULE_FEATURES, rule_features

__all__ = ["MIN_EVIDENCE", "Adaptation", "adapted_proba", "rules_labels"]

# A rate estimated from 10 sentences has a standard error of at most 0.16 (binomial, p = 0.5):
# below that on some class, the rules' confusion on the collection is mostly noise.
MIN_EVIDENCE = 10.0
_COLUMN = {name: i for i, name in enumerate(RULE_FEATURES)}


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
    if field_name in _POSITIVE:
        column = "hedge_cue" if field_name == "hedging" else "attribution_cue"
        hit = found[:, _COLUMN[column]] > 0
        positive = next((v for v in _POSITIVE[field_name] if v in classes), None)
        negative = next((v for v in _NEGATIVE[field_name] if v in classes), None)
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
    k = len(classes)
    said = np.eye(k)[labels]  # one-hot of the rules' label, rows as P's
    confusion = (P.T @ said + 1.0) / (evidence[:, None] + k)
    Q = P * confusion[:, labels].T
    Q /= Q.sum(axis=1, keepdims=True)
    threshold = _features.decision_threshold(pipe)
    if threshold is not None and k == 2:
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
