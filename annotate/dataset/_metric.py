"""The metrics a release may declare for its choice fields, and the one check of them.

A public corpus is judged by one official metric (CoNLL-2010 by the F1 of ``uncertain``), and a
model selected by another scores lower on it. The release declares it per choice field
(``metrics`` of the manifest) so that ``annotate train`` selects by it without being told.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DEFAULT_METRIC", "metric_problem"]

DEFAULT_METRIC = "macro-f1"


def metric_problem(metric: str, labels: Sequence[str]) -> str | None:
    """Why ``metric`` cannot judge a field with ``labels``, or None when it can.

    ``macro-f1`` judges any field; ``f1:<label>`` one whose labels include ``<label>``
    (an F1 of a label the field never gives is 0 for every model, so selection would be blind).
    """
    if metric == DEFAULT_METRIC:
        return None
    if not metric.startswith("f1:"):
        return f"metric {metric!r} is not macro-f1 or f1:<label>"
    if metric[3:] not in labels:
        return f"metric {metric!r} names no label of the field (labels: {', '.join(labels)})"
    return None
