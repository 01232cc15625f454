"""An embed's label over its title: ``Controversial policy ended:`` / ``NYC 'Stop and Frisk'
Debate``.

A page sets a video or a related story's embed in the story as a label ending in a colon, the
embed's title set close under it, and the story going on under that (FNC-1 1802, USA Today)::

    Controversial policy ended:
    NYC 'Stop and Frisk' Debate
    New York Gov. Andrew Cuomo held a signing ceremony July 7 ...

The title is dropped as a headline by the line rules; the label over it is no lead-in of the
story's: it leads into nothing that stays. A story's own lead-in is a clause with a speaker
and a verb of saying (``She writes:``, ``Obama tweeted:``, ``The letter from 1974 in full:``
over a letter), and what it leads into is a quotation, a tweet or a list, not a title. The
label has a kicker's shape instead (see annotate.corpus._kickers): a few words opening with a
capital, on a content word (not an article, a pronoun, "Here"), no verb of saying. It is told
by that shape and by the line under it, with no blank between, dropped as a headline or a
heading; a lead-in with a blank line between it and what it introduces (``Before:`` over a
picture's title, FNC-1 test 642) is left alone.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from annotate.corpus._attributions import speech_verbs
from annotate.corpus._context import Item
from annotate.corpus._kickers import KICKER_WORDS

__all__ = ["embed_labels", "is_embed_label"]

# The kinds of a line dropped as an embed's title.
_TITLES = frozenset(["headline", "heading"])
# Words a story's lead-in opens with and a label does not: articles, pronouns, pointers.
_LEAD_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "here",
        "there",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "who",
        "what",
        "which",
        "where",
        "when",
        "how",
        "why",
        "so",
        "and",
        "but",
        "or",
        "as",
        "if",
        "while",
        "then",
        "also",
        "more",
        "most",
        "some",
        "all",
        "many",
        "one",
        "before",
        "after",
        "from",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "to",
        "of",
    ]
)


def is_embed_label(line: str | bytearray) -> bool:
    """Whether ``line`` has an embed's label's shape: at most :data:`KICKER_WORDS` words, a
    capital first, a colon last, opening on a content word, no verb of saying.

    Examples
    --------
    >>> is_embed_label("Controversial policy ended:")
    True
    >>> is_embed_label("She writes:"), is_embed_label("Obama tweeted:")
    (False, False)
    >>> is_embed_label("The letter from 1974 in full:"), is_embed_label("Here's the plan:")
    (False, False)
    """
    if not isinstance(line, str) or not line.endswith(":") or not line[:1].isupper():
        return False
    words = [w.lower().replace("’", "'") for w in line[:-1].split()]
    return (
        0 < len(words) <= KICKER_WORDS
        and words[0].split("'")[0] not in _LEAD_WORDS
        and not any(w in speech_verbs() for w in words)
    )


def embed_labels(items: Iterable[Item], decided: deque[tuple[int, str | None]]) -> Iterator[Item]:
    """Each item of the cleaning stream, a kept embed's label over its title dropped as
    ``label``.

    ``decided`` is the cleaning stream's queue of the line rules' decisions (see
    annotate.corpus._context.among_furniture): when a kept line is read, the decisions of the
    lines up to the next kept one are in it. It is only read here, never popped.
    """
    for gap, line, number, kind in items:
        if kind is None and is_embed_label(line) and _titled(number, decided):
            kind = "label"
        yield gap, line, number, kind


def _titled(number: int, decided: deque[tuple[int, str | None]]) -> bool:
    """Whether raw line ``number + 1`` was dropped as a title."""
    for at, kind in decided:
        if at > number:
            return at == number + 1 and kind in _TITLES
    return False
