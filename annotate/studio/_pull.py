"""Pull stage: Label Studio annotations -> a validated, pseudonymised annotation table.

Incremental by default: only tasks whose ``updated_at`` is newer than the last pull's
watermark are read (the Data Manager filter answers in about 0.1 s, where reading all of
20,000 tasks takes about 40 s) and merged into the snapshot kept under the toolkit home.
Label Studio bumps a task's ``updated_at`` when one of its annotations is created,
updated or deleted, so changed and deleted annotations come along; deleted tasks are
found by comparing the project's task count with the snapshot. The table is that of the
whole snapshot every time, so an incremental pull writes the same table as a full one; to
cost what changed rather than the project, it is the last pull's table with the rows of
changed and deleted tasks rebuilt (see ``_build``).

A full pull reads the server's export snapshot (``_pull_export``: streamed to disk, parsed
task by task), which costs the server about half of listing every task, and goes through it
once, a batch at a time: slimmed, appended to the new snapshot file, built into rows and
written to the tables in row groups (``_pull_full``), so its memory is flat in the size of
the project (issue 14). An incremental pull lists the changed tasks in pages ordered by id,
and merges each page into the last table while the next one is listed (``_pull_merge``).
Either way every batch or page is checkpointed, so a pull that is interrupted (network,
Ctrl-C) continues where it stopped when run again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as _pc
import pyarrow.parquet as pq

from annotate._files import atomic_files, check_output, sha256_file
from annotate._progress import Progress, report
from annotate.schema._schema import DEFAULT_SCHEMA, Schema, load_schema
from annotate.studio import _pull_export as export
from annotate.studio import _pull_fetch as fetch
from annotate.studio._client import Client
from annotate.studio._heap import frozen_heap
from annotate.studio._local import connect, home_dir
from annotate.studio._project import require_project
from annotate.studio._pseudonym import Pseudonymizer, load_key, remembered
from annotate.studio._pull_index import TaskIndex
from annotate.studio._pull_merge import PageMerge, castable, merge_into
from annotate.studio._pull_parquet import HashingSink, RowGroupWriter
from annotate.studio._pull_state import PullState, Run
from annotate.studio._pull_table import (
    ROWS_SCHEMA,
    VIOLATIONS_SCHEMA,
    Builder,
    Built,
    Tally,
    build,
)

# pyarrow.compute makes its functions at import time; no stub knows them.
pc: Any = _pc

__all__ = ["PullResult", "pull"]


@dataclass
class PullResult:
    """What one pull did and found.

    Attributes
    ----------
    project, project_id, url
        The Label Studio project pulled.
    output, violations_output : pathlib.Path
        The annotation table and the violations report (both Parquet).
    rows : int
        Rows written to ``output``.
    tasks : int
        Tasks in the project.
    annotations, cancelled : int
        Submitted annotations, and cancelled (skipped) ones, which are not labels.
    drafts, predictions : int
        Drafts and predictions seen, counted but never mixed into labels. Saving a draft
        does not bump a task's ``updated_at``, so after an incremental pull a draft count
        is as of the last change of its task; ``full=True`` counts them afresh.
    annotators : int
        Distinct annotators (pseudonyms).
    fetched, deleted : int
        Tasks read from the server by this call, and tasks dropped as deleted.
    full, resumed : bool
        Whether every task was read, and whether an interrupted pull was continued.
    violations : dict
        Annotator pseudonym -> rule id -> count of consistency violations.
    schema_version : str
    """

    project: str
    project_id: int
    url: str
    output: Path
    violations_output: Path
    schema_version: str
    rows: int = 0
    tasks: int = 0
    annotations: int = 0
    cancelled: int = 0
    drafts: int = 0
    predictions: int = 0
    annotators: int = 0
    fetched: int = 0
    deleted: int = 0
    full: bool = False
    resumed: bool = False
    violations: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def violation_count(self) -> int:
        """All violations of all annotators."""
        return sum(sum(rules.values()) for rules in self.violations.values())


def violations_path(output: Path) -> Path:
    """Where the violations report of ``output`` goes: ``<stem>.violations.parquet``."""
    return output.with_name(f"{output.stem}.violations.parquet")


def pull(
    project: str | None,
    output: str | Path,
    *,
    schema: Schema | str | Path = DEFAULT_SCHEMA,
    full: bool = False,
    progress: Progress | None = None,
    client: Client | None = None,
    page_size: int = fetch.PAGE_SIZE,
) -> PullResult:
    """Pull a project's annotations into a Parquet table, one row per annotation and field.

    Parameters
    ----------
    project : str or None
        Project title; None means the schema's name.
    output : str or pathlib.Path
        The Parquet file to write. The violations report goes beside it as
        ``<stem>.violations.parquet``.
    schema : Schema or path
        Every value is validated against it; its rules are checked on every annotation.
    full : bool
        Read every task instead of only those changed since the last pull. The table is
        the same either way; use it when the state under the toolkit home is suspect.
    progress : callable, optional
        Called as ``progress("pull", tasks_done, tasks_in_all)`` page by page (see
        :mod:`annotate._progress`).
    client : Client, optional
        Defaults to :func:`annotate.studio._local.connect`.
    page_size : int
        Tasks per request and per checkpoint.

    Returns
    -------
    PullResult

    Raises
    ------
    LabelError
        Once, listing every annotation with a label or control the schema does not know
        (the label config was edited in Label Studio) and the valid labels. The fetched
        tasks are kept, so the next pull after the fix reads only what changed.
    StudioError
        The server is unreachable, refuses the token, or has no such project.

    Examples
    --------
    >>> result = pull("news-stance", "annotations.parquet")  # doctest: +SKIP
    >>> result.violations  # doctest: +SKIP
    {'annotator-3f9c0a71be': {'hedged-needs-cue': 2}}
    """
    schema = schema if isinstance(schema, Schema) else load_schema(schema)
    output = Path(output)
    # Before the server is asked anything: a pull that cannot be saved is not started.
    check_output(output, what="annotation table")
    check_output(violations_path(output), what="violations report")
    client = client or connect()
    name = project or schema.name
    proj = require_project(client, name)
    home = home_dir()
    state = PullState(home, client.connection.url, name)
    result = PullResult(
        project=name,
        project_id=proj.id,
        url=f"{client.connection.url}/projects/{proj.id}",
        output=output,
        violations_output=violations_path(output),
        schema_version=schema.version,
    )
    built = None
    if not full:
        built = _pull_incremental(
            client, proj.id, state, home, result, schema, progress=progress, size=page_size
        )
    if built is None:
        # Its millions of short-lived objects would otherwise have every full collection
        # walk the whole interpreter's heap (see ``_heap``).
        with frozen_heap():
            built = _pull_full(
                client, proj.id, state, home, result, schema, progress=progress, size=page_size
            )
    result.rows = built.row_count
    result.annotations, result.cancelled = built.annotations, built.cancelled
    result.drafts, result.predictions = built.drafts, built.predictions
    result.annotators = built.annotators
    result.violations = built.by_annotator
    return result


def _record_built(
    state: PullState, meta: dict[str, Any], schema: Schema, output: Path, digests: list[str]
) -> None:
    """Record that the tables about to replace the old ones are the build of this snapshot.

    ``digests`` are the sha256 of the two files (hashed as they were written). The next
    incremental pull starts from them (if they are still there, unchanged) instead of
    rebuilding it all. Recorded before the renames: if they never happen, the checksums
    do not match the files and the next pull rebuilds.
    """
    meta["built"] = {
        "schema_sha256": _schema_key(schema),
        "output": str(output.resolve()),
        "rows_sha256": digests[0],
        "violations_sha256": digests[1],
    }
    state.write_meta(meta)


@contextlib.contextmanager
def _tables(
    output: Path, violations: Path, record: Callable[[list[str]], None]
) -> Iterator[tuple[RowGroupWriter, RowGroupWriter]]:
    """The two table files, written in row groups; both replace the old ones only once
    both are written, so a failure leaves the old pair. ``record`` gets their sha256
    before the renames."""
    sinks: list[HashingSink] = []

    def hashed(paths: list[Path]) -> None:
        record([sink.hexdigest() for sink in sinks])

    # An error of the work done while the files are open (a full pull reads the server
    # meanwhile) passes through atomic_files as it is: it is an AnnotateError.
    with atomic_files(output, violations, before_rename=hashed) as files:
        sinks.extend(HashingSink(fh) for fh in files)
        writers = (
            RowGroupWriter(sinks[0], ROWS_SCHEMA),
            RowGroupWriter(sinks[1], VIOLATIONS_SCHEMA),
        )
        try:
            yield writers
        except BaseException:
            # The files are thrown away; their writers are closed here so that none
            # writes a footer later to a file already closed.
            for writer in writers:
                with contextlib.suppress(Exception):
                    writer.close()
            raise
        for writer in writers:
            writer.close()


@dataclass
class _Synced:
    """The snapshot after a sync, and what this sync changed in it."""

    meta: dict[str, Any]
    index: TaskIndex  # task id -> (drafts, predictions)
    changed: dict[int, dict[str, Any]]  # tasks read by this pull (and not deleted)
    gone: set[int]
    previous: dict[str, Any] | None  # the meta of the pull before, None after a full one


@dataclass
class _Listing:
    """An incremental pull about to list what changed: the last pull's state and the
    checkpoint of this one."""

    meta: dict[str, Any]
    index: TaskIndex
    run: Run
    pseudonyms: Pseudonymizer
    since: str | None


def _pull_incremental(
    client: Client,
    project_id: int,
    state: PullState,
    home: Path,
    result: PullResult,
    schema: Schema,
    *,
    progress: Progress | None,
    size: int,
) -> Built | None:
    """Read what changed and write the tables; None when only a full read can do it.

    When the last table can be reused and the project's task count says no task is gone,
    the merge runs while the changes are listed (:func:`_overlapped`). Otherwise, or when
    the listing turns up new tasks and the count after it says some are gone, the tasks
    are all listed first and the tables built after (:func:`_sync`, :func:`_build`).
    """
    listing = _start(client, project_id, state, home, result)
    if listing is None:
        return None
    base = _previous_files(listing.meta, schema)
    synced: _Synced | None
    # Asked before the listing (one cheap request, asked after it otherwise): deleted
    # tasks are only found by it, and their rows must not be merged through.
    if base is not None and fetch.task_count(client, project_id) == len(listing.index):
        outcome = _overlapped(
            client, project_id, state, listing, result, schema, base, progress=progress, size=size
        )
        if isinstance(outcome, Built):
            return outcome
        synced = outcome
    else:
        synced = _sync(client, project_id, state, listing, result, progress=progress, size=size)
    if synced is None:
        return None
    result.tasks = len(synced.index)

    def record(digests: list[str]) -> None:
        assert synced is not None
        _record_built(state, synced.meta, schema, result.output, digests)

    with _tables(result.output, result.violations_output, record) as (rows, violations):
        return _build(synced, base, state, schema, result.project, rows, violations)


def _start(
    client: Client, project_id: int, state: PullState, home: Path, result: PullResult
) -> _Listing | None:
    """The last pull's state and this pull's checkpoint; None when there is no usable
    snapshot."""
    meta = state.meta(project_id)
    index = None if meta is None else state.index(meta)
    if meta is None or index is None:
        return None
    since = meta["watermark"]
    run, result.resumed = state.run(project_id, False, since, fetch.server_time(client, project_id))
    url = client.connection.url
    pseudonyms = Pseudonymizer(
        load_key(home), fetch.user_emails(client), url, known=remembered(home, url)
    )
    return _Listing(meta, index, run, pseudonyms, since)


class _Late(Exception):
    """Tasks turned out deleted after the merge had begun: throw its tables away."""


def _overlapped(
    client: Client,
    project_id: int,
    state: PullState,
    listing: _Listing,
    result: PullResult,
    schema: Schema,
    base: tuple[Path, Path],
    *,
    progress: Progress | None,
    size: int,
) -> Built | _Synced | None:
    """List the changed tasks while the last table is merged with them, page by page.

    The task count was the snapshot's before the listing. Returns the merged tables'
    counts; or, when the listing turned up new tasks and the count after it says tasks
    are gone, the synced snapshot, to build after (None: only a full read will do).
    """
    meta: dict[str, Any] | None = None  # set below, before the tables are closed
    synced: _Synced | None = None

    def record(digests: list[str]) -> None:
        # Called as the tables close, by when ``meta`` holds the synced snapshot's.
        assert meta is not None
        _record_built(state, meta, schema, result.output, digests)

    with (
        contextlib.suppress(_Late),
        _tables(result.output, result.violations_output, record) as (rows, violations),
        PageMerge(base, schema, result.project, rows, violations) as merge,
    ):
        run = listing.run
        resumed = list(run.tasks())
        if resumed:
            merge.add(resumed, run.last_id)
        _fetch_pages(
            client, project_id, run, listing.pseudonyms, listing.since, size, progress, merge.add
        )
        synced = _settle(client, project_id, state, listing, result, counted=True)
        if synced is None or synced.gone:
            raise _Late
        meta = synced.meta
        result.tasks = len(synced.index)
        drafts, predictions = synced.index.totals()
        return merge.finish(drafts=drafts, predictions=predictions)
    return synced


def _sync(
    client: Client,
    project_id: int,
    state: PullState,
    listing: _Listing,
    result: PullResult,
    *,
    progress: Progress | None,
    size: int,
) -> _Synced | None:
    """Bring the snapshot up to date with the server by reading what changed.

    Returns None when only a full read can do it: the server has tasks the snapshot never
    saw.
    """
    _fetch_pages(client, project_id, listing.run, listing.pseudonyms, listing.since, size, progress)
    return _settle(client, project_id, state, listing, result, counted=False)


def _settle(
    client: Client,
    project_id: int,
    state: PullState,
    listing: _Listing,
    result: PullResult,
    *,
    counted: bool,
) -> _Synced | None:
    """Save the snapshot with the tasks listed, and without those deleted.

    ``counted``: the task count was asked before the listing and was the snapshot's, so
    it is asked again only if the listing turned up tasks the snapshot did not have.
    Returns None when only a full read can do it (see :func:`_sync`).
    """
    run, index, meta = listing.run, listing.index, listing.meta
    changed = {t["id"]: t for t in run.tasks()}
    ids = np.fromiter(changed, np.int64, len(changed))
    added = not index.contains(ids).all()
    index.update({i: (t["drafts"], t["predictions"]) for i, t in changed.items()})
    result.fetched, result.full = len(changed), False
    watermark = _watermark(run, changed.values(), listing.since)

    gone: set[int] = set()
    if (added or not counted) and fetch.task_count(client, project_id) != len(index):
        # Deleting a task leaves no trace in the updated_at filter: find which are gone.
        live = fetch.task_ids(client, project_id)
        known = index.keys()
        gone = known - live
        result.deleted = len(gone)
        index.drop(gone)
        for task_id in gone:
            changed.pop(task_id, None)
        if live - known:
            # Tasks the snapshot never saw (the state was copied, or the clock jumped):
            # only a full read can be trusted now.
            state.clear_run()
            result.deleted = 0
            return None
    new_meta = state.save(
        project_id, watermark, index, changed=changed.values(), deleted=gone, previous=meta
    )
    state.clear_run()
    return _Synced(new_meta, index, changed, gone, meta)


def _pull_full(
    client: Client,
    project_id: int,
    state: PullState,
    home: Path,
    result: PullResult,
    schema: Schema,
    *,
    progress: Progress | None,
    size: int,
) -> Built:
    """Read every task from the export and write the snapshot and the tables as it goes.

    One pass, one batch of ``size`` tasks at a time: each batch is slimmed, appended to
    the snapshot file (the checkpoint: that file and a task count, taken every few MB, see
    ``Run.append``), built into rows and written to the tables in row groups, so memory
    is flat in project size and no task is written and read back. Resumed, the tasks
    already in the snapshot file are read back once. An export not in task id order, or
    tasks deleted while it was read, cost a second pass: the snapshot file is sorted (and
    the deleted dropped), then the tables are built from it.
    """
    started = fetch.server_time(client, project_id)
    run, result.resumed = state.run(project_id, True, None, started)
    if result.resumed and not (run.folder / export.EXPORT_FILE).exists():
        # The export it read from is gone (found damaged, or never downloaded whole): a
        # new one may hold the tasks in another order, so counting tasks done in it means
        # nothing. Start over (tasks read but not yet checkpointed count for nothing too).
        state.clear_run()
        run, result.resumed = state.run(project_id, True, None, started)
    url = client.connection.url
    pseudonyms = Pseudonymizer(
        load_key(home), fetch.user_emails(client), url, known=remembered(home, url)
    )
    index: dict[int, tuple[int, int]] = {}
    meta: dict[str, Any] | None = None  # set below, before the tables are closed
    gone: set[int] = set()

    def record(digests: list[str]) -> None:
        # Called as the tables close, by when ``meta`` holds the adopted snapshot's.
        assert meta is not None
        _record_built(state, meta, schema, result.output, digests)

    with (
        contextlib.suppress(_Unordered),
        _tables(result.output, result.violations_output, record) as (rows, violations),
    ):
        builder = Builder(schema, result.project, _emit(rows, violations))

        def take(batch: list[dict[str, Any]]) -> None:
            index.update((t["id"], (t["drafts"], t["predictions"])) for t in batch)
            if run.ordered:
                builder.add(batch)

        for batch in _batches(run.appended(), size):
            take(batch)
        for batch in _fetch_export(client, project_id, run, pseudonyms, size, progress):
            run.append(batch)
            take(batch)
        run.flush()
        gone = _finish_full(client, project_id, state, run, index, result)
        if not run.ordered or gone:
            raise _Unordered
        result.tasks = len(index)
        meta = state.adopt(project_id, _full_watermark(run), index, run)
        state.clear_run()
        return builder.finish()

    # The second pass: the snapshot in id order, without the deleted tasks.
    for task_id in gone:
        del index[task_id]
    result.tasks = len(index)
    with _tables(result.output, result.violations_output, record) as (rows, violations):
        builder = Builder(schema, result.project, _emit(rows, violations))
        for batch in _batches(run.in_order(drop=gone), size):
            builder.add(batch)
        meta = state.adopt(project_id, _full_watermark(run), index, run)
        state.clear_run()
        return builder.finish()


class _Unordered(Exception):
    """The tables written so far are not the snapshot's, in order: throw them away."""


def _finish_full(
    client: Client,
    project_id: int,
    state: PullState,
    run: Run,
    index: dict[int, tuple[int, int]],
    result: PullResult,
) -> set[int]:
    """The tasks of the export deleted since it was made (usually none)."""
    result.fetched, result.full = len(index), True
    if fetch.task_count(client, project_id) == len(index):
        return set()
    gone = index.keys() - fetch.task_ids(client, project_id)
    result.deleted = len(gone)
    return gone


def _full_watermark(run: Run) -> str | None:
    started = fetch.parse_ts(run.meta.get("started"))
    if started is not None:
        return fetch.format_ts(started - fetch.COMMIT_LAG)
    newest: str | None = run.meta.get("newest")
    return newest


def _emit(rows: RowGroupWriter, violations: RowGroupWriter) -> Callable[[pa.Table, pa.Table], None]:
    def emit(r: pa.Table, v: pa.Table) -> None:
        rows.add(r)
        violations.add(v)

    return emit


def _batches(tasks: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for task in tasks:
        batch.append(task)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _build(
    synced: _Synced,
    base: tuple[Path, Path] | None,
    state: PullState,
    schema: Schema,
    project: str,
    rows: RowGroupWriter,
    violations: RowGroupWriter,
) -> Built:
    """Write the table of the whole snapshot: rebuilt only where tasks changed, when it can be.

    ``base``, the last pull's table, is given when it can be reused: it was built from the
    snapshot version this pull started from, with the same schema, and its files are
    unchanged (sha256, :func:`_previous_files`). It is read
    a row group at a time: its rows of changed and deleted tasks are left out and the rows
    of a build of those tasks go in at their task id's place, so the result is exactly a
    build from scratch (every task's rows contiguous, tasks in id order), and memory holds
    one row group and the changed tasks, not the project (600,000 annotations took 3 GB
    when the old table was merged whole).
    """
    drafts, predictions = synced.index.totals()
    if base is None:
        tasks = synced.changed if synced.previous is None else state.snapshot()
        built = build(tasks.values(), schema, project)
        rows.add(built.rows)
        violations.add(built.violations)
        return built
    part = build(synced.changed.values(), schema, project)
    drop = pa.array(sorted(synced.changed.keys() | synced.gone), pa.int64())
    tally = Tally()
    merge_into(base[0], ROWS_SCHEMA, part.rows, drop, rows, tally.add_rows)
    merge_into(base[1], VIOLATIONS_SCHEMA, part.violations, drop, violations, tally.add_violations)
    return tally.built(drafts=drafts, predictions=predictions)


def _previous_files(previous: dict[str, Any] | None, schema: Schema) -> tuple[Path, Path] | None:
    """The last pull's two table files, if they can be reused (see :func:`_build`)."""
    built = (previous or {}).get("built")
    if not built or built.get("schema_sha256") != _schema_key(schema):
        return None
    rows_path = Path(built["output"])
    violations_path_ = violations_path(rows_path)
    try:
        if (
            sha256_file(rows_path) != built["rows_sha256"]
            or sha256_file(violations_path_) != built["violations_sha256"]
        ):
            return None
        # Read before anything is written: a file that cannot be opened or cast is rebuilt
        # from the snapshot instead (only a shortcut is lost).
        for path, want in ((rows_path, ROWS_SCHEMA), (violations_path_, VIOLATIONS_SCHEMA)):
            castable(pq.ParquetFile(path).schema_arrow.empty_table(), want)
    except (OSError, pa.ArrowException):
        return None
    return rows_path, violations_path_


def _schema_key(schema: Schema) -> str:
    return str(schema.provenance()["sha256"])


def _watermark(run: Run, fetched: Iterable[dict[str, Any]], since: str | None) -> str | None:
    """Up to when this pull has seen every change: the next pull asks for later ones."""
    started = fetch.parse_ts(run.meta.get("started"))
    if started is not None:
        # Not the newest updated_at seen: a bulk import stamps thousands of tasks within a
        # second, and a margin below that would re-read them all on every pull.
        return fetch.format_ts(started - fetch.COMMIT_LAG)
    # No server clock: the newest stamp seen (fixed-width UTC strings sort by time); the
    # tasks not read now were all stamped at or before ``since``.
    stamps = [t["updated_at"] for t in fetched if t["updated_at"]]
    return max([*stamps, since or ""]) or None


def _fetch_pages(
    client: Client,
    project_id: int,
    run: Run,
    annotator: Pseudonymizer,
    since: str | None,
    size: int,
    progress: Progress | None,
    taken: Callable[[list[dict[str, Any]], int], None] | None = None,
) -> None:
    """List the tasks changed since ``since``, page by page, each checkpointed in ``run``
    and then handed to ``taken`` with the last task id listed so far."""
    since_ts = fetch.parse_ts(since)
    tick, total = report(progress), None
    while True:
        page, remaining = fetch.fetch_page(client, project_id, run.last_id, since_ts, size)
        if progress is not None and total is None:
            # A resumed pull starts from the pages an interrupted one already fetched.
            done = sum(1 for _ in run.tasks())
            total = done + (len(page) if remaining is None else remaining)
            tick("pull", done, total)
        if not page:
            break
        slimmed = [fetch.slim_task(t, annotator) for t in page]
        run.add_page(slimmed)
        if taken is not None:
            taken(slimmed, run.last_id)
        tick("pull", len(page), total)
        # ``remaining`` counts every match after the last id: a page that holds them all
        # is the last, and asking again would cost the server its filter over the whole
        # project for an empty page (a task changed meanwhile is the next pull's).
        if len(page) < size or (remaining is not None and len(page) >= remaining):
            break


def _fetch_export(
    client: Client,
    project_id: int,
    run: Run,
    annotator: Pseudonymizer,
    size: int,
    progress: Progress | None,
) -> Iterator[list[dict[str, Any]]]:
    """Every task of the server's export after those done, slimmed, ``size`` at a time.

    The caller checkpoints each batch before asking for the next.
    """
    total = fetch.task_count(client, project_id)
    path = run.folder / export.EXPORT_FILE
    if not path.exists():
        export.download_export(client, project_id, path, tasks=total)
    tick = report(progress)
    done = run.done
    # The export may hold more or fewer tasks than counted a moment before: never report
    # more done than in all.
    tick("pull", min(done, total), max(done, total))
    drafts_of = fetch.whoami(client)
    batch: list[dict[str, Any]] = []
    for task in export.read_export(path, skip=done):
        batch.append(fetch.slim_task(task, annotator, drafts_of=drafts_of))
        if len(batch) == size:
            yield batch
            tick("pull", len(batch), max(run.done, total))
            batch = []
    if batch:
        yield batch
        tick("pull", len(batch), max(run.done, total))
