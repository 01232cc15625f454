"""Table rows set as lines, and price lists: figures laid out for reading down, not sentences.

A box of key figures (AFP's ``Key figures`` under a markets story: ``Hong Kong – Hang Seng:
DOWN 0.1 percent at 22,777.84.`` / ``Euro/dollar: UP at $1.1104 from $1.1095 Wednesday.``), a
fact box (``Population: 8.4 million``), a poll's or a budget's lines: each line is a row of a
table that the scrape set as a paragraph. A row is told by signs that hold on any site, not by
what it names:

- a label of a few name words or figures before a colon (``Oil – Brent North Sea:``), none of
  them a lower-case word: a sentence's subject before a colon is a clause (``The reason is
  simple:``), a row's label a name;
- after the colon a short value with no finite verb of narration (``is``, ``said``, ``has``
  ...): a row states a figure, it does not tell anything;
- a figure in the row: a table of key figures is figures;
- rows come in runs: one such line alone may be a labelled answer (``Rep. Hunter: 3 times.``),
  two or more in a row are a table (the rule asks that the line before, or the next, be one).

A box of key figures may also set each figure alone on its line and what it counts under it
(The Washington Post's numbers of the week: ``$50 million.`` / ``The amount Trump essentially
gave his campaign Thursday, ...`` / ``3.`` / ``The number of people ...``): the line under a
figure is its label, a noun phrase of one sentence, when the figures come in a run (the next
line is a figure too, or a figure and its label came before). A figure alone is a table's
cell, and so is the label set under it: prose does not set a figure as a paragraph.

A poll box sets its question over its answers' rows (``Should federal funding for Planned
Parenthood be eliminated?`` over ``No 58%.`` / ``Yes 33%.``, PolNeAR USA Today 2015-12-08): a
short question alone on its line, no quotation in it, with a row of figures the next line, is
the box's title, not the story asking its reader. A story's question is followed by its answer
in prose.

Under the box's rows, its notes: how the figures were made and where they come from (``Poll
of 1,000 likely voters taken Wednesday through Sunday. Margin of error +/- 3 percentage
points.`` / ``Source USA TODAY/Suffolk University.`` under the poll's ``Undecided 9%.``):
lines with no finite verb at all, one sentence or several, that give a figure or open on
the word for a source or a note (:func:`is_box_note`), read only right under a row or a note
of the same box, when no other rule took the line. A story tells in sentences with verbs; a
box notes in phrases.

A price list run into one paragraph (a menu, a mock receipt: ``3 Shrimp Cocktails ($24 each)
2 Foie Gras ($32 each) ...``, FNC-1 2130) is told by its bracketed prices: at least four,
and one at least every ten words. Prose quotes a price or two in brackets, never a column.
"""

from __future__ import annotations

import re

__all__ = [
    "is_box_note",
    "is_figure_heading",
    "is_figure_label",
    "is_price_list",
    "is_table_question",
    "is_table_row",
]

# The label before the colon (at most six words, see _LABEL_WORDS); the value after it.
_ROW = re.compile(r"(?P<label>[^:]{1,50}?):\s+(?P<value>\S.*)")
# A label's word: a name word (capitalised, or a figure), or a separator between names
# (``Hong Kong – Hang Seng``, ``Euro/dollar``, ``Q3``); a word after a slash may be lower case.
_LABEL_WORD = re.compile(r"(?:[A-Z0-9$€£][\w.'’&%-]*(?:/[\w.'’-]+)*|[–—&/-])")
_LABEL_WORDS = 6
_VALUE_WORDS = 12
_DIGIT = re.compile(r"\d")
# Finite verbs of narration and the auxiliaries: a value that holds one tells something
# (``Update: Police said 3 men ...``); a row states a figure.
_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "asked",
        "wrote",
        "writes",
        "announced",
        "reported",
        "claimed",
        "won",
        "lost",
        "died",
        "killed",
        "fell",
        "rose",
    ]
)
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4}T)?", re.I)
_VALUE_WORD = re.compile(r"[^\W\d_][\w'’]*")
_PRICE = re.compile(
    r"\((?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£]|dollars|euros|pounds))[^()]{0,12}\)"
)
_PRICES = 4
# A figure's label is a noun phrase of a line: at most this many words, one sentence.
_FIGURE_LABEL_WORDS = 30
_INNER_END = re.compile(r"[a-z\d]{2}[.!?][\"”’')]*\s+[\"“‘(]*[A-Z]")
_WORDS_PER_PRICE = 10


def is_table_row(line: str) -> bool:
    """Whether ``line`` has a table row's shape: a name label, a colon, a short verbless value.

    Whether it is one is told by the run it stands in (see the module docstring).

    Examples
    --------
    >>> is_table_row("Hong Kong – Hang Seng: DOWN 0.1 percent at 22,777.84.")
    True
    >>> is_table_row("Euro/dollar: UP at $1.1104 from $1.1095 Wednesday.")
    True
    >>> is_table_row("Update: Police said 3 men were arrested.")
    False
    >>> is_table_row("The reason is simple: 3 votes.")
    False
    >>> is_table_row("9.58am: Passersby witness CPR being urgently performed on the soldier")
    False
    """
    if len(line) > 120 or not _DIGIT.search(line):
        return False
    match = _ROW.fullmatch(line)
    if match is None:
        return False
    label = match.group("label").split()
    if not 1 <= len(label) <= _LABEL_WORDS or not all(_LABEL_WORD.fullmatch(w) for w in label):
        return False
    value = match.group("value")
    # A clock time alone as the label over words without a figure is a live blog's entry
    # (``9.58am: Passersby witness CPR ...``, FNC-1 1554), text; a row's label names what
    # its value measures (``Tokyo – Nikkei 225: Closed for a public holiday.``).
    if _CLOCK.fullmatch(match.group("label").strip()) and not _DIGIT.search(value):
        return False
    words = value.split()
    if len(words) > _VALUE_WORDS or value.rstrip("\"'”’)").endswith(("?", "!", ":")):
        return False
    # A value opens as a figure or a word of its own (``DOWN``, ``Closed``), not as a clause
    # going on in lower case (``Trump: he said ...`` is speech).
    if not (value[0].isupper() or value[0].isdigit() or value[0] in "$€£+-−("):
        return False
    return not any(w.lower() in _FINITE for w in _VALUE_WORD.findall(value))


def is_price_list(line: str) -> bool:
    """Whether ``line`` is a price list run into one paragraph: a price in brackets per item.

    >>> is_price_list("3 Shrimp Cocktails ($24 each) 2 Foie Gras ($32 each) 2 Ribbons of "
    ...               "Tuna ($24 each) 4 bottles 2003 Dom Perignon ($400 each)")
    True
    >>> is_price_list("The dinner ($300,000) was paid by Smith.")
    False
    """
    if "(" not in line:
        return False
    prices = len(_PRICE.findall(line))
    return prices >= _PRICES and len(line.split()) <= _WORDS_PER_PRICE * prices


def is_figure_label(line: str) -> bool:
    """Whether ``line``, under a figure alone in a run of them, has a figure's label's shape:
    one sentence of at most 30 words, opening with a capital, not a question, a quotation or a
    lead-in (see the module docstring).

    Examples
    --------
    >>> is_figure_label("The number of people The Washington Post reported Hillary Clinton is "
    ...                 "actively vetting to be her running mate.")
    True
    >>> is_figure_label("“We will win,” he said.")
    False
    """
    words = line.split()
    return (
        0 < len(words) <= _FIGURE_LABEL_WORDS
        and line[0].isupper()
        and not line.rstrip("\"'”’)").endswith(("?", ":", "!"))
        and _INNER_END.search(line) is None
    )


# A box's note is a few phrases: longer, it is a paragraph.
_NOTE_WORDS = 30
# What a note says: a figure (the sample, the margin, the dates), or whence the figures come
# under a word that says so. A caption or a heading of the page's has neither.
_NOTE_OPENER = re.compile(r"(?:Sources?|Notes?|Data|Methodology)\b")


def is_box_note(line: str) -> bool:
    """Whether ``line``, under a box's row, has a note's shape: phrases without a finite verb,
    not a question or a lead-in (see the module docstring).

    Examples
    --------
    >>> is_box_note("Poll of 1,000 likely voters taken Wednesday through Sunday. "
    ...             "Margin of error +/- 3 percentage points.")
    True
    >>> is_box_note("Source USA TODAY/Suffolk University.")
    True
    >>> is_box_note("Source familiar with the ad says the group is spending funds to air it.")
    False
    >>> is_box_note("Prime Steakhouse in the Bellagio Hotel & Casino in Las Vegas offers a wide "
    ...             "variety of surf and turf creations.")
    False
    """
    # _furniture reads this module's price lists: its verb test is imported when used.
    from annotate.corpus._subheadings import is_verbless

    words = [w.lower().replace("’", "'") for w in _VALUE_WORD.findall(line)]
    return (
        0 < len(line.split()) <= _NOTE_WORDS
        and not line.rstrip("\"'”’)").endswith(("?", ":"))
        and (_DIGIT.search(line) is not None or _NOTE_OPENER.match(line) is not None)
        and is_verbless(words)
        and not any(w in _FINITE for w in words)
    )


# A figure with its unit, set as a heading alone in its paragraph (``35 miles``): a figure and
# one or two words in lower case, no mark of a sentence's end.
_FIGURE_HEADING = re.compile(r"[$€£]?\d[\d,.]*%?(?: (?:million|billion|trillion))?(?: [a-z]+){1,2}")


def is_figure_heading(line: str) -> bool:
    """Whether ``line`` is a figure with its unit alone, as a numbers-of-the-week page sets a
    heading among figures alone (FNC-1 body 1077: ``35 miles`` between ``$1.61`` and ``$19
    billion``); the caller asks that the page has dropped a figure alone before it.

    Examples
    --------
    >>> is_figure_heading("35 miles"), is_figure_heading("35 miles away.")
    (True, False)
    >>> is_figure_heading("2016")
    False
    """
    return len(line) <= 30 and _FIGURE_HEADING.fullmatch(line) is not None


# A box's question: a short line that asks and holds no quotation (a quoted question is
# the story reporting someone's words).
_QUESTION_WORDS = 20
_QUOTE_MARKS = frozenset('"“”‘’«»')
# A post's marks: a question with a hashtag or a handle is a tweet's text, not a box's title.
_POST_MARKS = frozenset("#@")


def is_table_question(line: str) -> bool:
    """Whether ``line`` has the shape of a poll box's question: short, ending in ``?``, with
    no quotation, hashtag or handle in it (see the module docstring; the caller checks the
    row under it).

    Examples
    --------
    >>> is_table_question("Should federal funding for Planned Parenthood be eliminated?")
    True
    >>> is_table_question('"Who am I to take his life?"')
    False
    >>> is_table_question("Wait, so #MacklemoreJoinedISIS? What does that say about the Mariners?")
    False
    """
    return (
        line.endswith("?")
        and len(line.split()) <= _QUESTION_WORDS
        and not _QUOTE_MARKS.intersection(line)
        and not _POST_MARKS.intersection(line)
    )


# A chart's title names the measure it plots: a noun of measure, bare, with "of" and what is
# counted, and a colon over the chart (USA Today, PolNeAR usa-today 2016-02-17, the body's
# last line, the chart not scraped: ``Percentage of likely voters who say they would be scared
# if the candidate won their party's nomination:``, seed 1619's judge). Prose puts the article
# before such a noun (``The percentage of ... rose``) and gives its clause a verb; a lead-in
# before a quotation or an embed is a clause too (``Fox News reports:``). Only a relative
# clause on what is counted (``who say ...``) may hold a verb: the words before it hold none.
# On every FNC-1 body and PolNeAR text, the one line of this shape is that title.
_CHART_TITLE = re.compile(
    r"(?:Percent(?:age)?|Share|Number|Proportion|Fraction|Rate|Ratio|Amount)s? of (?P<head>[^:]*?)"
    r"(?:\s(?:who|that|which|whose)\s[^:]*)?:"
)
_CHART_TITLE_WORDS = 30


def is_chart_title(line: str) -> bool:
    """Whether ``line`` is a chart's title: a bare noun of measure, "of" and what it counts,
    a colon closing it, no verb outside a relative clause (see :data:`_CHART_TITLE`).

    Examples
    --------
    >>> is_chart_title("Percentage of likely voters who say they would be scared if the "
    ...                "candidate won their party's nomination:")
    True
    >>> is_chart_title("Number of deaths rose to 50:")
    False
    >>> is_chart_title("The percentage of likely voters who say they would be scared:")
    False
    """
    match = _CHART_TITLE.fullmatch(line)
    if match is None or len(line.split()) > _CHART_TITLE_WORDS:
        return False
    head = [w.strip(",;'’\"“”()").lower() for w in match.group("head").split()]
    return not any(w in _FINITE or w.endswith("ed") for w in head)
