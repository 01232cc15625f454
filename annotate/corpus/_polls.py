"""A poll box's question over its answers' buttons.

A page's poll sets its question as a line, then each answer as a line of its own: ``Are you
shocked by this nun's story?`` over ``Yes``, ``No``, ``Vote`` (a Polldaddy box, FNC-1 179),
``Would you eat at Kim Jong-un's restaurant?`` over ``YES``, ``NO`` (FNC-1 1756). The buttons
are dropped by their shape (a word alone, no sentence); the question reads as the writer's
own question to the reader, which is left as prose. What tells the widget is the line right
under it: an answer alone, with no stop, is a button; a reply in an interview says more, or
ends with its mark (``Yes.``). On every FNC-1 body and PolNeAR text, the questions so set are
these two boxes (benchmarks/RESULTS.md, issue 12, ``fix/seg65``).
"""

from __future__ import annotations

import re

__all__ = ["asks_poll"]

# A poll's first button: the answer alone, as the box sets it.
_BUTTON = re.compile(r"(?:yes|no)", re.IGNORECASE)
# A question of one sentence, no quotation in it (a quoted question is the story's).
_QUESTION = re.compile(r"[A-Z][^.!?\"“”«»]{2,160}\?")


def asks_poll(line: str, below: str) -> bool:
    """Whether ``line`` is a poll's question, its first answer's button ``below`` it.

    >>> asks_poll("Would you eat at Kim Jong-un's restaurant?", "YES")
    True
    >>> asks_poll("Would you eat at Kim Jong-un's restaurant?", "Yes, I would, he said.")
    False
    """
    return _BUTTON.fullmatch(below) is not None and _QUESTION.fullmatch(line) is not None
