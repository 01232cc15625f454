"""A full pull's read: the server's export snapshot, streamed to disk and parsed in batches.

Listing every task with ``fields=all`` costs the server 4-8 ms a task (a 20,000-task project
took 90 s, 1.8x the server's own JSON export); the export serialises the same tasks in
batches and is the path Label Studio recommends for big projects. Of its two forms, the
snapshot (``POST /api/projects/{id}/exports``, then download) is used: the server streams it
to a file as it serialises, where the direct ``GET .../export`` builds the whole list in the
server's memory first (Label Studio issues #5811, #5262: timeouts on large projects).
Without Redis the server writes the snapshot while answering the POST; with Redis it does
so in a background job, and the snapshot's status is polled.

The file is downloaded in chunks to the pull's checkpoint folder and read a chunk at a
time (``read_export``), so the toolkit never holds the raw export in memory: what it keeps
of each task is ``slim_task``'s few fields. A download that completed is kept with the
checkpoint, so an interrupted parse resumes from the file instead of asking for a new export.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import math
import re
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, TypedDict, cast

import msgspec
from label_studio_sdk.core.request_options import RequestOptions

from annotate._files import atomic_file
from annotate.errors import PullError, StudioError
from annotate.studio._client import Client
from annotate.studio._pull_state import state_errors

__all__ = ["EXPORT_FILE", "download_export", "export_timeout", "read_export"]

EXPORT_FILE = "export.json"
# How long the server may take per task to write an export before the toolkit gives up:
# measured 2.5 ms a task on a loaded 2-core machine (50 s for 20,000, SQLite), so 10 ms is a
# fourfold margin, added to the client's own timeout for the requests around it.
SECONDS_PER_TASK = 0.01
_POLL_FIRST, _POLL_MAX = 0.2, 5.0
_CHUNK = 1 << 20
# The most the fast read holds undecoded while it looks for the end of a task.
_MAX_RUN = 16 * _CHUNK
_DECODER = json.JSONDecoder()
# What separates the tasks of the array (and the array from what is around it).
_BETWEEN = re.compile(r"[\s,]*")

# Every annotation: ordinary, ground truth and cancelled (the snapshot's default filter
# would keep only the ordinary ones). Drafts in full (their ``user``, see ``slim_task``);
# predictions and annotators as ids, which is all pull needs.
_ANNOTATIONS = {"usual": True, "ground_truth": True, "skipped": True}
_SERIALIZATION = {
    "drafts": {"only_id": False},
    "predictions": {"only_id": True},
    "annotations__completed_by": {"only_id": True},
    "include_annotation_history": False,
}


def export_timeout(client: Client, tasks: int) -> float:
    """Seconds to allow the server for an export of ``tasks`` tasks."""
    return client.timeout + SECONDS_PER_TASK * max(tasks, 0)


def download_export(
    client: Client,
    project_id: int,
    dest: Path,
    *,
    tasks: int,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Create an export snapshot of every task, stream it to ``dest``, delete the snapshot.

    ``dest`` appears only once the download is complete (written beside it, then renamed).
    Returns its size in bytes.

    Raises
    ------
    StudioError
        The server reports the export failed, or it is not done within
        :func:`export_timeout`.
    """
    budget = export_timeout(client, tasks)
    # One number for connect and read alike: the server answers nothing until it has
    # written the snapshot (without Redis), so a read may wait the whole budget.
    options: RequestOptions = {"timeout_in_seconds": math.ceil(budget)}
    created: Any = client.call(
        "create an export",
        client.sdk.projects.exports.create,
        id=project_id,
        title="annotate pull",
        annotation_filter_options=_ANNOTATIONS,
        serialization_options=_SERIALIZATION,
        request_options=options,
    )
    export_id = int(created.id)
    try:
        _wait(client, project_id, export_id, created, budget, sleep)

        def fetch() -> int:
            size = 0
            # A full disk is the OutputError of this file, not of the table being written.
            with atomic_file(dest) as fh:
                for chunk in client.sdk.projects.exports.download(
                    project_id, export_id, export_type="JSON", request_options=options
                ):
                    fh.write(chunk)
                    size += len(chunk)
            return size

        return client.call("download the export", fetch)
    finally:
        # The snapshot is a file on the server's disk: leave none behind, even on failure.
        with contextlib.suppress(StudioError):
            client.call(
                "delete the export",
                client.sdk.projects.exports.delete,
                project_id,
                export_id,
                retry=False,
            )


def _wait(
    client: Client,
    project_id: int,
    export_id: int,
    created: Any,
    budget: float,
    sleep: Callable[[float], None],
) -> None:
    status, delay, deadline = _status(created), _POLL_FIRST, time.monotonic() + budget
    while status != "completed":
        if status == "failed":
            raise StudioError(
                f"Label Studio's export {export_id} of project {project_id} failed",
                hint="read the server's log for the cause, then pull again",
            )
        if time.monotonic() > deadline:
            raise StudioError(
                f"Label Studio's export {export_id} of project {project_id} was not done "
                f"within {budget:g} s (status {status!r})",
                hint="a busy server may need longer: raise ANNOTATE_TIMEOUT, then pull again",
            )
        sleep(delay)
        delay = min(delay * 2, _POLL_MAX)
        status = _status(
            client.call("read the export", client.sdk.projects.exports.get, project_id, export_id)
        )


def _status(export: Any) -> str:
    status = getattr(export, "status", None)
    return str(getattr(status, "value", status) or "created").lower()


def read_export(path: Path, *, skip: int = 0) -> Iterator[dict[str, Any]]:
    """The tasks of an export file one by one, after the first ``skip``.

    The file is one JSON array, read in chunks, so memory holds a chunk and its tasks.
    Each task comes as a dict with the keys ``slim_task`` reads (see ``_fast_tasks``);
    a file the fast path cannot take is read by the standard library's decoder, task by
    task, from where the fast path stopped (``_plain_tasks``).

    Raises
    ------
    PullError
        The file is not a JSON array of tasks (it is deleted, so that the next pull asks
        for a new export).
    """
    n = 0
    with state_errors(path), path.open("rb") as fh:
        stopped = yield from _fast_tasks(fh, skip)
        n = stopped.tasks
        if stopped.offset is not None:
            fh.seek(stopped.offset)
            for task in _plain_tasks(fh, path, opened=stopped.offset > 0, number=n):
                if n >= skip:
                    yield task
                n += 1


# Only what ``slim_task`` reads of a task is decoded: the export repeats each task's data
# (a sentence's neighbours, its title) and every annotation's bookkeeping, and building
# those objects was most of the decoding. Any: the same values the standard decoder gives.
# An annotation's result stays the export's bytes (``msgspec.Raw``): the snapshot line
# takes them as they are, and the table's build decodes each distinct one once.
class _Data(TypedDict, total=False):
    sentence_id: Any
    text: Any


class _Annotation(TypedDict, total=False):
    id: Any
    completed_by: Any
    result: msgspec.Raw
    was_cancelled: Any
    created_at: Any
    updated_at: Any
    lead_time: Any


class _Task(TypedDict, total=False):
    id: Any
    updated_at: Any
    data: _Data | None
    annotations: list[_Annotation] | None
    drafts: Any
    predictions: Any


_TASKS = msgspec.json.Decoder(list[_Task])
_WS = b" \t\n\r"
_COMMA, _CLOSE = ord(","), ord("}")


# A task's opening: its first key with a number (the id), then its second key. In valid
# JSON this text is never inside a string (its quotes are not escaped), so an object
# that opens like the first task, after a '}' and a comma, is most likely the next task.
def _opening(first: bytes, second: bytes) -> re.Pattern[bytes]:
    """A task's opening whose first key (with a number) matches ``first`` and second key
    matches ``second`` (regular expressions, each inside the key's quotes)."""
    return re.compile(
        rb'\{[ \t\n\r]*"' + first + rb'"[ \t\n\r]*:[ \t\n\r]*-?[0-9][0-9.eE+-]*'
        rb'[ \t\n\r]*,[ \t\n\r]*"' + second + rb'"[ \t\n\r]*:'
    )


_OPENING = _opening(rb'([^"\\]+)', rb'([^"\\]+)')


@dataclass
class _Stopped:
    """Where the fast path stopped: tasks it read, and the file offset of the first task
    it did not (None: it read the whole array)."""

    tasks: int
    offset: int | None


def _fast_tasks(fh: BinaryIO, skip: int) -> Generator[dict[str, Any], None, _Stopped]:
    """The tasks of the array, many at a time: cut the chunk after its last whole task,
    decode that run of tasks as one array (msgspec, only the fields slim_task reads).

    Where a task ends is found by the next task's opening (``_OPENING``, as the first
    task opens), looked for from the end of the chunk. A wrong guess cannot pass: a run
    cut anywhere but between two tasks of the array is not a valid array (a string or
    an object left open), so its decoding fails and the standard decoder takes over from
    the start of that run. It takes over too for what msgspec refuses and the standard
    decoder reads (NaN, a lone surrogate), and for any file not in the export's form.
    """
    n, base, buf, eof = 0, 0, b"", False
    nxt: re.Pattern[bytes] | None = None
    while True:
        chunk = fh.read(_CHUNK)
        eof = not chunk
        buf += chunk
        if nxt is None:
            # The array's '[' and the first task's opening, which the others must match.
            body = buf.lstrip(_WS)
            if not body and not eof:
                continue
            opening = _OPENING.match(body, 1) if body[:1] == b"[" else None
            if opening is None:
                if eof or len(body) > _CHUNK:
                    return _Stopped(0, 0)  # not the export's form: the standard decoder says why
                continue
            first, second = (re.escape(g) for g in opening.groups())
            nxt = _opening(first, second)
            cut_at = len(buf) - len(body) + 1
            base, buf = base + cut_at, buf[cut_at:]
        if eof:
            run, cut = b"[" + buf.lstrip(_WS + b",").rstrip(_WS), len(buf)
        else:
            found = _last_cut(buf, nxt)
            if found is None:
                if len(buf) > _MAX_RUN:
                    # No task opens like the first: memory would grow with the file.
                    return _Stopped(n, base)
                continue  # one task longer than the chunk: read on
            run, cut = b"[" + buf[:found].lstrip(_WS + b",") + b"]", found
        if b"\n" in run or b"\r" in run:
            # Line breaks between the tokens of a result would end its snapshot line.
            return _Stopped(n, base)
        try:
            tasks = _TASKS.decode(run)
        except msgspec.MsgspecError:
            return _Stopped(n, base)
        for task in tasks:
            if n >= skip:
                yield cast("dict[str, Any]", task)
            n += 1
        if eof:
            return _Stopped(n, None)
        base, buf = base + cut, buf[cut:]


def _last_cut(buf: bytes, nxt: re.Pattern[bytes]) -> int | None:
    """Just past the '}' that ends the last task of ``buf`` followed by another's opening."""
    at = len(buf)
    while (at := buf.rfind(b"{", 0, at)) > 0:
        if nxt.match(buf, at):
            end = _back_over_space(buf, at)
            if end and buf[end - 1] == _COMMA:
                end = _back_over_space(buf, end - 1)
                if end and buf[end - 1] == _CLOSE:
                    return end
    return None


def _back_over_space(buf: bytes, end: int) -> int:
    while end and buf[end - 1] in _WS:
        end -= 1
    return end


def _plain_tasks(
    fh: BinaryIO, path: Path, *, opened: bool, number: int
) -> Iterator[dict[str, Any]]:
    """The tasks from the file's position on, each decoded by the standard library's C
    decoder (``raw_decode``); ``opened``: the position is inside the array already."""
    decode = codecs.getincrementaldecoder("utf-8")().decode
    n, buf, pos, eof = number, "", 0, False
    while True:
        pos = _BETWEEN.match(buf, pos).end()  # type: ignore[union-attr]  # always matches
        if pos < len(buf):
            if not opened:
                if buf[pos] != "[":
                    _malformed(path, "it does not start with '['")
                opened, pos = True, pos + 1
                continue
            if buf[pos] == "]":
                return
            try:
                task, end = _DECODER.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                # A task cut by the end of the chunk: read on, unless there is no more.
                if eof:
                    _malformed(path, str(exc))
            else:
                if not isinstance(task, dict):
                    _malformed(path, f"item {n + 1} is not a task")
                yield task
                n, pos = n + 1, end
                continue
        elif eof:
            _malformed(path, "it ends before the closing ']'")
        chunk = fh.read(_CHUNK)
        eof = not chunk
        buf, pos = buf[pos:] + decode(chunk, final=eof), 0


def _malformed(path: Path, why: str) -> NoReturn:
    path.unlink(missing_ok=True)
    raise PullError(
        f"the export file {path} is not a JSON array of tasks: {why}",
        hint="it was deleted: pull again, and the server is asked for a new export",
    )
