"""A caption with its stop in the page's run of captions: a sentence in a caption's present
tense, between two lines dropped as captions.

The Daily Mail sets its pictures in runs between the story's paragraphs, each caption a
paragraph of its own, most without a final mark (dropped by their shape once the page has set
one so, see :mod:`annotate.corpus._captions`). Now and then one keeps its stop, and reads as
the story's: ``Policemen and forensic personnel holding white bags for the bodies arrive at
Pueblo Viejo, in the outskirts of Iguala, Guerrero state, Mexico.`` between ``The pits were
found Saturday ... Policemen stand guard at the site where the mass grave was found`` and
``Four forensic services vans left for the morgue late on Thursday carrying bodies in silver
bags``, both dropped (FNC-1 1613, seed 1561's judge).

Two things tell it: its place (the line just above it and the line just under it were both
dropped as captions) and its tense. A caption tells what the picture shows as it is seen, in
the simple present (``arrive``, ``stand guard``), with no auxiliary; the story tells what
happened in the past (``Al-Kassasbeh was captured in December when his F-16 jet crashed``,
FNC-1 640), what its sources say (``Rep. Duncan Hunter ... told Fox News``, FNC-1 2249;
``Police and security agents said ...``, FNC-1 2349), what is or has been (``is``, ``have``),
and quotes or asks. On every FNC-1 body and PolNeAR text, seven kept lines stand between two
captions; the one in this tense is the caption above.

The stage holds such a line, with the lines dropped after it, until the next kept line, as the
other paragraph stages do (:func:`annotate.corpus._held_lines.hold_kept`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from annotate.corpus._headlines import has_inner_end
from annotate.corpus._held_lines import DroppedBetween, Item, hold_kept

__all__ = ["caption_runs", "tells_as_seen"]

_REASON = "a sentence in a caption's present tense between two dropped captions"
# A caption of one sentence: a subject and what it does, up to the longest tabloid caption.
_WORDS = (6, 50)
# Words of a tense other than the caption's simple present: the past, the future, an auxiliary
# or a modal (a present perfect is the story's "have denied"), and what the story's sources
# say. A regular past is told by its "-ed" (see tells_as_seen).
_NOT_AS_SEEN = frozenset(
    {"was", "were", "is", "are", "am", "be", "been", "had", "has", "have", "did", "do", "does"}
    | {"will", "would", "can", "could", "shall", "should", "may", "might", "must"}
    | {"said", "says", "told", "tells", "say", "tell", "according", "went", "came", "took"}
    | {"gave", "got", "made", "found", "left", "met", "saw", "knew", "thought", "began"}
    | {"became", "brought", "held", "kept", "ran", "sent", "stood", "won", "lost", "wrote"}
)
# A participle after these is an adjective or a passive's part; after any other word, an
# "-ed" word is read as a past.
_BEFORE_PARTICIPLE = frozenset({"the", "a", "an", "being", "newly", "recently"})
# The story's sentence may point back at the one before: a pronoun or a conjunction first.
_POINTS_BACK = re.compile(
    r"(?:He|She|It|They|We|I|You|His|Her|Its|Their|Our|But|And|So|Yet|Then|Still|However"
    r"|Meanwhile|Also|This|That|These|Those|There)\b"
)
_QUOTES = '"“”‘'
# Past any raw line number: the lines dropped after the article's last kept line.
_END = 2**62
_MARKS = ".,;:()\"“”‘’'!"


def tells_as_seen(line: str) -> bool:
    """Whether ``line`` is one sentence in a caption's tense: no past, future, auxiliary or
    modal, nothing said, no quotation, no question, its subject named (see the module
    docstring).

    Examples
    --------
    >>> tells_as_seen("Policemen and forensic personnel holding white bags for the bodies "
    ...               "arrive at Pueblo Viejo, in the outskirts of Iguala, Guerrero state, "
    ...               "Mexico.")
    True
    >>> tells_as_seen("Al-Kassasbeh was captured in December when his F-16 jet crashed over "
    ...               "northern Syria.")
    False
    >>> tells_as_seen("Police and security agents said they also wanted to gather more "
    ...               "information before raiding the homes.")
    False
    >>> tells_as_seen("Police searched the homes of the fanatic's family and friends.")
    False
    """
    words = line.split()
    low, high = _WORDS
    if not (
        low <= len(words) <= high
        and line[:1].isupper()
        and line.endswith(".")
        and not any(q in line for q in _QUOTES)
        and not has_inner_end(line)
        and _POINTS_BACK.match(line) is None
    ):
        return False
    before = ""
    for word in words:
        w = word.strip(_MARKS).lower()
        if w in _NOT_AS_SEEN or (
            w.endswith("ed") and word[:1].islower() and before not in _BEFORE_PARTICIPLE
        ):
            return False
        if "n't" in w or "n’t" in w:
            return False
        before = w
    return True


def caption_runs(
    items: Iterable[Item],
    *,
    longest: int,
    dropped: DroppedBetween,
) -> Iterator[Item]:
    """The cleaning stream's items, with a kept line in a caption's tense
    (:func:`tells_as_seen`) dropped as ``caption`` when the line just above it and the line
    just under it were dropped as captions. ``dropped(first, last)`` gives the lines dropped
    so far between two raw line numbers (both excluded); the items
    the stream dropped itself are read with them. A long line is article text, never held.
    """
    last = 0  # the raw number of the last kept line

    def around(first: int, stop: int, items: list[Item]) -> list[str]:
        """The kinds of the lines dropped between two kept lines, in line order."""
        drops = [(n, k) for n, k, _ in dropped(first, stop)]
        drops += [(i[2], i[3]) for i in items if i[3] is not None]
        return [kind for _, kind in sorted(drops)]

    def holds(item: Item, since: list[Item]) -> bool:
        nonlocal last
        line, number = item[1], item[2]
        first, last = last, number
        if not (isinstance(line, str) and len(line) <= longest and tells_as_seen(line)):
            return False
        above = around(first, number, since)
        return bool(above) and above[-1] == "caption"

    def decide(held: list[Item], after: Item | None) -> tuple[list[Item], Item | None]:
        gap, line, number = held[0][:3]
        under = around(number, _END if after is None else after[2], held[1:])
        if not under or under[0] != "caption":
            return held, None
        return [(gap, line, number, "caption", _REASON), *held[1:]], None

    return hold_kept(items, holds=holds, decide=decide)
