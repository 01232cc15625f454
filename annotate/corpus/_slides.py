"""A gallery's slide set in the story: its title, the title again with the slide's number, and
the slide's caption.

A slideshow embedded among a story's paragraphs, scraped into text, leaves its first slide:
the slide's title, the same title after the slide's number, and the slide's caption on the
line right under them, the story going on under that (FNC-1 1559, a "Celebrity Death Hoaxes"
gallery in a story about a hoax)::

    Lil Wayne
    1. Lil Wayne
    Lil Wayne has been the subject of more than one death hoax ... So it's believalble.
    Culkin has become much lower profile as an adult than when he was one of the biggest ...

The title is dropped as a headline by the line rules, and the numbered title under it as its
copy (see ``_clean``'s copies of the line above). A title set twice, the second time
numbered, is the widget's (a slide's title and its counter over the same title); a story's
numbered list does not set each head twice. The caption is the one line set close under the
numbered title, whatever its words: the slide's text is one paragraph, and the story's
paragraph after it is a line of its own.
"""

from __future__ import annotations

import re

__all__ = ["numbers_title"]

# A gallery slide's counter before its title: "1. ", "12) ".
_COUNTER = re.compile(r"\d{1,2}[.)] (?=\S)")


def numbers_title(line: str, above: str) -> bool:
    """Whether ``line`` is ``above`` again after a slide's counter.

    Examples
    --------
    >>> numbers_title("1. Lil Wayne", "Lil Wayne")
    True
    >>> numbers_title("1. Lil Wayne", "Lil Wayne has been the subject of a hoax.")
    False
    >>> numbers_title("Lil Wayne", "Lil Wayne")
    False
    >>> numbers_title("2. The second reason", "1. The first reason")
    False
    """
    counter = _COUNTER.match(line)
    return counter is not None and line[counter.end() :] == above
