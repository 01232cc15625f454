"""Gold labels from several annotators, and the review queue of items they disagree on.

Rules, per item and field:

- **Majority vote** of the annotators who answered (cancelled annotations are not votes;
  an annotator who annotated an item twice votes with their newer annotation).
- **Minimum annotators** (``min_annotators``, default 1): an item with fewer votes gets no
  gold label. The default of 1 lets a single-annotator dataset release; its labels are
  then marked ``single`` in the ``aggregation`` column and the card.
- **Review queue**: a tie between the top labels, or a winning share below
  ``min_agreement`` (default 0.5, inclusive), leaves the field without gold (``-1`` in the
  release) and puts the item in the queue with the competing labels.
- **Adjudicator wins**: an annotation with ``ground_truth`` true (when the table carries
  that column) or by a pseudonym listed in ``adjudicators`` is a decision, not a vote: its
  value is the gold label (``adjudicated``), whatever the votes say.
- **Spans** follow the same majority rule character by character: a character gets a label
  when more than half of the annotators' spans cover it with that label, and consecutive
  such characters form one gold span, so overlapping spans merge. A character covered by
  exactly half of two or more annotators is a tie and sends the item to review.
- **multi_choice**: a label is in the gold set when more than half chose it; exactly half
  is a tie.
- **Records** (``attributions``): a record is gold when more than half of the sentence's
  annotators drew an equal record (same cue, source and content spans); exactly half is a
  tie (see :mod:`annotate.labels._records`). Their decisions carry the record type's name
  as ``field``.

The soft label (share of votes per label, in schema order) is kept beside the gold label;
for a record type it is each distinct record drawn with the share of annotators who drew
it. An adjudicator's decision replaces the gold, not the soft label: that stays the
annotators' votes, so a release keeps what they disagreed on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from annotate._files import write_parquet, write_text
from annotate.errors import ReleaseError
from annotate.labels._records import decoded_records, record_majority, record_shares
from annotate.labels._spans import NONE, Items, decoded, item_segments, segments, trimmed
from annotate.labels._votes import read_votes, release_unused
from annotate.schema._schema import Field, Schema

__all__ = ["Adjudication", "adjudicate", "export_queue"]

COLUMNS = ["sentence_id", "field", "gold", "n_annotators", "share", "method", "reason", "soft"]


@dataclass
class Adjudication:
    """Gold decisions for every annotated item and field.

    Attributes
    ----------
    decisions : pandas.DataFrame
        One row per item and field: ``gold`` (label, tuple of labels, or tuple of span
        dicts; ``None`` when unresolved), ``n_annotators`` (votes), ``share`` (winning
        share of votes), ``method`` (``single``, ``unanimous``, ``majority``,
        ``adjudicated``, ``unresolved`` or ``unanswered``), ``reason`` (why unresolved:
        ``tie``, ``low-agreement``, ``too-few-annotators``), ``soft`` (array of vote
        shares in schema label order; ``None`` for spans; for a record type a tuple of
        ``(Record, share)`` pairs, see :func:`annotate.labels._records.record_shares`),
        ``votes`` (``label=count; ...``).
    items : pandas.Index
        The items (sentence ids), sorted. ``decisions`` holds one block per field and
        record type, in schema order, each with one row per item in this order, so
        :meth:`by_field` takes a field's column as a slice.
    """

    decisions: pd.DataFrame
    items: pd.Index = field(default_factory=lambda: pd.Index([], name="sentence_id"))

    def by_field(self, column: str) -> dict[str, np.ndarray]:
        """Field (or record type) name -> ``column`` of its decisions, in :attr:`items` order.

        Slices of the decisions' column, without a pivot: pivoting 1.4 million decisions
        by their sentence and field strings built a hash table and a copy of them all.
        """
        n = len(self.items)
        values = self.decisions[column].to_numpy()
        names = self.decisions["field"].to_numpy()
        if n * (len(values) // n if n else 0) != len(values):
            raise AssertionError("decisions are not one block per field over the items")
        return {names[start]: values[start : start + n] for start in range(0, len(values), n or 1)}

    @property
    def queue(self) -> pd.DataFrame:
        """Items and fields that need an adjudicator, with the competing votes."""
        q = self.decisions[self.decisions["reason"].notna()]
        return q[["sentence_id", "field", "reason", "n_annotators", "votes"]].reset_index(drop=True)


def adjudicate(
    annotations: Any,
    schema: Schema,
    *,
    min_annotators: int = 1,
    min_agreement: float = 0.5,
    adjudicators: Sequence[str] = (),
) -> Adjudication:
    """Aggregate an annotation table into gold labels and a review queue.

    Parameters
    ----------
    annotations : DataFrame, pyarrow.Table or path
        The table written by ``annotate pull``.
    schema : Schema
    min_annotators : int
        Fewest votes for a gold label (default 1, so single-annotator data releases).
    min_agreement : float
        Smallest winning share of votes; below it the item goes to review.
    adjudicators : sequence of str
        Pseudonyms whose annotations decide instead of voting.

    Raises
    ------
    ReleaseError
        On a bad table (see :func:`annotate.dataset._release.release`) or bad settings.
    """
    votes = read_votes(annotations, schema, adjudicators=frozenset(adjudicators))
    return adjudicate_votes(
        votes.rows, schema, min_annotators=min_annotators, min_agreement=min_agreement
    )


def adjudicate_votes(
    rows: pd.DataFrame,
    schema: Schema,
    *,
    min_annotators: int = 1,
    min_agreement: float = 0.5,
    spans: Mapping[str, Items] | None = None,
) -> Adjudication:
    """:func:`adjudicate` on rows already checked by :func:`annotate.labels._votes.read_votes`.

    ``spans`` (field name -> :func:`annotate.labels._spans.item_segments` of the voting rows)
    lets the release segment each sentence once for adjudication and agreement.
    """
    if min_annotators < 1:
        raise ReleaseError(f"min_annotators must be at least 1, not {min_annotators}")
    if not 0 <= min_agreement <= 1:
        raise ReleaseError(f"min_agreement must be between 0 and 1, not {min_agreement}")
    items = pd.Index(sorted(rows["sentence_id"].unique()), name="sentence_id")
    parts = []
    for f in schema.fields:
        mine = rows[rows["field"] == f.name]
        voting = mine[~mine["adjudicator"]]
        if f.kind == "spans":
            # Inline, with no local name: a lazy ``spans`` can then free this field's
            # segments before it builds the next field's.
            part = _spans(voting, f, items, None if spans is None else spans.get(f.name))
        else:
            part = _choices(voting, f, items)
        part = _rules(part, min_annotators, min_agreement)
        part = _adjudicated(part, mine[mine["adjudicator"]], f)
        parts.append(part.assign(field=f.name).reset_index())
        release_unused()  # see _agreement.agreement_of_votes
    for rt in schema.records:
        mine = rows[(rows["field"] == rt.anchor_field).to_numpy()]
        part = _rules(_records(mine[~mine["adjudicator"]], items), min_annotators, min_agreement)
        part = _adjudicated_records(part, mine[mine["adjudicator"]])
        parts.append(part.assign(field=rt.name).reset_index())
    decisions = pd.concat(parts, ignore_index=True)
    return Adjudication(decisions=decisions[[*COLUMNS, "votes"]], items=items)


def export_queue(adjudication: Adjudication, path: str | Path) -> Path:
    """Write the review queue as Parquet or CSV (by the file's suffix)."""
    path = Path(path)
    queue = adjudication.queue
    if path.suffix == ".csv":
        return write_text(path, queue.to_csv(index=False))
    return write_parquet(path, queue)


def _choices(rows: pd.DataFrame, f: Field, items: pd.Index) -> pd.DataFrame:
    if f.kind == "choice":
        answered = rows.dropna(subset=["value"])
        flat = answered[["sentence_id", "value"]].set_axis(["sentence_id", "label"], axis=1)
    else:
        answered = rows.dropna(subset=["values"])
        flat = answered[["sentence_id", "values"]].explode("values").dropna()
        flat.columns = ["sentence_id", "label"]
    n = answered.groupby("sentence_id").size()
    counts = _count(flat, items, f.values)
    n = n.reindex(items, fill_value=0).to_numpy()
    # Everything below depends on an item's tally (its counts and voters) alone, and a
    # project has few distinct tallies: each is decided once and its items share the
    # decision's objects. A soft-label array and a votes text per item were about 250 MB
    # of the 1.4 million decisions at 200,000 sentences.
    tallies, which = _distinct_rows(np.column_stack([counts, n]))
    arr, n_t = tallies[:, :-1], tallies[:, -1]
    labels = np.asarray(f.values, dtype=object)
    with np.errstate(invalid="ignore", divide="ignore"):
        soft = np.where(n_t[:, None] > 0, arr / np.maximum(n_t, 1)[:, None], 0.0)
    # Read-only: one array is every item's with that tally.
    soft.flags.writeable = False
    if f.kind == "choice":
        top = arr.max(axis=1) if arr.size else np.zeros(len(tallies))
        tie = (arr == top[:, None]).sum(axis=1) > 1 if arr.size else np.zeros(len(tallies), bool)
        share = np.where(n_t > 0, top / np.maximum(n_t, 1), np.nan)
        gold = _objects(list(labels[arr.argmax(axis=1)]) if arr.size else [None] * len(tallies))
    else:
        chosen = soft > 0.5
        tie = ((soft == 0.5) & (n_t[:, None] >= 2)).any(axis=1)
        share = np.where(n_t > 0, np.maximum(soft, 1 - soft).min(axis=1, initial=1.0), np.nan)
        gold = _objects([tuple(labels[row]) for row in chosen])
    out = pd.DataFrame(
        {
            "gold": gold[which],
            "n_annotators": n,
            "share": share[which],
            "tie": (tie & (n_t >= 2))[which],
        },
        index=items,
    )
    out["soft"] = _objects(list(soft))[which]
    out["votes"] = _objects(_votes_text(arr, f.values))[which]
    return out


def _distinct_rows(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows of a 2-D integer array, and each row's position among them."""
    if not len(table):
        return table, np.zeros(0, dtype=np.intp)
    distinct, which = np.unique(table, axis=0, return_inverse=True)
    return distinct, which.reshape(-1)


def _objects(values: list[Any]) -> np.ndarray:
    """``values`` as a 1-D object array, each element kept whole (an array or a tuple is
    one element, not spread into a dimension)."""
    out = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        out[i] = v
    return out


def _count(flat: pd.DataFrame, items: pd.Index, labels: tuple[str, ...]) -> np.ndarray:
    """Items x labels vote counts (np.add.at: crosstab is slow on 100,000 items)."""
    i = items.get_indexer(flat["sentence_id"])
    # Plain values: the release's ``value`` column is a categorical of every field's labels.
    j = pd.Categorical(flat["label"].to_numpy(dtype=object), categories=list(labels)).codes
    counts = np.zeros((len(items), len(labels)), dtype=np.int64)
    np.add.at(counts, (i, j), 1)
    return counts


def _votes_text(counts: np.ndarray, labels: tuple[str, ...]) -> list[str]:
    return [
        "; ".join(f"{c}={int(v)}" for c, v in zip(labels, row, strict=True) if v) for row in counts
    ]


def _spans(rows: pd.DataFrame, f: Field, items: pd.Index, shared: Items | None) -> pd.DataFrame:
    groups = item_segments(rows) if shared is None else shared
    gold, n_ann, share, tie, votes = [], [], [], [], []
    for sid in items:
        lists, segs = groups.get(sid, ([], None))
        if segs is not None:
            spans, agree, is_tie = _span_majority(lists, trimmed(lists, segs))
        else:  # nobody marked a span: agreed, and no Python work per character
            spans, agree, is_tie = (), 1.0, False
        gold.append(spans)
        n_ann.append(len(lists))
        share.append(agree if lists else np.nan)
        tie.append(is_tie)
        votes.append(f"{sum(map(len, lists))} span(s) from {len(lists)} annotator(s)")
    return _structured(items, gold, n_ann, share, tie, votes)


def _records(rows: pd.DataFrame, items: pd.Index) -> pd.DataFrame:
    # A null cell is a table pulled before records: no vote on them, rather than a vote
    # for "no record", so such a sentence is ``unanswered``, not gold without records.
    lists: dict[str, list[list[Any]]] = {}
    for sid, records in zip(
        rows["sentence_id"].to_numpy(dtype=object), decoded_records(rows["records"]), strict=True
    ):
        if records is not None:
            lists.setdefault(sid, []).append(records)
    gold, n_ann, share, tie, votes, soft = [], [], [], [], [], []
    for sid in items:
        mine = lists.get(sid, [])
        won, agree, is_tie = record_majority(mine)
        gold.append(won)
        n_ann.append(len(mine))
        share.append(agree if mine else np.nan)
        tie.append(is_tie)
        votes.append(f"{sum(map(len, mine))} record(s) from {len(mine)} annotator(s)")
        soft.append(record_shares(mine))
    out = _structured(items, gold, n_ann, share, tie, votes)
    out["soft"] = pd.Series(soft, index=items, dtype=object)
    return out


def _structured(
    items: pd.Index,
    gold: list[Any],
    n_ann: list[int],
    share: list[float],
    tie: list[bool],
    votes: list[str],
) -> pd.DataFrame:
    """The decision frame of a spans field or a record type: gold is a tuple per sentence,
    kept as one object (not spread into columns), and no soft label (a record type's
    caller adds its own)."""
    out = pd.DataFrame(
        {"n_annotators": n_ann, "share": share, "tie": tie, "votes": votes}, index=items
    )
    out["gold"] = pd.Series(gold, index=items, dtype=object)
    out["soft"] = None
    return out


def _adjudicated_records(part: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    if rows.empty:
        return part
    part = part.copy()
    rows = rows.sort_values(["updated_at", "annotation_id"], na_position="first")
    for sid, records in zip(rows["sentence_id"], decoded_records(rows["records"]), strict=True):
        if records is None:
            continue
        part.at[sid, "gold"] = tuple(records)
        part.at[sid, "method"] = "adjudicated"
        part.at[sid, "reason"] = None
    return part


def _span_majority(
    lists: Sequence[Sequence[dict[str, Any]]], segs: list[tuple[int, int, list[str]]] | None = None
) -> tuple[tuple, float, bool]:
    """Majority spans of one item, the agreement on spanned characters, and tie or not.

    ``segs`` is ``segments(lists)`` when the caller has it already.
    """
    n = len(lists)
    if n == 0:
        return (), 1.0, False
    gold: list[dict[str, Any]] = []
    agreed = total = 0
    tie = False
    for start, end, labels in segments(lists) if segs is None else segs:
        tally: dict[str, int] = {}
        for label in labels:
            tally[label] = tally.get(label, 0) + 1
        best = max(tally.values())
        agreed += best * (end - start)
        total += n * (end - start)
        winners = [lab for lab, c in tally.items() if c == best]
        if n >= 2 and (2 * best == n or len(winners) > 1) and set(winners) != {NONE}:
            tie = True
        label = winners[0] if len(winners) == 1 and 2 * best > n else NONE
        if label == NONE:
            continue
        if gold and gold[-1]["label"] == label and gold[-1]["end"] == start:
            gold[-1]["end"] = end
        else:
            gold.append({"start": start, "end": end, "label": label, "text": None})
    return tuple(gold), (agreed / total if total else 1.0), tie


def _rules(part: pd.DataFrame, min_annotators: int, min_agreement: float) -> pd.DataFrame:
    n = part["n_annotators"]
    reason = pd.Series([None] * len(part), index=part.index, dtype=object)
    reason[(part["share"] < min_agreement) & (n > 0)] = "low-agreement"
    reason[part["tie"]] = "tie"
    reason[(n < min_annotators) & (n > 0)] = "too-few-annotators"
    method = np.select(
        [n == 0, n == 1, part["share"] >= 1.0], ["unanswered", "single", "unanimous"], "majority"
    )
    unresolved = reason.notna().to_numpy()
    method = np.where(unresolved, "unresolved", method)
    # A list, not .loc: assigning None through .loc turns it into NaN in pandas.
    empty = unresolved | (n == 0).to_numpy()
    gold = [None if e else g for e, g in zip(empty, part["gold"], strict=True)]
    reasons = pd.Series(reason.tolist(), index=part.index, dtype=object)
    part = part.assign(reason=reasons, method=method)
    part["gold"] = pd.Series(gold, index=part.index, dtype=object)
    return part.drop(columns="tie")


def _adjudicated(part: pd.DataFrame, rows: pd.DataFrame, f: Field) -> pd.DataFrame:
    if rows.empty:
        return part
    part = part.copy()
    column = {"choice": "value", "multi_choice": "values", "spans": "spans"}[f.kind]
    # The newest decision wins when two adjudicators decided the same item.
    rows = rows.sort_values(["updated_at", "annotation_id"], na_position="first")
    values = decoded(rows[column]) if f.kind == "spans" else rows[column]
    for sid, value in zip(rows["sentence_id"], values, strict=True):
        if value is None:
            continue
        if f.kind == "spans":
            value = tuple(dict(s) | {"text": None} for s in value)
        elif f.kind == "multi_choice":
            value = tuple(v for v in f.values if v in set(value))
        part.at[sid, "gold"] = value
        part.at[sid, "method"] = "adjudicated"
        part.at[sid, "reason"] = None
    return part
