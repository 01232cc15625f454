"""Latent topics: a sentence as a point in the few directions its corpus's words vary along.

Why: the word and character blocks see a sentence's own words only, so a test sentence
whose words were rare in training gets little from them, however often their neighbours were
seen. Latent semantic analysis (a truncated SVD of the word TF-IDF matrix, Deerwester et al.
1990) places words that occur in the same kinds of sentences close together, and a sentence
at the mean of its words: "critics", "opponents" and "detractors" read alike once each has
been seen beside "argue" and "controversial". On CoNLL-2010 Wikipedia, whose weasel
sentences cluster in contested topics, 100 such columns beside the chosen blocks raised the
pooled out-of-fold F1 of ``uncertain`` on four fold seeds out of four (benchmarks/RESULTS.md,
issue 15); on CheckThat they lowered it, so selection tries the block and keeps it only where
it helps.

It reads no labels, so it is fitted once on the pooled rows like the other label-free blocks
(:mod:`annotate.model._selection`). What it keeps is a packed vocabulary, the IDF weights and
a ``components x words`` array in float32 (100 x 10,000 at most: 4 MB before compression), not
the SVD estimator. The class is saved under :mod:`annotate.model.features`, where it is
imported, so a model file names public classes only.

Examples
--------
"doctor" and "physician" never meet, but both are seen beside "hospital":

>>> texts = ["doctor hospital ward", "physician hospital ward",
...          "goal match referee", "striker match referee"] * 3
>>> block = LatentTopics(n_components=2, min_df=1)
>>> block.fit_transform(texts).shape
(12, 2)
>>> Z = block.transform(["doctor", "physician", "striker"]).toarray()
>>> bool(Z[0] @ Z[1] > 0.9), bool(abs(Z[0] @ Z[2]) < 0.1)
(True, True)
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

from annotate.model._vocabulary import CompactTfidfVectorizer

__all__ = ["MIN_LATENT_DOCS", "LatentTopics"]

# Below this many sentences selection does not try the block: a hundred directions are then
# a large share of the sentences themselves, and the SVD learns the sample, not the language.
MIN_LATENT_DOCS = 1_000


class LatentTopics(BaseEstimator, TransformerMixin):
    """Word TF-IDF projected on its first ``n_components`` singular directions, rows L2-normed.

    Parameters
    ----------
    n_components : int
        Directions kept (fewer when the texts have fewer distinct words or sentences).
    max_words : int
        The most frequent words (by sentences) the directions are made of; the rest are
        ignored, which bounds the model file.
    min_df : int
        Minimum number of sentences a word is in.
    seed : int
        The randomised SVD's seed.
    """

    __module__ = "annotate.model.features"

    def __init__(
        self, n_components: int = 100, max_words: int = 10_000, min_df: int = 2, seed: int = 0
    ) -> None:
        self.n_components = n_components
        self.max_words = max_words
        self.min_df = min_df
        self.seed = seed

    def fit(self, X: Any, y: Any = None) -> LatentTopics:
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X: Any, y: Any = None, **_: Any) -> sp.csr_matrix:
        texts = [str(t) for t in X]
        self.vectorizer_ = CompactTfidfVectorizer(
            token_pattern=r"(?u)\b\w+\b",
            sublinear_tf=True,
            min_df=1 if len(texts) < 200 else self.min_df,
            max_features=self.max_words,
            dtype=np.float32,
        )
        W = self.vectorizer_.fit_transform(texts)
        if min(W.shape) < 2:
            # One sentence or one word: nothing varies; one constant direction.
            self.components_ = np.ones((1, W.shape[1]), dtype=np.float32) / np.sqrt(W.shape[1])
        else:
            # The randomised SVD needs fewer directions than either side of the matrix.
            k = min(self.n_components, min(W.shape) - 1)
            svd = TruncatedSVD(k, algorithm="randomized", n_iter=7, random_state=self.seed)
            svd.fit(W)
            self.components_ = svd.components_.astype(np.float32)
        return self._project(W)

    def transform(self, X: Any) -> sp.csr_matrix:
        return self._project(self.vectorizer_.transform([str(t) for t in X]))

    def _project(self, W: sp.csr_matrix) -> sp.csr_matrix:
        # Unit length, as the TF-IDF blocks' rows: a long sentence weighs no more than a short.
        Z = np.asarray(W @ self.components_.T, dtype=np.float32)
        return sp.csr_matrix(normalize(Z))
