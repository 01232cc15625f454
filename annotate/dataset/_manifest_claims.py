"""Checking what a release's ``manifest.json`` claims against the files it describes.

The checksums pin every file but the manifest itself, so an edited manifest (another
version, other counts, another licence) would pass them and travel on into models built
from the release. Each claim a reader relies on is therefore recomputed from the files:
the version (the card's title, the changelog and a version-named folder), the parent (the
changelog), the row count of every split and of the per-annotator table, the schema
(``schema.yaml``'s hash, name, version and fields) and the licence (the card's YAML).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from annotate._files import parquet_file
from annotate.errors import AnnotateError
from annotate.schema._io import SAFE_LOADER

if TYPE_CHECKING:  # _manifest imports this module to check what it reads
    from annotate.dataset._manifest import Manifest

__all__ = ["problems"]

_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
# "## 1.1.0 (from 1.0.0): minor change" or "## 1.0.0" (a first release).
_CHANGES_HEAD = re.compile(r"^## (\S+)(?: \(from (\S+)\))?", re.MULTILINE)


def problems(root: Path, manifest: Manifest) -> list[str]:
    """One line per claim of ``manifest`` that the files of ``root`` contradict."""
    found: list[str] = []
    card, meta = _card(root, found)
    found += _version(root, manifest, card)
    found += _rows(root, manifest, meta)
    found += _schema(root, manifest)
    if meta is not None and meta.get("license") != manifest.license:
        found.append(
            f"license: manifest says {manifest.license!r}, the card's YAML (README.md) "
            f"says {meta.get('license')!r}"
        )
    return found


def _card(root: Path, found: list[str]) -> tuple[str, dict[str, Any] | None]:
    text = (root / "README.md").read_text(encoding="utf-8")
    parts = text.split("---\n", 2)
    try:
        meta = (
            yaml.load(parts[1], Loader=SAFE_LOADER)
            if text.startswith("---\n") and len(parts) == 3
            else None
        )
    except yaml.YAMLError:
        meta = None
    if not isinstance(meta, dict):
        found.append("README.md: no YAML front matter to check the manifest against")
        return text, None
    return parts[2], meta


def _version(root: Path, manifest: Manifest, card: str) -> list[str]:
    version, parent = manifest.version, manifest.parent
    out = []
    # A copy under a folder named otherwise (``my-dataset/``) is fine; a folder named
    # after another version is a relabelled release.
    if _SEMVER.fullmatch(root.name) and root.name != version:
        out.append(f"version: manifest says {version!r}, the folder is {root.name!r}")
    title = next((line for line in card.splitlines() if line.startswith("# ")), "")
    if not title.endswith(f" {version}"):
        out.append(f"version: manifest says {version!r}, the card's title is {title!r}")
    head = _CHANGES_HEAD.search((root / "CHANGES.md").read_text(encoding="utf-8"))
    if head is None or head.group(1) != version:
        out.append(
            f"version: manifest says {version!r}, CHANGES.md says "
            f"{head.group(1) if head else None!r}"
        )
    elif head.group(2) != parent:
        out.append(f"parent: manifest says {parent!r}, CHANGES.md says {head.group(2)!r}")
    return out


def _rows(root: Path, manifest: Manifest, meta: dict[str, Any] | None) -> list[str]:
    out = []
    claimed = manifest.splits
    counts = manifest.counts
    actual = {}
    for name in claimed:
        path = root / "data" / f"{name}.parquet"
        actual[name] = (
            parquet_file(path, "release file").metadata.num_rows if path.is_file() else None
        )
        if actual[name] != claimed[name]:
            out.append(f"splits.{name}: manifest says {claimed[name]!r} rows, data/{name}.parquet")
            out[-1] += f" has {actual[name]}" if actual[name] is not None else " is missing"
    total = sum(n for n in actual.values() if n is not None)
    if counts.sentences != total:
        out.append(f"counts.sentences: manifest says {counts.sentences!r}, the splits hold {total}")
    path = root / "data" / "annotations.parquet"
    if path.is_file():
        rows = parquet_file(path, "release file").metadata.num_rows
        if counts.annotation_rows != rows:
            out.append(
                f"counts.annotation_rows: manifest says {counts.annotation_rows!r}, "
                f"data/annotations.parquet has {rows}"
            )
    return out


def _schema(root: Path, manifest: Manifest) -> list[str]:
    from annotate.schema._schema import load_schema

    try:
        schema = load_schema(root / "schema.yaml", guidelines=root / "guidelines.md")
    except AnnotateError as exc:
        return [f"schema.yaml cannot be read: {exc.message}"]
    out = []
    claimed = manifest.schema.to_dict()
    for key, value in schema.provenance().items():
        if claimed.get(key) != value:
            out.append(
                f"schema.{key}: manifest says {claimed.get(key)!r}, schema.yaml gives {value!r}"
            )
    fields = {f.name: {"kind": f.kind, "labels": list(f.values)} for f in schema.fields}
    claimed_fields = {name: spec.to_dict() for name, spec in manifest.fields.items()}
    for name in dict.fromkeys([*fields, *claimed_fields]):
        if claimed_fields.get(name) != fields.get(name):
            out.append(
                f"fields.{name}: manifest says {claimed_fields.get(name)!r}, schema.yaml "
                f"gives {fields.get(name)!r}"
            )
    return out
