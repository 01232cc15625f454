"""Attaching model predictions (pre-annotations) to pushed tasks.

A prediction is ``{sentence_id, result, score, model_version}`` where ``result`` is Label
Studio result JSON (``Schema.to_result``). Pushing predictions of a model version replaces
that version's earlier predictions, so re-running a push never stacks duplicates. With
``order=True`` the project samples by uncertainty: Label Studio Community then serves the
tasks with the lowest prediction score first, so annotators correct the model where it is
weakest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from annotate._files import read_parquet
from annotate.errors import PushError
from annotate.schema._records import decoded
from annotate.schema._schema import Schema
from annotate.schema._types import Span
from annotate.studio._client import Client

__all__ = ["attach_predictions", "read_predictions", "sentence_texts", "to_predictions"]

_BATCH = 1000
_COLUMNS = ("sentence_id", "result", "score", "model_version")


def read_predictions(
    source: str | Path | pd.DataFrame | Iterable[Mapping[str, Any]], schema: Schema
) -> list[dict[str, Any]]:
    """Predictions as ``{sentence_id, result, score, model_version}`` items.

    ``source`` is what ``annotate predict`` or ``annotate preannotate`` return or write (one
    row per sentence with a column per field), the same as Label Studio items
    (``result``/``score`` columns), either as a Parquet/JSONL file or a DataFrame, or a list
    of items.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.suffix == ".parquet":
            frame = read_parquet(path, "predictions table").to_pandas()
        elif path.suffix in (".jsonl", ".json"):
            frame = pd.read_json(path, lines=path.suffix == ".jsonl")
        else:
            raise PushError(
                f"{path}: predictions must be .parquet or .jsonl, not {path.suffix!r}",
                hint="write them with `annotate predict ... -o predictions.parquet`",
            )
        return _from_frame(frame, schema, str(path))
    if isinstance(source, pd.DataFrame):
        return _from_frame(source, schema, "the predictions table")
    return _items([dict(r) for r in source])


def _from_frame(frame: pd.DataFrame, schema: Schema, where: str) -> list[dict[str, Any]]:
    if "result" in frame.columns:
        missing = [c for c in _COLUMNS if c not in frame.columns]
    else:
        # One row per sentence, a column per field: predict's and preannotate's own output.
        missing = [c for c in ("sentence_id", "model_version") if c not in frame.columns]
        if not missing and not any(f.name in frame.columns for f in schema.fields):
            missing = [f"named after a field of {schema.name}"]
        if not missing:
            return to_predictions(frame, schema)
    if missing:
        raise PushError(
            f"{where} has no column {', '.join(missing)}",
            hint="give the output of `annotate predict` or `annotate preannotate`, or items "
            f"with the columns {', '.join(_COLUMNS)}",
        )
    return _items(frame[list(_COLUMNS)].to_dict("records"))


def _items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        if isinstance(row["result"], str):
            row["result"] = json.loads(row["result"])
        row["score"] = float(row["score"])
    return rows


def sentence_texts(sentences: str | Path, wanted: set[str]) -> dict[str, str]:
    """``{sentence_id: text}`` of the wanted sentences, reading only those two columns."""
    table = read_parquet(sentences, "sentence table", columns=["sentence_id", "text"]).to_pandas()
    table = table[table["sentence_id"].isin(wanted)]
    return dict(zip(table["sentence_id"], table["text"], strict=True))


def attach_predictions(
    client: Client,
    project_id: int,
    predictions: list[dict[str, Any]],
    tasks: Mapping[str, int],
    texts: Mapping[str, str],
    schema: Schema,
    *,
    order: bool = True,
) -> int:
    """Import ``predictions`` for tasks known by sentence id; returns how many were added."""
    unknown = [p["sentence_id"] for p in predictions if p["sentence_id"] not in tasks]
    if unknown:
        raise PushError(
            f"{len(unknown)} predictions are for sentences the project does not have: "
            f"{', '.join(map(str, unknown[:10]))}",
            hint="push those sentences first, or predict on the pushed sentence table",
        )
    for p in predictions:
        # Same validation as pulled annotations: a label the schema lacks is an error here.
        schema.parse_result(p["result"], texts[p["sentence_id"]])
    versions = {p["model_version"] for p in predictions}
    _drop_versions(client, project_id, versions)
    requests = [
        {
            "task": tasks[p["sentence_id"]],
            "result": p["result"],
            "score": p["score"],
            "model_version": p["model_version"],
        }
        for p in predictions
    ]
    for start in range(0, len(requests), _BATCH):
        client.call(
            "import predictions",
            client.sdk.projects.import_predictions,
            id=project_id,
            request=requests[start : start + _BATCH],
            retry=False,
        )
    if predictions:
        settings: dict[str, Any] = {"model_version": sorted(versions)[-1]}
        if order:
            settings["sampling"] = "Uncertainty sampling"
        client.call("update the project", client.sdk.projects.update, id=project_id, **settings)
    return len(requests)


def _drop_versions(client: Client, project_id: int, versions: set[str]) -> None:
    existing = client.call("list predictions", client.sdk.predictions.list, project=project_id)
    for prediction in existing:
        if prediction.model_version in versions:
            client.call("delete a prediction", client.sdk.predictions.delete, id=prediction.id)


def to_predictions(pred_df: pd.DataFrame, schema: Schema) -> list[dict[str, Any]]:
    """Prediction rows (what ``predict`` and ``preannotate`` return) as Label Studio predictions.

    Each item is ``{sentence_id, result, score, model_version}``; ``result`` comes from
    ``schema.to_result`` (choice fields the schema has, spans columns holding lists of
    ``{start, end, label, text}``, and record columns holding a pulled ``records`` cell,
    which become Label Studio relations); ``score`` is ``1 - uncertainty`` (see
    :func:`annotate.predict`), or, when the rows carry ``predict``'s ``order`` (1 first), the
    position in it over the rows, so that Label Studio, which serves the lowest score first,
    serves that order.
    """
    out = []
    ordered = "order" in pred_df.columns and len(pred_df) > 0
    for row in pred_df.to_dict("records"):
        values: dict[str, Any] = {}
        for f in schema.fields:
            value = row.get(f.name)
            if f.kind == "choice" and isinstance(value, str) and value in f.values:
                values[f.name] = value
            elif f.kind == "spans" and value is not None and len(value):
                values[f.name] = sorted(Span(**dict(s)) for s in value)
        for rt in schema.records:
            cell = row.get(rt.name)
            if cell is not None and len(cell):
                values[rt.name] = decoded(cell)
        out.append(
            {
                "sentence_id": row["sentence_id"],
                "result": schema.to_result(values),
                "score": (float(row["order"]) - 1.0) / len(pred_df)
                if ordered
                else round(1.0 - float(row.get("uncertainty", 0.0)), 4),
                "model_version": row["model_version"],
            }
        )
    return out
