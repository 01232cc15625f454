"""CLEF CheckThat! subjectivity data: one TSV file per split and language.

The task (CheckThat! 2023 subtask 2A, 2024 task 2, 2025 task 1) distributes
``{train,dev,dev_test,test}_<lang>[_<suffix>].tsv`` (``train_en.tsv``, ``dev_test_it.tsv``,
``test_en_labeled.tsv``), in a ``data/`` folder with one subfolder per language (``english/``,
``italian/``, ``multilingual/`` ...). Each file has the columns ``sentence_id``, ``sentence``
and ``label`` (``OBJ`` or ``SUBJ``); English adds ``solved_conflict``. :func:`find_files`
accepts the folder holding one language's files or that ``data/`` folder, with ``--subset``
naming the language by its code in the file names.

Some languages' files are written with CSV quoting (a sentence holding a quotation mark is
wrapped in quotes and its own quotes doubled: ``"Lodo ""Conte bis"" "``) while the English
ones are not (``"We won," he said.`` is a sentence as it stands): :func:`read_rows` reads each
file by the convention it was written in, decided from the whole file
(:func:`annotate.corpus._tsv_quoting.csv_quoted`).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from annotate.corpus._tsv_quoting import csv_quoted
from annotate.errors import CorpusError

__all__ = ["PARTS", "find_files", "read_rows"]

#: The task's file parts in the order a reader meets them.
PARTS = ("train", "dev", "dev_test", "test")
# dev_test before dev and test: the alternation must not read "dev_test_it" as part "dev" of a
# language "test".
_FILE = re.compile(r"(train|dev_test|dev|test)_([A-Za-z]+)(?:_\w+)?\.tsv")
# The columns a file must have; ``label`` may be missing (the task's unlabelled test files).
_NEEDED = ("sentence_id", "sentence")


def find_files(root: Path, subset: str | None) -> tuple[str, dict[str, list[Path]]]:
    """One language's CheckThat! files by part, and the language's code.

    Parameters
    ----------
    root : pathlib.Path
        The folder holding the files, or a folder whose subfolders do (the task's ``data/``).
    subset : str, optional
        The language's code in the file names (``en``, ``it``, ``multilingual``) or its
        subfolder's name (``english``); needed only when several languages are found.

    Returns
    -------
    (str, dict)
        The language code and ``{part: [paths]}`` for the parts found (``test`` may have
        several files, for example an unlabelled ``test_en.tsv`` and ``test_en_labeled.tsv``).

    Raises
    ------
    CorpusError
        Naming what the folder holds when no file matches, when several languages do and
        ``subset`` does not choose, or when the language has no train file.
    """
    found = _named(root)
    if subset is not None and not found and (root / subset).is_dir():
        # --subset english names the data folder's subfolder rather than the code.
        root, subset = root / subset, None
        found = _named(root)
    if not found:
        for sub in sorted(p for p in root.iterdir() if p.is_dir()):
            for lang, parts in _named(sub).items():
                for part, paths in parts.items():
                    found.setdefault(lang, {}).setdefault(part, []).extend(paths)
    if not found:
        names = sorted(p.name + ("/" if p.is_dir() else "") for p in root.iterdir())
        raise CorpusError(
            f"no CheckThat! files in {str(root)!r} (it holds: {', '.join(names[:8]) or 'nothing'})",
            hint="pass the folder holding {train,dev,dev_test}_<lang>.tsv, or the task's data "
            "folder with --subset <lang>",
        )
    if subset is None and len(found) > 1:
        raise CorpusError(
            f"{str(root)!r} holds CheckThat! files of several languages: "
            f"{', '.join(sorted(found))}",
            hint="choose one with --subset " + " or --subset ".join(sorted(found)),
        )
    lang = subset if subset is not None else next(iter(found))
    if lang not in found:
        raise CorpusError(
            f"no CheckThat! files of language {lang!r} in {str(root)!r} "
            f"(found: {', '.join(sorted(found))})",
            hint="use --subset with one of those codes, as in the file names (train_<code>.tsv)",
        )
    parts = found[lang]
    if "train" not in parts:
        raise CorpusError(
            f"{str(root)!r}: no train_{lang}.tsv (found: "
            f"{', '.join(sorted(p.name for ps in parts.values() for p in ps))})",
            hint="a CheckThat! corpus needs at least its train file",
        )
    return lang, parts


def _named(folder: Path) -> dict[str, dict[str, list[Path]]]:
    """``lang -> {part: [paths]}`` of the CheckThat! files directly in ``folder``."""
    out: dict[str, dict[str, list[Path]]] = {}
    for path in sorted(folder.iterdir()):
        match = _FILE.fullmatch(path.name)
        if match and path.is_file():
            part, lang = match.group(1), match.group(2)
            out.setdefault(lang, {}).setdefault(part, []).append(path)
    return out


def read_rows(path: Path) -> tuple[list[dict[str, Any]], bool]:
    """The rows of one CheckThat! file (``sentence_id``, ``sentence``, ``label``, stripped, and
    the ``line`` the row starts on), and whether the file was written with CSV quoting.

    A file without a ``label`` column (the task's unlabelled test files) gives rows whose
    ``label`` is ``""``.

    Raises
    ------
    CorpusError
        If a column other than ``label`` is missing, naming the file and its header.
    """
    text = path.read_text(encoding="utf-8-sig")
    quoted = csv_quoted(io.StringIO(text, newline=""))
    reader = csv.DictReader(
        io.StringIO(text, newline=""),
        delimiter="\t",
        quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE,
    )
    header = reader.fieldnames or []
    missing = [c for c in _NEEDED if c not in header]
    if missing:
        raise CorpusError(
            f"{str(path)!r} has no column {', '.join(missing)} (its header: {', '.join(header)})",
            hint="a CheckThat! file has the columns sentence_id, sentence and label, tab-separated",
        )
    rows: list[dict[str, Any]] = []
    line = reader.line_num + 1
    for rec in reader:
        rows.append(
            {
                "sentence_id": (rec.get("sentence_id") or "").strip(),
                "sentence": (rec.get("sentence") or "").strip(),
                "label": (rec.get("label") or "").strip(),
                # Where the row starts in the file: a quoted sentence may span lines.
                "line": line,
            }
        )
        line = reader.line_num + 1
    return rows, quoted
