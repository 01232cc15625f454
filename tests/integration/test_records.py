"""Attribution records (issue 16) through a real Label Studio: a project with the schema's
``<Relations>``, an annotation with two records drawn as relations, read back by pull; the
pre-annotator's records pushed as predictions, accepted, and pulled back."""

from __future__ import annotations

import hashlib
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from annotate.corpus._ingest import ingest
from annotate.model._rules import preannotate
from annotate.schema._records import decoded as records_of
from annotate.schema._schema import Record, Span, load_schema
from annotate.studio import _pull_fetch
from annotate.studio._client import Client
from annotate.studio._pull import pull
from annotate.studio._push import push

SCHEMA = load_schema("schemas/news-stance.yaml")
TEXT = 'Smith said taxes would rise, while "Rates," Jones countered, "will fall."'


def span(phrase: str, label: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), label, phrase)


def region(rid: str, field: str, s: Span) -> dict[str, Any]:
    value = {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]}
    return {"id": rid, "from_name": field, "to_name": "text", "type": "labels", "value": value}


def test_two_records_drawn_as_relations_come_back_from_pull(
    client: Client,
    project_name: str,
    studio_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said, countered = span("said", "attribution_cue"), span("countered", "attribution_cue")
    smith, jones = span("Smith", "source"), span("Jones", "source")
    rise, rates, fall = (
        span("taxes would rise", "content"),
        span('"Rates,"', "content"),
        span('"will fall."', "content"),
    )
    choices = [
        {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": [v]}}
        for name, v in (
            ("claim_type", "prediction"),
            ("hedging", "not_hedged"),
            ("attribution", "named_source"),
        )
    ]
    # Ids as the browser makes them, and links as an annotator draws them: one from the
    # content to its cue, some unlabelled.
    result = [
        *choices,
        region("k3Jd9aQ1", "attribution_cue", said),
        region("Zp0wWx7e", "attribution_cue", countered),
        region("a1", "source", smith),
        region("b2", "source", jones),
        region("c3", "content", rise),
        region("d4", "content", rates),
        region("e5", "content", fall),
        {"type": "relation", "from_id": "k3Jd9aQ1", "to_id": "a1", "direction": "right",
         "labels": ["source"]},
        {"type": "relation", "from_id": "c3", "to_id": "k3Jd9aQ1", "direction": "right",
         "labels": []},
        {"type": "relation", "from_id": "Zp0wWx7e", "to_id": "b2", "direction": "right",
         "labels": []},
        {"type": "relation", "from_id": "Zp0wWx7e", "to_id": "d4", "direction": "right",
         "labels": ["content"]},
        {"type": "relation", "from_id": "Zp0wWx7e", "to_id": "e5", "direction": "left",
         "labels": ["content"]},
    ]  # fmt: skip
    project = client.sdk.projects.create(title=project_name, label_config=SCHEMA.label_config())
    data = {
        "text": TEXT,
        "title": "Taxes",
        "context_before": "",
        "context_after": "",
        "sentence_id": "taxes-0",
        "article_id": "taxes",
        "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
    }
    client.sdk.projects.import_tasks(
        id=project.id, request=[{"data": data, "annotations": [{"result": result}]}]
    )

    out = tmp_path / "annotations.parquet"
    pulled = pull(project_name, out, schema=SCHEMA, client=client)

    assert (pulled.annotations, pulled.violations) == (1, {})
    (row,) = [r for r in pq.read_table(out).to_pylist() if r["field"] == "attribution_cue"]
    assert records_of(row["records"]) == sorted(
        [
            Record(said, {"source": [smith], "content": [rise]}),
            Record(countered, {"source": [jones], "content": [rates, fall]}),
        ]
    )
    # What the toolkit renders for those records parses back the same on the server's side.
    values = SCHEMA.parse_result(result, TEXT)
    assert SCHEMA.parse_result(SCHEMA.to_result(values), TEXT) == values

    # A second annotator links only one cue: an incremental pull reads it and gives the
    # table a full pull gives (records included), as for every other column.
    monkeypatch.setattr(_pull_fetch, "COMMIT_LAG", timedelta(0))
    (task,) = client.sdk.tasks.list(project=project.id)
    second = [*result[:3], region("k3Jd9aQ1", "attribution_cue", said),
              region("a1", "source", smith),
              {"type": "relation", "from_id": "k3Jd9aQ1", "to_id": "a1", "direction": "right",
               "labels": ["source"]}]  # fmt: skip
    time.sleep(1.1)  # the server clock counts whole seconds
    client.sdk.annotations.create(id=task.id, result=second)
    time.sleep(1.1)
    inc = pull(project_name, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    assert not inc.full and inc.fetched == 1
    pull(project_name, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert (tmp_path / "inc.parquet").read_bytes() == (tmp_path / "full.parquet").read_bytes()
    cues = [r for r in pq.read_table(tmp_path / "inc.parquet").to_pylist()
            if r["field"] == "attribution_cue"]  # fmt: skip
    assert sorted(len(records_of(r["records"])) for r in cues) == [1, 2]


def test_the_pre_annotators_records_reach_the_server_and_come_back_once_accepted(
    client: Client, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(
        "Talks stall\n\nAnn Lee said prices rose, while Bo Diaz argued that they fell. "
        "“We will fight,” he said, “and we will win.”\n",
        encoding="utf-8",
    )
    sentences = ingest([article], tmp_path / "sentences.parquet").sentences_path
    proposed = preannotate(sentences, SCHEMA, output=tmp_path / "pre.parquet")
    pushed = push(
        sentences, schema=SCHEMA, project=project_name, predictions=proposed, client=client
    )
    assert pushed.predictions == 2
    frame = pd.read_parquet(proposed)
    expected = {
        sid: records_of(cell)
        for sid, cell in zip(frame["sentence_id"], frame["attributions"], strict=True)
    }
    assert sum(len(r) for r in expected.values()) == 3

    # As the server stores the predictions: their relations give the same records.
    tasks = {t.data["sentence_id"]: t for t in client.tasks(pushed.project_id)}
    stored = client.sdk.predictions.list(project=pushed.project_id)
    by_task = {p.task: p for p in stored}
    for sid, task in tasks.items():
        values = SCHEMA.parse_result(by_task[task.id].result, task.data["text"])
        assert values["attributions"] == expected[sid]

    # Accepted as they are (Label Studio copies the prediction's result into the new
    # annotation), the pull gives the records on each sentence's cue row.
    for task in tasks.values():
        prediction = by_task[task.id]
        client.sdk.annotations.create(
            id=task.id, result=prediction.result, parent_prediction=prediction.id
        )
    out = tmp_path / "annotations.parquet"
    pulled = pull(project_name, out, schema=SCHEMA, client=client)
    assert pulled.annotations == 2
    rows = [r for r in pq.read_table(out).to_pylist() if r["field"] == "attribution_cue"]
    assert {r["sentence_id"]: records_of(r["records"]) for r in rows} == expected
    # Complete records: the only rule a rule-made annotation breaks is the unpredicted
    # claim type, never a record rule.
    assert {rule for rules in pulled.violations.values() for rule in rules} <= {"required"}
