"""Sentence ends inside a parenthesis that is a paragraph's sentence of its own.

pysbd never ends a sentence inside brackets. News sets an aside in them as a sentence of its
own, opening with ``(`` and closing with ``)``, and such an aside may hold more than one
sentence (``(In the press release regarding the new chip, Intel mentions Acer, ... as
potentially using the Core M. Some of these models will be available in time for
Christmas.)``; ``(On the other hand, some analysts have argued that ... was to blame ... We
shall see.)``, FNC-1 1362): each is a task of its own. So a sentence that opens with a
bracket closed only at its end is read again without its brackets, and cut where the
segmenter ends a sentence inside them; the opening bracket goes with the first, the closing
one with the last. A bracket inside a sentence (``He said so (he did. We shall see.) and
left``) is part of the sentence around it and stays whole. A stop may close a quotation first
(``memoir, "Plenty Ladylike." The legislator ...``, PolNeAR nyt 2016-11-02).

An aside closed by its own stop, then a quotation (``(Pro-tip: ... in major statements.)
“The Committee therefore joins ...”``, FNC-1 8), is two sentences too: pysbd cuts after
``.)`` before a capital, not before a quote mark, so the cut is made here. On FNC-1 and
PolNeAR the two rules cut 3 sentences, all right (benchmarks/RESULTS.md, ``fix/seg41``).

Square brackets set an editor's update the same way (``[UPDATE: ESPN publicist Josh Krulewitz
tells ... a panel on domestic violence. Krulewitz says it's a "regular episode ..."]``, FNC-1
1500): an aside in them that holds sentences is cut as one in round brackets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

__all__ = ["bracket_cuts"]

# Each sentence inside has at least this many words: a bracketed list of short items
# ("(Yes. No. Maybe.)") is one aside.
_LEAST_WORDS = 3
_AFTER_CLOSE = ".!?\"”’' "
# The brackets an aside opens and closes with.
_PAIRS = {"(": ")", "[": "]"}
# A sentence's stop inside, perhaps closing a quotation first ('memoir, "Plenty Ladylike."
# The legislator', PolNeAR nyt 2016-11-02).
_STOP = re.compile(r"[.!?][\"”’')]?\s")
# What opens a sentence after an aside: a space, then a quote mark (or NYT's two apostrophes:
# "(He was not.) ''Freddy was a classic illustration ...''", PolNeAR nyt 2016-01-04) and a
# capital.
_QUOTED_SENTENCE = re.compile(r"(\s+)(?:[\"“‘]|'')[A-Z]")

# A sentence inside may open with a quotation ("(The foreground of the audio is a bit
# distracting. “You are pretty. You’re so fine. ...”)", FNC-1 2250; "(... a lower profile. He
# doesn't want ... "It needs to be the President's victory," one source said, ...)", FNC-1 test
# 2553): its capital comes after the quote mark.
_OPENING_QUOTES = "\"“‘'"

Sentences = Callable[[str], "list[tuple[int, int]] | None"]


def bracket_cuts(text: str, sentences: Sentences) -> list[tuple[int, int]]:
    """Where ``text``, one sentence, is cut: ``(before, after)`` pairs (see
    :func:`annotate.corpus._glued.split_at`). ``sentences`` gives the sentences of a text as
    ``(start, end)`` offsets (the segmenter's own, or None when it cannot).

    Examples
    --------
    >>> import re
    >>> def stops(text):
    ...     return [m.span() for m in re.finditer(r"[^.\\s][^.]*\\.", text)]
    >>> text = "(Intel mentions Acer as using the Core M. Some models will be out soon.)"
    >>> [(text[:a], text[b:]) for a, b in bracket_cuts(text, stops)]
    [('(Intel mentions Acer as using the Core M.', 'Some models will be out soon.)')]
    """
    if text[:1] not in _PAIRS or _STOP.search(text) is None:
        return []
    opening, closing = text[0], _PAIRS[text[0]]
    close = len(text.rstrip(_AFTER_CLOSE))
    aside = _closing(text, opening, closing)
    if close < 2 or text[close - 1] != closing or aside != close - 1:
        # An aside closed by its own stop, then a quotation the segmenter ran into it
        # ("(Pro-tip: ... in major statements.) “The Committee therefore joins ...”", FNC-1
        # 8): pysbd cuts after ".)" before a capital, not before a quote mark.
        after = _QUOTED_SENTENCE.match(text, aside + 1) if aside > 0 else None
        if (
            after is None
            or text[aside - 1] not in ".!?"
            or len(text[after.end(1) :].split()) < _LEAST_WORDS
        ):
            return []
        return [(aside + 1, after.end(1))]
    inner = sentences(text[1 : close - 1])
    if not inner or len(inner) < 2:
        return []
    pieces = [text[1 + s : 1 + e] for s, e in inner]
    if (
        any(
            len(p.split()) < _LEAST_WORDS
            or not p.lstrip(_OPENING_QUOTES)[:1].isupper()
            or p[-1] not in ".!?\"”’'"
            for p in pieces[1:]
        )
        or len(pieces[0].split()) < _LEAST_WORDS
        or pieces[0][-1] not in ".!?\"”’'"
    ):
        return []
    return [(1 + e, 1 + s) for (_, e), (s, _) in pairwise(inner)]


def _closing(text: str, opening: str, closing: str) -> int:
    """Where the bracket ``opening`` that opens ``text`` is closed by ``closing`` (-1: never)."""
    depth = 0
    for at, char in enumerate(text):
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if not depth:
                return at
    return -1
