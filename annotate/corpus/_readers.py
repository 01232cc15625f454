"""Find input files and read them into raw articles, reporting what cannot be read.

Readers never raise for a bad file or record: they yield a :class:`Skipped` with the reason and
go on, so that one broken file does not stop a corpus, and a :class:`Warned` for what was read
but may not be what the author meant (a guessed encoding, a damaged byte replaced). CSV, TSV
and JSONL files are streamed record by record so that memory does not grow with the file, and
web archives page by page (:mod:`annotate.corpus._warc`); news XML (NITF, NewsML, the
Reuters corpus's newsitem, TEI) a story at a time (:mod:`annotate.corpus._news_xml`), RSS and
Atom feeds an item at a time (:mod:`annotate.corpus._feeds`); zip and tar archives a member
at a time, each read as the file it packs (:mod:`annotate.corpus._archives`). Every format but
Parquet may be gzip-compressed, and is read as it is decompressed. A TSV
file is read in the convention it was written in, with CSV quoting or with its fields as they
stand (:func:`annotate.corpus._tsv_quoting.csv_quoted`, a first pass over the file).

Every format but XML shares one decoding rule (:func:`_encoding`; an XML file says its own
encoding in its declaration, which the XML parser follows): a byte order mark decides (UTF-8,
UTF-16, UTF-32); else UTF-8 when the file is valid UTF-8, or mostly is (a few bad bytes in a
file whose other non-ASCII characters are UTF-8 are damage: the record or line holding them is
reported by its physical line); else a legacy single-byte encoding, as news archives often are:
cp1252 when bytes 0x80-0x9F occur (its curly quotes and dashes; in Latin-1 they are control
characters), Latin-1 otherwise, with a warning naming it. charset-normalizer could guess among
more encodings, but news archives in a Western language are cp1252 or Latin-1 when they are
not UTF-8, and this rule says why it chose what it chose.

A plain-text file over :data:`STREAM_BYTES` is decoded a piece at a time as it is cleaned
(:attr:`RawArticle.pieces`), with the same decoding rule, warnings and skips as a whole read.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import json
import re
import sys
import zlib
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import IO, TypedDict, cast

import ijson
import pyarrow as pa
import pyarrow.parquet as pq

from annotate.corpus._json_records import json_records
from annotate.corpus._tsv_quoting import csv_quoted
from annotate.errors import IngestError

__all__ = [
    "ARCHIVES",
    "BAD_BYTE",
    "BOMS",
    "GOOD_NON_ASCII",
    "GZIP",
    "NEWS_XML",
    "NOT_ARTICLES",
    "RECORDS",
    "STREAM_BYTES",
    "SUPPORTED",
    "WEB_ARCHIVES",
    "Columns",
    "Passed",
    "RawArticle",
    "Skipped",
    "UnreadableText",
    "Warned",
    "file_format",
    "find_files",
    "is_archive",
    "load_text",
    "open_bytes",
    "read_file",
]

SUPPORTED = (
    ".txt",
    ".md",
    ".html",
    ".htm",
    ".jsonl",
    ".json",
    ".csv",
    ".tsv",
    ".parquet",
    ".warc",
    ".arc",
    ".xml",
    ".rss",
    ".atom",
)
#: The text formats that hold one article per record (named columns), not one per file.
RECORDS = (".csv", ".tsv", ".jsonl", ".json")
#: Web archives: one article per archived page (:mod:`annotate.corpus._warc`).
WEB_ARCHIVES = (".warc", ".arc")
#: News XML: NITF, NewsML-G2, the Reuters corpus's newsitem, RSS and Atom feeds, an article per
#: story (:mod:`annotate.corpus._news_xml`).
NEWS_XML = (".xml", ".rss", ".atom")
#: Archives whose members are read as files (:mod:`annotate.corpus._archives`).
ARCHIVES = (".zip", ".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


def is_archive(path: PurePath | str) -> bool:
    """Whether ``path`` names an archive read member by member (by its name)."""
    return str(path).lower().endswith(ARCHIVES)


#: Formats that may come gzip-compressed: all but Parquet, which compresses inside.
_COMPRESSIBLE = tuple(s for s in SUPPORTED if s != ".parquet")
#: Columns that mark a Parquet file as a table this toolkit wrote (sentences, annotations, a
#: release's split: keyed by sentence; an article table: its cleaning record), not articles.
_OWN_TABLE = ({"sentence_id", "article_id"}, {"article_id", "raw_sha256", "dropped"})
#: Rows of a Parquet file turned into records at a time.
_PARQUET_BATCH = 256
#: A file may be gzip-compressed (``news.jsonl.gz``, ``page.html.gz``), as large news dumps and
#: saved pages ship; it is read as it is decompressed, never unpacked to disk.
GZIP = ".gz"
# Files in a corpus folder that describe the corpus rather than being part of it. A file given
# explicitly on the command line is always read, whatever its name.
NOT_ARTICLES = re.compile(r"^(readme|licen[cs]e|copying|notice|changelog|contributing)\b", re.I)
_SNIFF = 8192
_MD_MARKUP = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
_META_FIELDS = ("title", "source", "url", "language", "published")
# Bytes read at a time when a file is scanned or decoded a piece at a time (see _utf8.PIECE
# for why not more).
_SCAN_CHUNK = 1 << 18
# A plain-text file larger than this is decoded a piece of _SCAN_CHUNK bytes at a time as it is
# cleaned (:func:`_decoded_pieces`), never held whole as a str; smaller files are read whole, as
# they always were. Below it, a str of the whole text costs little next to a worker's imports.
STREAM_BYTES = 1 << 22
# Longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# With errors="surrogateescape" an undecodable byte b becomes the code point U+DC00 + b.
BAD_BYTE = re.compile("[\udc80-\udcff]")
GOOD_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
# Bytes that cp1252 leaves undefined; a file holding one is not cp1252.
_NOT_CP1252 = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


@dataclass(frozen=True)
class Skipped:
    """An input file or record that was not ingested.

    Attributes
    ----------
    path : str
        The file.
    line : int or None
        1-based line of the record in the file (in a ``.json`` file, which has no lines per
        record, its number), or None when the whole file was skipped.
    reason : str
        What is wrong, and where it helps, what to do.
    """

    path: str
    line: int | None
    reason: str


@dataclass(frozen=True)
class Warned:
    """An input file or record that was ingested, but perhaps not as its author meant.

    Attributes
    ----------
    path : str
        The file.
    line : int or None
        1-based physical line in the file the warning is about, or None for the whole file.
    reason : str
        What was done, and what to check.
    """

    path: str
    line: int | None
    reason: str


@dataclass(frozen=True)
class Passed:
    """What a web archive holds besides pages, counted, not reported one by one.

    A crawl archives the requests that fetched its pages, redirects, error pages, images and
    revisits; none is an article and none is wrong, so they neither fail the run nor fill the
    report with a line each: the counts go to the summary.

    Attributes
    ----------
    path : str
        The archive.
    counts : dict of str to int
        Records by what they are (``request record``, ``redirect (3xx)`` ...).
    """

    path: str
    counts: dict[str, int]


@dataclass(frozen=True)
class Columns:
    """Which CSV/JSONL columns hold what; None means "use the default name if present"."""

    text: str = "text"
    id: str | None = None
    title: str | None = None
    url: str | None = None
    # A record may carry the page's HTML instead of extracted text (a crawl's {url, html}
    # lines, or what an offsets-only release's rebuild script fetches): it is extracted as an
    # HTML file is. Used for a record whose text column is missing or empty.
    html: str | None = None


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before cleaning.

    ``kind`` is ``"text"`` (plain text or Markdown, first line may be the title), ``"html"``
    (``text`` is the page, extracted later in a worker) or ``"record"`` (a CSV/JSONL row).
    ``identity`` is what the article id is derived from when there is no url: the path relative
    to the given root, plus ``#<id>`` or ``#row<n>`` for a record.

    A text or HTML file is not read where it is found: ``file`` names it, ``text`` is empty
    and ``size`` is its size in bytes, and :func:`load_text` reads it in the worker process
    that cleans it. Read in the main process, a 50 MB article was held there as a ``str``
    (200 MB when it holds one emoji) and again pickled to the worker.

    A plain-text file over :data:`STREAM_BYTES` is not even read whole there: ``pieces``
    yields its decoded text a piece at a time (and ``text`` stays empty), for
    :func:`annotate.corpus._normalise.normalised_stream`.
    """

    origin: str
    identity: str
    kind: str
    text: str
    line: int | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    file: str | None = None
    size: int = 0
    pieces: Iterator[str] | None = None


def file_format(path: PurePath) -> tuple[str, bool]:
    """The file's format (``.jsonl``) and whether it is gzip-compressed (``news.jsonl.gz``)."""
    suffix = path.suffix.lower()
    if suffix == GZIP:
        inner = Path(path.stem).suffix.lower()
        return (inner, True) if inner in _COMPRESSIBLE else (inner + GZIP, False)
    return suffix, False


def open_bytes(path: Path) -> IO[bytes]:
    """``path`` opened for reading bytes, decompressed as read when it is gzip-compressed."""
    return cast(IO[bytes], gzip.open(path, "rb")) if file_format(path)[1] else path.open("rb")


def _open_text(path: Path, enc: _Encoding) -> IO[str]:
    if file_format(path)[1]:
        return gzip.open(path, "rt", encoding=enc.codec, errors=enc.errors, newline="")
    return path.open(encoding=enc.codec, errors=enc.errors, newline="")


#: What reading a file may raise: the system's errors, and a gzip file's damage (a bad header
#: is an OSError; a cut stream, EOFError; a corrupt block, zlib.error).
_DAMAGED = (OSError, EOFError, zlib.error)


def _unreadable(exc: BaseException, compressed: bool) -> str:
    if compressed and not (isinstance(exc, OSError) and exc.strerror):
        return f"damaged gzip file ({exc}) -> check it with gunzip -t"
    return f"cannot read file ({getattr(exc, 'strerror', None) or exc})"


def find_files(paths: Sequence[Path]) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, path relative to its root)`` for every input file, sorted per root.

    Directories are walked recursively; hidden entries, ``*.meta.json`` sidecars, README /
    LICENSE-like files, the toolkit's own Parquet tables (a project's ``build/`` and
    ``releases/``) and unsupported extensions inside them are ignored.
    """
    for root in paths:
        if root.is_file():
            yield root, root.name
            continue
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            if path.name.endswith(".meta.json") or NOT_ARTICLES.match(path.name):
                continue
            suffix, compressed = file_format(path)
            if suffix == ".parquet" and _own_table(path):
                continue  # the build/ or releases/ of a project folder: not articles
            if compressed or suffix in SUPPORTED or is_archive(path):
                yield path, rel.as_posix()


@dataclass(frozen=True)
class _Encoding:
    """How to decode one file: the codec, its error handler, and what to tell the user."""

    codec: str
    errors: str
    warning: str | None = None


def _line_of(text: str, at: int, before: int) -> int:
    return before + text.count("\n", 0, at) + 1


def _scan(path: Path) -> tuple[int | None, int, bool, set[int]]:
    """Read ``path`` as UTF-8, a chunk at a time, and say how far it is UTF-8.

    Returns the line and value of the first byte that is not UTF-8 (None, 0 when there is
    none), whether any non-ASCII character is valid UTF-8, and the bad bytes in 0x80-0x9F.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    first_line, first_byte, utf8, c1 = None, 0, False, set()
    lines = 0
    with open_bytes(path) as fh:
        while True:
            try:
                data = fh.read(_SCAN_CHUNK)
            except (EOFError, zlib.error):
                # A compressed file cut short: decide on what it holds; reading its records
                # stops at the same place and says so, after the records before it.
                data = b""
            text = decoder.decode(data, final=not data)
            utf8 = utf8 or GOOD_NON_ASCII.search(text) is not None
            for match in BAD_BYTE.finditer(text):
                byte = ord(match.group()) - 0xDC00
                if first_line is None:
                    first_line, first_byte = _line_of(text, match.start(), lines), byte
                if byte < 0xA0:
                    c1.add(byte)
            lines += text.count("\n")
            if not data:
                return first_line, first_byte, utf8, c1


def _encoding(path: Path, head: bytes) -> _Encoding | Skipped:
    """Decide how to decode ``path`` from its first bytes and, without a BOM, one UTF-8 pass."""
    for bom, codec, name in BOMS:
        if head.startswith(bom):
            if codec == "utf-8-sig":  # damaged bytes are reported where they are, as below
                return _Encoding(codec, "surrogateescape")
            return _Encoding(codec, "strict", f"decoded as {name} (it has a byte order mark)")
    if not head.strip():
        return Skipped(str(path), None, "empty file")
    if b"\x00" in head:
        return Skipped(str(path), None, "binary file (NUL bytes), not text")
    line, byte, utf8, c1 = _scan(path)
    if line is None:
        return _Encoding("utf-8", "strict")
    if utf8:
        # The rest of the file is UTF-8: the bad bytes are damage, reported where they are.
        return _Encoding("utf-8", "surrogateescape")
    if c1 and not c1 & _NOT_CP1252:
        codec, why = "cp1252", "bytes 0x80-0x9F occur, as in Windows text"
    else:
        codec, why = "latin-1", "no bytes 0x80-0x9F, so not Windows text"
    note = (
        f"not UTF-8 (byte 0x{byte:02x} on line {line}, and no character is UTF-8): decoded as "
        f"{codec} ({why}) -> check its accents and quotes, or convert the file to UTF-8, "
        f"e.g. iconv -f {codec} -t utf-8"
    )
    return _Encoding(codec, "strict", note)


def _bad_byte_reason(text: str) -> str:
    byte = ord(BAD_BYTE.search(text).group()) - 0xDC00  # type: ignore[union-attr]
    return (
        f"not valid UTF-8 (byte 0x{byte:02x}), though the rest of the file is -> fix or "
        "remove that byte"
    )


def _decode(path: Path, enc: _Encoding) -> tuple[str, list[Warned]]:
    """The whole text of ``path``; a byte that is not UTF-8 in a UTF-8 file becomes U+FFFD."""
    with open_bytes(path) as fh:
        text = fh.read().decode(enc.codec, enc.errors)
    warnings = [Warned(str(path), None, enc.warning)] if enc.warning else []
    bad = [
        Warned(str(path), _line_of(text, m.start(), 0), _bad_byte_reason(m.group()) + "; replaced")
        for m in BAD_BYTE.finditer(text)
    ]
    if bad:
        text = BAD_BYTE.sub("\ufffd", text)
    return text, warnings + bad


class UnreadableText(IngestError):
    """A file read a piece at a time (:func:`_decoded_pieces`) turned out unreadable part way;
    :attr:`skipped` says why, as :func:`load_text` would have said it before reading."""

    def __init__(self, skipped: Skipped) -> None:
        super().__init__(f"{skipped.path}: {skipped.reason}")
        self.skipped = skipped


def _decoded_pieces(
    path: Path, enc: _Encoding, reports: list[Skipped | Warned], last: Sequence[Skipped]
) -> Iterator[str]:
    """:func:`_decode`, a piece at a time: the damaged bytes are reported into ``reports``
    (by the same line) as they are met, and replaced by U+FFFD; ``last`` is reported after
    them, once the file is read, in the order :func:`load_text` reports a whole file's.

    Raises :class:`UnreadableText` where :func:`load_text` would have skipped the whole file.
    """
    decoder = codecs.getincrementaldecoder(enc.codec)(errors=enc.errors)
    lines = 0  # "\n" seen before the current piece
    try:
        with open_bytes(path) as fh:
            while True:
                data = fh.read(_SCAN_CHUNK)
                text = decoder.decode(data, final=not data)
                bad = [m.start() for m in BAD_BYTE.finditer(text)]
                for at in bad:
                    reason = _bad_byte_reason(text[at]) + "; replaced"
                    reports.append(Warned(str(path), _line_of(text, at, lines), reason))
                if bad:
                    text = BAD_BYTE.sub("\ufffd", text)
                lines += text.count("\n")
                if text:
                    yield text
                if not data:
                    reports.extend(last)
                    return
    except UnicodeDecodeError as exc:
        skipped = Skipped(str(path), None, f"not valid {enc.codec} ({exc.reason})")
        raise UnreadableText(skipped) from exc
    except _DAMAGED as exc:
        skipped = Skipped(str(path), None, _unreadable(exc, file_format(path)[1]))
        raise UnreadableText(skipped) from exc


class _Meta(TypedDict, total=False):
    """The sidecar fields (``_META_FIELDS``), all optional RawArticle string fields."""

    title: str
    source: str
    url: str
    language: str
    published: str


def _sidecar(path: Path) -> tuple[_Meta, Skipped | None]:
    name = path.name[: -len(GZIP)] if file_format(path)[1] else path.name  # a.txt.gz: a.meta.json
    meta_path = path.with_name(name[: -len(Path(name).suffix)] + ".meta.json")
    if not meta_path.exists():
        return {}, None
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        reason = f"metadata sidecar unreadable ({exc}); article ingested without it"
        return {}, Skipped(str(meta_path), None, reason)
    # Keys come from _META_FIELDS only, so the dict fits _Meta.
    return cast(
        _Meta, {k: str(meta[k]) for k in _META_FIELDS if meta.get(k) not in (None, "")}
    ), None


def _value(row: dict[str, object], name: str) -> object:
    """The record's field ``name``; a dotted name not among its keys reaches into nested
    objects (``fields.bodyText``, as the Guardian's API nests its text)."""
    if name in row or "." not in name:
        return row.get(name)
    value: object = row
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _texts(row: dict[str, object], under: str = "") -> Iterator[tuple[str, str]]:
    """Each non-empty string field of a record, by its dotted name, nested objects included."""
    for key, value in row.items():
        if isinstance(value, str) and value.strip():
            yield under + str(key), value
        elif isinstance(value, dict):
            yield from _texts(value, f"{under}{key}.")


def _field(row: dict[str, object], name: str | None, default: str) -> str | None:
    value = _value(row, name or default)
    if value is None or value == "":
        return None
    if isinstance(value, dict | list):
        # A JSON record's nested field (an API's {"id": null, "name": "AP"} source) stays JSON,
        # not Python's repr of it.
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _record(
    path: Path, rel: str, row: dict[str, object], line: int, cols: Columns
) -> RawArticle | Skipped:
    text = _value(row, cols.text)
    kind = "record"
    if isinstance(text, list) and text and all(isinstance(p, str) for p in text):
        text = "\n\n".join(text)  # a JSON record's text as a list of its paragraphs
    if not isinstance(text, str) or not text.strip():
        text = _field(row, cols.html, "html")
        if text is None or not text.strip():
            return Skipped(str(path), line, _no_text(row, cols))
        kind = "html"
    ident = _field(row, cols.id, "id")
    return RawArticle(
        origin=rel,
        identity=f"{rel}#{ident}" if ident is not None else f"{rel}#row{line}",
        kind=kind,
        text=text,
        line=line,
        title=_field(row, cols.title, "title"),
        url=_field(row, cols.url, "url"),
        source=_field(row, None, "source"),
        published=_field(row, None, "published"),
        language=_field(row, None, "language"),
    )


def _no_text(row: dict[str, object], cols: Columns) -> str:
    """Why a record gave no text, and which of its fields holds the most of it.

    Why: another archive's records name their text otherwise (``content``, ``body``,
    ``article``); the reason names the fields the record has, so the fix is in the message.
    """
    value = _value(row, cols.text)
    if value is not None or cols.text in row:
        if value is None or isinstance(value, str):
            return f"no text in column {cols.text!r}"
        held = "an object" if isinstance(value, dict) else f"a {type(value).__name__}"
        return f"column {cols.text!r} holds {held}, not text"
    longest = max(_texts(row), key=lambda kv: len(kv[1]), default=(None, ""))[0]
    return f"no column {cols.text!r} (the record has: {', '.join(map(str, row))})" + (
        f" -> its longest text is in {longest!r}: name it with text_column" if longest else ""
    )


def _missing(path: Path, names: Sequence[str], cols: Columns) -> Skipped | None:
    html = cols.html or "html"
    text = [] if cols.text not in names and html in names else [cols.text]
    wanted = text + [c for c in (cols.id, cols.title, cols.url, cols.html) if c is not None]
    missing = [c for c in wanted if c not in names]
    if not missing:
        return None
    return Skipped(
        str(path),
        None,
        f"missing column {missing[0]!r} (columns: {', '.join(names)}) -> "
        "name the right one with text_column/id_column/title_column/url_column/html_column",
    )


class _Lines:
    """The physical lines of a text file for ``csv.reader``, numbered from 1.

    ``record`` holds the numbered lines of the record being read (the reader reads no further
    than the end of a record), and lines put in ``again`` are read again before the file goes
    on, so that lines a broken record swallowed can be read as the rows they are.
    """

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines, self.read = lines, 0
        self.record: list[tuple[int, str]] = []
        self.again: deque[tuple[int, str]] = deque()

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.again:
            number, text = self.again.popleft()
        else:
            text = next(self.lines)
            self.read += 1
            number = self.read
        self.record.append((number, text))
        return text

    def take(self) -> list[tuple[int, str]]:
        record, self.record = self.record, []
        return record


def _swallowed(record: list[tuple[int, str]], width: int, delimiter: str) -> bool:
    """Whether a record spanning lines is rows merged by a quote that was never closed.

    A quoted field may hold line breaks, so spanning lines is not wrong in itself. Merged rows
    are told apart by two signs together: the record is not well-formed CSV (its quote closes
    somewhere other than before a delimiter, or never), and a line inside it reads, alone, as a
    row of the header's width.
    """
    if len(record) < 2:
        return False
    try:
        list(csv.reader((text for _, text in record), delimiter=delimiter, strict=True))
    except csv.Error:
        pass
    else:
        return False
    return any(
        len(next(csv.reader([text], delimiter=delimiter), [])) == width for _, text in record[1:]
    )


#: What a ``.csv`` file may be separated by besides commas: spreadsheets in locales whose decimal
#: mark is a comma save with semicolons, and some archives export tabs or pipes as ``.csv``.
_DELIMITERS = (";", "\t", "|")
#: Enough of a first line for any header; a file of one endless line is not read whole for it.
_HEADER_CHARS = 1 << 16


def _delimiter(path: Path, enc: _Encoding) -> str:
    """The delimiter of a ``.csv`` file, read from its header: a comma when it splits the header
    into several names, else the one of :data:`_DELIMITERS` that splits it into the most.

    Why the header and not :class:`csv.Sniffer`: the header is a row of column names, so the
    mark between them is the delimiter; the sniffer weighs every line of a sample, and article
    text is full of commas and semicolons.
    """
    with _open_text(path, enc) as fh:
        first = fh.readline(_HEADER_CHARS)
    if len(next(csv.reader([first]), [])) > 1:
        return ","
    widths = {d: len(next(csv.reader([first], delimiter=d), [])) for d in _DELIMITERS}
    best = max(widths, key=lambda d: widths[d])
    return best if widths[best] > 1 else ","


def _read_csv(
    path: Path, rel: str, cols: Columns, enc: _Encoding, delimiter: str = ","
) -> Iterator[RawArticle | Skipped | Warned]:
    # Articles are long; the csv module's default 128 KB field limit rejects some real bodies.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    quoted = True
    if delimiter == "\t":
        # Fields as they stand unless the file is written with CSV quoting: read with quoting,
        # '"We won," he said.' would lose its quotes.
        try:
            with _open_text(path, enc) as fh:
                quoted = csv_quoted(fh)
        except UnicodeDecodeError:
            quoted = False  # the reading below reports where the file stops decoding
    with _open_text(path, enc) as fh:
        lines = _Lines(fh)
        reader = csv.reader(
            lines, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE
        )
        try:
            header = next(reader, [])
            lines.take()
            problem = _missing(path, header, cols)
            if problem is not None:
                yield problem
                return
            for fields in reader:
                record = lines.take()
                start = record[0][0]
                if not fields:  # a blank line
                    continue
                damaged = next((n for n, text in record if BAD_BYTE.search(text)), None)
                if damaged is not None:
                    text = dict(record)[damaged]
                    yield Skipped(str(path), damaged, _bad_byte_reason(text) + "; row skipped")
                    continue
                if _swallowed(record, len(header), delimiter):
                    yield Skipped(
                        str(path),
                        start,
                        f"a quote in this row is never closed: it ran on over lines "
                        f"{record[1][0]}-{record[-1][0]}, which read as rows and are ingested "
                        "as such; this row is skipped -> close the quote",
                    )
                    lines.again.extendleft(reversed(record[1:]))
                    continue
                yield _record(path, rel, dict(zip(header, fields, strict=False)), start, cols)
        except UnicodeDecodeError as exc:
            where = lines.read + 1
            yield Skipped(str(path), where, f"not valid {enc.codec} ({exc.reason}); rest skipped")
        except csv.Error as exc:
            where = lines.record[0][0] if lines.record else lines.read
            yield Skipped(str(path), where, f"broken CSV ({exc}); rest of file skipped")


def _read_jsonl(
    path: Path, rel: str, cols: Columns, enc: _Encoding
) -> Iterator[RawArticle | Skipped | Warned]:
    with _open_text(path, enc) as fh:
        try:
            for line, text in enumerate(fh, start=1):
                if not text.strip():
                    continue
                if BAD_BYTE.search(text):
                    yield Skipped(str(path), line, _bad_byte_reason(text) + "; line skipped")
                    continue
                try:
                    row = json.loads(text)
                except ValueError as exc:
                    yield Skipped(str(path), line, f"invalid JSON line ({exc})")
                    continue
                if not isinstance(row, dict):
                    yield Skipped(str(path), line, "JSON line is not an object")
                    continue
                yield _record(path, rel, row, line, cols)
        except UnicodeDecodeError as exc:
            yield Skipped(str(path), None, f"not valid {enc.codec} ({exc.reason}); rest skipped")


class _AsUtf8:
    """A text file read back as UTF-8 bytes: ijson parses bytes, and a file may be in another
    encoding (or hold a byte order mark) that :func:`_encoding` decided."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh

    def read(self, size: int = -1) -> bytes:
        return self.fh.read(size).encode("utf-8")


def _read_json(
    path: Path, rel: str, cols: Columns, enc: _Encoding
) -> Iterator[RawArticle | Skipped | Warned]:
    @contextmanager
    def utf8() -> Iterator[IO[bytes]]:
        with _open_text(path, enc) as fh:
            yield cast(IO[bytes], _AsUtf8(fh))

    number = 0
    try:
        for number, row in json_records(utf8, (cols.text, cols.html or "html")):
            if not isinstance(row, dict):
                yield Skipped(str(path), number, "record is not a JSON object")
                continue
            yield _record(path, rel, row, number, cols)
    except ijson.JSONError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield Skipped(
            str(path), None, f"invalid JSON after record {number} ({reason}); rest skipped"
        )
    except UnicodeDecodeError as exc:
        yield Skipped(str(path), None, f"not valid {enc.codec} ({exc.reason}); rest skipped")


def _column_names(schema: pa.Schema) -> list[str]:
    """A Parquet schema's column names, a struct's fields also by their dotted names."""
    names: list[str] = []

    def walk(field: pa.Field, under: str) -> None:
        names.append(under + field.name)
        if pa.types.is_struct(field.type):
            for child in field.type:
                walk(child, f"{under}{field.name}.")

    for field in schema:
        walk(field, "")
    return names


def _is_own(names: Sequence[str]) -> bool:
    """Whether a Parquet file of these columns is a table this toolkit wrote."""
    return any(own <= set(names) for own in _OWN_TABLE)


def _own_table(path: Path) -> bool:
    """Whether a Parquet file is a table this toolkit wrote (its schema: the file's footer)."""
    try:
        return _is_own(_column_names(pq.read_schema(path)))
    except (OSError, pa.ArrowException):
        return False  # reading it says what is wrong


def _read_parquet(path: Path, rel: str, cols: Columns) -> Iterator[RawArticle | Skipped]:
    """The rows of a Parquet file (a Hugging Face dataset's export, say) as records, a batch of
    rows at a time, reading only the columns the articles need."""
    try:
        table = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield Skipped(str(path), None, f"not a readable Parquet file ({exc})")
        return
    names = _column_names(table.schema_arrow)
    if _is_own(names):
        yield Skipped(
            str(path),
            None,
            "a sentence, annotation or article table of annotate's own, not articles -> "
            "keep build/ and releases/ out of the folders you ingest",
        )
        return
    problem = _missing(path, names, cols)
    if problem is not None:
        yield problem
        return
    wanted = [cols.text, cols.html or "html", cols.id or "id", cols.title or "title"]
    wanted += [cols.url or "url", *_META_FIELDS]
    top = sorted({w.split(".")[0] for w in wanted} & set(table.schema_arrow.names))
    number = 0
    try:
        for batch in table.iter_batches(batch_size=_PARQUET_BATCH, columns=top):
            for row in batch.to_pylist():
                number += 1
                yield _record(path, rel, row, number, cols)
    except (OSError, pa.ArrowException) as exc:
        yield Skipped(str(path), None, f"damaged Parquet file after row {number} ({exc})")


def read_file(
    path: Path, rel: str, cols: Columns
) -> Iterator[RawArticle | Skipped | Warned | Passed]:
    """Yield the raw articles in one file, or a :class:`Skipped` for what cannot be read.

    A :class:`Warned` says how the file was decoded when that was not plain UTF-8, and where
    a record was read in a way that may not be what the author meant. A text or HTML file is
    one article, yielded unread (see :class:`RawArticle`); :func:`load_text` reads it. A web
    archive yields one article per page, and a :class:`Passed` counting what is not a page.
    """
    if is_archive(path):
        # Imported here: _archives reads each member with this module's read_file.
        from annotate.corpus._archives import read_archive

        yield from read_archive(path, rel, cols)
        return
    suffix, compressed = file_format(path)
    if suffix not in SUPPORTED:
        kinds = ", ".join(SUPPORTED) + f"; all but .parquet also {GZIP}; in {', '.join(ARCHIVES)}"
        yield Skipped(str(path), None, f"unsupported file type {suffix!r} ({kinds})")
        return
    if suffix in WEB_ARCHIVES:
        # Imported here: _warc builds on this module's RawArticle, Skipped and Warned.
        from annotate.corpus._warc import read_web_archive

        yield from read_web_archive(path, rel)
        return
    if suffix in NEWS_XML:
        from annotate.corpus._news_xml import read_news_xml

        yield from read_news_xml(path, rel)
        return
    if suffix == ".parquet":
        yield from _read_parquet(path, rel, cols)
        return
    if suffix not in RECORDS:
        try:
            size = path.stat().st_size
        except OSError as exc:
            yield Skipped(str(path), None, f"cannot read file ({exc.strerror})")
            return
        kind = "html" if suffix in (".html", ".htm") else "text"
        yield RawArticle(origin=rel, identity=rel, kind=kind, text="", file=str(path), size=size)
        return
    try:
        with open_bytes(path) as fh:
            head = fh.read(_SNIFF)
        enc = _encoding(path, head)
    except _DAMAGED as exc:
        yield Skipped(str(path), None, _unreadable(exc, compressed))
        return
    if isinstance(enc, Skipped):
        yield enc
        return
    if enc.warning:
        yield Warned(str(path), None, enc.warning)
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, rel, cols, enc)
        elif suffix == ".json":
            yield from _read_json(path, rel, cols, enc)
        else:
            delimiter = "\t" if suffix == ".tsv" else _delimiter(path, enc)
            yield from _read_csv(path, rel, cols, enc, delimiter)
    except _DAMAGED as exc:  # a compressed file cut short after the scan read it whole
        yield Skipped(str(path), None, _unreadable(exc, compressed) + "; rest skipped")


def load_text(raw: RawArticle) -> tuple[list[Skipped | Warned], RawArticle | None]:
    """Read the text or HTML file that ``raw`` names (:func:`read_file`), in a worker.

    Returns what to report (how the file was decoded, damaged bytes, a broken sidecar, or
    why it was not read) and the article with its text, or None when the file was skipped.
    """
    path = Path(cast(str, raw.file))
    suffix, compressed = file_format(path)
    reports: list[Skipped | Warned] = []
    try:
        with open_bytes(path) as fh:
            head = fh.read(_SNIFF)
        enc = _encoding(path, head)
        if isinstance(enc, Skipped):
            return [enc], None
        if raw.kind == "text" and suffix != ".md" and raw.size > STREAM_BYTES:
            return _streamed(raw, path, enc)
        try:
            text, warnings = _decode(path, enc)
        except UnicodeDecodeError as exc:
            return [Skipped(str(path), None, f"not valid {enc.codec} ({exc.reason})")], None
    except _DAMAGED as exc:
        return [Skipped(str(path), None, _unreadable(exc, compressed))], None
    reports.extend(warnings)
    if raw.kind == "html":
        return reports, replace(raw, text=text, file=None)
    meta, problem = _sidecar(path)
    if problem is not None:
        reports.append(problem)
    if suffix == ".md":
        text = _MD_MARKUP.sub("", text)
    return reports, replace(raw, text=text, file=None, **meta)


def _streamed(
    raw: RawArticle, path: Path, enc: _Encoding
) -> tuple[list[Skipped | Warned], RawArticle]:
    """:func:`load_text` of a large plain-text file: its text as :attr:`RawArticle.pieces`.

    The reports list is filled further (damaged bytes) while the pieces are read; a caller
    reports it after the article is processed. Markdown is left to the whole-text path: its
    markup rule (``_MD_MARKUP``) can reach across line breaks.
    """
    reports: list[Skipped | Warned] = [Warned(str(path), None, enc.warning)] if enc.warning else []
    meta, problem = _sidecar(path)
    pieces = _decoded_pieces(path, enc, reports, [] if problem is None else [problem])
    return reports, replace(raw, file=None, pieces=pieces, **meta)
