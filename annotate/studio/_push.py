"""Push stage: sentences -> Label Studio tasks, idempotently.

Checks the sentence table in full before touching the server, creates the project from
the schema (or updates its label config when the schema changed, refusing a change that
would orphan annotations), then imports only sentences the project does not have yet, in
batches. A sentence whose text changed since it was pushed is reported and handled by an
explicit policy, never imported twice.

The server is the truth, the local task map only its cache. Before each batch a push
learns which tasks others created since it last looked (one cheap query), and afterwards
it checks that the project holds what it expects; if not (another push ran at the same
time, from this folder or another machine), it repairs duplicate tasks and rebuilds the
map from the server (``annotate.studio._task_sync``).
"""

from __future__ import annotations

import contextlib
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

import pyarrow as pa

if TYPE_CHECKING:
    import pandas as pd

from annotate._files import parquet_errors, parquet_file
from annotate._progress import Progress, report
from annotate.errors import PushError, StudioError
from annotate.schema._schema import DEFAULT_SCHEMA, Schema, load_schema
from annotate.schema._types import FEEDBACK_KEY
from annotate.studio._client import Client
from annotate.studio._local import connect, home_dir
from annotate.studio._predictions import attach_predictions, read_predictions, sentence_texts
from annotate.studio._project import find_projects, list_projects, several_projects
from annotate.studio._task_map import TaskMap, push_lock
from annotate.studio._task_sync import Repair, Watch, as_expected, catch_up, reconcile

__all__ = ["ChangePolicy", "PushResult", "push"]

ChangePolicy = Literal["keep", "update"]

# Keys of a task's data; the label config reads text, title and the two contexts.
TASK_KEYS = (
    "text",
    "title",
    "context_before",
    "context_after",
    "sentence_id",
    "article_id",
    "text_sha256",
    "source",
    "url",
)
# Measured against label-studio 1.23.2 (SQLite, 20,000 tasks): every import request costs
# about 0.2 s on top of the tasks it carries, so 1,000-task batches ran at half the speed of
# one bulk request; 10,000 keeps requests (and what an interrupted batch redoes) bounded.
DEFAULT_BATCH = 10_000
_REQUIRED = ("sentence_id", "text", "text_sha256")
_WHAT = "sentence table"  # how input errors name the table
# What push reads of a project. Naming the fields spares the server its per-project
# annotation and prediction counts, most of the cost of listing projects.
_PROJECT_FIELDS = "id,title,label_config,maximum_annotations,task_number,total_annotations_number"


@dataclass
class PushResult:
    """What one push did."""

    project: str
    project_id: int
    url: str
    created_project: bool = False
    updated_config: bool = False
    new_tasks: int = 0
    unchanged: int = 0
    changed: list[str] = field(default_factory=list)
    updated_tasks: int = 0
    rebuilt_map: bool = False
    # Extra tasks of one sentence deleted, and sentences whose several tasks all have
    # annotations (kept, for a person to merge).
    duplicates_removed: int = 0
    duplicates_annotated: list[str] = field(default_factory=list)
    predictions: int = 0
    ordered_by_uncertainty: bool = False
    # Titles of the server's other projects, when this push created its project.
    other_projects: list[str] = field(default_factory=list)


def push(
    sentences: str | Path,
    *,
    schema: Schema | str | Path = DEFAULT_SCHEMA,
    project: str | None = None,
    overlap: int = 1,
    on_change: ChangePolicy = "keep",
    force: bool = False,
    batch_size: int | None = None,
    predictions: str | Path | pd.DataFrame | list[dict[str, Any]] | None = None,
    order_by_uncertainty: bool = True,
    progress: Progress | None = None,
    client: Client | None = None,
) -> PushResult:
    """Push a sentence table to a Label Studio project.

    Parameters
    ----------
    sentences
        Parquet sentence table written by ``ingest``.
    schema
        The labelling schema (object or YAML path); the project is built from it.
    project
        Project title; defaults to the schema's name.
    overlap
        Annotators per task (Label Studio's ``maximum_annotations``), for agreement.
    on_change
        What to do with a sentence whose text hash differs from the pushed task: ``keep``
        leaves the task as it is and reports the sentence; ``update`` rewrites the task's
        data, but only for tasks nobody has annotated yet unless ``force`` is given.
    force
        Allow a schema change that removes labels in use, and ``update`` of annotated tasks.
    predictions
        Pre-annotations to attach: what ``annotate.predict`` or ``annotate.preannotate``
        return or write (a DataFrame or a Parquet/JSONL file), or Label Studio items
        ``{sentence_id, result, score, model_version}``; they replace earlier predictions of
        the same model version.
    order_by_uncertainty
        With predictions, switch the project to uncertainty sampling so that the tasks
        with the lowest score are served first.

    Raises
    ------
    PushError
        Before anything is sent, for a bad option (``on_change`` other than ``keep`` or
        ``update``) or a sentence table that cannot be read in full, lacks a column or
        repeats a sentence id; later, for a change the server or the schema refuses.

    Notes
    -----
    Any number of pushes may run at once, from any number of working folders: each
    sentence ends as exactly one task. Pushes sharing a folder take turns; others are
    reconciled through the server, which may delete a duplicate task another push made,
    but never a task with annotations (see ``PushResult.duplicates_removed`` and
    ``duplicates_annotated``).
    """
    schema = schema if isinstance(schema, Schema) else load_schema(schema)
    batch_size = DEFAULT_BATCH if batch_size is None else batch_size
    _check_options(overlap, on_change, batch_size)
    total = _check_table(sentences)
    # Read before the server is touched: a bad predictions file changes nothing there.
    rows = None if predictions is None else read_predictions(predictions, schema)
    client = client or connect()
    name = project or schema.name
    home = home_dir()
    with push_lock(home, client.connection.url, name):
        proj, created = _ensure_project(client, name, schema, overlap)
        result = PushResult(
            project=name, project_id=proj.id, url=f"{client.connection.url}/projects/{proj.id}"
        )
        result.created_project = created
        if created:
            # A new project is never made silently: the caller sees which ones were
            # already there (the demo's, a colleague's) in case one was meant.
            result.other_projects = [
                p.title for p in list_projects(client) if p.id != result.project_id
            ]
        else:
            result.updated_config = _update_project(client, proj, schema, overlap, force)
        task_map = TaskMap(home, client.connection.url, proj.id)
        try:
            _push_tasks(
                client, proj, created, sentences, total, task_map, result, batch_size, progress
            )
            _handle_changed(client, proj.id, task_map, result, sentences, on_change, force)
            if rows is not None:
                wanted = {r["sentence_id"] for r in rows}
                texts = sentence_texts(sentences, wanted)
                tasks = {sid: tid for sid, (tid, _) in task_map.entries().items()}
                result.predictions = attach_predictions(
                    client, proj.id, rows, tasks, texts, schema, order=order_by_uncertainty
                )
                result.ordered_by_uncertainty = order_by_uncertainty and bool(rows)
        finally:
            task_map.close()
    return result


def _check_options(overlap: int, on_change: str, batch_size: int) -> None:
    if overlap < 1:
        raise PushError(f"--overlap must be at least 1, got {overlap}", hint="use --overlap 2")
    choices = get_args(ChangePolicy)
    if on_change not in choices:
        raise PushError(
            f"on_change must be one of {', '.join(map(repr, choices))}, got {on_change!r}",
            hint="use 'keep' to report changed sentences or 'update' to rewrite their tasks",
        )
    if batch_size < 1:
        raise PushError(
            f"batch_size must be at least 1, got {batch_size}",
            hint=f"leave it out for the default of {DEFAULT_BATCH}",
        )


def _check_table(path: str | Path) -> int:
    """Read the whole sentence table once and return its row count, or fail naming it.

    Done before anything is sent, so that a truncated or foreign file, a missing column or
    a repeated sentence id stops the push with the server untouched, rather than after a
    project was created or half the batches were imported.
    """
    seen: set[str] = set()
    for batch in _record_batches(path, DEFAULT_BATCH):
        for sid in batch.column("sentence_id").to_pylist():
            if not sid:
                raise PushError(
                    f"{path} has a row without a sentence_id",
                    hint="write it again with `annotate ingest ... -o build/sentences.parquet`",
                )
            if sid in seen:
                raise PushError(
                    f"sentence id {sid!r} occurs twice in {path}",
                    hint="re-run `annotate ingest`; sentence ids must be unique",
                )
            seen.add(sid)
    return len(seen)


def _push_tasks(
    client: Client,
    proj: Any,
    created: bool,
    sentences: str | Path,
    total: int,
    task_map: TaskMap,
    result: PushResult,
    batch_size: int,
    progress: Progress | None,
) -> None:
    # Read with the project itself (one request fewer); a project just created has none.
    server_count = 0 if created else int(proj.task_number or 0)
    if task_map.dirty or server_count != len(task_map) + task_map.untracked:
        # An interrupted push, tasks changed in the UI, or another push: trust the server.
        repair = reconcile(client, proj.id, task_map)
        _record_repair(result, repair)
        result.rebuilt_map = True
        watch = Watch(seen=repair.highest_id)
    else:
        watch = Watch(seen=task_map.max_task_id())
    known = task_map.entries()
    _import_new(
        client, proj.id, sentences, total, known, task_map, watch, result, batch_size, progress
    )
    if watch.suspect or (watch.ours and not as_expected(client, proj.id, task_map, watch)):
        _record_repair(result, reconcile(client, proj.id, task_map))
        result.rebuilt_map = True
    elif watch.ours:
        task_map.dirty = False


def _record_repair(result: PushResult, repair: Repair) -> None:
    result.duplicates_removed += repair.deleted
    result.duplicates_annotated = repair.annotated_copies


def _ensure_project(client: Client, name: str, schema: Schema, overlap: int) -> tuple[Any, bool]:
    same = find_projects(client, name, include=_PROJECT_FIELDS)
    if len(same) > 1:
        raise several_projects(name, same)
    if same:
        return same[0], False
    created = client.call(
        "create the project",
        client.sdk.projects.create,
        title=name,
        description=_description(schema),
        label_config=schema.label_config(),
        expert_instruction=schema.instructions_html(),
        show_instruction=True,
        show_skip_button=True,
        maximum_annotations=overlap,
        retry=False,
    )
    # Another push may have created the same project at the same moment, and a create the
    # SDK retried after the server answered 500 ("database is locked" while another push
    # writes) may have left a second one. The oldest wins for everyone; the newer ones are
    # still empty (nobody imports into a project that is not the oldest) and are deleted,
    # by whichever push sees them first. Only a push that has just created a project does
    # this: several projects found before that are someone's, and stay an error.
    same = find_projects(client, name, include=_PROJECT_FIELDS) or [created]
    for extra in same[1:]:
        if not extra.task_number:
            with contextlib.suppress(StudioError):  # another push deleted it first
                client.call("delete a duplicate project", client.sdk.projects.delete, id=extra.id)
    return same[0], same[0].id == created.id


def _description(schema: Schema) -> str:
    prov = schema.provenance()
    return (
        f"Schema {prov['name']} {prov['version']} (guidelines {prov['guidelines_version']}, "
        f"sha256 {str(prov['sha256'])[:12]}). Managed by `annotate push`."
    )


def _update_project(client: Client, proj: Any, schema: Schema, overlap: int, force: bool) -> bool:
    new_config = schema.label_config()
    changes: dict[str, Any] = {}
    if proj.maximum_annotations != overlap:
        changes["maximum_annotations"] = overlap
    if _normalise(proj.label_config) != _normalise(new_config):
        removed = sorted(_labels(proj.label_config) - _labels(new_config))
        in_use = (proj.total_annotations_number or 0) > 0
        if removed and in_use and not force:
            listed = ", ".join(f"{c}={v}" for c, v in removed[:20])
            raise PushError(
                f"project {proj.title!r} has {proj.total_annotations_number} annotations and the "
                f"new schema removes labels they may use: {listed}",
                hint="keep those labels in the schema (bump its major version to rename them), "
                "or pass --force to change the project anyway",
            )
        changes.update(
            label_config=new_config,
            expert_instruction=schema.instructions_html(),
            description=_description(schema),
        )
    if not changes:
        return False
    client.call("update the project", client.sdk.projects.update, id=proj.id, **changes)
    return "label_config" in changes


def _normalise(config: str | None) -> str:
    return "".join((config or "").split())


def _labels(config: str | None) -> set[tuple[str, str]]:
    """(control name, label value) pairs a label config offers."""
    if not config:
        return set()
    pairs = set()
    for control in ET.fromstring(config).iter():
        if "toName" in control.attrib and "name" in control.attrib:
            for child in control:
                if "value" in child.attrib:
                    pairs.add((control.attrib["name"], child.attrib["value"]))
    return pairs


def _open(path: str | Path) -> Any:
    parquet = parquet_file(path, _WHAT)
    missing = [k for k in _REQUIRED if k not in parquet.schema.names]
    if missing:
        raise PushError(
            f"{path} is not a sentence table: it has no column {', '.join(missing)}",
            hint="write one with `annotate ingest ... -o build/sentences.parquet`",
        )
    return parquet


def _record_batches(path: str | Path, batch_size: int) -> Iterator[pa.RecordBatch]:
    parquet = _open(path)
    columns = [k for k in TASK_KEYS if k in parquet.schema.names]
    with parquet_errors(path, _WHAT):
        yield from parquet.iter_batches(batch_size=batch_size, columns=columns)


def _task_data(row: dict[str, Any]) -> dict[str, Any]:
    # Label Studio needs every variable of the config present; JSON needs plain types.
    data = {k: ("" if row.get(k) is None else row[k]) for k in TASK_KEYS}
    if all(type(v) is str for v in data.values()):
        return data  # already what the JSON round trip below would give, at a tenth the cost
    return json.loads(json.dumps(data, default=str))


def _import_new(
    client: Client,
    project_id: int,
    sentences: str | Path,
    total: int,
    known: dict[str, tuple[int, str | None]],
    task_map: TaskMap,
    watch: Watch,
    result: PushResult,
    batch_size: int,
    progress: Progress | None,
) -> None:
    tick = report(progress)
    for batch in _record_batches(sentences, batch_size):
        # Diff on the two key columns; only new rows are turned into task data.
        sids = batch.column("sentence_id").to_pylist()
        shas = ["" if sha is None else sha for sha in batch.column("text_sha256").to_pylist()]
        if any(sid not in known for sid in sids):
            catch_up(client, project_id, known, task_map, watch)
        fresh = []
        for i, (sid, sha) in enumerate(zip(sids, shas, strict=True)):
            if sid not in known:
                fresh.append(i)
            elif known[sid][1] != sha:
                result.changed.append(sid)
            else:
                result.unchanged += 1
        if fresh:
            new = [_task_data(row) for row in batch.take(pa.array(fresh)).to_pylist()]
            # Marked before the first request and cleared after the check at the end: if
            # we die in between, the next push rebuilds the map from the server instead
            # of importing a batch a second time.
            if not task_map.dirty:
                task_map.dirty = True
            ids = client.import_tasks(project_id, new, retry=False)
            if len(ids) != len(new):
                raise PushError(
                    f"Label Studio created {len(ids)} tasks for {len(new)} sentences",
                    hint="run the same push again; it reconciles with the server",
                )
            rows = [
                (d["sentence_id"], tid, d["text_sha256"]) for d, tid in zip(new, ids, strict=True)
            ]
            task_map.add(rows)
            known.update((sid, (tid, sha)) for sid, tid, sha in rows)
            watch.add_ours(ids)
            result.new_tasks += len(new)
        tick("push", len(batch), total)


def _handle_changed(
    client: Client,
    project_id: int,
    task_map: TaskMap,
    result: PushResult,
    sentences: str | Path,
    on_change: ChangePolicy,
    force: bool,
) -> None:
    """Settle sentences whose text hash differs from the map's, against the server.

    The map records the hash a task was given, so a task already carrying the new text
    (updated by this push, or by a push from another folder) is unchanged from then on.
    """
    if not result.changed:
        return
    entries = task_map.entries()
    task_ids = {sid: entries[sid][0] for sid in result.changed if sid in entries}
    server = {int(t.id): t for t in client.tasks(project_id, ids=list(task_ids.values()))}
    still: set[str] = set()
    blocked = []
    for batch in _record_batches(sentences, DEFAULT_BATCH):
        sids = batch.column("sentence_id").to_pylist()
        rows = [i for i, sid in enumerate(sids) if sid in task_ids]
        for data in (_task_data(r) for r in batch.take(pa.array(rows, pa.int64())).to_pylist()):
            sid, sha = data["sentence_id"], data["text_sha256"]
            task = server.get(task_ids[sid])
            if task is None:
                # The map names a task the server no longer has: rebuild it next time.
                task_map.dirty = True
                continue
            if (task.data or {}).get("text_sha256") == sha:
                task_map.add([(sid, int(task.id), sha)])
                result.unchanged += 1
                continue
            still.add(sid)
            if on_change == "keep":
                continue
            if (task.total_annotations or 0) > 0 and not force:
                blocked.append(sid)
                continue
            # The server replaces a task's whole data: keep the message `annotate feedback`
            # left on it, or the annotator loses it until the next feedback run.
            if FEEDBACK_KEY in (task.data or {}):
                data = {**data, FEEDBACK_KEY: task.data[FEEDBACK_KEY]}
            client.call("update a task", client.sdk.tasks.update, id=task.id, data=data)
            task_map.add([(sid, int(task.id), sha)])
            result.updated_tasks += 1
    result.changed = [sid for sid in result.changed if sid in still]
    if blocked:
        raise PushError(
            f"{len(blocked)} changed sentences already have annotations, whose spans would no "
            f"longer match the text: {', '.join(blocked[:10])}",
            hint="review them in Label Studio, or pass --force to update them anyway",
        )
