"""A box of other stories' headlines, each cut off at the box's width: ``Teen felled with killer
punch after picking fight with...``.

A tabloid's sidebar ("Most read", "Most watched") lists other stories' headlines, each cut to
the width of the box with an ellipsis glued to the last word that fitted, and a scrape keeps
them as paragraphs among the story's captions (FNC-1 1613: eight such lines between a mass
grave's captions; 2322, test 222, test 2507 the same box). They are not the story's sentences,
and an annotator cannot label half a headline about another story.

Told by shape and by company, not by what they say:

- a cut headline (:func:`is_cut_teaser`) is one line of five to fifteen words, opening with a
  capital, a figure or a quotation mark, with no sentence ending inside it, and ending in three
  dots or an ellipsis glued to its last word (``... fight with...``): the box cut it, wherever
  the width fell, even inside a word (``A log cabin entirel...``);
- they come in runs: a line of that shape is one when the line under it has the shape too, or
  when the line over it was taken as one, with only lines other rules drop between (a caption,
  a headline the box did not cut, its label), or when the line over it was dropped as a
  headline (the box's uncut ones). A kept line ends the run. A word or three and an
  exclamation mark (``HILARIOUS!``, ``He's alive!``) are the kicker of the cut headline after
  them, on its line or over it.

One alone is a cut headline too when the box cut it inside a phrase, after a word that
cannot end one (``Michael Phelps goes public with girlfriend Win McMurry at the...``, FNC-1
2322, under a gallery's caption; ``... pulled over by Maryland police early this morning
and…``, FNC-1 23, between a box's label and its ``Read more``), and it sits right under a
line dropped as furniture (:func:`cuts_phrase`, read by the caller with that company): a
writer trails off after a word that completes what was said, or a verb (``... told The
Huffington Post that the whole story is...``, FNC-1 1222, between the story's sentences).

A teaser under its story's headline is cut so too, where the excerpt's width fell, after a
comma as readily as after a word (``Here's amateur footage, taken on the corner of Astor Place
in New York City over the weekend,…`` set close under ``Watch Ryan Gosling, Hero, Break Up A
Random Street Fight``, FNC-1 1094, round 30's judges): a writer trails off after a word, never
after a comma, so the dots glued to a comma are the excerpt's cut (:func:`cut_at_comma`), and
set close under a line dropped as furniture it is the other story's teaser (read by the
caller). A story's own sentence cut so by the scrape (``A Microsoft spokesman declined to
comment,...``, FNC-1 test 1158) stands under the story's paragraph, spaced, and stays.

A writer trails off with the same dots (``But then...``, ``And Sandwich Thief starts to get
cocky...`` between a post's embedded pictures, FNC-1 test 1005; a quoted post's ``Rest in
peace...`` / ``Big Bank Hank...``, FNC-1 598): those lines stand between the story's own
sentences, not in a run of their own kind, or are shorter than a headline.
"""

from __future__ import annotations

import re

from annotate.corpus._headlines import has_inner_end

__all__ = ["cut_at_comma", "cuts_phrase", "is_cut_teaser", "is_kicker_cry", "without_kicker"]

# A headline's length: fewer words is a writer's aside or a post's line, not a headline.
_MIN_WORDS = 5
_MAX_WORDS = 15
# Three dots or an ellipsis glued to the last word (or its closing quote), ending the line.
_CUT_END = re.compile(r"[\w'’\"”%)](?:\.\.\.|…)$")
_OPENING = re.compile(r"[A-Z0-9'‘\"“]")
# A kicker: one to three words and an exclamation mark (before its headline, a space).
_CRY = re.compile(r"[A-Z'‘\"“][\w'’-]*(?: [\w'’-]+){0,2}!")
_LEAD_CRY = re.compile(_CRY.pattern + " ")
# The words a phrase cannot end on: an article, a preposition, a conjunction, a possessive.
_CUT_INSIDE = re.compile(
    r"\b(?i:the|a|an|of|to|at|with|after|before|for|and|or|but|in|on|by|from|into|over|as|"
    r"his|her|their|its|my|our|your)(?:\.\.\.|…)$"
)


def is_cut_teaser(line: str) -> bool:
    """Whether ``line`` has the shape of a headline cut off at a box's width.

    Examples
    --------
    >>> is_cut_teaser("Dana Vulin unveils her horrific burns after being set on...")
    True
    >>> is_cut_teaser("'The last thing I remember is him taking off his robe and...")
    True
    >>> is_cut_teaser("HILARIOUS! Boy thinks Beyonce lied to him after wisdom tooth...")
    True
    >>> is_cut_teaser("But then...")
    False
    >>> is_cut_teaser("Hip hop pioneer dies of Cancer ....")
    False
    >>> is_cut_teaser("He was released. Thoughts with the people of Hong K...")
    False
    """
    # Most lines end otherwise: told by their last characters before any other work.
    if not line.endswith(("...", "…")):
        return False
    line = without_kicker(line)
    words = line.split()
    return (
        _MIN_WORDS <= len(words) <= _MAX_WORDS
        and _CUT_END.search(line) is not None
        and _OPENING.match(line) is not None
        and not has_inner_end(line)
    )


def cuts_phrase(line: str) -> bool:
    """Whether ``line`` has a cut headline's shape and was cut inside a phrase (its last word
    an article, a preposition, a conjunction or a possessive): see the module docstring.

    >>> cuts_phrase("Michael Phelps goes public with girlfriend Win McMurry at the...")
    True
    >>> cuts_phrase("In fact, Michael Madden told The Huffington Post that the story is...")
    False
    """
    return _CUT_INSIDE.search(line) is not None and is_cut_teaser(line)


# Three dots or an ellipsis glued to a comma, ending the line: an excerpt's cut.
_COMMA_CUT = re.compile(r"\w,(?:\.\.\.|…)$")
# A teaser's excerpt is a sentence or two: longer than a headline, never a paragraph.
_MAX_EXCERPT_WORDS = 40


def cut_at_comma(line: str) -> bool:
    """Whether ``line`` is an excerpt cut off after a comma (see the module docstring): five
    to forty words, opening with a capital, no sentence ending inside it.

    >>> cut_at_comma("Here's amateur footage, taken on the corner of Astor Place in New York "
    ...              "City over the weekend,…")
    True
    >>> cut_at_comma("And then, of course,"), cut_at_comma("But then...")
    (False, False)
    """
    return (
        _COMMA_CUT.search(line) is not None
        and _MIN_WORDS <= len(line.split()) <= _MAX_EXCERPT_WORDS
        and _OPENING.match(line) is not None
        and not has_inner_end(line)
    )


def is_kicker_cry(line: str) -> bool:
    """Whether ``line`` is a word or three and an exclamation mark: in a run of cut headlines,
    the kicker over the next one.

    >>> is_kicker_cry("HILARIOUS!"), is_kicker_cry("He's alive!"), is_kicker_cry("Go now, he said!")
    (True, True, False)
    """
    return _CRY.fullmatch(line) is not None


def without_kicker(line: str) -> str:
    """``line`` without the kicker its headline may open with on the same line.

    >>> without_kicker("He's alive! Moment 'dead' Ebola victim nearly sent to...")
    "Moment 'dead' Ebola victim nearly sent to..."
    >>> without_kicker("Teen felled with killer punch after picking fight with...")
    'Teen felled with killer punch after picking fight with...'
    """
    cry = _LEAD_CRY.match(line)
    return line if cry is None else line[cry.end() :]
