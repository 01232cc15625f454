"""Successive releases: stable splits, the diff, the changelog and version suggestions."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from annotate.dataset import ReleaseError, VersionWarning, diff, release, suggest_version
from tests.unit.release_support import A, B, Table, annotate_all, corpus, schema, sentences

OLD = sentences(corpus(40))
NEW = pd.concat([OLD, sentences(corpus(20, prefix="new"))], ignore_index=True)


def _splits(path: Path) -> pd.Series:
    parts = []
    for name in ("train", "validation", "test"):
        ids = pq.read_table(path / "data" / f"{name}.parquet").column("sentence_id").to_pylist()
        parts.append(pd.Series(name, index=ids))
    return pd.concat(parts).sort_index()


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("releases")
    return release(
        "1.0.0",
        root,
        annotations=annotate_all(Table(), OLD).frame(),
        sentences=OLD,
        schema=schema(),
    ).path


def test_second_release_adds_sentences_without_moving_any(first: Path) -> None:
    second = release(
        "1.1.0",
        first.parent,
        annotations=annotate_all(Table(), NEW).frame(),
        sentences=NEW,
        schema=schema(),
        parent="1.0.0",
    )
    old, new = _splits(first), _splits(second.path)
    assert new.reindex(old.index).equals(old)
    assert second.suggested_version == "1.1.0"
    assert second.manifest.parent == "1.0.0"
    changes = (second.path / "CHANGES.md").read_text()
    assert f"{len(NEW) - len(OLD)} added, 0 removed" in changes
    assert "## Changelog" in (second.path / "README.md").read_text()
    d = diff(first, second.path)
    assert d.level == "minor" and len(d.added) == len(NEW) - len(OLD)
    assert "1.1.0 (from 1.0.0): minor change" in str(d)


def test_label_corrections_only_suggest_a_patch_and_wrong_version_warns(first: Path) -> None:
    table = annotate_all(Table(), OLD)
    table.rows = [r for r in table.rows if r["sentence_id"] != "art000-0"]
    table.add("art000-0", A, claim_type="opinion")
    table.add("art000-0", B, claim_type="opinion")
    frame = table.frame()
    assert suggest_version(first, annotations=frame, sentences=OLD, schema=schema()) == "1.0.1"
    with pytest.warns(VersionWarning, match=re.escape("calls for 1.0.1")):
        rel = release(
            "2.0.0",
            first.parent / "x",
            annotations=frame,
            sentences=OLD,
            schema=schema(),
            parent=first,
        )
    assert rel.diff.relabelled["claim_type"] == 1
    assert (
        rel.diff.counts["claim_type"]["opinion"][1]
        == rel.diff.counts["claim_type"]["opinion"][0] + 1
    )
    assert "`claim_type`: 1 sentence(s) present in both releases relabelled" in str(rel.diff)


def test_removed_label_is_major(first: Path) -> None:
    from annotate.dataset import _diff, _manifest

    old = _diff.read_snapshot(first, _manifest.read(first))
    fields = dict(old.fields)
    fields["claim_type"] = replace(fields["claim_type"], labels=("factual", "opinion"))
    new = _diff.Snapshot("2.0.0", fields, old.schema, old.gold)
    assert _diff.compare(old, new).level == "major"
    del fields["hedging"]
    assert _diff.compare(old, new).fields_removed == ["hedging"]
    assert _diff.bump("1.4.2", "major") == "2.0.0"


def test_version_must_be_semver_and_newer_than_parent(first: Path) -> None:
    frame = annotate_all(Table(), OLD).frame()
    with pytest.raises(ReleaseError, match=re.escape("not MAJOR.MINOR.PATCH")):
        release("v2", first.parent, annotations=frame, sentences=OLD, schema=schema())
    with pytest.raises(ReleaseError, match="not newer"):
        release(
            "0.9.0", first.parent, annotations=frame, sentences=OLD, schema=schema(), parent=first
        )
