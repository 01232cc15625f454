"""Datelines: where and when a wire story was filed, before its first sentence.

``WASHINGTON (AP) —``, ``LONDON (Reuters) -``, ``NEW YORK, Jan. 5 (AP) --``, ``TEXAS CITY,
Texas —``: a place, perhaps a region and a date, perhaps the agency, then a dash. It is not
part of the sentence an annotator labels, and it is worth keeping: the sentence table carries
it in its ``dateline`` column, on the sentence it was taken from.

The dateline stays in the article text (offsets keep pointing into it); only the sentence's
span starts after it. So the text of the article that no sentence covers is exactly its
datelines, and :func:`annotate.corpus._article.sentence_rows` reads each from the gap before
its sentence.

Two strengths of evidence: with the agency in brackets the form is unmistakable, and it is
taken at the start of any paragraph (a page can hold several wire stories); without it, only
at the start of the article's first paragraph, and only when the place is in capitals
("UTAH COUNTY —") or has a region after a comma ("Phoenix, AZ —"), since a capitalised
phrase and a dash also open headlines ("The Racket Report – KFC Gets ...").
"""

from __future__ import annotations

import re

__all__ = ["dateline_end"]

_WORD = r"[A-Z][\w.'’-]*"
_CAPS = r"[A-Z][A-Z.'’-]+"
_PLACE = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_REGION = rf"(?:\s*,\s*{_WORD}(?:\s+{_WORD}){{0,2}})"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:\s*,?\s*{_MONTH}\s+\d{{1,2}})"
# Not a party label: "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015".
_AGENCY = r"\s*\(\s*(?![RDI]-)[A-Z][\w.&'’ -]{0,30}\)"
# The dash, then what starts a sentence (or the end of the line: a dateline on its own).
_DASH = r"\s*(?:—|–|--|-)(?:\s+(?=[\"“‘'A-Z0-9])|\s*$)"
_STRONG = re.compile(rf"^{_PLACE}{_REGION}{{0,2}}{_DATE}?{_AGENCY}{_DASH}")
_WEAK = re.compile(
    rf"^(?:{_CAPS}(?:\s+{_CAPS}){{0,3}}{_REGION}{{0,2}}|{_PLACE}{_REGION}{{1,2}}){_DATE}?{_DASH}"
)


def dateline_end(line: str, *, first: bool) -> int:
    """Where the text after the dateline that opens ``line`` starts; 0 when there is none.

    ``first`` says whether ``line`` opens the article's text: only there is a dateline
    without an agency taken.

    Examples
    --------
    >>> line = "WASHINGTON (AP) — U.S. airstrikes killed the leader."
    >>> line[dateline_end(line, first=False) :]
    'U.S. airstrikes killed the leader.'
    >>> line = "NEW YORK, Jan. 5 (AP) -- Stocks fell."
    >>> line[dateline_end(line, first=True) :]
    'Stocks fell.'
    >>> dateline_end("The Racket Report – KFC Gets A Licence", first=True)
    0
    """
    match = _STRONG.match(line)
    if match is None and first:
        match = _WEAK.match(line)
        # A line of capitals and a dash alone is as likely a headline ("ISIS USES CHEMICAL
        # WEAPONS—"): a dateline on its own line needs its region ("BUTTE, Montana -").
        if match is not None and match.end() == len(line) and "," not in match.group():
            match = None
    return 0 if match is None else match.end()
