"""A section's heading set close over its section, on a page whose paragraphs stand apart.

A round-up or an explainer is a series of sections: a short heading, then its paragraphs
(Macworld's rumour round-up, FNC-1 1362: "New Retina MacBook Air rumours: Fanless design" over
"The new MacBook Air is also said to be even thinner ..."; Vox, FNC-1 test 2575: "Seth Rich
was murdered in a senseless act of violence" over "Seth Rich worked in Democratic politics
..."). Scraped into text, such a page keeps its layout in its line breaks: a blank line between
paragraphs, and none between a heading and the paragraph it heads, as the heading's element
sits on the section's text. So on a page that has set every paragraph so far apart with a blank
line, a short line after a blank one with no blank line under it, over a paragraph that ends as
a sentence does, is the section's heading, whatever its case: a sentence of the story would
stand apart as the paragraphs around it do.

Its own shape still counts, as a sentence may lose its line's blank: it has no sentence end
inside it, and none at its end (a letter or digit last) but for a question, which a heading
may ask ("Will the old non-Retina MacBook Air remain?") and so may the story: a question is
taken once the page has had a heading of this kind, or when a label opens it ("Retina MacBook
Air release date rumours: When is the new MacBook Air coming out?"). A line ending in a full
stop or a colon is the story's (a lead-in). On every FNC-1 body and PolNeAR text, the lines
this takes are section headings, captions, a related story's headline and an image's file
name, all furniture (benchmarks/RESULTS.md, issue 12, ``fix/seg33``).

A "things to watch" piece numbers its sections' headings (:func:`numbered_heading`): the
first a noun phrase with no verb, the next counting on from it. On every FNC-1 body and
PolNeAR text, that takes POLITICO's five debate headings and nothing else (``fix/seg39``).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from annotate.corpus._bullets import is_clause_item
from annotate.corpus._furniture import title_case
from annotate.corpus._headlines import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    TITLE_SMALL_WORDS,
    ends_sentence,
    has_inner_end,
)
from annotate.corpus._subheadings import is_subheading, is_verbless, shares_topic

__all__ = [
    "PARAGRAPH_CHARS",
    "finishes_trailed_line",
    "first_of_series",
    "heads_next_item",
    "heads_under_label",
    "is_colon_heading",
    "is_item_head",
    "is_question_head",
    "is_section_heading",
    "is_titled_subheading",
    "named_heads",
    "numbered_heading",
    "question_heads",
]

# A paragraph of the story: a line of at least this many characters. Its spacing (a blank line
# under it or not) is the page's; shorter lines are headings, captions, labels.
PARAGRAPH_CHARS = 150
# Paragraphs set apart with a blank line before a heading is taken: one may be a dek's.
_SPACED = 2
# The section's first paragraph may be one short sentence ("Many of the new MacBook Air
# rumours suggest this model will feature a 12in screen."), not a label's few words.
_SECTION_CHARS = 60
# A heading is a line, not a paragraph: at most this many words and characters.
_WORDS = 16
_CHARS = 120
_ADDRESS = re.compile(r"https?://|www\.|@\w")
# A label before the question: a few words and a colon ("Release date rumours: When ...?").
_LABELLED = re.compile(r"[^:]{3,60}: [A-Z]")
# A stub's last word leaves its sentence open (a link cut out of it): the next line goes on.
_OPEN_END = frozenset(
    ["that", "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "as"]
)


def is_section_heading(line: str, after: str, *, spaced: int, series: bool) -> bool:
    """Whether ``line``, after a blank line and with ``after`` directly under it, heads a section.

    ``spaced`` is how many paragraphs the page has set apart with a blank line so far, and
    ``0`` once one was set close over the next line (the page is not spaced so);
    ``series`` whether the page has had such a heading (see the module docstring).

    Examples
    --------
    >>> body = "The new MacBook Air is also said to be even thinner than the existing one."
    >>> is_section_heading("New Retina MacBook Air rumours: Fanless design", body, spaced=5,
    ...                    series=False)
    True
    >>> is_section_heading("Some delegates said they welcomed attention to the issue.", body,
    ...                    spaced=5, series=True)
    False
    """
    if spaced < _SPACED or len(line) > _CHARS or len(after) < _SECTION_CHARS:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or not ends_sentence(after):
        return False
    words = line.split()
    # A heading names its section; a line that gives an address is the story pointing at it.
    if len(words) > _WORDS or has_inner_end(line) or _ADDRESS.search(line):
        return False
    end = line.rstrip(CLOSING_QUOTES)
    if end[-1:] == "?":
        return series or _LABELLED.match(line) is not None
    return end[-1:].isalnum() and words[-1].lower() not in _OPEN_END


# A round-up's item closed by its writer's name after the last sentence's mark, set close with
# two hyphens or a dash (USA Today's "IN BRIEF", PolNeAR usa-today 2015-12-22: ``... "still
# the No. 1 force in Spain."--Kim Hjelmgaard.``).
_SIGNED = re.compile(r"[.!?][\"”’']?(?:--|[—–])[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}\.?$")
# An item's heading: a headline's length, at most this many words.
_ITEM_WORDS = 12


def heads_next_item(line: str, before: str, after: str) -> bool:
    """Whether ``line``, alone in its paragraph between ``before`` (the kept paragraph above)
    and ``after``, is the heading of a round-up's next item: ``before`` closes an item with
    its writer's name, and ``line`` is one short sentence or a headline over a paragraph.

    A paragraph of the story after a signed item is the next item's heading: a round-up
    signs each item, and a story signs once, at its end.

    Examples
    --------
    >>> before = 'Rajoy said he will "try to form a stable government."--Kim Hjelmgaard.'
    >>> body = "The homeless woman accused of driving onto a packed sidewalk told police so."
    >>> heads_next_item("'Stoic' driver identified in horror on Las Vegas Strip.", before, body)
    True
    >>> heads_next_item("'Stoic' driver identified in horror on Las Vegas Strip.", "He did.", body)
    False
    """
    if not _SIGNED.search(before) or len(after) < _SECTION_CHARS:
        return False
    return is_item_head(line)


def is_item_head(line: str) -> bool:
    """Whether ``line`` has the shape of a round-up's item's heading: a headline's few words,
    one statement with its stop at most (see :func:`heads_next_item`).

    Examples
    --------
    >>> is_item_head("Spain struggles to form post-election government.")
    True
    >>> is_item_head("Here is what we know so far:")
    False
    """
    words = line.split()
    return (
        0 < len(words) <= _ITEM_WORDS
        # A headline may open on a quotation ("'Stoic' driver ..."): its opening mark.
        and (line[0].isupper() or line[0] in OPENING_QUOTES)
        and not has_inner_end(line)
        and not line.endswith((":", "?", "!", '"', "”"))
    )


# A heading that finishes the paragraph above it: the paragraph trails off on an ellipsis, and
# the heading opens on one and names what comes ("The main focus, though, should be apps..."
# over "... With 100,000 Watch apps", Wareable, FNC-1 2090, seed 1568's judge).
_TRAILS = ("...", "…")
_TRAILED_WORDS = 8


def finishes_trailed_line(line: str, before: str) -> bool:
    """Whether ``line``, after a blank line under ``before`` (the kept paragraph above), is a
    heading that finishes ``before``'s trailing sentence: ``before`` ends on an ellipsis, and
    ``line`` opens on one, then a capital, a few words with no verb and no mark at its end.

    The story that goes on after an ellipsis ends its sentence ("… Or your doctor.", FNC-1
    test 2583) or leads into what follows ("...And afterward:", FNC-1 1957); a heading names
    its section with no verb and no stop. On every FNC-1 body and PolNeAR text this takes
    Wareable's heading and nothing else.

    Examples
    --------
    >>> finishes_trailed_line("... With 100,000 Watch apps", "The focus should be apps...")
    True
    >>> finishes_trailed_line("… Or your doctor.", "Trust your insurer…")
    False
    >>> finishes_trailed_line("...And afterward:", "It was clean then...")
    False
    >>> finishes_trailed_line("... With 100,000 Watch apps", "The focus should be apps.")
    False
    """
    if not before.endswith(_TRAILS) or not line.startswith(_TRAILS):
        return False
    rest = line.lstrip(".… ")
    words = rest.split()
    return (
        0 < len(words) <= _TRAILED_WORDS
        and rest[0].isupper()
        and rest[-1].isalnum()
        and is_verbless([w.lower() for w in words])
    )


# A round-up that labels each section in capitals sets the section's headline under its label
# (NYT's week ahead, PolNeAR nyt 2016-11-07: ``BANKING.`` over ``Earnings reports for HSBC and
# UniCredit.`` over "Earnings season is set to draw to a close ..."): once a headline under a
# label was dropped as a heading on the page, a line alone under the next label, over a
# section's paragraph, is that section's headline, its words a headline's few.
_LABELLED_WORDS = 10
_LABELLED_CHARS = 80


def heads_under_label(line: str, after: str) -> bool:
    """Whether ``line``, alone in its paragraph under a section's label in capitals on a page
    that sets its sections so, over ``after``, is the section's headline (see above).

    Examples
    --------
    >>> body = "On Wednesday, Goldman Sachs is expected to disclose the list of its partners."
    >>> heads_under_label("Goldman Sachs to add to partner class.", body)
    True
    >>> heads_under_label("Goldman Sachs said it would. Nobody else did.", body)
    False
    """
    if len(line) > _LABELLED_CHARS or len(after) < _SECTION_CHARS or not ends_sentence(after):
        return False
    end = line.rstrip(CLOSING_QUOTES)
    return (
        line[0].isupper()
        and 0 < len(line.split()) <= _LABELLED_WORDS
        and not has_inner_end(line)
        and (end[-1:] == "." or end[-1:].isalnum())
    )


# A section's heading numbered in a count ("Here are POLITICO's five things to watch for
# tonight:" over ``1) The race to be the next black president.``, PolNeAR politico
# 2016-02-11): its number, a bracket or a dot, a headline's few words.
_NUMBERED = re.compile(r"(?P<n>\d{1,2})[.)] (?P<rest>[A-Z][^.!?:;]*[.?\w])")
_NUMBERED_WORDS = 8
# A listicle's numbered heading with no end mark at all ("1. The Irishman who was forced to eat
# his own ear", the Mirror, FNC-1 body 1743) may run as long as a headline does: a sentence
# of the story ends in its stop.
_UNSTOPPED_WORDS = 16
# A count may skip one number, whose heading another rule took (the Mirror's "3. The Mum who
# helped to torture her own children" went as a caption).
_SKIPPED = 1
# A noun phrase opens with an article or a name's possessive ("Bernie’s bio.").
_NOUN_OPENER = re.compile(r"(?:The|A|An) |[A-Z][\w-]*['’]s ")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def numbered_heading(line: str, after: str, last: int) -> int:
    """The number of the section ``line`` heads, alone in its paragraph over ``after``, or 0.

    ``last`` is the number of the page's last numbered heading (0 when none was). The first,
    numbered 1, is a noun phrase with no verb of its own (one after "to" is the phrase's:
    "The race to be ..."), which no item of a list of claims is ("6. Shakira is not dead."
    is a sentence); the next ones count on from it, and may ask ("4) How hard will Clinton
    attack?") as a series of subheadings may (see annotate.corpus._subheadings.is_subheading).

    Examples
    --------
    >>> body = "As soon as the results were counted Tuesday, the race turned into a fight."
    >>> numbered_heading("1) The race to be the next black president.", body, 0)
    1
    >>> numbered_heading("4) How hard will Clinton attack?", body, 3)
    4
    >>> numbered_heading("6. Shakira is not dead.", body, 0)
    0
    """
    match = _NUMBERED.fullmatch(line)
    if match is None or len(after) < _SECTION_CHARS:
        return 0
    number, rest = int(match.group("n")), match.group("rest")
    words = [w.lower().replace("’", "'") for w in _WORD.findall(rest)]
    unstopped = not rest.endswith((".", "?"))
    # An unstopped heading may stand over its section's picture and caption (the Mirror's).
    if not unstopped and not ends_sentence(after):
        return 0
    if unstopped:
        opened = _NOUN_OPENER.match(rest) is not None
        counted = bool(last) and last < number <= last + 1 + _SKIPPED
        if len(words) > _UNSTOPPED_WORDS or not (counted or (number == 1 and not last)):
            return 0
        return number if opened else 0
    if not 0 < len(words) <= _NUMBERED_WORDS or len(rest.split()) > _NUMBERED_WORDS:
        return 0
    own = [w for i, w in enumerate(words) if i == 0 or words[i - 1] != "to"]
    phrase = rest.endswith(".") and _NOUN_OPENER.match(rest) is not None and is_verbless(own)
    if number == 1 and last == 0:
        return number if phrase else 0
    return number if last and number == last + 1 and (phrase or rest.endswith("?")) else 0


# A heading over the material it introduces, ending in a colon, in headline case throughout
# with at least three long words ("Social Media Reactions on Cesar Millan Death Hoax:" over
# fans' posts, FNC-1 1929; "Citigroup Jim Suva on Apple Watch:" over an analyst's notes, FNC-1
# 1201). A lead-in to a quotation may name its source in the same case ("According to the
# Intersex Society of America:", "From the Associated Press:", "Here's Mark Gurman at
# 9to5Mac:", "Fox News Reports:"): it holds a word that leads in or says, and stays a sentence.
_COLON_HEAD_WORDS = 10
_LEADS_IN = frozenset(
    (
        *("according", "from", "here", "here's", "here’s", "as", "via", "per", "in"),
        *("said", "says", "writes", "wrote", "reports", "reported", "adds", "added"),
        *("continued", "explains", "explained", "tweeted", "posted"),
    )
)


def is_colon_heading(line: str) -> bool:
    """Whether ``line``, alone in its paragraph, is a heading in headline case ending in a colon.

    Examples
    --------
    >>> is_colon_heading("Social Media Reactions on Cesar Millan Death Hoax:")
    True
    >>> is_colon_heading("According to the Intersex Society of America:")
    False
    >>> is_colon_heading("The report reads:")
    False
    """
    if not line.endswith(":") or has_inner_end(line):
        return False
    words = line[:-1].split()
    if not 3 <= len(words) <= _COLON_HEAD_WORDS or any(w.lower() in _LEADS_IN for w in words):
        return False
    return _headline_cased(words) and title_case(line[:-1])


def _headline_cased(words: list[str]) -> bool:
    """Every word capitalised but the short ones a title leaves in lower case."""
    return all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in words)


# A subheading in title case, alone in its paragraph: every word capitalised but the short
# ones a title leaves in lower case (TITLE_SMALL_WORDS).
_TITLED_WORDS = 6
_ARTICLES = frozenset(["A", "An", "The"])


def is_titled_subheading(line: str, after: str) -> bool:
    """Whether ``line``, alone in its paragraph over ``after``, is a subheading in title case.

    Title case alone is a name's case too ("Jeremy Oakley.", "Gainesville Fla."), so it is
    read with what a name never has: a short word a title leaves in lower case or an article
    opening a noun phrase with no verb ("Knack for Deals.", "A Reclamation Plan.", PolNeAR
    dev nyt 2016-10-02), or a verb capitalised inside a question ("Who Is Kim Yo-Jong?",
    FNC-1 body 817): prose never capitalises "Is" after its first word.

    Examples
    --------
    >>> body = "The Natural Bridge is a rocky arch towering 215 feet above a small creek."
    >>> is_titled_subheading("Knack for Deals.", body)
    True
    >>> is_titled_subheading("Who Is Kim Yo-Jong?", body)
    True
    >>> is_titled_subheading("Jeremy Oakley.", body)
    False
    >>> is_titled_subheading("Who is Kim Yo-jong?", body)
    False
    >>> is_titled_subheading("Q: Does Marco Rubio?", body)
    False
    """
    if len(after) < _SECTION_CHARS or not ends_sentence(after) or not line.endswith((".", "?")):
        return False
    words = line[:-1].split()
    if not 2 <= len(words) <= _TITLED_WORDS or has_inner_end(line) or _ADDRESS.search(line):
        return False
    if not _headline_cased(words):
        return False
    if line.endswith("?"):
        # Not after a label: an interview's "Q: Does Marco Rubio?" capitalises its question.
        return ":" not in line and any(
            w[0].isupper() and not is_verbless([w.lower()]) for w in words[1:]
        )
    lowered = [w.lower().replace("’", "'") for w in words]
    small = any(w in TITLE_SMALL_WORDS for w in words) or words[0] in _ARTICLES
    return small and is_verbless(lowered) and words[-1].lower() not in TITLE_SMALL_WORDS


# A section's heading that asks the question its section answers, as an explainer sets its
# sections (FNC-1 body 1791, "What they earn": ``Who is he?`` over "Shane Smith is the CEO of
# Vice Media ...", then ``What’s he buying?``, ``$300,000? On a steak?``, ``How much do these
# steaks cost?``; CNN, FNC-1 body 689: ``Who is Kim Yo Jong?``, ``Ready for prime time?``): a
# short question alone in its paragraph, spaced from the paragraph under it, which answers (it
# ends as a sentence does, and asks nothing). A question the story asks its reader, or an
# interviewer a guest, speaks to someone (``you``, ``we``); a quoted one is speech.
_QUESTION_WORDS = 8
_SPEAKING = frozenset(["you", "your", "you're", "we", "our", "us", "i", "i'm", "my", "me"])
_ASKED_WORD = re.compile(r"[\w$€£][\w'’,.$%-]*")
# Paragraphs held while a question waits for another: a section is one to five paragraphs.
_QUESTION_HOLD = 8
# An interview sets its questions alone in their paragraphs too (GUM's Wikinews interviews:
# "What is Heaven Sent Gaming?" over "Heaven Sent Gaming is basically me and Isabel, I'm Mario
# J. Lucero."): they are the interviewer's sentences, prose. Its answers speak in the first
# person, and its questions, some of them, to the guest: a question of the page that says
# "you" tells an interview, and none of its questions is a heading.
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|us|me|[Mm]y)\b"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SECOND_PERSON = re.compile(r"\b(?:you|your|you['’](?:re|ve|d|ll))\b", re.I)
_ASKED_CHARS = 400


def is_question_head(line: str) -> bool:
    """Whether ``line`` has a question heading's shape (see :func:`question_heads`).

    Examples
    --------
    >>> is_question_head("How much do these steaks cost?")
    True
    >>> is_question_head("$300,000? On a steak?")
    True
    >>> is_question_head("What would you do?"), is_question_head("“Why now?” he asked.")
    (False, False)
    """
    words = line.split()
    if not (1 <= len(words) <= _QUESTION_WORDS and line.endswith("?")):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "$€£"):
        return False
    if any(c in '"“”‘:;!' for c in line) or _ADDRESS.search(line):
        return False
    # Only question marks inside: "$300,000? On a steak?" asks twice.
    if any(c in ".!" for w in words for c in w[-1:]):
        return False
    lowered = {w.lower().replace("’", "'").rstrip("?,") for w in words}
    return (
        all(_ASKED_WORD.fullmatch(w.rstrip("?")) for w in words if w.rstrip("?"))
        and not lowered & _SPEAKING
    )


def _answers(line: str | bytearray) -> bool:
    """Whether ``line``, a paragraph under a question, answers it: a paragraph's length,
    ending as a sentence does, not a question."""
    return (
        isinstance(line, str)
        and len(line) >= _SECTION_CHARS
        and ends_sentence(line)
        and not line.rstrip(CLOSING_QUOTES).endswith("?")
        and _FIRST_PERSON.search(_QUOTED.sub("", line[:_ASKED_CHARS])) is None
    )


def _asks_guest(line: str | bytearray) -> bool:
    """Whether ``line`` is a question that says "you": an interviewer's (see above)."""
    return (
        isinstance(line, str)
        and len(line) <= _ASKED_CHARS
        and line.rstrip(CLOSING_QUOTES).endswith("?")
        and _SECOND_PERSON.search(_QUOTED.sub("", line)) is not None
    )


Paragraph = tuple[str, str | bytearray, int]


def question_heads(lines: Iterable[Paragraph]) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with whether it is a question
    heading a section: a question of :func:`is_question_head`'s shape alone in its paragraph
    (spaced from the paragraphs around it) over a paragraph that answers it, when another such
    question, of other words, heads a section within :data:`_QUESTION_HOLD` paragraphs of it.
    Once two have, every later one on the page is. A long line (bytes) lets the held lines go,
    and a question to a guest (an interview's, see :func:`_asks_guest`) every question.
    """
    held: deque[tuple[str, str | bytearray, int, bool]] = deque()
    series = False
    interview = False  # a question to a guest was read: the page's questions are prose
    before: Paragraph | None = None  # the paragraph read last, waiting for the one under it

    def release(cut: bool) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        while held:
            gap, line, number, question = held.popleft()
            yield gap, line, number, cut and question

    def decide(item: Paragraph, question: bool) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        nonlocal series, interview
        gap, line, number = item
        if not interview and _asks_guest(line):
            interview, series = True, False
            held.append((gap, line, number, False))
            yield from release(False)
            return
        question = question and not interview
        if question and series:
            yield gap, line, number, True
            return
        if question and any(q and str(h) != str(line) for _, h, _, q in held):
            series = True
            held.append((gap, line, number, True))
            yield from release(True)
            return
        if question or held:
            held.append((gap, line, number, question))
            if not isinstance(line, str):
                yield from release(False)
            # Past the hold, the first question goes uncut with the paragraphs after it, up to
            # the next question held.
            while len(held) > _QUESTION_HOLD or (held and not held[0][3]):
                yield (*held.popleft()[:3], False)
            return
        yield gap, line, number, False

    for item in lines:
        if before is not None:
            # The question read last heads a section when the paragraph under it, spaced
            # from it, answers it (its own shape was read when it was held).
            yield from decide(before, item[0] == "\n\n" and _answers(item[1]))
            before = None
        # Only a question waits for the paragraph under it; any other goes on at once.
        if isinstance(item[1], str) and item[0] != "\n" and is_question_head(item[1]):
            before = item
        else:
            yield from decide(item, False)
    if before is not None:
        yield from decide(before, False)
    yield from release(False)


# A round-up of people sets each one's section under the person's name and a few words on
# them, a colon between: USA Today's New Hampshire primary guide (PolNeAR usa-today
# 2016-02-09): ``Sanders: Win in a walk.`` over "Vermont Sen. Bernie Sanders has led ...",
# ``Rubio: Finish second.``, ``Cruz: Just hang on.``; an NYT column whose scrape glued each
# heading to its section's first sentence (PolNeAR nyt 2016-07-11): ``Jeb Bush: Student loans
# Some big ideas do come to pass.``, ``Marco Rubio: Retirement accounts Two years ago, ...``.
# A transcript or an interview labels its speakers so too ("TRUMP: I will ..."), so a heading
# is a name in its own case, at most a few words after it, over (or glued to) a paragraph that
# names that person and opens with no label of its own; and the page has a series of them.
_NAME = r"[A-Z][a-z][\w'’.-]*(?: [A-Z][a-z][\w'’.-]*){0,2}"
_NAMED_HEAD = re.compile(rf"(?P<name>{_NAME}): (?P<topic>[A-Z][^.!?:;\"“”]*[\w.?])$")
# Glued: the topic in sentence case (a capital, then small words), then the sentence's capital.
_GLUED_NAMED_HEAD = re.compile(
    rf"(?P<name>{_NAME}): (?P<topic>[A-Z][a-z]+(?: [a-z][\w'’-]*){{0,3}}) (?=[A-Z])"
)
_LABEL = re.compile(rf"{_NAME}: ")
_NAMED_WORDS = 5
# A series: at least this many people's headings on the page, each under another name.
_NAMED_SERIES = 3
# A section: its heading's paragraph and at most this many under it.
_SECTION_PARAGRAPHS = 3
# Paragraphs held past a heading while the series waits for the next one: a section's length.
_NAMED_HOLD = 12


def _named_head(
    line: str | bytearray, under: str | bytearray | None, section: str
) -> tuple[str, str] | None:
    """``(heading, rest)`` when ``line`` opens with a person's section heading (see above):
    alone in its paragraph (``rest`` empty) over ``under``, or glued to its section's first
    sentence; else None. ``section`` is the text of the paragraphs under ``line``'s, where
    the section names its person when its first paragraph does not (the NYT column's
    "Under the Bush plan, ...")."""
    if not isinstance(line, str):
        return None
    whole = _NAMED_HEAD.match(line)
    if whole is not None and len(whole["topic"].split()) <= _NAMED_WORDS:
        if not isinstance(under, str):
            return None
        body, name = under, whole["name"]
        head, rest = line, ""
    else:
        glued = _GLUED_NAMED_HEAD.match(line)
        if glued is None:
            return None
        body, name = line[glued.end() :], glued["name"]
        head, rest = line[: glued.end()].rstrip(), body
    if len(body) < PARAGRAPH_CHARS or not ends_sentence(body) or _LABEL.match(body):
        return None
    named = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    return (head, rest) if named.search(body) or named.search(section) else None


def _shaped_named(line: str | bytearray) -> bool:
    """Whether ``line`` opens as a person's section heading does (see :func:`_named_head`)."""
    return isinstance(line, str) and (
        _NAMED_HEAD.match(line) is not None or _GLUED_NAMED_HEAD.match(line) is not None
    )


def named_heads(
    lines: Iterable[Paragraph],
) -> Iterator[tuple[str, str | bytearray, int, str]]:
    """Each ``(gap, line, number)`` of the kept paragraphs with the person's section heading
    it opens with (see :func:`_named_head`), ``""`` for none, and ``line`` the rest (``""``
    when the heading was the whole paragraph), once the page has :data:`_NAMED_SERIES` of them
    under different names. A line of the heading's shape waits for its section's paragraphs;
    a heading waits, with the paragraphs after it, for the series, up to :data:`_NAMED_HOLD`
    paragraphs past the last heading; any other line goes on at once."""
    pending: deque[Paragraph] = deque()  # a heading's shape first, waiting for its section
    held: deque[tuple[Paragraph, tuple[str, str] | None]] = deque()  # waiting for the series
    names: set[str] = set()
    series = False
    quiet = 0  # paragraphs held since the last heading

    def out(item: Paragraph, head: tuple[str, str] | None) -> tuple[str, str | bytearray, int, str]:
        gap, line, number = item
        return (gap, head[1], number, head[0]) if head else (gap, line, number, "")

    def release(cut: bool) -> Iterator[tuple[str, str | bytearray, int, str]]:
        while held:
            item, head = held.popleft()
            yield out(item, head if cut else None)

    def settle(
        item: Paragraph, after: list[Paragraph]
    ) -> Iterator[tuple[str, str | bytearray, int, str]]:
        nonlocal series, quiet
        gap, line, _ = item
        head = None
        if _shaped_named(line):
            under = after[0] if after else None
            alone = gap != "\n" and (under is None or under[0] == "\n\n")
            section = " ".join(p[1] for p in after if isinstance(p[1], str))
            found = _named_head(line, under[1] if under else None, section)
            head = found if found and (found[1] or alone) else None
        if series:
            yield out(item, head)
        elif head:
            names.add(head[0].split(":")[0])
            quiet = 0
            held.append((item, head))
            if len(names) >= _NAMED_SERIES:
                series = True
                yield from release(True)
        elif held:
            held.append((item, None))
            quiet += 1
            if quiet > _NAMED_HOLD:
                names.clear()
                yield from release(False)
        else:
            yield out(item, None)

    for item in lines:
        pending.append(item)
        while pending and (not _shaped_named(pending[0][1]) or len(pending) > _SECTION_PARAGRAPHS):
            first = pending.popleft()
            yield from settle(first, list(pending)[:_SECTION_PARAGRAPHS])
    while pending:
        first = pending.popleft()
        yield from settle(first, list(pending))
    yield from release(False)


# A series of subheadings: the first, alone in its paragraph, may share no word with its
# section ("Litany of mistakes." over "The FBI had interviewed Boston Marathon bomber ...",
# PolNeAR usa-today 2016-07-07), so the line rules keep it; its siblings lower down ("Sliding
# reputation.", "Crumbling competence.") are dropped once a series is known. A line of a
# series' subheading shape (is_subheading with ``series``: at most four words and a stop, no
# verb) is held, with the paragraphs under it, until a later one is dropped as a subheading:
# then it was the series' first. Sections run a few paragraphs each.
_SERIES_HOLD = 12
# A lone subheading whose section takes up its topic only past the first paragraph, which
# is_subheading reads (``Russian opposition.`` over "China's ambitious Central Asian plans did
# not go down well, at least initially, in Moscow." and then "... by the Russian leadership",
# PolNeAR wash-post 2015-12-28; ``The power of 'we.'`` over a section whose fifth paragraph
# has Perez talk of the "collective power of 'we'", wash-post 2016-07-06): the held line is a
# subheading when a later paragraph of its section, up to the sixth, opens with a word of it
# (its first 1,000 characters, as is_subheading reads). A heading names what its section is
# about, and a section takes its topic up within a few paragraphs. On every FNC-1 body and
# PolNeAR text, this takes six lines, every one a section's subheading ("Two-front war.",
# "Unique opportunity.", "Party of opportunity."), once a line with a person's pronoun and a
# question are left (see _names_topic), and an imperative clause: "Limit depreciation
# deductions." is the third of the four reforms an NYT op-ed lists as paragraphs under its
# lead-in (PolNeAR nyt 2016-10-14), kept with its siblings (see annotate.corpus._bullets).
_TOPIC_PARAGRAPHS = 6
# A heading names its topic and holds no person's pronoun; a short sentence of the story's
# does, as its subject or object ("He then beheads Foley.", FNC-1 481; "Call it viral
# fundraising.", PolNeAR breitbart 2016-07-26), and takes its words up too.
_PERSONAL = frozenset(
    [
        *("i", "me", "my", "we", "us", "our", "you", "your"),
        *("he", "him", "his", "she", "her", "it", "its", "they", "them", "their"),
    ]
)


# A word in quotes is named, not used: "The power of 'we.'" (PolNeAR wash-post 2016-07-06).
_QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”]*['’\"”](?!\w)")


def _names_topic(line: str) -> bool:
    """Whether ``line`` names a topic: a statement (a question alone in its paragraph is as
    often an interviewer's, answered in its own words: "In the back of the paper?" over
    "Typically in the back of the paper.", GUM's dungeon interview) with no personal pronoun
    outside quotes (see :data:`_PERSONAL`)."""
    if line.endswith("?"):
        return False
    words = re.findall(r"[^\W\d_]+", _QUOTED.sub(" ", line))
    return not any(w.lower() in _PERSONAL for w in words)


# The first of a series may ask instead, in a few words in title case with no verb ("What
# Ideology?", over a section on where Millennials stand, PolNeAR usa-today 2016-01-12, whose
# "Addressing violence." lower down is dropped as a subheading). A question the story asks
# its reader is in sentence case ("Who cares?", "The losers?", "Come again?"; the verb list
# does not know every verb) or one word ("Why?"; a noun asked alone, "Lawbreaker?", is a
# notebook's label once a series is known, see _ASKED_ALONE): on every FNC-1 body and
# PolNeAR text, the whole lines of two to four words in title case that ask are this one,
# "Managua Meteorite?" (FNC-1 601, dropped by its shared word already) and two headlines with
# a verb ("Who Is Kim Yo-Jong?", "Hugh Hefner Found Dead?"), all headings.
_ASKED_SERIES_WORDS = 4


def _asks_as_head(line: str) -> bool:
    """A question of two to four words in title case, with no verb and no other mark."""
    words = line[:-1].split()
    return (
        line.endswith("?")
        and 2 <= len(words) <= _ASKED_SERIES_WORDS
        and all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words)
        and not any(c in '.!?:;,"“”‘' for c in line[:-1])
        and is_verbless([w.lower().replace("’", "'") for w in words])
    )


# A notebook heads its items with a word or two ("Another first.", "Lawbreaker?", "@potus.",
# "quotable.", the Washington Post's convention notebook, PolNeAR wash-post 2016-07-29): its
# first item's label is the body's first paragraph, right under the title, and a label may
# ask in one word. Such a line is held as a series' first is, and cut only once the series
# is known below it (a question names no topic, see _names_topic): a noun asked alone, not
# a question word ("Why?", "Really?"), which the story asks its reader.
_TOP_LABEL_WORDS = 2
_ASKED_ALONE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*\?")
_ASKING_WORDS = frozenset(
    ["why", "what", "how", "who", "where", "when", "which", "really", "seriously", "so", "and"]
)


def _asks_in_a_word(line: str) -> bool:
    """A question of one capitalised word that is not a question word ("Lawbreaker?")."""
    return _ASKED_ALONE.fullmatch(line) is not None and line[:-1].lower() not in _ASKING_WORDS


def first_of_series(
    lines: Iterable[Paragraph], first_dropped: Callable[[], int | None]
) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with whether it is the first
    subheading of a series (see above). ``first_dropped`` gives the number of the first line
    dropped as a subheading so far, None before one: it is read as each paragraph comes, the
    lines above it decided. The stages upstream may have read ahead of a paragraph (a short
    page is read whole before its first line comes here), so a line is held unless a
    subheading was dropped *above* it: one dropped below it was not known when the line was
    decided.

    Only a line after the story's first paragraph that ended as a sentence is held: a line on
    top is a title's or a dek's, decided by the line rules. The body's first paragraph is held
    too, but cut only by the series (a notebook's first item's label, see :data:`_ASKED_ALONE`).
    """
    held: deque[Paragraph] = deque()
    shaped = False  # the held line's paragraph under it has been read (its shape then holds)
    body = False  # a paragraph ending as a sentence has gone by
    top = True  # no paragraph has come yet
    on_top = False  # the first held line is the body's first paragraph

    def release(cut: bool) -> Iterator[tuple[str, str | bytearray, int, bool]]:
        nonlocal shaped
        first = True
        while held:
            yield (*held.popleft(), cut and first)
            first = False
        shaped = False

    def series() -> bool:
        return first_dropped() is not None

    def unknown_above(number: int) -> bool:
        """No subheading was dropped above line ``number``: it was decided outside a series."""
        first = first_dropped()
        return first is None or first > number

    for item in lines:
        gap, line, number = item
        if held:
            if series():
                yield from release(True)
            elif not shaped:
                # A section under it: a paragraph set apart, ending as a sentence does.
                if (
                    gap == "\n\n"
                    and isinstance(line, str)
                    and len(line) >= _SECTION_CHARS
                    and ends_sentence(line)
                ):
                    shaped = True
                else:
                    yield from release(False)
            elif len(held) > _SERIES_HOLD:
                yield from release(False)
            elif (
                gap == "\n\n"
                and isinstance(line, str)
                # A line on top is a series' first only by the series: a lede's pun takes up
                # its word too ("Rest in purrs." over a cat buried "to rest", FNC-1 test 1553).
                and not on_top
                and len(held) <= _TOPIC_PARAGRAPHS
                and _names_topic(str(held[0][1]))
                and shares_topic(str(held[0][1]), line)
            ):
                # The section takes up its topic past its first paragraph (see above).
                yield from release(True)
        if (
            held
            or (
                isinstance(line, str)
                # The body's first paragraph too, under the title, in a word or two: a
                # notebook's first item's label (see _ASKED_ALONE). A long line is bytes, never
                # read so.
                and (body or (top and len(line.split()) <= _TOP_LABEL_WORDS))
                and (gap == "\n\n" or top)
                and line[:1].isupper()
                and unknown_above(number)
                # Its shape in a series: the paragraph under it is not read then.
                and (
                    is_subheading(line, "", series=True)
                    or _asks_as_head(line)
                    or _asks_in_a_word(line)
                )
                and not is_clause_item(line)
            )
        ):
            if not held:
                on_top = top
            held.append(item)
        else:
            yield (*item, False)
        top = False
        body = body or (
            isinstance(line, str) and ends_sentence(line) and len(line) >= _SECTION_CHARS
        )
    yield from release(series() and shaped)
