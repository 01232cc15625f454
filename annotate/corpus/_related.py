"""Items of a related-stories widget printed into the story's text.

The New York Times sets, between its paragraphs, a box of links to its earlier stories: each
item a photo's caption, the story's headline and its date in capitals. Scraped into text, an
item is one line with the three glued together (``At a mosque in Birmingham, England, a young
man carries a Union Jack bag.Britain Appeals to Anti-Extremist Imams in Effort to Uproot Seeds
of RadicalizationAUG. 24, 2014``, FNC-1 1374). The date in capitals closing the line is the
mark: prose writes its months in lower case and does not end a paragraph on a date alone. On
every FNC-1 body (train and test) and PolNeAR text, the 12 lines that end so are all such items
(FNC-1 427, 578, 678, 1374, 1844; benchmarks/RESULTS.md, issue 12, ``fix/seg42``).

A story that reprints another paper's report sets that report's headline over it, with where
and when it ran in brackets (``British Muslims on safari 'stopped by MI5' (from The Independent
on 01/05/2010)``, FNC-1 867; :func:`is_reprint_head`). The bracket closing the line, a
capitalised source and a date in it, no sentence end before it, is the mark: prose that names
its source so ends its sentence (``..., from The Independent on Saturday, 01 May, 2010.``).

A blog links the story it passes on by that story's headline, its writer and site after it in
square brackets, and thanks the reader who sent it in (``Comcast Declares War on Tor? [Nathan
Wold/Deep Dot Web] (Thanks, Alan!)``, Boing Boing, FNC-1 1359; :func:`is_source_link`): a
headline (its longer words capitalised, no sentence end but its own question or exclamation
mark), then the writer and the site, a slash between the capitalised names. Prose cites a
writer in a sentence, not in brackets after a title.
"""

from __future__ import annotations

import re

from annotate.corpus._credits import HAT_TIP

__all__ = [
    "CAPS_TEASER",
    "is_boxed_teaser",
    "is_dated_related",
    "is_reprint_head",
    "is_sibling_teaser",
    "is_source_link",
    "teaser_label",
]

# A teaser to another story: a label in capitals, a colon, a headline (read by
# annotate.corpus._furniture.non_prose: one that does not end like a sentence is a link).
CAPS_TEASER = re.compile(r"^[A-Z][A-Z0-9'’&-]{2,}(?:\s+[A-Z0-9'’&-]+){0,3}:\s+(?P<rest>.+)$")

# The box's date: a month in capitals (abbreviated with its stop, or short and whole), the day
# and the year, closing the line; glued to the headline before it or after a space.
_CAPS_DATE_END = re.compile(
    r"(?:JAN|FEB|MARCH|APRIL|MAY|JUNE|JULY|AUG|SEPT?|OCT|NOV|DEC)\.? \d{1,2}, \d{4}\s*$"
)
# The headline before the date: at least a few words, so that a date alone (a stamp, which
# non_prose reads as ``date``) is not taken for an item.
_LEAST_WORDS = 4


def is_dated_related(line: str) -> bool:
    """Whether ``line`` is an item of a related-stories box, closed by its date in capitals.

    Examples
    --------
    >>> is_dated_related("Jordan’s King Abdullah II Returns Home to Cheers After Swift "
    ...                  "ExecutionsFEB. 4, 2015")
    True
    >>> is_dated_related("The ruling came on Feb. 4, 2015")
    False
    >>> is_dated_related("FEB. 4, 2015")
    False
    """
    date = _CAPS_DATE_END.search(line)
    return date is not None and len(line[: date.start()].split()) >= _LEAST_WORDS


# Where and when a reprinted report ran, in brackets closing its headline: "(from The
# Independent on 01/05/2010)", "(from The Guardian, May 1, 2010)".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_REPRINTED_FROM = re.compile(
    r"\((?:[Ff]rom|[Vv]ia|[Ff]irst published in) (?:[Tt]he )?"
    r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4},? "
    r"(?:on |in )?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2} "
    + _MONTH
    + r",? \d{4}|"
    + _MONTH
    + r" \d{1,2},? \d{4})\)$"
)


def is_reprint_head(line: str) -> bool:
    """Whether ``line`` is a reprinted report's headline, closed by where and when it ran (see
    the module docstring).

    Examples
    --------
    >>> is_reprint_head("British Muslims on safari 'stopped by MI5' (from The Independent on "
    ...                 "01/05/2010)")
    True
    >>> is_reprint_head("The report ran first (from The Independent on 01/05/2010).")
    False
    """
    bracket = _REPRINTED_FROM.search(line)
    return (
        bracket is not None
        and len(line[: bracket.start()].split()) >= _LEAST_WORDS
        and not line[: bracket.start()].rstrip().endswith((".", "!", "?"))
    )


# The headline, the bracket with the writer and the site, and perhaps the thanks.
_SOURCE_LINK = re.compile(
    r"(?P<head>[A-Z\d][^.!?\[\]()]{5,100}[?!]?) "
    r"\[[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?/ ?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}\]"
    rf"(?: \((?:{HAT_TIP}|[Vv]ia),? [^()]{{1,40}}\))?"
)
_SHORT_WORD = 3  # "on", "the", "of", "to" may stay in lower case in a headline


def is_source_link(line: str) -> bool:
    """Whether ``line`` is a blog's link to the story it passes on (see the module docstring).

    Examples
    --------
    >>> is_source_link("Comcast Declares War on Tor? [Nathan Wold/Deep Dot Web] (Thanks, Alan!)")
    True
    >>> is_source_link("Comcast said it blocks nothing [Nathan Wold/Deep Dot Web]")
    False
    """
    link = _SOURCE_LINK.fullmatch(line)
    return link is not None and all(
        word[0].isupper() or not word[0].isalpha()
        for word in link.group("head").split()
        if len(word) > _SHORT_WORD
    )


# A page sets its links to other stories all under one label ("STORY: Beijing Aims to Reduce
# Hazardous Smog Ahead of APEC", FNC-1 1006, three of them between its paragraphs). One whose
# headline ends in its own marks ("STORY: Alibaba Should Buy eBay. Who Wants PayPal?") is the
# same link: the label a sibling was dropped under, then a headline in title case, which a
# transcript's turn under a speaker's label ("TAPPER: Do you think ...?") is not.
_SIBLING_WORDS = 15


def teaser_label(line: str) -> str | None:
    """The capitals' label a teaser line opens with ("STORY"), or None."""
    teaser = CAPS_TEASER.match(line)
    return teaser.group().split(":", 1)[0] if teaser else None


def is_sibling_teaser(line: str, labels: set[str]) -> bool:
    """Whether ``line`` is a link to another story under a label in ``labels``, the labels of
    the page's teasers dropped as links so far (see above).

    Examples
    --------
    >>> is_sibling_teaser("STORY: Alibaba Should Buy eBay. Who Wants PayPal?", {"STORY"})
    True
    >>> is_sibling_teaser("TAPPER: Do you think the Senate will act?", {"TAPPER"})
    False
    >>> is_sibling_teaser("STORY: Alibaba Should Buy eBay. Who Wants PayPal?", set())
    False
    """
    teaser = CAPS_TEASER.match(line)
    if teaser is None or teaser.group().split(":", 1)[0] not in labels:
        return False
    rest = teaser.group("rest")
    return len(rest.split()) <= _SIBLING_WORDS and _title_case(rest)


# Under a box's label ("MORE STORIES"), a teaser whose headline asks or exclaims ("FUNDING
# CUTS: Is this the end for our ABC?", FNC-1 862, the first of five under the label, the four
# others dropped as links): outside a box, a label in capitals and a question is as often a
# transcript's turn ("TAPPER: Do you think ...?"), which non_prose keeps; a box holds none.
_ASKED_END = re.compile(r"[?!][\"”’'‘]*$")


def is_boxed_teaser(line: str) -> bool:
    """Whether ``line``, under a box's label, is a teaser whose headline asks or exclaims (see
    above): a label in capitals, a colon, a headline of at most 15 words.

    Examples
    --------
    >>> is_boxed_teaser("FUNDING CUTS: Is this the end for our ABC?")
    True
    >>> is_boxed_teaser("FUNDING CUTS: The board met on Monday.")
    False
    """
    teaser = CAPS_TEASER.match(line)
    if teaser is None:
        return False
    rest = teaser.group("rest")
    return len(rest.split()) <= _SIBLING_WORDS and _ASKED_END.search(rest) is not None


def _title_case(text: str) -> bool:
    """Headline case: every word of four letters or more capitalised, at least three of them;
    a brand's own case ("eBay", "iPhone") holds its capital inside."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(long) >= 3 and all(not w.islower() for w in long)
