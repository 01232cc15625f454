"""A picture's caption as the article's last line: the thing the story told of, named.

A page that closes on a picture keeps, scraped into text, the picture's caption as the last
paragraph: a noun phrase with its stop and no verb, naming the thing the story was about in
the story's own words (``A fly agaric (Amanita muscaria) mushroom.`` under a story about fly
agaric mushrooms in the Queen's garden, FNC-1 1223, round 30's judges). A story ends on a
sentence; the fragments it may end on instead judge or exclaim (``A sad day for America.``,
``Happy to help.``, ``The woes of the heartbroken.``) in words of their own, not the names
the story gave its subject. So the shape, all of it: the article's last line alone in its
paragraph after one that ends a sentence; an article first (a caption names a thing, "A ...",
"The ..."); four to eight words (a bracketed aside, a Latin name or a credit, left out); no
finite verb (:func:`annotate.corpus._captions.has_no_verb`), no relative word, no word that
reads as a verb in the present tense inside it (``The report comes amid ...``); and its
words in lower case (the thing's common name: a name in capitals may close a judgement, ``A
sad day for Buckingham Palace.``) said before in the article, at least two, all but one at
most (a judgement brings words of its own: ``A sad day for the palace garden.``). On every FNC-1
body and PolNeAR text one line has it: FNC-1 1223's.

The caption may close the page without its stop, as the tabloids set their captions, and say
more of the thing in a relative clause after a comma (``A temple in the ruins of the Parthian
city of Hatra, where scorpion bombs were first used in 189/199AD``, the Daily Mail's last line,
FNC-1 1127, seed 1593's judge). Without the stop the line is no sentence the story ended on:
the story's last paragraph ends with its mark (the rule reads the line only after one that
does), and a sentence that lost it has its verb. So the unmarked shape
(:func:`is_closing_caption`): an article first, a letter or digit last, and no finite verb
before a relative clause that runs to the end (:func:`annotate.corpus._captions.has_no_verb`
on the phrase, the clause cut off); its
words need not be the story's, the missing stop is the page's sign. On every FNC-1 body and
PolNeAR text one line has it: FNC-1 1127's.

Among the story's lines, a picture's caption may name its subject alone in a few words, on a
raw line of its own with no stop: ``The accused Suresh Kumar``, between "The mob dragged
Suresh Kumar to a butcher's shop ..." and "They then dumped his body parts ..." (FNC-1 86,
round 36's judges; a page whose paragraphs lost their stops). A sentence of the story, with or
without its stop, has a verb; a phrase of a few words with an article first and none is a
caption or a label, not a sentence annotators can label. So :func:`is_bare_phrase`: an article
first, four to eight words, a letter or digit last, no finite verb
(:func:`annotate.corpus._captions.has_no_verb`), no relative word and no word in lower case
that reads as a present tense (:func:`_present_tense`, the last word, a plural noun, aside).
On every FNC-1 body and PolNeAR text, two lines kept as tasks have it, alone on their line and
the next one not going on with them: FNC-1 86's caption and FNC-1 test 2543's crosshead ("The
Different Types of Fat").
"""

from __future__ import annotations

import re
from collections.abc import Container

from annotate.corpus._captions import has_no_verb
from annotate.corpus._signoff import is_named

__all__ = ["is_bare_phrase", "is_capitalised", "is_closing_caption", "names_told_thing"]

_ARTICLE_FIRST = re.compile(r"(?:A|An|The) ")
# A bracketed aside inside the phrase: a Latin name, a place in the frame, a credit.
_ASIDE = re.compile(r" \([^()]{1,40}\)")
_THING_WORDS = (4, 8)
_MARKS = ".,;:()\"“”‘’'"
_RELATIVE = frozenset(["that", "which", "who", "whom", "whose", "where", "when"])
# The small words of a noun phrase: what it is built with, not what it names.
_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "with", "and", "from", "for", "by", "near"}
)
_LEAST_SAID = 2
# The phrase an unmarked caption names its thing in, before any relative clause after a comma.
# The clause runs to the line's end: a comma closing it sets the main verb after it ("The
# mission, which began in 2001, was due to conclude ...", FNC-1 test 123).
_RELATIVE_CLAUSE = re.compile(r", (?:where|which|who|whose|when)\b[^,]*$")
_LAST_CHARACTER = re.compile(r"[^\W_]")
_CLOSING_WORDS = 40
_BARE_WORDS = (4, 8)
# A word of its own at most (the head noun in the singular, "mushroom" for "mushrooms"): a
# judgement adds its own ("A sad day for the palace garden.": "sad" and "day").
_MOST_UNSAID = 1


def names_told_thing(line: str, named: Container[str]) -> bool:
    """Whether ``line``, the article's last, alone in its paragraph, is a picture's caption
    naming what the story told of (see the module docstring); ``named`` holds the words of
    the article before it (:func:`annotate.corpus._signoff.name_words`).

    Examples
    --------
    >>> told = {"fly", "agaric", "mushrooms,", "Buckingham", "Palace"}
    >>> names_told_thing("A fly agaric (Amanita muscaria) mushroom.", told)
    True
    >>> names_told_thing("A sad day for Buckingham Palace.", told)
    False
    >>> names_told_thing("A sad day for the fly agaric.", told)
    False
    >>> names_told_thing("The fly agaric grows in the garden.", told)
    False
    """
    text = _ASIDE.sub("", line) if " (" in line else line
    words = [w.strip(_MARKS) for w in text.split()]
    low, high = _THING_WORDS
    if not (low <= len(words) <= high and _ARTICLE_FIRST.match(text) and has_no_verb(text)) or any(
        w.lower() in _RELATIVE or _present_tense(w) for w in words[1:-1]
    ):
        return False
    # The thing's common name, in lower case: a name the story gave (a place, a person) may
    # close a judgement as well ("A sad day for Buckingham Palace.").
    content = [w for w in words[1:] if w[:1].islower() and w not in _SMALL]
    said = sum(is_named(w, named) for w in content)
    return said >= _LEAST_SAID and said >= len(content) - _MOST_UNSAID


def _present_tense(word: str) -> bool:
    """A word in lower case with one final "s" inside the phrase: a verb's present tense ("The
    report comes amid ...") or a plural noun, which a caption sets last ("mushrooms.")."""
    return word[:1].islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def is_closing_caption(line: str) -> bool:
    """Whether ``line``, the article's last, alone after a paragraph that ends a sentence, is a
    picture's caption set without its stop (see the module docstring).

    Examples
    --------
    >>> is_closing_caption("A temple in the ruins of the Parthian city of Hatra, where scorpion "
    ...                    "bombs were first used in 189/199AD")
    True
    >>> is_closing_caption("A temple in the ruins of the Parthian city of Hatra, where scorpion "
    ...                    "bombs were first used in 189/199AD.")
    False
    >>> is_closing_caption("The temple was bombed by the militants, who fled")
    False
    >>> is_closing_caption("The international combat mission in Afghanistan, which began after "
    ...                    "the 2001 US-led invasion, was due to conclude at the end of this year")
    False
    """
    if not (_ARTICLE_FIRST.match(line) and _LAST_CHARACTER.fullmatch(line[-1:])):
        return False
    if len(line.split()) > _CLOSING_WORDS:
        return False
    relative = _RELATIVE_CLAUSE.search(line)
    phrase = line[: relative.start()] if relative is not None else line
    return has_no_verb(f"{phrase}.")


def is_bare_phrase(line: str) -> bool:
    """Whether ``line``, alone on its raw line among the story's, is a short phrase with an
    article first, no verb and no stop: a caption or a label (see the module docstring).

    Examples
    --------
    >>> is_bare_phrase("The accused Suresh Kumar")
    True
    >>> is_bare_phrase("The accused Suresh Kumar.")
    False
    >>> is_bare_phrase("The mob dragged Suresh Kumar to a butcher's shop")
    False
    >>> is_bare_phrase("The man walks home")
    False
    >>> is_bare_phrase("The man who fled")
    False
    """
    words = [w.strip(_MARKS) for w in line.split()]
    low, high = _BARE_WORDS
    return (
        low <= len(words) <= high
        and _ARTICLE_FIRST.match(line) is not None
        and _LAST_CHARACTER.fullmatch(line[-1:]) is not None
        and has_no_verb(f"{line}.")
        and not any(w.lower() in _RELATIVE or _present_tense(w) for w in words[1:-1])
    )


def is_capitalised(phrase: str) -> bool:
    """Whether every word of four letters or more in ``phrase`` opens with a capital: a
    crosshead's case, not a caption's, which keeps its common nouns in lower case.

    >>> is_capitalised("The Different Types of Fat")
    True
    >>> is_capitalised("The accused Suresh Kumar")
    False
    """
    return all(w[:1].isupper() for w in phrase.split() if len(w.strip(_MARKS)) >= 4)
