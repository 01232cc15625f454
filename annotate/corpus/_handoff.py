"""A long article's text handed from a worker process to the main process through a file.

``multiprocessing`` returns a worker's result as one pickled message: for a 50 MB article the
worker held its text and the pickle of it (50 MB more), and the main process the message and
the text unpickled from it (100 MB at once) before any of it was written. Instead the worker
writes the UTF-8 bytes of a text of :data:`SPILL_BYTES` or more to a file in a folder of the
main process's choosing (beside the output) and returns its name; the main process reads
the file into the one buffer the article row is then written from, and deletes it. Shorter
texts, and every text when there is no worker, go the ordinary way.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from typing import Any

from annotate.errors import IngestError

__all__ = ["SPILL_BYTES", "SpillTo", "SpilledText", "spill", "take_back"]

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
    """Where a worker left an article's text: ``path``, holding ``size`` UTF-8 bytes."""

    path: str
    size: int


def spill(article: dict[str, Any], to: SpillTo) -> None:
    """Replace ``article["text"]`` (UTF-8 bytes) by a :class:`SpilledText` written in a file.

    The text stays in ``article`` when it is shorter than ``to.min_bytes`` or when the file
    cannot be written (a full disk, the folder gone): the result is then pickled as before,
    and the main process, writing its tables to the same disk, reports a full disk itself.
    """
    text = article["text"]
    if len(text) < to.min_bytes:
        return
    path = None
    try:
        fd, path = tempfile.mkstemp(prefix="article-", suffix=".utf8", dir=to.folder)
        with open(fd, "wb") as fh:
            fh.write(text)
    except OSError:
        if path is not None:
            with contextlib.suppress(OSError):
                os.unlink(path)
        return
    article["text"] = SpilledText(path, len(text))


def take_back(article: dict[str, Any]) -> None:
    """Put a spilled text back into ``article["text"]`` as a ``bytearray`` and delete its file.

    Read into a buffer of the text's size, so that the text is held once, not also as the
    pieces it was read in.
    """
    spilled = article["text"]
    if not isinstance(spilled, SpilledText):
        return
    text = bytearray(spilled.size)
    try:
        with open(spilled.path, "rb") as fh:
            got = fh.readinto(text)
        os.unlink(spilled.path)
    except OSError as exc:
        raise IngestError(
            f"could not read back the text of {article['path']} from {spilled.path} ({exc})",
            hint="a worker's temporary file beside the output was removed or unreadable: "
            "run ingest again",
        ) from exc
    if got != spilled.size:
        raise IngestError(
            f"the text of {article['path']} in {spilled.path} has {got} bytes, not {spilled.size}",
            hint="a worker's temporary file beside the output was changed: run ingest again",
        )
    article["text"] = text
