"""Span-guided features: a token tagger learned from a spans field, read by sentence classifiers.

Why: a choice such as "is the source named?" is decided by a handful of words (the source
span), which a bag of words over the whole sentence dilutes. When annotators mark spans, a
token-level logistic regression learns them from the word, its shape and a window of three words
either side (for hedge cue words also a crude lemma, the word's shape, the next bigram, the
rules lexicon's vote: a hedge cue of :mod:`annotate.model._rules` covers the token, and the
part of speech and phrase chunk of the word and of its neighbours); the
sentence classifier then
gets what the tagger finds: per span label the highest token probability and whether any token
passes 0.5, the words it tags, whether a tagged word is capitalised without starting the
sentence (a named source), and how many tokens it tags.

Training sentences get out-of-fold predictions (``folds`` folds over sentences), so the sentence
classifier learns from the tagger's behaviour on text it has not seen, not from its memory of
its own training data (stacking). New text is tagged by a tagger fitted on all training spans.
A training sentence whose spans are ``None`` (never annotated: CoNLL-2010's sentence files
pooled with the Szeged corpus's cue spans) is left out of the tagger's training and tagged like
new text. The 2010 winners on biological uncertainty worked the same way: they tagged cue
tokens and called a sentence uncertain when a cue was found, which tells "may be" from
"May 2009" and "these results suggest" from "as suggested by", where a bag of words cannot.

The spans of the training sentences are not an input of ``fit`` (a scikit-learn pipeline hands
its blocks the texts only): :meth:`SpanFeatures.set_training_spans` passes them just before the
fit, which consumes them, so a saved model holds no training text.
"""

from __future__ import annotations

import functools
import gc
import re
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from annotate.model._rules import Lexicon, hedge_offsets
from annotate.model._vocabulary import CompactDictVectorizer

_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
_OUTSIDE = "O"
# Below this many training sentences with a span, a tagger learns noise; the block stays empty.
MIN_SPAN_SENTENCES = 20


def spans_in(values: Sequence[Any]) -> int:
    """How many of ``values`` (one spans list per sentence) hold at least one span."""
    return sum(1 for v in values if v is not None and len(v) > 0)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _stem(low: str) -> str:
    """A crude lemma: "suggests", "suggested", "suggesting" -> "suggest", so that a cue seen in
    one form counts for the others (no tagger or lemmatiser dependency for this)."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            return low[: -len(suffix)]
    return low


def _shape(word: str) -> str:
    """The word's shape with runs squeezed: "May" -> "Xx", "2009" -> "d", "IL-2" -> "X-d"."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _syntax(words: list[str]) -> list[tuple[str, str]]:
    """Each word's Penn part-of-speech tag and phrase chunk (``B-NP``, ``I-VP``, ``O`` ...).

    Why TextBlob's Pattern tagger: it ships its lexicon and rules inside the package, so it tags
    offline with no model download (spaCy's and NLTK's taggers fetch theirs from GitHub), and it
    takes our tokens as they are, so tags line up with the tagger's tokens one to one. It is
    imported on first use (:func:`_pattern_parser`): only a hedge cue tagger needs it.
    """
    if not words:
        return []
    parser = _pattern_parser()
    return [(t[1], t[2]) for t in parser.find_chunks(parser.find_tags(list(words)))]


@functools.cache
def _pattern_parser() -> Any:
    from textblob.en import parser

    # The tagger reads its lexicon files on first use and leaves them for the garbage
    # collector to close (a ResourceWarning, which the test suite treats as an error): load
    # them here, once, with that warning silenced.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        parser.find_chunks(parser.find_tags(["It", "may", "."]))
        gc.collect()
    return parser


def _token_features(
    toks: list[tuple[int, int, str]],
    i: int,
    cue_words: bool = False,
    in_lexicon: bool = False,
    syntax: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    word = toks[i][2]
    low = word.lower()
    prev = toks[i - 1][2].lower() if i else "<s>"
    f: dict[str, Any] = {
        f"w={low}": 1,
        f"bigram={prev}_{low}": 1,
        "cap": float(word[:1].isupper()),
        "upper": float(word.isupper() and len(word) > 1),
        "first": float(i == 0),
        "position": i / max(len(toks), 1),
    }
    for d in (-3, -2, -1, 1, 2, 3):
        j = i + d
        inside = 0 <= j < len(toks)
        f[f"w{d:+d}={toks[j][2].lower() if inside else '<b>'}"] = 1
        if inside and toks[j][2][:1].isupper():
            f[f"cap{d:+d}"] = 1.0
        if cue_words and inside and abs(d) == 1:
            f[f"shape{d:+d}={_shape(toks[j][2])}"] = 1
            f[f"stem{d:+d}={_stem(toks[j][2].lower())}"] = 1
    if cue_words:
        nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else "</s>"
        # "may be" against "May 2009", "suggest that" against "as suggested by"; a cue seen
        # as "suggests" counts for "suggesting".
        f[f"next_bigram={low}_{nxt}"] = 1
        f[f"stem={_stem(low)}"] = 1
        f[f"shape={_shape(word)}"] = 1
    if in_lexicon:
        # The rules' vote: a hedge cue of the lexicon covers this token (the lexicon knows
        # cues the training spans may not, and its modal pattern already skips "May 2009").
        f["lexicon_cue"] = 1.0
    if syntax is not None:
        # "may" as a modal (MD) against the month; "or" in "whether or not" against a plain
        # coordination; "indicate" heading a verb phrase with "that" next. The 2010 winners' cue
        # taggers read part of speech and chunks; here it raised token F1 of cue words on the
        # 9 Szeged papers, each left out in turn, from 0.702 to 0.724 (benchmarks/RESULTS.md).
        tag, chunk = syntax[i]
        f[f"pos={tag}"] = 1
        f[f"chunk={chunk}"] = 1
        f[f"w_pos={low}_{tag}"] = 1
        for d in (-1, 1):
            j = i + d
            f[f"pos{d:+d}={syntax[j][0] if 0 <= j < len(toks) else '<b>'}"] = 1
    return f


def _token_label(start: int, end: int, spans: Any) -> str:
    for span in spans if spans is not None else ():
        if start >= int(span["start"]) and end <= int(span["end"]):
            return str(span["label"])
    return _OUTSIDE


class SpanFeatures(BaseEstimator, TransformerMixin):
    """Sentence features from a token tagger of one spans field (see the module docstring).

    Parameters
    ----------
    field : str
        The spans field the tagger learns (for the model card; the texts are the input).
    folds : int
        Folds for the out-of-fold predictions on the training sentences.
    C : float
        Regularisation of the token tagger.
    seed : int
    cue_words : bool
        A tagger of cue words (a hedge cue field): the token also reads a crude lemma, its
        shape, the next bigram and the neighbours' lemma and shape. Off for other spans, whose
        taggers stay as they were (FactAppeal's sources: with these features its appeal
        field fell from 0.801 to 0.787 on test, benchmarks/RESULTS.md).
    lexicon : str or dict, optional
        A rules lexicon whose hedge cues vote per token (``lexicon_cue``); None: no vote.
    syntax : bool
        The token also reads its part of speech and chunk and its neighbours' parts of speech
        (:func:`_syntax`). A tagger saved before model format 8 has no such attribute and reads
        the features it was fitted on.
    """

    # Saved models name a class by its module: the public one, so that moving this file
    # inside the package never breaks a saved model (annotate.model.features imports it).
    __module__ = "annotate.model.features"

    def __init__(
        self,
        field: str = "",
        folds: int = 5,
        C: float = 1.0,
        seed: int = 0,
        cue_words: bool = False,
        lexicon: Lexicon | None = None,
        syntax: bool = False,
    ) -> None:
        self.field = field
        self.folds = folds
        self.C = C
        self.seed = seed
        self.cue_words = cue_words
        self.lexicon = lexicon
        self.syntax = syntax

    def set_training_spans(self, spans: Sequence[Any]) -> SpanFeatures:
        """Hand over the gold spans of the sentences the next ``fit`` receives, in that order."""
        self._training_spans = list(spans)
        return self

    def fit(self, X: Any, y: Any = None) -> SpanFeatures:
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X: Any, y: Any = None, **_: Any) -> sp.csr_matrix:
        texts = [str(t) for t in X]
        spans = getattr(self, "_training_spans", None)
        if spans is None or len(spans) != len(texts):
            raise ValueError(
                f"SpanFeatures({self.field!r}): call set_training_spans() with one spans list "
                f"per training sentence before fit "
                f"({0 if spans is None else len(spans)} for {len(texts)})"
            )
        del self._training_spans
        toks = [_tokens(t) for t in texts]
        feats, owner = self._token_rows(toks, texts)
        labels = np.array(
            [
                _token_label(s, e, spans[k])
                for k, sentence in enumerate(toks)
                for s, e, _ in sentence
            ],
            dtype=object,
        )
        # None: a sentence whose spans were never annotated (a pooled release that marks
        # none, see annotate.model._releases.pool). It teaches the tagger nothing and is
        # tagged like new text, by a tagger that never saw it.
        marked = np.flatnonzero([s is not None for s in spans])
        learn = np.isin(owner, marked)
        # Columns from the rows the tagger learns from only: a feature seen only in unannotated
        # rows would get a zero weight and still be saved with the model.
        self.vocabulary_ = CompactDictVectorizer(dtype=np.float32)
        self.vocabulary_.fit([f for f, keep in zip(feats, learn, strict=True) if keep] or [{}])
        A = self.vocabulary_.transform(feats)
        self.labels_ = sorted(set(labels[learn]) - {_OUTSIDE})
        if not self.labels_ or spans_in(spans) < MIN_SPAN_SENTENCES:
            self.tagger_ = None
            self.sentence_vocabulary_ = CompactDictVectorizer(dtype=np.float32).fit([{}])
            return sp.csr_matrix((len(texts), 0), dtype=np.float32)
        self.tagger_ = self._tagger().fit(A[learn], labels[learn])
        P = np.zeros((len(labels), len(self.labels_) + 1))
        if not learn.all():
            P[~learn] = self._aligned(self.tagger_, A[~learn])
        n_folds = min(self.folds, len(marked))
        for tr, te in KFold(n_folds, shuffle=True, random_state=self.seed).split(marked):
            rows_tr, rows_te = np.isin(owner, marked[tr]), np.isin(owner, marked[te])
            if len(set(labels[rows_tr])) < 2:
                continue
            P[rows_te] = self._aligned(self._tagger().fit(A[rows_tr], labels[rows_tr]), A[rows_te])
        rows = self._sentence_rows(toks, owner, P)
        self.sentence_vocabulary_ = CompactDictVectorizer(dtype=np.float32)
        return self.sentence_vocabulary_.fit_transform(rows).tocsr()

    def transform(self, X: Any) -> sp.csr_matrix:
        texts = [str(t) for t in X]
        if self.tagger_ is None:
            return sp.csr_matrix((len(texts), 0), dtype=np.float32)
        toks = [_tokens(t) for t in texts]
        feats, owner = self._token_rows(toks, texts)
        P = (
            self._aligned(self.tagger_, self.vocabulary_.transform(feats))
            if feats
            else np.zeros((0, len(self.labels_) + 1))
        )
        return self.sentence_vocabulary_.transform(self._sentence_rows(toks, owner, P)).tocsr()

    # --- internals ------------------------------------------------------------------------

    def _tagger(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, max_iter=3000, random_state=self.seed)

    def _aligned(self, tagger: LogisticRegression, A: Any) -> np.ndarray:
        """Probabilities in ``[O, *labels_]`` order (a fold may lack a label)."""
        out = np.zeros((A.shape[0], len(self.labels_) + 1))
        proba = tagger.predict_proba(A)
        order = [_OUTSIDE, *self.labels_]
        for j, c in enumerate(tagger.classes_):
            out[:, order.index(c)] = proba[:, j]
        return out

    def _token_rows(
        self, toks: list[list[tuple[int, int, str]]], texts: list[str]
    ) -> tuple[list[dict], np.ndarray]:
        # Taggers saved before format 5 have neither attribute: the features they were fitted on.
        lexicon = getattr(self, "lexicon", None)
        cue_words = getattr(self, "cue_words", False)
        syntax = getattr(self, "syntax", False)
        feats = []
        for sentence, text in zip(toks, texts, strict=True):
            cues = hedge_offsets(text, lexicon) if lexicon is not None else []
            tags = _syntax([w for _, _, w in sentence]) if syntax else None
            for i, (start, end, _) in enumerate(sentence):
                voted = any(s <= start and end <= e for s, e in cues)
                feats.append(_token_features(sentence, i, cue_words, voted, tags))
        owner = np.array([k for k, sentence in enumerate(toks) for _ in sentence], dtype=int)
        return feats, owner

    def _sentence_rows(self, toks: list, owner: np.ndarray, P: np.ndarray) -> list[dict]:
        rows: list[dict[str, float]] = [{} for _ in toks]
        index = [0] * len(toks)
        for r, k in enumerate(owner):
            i = index[k]
            index[k] += 1
            row = rows[k]
            for j, label in enumerate(self.labels_, start=1):
                key = f"max={label}"
                row[key] = max(row.get(key, 0.0), float(P[r, j]))
            if 1.0 - P[r, 0] > 0.5:
                word = toks[k][i][2]
                row[f"tagged={word.lower()}"] = 1.0
                row["tagged_count"] = row.get("tagged_count", 0.0) + 1.0
                if word[:1].isupper() and i > 0:
                    row["tagged_capitalised"] = 1.0
        for row in rows:
            for label in self.labels_:
                row[f"any={label}"] = float(row.get(f"max={label}", 0.0) > 0.5)
            if "tagged_count" in row:
                row["tagged_count"] = float(np.log1p(row["tagged_count"]))
        return rows
