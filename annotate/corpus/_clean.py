"""Line-level cleaning of raw article text: normalisation, page furniture and headings.

The rules are data (``annotate/data/boilerplate.yaml``); this module only applies them. Cleaning
works on whole lines because page furniture (captions, share widgets, donation appeals) comes as
whole lines in scraped news, and a dropped line can then be reported by its line number.

The cleaned text is what is stored in the article table and what sentence offsets point into, so
every change to the text (normalisation, footnote digits) happens here, before segmentation.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

import yaml

from annotate._files import package_data
from annotate.corpus._credits import split_credits
from annotate.corpus._entities import decode_entities, has_entity
from annotate.corpus._furniture import non_prose
from annotate.corpus._stubs import continues

__all__ = [
    "Cleaned",
    "Dropped",
    "Kept",
    "as_lines",
    "clean",
    "clean_lines",
    "kept_lines",
    "normalise_line",
    "normalised_lines",
    "normalised_parts",
]

# Characters that carry no text: zero-width spaces/joiners, BOM, soft hyphen, word joiner.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CONTROL = [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]
# One pass deletes invisible and control characters and turns every other whitespace character
# into a space, and only for a line that has any: each pass over a 50 MB line is a copy of it
# (200 MB when it holds an emoji), and a regex substitution costs two.
_TABLE: dict[int, str | None] = {
    **{c: " " for c in range(0x3001) if chr(c).isspace() and c != 0x20},
    **dict.fromkeys([*map(ord, _INVISIBLE), *_CONTROL]),
}
_TO_FIX = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
_RUNS = re.compile(" {2,}")
_WORD = re.compile(r"\S+")
_KEY_PIECE = 1 << 16
# A footnote marker glued to an all-lower-case word before punctuation: "distance1." ->
# "distance.". Whole lower-case words of 4+ letters only, so that handles (@pmorici1), "io9",
# "top25", "Twenty20" and "H1N1" are left alone (all seen in FNC-1 and PolNeAR).
_FOOTNOTE = re.compile(r"(?<![\w@#/.])([a-z]{4,})(\d{1,2})(?=[.,;:][\"”’)]?(?:\s|$))")
_SENTENCE_END = tuple(".!?:;,\"”’'…)-—–")
# A line longer than this is normalised a window of about this many characters at a time into
# UTF-8 bytes (:func:`_normalise_long`): normalise_line on it would hold the raw line, a slice
# of it and one or two rewritten copies at once, each 200 MB for a 50 MB line with an emoji.
LONG_LINE = 1 << 20
# A window ends before an ASCII character: no canonical composition or reordering crosses that
# point (an ASCII character is a starter and never the second of a composed pair), so NFC of
# the windows is NFC of the line.
_ASCII = re.compile("[\x00-\x7f]")
# The line breaks of str.splitlines, so that lines can be read one at a time.
_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class Dropped:
    """One piece of raw text left out of the cleaned article text.

    Attributes
    ----------
    line : int
        1-based line number in the raw (decoded) text.
    kind : str
        ``title``, ``caption``, ``boilerplate``, ``heading``, ``duplicate``, ``footnote``,
        ``credit`` (a whole line, or the credit cut off the end of a kept caption), a kind
        of non-prose (``list``, ``scores``, ``date``, ``link``, ``code``, ``markup``: see
        :func:`annotate.corpus._furniture.non_prose`), or ``joined``: the line break before
        this line, replaced by a space because the line goes on with the sentence of the
        one before (:func:`annotate.corpus._stubs.continues`).
    text : str
        What was dropped (the normalised line, the credit, the footnote digits, or the line
        break of a join).
    """

    line: int
    kind: str
    text: str


@dataclass(frozen=True)
class Cleaned:
    """The result of :func:`clean`: text to segment, the title and what was dropped."""

    text: str
    title: str | None
    dropped: list[Dropped] = field(default_factory=list)


@dataclass(frozen=True)
class _Rules:
    boilerplate: re.Pattern[str]
    caption: re.Pattern[str]
    caption_max_words: int
    heading_max_words: int
    heading_max_chars: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = yaml.safe_load(
        package_data("data", "boilerplate.yaml").read_text("utf-8")
    )
    credits = "|".join(f"(?:{c})" for c in data["caption_credits"])
    return _Rules(
        boilerplate=re.compile("|".join(f"(?:{p})" for p in data["boilerplate"]), re.I),
        # Text without sentence-final punctuation, then "(credit)" at the very end.
        caption=re.compile(rf"^[^.!?]*[^\s.!?]\s*\((?:{credits})\)$", re.I),
        caption_max_words=int(data["caption_max_words"]),
        heading_max_words=int(data["heading_max_words"]),
        heading_max_chars=int(data["heading_max_chars"]),
    )


def normalise_line(line: str) -> str:
    """Return ``line`` in NFC with invisible characters removed and whitespace collapsed.

    Examples
    --------
    >>> normalise_line("  Cafe\u0301\u00a0\u00a0au\u200blait ")
    'Café aulait'
    """
    line = unicodedata.normalize("NFC", line)
    if _TO_FIX.search(line):
        line = line.translate(_TABLE)
    if "  " in line:
        line = _RUNS.sub(" ", line)
    return line.strip()


def _key(line: str) -> bytes:
    """A digest of the case-folded line without its final punctuation: what "the same line" is.

    A digest, not the folded line, or the set of keys seen would be another copy of the
    article; folded a piece at a time (case folding maps each character on its own), so that
    a very long line is not copied whole.
    """
    end = len(line)
    while end and line[end - 1] in ".!? ":
        end -= 1
    digest = hashlib.blake2b(digest_size=16)
    for at in range(0, end, _KEY_PIECE):
        piece = line[at : min(end, at + _KEY_PIECE)].casefold()
        digest.update(piece.encode("utf-8", "surrogatepass"))
    return digest.digest()


def _lines(raw: str) -> Iterator[str]:
    """``raw.splitlines()``, one line at a time (no list of the whole article's lines)."""
    start = 0
    for match in _BREAK.finditer(raw):
        yield raw[start : match.start()]
        start = match.end()
    if start < len(raw):
        yield raw[start:]


def _at_most_words(line: str, n: int) -> bool:
    # Not len(line.split()): that builds a list of every word of a paragraph, however long.
    return next(itertools.islice(_WORD.finditer(line), n, None), None) is None


def _is_caption(line: str, rules: _Rules) -> bool:
    return _at_most_words(line, rules.caption_max_words) and bool(rules.caption.search(line))


def _is_short_caption(text: str, rules: _Rules) -> bool:
    """What is left of a line once its credit is cut is a caption, not a sentence."""
    return _at_most_words(text, rules.caption_max_words) and not text.endswith(tuple('.!?"”’'))


def _next_text(lines: list[str], i: int) -> str:
    return next((line for line in itertools.islice(lines, i + 1, None) if line), "")


def _is_heading(line: str, alone: bool, rules: _Rules) -> bool:
    # Alone in its paragraph, short, capitalised, and not ending like a sentence or a lead-in.
    return (
        alone
        and line[0].isupper()
        and len(line) <= rules.heading_max_chars
        and _at_most_words(line, rules.heading_max_words)
        and not line.endswith(_SENTENCE_END)
        and not line.startswith(("“", '"', "‘", "'", "(", "-", "—", "–"))
    )


def _normalise_long(text: str, start: int, end: int, window: int) -> bytearray:
    """``normalise_line(text[start:end]).encode("utf-8", "surrogatepass")``, by windows.

    Each window is normalised on its own (NFC, then the translation table, then runs of
    spaces collapsed); a run of spaces across a window edge is collapsed by dropping the
    next window's leading spaces after a space; the ends are stripped as ``strip`` would
    (after the table, a space is the only whitespace left).
    """
    out = bytearray()
    space = True  # the output so far ends in a space (or is empty): drop leading spaces
    at = start
    while at < end:
        stop = end
        if at + window < end:
            match = _ASCII.search(text, at + window, end)
            stop = match.start() if match else end
        piece = unicodedata.normalize("NFC", text[at:stop])
        if _TO_FIX.search(piece):
            piece = piece.translate(_TABLE)
        if "  " in piece:
            piece = _RUNS.sub(" ", piece)
        if space:
            piece = piece.lstrip(" ")
        if piece:
            out += piece.encode("utf-8", "surrogatepass")
            space = piece.endswith(" ")
        at = stop
    if out.endswith(b" "):
        del out[-1]
    return out


def normalised_parts(raw: str, *, window: int = LONG_LINE) -> list[str | bytearray]:
    """:func:`normalised_lines`, but a line longer than ``window`` comes as UTF-8 bytes.

    Pass the result to :func:`as_lines` once ``raw`` is let go of: a long line is then never
    held as a ``str`` together with the raw text it comes from.
    """
    parts: list[str | bytearray] = []
    start = 0
    for match in itertools.chain(_BREAK.finditer(raw), [None]):
        end = len(raw) if match is None else match.start()
        if match is None and start >= len(raw):
            break
        if end - start > window:
            parts.append(_normalise_long(raw, start, end, window))
        else:
            parts.append(normalise_line(raw[start:end]))
        if match is not None:
            start = match.end()
    return parts


def as_lines(parts: list[str | bytearray]) -> list[str]:
    """Turn the bytes among :func:`normalised_parts` into text, in place, one at a time."""
    for i, part in enumerate(parts):
        if not isinstance(part, str):
            parts[i] = part.decode("utf-8", "surrogatepass")
            del part  # the bytes go as soon as their text is made
    return cast(list[str], parts)


def normalised_lines(raw: str) -> list[str]:
    """The lines of ``raw`` (split as :meth:`str.splitlines` does), each :func:`normalise_line`-d.

    The first half of :func:`clean`; a caller that can drop ``raw`` before the second half
    (:func:`clean_lines`) holds one copy of a long article fewer (see also
    :func:`normalised_parts`).
    """
    return as_lines(normalised_parts(raw))


def clean(raw: str, *, title: str | None = None, first_line_is_title: bool = False) -> Cleaned:
    """Clean one article's raw text.

    Parameters
    ----------
    raw : str
        The decoded article text, lines separated by any line break.
    title : str, optional
        The known title (sidecar, column or HTML metadata). When the first content line repeats
        it, that line is dropped as ``title``.
    first_line_is_title : bool
        Without a known title, take the first line that is not page furniture as the title
        (plain-text articles).

    Returns
    -------
    Cleaned
        Kept lines joined by ``"\\n"`` within a paragraph and ``"\\n\\n"`` across a blank or
        dropped line; footnote digits removed; every dropped piece recorded.
    """
    return clean_lines(normalised_lines(raw), title=title, first_line_is_title=first_line_is_title)


def clean_lines(
    lines: list[str], *, title: str | None = None, first_line_is_title: bool = False
) -> Cleaned:
    """:func:`clean` for lines from :func:`normalised_lines` (see there for the parameters)."""
    kept = kept_lines(lines, title=title, first_line_is_title=first_line_is_title)
    parts: list[str] = []
    for gap, line in zip(kept.gaps, kept.lines, strict=True):
        parts.extend((gap, line) if gap else (line,))
    return Cleaned("".join(parts), kept.title, kept.dropped)


@dataclass
class Kept:
    """What :func:`kept_lines` keeps: the cleaned text as lines, not yet joined.

    ``"".join(g + line for g, line in zip(gaps, lines))`` is :attr:`Cleaned.text`: ``gaps[0]``
    is ``""``, then ``"\n"`` within a paragraph and ``"\n\n"`` across a blank or dropped
    line. A caller that segments and encodes line by line never holds the joined text.
    """

    lines: list[str]
    gaps: list[str]
    title: str | None
    dropped: list[Dropped]


def kept_lines(
    lines: list[str], *, title: str | None = None, first_line_is_title: bool = False
) -> Kept:
    """:func:`clean_lines`, the text left as its kept lines (:class:`Kept`)."""
    rules = _rules()
    last = max((i for i, line in enumerate(lines) if line), default=-1)
    dropped: list[Dropped] = []
    kept: list[tuple[int, str]] = []  # (raw line number, text)
    seen: set[bytes] = set()
    title_done = False
    if title is not None:
        title = normalise_line(title) or None
    for i, line in enumerate(lines):
        # Decoded before any rule reads a line, so that offsets point into decoded text.
        if line and has_entity(line):
            lines[i] = normalise_line(decode_entities(line))
    for i, line in enumerate(lines):
        if not line:
            continue
        kind = None
        whole = line  # what is recorded if the line is dropped
        credits: list[str] = []
        prose: str | None = None  # the non-prose kind of the whole line
        if rules.boilerplate.search(line):
            kind = "boilerplate"
        elif _is_caption(line, rules):
            kind = "caption"
        elif (prose := non_prose(line)) == "link":  # "PHOTOS: Stars Who ..." is a teaser
            kind = "link"
        else:
            body, credits = split_credits(line)
            if credits and not body:
                kind = "credit"
            elif credits and _is_short_caption(body, rules):
                kind = "caption"
            line = body
        if kind is not None:
            pass
        elif not title_done:
            title_done = True
            if title is not None and _key(line) == _key(title):
                kind = "title"
            elif title is None and first_line_is_title:
                title, kind = line, "title"
        if kind is None:
            kind = non_prose(line) if credits else prose
        if kind is None and _key(line) in seen:
            kind = "duplicate"
        if kind is None:
            alone = (i == 0 or not lines[i - 1]) and (i + 1 == len(lines) or not lines[i + 1])
            # A heading needs text after it; a short last line is a sign-off, not a heading;
            # a stub whose sentence the next line goes on with (a link was cut out of it)
            # is joined to it below, not dropped.
            has_more = i < last
            heading = has_more and _is_heading(line, alone, rules)
            if heading and not continues(line, _next_text(lines, i)):
                kind = "heading"
        if kind is not None:
            dropped.append(Dropped(i + 1, kind, whole))
            continue
        dropped.extend(Dropped(i + 1, "credit", c) for c in credits)
        seen.add(_key(line))
        kept.append((i + 1, line))
    del lines, seen  # only the kept lines are needed now
    texts: list[str] = []
    gaps: list[str] = []
    previous = 0
    for number, line in kept:
        digits = [m.group(2) for m in _FOOTNOTE.finditer(line)]
        if digits:
            dropped.extend(Dropped(number, "footnote", d) for d in digits)
            line = _FOOTNOTE.sub(r"\1", line)
        gap = "" if not texts else "\n" if number == previous + 1 else "\n\n"
        previous = number
        if texts and continues(texts[-1], line):
            dropped.append(Dropped(number, "joined", gap))
            texts[-1] = f"{texts[-1]} {line}"
            continue
        gaps.append(gap)
        texts.append(line)
    dropped.sort(key=lambda d: d.line)
    return Kept(texts, gaps, title, dropped)
