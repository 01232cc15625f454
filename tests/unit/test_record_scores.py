"""Scoring proposed attribution records against gold (issue 16): exact and overlapping."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from annotate.corpus._ingest import ingest
from annotate.errors import InputError
from annotate.model._record_scores import score_records
from annotate.model._rules import preannotate
from annotate.schema._records import decoded
from annotate.schema._schema import load_schema
from annotate.schema._types import Record, Span
from annotate.studio._gold import load_gold

ROOT = Path(__file__).parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")
TEXT = "Ann Lee said prices rose, while Bo Diaz argued that they fell."


def _span(phrase: str, label: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), label, phrase)


def _rec(cue: str, source: str | None, *content: str) -> Record:
    roles = {"content": [_span(c, "content") for c in content]}
    if source:
        roles["source"] = [_span(source, "source")]
    return Record(_span(cue, "attribution_cue"), roles)


GOLD = [_rec("said", "Ann Lee", "prices rose"), _rec("argued", "Bo Diaz", "that they fell")]


def _rates(scores, kind):
    s = scores[kind]
    return s.matched, s.predicted, s.gold, s.precision, s.recall


def test_equal_records_match_both_ways():
    scores = score_records([list(GOLD)], [list(GOLD)])
    assert _rates(scores, "exact") == _rates(scores, "overlap") == (2, 2, 2, 1.0, 1.0)


def test_a_shorter_source_or_content_matches_by_overlap_only():
    predicted = [_rec("said", "Lee", "prices rose"), _rec("argued", "Bo Diaz", "they fell")]
    scores = score_records([predicted], [GOLD])
    assert _rates(scores, "exact") == (0, 2, 2, 0.0, 0.0)
    assert _rates(scores, "overlap") == (2, 2, 2, 1.0, 1.0)


def test_a_wrong_source_or_a_missing_role_is_no_match_even_by_overlap():
    predicted = [_rec("said", "Bo Diaz", "prices rose"), _rec("argued", None, "that they fell")]
    scores = score_records([predicted], [GOLD])
    assert _rates(scores, "overlap") == (0, 2, 2, 0.0, 0.0)


def test_matching_is_one_to_one_so_a_gold_record_counts_once():
    one = [_rec("said", "Ann Lee", "prices rose")]
    # Two proposals for the same cue (one narrower): both overlap the one gold record.
    predicted = [*one, Record(_span("sai", "attribution_cue"), one[0].roles)]
    scores = score_records([predicted], [one])
    assert _rates(scores, "overlap") == (1, 2, 1, 0.5, 1.0)


def test_only_the_roles_asked_for_are_compared():
    without_content = [Record(r.anchor, {"source": r.spans("source")}) for r in GOLD]
    assert score_records([GOLD], [without_content])["exact"].matched == 0
    assert score_records([GOLD], [without_content], roles=["source"])["exact"].matched == 2


def test_no_records_on_either_side_is_no_rate_rather_than_zero():
    scores = score_records([[], []], [[], []])
    assert (scores["exact"].precision, scores["exact"].recall, scores["exact"].f1) == (
        None,
        None,
        None,
    )


def test_sentences_must_line_up():
    with pytest.raises(InputError, match="2 sentences of predicted records against 1 of gold"):
        score_records([[], []], [[]])


def test_the_pre_annotator_on_the_seed_articles_gold(tmp_path):
    # The seed article is where the rules were developed: this pins, it does not estimate.
    # Its gold links every cue to its source and marks no content, so only sources count.
    ingest([ROOT / "corpus"], tmp_path / "s.parquet")
    sentences = pd.read_parquet(tmp_path / "s.parquet")
    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", SCHEMA)
    sentences = sentences[sentences["text"].isin(gold)].reset_index(drop=True)
    proposed = [decoded(c) for c in preannotate(sentences, SCHEMA)["attributions"]]
    scores = score_records(
        proposed, [gold[t]["attributions"] for t in sentences["text"]], roles=["source"]
    )
    assert _rates(scores, "exact") == (13, 13, 13, 1.0, 1.0)
