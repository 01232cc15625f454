"""A picture's caption set as a paragraph among the story's, without its stop: ``A fighter
aircraft of the US-led coalition flies over Mursitpinar in the outskirts of Suruc, at the
Turkey-Syria border``.

A page that sets its pictures between the story's paragraphs leaves, scraped into text, each
caption as a paragraph of its own; the tabloids and their copies set it without a final mark
(FNC-1 495, between "The Observatory said the militants are being trained ..." and "Rami
Abdulrahman, who runs the SOHR, said ..."; the Daily Mail's "A Kurdish Peshmerga female
fighter takes up a position during combat skills training before being deployed to fight Isis
militants", FNC-1 675). The story's paragraphs around it end their sentences; a paragraph
that does not, between two that do, is furniture or a sentence that lost its stop (FNC-1's
"Police opened fire on about 100 teaching college students ..."): what tells the caption is
what it says and how. It tells what the picture shows as it is seen, in the present tense: a
subject that opens with an article ("A fighter aircraft of the US-led coalition"), then its
verb with an "-s" ("flies", "takes", "walks") and where or how (a preposition, an article,
an adverb: "flies over", "takes up"). The story tells what happened in the past, and what a
source says ("says", "claims", "believes" are the story's verbs, not a picture's).

What it must not take: a plural noun after the subject's adjective is not a verb ("A wrap of
online fakes and hoaxes", a box's label, has no preposition after "fakes"); a relative clause
or a past tense before the verb makes the line the story's ("The funeral for three Kurdish
fighters who died ... was held"); a comma before it sets off a clause the subject is not.
A form of "be" or "have" after the "-s" word in its clause is the clause's verb, the "-s" word
a noun ("The largest crabs in British waters are spider crabs"). On every FNC-1 body and
PolNeAR text, the lines in this shape and place are four pictures' captions (FNC-1 495, 675,
994 and 1748).
"""

from __future__ import annotations

import re

from annotate.corpus._subheadings import is_verbless

__all__ = ["is_placed_scene", "shows_scene"]

_OPENING = re.compile(r"(?:A|An|The) ")
# Before the verb, a word that makes the "-s" word after it a noun ("of resources", "the
# ships", "two fighters").
_BEFORE_NOUN = frozenset(
    {"of", "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "and", "with"}
    | {"for", "in", "on", "at", "to", "from", "by", "many", "some", "these", "those", "all"}
    | {"both", "several", "few", "other", "more", "most", "two", "three", "four", "five"}
)
# After the verb, where or how the picture's subject does it: a preposition, a particle, an
# article or an adverb of sequence.
_AFTER_VERB = frozenset(
    {"over", "up", "down", "on", "in", "at", "to", "from", "into", "past", "through", "with"}
    | {"the", "a", "an", "his", "her", "their", "its", "off", "out", "away", "across", "along"}
    | {"toward", "towards", "during", "after", "before", "behind", "beside", "outside", "near"}
    | {"as", "back", "around", "under", "onto"}
)
# The story's verbs: of speech and thought, and "is", "has", "was", "does".
_STORY_VERBS = frozenset(
    {"says", "is", "has", "was", "does", "claims", "reports", "believes", "thinks", "adds"}
    | {"notes", "tells", "explains", "insists", "argues", "suggests", "admits", "writes"}
    | {"warns", "seems", "appears", "remains", "means", "needs", "wants"}
)
# A relative word or a finite verb of the past or the future before the "-s" verb.
_NOT_SUBJECT = frozenset(
    {"who", "which", "that", "was", "were", "is", "are", "has", "had", "will", "would"}
)
# A form of "be" or "have" after the "-s" word, in its clause: the clause's verb.
_BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had"})
_CLAUSE_ENDS = frozenset(
    {"who", "which", "that", "as", "when", "while", "before", "after", "because", "but", "and"}
    | {"where", "if", "until"}
)
# The verb comes within the subject's first words.
_SUBJECT_WORDS = 10
_MARKS = ".,;:()\"“”‘’'"


def shows_scene(line: str) -> bool:
    """Whether ``line`` (a paragraph without a stop between two of the story's) tells what a
    picture shows: an article and its subject, then a verb in the present tense with an
    "-s" and where or how (see the module docstring).

    Examples
    --------
    >>> shows_scene("A fighter aircraft of the US-led coalition flies over Mursitpinar in the "
    ...             "outskirts of Suruc, at the Turkey-Syria border")
    True
    >>> shows_scene("A wrap of online fakes and hoaxes")
    False
    >>> shows_scene("The economic damage caused by the misallocation of resources, as so "
    ...             "frequently happens in Communist countries")
    False
    >>> shows_scene("The spokesman says the jets are not airworthy")
    False
    """
    if _OPENING.match(line) is None:
        return False
    words = line.split()
    for j, word in enumerate(words[1 : _SUBJECT_WORDS + 1], 1):
        w = word.strip(_MARKS).lower()
        if word.endswith(",") or w in _NOT_SUBJECT or (word[:1].islower() and w.endswith("ed")):
            return False
        if (
            word[:1].islower()
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and words[j - 1].lower() not in _BEFORE_NOUN
        ):
            after = words[j + 1].strip(_MARKS).lower() if j + 1 < len(words) else ""
            return (
                w not in _STORY_VERBS
                and (after in _AFTER_VERB or after.endswith("ly"))
                and _no_later_verb(words[j + 1 :])
            )
    return False


def _no_later_verb(rest: list[str]) -> bool:
    """Whether no form of "be" or "have" follows in the same clause: one that does is the
    clause's verb, and the "-s" word before it a noun ("The largest crabs in British waters
    are spider crabs")."""
    for word in rest:
        w = word.strip(_MARKS).lower()
        if w in _CLAUSE_ENDS:
            return True
        if w in _BE_HAVE:
            return False
    return True


# Where the picture's subject is: a preposition of place or time after the subject.
_PLACING = frozenset(
    {"on", "at", "in", "near", "outside", "inside", "during", "over", "above", "under"}
)
_PLACED_WORDS = (4, 20)


def is_placed_scene(line: str) -> bool:
    """Whether ``line`` (a paragraph without a stop between two of the story's) names what a
    picture shows and where, with no verb: ``Damaged airplanes on the tarmac at Tripoli
    international airport`` (FNC-1 189). No finite verb, no past tense after the first word
    (a participle that opens the line is its adjective: "Damaged"), no "-s" word that reads as
    a verb after the subject's first two words (see :func:`shows_scene`), and a place.

    Examples
    --------
    >>> is_placed_scene("Damaged airplanes on the tarmac at Tripoli international airport")
    True
    >>> is_placed_scene("Militias seized airplanes on the tarmac at Tripoli airport")
    False
    >>> is_placed_scene("The airport remains closed to traffic in Tripoli")
    False
    """
    words = [w.strip(_MARKS) for w in line.split()]
    low, high = _PLACED_WORDS
    if not (low <= len(words) <= high and line[:1].isupper()):
        return False
    lowered = [w.lower() for w in words]
    if not is_verbless(lowered) or not any(w in _PLACING for w in lowered[1:]):
        return False
    for j in range(2, len(words) - 1):
        w = words[j]
        if (
            w[:1].islower()
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and lowered[j - 1] not in _BEFORE_NOUN
            and (lowered[j + 1] in _AFTER_VERB or lowered[j + 1].endswith("ly"))
        ):
            return False
    return True
