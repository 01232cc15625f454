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
"""

from __future__ import annotations

import re

__all__ = ["is_gallery_caption"]

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
