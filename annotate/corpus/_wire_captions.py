"""A wire photo's caption in Reuters' style: ``Campaigners ... march during a rally ..., in Abuja
October 17, 2014.``.

Reuters closes a photo's caption on where and when the picture was taken, the place and then
the day with nothing between them (``... along a street in the city of Mosul June 12, 2014.
REUTERS/Stringer``, FNC-1 776; ``Campaigners from "#Bring Back Our Girls" march during a rally
calling for the release of the Abuja school girls who were abducted by Boko Haram militants,
in Abuja October 17, 2014.``, FNC-1 227, where the page left the caption as the body's last
line and its credit out). The story says when in its own words: "on Friday", "in Abuja on
Oct. 17", the year only for a past long enough ago to need it, and then after "on" or a comma.
The caption tells what the picture shows in the present tense; a sentence in that closing
shape whose main clause is in the past ("He was born in London May 3, 1960.", "Police arrested
him in Abuja October 17, 2014.") or the future is the story's, and is kept.

On every FNC-1 body and PolNeAR text, the lines that close so are the two Reuters captions
above and the Daily Mail's ``Recovered: A car ... is pictured on Parliament Hilll following a
shooting incident in Ottawa October 22, 2014`` (FNC-1 1554, its labelled caption).
"""

from __future__ import annotations

import re

from annotate.corpus._headlines import has_inner_end

__all__ = ["is_wire_caption"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# The place (one to four capitalised words, perhaps "the city of"), then the day in full,
# closing the line.
# How much of the line's end the place and the day are read in: "in the city of" and four
# words of a place, a month and a day, a year.
_END_READ = 160
_WIRE_END = re.compile(
    r"\bin (?:the (?:city|town|village) of )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} "
    rf"{_MONTH} \d{{1,2}}, \d{{4}}\.?$"
)
# A finite verb that tells the past or the future, in the main clause: the story's, not a
# caption's ("was", "had", "said", a modal; a regular past is told by its "-ed").
_NOT_PRESENT = frozenset(
    {"was", "were", "had", "did", "said", "told", "will", "would", "could", "should", "might"}
    | {"must", "went", "came", "took", "gave", "got", "made", "found", "left", "met", "saw"}
)
# The main clause ends at a relative word or a comma: what follows may tell the past ("the
# girls who were abducted").
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose", "where", "when", "after"})
# A participle after these is the present's passive ("is pictured", "are seen").
_PASSIVE = frozenset({"is", "are", "being"})
_WORDS = (6, 50)
_MARKS = ".,;:()\"“”‘’'"


def _main_clause_present(line: str) -> bool:
    """Whether no finite verb of the past or the future stands in ``line``'s main clause."""
    before = ""
    for word in line.split():
        w = word.strip(_MARKS)
        if w.lower() in _RELATIVE:
            return True
        if w.lower() in _NOT_PRESENT or (
            w[:1].islower() and w.endswith("ed") and before not in _PASSIVE
        ):
            return False
        if word.endswith(","):
            return True
        before = w.lower()
    return True


def is_wire_caption(line: str) -> bool:
    """Whether ``line`` is a wire photo's caption in Reuters' style (see the module docstring).

    Examples
    --------
    >>> is_wire_caption('Campaigners from "#Bring Back Our Girls" march during a rally '
    ...                 'calling for the release of the Abuja school girls who were abducted '
    ...                 'by Boko Haram militants, in Abuja October 17, 2014.')
    True
    >>> is_wire_caption("He was born in London May 3, 1960.")
    False
    >>> is_wire_caption("Cruz dropped out of the race May 3, 2016.")
    False
    """
    low, high = _WORDS
    # The year first: this reads every short line that no other caption rule took, and the
    # pattern, read only at the line's end, is what most lines fail.
    return (
        line.rstrip(".")[-4:].isdigit()
        and _WIRE_END.search(line, max(0, len(line) - _END_READ)) is not None
        and low <= len(line.split()) <= high
        and not has_inner_end(line)
        and _main_clause_present(line)
    )
