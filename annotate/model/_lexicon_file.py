"""A lexicon as a YAML file: what ``annotate build-lexicon`` writes and ``--lexicon`` reads.

The shipped lexicons (``annotate/data/lexicon-<version>.yaml``) are learned from the training
splits of every public corpus the rules are benchmarked on, so on those corpora's text the
rules have seen the answers. ``build-lexicon --without CORPUS`` learns one without them, and
``annotate train --lexicon FILE`` and ``annotate preannotate --lexicon FILE`` use it: the fair
rules baseline and rules block of ``benchmarks/classifier.py --cross``, from the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from annotate._files import write_text
from annotate.errors import InputError
from annotate.model import _lexicon
from annotate.model._rules import LEXICON_VERSION, Lexicon, compile_lexicon, load_lexicon

__all__ = ["build_lexicon", "read_lexicon"]

_HEADER = (
    "# Written by `annotate build-lexicon`; {learned}.\n"
    "# Pass it to `annotate train --lexicon` or `annotate preannotate --lexicon`.\n"
)


def build_lexicon(
    output: str | Path, *, without: Sequence[str] = (), version: str = LEXICON_VERSION
) -> dict[str, Any]:
    """Learn the lexicon ``version`` from the public corpora's training splits, leaving out
    ``without`` (names in :data:`annotate.model._lexicon.CORPORA`), and write it as YAML.

    Returns the lexicon as written. Reads the corpora from the shared data folder
    (``ANNOTATE_SHARED_DATA``).

    Raises
    ------
    InputError
        If ``without`` names a corpus the lexicon does not learn from.
    """
    lexicon = _lexicon.lexicon_without(without, version)
    lexicon["generated_by"] = "annotate build-lexicon" + "".join(
        f" --without {c}" for c in _lexicon.CORPORA if c in without
    )
    learned = ", ".join(lexicon.get("learned_from", _lexicon.CORPORA)) or "no corpus, seeds only"
    body = yaml.safe_dump(lexicon, sort_keys=False, allow_unicode=True, width=100)
    write_text(output, _HEADER.format(learned=f"learned from {learned}") + body)
    return lexicon


def read_lexicon(value: str | None) -> Lexicon | None:
    """A ``--lexicon`` value: a lexicon file (as :func:`build_lexicon` writes), or a shipped
    version such as ``1.1.0``; None for the newest shipped one.

    Raises
    ------
    InputError
        Naming the file and what is wrong with it, or the versions there are.
    """
    if value is None:
        return None
    path = Path(value)
    if not path.is_file():
        if value.endswith((".yaml", ".yml")) or "/" in value:
            raise InputError(
                f"no lexicon file {value!r}",
                hint="write one with `annotate build-lexicon -o FILE`, or give a version",
            )
        try:
            load_lexicon(value)
        except FileNotFoundError as exc:
            raise InputError(str(exc), hint="give a lexicon file or one of those versions") from exc
        return value
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or "version" not in raw:
            raise ValueError("it holds no lexicon (no 'version')")
        compile_lexicon(raw)
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        why = f"no {exc} entry" if isinstance(exc, KeyError) else str(exc).splitlines()[0]
        raise InputError(
            f"{value!r} is not a lexicon file: {why}",
            hint="write one with `annotate build-lexicon -o FILE`",
        ) from exc
    return raw
