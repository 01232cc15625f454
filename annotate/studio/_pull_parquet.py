"""The pull tables written in fixed row groups, whether built whole or batch by batch.

A full pull streams its table to disk as it reads the export (issue 14: memory flat in
project size); an incremental one merges the last table with what changed, in memory.
Both must give the same file to the byte, so both go through :class:`RowGroupWriter`: every
row group holds exactly ``ROW_GROUP`` rows (the last one fewer) and is written from one
contiguous chunk, so neither how the rows arrived nor how they were chunked shows in the
file. :class:`HashingSink` hashes the file as it is written, for the checksums the pull
records.

Every pull, full or incremental, encodes the whole table (an incremental one decodes the
last one too), so the encoding is chosen per column for what it costs and saves
(:func:`writer_options`; measured at 200,000 tasks in benchmarks/RESULTS.md).
"""

from __future__ import annotations

import hashlib
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["ROW_GROUP", "HashingSink", "RowGroupWriter", "write_table", "writer_options"]

# About 5 MB of the annotation table in memory; a 200,000-task project has about 1.8
# million rows, so a few dozen groups.
ROW_GROUP = 65_536

# Row ids, ascending within a task and from task to task: a delta encoding stores them in
# a few bits a row, where a dictionary of (nearly) distinct values costs more than the
# values and is the slowest to build (4.2 million rows: 6.9 -> 1.0 MB, encode 0.06 -> 0.02 s).
_DELTA = ("task_id", "annotation_id")
# The sort key, the one column a reader can skip row groups by. Min/max of every other
# column (most of them nested, mostly empty) cost about a tenth of the encode and tell a
# reader nothing it can use.
_STATISTICS = ("task_id",)


def writer_options(schema: pa.Schema) -> dict[str, Any]:
    """The ``pyarrow.parquet.ParquetWriter`` options of a pull table with ``schema``.

    Dictionaries for every column but the row ids (labels, annotators, fields and
    timestamps repeat: a dictionary makes them a few bits a row), delta-encoded row ids,
    and statistics for ``task_id`` only. At 200,000 tasks (4.2 million rows) the table is
    3.6 MB instead of 11.9 and takes 1.12 CPU s to encode instead of 1.31.
    """
    names = schema.names
    delta = [n for n in _DELTA if n in names]
    return {
        "use_dictionary": [n for n in names if n not in delta],
        "column_encoding": dict.fromkeys(delta, "DELTA_BINARY_PACKED"),
        "write_statistics": [n for n in _STATISTICS if n in names],
    }


class RowGroupWriter:
    """Writes tables of one schema to ``sink`` as Parquet, in row groups of ``size`` rows.

    Holds at most one row group's rows (plus the table being added).
    """

    def __init__(
        self, sink: IO[bytes] | HashingSink, schema: pa.Schema, size: int | None = None
    ) -> None:
        # Read when called (None): tests make small tables of several groups with it.
        self.schema, self.size = schema, ROW_GROUP if size is None else size
        self._writer = pq.ParquetWriter(sink, schema, **writer_options(schema))
        self._pending: list[pa.Table] = []
        self._rows = 0

    def add(self, table: pa.Table) -> None:
        """Queue ``table``'s rows; every full row group is written at once."""
        self._pending.append(table)
        self._rows += table.num_rows
        while self._rows >= self.size:
            pending = pa.concat_tables(self._pending)
            self._write(pending.slice(0, self.size))
            rest = pending.slice(self.size)
            self._pending, self._rows = [rest], rest.num_rows

    def close(self) -> None:
        """Write the last, partial row group and the footer."""
        if self._rows:
            self._write(pa.concat_tables(self._pending))
        self._pending, self._rows = [], 0
        self._writer.close()

    def _write(self, table: pa.Table) -> None:
        # One chunk per column: the writer's page breaks follow its input chunks.
        self._writer.write_table(table.combine_chunks(), row_group_size=self.size)


class HashingSink:
    """A binary file that passes every write on to ``sink`` and hashes it (sha256).

    The pull records its tables' checksums; hashed as they are written, they cost no
    second read of the files. Parquet is written front to back, without seeking, so the
    hash of the writes is that of the file.
    """

    def __init__(self, sink: IO[bytes]) -> None:
        self._sink = sink
        self._hash = hashlib.sha256()
        self._written = 0

    def write(self, data: Any) -> int:
        n = self._sink.write(data)
        self._hash.update(data)
        self._written += memoryview(data).nbytes
        return n

    def tell(self) -> int:
        return self._written

    def flush(self) -> None:
        self._sink.flush()

    @property
    def closed(self) -> bool:
        return self._sink.closed

    def hexdigest(self) -> str:
        """The sha256 of everything written so far."""
        return self._hash.hexdigest()


def write_table(sink: IO[bytes], table: pa.Table, size: int | None = None) -> None:
    """Write a whole ``table`` exactly as :class:`RowGroupWriter` would write it in parts."""
    writer = RowGroupWriter(sink, table.schema, size)
    writer.add(table)
    writer.close()
