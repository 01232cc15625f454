"""Disagreement goes back to Label Studio for review, and the adjudicator's answer wins."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from annotate.corpus._ingest import ingest
from annotate.dataset import load_release, release
from annotate.schema._schema import load_schema
from annotate.studio._client import Client
from annotate.studio._gold import import_gold, load_gold
from annotate.studio._pull import pull
from annotate.studio._push import push
from annotate.studio._review import REVIEW_PREFIX, review

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")
TARGET = "More deliveries are expected in the coming weeks."


def test_tie_is_reviewed_in_label_studio_and_adjudicator_wins(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    sentences = ingest([ROOT / "corpus" / "iran-missiles-russia.txt"], tmp_path / "s.parquet")
    path = sentences.sentences_path
    pushed = push(path, schema=SCHEMA, project=project_name, overlap=2, client=client)
    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", SCHEMA)
    other = {text: dict(values) for text, values in gold.items()}
    other[TARGET]["claim_type"] = "factual"  # gold says prediction
    import_gold(client, project_name, path, gold, SCHEMA, annotator_email="a@review.test")
    import_gold(client, project_name, path, other, SCHEMA, annotator_email="b@review.test")

    first = pull(project_name, tmp_path / "a1.parquet", schema=SCHEMA, client=client)
    result = review(
        first.output,
        path,
        schema=SCHEMA,
        output=tmp_path / "queue.csv",
        project=project_name,
        client=client,
    )
    assert (result.items, result.fields, result.tasks_sent) == (1, {"claim_type": 1}, 1)
    assert (tmp_path / "queue.csv").read_text().count("tie") == 1

    task = next(
        t
        for t in client.sdk.tasks.list(project=pushed.project_id, fields="all")
        if t.data["text"] == TARGET
    )
    predictions = client.sdk.predictions.list(task=task.id)
    assert len(predictions) == 2
    assert all(p.model_version.startswith(REVIEW_PREFIX + "annotator-") for p in predictions)
    shown = {
        item["value"]["choices"][0]
        for p in predictions
        for item in p.result
        if item["from_name"] == "claim_type"
    }
    assert shown == {"prediction", "factual"}

    import_gold(
        client,
        project_name,
        path,
        {TARGET: gold[TARGET]},
        SCHEMA,
        annotator_email="adjudicator@review.test",
    )
    second = pull(project_name, tmp_path / "a2.parquet", schema=SCHEMA, client=client)
    table = second.output
    rows = pd.read_parquet(table)
    per_annotator = rows.groupby("annotator")["annotation_id"].nunique()
    (adjudicator,) = per_annotator[per_annotator == 1].index
    made = release(
        "1.0.0",
        tmp_path / "releases",
        annotations=table,
        sentences=path,
        schema=SCHEMA,
        adjudicators=(adjudicator,),
    )
    data = load_release(made.path)
    for split in data.values():
        if TARGET in split["text"]:
            row = split[split["text"].index(TARGET)]
            assert split.features["claim_type"].int2str(row["claim_type"]) == "prediction"
            break
    else:
        raise AssertionError("the reviewed sentence is in no split")
