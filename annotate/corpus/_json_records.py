"""Article records in a ``.json`` file, read one record at a time.

A news archive or API dump saved as JSON is one of three shapes: an array of article objects;
an object holding such an array beside its own fields (``{"status": "ok", "totalResults": 2,
"articles": [...]}``, or deeper: ``{"response": {"results": [...]}}``); or one article object.
:func:`json_records` finds which from the file and yields the records.

Why ijson: a JSON array is one value, and the standard library reads it whole, while an
archive's dump runs to gigabytes. ijson (yajl's C parser) yields one record at a time, so
memory stays with the record, as it does for JSONL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import IO, Any

import ijson

__all__ = ["json_records"]

Opener = Callable[[], AbstractContextManager[IO[bytes]]]


def _records_at(fh: IO[bytes], keys: tuple[str, ...]) -> str:
    """The ijson prefix of the file's records: ``item`` for a top-level array; for an object,
    the outermost array of objects not inside another array (``articles.item``,
    ``response.results.item``); ``""`` when the file is one record.

    An object with one of ``keys`` (the text or HTML column) at its top level is one article
    even when it also holds an array of objects (its authors, say); so the whole file is read
    before deciding (a streamed pass: nothing is kept).
    """
    events = ijson.parse(fh)
    prefix, event, _ = next(events)
    if event == "start_array":
        return "item"
    if event != "start_map":
        return ""
    found: str | None = None
    tops = {key.split(".")[0] for key in keys}  # a dotted column starts at a top-level field
    for prefix, event, value in events:
        if prefix == "" and event == "map_key" and value in tops:
            return ""
        if event == "start_map" and prefix.endswith(".item"):
            holder = prefix[: -len(".item")].split(".")
            if "item" not in holder and (found is None or len(holder) < found.count(".")):
                found = prefix
    return found or ""


def json_records(open_file: Opener, keys: tuple[str, ...]) -> Iterator[tuple[int, Any]]:
    """Yield ``(number, record)`` for each record of a JSON file, numbered from 1.

    Parameters
    ----------
    open_file : callable
        Opens the file as UTF-8 bytes (the file is read twice: its shape, then its records).
    keys : tuple of str
        The columns an article is read from (text, HTML): an object holding one at its top
        level is the file's one record.

    Raises
    ------
    ijson.JSONError
        The file is not valid JSON (after the records before the fault were yielded).
    """
    with open_file() as fh:
        prefix = _records_at(fh, keys)
    with open_file() as fh:
        yield from enumerate(ijson.items(fh, prefix, use_float=True), start=1)
