"""`annotate studio up/status/down` start and stop a real local server."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.studio import connect

from .conftest import free_port


def test_studio_up_is_idempotent_and_down_stops_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
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

        creds = home / "credentials.json"
        assert stat.S_IMODE(creds.stat().st_mode) == 0o600
        token = json.loads(creds.read_text())["token"]
        assert token not in up.output

        again = runner.invoke(app, ["studio", "up", "--port", str(port)])
        assert again.exit_code == 0
        assert "already running" in again.stdout
        assert token not in again.output

        # Without LABEL_STUDIO_* set, commands fall back to the local server.
        client = connect()
        assert client.connection.local and client.connection.url == status["url"]
        assert token not in repr(client.connection)

        st = runner.invoke(app, ["studio", "status", "--json"])
        assert st.exit_code == 0 and json.loads(st.stdout)["running"]
    finally:
        down = runner.invoke(app, ["studio", "down"])
    assert down.exit_code == 0 and "stopped" in down.stdout
    st = runner.invoke(app, ["studio", "status"])
    assert st.exit_code == 1 and "not running" in st.stdout


def test_no_server_configured_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "empty"))
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    result = CliRunner().invoke(app, ["push", "missing.parquet"])
    assert result.exit_code == 2
    assert "no Label Studio server is configured" in result.output
    assert "annotate studio up" in result.output


def test_server_command_line_carries_no_secret(studio_server, connection) -> None:
    # Anyone on the machine can read a process's command line; the token must not be there.
    cmdline = Path(f"/proc/{studio_server.pid}/cmdline").read_bytes().decode()
    assert connection.api_key not in cmdline
    assert "--password" not in cmdline and "--user-token" not in cmdline
