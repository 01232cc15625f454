"""A picture's alt text and the caption set right under it: ``kevin vickers 2`` /
``Then-RCMP Insp. Kevin Vickers fields questions ... on Monday, Sept. 25, 2000.``.

A page that sets its pictures among the story's paragraphs leaves, scraped into text, each
picture's alt text on a line of its own, the caption on the line right under it (a single
line break between them): HuffPost Canada's slideshow of four pictures in FNC-1 1472 labels
each with the subject's name in lower case and the picture's number (``kevin vickers 1`` to
``kevin vickers 4``), over The Canadian Press's caption. The alt text alone is dropped as a
label (see :func:`annotate.corpus._headlines.is_lone_word`); two things were left:

- The alt text with its picture's number after a line a picture cut off mid-sentence ("He
  has served in the role for the past eight years,") was read as the rest of that sentence
  and glued to it. Prose that goes on after a line break does not end on a bare number with
  a new paragraph's capital right under it: words in lower case and a number, with a capital
  line under it, are the picture's alt text (:func:`is_numbered_alt`).
- The caption under it, when it lacked the agencies' exact shape the caption rules read
  (a descriptor inside the name, "Then-RCMP spokesman Kevin Vickers ponders ..."; the date
  mid-line, "..., Monday Sept. 17, 2001, in Neguac, N.B. as he ..."; a passive "is
  introduced"), was kept as a sentence. Under alt text, a caption is told by what a caption
  says and a story's sentence does not: what the picture shows, in the present tense right
  after a name, and the day it was taken (:func:`captions_alt`).

- A picture's alt text under the lead-in that introduces the picture ("The following is a
  photo of the woman wearing one of her fur coats:" over "fur coat made of cats", FNC-1 1938)
  was read as the rest of the lead-in's sentence: after a colon the story's own words go on
  with a verb or end with a mark; a few words in lower case with neither, alone in their
  paragraph, are the picture's alt text (:func:`alts_lead_in`).

- A picture's alt text glued before its caption on one line, the picture's credit the next
  paragraph (``grafitti penis 2 million car Someone painted a graffiti dick on a $2.5 million
  car`` over ``images: Metro``, FNC-1 124, seed 1581's judge): the image's name, its
  hyphens gone, is a run of words in lower case and figures with no verb, and the caption's
  capital follows it with no mark between. A story's paragraph never opens in lower case on a
  phrase with no verb and then starts again on a capital; with the credit under it, the whole
  line is the picture's (:func:`opens_with_alt`). On every FNC-1 body and PolNeAR text, it
  is the one line so over a credit; the others that open so end their sentence (a quotation
  run on, a paragraph the scrape cut into).

What they must not take: the story's sentence under an image's file name, which this page
shape leaves as well ("fat-kid-in-mcdonalds" over "According to reports, beginning January 1,
2015, McDonald's will no longer serve customers ...", FNC-1 1848; "pregnant-woman-600" over
"The 600-pound woman was brought in ...", FNC-1 1979): a date without a present tense after a
name, or a past tense without a date, is the story's.
"""

from __future__ import annotations

import re

from annotate.corpus._headlines import ends_sentence, is_lone_word
from annotate.corpus._subheadings import has_auxiliary, is_verbless

__all__ = ["alts_lead_in", "captions_alt", "is_numbered_alt", "opens_with_alt"]

# Alt text that numbers its picture: words in lower case, then the picture's number.
_NUMBERED_ALT = re.compile(r"[a-z]+(?: [a-z]+)* \d{1,3}")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# The day the picture was taken, in full: "Sept. 25, 2000", "June 3, 2011".
_PHOTO_DAY = re.compile(rf"\b{_MONTH} \d{{1,2}}, \d{{4}}\b")
# What the picture shows, in the present tense right after a name's last word ("Kevin Vickers
# fields", "Kevin Vickers, is introduced"): a verb ending in one "s" (not "is", "has", "was",
# "does", "says", which the story uses too), or "is"/"are" and a participle.
_SHOWS = re.compile(
    r"\b[A-Z][\w'’-]*,? (?:(?:is|are) [a-z]+(?:ed|en)\b|(?!(?:has|was|does|says)\b)"
    r"[a-z]+[^\Ws]s\b)"
)
# A clause's subject: alt text names what the picture shows, with no one speaking.
_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they"])
# The name and its verb open the caption: within its first words.
_SUBJECT_WORDS = 8
# An agency's caption is a sentence, two at most (PolNeAR's and FNC-1's run to 45 words).
_CAPTION_WORDS = 45


def is_numbered_alt(line: str, below: str) -> bool:
    """Whether ``line`` is a picture's alt text with its number, with the line right under it
    (``below``, "" when a blank line or nothing is) opening with a capital.

    Examples
    --------
    >>> is_numbered_alt("kevin vickers 3", "The new sargeant-at-arms, Kevin Vickers, is "
    ...                 "introduced to Members of Parliament, ... Sept. 18, 2006.")
    True
    >>> is_numbered_alt("kevin vickers 3", "")
    False
    >>> is_numbered_alt("kevin vickers", "The new sargeant-at-arms ...")
    False
    """
    return _NUMBERED_ALT.fullmatch(line) is not None and below[:1].isupper()


def captions_alt(line: str) -> bool:
    """Whether ``line``, set right under a picture's alt text, is the picture's caption: a
    name and its verb in the present tense in its first words, and the day the picture was
    taken.

    Examples
    --------
    >>> captions_alt("Then-RCMP spokesman Kevin Vickers ponders a question, Monday Sept. 17, "
    ...              "2001, in Neguac, N.B. as he comments on confrontations between natives "
    ...              "and non-native fishermen.")
    True
    >>> captions_alt("The new sargeant-at-arms, Kevin Vickers, is introduced to Members of "
    ...              "Parliament, in the House of Commons in Ottawa, Sept. 18, 2006.")
    True

    The story's sentence under an image's file name (FNC-1 1848) has a date and no present
    tense after a name:

    >>> captions_alt("According to reports, beginning January 1, 2015, McDonald’s will no "
    ...              "longer serve customers with a weight capacity over 170 lbs for women "
    ...              "and 245 lbs for men.")
    False
    """
    shows = _SHOWS.search(line)
    return (
        shows is not None
        and len(line[: shows.start()].split()) < _SUBJECT_WORDS
        and _PHOTO_DAY.search(line) is not None
        and len(line.split()) <= _CAPTION_WORDS
    )


def alts_lead_in(line: str, lead_in: str) -> bool:
    """Whether ``line``, alone in its paragraph under the kept line ``lead_in``, is the alt
    text of the picture the lead-in introduces: the lead-in ends in a colon, and the line is
    two or more words in lower case with no mark (see ``_headlines.is_lone_word``), no
    auxiliary and no pronoun: a noun phrase, perhaps with a participle ("made of cats"), not a
    clause.

    Examples
    --------
    >>> lead_in = "The following is a photo of the woman wearing one of her fur coats:"
    >>> alts_lead_in("fur coat made of cats", lead_in)
    True
    >>> alts_lead_in("fur coat made of cats", "She was arrested on Monday.")
    False
    >>> alts_lead_in("she says it is fake", "One neighbour wrote:")
    False
    """
    return (
        lead_in.endswith(":")
        and " " in line
        and is_lone_word(line)
        and not has_auxiliary(words := line.split())
        and _PRONOUNS.isdisjoint(words)
    )


# An image's name glued before its caption: a word in lower case, then words in lower case or
# figures (its hyphens gone: "grafitti-penis-2-million-car"), then the caption's capital.
_GLUED_ALT = re.compile(r"(?P<alt>[a-z]+(?: (?:[a-z]+|\d{1,4})){1,8}) (?=[A-Z])")


def opens_with_alt(line: str) -> bool:
    """Whether ``line``, over its picture's credit, is the picture's alt text glued before its
    caption: two or more words in lower case or figures with no verb and no pronoun, then a
    capital, and no sentence end closing the line (see the module docstring).

    Examples
    --------
    >>> opens_with_alt("grafitti penis 2 million car Someone painted a graffiti dick on a "
    ...                "$2.5 million car")
    True
    >>> opens_with_alt("Someone painted a graffiti dick on a $2.5 million car")
    False
    >>> opens_with_alt("what was Secretary Clinton's judgment in setting up this site")
    False
    >>> opens_with_alt("grafitti penis 2 million car Someone painted it on the car.")
    False
    """
    alt = _GLUED_ALT.match(line)
    if alt is None or ends_sentence(line) or len(line.split()) > _CAPTION_WORDS:
        return False
    words = alt.group("alt").split()
    return is_verbless(words) and not has_auxiliary(words) and _PRONOUNS.isdisjoint(words)
