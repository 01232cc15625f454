"""The local map of sentence id -> Label Studio task id that makes push idempotent.

A small SQLite file per server and project under the toolkit home. It is a cache: it can
always be rebuilt from the server (every task carries its ``sentence_id`` and
``text_sha256``), and it is rebuilt whenever it cannot be trusted — after an interrupted
push (the ``dirty`` flag) or when the server's task count disagrees with it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

__all__ = ["TaskMap"]


class TaskMap:
    """Sentence id -> (task id, text hash), persisted in SQLite."""

    def __init__(self, home: Path, server_url: str, project_id: int) -> None:
        key = hashlib.sha256(server_url.encode()).hexdigest()[:12]
        self.path = home / "push" / f"{key}-project-{project_id}.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.executescript(
            """
            CREATE TABLE IF NOT EXISTS tasks (
                sentence_id TEXT PRIMARY KEY, task_id INTEGER NOT NULL, text_sha256 TEXT);
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            """
        )

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        (n,) = self._db.execute("SELECT count(*) FROM tasks").fetchone()
        return int(n)

    def entries(self) -> dict[str, tuple[int, str | None]]:
        rows = self._db.execute("SELECT sentence_id, task_id, text_sha256 FROM tasks")
        return {sid: (tid, sha) for sid, tid, sha in rows}

    def add(self, rows: Iterable[tuple[str, int, str | None]]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO tasks (sentence_id, task_id, text_sha256) VALUES (?, ?, ?)",
                rows,
            )

    def replace_all(self, rows: Iterable[tuple[str, int, str | None]]) -> None:
        with self._db:
            self._db.execute("DELETE FROM tasks")
            self._db.executemany(
                "INSERT INTO tasks (sentence_id, task_id, text_sha256) VALUES (?, ?, ?)", rows
            )

    @property
    def dirty(self) -> bool:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'dirty'").fetchone()
        return bool(row and row[0] == "1")

    @dirty.setter
    def dirty(self, value: bool) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('dirty', ?)",
                ("1" if value else "0",),
            )
