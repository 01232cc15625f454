"""A paragraph stage's read-ahead: one kept line held, with the dropped lines after it.

Several stages of the cleaning stream decide about a kept line only once they see the next
one: a headline set inline between two paragraphs that end their sentences
(:mod:`annotate.corpus._inline_heads`), a question beside its box's other questions
(:mod:`annotate.corpus._asked_links`), the body's first line over a paragraph that ends its
sentence (:mod:`annotate.corpus._opening_captions`), a sentence in a caption's tense between
two dropped captions (:mod:`annotate.corpus._caption_runs`). Each holds the line, and the lines the
stream dropped after it (the page's "Video loading" under a caption), until the next kept
line, then lets them go, relabelled or not. Only a line the stage asks about is held, so the
read-ahead is bounded by one paragraph and the dropped run after it, as every paragraph
stage's (see :mod:`annotate.corpus._clean`); :func:`hold_kept` is that loop, written once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

__all__ = ["Decide", "DroppedBetween", "Holds", "Item", "hold_kept"]

Item = tuple[str, "str | bytearray", int, "str | None", str]  # gap, line, number, kind, why

# The raw number, kind and text of the lines the line rules dropped so far between two raw
# line numbers (both excluded), in line order: what a stage reads around a held line.
DroppedBetween = Callable[[int, int], list[tuple[int, str, str]]]
# Asked of each kept line not held: whether to hold it, given the dropped items yielded since
# the last kept line.
Holds = Callable[[Item, list[Item]], bool]
# Given the held items (the kept line first) and the next kept line (None at the stream's
# end): the items to let go, and the next line as it goes on when the stage changes it (its
# gap may become the held line's), or None for it unchanged.
Decide = Callable[[list[Item], "Item | None"], tuple[list[Item], "Item | None"]]


def hold_kept(items: Iterable[Item], *, holds: Holds, decide: Decide) -> Iterator[Item]:
    """The stream's ``items``, with each kept line ``holds`` picks held, with the dropped
    items after it, until the next kept line (or the end), and ``decide`` letting them go.

    Examples
    --------
    >>> items = [("", "A", 1, None, ""), ("", "ad", 2, "ad", "an ad"), ("", "B.", 3, None, "")]
    >>> def decide(held, after):
    ...     return [(*held[0][:3], "caption", "over B"), *held[1:]], None
    >>> [i[3] for i in hold_kept(items, holds=lambda i, _: i[1] == "A", decide=decide)]
    ['caption', 'ad', None]
    """
    since: list[Item] = []  # the dropped items let go since the last kept line
    held: list[Item] = []  # the held kept line, and the dropped items after it
    for item in items:
        if item[3] is not None:
            if held:
                held.append(item)
            else:
                since.append(item)
                yield item
            continue
        if held:
            released, changed = decide(held, item)
            yield from released
            held = []
            item = item if changed is None else changed
        if holds(item, since):
            held = [item]
        else:
            yield item
        since = []
    if held:
        released, _ = decide(held, None)
        yield from released
