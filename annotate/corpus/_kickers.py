"""A column's name under the headline: ``Immigrants can find way in America;`` / ``Economic
Scene.``.

A newspaper's text export holds the headline on its first line and, on the very next one with
no blank between, the name of the column or section the piece ran in (the NYT's ``Economic
Scene.``, ``Abroad in America.``, ``DealBook.``, ``News Analysis.``, ``Obituary.``; PolNeAR
adds the full stop). It names where the piece sits in the paper, not anything in the story.
What tells it from a dek, the summary sentence some papers set there (USA Today's
``Presumptive GOP nominee overshadows agenda.``), is its length: a column's name is a name, at
most four words; on PolNeAR the 18 such lines are all kickers and the two deks are five words
(benchmarks/RESULTS.md, issue 12, ``fix/seg23``). The place is the rest of the signal: right
under the title, set close to it, and a blank line under it before the text.
"""

from __future__ import annotations

__all__ = ["KICKER_WORDS", "is_kicker"]

KICKER_WORDS = 4


def is_kicker(line: str) -> bool:
    """Whether ``line``, set right under the title, has a column's name's shape: at most
    :data:`KICKER_WORDS` words, opening with a capital, ending with a full stop or nothing.

    Examples
    --------
    >>> is_kicker("Economic Scene.")
    True
    >>> is_kicker("Presumptive GOP nominee overshadows agenda.")
    False
    >>> is_kicker("Why?")
    False
    """
    words = line.split()
    return 0 < len(words) <= KICKER_WORDS and line[0].isupper() and line[-1] not in "?!:;,\"”'’)"
