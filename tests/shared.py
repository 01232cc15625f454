"""The shared third-party data for tests: one place that finds it and decides skip or fail."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotate.corpus._clean import Dropped
from annotate.corpus._public import shared_data_dir


def shared_data() -> Path:
    """The shared data folder; skip when absent, except in CI where that is a failure."""
    path = shared_data_dir()
    if not path.is_dir():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"shared data folder {path} is missing (set ANNOTATE_SHARED_DATA)")
        pytest.skip(f"shared data folder {path} is absent")
    return path


def dropped_kinds(dropped: list[Dropped]) -> dict[str, list[str]]:
    """The texts of a cleaned article's dropped lines, by kind, in the article's order."""
    out: dict[str, list[str]] = {}
    for d in dropped:
        out.setdefault(d.kind, []).append(d.text)
    return out
