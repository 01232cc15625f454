"""A full pull's read: the server's export snapshot, streamed to disk and parsed in batches.

Listing every task with ``fields=all`` costs the server 4-8 ms a task (a 20,000-task project
took 90 s, 1.8x the server's own JSON export); the export serialises the same tasks in
batches and is the path Label Studio recommends for big projects. Of its two forms, the
snapshot (``POST /api/projects/{id}/exports``, then download) is used: the server streams it
to a file as it serialises, where the direct ``GET .../export`` builds the whole list in the
server's memory first (Label Studio issues #5811, #5262: timeouts on large projects).
Without Redis the server writes the snapshot while answering the POST; with Redis it does
so in a background job, and the snapshot's status is polled.

The file is downloaded in chunks to the pull's checkpoint folder and read one task at a
time (``read_export``), so the toolkit never holds the raw export in memory: what it keeps of each
task is ``slim_task``'s few fields. A download that completed is kept with the checkpoint,
so an interrupted parse resumes from the file instead of asking for a new export.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import math
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

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

    The file is one JSON array; it is read in chunks and each task decoded by the
    standard library's C decoder (``raw_decode``), about 1.6x as fast as ijson's event
    parser building the same objects (measured on a 63 MB export); it holds one chunk and
    one task.

    Raises
    ------
    PullError
        The file is not a JSON array of tasks (it is deleted, so that the next pull asks
        for a new export).
    """
    decode = codecs.getincrementaldecoder("utf-8")().decode
    n, buf, pos, opened, eof = 0, "", 0, False, False
    with state_errors(path), path.open("rb") as fh:
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
                    if n >= skip:
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
