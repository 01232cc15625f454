"""Issue 14: an incremental pull costs what changed, plus one pass over the last table.

Offline, with the fake SDK of ``test_pull_offline``. What is pinned is the structure that
makes it cheap (nothing read back that was just written, no per-task JSON in the state,
no computation over the old rows but the writer's), not a time.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as _pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.studio import _pull, _pull_merge
from annotate.studio._pull import pull
from annotate.studio._pull_index import TaskIndex
from annotate.studio._pull_merge import _spliced
from annotate.studio._pull_state import PullState
from tests.unit.test_pull_offline import NAME, RECORDED, SCHEMA, FakeSDK, fake_client
from tests.unit.test_pull_stream import many_tasks

# pyarrow.compute makes its functions at import time; no stub knows them.
pc: Any = _pc


def changed_in_first_copy(copies: int) -> list[dict[str, Any]]:
    """``many_tasks(copies)`` with its first copy as ``tasks_v2``: one task updated, one
    added, one deleted; the other copies unchanged."""
    return RECORDED["tasks_v2"] + many_tasks(copies)[len(RECORDED["tasks_v1"]) :]


def test_an_incremental_pull_does_not_read_back_the_tables_it_writes(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(many_tasks(3))
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    hashed: list[Path] = []
    real = _pull.sha256_file

    def spy(path: Path) -> str:
        hashed.append(Path(path))
        return real(path)

    monkeypatch.setattr(_pull, "sha256_file", spy)
    sdk.serve(changed_in_first_copy(3))
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    assert not inc.full and inc.fetched == 2
    # Only the last pull's files are read, to check they are the ones it wrote.
    assert sorted(hashed) == sorted([first.output, first.violations_output])
    # The checksums hashed as the files were written are the files' own.
    built = json.loads(
        (PullState(pull_home, client.connection.url, NAME).folder / "state.json").read_text()
    )["built"]
    assert built["rows_sha256"] == hashlib.sha256(inc.output.read_bytes()).hexdigest()
    assert built["violations_sha256"] == real(inc.violations_output)


def test_the_merge_computes_nothing_over_the_old_rows(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(many_tasks(20))
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    lengths: list[int] = []

    class Spy:
        """pyarrow.compute, noting how many rows each function is given."""

        def __getattr__(self, name: str) -> Any:
            function = getattr(pc, name)

            def call(*args: Any, **kw: Any) -> Any:
                lengths.append(
                    max(
                        (len(a) for a in args if hasattr(a, "num_rows") or hasattr(a, "type")),
                        default=0,
                    )
                )
                return function(*args, **kw)

            return call

    monkeypatch.setattr(_pull_merge, "pc", Spy())
    sdk.serve(changed_in_first_copy(20))
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    assert not inc.full and inc.fetched == 2 and first.rows > 500
    # Sorting the changed tasks' rows, nothing else: the old rows go to the writer as
    # slices, neither filtered, sorted nor taken (a third of the merge at 200,000 tasks).
    assert lengths and max(lengths) < 30, lengths
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert inc.output.read_bytes() == full.output.read_bytes()
    assert inc.violations_output.read_bytes() == full.violations_output.read_bytes()


@pytest.mark.parametrize("copies", [1, 6])
def test_the_state_file_does_not_grow_with_the_project(
    pull_home: Path, tmp_path: Path, copies: int
) -> None:
    sdk = FakeSDK(many_tasks(copies))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    sdk.serve(changed_in_first_copy(copies))
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    state = PullState(pull_home, client.connection.url, NAME)
    meta = json.loads((state.folder / "state.json").read_text())
    # A few hundred bytes, whatever the project: the index of the tasks is its own file of
    # 24 bytes a task (a JSON object of every task took 1.5 s to read at 200,000 tasks).
    assert "tasks" not in meta and len(json.dumps(meta)) < 1000
    index = state.folder / meta["index"]
    assert index.stat().st_size == 24 * inc.tasks
    assert [p.name for p in state.folder.glob("index-*.bin")] == [index.name]
    assert state.index(meta) == TaskIndex.from_dict(
        {t["id"]: (t["drafts"], t["predictions"]) for t in state.snapshot().values()}
    )


def test_a_damaged_index_makes_the_next_pull_a_full_one(pull_home: Path, tmp_path: Path) -> None:
    sdk = FakeSDK(many_tasks(2))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    state = PullState(pull_home, client.connection.url, NAME)
    index = state.folder / json.loads((state.folder / "state.json").read_text())["index"]
    data = bytearray(index.read_bytes())
    data[0] ^= 1  # one bit: another task id, same length
    index.write_bytes(bytes(data))
    sdk.serve(changed_in_first_copy(2))
    again = pull(NAME, tmp_path / "again.parquet", schema=SCHEMA, client=client)
    # Not trusted: read whole again, and the table is a full pull's.
    assert again.full and again.fetched == again.tasks
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert again.output.read_bytes() == full.output.read_bytes()


def test_the_state_of_the_last_version_is_read_and_the_pull_stays_incremental(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(many_tasks(2))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    state = PullState(pull_home, client.connection.url, NAME)
    # The state as format 2 wrote it: the index inside state.json.
    meta = json.loads((state.folder / "state.json").read_text())
    index = state.index(meta)
    assert index is not None
    (state.folder / meta.pop("index")).unlink()
    meta.pop("index_sha256")
    meta["format"] = 2
    meta["tasks"] = {
        str(i): [int(d), int(p)]
        for i, d, p in zip(index.ids, index.drafts, index.predictions, strict=True)
    }
    state.write_meta(meta)
    sdk.serve(changed_in_first_copy(2))
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    assert not inc.full and inc.fetched == 2
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert inc.output.read_bytes() == full.output.read_bytes()
    assert (inc.drafts, inc.predictions, inc.tasks) == (full.drafts, full.predictions, full.tasks)


def test_a_pull_killed_between_its_index_and_its_state_leaves_the_last_pull_whole(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(many_tasks(2))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    sdk.serve(changed_in_first_copy(2))
    real = PullState.write_meta

    def killed(self: PullState, meta: dict[str, Any]) -> None:
        raise KeyboardInterrupt  # the new index is on disk, state.json not yet written

    monkeypatch.setattr(PullState, "write_meta", killed)
    with pytest.raises(KeyboardInterrupt):
        pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    monkeypatch.setattr(PullState, "write_meta", real)
    state = PullState(pull_home, client.connection.url, NAME)
    assert len(list(state.folder.glob("index-*.bin"))) == 2  # the old one kept, and named
    # The old state with its own index: the next pull is incremental again, and whole.
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    assert not inc.full and inc.fetched == 2
    assert len(list(state.folder.glob("index-*.bin"))) == 1
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert inc.output.read_bytes() == full.output.read_bytes()


@settings(max_examples=200, deadline=None)
@given(
    old_rows=st.lists(st.integers(1, 4), min_size=1, max_size=12),  # rows per old task
    new_rows=st.lists(st.tuples(st.integers(0, 30), st.integers(1, 3)), max_size=6),
    drop_every=st.integers(1, 5),
    group=st.integers(1, 9),
)
def test_the_splice_is_the_filter_sort_and_take_it_replaced(
    old_rows: list[int], new_rows: list[tuple[int, int]], drop_every: int, group: int
) -> None:
    # The old table: tasks 0, 2, 4, ... in id order, each with its rows; cut in row groups.
    old_ids = [2 * t for t, n in enumerate(old_rows) for _ in range(n)]
    schema = pa.schema([("task_id", pa.int64()), ("row", pa.string())])
    old = pa.table(
        {"task_id": old_ids, "row": [f"old-{i}" for i in range(len(old_ids))]}, schema=schema
    )
    # Changed tasks (old ids, their old rows dropped) and new ones (odd ids), a few rows each.
    part_ids = sorted(i for i, n in dict(new_rows).items() for _ in range(n))
    part = pa.table(
        {"task_id": part_ids, "row": [f"new-{i}" for i in range(len(part_ids))]}, schema=schema
    )
    drop = {i for i in set(part_ids) if i % 2 == 0} | set(old_ids[::drop_every])
    kept = old.filter(pc.invert(pc.is_in(old["task_id"], pa.array(sorted(drop), pa.int64()))))
    expected = pa.concat_tables([kept, part])
    expected = expected.take(pc.sort_indices(expected, sort_keys=[("task_id", "ascending")]))

    pieces, ids, taken = [], np.asarray(part_ids, np.int64), 0
    dropped = np.asarray(sorted(drop), np.int64)
    for start in range(0, len(old_ids), group):
        rows = old.slice(start, group)
        these = rows["task_id"].to_numpy()
        upto = int(np.searchsorted(ids, these[-1], side="right"))
        # As the merge's stream does: the new rows not yet placed, up to this group's end.
        rest, rest_ids = part.slice(taken), ids[taken:]
        pieces.append(_spliced(rows, these, np.isin(these, dropped), rest, rest_ids, upto - taken))
        taken = upto
    pieces.append(part.slice(taken))
    assert pa.concat_tables(pieces).to_pylist() == expected.to_pylist()
