"""The one place where Label Studio SDK calls are made and their failures mapped.

Every other module calls ``Client.call(what, fn, ...)`` so that a dead server, a wrong
URL or a refused token is always the same one clear line, and so that connection errors
(which the SDK does not retry itself) get a bounded retry with back-off.
"""

from __future__ import annotations

import json
import math
import os
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from annotate.errors import AuthenticationFailed, ConnectionFailed, StudioError, StudioTimeout

__all__ = ["TIMEOUT_ENV", "Client", "Connection", "resolve_timeout"]

T = TypeVar("T")

# The SDK itself retries 5xx/429 responses; these cover errors with no response at all.
_CONNECT_RETRIES = 4
_IDS_PER_QUERY = 300
_BACKOFF_SECONDS = 0.5

TIMEOUT_ENV = "ANNOTATE_TIMEOUT"
# How long to wait for an answer once a request is sent. The slowest requests the toolkit
# makes measured 3-6 s on a loaded 2-core machine (an import batch of 10,000 tasks, a page
# of 500 tasks with every field at 4-8 ms a task; benchmarks/RESULTS.md): 60 s is ten times
# that, and a server that accepts and never answers fails within a minute, not 8 (it was
# 120 s, retried 4 times: 492 s).
DEFAULT_READ_TIMEOUT = 60.0
# How long to wait for the TCP connection: milliseconds on this machine or a LAN, about a
# second across continents; 10 s leaves room for two lost SYNs (resent after 1 s and 3 s)
# and, with the retries below, bounds an unreachable host to under a minute.
DEFAULT_CONNECT_TIMEOUT = 10.0


@dataclass(frozen=True)
class Connection:
    """Where a Label Studio server is and how to authenticate with it."""

    url: str
    api_key: str
    local: bool = False

    def __repr__(self) -> str:
        # Keep the token out of logs, tracebacks and reprs.
        return f"Connection(url={self.url!r}, api_key='***{self.api_key[-4:]}', local={self.local})"


class Client:
    """A Label Studio SDK client whose calls raise the toolkit's errors.

    Parameters
    ----------
    connection
        The server's URL and API token.
    timeout
        Seconds to wait for the server's answer to one request; ``None`` reads
        ``$ANNOTATE_TIMEOUT``, else 60. Connecting waits at most 10 s (or ``timeout`` if
        shorter).
    """

    def __init__(self, connection: Connection, *, timeout: float | None = None) -> None:
        self.connection = connection
        self.timeout = resolve_timeout(timeout)
        connect = min(DEFAULT_CONNECT_TIMEOUT, self.timeout)
        # Our own httpx client, so that its pooled sockets are closed (close() or when this
        # object is collected) instead of leaking until interpreter exit.
        http = httpx.Client(
            timeout=httpx.Timeout(self.timeout, connect=connect, pool=connect),
            follow_redirects=True,
        )
        self._close = weakref.finalize(self, http.close)
        self.sdk = LabelStudio(
            base_url=connection.url,
            api_key=connection.api_key,
            # None: the SDK would pass a number with every request, overriding the
            # separate connect and read limits of the httpx client above.
            timeout=None,
            max_retries=3,
            httpx_client=http,
        )

    def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self._close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(
        self, what: str, fn: Callable[..., T], /, *args: Any, retry: bool = True, **kw: Any
    ) -> T:
        """Run one SDK call; ``what`` names it in error messages ("list tasks")."""
        attempts = _CONNECT_RETRIES if retry else 1
        for attempt in range(attempts):
            try:
                return fn(*args, **kw)
            except ApiError as exc:
                raise self._api_error(what, exc) from exc
            except (httpx.ReadTimeout, httpx.WriteTimeout) as exc:
                # Sent but not answered: not retried, since a retry waits as long again
                # and could repeat a request the server is still carrying out.
                raise self._timeout_error(what, exc) from exc
            except (httpx.TransportError, ConnectionError) as exc:
                if attempt + 1 == attempts:
                    raise ConnectionFailed(
                        f"no Label Studio server answers at {self.connection.url} ({what}: "
                        f"{type(exc).__name__})",
                        hint=_connect_hint(self.connection),
                    ) from exc
                time.sleep(_BACKOFF_SECONDS * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def check(self) -> dict[str, Any]:
        """Fail fast with a clear error unless the server answers and accepts the token."""
        user = self.call("check the API token", self.sdk.users.whoami)
        return {"id": user.id, "url": self.connection.url}

    def _timeout_error(self, what: str, exc: httpx.TimeoutException) -> StudioTimeout:
        try:
            request = f"{exc.request.method} {exc.request.url}"
        except RuntimeError:  # an exception raised without its request
            request = self.connection.url
        return StudioTimeout(
            f"the Label Studio server at {self.connection.url} did not answer {request} "
            f"within {self.timeout:g} s ({what})",
            hint=f"if the server is only slow, wait longer: {TIMEOUT_ENV}=<seconds> (now "
            f"{self.timeout:g}); otherwise check the server and its log",
        )

    def tasks(
        self,
        project_id: int,
        *,
        after_id: int = 0,
        ids: Sequence[int] | None = None,
        skip: Sequence[tuple[int, int]] = (),
        with_data: str | None = None,
        page_size: int = 1000,
    ) -> Iterator[Any]:
        """The project's tasks with an id above ``after_id``, in id order.

        ``ids`` keeps only those tasks; ``skip`` leaves out id ranges (inclusive), such as
        tasks the caller created itself; ``with_data`` keeps only tasks whose data has a
        value under that key. Each page asks for ids above the last one seen
        (keyset paging), so tasks that someone else adds or deletes meanwhile cannot shift
        a page and hide a task, as numbered pages would; and every page goes through
        ``call``, so a failure on page 20 is the same clear error as on page 1. Tasks come
        without annotations (``fields="task_only"``) but with their counts
        (``total_annotations``, ``cancelled_annotations``).
        """
        common = _skips(skip)
        if with_data is not None:
            # "empty: false" is the Data Manager's "has a value": tasks without the key
            # do not match.
            common.append(
                {
                    "filter": f"filter:tasks:data.{with_data}",
                    "operator": "empty",
                    "type": "String",
                    "value": False,
                }
            )
        if ids is not None:
            # A Data Manager query travels in the URL: a few hundred ids per request keep
            # it far below the length proxies accept (8 KB for nginx by default).
            wanted = sorted({int(i) for i in ids})
            for start in range(0, len(wanted), _IDS_PER_QUERY):
                chunk = wanted[start : start + _IDS_PER_QUERY]
                filters = [_id_filter("in_list", chunk), *common]
                yield from self._pages(project_id, after_id, filters, page_size)
            return
        yield from self._pages(project_id, after_id, common, page_size)

    def _pages(
        self, project_id: int, after_id: int, filters: list[dict[str, Any]], page_size: int
    ) -> Iterator[Any]:
        last = after_id
        while True:
            page: Any = self.call(
                "list tasks",
                self.sdk.tasks.list,
                project=project_id,
                fields="task_only",
                page=1,
                page_size=page_size,
                query=_task_query([_id_filter("greater", last), *filters]),
            )
            items = list(page.items or [])
            yield from items
            if len(items) < page_size:
                return
            last = int(items[-1].id)

    def import_tasks(
        self, project_id: int, tasks: Sequence[dict[str, Any]], *, retry: bool = False
    ) -> list[int]:
        """Import ``tasks`` (plain JSON dicts) in one request; the new tasks' ids, in order.

        The body is encoded here with ``json.dumps``: the SDK's ``import_tasks`` first walks
        every value of every task through its generic encoder, measured at 1.0 s per 20,000
        tasks on top of 0.3 s for the JSON itself, client CPU that a push pays while the
        server waits, and which stretches with the machine's load (one cause of push
        measuring 0.60x the raw import in one run and 0.97x in another). The request still
        goes through the SDK's HTTP client, for its authentication and its retries of
        5xx/429 answers.
        """
        body = json.dumps(list(tasks)).encode("utf-8")
        wrapper = self.sdk._client_wrapper

        def post() -> Any:
            response = wrapper.httpx_client.request(
                f"api/projects/{int(project_id)}/import",
                method="POST",
                params={"return_task_ids": True},
                content=body,
                headers={"content-type": "application/json"},
            )
            if not 200 <= response.status_code < 300:
                try:
                    detail: Any = response.json()
                except ValueError:
                    detail = response.text
                raise ApiError(
                    status_code=response.status_code, headers=dict(response.headers), body=detail
                )
            return response.json()

        answer = self.call("import tasks", post, retry=retry)
        return [int(i) for i in (answer or {}).get("task_ids") or []]

    def count_tasks(self, project_id: int, *, id_range: tuple[int, int] | None = None) -> int:
        """How many tasks the project has (with an id in ``id_range``, inclusive, if given),
        in one small request: a one-task page carries the total."""
        filters = [] if id_range is None else [_id_filter("in", _range(id_range))]
        page: Any = self.call(
            "count tasks",
            self.sdk.tasks.list,
            project=project_id,
            fields="task_only",
            page=1,
            page_size=1,
            query=_task_query(filters),
        )
        return int(page.response.total)

    def project_page(self, page: int, page_size: int, **options: Any) -> list[Any]:
        """One page of the project listing (``options``: the SDK's filters); [] past the last.

        The SDK's own pager asks for one page past the last (answered 404) on every
        listing; a caller that reads page by page and stops at a short page spares it.
        """

        def listed() -> list[Any]:
            try:
                answer: Any = self.sdk.projects.list(page=page, page_size=page_size, **options)
            except ApiError as exc:
                if exc.status_code == 404:  # a full page was the last
                    return []
                raise
            return list(answer.items or [])

        return self.call("list projects", listed)

    def has_annotations(self, task_id: int) -> bool:
        """Whether the server holds a submitted annotation on the task, read from the
        annotations themselves rather than the task's counters (see ``_task_sync.confirmed``).
        """

        def listed() -> list[Any]:
            try:
                return list(self.sdk.annotations.list(id=int(task_id)))
            except ApiError as exc:
                if exc.status_code == 404:  # deleted meanwhile (another push's repair)
                    return []
                raise

        return bool(self.call("list annotations", listed))

    def delete_unannotated_tasks(self, project_id: int, task_ids: Sequence[int]) -> None:
        """Delete those of ``task_ids`` that have no annotation, in one request.

        The server applies the "no annotation, not even a skipped one" condition when it
        deletes, so a task an annotator submits to while this request is on its way is
        kept, not lost.
        """
        if not task_ids:
            return
        self.call(
            "delete tasks",
            self.sdk.actions.create,
            id="delete_tasks",
            project=project_id,
            selected_items={"all": False, "included": [int(t) for t in task_ids]},
            filters={
                "conjunction": "and",
                "items": [
                    _number_filter("total_annotations", "equal", 0),
                    _number_filter("cancelled_annotations", "equal", 0),
                ],
            },
        )

    def _api_error(self, what: str, exc: ApiError) -> StudioError:
        status = exc.status_code
        detail = _detail(exc.body)
        if status in (401, 403):
            return AuthenticationFailed(
                f"the Label Studio server at {self.connection.url} refused the API token ({what})",
                hint="set LABEL_STUDIO_API_KEY to a valid token (Account & Settings in Label "
                "Studio), or run `annotate studio up` for the local server",
            )
        if status == 404:
            return StudioError(
                f"Label Studio has no such object ({what}): {detail}",
                hint="check the project name or id; `annotate push` creates the project",
            )
        return StudioError(
            f"Label Studio answered {status} to '{what}': {detail}",
            hint="fix the request as the server says, or read the server's log",
        )


def resolve_timeout(timeout: float | None = None) -> float:
    """The read timeout in seconds: ``timeout``, else ``$ANNOTATE_TIMEOUT``, else 60.

    Raises
    ------
    StudioError
        The value is not a positive number of seconds.
    """
    source = "timeout"
    if timeout is None:
        raw = os.environ.get(TIMEOUT_ENV)
        if raw is None or not raw.strip():
            return DEFAULT_READ_TIMEOUT
        source = TIMEOUT_ENV
        try:
            timeout = float(raw)
        except ValueError:
            timeout = math.nan
    if not (math.isfinite(timeout) and timeout > 0):
        value = os.environ.get(TIMEOUT_ENV) if source == TIMEOUT_ENV else timeout
        raise StudioError(
            f"{source} must be a positive number of seconds, got {value!r}",
            hint=f"set {TIMEOUT_ENV} to seconds, e.g. {TIMEOUT_ENV}=120, or unset it for "
            f"{DEFAULT_READ_TIMEOUT:g}",
        )
    return float(timeout)


def _number_filter(column: str, operator: str, value: Any) -> dict[str, Any]:
    """One Data Manager filter item on a numeric task column."""
    return {
        "filter": f"filter:tasks:{column}",
        "operator": operator,
        "type": "Number",
        "value": value,
    }


def _id_filter(operator: str, value: Any) -> dict[str, Any]:
    return _number_filter("id", operator, value)


def _range(bounds: tuple[int, int]) -> dict[str, int]:
    return {"min": int(bounds[0]), "max": int(bounds[1])}


def _skips(ranges: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
    return [_id_filter("not_in", _range(r)) for r in ranges]


def _task_query(items: Sequence[dict[str, Any]]) -> str:
    query: dict[str, Any] = {"ordering": ["tasks:id"]}
    if items:
        query["filters"] = {"conjunction": "and", "items": list(items)}
    return json.dumps(query)


def _detail(body: Any) -> str:
    if isinstance(body, dict):
        parts = [str(body.get(k)) for k in ("detail", "validation_errors") if body.get(k)]
        return "; ".join(parts) or str(body)[:500]
    return str(body)[:500]


def _connect_hint(connection: Connection) -> str:
    if connection.local:
        return "start the local server with `annotate studio up`"
    return "check LABEL_STUDIO_URL, or unset it to use the local server (`annotate studio up`)"
