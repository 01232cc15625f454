"""A server that takes connections and never answers fails fast, with one clear line."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import StudioError
from annotate.studio._client import DEFAULT_READ_TIMEOUT, Client, Connection, resolve_timeout

SCHEMA = Path(__file__).parents[2] / "schemas" / "news-stance.yaml"


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A real socket on 127.0.0.1 that accepts every connection and never sends a byte."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:  # the listener was closed: the test is over
                return
            accepted.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        # shutdown() wakes the blocked accept(); close() alone does not on Linux.
        listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        thread.join()
        for conn in accepted:
            conn.close()


def test_silent_server_fails_within_the_configured_timeout(
    silent_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LABEL_STUDIO_URL", silent_server)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "x" * 40)
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ANNOTATE_TIMEOUT", "0.5")
    result = CliRunner().invoke(
        app, ["pull", "-o", str(tmp_path / "a.parquet"), "--schema", str(SCHEMA)]
    )
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    message = result.output.replace("\n", " ")
    assert f"the Label Studio server at {silent_server} did not answer" in message
    assert f"GET {silent_server}/api/current-user/whoami within 0.5 s" in message
    assert "ANNOTATE_TIMEOUT=<seconds> (now 0.5)" in message


@pytest.mark.parametrize("raw", ["soon", "0", "-3", "nan", "inf"])
def test_bad_timeout_setting_names_the_variable_and_value(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATE_TIMEOUT", raw)
    with pytest.raises(
        StudioError, match=f"ANNOTATE_TIMEOUT must be a positive number of seconds, got '{raw}'"
    ):
        Client(Connection(url="http://127.0.0.1:9", api_key="x" * 40))


def test_timeout_parameter_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATE_TIMEOUT", "7")
    assert resolve_timeout(3) == 3.0
    assert resolve_timeout() == 7.0
    monkeypatch.delenv("ANNOTATE_TIMEOUT")
    assert resolve_timeout() == DEFAULT_READ_TIMEOUT
