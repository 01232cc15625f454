"""Sentence segmentation with character offsets, around pysbd and its known bugs.

pysbd 0.3.4 is the most accurate segmenter on news (see DESIGN.md) but it can silently drop
characters (on symbols such as ☝ ♬ ∯ and thin-space ellipses) and it returns a closing quote at a
paragraph end as a "sentence" of its own. Its ``char_span`` output inherits the first bug, so the
offsets are recomputed here by locating each returned piece in the input, and a line whose pieces
do not rejoin to it is split by a simple rule instead.

Text is split on line breaks first: in cleaned articles a line is a paragraph, and no sentence
spans two paragraphs.

pysbd never splits between a pair of quote marks, which in news glues quotations of several
sentences (and everything after an unpaired mark) into one; so it is given each line with its
quote marks masked (``_quotes``), they are given back to the sentence they close or open, and
``_ellipsis`` and ``_letter_words`` cut at two sentence ends pysbd does not see (``…`` before a
capital, ``a standing O. The ...``), ``_closed_asides`` one inside a closing bracket
(``(I-Vt.) Clinton eked out``), ``_boundaries`` joins pieces that cannot start a sentence,
``_embedded_quotes`` the sentences of a quotation that its sentence goes on after; ``_glued``
cuts where a lost line break ran two sentences together without punctuation. Its English
rules are in ``_pysbd_rules`` (one changed).

pysbd's run time grows with the square of its input (2.7 s for a 50,000-character line, 140 s
for 400,000), so a line longer than ``window`` characters is fed to it in windows cut at safe
points, and the last sentence(s) of each window are segmented again with the next one: a window
edge never decides a boundary, and on news text the result is the same as one whole-line run
(``tests/unit/test_segment.py`` checks this on the golden article, the corpus and FNC-1).

A line too long to hold as a ``str`` (a 50 MB line with one emoji is 200 MB) is given as its
UTF-8 bytes to :func:`segment_utf8`, which decodes only the stretch a window needs
(:class:`_Source`); it runs the same windowed code, so its spans are those of :func:`segment`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import pysbd

from annotate.corpus import _utf8
from annotate.corpus._boundaries import corrected
from annotate.corpus._brackets import bracket_cuts
from annotate.corpus._closed_asides import split_closed_asides
from annotate.corpus._ellipsis import split_ellipses
from annotate.corpus._embedded_quotes import joined_embedded
from annotate.corpus._glued import split_glued
from annotate.corpus._letter_words import split_letter_words
from annotate.corpus._pysbd_rules import news_segmenter
from annotate.corpus._quotes import mask, unmask

__all__ = ["segment", "segment_utf8", "split_sentences"]

_LINE = re.compile(r"[^\n]+")
# The fallback: a sentence ends at . ! ? or … (plus closing quotes/brackets) before whitespace and
# an upper-case letter, digit or opening quote. Cruder than pysbd, but it never loses text.
_FALLBACK_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_DASH_START = ("-", "—", "–")
# Lines longer than this go to pysbd in windows; shorter lines (most news paragraphs) in one
# piece. pysbd's abbreviation pass rescans its whole input for every abbreviation it finds, so
# its cost per character grows with the input: about 2.5 us at 500 characters, 13 us at 10,000.
# Windows of about this size, plus what is carried over their seams, keep a single-line article
# near the speed of the same text in paragraphs.
WINDOW = 1_500
# A pending stretch of this many characters that pysbd keeps as one sentence is cut at the window
# edge: no news sentence is this long, and letting it grow would make the cost quadratic again.
MAX_SENTENCE = 10_000
# Sentences starting this close to a window's end are segmented again with the next window (as
# the last one always is), so that pysbd decides every boundary with some text after it.
_SEAM = 20
# A safe window end: sentence-final punctuation (plus closing quotes/brackets) before whitespace.
_SAFE_CUT = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WHITESPACE = re.compile(r"\s")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # One per process: building it compiles pysbd's rules, which costs more than a short article.
    return news_segmenter()


def _locate(line: str, pieces: list[str]) -> list[tuple[int, int]] | None:
    """Find each piece in ``line`` in order; None when any text between or after them is lost."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = line.find(piece, cursor)
        if at < 0 or line[cursor:at].strip():
            return None
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    if line[cursor:].strip():
        return None
    return spans


def _fallback(line: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _FALLBACK_END.finditer(line):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return [_strip(line, s, e) for s, e in spans if line[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A piece pysbd returned, located: start, end, and whether it has no letter and whether it
# starts with a dash (what :func:`_merge` decides on).
_Piece = tuple[int, int, bool, bool]


# A piece is wordless when, its escaped characters left out, no two letters stand together: the
# remnant of a character a scrape escaped after mis-decoding it ("future.'â[#x20ac][#x2c6.]\"",
# PolNeAR wash-post 2015-11-16: "â€ˆ", a punctuation space) says nothing of its own either.
_WORD = re.compile(r"[^\W\d_]{2}")
_ESCAPED = re.compile(r"\[#x?[0-9a-f]{2,6}\W?\]", re.I)


def _piece(line: str, start: int, end: int, shift: int = 0) -> _Piece:
    """``(start, end)`` of ``line[start - shift : end - shift]``, with what :func:`_merge` needs."""
    text = line[start - shift : end - shift]
    wordless = not any(c.isalpha() for c in text) or (
        "[#" in text and _WORD.search(_ESCAPED.sub("", text)) is None
    )
    return start, end, wordless, text.startswith(_DASH_START)


def _merge(pieces: Iterable[_Piece]) -> Iterator[tuple[int, int]]:
    """Join pieces that cannot be sentences on their own to their neighbour.

    A piece without a letter (a lone closing quote, an ellipsis, a bracketed year or note
    number: ``at the bar. (2012).``, ``in. 1988.``, ``trailing by 10 points.” [538]``), or
    without a word but for escaped characters (``.'â[#x20ac][#x2c6.]"``), joins
    the previous sentence, or the next one at the start of a line: no sentence is made of
    figures and marks alone. A piece starting with a dash continues the
    previous one: pysbd splits datelines such as "TAMPA, Fla. - A man ..." after the abbreviation.
    A sentence is yielded once the next one starts (a later piece may still join it).
    """
    current: tuple[int, int] | None = None
    pending: int | None = None  # start of a leading piece to glue to the next sentence
    last = 0
    for start, end, wordless, dashed in pieces:
        last = end
        if current is not None and (wordless or dashed):
            current = (current[0], end)
        elif wordless:
            pending = start if pending is None else pending
        else:
            if current is not None:
                yield current
            current = (start if pending is None else pending, end)
            pending = None
    if current is not None:
        yield current
    if pending is not None:  # a line of nothing but punctuation stays one piece
        yield pending, last


def _pieces(line: str) -> list[str]:
    """pysbd's sentences for ``line``, without its offset step.

    ``Segmenter.segment`` ends in ``sentences_with_char_spans``, which compiles one regex per
    sentence (a third of pysbd's run time on FNC-1) and silently drops a sentence it cannot find
    verbatim; that is where its text loss comes from. Its processor is called directly and the
    pieces located by :func:`_locate` instead (pysbd is pinned at 0.3.4, so this is stable).
    """
    segmenter = _segmenter()
    return list(segmenter.processor(line).process())


def _sbd(text: str) -> list[tuple[int, int]] | None:
    """pysbd's sentences of ``text`` with its quote marks masked (see ``_quotes``), located."""
    masked = mask(text)
    spans = _locate(masked, _pieces(masked))
    if spans is None or (not spans and text.strip()):  # a line of nothing but quote marks
        return None
    return unmask(text, masked, spans)


# pysbd's quoted stretches: “ to ” and « to », and ‘ or ' after whitespace to the next ’ or '
# not followed by a letter (so the apostrophes of "mother’s" or "O’neal" do not close one).
_QUOTE = re.compile(r"[“”«»‘’']")
_State = tuple[int, int, int, int, int]
_CLOSED: _State = (0, 0, 0, 0, 0)


def _after(state: _State, text: str) -> _State:
    """What is left open after ``text``, read after ``state``.

    The state is: an odd number of straight double quotes, an open curly or angle double
    quote, an open single quote, parentheses and square brackets not yet closed.
    """
    double, single = state[1], state[2]
    for match in _QUOTE.finditer(text):
        mark, at = match.group(), match.start()
        if mark in "“«":
            double = 1
        elif mark in "”»":
            double = 0
        elif single:
            following = text[at + 1 : at + 2]
            if mark != "‘" and not (following.isascii() and following.isalpha()):
                single = 0
        elif mark != "’" and at > 0 and text[at - 1].isspace():
            single = 1
    return (
        (state[0] + text.count('"')) % 2,
        double,
        single,
        state[3] + text.count("(") - text.count(")"),
        state[4] + text.count("[") - text.count("]"),
    )


def _cut(line: str, base: int, pos: int, window: int, max_sentence: int) -> int:
    """The end of the next window, read from ``pos``: a safe point near ``pos + window``.

    pysbd never splits inside quotes or brackets, so a window ending inside them could give a
    boundary that the whole line would not. Preferred is therefore the last sentence end in the
    second half of the window after which ``line[base:]`` leaves no quote or bracket open; else
    the first such point after the window, up to ``max_sentence`` characters on (a long
    quotation), or the end of the line; else the last sentence end in the window, any
    whitespace, and only then ``pos + window`` itself.
    """
    limit = pos + window
    if limit >= len(line):
        return len(line)
    lo = pos + max(1, window // 2)
    ends = [m.end() for m in _SAFE_CUT.finditer(line, lo, limit)]
    # From the character before base: whether a quote there opens depends on it.
    state, at = _after(_CLOSED, line[max(0, base - 1) : lo]), lo
    best = None
    for end in ends:
        state, at = _after(state, line[at:end]), end
        if state == _CLOSED:
            best = end
    if best is not None:
        return best
    stop = pos + max_sentence
    for match in _SAFE_CUT.finditer(line, limit, min(stop, len(line))):
        state, at = _after(state, line[at : match.end()]), match.end()
        if state == _CLOSED:
            return match.end()
    if stop >= len(line):  # the end of the line closes everything
        return len(line)
    if ends:
        return ends[-1]
    spaces = [m.start() for m in _WHITESPACE.finditer(line, lo, limit)]
    return spaces[-1] if spaces else limit


class _Source:
    """A line read a stretch at a time: ``text`` is ``line[shift : shift + len(text)]``.

    Given a ``str``, the whole line is there from the start. Given the UTF-8 bytes of a very
    long line, only the stretch :func:`_windowed` is working on is decoded: the line is never
    a ``str`` whole (200 MB for a 50 MB line holding one emoji).
    """

    def __init__(self, line: str | bytes | bytearray | memoryview) -> None:
        self.shift = 0
        if isinstance(line, str):
            self.text, self.length = line, len(line)
            self.rest: Iterator[str] | None = None
        else:
            self.text, self.length = "", _utf8.length(line)
            self.rest = _utf8.pieces(line)

    def cover(self, end: int) -> None:
        """Decode until ``text`` reaches position ``end`` of the line (or the line's end)."""
        while self.rest is not None and self.shift + len(self.text) < end:
            more = next(self.rest, None)
            if more is None:
                self.rest = None
            else:
                self.text += more

    def forget(self, before: int) -> None:
        """Let go of the text before position ``before``, once that is most of what is held."""
        drop = before - self.shift
        if self.rest is not None and drop > 0 and drop * 2 >= len(self.text):
            self.text, self.shift = self.text[drop:], before

    def __getitem__(self, key: int | slice) -> str:
        """``line[key]``, decoding as far as needed; for :func:`corrected`, which reads a
        span's start and the dozen characters before the previous span's end, in order.

        A slice lets go of the text more than a few characters before it: no later read
        goes back that far.
        """
        if isinstance(key, slice):
            start, stop, _ = key.indices(self.length)
            if stop <= start:
                return ""
            self.cover(stop)
            self.forget(start - 16)
            return self.text[start - self.shift : stop - self.shift]
        self.cover(key + 1)
        return self.text[key - self.shift]


def _windowed(source: _Source, window: int, max_sentence: int) -> Iterator[_Piece]:
    """pysbd's sentences of a long line, located, fed to it ``window`` characters at a time.

    Each round segments ``line[base:end]``: ``base`` is where the first sentence not yet final
    starts, ``end`` the next safe cut. Sentences before the last one (and before any starting in
    the last ``_SEAM`` characters) are final; the rest is carried into the next round. A round
    in which pysbd loses text is split by :func:`_fallback`.

    A round reads ``line`` from ``base - 1`` to at most ``pos + max(window, max_sentence)``
    (:func:`_cut`), so ``source`` need hold no more than that, plus one character: where the
    text held ends before the line does, ``_cut`` sees no end of line within its reach.
    """
    base = pos = 0
    reach = max(window, max_sentence) + 2
    while pos < source.length:
        source.forget(base - 1)
        source.cover(pos + reach)
        line, shift = source.text, source.shift
        end = shift + _cut(line, base - shift, pos - shift, window, max_sentence)
        # With the space before it: pysbd opens a ‘quotation only after whitespace.
        start = base - 1 if base > 0 and line[base - 1 - shift].isspace() else base
        text = line[start - shift : end - shift]
        # Text pysbd loses sends this window, not the whole line, to the simple rule: one emoji
        # in a 50 MB line would otherwise give every sentence of it the cruder split.
        found = _sbd(text) or _fallback(text)
        found = [(start + s, start + e) for s, e in found]
        if not found:  # a window of nothing but whitespace
            base = pos = end
            continue
        keep = len(found)
        if end < source.length:
            keep -= 1
            while keep > 0 and found[keep][0] > end - _SEAM:
                keep -= 1
            if keep == 0 and end - base >= max_sentence:
                keep = len(found)
        yield from (_piece(line, s, e, shift) for s, e in found[:keep])
        base = found[keep][0] if keep < len(found) else end
        pos = end


def _segment_line(line: str, window: int, max_sentence: int) -> list[tuple[int, int]]:
    if len(line) > window:
        pieces: Iterable[_Piece] = _windowed(_Source(line), window, max_sentence)
    else:
        found = _sbd(line)
        spans = _fallback(line) if found is None else found
        pieces = (_piece(line, s, e) for s, e in spans)
    return list(_mended(lambda: line, _merge(pieces)))


def _mended(
    reader: Callable[[], str | _Source], spans: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """pysbd's sentences of a line through the rules that cut and join them, in their order.

    Each rule reads the line with a reader of its own (``reader()``): a long line's windowed
    reader has let go of a sentence's text by the time a later rule sees it, and each reads
    forwards. A whole line is read as itself by all.
    """
    # The asides' cuts read each piece right after the letter words' rule read its sentence:
    # one reader serves both, as it reads forwards (a reader more would hold a window more).
    letters = reader()
    spans = split_closed_asides(
        letters, split_letter_words(letters, split_ellipses(reader(), spans))
    )
    spans = corrected(reader(), spans)
    # A bracketed aside's sentences are cut on the glued sentences' reading of the line.
    return split_glued(reader(), joined_embedded(reader(), spans), _bracket_cuts)


def _bracket_cuts(text: str) -> list[tuple[int, int]]:
    return bracket_cuts(text, _inside)


def _inside(text: str) -> list[tuple[int, int]]:
    """The sentences of a bracket's inside, as a line's: pysbd's pieces through the rules that
    join and cut them, so a quotation's closing marks (``... northern Syria.'.')``, PolNeAR nyt
    2015-11-18) or an attribution after a quoted question stay with their sentence."""
    return _segment_line(text, WINDOW, MAX_SENTENCE)


def segment(
    text: str, *, window: int | None = None, max_sentence: int | None = None
) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character offsets of the sentences of ``text``.

    Every non-whitespace character of ``text`` lies in exactly one span, spans are in order and
    never cross a line break, and each span starts and ends on a non-whitespace character.
    The time taken grows linearly with the length of ``text``, however long its lines.

    Parameters
    ----------
    text : str
        The cleaned article text.
    window : int, optional
        Lines longer than this are given to pysbd this many characters at a time (see the
        module docstring; default ``WINDOW``); only tests change it.
    max_sentence : int, optional
        A stretch of a long line that pysbd keeps as one sentence is cut after about this many
        characters (default ``MAX_SENTENCE``).

    Examples
    --------
    >>> text = "Mr. Smith left at 9 a.m. Officials said so.\\n“Yes.”"
    >>> [text[s:e] for s, e in segment(text)]
    ['Mr. Smith left at 9 a.m.', 'Officials said so.', '“Yes.”']
    """
    window = WINDOW if window is None else window
    max_sentence = MAX_SENTENCE if max_sentence is None else max_sentence
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if start == end:
            continue
        found = _segment_line(text[start:end], window, max_sentence)
        spans.extend((start + s, start + e) for s, e in found)
    return spans


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` as strings (see :func:`segment`)."""
    return [text[s:e] for s, e in segment(text)]


def segment_utf8(
    line: bytes | bytearray | memoryview,
    *,
    window: int | None = None,
    max_sentence: int | None = None,
) -> Iterator[tuple[int, int, int, int]]:
    """:func:`segment` of one line given as UTF-8 bytes: per sentence, its start and end in
    characters, then in bytes.

    The line is read a window at a time (:class:`_Source`), never decoded whole; the spans
    are those of ``segment(line.decode("utf-8", "surrogatepass"))``. ``line`` holds no line
    break and starts and ends on a non-whitespace character (a normalised line does).
    """
    window = WINDOW if window is None else window
    max_sentence = MAX_SENTENCE if max_sentence is None else max_sentence
    source = _Source(line)
    if source.length <= window:  # short: the whole-line path, on the decoded line
        spans: Iterable[tuple[int, int]] = _segment_line(
            str(line, "utf-8", "surrogatepass"), window, max_sentence
        )
    else:
        spans = _mended(lambda: _Source(line), _merge(_windowed(source, window, max_sentence)))
    yield from _with_bytes(line, spans)


def _with_bytes(
    line: bytes | bytearray | memoryview, spans: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int, int, int]]:
    """Each span in order, with its start and end in ``line``'s UTF-8 bytes as well."""
    rest = _utf8.pieces(line)
    text, shift, bshift = "", 0, 0  # the piece decoded, and where it starts (chars, bytes)
    at, bat = 0, 0  # the last position converted, in characters and bytes

    def to_bytes(position: int) -> int:
        nonlocal text, shift, bshift, at, bat
        while position > shift + len(text):
            bshift = bat + len(text[at - shift :].encode("utf-8", "surrogatepass"))
            shift += len(text)
            text, at, bat = next(rest), shift, bshift
        bat += len(text[at - shift : position - shift].encode("utf-8", "surrogatepass"))
        at = position
        return bat

    for start, end in spans:
        yield start, end, to_bytes(start), to_bytes(end)
