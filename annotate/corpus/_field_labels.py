"""A fact-check's field label run into its first sentence: ``Claim: Actor Macaulay Culkin ...``

A fact-checking page is a form: each field has its label (Snopes sets ``Claim:``, ``Origins:``,
``Example:``, ``Rating:``, ``Status:``, ``Last updated:``), and the scrape runs the label into
the field's first sentence. The label names a part of the page, not anything in the story, so
it is cut off and the sentence after it kept (on every FNC-1 body and PolNeAR text, the 22
lines that open with ``Claim:`` or ``Origins:`` are Snopes' fields, each with a whole sentence
after the label). A label alone on its line, or over a bracketed source (``Example:
[Collected via email, December 2014]``), is a heading and left to the rules for those.

A page that adds to a story after it ran labels the added paragraph so, run into its first
sentence (``Update: In a statement to Re/code, Apple spokesman Tom Neumayr said ...``, FNC-1
test 792; ``UPDATE: ESPN has confirmed ...``, FNC-1 283; without the colon before a sentence's
opening word, ``Update A regional security expert reports ...``, FNC-1 2469): the label says
when the page changed, not what happened, and is cut off the same way. Not in brackets (the
note is the bracket's whole text, :mod:`annotate.corpus._notes`).

The label may carry the update's stamp before its colon, the hour or the day it was added
(``UPDATED 8:28 p.m. ET: GlobalPost CEO Philip Balboni released a statement ...``, FNC-1 456;
``Update 2:13 PM: The diagnostic port will not be included ...``, MacRumors, FNC-1 664 and
1435; ``UPDATE 6:30pm: Apple has denied ...``, test 1845; ``UPDATE, 7 Jan 2015: Sure enough,
...``, FNC-1 1362; ``UPDATE 03/12/2014 : This story seems to be false.``, FNC-1 292 and 553,
test 1118). The stamp says when, as the label does, and goes with it; the colon closes it.
A sentence has no clock time or date between ``Update`` and a colon.

A wire's flash label run into the story's first sentence says how new the story is, not what
happened: ``BREAKING NEWS: Sources are reporting that Judd Nelson ...`` (FNC-1 1382),
``Breaking news: The Teletubbies’ solar infant deity ...`` (FNC-1 2371), ``DEVELOPING: An
Internet video purports ...`` (FNC-1 test 79, test 665), ``Breaking!  J.J. Abrams has ...``
(FNC-1 622). It is cut off the same way: the label, then a colon or an exclamation mark, then
a sentence's capital. Prose that names breaking news runs on without the mark ("Breaking news
on Sunday morning reports that ..."); a headline that opens so is the title's, taken whole
before this.

A published e-mail's header is a form too, its fields run into the message's first sentence
(``From: Paul Carr To: Matt Taibbi Date: Tue, Jul 29, 2014 I don't think [Omidyar] ...``,
FNC-1 879, seeds 1529 and 1552's judges): who wrote to whom and when, not a claim. Cut off
the same way when the fields come in a mail's order: ``From:``, ``To:``, perhaps ``Cc:``, then
``Date:`` or ``Sent:`` with a whole date (and perhaps its time), then the sentence's capital
or an editor's bracket (``[Redacted.] If I waited ...``).

A page's warning over what it shows is a label too, all in capitals, what it labels in
capitals after its colon, closed by a stop and run into the story's first sentence
(``WARNING: GRAPHIC IMAGES. A masked militant claims ...``, FNC-1 1011, seed 1571's judge; the
same label alone on its line, ``WARNING: GRAPHIC CONTENT``, is a heading). It names no one and
says nothing happened: a few words in capitals with no verb, where a speaker's label in a
transcript has a clause after it, in the speaker's case (``TAPPER: Do you think ...``). Cut off
the same way when the story's sentence after it is in a sentence's case.
"""

from __future__ import annotations

import re

from annotate.corpus._subheadings import is_verbless

__all__ = ["split_field_label"]

# The form's field names, then a colon, then the field's sentence, opening with a capital or
# a figure ("Origins: On 14 October 2014, the National Report ...").
_FIELD = re.compile(
    r"(?:Claim|Origins?|Rating|Status|Examples?|Variations?|Last updated|"
    r"What['’]s (?:True|False|Undetermined)):\s+(?=[A-Z\d])"
)


# The update's date after its label, set off from the sentence by a dash or a colon ("UPDATE:
# 5/12 — The website ...", PolNeAR huff-post 2016-05-12; "UPDATE: Nov. 4-- Brian Williams ...",
# FNC-1 83): it says when, as the label does, and goes with it.
_UPDATE_DATE = (
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)"
    r"\s*(?:--|[—–:])\s+"
)

# The update's stamp between its label and the colon: a clock time with a.m. or p.m. and perhaps
# its zone ("8:28 p.m. ET", "2:13 PM", "6:30pm"), or a day ("7 Jan 2015", "03/12/2014", "Nov.
# 4"), a comma perhaps before it ("UPDATE, 7 Jan 2015:").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_UPDATE_STAMP = (
    r",?\s+(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m|[AP]M)(?:\s+[A-Z]{1,3}T)?|"
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}} {_MONTH} \d{{4}}|"
    rf"{_MONTH} \d{{1,2}}(?:, \d{{4}})?)\s*"
)

# An update's label: "Update", "UPDATE", "Updated", perhaps its stamp, a colon (and the update's
# date) and a capital or a figure; or no colon before a word that opens sentences ("Update A
# regional ...").
_UPDATE = re.compile(
    rf"(?:Update[ds]?|UPDATE[DS]?)(?:(?:{_UPDATE_STAMP})?:\s+(?:{_UPDATE_DATE})?(?=[\"“]?[A-Z\d])|"
    r"\s+(?=(?:A|An|The|In|After) [a-z]))"
)


# An e-mail's header: its fields in a mail's order, a whole date, the message's first word.
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
_EMAIL_HEAD = re.compile(
    r"From:\s+[^:\n]{1,80}?\s+To:\s+[^:\n]{1,80}?\s+(?:Cc:\s+[^:\n]{1,80}?\s+)?"
    rf"(?:Date|Sent):\s+(?:{_WEEKDAY})?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AP]M|[ap]\.?m\.?)?)?\s+(?=[\"“\[]?[A-Z\d])"
)


# A flash label: "BREAKING", "Breaking news", "DEVELOPING", "EXCLUSIVE", "JUST IN", in
# capitals or with a capital first, then a colon or an exclamation mark (not a pipe: "BREAKING |
# This is a photo ..." is a tweet's own text) and the sentence's capital.
_FLASH = re.compile(
    r"(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|DEVELOPING|Developing|EXCLUSIVE|Exclusive|"
    r"JUST IN|Just [Ii]n)[:!]\s+(?=[\"“]?[A-Z\d])"
)


# A label in capitals, a colon, what it labels in capitals, a stop, then a sentence's capital
# and a small letter in its first word or the next ("A masked ..."): the story's sentence in
# its own case (see the module docstring).
_SHOUTED_LABEL = re.compile(
    r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}:\s+(?P<what>[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){1,4})"
    r"[.!]\s+(?=[\"“]?[A-Z](?:[a-z]|\s+[a-z]))"
)


def _shouted_label(line: str) -> re.Match[str] | None:
    """The warning label in capitals at the start of ``line`` (see the module docstring)."""
    label = _SHOUTED_LABEL.match(line)
    if label is None or not is_verbless(label.group("what").lower().split()):
        return None
    return label


def split_field_label(line: str) -> tuple[str, str]:
    """Cut a fact-check's field label off the start of ``line``.

    Returns the label ("" when there is none) and the rest of the line.

    Examples
    --------
    >>> split_field_label("Claim: Kanye West has been banned from all future award shows.")
    ('Claim:', 'Kanye West has been banned from all future award shows.')
    >>> split_field_label("Claims of fraud were never proven.")
    ('', 'Claims of fraud were never proven.')
    >>> split_field_label("UPDATE: ESPN has confirmed that no such panel will take place.")
    ('UPDATE:', 'ESPN has confirmed that no such panel will take place.')
    >>> split_field_label("Update your phone: Apple fixed the bug.")
    ('', 'Update your phone: Apple fixed the bug.')
    >>> split_field_label("UPDATE: 5/12 — The website has removed the listing from its site.")
    ('UPDATE: 5/12 —', 'The website has removed the listing from its site.')
    >>> split_field_label("DEVELOPING: An Internet video purports to show the beheading.")
    ('DEVELOPING:', 'An Internet video purports to show the beheading.')
    >>> split_field_label("Breaking news on Sunday morning reports that he is the suspect.")
    ('', 'Breaking news on Sunday morning reports that he is the suspect.')
    >>> split_field_label("UPDATED 8:28 p.m. ET: GlobalPost CEO Philip Balboni spoke.")
    ('UPDATED 8:28 p.m. ET:', 'GlobalPost CEO Philip Balboni spoke.')
    >>> split_field_label("Updated 20 minutes ago: the page was moved.")
    ('', 'Updated 20 minutes ago: the page was moved.')
    >>> split_field_label("From: Paul Carr To: Matt Taibbi Date: Tue, Jul 29, 2014 I think so.")
    ('From: Paul Carr To: Matt Taibbi Date: Tue, Jul 29, 2014', 'I think so.')
    >>> split_field_label("WARNING: GRAPHIC IMAGES. A masked militant claims the murder.")
    ('WARNING: GRAPHIC IMAGES.', 'A masked militant claims the murder.')
    >>> split_field_label("CLINTON: I DID NOT. He knows that.")
    ('', 'CLINTON: I DID NOT. He knows that.')
    """
    # The patterns end on a lookahead for the sentence's first character: text follows.
    label = (
        _FIELD.match(line)
        or _UPDATE.match(line)
        or _FLASH.match(line)
        or (_EMAIL_HEAD.match(line) if line.startswith("From:") else None)
        or (_shouted_label(line) if line[:2].isupper() else None)
    )
    if label is None:
        return "", line
    return line[: label.end()].rstrip(), line[label.end() :]
