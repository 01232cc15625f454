"""A sentence end at an ellipsis written as one character: ``... telling me this… It's not``.

pysbd ends a sentence at three full stops before a space and a capital (``... he said this...
It is not so.``) but never at ``…``, the same mark as one character, which is not among its
sentence-final marks; nor at either mark glued to the capital (``... hasn't been
tested…Rory played it too.``). News writes both: transcribed speech marks a pause between two
sentences so, and a quoted text an omission between them (``... to live under human skin …
It is also worth pointing out ...``). Here ``…`` after a word, perhaps after a space, ends a
sentence before a capital as pysbd's ``...`` does, and either mark glued between a word and a
capitalised word ends one too. An editor's placeholder in square brackets may stand between
the mark and the next sentence's capital (``... this time line by line… [Redacted Taibbi
quote] I think it's unlikely ...``, FNC-1 879, an email with the other side's words taken
out): a bracket that opens with a capital and has a capitalised word after it is read as
that word alone after the mark would be, a passage left out or a note (``[Applause]``) before
the next sentence, and the cut is made before the bracket. A bracket with a word in lower case
after it (``[applause] and we will win``) is not. The cuts are made before the corrections of
:mod:`annotate.corpus._boundaries`, which read ``…`` as ``...``: a lone capitalised word after
a spaced omission mark (``I have never met … Doley.``) still goes on with its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from annotate.corpus._attributions import ATTRIBUTION_READ, opens_attribution, speech_verbs
from annotate.corpus._glued import SlicedLine, split_at

__all__ = ["split_ellipses"]

# After a letter or digit (not an opening bracket or quote: ``[…]``, ``"… We believe``): ``…``,
# perhaps after a space, then a space or none before a capitalised word (not one in capitals:
# ``... chopping off her cheating husband's manhood… TWICE.`` is one sentence said louder); or
# ``...`` glued to a capitalised word, perhaps after a space ("because they're lazy ...It could
# be a divorce", FNC-1 1922; pysbd cuts one spaced on both sides itself).
# A quotation may close after the mark ("... like the Koch brothers …” Yep, nothing says
# success ...", FNC-1 2052): the cut is after its closing quote. A figure's per cent sign ends
# a word as a digit does ("... is 29%...On the other hand, 53% of those ...", PolNeAR
# huff-post 2016-05-02, two quoted sentences the source joined). Either mark ends one before
# the one-letter "I" or "A" and a space, as before a capitalised word ("... it went off without
# a hitch...I felt strong.", FNC-1 374). A bracketed placeholder that opens with a capital may
# come between, the next sentence's capital after it ("... line by line… [Redacted Taibbi
# quote] I think ...", FNC-1 879): the cut is before the bracket.
_ELLIPSIS = re.compile(
    r"(?<=[^\W_]|%)(?: ?…(?:”| ?\"(?= ))?| ?\.\.\.(?=[A-Z][a-z]|[AI]\s| \[[A-Z]))"
    r"(?= ?(?:[A-Z][a-z'’]|[AI]\s|\[[A-Z][^\[\]]{0,40}\] +(?:[A-Z][a-z'’]|[AI]\s)))"
)


# Words that open what must follow them: an article, a conjunction, a possessive, "of",
# "what". An ellipsis after one marks words left out, not a sentence end. (Not other
# prepositions: a sentence may end on one, "... chewed into… The rats appear ...", or break off
# after one, "... it will have an effect on… Donna Brazile is no longer with CNN ...".)
_OPENING_WORDS = frozenset(
    "a an the and but or nor so of what my your his her their our its".split()  # noqa: SIM905
)
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_WORD_READ = 12
_LEAST_WORDS = 3


def split_ellipses(line: SlicedLine, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Cut each sentence of ``line`` after an ellipsis that ends a sentence (see the module
    docstring).

    ``spans`` are the line's sentences in order; the same text comes back in the same order,
    in as many or more (:func:`annotate.corpus._glued.split_at`).

    Examples
    --------
    >>> line = "He was telling me this… It's not testosterone."
    >>> [line[s:e] for s, e in split_ellipses(line, [(0, len(line))])]
    ['He was telling me this…', "It's not testosterone."]
    """
    return split_at(line, spans, _ellipsis_cuts)


def _ellipsis_cuts(text: str) -> Iterator[tuple[int, int]]:
    if "…" not in text and "..." not in text:
        return
    ends = [
        m.end()
        for m in _ELLIPSIS.finditer(text)
        if _ends_sentence(text, m.start()) and not _attributed(text, m)
    ]
    for at, after in pairwise([*ends, len(text)]):
        # What follows, up to the next cut, is a sentence: three words or more (not "the
        # term … Islamic terrorist?").
        if len(text[at:after].split()) >= _LEAST_WORDS:
            yield at, at + (text[at] == " ")


def _attributed(text: str, mark: re.Match[str]) -> bool:
    """Whether the quotation the ellipsis ``mark`` closes goes on with its attribution: a
    speech verb first (``True heroes…” Tweeted Minister Peter MacKay.``, FNC-1 1970), or a
    name and a speech verb (see annotate.corpus._attributions)."""
    if mark.group()[-1:] not in '”"':
        return False
    after = text[mark.end() : mark.end() + ATTRIBUTION_READ].lstrip()
    first = _FIRST_WORD.match(after)
    return (first is not None and first.group().lower() in speech_verbs()) or opens_attribution(
        after
    )


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the word before the ellipsis at ``text[at]`` may end a sentence: not a word
    that needs one after it ("The … Clinton team", "Not Only Going To Benefit You But…The
    Larger Economy", "So… Rebecca Schoenkopf ... is pretty certain")."""
    word = _WORD_BEFORE.search(text, max(0, at - _WORD_READ), at)
    return word is None or word.group().lower() not in _OPENING_WORDS
