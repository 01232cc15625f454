"""Records: spans of several fields linked to one anchor span, to and from Label Studio.

In Label Studio a record is drawn, not typed: every anchor span (a cue) is a region, and the
annotator draws a relation from it to each span that plays a role in it (its source, each
piece of its content). A relation result is ``{"type": "relation", "from_id", "to_id",
"direction", "labels"}``, where the ids are the ``id`` of two region results of the same
annotation. So:

- **direction does not matter**: whichever end is a span of the anchor field is the anchor.
  Label Studio lets an arrow be drawn either way and flipped with one click; requiring one
  way would turn a correct link into a violation for no gain.
- **the label is optional**: the role is inferred from the other end's field, since every
  role has a spans field of its own (the schema check ensures it), so the field alone says
  the role. Label Studio leaves a relation unlabelled unless the annotator opens it and
  picks one, an extra step most skip; a label that is there must agree with the field
  (``link-role``), because a disagreement means the annotator meant something else.
- a link that joins no anchor to a role's span (both ends cues, neither a cue, an end that
  is not a region of this annotation) joins no record: ``parse_result`` hands it to
  ``check`` as a :class:`StrayLink` (``link-endpoints``), never raising, since it is the
  annotator's slip rather than a schema the project no longer matches.

Every anchor span is exactly one record, linked or not, so a cue left without links is
seen (as a record with no source and no content) rather than lost.

A record's ``cut`` (roles whose text ran past the sentence, set by a corpus import) has no
place in a relation, so it travels as the anchor region's meta text, Label Studio's note on
a region (``"meta": {"text": ["cut: content"]}``), which the labelling view shows on the cue
and keeps when the annotation is edited. The cue is the one region per record, and a role cut
away whole (a source in the sentence before) has no region of its own to carry it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from annotate.errors import LabelError
from annotate.schema._types import STRAY_LINKS, Record, RecordType, Span, StrayLink

if TYPE_CHECKING:
    from annotate.schema._schema import AnnotationValues, Schema

__all__ = [
    "CUT_NOTE",
    "check",
    "cut_note",
    "cut_of",
    "decoded",
    "encoded",
    "features",
    "from_row",
    "notes",
    "parse",
    "record_rule_holds",
    "region_id",
    "relations",
    "row",
    "validate",
]


def decoded(cell: Sequence[Mapping[str, Any]] | None) -> list[Record]:
    """The records of one ``records`` cell of a pulled table (anchor, role links, cut),
    as sorted :class:`Record` values; pull writes the cell, labels and release read it.

    Lists may be any sequence: a cell read back from Parquet through pandas holds numpy
    arrays, whose truth value is an error rather than "empty".
    """
    out = []
    for item in _listed(cell):
        roles: dict[str, list[Span]] = {}
        for link in _listed(item.get("links")):
            roles.setdefault(link["role"], []).append(Span(**dict(link["span"])))
        out.append(Record(Span(**dict(item["anchor"])), roles, _listed(item.get("cut"))))
    return sorted(out)


def encoded(records: Iterable[Record]) -> list[dict[str, Any]]:
    """Records as one ``records`` cell of an annotation table (the inverse of
    :func:`decoded`): pull's table, a corpus import's gold records and the pre-annotator's
    predictions store them so."""
    return [
        {
            "anchor": dataclasses.asdict(r.anchor),
            "links": [
                {"role": role, "span": dataclasses.asdict(s)}
                for role, spans in r.roles
                for s in spans
            ],
            "cut": list(r.cut),
        }
        for r in records
    ]


def from_row(rt: RecordType, item: dict[str, Any]) -> Record:
    """A release row of ``rt`` (see :func:`row`) as a :class:`Record`; the inverse of ``row``."""
    roles: dict[str, list[Span]] = {}
    for role in rt.roles:
        value = item.get(role.name)
        spans = (value or []) if role.many else ([value] if value else [])
        roles[role.name] = [Span(**s) for s in spans]
    cut = [role.name for role in rt.roles if item.get(f"{role.name}_cut")]
    return Record(Span(**item[rt.anchor]), roles, cut)


#: How a region's meta text line names the roles cut at the sentence: ``cut: content, source``.
CUT_NOTE = "cut:"


def cut_note(record: Record) -> dict[str, Any]:
    """The anchor region's ``meta`` carrying ``record.cut``, or ``{}`` when nothing is cut."""
    return {"meta": {"text": [f"{CUT_NOTE} {', '.join(record.cut)}"]}} if record.cut else {}


def cut_of(item: dict[str, Any], rt: RecordType, where: str, problems: list[str]) -> list[str]:
    """The roles a region result's meta text names as cut (the inverse of :func:`cut_note`).

    Lines of the note that do not start with ``cut:`` are the annotator's own and ignored;
    a role the record type lacks is a problem, listed with the valid ones.
    """
    meta = item.get("meta")
    lines = meta.get("text") if isinstance(meta, dict) else None
    out: list[str] = []
    for line in lines if isinstance(lines, list) else []:
        if not (isinstance(line, str) and line.startswith(CUT_NOTE)):
            continue
        for name in filter(None, (n.strip() for n in line[len(CUT_NOTE) :].split(","))):
            if rt.role(name) is None:
                problems.append(
                    f"{where}: meta {line!r} names {name!r}, not a role of {rt.name}; "
                    f"valid: {', '.join(r.name for r in rt.roles)}"
                )
            else:
                out.append(name)
    return out


def _listed(value: Any) -> Sequence[Any]:
    return [] if value is None else value


def region_id(field: str, index: int) -> str:
    """The id ``to_result`` gives the ``index``-th span of ``field``: stable, readable."""
    return f"{field}-{index}"


def parse(
    schema: Schema,
    regions: dict[str, list[tuple[str, Span]]],
    links: list[tuple[int, dict[str, Any]]],
    spans: dict[str, list[Span]],
    problems: list[str],
    cut: dict[tuple[str, Span], list[str]] | None = None,
) -> dict[str, Any]:
    """Build every record type's records from the annotation's regions and relations.

    Parameters
    ----------
    regions : dict
        Region id to the ``(field, span)`` pairs it holds (one per label of the region).
    links : list
        ``(index in result, relation result)`` pairs.
    spans : dict
        Every spans field's spans, for the anchors that have no link.
    problems : list of str
        Where a relation that is not even well-formed (no ids, labels not a list) is
        reported: the result was not written by Label Studio's own editor.
    cut : dict, optional
        ``(anchor field, anchor span)`` to the roles its region's note says were cut.

    Returns
    -------
    dict
        Each record type's name to its sorted records, plus ``STRAY_LINKS`` when some
        links joined no record.
    """
    out: dict[str, Any] = {}
    stray: list[StrayLink] = []
    linked: dict[tuple[str, Span], dict[str, set[Span]]] = defaultdict(lambda: defaultdict(set))
    for index, item in links:
        where = f"result[{index}] (relation)"
        a, b = item.get("from_id"), item.get("to_id")
        labels = item.get("labels") or []
        if not (isinstance(a, str) and a and isinstance(b, str) and b) or not isinstance(
            labels, list
        ):
            problems.append(
                f"{where}: a relation needs string from_id and to_id and a list of labels, "
                f"got {a!r}, {b!r}, {labels!r}"
            )
            continue
        found = _join(schema, regions, (a, b), labels, where)
        if isinstance(found, StrayLink):
            stray.append(found)
            continue
        for record, anchor, role, target in found:
            linked[(record, anchor)][role].add(target)
    for rt in schema.records:
        records = [
            Record(
                anchor,
                linked.get((rt.name, anchor), {}),
                (cut or {}).get((rt.anchor_field, anchor), ()),
            )
            for anchor in spans[rt.anchor_field]
        ]
        out[rt.name] = sorted(set(records))
    if stray:
        out[STRAY_LINKS] = stray
    return out


def _join(
    schema: Schema,
    regions: dict[str, list[tuple[str, Span]]],
    ends: tuple[str, str],
    labels: list[Any],
    where: str,
) -> list[tuple[str, Span, str, Span]] | StrayLink:
    missing = [e for e in ends if e not in regions]
    if missing:
        return StrayLink(
            "link-endpoints",
            f"{where}: the link ends at {', '.join(map(repr, missing))}, which is no span of "
            "this annotation; delete the link and draw it again between two marked spans",
            _records_name(schema),
        )
    anchors = {rt.anchor_field: rt for rt in schema.records}
    a, b = (regions[e] for e in ends)
    a_is = {f for f, _ in a if f in anchors}
    b_is = {f for f, _ in b if f in anchors}
    if bool(a_is) == bool(b_is):
        fields = sorted({f for f, _ in a} | {f for f, _ in b})
        return StrayLink(
            "link-endpoints",
            f"{where}: the link joins {' and '.join(fields)} spans, but a link goes from a cue "
            f"({', '.join(anchors)}) to a span that plays a role in it; delete it, or draw it "
            "from the cue",
            _records_name(schema),
        )
    anchor_end, other_end = (a, b) if a_is else (b, a)
    out: list[tuple[str, Span, str, Span]] = []
    for anchor_field, anchor in anchor_end:
        rt = anchors.get(anchor_field)
        if rt is None:
            continue
        by_field = {role.field: role for role in rt.roles}
        for field, target in other_end:
            role = by_field.get(field)
            if role is None:
                return StrayLink(
                    "link-endpoints",
                    f"{where}: the link joins a {anchor_field} span to a {field} span "
                    f"({target.text!r}), which plays no role in {rt.name}; link it to a "
                    f"span of {', '.join(r.field for r in rt.roles)}",
                    rt.name,
                )
            wrong = [x for x in labels if x != role.name]
            if wrong:
                return StrayLink(
                    "link-role",
                    f"{where}: the link is labelled {', '.join(map(repr, wrong))} but joins "
                    f"{target.text!r}, a {field} span, which is the {role.name!r} of a "
                    f"{rt.anchor}; relabel the link {role.name!r} or mark the span as the "
                    "field you meant",
                    rt.name,
                )
            out.append((rt.name, anchor, role.name, target))
    return out


def relations(schema: Schema, values: AnnotationValues) -> list[dict[str, Any]]:
    """The relation results of every record, between the region ids ``to_result`` gives.

    Always labelled and always from the anchor (``direction: right``), so that what the
    toolkit writes reads the same in Label Studio as what it would have an annotator draw.
    """
    out: list[dict[str, Any]] = []
    for rt in schema.records:
        index = _index(values, rt)
        for record in values.get(rt.name) or []:
            anchor_id = index[(rt.anchor_field, record.anchor)]
            for role in rt.roles:
                for span in record.spans(role.name):
                    out.append(
                        {
                            "type": "relation",
                            "from_id": anchor_id,
                            "to_id": index[(role.field, span)],
                            "direction": "right",
                            "labels": [role.name],
                        }
                    )
    return out


def notes(schema: Schema, values: AnnotationValues) -> dict[tuple[str, Span], dict[str, Any]]:
    """Each anchor span with a cut record to its region's ``meta`` (see :func:`cut_note`)."""
    out: dict[tuple[str, Span], dict[str, Any]] = {}
    for rt in schema.records:
        for record in values.get(rt.name) or []:
            if record.cut:
                out[(rt.anchor_field, record.anchor)] = cut_note(record)
    return out


def _index(values: AnnotationValues, rt: RecordType) -> dict[tuple[str, Span], str]:
    index: dict[tuple[str, Span], str] = {}
    for field in (rt.anchor_field, *(r.field for r in rt.roles)):
        for i, span in enumerate(values.get(field) or []):
            # A span marked twice is one region as far as links go: the first.
            index.setdefault((field, span), region_id(field, i))
    return index


def validate(schema: Schema, values: AnnotationValues) -> list[str]:
    """Problems that make ``values``' records impossible to store or render.

    A record must be a :class:`Record` whose anchor and role spans are spans of their
    fields in ``values`` (a link can only join marked spans), with roles and cut flags the
    record type declares.
    """
    problems: list[str] = []
    for rt in schema.records:
        records = values.get(rt.name)
        if records is None:
            continue
        if not isinstance(records, list | tuple) or not all(isinstance(r, Record) for r in records):
            problems.append(f"{rt.name}: {records!r} is not a list of Record")
            continue
        marked = {
            field: set(values.get(field) or [])
            for field in (rt.anchor_field, *(r.field for r in rt.roles))
        }
        names = [r.name for r in rt.roles]
        for record in records:
            where = f"{rt.name}: record at {rt.anchor} {record.anchor.text!r}"
            if record.anchor not in marked[rt.anchor_field]:
                problems.append(f"{where}: the {rt.anchor} is not a span of {rt.anchor_field}")
            for name, role_spans in record.roles:
                role = rt.role(name)
                if role is None:
                    problems.append(f"{where}: unknown role {name!r}; valid: {', '.join(names)}")
                    continue
                problems.extend(
                    f"{where}: {name} {s.text!r} [{s.start}, {s.end}) is not a span of {role.field}"
                    for s in role_spans
                    if s not in marked[role.field]
                )
            problems.extend(
                f"{where}: cut names {c!r}, not a role; valid: {', '.join(names)}"
                for c in record.cut
                if c not in names
            )
    return problems


def check(
    schema: Schema,
    values: AnnotationValues,
    report: Callable[[str, str, str, str], None],
) -> None:
    """Report every record rule broken by ``values`` through ``report(rule, sev, msg, field)``.

    Rules (all under the record type's name as the field):

    - ``link-endpoints``, ``link-role`` (error): links that joined no record.
    - ``record-anchor-once`` (error): an anchor span that is in no record or in several.
    - ``record-role-once`` (error): two or more spans in a role of at most one.
    - ``record-absent-role`` (error): a role linked although the anchor's label says the
      text gives none (a cue marked "no source" with a source linked).
    - ``record-missing-role`` (warning): a role of at most one, with an ``absent_label``,
      neither linked nor declared absent: the reminder to link the source or say there is
      none.
    - ``record-empty`` (warning): an anchor linked to nothing at all (then the one
      reminder for it, rather than one per role it lacks).
    """
    for link in values.get(STRAY_LINKS) or []:
        report(link.rule, "error", link.message, link.field)
    for rt in schema.records:
        if rt.name not in values:
            # Values from a table that does not carry records (one pulled before them):
            # nothing to judge, which is not the same as an empty list.
            continue
        records: list[Record] = list(values.get(rt.name) or [])
        counts: dict[Span, int] = defaultdict(int)
        for record in records:
            counts[record.anchor] += 1
        for anchor in dict.fromkeys(values.get(rt.anchor_field) or []):
            n = counts.get(anchor, 0)
            if n != 1:
                # Pull makes one record per anchor, so this comes from values built by hand
                # (an import, a pre-annotator): say which way they are wrong.
                fix = (
                    "merge them into one"
                    if n
                    else f"add a record for it (every {rt.anchor} is one)"
                )
                report(
                    "record-anchor-once",
                    "error",
                    f"{rt.anchor} {anchor.text!r} [{anchor.start}, {anchor.end}) is in {n} "
                    f"{rt.name} records; {fix}",
                    rt.name,
                )
        for record in records:
            cue = f"{rt.anchor} {record.anchor.text!r}"
            if not record.roles and not record.cut:
                # One reminder for a cue left unlinked, not one per role it lacks.
                report(
                    "record-empty",
                    "warning",
                    f"{cue} is linked to nothing; draw a link from it to each span that "
                    f"plays a role ({', '.join(r.name for r in rt.roles)})",
                    rt.name,
                )
                continue
            for role in rt.roles:
                linked = record.spans(role.name)
                if not role.many and len(linked) > 1:
                    report(
                        "record-role-once",
                        "error",
                        f"{cue} has {len(linked)} {role.name} links "
                        f"({', '.join(repr(s.text) for s in linked)}); a {rt.anchor} has one "
                        f"{role.name}: delete the extra link, or mark a second "
                        f"{rt.anchor} for the other {role.name}",
                        rt.name,
                    )
                if role.absent_label is None:
                    continue
                declared_absent = record.anchor.label == role.absent_label
                if declared_absent and linked:
                    report(
                        "record-absent-role",
                        "error",
                        f"{cue} is marked {role.absent_label!r} but has a {role.name} link "
                        f"({linked[0].text!r}); delete the link or relabel the {rt.anchor}",
                        rt.name,
                    )
                elif not declared_absent and not linked and role.name not in record.cut:
                    report(
                        "record-missing-role",
                        "warning",
                        f"{cue} has no {role.name}: link it to the {role.field} span, or, if "
                        f"the text names none, relabel the {rt.anchor} {role.absent_label!r}",
                        rt.name,
                    )


def record_rule_holds(schema: Schema, values: AnnotationValues, target: str) -> bool | None:
    """Whether ``values`` have a record (``name``) or a record with a ``name.role`` span.

    ``None`` when ``values`` do not carry that record type at all (see :func:`check`).
    """
    name, _, role = target.partition(".")
    if name not in values:
        return None
    records: list[Record] = list(values.get(name) or [])
    if not role:
        return bool(records)
    return any(r.spans(role) for r in records)


def row(rt: RecordType, record: Record) -> dict[str, Any]:
    """A record as a plain release row (see :func:`features`).

    Raises
    ------
    LabelError
        If a role of at most one holds two spans: a release row has room for one, and
        ``check`` reports such an annotation (``record-role-once``) so that it is fixed
        rather than cut.
    """
    out: dict[str, Any] = {rt.anchor: dataclasses.asdict(record.anchor)}
    for role in rt.roles:
        spans = [dataclasses.asdict(s) for s in record.spans(role.name)]
        if role.many:
            out[role.name] = spans
        elif len(spans) > 1:
            raise LabelError(
                f"{rt.name}: {rt.anchor} {record.anchor.text!r} has {len(spans)} "
                f"{role.name} spans, and a release row holds one",
                hint="leave out annotations that break record-role-once (check reports them)",
            )
        else:
            out[role.name] = spans[0] if spans else None
        out[f"{role.name}_cut"] = role.name in record.cut
    return out


def features(rt: RecordType, span: dict[str, Any]) -> Any:
    """The ``datasets`` feature of a record column: a list of record structs.

    Each record: the anchor span; each role a span (or null) when at most one, a list of
    spans when many; and ``<role>_cut``, true when the role's text ran past the sentence.
    """
    import datasets  # heavy; only releases need it

    struct: dict[str, Any] = {rt.anchor: span}
    for role in rt.roles:
        struct[role.name] = datasets.List(span) if role.many else span
    for role in rt.roles:
        struct[f"{role.name}_cut"] = datasets.Value("bool")
    return datasets.List(struct)


def _records_name(schema: Schema) -> str:
    return schema.records[0].name if len(schema.records) == 1 else "records"
