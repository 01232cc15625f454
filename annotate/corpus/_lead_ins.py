"""A lead-in whose quotation the page put on the next line: one sentence across a line break.

A scraped page often breaks the line between a sentence's lead-in and the quotation it
introduces::

    The hoax that was circulated as a death notice issued by the grieving family stated that
    "the sad news of Millan's death was given by his wife ...

The first line ends in ``that``, where no sentence stops, and the next opens the quotation
that completes it; cleaning joins the two as it joins a stub to its lower-case rest
(``_stubs``). A lead-in ending in a colon is not joined: the paragraph after it is a block
quotation (a letter, a statement, several sentences) or a list of quoted headlines (``Other
headlines on the fake site include:``), and the colon line stands as a sentence, as the hand
counts read it. Nor is one ending in a comma (``the cleric replied in the negative, saying,``
/ ``"It is not permitted ..."``): news would join it too (six such lines in FNC-1, all one
sentence), but GUM's gold ends a sentence there (``Rathbun stated,`` / ``"Daniel was picked
up ...``), and GUM's score is the measure kept.
"""

from __future__ import annotations

import re

__all__ = ["leads_into_quote"]

# A lead-in's end: the conjunction "that".
_LEAD_IN_END = re.compile(r"\bthat$")
# A quotation's opening: a double or single quote mark before a word.
_OPENS_QUOTE = re.compile(r"[\"“„«‘'](?=[^\W_])")


def leads_into_quote(previous: str, line: str) -> bool:
    """Whether ``line`` opens the quotation that the lead-in ending ``previous`` introduces.

    Examples
    --------
    >>> leads_into_quote("the family stated that", '"the sad news was given by his wife')
    True
    >>> leads_into_quote("Here is the letter in full:", '"To Parents')
    False
    """
    return _LEAD_IN_END.search(previous[-64:]) is not None and bool(_OPENS_QUOTE.match(line))
