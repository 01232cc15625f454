"""``pull`` against a real Label Studio: exact table, incremental == full, resume, errors."""

from __future__ import annotations

import errno
import hashlib
import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from annotate import _files
from annotate.cli import app
from annotate.errors import ConnectionFailed, LabelError
from annotate.schema._schema import Record, Span, load_schema
from annotate.studio import _pull, _pull_export, _pull_fetch, _pull_parquet, _pull_state
from annotate.studio._client import Client
from annotate.studio._pseudonym import load_key, pseudonym
from annotate.studio._pull import pull
from annotate.studio._pull_parquet import RowGroupWriter
from annotate.studio._pull_state import PullState

SCHEMA = load_schema("schemas/news-stance.yaml")
ARTICLE = "iran-missiles-seed"
# Four sentences of the seed article (corpus/iran-missiles-russia.txt), hard cases included.
SENTENCES = [
    "Iran and Russia, both under US sanctions, have stepped up their military cooperation "
    "with a shipment of about 400 “highly accurate” ballistic missiles from Tehran to Moscow.",
    "The deliveries, which began in early January, reportedly include several types of "
    "surface-to-surface missiles, many of them from the Fateh-110 family of short-range weapons.",
    "An Iranian military official who asked not to be named said there had been at least four "
    "shipments so far.",
    "The agreement was reportedly finalized at meetings in Tehran and Moscow late last year.",
]


def span(sentence: int, field_name: str, words: str) -> Span:
    start = SENTENCES[sentence].index(words)
    return Span(start, start + len(words), field_name, words)


def labels(claim: str, hedging: str, attribution: str, **spans: list[Any]) -> dict[str, Any]:
    return {"claim_type": claim, "hedging": hedging, "attribution": attribution, **spans}


@dataclass
class Project:
    """A project built on the test server: ids of what was created, and the users."""

    id: int
    tasks: list[int]
    emails: dict[str, str]
    users: dict[str, int]
    ann: dict[str, int] = field(default_factory=dict)


def task_data(i: int, text: str) -> dict[str, Any]:
    return {
        "text": text,
        "title": "Iran’s Shipment Of Ballistic Missiles To Russia",
        "context_before": SENTENCES[i - 1] if i else "",
        "context_after": SENTENCES[i + 1] if i + 1 < len(SENTENCES) else "",
        "sentence_id": f"{ARTICLE}-{i}",
        "article_id": ARTICLE,
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "source": "Tampa Free Press",
        "url": "https://www.tampafp.com/",
    }


def annotate_(client: Client, p: Project, key: str, task: int, user: str, **kw: Any) -> None:
    values = kw.pop("values", None)
    result = SCHEMA.to_result(values) if values is not None else []
    created = client.sdk.annotations.create(
        id=p.tasks[task], result=result, completed_by=p.users[user], **kw
    )
    p.ann[key] = created.id


def build_project(client: Client, name: str) -> Project:
    """Three annotators; a cancelled, an updated and a deleted annotation; a prediction."""
    proj = client.sdk.projects.create(title=name, label_config=SCHEMA.label_config())
    imported = client.sdk.projects.import_tasks(
        id=proj.id, request=[task_data(i, s) for i, s in enumerate(SENTENCES)], return_task_ids=True
    )
    tag = uuid.uuid4().hex[:8]
    emails = {u: f"{u}.{tag}@newsroom.test" for u in ("ana", "ben", "cho")}
    users = {
        u: client.sdk.users.create(email=e, username=f"{u}{tag}", first_name=u, last_name="T").id
        for u, e in emails.items()
    }
    p = Project(proj.id, list(imported.task_ids), emails, users)
    hedged_cue = [span(1, "hedge_cue", "reportedly")]
    # Under news-stance 1.1.0 each cue is linked to its source (an attribution record).
    annotate_(client, p, "ana1", 1, "ana", lead_time=12.5, values=labels(
        "factual", "hedged", "anonymous_source", hedge_cue=hedged_cue,
        source=[span(1, "source", "reportedly")],
        attribution_cue=[span(1, "attribution_cue", "reportedly")],
        attributions=[Record(span(1, "attribution_cue", "reportedly"),
                             {"source": [span(1, "source", "reportedly")]})],
    ))  # fmt: skip
    # Hedged without marking the cue: a violation of rule hedged-needs-cue.
    annotate_(client, p, "ben1", 1, "ben", lead_time=8.0,
              values=labels("factual", "hedged", "unattributed"))  # fmt: skip
    annotate_(client, p, "cho2", 2, "cho", lead_time=2.0, was_cancelled=True)
    annotate_(client, p, "ana2", 2, "ana", lead_time=20.0,
              values=labels("factual", "not_hedged", "unattributed"))  # fmt: skip
    client.sdk.annotations.update(id=p.ann["ana2"], result=SCHEMA.to_result(labels(
        "factual", "not_hedged", "anonymous_source",
        source=[span(2, "source", "An Iranian military official")],
        attribution_cue=[span(2, "attribution_cue", "said")],
        attributions=[Record(span(2, "attribution_cue", "said"),
                             {"source": [span(2, "source", "An Iranian military official")]})],
    )))  # fmt: skip
    annotate_(client, p, "ben3", 3, "ben", values=labels("factual", "hedged", "unattributed"))
    client.sdk.annotations.delete(id=p.ann.pop("ben3"))
    annotate_(client, p, "cho0", 0, "cho", lead_time=5.0,
              values=labels("factual", "not_hedged", "unattributed"))  # fmt: skip
    client.sdk.predictions.create(
        task=p.tasks[3], result=SCHEMA.to_result(labels("factual", "hedged", "unattributed")),
        model_version="baseline-0",
    )  # fmt: skip
    # Drafts have no SDK method in 2.1.2; this is the endpoint the UI uses.
    httpx.post(
        f"{client.connection.url}/api/tasks/{p.tasks[0]}/drafts",
        headers={"Authorization": f"Token {client.connection.api_key}"},
        json={"result": SCHEMA.to_result(labels("opinion", "hedged", "unattributed"))},
    ).raise_for_status()
    return p


@pytest.fixture
def project(client: Client, project_name: str, studio_env: Path) -> Project:
    return build_project(client, project_name)


def rows(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist()


def frame(path: Path) -> pd.DataFrame:
    df = pq.read_table(path).to_pandas()
    return df.sort_values(["task_id", "annotation_id", "field"]).reset_index(drop=True)


def test_pull_writes_the_exact_table(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    out = tmp_path / "annotations.parquet"
    result = pull(project_name, out, schema=SCHEMA, client=client)

    who = {u: pseudonym(e, load_key(studio_env)) for u, e in project.emails.items()}
    s = [f"{ARTICLE}-{i}" for i in range(4)]
    t, a = project.tasks, project.ann

    def sp(sentence: int, field_name: str, words: str) -> dict[str, Any]:
        return vars(span(sentence, field_name, words))

    def answer(task: int, ann: str, user: str, lead: float, values: dict[str, Any]) -> list:
        return [
            (s[task], t[task], a[ann], who[user], f.name,
             values.get(f.name) if f.kind == "choice" else None, None,
             values.get(f.name, []) if f.kind == "spans" else None, lead, False)
            for f in SCHEMA.fields
        ]  # fmt: skip

    expected = [
        *answer(0, "cho0", "cho", 5.0, labels("factual", "not_hedged", "unattributed")),
        *answer(1, "ana1", "ana", 12.5, labels(
            "factual", "hedged", "anonymous_source",
            hedge_cue=[sp(1, "hedge_cue", "reportedly")], source=[sp(1, "source", "reportedly")],
            attribution_cue=[sp(1, "attribution_cue", "reportedly")])),
        *answer(1, "ben1", "ben", 8.0, labels("factual", "hedged", "unattributed")),
        (s[2], t[2], a["cho2"], who["cho"], None, None, None, None, 2.0, True),
        *answer(2, "ana2", "ana", 20.0, labels(
            "factual", "not_hedged", "anonymous_source",
            source=[sp(2, "source", "An Iranian military official")],
            attribution_cue=[sp(2, "attribution_cue", "said")])),
    ]  # fmt: skip
    got = rows(out)
    keys = ["sentence_id", "task_id", "annotation_id", "annotator", "field", "value", "values"]
    keys += ["spans", "lead_time", "was_cancelled"]
    assert [tuple(r[k] for k in keys) for r in got] == expected
    assert {r["schema_version"] for r in got} == {SCHEMA.version}
    for r in got:  # timestamps as the server has them
        server = client.sdk.annotations.get(id=r["annotation_id"])
        assert (r["created_at"], r["updated_at"]) == (server.created_at, server.updated_at)
    assert got[-1]["updated_at"] > got[-1]["created_at"]  # ana2 was updated

    assert (result.rows, result.tasks, result.annotations, result.cancelled) == (29, 4, 4, 1)
    assert (result.drafts, result.predictions, result.annotators) == (1, 1, 3)
    assert result.violations == {who["ben"]: {"hedged-needs-cue": 1}}
    report = rows(result.violations_output)
    assert [(v["annotator"], v["rule"], v["task_id"], v["annotation_id"]) for v in report] == [
        (who["ben"], "hedged-needs-cue", t[1], a["ben1"])
    ]


def test_incremental_pull_equals_full_pull(
    client: Client,
    project: Project,
    project_name: str,
    studio_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Without the commit lag, and with the server clock (whole seconds) past every change
    # before each pull, the number of tasks read shows that only changed ones are.
    monkeypatch.setattr(_pull_fetch, "COMMIT_LAG", timedelta(0))
    time.sleep(1.1)
    first = pull(project_name, tmp_path / "first.parquet", schema=SCHEMA, client=client)
    assert first.full and first.fetched == 4

    # Change, delete and add annotations, delete a task, between two pulls.
    client.sdk.annotations.update(
        id=project.ann["ben1"],
        result=SCHEMA.to_result(labels("opinion", "not_hedged", "unattributed")),
    )
    client.sdk.annotations.delete(id=project.ann["ana1"])
    annotate_(client, project, "ben3", 3, "ben", lead_time=3.0,
              values=labels("prediction", "hedged", "unattributed",
                            hedge_cue=[span(3, "hedge_cue", "reportedly")]))  # fmt: skip
    client.sdk.tasks.delete(id=project.tasks[0])

    time.sleep(1.1)
    inc = pull(project_name, tmp_path / "inc.parquet", schema=SCHEMA, client=client)
    assert not inc.full and inc.fetched == 2 and inc.deleted == 1
    full = pull(project_name, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert full.full and full.fetched == 3
    pd.testing.assert_frame_equal(frame(tmp_path / "inc.parquet"), frame(tmp_path / "full.parquet"))
    got = frame(tmp_path / "inc.parquet")
    assert project.tasks[0] not in set(got.task_id)
    assert project.ann["ana1"] not in set(got.annotation_id)
    ben1 = got[(got.annotation_id == project.ann["ben1"]) & (got.field == "claim_type")]
    assert ben1.value.tolist() == ["opinion"]
    assert inc.violations == full.violations

    # Nothing changed: an incremental pull reads no task.
    again = pull(project_name, tmp_path / "again.parquet", schema=SCHEMA, client=client)
    assert (again.fetched, again.deleted, again.full) == (0, 0, False)
    pd.testing.assert_frame_equal(
        frame(tmp_path / "again.parquet"), frame(tmp_path / "full.parquet")
    )


def test_the_merge_runs_while_the_server_lists_the_changes(
    client: Client,
    project: Project,
    project_name: str,
    studio_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Issue 14: the last table is written up to the last task listed while the server
    # lists the next page. Small row groups, so that the old table has groups before the
    # last changed task; one changed task a page.
    monkeypatch.setattr(_pull_fetch, "COMMIT_LAG", timedelta(0))
    monkeypatch.setattr(_pull_parquet, "ROW_GROUP", 2)
    time.sleep(1.1)
    pull(project_name, tmp_path / "first.parquet", schema=SCHEMA, client=client)
    annotate_(client, project, "ben0", 0, "ben", lead_time=4.0,
              values=labels("opinion", "not_hedged", "unattributed"))  # fmt: skip
    annotate_(client, project, "ana3", 3, "ana", lead_time=6.0,
              values=labels("factual", "not_hedged", "unattributed"))  # fmt: skip
    time.sleep(1.1)
    events: list[str] = []
    written = threading.Event()
    real_add, real_list = RowGroupWriter.add, client.sdk.tasks.list

    def add(self: RowGroupWriter, table: Any) -> None:
        events.append("write")
        written.set()
        real_add(self, table)

    def slow_list(**kw: Any) -> Any:
        if "filter:tasks:draft_exists" in str(kw.get("query")):
            # A page's drafts, asked apart from the page (the fixture's project has one).
            return real_list(**kw)
        pages = events.count("page")
        if pages == 1:
            # The last page waits for the merge to write: a pull that merges only after
            # the listing never does, and this wait ends at its bound instead.
            written.wait(timeout=20)
        answer = real_list(**kw)
        events.append("page")
        return answer

    monkeypatch.setattr(RowGroupWriter, "add", add)
    monkeypatch.setattr(client.sdk.tasks, "list", slow_list)
    inc = pull(project_name, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=1)
    assert not inc.full and inc.fetched == 2 and events.count("page") == 2
    assert events.index("write") < len(events) - 1 - events[::-1].index("page"), events
    monkeypatch.setattr(RowGroupWriter, "add", real_add)
    full = pull(project_name, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert inc.output.read_bytes() == full.output.read_bytes()
    assert inc.violations_output.read_bytes() == full.violations_output.read_bytes()


def test_interrupted_pull_resumes(
    client: Client,
    project: Project,
    project_name: str,
    studio_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A full pull: interrupted while it reads the export, it continues from the file it
    # downloaded, after the tasks checkpointed, without asking the server for a new export.
    # A checkpoint every batch here (it is every few MB), so that the first pull leaves one.
    monkeypatch.setattr(_pull_state, "CHECKPOINT_BYTES", 1)
    real_slim, real_download = _pull_fetch.slim_task, _pull_export.download_export
    slimmed: list[int] = []
    downloads: list[int] = []
    fail_at = [3]

    def flaky(task: dict[str, Any], *args: Any, **kw: Any) -> Any:
        slimmed.append(task["id"])
        if len(slimmed) == fail_at[0]:
            raise ConnectionFailed("the machine went to sleep (simulated)")
        return real_slim(task, *args, **kw)

    def counted(*args: Any, **kw: Any) -> int:
        downloads.append(1)
        return real_download(*args, **kw)

    monkeypatch.setattr(_pull_fetch, "slim_task", flaky)
    monkeypatch.setattr(_pull_export, "download_export", counted)
    out = tmp_path / "resumed.parquet"
    with pytest.raises(ConnectionFailed):
        pull(project_name, out, schema=SCHEMA, client=client, page_size=1)
    assert not out.exists()
    slimmed.clear()
    fail_at[0] = 0
    resumed = pull(project_name, out, schema=SCHEMA, client=client, page_size=1)
    assert resumed.resumed and resumed.full and len(downloads) == 1
    assert slimmed == project.tasks[2:]  # continued after the second task
    assert client.sdk.projects.exports.list(project.id) == []  # no snapshot left behind

    # An incremental pull, interrupted between pages, continues after the last page done.
    monkeypatch.setattr(_pull_fetch, "slim_task", real_slim)
    monkeypatch.setattr(_pull_fetch, "COMMIT_LAG", timedelta(0))
    time.sleep(1.1)
    pull(project_name, tmp_path / "base.parquet", schema=SCHEMA, client=client, full=True)
    for task in range(4):
        annotate_(client, project, f"new{task}", task, "cho",
                  values=labels("opinion", "not_hedged", "unattributed"))  # fmt: skip
    time.sleep(1.1)
    real = _pull_fetch.fetch_page
    calls: list[int] = []
    fail_at = [3]

    def flaky_page(*args: Any) -> Any:
        calls.append(args[2])  # after_id
        if len(calls) == fail_at[0]:
            raise ConnectionFailed("network went away (simulated)")
        return real(*args)

    monkeypatch.setattr(_pull_fetch, "fetch_page", flaky_page)
    with pytest.raises(ConnectionFailed):
        pull(project_name, out, schema=SCHEMA, client=client, page_size=1)
    calls.clear()
    fail_at[0] = 0
    again = pull(project_name, out, schema=SCHEMA, client=client, page_size=1)
    assert again.resumed and not again.full
    assert calls[0] == project.tasks[1]

    monkeypatch.setattr(_pull_fetch, "fetch_page", real)
    whole = pull(project_name, tmp_path / "whole.parquet", schema=SCHEMA, client=client, full=True)
    assert not whole.resumed
    pd.testing.assert_frame_equal(frame(out), frame(tmp_path / "whole.parquet"))


def test_a_full_pull_through_the_export_equals_one_through_the_task_listing(
    client: Client,
    project: Project,
    project_name: str,
    studio_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #14: the export carries everything the listing did, field by field (annotation
    ids, timestamps, lead_time, cancelled, annotators' pseudonyms, draft and prediction
    counts), so the table is the same to the byte."""
    state = PullState(studio_env, client.connection.url, project_name)
    export = pull(
        project_name, tmp_path / "export.parquet", schema=SCHEMA, client=client, full=True
    )
    from_export = state.snapshot()

    def listing(client: Client, project_id: int, run: Any, annotator: Any, size: int,
                progress: Any) -> Iterator[list[dict[str, Any]]]:  # fmt: skip
        # The full pull's batches, read through the task listing instead of the export.
        after = 0
        while page := _pull_fetch.fetch_page(client, project_id, after, None, size)[0]:
            yield [_pull_fetch.slim_task(t, annotator) for t in page]
            after = page[-1]["id"]

    monkeypatch.setattr(_pull, "_fetch_export", listing)
    listed = pull(
        project_name, tmp_path / "listing.parquet", schema=SCHEMA, client=client, full=True
    )
    from_listing = state.snapshot()

    assert from_export == from_listing
    assert sorted(from_export) == project.tasks
    assert (tmp_path / "export.parquet").read_bytes() == (tmp_path / "listing.parquet").read_bytes()
    for a, b in ((export, listed),):
        assert (a.rows, a.annotations, a.cancelled, a.drafts, a.predictions, a.annotators) == (
            b.rows, b.annotations, b.cancelled, b.drafts, b.predictions, b.annotators
        )  # fmt: skip
    assert (export.drafts, export.predictions, export.cancelled) == (1, 1, 1)


def test_unknown_label_is_one_clear_error(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    bad = [{"from_name": "claim_type", "to_name": "text", "type": "choices",
            "value": {"choices": ["rumour"]}}]  # fmt: skip
    for task in (0, 3):
        client.sdk.annotations.create(
            id=project.tasks[task], result=bad, completed_by=project.users["ana"]
        )
    with pytest.raises(LabelError) as info:
        pull(project_name, tmp_path / "out.parquet", schema=SCHEMA, client=client)
    message = str(info.value)
    assert message.startswith(f"2 annotation(s) in project {project_name!r} hold labels")
    for task in (0, 3):
        assert f"task {project.tasks[task]} (sentence {ARTICLE}-{task})" in message
    assert "unknown label(s) 'rumour'" in message
    assert "claim_type: factual, prediction, opinion, rule_or_policy, not_a_claim" in message
    assert "-> someone edited the labelling config" in message
    assert not (tmp_path / "out.parquet").exists()


def test_no_email_or_token_is_stored(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    out = tmp_path / "annotations.parquet"
    result = pull(project_name, out, schema=SCHEMA, client=client)
    pull(project_name, out, schema=SCHEMA, client=client)  # incremental state too
    state = PullState(studio_env, client.connection.url, project_name)
    assert state.files()
    secrets = [*project.emails.values(), "admin@test.local", client.connection.api_key]
    # Parquet pages are compressed, so its cells are searched, not its bytes.
    texts = {p: json.dumps(pq.read_table(p).to_pylist(), default=str)
             for p in (out, result.violations_output)}  # fmt: skip
    texts |= {p: p.read_text(errors="replace") for p in studio_env.rglob("*") if p.is_file()}
    for path, text in texts.items():
        assert "@" not in text, path
        for secret in secrets:
            assert secret not in text, (path, secret)
    key = studio_env / "pseudonym.key"
    assert key.stat().st_mode & 0o777 == 0o600


def test_a_full_disk_at_any_write_of_a_pull_keeps_the_previous_table_whole(
    client: Client,
    project: Project,
    project_name: str,
    studio_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #10, item 4, against the real server: the disk fills at the 1st, 2nd, ... write
    of an incremental pull in turn. Each time: one message, exit 2, the previous table byte
    for byte, no temporary file left; the pull that finally gets through equals a full pull."""
    out = tmp_path / "out" / "annotations.parquet"
    args = ["pull", "--project", project_name, "-o", str(out), "--schema", "news-stance"]
    assert CliRunner().invoke(app, args).exit_code == 0
    before = out.read_bytes()
    client.sdk.annotations.update(
        id=project.ann["ben1"],
        result=SCHEMA.to_result(labels("opinion", "not_hedged", "unattributed")),
    )
    for k in range(1, 60):
        seen: list[str] = []

        def full_disk(event: str, path: Path, k: int = k, seen: list[str] = seen) -> None:
            seen.append(event)
            if len(seen) == k:
                raise OSError(errno.ENOSPC, "No space left on device", str(path))

        monkeypatch.setattr(_files, "_fault", full_disk)
        run = CliRunner().invoke(app, args)
        if len(seen) < k:  # the pull wrote everything before the k-th event: done
            break
        assert run.exit_code == 2, run.output
        assert "the disk is full" in run.output and "Traceback" not in run.output
        assert out.read_bytes() == before, f"the table changed after a full disk at write {k}"
        assert not list(out.parent.glob(".*.tmp")), f"a temporary file was left at write {k}"
    else:
        pytest.fail("the pull never got through")
    assert run.exit_code == 0, run.output
    assert k > 2, "the pull wrote fewer files than the test means to fail"
    monkeypatch.setattr(_files, "_fault", lambda event, path: None)
    full = tmp_path / "full.parquet"
    pull(project_name, full, schema=SCHEMA, client=client, full=True)
    pd.testing.assert_frame_equal(frame(out), frame(full))
