"""What a newcomer is told before waiting: the start-time estimate and "already running"."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from annotate import _demo, _paths, cli
from annotate.errors import StudioError
from annotate.studio import _start_time
from annotate.studio._local import StudioStatus, studio_up


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    return home


def _up_on_a_held_port(home: Path) -> list[str]:
    """What ``studio_up`` says before it fails fast on a port another program holds."""
    said: list[str] = []
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        with pytest.raises(StudioError):
            studio_up(home, port=holder.getsockname()[1], log=said.append)
    return said


def test_a_first_start_is_announced_with_the_measured_range_not_30_s(home: Path) -> None:
    (said,) = _up_on_a_held_port(home)
    assert "first start" in said and "1.5 min or more on a busy one" in said
    assert "~30 s" not in said


def test_a_later_start_is_announced_with_the_last_start_measured_here(home: Path) -> None:
    data = home / "label-studio"
    data.mkdir(parents=True)
    (data / "label_studio.sqlite3").write_bytes(b"")
    (said,) = _up_on_a_held_port(home)
    assert "faster than its first start" in said
    _start_time.record(home, True, 41.2)
    _start_time.record(home, False, 95.0)  # a first start elsewhere does not count here
    (said,) = _up_on_a_held_port(home)
    assert said == "starting Label Studio (the last start here took 42 s)..."


def test_the_demo_says_already_running_before_anything_else(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = StudioStatus(
        running=True,
        url="http://127.0.0.1:8080",
        pid=1,
        data_dir=str(home / "label-studio"),
        username="admin",
        credentials_file=str(home / "credentials.json"),
        started=False,
    )

    class Stop(Exception):
        pass

    def connect() -> None:
        raise Stop

    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    # The server itself is not what is tested: its answer is given, and the demo stops
    # at the first call after it.
    monkeypatch.setattr(_demo, "studio_up", lambda **_kw: running)
    monkeypatch.setattr(_demo, "connect", connect)
    said: list[str] = []
    with pytest.raises(Stop):
        _demo.demo(tmp_path / "corpus", tmp_path / "build", log=said.append)
    assert said == ["Label Studio already running at http://127.0.0.1:8080"]


def test_the_demo_and_the_commands_share_their_default_paths() -> None:
    import inspect

    demo = inspect.signature(cli.demo).parameters
    assert demo["workdir"].default == _paths.SENTENCES.parent
    assert (demo["releases_dir"].default, demo["models_dir"].default) == (
        _paths.RELEASES,
        _paths.MODELS,
    )
    assert demo["project"].default is None  # the schema's name, as for push and pull
    for command in (cli.pull, cli.status, cli.release, cli.review):
        params = inspect.signature(command).parameters
        table = params.get("annotations") or params.get("output")
        assert table is not None and table.default == _paths.ANNOTATIONS, command
    assert inspect.signature(cli.release).parameters["sentences"].default == _paths.SENTENCES
    assert inspect.signature(cli.ingest).parameters["output"].default == _paths.SENTENCES
