"""The headings over a page's lists of names, set in a series.

A page may sort the people it names into groups, each list under a heading of its own that says
who is in it: POLITICO's ``Republicans who have called for Trump to be replaced as the GOP
nominee.`` over ``Sen. Kelly AyotteRep. Bradley ByrneAl Cardenas...``, then ``Republicans who
have said they will not vote for Trump/withdrawn an endorsement because of his remarks.`` over
the next list (PolNeAR test politico 2016-10-08, seed 1431's judge). The lists are dropped by
their shape (annotate.corpus._furniture's name lists); the heading over each is a noun phrase,
not a sentence of the story, but its shape alone does not tell it from a short sentence over a
list (``Hamm supports Trump.``, PolNeAR usa-today 2016-10-26). The series does: a line alone in
its paragraph, right over a dropped list, is a heading once another such line of other words
heads a list of its own within :data:`HOLD` paragraphs; then every later one on the page is. A
lead-in ending in a colon is the list's sentence (``This year's winners are:``) and is not read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from annotate.corpus._headlines import has_inner_end, is_quotation
from annotate.corpus._listed_heads import HeadSeries

__all__ = ["HOLD", "roster_heads"]

# A heading is a line: at most this many words (POLITICO's longest has 16).
_WORDS = 20
# Paragraphs held while the first heading waits for the second: a list is one paragraph.
HOLD = 4

Paragraph = tuple[str, str | bytearray, int]


def _shaped(item: Paragraph) -> bool:
    """Whether ``item`` may head a list: alone in its paragraph, a capital first, a line's few
    words, one sentence at most, not a lead-in's colon or a quotation."""
    gap, line, _ = item
    return (
        isinstance(line, str)
        and gap == "\n\n"
        and line[:1].isupper()
        and len(line.split()) <= _WORDS
        and not line.rstrip().endswith(":")
        and not has_inner_end(line)
        and not is_quotation(line)
    )


def roster_heads(
    lines: Iterable[Paragraph], over_list: Callable[[int], bool]
) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with whether it is a heading over a
    list of names in a series (see the module docstring); ``over_list(number)`` tells whether a
    list was dropped right under the paragraph at raw line ``number``: the lines are decided
    before their paragraphs come, a paragraph once the next kept line is read."""
    heads = HeadSeries(HOLD)
    for item in lines:
        yield from heads.decide(item, _shaped(item) and over_list(item[2]))
    yield from heads.release(False)
