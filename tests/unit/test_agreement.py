"""Agreement statistics against values computed by hand on small tables."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest

from annotate.dataset import ReleaseError
from annotate.labels._agreement import agreement, cohen_kappa, fleiss_kappa, nominal_alpha
from tests.unit.release_support import A, B, C, Table, schema


def test_two_annotators_alpha_cohen_percent() -> None:
    t = Table()
    # claim_type: s1 F/F, s2 O/O, s3 F/O, s4 F/F
    for sid, (a, b) in {
        "s1": ("factual", "factual"),
        "s2": ("opinion", "opinion"),
        "s3": ("factual", "opinion"),
        "s4": ("factual", "factual"),
    }.items():
        t.add(sid, A, claim_type=a, lead_time=4.0)
        t.add(sid, B, claim_type=b, lead_time=8.0)
    report = agreement(t.frame(), schema())
    row = report.fields.loc["claim_type"]
    # Percent: 3 of 4 items agree = 0.75.
    # Cohen: p_o = 0.75; A has F 3/4, O 1/4; B has F 2/4, O 2/4;
    #   p_e = 0.75*0.5 + 0.25*0.5 = 0.5; kappa = (0.75 - 0.5) / 0.5 = 0.5.
    # Alpha: values F=5, O=3, n=8; disagreeing pairs o_FO + o_OF = 2 (item s3);
    #   expected sum n_c n_k (c != k) = 2*5*3 = 30; alpha = 1 - 7 * 2 / 30 = 0.5333.
    assert row["percent_agreement"] == pytest.approx(0.75)
    assert row["cohen_kappa"] == pytest.approx(0.5)
    assert row["krippendorff_alpha"] == pytest.approx(1 - 14 / 30)
    assert math.isnan(row["fleiss_kappa"])
    assert row["items_2plus"] == 4
    assert report.annotators.loc[A, "median_seconds"] == 4.0
    assert report.annotators.loc[B, "items"] == 4


def test_three_annotators_fleiss() -> None:
    t = Table()
    # hedging: s1 H,H,H; s2 H,H,N; s3 N,N,N
    for sid, votes in {"s1": "HHH", "s2": "HHN", "s3": "NNN"}.items():
        for who, v in zip((A, B, C), votes, strict=True):
            t.add(sid, who, hedging="hedged" if v == "H" else "not_hedged")
    row = agreement(t.frame(), schema()).fields.loc["hedging"]
    # Fleiss: P_i = 1, 1/3, 1 -> P_bar = 7/9; p_H = 5/9, p_N = 4/9;
    #   P_e = 25/81 + 16/81 = 41/81; kappa = (7/9 - 41/81) / (1 - 41/81) = 22/40 = 0.55.
    assert row["fleiss_kappa"] == pytest.approx(0.55)
    assert math.isnan(row["cohen_kappa"])
    assert row["percent_agreement"] == pytest.approx(7 / 9)


def test_span_alpha_is_character_level() -> None:
    t = Table()
    # Sentence of 10 characters (lengths given): A marks [0, 4), B marks [2, 4).
    t.add("s1", A, hedge_cue=[(0, 4)])
    t.add("s1", B, hedge_cue=[(2, 4)])
    report = agreement(t.frame(), schema(), lengths={"s1": 10})
    # Characters 0-1: cue/none (disagree), 2-3: cue/cue, 4-9: none/none.
    # Values: cue 4 + 2 = 6, none 6 + 8 = 14, n = 20; disagreeing pairs = 2 chars x 2 = 4;
    #   expected = 2 * 6 * 14 = 168; alpha = 1 - 19 * 4 / 168 = 0.5476.
    row = report.fields.loc["hedge_cue"]
    assert row["krippendorff_alpha"] == pytest.approx(1 - 19 * 4 / 168)
    assert row["percent_agreement"] == pytest.approx(0.8)
    # The same number from the krippendorff package, character by character.
    chars = np.array([[1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [0, 0, 1, 1, 0, 0, 0, 0, 0, 0]])
    assert row["krippendorff_alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=chars, level_of_measurement="nominal")
    )


def test_weighted_alpha_matches_package_on_expanded_units() -> None:
    rng = np.random.default_rng(0)
    counts = rng.integers(0, 3, size=(30, 3))
    weights = rng.integers(1, 5, size=30)
    expanded = np.repeat(counts, weights, axis=0)
    assert nominal_alpha(counts, weights) == pytest.approx(nominal_alpha(expanded))


def test_undefined_statistics_are_nan_not_errors() -> None:
    assert math.isnan(nominal_alpha(np.array([[2, 0], [3, 0]])))
    assert math.isnan(cohen_kappa(["a", "a"], ["a", "a"], ["a", "b"]))
    assert math.isnan(fleiss_kappa(np.array([[0, 0], [0, 0]]), 2))


def test_agreement_with_gold_and_cancelled_left_out() -> None:
    from annotate.labels._adjudicate import adjudicate

    t = Table()
    t.add("s1", A, claim_type="factual")
    t.add("s1", B, claim_type="factual")
    t.add("s1", C, claim_type="opinion")
    t.add("s2", C, cancelled=True)
    frame = t.frame()
    gold = adjudicate(frame, schema()).decisions
    report = agreement(frame, schema(), gold=gold)
    # Gold of s1 is factual: A and B agree on claim_type, hedging and attribution (3/3);
    # C agrees on hedging and attribution only (2/3). s2 was cancelled: not an item of C's.
    assert report.annotators.loc[A, "agreement_with_gold"] == pytest.approx(1.0)
    assert report.annotators.loc[C, "agreement_with_gold"] == pytest.approx(2 / 3)
    assert report.annotators.loc[C, "items"] == 1


def test_bad_table_is_a_release_error() -> None:
    with pytest.raises(ReleaseError, match="empty"):
        agreement(Table().frame(), schema())


def test_fleiss_table_matches_statsmodels_aggregate_raters() -> None:
    from statsmodels.stats.inter_rater import aggregate_raters
    from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss

    codes = np.random.default_rng(1).integers(0, 3, size=(40, 3))
    table, _ = aggregate_raters(codes, n_cat=3)
    assert fleiss_kappa(codes, 3) == pytest.approx(sm_fleiss(table, method="fleiss"))


def test_span_fields_get_token_alpha_and_record_types_record_f1() -> None:
    from annotate.labels._token_alpha import token_alpha

    text = "Officials said the deal is done."
    t = Table()
    # A and B mark the same cue; their sources differ inside the word "Officials".
    t.add("s1", A, attribution="named_source", attributions=[((10, 14), (0, 9))])
    t.add("s1", B, attribution="named_source", attributions=[((10, 14), (4, 9))])
    t.add("s2", A, hedge_cue=[(0, 6)])  # seen by one annotator: no unit, no pair
    report = agreement(t.frame(), schema(), texts={"s1": text, "s2": "Maybe so."})
    fields = report.fields
    # Token level, the two sources agree ("Officials" is one token); characters do not.
    assert fields.loc["source", "token_alpha"] == 1.0
    assert fields.loc["source", "krippendorff_alpha"] < 1.0
    spans = [{"start": 10, "end": 14, "label": "attribution_cue"}]
    assert fields.loc["attribution_cue", "token_alpha"] == token_alpha([text], [[spans, spans]])
    assert math.isnan(fields.loc["claim_type", "token_alpha"])
    records = report.records.loc["attributions"]
    assert (records["record_f1_exact"], records["record_f1_overlap"]) == (0.0, 1.0)
    assert records["items_2plus"] == 1
    assert report.record_pairs[["record", "annotator_a", "annotator_b"]].values.tolist() == [
        ["attributions", A, B]
    ]


def test_without_sentence_texts_token_alpha_is_nan_not_an_error() -> None:
    t = Table()
    t.add("s1", A, hedge_cue=[(0, 4)])
    t.add("s1", B, hedge_cue=[(0, 4)])
    report = agreement(t.frame(), schema())
    assert math.isnan(report.fields.loc["hedge_cue", "token_alpha"])
    # A text the table does not have: that sentence has no tokens to count, the rest do.
    partial = agreement(t.frame(), schema(), texts={"other": "Some text."})
    assert math.isnan(partial.fields.loc["hedge_cue", "token_alpha"])
