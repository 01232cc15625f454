"""Stable annotator pseudonyms, so that e-mail addresses never leave the pull stage.

An annotator's id in a pulled table is an HMAC-SHA256 of their e-mail address keyed by a
secret kept under the toolkit home (``pseudonym.key``, mode 0600). Keyed rather than a
plain hash because a plain hash of an e-mail can be reversed by hashing a list of likely
addresses; stable because the key is created once and reused, so the same person has the
same pseudonym in every pull and every release made on this machine (copy the key file to
keep pseudonyms stable on another machine).

Label Studio masks a removed member: the users API then gives ``Deleted`` for their e-mail
(1.23, ``BaseUserSerializer``), so the e-mail cannot name them any more. The pseudonyms of
the accounts the toolkit has seen are therefore also remembered by user id
(``pseudonyms.json`` beside the key: ids and pseudonyms, no e-mail), and a masked user is
named by that record, so a removed annotator keeps their pseudonym in every later pull.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from annotate._files import create_once, write_text
from annotate.errors import InputError

__all__ = ["Pseudonymizer", "is_real_email", "load_key", "pseudonym", "remember", "remembered"]

KEY_FILE = "pseudonym.key"
KNOWN_FILE = "pseudonyms.json"
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


def is_real_email(email: str | None) -> bool:
    """False for the placeholder Label Studio shows instead of a removed member's e-mail."""
    return bool(email) and "@" in str(email)


def remembered(home: Path, server: str) -> dict[int, str]:
    """User id -> pseudonym recorded for ``server`` under ``home`` (empty if none)."""
    known = _read_known(home / KNOWN_FILE).get(server) or {}
    return {int(k): str(v) for k, v in known.items()}


def remember(home: Path, server: str, pseudonyms: Mapping[int, str]) -> None:
    """Record user id -> pseudonym for ``server``, keeping what was recorded before."""
    path = home / KNOWN_FILE
    known_all = _read_known(path)
    known = known_all.setdefault(server, {})
    new = {str(k): v for k, v in pseudonyms.items()}
    if all(known.get(k) == v for k, v in new.items()):
        return
    known.update(new)
    home.mkdir(parents=True, exist_ok=True)
    write_text(path, json.dumps(known_all, indent=1, sort_keys=True) + "\n", mode=0o600)


def _read_known(path: Path) -> dict[str, dict[str, str]]:
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): {str(i): str(p) for i, p in v.items()} for k, v in known.items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, AttributeError) as exc:
        raise InputError(
            f"{path} cannot be read ({type(exc).__name__}: {exc})",
            hint="restore it from a backup; without it, annotators removed from Label "
            "Studio get new pseudonyms in later pulls",
        ) from exc


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
    known : Mapping[int, str], optional
        User id -> pseudonym recorded earlier (:func:`remembered`), for users the server
        now shows without their e-mail (removed members).
    """

    def __init__(
        self,
        key: bytes,
        emails: Mapping[int, str],
        server: str,
        known: Mapping[int, str] | None = None,
    ) -> None:
        self._key = key
        self._emails = {k: v for k, v in emails.items() if is_real_email(v)}
        self._server = server
        self._known = dict(known or {})
        # A full pull asks once per annotation; an HMAC each time was a tenth of its CPU.
        self._by_id: dict[int, str] = {}

    def __call__(self, completed_by: Any) -> str:
        if type(completed_by) is int:
            found = self._by_id.get(completed_by)
            if found is None:
                found = self._by_id[completed_by] = self._pseudonym(completed_by)
            return found
        return self._pseudonym(completed_by)

    def _pseudonym(self, completed_by: Any) -> str:
        email: str | None = None
        user_id: Any = completed_by
        if isinstance(completed_by, Mapping):
            email = completed_by.get("email") or None
            user_id = completed_by.get("id")
        if not is_real_email(email) and isinstance(user_id, int):
            email = self._emails.get(user_id)
        if email and is_real_email(email):
            return pseudonym(email, self._key)
        if isinstance(user_id, int) and user_id in self._known:
            return self._known[user_id]
        return pseudonym(f"label-studio-user:{self._server}#{user_id}", self._key)
