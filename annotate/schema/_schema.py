"""Schemas as code: one YAML file defines a labelling task, and everything else derives from it.

A schema names the fields asked about every sentence (``choice``, ``multi_choice`` or
``spans``), their labels with descriptions and hotkeys, declarative consistency rules, and
its guidelines. From it come the Label Studio XML (``Schema.label_config``), the annotator
instructions (``Schema.instructions_html``), the release features (``Schema.features``),
the parsing and checking of pulled annotations (``Schema.parse_result``, ``Schema.check``),
and provenance for releases (``Schema.provenance``).

Examples
--------
>>> schema = load_schema("news-stance")  # a bundled schema's name, or the path of a YAML file
>>> schema.name, schema.version
('news-stance', '1.1.0')
>>> [f.name for f in schema.fields]
['claim_type', 'hedging', 'hedge_cue', 'attribution', 'source', 'attribution_cue', 'content']
>>> [(r.name, r.anchor, [role.name for role in r.roles]) for r in schema.records]
[('attributions', 'cue', ['source', 'content'])]
>>> values = schema.parse_result(
...     [{"from_name": "hedging", "to_name": "text", "type": "choices",
...       "value": {"choices": ["hedged"]}}],
...     "Missiles reportedly arrived.",
... )
>>> [v.rule for v in schema.check(values, "Missiles reportedly arrived.")]
['required', 'required', 'hedged-needs-cue']
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotate.errors import SchemaError
from annotate.schema import _consistency, _label_config, _records
from annotate.schema import _io as _schema_io
from annotate.schema._bundle import DEFAULT_SCHEMA, bundled_schemas, locate
from annotate.schema._types import (
    STRAY_LINKS,
    TASK_DATA_KEYS,
    Field,
    Label,
    Record,
    RecordType,
    Role,
    Rule,
    Span,
    Violation,
)

if TYPE_CHECKING:
    import datasets

__all__ = [
    "DEFAULT_SCHEMA",
    "TASK_DATA_KEYS",
    "AnnotationValues",
    "Field",
    "Label",
    "Record",
    "RecordType",
    "Role",
    "Rule",
    "Schema",
    "Span",
    "Violation",
    "bundled_schemas",
    "load_schema",
]

#: Per-field values of one annotation: ``str | None`` for a choice field, ``list[str]``
#: for multi_choice, ``list[Span]`` for spans, and ``list[Record]`` under each record
#: type's name (sorted by anchor; every anchor span is the anchor of exactly one record).
AnnotationValues = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Schema:
    """A labelling task: fields, labels, rules, version and guidelines.

    Build one with :func:`load_schema`; two schemas are equal when their content is,
    wherever they were loaded from.

    Parameters
    ----------
    name : str
        A slug such as ``news-stance``.
    version : str
        Semantic version of the schema; a release records it.
    description : str
    guidelines : str
        Path of the guidelines Markdown, relative to the schema file.
    guidelines_version : str
        Semantic version that the guidelines' front matter must declare.
    fields : tuple of Field
    rules : tuple of Rule
    records : tuple of RecordType
        Structures linking spans of several fields (who said what, with which cue); each
        is a values key and a release column of its own, after the fields.
    guidelines_text : str
        The guidelines Markdown as read at load time.
    path : pathlib.Path or None
        Where the schema was loaded from.
    """

    name: str
    version: str
    description: str
    guidelines: str
    guidelines_version: str
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...] = ()
    records: tuple[RecordType, ...] = ()
    guidelines_text: str = dataclasses.field(default="", compare=False, repr=False)
    path: Path | None = dataclasses.field(default=None, compare=False, repr=False)

    def field(self, name: str) -> Field:
        """Return the field called ``name``.

        Raises
        ------
        SchemaError
            If there is no such field; the message lists the fields there are.
        """
        for f in self.fields:
            if f.name == name:
                return f
        raise SchemaError(
            f"schema {self.name}: no field {name!r}",
            hint=f"use one of: {', '.join(f.name for f in self.fields)}",
        )

    def record(self, name: str) -> RecordType:
        """Return the record type called ``name``.

        Raises
        ------
        SchemaError
            If there is no such record; the message lists the records there are.
        """
        for r in self.records:
            if r.name == name:
                return r
        raise SchemaError(
            f"schema {self.name}: no record {name!r}",
            hint=f"use one of: {', '.join(r.name for r in self.records) or '(none defined)'}",
        )

    @property
    def sha256(self) -> str:
        """Hash of the canonical content: stable across formatting, comments and location.

        Parts a schema leaves empty (no ``records``, a rule's unused targets) are left out,
        so a schema written before they existed keeps its hash, and its releases verify.
        """
        parts = self._parts()
        if not parts["records"]:
            del parts["records"]
        canonical = json.dumps(parts, default=_plain, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def provenance(self) -> dict[str, str]:
        """What a release records about the schema that produced it."""
        return {
            "name": self.name,
            "version": self.version,
            "guidelines_version": self.guidelines_version,
            "sha256": self.sha256,
        }

    def to_yaml(self) -> str:
        """Serialise to YAML that :func:`load_schema` reads back into an equal schema.

        Comments and key order of the original file are not kept.
        """
        return _schema_io.dump(self._parts())

    def label_config(self) -> str:
        """The Label Studio labelling interface XML.

        Task data keys (the contract with push): ``text`` is the sentence, shown large, and
        the only object controls label, so span offsets are relative to it; ``title``,
        ``context_before`` and ``context_after`` are shown small and muted; ``sentence_id``
        and ``article_id`` travel with the task unseen. Each field is one control named
        after it: ``Choices`` (``showInline``, single or multiple) for choice fields and
        one ``Labels`` per spans field. Schema name, version, guidelines version and
        hash are recorded in an XML comment and a small header.
        """
        return _label_config.label_config(self)

    def instructions_html(self) -> str:
        """The guidelines as HTML for the project's ``expert_instruction``.

        Rendered with ``markdown-it-py`` (installed with ``rich``), raw HTML escaped.
        """
        if not self.guidelines_text:
            raise SchemaError(
                f"schema {self.name}: guidelines text was not loaded",
                hint="build the schema with load_schema() so the guidelines are read",
            )
        return _label_config.instructions_html(self)

    def features(self) -> datasets.Features:
        """The ``datasets.Features`` of the label columns of a released sentence row.

        ``ClassLabel`` (names in schema order) for a choice field, a list of ``ClassLabel``
        for multi_choice, and a list of ``{start, end, label, text}`` for spans; then, per
        record type, a list of records (``{cue: span, source: span or null, content: list
        of spans, source_cut: bool, content_cut: bool}`` for ``attributions``). The
        release adds its own id and text columns.
        """
        import datasets  # heavy; only releases need it

        span = {
            "start": datasets.Value("int32"),
            "end": datasets.Value("int32"),
            "label": datasets.Value("string"),
            "text": datasets.Value("string"),
        }
        out: dict[str, Any] = {}
        for f in self.fields:
            if f.kind == "choice":
                out[f.name] = datasets.ClassLabel(names=list(f.values))
            elif f.kind == "multi_choice":
                out[f.name] = datasets.List(datasets.ClassLabel(names=list(f.values)))
            else:
                out[f.name] = datasets.List(span)
        for r in self.records:
            out[r.name] = _records.features(r, span)
        return datasets.Features(out)

    def to_row(self, values: AnnotationValues) -> dict[str, Any]:
        """Values as a plain row matching :meth:`features` (spans become dicts)."""
        _consistency.validate(self, values)
        row = _consistency.empty_values(self) | dict(values)
        for f in self.fields:
            if f.kind == "spans":
                row[f.name] = [dataclasses.asdict(s) for s in row[f.name]]
            elif f.kind == "multi_choice":
                row[f.name] = list(row[f.name])
        for r in self.records:
            row[r.name] = [_records.row(r, record) for record in row[r.name]]
        row.pop(STRAY_LINKS, None)
        return row

    def parse_result(self, result: list[dict[str, Any]], text: str) -> AnnotationValues:
        """Convert one Label Studio annotation ``result`` into per-field values.

        Every field is present in the output: ``None`` or ``[]`` when not annotated (a
        missing required field is reported by :meth:`check`, not raised here). Spans are
        sorted; offsets sent in UTF-16 units by the browser are converted to code points.

        Raises
        ------
        LabelError
            Listing every value the schema does not know, unknown control names, wrong
            result types, and one-choice fields holding two values, with the valid choices.
        """
        return _consistency.parse_result(self, result, text)

    def to_result(self, values: AnnotationValues) -> list[dict[str, Any]]:
        """Per-field values as a Label Studio ``result`` list (for predictions, gold).

        ``parse_result(to_result(values), text)`` gives ``values`` back.
        """
        return _consistency.to_result(self, values)

    def check(
        self,
        values: AnnotationValues,
        text: str,
        *,
        task_id: int | str | None = None,
        annotator: str | None = None,
    ) -> list[Violation]:
        """Check one annotation; return its violations (empty when consistent).

        Built-in checks: ``required`` fields have a value, every span lies inside the
        sentence (``span-in-sentence``) and its text matches its offsets (``span-text``).
        Then every schema rule, reported under its own id and severity.

        Raises
        ------
        LabelError
            If ``values`` hold fields or labels the schema does not know.
        """
        return _consistency.check(self, values, text, task_id=task_id, annotator=annotator)

    def _parts(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.compare}


def load_schema(path: str | Path, *, guidelines: str | Path | None = None) -> Schema:
    """Load and validate a schema, by file path or bundled name, and its guidelines.

    Parameters
    ----------
    path : str or pathlib.Path
        The schema file, e.g. ``schemas/news-stance.yaml``, or the name of a schema shipped
        with the package, e.g. ``news-stance`` (see :func:`bundled_schemas`). An existing
        file wins over a name; a name is a value without a slash and without ``.yaml``.
        The guidelines are read beside the file found, wherever it is installed.
    guidelines : str or pathlib.Path, optional
        Read the guidelines from this file instead of the schema's ``guidelines`` path
        (a release keeps them as ``guidelines.md``); the schema, and its hash, are the same.

    Raises
    ------
    SchemaError
        Naming the file, the field and the bad value, with the valid choices and the fix:
        YAML syntax errors (with the line), unknown kinds or keys, duplicate or empty
        labels, field names that are not identifiers, missing or non-semver versions,
        duplicate hotkeys, rules naming unknown fields or labels, guidelines whose
        version differs; a name no bundled schema has, listing those that exist.
    """
    override = None if guidelines is None else Path(guidelines)
    return Schema(**_schema_io.read(locate(path), override))


# Rule targets added after schemas were first hashed: absent from the hash when unused.
_NEWER_RULE_KEYS = ("require_record", "forbid_record", "require_role")


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = dataclasses.asdict(obj)
        if isinstance(obj, Rule):
            out = {k: v for k, v in out.items() if k not in _NEWER_RULE_KEYS or v is not None}
        return out
    raise TypeError(f"cannot hash {type(obj).__name__}")
