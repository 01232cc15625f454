"""Articles inside zip and tar archives, read without unpacking the archive by hand.

News collections are shipped packed: The New York Times Annotated Corpus as a ``.tgz`` per
month of NITF files, data sets as a ``.zip`` of text files or of a CSV. An archive is read as
the folder it packs would be: each member that ingest reads as a file (any format it reads,
gzip-compressed members too) is read as that file, and the rest (pictures, stylesheets, folders,
README and LICENSE files, hidden files, the ``__MACOSX`` folder a Mac adds) is counted as
passed over, as it is ignored in a folder. An article's identity is the archive's path and the
member's (``2007/01.tgz/01/01/1815742.xml``), so its id is stable across runs and never the
same as another member's.

Why members go through a temporary file rather than memory: every reader takes a file (the
CSV, JSON and Parquet readers stream one), and a member is read exactly as the file it packs,
its metadata sidecar (``story.meta.json``) beside it. The file is removed as soon as its
articles are read: a member's text is read into the article before the next member is
unpacked, so no more than one member is on disk at a time, never the archive. Members are
written to names of the toolkit's own making, never to the paths the archive gives (a member
named ``../../etc/passwd`` writes nothing outside the temporary folder).

A member larger than :data:`MAX_MEMBER` unpacked, and an archive inside an archive, are
skipped with what to do: the first may be a zip bomb, and the second is one unpacking further
than a reader of folders goes.
"""

from __future__ import annotations

import io
import shutil
import tarfile
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO

from annotate.corpus._readers import (
    NOT_ARTICLES,
    SUPPORTED,
    Columns,
    Passed,
    RawArticle,
    Skipped,
    Warned,
    file_format,
    is_archive,
    load_text,
    read_file,
)

__all__ = ["MAX_MEMBER", "read_archive"]

#: The largest member unpacked (bytes): larger ones are skipped with what to do.
MAX_MEMBER = 1 << 30
_SIDECAR = ".meta.json"
_NESTED = "an archive inside an archive"
_COPY = 1 << 20

_Member = tuple[str, int, Callable[[], IO[bytes]]]
# What reading a damaged or foreign archive raises.
_BROKEN = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError)


def _members(path: Path) -> Iterator[_Member]:
    """``(name, unpacked size, opener)`` of each file member, in the archive's order."""
    if str(path).lower().endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            for zinfo in zf.infolist():
                if not zinfo.is_dir():
                    yield zinfo.filename, zinfo.file_size, partial(zf.open, zinfo)
        return
    # Streaming mode ("r|*"): read front to back once, as a .tgz has to be decompressed anyway.
    with tarfile.open(path, "r|*") as tf:
        for tinfo in tf:
            if tinfo.isfile():
                yield tinfo.name, tinfo.size, partial(_extracted, tf, tinfo)


def _extracted(tf: tarfile.TarFile, info: tarfile.TarInfo) -> IO[bytes]:
    fh = tf.extractfile(info)
    return fh if fh is not None else io.BytesIO()


def _sidecars(path: Path) -> dict[str, bytes]:
    """Every ``*.meta.json`` member's bytes by name: small, and needed beside their article,
    which may come before them in a tar stream."""
    out: dict[str, bytes] = {}
    try:
        for name, size, opener in _members(path):
            if name.endswith(_SIDECAR) and size <= 1 << 20:
                with opener() as fh:
                    out[name] = fh.read()
    except _BROKEN:
        pass  # told when the members are read
    return out


def _what(name: str) -> str | None:
    """Why a member is passed over, or None when it is read as an article file."""
    parts = PurePosixPath(name).parts
    if any((p.startswith(".") and p not in (".", "..")) or p == "__MACOSX" for p in parts):
        return "hidden file"
    base = parts[-1] if parts else name
    if base.endswith(_SIDECAR):
        return "metadata sidecar (read with its article)"
    if NOT_ARTICLES.match(base):
        return "README or licence"
    if is_archive(base):
        return _NESTED
    suffix, compressed = file_format(PurePosixPath(base))
    if compressed or suffix in SUPPORTED:
        return None
    return f"not an article file ({suffix or 'no extension'})"


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB" if n < 2**30 else f"{n / 2**30:,.1f} GiB"


def _shown(item: Skipped | Warned, on_disk: Path, shown: str) -> Skipped | Warned:
    """A report about the unpacked member, naming the member inside the archive instead."""
    if item.path == str(on_disk):
        return replace(item, path=shown)
    if item.path.startswith(str(on_disk.parent)):  # its sidecar
        return replace(item, path=shown.rsplit("/", 1)[0] + "/" + Path(item.path).name)
    return item


def read_archive(
    path: Path, rel: str, cols: Columns
) -> Iterator[RawArticle | Skipped | Warned | Passed]:
    """Yield the articles of every article file in a zip or tar archive, and what was passed
    over (see the module's docstring). Reports name a member as ``archive/member``."""
    passed: Counter[str] = Counter()
    try:
        sidecars = _sidecars(path)
        with tempfile.TemporaryDirectory(prefix="annotate-archive-") as tmp:
            for number, (name, size, opener) in enumerate(_members(path)):
                shown = f"{path}/{name}"
                why = _what(name)
                if why == _NESTED:
                    yield Skipped(shown, None, f"{_NESTED} -> unpack it and ingest it")
                    continue
                if why is not None:
                    if not why.startswith("metadata sidecar"):
                        passed[why] += 1
                    continue
                if size > MAX_MEMBER:
                    yield Skipped(
                        shown,
                        None,
                        f"{_mib(size)} unpacked, over the {_mib(MAX_MEMBER)} read from inside an "
                        "archive -> unpack it and ingest the file",
                    )
                    continue
                yield from _member(
                    Path(tmp) / str(number), name, opener, sidecars, shown, f"{rel}/{name}", cols
                )
    except _BROKEN as exc:
        yield Skipped(str(path), None, f"damaged archive ({exc}); the members before it were read")
    if passed:
        yield Passed(str(path), dict(passed))


def _member(
    folder: Path,
    name: str,
    opener: Callable[[], IO[bytes]],
    sidecars: dict[str, bytes],
    shown: str,
    rel: str,
    cols: Columns,
) -> Iterator[RawArticle | Skipped | Warned | Passed]:
    folder.mkdir()
    base = PurePosixPath(name).name
    target = folder / base
    try:
        with opener() as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst, _COPY)
        stem = base[: -len(".gz")] if base.lower().endswith(".gz") else base
        sidecar = str(PurePosixPath(name).with_name(stem.rsplit(".", 1)[0] + _SIDECAR))
        if sidecar in sidecars:
            (folder / PurePosixPath(sidecar).name).write_bytes(sidecars[sidecar])
        for item in read_file(target, rel, cols):
            if isinstance(item, RawArticle) and item.file is not None:
                # Read now: the file is gone once the next member is unpacked.
                reports, loaded = load_text(item)
                if loaded is not None and loaded.pieces is not None:
                    loaded = replace(loaded, text="".join(loaded.pieces), pieces=None)
                yield from (_shown(r, target, shown) for r in reports)
                if loaded is None:
                    continue
                item = loaded
            if isinstance(item, Skipped | Warned):
                item = _shown(item, target, shown)
            elif isinstance(item, Passed):
                item = replace(item, path=shown)
            yield item
    finally:
        shutil.rmtree(folder, ignore_errors=True)
