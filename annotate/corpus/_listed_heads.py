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

from annotate.corpus._headlines import ends_sentence, has_inner_end
from annotate.corpus._subheadings import is_verbless

__all__ = ["HOLD", "HeadSeries", "is_listed_head", "is_section", "listed_heads"]

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


class HeadSeries:
    """A page's heads in a series, decided as its paragraphs come: a paragraph that may be a
    head is held, with the paragraphs after it, until another head of other words follows
    within ``hold`` paragraphs (then both, and every later head, are cut) or the hold runs
    out (then none is). Shared by :func:`listed_heads` and
    annotate.corpus._roster_heads.roster_heads, which tell a head each by its own signs."""

    def __init__(self, hold: int) -> None:
        self.hold = hold
        self.held: deque[tuple[str, str | bytearray, int, bool]] = deque()
        self.series = False  # a second head came: every later one is cut

    def release(self, cut: bool) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        """The held paragraphs, each a head cut when ``cut`` and it is one."""
        while self.held:
            gap, line, number, head = self.held.popleft()
            yield gap, line, number, cut and head

    def decide(
        self, item: Paragraph, head: bool, opens: bool = True
    ) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        """Read ``item`` (a head when ``head``): yield what is decided. ``opens``: a head
        held alone may start the series (else the caller holds the first with :meth:`hold`)."""
        gap, line, number = item
        if head and self.series:
            yield gap, line, number, True
        elif head and any(h and str(text) != str(line) for _, text, _, h in self.held):
            self.series = True
            self.held.append((gap, line, number, True))
            yield from self.release(True)
        elif self.held or (head and opens):
            self.held.append((gap, line, number, head))
            if not isinstance(line, str) or len(self.held) > self.hold:
                yield from self.release(False)
        else:
            yield gap, line, number, False

    def hold_head(self, item: Paragraph) -> None:
        """Hold ``item`` as a head that may start the series."""
        self.held.append((*item, True))


def listed_heads(lines: Iterable[Paragraph]) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with whether it is a list item's
    head (see the module docstring)."""
    heads = HeadSeries(HOLD)
    led = False  # the paragraph read last was a lead-in ending in a colon
    before: tuple[Paragraph, bool] | None = None  # a head's shape, waiting for its section

    for item in lines:
        gap, line, _ = item
        if before is not None:
            (waiting, first), before = before, None
            head = is_section(item)
            if first and head:
                heads.hold_head(waiting)
            else:
                yield from heads.decide(waiting, head, opens=False)
        shaped = isinstance(line, str) and gap == "\n\n" and is_listed_head(line)
        # The first head stands right under the lead-in; the others once one is held.
        held = bool(heads.held) or heads.series
        if shaped and (led or held):
            before = (item, led and not held)
        else:
            yield from heads.decide(item, False, opens=False)
        led = (
            isinstance(line, str)
            and line.rstrip().endswith(":")
            and len(line.split()) >= _LEAD_IN_WORDS
        )
    if before is not None:
        yield from heads.decide(before[0], False, opens=False)
    yield from heads.release(False)
