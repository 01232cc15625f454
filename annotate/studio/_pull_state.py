"""What pull keeps between runs: the snapshot, the watermark and the checkpoint.

One folder per server and project under ``<home>/pull/``:

``state.json``
    Project id, format version and the watermark: the server's clock when the last pull
    started, minus a commit lag; tasks changed after it are read next time. Also how many
    bytes of ``snapshot.jsonl`` it vouches for, a version number bumped by every pull, the
    name and sha256 of the index file, and the checksums of the table last built from it
    (see ``pull.py``).
``index-<version>.bin``
    The snapshot's index (task id -> draft and prediction counts, ``_pull_index``), one
    file per version so that a pull interrupted before its ``state.json`` leaves the index
    the old one names; the others are removed once the new state is written.
``snapshot.jsonl``
    Every task as last pulled, slimmed (``_pull_fetch.slim_task``): sentence id and text,
    annotations with pseudonymised annotators, draft and prediction counts. A full pull
    writes it whole, in task id order; an incremental pull appends the tasks it read and
    a ``{"id": .., "deleted": true}`` line per deleted task, so it costs what changed, not
    the project.
    The later line of a task wins. Bytes past the length in ``state.json`` (an append
    that was interrupted) are ignored and cut off by the next append; the file is
    rewritten whole once it holds more superseded lines than live ones.
``run/``
    The checkpoint of a pull in progress: ``run.json`` (mode, watermark used, server time
    at the start, last task id done, pages and tasks done). An incremental pull keeps one
    ``page-<n>.jsonl`` per finished page. A full pull keeps the server's export
    (``export.json``, once downloaded whole) and the new snapshot it is writing
    (``snapshot.jsonl``, in the export's order, with the bytes vouched for in ``run.json``);
    once complete that file becomes the snapshot, moved, not rewritten. A pull that finds
    a checkpoint with the same project and mode continues after the last id (an
    incremental one) or the tasks done of the export (a full one) instead of starting
    over.

Nothing here is secret and nothing holds an e-mail or a token (annotators are already
pseudonyms), but the folder is still made 0700: annotation content is unpublished data.
This is a cache: deleting the folder only costs the next pull a full fetch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from array import array
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec

from annotate._files import append_at, atomic_file, write_bytes, write_text
from annotate.errors import AnnotateError, PullError
from annotate.studio._pull_index import TaskIndex

__all__ = ["PullState", "Run", "state_errors"]

FORMAT = 3
# The format before the index moved out of state.json: still read, so that the first
# pull after an upgrade is an incremental one.
_READABLE = (2, FORMAT)
SNAPSHOT = "snapshot.jsonl"
# How much of a full pull's snapshot is held between two checkpoints (see ``Run.append``).
CHECKPOINT_BYTES = 4 << 20


@contextlib.contextmanager
def state_errors(path: Path) -> Iterator[None]:
    """An ``OSError`` on ``path``, a file of pull's own state, as the error that names it.

    Its writes already fail that way (``_files``); this is for reading, moving and
    deleting. A full pull does all three while its table files are open, and a bare
    ``OSError`` there would be reported as a failure to write the table.
    """
    try:
        yield
    except AnnotateError:
        raise
    except OSError as exc:
        raise PullError(
            f"could not read or move {path}, a file of pull's state: {exc.strerror or exc}",
            hint=f"check that disk and the permissions of {path.parent}, then pull again "
            "(deleting that folder only costs the next pull a full read)",
        ) from exc


def _write_atomic(path: Path, text: str) -> None:
    # Write then rename: an interrupted pull never leaves a half-written file.
    write_text(path, text)


def _write_atomic_bytes(path: Path, data: bytes) -> None:
    write_bytes(path, data)


def _jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


# A full pull's snapshot lines: the same JSON as ``_jsonl`` writes, its results kept in
# the export's bytes (see ``_pull_export``). Only for tasks msgspec decoded (those holding
# such bytes): it writes NaN as null, where the standard encoder keeps what its decoder
# read, and msgspec never decodes a NaN.
_LINE = msgspec.json.Encoder(order="sorted")


def _line(task: dict[str, Any]) -> bytes:
    if any(isinstance(a["result"], msgspec.Raw) for a in task["annotations"]):
        return _LINE.encode(task) + b"\n"
    return _jsonl([task]).encode("utf-8")


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


class Run:
    """The checkpoint of one pull in progress."""

    def __init__(self, folder: Path, meta: dict[str, Any]) -> None:
        self.folder = folder
        self.meta = meta
        # Where each task's line is in a full pull's snapshot file: three machine integers
        # a task (about 5 MB for 200,000), so that an export out of id order can be read
        # back in id order without holding its tasks.
        self._ids, self._at, self._length = array("q"), array("q"), array("q")
        # The pages this process fetched, kept so that they are not read back from disk.
        self._pages: dict[int, list[dict[str, Any]]] = {}
        # A full pull's snapshot lines encoded and not yet written (see ``append``).
        self._held: list[bytes] = []
        self._held_ids: list[int] = []
        self._held_bytes = 0
        self._held_newest = ""

    @property
    def last_id(self) -> int:
        return int(self.meta["last_id"])

    @property
    def pages(self) -> int:
        return int(self.meta["pages"])

    @property
    def done(self) -> int:
        """Tasks in the finished pages."""
        return int(self.meta.get("done", 0))

    def add_page(self, tasks: list[dict[str, Any]]) -> None:
        """Persist one finished page, then advance the checkpoint past it."""
        n = self.pages + 1
        _write_atomic(self.folder / f"page-{n:06d}.jsonl", _jsonl(tasks))
        self._pages[n] = tasks
        # The page file is complete before run.json points past it; a crash between the two
        # leaves an orphan page that the next run overwrites.
        self.meta["pages"] = n
        self.meta["done"] = self.done + len(tasks)
        self.meta["last_id"] = max([self.last_id, *(t["id"] for t in tasks)])
        _write_atomic(self.folder / "run.json", json.dumps(self.meta, sort_keys=True))

    def tasks(self) -> Iterator[dict[str, Any]]:
        """Every task of the finished pages, in fetch order."""
        for n in range(1, self.pages + 1):
            page = self._pages.get(n)
            yield from _read_jsonl(self.folder / f"page-{n:06d}.jsonl") if page is None else page

    # -- a full pull: one growing snapshot file instead of pages -------------------------
    @property
    def snapshot_path(self) -> Path:
        return self.folder / SNAPSHOT

    @property
    def written(self) -> int:
        """Bytes of the full pull's snapshot file that ``run.json`` vouches for."""
        return int(self.meta.get("bytes", 0))

    @property
    def ordered(self) -> bool:
        """Whether every task so far came after the one before in id order."""
        return bool(self.meta.get("ordered", True))

    def append(self, tasks: list[dict[str, Any]]) -> None:
        """Add a batch of a full pull to its snapshot file, encoded now, written and
        checkpointed once ``CHECKPOINT_BYTES`` are held (and at :meth:`flush`).

        The file is the snapshot the pull will keep, in the export's order: a full pull
        writes each task once and never reads it back (unless it is resumed, or the
        export was not in id order). Each checkpoint costs three fsyncs, so it is taken
        every few thousand tasks rather than every batch (1,200 fsyncs took 12 s of a
        200,000-task pull on a busy disk); an interrupted pull reads the tasks held and
        not yet written from the export again.
        """
        for task in tasks:
            line = _line(task)
            self._held.append(line)
            self._held_ids.append(task["id"])
            self._held_bytes += len(line)
            if task["updated_at"] and task["updated_at"] > self._held_newest:
                self._held_newest = task["updated_at"]
        if self._held_bytes >= CHECKPOINT_BYTES:
            self.flush()

    def flush(self) -> None:
        """Write the tasks held to the snapshot file, then advance the checkpoint.

        Bytes past ``written`` (an append that was interrupted) are cut off first.
        """
        if not self._held:
            return
        lines, ids = self._held, self._held_ids
        data = b"".join(lines)
        if not self.snapshot_path.exists():
            write_bytes(self.snapshot_path, b"")
        append_at(self.snapshot_path, self.written, data)
        at = self.written
        for task_id, line in zip(ids, lines, strict=True):
            self._place(task_id, at, len(line))
            at += len(line)
        after = [self.last_id, *ids]
        ordered = self.ordered and all(a < b for a, b in zip(after, ids, strict=False))
        self.meta.update(
            done=self.done + len(ids),
            bytes=self.written + len(data),
            last_id=max(self.last_id, *ids),
            ordered=ordered,
            newest=max(self.meta.get("newest") or "", self._held_newest) or None,
        )
        _write_atomic(self.folder / "run.json", json.dumps(self.meta, sort_keys=True))
        self._held, self._held_ids, self._held_bytes, self._held_newest = [], [], 0, ""

    def _place(self, task_id: int, at: int, length: int) -> None:
        self._ids.append(task_id)
        self._at.append(at)
        self._length.append(length)

    def in_order(self, drop: set[int]) -> Iterator[dict[str, Any]]:
        """The snapshot file's tasks in id order, without ``drop``, rewriting it so.

        For an export that was not in id order, or tasks deleted while it was read: the
        table is built in id order. Each line is read once more, in id order (from the
        places noted as it was written), decoded for the table and copied to the sorted
        file, which replaces the snapshot file once every line is through. A task listed
        twice keeps its later line.
        """
        ids, at, length = self._ids, self._at, self._length
        order = sorted(range(len(ids)), key=lambda i: (ids[i], i))
        target = self.snapshot_path.with_name(SNAPSHOT + ".sorted")
        written = 0
        with (
            state_errors(self.snapshot_path),
            self.snapshot_path.open("rb") as src,
            atomic_file(target) as out,
        ):
            for n, i in enumerate(order):
                if ids[i] in drop or (n + 1 < len(order) and ids[order[n + 1]] == ids[i]):
                    continue
                src.seek(at[i])
                line = src.read(length[i])
                out.write(line)
                written += len(line)
                yield json.loads(line)
        with state_errors(self.snapshot_path):
            os.replace(target, self.snapshot_path)
        self.meta.update(bytes=written, ordered=True)
        _write_atomic(self.folder / "run.json", json.dumps(self.meta, sort_keys=True))

    def appended(self) -> Iterator[dict[str, Any]]:
        """The tasks of a full pull's snapshot file, as far as the checkpoint vouches."""
        if not self.written:
            return
        with state_errors(self.snapshot_path), self.snapshot_path.open("rb") as fh:
            offset = 0
            for line in fh:
                if offset + len(line) > self.written:
                    break
                if line.strip():
                    task = json.loads(line)
                    self._place(task["id"], offset, len(line))
                    yield task
                offset += len(line)


class PullState:
    """The pull state of one project on one server.

    Parameters
    ----------
    home : pathlib.Path
        The toolkit home (``annotate.studio._local.home_dir()``).
    server_url, project : str
        Together they name the folder (hashed: titles may hold any character).
    """

    def __init__(self, home: Path, server_url: str, project: str) -> None:
        key = hashlib.sha256(f"{server_url}\0{project}".encode()).hexdigest()[:16]
        self.folder = home / "pull" / key
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)

    # -- the last completed pull ---------------------------------------------------------
    def meta(self, project_id: int) -> dict[str, Any] | None:
        """The last pull's state, or None when there is none usable for ``project_id``.

        A project deleted and recreated under the same title has a new id: its old
        snapshot says nothing about it.
        """
        path = self.folder / "state.json"
        if not path.exists() or not (self.folder / "snapshot.jsonl").exists():
            return None
        meta: dict[str, Any] = json.loads(path.read_text())
        if meta.get("format") not in _READABLE or meta.get("project_id") != project_id:
            return None
        return meta

    def index(self, meta: dict[str, Any]) -> TaskIndex | None:
        """Task id -> (drafts, predictions) of every task in the snapshot of ``meta``.

        None when the index file is missing or not the one ``meta`` names (its sha256):
        only a full pull can rebuild it.
        """
        if "tasks" in meta:  # format 2
            return TaskIndex.from_dict({int(k): (v[0], v[1]) for k, v in meta["tasks"].items()})
        try:
            data = (self.folder / meta["index"]).read_bytes()
        except (OSError, KeyError, TypeError):
            return None
        if hashlib.sha256(data).hexdigest() != meta.get("index_sha256"):
            return None
        return TaskIndex.from_bytes(data)

    def snapshot(self) -> dict[int, dict[str, Any]]:
        """Task id -> slimmed task, as of the last completed pull."""
        path = self.folder / "snapshot.jsonl"
        state = self.folder / "state.json"
        if not path.exists() or not state.exists():
            return {}
        size = int(json.loads(state.read_text()).get("snapshot_bytes", 0))
        with path.open("rb") as fh:
            content = fh.read(size).decode("utf-8")
        tasks: dict[int, dict[str, Any]] = {}
        for line in content.split("\n"):
            if line.strip():
                task = json.loads(line)
                if task.get("deleted"):
                    tasks.pop(task["id"], None)
                else:
                    tasks[task["id"]] = task
        return tasks

    def save(
        self,
        project_id: int,
        watermark: str | None,
        index: TaskIndex,
        *,
        full: dict[int, dict[str, Any]] | None = None,
        changed: Iterable[dict[str, Any]] = (),
        deleted: Iterable[int] = (),
        previous: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Record a completed pull: snapshot first, then the state that vouches for it.

        ``full`` is every task (the snapshot is rewritten); otherwise ``changed`` and
        ``deleted`` are appended to the snapshot of ``previous`` (the last pull's meta).
        Returns the new meta.
        """
        path = self.folder / "snapshot.jsonl"
        lines = [*changed, *({"id": i, "deleted": True} for i in sorted(deleted))]
        if full is None and previous is not None:
            size, count = int(previous["snapshot_bytes"]), int(previous["snapshot_lines"])
            if count + len(lines) > 2 * max(len(index), 1000):
                live = index.keys()
                full = {k: v for k, v in self.snapshot().items() if k in live}
                full.update((t["id"], t) for t in changed)
        if full is not None:
            text = _jsonl(full[k] for k in sorted(full)).encode("utf-8")
            _write_atomic_bytes(path, text)
            size, count = len(text), len(full)
        elif lines:
            text = _jsonl(lines).encode("utf-8")
            # In place on purpose (costs what changed): state.json, written after, vouches
            # for the first ``size`` bytes only, so an interrupted append is never read.
            append_at(path, size, text)
            size, count = size + len(text), count + len(lines)
        version = 1 if previous is None else int(previous.get("version", 0)) + 1
        meta = {
            "format": FORMAT,
            "project_id": project_id,
            "watermark": watermark,
            "version": version,
            "snapshot_bytes": size,
            "snapshot_lines": count,
            **self._write_index(index, version),
            "built": None,
        }
        self.write_meta(meta)
        self._remove_other_indexes(meta)
        return meta

    def adopt(
        self,
        project_id: int,
        watermark: str | None,
        index: TaskIndex | dict[int, tuple[int, int]],
        run: Run,
    ) -> dict[str, Any]:
        """Record a completed full pull whose snapshot ``run`` wrote (in id order).

        The file is moved, not copied. The old state goes first: between the move and
        the new state, a state naming the old snapshot's length would vouch for part of
        the new file; with none, the next pull is a full one. Returns the new meta.
        """
        path = self.folder / SNAPSHOT
        with state_errors(self.folder / "state.json"):
            (self.folder / "state.json").unlink(missing_ok=True)
        if run.written:
            append_at(run.snapshot_path, run.written, b"")  # cuts off an interrupted append
            with state_errors(run.snapshot_path):
                os.replace(run.snapshot_path, path)
        else:
            write_bytes(path, b"")
        if not isinstance(index, TaskIndex):
            index = TaskIndex.from_dict(index)
        meta = {
            "format": FORMAT,
            "project_id": project_id,
            "watermark": watermark,
            "version": 1,
            "snapshot_bytes": run.written,
            "snapshot_lines": len(index),
            **self._write_index(index, 1),
            "built": None,
        }
        self.write_meta(meta)
        self._remove_other_indexes(meta)
        return meta

    def write_meta(self, meta: dict[str, Any]) -> None:
        _write_atomic(self.folder / "state.json", json.dumps(meta, sort_keys=True))

    def _write_index(self, index: TaskIndex, version: int) -> dict[str, Any]:
        """Write the index of snapshot ``version``; returns what ``state.json`` says of it."""
        name = f"index-{version:06d}.bin"
        data = index.to_bytes()
        _write_atomic_bytes(self.folder / name, data)
        return {"index": name, "index_sha256": hashlib.sha256(data).hexdigest()}

    def _remove_other_indexes(self, meta: dict[str, Any]) -> None:
        # Only once the state naming the new one is written: until then the old state
        # and its index are the last complete pull.
        for path in self.folder.glob("index-*.bin"):
            if path.name != meta["index"]:
                with contextlib.suppress(OSError):
                    path.unlink()

    # -- the checkpoint ------------------------------------------------------------------
    def run(
        self, project_id: int, full: bool, since: str | None, started: datetime | None
    ) -> tuple[Run, bool]:
        """The checkpoint to continue, or a fresh one. Returns it and whether it resumes.

        A checkpoint resumes only a pull of the same project and kind (full, or
        incremental from the same watermark); anything else starts over. ``started`` (the
        server's clock now) is kept from the first attempt: the watermark must not pass
        changes made between the attempts to pages already done.
        """
        folder = self.folder / "run"
        wanted = {"format": FORMAT, "project_id": project_id, "full": full, "since": since}
        path = folder / "run.json"
        if path.exists():
            meta = json.loads(path.read_text())
            if {k: meta.get(k) for k in wanted} == wanted:
                return Run(folder, meta), True
        self.clear_run()
        folder.mkdir(parents=True)
        stamp = None if started is None else started.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        meta = {**wanted, "last_id": 0, "pages": 0, "started": stamp}
        _write_atomic(path, json.dumps(meta, sort_keys=True))
        return Run(folder, meta), False

    def clear_run(self) -> None:
        shutil.rmtree(self.folder / "run", ignore_errors=True)

    def files(self) -> list[Path]:
        """Every file of this state (for tests that check nothing secret is stored)."""
        return sorted(p for p in self.folder.rglob("*") if p.is_file())
