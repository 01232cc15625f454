"""Pull quotes: a quotation set alone on its line that repeats words said elsewhere in the story.

A page lifts a speaker's words out of the story and sets them large between paragraphs, often
with the speaker's name under them (FNC-1 148: ``“It is very unusual behaviour , and will have
left his victims feeling confused and upset”`` / ``Sgt Gill Cherry``, two lines before the
paragraph that says it; HuffPost's ``"Michigan is a state we feel we’ve got a lead on. ...`` /
``John Podesta, campaign chairman for Hillary Clinton."``). Scraped into text, the copy is a
second task for the same words, and the name is no sentence at all. The signal is the
repetition itself, not a look: a line that is a quotation alone (it opens with a quote mark
and nothing follows its closing one) whose words, in order, are found inside another line of
the same article is a copy, and goes (unless the line before leaves a quotation open: then it
is the next paragraph of that quotation, as FNC-1 1481's ``"You lucky son of a b***h."``
after ``"I saw it hit your Kevlar.``); the copy kept is the longer line (the paragraph that
says it), or, of two lines with the same words, the one that ends like a sentence
(the lifted quote loses its stop: ``... upset”`` beside ``... upset."``), else the first.
The line right after a dropped copy, when it is short and does not end like a sentence (a
name, a role, a dash before them, or HuffPost's closing quote after the name), is its
attribution.

Measured on every FNC-1 body and PolNeAR text (benchmarks/RESULTS.md, issue 12, `fix/seg8`):
pull quotes, quotations set as subheadings (``'A fight from start to finish.'``) and quoted
headlines repeated in the body; token overlap without the order (0.8 or 0.9 of the words)
also takes prose that quotes the same speaker twice, so the words must come in order.

Two boxes are told by their layout as well as by the repeat (``fix/seg69``). A sentence of
the story's own (no quotation mark first) set alone after a paragraph break and close over the
next paragraph, the box's frame lost but not its line break, whose words (at least
:data:`_BOXED_WORDS`) are found whole inside a longer line, is a copy (FNC-1 538's ``By some
accounts, the capture of Baghdadi's wife and son provides ...`` two lines over the paragraph
that says it; FNC-1 1660, test 2373); alone in its paragraph it is the story's (The Latest's
reposted entries, a dek's first sentence said again under it). And HuffPost's quotation set
close over its speaker's name that closes the mark is a copy when each of its sentences is said
whole in the story, though the box dropped the attribution between them (PolNeAR huff-post
2016-08-23 and 2016-11-07).

A quotation alone that repeats nothing may still be the page's: a section's heading set as a
speaker's words (Ars Technica's ``“I think the story is nonsense”``, FNC-1 2178, seed 1588's
judge; CNN's ``'Our government needs to be ... willing to negotiate'``, FNC-1 test 248). Its
shape tells it, where it stands: a line's few words with no sentence end inside nor before
the closing mark, a paragraph of its own between a paragraph that ends as a sentence and
closes its quotations (else the line is that quotation's next paragraph, its stop lost, FNC-1
1167) and one that ends as a sentence; news keeps the stop inside a quotation it sets as a
paragraph. Dropped as ``heading`` (:func:`_quoted_heading`); on every FNC-1 body and PolNeAR
text, it takes those two and FNC-1 test 2105's ``‘Gay conversion therapy killed my son’``,
nothing else (round 35).

The same comparison, with the order kept but not every word, finds a caption that says a
sentence of the story again: a line in a caption's shape without a mark
(:func:`annotate.corpus._captions.is_unmarked_caption`) of which at least 80% of the words, in
order, are those of a line that ends like a sentence is dropped as ``caption`` (FNC-1 59's
``Footage shows a 'bear-like' figure ...`` beside ``The footage shows a 'bear-like' figure
....``). Measured in ``fix/seg11``: 56 lines of FNC-1 train and test, captions and deks that
restate the story, no PolNeAR line. After a caption that restates a sentence before it, the
page's other lines in a caption's shape, each alone in its paragraph, are captions too
(``fix/seg27``: the Daily Mail sets all its captions without a mark, and not each restates a
sentence).

A caption may say the sentence right before it again in other words, the Daily Mail's way
(``When Chien's girlfriend did not turn up he lit the fireworks anyway, hoping she would see
them and come to see what was happening`` under "But when she forgot to turn up he set them
off anyway hoping she would see them and go and see what was happening.", FNC-1 612, round
30's judges): then fewer of its words are the sentence's, but the two are the same length
and most of each is the other's, in order, which two sentences of a story in a row never
are. So a line in a caption's shape without a mark, alone in its paragraph, of which at
least half the words, in order, are those of the last sentence of the line right before it,
and they at least half of that sentence's (:data:`_REWORDED`), is dropped as ``caption``;
not when it speaks in the first person (a post or a tweet the story quotes, ``My hair keeps
getting caught in ...``, FNC-1 2088). On every FNC-1 body and PolNeAR text two lines are
so read, both captions (FNC-1 612, test 2258).

A caption may retell the story in its own order, taking its facts from two or three of the
story's sentences (the Daily Mail's ``Oliver Ilic, 22, from Macedonia, called for help after
he was unable to stop the bleeding after he cut off his penis`` between "... 22-year-old
Oliver Ilic, was unable to stop the bleeding." and "He called emergency services ...", FNC-1
503; ``Brian Williams is at the center of a media firestorm over his embellished war story
and now it transpires that NBC News executives ... had known for years that the story was
false`` between the sentences that say each half, FNC-1 110; seeds 1598 and 1601's judges).
No run of its words is a sentence's, but its content words (the small words left out, each
word by its first letters) are: at least 40% of them in one sentence of the story, 85% in the
story's sentences around it (:func:`_retells`). The place and the page tell it too: a line in
a caption's shape without a mark, alone in its paragraph, under a paragraph that ends its
sentence; a story's sentence that lost its stop brings facts of its own. Not a line in the
first person (a post), not one that ends on a verb of saying and its listener (the lead-in to
the quotation under it, ``... told the Post``, FNC-1 1424), not a timeline's line between two
entries (FNC-1 1554). Such a caption tells that the page sets captions, as one that restates
a sentence does (FNC-1 503's last line, ``The 22-year-old, who blamed his small penis for
being dumped, was taken to hospital in bloodstained jeans``). On every FNC-1 body and PolNeAR
text it takes 11 lines of 8 articles (FNC-1 110, 503, 1412, test 106, 1204, 1285, 1493,
1935), Daily Mail captions and one helpline notice closing a page that so sets its captions.

The stream is read through a window (:data:`WINDOW` characters of lines after a line and
before it): a pull quote sits near the paragraph it repeats (in FNC-1 and PolNeAR within a few
paragraphs), and a window keeps the cleaner's memory bounded on a 50 MB article.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from typing import cast

from annotate.corpus._captions import is_unmarked_caption, opens_entry
from annotate.corpus._furniture import LABELLED_CAPTION_WORDS, has_caption_label
from annotate.corpus._headlines import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    ends_sentence,
    has_inner_end,
)
from annotate.corpus._held_lines import DroppedBetween

__all__ = ["WINDOW", "drop_repeats", "is_attribution", "quotation_alone", "words"]

# How far around a quotation its repeat is looked for, in characters of kept lines.
WINDOW = 20_000
# A line longer than this is compared as the line that says the words, never as a copy; longer
# than a window it is not compared at all (its words would be a second copy of it).
_QUOTE_WORDS = 60
_MIN_WORDS = 3
# A sentence of the story's own in a box: fewer words are found inside a paragraph by chance
# (FNC-1 test 1714's caption "The original photo." in "... took the original photo of ...").
_BOXED_WORDS = 8
_ATTRIBUTION_WORDS = 12
# A caption restates a sentence when this share of its words are the sentence's, in order.
_RESTATED = 0.8
# Or this share of its words are in runs of _PHRASE words found in the sentence, the phrases
# set in another order (the Daily Mail's "Pope Francis confirmed that there is a place in
# heaven for dogs and 'all of God's creatures' during his weekly address in the Vatican's St.
# Peter's Square" under "Speaking at his weekly address in the Vatican's St. Peter's Square,
# Pope Francis confirmed that there is a place in heaven for ...", FNC-1 218).
_REORDERED = 0.85
_PHRASE = 3
# A caption in other words: this share of its words, in order, are those of the sentence
# right before it, and of that sentence's words.
_REWORDED = 0.5
_FIRST_PERSON = frozenset(["i", "me", "my", "we", "us", "our", "i'm", "i've", "we're"])
_WORD = re.compile(r"[^\W_]+")
# Words after the closing mark: an attribution on the line ("..., he said."), so not alone.
_AFTER_CLOSE = re.compile(r"[\"”][^\"“”]*[^\W_]")
# A sentence's end inside a quotation: a mark (or an ellipsis), any closing marks, a space.
_SENTENCE_BREAK = re.compile(r"(?:[.!?…]+)[\"”’')\]]*\s+")
# A line of dashes alone: an attribution's dash that lost its name, or a rule.
_DASHES = re.compile(r"[-–—]+")
# A quotation set as a section's heading: a line's few words at most. The paragraph under it
# ends as a sentence, or is a paragraph's length and leads into what the page embedded after it
# with a colon (FNC-1 2178's "..., who wrote on Twitter:", the tweet lost).
_HEAD_WORDS = 10
_LEAD_IN_CHARS = 60
# A single quote mark that opens a quotation (after a space, a colon's space or the line's
# start, before a word) and one that closes it (after a word or a stop, before a space, a
# mark or the end); an apostrophe inside a word ("Jones’s") is neither.
_OPENS_SINGLE = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
_CLOSES_SINGLE = re.compile(r"(?<=[\w.!?,])['’](?=[\s.,;:!?)\"”]|$)")


def words(line: str) -> str:
    """The line's words, case-folded, one space apart: what two copies of a text share.

    Examples
    --------
    >>> words("“It is very unusual behaviour , and will have left ...”")
    'it is very unusual behaviour and will have left'
    """
    return " ".join(_WORD.findall(line.casefold()))


def quotation_alone(line: str) -> bool:
    """Whether ``line`` is a quotation with nothing around it: no lead-in, no attribution.

    Examples
    --------
    >>> quotation_alone("“Some scorpions are very poisonous but the main thing is creating fear”")
    True
    >>> quotation_alone('"I think it was one of those spur of the moment things," Roche said.')
    False
    """
    # A comma last: the attribution that went with it is lost, not set apart.
    if line[:1] not in OPENING_QUOTES or line.rstrip(CLOSING_QUOTES).endswith(","):
        return False
    inner = line[1:].rstrip(".!?… ").rstrip(CLOSING_QUOTES)
    if line[0] in '"“':
        # Double quotes: a closing mark inside, with words after it, is an attribution or
        # a second quotation.
        return _AFTER_CLOSE.search(inner) is None
    # Single quotes: apostrophes look alike, so only the end is read.
    return line.rstrip(".!?… ")[-1:] in CLOSING_QUOTES or ends_sentence(line)


def is_attribution(line: str) -> bool:
    """Whether ``line``, right after a pull quote, is its speaker's name (or role) alone.

    Examples
    --------
    >>> is_attribution("Sgt Gill Cherry")
    True
    >>> is_attribution('John Podesta, campaign chairman for Hillary Clinton."')
    True
    >>> is_attribution("Cumbria Police are still trying to trace the first female victim.")
    False
    """
    if not line or len(line.split()) > _ATTRIBUTION_WORDS or line[0] in OPENING_QUOTES:
        return False
    if line[0] in "-–—":
        return True
    if line[-1] in '"”' and not any(c in line for c in "“"):
        # HuffPost closes the pull quote's mark after the name: 'Bill Clinton."'.
        return line.count('"') == 1 or line.endswith("”")
    return not ends_sentence(line) and line[-1] not in ":;,"


def _quoted_heading(line: str, above: str, below: str | bytearray) -> bool:
    """Whether ``line``, a quotation alone in its paragraph that repeats no sentence of the
    story, is a section's heading set as a quotation (see the module docstring): a line's few
    words, no sentence end inside it nor before its closing mark, between a paragraph that ends
    as a sentence and closes every quotation it opens and one that ends as a sentence (or
    leads into an embed with its colon, see :data:`_HEAD_WORDS`).

    Examples
    --------
    >>> _quoted_heading("“I think the story is nonsense”", "“... due to you violating the "
    ...     "rules.”", "There was good reason to be skeptical of this report.")
    True
    >>> _quoted_heading("'He went through obstacles, yet still came out on top'", "He "
    ...     "added: 'Jones’s technique is what makes him so successful.", "And despite ...")
    False
    """
    return (
        line[-1:] in CLOSING_QUOTES
        and line[-2:-1].isalnum()
        and len(line.split()) <= _HEAD_WORDS
        and not has_inner_end(line)
        and ends_sentence(above)
        and not _leaves_open(above)
        and isinstance(below, str)
        and (ends_sentence(below) or (len(below) >= _LEAD_IN_CHARS and below.endswith(":")))
    )


def _leaves_open(line: str) -> bool:
    """Whether ``line`` opens a quotation it does not close: more double marks open than
    closed, or a single mark that opens after the last that closes (apostrophes inside words
    are neither)."""
    if _double_left_open(line):
        return True
    opens = [m.start() for m in _OPENS_SINGLE.finditer(line)]
    closes = [m.start() for m in _CLOSES_SINGLE.finditer(line)]
    return bool(opens) and (not closes or opens[-1] > closes[-1])


def _double_left_open(line: str) -> bool:
    """Whether ``line`` leaves a double quotation open: more curly marks open than closed, or
    an odd count of straight ones. The single marks are read apart by each caller, as an
    apostrophe looks like one."""
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _closes_box(line: str) -> bool:
    """Whether ``line`` is a speaker's name closing the quotation mark a pull quote opened on
    the line above (HuffPost's ``John Podesta, campaign chairman for Hillary Clinton."``)."""
    return line[-1:] in '"”' and line.count('"') + line.count("”") == 1 and is_attribution(line)


def _is_copy(quote: str, quote_words: str, other: str, other_words: str, later: bool) -> bool:
    """Whether ``quote`` is a copy of words ``other`` says (see the module docstring)."""
    if f" {quote_words} " not in f" {other_words} ":
        return False
    if len(other_words) > len(quote_words):
        return True
    # The same words: the copy is the one that lost its sentence end, else the later one.
    ends, other_ends = ends_sentence(quote), ends_sentence(other)
    return (other_ends and not ends) or (ends == other_ends and later)


def _left_open(behind: deque[tuple[int, str, int]]) -> bool:
    """Whether the line decided last opens a quotation it does not close: more double
    marks open than closed, or a single mark first and none last (apostrophes make single
    marks inside a line unreadable: ``'When I was 14, ... who I was.``)."""
    last = behind[-1][1] if behind else ""
    if _double_left_open(last):
        return True
    return last[:1] in "'‘" and last.rstrip(".!?… ")[-1:] not in "'’"


def _candidate(gap: str, line: str | bytearray) -> tuple[str | None, bool]:
    """The words of ``line`` (after ``gap``) when it may be a pull quote or a caption that
    repeats a sentence, else None; and whether it may be a sentence of the story's own in a
    box (see :func:`drop_repeats`)."""
    if not isinstance(line, str):
        return None, False
    if _caption_shaped(line) or _labelled_sentence(line):
        return words(line), False
    alone = quotation_alone(line)
    # A box's sentence comes after a paragraph break.
    box = not alone and gap == "\n\n" and _one_sentence(line)
    if not alone and not box:
        return None, False
    found = words(line)
    count = found.count(" ") + 1
    if alone and _MIN_WORDS <= count <= _QUOTE_WORDS:
        return found, False
    return (found, True) if box and _BOXED_WORDS <= count <= _QUOTE_WORDS else (None, False)


def _caption_shaped(line: str) -> bool:
    """Whether ``line`` has a caption's shape without a mark (see
    annotate.corpus._captions.is_unmarked_caption), its last words a quotation that lost its
    stop as well: the page's copy of a speaker's sentence (FNC-1 438's ``Sgt Gill Cherry from
    said: 'We are treating these two reported incidents as linked'`` under the paragraph that
    says it and goes on); the story closes a quotation after its mark."""
    if line[-1:] in CLOSING_QUOTES and line[-2:-1].isalnum():
        line = line[:-1]
    return is_unmarked_caption(line)


# A tabloid's caption label: one or two words and a colon before the caption's capital
# ("Fears: Nearly a dozen ...", "Black market: The report claims ..."). A pronoun first is a
# speaker's lead-in ("He explained: ..."), which the story sets before a quotation.
_CAPTION_LABEL = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+)?[?!]?: [A-Z]")
_LEAD_IN_FIRST = frozenset(["he", "she", "it", "they", "we", "i", "you", "this", "that"])


def _labelled_sentence(line: str) -> bool:
    """Whether ``line`` is a caption's label and one sentence or two that end with their stop:
    the shape of a tabloid's caption that kept its stop, which the line rules leave (the
    story's paragraphs may open with a label too: ``Update: ...``), so only its neighbours
    tell it (see :func:`drop_repeats`).

    Examples
    --------
    >>> _labelled_sentence("Fears: Nearly a dozen commercial planes are missing in Libya.")
    True
    >>> _labelled_sentence("He explained: Daily attacks continue to target all Iraqis.")
    False
    """
    return (
        _CAPTION_LABEL.match(line) is not None
        and line.split(None, 1)[0].lower() not in _LEAD_IN_FIRST
        and ends_sentence(line)
        and len(line.split()) <= LABELLED_CAPTION_WORDS + 10
    )


def _one_sentence(line: str) -> bool:
    """Whether ``line`` is one sentence of the story's own (no quotation mark first), which
    a page may set alone in a box as it does a quotation (see :func:`drop_repeats`)."""
    return line[:1] not in OPENING_QUOTES and ends_sentence(line) and not has_inner_end(line)


def _boxed_copy(quote: str, others: Iterable[str]) -> bool:
    """Whether the words ``quote`` of a sentence alone are said again inside a longer line
    among ``others`` (their words): the paragraph the box lifted it from."""
    return any(len(other) > len(quote) and f" {quote} " in f" {other} " for other in others)


def _said_piecewise(line: str, others: list[str]) -> bool:
    """Whether each sentence of the quotation ``line`` is said, word for word, inside one of
    the lines whose words are ``others``: a pull quote that drops the attribution between its
    sentences (PolNeAR huff-post 2016-08-23: ``"“If I was a donor, I’d want answers. If they
    ...`` for ``“If I was a donor, I’d want answers,” said a prominent Republican ... “If they
    ...``), or joins two paragraphs' quotations (huff-post 2016-11-07's Ornstein)."""
    pieces = [words(piece) for piece in _SENTENCE_BREAK.split(line)]
    pieces = [piece for piece in pieces if piece]
    return bool(pieces) and all(
        any(f" {piece} " in f" {other} " for other in others) for piece in pieces
    )


def _restates(mine: list[str], distinct: set[str], other: str, other_words: str) -> bool:
    """Whether the words ``mine`` of a line without a final mark (``distinct``: their set)
    are, nearly all and in order, those of ``other``, a line that ends like a sentence: the
    caption that repeats it. The caption's words are split once, not once per line compared."""
    if not ends_sentence(other):
        return False
    theirs = other_words.split()
    if len(theirs) < len(mine) * _RESTATED or len(distinct.difference(theirs)) > len(mine) * (
        1 - _RESTATED
    ):
        return False
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    if sum(b.size for b in matcher.get_matching_blocks()) >= len(mine) * _RESTATED:
        return True
    return _phrase_cover(mine, theirs) >= len(mine) * _REORDERED


def _rewords(mine: list[str], above: str) -> bool:
    """Whether the words ``mine`` of a line without a final mark say again, in other words,
    the last sentence of ``above``, the line right before it (see the module docstring)."""
    if not ends_sentence(above) or _FIRST_PERSON.intersection(mine):
        return False
    theirs = words(_SENTENCE_BREAK.split(above)[-1]).split()
    if min(len(mine), len(theirs)) < max(len(mine), len(theirs)) * _REWORDED:
        return False
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    shared = sum(b.size for b in matcher.get_matching_blocks())
    return shared >= len(mine) * _REWORDED and shared >= len(theirs) * _REWORDED


# The small words of a sentence, which any two sentences share: what a retelling is not told by.
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "it",
        "its",
        "he",
        "she",
        "his",
        "her",
        "him",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "who",
        "which",
        "what",
        "when",
        "where",
        "while",
        "after",
        "before",
        "over",
        "into",
        "about",
        "than",
        "then",
        "there",
        "here",
        "not",
        "no",
        "so",
        "if",
        "up",
        "out",
        "also",
        "said",
        "says",
        "now",
    ]
)
# A word's stem: its first letters ("embellished", "embellishing").
_STEM = 5
# A caption that retells the story in its own order: this share of its content words are in
# one sentence of the story, and this share in the story's sentences around it.
_RETOLD_ONE = 0.4
_RETOLD_ALL = 0.85
_RETOLD_LEAST = 6


# A line that ends on a verb of saying and its listener leads into the words under it ("One of
# Emwazi's close friends who identified him told the Post" over "I have no doubt ...", FNC-1
# 1424): the story's lead-in that lost its colon, not a caption.
_SAYS_LAST = re.compile(
    r"\b(?:told|tells|said|says|added|adds|wrote|writes|explained|stated|insisted)"
    r"(?: [\w'’]+){0,3}$"
)


def _content(text_words: Iterable[str]) -> set[str]:
    """The stems of the words of a text that are not its small words (see :func:`_retells`)."""
    return {w[:_STEM] for w in text_words if w not in _SMALL_WORDS and len(w) > 1}


def _retells(mine: list[str], others: Iterable[str]) -> bool:
    """Whether the words ``mine`` of a line without a final mark retell, in their own order,
    what the lines ``others`` (each ending like a sentence) say: most of its content words are
    one sentence's, nearly all are said in the sentences around it (see the module docstring).
    """
    content = _content(mine)
    if (
        len(content) < _RETOLD_LEAST
        or _FIRST_PERSON.intersection(mine)
        or _SAYS_LAST.search(" ".join(mine))
    ):
        return False
    said: set[str] = set()
    best = 0
    for other in others:
        if not ends_sentence(other):
            continue
        for sentence in _SENTENCE_BREAK.split(other):
            shared = content.intersection(_content(words(sentence).split()))
            best = max(best, len(shared))
            said |= shared
    return best >= len(content) * _RETOLD_ONE and len(said) >= len(content) * _RETOLD_ALL


def _phrase_cover(mine: list[str], theirs: list[str]) -> int:
    """How many of the words ``mine`` lie in a run of :data:`_PHRASE` words said in that order
    in ``theirs``: the sentence's phrases, in whatever order the caption sets them."""
    n = _PHRASE
    said = {tuple(theirs[i : i + n]) for i in range(len(theirs) - n + 1)}
    covered = [False] * len(mine)
    for i in range(len(mine) - n + 1):
        if tuple(mine[i : i + n]) in said:
            covered[i : i + n] = [True] * n
    return sum(covered)


def _dash_between(dropped: DroppedBetween | None, first: int, last: int) -> bool:
    """Whether the raw lines between ``first`` and ``last`` are all lines of dashes alone that
    the line rules dropped, with no blank line among them: a box's attribution that kept its
    dash and lost its name, set close between the box's sentence and the paragraph under it
    (see the module docstring)."""
    if dropped is None or last - first < 2:
        return False
    between = dropped(first, last)
    return len(between) == last - first - 1 and all(
        _DASHES.fullmatch(text.strip()) is not None for _, _, text in between
    )


def _opens(stub: str, line: str) -> bool:
    """Whether ``line`` opens with ``stub`` and goes on after it (a comma, a colon, a space)."""
    return len(line) > len(stub) + 1 and line.startswith(stub) and not line[len(stub)].isalnum()


def _credited(ahead: deque[tuple[str, str | bytearray, int, str | None]]) -> bool:
    """Whether the lines after a quotation alone are its credit and then the paragraph that
    opens with the same words: the page lifted the quote and its speaker out of that paragraph
    (FNC-1 148: ``“It is very unusual behaviour ...”`` / ``Sgt Gill Cherry`` / ``Sgt Gill
    Cherry said: "...``; FNC-1 1678: ``“We'll train them to voluntarily change their names.”``
    / ``The document reads`` / ``The document reads: "... and train them to voluntarily
    change their names.``, where the quote is reworded and no copy is found by its words).
    A speaker's name is no sentence, and the story never says it alone just before it says it
    again at the head of a paragraph."""
    if len(ahead) < 2:
        return False
    credit, line = ahead[0][1], ahead[1][1]
    return (
        isinstance(credit, str)
        and isinstance(line, str)
        and is_attribution(credit)
        and _opens(credit, line)
    )


def drop_repeats(
    lines: Iterable[tuple[str, str | bytearray, int]],
    captioned: deque[tuple[int, str]] | None = None,
    dropped: DroppedBetween | None = None,
) -> Iterator[tuple[str, str | bytearray, int, str | None]]:
    """Each ``(gap, line, number)`` with the kind it is dropped as (``pull-quote``,
    ``credit``, ``caption``, ``heading``) or None when kept; the gap of a kept line is mended
    for the lines dropped before it (``"\\n\\n"``, or ``""`` when nothing was kept before).

    A quotation alone, or a line in a caption's shape without a mark, is decided once
    :data:`WINDOW` characters of lines after it have been read, or the article has ended, and
    the lines after it wait with it; any other line as soon as it is read. The words of lines
    up to :data:`WINDOW` characters before a line are kept for the comparison.

    ``captioned`` holds the ``(number, line)`` of captions the line rules dropped before the
    lines read so far, appended as they are dropped (see annotate.corpus._clean); they are
    popped as the lines after them are decided. One of them that restates a sentence before it
    tells that the page sets captions as well as a kept one does: a tabloid's caption under
    its "Scroll down for video" is dropped by the line rules, and the same page's captions
    lower down, which no rule of their own tells, are this stage's (FNC-1 781, test 1748).

    ``dropped(a, b)`` gives the kind and text of the lines the line rules dropped between raw
    lines ``a`` and ``b``: a box's sentence is set close over the next paragraph when only a
    dash alone stands between them (see :func:`_dash_between`).
    """
    captioned = deque() if captioned is None else captioned
    ahead: deque[tuple[str, str | bytearray, int, str | None]] = deque()  # not yet decided
    ahead_chars = 0
    boxes: set[int] = set()  # the numbers of lines ahead that may be a box's sentence
    # Lines decided, each as it is if short, else "" (never a long line itself, which the
    # caller lets go of once it has it); their words are only read for a quotation, rarely.
    behind: deque[tuple[int, str, int]] = deque()  # (line number, line, its length)
    behind_chars = 0
    kept_any = False
    dropped_last: str | None = None  # the kind of the line decided last, if it was dropped
    restated = False  # a caption that restates a sentence was dropped: the page sets captions
    last_caption: tuple[int, str] | None = None  # the last caption dropped before the line

    # A tabloid sets most paragraphs as quotations alone, each compared with the lines around
    # it: the words of a line are made once, and forgotten when the line leaves the window.
    said: dict[int, str] = {}

    def text_words(number: int, line: str | bytearray) -> str:
        if not isinstance(line, str) or len(line) > WINDOW:
            return ""
        if number not in said:
            said[number] = words(line)
        return said[number]

    def restates_before(number: int, line: str) -> bool:
        """Whether ``line`` (at ``number``) is a caption without a mark that restates a
        sentence decided before it."""
        mine = words(line).split()
        distinct = set(mine)
        return any(
            _restates(mine, distinct, other, text_words(at, other))
            for at, other, _ in behind
            if other and at < number
        )

    def between_entries() -> bool:
        """Whether the line being decided stands between two entries of a timeline (see
        annotate.corpus._captions.opens_entry): the text of the entry above it."""
        above = behind[-1][1] if behind else ""
        below = ahead[0][1] if ahead else ""
        return opens_entry(above) and isinstance(below, str) and opens_entry(below)

    def labelled_before() -> bool:
        """Whether the caption dropped last before the line being decided has a label and
        follows the line decided before it (no line of the story between them)."""
        return (
            last_caption is not None
            and (not behind or last_caption[0] > behind[-1][0])
            and has_caption_label(last_caption[1])
        )

    def labelled_after(number: int) -> bool:
        """Whether a caption with a label was dropped after line ``number`` and before the
        next line that reaches this stage (all of them read by now: the line waited)."""
        below = ahead[0][2] if ahead else None
        return any(
            number < at and (below is None or at < below) and has_caption_label(caption)
            for at, caption in captioned
        )

    def set_close(number: int) -> bool:
        """Whether the line after line ``number`` (the first ahead) is set close under it: no
        blank line between them, or only a box's dash (see :func:`_dash_between`)."""
        gap, _, below, _ = ahead[0]
        return gap == "\n" or _dash_between(dropped, number, below)

    def decide() -> tuple[str, str | bytearray, int, str | None]:
        nonlocal ahead_chars, behind_chars, kept_any, dropped_last, restated, last_caption
        gap, line, number, quote = ahead.popleft()
        boxed_here = number in boxes
        boxes.discard(number)
        ahead_chars -= len(line)
        # The captions the line rules dropped before this line (see the docstring).
        while captioned and captioned[0][0] < number:
            at, caption = captioned.popleft()
            restated = restated or (is_unmarked_caption(caption) and restates_before(at, caption))
            last_caption = (at, caption)
        kind = None
        if (
            quote is not None
            and isinstance(line, str)
            and line[:1] not in OPENING_QUOTES
            and _caption_shaped(line)
        ):
            # A caption without a mark that says again a sentence of the story (see
            # annotate.corpus._captions): the sentence is the story's, the copy the page's.
            mine = quote.split()
            distinct = set(mine)
            if restates_before(number, line):
                kind, restated = "caption", True
            # A copy of a later sentence (a dek over the story, or a caption before it), or,
            # on a page that sets one caption without its mark, any other line in the
            # caption's shape alone in its paragraph: not all of a page's captions restate a
            # sentence (FNC-1 93: "Tan even called in sick to her work so she could spent
            # time at the KFC recovering from her break-up"), as after a caption told by its
            # photo words (see annotate.corpus._captions). The story's paragraphs on such a
            # page end their sentences. Only after a caption that restates a sentence before
            # it: a copy of a later sentence may be a dek, and the Daily Mail's other deks,
            # its bullets over the story, are the story's summary, not captions.
            # A line closing on a quotation is taken as a copy of a sentence before it only:
            # the Daily Mail's bullets over the story quote it so (FNC-1 test 122).
            # Or, alone in its paragraph, the sentence right before it in other words (see
            # _rewords), which sets no page's captions: the evidence is weaker.
            elif (
                (
                    behind
                    and gap != "\n"
                    and (not ahead or ahead[0][0] != "\n")
                    and is_unmarked_caption(line)
                    and _rewords(mine, behind[-1][1])
                )
                or (
                    is_unmarked_caption(line)
                    and any(
                        _restates(mine, distinct, str(other), text_words(at, other))
                        for _, other, at, _ in ahead
                        if isinstance(other, str) and len(other) <= WINDOW
                    )
                )
                or (
                    behind
                    and gap != "\n"
                    and (not ahead or ahead[0][0] != "\n")
                    and is_unmarked_caption(line)
                    and ends_sentence(behind[-1][1])
                    and not between_entries()
                    and _retells(
                        mine,
                        [other for _, other, _ in behind if other]
                        + [
                            other
                            for _, other, _, _ in ahead
                            if isinstance(other, str) and len(other) <= WINDOW
                        ],
                    )
                    and (restated := True)
                )
                or (
                    restated
                    and gap != "\n"
                    and (not ahead or ahead[0][0] != "\n")
                    and is_unmarked_caption(line, sentences=True)
                    and not between_entries()
                )
            ):
                kind = "caption"
        # A quotation after one left open goes on with it (news opens each paragraph of a
        # long quotation with a mark): the speaker's words, not a copy set apart.
        elif quote is not None and isinstance(line, str) and not _left_open(behind):
            others = [text_words(at, other) for at, other, _ in behind if other] + [
                text_words(at, other)
                for _, other, at, _ in ahead
                if isinstance(other, str) and len(other) <= WINDOW
            ]
            if quotation_alone(line):
                later = any(
                    _is_copy(line, quote, other, text_words(at, other), True)
                    for at, other, _ in behind
                    if other
                )
                earlier = not later and any(
                    _is_copy(line, quote, str(other), text_words(at, other), False)
                    for _, other, at, _ in ahead
                    if isinstance(other, str) and len(other) <= WINDOW
                )
                # HuffPost's box: the quotation, then its speaker set close under it closing
                # the mark (see is_attribution), each sentence said in the story.
                boxed = (
                    bool(ahead)
                    and ahead[0][0] == "\n"
                    and isinstance(ahead[0][1], str)
                    and _closes_box(ahead[0][1])
                    and _said_piecewise(line, others)
                )
                if later or earlier or boxed or _credited(ahead):
                    kind = "pull-quote"
                # Not a copy: a quotation set alone between two paragraphs as a section's
                # heading, as Ars Technica heads a section with a speaker's words (FNC-1 2178:
                # ``“I think the story is nonsense”``); a sentence of the story keeps its stop.
                elif (
                    behind
                    and ahead
                    and gap == "\n\n"
                    and ahead[0][0] == "\n\n"
                    and _quoted_heading(line, behind[-1][1], ahead[0][1])
                ):
                    kind = "heading"
            # A sentence set alone in a box between paragraphs: after a paragraph break and
            # set close over the next paragraph (the box's frame is lost, not its line break),
            # and said again inside a longer paragraph (FNC-1 538, 1660, test 2373). A
            # sentence alone in its paragraph, a blank line under it, is the story's.
            elif boxed_here and ahead and set_close(number) and _boxed_copy(quote, others):
                kind = "pull-quote"
        # A caption's label and a sentence with its stop, set next to a labelled caption the
        # line rules dropped, no line of the story between them (FNC-1 1958's "Fears: Nearly a
        # dozen ... late last month." over "Aftermath: ...", test 1067's "Evil: ..." under
        # "Lucrative: ..."): the page's caption that kept its stop; the story's paragraph
        # that opens with a label ("Update: ...") stands among paragraphs. Not the story's
        # first line: a place and a colon is its dateline there ("Beirut: The second wife of
        # ...", under the page's top caption, FNC-1 2283, 210, 493).
        if (
            kind is None
            and kept_any
            and quote is not None
            and isinstance(line, str)
            and _labelled_sentence(line)
            and (labelled_before() or labelled_after(number))
        ):
            kind = "caption"
        if kind is None and dropped_last == "pull-quote" and isinstance(line, str):
            kind = "credit" if is_attribution(line) else None
        if kind is None:
            gap = "" if not kept_any else "\n\n" if dropped_last else gap
            kept_any = True
        dropped_last = kind
        short = isinstance(line, str) and len(line) <= WINDOW
        behind.append((number, cast(str, line) if short else "", len(line)))
        behind_chars += len(line)
        while behind_chars > WINDOW and len(behind) > 1:
            at, _, length = behind.popleft()
            said.pop(at, None)
            behind_chars -= length
        return gap, line, number, kind

    for gap, line, number in lines:
        # A sentence that might be a box's waits only while the line under it is set close:
        # alone in its paragraph, it is the story's (see decide).
        if (
            ahead
            and ahead[-1][2] in boxes
            and gap != "\n"
            and not _dash_between(dropped, ahead[-1][2], number)
        ):
            boxes.discard(ahead[-1][2])
            ahead[-1] = (*ahead[-1][:3], None)
        found, box = _candidate(gap, line)
        if box:
            boxes.add(number)
        ahead.append((gap, line, number, found))
        ahead_chars += len(line)
        # Only a quotation, an unmarked caption or a box's sentence waits for the lines after
        # it; any other line is decided by the ones before it, so an article without one is
        # not held back.
        while ahead and (ahead[0][3] is None or ahead_chars - len(ahead[0][1]) > WINDOW):
            yield decide()
    while ahead:
        yield decide()
