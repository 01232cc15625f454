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

A title needs no such word before it when its case shows it: a quotation that opens on a
few capitalised words and ``!`` or ``?`` (``published "Trumped!``, PolNeAR wash-post
2016-07-15), and goes on in headline case to its closing quote (``The Inside Story of the Real
Donald Trump."``), is a title's two parts: a cry in a quotation goes on in prose's case
(``“RIP Nathan! / Thank you for defending our country, ...``, FNC-1 1380). The rest must close
the quotation with no sentence mark of its own inside, and hold three long words or more, all
capitalised (``_furniture.title_case``).
"""

from __future__ import annotations

import re

from annotate.corpus._furniture import title_case

__all__ = ["TITLE_REST_READ", "open_title", "opens_bang_title", "title_rest"]

# The longest piece taken as a title's rest: a title of a few sentences is short.
TITLE_REST_READ = 120
_TITLE_OPENS = re.compile(r"\b(?:entitled|titled|headlined)[,:]?\s+([\"“])")
_CLOSER = {'"': '"', "“": "”"}
# A title's first part at a piece's end: an opening quote and up to five capitalised words
# before the "!" or "?".
_TITLE_HEAD = re.compile(r"(?:^|(?<=\s))[\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}[!?]$")
# The title's rest: no sentence mark inside, perhaps a full stop or comma, then the closing
# quote.
_TITLE_REST = re.compile(r"([A-Z][^\"“”.!?]*)[.,]?[\"”]")


def open_title(piece: str) -> str | None:
    """The quote mark that would close a title ``piece`` opens and leaves open, or None.

    Examples
    --------
    >>> open_title("a second critical piece, entitled “Bernie Sanders’s ideas are not too bold.")
    '”'
    >>> open_title("The second spot, titled “Unfit,” went a step further.") is None
    True
    """
    # The words first ("entitled" holds "titled"): nearly no piece has one.
    if "titled" not in piece and "headlined" not in piece:
        return None
    opened = list(_TITLE_OPENS.finditer(piece))
    if not opened:
        return None
    found = opened[-1]
    closer = _CLOSER[found.group(1)]
    return None if closer in piece[found.end() :] else closer


def opens_bang_title(piece: str) -> bool:
    """Whether ``piece`` ends in a title's first part: an opening quote, up to five capitalised
    words and ``!`` or ``?`` (see the module docstring).

    Examples
    --------
    >>> opens_bang_title('in Atlantic City, published "Trumped!')
    True
    >>> opens_bang_title("Thank you for defending our country!")
    False
    """
    # The mark at the end first (``$`` also matches before a last line break): the pattern's
    # lookbehind is tried at every character of the piece.
    if not piece.endswith(("!", "?", "!\n", "?\n")):
        return False
    return _TITLE_HEAD.search(piece) is not None


def title_rest(piece: str) -> bool:
    """Whether ``piece``, after a title's first part, is its rest: in headline case, closing
    the quotation, with no sentence mark of its own inside (see the module docstring).

    Examples
    --------
    >>> title_rest('The Inside Story of the Real Donald Trump."')
    True
    >>> title_rest("Thank you for defending our country, your son is so proud of you.”")
    False
    """
    rest = _TITLE_REST.match(piece)
    return rest is not None and title_case(rest.group(1))
