"""A short line that points at a piece of the page: "Like the page:", "Watch the video below:".

Scraped news keeps the lead-in of what the scrape lost: a social button ("Like the page:",
under 13 Western Journal texts of PolNeAR), a slideshow the story runs around ("Story
continues below the slideshow:"), an embedded video or clip ("Here's the clip that got
Reddit's attention:"). Such a line names an object of the page and points at it; what it
introduces is not in the text, so it is no claim to label. The words are those the link rules
already drop lines for, counted on FNC-1 and PolNeAR (``below`` is 12 times as frequent in
dropped link lines as in kept sentences, ``gallery`` 89, ``photos`` 10, ``video`` 5), and a
quotation's lead-in names a speaker or a text, not an object of the page ("In the text
accompanying the video post, Wallnau wrote:", "The site includes the following disclaimer on
its Contact page:": neither points, and both are kept).

A lead-in that says something of the object, a relative clause with its own verb after the
object's word ("Here's the clip that got Reddit's attention:", FNC-1 1438: the clip got it),
is the story's sentence that happens to end on the embed, and is kept: what the page held
is lost, but the claim is in the text. So is every declarative lead-in that presents its object,
``here`` or a place on the page and the verb ``is`` or ``are`` (``Here is the full video:``,
FNC-1 2200, and ``Here's the video once again, via Raw Story:``, FNC-1 1094, both counted lost
by judges; ``Below is a transcript of Sotloff's statement in the video:``, FNC-1 test 799, over
the transcript it presents): the writer's own sentence, a clause with its verb, that ends with
a colon before an embed, as "She writes:" does before a quotation. An imperative (``Watch the
clip below, via CNN:``, ``See photos from the debate below:``, ``Like the page:``) is the page's
call to its reader, and goes, as the judges read it (a dropped "Watch ..." is not counted lost).

A story updated in place names its earlier version as a piece of the page, a label alone on
its line over it (``Original Story:``, FNC-1 691; ``Original story below``, FNC-1 2318): the
label names the page's part, not anything in the news.

Where an ad breaks the story, the page marks it so, a piece of the page and where the story
goes on (``Advertisement - story continues below.``, Western Journal, PolNeAR west-journal
2016-10-19: the same line at each of the page's ad slots).
"""

from __future__ import annotations

import re

__all__ = ["is_page_lead"]

_WORDS = 12
# The last sentence of the line: a widget's question to the reader may come before it ("Do you
# support Donald Trump? Like the page:"), and goes with it.
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s)(?=[^.!?]*$)")
# An object of the page, and a pointer at it: an imperative of the page or "here is", opening
# the line, or a place on the page anywhere in it; then a colon, last.
_EMBEDS = r"videos?|clips?|slideshows?|galler(?:y|ies)|photos?|pictures?"
_OBJECT = re.compile(rf"\b(?:{_EMBEDS}|page|advertisement)\b", re.I)
# The object told of by a relative clause of its own: "the clip that got Reddit's attention".
_TOLD_OF = re.compile(rf"\b(?:{_EMBEDS})\s+(?:that|which|who)\s+\w", re.I)
# A declarative lead-in that presents its object (not the page's imperative): "here" or a
# place on the page, then "is" or "are".
_PRESENTS = re.compile(r"^(?:here|below|above)(?:['’]s|\s+is|\s+are)\b", re.I)
_POINTER = re.compile(
    r"^(?:here(?:['’]s|\s+is|\s+are)|like|watch|view|see|listen\s+to|check\s+out|scroll)\b"
    r"|\b(?:below|above|embedded)\b",
    re.I,
)


# The label over the story's earlier version, alone on its line.
_VERSION = re.compile(
    r"(?:the )?(?:original|earlier|previous|first) (?:story|post|article|report|version)"
    r"(?: (?:below|follows))?:?",
    re.I,
)
_CONTINUES = re.compile(
    r"(?:advertisement\s*[-–—:|]\s*)?(?:the )?(?:story|article|text) continues "
    r"(?:below|after|under)\b",
    re.I,
)


def is_page_lead(line: str) -> bool:
    """Whether ``line`` is a short lead-in to a piece of the page the text does not hold.

    Examples
    --------
    >>> is_page_lead("Story continues below the slideshow:")
    True
    >>> is_page_lead("Story continues below video.")
    True
    >>> is_page_lead("Do you support Donald Trump? Like the page:")
    True
    >>> is_page_lead("Advertisement - story continues below.")
    True
    >>> is_page_lead("Original Story:")
    True
    >>> is_page_lead("In the text accompanying the video post, Wallnau wrote:")
    False
    >>> is_page_lead("Here's the clip that got Reddit's attention:")
    False
    >>> is_page_lead("Here's the video once again, via Raw Story:")
    False
    >>> is_page_lead("Here is the full video:")
    False
    >>> is_page_lead("Watch the video below:")
    True
    """
    if len(line.split()) > _WORDS:
        return False
    if _VERSION.fullmatch(line) is not None:
        return True
    # Where the text goes on around the piece points at it with a stop as well ("Story
    # continues below video.", FNC-1 1398).
    if not line.endswith(":") and not (line.endswith(".") and _CONTINUES.match(line)):
        return False
    last = _LAST_SENTENCE.search(line)
    tail = line[last.end() :] if last else line
    return (
        _OBJECT.search(tail) is not None
        and _POINTER.search(tail) is not None
        and _TOLD_OF.search(tail) is None
        and _PRESENTS.match(tail) is None
    )
