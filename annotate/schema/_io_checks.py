"""The checks every part of a schema file goes through: a mapping with known keys, a
non-empty string, unique names. Each raises a ``SchemaError`` naming file, place and value."""

from __future__ import annotations

from typing import Any

from annotate.errors import SchemaError

__all__ = ["mapping", "text", "unique"]


def mapping(raw: Any, where: str, ctx: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise SchemaError(
            f"{where}: {ctx}: expected a mapping with keys {', '.join(keys)}, got {raw!r}",
            hint="check the indentation of this entry",
        )
    unknown = sorted(str(k) for k in raw if k not in keys)
    if unknown:
        raise SchemaError(
            f"{where}: {ctx}: unknown key(s) {', '.join(map(repr, unknown))}",
            hint=f"valid keys are: {', '.join(keys)}",
        )
    return raw


def text(data: dict[str, Any], key: str, where: str, ctx: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise SchemaError(
            f"{where}: {ctx}: '{key}' must be a non-empty string, got {value!r}",
            hint=f"add '{key}: ...' (quote it if YAML reads it as a number or boolean)",
        )
    return value


def unique(values: list[str], where: str, what: str, fix: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise SchemaError(f"{where}: {what} {value!r} appears twice", hint=fix)
        seen.add(value)
