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
import re
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from annotate._files import create_once
from annotate.errors import InputError

__all__ = ["Pseudonymizer", "load_key", "pseudonym"]

KEY_FILE = "pseudonym.key"
PREFIX = "annotator-"
_DIGITS = 10


_KEY_TEXT = re.compile(r"[0-9a-f]{64}")


def load_key(home: Path) -> bytes:
    """The secret key under ``home``, created (0600) on first use.

    Raises
    ------
    InputError
        If the key file holds anything but 64 hex digits (a key half written by an older
        version, or edited): a new key would change every pseudonym, so the user decides.
    """
    path = home / KEY_FILE
    if not path.exists():
        # Written whole under another name, then linked: a kill leaves no key or a whole
        # one, and of two pulls starting at once the loser reads the winner's key.
        create_once(path, secrets.token_bytes(32).hex().encode("ascii"), mode=0o600)
    text = path.read_text(encoding="ascii", errors="replace").strip()
    if not _KEY_TEXT.fullmatch(text):
        raise InputError(
            f"the pseudonym key {path} is damaged (it should hold 64 hex digits)",
            hint="restore it from a backup to keep annotator pseudonyms stable; only if none "
            "exists, delete it (a new key makes new pseudonyms for everyone)",
        )
    return bytes.fromhex(text)


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
