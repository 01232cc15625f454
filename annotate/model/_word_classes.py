"""Word-class n-grams: the shape of a phrase with its content words abstracted.

Why: weasel sentences on Wikipedia are marked by a shape more than by a word: an unnamed
plural subject before a speech verb ("some historians argue", "many critics say"), a
superlative without a source ("the largest ..."), a quantifier and a noun opening a clause.
Word n-grams see each filling of such a shape as a separate, rare feature ("some historians
argue" and "many scholars claim" share no bigram); character n-grams see spelling. Here each
sentence is rewritten as a sequence in which the corpus's most frequent words (function words,
quantifiers, common verbs: learned from the training texts, no hand list) stay themselves and
every other word becomes its class: capitalised (at the start or inside), a number, a
punctuation mark, or a lowercase word by its ending (``-est``, ``-ly``, ``-ing``, ``-ed``,
``-s``, other), with the sentence's start and end marked; TF-IDF over 1-3 grams of that
sequence lets the classifier weigh "``^ some #s``" or "``#s say that``" from the labels.

It reads no labels, so it is fitted once on the pooled rows like the other label-free blocks
(:mod:`annotate.model._selection`). The class is saved under :mod:`annotate.model.features`,
where it is imported, so a model file names public classes only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from annotate.model._vocabulary import CompactTfidfVectorizer

__all__ = ["WordClassGrams", "word_classes"]

_TOKEN = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
# A lowercase word outside the kept words is known by its ending; the first that matches wins.
_ENDINGS = (("est", "#est"), ("ly", "#ly"), ("ing", "#ing"), ("ed", "#ed"), ("s", "#s"))


def word_classes(text: str, words: frozenset[str]) -> list[str]:
    """``text`` as a sequence of kept words (lowercased) and word classes, between ``^`` and ``$``.

    Examples
    --------
    >>> kept = frozenset({"some", "that", "it", "is", "the"})
    >>> word_classes("Some historians argue that it is the oldest, in 1850.", kept)
    ['^', 'some', '#s', '#w', 'that', 'it', 'is', 'the', '#est', '#p', '#w', '#num', '#p', '$']
    """
    out = ["^"]
    for i, token in enumerate(_TOKEN.findall(text)):
        lower = token.lower()
        if lower in words:
            out.append(lower)
        elif token[0].isdigit():
            out.append("#num")
        elif not token[0].isalpha():
            out.append("#p")
        elif token[0].isupper():
            # A capital opening the sentence says little; inside it, usually a name.
            out.append("#Cap" if i else "#cap0")
        else:
            out.append(next((c for end, c in _ENDINGS if lower.endswith(end)), "#w"))
    out.append("$")
    return out


class WordClassGrams(BaseEstimator, TransformerMixin):
    """TF-IDF of 1-3 grams over :func:`word_classes` sequences.

    Parameters
    ----------
    n_words : int
        How many of the training texts' most frequent words (by the number of sentences they
        occur in) stay themselves; every other word becomes its class.
    min_df : int
        Minimum document frequency of a class n-gram.
    """

    __module__ = "annotate.model.features"

    def __init__(self, n_words: int = 300, min_df: int = 2) -> None:
        self.n_words = n_words
        self.min_df = min_df

    def fit(self, X: Any, y: Any = None) -> WordClassGrams:
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X: Any, y: Any = None, **_: Any) -> sp.csr_matrix:
        texts = [str(t) for t in X]
        counts: Counter[str] = Counter()
        for t in texts:
            counts.update({w.lower() for w in _TOKEN.findall(t)})
        # Sorted by count then word, so ties do not depend on the order of the rows.
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.words_ = " ".join(w for w, _ in ranked[: self.n_words])
        self.vectorizer_ = CompactTfidfVectorizer(
            token_pattern=r"\S+",
            lowercase=False,
            ngram_range=(1, 3),
            # Tiny data keeps every gram, as the other blocks do below 200 sentences.
            min_df=1 if len(texts) < 200 else self.min_df,
            sublinear_tf=True,
            dtype=np.float32,
        )
        return self.vectorizer_.fit_transform(self._sequences(texts))

    def transform(self, X: Any) -> sp.csr_matrix:
        return self.vectorizer_.transform(self._sequences(str(t) for t in X))

    def _sequences(self, texts: Iterable[str]) -> list[str]:
        words = frozenset(self.words_.split())
        return [" ".join(word_classes(t, words)) for t in texts]
