"""Training on several releases of one schema: reading them, pooling their splits, naming the
model, and the metric each field is selected by.

Splits stay what each release made them: the train splits are pooled to fit, the validation
splits to select, and each test split is scored on its own (and pooled, for the learning
curve and the report); no test row reaches selection. One release is the same as before: its
model id and ``model.json`` do not change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pandas as pd

from annotate.dataset._metric import DEFAULT_METRIC, metric_problem
from annotate.dataset._read import SPLITS, LoadedRelease, read_release
from annotate.errors import TrainError
from annotate.model._span_tagger import spans_in

__all__ = [
    "field_metric",
    "label_counts",
    "labelled_rows",
    "pool",
    "read_releases",
    "release_keys",
]


def read_releases(paths: str | Path | Sequence[str | Path]) -> list[LoadedRelease]:
    """Read one or several releases, refusing a mix of schemas.

    Raises
    ------
    TrainError
        If no release is given, one is given twice, or their schemas (name and version) or
        choice fields differ.
    """
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    if not given:
        raise TrainError("no release to train on", hint="pass at least one release folder")
    resolved = [Path(p).resolve() for p in given]
    twice = sorted({str(p) for p in resolved if resolved.count(p) > 1})
    if twice:
        raise TrainError(
            f"release {', '.join(twice)} given more than once",
            hint="pass each release once: its sentences would count twice",
        )
    rels = [read_release(p) for p in given]
    first = rels[0]
    for rel in rels[1:]:
        ours = (first.schema.get("name"), first.schema.get("version"))
        theirs = (rel.schema.get("name"), rel.schema.get("version"))
        if ours != theirs or rel.labels != first.labels:
            raise TrainError(
                f"releases of different schemas: {first.path} uses {ours[0]} {ours[1]} "
                f"(fields {_fields(first)}), {rel.path} uses {theirs[0]} {theirs[1]} "
                f"(fields {_fields(rel)})",
                hint="train on releases of one schema version; re-release the others with it",
            )
    return rels


def _fields(rel: LoadedRelease) -> str:
    return "; ".join(f"{n}: {'/'.join(lbs)}" for n, lbs in rel.labels.items())


def release_keys(rels: list[LoadedRelease]) -> list[str]:
    """How each release is named in the scores of a model trained on several: ``<name>@<version>``,
    with ``+<first 8 hex digits of its manifest's sha256>`` when two would share it."""
    plain = [f"{r.name}@{r.version}" for r in rels]
    return [
        k if plain.count(k) == 1 else f"{k}+{r.manifest_sha256[:8]}"
        for k, r in zip(plain, rels, strict=True)
    ]


def pool(rels: list[LoadedRelease]) -> LoadedRelease:
    """The releases as one: each split the rows of that split of every release, in order.

    One release is returned as it is. For several, ``name`` joins the names with ``+``,
    ``version`` the versions, and ``manifest_sha256`` is the sha256 of the manifests' hashes
    (in the order given), which pins every file of every release.
    """
    if len(rels) == 1:
        return rels[0]
    splits = {}
    unmarked = {r.path: _unmarked(r) for r in rels}
    for split in SPLITS:
        parts = [
            r.splits[split].assign(**dict.fromkeys(unmarked[r.path]))
            for r in rels
            if split in r.splits
        ]
        if parts:
            splits[split] = pd.concat(parts, ignore_index=True)
    joined = "\n".join(r.manifest_sha256 for r in rels)
    return replace(
        rels[0],
        version="+".join(r.version for r in rels),
        manifest_sha256=hashlib.sha256(joined.encode("ascii")).hexdigest(),
        splits=splits,
        # Span features learn from the spans marked; a field some releases lack is left out,
        # and rows of a release that marks none of a field's spans hold None (see _unmarked).
        span_fields=tuple(f for f in rels[0].span_fields if all(f in r.span_fields for r in rels)),
        name="+".join(r.name for r in rels),
        metrics={},
    )


def field_metric(rels: list[LoadedRelease], name: str, metric: str | None) -> str:
    """What selection maximises for field ``name``: ``metric`` if given, else what the releases
    declare, else ``macro-f1``.

    A release that declares no metric for the field does not vote; those that do must agree.

    Raises
    ------
    TrainError
        If ``metric`` (or a declared one) cannot judge the field, or the releases declare
        different metrics for it.
    """
    labels = rels[0].labels[name]
    if metric is not None:
        problem = metric_problem(metric, labels)
        if problem is not None:
            raise TrainError(
                f"field {name!r}: {problem}",
                hint="pass --metric macro-f1 or f1:<label>, or train that field alone with --field",
            )
        return metric
    declared = {
        k: r.metrics[name]
        for k, r in zip(release_keys(rels), rels, strict=True)
        if name in r.metrics
    }
    if len(set(declared.values())) > 1:
        raise TrainError(
            f"field {name!r}: the releases declare different metrics ("
            + ", ".join(f"{k}: {m}" for k, m in declared.items())
            + ")",
            hint="choose one with --metric, for example --metric macro-f1",
        )
    chosen = next(iter(declared.values()), DEFAULT_METRIC)
    problem = metric_problem(chosen, labels)
    if problem is not None:
        raise TrainError(
            f"field {name!r}: the release declares {problem}",
            hint="pass --metric macro-f1 or f1:<label>",
        )
    return chosen


def _unmarked(rel: LoadedRelease) -> list[str]:
    """The spans fields of which ``rel`` marks no span in any split: not annotated there.

    Why: a release stores a sentence without spans as an empty list, which a token tagger
    reads as "no cue in this sentence". A corpus that only has sentence labels (CoNLL-2010's
    shared-task files, under a schema that has a ``hedge_cue`` field for the Szeged corpus)
    marks none at all, and its uncertain sentences do hold cues; pooled with a corpus that
    marks them, its rows must not teach the tagger that "may" is no cue. ``None`` is what
    :class:`annotate.model._span_tagger.SpanFeatures` leaves out of its training rows.
    """
    return [
        f
        for f in rel.span_fields
        if not any(spans_in(df[f].tolist()) for df in rel.splits.values() if f in df)
    ]


def labelled_rows(rel: LoadedRelease, split: str, name: str) -> pd.DataFrame:
    """The rows of ``rel``'s ``split`` that have a label for field ``name`` (none when the
    release has no such split)."""
    df = rel.splits.get(split)
    if df is None:
        return pd.DataFrame({"text": [], "article_id": [], name: []})
    return df[df[name].notna()].reset_index(drop=True)


def label_counts(df: pd.DataFrame, name: str) -> dict[str, int]:
    """How many rows of ``df`` carry each label of field ``name``, by label."""
    return {str(k): int(v) for k, v in df[name].value_counts().sort_index().items()}
