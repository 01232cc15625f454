"""Sentences run together where a line break was lost: a boundary with no punctuation.

A scraped page, or a caption, heading or note that lost its line break, runs one sentence into
the next with only a space between: ``Bernie Sanders: Credit scores On his campaign website,
...``, ``... gets noticeably better and larger We currently have ...``. A segmenter that
looks for sentence-final punctuation cannot see these. Edited news prose does not capitalise
a pronoun or a preposition inside a sentence, so one right after a word (no mark between)
opens a new sentence, unless it begins a title in title case (``Hands On With the Apple
Watch``), which the next word that title case capitalises shows: that word must be in lower
case. So a caption glued to its paragraph before a name (GUM's ``... constituency In the New
Territories West``) is not cut either. On FNC-1 train bodies and PolNeAR (2,695 articles)
this cuts 12 places: 10 run-together sentences (a subheading, a tweet's handle, song lyrics,
a store's name) and two typos (``reported that It was``, ``punch protesters In the face``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

__all__ = ["SlicedLine", "split_glued"]

# The space before a capitalised pronoun or preposition (perhaps with a contraction: "They've")
# that follows a letter or digit, when the first word after it that title case would
# capitalise is in lower case ("In the face", not "On the Record", "She's a Woman"); that word
# is not a web address ("... How He Spends It http://t.co/..."). The small words are skipped
# possessively, so that "the" itself cannot be taken for that word. "I" is always capitalised,
# and "The", "A", "For", "With" open too many names inside sentences ("told The Huffington
# Post", "Harrison For[d]"), so they are not in the list.
_GLUED = re.compile(
    r"(?<=[^\W_]) (?=(?:He|She|We|They|It|You|In|On|At|If)(?:['’](?:s|re|ve|ll|d|m))?"
    r" (?:(?:the|a|an|of|to|and|or|for|in|on|at|by|with) )*+[a-z][a-z'’-]*\b(?!:/|\.\w))"
)


class SlicedLine(Protocol):
    """What :func:`split_glued` (and ``_embedded_quotes.joined_embedded``) read of a line: a
    ``str``, or a long line decoded as it is read (``annotate.corpus._segment._Source``), by
    slice and forwards only."""

    def __getitem__(self, key: slice, /) -> str: ...


def split_glued(line: SlicedLine, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Cut each sentence of ``line`` where another runs into it without punctuation.

    Parameters
    ----------
    line : str
        One line (paragraph) of cleaned text, or a long line read as it goes.
    spans : iterable of (int, int)
        Its sentences, in order, each starting and ending on a non-space character.

    Yields
    ------
    (int, int)
        The same text in the same order, in as many or more sentences, each starting and
        ending on a non-space character.

    Examples
    --------
    >>> line = "Sanders: Credit scores On his website, he calls them unfair."
    >>> [line[s:e] for s, e in split_glued(line, [(0, len(line))])]
    ['Sanders: Credit scores', 'On his website, he calls them unfair.']
    """
    for start, end in spans:
        cut = start
        for match in _GLUED.finditer(line[start:end]):
            yield cut, start + match.start()
            cut = start + match.end()
        yield cut, end
