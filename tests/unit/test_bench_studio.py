"""``benchmarks/studio.py``'s work folder: kept when named, for a release on other code."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

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
