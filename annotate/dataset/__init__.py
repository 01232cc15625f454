"""Versioned dataset releases: build, card, manifest, diff, verify, and the one reader."""

from annotate._lazy import attach

_NAMES = {
    "Release": "._release",
    "diff": "._release",
    "load_release": "._release",
    "release": "._release",
    "release_schema": "._read",
    "suggest_version": "._release",
    "verify": "._read",
    "read_release": "._read",
    "LoadedRelease": "._read",
    "Manifest": "._manifest",
    "ReleaseSettings": "._build",
    "IntegrityError": "annotate.errors",
    "ReleaseError": "annotate.errors",
    "VersionWarning": "annotate.errors",
    "import_corpus": "._import",
    "release_from_gold": "._import",
}
__all__ = sorted(_NAMES)
__getattr__, __dir__ = attach(__name__, globals(), _NAMES)
