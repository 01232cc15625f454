"""News pages out of web archives: WARC files (a crawl's output, Common Crawl's CC-NEWS) and
the older ARC files, plain or gzip-compressed.

Each archived page becomes one HTML article (:class:`RawArticle` of kind ``html``, extracted in
a worker as an ``.html`` file is), its url the record's ``WARC-Target-URI``: the article id
derives from it, so a page captured twice, in one archive or in two, is one article. A crawl
archives much that is not an article: the requests that fetched the pages, redirects, error
pages, images and scripts, and ``revisit`` records that say a page was unchanged without
storing it again. These are passed over and counted in one warning per file, never one line
per record (a CC-NEWS file holds tens of thousands of records).

The file is read a record at a time (warcio's :class:`ArchiveIterator`), so memory holds one
page, never the archive. A file compressed whole, rather than a gzip member per record as the
WARC standard asks, is read the same way, and one cut short keeps the pages before the cut.

Why a page's bytes are decoded as they are: valid UTF-8 holding a non-ASCII character is taken
as UTF-8 whatever the page declares, because legacy-encoded text is almost never valid UTF-8
by chance, while pages declaring ``iso-8859-1`` and sending UTF-8 are common in crawls. Else
the charset the HTTP header or a ``<meta>`` tag declares, read as browsers read it (WHATWG:
``iso-8859-1`` and ``us-ascii`` mean windows-1252), unless it is UTF-8 (see :func:`_decoded`
for a page that declares UTF-8 and is not); else cp1252, with a warning.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from annotate.corpus._readers import (
    BAD_BYTE,
    BOMS,
    GOOD_NON_ASCII,
    Passed,
    RawArticle,
    Skipped,
    Warned,
)

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

__all__ = ["read_web_archive"]

# Media types of a page with article text (XHTML is HTML served as XML).
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Record types that hold a page: a fetched response, a stored resource, a converted page.
_PAGE_RECORDS = frozenset({"response", "resource", "conversion"})
_GZIP_MAGIC = b"\x1f\x8b"
# How a WARC and an ARC file start.
_WARC, _ARC = b"WARC/", b"filedesc://"
_HEAD = 48  # bytes of a file shown when it is not an archive
# How far into a page a <meta> charset declaration is looked for (the HTML standard's prescan
# reads the first 1,024 bytes; pages with long <head> scripts put it later).
_META_SCAN = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+-]+)", re.IGNORECASE)
# WHATWG Encoding Standard labels that browsers decode as windows-1252.
_AS_CP1252 = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}
    | {"windows-1252", "cp1252", "x-cp1252", "iso_8859-1", "iso-ir-100", "csisolatin1"}
)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# How many record numbers a warning names before "and N more".
_NAMED = 5


@dataclass
class _Tally:
    """What one archive held besides its pages, for the warnings at its end."""

    passed: Counter[str] = field(default_factory=Counter)
    guessed: list[int] = field(default_factory=list)  # pages decoded as cp1252 by guess
    damaged: list[int] = field(default_factory=list)  # UTF-8 pages with bytes replaced
    cut: list[int] = field(default_factory=list)  # pages the crawler stopped reading


def read_web_archive(path: Path, rel: str) -> Iterator[RawArticle | Skipped | Warned | Passed]:
    """Yield one HTML article per archived page of a WARC or ARC file, and what was passed over.

    ``line`` of an article or a skip is the record's number in the file, 1 for the first, so
    that a message's ``path:N`` names the N-th record. A damaged file keeps the pages before
    the damage.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    tally = _Tally()
    number = 0
    try:
        with _open(path) as fh:
            head = fh.read(_HEAD)
        if not head.startswith((_WARC, _ARC)):
            # warcio would read any text as an ARC record of a page whose url has spaces.
            shown = head.decode("utf-8", "replace").split("\n")[0].strip()
            reason = (
                f"not a web archive: a WARC file starts with 'WARC/1.0', an ARC file with "
                f"'filedesc://', this one with {shown!r} -> give .warc and .arc files only"
            )
            yield Skipped(str(path), None, reason)
            return
        with _open(path) as fh:
            for number, record in enumerate(ArchiveIterator(fh, arc2warc=True), start=1):
                page = _page(path, rel, record, number, tally)
                if page is not None:
                    yield page
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        if number:
            where = f"after record {number}"
            hint = "the rest is skipped" + (
                "; check the file with gunzip -t" if _gzipped(path) else ""
            )
        else:
            where, hint = (
                "at its start",
                "is it a WARC or ARC file? warcio index FILE lists records",
            )
        reason = f"cannot read the web archive {where} ({_short(exc)}) -> {hint}"
        yield Skipped(str(path), None, reason)
    yield from _warnings(path, tally)


def _warnings(path: Path, tally: _Tally) -> Iterator[Warned | Passed]:
    if tally.passed:
        yield Passed(str(path), dict(tally.passed))
    if tally.cut:
        yield Warned(
            str(path),
            None,
            f"{len(tally.cut):,} page(s) were cut short by the crawler (WARC-Truncated), "
            f"records {_numbers(tally.cut)}: ingested as stored -> an article's end may be missing",
        )
    if tally.guessed:
        yield Warned(
            str(path),
            None,
            f"{len(tally.guessed):,} page(s) are not UTF-8 and declare no other charset, "
            f"records {_numbers(tally.guessed)}: decoded as cp1252 -> check their accents and "
            "quotes",
        )
    if tally.damaged:
        yield Warned(
            str(path),
            None,
            f"{len(tally.damaged):,} UTF-8 page(s) hold bytes that are not UTF-8, records "
            f"{_numbers(tally.damaged)}: each replaced by U+FFFD -> check those pages",
        )


def _open(path: Path) -> IO[bytes]:
    """The archive's bytes, decompressed here when the file is gzip (see :class:`_Gunzipped`)."""
    return cast(IO[bytes], _Gunzipped(path)) if _gzipped(path) else path.open("rb")


def _gzipped(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == _GZIP_MAGIC


class _Gunzipped(io.RawIOBase):
    """A gzip file's bytes as they are decompressed, a file cut short an :class:`OSError`.

    Why not warcio's own decompression: it reads a gzip member per record and refuses a file
    compressed whole after its first record, and it ends a file cut short in silence, the
    partial record as if it were whole. Python's gzip reads both layouts; its EOFError at a cut
    is raised here as an OSError, because warcio takes an EOFError for the archive's end.
    Reads go through ``read1`` so that the bytes before a cut are handed on before it raises.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._gz = gzip.open(path, "rb")  # noqa: SIM115 - closed by close(), as a file is

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._gz.read1(len(buffer))
        except (EOFError, zlib.error) as exc:
            raise OSError(f"the gzip data is cut short or damaged: {exc}") from exc
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._gz.close()
        super().close()


def _page(
    path: Path, rel: str, record: ArcWarcRecord, number: int, tally: _Tally
) -> RawArticle | Skipped | None:
    """The record's page as an article; None (counted in ``tally``) when it holds no page."""
    kind = record.rec_type
    if kind not in _PAGE_RECORDS:
        tally.passed["revisit (a page unchanged)" if kind == "revisit" else f"{kind} record"] += 1
        return None
    http = record.http_headers
    if http is not None and kind == "response":
        status = http.get_statuscode() or "?"
        if status != "200":
            tally.passed[_status_kind(status)] += 1
            return None
    # A response's own Content-Type is application/http: the page's type is in its HTTP headers.
    headers = http if http is not None else record.rec_headers
    media = headers.get_header("content-type") or ""
    mime = media.split(";", 1)[0].strip().lower()
    if mime and mime not in _PAGE_TYPES:
        tally.passed[f"file that is not HTML ({mime})"] += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    try:
        body = record.content_stream().read()
    except Exception as exc:  # warcio raises a bare Exception for a bad content encoding
        return Skipped(str(path), number, f"page {url} cannot be read ({_short(exc)})")
    encoding = (http.get_header("content-encoding") if http is not None else None) or ""
    if encoding.lower() not in ("", "identity") and _still_compressed(body):
        return Skipped(
            str(path),
            number,
            f"page {url} is stored {encoding}-encoded, which cannot be decoded here"
            + (" -> pip install brotli" if encoding.lower() == "br" else ""),
        )
    if not body.strip():
        tally.passed["empty page"] += 1
        return None
    if not mime and b"<" not in body[:_META_SCAN]:
        tally.passed["file that is not HTML (no type, no markup)"] += 1
        return None
    text, problem = _decoded(body, media)
    if problem == "guessed":
        tally.guessed.append(number)
    elif problem == "damaged":
        tally.damaged.append(number)
    if record.rec_headers.get_header("WARC-Truncated"):
        # The crawler stopped reading the page (a size or time limit): what it stored is the
        # page's start, which usually holds the article; kept, and named in a warning.
        tally.cut.append(number)
    identity = f"{rel}#{url}" if url else f"{rel}#record{number}"
    return RawArticle(origin=rel, identity=identity, kind="html", text=text, line=number, url=url)


def _status_kind(status: str) -> str:
    if status.startswith("3"):
        return "redirect (3xx)"
    if status.startswith(("4", "5")):
        return "error page (4xx/5xx)"
    return f"response of status {status}"


def _still_compressed(body: bytes) -> bool:
    """Whether a body sent with a content encoding was left encoded: warcio decodes gzip and
    deflate (and br when brotli is installed), and leaves what it cannot decode as it is."""
    return body.lstrip()[:1] != b"<" and (
        body[:2] == _GZIP_MAGIC or b"\x00" in body[:_META_SCAN] or _binary(body[:_META_SCAN])
    )


def _binary(head: bytes) -> bool:
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) // 20


def _decoded(body: bytes, media: str) -> tuple[str, str | None]:
    """The page as text, and what to warn of: ``guessed`` (decoded as cp1252 with no other
    charset declared), ``damaged`` (UTF-8 with bytes that are not, replaced), or None.

    A page that declares UTF-8 and is not is read as the files of records are
    (:func:`annotate.corpus._readers._encoding`): when its other non-ASCII characters are UTF-8,
    the bad bytes are damage; when none is, the declaration is wrong (a CMS's template over
    Windows text) and the page is cp1252, its curly quotes kept rather than replaced.
    """
    for bom, codec, _ in BOMS:  # a file's marks, longest first
        if body.startswith(bom):
            return body.decode(codec, "replace"), None
    if _NON_ASCII.search(body) is None:
        return body.decode("ascii"), None
    try:
        return body.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    declared = _declared(body, media)
    if declared is not None and declared != "utf-8":
        return body.decode(declared, "replace"), None
    loose = body.decode("utf-8", "surrogateescape")
    if GOOD_NON_ASCII.search(loose):
        return BAD_BYTE.sub("\ufffd", loose), "damaged"
    return body.decode("cp1252", "replace"), "guessed"


def _declared(body: bytes, media: str) -> str | None:
    """The codec a page declares (HTTP header first, then ``<meta>``), if Python knows it."""
    found = _CHARSET.search(media)
    label = found.group(1) if found else None
    if label is None:
        meta = _META_CHARSET.search(body[:_META_SCAN])
        label = meta.group(1).decode("ascii") if meta else None
    if label is None:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _numbers(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:_NAMED]))
    return shown + (f" and {len(numbers) - _NAMED:,} more" if len(numbers) > _NAMED else "")


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
