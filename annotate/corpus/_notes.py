"""Notes about the article itself: disclosures, corrections, clarifications, editor's notes.

A newsroom labels what it says about its own story ("Disclosure: Jeff Bezos is an investor in
Business Insider ...", "Correction: An earlier version of this article stated ...", "Editor's
note: This story has been updated ..."). The claims in such a note are the newsroom's about
its page, not the story's, so it is furniture: the label is the signal, and the whole line
goes, with the lines its sentence runs on to when a stripped link broke it
(:func:`annotate.corpus._stubs.continues`). "Update:" is not a label of this kind: in FNC-1
and PolNeAR it opens news ("Update: KFC confirmed it."), and so does a bare "Note:".
"""

from __future__ import annotations

import re

__all__ = ["is_note"]

# The label, perhaps after a stray quote or bracket left by the scrape ("”Editor’s note:",
# "[Ed. Note: ..."), then a colon or a dash. Measured on every FNC-1 body and PolNeAR text:
# 58 lines, all notes about the article (benchmarks/RESULTS.md, issue 12, `fix/seg8`).
_NOTE = re.compile(
    r"^[\"“”'‘’(\[]?\s*(?:full\s+disclosure|disclosures?|corrections?|clarifications?|"
    r"editor[s]?['’]?s?\s+note|ed\.\s+note)\s*[:—–-]",
    re.I,
)


def is_note(line: str) -> bool:
    """Whether ``line`` opens with the label of a note about the article.

    Examples
    --------
    >>> is_note("Disclosure: Jeff Bezos is an investor in Business Insider through his "
    ...         "personal investment company Bezos Expeditions.")
    True
    >>> is_note("Editors' note: There are images in this post that some readers may find "
    ...         "distressing.")
    True
    >>> is_note("Update: KFC confirmed it.")
    False
    """
    return _NOTE.match(line) is not None
