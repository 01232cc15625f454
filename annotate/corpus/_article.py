"""Turn one raw article into its article row and sentence rows.

:func:`process` runs in worker processes and returns the article row with the sentence offsets
packed in an array; :func:`sentence_rows` then builds the sentence rows in batches where they are
written. A 50 MB article has some 300,000 sentences: as dicts (each with its text, its two
neighbours as context and its hash) they took many times the article's size, and more again
pickled back from a worker; offsets cost 16 bytes a sentence.

Ids are derived from the article's identity, never from its content, so that re-ingesting gives
the same ids, other articles do not affect them, and editing one sentence changes only that
sentence's ``text_sha256``: ``article_id = "a-" + sha256(url or path[#id])[:12]``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from array import array
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

import pyarrow as pa

from annotate.corpus import _utf8
from annotate.corpus._clean import KeptStream
from annotate.corpus._dateline import dateline_end
from annotate.corpus._handoff import SpillTo, spill
from annotate.corpus._languages import SAMPLE, SURE, identify
from annotate.corpus._normalise import normalised_parts, normalised_stream
from annotate.corpus._readers import RawArticle, Skipped, UnreadableText, Warned, load_text
from annotate.corpus._scripts import LetterCount
from annotate.corpus._segment import segment, segment_utf8

if TYPE_CHECKING:
    from trafilatura.settings import Document

__all__ = [
    "ARTICLE_SCHEMA",
    "ARTICLE_WRITE_OPTIONS",
    "SENTENCE_SCHEMA",
    "article_id",
    "from_html",
    "process",
    "process_chunk",
    "sentence_rows",
]

_STR = pa.string()
SENTENCE_SCHEMA = pa.schema(
    [
        ("article_id", _STR),
        ("sentence_id", _STR),
        ("index", pa.int32()),
        ("text", _STR),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("context_before", _STR),
        ("context_after", _STR),
        ("title", _STR),
        ("source", _STR),
        ("url", _STR),
        ("published", _STR),
        ("language", _STR),
        ("text_sha256", _STR),
        # The dateline taken off the start of this sentence ("WASHINGTON (AP) —"), or null.
        ("dateline", _STR),
    ]
)
_DROPPED = pa.struct([("line", pa.int32()), ("kind", _STR), ("text", _STR)])
ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", _STR),
        ("path", _STR),
        ("line", pa.int32()),
        ("title", _STR),
        ("source", _STR),
        ("url", _STR),
        ("published", _STR),
        ("language", _STR),
        ("text", _STR),
        ("raw_sha256", _STR),
        ("n_sentences", pa.int32()),
        ("dropped", pa.list_(_DROPPED)),
    ]
)


def _leaf_paths(schema: pa.Schema) -> list[str]:
    """The Parquet column paths of ``schema`` (``dropped.list.element.text``, ...)."""

    def paths(name: str, kind: pa.DataType) -> list[str]:
        if pa.types.is_list(kind):
            return paths(f"{name}.list.element", kind.value_type)
        if pa.types.is_struct(kind):
            return [p for child in kind for p in paths(f"{name}.{child.name}", child.type)]
        return [name]

    return [p for column in schema for p in paths(column.name, column.type)]


# The article text column is written without min/max statistics and without a dictionary
# attempt. The min and max of whole articles tell a reader nothing (no query filters on them),
# yet each is a copy of a whole text in the footer, and building them (and trying a dictionary
# for a column whose values are all distinct) cost ~240 MB of the ~300 MB Parquet took to write
# one 50 MB article. Every other column keeps the defaults, and the sentence table is written
# as before.
# The article table's pages are data pages v2 (its bytes changed, not its rows): a v1 page
# is its levels and values copied into one buffer before it is compressed, a v2 page
# compresses the values where they are, one copy of a long text fewer (writing a 50 MB
# article: peak 233 -> 205 MB). Readers see the same rows; every
# Parquet reader of the last years reads v2 pages (pyarrow, and so datasets and pandas).
ARTICLE_WRITE_OPTIONS: dict[str, Any] = {
    "write_statistics": [p for p in _leaf_paths(ARTICLE_SCHEMA) if p != "text"],
    "use_dictionary": [p for p in _leaf_paths(ARTICLE_SCHEMA) if p != "text"],
    "data_page_version": "2.0",
}

Row = dict[str, Any]
# The article row, its "text" as UTF-8 bytes, and per sentence four offsets: start and end in
# the text (characters), then start and end in its UTF-8 bytes. Bytes, because a str with one
# emoji takes 4 bytes a character: a 50 MB article would cross to the main process as 200 MB.
# pyarrow writes UTF-8 bytes to a string column as they are (and checks them).
Result = tuple[Row, "array[int]"] | Skipped
_FIELDS = 4
_META = ("title", "source", "url", "published", "language")


# Text is hashed this many characters at a time: encoding a 50 MB article whole for its hash
# made a 50 MB copy of it.
_HASH_PIECE = 1 << 20


def _sha(text: str) -> str:
    digest = hashlib.sha256()
    for at in range(0, len(text), _HASH_PIECE):
        digest.update(text[at : at + _HASH_PIECE].encode("utf-8"))
    return digest.hexdigest()


def article_id(url: str | None, identity: str) -> str:
    """Return the stable article id for a url, else for a path/record identity.

    Examples
    --------
    >>> article_id(None, "train_bodies.csv#0")
    'a-5ac539486ee5'
    """
    return "a-" + _sha(f"url:{url}" if url else f"path:{identity}")[:12]


def from_html(raw: RawArticle) -> RawArticle | Skipped:
    """The article's main text, title and metadata out of its HTML (trafilatura), or why none
    could be extracted."""
    import trafilatura  # slow to import; only HTML needs it

    doc = trafilatura.bare_extraction(
        raw.text, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(doc, "text", None)
    if not text:
        return Skipped(raw.origin, None, "no main text found in the HTML page")
    # Without as_dict, bare_extraction returns a Document or None, and None has no text.
    doc = cast("Document", doc)
    # What a record said about itself (its url column above all: the article id derives from
    # it) wins over what the page's metadata says.
    return RawArticle(
        origin=raw.origin,
        identity=raw.identity,
        kind="html",
        text=text,
        line=raw.line,
        title=raw.title or doc.title or None,
        source=raw.source or doc.sitename or None,
        url=raw.url or doc.url or None,
        published=raw.published or doc.date or None,
        language=raw.language or doc.language or None,
    )


def _hashed(pieces: Iterator[str], digest: Any) -> Iterator[str]:
    """``pieces``, each fed to ``digest`` (as :func:`_sha` hashes the text they make up)."""
    for piece in pieces:
        for at in range(0, len(piece), _HASH_PIECE):
            digest.update(piece[at : at + _HASH_PIECE].encode("utf-8"))
        yield piece


# How much of a long line's start the dateline rules read (:func:`_long_dateline`).
_DATELINE_PREFIX = 1 << 12


def _long_dateline(line: bytearray, *, before: int) -> tuple[int, int]:
    """:func:`dateline_end` of a long line given as UTF-8 bytes: in characters, then bytes.

    Read on the line's first ~4 KB, decoded: a dateline is a few words. A match is taken only
    when it ends before the end of what was read, so that the end of the prefix never stands
    in for the end of the line (a dateline alone on its line, in :func:`dateline_end`).
    """
    prefix = next(_utf8.pieces(line, size=_DATELINE_PREFIX), "")
    cut = dateline_end(prefix, before=before)
    if not cut or (cut == len(prefix) and len(prefix.encode("utf-8", "surrogatepass")) < len(line)):
        return 0, 0
    return cut, len(prefix[:cut].encode("utf-8", "surrogatepass"))


def process(raw: RawArticle, language: str | None = None) -> Result:
    """Clean and segment one article; return ``(article_row, offsets)`` or a skip.

    With ``language`` (a language code, ``en``), an article whose text is identified as another
    language is skipped (:mod:`annotate.corpus._languages`), and one that declares none gets
    the identified language in its ``language`` column.

    ``offsets`` holds each sentence's start and end in ``article_row["text"]``, flat; pass
    both to :func:`sentence_rows` for the sentence rows. An article read a piece at a time
    (:attr:`RawArticle.pieces`) is cleaned as it is read, and may raise
    :class:`annotate.corpus._readers.UnreadableText`.
    """
    digest = None
    if raw.pieces is not None:
        # Read, normalised, cleaned and segmented as it comes: no list of the article's lines.
        digest = hashlib.sha256()
        lines: Iterable[str | bytearray] = normalised_stream(_hashed(raw.pieces, digest))
        raw_sha = ""
    else:
        raw_sha = _sha(raw.text)
        if raw.kind == "html":
            extracted = from_html(raw)
            if isinstance(extracted, Skipped):
                return extracted
            raw = extracted
        # A very long line comes back as UTF-8 bytes (a quarter of a str holding one emoji),
        # and stays bytes through cleaning and segmentation: the raw text and its normalised
        # copy are never both held as str, and the line is never a str whole.
        lines = normalised_parts(raw.text)
    raw = dataclasses.replace(raw, text="", pieces=None)
    kept = KeptStream(lines, title=raw.title, first_line_is_title=raw.kind == "text")
    del lines
    # Segmented and encoded a kept line at a time, into one bytearray: the cleaned text is
    # never joined into one str (200 MB for a 50 MB article with an emoji), nor held as
    # pieces and their join. segment() of the joined text splits it at its line breaks into
    # these same lines.
    text = bytearray()
    offsets = array("q")
    chars = nbytes = 0  # how far into the text, in characters and in UTF-8 bytes
    letters = LetterCount()  # the kept text's script (see annotate.corpus._scripts)
    for gap, line in kept:
        if gap:
            text += gap.encode()
            chars, nbytes = chars + len(gap), nbytes + len(gap)
        # A dateline stays in the text but out of the sentence: the first span starts after
        # it, and sentence_rows reads it back from the gap (see _dateline).
        if isinstance(line, str):
            cut = dateline_end(line, before=len(offsets) // _FIELDS)
            spans = segment(line[cut:]) if cut else segment(line)
            at = 0  # how far into the line, in characters; nbytes follows it
            for start, end in ((s + cut, e + cut) for s, e in spans):
                bstart = nbytes + len(line[at:start].encode("utf-8", "surrogatepass"))
                bend = bstart + len(line[start:end].encode("utf-8", "surrogatepass"))
                offsets.extend((chars + start, chars + end, bstart, bend))
                at, nbytes = end, bend
            nbytes += len(line[at:].encode("utf-8", "surrogatepass"))
            chars += len(line)
            letters.add(line)
            text += line.encode("utf-8", "surrogatepass")
        else:  # a long line, as UTF-8 bytes: segmented a window at a time
            cut, bcut = _long_dateline(line, before=len(offsets) // _FIELDS)
            with memoryview(line) as view:
                for start, end, bstart, bend in segment_utf8(view[bcut:]):
                    offsets.extend(
                        (
                            chars + cut + start,
                            chars + cut + end,
                            nbytes + bcut + bstart,
                            nbytes + bcut + bend,
                        )
                    )
            for piece in _utf8.pieces(line):
                chars += len(piece)
                letters.add(piece)
            nbytes += len(line)
            if not text:
                text = line  # the first line: its bytes as they are, not a copy
            else:
                text += line
        del line
    if digest is not None:
        raw_sha = digest.hexdigest()
    if not chars:
        return Skipped(raw.origin, raw.line, "no article text left after cleaning")
    if not letters.is_latin():
        return Skipped(
            raw.origin,
            raw.line,
            f"text not in the Latin script ({letters.other} of {letters.latin + letters.other} "
            "letters are not): the sentence rules read English",
        )
    declared = raw.language
    if language is not None:
        # identify() reads SAMPLE characters; a character is at most four UTF-8 bytes.
        found, share = identify(bytes(text[: SAMPLE * 4]).decode("utf-8", "ignore"))
        if found != language and share >= SURE:
            return Skipped(
                raw.origin,
                raw.line,
                f"written in {found}, not {language} (identified from its text, "
                f"{share:.0%} sure) -> ingest without --language to keep it",
            )
        declared = declared or found
    article = {
        "article_id": article_id(raw.url, raw.identity),
        "path": raw.origin,
        "line": raw.line,
        "title": kept.title,
        "source": raw.source,
        "url": raw.url,
        "published": raw.published,
        "language": declared,
        "text": text,
        "raw_sha256": raw_sha,
        "n_sentences": len(offsets) // _FIELDS,
        "dropped": [{"line": d.line, "kind": d.kind, "text": d.text} for d in kept.dropped],
    }
    return article, offsets


def sentence_rows(article: Row, offsets: array[int], batch: int) -> Iterator[list[Row]]:
    """Yield the sentence rows of an article from :func:`process`, ``batch`` rows at a time.

    Only one batch of rows (and its sentences' texts) exists at a time, whatever the length of
    the article.
    """
    data: bytes = article["text"]
    aid = article["article_id"]
    meta = {key: article[key] for key in _META}
    n = len(offsets) // _FIELDS

    def sentence(i: int) -> str | None:
        if not 0 <= i < n:
            return None
        return data[offsets[_FIELDS * i + 2] : offsets[_FIELDS * i + 3]].decode(
            "utf-8", "surrogatepass"
        )

    def dateline(i: int) -> str | None:
        # Segmentation covers every character of the text but a dateline, so the text
        # between the previous sentence and this one is this one's dateline, if anything.
        start = offsets[_FIELDS * (i - 1) + 3] if i else 0
        gap = data[start : offsets[_FIELDS * i + 2]]
        return gap.decode("utf-8", "surrogatepass").strip() or None if gap.strip() else None

    for first in range(0, n, batch):
        rows = []
        before, current = sentence(first - 1), sentence(first)
        for i in range(first, min(first + batch, n)):
            after = sentence(i + 1)
            rows.append(
                {
                    "article_id": aid,
                    "sentence_id": f"{aid}-{i}",
                    "index": i,
                    "text": current,
                    "start": offsets[_FIELDS * i],
                    "end": offsets[_FIELDS * i + 1],
                    "context_before": before,
                    "context_after": after,
                    **meta,
                    "text_sha256": _sha(cast(str, current)),
                    "dateline": dateline(i),
                }
            )
            before, current = current, after
        yield rows


def process_chunk(
    chunk: list[RawArticle], spill_to: SpillTo | None = None, language: str | None = None
) -> list[Result | Warned]:
    """:func:`process` a list of articles (one task for a worker process), emptying it.

    A text or HTML file named by an article is read here (:func:`load_text`), its reports
    coming before its result. Each article is taken out of ``chunk`` before it is processed,
    so that its raw text can be freed while it is cleaned. With ``spill_to``, a long article's
    text and offsets are left in a file rather than returned (:mod:`annotate.corpus._handoff`).
    """
    chunk.reverse()
    results: list[Result | Warned] = []
    while chunk:
        reports: list[Skipped | Warned] = []
        if chunk[-1].file is not None:
            reports, loaded = load_text(chunk.pop())
            if loaded is None:
                results.extend(reports)
                continue
            chunk.append(loaded)
            del loaded
        try:
            result = process(chunk.pop(), language)
        except UnreadableText as exc:
            # As a file that cannot be decoded is skipped whole, before any of it is read.
            results.append(exc.skipped)
            continue
        if spill_to is not None and not isinstance(result, Skipped):
            result = spill(*result, spill_to)
        # After processing: a file read a piece at a time reports its damaged bytes as read.
        results.extend(reports)
        results.append(result)
    return results
