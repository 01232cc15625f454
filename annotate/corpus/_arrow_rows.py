"""Rows (dicts) into an Arrow table, built from buffers rather than by pyarrow's conversion.

``pa.Table.from_pylist`` (and ``pa.array`` on a list) gives the same table, but has two costs
that the ingest of one long article pays at its peak:

- a string column given as UTF-8 bytes is copied: a 50 MB article's text went into Arrow as a
  second 50 MB (and peaked at three times that); here it becomes the column as it is;
- its first call imports pandas (pyarrow checks whether a value is pandas-like): 43 MB of
  the main process, held from then on, for a conversion that needs none of it.

Types covered are the ones ingest writes: strings, 32-bit integers, and lists of structs of
those; anything else goes to ``pa.array``.
"""

from __future__ import annotations

import itertools
from array import array
from typing import Any

import pyarrow as pa

__all__ = ["rows_table"]


def rows_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """The table ``pa.Table.from_pylist(rows, schema=schema)``, built from buffers.

    A string value may be given as ``str`` or as UTF-8 ``bytes``/``bytearray`` (checked to be
    UTF-8, as ``from_pylist`` checks it); a ``bytearray`` given alone is used without a copy.

    Examples
    --------
    >>> schema = pa.schema([("name", pa.string()), ("n", pa.int32())])
    >>> rows_table([{"name": "a", "n": 1}, {"name": None, "n": None}], schema).to_pylist()
    [{'name': 'a', 'n': 1}, {'name': None, 'n': None}]
    """
    columns = [_column([row[field.name] for row in rows], field.type) for field in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def _column(values: list[Any], kind: pa.DataType) -> pa.Array:
    if kind == pa.string():
        return _strings(values)
    if kind == pa.int32():
        return _int32s(values)
    if pa.types.is_list(kind) and pa.types.is_struct(kind.value_type) and None not in values:
        ends = array("i", [0, *itertools.accumulate(len(v) for v in values)])
        items = [item for value in values for item in value]
        fields = list(kind.value_type)
        children = [_column([item[f.name] for item in items], f.type) for f in fields]
        structs = pa.StructArray.from_arrays(children, fields=fields)
        return pa.ListArray.from_arrays(_int32s(ends), structs, type=kind)
    return pa.array(values, kind)  # not a type ingest writes


def _validity(values: list[Any]) -> pa.Buffer | None:
    """The validity bitmap of ``values`` (bit i set when value i is not None), or None."""
    if None not in values:
        return None
    bits = bytearray((len(values) + 7) // 8)
    for i, value in enumerate(values):
        if value is not None:
            bits[i >> 3] |= 1 << (i & 7)
    return pa.py_buffer(bits)


def _int32s(values: list[Any] | array[int]) -> pa.Array:
    data = array("i", [0 if v is None else v for v in values])
    validity = _validity(list(values)) if not isinstance(values, array) else None
    return pa.Array.from_buffers(pa.int32(), len(data), [validity, pa.py_buffer(data)])


def _strings(values: list[Any]) -> pa.Array:
    check = any(isinstance(v, (bytes, bytearray)) for v in values)
    encoded = [
        b"" if v is None else v if isinstance(v, (bytes, bytearray)) else v.encode("utf-8")
        for v in values
    ]
    # One text alone (a long article): its bytes as they are; b"".join would copy them.
    data = encoded[0] if len(encoded) == 1 else b"".join(encoded)
    ends = array("i", [0, *itertools.accumulate(len(v) for v in encoded)])
    built = pa.Array.from_buffers(
        pa.string(), len(values), [_validity(values), pa.py_buffer(ends), pa.py_buffer(data)]
    )
    if check:
        built.validate(full=True)  # bytes from a worker: UTF-8, as pa.array would check
    return built
