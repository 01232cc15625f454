"""Headings longer than a heading's limit, told by a first clause in title case.

A line alone in its paragraph, without a sentence's end mark, is a heading when it is short
(``heading_max_words`` in ``boilerplate.yaml``); a longer one is as likely a paragraph whose
stop a stripped link took. A page's heading may run longer, in title case up to a comma and in
sentence case after it, as an editor who tired of capitals typed it: iMediaEthics' "Only One
Duped Outlet Corrected, 2 more Correct after iMediaEthics inquiry" over the section on the
outlets' corrections (FNC-1 648, seed 1625's judge).

Prose never capitalises four long words running up to its first comma unless they are a
name ("Secretary of State John Kerry, speaking in Paris, said ..."), and a name opens a
sentence whose verb comes after it; so the line is a heading when its first clause has four
long words or more, all capitalised, and what follows the comma holds no verb of narration
(a finite form of "be", "have" or "do", a past tense, a speech verb). On every FNC-1 body and
PolNeAR text, the lines alone in their paragraphs, unended and past a heading's limit, that
this takes are headings and credits, which other rules dropped but FNC-1 648's (round 38); a
line in title case to its end is a headline, left to annotate.corpus._headlines.
"""

from __future__ import annotations

import re

from annotate.corpus._attributions import speech_verbs
from annotate.corpus._subheadings import is_verbless

__all__ = ["is_long_heading"]

# A heading's length, at most: a headline's.
_MAX_WORDS = 15
_MAX_CHARS = 120
# Long words of the first clause, all capitalised: more than a name's usual three
# ("President Barack Obama").
_TITLED_WORDS = 4
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A comma that ends a clause, not one inside a figure ("50,000").
_CLAUSE_COMMA = re.compile(r",\s")


def is_long_heading(line: str) -> bool:
    """Whether ``line``, alone in its paragraph and unended, is a heading longer than a
    heading's limit: its first clause in title case, no verb after it.

    Examples
    --------
    >>> is_long_heading("Only One Duped Outlet Corrected, 2 more Correct after our inquiry")
    True
    >>> is_long_heading("Secretary of State John Kerry, speaking in Paris, said the deal was good")
    False
    >>> is_long_heading("The outlet corrected its story, and two more did after our inquiry")
    False
    >>> is_long_heading("Why Nigeria Was Able to Beat Ebola, but Not Boko Haram The Atlantic")
    False
    >>> is_long_heading("Iraqi Soldier Turned Cab Driver Reveals How 50,000 Ghost Soldiers Operate")
    False
    """
    if len(line) > _MAX_CHARS or len(line.split()) > _MAX_WORDS:
        return False
    comma = _CLAUSE_COMMA.search(line)
    if comma is None:
        return False
    head, tail = line[: comma.start()], line[comma.end() :]
    long = [w for w in _WORD.findall(head) if len(w) >= 4]
    if len(long) < _TITLED_WORDS or not all(w[0].isupper() for w in long):
        return False
    # In title case to its end, the line is a headline, which annotate.corpus._headlines names.
    words = _WORD.findall(tail)
    if not any(len(w) >= 4 and w[0].islower() for w in words):
        return False
    lowered = [w.lower() for w in words]
    return is_verbless(["", *lowered]) and not any(w in speech_verbs() for w in lowered)
