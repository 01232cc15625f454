"""`studio status` and `studio down` with a saved pid that is no longer our server.

Real processes, no mocks: the pids are children started by the test, in their own process
group, and no Label Studio is needed to tell them apart from one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.studio import _server


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    return home


@pytest.fixture
def spawn() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes the test starts; any still alive at the end are killed and reaped."""
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def start(procs: list[subprocess.Popen[bytes]], args: list[str]) -> subprocess.Popen[bytes]:
    # Its own process group, like the server: `down` signals the whole group.
    proc = subprocess.Popen(args, start_new_session=True)
    procs.append(proc)
    return proc


def save_state(home: Path, pid: int, data_dir: Path, started_at: str | None) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "studio.json"
    path.write_text(
        json.dumps(
            {
                "url": "http://127.0.0.1:9",  # nothing answers on the discard port
                "pid": pid,
                "port": 9,
                "bind": "127.0.0.1",
                "data_dir": str(data_dir),
                "started_at": started_at,
            }
        )
    )
    return path


def fake_server(procs: list[subprocess.Popen[bytes]], data_dir: Path) -> subprocess.Popen[bytes]:
    """A process whose command line is the server's: `label-studio ... --data-dir DIR`."""
    code = "import time; time.sleep(600)"
    return start(procs, [sys.executable, "-c", code, "label-studio", "--data-dir", str(data_dir)])


def test_down_sends_no_signal_to_an_unrelated_process(
    home: Path, spawn: list[subprocess.Popen[bytes]]
) -> None:
    sleeper = start(spawn, ["sleep", "600"])
    state = save_state(home, sleeper.pid, home / "label-studio", "0:0")
    runner = CliRunner()

    status = runner.invoke(app, ["studio", "status"])
    assert status.exit_code == 1
    assert "not running" in status.stdout and "stale" in status.stdout

    down = runner.invoke(app, ["studio", "down"])
    assert down.exit_code == 0, down.output
    assert sleeper.poll() is None, "studio down killed a process it did not start"
    assert "was not running" in down.stdout
    assert "stale" in down.stdout and "no signal sent" in down.stdout
    assert not state.exists()


def test_down_spares_a_reused_pid_whose_command_line_matches(
    home: Path, spawn: list[subprocess.Popen[bytes]]
) -> None:
    # Same pid and command line as the saved server, another start time: pids are reused.
    data_dir = (home / "label-studio").resolve()
    proc = fake_server(spawn, data_dir)
    started_at = _server.process_start(proc.pid)
    assert started_at is not None
    save_state(home, proc.pid, data_dir, started_at + "0")
    down = CliRunner().invoke(app, ["studio", "down", "--json"])
    assert down.exit_code == 0, down.output
    assert json.loads(down.stdout)["stopped"] is False
    assert proc.poll() is None


def test_status_and_down_agree_on_our_server_that_does_not_answer(
    home: Path, spawn: list[subprocess.Popen[bytes]]
) -> None:
    data_dir = (home / "label-studio").resolve()
    proc = fake_server(spawn, data_dir)
    save_state(home, proc.pid, data_dir, _server.process_start(proc.pid))
    runner = CliRunner()

    status = runner.invoke(app, ["studio", "status"])
    assert status.exit_code == 1
    assert f"pid {proc.pid}) is alive but does not answer" in status.stdout

    up = runner.invoke(app, ["studio", "up"])
    assert up.exit_code == 2
    assert "not answering" in up.output and "annotate studio down" in up.output

    down = runner.invoke(app, ["studio", "down"])
    assert down.exit_code == 0, down.output
    assert f"Label Studio stopped (pid {proc.pid})" in down.stdout
    assert proc.wait() is not None  # reaped: the signal ended it


def test_bind_must_be_an_ip_address(home: Path) -> None:
    up = CliRunner().invoke(app, ["studio", "up", "--bind", "everywhere"])
    assert up.exit_code == 2
    assert "must be an IP address, got 'everywhere'" in up.output
    assert "starting" not in up.output


def test_up_on_a_port_another_program_holds_fails_at_once(home: Path) -> None:
    # Label Studio would move to the next free port, and up would wait out its whole start
    # timeout on this one; the port is checked before the server is started.
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        up = CliRunner().invoke(app, ["studio", "up", "--port", str(port)])
    assert up.exit_code == 2, up.output
    assert f"port {port} is already in use" in up.output
    assert "--port" in up.output
    assert not (home / "studio.json").exists()
