"""Review queue: items the annotators disagree on go back to Label Studio for a decision.

``review`` adjudicates the pulled table (majority vote with the release's rules), writes the
queue (ties, low agreement, too few annotators), and attaches each competing annotation of a
queued task as a prediction named after its (pseudonymous) annotator. An adjudicator opens the
task, sees every annotator's answer side by side, and submits the decision; naming that
adjudicator's pseudonym in ``annotate release --adjudicator`` makes the decision win.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from annotate._files import check_output, parquet_file, read_parquet
from annotate.labels._adjudicate import adjudicate, export_queue
from annotate.labels._records import decoded_records, with_texts
from annotate.schema._schema import DEFAULT_SCHEMA, Schema, load_schema
from annotate.schema._types import Span
from annotate.studio._client import Client
from annotate.studio._local import connect
from annotate.studio._predictions import attach_predictions, sentence_texts
from annotate.studio._project import require_project

__all__ = ["ReviewResult", "review"]

REVIEW_PREFIX = "review:"


@dataclass
class ReviewResult:
    """What ``review`` found and sent."""

    queue_path: Path
    items: int
    fields: dict[str, int]
    tasks_sent: int
    predictions: int
    project_url: str | None


def review(
    annotations: str | Path,
    sentences: str | Path,
    *,
    schema: Schema | str | Path = DEFAULT_SCHEMA,
    output: str | Path = "build/review_queue.csv",
    project: str | None = None,
    min_annotators: int = 1,
    min_agreement: float = 0.5,
    adjudicators: tuple[str, ...] = (),
    push: bool = True,
    client: Client | None = None,
) -> ReviewResult:
    """Write the review queue and (with ``push``) send it to Label Studio for adjudication."""
    schema = schema if isinstance(schema, Schema) else load_schema(schema)
    check_output(output, inputs=(annotations, sentences), what="review queue")
    if push:
        # Its texts are read only after the queue is written: a bad file fails first.
        parquet_file(sentences, "sentence table")
    table = read_parquet(annotations, "annotation table").to_pandas()
    decision = adjudicate(
        table,
        schema,
        min_annotators=min_annotators,
        min_agreement=min_agreement,
        adjudicators=adjudicators,
    )
    queue = decision.queue
    path = export_queue(decision, output)
    result = ReviewResult(
        queue_path=path,
        items=queue["sentence_id"].nunique(),
        fields=queue["field"].value_counts().sort_index().to_dict(),
        tasks_sent=0,
        predictions=0,
        project_url=None,
    )
    if not push or queue.empty:
        return result
    client = client or connect()
    proj = require_project(client, project or schema.name)
    queued = set(queue["sentence_id"])
    rows = table[table["sentence_id"].isin(queued) & ~table["was_cancelled"].fillna(False)]
    texts = sentence_texts(sentences, queued)
    predictions = [
        {
            "sentence_id": sid,
            "result": schema.to_result(_values(group, schema, texts[sid])),
            # Every competing answer is equally (un)certain: the queue, not the score, orders.
            "score": 0.0,
            "model_version": f"{REVIEW_PREFIX}{annotator}",
        }
        for (sid, annotator), group in rows.groupby(["sentence_id", "annotator"], sort=True)
    ]
    tasks = {str(s): int(t) for s, t in rows[["sentence_id", "task_id"]].drop_duplicates().values}
    result.predictions = attach_predictions(
        client, proj.id, predictions, tasks, texts, schema, order=False
    )
    result.tasks_sent = len(tasks)
    result.project_url = f"{client.connection.url}/projects/{proj.id}"
    return result


def _values(group: pd.DataFrame, schema: Schema, text: str) -> dict[str, Any]:
    # An annotator's latest annotation of the task stands for their answer.
    latest = group[group["annotation_id"] == group["annotation_id"].max()]
    values: dict[str, Any] = {f.name: None if f.kind == "choice" else [] for f in schema.fields}
    for row in latest.itertuples():
        field = schema.field(row.field) if isinstance(row.field, str) else None
        if field is None:
            continue
        if field.kind == "choice":
            values[field.name] = row.value
        elif field.kind == "multi_choice":
            values[field.name] = list(row.values) if row.values is not None else []
        else:
            values[field.name] = [
                Span(
                    int(s["start"]),
                    int(s["end"]),
                    str(s["label"]),
                    # A span without its text (a table written without them) takes the
                    # sentence's, as records do below: regions and links must agree.
                    s["text"] if isinstance(s["text"], str) else text[s["start"] : s["end"]],
                )
                for s in (row.spans if row.spans is not None else [])
            ]
    # Competing records too, so the adjudicator sees who linked what: pull keeps an
    # annotation's records on its anchor field's row.
    for rt in schema.records:
        anchor = latest[latest["field"] == rt.anchor_field]
        cells = decoded_records(anchor["records"]) if "records" in anchor else []
        values[rt.name] = with_texts(cells[0] or [], text) if cells else []
    return values
