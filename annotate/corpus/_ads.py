"""An advertising widget left in the text: its label, then its ads, one short line each.

A scraped page keeps a box of paid links where the article showed one: a label alone on its
line (``Ads by Adblade``, ``Ads``, ``FEATURED RESOURCE``, ``WE RECOMMEND``, ``Recommended for
You``), then a few short lines, each an ad's headline or blurb, whatever its shape (``Get fit
before the holidays.``, ``9 Embarrassing Situations Caught On Camera. Warning: You Never Know
Who's Watching...``, ``vocations.companionscross.org``), up to the article's next paragraph.
Unlike a box of links to other stories (``SEE ALSO:``, :func:`annotate.corpus._furniture.
is_teaser`), an ad is often a sentence, so the box ends by length and layout: at the first
line longer than any ad in FNC-1 and PolNeAR (17 words; 20 allowed), or the first spaced
otherwise than the box's lines (a widget lists its ads alike; after a box the story went on
with a line break where the ads had blank lines, or after a blank line where they had none,
in every box of FNC-1 and PolNeAR). The box goes on over lines other rules drop (an ad's
address, an ad in headline case).

The labels are the ones the corpora show over their ads (FNC-1 train and test bodies and
PolNeAR: ``Ads by`` and a network's name 5 times, ``Ads`` twice, ``FEATURED RESOURCE``
twice, ``WE RECOMMEND`` and ``Recommended for You`` once), and the common names of the same
widgets. ``Sponsored links`` is not one: its two boxes in FNC-1 are empty, the story goes on
under it (``It’s not true.``), and ``Advertisement`` marks where an ad was, not a box of them
(18 times, each before the story's next paragraph). On FNC-1 train and PolNeAR this drops 27
outputs in 5 articles, on the FNC-1 test bodies 5 in 2, all ads (benchmarks/RESULTS.md, issue
12, ``fix/seg9``).

A box may name its sponsor under its ads instead (``Want to build your credit? Start with
us.`` / ``Apply for a Capital One® MasterCard® in just a few clicks. ...`` / ``Sponsored by
Capital One``, the Christian Post, FNC-1 567): the short lines between the furniture above
and the sponsor's name are the ad's (:func:`is_sponsor_label`; the stage that reads a line's
neighbours takes them, :mod:`annotate.corpus._context`).

A product widget is the same box under a link instead of a label: the product's link alone on
its line, then its calls to the reader (Engadget's, FNC-1 521, 2124 and test 2461: 6 lines,
``fix/seg12``).
"""

from __future__ import annotations

import re

__all__ = ["is_ad", "is_ad_label", "is_sponsor_label", "is_widget_link"]

_LABEL = re.compile(
    r"^(?:ads(?:\s+by\s+\w[\w .-]{0,30})?|featured resources?|we recommend|recommended for you|"
    r"promoted stories|sponsored stories|sponsored content|from around the web|"
    r"around the web|you may like)\s*:?$",
    re.I,
)
# A product widget is labelled by its link, one element alone on its line: Engadget's box
# (`<a href="http://www.engadget.com/products/apple/watch/">   Apple   Watch  </a>`, then "Get
# better reviews from people who actually have this product!" and "Talk about the Apple Watch
# with other people who own it too!": FNC-1 521, 2124, test 2461, the only such links there).
_WIDGET_LINK = re.compile(r"^<a\s[^<>]*>[^<>]*</a>$", re.I)
# An ad's sponsor named alone on its line, under the ad: "Sponsored by Capital One" (the
# Christian Post, FNC-1 567). The label and a name of a few capitalised words: no clause.
_SPONSOR = re.compile(
    r"(?:sponsored|presented|paid for|brought to you)\s+by\s+"
    r"(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,4}",
    re.I,
)
# An ad in FNC-1 and PolNeAR has at most 17 words.
_AD_WORDS = 20


def is_ad_label(line: str) -> bool:
    """Whether ``line`` is the label of an advertising widget, alone on its line.

    Examples
    --------
    >>> is_ad_label("Ads by Adblade"), is_ad_label("FEATURED RESOURCE")
    (True, True)
    >>> is_ad_label("Sponsored links"), is_ad_label("Advertisement")
    (False, False)
    """
    return len(line) <= 60 and _LABEL.match(line) is not None


def is_sponsor_label(line: str) -> bool:
    """Whether ``line`` names an ad's sponsor alone, as the page sets it under the ad: the
    short lines between it and the furniture above are the ad's (see
    :func:`annotate.corpus._context.among_furniture`).

    Examples
    --------
    >>> is_sponsor_label("Sponsored by Capital One"), is_sponsor_label("Presented by Jive Software")
    (True, True)
    >>> is_sponsor_label("Sponsored by the city, the fair drew thousands.")
    False
    """
    return len(line) <= 60 and _SPONSOR.fullmatch(line) is not None


def is_ad(line: str, *, calls: bool = False) -> bool:
    """Whether ``line``, under an ad label or another ad, is an ad: a short line.

    ``calls``: the box is a product widget under its link (:func:`is_widget_link`), whose
    lines are calls to the reader, each ending in an exclamation mark; a link alone is no
    label by its words, so a short line of the story under one stays.

    Examples
    --------
    >>> is_ad("Get fit before the holidays.")
    True
    >>> is_ad(
    ...     "Mrs. Obama did not wear a head scarf during the funeral, as is custom for any "
    ...     "woman appearing in public in Saudi Arabia. Visitors to the kingdom are not required "
    ...     "to abide by its strict dress code."
    ... )
    False
    """
    return len(line.split()) <= _AD_WORDS and (not calls or line.endswith("!"))


def is_widget_link(line: str) -> bool:
    """Whether ``line`` is one link element alone, text and all: a widget's label, as an ad
    label is (the cleaner records the line itself as ``markup``).

    Examples
    --------
    >>> is_widget_link('<a href="http://www.engadget.com/products/apple/watch/"> Apple Watch </a>')
    True
    >>> is_widget_link('He said <a href="x">this</a>.')
    False
    """
    return line.startswith(("<a", "<A")) and _WIDGET_LINK.match(line) is not None
