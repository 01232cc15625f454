"""Sentence boundaries inside and around quotations, the way news writes them.

pysbd protects everything between a pair of quote marks from being split: it was written for
text in which a quotation is a phrase. In news a quotation is often several sentences
(``"We will win. They will lose," he said.``), a quotation that goes on in the next paragraph
is left open (the paragraph starts with ``"`` and has no closing quote), and one stray or
unpaired quote mark then pairs with the wrong one and glues many sentences together. On GUM's
news and interviews this was the largest single source of wrong sentences.

So pysbd is given each line with its quote marks masked as spaces (:func:`mask`; offsets do not
move): it then decides boundaries inside a quotation exactly as it does outside one, with its
abbreviation, number and initial rules, which read ``45." She`` as ``45. She`` and ``"Mr.
Smith`` as `` Mr. Smith``. Its sentences are then given their quote marks back
(:func:`unmask`): a mark between two sentences that closes a quotation goes to the one before,
any other to the one after.

The square brackets of an omission mark in a quotation (``[...]``, ``[…]``) are masked too:
pysbd protects whatever stands between brackets, so ``crop yields [...] Ozone is ...`` never
ended there, while the same omission written ``...`` does before a capital (GUM's
``warming``: four sentences in two). The closing bracket then goes back to the sentence the
omission ends.
"""

from __future__ import annotations

import re

__all__ = ["QUOTES", "closes", "mask", "unmask"]

# Double quote marks of every style, and single ones that are not an apostrophe inside a word
# ("don't", "O’Neal", "U.S.'s" keep theirs: pysbd's abbreviation and contraction rules read
# them).
_QUOTE_MARK = re.compile(r"[\"“”„«»]|(?<![\w.])['‘’]|['‘’](?!\w)")
QUOTES = "\"“”„«»'‘’"
# Quote marks that can only close a quotation, whatever stands around them.
_CLOSING_GLYPHS = "”»’"
# An omission mark in square brackets; its brackets are masked with the quote marks.
_OMISSION = re.compile(r"\[((?:\. ?){2}\.|…)\]")


def mask(line: str) -> str:
    """Return ``line`` with its quote marks (not its apostrophes) and the brackets of its
    omission marks replaced by spaces.

    Examples
    --------
    >>> mask('"It\\'s over. Go," he said.')
    " It's over. Go,  he said."
    >>> mask("crop yields [...] Ozone")
    'crop yields  ...  Ozone'
    """
    masked = _QUOTE_MARK.sub(" ", line) if any(q in line for q in QUOTES) else line
    if "[" in masked:
        masked = _OMISSION.sub(r" \1 ", masked)
    return masked


def closes(line: str, at: int, *, glued: bool, open_before: bool = False) -> bool:
    """Whether the quote mark at ``line[at]``, between two sentences, closes a quotation.

    ``glued`` says that it follows the previous sentence's last character directly. A quote
    mark followed by a word opens a quotation; otherwise one glued to the previous sentence
    or a closing glyph closes. Only what stands next to the mark decides, so that a long line
    segmented a window at a time gets the same answer as in one piece; a straight quote with
    spaces on both sides (rare, and ambiguous) is taken to open.

    ``open_before`` says that the sentence before holds a straight quote mark left open: a
    straight mark glued to its end mark on one side and to a word on the other closes it, a
    line break lost after the quotation (``... they said."Apple CEO Tim Cook ...``), as a
    full stop glued to the next word is one after a sentence (``_glued``). Unless the next
    quote mark after it closes a quotation: then the mark opens the next paragraph of a
    quotation that a paragraph left open, the break between them lost (``... strong
    resemblance."This is making me feel ... the same person.”``, FNC-1 1800).

    A right double quote ``”`` glued to a sentence mark before a word closes the quotation a
    ``“`` before it left open (``... so do voters!”After his rally``): a closing glyph, the
    space after it lost. Read back to the last curly mark only, as far as a paragraph.
    """
    following = line[at + 1 : at + 2]
    if following and (following.isalnum() or following in "([“‘"):
        if (
            line[at] == "”"
            and glued
            and line[at - 1 : at] in (".", "!", "?")
            and _curly_open_before(line, at)
        ):
            # A right double quote glued to a sentence mark closes the quotation a “ left
            # open, the line break or space after it lost ("... so do voters!”After his
            # rally", "... native-born.”“Your facts"). After a closed one it is a ” typed for
            # the next quotation's opening mark (“...,” Gertz said.”You have ...).
            return True
        return (
            open_before
            and glued
            and line[at] == '"'
            and line[at - 1 : at] in (".", "!", "?", ",")
            and not _closed_after(line, at)
        )
    return glued or line[at] in _CLOSING_GLYPHS


def unmask(line: str, masked: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give the quote marks that :func:`mask` hid between sentences back to a sentence.

    Parameters
    ----------
    line : str
        The line as it is.
    masked : str
        ``mask(line)``.
    spans : list of (int, int)
        The sentences of ``masked``, in order, each starting and ending on a non-space
        character of it, with only whitespace of ``masked`` between and around them.

    Returns
    -------
    list of (int, int)
        The same sentences in ``line``: a mark before the first or after the last sentence
        joins it; between two, a closing mark (:func:`closes`) joins the one before and the
        marks from the first one that does not close on join the one after.

    Examples
    --------
    >>> line = 'He said "no." "Why?" she asked.'
    >>> masked = mask(line)
    >>> [line[s:e] for s, e in unmask(line, masked, [(0, 12), (15, 19), (21, 31)])]
    ['He said "no."', '"Why?"', 'she asked.']
    """
    if masked is line or not spans:
        return spans
    out: list[tuple[int, int]] = []
    cursor = 0  # the end of the previous sentence: the gap runs from here to the next one
    for start, end in spans:
        head = start  # where this sentence starts: at the first mark that does not close
        glued = True
        for at in range(cursor, start):
            if line[at].isspace():
                glued = False
                continue
            if (
                out
                and head == start
                and closes(
                    line,
                    at,
                    glued=glued,
                    open_before=glued and line[at] == '"' and _left_open(line, out[-1]),
                )
            ):
                out[-1] = (out[-1][0], at + 1)
                glued = True
            elif head == start:
                head = at
        out.append((head, end))
        cursor = end
    tail = len(line.rstrip())
    if tail > cursor:  # marks after the last sentence
        out[-1] = (out[-1][0], tail)
    return out


def _left_open(line: str, span: tuple[int, int]) -> bool:
    """Whether the sentence ``line[span[0]:span[1]]`` leaves a straight double quote open."""
    return line.count('"', span[0], span[1]) % 2 == 1


# How far past a glued quote mark to look for the next one (a quotation's paragraph).
_PAIR_READ = 2000


def _curly_open_before(line: str, at: int) -> bool:
    """Whether the last curly double quote mark before ``line[at]`` is an opening one."""
    for pos in range(at - 1, max(-1, at - _PAIR_READ), -1):
        char = line[pos]
        if char in "“”":
            return char == "“"
    return False


def _closed_after(line: str, at: int) -> bool:
    """Whether the next double quote mark after ``line[at]`` closes a quotation: a closing
    glyph, or a straight mark after a non-space character."""
    for pos in range(at + 1, min(len(line), at + _PAIR_READ)):
        char = line[pos]
        if char in '"“”„«»':
            return char in "”»" or (char == '"' and not line[pos - 1].isspace())
    return False
