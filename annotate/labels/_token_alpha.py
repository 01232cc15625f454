"""Token-level agreement on span fields (issue 16): Krippendorff's alpha, a token a unit.

Each token of a sentence annotated by two or more annotators is a unit; each annotator
gives it the label of their span of the field that shares a character with it (the
first by start, then end, when several do, as :func:`annotate.labels._spans.segments`
does for characters), or ``"none"``. Alpha is nominal, over all units of all sentences,
as PolNeAR reports it (0.754 there). Beside the character-level alpha the field
statistics already give, a token unit weighs a long name and a short verb alike, and
a boundary inside a word ("officials" against "official") costs nothing.

Tokens are words and single punctuation marks: the matches of ``\\w+|[^\\w\\s]`` (Python's
Unicode ``\\w`` and ``\\s``), so "said," is two tokens and a cue span "said" covers one.
The toolkit had no tokenizer of its own to reuse (its cleaning splits on whitespace,
which would glue the comma to the cue). :func:`word_tokens` finds them for many
sentences at once with numpy, character classes looked up rather than matched one
sentence at a time; a test checks it against the regular expression.

Alpha is the package's nominal alpha (``krippendorff``) computed on the units' value
counts collapsed to their distinct rows with weights (see
:func:`annotate.labels._alpha.nominal_alpha`, tested equal to the package): a table of
20,000 sentences has about half a million tokens, nearly all of them ``"none"`` for
everyone, and the package would hold a row for each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from annotate.errors import LabelError
from annotate.labels._alpha import nominal_alpha
from annotate.labels._spans import NONE

__all__ = ["SentenceTokens", "token_alpha", "token_units", "word_tokens"]

_NAN = float("nan")
_SPACE, _WORD, _OTHER = 0, 1, 2
# Texts tokenized at a time: the joined text as 32-bit code points is 4 bytes a character.
_BATCH = 20_000


def _kind(ch: str) -> int:
    # What ``re`` calls \w (str.isalnum() or "_") and \s (str.isspace()).
    if ch.isalnum() or ch == "_":
        return _WORD
    return _SPACE if ch.isspace() else _OTHER


_ASCII_KIND = np.array([_kind(chr(c)) for c in range(128)], dtype=np.int8)

#: Tokens of several texts: text index, start, end (``int64`` arrays sorted by text, start).
Tokens = tuple[np.ndarray, np.ndarray, np.ndarray]


def word_tokens(texts: Sequence[str]) -> Tokens:
    """The tokens of every text, as ``re.finditer(r"\\w+|[^\\w\\s]", text)`` gives them.

    Parameters
    ----------
    texts : sequence of str

    Returns
    -------
    (text, start, end) : tuple of numpy.ndarray
        One entry per token, in text order then offset order; offsets into its text.

    Examples
    --------
    >>> text, start, end = word_tokens(["He said, no.", "Yes"])
    >>> text.tolist(), start.tolist(), end.tolist()
    ([0, 0, 0, 0, 0, 1], [0, 3, 7, 9, 11, 0], [2, 7, 8, 11, 12, 3])
    """
    parts = [_tokens_of(texts[i : i + _BATCH], i) for i in range(0, len(texts), _BATCH)]
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return (
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        np.concatenate([p[2] for p in parts]),
    )


def _tokens_of(texts: Sequence[str], first: int) -> Tokens:
    # One string for the batch, texts apart by a newline: whitespace, so no token
    # crosses from one text into the next.
    joined = "\n".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kind = np.empty(len(codes), dtype=np.int8)
    ascii_ = codes < 128
    kind[ascii_] = _ASCII_KIND[codes[ascii_]]
    if not ascii_.all():
        # Few distinct characters beyond ASCII: classify each once.
        wide, at = np.unique(codes[~ascii_], return_inverse=True)
        kind[~ascii_] = np.array([_kind(chr(c)) for c in wide], dtype=np.int8)[at]
    word = kind == _WORD
    before = np.concatenate([[False], word[:-1]])
    after = np.concatenate([word[1:], [False]])
    other = np.flatnonzero(kind == _OTHER)
    starts = np.concatenate([np.flatnonzero(word & ~before), other])
    ends = np.concatenate([np.flatnonzero(word & ~after) + 1, other + 1])
    order = np.argsort(starts, kind="stable")
    starts, ends = starts[order], ends[order]
    offsets = np.cumsum([0, *(len(t) + 1 for t in texts)])[:-1]
    text = np.searchsorted(offsets, starts, side="right") - 1
    return (
        (text + first).astype(np.int64),
        (starts - offsets[text]).astype(np.int64),
        (ends - offsets[text]).astype(np.int64),
    )


class SentenceTokens:
    """The tokens of a table's sentences, found once and shared by its span fields.

    Parameters
    ----------
    texts : mapping of str to str
        Sentence id -> text.
    """

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.ids = {str(sid): k for k, sid in enumerate(texts)}
        text, start, end = word_tokens([t if isinstance(t, str) else "" for t in texts.values()])
        self._first = np.searchsorted(text, np.arange(len(self.ids) + 1))
        # Kept for every span field of a release: 32 bits halve the 5 million tokens of
        # 200,000 sentences (80 MB in 64 bits).
        self._start, self._end = start.astype(np.int32), end.astype(np.int32)

    def take(self, ids: Sequence[str]) -> Tokens:
        """The tokens of the sentences ``ids`` (all known), numbered as in ``ids``."""
        k = np.fromiter((self.ids[str(i)] for i in ids), dtype=np.int64, count=len(ids))
        lo, n = self._first[k], self._first[k + 1] - self._first[k]
        at = _ranges(lo, n)
        return np.repeat(np.arange(len(ids)), n), self._start[at], self._end[at]


def _ranges(lo: np.ndarray, n: np.ndarray) -> np.ndarray:
    """``concatenate([arange(l, l + k) for l, k in zip(lo, n)])``, without the loop."""
    total = int(n.sum())
    return np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(total)


def _bounds(span: Any) -> tuple[int, int, str]:
    if isinstance(span, Mapping):
        return int(span["start"]), int(span["end"]), str(span["label"])
    return int(span.start), int(span.end), str(span.label)


def token_units(
    tokens: Tokens,
    annotations: Sequence[Sequence[Sequence[Any]]],
    labels: Sequence[str],
) -> tuple[np.ndarray, np.ndarray]:
    """Value counts of the token units of sentences annotated by two or more annotators.

    Parameters
    ----------
    tokens : (text, start, end)
        The sentences' tokens, text ``k`` being ``annotations[k]``'s sentence.
    annotations : sequence
        Per sentence, one list of spans per annotator (:class:`Span` or dicts with
        ``start``, ``end``, ``label``).
    labels : sequence of str
        The field's labels.

    Returns
    -------
    counts, weights : numpy.ndarray
        Distinct rows of units x ``["none", *labels]`` counts, and how many units each
        stands for.

    Raises
    ------
    LabelError
        A span whose label is not in ``labels``.
    """
    width = len(labels) + 1
    code = {label: c for c, label in enumerate(labels, start=1)}
    raters = np.fromiter((len(a) for a in annotations), dtype=np.int64, count=len(annotations))
    # Per span: sentence, annotator slot, bounds, label code. A loop over spans, not
    # tokens: most sentences have none.
    flat: list[tuple[int, int, int, int, int]] = []
    for k, lists in enumerate(annotations):
        if len(lists) < 2:
            continue
        for who, marked in enumerate(lists):
            for span in marked or ():
                a, b, label = _bounds(span)
                if label not in code:
                    raise LabelError(
                        f"sentence {k}: span [{a}, {b}) has label {label!r}, not one of "
                        f"the field's labels ({', '.join(labels)})",
                        hint="give the labels of the field the spans belong to",
                    )
                if b > a:
                    flat.append((k, who, a, b, code[label]))
    text, start, end = (np.asarray(a, dtype=np.int64) for a in tokens)
    m = raters[text] if len(text) else np.zeros(0, dtype=np.int64)
    base = max(int(raters.max(initial=0)) + 1, 2)
    if float(base) ** width > 2**53:
        raise LabelError(
            f"{len(labels)} labels and {base - 1} annotators per sentence are too many to "
            "count tokens this way",
            hint="compute token alpha for fewer labels (one field) at a time",
        )
    # Per token, its counts as one number in base ``base``: count of "none" + sum over
    # labels of count * base ** code. One 1-d array instead of a tokens x labels table.
    key = m.astype(np.float64)
    if flat:
        s_text, s_slot, s_start, s_end, s_code = np.asarray(flat, dtype=np.int64).T
        width_chars = int(max(end.max(initial=0), s_end.max())) + 1
        # Tokens are sorted by (text, start) and do not overlap, so by (text, end) too:
        # the tokens a span shares a character with are one slice of them.
        lo = np.searchsorted(text * width_chars + end, s_text * width_chars + s_start, "right")
        hi = np.searchsorted(text * width_chars + start, s_text * width_chars + s_end, "left")
        n = np.clip(hi - lo, 0, None)
        tok = _ranges(lo, n)
        slot, first, last, c = (np.repeat(a, n) for a in (s_slot, s_start, s_end, s_code))
        # One label per (token, annotator): the span first by start, then end.
        order = np.lexsort((last, first, slot, tok))
        tok, slot, c = tok[order], slot[order], c[order]
        keep = np.ones(len(tok), dtype=bool)
        keep[1:] = (tok[1:] != tok[:-1]) | (slot[1:] != slot[:-1])
        tok, c = tok[keep], c[keep]
        key -= np.bincount(tok, minlength=len(key))
        key += np.bincount(tok, weights=float(base) ** c, minlength=len(key))
    key = key[m >= 2]
    distinct, weights = np.unique(key, return_counts=True)
    whole = distinct.astype(np.int64)
    counts = np.stack([(whole // base**c) % base for c in range(width)], axis=1)
    return counts, weights.astype(np.float64)


def token_alpha(
    texts: Sequence[str],
    annotations: Sequence[Sequence[Sequence[Any]]],
    labels: Sequence[str] | None = None,
) -> float:
    """Token-level Krippendorff's alpha (nominal) of span annotations.

    Parameters
    ----------
    texts : sequence of str
        The sentences.
    annotations : sequence
        Per sentence, one list of spans per annotator who annotated it (an empty list:
        they marked nothing); :class:`~annotate.schema._types.Span` values or dicts with
        ``start``, ``end`` and ``label``. Sentences with fewer than two annotators add
        no unit.
    labels : sequence of str, optional
        The labels a token may get besides ``"none"``; by default those the spans use.
        Spans of several fields with their own labels give one alpha over all of them.

    Returns
    -------
    float
        ``NaN`` when fewer than two values occur (nobody marked anything, or no sentence
        has two annotators).

    Examples
    --------
    >>> text = "Officials said the deal is done."
    >>> a = [{"start": 0, "end": 9, "label": "source"}]
    >>> b = [{"start": 0, "end": 9, "label": "source"}]
    >>> token_alpha([text], [[a, b]])
    1.0
    """
    if len(texts) != len(annotations):
        raise LabelError(
            f"{len(texts)} texts but {len(annotations)} sentences of annotations",
            hint="give one list of per-annotator spans per text",
        )
    if labels is None:
        labels = sorted(
            {_bounds(s)[2] for lists in annotations for spans in lists for s in spans or ()}
            - {NONE}
        )
    counts, weights = token_units(word_tokens(texts), annotations, labels)
    return nominal_alpha(counts, weights)
