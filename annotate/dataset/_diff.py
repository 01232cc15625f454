"""What changed between two releases, and the semantic version step that calls for.

Semver for data: removing or renaming a field or a label breaks code that reads the
dataset (major); new sentences, removed sentences or a new field or label add to it
without breaking it (minor); corrected labels only, or nothing, is a patch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import yaml

from annotate.dataset._manifest import FieldSpec, Manifest
from annotate.dataset._splits import SPLITS

__all__ = ["ReleaseDiff", "Snapshot", "bump", "compare", "read_snapshot", "snapshot"]


@dataclass
class Snapshot:
    """The comparable content of a release: gold labels per sentence and the schema."""

    version: str | None
    fields: dict[str, FieldSpec]
    schema: dict[str, Any]
    gold: pd.DataFrame  # index sentence_id; "split" and one column per field (hashable)
    # Record columns (issue 16) in ``gold`` too; none in a release from before records.
    records: tuple[str, ...] = ()


@dataclass
class ReleaseDiff:
    """Differences from release ``old`` to release ``new``; ``str()`` gives Markdown."""

    old: str | None
    new: str | None
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    fields_added: list[str] = field(default_factory=list)
    fields_removed: list[str] = field(default_factory=list)
    labels_added: dict[str, list[str]] = field(default_factory=dict)
    labels_removed: dict[str, list[str]] = field(default_factory=dict)
    relabelled: dict[str, int] = field(default_factory=dict)
    counts: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    schema_old: dict[str, str] = field(default_factory=dict)
    schema_new: dict[str, str] = field(default_factory=dict)

    @property
    def level(self) -> str:
        """``major``, ``minor``, ``patch`` or ``none`` (see the module docstring)."""
        if self.old is None:
            return "major"
        if self.fields_removed or any(self.labels_removed.values()):
            return "major"
        if self.added or self.removed or self.fields_added or any(self.labels_added.values()):
            return "minor"
        if any(self.relabelled.values()) or self.moved or self.schema_old != self.schema_new:
            return "patch"
        return "none"

    def to_dict(self) -> dict[str, Any]:
        """Counts and lists, JSON-ready (sentence ids are counted, not listed)."""
        return {
            "old": self.old,
            "new": self.new,
            "level": self.level,
            "sentences_added": len(self.added),
            "sentences_removed": len(self.removed),
            "sentences_moved_split": len(self.moved),
            "fields_added": self.fields_added,
            "fields_removed": self.fields_removed,
            "labels_added": self.labels_added,
            "labels_removed": self.labels_removed,
            "relabelled": self.relabelled,
        }

    def __str__(self) -> str:
        return self.to_markdown()

    def to_markdown(self) -> str:
        """The changelog entry: sentences, labels per field, schema."""
        if self.old is None:
            return f"## {self.new}\n\nFirst release.\n"
        lines = [f"## {self.new} (from {self.old}): {self.level} change", ""]
        lines.append(
            f"- Sentences: {len(self.added)} added, {len(self.removed)} removed, "
            f"{len(self.moved)} moved to another split."
        )
        if self.schema_old != self.schema_new:
            lines.append(
                f"- Schema: {self.schema_old.get('name')} {self.schema_old.get('version')} -> "
                f"{self.schema_new.get('name')} {self.schema_new.get('version')}."
            )
        for label, names in (("added", self.fields_added), ("removed", self.fields_removed)):
            if names:
                lines.append(f"- Fields {label}: {', '.join(names)}.")
        per: dict[str, Any]  # reused below for labels (lists) and counts (pairs)
        for label, per in (("added", self.labels_added), ("removed", self.labels_removed)):
            for name, values in per.items():
                if values:
                    lines.append(f"- Labels {label} in {name}: {', '.join(values)}.")
        for name, n in self.relabelled.items():
            lines.append(f"- `{name}`: {n} sentence(s) present in both releases relabelled.")
        for name, per in self.counts.items():
            if not per:
                continue
            lines += ["", f"`{name}` | before | after", "---|---:|---:"]
            lines += [f"{label} | {b} | {a}" for label, (b, a) in per.items()]
        return "\n".join(lines) + "\n"


def compare(old: Snapshot, new: Snapshot) -> ReleaseDiff:
    """The diff from ``old`` to ``new``."""
    diff = ReleaseDiff(old=old.version, new=new.version, schema_old=old.schema)
    diff.schema_new = new.schema
    a, b = old.gold, new.gold
    diff.added = sorted(b.index.difference(a.index))
    diff.removed = sorted(a.index.difference(b.index))
    common = a.index.intersection(b.index)
    diff.moved = sorted(common[a.loc[common, "split"] != b.loc[common, "split"]])
    diff.fields_added = [f for f in new.fields if f not in old.fields]
    diff.fields_removed = [f for f in old.fields if f not in new.fields]
    for name in new.fields.keys() & old.fields.keys():
        before, after = old.fields[name].labels, new.fields[name].labels
        diff.labels_added[name] = [v for v in after if v not in before]
        diff.labels_removed[name] = [v for v in before if v not in after]
    for name in [f for f in new.fields if f in old.fields]:
        changed = a.loc[common, name].map(repr) != b.loc[common, name].map(repr)
        diff.relabelled[name] = int(changed.sum())
        if new.fields[name].kind == "spans":
            continue
        ca, cb = _label_counts(a[name]), _label_counts(b[name])
        labels = list(dict.fromkeys([*old.fields[name].labels, *new.fields[name].labels]))
        diff.counts[name] = {v: (ca[v], cb[v]) for v in [*labels, "(none)"] if ca[v] or cb[v]}
    # Records are counted like spans: sentences in both releases whose records differ.
    # A release from before records has no column to compare (its schema changed anyway).
    for name in [r for r in new.records if r in old.records]:
        changed = a.loc[common, name].map(repr) != b.loc[common, name].map(repr)
        diff.relabelled[name] = int(changed.sum())
    return diff


def _label_counts(column: pd.Series) -> Counter[str]:
    counts: Counter[str] = Counter()
    for value in column:
        if value is None:
            counts["(none)"] += 1
        elif isinstance(value, tuple):
            counts.update(value)
        else:
            counts[value] += 1
    return counts


def bump(version: str, level: str) -> str:
    """``version`` stepped by ``level`` (``none`` and ``patch`` both step the patch)."""
    major, minor, patch = (int(p) for p in version.split("+")[0].split("-")[0].split("."))
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def hashable(kind: str, labels: Sequence[str], value: Any) -> Any:
    """A release cell as a comparable value: label, tuple of labels, or span tuples."""
    if kind == "choice":
        return None if value is None or value < 0 else labels[value]
    if kind == "multi_choice":
        return tuple(labels[v] for v in value or ())
    return tuple((int(s["start"]), int(s["end"]), s["label"]) for s in value or ())


def hashable_records(value: Any) -> Any:
    """A release's record cell as a comparable value: per record, its keys in order with
    each span as ``(start, end, label)`` (texts follow from offsets), lists as tuples."""

    def part(v: Any) -> Any:
        if isinstance(v, dict):
            return (int(v["start"]), int(v["end"]), v["label"])
        if isinstance(v, list):
            return tuple(part(x) for x in v)
        return v

    return tuple(tuple((k, part(v)) for k, v in sorted(r.items())) for r in value or ())


def read_snapshot(root: Path, manifest: Manifest) -> Snapshot:
    """The snapshot of a verified release directory (its records named by its schema.yaml)."""
    # The names only, from the YAML itself: loading the schema would need its guidelines
    # file, which a release holds under another name.
    declared = yaml.safe_load((root / "schema.yaml").read_text(encoding="utf-8")) or {}
    records = tuple(str(r["name"]) for r in declared.get("records") or [])
    return snapshot(
        root, manifest.version, manifest.fields, manifest.schema.to_dict(), records=records
    )


def snapshot(
    root: Path,
    version: str,
    fields: dict[str, FieldSpec],
    schema: dict[str, Any],
    *,
    records: Sequence[str] = (),
) -> Snapshot:
    """The snapshot of the split files of ``root``, a release being built or a verified one."""
    frames = []
    for name in SPLITS:
        path = root / "data" / f"{name}.parquet"
        # A release built before records were released has no such column.
        present = [r for r in records if r in pq.read_schema(path).names]
        table = pq.read_table(path, columns=["sentence_id", *fields, *present])
        frame = pd.DataFrame({"sentence_id": table.column("sentence_id").to_pylist()})
        for f, spec in fields.items():
            cells = table.column(f).to_pylist()
            frame[f] = [hashable(spec.kind, spec.labels, c) for c in cells]
        for r in present:
            frame[r] = [hashable_records(c) for c in table.column(r).to_pylist()]
        frames.append(frame.assign(split=name))
    gold = pd.concat(frames, ignore_index=True).set_index("sentence_id")
    return Snapshot(version, fields, schema, gold, tuple(r for r in records if r in gold.columns))
