"""What pull asks the server: only the fields it keeps, and no request it can do without.

Label Studio computes every counter and column of an answer unless the request names the
fields it wants (``include``); at 200,000 tasks on PostgreSQL a project read cost 1.0-1.7 s
against milliseconds for its task count (issue 14). The fake SDK of ``test_pull_offline``
answers as label-studio 1.23.2 does, ``include`` included, so a table built from its sparse
answers equal to one from the export proves the fields asked for are the ones pull needs.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd
from label_studio_sdk.core.api_error import ApiError

from annotate.studio import _pull_fetch as fetch
from annotate.studio._project import find_project, find_projects
from annotate.studio._pull import pull
from tests.unit.test_pull_offline import NAME, RECORDED, SCHEMA, FakeSDK, fake_client, frame


def changed_listings(sdk: FakeSDK) -> list[dict[str, Any]]:
    """The task listings that asked for changed tasks (not the id lists of a deletion check)."""
    return [
        q
        for q in sdk.list_calls
        if any(i["filter"] == "filter:tasks:updated_at" for i in q["filters"]["items"])
    ]


def test_every_project_read_of_a_pull_names_the_fields_it_uses(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client)
    sdk.serve(RECORDED["tasks_v2"])
    pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    # The title lookup and the task counts of both pulls; none asks for every counter.
    assert len(sdk.project_reads) >= 4
    assert None not in sdk.project_reads
    assert set(sdk.project_reads) == {"id,title", "id,task_number"}


def test_an_incremental_pull_asks_for_no_page_past_the_changed_tasks(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client)
    sdk.serve(RECORDED["tasks_v2"])  # two tasks changed
    sdk.list_calls.clear()
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=2)
    assert (inc.full, inc.fetched) == (False, 2)
    # One full page that the answer's total says is all: no request for an empty one.
    assert len(changed_listings(sdk)) == 1
    full = pull(NAME, tmp_path / "check.parquet", schema=SCHEMA, client=client, full=True)
    assert full.full
    pd.testing.assert_frame_equal(
        frame(tmp_path / "inc.parquet"), frame(tmp_path / "check.parquet")
    )


def test_pages_are_still_read_to_the_end_when_the_changes_fill_several(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client)
    sdk.serve(RECORDED["tasks_v2"])
    sdk.list_calls.clear()
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=1)
    assert inc.fetched == 2
    assert len(changed_listings(sdk)) == 2


def test_a_title_lookup_reads_page_by_page_and_a_full_last_page_is_no_error() -> None:
    # The server serves at most 100 projects a page and answers 404 past the last; the
    # SDK's pager would ask for that page on every lookup, the lookup only after a full one.
    asked: list[int] = []
    matches = {"full": 100, "one": 1}

    def listed(*, title: str, page: int, page_size: int, **kw: Any) -> Any:
        asked.append(page)
        if page > 1:
            raise ApiError(status_code=404, headers={}, body={"detail": "Invalid page."})
        return SimpleNamespace(
            items=[SimpleNamespace(id=i, title=title) for i in range(matches[title])]
        )

    client = fake_client(SimpleNamespace(projects=SimpleNamespace(list=listed)))  # type: ignore[arg-type]
    assert [p.id for p in find_projects(client, "full")] == list(range(100))
    assert asked == [1, 2]
    asked.clear()
    one = find_project(client, "one")
    assert one is not None and one.id == 0
    assert asked == [1]


def changed_with(tasks: list[dict[str, Any]], ids: set[int], hour: int) -> list[dict[str, Any]]:
    """``tasks`` with those of ``ids`` changed at ``hour`` (their ``updated_at``)."""
    later = f"2026-11-26T{hour:02d}:00:00.000000Z"
    return [dict(t, updated_at=later) if t["id"] in ids else t for t in tasks]


def test_the_listing_leaves_drafts_to_a_request_for_the_tasks_that_have_some(
    pull_home: Path, tmp_path: Path
) -> None:
    # The server reads each listed task's drafts with a query of its own: half of a
    # listing of 1,000 changed tasks at 200,000 on PostgreSQL (benchmarks/RESULTS.md).
    v1 = RECORDED["tasks_v1"]
    with_draft = [t["id"] for t in v1 if t.get("drafts")]
    without = [t["id"] for t in v1 if not t.get("drafts")]
    assert with_draft and without
    sdk = FakeSDK(v1)
    client = fake_client(sdk)
    pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client)

    def listings() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        asked = changed_listings(sdk)
        drafts = [
            q for q in asked
            if any(i["filter"] == "filter:tasks:draft_exists" for i in q["filters"]["items"])
        ]  # fmt: skip
        return [q for q in asked if q not in drafts], drafts

    # No changed task has a draft: the listing alone, and it asks for no drafts.
    sdk.serve(changed_with(v1, {without[0]}, 9))
    sdk.list_calls.clear()
    sdk.include_calls.clear()
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    tasks, drafts = listings()
    assert (inc.fetched, len(tasks), drafts) == (1, 1, [])
    assert all("drafts" not in include.split(",") for include in sdk.include_calls)

    # A changed task with a draft: one more request, for the drafts of that page's tasks
    # that have any, and the counts a full pull makes.
    sdk.serve(changed_with(v1, {without[0], with_draft[0]}, 10))
    sdk.list_calls.clear()
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    tasks, drafts = listings()
    assert (inc.fetched, len(tasks), len(drafts)) == (2, 1, 1)
    full = pull(NAME, tmp_path / "check.parquet", schema=SCHEMA, client=client, full=True)
    assert (inc.drafts, inc.predictions) == (full.drafts, full.predictions)
    assert inc.drafts >= 1
    assert (tmp_path / "inc.parquet").read_bytes() == (tmp_path / "check.parquet").read_bytes()


def test_the_task_ids_stop_after_a_short_page_and_read_full_pages_to_the_end() -> None:
    # A deletion check lists every task id; a page shorter than asked is the last, so the
    # request for an empty page after it (a filter over the whole project) is not made;
    # after a full page one more is asked, which may be empty.
    tasks = RECORDED["tasks_v1"]
    ids = {t["id"] for t in tasks}
    sdk = FakeSDK(tasks)
    client = fake_client(sdk)
    for size in (len(ids) - 1, len(ids) // 2):
        sdk.list_calls.clear()
        assert fetch.task_ids(client, sdk.project_id, size=size) == ids
        assert len(sdk.list_calls) == len(ids) // size + 1, size
