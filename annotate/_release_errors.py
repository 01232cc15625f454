"""Errors and warnings of the release stage (agreement, adjudication, release, verify).

Kept in their own module so that every release module can import them without a cycle;
``annotate.release`` re-exports them.
"""

from __future__ import annotations

from annotate.errors import AnnotateError

__all__ = ["IntegrityError", "ReleaseError", "VersionWarning"]


class ReleaseError(AnnotateError, ValueError):
    """Annotations or sentences cannot be released as given, or a release is unusable."""


class IntegrityError(ReleaseError):
    """A release file is missing, unexpected, or does not match its recorded checksum."""


class VersionWarning(UserWarning):
    """The version given to a release disagrees with the one its changes call for."""
