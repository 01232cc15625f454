"""Script and style text: as a line of its own, or glued to the end of a line of prose.

A scraper that takes a page's text takes its scripts too, and sometimes on the same line as
the paragraph before them (BuzzFeed's ``... in the morning. BF_STATIC.timequeue.push(function
() { document.getElementById(...).innerHTML = ...; });``, FNC-1 bodies 409, 1137, 2293; a
Mirror live blog's ``//<![CDATA[ var randomNumber=Math.floor(...)``, body 1800). The line is
then prose with a tail no annotator can label, and no whole-line rule sees it. What tells
code is the same on any corpus: the characters of a program (``{}();=``) far above what prose
has, identifiers (``BF_STATIC``, ``getElementById``, ``Math.floor(``) and next to no plain
lower-case words. :func:`code_tail` finds where such a tail starts, at a sentence end.

A style sheet scraped with the page comes one rule part a line (HuffPost's author box in
PolNeAR, ``.gmobile {`` / ``width:100%;`` / ``border-top:1px solid #cccccc;``): a line then
holds one mark or two, too few for :func:`is_code`. Its shape is still a program's and never
prose's: a selector opening a block, or one declaration (a lower-case hyphenated property, a
colon, a value, a semicolon last). :func:`is_style_rule` reads that shape.
"""

from __future__ import annotations

import re

__all__ = ["code_tail", "is_call_statement", "is_code", "is_style_rule"]

_CODE_CHARS = "{}();="
# An identifier: a word with an underscore inside, camelCase, or a dotted call ("a.push(").
_IDENTIFIER = re.compile(r"[A-Za-z]\w*_\w|[a-z][a-z0-9]*[A-Z]|\w\.[A-Za-z]\w*\(")
_PLAIN_WORD = re.compile(r"^[a-z]+[,.]?$")
# A sentence end followed by space: where a tail glued to prose can start.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
# Only a line's last characters are searched for a tail: the longest script seen in FNC-1 and
# PolNeAR, alone or glued, is about 1,100 characters; the bound keeps a long line's cost linear.
_TAIL_CHARS = 2_000
# At most this share of a tail's tokens may be plain lower-case words: prose sits near one
# half ("to", "a", "he", "will"), a glued script near none (0.0 and 0.05 in FNC-1).
_PLAIN_SHARE = 0.2
# One CSS declaration alone on its line: a property (vendor prefix allowed), a colon, a value
# without another colon, brace or semicolon, and the semicolon that ends it.
_DECLARATION = re.compile(r"-?[a-z]+(?:-[a-z]+)*\s*:\s*[^:;{}]{1,80};")
# A selector (a class, an id or an at-rule first) opening a block: `.bio-text, .twitter-bio {`,
# `@media screen and (max-width: 600px) {`.
_SELECTOR = re.compile(r"[.#@][-\w]+[^{}]{0,120}\{")


def is_code(text: str) -> bool:
    """Whether ``text`` is script or style text: braces, brackets and "=" well above prose.

    Examples
    --------
    >>> is_code("brightcove.createExperiences(); var x = {a: 1};")
    True
    >>> is_code("He said (twice) that x = y.")
    False
    """
    if "{" not in text and "=" not in text:
        return False
    marks = sum(text.count(c) for c in _CODE_CHARS)
    return marks >= 4 and marks >= 0.04 * len(text)


# One call of a script's function alone on its line, its arguments quoted strings, names or
# figures (Adobe Target's ``mboxCreate('FoxNews-Politics-Autoplay-Videos-In-Articles');``,
# FNC-1 14, 871, 2159; ``brightcove.createExperiences();``): a name glued to its bracket and
# the statement's semicolon, which prose never sets so.
_ARGUMENT = r"\s*(?:'[^']*'|\"[^\"]*\"|[\w$.]+)\s*"
_CALL_STATEMENT = re.compile(
    rf"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\((?:{_ARGUMENT}(?:,{_ARGUMENT})*)?\);"
)
_CALL_CHARS = 200


def is_call_statement(line: str) -> bool:
    """Whether ``line`` is one call of a script's function (see :data:`_CALL_STATEMENT`).

    Examples
    --------
    >>> is_call_statement("mboxCreate('FoxNews-Politics-Autoplay-Videos-In-Articles');")
    True
    >>> is_call_statement("He said (twice);")
    False
    """
    return (
        len(line) <= _CALL_CHARS
        and line.endswith(");")
        and _CALL_STATEMENT.fullmatch(line.strip()) is not None
    )


def is_style_rule(line: str) -> bool:
    """Whether ``line`` is one part of a style sheet: a selector that opens a block, or a
    declaration (see the module docstring).

    Examples
    --------
    >>> is_style_rule("border-top:1px solid #cccccc;")
    True
    >>> is_style_rule("@media screen and (max-width: 600px) {")
    True
    >>> is_style_rule("Note: the vote was close; the count goes on.")
    False
    """
    line = line.strip()
    if line.endswith(";"):
        return _DECLARATION.fullmatch(line) is not None
    return line.endswith("{") and _SELECTOR.fullmatch(line) is not None


def code_tail(line: str) -> int | None:
    """Where a script glued to the end of ``line`` starts, or None when there is none.

    The tail starts after a sentence end, is code by :func:`is_code`, holds at least two
    identifiers and almost no plain lower-case words; the earliest such start is taken, so the
    whole script goes and the sentence before it stays.

    Examples
    --------
    >>> line = (
    ...     "He will face a judge in the morning. BF_STATIC.timequeue.push(function () { "
    ...     'document.getElementById("update_time_4760733").innerHTML = UI.date; });'
    ... )
    >>> line[: code_tail(line)]
    'He will face a judge in the morning. '
    >>> code_tail("The vote was 5 = 5 (a tie); so {it} failed. Then x=(y); z={w}.") is None
    True
    """
    if "{" not in line and "=" not in line:
        return None
    for end in _SENTENCE_END.finditer(line, max(0, len(line) - _TAIL_CHARS)):
        tail = line[end.end() :]
        if not is_code(tail):
            continue
        tokens = tail.split()
        plain = sum(1 for t in tokens if _PLAIN_WORD.match(t))
        identifiers = sum(1 for t in tokens if _IDENTIFIER.search(t))
        if identifiers >= 2 and plain <= _PLAIN_SHARE * len(tokens):
            return end.end()
    return None
