"""The plain data objects of a schema, kept apart from the code that reads, checks and
renders them so that each helper module can import them without a cycle."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

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

    @property
    def span_field(self) -> str:
        """The spans field the rule constrains."""
        return self.require_span or self.forbid_span or ""


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
