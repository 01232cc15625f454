"""Naive-Bayes weighted n-grams (NB-LR, Wang and Manning 2012, "Baselines and bigrams").

Why: on short two-class texts, an n-gram column scaled by its naive-Bayes log-count ratio
``r = log((a + p / |a + p|) / (a + q / |a + q|))`` (``p``, ``q``: the sentences of each class
holding the n-gram, ``a`` a smoothing count) before the logistic regression lets a gram that
splits the classes cheaply carry a large weight under the L2 penalty, and shrinks the many
grams spread evenly over both: a prior from the counts, which the regression then corrects.
It was the classic strong linear baseline for sentence subjectivity (their SUBJ, about 93%).

The ratio reads labels, so in selection (:mod:`annotate.model._selection`) it is learned inside
every fold from that fold's training rows (:func:`nb_ratio` on the shared label-free matrices),
and in a model by :class:`NBWeighted`, which wraps one label-free block (word, character or
word-class n-grams) and scales its columns. Two classes only: for more, a ratio per class
would need one column set per class. The class is saved under :mod:`annotate.model.features`,
where it is imported, so a model file names public classes only.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

__all__ = ["NB_BLOCKS", "NBWeighted", "nb_ratio", "nb_scale"]

# The blocks whose columns are weighted: the n-gram blocks, where a column is "this gram
# occurs". The shape, rules and cue blocks are counts and flags chosen by hand or already
# chosen from the labels (the cue lexicon), and keep their own scale (RULES_SCALE).
NB_BLOCKS = ("word", "char", "classes")
# Add-one smoothing, as in the paper: a gram seen in one class only keeps a finite ratio.
ALPHA = 1.0


def nb_ratio(X: Any, y: Any, alpha: float = ALPHA) -> np.ndarray:
    """The log-count ratio of each column of ``X`` between the two classes of ``y``.

    Positive for columns more frequent (as presence, not weight) in the second class of
    ``np.unique(y)``; the sign is immaterial to a linear model, the size is the point.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> X = sp.csr_matrix([[1, 0], [1, 1], [0, 1], [0, 1]])
    >>> nb_ratio(X, ["a", "a", "b", "b"]).round(3).tolist()
    [-0.875, 0.629]
    """
    y = np.asarray(y)
    classes = np.unique(y)
    if len(classes) != 2:
        raise ValueError(f"naive-Bayes weights need two classes, got {len(classes)}")
    present = sp.csr_matrix(X, copy=True)
    present.data = (present.data > 0).astype(np.float64)
    p = alpha + np.asarray(present[y == classes[1]].sum(axis=0)).ravel()
    q = alpha + np.asarray(present[y == classes[0]].sum(axis=0)).ravel()
    return np.log(p / p.sum()) - np.log(q / q.sum())


def nb_scale(X: Any, ratio: np.ndarray) -> sp.csr_matrix:
    """``X`` with each column multiplied by its ratio (CSR, sorted indices)."""
    out = sp.csr_matrix(X, dtype=np.float64) @ sp.diags(ratio).tocsr()
    out = sp.csr_matrix(out)
    out.sum_duplicates()
    return out


class NBWeighted(BaseEstimator, TransformerMixin):
    """A label-free block whose columns are scaled by their naive-Bayes log-count ratio.

    Parameters
    ----------
    block : transformer
        The n-gram block (fitted here, or already fitted when made by :meth:`around`).
    """

    # Saved (and trusted) under the public module that imports it.
    __module__ = "annotate.model.features"

    def __init__(self, block: Any) -> None:
        self.block = block

    @classmethod
    def around(cls, block: Any, X: Any, y: Any) -> tuple[NBWeighted, sp.csr_matrix]:
        """Wrap an already fitted ``block`` whose training matrix is ``X``; return the weighted
        ``X`` too (selection's pooled blocks are not fitted a second time)."""
        self = cls(block)
        self.ratio_ = nb_ratio(X, y).astype(np.float32)
        return self, nb_scale(X, self.ratio_)

    def fit(self, X: Any, y: Any) -> NBWeighted:
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X: Any, y: Any = None, **_: Any) -> sp.csr_matrix:
        M = self.block.fit_transform(X, y)
        self.ratio_ = nb_ratio(M, y).astype(np.float32)
        return nb_scale(M, self.ratio_)

    def transform(self, X: Any) -> sp.csr_matrix:
        return nb_scale(self.block.transform(X), self.ratio_)
