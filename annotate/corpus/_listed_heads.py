"""The items' heads of a list a story announces with a lead-in and a colon.

A story may close on a selection, announced by a lead-in ending in a colon, each item set under
a head of its own: POLITICO's notable Clinton emails (PolNeAR train politico 2016-02-19:
"Here's POLITICO's selection of the most notable Clinton emails in the latest set:" over
``Celebrating Clinton "turning [Obama] around," apparently on Libya.``, then ``Asserting
Clinton's role as a foreign policy strategist.``, ``Clinton's wary words on Biden debate
performance.``, ``Heaping praise on Pat Kennedy.``). A head is a line alone in its paragraph,
a few words and a stop with no finite verb (a gerund or a noun phrase), over a paragraph set
apart that ends as a sentence does. What tells it from a short sentence of the story is where
it stands: the first stands right under the lead-in, and the list is a series, so it is cut
only once another head of the same shape, of other words, follows within :data:`HOLD`
paragraphs; then every later one on the page is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from annotate.corpus._furniture import is_verbless
from annotate.corpus._headlines import ends_sentence, has_inner_end

__all__ = ["HOLD", "is_listed_head", "is_section", "listed_heads"]

# A head is a line: at most this many words (POLITICO's longest has 7).
_WORDS = 10
# The paragraph under a head: at least this long, ending as a sentence does.
_SECTION_CHARS = 60
# A lead-in is a sentence that announces the list ("Here's POLITICO's selection of ...:"), not
# a section's label ("Failures:", FNC-1 test body 2583, whose items' heads are sentences).
_LEAD_IN_WORDS = 4
# Paragraphs held while the first head waits for the second: an item runs a few paragraphs.
HOLD = 8

Paragraph = tuple[str, str | bytearray, int]


def is_listed_head(line: str) -> bool:
    """Whether ``line`` has the shape of a list item's head: a capital first, a few words and a
    stop, no other sentence end, no finite verb.

    Examples
    --------
    >>> is_listed_head("Heaping praise on Pat Kennedy.")
    True
    >>> is_listed_head('"Biden is very good," Nides wrote.')
    False
    >>> is_listed_head("Clinton declined to comment.")
    False
    """
    words = line.rstrip(".").split()
    if not line[:1].isupper() or not line.endswith(".") or line.endswith(".."):
        return False
    if not 2 <= len(words) <= _WORDS or has_inner_end(line):
        return False
    lowered = [w.strip("\"“”'‘’,[]()").lower().replace("’", "'") for w in words]
    return is_verbless(lowered)


def is_section(item: Paragraph, chars: int = _SECTION_CHARS) -> bool:
    """Whether ``item`` is a section's paragraph under a head: set apart, ``chars`` long at
    least, a sentence's end last (a counted section's too: annotate.corpus._counted_heads)."""
    gap, line, _ = item
    return gap == "\n\n" and isinstance(line, str) and len(line) >= chars and ends_sentence(line)


def listed_heads(lines: Iterable[Paragraph]) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with whether it is a list item's
    head (see the module docstring)."""
    held: deque[tuple[str, str | bytearray, int, bool]] = deque()
    series = False
    led = False  # the paragraph read last was a lead-in ending in a colon
    before: tuple[Paragraph, bool] | None = None  # a head's shape, waiting for its section

    def release(cut: bool) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        while held:
            gap, line, number, head = held.popleft()
            yield gap, line, number, cut and head

    def decide(item: Paragraph, head: bool) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        nonlocal series
        gap, line, number = item
        if head and series:
            yield gap, line, number, True
            return
        if head and any(h and str(text) != str(line) for _, text, _, h in held):
            series = True
            held.append((gap, line, number, True))
            yield from release(True)
            return
        if held:
            held.append((gap, line, number, head))
            if not isinstance(line, str) or len(held) > HOLD:
                yield from release(False)
            return
        yield gap, line, number, False

    for item in lines:
        gap, line, _ = item
        if before is not None:
            (waiting, first), before = before, None
            head = is_section(item)
            if first and head:
                held.append((*waiting, True))
            else:
                yield from decide(waiting, head)
        shaped = isinstance(line, str) and gap == "\n\n" and is_listed_head(line)
        # The first head stands right under the lead-in; the others once one is held.
        if shaped and (led or held or series):
            before = (item, led and not held and not series)
        else:
            yield from decide(item, False)
        led = (
            isinstance(line, str)
            and line.rstrip().endswith(":")
            and len(line.split()) >= _LEAD_IN_WORDS
        )
    if before is not None:
        yield from decide(before[0], False)
    yield from release(False)
