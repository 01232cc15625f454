"""Whether a ``!`` after a capitalised word is inside a name, not at a sentence end.

Some names hold a ``!``: ``E! Online``, ``E! News``, ``Yahoo! News``, ``Jeopardy!``. pysbd
knows a few (``Yahoo!``, ``Yum!``) and ends a sentence at any other before a capital:
``... University,” E! / Online claims.``, ``according to E! / Online.`` (FNC-1 339). Two
shapes of the pieces show that the ``!`` ended nothing, whatever the name:

- the ``!`` follows a single capital letter, and the next piece opens with a capitalised word
  that opens no sentences (``_abbreviations.STARTERS``): a letter is no exclamation, it is a
  name's first part (``E! Online``, ``the hit E! TV series``). After a word that opens
  sentences the ``!`` may end one (``Sorry J J! For instance ...``, FNC-1 1843, where the
  ``J!`` is a name's last part and the cry's end);
- the next piece is a capitalised word that opens no sentences and its full stop, perhaps
  with a speech verb before the stop (``Online.``, ``Online claims.``), and the word before
  the ``!`` is another word: one word and a stop is no sentence after an exclamation, it is
  the rest of a name; the same word repeated (``Maybe! Maybe.``) is a second cry.

On FNC-1 and PolNeAR these join the 3 places after ``E!`` and no other
(benchmarks/RESULTS.md, ``fix/seg44``).
"""

from __future__ import annotations

import re

from annotate.corpus._abbreviations import FIRST_WORD, STARTERS
from annotate.corpus._attributions import speech_verbs

__all__ = ["BANG_READ", "name_goes_on_after_bang"]

# How much of the piece before the cut is read (its last word and the "!"), and of the piece
# after (a name's next word, or the whole of a short tail).
BANG_READ = 32
# A capitalised word and "!" at the piece's end, not after a quote mark or inside a word run
# of marks ("WONKetTE!" is read whole; '"Help!"' is a quotation's cry).
_BANG_END = re.compile(r"(?<![\w'’.!-])([A-Z][\w'’]*)!$")
# One capitalised word, perhaps a speech verb, and a full stop.
_TAIL = re.compile(r"([A-Z][\w'’-]*)(?: ([a-z]+))?\.")


def name_goes_on_after_bang(before: str, following: str, *, whole: bool = True) -> bool:
    """Whether ``following`` goes on the name whose ``!`` ends ``before`` (the end of the piece
    before the cut; see the module docstring).

    ``following`` is the piece after the cut, or its first ``BANG_READ`` characters when
    ``whole`` is false: then it is no tail.

    Examples
    --------
    >>> name_goes_on_after_bang("University,” E!", "TV series The Girls Next", whole=False)
    True
    >>> name_goes_on_after_bang("according to Hello!", "Online.")
    True
    >>> name_goes_on_after_bang("Sorry J J!", "For instance these 5 figures")
    False
    >>> name_goes_on_after_bang("Maybe!", "Maybe.")
    False
    >>> name_goes_on_after_bang("Wait!", "Online news sites were fooled.")
    False
    """
    bang = _BANG_END.search(before)
    if bang is None:
        return False
    word = bang.group(1)
    first = FIRST_WORD.match(following)
    if first is None or first.group() in STARTERS:
        return False
    if len(word) == 1:
        return True
    tail = _TAIL.fullmatch(following) if whole else None
    return (
        tail is not None
        and tail.group(1).lower() != word.lower()
        and (tail.group(2) is None or tail.group(2) in speech_verbs())
    )
