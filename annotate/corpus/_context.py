"""A kept line without a sentence end among page furniture is furniture: decided by its neighbours.

The line rules decide each line by its own shape and one line of look-ahead. Page furniture
comes in blocks (a gallery's captions, a related-stories box, a run of embedded tweets), and
the rules take most lines of a block but not all: a caption without a label, a headline in
sentence case, a copy of a tweet without its sign-off. Boilerplate detectors decide such
short, uncertain blocks by the class of their neighbours (jusText's context-sensitive
classification: Pomikálek 2011, *Removing boilerplate and duplicate content from web
corpora*, ch. 3). Here that is done for one shape only, the one that reads as furniture and
not as a story's sentence: a line that does not end as a sentence does (its last character a
letter or digit, after any closing quotes), between lines dropped whole as furniture on both
sides. News prose ends its paragraphs with a mark; a lead-in ending in ``:`` introduces what
follows (an embed) and is kept; a line ending in a bracket or a mark is kept. On every FNC-1
train body and PolNeAR text, the lines this takes are Daily Mail captions under "Scroll down
for video", NYT and agency captions with their credits, related headlines, tweet copies, a
gallery's counters (``+12``, ``Previous``) and a date stamp (see benchmarks/RESULTS.md).

A post in a run of embedded tweets is decided so too, whatever it ends with: a short line
holding a hashtag (``Wait, so #MacklemoreJoinedISIS? What does that say about the
Mariners?``, FNC-1 1413) between furniture on both sides, one side a tweet. Prose names a
hashtag too, but not between a tweet and another piece of furniture.

Only lines not yet decided are held: a kept line of that shape after furniture waits for the
next non-blank line; the kinds of the lines decided between two kept lines are read from the
cleaning stream's queue of decisions and let go of at once.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Container, Iterable, Iterator

from annotate.corpus._ads import is_ad
from annotate.corpus._subheadings import is_verbless
from annotate.corpus._tweets import holds_hashtag

__all__ = ["FURNITURE", "among_furniture", "unended"]

# Kinds of whole lines that are page furniture; not ``title``, ``duplicate`` (a repeat of a
# story's sentence is prose, wherever it stands) nor ``joined`` (a sentence going on).
FURNITURE = frozenset(
    [
        "boilerplate",
        "call",
        "caption",
        "code",
        "credit",
        "date",
        "heading",
        "headline",
        "label",
        "link",
        "list",
        "markup",
        "note",
        "pull-quote",
        "scores",
        "sign-off",
        "tweet",
    ]
)
# Kinds that are a block's members (a gallery's captions, a box's links, a run of tweets): the
# kind a line between two different kinds takes, before a kind that stands over or after a
# block (a heading, a "Scroll down for video" line, a note).
_MEMBERS = [
    "caption",
    "credit",
    "headline",
    "link",
    "tweet",
    "markup",
    "scores",
    "list",
    "date",
    "code",
    "call",
    "pull-quote",
]
_CLOSERS = "\"'”’»"
# No more words than a long tabloid caption (the longest of FNC-1's is 65, as in _captions): a
# longer line is a paragraph that lost its full stop.
MAX_WORDS = 70
_WORD = re.compile(r"\S+")
# At most this many such lines in a row between furniture: a gallery's caption and its
# counter; a longer run of unmarked lines is a list the story gives (none seen longer in the
# corpora).
MAX_RUN = 3

# One item of the cleaning stream: gap, line, raw line number, dropped kind (None: kept).
Item = tuple[str, "str | bytearray", int, "str | None"]


def unended(line: str | bytearray, longest: int | None = None) -> bool:
    """Whether ``line`` ends without a sentence's mark: a letter or digit last, after quotes.

    A long line is article text (see ``KeptStream``) and never is: one given as bytes, or one
    of more than ``longest`` characters (the stream's long-line bound), so that a line is
    decided alike whether the file was read whole or a window at a time.

    Examples
    --------
    >>> unended("Fore! The island includes six teeing off areas for a single custom golf hole")
    True
    >>> unended("They say the burger is 'rock' hard and 'solid as a brick'")
    True
    >>> unended("And is this the same kid from Sep 30? (Warning: gory)")
    False
    >>> unended("Inside, a simple letter reads:")
    False
    """
    if not isinstance(line, str) or (longest is not None and len(line) > longest):
        return False
    end = line.rstrip(_CLOSERS)
    return (
        bool(end)
        and end[-1].isalnum()
        # Not len(line.split()): that lists every word of a paragraph, however long.
        and next(itertools.islice(_WORD.finditer(line), MAX_WORDS, None), None) is None
    )


def _verbless(line: str | bytearray) -> bool:
    """Whether ``line`` has no finite verb: a box's item (``133 residents``), not a clause.

    >>> _verbless("133 residents")
    True
    >>> _verbless("Five people are confirmed to have the virus")
    False
    """
    text = line if isinstance(line, str) else line.decode("utf-8", "surrogatepass")
    return is_verbless([w.strip(".,;:!?\"'()“”‘’").lower() for w in text.split()])


def _short(line: str | bytearray, longest: int | None) -> bool:
    """Whether ``line`` is short enough to be an ad's (see annotate.corpus._ads.is_ad)."""
    return isinstance(line, str) and (longest is None or len(line) <= longest) and is_ad(line)


def _kind(before: str, after: str) -> str:
    """The kind of a line between furniture of kinds ``before`` and ``after``."""
    if before == after or after in _MEMBERS:
        return after
    return before if before in _MEMBERS else after


def among_furniture(
    items: Iterable[Item],
    decided: deque[tuple[int, str | None]],
    *,
    longest: int | None = None,
    sponsors: Container[int] = frozenset(),
) -> Iterator[tuple[str, str | bytearray, int, str | None, str]]:
    """Each item of the cleaning stream, with the kind a kept line takes from its neighbours.

    Parameters
    ----------
    items : iterable of (gap, line, number, kind)
        The kept lines (kind None) and the lines dropped late (pull quotes), in order; a kept
        line may be several raw lines joined.
    decided : deque of (number, kind)
        Every non-blank line's decision by the line rules, appended as they are made (kind
        None: kept, or joined to the line before). Entries up to an item's number are there
        when the item is read; they are popped as they are read.
    longest : int, optional
        The stream's long-line bound: a longer line is article text (see :func:`unended`).
    sponsors : container of int
        The raw line numbers of lines naming an ad's sponsor under the ad (see
        :func:`annotate.corpus._ads.is_sponsor_label`), filled as lines are decided: the
        short lines between furniture and one dropped are the ad's, whatever they end with.

    Yields
    ------
    tuple
        ``(gap, line, number, kind, reason)``: ``kind`` is the item's kind, or the kind taken
        from the neighbours with ``reason`` saying which; the gap of a kept line is mended
        when the lines kept before it were all dropped here.
    """
    held: list[Item] = []  # kept unended lines after furniture, waiting for the next line
    before = ""  # the furniture kind of the line before the held ones
    last: str | None = None  # the furniture kind of the last line read (None: not furniture)
    yielded = False  # a kept line has been yielded
    # The held lines include a short line ending as a sentence does, held only in case an
    # ad's sponsor closes them: any other line after them keeps them all, as it would have
    # (the line was kept at once, and nothing after it held).
    ads = False

    def release(kind: str | None) -> Iterator[tuple[str, str | bytearray, int, str | None, str]]:
        """The held lines, dropped as ``kind`` between ``before`` and it, or kept."""
        nonlocal yielded
        # A heading stands over a section of the story, not in a block: a paragraph between
        # two is a section's text (a message quoted under its sender's name, FNC-1 test 1241).
        # Lines without a verb there are no paragraph but a box's items under its label, as
        # the headings beside them are (``133 residents`` in "Facts About Purdon", FNC-1 43).
        if kind == before == "heading" and not all(_verbless(line) for _, line, _, _ in held):
            kind = None
        # A line with a sentence's end is held only for its hashtag: a post in a run of tweets.
        posts = any(not unended(line, longest) for _, line, _, _ in held)
        if posts and "tweet" not in (before, kind):
            kind = None
        for gap, line, number, _ in held:
            if kind is None:
                # The first line kept has no gap, when the lines kept before it were dropped.
                yield (gap if yielded else ""), line, number, None, ""
                yielded = True
            else:
                reason = f"between a {before} line and a {kind} line"
                yield gap, line, number, "tweet" if posts else _kind(before, kind), reason
        held.clear()

    def read(
        kind: str | None, number: int
    ) -> Iterator[tuple[str, str | bytearray, int, str | None, str]]:
        """Raw line ``number``, other than a held one, was read: ``kind`` if it is furniture,
        else None."""
        nonlocal last, ads, yielded
        if ads:
            sponsor = kind is not None and number in sponsors
            for gap, line, at, _ in held:
                if sponsor:
                    yield gap, line, at, "link", "an ad: between furniture and its sponsor's name"
                else:
                    yield (gap if yielded else ""), line, at, None, ""
                    yielded = True
            held.clear()
            ads = False
        elif held:
            yield from release(kind)
        last = kind

    for item in items:
        gap, line, number, kind = item
        ad = False
        # The lines decided before this one: dropped ones, or kept ones joined to a line.
        while decided and decided[0][0] < number:
            at, between = decided.popleft()
            yield from read(between if between in FURNITURE else None, at)
        if decided and decided[0][0] == number:
            decided.popleft()
        if kind is not None:
            yield from read(kind if kind in FURNITURE else None, number)
            yield gap, line, number, kind, ""
        # The cheap tests first: most kept lines follow a kept line.
        elif (
            (held or last is not None)
            and len(held) < MAX_RUN
            and (
                unended(line, longest)
                or holds_hashtag(line, longest)
                or (ad := _short(line, longest))
            )
        ):
            before = before if held else (last or "")
            ads = ads or ad
            held.append(item)
        else:
            yield from read(None, number)
            yield (gap if yielded else ""), line, number, None, ""
            yielded = True
    while decided:
        at, between = decided.popleft()
        yield from read(between if between in FURNITURE else None, at)
    # The article's end is no furniture: held lines are kept.
    yield from read(None, 0)
