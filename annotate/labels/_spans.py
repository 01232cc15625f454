"""Character-level views of span annotations, shared by agreement and adjudication.

A sentence is cut at every span boundary of every annotator, so that inside one segment
each annotator gives every character the same label. Working on segments weighted by
their length gives the same numbers as working character by character, at a fraction
of the cost (a sentence has a handful of segments and about 150 characters).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

__all__ = ["NONE", "Items", "decoded", "group_spans", "item_segments", "segments"]

#: The label of a character no span covers.
NONE = "none"


def segments(
    annotations: Sequence[Sequence[dict[str, Any]]], length: int | None = None
) -> list[tuple[int, int, list[str]]]:
    """Cut ``[0, length)`` into segments and give each annotator's label per segment.

    Parameters
    ----------
    annotations : sequence of sequence of dict
        Per annotator, their spans (``start``, ``end``, ``label``).
    length : int, optional
        The sentence length; defaults to the last span end.

    Returns
    -------
    list of (start, end, labels)
        ``labels[i]`` is annotator ``i``'s label on the segment: the label of the first
        span (by start) that covers it, or :data:`NONE`.
    """
    cuts = {0}
    last = 0
    for spans in annotations:
        for s in spans:
            cuts.update((int(s["start"]), int(s["end"])))
            last = max(last, int(s["end"]))
    end = max(last, length or 0)
    cuts.add(end)
    bounds = sorted(c for c in cuts if 0 <= c <= end)
    ordered = [sorted(spans, key=lambda s: (s["start"], s["end"])) for spans in annotations]
    out = []
    for a, b in itertools.pairwise(bounds):
        labels = []
        for spans in ordered:
            label = NONE
            for s in spans:
                if s["start"] <= a and b <= s["end"]:
                    label = s["label"]
                    break
            labels.append(label)
        out.append((a, b, labels))
    return out


def decoded(values: pd.Series) -> pd.Series:
    """A spans column as Python objects, as ``to_pandas`` gives them.

    The release keeps the column in Arrow (a Python list of dicts per row is about
    130 MB at 1.8 million rows) and decodes only the rows a stage reads.
    """
    if not isinstance(values.dtype, pd.ArrowDtype):
        return values
    objects = values.array.__arrow_array__().to_pandas().to_numpy()
    return pd.Series(objects, index=values.index, name=values.name, dtype=object)


def group_spans(rows: pd.DataFrame) -> dict[str, list[list[dict[str, Any]]]]:
    """Sentence id -> one list of spans per annotation (a plain loop: faster than groupby
    on an object column).

    A null cell is no vote: the field was not annotated there (a corpus that marks cues in
    some sentences only), where an empty list says "annotated, no span", as pull writes it.
    A sentence with no vote is left out, so adjudication calls it ``unanswered``.
    """
    groups: dict[str, list[list[dict[str, Any]]]] = {}
    for sid, spans in zip(
        rows["sentence_id"].to_numpy(), decoded(rows["spans"]).to_numpy(), strict=True
    ):
        if spans is not None:
            groups.setdefault(sid, []).append(list(spans))
    return groups


#: Sentence id -> (one list of spans per annotation, segments or ``None`` if no spans).
Items = dict[str, tuple[list[Sequence[dict[str, Any]]], list[tuple[int, int, list[str]]] | None]]


def item_segments(rows: pd.DataFrame, lengths: Mapping[str, int] | None = None) -> Items:
    """Group one spans field's rows by sentence and cut each sentence into segments once.

    Agreement and adjudication both read this (the release computes it once for both).
    Segments run to the sentence length when ``lengths`` has it; see :func:`trimmed` for
    the segments up to the last span end. Sentences nobody marked get ``None``: they
    need no per-character work.
    """
    out: Items = {}
    for sid, marked in group_spans(rows).items():
        lists: list[Sequence[dict[str, Any]]] = list(marked)
        if any(lists):
            length = None if lengths is None else lengths.get(str(sid))
            out[sid] = (lists, segments(lists, length))
        else:
            # One shared empty tuple per annotation: 300,000 unmarked sentences per field
            # would otherwise each keep a list of empty lists alive.
            out[sid] = ([()] * len(lists), None)
    return out


def trimmed(
    lists: Sequence[Sequence[dict[str, Any]]], segs: list[tuple[int, int, list[str]]]
) -> list[tuple[int, int, list[str]]]:
    """``segments(lists)`` from ``segments(lists, length)``: without the unmarked tail.

    A length past the last span end adds exactly one segment, ``[last end, length)``.
    """
    last = max((int(s["end"]) for spans in lists for s in spans), default=0)
    return segs[:-1] if segs and segs[-1][0] >= last else segs
