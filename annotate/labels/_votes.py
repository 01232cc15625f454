"""Reading and checking the annotation and sentence tables before anything is computed.

Every problem is an error that names the rows and says what to do; nothing is dropped
silently. What is left out on purpose (cancelled annotations, columns outside the
whitelist, older annotations of an annotator who annotated an item twice) is counted in
:class:`Votes` so that the manifest can report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from annotate._files import parquet_file, read_parquet
from annotate.errors import InputError, ReleaseError
from annotate.labels._rule_errors import rule_errors
from annotate.schema._schema import Schema

__all__ = [
    "EXCLUDED",
    "PSEUDONYM",
    "Votes",
    "drop_rule_errors",
    "read_sentences",
    "read_table",
    "read_votes",
    "release_unused",
]

#: What pull writes for an annotator; anything else might be a name or an e-mail.
PSEUDONYM = re.compile(r"annotator-[0-9a-f]{10}")
_REQUIRED = ("sentence_id", "annotation_id", "annotator", "field", "was_cancelled")
# A whitelist, not a blacklist: a column pull did not write (an ``email`` added upstream,
# a token in some debugging column) never reaches a release file.
_OPTIONAL = ("task_id", "created_at", "updated_at", "lead_time", "schema_version", "ground_truth")
# Records (issue 16) ride on the row of their anchor field; like spans they stay in Arrow,
# and a table pulled before records had none (a null column, not an error).
_NESTED = ("spans", "records")
_BY_KIND = {"choice": "value", "multi_choice": "values", "spans": "spans"}
_CHECKED = (*_REQUIRED, "value", "values", "schema_version", "ground_truth", "updated_at")
# Few distinct values repeated over 1.8 million rows: categoricals take a small code
# per row instead of a string each.
_CATEGORICAL = ("sentence_id", "annotator", "field", "value", "schema_version")
_SENTENCE_COLUMNS = ("article_id", "sentence_id", "text")
_MAX_LISTED = 5
#: The columns of ``Votes.excluded`` and of the release's ``reports/excluded_annotations.csv``.
EXCLUDED = ("sentence_id", "annotation_id", "annotator", "rule", "field", "message")


@dataclass
class Votes:
    """The usable annotations, one row per annotation and field.

    Attributes
    ----------
    rows : pandas.DataFrame
        Whitelisted columns only; cancelled annotations removed; ``adjudicator`` marks the
        rows that decide instead of voting.
    cancelled : int
        Cancelled (skipped) annotations, which are not labels.
    superseded : int
        Older annotations replaced by the same annotator's newer one on the same item.
    dropped_columns : list of str
        Input columns not published (outside the whitelist).
    excluded : pandas.DataFrame
        Annotations left out because they break a consistency rule of severity error,
        one row per violation (see :func:`drop_rule_errors`).
    """

    rows: pd.DataFrame
    cancelled: int = 0
    superseded: int = 0
    dropped_columns: list[str] = field(default_factory=list)
    excluded: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=EXCLUDED))


def read_table(obj: Any, what: str) -> pd.DataFrame:
    """A DataFrame from a DataFrame, a ``pyarrow.Table`` or a Parquet/CSV path."""
    if isinstance(obj, pd.DataFrame):
        return obj.copy()
    if isinstance(obj, pa.Table):
        return obj.to_pandas()  # the caller's table: not taken apart as below
    raw = _read_raw(obj, what)
    if isinstance(raw, pd.DataFrame):  # a CSV file
        return raw
    # Read from Parquet here: Arrow buffers are released column by column as pandas takes
    # them, a lower peak.
    return raw.to_pandas(split_blocks=True, self_destruct=True)


def read_votes(obj: Any, schema: Schema, *, adjudicators: frozenset[str] = frozenset()) -> Votes:
    """Check the annotation table against ``schema`` and return the usable votes.

    Raises
    ------
    ReleaseError
        Empty table, missing columns, annotators that are not pseudonyms, rows from
        another schema version, unknown fields or labels, or annotations missing a field.
    """
    # Strings repeated over millions of rows are read as Arrow dictionaries straight from
    # the file: at 4.2 million rows the sentence ids alone were over 300 MB as strings.
    table = _read_raw(obj, "annotation", dictionary=_CATEGORICAL)
    columns = list(table.columns) if isinstance(table, pd.DataFrame) else table.column_names
    if len(table) == 0:
        raise ReleaseError(
            "the annotation table is empty: there is nothing to release",
            hint="pull annotations first (`annotate pull`) and release once some are done",
        )
    kinds = {f.kind for f in schema.fields}
    need = [*_REQUIRED, *(_BY_KIND[k] for k in sorted(kinds))]
    missing = [c for c in need if c not in columns]
    if missing:
        raise ReleaseError(
            f"the annotation table has no column(s) {', '.join(missing)}; "
            f"it has {', '.join(map(str, columns))}",
            hint="give the table written by `annotate pull`",
        )
    keep = [
        c for c in dict.fromkeys((*need, *_BY_KIND.values(), "records", *_OPTIONAL)) if c in columns
    ]
    dropped = sorted(str(c) for c in columns if c not in keep)
    # Checks, filters and order on the columns they read, spans left out: at 1.8 million
    # rows the spans as Python lists of dicts are most of the table, so every kept column
    # is materialised once, for the kept rows in their final order only.
    light = [c for c in keep if c in _CHECKED]
    if isinstance(table, pd.DataFrame):
        df = table[light].reset_index(drop=True)
    else:
        df = table.select(light).to_pandas(split_blocks=True)
        for name in _CATEGORICAL:
            if name in df.columns and isinstance(df[name].dtype, pd.CategoricalDtype):
                # Sorting on the codes then gives the strings' order.
                df[name] = _sorted_categories(df[name])
    for col in (*_OPTIONAL, *_BY_KIND.values()):
        if col not in df.columns and col != "spans":
            df[col] = None
    _check_annotators(df)
    _check_versions(df, schema)

    cancelled = df["was_cancelled"].fillna(False).astype(bool)
    n_cancelled = int(df.loc[cancelled, "annotation_id"].nunique())
    if n_cancelled:  # each filtered copy of 1.8M rows is hundreds of MB: only when needed
        df = df[~cancelled.to_numpy()]
    if df.empty:
        raise ReleaseError(
            f"all {n_cancelled} annotation(s) were cancelled (skipped): no labels to release",
            hint="cancelled annotations are not labels; release once some are submitted",
        )
    _check_fields(df, schema)
    _check_labels(df, schema, table if "spans" in columns else None)

    gt = df["ground_truth"].fillna(False).astype(bool)
    df["adjudicator"] = gt | df["annotator"].isin(adjudicators)
    # One vote per annotator and item: Label Studio lets a user annotate a task twice, and
    # the newer annotation is their current opinion.
    ann = df.drop_duplicates("annotation_id")[
        ["annotation_id", "sentence_id", "annotator", "adjudicator", "updated_at"]
    ]
    ann = ann.sort_values(["updated_at", "annotation_id"], na_position="first")
    latest = ann.drop_duplicates(["sentence_id", "annotator", "adjudicator"], keep="last")
    superseded = len(ann) - len(latest)
    del ann
    if superseded:
        df = df[df["annotation_id"].isin(latest["annotation_id"]).to_numpy()]
    del latest
    # The order of the kept rows from their keys alone, then every kept column taken
    # once in that order: no whole-table copy per step, and Arrow columns are converted
    # to pandas only for the rows that stay.
    positions = _row_order(df)
    adjudicator = df["adjudicator"].reindex(positions).to_numpy()
    del df
    if isinstance(table, pd.DataFrame):
        rows = table[keep].iloc[positions].reset_index(drop=True)
    else:
        taken = table.select(keep).take(pa.array(positions, pa.int64()))
        del table
        for name in _CATEGORICAL:
            i = taken.schema.get_field_index(name)
            if i >= 0 and pa.types.is_string(taken.schema.field(i).type):
                # pc.dictionary_encode is generated at import time; pyarrow's stubs miss it.
                taken = taken.set_column(
                    i,
                    name,
                    pc.dictionary_encode(taken.column(i)),  # type: ignore[attr-defined]
                )
        # Spans and records stay in Arrow: as Python lists of dicts spans are about 130 MB
        # at 1.8 million rows; the stages that read them decode one field or slice at a time.
        nested = {}
        for name in _NESTED:
            at = taken.schema.get_field_index(name)
            if at >= 0:
                nested[name] = taken.column(at)
                taken = taken.remove_column(at)
        rows = taken.to_pandas(split_blocks=True, self_destruct=True)
        del taken
        for name in _CATEGORICAL:
            if name in rows.columns and isinstance(rows[name].dtype, pd.CategoricalDtype):
                # A dictionary read from the file lists the values of dropped rows too;
                # the categories are those of the kept rows, as when encoded here.
                rows[name] = rows[name].cat.remove_unused_categories()
        for name, column in nested.items():
            rows[name] = pd.arrays.ArrowExtensionArray(column)
        del nested
    for name in _CATEGORICAL:
        if name in rows.columns:
            rows[name] = _sorted_categories(rows[name])
    for col in (*_OPTIONAL, *_BY_KIND.values(), "records"):
        if col not in rows.columns:
            rows[col] = None
    rows["adjudicator"] = adjudicator
    release_unused()
    return Votes(
        rows=rows,
        cancelled=n_cancelled,
        superseded=superseded,
        dropped_columns=dropped,
    )


def drop_rule_errors(votes: Votes, sentences: pd.DataFrame, schema: Schema) -> Votes:
    """Leave out every annotation that breaks a consistency rule of severity error.

    The rules are the ones ``annotate pull`` reports (``Schema.check``: required fields,
    spans inside their sentence and matching its text, the schema's own rules), applied
    here to the release's input, so a table that was edited, merged or pulled by an older
    toolkit is held to them too.

    Why drop, not refuse: pull keeps going past an annotator's slip and reports it, and one
    slip among thousands of annotations should not hold back a whole release; but a
    broken annotation cannot be trusted in any field (which of "hedged" and "no cue" is the
    slip?), so the whole annotation loses its vote, and each one is listed in the card
    and in ``reports/excluded_annotations.csv`` for someone to fix in Label Studio.
    Warnings are kept: they are judgement calls, not errors.

    Raises
    ------
    ReleaseError
        When every annotation breaks an error rule: there is nothing left to release.
    """
    rows = votes.rows
    annotated = set(rows["sentence_id"].unique())
    texts = {
        sid: text if isinstance(text, str) else ""
        for sid, text in zip(sentences["sentence_id"], sentences["text"], strict=True)
        if sid in annotated
    }
    found = rule_errors(rows, schema, texts)
    excluded = pd.DataFrame(found, columns=list(EXCLUDED))
    if excluded.empty:
        votes.excluded = excluded
        return votes
    bad = rows["annotation_id"].isin(set(excluded["annotation_id"])).to_numpy()
    if bad.all():
        first = excluded.iloc[0]
        raise ReleaseError(
            f"all {excluded['annotation_id'].nunique()} annotation(s) break a consistency "
            f"rule of severity error, e.g. annotation {first['annotation_id']} on sentence "
            f"{first['sentence_id']}: {first['rule']} ({first['message']})",
            hint="fix them in Label Studio and pull again; `annotate pull` lists them in "
            "its violations report",
        )
    kept = rows[~bad].reset_index(drop=True)
    for name in _CATEGORICAL:
        if name in kept.columns and isinstance(kept[name].dtype, pd.CategoricalDtype):
            # A dropped sentence or annotator must not linger as an empty group.
            kept[name] = kept[name].cat.remove_unused_categories()
    votes.rows = kept
    votes.excluded = excluded
    return votes


def _sorted_categories(values: pd.Series) -> pd.Series:
    """``values`` as a categorical whose categories sort like the strings they stand for,
    so sorting and grouping give what they gave on the strings."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.reorder_categories(values.cat.categories.sort_values())
    return values.astype("category")


def _read_raw(obj: Any, what: str, dictionary: tuple[str, ...] = ()) -> pd.DataFrame | pa.Table:
    """A DataFrame as given, or an Arrow table (from a ``pyarrow.Table`` or Parquet) with
    the string columns named in ``dictionary`` dictionary-encoded."""
    if isinstance(obj, pd.DataFrame):
        return obj
    if isinstance(obj, pa.Table):
        return _dictionary_encoded(obj, dictionary)
    path = Path(obj)
    if path.suffix != ".csv":
        strings = _string_columns(parquet_file(path, f"{what} table").schema_arrow, dictionary)
        return read_parquet(path, f"{what} table", read_dictionary=strings or None)
    if not path.is_file():
        raise InputError(f"{what} table {path} does not exist", hint="check the path")
    try:
        return pd.read_csv(path)
    except (ValueError, pd.errors.ParserError) as exc:  # UnicodeDecodeError is a ValueError
        raise InputError(
            f"{what} table {path} is not a readable CSV file ({str(exc).splitlines()[0]})",
            hint="give the Parquet table the toolkit wrote, or a UTF-8 CSV with a header",
        ) from exc


def _row_order(df: pd.DataFrame) -> np.ndarray:
    """The index of ``df`` in (sentence_id, annotation_id, field) order, stable, missing
    values last."""
    sid, field, aid = df["sentence_id"], df["field"], df["annotation_id"]
    if (
        isinstance(sid.dtype, pd.CategoricalDtype)
        and isinstance(field.dtype, pd.CategoricalDtype)
        and pd.api.types.is_integer_dtype(aid.dtype)
    ):
        # On the codes of sorted categories: they sort as the strings do, and sorting the
        # frame on three columns of 4.2 million rows hashed each of them first (+300 MB).
        def codes(column: pd.Series) -> np.ndarray:
            c = column.cat.codes.to_numpy()
            return np.where(c < 0, len(column.cat.categories), c)

        order = np.lexsort((codes(field), aid.to_numpy(), codes(sid)))  # stable
        return np.asarray(df.index.to_numpy()[order])
    keys = df[["sentence_id", "annotation_id", "field"]].sort_values(
        ["sentence_id", "annotation_id", "field"], kind="stable"
    )
    return np.asarray(keys.index.to_numpy())


def _string_columns(schema: pa.Schema, names: tuple[str, ...]) -> list[str]:
    def text(kind: pa.DataType) -> bool:
        return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))

    return [n for n in names if n in schema.names and text(schema.field(n).type)]


def _dictionary_encoded(table: pa.Table, names: tuple[str, ...]) -> pa.Table:
    for name in _string_columns(table.schema, names):
        i = table.schema.get_field_index(name)
        # pc.dictionary_encode is generated at import time; pyarrow's stubs miss it.
        encoded = pc.dictionary_encode(table.column(i))  # type: ignore[attr-defined]
        table = table.set_column(i, name, encoded)
    return table


def release_unused() -> None:
    """Hand Arrow's freed memory back to the system.

    Arrow's allocator keeps what the whole-table copies of a stage freed (about 250 MB
    after :func:`read_votes` at 1.8 million rows) for reuse that mostly never comes, so the
    next stage's peak would sit on top of it.
    """
    pa.default_memory_pool().release_unused()


def read_sentences(obj: Any) -> pd.DataFrame:
    """The sentence table of ingest, checked for the columns a release needs."""
    df = read_table(obj, "sentence")
    missing = [c for c in _SENTENCE_COLUMNS if c not in df.columns]
    if missing:
        raise ReleaseError(
            f"the sentence table has no column(s) {', '.join(missing)}",
            hint="give the table written by `annotate ingest`",
        )
    dup = df["sentence_id"][df["sentence_id"].duplicated()]
    if len(dup):
        raise ReleaseError(
            f"the sentence table lists {len(dup)} sentence id(s) twice, e.g. {_some(dup)}",
            hint="concatenate ingest outputs without overlap",
        )
    return df


def _check_annotators(df: pd.DataFrame) -> None:
    # ``unique`` first: a string per row of millions is hundreds of MB.
    names = pd.Series(df["annotator"].dropna().unique()).astype(str)
    bad = names[~names.str.fullmatch(PSEUDONYM.pattern)]
    if df["annotator"].isna().any() or len(bad):
        # Masked: the point is to keep these values out of logs as well as releases.
        shown = ", ".join(_mask(b) for b in bad[:_MAX_LISTED]) or "empty annotator"
        raise ReleaseError(
            f"{len(bad) or 'some'} annotator value(s) are not pseudonyms ({shown}); a release "
            "never publishes names or e-mail addresses",
            hint="release the table written by `annotate pull`, which pseudonymises annotators",
        )


def _check_versions(df: pd.DataFrame, schema: Schema) -> None:
    versions = df["schema_version"].dropna()
    other = versions[(versions != schema.version).to_numpy()].astype(str)
    if len(other):
        found = ", ".join(sorted(set(other)))
        raise ReleaseError(
            f"{len(other)} annotation row(s) were pulled with schema version {found}, "
            f"not {schema.name} {schema.version}",
            hint="pull again with the current schema (`annotate pull --full`), or release "
            "with the schema those annotations were made with",
        )


def _check_fields(df: pd.DataFrame, schema: Schema) -> None:
    names = [f.name for f in schema.fields]
    if df["field"].isna().any():
        ids = df.loc[df["field"].isna(), "annotation_id"]
        raise ReleaseError(
            f"{len(ids)} row(s) of submitted annotations have no field, e.g. annotation "
            f"{_some(ids)}",
            hint="only cancelled annotations may have an empty field; pull again",
        )
    # ``unique`` first: iterating 1.8 million Arrow-backed strings in Python takes seconds.
    unknown = sorted(set(df["field"].unique()) - set(names))
    if unknown:
        raise ReleaseError(
            f"fields {', '.join(unknown)} are not in schema {schema.name} {schema.version}",
            hint=f"valid fields: {', '.join(names)}",
        )
    dup = df.duplicated(["annotation_id", "field"])
    if dup.any():
        raise ReleaseError(
            f"{int(dup.sum())} (annotation, field) pair(s) appear twice, e.g. annotation "
            f"{_some(df.loc[dup, 'annotation_id'])}",
            hint="the table was concatenated with itself; pull again",
        )
    per = df.groupby("annotation_id")["field"].nunique()
    short = per[per < len(names)]
    if len(short):
        raise ReleaseError(
            f"{len(short)} annotation(s) lack rows for some schema fields, e.g. annotation "
            f"{_some(short.index)}; pull writes one row per field, so the table was cut",
            hint="pull again (`annotate pull --full`) instead of editing the table",
        )


def _check_labels(df: pd.DataFrame, schema: Schema, table: pd.DataFrame | pa.Table | None) -> None:
    problems = []
    for f in schema.fields:
        rows = df[df["field"] == f.name]
        if f.kind == "choice":
            seen = set(rows["value"].dropna().unique())
        elif f.kind == "multi_choice":
            seen = {v for vs in rows["values"].dropna() for v in vs}
        elif table is None:
            seen = set()
        elif isinstance(table, pd.DataFrame):
            cells = table["spans"].iloc[rows.index.to_numpy()].dropna()
            seen = {s["label"] for ss in cells for s in ss}
        else:  # in Arrow: no Python object per span
            cells = table.column("spans").take(pa.array(rows.index.to_numpy(), pa.int64()))
            # These pc functions are generated at import time; pyarrow's stubs miss them.
            flat = pc.list_flatten(cells)  # type: ignore[attr-defined]
            seen = (
                set(
                    pc.unique(  # type: ignore[attr-defined]
                        pc.struct_field(flat, "label")  # type: ignore[attr-defined]
                    ).to_pylist()
                )
                if len(flat)
                else set()
            )
        bad = sorted(seen - set(f.values))
        if bad:
            problems.append(f"{f.name}: {', '.join(bad)} (valid: {', '.join(f.values)})")
    if problems:
        raise ReleaseError(
            "labels not in schema " + f"{schema.name} {schema.version}: " + "; ".join(problems),
            hint="pull again with the schema the project uses",
        )


def _mask(value: str) -> str:
    return value[:2] + "***"


def _some(values: Any) -> str:
    listed = [str(v) for v in list(values)[:_MAX_LISTED]]
    return ", ".join(listed)
