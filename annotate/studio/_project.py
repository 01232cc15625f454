"""Finding a Label Studio project by name, shared by push, pull and predict."""

from __future__ import annotations

from typing import Any

from annotate.errors import StudioError
from annotate.studio._client import Client

__all__ = ["find_project", "find_projects", "require_project", "several_projects"]


def find_projects(client: Client, name: str, *, include: str | None = None) -> list[Any]:
    """Every project whose title is exactly ``name``, oldest (lowest id) first.

    ``include`` names the project fields to read (comma-separated); asking only for what the
    caller needs spares the server computing every project's task and annotation counts.
    """
    options = {"title": name} if include is None else {"title": name, "include": include}
    listed: list[Any] = client.call(
        "list projects", lambda: list(client.sdk.projects.list(**options))
    )
    return sorted((p for p in listed if p.title == name), key=lambda p: int(p.id))


def find_project(client: Client, name: str, *, include: str | None = None) -> Any | None:
    """The project whose title is exactly ``name``, or None (an error if there are several)."""
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
    """Like ``find_project``, but a missing project is an error that says what to do."""
    project = find_project(client, name)
    if project is None:
        raise StudioError(
            f"Label Studio at {client.connection.url} has no project titled {name!r}",
            hint="push sentences first (`annotate push`), or pass the right --project",
        )
    return project
