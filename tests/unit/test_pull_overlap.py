"""Issue 14: an incremental pull merges the last table while the changed tasks are listed.

Offline, with the fake SDK of ``test_pull_offline``; the old table is cut in small row
groups (``ROW_GROUP``) so that the merge has groups to write before the listing ends. What
is pinned is the order of events and the bytes of the tables, never a time.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import Any

import pytest

from annotate.errors import AnnotateError, LabelError, StudioError
from annotate.studio import _pull_parquet
from annotate.studio._pull import pull
from annotate.studio._pull_parquet import RowGroupWriter
from tests.unit.test_pull_offline import NAME, SCHEMA, FakeSDK, fake_client
from tests.unit.test_pull_stream import many_tasks

COPIES = 20  # 80 tasks, over 500 rows: about 40 row groups of 16


@pytest.fixture(autouse=True)
def small_row_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pull_parquet, "ROW_GROUP", 16)


def with_changes(tasks: list[dict[str, Any]], at: list[int]) -> list[dict[str, Any]]:
    """``tasks`` with a new annotation on the annotated tasks at positions ``at`` among
    them (spread over the project), stamped after every other change: no task added or
    deleted."""
    tasks = copy.deepcopy(tasks)
    annotated = [t for t in tasks if t["annotations"]]
    for n, position in enumerate(at):
        task = annotated[position]
        new = dict(copy.deepcopy(task["annotations"][0]), id=90_000 + n)
        new["created_at"] = new["updated_at"] = "2030-01-01T00:00:00.000000Z"
        task["annotations"].append(new)
        task["updated_at"] = "2030-01-01T00:00:00.000000Z"
    return tasks


def same_tables(one: Any, other: Any) -> bool:
    return (
        one.output.read_bytes() == other.output.read_bytes()
        and one.violations_output.read_bytes() == other.violations_output.read_bytes()
    )


def pages(sdk: FakeSDK) -> list[dict[str, Any]]:
    """The listing's page requests, not the requests for a page's drafts (``draft_exists``)."""
    return [
        call
        for call in sdk.list_calls
        if not any(i["filter"] == "filter:tasks:draft_exists" for i in call["filters"]["items"])
    ]


def test_the_merge_writes_before_the_last_page_is_answered(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(many_tasks(COPIES))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    sdk.serve(with_changes(many_tasks(COPIES), at=[5, 30, 55]))
    events: list[str] = []
    written = threading.Event()
    real_add, real_list = RowGroupWriter.add, sdk.tasks.list

    def add(self: RowGroupWriter, table: Any) -> None:
        events.append("write")
        written.set()
        real_add(self, table)

    def slow_list(**kw: Any) -> Any:
        if len(pages(sdk)) == 2:
            # The server is slow with the last page: the merge has the time to write what
            # comes before it. A pull that merges only after the listing never writes
            # meanwhile, and this wait ends at its bound instead of at the event.
            written.wait(timeout=10)
        answer = real_list(**kw)
        events.append(f"page {len(pages(sdk))}")
        return answer

    monkeypatch.setattr(RowGroupWriter, "add", add)
    sdk.tasks.list = slow_list
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=1)
    assert not inc.full and inc.fetched == 3
    assert events.index("write") < events.index("page 3"), events
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert same_tables(inc, full)


@pytest.mark.parametrize("page_size", [1, 2, 500])
def test_an_overlapped_pull_writes_a_full_pulls_tables(
    pull_home: Path, tmp_path: Path, page_size: int
) -> None:
    sdk = FakeSDK(many_tasks(COPIES))
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    # The first task, the last one and tasks in between: new rows before the first old
    # group, after the last one and inside groups.
    sdk.serve(with_changes(many_tasks(COPIES), at=[0, 1, 17, 18, 40, 59]))
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=page_size)
    assert not inc.full and inc.fetched == 6
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert same_tables(inc, full)
    assert (inc.rows, inc.annotations, inc.annotators, inc.violations) == (
        full.rows,
        full.annotations,
        full.annotators,
        full.violations,
    )


def test_a_listing_cut_off_leaves_the_old_tables_and_the_next_pull_resumes(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(many_tasks(COPIES))
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "t.parquet", schema=SCHEMA, client=client)
    old = first.output.read_bytes(), first.violations_output.read_bytes()
    sdk.serve(with_changes(many_tasks(COPIES), at=[5, 30, 55]))
    real_list = sdk.tasks.list

    def cut(**kw: Any) -> Any:
        if len(pages(sdk)) == 2:
            raise StudioError("the server went away")
        return real_list(**kw)

    sdk.tasks.list = cut
    with pytest.raises(StudioError):
        pull(NAME, tmp_path / "t.parquet", schema=SCHEMA, client=client, page_size=1)
    # The merge had begun: its files are thrown away, the old pair stays.
    assert (first.output.read_bytes(), first.violations_output.read_bytes()) == old
    files = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert files == ["t.parquet", "t.violations.parquet"]
    sdk.tasks.list = real_list
    inc = pull(NAME, tmp_path / "t.parquet", schema=SCHEMA, client=client, page_size=1)
    assert inc.resumed and not inc.full and inc.fetched == 3
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert same_tables(inc, full)


def test_a_task_deleted_and_one_added_before_the_count_are_both_seen(
    pull_home: Path, tmp_path: Path
) -> None:
    tasks = many_tasks(COPIES)
    sdk = FakeSDK(tasks)
    client = fake_client(sdk)
    pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    # As many tasks as before, so the count before the listing says none is gone: the new
    # task the listing finds makes the pull count again, and the merge begun is dropped.
    now = with_changes(tasks, at=[10])
    added = dict(copy.deepcopy(now[10]), id=99_999, updated_at="2030-01-01T00:00:00.000000Z")
    added["annotations"] = [dict(a, id=a["id"] + 50_000) for a in added["annotations"]]
    sdk.serve([t for t in now if t["id"] != tasks[30]["id"]] + [added])
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=1)
    assert not inc.full and inc.fetched == 2 and inc.deleted == 1
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert same_tables(inc, full) and inc.tasks == full.tasks


def test_a_merge_that_fails_stops_the_pull_and_leaves_the_old_tables(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(many_tasks(COPIES))
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "t.parquet", schema=SCHEMA, client=client)
    old = first.output.read_bytes()
    sdk.serve(with_changes(many_tasks(COPIES), at=[5, 30, 55]))

    def full_disk(self: RowGroupWriter, table: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(RowGroupWriter, "add", full_disk)
    with pytest.raises(AnnotateError, match="disk is full"):
        pull(NAME, tmp_path / "t.parquet", schema=SCHEMA, client=client, page_size=1)
    assert first.output.read_bytes() == old
    assert not [t for t in threading.enumerate() if t.name == "pull-merge"]


def test_an_unknown_label_in_a_page_is_one_error_after_the_listing(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(many_tasks(COPIES))
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "t.parquet", schema=SCHEMA, client=client)
    old = first.output.read_bytes()
    now = with_changes(many_tasks(COPIES), at=[5, 30, 55])
    bad = [t for t in now if t["annotations"]][30]["annotations"][-1]
    choices = next(r for r in bad["result"] if r["type"] == "choices")
    choices["value"] = {"choices": ["no-such-label"]}
    sdk.serve(now)
    with pytest.raises(LabelError, match="1 annotation") as caught:
        pull(NAME, tmp_path / "t.parquet", schema=SCHEMA, client=client, page_size=1)
    assert "no-such-label" in caught.value.message and "annotation 90001" in caught.value.message
    # Every page was read and kept; the tables stay as they were.
    assert len(pages(sdk)) == 3 and first.output.read_bytes() == old
    assert not [t for t in threading.enumerate() if t.name == "pull-merge"]
