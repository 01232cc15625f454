"""The labels over an article that a story quotes whole: its number, its source, its headline.

A story that debunks or reviews other pieces sets each one under labels of its own (FNC-1
1303, a hoax page: ``Example #1:`` / ``Via WorldNewsDailyReport.com, Feb. 4, 2015:`` / ``CATHOLIC
PRIEST WHO DIED FOR 48 MINUTES ...`` / the quoted text). The labels name the piece, they say
nothing; the quoted text under them is the piece's own prose and stays. Two shapes, each a
line alone ending in a colon:

- a source line: ``Via`` and the source's name, maybe a date and a bracketed note, with no
  lower-case word outside the brackets but a name's (``Via On the Record:``, ``Via KCTV - 5:``,
  ``Via Metro.co.uk, Feb. 22, 2015 (article subsequently revised):``); a lower-case word is a
  clause (``Via Yahoo News, she explains:``, a lead-in, kept);
- a numbered label: one word and a number (``Example #2:``).

A source line may name the piece's writer before ``via``, a person's name of two or three
capitalised words and no verb (``Barbara Johnson via WorldNewsDaily:`` over the hoax it
reposts, FNC-1 2013, seed 1435's judge): a byline with its site, no clause. A lead-in that says
``via`` has its verb and its lower-case words (``Watch the clip below, via CNN:``, kept).

On every FNC-1 train body and PolNeAR text, 6 source lines and 2 numbered labels, all of quoted
pieces. The line right after a label that does not end like a sentence is the quoted piece's
headline (see :func:`annotate.corpus._headlines.ends_sentence`, applied by the cleaner).
"""

from __future__ import annotations

import re

__all__ = ["QUOTED_HEADLINE_WORDS", "is_quoted_source"]

# A quoted piece's headline is at most this many words (13 in FNC-1 1303: "Priest who died for
# 48 minutes says he met God and she's a woman").
QUOTED_HEADLINE_WORDS = 30

_BRACKETS = re.compile(r"\([^()]*\)")
# The writer's name before "via" is no pointer at what follows ("Here It Is via CNN:").
_SOURCE = re.compile(
    r"^(?:Via|(?!(?:Here|This|These|Watch|See|Listen|Read)\b)"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} via)\s+(?P<name>[^:]{1,80}):$"
)
# The lower-case words a source's name or date may hold.
_NAME_WORDS = frozenset({"the", "of", "and", "on", "for", "in"})
_NUMBERED = re.compile(r"^[A-Z][a-z]+\s+#?\d{1,3}\s*:$")


def is_quoted_source(line: str) -> bool:
    """Whether ``line``, alone, labels a piece the story quotes: its source or its number.

    Examples
    --------
    >>> is_quoted_source("Via WorldNewsDailyReport.com, Feb. 4, 2015:")
    True
    >>> is_quoted_source("Example #1:")
    True
    >>> is_quoted_source("Barbara Johnson via WorldNewsDaily:")
    True
    >>> is_quoted_source("Via Yahoo News, she explains:")
    False
    """
    if len(line) > 120 or not line.endswith(":"):
        return False
    if _NUMBERED.match(line):
        return True
    source = _SOURCE.match(line)
    if source is None:
        return False
    words = _BRACKETS.sub(" ", source.group("name")).split()
    return all(not w[:1].islower() or w in _NAME_WORDS for w in words)
