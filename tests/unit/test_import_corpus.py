"""Public corpora become releases that keep their official splits and load like our own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotate.corpora import load_corpus, shared_data_dir
from annotate.import_corpus import import_corpus
from annotate.release import load_release, verify

if not (shared_data_dir() / "checkthat2025-subjectivity").is_dir():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"CI needs the shared data at {shared_data_dir()}")
    pytest.skip("shared data not available", allow_module_level=True)


def test_checkthat_release_keeps_the_official_splits(tmp_path: Path) -> None:
    made = import_corpus("checkthat-subjectivity", tmp_path)
    assert made.path == tmp_path / "checkthat-subjectivity" / "1.0.0"
    manifest = verify(made.path)
    corpus = load_corpus("checkthat-subjectivity")
    official = corpus.sentences.groupby("split").size().to_dict()
    assert manifest["splits"] == {s: official[s] for s in ("train", "validation", "test")}
    data = load_release(made.path)
    assert data["test"].num_rows == official["test"]
    assert data["train"].features["subjectivity"].names == ["OBJ", "SUBJ"]
    test_ids = set(data["test"]["sentence_id"])
    expected = set(corpus.split("test")["sentence_id"])
    assert test_ids == expected
