"""Finding a Label Studio project by name, shared by push, pull and predict, and listing
a server's projects (``annotate projects``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotate.errors import StudioError
from annotate.studio._client import Client
from annotate.studio._local import connect

__all__ = [
    "ProjectInfo",
    "find_project",
    "find_projects",
    "list_projects",
    "projects",
    "require_project",
    "several_projects",
]

# The counts a listing shows; naming them spares the server every other per-project count.
_LIST_FIELDS = "id,title,task_number,num_tasks_with_annotations"
# What a lookup by title needs. Without ``include`` the server computes eight counters
# over every task and annotation of each match, and the token user's queue (``queue_total``,
# ``queue_done``: a join of all tasks with their annotations): 0.6-1.1 s at 200,000 tasks.
_LOOKUP_FIELDS = "id,title"
# Projects a page: the most the server serves (its ProjectListPagination's max_page_size).
_PAGE = 100
# Enough to recognise the right one in an error message; the rest are counted.
_MAX_NAMED = 10


@dataclass
class ProjectInfo:
    """One project of a Label Studio server.

    Attributes
    ----------
    id : int
    title : str
    tasks : int
        Tasks in the project.
    annotated : int
        Tasks with at least one annotation.
    url : str
    """

    id: int
    title: str
    tasks: int
    annotated: int
    url: str


def list_projects(client: Client) -> list[ProjectInfo]:
    """Every project of the server ``client`` talks to, lowest id first."""
    listed: list[Any] = client.call(
        "list projects", lambda: list(client.sdk.projects.list(include=_LIST_FIELDS))
    )
    found = [
        ProjectInfo(
            id=int(p.id),
            title=str(p.title or ""),
            tasks=int(getattr(p, "task_number", 0) or 0),
            annotated=int(getattr(p, "num_tasks_with_annotations", 0) or 0),
            url=f"{client.connection.url}/projects/{p.id}",
        )
        for p in listed
    ]
    return sorted(found, key=lambda p: p.id)


def projects(*, client: Client | None = None) -> list[ProjectInfo]:
    """The projects of the configured Label Studio server (``annotate projects``).

    Parameters
    ----------
    client : Client, optional
        Defaults to :func:`annotate.studio._local.connect` (``LABEL_STUDIO_URL`` and
        ``LABEL_STUDIO_API_KEY``, else the local server).

    Returns
    -------
    list of ProjectInfo
        Lowest id first.
    """
    return list_projects(client or connect())


def find_projects(client: Client, name: str, *, include: str | None = None) -> list[Any]:
    """Every project whose title is exactly ``name``, oldest (lowest id) first.

    ``include`` names the project fields to read (comma-separated); asking only for what the
    caller needs spares the server computing every project's task and annotation counts.
    """
    options: dict[str, Any] = {"title": name}
    if include is not None:
        options["include"] = include
    listed: list[Any] = []
    while True:
        items = client.project_page(1 + len(listed) // _PAGE, _PAGE, **options)
        listed.extend(items)
        if len(items) < _PAGE:
            break
    return sorted((p for p in listed if p.title == name), key=lambda p: int(p.id))


def find_project(client: Client, name: str, *, include: str | None = _LOOKUP_FIELDS) -> Any | None:
    """The project whose title is exactly ``name``, or None (an error if there are several).

    By default only its id and title are read (see ``find_projects``).
    """
    matches = find_projects(client, name, include=include)
    if len(matches) > 1:
        raise several_projects(name, matches)
    return matches[0] if matches else None


def several_projects(name: str, matches: list[Any]) -> StudioError:
    """The error for a title that names more than one project."""
    ids = ", ".join(str(p.id) for p in matches)
    return StudioError(
        f"{len(matches)} Label Studio projects are titled {name!r} (ids {ids})",
        hint="rename or delete all but one in Label Studio, then run the command again",
    )


def require_project(client: Client, name: str) -> Any:
    """Like ``find_project``, but a missing project is an error that says what to do.

    Only the project's id and title are read: callers that need more read it by id.
    """
    project = find_project(client, name)
    if project is None:
        raise StudioError(
            f"Label Studio at {client.connection.url} has no project titled {name!r}; "
            f"{_existing(client)}",
            hint="push sentences first (`annotate push`), or pass the right --project",
        )
    return project


def _existing(client: Client) -> str:
    """The projects there are, for a message about one that is not there."""
    found = list_projects(client)
    if not found:
        return "it has no projects yet"
    named = ", ".join(f"{p.title!r} (id {p.id})" for p in found[:_MAX_NAMED])
    more = f" and {len(found) - _MAX_NAMED} more" if len(found) > _MAX_NAMED else ""
    return f"its projects: {named}{more}"


def read_project(client: Client, project_id: int, fields: str) -> Any:
    """The project's ``fields`` only, as the raw answer (its headers and its ``data``).

    Without ``include`` Label Studio computes every counter and per-user queue field of the
    project over all its tasks: 1.0-1.7 s a read at 200,000 tasks on PostgreSQL (issue 14).
    """
    return client.call(
        "read the project",
        client.sdk.projects.with_raw_response.get,
        id=project_id,
        request_options={"additional_query_parameters": {"include": fields}},
    )
