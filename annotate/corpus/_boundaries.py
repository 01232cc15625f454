"""A correction pass over the segmenter's sentence boundaries: where a sentence cannot start.

pysbd (given quote marks masked, see ``_quotes``) decides where sentences may end; some of the
pieces it returns still cannot start a sentence, and are joined to the one before:

- a ``)`` or ``]``, or more sentence-final marks, glued to the previous sentence's last
  character end it (``(I am mixed-race (half-Chinese) and in an interracial marriage.) I am``;
  ``"See you Monday morn !!!!," a message``, which pysbd cut after ``!!``);
- a piece starting with ``,``, ``;`` or ``:`` goes on with the previous sentence
  (``Ed.: See the LibriVox catalog``);
- a piece after one that does not end like a sentence (no ``.``, ``!``, ``?``, ``…``, ``:`` or
  ``;``, perhaps inside closing quotes or brackets) goes on with it: pysbd cuts before list
  markers (``You either 1) sacrifice ..., or 2) you ...``) and after a tweet's handle;
- a piece starting with a time zone goes on with a previous one ending in a clock time
  (``at 9 p.m. EST on Tuesday``: pysbd ends a sentence at ``a.m.``/``p.m.`` before a capital;
  30 of the 31 such places in FNC-1 and PolNeAR were cut there, all wrongly);
- a piece starting with a lower-case word goes on with the previous sentence: an attribution
  after a quotation (``"Is it over?" he asked.``), a title (``the film "Why Not?" was
  banned``), an abbreviation taken for a sentence end (``M.Sc. studies``, ``R-Calif., said``,
  ``Will.i.am``) or an ellipsis inside a sentence (``in a way .. for example``). News starts
  sentences with a capital, a digit or a quote mark; a word such as "iPhone" or "eBay" is not
  lower-case throughout, so it may still start one.
"""

from __future__ import annotations

import re

__all__ = ["correct"]

# Marks that end a sentence, never start one.
_CLOSING = ")]!?.…"
_CONTINUING = ",;:"
_TIME_ZONE = re.compile(r"(?:[A-Z]{1,3}[SD]?T|GMT|UTC)\b")
# A sentence end: final punctuation, then any quote marks (of every style: news also closes
# with “ and «) or brackets, perhaps after a space ("advised. ”").
_ENDS = re.compile(r"[.!?…:;](?:\s?[\"“”„«»'‘’)\]])*$")


def _lower_word(line: str, at: int, end: int) -> bool:
    """Whether ``line[at:end]`` starts with a word of letters all in lower case."""
    stop = at
    while stop < end and line[stop].isalpha():
        if not line[stop].islower():
            return False
        stop += 1
    return stop > at


def correct(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join each piece that cannot start a sentence (see the module docstring) to the one before.

    Parameters
    ----------
    line : str
        One line (paragraph) of cleaned text.
    spans : list of (int, int)
        Its sentences as segmented: in order, not overlapping, each starting and ending on a
        non-space character.

    Returns
    -------
    list of (int, int)
        The same text in the same order, in as many or fewer sentences, with the same
        properties.

    Examples
    --------
    >>> line = '"Is it over?" he asked. "Yes."'
    >>> [line[s:e] for s, e in correct(line, [(0, 13), (14, 23), (24, 30)])]
    ['"Is it over?" he asked.', '"Yes."']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        at = start
        while out and at < end and line[at] in _CLOSING and at == out[-1][1]:
            at += 1
            out[-1] = (out[-1][0], at)
        while at < end and line[at].isspace():
            at += 1
        if at == end:  # nothing but those marks
            continue
        clock = bool(out) and line[out[-1][1] - 4 : out[-1][1]].lower() in ("a.m.", "p.m.")
        if out and (
            line[at] in _CONTINUING
            or _lower_word(line, at, end)
            or (clock and _TIME_ZONE.match(line, at) is not None)
            or _ENDS.search(line, max(out[-1][0], out[-1][1] - 12), out[-1][1]) is None
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((at, end))
    return out
