"""Records (issue 16) in the vote table: decoding them, and their gold by majority.

Pull writes a sentence's records on the row of their anchor field (``attribution_cue``
for ``attributions``), so every annotation carries its records once. Gold follows the
principle spans follow (a label wins what more than half of the annotators gave it), at
the unit a record is: a **record is gold when more than half of the sentence's annotators
drew an equal record** (same cue, same source, same content spans; see
:class:`annotate.schema._types.Record` for equality). A record drawn by exactly half of two
or more annotators is a tie and sends the sentence to review. Records are not merged by
overlap as spans are: a merged record would link spans no annotator linked.

A record type has no fixed label set to share votes over, so its **soft label** is, per
sentence, every distinct record any annotator drew with the share of the sentence's
annotators who drew it (:func:`record_shares`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from annotate.schema._records import decoded
from annotate.schema._types import Record, Span

__all__ = ["decoded_records", "record_majority", "record_shares", "with_texts"]


def decoded_records(values: pd.Series) -> list[list[Record] | None]:
    """Each cell of a ``records`` column as its :class:`Record` list (``None`` stays)."""
    if isinstance(values.dtype, pd.ArrowDtype):
        cells: list[Any] = values.array.__arrow_array__().to_pylist()
    else:
        # Cells from pandas may hold numpy arrays for lists (through Arrow they are
        # lists) and NaN for a missing cell (a frame concatenated with one without the
        # column): a missing cell is null, as in Arrow.
        plain = [v if isinstance(v, list | tuple | np.ndarray) else None for v in values]
        cells = pa.array(plain).to_pylist() if plain else []
    return [None if c is None else decoded(c) for c in cells]


def with_texts(records: list[Record], text: str) -> list[Record]:
    """``records`` with every missing span text taken from the sentence, as pull fills
    it: a span compares equal to the same span of its field only with its text."""

    def filled(s: Span) -> Span:
        return (
            s if isinstance(s.text, str) else Span(s.start, s.end, s.label, text[s.start : s.end])
        )

    return sorted(
        Record(filled(r.anchor), {k: [filled(s) for s in v] for k, v in r.roles}, r.cut)
        for r in records
    )


def record_majority(lists: Sequence[Sequence[Record]]) -> tuple[tuple[Record, ...], float, bool]:
    """Gold records of one sentence, the agreement on them, and tie or not.

    ``lists`` holds one list of records per annotator. The agreement is the smallest
    share of annotators agreeing on whether a record is there (as multi_choice labels),
    1.0 when nobody drew one.
    """
    n = len(lists)
    if n == 0:
        return (), 1.0, False
    counts = Counter(r for records in lists for r in set(records))
    gold = tuple(sorted(r for r, c in counts.items() if 2 * c > n))
    tie = n >= 2 and any(2 * c == n for c in counts.values())
    share = min((max(c, n - c) / n for c in counts.values()), default=1.0)
    return gold, share, tie


def record_shares(lists: Sequence[Sequence[Record]]) -> tuple[tuple[Record, float], ...]:
    """The soft label of one sentence's records: each distinct record and its share.

    ``lists`` holds one list of records per annotator, as for :func:`record_majority`; a
    record counts once per annotator (drawn twice by one, it is still one vote). In record
    order (by anchor), as the gold; empty when nobody drew a record.
    """
    n = len(lists)
    counts = Counter(r for records in lists for r in set(records))
    return tuple((r, counts[r] / n) for r in sorted(counts))
