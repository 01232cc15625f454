"""Stage 5: train the baseline classifier of a release (or of several of one schema).

One scikit-learn pipeline per choice field (see ``annotate.model.features``): chosen by
cross-validation on train + validation, or on the validation split for large releases
(``annotate.model._selection``), refitted on train + validation, scored on test, saved with
skops (never pickle, :mod:`annotate.model._model_file`) beside a model card,
``metrics.json``, ``report.md`` and plots (``annotate.model._report``). Applying the model
(``evaluate``, ``predict``) is :mod:`annotate.model._predict`.

Examples
--------
>>> result = train("releases/1.0.0", "models/1.0.0")  # doctest: +SKIP
>>> result.metrics["fields"]["hedging"]["test"]["macro_f1"]  # doctest: +SKIP
0.71
"""

from __future__ import annotations

import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from joblib import Parallel, delayed

from annotate._files import atomic_files, check_output, write_text
from annotate._progress import Progress, report
from annotate.dataset._manifest import SchemaRef
from annotate.dataset._read import LoadedRelease, release_schema
from annotate.errors import OutputError, TrainError
from annotate.model import _report, _selection
from annotate.model import features as _features
from annotate.model._collection import remember_home
from annotate.model._meta import ModelMeta, ReleaseRef
from annotate.model._metrics import METRICS_FILE, TrainMetrics
from annotate.model._model_file import FORMAT_VERSION, META_FILE, MODEL_FILE, dump_models
from annotate.model._releases import (
    field_metric,
    label_counts,
    labelled_rows,
    pool,
    read_releases,
    release_keys,
)
from annotate.model._rules import LEXICON_VERSION, PREDICTED_FIELDS, Lexicon
from annotate.model._versus_rules import rules_vs_model

__all__ = ["TrainError", "TrainResult", "model_id", "train"]

MODEL_NAME = "tfidf-lr"
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
            tests = {k: labelled_rows(r, "test", name) for k, r in zip(keys, rels, strict=True)}
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


def _train_field(
    rel: LoadedRelease, name: str, seed: int, metric: str, lexicon: Lexicon | None = None
) -> tuple:
    labels = rel.labels[name]
    tr, va, te = (labelled_rows(rel, s, name) for s in ("train", "validation", "test"))
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
            "train_counts": label_counts(full, name),
            "test_counts": label_counts(te, name),
            "test": _report.field_metrics(te[name], pred, labels),
            "warnings": _report.small_data_warnings(
                label_counts(full, name), label_counts(te, name), labels
            ),
            "choice": {
                "C": choice.C,
                "cues": choice.cues,
                "chars": choice.chars,
                "spans": list(choice.spans),
                "rules": choice.rules,
                "rules_imposed": choice.rules_imposed,
                "rules_scale": choice.rules_scale,
                "classes": choice.classes,
                "latent": choice.latent,
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
