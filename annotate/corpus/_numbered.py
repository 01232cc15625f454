"""Numbered lists: items counted 1, 2, 3 on lines of their own, each a name or a title.

A ranking (``1 Donald Trump.`` / ``2 Ted Cruz.`` / ...) or a list of headlines is not a
sentence an annotator can label: each item is a name with its rank. Told by two signs that
hold on any archive, not by what the items name:

- the item's words are names or a title: no word in lower case (prose is held together by
  lower-case words, see :mod:`annotate.corpus._furniture`), bar one short particle
  (``Bank of America``, ``Charles de Gaulle``);
- the numbers count on from line to line (``n`` then ``n + 1``), so one line that opens with
  a number (``3 Marco Rubio.`` alone) is never taken: a run of at least two is.

Inside a run, a line of name words alone between item ``n`` and item ``n + 1`` is a piece of
item ``n`` that the scrape broke off (``10 Mike.`` / ``Huckabee.`` / ``11 Rick.``: PolNeAR
usa-today 2016-01-13).
"""

from __future__ import annotations

import re

# An item: its number (with a dot or a bracket after it, or neither), then its text. Three
# digits at most: a year or a figure that opens a line is not a rank.
_ITEM = re.compile(r"(?P<n>\d{1,3})[.)]?\s+(?P<rest>\S.*)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# An item is short: a name or a headline, not a paragraph.
_ITEM_WORDS = 12
# One lower-case particle of a name or a title at most ("of", "de", "van", "al").
_PARTICLE = 3
# A ranking's aside after the name, in brackets at the item's end: its rank the week before
# ("1. Donald Trump (Last week: 2.)" over "2. Marco Rubio (1.)", PolNeAR usa-today
# 2015-11-25). It says nothing of the item, so the name is read without it.
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)\.?$")


def names_only(text: str) -> bool:
    """Whether ``text`` is a few words with none in lower case but one short particle."""
    # The count first, and bounded: a long line is never split whole to learn it is long.
    if len(text.split(None, _ITEM_WORDS)) > _ITEM_WORDS:
        return False
    words = _WORD.findall(text)
    if not words:
        return False
    lower = [w for w in words if w[0].islower()]
    return not lower or (len(lower) == 1 and len(lower[0]) <= _PARTICLE and len(words) >= 3)


def item_number(line: str) -> int | None:
    """The number of the list item ``line`` is, or None when it is not one.

    Examples
    --------
    >>> item_number("12 Jim Gilmore.")
    12
    >>> item_number("3. Bank of America")
    3
    >>> item_number("1. Donald Trump (Last week: 2.)")
    1
    >>> item_number("2 men were arrested on Monday.") is None
    True
    >>> item_number("2015 Toyota Prius") is None
    True
    """
    match = _ITEM.fullmatch(line)
    if match is None:
        return None
    rest = match.group("rest")
    if not names_only(rest) and not names_only(_ASIDE.sub("", rest)):
        return None
    return int(match.group("n"))


def is_broken_item(line: str) -> bool:
    """Whether ``line`` may be a piece of a list item broken off it: name words alone.

    >>> is_broken_item("Huckabee.")
    True
    >>> is_broken_item("He won.")
    False
    """
    return _ITEM.fullmatch(line) is None and names_only(line)
