"""The newcomer's path: the demo, then the README's "After the demo" block, command by command.

Run in a fresh folder holding only the corpus and one article of the user's, against the
test server, with no option beyond what the README shows: the demo must leave its state
where the commands look by default.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.dataset import verify
from annotate.studio._client import Client

ROOT = Path(__file__).resolve().parents[2]
DEMO_PROJECT = "news-stance"  # the default schema's name: every command's default project


def readme_block() -> list[list[str]]:
    """The commands of the README section "After the demo", as argument lists."""
    text = (ROOT / "README.md").read_text()
    section = text.split("## After the demo: your own articles and annotators", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, "the README section has no bash block"
    return [shlex.split(line, comments=True) for line in block.group(1).splitlines()]


@pytest.fixture
def newcomer(
    client: Client, studio_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A fresh folder with the corpus and one article of the user's; the demo's project is
    removed afterwards (the test server is shared by the session)."""
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "my-articles").mkdir()
    (tmp_path / "my-articles" / "port.txt").write_text(
        "Port strike enters its second week\n\n"
        "Dock workers in the city stayed off the job on Monday. Union leaders said talks "
        "could resume on Friday. The port authority declined to comment.\n"
    )
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    for project in client.sdk.projects.list(title=DEMO_PROJECT):
        client.sdk.projects.delete(id=project.id)


def test_after_the_demo_the_readme_commands_run_as_written(
    newcomer: Path, project_name: str
) -> None:
    runner = CliRunner()
    demo = runner.invoke(app, ["demo"])
    assert demo.exit_code == 0, demo.output
    assert f"project {DEMO_PROJECT}" in demo.stdout and "/projects/" in demo.stdout
    # The demo names the next commands; they are the README's, with default paths.
    assert "annotate release 0.2.0 --parent 0.1.0" in demo.stdout
    assert (newcomer / "build" / "annotations.parquet").is_file()
    assert (newcomer / "releases" / "0.1.0" / "manifest.json").is_file()

    commands = readme_block()
    assert [c[:2] for c in commands][:2] == [["annotate", "projects"], ["annotate", "status"]]
    for argv in commands:
        assert argv[0] == "annotate"
        ran = runner.invoke(app, argv[1:])
        assert ran.exit_code == 0, f"{shlex.join(argv)}:\n{ran.output}"
        if argv[1] == "push":
            assert "created a new project" not in ran.output  # the demo's is used
        if argv[1] == "projects":
            assert DEMO_PROJECT in ran.stdout

    made = verify(newcomer / "releases" / "0.2.0")
    assert made.parent == "0.1.0"
    assert (newcomer / "build" / "status.png").read_bytes()[:4] == b"\x89PNG"

    # A push to a title that is not there makes a project, and says so, naming the others.
    other = runner.invoke(app, ["push", "build/sentences.parquet", "--project", project_name])
    assert other.exit_code == 0, other.output
    assert f"created a new project {project_name!r}" in other.stderr
    assert repr(DEMO_PROJECT) in other.stderr.split("other projects:", 1)[1]
