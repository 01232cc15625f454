"""Mis-decoded text (mojibake): UTF-8 that was read as cp1252 or Latin-1 before it reached us.

Scraped news carries it: FNC-1 has ``â€” Brown Moses (@Brown_Moses)`` for ``— Brown Moses``,
PolNeAR ``GuantÃ¡namo`` for ``Guantánamo``. It is repaired with ``ftfy`` (a maintained
library that knows these encodings and which sequences are unlikely in real text), while the
text is cleaned and beside the decoding of HTML character references
(:mod:`annotate.corpus._entities`), so that offsets point into the repaired text.

Only a run of characters that reads as UTF-8 bytes (ftfy's detector) is repaired, and only
when ftfy finds it unlikely text, its repair is not, and neither is the repair with the
characters on each side of the run: ``ftfy.fix_text`` on a whole line would also change
correct text (curly quotes, a line that mixes a correct ``“`` with a broken ``Ã©``), and
``ftfy.fix_encoding`` on a whole line that holds a run it cannot repair makes it worse
(PolNeAR's ``FranÃÂ§ois``, which lost a byte to a second mis-decoding, became
``FranÃƒÂ§ois``). A repair that leaves mojibake beside it (``realÃ¢€world``, mis-decoded
twice with a byte lost) is no repair, and the run is left as it was.

A run whose second byte was a spacing accent (``¨ ¯ ´ ¸ ˜``) may have been through a
compatibility normalisation, which writes the accent as a space and a combining mark:
PolNeAR has ``SÃ©golÃ`` + ``" \\u0308"`` + ``ne``. Read as the spacing accent again, the run
repairs to ``Ségolène``; ftfy alone would take the space for a lost no-break space (``à``).
"""

from __future__ import annotations

import re
import unicodedata

from ftfy import fix_encoding
from ftfy.badness import is_bad
from ftfy.chardata import UTF8_CLUES, UTF8_DETECTOR_RE

__all__ = ["fix_mojibake"]


def _spacing_accents() -> dict[str, str]:
    """The spacing accents of cp1252 (Latin-1's are among them) that a compatibility
    normalisation (NFKC/NFKD) writes as a space and a combining mark, by that form:
    ``" \u0308"`` -> ``"¨"``, and so on."""
    accents = {}
    for byte in range(0x80, 0x100):
        accent = bytes([byte]).decode("cp1252", "ignore")
        decomposed = unicodedata.normalize("NFKD", accent)
        if len(decomposed) == 2 and decomposed[0] == " ":
            accents[decomposed] = accent
    return accents


_SPACING = _spacing_accents()
# What every run of the detector starts with: a lead character, then a continuation one.
# Searched first, as one character class after another: the detector, with its look-behind
# and repetition, cost a tenth of the cleaning time on FNC-1 and PolNeAR when run on every
# line with a non-ASCII character (a curly quote, a dash).
_CLUE = re.compile(
    "[{utf8_first_of_2}{utf8_first_of_3}{utf8_first_of_4}][{utf8_continuation}]".format(
        **UTF8_CLUES
    )
)
_DECOMPOSED = re.compile("|".join(map(re.escape, _SPACING)))


def _runs(line: str) -> list[tuple[int, int, str]]:
    """Each run ftfy's detector finds, as ``(start, end, text to repair)``: a run that ends
    in a space before a combining mark takes the mark in, as the spacing accent."""
    runs = []
    for match in UTF8_DETECTOR_RE.finditer(line):
        start, end, text = match.start(), match.end(), match.group()
        if text.endswith(" "):
            accent = _DECOMPOSED.match(line, end - 1)
            if accent:
                text, end = text[:-1] + _SPACING[accent.group()], accent.end()
        runs.append((start, end, text))
    return runs


def _repaired(line: str, start: int, end: int, text: str) -> str | None:
    """The repair of ``text`` (``line[start:end]``, read as :func:`_runs` says), or None when
    ftfy is not sure of it (see the module docstring)."""
    if not is_bad(text):
        return None
    fixed = fix_encoding(text)
    if fixed == text or is_bad(fixed):
        return None
    if is_bad(line[start - 1 : start] + fixed + line[end : end + 1]):
        return None
    return fixed


def fix_mojibake(line: str) -> str:
    """``line`` with each run of mis-decoded UTF-8 that ftfy is sure of repaired.

    Examples
    --------
    >>> fix_mojibake("â€” Brown Moses, at GuantÃ¡namo, said “no”")
    '— Brown Moses, at Guantánamo, said “no”'
    >>> fix_mojibake("Mme SÃ©golÃ \\u0308ne")
    'Mme Ségolène'
    """
    if line.isascii() or not _CLUE.search(line):
        return line
    pieces, at = [], 0
    for start, end, text in _runs(line):
        fixed = _repaired(line, start, end, text)
        if fixed is not None:
            pieces += [line[at:start], fixed]
            at = end
    return "".join(pieces) + line[at:] if pieces else line
