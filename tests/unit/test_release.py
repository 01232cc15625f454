"""The release directory: loadable without the toolkit, reproducible, private, verified."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
import yaml

from annotate.dataset import IntegrityError, ReleaseError, load_release, release, verify
from tests.unit.release_support import ROOT, A, B, C, Table, annotate_all, corpus, schema
from tests.unit.release_support import sentences as make_sentences

SENTS = make_sentences(corpus(30))


def _release(tmp_path: Path, version: str = "1.0.0", **kw) -> Path:
    table = kw.pop("table", None) or annotate_all(Table(), SENTS)
    kw.setdefault("sentences", SENTS)
    return release(version, tmp_path, annotations=table.frame(), schema=schema(), **kw).path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    t = annotate_all(Table(), SENTS)
    t.add("art000-0", C, claim_type="opinion", hedge_cue=[(0, 8)])
    return _release(
        tmp_path_factory.mktemp("rel"),
        table=t,
        project={"title": "news-stance", "id": 3, "url": "http://ls.local/projects/3?token=SECRET"},
    )


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    """The default release of ``_release``, built once; tests that change it copy it first."""
    return _release(tmp_path_factory.mktemp("plain"))


def test_plain_datasets_loads_three_splits_with_class_names(built: Path) -> None:
    code = (
        "import sys, datasets; d = datasets.load_dataset(sys.argv[1]);"
        "assert 'annotate' not in sys.modules;"
        "print(sorted(d), d['train'].features['claim_type'].names, d['test'].num_rows)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(built)],
        capture_output=True,
        text=True,
        check=True,
        cwd=built,
    )
    assert "['test', 'train', 'validation']" in out.stdout
    assert "['factual', 'prediction', 'opinion', 'rule_or_policy', 'not_a_claim']" in out.stdout


def test_layout_manifest_and_card(built: Path) -> None:
    manifest = verify(built)
    files = set(manifest.files)
    assert {
        "data/train.parquet",
        "data/validation.parquet",
        "data/test.parquet",
        "data/annotations.parquet",
        "README.md",
        "CHANGES.md",
        "guidelines.md",
        "schema.yaml",
        "images/label_distribution.png",
    } <= files
    assert manifest.format_version == 2 and manifest.parent is None
    assert manifest.schema.sha256 == schema().sha256
    assert manifest.project == {
        "title": "news-stance",
        "id": 3,
        "url": "http://ls.local/projects/3",
    }
    assert manifest.counts.sentences == len(SENTS)
    readme = (built / "README.md").read_text()
    meta = yaml.safe_load(readme.split("---\n")[1])
    assert [c["config_name"] for c in meta["configs"]] == ["default", "per_annotator"]
    info = meta["dataset_info"][0]
    assert sum(s["num_examples"] for s in info["splits"]) == len(SENTS)
    claim = next(f for f in info["features"] if f["name"] == "claim_type")
    assert claim["dtype"]["class_label"]["names"]["0"] == "factual"
    assert {"license", "language", "task_categories", "size_categories", "pretty_name"} <= set(meta)
    for heading in (
        "## Label distribution",
        "## Agreement",
        "## Known limitations",
        "## How to load",
        "## Changelog",
        "guidelines.md",
        "label_distribution.png",
    ):
        assert heading in readme


def test_per_annotator_config_has_soft_labels_and_method(built: Path) -> None:
    import datasets

    raw = datasets.load_dataset(str(built), "per_annotator")["train"].to_pandas()
    row = raw[(raw["sentence_id"] == "art000-0") & (raw["field"] == "claim_type")].iloc[0]
    # Two votes factual, one opinion (annotator C).
    assert row["gold"] == "factual" and row["aggregation"] == "majority"
    assert list(row["soft_label"]) == pytest.approx([2 / 3, 0, 1 / 3, 0, 0])
    assert set(raw["annotator"]) == {A, B, C}


def test_same_input_gives_identical_files(plain: Path, tmp_path: Path) -> None:
    a, b = plain, _release(tmp_path / "b")
    ma, mb = (json.loads((p / "manifest.json").read_text()) for p in (a, b))
    assert ma.pop("created") and mb.pop("created")
    assert ma == mb
    for name in ma["files"]:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_no_personal_data_reaches_any_file(tmp_path: Path) -> None:
    frame = annotate_all(Table(), SENTS).frame()
    frame["email"] = "alice@example.org"
    frame["api_token"] = "tok_0123456789abcdef"
    frame["username"] = "alice.smith"
    path = release("1.0.0", tmp_path, annotations=frame, sentences=SENTS, schema=schema()).path
    for file in path.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            for secret in (b"alice@example.org", b"tok_0123456789abcdef", b"alice.smith"):
                assert secret not in data, file
    assert json.loads((path / "manifest.json").read_text())["unpublished_columns"] == [
        "api_token",
        "email",
        "username",
    ]
    frame = annotate_all(Table(), SENTS).frame()
    frame.loc[frame["annotator"] == A, "annotator"] = "alice@example.org"
    with pytest.raises(ReleaseError, match="not pseudonyms") as err:
        release("1.0.1", tmp_path, annotations=frame, sentences=SENTS, schema=schema())
    assert "alice@example.org" not in str(err.value)


def test_tampered_file_fails_verify_and_loader(plain: Path, tmp_path: Path) -> None:
    path = shutil.copytree(plain, tmp_path / plain.name)
    target = path / "data" / "test.parquet"
    os.chmod(target, 0o644)
    target.write_bytes(target.read_bytes() + b"x")
    with pytest.raises(IntegrityError, match=re.escape("data/test.parquet: checksum mismatch")):
        verify(path)
    with pytest.raises(IntegrityError, match=re.escape("data/test.parquet")):
        load_release(path)
    (path / "data" / "extra.parquet").write_bytes(b"")
    with pytest.raises(IntegrityError, match=re.escape("extra.parquet: not in the manifest")):
        verify(path)


def test_refuses_to_overwrite_and_leaves_no_temp_dir(tmp_path: Path) -> None:
    _release(tmp_path)
    with pytest.raises(ReleaseError, match="already exists"):
        _release(tmp_path)
    bad = annotate_all(Table(schema_version="0.9.0"), SENTS)
    with pytest.raises(ReleaseError):
        _release(tmp_path, "1.0.1", table=bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.0.0"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda f: f.assign(schema_version="0.9.0"), "pulled with schema version 0.9.0"),
        (lambda f: f.iloc[0:0], "annotation table is empty"),
        (
            lambda f: f[~((f["annotation_id"] == 1) & (f["field"] == "hedging"))],
            "lack rows for some schema fields",
        ),
        (lambda f: f.assign(was_cancelled=True), "were cancelled"),
        (lambda f: f.drop(columns="annotator"), "no column"),
        (
            lambda f: f.assign(value=f["value"].where(f["field"] != "claim_type", "rumour")),
            "rumour",
        ),
    ],
)
def test_bad_input_is_a_clear_error(tmp_path: Path, mutate, message: str) -> None:
    frame = mutate(annotate_all(Table(), SENTS).frame())
    with pytest.raises(ReleaseError, match=message):
        release("1.0.0", tmp_path, annotations=frame, sentences=SENTS, schema=schema())


def test_annotated_sentence_missing_from_sentence_table(tmp_path: Path) -> None:
    out = tmp_path / "releases"
    with pytest.raises(ReleaseError, match="not in the sentence table"):
        _release(out, sentences=SENTS.iloc[1:])
    assert not out.exists()  # checked with the other inputs, before anything is written


def test_offsets_policy_publishes_no_text(tmp_path: Path) -> None:
    t = annotate_all(Table(), SENTS)
    t.add("art000-0", C, hedge_cue=[(0, 8)])
    t.add("art000-0", A, hedge_cue=[(0, 8)], updated="2026-05-01")
    path = _release(tmp_path, table=t, text_policy="offsets")
    for name in ("train", "validation", "test", "annotations"):
        table = pq.read_table(path / "data" / f"{name}.parquet")
        assert not {"text", "context_before", "context_after", "title"} & set(table.column_names)
        flat = json.dumps(table.to_pylist(), default=str)
        assert "says a thing" not in flat and "Sentence 0" not in flat
    readme = (path / "README.md").read_text()
    assert "## Rebuilding the text" in readme and "text_sha256" in readme
    assert (path / "scripts" / "rebuild_text.py").is_file()


def test_single_article_fallback_is_said(tmp_path: Path) -> None:
    sents = make_sentences(corpus(1, per_article=40))
    path = _release(tmp_path, table=annotate_all(Table(), sents), sentences=sents)
    assert verify(path).split_unit == "sentence"
    assert "Fallback used in this release" in (path / "README.md").read_text()


def test_committed_old_release_still_loads() -> None:
    fixture = ROOT / "tests" / "data" / "releases" / "1.0.0"
    ds = load_release(fixture)
    assert ds["train"].features["claim_type"].names[0] == "factual"
    assert sum(len(ds[s]) for s in ds) == verify(fixture).counts.sentences


def test_gold_labels_are_class_label_ints_with_minus_one_for_review(tmp_path: Path) -> None:
    t = annotate_all(Table(), SENTS, annotators=(A,))
    t.add("art000-0", B, claim_type="opinion")  # 1 factual vs 1 opinion: a tie
    path = _release(tmp_path, table=t)
    frame = pd.concat(
        pq.read_table(path / "data" / f"{s}.parquet").to_pandas()
        for s in ("train", "validation", "test")
    )
    row = frame.set_index("sentence_id").loc["art000-0"]
    assert row["claim_type"] == -1 and row["n_annotators"] == 2
    queue = pd.read_csv(path / "reports" / "review_queue.csv")
    assert queue["sentence_id"].tolist() == ["art000-0"]
