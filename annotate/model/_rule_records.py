"""Attribution records from the pre-annotator's rules: each cue with its source and content.

The rules (:func:`annotate.model._rules._attribution`) find a cue and, with it, the source
on one side of it ("X said", "according to X"). What the cue introduces, its content, is
the rest of the sentence around that pair, read by one principle rather than by patterns:

- the **core** of a record is its cue and source together (for the guidelines' quotation
  convention, where the opening quote's first word stands for both, only the quote mark:
  the words are the quotation itself);
- the sentence outside the cores falls into **gaps**, and a gap is content of the record
  it touches on the side its **cue faces**, away from its source ("X said [C]",
  "[C], according to X", "according to X, [C]" has nothing before the cue, so
  the source's side counts). A gap on the source's side is content only when it is quoted
  ("“A,” X said, “B.”": content split around the tag) or when the cue's side has nothing;
- a gap between two records goes to the one whose cue faces it ("X said [A], while Y
  countered [B]"); when both or neither do, to the one before it, since a report tag
  introduces what follows it;
- a gap is trimmed of the punctuation, quote marks and the joining words that tie it to
  the next tag (", while", "and"); "that" stays, as the guidelines mark it ("countered
  [that they would fall]"). A gap with no word left is no content.

A cue for which the rules found no source is labelled with the source role's
``absent_label`` when the schema has one (``attribution_cue_no_source``): the rules saw a
reporting verb with no noun phrase where its subject goes ("it is alleged"), which is the
case that label names, and a record so labelled is complete rather than a reminder.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

from annotate.schema._records import encoded
from annotate.schema._types import Record, Span

if TYPE_CHECKING:
    from annotate.schema._schema import Schema

__all__ = ["CONTENT", "CUE", "SOURCE", "content_of", "propose"]

# The spans fields the rules fill, by name (as preannotate fills them).
CUE, SOURCE, CONTENT = "attribution_cue", "source", "content"
_OPENING_QUOTES = '“"‘'
_EDGE = " \t\n,;:.!?—–-()“”\"‘’'"
# Words that tie a gap to the report tag after it, not part of what was said.
_TRAILING = re.compile(r"\b(?:while|whereas|but|and|as|because)$", re.IGNORECASE)

Pair = tuple[tuple[int, int], "tuple[int, int] | None"]


def content_of(text: str, pairs: list[Pair]) -> list[list[tuple[int, int]]]:
    """The content spans of each ``(cue, source)`` pair of ``text``, in ``pairs``' order.

    Examples
    --------
    >>> text = "“We will fight,” he said, “and we will win.”"
    >>> [[text[s:e] for s, e in spans] for spans in content_of(text, [((20, 24), (17, 19))])]
    [['We will fight', 'and we will win']]
    >>> text = "Ann said prices rose, while Bo countered that they fell."
    >>> pairs = [((4, 8), (0, 3)), ((31, 40), (28, 30))]
    >>> [[text[s:e] for s, e in spans] for spans in content_of(text, pairs)]
    [['prices rose'], ['that they fell']]
    """
    if not pairs:
        return []
    order = sorted(range(len(pairs)), key=lambda i: _core(text, pairs[i]))
    cores = [_core(text, pairs[i]) for i in order]
    # Gap k lies before core k; gap len(cores) after the last one. A gap starts after
    # every core before it, even one that ends past the next core's end.
    bounds = [0, *itertools.accumulate((e for _, e in cores), max)]
    ends = [*(s for s, _ in cores), len(text)]
    gaps = [(bounds[k], max(bounds[k], ends[k])) for k in range(len(cores) + 1)]
    pieces = [_trimmed(text, *gap) for gap in gaps]
    out: list[list[tuple[int, int]]] = [[] for _ in pairs]
    for k, piece in enumerate(pieces):
        if piece is None:
            continue
        claims = []
        if k > 0:  # the record before the gap: the gap is on its right
            claims.append((_claim(text, pairs[order[k - 1]], "right", pieces, k - 1), 1, k - 1))
        if k < len(cores):  # the record after it: on its left
            claims.append((_claim(text, pairs[order[k]], "left", pieces, k), 0, k))
        strength, _, at = max(claims)
        if strength:
            out[order[at]].append(piece)
    return out


def _core(text: str, pair: Pair) -> tuple[int, int]:
    cue, source = pair
    if source == cue and text[cue[0] : cue[0] + 1] in _OPENING_QUOTES:
        return cue[0], cue[0] + 1
    if source is None:
        return cue
    return min(cue[0], source[0]), max(cue[1], source[1])


def _faces(pair: Pair) -> set[str]:
    """The sides of the core the cue faces: away from the source."""
    cue, source = pair
    if source is None:
        return {"right"}
    if source == cue:
        return {"left", "right"}
    return {"right"} if source[1] <= cue[0] else {"left"}


def _claim(text: str, pair: Pair, side: str, pieces: list[tuple[int, int] | None], k: int) -> int:
    """How strongly the record with core ``k`` claims the gap on its ``side``: 2 when its
    cue faces it, 1 when it is on the source's side but quoted or the cue's side is empty,
    else 0."""
    faces = _faces(pair)
    if side in faces:
        return 2
    gap, other = (pieces[k], pieces[k + 1]) if side == "left" else (pieces[k + 1], pieces[k])
    # The trimmed gap lost its quote marks: look one character beyond each end.
    quoted = gap is not None and any(
        q in text[max(0, gap[0] - 1) : gap[1] + 1] for q in _OPENING_QUOTES + "”’"
    )
    return 1 if quoted or other is None else 0


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while True:
        before = (start, end)
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        trail = _TRAILING.search(text[start:end])
        if trail and trail.start() > 0 and text[start + trail.start() - 1] in " ,;":
            end = start + trail.start()
        if (start, end) == before:
            break
    # A quotation inside the content ("called the reports “baseless.”") keeps its closing
    # mark, which the trimming took for the tag's.
    if text.count("“", start, end) > text.count("”", start, end) and text[end : end + 1] == "”":
        end += 1
    return (start, end) if re.search(r"\w", text[start:end]) else None


def propose(text: str, pairs: list[Pair], schema: Schema) -> dict[str, Any]:
    """Columns for a preannotate row: the cue spans (relabelled where no source), the
    content spans and each attribution record type's records (as pulled cells).

    Empty when the schema has no record type anchored on the cue field.
    """
    rt = next((r for r in schema.records if r.anchor_field == CUE), None)
    if rt is None:
        return {}
    fields = {f.name: f for f in schema.fields}
    by_field = {role.field: role for role in rt.roles}
    source_role, content_role = by_field.get(SOURCE), by_field.get(CONTENT)
    cue_label = fields[CUE].values[0]
    contents = content_of(text, pairs) if content_role else [[] for _ in pairs]
    records, cues, content = [], [], []
    for (cue, source), pieces in zip(pairs, contents, strict=True):
        label = cue_label
        if source is None and source_role is not None and source_role.absent_label:
            label = source_role.absent_label
        anchor = _as_span(text, cue, label)
        roles: dict[str, list[Span]] = {}
        if source is not None and source_role is not None:
            roles[source_role.name] = [_as_span(text, source, fields[SOURCE].values[0])]
        if content_role is not None:
            roles[content_role.name] = [
                _as_span(text, p, fields[CONTENT].values[0]) for p in pieces
            ]
            content += roles[content_role.name]
        cues.append(anchor)
        records.append(Record(anchor, roles))
    out: dict[str, Any] = {CUE: _plain(cues), rt.name: encoded(sorted(set(records)))}
    if content_role is not None:
        out[CONTENT] = _plain(content)
    return out


def _as_span(text: str, where: tuple[int, int], label: str) -> Span:
    return Span(where[0], where[1], label, text[where[0] : where[1]])


def _plain(spans: list[Span]) -> list[dict[str, Any]]:
    return [
        {"start": s.start, "end": s.end, "label": s.label, "text": s.text}
        for s in sorted(set(spans))
    ]
