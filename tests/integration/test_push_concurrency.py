"""Pushes that run at the same time, and the duplicate tasks such races leave: real server.

Two pushes from two working folders (two ``ANNOTATE_HOME``s, as on two machines) share no
local state, so nothing but the server can keep them from importing the same sentences.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from annotate.studio._client import Client, Connection
from annotate.studio._push import PushResult, push

from .test_push import SCHEMA, sentence_table

ROWS = 2500
BATCH = 1000


def _push_in_a_folder(
    home: str, table: str, project: str, connection: tuple[str, str], barrier: Any
) -> None:
    """One `annotate push` process. Its first import waits until the other push has got
    that far too: both have then checked the server and found the sentences missing, the
    worst case, made certain instead of left to timing."""
    os.environ.update(
        ANNOTATE_HOME=home, LABEL_STUDIO_URL=connection[0], LABEL_STUDIO_API_KEY=connection[1]
    )
    from label_studio_sdk.projects.client import ProjectsClient

    original = ProjectsClient.import_tasks
    waited = []

    def import_tasks(self: Any, *args: Any, **kw: Any) -> Any:
        if not waited:
            waited.append(True)
            barrier.wait(timeout=300)
        return original(self, *args, **kw)

    ProjectsClient.import_tasks = import_tasks  # type: ignore[method-assign]
    from annotate.cli import app

    sys.argv = ["annotate", "push", table, "--schema", str(SCHEMA), "--project", project]
    sys.argv += ["--batch-size", str(BATCH), "--json"]
    app()


def sentence_ids(client: Client, project_id: int) -> Counter[str]:
    return Counter(t.data["sentence_id"] for t in client.tasks(project_id))


def project_ids(client: Client, name: str) -> list[int]:
    return [p.id for p in client.sdk.projects.list(title=name) if p.title == name]


@pytest.mark.parametrize("existing", [True, False], ids=["existing-project", "new-project"])
def test_two_pushes_from_two_folders_at_once_leave_each_sentence_once(
    existing: bool,
    client: Client,
    connection: Connection,
    studio_env: Path,
    project_name: str,
    tmp_path: Path,
) -> None:
    table = sentence_table(tmp_path / "s.parquet", ROWS, prefix="a-race")
    if existing:
        # The case: a project already in use, and two folders that both add to it.
        start = sentence_table(tmp_path / "start.parquet", 100, prefix="a-race")
        push(start, schema=SCHEMA, project=project_name)
    # spawn, not fork: the test process has threads, and each push must be a fresh process.
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2)
    pushes = [
        spawn.Process(
            target=_push_in_a_folder,
            args=(
                str(tmp_path / f"folder-{k}"),
                str(table),
                project_name,
                (connection.url, connection.api_key),
                barrier,
            ),
        )
        for k in range(2)
    ]
    for process in pushes:
        process.start()
    for process in pushes:
        process.join(timeout=600)
    assert [p.exitcode for p in pushes] == [0, 0]

    (project_id,) = project_ids(client, project_name)
    counts = sentence_ids(client, project_id)
    assert len(counts) == ROWS
    assert counts.most_common(1)[0][1] == 1, "a sentence has more than one task"

    third = push(table, schema=SCHEMA, project=project_name, batch_size=BATCH)
    assert (third.new_tasks, third.unchanged, third.duplicates_removed) == (0, ROWS, 0)
    assert sum(sentence_ids(client, project_id).values()) == ROWS


def _annotate(client: Client, task_id: int, claim: str = "factual") -> None:
    client.sdk.annotations.create(
        id=task_id,
        result=[
            {
                "from_name": "claim_type",
                "to_name": "text",
                "type": "choices",
                "value": {"choices": [claim]},
            }
        ],
    )


def test_push_repairs_duplicates_keeping_annotated_copies(
    client: Client,
    studio_env: Path,
    project_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = sentence_table(tmp_path / "s.parquet", 6, prefix="a-dup")
    first = push(table, schema=SCHEMA, project=project_name)
    # What a race (or an older version of push) leaves: every sentence imported twice.
    tasks = list(client.tasks(first.project_id))
    originals = {t.data["sentence_id"]: t.id for t in tasks}
    again = client.sdk.projects.import_tasks(
        id=first.project_id, request=[t.data for t in tasks], return_task_ids=True
    )
    copies = dict(zip([t.data["sentence_id"] for t in tasks], again.task_ids, strict=True))
    _annotate(client, copies["a-dup-1"])  # only the newer copy is annotated: it stays
    _annotate(client, copies["a-dup-2"])  # both copies annotated: both stay, reported
    _annotate(client, originals["a-dup-2"], "opinion")
    _annotate(client, originals["a-dup-3"])  # only the older copy annotated

    # A fresh folder, so the map is rebuilt from the duplicated server, as on a second machine.
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "other-folder"))
    result = push(table, schema=SCHEMA, project=project_name)

    assert result.duplicates_removed == 5
    assert result.duplicates_annotated == ["a-dup-2"]
    left = {t.id: t for t in client.tasks(first.project_id)}
    by_sentence = Counter(t.data["sentence_id"] for t in left.values())
    assert by_sentence == {f"a-dup-{i}": 2 if i == 2 else 1 for i in range(6)}
    assert copies["a-dup-1"] in left and originals["a-dup-1"] not in left
    assert originals["a-dup-3"] in left and copies["a-dup-3"] not in left
    assert originals["a-dup-0"] in left, "without annotations the oldest copy stays"
    # Counted from the annotations, not the tasks' counters: those once read 0 for a task
    # annotated just before (the reason push asks for the annotations of a duplicate).
    annotations = sum(len(client.sdk.annotations.list(id=t)) for t in left)
    assert annotations == 4, "no annotation was lost"

    settled = push(table, schema=SCHEMA, project=project_name)
    assert (settled.new_tasks, settled.duplicates_removed, settled.rebuilt_map) == (0, 0, False)


def test_two_pushes_from_one_folder_take_turns(
    client: Client, connection: Connection, studio_env: Path, project_name: str, tmp_path: Path
) -> None:
    table = sentence_table(tmp_path / "s.parquet", ROWS, prefix="a-turns")
    start = threading.Barrier(2)
    results: list[PushResult] = []

    def run() -> None:
        start.wait(timeout=60)
        own = Client(connection)  # one client per thread, as two processes would have
        results.append(push(table, schema=SCHEMA, project=project_name, client=own))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    # The folder's lock makes the second wait for the first, then find everything there.
    assert sorted(r.new_tasks for r in results) == [0, ROWS]
    assert [r.duplicates_removed for r in results] == [0, 0]
    assert sum(sentence_ids(client, results[0].project_id).values()) == ROWS
