"""Reading and writing the toolkit's files, so that no failure loses what is already stored.

Every output (sentence table, annotation table, release files, model, state) is written to a
temporary sibling and renamed over the target only once it is complete and flushed to disk:
a full disk, a crash or a kill at any moment leaves either the old file or the new one, never
a truncated mix. Inputs are opened through :func:`read_parquet` and :func:`parquet_file`, which
turn a missing, truncated or foreign file into one message instead of a pyarrow traceback.

Tests inject faults through :data:`_fault`: it is called before every rename and every chunk
written through this module, so a test can fail (``ENOSPC``) or kill the process at each write
in turn without timing anything.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from annotate.errors import InputError, OutputError

__all__ = [
    "atomic_path",
    "check_output",
    "parquet_file",
    "read_parquet",
    "sha256_file",
    "write_bytes",
    "write_text",
]

_CHUNK = 1 << 20

# Fault-injection hook for tests: called with the event ("write" or "rename") and the target
# path before each of them happens. The default does nothing.
_fault: Callable[[str, Path], None] = lambda event, path: None  # noqa: E731


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
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _output_error(target, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        # mkstemp makes the file 0600; an output gets the permissions a plain open() would.
        os.chmod(tmp, _default_mode() if mode is None else mode)
        yield tmp
        _fault("rename", target)
        _fsync_file(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _output_error(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


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
    with atomic_path(target, mode=mode) as tmp, tmp.open("wb") as fh:
        for chunk in chunks:
            _fault("write", target)
            fh.write(chunk)
    return target


def write_text(path: str | Path, text: str, *, mode: int | None = None) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns the path."""
    return write_bytes(path, text.encode("utf-8"), mode=mode)


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
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
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


def parquet_file(path: str | Path, what: str = "table") -> Any:
    """Open ``path`` as a ``pyarrow.parquet.ParquetFile``, with one clear error if it is not one.

    Only the footer is read here; a file whose footer is intact but whose data pages are
    damaged fails later, in :func:`read_parquet` or while batches are read.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = Path(path)
    _check_input(src, what)
    try:
        return pq.ParquetFile(src)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise _input_error(src, what, exc) from exc


def read_parquet(path: str | Path, what: str = "table", **kwargs: Any) -> Any:
    """Read ``path`` whole as a ``pyarrow.Table``, with one clear error if it cannot be read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = Path(path)
    _check_input(src, what)
    try:
        return pq.read_table(src, **kwargs)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise _input_error(src, what, exc) from exc
