"""What an incremental pull asks a real Label Studio, recorded at the HTTP transport.

Label Studio computes every counter of a project and every column of a task unless a
request names the fields it wants (``include``); at 200,000 tasks on PostgreSQL the
unnamed reads were a quarter of an incremental pull (issue 14). The title lookup stays:
it is what notices a project replaced, or doubled, under the same title.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from annotate.errors import StudioError
from annotate.studio import _pull_fetch
from annotate.studio._client import Client
from annotate.studio._pull import pull
from tests.integration.test_pull import (
    SCHEMA,
    Project,
    annotate_,
    build_project,
    labels,
)


@pytest.fixture
def project(client: Client, project_name: str, studio_env: Path) -> Project:
    return build_project(client, project_name)


@contextmanager
def recorded(client: Client) -> Iterator[list[httpx.Request]]:
    """Every request ``client`` sends meanwhile, as its HTTP client sends it."""
    http: httpx.Client = client.sdk._client_wrapper.httpx_client.httpx_client
    sent: list[httpx.Request] = []
    hooks = http.event_hooks
    http.event_hooks = {**hooks, "request": [*hooks.get("request", []), sent.append]}
    try:
        yield sent
    finally:
        http.event_hooks = hooks


def test_an_incremental_pull_asks_the_server_only_for_what_it_keeps(
    client: Client,
    project: Project,
    project_name: str,
    studio_env: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_pull_fetch, "COMMIT_LAG", timedelta(0))
    time.sleep(1.1)
    pull(project_name, tmp_path / "first.parquet", schema=SCHEMA, client=client)
    annotate_(client, project, "ben3", 3, "ben", lead_time=3.0,
              values=labels("prediction", "hedged", "unattributed"))  # fmt: skip
    time.sleep(1.1)

    with recorded(client) as sent:
        inc = pull(
            project_name, tmp_path / "inc.parquet", schema=SCHEMA, client=client, page_size=1
        )
    assert (inc.full, inc.fetched) == (False, 1)
    projects = [r for r in sent if r.url.path.startswith("/api/projects")]
    listings = [r for r in sent if r.url.path.rstrip("/") == "/api/tasks"]
    # The title lookup, the server's clock and the task count: none computes every counter.
    assert len(projects) == 3
    assert [r.url.params.get("include") for r in projects] == ["id,title", "id", "id,task_number"]
    # One page of one task, the whole of the answer's total: no request for an empty page.
    assert len(listings) == 1
    assert listings[0].url.params["include"] == _pull_fetch._TASK_FIELDS

    full = pull(project_name, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert full.full
    assert (tmp_path / "inc.parquet").read_bytes() == (tmp_path / "full.parquet").read_bytes()


def test_a_project_replaced_under_the_same_title_is_pulled_in_full(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    pull(project_name, tmp_path / "first.parquet", schema=SCHEMA, client=client)
    client.sdk.projects.delete(id=project.id)
    replaced = build_project(client, project_name)

    again = pull(project_name, tmp_path / "again.parquet", schema=SCHEMA, client=client)
    assert (again.full, again.project_id, again.fetched) == (True, replaced.id, 4)
    pull(project_name, tmp_path / "full.parquet", schema=SCHEMA, client=client, full=True)
    assert (tmp_path / "again.parquet").read_bytes() == (tmp_path / "full.parquet").read_bytes()


def test_a_second_project_under_the_same_title_stops_an_incremental_pull(
    client: Client, project: Project, project_name: str, studio_env: Path, tmp_path: Path
) -> None:
    pull(project_name, tmp_path / "first.parquet", schema=SCHEMA, client=client)
    second = client.sdk.projects.create(title=project_name, label_config=SCHEMA.label_config())
    with pytest.raises(StudioError, match=f"2 Label Studio projects are titled {project_name!r}"):
        pull(project_name, tmp_path / "again.parquet", schema=SCHEMA, client=client)
    assert second.id != project.id
