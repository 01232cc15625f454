"""A model's ``model.json``: what it was trained on and the labels of each field, typed.

``format_version`` says how the model folder is laid out (see
:data:`annotate.model._model_file.FORMAT_VERSION`). Files written before it was recorded read as
format 0; they also lack ``release_manifest_sha256`` and the release's ``name``. Those keys
are ``None`` (and the version 0) here and are left out when written, so every model.json
reads and writes back byte for byte; keys a newer toolkit adds are kept in ``extra``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotate.dataset._manifest import (
    OPTIONAL,
    JsonRecord,
    SchemaRef,
    from_json_object,
    to_json_object,
)
from annotate.errors import IntegrityError

if TYPE_CHECKING:  # typing.Self is Python 3.11+
    from typing_extensions import Self

__all__ = ["ModelMeta", "ReleaseRef"]


@dataclass(frozen=True)
class ReleaseRef(JsonRecord):
    """The release a model was trained on."""

    version: str
    manifest_sha256: str
    # Absent in format 0: model ids did not yet name the release.
    name: str | None = field(default=None, metadata=OPTIONAL)
    extra: dict[str, Any] = field(default_factory=dict)

    _ORDER = ("name", "version", "manifest_sha256")


@dataclass(frozen=True)
class ModelMeta(JsonRecord):
    """The content of ``model.json``.

    ``from_dict(m.to_dict()) == m``, and :meth:`to_json` gives the bytes ``annotate train``
    writes.
    """

    model_version: str
    schema: SchemaRef
    fields: dict[str, tuple[str, ...]]  # choice field -> its labels, in id order
    release: ReleaseRef | None = field(default=None, metadata=OPTIONAL)
    release_manifest_sha256: str | None = field(default=None, metadata=OPTIONAL)
    format_version: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    _ORDER = (
        "format_version",
        "model_version",
        "release_manifest_sha256",
        "release",
        "schema",
        "fields",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, keys in the order they are written."""
        data = to_json_object(self, self._ORDER)
        if self.format_version == 0:
            # Format 0 is the files that predate the key.
            del data["format_version"]
        return data

    @classmethod
    def from_dict(cls, data: Any, where: str = "model.json") -> Self:
        """Read what :meth:`to_dict` gives; ``where`` names the file in errors.

        Raises
        ------
        IntegrityError
            When a key is missing or holds a value of the wrong JSON type.
        """
        known = from_json_object(cls, data, where)
        labels = known["fields"]
        if not isinstance(labels, dict) or not all(isinstance(v, list) for v in labels.values()):
            raise IntegrityError(
                f"{where}: fields {labels!r} is not an object of label lists",
                hint="the file was edited or damaged: retrain with 'annotate train'",
            )
        release = known.get("release")
        return cls(
            **{
                **known,
                "schema": SchemaRef.from_dict(known["schema"], f"{where}: schema"),
                "fields": {name: tuple(values) for name, values in labels.items()},
                "release": None
                if release is None
                else ReleaseRef.from_dict(release, f"{where}: release"),
            }
        )
