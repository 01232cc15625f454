"""Gold labels: majority, minimum annotators, review queue, adjudicator wins, span merging."""

from __future__ import annotations

import pandas as pd
import pytest

from annotate.labels._adjudicate import adjudicate, export_queue
from tests.unit.release_support import A, B, C, D, Table, schema


def _gold(decisions: pd.DataFrame, sid: str, field: str) -> object:
    row = decisions[(decisions["sentence_id"] == sid) & (decisions["field"] == field)]
    return row.iloc[0]


def test_majority_tie_and_single() -> None:
    t = Table()
    for who, label in ((A, "factual"), (B, "factual"), (C, "opinion")):
        t.add("s1", who, claim_type=label)
    t.add("s2", A, claim_type="factual")
    t.add("s2", B, claim_type="opinion")
    t.add("s3", A, claim_type="prediction")
    adj = adjudicate(t.frame(), schema())
    s1 = _gold(adj.decisions, "s1", "claim_type")
    assert (s1["gold"], s1["method"], s1["n_annotators"]) == ("factual", "majority", 3)
    assert list(s1["soft"]) == pytest.approx([2 / 3, 0, 1 / 3, 0, 0])
    s2 = _gold(adj.decisions, "s2", "claim_type")
    assert s2["gold"] is None and s2["reason"] == "tie" and s2["method"] == "unresolved"
    s3 = _gold(adj.decisions, "s3", "claim_type")
    assert (s3["gold"], s3["method"]) == ("prediction", "single")
    queue = adj.queue
    assert queue[["sentence_id", "field", "reason"]].values.tolist() == [
        ["s2", "claim_type", "tie"]
    ]
    assert queue.iloc[0]["votes"] == "factual=1; opinion=1"


def test_min_annotators_and_min_agreement() -> None:
    t = Table()
    t.add("s1", A, claim_type="factual")
    for who, label in ((A, "factual"), (B, "opinion"), (C, "prediction"), (D, "factual")):
        t.add("s2", who, claim_type=label)
    adj = adjudicate(t.frame(), schema(), min_annotators=2, min_agreement=0.6)
    assert _gold(adj.decisions, "s1", "claim_type")["reason"] == "too-few-annotators"
    # s2: factual 2 of 4 = 0.5 < 0.6, and not a tie.
    assert _gold(adj.decisions, "s2", "claim_type")["reason"] == "low-agreement"
    assert _gold(adj.decisions, "s2", "hedging")["gold"] == "not_hedged"


def test_adjudicator_wins_by_ground_truth_column_or_pseudonym() -> None:
    t = Table()
    t.add("s1", A, claim_type="factual")
    t.add("s1", B, claim_type="opinion")
    judge = t.add("s1", C, claim_type="opinion", updated="2026-02-01")
    frame = t.frame()
    by_name = adjudicate(frame, schema(), adjudicators=[C]).decisions
    assert _gold(by_name, "s1", "claim_type")["method"] == "adjudicated"
    assert _gold(by_name, "s1", "claim_type")["gold"] == "opinion"
    # Without the flag, C is a third vote: opinion 2 of 3, plain majority.
    assert _gold(adjudicate(frame, schema()).decisions, "s1", "claim_type")["method"] == (
        "majority"
    )
    frame["ground_truth"] = frame["annotation_id"] == judge
    frame.loc[frame["annotation_id"] == judge, "value"] = frame["value"].where(
        frame["field"] != "claim_type", "rule_or_policy"
    )
    flagged = adjudicate(frame, schema()).decisions
    row = _gold(flagged, "s1", "claim_type")
    assert (row["gold"], row["method"], row["n_annotators"]) == ("rule_or_policy", "adjudicated", 2)
    assert flagged["reason"].isna().all()


def test_spans_merge_by_overlap_with_majority() -> None:
    t = Table()
    t.add("s1", A, hedge_cue=[(0, 6)])
    t.add("s1", B, hedge_cue=[(2, 8)])
    t.add("s1", C, hedge_cue=[(20, 25)])
    row = _gold(adjudicate(t.frame(), schema()).decisions, "s1", "hedge_cue")
    # Characters 2-5 are covered by 2 of 3 annotators; 0-1, 6-7 and 20-24 by one only.
    assert [(s["start"], s["end"]) for s in row["gold"]] == [(2, 6)]
    assert row["reason"] is None
    t2 = Table()
    t2.add("s1", A, hedge_cue=[(0, 6)])
    t2.add("s1", B)
    row = _gold(adjudicate(t2.frame(), schema()).decisions, "s1", "hedge_cue")
    assert row["reason"] == "tie" and row["gold"] is None


def test_newer_annotation_of_the_same_annotator_replaces_the_older() -> None:
    t = Table()
    t.add("s1", A, claim_type="factual", updated="2026-01-01")
    t.add("s1", A, claim_type="opinion", updated="2026-03-01")
    row = _gold(adjudicate(t.frame(), schema()).decisions, "s1", "claim_type")
    assert (row["gold"], row["n_annotators"]) == ("opinion", 1)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_export_queue(tmp_path, suffix: str) -> None:
    t = Table()
    t.add("s1", A, claim_type="factual")
    t.add("s1", B, claim_type="opinion")
    path = export_queue(adjudicate(t.frame(), schema()), tmp_path / f"queue{suffix}")
    back = pd.read_csv(path) if suffix == ".csv" else pd.read_parquet(path)
    assert back["sentence_id"].tolist() == ["s1"]
