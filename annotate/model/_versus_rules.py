"""The trained model beside the rules alone, on the same labelled sentences.

:func:`annotate.model._train.train` reports it on the release's test split; a cross-domain
benchmark calls :func:`rules_vs_model` with a model trained on one corpus and the test split of
another (same schema fields), so both tables come from one scoring.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from annotate.model import features as _features
from annotate.model._rules import Lexicon, preannotate, score_against_gold

__all__ = ["rules_vs_model"]


def rules_vs_model(
    models: dict[str, Any],
    sentences: pd.DataFrame,
    schema: Any,
    labels: dict[str, list[str]],
    *,
    lexicon: Lexicon | None = None,
) -> list[dict[str, Any]]:
    """Precision, coverage and macro-F1 of the rules and of the model, per field both predict.

    Parameters
    ----------
    models : dict
        Fitted pipelines by field (what :func:`annotate.model._model_file.load_model` returns
        first).
    sentences : pandas.DataFrame
        ``sentence_id``, ``text`` and a gold label column per field (missing labels are
        skipped).
    schema : Schema
        Tells the rules which fields to predict (:func:`annotate.model._rules.preannotate`).
    labels : dict
        Each field's labels, in id order.
    lexicon : str or dict, optional
        The rules' lexicon (see :func:`annotate.model._rules.preannotate`); the model's own
        is the one it was trained with.

    Returns
    -------
    list of dict
        One row per predictor (``"rules"``, ``"model"``) and field: ``predictor`` and the
        columns of :func:`annotate.model._rules.score_against_gold`. Empty when no field of
        ``models`` is one the rules predict, or no sentence has a gold label.
    """
    rules = preannotate(sentences[["sentence_id", "text"]], schema, version=lexicon)
    assert isinstance(rules, pd.DataFrame)  # no output path given
    covered = [
        n for n in models if n in rules.columns and n in sentences and sentences[n].notna().any()
    ]
    if not covered:
        return []
    gold = sentences[["sentence_id", *covered]].dropna()
    model_pred = pd.DataFrame({"sentence_id": sentences["sentence_id"].astype(str)})
    for n in covered:
        model_pred[n] = _features.proba(models[n], sentences["text"].to_numpy())[0]
    model_pred["model_version"] = "trained model"
    rows = []
    for who, pred in (("rules", rules), ("model", model_pred)):
        scored = score_against_gold(pred, gold, covered, {n: labels[n] for n in covered})
        for row in scored.to_dict("records"):
            rows.append({"predictor": who, **row})
    return rows
