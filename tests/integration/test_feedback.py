"""Feedback reaches the annotator on the task, and the fix comes back with the next pull.

Against the real server: a rule break and a disagreement -> ``feedback`` -> the message is
in the task's data (read back through the API) -> the annotation is fixed through the API
as an annotator's Update sends it -> pull -> the break is gone from pull's report and from
``status`` -> the next ``feedback`` clears that task's message and leaves the other alone.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from annotate.cli import app
from annotate.corpus._ingest import ingest
from annotate.schema._schema import load_schema
from annotate.schema._types import FEEDBACK_KEY
from annotate.studio._client import Client
from annotate.studio._feedback import feedback
from annotate.studio._gold import import_gold, load_gold
from annotate.studio._pull import pull
from annotate.studio._push import push
from annotate.studio._status import status

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")
ARTICLE = ROOT / "corpus" / "iran-missiles-russia.txt"
# B leaves out the hedge cue here (rule hedged-needs-cue) ...
SLIP = "The agreement was reportedly finalized at meetings in Tehran and Moscow late last year."
# ... and disagrees with A on the claim type here (a tie: adjudication).
TIE = "More deliveries are expected in the coming weeks."


def _task(client: Client, project_id: int, text: str) -> Any:
    tasks: list[Any] = list(client.sdk.tasks.list(project=project_id, fields="all"))
    return next(t for t in tasks if t.data["text"] == text)


def test_a_rule_break_is_shown_on_its_task_fixed_there_and_cleared(
    client: Client,
    studio_env: Path,
    project_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences = ingest([ARTICLE], tmp_path / "s.parquet").sentences_path
    pushed = push(sentences, schema=SCHEMA, project=project_name, overlap=2, client=client)
    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", SCHEMA)
    other = {text: dict(values) for text, values in gold.items()}
    other[SLIP]["hedge_cue"] = []
    other[TIE]["claim_type"] = "factual"
    import_gold(client, project_name, sentences, gold, SCHEMA, annotator_email="a@fb.test")
    import_gold(client, project_name, sentences, other, SCHEMA, annotator_email="b@fb.test")
    table_path = tmp_path / "annotations.parquet"
    first = pull(project_name, table_path, schema=SCHEMA, client=client)
    (slipper,) = [who for who, rules in first.violations.items() if "hedged-needs-cue" in rules]

    before = _task(client, pushed.project_id, SLIP).data
    sent = feedback(project_name, table_path, schema=SCHEMA, client=client)
    slip_task = _task(client, pushed.project_id, SLIP)
    tie_task = _task(client, pushed.project_id, TIE)
    assert sorted(sent.sent) == sorted([slip_task.id, tie_task.id])
    assert (sent.cleared, sent.unchanged) == ([], 0)
    assert sent.rule_breaks == {slipper: 1}
    assert sent.disagreements.get("claim_type") == 1
    message = slip_task.data[FEEDBACK_KEY]
    rule = next(r for r in SCHEMA.rules if r.id == "hedged-needs-cue")
    assert slipper in message and "hedged-needs-cue" in message and rule.message in message
    assert "@" not in message + tie_task.data[FEEDBACK_KEY]  # pseudonyms, never e-mails
    assert "Claim type (claim_type) goes to adjudication" in tie_task.data[FEEDBACK_KEY]
    # The rest of the task's data is as push left it.
    assert {k: v for k, v in slip_task.data.items() if k != FEEDBACK_KEY} == before

    again = feedback(project_name, table_path, schema=SCHEMA, client=client)
    assert (again.sent, again.cleared, again.unchanged) == ([], [], 2)
    # The message does not make push see the sentence as changed, nor import it twice, even
    # from a fresh home where push compares against the tasks on the server.
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "another-home"))
    repushed = push(sentences, schema=SCHEMA, project=project_name, overlap=2, client=client)
    assert (repushed.new_tasks, repushed.changed, repushed.updated_tasks) == (0, [], 0)
    monkeypatch.setenv("ANNOTATE_HOME", str(studio_env))

    # B opens the task and marks the cue; Update sends the whole result again.
    table = pd.read_parquet(table_path)
    (annotation_id,) = table.loc[
        (table["task_id"] == slip_task.id) & (table["annotator"] == slipper), "annotation_id"
    ].unique()
    client.sdk.annotations.update(id=int(annotation_id), result=SCHEMA.to_result(gold[SLIP]))

    second = pull(project_name, table_path, schema=SCHEMA, client=client)
    assert not second.full
    assert second.violations.get(slipper, {}).get("hedged-needs-cue") is None
    assert FEEDBACK_KEY not in pd.read_parquet(table_path).columns
    people = {
        a.annotator: a
        for a in status(project_name, table_path, schema=SCHEMA, client=client).annotators
    }
    assert "hedged-needs-cue" not in people[slipper].violations

    cleared = feedback(project_name, table_path, schema=SCHEMA, client=client)
    assert (cleared.sent, cleared.cleared, cleared.unchanged) == ([], [slip_task.id], 1)
    assert FEEDBACK_KEY not in _task(client, pushed.project_id, SLIP).data
    assert FEEDBACK_KEY in _task(client, pushed.project_id, TIE).data
    assert cleared.rule_breaks == {}

    # The tied sentence is corrected in the article and pushed with --on-change update: the
    # server replaces the task's whole data, and the message must survive it.
    table = pd.read_parquet(sentences)
    fixed = TIE.replace("coming weeks", "coming days")
    table.loc[table["text"] == TIE, "text_sha256"] = hashlib.sha256(fixed.encode()).hexdigest()
    table.loc[table["text"] == TIE, "text"] = fixed
    table.to_parquet(tmp_path / "edited.parquet")
    updated = push(
        tmp_path / "edited.parquet",
        schema=SCHEMA,
        project=project_name,
        overlap=2,
        client=client,
        on_change="update",
        force=True,
    )
    assert updated.updated_tasks == 1
    assert FEEDBACK_KEY in _task(client, pushed.project_id, fixed).data


def test_feedback_command_says_how_many_went_where_and_holds_tasks_still_open(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    sentences = ingest([ARTICLE], tmp_path / "s.parquet").sentences_path
    pushed = push(sentences, schema=SCHEMA, project=project_name, overlap=2, client=client)
    gold = load_gold(ROOT / "corpus" / "iran-missiles-russia.gold.yaml", SCHEMA)
    slipped = {SLIP: dict(gold[SLIP]) | {"hedge_cue": []}}
    import_gold(client, project_name, sentences, slipped, SCHEMA, annotator_email="c@fb.test")
    table_path = tmp_path / "annotations.parquet"
    pull(project_name, table_path, schema=SCHEMA, client=client)
    runner = CliRunner()
    args = ["feedback", "--project", project_name, "--annotations", str(table_path)]

    # One of two annotations in: the next annotator would read C's answer in the message.
    held = runner.invoke(app, [*args, "--json"])
    assert held.exit_code == 0, held.output
    slip_task = _task(client, pushed.project_id, SLIP)
    assert json.loads(held.output)["held"] == [slip_task.id]
    assert json.loads(held.output)["sent"] == []
    assert FEEDBACK_KEY not in slip_task.data

    import_gold(
        client, project_name, sentences, {SLIP: gold[SLIP]}, SCHEMA, annotator_email="d@fb.test"
    )
    pull(project_name, table_path, schema=SCHEMA, client=client)
    shown = runner.invoke(app, args)
    assert shown.exit_code == 0, shown.output
    assert "tasks sent a message" in shown.output and "rule breaks of annotator-" in shown.output
    assert FEEDBACK_KEY in _task(client, pushed.project_id, SLIP).data
    again = json.loads(runner.invoke(app, [*args, "--json"]).output)
    assert (again["sent"], again["held"], again["unchanged"]) == ([], [], 1)

    missing = runner.invoke(app, ["feedback", "--annotations", str(tmp_path / "none.parquet")])
    assert missing.exit_code == 2
    assert "none.parquet" in missing.output and "annotate pull" in missing.output
