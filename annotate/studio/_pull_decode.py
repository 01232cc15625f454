"""A full pull's export decoded in a second process while this one builds the table.

Once the export is downloaded the server is idle, and what is left is the toolkit's own
work, on one core of two. Almost half of it is decoding the export's tasks, slimming them
and encoding each one's snapshot line; the rest is appending those lines and building the
table. So a forked child does the first part, batch by batch, and hands each batch over in
a file of its own (a pickle, removed once read) while this process builds the one before.
The child is at most ``_AHEAD`` batches ahead, so memory (and disk) stays flat in the
project, as in one process.

Measured offline (``benchmarks/pull_offline.py``, 20,000 tasks, a loaded machine): the
same CPU seconds in all as one process (3.3 s, 1.5 s of them the child's), 15% less wall
time. Without ``gc.freeze`` before the fork it was 50% more CPU: every collection in
either process walks the objects they still share, and each page it writes to is copied.

Small exports are decoded in this process (a fork costs more than it saves there), and so
is every export where ``fork`` is not available. Either way the batches are the same, so
the snapshot and the table are the same bytes.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import pickle
import shutil
from collections.abc import Callable, Generator, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from annotate.errors import AnnotateError, PullError
from annotate.studio._pull_export import read_export
from annotate.studio._pull_state import snapshot_line, state_errors

__all__ = ["PARALLEL_MIN", "Batch", "decoded"]

# Tasks left to decode from which a second process pays: forking costs tens of
# milliseconds, the decoding about 0.08 ms a task.
PARALLEL_MIN = 5000
# Batches the child may have handed over and this process not yet taken.
_AHEAD = 4

# Slimmed tasks, and their lines for the snapshot file.
Batch = tuple[list[dict[str, Any]], list[bytes]]


def decoded(
    path: Path,
    *,
    skip: int,
    size: int,
    slim: Callable[[dict[str, Any]], dict[str, Any]],
    left: int,
) -> Generator[Batch, None, None]:
    """The export's tasks after the first ``skip``, slimmed, ``size`` at a time.

    In a second process when about ``left`` tasks are left to read and that is at least
    ``PARALLEL_MIN``. An error there is raised here as it was raised there.

    Raises
    ------
    PullError
        The export file is damaged (see ``read_export``), or the second process died.
    """
    if left < PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        yield from _batches(path, skip, size, slim)
        return
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    # The child works ahead by up to _AHEAD batches, each in a file of its own, and says
    # so on the pipe in a few bytes: neither process waits for the other to be scheduled
    # to move a batch (a batch through the pipe itself waited on every 64 KB).
    room = context.BoundedSemaphore(_AHEAD)
    folder = path.with_name(path.name + ".batches")
    with state_errors(folder):
        folder.mkdir(exist_ok=True)
    child = context.Process(
        target=_decode,
        args=(send, room, folder, path, skip, size, slim),
        name="annotate-pull-decode",
    )
    # Out of the collector's sight while the two share their memory: a collection walks
    # (and so writes to) every object, and each page written is copied for the writer.
    gc.freeze()
    try:
        child.start()
        send.close()  # the child's end: this one sees EOF when the child is gone
        while True:
            try:
                kind, payload = receive.recv()
            except EOFError:
                child.join()
                raise PullError(
                    f"the process decoding the export {path} ended without finishing "
                    f"(exit code {child.exitcode})",
                    hint="pull again: it continues from the last batch saved",
                ) from None
            if kind == "done":
                return
            if kind == "error":
                raise _rebuilt(payload)
            spooled = folder / payload
            with state_errors(spooled):
                batch = pickle.loads(spooled.read_bytes())
                spooled.unlink()
            room.release()
            yield batch
    finally:
        send.close()
        receive.close()
        if child.is_alive():
            # This side stopped early (an error, Ctrl-C): the child may be waiting for
            # room, and it has nothing to save.
            child.terminate()
        if child.pid is not None:
            child.join()
        gc.unfreeze()
        shutil.rmtree(folder, ignore_errors=True)


def _batches(
    path: Path, skip: int, size: int, slim: Callable[[dict[str, Any]], dict[str, Any]]
) -> Iterator[Batch]:
    tasks: list[dict[str, Any]] = []
    lines: list[bytes] = []
    for task in read_export(path, skip=skip):
        slimmed = slim(task)
        tasks.append(slimmed)
        lines.append(snapshot_line(slimmed))
        if len(tasks) == size:
            yield tasks, lines
            tasks, lines = [], []
    if tasks:
        yield tasks, lines


def _decode(
    send: Connection,
    room: Any,
    folder: Path,
    path: Path,
    skip: int,
    size: int,
    slim: Callable[[dict[str, Any]], dict[str, Any]],
) -> None:
    """The child: each batch to a file and its name down the pipe, then "done", or the
    error that stopped it."""
    try:
        for n, batch in enumerate(_batches(path, skip, size, slim)):
            room.acquire()
            name = f"{n:08d}.pickle"
            with state_errors(folder / name):
                (folder / name).write_bytes(pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL))
            send.send(("batch", name))
        send.send(("done", None))
    except BaseException as exc:
        # BrokenPipeError: the parent stopped reading and is ending this process anyway.
        with contextlib.suppress(BaseException):
            send.send(("error", _portable(exc)))
    finally:
        send.close()


def _portable(exc: BaseException) -> tuple[type[AnnotateError] | None, str, str | None]:
    # An AnnotateError pickles without its hint: send its parts.
    if isinstance(exc, AnnotateError):
        return type(exc), exc.message, exc.hint
    return None, f"{type(exc).__name__}: {exc}", None


def _rebuilt(parts: tuple[type[AnnotateError] | None, str, str | None]) -> AnnotateError:
    cls, message, hint = parts
    if cls is not None:
        with contextlib.suppress(TypeError):  # a subclass with its own signature
            return cls(message, hint=hint)
        return PullError(message, hint=hint)
    return PullError(
        f"decoding the export failed: {message}",
        hint="pull again; if it fails the same way, report this message",
    )
