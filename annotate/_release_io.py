"""Reading a release for training, in one place so that a change of the release format
(written by ``annotate.release``) touches one function: :func:`load_release`.

The contract coded against: ``<release>/manifest.json`` with ``version``, ``schema``
``{name, version, sha256}`` and a sha256 per file, and ``<release>/data/<split>.parquet``
written with Hugging Face features metadata, so that every choice field is a ``ClassLabel``
column named after the schema field. :func:`write_release` writes the same layout; it exists
for tests and benchmarks until the release writer is there.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from annotate.errors import AnnotateError

SPLITS = ("train", "validation", "test")
ID_COLUMNS = ("sentence_id", "article_id", "text", "context_before", "context_after")


class ReleaseReadError(AnnotateError, ValueError):
    """A release cannot be read for training (missing files, bad checksums, no labels)."""


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
    """

    path: Path
    version: str
    manifest_sha256: str
    schema: dict[str, Any]
    labels: dict[str, list[str]]
    splits: dict[str, pd.DataFrame]


def load_release(release_dir: str | Path) -> LoadedRelease:
    """Read ``manifest.json`` and the split Parquet files, verifying the listed checksums.

    Raises
    ------
    ReleaseReadError
        If the manifest or the train split is missing, a checksum differs, or no column is a
        ``ClassLabel``.
    """
    import datasets
    import pyarrow.parquet as pq

    root = Path(release_dir)
    manifest_path = root / "manifest.json"
    if not manifest_path.is_file():
        raise ReleaseReadError(
            f"{str(root)!r} is not a release: no manifest.json",
            hint="pass a folder written by 'annotate release', such as releases/1.0.0",
        )
    raw = manifest_path.read_bytes()
    manifest = json.loads(raw)
    for rel, expected in _checksums(manifest).items():
        path = root / rel
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() != expected:
            raise ReleaseReadError(
                f"{rel}: sha256 differs from manifest.json; the release was changed after writing",
                hint="releases are immutable: restore the file or write a new release",
            )
    splits: dict[str, pd.DataFrame] = {}
    labels: dict[str, list[str]] = {}
    for split in SPLITS:
        path = root / "data" / f"{split}.parquet"
        if not path.is_file():
            continue
        table = pq.read_table(path)
        feats = datasets.Features.from_arrow_schema(table.schema)
        df = table.to_pandas()
        for name, feat in feats.items():
            if isinstance(feat, datasets.ClassLabel):
                labels[name] = list(feat.names)
                # -1 is datasets' "no label"; a sentence without gold for this field.
                df[name] = [feat.names[i] if i is not None and i >= 0 else None for i in df[name]]
        splits[split] = df
    if "train" not in splits:
        raise ReleaseReadError(
            f"{str(root)!r}: no data/train.parquet", hint="train needs a release with a train split"
        )
    if not labels:
        raise ReleaseReadError(
            f"{str(root)!r}: no ClassLabel column in data/train.parquet",
            hint="write the release with the schema's features so choice fields are ClassLabels",
        )
    return LoadedRelease(
        path=root,
        version=str(manifest.get("version", root.name)),
        manifest_sha256=hashlib.sha256(raw).hexdigest(),
        schema=dict(manifest.get("schema") or {}),
        labels=labels,
        splits=splits,
    )


def _checksums(manifest: dict[str, Any]) -> dict[str, str]:
    """``{relative path: sha256}`` from a manifest, whichever of the likely shapes it uses."""
    files = manifest.get("files") or {}
    if isinstance(files, list):
        return {f["path"]: f["sha256"] for f in files if "path" in f and "sha256" in f}
    return {
        rel: (v["sha256"] if isinstance(v, dict) else v)
        for rel, v in files.items()
        if isinstance(v, str) or (isinstance(v, dict) and "sha256" in v)
    }


def write_release(
    frames: dict[str, pd.DataFrame], schema: Any, out: str | Path, version: str = "0.0.1"
) -> Path:
    """Write frames in the release layout (a stand-in for ``annotate.release`` in tests).

    ``frames`` map split names to sentence tables with label names in the choice columns;
    spans columns are dropped (the classifier does not read them).
    """
    import datasets

    out = Path(out)
    (out / "data").mkdir(parents=True, exist_ok=True)
    choice = {f.name: f for f in schema.fields if f.kind == "choice"}
    feats = datasets.Features(
        {c: datasets.Value("string") for c in ID_COLUMNS}
        | {n: datasets.ClassLabel(names=list(f.values)) for n, f in choice.items()}
    )
    files = {}
    for split, df in frames.items():
        cols = {c: [str(v) for v in df.get(c, pd.Series([""] * len(df)))] for c in ID_COLUMNS}
        cols |= {n: [f.values.index(v) if v else -1 for v in df[n]] for n, f in choice.items()}
        rel = f"data/{split}.parquet"
        datasets.Dataset.from_dict(cols, features=feats).to_parquet(str(out / rel))
        files[rel] = hashlib.sha256((out / rel).read_bytes()).hexdigest()
    manifest = {
        "version": version,
        "schema": {"name": schema.name, "version": schema.version, "sha256": schema.sha256},
        "files": files,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return out
