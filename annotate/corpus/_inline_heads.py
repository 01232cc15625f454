"""Another story's headline set as a paragraph between the story's: a link, inline.

A page links another story inline by its headline alone, set as a paragraph between the
story's (CNN's ``Personal physician divulges Kim Il Sung's quest to live to 100`` between two
paragraphs that end their sentences, FNC-1 2053, round 30's judges). A headline tells its news
in the present tense and drops the article and the auxiliary (``Government fires employee who
skipped work for 24 years``, ``Jordan launches new airstrikes ...``); a story's sentence that
lost its stop tells it in the past, with its articles and pronouns (``The unarmed teen was
killed on August 9``), and says what a source "says".

The shape, all of it: five to fourteen words, no mark at the end or inside, no comma or
colon, not in headline case (other rules read that); a first word that is no article,
pronoun, determiner, preposition or conjunction; within the next four words, before any
auxiliary, pronoun or past tense, a word in lower case with an "-s" (the verb), not one of
speech or state (``says``, ``seems``), and followed neither by "and", "or", "of" (``blogs and
websites``: nouns) nor, in its next two words, by a past tense (``authorities previously
declined``); no auxiliary or pronoun after it. On every FNC-1 body and PolNeAR text the 69
lines of this shape are all the page's: headlines of other stories, a page's own headline
again, pictures' captions, a list's items and an ad's label, none a sentence of a story; 16 of
them alone between two paragraphs that end their sentences.

The place is read on the kept paragraphs, once every other rule has had them (a related
story's box, :mod:`annotate.corpus._inserted_stories`, and a gallery's caption credited by
the headline under it are the rules' own): the kept paragraph before the line and the one
after it end their sentences, or the lines after it are all the page's (a credit), none the
story's (:func:`inline_heads`). A
question (``Why has North Korea decided to talk now?``, FNC-1 2053 too) is left to the rules
that read questions, as the story asks its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from annotate.corpus._furniture import title_case
from annotate.corpus._headlines import ends_sentence, has_inner_end
from annotate.corpus._held_lines import Item, hold_kept

__all__ = ["inline_heads", "tells_as_headline"]

_REASON = "another story's headline set inline between the story's paragraphs"

_HEAD_WORDS = (5, 14)
# fmt: off
# What a headline's first word is not.
_NOT_FIRST = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "my", "your", "he", "she", "it", "they", "we", "i", "you", "there", "here", "some", "many",
    "when", "if", "as", "but", "and", "so", "one", "what", "who", "why", "how", "after",
    "before", "while", "in", "on", "at", "for", "with", "from", "by", "to", "of", "all", "no",
    "not", "every", "each",
})
# The words of a clause that a headline drops: auxiliaries, copulas, subject pronouns.
_CLAUSE_WORDS = frozenset({
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "should", "could", "can", "may", "might", "must", "shall", "said",
    "says", "told", "i", "he", "she", "it", "we", "they", "you", "there",
})
# The "-s" verbs of a story's prose: of speech, thought and state.
_PROSE_VERBS = frozenset({
    "says", "claims", "reports", "believes", "thinks", "adds", "notes", "tells", "explains",
    "insists", "argues", "suggests", "admits", "writes", "warns", "seems", "appears",
    "remains", "means", "needs", "wants",
})
# fmt: on
_VERB_WITHIN = 4
_MARKS = ".,;:()\"“”‘’'"


def tells_as_headline(line: str) -> bool:
    """Whether ``line`` (asked of a line alone between two paragraphs that end their
    sentences) has the shape of another story's headline: news told in the present tense,
    no article first and no auxiliary (see the module docstring).

    Examples
    --------
    >>> tells_as_headline("Personal physician divulges Kim Il Sung's quest to live to 100")
    True
    >>> tells_as_headline("The unarmed teen was killed on August 9")
    False
    >>> tells_as_headline("Jasmine Tridevil says she had to contact more than 50 doctors")
    False
    >>> tells_as_headline("Several Islamist blogs and websites reported last week that Rosenberg")
    False
    """
    words = line.split()
    low, high = _HEAD_WORDS
    if not (
        low <= len(words) <= high
        and line[:1].isupper()
        and (line[-1].isalnum() or line[-1] in "'’\"”)")
        and not ends_sentence(line)
        and not has_inner_end(line)
        and "," not in line
        and ":" not in line
        and not title_case(line)
    ):
        return False
    lowered = [w.strip(_MARKS).lower().replace("’", "'") for w in words]
    if lowered[0] in _NOT_FIRST:
        return False
    for j in range(1, min(_VERB_WITHIN + 1, len(words) - 1)):
        word, w = words[j].strip(_MARKS), lowered[j]
        if w in _CLAUSE_WORDS or w in _NOT_FIRST or (word[:1].islower() and w.endswith("ed")):
            return False
        if word[:1].islower() and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
            after = lowered[j + 1 : j + 3]
            return (
                w not in _PROSE_VERBS
                and after[0] not in ("and", "or", "of")
                and not any(a.endswith("ed") for a in after)
                and not any(a in _CLAUSE_WORDS for a in lowered[j + 1 :])
            )
    return False


def inline_heads(items: Iterable[Item], *, longest: int, last: Callable[[], int]) -> Iterator[Item]:
    """The cleaning stream's items, with a kept line in a headline's shape
    (:func:`tells_as_headline`) dropped as ``headline`` when the kept paragraphs before and
    after it end their sentences, or when it is the last kept line and the raw text goes on
    after it (``last()``: the raw number of the article's last line with text, known once
    the stream has ended); see the module docstring. Only such a line is held, with the
    dropped lines after it, until the next kept line (:func:`hold_kept`); a long line is
    article text, never held, and read as ending its sentence."""
    ended = False  # the last kept line not held ends a sentence

    def holds(item: Item, _since: list[Item]) -> bool:
        nonlocal ended
        line = item[1]
        if ended and isinstance(line, str) and len(line) <= longest and tells_as_headline(line):
            ended = False
            return True
        ended = not isinstance(line, str) or ends_sentence(line)
        return False

    def decide(held: list[Item], after: Item | None) -> tuple[list[Item], Item | None]:
        head_gap, head, head_number, _, _ = held[0]
        dropped = [(head_gap, head, head_number, "headline", _REASON), *held[1:]]
        if after is None:
            # At the end, a line the page set more lines after (a credit, a notice, all
            # dropped) is no last sentence of the story: the story's end is before the
            # page's (FNC-1 2053's link over "CNN's Dana Ford, ... contributed to this
            # report.").
            return (dropped if head_number < last() else held), None
        gap, line, number, kind, reason = after
        if isinstance(line, str) and not ends_sentence(line):
            return held, None
        # The break before the headline is the story's own.
        return dropped, (head_gap if head_gap == "\n\n" else gap, line, number, kind, reason)

    return hold_kept(items, holds=holds, decide=decide)
