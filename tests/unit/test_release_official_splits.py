"""Official splits (``split_column``): kept as given, checked, and said in card and manifest."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from annotate.dataset import ReleaseError, load_release, release, suggest_version, verify
from annotate.dataset._splits import official
from tests.unit.release_support import Table, annotate_all, corpus, schema, sentences

SENTS = sentences(corpus(12))
# Not grouped by article on purpose: an official split is whatever the corpus says.
OFFICIAL = ["train", "test", "validation", "train"] * 9


def _official(sents: pd.DataFrame = SENTS, values: list | None = None) -> pd.DataFrame:
    return sents.assign(split=values if values is not None else OFFICIAL[: len(sents)])


def _release(tmp_path: Path, sents: pd.DataFrame, version: str = "1.0.0", **kw) -> Path:
    table = annotate_all(Table(), sents).frame()
    return release(
        version, tmp_path, annotations=table, sentences=sents, schema=schema(), **kw
    ).path


def _split_of(path: Path) -> pd.Series:
    parts = {
        name: pq.read_table(path / "data" / f"{name}.parquet").to_pandas()["sentence_id"]
        for name in ("train", "validation", "test")
    }
    return pd.concat(pd.Series(name, index=ids.to_numpy()) for name, ids in parts.items())


def test_official_splits_are_kept_and_said(tmp_path: Path) -> None:
    sents = _official()
    path = _release(tmp_path, sents, split_column="split")
    got = _split_of(path).sort_index()
    assert got.equals(sents.set_index("sentence_id")["split"].sort_index().rename(None))
    manifest = verify(path)
    assert manifest.split_unit == "official"
    assert manifest.split_method == "official (column split)"
    assert manifest.ratios is None
    assert manifest.splits == {"train": 18, "validation": 9, "test": 9}
    readme = (path / "README.md").read_text()
    assert "Splits: official (column split)." in readme
    assert "hash of its `article_id`" not in readme


def test_default_release_says_its_split_method(tmp_path: Path) -> None:
    manifest = verify(_release(tmp_path, sentences(corpus(30))))
    assert manifest.split_unit == "article"
    assert manifest.split_method == "hash of article_id"
    assert manifest.ratios == (0.8, 0.1, 0.1)


def test_missing_official_split_is_empty_and_loads(tmp_path: Path) -> None:
    # CoNLL-2010 has train and evaluation data only.
    sents = _official(values=["train", "test", "train"] * 12)
    path = _release(tmp_path, sents, split_column="split")
    assert verify(path).splits == {"train": 24, "validation": 0, "test": 12}
    assert pq.read_table(path / "data" / "validation.parquet").num_rows == 0
    ds = load_release(path)
    assert sorted(ds) == ["test", "train"]
    assert (len(ds["train"]), len(ds["test"])) == (24, 12)
    meta = (path / "README.md").read_text().split("---\n")[1]
    assert "data/validation.parquet" not in meta
    import datasets

    assert sorted(datasets.load_dataset(str(path))) == ["test", "train"]


def test_near_duplicates_across_official_splits_are_reported_not_moved(tmp_path: Path) -> None:
    spec = corpus(12)
    wire = "Officials said on Monday the missiles arrived."
    spec["art001"][0] = wire  # art001-0: official train
    spec["art003"][0] = wire.upper()  # art003-0: official test
    sents = _official(sentences(spec))
    assert sents.set_index("sentence_id").loc[["art001-0", "art003-0"], "split"].tolist() == [
        "train",
        "test",
    ]
    result = official(sents, "split")
    assert result.split[["art001-0", "art003-0"]].tolist() == ["train", "test"]
    assert result.duplicates["split"].tolist() == result.duplicates["hashed_split"].tolist()
    assert set(result.duplicates["sentence_id"]) == {"art001-0", "art003-0"}

    path = _release(tmp_path, sents, split_column="split")
    assert _split_of(path)[["art001-0", "art003-0"]].tolist() == ["train", "test"]
    manifest = verify(path)
    assert manifest.near_duplicates.to_dict() == {"groups": 1, "sentences": 2, "moved": 0}
    report = pd.read_csv(path / "reports" / "near_duplicates.csv")
    assert sorted(report["sentence_id"]) == ["art001-0", "art003-0"]
    readme = (path / "README.md").read_text()
    assert "reported, not moved: 1 group(s), 2 sentence(s)" in readme
    assert "1 group(s) of near-duplicate sentences span two or more splits" in readme


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            ["train", "dev", "test"] * 12,
            "split column 'split' holds 12 value(s) other than train, validation, test: "
            "'dev' (12 row(s)); e.g. sentence art000-1, art001-1",
        ),
        (
            ["train", None, "Test"] * 12,
            "holds 24 value(s) other than train, validation, test: missing (12 row(s)), "
            "'Test' (12 row(s))",
        ),
    ],
)
def test_bad_split_values_are_a_clear_error(tmp_path: Path, values, message: str) -> None:
    with pytest.raises(ReleaseError, match=re.escape(message)) as err:
        _release(tmp_path, _official(values=values), split_column="split")
    assert "dev -> validation" in str(err.value)
    assert not list(tmp_path.iterdir())


def test_missing_split_column_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match="the sentence table has no split column 'fold'"):
        _release(tmp_path, _official(), split_column="fold")


def test_suggest_version_takes_the_split_column(tmp_path: Path) -> None:
    sents = _official()
    _release(tmp_path, sents, split_column="split")
    table = annotate_all(Table(), sents).frame()
    version = suggest_version(
        tmp_path / "1.0.0",
        annotations=table,
        sentences=sents,
        schema=schema(),
        split_column="split",
    )
    assert version == "1.0.1"
