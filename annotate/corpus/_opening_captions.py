"""A caption or a deck over the story: the body's first line, without a final mark.

A tabloid's page opens its body with its top picture's caption or its standfirst, set as a
paragraph over the story and without a full stop (``The fungi was found by TV gardener Alan
Titchmarsh``, FNC-1 2478; ``There was a light sprinkling of showers on the ground as
weatherman Mike Seidel was ... but decided to relieve himself instead``, FNC-1 1319, over its
"Video loading"); the story's first paragraph then tells the news again with its stop. Prose
paragraphs end their last sentence with a mark, so a first line without one, before a
paragraph that has one, is the page's: a caption (judges count it kept as an error) or a deck
in headlinese (which they do not count as lost when dropped). Round 30's judges, issue 12.

What keeps a first line (measured on the 147 first kept sentences without a final mark over
every FNC-1 body and PolNeAR text, round 31):

- **The next kept paragraph does not end its sentence either**: the source drops its stops
  (the Daily Mail's key points, one to a line: ``Ahmed Abdi Godane is the spiritual leader of
  al-Shabab`` over ``He is believed among six people killed ...``), or the article is one line.
- **The next kept line goes on with the sentence** (a lower-case word first): the line was
  broken, not ended.
- **The next kept paragraph opens with a quotation**: the first line may be the lead that
  introduces the speaker quoted under it, which lost its stop (``A Florida massage therapist
  said she paid $20,000 for a third breast ...`` over ``"I don't want to date anymore,"
  Jasmine Tridevil told ...``, FNC-1 test 1924); when in doubt, keep.
- **It asks** (a question word or an inverted auxiliary first): a question that lost its mark,
  as an interview opens on (``How did you come to be involved with this discovery``, GUM
  interview_daly); no caption asks without its mark.
- **A dateline opens it** (``BEIRUT — Islamic State group jihadists are being trained ...``,
  FNC-1 1608): the story's lead, which lost its stop; no caption opens so.
- **It ends otherwise than on a word**: a colon, a comma or a dash leads into what follows.
- **It says a sentence and then more** (a sentence's mark and a space inside): a paragraph.
- **It is a quotation whole** (a pull quote): left to annotate.corpus._pull_quotes, which
  reads the lines around it.
- **Its stop was cut off and set under it** (``.   FameFlynet   The truth``, a picture's
  credit after the stop: annotate.corpus._captions.is_cut_stop): its sentence ended.

The stage holds the first kept line only, with the dropped lines after it (the page's "Video
loading", "VIEW GALLERY"), until the next kept line: bounded read-ahead, as every paragraph
stage's (see :mod:`annotate.corpus._clean`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from annotate.corpus._captions import is_cut_stop
from annotate.corpus._dateline import dateline_end
from annotate.corpus._headlines import ends_sentence, has_inner_end, is_quotation
from annotate.corpus._held_lines import Item, hold_kept

if TYPE_CHECKING:
    from annotate.corpus._clean import Dropped

__all__ = ["is_opening_caption", "opening_captions"]

_REASON = "the body's first line without a final mark, over a paragraph that ends its sentence"

# A caption names its subject and says what is shown: a few words at least ("Share by email"
# is a widget's); no caption is longer than the longest tabloid caption (65 words, see
# annotate.corpus._captions).
_WORDS = (4, 70)
# What a caption's last character may be besides a letter or digit: a closing quote or bracket.
_CLOSERS = "'’\"”)"
# Marks that open a quotation.
_OPENING_QUOTES = "'‘\"“"
# A sentence's mark inside the line, before a space (whatever comes after it).
_INNER_MARK = re.compile(r"[.!?][\"”’')\]]*\s")
# A question's opening: a question word then (within two words) an auxiliary, or an auxiliary
# then its subject ("How did you ...", "What kind of work do you ...", "Did you ...").
_AUXILIARIES = r"(?:did|do|does|is|are|was|were|can|could|would|will|should|shall|has|have|had)"
_ASKS = re.compile(
    r"^(?:(?:how|what|why|where|when|who|whom|whose|which)(?:\s+\S+){0,2}?\s+"
    + _AUXILIARIES
    + r"|"
    + _AUXILIARIES
    + r"\s+(?:you|we|they|he|she|it|i|the|this|that|there))\b",
    re.IGNORECASE,
)


def is_opening_caption(line: str) -> bool:
    """Whether ``line``, the body's first kept line, has a caption's or a deck's shape: a
    capital, a digit or a quote first, a word last with no mark after it, no sentence end
    inside, no question's opening, no dateline (asked before the next kept line is known;
    see the module docstring).

    Examples
    --------
    >>> is_opening_caption("The fungi was found by TV gardener Alan Titchmarsh")
    True
    >>> is_opening_caption("BEIRUT — Islamic State group jihadists are being trained by pilots")
    False
    >>> is_opening_caption("Here is what the senator said on Tuesday:")
    False
    >>> is_opening_caption("Worth it? The men were swapped in exchange for U.S. prisoner")
    False
    >>> is_opening_caption("How did you come to be involved with this discovery")
    False
    """
    words = len(line.split())
    low, high = _WORDS
    return (
        low <= words <= high
        and (line[:1].isupper() or line[:1].isdigit() or line[:1] in _OPENING_QUOTES)
        and (line[-1:].isalnum() or line[-1:] in _CLOSERS)
        and not ends_sentence(line)
        and not has_inner_end(line)
        and _INNER_MARK.search(line) is None
        and not is_quotation(line)
        and _ASKS.match(line) is None
        and dateline_end(line, before=0) == 0
    )


def _opens_story(line: str | bytearray) -> bool:
    """Whether ``line`` opens a sentence of its own that no lead introduces: not a
    lower-case word first (the line before goes on into it), not a quotation first (the line
    before may be the lead that introduces it)."""
    first = line[:1].decode("utf-8", "replace") if isinstance(line, bytearray) else line[:1]
    return not first.islower() and first not in _OPENING_QUOTES


def opening_captions(
    items: Iterable[Item], *, longest: int, dropped: Callable[[], Iterable[Dropped]]
) -> Iterator[Item]:
    """The cleaning stream's items, with the first kept line dropped as ``caption`` when it
    has a caption's shape (:func:`is_opening_caption`) and the next kept line opens a sentence
    of its own and ends one, and no line dropped between them (``dropped()``, the records so
    far) is its stop cut off (see the module docstring). A long line is article text, never
    held (:func:`hold_kept`)."""
    first = True  # no kept line was asked about yet

    def holds(item: Item, _since: list[Item]) -> bool:
        nonlocal first
        line, asked, first = item[1], first, False
        return asked and isinstance(line, str) and len(line) <= longest and is_opening_caption(line)

    def decide(held: list[Item], after: Item | None) -> tuple[list[Item], Item | None]:
        if after is None:
            return held, None
        head_gap, head, head_number, _, _ = held[0]
        _, line, number, kind, reason = after
        story = not isinstance(line, str) or ends_sentence(line)
        cut = any(head_number < d.line < number and is_cut_stop(d.text) for d in dropped())
        if not (story and _opens_story(line)) or cut:
            return held, None
        # The story's line is now the text's first: it takes the caption's gap ("").
        caption = (head_gap, head, head_number, "caption", _REASON)
        return [caption, *held[1:]], (head_gap, line, number, kind, reason)

    return hold_kept(items, holds=holds, decide=decide)
