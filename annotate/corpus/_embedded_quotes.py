"""A quotation embedded in a sentence that goes on after it is part of that sentence.

Quote marks are masked before pysbd sees a line (``_quotes``), so that a quotation of several
sentences is split like any other text (``"We will win. They will lose," he said.``). But when
the quotation opens inside a sentence and that sentence goes on after the closing mark, the
quotation is a phrase of it, however many sentences it holds: the frame's own words, or its
final stop, stand after the closing mark, and the quotation's last sentence ends without a mark
of its own::

    It’s sort of like," Hmmm ... that’s hilarious. That’s really really funny" rather than ...
    Stan remarked to The Brooklyn Paper, "We'll keep it around until he’s irrelevant. I hope
    he’s there the whole way".
    Trump ... tweeted, "Thank you Indiana! #Trump2016" on Friday afternoon.

Cut inside, such a line gives a piece that is no sentence (``That’s really really funny"
rather than people falling off their chairs.``). So the sentences from the one where such a
quotation opens to the one where it closes are joined. Three conditions, all read from the
marks and the words next to them: the quotation opens after a word of its sentence (not at the
sentence's start: ``"What are we going to do? That is the fight we're taking" to the rest of
the country.`` stays two, each a sentence); the closing mark follows a letter or digit (a
quotation closed after its own ``.``, ``!``, ``?`` or ``,`` ended its last sentence itself);
and after it comes a word in lower case that is not a pronoun opening an attribution (``...
rugby player” he added`` is a new sentence's attribution), or a mark that ends or goes on with
a sentence (``".``, ``",``, ``" ((it)).``).

Only double quote marks are read: single ones are also apostrophes. Straight double quotes
open and close in turn along the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from annotate.corpus._glued import SlicedLine

__all__ = ["joined_embedded"]

_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'
_DOUBLE = re.compile(f"[{_STRAIGHT}{_OPENING}{_CLOSING}]")
# What may follow the closing mark of a quotation that its sentence goes on after: a mark that
# ends or continues the sentence, or a lower-case word other than a subject pronoun.
_FRAME_GOES_ON = re.compile(r"[.,;:!?…]|\s*[(\[]|\s+(?!(?:he|she|they|we|i|you|it)\b)[a-z]")
# A straight double quote right after a number (not a word ending in digits: "#Trump2016").
_INCHES = re.compile(r"(?<![\w#.])\d+(?:\.\d+)?\"$")
# A quotation is joined over at most this many sentences after the one it opens in; one left
# open to the paragraph's end (news's open-quote continuation) is not held longer.
MAX_SENTENCES = 6


def _marks(text: str, straight: bool) -> tuple[list[tuple[int, bool]], bool]:
    """The double quote marks of ``text`` (position, whether it opens a quotation), and
    whether straight quotes are open after it (``straight``: whether they are before).

    A straight quote after a number is an inch mark (``an ~11.88" Retina MacBook``), not a
    quote mark.
    """
    marks = []
    for match in _DOUBLE.finditer(text):
        at, char = match.start(), match.group()
        # Read back a few characters only: a line may hold many straight quotes.
        if char == _STRAIGHT and not _INCHES.search(text, max(0, at - 24), at + 1):
            straight = not straight
            marks.append((at, straight))
        elif char != _STRAIGHT:
            marks.append((at, char in _OPENING))
    return marks, straight


def joined_embedded(
    line: SlicedLine, spans: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Join the sentences of a quotation embedded in a sentence that goes on after it.

    Parameters
    ----------
    line : str
        One line (paragraph) of cleaned text, or a long line read as it goes.
    spans : iterable of (int, int)
        Its sentences, in order, each starting and ending on a non-space character.

    Yields
    ------
    (int, int)
        The same text in the same order, in as many or fewer sentences.

    Examples
    --------
    >>> line = 'It was like, "Hmm. That is funny" rather than loud. Yes.'
    >>> [line[s:e] for s, e in joined_embedded(line, [(0, 17), (18, 51), (52, 56)])]
    ['It was like, "Hmm. That is funny" rather than loud.', 'Yes.']
    """
    straight = False  # straight double quotes open at the start of the next sentence
    held: list[tuple[int, int]] = []  # from the sentence an embedded quotation opened in
    for start, end in spans:
        text = line[start:end]
        marks, straight = _marks(text, straight)
        # The quotation this sentence leaves open, and whether its first mark closes one.
        opener = marks[-1][0] if marks and marks[-1][1] else None
        closer = marks[0][0] if marks and not marks[0][1] else None
        if held and marks and closer is None:
            # A quotation opens before one closes: the held one closed unseen (a mark this
            # module does not read, such as a double prime), so it is not held any longer.
            yield from held
            held = []
        if held:
            held.append((start, end))
            if closer is not None:
                goes_on = text[closer - 1 : closer].isalnum() and _FRAME_GOES_ON.match(
                    text, closer + 1
                )
                if goes_on:
                    yield held[0][0], end
                else:
                    yield from held
                held = []
            elif len(held) > MAX_SENTENCES:
                yield from held
                held = []
        elif opener is not None and any(c.isalpha() for c in text[:opener]):
            held = [(start, end)]
        else:
            yield start, end
    yield from held
