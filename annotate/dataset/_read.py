"""Reading a release for training, in one place so that a change of the release format
(written by ``annotate.dataset._release``) touches one function: :func:`read_release`. The
checks every reader of a release starts with (:func:`verify`, :func:`release_schema`) live here
too, so that model code reads releases without importing the writer.

The contract coded against: ``<release>/manifest.json`` with ``version``, ``schema``
``{name, version, sha256}`` and a sha256 per file, and ``<release>/data/<split>.parquet``
written with Hugging Face features metadata, so that every choice field is a ``ClassLabel``
column named after the schema field. Checksums are verified by :func:`verify`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from annotate._files import read_parquet
from annotate.dataset import _manifest
from annotate.errors import ReleaseError
from annotate.schema._schema import Schema, load_schema

__all__ = ["LoadedRelease", "read_release", "release_schema", "verify"]

SPLITS = ("train", "validation", "test")


@dataclass(frozen=True)
class LoadedRelease:
    """A release as the classifier sees it.

    Parameters
    ----------
    path : pathlib.Path
    version : str
    manifest_sha256 : str
        Hash of ``manifest.json`` itself, which pins every file it lists.
    schema : dict
        ``{name, version, sha256}`` from the manifest.
    labels : dict of str to list of str
        Every ``ClassLabel`` column (a choice field) and its label names in id order.
    splits : dict of str to pandas.DataFrame
        Label columns hold label names (``None`` when a sentence has no gold value).
    span_fields : list of str
        Columns holding a list of ``{start, end, label, ...}`` per sentence (spans fields).
    name : str
        The dataset card's ``pretty_name`` (the schema name when the card has none) as one
        lowercase token (``conll2010-wikipedia``), for model ids.
    metrics : dict of str to str
        Choice field -> the metric the release declares for it (empty when it declares none).
    """

    path: Path
    version: str
    manifest_sha256: str
    schema: dict[str, Any]
    labels: dict[str, list[str]]
    splits: dict[str, pd.DataFrame]
    span_fields: tuple[str, ...] = ()
    name: str = "release"
    metrics: dict[str, str] = field(default_factory=dict)


def read_release(release_dir: str | Path) -> LoadedRelease:
    """Read ``manifest.json`` and the split Parquet files, verifying the listed checksums.

    Raises
    ------
    ReleaseError
        If the manifest or the train split is missing, a checksum differs, or no column is a
        ``ClassLabel``.
    """
    import datasets

    root = Path(release_dir)
    manifest_path = root / "manifest.json"
    if not manifest_path.is_file():
        raise ReleaseError(
            f"{str(root)!r} is not a release: no manifest.json",
            hint="pass a folder written by 'annotate release', such as releases/1.0.0",
        )
    # One checksum check for every reader: the release module's (IntegrityError names the file).
    manifest = verify(root)
    splits: dict[str, pd.DataFrame] = {}
    labels: dict[str, list[str]] = {}
    span_fields: list[str] = []
    for split in SPLITS:
        path = root / "data" / f"{split}.parquet"
        if not path.is_file():
            continue
        table = read_parquet(path, f"release split {split}")
        feats = datasets.Features.from_arrow_schema(table.schema)
        df = table.to_pandas()
        for name, feat in feats.items():
            if isinstance(feat, datasets.ClassLabel):
                labels[name] = list(feat.names)
                # -1 is datasets' "no label"; a sentence without gold for this field.
                df[name] = [feat.names[i] if i is not None and i >= 0 else None for i in df[name]]
            elif _is_spans(feat) and name not in span_fields:
                span_fields.append(name)
        splits[split] = df
    if "train" not in splits:
        raise ReleaseError(
            f"{str(root)!r}: no data/train.parquet", hint="train needs a release with a train split"
        )
    if not labels:
        raise ReleaseError(
            f"{str(root)!r}: no ClassLabel column in data/train.parquet",
            hint="write the release with the schema's features so choice fields are ClassLabels",
        )
    return LoadedRelease(
        path=root,
        version=manifest.version,
        # Of the bytes verify checked: a second read could see another file.
        manifest_sha256=manifest.sha256,
        schema=manifest.schema.to_dict(),
        labels=labels,
        splits=splits,
        span_fields=tuple(span_fields),
        name=_name(root, manifest),
        metrics=dict(manifest.metrics or {}),
    )


def verify(release_dir: str | Path) -> _manifest.Manifest:
    """Recompute every checksum of a release, check its manifest, and return the manifest.

    The manifest's claims are checked against the files: the version (card title,
    changelog, a version-named folder), the parent, the rows of every split and of the
    per-annotator table, the schema (hash, name, version, fields of ``schema.yaml``) and
    the licence (the card's YAML). The returned manifest's ``sha256`` attribute is the hash
    of ``manifest.json``'s bytes (``sha256sum manifest.json``): one hash that pins the
    whole release.

    Raises
    ------
    IntegrityError
        Naming each file that was modified, removed or added, or each claim of the
        manifest that the files contradict.
    ReleaseError
        Not a release, or a release format this toolkit cannot read.
    """
    return _manifest.verify(Path(release_dir))


def release_schema(release_dir: str | Path) -> Schema:
    """The schema a release was built with, loaded from its own ``schema.yaml``.

    Raises
    ------
    ReleaseError
        When the schema's hash differs from the one the manifest recorded.
    """
    root = Path(release_dir)
    manifest = verify(root)
    schema = load_schema(root / "schema.yaml", guidelines=root / "guidelines.md")
    recorded = manifest.schema.sha256
    if recorded and recorded != schema.sha256:
        raise ReleaseError(
            f"{root / 'schema.yaml'}: schema sha256 {schema.sha256[:12]} differs from the "
            f"manifest's {recorded[:12]}",
            hint="the release was edited after it was written; rebuild it",
        )
    return schema


def _name(root: Path, manifest: _manifest.Manifest) -> str:
    """The card's ``pretty_name``, else the schema name, as a token without ``@`` or ``+``.

    Two corpora may share a schema (CoNLL-2010 Wikipedia and biological), so the schema name
    alone does not say which data a model saw. The card is among the files the manifest pins.
    """
    from annotate.schema._io import split_front_matter

    pretty = None
    card = root / "README.md"
    if card.is_file():
        try:
            pretty = split_front_matter(card.read_text(encoding="utf-8"))[0].get("pretty_name")
        except (UnicodeDecodeError, yaml.YAMLError):
            # Only a label: the manifest hash in the model id is what tells releases apart.
            pretty = None
    raw = str(pretty or manifest.schema.name or "release")
    return re.sub(r"[^a-z0-9._]+", "-", raw.lower()).strip("-") or "release"


def _is_spans(feat: Any) -> bool:
    """A list of structs with start, end and label: how the release writes a spans field."""
    import datasets

    inner = getattr(feat, "feature", None)
    if not isinstance(feat, datasets.List | datasets.Sequence) or not isinstance(inner, dict):
        return False
    return {"start", "end", "label"} <= set(inner)
