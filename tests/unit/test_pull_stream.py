"""Issue 14: a full pull streams the export through in batches (memory flat in the project).

Offline, with the fake SDK of ``test_pull_offline``: the structure is what is pinned (how
many slimmed tasks are alive while the table is built), not a time or a memory figure.
"""

from __future__ import annotations

import copy
import gc
import io
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from annotate._files import sha256_file
from annotate.errors import PullError
from annotate.schema._schema import Schema
from annotate.studio._pull import pull
from annotate.studio._pull_parquet import RowGroupWriter, write_table
from annotate.studio._pull_state import PullState
from annotate.studio._pull_table import ROWS_SCHEMA
from tests.unit.test_pull_offline import (
    NAME,
    RECORDED,
    SCHEMA,
    FakeSDK,
    fake_client,
    frame,
    pull_cut_at_third_task,
)

# The keys of a slimmed task (``_pull_fetch.slim_task``): how the probe recognises one.
SLIM_KEYS = {"id", "updated_at", "sentence_id", "text", "drafts", "predictions", "annotations"}


def many_tasks(copies: int, version: str = "tasks_v1") -> list[dict[str, Any]]:
    """The recorded tasks, ``copies`` times over, with new task and annotation ids."""
    tasks = []
    for k in range(copies):
        for task in copy.deepcopy(RECORDED[version]):
            task["id"] += 1000 * k
            for ann in task["annotations"]:
                ann["id"] += 1000 * k
            tasks.append(task)
    return tasks


def slimmed_tasks_alive() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is dict and o.keys() == SLIM_KEYS)


@pytest.mark.parametrize("reverse", [False, True], ids=["export-by-id", "export-in-no-order"])
def test_a_full_pull_holds_one_batch_of_tasks_at_a_time(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reverse: bool
) -> None:
    tasks = many_tasks(6)  # 24 tasks, 6 times the batch
    batch = 4
    alive: list[int] = []
    real = Schema.parse_result

    def probe(self: Schema, *args: Any, **kw: Any) -> Any:
        # Called for every annotation while the table is built.
        alive.append(slimmed_tasks_alive())
        return real(self, *args, **kw)

    monkeypatch.setattr(Schema, "parse_result", probe)
    gc.collect()  # what earlier tests left (a traceback holds its frames' tasks) is counted
    before = slimmed_tasks_alive()
    sdk = FakeSDK(tasks)
    # In no order (PostgreSQL's export), the table is built in a second pass, in id order.
    sdk.reverse_export = reverse
    result = pull(
        NAME, tmp_path / "a.parquet", schema=SCHEMA, client=fake_client(sdk), full=True,
        page_size=batch,
    )  # fmt: skip
    assert result.fetched == result.tasks == len(tasks)
    assert len(alive) >= len(tasks)  # every task's annotations were built
    # Never more than the batch being built (and the one being read), whatever the project.
    assert max(alive) - before <= batch, (before, alive)


def test_an_incremental_pull_reads_the_last_table_a_row_group_at_a_time(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = 8
    added: list[int] = []
    real_init, real_add = RowGroupWriter.__init__, RowGroupWriter.add

    def small(self: RowGroupWriter, sink: Any, schema: pa.Schema, size: int = group) -> None:
        real_init(self, sink, schema, group)

    def add(self: RowGroupWriter, table: pa.Table) -> None:
        if self.schema.equals(ROWS_SCHEMA):
            added.append(table.num_rows)
        real_add(self, table)

    monkeypatch.setattr(RowGroupWriter, "__init__", small)
    monkeypatch.setattr(RowGroupWriter, "add", add)
    sdk = FakeSDK(many_tasks(6))
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client, page_size=4)
    assert first.rows > 10 * group  # a table of many row groups
    sdk.serve(many_tasks(6, "tasks_v2"))  # in each copy: one updated, one added, one gone
    added.clear()
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=4)
    assert not inc.full and inc.fetched == 12 and inc.deleted == 6
    # The old table went through a row group at a time (with the changed tasks' rows among
    # them), never whole: memory is one group and the change, not the project.
    changed_rows = 6 * 2 * 8
    assert added and max(added) <= group + changed_rows < inc.rows, (added, inc.rows)
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert (tmp_path / "inc.parquet").read_bytes() == (tmp_path / "full.parquet").read_bytes()
    assert (inc.rows, inc.annotations, inc.cancelled, inc.annotators, inc.violations) == (
        full.rows,
        full.annotations,
        full.cancelled,
        full.annotators,
        full.violations,
    )


def test_a_task_deleted_while_the_export_is_read_is_not_in_the_table(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    create = sdk._create_export
    gone = RECORDED["tasks_v1"][1]["id"]

    def then_delete(**kw: Any) -> Any:
        export = create(**kw)
        del sdk.data[gone]  # in the export, no longer on the server
        return export

    sdk.projects.exports.create = then_delete
    result = pull(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=fake_client(sdk), full=True)
    assert (result.fetched, result.deleted, result.tasks) == (4, 1, 3)
    assert gone not in set(pq.read_table(result.output).column("task_id").to_pylist())
    state = PullState(pull_home, "http://studio.test", NAME)
    assert gone not in state.snapshot() and len(state.snapshot()) == 3

    sdk.projects.exports.create = create
    again = pull(NAME, tmp_path / "b.parquet", schema=SCHEMA, client=fake_client(sdk), full=True)
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert again.deleted == 0 and again.rows == result.rows


def test_an_incremental_pull_writes_the_same_bytes_as_a_full_pull(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(many_tasks(3))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client, page_size=5)
    sdk.serve(RECORDED["tasks_v2"] + many_tasks(3)[4:])  # changed, deleted, added tasks
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=5)
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert not inc.full and full.full
    pd.testing.assert_frame_equal(frame(inc.output), frame(full.output))
    assert inc.output.read_bytes() == full.output.read_bytes()
    assert inc.violations_output.read_bytes() == full.violations_output.read_bytes()


def test_the_table_stores_row_ids_as_deltas_and_statistics_of_task_id_only(
    pull_home: Path, tmp_path: Path
) -> None:
    # Every pull encodes the whole table: a dictionary of (nearly) distinct row ids and
    # min/max of every column cost a fifth of that encode at 200,000 tasks, and the ids'
    # dictionary made the file 3.3 times its size (benchmarks/RESULTS.md).
    result = pull(
        NAME, tmp_path / "a.parquet", schema=SCHEMA, client=fake_client(FakeSDK(many_tasks(3)))
    )
    meta = pq.ParquetFile(result.output).metadata
    assert result.rows and meta.num_row_groups == 1
    chunks = {
        meta.schema.column(i).path: meta.row_group(0).column(i) for i in range(meta.num_columns)
    }
    for name in ("task_id", "annotation_id"):
        assert "DELTA_BINARY_PACKED" in chunks[name].encodings, name
        assert not chunks[name].has_dictionary_page, name
    assert chunks["annotator"].has_dictionary_page and chunks["field"].has_dictionary_page
    with_statistics = {path for path, chunk in chunks.items() if chunk.is_stats_set}
    assert with_statistics == {"task_id"}
    # What readers use them for: skipping row groups by task, and reading the ids back.
    ids = pd.read_parquet(result.output, columns=["task_id", "annotation_id"])
    assert len(ids) == result.rows and ids["task_id"].is_monotonic_increasing
    middle = int(ids["task_id"].median())
    later = pq.read_table(result.output, filters=[("task_id", ">", middle)])
    assert later.num_rows == (ids["task_id"] > middle).sum() > 0


def test_a_table_written_by_the_older_encoding_is_reused_by_the_next_pull(
    pull_home: Path, tmp_path: Path
) -> None:
    # A user's table from before the encoding changed: the next incremental pull merges
    # it (its checksums are those recorded) and writes the table a full pull writes.
    sdk = FakeSDK(many_tasks(3))
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    old = pq.read_table(first.output)
    state = PullState(pull_home, "http://studio.test", NAME)
    meta = state.meta(sdk.project_id)
    assert meta is not None
    pq.write_table(old, first.output)  # pyarrow's defaults, as every pull wrote before
    meta["built"]["rows_sha256"] = sha256_file(first.output)
    state.write_meta(meta)
    sdk.serve(RECORDED["tasks_v2"] + many_tasks(3)[4:])
    inc = pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert inc.output.read_bytes() == full.output.read_bytes()


@pytest.mark.parametrize("parts", [[10], [1] * 10, [3, 3, 4], [7, 0, 3]])
def test_row_groups_do_not_depend_on_how_the_rows_arrived(parts: list[int]) -> None:
    table = pa.table({"n": list(range(10)), "s": [f"v{i % 3}" for i in range(10)]})
    whole = io.BytesIO()
    write_table(whole, table, size=4)
    streamed = io.BytesIO()
    writer = RowGroupWriter(streamed, table.schema, size=4)
    start = 0
    for n in parts:
        writer.add(table.slice(start, n))
        start += n
    writer.close()
    assert streamed.getvalue() == whole.getvalue()
    meta = pq.read_metadata(io.BytesIO(whole.getvalue()))
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [4, 4, 2]


def test_a_damaged_export_file_is_one_message_and_the_next_pull_asks_for_a_new_one(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    out = tmp_path / "out.parquet"
    pull_cut_at_third_task(client, out, monkeypatch)
    export = PullState(pull_home, "http://studio.test", NAME).folder / "run" / "export.json"
    export.write_bytes(export.read_bytes()[:-20])  # cut short (a disk error, say)

    with pytest.raises(PullError) as info:
        pull(NAME, out, schema=SCHEMA, client=client, page_size=1)
    assert str(info.value).startswith(f"the export file {export} is not a JSON array of tasks:")
    assert "pull again" in (info.value.hint or "") and not export.exists() and not out.exists()

    sdk.reverse_export = True  # the new export need not list the tasks in the same order
    again = pull(NAME, out, schema=SCHEMA, client=client, page_size=1)
    assert sdk.export_calls == 2 and not again.resumed and again.fetched == 4
    whole = pull(NAME, tmp_path / "whole.parquet", schema=SCHEMA, client=client, full=True)
    assert out.read_bytes() == whole.output.read_bytes()
