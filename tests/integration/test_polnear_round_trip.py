"""PolNeAR's attribution records through a real Label Studio and back into a release
(issue 16): every sentence of a few articles, its records pushed through ``to_result`` as
pre-annotations, accepted as annotations by Label Studio's own action, pulled, released; the
released ``attributions`` equal what went in."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from annotate.corpus._polnear import Tally, article_rows
from annotate.corpus._public import load_corpus
from annotate.dataset._release import release
from annotate.schema._records import from_row
from annotate.schema._types import Span
from annotate.studio._client import Client
from annotate.studio._pull import pull
from annotate.studio._push import push
from tests.shared import shared_data

#: Articles per split: 3 gives 9 articles, 226 sentences, 16 of them with two or more records.
ARTICLES = 3
#: Two short train articles holding a split source (PolNeAR has 11 split sources or cues).
SPLIT_SPANS = (
    "huff-post_2016-04-27_hillary-clinton-wins-delaware-s-",
    "wash-post_2016-08-01_snowden-wikileaks-clash-over-dnc",
)


def test_polnear_records_come_back_equal_through_label_studio(
    client: Client, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    shared_data()
    began = time.monotonic()
    corpus = load_corpus("polnear", limit=ARTICLES)
    schema = corpus.schema
    (rt,) = schema.records
    tally = Tally(Counter(corpus.counts))
    train = shared_data() / "polnear" / "data" / "train"
    extra = [
        row
        for stem in SPLIT_SPANS
        for row in article_rows(
            train / "text" / f"{stem}.txt",
            sorted((train / "attributions").glob(f"{stem}_*.ann"))[0],
            "train",
            schema,
            tally,
        )
    ]
    sentences = pd.concat([corpus.sentences, pd.DataFrame(extra)], ignore_index=True)
    sentences["text_sha256"] = [hashlib.sha256(t.encode()).hexdigest() for t in sentences["text"]]
    labels = [f.name for f in schema.fields] + [rt.name]
    table = tmp_path / "sentences.parquet"
    sentences.drop(columns=labels).to_parquet(table)

    went_in = {
        row["sentence_id"]: sorted(from_row(rt, r) for r in row[rt.name])
        for row in sentences.to_dict("records")
    }
    predictions = []
    for row in sentences.to_dict("records"):
        values = {f.name: row[f.name] for f in schema.fields if f.kind == "choice"}
        values |= {
            f.name: [Span(**s) for s in row[f.name]] for f in schema.fields if f.kind == "spans"
        }
        values[rt.name] = went_in[row["sentence_id"]]
        predictions.append(
            {
                "sentence_id": row["sentence_id"],
                "result": schema.to_result(values),
                "score": 1.0,
                "model_version": "polnear-gold",
            }
        )
    marks = {"read": time.monotonic() - began}
    pushed = push(
        table, schema=schema, project=project_name, predictions=predictions, client=client
    )
    assert (pushed.new_tasks, pushed.predictions) == (len(sentences), len(sentences))
    marks["push"] = time.monotonic() - began
    # What an annotator does who accepts each pre-annotation as it is, for every task in one
    # request (Label Studio's own action: one annotation per prediction, its result copied).
    client.sdk.actions.create(
        id="predictions_to_annotations",
        project=pushed.project_id,
        selected_items={"all": True, "excluded": []},
    )
    marks["annotate"] = time.monotonic() - began
    pulled_path = tmp_path / "annotations.parquet"
    pulled = pull(project_name, pulled_path, schema=schema, client=client)
    assert pulled.annotations == len(sentences)
    broken = {rule for rules in pulled.violations.values() for rule in rules}
    # Warnings only (a cue whose source the import could not give): nothing a release drops.
    assert broken <= {"record-missing-role", "record-empty"}, pulled.violations

    marks["pull"] = time.monotonic() - began
    out = release(
        "1.0.0",
        tmp_path / "releases",
        annotations=pulled_path,
        sentences=table,
        schema=schema,
        split_column="split",
    )
    marks["release"] = time.monotonic() - began
    came_out = {}
    for split in ("train", "validation", "test"):
        path = out.path / "data" / f"{split}.parquet"
        for row in pq.read_table(path).to_pylist():
            came_out[row["sentence_id"]] = sorted(from_row(rt, r) for r in row[rt.name] or [])
    assert came_out == went_in

    records = [r for rs in went_in.values() for r in rs]
    n = Counter(
        sentences=len(went_in),
        records=len(records),
        multi_record_sentences=sum(len(rs) >= 2 for rs in went_in.values()),
        cut_records=sum(bool(r.cut) for r in records),
        **{f"{role}_cut": sum(role in r.cut for r in records) for role in ("source", "content")},
    )
    assert n["multi_record_sentences"] > 0 and n["cut_records"] > 0
    assert {k: tally.counts[k] for k in n} == dict(n)
    assert tally.counts["merged_spans"] >= 2
    seconds = time.monotonic() - began
    if os.environ.get("ANNOTATE_ROUND_TRIP_REPORT"):
        summary = (
            dict(n) | {"merged_spans": tally.counts["merged_spans"], "seconds": seconds} | marks
        )
        Path(os.environ["ANNOTATE_ROUND_TRIP_REPORT"]).write_text(json.dumps(summary))
