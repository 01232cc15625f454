"""Pictures' labels run into a paragraph, told by the bracketed credits they carry.

A blog that appends its pictures under the story's last paragraph keeps, scraped into one
line, their labels and credits glued after its last sentence: ``... if the story is
officially confirmed or denied. Pictures of Rosenberg (Not a repost! ...) Kobani map November
28 (credits to @deSyracuse) Kobani map late November 29 (credits to @macroarch). Note: ...``
(FNC-1 26, round 36's judges). The segmenter reads the run as a sentence; it has no clause,
only the pictures' names and what they are owed to. A credit in brackets that says so,
``(credit: AP)``, ``(photo credits to @name)``, is a picture's: the story names its sources
in its clauses (``according to``, ``said``) or ``(via 9to5Mac)``, never by ``credit``. So
the sentence a bracketed credit sits in, from the sentence end before the first such credit
(a mark outside brackets, a space) to the last one and its stop, is cut out of the paragraph
as a caption (not a credit alone after a sentence's stop, which closes the caption before
it: FNC-1 test 435), when the paragraph's next sentence (if any) opens after it with a capital: a
credit the sentence goes on after is not the run's end. A line that is the run alone is left
whole, to the caption rules. On every FNC-1 body and PolNeAR text, one paragraph has it:
FNC-1 26's.
"""

from __future__ import annotations

import re

__all__ = ["split_credited_labels"]

# "(credit: AP)", "(credits to @deSyracuse)", "(photo credit: Jane Doe)": the word "credit",
# then "to" or a colon, then a name or a handle of a few words.
_CREDIT = re.compile(
    r"\((?:photo |image |picture |map )?credits? ?(?:to |: ?)@?[\w.'’-]+(?: [\w.'’-]+){0,3}\)",
    re.I,
)
# After the last credit: its stop (if any), then the next sentence's capital or the end.
_AFTER = re.compile(r"[.!?]?(?:\s+(?=[A-Z\"“‘])|\s*$)")


def split_credited_labels(line: str) -> tuple[str, str]:
    """Cut a run of pictures' labels out of a paragraph, from the sentence end before its
    first bracketed credit to the last one (see the module docstring).

    Returns the paragraph without the run and the run ("" when there is none).

    Examples
    --------
    >>> split_credited_labels("It may be denied. Pictures of Rosenberg (Not a repost!) Kobani "
    ...                       "map (credits to @deSyracuse). Note: Some gains were reversed.")
    ('It may be denied. Note: Some gains were reversed.', \
'Pictures of Rosenberg (Not a repost!) Kobani map (credits to @deSyracuse).')
    >>> split_credited_labels("He was seen there. The man (credit: AP) walked out of court.")
    ('He was seen there. The man (credit: AP) walked out of court.', '')
    >>> split_credited_labels("It shows them. (photo credit: AP) He fled.")
    ('It shows them. (photo credit: AP) He fled.', '')
    >>> split_credited_labels("Apple may hold an event, iGen says (via AppleInsider). It did.")
    ('Apple may hold an event, iGen says (via AppleInsider). It did.', '')
    """
    if "redit" not in line:
        return line, ""
    credits = list(_CREDIT.finditer(line))
    if not credits:
        return line, ""
    after = _AFTER.match(line, credits[-1].end())
    if after is None:
        return line, ""
    start = _sentence_start(line, credits[0].start())
    # A credit that opens its sentence closes the caption before it, whose stop it follows
    # ("... before beheading them. (photo credit: AP)", FNC-1 test 435): the caption rules'.
    if start == credits[0].start():
        return line, ""
    run = line[start : after.end()].strip()
    rest = f"{line[:start].rstrip()} {line[after.end() :].lstrip()}".strip()
    return (rest, run) if rest else (line, "")


def _sentence_start(line: str, before: int) -> int:
    """Where the sentence that holds ``before`` starts: after the last sentence end (a mark
    and a space, outside brackets) before it, or the line's start.

    >>> _sentence_start("It ended. Pictures (Not a repost! Original.) Map", 30)
    10
    """
    depth = 0
    start = 0
    for i, char in enumerate(line[:before]):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ".!?" and depth == 0 and line[i + 1 : i + 2].isspace():
            start = i + 2
    return start
