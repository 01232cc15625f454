"""Sentences cut across lines: a stub whose link was stripped, a hard-wrapped paragraph.

Scraped text loses the words of a link and breaks the line where it was: HuffPost's
"Editor's note: Donald Trump regularly" / "incites" / "political violence and is ...", or
FNC-1's "IBM also noted that it currently has" / "job postings for more than 10,000 ...".
Each line alone is a broken task, and a short stub alone in its paragraph was even dropped as
a heading. The rule: a line that does not end a sentence, followed by one that starts with a
lower-case word, is the same sentence; cleaning joins the two with a space (and records the
join). A lower-case start never begins a news sentence, except in brand names ("iPhone",
"eBay"), which have a capital inside and so do not count.

A capital after the break says nothing when the line before stops on a word no sentence or
heading ends on, one that must have its noun after it: an article (``the``, ``a``, ``an``), a
possessive that is no pronoun (``its``, ``our``, ``their``, ``your``), ``every``, ``whose``,
``of``, ``than``. Then the capital is a name's inside the same sentence (``... contacted
Kurdish fighters over the`` / ``Internet before traveling through Iraq ...``, FNC-1 756).
Words that may end a line otherwise are left out: a preposition a clause can strand (``what it
was made for``, ``Healthy Fat Tips to Live By``, FNC-1 test 2543), an auxiliary or a modal
before an ellipsis (``as soon as she could``, FNC-1 test 233), a possessive that is also a
pronoun (``his``, ``her``, ``my`` in ``oh my``), the ``to`` of an infinitive left bare, and
the conjunctions: a list sets ``and`` or ``or`` at the end of its last item but one, and the
next item opens with its own capital (``... in your diet, and`` / ``Increasing healthy fat
consumption``, FNC-1 test 2543). The next line must also open on a word that can go on a noun
phrase: one that news opens sentences with (``Instead,``, ``The``, ``He``:
``_abbreviations.STARTERS``) says the words that ended the line before were lost with the page
(``determined to bring the race to a`` / ``Instead, Clinton began ...``, PolNeAR wash-post
2016-03-10), and the two stay apart.

A paragraph never ends on a comma after a word, but a stray blank line can cut a sentence
there with a capital on the other side. Two shapes are the same sentence whatever the next
line's first word: the attribution that ends a reported statement (``... convicted of
bombings in southern Iraq,`` / ``Iraq's interior ministry has said.``, FNC-1 1877), a short
clause with a speech verb and no comma of its own; and the source's lead-in ``As The Mirror
reports,`` over the statement it reports (FNC-1 386, 1122, test 1887). Other lines after a
comma are left apart: a new sentence after a comma typed for a stop (``... said Tuesday
night,`` / ``She called him ...``, FNC-1 205) reads the same as one cut off.

A writer who sets a picture or a clip inside a sentence marks the break on both sides with a
suspension mark: the line before ends on one, the line after opens with one and goes on in lower
case (``... get overtaken by this…`` / ``…do get in touch.``, FNC-1 1459; ``Here's the VITAL NEWS
REPORT…`` / ``…which bears a startling resemblance to a hoax ...``, FNC-1 2051; three lines so
around two pictures, FNC-1 test 700). The scrape keeps the two halves and loses what stood
between; the marks say the sentence is suspended, not ended, and the lower case that it goes on,
so the two are joined. A mark opening a line in a capital (``...And afterward:``, FNC-1 1957)
may begin a new sentence, and a line that opens on a mark after one that ended on a stop
quotes a passage cut at its start: both are left apart.
"""

from __future__ import annotations

import re

from annotate.corpus._abbreviations import STARTERS
from annotate.corpus._attributions import speech_verbs

__all__ = ["continues", "resumes_after_comma", "resumes_after_ellipsis"]

# What ends a sentence or leads into a new one: final punctuation (maybe inside a closing
# quote or bracket) or a colon.
_ENDS = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_LOWER_START = re.compile(r"^[a-z][a-z'’-]*(?:[\s,;.:!?]|$)")
_MARKS = re.compile(r"[@#/{}=]|:\S")
_LAST_WORD = re.compile(r"\S+$")
# Words no sentence or heading ends on (see the module docstring), ending a line after a space.
# Narrower than _boundaries.OPENER_WORDS, which reads a capital glued inside a line: at a line's
# end a conjunction may close a list's item and a preposition a heading or a stranded phrase.
# fmt: off
_OPEN_WORDS = frozenset([
    "a", "an", "the", "its", "our", "their", "your", "every", "whose", "of", "than",
])
# fmt: on
_OPEN_END = re.compile(r"(?:^|\s)([A-Za-z]+)$")
# A capitalised word opening a line, and what follows it (a comma, a space, the line's end).
_CAPITAL_START = re.compile(r"([A-Z][\w'’-]*)(?:[\s,;:]|$)")
_FIRST_WORD = re.compile(r"\S+")
# A word, perhaps a closing bracket, then the comma that ends the line.
_COMMA_END = re.compile(r"[^\W\d_][)\]]?,$")
# The reporting lead-in: "As", its source and the speech verb, then the comma.
_AS_REPORTS = re.compile(r"As (?:[\w'’.&-]+ ){1,5}([a-z]+),$")
# An attribution line: up to eight words, no comma and no quote mark, a final stop, and a
# speech verb among its last three words.
_ATTRIBUTION_LINE = re.compile(r"[A-Z][^,\"“”]{0,80}[.]$")
_ATTRIBUTION_WORDS = 8
# A suspension mark, one character or three stops, ending a line after a word; and one opening
# a line, perhaps run on with more marks or a stop (``….and then ...``, FNC-1 test 700), before
# a word in lower case.
_SUSPENDED = re.compile(r"\w(?:…|\.\.\.)$")
_RESUMED = re.compile(r"(?:…|\.\.\.)[….]* ?[a-z]")


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` leaves unfinished.

    Examples
    --------
    >>> continues("IBM also noted that it currently has", "job postings for more than 10,000")
    True
    >>> continues("It said so.", "then it left")
    False
    >>> continues("Apple unveiled", "iPhone 6 on Tuesday")
    False
    >>> continues("Rosenberg contacted Kurdish fighters over the", "Internet before leaving")
    True
    >>> continues("determined to bring the race to a", "Instead, Clinton began")
    False
    """
    if not previous or _ENDS.search(previous):
        return False
    if not _LOWER_START.match(line) and not _open_before_capital(previous, line):
        return False
    # Not across tweets, addresses or style rules, which also leave lines unfinished and
    # start in lower case: "... #MacklemoreJoinedISIS" / "sick and tired of ...",
    # ".image-wrap {" / "width:100px;", "— Name (@handle) October 8, 2014" / "best ...".
    # Regexes, not split(): a line can be a whole 50 MB article, and split copies it.
    last = _LAST_WORD.search(previous, max(0, len(previous) - 200))
    first = _FIRST_WORD.match(line)
    marked = (last and _MARKS.search(last.group())) or (first and _MARKS.search(first.group()))
    return not (marked or "(@" in previous[-200:])


def _open_before_capital(previous: str, line: str) -> bool:
    """Whether ``previous`` stops on a word no sentence ends on and ``line`` goes on with a
    capitalised word that does not open sentences (see the module docstring)."""
    # From a start, not a slice: "^" matches only at the line's real start.
    last = _OPEN_END.search(previous, max(0, len(previous) - 16))
    if last is None or last.group(1).lower() not in _OPEN_WORDS:
        return False
    first = _CAPITAL_START.match(line)
    return first is not None and first.group(1) not in STARTERS


def resumes_after_comma(previous: str, line: str) -> bool:
    """Whether ``line`` finishes the sentence ``previous`` leaves on a comma (see the module
    docstring): an attribution of a speech verb, or the statement after ``As X reports,``.

    Examples
    --------
    >>> resumes_after_comma("... convicted of bombings in southern Iraq,",
    ...                     "Iraq's interior ministry has said.")
    True
    >>> resumes_after_comma("As The Mirror reports,", "Militants are launching bombs.")
    True
    >>> resumes_after_comma("As The Mirror reports,", '"They are launching bombs."')
    False
    >>> resumes_after_comma("his mother, Diane, said Tuesday night,", "She called him a son.")
    False
    >>> resumes_after_comma("It rained,", "The minister said on Monday.")
    True
    """
    if _COMMA_END.search(previous[-4:]) is None or not line[:1].isupper():
        return False
    verbs = speech_verbs()
    reports = _AS_REPORTS.fullmatch(previous[-120:]) if previous.startswith("As ") else None
    if reports is not None and reports.group(1) in verbs:
        return True
    if len(line) > 100 or _ATTRIBUTION_LINE.fullmatch(line) is None:
        return False
    words = line.split()
    # The verb ends the clause, perhaps with a day or a phrase of time ("said on Monday."):
    # one with an object after it is a sentence of its own.
    return len(words) <= _ATTRIBUTION_WORDS and any(
        word.rstrip(".") in verbs for word in words[1:][-3:]
    )


def resumes_after_ellipsis(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` suspended on an ellipsis around
    a picture or clip the scrape lost (see the module docstring).

    Examples
    --------
    >>> resumes_after_ellipsis("... get overtaken by this…", "…do get in touch.")
    True
    >>> resumes_after_ellipsis("Here's the report...", "... which bears a resemblance.")
    True
    >>> resumes_after_ellipsis("... clean during those moments...", "...And afterward:")
    False
    >>> resumes_after_ellipsis("He said it was over.", "…which it was not.")
    False
    """
    return _SUSPENDED.search(previous[-4:]) is not None and _RESUMED.match(line) is not None
