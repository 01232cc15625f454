"""Vectorizers whose vocabulary is saved as one string and one array, not one node per term.

Why: skops writes a ``dict`` as one JSON node per key and value (a NumPy integer value as a
file of its own), so the 205,820-term vocabularies of the CoNLL Wikipedia model made a 189 MB
``schema.json`` and 66,707 files in the model's zip: 91-242 s to save, 14 s to load, 10 s
just to list its types. The fitted vectorizers here keep ``vocabulary_`` as a ``dict`` while
in memory (scikit-learn reads it) and hand skops (and pickle) the terms in column order,
joined into one string, with the end of each term in an ``int32`` array; loading splits them
back. Nothing else changes: a loaded model transforms text exactly as the fitted one.

The classes are saved under :mod:`annotate.model.features`, where they are imported, so a
model file names public classes only (see ``annotate.model._model_file._TRUSTED_TYPES``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer

__all__ = ["CompactDictVectorizer", "CompactTfidfVectorizer", "pack", "unpack"]

# Values CompactDictVectorizer.transform writes as they are, matched by exact class: a NumPy
# number or any other type goes to scikit-learn's path, so bool is listed on its own.
_PLAIN_NUMBERS = (int, float, bool)
# Keys of the saved state; a state without them (nothing fitted) is saved as it is.
_TERMS, _ENDS = "vocabulary_terms_", "vocabulary_ends_"


def pack(vocabulary: dict[str, Any]) -> tuple[str, np.ndarray]:
    """The terms of a ``term -> column`` mapping in column order, joined, and where each ends.

    Raises
    ------
    ValueError
        If the columns are not exactly ``0 .. len(vocabulary) - 1`` (then the terms' order
        alone could not give them back).
    """
    if sorted(int(j) for j in vocabulary.values()) != list(range(len(vocabulary))):
        raise ValueError("vocabulary columns are not 0 .. n-1")
    terms = [""] * len(vocabulary)
    for term, j in vocabulary.items():
        terms[int(j)] = term
    ends = np.cumsum([len(t) for t in terms], dtype=np.int64)
    if len(ends) and ends[-1] >= np.iinfo(np.int32).max:
        raise ValueError("vocabulary too large to pack")
    return "".join(terms), ends.astype(np.int32)


def unpack(joined: str, ends: np.ndarray) -> dict[str, int]:
    """The mapping :func:`pack` was given (columns as Python ints)."""
    starts = np.concatenate([[0], ends[:-1]]).tolist()
    return {joined[a:b]: j for j, (a, b) in enumerate(zip(starts, ends.tolist(), strict=True))}


class _Packed:
    """``__getstate__``/``__setstate__`` that pack ``vocabulary_`` (see the module docstring)."""

    # Attributes rebuilt from vocabulary_ on load instead of being saved twice.
    _DERIVED: tuple[str, ...] = ()

    def __getstate__(self) -> dict[str, Any]:
        # The estimator's own state (BaseEstimator's: __dict__ and the sklearn version).
        state: dict[str, Any] = dict(cast(dict, super().__getstate__()))
        vocabulary = state.pop("vocabulary_", None)
        if vocabulary is None:
            return state
        for name in self._DERIVED:
            state.pop(name, None)
        state[_TERMS], state[_ENDS] = pack(vocabulary)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        if _TERMS in state:
            vocabulary = unpack(state.pop(_TERMS), np.asarray(state.pop(_ENDS)))
            state["vocabulary_"] = vocabulary
            state.update(self._derived(vocabulary))
        super().__setstate__(state)  # type: ignore[misc]

    def _derived(self, vocabulary: dict[str, int]) -> dict[str, Any]:
        return {}


class CompactTfidfVectorizer(_Packed, TfidfVectorizer):
    """:class:`~sklearn.feature_extraction.text.TfidfVectorizer` with a packed vocabulary."""

    __module__ = "annotate.model.features"


class CompactDictVectorizer(_Packed, DictVectorizer):
    """:class:`~sklearn.feature_extraction.DictVectorizer` with a packed vocabulary.

    ``feature_names_`` is the vocabulary's terms in column order: rebuilt on load, not saved.
    """

    __module__ = "annotate.model.features"
    _DERIVED = ("feature_names_",)

    def _derived(self, vocabulary: dict[str, int]) -> dict[str, Any]:
        return {"feature_names_": list(vocabulary)}

    def transform(self, X: Any) -> Any:
        """As :meth:`DictVectorizer.transform`, faster on rows whose values are all plain
        numbers (what the span tagger writes), the same matrix.

        Why: the token tagger turns one dict of about 30 features per token into a row, and
        scikit-learn's loop checks each value's type against four abstract classes and casts it
        to the dtype one at a time: on CoNLL-2010's biological eval (166,655 tokens) that was
        most of ``evaluate``'s time. Rows with any other value (a string to one-hot, a list)
        take scikit-learn's path.
        """
        rows = [X] if isinstance(X, Mapping) else list(X)
        if not self.sparse or not rows:
            return super().transform(rows)
        vocabulary = self.vocabulary_
        indices: list[int] = []
        values: list[float] = []
        indptr = [0]
        for row in rows:
            for name, value in row.items():
                if value.__class__ not in _PLAIN_NUMBERS:
                    return super().transform(rows)
                j = vocabulary.get(name)
                if j is not None:
                    indices.append(j)
                    values.append(value)
            indptr.append(len(indices))
        out = sp.csr_matrix(
            (
                np.asarray(values, dtype=self.dtype),
                np.asarray(indices, dtype=np.intc),
                np.asarray(indptr, dtype=np.intc),
            ),
            shape=(len(rows), len(vocabulary)),
        )
        out.sort_indices()
        return out
