"""The plain data objects of a schema, kept apart from the code that reads, checks and
renders them so that each helper module can import them without a cycle."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

KINDS = ("choice", "multi_choice", "spans")
SEVERITIES = ("error", "warning")

# The Label Studio object tag that every control labels; span offsets are relative to it.
TEXT_OBJECT = "text"
# Task data keys agreed with the push stage. The first four are shown to the annotator;
# the ids travel with the task so that pull can join annotations back to sentences.
TASK_DATA_KEYS = ("text", "title", "context_before", "context_after", "sentence_id", "article_id")
# The task data key that carries feedback to the annotators (``annotate feedback``). The view
# shows it above the sentence when a task has it; push never sends it, pull never reads it.
FEEDBACK_KEY = "feedback"
# A release's split tables hold record type R's soft label in the column R + this suffix, so
# no field may be named so (the schema refuses it).
SOFT_SUFFIX = "_soft"
# The values key under which ``parse_result`` hands links that joined no record to
# ``check``; present only when there are some, so clean values round-trip unchanged.
STRAY_LINKS = "_stray_links"


@dataclass(frozen=True)
class Label:
    """One value a field can take.

    Parameters
    ----------
    value : str
        The value stored in annotations and releases.
    hotkey : str
        The key that selects it in Label Studio; unique across the whole schema.
    description : str
        One line for annotators, shown as a hint in Label Studio.
    """

    value: str
    hotkey: str
    description: str

    @property
    def title(self) -> str:
        """The answer as annotators read it (``rule_or_policy`` -> ``Rule or policy``).

        Only shown: annotations and releases keep ``value``. Derived rather than a schema
        key, so that readable answers change no schema's hash.
        """
        text = self.value.replace("_", " ").strip() or self.value
        # Only the first letter: a value such as "EU_law" keeps its capitals.
        return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Field:
    """One question asked about every sentence.

    Parameters
    ----------
    name : str
        A Python identifier; also the Label Studio control name and the release column.
    kind : {"choice", "multi_choice", "spans"}
        One label, any number of labels, or labelled character spans of the sentence.
    labels : tuple of Label
        The allowed values, in the order used for ``ClassLabel`` ids.
    required : bool
        Whether an annotation without a value for this field is a violation.
    description : str
        What the field asks, shown above its control.
    """

    name: str
    kind: str
    labels: tuple[Label, ...]
    required: bool = False
    description: str = ""

    @cached_property
    def values(self) -> tuple[str, ...]:
        """The label values in schema order."""
        # Cached (frozen: the labels never change): a pull asks a dozen times per annotation.
        return tuple(label.value for label in self.labels)

    @property
    def title(self) -> str:
        """A human heading derived from the name (``claim_type`` -> ``Claim type``)."""
        return self.name.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Rule:
    """A declarative cross-field consistency rule.

    When ``when_field`` holds one of ``when_is``, the spans field ``require_span`` must
    have at least one span, or ``forbid_span`` must have none.

    Parameters
    ----------
    id : str
        Stable identifier reported in violations.
    when_field : str
        A choice or multi_choice field.
    when_is : tuple of str
        Values of ``when_field`` that trigger the rule.
    severity : {"error", "warning"}
        How pull and release treat a violation.
    message : str
        What the annotator did wrong, in the guidelines' words.
    require_span, forbid_span : str or None
        Exactly one names a spans field.
    """

    id: str
    when_field: str
    when_is: tuple[str, ...]
    severity: str
    message: str
    require_span: str | None = None
    forbid_span: str | None = None
    require_record: str | None = None
    forbid_record: str | None = None
    require_role: str | None = None

    @property
    def span_field(self) -> str:
        """The spans field the rule constrains ("" for a rule on records)."""
        return self.require_span or self.forbid_span or ""

    @property
    def target(self) -> str:
        """What the rule constrains: a spans field, a record or ``record.role``."""
        return (
            self.span_field or self.require_record or self.forbid_record or self.require_role or ""
        )


@dataclass(frozen=True)
class Role:
    """One part of a record other than its anchor: spans of one spans field linked to it.

    Parameters
    ----------
    name : str
        The key in the record (``source``); also the Label Studio relation label.
    field : str
        The spans field whose spans play this role.
    many : bool
        ``False``: at most one span (a release stores a span or null); ``True``: zero or
        more (a list), for parts that may be split, as a quote around "he said" is.
    absent_label : str or None
        A label of the anchor field saying that this role has no span in the text at all
        (PolNeAR's ``Attribution-no-source``): a cue carrying it is complete without the
        role, whereas a cue with no link is an oversight.
    description : str
        What the role is, for annotators.
    """

    name: str
    field: str
    many: bool = False
    absent_label: str | None = None
    description: str = ""


@dataclass(frozen=True)
class RecordType:
    """A structure linking spans of several spans fields, anchored on one span.

    Annotators draw links (Label Studio relations) from an anchor span to the spans that
    play a role in it; every anchor span is exactly one record. Values, releases and
    predictions carry records as :class:`Record`.

    Parameters
    ----------
    name : str
        The values key and the release column (``attributions``).
    anchor : str
        The key of the anchor span in a record (``cue``).
    anchor_field : str
        The spans field whose every span is the anchor of one record.
    roles : tuple of Role
    description : str
    """

    name: str
    anchor: str
    anchor_field: str
    roles: tuple[Role, ...]
    description: str = ""

    def role(self, name: str) -> Role | None:
        """The role called ``name``, or ``None``."""
        return next((r for r in self.roles if r.name == name), None)

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys of a record row: the anchor, each role and each role's cut flag."""
        return (self.anchor, *(r.name for r in self.roles), *(f"{r.name}_cut" for r in self.roles))


@dataclass(frozen=True, order=True)
class Span:
    """A labelled character span of the sentence (``text == sentence[start:end]``)."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Violation:
    """A consistency problem in one annotation, reported rather than raised.

    Parameters
    ----------
    rule : str
        The rule id: a schema rule, or a built-in check (``required``,
        ``span-in-sentence``, ``span-text``).
    severity : {"error", "warning"}
    message : str
    field : str
        The field the violation is about.
    task_id, annotator : optional
        Passed through from the caller so reports can be grouped.
    """

    rule: str
    severity: str
    message: str
    field: str
    task_id: int | str | None = None
    annotator: str | None = None


@dataclass(frozen=True)
class Record:
    """One record of an annotation: an anchor span and the spans linked to it by role.

    Two records are equal when they link the same spans, whatever order the roles or
    spans were given in (both are kept sorted).

    Parameters
    ----------
    anchor : Span
        A span of the record type's anchor field (the cue).
    roles : mapping of str to sequence of Span
        Role name to its spans; a role with no span may be left out. Stored as sorted
        ``(name, spans)`` pairs, empty roles dropped.
    cut : collection of str
        Roles whose text runs past the sentence and was cut at its boundary (set by
        corpus imports such as PolNeAR, where a quote may span several sentences).

    Examples
    --------
    >>> cue = Span(10, 14, "attribution_cue", "said")
    >>> r = Record(cue, {"content": [Span(15, 20, "content", "it is")]})
    >>> r.spans("content"), r.spans("source")
    ((Span(start=15, end=20, label='content', text='it is'),), ())
    """

    anchor: Span
    roles: Any = ()
    cut: Any = ()

    def __post_init__(self) -> None:
        # Normalised so that equality and hashing ignore the order things were given in.
        items = self.roles.items() if isinstance(self.roles, Mapping) else self.roles
        pairs = tuple(sorted((str(k), tuple(sorted(v))) for k, v in items if v))
        object.__setattr__(self, "roles", pairs)
        object.__setattr__(self, "cut", tuple(sorted(set(self.cut))))

    def spans(self, role: str) -> tuple[Span, ...]:
        """The spans linked in ``role`` (empty when none)."""
        return next((spans for name, spans in self.roles if name == role), ())

    def __lt__(self, other: Record) -> bool:
        return (self.anchor, self.roles, self.cut) < (other.anchor, other.roles, other.cut)


@dataclass(frozen=True)
class StrayLink:
    """A link that joins no record: reported by ``Schema.check``, never stored.

    Parameters
    ----------
    rule : str
        ``link-endpoints`` (an end is missing or not a span of the right field) or
        ``link-role`` (the label names no role, or a role of another field).
    message : str
        What is wrong and what to do.
    field : str
        The record type's name.
    """

    rule: str
    message: str
    field: str
