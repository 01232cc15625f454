"""Precision and recall of proposed records against gold records, sentence by sentence.

A plain function over lists of :class:`~annotate.schema._types.Record`, so that any source
of records can be scored the same way: the pre-annotator's (``preannotate``'s
``attributions`` column, decoded), a corpus's gold (PolNeAR's events, a gold YAML), a
release's. The two matchings are agreement's between annotators
(:func:`annotate.labels._record_agreement.record_matches`), so a pre-annotator's score and
the annotators' agreement read on one scale:

- **exact**: the cue has the same offsets and label, and every scored role links spans
  with the same offsets;
- **overlap**: the cues share at least one character, and every scored role either is
  empty in both or has spans sharing a character; records are paired one to one, largest
  cue overlap first, so one gold record is never counted twice.

Exact is the strict figure (what an annotator could accept without an edit); overlap says
whether the rules found the right attribution with loose boundaries, the usual reading of
span tasks whose boundaries annotators themselves draw differently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotate.errors import InputError
from annotate.labels._record_agreement import record_matches
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
        for kind in counts:
            counts[kind][0] += record_matches(p, g, overlap=kind == "overlap", roles=wanted)
            counts[kind][1] += len(p)
            counts[kind][2] += len(g)
    return {kind: RecordScore(*c) for kind, c in counts.items()}
