"""Sentences run together where a line break was lost: a boundary with no punctuation, or a
full stop with no space after it.

A scraped page, or a caption, heading or note that lost its line break, runs one sentence into
the next with only a space between: ``Bernie Sanders: Credit scores On his campaign website,
...``, ``... gets noticeably better and larger We currently have ...``. A segmenter that
looks for sentence-final punctuation cannot see these. Edited news prose does not capitalise
a pronoun or a preposition inside a sentence, so one right after a word (no mark between)
opens a new sentence, unless it begins a title in title case (``Hands On With the Apple
Watch``), which the next word that title case capitalises shows: that word must be in lower
case. So a caption glued to its paragraph before a name (GUM's ``... constituency In the New
Territories West``) is not cut either. On FNC-1 train bodies and PolNeAR (2,695 articles)
this cuts 12 places: 10 run-together sentences (a subheading, a tweet's handle, song lyrics,
a store's name) and two typos (``reported that It was``, ``punch protesters In the face``),
which the two checks below leave uncut.
A preposition's phrase that goes on with ``and`` or ``or`` and a verb (``In the face and goes
on to highlight ...``, PolNeAR politico 2016-03-12, seed 1471's judge) is inside its sentence:
a sentence that opens with one goes on with its subject or a comma, never a second verb, so
the typo is not cut. Nor is a capital after a word that cannot end a sentence, since it opens
what must follow it: a conjunction, an article, a possessive, a preposition
(``annotate.corpus._boundaries.OPENER_WORDS``) or "that" (``Naij.com reported that It was
later discovered ...``, FNC-1 1725, seed 1561's judge: one sentence with a stray capital,
not a heading run into a sentence, which ends on a content word).

A line break lost after a full stop leaves the stop between two words with no space (``...
between February 9th and February 16th.The report indicates ...``). Neither pysbd nor the
rule above cuts there. A stop glued between a word and a capitalised one is a sentence end
when the word before it is a plain word (lower case, or capitalised with no other capital:
not ``iGen.Fr``, ``InFlexWeTrust.Com``), a number (``1000.Watch``, ``16th.The``) and not an
abbreviation pysbd knows (``St.Louis``, ``Gov.Christie``), the word after it is a word (a
capital, then lower case: not ``Reporters.DZ``, ``005930.SE``; perhaps more such parts, a
name with an inner capital: ``... for future accessories.TechCrunch's Matthew Panzarino is
...``, FNC-1 664) and neither is part of an address (``@``, ``/``, ``.`` next to them:
``nytimes.com``, ``TechCrunch.com``, ``Node.js`` is lower case). On
FNC-1 train bodies and PolNeAR this cuts 70 places, all sentence ends (benchmarks/RESULTS.md,
issue 12, ``fix/seg9``). The word before may mix its cases (a brand: ``Then promptly synced
and deleted it in iCloud.I have public beta ...``, FNC-1 2423) when the word after is the
one-letter ``I`` or ``A`` before a word in lower case or a number (``... right before the
plane took off.A 2010 YouTube video ...``, PolNeAR huff-post 2016-05-19): no domain or file
name ends in a one-letter part followed by a space and a word, so only the brand's own
spelling is left.

A run of exclamation or question marks, perhaps closing a quotation, glued to a capitalised
word lost its space the same way (``... fighting for freedom and justice!!!"Last year, ISIS
called ...``, FNC-1 1800). pysbd cuts after one mark (``justice!"Last``) but not after a run of
them before a closing quote, spaced or not. Only the glued run is cut here: after a space, the
word may be the quotation's speaker (``"Pat Kennedy is the greatest!!!" McDonough wrote``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from pysbd.lang.english import English

from annotate.corpus._boundaries import OPENER_WORDS

__all__ = ["SlicedLine", "split_at", "split_glued"]

# The space before a capitalised pronoun or preposition (perhaps with a contraction: "They've")
# that follows a letter or digit, when the first word after it that title case would
# capitalise is in lower case ("In the face", not "On the Record", "She's a Woman"); that word
# is not a web address ("... How He Spends It http://t.co/..."). The small words are skipped
# possessively, so that "the" itself cannot be taken for that word. "I" is always capitalised,
# and "The", "A", "For", "With" open too many names inside sentences ("told The Huffington
# Post", "Harrison For[d]"), so they are not in the list. A question's "Do", "Does" or "Did"
# opens its sentence as a pronoun does ("... which changes all the dynamics Do you have any
# information ...?", a transcript's lost mark, FNC-1 2261); a title it opens capitalises the
# word after it ("Do They Know It's Christmas").
_GLUED = re.compile(
    r"(?<=[^\W_]) (?=(?:He|She|We|They|It|You|In|On|At|If|Do|Does|Did)(?:['’](?:s|re|ve|ll|d|m))?"
    r" (?:(?:the|a|an|of|to|and|or|for|in|on|at|by|with) )*+[a-z][a-z'’-]*\b(?!:/|\.\w))"
)

# A full stop before a capitalised word of letters that ends the token (a space, a closing
# mark, a possessive, or a stop that ends it in turn), with no space after it: the candidates
# for a lost line break (see the module docstring). The word may have inner capitals, each
# opening a part in lower case ("TechCrunch's", "McDonald"): a name's spelling, while a
# domain's or file's suffix after it ("TechCrunch.com") still fails the token's end. The
# pattern opens with the stop itself, which the regex engine finds fast; the letter or digit
# before it is the word's (_WORD_BEFORE).
# The one-letter words "A" and "I" open a sentence too, before a word in lower case
# ("... competitors and colleagues.A rival biopic ...", FNC-1 1002), or a number ("... before
# the plane took off.A 2010 YouTube video ...", PolNeAR huff-post 2016-05-19).
# A preposition's phrase of one noun, then a second verb joined by "and" or "or": the phrase
# sits inside the sentence ("... punch protesters In the face and goes on ..."), not at a
# sentence's start (see the module docstring).
_COORDINATED = re.compile(
    r"(?:In|On|At) (?:(?:the|a|an|his|her|their|its) )?[a-z'’-]+ (?:and|or) [a-z]{2,}(?:s|ed)\b"
)
# The words a sentence cannot end on (see the module docstring): before a capitalised pronoun
# and its verb, "that" is the conjunction that opens their clause ("reported that It was").
_NO_END_WORDS = OPENER_WORDS | frozenset(["that"])
# The last word before a glued capital, read backwards.
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_STOP_GLUED = re.compile(
    r"\.(?=[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:[\s,;:!?\"”’)]|\.(?!\w)|['’]s\b|$)|[AI] [a-z\d])"
)
# The word before such a stop, read backwards: a plain lower-case or capitalised word, or a
# number with perhaps an ordinal's letters ("16th"). Any other letters mix cases (a brand, a
# domain); a character of an address before the word puts it inside one.
_WORD_BEFORE = re.compile(r"(?:[a-z]{2,}|[A-Z][a-z]{2,}|\d+(?:st|nd|rd|th)?)$")
# Before the one-letter "I" or "A" and a word in lower case, a word of letters in any case.
_ANY_WORD_BEFORE = re.compile(r"[A-Za-z]{2,}$")
# A run of two or more "!" or "?" after a word, perhaps a closing quote, then a capitalised
# word with no space before it.
_MARKS_GLUED = re.compile(r"(?<=[^\W_])[!?]{2,}[\"”’']?(?=[A-Z][a-z]+\b)")
_WORD_READ = 40
_ADDRESS = frozenset("./@:#&=_")
_ABBREVIATIONS = frozenset(English.Abbreviation.ABBREVIATIONS)


def _glued_stops(text: str) -> Iterator[int]:
    """Where in ``text`` (one sentence) a sentence ends at a full stop with no space after it:
    the position just after each such stop."""
    for match in _STOP_GLUED.finditer(text):
        at = match.start()
        before = _ANY_WORD_BEFORE if text[at + 2 : at + 3] == " " else _WORD_BEFORE
        word = before.search(text, max(0, at - _WORD_READ), at)
        if word is None or word.start() == max(0, at - _WORD_READ) > 0:
            continue
        if word.start() > 0 and (
            text[word.start() - 1] in _ADDRESS or text[word.start() - 1].isalnum()
        ):
            continue
        if word.group().lower() in _ABBREVIATIONS:
            continue
        yield at + 1


class SlicedLine(Protocol):
    """What :func:`split_glued` (and ``_embedded_quotes.joined_embedded``) read of a line: a
    ``str``, or a long line decoded as it is read (``annotate.corpus._segment._Source``), by
    slice and forwards only."""

    def __getitem__(self, key: slice, /) -> str: ...


def split_glued(
    line: SlicedLine,
    spans: Iterable[tuple[int, int]],
    first: Callable[[str], list[tuple[int, int]]],
) -> Iterator[tuple[int, int]]:
    """Cut each sentence of ``line`` where another runs into it without punctuation.

    ``spans`` are the line's sentences in order; the same text comes back in the same order,
    in as many or more (:func:`annotate.corpus._glued.split_at`). ``first`` is another rule's
    cuts, made before these on the same reading of the line: a long line is read by one
    reader per stage, each holding its window (see ``annotate.corpus._segment``).

    Examples
    --------
    With a first rule that cuts after a bracketed aside's sentence (as ``_brackets`` does),
    the glued sentences are cut in each piece between its cuts:

    >>> line = "(See the map.) Sanders: Credit scores On his website, he calls them unfair."
    >>> def aside(text):
    ...     return [(14, 15)]
    >>> [line[s:e] for s, e in split_glued(line, [(0, len(line))], aside)]
    ['(See the map.)', 'Sanders: Credit scores', 'On his website, he calls them unfair.']
    """
    return split_at(line, spans, lambda text: _after(text, first))


def _after(text: str, first: Callable[[str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """``first``'s cuts of ``text``, and the glued sentences' cuts in each piece between them."""
    out: list[tuple[int, int]] = []
    start = 0
    for before, after in [*first(text), (len(text), len(text))]:
        out.extend((start + b, start + a) for b, a in _glued_cuts(text[start:before]))
        if before < len(text):
            out.append((before, after))
        start = after
    return out


def _ends_on_opener(text: str, at: int) -> bool:
    """Whether the word that ends ``text`` before ``at`` is one no sentence ends on (see
    :data:`_NO_END_WORDS`).

    >>> _ends_on_opener("Naij.com reported that It was", 22)
    True
    >>> _ends_on_opener("his strong showing in Iowa It was", 26)
    False
    """
    word = _LAST_WORD.search(text, max(0, at - _WORD_READ), at)
    return word is not None and word.group().lower() in _NO_END_WORDS


def _glued_cuts(text: str) -> list[tuple[int, int]]:
    cuts = [
        (m.start(), m.end())
        for m in _GLUED.finditer(text)
        if _COORDINATED.match(text, m.end()) is None and not _ends_on_opener(text, m.start())
    ]
    if "!!" in text or "??" in text or "?!" in text or "!?" in text:
        cuts.extend((m.end(), m.end()) for m in _MARKS_GLUED.finditer(text))
        cuts.sort()
    if "." in text:
        cuts.extend((at, at) for at in _glued_stops(text))
        cuts.sort()
    return cuts


def split_at(
    line: SlicedLine,
    spans: Iterable[tuple[int, int]],
    cuts: Callable[[str], Iterable[tuple[int, int]]],
) -> Iterator[tuple[int, int]]:
    """Cut each sentence of ``line`` where ``cuts`` says another begins.

    The step every boundary rule that only adds boundaries shares (glued sentences,
    ellipses, one-letter words): each rule says where, in one sentence's text, to cut.

    Parameters
    ----------
    line : str
        One line (paragraph) of cleaned text, or a long line read as it goes.
    spans : iterable of (int, int)
        Its sentences, in order, each starting and ending on a non-space character.
    cuts : callable
        Given a sentence's text, its cuts in order, each ``(before, after)``: the sentence
        ends at ``before`` and the next begins at ``after`` (the space between left out).

    Yields
    ------
    (int, int)
        The same text in the same order, in as many or more sentences.
    """
    for start, end in spans:
        cut = start
        for before, after in cuts(line[start:end]):
            yield cut, start + before
            cut = start + after
        yield cut, end
