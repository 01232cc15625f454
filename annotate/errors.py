"""The toolkit's exceptions: one base, subclassed per stage and, where the meaning
matches, per built-in, so callers can catch either ``AnnotateError`` or ``ValueError``."""

from __future__ import annotations

__all__ = [
    "AnnotateError",
    "AuthenticationFailed",
    "ConnectionFailed",
    "CorpusError",
    "IngestError",
    "InputError",
    "IntegrityError",
    "LabelError",
    "MissingExtraError",
    "ModelFormatError",
    "OutputError",
    "PullError",
    "PushError",
    "ReleaseError",
    "SchemaError",
    "StudioError",
    "StudioTimeout",
    "TrainError",
    "UntrustedModelError",
    "VersionWarning",
]


class AnnotateError(Exception):
    """Base of every error the toolkit raises on purpose.

    The message says what is wrong (file, line, field, value) and, after "->", what to do.
    The CLI prints it without a traceback and exits with code 2.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if hint is None else f"{message}\n  -> {hint}")


class SchemaError(AnnotateError, ValueError):
    """A schema file is broken, or data does not fit the schema."""


class IngestError(AnnotateError, ValueError):
    """An input file cannot be read as articles."""


class InputError(AnnotateError, ValueError):
    """A file given as input is missing, a folder, truncated or not of the expected format."""


class OutputError(AnnotateError, OSError):
    """An output cannot be written where asked (a folder, no permission, a full disk, an input).

    Whatever the cause, the previous file at that path is left as it was.
    """


class StudioError(AnnotateError, RuntimeError):
    """The Label Studio server misbehaved or refused a request."""


class ConnectionFailed(StudioError, ConnectionError):
    """No Label Studio server answers at the configured URL."""


class StudioTimeout(ConnectionFailed, TimeoutError):
    """The server took a request but did not answer it in time."""


class AuthenticationFailed(StudioError, PermissionError):
    """The server answered but refused the API token."""


class PushError(StudioError):
    """Tasks could not be pushed as asked (for example a schema change would orphan labels)."""


class PullError(StudioError):
    """Annotations could not be pulled or do not fit the schema."""


class LabelError(PullError, ValueError):
    """Pulled annotations hold values the schema does not know."""


class MissingExtraError(AnnotateError, ImportError):
    """An optional dependency is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"this needs the optional package {package!r}, which is not installed",
            hint=f"pip install 'annotate[{extra}]'",
        )


class ReleaseError(AnnotateError, ValueError):
    """Annotations or sentences cannot be released as given, or a release is unusable."""


class IntegrityError(ReleaseError):
    """A release file is missing, unexpected, or does not match its recorded checksum."""


class VersionWarning(UserWarning):
    """The version given to a release disagrees with the one its changes call for."""


class CorpusError(AnnotateError, FileNotFoundError):
    """A corpus is not where it should be, or its files do not parse."""


class TrainError(AnnotateError, ValueError):
    """A model cannot be trained, loaded or applied as asked."""


class ModelFormatError(TrainError):
    """A model folder is corrupt, or was written by a newer toolkit than this one."""


class UntrustedModelError(TrainError):
    """A model file holds types that ``annotate train`` never writes; loading it could run code."""
