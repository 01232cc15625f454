"""A kill at any write leaves every output old or whole (issue #10, items 4, 13).

Each command runs in a fork of a warm process that ``os._exit(137)``s at its k-th write
(``tests/killpoint.py``), for k = 1, 2, ... until the command finishes first: a whole
command per write, about 50 in all. In the integration tier for that cost (about 20 s of
CPU, half the unit tier's budget; issue 11); the full-disk tests of the same writes stay in
the unit tier (``tests/unit/test_faults_io.py``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from annotate.studio import _pseudonym
from tests.unit.test_faults_io import (
    ROOT,
    SCHEMA,
    fake_server,
    invoke,
    snapshot,
    write_articles,
)
from tests.unit.test_train import _release


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A toolkit home and a fake server answering with the recorded tasks."""
    return fake_server(tmp_path / "home", monkeypatch)


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A tiny release and a model trained on it: ``(release, model folder)``.

    Small enough (10 of each hedging label to choose on) that training skips the threshold
    search: the kill test below trains once per write, and what it checks is the writing.
    """
    tmp = tmp_path_factory.mktemp("model")
    release = _release(tmp, n_train=10, n_valid=10, n_test=12)
    done = invoke("train", release, "-o", tmp / "model", "--field", "hedging", "--json")
    assert done.exit_code == 0, done.output
    return release, tmp / "model"


@pytest.fixture(scope="module")
def killer() -> Iterator[Callable[..., int]]:
    """Run a command in a fork of a warm process that ``os._exit(137)``s at its k-th write.

    One such process for the module: its imports (about 7 s) are paid once.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.killpoint"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdin is not None and proc.stdout is not None

    def run(argv: list[Any], k: int, cwd: Path, **extra: Any) -> int:
        request = {"argv": [str(a) for a in argv], "k": k, "cwd": str(cwd), **extra}
        proc.stdin.write(json.dumps(request) + "\n")  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]
        return int(json.loads(proc.stdout.readline())["status"])  # type: ignore[union-attr]

    yield run
    proc.stdin.close()
    proc.wait(timeout=60)
    proc.stdout.close()


def kill_at_every_write(
    run: Callable[..., int],
    argv: list[Any],
    cwd: Path,
    restore: Callable[[], None],
    check: Callable[[int], None],
    **extra: Any,
) -> int:
    """Kill at write 1, 2, ... until the command finishes first; check after every kill."""
    k = 0
    while True:
        k += 1
        restore()
        status = run(argv, k, cwd, **extra)
        if status != 137:
            assert status == 0, f"exit {status} at k={k}"
            return k
        check(k)


def restore_files(old: dict[Path, bytes | None], *folders: Path) -> Callable[[], None]:
    def restore() -> None:
        for folder in folders:
            for tmp in folder.rglob("*.tmp"):
                tmp.unlink()
        for path, data in old.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)

    return restore


def test_a_kill_at_any_write_of_ingest_leaves_old_or_new_tables(
    tmp_path: Path, killer: Callable[..., int]
) -> None:
    out = tmp_path / "out" / "sentences.parquet"
    tables = [out, out.with_name("sentences.articles.parquet")]
    assert invoke("ingest", write_articles(tmp_path / "old", 1), "-o", out).exit_code == 0
    old = snapshot(*tables)
    new_articles = write_articles(tmp_path / "new", 3, salt="new")
    ref = tmp_path / "ref" / "sentences.parquet"
    assert invoke("ingest", new_articles, "-o", ref).exit_code == 0
    new = snapshot(ref, ref.with_name("sentences.articles.parquet"))
    assert list(new.values()) != list(old.values())

    def check(k: int) -> None:
        for table, was, will in zip(tables, old.values(), new.values(), strict=True):
            assert table.read_bytes() in (was, will), (k, table)

    argv = ["ingest", new_articles, "-o", out]
    kills = kill_at_every_write(killer, argv, tmp_path, restore_files(old, out.parent), check)
    assert kills > 4
    assert list(snapshot(*tables).values()) == list(new.values())


@pytest.mark.parametrize("first", [True, False], ids=["first-pull", "incremental-pull"])
def test_a_kill_at_any_write_of_pull_leaves_old_or_new_tables(
    first: bool, tmp_path: Path, home: Path, killer: Callable[..., int]
) -> None:
    out = tmp_path / "out" / "annotations.parquet"
    tables = [out, out.with_name("annotations.violations.parquet")]
    if not first:
        assert invoke("pull", "-o", out, "--schema", SCHEMA).exit_code == 0
    old = snapshot(*tables)
    base = tmp_path / "home-before"
    shutil.copytree(home, base) if home.exists() else base.mkdir()
    env = {"ANNOTATE_HOME": str(home)}
    ref = tmp_path / "ref" / "annotations.parquet"
    assert killer(["pull", "-o", ref, "--schema", SCHEMA], 10**9, tmp_path, env=env,
                  fake_pull="tasks_v2") == 0  # fmt: skip
    new = snapshot(ref, ref.with_name("annotations.violations.parquet"))
    rows = [pq.read_metadata(path).num_rows for path in new]
    key = home / _pseudonym.KEY_FILE
    key_before = (base / key.name).read_bytes() if (base / key.name).exists() else None

    def restore() -> None:
        restore_files(old, out.parent)()
        shutil.rmtree(home)
        shutil.copytree(base, home)

    def check(k: int) -> None:
        for table, was, will, n in zip(tables, old.values(), new.values(), rows, strict=True):
            now = table.read_bytes() if table.exists() else None
            if now not in (was, will):
                # A first pull makes its own key, so its pseudonyms differ from the reference:
                # then the new table must still be whole (a readable footer, every row).
                assert first and pq.read_metadata(table).num_rows == n, (k, table)
        # The key is never half made: absent, or whole (the same one if it was there).
        if key.exists():
            assert len(key.read_text()) == 64 and key_before in (None, key.read_bytes()), k

    argv = ["pull", "-o", out, "--schema", SCHEMA]
    kills = kill_at_every_write(
        killer, argv, tmp_path, restore, check, env=env, fake_pull="tasks_v2"
    )
    assert kills > 6
    assert [pq.read_table(path).num_rows for path in tables] == rows


def test_a_kill_at_any_write_of_train_leaves_whole_model_files(
    tmp_path: Path, model: tuple[Path, Path], killer: Callable[..., int]
) -> None:
    release, trained = model
    out = tmp_path / "model"
    shutil.copytree(trained, out)
    old = snapshot(*sorted(out.iterdir()))

    def whole(path: Path) -> bool:
        data = path.read_bytes()
        if path.suffix == ".json":
            json.loads(data)
            return True
        if path.suffix == ".png":
            return data.endswith(b"IEND\xaeB`\x82")
        if path.suffix == ".skops":
            with zipfile.ZipFile(path) as archive:
                return archive.testzip() is None
        return data.endswith(b"\n")

    def check(k: int) -> None:
        assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
            p.name for p in old
        ), k
        for path, was in old.items():
            assert path.read_bytes() == was or whole(path), (k, path)

    argv = ["train", release, "--field", "hedging", "--seed", "1", "-o", out]
    kills = kill_at_every_write(killer, argv, tmp_path, restore_files(old, out), check)
    assert kills > len(old)  # every file of the folder was written, and killed in turn
