"""Stage 5: train, evaluate and apply the baseline classifier of a release.

One scikit-learn pipeline per choice field (see ``annotate.model.features``): chosen by
cross-validation on train + validation, or on the validation split for large releases
(``annotate.model._selection``), refitted on train + validation, scored on test, saved with
skops (never pickle) beside a model card, ``metrics.json``, ``report.md`` and plots
(``annotate.model._report``).

Examples
--------
>>> result = train("releases/1.0.0", "models/1.0.0")  # doctest: +SKIP
>>> result.metrics["fields"]["hedging"]["test"]["macro_f1"]  # doctest: +SKIP
0.71
>>> preds = predict("models/1.0.0", "sentences.parquet")  # doctest: +SKIP
>>> annotate.push("sentences.parquet", predictions=preds)  # pre-annotations  # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import resource
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from joblib import Parallel, delayed

from annotate._files import atomic_files, check_output, read_parquet, write_parquet, write_text
from annotate._progress import Progress, report
from annotate.dataset._manifest import SchemaRef
from annotate.dataset._read import LoadedRelease, read_release, release_schema
from annotate.errors import (
    IntegrityError,
    ModelFormatError,
    OutputError,
    TrainError,
    UntrustedModelError,
)
from annotate.model import _report, _selection
from annotate.model import features as _features
from annotate.model._collection import Adaptation, adapted_proba, remember_home
from annotate.model._meta import ModelMeta, ReleaseRef
from annotate.model._metrics import METRICS_FILE, TrainMetrics
from annotate.model._releases import field_metric, pool, read_releases, release_keys
from annotate.model._rules import LEXICON_VERSION, PREDICTED_FIELDS, Lexicon
from annotate.model._uncertainty import density, served_order, uncertainty
from annotate.model._versus_rules import rules_vs_model

__all__ = [
    "FORMAT_VERSION",
    "ModelFormatError",
    "TrainError",
    "TrainResult",
    "UntrustedModelError",
    "evaluate",
    "load_model",
    "model_id",
    "predict",
    "predictions_adaptation",
    "train",
]

MODEL_FILE = "model.skops"
META_FILE = "model.json"
MODEL_NAME = "tfidf-lr"
# How a model folder is laid out, recorded in model.json. Bump it when a model written now
# would be misread or refused by the toolkit as it was before: a type added to
# _TRUSTED_TYPES (the older toolkit would call the file untrusted), a model.json key that
# loading or predicting relies on, or a change in what model.skops holds (one fitted pipeline
# per choice field, applied to raw sentence texts). A model.json without it predates it and
# reads as 0: the same model.skops, and a model.json without the release's name and hash key.
# 2: the feature classes are saved under their public module, annotate.model.features (0 and 1
# named the private modules of the flat layout, read through _RENAMED).
# 3: word and character TF-IDF blocks and the span tagger's vectorizers are the Compact*
# classes of annotate.model.features, whose vocabulary is saved packed (one string and one
# array instead of a node per term: 201 MB -> a few MB on CoNLL Wikipedia), and every
# pipeline has a "rules" block (RuleFeatures). Formats 0-2 hold scikit-learn's own
# vectorizers and no rules block, and still load and predict as before.
# 4: the rules block has a column scale (RuleFeatures.scale, 4 on fields the rules predict) and
# may hold a lexicon learned from chosen corpora (a dict) instead of a version: a toolkit of
# format 3 would ignore the one and fail on the other. A format-3 rules block has no scale and
# reads as scale 1, as it was trained.
# 5: a hedge cue field's span tagger (SpanFeatures.cue_words) reads more token features (a
# crude lemma, the word's shape, the next bigram, the neighbours' lemma and shape) and, held in
# SpanFeatures.lexicon, the rules lexicon's vote per token; a toolkit of format 4 would compute
# none of them and predict from a tagger missing its strongest columns. A format-4 tagger has
# neither attribute: it reads the features it was fitted on.
# 6: a pipeline may hold a word-class n-gram block (WordClassGrams, a new trusted type, chosen
# by cross-validation below 10,000 sentences); a toolkit of format 5 would call the file
# untrusted. Models without the block are as in format 5.
# 7: a rules block may hold ``home_confusion_``, the rules' confusion on held-out training
# folds, by which ``evaluate`` and ``predict`` adapt to the collection they label
# (annotate/model/_collection.py). A format-6 toolkit would read the file and ignore it, giving
# other answers than this one for the same model; a format-6 model here has none and is never
# adapted: its answers are those it gave before.
# 8: a hedge cue field's span tagger (SpanFeatures.syntax) also reads each token's part of speech
# and chunk; a toolkit of format 7 would compute none of them and predict from a tagger missing
# columns it was fitted with. A format-7 tagger has no such attribute and reads as before.
FORMAT_VERSION = 8
# Where formats 0 and 1 saved the feature classes, and where they are now: an old file is read
# with these module names replaced, then checked against _TRUSTED_TYPES like any other.
_RENAMED = {
    "annotate._features": "annotate.model.features",
    "annotate._span_tagger": "annotate.model.features",
}
# Every type in a model file that skops does not trust by default, by exact name: what
# skops.io.get_untrusted_types lists for models of every shape _features.build makes (with and
# without cues, character n-grams, span taggers, a threshold; one class), trained on the test
# releases with and without spans fields. scikit-learn's estimators and NumPy's ufuncs are
# trusted by skops itself. Anything else, a class or a function (numpy.full_like,
# builtins.exec), could run code when the model is loaded or applied, so the file is refused.
# A new feature class goes here, and bumps FORMAT_VERSION.
_TRUSTED_TYPES = frozenset(
    {
        "annotate.model.features.CompactDictVectorizer",
        "annotate.model.features.CompactTfidfVectorizer",
        "annotate.model.features.CueLexicon",
        "annotate.model.features.RuleFeatures",
        "annotate.model.features.Shape",
        "annotate.model.features.SpanFeatures",
        "annotate.model.features.WordClassGrams",
    }
)
_CURVE_SHARES = (0.1, 0.25, 0.5, 1.0)
# Learning-curve fits stop at this many sentences; beyond it the last point is the shipped model.
_CURVE_MAX = 4000


@dataclass(frozen=True)
class TrainResult:
    """What :func:`train` wrote.

    Parameters
    ----------
    output_dir : pathlib.Path
    model_version : str
        See :func:`model_id`; predictions carry it.
    metrics : dict
        The content of ``metrics.json`` (:meth:`annotate.model._metrics.TrainMetrics.to_dict`).
    """

    output_dir: Path
    model_version: str
    metrics: dict[str, Any]

    @property
    def warnings(self) -> list[str]:
        """Every small-data warning, prefixed by its field."""
        return [
            f"{name}: {w['message']}"
            for name, m in self.metrics["fields"].items()
            for w in m["warnings"]
        ]


def train(
    release_dir: str | Path | Sequence[str | Path],
    output_dir: str | Path,
    *,
    fields: list[str] | None = None,
    seed: int = 0,
    progress: Progress | None = None,
    metric: str | None = None,
    lexicon: Lexicon | None = None,
) -> TrainResult:
    """Train one classifier per choice field of one or several releases and document it.

    Parameters
    ----------
    release_dir : str, pathlib.Path or a sequence of them
        A release folder (``manifest.json`` + ``data/{train,validation,test}.parquet``), or
        several of one schema version: their train splits are pooled to fit, their validation
        splits to select, and each test split is scored on its own (``tests`` of each field in
        the metrics, by ``<name>@<version>``) besides pooled (``test``).
    output_dir : str or pathlib.Path
        Created if needed; receives ``model.skops``, ``model.json``, ``README.md`` (model
        card), ``metrics.json``, ``report.md``, ``confusion-<field>.png``, ``learning-curve.png``.
    fields : list of str, optional
        Choice fields to train; all of them by default.
    seed : int
    progress : callable, optional
        Called as ``progress("train", 1, fields_in_all)`` as each field is trained (see
        :mod:`annotate._progress`).
    metric : str, optional
        What model selection maximises for every field: ``macro-f1`` or ``f1:<label>``. By
        default, per field, the metric the releases declare (a public corpus's official one,
        such as ``f1:uncertain`` for CoNLL-2010), else ``macro-f1``.
    lexicon : str or dict, optional
        The rules block's lexicon: a shipped version (default
        :data:`annotate.model._rules.LEXICON_VERSION`) or one learned from chosen corpora
        (:func:`annotate.model._lexicon.build`), which the model then holds. On a field the rules
        predict (:data:`annotate.model._rules.PREDICTED_FIELDS`) the rules block is always on,
        its columns scaled (:data:`annotate.model.features.RULES_SCALE`), so the rules still
        vote on text unlike the training data.

    Raises
    ------
    TrainError
        If a field is unknown or has no labelled training sentence, the releases' schemas
        differ, they declare different metrics for a field and none is given, or the metric
        names no label of a field.
    """
    rels = read_releases(release_dir)
    rel = pool(rels)
    names = _pick_fields(rel, fields)
    metrics_by_field = {name: field_metric(rels, name, metric) for name in names}
    out = _model_dir(output_dir, [r.path for r in rels])
    version = model_id(rel)
    models, per_field, curves = {}, {}, {}
    tick = report(progress)
    for name in names:
        started = time.perf_counter()
        models[name], per_field[name], curves[name] = _train_field(
            rel, name, seed, metrics_by_field[name], lexicon
        )
        if len(rels) > 1:
            # A release without a labelled test split (training data only) is not scored.
            keys = release_keys(rels)
            tests = {k: _labelled(r, "test", name) for k, r in zip(keys, rels, strict=True)}
            per_field[name]["tests"] = {
                k: _score(models[name], df, name, rel) for k, df in tests.items() if len(df)
            }
        per_field[name]["seconds"] = round(time.perf_counter() - started, 2)
        _report.plot_confusion(
            out / f"confusion-{name}.png",
            name,
            rel.labels[name],
            per_field[name]["test"]["confusion"],
        )
        tick("train", 1, len(names))
    _save(out, models, rel, version, names, rels)
    rules = _rules_vs_model(rel, models, names, lexicon)
    record = TrainMetrics(
        model_version=version,
        seed=seed,
        release=_release_meta(rel),
        schema=SchemaRef.from_dict(rel.schema, "manifest.json: schema"),
        fields=per_field,
        learning_curve={name: tuple(points) for name, points in curves.items()},
        rules_vs_model=tuple(rules),
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        extra=_releases_extra(rels),
    )
    write_text(out / METRICS_FILE, record.to_json())
    # What the report, the card and callers read: the JSON object, as written.
    metrics = record.to_dict()
    _report.plot_learning_curve(out / "learning-curve.png", curves)
    write_text(out / "report.md", _report.report_md(metrics))
    write_text(out / "README.md", _report.model_card(metrics))
    return TrainResult(out, version, metrics)


def model_id(rel: LoadedRelease) -> str:
    """The id of a model trained on ``rel``: ``tfidf-lr-<release name>@<version>+<hash>``.

    ``<hash>`` is the first 12 hex digits of the sha256 of the release's ``manifest.json``,
    which pins every file of the release: two releases sharing a name and a version (two
    subsets of one corpus, a release rebuilt from other data) still give two ids. Label Studio
    keeps predictions apart by this id (``model_version``).
    """
    return f"{MODEL_NAME}-{rel.name}@{rel.version}+{rel.manifest_sha256[:12]}"


def _release_meta(rel: LoadedRelease) -> ReleaseRef:
    return ReleaseRef(name=rel.name, version=rel.version, manifest_sha256=rel.manifest_sha256)


def _releases_extra(rels: list[LoadedRelease]) -> dict[str, Any]:
    """``{"releases": [...]}`` naming each release of a model trained on several (else empty):
    ``release`` then names their union (see :func:`annotate.model._releases.pool`)."""
    if len(rels) == 1:
        return {}
    return {"releases": [_release_meta(r).to_dict() for r in rels]}


def _score(model: Any, df: pd.DataFrame, name: str, rel: LoadedRelease) -> dict[str, Any]:
    """The field's scores on ``df`` (the labelled rows of one release's test split)."""
    pred = _features.proba(model, df["text"])[0] if len(df) else np.array([])
    return _report.field_metrics(df[name], pred, rel.labels[name])


def _rules_vs_model(
    rel: LoadedRelease, models: dict[str, Any], names: list[str], lexicon: Lexicon | None
) -> list[dict[str, Any]]:
    """Precision and coverage of the cold-start rules and of the model on the same test split.

    Tells a maintainer when the trained model has overtaken the lexicon as pre-annotator.
    Empty when the release's schema has no field the rules predict.
    """
    test = rel.splits.get("test")
    if not (rel.path / "schema.yaml").is_file() or test is None or test.empty:
        return []
    chosen = {n: models[n] for n in names}
    return rules_vs_model(chosen, test, release_schema(rel.path), rel.labels, lexicon=lexicon)


def _pick_fields(rel: LoadedRelease, fields: list[str] | None) -> list[str]:
    names = list(fields) if fields else list(rel.labels)
    unknown = [n for n in names if n not in rel.labels]
    if unknown:
        raise TrainError(
            f"release {rel.version} has no choice field {', '.join(map(repr, unknown))}",
            hint=f"use one of: {', '.join(rel.labels)}",
        )
    return names


def _labelled(rel: LoadedRelease, split: str, name: str) -> pd.DataFrame:
    df = rel.splits.get(split)
    if df is None:
        return pd.DataFrame({"text": [], "article_id": [], name: []})
    return df[df[name].notna()].reset_index(drop=True)


def _counts(df: pd.DataFrame, name: str) -> dict[str, int]:
    return {str(k): int(v) for k, v in df[name].value_counts().sort_index().items()}


def _train_field(
    rel: LoadedRelease, name: str, seed: int, metric: str, lexicon: Lexicon | None = None
) -> tuple:
    labels = rel.labels[name]
    tr, va, te = (_labelled(rel, s, name) for s in ("train", "validation", "test"))
    if tr.empty:
        raise TrainError(
            f"field {name!r}: no labelled sentence in the train split of release {rel.version}",
            hint="annotate more sentences, or train the other fields with --field",
        )
    full = pd.concat([tr, va], ignore_index=True)
    impose = name in PREDICTED_FIELDS
    if len(full) < _selection.LARGE_N:
        # Spans fields marked on enough sentences may guide this field (tried like the rest).
        spans = _features.span_fields(full, rel.span_fields)
        choice, prefit = _selection.select_cv(
            full,
            name,
            metric,
            labels,
            seed,
            spans=spans,
            impose_rules=impose,
            lexicon=lexicon,
            try_classes=name in _features.WORD_CLASS_FIELDS,
        )
    else:
        fit_on, check_on, where = tr, va, "the validation split"
        if va.empty:
            mask = _selection.holdout(tr)
            fit_on, check_on = tr[~mask], tr[mask]
            where = "a held-out fifth of train (the release has no validation labels)"
        spans = _features.span_fields(fit_on, rel.span_fields)
        choice = _selection.select(
            fit_on,
            check_on,
            name,
            metric,
            labels,
            seed,
            spans=spans,
            impose_rules=impose,
            lexicon=lexicon,
        )
        if choice.selected_on == "validation":
            choice.selected_on = where
        prefit = _selection.cv_threshold(choice, full, name, metric, seed)
    model = _features.fit(choice, full, name, seed, prefit=prefit)
    if choice.held_out is not None:
        remember_home(model, name, full["text"], choice.held_out)
    pred = _features.proba(model, te["text"])[0] if len(te) else np.array([])
    curve = _learning_curve(choice, tr, te, name, labels, seed)
    if len(tr) > _CURVE_MAX and len(te):
        # Refitting on all of train would cost as much as the final fit and say about as much.
        curve.append((len(full), _report.field_metrics(te[name], pred, labels)["macro_f1"]))
    return (
        model,
        {
            "labels": labels,
            "train_counts": _counts(full, name),
            "test_counts": _counts(te, name),
            "test": _report.field_metrics(te[name], pred, labels),
            "warnings": _report.small_data_warnings(_counts(full, name), _counts(te, name), labels),
            "choice": {
                "C": choice.C,
                "cues": choice.cues,
                "chars": choice.chars,
                "spans": list(choice.spans),
                "rules": choice.rules,
                "rules_imposed": choice.rules_imposed,
                "rules_scale": choice.rules_scale,
                "classes": choice.classes,
                "lexicon": _lexicon_name(lexicon),
                "threshold": choice.threshold,
                "threshold_on": choice.threshold_on,
                "metric": metric,
                "selection_score": choice.selection_score,
                "selected_on": choice.selected_on,
                "tried": choice.tried,
            },
        },
        curve,
    )


def _lexicon_name(lexicon: Lexicon | None) -> str:
    """How metrics.json names the rules block's lexicon."""
    if lexicon is None or isinstance(lexicon, str):
        return lexicon or LEXICON_VERSION
    if "learned_from" not in lexicon:
        return str(lexicon["version"])
    learned = ", ".join(lexicon["learned_from"]) or "no corpus, seeds only"
    return f"{lexicon['version']} (learned from {learned})"


def _curve_point(choice: Any, part: pd.DataFrame, te: pd.DataFrame, name: str, labels, seed):
    if part[name].nunique() < 2:
        return len(part), None
    pred = _features.proba(_features.fit(choice, part, name, seed), te["text"])[0]
    return len(part), _report.field_metrics(te[name], pred, labels)["macro_f1"]


def _learning_curve(choice, tr, te, name, labels, seed) -> list[tuple[int, float | None]]:
    """Macro-F1 on test when fitting on growing shares of train (with the chosen settings).

    Shares larger than ``_CURVE_MAX`` sentences are skipped (the caller adds the final model).
    """
    if te.empty:
        return []
    order = np.random.default_rng(seed).permutation(len(tr))
    sizes = sorted({max(2, int(len(tr) * s)) for s in _CURVE_SHARES})
    sizes = [n for n in sizes if n <= _CURVE_MAX] if len(tr) > _CURVE_MAX else sizes
    parts = [tr.iloc[order[:n]] for n in sizes]
    points = Parallel(n_jobs=_features.N_JOBS)(
        delayed(_curve_point)(choice, p, te, name, labels, seed) for p in parts
    )
    return [(n, s) for n, s in points]


def _save(out: Path, models: dict[str, Any], rel: LoadedRelease, version: str, names, rels) -> None:
    meta = ModelMeta(
        format_version=FORMAT_VERSION,
        model_version=version,
        release_manifest_sha256=rel.manifest_sha256,
        release=_release_meta(rel),
        schema=SchemaRef.from_dict(rel.schema),
        fields={n: tuple(rel.labels[n]) for n in names},
        extra=_releases_extra(rels),
    )
    # The model and its metadata replace the old pair only once both are written whole.
    with atomic_files(out / MODEL_FILE, out / META_FILE) as (model_fh, meta_fh):
        dump_models(models, model_fh)
        meta_fh.write(meta.to_json().encode("utf-8"))


def dump_models(models: dict[str, Any], fh: Any) -> None:
    """Write the pipelines by field to the open binary file ``fh`` as ``model.skops`` holds them."""
    import skops.io as sio

    # Deflated: the packed vocabularies and coefficients shrink 2.5x (5.8 -> 2.3 MB on
    # CoNLL Wikipedia) for about half a second.
    sio.dump(models, fh, compression=zipfile.ZIP_DEFLATED)


def _model_dir(output_dir: str | Path, release_dirs: list[Path]) -> Path:
    """The model folder, refused before any training if it cannot hold the model."""
    out = Path(output_dir)
    if out.exists() and any(out.resolve() == Path(r).resolve() for r in release_dirs):
        raise OutputError(
            f"the model folder {out} is the release folder",
            hint="write the model to its own folder, for example -o models/news-stance",
        )
    check_output(out / MODEL_FILE, what="model")
    return out


def load_model(model_dir: str | Path) -> tuple[dict[str, Any], ModelMeta]:
    """Load ``(pipelines by field, model.json)`` after checking the file holds only known types.

    ``model.json``'s ``format_version`` is 0 in what this returns for models written before
    it was recorded.

    Raises
    ------
    TrainError
        If the folder holds no model.
    ModelFormatError
        If ``model.json`` or ``model.skops`` is corrupt, or the model's format is newer than
        :data:`FORMAT_VERSION`.
    UntrustedModelError
        If the model file holds a type (class or function) that ``annotate train`` never
        writes; nothing in the file is built then.
    """
    import skops.io as sio

    root = Path(model_dir)
    path, meta_path = root / MODEL_FILE, root / META_FILE
    if not path.is_file() or not meta_path.is_file():
        raise TrainError(
            f"{str(root)!r} holds no trained model ({MODEL_FILE}, {META_FILE})",
            hint="pass the output folder of 'annotate train'",
        )
    # model.json first: a newer format may hold types this version does not know, and
    # "upgrade" is the right advice for those, not "untrusted".
    meta = _read_meta(meta_path)
    # One read: the bytes whose types were checked are the bytes loaded.
    data = path.read_bytes()
    try:
        if meta.format_version < 2 and data:
            data = _renamed(data)
        untrusted = sio.get_untrusted_types(data=data) if data else None
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise _corrupt(path, exc) from exc
    if untrusted is None:
        raise _corrupt(path, "the file is empty")
    unexpected = sorted(set(untrusted) - _TRUSTED_TYPES)
    if unexpected:
        raise UntrustedModelError(
            f"{path}: refusing to load types annotate train never writes: {', '.join(unexpected)}",
            hint="do not load model files from an untrusted source; retrain with "
            "'annotate train' on the release",
        )
    try:
        models = sio.loads(data, trusted=untrusted)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise _corrupt(path, exc) from exc
    return models, meta


def _renamed(data: bytes) -> bytes:
    """A model file of format 0 or 1 with its feature classes' module names as they are now.

    skops names each object's class in ``schema.json`` as ``"__module__": "<module>"``; only
    those exact strings are replaced, so the types check that follows sees the new names.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "schema.json":
                text = blob.decode("utf-8")
                for old, new in _RENAMED.items():
                    text = text.replace(f'"__module__": "{old}"', f'"__module__": "{new}"')
                blob = text.encode("utf-8")
            dst.writestr(info, blob)
    return out.getvalue()


def _corrupt(path: Path, why: object) -> ModelFormatError:
    return ModelFormatError(
        f"{path}: not a model file written by 'annotate train' ({why})",
        hint="the file is damaged or truncated: copy it again, or retrain with 'annotate train'",
    )


def _read_meta(meta_path: Path) -> ModelMeta:
    """``model.json`` with its ``format_version`` checked (0 when absent)."""
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _corrupt(meta_path, exc) from exc
    missing = [
        k
        for k in ("model_version", "schema", "fields")
        if not isinstance(meta, dict) or k not in meta
    ]
    if missing:
        raise _corrupt(meta_path, f"no {', '.join(missing)}")
    version = meta.get("format_version", 0)
    # bool is an int in Python; true is not a version.
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ModelFormatError(
            f"{meta_path}: format_version {version!r} is not a whole number of 0 or more",
            hint="the file was edited or damaged: retrain with 'annotate train'",
        )
    if version > FORMAT_VERSION:
        raise ModelFormatError(
            f"{meta_path}: format_version {version}, but this annotate knows up to "
            f"{FORMAT_VERSION}",
            hint="upgrade annotate to load this model, or retrain it with this version",
        )
    try:
        return ModelMeta.from_dict({**meta, "format_version": version}, str(meta_path))
    except IntegrityError as exc:
        raise _corrupt(meta_path, exc.message) from exc


def evaluate(
    model_dir: str | Path, release_dir: str | Path, *, split: str = "test", adapt: bool = True
) -> dict:
    """Score a saved model on a split of another release with the same schema.

    Parameters
    ----------
    adapt : bool
        Adapt the answers to the split as one collection, without its labels (the default): the
        rules' vote counts by how much more, or less, it lines up with the model's beliefs on
        the split than on held-out folds of the training text
        (:func:`annotate.model._collection.adapted_proba`). A sentence's label then depends on
        the other sentences scored with it; on text like the training text it hardly moves,
        and a model of format 6 or older is never adapted. False: the model's own answers.

    Returns
    -------
    dict
        ``{model_version, release, release_name, split, fields: {field: {test: metrics,
        warnings, metric, adaptation}}}``; ``metric`` is the one the release declares for the
        field (else ``macro-f1``); ``adaptation`` (with ``adapt``) says whether the step applied,
        the class rates before and after it and how many labels it changed.

    Raises
    ------
    TrainError
        If the release's schema name or version differs from the model's, or the split holds
        no labelled sentence of a field.
    """
    models, meta = load_model(model_dir)
    rel = read_release(release_dir)
    want, got = meta.schema, rel.schema
    if (want.name, want.version) != (got.get("name"), got.get("version")):
        raise TrainError(
            f"model was trained on schema {want.name} {want.version}, release "
            f"{rel.version} uses {got.get('name')} {got.get('version')}",
            hint="evaluate on a release of the same schema version, or retrain on this release",
        )
    fields = {}
    for name, model in models.items():
        df = _labelled(rel, split, name)
        if df.empty:
            # No score exists over nothing (scikit-learn's metrics raise on it).
            raise TrainError(
                f"field {name!r}: no labelled sentence in the {split} split of release "
                f"{rel.name} {rel.version}",
                hint="evaluate on another split (--split train or validation), or on a release "
                "that has this one",
            )
        pred, _, adaptation = _answers(model, name, df["text"], adapt)
        labels = list(meta.fields[name])
        fields[name] = {
            "test": _report.field_metrics(df[name], pred, labels),
            "warnings": _report.small_data_warnings(None, _counts(df, name), labels),
            # The release's declared metric (else macro-F1): the score a user of the corpus
            # compares with, whatever the model was selected by.
            "metric": rel.metrics.get(name, "macro-f1"),
        }
        if adaptation is not None:
            fields[name]["adaptation"] = adaptation
    return {
        "model_version": meta.model_version,
        "release": rel.version,
        "release_name": rel.name,
        "split": split,
        "fields": fields,
    }


def _answers(
    model: Any, name: str, texts: pd.Series, adapt: bool
) -> tuple[Any, np.ndarray, dict | None]:
    """The labels of ``texts`` and their class probabilities (the model's own, or adapted to
    them as one collection), and what the adaptation did (None without ``adapt``): what
    ``evaluate`` scores and ``predict`` writes are the same answers."""
    if not len(texts):
        # Asked to adapt, an empty collection says why it was not, as a small one does.
        said = Adaptation(False, "no sentences").as_dict() if adapt else None
        return np.array([], dtype=object), np.zeros((0, 1)), said
    if not adapt:
        return (*_features.proba(model, texts.to_numpy()), None)
    pred, P, adaptation = adapted_proba(model, name, texts.to_numpy())
    return pred, P, adaptation.as_dict()


def _words(texts: pd.Series) -> Any:
    """Word 1-2 gram TF-IDF fitted on ``texts``, as the simulation's (``benchmarks/active.py``);
    None when no text has a word."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        return TfidfVectorizer(ngram_range=(1, 2)).fit_transform(texts.fillna("").astype(str))
    except ValueError:
        return None


#: Where :func:`predict` records what adapting did: ``DataFrame.attrs`` and the Parquet's
#: schema metadata (:func:`predictions_adaptation`).
ADAPTATION_KEY = "annotate.adaptation"


def predict(
    model_dir: str | Path,
    sentences_parquet: str | Path | pd.DataFrame,
    *,
    output: str | Path | None = None,
    adapt: bool = True,
) -> pd.DataFrame | Path:
    """Predict every field for a sentence table.

    Columns: ``sentence_id``; per field ``<field>`` (label) and ``<field>_score`` (its
    probability); ``uncertainty``; ``order``; ``model_version``. ``uncertainty`` is how close
    the least certain field is to its decision: 1 at the field's decision threshold (the one
    selection chose, else a coin toss between the two most probable labels), 0 when every field
    is sure, weighed by how typical the sentence is of the table (word TF-IDF fitted on its
    texts; see :func:`annotate.model._uncertainty.uncertainty` and ``density``). ``order``
    (1 first) is the order to annotate, the one ``push --order-by-uncertainty`` serves: batches
    of 50, each the most uncertain sentence of each cluster of the most uncertain (see
    :func:`annotate.model._uncertainty.served_order`), so a batch is not 50 near-copies.

    Parameters
    ----------
    sentences_parquet : path or pandas.DataFrame
        Needs ``sentence_id`` and ``text`` (an ingest output or a release split).
    output : path, optional
        Write the predictions there as Parquet and return the path instead.
    adapt : bool
        Adapt the answers to the table as one collection, without labels (the default; see
        :func:`annotate.model._collection.adapted_proba` and ``evaluate``): labels, scores and
        uncertainty come from the adapted probabilities, and a sentence's answer depends on the
        table it is in. False: the model's own answers, sentence by sentence. What the step did
        per field (applied or why not, labels changed: ``Adaptation.as_dict``) is kept in
        ``attrs["annotate.adaptation"]`` of the table returned and in the metadata of the
        Parquet written (:func:`predictions_adaptation`; empty with ``adapt=False``).
    """
    models, meta = load_model(model_dir)
    if output is not None:
        given = () if isinstance(sentences_parquet, pd.DataFrame) else (sentences_parquet,)
        check_output(output, inputs=given, what="predictions")
    df = (
        sentences_parquet
        if isinstance(sentences_parquet, pd.DataFrame)
        else read_parquet(sentences_parquet, "sentence table").to_pandas()
    )
    missing = {"sentence_id", "text"} - set(df.columns)
    if missing:
        raise TrainError(
            f"sentence table lacks column(s) {', '.join(sorted(missing))}",
            hint="pass the Parquet written by 'annotate ingest' or a release split",
        )
    out = pd.DataFrame({"sentence_id": df["sentence_id"].astype(str).to_numpy()})
    probabilities, thresholds = [], []
    adaptations: dict[str, Any] = {}
    for name, model in models.items():
        pred, P, adaptation = _answers(model, name, df["text"], adapt)
        if adaptation is not None:
            adaptations[name] = adaptation
        out[name] = pred
        out[f"{name}_score"] = P.max(axis=1).round(4) if len(df) else []
        probabilities.append(P)
        thresholds.append(_features.decision_threshold(model))
    if models and len(df):
        words = _words(df["text"])
        # No word in any text: none is more typical than another.
        typical = density(words) if words is not None else np.ones(len(df))
        unsure = uncertainty(probabilities, thresholds, typical=typical)
        order = np.empty(len(df), dtype=int)
        order[served_order(unsure, words)] = np.arange(1, len(df) + 1)
        out["uncertainty"], out["order"] = unsure.round(4), order
    else:
        out["uncertainty"], out["order"] = 0.0, np.arange(1, len(df) + 1)
    out["model_version"] = meta.model_version
    # A label that depends on the table it was predicted in says so, with what the step did.
    out.attrs[ADAPTATION_KEY] = adaptations
    if output is None:
        return out
    import pyarrow as pa

    table = pa.Table.from_pandas(out, preserve_index=False)
    metadata = {**(table.schema.metadata or {}), ADAPTATION_KEY.encode(): json.dumps(adaptations)}
    return write_parquet(output, table.replace_schema_metadata(metadata))


def predictions_adaptation(path: str | Path) -> dict[str, Any] | None:
    """What adapting did per field of a predictions file :func:`predict` wrote (``{}``: no field
    was adapted, ``--no-adapt``); None for a file written without it (``preannotate``)."""
    import pyarrow.parquet as pq

    raw = (pq.read_schema(path).metadata or {}).get(ADAPTATION_KEY.encode())
    return None if raw is None else json.loads(raw)
