"""Issue 14: what keeps a full pull's own work small (the mechanisms, not a time).

Offline, with the fake SDK of ``test_pull_offline``.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from annotate.schema._schema import Schema
from annotate.studio._pull import pull
from tests.unit.test_pull_offline import NAME, RECORDED, SCHEMA, FakeSDK, fake_client


def full_pull(out: Path, tasks: list[dict[str, Any]] | None = None) -> Any:
    sdk = FakeSDK(RECORDED["tasks_v1"] if tasks is None else tasks)
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
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        full_pull(tmp_path / "a.parquet")
        assert gc.get_freeze_count() >= before
    finally:
        gc.unfreeze()
