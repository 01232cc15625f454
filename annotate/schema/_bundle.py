"""The schemas shipped with the package, found by name from any folder.

The repository keeps one copy of them, in the top-level ``schemas/`` folder. A wheel carries
that folder as the package data ``annotate/_schemas/`` (``pyproject.toml`` maps the package
``annotate._schemas`` onto ``schemas/``); a source checkout, run from ``PYTHONPATH`` or
installed editable, has no ``annotate/_schemas/`` and reads ``schemas/`` beside the package.
Both are looked up relative to the ``annotate`` package actually imported, never through an
import of ``annotate._schemas``: an editable install's import hook maps that name onto the
folder it was installed from, so a second checkout (a git worktree on ``PYTHONPATH``) would
silently read the first one's schemas.

This module imports only the standard library, so the command line can name the default
without paying for YAML or Markdown at start-up.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotate._files import package_data
from annotate.errors import SchemaError

__all__ = ["DEFAULT_SCHEMA", "bundle_dir", "bundled_schemas", "locate"]

#: The schema every command and library function uses unless told otherwise.
DEFAULT_SCHEMA = "news-stance"

# "No slash, no .yaml": anything else is taken for a path, so a typo in a path is reported as
# an unreadable file rather than as an unknown name.
_PATHLIKE = re.compile(r"[/\\]|\.ya?ml$", flags=re.IGNORECASE)


def bundle_dir() -> Path:
    """The folder holding the bundled schemas: in the installed package, else the checkout's."""
    installed = package_data("_schemas")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "schemas"


def bundled_schemas() -> dict[str, Path]:
    """Map each bundled schema's name (its file name without ``.yaml``) to its file, by name.

    Includes the schemas of the public corpora (``schemas/corpora/``): they ship anyway,
    since ``annotate.corpus._public`` reads them, and pre-annotating or pushing a corpus' sentences
    under its own schema is a real use. A test pins that names are unique and equal each
    file's ``name:``.
    """
    root = bundle_dir()
    return {path.stem: path for path in sorted(root.rglob("*.yaml"), key=lambda p: p.stem)}


def locate(schema: str | Path) -> Path:
    """The schema file ``schema`` means: an existing file, else a bundled schema's name.

    A file wins over a bundled name, so a local ``news-stance`` file is never shadowed; a
    folder of that name (``models/news-stance`` is a common output) does not count. Strings
    and paths are treated alike, so the command line's ``Path`` option takes names too.

    Raises
    ------
    SchemaError
        If ``schema`` looks like a name (no slash, no ``.yaml``) and no bundled schema has it.
    """
    text = str(schema)
    path = Path(schema)
    if path.is_file() or _PATHLIKE.search(text):
        return path
    found = bundled_schemas().get(text)
    if found is None:
        raise SchemaError(
            f"unknown schema {text!r}: no bundled schema has that name and no file "
            f"{text!r} exists in {Path.cwd()}",
            hint=f"use a bundled schema ({', '.join(bundled_schemas())}) or the path of a "
            "schema YAML file, e.g. ./my-schema.yaml",
        )
    return found
