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

- **Under its credit, set apart on a page that sets its paragraphs close**: HuffPost sets a
  picture's credit over its caption, each a paragraph of its own between blank lines, on pages
  whose story runs its paragraphs close, one a line (PolNeAR huff-post 2016-07-26's ``John
  Moore/Getty Images.`` over ``Border agents apprehended tens of thousands of families ...``;
  2016-05-11's headlines' credits, ``The Times.`` over ``Oh.``; seeds 1592 and 1593's
  judges). The caption may read as a sentence of the story; what tells it is its place: under
  a picture's credit (a name or two, a few words: a reference list's entry, dropped as a
  credit too, is longer, FNC-1 test 2570), set apart above and below on a page that has set
  its paragraphs close, one short paragraph (:func:`is_set_apart_caption`; the caller reads
  the page and the blank lines). The
  story goes on under a credit too, but where the page sets every paragraph apart (PolNeAR
  huff-post 2016-06-08's ``Robert Galbraith / Reuters.`` over ``Sotomayor has said ...``,
  2015-11-11's ``Paul then interjected ...``) nothing tells the caption, and these stay. On
  every FNC-1 body and PolNeAR text, the lines in this place are captions of six HuffPost
  texts (2016-04-06, 05-11, 05-19, 07-14, 07-26, 08-03), each a picture's of someone the story
  names, several saying again what the story says below.

- **Over a caption viewer's toggle**: a page that folds its captions sets a button under each
  picture that shows or hides it (``Show caption``, ``Hide caption``), and a scrape keeps the
  button's label as a line of its own, set close under the caption it folds, and perhaps the
  caption again after it (FNC-1 1832's ``The New York Times was the biggest of several outlets
  relating an apparently apocryphal tale about pets, paradise, and Pope Francis.`` over ``Show
  caption``, the same words after it; seed 1598's judge). The label names its line: prose is
  never set close over a button that folds a caption (:func:`is_over_caption_toggle`). On every
  FNC-1 body and PolNeAR text the label stands under two lines, both captions of FNC-1 1832.
"""

from __future__ import annotations

import re

from annotate.corpus._credits import is_picture_credit, is_picture_credit_line, split_credits
from annotate.corpus._headlines import ends_sentence, has_inner_end

__all__ = [
    "is_caption_over_copy",
    "is_caption_over_credit",
    "is_over_caption_toggle",
    "is_set_apart_caption",
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


# A caption viewer's button that folds the caption over it: its label alone on its line.
_CAPTION_TOGGLE = re.compile(r"(?:show|hide) caption", re.I)


def is_over_caption_toggle(line: str, below: str) -> bool:
    """Whether ``line``, set close over ``below``, is the caption a viewer's button folds:
    ``below`` the button's label alone, ``line`` a caption's length with a capital first (see
    the module docstring).

    Examples
    --------
    >>> is_over_caption_toggle("The New York Times was the biggest of several outlets relating "
    ...                        "an apparently apocryphal tale about pets.", "Show caption")
    True
    >>> is_over_caption_toggle("The New York Times was the biggest of several outlets relating "
    ...                        "an apparently apocryphal tale about pets.", "Show captions of "
    ...                        "the gallery to learn more.")
    False
    """
    return (
        _CAPTION_TOGGLE.fullmatch(below.strip()) is not None
        and line[:1].isupper()
        and len(line.split()) <= _VIEWER_CAPTION_WORDS
    )


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


# A caption set apart under its credit: one short paragraph, at most a long caption's words;
# the picture's credit a few words ("John Moore/Getty Images.", "The Times.").
_SET_APART_WORDS = 40
_SET_APART_CREDIT_WORDS = 6


def is_set_apart_caption(line: str, credit: str) -> bool:
    """Whether ``line``, set apart under the credit line ``credit`` on a page that sets its
    paragraphs close, is the picture's caption: one short paragraph under a picture's credit
    of a few words (see the module docstring).

    Examples
    --------
    >>> is_set_apart_caption("Border agents apprehended tens of thousands of families at the "
    ...                      "U.S.-Mexico border in 2014, most of them seeking asylum.",
    ...                      "John Moore/Getty Images.")
    True
    >>> is_set_apart_caption(" ".join(["word"] * 41) + ".", "John Moore/Getty Images.")
    False
    >>> is_set_apart_caption("(14) Schubert D. A different perspective on GM food.",
    ...                      "(13) Reese W, Schubert D. Safety testing and regulation of "
    ...                      "genetically engineered foods.")
    False
    """
    return (
        0 < len(line.split()) <= _SET_APART_WORDS and len(credit.split()) <= _SET_APART_CREDIT_WORDS
    )
