"""A live blog's update lines: ``Update at 2:02 p.m. ET. Soldier, Shooter Killed:``.

A page that follows the news as it comes opens each new entry with a stamp of the hour it
was posted (``7 p.m.``, ``6:05 p.m.``; AP's "The Latest" pages, all times in the zone their
first line names), perhaps with a label (``Update at 1:56 p.m. ET.``), and NPR's puts the
entry's headline on the same line, in headline case, ending in a colon (``Update at 1:34 p.m.
ET. U.S. In Close Touch:``). Neither is a sentence about the world: the stamp says when the
page changed, the headline what the entry under it says again. A label alone on its line
(``Update!``, ``UPDATE 2:``) marks the same place without the hour. The stamp alone on its
line is a date stamp (:func:`annotate.corpus._furniture.non_prose`, which asks
:func:`is_entry_stamp` for the stamps a date's shape does not take: ``Noon.``, ``9L15 p.m.``);
:func:`is_update_line` tells a stamp with its headline, or a label with neither.

At the page's top, before any sentence, a serial format sets a standing header over its first
entry (AP's ``The Latest on the U.S. presidential race (all times EDT):``,
:func:`is_standing_header`), and a live page its update stamp alone (``Updates at 5:10 p.m.``,
:func:`is_update_stamp`) over the update's heads, a headline's few words with no mark at their
end (:func:`is_update_head`). The cleaner reads them only there (annotate.corpus._clean).

A scrape may also flatten a whole live blog into one line (the Mirror's, FNC-1 1800 and test
1687): ``... For more, read on. 12:25 pm Listen to Jihadi John's accent In this video you can
hear ...``. There no line break tells an entry, but its stamps do: three clock times or more,
each opening an entry (a capital after it, no preposition before it: not ``at 10:30 a.m.``),
in the order a blog posts them (later to earlier, or earlier to later). :func:`split_live_blog`
cuts such a line at its stamps. After a stamp, a blog that heads its entries sets a short
heading in sentence case with no final mark, run into the entry's first sentence (``Neighbours
in shock The Mirror's Andy Lines is down ...``): the heading ends where a word opens the
sentence (one news capitalises only there, ``The``, ``Asked``, ``According``, ``_abbreviations
.STARTERS``) or after a closing quote (``'MI5 tried to recruit him' British security ...``).
Whether a blog heads its entries is read from all of them (most show that end), so a blog
that does not (test 1687: ``6:46 pm This harrowing picture shows Steven Sotloff ...``) keeps
every word; in one that does, an entry whose heading shows neither mark ends it at its first
capital after a lower-case word (``Beatles nickname Emwazi was given ...``). Before a stamp,
after the previous entry's last sentence end, what is left without a mark of its own is the
page's (a photo's credit and caption, a player's "Video loading", a tweet's sign-off), and
the blog's auto-refresh toggle opens the line (``Refresh automatically On | Off``);
cleaning names each (``annotate.corpus._clean``).

What keeps prose out: the stamp must be the line's first sentence, with its clock time and its
label only (a sentence that says what happened at that hour, ``At 2 p.m. police arrived.``,
has words of its own), and the rest a headline: at most eight words, each capitalised but
for a few short function words, and a colon at its end, as a lead-in to a quotation never has
in headline case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from annotate.corpus._abbreviations import STARTERS
from annotate.corpus._tweets import tweet_start

__all__ = [
    "is_entry_stamp",
    "is_standing_header",
    "is_update_head",
    "is_update_line",
    "is_update_stamp",
    "split_live_blog",
]

# A stamp's clock time after its label: perhaps "at" or a colon, the hour, perhaps its minutes,
# a.m. or p.m. ("Update at 1:56 p.m.", "Updated: 5 pm").
_STAMP_TIME = r"(?:\s+at)?\s*:?\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?"
# The stamp: a label ("Update", "Updated at", "UPDATE"), a clock time with a.m./p.m. and
# perhaps a zone ("ET", "EDT", "GMT"), a stop or a colon.
_STAMP = re.compile(
    rf"(?:updated?|posted){_STAMP_TIME}"
    r"(?:\s+[A-Z]{1,4}T\b\.?|\s+GMT\b\.?|\s+UTC\b\.?)?\s*[.:—–-]?\s+",
    re.I,
)
# A label alone: "Update!", "UPDATE:", "Update 2:", "Updated:" (a number counts the updates).
# Capitalised, as a blog sets its label: "update" alone in lower case is a scrape's remnant (a
# widget's element name, FNC-1 409), a ``label`` (see annotate.corpus._stubs).
_LABEL = re.compile(r"[\[(]?(?:U(?i:pdate[ds]?|pdated))(?:\s+\d{1,2})?\s*[:!.]?[\])]?")
# A headline's word: capitalised (or an initialism, "U.S."), or a short function word.
_HEAD_WORD = re.compile(
    r"[\"“‘']?(?:[A-Z\d][\w'’.&-]*|a|an|the|of|to|in|on|at|for|and|or|by|as|vs\.?|with|from)"
    r"[,;\"”’']?"
)
_HEAD_WORDS = 8


def is_update_line(line: str) -> bool:
    """Whether ``line`` is a live blog's update stamp with its entry's headline, or an update
    label alone.

    Examples
    --------
    >>> is_update_line("Update at 2:02 p.m. ET. Soldier, Shooter Killed:")
    True
    >>> is_update_line("Update!")
    True
    >>> is_update_line("update")
    False
    >>> is_update_line("Update at 2 p.m. ET. Police said:")
    False
    >>> is_update_line("Update: KFC confirmed it.")
    False
    """
    if len(line) <= 12 and _LABEL.fullmatch(line) is not None:
        return True
    stamp = _STAMP.match(line)
    if stamp is None or not line.endswith(":"):
        return False
    words = line[stamp.end() : -1].split()
    return 0 < len(words) <= _HEAD_WORDS and all(_HEAD_WORD.fullmatch(w) for w in words)


# An entry's stamp alone on its line that a date's shape does not take: the hours a blog
# names in words ("Noon.", "Midnight."), and a clock time whose colon the page mistyped as
# another character ("9L15 p.m.", AP's "The Latest", PolNeAR breitbart 2016-03-15): the
# hour, one mark, the minutes and "a.m."/"p.m.", nothing else.
_ENTRY_STAMP = re.compile(
    r"(?:Noon|Midnight|NOON|MIDNIGHT)(?: [A-Z]{1,4}T)?\.?|"
    r"\d{1,2}[^\s\d]\d{2} [ap]\.m\.(?: [A-Z]{1,4}T\.?)?"
)
_ENTRY_STAMP_CHARS = 16
# The rule of underscores between a serial format's entries, perhaps with a stray stop.
_ENTRY_RULE = re.compile(r"_{3,}\.?")
# The zone a live format's header names for its stamps: "(all times EDT):", "(all times local):".
_TIMES_NOTE = re.compile(r"\(all times [^()]{1,40}\):$", re.I)
# The first of a format's numbered headings, in capitals: "1. WHAT TRUMP’S ..." (see
# is_standing_header).
_FIRST_HEADING = re.compile(r"1[.)] [^a-z]+$")


def is_entry_stamp(line: str) -> bool:
    """Whether ``line`` is a live blog entry's stamp that a date's shape does not take.

    Examples
    --------
    >>> is_entry_stamp("Noon."), is_entry_stamp("9L15 p.m."), is_entry_stamp("Noon came.")
    (True, True, False)
    """
    return len(line) <= _ENTRY_STAMP_CHARS and _ENTRY_STAMP.fullmatch(line) is not None


def is_standing_header(line: str, below: str, below_kind: str | None) -> bool:
    """Whether ``line``, at the page's top before any sentence, is a serial format's standing
    header over its first entry: a lead-in with its colon directly over the first entry's
    clock stamp (``below_kind`` ``date``: AP's "The Latest on the U.S. presidential race (all
    times EDT):" over "7 p.m.", PolNeAR breitbart 2016-10-25) or over the first of its
    numbered headings (AP's "Your daily look at late-breaking news, ...:" over "1. WHAT
    TRUMP’S IMMIGRATION WAFFLING REFLECTS.", PolNeAR breitbart 2016-08-25). It says what the
    format is, each day the same; a story's lead-in leads into a quotation or a list of its own.

    Examples
    --------
    >>> is_standing_header("The Latest on the U.S. presidential race (all times EDT):",
    ...                    "7 p.m.", "date")
    True
    >>> is_standing_header("He said:", "“We will win.”", None)
    False
    """
    if not line.endswith(":"):
        return False
    # AP sets a rule of underscores between The Latest's entries, and one may stand over the
    # first stamp too ("___." under "The Latest on the race for the White House ... (all
    # times local):", PolNeAR breitbart 2016-02-08, seed 1568's judge). Over a rule, only a
    # header that names the zone of the stamps to come: AP's delegate count sets its story's
    # lead-in over one as well ("A look at where the race for those delegates stands, ...:",
    # PolNeAR breitbart 2016-06-04).
    if _ENTRY_RULE.fullmatch(below) is not None:
        return _TIMES_NOTE.search(line) is not None
    return below_kind == "date" or (
        below_kind == "heading" and _FIRST_HEADING.match(below) is not None
    )


# A live page's stamp alone on its line, as the page sets it over its top: "Updates at 5:10
# p.m.", "Update at 8:50 p.m. EDT" (a stamp with no headline after it).
_TOP_STAMP = re.compile(
    rf"(?:Update[ds]?|UPDATE[DS]?|Posted|POSTED){_STAMP_TIME}(?:\s+[A-Z]{{1,4}}T\b)?\.?"
)
# A head under it: a headline's few words with no mark at its end, or closed by its own
# source's stamp and a colon ("Downtown security zone reduced in size: Ottawa police, 5:09
# p.m.:").
_UPDATE_HEAD_WORDS = 16
_STAMPED_HEAD = re.compile(r".*, \d{1,2}[:.]\d{2} ?[ap]\.m\.:")


def is_update_stamp(line: str) -> bool:
    """Whether ``line`` is a live page's update stamp alone (see :data:`_TOP_STAMP`).

    >>> is_update_stamp("Updates at 5:10 p.m."), is_update_stamp("Update at 5 p.m. police came.")
    (True, False)
    """
    return _TOP_STAMP.fullmatch(line) is not None


def is_update_head(line: str) -> bool:
    """Whether ``line``, under a live page's update stamp at its top before any sentence, is
    one of the update's heads (FNC-1 body 1442: "Updates at 5:10 p.m." over "Soldier killed
    in War Memorial confirmed as Cpl. Nathan Cirillo", "Police call situation ‘fluid'; won’t
    say if other suspects involved", "Downtown security zone reduced in size: Ottawa police,
    5:09 p.m.:"): a headline's length, no mark at its end but its source's stamp and colon.
    The story's first paragraph, under the heads, ends as a sentence does.

    >>> is_update_head("Soldier killed in War Memorial confirmed as Cpl. Nathan Cirillo")
    True
    >>> is_update_head("A terrorist struck at the heart of the nation Wednesday.")
    False
    """
    if not line or len(line.split()) > _UPDATE_HEAD_WORDS:
        return False
    if _STAMPED_HEAD.fullmatch(line):
        return True
    return line[-1].isalnum() or line[-1] in "'’\")”"


# An entry's stamp in a flattened blog: a clock time with am/pm ("12:25 pm", "6:00p.m."), not
# inside a figure or a time range, before a capital or an opening quote.
_CLOCK = re.compile(
    r"(?<![\w:.,/-])(\d{1,2})[:.](\d{2}) ?([ap])\.? ?m\b\.?(?= [\"'“‘]?[A-Z])", re.I
)
# Words before a clock time that make it part of a sentence ("at 10:30 am", "until 6 pm").
_TIME_WORDS = frozenset(
    "at by from to until till about around after before since between and or of on than is"  # noqa: SIM905
    " was".split()
)
_LEAST_STAMPS = 3
# The auto-refresh toggle a live blog opens with.
_TOGGLE = re.compile(r"(?:Refresh automatically|Auto[- ]?refresh):?\s+On\s*\|?\s*Off\s+", re.I)
# The last sentence end in an entry: a final mark, perhaps closing quotes or a bracket.
# A tweet's sign-off may follow it with no space ("revelation.— Andy Lines (@andylines) ...").
_LAST_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$|—)")
# The most words a heading (or what the page set before a stamp) holds.
_HEAD_MOST = 8
_CLOSING = ("'", "’", '"', "”")
_FINAL = (".", "!", "?", "…")


def _minutes(match: re.Match[str]) -> int:
    hour, minute = int(match.group(1)) % 12, int(match.group(2))
    return (hour + 12 * (match.group(3).lower() == "p")) * 60 + minute


def _stamps(line: str) -> list[re.Match[str]]:
    """The clock times that open entries of a flattened live blog in ``line``, or none."""
    found = []
    for match in _CLOCK.finditer(line):
        before = line[max(0, match.start() - 12) : match.start()].split()
        if before and before[-1].lower().strip(",") in _TIME_WORDS:
            continue
        found.append(match)
    if len(found) < _LEAST_STAMPS:
        return []
    times = [_minutes(m) for m in found]
    steps = [b - a for a, b in pairwise(times)]
    if not (all(s <= 0 for s in steps) or all(s >= 0 for s in steps)) or not any(steps):
        return []
    # Each entry says something: a sentence end between one stamp and the next.
    for a, b in pairwise(found):
        if _LAST_END.search(line, a.end(), b.start()) is None:
            return []
    return found


def _heading_end(words: list[str], fallback: bool) -> int:
    """How many of an entry's first ``words`` are its heading (0 for none): up to a word that
    only opens sentences, or after a closing quote; with ``fallback``, else up to the first
    capital after a lower-case word."""
    loose = 0
    for k in range(1, min(len(words), _HEAD_MOST + 1)):
        previous, word = words[k - 1], words[k]
        if previous.endswith(_FINAL):
            return 0  # a sentence ended first: the entry has no heading
        if not word[:1].isupper():
            continue
        if word.strip(",:;") in STARTERS or previous.endswith(_CLOSING):
            return k
        if not loose and previous[:1].islower():
            loose = k
    return loose if fallback else 0


def split_live_blog(
    line: str, furniture: Callable[[str], str | None]
) -> tuple[str, list[tuple[str, str]]]:
    """A live blog flattened into ``line``, its entries' prose, and the rest cut out.

    Returns the entries' prose joined by spaces, and the pieces cut out in order, each as
    ``(kind, text)``: ``date`` (an entry's stamp), ``heading`` (its heading), ``boilerplate``
    (the auto-refresh toggle), or what ``furniture`` names the words left between an entry's
    last sentence end and the next stamp (a credit, a caption; None keeps them as prose). A
    line that is not a flattened blog comes back whole, with nothing cut.

    Examples
    --------
    >>> line = ("Refresh automatically On | Off The blog opens. 12:25 pm Accent heard The video "
    ...         "is out. Getty 12:20 pm Reign of terror The man was seen. 12:10 pm PM "
    ...         "'concerned' Asked, No 10 said so.")
    >>> body, cut = split_live_blog(line, lambda words: "credit" if words == "Getty" else None)
    >>> body
    'The blog opens. The video is out. The man was seen. Asked, No 10 said so.'
    >>> cut[:2]
    [('boilerplate', 'Refresh automatically On | Off'), ('date', '12:25 pm')]
    >>> cut[2:4]
    [('heading', 'Accent heard'), ('credit', 'Getty')]
    """
    stamps = _stamps(line)
    if not stamps:
        return line, []
    cut: list[tuple[str, str]] = []
    toggle = _TOGGLE.match(line)
    start = 0
    if toggle is not None:
        cut.append(("boilerplate", line[: toggle.end()].strip()))
        start = toggle.end()
    texts = [line[start : stamps[0].start()]]
    texts += [line[a.end() : b.start()] for a, b in pairwise(stamps)]
    texts.append(line[stamps[-1].end() :])
    entries = [t.split() for t in texts[1:]]
    headed = sum(_heading_end(w, False) > 0 for w in entries) * 2 >= len(entries)
    prose: list[str] = []
    for i, text in enumerate(texts):
        if i:
            cut.append(("date", stamps[i - 1].group().strip()))
            words = entries[i - 1]
            k = _heading_end(words, True) if headed else 0
            if k:
                cut.append(("heading", " ".join(words[:k])))
            text = " ".join(words[k:])
        page, kind = "", None
        if i < len(texts) - 1:
            ends = list(_LAST_END.finditer(text))
            if ends and len(text[ends[-1].end() :].split()) <= _HEAD_MOST:
                page = text[ends[-1].end() :].strip()
                kind = furniture(page) if page else None
                if kind is not None:
                    text = text[: ends[-1].end()]
                # A tweet's sign-off takes the tweet's text with it, as in a paragraph
                # (annotate.corpus._tweets.split_glued_tweet): the blog embeds the tweet whole.
                tweeted = tweet_start(text) if kind == "tweet" else None
                if tweeted is not None:
                    page = f"{text[tweeted:].strip()}{' ' if page[:1].isalnum() else ''}{page}"
                    text = text[:tweeted]
        if text.strip():
            prose.append(text.strip())
        if kind is not None:
            cut.append((kind, page))
    return " ".join(prose), cut
