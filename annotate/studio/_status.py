"""A project at a glance: progress, who did what, agreement so far, rule breaks, review queue.

``status`` reads the annotation table and violations report that ``annotate pull`` wrote,
and asks the server only for what the table cannot know: how many tasks the project has,
its overlap setting (``maximum_annotations``) and its own count of annotations. Why not
fetch the annotations again: pull already turns them into validated, pseudonymised rows
(incrementally, and cheaply), and the release is built from that very table; figures taken
from it are the ones the next release will see, with the same pseudonyms. The server's
annotation count tells when the table is behind (``stale``): run ``annotate pull`` then.

Agreement and the review queue come from the release's own functions
(:func:`annotate.labels._votes.read_votes`, :func:`annotate.labels._agreement.agreement_of_votes`,
:func:`annotate.labels._adjudicate.adjudicate_votes`), and with the sentence table, annotations
breaking an error rule are left out as the release leaves them out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from annotate._files import read_parquet
from annotate.errors import InputError
from annotate.labels._adjudicate import adjudicate_votes
from annotate.labels._agreement import agreement_of_votes
from annotate.labels._votes import drop_rule_errors, read_sentences, read_votes
from annotate.schema._schema import DEFAULT_SCHEMA, Schema, load_schema
from annotate.studio._client import Client
from annotate.studio._local import connect
from annotate.studio._project import read_project, require_project
from annotate.studio._pull import violations_path

__all__ = ["AnnotatorStatus", "FieldAgreement", "ProjectStatus", "RecordsAgreement", "status"]


@dataclass
class AnnotatorStatus:
    """One annotator's share of the work, by the pseudonym pulls give them.

    Attributes
    ----------
    annotator : str
        Pseudonym, as in the annotation table.
    annotations, cancelled : int
        Submitted annotations, and cancelled (skipped) ones.
    median_seconds : float or None
        Median ``lead_time`` (seconds spent on the task) of their submitted annotations.
    violations : dict
        Consistency rule id -> how many of their annotations break it (pull's report).
    """

    annotator: str
    annotations: int
    cancelled: int
    median_seconds: float | None
    violations: dict[str, int] = field(default_factory=dict)


@dataclass
class FieldAgreement:
    """Agreement so far on one field, as the release's card computes it (None: undefined)."""

    field: str
    kind: str
    krippendorff_alpha: float | None
    percent_agreement: float | None
    items_2plus: int
    #: Span fields, with the sentence table: Krippendorff's alpha with tokens as units.
    token_alpha: float | None = None


@dataclass
class RecordsAgreement:
    """Agreement so far on one record type: record F1 between annotators, micro-averaged
    over records (exact and overlapping matching, as the release's card reports it)."""

    record: str
    record_f1_exact: float | None
    record_f1_overlap: float | None
    items_2plus: int


@dataclass
class ProjectStatus:
    """What ``annotate status`` shows.

    Attributes
    ----------
    project, project_id, url
        The Label Studio project.
    tasks : int
        Tasks in the project (the server's count).
    tasks_done : int
        Tasks with at least one submitted annotation.
    overlap : int
        Annotators wanted per task (the project's ``maximum_annotations``).
    tasks_with_overlap : int
        Tasks submitted by at least ``overlap`` different annotators.
    annotations : int
        Submitted annotations in the table.
    median_seconds : float or None
        Median ``lead_time`` over all submitted annotations.
    annotators : list of AnnotatorStatus
        By pseudonym, most annotations first.
    agreement : list of FieldAgreement
        In schema order.
    records_agreement : list of RecordsAgreement
        Each record type of the schema, in its order.
    review_items, review_fields
        Sentences in the review queue, and queue entries per field (ties, low agreement,
        too few annotators), with the release's rules.
    rule_errors_excluded : int
        Annotations left out of agreement and the queue for breaking an error rule (0
        without the sentence table, which the check needs).
    server_annotations : int
        Submitted annotations the server counts now.
    stale : bool
        The server counts other annotations than the table holds: pull again.
    annotations_path : pathlib.Path
    pulled_at : str
        When the table was written (UTC, ISO 8601).
    """

    project: str
    project_id: int
    url: str
    tasks: int
    tasks_done: int
    overlap: int
    tasks_with_overlap: int
    annotations: int
    median_seconds: float | None
    annotators: list[AnnotatorStatus]
    agreement: list[FieldAgreement]
    review_items: int
    review_fields: dict[str, int]
    rule_errors_excluded: int
    server_annotations: int
    stale: bool
    annotations_path: Path
    pulled_at: str
    records_agreement: list[RecordsAgreement] = field(default_factory=list)


def status(
    project: str | None = None,
    annotations: str | Path = "build/annotations.parquet",
    *,
    sentences: str | Path | None = None,
    schema: Schema | str | Path = DEFAULT_SCHEMA,
    min_annotators: int = 1,
    min_agreement: float = 0.5,
    adjudicators: tuple[str, ...] = (),
    client: Client | None = None,
) -> ProjectStatus:
    """Progress, per-annotator work, agreement so far and the review queue of a project.

    Parameters
    ----------
    project : str or None
        Project title; None means the schema's name.
    annotations : str or pathlib.Path
        The table ``annotate pull`` wrote; its violations report is read beside it.
    sentences : str or pathlib.Path, optional
        The sentence table; with it, annotations breaking an error rule are left out of
        agreement and the queue (as the release does) and span agreement counts every
        character of the sentence.
    schema : Schema or path
    min_annotators, min_agreement, adjudicators
        The review queue's rules, as for ``annotate review`` and ``annotate release``.
    client : Client, optional
        Defaults to :func:`annotate.studio._local.connect`.

    Returns
    -------
    ProjectStatus

    Raises
    ------
    InputError
        No annotation table at ``annotations`` (pull first) or an unreadable one.
    StudioError
        The server is unreachable or has no such project.
    """
    schema = schema if isinstance(schema, Schema) else load_schema(schema)
    path = Path(annotations)
    if not path.is_file():
        raise InputError(
            f"no annotation table at {path}",
            hint="run `annotate pull` first, or pass the table with --annotations",
        )
    table = read_parquet(path, "annotation table").to_pandas()
    client = client or connect()
    name = project or schema.name
    proj = require_project(client, name)
    # The counters status shows, named: every other one costs the server a pass over the tasks.
    info = read_project(
        client, proj.id, "id,maximum_annotations,task_number,total_annotations_number"
    ).data
    overlap = int(getattr(info, "maximum_annotations", None) or 1)

    cancelled = table["was_cancelled"].fillna(False).astype(bool)
    # One row per annotation: a submitted annotation has one row per field.
    submitted = table[~cancelled].drop_duplicates("annotation_id")
    skipped = table[cancelled].drop_duplicates("annotation_id")
    per_task = submitted.groupby("task_id")["annotator"].nunique()
    stats, excluded = _agreement_and_queue(
        table[~cancelled], sentences, schema, min_annotators, min_agreement, adjudicators
    )
    server_annotations = int(getattr(info, "total_annotations_number", 0) or 0)
    return ProjectStatus(
        project=name,
        project_id=int(proj.id),
        url=f"{client.connection.url}/projects/{proj.id}",
        tasks=int(getattr(info, "task_number", 0) or 0),
        tasks_done=len(per_task),
        overlap=overlap,
        tasks_with_overlap=int((per_task >= overlap).sum()),
        annotations=len(submitted),
        median_seconds=_median(submitted["lead_time"]),
        annotators=_annotators(submitted, skipped, violations_path(path)),
        agreement=stats[0],
        review_items=stats[1],
        review_fields=stats[2],
        rule_errors_excluded=excluded,
        server_annotations=server_annotations,
        stale=server_annotations != len(submitted),
        annotations_path=path,
        pulled_at=datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).isoformat(
            timespec="seconds"
        ),
        records_agreement=stats[3],
    )


def _median(values: pd.Series) -> float | None:
    known = pd.to_numeric(values, errors="coerce").dropna()
    return None if known.empty else float(known.median())


def _annotators(
    submitted: pd.DataFrame, skipped: pd.DataFrame, report: Path
) -> list[AnnotatorStatus]:
    broken: dict[str, dict[str, int]] = {}
    if report.is_file():
        violations = read_parquet(report, "violations report").to_pandas()
        # Counted per annotation: pull lists a violation once per annotation and rule.
        counts = violations.drop_duplicates(["annotation_id", "rule"]).groupby(
            ["annotator", "rule"]
        )
        for (who, rule), n in counts.size().items():
            broken.setdefault(str(who), {})[str(rule)] = int(n)
    names = sorted({*submitted["annotator"], *skipped["annotator"], *broken})
    done = submitted["annotator"].value_counts()
    cancelled = skipped["annotator"].value_counts()
    people = [
        AnnotatorStatus(
            annotator=str(who),
            annotations=int(done.get(who, 0)),
            cancelled=int(cancelled.get(who, 0)),
            median_seconds=_median(submitted.loc[submitted["annotator"] == who, "lead_time"]),
            violations=dict(sorted(broken.get(str(who), {}).items())),
        )
        for who in names
    ]
    return sorted(people, key=lambda a: (-a.annotations, a.annotator))


def _agreement_and_queue(
    rows: pd.DataFrame,
    sentences: str | Path | None,
    schema: Schema,
    min_annotators: int,
    min_agreement: float,
    adjudicators: tuple[str, ...],
) -> tuple[tuple[list[FieldAgreement], int, dict[str, int], list[RecordsAgreement]], int]:
    """Agreement per field and record type and the review queue, as the release computes
    them."""
    if rows.empty:
        # Nothing submitted yet: no agreement to speak of and an empty queue.
        empty = [FieldAgreement(f.name, f.kind, None, None, 0) for f in schema.fields]
        none = [RecordsAgreement(rt.name, None, None, 0) for rt in schema.records]
        return (empty, 0, {}, none), 0
    votes = read_votes(rows, schema, adjudicators=frozenset(adjudicators))
    lengths = None
    texts = None
    excluded = 0
    if sentences is not None:
        table = read_sentences(sentences)
        before = votes.rows["annotation_id"].nunique()
        votes = drop_rule_errors(votes, table, schema)
        excluded = int(before - votes.rows["annotation_id"].nunique())
        texts = table.set_index("sentence_id")["text"].fillna("").astype(str)
        lengths = texts.str.len().to_dict()
    decisions = adjudicate_votes(
        votes.rows, schema, min_annotators=min_annotators, min_agreement=min_agreement
    )
    report = agreement_of_votes(
        votes.rows, schema, gold=decisions.decisions, lengths=lengths, texts=texts
    )
    fields = [
        FieldAgreement(
            field=str(name),
            kind=str(row["kind"]),
            krippendorff_alpha=_number(row["krippendorff_alpha"]),
            percent_agreement=_number(row["percent_agreement"]),
            items_2plus=int(row["items_2plus"]),
            token_alpha=_number(row["token_alpha"]),
        )
        for name, row in report.fields.iterrows()
    ]
    records = [
        RecordsAgreement(
            record=str(name),
            record_f1_exact=_number(row["record_f1_exact"]),
            record_f1_overlap=_number(row["record_f1_overlap"]),
            items_2plus=int(row["items_2plus"]),
        )
        for name, row in report.records.iterrows()
    ]
    queue = decisions.queue
    per_field = {str(k): int(v) for k, v in queue["field"].value_counts().sort_index().items()}
    return (fields, int(queue["sentence_id"].nunique()), per_field, records), excluded


def _number(value: Any) -> float | None:
    # NaN (undefined: one label in use, no item with two votes) is not a number to print.
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)
