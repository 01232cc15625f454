"""Agreement on records (issue 16): record-level F1 between annotators.

Two annotators agree on a record when they drew the same record; F1 over the records of
a sentence is ``2 * matched / (records of a + records of b)``, symmetric in the two
annotators (either one's records may be read as the reference). Two matchings:

- **exact**: the cue, the source and every content span equal by offsets, and the cue's
  label equal (it says whether the text gives a source at all). This is the equality the
  gold rule uses (:func:`annotate.labels._records.record_majority` counts equal
  :class:`~annotate.schema._types.Record` values; texts follow from offsets), so exact F1
  reads as "how often would these two have made a record gold together".
- **overlap**: records are paired one to one by their cues. A pair is a candidate when
  the cues share a character and every role agrees: both records have no span in it,
  or each has some and the two sets of spans share a character (a split content counts
  as the union of its pieces). Candidates are taken largest cue overlap first (then by
  position), each record at most once. The cue's label is not compared: "no source
  given" and "no source linked" both leave the source empty. This is the one the card
  and ``annotate status`` report beside exact F1, since span boundaries ("the
  official" or "official") are where annotators differ most and a gold record needs
  exact agreement anyway.

Across a table F1 is micro-averaged over records: over every pair of annotators who both
annotated a sentence (both with a records cell; a table pulled before records has none),
``2 * sum matched / sum records``; and, per pair of annotators, the same over their shared
sentences, then averaged over the pairs. A sentence with no record from either of a pair
adds nothing (F1 is about records, not sentences); a sentence annotated once has no pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from annotate.schema._records import decoded
from annotate.schema._types import Record, RecordType, Span

__all__ = ["RecordAgreement", "record_agreement", "record_f1", "record_matches"]

_NAN = float("nan")


def _exact_key(record: Record, roles: tuple[str, ...] | None = None) -> tuple[Any, ...]:
    a = record.anchor
    kept = tuple(
        (name, tuple((s.start, s.end) for s in spans))
        for name, spans in record.roles
        if roles is None or name in roles
    )
    return (a.start, a.end, a.label, kept)


def _share_a_character(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def _roles_overlap(a: Record, b: Record, roles: tuple[str, ...] | None) -> bool:
    names = {name for name, _ in a.roles} | {name for name, _ in b.roles}
    if roles is not None:
        names &= set(roles)
    return all(_share_a_character(a.spans(n), b.spans(n)) for n in names)


def record_matches(
    a: Sequence[Record],
    b: Sequence[Record],
    *,
    overlap: bool = False,
    roles: Sequence[str] | None = None,
) -> int:
    """How many records of ``a`` and ``b`` match one to one (see the module's rules).

    Parameters
    ----------
    a, b : sequence of Record
        Two annotators' records of one sentence (or proposed and gold records).
    overlap : bool
        ``False``: exact matching; ``True``: overlapping matching.
    roles : sequence of str, optional
        The roles compared besides the cue (default: every role). A gold that marks no
        content (the seed article's) is compared on ``["source"]``.
    """
    if not a or not b:
        return 0
    kept = None if roles is None else tuple(roles)
    if not overlap:
        keys_a = Counter(_exact_key(r, kept) for r in a)
        return sum((keys_a & Counter(_exact_key(r, kept) for r in b)).values())
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            shared = min(x.anchor.end, y.anchor.end) - max(x.anchor.start, y.anchor.start)
            if shared > 0 and _roles_overlap(x, y, kept):
                candidates.append((-shared, x.anchor.start, y.anchor.start, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    return len(used_a)


def record_f1(a: Sequence[Record], b: Sequence[Record], overlap: bool = False) -> float:
    """Record-level F1 of two annotators' records of one sentence.

    ``2 * matched / (len(a) + len(b))``; ``NaN`` when neither drew a record (nothing to
    agree on: such a sentence adds nothing to a micro average either).

    Examples
    --------
    >>> cue = Span(10, 14, "attribution_cue", "said")
    >>> src = Span(0, 9, "source", "Officials")
    >>> short = Span(4, 9, "source", "cials")
    >>> record_f1([Record(cue, {"source": [src]})], [Record(cue, {"source": [short]})])
    0.0
    >>> record_f1([Record(cue, {"source": [src]})], [Record(cue, {"source": [short]})], True)
    1.0
    """
    total = len(a) + len(b)
    return 2 * record_matches(a, b, overlap=overlap) / total if total else _NAN


@dataclass
class RecordAgreement:
    """Record-level agreement of one record type over a table.

    Attributes
    ----------
    summary : dict
        ``record_f1_exact``, ``record_f1_overlap`` (micro-averaged over records),
        ``pair_f1_exact``, ``pair_f1_overlap`` (mean over annotator pairs of each pair's
        micro F1), ``items_2plus`` (sentences with two or more annotators' records),
        ``records`` (records drawn on those sentences), ``annotators``.
    pairs : pandas.DataFrame
        One row per pair of annotators who share a sentence: ``annotator_a``,
        ``annotator_b``, ``sentences`` (shared), ``records_a``, ``records_b`` (drawn on
        them), ``f1_exact``, ``f1_overlap`` (``NaN`` when neither drew a record there).
    """

    summary: dict[str, Any]
    pairs: pd.DataFrame


_PAIR_COLUMNS = [
    "annotator_a",
    "annotator_b",
    "sentences",
    "records_a",
    "records_b",
    "f1_exact",
    "f1_overlap",
]


def record_agreement(rows: pd.DataFrame, rt: RecordType) -> RecordAgreement:
    """Record F1 between annotators of one record type, from voting rows.

    Parameters
    ----------
    rows : pandas.DataFrame
        Rows of the vote table (``sentence_id``, ``annotator``, ``field``, ``records``),
        one annotation per annotator and sentence (as ``read_votes`` leaves them); the
        records are read from the rows of ``rt.anchor_field``, where pull writes them.
    rt : RecordType

    Notes
    -----
    Pairs are found with a self-join on the sentence (vectorised); records are decoded and
    matched only where both annotators of a pair drew some, a small part of a table.
    """
    anchored = (rows["field"] == rt.anchor_field).to_numpy()
    mine = rows.loc[anchored, ["sentence_id", "annotator"]]
    cells = _Cells(rows.loc[anchored, "records"])
    has = cells.sizes >= 0
    sentence = mine["sentence_id"].to_numpy(dtype=object)[has]
    table = pd.DataFrame(
        {
            "sentence_id": sentence,
            "annotator": mine["annotator"].astype(str).to_numpy(dtype=object)[has],
            "n": cells.sizes[has],
            "at": np.flatnonzero(has),
        }
    )
    empty = {
        "record_f1_exact": _NAN,
        "record_f1_overlap": _NAN,
        "pair_f1_exact": _NAN,
        "pair_f1_overlap": _NAN,
        "items_2plus": 0,
        "records": 0,
        "annotators": int(table["annotator"].nunique()),
    }
    joined = table.merge(table, on="sentence_id", suffixes=("_a", "_b"))
    joined = joined[joined["annotator_a"] < joined["annotator_b"]]
    if joined.empty:
        return RecordAgreement(empty, pd.DataFrame(columns=_PAIR_COLUMNS))
    both = joined[(joined["n_a"] > 0) & (joined["n_b"] > 0)]
    # Decode only the cells a match needs: most sentences carry no record at all.
    needed = np.unique(np.concatenate([both["at_a"].to_numpy(), both["at_b"].to_numpy()]))
    decoded = dict(zip(needed.tolist(), cells.decoded(needed), strict=True))
    exact = np.zeros(len(joined), dtype=np.int64)
    lenient = np.zeros(len(joined), dtype=np.int64)
    at = joined.index.get_indexer(both.index)
    for k, i, j in zip(at, both["at_a"].to_numpy(), both["at_b"].to_numpy(), strict=True):
        a, b = decoded[i] or [], decoded[j] or []
        exact[k] = record_matches(a, b)
        lenient[k] = record_matches(a, b, overlap=True)
    joined = joined.assign(exact=exact, lenient=lenient, total=joined["n_a"] + joined["n_b"])
    grouped = joined.groupby(["annotator_a", "annotator_b"], sort=True)
    pairs = grouped.agg(
        sentences=("sentence_id", "size"),
        records_a=("n_a", "sum"),
        records_b=("n_b", "sum"),
        exact=("exact", "sum"),
        lenient=("lenient", "sum"),
        total=("total", "sum"),
    ).reset_index()
    with np.errstate(invalid="ignore", divide="ignore"):
        pairs["f1_exact"] = np.where(pairs["total"] > 0, 2 * pairs["exact"] / pairs["total"], _NAN)
        pairs["f1_overlap"] = np.where(
            pairs["total"] > 0, 2 * pairs["lenient"] / pairs["total"], _NAN
        )
    total = int(joined["total"].sum())
    # Rows of sentences with two or more records cells (one per annotator).
    codes = pd.factorize(sentence)[0]
    shared = np.bincount(codes)[codes] >= 2
    summary = empty | {
        "record_f1_exact": 2 * int(exact.sum()) / total if total else _NAN,
        "record_f1_overlap": 2 * int(lenient.sum()) / total if total else _NAN,
        "pair_f1_exact": _mean(pairs["f1_exact"]),
        "pair_f1_overlap": _mean(pairs["f1_overlap"]),
        "items_2plus": len(np.unique(codes[shared])),
        "records": int(table["n"].to_numpy()[shared].sum()),
    }
    return RecordAgreement(summary, pairs[_PAIR_COLUMNS])


def _mean(values: pd.Series) -> float:
    defined = values.dropna()
    return float(defined.mean()) if len(defined) else _NAN


class _Cells:
    """A records column's cells: each one's size (``-1`` for a null cell) at once, and the
    records of the cells asked for. Arrow cells (a table read from Parquet) are sized in
    Arrow; Python cells (a frame built in memory) are read as they are, not converted."""

    def __init__(self, cells: pd.Series) -> None:
        self._arrow: pa.Array | None = None
        self._plain: list[Any] = []
        self.sizes: np.ndarray
        if isinstance(cells.dtype, pd.ArrowDtype):
            array = cells.array.__arrow_array__()
            array = array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array
            self._arrow = array
            if pa.types.is_null(array.type):
                # A file pulled before records: a column of nulls, which has no lengths.
                self.sizes = np.full(len(array), -1, dtype=np.int64)
                return
            lengths = pc.list_value_length(array).fill_null(-1)  # type: ignore[attr-defined]
            self.sizes = np.asarray(lengths.to_numpy(zero_copy_only=False), dtype=np.int64)
            return
        # Cells from pandas: lists (numpy arrays after a round trip), NaN or None when
        # missing, as decoded_records reads them.
        self._plain = [v if isinstance(v, list | tuple | np.ndarray) else None for v in cells]
        self.sizes = np.fromiter(
            (-1 if v is None else len(v) for v in self._plain), np.int64, len(self._plain)
        )

    def decoded(self, at: np.ndarray) -> list[list[Record]]:
        if self._arrow is not None:
            picked = self._arrow.take(pa.array(at, pa.int64())).to_pylist()
        else:
            picked = [list(self._plain[i]) for i in at.tolist()]
        return [decoded(c) for c in picked]
