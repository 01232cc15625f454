"""A picture's caption told by its credit line beside it: set close over the credit, or under
it in a picture viewer's box.

A page's picture comes with two lines of text, its caption and its credit; scraped into text,
the credit is a line of its own (``YouTube screen shot``, ``Sam Greenwood/Getty Images``) and
the caption, written as a sentence, reads as the story's. Where the two lines stand tells the
caption (seeds 1558 and 1561's judges):

- **Over its credit**: a paragraph of one sentence, set apart from the paragraph above and
  close over a credit line that names the picture's source without brackets (``A 20-year-old
  burger, a McDonald's Quarter Pounder with Cheese, looks pretty much the same as a new Quarter
  Pounder looks today!`` over ``YouTube screen shot``, FNC-1 1586). A credit in brackets set
  close under a paragraph (``[Image via Straits Times]``, FNC-1 test 1526, 301, 23 and 1134)
  is the page's lead picture's, set under the story's last sentence: the line over it is the
  story's. A paragraph of the story says more than one sentence, or opens by pointing back at
  the one before (``He``, ``But``), or quotes, or asks.
- **Under its credit, in a picture viewer's box**: ESPN sets a picture in a box whose button is
  glued to the picture's name (``[+] EnlargeTiger Woods``), its credit set close under it
  (``Sam Greenwood/Getty Images``), and its caption close under the credit (``Both the PGA
  Tour and Tiger Woods' agent have emphatically denied claims that he has been suspended for a
  month by the Tour.``, FNC-1 757; the caption of FNC-1 test 1110 quotes the coach, whom the
  story quotes again below). A viewer's button alone (``Enlarge`` over ``Business Insider``,
  Ars Technica, FNC-1 2178) sets no caption under the credit: the story goes on there.

- **Over its own copy closed by its credit**: a page sets a caption twice, once alone and once
  with its credit after it, set close under the first (``A hoax report claimed that 'dog
  whisperer' Cesar Millan had died of heart attack.`` over the same words and ``Twitter``,
  IBTimes, FNC-1 1929 and test 1080; seed 1574's judge). Prose never says its sentence again
  on the next line, and never closes the copy with a source's name: the first line is the
  caption, and the copy a duplicate of it.

On every FNC-1 body and PolNeAR text, the lines in these places are these four captions.
"""

from __future__ import annotations

import re

from annotate.corpus._credits import is_picture_credit, is_picture_credit_line, split_credits
from annotate.corpus._headlines import ends_sentence, has_inner_end

__all__ = [
    "is_caption_over_copy",
    "is_caption_over_credit",
    "is_viewer_caption",
    "is_viewer_credit",
]

# A credit that says the picture is a grab from a screen, after its source's name ("YouTube
# screen shot", "Facebook screengrab").
_SCREEN_CREDIT = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+){1,3}(?:[Vv]ideo\s+)?[Ss]creen\s*(?:[Ss]hot|[Gg]rab|[Cc]apture)s?"
)
# A caption names its subject: the story's sentence may point back at the one before it.
_POINTS_BACK = re.compile(
    r"(?:He|She|It|They|We|I|You|His|Her|Its|Their|Our|But|And|So|Yet|Then|Still|However"
    r"|Meanwhile|Also|This|That|These|Those)\b"
)
# A quotation's marks (an apostrophe is a word's: "McDonald's").
_QUOTES = '"“”‘'
# A caption of one sentence: a name and what it does at least, as long as the longest tabloid
# caption of one sentence at most.
_OVER_WORDS = (6, 45)
# The viewer's caption may say a second sentence (FNC-1 test 1110: 45 words).
_VIEWER_CAPTION_WORDS = 60
_CREDIT_WORDS = 8


def _is_credit_line(line: str) -> bool:
    """Whether ``line`` is a picture's credit, not in brackets: its source and what it is."""
    return (
        len(line.split()) <= _CREDIT_WORDS
        and line[:1] not in "[("
        and (is_picture_credit_line(line) or _SCREEN_CREDIT.fullmatch(line) is not None)
    )


def is_caption_over_credit(line: str, credit: str) -> bool:
    """Whether ``line``, a paragraph set apart from the one above and close over ``credit``,
    is the caption of the picture ``credit`` credits (see the module docstring).

    Examples
    --------
    >>> is_caption_over_credit("A 20-year-old burger, a McDonald's Quarter Pounder with Cheese, "
    ...                        "looks pretty much the same as a new Quarter Pounder looks today!",
    ...                        "YouTube screen shot")
    True
    >>> is_caption_over_credit("I am telling my story to take the power away from the media. "
    ...                        "I will probably lose him.", "[Image via Facebook]")
    False
    >>> is_caption_over_credit("He said the burger looks the same as a new one today.",
    ...                        "YouTube screen shot")
    False
    >>> is_caption_over_credit("The burger looks the same as a new one today.",
    ...                        "[Image via YouTube]")
    False
    """
    low, high = _OVER_WORDS
    return (
        low <= len(line.split()) <= high
        and line[:1].isupper()
        and not line.endswith("?")
        and not any(q in line for q in _QUOTES)
        and not has_inner_end(line)
        and _POINTS_BACK.match(line) is None
        and _is_credit_line(credit)
    )


def _bare(text: str) -> str:
    """``text`` case-folded, without its final marks: what a copy of it has in common."""
    return text.rstrip(".!? ").casefold()


def is_caption_over_copy(line: str, below: str) -> bool:
    """Whether ``line``, set close over ``below``, is a caption the page sets again under it
    closed by its credit (see the module docstring).

    Examples
    --------
    >>> is_caption_over_copy("A hoax report claimed that Cesar Millan had died of heart attack.",
    ...                      "A hoax report claimed that Cesar Millan had died of heart attack. "
    ...                      "Twitter")
    True
    >>> is_caption_over_copy("A hoax report claimed that Cesar Millan had died of heart attack.",
    ...                      "A hoax report claimed that Cesar Millan had died of heart attack.")
    False
    >>> is_caption_over_copy("Twitter", "Twitter Getty Images")
    False
    """
    if not _OVER_WORDS[0] <= len(line.split()) <= _OVER_WORDS[1] or len(below) <= len(line):
        return False
    copy, credits = split_credits(below)
    return bool(credits) and _bare(copy) == _bare(line)


def is_viewer_credit(line: str) -> bool:
    """Whether ``line``, set close under a viewer's button, is its picture's credit: a few
    words without a sentence's end that credit a picture.

    Examples
    --------
    >>> is_viewer_credit("Godofredo Vasquez/USA TODAY Sports")
    True
    >>> is_viewer_credit("BILD reporter Ivo Scepanovic (l.) Has taken the gynecologist")
    False
    """
    return (
        len(line.split()) <= _CREDIT_WORDS
        and not ends_sentence(line)
        and (is_picture_credit_line(line) or is_picture_credit(line))
    )


def is_viewer_caption(line: str) -> bool:
    """Whether ``line``, set close under a viewer's credit, has a caption's length: a sentence
    or two, a capital first.

    Examples
    --------
    >>> is_viewer_caption("Both the PGA Tour and Tiger Woods' agent have emphatically denied "
    ...                   "claims that he has been suspended for a month by the Tour.")
    True
    """
    return line[:1].isupper() and len(line.split()) <= _VIEWER_CAPTION_WORDS
