"""The local map of sentence id -> Label Studio task id that makes push idempotent.

A small SQLite file per server and project under the toolkit home. It is a cache: it can
always be rebuilt from the server (every task carries its ``sentence_id`` and
``text_sha256``), and it is rebuilt whenever it cannot be trusted — after an interrupted
push (the ``dirty`` flag), when the server's task count disagrees with it, or when the file
itself is unreadable. Nothing in it is the only copy of anything, so it never stops a push:
a damaged file is replaced, and rows that contradict each other are resolved, not refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["TaskMap", "push_lock"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    sentence_id TEXT PRIMARY KEY, task_id INTEGER NOT NULL, text_sha256 TEXT);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


def _server_key(server_url: str) -> str:
    return hashlib.sha256(server_url.encode()).hexdigest()[:12]


class TaskMap:
    """Sentence id -> (task id, text hash), persisted in SQLite."""

    def __init__(self, home: Path, server_url: str, project_id: int) -> None:
        self.path = home / "push" / f"{_server_key(server_url)}-project-{project_id}.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            # Not a database any more (a crash mid-write, a stray copy): it is only a
            # cache, so start empty and let the count check rebuild it from the server.
            self.path.unlink(missing_ok=True)
            self._db = self._open()
            self.dirty = True

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM tasks").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        (n,) = self._db.execute("SELECT count(*) FROM tasks").fetchone()
        return int(n)

    def entries(self) -> dict[str, tuple[int, str | None]]:
        rows = self._db.execute("SELECT sentence_id, task_id, text_sha256 FROM tasks")
        return {sid: (tid, sha) for sid, tid, sha in rows}

    def max_task_id(self) -> int:
        (n,) = self._db.execute("SELECT coalesce(max(task_id), 0) FROM tasks").fetchone()
        return int(n)

    def add(self, rows: Iterable[tuple[str, int, str | None]]) -> None:
        """Record tasks; a sentence already mapped now points at the task given here."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO tasks (sentence_id, task_id, text_sha256) VALUES (?, ?, ?)",
                rows,
            )

    def replace_all(
        self, rows: Iterable[tuple[str, int, str | None]], *, untracked: int = 0
    ) -> None:
        """Forget everything and record ``rows``: what the server holds now.

        ``untracked`` counts the project's tasks that carry no sentence id (made in Label
        Studio by hand), so that the count check does not mistake them for a change.
        Should two rows name one sentence, the last one wins rather than the push failing.
        """
        with self._db:
            self._db.execute("DELETE FROM tasks")
            self._db.executemany(
                "INSERT OR REPLACE INTO tasks (sentence_id, task_id, text_sha256) VALUES (?, ?, ?)",
                rows,
            )
            self._set("untracked", str(untracked))

    @property
    def untracked(self) -> int:
        value = self._get("untracked")
        return int(value) if value and value.isdigit() else 0

    @property
    def dirty(self) -> bool:
        return self._get("dirty") == "1"

    @dirty.setter
    def dirty(self, value: bool) -> None:
        with self._db:
            self._set("dirty", "1" if value else "0")

    def _get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


@contextlib.contextmanager
def push_lock(home: Path, server_url: str, project: str) -> Iterator[None]:
    """Hold the lock that lets one push at a time, from this home, into ``project``.

    Only pushes sharing a working folder see this lock; pushes from other folders or
    machines are made safe by checking the server, not by it. It saves them the work of
    importing and then repairing the same batch twice.
    """
    import fcntl  # POSIX only, like the server management; imported where it is needed

    name = hashlib.sha256(project.encode()).hexdigest()[:12]
    path = home / "push" / f"{_server_key(server_url)}-{name}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        # flock belongs to this open file, so two threads of one process exclude each
        # other too; the kernel drops it when the process dies, so a crash leaves no
        # stale lock behind.
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
