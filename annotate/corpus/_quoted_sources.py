"""The labels over an article that a story quotes whole: its number, its source, its headline.

A story that debunks or reviews other pieces sets each one under labels of its own (FNC-1
1303, a hoax page: ``Example #1:`` / ``Via WorldNewsDailyReport.com, Feb. 4, 2015:`` / ``CATHOLIC
PRIEST WHO DIED FOR 48 MINUTES ...`` / the quoted text). The labels name the piece, they say
nothing; the quoted text under them is the piece's own prose and stays. Two shapes, each a
line alone ending in a colon:

- a source line: ``Via`` and the source's name, maybe a date and a bracketed note, with no
  lower-case word outside the brackets but a name's (``Via On the Record:``, ``Via KCTV - 5:``,
  ``Via Metro.co.uk, Feb. 22, 2015 (article subsequently revised):``); a lower-case word is a
  clause (``Via Yahoo News, she explains:``, a lead-in, kept);
- a numbered label: one word and a number (``Example #2:``).

A source line may name the piece's writer before ``via``, a person's name of two or three
capitalised words and no verb (``Barbara Johnson via WorldNewsDaily:`` over the hoax it
reposts, FNC-1 2013, seed 1435's judge): a byline with its site, no clause. A lead-in that says
``via`` has its verb and its lower-case words (``Watch the clip below, via CNN:``, kept).

A source line may also say where the text under it comes from with ``From`` and the
source, a noun phrase alone (``From CNN:`` over the block it quotes, FNC-1 773, seed 1618's
judge; ``From the midweek edition of the Morning Jolt:`` over a column reposted whole, FNC-1
2261, seed 1621's judge; ``From a reader in Hong Kong:`` over a letter, FNC-1 test 1872). The
phrase may hold words in lower case (``the article``, ``a reader``), but no clause: no comma
before one (``From there, she wrote:``), no finite verb (``From 2010 to 2014 it rose:``), no
pronoun for a subject nor a question word (``From what we know:``), and no figure opening it
(a span of time, not a source).

On every FNC-1 train body and PolNeAR text, 6 ``Via`` source lines and 2 numbered labels, all
of quoted pieces; and 12 ``From`` source lines alone, all over the text they name (round 38).
The line right after a label that does not end like a sentence is the quoted piece's
headline (see :func:`annotate.corpus._headlines.ends_sentence`, applied by the cleaner).
"""

from __future__ import annotations

import re

from annotate.corpus._subheadings import is_verbless

__all__ = ["QUOTED_HEADLINE_WORDS", "is_quoted_source"]

# A quoted piece's headline is at most this many words (13 in FNC-1 1303: "Priest who died for
# 48 minutes says he met God and she's a woman").
QUOTED_HEADLINE_WORDS = 30

_BRACKETS = re.compile(r"\([^()]*\)")
# The writer's name before "via" is no pointer at what follows ("Here It Is via CNN:").
_SOURCE = re.compile(
    r"^(?:Via|(?!(?:Here|This|These|Watch|See|Listen|Read)\b)"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} via)\s+(?P<name>[^:]{1,80}):$"
)
# The lower-case words a source's name or date may hold.
_NAME_WORDS = frozenset({"the", "of", "and", "on", "for", "in"})
# "From" and a source's name, a noun phrase of a few words with no comma: "From the Times:".
_FROM = re.compile(r"From (?![\d$£€])(?P<name>[^,;:()\"“”]{1,80}):")
_FROM_WORDS = 10
# Words that open a clause inside the phrase: a subject pronoun, a question word, "that".
_CLAUSE_WORDS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "there", "here", "now", "that", "this"}
    | {"these", "those", "what", "how", "why", "when", "where", "who", "which"}
)
_NUMBERED = re.compile(r"^[A-Z][a-z]+\s+#?\d{1,3}\s*:$")


def is_quoted_source(line: str) -> bool:
    """Whether ``line``, alone, labels a piece the story quotes: its source or its number.

    Examples
    --------
    >>> is_quoted_source("Via WorldNewsDailyReport.com, Feb. 4, 2015:")
    True
    >>> is_quoted_source("Example #1:")
    True
    >>> is_quoted_source("Barbara Johnson via WorldNewsDaily:")
    True
    >>> is_quoted_source("Via Yahoo News, she explains:")
    False
    >>> is_quoted_source("From CNN:"), is_quoted_source("From the midweek edition of the Jolt:")
    (True, True)
    >>> is_quoted_source("From there, she wrote:"), is_quoted_source("From what we know:")
    (False, False)
    >>> is_quoted_source("From 2010 to 2014, the figure rose:")
    False
    """
    if len(line) > 120 or not line.endswith(":"):
        return False
    if _NUMBERED.match(line):
        return True
    if (source := _FROM.fullmatch(line)) is not None:
        words = source.group("name").replace("’", "'").split()
        # A capitalised word is a name's ("the Associated Press"), never the clause's verb.
        lowered = [w for w in words if not w[:1].isupper()]
        return (
            len(words) <= _FROM_WORDS
            and is_verbless(["from", *lowered])
            and not _CLAUSE_WORDS.intersection(w.lower() for w in words)
        )
    source = _SOURCE.match(line)
    if source is None:
        return False
    words = _BRACKETS.sub(" ", source.group("name")).split()
    return all(not w[:1].islower() or w in _NAME_WORDS for w in words)
