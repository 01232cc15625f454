"""A subheading in capitals inside a line: a story whose paragraphs a scrape ran into one.

A wire sets its story's sections under subheadings in capitals (Reuters: ``NOT KIM'S FIRST
ABSENCE``). When a scrape flattens the story's paragraphs into one line (FNC-1 2230, a whole
Reuters story on one line, two spaces where each paragraph break was), the subheading opens
the sentence after the last paragraph's end: ``... in Washington. NOT KIM'S FIRST ABSENCE
North Korean officials have denied that ...``. :func:`split_inner_heads` cuts it out.

At a paragraph's start a run of capitals before a sentence is cut only as a series
(:mod:`annotate.corpus._glued_headings`): alone it is as often a tabloid's lede in capitals
(``THE ISLAMIC State murderer dubbed ...``) or a run of acronyms (``HP CEO Meg Whitman will
lead ...``). Inside a line, after a sentence's end, the lede cannot be (it opens the story);
the acronyms can, so the run must read as words, not initials: three words or more, two of
them of four letters or more (``FIRST``, ``ABSENCE``; not ``HP CEO``). On every FNC-1 body and
PolNeAR text, the sentences that open with a heading in capitals after another sentence of
their line are 2230's subheading, test 332's ``HP CEO Meg Whitman`` and 243's shout, which
stay (see :func:`_wordy`).

A subheading in sentence case run in the same way shows by the article after it: ``... a deal
at the site. Fitness centre The properties Google purchased comprise ...`` (FNC-1 2329, the
Economic Times; two pools' judges counted it). A phrase of two to four words with no verb, then
``The``, ``A`` or ``An`` before a word in lower case: inside a sentence the article is
capitalised only to open a name (``told The Huffington Post``), whose next word is
capitalised too. On every FNC-1 body and PolNeAR text, after a sentence's end inside a line,
this shape is 2329's subheading alone; one word is left (``Update`` over an update, FNC-1
2469, and a credit, ``Reuters A masked Islamic State militant ...``, test 1687: the rule would
call a credit a heading) (:func:`_cased_head`).

A subheading in sentence case before a name and its speech verb shows by number: ``...
bet on a $9,999 starting price [for the gold model]." Gold straps Gruber says a "starting
price" because ...`` (FNC-1 790 and its copy 645, seed 1558's and 1560's judges). A phrase of
two to four words with no verb that ends on a plural noun cannot be the subject of a verb in
the singular, nor stand in apposition to a lone name (``Republican nominee Trump says`` does,
a singular title). Most such shapes are still prose, so each part is narrowed to what prose
cannot be: the phrase opens with no determiner, number, preposition or pronoun (``Many
times Trump says``) and ends on no plural of a person's role (a group before its name,
``Professional debunkers Snopes has classified ...``, FNC-1 test 2270) nor of time; the verb
is one of speech in the singular, and its clause opens after it (a determiner, a pronoun,
``that``, a quotation): a relative clause without ``that`` goes on with the main verb
instead (``Gold straps Gruber says are coming``). On every FNC-1 body and PolNeAR text this
shape is 790's and 645's subheading alone (:func:`_plural_head`); the same page's ``April
launch Apple is preparing ...`` (FNC-1 test 1232) is left, a singular phrase before a name
being a title's shape (``Apple supplier Quanta is said ...``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.corpus._attributions import speech_verbs
from annotate.corpus._boundaries import OPENER_WORDS
from annotate.corpus._glued_headings import glued_heading, reads_as_words
from annotate.corpus._subheadings import is_verbless

__all__ = ["split_inner_heads"]

# Where a sentence inside the line starts: after an end mark, perhaps a closing quote or
# bracket, and a space; its first two words in capitals. The mark opens the pattern, so the
# engine skips to each one (this reads every line); the word before it is checked after.
# Or a phrase in sentence case before a capitalised article (see _CASED_HEAD), or before a
# lone name and a verb in the singular (see _PLURAL_HEAD).
_SENTENCE_START = re.compile(
    r"[.!?][\"”’')]? (?=[A-Z][^\sa-z]* [^\sa-z]*[A-Z]"
    r"|[A-Z][a-z'’-]+(?: [a-z'’-]+){1,3} (?:The|An?) [a-z]"
    r"|[A-Z][a-z'’-]+(?: [a-z'’-]+){0,2} [a-z]+s [A-Z][a-z]+ [a-z]+s )"
)
# What may stand before a sentence's end mark: a word's last letter, or the bracket that closes
# an aside ("[for the gold model]."), never an initial's capital ("U.S. NAVY").
_BEFORE_END = frozenset(")]")
# How much of the line after a sentence start is read for its heading: its words and the
# next one (at most 18, see _glued_headings).
_READ = 400
_END_MARKS = (".", "!", "?", "…")
# A subheading in sentence case before the next sentence's capitalised article and a word in
# lower case (see the module docstring).
_CASED_HEAD = re.compile(r"[A-Z][a-z'’-]+(?: [a-z'’-]+){1,3}(?= (?:The|An?) [a-z])")


# A subheading whose last noun is plural before a lone name and its speech verb in the
# singular, then the verb's clause (see the module docstring).
_PLURAL_HEAD = re.compile(
    r"(?P<head>[A-Z][a-z'’-]+(?: [a-z'’-]+){0,2} (?P<last>[a-z]+[^s\W'’]s))"
    r" [A-Z][a-z]+ (?P<verb>[a-z]+s)"
    r" (?:(?:a|an|the|that|this|his|her|its|their|he|she|it|they|we|I)\b|[\"“][A-Za-z])"
)
# The plural of a person's role (a group stands so before its name) or of a span of time
# (a phrase fronted before its clause), or a singular noun in "-s" ("status", "analysis"):
# the last nouns a plural subheading cannot end on.
_ROLE_ENDS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ics", "ives", "us", "is")
# fmt: off
_TIME_NOUNS = frozenset({
    "times", "days", "weeks", "months", "years", "decades", "hours", "minutes", "seconds",
    "nights", "mornings", "evenings", "weekends",
})
# A first word that opens a sentence's own subject: a quantifier or a number.
_NOT_HEAD_FIRST = OPENER_WORDS | frozenset({
    "that", "this", "these", "those", "some", "many", "most", "all", "any", "other", "others",
    "several", "few", "both", "each", "every", "no", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "such", "what", "which",
})
# fmt: on


@lru_cache(maxsize=1)
def _singular_speech() -> frozenset[str]:
    """The speech verbs in the singular present (``says``, ``claims``)."""
    return frozenset(v for v in speech_verbs() if v.endswith("s") and not v.endswith("ss"))


def _plural_head(line: str, at: int) -> int:
    """How long the plural subheading at ``line[at:]`` is, with the space after it, or 0 (see
    the module docstring and :data:`_PLURAL_HEAD`)."""
    match = _PLURAL_HEAD.match(line, at)
    if match is None or match.group("verb") not in _singular_speech():
        return 0
    words = match.group("head").lower().split()
    last = match.group("last")
    if words[0] in _NOT_HEAD_FIRST or last.endswith(_ROLE_ENDS) or last in _TIME_NOUNS:
        return 0
    return match.end("head") - at + 1 if is_verbless(words) else 0


def _wordy(head: str) -> bool:
    """Whether ``head`` reads as words, not a run of acronyms (see the module docstring), and
    has no end mark: a sentence shouted in capitals has one (``... I did it on my iPhone as
    well. ALL DOCUMENTS LOST! How on earth ...``, a forum post quoted in FNC-1 243)."""
    return not head.rstrip("\"”’')").endswith(_END_MARKS) and reads_as_words(head)


def split_inner_heads(line: str) -> tuple[str, list[str]]:
    """``line`` without the subheadings in capitals that open a sentence after another of its
    sentences, and those subheadings in text order (see the module docstring).

    Examples
    --------
    >>> line = ("He said so in Washington. NOT KIM'S FIRST ABSENCE North Korean officials "
    ...         "have denied it.")
    >>> body, heads = split_inner_heads(line)
    >>> body
    'He said so in Washington. North Korean officials have denied it.'
    >>> heads
    ["NOT KIM'S FIRST ABSENCE"]
    >>> line = "It was a plan. HP CEO Meg Whitman will lead the business."
    >>> split_inner_heads(line) == (line, [])
    True
    """
    heads: list[str] = []
    pieces: list[str] = []
    at = 0
    for start in _SENTENCE_START.finditer(line):
        # After a word's end mark, not an initial's ("U.S. NAVY").
        before = line[start.start() - 1 : start.start()]
        if start.end() < at or not (before.islower() or before in _BEFORE_END):
            continue
        cut = glued_heading(line[start.end() : start.end() + _READ])
        head = line[start.end() : start.end() + cut].rstrip()
        if not cut or not _wordy(head):
            cut = _cased_head(line, start.end()) or _plural_head(line, start.end())
            head = line[start.end() : start.end() + cut].rstrip()
            if not cut:
                continue
        pieces.append(line[at : start.end()])
        heads.append(head)
        at = start.end() + cut
    if not heads:
        return line, []
    pieces.append(line[at:])
    return "".join(pieces), heads


def _cased_head(line: str, at: int) -> int:
    """How long the subheading in sentence case at ``line[at:]`` is, with the space after it,
    or 0 (see the module docstring): no verb in it, by the verb lists' reading."""
    match = _CASED_HEAD.match(line, at)
    if match is None:
        return 0
    words = match.group().lower().split()
    return match.end() - at + 1 if is_verbless(words) else 0
