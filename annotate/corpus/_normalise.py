"""Normalising raw article text into lines: the first stage of cleaning.

Raw text comes in as one ``str`` or a piece at a time; out come its lines (split as
:meth:`str.splitlines` does, but for two control characters that are lost quote marks), each in
NFC with invisible and control characters removed and whitespace collapsed. A line longer than
:data:`LONG_LINE` characters is normalised a window at a time into UTF-8 bytes, so that a very
long line is never copied whole as text. :mod:`annotate.corpus._clean` then decides which lines
are the article's.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import cast

from annotate.corpus._glued_headings import run_in_gap
from annotate.corpus._spaced_credits import SPACED, credit_gap, credit_gap_after

__all__ = [
    "LONG_LINE",
    "as_lines",
    "normalise_line",
    "normalised_lines",
    "normalised_parts",
    "normalised_stream",
]

# Characters that carry no text: zero-width spaces/joiners, BOM, soft hyphen, word joiner.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CONTROL = [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]
# Curly quote marks that lost their high byte (U+201C -> U+001C) in a text that went through a
# 16-bit encoding and was cut to 8 bits: FNC-1's ``Why the title, \x1cThe Adobo Chronicles,\x1d
# you might ask?``. A control character carries no text of its own, so these four are read as
# the quote marks they were, not deleted, nor taken for line breaks (see _BREAK).
_LOST_HIGH_BYTE = {0x18: "‘", 0x19: "’", 0x1C: "“", 0x1D: "”"}
# One pass deletes invisible and control characters and turns every other whitespace character
# into a space, and only for a line that has any: each pass over a 50 MB line is a copy of it
# (200 MB when it holds an emoji), and a regex substitution costs two.
_TABLE: dict[int, str | None] = {
    **{c: " " for c in range(0x3001) if chr(c).isspace() and c != 0x20},
    **dict.fromkeys([*map(ord, _INVISIBLE), *_CONTROL]),
    **_LOST_HIGH_BYTE,
}
_TO_FIX = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
_RUNS = re.compile(" {2,}")


# A line longer than this is normalised a window of about this many characters at a time into
# UTF-8 bytes (:func:`_normalise_long`): normalise_line on it would hold the raw line, a slice
# of it and one or two rewritten copies at once, each 200 MB for a 50 MB line with an emoji.
LONG_LINE = 1 << 20
# A window ends before an ASCII character: no canonical composition or reordering crosses that
# point (an ASCII character is a starter and never the second of a composed pair), so NFC of
# the windows is NFC of the line.
_ASCII = re.compile("[\x00-\x7f]")
# The line breaks of str.splitlines, so that lines can be read one at a time; but for U+001C
# and U+001D, which news text holds only as quote marks that lost their high byte
# (_LOST_HIGH_BYTE).
_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1e\x85\u2028\u2029]")


def normalise_line(line: str) -> str:
    """Return ``line`` in NFC with invisible characters removed and whitespace collapsed.

    Examples
    --------
    >>> normalise_line("  Cafe\u0301\u00a0\u00a0au\u200blait ")
    'Café aulait'
    """
    line = unicodedata.normalize("NFC", line)
    if _TO_FIX.search(line):
        line = line.translate(_TABLE)
    if "  " in line:
        line = _RUNS.sub(" ", line)
    return line.strip()


class _LongLine:
    """A long line normalised as :func:`normalise_line` would, fed to it in pieces, into bytes.

    Each piece ends before an ASCII character (or at the line's end) and is normalised on its
    own (NFC, then the translation table, then runs of spaces collapsed); a run of spaces
    across pieces is collapsed by dropping a piece's leading spaces after a space; the ends
    are stripped as ``strip`` would (after the table, a space is the only whitespace left).
    """

    def __init__(self) -> None:
        self.out = bytearray()
        self.space = True  # the output so far ends in a space (or is empty): drop leading spaces

    def add(self, piece: str) -> None:
        piece = unicodedata.normalize("NFC", piece)
        if _TO_FIX.search(piece):
            piece = piece.translate(_TABLE)
        if "  " in piece:
            piece = _RUNS.sub(" ", piece)
        if self.space:
            piece = piece.lstrip(" ")
        if piece:
            self.out += piece.encode("utf-8", "surrogatepass")
            self.space = piece.endswith(" ")

    def close(self) -> bytearray:
        if self.out.endswith(b" "):
            del self.out[-1]
        return self.out


def _normalise_short(raw: str) -> str:
    """:func:`normalise_line`, but two spaces kept after a run-in heading: the only mark that
    parts it from its section's text (see annotate.corpus._glued_headings.run_in_gap)."""
    # A caption's credit after its final mark keeps its run as three spaces too.
    after = credit_gap_after(raw) if "   " in raw else None
    if after is not None:
        caption, credit = normalise_line(raw[: after[0]]), normalise_line(raw[after[1] :])
        return f"{caption}{SPACED}{credit}" if caption and credit else normalise_line(raw)
    gap = run_in_gap(raw) if "  " in raw else None
    if gap is None:
        return normalise_line(raw)
    head, rest = normalise_line(raw[: gap[0]]), normalise_line(raw[gap[1] :])
    # A picture's credit before its caption keeps its run as three spaces (see
    # annotate.corpus._spaced_credits).
    spaces = SPACED if "   " in raw and credit_gap(raw) is not None else "  "
    return f"{head}{spaces}{rest}" if head and rest else normalise_line(raw)


def _normalise_long(text: str, start: int, end: int, window: int) -> bytearray:
    """``normalise_line(text[start:end]).encode("utf-8", "surrogatepass")``, by windows of
    about ``window`` characters (see :class:`_LongLine`)."""
    line = _LongLine()
    at = start
    while at < end:
        stop = end
        if at + window < end:
            match = _ASCII.search(text, at + window, end)
            stop = match.start() if match else end
        line.add(text[at:stop])
        at = stop
    return line.close()


def normalised_parts(raw: str, *, window: int | None = None) -> list[str | bytearray]:
    """:func:`normalised_lines`, but a line longer than ``window`` comes as UTF-8 bytes.

    ``window`` is :data:`LONG_LINE` by default. Pass the result to
    :func:`annotate.corpus._clean.kept_lines` (or :func:`as_lines`) once ``raw`` is let go of:
    a long line is then never held as a ``str`` together with the raw text it comes from.
    """
    window = LONG_LINE if window is None else window
    parts: list[str | bytearray] = []
    start = 0
    for match in itertools.chain(_BREAK.finditer(raw), [None]):
        end = len(raw) if match is None else match.start()
        if match is None and start >= len(raw):
            break
        if end - start > window:
            parts.append(_normalise_long(raw, start, end, window))
        else:
            parts.append(_normalise_short(raw[start:end]))
        if match is not None:
            start = match.end()
    return parts


def _last_ascii(text: str, start: int, stop: int) -> int:
    """Where the last ASCII character of ``text[start:stop]`` is (``start`` when none is)."""
    at = text.rfind(" ", start, stop)  # in prose, a space is never far from the end
    if at < 0:
        at = start
        for match in _ASCII.finditer(text, start, stop):
            at = match.start()
    return at


def normalised_stream(
    raw: Iterable[str], *, window: int | None = None
) -> Iterator[str | bytearray]:
    """:func:`normalised_parts` of ``"".join(raw)``, reading ``raw`` a piece at a time.

    The raw text is never held whole: only the current line, and of a line longer than
    ``window`` only what is not yet normalised (up to its last ASCII character), so that a
    50 MB file decoded a piece at a time is never a 200 MB ``str``.
    """
    window = LONG_LINE if window is None else window
    held = ""  # raw text read but not yet normalised
    long: _LongLine | None = None  # the line being normalised piece by piece, if it is long
    for piece in itertools.chain(raw, [None]):
        final = piece is None
        held += piece or ""
        # A "\r" at the end may be the first half of "\r\n": it waits for the next piece.
        stop = len(held) - 1 if not final and held.endswith("\r") else len(held)
        start = 0
        for match in _BREAK.finditer(held, 0, stop):
            if long is not None:
                long.add(held[start : match.start()])
                yield long.close()
                long = None
            elif match.start() - start > window:
                yield _normalise_long(held, start, match.start(), window)
            else:
                yield _normalise_short(held[start : match.start()])
            start = match.end()
        if final:
            if long is not None:
                long.add(held[start:])
                yield long.close()
            elif len(held) > start:
                yield (
                    _normalise_long(held, start, len(held), window)
                    if len(held) - start > window
                    else _normalise_short(held[start:])
                )
            return
        if long is None and stop - start > window:
            long = _LongLine()
        if long is not None:
            # Up to the last ASCII character before ``stop``: no normalisation reaches across.
            cut = _last_ascii(held, start, stop)
            if cut > start:
                long.add(held[start:cut])
                start = cut
        held = held[start:]


def as_lines(parts: list[str | bytearray]) -> list[str]:
    """Turn the bytes among :func:`normalised_parts` into text, in place, one at a time."""
    for i, part in enumerate(parts):
        if not isinstance(part, str):
            parts[i] = part.decode("utf-8", "surrogatepass")
            del part  # the bytes go as soon as their text is made
    return cast(list[str], parts)


def normalised_lines(raw: str) -> list[str]:
    """The lines of ``raw`` (split as :meth:`str.splitlines` does), each :func:`normalise_line`-d
    but for the two spaces after a run-in heading (see :func:`_normalise_short`).

    The first half of :func:`annotate.corpus._clean.clean`; a caller that can drop ``raw``
    before the second half (:func:`annotate.corpus._clean.clean_lines`) holds one copy of a
    long article fewer (see also :func:`normalised_parts`).
    """
    return as_lines(normalised_parts(raw))
