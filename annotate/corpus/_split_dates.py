"""A date split by a stray stop between its day and its year: ``on September 11th. 2012 on CNN``.

A date is one noun phrase, month, day and year; a writer who types a stop where the comma
goes (``reported live on September 11th. 2012 on CNN's show ...``, PolNeAR breitbart
2015-12-04) leaves pysbd a stop before a digit, which it cuts. The piece after then opens
with a bare year and runs on in lower case with no verb for that year (``2012 on CNN's``):
the year finishes the date, and the sentence goes on. A sentence may open with a year as its
subject after a date (``... born on May 4. 2012 was a hard year.``): then a finite verb
follows it, and the cut stands.

A stray stop may also fall between a preposition and the year that is its object, with the
page's paragraph break after it (``... since George H.W. Bush’s election in.`` / ``1988. The
one element ...``, PolNeAR breitbart 2016-01-19, seed 1629's judge; the one such place in
FNC-1 and PolNeAR). A preposition that takes a year as its object (``in``, ``of``, ``from``,
``during``, ``until``) cannot end the sentence before it, and a year alone with its own stop
is no sentence: the next line goes on the same sentence, which ends at the year's stop. Not the
words that are adverbs at a sentence's end too (``since``, ``before``, ``after``, ``by``: "He has
not been back since."), nor a year that runs on with words of its own (``1988 was ...``).
"""

from __future__ import annotations

import re

from annotate.corpus._subheadings import is_verbless

__all__ = ["DATE_READ", "year_after_preposition", "year_goes_on"]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# The piece before ends on a month's name and a day (perhaps an ordinal) and the stop.
_DAY_END = re.compile(rf"\b(?:{_MONTHS})\.? (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\.$")
# The piece after opens with a year and a word in lower case.
_YEAR_OPENING = re.compile(r"(?:1[89]|20)\d\d,? ([a-z][a-z'’]*)\b")
# Enough of each side to hold a month's name and a day, or a year and the word after it.
DATE_READ = 24


def year_goes_on(before: str, following: str) -> bool:
    """Whether ``following`` (a piece's opening) is a year that finishes the date ``before``
    (the end of the piece before) ends on, cut off it by a stray stop.

    Examples
    --------
    >>> year_goes_on("reported live on September 11th.", "2012 on CNN’s show Anderson")
    True
    >>> year_goes_on("He was born on May 4.", "2012 was a hard year for him.")
    False
    >>> year_goes_on("It ended at 11.", "2012 on CNN’s show Anderson")
    False
    """
    if _DAY_END.search(before) is None:
        return False
    opening = _YEAR_OPENING.match(following)
    return opening is not None and is_verbless([opening.group(1).replace("’", "'")])


# A line that ends on a word, a preposition that takes a year as its object, and a stop; and a
# line that opens with a year alone and its own stop (see the module docstring).
_PREPOSITION_END = re.compile(r"[\w’'] (?:in|of|from|during|until|till)\.$")
_YEAR_ALONE = re.compile(r"(?:1[89]|20)\d\d\.(?:\s|$)")
_PREPOSITION_READ = 12


def year_after_preposition(previous: str, line: str) -> bool:
    """Whether ``line`` opens with the year that is the object of the preposition ``previous``
    ends on, cut off it by a stray stop and a break (see the module docstring).

    Examples
    --------
    >>> year_after_preposition("since George H.W. Bush’s election in.", "1988. The one element")
    True
    >>> year_after_preposition("He has not been back since.", "1988. The one element")
    False
    >>> year_after_preposition("since his election in.", "1988 was a hard year.")
    False
    """
    return (
        _PREPOSITION_END.search(previous[-_PREPOSITION_READ:]) is not None
        and _YEAR_ALONE.match(line) is not None
    )
