"""The last pull's table merged with the rows of the tasks that changed since.

The old table is in task id order, and the changed tasks are listed in task id order too
(keyset pages, ``ordering: tasks:id``), so the old table can be written up to the last task
id listed so far while the next page is still on its way. :class:`PageMerge` does that in
a thread: at 200,000 tasks the server takes about 4 s to list 1,000 changed tasks and the
merge about 2 CPU s; one after the other they cost the sum, overlapped about the larger
(issue 14).

Each old row group goes through as Arrow slices, cut around the rows left out and where the
new rows go in: no row is copied before the writer copies each group once (a filter, a sort
and a take of every group were a third of the merge).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as _pc
import pyarrow.parquet as pq

from annotate.schema._schema import Schema
from annotate.studio._pull_parquet import RowGroupWriter
from annotate.studio._pull_table import (
    ROWS_SCHEMA,
    VIOLATIONS_SCHEMA,
    Builder,
    Built,
    Tally,
    with_records_column,
)

# pyarrow.compute makes its functions at import time; no stub knows them.
pc: Any = _pc

__all__ = ["PageMerge", "castable", "merge_into"]


def castable(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` (a table of an older pull) in ``schema``."""
    if schema is ROWS_SCHEMA:
        table = with_records_column(table)
    return table.cast(schema)


class _Stream:
    """One old table on its way to ``writer``: its row groups not yet written, and the new
    rows not yet placed among them. ``count`` sees every piece written.

    New rows come in task id order, each batch after the one before; a group is written
    once every new row up to its last task id is known (:meth:`advance`).
    """

    def __init__(
        self,
        path: Path,
        schema: pa.Schema,
        writer: RowGroupWriter,
        count: Callable[[pa.Table], None],
    ) -> None:
        self._schema, self._writer, self._count = schema, writer, count
        self._groups = _row_groups(path)
        self._waiting: tuple[pa.Table, np.ndarray] | None = None
        self._part = schema.empty_table()
        self._ids: np.ndarray = np.empty(0, np.int64)
        self._dropped: np.ndarray = np.empty(0, np.int64)

    def add(self, part: pa.Table, drop: np.ndarray) -> None:
        """New rows (sorted by task id, after those added before) and the task ids whose old
        rows are left out."""
        if part.num_rows:
            self._part = pa.concat_tables([self._part, part])
            self._ids = np.concatenate([self._ids, part.column("task_id").to_numpy()])
        self._dropped = np.concatenate([self._dropped, drop])

    def advance(self, upto: int | None) -> None:
        """Write every old row group whose last task id is at most ``upto``; None: all of
        them and the new rows after the last."""
        while True:
            if self._waiting is None:
                old = next(self._groups, None)
                if old is None:
                    break
                if not old.schema.equals(self._schema):
                    old = castable(old, self._schema)
                if not old.num_rows:
                    continue
                self._waiting = (old, old.column("task_id").to_numpy())
            old, old_ids = self._waiting
            last = old_ids[-1]
            if upto is not None and last > upto:
                return
            # No kept task has new rows (a changed task's old rows are dropped): the new
            # rows up to this group's last task id belong among this group's rows.
            stop = int(np.searchsorted(self._ids, last, side="right"))
            dropped = np.isin(old_ids, self._dropped)
            self._put(_spliced(old, old_ids, dropped, self._part, self._ids, stop))
            self._part, self._ids = self._part.slice(stop), self._ids[stop:]
            self._waiting = None
        if upto is None and self._part.num_rows:
            self._put(self._part)
            self._part, self._ids = self._schema.empty_table(), self._ids[:0]

    def close(self) -> None:
        """Stop reading the old table (its decoding thread ends)."""
        self._groups.close()

    def _put(self, piece: pa.Table) -> None:
        self._writer.add(piece)
        self._count(piece)


def merge_into(
    path: Path,
    schema: pa.Schema,
    part: pa.Table,
    drop: pa.Array,
    writer: RowGroupWriter,
    count: Callable[[pa.Table], None],
) -> None:
    """Write the table at ``path`` without the tasks in ``drop`` and with ``part``'s rows in
    task id order, one row group at a time; ``count`` sees every piece written."""
    # A stable sort: rows of one task keep their order.
    part = part.take(pc.sort_indices(part, sort_keys=[("task_id", "ascending")]))
    stream = _Stream(path, schema, writer, count)
    try:
        stream.add(part, drop.to_numpy())
        stream.advance(None)
    finally:
        stream.close()


class PageMerge:
    """The last table merged with the changed tasks as they are listed, in a thread.

    The caller hands it each page (:meth:`add`) as soon as the page is checkpointed, and
    keeps listing; the thread builds the page's rows and writes the old table up to the
    page's last task id meanwhile. :meth:`finish` writes the rest. Used as a context
    manager, the thread is stopped on the way out whatever happened, before the writers
    are closed.

    Parameters
    ----------
    base : tuple of pathlib.Path
        The last pull's annotation table and violations report.
    schema : Schema
    project : str
        For the error message of labels the schema does not know.
    rows, violations : RowGroupWriter
        Where the two merged tables go; only the thread writes to them.
    """

    def __init__(
        self,
        base: tuple[Path, Path],
        schema: Schema,
        project: str,
        rows: RowGroupWriter,
        violations: RowGroupWriter,
    ) -> None:
        self._pages: queue.SimpleQueue[tuple[list[dict[str, Any]], int | None] | None] = (
            queue.SimpleQueue()
        )
        self._tally = Tally()
        self._parts: list[tuple[pa.Table, pa.Table]] = []
        self._builder = Builder(schema, project, lambda r, v: self._parts.append((r, v)))
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._work, args=(base, rows, violations), name="pull-merge", daemon=True
        )
        self._thread.start()

    def __enter__(self) -> PageMerge:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._thread.is_alive():
            self._pages.put(None)
            self._thread.join()

    def add(self, tasks: list[dict[str, Any]], upto: int) -> None:
        """``tasks`` changed, and every changed task up to id ``upto`` is among those added.

        Raises what the thread failed with (a full disk, say), so that the listing stops.
        """
        if self._error is not None:
            raise self._error
        self._pages.put((sorted(tasks, key=lambda t: t["id"]), upto))

    def finish(self, *, drafts: int, predictions: int) -> Built:
        """Write the rest of both tables; the counts of the merged table.

        Raises
        ------
        LabelError
            Once, listing every annotation of the changed tasks with a label or control
            the schema does not know.
        """
        self._pages.put(([], None))
        self._thread.join()
        if self._error is not None:
            raise self._error
        self._builder.finish()
        return self._tally.built(drafts=drafts, predictions=predictions)

    def _work(
        self, base: tuple[Path, Path], rows: RowGroupWriter, violations: RowGroupWriter
    ) -> None:
        tally = self._tally
        streams = [
            _Stream(base[0], ROWS_SCHEMA, rows, tally.add_rows),
            _Stream(base[1], VIOLATIONS_SCHEMA, violations, tally.add_violations),
        ]
        try:
            while (page := self._pages.get()) is not None:
                tasks, upto = page
                self._builder.add(tasks)
                built, self._parts = self._parts, []
                parts = (
                    pa.concat_tables([ROWS_SCHEMA.empty_table(), *(r for r, _ in built)]),
                    pa.concat_tables([VIOLATIONS_SCHEMA.empty_table(), *(v for _, v in built)]),
                )
                drop = np.fromiter((t["id"] for t in tasks), np.int64, len(tasks))
                for stream, part in zip(streams, parts, strict=True):
                    stream.add(part, drop)
                    stream.advance(upto)
                if upto is None:
                    return
        except BaseException as exc:  # handed to the caller's thread (add, finish)
            self._error = exc
        finally:
            for stream in streams:
                stream.close()


def _row_groups(path: Path) -> Generator[pa.Table, None, None]:
    """The row groups of the Parquet file at ``path``, each decoded while the caller works
    on the one before (pyarrow decodes and encodes without the GIL: on two idle cores the
    merge costs about the larger of the two, not their sum)."""
    source = pq.ParquetFile(path)
    count = source.num_row_groups
    with ThreadPoolExecutor(1) as pool:
        ahead = pool.submit(source.read_row_group, 0) if count else None
        for group in range(count):
            assert ahead is not None
            table = ahead.result()
            ahead = pool.submit(source.read_row_group, group + 1) if group + 1 < count else None
            yield table


def _spliced(
    old: pa.Table,
    old_ids: np.ndarray,
    dropped: np.ndarray,
    part: pa.Table,
    ids: np.ndarray,
    stop: int,
) -> pa.Table:
    """``old`` without its ``dropped`` rows, with ``part[:stop]`` in task id order, as
    slices of the two (no copy)."""
    # Where each new row goes among the old ones: before the old rows of a later task (a
    # changed task's own old rows, dropped, start at that place too).
    at = np.searchsorted(old_ids, ids[:stop], side="left")
    # Every place where the old rows switch between kept and dropped, or new rows go in.
    edges = np.flatnonzero(np.diff(dropped.view(np.int8))) + 1
    cuts = np.unique(np.concatenate([[0, len(old_ids)], edges, at]))
    pieces: list[pa.Table] = []
    for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        lo, hi = np.searchsorted(at, a, side="left"), np.searchsorted(at, a, side="right")
        if hi > lo:
            pieces.append(part.slice(int(lo), int(hi - lo)))
        if not dropped[a]:
            pieces.append(old.slice(a, b - a))
    # New rows after the last old one (none: ``stop`` ends at this group's last task).
    tail = int(np.searchsorted(at, len(old_ids), side="left"))
    if tail < stop:
        pieces.append(part.slice(tail, stop - tail))
    return pa.concat_tables(pieces) if pieces else old.slice(0, 0)
