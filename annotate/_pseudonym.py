"""Stable annotator pseudonyms, so that e-mail addresses never leave the pull stage.

An annotator's id in a pulled table is an HMAC-SHA256 of their e-mail address keyed by a
secret kept under the toolkit home (``pseudonym.key``, mode 0600). Keyed rather than a
plain hash because a plain hash of an e-mail can be reversed by hashing a list of likely
addresses; stable because the key is created once and reused, so the same person has the
same pseudonym in every pull and every release made on this machine (copy the key file to
keep pseudonyms stable on another machine).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["Pseudonymizer", "load_key", "pseudonym"]

KEY_FILE = "pseudonym.key"
PREFIX = "annotator-"
_DIGITS = 10


def load_key(home: Path) -> bytes:
    """The secret key under ``home``, created (0600) on first use."""
    path = home / KEY_FILE
    home.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: two pulls starting at once must not both write a key and disagree.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return bytes.fromhex(path.read_text().strip())
    key = secrets.token_bytes(32)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex())
    os.chmod(path, 0o600)
    return key


def pseudonym(identity: str, key: bytes) -> str:
    """``annotator-<10 hex>`` for an e-mail address (case and surrounding space ignored)."""
    digest = hmac.new(key, identity.strip().lower().encode("utf-8"), hashlib.sha256)
    return PREFIX + digest.hexdigest()[:_DIGITS]


class Pseudonymizer:
    """Maps Label Studio's ``completed_by`` (a user id, or a dict with an e-mail) to a pseudonym.

    Parameters
    ----------
    key : bytes
        From :func:`load_key`.
    emails : Mapping[int, str]
        User id -> e-mail, read from the server once per pull.
    server : str
        The server URL, so that a user without a known e-mail (deleted since) still gets a
        pseudonym that cannot collide with one from another server.
    """

    def __init__(self, key: bytes, emails: Mapping[int, str], server: str) -> None:
        self._key = key
        self._emails = dict(emails)
        self._server = server

    def __call__(self, completed_by: Any) -> str:
        email: str | None = None
        user_id: Any = completed_by
        if isinstance(completed_by, Mapping):
            email = completed_by.get("email") or None
            user_id = completed_by.get("id")
        if email is None and isinstance(user_id, int):
            email = self._emails.get(user_id)
        if email:
            return pseudonym(email, self._key)
        return pseudonym(f"label-studio-user:{self._server}#{user_id}", self._key)
