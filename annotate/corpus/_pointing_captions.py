"""A caption that points at its pictures twice: at who is in them and at them as a set, ``...,
police Officer Darren Wilson (pictured) earned a commendation for his “extraordinary effort in
the line of duty.” Wilson’s father posted these photos to his Facebook page.``.

The New York Daily News set a gallery of Darren Wilson's pictures in its story (FNC-1 1009);
scraped into text, the gallery's caption is a paragraph of two sentences between the story's,
and reads as the story's. Prose speaks of a picture once, in passing: a person "(pictured)"
in a tabloid's sentence ("Lebanese troops (pictured) have been battling ..."), or "these
photos" a source posted ("Vorozhbitsyn posted these pictures after the attack.", FNC-1 758).
A caption tells the reader both who is in the pictures and that it is about them: the tag
after a name (``(pictured)``, ``(left)``) and the pictures as a set (``these photos``, ``this
image``), in a paragraph of a caption's length (two sentences, 45 words). On every FNC-1 body
and PolNeAR text, the one line that points so is this caption.
"""

from __future__ import annotations

import re

__all__ = ["points_twice"]

# Who is in the picture: a tag in brackets after a name.
_TAG = re.compile(
    r"\((?:pictured|left|right|above|below|centre|center|top|bottom|inset)\b[^()]{0,30}\)",
    re.IGNORECASE,
)
# The pictures as a set the page shows.
_SET = re.compile(
    r"\b(?:these|this|the above|the below) (?:photos?|pictures?|images?|photographs?)\b",
    re.IGNORECASE,
)
_WORDS = 45
# Two sentences at most: one end inside the line.
_INNER_END = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘(]*[A-Z]")


def points_twice(line: str) -> bool:
    """Whether ``line`` points at its pictures twice (see the module docstring).

    Examples
    --------
    >>> points_twice("Six months before he shot and killed unarmed teenager Michael Brown, "
    ...              "police Officer Darren Wilson (pictured) earned a commendation for his "
    ...              "“extraordinary effort in the line of duty.” Wilson’s father posted these "
    ...              "photos to his Facebook page.")
    True
    >>> points_twice("Vorozhbitsyn posted these pictures after the attack.")
    False
    >>> points_twice("Lebanese troops (pictured) have been battling Syria-based militants.")
    False
    """
    return (
        _TAG.search(line) is not None
        and _SET.search(line) is not None
        and len(line.split()) <= _WORDS
        and len(_INNER_END.findall(line)) <= 1
    )
