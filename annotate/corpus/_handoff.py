"""A long article's text handed from a worker process to the main process through a file.

``multiprocessing`` returns a worker's result as one pickled message: for a 50 MB article the
worker held its text and the pickle of it (50 MB more), and the main process the message and
the text unpickled from it (100 MB at once) before any of it was written. Instead the worker
writes the UTF-8 bytes of a text of :data:`SPILL_BYTES` or more, then the article's sentence
offsets, to a file in a folder of the main process's choosing (beside the output) and returns
its name; the main process reads the text into the one buffer the article row is then written
from, and only then the offsets (11-14 MB for a 50 MB article, not held at that write, the
peak), and deletes the file. Shorter texts, and every text when there is no worker, go the
ordinary way.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from array import array
from dataclasses import dataclass
from typing import Any

from annotate.errors import IngestError

__all__ = ["SPILL_BYTES", "SpillTo", "SpilledText", "offsets_of", "spill", "take_back"]

# A text this long (UTF-8 bytes) is handed over through a file: a few MB cost more to pickle
# twice than a file costs to create; every article of an ordinary corpus stays below it.
SPILL_BYTES = 1 << 20


@dataclass(frozen=True)
class SpillTo:
    """Where workers leave texts of ``min_bytes`` or more: a file each in ``folder``.

    Sent with each task, so that the size is the main process's (workers are spawned, and
    import the module afresh).
    """

    folder: str
    min_bytes: int


@dataclass(frozen=True)
class SpilledText:
    """Where a worker left an article: ``path``, holding its text (``size`` UTF-8 bytes) and
    then its sentence offsets (``n_offsets`` 64-bit integers)."""

    path: str
    size: int
    n_offsets: int = 0


def spill(article: dict[str, Any], offsets: array[int], to: SpillTo) -> tuple[Any, array[int]]:
    """``(article, offsets)``, its text and offsets written to a file if the text is long.

    The article's ``text`` is then a :class:`SpilledText` and the offsets are empty. Both stay
    as they are when the text is shorter than ``to.min_bytes`` or when the file cannot be
    written (a full disk, the folder gone): the result is then pickled as before, and the main
    process, writing its tables to the same disk, reports a full disk itself.
    """
    text = article["text"]
    if len(text) < to.min_bytes:
        return article, offsets
    path = None
    try:
        fd, path = tempfile.mkstemp(prefix="article-", suffix=".bin", dir=to.folder)
        with open(fd, "wb") as fh:
            fh.write(text)
            fh.write(offsets)
    except OSError:
        if path is not None:
            with contextlib.suppress(OSError):
                os.unlink(path)
        return article, offsets
    article["text"] = SpilledText(path, len(text), len(offsets))
    return article, array(offsets.typecode)


def take_back(article: dict[str, Any]) -> SpilledText | None:
    """Put a spilled text back into ``article["text"]`` as a ``bytearray``; return where it was.

    Read into a buffer of the text's size, so that the text is held once, not also as the
    pieces it was read in. The offsets stay in the file until :func:`offsets_of`: the main
    process writes the article's row, the peak of its memory, before it needs them.
    """
    spilled = article["text"]
    if not isinstance(spilled, SpilledText):
        return None
    article["text"] = _read(article["path"], spilled, 0, bytearray(spilled.size))
    return spilled


def offsets_of(path: str, spilled: SpilledText) -> array[int]:
    """The offsets :func:`spill` wrote after the text, for the article at ``path``; the file
    is deleted."""
    offsets = array("q", [0]) * spilled.n_offsets
    _read(path, spilled, spilled.size, offsets)
    with contextlib.suppress(OSError):
        os.unlink(spilled.path)
    return offsets


def _read(path: str, spilled: SpilledText, at: int, into: Any) -> Any:
    want = memoryview(into).nbytes
    try:
        with open(spilled.path, "rb") as fh:
            fh.seek(at)
            got = fh.readinto(into)
    except OSError as exc:
        raise IngestError(
            f"could not read back the text of {path} from {spilled.path} ({exc})",
            hint="a worker's temporary file beside the output was removed or unreadable: "
            "run ingest again",
        ) from exc
    if got != want:
        raise IngestError(
            f"the text of {path} in {spilled.path} has {at + got} bytes, not {at + want}",
            hint="a worker's temporary file beside the output was changed: run ingest again",
        )
    return into
