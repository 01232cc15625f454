"""Reading tasks from Label Studio for pull, and slimming them to what the stage keeps.

Tasks are read in keyset pages: ``id > last id`` ordered by id, always page 1 of that
query. Numbered pages would shift under a project that changes while it is read, and the
SDK's own page iterator asks for one page past the end (the server answers 404). Keyset
pages also make the checkpoint trivial: the last id done is all a resumed pull needs.

Measured on this server (SQLite, 20,000 tasks): a page of 500 tasks with annotations in
about 1 s, the whole project in about 40 s (page size 500 or 1,000 alike); the id list of
all tasks about 10 s, so it is only read when the task count says tasks were deleted.

Every request names the fields it reads (``include``): Label Studio computes and serialises
the others too, unasked. Reading the project computes eight counters over all its tasks and
annotations and the token user's queue (1.0-1.7 s at 200,000 tasks on PostgreSQL), where
its id and task count take a few milliseconds; a task listed with ``fields=all`` carries
about twenty more columns than the pull keeps, which cost the server more than the ones it
keeps (1,000 changed tasks at 20,000: 13.7 s, 8.1 s with ``include``; benchmarks/RESULTS.md).

Drafts are not asked of the listing: the server reads each listed task's drafts with a query
of its own, which was half of a listing of 1,000 changed tasks at 200,000 on PostgreSQL
(benchmarks/RESULTS.md). The listing's ``draft_exists`` comes from the page's one SQL query;
only a page holding tasks with drafts asks again, for those tasks' drafts alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, cast

from annotate.studio._client import Client
from annotate.studio._project import read_project

if TYPE_CHECKING:
    from label_studio_sdk._extensions.pager_ext import SyncPagerExt

__all__ = [
    "PAGE_SIZE",
    "fetch_page",
    "format_ts",
    "parse_ts",
    "server_time",
    "slim_task",
    "task_count",
    "task_ids",
    "user_emails",
    "whoami",
]

PAGE_SIZE = 500
# The fields ``slim_task`` reads. The server applies one ``include`` list to the task and
# to each of its annotations (each is serialised on its own), so it names both levels.
# Predictions come whole (their serialiser ignores it); pull only counts them. Drafts are
# read apart (see ``_drafts``).
_TASK_FIELDS = ",".join(
    [
        *("id", "data", "updated_at", "draft_exists", "predictions", "annotations"),
        *("completed_by", "result", "was_cancelled", "created_at", "lead_time"),
    ]
)
# The Data Manager's Datetime filter answers 500 unless the value has microseconds.
_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_CANONICAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
# How long after its updated_at stamp a change may become visible (the stamp is taken
# before the transaction commits). The watermark is the server's clock at the start of a
# pull minus this lag: everything stamped before it was committed before the pull read.
COMMIT_LAG = timedelta(seconds=2)


def parse_ts(value: Any) -> datetime | None:
    """A server timestamp (ISO string in either of the server's forms, or datetime) in UTC."""
    if value is None or value == "":
        return None
    ts = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=timezone.utc)
    return ts.astimezone(timezone.utc)


def format_ts(ts: datetime) -> str:
    """The one form the Data Manager filter accepts (and the one the state files store)."""
    return ts.astimezone(timezone.utc).strftime(_TS_FORMAT)


def _query(
    after_id: int, since: datetime | None, *, up_to: int | None = None, drafts: bool = False
) -> str:
    items: list[dict[str, Any]] = [
        {"filter": "filter:tasks:id", "operator": "greater", "type": "Number", "value": after_id}
    ]
    if up_to is not None:
        items.append(
            {"filter": "filter:tasks:id", "operator": "less_or_equal", "type": "Number",
             "value": up_to}
        )  # fmt: skip
    if drafts:
        items.append(
            {"filter": "filter:tasks:draft_exists", "operator": "equal", "type": "Boolean",
             "value": True}
        )  # fmt: skip
    if since is not None:
        items.append(
            {
                "filter": "filter:tasks:updated_at",
                "operator": "greater",
                "type": "Datetime",
                "value": format_ts(since),
            }
        )
    return json.dumps({"filters": {"conjunction": "and", "items": items}, "ordering": ["tasks:id"]})


def fetch_page(
    client: Client, project_id: int, after_id: int, since: datetime | None, size: int
) -> tuple[list[dict[str, Any]], int | None]:
    """Up to ``size`` tasks with ``id > after_id`` (changed after ``since``), as JSON dicts.

    Returns the tasks, ordered by id, and how many tasks match the filter in all (None if
    the answer does not say).
    """
    query = _query(after_id, since)
    pager = _list(client, "list tasks", project_id, "all", _TASK_FIELDS, query, size)
    tasks = [t.model_dump(mode="json") for t in _items(pager)]
    total = getattr(pager.response, "total", None)
    drafts = (
        _drafts(client, project_id, after_id, tasks[-1]["id"], since, size)
        if any(t.get("draft_exists") for t in tasks)
        else {}
    )
    for task in tasks:
        task["drafts"] = drafts.get(task["id"], [])
    return tasks, None if total is None else int(total)


def _drafts(
    client: Client, project_id: int, after_id: int, up_to: int, since: datetime | None, size: int
) -> dict[int, list[Any]]:
    """Task id -> its drafts, for the tasks of one page (``after_id < id <= up_to``) with any.

    The server shows each user only their own drafts here, as in the page itself. A task that
    gained or lost its draft between the two requests counts as the page saw it; a task
    changed since the page was read is the next pull's.
    """
    pages = _keyset(
        client,
        "list drafts",
        project_id,
        "all",
        "id,drafts",
        lambda after: _query(after, since, up_to=up_to, drafts=True),
        size,
        after_id,
    )
    return {int(t.id): t.model_dump(mode="json").get("drafts") or [] for p in pages for t in p}


def server_time(client: Client, project_id: int) -> datetime | None:
    """The server's clock (its ``Date`` header, whole seconds), or None if it sends none.

    The server's, not ours: ``updated_at`` is stamped by the server, and a remote server's
    clock may differ from this machine's.
    """
    raw = read_project(client, project_id, "id")
    date = (raw.headers or {}).get("date")
    return parsedate_to_datetime(date).astimezone(timezone.utc) if date else None


def task_count(client: Client, project_id: int) -> int:
    """How many tasks the project has now (one request, counting only its tasks)."""
    raw = read_project(client, project_id, "id,task_number")
    return int(raw.data.task_number or 0)


def task_ids(client: Client, project_id: int, size: int = 5000) -> set[int]:
    """The ids of every task in the project, ``size`` a request (about 10 s per 20,000 tasks)."""
    pages = _keyset(
        client, "list task ids", project_id, "task_only", "id", lambda a: _query(a, None), size
    )
    return {int(t.id) for page in pages for t in page}


def _list(
    client: Client, what: str, project_id: int, fields: str, include: str, query: str, size: int
) -> SyncPagerExt[Any]:
    """One request for the first page of ``query``: keyset paging moves the filter, not the page.

    Page 1 of a moving ``id >`` filter costs the server the same at any depth; page N of one
    filter makes it count and skip the N - 1 pages before.
    """
    pager: SyncPagerExt[Any] = client.call(
        what,
        client.sdk.tasks.list,
        project=project_id,
        fields=fields,
        include=include,
        query=query,
        page=1,
        page_size=size,
    )
    return pager


def _items(pager: SyncPagerExt[Any]) -> list[Any]:
    # items is the response's ``tasks``, a list the API always sends (a cast: no runtime check).
    return cast("list[Any]", pager.items)


def _keyset(
    client: Client,
    what: str,
    project_id: int,
    fields: str,
    include: str,
    query: Callable[[int], str],
    size: int,
    after: int = 0,
) -> Iterator[list[Any]]:
    """Every page of tasks with an id past ``after``, ``query(last id)`` asked page by page.

    A page shorter than ``size`` is the last: the filter holds no task past it (one that
    appears after it was asked for is the next pull's, as with any page).
    """
    while True:
        page = _items(_list(client, what, project_id, fields, include, query(after), size))
        if page:
            yield page
        if len(page) < size:
            return
        after = max(int(t.id) for t in page)


def user_emails(client: Client) -> dict[int, str]:
    """User id -> e-mail of the organisation's users, for pseudonyms only."""
    users = client.call("list users", lambda: list(client.sdk.users.list()))
    return {int(u.id): u.email for u in users if u.id is not None and u.email}


def whoami(client: Client) -> Any:
    """The token's user as drafts in an export name it (see ``slim_task``)."""
    me = client.call("check the API token", client.sdk.users.whoami)
    return me.email


def slim_task(
    task: dict[str, Any], annotator: Callable[[Any], str], *, drafts_of: Any = None
) -> dict[str, Any]:
    """Keep only what pull needs from one task, with annotators already pseudonymised.

    A whitelist on purpose: the server's task JSON carries e-mails in several places
    (``created_username``, draft ``user``, ``completed_by``), and none may reach the state
    files or the output.

    ``drafts_of`` counts only the drafts of that user (their ``user`` field). The task
    listing shows each user only their own drafts, where the export shows everyone's; an
    incremental pull (listing) and a full one (export) must count the same, so a full pull
    passes the token's user.
    """
    data = task.get("data") or {}
    annotations = [
        {
            "id": int(a["id"]),
            "annotator": annotator(a.get("completed_by")),
            "result": a.get("result") or [],
            "was_cancelled": bool(a.get("was_cancelled")),
            "created_at": _iso(a.get("created_at")),
            "updated_at": _iso(a.get("updated_at")),
            "lead_time": a.get("lead_time"),
        }
        for a in task.get("annotations") or []
    ]
    return {
        "id": int(task["id"]),
        "updated_at": _iso(task.get("updated_at")),
        "sentence_id": data.get("sentence_id"),
        "text": data.get("text") or "",
        "drafts": sum(
            1
            for d in task.get("drafts") or []
            if drafts_of is None or (isinstance(d, dict) and d.get("user") == drafts_of)
        ),
        "predictions": len(task.get("predictions") or []),
        "annotations": sorted(annotations, key=lambda a: a["id"]),
    }


def _iso(value: Any) -> str | None:
    if type(value) is str and _CANONICAL.fullmatch(value):
        # The export's own form already (a tenth of a full pull's CPU went to re-making it).
        return value
    ts = parse_ts(value)
    return None if ts is None else format_ts(ts)
