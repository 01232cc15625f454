"""A sentence end inside the parenthesis that closes it: ``... Sen. Bernie Sanders (I-Vt.)
Clinton eked out a victory ...``.

pysbd masks the full stops inside a parenthesis that opens within a sentence, so a stop typed
inside the closing bracket never ends the sentence there; the text after it runs on as the
same sentence. Two shapes of the aside show that its stop is the sentence's:

- a party-and-state tag after a legislator's name (``(I-Vt.)``, ``(D-N.Y.)``, ``(R-Texas.)``)
  closes the noun phrase of the name; what goes on in the same sentence is a verb in lower
  case, a comma or a day (``(D-N.Y.) Tuesday said``), so a capitalised word that is not a day
  or a month opens the next sentence (PolNeAR politico 2016-02-19
  more-hillary-clinton-emails, the one such place in FNC-1 and PolNeAR);
- an aside whose last word before the stop is a word in lower case (not an abbreviation that
  news writes so: ``etc.``, ``approx.``) ends on a clause (``... I saw it (with a little help
  from some well placed sources.) The discussion was ...``, FNC-1; ``(It was subsequently
  shared more than 28,000 times.) Gleason explained ...``, FNC-1). A place's abbreviation
  (``Naples (Fla.) Daily News``, ``Maricopa County (Ariz.) Sheriff Joe Arpaio``) or a title
  (``(Texas Sen.) Ted Cruz``) is capitalised, and the name goes on: those are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pysbd.lang.english import English

from annotate.corpus._glued import SlicedLine, split_at

__all__ = ["split_closed_asides"]

_ABBREVIATIONS = frozenset(English.Abbreviation.ABBREVIATIONS)
# A party-and-state tag closed after its stop, then a capitalised word.
_PARTY_TAG = re.compile(r"\((?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z. ]{0,16}\.\)(?=\s+([A-Z][a-z]+)\b)")
# The days and months that go on after a legislator's tag in the same sentence.
_DATE_WORD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December"
)
# A word in lower case, its stop and the closing bracket, then a capital (perhaps quoted).
_CLAUSE_END = re.compile(r"(?<![\w.'’-])([a-z]{2,})\.\)(?=\s+[\"“]?[A-Z])")


def split_closed_asides(
    line: SlicedLine, spans: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Cut each sentence of ``line`` after a parenthesis whose stop ends it (see the module
    docstring).

    Examples
    --------
    >>> line = "a challenge from Sen. Bernie Sanders (I-Vt.) Clinton eked out a victory."
    >>> [line[s:e] for s, e in split_closed_asides(line, [(0, len(line))])]
    ['a challenge from Sen. Bernie Sanders (I-Vt.)', 'Clinton eked out a victory.']
    >>> line = "Glorioso reports for the Naples (Fla.) Daily News."
    >>> [line[s:e] for s, e in split_closed_asides(line, [(0, len(line))])]
    ['Glorioso reports for the Naples (Fla.) Daily News.']
    """
    return split_at(line, spans, _aside_cuts)


def _aside_cuts(text: str) -> Iterator[tuple[int, int]]:
    # Most sentences close no bracket after a stop: nothing to look for.
    if ".)" not in text:
        return
    ends = [m.end() for m in _PARTY_TAG.finditer(text) if _DATE_WORD.fullmatch(m.group(1)) is None]
    ends.extend(
        m.end()
        for m in _CLAUSE_END.finditer(text)
        if m.group(1) not in _ABBREVIATIONS and "(" in text[: m.start()]
    )
    for end in sorted(set(ends)):
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        yield end, after
