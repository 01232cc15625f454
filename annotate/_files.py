"""Reading and writing the toolkit's files, so that no failure loses what is already stored.

Every output (sentence table, annotation table, release files, model, state) is written to a
temporary sibling and renamed over the target only once it is complete and flushed to disk:
a full disk, a crash or a kill at any moment leaves either the old file or the new one, never
a truncated mix. Inputs are opened through :func:`read_parquet` and :func:`parquet_file` (and
read batch by batch inside :func:`parquet_errors`), which turn a missing, truncated or foreign
file into one message instead of a pyarrow traceback.

Tests inject faults through :data:`_fault`: it is called before every rename and every chunk
written through this module, so a test can fail (``ENOSPC``) or kill the process at each write
in turn without timing anything.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from annotate.errors import AnnotateError, InputError, OutputError

__all__ = [
    "append_at",
    "atomic_file",
    "atomic_files",
    "atomic_path",
    "atomic_paths",
    "check_output",
    "create_once",
    "package_data",
    "parquet_errors",
    "parquet_file",
    "read_parquet",
    "sha256_file",
    "write_bytes",
    "write_parquet",
    "write_parquets",
    "write_png",
    "write_text",
]

_CHUNK = 1 << 20

# Fault-injection hook for tests: called with the event ("write" or "rename") and the target
# path before each of them happens. The default does nothing.
_fault: Callable[[str, Path], None] = lambda event, path: None  # noqa: E731


def package_data(*parts: str) -> Path:
    """The path of a file or folder shipped inside the ``annotate`` package.

    Found through :mod:`importlib.resources`, as an installed package's data should be, not
    from ``__file__``. ``files()`` of a regular package on disk is a real folder, so a path is
    returned (the lexicon builder writes there too); zip imports are not supported, as pandas
    and pyarrow cannot run from a zip either.

    Examples
    --------
    >>> package_data("data", "boilerplate.yaml").is_file()
    True
    """
    from importlib import resources

    found = resources.files("annotate")
    for part in parts:
        found = found / part
    return Path(str(found))


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    # The rename itself must reach the disk, or a power cut can undo it after we said "done".
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _output_error(path: Path, exc: OSError) -> OutputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(
            f"the disk is full: could not write {path}; the previous {path.name}, if any, "
            "is untouched",
            hint="free some space (or choose another output folder) and run the command again",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(
            f"no permission to write {path} ({exc.strerror})",
            hint="choose a folder you can write to, or fix its permissions",
        )
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        # mkdir of a parent that is a file, or a path through one.
        return OutputError(
            f"cannot write {path}: a part of its folder path is a file, not a folder",
            hint="choose an output path whose folders are folders",
        )
    if exc.errno == errno.EISDIR:
        return OutputError(
            f"cannot write {path}: it is a folder",
            hint=f"give a file name, for example {path / 'out.parquet'}",
        )
    return OutputError(
        f"could not write {path}: {exc.strerror or exc}",
        hint="check the output path and free disk space, then run the command again",
    )


@contextlib.contextmanager
def atomic_path(path: str | Path, *, mode: int | None = None) -> Iterator[Path]:
    """A temporary sibling of ``path`` to write to; renamed onto ``path`` on success.

    The temporary file is created in the target's folder (a rename across file systems is not
    atomic), flushed to disk before the rename, and removed if the block raises. An
    ``OSError`` while writing or renaming (a full disk, no permission) becomes an
    :class:`~annotate.errors.OutputError` that says the old file is untouched.

    Parameters
    ----------
    path
        The file to (re)place.
    mode
        Permission bits for the new file (for example ``0o600`` for secrets), set before any
        byte is written so there is no window in which others could read it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("done")
    >>> target.read_text()
    'done'
    """
    with atomic_paths(path, mode=mode) as (tmp,):
        yield tmp


@contextlib.contextmanager
def atomic_paths(
    *paths: str | Path,
    mode: int | None = None,
    before_rename: Callable[[list[Path]], None] | None = None,
) -> Iterator[list[Path]]:
    """:func:`atomic_path` for files that belong together (a table and its companion).

    No file is renamed before every one of them is complete and flushed to disk, so a
    failure while writing any of them (a full disk) leaves all the old files. What remains
    is the renames themselves, back to back: a kill between two of them leaves some files
    new and the others old, each whole. ``before_rename`` is called with the complete
    temporary files just before (to record their checksums, say); if it raises, nothing is
    renamed.

    An ``OSError`` raised in the block becomes the :class:`~annotate.errors.OutputError` of
    the file being written; an :class:`~annotate.errors.AnnotateError` passes unchanged.
    """
    targets = [Path(p) for p in paths]
    tmps: list[Path] = []
    current = targets[0]
    try:
        for target in targets:
            current = target
            tmps.append(_temporary(target))
            # mkstemp makes the file 0600; an output gets the permissions a plain open() would.
            os.chmod(tmps[-1], _default_mode() if mode is None else mode)
        yield tmps
        for tmp, target in zip(tmps, targets, strict=True):
            current = target
            _fault("rename", target)
            _fsync_file(tmp)
        if before_rename is not None:
            before_rename(tmps)
        for tmp, target in zip(tmps, targets, strict=True):
            current = target
            os.replace(tmp, target)
    except AnnotateError:
        # Already says what went wrong: an OutputError about one file written inside this
        # block, or the work done while the files were open (a ConnectionFailed is an
        # OSError too, and the server it lost is no failure to write these files).
        _remove(tmps)
        raise
    except OSError as exc:
        _remove(tmps)
        raise _output_error(current if len(targets) > 1 else targets[0], exc) from exc
    except BaseException:
        _remove(tmps)
        raise
    for folder in dict.fromkeys(t.parent for t in targets):
        _fsync_dir(folder)


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _temporary(target: Path) -> Path:
    """An empty hidden sibling of ``target``, its folders made first."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _output_error(target, exc) from exc
    os.close(fd)
    return Path(name)


class _Watched(io.FileIO):
    """A file whose every write passes :data:`_fault` first (the test hook) and whose
    errors name the file it stands in for."""

    def __init__(self, path: Path, target: Path) -> None:
        super().__init__(path, "wb")
        self._target = target

    def write(self, data: Any) -> int:
        try:
            _fault("write", self._target)
            return super().write(data)
        except OutputError:
            raise
        except OSError as exc:
            raise _output_error(self._target, exc) from exc


@contextlib.contextmanager
def atomic_file(path: str | Path, *, mode: int | None = None) -> Iterator[IO[bytes]]:
    """A binary file object whose content replaces ``path`` when the block ends without error.

    Like :func:`atomic_path`, for writers that take a file object (``pyarrow.parquet``,
    ``matplotlib``'s ``savefig``, ``skops.io.dump``). Writes are buffered in chunks of
    1 MiB, and each chunk that reaches the disk passes the fault-injection hook.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.bin"
    >>> with atomic_file(target) as fh:
    ...     _ = fh.write(b"done")
    >>> target.read_bytes()
    b'done'
    """
    with atomic_files(path, mode=mode) as (fh,):
        yield fh


@contextlib.contextmanager
def atomic_files(
    *paths: str | Path,
    mode: int | None = None,
    before_rename: Callable[[list[Path]], None] | None = None,
) -> Iterator[list[IO[bytes]]]:
    """:func:`atomic_file` for files that belong together; see :func:`atomic_paths`."""
    targets = [Path(p) for p in paths]
    with (
        atomic_paths(*targets, mode=mode, before_rename=before_rename) as tmps,
        contextlib.ExitStack() as files,
    ):
        # Closed (their last chunks written) when the block ends, before any rename.
        yield [
            files.enter_context(io.BufferedWriter(_Watched(tmp, target), buffer_size=_CHUNK))
            for tmp, target in zip(tmps, targets, strict=True)
        ]


def append_at(path: str | Path, offset: int, data: bytes) -> None:
    """Cut ``path`` to ``offset`` bytes, append ``data`` and flush it to disk.

    For a file changed in place on purpose, whose valid length is recorded elsewhere and
    written after this returns: bytes past ``offset`` (what an interrupted append left) are
    dropped first. An ``OSError`` becomes the :class:`OutputError` for ``path``.
    """
    target = Path(path)
    try:
        with target.open("r+b") as fh:
            fh.truncate(offset)
            fh.seek(offset)
            _fault("write", target)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise _output_error(target, exc) from exc


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(
    path: str | Path, data: bytes | Iterable[bytes], *, mode: int | None = None
) -> Path:
    """Write ``data`` (bytes, or chunks of bytes) to ``path`` atomically; returns the path."""
    target = Path(path)
    chunks = [data] if isinstance(data, bytes) else data
    with atomic_file(target, mode=mode) as fh:
        for chunk in chunks:
            fh.write(chunk)
    return target


def write_text(path: str | Path, text: str, *, mode: int | None = None) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns the path."""
    return write_bytes(path, text.encode("utf-8"), mode=mode)


def write_png(path: str | Path, fig: Any, *, dpi: int = 100) -> Path:
    """Lay out a finished matplotlib figure, write it as PNG atomically, and free it."""
    import matplotlib.pyplot as plt  # only callers that drew a figure get here

    fig.tight_layout()
    try:
        with atomic_file(path) as fh:
            fig.savefig(fh, format="png", dpi=dpi)
    finally:
        plt.close(fig)
    return Path(path)


def write_parquet(path: str | Path, table: Any, **kwargs: Any) -> Path:
    """Write a ``pyarrow.Table`` or a pandas DataFrame (without its index) as Parquet,
    atomically; ``kwargs`` go to ``pyarrow.parquet.write_table``. Returns the path."""
    write_parquets({Path(path): table}, **kwargs)
    return Path(path)


def write_parquets(
    tables: Mapping[Path, Any],
    *,
    before_rename: Callable[[list[Path]], None] | None = None,
    **kwargs: Any,
) -> None:
    """:func:`write_parquet` for tables that belong together: none is replaced unless all
    were written (see :func:`atomic_paths`, also for ``before_rename``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with atomic_files(*tables, before_rename=before_rename) as files:
        for fh, table in zip(files, tables.values(), strict=True):
            if not isinstance(table, pa.Table):
                table = pa.Table.from_pandas(table, preserve_index=False)
            pq.write_table(table, fh, **kwargs)


def create_once(path: str | Path, data: bytes, *, mode: int | None = None) -> bool:
    """Create ``path`` holding ``data`` unless it exists; True if this call created it.

    The content is written and flushed under a temporary name, then hard-linked to
    ``path``: the link either appears whole or fails because another process made the
    file first, so a reader never sees it empty or half written and two processes racing
    agree on one content (the winner's).
    """
    target = Path(path)
    tmp = _temporary(target)
    try:
        os.chmod(tmp, _default_mode() if mode is None else mode)
        with _Watched(tmp, target) as fh:
            fh.write(data)
            os.fsync(fh.fileno())
        _fault("rename", target)
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
    except OutputError:
        raise
    except OSError as exc:
        raise _output_error(target, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(target.parent)
    return True


def check_output(
    path: str | Path, *, inputs: Sequence[str | Path] = (), what: str = "output"
) -> Path:
    """Refuse an output path that cannot work before any work is done.

    An output that is a folder, sits in a folder that cannot be written, or is one of the
    ``inputs`` (writing it would destroy the input while it is read) is an
    :class:`~annotate.errors.OutputError`.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(
            f"the {what} path {target} is a folder",
            hint=f"give a file name, for example {target / 'out.parquet'}",
        )
    for given in inputs:
        src = Path(given)
        if src.exists() and (
            src.resolve() == target.resolve() or (target.exists() and src.samefile(target))
        ):
            raise OutputError(
                f"the {what} path {target} is also an input",
                hint="write to another file; the input is left as it is",
            )
    parent = target.parent if str(target.parent) else Path(".")
    existing = parent
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(
            f"cannot write the {what} {target}: {existing} is a file, not a folder",
            hint="choose an output path whose folders are folders",
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(
            f"cannot write the {what} {target}: {existing} is not a writable folder",
            hint="choose a folder you can write to with -o",
        )
    return target


def _input_error(path: Path, what: str, exc: Exception) -> InputError:
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return InputError(
        f"{what} {path} is not a readable Parquet file ({detail})",
        hint="it may be truncated or another format: write it again with the command that made it",
    )


def _check_input(path: Path, what: str) -> None:
    if not path.exists():
        raise InputError(f"{what} {path} does not exist", hint="check the path")
    if path.is_dir():
        raise InputError(f"{what} {path} is a folder", hint="give the file itself")


@contextlib.contextmanager
def parquet_errors(path: str | Path, what: str = "table") -> Iterator[None]:
    """Turn a pyarrow or OS error raised in the block into the one message naming ``path``.

    :func:`parquet_file` and :func:`read_parquet` read inside it; so should a caller reading
    batches of a file it opened with :func:`parquet_file`, since damaged data pages behind an
    intact footer are found only then.
    """
    import pyarrow as pa

    try:
        yield
    except AnnotateError:
        raise  # already says what is wrong (an InputError is a ValueError too)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise _input_error(Path(path), what, exc) from exc


def parquet_file(path: str | Path, what: str = "table") -> Any:
    """Open ``path`` as a ``pyarrow.parquet.ParquetFile``, with one clear error if it is not one.

    Only the footer is read here; a file whose footer is intact but whose data pages are
    damaged fails later, in :func:`read_parquet` or while batches are read.
    """
    import pyarrow.parquet as pq

    src = Path(path)
    _check_input(src, what)
    with parquet_errors(src, what):
        return pq.ParquetFile(src)


def read_parquet(path: str | Path, what: str = "table", **kwargs: Any) -> Any:
    """Read ``path`` whole as a ``pyarrow.Table``, with one clear error if it cannot be read."""
    import pyarrow.parquet as pq

    src = Path(path)
    _check_input(src, what)
    with parquet_errors(src, what):
        return pq.read_table(src, **kwargs)
