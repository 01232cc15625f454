"""A release of hundreds of thousands of annotations holds no Python or Arrow string per
annotation row, and judges annotations without spans by their distinct values (issue 14).

At 200,000 tasks x 3 annotations (4.2 million rows) the release peaked at 2.4 GB: the
annotation table's strings (sentence id, annotator, field, value) were read one per row,
then sorted as strings. ``benchmarks/release_pulled.py`` measures the whole release; these
tests pin the mechanisms.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from annotate.dataset import _tables
from annotate.dataset._build import ReleaseSettings, annotated_sentences, build
from annotate.dataset._release import release
from annotate.labels._adjudicate import adjudicate
from annotate.labels._votes import drop_rule_errors, read_sentences, read_votes
from annotate.schema._schema import Schema
from tests.unit.release_support import SCHEMA, A, B, C, Table, annotate_all, corpus, sentences

# Sentence ids this long make a string per row stand out from everything else read: 1,260
# rows of them are 5 MB, the 60 distinct ones 0.25 MB.
LONG = "-" + "x" * 4000


# Kept for the whole session: buffers taken from a proxy pool are given back through it,
# and some outlive the test (pyarrow's caches).
_POOLS: list[pa.MemoryPool] = []


@contextmanager
def arrow_pool() -> Iterator[pa.MemoryPool]:
    """Arrow's default pool, wrapped to count the peak of what runs inside."""
    previous = pa.default_memory_pool()
    pool = pa.proxy_memory_pool(previous)
    _POOLS.append(pool)
    pa.set_memory_pool(pool)
    try:
        yield pool
    finally:
        pa.set_memory_pool(previous)


def _long_ids(tmp_path: Path) -> tuple[Path, pd.DataFrame]:
    sents = sentences(corpus(20))
    sents["sentence_id"] = sents["sentence_id"] + LONG
    frame = annotate_all(Table(), sents, annotators=(A, B, C)).frame()
    path = tmp_path / "annotations.parquet"
    frame.to_parquet(path, index=False)
    return path, sents


def test_annotation_strings_are_read_as_dictionaries_not_one_per_row(tmp_path: Path) -> None:
    path, sents = _long_ids(tmp_path)
    rows = pq.read_metadata(path).num_rows
    assert rows == 60 * 3 * len(SCHEMA.fields)
    per_row = rows * len(LONG)  # what the sentence ids alone take as strings

    with arrow_pool() as pool:
        votes = read_votes(path, SCHEMA)

    assert pool.max_memory() < per_row / 4, (pool.max_memory(), per_row)
    # The same votes as from the table's strings: ids in order, categories sorted.
    got = votes.rows["sentence_id"]
    assert list(got.cat.categories) == sorted(sents["sentence_id"])
    assert got.astype(str).tolist() == sorted(got.astype(str).tolist())
    assert len(votes.rows) == rows


def test_rule_errors_are_listed_in_row_order_with_and_without_spans(tmp_path: Path) -> None:
    sents = sentences(corpus(4))
    ids = list(sents["sentence_id"])
    table = Table()
    table.add(ids[0], A, hedging="hedged")  # no cue: hedged-needs-cue (no span at all)
    table.add(ids[0], B, hedging="hedged", hedge_cue=[(0, 4)])  # fine, walked (a span)
    table.add(ids[1], A, hedge_cue=[(500, 510)])  # span-in-sentence, walked
    table.add(ids[1], B)  # fine
    table.add(ids[2], C, hedging="hedged")  # hedged-needs-cue again: the same values
    table.add(ids[3], A, hedging="hedged", hedge_cue=[(400, 410)])  # walked: outside
    path = tmp_path / "a.parquet"
    table.frame().to_parquet(path, index=False)

    votes = drop_rule_errors(read_votes(path, SCHEMA), read_sentences(sents), SCHEMA)

    listed = votes.excluded[["sentence_id", "annotator", "rule"]].values.tolist()
    assert listed == [
        [ids[0], A, "hedged-needs-cue"],
        [ids[1], A, "span-in-sentence"],
        [ids[2], C, "hedged-needs-cue"],
        [ids[3], A, "span-in-sentence"],
    ]
    assert sorted(votes.rows["annotator"][votes.rows["sentence_id"] == ids[0]].unique()) == [B]


def test_decisions_share_one_soft_label_object_per_distinct_tally() -> None:
    # 90 sentences, each with one of two tallies of claim type: their soft labels are two
    # arrays, not one per decision (at 200,000 sentences, 600,000 arrays).
    sents = sentences(corpus(30))
    table = Table()
    for k, sid in enumerate(sents["sentence_id"]):
        table.add(sid, A, claim_type="factual")
        table.add(sid, B, claim_type="opinion" if k % 2 else "factual")
    decisions = adjudicate(table.frame(), SCHEMA).decisions
    soft = decisions["soft"][(decisions["field"] == "claim_type").to_numpy()]
    assert len(soft) == 90
    assert len({id(x) for x in soft}) == 2  # (1, 0, ...) and (0.5, 0.5, ...)
    labels = next(f for f in SCHEMA.fields if f.name == "claim_type").values
    one = tuple(float(v == "factual") for v in labels)
    split = tuple(0.5 * (v in ("factual", "opinion")) for v in labels)
    assert [tuple(x) for x in soft] == [split if k % 2 else one for k in range(90)]
    assert not soft.iloc[0].flags.writeable  # shared, so never changed in place


def test_split_files_encode_one_row_group_of_gold_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real encoder, watched: it used to get the whole table joined to the gold (and
    # return an encoded copy of it all); now it gets one row group's slice of the gold.
    seen: list[int] = []
    real = _tables.encode_gold

    def watched(schema: Schema, frame: pd.DataFrame) -> pd.DataFrame:
        seen.append(len(frame))
        return real(schema, frame)

    monkeypatch.setattr(_tables, "encode_gold", watched)
    monkeypatch.setattr(_tables, "ROW_GROUP", 10)
    sents = sentences(corpus(20))
    frame = annotate_all(Table(), sents, annotators=(A, B)).frame()
    rel = release("1.0.0", tmp_path, annotations=frame, sentences=sents, schema=SCHEMA)

    assert sum(rel.manifest.splits.values()) == 60
    assert max(seen) <= 10
    assert sum(seen) == 60


def test_build_lets_go_of_the_vote_rows_after_the_per_annotator_file(tmp_path: Path) -> None:
    # What follows it (reports, card, read-back of the split files) needs counts only, and
    # at 2 million rows the votes were the largest thing alive under those stages.
    sents = sentences(corpus(4))
    votes = read_votes(annotate_all(Table(), sents).frame(), SCHEMA)
    settings = ReleaseSettings("1.0.0", "full", (0.8, 0.1, 0.1), None, 1, 0.5, None, "other", "x")
    (tmp_path / "r").mkdir()
    manifest, _ = build(
        tmp_path / "r",
        votes,
        annotated_sentences(read_sentences(sents), votes),
        SCHEMA,
        settings,
        None,
    )

    assert manifest.counts.annotations == 24 and manifest.counts.annotators == 2
    assert votes.rows.empty
    assert pq.read_metadata(tmp_path / "r" / "data" / "annotations.parquet").num_rows == 24 * 7
