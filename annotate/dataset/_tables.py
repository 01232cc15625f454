"""The Parquet files of a release: one row per sentence per split, and the raw annotations.

Files are written with pyarrow from Arrow schemas derived from ``datasets.Features`` (the
schema's label features plus the metadata columns), and carry the ``huggingface`` schema
metadata, so ``datasets`` restores ``ClassLabel`` names from the files alone. Rows are
sorted and every value is derived from the input only, so two builds are byte-identical.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from annotate.schema._schema import Schema
from annotate.schema._types import SOFT_SUFFIX

__all__ = [
    "ROW_GROUP",
    "TEXT_COLUMNS",
    "annotation_features",
    "meta_name",
    "soft_name",
    "split_features",
    "write",
    "write_batches",
]

#: Columns that carry article text; ``text_policy="offsets"`` leaves them out.
TEXT_COLUMNS = ("text", "context_before", "context_after", "title", "dateline")
_META = (
    ("sentence_id", "string"),
    ("article_id", "string"),
    ("index", "int32"),
    ("text", "string"),
    ("context_before", "string"),
    ("context_after", "string"),
    ("title", "string"),
    ("source", "string"),
    ("url", "string"),
    ("published", "string"),
    ("language", "string"),
    ("start", "int32"),
    ("end", "int32"),
    ("text_sha256", "string"),
    # Since the sentence table has it; a sentence table without it gives nulls.
    ("dateline", "string"),
)
#: Rows per Parquet row group (and per batch when writing the annotation table).
ROW_GROUP = 100_000
_SPAN = {"start": "int32", "end": "int32", "label": "string", "text": "string"}


def meta_name(name: str, schema: Schema) -> str:
    """The release column of sentence-table column ``name``.

    ``article_<name>`` when a schema field has the same name (the default schema has a
    ``source`` spans field, and ingest a ``source`` outlet column).
    """
    return f"article_{name}" if name in {f.name for f in schema.fields} else name


def soft_name(record_type: str) -> str:
    """The split-table column holding the soft label of record type ``record_type``."""
    return record_type + SOFT_SUFFIX


def split_features(schema: Schema, text_policy: str) -> Any:
    """Features of a split file: metadata, the schema's label columns, agreement.

    Each record type also gets its soft label (:func:`soft_name`): a list of the record
    rows of its column, each with the ``share`` of the sentence's annotators who drew it.
    It sits beside the gold records, in the split tables, because a record's gold lives
    there too (the per-annotator table's ``gold`` is a label, and records have none).
    """
    import datasets

    out: dict[str, Any] = {
        meta_name(name, schema): datasets.Value(dtype)
        for name, dtype in _META
        if text_policy == "full" or name not in TEXT_COLUMNS
    }
    labels = schema.features()
    out |= dict(labels)
    for rt in schema.records:
        out[soft_name(rt.name)] = datasets.List(
            labels[rt.name].feature | {"share": datasets.Value("float32")}
        )
    out["n_annotators"] = datasets.Value("int32")
    out["agreement"] = datasets.Value("float32")
    return datasets.Features(out)


def annotation_features(schema: Schema) -> Any:
    """Features of ``annotations.parquet`` (the ``per_annotator`` config).

    Each record type of ``schema`` adds its column (``attributions``), shaped as in
    :meth:`Schema.features`: an annotation's records, on the row of their anchor field.
    """
    import datasets

    v = datasets.Value
    records = schema.features()
    out = datasets.Features(
        {
            "sentence_id": v("string"),
            "split": v("string"),
            "annotation_id": v("int64"),
            "annotator": v("string"),
            "adjudicator": v("bool"),
            "field": v("string"),
            "value": v("string"),
            "values": datasets.List(v("string")),
            "spans": datasets.List({k: v(t) for k, t in _SPAN.items()}),
            "created_at": v("string"),
            "updated_at": v("string"),
            "lead_time": v("float64"),
            "schema_version": v("string"),
            "gold": v("string"),
            "soft_label": datasets.List(v("float32")),
            "n_annotators": v("int32"),
            "aggregation": v("string"),
        }
    )
    for rt in schema.records:
        out[rt.name] = records[rt.name]
    return out


def encode_gold(schema: Schema, frame: pd.DataFrame) -> pd.DataFrame:
    """Gold values (labels, label tuples, span tuples) as ``ClassLabel`` integers and dicts.

    A field without gold (tie, low agreement, too few annotators) is ``-1``, the
    ``datasets`` convention for a missing class label; a spans field nobody annotated is null
    (release format 2), where an annotated sentence without a span is an empty list.
    """
    out = frame.copy()
    for f in schema.fields:
        ids = {v: i for i, v in enumerate(f.values)}
        if f.kind == "choice":
            out[f.name] = [-1 if v is None else ids[v] for v in frame[f.name]]
        elif f.kind == "multi_choice":
            out[f.name] = [[] if v is None else [ids[x] for x in v] for v in frame[f.name]]
        else:
            out[f.name] = [None if v is None else [dict(s) for s in v] for v in frame[f.name]]
    for rt in schema.records:
        # Rows made by _build.record_rows already; no gold (review, unanswered) is [].
        out[rt.name] = [[] if v is None else list(v) for v in frame[rt.name]]
        soft = soft_name(rt.name)
        out[soft] = [v if isinstance(v, list) else [] for v in frame[soft]]
    return out


def write(frame: pd.DataFrame, features: Any, path: Any) -> int:
    """Write ``frame``'s feature columns to ``path``; return the rows written."""
    return write_batches([frame], features, path)


def write_batches(frames: Iterable[pd.DataFrame], features: Any, path: Any) -> int:
    """Write the feature columns of consecutive ``frames`` to one file; return the rows.

    Frames of :data:`ROW_GROUP` rows (the last may be shorter) give the same file as one
    frame of all of them, while only one frame's Arrow columns exist at a time.
    """
    schema = features.arrow_schema
    rows = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for frame in frames:
            table = _table(frame, features, schema)
            # An empty split (an official split the corpus lacks) gets no row group at
            # all: ``datasets`` cannot read a row group of zero rows.
            if table.num_rows:
                writer.write_table(table, row_group_size=ROW_GROUP)
            rows += table.num_rows
    return rows


def _table(frame: pd.DataFrame, features: Any, schema: pa.Schema) -> pa.Table:
    columns = {}
    for name in features:
        values = frame[name] if name in frame else pd.Series([None] * len(frame))
        kind = schema.field(name).type
        if isinstance(values.dtype, pd.CategoricalDtype) and pa.types.is_string(kind):
            array = pa.array(values.array).dictionary_decode().cast(kind)
        elif isinstance(values.dtype, pd.ArrowDtype):
            array = pa.array(values.array).cast(kind)
        elif _arrow_strings(values) and pa.types.is_string(kind):
            # The Arrow buffers pandas already holds, instead of a Python str per row.
            array = pa.chunked_array(values.array.__arrow_array__()).combine_chunks().cast(kind)
        elif pa.types.is_integer(kind) or pa.types.is_floating(kind):
            array = pa.array(_numbers(values), type=kind, from_pandas=True)
        else:
            array = pa.array(values.tolist(), type=kind, from_pandas=True)
        columns[name] = array
    return pa.table(columns, schema=schema)


def _arrow_strings(values: pd.Series) -> bool:
    dtype = values.dtype
    return isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"


def _numbers(values: pd.Series) -> Any:
    array = pd.to_numeric(values, errors="coerce")
    return np.asarray(array, dtype=float) if array.isna().any() else array.to_numpy()
