"""Bulleted lists whose bullets the scrape lost: short unended lines set one under the other.

A page's list (``<ul>``: MSNBC's tasks for a candidate, a hoax site's other headlines, the
outlets that ran a story) reaches a scraped text as its items on lines of their own, one under
the other with no blank line between (the items of one element), and without the bullets:

    Sell her presidency (what she would do and how she would do it)
    Be the Clinton who shines in a smaller crowd
    Get those jokes off, adding levity.

(PolNeAR huff-post 2016-09-26.) An item is not a sentence an annotator labels: it is a
fragment of the list's sentence, the lead-in above it. Told by three signs that hold on any
site, not by what the items say:

- an item is short (a title, a name, a task: at most fifteen words) and opens as a title
  does, with a capital, a figure or a quotation mark;
- it ends without a sentence's mark (its last character a letter or a digit, inside any
  closing quotes), as list items are set; a paragraph of a story ends with one;
- items come in a block: a line is one when the line next to it in the same block (no blank
  line between) has the same shape, quoted or not (see ``item_shape``). One such line alone
  is a stub, a caption or a heading, left to their rules.

A hard-wrapped paragraph also sets short unended lines one under the other; its lines break
anywhere, so one that ends in a function word (``... met with`` / ``Chinese leaders ...``), or
whose next line goes on in lower case (see :mod:`annotate.corpus._stubs`), is not an item.
The list's last item may have a full stop (``Get those jokes off, adding levity.``): after two
items under a lead-in (the line above them ends in a colon), a short line that closes the
block (a blank line or the article's end after it) is one too. Without the lead-in, that line
is as likely the story's first paragraph set under a widget's lines (``Previous`` / ``Next``
/ ``Comments (73)`` / ``A FIVE-year-old boy has been handed an invoice ...``, FNC-1 test
1241).

A list of clauses under a lead-in is not such a list: MSNBC's tasks are the lead-in's sentence
run on ("Clinton has the following tasks ahead of her tonight:" / ``Sell her presidency``),
prose an annotator labels, not items. An item that opens with a verb in its base form (an
imperative: ``Stop lying``, ``Show humility``; the verbs are learned from news, see
``_learned_words.BASE_VERBS``) and goes on in lower case is such a clause (see
``is_clause_item``); a list of things (``Saturated fats (found in meats ...)``, FNC-1 test
2545), of names or of headlines in title case opens otherwise.
"""

from __future__ import annotations

import re

from annotate.corpus._attributions import speech_verbs
from annotate.corpus._learned_words import BASE_VERBS
from annotate.corpus._stubs import continues
from annotate.corpus._subheadings import is_verbless

__all__ = [
    "BREAK_WORDS",
    "ITEMS_BEFORE_LAST",
    "ends_on_title",
    "is_clause_item",
    "is_item",
    "is_last_item",
    "item_shape",
    "split_bullet",
]

_ITEM_WORDS = 15
_CLOSERS = "\"'”’)]»"
# Words a wrapped or broken line ends on, never the last word of a list item or a kicker
# (`_kickers`).
BREAK_WORDS = frozenset(
    [
        "then",
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "that",
        "which",
        "who",
        "whose",
        "than",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "not",
        "his",
        "her",
        "its",
        "their",
        "our",
        "your",
        "my",
        "this",
        "these",
        "those",
    ]
)
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\W*$")
_INNER_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z]")
# The items before a last item that has a full stop.
ITEMS_BEFORE_LAST = 2


def _short(line: str) -> bool:
    return (
        len(line) <= 150
        and len(line.split()) <= _ITEM_WORDS
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“'‘")
    )


def is_item(line: str, after: str = "") -> bool:
    """Whether ``line`` has a list item's shape (``after``: the next line, if in its block).

    Examples
    --------
    >>> is_item("Be the Clinton who shines in a smaller crowd")
    True
    >>> is_item('"Does Buddhist music help crops grow"')
    True
    >>> is_item("Fill in the gaps in his policy proposals.")
    False
    >>> is_item("The President met with", "Chinese leaders on Monday.")
    False
    >>> is_item("PS. We are all proud of you")
    False
    """
    if not line or not _short(line):
        return False
    end = line.rstrip(_CLOSERS)
    if not end or not (end[-1].isalnum() or ends_on_title(line)):
        return False
    # An item is one phrase: a second sentence inside (``PS. We are all proud of you``) is a
    # paragraph's.
    if _INNER_END.search(line):
        return False
    last = _LAST_WORD.search(end)
    if last is not None and last.group(1).lower() in BREAK_WORDS:
        return False
    return not (after and continues(line, after))


# A title quoted at a line's end, its own mark inside the closing quote: the quotation opens
# inside the line, after at least one word.
_QUOTED_END = re.compile(r"(?P<before>\S.*?)\s*[\"“](?P<title>[^\"“”]+)[,.?!][\"”]$")


def ends_on_title(line: str) -> bool:
    """Whether ``line`` ends on a quoted title whose own mark sits inside the quotes, after a
    phrase with no verb: a list item naming a story, not a sentence.

    American style sets a comma or a stop inside the closing quote, so an item that names a
    story by its headline ends on the headline's mark (``The BBC's Oct. 20 story, "China:
    Don't call yourself Dumbledore."``, FNC-1 648, where the list's other items end on a
    letter). The mark is the item's only when the words before the quotation are a noun
    phrase: with a finite or speech verb they are a sentence quoting someone (``He called
    it "a disgrace."``), and after a colon a transcript's speaker (``TRUMP: "We will win."``).

    Examples
    --------
    >>> ends_on_title('The BBC’s Oct. 20 story, "China: Don’t call yourself Dumbledore."')
    True
    >>> ends_on_title('Buzzfeed Oct. 21 story,  "Chinese State Media Warns People,"')
    True
    >>> ends_on_title('Smith called it "a disgrace."')
    False
    >>> ends_on_title('TRUMP: "We will win."')
    False
    >>> ends_on_title('"We will win."')
    False
    """
    quoted = _QUOTED_END.match(line)
    if quoted is None:
        return False
    before = quoted.group("before").rstrip()
    if before.endswith(":"):
        return False
    words = [w.strip(",;'’()").lower() for w in before.split()]
    return is_verbless(words) and not any(w in speech_verbs() for w in words)


def item_shape(line: str, after: str = "") -> str | None:
    """The shape of the list item ``line`` is (``quoted`` or ``plain``), or None for no item.

    A list's items share a shape: a list of quoted headlines is quoted line by line. A
    quotation whole over a plain line is a pull quote over its speaker's name (FNC-1 582:
    ``“It would not surprise me at all ...”`` / ``Michael Madden``), left to its own rule.

    >>> item_shape('"Does Buddhist music help crops grow"')
    'quoted'
    >>> item_shape("Show humility")
    'plain'
    """
    if not is_item(line, after):
        return None
    quoted = line[0] in "\"“'‘" and line[-1] in "\"”'’"
    return "quoted" if quoted else "plain"


def is_last_item(line: str) -> bool:
    """Whether ``line`` may close a list after its items: short, one sentence, not a lead-in.

    >>> is_last_item("Fill in the gaps in his policy proposals.")
    True
    >>> is_last_item("Trump on the other hand, apparently has to accomplish the following:")
    False
    """
    return bool(line) and _short(line) and not line.rstrip(_CLOSERS).endswith((":", ","))


_FIRST_WORD = re.compile(r"([A-Z][a-z]+) +(\S)")


def is_clause_item(line: str) -> bool:
    """Whether ``line``, short, is an imperative clause: a verb in its base form, in lower case
    after it (a headline in title case is not one).

    >>> is_clause_item("Sell her presidency (what she would do and how she would do it)")
    True
    >>> is_clause_item("Show humility")
    True
    >>> is_clause_item("Saturated fats (found in meats, whole-fat dairy products, and baked goods)")
    False
    >>> is_clause_item("Stop The Presses")
    False
    """
    first = _FIRST_WORD.match(line)
    return (
        first is not None
        and _short(line)
        and first.group(1).lower() in BASE_VERBS
        and first.group(2).islower()
    )


# A bullet left at a kept line's start: a glyph of its own, or the letter a symbol font draws
# as one. Word and PDF exports set bullets in Wingdings, whose "l" is a disc, "n" a square,
# "u" a diamond, "q" a box, "v" a star, "ü" a tick and "Ø" an arrow; the text keeps the letter
# (PolNeAR wash-post 2015-11-16 and 2015-11-17: "l The situation here is ..."). None of those
# letters is an English word before a capital at a paragraph's start: on every FNC-1 body and
# PolNeAR text the 8 lines that open so are those bullets (round 20). A tilde before a capital
# is a newsletter's bullet (see annotate.corpus._dash_items): "~50 people" sets none.
_BULLET_GLYPH = re.compile(r"(?:[•●■▪►◆❖✓✔]|[lnuqvüØ~](?= [\"“‘'(]?[A-Z]))[ \t]+(?=\S)")


def split_bullet(line: str) -> tuple[str, str]:
    """Cut a bullet off the start of a kept line: the glyph and the rest.

    The bullet is no word of the sentence after it; an annotator's task starts at the
    sentence.

    Examples
    --------
    >>> split_bullet("l The situation here is entirely different than in Europe.")
    ('l', 'The situation here is entirely different than in Europe.')
    >>> split_bullet("■ Goldfish have a memory-span of at least three months.")
    ('■', 'Goldfish have a memory-span of at least three months.')
    >>> split_bullet("u can't be serious, he wrote.")
    ('', "u can't be serious, he wrote.")
    """
    bullet = _BULLET_GLYPH.match(line)
    if bullet is None:
        return "", line
    return line[: bullet.end()].rstrip(), line[bullet.end() :]
