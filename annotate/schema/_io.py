"""Reading a schema YAML file into validated parts, and writing it back.

Every problem becomes a ``SchemaError`` that names the file, the field and the bad value,
lists the valid choices and says how to fix it; ``tests/unit/test_schema.py`` pins the text.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from annotate.errors import SchemaError
from annotate.schema._bundle import bundled_schemas
from annotate.schema._io_checks import mapping as _mapping
from annotate.schema._io_checks import text as _text
from annotate.schema._io_checks import unique as _unique
from annotate.schema._io_records import one_record_per_field, record
from annotate.schema._types import (
    KINDS,
    SEVERITIES,
    SOFT_SUFFIX,
    TASK_DATA_KEYS,
    Field,
    Label,
    RecordType,
    Rule,
)

# semver.org's own pattern, so "1.0" or "v1.0.0" are refused with a hint.
_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
# Control characters, surrogates and non-characters cannot appear in XML 1.0 at all, so a
# label holding one would break the Label Studio config long after the schema was loaded.
_BAD_CATEGORIES = {"Cc", "Cs", "Cn", "Zl", "Zp"}

_TOP_KEYS = (
    "name",
    "version",
    "description",
    "guidelines",
    "guidelines_version",
    "fields",
    "records",
    "rules",
)
_FIELD_KEYS = ("name", "kind", "required", "description", "labels")
_LABEL_KEYS = ("value", "hotkey", "description")
_RULE_KEYS = (
    "id",
    "when",
    "require_span",
    "forbid_span",
    "require_record",
    "forbid_record",
    "require_role",
    "severity",
    "message",
)
_TARGET_KEYS = _RULE_KEYS[2:7]


# libyaml's parser when PyYAML was built with it: the same documents, about 10x less CPU
# (schemas are read on every release, verify and pull).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(SAFE_LOADER):
    """A safe loader that refuses duplicate mapping keys, which PyYAML silently overwrites."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, where: str) -> Any:
    """Parse YAML, turning syntax errors into a ``SchemaError`` with the line number."""
    try:
        # _StrictLoader is a SafeLoader subclass: no arbitrary Python objects are built.
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        raise SchemaError(
            f"{where}{line}: YAML syntax error: {exc.problem or exc.context}",
            hint="fix the YAML at that line (indentation, a missing colon, or quotes)",
        ) from exc


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split a Markdown file into its ``---`` YAML front matter and its body."""
    match = re.match(r"^---\n(.*?)\n---\n?", text, flags=re.DOTALL)
    if match is None:
        return {}, text
    meta = yaml.load(match.group(1), Loader=SAFE_LOADER) or {}
    return (meta if isinstance(meta, dict) else {}), text[match.end() :]


def read(path: Path, guidelines_file: Path | None = None) -> dict[str, Any]:
    """Read and validate a schema file into the keyword arguments of ``Schema``.

    ``guidelines_file`` overrides where the guidelines are read from (a release stores
    them as ``guidelines.md`` beside ``schema.yaml``); the schema's content is unchanged.
    """
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SchemaError(
            f"{where}: cannot read the schema file ({exc.strerror})",
            hint=f"pass the path of a schema YAML file, or the name of a bundled schema: "
            f"{', '.join(bundled_schemas())}",
        ) from exc
    parts = build(parse_yaml(text, where), where)
    guidelines = guidelines_file or path.parent / parts["guidelines"]
    try:
        guidelines_text = guidelines.read_text(encoding="utf-8")
    except OSError as exc:
        raise SchemaError(
            f"{where}: guidelines: cannot read {str(guidelines)!r} ({exc.strerror})",
            hint="write the guidelines Markdown beside the schema or fix the 'guidelines' path",
        ) from exc
    meta, _ = split_front_matter(guidelines_text)
    declared = str(meta.get("guidelines_version", ""))
    if declared != parts["guidelines_version"]:
        raise SchemaError(
            f"{where}: guidelines_version is {parts['guidelines_version']!r} but "
            f"{guidelines.name} declares {declared or 'no version'!r}",
            hint=f"set 'guidelines_version: {parts['guidelines_version']}' in the front matter "
            f"of {guidelines.name}, or bump guidelines_version to match it",
        )
    return {**parts, "guidelines_text": guidelines_text, "path": path}


def build(data: Any, where: str) -> dict[str, Any]:
    """Validate parsed YAML and build the parts of a schema (without reading guidelines)."""
    top = _mapping(data, where, "the schema", _TOP_KEYS)
    name = _text(top, "name", where, "the schema")
    if not _SLUG.match(name):
        raise SchemaError(
            f"{where}: name {name!r} is not a slug",
            hint="use lower-case letters, digits and single hyphens, e.g. 'news-stance'",
        )
    version = _semver(top, "version", where)
    guidelines_version = _semver(top, "guidelines_version", where)
    guidelines = _text(top, "guidelines", where, "the schema")
    description = _text(top, "description", where, "the schema", default="")
    raw_fields = top.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise SchemaError(
            f"{where}: 'fields' must be a non-empty list, got {raw_fields!r}",
            hint="list the fields as '- name: ...' entries under 'fields:'",
        )
    fields = tuple(_field(raw, i, where) for i, raw in enumerate(raw_fields))
    _unique([f.name for f in fields], where, "field name", "rename one of the fields")
    hotkeys: dict[str, str] = {}
    for f in fields:
        for label in f.labels:
            other = hotkeys.setdefault(label.hotkey.lower(), f"{f.name}.{label.value}")
            if other != f"{f.name}.{label.value}":
                raise SchemaError(
                    f"{where}: field {f.name!r}: label {label.value!r} reuses hotkey "
                    f"{label.hotkey!r} already taken by {other}",
                    hint=f"pick a hotkey not in use: {', '.join(sorted(hotkeys))} are taken",
                )
    raw_rules = top.get("rules") or []
    if not isinstance(raw_rules, list):
        raise SchemaError(
            f"{where}: 'rules' must be a list, got {raw_rules!r}",
            hint="list the rules as '- id: ...' entries under 'rules:'",
        )
    by_name = {f.name: f for f in fields}
    raw_records = top.get("records") or []
    if not isinstance(raw_records, list):
        raise SchemaError(
            f"{where}: 'records' must be a list, got {raw_records!r}",
            hint="list the records as '- name: ...' entries under 'records:'",
        )
    records = tuple(record(raw, i, where, by_name) for i, raw in enumerate(raw_records))
    _unique([r.name for r in records], where, "record name", "rename one of the records")
    for r in records:
        if r.name in by_name:
            raise SchemaError(
                f"{where}: record {r.name!r}: the name is already a field's",
                hint="give the record a name of its own, e.g. the plural of what it is "
                "('attributions'): it becomes a release column beside the fields",
            )
        if r.name + SOFT_SUFFIX in by_name:
            raise SchemaError(
                f"{where}: field {r.name + SOFT_SUFFIX!r} has the name of record "
                f"{r.name!r}'s soft-label column in releases",
                hint="rename the field or the record",
            )
    one_record_per_field(records, where)
    rules = tuple(
        _rule(raw, i, where, by_name, {r.name: r for r in records})
        for i, raw in enumerate(raw_rules)
    )
    _unique([r.id for r in rules], where, "rule id", "rename one of the rules")
    return {
        "name": name,
        "version": version,
        "description": description,
        "guidelines": guidelines,
        "guidelines_version": guidelines_version,
        "fields": fields,
        "records": records,
        "rules": rules,
    }


def _field(raw: Any, index: int, where: str) -> Field:
    data = _mapping(raw, where, f"fields[{index}]", _FIELD_KEYS)
    name = _text(data, "name", where, f"fields[{index}]")
    if not name.isidentifier() or keyword.iskeyword(name):
        suggestion = re.sub(r"\W+", "_", name).strip("_").lower() or "claim_type"
        if not suggestion.isidentifier() or keyword.iskeyword(suggestion):
            suggestion = f"f_{suggestion}"
        raise SchemaError(
            f"{where}: field {name!r}: the name is not a Python identifier",
            hint=f"use letters, digits and underscores, not starting with a digit, "
            f"e.g. {suggestion!r}",
        )
    if name in TASK_DATA_KEYS:
        raise SchemaError(
            f"{where}: field {name!r}: the name is reserved for task data",
            hint=f"rename the field; {', '.join(TASK_DATA_KEYS)} are reserved",
        )
    ctx = f"field {name!r}"
    kind = _text(data, "kind", where, ctx)
    if kind not in KINDS:
        raise SchemaError(
            f"{where}: {ctx}: unknown kind {kind!r}",
            hint=f"use one of: {', '.join(KINDS)}",
        )
    required = data.get("required", False)
    if not isinstance(required, bool):
        raise SchemaError(
            f"{where}: {ctx}: 'required' must be true or false, got {required!r}",
            hint="write 'required: true' or 'required: false'",
        )
    raw_labels = data.get("labels")
    if not isinstance(raw_labels, list) or not raw_labels:
        raise SchemaError(
            f"{where}: {ctx}: 'labels' must be a non-empty list, got {raw_labels!r}",
            hint="list the labels as '- {value: ..., hotkey: ..., description: ...}'",
        )
    labels = tuple(_label(raw, f"{ctx}: labels[{i}]", where) for i, raw in enumerate(raw_labels))
    _unique([lb.value for lb in labels], where, f"{ctx}: label", "remove or rename the duplicate")
    return Field(
        name=name,
        kind=kind,
        labels=labels,
        required=required,
        description=_text(data, "description", where, ctx, default=""),
    )


def _label(raw: Any, ctx: str, where: str) -> Label:
    data = _mapping(raw, where, ctx, _LABEL_KEYS)
    value = data.get("value")
    if not isinstance(value, str) or not value.strip():
        raise SchemaError(
            f"{where}: {ctx}: label value must be a non-empty string, got {value!r}",
            hint="quote values YAML reads as other types, e.g. value: 'no' or value: '1'",
        )
    bad = [c for c in value if unicodedata.category(c) in _BAD_CATEGORIES]
    if value != value.strip() or bad:
        raise SchemaError(
            f"{where}: {ctx}: label value {value!r} has surrounding spaces or control characters",
            hint="use printable text without leading/trailing spaces or line breaks",
        )
    hotkey = data.get("hotkey")
    if isinstance(hotkey, int) and not isinstance(hotkey, bool):
        hotkey = str(hotkey)  # "hotkey: 1" is natural to write and unambiguous
    if not isinstance(hotkey, str) or not hotkey.strip() or hotkey != hotkey.strip():
        raise SchemaError(
            f"{where}: {ctx}: label {value!r} needs a hotkey, got {hotkey!r}",
            hint="give every label a key annotators can press, e.g. hotkey: '1' or hotkey: h",
        )
    return Label(value=value, hotkey=hotkey, description=_text(data, "description", where, ctx))


def _rule(
    raw: Any,
    index: int,
    where: str,
    fields: dict[str, Field],
    records: dict[str, RecordType],
) -> Rule:
    data = _mapping(raw, where, f"rules[{index}]", _RULE_KEYS)
    rule_id = _text(data, "id", where, f"rules[{index}]")
    ctx = f"rule {rule_id!r}"
    when = _mapping(data.get("when"), where, f"{ctx}: when", ("field", "is"))
    when_field = _text(when, "field", where, f"{ctx}: when")
    triggers = [f.name for f in fields.values() if f.kind != "spans"]
    if when_field not in triggers:
        raise SchemaError(
            f"{where}: {ctx}: when.field {when_field!r} is not a choice or multi_choice field",
            hint=f"use one of: {', '.join(triggers)}",
        )
    raw_is = when.get("is")
    when_is = (raw_is,) if isinstance(raw_is, str) else tuple(raw_is or ())
    valid = fields[when_field].values
    unknown = [v for v in when_is if v not in valid]
    if not when_is or unknown:
        raise SchemaError(
            f"{where}: {ctx}: when.is {raw_is!r} names no label or an unknown label of "
            f"{when_field!r}",
            hint=f"use one or a list of: {', '.join(valid)}",
        )
    targets = [key for key in _TARGET_KEYS if key in data]
    if len(targets) != 1:
        raise SchemaError(
            f"{where}: {ctx}: needs exactly one of {', '.join(_TARGET_KEYS)}, got {targets}",
            hint="write 'require_span: <spans field>' or 'forbid_span: <spans field>' (or "
            "require_record / forbid_record: <record>, require_role: <record>.<role>)",
        )
    span_field = data[targets[0]]
    target_valid: list[str]
    if targets[0].endswith("_span"):
        target_valid = [f.name for f in fields.values() if f.kind == "spans"]
        what = "a spans field"
    elif targets[0].endswith("_record"):
        target_valid = list(records)
        what = "a record"
    else:
        target_valid = [f"{r.name}.{role.name}" for r in records.values() for role in r.roles]
        what = "a record's role (record.role)"
    if span_field not in target_valid:
        raise SchemaError(
            f"{where}: {ctx}: {targets[0]} {span_field!r} is not {what}",
            hint=f"use one of: {', '.join(target_valid) or '(none defined)'}",
        )
    severity = data.get("severity", "error")
    if severity not in SEVERITIES:
        raise SchemaError(
            f"{where}: {ctx}: unknown severity {severity!r}",
            hint=f"use one of: {', '.join(SEVERITIES)}",
        )
    return Rule(
        id=rule_id,
        when_field=when_field,
        when_is=when_is,
        severity=severity,
        message=_text(data, "message", where, ctx),
        **{targets[0]: span_field},
    )


def dump(parts: dict[str, Any]) -> str:
    """Write schema parts as YAML that ``read`` turns back into equal parts."""
    doc: dict[str, Any] = {k: parts[k] for k in _TOP_KEYS[:5]}
    doc["fields"] = [
        {
            "name": f.name,
            "kind": f.kind,
            "required": f.required,
            "description": f.description,
            "labels": [
                {"value": lb.value, "hotkey": lb.hotkey, "description": lb.description}
                for lb in f.labels
            ],
        }
        for f in parts["fields"]
    ]
    if parts.get("records"):
        doc["records"] = [
            {
                "name": r.name,
                "description": r.description,
                "anchor": {"name": r.anchor, "field": r.anchor_field},
                "roles": [
                    {"name": x.name, "field": x.field, "many": x.many, "description": x.description}
                    | ({"absent_label": x.absent_label} if x.absent_label else {})
                    for x in r.roles
                ],
            }
            for r in parts["records"]
        ]
    doc["rules"] = [
        {
            "id": r.id,
            "when": {"field": r.when_field, "is": list(r.when_is)},
            next(k for k in _TARGET_KEYS if getattr(r, k)): r.target,
            "severity": r.severity,
            "message": r.message,
        }
        for r in parts["rules"]
    ]
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def _semver(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if value is None:
        raise SchemaError(
            f"{where}: '{key}' is missing",
            hint=f"add '{key}: 1.0.0' (semantic versioning: MAJOR.MINOR.PATCH)",
        )
    if not isinstance(value, str) or not _SEMVER.match(value):
        raise SchemaError(
            f"{where}: {key} {value!r} is not a semantic version",
            hint=f"write MAJOR.MINOR.PATCH as a string, e.g. {key}: 1.0.0",
        )
    return value
