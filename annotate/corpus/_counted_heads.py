"""The numbered heads of a piece told in counted sections: steps, reasons, points.

A listicle counts its sections, each under a head of its own: a number, then a few words,
alone in its paragraph over the section's prose (USA Today's "12-step plan to cope": ``1 Feel
free to scream.`` / ``2 Practice acceptance.`` ..., PolNeAR test 2016-11-07; its "5 takeaways":
``1. The GOP is fracturing.``, train 2016-03-02; FNC-1 1884's ``1. Banksy isn't from
Liverpool``; FNC-1 test 2539's ``3. Snack smart.``). Each head names what its section says:
the page's furniture, as a subheading is, and no sentence an annotator labels, whether an
imperative, a noun phrase or a clause. One line that opens with a number is no such head
(``2 men were arrested on Monday.``, or a ranking's item: :mod:`annotate.corpus._numbered`):
what tells a head is the count. A head numbered 1 is held with the paragraphs under it until
the head numbered 2 follows, each over a section (a paragraph set apart, long, ending as a
sentence does); then each head numbered one more than the last is cut as it comes. A ``1``
with no ``2`` within :data:`HOLD` paragraphs is the story's line.

A timeline piece counts its sections by their days: a date, then a few words, over the
section's prose (USA Today's "What went wrong for Chris Christie": ``Oct. 31, 2012 The Obama
"hug."`` / ``Sept. 9, 2013 traffic problems.`` / ``Nov. 4, 2014 The one that got away.``,
PolNeAR train 2016-02-11). The days run forward as the numbers do: a dated head is held until
a later one follows, each over a section, then each head dated no earlier than the last is
cut. A timeline's entries, one a line (``June 16, 2015 Trump joins the race.`` under ``May 30,
2015 ...``), are no section's heads: none is over a paragraph of prose, and they stay.

A slideshow listicle sets its count alone on a line and the head on the line under it, then
the section a blank line below (HuffPost's "17 Of The Most Powerful Things Latinos Said In
2015": ``1`` / ``John Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”``, ...
``17`` / ``Eva Longoria Disccused Factions Within The Latino Community.``, PolNeAR train
huff-post 2015-12-22). The count above it tells the head, whatever its words: a line in
headline case right under a number alone (:func:`is_head_under_count`) is the count's head,
an abbreviation's stop (``U.S.``) or a misspelt verb inside it no matter.

The heads of a "things to watch" piece, noun phrases, are cut by the line rules already
(:func:`annotate.corpus._sections.numbered_heading`); this stage reads the paragraphs kept.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

from annotate.corpus._furniture import title_case
from annotate.corpus._headlines import has_inner_end
from annotate.corpus._listed_heads import Paragraph, is_section

__all__ = ["HOLD", "counted_heads", "head_date", "head_number", "is_count", "is_head_under_count"]

# The number, a dot or a bracket or neither, then the head: a capital or a quotation first.
_HEAD = re.compile(r"(?P<n>\d{1,2})[.)]?\s+(?P<rest>[\"“‘']?[A-Z].*)")
# A head is a line, not a paragraph: at most this many words after its number.
_WORDS = 12
# The section under a head: a paragraph of at least this many characters, a sentence's end last.
_SECTION_CHARS = 30
# Paragraphs held while the first head waits for the second: a section runs a few paragraphs.
HOLD = 10


def head_number(line: str) -> int | None:
    """The number of the counted head ``line`` may be, or None when it has no head's shape: a
    number, then a few words with no sentence's end inside.

    Examples
    --------
    >>> head_number("1 Feel free to scream.")
    1
    >>> head_number("2. Democrats face an enthusiasm gap.")
    2
    >>> head_number("2 men were arrested on Monday.") is None
    True
    >>> head_number("3. He won. Then he left.") is None
    True
    """
    match = _HEAD.fullmatch(line)
    if match is None:
        return None
    rest = match.group("rest")
    if len(rest.split()) > _WORDS or has_inner_end(rest):
        return None
    return int(match.group("n"))


# A count alone on its line: a number of one or two digits, its stop or bracket or neither.
_COUNT = re.compile(r"\d{1,2}[.)]?")


def is_count(line: str) -> bool:
    """Whether ``line`` is a count alone: a number of one or two digits (``17``, ``3.``)."""
    return _COUNT.fullmatch(line.strip()) is not None


def is_head_under_count(line: str) -> bool:
    """Whether ``line``, set close under a count alone and over a blank line, is the count's
    head: in headline case, a capital or a quotation first, a few words.

    Examples
    --------
    >>> is_head_under_count("John Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”")
    True
    >>> is_head_under_count("Eva Longoria Disccused Factions Within The Latino Community.")
    True
    >>> is_head_under_count("people were hurt in the crash on Monday, police said.")
    False
    >>> is_head_under_count("Democrats won the seat for the first time since 1990.")
    False
    """
    words = line.split()
    return bool(_HEAD.fullmatch("1 " + line)) and 2 <= len(words) <= _WORDS and title_case(line)


# A dated head: a day in the news's style ("Oct. 31, 2012", "June 16, 2015"), then the head.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan."),
            ("February", "Feb."),
            ("March", "Mar."),
            ("April", "Apr."),
            ("May",),
            ("June",),
            ("July",),
            ("August", "Aug."),
            ("September", "Sept.", "Sep."),
            ("October", "Oct."),
            ("November", "Nov."),
            ("December", "Dec."),
        ),
        start=1,
    )
    for name in names
}
_DATED_HEAD = re.compile(
    r"(?P<month>" + "|".join(re.escape(name) for name in _MONTHS) + r") (?P<day>\d{1,2}), "
    r"(?P<year>(?:19|20)\d{2}):? (?P<rest>[\"“‘']?[A-Za-z].*)"
)
# A day's place in the series: later days are larger.
_YEAR_DAYS = 400
_MONTH_DAYS = 32

# A head's series and its place in it: ("n", its number) or ("d", its day).
Key = tuple[str, int]


def head_date(line: str) -> int | None:
    """The day (a number that grows with the date) of the dated head ``line`` may be, or None
    when it has no such head's shape: a date, then a few words with no sentence's end inside.

    Examples
    --------
    >>> head_date('Oct. 31, 2012 The Obama "hug."') < head_date("Sept. 9, 2013 traffic problems.")
    True
    >>> head_date("June 16, 2015 was the day Trump said he would run. He did.") is None
    True
    """
    match = _DATED_HEAD.fullmatch(line)
    if match is None:
        return None
    rest = match.group("rest")
    if len(rest.split()) > _WORDS or has_inner_end(rest):
        return None
    month, day, year = _MONTHS[match.group("month")], int(match.group("day")), match.group("year")
    return int(year) * _YEAR_DAYS + month * _MONTH_DAYS + day


def _key(line: str) -> Key | None:
    """The head ``line`` may be: numbered or dated, with its place in its series."""
    number = head_number(line)
    if number is not None:
        return ("n", number)
    day = head_date(line) if line[:1].isupper() else None
    return ("d", day) if day is not None else None


def _follows(last: Key, key: Key) -> bool:
    """Whether the head ``key`` goes on the series whose last head is ``last``: the next number,
    or a day no earlier."""
    return key[0] == last[0] and (key[1] == last[1] + 1 if key[0] == "n" else key[1] >= last[1])


def _section(item: Paragraph | None) -> bool:
    """Whether ``item`` is a section's paragraph under a head: set apart, long, a sentence's end
    last, no head itself."""
    return item is not None and is_section(item, _SECTION_CHARS) and _key(str(item[1])) is None


def counted_heads(lines: Iterable[Paragraph]) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with whether it is a counted or
    dated section's head (see the module docstring)."""
    held: deque[Paragraph] = deque()  # the first head first, then the paragraphs under it
    first: Key | None = None  # the held first head's key
    last: Key | None = None  # the key of the last head cut; None before the series is told

    def release() -> Iterator[tuple[str, str | bytearray, int, bool]]:
        while held:
            yield (*held.popleft(), False)

    def decide(
        item: Paragraph, key: Key | None
    ) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        """Yield what can be told of ``item``, ``key`` its head's key when it is a head over a
        section (else None), and of the paragraphs held before it."""
        nonlocal first, last
        line = item[1]
        if last is not None and key is not None and _follows(last, key):
            last = key
            yield (*item, True)
            return
        if held:
            if key is not None and first is not None and _follows(first, key):
                # The series goes on: the held head was the first, and this the second.
                last = key
                yield (*held.popleft(), True)
                yield from release()
                yield (*item, True)
                return
            held.append(item)
            if not isinstance(line, str) or len(held) > HOLD:
                yield from release()
            return
        if key is not None and last is None and (key[0] == "d" or key[1] == 1):
            held.append(item)
            first = key
            return
        yield (*item, False)

    # A paragraph in a head's shape, with its key, waiting for the one under it; any other
    # goes on at once.
    before: tuple[Paragraph, Key] | None = None
    for item in lines:
        if before is not None:
            (waiting, key), before = before, None
            yield from decide(waiting, key if _section(item) else None)
        gap, line, _ = item
        shaped = _key(line) if gap == "\n\n" and isinstance(line, str) else None
        if shaped is not None:
            before = (item, shaped)
        else:
            yield from decide(item, None)
    if before is not None:
        yield from decide(before[0], None)
    yield from release()
