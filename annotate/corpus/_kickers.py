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

import re

from annotate.corpus._bullets import BREAK_WORDS

__all__ = ["KICKER_WORDS", "is_kicker", "is_lower_kicker"]

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


# A section's kicker in lower case: one to three words, letters and hyphens, and PolNeAR's stop.
_LOWER_KICKER = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}\.")


def is_lower_kicker(line: str) -> bool:
    """Whether ``line``, alone in its paragraph between two others, is a section's kicker set in
    lower case: one to three words, no capital, its stop the only mark.

    A notebook heads its items so (the Washington Post's ``quotable.`` over the quote of the
    day, PolNeAR wash-post 2016-07-29; USA Today's plan's heading broken over two paragraphs,
    ``5 Heed your.`` / ``early-warning signs.``, usa-today 2016-11-07). A sentence opens with
    a capital; a lower-case line that goes on with the sentence above is joined to it before
    this is read (see :mod:`annotate.corpus._stubs`), so the caller asks only after a line that
    ended as a sentence. In FNC-1 and PolNeAR these two are the only paragraphs so shaped.

    >>> is_lower_kicker("quotable.")
    True
    >>> is_lower_kicker("early-warning signs.")
    True
    >>> is_lower_kicker("Quotable.")
    False
    >>> is_lower_kicker("and then some more words here.")
    False
    >>> is_lower_kicker("of.")
    False
    """
    return (
        _LOWER_KICKER.fullmatch(line) is not None
        # A broken line leaves a small word alone ("of." of a slideshow's counter); a kicker
        # ends on a word of its own.
        and line.rstrip(".").split()[-1] not in BREAK_WORDS
    )
