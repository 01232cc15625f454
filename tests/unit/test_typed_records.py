"""The typed records of a release and a model read and write back byte for byte.

``manifest.json`` is written once and pinned by its sha256, so its JSON round trip must be
exact: the committed format-1 release (which predates ``split_method`` and the exclusion
counts), a release built now, and any manifest the types can hold; keys a newer writer adds
are kept, not dropped.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import FrozenInstanceError, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.dataset import IntegrityError, ReleaseError, release, verify
from annotate.dataset._build import ReleaseSettings
from annotate.dataset._manifest import (
    Aggregation,
    Counts,
    FieldSpec,
    Manifest,
    NearDuplicates,
    SchemaRef,
    read,
)
from annotate.errors import ModelFormatError
from annotate.model._meta import ModelMeta, ReleaseRef
from annotate.model._metrics import TrainMetrics
from annotate.model._model_file import FORMAT_VERSION, _read_meta, load_model
from tests.unit.release_support import ROOT, Table, annotate_all, corpus, schema
from tests.unit.release_support import sentences as make_sentences

OLD = ROOT / "tests" / "data" / "releases" / "1.0.0"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sents = make_sentences(corpus(6))
    return release(
        "1.0.0",
        tmp_path_factory.mktemp("releases"),
        annotations=annotate_all(Table(), sents).frame(),
        sentences=sents,
        schema=schema(),
        project={"title": "news-stance", "id": 3, "url": "http://ls.local/projects/3"},
    ).path


@pytest.mark.parametrize("which", ["committed 1.0.0", "built now"])
def test_a_release_manifest_read_and_written_back_is_byte_identical(
    built: Path, which: str
) -> None:
    root = OLD if which == "committed 1.0.0" else built
    raw = (root / "manifest.json").read_bytes()
    manifest = verify(root)
    assert isinstance(manifest, Manifest)
    assert manifest.to_json().encode("utf-8") == raw
    assert Manifest.from_json(raw) == manifest
    assert manifest.sha256 == Manifest.from_json(raw).sha256


def test_the_committed_release_reads_into_types_with_its_missing_keys_as_none() -> None:
    manifest = read(OLD)
    assert manifest.format_version == 1 and manifest.version == "1.0.0"
    assert manifest.split_method is None  # written before official splits existed
    assert manifest.counts.excluded_annotations is None
    assert manifest.counts.excluded_by_rule is None
    assert manifest.fields["hedging"] == FieldSpec("choice", ("hedged", "not_hedged"))
    assert manifest.schema.name == "news-stance"
    assert manifest.splits == {"train": 21, "validation": 2, "test": 1}


def test_keys_of_a_newer_writer_are_kept(tmp_path: Path) -> None:
    data = json.loads((OLD / "manifest.json").read_text())
    data["new_top"] = {"a": [1, 2]}
    data["counts"]["new_count"] = 7
    data["schema"]["new_schema_key"] = "x"
    data["fields"]["hedging"]["new_field_key"] = True
    data = {**{k: v for k, v in data.items() if k != "files"}, "files": data["files"]}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    manifest = Manifest.from_json(text)
    assert manifest.extra == {"new_top": {"a": [1, 2]}}
    assert manifest.counts.extra == {"new_count": 7}
    assert manifest.schema.extra == {"new_schema_key": "x"}
    assert manifest.fields["hedging"].extra == {"new_field_key": True}
    assert manifest.to_json() == text


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda m: m.pop("splits"), "no 'splits'"),
        (lambda m: m["counts"].pop("sentences"), "counts: no 'sentences'"),
        (lambda m: m.update(fields=[]), "fields: [] is not a JSON object"),
        (lambda m: m["fields"].update(hedging="choice"), "fields.hedging: 'choice' is not"),
    ],
)
def test_a_manifest_missing_a_key_fails_verify_naming_it(
    tmp_path: Path, change, named: str
) -> None:
    copy = tmp_path / "1.0.0"
    shutil.copytree(OLD, copy)
    data = json.loads((copy / "manifest.json").read_text())
    change(data)
    (copy / "manifest.json").write_text(json.dumps(data, indent=2) + "\n")
    with pytest.raises(IntegrityError, match=re.escape(named)) as caught:
        verify(copy)
    assert str(copy / "manifest.json") in caught.value.message
    assert caught.value.hint


_text = st.text(max_size=8)
_count = st.integers(min_value=0, max_value=10**9)
_number = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))
_json = st.recursive(
    st.one_of(st.none(), st.booleans(), _count, _text),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=6,
)


def _extra(known: tuple[str, ...]) -> st.SearchStrategy[dict]:
    return st.dictionaries(_text.filter(lambda k: k not in known), _json, max_size=2)


_SCHEMA_KEYS = ("name", "version", "guidelines_version", "sha256")
_manifests = st.builds(
    Manifest,
    version=_text,
    created=_text,
    parent=st.none() | _text,
    toolkit_version=_text,
    text_policy=st.sampled_from(["full", "offsets"]),
    license=_text,
    project=st.none() | st.dictionaries(st.sampled_from(["title", "id", "url"]), _text | _count),
    schema=st.builds(
        SchemaRef,
        _text,
        _text,
        st.none() | _text,
        _text,
        _extra(_SCHEMA_KEYS),
    ),
    fields=st.dictionaries(
        _text, st.builds(FieldSpec, _text, st.lists(_text).map(tuple)), max_size=3
    ),
    splits=st.dictionaries(_text, _count, max_size=3),
    split_unit=_text,
    ratios=st.none() | st.lists(st.floats(0, 1), min_size=3, max_size=3).map(tuple),
    counts=st.builds(
        Counts,
        *[_count] * 7,
        without_gold=st.dictionaries(_text, _count, max_size=2),
        excluded_annotations=st.none() | _count,
        excluded_by_rule=st.none() | st.dictionaries(_text, _count, max_size=2),
    ),
    aggregation=st.builds(
        Aggregation, _text, _count, st.floats(0, 1), st.dictionaries(_text, _count), _count
    ),
    near_duplicates=st.builds(NearDuplicates, _count, _count, _count),
    agreement=st.dictionaries(_text, st.dictionaries(_text, _number, max_size=2), max_size=2),
    unpublished_columns=st.lists(_text, max_size=2).map(tuple),
    files=st.dictionaries(_text, _text, max_size=3),
    split_method=st.none() | _text,
    extra=_extra((*Manifest._ORDER, "files", "extra", "sha256")),
)


@given(_manifests)
def test_any_manifest_round_trips_through_json(manifest: Manifest) -> None:
    text = manifest.to_json()
    again = Manifest.from_json(text)
    assert again == manifest
    assert again.to_json() == text


def test_a_changed_manifest_is_written_with_its_change(built: Path) -> None:
    manifest = read(built)
    moved = replace(manifest, split_method=None, version="9.9.9")
    data = json.loads(moved.to_json())
    assert "split_method" not in data and data["version"] == "9.9.9"
    assert list(data)[-1] == "files"


_settings = st.builds(
    ReleaseSettings,
    version=_text,
    text_policy=st.sampled_from(["full", "offsets"]),
    splits=st.sampled_from([(0.8, 0.1, 0.1), (1.0, 0.0, 0.0), (0.5, 0.25, 0.25)]),
    split_column=st.none() | _text,
    min_annotators=_count,
    min_agreement=st.floats(0, 1),
    project=st.none() | st.dictionaries(st.sampled_from(["title", "id", "url"]), _text | _count),
    license=_text,
    pretty_name=_text,
)


@given(_settings)
def test_release_settings_round_trip_through_json(settings: ReleaseSettings) -> None:
    again = ReleaseSettings.from_dict(json.loads(json.dumps(settings.to_dict())))
    assert again == settings


def test_release_settings_are_frozen_and_checked() -> None:
    settings = ReleaseSettings.from_dict(
        {
            "version": "1.0.0",
            "text_policy": "full",
            "splits": [0.8, 0.1, 0.1],
            "split_column": None,
            "min_annotators": 1,
            "min_agreement": 0.5,
            "project": None,
            "license": "other",
            "pretty_name": "news-stance",
        }
    )
    assert settings.splits == (0.8, 0.1, 0.1)
    with pytest.raises(FrozenInstanceError):
        settings.version = "2.0.0"  # type: ignore[misc]
    with pytest.raises(ReleaseError, match="three non-negative ratios"):
        ReleaseSettings.from_dict({**settings.to_dict(), "splits": [0.5, 0.5]})


# --- model.json ---------------------------------------------------------------------------

OLD_MODEL = ROOT / "tests" / "data" / "models" / "tfidf-lr-news-stance-0.1.0-format0"


def test_a_format0_model_json_reads_typed_and_writes_back_byte_identical() -> None:
    path = OLD_MODEL / "model.json"
    meta = _read_meta(path)
    assert meta.format_version == 0 and meta.release_manifest_sha256 is None
    assert meta.release is not None and meta.release.name is None
    assert meta.fields == {"hedging": ("hedged", "not_hedged")}
    assert meta.to_json() == path.read_text(encoding="utf-8")


@pytest.fixture
def trainable(hedging_model: tuple[Path, Any]) -> Path:
    return hedging_model[0]


@pytest.fixture
def trained(hedging_model: tuple[Path, Any]) -> Path:
    return Path(hedging_model[1].output_dir)


def test_a_model_json_written_now_reads_back_byte_identical(trained: Path, trainable: Path) -> None:
    path = trained / "model.json"
    meta = _read_meta(path)
    pinned = read(trainable).sha256
    assert meta.format_version == FORMAT_VERSION
    assert meta.release == ReleaseRef("0.1.0", pinned, name="news-stance")
    assert meta.release_manifest_sha256 == pinned
    text = path.read_text(encoding="utf-8")
    assert meta.to_json() == text
    # What the toolkit wrote before model.json was typed: this dict, dumped this way.
    assert json.dumps(json.loads(text), indent=2) + "\n" == text
    assert list(json.loads(text)) == [
        "format_version",
        "model_version",
        "release_manifest_sha256",
        "release",
        "schema",
        "fields",
    ]


def test_keys_of_a_newer_model_json_are_kept(trained: Path, tmp_path: Path) -> None:
    data = json.loads((trained / "model.json").read_text())
    data["calibration"] = {"hedging": "isotonic"}
    data["release"]["rows"] = 24
    meta = ModelMeta.from_dict(data)
    assert meta.extra == {"calibration": {"hedging": "isotonic"}}
    assert meta.release is not None and meta.release.extra == {"rows": 24}
    assert meta.to_dict() == data


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda m: m.update(fields={"hedging": "hedged"}), "fields {'hedging': 'hedged'} is not"),
        (lambda m: m["schema"].pop("sha256"), "schema: no 'sha256'"),
        (lambda m: m.update(release=[]), "release: [] is not a JSON object"),
    ],
)
def test_a_damaged_model_json_is_one_model_format_error(
    trained: Path, tmp_path: Path, change, named: str
) -> None:
    model = tmp_path / "m"
    shutil.copytree(trained, model)
    data = json.loads((model / "model.json").read_text())
    change(data)
    (model / "model.json").write_text(json.dumps(data))
    with pytest.raises(ModelFormatError, match=re.escape(named)) as caught:
        load_model(model)
    assert "model.json: not a model file" in caught.value.message
    assert "retrain" in (caught.value.hint or "")


_metas = st.builds(
    ModelMeta,
    model_version=_text,
    schema=st.builds(SchemaRef, _text, _text, st.none() | _text, _text),
    fields=st.dictionaries(_text, st.lists(_text, max_size=3).map(tuple), max_size=3),
    release=st.none()
    | st.builds(ReleaseRef, _text, _text, st.none() | _text, _extra(("name", "version"))),
    release_manifest_sha256=st.none() | _text,
    format_version=st.integers(0, FORMAT_VERSION),
    extra=_extra((*ModelMeta._ORDER, "extra")),
)


@given(_metas)
def test_any_model_meta_round_trips_through_json(meta: ModelMeta) -> None:
    text = meta.to_json()
    again = ModelMeta.from_dict(json.loads(text))
    assert again == meta
    assert again.to_json() == text


# -- metrics.json ----------------------------------------------------------------------------


def test_a_metrics_json_written_now_reads_back_byte_identical(trained: Path) -> None:
    text = (trained / "metrics.json").read_text(encoding="utf-8")
    metrics = TrainMetrics.read(trained)
    assert metrics.to_json() == text
    # What the toolkit wrote before metrics.json was typed: this dict, dumped this way.
    assert json.dumps(json.loads(text), indent=2, sort_keys=False) + "\n" == text
    assert list(json.loads(text)) == list(TrainMetrics._ORDER)
    assert metrics.release == _read_meta(trained / "model.json").release
    assert metrics.learning_curve["hedging"][-1][0] == 90  # all of train
    assert metrics.extra == {}


def test_keys_of_a_newer_metrics_json_are_kept(trained: Path) -> None:
    data = json.loads((trained / "metrics.json").read_text())
    data["calibration"] = {"hedging": 0.03}
    metrics = TrainMetrics.from_dict(data)
    assert metrics.extra == {"calibration": {"hedging": 0.03}}
    assert metrics.to_dict() == data


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda m: m.pop("seed"), "metrics.json: no 'seed'"),
        (lambda m: m.update(fields=[]), "fields [] is not a JSON dict"),
        (lambda m: m.update(learning_curve={"hedging": [1]}), "learning_curve {'hedging': [1]}"),
        (lambda m: m["schema"].pop("sha256"), "schema: no 'sha256'"),
    ],
)
def test_a_damaged_metrics_json_is_one_integrity_error(
    trained: Path, tmp_path: Path, change, named: str
) -> None:
    data = json.loads((trained / "metrics.json").read_text())
    change(data)
    (tmp_path / "metrics.json").write_text(json.dumps(data))
    with pytest.raises(IntegrityError, match=re.escape(named)):
        TrainMetrics.read(tmp_path)
    (tmp_path / "metrics.json").write_text('{"model_version": ')
    with pytest.raises(IntegrityError, match=r"metrics\.json is not JSON"):
        TrainMetrics.read(tmp_path)


_points = st.lists(st.tuples(_count, _number), max_size=3).map(tuple)
_metrics = st.builds(
    TrainMetrics,
    model_version=_text,
    seed=_count,
    release=st.builds(ReleaseRef, _text, _text, st.none() | _text, _extra(("name", "version"))),
    schema=st.builds(SchemaRef, _text, _text, st.none() | _text, _text),
    fields=st.dictionaries(_text, st.dictionaries(_text, _json, max_size=3), max_size=2),
    learning_curve=st.dictionaries(_text, _points, max_size=2),
    rules_vs_model=st.lists(st.dictionaries(_text, _json, max_size=3), max_size=2).map(tuple),
    peak_rss_mb=st.floats(0, 1e6),
    extra=_extra((*TrainMetrics._ORDER, "extra")),
)


@given(_metrics)
def test_any_train_metrics_round_trip_through_json(metrics: TrainMetrics) -> None:
    text = metrics.to_json()
    again = TrainMetrics.from_dict(json.loads(text))
    assert again == metrics
    assert again.to_json() == text
