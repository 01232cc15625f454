"""Text held as UTF-8 bytes, read back a window at a time.

A very long line of an article is kept as UTF-8 bytes from the moment it is normalised until
it is written: a Python ``str`` of a 50 MB line holding one emoji takes 4 bytes a character
(200 MB), its UTF-8 bytes 50 MB. Cleaning and segmentation read such a line through
:func:`pieces`, a window of text at a time.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["PIECE", "length", "pieces"]

# Bytes decoded at a time: small next to a long line, large enough that the per-window cost
# (a slice, a decode) is negligible. Not 1 MB: pieces that size (4 MB as a str holding an
# emoji), freed one after another while a long line grew, left ~60 MB of freed memory that
# malloc kept from the process for a 50 MB line; at 256 KB it keeps almost none (measured).
PIECE = 1 << 18


def _boundary(data: bytes | bytearray | memoryview, at: int) -> int:
    """The first character boundary at or after byte ``at`` (a continuation byte is 10xxxxxx)."""
    while at < len(data) and data[at] & 0xC0 == 0x80:
        at += 1
    return at


def pieces(
    data: bytes | bytearray | memoryview, end: int | None = None, *, size: int | None = None
) -> Iterator[str]:
    """Yield ``data[:end]`` decoded, about ``size`` bytes at a time, cut between characters.

    ``"".join(pieces(data))`` is ``data.decode("utf-8", "surrogatepass")``.
    """
    end = len(data) if end is None else end
    size = size or PIECE
    view = memoryview(data)
    at = 0
    try:
        while at < end:
            stop = min(end, _boundary(data, at + size))
            yield str(view[at:stop], "utf-8", "surrogatepass")
            at = stop
    finally:
        view.release()


def length(data: bytes | bytearray | memoryview) -> int:
    """The number of characters ``data`` holds (without decoding it whole)."""
    return sum(len(piece) for piece in pieces(data))
