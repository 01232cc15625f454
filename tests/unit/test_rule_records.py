"""The pre-annotator proposes attribution records (issue 16): each cue it finds, linked to
the source its rule took and to the content it introduces, as Label Studio relations."""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.model._rules import preannotate
from annotate.schema._schema import load_schema
from annotate.schema._types import Record, Span
from annotate.studio._predictions import read_predictions, to_predictions

ROOT = Path(__file__).parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")


def _records(text: str) -> list[Record]:
    """What Label Studio would read back from the prediction of ``text``."""
    out = preannotate(pd.DataFrame({"sentence_id": ["x"], "text": [text]}), SCHEMA)
    result = to_predictions(out, SCHEMA)[0]["result"]
    return SCHEMA.parse_result(result, text)["attributions"]


def _span(text: str, phrase: str, label: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), label, phrase)


def _record(text: str, cue: str, source: str | None, *content: str, label: str = "") -> Record:
    roles = {"content": [_span(text, c, "content") for c in content]}
    if source is not None:
        roles["source"] = [_span(text, source, "source")]
    return Record(_span(text, cue, label or "attribution_cue"), roles)


def test_the_prediction_links_the_cue_to_its_source_and_content_as_relations():
    text = "Officials said the plant may have been hit."
    out = preannotate(pd.DataFrame({"sentence_id": ["x"], "text": [text]}), SCHEMA)
    result = to_predictions(out, SCHEMA)[0]["result"]
    regions = {r["id"]: (r["from_name"], r["value"]["text"]) for r in result if "id" in r}
    links = [
        (regions[r["from_id"]], regions[r["to_id"]], r["labels"], r["direction"])
        for r in result
        if r["type"] == "relation"
    ]
    # Label Studio's relation JSON, from the cue's region to each part's region.
    assert sorted(links) == [
        (
            ("attribution_cue", "said"),
            ("content", "the plant may have been hit"),
            ["content"],
            "right",
        ),
        (("attribution_cue", "said"), ("source", "Officials"), ["source"], "right"),
    ]
    values = SCHEMA.parse_result(result, text)
    assert values["attributions"] == [
        _record(text, "said", "Officials", "the plant may have been hit")
    ]
    # A complete record: none of the record rules has anything to say.
    assert not [v for v in SCHEMA.check(values, text) if v.field == "attributions"]


def test_two_speakers_are_two_records_each_with_its_own_source_and_content():
    text = "Ann Lee said prices rose, while Bo Diaz argued that they fell."
    assert _records(text) == sorted(
        [
            _record(text, "said", "Ann Lee", "prices rose"),
            _record(text, "argued", "Bo Diaz", "that they fell"),
        ]
    )


def test_a_quote_split_around_its_tag_is_two_content_spans_of_one_record():
    text = "“We will fight,” he said, “and we will win.”"
    assert _records(text) == [_record(text, "said", "he", "We will fight", "and we will win")]


def test_content_before_the_tag_and_after_a_source_on_the_right():
    text = "“There will be more shipments,” an Iranian official told Reuters."
    assert _records(text) == [
        _record(text, "told Reuters", "an Iranian official", "There will be more shipments")
    ]
    text = "According to Ukrainian officials, Russia has fired drones."
    assert _records(text) == [
        _record(text, "According to", "Ukrainian officials", "Russia has fired drones")
    ]


def test_reportedly_is_cue_and_source_and_the_content_is_split_around_it():
    text = "The agreement was reportedly finalized late last year."
    cue = _span(text, "reportedly", "attribution_cue")
    content = [
        _span(text, "The agreement was", "content"),
        _span(text, "finalized late last year", "content"),
    ]
    assert _records(text) == [
        Record(cue, {"source": [_span(text, "reportedly", "source")], "content": content})
    ]


def test_a_cue_with_no_source_is_marked_with_the_schemas_absent_label():
    text = "Said to be the largest in the region, the plant was hit."
    (record,) = _records(text)
    assert record.anchor.label == "attribution_cue_no_source"
    assert record.spans("source") == ()
    # Declared absent, so not the "no source" reminder, and not an error either.
    values = SCHEMA.parse_result(
        to_predictions(
            preannotate(pd.DataFrame({"sentence_id": ["x"], "text": [text]}), SCHEMA), SCHEMA
        )[0]["result"],
        text,
    )
    assert not [v for v in SCHEMA.check(values, text) if v.field == "attributions"]


def test_the_records_survive_the_parquet_file_preannotate_writes(tmp_path):
    text = "Ann Lee said prices rose, while Bo Diaz argued that they fell."
    sentences = pd.DataFrame({"sentence_id": ["x", "y"], "text": [text, "Prices rose."]})
    path = preannotate(sentences, SCHEMA, output=tmp_path / "pre.parquet")
    items = read_predictions(path, SCHEMA)
    assert [len([r for r in i["result"] if r["type"] == "relation"]) for i in items] == [4, 0]


def test_a_schema_without_records_gets_no_record_column():
    schema = load_schema(ROOT / "schemas" / "corpora" / "factappeal.yaml")
    out = preannotate(pd.DataFrame({"sentence_id": ["x"], "text": ["Bo said so."]}), schema)
    assert "attributions" not in out.columns


_PIECES = [
    "Ann Lee", "said", "according to", "officials", "told Reuters", ",", "“", "”", ".",
    "prices rose", "while", "Bo Diaz", "argued", "that", "reportedly", "the talks", "failed",
    "and", "he", "—",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_proposed_records_are_well_formed_on_any_sentence(words):
    text = " ".join(words)
    out = preannotate(pd.DataFrame({"sentence_id": ["x"], "text": [text]}), SCHEMA)
    row = out.iloc[0]
    # to_result validates: every linked span is a marked span of its field.
    values = SCHEMA.parse_result(to_predictions(out, SCHEMA)[0]["result"], text)
    records = values["attributions"]
    assert len(records) == len(row["attribution_cue"])  # one record per cue, none lost
    cores = [(s.start, s.end) for r in records for s in (r.anchor, *r.spans("source"))]
    content = [s for r in records for s in r.spans("content")]
    for s in content:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
        assert any(c.isalnum() for c in s.text)
        # Content is what was said: never the cue or the source of any record (the quote
        # convention's "“We" excepted, whose words are the quotation itself).
        assert not any(
            a < s.end and s.start < b and not text[a:b].startswith("“") for a, b in cores
        )
    spans = sorted((s.start, s.end) for s in content)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    assert not [
        v for v in SCHEMA.check(values, text) if v.severity == "error" and v.field == "attributions"
    ]
