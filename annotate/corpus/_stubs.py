"""Sentences cut across lines: a stub whose link was stripped, a hard-wrapped paragraph.

Scraped text loses the words of a link and breaks the line where it was: HuffPost's
"Editor's note: Donald Trump regularly" / "incites" / "political violence and is ...", or
FNC-1's "IBM also noted that it currently has" / "job postings for more than 10,000 ...".
Each line alone is a broken task, and a short stub alone in its paragraph was even dropped as
a heading. The rule: a line that does not end a sentence, followed by one that starts with a
lower-case word, is the same sentence; cleaning joins the two with a space (and records the
join). A lower-case start never begins a news sentence, except in brand names ("iPhone",
"eBay"), which have a capital inside and so do not count.
"""

from __future__ import annotations

import re

__all__ = ["continues"]

# What ends a sentence or leads into a new one: final punctuation (maybe inside a closing
# quote or bracket) or a colon.
_ENDS = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_LOWER_START = re.compile(r"^[a-z][a-z'’-]*(?:[\s,;.:!?]|$)")
_MARKS = re.compile(r"[@#/{}=]|:\S")
_LAST_WORD = re.compile(r"\S+$")
_FIRST_WORD = re.compile(r"\S+")


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` leaves unfinished.

    Examples
    --------
    >>> continues("IBM also noted that it currently has", "job postings for more than 10,000")
    True
    >>> continues("It said so.", "then it left")
    False
    >>> continues("Apple unveiled", "iPhone 6 on Tuesday")
    False
    """
    if not previous or _ENDS.search(previous) or not _LOWER_START.match(line):
        return False
    # Not across tweets, addresses or style rules, which also leave lines unfinished and
    # start in lower case: "... #MacklemoreJoinedISIS" / "sick and tired of ...",
    # ".image-wrap {" / "width:100px;", "— Name (@handle) October 8, 2014" / "best ...".
    # Regexes, not split(): a line can be a whole 50 MB article, and split copies it.
    last = _LAST_WORD.search(previous, max(0, len(previous) - 200))
    first = _FIRST_WORD.match(line)
    marked = (last and _MARKS.search(last.group())) or (first and _MARKS.search(first.group()))
    return not (marked or "(@" in previous[-200:])
