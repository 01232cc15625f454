"""How long starting the local Label Studio takes, said before it starts.

A fixed "about 30 s" was wrong by a factor of three on a busy two-core machine: the first
start runs Django's migrations (about 30 s idle, 90 s or more busy, DESIGN.md), later
starts skip them. So the message gives the measured range for a first start, and for a
later one the time the last start on this machine took, recorded in the toolkit home.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from annotate._files import write_text

__all__ = ["estimate", "migrated", "record"]

_FILE = "start-seconds.json"
# What a first start (with migrations) took here: idle machine, and a busy one.
FIRST_START = "about 30 s on an idle machine, 1.5 min or more on a busy one"


def migrated(data_dir: Path) -> bool:
    """Whether a server already set up its database from ``data_dir`` (no migrations then).

    On SQLite the database file is there; on PostgreSQL it is elsewhere, but Label Studio
    writes its secret key to ``.env`` in its data folder on its first start either way.
    """
    return (data_dir / "label_studio.sqlite3").exists() or (data_dir / ".env").exists()


def estimate(home: Path, data_dir: Path) -> str:
    """The message to show before starting a server with its data in ``data_dir``."""
    if not migrated(data_dir):
        return f"starting Label Studio; its first start sets up its database: {FIRST_START}..."
    last = _read(home).get("start")
    if last is None:
        return "starting Label Studio (no migrations this time: faster than its first start)..."
    return f"starting Label Studio (the last start here took {math.ceil(last)} s)..."


def record(home: Path, was_migrated: bool, seconds: float) -> None:
    """Remember how long a start took (a first start is kept apart: it migrates)."""
    times = _read(home)
    times["start" if was_migrated else "first_start"] = round(seconds, 1)
    write_text(home / _FILE, json.dumps(times, sort_keys=True) + "\n")


def _read(home: Path) -> dict[str, float]:
    try:
        data = json.loads((home / _FILE).read_text())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: float(v) for k, v in data.items() if isinstance(v, int | float)}
