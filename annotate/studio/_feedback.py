"""Feedback to annotators: rule breaks and disagreements, shown on the task in Label Studio.

``feedback`` reads what ``annotate pull`` wrote (the annotation table and its violations
report), works out for every task the rules its annotators broke and the fields the
release's adjudication sends to review, and writes one message per task into the task's
data under :data:`annotate.schema._types.FEEDBACK_KEY`. The labelling view generated from
the schema shows that key above the sentence, so the annotator reads it on the task, where
the fix is made; the fix comes back with the next pull like any other edit.

Why task data, of what Label Studio 1.23.2 Community offers (checked against the server):
``/api/comments`` answers 404 (comments are an Enterprise feature); a prediction can only
carry results of the view's controls, so a message would need a text control whose value
pull would read as an answer; a separate review task would part the message from the
annotation to fix. A task data key is shown by a ``Header`` without a name, which the
server does not require on import and the view renders empty (and hides) when it is absent.

What the key costs elsewhere: writing task data bumps the task's ``updated_at``, so the
next incremental pull re-reads those tasks (same table); push compares only
``text_sha256``, so the key never makes a sentence look changed; pull keeps only
``sentence_id`` and ``text`` of a task's data, so the key never reaches a table or a
release. Messages name annotators by their pseudonyms only: they are built from the pulled
table, where no e-mail ever is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from annotate._files import read_parquet
from annotate.errors import InputError
from annotate.labels._adjudicate import adjudicate
from annotate.schema._schema import DEFAULT_SCHEMA, Schema, load_schema
from annotate.schema._types import FEEDBACK_KEY
from annotate.studio._client import Client
from annotate.studio._local import connect
from annotate.studio._project import read_project, require_project
from annotate.studio._pull import violations_path

__all__ = ["FeedbackResult", "feedback", "messages"]

_HEADING = "Feedback from the project lead on this task:"
_REASONS = {
    "tie": "the answers tie",
    "low-agreement": "no answer has a clear majority",
    "too-few-annotators": "too few annotators answered",
}
_PAGE = 500


@dataclass
class FeedbackResult:
    """What ``feedback`` sent, and where.

    Attributes
    ----------
    project, project_id, url
        The Label Studio project.
    sent : list of int
        Tasks whose message was written or changed by this run.
    cleared : list of int
        Tasks whose message was removed: nothing on them needs attention any more.
    unchanged : int
        Tasks already carrying the right message (nothing sent twice).
    held : list of int
        Tasks with something to say that are still collecting annotations (the server does
        not count them as labelled): held back, so that an annotator the task is handed to
        next does not read the others' answers first. Sent once the task is done.
    rule_breaks : dict
        Annotator pseudonym -> rule breaks of theirs the messages on the tasks point out
        (sent now or before; not held ones).
    disagreements : dict
        Field -> tasks whose message says the field went to adjudication (likewise).
    stale : bool
        The server counts other annotations than the table holds: the messages are as of
        the last pull (run ``annotate pull`` first).
    """

    project: str
    project_id: int
    url: str
    sent: list[int] = field(default_factory=list)
    cleared: list[int] = field(default_factory=list)
    unchanged: int = 0
    held: list[int] = field(default_factory=list)
    rule_breaks: dict[str, int] = field(default_factory=dict)
    disagreements: dict[str, int] = field(default_factory=dict)
    stale: bool = False


def feedback(
    project: str | None = None,
    annotations: str | Path = "build/annotations.parquet",
    *,
    schema: Schema | str | Path = DEFAULT_SCHEMA,
    min_annotators: int = 1,
    min_agreement: float = 0.5,
    adjudicators: tuple[str, ...] = (),
    client: Client | None = None,
) -> FeedbackResult:
    """Send the current rule breaks and disagreements to the tasks they concern.

    Idempotent: a task already carrying its message is not written again, and a task whose
    message no longer applies (the annotator fixed it, an adjudicator decided) has it
    removed. Run ``annotate pull`` first: the messages are those of the pulled table.
    Everyone who opens a task reads its message, so a task the server does not yet count as
    labelled (overlap not reached) is held back until it is: the annotator it is handed to
    next would read the others' answers before giving theirs.

    Parameters
    ----------
    project : str or None
        Project title; None means the schema's name.
    annotations : str or pathlib.Path
        The table ``annotate pull`` wrote; its violations report is read beside it.
    schema : Schema or path
    min_annotators, min_agreement, adjudicators
        The review queue's rules, as for ``annotate review`` and ``annotate release``.
    client : Client, optional
        Defaults to :func:`annotate.studio._local.connect`.

    Returns
    -------
    FeedbackResult

    Raises
    ------
    InputError
        No annotation table or violations report at the path (pull first), or an
        unreadable one.
    StudioError
        The server is unreachable or has no such project.
    """
    schema = schema if isinstance(schema, Schema) else load_schema(schema)
    path = Path(annotations)
    report = violations_path(path)
    for needed, what in ((path, "annotation table"), (report, "violations report")):
        if not needed.is_file():
            raise InputError(
                f"no {what} at {needed}",
                hint="run `annotate pull` first, or pass its table with --annotations",
            )
    table = read_parquet(path, "annotation table").to_pandas()
    violations = read_parquet(report, "violations report").to_pandas()
    notes = _notes(table, violations, schema, min_annotators, min_agreement, adjudicators)

    client = client or connect()
    name = project or schema.name
    proj = require_project(client, name)
    # The one counter feedback reads, named: every other one costs the server a pass over the
    # tasks.
    info = read_project(client, proj.id, "id,total_annotations_number").data
    submitted = table.loc[~table["was_cancelled"].fillna(False).astype(bool), "annotation_id"]
    result = FeedbackResult(
        project=name,
        project_id=int(proj.id),
        url=f"{client.connection.url}/projects/{proj.id}",
        stale=int(getattr(info, "total_annotations_number", 0) or 0) != submitted.nunique(),
    )
    carrying = {int(t.id): t for t in _tasks_with_feedback(client, result.project_id)}
    missing = sorted(notes.keys() - carrying.keys())
    current = carrying | {int(t.id): t for t in client.tasks(result.project_id, ids=missing)}
    breaks: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    for task_id in sorted(current):
        task = current[task_id]
        data = dict(task.data or {})
        note = notes.get(task_id)
        if note is not None and getattr(task, "is_labeled", None) is False:
            # Still collecting annotations: the next annotator the server hands it to would
            # read the others' answers in the message. It goes out once the task is done.
            result.held.append(task_id)
            continue
        message = None if note is None else note.text
        if note is not None:
            breaks.update(note.breaks)
            fields.update(note.fields)
        if data.get(FEEDBACK_KEY) == message:
            result.unchanged += 1
            continue
        if message is None:
            data.pop(FEEDBACK_KEY, None)
            result.cleared.append(task_id)
        else:
            data[FEEDBACK_KEY] = message
            result.sent.append(task_id)
        # The server replaces a task's data whole (PATCH data={...}): send all of it.
        client.call("update a task", client.sdk.tasks.update, id=task_id, data=data)
    result.rule_breaks = dict(sorted(breaks.items()))
    result.disagreements = dict(sorted(fields.items()))
    return result


def messages(
    table: pd.DataFrame,
    violations: pd.DataFrame,
    schema: Schema,
    *,
    min_annotators: int = 1,
    min_agreement: float = 0.5,
    adjudicators: tuple[str, ...] = (),
) -> dict[int, str]:
    """Task id -> the message for its annotators, from a pulled table and its violations.

    A task with nothing to point out has no entry. The message lists, one line each, every
    rule broken (by whom, by pseudonym, with the schema's message saying what to do) and
    every field the release's adjudication sends to review (with the competing votes).
    """
    notes = _notes(table, violations, schema, min_annotators, min_agreement, adjudicators)
    return {task_id: note.text for task_id, note in notes.items()}


@dataclass
class _Note:
    """What one task's message says, and whose rule breaks and which fields it names."""

    lines: list[str] = field(default_factory=list)
    breaks: Counter[str] = field(default_factory=Counter)
    fields: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join([_HEADING, *self.lines])


def _notes(
    table: pd.DataFrame,
    violations: pd.DataFrame,
    schema: Schema,
    min_annotators: int,
    min_agreement: float,
    adjudicators: tuple[str, ...],
) -> dict[int, _Note]:
    notes: dict[int, _Note] = {}
    # One line per annotator, rule and field on a task, however many annotations repeat it.
    seen = violations.drop_duplicates(["task_id", "annotator", "rule", "field", "message"])
    for row in seen.sort_values(["task_id", "annotator", "rule", "field"]).itertuples():
        need = "required" if row.severity == "error" else "please check"
        note = notes.setdefault(int(row.task_id), _Note())
        note.lines.append(
            f"\u2022 {row.annotator}, rule {row.rule} ({need}): {str(row.message).rstrip('.')}. "
            "Fix your annotation here and press Update."
        )
        note.breaks[str(row.annotator)] += 1

    answered = table[~table["was_cancelled"].fillna(False).astype(bool)]
    if answered.empty:
        return dict(sorted(notes.items()))
    queue = adjudicate(
        table,
        schema,
        min_annotators=min_annotators,
        min_agreement=min_agreement,
        adjudicators=adjudicators,
    ).queue
    tasks = answered.groupby("sentence_id")["task_id"].unique()
    who = answered.groupby("sentence_id")["annotator"].unique()
    for row in queue.sort_values(["sentence_id", "field"]).itertuples():
        name = str(row.field)
        # The queue names a record type too (its records are adjudicated, issue 16).
        records = {rt.name for rt in schema.records}
        title = name.replace("_", " ").capitalize() if name in records else schema.field(name).title
        reason = _REASONS.get(str(row.reason), str(row.reason))
        names = ", ".join(sorted(str(a) for a in who.get(row.sentence_id, ())))
        line = (
            f"\u2022 {title} ({row.field}) goes to adjudication: {reason} "
            f"({row.votes or 'no votes'}; annotators {names}). Check your answer against "
            "the guidelines: correct a slip and press Update; if you stand by it, an "
            "adjudicator decides."
        )
        for task_id in tasks.get(row.sentence_id, ()):
            note = notes.setdefault(int(task_id), _Note())
            note.lines.append(line)
            note.fields.append(str(row.field))
    return dict(sorted(notes.items()))


def _tasks_with_feedback(client: Client, project_id: int) -> list[Any]:
    """The project's tasks that carry a message now (a Data Manager filter on the key)."""
    return list(client.tasks(project_id, with_data=FEEDBACK_KEY, page_size=_PAGE))
