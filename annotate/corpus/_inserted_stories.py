"""A related story's headline and teaser set between a story's paragraphs, as a box.

A page may set, between two paragraphs of its story, a box that links another story: its
headline and the first paragraph or two of its text (AP's story on Kayla Mueller, FNC-1 754:
``Jordan launches new airstrikes after vowing harsh war on ISIS`` over "Dozens of Jordanian
fighter jets bombed ISIS training centers ..." and "As part of the new campaign, ..."). Scraped
into text, the box reads as paragraphs of the story. Two marks tell it. The headline has no
end mark, which a paragraph of prose has; and the box is set apart from the story above it
by a blank line, as each paragraph is, but its last line runs into the story's next
paragraph with no blank line between, where the page sets every paragraph apart (the box's
markup closes without the paragraph break the story's own paragraphs carry).

So a line without an end mark, in the story's body, on a page whose kept paragraphs so far
were all set apart by blank lines, with one or two paragraphs under it, each set apart,
whose last is set close over the next paragraph, is a box: the line its headline, the
paragraphs its teaser. On every FNC-1 body and PolNeAR text this takes FNC-1 754's box alone:
on other pages a line of that shape is dropped already (a caption, an ad's link), and a
story's lede set close over its next paragraph is not under a line without a mark.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from annotate.corpus._headlines import ends_sentence

__all__ = ["inserted_stories"]

Paragraph = tuple[str, str | bytearray, int]

# A headline's length in words; a teaser's paragraphs, at most, and how long each is at least.
_HEAD_WORDS = (5, 20)
_TEASER_PARAGRAPHS = 2
_PARAGRAPH_CHARS = 60


def _headline(line: str | bytearray) -> bool:
    """A line in a related story's headline shape: no end mark, no lead-in's colon or comma,
    a capital first, five to twenty words."""
    if not isinstance(line, str) or not line[:1].isupper():
        return False
    low, high = _HEAD_WORDS
    return (
        low <= len(line.split()) <= high
        and not ends_sentence(line)
        and not line.endswith((":", ",", ";", "—", "-"))
    )


def _paragraph(line: str | bytearray) -> bool:
    """A paragraph of prose: long enough, ending as a sentence does."""
    return isinstance(line, str) and len(line) >= _PARAGRAPH_CHARS and ends_sentence(line)


def inserted_stories(lines: Iterable[Paragraph]) -> Iterator[tuple[str, str | bytearray, int, str]]:
    """Each ``(gap, line, number)`` of the kept paragraphs, with its kind when it belongs to a
    related story's box (see the module docstring): ``headline`` for its headline, ``link``
    for its teaser's paragraphs, "" for the story's own. The paragraph after a box takes the
    box's gap (the break before the box is the story's own).
    """
    held: list[Paragraph] = []
    spaced = True  # every kept paragraph so far was set apart by a blank line
    body = False  # a paragraph ending as a sentence has gone by

    for item in lines:
        gap, line, _number = item
        if held:
            teaser = len(held) - 1
            if gap == "\n" and 1 <= teaser <= _TEASER_PARAGRAPHS:
                yield (*held[0], "headline")
                for paragraph in held[1:]:
                    yield (*paragraph, "link")
                yield (held[0][0], line, item[2], "")
                held = []
                continue
            if gap == "\n\n" and _paragraph(line) and teaser < _TEASER_PARAGRAPHS:
                held.append(item)
                continue
            for paragraph in held:
                yield (*paragraph, "")
            held = []
            spaced = spaced and gap == "\n\n"
        elif spaced and body and gap == "\n\n" and _headline(line):
            held = [item]
            continue
        else:
            spaced = spaced and gap in ("", "\n\n")
        body = body or _paragraph(line)
        yield (*item, "")
    for paragraph in held:
        yield (*paragraph, "")
