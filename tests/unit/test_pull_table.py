"""Building the annotation table from recorded Label Studio task JSON (offline)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from annotate.errors import LabelError
from annotate.schema._schema import Schema, load_schema
from annotate.schema._types import Field, Label
from annotate.studio._pull_fetch import slim_task
from annotate.studio._pull_table import ROWS_SCHEMA, build

RECORDED = json.loads(
    (Path(__file__).parents[1] / "data" / "recorded" / "pull_tasks.json").read_text()
)
SCHEMA = load_schema("schemas/news-stance.yaml")
IDS = RECORDED["annotation_ids"]
USERS = {email: int(uid) for uid, email in RECORDED["users"].items()}


def who(completed_by: Any) -> str:
    return f"p{completed_by}"


def slimmed(key: str = "tasks_v1") -> list[dict[str, Any]]:
    return [slim_task(t, who) for t in RECORDED[key]]


def test_rows_per_annotation_and_field() -> None:
    built = build(slimmed(), SCHEMA, "news-stance")
    rows = built.rows.to_pylist()
    assert built.rows.schema == ROWS_SCHEMA
    assert len(rows) == 4 * len(SCHEMA.fields) + 1
    assert (built.annotations, built.cancelled, built.drafts, built.predictions) == (4, 1, 1, 1)
    # Sorted by task, then annotation, then schema field order.
    keys = [(r["task_id"], r["annotation_id"]) for r in rows]
    assert keys == sorted(keys)
    ana1 = {r["field"]: r for r in rows if r["annotation_id"] == IDS["ana1"]}
    assert list(ana1) == [f.name for f in SCHEMA.fields]
    assert ana1["hedging"]["value"] == "hedged"
    assert ana1["hedging"]["spans"] is None and ana1["hedging"]["values"] is None
    assert ana1["hedge_cue"]["value"] is None
    assert ana1["hedge_cue"]["spans"] == [
        {"start": 46, "end": 56, "label": "hedge_cue", "text": "reportedly"}
    ]
    assert ana1["claim_type"]["lead_time"] == 12.5
    assert ana1["claim_type"]["sentence_id"] == "iran-missiles-seed-1"
    assert ana1["claim_type"]["schema_version"] == "1.1.0"


def test_cancelled_annotation_is_one_row_without_field() -> None:
    rows = build(slimmed(), SCHEMA, "p").rows.to_pylist()
    cancelled = [r for r in rows if r["was_cancelled"]]
    assert len(cancelled) == 1
    row = cancelled[0]
    assert row["annotation_id"] == IDS["cho2"]
    assert (row["field"], row["value"], row["values"], row["spans"]) == (None, None, None, None)
    assert row["lead_time"] == 2.0


def test_violations_per_annotator() -> None:
    built = build(slimmed(), SCHEMA, "p")
    ben = who(USERS["ben@example.com"])
    # Recorded under 1.0.0, pulled under 1.1.0: the cues have no links yet, a warning each.
    cues = {"record-empty": 2}
    assert built.by_annotator == {ben: {"hedged-needs-cue": 1}, who(3): cues}
    (violation,) = [v for v in built.violations.to_pylist() if v["severity"] == "error"]
    assert violation["annotation_id"] == IDS["ben1"]
    assert violation["severity"] == "error"
    assert violation["field"] == "hedge_cue"


def test_deleted_annotation_and_task_are_gone_in_the_later_recording() -> None:
    rows = build(slimmed("tasks_v2"), SCHEMA, "p").rows.to_pylist()
    ids = {r["annotation_id"] for r in rows}
    assert IDS["ana1"] not in ids and IDS["cho0"] not in ids
    assert IDS["ben3"] in ids


def test_unknown_labels_are_one_error_listing_every_annotation() -> None:
    tasks = slimmed()
    for task in tasks[:2]:
        for ann in task["annotations"]:
            ann["was_cancelled"] = False
            ann["result"] = [
                {"from_name": "claim_type", "to_name": "text", "type": "choices",
                 "value": {"choices": ["rumour"]}},
                {"from_name": "mood", "to_name": "text", "type": "choices",
                 "value": {"choices": ["angry"]}},
            ]  # fmt: skip
    with pytest.raises(LabelError) as info:
        build(tasks, SCHEMA, "news-stance")
    message = str(info.value)
    first, second = RECORDED["task_ids"][:2]
    assert message.startswith("3 annotation(s) in project 'news-stance' hold labels or")
    assert (
        f"task {first} (sentence iran-missiles-seed-0), annotation {IDS['cho0']}: "
        "result[0] (claim_type): unknown label(s) 'rumour'; valid: factual, prediction, "
        "opinion, rule_or_policy, not_a_claim; result[1]: unknown control 'mood'"
    ) in message
    assert f"task {second} (sentence iran-missiles-seed-1)" in message
    assert "valid labels: claim_type: factual, prediction" in message
    assert "-> someone edited the labelling config in Label Studio" in message


def test_a_long_list_of_offenders_is_cut_short() -> None:
    task = slimmed()[1]
    bad = {"from_name": "hedging", "to_name": "text", "type": "choices",
           "value": {"choices": ["maybe"]}}  # fmt: skip
    task["annotations"] = [
        {**copy.deepcopy(task["annotations"][0]), "id": i, "result": [bad]} for i in range(25)
    ]
    with pytest.raises(LabelError, match=r"^25 annotation\(s\)") as info:
        build([task], SCHEMA, "p")
    assert "... and 5 more" in str(info.value)


def test_multi_choice_values_go_to_the_values_column() -> None:
    topics = Field(
        "topics", "multi_choice", (Label("war", "w", ""), Label("trade", "t", "")), required=True
    )
    schema = Schema("t", "0.1.0", "", "g.md", "0.1.0", (topics,))
    task = slimmed()[1]
    task["annotations"] = task["annotations"][:1]
    task["annotations"][0]["result"] = [
        {"from_name": "topics", "to_name": "text", "type": "choices",
         "value": {"choices": ["trade", "war"]}}
    ]  # fmt: skip
    (row,) = build([task], schema, "p").rows.to_pylist()
    assert (row["field"], row["value"], row["values"], row["spans"]) == (
        "topics",
        None,
        ["war", "trade"],
        None,
    )  # schema order


def test_annotators_giving_the_same_answer_are_parsed_once_and_each_gets_their_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    task = slimmed()[1]  # two annotators, one answer with spans and a violation
    first = task["annotations"][0]
    same = {**copy.deepcopy(first), "id": 900, "annotator": "p9"}
    task["annotations"] = [first, same, task["annotations"][1]]
    parsed: list[str] = []
    real = Schema.parse_result

    def counted(self: Schema, result: Any, text: str) -> Any:
        parsed.append(text)
        return real(self, result, text)

    monkeypatch.setattr(Schema, "parse_result", counted)
    built = build([task], SCHEMA, "p")
    assert len(parsed) == 2  # three annotations, two distinct answers
    rows = built.rows.to_pylist()

    def of(annotation_id: int, table: list[dict[str, Any]]) -> list[dict[str, Any]]:
        ids = ("annotation_id", "annotator")
        return [
            {k: v for k, v in r.items() if k not in ids}
            for r in table
            if r["annotation_id"] == annotation_id
        ]

    assert of(900, rows) == of(first["id"], rows) and len(of(900, rows)) == len(SCHEMA.fields)
    violations = built.violations.to_pylist()
    assert of(900, violations) == of(first["id"], violations) != []
    assert {v["annotator"] for v in violations if v["annotation_id"] == 900} == {"p9"}
    assert built.by_annotator["p9"] == built.by_annotator[first["annotator"]]
    assert built.annotations == 3


def test_answers_equal_but_for_a_number_type_are_parsed_apart() -> None:
    task = slimmed()[1]
    first = task["annotations"][0]
    other = {**copy.deepcopy(first), "id": 900}
    span = next(r for r in other["result"] if r["type"] == "labels")
    span["value"]["start"] = float(span["value"]["start"])  # == the int; not an offset
    assert other["result"] == first["result"]
    task["annotations"] = [first, other]
    with pytest.raises(LabelError, match=r"^1 annotation\(s\)") as info:
        build([task], SCHEMA, "p")
    assert "annotation 900: result[" in str(info.value)
    assert "span offsets must be integers" in str(info.value)
