"""Find input files and read them into raw articles, reporting what cannot be read.

Readers never raise for a bad file or record: they yield a :class:`Skipped` with the reason and
go on, so that one broken file does not stop a corpus. CSV and JSONL files are streamed record by
record so that memory does not grow with the file.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict, cast

__all__ = ["SUPPORTED", "Columns", "RawArticle", "Skipped", "find_files", "read_file"]

SUPPORTED = (".txt", ".md", ".html", ".htm", ".jsonl", ".csv")
# Files in a corpus folder that describe the corpus rather than being part of it. A file given
# explicitly on the command line is always read, whatever its name.
_NOT_ARTICLES = re.compile(r"^(readme|licen[cs]e|copying|notice|changelog|contributing)\b", re.I)
_SNIFF = 8192
_MD_MARKUP = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
_META_FIELDS = ("title", "source", "url", "language", "published")


@dataclass(frozen=True)
class Skipped:
    """An input file or record that was not ingested.

    Attributes
    ----------
    path : str
        The file.
    line : int or None
        1-based line of the record in the file, or None when the whole file was skipped.
    reason : str
        What is wrong, and where it helps, what to do.
    """

    path: str
    line: int | None
    reason: str


@dataclass(frozen=True)
class Columns:
    """Which CSV/JSONL columns hold what; None means "use the default name if present"."""

    text: str = "text"
    id: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before cleaning.

    ``kind`` is ``"text"`` (plain text or Markdown, first line may be the title), ``"html"``
    (``text`` is the page, extracted later in a worker) or ``"record"`` (a CSV/JSONL row).
    ``identity`` is what the article id is derived from when there is no url: the path relative
    to the given root, plus ``#<id>`` or ``#row<n>`` for a record.
    """

    origin: str
    identity: str
    kind: str
    text: str
    line: int | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


def find_files(paths: Sequence[Path]) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, path relative to its root)`` for every input file, sorted per root.

    Directories are walked recursively; hidden entries, ``*.meta.json`` sidecars, README /
    LICENSE-like files and unsupported extensions inside them are ignored.
    """
    for root in paths:
        if root.is_file():
            yield root, root.name
            continue
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            if path.name.endswith(".meta.json") or _NOT_ARTICLES.match(path.name):
                continue
            if path.suffix.lower() in SUPPORTED:
                yield path, rel.as_posix()


def _decode(path: Path, data: bytes) -> str | Skipped:
    if not data.strip():
        return Skipped(str(path), None, "empty file")
    if b"\x00" in data[:_SNIFF]:
        return Skipped(str(path), None, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start]
        return Skipped(
            str(path),
            line,
            f"not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start}) -> "
            "convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8",
        )


class _Meta(TypedDict, total=False):
    """The sidecar fields (``_META_FIELDS``), all optional RawArticle string fields."""

    title: str
    source: str
    url: str
    language: str
    published: str


def _sidecar(path: Path) -> tuple[_Meta, Skipped | None]:
    meta_path = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not meta_path.exists():
        return {}, None
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        reason = f"metadata sidecar unreadable ({exc}); article ingested without it"
        return {}, Skipped(str(meta_path), None, reason)
    # Keys come from _META_FIELDS only, so the dict fits _Meta.
    return cast(
        _Meta, {k: str(meta[k]) for k in _META_FIELDS if meta.get(k) not in (None, "")}
    ), None


def _field(row: dict[str, object], name: str | None, default: str) -> str | None:
    value = row.get(name or default)
    if value is None or value == "":
        return None
    return str(value)


def _record(
    path: Path, rel: str, row: dict[str, object], line: int, cols: Columns
) -> RawArticle | Skipped:
    text = row.get(cols.text)
    if not isinstance(text, str) or not text.strip():
        return Skipped(str(path), line, f"no text in column {cols.text!r}")
    ident = _field(row, cols.id, "id")
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{ident}" if ident is not None else f"{rel}#row{line}",
        kind="record",
        text=text,
        line=line,
        title=_field(row, cols.title, "title"),
        url=_field(row, cols.url, "url"),
        source=_field(row, None, "source"),
        published=_field(row, None, "published"),
        language=_field(row, None, "language"),
    )


def _missing(path: Path, names: Sequence[str], cols: Columns) -> Skipped | None:
    wanted = [cols.text] + [c for c in (cols.id, cols.title, cols.url) if c is not None]
    missing = [c for c in wanted if c not in names]
    if not missing:
        return None
    return Skipped(
        str(path),
        None,
        f"missing column {missing[0]!r} (columns: {', '.join(names)}) -> "
        "name the right one with text_column/id_column/title_column/url_column",
    )


def _read_csv(path: Path, rel: str, cols: Columns) -> Iterator[RawArticle | Skipped]:
    # Articles are long; the csv module's default 128 KB field limit rejects some real bodies.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        line = 2
        try:
            problem = _missing(path, reader.fieldnames or [], cols)
            if problem is not None:
                yield problem
                return
            for row in reader:
                yield _record(path, rel, row, line, cols)
                line = reader.line_num + 1
        except UnicodeDecodeError as exc:
            yield Skipped(str(path), line, f"not valid UTF-8 ({exc.reason}); rest of file skipped")
        except csv.Error as exc:
            yield Skipped(str(path), line, f"broken CSV ({exc}); rest of file skipped")


def _read_jsonl(path: Path, rel: str, cols: Columns) -> Iterator[RawArticle | Skipped]:
    with path.open("rb") as fh:
        for line, data in enumerate(fh, start=1):
            if not data.strip():
                continue
            try:
                row = json.loads(data.decode("utf-8-sig"))
            except (UnicodeDecodeError, ValueError) as exc:
                yield Skipped(str(path), line, f"invalid JSON line ({exc})")
                continue
            if not isinstance(row, dict):
                yield Skipped(str(path), line, "JSON line is not an object")
                continue
            yield _record(path, rel, row, line, cols)


def read_file(path: Path, rel: str, cols: Columns) -> Iterator[RawArticle | Skipped]:
    """Yield the raw articles in one file, or a :class:`Skipped` for what cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Skipped(str(path), None, f"unsupported file type {suffix!r} ({', '.join(SUPPORTED)})")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
    except OSError as exc:
        yield Skipped(str(path), None, f"cannot read file ({exc.strerror})")
        return
    if suffix in (".csv", ".jsonl"):
        problem = _decode(path, head) if b"\x00" in head or not head.strip() else None
        if isinstance(problem, Skipped):
            yield problem
            return
        yield from (_read_csv if suffix == ".csv" else _read_jsonl)(path, rel, cols)
        return
    text = _decode(path, path.read_bytes())
    if isinstance(text, Skipped):
        yield text
        return
    if suffix in (".html", ".htm"):
        yield RawArticle(origin=rel, identity=rel, kind="html", text=text)
        return
    meta, problem = _sidecar(path)
    if problem is not None:
        yield problem
    if suffix == ".md":
        text = _MD_MARKUP.sub("", text)
    yield RawArticle(origin=rel, identity=rel, kind="text", text=text, **meta)
