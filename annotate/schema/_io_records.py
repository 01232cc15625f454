"""Reading a schema's ``records:`` section: record types, their anchor and roles.

Kept apart from ``_io`` (fields, labels, rules) so that each reader stays small; the
checks here are the ones a link needs to be unambiguous: every role on a spans field of its
own, never the anchor's, and one owner per field across all records.
"""

from __future__ import annotations

import keyword
from typing import Any

from annotate.errors import SchemaError
from annotate.schema._io_checks import mapping as _mapping
from annotate.schema._io_checks import text as _text
from annotate.schema._io_checks import unique as _unique
from annotate.schema._types import TASK_DATA_KEYS, Field, RecordType, Role

__all__ = ["one_record_per_field", "record"]

_RECORD_KEYS = ("name", "description", "anchor", "roles")
_ANCHOR_KEYS = ("name", "field")
_ROLE_KEYS = ("name", "field", "many", "absent_label", "description")


def record(raw: Any, index: int, where: str, fields: dict[str, Field]) -> RecordType:
    data = _mapping(raw, where, f"records[{index}]", _RECORD_KEYS)
    name = _text(data, "name", where, f"records[{index}]")
    ctx = f"record {name!r}"
    if not name.isidentifier() or keyword.iskeyword(name) or name in TASK_DATA_KEYS:
        raise SchemaError(
            f"{where}: {ctx}: the name is not a Python identifier or is reserved",
            hint="use letters, digits and underscores, e.g. 'attributions'",
        )
    spans_fields = [f.name for f in fields.values() if f.kind == "spans"]
    anchor = _mapping(data.get("anchor"), where, f"{ctx}: anchor", _ANCHOR_KEYS)
    anchor_name = _text(anchor, "name", where, f"{ctx}: anchor")
    anchor_field = _spans_field(anchor, f"{ctx}: anchor", where, spans_fields)
    raw_roles = data.get("roles")
    if not isinstance(raw_roles, list) or not raw_roles:
        raise SchemaError(
            f"{where}: {ctx}: 'roles' must be a non-empty list, got {raw_roles!r}",
            hint="list the roles as '- {name: source, field: source}' entries under 'roles:'",
        )
    roles: list[Role] = []
    for i, raw_role in enumerate(raw_roles):
        rctx = f"{ctx}: roles[{i}]"
        rdata = _mapping(raw_role, where, rctx, _ROLE_KEYS)
        role_name = _text(rdata, "name", where, rctx)
        if not role_name.isidentifier() or keyword.iskeyword(role_name):
            raise SchemaError(
                f"{where}: {rctx}: role name {role_name!r} is not a Python identifier",
                hint="use letters, digits and underscores, e.g. 'source'",
            )
        field = _spans_field(rdata, f"{ctx}: role {role_name!r}", where, spans_fields)
        if field == anchor_field:
            raise SchemaError(
                f"{where}: {ctx}: role {role_name!r} uses the anchor field {field!r}",
                hint="a link joins an anchor span to a span of another field; give the "
                "role its own spans field",
            )
        many = rdata.get("many", False)
        if not isinstance(many, bool):
            raise SchemaError(
                f"{where}: {ctx}: role {role_name!r}: 'many' must be true or false, got {many!r}",
                hint="write 'many: true' for zero or more spans, 'many: false' for at most one",
            )
        absent = rdata.get("absent_label")
        anchor_labels = fields[anchor_field].values
        if absent is not None and (many or absent not in anchor_labels):
            raise SchemaError(
                f"{where}: {ctx}: role {role_name!r}: absent_label {absent!r} is not a label "
                f"of the anchor field {anchor_field!r}, or the role is 'many'",
                hint=f"use one of: {', '.join(anchor_labels)}, on a role with many: false "
                "(a role of many spans is absent when it has none)",
            )
        roles.append(
            Role(
                name=role_name,
                field=field,
                many=many,
                absent_label=absent,
                description=_text(rdata, "description", where, rctx, default=""),
            )
        )
    out = RecordType(
        name=name,
        anchor=anchor_name,
        anchor_field=anchor_field,
        roles=tuple(roles),
        description=_text(data, "description", where, ctx, default=""),
    )
    _unique(list(out.keys), where, f"{ctx}: key", "rename the anchor or the role")
    return out


def _spans_field(data: dict[str, Any], ctx: str, where: str, spans_fields: list[str]) -> str:
    field = data.get("field")
    if field not in spans_fields:
        raise SchemaError(
            f"{where}: {ctx}: field {field!r} is not a spans field of the schema",
            hint=f"use one of: {', '.join(spans_fields) or '(no spans fields defined)'}",
        )
    return str(field)


def one_record_per_field(records: tuple[RecordType, ...], where: str) -> None:
    # A span is linked by the role its field plays; two records (or two roles) on one field
    # would make an unlabelled link ambiguous and a span's record undecidable.
    owner: dict[str, str] = {}
    for r in records:
        for what, field in [(r.anchor, r.anchor_field), *((x.name, x.field) for x in r.roles)]:
            other = owner.setdefault(field, f"{r.name}.{what}")
            if other != f"{r.name}.{what}":
                raise SchemaError(
                    f"{where}: record {r.name!r}: {what} uses field {field!r}, already "
                    f"used by {other}",
                    hint="give each anchor and role a spans field of its own",
                )
