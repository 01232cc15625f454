"""Which database the local Label Studio keeps its data in: SQLite, or PostgreSQL.

SQLite is the default. ``annotate studio up --database postgresql`` starts a private
PostgreSQL (``_postgres``); ``--database-url postgresql://USER:PASSWORD@HOST:PORT/NAME`` (or
``DATABASE_URL`` with ``--database postgresql``) names one the user runs. The choice is saved
in the toolkit home on the first start (readable only by the owner: it may hold a password)
and reused, so that a later ``studio up`` never opens an empty database by mistake.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate._files import write_text
from annotate.errors import StudioError

__all__ = ["SQLITE", "Database", "parse_url", "size_bytes"]

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
CHOICES = (SQLITE, POSTGRESQL)
_FILE = "database.json"
_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class Database:
    """A PostgreSQL database Label Studio connects to."""

    host: str
    port: int
    name: str
    user: str
    password: str = field(repr=False)

    def where(self) -> str:
        """Its address as a URL without the password (safe to print)."""
        return f"postgresql://{urllib.parse.quote(self.user)}@{self.host}:{self.port}/{self.name}"

    def label_studio_env(self) -> dict[str, str]:
        """The settings Label Studio reads (``core/settings/base.py``) to use this database."""
        return {
            "DJANGO_DB": "default",
            "POSTGRE_NAME": self.name,
            "POSTGRE_USER": self.user,
            "POSTGRE_PASSWORD": self.password,
            "POSTGRE_HOST": self.host,
            "POSTGRE_PORT": str(self.port),
        }

    def connect_args(self) -> dict[str, Any]:
        """Keyword arguments of ``psycopg.connect``."""
        return {
            "host": self.host,
            "port": self.port,
            "dbname": self.name,
            "user": self.user,
            "password": self.password,
            "connect_timeout": 5,
        }


def parse_url(url: str) -> Database:
    """Read ``postgresql://USER:PASSWORD@HOST:PORT/NAME`` (the port defaults to 5432).

    Raises
    ------
    StudioError
        The URL is not of that form; the message shows it without its password.
    """
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port or 5432
    except ValueError as exc:
        raise _bad_url(url, str(exc)) from None
    if parts.scheme not in _SCHEMES:
        raise _bad_url(url, f"the scheme must be postgresql://, not {parts.scheme or 'none'}")
    name = parts.path.lstrip("/")
    missing = [what for what, value in (("host", parts.hostname), ("user", parts.username),
                                         ("database name", name)) if not value]  # fmt: skip
    if missing:
        raise _bad_url(url, f"it names no {' and no '.join(missing)}")
    assert parts.hostname is not None and parts.username is not None
    return Database(
        host=parts.hostname,
        port=port,
        name=urllib.parse.unquote(name),
        user=urllib.parse.unquote(parts.username),
        password=urllib.parse.unquote(parts.password or ""),
    )


def _bad_url(url: str, why: str) -> StudioError:
    return StudioError(
        f"bad database URL {_without_password(url)!r}: {why}",
        hint="give it as postgresql://USER:PASSWORD@HOST:PORT/NAME (the port defaults to 5432; "
        "a password with @, : or / written %40, %3A, %2F)",
    )


def _without_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.partition(":")[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else url


def load_choice(home: Path) -> dict[str, Any] | None:
    """The database chosen at this home's first start, or None before it."""
    try:
        data = json.loads((home / _FILE).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("kind") in CHOICES else None


def save_choice(home: Path, choice: dict[str, Any]) -> None:
    """Remember the database (0600: a private server's password or a URL's is in it)."""
    write_text(home / _FILE, json.dumps(choice, sort_keys=True), mode=0o600)


def resolve(
    home: Path,
    database: str | None,
    url: str | None,
    generate_password: Callable[[], str],
    *,
    has_sqlite: bool = False,
) -> dict[str, Any]:
    """The database to start on: the one asked for, else the saved one, else SQLite.

    A home whose Label Studio ran before the choice was saved (``has_sqlite``: its SQLite
    file exists) counts as having chosen SQLite.

    Raises
    ------
    StudioError
        ``database`` is not a choice, a URL is given with ``sqlite``, or the choice differs
        from the one this home's Label Studio already keeps its projects in.
    """
    if database is not None and database not in CHOICES:
        raise StudioError(
            f"unknown database {database!r}",
            hint=f"use one of: {', '.join(CHOICES)}",
        )
    if url is not None and database == SQLITE:
        raise StudioError(
            "a database URL was given with --database sqlite",
            hint="drop the URL, or use --database postgresql",
        )
    saved = load_choice(home) or ({"kind": SQLITE} if has_sqlite else None)
    if url is not None:
        parse_url(url)  # a bad URL fails before anything starts
        asked: dict[str, Any] | None = {"kind": POSTGRESQL, "url": url}
    elif database == POSTGRESQL:
        asked = {"kind": POSTGRESQL, "private": True}
    elif database == SQLITE:
        asked = {"kind": SQLITE}
    else:
        asked = None
    if saved is None:
        choice = asked or {"kind": SQLITE}
        if choice.get("private"):
            choice["password"] = generate_password()
        return choice
    if asked is not None and not _same(asked, saved):
        raise StudioError(
            f"this folder's Label Studio keeps its projects in {describe(saved)}, not "
            f"{describe(asked)}; Label Studio on another database would show none of them",
            hint="use another ANNOTATE_HOME for a second server, or start without "
            "--database/--database-url to keep the one it has",
        )
    return saved


def _same(asked: dict[str, Any], saved: dict[str, Any]) -> bool:
    return all(saved.get(key) == value for key, value in asked.items())


def describe(choice: dict[str, Any]) -> str:
    """A choice in words, without any password."""
    if choice["kind"] == SQLITE:
        return "SQLite"
    if choice.get("private"):
        return "its private PostgreSQL"
    return f"PostgreSQL at {parse_url(choice['url']).where()}"


def size_bytes(database: Database) -> int | None:
    """The database's size as PostgreSQL counts it, or None when it does not answer."""
    try:
        import psycopg
    except ImportError:
        return None
    try:
        with psycopg.connect(**database.connect_args()) as conn:
            row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    except psycopg.Error:
        return None
    return int(row[0]) if row else None
