"""A sentence end after a one-letter word that is not an initial (``... leads to a standing O.
The problem for Cruz ...``) or after an initialism's plural (``... more P.O.W.s. So far ...``).

pysbd reads every capital letter and full stop after a space as an initial (``Lisa O.
Monaco``) and never ends a sentence there. An initial follows a capitalised word (a first name,
another initial) or a title; after a word in lower case, the letter is a word of its own (``a
standing O.``, ``plan B.``, ``Neither do I.``), and before a word that opens sentences (a
pronoun, a determiner, a conjunction: ``The``, ``I``, ``This``) its stop ends the sentence. On
every FNC-1 body and PolNeAR text pysbd kept three such places inside one sentence, all
sentence ends; the only other letter before an opener follows a name (a reference list's
``Schubert D. A different perspective ...``) and stays (benchmarks/RESULTS.md, issue 12,
``fix/seg14``).

The plural of an initialism written with stops (``P.O.W.s``, ``C.D.O.s``, NYT style) ends the
same way: pysbd reads ``s.`` as one more of the initialism's letters and never ends a sentence
after it (``... to seek out more P.O.W.s. So far, that hasn't happened.``, FNC-1 209;
``... collateralized debt obligations, or C.D.O.s. By 2007, Isabelle is ...``, PolNeAR nyt
2016-02-01). Its ``s`` is a plural's, which takes no stop of its own, so a stop after it
before a capital is the sentence's: on every FNC-1 body and PolNeAR text these two are all
such places, both sentence ends (``fix/seg47``).

The last letter of a range of letters (``The others are identified only by letters A through
I. Survey I consistently showed ...``, PolNeAR huff-post HuffPollster) is a word too: a letter
after another letter and ``through``, ``to``, ``and`` or ``or`` names a thing, as ``plan B``
does, and no name has two initials joined by a word; its stop before a capital ends the
sentence whatever word comes next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from annotate.corpus._glued import SlicedLine, split_at

__all__ = ["split_letter_words"]

# A capital letter and its stop after a space and a letter in lower case, before a word that
# opens sentences.
_LETTER_END = re.compile(
    r"(?<=[a-z] )[A-Z]\.(?= (?:The|He|She|It|They|We|I|You|But|And|This|That|These|Those|"
    r"There|His|Her|Their|Our|So|If|When)\b)"
)
# An initialism's plural and its stop, before a capitalised word (perhaps quoted).
_PLURAL_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}s\.(?= [\"“‘']?[A-Z])")
# The last letter of a range of letters and its stop, before a capitalised word.
_RANGE_END = re.compile(r"\b[A-Z] (?:through|to|and|or) [A-Z]\.(?= [\"“‘']?[A-Z])")
# The word before the letter, read backwards: letters in lower case only.
_LOWER_WORD = re.compile(r"(?:^|[\s\"“(])[a-z]+ $")
_WORD_READ = 24


def split_letter_words(
    line: SlicedLine, spans: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Cut each sentence of ``line`` after a one-letter word that ends it (see the module
    docstring).

    ``spans`` are the line's sentences in order; the same text comes back in the same order,
    in as many or more (:func:`annotate.corpus._glued.split_at`).

    Examples
    --------
    >>> line = "So the red sweater is plan B. I'm glad it worked out."
    >>> [line[s:e] for s, e in split_letter_words(line, [(0, len(line))])]
    ['So the red sweater is plan B.', "I'm glad it worked out."]
    >>> line = "It would encourage them to seek out more P.O.W.s. So far, that hasn't happened."
    >>> [line[s:e] for s, e in split_letter_words(line, [(0, len(line))])]
    ['It would encourage them to seek out more P.O.W.s.', "So far, that hasn't happened."]
    >>> line = "They are named by letters A through I. Survey I showed less bias."
    >>> [line[s:e] for s, e in split_letter_words(line, [(0, len(line))])]
    ['They are named by letters A through I.', 'Survey I showed less bias.']
    >>> list(_letter_cuts("They are named A through I. The survey showed less bias."))
    [(27, 28)]
    """
    return split_at(line, spans, _letter_cuts)


def _letter_cuts(text: str) -> Iterator[tuple[int, int]]:
    # Most sentences hold no full stop and space inside: nothing to look for.
    if ". " not in text:
        return
    ends = [m.end() for m in _PLURAL_END.finditer(text)] if "s. " in text else []
    ends.extend(m.end() for m in _RANGE_END.finditer(text))
    for match in _LETTER_END.finditer(text):
        at = match.start()
        if _LOWER_WORD.search(text[max(0, at - _WORD_READ) : at]) is not None:
            ends.append(match.end())
    # A range's last letter before "The" is a letter word's end too: one cut, not two.
    for end in sorted(set(ends)):
        yield end, end + 1
