"""A source's address after the paragraph's last sentence: ``... to establish itself there."
http://nyti.ms/1U0Xvbm.``

A newsletter quotes a story from elsewhere and closes the quotation with the address it came
from (POLITICO New York's culture digest, PolNeAR train politico 2015-12-11: nine items so,
seed 1447's judge); a blog points the same way after its last sentence (``It very well might
be. http://gawker.com/woman-gets-thi...``, FNC-1 test 2270). The address is no part of the
sentence before it, which has ended, and an annotator cannot label it: it is a link, cut off
the line as the credits after a caption are. An address inside a sentence (``... posted at
http://... on Monday.``) or leading a line is the sentence's, and stays.

A writer may set the address between two sentences, alone, perhaps in brackets and closed by
a stop of its own (``Emergent is saying that this is currently unverified.
(http://www.emergent.info/cub-of-baghdadi). They say that it has been circulating ...``,
FNC-1 230, seed 1610's judge): it belongs to the sentence before no more than a tail does,
and the segmenter makes it a "sentence" of its own, a task with no word to label. It is cut
out the same way (:func:`split_inner_links`), the story's sentences around it joined. Only
between a sentence's end and the next sentence's capital: an address before a dash that goes
on (``... put in. https://... - however, ...``) is left, as the dash's run-on is the
writer's.
"""

from __future__ import annotations

import re

__all__ = ["link_tail", "split_inner_links"]

# A sentence's end (perhaps a closing quote or bracket), spaces, and one address to the end of
# the line, perhaps with a stop of its own or cut short by the page ("...").
# Not a tweet's own link (t.co, pic.twitter.com): an embedded tweet closes so, and is
# taken whole (annotate.corpus._tweets).
_TAIL = re.compile(
    r"(?<=[.!?])[\"”’')]? +((?:https?://|www\.)(?!t\.co/|pic\.twitter\.com/)[^\s\"“”]+)$"
)
# An address alone between two sentences: after a sentence's end (perhaps a closing quote or
# bracket), bare or in brackets with perhaps a stop of its own, then the next sentence's
# capital (perhaps after an opening quote or bracket).
_INNER = re.compile(
    r"(?<=[.!?])[\"”’')]?\s+(?P<link>(?!\(?(?:https?://)?(?:t\.co/|pic\.twitter\.com/))"
    r"(?:\((?:https?://|www\.)[^\s()]+\)\.?|(?:https?://|www\.)[^\s()\"“”]+))"
    r"(?=\s+[\"“‘(\[]?[A-Z])"
)
# Only the line's end is read: an address is short, and a long line is article text.
_READ = 300


def link_tail(line: str) -> int | None:
    """Where the address after ``line``'s last sentence starts, or None when there is none.

    Examples
    --------
    >>> line = 'The club struggled to establish itself there." http://nyti.ms/1U0Xvbm.'
    >>> line[link_tail(line) :]
    'http://nyti.ms/1U0Xvbm.'
    >>> link_tail("The video was posted at http://bit.ly/1N4Ghaw on Monday.") is None
    True
    >>> link_tail("See http://bit.ly/1N4Ghaw") is None
    True
    """
    if "http" not in line[-_READ:] and "www." not in line[-_READ:]:
        return None
    match = _TAIL.search(line, max(0, len(line) - _READ))
    return None if match is None else match.start(1)


def split_inner_links(line: str) -> tuple[str, list[str]]:
    """Cut the addresses set alone between ``line``'s sentences (see the module docstring):
    the line without them, and the addresses.

    Examples
    --------
    >>> split_inner_links("It is unverified. (http://www.emergent.info/cub). They say so.")
    ('It is unverified. They say so.', ['(http://www.emergent.info/cub).'])
    >>> split_inner_links("It was posted at http://bit.ly/1N4Ghaw. Then it spread.")
    ('It was posted at http://bit.ly/1N4Ghaw. Then it spread.', [])
    """
    if "http" not in line and "www." not in line:
        return line, []
    links: list[str] = []
    kept: list[str] = []
    at = 0
    for found in _INNER.finditer(line):
        kept.append(line[at : found.start("link")].rstrip())
        links.append(found.group("link"))
        at = found.end("link")
    if not links:
        return line, links
    kept.append(line[at:])
    return "".join(kept), links
