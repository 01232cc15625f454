"""An element of the page's markup that line breaks cut over several lines.

A line that is one element whole, text and all (``<a href="...">Apple Watch</a>``, a
PolNeAR ``<tweet ...>...<tweet/>.``), is markup (``_furniture.element_tag``). A scrape also
breaks an element over lines, where a line break stood inside an attribute's value or the
element's text: the lines are then the start tag's opening, the rest of its attributes, and
the line with the tag's ``>``, the text and the closing tag. Western Journal's PolNeAR texts
break a tweet element so in its date (``<tweet tweet-author="@ByronYork" tweet-date="March 9,
2016`` / ``">Rubio stadium event in Hialeah. ...<tweet/>.``), and wrap passages quoted from
elsewhere in a broken tweet element whose attribute values hold lines of the quoted list
(PolNeAR west-journal 2016-05-25)::

    <tweet tweet-author="just look at Western Europe" tweet-date="
    — Reduce job-killing regulations on large and small businesses.
    — Continue fracking, which the left ... opposes.">Here, then, are nine reasons ...<tweet/>.

Every line of such an element is the embed's, none the story's: the lines that, joined by
their line breaks, make one element whole are dropped as it is (``tweet`` for a tweet element,
else ``markup``). The element is told by its shape, never by its tag's name: a start tag
opening a line that does not close it, and the element's closing tag ending a line a few lines
below, with no other tag between. The lines before and after it are the story's and stay.

The cleaner reads lines as a stream; a line that opens an element is held with the few lines
after it until the element closes (or cannot), so that a prose line is never held.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from annotate.corpus._furniture import element_tag

__all__ = ["ELEMENT_LINES", "broken_elements"]

# At most this many lines, blank ones included, make one broken element: the longest in
# FNC-1 and PolNeAR is four. A start tag never closed is then given up on soon, and the lines
# held to find out are few.
ELEMENT_LINES = 12
# A line longer than this is never part of a broken element (an element's text is a post's).
_ELEMENT_CHARS = 2_000


def _opens_element(line: str | bytearray) -> bool:
    """Whether ``line`` opens with a start tag and leaves its element open."""
    return (
        isinstance(line, str)
        and len(line) <= _ELEMENT_CHARS
        and line.startswith("<")
        and line[1:2].isalpha()
        and element_tag(line) is None
    )


def broken_elements(
    lines: Iterable[str | bytearray],
) -> Iterator[tuple[str | bytearray, str | None]]:
    """Each of ``lines``, with the tag of the element line breaks cut it out of, or None.

    Examples
    --------
    >>> lines = ["He listed them.", '<tweet tweet-author="x" tweet-date="', "— Cut taxes.",
    ...          '— Drill.">Here are his reasons:<tweet/>.', "He concludes so."]
    >>> [tag for _, tag in broken_elements(lines)]
    [None, 'tweet', 'tweet', 'tweet', None]
    >>> [tag for _, tag in broken_elements(['<tweet a="b', "It never closes."])]
    [None, None]
    """
    source = iter(lines)
    ahead: deque[str | bytearray] = deque()  # lines read after a start tag given up on
    while (line := ahead.popleft() if ahead else next(source, None)) is not None:
        if not _opens_element(line):
            yield line, None
            continue
        held = [line]  # the element's opening line and the lines after it
        tag = None
        while tag is None and not _given_up(held):
            if (after := ahead.popleft() if ahead else next(source, None)) is None:
                break
            held.append(after)
            tag = _closed(held)
        if tag is not None:
            yield from ((text, tag if text else None) for text in held)
        else:
            # The opening line is no broken element's; a line after it may open one.
            yield line, None
            ahead.extendleft(reversed(held[1:]))


def _closed(held: list[str | bytearray]) -> str | None:
    """The tag of the element the held lines make whole, or None."""
    last = held[-1]
    if not isinstance(last, str) or "<" not in last:
        return None
    return element_tag("\n".join(str(line) for line in held))


def _given_up(held: list[str | bytearray]) -> bool:
    """Whether the held lines can no longer be one element: a long line, another tag (the
    last line held another ``<`` and did not close it), or too many lines."""
    last = held[-1]
    return len(held) > 1 and (
        not isinstance(last, str)
        or len(last) > _ELEMENT_CHARS
        or "<" in last
        or len(held) >= ELEMENT_LINES
    )
