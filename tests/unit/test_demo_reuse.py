"""The demo's release and model steps on a rerun: reuse what is there, delete nothing.

Offline, on the release tables of release_support; the whole demo against a real
server is tests/integration/test_demo.py.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from annotate._demo import _release_or_reuse, _train_or_reuse
from annotate.dataset import VersionWarning, release, verify
from annotate.errors import OutputError
from tests.unit.release_support import A, C, Table, annotate_all, corpus, schema, sentences

SENTS = sentences(corpus(10))


def _options(relabel: bool = False) -> dict[str, object]:
    table = annotate_all(Table(), SENTS, annotators=(A,))
    if relabel:
        table.add("art000-0", C, claim_type="opinion")  # a tie: the gold label changes
    return {"annotations": table.frame(), "sentences": SENTS, "schema": schema()}


def test_a_rerun_reuses_the_same_data_and_releases_new_data_after_the_latest(
    tmp_path: Path,
) -> None:
    releases = tmp_path / "releases"
    first, said = _release_or_reuse(releases, **_options())
    assert first.path == releases / "0.1.0" and said == f"release 0.1.0 made in {releases}"
    again, said = _release_or_reuse(releases, **_options())
    assert again.path == first.path and again.manifest_sha256 == first.manifest_sha256
    assert said == "release 0.1.0 reused: the annotations give the same data"
    assert sorted(p.name for p in releases.iterdir()) == ["0.1.0"]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", VersionWarning)
        # The user's own release in between, of other data (a different licence).
        release("0.2.0", releases, license="cc-by-4.0", **_options())  # type: ignore[arg-type]
    newer, said = _release_or_reuse(releases, **_options(relabel=True))
    assert newer.path == releases / "0.2.1"
    assert said.startswith("release 0.2.1 made from release 0.2.0 (patch change")
    assert verify(newer.path).parent == "0.2.0"
    assert sorted(p.name for p in releases.iterdir()) == ["0.1.0", "0.2.0", "0.2.1"]


def test_a_folder_in_the_models_place_is_left_alone(tmp_path: Path) -> None:
    made, _ = _release_or_reuse(tmp_path / "releases", **_options())
    theirs = tmp_path / "models" / "news-stance-0.1.0"
    theirs.mkdir(parents=True)
    (theirs / "metrics.json").write_text('{"release": {"manifest_sha256": "0000"}}')
    with pytest.raises(OutputError, match=r"is not a model of release 0\.1\.0"):
        _train_or_reuse(made, theirs, lambda _m: None)
    assert [p.name for p in theirs.iterdir()] == ["metrics.json"]
