"""A source's address after the paragraph's last sentence: ``... to establish itself there."
http://nyti.ms/1U0Xvbm.``

A newsletter quotes a story from elsewhere and closes the quotation with the address it came
from (POLITICO New York's culture digest, PolNeAR train politico 2015-12-11: nine items so,
seed 1447's judge); a blog points the same way after its last sentence (``It very well might
be. http://gawker.com/woman-gets-thi...``, FNC-1 test 2270). The address is no part of the
sentence before it, which has ended, and an annotator cannot label it: it is a link, cut off
the line as the credits after a caption are. An address inside a sentence (``... posted at
http://... on Monday.``) or leading a line is the sentence's, and stays.
"""

from __future__ import annotations

import re

__all__ = ["link_tail"]

# A sentence's end (perhaps a closing quote or bracket), spaces, and one address to the end of
# the line, perhaps with a stop of its own or cut short by the page ("...").
# Not a tweet's own link (t.co, pic.twitter.com): an embedded tweet closes so, and is
# taken whole (annotate.corpus._tweets).
_TAIL = re.compile(
    r"(?<=[.!?])[\"”’')]? +((?:https?://|www\.)(?!t\.co/|pic\.twitter\.com/)[^\s\"“”]+)$"
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
