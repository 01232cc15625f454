"""Issue 14: a large export is decoded in a second process, with the same result.

Offline, with the fake SDK of ``test_pull_offline``; ``PARALLEL_MIN`` is set to 0 so that
these few tasks go through the second process too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from annotate.errors import ConnectionFailed, PullError
from annotate.studio import _pull_decode, _pull_fetch
from annotate.studio._pull import pull
from annotate.studio._pull_state import PullState
from tests.unit.test_pull_offline import NAME, RECORDED, SCHEMA, FakeSDK, fake_client
from tests.unit.test_pull_stream import many_tasks

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="a second process is forked only where fork exists"
)


def slimmed_in(pids: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int = 0) -> None:
    """Note the process that slims each task in ``pids``; fail on task ``fail_at``."""
    real = _pull_fetch.slim_task

    def noted(task: dict[str, Any], *args: Any, **kw: Any) -> Any:
        with pids.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        if len(pids.read_text().split()) == fail_at:
            raise ConnectionFailed("simulated outage", hint="start the server")
        return real(task, *args, **kw)

    monkeypatch.setattr(_pull_fetch, "slim_task", noted)


def test_a_second_process_decodes_and_the_bytes_are_those_of_one(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake_client(FakeSDK(many_tasks(4)))
    one = pull(NAME, tmp_path / "one.parquet", schema=SCHEMA, client=client, full=True)
    snapshot = PullState(pull_home, client.connection.url, NAME).folder / "snapshot.jsonl"
    one_snapshot = snapshot.read_bytes()

    monkeypatch.setattr(_pull_decode, "PARALLEL_MIN", 0)
    slimmed_in(tmp_path / "pids", monkeypatch)
    two = pull(
        NAME, tmp_path / "two.parquet", schema=SCHEMA, client=client, full=True, page_size=3
    )  # fmt: skip
    pids = set((tmp_path / "pids").read_text().split())
    assert len(pids) == 1 and str(os.getpid()) not in pids  # one child did all the slimming
    assert two.output.read_bytes() == one.output.read_bytes()
    assert two.violations_output.read_bytes() == one.violations_output.read_bytes()
    assert snapshot.read_bytes() == one_snapshot
    assert (two.rows, two.tasks, two.violations) == (one.rows, one.tasks, one.violations)
    assert list(pull_home.rglob("*.batches")) == []


def test_an_error_in_the_second_process_is_raised_as_it_was_and_the_pull_resumes(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pull_decode, "PARALLEL_MIN", 0)
    client = fake_client(FakeSDK(many_tasks(2)))
    out = tmp_path / "out.parquet"
    real = _pull_fetch.slim_task
    slimmed_in(tmp_path / "pids", monkeypatch, fail_at=5)
    with pytest.raises(ConnectionFailed) as info:
        pull(NAME, out, schema=SCHEMA, client=client, full=True, page_size=2)
    assert (info.value.message, info.value.hint) == ("simulated outage", "start the server")
    assert not out.exists() and list(pull_home.rglob("*.batches")) == []

    monkeypatch.setattr(_pull_fetch, "slim_task", real)
    resumed = pull(NAME, out, schema=SCHEMA, client=client, page_size=2)
    whole = pull(NAME, tmp_path / "whole.parquet", schema=SCHEMA, client=client, full=True)
    assert resumed.resumed and out.read_bytes() == whole.output.read_bytes()


def test_a_damaged_export_read_in_the_second_process_is_the_same_message(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    body = sdk._create_export

    def damaged(**kw: Any) -> Any:
        export = body(**kw)
        export.body = export.body[:-20]
        return export

    sdk.projects.exports.create = damaged
    monkeypatch.setattr(_pull_decode, "PARALLEL_MIN", 0)
    with pytest.raises(PullError) as info:
        pull(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=fake_client(sdk), full=True)
    export = PullState(pull_home, "http://studio.test", NAME).folder / "run" / "export.json"
    assert info.value.message.startswith(f"the export file {export} is not a JSON array")
    assert "pull again" in (info.value.hint or "") and not export.exists()
