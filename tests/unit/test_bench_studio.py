"""``benchmarks/studio.py``: its work folder (kept when named, for a release on other code) and
its report of where each pull's time went."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _studio() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_studio", ROOT / "benchmarks" / "studio.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_named_work_folder_is_made_and_kept_with_what_the_run_left(tmp_path: Path) -> None:
    keep = tmp_path / "run" / "work"
    with _studio().work_folder(keep) as work:
        (work / "check.parquet").write_bytes(b"table")
    assert work == keep
    assert (keep / "check.parquet").read_bytes() == b"table"


def test_without_a_name_the_work_folder_is_temporary_and_removed(tmp_path: Path) -> None:
    with _studio().work_folder(None) as work:
        (work / "check.parquet").write_bytes(b"table")
        assert work.is_dir()
    assert not work.exists()


def test_a_pulls_breakdown_is_printed_as_soon_as_the_pull_is_done(capsys: Any) -> None:
    # A 200k run stopped before its check pull lost every breakdown when they were printed
    # at the end of the run: each is printed once its pull returns.
    fig = {"s": 10.0, "waits": {"list tasks": 4.5, "read project": 1.5}}
    line = _studio().waited(0, "incremental", fig)
    assert capsys.readouterr().err == line + "\n"
    assert line == (
        "- run 1, incremental pull 10.00 s: waiting on the server 6.00 s (list tasks 4.50, "
        "read project 1.50), the toolkit's own work 4.00 s"
    )
