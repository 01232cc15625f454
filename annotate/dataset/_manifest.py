"""The release manifest: provenance, counts and the sha256 of every file.

``format_version`` says how the release directory is laid out. A loader reads every format
it knows (``READABLE``), so an old release keeps loading after the toolkit moves on; a
newer format is refused with a message to upgrade. ``created`` is the only field that
changes between two builds of the same release, and it is left out of every checksum.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from annotate._files import sha256_file
from annotate.dataset import _manifest_claims
from annotate.errors import IntegrityError, ReleaseError

if TYPE_CHECKING:  # typing.Self is Python 3.11+
    from typing_extensions import Self

__all__ = [
    "FORMAT_VERSION",
    "MANIFEST",
    "OPTIONAL",
    "Aggregation",
    "Counts",
    "FieldSpec",
    "JsonRecord",
    "Manifest",
    "NearDuplicates",
    "SchemaRef",
    "checksums",
    "from_json_object",
    "read",
    "to_json_object",
    "verify",
    "write",
]

#: 2: a spans column may be null, "not annotated", where 1 wrote an empty list for it too
#: (a format-1 release that marks no span of a field is read as not annotated there when
#: pooled for training: :func:`annotate.model._releases.pool`).
FORMAT_VERSION = 2
READABLE = (1, 2)
MANIFEST = "manifest.json"
# Field metadata of the records here and of model.json's (annotate.model._meta): a key older
# files lack (None, and left out when written); a field that is not a key of the JSON object.
OPTIONAL = {"optional": True}
_NOT_JSON = {"json": False}


# Types of the manifest's parts. Each keeps the keys it does not know (``extra``): a
# manifest from a newer toolkit of the same format loses nothing when read and written back.
# Keys a format-1 manifest may lack (written before they were recorded) are ``None`` here and
# left out when written, so an old file reads and writes back byte for byte.


class JsonRecord:
    """A frozen dataclass that is one JSON object: its fields are the keys it knows, in
    ``_ORDER`` when the class gives one (else in field order), and ``extra`` holds the rest.

    A subclass whose fields hold records or tuples converts them in its own ``from_dict``.
    """

    _ORDER: ClassVar[tuple[str, ...] | None] = None
    extra: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, keys in the order they are written."""
        return to_json_object(self, self._ORDER)

    def to_json(self) -> str:
        """The record as a file's text: two-space indented, ASCII, a final newline."""
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any, where: str = "") -> Self:
        """Read what :meth:`to_dict` gives; ``where`` names the object in errors.

        Raises
        ------
        IntegrityError
            When a key is missing or holds a value of the wrong JSON type.
        """
        return cls(**from_json_object(cls, data, where or cls.__name__))


@dataclass(frozen=True)
class SchemaRef(JsonRecord):
    """The schema a release was built with: ``Schema.provenance()`` as recorded."""

    name: str
    version: str
    guidelines_version: str | None
    sha256: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldSpec(JsonRecord):
    """A schema field as a release records it: its kind and its labels, in order."""

    kind: str
    labels: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any, where: str = "field") -> Self:
        """Read what :meth:`to_dict` gives; ``where`` names the object in errors."""
        known = from_json_object(cls, data, where)
        return cls(**{**known, "labels": tuple(_typed(known["labels"], list, f"{where}.labels"))})


@dataclass(frozen=True)
class Counts(JsonRecord):
    """What a release holds, counted (``counts`` of the manifest)."""

    sentences: int
    articles: int
    annotations: int
    annotation_rows: int
    annotators: int
    cancelled_annotations: int
    superseded_annotations: int
    without_gold: dict[str, int]
    excluded_annotations: int | None = field(default=None, metadata=OPTIONAL)
    excluded_by_rule: dict[str, int] | None = field(default=None, metadata=OPTIONAL)
    extra: dict[str, Any] = field(default_factory=dict)

    # Written in this order (the one of the first toolkit, with the exclusions added later
    # before without_gold).
    _ORDER = (
        "sentences",
        "articles",
        "annotations",
        "annotation_rows",
        "annotators",
        "cancelled_annotations",
        "superseded_annotations",
        "excluded_annotations",
        "excluded_by_rule",
        "without_gold",
    )


@dataclass(frozen=True)
class Aggregation(JsonRecord):
    """How gold labels were decided (``aggregation`` of the manifest)."""

    method: str
    min_annotators: int
    min_agreement: float
    methods_used: dict[str, int]
    review_queue: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NearDuplicates(JsonRecord):
    """Groups of near-duplicate sentences, and how many were moved to one split."""

    groups: int
    sentences: int
    moved: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest(JsonRecord):
    """The content of ``manifest.json``, and ``sha256``: the hash of the file's bytes.

    That one hash pins a whole release (the manifest lists the sha256 of every other
    file), so it is what a user or a model records; it equals ``sha256sum manifest.json``.
    ``sha256`` is empty for a manifest not read from a file, and is not compared.

    :meth:`to_json` gives the bytes :func:`write` writes, and ``from_json(m.to_json())``
    equals ``m``: a manifest read and written back is the same file.
    """

    version: str
    created: str
    parent: str | None
    toolkit_version: str
    text_policy: str
    license: str
    project: dict[str, Any] | None
    schema: SchemaRef
    fields: dict[str, FieldSpec]
    splits: dict[str, int]
    split_unit: str
    ratios: tuple[float, ...] | None
    counts: Counts
    aggregation: Aggregation
    near_duplicates: NearDuplicates
    agreement: dict[str, dict[str, float | None]]
    unpublished_columns: tuple[str, ...]
    files: dict[str, str] = field(default_factory=dict)
    # Absent from releases made before official splits existed.
    split_method: str | None = field(default=None, metadata=OPTIONAL)
    # Record type -> how it links span fields (anchor, roles), as the schema declares it:
    # the ``attributions`` column's structure is readable from the release alone. Absent
    # from releases of schemas without records and from those made before records existed.
    records: dict[str, dict[str, Any]] | None = field(default=None, metadata=OPTIONAL)
    # Choice field -> the metric a model of it is selected and judged by (``macro-f1`` or
    # ``f1:<label>``), when the release declares one (a public corpus's official metric).
    metrics: dict[str, str] | None = field(default=None, metadata=OPTIONAL)
    # A public corpus's import (``annotate import-corpus``): its name, its kind and what the
    # adapter rewrote or chose, counted; absent from releases of Label Studio annotations.
    origin: dict[str, Any] | None = field(default=None, metadata=OPTIONAL)
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)
    sha256: str = field(default="", compare=False, metadata=_NOT_JSON)

    # The order build has always written; keys another writer adds (``extra``) go before
    # ``files``, which stays last.
    _ORDER = (
        "format_version",
        "version",
        "created",
        "parent",
        "toolkit_version",
        "text_policy",
        "license",
        "project",
        "origin",
        "schema",
        "fields",
        "records",
        "metrics",
        "splits",
        "split_unit",
        "split_method",
        "ratios",
        "counts",
        "aggregation",
        "near_duplicates",
        "agreement",
        "unpublished_columns",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, keys in the order they are written; ``files`` last."""
        return {**to_json_object(self, self._ORDER), "files": dict(self.files)}

    def to_json(self) -> str:
        """The text of ``manifest.json``: two-space indented, UTF-8, a final newline."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"

    @classmethod
    def from_dict(cls, data: Any, where: str = MANIFEST, sha256: str = "") -> Self:
        """Read what :meth:`to_dict` gives; ``where`` names the file in errors.

        Raises
        ------
        IntegrityError
            When a key is missing or holds a value of the wrong JSON type.
        """
        known = from_json_object(cls, data, where)
        fields = _typed(known["fields"], dict, f"{where}: fields")
        ratios = known["ratios"]
        return cls(
            **{
                **known,
                "schema": SchemaRef.from_dict(known["schema"], f"{where}: schema"),
                "fields": {
                    name: FieldSpec.from_dict(spec, f"{where}: fields.{name}")
                    for name, spec in fields.items()
                },
                "ratios": None if ratios is None else tuple(_typed(ratios, list, "ratios")),
                "counts": Counts.from_dict(known["counts"], f"{where}: counts"),
                "aggregation": Aggregation.from_dict(known["aggregation"], f"{where}: aggregation"),
                "near_duplicates": NearDuplicates.from_dict(
                    known["near_duplicates"], f"{where}: near_duplicates"
                ),
                "unpublished_columns": tuple(
                    _typed(known["unpublished_columns"], list, f"{where}: unpublished_columns")
                ),
            },
            sha256=sha256,
        )

    @classmethod
    def from_json(cls, raw: str | bytes, where: str = MANIFEST) -> Self:
        """Parse the bytes of a ``manifest.json``; ``sha256`` is their hash.

        Raises
        ------
        IntegrityError
            When ``raw`` is not a JSON object or a key is missing or of the wrong type.
        """
        data = raw.encode("utf-8") if isinstance(raw, str) else raw
        try:
            parsed = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise IntegrityError(f"{where} is not valid JSON ({exc})") from exc
        return cls.from_dict(parsed, where, sha256=hashlib.sha256(data).hexdigest())


def checksums(root: Path) -> dict[str, str]:
    """Relative POSIX path -> sha256 of every file under ``root`` but the manifest."""
    return {
        p.relative_to(root).as_posix(): sha256_file(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).as_posix() != MANIFEST
    }


def write(root: Path, manifest: Manifest) -> Manifest:
    """Write ``manifest`` with the checksums of every other file of ``root``; return what
    was written, as read back (with its ``sha256``)."""
    path = root / MANIFEST
    path.write_text(replace(manifest, files=checksums(root)).to_json())
    return read(root)


def read(root: Path) -> Manifest:
    """The manifest of the release at ``root``, checked for a readable format version."""
    path = Path(root) / MANIFEST
    if not path.is_file():
        raise ReleaseError(
            f"{root} is not a release: it has no {MANIFEST}",
            hint="give a directory written by `annotate release`",
        )
    # Parsed and hashed from the same bytes: the printed hash is of what was checked.
    raw = path.read_bytes()
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IntegrityError(f"{path} is not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise IntegrityError(f"{path} is not a JSON object")
    # Checked before the keys: a newer format may name them otherwise, and "upgrade" is
    # the advice for it, not "damaged".
    version = data.get("format_version")
    if version not in READABLE:
        raise ReleaseError(
            f"{root} has release format {version!r}; this toolkit reads "
            f"{', '.join(map(str, READABLE))}",
            hint="upgrade the toolkit (pip install -U annotate)",
        )
    return Manifest.from_dict(data, str(path), sha256=hashlib.sha256(raw).hexdigest())


def verify(root: Path) -> Manifest:
    """Recompute every checksum and check the manifest's claims against the files.

    Raise naming each file that is missing, extra or changed, or, when the files match,
    each claim (version, parent, row counts, schema, licence) they contradict.
    """
    root = Path(root)
    data = read(root)
    recorded = data.files
    actual = checksums(root)
    changed = sorted(k for k in recorded.keys() & actual.keys() if recorded[k] != actual[k])
    missing = sorted(recorded.keys() - actual.keys())
    extra = sorted(actual.keys() - recorded.keys())
    problems = (
        [f"{name}: checksum mismatch (modified)" for name in changed]
        + [f"{name}: missing" for name in missing]
        + [f"{name}: not in the manifest (added)" for name in extra]
    )
    if not problems:
        # Only once the files are the recorded ones: the claims are checked against them.
        problems = [f"{MANIFEST}: {claim}" for claim in _manifest_claims.problems(root, data)]
    if problems:
        raise IntegrityError(
            f"release {root} failed verification:\n  - " + "\n  - ".join(problems),
            hint="releases are immutable: restore the files from the published copy "
            "or rebuild the release under a new version",
        )
    return data


def to_json_object(record: Any, order: Sequence[str] | None = None) -> dict[str, Any]:
    """``record`` as a JSON object: its keys in ``order`` (its fields' order by default),
    optional ones left out when ``None``, then the keys it kept but does not know."""
    meta = {f.name: f.metadata for f in fields(record)}
    names = order or [n for n, m in meta.items() if n != "extra" and m.get("json", True)]
    out = {}
    for name in names:
        value = getattr(record, name)
        if value is None and meta[name].get("optional"):
            continue
        out[name] = _json_value(value)
    return {**out, **record.extra}


def _json_value(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def from_json_object(cls: Any, data: Any, where: str) -> dict[str, Any]:
    """The keyword arguments of ``cls`` from the JSON object ``data``: its known keys, and
    the others as ``extra``. A key without a default in ``cls`` must be there."""
    data = _typed(data, dict, where)
    names = {f.name: f for f in fields(cls) if f.name != "extra" and f.metadata.get("json", True)}
    missing = [
        n
        for n, f in names.items()
        if n not in data and not f.metadata.get("optional") and _required(f)
    ]
    if missing:
        raise IntegrityError(
            f"{where}: no {', '.join(map(repr, missing))}",
            hint="the manifest was edited or damaged: restore it from the published copy",
        )
    known = {k: v for k, v in data.items() if k in names}
    return {**known, "extra": {k: v for k, v in data.items() if k not in names}}


def _required(f: Any) -> bool:
    return f.default is MISSING and f.default_factory is MISSING


def _typed(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        raise IntegrityError(
            f"{where}: {value!r} is not a JSON {'object' if kind is dict else 'array'}",
            hint="the manifest was edited or damaged: restore it from the published copy",
        )
    return value
