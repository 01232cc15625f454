"""A round-up's first item's heading, at the body's top: told once the next item's is.

A round-up ("IN BRIEF", a digest of the day's short stories) sets each item under a headline of
its own and signs each with its writer's name; the heading of every item after the first is
told by the signed item above it (:func:`annotate.corpus._sections.heads_next_item`). The first
item's heading has no item above it: it is the body's first paragraph, under the page's title
(USA Today's "IN BRIEF", PolNeAR usa-today 2015-12-22: ``Spain struggles to form post-election
government.`` over "Spain braced for weeks of political uncertainty Monday ...", seeds 1615
and 1616's judges, while the next three items' headings were dropped). A page's items are set
alike, so once a later item's heading is known, a first paragraph of the same shape over a
paragraph set apart is the first item's heading, not a sentence of a story: a story is not a
series of signed items. :func:`first_items` holds that paragraph until the series is known or
:data:`HOLD` paragraphs have gone by.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from annotate.corpus._headlines import ends_sentence
from annotate.corpus._sections import Paragraph, is_item_head

__all__ = ["first_items"]

# A brief's item runs a few paragraphs before its writer signs it and the next item's heading
# comes; a longer wait is no round-up's.
HOLD = 8
# The item's first paragraph under its heading: at least a short sentence.
_PARAGRAPH_CHARS = 60


def first_items(
    lines: Iterable[Paragraph], next_heads: Callable[[], int | None]
) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with whether it is a round-up's
    first item's heading. ``next_heads`` gives the number of the first line dropped as a later
    item's heading so far, None before one; it is read as each paragraph comes.

    Examples
    --------
    >>> head = "Spain struggles to form post-election government."
    >>> body = "Spain braced for weeks of political uncertainty after the vote on Sunday."
    >>> lines = [("", head, 3), ("\\n\\n", body, 5), ("\\n\\n", body, 7), ("\\n\\n", body, 11)]
    >>> [cut for *_, cut in first_items(lines, lambda: 9)]
    [True, False, False, False]
    >>> [cut for *_, cut in first_items(lines, lambda: None)]
    [False, False, False, False]
    """
    held: list[Paragraph] = []
    top = True
    for item in lines:
        gap, line, _ = item
        if top:
            top = False
            if isinstance(line, str) and is_item_head(line):
                held.append(item)
            else:
                yield (*item, False)
            continue
        if not held:
            yield (*item, False)
            continue
        # A long line (bytes) is no brief's item: the page is no round-up, and it is never held.
        if not isinstance(line, str):
            yield from _release(held, False)
            yield (*item, False)
            continue
        if len(held) == 1 and not (
            gap == "\n\n"
            and isinstance(line, str)
            and len(line) >= _PARAGRAPH_CHARS
            and ends_sentence(line)
        ):
            # No item's paragraph set apart under it: not a heading's place.
            yield (*held.pop(), False)
            yield (*item, False)
            continue
        held.append(item)
        first = next_heads()
        if first is not None or len(held) > HOLD:
            yield from _release(held, first is not None and first > held[0][2])
    if held:
        first = next_heads()
        yield from _release(held, first is not None and first > held[0][2])


def _release(held: list[Paragraph], cut: bool) -> Iterator[tuple[str, str | bytearray, int, bool]]:
    """The held paragraphs, the first cut when ``cut``; ``held`` is emptied."""
    for index, item in enumerate(held):
        yield (*item, cut and index == 0)
    held.clear()
