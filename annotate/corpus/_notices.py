"""A publisher's notice of its rights, or a site's standing notice about its pieces, left in
the text as a line of its own.

A scraped page keeps the publisher's notice under or over its story: its copyright and the
terms of reuse (``© NET Newspapers 2014. All Rights Reserved. Please use sharing tools. Do not
cut, copy or lift any content from this website without our consent.``, FNC-1 603), the FT's
paywall note (``High quality global journalism requires investment. Please share this article
with others using the link below, do not cut & paste the article. See our Ts&Cs and Copyright
Policy for more detail. Email ... to buy additional rights.``, FNC-1 1337, 1682), a book
excerpt's source (``From STEALING AMERICA by Dinesh D’Souza. Copyright © 2015 by Dinesh
D’Souza. Reprinted courtesy of Broadside Books, ...``). A line that opens with the copyright
is a rule of ``boilerplate.yaml``; this one finds the notice's fixed words anywhere in a line
of at most 500 characters: ``All rights reserved``, ``Copyright Policy``, ``buy additional
rights``, a copyright mark before a year (``© 2015``), ``Copyright ©``. Prose speaks of
copyright in lower case, without a year or a mark (``a copyright from 1974``, ``the Copyright
Alert System``, ``copyright laws``). On every FNC-1 body and PolNeAR text such lines are
notices only (benchmarks/RESULTS.md, issue 12, ``fix/seg30``). Searched with a plain substring
test first: the pattern's cost over every line was half of the boilerplate rules' when it
stood among them.

A site sets other standing words about its pieces under each of them, a line of their own
(:func:`is_site_notice`): a satire site's disclaimer (``Note: This article is satire, brought
to you by the creative minds at The Peoples News. ...``, FNC-1 2114), a fact-checker's legend
of its rating scale under its ruling (``PANTS ON FIRE – The statement is not accurate and
makes a ridiculous claim.``, PolitiFact's Truth-O-Meter, FNC-1 855). The legend is told by the
scale's own ratings in capitals, a dash and "The statement": a dateline in capitals before a
dash ("WASHINGTON — The statement is ...") opens a story's sentence so.

A broadcaster's site sets the slot of its show under each piece from it: the days and the
hour, in the form of a schedule (:data:`BROADCAST_SLOT`: ``weekdays from 6:00 a.m. to 9:00
a.m.``, ``weeknights 8pm ET``, ``weekdays at 4pm to 6pm ET and Saturdays at 6pm ET``). Said of
the site's own show (``... airs on SiriusXM Patriot 125 ...``, here) or as a call to watch it
(``Watch The Situation Room with Wolf Blitzer ...``, CNN, ``_reader_calls``), it is the same
promotion; news of a show gives its slot in a sentence of its own (``The show airs on NBC on
Sundays``).

A paper says how its web copy stands to its print one, under the story (``This is a more
complete version of the story than the one that appeared in print.``, NYT): the page's word
about the piece, not the story's.

A newsletter offers its reader the day's issue by e-mail (``HUFFPOLLSTER VIA EMAIL! - You can
receive this daily update every weekday morning via email! Just click here, ...``, the
HuffPollster newsletter, PolNeAR huff-post, 2 texts): the reader "can receive" "this" update
or newsletter by e-mail, the page speaking of itself (:func:`is_site_notice`).

A newsletter names itself and the day's issue in its masthead line (``This is HuffPollster for
Wednesday, February 3, 2016.``, HuffPost's HuffPollster, PolNeAR huff-post, 2 texts, the last
sentence of the dek over the items): "This is", the newsletter's name in capitals, "for", a
weekday and its whole date. :func:`split_masthead` cuts it out of the paragraph it is run into.
A sentence of a story names no issue so: "This is crucial for Trump" has no date after "for",
and "This is Trump's plan for Monday, May 2, 2016." no name alone before it.
"""

from __future__ import annotations

import re

__all__ = ["BROADCAST_SLOT", "is_rights_notice", "is_site_notice", "split_masthead"]

_NOTICE = re.compile(
    r"\ball rights reserved\b|\bcopyright policy\b|\b(?:buy|purchase) additional rights\b|"
    r"©\s*(?:19|20)\d\d\b|(?-i:Copyright) ©",
    re.I,
)
_NOTICE_CHARS = 500


def is_rights_notice(line: str) -> bool:
    """Whether ``line`` holds a publisher's notice of its rights (see the module docstring).

    Examples
    --------
    >>> is_rights_notice("© NET Newspapers 2014. All Rights Reserved. Please use sharing tools.")
    True
    >>> is_rights_notice("We do not terminate customers for violating the Copyright Alert System.")
    False
    """
    if len(line) > _NOTICE_CHARS:
        return False
    lower = line.lower()
    if not ("©" in line or "reserved" in lower or "copyright" in lower or "rights" in lower):
        return False
    return _NOTICE.search(line) is not None


# A show's slot in a schedule: the days, perhaps "at" or "from", an hour with its "a.m." or
# "p.m." (a figure alone may be anything), perhaps "to" another and a zone; perhaps a second
# run of days after "and" ("weekdays at 4pm to 6pm ET and Saturdays at 6pm ET").
_HOUR = r"\d{1,2}(?::\d\d)? ?(?:[ap]\.?m\.?|[AP]M)"
_DAYS = (
    r"(?:weekdays|weeknights|weekends|daily|nightly|every \w+|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
)
_ONE_SLOT = rf"{_DAYS} (?:at |from )?{_HOUR}(?: ?(?:to|-|–) ?{_HOUR})?(?: [A-Z]{{1,2}}T\b)?"
BROADCAST_SLOT = rf"{_ONE_SLOT}(?:,? and {_ONE_SLOT})?"

# A newsletter's masthead line: "This is", its name (a few capitalised words), "for", a
# weekday, the month, the day and the year (see the module docstring).
_MASTHEAD_TEXT = (
    r"This is [A-Z][\w'’&-]*(?: [A-Z0-9][\w'’&-]*){0,3} for "
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\."
)
# The masthead as a sentence of a paragraph: at its start or after a sentence's end, and the
# paragraph's end or the next sentence after it.
_MASTHEAD = re.compile(
    rf"(?:^|(?<=[.!?\"”’] ))(?P<masthead>{_MASTHEAD_TEXT})(?= [\"“‘]?[A-Z]|\s*$)"
)

_SITE_NOTICE = re.compile(
    r"(?:(?:Editor['’]s )?Note: )?This (?:article|story|post|piece) is (?:a work of )?satire\b"
    r"|(?:(?:MOSTLY |HALF )?(?:TRUE|FALSE)|PANTS ON FIRE) [–—-] The statement (?:is|contains)\b"
    # A paper's word on how its web copy stands to its print one ("This is a more complete
    # version of the story than the one that appeared in print.", NYT, PolNeAR nyt
    # 2016-11-07; "A version of this article appears in print on ..."): the piece in print.
    r"|This is an? (?:more complete|longer|fuller|expanded|updated) version of (?:the|this) "
    r"(?:story|article) than (?:the one )?(?:that )?appeared in print\b"
    r"|A version of this (?:article|story) appear(?:s|ed) in print\b"
    # A newsletter's masthead line naming the day's issue (see :data:`_MASTHEAD`), alone.
    rf"|{_MASTHEAD_TEXT}$"
    # A site's own radio show and its slot, under each piece from it ("Breitbart News Daily
    # airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern.", PolNeAR
    # breitbart, 3 texts): the show's name, "airs", the days and the hours from and to.
    rf"|[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){{1,5}} airs (?:live )?on [^.!?]{{1,60}}? "
    rf"{BROADCAST_SLOT}[^.!?]{{0,30}}\.?$"
    # A column's standing blurb, under each week's issue ("And Finally is our weekly synopsis
    # of the rumours and rumblings of the wearable world.", Wareable, FNC-1 2090, seed 1568's
    # judge): its name, "is our", how often, what it is. The page speaks of its own column;
    # a story's "The show is a weekly look at ..." has no "our".
    r"|[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4} is our (?:daily|weekly|monthly|regular|fortnightly) "
    r"(?:[\w-]+ ){0,2}(?:synopsis|round-?up|digest|column|recap|wrap(?:-?up)?|look|review|"
    r"guide|briefing|newsletter|series|feature)\b[^.!?]{0,150}[.!]?$"
)
_SITE_NOTICE_CHARS = 300
# A newsletter's offer of itself to its reader: "you can" receive "this" (daily) update or
# newsletter by e-mail.
_NEWSLETTER = re.compile(
    r"\byou can (?:receive|get) this (?:\w+ ){0,2}(?:update|newsletter|briefing|digest)\b"
    r"[^.!?]{0,60}\b(?:via|by|in your) e-?mail\b",
    re.I,
)


def is_site_notice(line: str) -> bool:
    """Whether ``line`` is a site's standing notice about its pieces (see the module
    docstring).

    Examples
    --------
    >>> is_site_notice("PANTS ON FIRE – The statement is not accurate and makes a ridiculous")
    True
    >>> is_site_notice("Note: This article is satire, brought to you by The Peoples News.")
    True
    >>> is_site_notice("WASHINGTON — The statement is expected on Tuesday.")
    False
    """
    if len(line) > _SITE_NOTICE_CHARS:
        return False
    if _SITE_NOTICE.match(line) is not None:
        return True
    return ("mail" in line or "MAIL" in line) and _NEWSLETTER.search(line) is not None


def split_masthead(line: str) -> tuple[str, str]:
    """Cut a newsletter's masthead line out of the paragraph it is a sentence of (see the
    module docstring): the paragraph without it, and the masthead ("" when there is none).

    Examples
    --------
    >>> split_masthead("And a new report compares 10 online panels. This is HuffPollster for "
    ...                "Monday, May 2, 2016.")
    ('And a new report compares 10 online panels.', 'This is HuffPollster for Monday, May 2, 2016.')
    >>> split_masthead("This is crucial for Trump, who votes on Monday, May 2, 2016.")
    ('This is crucial for Trump, who votes on Monday, May 2, 2016.', '')
    """
    if "This is " not in line:
        return line, ""
    found = _MASTHEAD.search(line)
    if found is None:
        return line, ""
    rest = f"{line[: found.start()].rstrip()} {line[found.end() :].lstrip()}".strip()
    return rest, found.group("masthead")
