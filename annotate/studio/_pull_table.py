"""Turning a pull snapshot into the annotation table and the violations report.

One row per annotation and schema field, in schema order. A cancelled (skipped)
annotation is ONE row with ``field`` null, no values and ``was_cancelled`` true: a skip
answers no question, and a row per field with nulls would read as "left empty" and be
counted as an answer by anything that groups by field. Drafts and predictions are never
rows; they are only counted.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import msgspec
import numpy as np
import pyarrow as pa
import pyarrow.compute as _pc

from annotate.errors import LabelError
from annotate.schema import _consistency
from annotate.schema._records import encoded
from annotate.schema._schema import Record, Schema
from annotate.schema._types import Violation
from annotate.studio._pull_fetch import parse_ts

# pyarrow.compute makes its functions at import time; no stub knows them.
pc: Any = _pc

__all__ = [
    "ROWS_SCHEMA",
    "VIOLATIONS_SCHEMA",
    "Builder",
    "Built",
    "Tally",
    "build",
    "with_records_column",
]

_SPAN = pa.struct(
    [
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("label", pa.string()),
        ("text", pa.string()),
    ]
)
# A record in a shape that fits every schema's record types: its anchor span, each linked
# span with the role it plays, and the roles cut at the sentence boundary.
_RECORD = pa.struct(
    [
        ("anchor", _SPAN),
        ("links", pa.list_(pa.struct([("role", pa.string()), ("span", _SPAN)]))),
        ("cut", pa.list_(pa.string())),
    ]
)
_TS = pa.timestamp("us", tz="UTC")
ROWS_SCHEMA = pa.schema(
    [
        ("sentence_id", pa.string()),
        ("task_id", pa.int64()),
        ("annotation_id", pa.int64()),
        ("annotator", pa.string()),
        ("field", pa.string()),
        ("value", pa.string()),  # choice fields
        ("values", pa.list_(pa.string())),  # multi_choice fields
        ("spans", pa.list_(_SPAN)),  # spans fields
        # Records, on the row of the field their anchors are spans of (attribution_cue for
        # news-stance's attributions), so the table keeps one row per annotation and field.
        ("records", pa.list_(_RECORD)),
        ("created_at", _TS),
        ("updated_at", _TS),
        ("lead_time", pa.float64()),
        ("was_cancelled", pa.bool_()),
        ("schema_version", pa.string()),
    ]
)
VIOLATIONS_SCHEMA = pa.schema(
    [
        ("annotator", pa.string()),
        ("rule", pa.string()),
        ("severity", pa.string()),
        ("field", pa.string()),
        ("message", pa.string()),
        ("sentence_id", pa.string()),
        ("task_id", pa.int64()),
        ("annotation_id", pa.int64()),
    ]
)
# Enough offenders to find the pattern; the count says how many there are in all.
_MAX_LISTED = 20


@dataclass
class Built:
    """The table, the violations and the counts of one pull.

    ``rows`` and ``violations`` are empty when the build was streamed to files
    (:class:`Builder`); ``row_count`` and ``annotators`` are set either way.
    """

    rows: pa.Table
    violations: pa.Table
    annotations: int = 0
    cancelled: int = 0
    drafts: int = 0
    predictions: int = 0
    by_annotator: dict[str, dict[str, int]] = field(default_factory=dict)
    row_count: int = 0
    annotators: int = 0


Emit = Callable[[pa.Table, pa.Table], None]


# The columns of a row that come from its task and annotation, and those from its field.
_BASE = (
    "sentence_id",
    "task_id",
    "annotation_id",
    "annotator",
    "created_at",
    "updated_at",
    "lead_time",
    "was_cancelled",
    "schema_version",
)
_CELLS = ("field", "value", "values", "spans", "records")


@dataclass
class _Parsed:
    """What one distinct annotation result gives: its cells and its violations.

    ``columns`` holds, for each name of ``_CELLS``, that column of the annotation's rows
    (one per schema field).
    """

    columns: list[list[Any]]
    violations: list[Violation]


class Builder:
    """Builds the table batch by batch of tasks, handing each batch's rows to ``emit``.

    A full pull feeds it one batch at a time as the export is read, so what it holds is
    one batch and the counts, never the project (issue 14: memory flat in project size).
    Batches must come in task id order, each sorted: the table is ordered by task id.

    Parameters
    ----------
    schema : Schema
    project : str
        For the error message.
    emit : callable
        Called as ``emit(rows, violations)`` with the two tables of each batch.
    """

    def __init__(self, schema: Schema, project: str, emit: Emit) -> None:
        self.schema, self.project, self.emit = schema, project, emit
        self.problems: list[str] = []
        # Counted off the tables it emits, as an incremental pull counts its merged table.
        self._tally = Tally()
        self._drafts = self._predictions = 0

    def add(self, tasks: Iterable[dict[str, Any]]) -> None:
        """Build one batch of slimmed tasks (in id order) and emit its tables."""
        schema = self.schema
        # Column by column: a row dict per annotation and field cost more than the parse.
        columns: dict[str, list[Any]] = {name: [] for name in ROWS_SCHEMA.names}
        base_columns = [columns[name] for name in _BASE]
        cell_columns = [columns[name] for name in _CELLS]
        violations: list[dict[str, Any]] = []
        for task in tasks:
            self._drafts += task["drafts"]
            self._predictions += task["predictions"]
            # The annotators of one task often give the same answer: each distinct result
            # is parsed and checked once (a task's text is the same for all of them).
            # Keyed by its JSON text or its repr, which tell apart what == would not (1,
            # 1.0 and True).
            parsed: dict[bytes | str, _Parsed | LabelError] = {}
            for ann in task["annotations"]:
                if ann["was_cancelled"]:
                    # One row, no field: a skip answers no question.
                    cells: Any = [[None]] * len(_CELLS)
                else:
                    result = ann["result"]
                    # Still the export's bytes after a full pull's read: they are the key.
                    raw = isinstance(result, msgspec.Raw)
                    key = bytes(result) if raw else repr(result)
                    done = parsed.get(key)
                    if done is None:
                        value = _decoded(result) if raw else result
                        done = parsed[key] = self._parse(value, task["text"])
                    if isinstance(done, LabelError):
                        self.problems.append(f"{_where(task, ann)}: {_detail(done)}")
                        continue
                    cells = done.columns
                    for v in done.violations:
                        violations.append(
                            {
                                "annotator": ann["annotator"],
                                "rule": v.rule,
                                "severity": v.severity,
                                "field": v.field,
                                "message": v.message,
                                "sentence_id": task["sentence_id"],
                                "task_id": task["id"],
                                "annotation_id": ann["id"],
                            }
                        )
                n = len(cells[0])
                base = (
                    task["sentence_id"],
                    task["id"],
                    ann["id"],
                    ann["annotator"],
                    parse_ts(ann["created_at"]),
                    parse_ts(ann["updated_at"]),
                    ann["lead_time"],
                    ann["was_cancelled"],
                    schema.version,
                )
                for column, value in zip(base_columns, base, strict=True):
                    column.extend([value] * n)
                for column, values in zip(cell_columns, cells, strict=True):
                    column.extend(values)
        if columns["task_id"] or violations:
            rows = pa.Table.from_pydict(columns, schema=ROWS_SCHEMA)
            found = pa.Table.from_pylist(violations, schema=VIOLATIONS_SCHEMA)
            self._tally.add_rows(rows)
            self._tally.add_violations(found)
            self.emit(rows, found)

    def _parse(self, result: list[dict[str, Any]], text: str) -> _Parsed | LabelError:
        """One result's cells (a column of one per field) and violations, or why it fails."""
        schema = self.schema
        try:
            values = schema.parse_result(result, text)
        except LabelError as exc:
            return exc
        anchored = {r.anchor_field: values[r.name] for r in schema.records}
        cells = [
            _cells(f.kind, f.name, values[f.name], anchored.get(f.name)) for f in schema.fields
        ]
        return _Parsed(
            columns=[[c[name] for c in cells] for name in _CELLS],
            # parse_result gives only fields and labels of the schema: no need to validate
            # them again (a fifth of a full pull's CPU).
            violations=_consistency.check(schema, values, text, validated=True),
        )

    def finish(self) -> Built:
        """The counts of everything added.

        Raises
        ------
        LabelError
            Once, listing every annotation that holds a label or control the schema does
            not know, over all batches.
        """
        if self.problems:
            raise _label_error(self.problems, self.schema, self.project)
        return self._tally.built(drafts=self._drafts, predictions=self._predictions)


def build(tasks: Iterable[dict[str, Any]], schema: Schema, project: str) -> Built:
    """Parse, validate and check every annotation of the slimmed ``tasks``, in memory.

    Raises
    ------
    LabelError
        Once, listing every annotation that holds a label or control the schema does not
        know (with task, sentence and annotation ids), and the valid labels.
    """
    rows: list[pa.Table] = []
    violations: list[pa.Table] = []

    def keep(r: pa.Table, v: pa.Table) -> None:
        rows.append(r)
        violations.append(v)

    builder = Builder(schema, project, keep)
    builder.add(sorted(tasks, key=lambda t: t["id"]))
    built = builder.finish()
    built.rows = pa.concat_tables([ROWS_SCHEMA.empty_table(), *rows])
    built.violations = pa.concat_tables([VIOLATIONS_SCHEMA.empty_table(), *violations])
    return built


class Tally:
    """The counts of a table read part by part (``Built``'s), so a merge that streams the
    table never holds it whole.

    A submitted annotation has rows with ``was_cancelled`` false and a cancelled one has
    exactly one row, so both counts come from the table itself.
    """

    def __init__(self) -> None:
        self.rows = 0
        self.cancelled = 0
        self._annotators: set[str] = set()
        self._submitted: list[Any] = []
        self._by_annotator: dict[str, Counter[str]] = defaultdict(Counter)

    def add_rows(self, rows: pa.Table) -> None:
        cancelled = rows.column("was_cancelled").fill_null(False)
        self.rows += rows.num_rows
        self.cancelled += pc.sum(cancelled.cast(pa.int64())).as_py() or 0
        self._annotators.update(pc.unique(rows.column("annotator")).to_pylist())
        # The one column filtered, not the table: filtering the nested columns too was
        # most of an incremental merge's counting (issue 14).
        submitted = pc.filter(rows.column("annotation_id"), pc.invert(cancelled))
        # An annotation's rows may straddle two parts: ids are made distinct at the end.
        self._submitted.append(pc.unique(submitted).to_numpy(zero_copy_only=False))

    def add_violations(self, violations: pa.Table) -> None:
        for annotator, rule in zip(
            violations.column("annotator").to_pylist(),
            violations.column("rule").to_pylist(),
            strict=True,
        ):
            self._by_annotator[annotator][rule] += 1

    def built(self, *, drafts: int, predictions: int) -> Built:
        """``Built`` with the counts (its tables empty: they were streamed)."""
        submitted = np.unique(np.concatenate(self._submitted)) if self._submitted else []
        return Built(
            rows=ROWS_SCHEMA.empty_table(),
            violations=VIOLATIONS_SCHEMA.empty_table(),
            row_count=self.rows,
            annotators=len(self._annotators),  # null counts, as count_distinct(mode='all')
            annotations=len(submitted),
            cancelled=self.cancelled,
            drafts=drafts,
            predictions=predictions,
            by_annotator={
                a: dict(sorted(c.items())) for a, c in sorted(self._by_annotator.items())
            },
        )


def _decoded(result: msgspec.Raw) -> Any:
    """A result still in the export's bytes, as the standard decoder would give it."""
    try:
        value = msgspec.json.decode(result)
    except msgspec.MsgspecError:
        # What the run's decoding let through unread and msgspec refuses (a number past a
        # float's range, which the standard decoder reads as inf).
        value = json.loads(bytes(result))
    # A null result is no answer, as slim_task has it for a decoded one.
    return value or []


def _cells(kind: str, name: str, value: Any, records: list[Record] | None) -> dict[str, Any]:
    cells: dict[str, Any] = {
        "field": name,
        "value": None,
        "values": None,
        "spans": None,
        "records": None,
    }
    if kind == "choice":
        cells["value"] = value
    elif kind == "multi_choice":
        cells["values"] = list(value)
    else:
        cells["spans"] = [dataclasses.asdict(s) for s in value]
    if records is not None:
        cells["records"] = encoded(records)
    return cells


def with_records_column(rows: pa.Table) -> pa.Table:
    """``rows`` with a null ``records`` column if a table from before records lacks it."""
    if "records" in rows.column_names:
        return rows
    at = rows.schema.get_field_index("spans") + 1
    return rows.add_column(at, "records", pa.nulls(len(rows), pa.list_(_RECORD)))


def _where(task: dict[str, Any], ann: dict[str, Any]) -> str:
    return f"task {task['id']} (sentence {task['sentence_id']}), annotation {ann['id']}"


def _detail(exc: LabelError) -> str:
    # parse_result lists its problems one per "  - " line under a heading; keep the list.
    lines = [line.strip().removeprefix("- ") for line in exc.message.splitlines()]
    return "; ".join(lines[1:] if len(lines) > 1 else lines)


def _label_error(problems: list[str], schema: Schema, project: str) -> LabelError:
    listed = problems[:_MAX_LISTED]
    more = len(problems) - len(listed)
    valid = "; ".join(f"{f.name}: {', '.join(f.values)}" for f in schema.fields)
    return LabelError(
        f"{len(problems)} annotation(s) in project {project!r} hold labels or controls that "
        f"schema {schema.name} {schema.version} does not know:\n  - "
        + "\n  - ".join(listed)
        + (f"\n  - ... and {more} more" if more else "")
        + f"\n  valid labels: {valid}",
        hint="someone edited the labelling config in Label Studio: push the schema again "
        "(`annotate push`) and fix those annotations, or add the labels to the schema and "
        "bump its version",
    )
