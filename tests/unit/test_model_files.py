"""Model files: nothing in one runs code, old ones keep loading, each names its training data."""

from __future__ import annotations

import builtins
import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.dataset._import import release_from_gold
from annotate.model import features as _features
from annotate.model._model_file import (
    FORMAT_VERSION,
    ModelFormatError,
    UntrustedModelError,
    load_model,
)
from annotate.model._predict import predict
from annotate.model._train import train
from annotate.studio._predictions import to_predictions
from tests.unit.test_train import SCHEMA, _release, _rows

OLD_MODEL = Path(__file__).parents[1] / "data" / "models" / "tfidf-lr-news-stance-0.1.0-format0"


@pytest.fixture
def trained(hedging_model):
    """A release and a hedging model trained on it (one field keeps the fit short)."""
    return hedging_model


def _copy_model(result, where: Path) -> Path:
    where.mkdir()
    for name in ("model.skops", "model.json"):
        shutil.copy(result.output_dir / name, where / name)
    return where


# --- a model file must not run code ---------------------------------------------------------


def _crafted_model(trained, where: Path, marker: Path) -> Path:
    """A model folder whose pipeline, when applied, writes ``marker`` through ``exec``.

    Built as the attack was reported: ``np.full_like`` fills the input with the payload,
    ``min`` picks one copy out and ``exec`` runs it. skops rebuilds every piece on load; only
    the types check stands between the file and the payload.
    """
    import skops.io as sio
    from sklearn.dummy import DummyClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    payload = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    fill = FunctionTransformer(np.full_like, kw_args={"fill_value": payload, "dtype": object})
    pipe = Pipeline(
        [
            ("fill", fill),
            ("pick", FunctionTransformer(builtins.min)),
            ("run", FunctionTransformer(builtins.exec)),
            # Fitted, so that the pipeline counts as fitted and predict reaches the steps above.
            ("model", DummyClassifier().fit([[0], [1]], ["hedged", "not_hedged"])),
        ]
    )
    model = _copy_model(trained[1], where)
    sio.dump({"hedging": pipe}, model / "model.skops")
    return model


@pytest.mark.parametrize("command", ["predict", "evaluate"])
def test_a_model_file_that_would_run_code_is_refused_by_the_cli(trained, tmp_path, command):
    release, _ = trained
    marker = tmp_path / "payload-ran"
    model = _crafted_model(trained, tmp_path / "crafted", marker)
    sentences = tmp_path / "sentences.parquet"
    _rows(4, "new", 5)[["sentence_id", "text"]].to_parquet(sentences)
    target = str(sentences) if command == "predict" else str(release)
    args = [command, str(model), target]
    if command == "predict":
        args += ["-o", str(tmp_path / "pred.parquet")]
    result = CliRunner().invoke(app, args)
    assert not marker.exists(), "the model file ran its payload"
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    (line,) = [x for x in result.output.splitlines() if x.startswith("error:")]
    for name in ("builtins.exec", "builtins.min", "numpy.full_like"):
        assert name in line
    assert "untrusted source" in result.output and "annotate train" in result.output


def test_a_function_of_this_toolkit_is_not_trusted_by_its_module_name(trained, tmp_path):
    """Trust is by exact name: a function beside the feature classes is still refused."""
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    model = _copy_model(trained[1], tmp_path / "m")
    pipe = Pipeline([("grams", FunctionTransformer(_features._grams))])
    sio.dump({"hedging": pipe}, model / "model.skops")
    with pytest.raises(
        UntrustedModelError,
        match=r"types annotate train never writes: annotate\.model\.features\._grams\n",
    ):
        load_model(model)


# --- the model format version ---------------------------------------------------------------


def test_model_json_records_the_format_version(trained):
    _, result = trained
    meta = json.loads((result.output_dir / "model.json").read_text())
    assert meta["format_version"] == FORMAT_VERSION == 9
    _, loaded = load_model(result.output_dir)
    assert loaded.format_version == FORMAT_VERSION


@pytest.mark.parametrize("value", [FORMAT_VERSION + 1, 99])
def test_a_model_from_a_newer_toolkit_asks_to_upgrade(trained, tmp_path, value):
    model = _copy_model(trained[1], tmp_path / "m")
    meta = json.loads((model / "model.json").read_text())
    (model / "model.json").write_text(json.dumps({**meta, "format_version": value}))
    with pytest.raises(
        ModelFormatError, match=rf"format_version {value}.*knows up to {FORMAT_VERSION}"
    ) as err:
        load_model(model)
    assert "upgrade annotate" in str(err.value)
    result = CliRunner().invoke(app, ["predict", str(model), str(tmp_path / "s.parquet")])
    assert result.exit_code == 2 and "upgrade annotate" in result.output


@pytest.mark.parametrize("value", ["1", 1.5, True, None])
def test_a_format_version_that_is_not_an_integer_is_refused(trained, tmp_path, value):
    model = _copy_model(trained[1], tmp_path / "m")
    meta = json.loads((model / "model.json").read_text())
    (model / "model.json").write_text(json.dumps({**meta, "format_version": value}))
    with pytest.raises(
        ModelFormatError, match=r"model\.json: format_version .* not a whole number"
    ):
        load_model(model)


@pytest.mark.parametrize(
    ("name", "content"),
    [("model.json", b"{not json"), ("model.skops", b"PK\x03\x04 cut short"), ("model.skops", b"")],
)
def test_a_corrupt_model_file_is_one_message(trained, tmp_path, name, content):
    model = _copy_model(trained[1], tmp_path / "m")
    (model / name).write_bytes(content)
    with pytest.raises(ModelFormatError, match=rf"{name}: not a model file .*\(") as err:
        load_model(model)
    assert "retrain" in str(err.value)


def test_a_folder_without_a_model_is_one_message(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "holds no trained model (model.skops, model.json)" in result.output


def test_a_model_written_before_format_versions_still_loads_and_predicts_the_same():
    recorded = json.loads((OLD_MODEL / "predictions.json").read_text())
    assert "format_version" not in json.loads((OLD_MODEL / "model.json").read_text())
    models, meta = load_model(OLD_MODEL)
    assert meta.format_version == 0 and list(models) == ["hedging"]
    texts = [p["text"] for p in recorded["predictions"]]
    sentences = pd.DataFrame({"sentence_id": [f"s{i}" for i in range(len(texts))], "text": texts})
    pred = predict(OLD_MODEL, sentences)
    assert list(pred["hedging"]) == [p["hedging"] for p in recorded["predictions"]]
    assert pred["hedging_score"].tolist() == pytest.approx(
        [p["hedging_score"] for p in recorded["predictions"]], abs=1e-3
    )
    assert set(pred["model_version"]) == {recorded["model_version"]}


# --- model ids ------------------------------------------------------------------------------


def _manifest_sha256(release: Path) -> str:
    return hashlib.sha256((release / "manifest.json").read_bytes()).hexdigest()


def test_two_releases_of_one_name_and_version_give_two_model_ids(trained, tmp_path):
    release_a, result_a = trained
    # Same name and version 0.1.0, other (and fewer, to train fast) sentences.
    release_b = _release(tmp_path, n_train=10, n_valid=10, n_test=12)
    result_b = train(release_b, tmp_path / "model", fields=["hedging"], seed=0)
    assert result_a.model_version != result_b.model_version
    for release, result in ((release_a, result_a), (release_b, result_b)):
        full = _manifest_sha256(release)
        assert result.model_version == f"tfidf-lr-news-stance@0.1.0+{full[:12]}"
        meta = json.loads((result.output_dir / "model.json").read_text())
        assert meta["model_version"] == result.model_version
        assert meta["release_manifest_sha256"] == full
        assert meta["release"] == {
            "name": "news-stance",
            "version": "0.1.0",
            "manifest_sha256": full,
        }
        assert json.loads((result.output_dir / "metrics.json").read_text())["model_version"] == (
            result.model_version
        )
    # What push sends to Label Studio carries the id.
    pred = predict(result_b.output_dir, _rows(3, "new", 5)[["sentence_id", "text"]])
    items = to_predictions(pred, SCHEMA)
    assert {item["model_version"] for item in items} == {result_b.model_version}


def test_the_model_id_names_the_release_not_only_its_schema(tmp_path):
    """Two corpora under one schema (CoNLL-2010 Wikipedia and biological) are told apart."""
    ids = []
    for subset in ("wikipedia", "biological"):
        table = pd.concat(
            # 20 train sentences: 10 of each hedging label, too few for a threshold search.
            [_rows(20, s, i).assign(split=s) for i, s in enumerate(("train", "test"))],
            ignore_index=True,
        )
        name = f"conll2010-{subset}"
        made = release_from_gold(table, SCHEMA, tmp_path / name, "1.0.0", pretty_name=name)
        ids.append(train(made.path, tmp_path / f"m-{subset}", fields=["hedging"]).model_version)
    assert ids[0].startswith("tfidf-lr-conll2010-wikipedia@1.0.0+")
    assert ids[1].startswith("tfidf-lr-conll2010-biological@1.0.0+")


# --- size and round trip --------------------------------------------------------------------


def _varied(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` labelled sentences over a 6,000-word vocabulary: every sentence brings new word
    pairs and character n-grams, as real text does (tens of thousands of TF-IDF columns)."""
    rng = np.random.default_rng(seed)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    words = ["".join(rng.choice(letters, rng.integers(3, 10))) for _ in range(6000)]
    rows = []
    for i in range(n):
        body = " ".join(rng.choice(words, 18))
        hedged = i % 3 == 0
        rows.append({"text": f"{'It may be that ' if hedged else ''}{body}.", "hedging": hedged})
    df = pd.DataFrame(rows)
    df["hedging"] = np.where(df["hedging"], "hedged", "not_hedged")
    return df


def test_a_model_of_thousands_of_sentences_is_small_and_predicts_the_same_after_loading(
    trained, tmp_path
):
    """Bounded by an order of magnitude: skops once wrote one JSON node per vocabulary term,
    which made this model 97 MB (and the CoNLL Wikipedia one 201 MB); it is about 2 MB."""
    from annotate.model._model_file import dump_models
    from annotate.model._selection import Choice

    df = _varied(2000)
    pipe = _features.fit(Choice(C=1.0, cues=True, chars=True), df, "hedging", seed=0)
    n_terms = sum(
        len(getattr(block, "vocabulary_", ()))
        for _, block in pipe.named_steps["features"].transformer_list
    )
    assert n_terms > 50_000  # a vocabulary of the size that made files large
    model = _copy_model(trained[1], tmp_path / "m")
    with open(model / "model.skops", "wb") as fh:
        dump_models({"hedging": pipe}, fh)
    assert (model / "model.skops").stat().st_size < 10_000_000
    models, _ = load_model(model)
    new = _varied(300, seed=1)["text"]
    want_labels, want_p = _features.proba(pipe, new)
    got_labels, got_p = _features.proba(models["hedging"], new)
    assert got_labels.tolist() == want_labels.tolist()
    assert np.array_equal(got_p, want_p)


def test_a_packed_vocabulary_gives_back_every_term_and_column():
    import pickle

    from annotate.model._vocabulary import CompactDictVectorizer, pack, unpack

    # Spaces (character n-grams are padded with them), non-ASCII, a one-letter term.
    vocabulary = {" ab": 2, "é”x": 0, "a": 3, "naïve café": 1}
    assert unpack(*pack(vocabulary)) == vocabulary
    with pytest.raises(ValueError, match=r"not 0 \.\. n-1"):
        pack({"a": 0, "b": 2})
    vec = CompactDictVectorizer().fit([{"w=may": 1, "cap": 1.0}, {"w=é": 1}])
    back = pickle.loads(pickle.dumps(vec))
    assert back.vocabulary_ == vec.vocabulary_ and back.feature_names_ == vec.feature_names_
    assert (back.transform([{"w=é": 1}]) != vec.transform([{"w=é": 1}])).nnz == 0


def test_the_dict_vectorizers_fast_transform_gives_scikit_learns_matrix():
    """CompactDictVectorizer.transform builds the rows of plain numbers itself (the span
    tagger's token rows), and hands anything else to scikit-learn: the same matrix either way."""
    from sklearn.feature_extraction import DictVectorizer

    from annotate.model._span_tagger import SpanFeatures, _tokens
    from annotate.model._vocabulary import CompactDictVectorizer

    texts = [
        "In May 2009 the cells may bind NF-kappaB, which suggests that IL-2 is required.",
        "These results indicate a role for p53 .",
        "It binds.",
    ]
    toks = [_tokens(t) for t in texts]
    tagger = SpanFeatures("hedge_cue", cue_words=True, lexicon="1.1.0", syntax=True)
    feats, _ = tagger._token_rows(toks, texts)
    vec = CompactDictVectorizer(dtype=np.float32).fit(feats[: len(feats) // 2])
    mixed = [
        {"w=may": np.float64(0.5), "cap": True},  # a NumPy number and a bool
        {"colour": "red", "w=may": 2},  # a string value, one-hot by scikit-learn
        {},
    ]
    for rows in (feats, [{"unseen": 1}], [*feats[:1], {}], mixed):
        fast, slow = vec.transform(rows), DictVectorizer.transform(vec, rows)
        assert fast.shape == slow.shape and fast.dtype == slow.dtype
        assert (fast != slow).nnz == 0
    assert (vec.transform(feats[0]) != DictVectorizer.transform(vec, feats[0])).nnz == 0
