"""Hand-made gold labels kept as YAML beside the corpus, and loading them into Label Studio.

The bundled sample (``corpus/<article>.gold.yaml``) names spans by the text they cover, so a
person can write and review it; this module turns it into schema values with offsets, checks
it against the schema's rules, and creates the annotations in a project on behalf of an
annotator account, exactly as a person working in Label Studio would leave them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from annotate._files import read_parquet
from annotate.errors import SchemaError
from annotate.schema._schema import AnnotationValues, Schema
from annotate.schema._types import Record, RecordType, Span
from annotate.studio._client import Client
from annotate.studio._project import require_project

__all__ = ["GoldImport", "import_gold", "load_gold"]


@dataclass
class GoldImport:
    """What ``import_gold`` did."""

    annotator_id: int
    created: int
    already_annotated: int
    missing: list[str]


def load_gold(path: str | Path, schema: Schema) -> dict[str, AnnotationValues]:
    """Read a gold YAML file into ``{sentence text: values}``, checked against ``schema``.

    Raises
    ------
    SchemaError
        When the file is for another schema version, a span text is not in its sentence, a
        value is unknown, or an entry breaks an error-severity rule; the message names the
        entry.
    """
    path = Path(path)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if doc.get("schema") != schema.name or not _fits(str(doc.get("schema_version")), schema):
        raise SchemaError(
            f"{path}: labelled under {doc.get('schema')} {doc.get('schema_version')}, "
            f"but the schema is {schema.name} {schema.version}",
            hint="relabel the changed fields and update schema_version in the file",
        )
    gold: dict[str, AnnotationValues] = {}
    for i, entry in enumerate(doc.get("sentences") or [], start=1):
        text = entry["text"]
        where = f"{path}: sentence {i} ({text[:40]!r}...)"
        values: dict[str, Any] = {}
        for field in schema.fields:
            raw = entry.get(field.name)
            if field.kind == "spans":
                values[field.name] = [_span(text, item, field.name, where) for item in raw or []]
            else:
                values[field.name] = raw
        for rt in schema.records:
            values[rt.name] = [
                _record(text, item, rt, schema, values, where) for item in entry.get(rt.name) or []
            ]
        # Round-trip through Label Studio's result format: the same validation pull applies.
        values = schema.parse_result(schema.to_result(values), text)
        errors = [v for v in schema.check(values, text) if v.severity == "error"]
        if errors:
            raise SchemaError(
                f"{where}: {'; '.join(v.message for v in errors)}",
                hint="fix the entry by the guidelines",
            )
        gold[text] = values
    return gold


def _fits(version: str, schema: Schema) -> bool:
    """Whether labels made under ``version`` fit ``schema``: the same MAJOR, not newer.

    A MINOR version only adds (a field, a label, a record), so gold labelled before it is
    still right for every field it has; the ones it lacks are empty, as for an annotator
    who has not marked them yet.
    """
    try:
        have = tuple(int(p) for p in version.split("-")[0].split(".")[:3])
        want = tuple(int(p) for p in schema.version.split("-")[0].split(".")[:3])
    except ValueError:
        return False
    return len(have) == 3 and have[0] == want[0] and have <= want


def _record(
    text: str, item: Any, rt: RecordType, schema: Schema, values: dict[str, Any], where: str
) -> Record:
    """One record written by the texts of its spans: ``{cue: said, source: X, content: [Y]}``.

    Each span is looked up among the spans the entry marks in the role's field and added to
    that field when it is not marked there, so a record alone is enough to write.
    """
    if not isinstance(item, dict) or rt.anchor not in item:
        shape = ", ".join(f"{key}: TEXT" for key in (rt.anchor, *(r.name for r in rt.roles)))
        raise SchemaError(
            f"{where}: each {rt.name} entry is a mapping with its {rt.anchor!r} span, got {item!r}",
            hint=f"write it as {{{shape}}}",
        )
    unknown = set(item) - {rt.anchor, *(r.name for r in rt.roles)}
    if unknown:
        raise SchemaError(
            f"{where}: {rt.name} entry has unknown keys {sorted(unknown)}",
            hint=f"use {rt.anchor!r} and the roles {[r.name for r in rt.roles]}",
        )

    def marked(field_name: str, raw: Any) -> Span:
        label = schema.field(field_name).labels[0].value
        wanted = _span(text, raw, label, where)
        for span in values[field_name]:
            if (span.start, span.end) == (wanted.start, wanted.end):
                return span
        values[field_name].append(wanted)
        return wanted

    anchor = marked(rt.anchor_field, item[rt.anchor])
    roles: dict[str, list[Span]] = {}
    for role in rt.roles:
        raw = item.get(role.name)
        if raw is None:
            continue
        many = raw if isinstance(raw, list) else [raw]
        roles[role.name] = [marked(role.field, one) for one in many]
    return Record(anchor, roles)


def _span(text: str, item: Any, label: str, where: str) -> Span:
    needle, occurrence = (item, 1) if isinstance(item, str) else (item["text"], item["occurrence"])
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise SchemaError(
                f"{where}: {label} span {needle!r} (occurrence {occurrence}) is not in "
                "the sentence",
                hint="copy the span text exactly from the sentence",
            )
    return Span(start=start, end=start + len(needle), label=label, text=needle)


def import_gold(
    client: Client,
    project: str,
    sentences: str | Path,
    gold: dict[str, AnnotationValues],
    schema: Schema,
    *,
    annotator_email: str = "annotator@annotate.local",
) -> GoldImport:
    """Create one annotation per gold sentence in ``project``, by ``annotator_email``.

    The annotator account is created when missing. Tasks that this annotator has already
    annotated are left alone, so running it twice adds nothing. Sentences of the table with
    no gold entry are returned in ``missing``.
    """
    proj = require_project(client, project)
    user_id = _user(client, annotator_email)
    table = read_parquet(sentences, "sentence table", columns=["sentence_id", "text"]).to_pylist()
    by_sid = {row["sentence_id"]: row["text"] for row in table}
    tasks: list[Any] = client.call(
        "list tasks",
        lambda: list(client.sdk.tasks.list(project=proj.id, fields="all", page_size=1000)),
    )
    created = skipped = 0
    missing = [sid for sid, text in by_sid.items() if text not in gold]
    for task in tasks:
        text = by_sid.get((task.data or {}).get("sentence_id"))
        if text is None or text not in gold:
            continue
        done_by = {_completed_by(a) for a in task.annotations or []}
        if user_id in done_by:
            skipped += 1
            continue
        client.call(
            "create an annotation",
            client.sdk.annotations.create,
            id=task.id,
            result=schema.to_result(gold[text]),
            completed_by=user_id,
            retry=False,
        )
        created += 1
    return GoldImport(user_id, created, skipped, missing)


def _completed_by(annotation: Any) -> Any:
    who = annotation.get("completed_by") if isinstance(annotation, dict) else None
    return who.get("id") if isinstance(who, dict) else who


def _user(client: Client, email: str) -> int:
    users = client.call("list users", lambda: list(client.sdk.users.list()))
    for user in users:
        if user.email == email:
            return int(user.id)
    name = email.split("@")[0]
    user = client.call(
        "create the annotator account",
        client.sdk.users.create,
        email=email,
        username=name,
        first_name=name.capitalize(),
        last_name="",
        retry=False,
    )
    return int(user.id)
