"""The messages ``annotate feedback`` puts on tasks, from a pulled table and its report."""

from __future__ import annotations

import pandas as pd

from annotate.studio._feedback import messages
from tests.unit.release_support import A, B, Table, schema

RULE = next(r for r in schema().rules if r.id == "hedged-needs-cue")


def _violation(table: pd.DataFrame, sid: str, who: str, rule: str = RULE.id) -> dict[str, object]:
    row = table[(table["sentence_id"] == sid) & (table["annotator"] == who)].iloc[0]
    return {
        "annotator": who,
        "rule": rule,
        "severity": "error",
        "field": "hedge_cue",
        "message": RULE.message,
        "sentence_id": sid,
        "task_id": int(row["task_id"]),
        "annotation_id": int(row["annotation_id"]),
    }


def _tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    t = Table()
    t.add("s1", A, hedging="hedged", hedge_cue=[(0, 4)])
    t.add("s1", B, hedging="hedged", hedge_cue=[(0, 4)])
    t.add("s2", A, claim_type="factual")
    t.add("s2", B, claim_type="opinion")
    t.add("s3", A)
    table = t.frame()
    return table, pd.DataFrame([_violation(table, "s1", B)])


def test_a_rule_break_names_the_pseudonym_the_rule_and_what_to_do() -> None:
    table, violations = _tables()
    found = messages(table, violations, schema())
    s1 = int(table.loc[table["sentence_id"] == "s1", "task_id"].iloc[0])
    assert RULE.message in found[s1] and B in found[s1] and RULE.id in found[s1]
    assert "press Update" in found[s1]
    assert A not in found[s1]  # A broke nothing here and agreed with B


def test_a_tie_goes_to_every_annotator_of_the_task_with_the_votes() -> None:
    table, violations = _tables()
    found = messages(table, violations, schema())
    s2 = int(table.loc[table["sentence_id"] == "s2", "task_id"].iloc[0])
    assert "Claim type (claim_type) goes to adjudication: the answers tie" in found[s2]
    assert "factual=1; opinion=1" in found[s2] and A in found[s2] and B in found[s2]


def test_a_task_with_nothing_to_say_gets_no_message_and_messages_are_stable() -> None:
    table, violations = _tables()
    found = messages(table, violations, schema())
    s3 = int(table.loc[table["sentence_id"] == "s3", "task_id"].iloc[0])
    assert s3 not in found
    # The same input, shuffled, gives the same text: a re-run sends nothing twice.
    again = messages(table.sample(frac=1, random_state=1), violations, schema())
    assert again == found


def test_the_same_break_in_two_annotations_is_one_line() -> None:
    table, violations = _tables()
    twice = pd.concat([violations, violations.assign(annotation_id=999)])
    s1 = int(table.loc[table["sentence_id"] == "s1", "task_id"].iloc[0])
    assert messages(table, twice, schema())[s1].count(RULE.id) == 1


def test_no_table_no_messages() -> None:
    table, violations = _tables()
    assert messages(table.iloc[0:0], violations.iloc[0:0], schema()) == {}


def test_a_tie_on_records_goes_to_adjudication_named_by_the_record() -> None:
    # Issue 16: records are adjudicated too, so the queue may name a record, not a field.
    t = Table()
    t.add("s4", A, attribution="named_source", attributions=[((10, 14), (0, 9))])
    t.add("s4", B, attribution="named_source", source=[(0, 9)], attributions=[((10, 14), None)])
    table = t.frame()
    found = messages(table, pd.DataFrame(columns=list(_violation(table, "s4", A))), schema())
    s4 = int(table["task_id"].iloc[0])
    assert "Attributions (attributions) goes to adjudication: the answers tie" in found[s4]
