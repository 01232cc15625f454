"""Push without a server: its options, its input checks, the task map and the repair rule."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from annotate.errors import InputError, PushError
from annotate.studio._client import Client, Connection
from annotate.studio._push import push
from annotate.studio._task_map import TaskMap
from annotate.studio._task_sync import ServerTask, confirmed, plan_repair

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schemas" / "news-stance.yaml"
# Nothing listens on port 9: a push that got as far as the server would fail differently.
NOWHERE = Client(Connection(url="http://127.0.0.1:9", api_key="x" * 40))


def _table(path: Path, sids: list[str | None], **drop: bool) -> Path:
    frame = pd.DataFrame(
        {
            "sentence_id": sids,
            "text": [f"Sentence {i}." for i in range(len(sids))],
            "text_sha256": [f"{i:064x}" for i in range(len(sids))],
        }
    )
    frame.drop(columns=[c for c, gone in drop.items() if gone]).to_parquet(path)
    return path


def test_on_change_is_checked_by_the_library(tmp_path: Path) -> None:
    table = _table(tmp_path / "s.parquet", ["a-1"])
    with pytest.raises(
        PushError, match=r"on_change must be one of 'keep', 'update', got 'replace'"
    ):
        push(table, schema=SCHEMA, on_change="replace", client=NOWHERE)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sids", "drop", "message"),
    [
        (["a-1", "a-2", "a-1"], {}, r"sentence id 'a-1' occurs twice in .*s\.parquet"),
        (["a-1", None], {}, r"s\.parquet has a row without a sentence_id"),
        (["a-1"], {"text_sha256": True}, r"s\.parquet is not a sentence table: .*text_sha256"),
    ],
    ids=["repeated-id", "missing-id", "missing-column"],
)
def test_bad_sentence_table_is_refused_before_connecting(
    tmp_path: Path, sids: list[str | None], drop: dict[str, bool], message: str
) -> None:
    table = _table(tmp_path / "s.parquet", sids, **drop)
    with pytest.raises(PushError, match=message):
        push(table, schema=SCHEMA, client=NOWHERE)


def test_missing_or_unreadable_sentence_table_is_refused_before_connecting(
    tmp_path: Path,
) -> None:
    # The same one message as every other command's input tables (annotate._files).
    with pytest.raises(InputError, match=r"sentence table .*nothing\.parquet does not exist"):
        push(tmp_path / "nothing.parquet", schema=SCHEMA, client=NOWHERE)
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError, match=r"sentence table .*folder is a folder"):
        push(tmp_path / "folder", schema=SCHEMA, client=NOWHERE)
    whole = _table(tmp_path / "whole.parquet", [f"a-{i}" for i in range(100)]).read_bytes()
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(whole[: len(whole) - 40])
    with pytest.raises(
        InputError, match=r"sentence table .*cut\.parquet is not a readable Parquet file"
    ):
        push(cut, schema=SCHEMA, client=NOWHERE)


def test_a_sentence_table_damaged_behind_its_footer_is_one_input_error(tmp_path: Path) -> None:
    # The footer opens; the first page header is garbage, found only while batches are read.
    table = _table(tmp_path / "s.parquet", [f"a-{i}" for i in range(100)])
    data = bytearray(table.read_bytes())
    data[4:36] = b"\xff" * 32
    table.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"sentence table .*s\.parquet is not a readable Parquet"):
        push(table, schema=SCHEMA, client=NOWHERE)


def test_damaged_task_map_is_replaced_and_marked_for_a_rebuild(tmp_path: Path) -> None:
    first = TaskMap(tmp_path, "http://server", 1)
    first.add([("a-1", 10, "x")])
    first.close()
    first.path.write_bytes(b"this is not an SQLite database" * 100)
    again = TaskMap(tmp_path, "http://server", 1)
    assert len(again) == 0
    assert again.dirty, "an empty map must be rebuilt from the server, not trusted"
    again.close()


def test_task_map_takes_rows_that_name_one_sentence_twice(tmp_path: Path) -> None:
    task_map = TaskMap(tmp_path, "http://server", 1)
    task_map.replace_all([("a-1", 10, "x"), ("a-1", 11, "x"), ("a-2", 12, "y")])
    assert task_map.entries() == {"a-1": (11, "x"), "a-2": (12, "y")}
    assert task_map.max_task_id() == 12
    task_map.close()


def test_repair_keeps_the_annotated_copy_else_the_oldest() -> None:
    tasks = [
        ServerTask("a-0", 5, "h"),
        ServerTask("a-0", 3, "h"),
        ServerTask("a-1", 4, "h"),
        ServerTask("a-1", 9, "h", annotated=True),
        ServerTask("a-2", 6, "h", annotated=True),
        ServerTask("a-2", 7, "h", annotated=True),
        ServerTask("a-2", 8, "h"),
        ServerTask("a-3", 1, "h"),
    ]
    kept, delete, conflicts = plan_repair(tasks)
    assert {sid: t.task_id for sid, t in kept.items()} == {"a-0": 3, "a-1": 9, "a-2": 6, "a-3": 1}
    assert delete == [4, 5, 8]
    assert conflicts == ["a-2"]


def test_a_copy_whose_counter_reads_zero_is_kept_when_it_holds_an_annotation() -> None:
    # The server's counter said 0 for a copy annotated just before (seen once in CI): the
    # annotations themselves decide, and only for sentences held more than once.
    class Server:
        def __init__(self) -> None:
            self.asked: list[int] = []

        def has_annotations(self, task_id: int) -> bool:
            self.asked.append(task_id)
            return task_id == 7

    server = Server()
    tasks = [
        ServerTask("a-2", 6, "h", annotated=True),
        ServerTask("a-2", 7, "h"),  # annotated, its counter not (yet) saying so
        ServerTask("a-3", 8, "h"),
        ServerTask("a-3", 9, "h"),
        ServerTask("a-4", 10, "h"),  # one copy: nothing to delete, nothing to ask
    ]
    kept, delete, conflicts = plan_repair(confirmed(server, tasks))  # type: ignore[arg-type]
    assert kept["a-2"].task_id == 6
    assert delete == [9]
    assert conflicts == ["a-2"]
    assert sorted(server.asked) == [7, 8, 9]
