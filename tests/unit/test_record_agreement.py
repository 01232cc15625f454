"""Record-level F1 between annotators (issue 16), on records and tables made by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from annotate.labels._record_agreement import record_agreement, record_f1
from annotate.labels._records import record_majority, with_texts
from annotate.labels._votes import read_votes
from annotate.schema._types import Record, Span
from tests.unit.release_support import A, B, C, D, Table, schema

TEXT = "Officials said the deal is done, he said, and it will hold."
SAID = Span(10, 14, "attribution_cue", "said")
OFFICIALS = Span(0, 9, "source", "Officials")
CIALS = Span(4, 9, "source", "cials")
DEAL = Span(15, 30, "content", "the deal is done")
PIECE_1 = Span(15, 23, "content", "the deal")
PIECE_2 = Span(46, 58, "content", "it will hold")
HE_SAID = Span(33, 40, "attribution_cue", "he said")
HE = Span(33, 35, "source", "he")


def test_exact_needs_equal_offsets_and_overlap_needs_shared_characters() -> None:
    a = [Record(SAID, {"source": [OFFICIALS], "content": [DEAL]})]
    b = [Record(SAID, {"source": [CIALS], "content": [PIECE_1]})]
    assert record_f1(a, b, overlap=False) == 0.0
    assert record_f1(a, b, overlap=True) == 1.0
    assert record_f1(a, a, overlap=False) == 1.0


def test_split_content_overlaps_as_the_union_of_its_pieces() -> None:
    a = [Record(HE_SAID, {"source": [HE], "content": [PIECE_1, PIECE_2]})]
    b = [Record(HE_SAID, {"source": [HE], "content": [PIECE_2]})]
    assert record_f1(a, b, overlap=False) == 0.0
    assert record_f1(a, b, overlap=True) == 1.0


def test_a_role_one_annotator_left_empty_is_no_overlap_match() -> None:
    a = [Record(SAID, {"source": [OFFICIALS]})]
    b = [Record(SAID)]
    assert record_f1(a, b, overlap=True) == 0.0


def test_the_cue_label_counts_for_exact_not_for_overlap() -> None:
    # "No source given" against "no source linked": both leave the source empty.
    no_source = Span(10, 14, "attribution_cue_no_source", "said")
    assert record_f1([Record(no_source)], [Record(SAID)], overlap=False) == 0.0
    assert record_f1([Record(no_source)], [Record(SAID)], overlap=True) == 1.0


def test_overlap_pairs_records_one_to_one_by_the_cue() -> None:
    # One long cue of a against two cues of b: one pair at most, the larger overlap.
    long_cue = Span(10, 40, "attribution_cue", TEXT[10:40])
    a = [Record(long_cue)]
    b = [Record(SAID), Record(HE_SAID)]
    assert record_f1(a, b, overlap=True) == pytest.approx(2 * 1 / 3)


def test_exact_matching_is_the_gold_rules_equality() -> None:
    # What exact F1 counts as agreed is what record_majority would make gold together.
    drawn = [
        [Record(SAID, {"source": [OFFICIALS]})],
        [Record(SAID, {"source": [CIALS]})],
        [Record(HE_SAID, {"source": [HE], "content": [PIECE_1, PIECE_2]})],
        [Record(Span(10, 14, "attribution_cue_no_source", "said"))],
    ]
    for a in drawn:
        for b in drawn:
            untexted = [
                Record(
                    Span(r.anchor.start, r.anchor.end, r.anchor.label, None),  # type: ignore[arg-type]
                    {k: [Span(s.start, s.end, s.label, None) for s in v] for k, v in r.roles},  # type: ignore[arg-type]
                )
                for r in b
            ]
            gold, _, _ = record_majority([a, with_texts(untexted, TEXT)])
            assert (record_f1(a, b) == 1.0) == (len(gold) == len(a))


def test_no_records_from_either_annotator_is_nan_not_zero() -> None:
    assert math.isnan(record_f1([], []))
    assert record_f1([Record(SAID)], []) == 0.0


def _table() -> Table:
    t = Table()
    t.add("s1", A, attribution="named_source", attributions=[((10, 14), (0, 9))])
    t.add("s1", B, attribution="named_source", attributions=[((10, 14), (4, 9))])
    t.add("s1", C, attributions=[])  # annotated the sentence, drew no record
    t.add("s1", D)  # a table pulled before records: no records cell, no vote on them
    t.add("s2", A, attribution="named_source", attributions=[((10, 14), (0, 9))])  # alone
    return t


def test_table_f1_is_micro_averaged_over_records_and_averaged_per_pair() -> None:
    rows = read_votes(_table().frame(), schema()).rows
    got = record_agreement(rows, schema().records[0])
    # s1 only (s2 has one annotator; D has no records cell). Pairs: A-B exact 0 of 2
    # records, overlap 1 match; A-C and B-C: 0 matched of 1 record each.
    # Micro: exact 0 / 4, overlap 2 * 1 / 4. Per pair: overlap (1 + 0 + 0) / 3.
    s = got.summary
    assert s["record_f1_exact"] == 0.0
    assert s["record_f1_overlap"] == pytest.approx(0.5)
    assert s["pair_f1_exact"] == 0.0
    assert s["pair_f1_overlap"] == pytest.approx(1 / 3)
    assert (s["items_2plus"], s["records"], s["annotators"]) == (1, 2, 3)
    pairs = got.pairs.set_index(["annotator_a", "annotator_b"])
    assert list(pairs.index) == [(A, B), (A, C), (B, C)]
    assert pairs.loc[(A, B), "f1_overlap"] == 1.0
    assert pairs.loc[(A, C), ["sentences", "records_a", "records_b"]].tolist() == [1, 1, 0]


@pytest.mark.parametrize("read", ["in-memory", "from-parquet"])
def test_a_table_without_records_gives_nan_not_an_error(read: str, tmp_path: Path) -> None:
    t = Table()
    t.add("s1", A)
    t.add("s1", B)
    table: pd.DataFrame | Path = t.frame()
    if read == "from-parquet":
        # In Arrow a column with no records at all is of the null type, which has no
        # list lengths.
        assert isinstance(table, pd.DataFrame)
        table.to_parquet(tmp_path / "annotations.parquet")
        table = tmp_path / "annotations.parquet"
    got = record_agreement(read_votes(table, schema()).rows, schema().records[0])
    assert math.isnan(got.summary["record_f1_exact"])
    assert got.summary["items_2plus"] == 0
    assert got.pairs.empty


def test_annotators_who_share_sentences_but_draw_no_records_give_nan_pairs() -> None:
    t = Table()
    t.add("s1", A, attributions=[])
    t.add("s1", B, attributions=[])
    got = record_agreement(read_votes(t.frame(), schema()).rows, schema().records[0])
    assert math.isnan(got.summary["record_f1_overlap"])
    assert got.pairs["sentences"].tolist() == [1]
    assert math.isnan(got.pairs["f1_exact"].iloc[0])


def test_a_table_read_from_parquet_gives_the_same_figures(tmp_path: Path) -> None:
    # From a file the records stay in Arrow (as a release reads them); in memory they are
    # Python lists: two ways of reading the cells, one result.
    frame = _table().frame()
    frame.to_parquet(tmp_path / "annotations.parquet")
    rt = schema().records[0]
    from_file = record_agreement(read_votes(tmp_path / "annotations.parquet", schema()).rows, rt)
    in_memory = record_agreement(read_votes(frame, schema()).rows, rt)
    assert from_file.summary == in_memory.summary
    pd.testing.assert_frame_equal(from_file.pairs, in_memory.pairs)
