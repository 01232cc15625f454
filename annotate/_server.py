"""Start, watch and stop a Label Studio server process.

Shared by ``annotate studio up`` and the test suite's fixture, so the tests start the
server exactly the way users do.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from annotate.errors import ConnectionFailed, MissingExtraError, StudioError

__all__ = ["ServerProcess", "find_executable", "is_healthy", "start_server", "stop_pid"]

# First start runs Django migrations: about 30 s measured here, more on a loaded CI box.
DEFAULT_START_TIMEOUT = 240.0

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


def start_server(
    data_dir: Path,
    *,
    port: int,
    username: str,
    password: str,
    token: str,
    host: str = "127.0.0.1",
    timeout: float = DEFAULT_START_TIMEOUT,
) -> ServerProcess:
    """Start ``label-studio`` in its own process group and wait until it is healthy.

    The admin account and its API token are created on the first start from ``username``,
    ``password`` and ``token``; later starts on the same ``data_dir`` reuse them.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "server.log"
    url = f"http://{host}:{port}"
    if is_healthy(url):
        raise StudioError(
            f"another server already answers on {url}",
            hint="pick a free port with --port, or stop that server first",
        )
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
    args = [
        find_executable(),
        "start",
        "--no-browser",
        "--host",
        host,
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
            return ServerProcess(pid=proc.pid, url=url, data_dir=data_dir, log_path=log_path)
        time.sleep(0.5)
    stop_pid(proc.pid)
    raise ConnectionFailed(
        f"label-studio did not answer {url}/health within {timeout:.0f} s",
        hint=f"read its log at {log_path}",
    )


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
