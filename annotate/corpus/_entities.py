"""HTML character references left in text input: ``&#233;``, ``&amp;``, ``&nbsp;`` and the like.

Scraped news often reaches a CSV or a text file with its character references undecoded
(FNC-1 has ``&nbsp;&hellip;`` and ``&amp;lt;a href=...``); a task would show them as written.
They are decoded while the text is cleaned, before any offset is taken: offsets point into the
cleaned article text, which holds the decoded characters, so they stay exact without a map
(the raw text is kept only through ``raw_sha256`` and each dropped line's number, and decoding
never adds or removes a line: a decoded line break becomes a space when the line is
normalised again).

Only references closed by ``;`` are decoded: HTML5 also reads ``&copy`` or ``&not`` without
one, which would turn the "&not" of "Marks&notes" into "¬". A reference written over an
escaped ampersand (``&amp;nbsp;``, text escaped twice or more) is decoded again, until
nothing changes.
"""

from __future__ import annotations

import html
import re

__all__ = ["decode_entities", "has_entity"]

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode(match: re.Match[str]) -> str:
    # html.unescape knows every HTML5 name and maps &#150; and the like as browsers do
    # (to "–", not to a C1 control character); an unknown name comes back unchanged.
    return html.unescape(match.group())


def has_entity(line: str) -> bool:
    """Whether ``line`` holds a character reference that :func:`decode_entities` would decode.

    Examples
    --------
    >>> has_entity("AT&T and R&D;"), has_entity("caf&#233;")
    (False, True)
    """
    return "&" in line and any(_decode(m) != m.group() for m in _ENTITY.finditer(line))


def decode_entities(line: str) -> str:
    """Decode the character references of ``line``, again while escaped ones are left.

    Examples
    --------
    >>> decode_entities("Caf&#233; &amp; bar&nbsp;&hellip; &amp;amp;nbsp;x AT&T;")
    'Café & bar\\xa0… \\xa0x AT&T;'
    """
    while True:
        decoded = _ENTITY.sub(_decode, line)
        if decoded == line:
            return line
        line = decoded
