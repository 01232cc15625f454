"""Push against a real Label Studio server: idempotence, changed sentences, faults."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import signal
import threading
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import (
    AuthenticationFailed,
    ConnectionFailed,
    LabelError,
    PushError,
    StudioError,
)
from annotate.schema._schema import Schema, load_schema
from annotate.studio import _server
from annotate.studio._client import Client, Connection
from annotate.studio._push import push

from .conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schemas" / "news-stance.yaml"


def sentence_table(path: Path, n: int, *, prefix: str = "a-test", edit: int | None = None) -> Path:
    rows = []
    for i in range(n):
        text = f"Sentence number {i} says something about missiles."
        if i == edit:
            text = f"Sentence number {i} was edited after the first push."
        rows.append(
            {
                "article_id": prefix,
                "sentence_id": f"{prefix}-{i}",
                "index": i,
                "text": text,
                "start": 0,
                "end": len(text),
                "context_before": "" if i == 0 else f"Sentence number {i - 1}.",
                "context_after": f"Sentence number {i + 1}.",
                "title": "A test article",
                "source": "Test Source",
                "url": None,
                "published": None,
                "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            }
        )
    pd.DataFrame(rows).to_parquet(path)
    return path


def server_sentence_ids(client: Client, project_id: int) -> list[str]:
    tasks = client.sdk.tasks.list(project=project_id, fields="task_only", page_size=1000)
    return sorted(t.data["sentence_id"] for t in tasks)


def test_push_creates_project_then_is_idempotent(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    table = sentence_table(tmp_path / "s.parquet", 25)
    first = push(table, schema=SCHEMA, project=project_name, overlap=3, batch_size=10)
    assert (first.created_project, first.new_tasks, first.unchanged) == (True, 25, 0)

    project = client.sdk.projects.get(id=first.project_id)
    schema = load_schema(SCHEMA)
    assert project.label_config.split() == schema.label_config().split()
    assert project.maximum_annotations == 3
    assert project.show_instruction is True
    assert server_sentence_ids(client, first.project_id) == sorted(f"a-test-{i}" for i in range(25))
    task = next(iter(client.sdk.tasks.list(project=first.project_id, fields="task_only")))
    assert task.data["title"] == "A test article"
    assert task.data["text"].startswith("Sentence number")

    again = push(table, schema=SCHEMA, project=project_name, overlap=3)
    assert (again.created_project, again.new_tasks, again.unchanged) == (False, 0, 25)
    assert not again.rebuilt_map
    assert len(server_sentence_ids(client, first.project_id)) == 25


def test_lost_local_map_is_rebuilt_from_the_server(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    table = sentence_table(tmp_path / "s.parquet", 12)
    first = push(table, schema=SCHEMA, project=project_name)
    for db in (studio_env / "push").glob("*.sqlite"):
        db.unlink()
    bigger = sentence_table(tmp_path / "s2.parquet", 15)
    again = push(bigger, schema=SCHEMA, project=project_name)
    assert again.rebuilt_map
    assert (again.new_tasks, again.unchanged) == (3, 12)
    assert len(server_sentence_ids(client, first.project_id)) == 15


def test_changed_sentence_is_reported_and_updated_only_on_request(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    first = push(sentence_table(tmp_path / "s.parquet", 5), schema=SCHEMA, project=project_name)
    edited = sentence_table(tmp_path / "e.parquet", 5, edit=2)

    kept = push(edited, schema=SCHEMA, project=project_name)
    assert kept.changed == ["a-test-2"]
    assert kept.new_tasks == 0 and kept.updated_tasks == 0
    texts = {
        t.data["sentence_id"]: t.data["text"]
        for t in client.sdk.tasks.list(project=first.project_id, fields="task_only")
    }
    assert texts["a-test-2"] == "Sentence number 2 says something about missiles."

    updated = push(edited, schema=SCHEMA, project=project_name, on_change="update")
    assert updated.updated_tasks == 1
    texts = {
        t.data["sentence_id"]: t.data["text"]
        for t in client.sdk.tasks.list(project=first.project_id, fields="task_only")
    }
    assert texts["a-test-2"] == "Sentence number 2 was edited after the first push."
    assert len(texts) == 5


def test_update_refuses_annotated_tasks_without_force(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    first = push(sentence_table(tmp_path / "s.parquet", 3), schema=SCHEMA, project=project_name)
    task = next(
        t
        for t in client.sdk.tasks.list(project=first.project_id, fields="task_only")
        if t.data["sentence_id"] == "a-test-1"
    )
    result = [
        {
            "from_name": "claim_type",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["factual"]},
        },
    ]
    client.sdk.annotations.create(id=task.id, result=result)
    edited = sentence_table(tmp_path / "e.parquet", 3, edit=1)
    with pytest.raises(PushError, match=r"already have annotations.*a-test-1"):
        push(edited, schema=SCHEMA, project=project_name, on_change="update")
    forced = push(edited, schema=SCHEMA, project=project_name, on_change="update", force=True)
    assert forced.updated_tasks == 1
    # The task now holds the new text: nothing is changed any more, nothing is refused.
    again = push(edited, schema=SCHEMA, project=project_name, on_change="update")
    assert (again.changed, again.updated_tasks, again.unchanged) == ([], 0, 3)


def _annotate(client: Client, task_id: int) -> None:
    result = [
        {
            "from_name": "claim_type",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["factual"]},
        },
    ]
    client.sdk.annotations.create(id=task_id, result=result)


def test_updated_sentence_is_unchanged_from_then_on_even_once_annotated(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    first = push(sentence_table(tmp_path / "s.parquet", 3), schema=SCHEMA, project=project_name)
    edited = sentence_table(tmp_path / "e.parquet", 3, edit=1)
    updated = push(edited, schema=SCHEMA, project=project_name, on_change="update")
    assert (updated.changed, updated.updated_tasks) == (["a-test-1"], 1)

    again = push(edited, schema=SCHEMA, project=project_name, on_change="update")
    assert (again.changed, again.updated_tasks, again.unchanged) == ([], 0, 3)
    task = next(t for t in client.tasks(first.project_id) if t.data["sentence_id"] == "a-test-1")
    _annotate(client, task.id)
    annotated = push(edited, schema=SCHEMA, project=project_name, on_change="update")
    assert (annotated.changed, annotated.updated_tasks) == ([], 0)


def test_sentence_updated_from_another_folder_is_not_reported_as_changed(
    client: Client,
    studio_env: Path,
    project_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    push(sentence_table(tmp_path / "s.parquet", 3), schema=SCHEMA, project=project_name)
    edited = sentence_table(tmp_path / "e.parquet", 3, edit=2)
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "other-folder"))
    assert push(edited, schema=SCHEMA, project=project_name, on_change="update").updated_tasks
    monkeypatch.setenv("ANNOTATE_HOME", str(studio_env))
    # This folder's map still holds the old hash; the server, asked, has the new text.
    kept = push(edited, schema=SCHEMA, project=project_name)
    assert (kept.changed, kept.unchanged) == ([], 3)
    again = push(edited, schema=SCHEMA, project=project_name, on_change="update")
    assert (again.changed, again.updated_tasks) == ([], 0)


def _truncated(path: Path) -> Path:
    whole = sentence_table(path.with_suffix(".whole.parquet"), 50).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _not_parquet(path: Path) -> Path:
    path.write_text("sentence_id,text\na-1,Not a Parquet file at all.\n")
    return path


@pytest.mark.parametrize("make", [_truncated, _not_parquet], ids=["truncated", "not-parquet"])
def test_unreadable_sentence_table_is_refused_before_the_server_is_touched(
    make, client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    table = make(tmp_path / "sentences.parquet")
    run = CliRunner().invoke(
        app, ["push", str(table), "--schema", str(SCHEMA), "--project", project_name]
    )
    assert run.exit_code == 2, run.output
    assert "Traceback" not in run.output
    assert f"sentence table {table} is not a readable Parquet file" in " ".join(run.output.split())
    assert not [p for p in client.sdk.projects.list(title=project_name) if p.title == project_name]


def test_schema_change_that_orphans_labels_is_refused(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    first = push(sentence_table(tmp_path / "s.parquet", 2), schema=SCHEMA, project=project_name)
    task = next(iter(client.sdk.tasks.list(project=first.project_id, fields="task_only")))
    client.sdk.annotations.create(
        id=task.id,
        result=[
            {
                "from_name": "claim_type",
                "to_name": "text",
                "type": "choices",
                "value": {"choices": ["opinion"]},
            }
        ],
    )
    reduced = tmp_path / "reduced.yaml"
    schema = load_schema(SCHEMA)
    data = schema.to_yaml()
    reduced.write_text(data.replace("opinion", "evaluation"))
    (tmp_path / schema.guidelines).write_text(schema.guidelines_text)
    with pytest.raises(PushError, match=r"removes labels.*claim_type=opinion"):
        push(sentence_table(tmp_path / "s.parquet", 2), schema=reduced, project=project_name)


def test_label_config_rejected_by_server_is_a_clear_error(
    client: Client,
    studio_env: Path,
    project_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = '<View><Text name="text" value="$text"/><Choices name="c" toName="nowhere"/></View>'
    monkeypatch.setattr(Schema, "label_config", lambda self: broken)
    with pytest.raises(StudioError, match="Label Studio answered 400 to 'create the project'"):
        push(sentence_table(tmp_path / "s.parquet", 1), schema=SCHEMA, project=project_name)


@pytest.mark.parametrize("schema_path", [SCHEMA, ROOT / "tests" / "data" / "target-stance.yaml"])
def test_server_validates_generated_label_configs(client: Client, schema_path: Path) -> None:
    schema = load_schema(schema_path)
    project = client.sdk.projects.create(title=f"test_validate_{schema.name}")
    try:
        client.sdk.projects.validate_label_config(id=project.id, label_config=schema.label_config())
        client.sdk.projects.update(id=project.id, label_config=schema.label_config())
        stored = client.sdk.projects.get(id=project.id).label_config
        assert stored.strip() == schema.label_config().strip()
    finally:
        client.sdk.projects.delete(id=project.id)


def test_wrong_token_and_dead_server_are_one_clear_line(
    connection: Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = sentence_table(tmp_path / "s.parquet", 1)
    bad = Client(Connection(url=connection.url, api_key="0" * 40))
    with pytest.raises(AuthenticationFailed, match="refused the API token"):
        push(table, schema=SCHEMA, project="test_never", client=bad)
    dead = Client(Connection(url=f"http://127.0.0.1:{free_port()}", api_key="x" * 40))
    with pytest.raises(ConnectionFailed, match="no Label Studio server answers at"):
        push(table, schema=SCHEMA, project="test_never", client=dead)

    monkeypatch.setenv("LABEL_STUDIO_URL", connection.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "0" * 40)
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    run = CliRunner().invoke(app, ["push", str(table), "--schema", str(SCHEMA)])
    assert run.exit_code == 2, run.output
    assert "refused the API token" in run.output
    assert "Traceback" not in run.output
    assert "0" * 40 not in run.output


def test_server_killed_mid_push_then_same_command_completes_exactly_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kill -9 the server during an import request; after a restart nothing is doubled."""
    data_dir = tmp_path / "ls"
    token = secrets.token_hex(20)
    port = free_port()
    start = {
        "data_dir": data_dir,
        "port": port,
        "username": "admin@fault.local",
        "password": secrets.token_urlsafe(12),
        "token": token,
    }
    proc = _server.start_server(**start)
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    client = Client(Connection(url=proc.url, api_key=token))
    table = sentence_table(tmp_path / "big.parquet", 5000, prefix="a-fault")

    calls = {"n": 0}
    original = client.import_tasks

    def import_then_die(*args: object, **kw: object) -> object:
        calls["n"] += 1
        if calls["n"] == 4:
            # Dies while the 4th batch is in flight: committed or not, the next push
            # must end with every sentence exactly once.
            threading.Timer(0.05, os.killpg, (os.getpgid(proc.pid), signal.SIGKILL)).start()
        return original(*args, **kw)

    monkeypatch.setattr(client, "import_tasks", import_then_die)
    try:
        with pytest.raises(ConnectionFailed):
            push(table, schema=SCHEMA, project="test_fault", batch_size=500, client=client)
        _server.stop_pid(proc.pid)
        proc = _server.start_server(**start)
        client = Client(Connection(url=proc.url, api_key=token))
        result = push(table, schema=SCHEMA, project="test_fault", batch_size=500, client=client)
        assert result.rebuilt_map
        project_id = result.project_id
        ids = server_sentence_ids(client, project_id)
        assert len(ids) == 5000
        assert len(set(ids)) == 5000
        assert result.new_tasks + result.unchanged == 5000
    finally:
        _server.stop_pid(proc.pid)


def _prediction(schema: Schema, sid: str, text: str, score: float, version: str) -> dict:
    values = {f.name: None if f.kind == "choice" else [] for f in schema.fields}
    values.update(claim_type="factual", hedging="not_hedged", attribution="unattributed")
    return {
        "sentence_id": sid,
        "result": schema.to_result(values),
        "score": score,
        "model_version": version,
    }


def test_predictions_attach_once_per_model_version_and_order_by_uncertainty(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    table = sentence_table(tmp_path / "s.parquet", 4)
    schema = load_schema(SCHEMA)
    texts = pd.read_parquet(table).set_index("sentence_id")["text"]
    preds = [
        _prediction(schema, sid, texts[sid], 0.2 + i / 10, "m-1")
        for i, sid in enumerate(texts.index)
    ]
    first = push(table, schema=schema, project=project_name, predictions=preds)
    assert first.predictions == 4 and first.ordered_by_uncertainty
    path = tmp_path / "preds.jsonl"
    pd.DataFrame(preds).to_json(path, orient="records", lines=True)
    again = push(table, schema=schema, project=project_name, predictions=path)
    assert again.predictions == 4 and again.new_tasks == 0

    stored = client.sdk.predictions.list(project=first.project_id)
    assert len(stored) == 4, "re-pushing a model version must replace, not stack"
    assert {p.model_version for p in stored} == {"m-1"}
    assert sorted(round(p.score, 2) for p in stored) == [0.2, 0.3, 0.4, 0.5]
    project = client.sdk.projects.get(id=first.project_id)
    assert project.sampling == "Uncertainty sampling"
    assert project.model_version == "m-1"


def test_bad_predictions_are_refused_before_anything_is_sent(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    table = sentence_table(tmp_path / "s.parquet", 2)
    schema = load_schema(SCHEMA)
    stray = [_prediction(schema, "a-nowhere-0", "x", 0.5, "m-1")]
    with pytest.raises(PushError, match="1 predictions are for sentences the project does not"):
        push(table, schema=schema, project=project_name, predictions=stray)
    bad = _prediction(schema, "a-test-0", "", 0.5, "m-1")
    bad["result"][0]["value"]["choices"] = ["gossip"]
    with pytest.raises(LabelError, match="gossip"):
        push(table, schema=schema, project=project_name, predictions=[bad])


def test_push_takes_the_predictions_preannotate_writes(
    client: Client, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    """`annotate push --predictions` reads what `annotate preannotate` (or `predict`) writes:
    one row per sentence and a column per field, turned into Label Studio results by push."""
    table = sentence_table(tmp_path / "s.parquet", 12)
    runner = CliRunner()
    pre = runner.invoke(
        app, ["preannotate", str(table), "-o", str(tmp_path / "pre.parquet"), "--json"]
    )
    assert pre.exit_code == 0, pre.output
    pushed = runner.invoke(
        app,
        [
            "push",
            str(table),
            "--project",
            project_name,
            "--predictions",
            str(tmp_path / "pre.parquet"),
            "--json",
        ],
    )
    assert pushed.exit_code == 0, pushed.output
    assert json.loads(pushed.stdout)["predictions"] == 12
    (proj,) = client.sdk.projects.list(title=project_name)
    predictions = list(client.sdk.predictions.list(project=proj.id))
    assert len(predictions) == 12
    assert {p.model_version for p in predictions} == {"lexicon-1.1.0"}
    assert all(p.result for p in predictions)


def test_push_sends_its_batches_without_the_sdks_per_value_encoder(
    client: Client,
    studio_env: Path,
    project_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #14: the SDK's generic encoder walked every value of every task (1.0 s per
    20,000 tasks of client CPU); push encodes its batches with ``json.dumps`` itself, and the
    server still gets every task, with the ids back in order."""
    from label_studio_sdk.core import http_client

    encoded: list[int] = []
    real = http_client.jsonable_encoder

    def counting(obj: object, *args: object, **kw: object) -> object:
        if isinstance(obj, list) and obj and isinstance(obj[0], dict) and "sentence_id" in obj[0]:
            encoded.append(len(obj))
        return real(obj, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(http_client, "jsonable_encoder", counting)
    table = sentence_table(tmp_path / "s.parquet", 30, prefix="enc")
    first = push(table, schema=SCHEMA, project=project_name, batch_size=12)
    assert first.new_tasks == 30 and encoded == []
    assert server_sentence_ids(client, first.project_id) == sorted(f"enc-{i}" for i in range(30))
    tasks = {t.data["sentence_id"]: t.id for t in client.tasks(first.project_id)}
    again = push(table, schema=SCHEMA, project=project_name)
    assert (again.new_tasks, again.unchanged, again.rebuilt_map) == (0, 30, False)
    # The ids the import answered with are those the server gave each sentence.
    assert {
        sid: tid for sid, (tid, _) in _task_map(studio_env, client, first.project_id).items()
    } == tasks


def _task_map(home: Path, client: Client, project_id: int) -> dict[str, tuple[int, str | None]]:
    from annotate.studio._task_map import TaskMap

    task_map = TaskMap(home, client.connection.url, project_id)
    try:
        return task_map.entries()
    finally:
        task_map.close()
