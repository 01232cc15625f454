"""`annotate studio up/status/down` start and stop a real local server."""

from __future__ import annotations

import json
import socket
import stat
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.studio import _server
from annotate.studio._local import connect

from .conftest import free_port


@pytest.fixture
def proxy_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """An HTTPS proxy in the environment that records each request and answers none.

    The server inherits the environment, so any request it makes to the internet (the
    version check asks pypi.org) arrives here as ``CONNECT host:443`` and is refused.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    seen: list[str] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:  # closed: the test is over
                return
            with conn:
                conn.settimeout(5)
                try:
                    seen.append(conn.recv(1024).decode(errors="replace").split("\r\n")[0])
                except OSError:
                    seen.append("(a connection that sent nothing)")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    proxy = f"http://127.0.0.1:{listener.getsockname()[1]}"
    for name in ("HTTPS_PROXY", "https_proxy"):
        monkeypatch.setenv(name, proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    try:
        yield seen
    finally:
        listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        thread.join()


def test_studio_up_is_idempotent_and_down_stops_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, proxy_log: list[str]
) -> None:
    # A relative home, as by default (.annotate): the database must not end up in a folder
    # nested inside the data directory (the server runs with it as working directory).
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ANNOTATE_HOME", "home")
    home = tmp_path / "home"
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    runner = CliRunner()
    port = free_port()
    try:
        up = runner.invoke(app, ["studio", "up", "--port", str(port), "--json"])
        assert up.exit_code == 0, up.output
        status = json.loads(up.stdout)
        assert status["running"] and status["started"]
        assert status["url"] == f"http://127.0.0.1:{port}"
        assert (home / "label-studio" / "label_studio.sqlite3").is_file()
        assert not (home / "label-studio" / "home").exists()
        # The version check at start is off: nothing went out to the package index.
        assert proxy_log == []

        creds = home / "credentials.json"
        assert stat.S_IMODE(creds.stat().st_mode) == 0o600
        token = json.loads(creds.read_text())["token"]
        assert token not in up.output

        again = runner.invoke(app, ["studio", "up", "--port", str(port)])
        assert again.exit_code == 0
        assert "already running" in again.stdout
        assert "starting" not in again.output
        assert token not in again.output

        # Without LABEL_STUDIO_* set, commands fall back to the local server.
        client = connect()
        assert client.connection.local and client.connection.url == status["url"]
        assert token not in repr(client.connection)

        st = runner.invoke(app, ["studio", "status", "--json"])
        assert st.exit_code == 0 and json.loads(st.stdout)["running"]
    finally:
        down = runner.invoke(app, ["studio", "down"])
    assert down.exit_code == 0 and "stopped" in down.stdout, down.output
    st = runner.invoke(app, ["studio", "status"])
    assert st.exit_code == 1 and "not running" in st.stdout


def test_no_server_configured_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "empty"))
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    # A valid table: push checks its input before it looks for a server.
    table = tmp_path / "s.parquet"
    pd.DataFrame({"sentence_id": ["a-1"], "text": ["A."], "text_sha256": ["0" * 64]}).to_parquet(
        table
    )
    result = CliRunner().invoke(app, ["push", str(table)])
    assert result.exit_code == 2
    assert "no Label Studio server is configured" in result.output
    assert "annotate studio up" in result.output


def test_server_command_line_carries_no_secret(studio_server, connection) -> None:
    # Anyone on the machine can read a process's command line; the token must not be there.
    cmdline = Path(f"/proc/{studio_server.pid}/cmdline").read_bytes().decode()
    assert connection.api_key not in cmdline
    assert "--password" not in cmdline and "--user-token" not in cmdline


def _own_non_loopback_ipv4() -> str | None:
    """A non-loopback IPv4 address of this machine, or None when it has none."""
    candidates = {
        str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    }
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        # connect() on a UDP socket sends nothing: it only picks the outgoing address.
        try:
            udp.connect(("198.51.100.1", 9))  # TEST-NET-2: documentation only
            candidates.add(udp.getsockname()[0])
        except OSError:
            pass
    for address in sorted(candidates):
        if address.startswith("127.") or address == "0.0.0.0":
            continue
        with socket.socket() as probe:
            try:
                probe.bind((address, 0))  # only this machine's own addresses can be bound
            except OSError:
                continue
        return address
    return None


def test_server_listens_on_loopback_only(studio_server: _server.ServerProcess) -> None:
    address = _own_non_loopback_ipv4()
    if address is None:
        pytest.skip("this machine has no IPv4 address besides loopback to connect to")
    port = int(studio_server.url.rsplit(":", 1)[1])
    with urllib.request.urlopen(f"{studio_server.url}/health", timeout=10) as response:
        assert response.status == 200
    with pytest.raises(ConnectionRefusedError), socket.create_connection((address, port), 10):
        pass


def test_studio_up_bind_opens_the_server_to_the_network_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = _own_non_loopback_ipv4()
    if address is None:
        pytest.skip("this machine has no IPv4 address besides loopback to connect to")
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    port = free_port()
    try:
        up = runner.invoke(app, ["studio", "up", "--port", str(port), "--bind", "0.0.0.0"])
        assert up.exit_code == 0, up.output
        assert "warning: Label Studio listens on 0.0.0.0: it is reachable from the network" in (
            up.output.replace("\n", " ")
        )
        assert _server.is_healthy(f"http://{address}:{port}")
        status = runner.invoke(app, ["studio", "status", "--json"])
        assert json.loads(status.stdout)["bind"] == "0.0.0.0"
    finally:
        down = runner.invoke(app, ["studio", "down"])
    assert "stopped" in down.stdout, down.output
