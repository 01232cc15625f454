"""Faults in reading inputs and writing outputs, through the command line (issue #10, items 4, 13).

Bad input tables and bad output paths end in one message naming the file and what to do,
exit code 2, and the input untouched. A full disk at any write leaves every output as it
was: writes are injected with faults through ``annotate._files._fault``, once per write
event in turn, not timed. The kill at any write runs a whole command per write, so it is in
the integration tier (``tests/integration/test_kill_at_every_write.py``).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from annotate import _files
from annotate.cli import app
from annotate.errors import ConnectionFailed, InputError, OutputError, StudioError
from annotate.studio import _pseudonym, _pull_fetch
from annotate.studio import _pull as pull_module
from tests.unit.test_pull_offline import RECORDED, FakeSDK, fake_client

ROOT = Path(__file__).parents[2]
SCHEMA = str(ROOT / "schemas" / "news-stance.yaml")
ARTICLE = (ROOT / "corpus" / "iran-missiles-russia.txt").read_text(encoding="utf-8")


# -- helpers --------------------------------------------------------------------------------


def invoke(*args: Any) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args])


def assert_one_message(result: Any, *names: str) -> str:
    """Exit 2, no traceback, one error line naming ``names`` and one hint line."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, lines
    assert lines[0].startswith("error: ") and lines[1].lstrip().startswith("->"), lines
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def snapshot(*paths: Path) -> dict[Path, bytes | None]:
    return {p: p.read_bytes() if p.is_file() else None for p in paths}


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.tmp"))


def write_articles(folder: Path, n: int, salt: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    paras = [p for p in ARTICLE.split("\n\n") if p.strip()]
    for i in range(n):
        body = "\n\n".join(paras[i : i + 4]) or ARTICLE
        (folder / f"article-{i}{salt}.txt").write_text(f"{body}\n\n{salt}\n", encoding="utf-8")
    return folder


def fake_server(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make ``home`` the toolkit home, with a fake server serving the recorded tasks."""
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    monkeypatch.setattr(_pull_fetch, "COMMIT_LAG", timedelta(0))
    monkeypatch.setattr(_pull_fetch, "server_time", lambda client, pid: client.sdk.now())
    serve("tasks_v1", monkeypatch)
    return home


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A toolkit home and a fake server answering with the recorded tasks (``serve``)."""
    return fake_server(tmp_path / "home", monkeypatch)


def serve(tasks: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pull_module, "connect", lambda: fake_client(FakeSDK(RECORDED[tasks])))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Articles, their sentence table and a pulled annotation table, made once for the
    module (about 60 tests read them); each test gets its own copy (``sentences``, ``pulled``)."""
    root = tmp_path_factory.mktemp("inputs")
    tables = root / "in"
    articles = write_articles(root / "articles", 2)
    done = invoke("ingest", articles, "-o", tables / "sentences.parquet")
    assert done.exit_code == 0, done.output
    with pytest.MonkeyPatch.context() as monkeypatch:
        fake_server(root / "home", monkeypatch)
        done = invoke("pull", "-o", tables / "annotations.parquet", "--schema", SCHEMA)
    assert done.exit_code == 0, done.output
    return root


def _copy_inputs(inputs: Path, tmp_path: Path, *names: str) -> None:
    (tmp_path / "in").mkdir(exist_ok=True)
    for name in names:
        shutil.copy2(inputs / "in" / name, tmp_path / "in" / name)


@pytest.fixture
def sentences(tmp_path: Path, inputs: Path) -> Path:
    shutil.copytree(inputs / "articles", tmp_path / "articles")
    _copy_inputs(inputs, tmp_path, "sentences.parquet", "sentences.articles.parquet")
    return tmp_path / "in" / "sentences.parquet"


@pytest.fixture
def pulled(tmp_path: Path, home: Path, inputs: Path) -> Path:
    _copy_inputs(inputs, tmp_path, "annotations.parquet", "annotations.violations.parquet")
    return tmp_path / "in" / "annotations.parquet"


@pytest.fixture
def model(hedging_model: tuple[Path, Any]) -> tuple[Path, Path]:
    """The session's release and hedging model (``conftest.py``): these tests only read them
    (a test that writes copies them first)."""
    release, result = hedging_model
    return release, Path(result.output_dir)


BAD_TABLES: dict[str, Callable[[Path, Path], object]] = {
    # name -> make(bad, good): turns path ``bad`` into that kind of broken input
    "missing": lambda bad, good: None,
    "folder": lambda bad, good: bad.mkdir(),
    "empty": lambda bad, good: bad.write_bytes(b""),
    "truncated": lambda bad, good: bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2]),
    "not-parquet": lambda bad, good: bad.write_text("sentence_id,text\ns1,Hello.\n"),
}


# -- bad input tables -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BAD_TABLES))
@pytest.mark.parametrize(
    "command",
    [
        "review-annotations",
        "review-sentences",
        "release-annotations",
        "release-sentences",
        "preannotate",
        "predict",
    ],
)
def test_a_bad_input_table_is_one_message(
    command: str,
    kind: str,
    tmp_path: Path,
    sentences: Path,
    pulled: Path,
    model: tuple[Path, Path],
) -> None:
    bad = tmp_path / "bad.parquet"
    good = pulled if command.endswith("annotations") else sentences
    BAD_TABLES[kind](bad, good)
    before = snapshot(bad, good)
    out = tmp_path / "out"
    args: dict[str, list[Any]] = {
        "review-annotations": [
            "review", "--annotations", bad, "--sentences", sentences, "--schema", SCHEMA,
            "--no-push", "-o", out / "queue.csv",
        ],
        "review-sentences": [
            "review", "--annotations", pulled, "--sentences", bad, "--schema", SCHEMA,
            "-o", out / "queue.csv",
        ],
        "release-annotations": [
            "release", "0.1.0", "--annotations", bad, "--sentences", sentences,
            "--schema", SCHEMA, "-o", out,
        ],
        "release-sentences": [
            "release", "0.1.0", "--annotations", pulled, "--sentences", bad,
            "--schema", SCHEMA, "-o", out,
        ],
        "preannotate": ["preannotate", bad, "--schema", SCHEMA, "-o", out / "pre.parquet"],
        "predict": ["predict", model[1], bad, "-o", out / "pred.parquet"],
    }  # fmt: skip
    result = invoke(*args[command])
    assert_one_message(result, str(bad))
    assert snapshot(bad, good) == before
    assert not out.exists() or not any(out.rglob("*.parquet"))


@pytest.mark.parametrize("command", ["train", "evaluate"])
def test_a_corrupt_release_file_is_one_message(
    command: str, tmp_path: Path, model: tuple[Path, Path]
) -> None:
    release = tmp_path / "release"
    shutil.copytree(model[0], release)
    # Damaged and the manifest made to agree: the reader itself must cope.
    data = release / "data" / "train.parquet"
    data.write_bytes(data.read_bytes()[:100])
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["files"]["data/train.parquet"] = _files.sha256_file(data)
    (release / "manifest.json").write_text(json.dumps(manifest, indent=2))
    args = (
        ["train", release, "-o", tmp_path / "m"]
        if command == "train"
        else ["evaluate", model[1], release]
    )
    assert_one_message(invoke(*args), "train.parquet")


def test_a_corrupt_previous_pull_table_is_rebuilt(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "annotations.parquet"
    assert invoke("pull", "-o", out, "--schema", SCHEMA, "--json").exit_code == 0
    whole = pq.read_table(out)
    out.write_bytes(out.read_bytes()[:200])
    serve("tasks_v1", monkeypatch)
    again = invoke("pull", "-o", out, "--schema", SCHEMA, "--json")
    assert again.exit_code == 0, again.output
    assert pq.read_table(out).equals(whole)


# -- bad output paths -----------------------------------------------------------------------


def output_cases(tmp: Path, sentences: Path, pulled: Path, model: tuple[Path, Path]):
    """command name -> (argv with {OUT} for the output, what the output is)."""
    release, model_dir = model
    return {
        "ingest": ["ingest", tmp / "articles", "-o", "{OUT}"],
        "pull": ["pull", "--schema", SCHEMA, "-o", "{OUT}"],
        "review": [
            "review", "--annotations", pulled, "--sentences", sentences,
            "--schema", SCHEMA, "--no-push", "-o", "{OUT}",
        ],
        "predict": ["predict", model_dir, sentences, "-o", "{OUT}"],
        "preannotate": ["preannotate", sentences, "--schema", SCHEMA, "-o", "{OUT}"],
        "train": ["train", release, "--field", "hedging", "-o", "{OUT}"],
    }  # fmt: skip


@pytest.mark.parametrize("problem", ["a-folder", "under-a-file", "read-only-folder"])
@pytest.mark.parametrize("command", ["ingest", "pull", "review", "predict", "preannotate", "train"])
def test_an_unusable_output_path_is_refused_before_any_work(
    command: str,
    problem: str,
    tmp_path: Path,
    sentences: Path,
    pulled: Path,
    model: tuple[Path, Path],
) -> None:
    argv = output_cases(tmp_path, sentences, pulled, model)[command]
    if problem == "a-folder":
        out = tmp_path / "taken"
        out.mkdir()
        if command == "train":  # its output is a folder: refuse a file instead
            out.rmdir()
            out.write_text("not a folder\n")
    elif problem == "under-a-file":
        (tmp_path / "a-file").write_text("x\n")
        out = tmp_path / "a-file" / "out"
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes anywhere: permissions mean nothing (see under-a-file)")
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        out = locked / "out"
    before = snapshot(sentences, pulled, out)
    result = invoke(*[str(out) if a == "{OUT}" else a for a in argv])
    assert_one_message(result, str(out))
    assert snapshot(sentences, pulled, out) == before


@pytest.mark.parametrize("command", ["ingest", "predict", "preannotate", "review", "train"])
def test_an_output_that_is_an_input_is_refused(
    command: str,
    tmp_path: Path,
    sentences: Path,
    pulled: Path,
    model: tuple[Path, Path],
) -> None:
    argv = output_cases(tmp_path, sentences, pulled, model)[command]
    article = tmp_path / "articles" / "article-0.txt"
    same = {
        "ingest": article,
        "predict": sentences,
        "preannotate": sentences,
        "review": pulled,
        "train": model[0],
    }[command]
    if command == "ingest":
        argv = ["ingest", article, "-o", "{OUT}"]
    before = snapshot(same, *(same.rglob("*") if same.is_dir() else ()))
    result = invoke(*[str(same) if a == "{OUT}" else a for a in argv])
    assert_one_message(result, str(same))
    assert snapshot(same, *(same.rglob("*") if same.is_dir() else ())) == before


# -- a full disk at every write -------------------------------------------------------------


def count_events(run: Callable[[], Any], monkeypatch: pytest.MonkeyPatch) -> int:
    seen: list[str] = []
    monkeypatch.setattr(_files, "_fault", lambda event, path: seen.append(event))
    run()
    monkeypatch.setattr(_files, "_fault", lambda event, path: None)
    return len(seen)


def full_disk_at(k: int, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = [0]

    def fault(event: str, path: Path) -> None:
        seen[0] += 1
        if seen[0] == k:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(_files, "_fault", fault)


def test_a_full_disk_during_ingest_leaves_the_old_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "sentences.parquet"
    tables = [out, out.with_name("sentences.articles.parquet")]
    assert invoke("ingest", write_articles(tmp_path / "old", 1), "-o", out).exit_code == 0
    old = snapshot(*tables)
    new = write_articles(tmp_path / "new", 3, salt="new")
    n = count_events(lambda: invoke("ingest", new, "-o", tmp_path / "probe.parquet"), monkeypatch)
    assert n >= 4  # a chunk and a rename per table
    for k in range(1, n + 1):
        full_disk_at(k, monkeypatch)
        result = invoke("ingest", new, "-o", out)
        assert "the disk is full" in assert_one_message(result, str(tables[0].parent)), k
        assert snapshot(*tables) == old, k
        assert temporaries(tmp_path / "out") == [], k


@pytest.mark.parametrize("first", [True, False], ids=["first-pull", "incremental-pull"])
def test_a_full_disk_during_pull_leaves_the_old_table_and_state(
    first: bool, tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "annotations.parquet"
    tables = [out, out.with_name("annotations.violations.parquet")]
    if not first:
        assert invoke("pull", "-o", out, "--schema", SCHEMA).exit_code == 0
        serve("tasks_v2", monkeypatch)
    base = tmp_path / "home-before"
    shutil.copytree(home, base) if home.exists() else base.mkdir()
    old = snapshot(*tables)
    n = count_events(
        lambda: invoke("pull", "-o", tmp_path / "probe.parquet", "--schema", SCHEMA), monkeypatch
    )
    assert n >= 6
    for k in range(1, n + 1):
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(base, home)
        full_disk_at(k, monkeypatch)
        result = invoke("pull", "-o", out, "--schema", SCHEMA)
        assert "the disk is full" in assert_one_message(result), k
        assert snapshot(*tables) == old, k
        assert temporaries(tmp_path / "out") == temporaries(home) == [], k
    # And the state it left still pulls.
    monkeypatch.setattr(_files, "_fault", lambda event, path: None)
    assert invoke("pull", "-o", out, "--schema", SCHEMA).exit_code == 0


# -- the pieces -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        ConnectionFailed("no Label Studio server answers", hint="start it"),  # an OSError too
        StudioError("the export failed", hint="read the log"),
    ],
    ids=["connection-lost", "studio-error"],
)
def test_an_error_of_the_work_inside_atomic_files_is_not_a_write_error(
    failure: Exception, tmp_path: Path
) -> None:
    # A full pull reads the server while its table files are open: losing the server then
    # is that error, not "could not write annotations.parquet".
    tables = [tmp_path / "a.parquet", tmp_path / "a.violations.parquet"]
    for table in tables:
        table.write_bytes(b"old")
    with pytest.raises(type(failure)) as info, _files.atomic_files(*tables) as (fh, _):
        fh.write(b"half")
        raise failure
    assert info.value is failure and not isinstance(info.value, OutputError)
    assert [t.read_bytes() for t in tables] == [b"old", b"old"]
    assert temporaries(tmp_path) == []


def test_an_os_error_inside_atomic_files_is_the_write_error_of_its_file(tmp_path: Path) -> None:
    target = tmp_path / "a.parquet"
    full = r"the disk is full: could not write .*a\.parquet"
    with pytest.raises(OutputError, match=full), _files.atomic_files(target):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert not target.exists() and temporaries(tmp_path) == []


def test_the_pseudonym_key_is_made_once_and_a_damaged_one_is_refused(tmp_path: Path) -> None:
    key = _pseudonym.load_key(tmp_path)
    assert (tmp_path / _pseudonym.KEY_FILE).stat().st_mode & 0o777 == 0o600
    # Another process won the race: its key is kept and read back.
    assert not _files.create_once(tmp_path / _pseudonym.KEY_FILE, b"0" * 64)
    assert _pseudonym.load_key(tmp_path) == key
    (tmp_path / _pseudonym.KEY_FILE).write_text("")  # what a kill left before the fix
    with pytest.raises(InputError, match=r"pseudonym key .* is damaged"):
        _pseudonym.load_key(tmp_path)
    assert temporaries(tmp_path) == []


def test_the_server_credentials_are_private_from_the_first_byte(tmp_path: Path) -> None:
    from annotate.studio import _local as studio

    path = tmp_path / "home" / "credentials.json"
    path.parent.mkdir()
    path.write_text("{}")
    seen: list[int] = []

    def mode_at_rename(event: str, target: Path) -> None:
        # The temporary file about to replace the old one: nobody else may read it either.
        if event == "rename":
            seen.extend(p.stat().st_mode & 0o777 for p in target.parent.glob(".*.tmp"))

    _files._fault = mode_at_rename
    try:
        studio._write_private(path, {"token": "secret"})
    finally:
        _files._fault = lambda event, target: None
    assert seen == [0o600]
    assert path.stat().st_mode & 0o777 == 0o600
    assert json.loads(path.read_text()) == {"token": "secret"}
    assert temporaries(tmp_path) == []
