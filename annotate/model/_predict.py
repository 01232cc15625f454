"""Applying a saved model: scored on a release's split (:func:`evaluate`), or labelling a
sentence table with the order to annotate it in (:func:`predict`).

Both give the same answers for the same sentences: the model's own, or (the default) adapted
to the sentences as one collection without their labels (:mod:`annotate.model._collection`).

Examples
--------
>>> preds = predict("models/1.0.0", "sentences.parquet")  # doctest: +SKIP
>>> annotate.push("sentences.parquet", predictions=preds)  # pre-annotations  # doctest: +SKIP
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from annotate._files import check_output, read_parquet, write_parquet
from annotate.dataset._read import read_release
from annotate.errors import TrainError
from annotate.model import _report
from annotate.model import features as _features
from annotate.model._collection import Adaptation, adapted_proba
from annotate.model._model_file import load_model
from annotate.model._releases import label_counts, labelled_rows
from annotate.model._uncertainty import density, served_order, uncertainty

__all__ = ["ADAPTATION_KEY", "evaluate", "predict", "predictions_adaptation"]


def evaluate(
    model_dir: str | Path, release_dir: str | Path, *, split: str = "test", adapt: bool = True
) -> dict:
    """Score a saved model on a split of another release with the same schema.

    Parameters
    ----------
    adapt : bool
        Adapt the answers to the split as one collection, without its labels (the default): the
        rules' vote counts by how much more, or less, it lines up with the model's beliefs on
        the split than on held-out folds of the training text
        (:func:`annotate.model._collection.adapted_proba`). A sentence's label then depends on
        the other sentences scored with it; on text like the training text it hardly moves,
        and a model of format 6 or older is never adapted. False: the model's own answers.

    Returns
    -------
    dict
        ``{model_version, release, release_name, split, fields: {field: {test: metrics,
        warnings, metric, adaptation}}}``; ``metric`` is the one the release declares for the
        field (else ``macro-f1``); ``adaptation`` (with ``adapt``) says whether the step applied,
        the class rates before and after it and how many labels it changed.

    Raises
    ------
    TrainError
        If the release's schema name or version differs from the model's, or the split holds
        no labelled sentence of a field.
    """
    models, meta = load_model(model_dir)
    rel = read_release(release_dir)
    want, got = meta.schema, rel.schema
    if (want.name, want.version) != (got.get("name"), got.get("version")):
        raise TrainError(
            f"model was trained on schema {want.name} {want.version}, release "
            f"{rel.version} uses {got.get('name')} {got.get('version')}",
            hint="evaluate on a release of the same schema version, or retrain on this release",
        )
    fields = {}
    for name, model in models.items():
        df = labelled_rows(rel, split, name)
        if df.empty:
            # No score exists over nothing (scikit-learn's metrics raise on it).
            raise TrainError(
                f"field {name!r}: no labelled sentence in the {split} split of release "
                f"{rel.name} {rel.version}",
                hint="evaluate on another split (--split train or validation), or on a release "
                "that has this one",
            )
        pred, _, adaptation = _answers(model, name, df["text"], adapt)
        labels = list(meta.fields[name])
        fields[name] = {
            "test": _report.field_metrics(df[name], pred, labels),
            "warnings": _report.small_data_warnings(None, label_counts(df, name), labels),
            # The release's declared metric (else macro-F1): the score a user of the corpus
            # compares with, whatever the model was selected by.
            "metric": rel.metrics.get(name, "macro-f1"),
        }
        if adaptation is not None:
            fields[name]["adaptation"] = adaptation
    return {
        "model_version": meta.model_version,
        "release": rel.version,
        "release_name": rel.name,
        "split": split,
        "fields": fields,
    }


def _answers(
    model: Any, name: str, texts: pd.Series, adapt: bool
) -> tuple[Any, np.ndarray, dict | None]:
    """The labels of ``texts`` and their class probabilities (the model's own, or adapted to
    them as one collection), and what the adaptation did (None without ``adapt``): what
    ``evaluate`` scores and ``predict`` writes are the same answers."""
    if not len(texts):
        # Asked to adapt, an empty collection says why it was not, as a small one does.
        said = Adaptation(False, "no sentences").as_dict() if adapt else None
        return np.array([], dtype=object), np.zeros((0, 1)), said
    if not adapt:
        return (*_features.proba(model, texts.to_numpy()), None)
    pred, P, adaptation = adapted_proba(model, name, texts.to_numpy())
    return pred, P, adaptation.as_dict()


def _words(texts: pd.Series) -> Any:
    """Word 1-2 gram TF-IDF fitted on ``texts``, as the simulation's (``benchmarks/active.py``);
    None when no text has a word."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        return TfidfVectorizer(ngram_range=(1, 2)).fit_transform(texts.fillna("").astype(str))
    except ValueError:
        return None


#: Where :func:`predict` records what adapting did: ``DataFrame.attrs`` and the Parquet's
#: schema metadata (:func:`predictions_adaptation`).
ADAPTATION_KEY = "annotate.adaptation"


def predict(
    model_dir: str | Path,
    sentences_parquet: str | Path | pd.DataFrame,
    *,
    output: str | Path | None = None,
    adapt: bool = True,
) -> pd.DataFrame | Path:
    """Predict every field for a sentence table.

    Columns: ``sentence_id``; per field ``<field>`` (label) and ``<field>_score`` (its
    probability); ``uncertainty``; ``order``; ``model_version``. ``uncertainty`` is how close
    the least certain field is to its decision: 1 at the field's decision threshold (the one
    selection chose, else a coin toss between the two most probable labels), 0 when every field
    is sure, weighed by how typical the sentence is of the table (word TF-IDF fitted on its
    texts; see :func:`annotate.model._uncertainty.uncertainty` and ``density``). ``order``
    (1 first) is the order to annotate, the one ``push --order-by-uncertainty`` serves: batches
    of 50, each the most uncertain sentence of each cluster of the most uncertain (see
    :func:`annotate.model._uncertainty.served_order`), so a batch is not 50 near-copies.

    Parameters
    ----------
    sentences_parquet : path or pandas.DataFrame
        Needs ``sentence_id`` and ``text`` (an ingest output or a release split).
    output : path, optional
        Write the predictions there as Parquet and return the path instead.
    adapt : bool
        Adapt the answers to the table as one collection, without labels (the default; see
        :func:`annotate.model._collection.adapted_proba` and ``evaluate``): labels, scores and
        uncertainty come from the adapted probabilities, and a sentence's answer depends on the
        table it is in. False: the model's own answers, sentence by sentence. What the step did
        per field (applied or why not, labels changed: ``Adaptation.as_dict``) is kept in
        ``attrs["annotate.adaptation"]`` of the table returned and in the metadata of the
        Parquet written (:func:`predictions_adaptation`; empty with ``adapt=False``).
    """
    models, meta = load_model(model_dir)
    if output is not None:
        given = () if isinstance(sentences_parquet, pd.DataFrame) else (sentences_parquet,)
        check_output(output, inputs=given, what="predictions")
    df = (
        sentences_parquet
        if isinstance(sentences_parquet, pd.DataFrame)
        else read_parquet(sentences_parquet, "sentence table").to_pandas()
    )
    missing = {"sentence_id", "text"} - set(df.columns)
    if missing:
        raise TrainError(
            f"sentence table lacks column(s) {', '.join(sorted(missing))}",
            hint="pass the Parquet written by 'annotate ingest' or a release split",
        )
    out = pd.DataFrame({"sentence_id": df["sentence_id"].astype(str).to_numpy()})
    probabilities, thresholds = [], []
    adaptations: dict[str, Any] = {}
    for name, model in models.items():
        pred, P, adaptation = _answers(model, name, df["text"], adapt)
        if adaptation is not None:
            adaptations[name] = adaptation
        out[name] = pred
        out[f"{name}_score"] = P.max(axis=1).round(4) if len(df) else []
        probabilities.append(P)
        thresholds.append(_features.decision_threshold(model))
    if models and len(df):
        words = _words(df["text"])
        # No word in any text: none is more typical than another.
        typical = density(words) if words is not None else np.ones(len(df))
        unsure = uncertainty(probabilities, thresholds, typical=typical)
        order = np.empty(len(df), dtype=int)
        order[served_order(unsure, words)] = np.arange(1, len(df) + 1)
        out["uncertainty"], out["order"] = unsure.round(4), order
    else:
        out["uncertainty"], out["order"] = 0.0, np.arange(1, len(df) + 1)
    out["model_version"] = meta.model_version
    # A label that depends on the table it was predicted in says so, with what the step did.
    out.attrs[ADAPTATION_KEY] = adaptations
    if output is None:
        return out
    import pyarrow as pa

    table = pa.Table.from_pandas(out, preserve_index=False)
    metadata = {**(table.schema.metadata or {}), ADAPTATION_KEY.encode(): json.dumps(adaptations)}
    return write_parquet(output, table.replace_schema_metadata(metadata))


def predictions_adaptation(path: str | Path) -> dict[str, Any] | None:
    """What adapting did per field of a predictions file :func:`predict` wrote (``{}``: no field
    was adapted, ``--no-adapt``); None for a file written without it (``preannotate``)."""
    import pyarrow.parquet as pq

    raw = (pq.read_schema(path).metadata or {}).get(ADAPTATION_KEY.encode())
    return None if raw is None else json.loads(raw)
