"""Start, watch and stop a Label Studio server process.

Shared by ``annotate studio up`` and the test suite's fixture, so the tests start the
server exactly the way users do.
"""

from __future__ import annotations

import contextlib
import ipaddress
import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from annotate.errors import ConnectionFailed, MissingExtraError, StudioError

__all__ = [
    "LOOPBACK",
    "ServerProcess",
    "find_executable",
    "is_healthy",
    "is_loopback",
    "is_our_server",
    "process_start",
    "start_server",
    "stop_pid",
]

LOOPBACK = "127.0.0.1"

# First start runs Django migrations: about 30 s measured here, more on a loaded CI box.
DEFAULT_START_TIMEOUT = 240.0

_PROC = Path("/proc")

# Popen objects of servers started by this process: dropping one while its server runs
# would warn (and the server is meant to outlive the call that started it).
_STARTED: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class ServerProcess:
    """A Label Studio server this toolkit started."""

    pid: int
    url: str
    data_dir: Path
    log_path: Path
    bind: str = LOOPBACK
    # When the process started (see process_start): a pid alone may be reused.
    started_at: str | None = None


def find_executable() -> str:
    """Return the ``label-studio`` launcher of this environment."""
    beside = Path(sys.executable).with_name("label-studio")
    if beside.exists():
        return str(beside)
    found = shutil.which("label-studio")
    if found is None:
        raise MissingExtraError("label-studio", "studio")
    return found


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    """True when ``GET {url}/health`` answers 200."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def is_loopback(bind: str) -> bool:
    """True when a server bound to ``bind`` is reachable from this machine only."""
    return _address(bind).is_loopback


def _address(bind: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    try:
        return ipaddress.ip_address(bind)
    except ValueError:
        raise StudioError(
            f"the address to listen on must be an IP address, got {bind!r}",
            hint=f"use {LOOPBACK} (the default, this machine only), 0.0.0.0 for every "
            "network interface, or one address of this machine",
        ) from None


def _url_host(bind: str) -> str:
    """How this machine reaches a server listening on ``bind``."""
    address = _address(bind)
    if address.is_unspecified:  # every interface, loopback included
        return LOOPBACK if address.version == 4 else "[::1]"
    return str(address) if address.version == 4 else f"[{address}]"


def _check_port_free(bind: str, port: int, url: str) -> None:
    # Label Studio quietly moves to the next free port when its own is taken, and we would
    # then wait out the whole start timeout on the port we asked for: find out first.
    address = _address(bind)
    family = socket.AF_INET if address.version == 4 else socket.AF_INET6
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # SO_REUSEADDR: a port left in TIME_WAIT by a server just stopped is free to use.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((str(address), port))
        except OSError as exc:
            raise StudioError(
                f"port {port} is already in use on {bind} ({exc.strerror}); "
                f"Label Studio cannot listen at {url}",
                hint="pick a free port with --port, or stop the program that holds it",
            ) from exc


def start_server(
    data_dir: Path,
    *,
    port: int,
    username: str,
    password: str,
    token: str,
    bind: str = LOOPBACK,
    timeout: float = DEFAULT_START_TIMEOUT,
    database_env: Mapping[str, str] | None = None,
) -> ServerProcess:
    """Start ``label-studio`` in its own process group and wait until it is healthy.

    The admin account and its API token are created on the first start from ``username``,
    ``password`` and ``token``; later starts on the same ``data_dir`` reuse them.

    Parameters
    ----------
    bind
        The IP address the server listens on: loopback by default, so that nobody else on
        the network reaches its login page; ``0.0.0.0`` opens it to every interface.
    database_env
        Label Studio's database settings (``Database.label_studio_env``); without them, its
        SQLite file in ``data_dir``.
    """
    # Absolute: the server runs with data_dir as its working directory, where a relative
    # path would name a folder nested inside itself.
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "server.log"
    url = f"http://{_url_host(bind)}:{port}"
    if is_healthy(url):
        raise StudioError(
            f"another server already answers on {url}",
            hint="pick a free port with --port, or stop that server first",
        )
    _check_port_free(bind, port, url)
    env = dict(os.environ)
    # Secrets go in through the environment, which Label Studio reads for its first user:
    # a command line is visible to every user of the machine in `ps`.
    env.update(
        LABEL_STUDIO_USERNAME=username,
        LABEL_STUDIO_PASSWORD=password,
        LABEL_STUDIO_USER_TOKEN=token,
    )
    env.setdefault("LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK", "true")
    env["COLLECT_ANALYTICS"] = "false"
    # Otherwise every start asks pypi.org for a newer Label Studio (label_studio/core/utils/
    # common.py: check_for_the_latest_version, read from this setting); the LABEL_STUDIO_
    # name is the first Label Studio looks up, so it wins over a user's LATEST_VERSION_CHECK.
    env["LABEL_STUDIO_LATEST_VERSION_CHECK"] = "false"
    # Label Studio only sets this one when it is unset: an inherited value would put the
    # database somewhere else than data_dir.
    env["LABEL_STUDIO_BASE_DATA_DIR"] = str(data_dir)
    # Label Studio reads each setting as LABEL_STUDIO_X, HEARTEX_X or X, first found wins:
    # settings inherited from the user's shell must not move the server to another database.
    for key, value in (database_env or {"DJANGO_DB": "sqlite"}).items():
        for prefix in ("LABEL_STUDIO_", "HEARTEX_"):
            env.pop(prefix + key, None)
        env[key] = value
    # `--internal-host` is the address the server listens on (its default is 0.0.0.0, every
    # interface). `--host`, passed here before, is not: it sets the base of generated links,
    # and Label Studio ignored the bare 127.0.0.1 given (no http://). Django reads an IPv6
    # address in brackets.
    listen = str(_address(bind))
    args = [
        find_executable(),
        "start",
        "--no-browser",
        "--internal-host",
        listen if ":" not in listen else f"[{listen}]",
        "-p",
        str(port),
        "--data-dir",
        str(data_dir),
        "--enable-legacy-api-token",
    ]
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            args,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=data_dir,
            env=env,
            start_new_session=True,  # so stop_pid can end the whole group
        )
    _STARTED[proc.pid] = proc
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            _STARTED.pop(proc.pid, None)
            raise StudioError(
                f"label-studio exited with code {proc.returncode} while starting",
                hint=f"read its log at {log_path}",
            )
        if is_healthy(url):
            return ServerProcess(
                pid=proc.pid,
                url=url,
                data_dir=data_dir,
                log_path=log_path,
                bind=listen,
                started_at=process_start(proc.pid),
            )
        time.sleep(0.5)
    stop_pid(proc.pid)
    raise ConnectionFailed(
        f"label-studio did not answer {url}/health within {timeout:.0f} s",
        hint=f"read its log at {log_path}",
    )


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, or None when no such process exists.

    Two processes never share both a pid and this value, so it tells the server that was
    started from a later process given the same pid. From ``/proc`` (boot id and clock
    ticks since boot), else from ``ps`` (to the second).
    """
    if _PROC.is_dir():
        try:
            stat = (_PROC / str(pid) / "stat").read_text()
            boot = (_PROC / "sys/kernel/random/boot_id").read_text().strip()
        except OSError:
            return None
        # The command name (field 2) is in parentheses and may hold spaces; the start time
        # is field 22, the 20th after the closing parenthesis.
        return f"{boot}:{stat.rpartition(')')[2].split()[19]}"
    return _ps(pid, "lstart")


def is_our_server(pid: int, *, data_dir: Path, started_at: str | None) -> bool:
    """True when ``pid`` is the Label Studio server started on ``data_dir`` at ``started_at``.

    Checked before any signal: the saved pid may since belong to any other process.
    """
    if started_at is None or process_start(pid) != started_at:
        return False
    if _PROC.is_dir():
        try:
            raw = (_PROC / str(pid) / "cmdline").read_bytes()
        except OSError:
            return False
        args = raw.decode(errors="replace").split("\0")
        launcher = any(Path(arg).name == "label-studio" for arg in args)
        return launcher and any(
            a == "--data-dir" and b == str(data_dir) for a, b in itertools.pairwise(args)
        )
    # ps joins the arguments with spaces, so the check is on the joined text.
    command = _ps(pid, "command") or ""
    return "label-studio" in command and f" --data-dir {data_dir} " in f" {command} "


def _ps(pid: int, field: str) -> str | None:
    try:
        done = subprocess.run(
            ["ps", "-o", f"{field}=", "-p", str(pid)], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return done.stdout.strip() or None


def stop_pid(pid: int, timeout: float = 20.0) -> bool:
    """Stop a server's process group: SIGTERM, then SIGKILL. False if it was not running."""
    try:
        pgid = os.getpgid(pid)
    except ProcessLookupError:
        return False
    os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            _reap(pid)
            return True
        _reap(pid)
        time.sleep(0.2)
    os.killpg(pgid, signal.SIGKILL)
    _reap(pid)
    return True


def _reap(pid: int) -> None:
    # A server started by this process stays a zombie until waited for.
    proc = _STARTED.get(pid)
    if proc is not None:
        if proc.poll() is not None:
            del _STARTED[pid]
        return
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
