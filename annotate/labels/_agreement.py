"""Inter-annotator agreement per field and per annotator.

Per field: Krippendorff's alpha (nominal), Cohen's kappa when exactly two annotators share
items, Fleiss' kappa when more do, raw percent agreement, and the number of items with two
or more annotations. Choice fields are compared by label; a multi_choice answer counts as
one nominal value (the set of labels); a spans field is compared character by character,
each character getting the label of the span covering it or ``"none"`` (see
:mod:`annotate.labels._spans`). Kappas are not computed for spans (``NaN``): the character units
of one sentence are not independent items, and alpha is the statistic to read there.

Span fields also get a token-level alpha (each word or punctuation token a unit, see
:mod:`annotate.labels._token_alpha`) when the sentence texts are given, and each record
type record-level F1 between annotators, exact and overlapping (see
:mod:`annotate.labels._record_agreement`).

Undefined statistics (a single label in the data, no overlapping items) are ``NaN``.

Examples
--------
>>> from annotate import load_schema
>>> schema = load_schema("news-stance")
>>> report = agreement("annotations.parquet", schema)  # doctest: +SKIP
>>> report.fields.loc["claim_type", "krippendorff_alpha"]  # doctest: +SKIP
0.71
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from annotate.labels._alpha import nominal_alpha, percent_agreement
from annotate.labels._record_agreement import record_agreement
from annotate.labels._spans import NONE, Items, item_segments
from annotate.labels._token_alpha import SentenceTokens, token_units
from annotate.labels._votes import read_votes, release_unused
from annotate.schema._schema import Field, Schema

__all__ = [
    "AgreementReport",
    "agreement",
    "cohen_kappa",
    "fleiss_kappa",
    "nominal_alpha",
    "percent_agreement",
]

_NAN = float("nan")


@dataclass
class AgreementReport:
    """Agreement of one annotation table.

    Attributes
    ----------
    fields : pandas.DataFrame
        Index ``field``; columns ``kind``, ``krippendorff_alpha``, ``token_alpha``
        (span fields with sentence texts; else ``NaN``), ``cohen_kappa``,
        ``fleiss_kappa``, ``percent_agreement``, ``items_2plus``, ``annotators``.
    annotators : pandas.DataFrame
        Index ``annotator``; columns ``items`` (items done), ``agreement_with_gold``
        (share of their choice answers equal to the gold label, over items with two or
        more votes or an adjudicator's decision; ``NaN`` without gold) and
        ``median_seconds`` (median ``lead_time`` per annotation).
    records : pandas.DataFrame
        Index ``record`` (each record type of the schema); columns ``record_f1_exact``,
        ``record_f1_overlap`` (micro-averaged over records), ``pair_f1_exact``,
        ``pair_f1_overlap`` (averaged over annotator pairs), ``items_2plus``,
        ``records``, ``annotators`` (see :class:`RecordAgreement`).
    record_pairs : pandas.DataFrame
        Per record type and pair of annotators who share a sentence: ``record``,
        ``annotator_a``, ``annotator_b``, ``sentences``, ``records_a``, ``records_b``,
        ``f1_exact``, ``f1_overlap``.
    """

    fields: pd.DataFrame
    annotators: pd.DataFrame
    records: pd.DataFrame = dataclasses.field(default_factory=lambda: _records_frame([]))
    record_pairs: pd.DataFrame = dataclasses.field(default_factory=pd.DataFrame)


def cohen_kappa(a: Sequence[Any], b: Sequence[Any], labels: Sequence[Any]) -> float:
    """Cohen's kappa of two annotators over the items both labelled (sklearn).

    ``NaN`` when both used one and the same label only (kappa is undefined).
    """
    if len(a) == 0 or len(set(a) | set(b)) < 2:
        return _NAN
    from sklearn.metrics import cohen_kappa_score

    return float(cohen_kappa_score(list(a), list(b), labels=list(labels)))


def fleiss_kappa(codes: np.ndarray, n_categories: int) -> float:
    """Fleiss' kappa (statsmodels) of items x raters category codes (same raters per item).

    ``NaN`` for fewer than one item or a single category in use.
    """
    from statsmodels.stats.inter_rater import fleiss_kappa as _fleiss

    codes = np.asarray(codes)
    if codes.size == 0 or len(np.unique(codes)) < 2:
        return _NAN
    # statsmodels' aggregate_raters builds this table with a loop over items; a bincount
    # gives the same table (tested) at 100,000 items in milliseconds.
    rows = np.repeat(np.arange(codes.shape[0]), codes.shape[1])
    table = np.bincount(
        rows * n_categories + codes.ravel(), minlength=codes.shape[0] * n_categories
    ).reshape(codes.shape[0], n_categories)
    return float(_fleiss(table, method="fleiss"))


def agreement(
    annotations: Any,
    schema: Schema,
    *,
    gold: pd.DataFrame | None = None,
    lengths: Mapping[str, int] | None = None,
    adjudicators: Sequence[str] = (),
    texts: Mapping[str, str] | pd.Series | None = None,
) -> AgreementReport:
    """Agreement per field and per annotator of an annotation table.

    Parameters
    ----------
    annotations : DataFrame, pyarrow.Table or path
        The table written by ``annotate pull``; cancelled annotations are left out.
    schema : Schema
    gold : DataFrame, optional
        ``adjudicate(...).decisions``; needed for ``agreement_with_gold``.
    lengths : mapping of str to int, optional
        Sentence id -> text length, so characters outside every span count as agreed
        ``"none"``; without it a sentence ends at its last span.
    adjudicators : sequence of str
        Pseudonyms whose annotations are decisions, not votes (left out here).
    texts : mapping of str to str or pandas.Series, optional
        Sentence id -> text, for the token-level alpha of span fields (``NaN`` without).
    """
    votes = read_votes(annotations, schema, adjudicators=frozenset(adjudicators))
    return agreement_of_votes(votes.rows, schema, gold=gold, lengths=lengths, texts=texts)


def agreement_of_votes(
    rows: pd.DataFrame,
    schema: Schema,
    *,
    gold: pd.DataFrame | None = None,
    lengths: Mapping[str, int] | None = None,
    spans: Mapping[str, Items] | None = None,
    done: Mapping[str, dict] | None = None,
    texts: Mapping[str, str] | pd.Series | None = None,
) -> AgreementReport:
    """:func:`agreement` on rows already checked by :func:`annotate.labels._votes.read_votes`.

    ``spans`` (field name -> :func:`annotate.labels._spans.item_segments` of the voting rows,
    with ``lengths``) lets the release segment each sentence once for both stages;
    ``done`` (field name -> :func:`field_stats`) takes fields already computed, so the
    release can compute a span field's statistics while its segments exist.
    """
    done = done or {}
    used = ["sentence_id", "annotation_id", "annotator", "field", "value", "values", "lead_time"]
    # Only the columns used (spans come through ``spans``, ``done`` or per field below):
    # a copy of every column of 1.8 million rows is 400 MB.
    voting = ~rows["adjudicator"].to_numpy()
    todo = [f for f in schema.fields if f.kind == "spans" and f.name not in done]
    if spans is None and todo:
        used.append("spans")
    if schema.records:
        used.append("records")
    rows = rows[used] if voting.all() else rows.loc[voting, used]
    tokens = sentence_tokens(rows, texts) if todo and texts is not None else None
    stats = []
    for f in schema.fields:
        if f.name in done:
            stats.append(dict(done[f.name]))
            continue
        shared = None if spans is None else spans.get(f.name)
        stats.append(field_stats(rows[rows["field"] == f.name], f, lengths, shared, tokens))
        # Each field's string work goes through Arrow; its freed buffers would otherwise
        # pile up under the next field's (hundreds of MB at 1.8 million rows).
        release_unused()
    fields = pd.DataFrame(stats).set_index("field")
    found = [(rt.name, record_agreement(rows, rt)) for rt in schema.records]
    pairs = [got.pairs.assign(record=name) for name, got in found]
    return AgreementReport(
        fields=fields,
        annotators=_annotator_stats(rows, schema, gold),
        records=_records_frame([{"record": name, **got.summary} for name, got in found]),
        record_pairs=pd.concat(pairs, ignore_index=True) if pairs else pd.DataFrame(),
    )


_RECORD_COLUMNS = [
    "record_f1_exact",
    "record_f1_overlap",
    "pair_f1_exact",
    "pair_f1_overlap",
    "items_2plus",
    "records",
    "annotators",
]


def _records_frame(summaries: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(summaries, columns=["record", *_RECORD_COLUMNS]).set_index("record")


def sentence_tokens(rows: pd.DataFrame, texts: Mapping[str, str] | pd.Series) -> SentenceTokens:
    """The tokens of the voted sentences that ``texts`` (sentence id -> text) has, for
    :func:`field_stats`."""
    ids = pd.Index(rows["sentence_id"].unique()).astype(str)
    if isinstance(texts, pd.Series):
        # Looked up at once: a Series' item lookup is microseconds, per sentence.
        known = texts.reindex(ids[ids.isin(texts.index)])
        return SentenceTokens(dict(zip(known.index, known.to_numpy(), strict=True)))
    return SentenceTokens({sid: texts[sid] for sid in ids if sid in texts})


def field_stats(
    rows: pd.DataFrame,
    f: Field,
    lengths: Mapping[str, int] | None,
    shared: Items | None,
    tokens: SentenceTokens | None = None,
) -> dict:
    """One field's row of :attr:`AgreementReport.fields` from its voting rows.

    ``tokens`` (:func:`sentence_tokens`): the sentences' tokens, for a span field's
    ``token_alpha``; without them it is ``NaN``.
    """
    out: dict[str, Any] = {"field": f.name, "kind": f.kind}
    if f.kind == "spans":
        items = item_segments(rows, lengths) if shared is None else shared
        counts, weights, items_2plus = _span_counts(items, f, lengths)
        out |= {
            "krippendorff_alpha": nominal_alpha(counts, weights),
            "token_alpha": _NAN if tokens is None else _token_alpha(items, f, tokens),
            "cohen_kappa": _NAN,
            "fleiss_kappa": _NAN,
            "percent_agreement": percent_agreement(counts, weights),
        }
    else:
        answers = _answers(rows, f)
        counts, labels = _crosstab(answers)
        items_2plus = int((counts.sum(axis=1) >= 2).sum())
        out |= {
            "krippendorff_alpha": nominal_alpha(counts),
            "token_alpha": _NAN,
            **_kappas(answers, labels),
            "percent_agreement": percent_agreement(counts),
        }
    out["items_2plus"] = items_2plus
    out["annotators"] = int(rows["annotator"].nunique())
    return out


def _token_alpha(items: Items, f: Field, tokens: SentenceTokens) -> float:
    # Sentences seen by two or more annotators, whose text is known: a sentence missing
    # from the table has no tokens to be units.
    ids = [sid for sid, (lists, _) in items.items() if len(lists) >= 2 and sid in tokens.ids]
    counts, weights = token_units(tokens.take(ids), [items[sid][0] for sid in ids], f.values)
    return nominal_alpha(counts, weights)


def _answers(rows: pd.DataFrame, f: Field) -> pd.DataFrame:
    if f.kind == "choice":
        # Plain values: the release's ``value`` column is a categorical of every
        # field's labels.
        answer = rows["value"].astype(object)
    else:  # multi_choice: the set of labels, as one nominal value
        answer = rows["values"].map(lambda v: None if v is None else "|".join(sorted(v)))
    out = rows[["sentence_id", "annotator"]].assign(answer=answer)
    return out.dropna(subset=["answer"])


def _crosstab(answers: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """Items x answers counts, rows and columns sorted: ``pd.crosstab``'s table, without
    its per-group Python aggregation (seconds at 100,000 items)."""
    items, i = np.unique(answers["sentence_id"].to_numpy(dtype=object), return_inverse=True)
    labels, j = np.unique(answers["answer"].to_numpy(dtype=object), return_inverse=True)
    counts = np.zeros((len(items), len(labels)), dtype=np.int64)
    np.add.at(counts, (i, j), 1)
    return counts, list(labels)


def _kappas(answers: pd.DataFrame, labels: list[str]) -> dict[str, float]:
    size = answers.groupby("sentence_id")["annotator"].transform("size")
    shared = answers[size >= 2]
    raters = shared["annotator"].unique()
    if len(raters) == 2:
        wide = shared.pivot(index="sentence_id", columns="annotator", values="answer").dropna()
        kappa = cohen_kappa(wide[raters[0]].tolist(), wide[raters[1]].tolist(), labels)
        return {"cohen_kappa": kappa, "fleiss_kappa": _NAN}
    if len(raters) < 2:
        return {"cohen_kappa": _NAN, "fleiss_kappa": _NAN}
    # Fleiss' kappa needs the same number of ratings per item: use the items with the most
    # common number of ratings (two or more), which is all of them in the usual design.
    shared = shared.sort_values("sentence_id", kind="stable")
    sizes = shared.groupby("sentence_id", sort=False)["answer"].transform("size")
    modal = int(sizes.mode().max())
    codes = pd.Categorical(shared["answer"][sizes == modal], categories=labels).codes
    matrix = np.asarray(codes).reshape(-1, modal)
    return {"cohen_kappa": _NAN, "fleiss_kappa": fleiss_kappa(matrix, len(labels))}


def _span_counts(
    items: Items, f: Field, lengths: Mapping[str, int] | None
) -> tuple[np.ndarray, np.ndarray, int]:
    values = [NONE, *f.values]
    index = {v: i for i, v in enumerate(values)}
    # Segment number and label code per (segment, annotator): one np.add.at at the end
    # instead of a small array per segment.
    seg_of: list[int] = []
    code_of: list[int] = []
    weights: list[int] = []
    items_2plus = 0
    plain_weight = []
    for sid, (lists, segs) in items.items():
        if len(lists) < 2:
            continue
        items_2plus += 1
        if segs is None:
            # Nobody marked a span: one all-"none" unit, no per-segment work.
            length = None if lengths is None else lengths.get(str(sid))
            if length:
                plain_weight.append((len(lists), length))
            continue
        for start, end, labels in segs:
            seg_of.extend([len(weights)] * len(labels))
            code_of.extend(index[label] for label in labels)
            weights.append(end - start)
    counts = [np.zeros((len(weights), len(values)))] if weights else []
    if weights:
        np.add.at(counts[0], (np.asarray(seg_of), np.asarray(code_of)), 1)
    if plain_weight:
        plain = np.zeros((len(plain_weight), len(values)))
        plain[:, 0] = [m for m, _ in plain_weight]
        counts.append(plain)
        weights.extend(w for _, w in plain_weight)
    if not counts:
        return np.zeros((0, len(values))), np.zeros(0), items_2plus
    return np.vstack(counts), np.asarray(weights, float), items_2plus


def _annotator_stats(rows: pd.DataFrame, schema: Schema, gold: pd.DataFrame | None) -> Any:
    per_ann = rows[["annotation_id", "annotator", "sentence_id", "lead_time"]].drop_duplicates(
        "annotation_id"
    )
    items = per_ann.groupby("annotator")["sentence_id"].nunique()
    lead = pd.to_numeric(per_ann["lead_time"], errors="coerce")
    median = lead.groupby(per_ann["annotator"]).median()
    out = pd.DataFrame({"items": items, "median_seconds": median})
    out["agreement_with_gold"] = _NAN
    if gold is not None:
        choice = [f.name for f in schema.fields if f.kind == "choice"]
        decided = gold[
            gold["field"].isin(choice)
            & gold["gold"].notna()
            & ((gold["n_annotators"] >= 2) | (gold["method"] == "adjudicated"))
        ]
        # Field by field, gold looked up by sentence id: a merge of 900,000 answers on
        # two string keys held about 250 MB at once. Sums and counts of booleans are
        # exact, so their ratio is the mean a groupby gives.
        same_n: list[pd.Series] = []
        for name in choice:
            mine = rows.loc[
                (rows["field"] == name).to_numpy(), ["sentence_id", "annotator", "value"]
            ]
            mine = mine.dropna(subset=["value"])
            here = decided[decided["field"] == name]
            lookup = pd.Series(here["gold"].to_numpy(), index=here["sentence_id"].to_numpy())
            pos = lookup.index.get_indexer(mine["sentence_id"])
            hit = pos >= 0
            same = mine["value"].to_numpy(dtype=object)[hit] == lookup.to_numpy()[pos[hit]]
            same_n.append(pd.Series(same, index=mine["annotator"].to_numpy()[hit]))
        joined = pd.concat(same_n) if same_n else pd.Series([], dtype=bool)
        if len(joined):
            by = joined.groupby(level=0)
            out["agreement_with_gold"] = by.sum() / by.size()
    out.index.name = "annotator"
    return out[["items", "agreement_with_gold", "median_seconds"]].sort_index()
