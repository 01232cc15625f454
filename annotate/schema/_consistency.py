"""Converting Label Studio results to per-field values and back, and checking them.

Two kinds of problem are kept apart on purpose. A value the schema does not know (a label
edited in the UI, a control that is not in the schema) means the project and the schema have
drifted: that raises ``LabelError``, because nothing downstream can be trusted. A missing
required value or a broken consistency rule is the annotator's slip: that is returned as a
``Violation`` so pull can report it per annotator and keep going.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from annotate.errors import LabelError
from annotate.schema import _records
from annotate.schema._types import STRAY_LINKS, TEXT_OBJECT, Field, Span, Violation

if TYPE_CHECKING:
    from annotate.schema._schema import AnnotationValues, Schema

_RESULT_TYPE = {"choice": "choices", "multi_choice": "choices", "spans": "labels"}


def empty_values(schema: Schema) -> dict[str, Any]:
    """Values with nothing chosen: ``None`` for choice fields, ``[]`` for the others."""
    out: dict[str, Any] = {f.name: None if f.kind == "choice" else [] for f in schema.fields}
    return out | {r.name: [] for r in schema.records}


def parse_result(schema: Schema, result: list[dict[str, Any]], text: str) -> AnnotationValues:
    """Convert one annotation's ``result`` list (see ``Schema.parse_result``)."""
    fields = {f.name: f for f in schema.fields}
    chosen: dict[str, list[str]] = {f.name: [] for f in schema.fields if f.kind != "spans"}
    spans: dict[str, list[Span]] = {f.name: [] for f in schema.fields if f.kind == "spans"}
    problems: list[str] = []
    # Region id -> the (field, span) pairs it holds, for the relations to join.
    regions: dict[str, list[tuple[str, Span]]] = {}
    links: list[tuple[int, dict[str, Any]]] = []
    # (anchor field, span) -> roles its region's note says were cut (see _records).
    cut: dict[tuple[str, Span], list[str]] = {}
    anchors = {rt.anchor_field: rt for rt in schema.records}
    for i, item in enumerate(result):
        where = f"result[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{where} is not an object: {item!r}")
            continue
        if item.get("type") == "relation" and schema.records:
            links.append((i, dict(item)))
            continue
        field = fields.get(item.get("from_name"))  # type: ignore[arg-type]
        if field is None:
            problems.append(
                f"{where}: unknown control {item.get('from_name')!r}; valid: {', '.join(fields)}"
            )
            continue
        where = f"{where} ({field.name})"
        expected = _RESULT_TYPE[field.kind]
        if item.get("type") != expected or item.get("to_name", TEXT_OBJECT) != TEXT_OBJECT:
            problems.append(
                f"{where}: expected type {expected!r} on {TEXT_OBJECT!r}, got type "
                f"{item.get('type')!r} on {item.get('to_name')!r}"
            )
            continue
        value = item.get("value") or {}
        if field.kind == "spans":
            found = _spans(field, value, text, where, problems)
            spans[field.name].extend(found)
            if isinstance(item.get("id"), str):
                regions.setdefault(item["id"], []).extend((field.name, s) for s in found)
            if field.name in anchors and item.get("meta"):
                roles = _records.cut_of(item, anchors[field.name], where, problems)
                cut.update({(field.name, s): roles for s in found if roles})
        else:
            chosen[field.name].extend(_labels(field, value.get("choices"), where, problems))
    values: dict[str, Any] = {}
    for f in schema.fields:
        if f.kind == "spans":
            values[f.name] = sorted(spans[f.name])
            continue
        picked = [v for v in f.values if v in chosen[f.name]]  # schema order, no repeats
        if f.kind == "multi_choice":
            values[f.name] = picked
        elif len(picked) > 1:
            problems.append(
                f"{f.name}: {len(picked)} values {picked} for a one-choice field; "
                f"choose one of: {', '.join(f.values)}"
            )
        else:
            values[f.name] = picked[0] if picked else None
    if schema.records:
        values |= _records.parse(schema, regions, links, values, problems, cut)
    if problems:
        raise LabelError(
            f"annotation does not fit schema {schema.name} {schema.version}:\n  - "
            + "\n  - ".join(problems),
            hint="push the schema again if the project's labels were edited in Label Studio, "
            "or add the new label to the schema and bump its version",
        )
    return values


def to_result(schema: Schema, values: AnnotationValues) -> list[dict[str, Any]]:
    """Convert per-field values to a Label Studio ``result`` list (inverse of parse)."""
    validate(schema, values)
    result: list[dict[str, Any]] = []
    meta = _records.notes(schema, values)
    for f in schema.fields:
        value = values.get(f.name)
        if f.kind == "spans":
            for i, span in enumerate(value or []):
                result.append(
                    meta.get((f.name, span), {})
                    | {
                        # Label Studio needs a region id; derive it so output is reproducible
                        # (and so that relations can name it).
                        "id": _records.region_id(f.name, i),
                        "from_name": f.name,
                        "to_name": TEXT_OBJECT,
                        "type": "labels",
                        "value": {
                            "start": span.start,
                            "end": span.end,
                            "text": span.text,
                            "labels": [span.label],
                        },
                    }
                )
        elif value:
            picked = [value] if isinstance(value, str) else list(value)
            result.append(
                {
                    "from_name": f.name,
                    "to_name": TEXT_OBJECT,
                    "type": "choices",
                    "value": {"choices": picked},
                }
            )
    return result + _records.relations(schema, values)


def check(
    schema: Schema,
    values: AnnotationValues,
    text: str,
    *,
    task_id: int | str | None = None,
    annotator: str | None = None,
    validated: bool = False,
) -> list[Violation]:
    """Check one annotation's values against the schema (see ``Schema.check``).

    ``validated=True`` skips :func:`validate` for a caller that has already checked every
    field and label of the whole table (the release, on hundreds of thousands of
    annotations, where it would be half the time).
    """
    if not validated:
        validate(schema, values)
    found: list[Violation] = []

    def report(rule: str, severity: str, message: str, field: str) -> None:
        found.append(Violation(rule, severity, message, field, task_id, annotator))

    for f in schema.fields:
        value = values.get(f.name)
        if f.required and not value:
            report("required", "error", f"{f.name!r} is required but has no value", f.name)
        if f.kind != "spans":
            continue
        for span in value or []:
            where = f"{f.name} span {span.label!r} [{span.start}, {span.end})"
            if not 0 <= span.start < span.end <= len(text):
                report(
                    "span-in-sentence",
                    "error",
                    f"{where} lies outside the sentence (0 to {len(text)})",
                    f.name,
                )
            elif text[span.start : span.end] != span.text:
                report(
                    "span-text",
                    "error",
                    f"{where} says {span.text!r} but the sentence has "
                    f"{text[span.start : span.end]!r} there",
                    f.name,
                )
    _records.check(schema, values, report)
    for rule in schema.rules:
        trigger = values.get(rule.when_field)
        picked = [trigger] if isinstance(trigger, str) else list(trigger or [])
        if not any(v in rule.when_is for v in picked):
            continue
        holds: bool | None
        if rule.span_field:
            holds = bool(values.get(rule.span_field))
        else:
            holds = _records.record_rule_holds(schema, values, rule.target)
        required = bool(rule.require_span or rule.require_record or rule.require_role)
        if holds is not None and holds != required:
            report(rule.id, rule.severity, rule.message, rule.target)
    return found


def validate(schema: Schema, values: AnnotationValues) -> None:
    """Raise ``LabelError`` if ``values`` hold a field, label or type the schema lacks."""
    fields = {f.name: f for f in schema.fields}
    known = {*fields, *(r.name for r in schema.records), STRAY_LINKS}
    problems = [
        f"unknown field {name!r}; valid: {', '.join(fields)}"
        for name in values
        if name not in known
    ]
    problems.extend(_records.validate(schema, values))
    for name, value in values.items():
        f = fields.get(name)
        if f is None or value is None or (f.kind != "choice" and not value):
            continue
        if f.kind == "choice":
            items = [value] if isinstance(value, str) else None
        elif f.kind == "multi_choice":
            items = list(value) if isinstance(value, list | tuple) else None
        else:
            ok = isinstance(value, list | tuple) and all(isinstance(s, Span) for s in value)
            items = [s.label for s in value] if ok else None
        if items is None:
            problems.append(f"{name}: {value!r} is not a valid {f.kind} value")
            continue
        problems.extend(
            f"{name}: unknown label {v!r}; valid: {', '.join(f.values)}"
            for v in items
            if v not in f.values
        )
    if problems:
        raise LabelError(
            f"values do not fit schema {schema.name} {schema.version}:\n  - "
            + "\n  - ".join(problems),
            hint="use the field names and label values listed in the schema",
        )


def _labels(field: Field, raw: Any, where: str, problems: list[str]) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        problems.append(f"{where}: expected a list of labels, got {raw!r}")
        return []
    unknown = [v for v in raw if v not in field.values]
    if unknown:
        problems.append(
            f"{where}: unknown label(s) {', '.join(map(repr, unknown))}; "
            f"valid: {', '.join(field.values)}"
        )
    return [v for v in raw if v in field.values]


def _spans(field: Field, value: Any, text: str, where: str, problems: list[str]) -> list[Span]:
    start, end = value.get("start"), value.get("end")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        problems.append(f"{where}: span offsets must be integers, got {start!r}, {end!r}")
        return []
    span_text = value.get("text")
    if not isinstance(span_text, str):
        span_text = text[start:end]
    elif text[start:end] != span_text:
        start, end = _from_utf16(text, start, end, span_text) or (start, end)
    labels = _labels(field, value.get("labels"), where, problems)
    return [Span(start, end, label, span_text) for label in labels]


def _from_utf16(text: str, start: int, end: int, expected: str) -> tuple[int, int] | None:
    """Code-point offsets for UTF-16 offsets, if that is what the browser sent.

    Label Studio measures offsets in JavaScript string units, which count a character outside
    the Basic Multilingual Plane (most emoji) as two; Python counts it as one.
    """
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    units = text.encode("utf-16-le")
    try:
        cp_start = len(units[: 2 * start].decode("utf-16-le"))
        cp_end = len(units[: 2 * end].decode("utf-16-le"))
    except UnicodeDecodeError:  # an offset splits a surrogate pair: not UTF-16 either
        return None
    return (cp_start, cp_end) if text[cp_start:cp_end] == expected else None
