"""A real Label Studio server for the integration tests.

One server per test session, started the way ``annotate studio up`` starts it, on a free
port in a temporary directory. Without the ``label-studio`` package the tests are skipped
on a developer's machine, but with ``CI=true`` that is a failure: CI must run them.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotate.errors import MissingExtraError, StudioError
from annotate.studio import _database, _local, _postgres, _server
from annotate.studio._client import Client, Connection
from tests.integration._proxy import RoundRobinProxy


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def studio_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_server.ServerProcess]:
    try:
        _server.find_executable()
    except MissingExtraError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the integration tests: {exc}")
        pytest.skip(str(exc))
    data_dir = tmp_path_factory.mktemp("label-studio")
    token = secrets.token_hex(20)
    proc = _server.start_server(
        data_dir,
        port=free_port(),
        username="admin@test.local",
        password=secrets.token_urlsafe(12),
        token=token,
    )
    (data_dir / "token").write_text(token)
    try:
        yield proc
    finally:
        _server.stop_pid(proc.pid)


def _require(check: Callable[[], object]) -> None:
    """Run ``check()``; what it misses skips the tests here, and fails them in CI."""
    try:
        check()
    except (MissingExtraError, StudioError) as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the integration tests: {exc}")
        pytest.skip(str(exc))


@dataclass(frozen=True)
class PostgresStudio:
    """Label Studio on its private PostgreSQL, as `annotate studio up --database postgresql`
    starts it, plus a second web worker on the same database behind a round-robin proxy."""

    home: Path
    first: Connection  # the worker `studio up` started
    proxy: RoundRobinProxy  # both workers, in turn
    second_pid: int


@pytest.fixture(scope="session")
def postgres_studio() -> Iterator[PostgresStudio]:
    _require(_server.find_executable)
    _require(_postgres.find_bin_dir)
    # mkdtemp makes it 0700; as root, PostgreSQL runs as another account that must reach
    # its data inside (pytest's own temporary folders are 0700 all the way up).
    home = Path(tempfile.mkdtemp(prefix="annotate-pg-"))
    home.chmod(0o711)
    status = _local.studio_up(home, port=free_port(), database="postgresql")
    creds = json.loads((home / "credentials.json").read_text())
    state = json.loads((home / "studio.json").read_text())
    choice = _database.load_choice(home)
    assert choice is not None
    db = _database.Database(
        _server.LOOPBACK,
        state["postgres"]["port"],
        _postgres.DATABASE,
        _postgres.ROLE,
        choice["password"],
    )
    second = _server.start_server(
        home / "label-studio",
        port=free_port(),
        username=creds["username"],
        password=creds["password"],
        token=creds["token"],
        database_env=db.label_studio_env(),
    )
    assert status.url is not None
    proxy = RoundRobinProxy([status.url, second.url])
    try:
        yield PostgresStudio(
            home, Connection(url=status.url, api_key=creds["token"]), proxy, second.pid
        )
    finally:
        proxy.close()
        _server.stop_pid(second.pid)
        _local.studio_down(home)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def connection(studio_server: _server.ServerProcess) -> Connection:
    token = (studio_server.data_dir / "token").read_text()
    return Connection(url=studio_server.url, api_key=token)


@pytest.fixture
def client(connection: Connection) -> Client:
    return Client(connection)


@pytest.fixture
def studio_env(connection: Connection, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the library (and the CLI) at the test server; local state in a temp dir."""
    monkeypatch.setenv("LABEL_STUDIO_URL", connection.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", connection.api_key)
    home = tmp_path / "annotate-home"
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    return home


@pytest.fixture
def project_name(client: Client) -> Iterator[str]:
    """A unique ``test_*`` project title; the project is deleted afterwards."""
    name = f"test_{uuid.uuid4().hex[:10]}"
    yield name
    for project in client.sdk.projects.list(title=name):
        client.sdk.projects.delete(id=project.id)
