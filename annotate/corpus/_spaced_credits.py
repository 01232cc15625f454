"""A picture's caption with its credit set before it, apart by a run of spaces.

The Mirror's and the Daily Mail's pages set a picture's credit and its caption in two spans of
one line that a scrape keeps apart by three spaces (``CEN   Mum Meng Xiangyan has gone onto the
street to try and raise the money ...``, FNC-1 1562; ``Weird Whitstable   Claws for concern:
Is this picture shared on the internet the biggest crab ...?``, FNC-1 test 2023; ``Facebook /
Dylan Thomas   Sore: When the red line began to blister ...``, FNC-1 544). Normalising the
line collapses the run, and the credit then reads as the first words of a sentence; so the
raw line's run is kept as three spaces (:func:`credit_gap`) and read before it is collapsed.

The credit is a name: a few capitalised words (a small word of a name between them, a slash
between two credits), no stop, comma or question mark; its caption one sentence of at most
:data:`_CAPTION_WORDS` words. On every FNC-1 body and PolNeAR text the raw lines in this shape
are the tabloids' captions (52 lines in 33 articles, 4 of them kept before this rule, the rest
dropped by their labels or as repeats) and one sponsored link's line, dropped before too.

The credit may close the caption instead, after its final mark (``A campaign to save the dog of
a Spanish woman infected with the Ebola virus is heating up.   Reuters``, FNC-1 459, seed 1532's
judge on ``6a2ddcf``; ``Josh Paler Lin embraces Thomas.   YouTube``, FNC-1 1611): the same two
spans in the other order (:func:`credit_gap_after`, :func:`trailing_credit`,
:func:`is_caption_before_credit`). On every FNC-1 body and PolNeAR text these two lines are the
only ones of the shape; a story's paragraph never ends on a name set apart so.

Not taken: a run of two spaces, which a typist sets in prose (``Billionaire  Donald
Trump has dominated ...``) and the NYT's DealBook after its run-in heads; a question before the
run (``Who is going to try this??   Cause I ...``, a reader's post); a menu's run of items each
apart so (``What's New   Top Ten   Special Features``); and, where the story opens, any line
(a place set apart so would be its dateline): the caller reads the shape once the story's body
has begun.
"""

from __future__ import annotations

import re

from annotate.corpus._headlines import has_inner_end

__all__ = [
    "SPACED",
    "credit_gap",
    "credit_gap_after",
    "is_caption_before_credit",
    "is_spaced_credit_caption",
    "spaced_credit",
    "trailing_credit",
]

# What stands between the credit and its caption in a normalised line: three spaces.
SPACED = "   "
# A credit: capitalised words (initials, a slash between two names), a name's small words.
_CREDIT = re.compile(
    r"[A-Z][\w'’&.-]*(?:(?: ?/ ?| )(?:[A-Z][\w'’&.-]*|and|of|for|via|the|de|van|von))*"
)
_CREDIT_WORDS = 6
_CAPTION_LEAST_WORDS = 3
_CAPTION_WORDS = 45
# The raw line: the credit, a run of three spaces or more, the caption's capital.
_RAW = re.compile(r"[ \t]*(?P<credit>\S(?:(?! {2}).)*?) {3,}(?=[\"“‘']?[A-Z])")
# Or the caption first: one sentence to its final mark, the run, the credit to the line's end.
_RAW_AFTER = re.compile(r"(?P<caption>\S.*?[.!?][\"”’']?) {3,}(?P<credit>\S(?:(?! {2}).)*?)[ \t]*")
_FINAL_MARKS = tuple(".!?\"”’'")


def credit_gap(raw: str) -> tuple[int, int] | None:
    """Where the run of spaces after a picture's credit is in a raw line, or None.

    Examples
    --------
    >>> credit_gap("CEN   Mum Meng Xiangyan has gone onto the street.")
    (3, 6)
    >>> credit_gap("Billionaire  Donald Trump has dominated the race.") is None
    True
    >>> credit_gap("What's New   Top Ten   Special Features   Subscribe") is None
    True
    """
    match = _RAW.match(raw)
    if match is None or "   " in raw[match.end() :]:
        return None
    if not _is_credit(match.group("credit")):
        return None
    return match.end("credit"), match.end()


def credit_gap_after(raw: str) -> tuple[int, int] | None:
    """Where the run of spaces before a caption's closing credit is in a raw line, or None.

    Examples
    --------
    >>> credit_gap_after("Josh Paler Lin embraces Thomas.   YouTube")
    (31, 34)
    >>> credit_gap_after("He said so.   Then he left.") is None
    True
    """
    match = _RAW_AFTER.fullmatch(raw)
    if match is None or "   " in match.group("caption"):
        return None
    if not _is_credit(match.group("credit")):
        return None
    return match.end("caption"), match.start("credit")


def trailing_credit(line: str) -> str:
    """The credit a normalised line closes with, :data:`SPACED` before it after a final
    mark, or ""."""
    caption, spaced, credit = line.rpartition(SPACED)
    if not spaced or not caption.endswith(_FINAL_MARKS) or not _is_credit(credit):
        return ""
    return credit


def is_caption_before_credit(line: str, credit: str) -> bool:
    """Whether ``line`` (its run collapsed) is a caption before its closing ``credit``: one
    sentence of a caption's length (see the module docstring).

    >>> is_caption_before_credit("Josh Paler Lin embraces Thomas. YouTube", "YouTube")
    True
    """
    if not credit or not line.endswith(f" {credit}"):
        return False
    rest = line[: -len(credit) - 1]
    return _CAPTION_LEAST_WORDS <= len(rest.split()) <= _CAPTION_WORDS and not has_inner_end(rest)


def _is_credit(credit: str) -> bool:
    return len(credit.split()) <= _CREDIT_WORDS and _CREDIT.fullmatch(credit) is not None


def spaced_credit(line: str) -> str:
    """The credit a normalised line opens with, :data:`SPACED` after it, or ""."""
    credit, spaced, _ = line.partition(SPACED)
    return credit if spaced and _is_credit(credit) else ""


def is_spaced_credit_caption(line: str, credit: str) -> bool:
    """Whether ``line`` (its run collapsed) is a caption after its ``credit`` (see the module
    docstring): one sentence of a caption's length after it.

    Examples
    --------
    >>> is_spaced_credit_caption("CEN Mum Meng Xiangyan has gone onto the street to try and "
    ...                          "raise the money for her ill daughter.", "CEN")
    True
    >>> is_spaced_credit_caption("CEN Lucita Sandoval", "CEN")
    False
    """
    if not credit or not line.startswith(f"{credit} "):
        return False
    rest = line[len(credit) + 1 :]
    return _CAPTION_LEAST_WORDS <= len(rest.split()) <= _CAPTION_WORDS and not has_inner_end(rest)
