"""Assembling a release directory: gold labels, splits, files, card and manifest."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

import annotate
from annotate.dataset import _card, _diff, _manifest, _splits
from annotate.dataset import _tables as _release_tables
from annotate.errors import ReleaseError
from annotate.labels import _spans
from annotate.labels._adjudicate import Adjudication, adjudicate_votes
from annotate.labels._agreement import agreement_of_votes, field_stats, sentence_tokens
from annotate.labels._records import decoded_records
from annotate.labels._token_alpha import SentenceTokens
from annotate.labels._votes import Votes, release_unused
from annotate.schema import _records as _schema_records
from annotate.schema._schema import Schema
from annotate.schema._types import RecordType

__all__ = ["ReleaseSettings", "build"]


@dataclass(frozen=True)
class ReleaseSettings:
    """What :func:`annotate.dataset.release` was asked for, as :func:`build` uses it.

    Attributes
    ----------
    version : str
        ``MAJOR.MINOR.PATCH``.
    text_policy : {"full", "offsets"}
    splits : (float, float, float)
        Train, validation and test ratios (unused with ``split_column``).
    split_column : str or None
        The sentence-table column holding official splits.
    min_annotators : int
    min_agreement : float
    project : dict or None
        ``title``, ``id``, ``url`` of the Label Studio project, already cleaned.
    license : str
    pretty_name : str
    metrics : dict or None
        Choice field -> its declared metric, already checked against the schema.
    origin : dict or None
        Where the sentences and their labels came from when not from Label Studio
        (``corpus``, ``kind``, ``import``: see :func:`annotate.dataset.release`).
    """

    version: str
    text_policy: str
    splits: tuple[float, float, float]
    split_column: str | None
    min_annotators: int
    min_agreement: float
    project: dict[str, Any] | None
    license: str
    pretty_name: str
    metrics: dict[str, str] | None = None
    origin: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The settings as a JSON object (``splits`` a list)."""
        return {**asdict(self), "splits": list(self.splits)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReleaseSettings:
        """Read what :meth:`to_dict` gives."""
        return cls(**{**data, "splits": _splits.check_ratios(tuple(data["splits"]))})


def annotated_sentences(sentences: pd.DataFrame, votes: Votes) -> pd.DataFrame:
    """The rows of ``sentences`` that ``votes`` annotate, by ``sentence_id``; fail naming any
    annotated sentence the table lacks.

    One copy, taken in its final order: the caller then drops the table as read (about
    140 MB at 100,000 sentences) rather than hold it through :func:`build`, whose frames
    share this one's columns.
    """
    annotated = pd.Index(votes.rows["sentence_id"].unique())
    unknown = annotated.difference(pd.Index(sentences["sentence_id"]))
    if len(unknown):
        raise ReleaseError(
            f"{len(unknown)} annotated sentence(s) are not in the sentence table, e.g. "
            f"{', '.join(map(str, unknown[:5]))}",
            hint="give the sentence table the project was pushed from",
        )
    ids = sentences["sentence_id"]
    rows = np.flatnonzero(ids.isin(annotated).to_numpy())
    return sentences.iloc[rows[ids.iloc[rows].argsort().to_numpy()]]


def build(
    root: Path,
    votes: Votes,
    sents: pd.DataFrame,
    schema: Schema,
    settings: ReleaseSettings,
    old: _diff.Snapshot | None,
) -> tuple[_manifest.Manifest, _diff.Snapshot]:
    """Write every file of a release into ``root``; return the manifest and the snapshot.

    ``sents``: the annotated sentences in order (:func:`annotated_sentences`).
    ``votes.rows`` is emptied once the per-annotator file is written: the card, the
    manifest and the read-back of the split files that follow need only counts of them,
    and at 2 million rows they were the largest thing alive under those stages' peak.
    """
    rows = votes.rows
    ratios = _splits.check_ratios(settings.splits)
    sents = sents.set_index("sentence_id", drop=False)
    # Before the renaming below: the split column is named as in the sentence table.
    column = settings.split_column
    if column is None:
        assignment = _splits.assign(sents[["sentence_id", "article_id", "text"]], ratios)
    else:
        assignment = _splits.official(sents, column)
    sents = sents.rename(columns={c: _release_tables.meta_name(c, schema) for c in sents})
    texts = sents["text"].fillna("").astype(str)

    lengths = texts.str.len().to_dict()
    tokens = sentence_tokens(rows, texts) if any(f.kind == "spans" for f in schema.fields) else None
    spans = _SpanFields(rows, schema, lengths, tokens)
    adj = adjudicate_votes(
        rows,
        schema,
        min_annotators=settings.min_annotators,
        min_agreement=settings.min_agreement,
        spans=spans,
    )
    decisions = adj.decisions
    release_unused()
    report = agreement_of_votes(rows, schema, gold=decisions, lengths=lengths, done=spans.stats)
    del tokens, spans
    release_unused()
    full = settings.text_policy == "full"
    gold = _wide_gold(adj, schema, texts if full else None)
    del texts
    if not gold.index.equals(sents.index):  # both are the annotated sentences, sorted
        gold = gold.reindex(sents.index)
    split = assignment.split.reindex(sents.index).to_numpy()
    split_features = _release_tables.split_features(schema, settings.text_policy)
    (root / "data").mkdir()
    sizes = {}
    for name in _splits.SPLITS:
        sizes[name] = _release_tables.write_batches(
            _split_batches(sents, gold, split, name, schema),
            split_features,
            root / "data" / f"{name}.parquet",
        )
    # What the card and the manifest need from the sentences, beside the gold.
    frame = gold
    frame["split"] = split
    for column in ("article_id", "language"):
        if column in sents and column not in frame:
            frame[column] = sents[column].to_numpy()
    del sents, gold
    release_unused()

    ann_features = _release_tables.annotation_features(schema)
    n_ann_rows = _release_tables.write_batches(
        _annotation_batches(rows, decisions, frame["split"], schema, full),
        ann_features,
        root / "data" / "annotations.parquet",
    )
    tally = {
        "annotators": int(rows["annotator"].nunique()),
        "annotations": int(rows["annotation_id"].nunique()),
    }
    del rows
    # A new empty frame, not a slice: a slice of Arrow columns keeps their buffers.
    votes.rows = pd.DataFrame(columns=list(votes.rows.columns))
    release_unused()

    (root / "reports").mkdir()
    adj.queue.to_csv(root / "reports" / "review_queue.csv", index=False, lineterminator="\n")
    assignment.duplicates.to_csv(
        root / "reports" / "near_duplicates.csv", index=False, lineterminator="\n"
    )
    votes.excluded.to_csv(
        root / "reports" / "excluded_annotations.csv", index=False, lineterminator="\n"
    )
    (root / "schema.yaml").write_text(schema.to_yaml())
    (root / "guidelines.md").write_text(schema.guidelines_text)
    if not full:
        (root / "scripts").mkdir()
        (root / "scripts" / "rebuild_text.py").write_text(_card.REBUILD_SCRIPT)

    distribution = _distribution(frame, schema)
    _card.chart(distribution, root / _card.CHART)

    # Read back from the split files just written, exactly as `annotate diff` reads a
    # release: one code path for CHANGES.md and diff, so they cannot disagree (an in-memory
    # snapshot compared NaN with None and span dicts with span tuples, and counted
    # unchanged sentences as relabelled).
    new = _diff.snapshot(
        root,
        settings.version,
        {f.name: _manifest.FieldSpec(f.kind, tuple(f.values)) for f in schema.fields},
        schema.provenance(),
        records=[rt.name for rt in schema.records],
    )
    changes = str(_diff.compare(old, new)) if old else str(_diff.ReleaseDiff(None, new.version))
    (root / "CHANGES.md").write_text(f"# Changes\n\n{changes}")

    info = _release_facts(
        settings, schema, votes, tally, frame, decisions, assignment, sizes, n_ann_rows, old
    )
    info["records"] = _record_counts(frame, schema)
    info["limitations"] = _limitations(info, report)
    readme = _card.card(
        schema, info, split_features, ann_features, distribution, report, changes, votes.excluded
    )
    (root / "README.md").write_text(readme)
    manifest = _manifest.Manifest(
        version=settings.version,
        created=pd.Timestamp.now(tz="UTC").isoformat(timespec="seconds"),
        parent=info["parent"],
        toolkit_version=info["toolkit_version"],
        text_policy=info["text_policy"],
        license=info["license"],
        project=settings.project,
        origin=settings.origin,
        schema=_manifest.SchemaRef.from_dict(schema.provenance()),
        fields=new.fields,
        records=_record_specs(schema),
        metrics=settings.metrics,
        splits=sizes,
        split_unit=assignment.unit,
        split_method=assignment.method,
        ratios=None if info["ratios"] is None else tuple(info["ratios"]),
        counts=_manifest.Counts(**info["counts"]),
        aggregation=_manifest.Aggregation(
            method="majority vote; adjudicator wins; spans by character majority",
            min_annotators=settings.min_annotators,
            min_agreement=settings.min_agreement,
            methods_used=info["aggregation"],
            review_queue=info["review_queue"],
        ),
        near_duplicates=_manifest.NearDuplicates(**info["near_duplicates"]),
        agreement=_json_ready(report.fields.drop(columns="kind")) | _json_ready(report.records),
        unpublished_columns=tuple(votes.dropped_columns),
    )
    return _manifest.write(root, manifest), new


def _record_specs(schema: Schema) -> dict[str, dict[str, Any]] | None:
    """The manifest's ``records``: each record type's anchor and roles, or None without any."""
    if not schema.records:
        return None
    return {
        rt.name: {
            "anchor": rt.anchor,
            "anchor_field": rt.anchor_field,
            "roles": {
                role.name: {
                    "field": role.field,
                    "many": role.many,
                    "absent_label": role.absent_label,
                }
                for role in rt.roles
            },
        }
        for rt in schema.records
    }


class _SpanFields(Mapping[str, _spans.Items]):
    """Span segments for adjudication, one field at a time.

    Each sentence is cut into segments once; the field's agreement statistics are taken
    while its segments exist, and nothing keeps them afterwards, so only one field's
    segments (about 80 MB at 100,000 sentences) are alive at a time instead of all three.
    """

    def __init__(
        self,
        rows: pd.DataFrame,
        schema: Schema,
        lengths: dict[str, int],
        tokens: SentenceTokens | None = None,
    ) -> None:
        self._rows = rows
        self._fields = {f.name: f for f in schema.fields if f.kind == "spans"}
        self._lengths = lengths
        self._tokens = tokens
        self.stats: dict[str, dict[str, Any]] = {}

    def __getitem__(self, name: str) -> _spans.Items:
        f = self._fields[name]
        rows = self._rows
        # Compared in Arrow: ``to_numpy()`` of the field column is 1.8 million Python str.
        mine = ~rows["adjudicator"].to_numpy() & (rows["field"] == name).to_numpy()
        part = rows.loc[mine, ["sentence_id", "annotator", "spans"]]
        items = _spans.item_segments(part, self._lengths)
        self.stats[name] = field_stats(part, f, self._lengths, items, self._tokens)
        return items

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)


def _wide_gold(adj: Adjudication, schema: Schema, texts: pd.Series | None) -> pd.DataFrame:
    """One row per item: each field's and record type's gold, the record types' soft
    labels, the mean agreement of the choice fields and the most annotators of a field."""
    items = adj.items
    gold = adj.by_field("gold")
    method = adj.by_field("method")
    wide = pd.DataFrame(index=items)
    for f in schema.fields:
        if f.kind == "spans":
            # Null where nobody annotated the field (release format 2): "not annotated" is not
            # "no span", which a span tagger would learn from; an unresolved one stays empty.
            wide[f.name] = [
                None
                if how == "unanswered"
                else tuple(
                    s | {"text": None if texts is None else texts[sid][s["start"] : s["end"]]}
                    for s in spans
                )
                if spans is not None
                else ()
                for sid, spans, how in zip(
                    items.tolist(), gold[f.name], method[f.name], strict=True
                )
            ]
        else:
            wide[f.name] = pd.Series(gold[f.name], index=items, dtype=object)
    soft = adj.by_field("soft") if schema.records else {}
    for rt in schema.records:
        wide[rt.name] = [
            None if records is None else record_rows(rt, records, texts, sid)
            for sid, records in zip(items.tolist(), gold[rt.name], strict=True)
        ]
        wide[_release_tables.soft_name(rt.name)] = [
            soft_rows(rt, pairs, texts, sid)
            for sid, pairs in zip(items.tolist(), soft[rt.name], strict=True)
        ]
    del gold, soft, method
    # Grouped by the item's position, not its id: the same means and maxima in the same
    # order as grouping the decisions by sentence, without hashing 1.4 million ids.
    share = adj.by_field("share")
    choice = [share[f.name] for f in schema.fields if f.kind != "spans"]
    at = np.arange(len(items))
    if choice:
        mean = pd.Series(np.concatenate(choice)).groupby(np.tile(at, len(choice))).mean()
        wide["agreement"] = mean.to_numpy()
    else:
        wide["agreement"] = np.nan
    n_ann = list(adj.by_field("n_annotators").values())
    wide["n_annotators"] = np.vstack(n_ann).max(axis=0) if n_ann else 0
    labels = [*(f.name for f in schema.fields), *(rt.name for rt in schema.records)]
    softs = [_release_tables.soft_name(rt.name) for rt in schema.records]
    return wide[[*labels, *softs, "agreement", "n_annotators"]]


def record_rows(
    rt: RecordType, records: Any, texts: pd.Series | None, sid: Any = None
) -> list[dict[str, Any]]:
    """Records as release rows; span texts from the sentence (``texts``) or, with no
    texts (``text_policy="offsets"``), left out as spans are."""

    def fill(span: Any) -> Any:
        if span is None:
            return None
        if isinstance(span, list):
            return [fill(s) for s in span]
        return span | {"text": None if texts is None else texts[sid][span["start"] : span["end"]]}

    out = []
    for record in records:
        row = _schema_records.row(rt, record)
        out.append({k: v if k.endswith("_cut") else fill(v) for k, v in row.items()})
    return out


def soft_rows(
    rt: RecordType, pairs: Any, texts: pd.Series | None, sid: Any = None
) -> list[dict[str, Any]]:
    """A record type's soft label as release rows: each ``(record, share)`` of
    :func:`annotate.labels._records.record_shares` as :func:`record_rows` makes the record,
    plus its ``share``."""
    pairs = () if not isinstance(pairs, tuple) else pairs
    made = record_rows(rt, [r for r, _ in pairs], texts, sid)
    return [row | {"share": share} for row, (_, share) in zip(made, pairs, strict=True)]


def _annotation_batches(
    rows: pd.DataFrame, decisions: pd.DataFrame, split: pd.Series, schema: Schema, full: bool
) -> Iterator[pd.DataFrame]:
    """The per-annotator table in slices of one Parquet row group each: only one slice's
    Python objects exist at a time (the whole table as objects was about 800 MB)."""
    kinds = {f.name: f.kind for f in schema.fields} | {rt.name: "records" for rt in schema.records}
    # Each row's decision by position, from integer codes: a (sentence, field) MultiIndex
    # of every decision and its hash table were the largest part of this stage's peak.
    where = _decision_positions(rows, decisions)
    # Each decision's kind through the field's code: ``tolist()`` of the field column
    # made a Python str per decision (1.4 million).
    codes, names = pd.factorize(decisions["field"])
    fields = np.asarray([kinds[name] for name in names], dtype=object)[codes]
    del codes
    # Built as one Arrow column and taken per row: a Python list per row would cost
    # hundreds of MB at 1.8 million rows.
    # A record type's soft label (records and shares) lives in the split tables; the
    # per-annotator rows carry no decision of a record type anyway.
    soft = [
        None if kind == "records" else x
        for x, kind in zip(decisions["soft"].tolist(), fields, strict=True)
    ]
    lengths = np.array([0 if x is None else len(x) for x in soft])
    flat = np.concatenate([x for x in soft if x is not None] or [np.zeros(0)])
    del soft
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    mask = pa.array(lengths == 0) if (lengths == 0).any() else None
    per_item = pa.ListArray.from_arrays(pa.array(offsets), pa.array(flat, pa.float32()), mask=mask)
    del flat, offsets, lengths
    # The gold column's text per decision, taken per row below (one Python step per
    # decision instead of per annotation row).
    gold_text = np.array(
        [_gold_text(g, kind) for g, kind in zip(decisions["gold"].tolist(), fields, strict=True)],
        dtype=object,
    )
    del fields
    # As codes: the column's to_numpy() per slice made a Python str per decision each time.
    codes, names = pd.factorize(decisions["method"])
    method = np.asarray(names, dtype=object)[codes]
    method[codes < 0] = np.nan  # as to_numpy() gives a missing one
    del codes
    for start in range(0, len(rows), _release_tables.ROW_GROUP):
        part = rows.iloc[start : start + _release_tables.ROW_GROUP]
        pos = where[start : start + _release_tables.ROW_GROUP]
        out = _annotation_rows(
            part, pos, decisions, method, per_item, gold_text, kinds, split, full
        )
        _annotator_records(out, part, schema, full)
        yield out


def _codes_in(values: pd.Series, uniques: Any) -> np.ndarray:
    """The position of each of ``values`` in ``uniques`` (-1 if absent), through the
    distinct values: looking up 1.4 million strings one by one made each a Python str."""
    codes, distinct = pd.factorize(values)
    at = pd.Index(list(uniques)).get_indexer(list(distinct))
    return np.where(codes >= 0, at[codes] if len(at) else -1, -1)


def _split_batches(
    sents: pd.DataFrame, gold: pd.DataFrame, split: np.ndarray, name: str, schema: Schema
) -> Iterator[pd.DataFrame]:
    """The rows of split ``name`` in slices of one row group each, its sentences beside
    their encoded gold: neither the sentences joined to the gold nor the encoded gold of
    the whole table ever exists, only one slice's."""
    rows = np.flatnonzero(split == name)
    starts = range(0, len(rows), _release_tables.ROW_GROUP) if len(rows) else [0]
    for start in starts:  # an empty split still yields one empty frame: the file's schema
        at = rows[start : start + _release_tables.ROW_GROUP]
        encoded = _release_tables.encode_gold(schema, gold.iloc[at])
        yield pd.concat([sents.iloc[at], encoded], axis=1)


def _decision_positions(rows: pd.DataFrame, decisions: pd.DataFrame) -> np.ndarray:
    """The position in ``decisions`` of each row's (sentence_id, field); -1 for none."""
    row_sids, sids = pd.factorize(rows["sentence_id"])
    row_fields, names = pd.factorize(rows["field"])
    dec_sids = _codes_in(decisions["sentence_id"], sids)
    dec_fields = _codes_in(decisions["field"], names)
    width = max(len(names), 1)
    lookup = np.full(len(sids) * width, -1, dtype=np.int64)
    known = (dec_sids >= 0) & (dec_fields >= 0)
    lookup[dec_sids[known] * width + dec_fields[known]] = np.flatnonzero(known)
    found = (row_sids >= 0) & (row_fields >= 0)
    at = np.where(found, row_sids * width + row_fields, 0)
    return np.where(found, lookup[at] if len(lookup) else -1, -1)


def _gold_text(gold: Any, kind: str) -> str | None:
    """The gold column of the per-annotator table: a label, or labels joined by "|"; spans
    gold lives in the split tables, not here."""
    if gold is None or kind in ("spans", "records"):
        return None
    return gold if isinstance(gold, str) else "|".join(gold)


def _annotation_rows(
    rows: pd.DataFrame,
    pos: np.ndarray,
    decisions: pd.DataFrame,
    method: np.ndarray,
    per_item: pa.Array,
    gold_text: np.ndarray,
    kinds: dict[str, str],
    split: pd.Series,
    full: bool,
) -> pd.DataFrame:
    # Plain values, not the categoricals: their 100,000 categories would each become a
    # level of every slice's key.
    ids = rows["sentence_id"].to_numpy(dtype=object)
    out = rows.copy()
    if (pos < 0).any():  # never from release(): every item has a decision per field
        key = pd.MultiIndex.from_arrays([ids, rows["field"].to_numpy(dtype=object)])
        dec = decisions.set_index(["sentence_id", "field"])
        gold = dec["gold"].reindex(key).to_numpy()
        out["gold"] = [
            _gold_text(g, kinds[f]) for g, f in zip(gold, rows["field"].tolist(), strict=True)
        ]
        out["n_annotators"] = dec["n_annotators"].reindex(key).to_numpy()
        out["aggregation"] = dec["method"].reindex(key).to_numpy()
    else:
        out["gold"] = gold_text[pos]
        out["n_annotators"] = decisions["n_annotators"].to_numpy()[pos]
        out["aggregation"] = method[pos]
    out["soft_label"] = pd.Series(
        pd.arrays.ArrowExtensionArray(per_item.take(pa.array(pos))), index=out.index
    )
    out["split"] = split.reindex(ids).to_numpy()
    for col in ("created_at", "updated_at"):
        # Through Arrow: one vectorised cast instead of a Timestamp object per row.
        stamps = pd.to_datetime(rows[col], utc=True, format="ISO8601")
        naive = stamps.dt.tz_convert(None).to_numpy()
        arrow = pa.array(naive, pa.timestamp("us"), from_pandas=True).cast(pa.string())
        out[col] = arrow.to_numpy(zero_copy_only=False)
    # Kept in Arrow by read_votes: decoded one slice at a time, as before.
    spans = _spans.decoded(rows["spans"])
    if full:
        out["spans"] = spans
    else:
        out["spans"] = [None if v is None else [dict(s) | {"text": None} for s in v] for v in spans]
    return out  # already in (sentence_id, annotation_id, field) order from read_votes


def _annotator_records(out: pd.DataFrame, rows: pd.DataFrame, schema: Schema, full: bool) -> None:
    """Each annotation's records in their column, on the row of their anchor field (as
    pull writes them); the span texts are the annotator's, or none without text."""
    if not schema.records:
        return
    decoded = decoded_records(rows["records"])
    fields = rows["field"].to_numpy(dtype=object)
    for rt in schema.records:
        column: list[Any] = []
        for name, records in zip(fields, decoded, strict=True):
            if name != rt.anchor_field or records is None:
                column.append(None)
                continue
            made = [_schema_records.row(rt, r) for r in records]
            column.append(made if full else [_no_text(r) for r in made])
        out[rt.name] = column


def _no_text(row: dict[str, Any]) -> dict[str, Any]:
    def strip(span: Any) -> Any:
        if isinstance(span, list):
            return [strip(s) for s in span]
        return None if span is None else span | {"text": None}

    return {k: v if k.endswith("_cut") else strip(v) for k, v in row.items()}


def _record_counts(frame: pd.DataFrame, schema: Schema) -> dict[str, dict[str, Any]]:
    """Per record type: gold records, the sentences holding two or more, and the records
    with a role cut at the sentence boundary (an import's, such as PolNeAR's quotes)."""
    out: dict[str, dict[str, Any]] = {}
    for rt in schema.records:
        cells = [c for c in frame.get(rt.name, pd.Series(dtype=object)) if isinstance(c, list)]
        flags = [f"{r.name}_cut" for r in rt.roles]
        records = [r for c in cells for r in c]
        out[rt.name] = {
            "records": len(records),
            "sentences": sum(bool(c) for c in cells),
            "multi_record_sentences": sum(len(c) >= 2 for c in cells),
            "cut_records": sum(any(r.get(f) for f in flags) for r in records),
            "cut": {f: sum(bool(r.get(f)) for r in records) for f in flags},
        }
    return out


def _distribution(frame: pd.DataFrame, schema: Schema) -> dict[str, pd.DataFrame]:
    out = {}
    for f in schema.fields:
        if f.kind != "choice":
            continue
        labels = frame[f.name].fillna("(no gold)")
        table = pd.crosstab(labels, frame["split"]).reindex(
            index=[*f.values, "(no gold)"], columns=list(_splits.SPLITS), fill_value=0
        )
        table = table[(table.sum(axis=1) > 0) | table.index.isin(f.values)]
        table.index.name, table.columns.name = "label", None
        out[f.name] = table.astype(int)
    return out


def _release_facts(
    settings, schema, votes, tally, frame, decisions, assignment, sizes, n_ann_rows, old
):
    langs = sorted(set(frame.get("language", pd.Series(dtype=str)).dropna())) or ["en"]
    moved = assignment.duplicates
    methods = decisions["method"].value_counts().sort_index()
    return {
        "version": settings.version,
        "pretty_name": settings.pretty_name,
        "license": settings.license,
        "origin": settings.origin,
        "languages": langs,
        "task_categories": ["text-classification"]
        + (["token-classification"] if any(f.kind == "spans" for f in schema.fields) else []),
        "split_sizes": sizes,
        "annotation_rows": n_ann_rows,
        "annotators": tally["annotators"],
        "articles": int(frame["article_id"].nunique()),
        "toolkit_version": annotate.__version__,
        "parent": None if old is None else old.version,
        "text_policy": settings.text_policy,
        "ratios": None
        if assignment.unit == "official"
        else list(_splits.check_ratios(settings.splits)),
        "split_unit": assignment.unit,
        "split_method": assignment.method,
        "min_annotators": settings.min_annotators,
        "min_agreement": settings.min_agreement,
        "aggregation": {str(k): int(v) for k, v in methods.items()},
        "review_queue": int(decisions["reason"].notna().sum()),
        "near_duplicates": {
            "groups": int(moved["group"].nunique()) if len(moved) else 0,
            "sentences": len(moved),
            "moved": int((moved["hashed_split"] != moved["split"]).sum()) if len(moved) else 0,
        },
        "counts": {
            "sentences": int(sum(sizes.values())),
            "articles": int(frame["article_id"].nunique()),
            "annotations": tally["annotations"],
            "annotation_rows": n_ann_rows,
            "annotators": tally["annotators"],
            "cancelled_annotations": votes.cancelled,
            "superseded_annotations": votes.superseded,
            "excluded_annotations": int(votes.excluded["annotation_id"].nunique()),
            "excluded_by_rule": {
                str(k): int(v)
                for k, v in votes.excluded["rule"].value_counts().sort_index().items()
            },
            "without_gold": {
                # Counted on the masks: selecting the rows copied the decisions per field.
                f.name: int(((decisions["field"] == f.name) & decisions["gold"].isna()).sum())
                for f in schema.fields
                if f.kind != "spans"
            },
        },
    }


def _limitations(info: dict[str, Any], report: Any) -> list[str]:
    out = []
    single = info["aggregation"].get("single", 0)
    if single and info.get("origin"):
        out.append(
            f"{single} item-field label(s) are the corpus's gold, carried as one annotator's "
            "(method `single`): its agreement is not in this release (see the corpus's paper)."
        )
    elif single:
        out.append(
            f"{single} item-field label(s) come from a single annotator (method `single`); "
            "their agreement is unknown."
        )
    if info["split_unit"] == "sentence":
        out.append("Splits are by sentence (too few articles): an article spans splits.")
    if info["split_unit"] == "official" and info["near_duplicates"]["groups"]:
        out.append(
            f"The official splits are kept as given, so {info['near_duplicates']['groups']} "
            "group(s) of near-duplicate sentences span two or more splits "
            "(`reports/near_duplicates.csv`)."
        )
    out.append(
        "Kappas are not computed for span fields (characters of a sentence are not "
        "independent items); read Krippendorff's alpha there."
    )
    if info["text_policy"] == "offsets":
        out.append("No text is included; rebuilding it depends on the sources staying online.")
    if info["counts"]["excluded_annotations"]:
        out.append(
            f"{info['counts']['excluded_annotations']} annotation(s) broke a consistency rule "
            "of severity error and were left out (see Excluded annotations)."
        )
    out.append("Cancelled (skipped) annotations are not labels and are left out.")
    low = [
        name
        for name, a in report.fields["krippendorff_alpha"].items()
        if not np.isnan(a) and a < 0.667
    ]
    if low:
        out.append(f"Agreement below alpha 0.667 (tentative) for: {', '.join(low)}.")
    return out


def _json_ready(frame: pd.DataFrame) -> dict[str, dict[str, Any]]:
    def clean(v: Any) -> Any:
        if isinstance(v, (float, np.floating)):
            return None if math.isnan(v) else round(float(v), 6)
        return int(v) if isinstance(v, (np.integer,)) else v

    return {str(i): {str(k): clean(v) for k, v in row.items()} for i, row in frame.iterrows()}
