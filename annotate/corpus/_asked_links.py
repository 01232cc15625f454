"""Another story's headline that asks, set among the page's box of links: not the story's.

A page sets links to its other stories between the story's paragraphs, each a headline alone in
its paragraph, and some of those headlines ask (CNN's ``Is Kim Jong Un still in charge of North
Korea?`` over ``Who is Kim Yo Jong?``, FNC-1 689; BBC's ``Will 'truce' with Boko Haram free
Chibok girls?`` under ``Who are Boko Haram?`` and ``Profile: Boko Haram leader Abubakar
Shekau``, FNC-1 840; both counted by round 30's judges). A question is no headline by its words
alone: a story asks its own (``Is that so much to ask?``, ``Does Jess Smith look familiar?``),
and a story's question alone in its paragraph next to a dropped line is common (122 kept
questions on FNC-1 and PolNeAR stand next to one: a credit, a caption, a section's head).

So the page's structure tells it, all of it:

- the question is alone in its paragraph, spaced from the lines around it, after a paragraph
  of the story that ends its sentence: a link's place, not a run-on of the writer's;
- it has a headline's shape (:func:`asks_as_headline`): one question of four to fourteen
  words, no comma, colon or double quotation mark, opening on a capital that is no
  conjunction (``But how did ...``, ``So is ...``, ``If Apple launches ..., will it ...``:
  the writer's), and speaking to no one (``you``, ``we``, ``I``: the writer's or a speaker's);
- and its box is next to it: the dropped lines set right before it or right after it hold
  another question dropped as the page's (a heading, headline, caption, link or its
  duplicate; not the question's own copy), a sibling of the same box. Before it, the box is a
  run of at least two dropped lines: one dropped question right over it is a section's head,
  and the paragraph under a head is the story's (``Will the old non-Retina MacBook Air
  remain?`` over "If Apple launches a 12in MacBook Air, will it discontinue the existing
  models?", FNC-1 1362).

A bullet ties the question to its box too: an item of a bulleted list whose sibling item, set
under the same bullet, the page dropped as a box's line is one of the same list of links,
whether the sibling asks with its mark or lost it (BBC's ``• Who is Jihadi John?`` over ``•
Does Jihadi John have a body double``, FNC-1 1489, seed 1581's judge). The story's own
bulleted items are its sentences, each a statement under a lead-in (FNC-1 1541's goldfish
facts), and none of them is a question beside a bulleted link: on every FNC-1 body and PolNeAR
text, the one kept question set so is that link.

The stage holds only a question of that shape and the dropped lines after it, until the next
kept line: bounded read-ahead, as every paragraph stage's (see :mod:`annotate.corpus._clean`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from annotate.corpus._bullets import split_bullet
from annotate.corpus._headlines import ends_sentence, has_inner_end
from annotate.corpus._held_lines import DroppedBetween, Item, hold_kept

__all__ = ["asked_links", "asks_as_headline"]

_REASON = "another story's headline that asks, beside its box's other questions"

_WORDS = (4, 14)
# The kinds of the page's box lines: a link's headline is dropped as one of them.
_BOX_KINDS = frozenset({"heading", "headline", "caption", "link", "duplicate"})
# Before the question, the box: at least two lines (one alone is a section's head).
_RUN_BEFORE = 2
_SIBLING_CHARS = 120
# fmt: off
# A writer's question runs on from the story, or speaks to someone.
_RUN_ON = frozenset({
    "and", "but", "or", "so", "yet", "then", "if", "when", "because", "now", "well", "also",
})
_SPEAKING = frozenset({
    "you", "your", "you're", "we", "our", "us", "i", "i'm", "my", "me", "we're", "yours",
})
# fmt: on


def asks_as_headline(line: str) -> bool:
    """Whether ``line`` has the shape of a headline that asks (see the module docstring).

    Examples
    --------
    >>> asks_as_headline("Is Kim Jong Un still in charge of North Korea?")
    True
    >>> asks_as_headline("Will 'truce' with Boko Haram free Chibok girls?")
    True
    >>> asks_as_headline("Is that so much to ask?"), asks_as_headline("Would you watch it?")
    (True, False)
    >>> asks_as_headline("If Apple launches a 12in MacBook Air, will it discontinue them?")
    False
    """
    words = line.split()
    low, high = _WORDS
    if not (low <= len(words) <= high and line.endswith("?") and line[:1].isupper()):
        return False
    if any(c in line for c in ',:;"“”') or has_inner_end(line):
        return False
    lowered = {w.strip("?'‘’").lower().replace("’", "'") for w in words}
    return words[0].lower() not in _RUN_ON and not lowered & _SPEAKING


def _is_sibling(kind: str, line: str | bytearray) -> bool:
    """Whether a line dropped as ``kind`` is a box's line that asks: a question link's
    sibling."""
    return (
        kind in _BOX_KINDS
        and isinstance(line, str)
        and len(line) <= _SIBLING_CHARS
        and line.rstrip("'’\"” ").endswith("?")
    )


def _is_bulleted_sibling(kind: str, line: str | bytearray, bullet: str) -> bool:
    """Whether a line dropped as ``kind`` is a box's line set under ``bullet``, the bullet cut
    off the held question: an item of its list of links (see the module docstring)."""
    return (
        bool(bullet)
        and kind in _BOX_KINDS
        and isinstance(line, str)
        and len(line) <= _SIBLING_CHARS
        and split_bullet(line)[0] == bullet
    )


def asked_links(items: Iterable[Item], *, longest: int, dropped: DroppedBetween) -> Iterator[Item]:
    """The cleaning stream's items, with a kept question in a headline's shape
    (:func:`asks_as_headline`), alone in its paragraph after a paragraph that ends its
    sentence, dropped as ``headline`` when the run of dropped lines right before it (two or
    more) or right after it holds another question the page dropped as a box's line (see the
    module docstring). ``dropped(a, b)`` gives the lines dropped between raw lines ``a``
    and ``b`` (both excluded) before they reached the stream; the stream's
    own dropped items count with them. Only such a question is held, with the dropped items
    after it, until the next kept line (:func:`hold_kept`)."""
    ended = False  # the last kept line not held ends a sentence
    last = 0  # the raw number of the last kept line
    box_before = False  # the run before the held question holds a sibling
    bullet = ""  # the bullet cut off the held question (annotate.corpus._bullets.split_bullet)

    def holds(item: Item, since: list[Item]) -> bool:
        nonlocal ended, last, box_before, bullet
        _, line, number, _, _ = item
        hold = ended and isinstance(line, str) and len(line) <= longest and asks_as_headline(line)
        if hold:
            run = [(i[3] or "", i[1]) for i in since] + [
                (k, t) for _, k, t in dropped(last, number)
            ]
            # The bullet the line rules cut off the question, recorded at its own line.
            bullet = next((t for _, k, t in dropped(number - 1, number + 1) if k == "markup"), "")
            # A bulleted sibling before is the list's item before, no section's head: one is
            # enough.
            box_before = (
                len(run) >= _RUN_BEFORE and any(_is_sibling(k, t) and t != line for k, t in run)
            ) or any(_is_bulleted_sibling(k, t, bullet) for k, t in run)
        else:
            ended = not isinstance(line, str) or ends_sentence(line)
        last = number
        return hold

    def decide(held: list[Item], after: Item | None) -> tuple[list[Item], Item | None]:
        head_gap, head, head_number, _, _ = held[0]
        next_gap, next_number = (None, 1 << 62) if after is None else (after[0], after[2])
        run = [(i[3] or "", i[1]) for i in held[1:]]
        run += [(k, t) for _, k, t in dropped(head_number, next_number)]
        alone = head_gap == "\n\n" and (next_gap in (None, "\n\n") or bool(run))
        sibling = any(_is_sibling(k, t) and t != head for k, t in run) or any(
            _is_bulleted_sibling(k, t, bullet) for k, t in run
        )
        if alone and (box_before or sibling):
            return [(head_gap, head, head_number, "headline", _REASON), *held[1:]], None
        return held, None

    return hold_kept(items, holds=holds, decide=decide)
