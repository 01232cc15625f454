"""How long work reports its progress: one callback, which the caller chooses.

The library never draws anything: a stage calls ``progress(stage, advance, total)`` as work
is done (``total`` is ``None`` while unknown), and the CLI passes a callback that draws rich
progress bars on stderr. A notebook can pass its own, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Progress", "report"]

#: ``progress(stage, advance, total)``: ``advance`` more units of ``stage`` are done, out of
#: ``total`` (``None`` while unknown).
Progress = Callable[[str, int, "int | None"], None]


def _silent(stage: str, advance: int, total: int | None) -> None:
    """The callback used when none is given."""


def report(progress: Progress | None) -> Progress:
    """``progress``, or a callback that does nothing."""
    return progress or _silent
