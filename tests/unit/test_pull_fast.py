"""Issue 14: what keeps a full pull's own work small (the mechanisms, not a time).

Offline, with the fake SDK of ``test_pull_offline``.
"""

from __future__ import annotations

import gc
import json
import os
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from annotate.schema._schema import Schema
from annotate.studio import _pull_export, _pull_fetch, _pull_state
from annotate.studio._pull import pull
from annotate.studio._pull_state import PullState
from tests.unit.test_pull_offline import (
    NAME,
    RECORDED,
    SCHEMA,
    FakeSDK,
    fake_client,
    pull_cut_at_third_task,
)
from tests.unit.test_pull_stream import many_tasks


def full_pull(out: Path) -> Any:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    return pull(NAME, out, schema=SCHEMA, client=fake_client(sdk), full=True)


def test_a_full_pull_keeps_the_heap_from_before_it_out_of_garbage_collection(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every full collection would walk the imported libraries' objects, again and again.
    frozen: list[int] = []
    real = Schema.parse_result

    def probe(self: Schema, *args: Any, **kw: Any) -> Any:
        frozen.append(gc.get_freeze_count())
        return real(self, *args, **kw)

    monkeypatch.setattr(Schema, "parse_result", probe)
    assert gc.get_freeze_count() == 0
    full_pull(tmp_path / "a.parquet")
    assert frozen and min(frozen) > 0
    # Handed back afterwards: what the pull found garbage is collected as usual.
    assert gc.get_freeze_count() == 0


def test_a_heap_frozen_by_someone_else_stays_frozen(pull_home: Path, tmp_path: Path) -> None:
    # Unfreezing at the end would undo the caller's freeze (a server about to fork, say).
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        full_pull(tmp_path / "a.parquet")
        # Not ``>= before``: a frozen object that loses its last reference is freed and leaves
        # the count (2 of 494,511 did once under xdist); unfreezing would empty it.
        assert gc.get_freeze_count() > before // 2
    finally:
        gc.unfreeze()


def ls_tasks(copies: int = 3) -> list[dict[str, Any]]:
    """The recorded tasks, ``copies`` times, each result item's keys in the order the
    labelling view sends them (value first), which sorting would change."""
    tasks = many_tasks(copies)
    for task in tasks:
        for ann in task["annotations"]:
            ann["result"] = [
                {"value": r["value"], **{k: v for k, v in r.items() if k != "value"}}
                for r in ann.get("result") or []
            ]
    del tasks[1]["annotations"][0]["result"]  # beside another result: none to keep
    return tasks


def pulled(out: Path, tasks: list[dict[str, Any]], body: Any = None) -> tuple[bytes, Any]:
    """The table and the snapshot of a full pull of ``tasks`` (``body`` rewrites the
    export's JSON text)."""
    sdk = FakeSDK(tasks)
    if body is not None:
        create = sdk._create_export

        def rewritten(**kw: Any) -> Any:
            export = create(**kw)
            export.body = body(json.loads(export.body))
            return export

        sdk.projects.exports.create = rewritten
    pull(NAME, out, schema=SCHEMA, client=fake_client(sdk), full=True)
    state = PullState(Path(os.environ["ANNOTATE_HOME"]), "http://studio.test", NAME)
    return out.read_bytes(), state.snapshot()


def test_an_export_in_label_studios_form_is_decoded_a_run_of_tasks_at_a_time(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tasks = ls_tasks()
    plain = pulled(tmp_path / "plain.parquet", tasks, body=sorted_keys)

    class Refuse:
        def raw_decode(self, *args: Any) -> Any:
            raise AssertionError("the export was decoded task by task")

    monkeypatch.setattr(_pull_export, "_DECODER", Refuse())
    monkeypatch.setattr(_pull_export, "_CHUNK", 5000)  # many runs, tasks cut by chunks
    decoded: list[int] = []
    real = _pull_export._TASKS.decode
    monkeypatch.setattr(
        _pull_export, "_TASKS", SimpleNamespace(decode=lambda b: _count(decoded, real(b)))
    )
    fast = pulled(tmp_path / "fast.parquet", tasks)
    assert fast == plain  # the same table, to the byte, and the same snapshot
    assert sum(decoded) == len(tasks) and max(decoded) > 1


def _count(decoded: list[int], tasks: Any) -> Any:
    decoded.append(len(tasks))
    return tasks


def sorted_keys(tasks: list[dict[str, Any]]) -> str:
    return json.dumps(tasks, sort_keys=True)


@pytest.mark.parametrize(
    "body",
    [
        sorted_keys,  # the id is not the first key: no opening to find the tasks by
        lambda tasks: json.dumps(tasks, indent=1),  # line breaks would end a snapshot line
        lambda tasks: json.dumps(  # objects that open like a task, inside a task
            [dict(t, data=dict(t["data"], x=[{"id": 1, "annotations": 2}] * 40)) for t in tasks]
        ),
        lambda tasks: re.sub(
            r'"lead_time": [0-9.]+', '"lead_time": NaN', json.dumps(tasks), count=1
        ),
        # No later task opens like the first: held undecoded, it would grow with the file.
        lambda tasks: json.dumps(tasks[:1])[:-1] + ", " + sorted_keys(tasks[1:])[1:],
    ],
    ids=["keys-sorted", "indented", "task-like-objects", "nan", "no-task-opens-so-again"],
)
def test_what_the_fast_read_cannot_take_the_standard_decoder_reads_from_there(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: Any
) -> None:
    monkeypatch.setattr(_pull_export, "_CHUNK", 5000)
    monkeypatch.setattr(_pull_export, "_MAX_RUN", 10_000)
    stops: list[Any] = []
    real = _pull_export._fast_tasks

    def watched(fh: Any, skip: int) -> Any:
        stops.append((yield from real(fh, skip)))
        return stops[-1]

    monkeypatch.setattr(_pull_export, "_fast_tasks", watched)
    fast = pulled(tmp_path / "fast.parquet", ls_tasks(), body)
    assert stops and stops[0].offset is not None  # the standard decoder took over

    monkeypatch.setattr(_pull_export, "_fast_tasks", _nothing)
    plain = pulled(tmp_path / "plain.parquet", ls_tasks(), body)
    assert fast[0] == plain[0]
    # The same snapshot (compared as text: NaN is not equal to itself).
    assert json.dumps(fast[1], sort_keys=True) == json.dumps(plain[1], sort_keys=True)


def test_a_result_only_the_standard_decoder_reads_is_read_by_it(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The run's decoding leaves results unread; msgspec refuses 1e400, json reads inf.
    def huge(tasks: list[dict[str, Any]]) -> str:
        return json.dumps(tasks).replace('"from_name"', '"score": 1e400, "from_name"', 1)

    fast = pulled(tmp_path / "fast.parquet", ls_tasks(), huge)
    monkeypatch.setattr(_pull_export, "_fast_tasks", _nothing)
    plain = pulled(tmp_path / "plain.parquet", ls_tasks(), huge)
    assert fast[0] == plain[0]
    assert json.dumps(fast[1], sort_keys=True) == json.dumps(plain[1], sort_keys=True)


def _nothing(fh: Any, skip: int) -> Any:
    return _pull_export._Stopped(0, 0)
    yield


def test_a_full_pull_keeps_each_result_in_the_snapshot_as_the_export_has_it(
    pull_home: Path, tmp_path: Path
) -> None:
    tasks = ls_tasks(1)
    pulled(tmp_path / "a.parquet", tasks)
    snapshot = (
        PullState(pull_home, "http://studio.test", NAME).folder / "snapshot.jsonl"
    ).read_bytes()
    results = [
        json.dumps(a["result"]).encode() for t in tasks for a in t["annotations"] if "result" in a
    ]
    assert results and all(r in snapshot for r in results)


def test_a_full_pull_checkpoints_every_few_megabytes_not_every_batch(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each checkpoint is three fsyncs: 1,200 of them took 12 s of a 200,000-task pull.
    checkpoints: list[str] = []
    real = _pull_state._write_atomic

    def counted(path: Path, text: str) -> None:
        if path.name == "run.json":
            checkpoints.append(text)
        real(path, text)

    monkeypatch.setattr(_pull_state, "_write_atomic", counted)
    sdk = FakeSDK(many_tasks(3))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=client, full=True, page_size=1)
    # The run's start and one checkpoint at the end, not one per batch of one task.
    assert len(checkpoints) == 2, len(checkpoints)


def test_a_full_pull_cut_after_a_checkpoint_reads_on_from_it(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pull_state, "CHECKPOINT_BYTES", 1)  # a checkpoint every batch
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    out = tmp_path / "out.parquet"
    pull_cut_at_third_task(client, out, monkeypatch)
    run = PullState(pull_home, client.connection.url, NAME).folder / "run" / "run.json"
    assert json.loads(run.read_text())["done"] == 2
    read: list[int] = []
    real = _pull_fetch.slim_task

    def counted(task: dict[str, Any], *args: Any, **kw: Any) -> Any:
        read.append(task["id"])
        return real(task, *args, **kw)

    monkeypatch.setattr(_pull_fetch, "slim_task", counted)
    resumed = pull(NAME, out, schema=SCHEMA, client=client, page_size=1)
    assert resumed.resumed and resumed.fetched == 4 and len(read) == 2  # the last two only
    whole = pull(NAME, tmp_path / "whole.parquet", schema=SCHEMA, client=client, full=True)
    assert out.read_bytes() == whole.output.read_bytes()
