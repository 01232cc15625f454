"""The release manifest: provenance, counts and the sha256 of every file.

``format_version`` says how the release directory is laid out. A loader reads every format
it knows (``READABLE``), so an old release keeps loading after the toolkit moves on; a
newer format is refused with a message to upgrade. ``created`` is the only field that
changes between two builds of the same release, and it is left out of every checksum.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from annotate._files import sha256_file
from annotate.dataset import _manifest_claims
from annotate.errors import IntegrityError, ReleaseError

__all__ = ["FORMAT_VERSION", "MANIFEST", "Manifest", "checksums", "read", "verify", "write"]

FORMAT_VERSION = 1
READABLE = (1,)
MANIFEST = "manifest.json"


class Manifest(dict[str, Any]):
    """The content of ``manifest.json``, and ``sha256``: the hash of the file's bytes.

    That one hash pins a whole release (the manifest lists the sha256 of every other
    file), so it is what a user or a model records; it equals ``sha256sum manifest.json``.
    """

    def __init__(self, content: dict[str, Any], sha256: str) -> None:
        super().__init__(content)
        self.sha256 = sha256


def checksums(root: Path) -> dict[str, str]:
    """Relative POSIX path -> sha256 of every file under ``root`` but the manifest."""
    return {
        p.relative_to(root).as_posix(): sha256_file(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).as_posix() != MANIFEST
    }


def write(root: Path, content: dict[str, Any]) -> Path:
    """Write ``content`` plus the checksums of ``root`` as the manifest."""
    path = root / MANIFEST
    data = {"format_version": FORMAT_VERSION, **content, "files": checksums(root)}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    return path


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
    version = data.get("format_version")
    if version not in READABLE:
        raise ReleaseError(
            f"{root} has release format {version!r}; this toolkit reads "
            f"{', '.join(map(str, READABLE))}",
            hint="upgrade the toolkit (pip install -U annotate)",
        )
    return Manifest(data, hashlib.sha256(raw).hexdigest())


def verify(root: Path) -> Manifest:
    """Recompute every checksum and check the manifest's claims against the files.

    Raise naming each file that is missing, extra or changed, or, when the files match,
    each claim (version, parent, row counts, schema, licence) they contradict.
    """
    root = Path(root)
    data = read(root)
    recorded: dict[str, str] = data.get("files", {})
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
