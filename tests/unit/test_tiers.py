"""The test tiers: what ``pytest`` (the README's ``make test``) and the unit tier collect.

The unit tier is ``pytest tests/unit annotate README.md``; its docstring examples run only
because of the options below, so dropping one would silently stop them (issue 11).
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _pytest_options() -> dict[str, object]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the package supports 3.10
    with (ROOT / "pyproject.toml").open("rb") as fh:
        options: dict[str, object] = tomllib.load(fh)["tool"]["pytest"]["ini_options"]
    return options


def test_the_package_and_readme_examples_run_as_doctests() -> None:
    options = _pytest_options()
    addopts = shlex.split(str(options["addopts"]))
    assert "--doctest-modules" in addopts
    assert "--doctest-glob=README.md" in addopts
    # A bare ``pytest`` (make test, CI) collects both tiers and the examples.
    testpaths = options["testpaths"]
    assert isinstance(testpaths, list) and {"tests", "annotate", "README.md"} <= set(testpaths)
    # The README's "Use from Python" example is a doctest, not a code block.
    assert ">>> import annotate" in (ROOT / "README.md").read_text(encoding="utf-8")
