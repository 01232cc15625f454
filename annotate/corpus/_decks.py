"""A deck in headlinese under the title: ``Lack of attention to Democratic race hurting rivals
Sanders, O'Malley.``.

A newspaper's text export holds the headline on its first line and, a blank line under it, the
deck (the subheadline the paper set under it). Most decks are sentences (``Sanders praises Obama
after 45-minute meeting on policy and politics.``, ``At Tennessee college, Republicans struggle
over public endorsement.``) and are read as the story's: a sentence an annotator can label. Some
are in headlinese, a noun phrase whose predicate is a participle with its auxiliary dropped
(``Lack of attention to Democratic race hurting rivals Sanders, O'Malley.``, PolNeAR wash-post
2015-12-23, seed 1429's judge; ``Nation shuffling top diplomats and honing its rhetoric to defend
image.``, wash-post 2016-04-07): no finite verb, so not a sentence, and the headline's, not the
story's (the NYT's decks, set close under a title closed by a semicolon, are dropped as
headlines already; see ``_DECK_WORDS`` in annotate.corpus._clean).

The shape, read on the words alone since the project has no tagger: an ``-ing`` word after a
content word (``race hurting``, ``journalist' being``), the words before it (the subject) with
no finite verb: no lower-case word ending in ``s`` after the first (``Campaign criticizes ...``,
``Sanders praises ...``: a present tense), and a compound's ``-ed`` (``still-jailed``) is an
adjective; and in the whole line none of the copulas, auxiliaries, irregular pasts and modals,
no ``-ed`` word after the first but a passive participle's (``being watched``) and no speech
verb (``..., experts say``). A deck that is a sentence has a verb before its first ``-ing`` word or
no ``-ing`` word at all, and stays.

A deck may be a noun phrase with no predicate at all (:func:`is_noun_deck`), as the Post set two
under "Truck attack in France kills at least 80." (PolNeAR wash-post 2016-07-15: ``Suspected
Terror on Bastille Day.``, then ``'Carnage on the road' in southern city of Nice.``): the same
test of no finite verb, no present tense after the first word and no ``-ing`` word, and no
comma. The verb lists do not know every verb, and a story may open on a phrase (``So much for
the contrite Donald Trump.``, USA Today; ``YouTube and Google.``, the NYT) or a deck be a
sentence whose verb they miss (``At Tennessee college, Republicans struggle over public
endorsement.``), so the first deck under the title is taken only in headline case, as a
headline is set; a second deck a blank line under it may be in sentence case. On every FNC-1
body and PolNeAR text, these take the Post's two decks alone.

A deck may open in lower case (:func:`is_lower_deck`), as no story's sentence does: the Post's
export sets some decks so, phrases joined by semicolons (``ad blitz planned; romney to speak
out.``, PolNeAR wash-post 2016-03-03). And a deck may come split in two paragraphs mid-phrase
(``Activists on both sides.`` / ``of the issue gear up for national, local elections.``, wash-post
2016-06-28; ``NSA leaker critical.`` / ``of group's methods in disclosing information.``,
2016-08-01; ``Libertarian candidate pushes to hit needed.`` / ``15 percent mark in polls.``,
2016-08-28): the second half opens in lower case or on a figure and a lower-case word, a few
words (:func:`is_deck_tail`); it tells that the short line over it, under the title, is the
deck's first half, not the story's first sentence.
"""

from __future__ import annotations

import re

from annotate.corpus._furniture import title_case
from annotate.corpus._headlines import has_inner_end
from annotate.corpus._subheadings import is_verbless

__all__ = [
    "DECK_WORDS",
    "is_deck_tail",
    "is_lower_deck",
    "is_noun_deck",
    "is_participle_deck",
    "is_split_deck",
    "may_be_present",
]

# A headline's deck is a line of a headline's length: on PolNeAR's 153 texts whose title ends in
# a semicolon, the line under it is at most 16 words but one standfirst of 45.
DECK_WORDS = 20
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A deck opening in lower case: a word all in lower-case letters first (not "iPhone", "eBay").
_LOWER_OPENING = re.compile(r"[a-z]+(?:'s)?\s")
# A deck's second half: a lower-case word first, or a figure and a lower-case word.
_TAIL_OPENING = re.compile(r"(?:\d[\d,.]*\s+)?[a-z]+(?:'s)?\s")
# A deck's second half is a few words; its first half, over it, too.
_TAIL_WORDS = 10
_HEAD_WORDS = 8
# A word in lower case: a phrase's, not a date's or a name's alone.
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A participle is a word of at least five letters ending in "-ing"; these nouns and prepositions
# end so too.
_ING = re.compile(r"[a-z]{2,}ing")
_NOT_PARTICIPLES = frozenset(
    [
        "during",
        "according",
        "regarding",
        "including",
        "following",
        "morning",
        "evening",
        "thing",
        "nothing",
        "something",
        "anything",
        "everything",
    ]
)
# The words that may stand before a participle that is not a predicate: it is then an object or
# an adjunct ("after meeting", "and timing", "the spending").
_BEFORE_ADJUNCT = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "but",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "after",
        "before",
        "about",
        "over",
        "into",
        "without",
        "while",
        "when",
        "since",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "not",
        "no",
        "another",
        "every",
        "each",
        "some",
        "any",
        "more",
        "most",
        "keep",
        "keeps",
        "stop",
        "stops",
        "start",
        "starts",
        "say",
        "says",
    ]
)
_SPEECH = frozenset(["say", "says", "tell", "tells", "claim", "claims", "warn", "warns"])


def is_participle_deck(line: str) -> bool:
    """Whether ``line``, set under the title, is a deck in headlinese: a subject and a participle
    for its predicate, no finite verb (see the module docstring).

    Examples
    --------
    >>> is_participle_deck("Lack of attention to Democratic race hurting rivals Sanders, O'Malley.")
    True
    >>> is_participle_deck("Sanders praises Obama after 45-minute meeting on policy and politics.")
    False
    >>> is_participle_deck("Democrats are hoping for a long race.")
    False
    """
    words = _WORD.findall(line)
    if (
        not words
        or len(line.split()) > DECK_WORDS
        or not line[0].isupper()
        or line[-1] not in ".…"
        or has_inner_end(line)
    ):
        return False
    lowered = [w.lower().replace("’", "'") for w in words]
    # No finite verb anywhere; a passive participle's "-ed" (``being watched``) and a
    # compound's (``still-jailed``) are not one.
    passive = {i + 1 for i, w in enumerate(lowered) if w in ("being", "been")}
    finite = [w for i, w in enumerate(lowered) if i not in passive and "-" not in w]
    if not is_verbless(finite) or any(w in _SPEECH for w in lowered):
        return False
    for i, word in enumerate(lowered[1:], start=1):
        if _ING.fullmatch(word) and word not in _NOT_PARTICIPLES:
            subject = lowered[:i]
            # "Clinton's supporting ..." may be "Clinton is supporting ...".
            return (
                subject[-1] not in _BEFORE_ADJUNCT
                and not subject[-1].endswith("'s")
                and not any(may_be_present(w) for w in words[1:i])
            )
    return False


def may_be_present(word: str) -> bool:
    """Whether a word of the subject may be a verb in the present tense: lower case, ending in
    one ``s`` and not a possessive (``criticizes``, ``praises``; ``attention`` is not)."""
    return (
        word[:1].islower()
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "’s", "us", "is"))
    )


_NOUN_DECK_WORDS = 3


def is_noun_deck(line: str, *, titled: bool = False) -> bool:
    """Whether ``line``, set under the title (or under a deck there), is a deck that is a noun
    phrase: no verb at all (see the module docstring); with ``titled``, in headline case.

    Examples
    --------
    >>> is_noun_deck("Suspected Terror on Bastille Day.", titled=True)
    True
    >>> is_noun_deck("So much for the contrite Donald Trump.", titled=True)
    False
    >>> is_noun_deck("'Carnage on the road' in southern city of Nice.")
    True
    >>> is_noun_deck("Sanders praises Obama after meeting on policy.")
    False
    >>> is_noun_deck("A truck rammed into a crowd in Nice.")
    False
    """
    words = _WORD.findall(line)
    # A label in capitals ("ABSTRACT.", "LETTERS.") or a word or two is a heading's, which
    # other rules name.
    if (
        len(words) < _NOUN_DECK_WORDS
        or line.isupper()
        or len(line.split()) > DECK_WORDS
        or not (line[0].isupper() or line[0] in "'‘\"“")
        or line[-1] not in ".…"
        or has_inner_end(line)
    ):
        return False
    if titled and not title_case(line):
        return False
    lowered = [w.lower().replace("’", "'") for w in words]
    return (
        "," not in line
        and is_verbless(lowered)
        and not any(w in _SPEECH for w in lowered)
        and not any(_ING.fullmatch(w) and w not in _NOT_PARTICIPLES for w in lowered)
        and not any(may_be_present(w) for w in words[1:])
    )


def _one_phrase(line: str, most: int) -> bool:
    """Whether ``line`` is at most ``most`` words with one stop, at its end: a deck's piece."""
    return len(line.split()) <= most and line.endswith(".") and not has_inner_end(line)


def is_lower_deck(line: str) -> bool:
    """Whether ``line``, right under the title, is a deck in lower case: a lower-case word first,
    a headline's length, ending with a stop.

    Examples
    --------
    >>> is_lower_deck("ad blitz planned; romney to speak out.")
    True
    >>> is_lower_deck("iPhone sales fell in the quarter, Apple said.")
    False
    >>> is_lower_deck("The Republican Party was in a state of pandemonium Wednesday.")
    False
    """
    return _LOWER_OPENING.match(line) is not None and _one_phrase(line, DECK_WORDS)


def is_deck_tail(line: str) -> bool:
    """Whether ``line`` has the shape of a deck's second half, split off mid-phrase: a lower-case
    word first, or a figure and a lower-case word, a few words, one stop at the end.

    Examples
    --------
    >>> is_deck_tail("of the issue gear up for national, local elections.")
    True
    >>> is_deck_tail("15 percent mark in polls.")
    True
    >>> is_deck_tail("15 people were killed on Monday when a bus crashed, police said.")
    False
    >>> is_deck_tail("Both sides of the debate agreed on one thing.")
    False
    """
    return _TAIL_OPENING.match(line) is not None and _one_phrase(line, _TAIL_WORDS)


def is_split_deck(line: str, below: str) -> bool:
    """Whether ``line``, right under the title, is a deck's first half, ``below`` (the next line
    with text) its second: a phrase of a few words with its stop over a deck's tail
    (:func:`is_deck_tail`). A date alone over a caption's tail (Wikinews's ``Saturday,
    September 12, 2015`` over ``pilgrims at Mecca's Grand Mosque in 2008.``, GUM) is no phrase.

    Examples
    --------
    >>> is_split_deck("NSA leaker critical.", "of group's methods in disclosing information.")
    True
    >>> is_split_deck("Saturday, September 12, 2015.", "pilgrims at Mecca's Grand Mosque in 2008.")
    False
    >>> is_split_deck("Trump won Nevada.", "He won it by 20 points, the most this year.")
    False
    """
    return (
        _one_phrase(line, _HEAD_WORDS)
        and _LOWER_WORD.search(line) is not None
        and is_deck_tail(below)
    )
