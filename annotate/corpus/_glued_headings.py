"""An item's heading in capitals run into its first sentence: ``ROLL TIDE Alabama beat ...``.

A digest sets each item under a heading in capitals, and a column may set its sections so
(HuffPost's Morning Email, PolNeAR huff-post 2016-01-12 and 2016-07-25: ``AT LEAST 10
KILLED IN DEADLY ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan said ...``; the
NYT's college-savings column, PolNeAR nyt 2016-09-24: ``SAVE A QUARTER Let's say you think
...``). Scraped into text, the heading loses its line and opens the paragraph it heads. Its
mark is its case: a run of words in capitals, then the sentence opening with a word in mixed
case. That alone is also a wire's lede in capitals (``THE ISLAMIC State murderer dubbed
...``), a run of acronyms (``HP CEO Meg Whitman will lead ...``) or a speaker's label
(``JAKE TAPPER: Donald Trump released ...``, a lead-in: a run that ends with a colon is never
taken). What tells a heading is that it recurs: a page sets all its items or sections so. So
a paragraph is cut only when another within :data:`HOLD` paragraphs has the same shape, and,
once two have, every later one on the page is. On every FNC-1 body and PolNeAR text, the
lines this cuts are the two Morning Emails' item headings and the column's four section
heads (benchmarks/RESULTS.md, issue 12, ``fix/seg36``).

A page sets its headings in other shapes, and the same recurring tells them: a round-up's
item opens with the headline it links to, quoted, and its writer before a colon, perhaps under
a label (``NOW OPEN—"Pop-up art show ...," by DNAinfo's Eddie Small: "Curators ...``), and a
section with its headline in title case and a colon (``Veto Power Impedes Peace Efforts:
Eliminating ...``). A series is of one shape, and of headings that differ: a page that sets
the same words twice repeats a line (``WARNING GRAPHIC CONTENT: ...``). On every FNC-1 body
and PolNeAR text, the new shapes cut the Culture-Business Report's nine item heads and the
NYT U.N. record's six section heads, nothing else (``fix/seg39``). A ranking runs each
entry into the paragraph that argues for it, a rank and a name with its stop (``7. Chris
Christie.  The New Jersey governor has ...``): on the same corpora, the Washington Post's
seven (``fix/seg43``).

Two more shapes (``fix/seg45``): a head in capitals before a spaced dash (POLITICO's
``QUESTIONABLE MEDICAL CLAIMS — For years, Oz ...``), and a run-in head of a few words in
any case set off its text by two spaces (DealBook's ``Cheers, Ms. Yellen  The Federal
Reserve chairwoman ...``). Normalising a line collapses its spaces, so the two after such a
head are kept for this stage alone (:func:`run_in_gap`; the line rules read one space), and
collapsed in a line not cut; a page that sets two spaces after its sentences gives none. On
every FNC-1 body and PolNeAR text, these cut POLITICO's five heads, DealBook's four and two
captions glued to a Daily Mail-style body's paragraphs (FNC-1 2154), nothing else.

A section head in title case glued by one space (the NYT's archive text: ``Rubio's Big Night
Making it even harder ...``) is told by its sentence's first word, one no title or name holds
(:data:`_TITLE_GLUED`): on the same corpora, that analysis's two heads alone (``fix/seg63``).

A roundup of excerpts runs each excerpt's heading into it as whole sentences in title case
(:func:`_title_sentence`): on the same corpora, the POLITICO roundup's eleven heads alone
(``fix/seg73``).

A head in capitals before a spaced dash is cut alone, with no series, past the story's first
three paragraphs when it reads as words and has no comma (:data:`_LONE_AFTER`): on the same
corpora, FNC-1 706's ``VERSION OF THE CONVENT -`` alone (round 26).

A paragraph ends as a sentence when its quotation is closed with the opening mark mistyped
(``... where voters stand.“``): after a stop at the paragraph's end a mark can only close. On
the same corpora, that cuts one more run-in lead on HuffPollster's page of 2016-02-03, nothing
else (round 35).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

from annotate.corpus._headlines import OPENING_QUOTES, TITLE_SMALL_WORDS
from annotate.corpus._numbered import names_only

__all__ = [
    "HOLD",
    "cut_glued_headings",
    "glued_heading",
    "reads_as_words",
    "run_in_gap",
    "spaced_head",
]

# A heading's words: at most this many (the Morning Email's longest has 12), at least two
# with two capitals or more (``ROLL TIDE``, ``THE BORROWING``).
_MOST_WORDS = 16
_CAPITAL_WORDS = 2
# Paragraphs held while a heading waits for another of its shape: the column sets three to
# five paragraphs under each head.
HOLD = 8
# A run that ends so is a label leading into what follows (``MS. CLINTON:``) or a sentence in
# capitals, not a heading.
_RUN_ENDS = (":", ";", ",", ".", "—", "–", "-")
_DASHES = frozenset("—–-")
# One letter in capitals is a word of the sentence as well as of a heading ("A man said ...").
_ONE_LETTER = frozenset(["A", "I"])
# Where a heading's text begins: the first capital of its sentence, perhaps after an opening
# quote mark.
_SENTENCE_NEXT = r"(?=[\"“‘']?[A-Z])"
# A round-up's item that opens with the headline it links to, quoted, and its writer, perhaps
# under a label in capitals and a dash (POLITICO New York's Culture-Business Report, PolNeAR
# politico 2015-12-11: ``FAREWELL—"The Living Room to close at the end of December," by
# Times' Ben Sisario: "The Living Room, a no-frills nightclub ...``): the item's text begins
# after the byline's colon.
_LINKED_ITEM = re.compile(
    r"(?:[A-Z][A-Z'’ ]*)?[—–]?[\"“][^\"“”]{10,200}[,.]?[\"”],? by [A-Z][^:\"“”]{2,80}: "
    + _SENTENCE_NEXT
)
# A section's heading in title case and its colon before the section's first sentence (the
# NYT's U.N. record, PolNeAR dev nyt 2016-09-20: ``Little Relief for Refugees: The refugee
# crisis is ...``): four words or more, each capitalised but for the short words a title
# leaves in lower case (and "vs."); a name before its colon (a list of people, a speaker) is
# shorter.
_SMALL = "|".join([*sorted(TITLE_SMALL_WORDS), r"vs\."])
_SMALL_LOWER = "|".join(sorted(TITLE_SMALL_WORDS))
_SMALL_CAPITALISED = "|".join(sorted(w.capitalize() for w in TITLE_SMALL_WORDS))
_TITLED = re.compile(
    rf"[A-Z][\w'’-]*(?: (?:[A-Z0-9][\w'’-]*|(?:{_SMALL}))){{3,11}}: (?=[\"“]?[A-Z][a-z])"
)
# What follows a heading of any shape is a paragraph: this long at least, ending as a sentence
# (see :func:`_paragraph`).
_PARAGRAPH_CHARS = 60
# A digest's item may close with its source's tag after its last sentence (``... points.”
# [538]``, HuffPollster). A quotation that closes the paragraph may be closed with the opening
# mark mistyped (``... where voters stand.“``, PolNeAR train huff-post 2016-02-03): after a
# sentence's stop at the paragraph's end, a mark can only close.
_ENDS = re.compile(r"[.!?][\"”’')]*“?(?: \[[\w .&/-]{1,30}\])?$")
# A ranking's entry run into the paragraph that argues for it: its rank, a dot, a name and
# its full stop ("7. Chris Christie.  The New Jersey governor has (finally) moved beyond
# Bridgegate, ...", "1. Marco Rubio.", PolNeAR wash-post 2015-11-23); a name's words only
# (annotate.corpus._numbered.names_only), at most a few.
_RANKED = re.compile(rf"\d{{1,2}}\. (?P<name>[A-Z][^.!?:;]{{0,60}}?)\.\s+{_SENTENCE_NEXT}")
_RANKED_WORDS = 4
# A closing quote mark glued to an opening one, within a heading's reach of the line's start.
_GLUED_QUOTES = re.compile(r"[’”](?=[“‘])")
_GLUE_CHARS = 160
# A heading in capitals set off its sentence by a spaced dash, as POLITICO sets a feature's
# section heads (PolNeAR politico 2016-09-15: ``QUESTIONABLE MEDICAL CLAIMS — For years, Oz
# has been dogged ...``): the run before the dash is read as :func:`glued_heading` reads one.
# HuffPost's HuffPollster sets its items' heads so before a spaced hyphen (PolNeAR train
# huff-post 2016-05-02: ``HOW ACCURATE ARE ONLINE PANELS? - A new Pew Research report ...``).
_DASHED = re.compile(r"(?P<head>[^a-z]{3,160}?) [—–-] (?=[\"“‘']?(?:[A-Z][a-z]|[AI] ))")
# On a page that sets such heads, the run-in lead that opens a paragraph under one in any case,
# set off by the same dash (``What the report does mean - Not all web panels are created
# equal.``, ``Pollsters agree - Carl Bialik: “One of ...``, PolNeAR train huff-post 2016-02-03):
# a few words with no sentence end inside, perhaps a question, then the paragraph.
_LED = re.compile(
    r"(?P<head>[\"“‘']?[A-Z][^.!:;—–]{2,120}?[\w?\"”’'])(?<![,;]) [—–-] ?" + _SENTENCE_NEXT
)
_LED_WORDS = 14
# A run-in heading set off its section's text by two spaces, as the NYT's DealBook sets a
# column's heads (PolNeAR nyt 2015-12-30: ``Cheers, Ms. Yellen  The Federal Reserve
# chairwoman ...``, ``The activists won. Now what?  First, ...``): a few words in any case,
# no stop, comma or colon last, before a capital.
_SPACED_HEAD = r"(?P<head>[\"“‘']?[A-Z](?:(?! {2}).){0,70}?[\w?!'’\"”])"
_SPACED = re.compile(rf"{_SPACED_HEAD}  {_SENTENCE_NEXT}")
_SPACED_WORDS = 8
# The same in a raw line, before its runs of spaces are collapsed (see :func:`run_in_gap`).
_RAW_SPACED = re.compile(rf"[ \t]*{_SPACED_HEAD}(?P<gap> {{2,}}){_SENTENCE_NEXT}")
# A sentence's end followed by two spaces: a page that sets its sentences so (a typist's
# habit) gives no heading by its spacing.
_SPACED_SENTENCES = re.compile(r"[.!?][\"”’')]*  ")

# A section's heading in title case glued by one space to its first sentence, as the NYT's
# archive text sets an analysis's section heads (PolNeAR train nyt 2016-02-04: ``Cruz's Path
# to Nomination For Mr. Cruz, the victory gives him ...``, ``Rubio's Big Night Making it even
# harder ...``): two to six words, each capitalised but for a title's small words in lower
# case. A run of capitalised words is as often the names a sentence opens with (``The Sunday
# Times and Sunday People identified ...``), so the sentence's first word must be one no name
# or title holds: a title's small word in capitals (a title leaves those in lower case:
# ``For``), or a gerund before a word in lower case (``Making it``). A heading does not open
# with a small word, as a sentence does (``The Islamic State ...``), and is cut only as a
# series (see :func:`cut_glued_headings`).
# The words of a sentence after a heading read for one in lower case.
_SENTENCE_OPENING = 6
_TITLE_WORD = r"[A-Z][\w'’-]*"
_TITLE_RUN = (
    rf"(?!(?:{_SMALL_CAPITALISED})\b){_TITLE_WORD}(?: (?:(?:{_SMALL_LOWER}) )?{_TITLE_WORD}){{1,5}}"
)
_TITLE_GLUED = re.compile(
    rf"(?P<head>{_TITLE_RUN}) (?=(?:{_SMALL_CAPITALISED}) |[A-Z][a-z]+ing [a-z])"
)


def _capitals(word: str) -> bool:
    """A word of a heading in capitals: no lower-case letter, no bracket, not a dash alone."""
    return (
        not any(c.islower() for c in word)
        and "(" not in word
        and ")" not in word
        and not set(word) <= _DASHES
    )


def _opens_sentence(word: str) -> bool:
    """A sentence's first word in mixed case: perhaps a quote mark, a capital, a lower-case
    letter (``Turkish``, ``Let's``, ``“President``)."""
    word = word.lstrip(OPENING_QUOTES)
    return len(word) >= 2 and word[0].isupper() and word[1].islower()


def _lower_next(words: list[str], at: int) -> bool:
    """Whether the word after ``words[at]`` holds a lower-case letter."""
    return at + 1 < len(words) and any(c.islower() for c in words[at + 1])


def glued_heading(line: str) -> int:
    """Where the sentence after a heading in capitals at the start of ``line`` begins, or 0.

    A heading in quotes may lose the space before a quotation that opens the sentence (``‘THE
    OTHER SIDE OF THE INFAMOUS HAMPTONS HOUSE PARTY’“Mr. Barna’s July 3 bash ...``, PolNeAR
    huff-post 2016-07-25): the closing mark glued to the opening one parts them as a space.

    Examples
    --------
    >>> line = "SAVE A QUARTER Let's say you think a degree will cost $160,000."
    >>> line[glued_heading(line):]
    "Let's say you think a degree will cost $160,000."
    >>> line = "‘THE OTHER SIDE OF THE PARTY’“Mr. Barna’s bash featured dwarfs.”"
    >>> line[glued_heading(line):]
    '“Mr. Barna’s bash featured dwarfs.”'
    >>> glued_heading("JAKE TAPPER: Donald Trump released a video on Friday.")
    0
    >>> glued_heading("WASHINGTON (AP) — The Senate voted on Monday.")
    0
    """
    glue = _GLUED_QUOTES.search(line, 0, _GLUE_CHARS)
    if glue is not None and not any(c.islower() for c in line[: glue.end()]):
        spaced = f"{line[: glue.end()]} {line[glue.end() :]}"
        return glue.end() if glued_heading(spaced) == glue.end() + 1 else 0
    words = line.split(" ", _MOST_WORDS + 2)
    run = 0
    while run < len(words) - 1 and run <= _MOST_WORDS and _capitals(words[run]):
        # A quotation in capitals that goes on in lower case opens the sentence (``... IN
        # VIRTUAL REALITY “VR provides a combination ...``).
        if run > 1 and words[run][:1] in '“"' and _lower_next(words, run):
            break
        run += 1
    # A run that swallowed the sentence's first word when it is one capital ("A man ...").
    if run > 1 and words[run - 1] in _ONE_LETTER and words[run][:1].islower():
        run -= 1
    quoted = words[run][:1] in '“"' and _lower_next(words, run)
    if not 1 < run <= _MOST_WORDS or not (
        quoted or _opens_sentence(words[run]) or words[run] in _ONE_LETTER
    ):
        return 0
    heading = words[:run]
    if heading[-1].endswith(_RUN_ENDS):
        return 0
    if sum(1 for w in heading if sum(c.isupper() for c in w) >= 2) < _CAPITAL_WORDS:
        return 0
    return sum(len(w) + 1 for w in heading)


def _linked(line: str) -> int:
    """Where the item's text begins after a round-up's linked headline and its byline (see
    :data:`_LINKED_ITEM`), or 0."""
    match = _LINKED_ITEM.match(line)
    return match.end() if match else 0


def _paragraph(rest: str) -> bool:
    """Whether ``rest``, the text after a heading, is a paragraph: long, ending as a sentence."""
    return len(rest) >= _PARAGRAPH_CHARS and _ENDS.search(rest) is not None


def _titled(line: str) -> int:
    """Where the section's first sentence begins after a heading in title case and its colon
    (see :data:`_TITLED`), or 0: the rest is a paragraph that ends as a sentence does."""
    match = _TITLED.match(line)
    return match.end() if match and _paragraph(line[match.end() :]) else 0


def _title_glued(line: str) -> int:
    """Where the section's first sentence begins after a heading in title case glued to it by
    one space (see :data:`_TITLE_GLUED`), or 0: the rest is a paragraph.

    Examples
    --------
    >>> line = ("Rubio's Big Night Making it even harder for Mr. Cruz to broaden his appeal "
    ...         "is Mr. Rubio.")
    >>> line[_title_glued(line):]
    'Making it even harder for Mr. Cruz to broaden his appeal is Mr. Rubio.'
    >>> _title_glued("Jeb Bush and his older brother, George W. Bush, spoke in South Carolina.")
    0
    """
    match = _TITLE_GLUED.match(line)
    if not match or not _paragraph(rest := line[match.end() :]):
        return 0
    # A line in title case throughout is a heading whole, not a heading and its sentence
    # (POLITICO's roundup of paid speeches, PolNeAR test politico 2016-10-12: ``Tom Nides
    # Thanked Clinton For Making Morgan Stanley Her First ...``): the sentence's first words
    # hold one in lower case that no title leaves so.
    opening = rest.split()[1:_SENTENCE_OPENING]
    if not any(w[:1].islower() and w not in TITLE_SMALL_WORDS for w in opening):
        return 0
    return match.end()


# An excerpt's heading in title case run into the excerpt it heads, as a roundup of leaked
# speech excerpts sets each one (POLITICO, PolNeAR test politico 2016-10-12: ``Clinton Said
# Dodd-Frank Was Something That Needed To Pass “For Political Reasons.” “And with political
# people, ...``): a whole sentence, perhaps two, of six words or more, every word capitalised,
# a short word a title capitalises among them ("For", "The", "Of") as prose never sets it
# after its first word. The heading ends at the last sentence end of the run in title case;
# the excerpt after it goes on in lower case. Cut only as a series (a page's excerpts).
_TITLE_SENTENCE_WORDS = 6
_CAPITALISED_SMALL = frozenset(w.capitalize() for w in TITLE_SMALL_WORDS)
_WORD_MARKS = "\"“”‘’'(),.:;!?…—–-"
_WORD_END = re.compile(r"[.!?…][\"”’')]*$")


def _title_sentence(line: str) -> int:
    """Where the excerpt begins after a heading of sentences in title case run into it (see
    :data:`_TITLE_SENTENCE_WORDS`), or 0.

    Examples
    --------
    >>> line = ("Clinton Said Financial Reform “Really Has To Come From The Industry Itself.” "
    ...         "“Remember what Teddy Roosevelt did, and what he did for the country.”")
    >>> line[_title_sentence(line):]
    '“Remember what Teddy Roosevelt did, and what he did for the country.”'
    >>> _title_sentence("Jeb Bush spoke in South Carolina. He said the race would be long.")
    0
    """
    at = end = small = words = heads_small = 0
    for count, word in enumerate(line.split(" "), start=1):
        core = word.strip(_WORD_MARKS)
        # An all-capitals word is a speaker's label or an acronym, not a word in title case.
        if core and (
            not (core[0].isupper() or core[0].isdigit()) or (len(core) > 1 and core.isupper())
        ):
            break
        small += count > 1 and core in _CAPITALISED_SMALL
        at += len(word) + 1
        if _WORD_END.search(word):
            end, words, heads_small = at, count, small
    if not end or words < _TITLE_SENTENCE_WORDS or not heads_small:
        return 0
    rest = line[end:]
    if not (rest[:1].isupper() or rest[:1] in OPENING_QUOTES) or not _paragraph(rest):
        return 0
    return end


def _ranked(line: str) -> int:
    """Where the paragraph's first sentence begins after a ranking's entry run into it (see
    :data:`_RANKED`), or 0: the entry is names alone, the rest a paragraph that ends as a
    sentence does."""
    match = _RANKED.match(line)
    if not match or len(match.group("name").split()) > _RANKED_WORDS:
        return 0
    if not _paragraph(line[match.end() :]):
        return 0
    return match.end() if names_only(match.group("name")) else 0


def run_in_gap(raw: str) -> tuple[int, int] | None:
    """Where the spaces after a run-in heading are in a raw line (see :data:`_SPACED`), or None.

    Normalising a line collapses its runs of spaces, and with them the only mark that parts a
    run-in heading from its section's text; the caller keeps two there, and
    :func:`cut_glued_headings` collapses them in a line it does not cut.

    Examples
    --------
    >>> run_in_gap("C'mon guys  It was the corporate scandal of the year.")
    (10, 12)
    >>> run_in_gap("In case there was any confusion,  this is fictitious.") is None
    True
    """
    match = _RAW_SPACED.match(raw)
    if match is None or len(match.group("head").split()) > _SPACED_WORDS:
        return None
    if _SPACED_SENTENCES.search(raw, match.end()):
        return None
    return match.start("gap"), match.end("gap")


def spaced_head(line: str) -> str:
    """The run-in heading a normalised line opens with, two spaces after it (see
    :func:`run_in_gap`), or ""."""
    match = _SPACED.match(line)
    return match.group("head") if match else ""


def _dashed(line: str) -> int:
    """Where the section's first sentence begins after a heading in capitals and a spaced dash
    (see :data:`_DASHED`), or 0."""
    match = _DASHED.match(line)
    if not match:
        return 0
    # The section's text, or a lead-in to its list of links (``MONDAY’S ‘OUTLIERS’ - Links to
    # the best of news at the intersection of polling, politics and political data:``).
    rest = line[match.end() :]
    if not (_paragraph(rest) or (len(rest) >= _PARAGRAPH_CHARS and rest.endswith(":"))):
        return 0
    head = match.group("head")
    # The run in capitals, read as a glued heading: the dash taken away, the sentence after.
    return match.end() if glued_heading(f"{head} {rest}") == len(head) + 1 else 0


def _dashed_lead(line: str) -> int:
    """Where the paragraph's text begins after a run-in lead and a dash (see :data:`_LED`), or
    0; read only on a page whose heads in capitals before a dash made a series.

    Examples
    --------
    >>> line = ("What the report does mean - Not all web panels are created equal, as the "
    ...         "new report from Pew shows.")
    >>> line[_dashed_lead(line):]
    'Not all web panels are created equal, as the new report from Pew shows.'
    >>> _dashed_lead("Trump won in Indiana - and Cruz said it was over. He quit that night.")
    0
    """
    match = _LED.match(line)
    if not match:
        return 0
    head = match.group("head")
    if len(head.split()) > _LED_WORDS or " ?" in head or "? " in head:
        return 0
    return match.end() if _paragraph(line[match.end() :]) else 0


def _spaced(line: str) -> int:
    """Where the section's text begins after a run-in heading and two spaces (see
    :data:`_SPACED`), or 0."""
    match = _SPACED.match(line)
    if not match or len(match.group("head").split()) > _SPACED_WORDS:
        return 0
    return match.end() if _paragraph(line[match.end() :]) else 0


# A head in capitals before a spaced dash is cut alone, with no series, past the story's opening
# (the Italian wire's ``VERSION OF THE CONVENT - From the convent of the Missionary Sisters
# ...``, FNC-1 706, its fourth paragraph): a place in capitals and a dash opens the story as
# its dateline ("NEW YORK CITY — The New York Police ...", FNC-1 1368, under its headline), so
# the first paragraphs are left to the dateline rules; a head of words, not a place's (see
# :func:`_lone_dashed`).
_LONE_AFTER = 3


def _lone_dashed(head: str) -> bool:
    """Whether a head in capitals before a dash is cut alone (see :data:`_LONE_AFTER`): of
    words (:func:`reads_as_words`) and no comma (a later story's dateline on the same page has
    its region: "HEADQUARTERS MARINE CORPS, WASHINGTON —", FNC-1 test 1512)."""
    return "," not in head and reads_as_words(head.rstrip(" —–-"))


# A heading in capitals that reads as words, not a run of initials: this many words at least,
# this many of them of this many letters or more.
_WORDS = 3
_LONG_WORDS = 2
_WORD_LETTERS = 4


def reads_as_words(head: str) -> bool:
    """Whether a heading in capitals reads as words, not a run of acronyms: three words or
    more, two of them of four letters or more (``NOT KIM'S FIRST ABSENCE``, not ``HP CEO``).

    Examples
    --------
    >>> reads_as_words("VERSION OF THE CONVENT"), reads_as_words("HP CEO")
    (True, False)
    """
    words = head.split()
    long = sum(1 for w in words if sum(c.isalpha() for c in w) >= _WORD_LETTERS)
    return len(words) >= _WORDS and long >= _LONG_WORDS


# The shapes a page's item or section headings take, each told by its recurring: the same
# shape opens another paragraph near it (see the module docstring).
_SHAPES = (
    ("capitals", glued_heading),
    ("linked", _linked),
    ("titled", _titled),
    ("ranked", _ranked),
    ("title glued", _title_glued),
    ("dashed", _dashed),
    ("spaced", _spaced),
    ("title sentence", _title_sentence),
)


def _shaped(line: str) -> tuple[int, str]:
    """Where the text after a glued heading begins in ``line`` and the heading's shape, or
    ``(0, "")``."""
    for shape, cut in _SHAPES:
        at = cut(line)
        if at:
            return at, shape
    return 0, ""


def _collapsed(line: str | bytearray) -> str | bytearray:
    """``line`` with the two spaces kept after a run-in heading (see :func:`run_in_gap`)
    collapsed, when it was not cut there."""
    return line.replace("  ", " ") if isinstance(line, str) and "  " in line else line


def cut_glued_headings(
    lines: Iterable[tuple[str, str | bytearray, int]],
) -> Iterator[tuple[str, str | bytearray, int, str]]:
    """Each ``(gap, line, number)`` with the heading cut off its start (see the module
    docstring): ``(gap, line, number, heading)``, ``heading`` "" when none was.

    A paragraph that opens so waits for the next :data:`HOLD` paragraphs, which wait with it;
    a long line (bytes) is never one and lets the held lines go uncut. Only a heading of the
    first one's shape, and other than it, makes the two a series: a heading names its own item
    (a page that sets the same words twice repeats a line, a transcript a speaker's label).
    """
    # (gap, line, number, cut, shape)
    held: deque[tuple[str, str | bytearray, int, int, str]] = deque()
    series: set[str] = set()  # the shapes of which two headings were seen: every later one is one
    lone: set[int] = set()  # the lines whose heading is cut alone (see _lone_dashed)
    paragraphs = 0  # the paragraphs read so far

    def heading(line: str | bytearray, at: int) -> str:
        return str(line)[:at].rstrip()

    def dashed_lead(line: str | bytearray) -> int:
        # A run-in lead is read once the page's heads before a dash made a series.
        return _dashed_lead(line) if isinstance(line, str) and "dashed" in series else 0

    def release(cut: bool) -> Iterator[tuple[str, str | bytearray, int, str]]:
        while held:
            gap, line, number, at, shape = held.popleft()
            if cut and not at and (lead := dashed_lead(line)):
                at, shape = lead, "dashed"
            if at and ((cut and shape in series) or number in lone):
                text = str(line)
                yield gap, text[at:], number, heading(text, at)
            else:
                yield gap, _collapsed(line), number, ""

    for gap, line, number in lines:
        at, shape = _shaped(line) if isinstance(line, str) else (0, "")
        paragraphs += 1
        if shape == "dashed" and paragraphs > _LONE_AFTER and _lone_dashed(heading(line, at)):
            lone.add(number)
        if not at and (lead := dashed_lead(line)):
            at, shape = lead, "dashed"
        if at and shape in series:
            text = str(line)
            yield gap, text[at:], number, heading(text, at)
            continue
        first = held[0] if held else None
        if (
            at
            and first is not None
            and first[4] == shape
            and heading(first[1], first[3]) != heading(line, at)
        ):
            series.add(shape)
            held.append((gap, line, number, at, shape))
            yield from release(True)
            continue
        if at or held:
            held.append((gap, line, number, at, shape))
            # The first held line is the candidate: past HOLD paragraphs, it goes uncut.
            if len(held) > HOLD or not isinstance(line, str):
                yield from release(False)
            continue
        yield gap, _collapsed(line), number, ""
    yield from release(False)
