"""A photo gallery's box set in the story: its label, its title, and the blurb that says what
its pictures show: ``Photos`` / ``Kim Jong Un`` / ``North Korean state propaganda photos show
their leader Kim Jong Un inspecting troops, ...``.

The Los Angeles Times sets a gallery's box between its story's paragraphs (FNC-1 1648): the
box's label naming what it holds, the gallery's title, and a sentence that tells what the
pictures show, each on the next line, with no blank line between them. Scraped into text, the
label and the title are dropped as headlines (a word or two, no mark); the blurb reads as a
sentence of the story and was kept. What tells it is where it stands: set close under a title
set close under a gallery's label, a sentence that names the pictures it tells of (``photos``,
``pictures``, ``images``). The story's paragraph the page set close under the box is kept:
it does not name the pictures, and it is not under the title.

On every FNC-1 body and PolNeAR text, a gallery's label alone on its line is over one such
box (FNC-1 1648) and, followed by a blank line, over the story's next paragraph (FNC-1 1541's
``Photo gallery``), which stays.
"""

from __future__ import annotations

import re

__all__ = ["is_gallery_blurb", "is_gallery_label"]

# The label of a box of pictures, alone on its line.
_LABEL = re.compile(
    r"(?:photos?|pictures?|images|(?:photo |picture )?gallery|slideshow|in pictures)",
    re.IGNORECASE,
)
# The blurb names the pictures it tells of.
_PICTURES = re.compile(r"\b(?:photos|pictures|images|photographs|gallery)\b", re.IGNORECASE)
_BLURB_WORDS = 60


def is_gallery_label(line: str) -> bool:
    """Whether ``line`` is a gallery box's label (``Photos``, ``Photo gallery``).

    Examples
    --------
    >>> is_gallery_label("Photos"), is_gallery_label("Photos of the day were taken.")
    (True, False)
    """
    return _LABEL.fullmatch(line.strip()) is not None


def is_gallery_blurb(line: str) -> bool:
    """Whether ``line``, set close under a gallery's label and title, is its blurb: a
    sentence that names the pictures.

    Examples
    --------
    >>> is_gallery_blurb("North Korean state propaganda photos show their leader Kim Jong Un "
    ...                  "inspecting troops, conferring with generals and meeting an adoring "
    ...                  "public.")
    True
    >>> is_gallery_blurb("The names of the North Korean leader's father and grandfather were "
    ...                  "also reserved for their sole use, the media reported.")
    False
    """
    return _PICTURES.search(line) is not None and len(line.split()) <= _BLURB_WORDS
