"""A source's name alone as a paragraph, one the story names in its sentences: an embed's
credit.

A page that sets a video or a picture between the story's paragraphs credits it with its
source's name under it; scraped into text, the embed is gone and its credit is a paragraph of
one word, with the stop PolNeAR's export adds to every paragraph: ``Al-Shabaab.`` under the
paragraph that tells what the group's recruitment video shows (HuffPost, PolNeAR huff-post
2016-01-02, seed 1581's judge), ``Netflix.`` under the quote from the director of the film
that debuts on Netflix (huff-post 2016-10-07, where the same credit stands under the next
picture too). The agencies' and platforms' names are read as credits by their own list
(:func:`annotate.corpus._credits.is_bare_source`); any other source is told by the story.

A story writes a paragraph of one word too: an answer after its question (``Why? Money.``),
an interjection (``Yes.``, ``Wow.``), a word the writer sets apart (``Tennis.`` /
``Boating.``, ``Hairgate.``). None of those is a name the story has already written inside a
sentence, after a word in lower case (``released by Al-Shabaab``, ``debuts on Netflix
Friday``): a capital there marks a proper name, and a proper name alone, not an answer, is
the credit of what the story shows. A capital opening a sentence marks nothing (``Money``
opening "Money talks." is no name). On every FNC-1 body and PolNeAR text, the two kept
paragraphs of one word named so are those credits; the stories' own 91 (a capitalised word
and its stop) name nothing the story wrote inside a sentence before.
"""

from __future__ import annotations

import re

__all__ = ["inner_names", "is_named_source"]

# A capitalised word after a word in lower case (or a figure, or a comma), inside a sentence.
_INNER_NAME = re.compile(r"(?<=[a-z\d,;] )[A-Z][\w'’-]*[\w]")
# A name of one word (hyphens and capitals inside allowed: "Al-Shabaab", "YouTube") and the
# paragraph's stop.
_ONE_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]*\w)\.")


def inner_names(text: str) -> set[str]:
    """The capitalised words ``text`` writes inside its sentences, after a word in lower case.

    Examples
    --------
    >>> sorted(inner_names("A clip is in a video released by Al-Shabaab, the group."))
    ['Al-Shabaab']
    >>> sorted(inner_names("Money talks. Nobody knows."))
    []
    """
    return set(_INNER_NAME.findall(text))


def is_named_source(line: str, named: set[str]) -> bool:
    """Whether ``line`` is a name of one word with its stop that the story has written inside
    a sentence before (``named``, from :func:`inner_names`): an embed's credit, where it
    answers no question (see the module docstring).

    Examples
    --------
    >>> is_named_source("Al-Shabaab.", {"Al-Shabaab", "Somalia"})
    True
    >>> is_named_source("Tennis.", {"Somalia"})
    False
    >>> is_named_source("Al-Shabaab is behind it.", {"Al-Shabaab"})
    False
    """
    one = _ONE_NAME.fullmatch(line)
    return one is not None and one.group("name") in named
