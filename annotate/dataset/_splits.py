"""Deterministic train/validation/test splits, grouped by article and stable across versions.

A sentence's split comes from a hash of its ``article_id`` mapped to ``[0, 1)`` and cut at
the cumulative ratios, so it depends on nothing else in the data: adding articles never
moves an existing sentence. When so few articles are left that a split with a non-zero
ratio would be empty, the unit becomes the sentence (a hash of ``sentence_id``), and the
release says so. Near-duplicates (the same wire story in two outlets) are then gathered
into one split: every copy goes to the first of train, validation, test that holds one,
so that the evaluation splits never contain a sentence the model trained on.

A public corpus comes with official splits that published results are measured on; those
are kept as given (:func:`official`), and near-duplicates across them are reported, never
moved.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from annotate.errors import ReleaseError

__all__ = ["SPLITS", "Assignment", "assign", "check_split_column", "normalise", "official"]

SPLITS = ("train", "validation", "test")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass
class Assignment:
    """Splits of a set of sentences.

    Attributes
    ----------
    split : pandas.Series
        Sentence id -> split name.
    unit : {"article", "sentence", "official"}
        What the hash was taken of, or ``official`` for splits given by a column.
    duplicates : pandas.DataFrame
        ``group``, ``sentence_id``, ``hashed_split``, ``split`` of every sentence whose
        normalised text occurs more than once across two or more splits (with official
        splits ``hashed_split`` is the official one, and ``split`` the same: not moved).
    column : str or None
        The sentence-table column official splits came from.
    """

    split: pd.Series
    unit: str
    duplicates: pd.DataFrame
    column: str | None = None

    @property
    def method(self) -> str:
        """How sentences were split, in words (the manifest's ``split_method``)."""
        if self.unit == "official":
            return f"official (column {self.column})"
        return f"hash of {self.unit}_id"


def normalise(text: str) -> str:
    """Casefold, and collapse runs of whitespace and punctuation into one space."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _unit_interval(keys: pd.Series) -> np.ndarray:
    # sha256 rather than hash(): Python's string hash is salted per process.
    return np.array(
        [int.from_bytes(hashlib.sha256(k.encode()).digest()[:8], "big") / 2**64 for k in keys]
    )


def _cut(keys: pd.Series, ratios: tuple[float, ...]) -> np.ndarray:
    edges = np.cumsum(ratios)[:-1]
    return np.asarray(SPLITS)[np.searchsorted(edges, _unit_interval(keys), side="right")]


def check_ratios(ratios: tuple[float, ...]) -> tuple[float, float, float]:
    """The ratios as three floats summing to 1, or a clear error."""
    if len(ratios) != 3 or any(r < 0 for r in ratios) or abs(sum(ratios) - 1) > 1e-9:
        raise ReleaseError(
            f"splits must be three non-negative ratios summing to 1, not {ratios!r}",
            hint="for example splits=(0.8, 0.1, 0.1) for train, validation, test",
        )
    return (float(ratios[0]), float(ratios[1]), float(ratios[2]))


def assign(sentences: pd.DataFrame, ratios: tuple[float, float, float]) -> Assignment:
    """Split ``sentences`` (``sentence_id``, ``article_id``, ``text``) by ``ratios``."""
    wanted = {name for name, r in zip(SPLITS, ratios, strict=True) if r > 0}
    articles = pd.Series(sentences["article_id"].astype(str).unique())
    by_article = pd.Series(_cut(articles, ratios), index=articles)
    unit = "article"
    split = sentences["article_id"].astype(str).map(by_article).to_numpy()
    if not wanted <= set(split):
        unit = "sentence"
        split = _cut(sentences["sentence_id"].astype(str), ratios)
    split = pd.Series(split, index=sentences["sentence_id"].to_numpy(), name="split")
    return _gather_duplicates(sentences, split, unit)


def official(sentences: pd.DataFrame, column: str) -> Assignment:
    """Keep the splits of ``sentences[column]`` (values checked by ``read_sentences``).

    Near-duplicates across official splits are reported in ``duplicates`` but stay where
    the corpus put them: moving one would change the benchmark that results are quoted on.
    """
    split = pd.Series(
        sentences[column].astype(str).to_numpy(),
        index=sentences["sentence_id"].to_numpy(),
        name="split",
    )
    return _gather_duplicates(sentences, split, "official", column=column)


def _gather_duplicates(
    sentences: pd.DataFrame, split: pd.Series, unit: str, column: str | None = None
) -> Assignment:
    move = unit != "official"
    if "text" not in sentences or sentences["text"].isna().all():
        empty = pd.DataFrame(columns=["group", "sentence_id", "hashed_split", "split"])
        return Assignment(split=split, unit=unit, duplicates=empty, column=column)
    norm = sentences["text"].fillna("").map(normalise).to_numpy()
    frame = pd.DataFrame({"sentence_id": split.index, "norm": norm, "hashed": split.to_numpy()})
    frame = frame[frame["norm"] != ""]
    order = {name: i for i, name in enumerate(SPLITS)}
    frame["rank"] = frame["hashed"].map(order)
    spread = frame.groupby("norm")["rank"].transform("nunique")
    dups = frame[spread > 1].copy()
    if move:
        first = dups.groupby("norm")["rank"].transform("min")
        dups["split"] = np.asarray(SPLITS)[first.to_numpy()] if len(dups) else []
    else:
        dups["split"] = dups["hashed"]
    # Groups are numbered by their first sentence id so the report is deterministic.
    dups = dups.sort_values(["norm", "sentence_id"])
    keys = dups.groupby("norm")["sentence_id"].transform("min")
    dups["group"] = keys.rank(method="dense").astype(int) if len(dups) else []
    if move:
        split = split.copy()
        split.loc[dups["sentence_id"].to_numpy()] = dups["split"].to_numpy()
    report = dups.rename(columns={"hashed": "hashed_split"})[
        ["group", "sentence_id", "hashed_split", "split"]
    ].sort_values(["group", "sentence_id"])
    return Assignment(
        split=split, unit=unit, duplicates=report.reset_index(drop=True), column=column
    )


def check_split_column(df: pd.DataFrame, column: str) -> None:
    """Check that ``column`` of a sentence table holds a corpus's official splits.

    Raises
    ------
    ReleaseError
        When the column is missing or holds values other than train, validation and test.
    """
    if column not in df.columns:
        raise ReleaseError(
            f"the sentence table has no split column {column!r}; it has "
            f"{', '.join(map(str, df.columns))}",
            hint="pass the column that holds each sentence's official split, or no "
            "split_column to split by a hash of article_id",
        )
    values = df[column]
    bad = values[~values.isin(SPLITS)]
    if len(bad):
        shown = ", ".join(
            f"{v} ({n} row(s))"
            for v, n in bad.map(lambda v: "missing" if v is None or v != v else repr(v))
            .value_counts()
            .items()
        )
        raise ReleaseError(
            f"split column {column!r} holds {len(bad)} value(s) other than "
            f"{', '.join(SPLITS)}: {shown}; e.g. sentence "
            f"{', '.join(map(str, df.loc[bad.index, 'sentence_id'][:5]))}",
            hint="map the corpus's split names onto train, validation and test (for "
            "example dev -> validation, eval -> test) before releasing",
        )
