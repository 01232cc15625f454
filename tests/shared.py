"""The shared third-party data for tests: one place that finds it and decides skip or fail."""

from __future__ import annotations

import csv
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


def fnc1_body(body_id: str, file: str = "train_bodies.csv") -> str:
    """One FNC-1 article body by its id (``file``: ``train_bodies.csv`` or
    ``competition_test_bodies.csv``)."""
    csv.field_size_limit(2**31 - 1)  # a few bodies are longer than csv's default field
    with (shared_data() / "fnc1" / file).open(encoding="utf-8", newline="") as fh:
        return next(r["articleBody"] for r in csv.DictReader(fh) if r["Body ID"] == body_id)


def dropped_kinds(dropped: list[Dropped]) -> dict[str, list[str]]:
    """The texts of a cleaned article's dropped lines, by kind, in the article's order."""
    out: dict[str, list[str]] = {}
    for d in dropped:
        out.setdefault(d.kind, []).append(d.text)
    return out
