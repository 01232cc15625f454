"""A model's ``metrics.json``, typed: what was trained on which release, and how it scored.

The top level is typed (the release and schema as the records the manifest uses); each
field's scores stay the JSON object :func:`annotate.model._report.field_metrics` and the
selection write (``labels``, ``train_counts``, ``test_counts``, ``test``, ``warnings``,
``choice``, ``seconds``). :meth:`TrainMetrics.to_json` gives the bytes ``annotate train``
writes; keys a newer toolkit adds are kept in ``extra``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotate.dataset._manifest import JsonRecord, SchemaRef, from_json_object
from annotate.errors import IntegrityError
from annotate.model._meta import ReleaseRef

if TYPE_CHECKING:  # typing.Self is Python 3.11+
    from typing_extensions import Self

__all__ = ["METRICS_FILE", "TrainMetrics"]

METRICS_FILE = "metrics.json"

_HINT = "the file was edited or damaged: retrain with 'annotate train'"


@dataclass(frozen=True)
class TrainMetrics(JsonRecord):
    """The content of ``metrics.json``.

    ``from_dict(m.to_dict()) == m``, and :meth:`to_json` gives the bytes ``annotate train``
    writes.
    """

    model_version: str
    seed: int
    release: ReleaseRef
    schema: SchemaRef
    # Choice field -> its scores, counts, small-data warnings and what selection chose.
    fields: dict[str, dict[str, Any]]
    # Choice field -> (training sentences, macro-F1 on test) points, smallest first.
    learning_curve: dict[str, tuple[tuple[int, float | None], ...]]
    # Rows comparing the cold-start rules with the model (empty when no field is shared).
    rules_vs_model: tuple[dict[str, Any], ...]
    peak_rss_mb: float
    extra: dict[str, Any] = field(default_factory=dict)

    _ORDER = (
        "model_version",
        "seed",
        "release",
        "schema",
        "fields",
        "learning_curve",
        "rules_vs_model",
        "peak_rss_mb",
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = METRICS_FILE) -> Self:
        """Read what :meth:`to_dict` gives; ``where`` names the file in errors.

        Raises
        ------
        IntegrityError
            When a key is missing or holds a value of the wrong JSON type.
        """
        known = from_json_object(cls, data, where)
        for name, kind in (("fields", dict), ("learning_curve", dict), ("rules_vs_model", list)):
            if not isinstance(known[name], kind):
                raise IntegrityError(
                    f"{where}: {name} {known[name]!r} is not a JSON {kind.__name__}",
                    hint=_HINT,
                )
        curves = known["learning_curve"]
        if not all(
            isinstance(points, list) and all(isinstance(p, list) and len(p) == 2 for p in points)
            for points in curves.values()
        ):
            raise IntegrityError(
                f"{where}: learning_curve {curves!r} is not lists of [sentences, score]",
                hint=_HINT,
            )
        return cls(
            **{
                **known,
                "release": ReleaseRef.from_dict(known["release"], f"{where}: release"),
                "schema": SchemaRef.from_dict(known["schema"], f"{where}: schema"),
                "learning_curve": {
                    name: tuple((n, score) for n, score in points)
                    for name, points in curves.items()
                },
                "rules_vs_model": tuple(known["rules_vs_model"]),
            }
        )

    @classmethod
    def read(cls, model_dir: str | Path) -> Self:
        """The ``metrics.json`` of a model folder.

        Raises
        ------
        IntegrityError
            When the file is not JSON or not the object :meth:`to_json` writes.
        OSError
            When it cannot be read (missing, a folder, no permission).
        """
        path = Path(model_dir) / METRICS_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:  # not JSON, or not UTF-8
            raise IntegrityError(f"{path} is not JSON ({exc})", hint=_HINT) from exc
        return cls.from_dict(data, str(path))
