"""A gallery's captions in a row: ``Peter Kassig, a US aid worker, killed in December 2014.``.

A page that sets a row of portraits (the victims of a killer, the dead of a disaster) captions
each with the person's name, who they were, and what befell them when, as a participle with
no verb before it: ``Peter Kassig, a US aid worker, killed in December 2014.`` /
``David Cawthorne Haines, a Scottish aid worker, killed in September 2014.`` / ``Alan Henning,
a British aid worker, killed in October 2014.`` (FNC-1 body 1198). Scraped into text, each is a
paragraph that ends with a full stop. The one shape is also prose's (``Rubio, a Florida
senator, ended his bid ...``; ``..., died in 2011.``): a verb in the past tense reads as a
participle only without an object, the date closing the line. What tells a gallery is its
row: the page sets every caption so, so a line is one only beside another of its shape. On
every FNC-1 body and PolNeAR text, the lines of the shape are that row's three and one
obituary's sentence alone (FNC-1 1637, ``Robinson, who was known ..., died in 2011.``, which
the appositive's article and the row both leave). ``fix/seg73`` (benchmarks/RESULTS.md).

A gallery's label names whom its next pictures show, a name alone between two of the
gallery's lines that are the same (``Michael Phelps`` between ``+12`` and ``+12``, the Daily
Mail's picture counter, FNC-1 2322, seed 1533's judge on ``6a2ddcf``): what frames it is the
gallery's, so it is (:func:`is_framed_label`, the caller reads the frame). A sentence of the
story set close between a caption and its copy says more than a name.
"""

from __future__ import annotations

import re

__all__ = ["is_framed_label", "is_gallery_caption", "is_gallery_counter"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# A name (one to four capitalised words), an appositive that opens with an article, then a
# participle and when: "in December 2014", "on March 3, 2015", "in 2011".
_GALLERY_CAPTION = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, (?:a|an|the) [^,]{3,60}, [a-z]+ed "
    rf"(?:in|on) (?:{_MONTH}(?: \d{{1,2}},?)? )?\d{{4}}\.?"
)


# A gallery's counter: which picture of how many, alone on its line.
_COUNTER = re.compile(r"(?P<at>\d{1,3}) of (?P<of>\d{1,3})")

# A name: one to four capitalised words, no mark after it.
_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’.-]*){0,3}")


def is_framed_label(line: str, above: str, below: str) -> bool:
    """Whether ``line``, set close between ``above`` (dropped as furniture) and ``below``, is a
    gallery's label: a name, framed by two lines that are the same (see the module docstring).

    >>> is_framed_label("Michael Phelps", "+12", "+12")
    True
    >>> is_framed_label("He has served in the role for eight years,", "+12", "+12")
    False
    """
    return bool(above) and above == below and _NAME.fullmatch(line) is not None


def is_gallery_caption(line: str) -> bool:
    """Whether ``line`` has the shape of a gallery's caption (see the module docstring); the
    caller asks it of a line beside it too.

    Examples
    --------
    >>> is_gallery_caption("Peter Kassig, a US aid worker, killed in December 2014.")
    True
    >>> is_gallery_caption("Rubio, a Florida senator, ended his bid in March 2016.")
    False
    """
    return _GALLERY_CAPTION.fullmatch(line) is not None


def is_gallery_counter(line: str) -> bool:
    """Whether ``line`` is a gallery's counter alone on its line: which picture of how many,
    the first no more than the second (see the module docstring).

    Examples
    --------
    >>> is_gallery_counter("1 of 21"), is_gallery_counter(" 3 of 18 ")
    (True, True)
    >>> is_gallery_counter("22 of 21"), is_gallery_counter("1 of 21 senators voted no.")
    (False, False)
    """
    counter = _COUNTER.fullmatch(line.strip())
    return counter is not None and 1 <= int(counter["at"]) <= int(counter["of"])
