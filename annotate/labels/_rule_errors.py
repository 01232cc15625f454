"""The consistency-rule errors of an annotation table, one check per distinct annotation.

:func:`annotate.labels._votes.drop_rule_errors` holds every annotation of a release's input
to the schema's rules. Most annotations carry no span and no record, and then what the rules
see is their values alone: such annotations are grouped by their values in arrays (no
Python object per row: at 4.2 million rows, one per row was over 400 MB kept by the
allocators and a minute of CPU) and each distinct set of values is checked once. Only the
annotations with spans or records are walked row by row, since their checks read the
sentence's text.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from annotate.labels import _spans
from annotate.labels._records import decoded_records, with_texts
from annotate.schema import _consistency
from annotate.schema._schema import Schema
from annotate.schema._types import Span, Violation

__all__ = ["rule_errors"]

# Rows decoded to Python at a time when checking annotations with spans or records.
CHECK_SLICE = 100_000

Found = tuple[Any, Any, Any, str, str, str]


def rule_errors(rows: pd.DataFrame, schema: Schema, texts: dict[Any, str]) -> list[Found]:
    """``(sentence_id, annotation_id, annotator, rule, field, message)`` of every error.

    Parameters
    ----------
    rows : pandas.DataFrame
        Votes in ``(sentence_id, annotation_id, field)`` order, as
        :func:`annotate.labels._votes.read_votes` gives them (fields and labels validated).
    schema : Schema
    texts : dict
        Sentence id -> text; annotations of other sentences are not checked (the release
        names them as missing from the sentence table).

    Returns
    -------
    list of tuple
        In row order, each annotation's errors in the order the rules give them.
    """
    n = len(rows)
    if n == 0:
        return []
    kinds = {f.name: f.kind for f in schema.fields}
    anchored = {rt.anchor_field: rt.name for rt in schema.records}
    sid_codes, sids = pd.factorize(rows["sentence_id"])
    aid = rows["annotation_id"].to_numpy()
    new = np.ones(n, dtype=bool)
    new[1:] = (sid_codes[1:] != sid_codes[:-1]) | (aid[1:] != aid[:-1])
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, n))
    known_sid = np.append(np.array([s in texts for s in sids], dtype=bool), False)
    known = known_sid[sid_codes[starts]]  # code -1 (no sentence id) takes the False at the end

    field_codes, field_names = pd.factorize(rows["field"])
    names = [str(x) for x in field_names]
    spans_field = np.array([kinds[x] == "spans" for x in names], dtype=bool)
    anchor_field = np.array([x in anchored for x in names], dtype=bool)
    spans_len, _ = _list_lengths(rows["spans"]) if spans_field.any() else (np.zeros(n), None)
    records_len, records_null = (
        _list_lengths(rows["records"]) if anchored else (np.zeros(n), np.ones(n, dtype=bool))
    )
    on_spans, on_anchor = spans_field[field_codes], anchor_field[field_codes]
    needs_text = (on_spans & (spans_len > 0)) | (on_anchor & (records_len > 0))
    walk = np.bincount(np.cumsum(new) - 1, weights=needs_text, minlength=len(starts)) > 0
    k = len(kinds)
    if not (sizes == k).all():  # never from read_votes, which checks one row per field
        walk[:] = True

    found: list[tuple[int, Found]] = []
    simple = np.flatnonzero(~walk & known)
    if len(simple):
        value_codes, _ = pd.factorize(rows["value"])
        many_codes = _many_codes(rows, field_codes, names, kinds)
        # An anchor row with a record list (empty) is not one without: keep them apart.
        has_records = on_anchor & ~records_null
        token = (field_codes.astype(np.int64) * (value_codes.max() + 2) + value_codes + 1) * (
            many_codes.max() + 1
        ) + many_codes
        token = token * 2 + has_records
        table = token[starts[simple][:, None] + np.arange(k)]
        _, first, inverse = np.unique(table, axis=0, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
        errors = [
            _errors(schema, _plain_values(rows, starts[simple[i]], k, kinds, anchored))
            for i in first
        ]
        bad = np.flatnonzero(np.array([bool(e) for e in errors], dtype=bool)[inverse])
        at = starts[simple[bad]]
        who = _objects(rows, at)
        for (s, a, w), pos, combo in zip(who, at.tolist(), inverse[bad].tolist(), strict=True):
            found += [(pos, (s, a, w, v.rule, v.field, v.message)) for v in errors[combo]]
    walked = np.flatnonzero(np.repeat(walk & known, sizes))
    found += _walk(rows, walked, schema, texts, kinds, anchored)
    found.sort(key=lambda item: item[0])  # stable: an annotation's errors keep their order
    return [f for _, f in found]


def _list_lengths(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's list length (0 when missing) and whether it is missing."""
    if isinstance(column.dtype, pd.ArrowDtype):
        arrow = column.array.__arrow_array__()
        if pa.types.is_null(arrow.type):  # a column pandas wrote with nothing in it
            return np.zeros(len(arrow), dtype=np.int64), np.ones(len(arrow), dtype=bool)
        # These pc functions are generated at import time; pyarrow's stubs miss them.
        lengths = pc.fill_null(pc.list_value_length(arrow), 0)  # type: ignore[attr-defined]
        null = pc.is_null(arrow)  # type: ignore[attr-defined]
        return (
            np.asarray(lengths.to_numpy(zero_copy_only=False)),
            np.asarray(null.to_numpy(zero_copy_only=False), dtype=bool),
        )
    cells = column.to_numpy(dtype=object)
    null = np.array([c is None or (isinstance(c, float) and c != c) for c in cells], dtype=bool)
    lengths = np.array([0 if m else len(c) for c, m in zip(cells, null, strict=True)])
    return lengths, null


def _many_codes(
    rows: pd.DataFrame, field_codes: np.ndarray, names: list[str], kinds: dict[str, str]
) -> np.ndarray:
    """A code per distinct multi-choice value (0 on other rows)."""
    out = np.zeros(len(rows), dtype=np.int64)
    multi = np.array([kinds[x] == "multi_choice" for x in names], dtype=bool)[field_codes]
    if multi.any():
        cells = rows["values"].to_numpy(dtype=object)[multi]
        keys = pd.Series([() if c is None else tuple(c) for c in cells], dtype=object)
        out[multi] = pd.factorize(keys)[0] + 1
    return out


def _objects(rows: pd.DataFrame, at: np.ndarray) -> list[tuple[Any, Any, Any]]:
    """(sentence id, annotation id, annotator) of the rows at ``at``, as Python values."""
    cols = [rows[c].iloc[at].to_numpy(dtype=object) for c in ("sentence_id", "annotation_id")]
    who = rows["annotator"].iloc[at].to_numpy(dtype=object)
    return list(zip(cols[0], cols[1], who, strict=True))


_CHOICE_KINDS = ("choice", "multi_choice")


def _choice_value(kind: str, value: Any, many: Any) -> Any:
    """A choice field's value as the rules read it, from its row's ``value``/``values``."""
    if kind == "choice":
        return value if isinstance(value, str) else None
    return [] if many is None else list(many)


def _plain_values(
    rows: pd.DataFrame, start: int, k: int, kinds: dict[str, str], anchored: dict[str, str]
) -> dict[str, Any]:
    """The values of the annotation in rows ``start`` to ``start + k``, which has no span
    and no record: what the row walk below would build for it."""
    part = rows.iloc[start : start + k]
    values: dict[str, Any] = {}
    records = part["records"].isna().to_numpy() if anchored else None
    columns = zip(
        part["field"].to_numpy(dtype=object),
        part["value"].to_numpy(dtype=object),
        part["values"].to_numpy(dtype=object),
        range(k),
        strict=True,
    )
    for name, value, many, i in columns:
        if kinds[name] in _CHOICE_KINDS:
            values[name] = _choice_value(kinds[name], value, many)
        else:
            values[name] = []
            if records is not None and name in anchored and not records[i]:
                values[anchored[name]] = with_texts([], "")
    return values


def _errors(schema: Schema, values: dict[str, Any]) -> list[Violation]:
    # Without spans the rules read the values only, not the text.
    found = _consistency.check(schema, values, "", validated=True)
    return [v for v in found if v.severity == "error"]


def _walk(
    rows: pd.DataFrame,
    positions: np.ndarray,
    schema: Schema,
    texts: dict[Any, str],
    kinds: dict[str, str],
    anchored: dict[str, str],
) -> list[tuple[int, Found]]:
    """The errors of the annotations at row ``positions``, one Python step per row."""
    found: list[tuple[int, Found]] = []
    current: tuple[Any, Any, Any, int] | None = None
    values: dict[str, Any] = {}
    # Annotations without spans here (records only) are checked once per distinct values.
    no_spans: dict[tuple[Any, ...], list[Violation]] = {}

    def check() -> None:
        if current is None or current[0] not in texts:
            return
        sid, aid, who, pos = current
        key = tuple(v if isinstance(v, str | None) else tuple(v) for v in values.values())
        if any(kinds.get(k) == "spans" and v for k, v in values.items()):
            # Fields and labels were validated for the whole table by read_votes.
            violations = _consistency.check(schema, values, texts[sid], validated=True)
        elif key in no_spans:
            violations = no_spans[key]
        else:
            violations = no_spans[key] = _consistency.check(schema, values, "", validated=True)
        for v in violations:
            if v.severity == "error":
                found.append((pos, (sid, aid, who, v.rule, v.field, v.message)))

    # Rows are in (sentence, annotation, field) order: an annotation's rows are adjacent.
    for start in range(0, len(positions), CHECK_SLICE):
        taken = positions[start : start + CHECK_SLICE]
        part = rows.iloc[taken]
        spans = _spans.decoded(part["spans"]).to_numpy() if "spans" in kinds.values() else None
        records = decoded_records(part["records"]) if anchored else None
        columns = zip(
            part["sentence_id"].to_numpy(dtype=object),
            part["annotation_id"].to_numpy(dtype=object),
            part["annotator"].to_numpy(dtype=object),
            part["field"].to_numpy(dtype=object),
            part["value"].to_numpy(dtype=object),
            part["values"].to_numpy(dtype=object),
            taken.tolist(),
            range(len(part)),
            strict=True,
        )
        for sid, aid, who, name, value, many, pos, i in columns:
            if current is None or (sid, aid) != current[:2]:
                check()
                current, values = (sid, aid, who, pos), {}
            if kinds[name] in _CHOICE_KINDS:
                values[name] = _choice_value(kinds[name], value, many)
            else:
                assert spans is not None  # decoded whenever the schema has a spans field
                values[name] = _as_spans(spans[i], texts.get(sid, ""))
                if records is not None and name in anchored and records[i] is not None:
                    values[anchored[name]] = with_texts(records[i], texts.get(sid, ""))
    check()
    return found


def _as_spans(cell: Any, text: str) -> list[Span]:
    """Span objects of one decoded spans cell; a missing span text is the sentence's, as
    pull fills it."""
    out = []
    for s in [] if cell is None else cell:
        start = -1 if s["start"] is None else int(s["start"])
        end = -1 if s["end"] is None else int(s["end"])
        said = s.get("text")
        out.append(Span(start, end, s["label"], said if isinstance(said, str) else text[start:end]))
    return out
