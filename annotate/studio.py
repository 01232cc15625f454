"""The embedded Label Studio server and how every command finds a server.

``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY`` (the SDK's own names) point at a remote
or team server; without them the local server that ``studio_up`` started is used. Local
state lives under ``.annotate/`` (or ``$ANNOTATE_HOME``): the server's data directory, its
pid and port, and the admin credentials in a file only the owner can read.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from annotate import _server
from annotate._client import Client, Connection
from annotate._files import write_text
from annotate.errors import ConnectionFailed, StudioError

__all__ = ["StudioStatus", "connect", "home_dir", "studio_down", "studio_status", "studio_up"]

ADMIN_USER = "admin@annotate.local"
DEFAULT_PORT = 8080


@dataclass(frozen=True)
class StudioStatus:
    """What ``annotate studio status`` reports."""

    running: bool
    url: str | None
    pid: int | None
    data_dir: str
    username: str
    credentials_file: str
    started: bool = False  # True when this call started it


def home_dir() -> Path:
    """The folder with the toolkit's local state (``$ANNOTATE_HOME`` or ``./.annotate``)."""
    return Path(os.environ.get("ANNOTATE_HOME", ".annotate"))


def _state_path(home: Path) -> Path:
    return home / "studio.json"


def _credentials_path(home: Path) -> Path:
    return home / "credentials.json"


def _write_private(path: Path, payload: Mapping[str, object]) -> None:
    # Created 0600 from the start: no window in which another user could read the token;
    # and renamed into place whole, so a kill never leaves half the credentials.
    write_text(path, json.dumps(payload), mode=0o600)


def _credentials(home: Path) -> dict[str, str]:
    path = _credentials_path(home)
    if path.exists():
        data: dict[str, str] = json.loads(path.read_text())
        return data
    creds = {
        "username": ADMIN_USER,
        "password": secrets.token_urlsafe(18),
        "token": secrets.token_hex(20),
    }
    _write_private(path, creds)
    return creds


def _read_state(home: Path) -> dict[str, object] | None:
    path = _state_path(home)
    if not path.exists():
        return None
    state: dict[str, object] = json.loads(path.read_text())
    return state


def studio_status(home: Path | None = None) -> StudioStatus:
    """Report whether the local server is running."""
    home = home or home_dir()
    state = _read_state(home) or {}
    url = state.get("url")
    pid = state.get("pid")
    running = isinstance(url, str) and _server.is_healthy(url)
    return StudioStatus(
        running=running,
        url=url if isinstance(url, str) else None,
        pid=pid if isinstance(pid, int) and running else None,
        data_dir=str(home / "label-studio"),
        username=ADMIN_USER,
        credentials_file=str(_credentials_path(home)),
    )


def studio_up(home: Path | None = None, *, port: int = DEFAULT_PORT) -> StudioStatus:
    """Start the local Label Studio server unless it already runs; wait until it is healthy."""
    home = home or home_dir()
    status = studio_status(home)
    if status.running:
        return status
    creds = _credentials(home)
    proc = _server.start_server(
        home / "label-studio",
        port=port,
        username=creds["username"],
        password=creds["password"],
        token=creds["token"],
    )
    _write_private(_state_path(home), {"url": proc.url, "pid": proc.pid, "port": port})
    return StudioStatus(
        running=True,
        url=proc.url,
        pid=proc.pid,
        data_dir=str(proc.data_dir),
        username=creds["username"],
        credentials_file=str(_credentials_path(home)),
        started=True,
    )


def studio_down(home: Path | None = None) -> bool:
    """Stop the local server. Returns False when it was not running."""
    home = home or home_dir()
    state = _read_state(home)
    if not state or not isinstance(state.get("pid"), int):
        return False
    pid = state["pid"]
    assert isinstance(pid, int)
    stopped = _server.stop_pid(pid)
    _state_path(home).unlink(missing_ok=True)
    return stopped


def connect(home: Path | None = None, *, check: bool = True) -> Client:
    """A client for the configured server: the environment's, else the local one."""
    url = os.environ.get("LABEL_STUDIO_URL")
    key = os.environ.get("LABEL_STUDIO_API_KEY")
    if url and key:
        connection = Connection(url=url.rstrip("/"), api_key=key)
    elif url or key:
        missing = "LABEL_STUDIO_API_KEY" if url else "LABEL_STUDIO_URL"
        raise StudioError(
            f"{missing} is not set, but {'LABEL_STUDIO_URL' if url else 'LABEL_STUDIO_API_KEY'} is",
            hint="set both to use a remote server, or neither to use the local one",
        )
    else:
        home = home or home_dir()
        state = _read_state(home)
        creds_path = _credentials_path(home)
        if state is None or not creds_path.exists():
            raise ConnectionFailed(
                "no Label Studio server is configured",
                hint="run `annotate studio up` for a local one, or set LABEL_STUDIO_URL and "
                "LABEL_STUDIO_API_KEY",
            )
        creds = json.loads(creds_path.read_text())
        connection = Connection(url=str(state["url"]), api_key=creds["token"], local=True)
    client = Client(connection)
    if check:
        client.check()
    return client
