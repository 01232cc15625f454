"""``pull()`` end to end, offline: a fake SDK serves task JSON recorded from a real server.

The fake applies the Data Manager filters pull sends (``filter:tasks:id`` "greater" and
"less_or_equal", ``filter:tasks:updated_at`` "greater", ``filter:tasks:draft_exists``), so
the keyset pages, the watermark and the checkpoint are exercised without a server.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from annotate.errors import ConnectionFailed, LabelError, OutputError, PullError, StudioError
from annotate.schema._schema import load_schema
from annotate.studio import _pull_export, _pull_fetch
from annotate.studio._client import Client, Connection
from annotate.studio._pull import pull
from annotate.studio._pull_state import PullState

RECORDED = json.loads(
    (Path(__file__).parents[1] / "data" / "recorded" / "pull_tasks.json").read_text()
)
SCHEMA = load_schema("schemas/news-stance.yaml")
TOKEN = "tok-0123456789abcdef"
NAME = "news-stance"


class FakeTask:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data
        self.id = data["id"]

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return copy.deepcopy(self._data)


class Pager(list):  # type: ignore[type-arg]
    """A page of a listing, as the SDK's pager: iterable, with the page's ``items``."""

    @property
    def items(self) -> list[Any]:
        return list(self)


class FakeSDK:
    """Just the calls pull makes, answering like label-studio 1.23.2 does."""

    def __init__(self, tasks: list[dict[str, Any]], project_id: int = 7) -> None:
        self.serve(tasks)
        self.project_id = project_id
        self.list_calls: list[dict[str, Any]] = []
        self.include_calls: list[str] = []  # the ``include`` of each task listing
        self.tasks = SimpleNamespace(list=self._list_tasks)
        self.projects = SimpleNamespace(
            list=self._list_projects,
            get=self._get_project,
            with_raw_response=SimpleNamespace(get=self._get_project_raw),
        )
        # The ``include`` of each project read (None: every field and counter).
        self.project_reads: list[str | None] = []
        users = [SimpleNamespace(id=int(i), email=e) for i, e in RECORDED["users"].items()]
        admin = SimpleNamespace(id=1, email="admin@example.com")
        self.users = SimpleNamespace(list=lambda: iter(users), whoami=lambda: admin)
        self.projects.exports = SimpleNamespace(
            create=self._create_export,
            get=lambda id, export_pk: self.exports[export_pk],
            download=self._download_export,
            delete=lambda id, export_pk: self.exports.pop(export_pk),
            list=lambda id: list(self.exports.values()),
        )
        self.exports: dict[int, Any] = {}
        self.export_calls = 0
        self.reverse_export = False  # the export's order is the database's, not always by id

    def serve(self, tasks: list[dict[str, Any]]) -> None:
        self.data = {t["id"]: t for t in tasks}

    def _create_export(self, *, id: int, **kw: Any) -> Any:
        assert id == self.project_id
        self.export_calls += 1
        # The export's JSON: every task in id order, predictions as ids (``only_id``), its
        # keys in the export serializer's order (the id, then the annotations).
        tasks = [
            export_form(
                dict(copy.deepcopy(t), predictions=[p["id"] for p in t.get("predictions") or []])
            )
            for t in sorted(self.data.values(), key=lambda t: t["id"], reverse=self.reverse_export)
        ]
        export = SimpleNamespace(id=self.export_calls, status="completed", body=json.dumps(tasks))
        self.exports[export.id] = export
        return export

    def _download_export(self, id: int, export_pk: int, **kw: Any) -> Any:
        body = self.exports[export_pk].body.encode("utf-8")
        # Small chunks, so that the parser reads across chunk boundaries.
        return (body[i : i + 1000] for i in range(0, len(body), 1000))

    def now(self) -> datetime:
        stamps = [_pull_fetch.parse_ts(t["updated_at"]) for t in self.data.values()]
        return max(s for s in stamps if s is not None) + timedelta(microseconds=1)

    def _list_projects(
        self, title: str | None = None, include: str | None = None, page: int = 1, **kw: Any
    ) -> list[Any]:
        if title is not None:
            self.project_reads.append(include)
        # Without a title, every project: what a "no project titled" message lists.
        found = [SimpleNamespace(id=self.project_id, title=NAME)] if title in (NAME, None) else []
        return Pager(found if page == 1 else [])

    def _get_project(self, id: int, request_options: Any = None) -> Any:
        include = ((request_options or {}).get("additional_query_parameters") or {}).get("include")
        self.project_reads.append(include)
        fields = {
            "id": id,
            "task_number": len(self.data),
            "maximum_annotations": 2,
            "total_annotations_number": sum(
                not a.get("was_cancelled")
                for t in self.data.values()
                for a in t.get("annotations") or []
            ),
        }
        return SimpleNamespace(
            **{
                k: v if include is None or k in include.split(",") else None
                for k, v in fields.items()
            }
        )

    def _get_project_raw(self, id: int, request_options: Any = None) -> Any:
        return SimpleNamespace(data=self._get_project(id, request_options), headers={})

    def _list_tasks(
        self,
        *,
        project: int,
        query: str,
        page: int,
        page_size: int,
        include: str | None = None,
        **kw: Any,
    ):
        assert project == self.project_id and page == 1
        self.list_calls.append(json.loads(query))
        self.include_calls.append(include or "")
        q = json.loads(query)
        assert q["ordering"] == ["tasks:id"]
        # ``draft_exists`` as the server computes it: any user's draft, in the page's query.
        match = [
            dict(t, draft_exists=bool(t.get("drafts")))
            for t in sorted(self.data.values(), key=lambda t: t["id"])
        ]
        for item in q["filters"]["items"]:
            if item["filter"] == "filter:tasks:id" and item["operator"] == "less_or_equal":
                match = [t for t in match if t["id"] <= item["value"]]
            elif item["filter"] == "filter:tasks:draft_exists":
                assert (item["operator"], item["type"]) == ("equal", "Boolean")
                match = [t for t in match if t["draft_exists"] is item["value"]]
            elif item["filter"] == "filter:tasks:id":
                assert item["operator"] == "greater"
                match = [t for t in match if t["id"] > item["value"]]
            else:
                assert item["operator"] == "greater"
                assert item["filter"] == "filter:tasks:updated_at"
                # The real server answers 500 to a value without microseconds.
                assert len(item["value"]) == len("2026-11-25T21:10:41.819012Z")
                since = _pull_fetch.parse_ts(item["value"])
                assert since is not None
                match = [
                    t for t in match if (_pull_fetch.parse_ts(t["updated_at"]) or since) > since
                ]
        return SimpleNamespace(
            items=[FakeTask(sparse(t, include)) for t in match[:page_size]],
            response=SimpleNamespace(total=len(match)),
        )


def sparse(task: dict[str, Any], include: str | None) -> dict[str, Any]:
    """A listed task as the server sends it when asked to ``include`` only some fields.

    label-studio 1.23.2 applies the one list to the task and to each of its annotations
    (each is serialised on its own, reading the request's ``include``); drafts and
    predictions come whole (their serialisers ignore it).
    """
    if include is None:
        return task
    keep = set(include.split(","))
    out = {k: v for k, v in task.items() if k in keep}
    if "annotations" in out:
        out["annotations"] = [{k: v for k, v in a.items() if k in keep} for a in out["annotations"]]
    return out


def export_form(task: dict[str, Any]) -> dict[str, Any]:
    """A listed task's keys in the order label-studio 1.23.2's export writes them.

    Its ``ExportDataSerializer`` is a model serializer: the primary key first, then the
    fields it declares (``annotations`` first), then the model's.
    """
    first = {"id": task["id"], "annotations": task.get("annotations") or []}
    return {**first, **{k: v for k, v in task.items() if k not in first}}


def fake_client(sdk: FakeSDK) -> Client:
    client = Client(Connection(url="http://studio.test", api_key=TOKEN))
    client.sdk = sdk  # type: ignore[assignment]
    return client


def frame(path: Path) -> pd.DataFrame:
    df = pq.read_table(path).to_pandas()
    return df.sort_values(["task_id", "annotation_id", "field"]).reset_index(drop=True)


def test_incremental_equals_full(pull_home: Path, tmp_path: Path) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client, page_size=3)
    assert (first.full, first.fetched, first.rows, first.tasks) == (True, 4, 29, 4)

    sdk.serve(RECORDED["tasks_v2"])  # ben1 updated, ana1 deleted, ben3 added, task 0 gone
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=3)
    assert (inc.full, inc.fetched, inc.deleted, inc.tasks) == (False, 2, 1, 3)
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert (full.full, full.fetched) == (True, 3)
    pd.testing.assert_frame_equal(frame(tmp_path / "inc.parquet"), frame(tmp_path / "full.parquet"))
    assert inc.violations == full.violations
    assert (inc.annotations, inc.cancelled) == (full.annotations, full.cancelled) == (3, 1)

    again = pull(NAME, tmp_path / "again.parquet", schema=SCHEMA, client=client)
    assert (again.fetched, again.deleted) == (0, 0)
    pd.testing.assert_frame_equal(
        frame(tmp_path / "again.parquet"), frame(tmp_path / "full.parquet")
    )


def pull_cut_at_third_task(client: Client, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first pull of one task a page that loses the server on the third task."""
    real = _pull_fetch.slim_task
    slimmed: list[int] = []

    def dies_on_third_task(task: dict[str, Any], *args: Any, **kw: Any) -> Any:
        slimmed.append(task["id"])
        if len(slimmed) == 3:
            raise ConnectionFailed("simulated outage")
        return real(task, *args, **kw)

    monkeypatch.setattr(_pull_fetch, "slim_task", dies_on_third_task)
    with pytest.raises(ConnectionFailed):
        pull(NAME, out, schema=SCHEMA, client=client, page_size=1)
    monkeypatch.setattr(_pull_fetch, "slim_task", real)


def test_interrupted_pull_resumes_after_the_last_page(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    out = tmp_path / "out.parquet"
    pull_cut_at_third_task(client, out, monkeypatch)
    assert not out.exists()
    resumed = pull(NAME, out, schema=SCHEMA, client=client, page_size=1)
    assert resumed.resumed and resumed.full and resumed.fetched == 4
    # The export downloaded before the outage was read on from its third task, not asked
    # for again; and the server keeps no snapshot.
    assert sdk.export_calls == 1 and sdk.exports == {}

    whole = pull(NAME, tmp_path / "whole.parquet", schema=SCHEMA, client=client, full=True)
    assert not whole.resumed and sdk.export_calls == 2
    pd.testing.assert_frame_equal(frame(out), frame(tmp_path / "whole.parquet"))
    assert not (PullState(pull_home, client.connection.url, NAME).folder / "run").exists()


def test_a_state_file_that_cannot_be_read_is_named_not_the_table(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake_client(FakeSDK(RECORDED["tasks_v1"]))
    out = tmp_path / "out.parquet"
    pull_cut_at_third_task(client, out, monkeypatch)
    export = PullState(pull_home, client.connection.url, NAME).folder / "run" / "export.json"
    export.unlink()
    export.mkdir()  # cannot be read (as root, a file always can)
    # Read while the table files are open: not "could not write out.parquet".
    with pytest.raises(PullError) as info:
        pull(NAME, out, schema=SCHEMA, client=client, page_size=1)
    assert not isinstance(info.value, OutputError)
    assert info.value.message.startswith(f"could not read or move {export}, a file of pull's")
    assert "pull again" in (info.value.hint or "") and not out.exists()


def test_a_checkpoint_of_another_kind_of_pull_is_not_resumed(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake_client(FakeSDK(RECORDED["tasks_v1"]))
    pull(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=client)
    real = _pull_fetch.fetch_page
    failed: list[bool] = []

    def fail_once(*args: Any) -> Any:
        if not failed:
            failed.append(True)
            raise ConnectionFailed("simulated outage")
        return real(*args)

    monkeypatch.setattr(_pull_fetch, "fetch_page", fail_once)
    with pytest.raises(ConnectionFailed):
        pull(NAME, tmp_path / "b.parquet", schema=SCHEMA, client=client)  # incremental
    result = pull(NAME, tmp_path / "b.parquet", schema=SCHEMA, client=client, full=True)
    assert result.full and not result.resumed and result.fetched == 4


def test_a_recreated_project_is_pulled_in_full(pull_home: Path, tmp_path: Path) -> None:
    pull(
        NAME,
        tmp_path / "a.parquet",
        schema=SCHEMA,
        client=fake_client(FakeSDK(RECORDED["tasks_v1"])),
    )
    again = fake_client(FakeSDK(RECORDED["tasks_v2"], project_id=8))  # same title, new id
    result = pull(NAME, tmp_path / "b.parquet", schema=SCHEMA, client=again)
    assert result.full and result.fetched == 3 and result.deleted == 0


def test_unknown_label_raises_once_and_keeps_the_fetched_tasks(
    pull_home: Path, tmp_path: Path
) -> None:
    tasks = copy.deepcopy(RECORDED["tasks_v1"])
    tasks[0]["annotations"][0]["result"][0]["value"]["choices"] = ["rumour"]
    sdk = FakeSDK(tasks)
    client = fake_client(sdk)
    with pytest.raises(LabelError, match=r"^1 annotation\(s\) in project 'news-stance'") as info:
        pull(NAME, tmp_path / "out.parquet", schema=SCHEMA, client=client)
    assert f"task {tasks[0]['id']} (sentence iran-missiles-seed-0)" in str(info.value)
    assert not (tmp_path / "out.parquet").exists()
    # Fixed on the server (the task's updated_at moves on): only that task is read again.
    sdk.serve(RECORDED["tasks_v1"])
    sdk.data[tasks[0]["id"]] = copy.deepcopy(RECORDED["tasks_v1"][0])
    sdk.data[tasks[0]["id"]]["updated_at"] = "2030-01-01T00:00:00.000000Z"
    result = pull(NAME, tmp_path / "out.parquet", schema=SCHEMA, client=client)
    assert (result.full, result.fetched, result.rows) == (False, 1, 29)


def test_no_email_or_token_in_output_or_state(pull_home: Path, tmp_path: Path) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    result = pull(NAME, tmp_path / "out.parquet", schema=SCHEMA, client=client)
    sdk.serve(RECORDED["tasks_v2"])
    pull(NAME, tmp_path / "out.parquet", schema=SCHEMA, client=client)
    assert "@" in json.dumps(RECORDED["tasks_v1"])  # the input does carry e-mails
    # Parquet pages are compressed, so its cells are searched, not its bytes.
    for path in (result.output, result.violations_output):
        cells = json.dumps(pq.read_table(path).to_pylist(), default=str)
        assert "@" not in cells and TOKEN not in cells, path
    for path in (p for p in pull_home.rglob("*") if p.is_file()):
        content = path.read_text(errors="replace")
        assert "@" not in content and TOKEN not in content, path
    assert "api_key='***cdef'" in repr(client.connection)


def test_missing_project_says_what_to_do(pull_home: Path, tmp_path: Path) -> None:
    client = fake_client(FakeSDK(RECORDED["tasks_v1"]))
    with pytest.raises(StudioError, match="no project titled 'nope'") as info:
        pull("nope", tmp_path / "out.parquet", schema=SCHEMA, client=client)
    assert "annotate push" in str(info.value)
    # The projects there are, so a mistyped title is easy to correct.
    assert f"its projects: {NAME!r} (id 7)" in str(info.value)


def test_server_time_comes_from_the_date_header() -> None:
    raw = SimpleNamespace(headers={"date": "Wed, 25 Nov 2026 21:29:34 GMT"})
    sdk = SimpleNamespace(projects=SimpleNamespace(with_raw_response=SimpleNamespace(
        get=lambda id, request_options=None: raw)))  # fmt: skip
    client = fake_client(sdk)  # type: ignore[arg-type]
    assert _pull_fetch.server_time(client, 1) == datetime(
        2026, 11, 25, 21, 29, 34, tzinfo=timezone.utc
    )
    raw.headers = {}
    assert _pull_fetch.server_time(client, 1) is None


def test_progress_reports_tasks_against_the_total_and_does_not_change_the_result(
    pull_home: Path, tmp_path: Path
) -> None:
    client = fake_client(FakeSDK(RECORDED["tasks_v1"]))
    calls: list[tuple[str, int, int | None]] = []
    shown = pull(
        NAME,
        tmp_path / "a.parquet",
        schema=SCHEMA,
        client=client,
        progress=lambda *c: calls.append(c),
    )
    assert (shown.fetched, shown.rows) == (4, 29)
    assert calls[0] == ("pull", 0, 4)
    assert sum(c[1] for c in calls) == 4 and {c[2] for c in calls} == {4}


@pytest.mark.parametrize("tamper", ["delete", "rewrite"])
def test_incremental_pull_rebuilds_all_when_the_last_table_is_gone_or_changed(
    pull_home: Path, tmp_path: Path, tamper: str
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    first = pull(NAME, tmp_path / "v1.parquet", schema=SCHEMA, client=client)
    if tamper == "delete":
        first.output.unlink()
    else:  # same shape, other content: only its checksum tells
        pq.write_table(pq.read_table(first.output).slice(1), first.output)

    sdk.serve(RECORDED["tasks_v2"])
    inc = pull(NAME, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    assert (inc.full, inc.fetched, inc.deleted) == (False, 2, 1)
    full = pull(NAME, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    pd.testing.assert_frame_equal(frame(inc.output), frame(full.output))
    assert (inc.annotations, inc.cancelled, inc.drafts, inc.predictions) == (
        full.annotations,
        full.cancelled,
        full.drafts,
        full.predictions,
    )
    assert inc.violations == full.violations


def test_snapshot_appended_by_incremental_pulls_equals_a_full_one(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    client = fake_client(sdk)
    pull(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=client)
    sdk.serve(RECORDED["tasks_v2"])
    pull(NAME, tmp_path / "b.parquet", schema=SCHEMA, client=client)
    state = PullState(pull_home, client.connection.url, NAME)
    appended = state.snapshot()
    pull(NAME, tmp_path / "c.parquet", schema=SCHEMA, client=client, full=True)
    assert appended == state.snapshot()
    assert sorted(appended) == sorted(t["id"] for t in RECORDED["tasks_v2"])


def test_a_failed_export_is_one_clear_error_and_leaves_no_snapshot(
    pull_home: Path, tmp_path: Path
) -> None:
    sdk = FakeSDK(RECORDED["tasks_v1"])
    create = sdk._create_export

    def fails(**kw: Any) -> Any:
        export = create(**kw)
        export.status = "failed"
        return export

    sdk.projects.exports.create = fails
    out = tmp_path / "out.parquet"
    with pytest.raises(StudioError) as info:
        pull(NAME, out, schema=SCHEMA, client=fake_client(sdk), full=True)
    assert str(info.value).startswith("Label Studio's export 1 of project 7 failed\n")
    assert "server's log" in (info.value.hint or "")
    assert sdk.exports == {} and not out.exists()


def test_an_export_still_running_is_polled_until_done(
    pull_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pull_export, "_POLL_FIRST", 0.0)  # the fake answers at once
    sdk = FakeSDK(RECORDED["tasks_v1"])
    create = sdk._create_export
    polls: list[str] = []

    def queued(**kw: Any) -> Any:
        export = create(**kw)
        export.status = "created"
        return export

    def get(id: int, export_pk: int) -> Any:
        export = sdk.exports[export_pk]
        polls.append(export.status)
        export.status = "in_progress" if len(polls) < 2 else "completed"
        return export

    sdk.projects.exports.create, sdk.projects.exports.get = queued, get
    result = pull(NAME, tmp_path / "out.parquet", schema=SCHEMA, client=fake_client(sdk), full=True)
    assert result.fetched == 4 and len(polls) == 2 and sdk.exports == {}


def test_a_full_pull_does_not_depend_on_the_order_of_the_export(
    pull_home: Path, tmp_path: Path
) -> None:
    by_id = pull(
        NAME,
        tmp_path / "a.parquet",
        schema=SCHEMA,
        client=fake_client(FakeSDK(RECORDED["tasks_v1"])),
        full=True,
    )
    sdk = FakeSDK(RECORDED["tasks_v1"])
    sdk.reverse_export = True
    reverse = pull(NAME, tmp_path / "b.parquet", schema=SCHEMA, client=fake_client(sdk), full=True)
    assert by_id.fetched == reverse.fetched == 4
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


def test_a_line_separator_in_a_text_does_not_cut_its_snapshot_line(
    pull_home: Path, tmp_path: Path
) -> None:
    # JSON encoders write U+2028 and U+0085 raw; str.splitlines() breaks lines on them, so
    # an incremental pull rebuilding from the snapshot found half a task on each side.
    tasks = copy.deepcopy(RECORDED["tasks_v1"])
    tasks[0]["data"]["text"] = "He said\u2028so.\u0085 Then left."
    client = fake_client(FakeSDK(tasks))
    pull(NAME, tmp_path / "a.parquet", schema=SCHEMA, client=client, full=True)
    snapshot = PullState(pull_home, client.connection.url, NAME).snapshot()
    assert snapshot[tasks[0]["id"]]["text"] == "He said\u2028so.\u0085 Then left."
    assert sorted(snapshot) == sorted(t["id"] for t in tasks)
