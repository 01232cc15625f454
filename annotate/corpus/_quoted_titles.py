"""A quoted title is one unit: sentence ends inside it end no sentence of the article.

A quotation opened right after ``entitled``, ``titled`` or ``headlined`` names a work (an
editorial, an ad, a story); it is the object of that word, so the sentence goes on through
it however many sentences the title holds: ``The Post responded with a second critical
piece, entitled "Bernie Sanders's ideas are not too bold. They are too facile."``
(PolNeAR politico 2016-01-29), ``posted a story headlined: "Ben Edelman Appears to Have Sent
Racist Email to Chinese Restaurant Owner. Today."`` (FNC-1 375). pysbd, given the quote
marks masked, cut at the title's inner stop.

The piece after the cut goes on the title only when it is short and closes the quotation: a
source that never closes the mark (``entitled "A Second Message to America — Sotloff appears
...``, FNC-1 test 69) or a longer quotation around the title is left as segmented.
"""

from __future__ import annotations

import re

__all__ = ["TITLE_REST_READ", "open_title"]

# The longest piece taken as a title's rest: a title of a few sentences is short.
TITLE_REST_READ = 120
_TITLE_OPENS = re.compile(r"\b(?:entitled|titled|headlined)[,:]?\s+([\"“])")
_CLOSER = {'"': '"', "“": "”"}


def open_title(piece: str) -> str | None:
    """The quote mark that would close a title ``piece`` opens and leaves open, or None.

    Examples
    --------
    >>> open_title("a second critical piece, entitled “Bernie Sanders’s ideas are not too bold.")
    '”'
    >>> open_title("The second spot, titled “Unfit,” went a step further.") is None
    True
    """
    opened = list(_TITLE_OPENS.finditer(piece))
    if not opened:
        return None
    found = opened[-1]
    closer = _CLOSER[found.group(1)]
    return None if closer in piece[found.end() :] else closer
