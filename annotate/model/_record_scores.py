"""Precision and recall of proposed records against gold records, sentence by sentence.

A plain function over lists of :class:`~annotate.schema._types.Record`, so that any source
of records can be scored the same way: the pre-annotator's (``preannotate``'s
``attributions`` column, decoded), a corpus's gold (PolNeAR's events, a gold YAML), a
release's. Two matchings, both one-to-one within a sentence:

- **exact**: the cue has the same offsets, and every scored role links spans with the
  same offsets (labels and texts are not compared: the offsets say which words, and the
  "no source" label is already scored by the source role being empty);
- **overlap**: the cues share at least one character, and every scored role either is
  empty in both or has a predicted span sharing a character with a gold span. Records are
  paired by a maximum matching, so one gold record is never counted twice.

Exact is the strict figure (what an annotator could accept without an edit); overlap says
whether the rules found the right attribution with loose boundaries, the usual reading of
span tasks whose boundaries annotators themselves draw differently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from annotate.errors import InputError
from annotate.schema._types import Record

__all__ = ["RecordScore", "score_records"]


@dataclass(frozen=True)
class RecordScore:
    """One matching's counts and rates (``None`` where the rate is 0/0)."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float | None:
        return round(self.matched / self.predicted, 4) if self.predicted else None

    @property
    def recall(self) -> float | None:
        return round(self.matched / self.gold, 4) if self.gold else None

    @property
    def f1(self) -> float | None:
        total = self.predicted + self.gold
        return round(2 * self.matched / total, 4) if total else None


def score_records(
    predicted: Sequence[Sequence[Record]],
    gold: Sequence[Sequence[Record]],
    roles: Iterable[str] | None = None,
) -> dict[str, RecordScore]:
    """Score ``predicted`` records against ``gold``, one list of records per sentence.

    Parameters
    ----------
    predicted, gold : sequence of sequences of Record
        The same sentences in the same order.
    roles : iterable of str, optional
        The roles compared besides the cue (default: every role either side links). Give
        ``["source"]`` for a gold that marks no content, such as the seed article's.

    Returns
    -------
    dict
        ``{"exact": RecordScore, "overlap": RecordScore}``.

    Raises
    ------
    InputError
        When the two sides hold a different number of sentences.

    Examples
    --------
    >>> from annotate.schema._types import Span
    >>> cue, src = Span(4, 8, "attribution_cue", "said"), Span(0, 3, "source", "Bob")
    >>> gold = [[Record(cue, {"source": [src]})]]
    >>> got = score_records([[Record(cue, {"source": [Span(0, 2, "source", "Bo")]})]], gold)
    >>> got["exact"].recall, got["overlap"].recall
    (0.0, 1.0)
    """
    if len(predicted) != len(gold):
        raise InputError(
            f"{len(predicted)} sentences of predicted records against {len(gold)} of gold",
            hint="pass one list of records per sentence, the same sentences in the same order",
        )
    counts = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
    wanted = None if roles is None else tuple(roles)
    for p, g in zip(predicted, gold, strict=True):
        names = wanted or tuple(sorted({n for r in (*p, *g) for n, _ in r.roles}))
        for kind, same in (("exact", _exact), ("overlap", _overlapping)):
            counts[kind][0] += _matching(p, g, same, names)
            counts[kind][1] += len(p)
            counts[kind][2] += len(g)
    return {kind: RecordScore(*c) for kind, c in counts.items()}


def _offsets(record: Record, role: str) -> set[tuple[int, int]]:
    return {(s.start, s.end) for s in record.spans(role)}


def _exact(a: Record, b: Record, roles: Sequence[str]) -> bool:
    return (a.anchor.start, a.anchor.end) == (b.anchor.start, b.anchor.end) and all(
        _offsets(a, r) == _offsets(b, r) for r in roles
    )


def _overlapping(a: Record, b: Record, roles: Sequence[str]) -> bool:
    if not _meet((a.anchor.start, a.anchor.end), (b.anchor.start, b.anchor.end)):
        return False
    for role in roles:
        x, y = _offsets(a, role), _offsets(b, role)
        if (x or y) and not any(_meet(i, j) for i in x for j in y):
            return False
    return True


def _meet(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_Same = Callable[[Record, Record, Sequence[str]], bool]


def _matching(
    predicted: Sequence[Record], gold: Sequence[Record], same: _Same, roles: Sequence[str]
) -> int:
    """The size of a maximum one-to-one matching (augmenting paths; a sentence holds a
    handful of records)."""
    pairs = [[j for j, g in enumerate(gold) if same(p, g, roles)] for p in predicted]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in pairs[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(predicted)))
