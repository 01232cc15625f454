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
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from annotate._files import write_text
from annotate.errors import ConnectionFailed, StudioError
from annotate.studio import _database, _postgres, _server, _start_time
from annotate.studio._client import Client, Connection

__all__ = [
    "StudioStatus",
    "StudioStopped",
    "connect",
    "home_dir",
    "studio_down",
    "studio_status",
    "studio_up",
]

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
    bind: str | None = None  # the address it listens on
    note: str | None = None  # why a server saved in the state is not running
    database: str = _database.SQLITE  # where Label Studio keeps its data: sqlite or postgresql
    database_location: str | None = None  # its file, or its URL without the password
    database_bytes: int | None = None  # its size, when it can be measured


@dataclass(frozen=True)
class StudioStopped:
    """What ``annotate studio down`` did."""

    stopped: bool  # a server was running and has been stopped
    pid: int | None = None
    note: str | None = None  # why nothing was stopped, when state was saved


@dataclass(frozen=True)
class _Saved:
    """The server saved in the state file, checked against the running processes."""

    pid: int
    url: str | None
    bind: str | None
    ours: bool  # pid is the server `studio up` started (command line and start time)
    healthy: bool
    # The private PostgreSQL started with it, when it is still that process.
    postmaster: int | None = None
    postgres_port: int | None = None

    def note(self, path: Path) -> str | None:
        if not self.ours:
            return (
                f"the saved state {path} is stale: pid {self.pid} is not the Label Studio "
                "server started from here"
            )
        if not self.healthy:
            return f"its process (pid {self.pid}) is alive but does not answer {self.url}/health"
        return None


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


def _saved(home: Path) -> _Saved | None:
    # The one check behind status, up and down, so that they never disagree.
    state = _read_state(home)
    if not state or not isinstance(state.get("pid"), int):
        return None
    pid = state["pid"]
    assert isinstance(pid, int)
    url, bind, data_dir, started_at = (
        value if isinstance(value, str) else None
        for value in (state.get(k) for k in ("url", "bind", "data_dir", "started_at"))
    )
    # A state file written before the start time was recorded cannot be verified: stale.
    ours = data_dir is not None and _server.is_our_server(
        pid, data_dir=Path(data_dir), started_at=started_at
    )
    healthy = ours and url is not None and _server.is_healthy(url)
    postmaster, postgres_port = _saved_postmaster(state)
    return _Saved(pid, url, bind, ours, healthy, postmaster, postgres_port)


def _saved_postmaster(state: Mapping[str, object]) -> tuple[int | None, int | None]:
    pg = state.get("postgres")
    if not isinstance(pg, dict):
        return None, None
    pid, port, data_dir, started_at = (pg.get(k) for k in ("pid", "port", "data_dir", "started_at"))
    if not (isinstance(pid, int) and isinstance(data_dir, str)):
        return None, None
    started = started_at if isinstance(started_at, str) else None
    ours = _postgres.is_our_postmaster(pid, data_dir=Path(data_dir), started_at=started)
    return (pid, port if isinstance(port, int) else None) if ours else (None, None)


def _status(home: Path, saved: _Saved | None) -> StudioStatus:
    running = saved is not None and saved.healthy
    choice = _database.load_choice(home) or {"kind": _database.SQLITE}
    db = _connection(choice, saved.postgres_port if saved and running else None)
    if choice["kind"] == _database.SQLITE:
        sqlite = (home / "label-studio" / "label_studio.sqlite3").resolve()
        location: str | None = str(sqlite)
        size = sqlite.stat().st_size if sqlite.exists() else None
    else:
        location = db.where() if db else f"{(home / 'postgres').resolve()} (stopped)"
        size = _database.size_bytes(db) if db else None
    return StudioStatus(
        running=running,
        url=saved.url if saved else None,
        pid=saved.pid if saved and saved.healthy else None,
        data_dir=str(home / "label-studio"),
        username=ADMIN_USER,
        credentials_file=str(_credentials_path(home)),
        bind=saved.bind if saved and saved.healthy else None,
        note=saved.note(_state_path(home)) if saved else None,
        database=choice["kind"],
        database_location=location,
        database_bytes=size,
    )


def _connection(choice: Mapping[str, object], port: int | None) -> _database.Database | None:
    """The PostgreSQL database of ``choice``; the private one only when it runs on ``port``."""
    if choice["kind"] != _database.POSTGRESQL:
        return None
    if isinstance(choice.get("url"), str):
        return _database.parse_url(str(choice["url"]))
    if port is None:
        return None
    password = str(choice["password"])
    return _database.Database(_server.LOOPBACK, port, _postgres.DATABASE, _postgres.ROLE, password)


def studio_status(home: Path | None = None) -> StudioStatus:
    """Report whether the local server is running.

    Running means the saved process is the server ``studio_up`` started (its command line
    and start time match) and it answers ``/health``; otherwise ``note`` says which of the
    two failed.
    """
    home = home or home_dir()
    return _status(home, _saved(home))


def studio_up(
    home: Path | None = None,
    *,
    port: int = DEFAULT_PORT,
    bind: str = _server.LOOPBACK,
    database: str | None = None,
    database_url: str | None = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> StudioStatus:
    """Start the local Label Studio server unless it already runs; wait until it is healthy.

    Parameters
    ----------
    port
        The port to listen on.
    bind
        The IP address to listen on. The default, loopback, keeps the server (and its login
        page) unreachable from the network; ``0.0.0.0`` opens it to every interface.
    database
        ``sqlite`` (the default on a first start) or ``postgresql``: a private PostgreSQL
        with its data in ``<home>/postgres``, started and stopped with Label Studio. Later
        starts reuse the first one's choice.
    database_url
        ``postgresql://USER:PASSWORD@HOST:PORT/NAME``: a PostgreSQL database of the user's
        own, instead of the private one.
    log
        Called with a progress message when a server is being started.

    Raises
    ------
    StudioError
        ``bind`` is not an IP address, the saved server's process is alive but does not
        answer (stop it with ``studio_down`` first), the database asked for is not the one
        this home's Label Studio already uses, or PostgreSQL cannot be set up or started.
    """
    home = home or home_dir()
    saved = _saved(home)
    status = _status(home, saved)
    if status.running:
        return status
    if saved is not None and saved.ours:
        raise StudioError(
            f"the local Label Studio started earlier is not answering: {status.note}",
            hint="stop it with `annotate studio down`, then run `annotate studio up` again",
        )
    _server.is_loopback(bind)  # a bad address fails before anything starts
    data_dir = home / "label-studio"
    choice = _database.resolve(
        home,
        database,
        database_url,
        lambda: secrets.token_urlsafe(24),
        has_sqlite=(data_dir / "label_studio.sqlite3").exists(),
    )
    if choice.get("private"):
        _postgres.find_bin_dir()  # no PostgreSQL: say so before anything is saved or started
    home.mkdir(parents=True, exist_ok=True)
    # Saved before anything starts: a private server's password must outlive a failed start.
    _database.save_choice(home, choice)
    migrated = _start_time.migrated(data_dir)
    log(_start_time.estimate(home, data_dir))
    creds = _credentials(home)
    began = time.monotonic()
    postmaster = _start_private_postgres(home, choice, saved)
    db = _connection(choice, postmaster.port if postmaster else None)
    try:
        proc = _server.start_server(
            data_dir,
            port=port,
            username=creds["username"],
            password=creds["password"],
            token=creds["token"],
            bind=bind,
            database_env=db.label_studio_env() if db else None,
        )
    except BaseException:
        if postmaster is not None:
            _postgres.stop_postmaster(postmaster.pid)
        raise
    _start_time.record(home, migrated, time.monotonic() - began)
    state: dict[str, object] = {
        "url": proc.url,
        "pid": proc.pid,
        "port": port,
        "bind": proc.bind,
        "data_dir": str(proc.data_dir),
        "started_at": proc.started_at,
    }
    if postmaster is not None:
        state["postgres"] = {
            "pid": postmaster.pid,
            "port": postmaster.port,
            "data_dir": str(postmaster.data_dir),
            "started_at": postmaster.started_at,
        }
    _write_private(_state_path(home), state)
    return StudioStatus(
        running=True,
        url=proc.url,
        pid=proc.pid,
        data_dir=str(proc.data_dir),
        username=creds["username"],
        credentials_file=str(_credentials_path(home)),
        started=True,
        bind=proc.bind,
        database=choice["kind"],
        database_location=db.where() if db else str(data_dir.resolve() / "label_studio.sqlite3"),
    )


def _start_private_postgres(
    home: Path, choice: Mapping[str, object], saved: _Saved | None
) -> _postgres.Postmaster | None:
    """Set up and start the private PostgreSQL of ``choice``, or reuse the one still running."""
    if choice["kind"] != _database.POSTGRESQL or not choice.get("private"):
        return None
    cluster = (home / "postgres").resolve()
    if saved is not None and saved.postmaster is not None and saved.postgres_port is not None:
        # Label Studio went away but its database did not: a second postmaster on the
        # same data would be refused, so go on with this one.
        started = _server.process_start(saved.postmaster)
        return _postgres.Postmaster(
            saved.postmaster, saved.postgres_port, cluster, home / "postgres.log", started
        )
    password = str(choice["password"])
    _postgres.init_cluster(cluster, password=password)
    return _postgres.start_cluster(cluster, password=password)


def studio_down(home: Path | None = None) -> StudioStopped:
    """Stop the local server, if the saved process is still the server ``studio_up`` started.

    A saved pid that now belongs to another process (or to none) gets no signal: the stale
    state is removed and ``note`` says so. A server of ours that does not answer is stopped.
    """
    home = home or home_dir()
    saved = _saved(home)
    if saved is None:
        return StudioStopped(stopped=False)
    note = saved.note(_state_path(home))
    stopped = saved.ours and _server.stop_pid(saved.pid)
    # After Label Studio, which holds connections to it; checked like the server's pid.
    if saved.postmaster is not None:
        _postgres.stop_postmaster(saved.postmaster)
    _state_path(home).unlink(missing_ok=True)
    return StudioStopped(stopped=stopped, pid=saved.pid, note=None if stopped else note)


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
