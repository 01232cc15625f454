"""Public corpora become releases that keep their official splits and load like our own."""

from __future__ import annotations

from pathlib import Path

from annotate.corpus._public import load_corpus
from annotate.dataset import load_release, verify
from annotate.dataset._import import import_corpus
from tests.shared import shared_data


def test_checkthat_release_keeps_the_official_splits(tmp_path: Path) -> None:
    shared_data()
    made = import_corpus("checkthat-subjectivity", tmp_path)
    assert made.path == tmp_path / "checkthat-subjectivity" / "1.0.0"
    manifest = verify(made.path)
    corpus = load_corpus("checkthat-subjectivity")
    official = corpus.sentences.groupby("split").size().to_dict()
    assert manifest.splits == {s: official[s] for s in ("train", "validation", "test")}
    data = load_release(made.path)
    assert data["test"].num_rows == official["test"]
    assert data["train"].features["subjectivity"].names == ["OBJ", "SUBJ"]
    test_ids = set(data["test"]["sentence_id"])
    expected = set(corpus.split("test")["sentence_id"])
    assert test_ids == expected
