"""Datelines: where and when a wire story was filed, before its first sentence.

``WASHINGTON (AP) —``, ``LONDON (Reuters) -``, ``NEW YORK, Jan. 5 (AP) --``, ``TEXAS CITY,
Texas —``: a place, perhaps a region and a date, perhaps the agency, then a dash. It is not
part of the sentence an annotator labels, and it is worth keeping: the sentence table carries
it in its ``dateline`` column, on the sentence it was taken from.

The dateline stays in the article text (offsets keep pointing into it); only the sentence's
span starts after it. So the text of the article that no sentence covers is exactly its
datelines, and :func:`annotate.corpus._article.sentence_rows` reads each from the gap before
its sentence.

Two strengths of evidence. Taken at the start of any paragraph (a page can hold several wire
stories, and a byline or a caption kept before the story moves its first paragraph down): a
place with the agency in brackets, and a place with its region after a comma ("PORTSMOUTH,
N.H. —", "ANTAKYA, Turkey —"; 39 of the 40 such paragraph starts past an article's first line
in FNC-1 and PolNeAR are datelines, the 40th a fake "NEW YORK, New York -" over a headline).
Only at the start of the article's first paragraph, where a headline can also stand: a place
in capitals alone ("UTAH COUNTY —"), since a capitalised phrase and a dash also open headlines
("The Racket Report – KFC Gets ..."), and the agency alone in brackets ("(CNN) --",
"(Reuters) -"), with its dash, or without one when the bracket is in capitals or a web
address ("(RNS) When Pope Francis ...", "(IraqiNews.com) Thousands ..."); "(L) Police ..."
(a caption's "left") and "(Source) A neighbor ..." are not taken.

A date stamp glued to the text it dates, with no mark between, is taken at the start of any
paragraph too: a whole date with its year, perhaps after the weekday, then a capitalised word
(``Thursday, May 7, 2015 On Tuesday, the New Zealand government ...``, a Wikinews story's
date line run into its first paragraph; ``June 16, 2015 Trump joins the race.``, a timeline's
label in PolNeAR). A sentence never opens with a date followed by a capital: its verb would
follow in lower case (``March 15, 2012 was ...``).
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
_STRONG = re.compile(
    rf"^{_PLACE}(?:{_REGION}{{0,2}}{_DATE}?{_AGENCY}|{_REGION}{{1,2}}{_DATE}?){_DASH}"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A whole date with its year ("Thursday, March 15, 2012", "15 March 2012"), then a capital.
_STAMP = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH},?)\s+\d{{4}}"
    r"\s+(?=[A-Z])"
)
_WEAK = re.compile(rf"^{_CAPS}(?:\s+{_CAPS}){{0,3}}{_REGION}{{0,2}}{_DATE}?{_DASH}")
# The agency (or a date) alone in brackets, then a dash (which may touch the next word:
# "(CNN) —Three Afghan soldiers"), or no dash after capitals or a web address.
_BRACKETED = re.compile(
    r"^\(\s*(?![RDI]-)[A-Z][\w.,&'’ -]{1,30}\)\s*(?:—|–|--|-)\s*(?=[\"“‘'A-Z0-9])"
    r"|^\((?:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}|\w+\.(?:com|org|net|co\.uk))\)\s+(?=[\"“‘A-Z])"
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
    >>> line = "(CNN) -- The mother of James Foley spoke."
    >>> line[dateline_end(line, first=True) :]
    'The mother of James Foley spoke.'
    >>> line = "PORTSMOUTH, N.H. — He may be a big underdog."
    >>> line[dateline_end(line, first=False) :]
    'He may be a big underdog.'
    >>> line = "Thursday, May 7, 2015 On Tuesday, the government announced a new flag."
    >>> line[dateline_end(line, first=False) :]
    'On Tuesday, the government announced a new flag.'
    """
    match = _STRONG.match(line) or _STAMP.match(line)
    if match is None and first:
        match = _WEAK.match(line) or _BRACKETED.match(line)
        # A line of capitals and a dash alone is as likely a headline ("ISIS USES CHEMICAL
        # WEAPONS—"): a dateline on its own line needs its region ("BUTTE, Montana -").
        if match is not None and match.end() == len(line) and "," not in match.group():
            match = None
    return 0 if match is None else match.end()
